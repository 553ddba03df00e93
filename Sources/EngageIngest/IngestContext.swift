import EngageCore

/// What a reader gets while reading one source: the options, a place to send posts and accounts,
/// and a place to report what went wrong without stopping.
public final class IngestContext {
    /// The run's options.
    public let options: IngestOptions
    let sink: (Post) throws -> Void
    /// Diagnostics reported so far (all sources).
    public private(set) var diagnostics: [Diagnostic] = []
    /// Accounts described by the sources (reply authors, owners), keyed by platform and id or handle.
    public private(set) var accounts: [String: Account] = [:]
    /// Posts emitted by the current source.
    public private(set) var emitted = 0

    init(options: IngestOptions, sink: @escaping (Post) throws -> Void) {
        self.options = options
        self.sink = sink
    }

    /// Sends one post downstream.
    public func emit(_ post: Post) throws {
        emitted += 1
        try sink(post)
    }

    /// Records a problem that did not stop reading.
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a warning.
    public func warn(_ code: String, _ message: String, file: String? = nil, offset: Int? = nil, line: Int? = nil) {
        diagnostics.append(Diagnostic(.warning, code: code, message, file: file, offset: offset, line: line))
    }

    /// Records a note (information, not a problem).
    public func note(_ code: String, _ message: String, file: String? = nil) {
        diagnostics.append(Diagnostic(.note, code: code, message, file: file))
    }

    /// Records an account; readings of the same account are merged (newest wins per field).
    public func record(_ account: Account) {
        guard let key = Self.accountKey(account) else { return }
        if let old = accounts[key] {
            accounts[key] = old.merged(with: account)
        } else {
            accounts[key] = account
        }
    }

    /// The key accounts are merged on: platform plus id (else lower-cased handle).
    public static func accountKey(_ a: Account) -> String? {
        if let id = a.id, !id.isEmpty { return "\(a.platform.rawValue):id:\(id)" }
        if let h = a.handle, !h.isEmpty { return "\(a.platform.rawValue):handle:\(h.lowercased())" }
        return nil
    }

    func resetSourceCount() { emitted = 0 }
}
