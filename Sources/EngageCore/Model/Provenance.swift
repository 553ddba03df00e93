/// Where a record came from: the file (and, inside an archive, the entry) and the position in it.
public struct Provenance: Sendable, Hashable, Codable {
    /// The path the user gave (a zip, folder or file).
    public var source: String
    /// The file inside an archive or folder (`data/tweets.js`), or nil when `source` is the file.
    public var entry: String?
    /// Byte offset of the record's first byte in the (uncompressed) file, when known.
    public var offset: Int?
    /// 1-based line (JSON lines) or row (CSV, header excluded), when known.
    public var line: Int?

    /// Creates a provenance.
    public init(source: String, entry: String? = nil, offset: Int? = nil, line: Int? = nil) {
        self.source = source
        self.entry = entry
        self.offset = offset
        self.line = line
    }

    /// `source` and `entry` joined the way messages show them: `archive.zip:data/tweets.js`.
    public var file: String {
        if let entry { return "\(source):\(entry)" }
        return source
    }

    /// The file plus the position: `archive.zip:data/tweets.js: byte 1234` or `replies.jsonl: line 7`.
    public var description: String {
        var s = file
        if let line { s += ": line \(line)" }
        if let offset { s += (line == nil ? ": byte \(offset)" : ", byte \(offset)") }
        return s
    }
}
