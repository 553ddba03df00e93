import EngageCore
import Foundation

/// One data file of an X archive to read: an entry of the container, or a file on disk next to a lone
/// input (its manifest, `account.js`, `user_details.js` …), with what reports say about it.
struct XDataRef {
    /// The name shown in reports (the container entry, or the sibling's path).
    var entry: String
    /// What the file holds in reports (`tweets`, `note-tweet`, `tweets-csv` …).
    var role: String
    var source: ByteSource
    var size: Int?
    var modified: Date?
    /// The item count a manifest announces, when one does.
    var announced: Int?
    /// The provenance entry of the file's records (nil when the file is the input itself).
    var provenanceEntry: String?

    /// An entry of `input`; for a lone file, the file itself.
    init(_ input: InputContainer, entry: String, role: String, announced: Int? = nil) {
        self.entry = entry
        self.role = role
        self.source = input.source(entry)
        self.size = input.size(of: entry)
        self.modified = input.modificationDate(of: entry)
        self.announced = announced
        self.provenanceEntry = input.kind == .file ? nil : entry
    }

    /// A readable file on disk next to a lone input, or nil.
    init?(sibling path: String, role: String) {
        guard FileManager.default.isReadableFile(atPath: path) else { return nil }
        let source = FileByteSource(path: path)
        self.entry = path
        self.role = role
        self.source = source
        self.size = source.size
        self.modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
        self.provenanceEntry = nil
    }

    /// The report of the file read completely.
    func read(records: Int) -> FileReport {
        FileReport(entry: entry, role: role, records: records, bytes: size)
    }

    /// The report of the file when reading it failed after `records` records.
    func failed(_ error: EngageError, records: Int) -> FileReport {
        var reason = Self.reason(error)
        if records > 0 { reason += "; the \(records) records before it were read, the rest were not" }
        return FileReport(entry: entry, role: role, records: records, bytes: size, status: .failed, reason: reason)
    }

    /// An error's reason with its position (the report names the file).
    static func reason(_ e: EngageError) -> String {
        var s = e.reason
        if let line = e.line { s += " (line \(line))" }
        if let offset = e.offset { s += " at byte \(offset)" }
        return s
    }
}
