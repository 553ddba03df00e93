/// A problem that did not stop the run but must be reported: a bad line skipped and counted, a file
/// inside an archive that could not be read, a date that could not be parsed.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Information the user should know (a partial archive, a feed holding only the latest items).
        case note
        /// Something was not read or was read approximately.
        case warning
    }

    public var severity: Severity
    /// Stable code, as ``EngageError/Code``.
    public var code: String
    /// One-line message.
    public var message: String
    /// The file (and entry) concerned.
    public var file: String?
    /// 0-based byte offset, when known.
    public var offset: Int?
    /// 1-based line or row, when known.
    public var line: Int?

    public init(_ severity: Severity = .warning, code: String, _ message: String, file: String? = nil,
                offset: Int? = nil, line: Int? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.offset = offset
        self.line = line
    }

    /// A warning made from an error that was recovered from.
    public init(_ error: EngageError) {
        self.init(.warning, code: error.code.rawValue, error.reason, file: error.file, offset: error.offset,
                  line: error.line)
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append("line \(line)") }
        if let offset { parts.append("byte \(offset)") }
        let place = parts.isEmpty ? "" : parts.joined(separator: ": ") + ": "
        return "\(severity.rawValue): \(place)\(message) [\(code)]"
    }
}
