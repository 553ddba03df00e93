/// An error as a value: a stable code for programs and tests, and a one-line human reason that names
/// the file and the position (byte offset, line or row) and says what was expected.
///
/// `description` is the line the command line prints: `engage: data/tweets.js: byte 1204: expected
/// ',' or ']' after an array element [malformed-json]`.
public struct EngageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable error codes. Tests compare codes, never messages.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public var description: String { rawValue }

        /// The path does not exist.
        public static let fileNotFound: Code = "file-not-found"
        /// The path exists but cannot be read (permissions, a directory where a file was expected).
        public static let unreadable: Code = "unreadable"
        /// Nothing engage can read was recognised.
        public static let unknownFormat: Code = "unknown-format"
        /// A zip archive is truncated or corrupt.
        public static let badZip: Code = "bad-zip"
        /// A tar or gzip archive is truncated or corrupt.
        public static let badArchive: Code = "bad-archive"
        /// An archive holds no tweets file.
        public static let noTweetsFile: Code = "no-tweets-file"
        /// JSON that does not parse.
        public static let malformedJSON: Code = "malformed-json"
        /// A `window.YTD…` / `Grailbird…` data file whose prefix is not `<name> = `.
        public static let unknownPrefix: Code = "unknown-prefix"
        /// A CSV file that does not parse or lacks required columns.
        public static let malformedCSV: Code = "malformed-csv"
        /// XML/HTML that cannot be read even in recover mode.
        public static let malformedXML: Code = "malformed-xml"
        /// A record whose fields make no sense (a tweet without an id).
        public static let invalidRecord: Code = "invalid-record"
        /// Most of a file could not be read.
        public static let mostlyUnreadable: Code = "mostly-unreadable"
        /// A rule file that does not validate.
        public static let invalidRule: Code = "invalid-rule"
        /// A command-line argument that cannot be honoured.
        public static let invalidArgument: Code = "invalid-argument"
        /// Writing output failed.
        public static let writeFailed: Code = "write-failed"
        /// An input is unsafe to process (external entities, entity bombs).
        public static let unsafeInput: Code = "unsafe-input"
    }

    /// The stable code.
    public let code: Code
    /// What went wrong, in words; for parse errors, what was expected.
    public let reason: String
    /// The file (and archive entry) concerned, when there is one.
    public let file: String?
    /// 0-based byte offset into the file, when known.
    public let offset: Int?
    /// 1-based line or row, when known.
    public let line: Int?

    /// Creates an error.
    public init(_ code: Code, _ reason: String, file: String? = nil, offset: Int? = nil, line: Int? = nil) {
        self.code = code
        self.reason = reason
        self.file = file
        self.offset = offset
        self.line = line
    }

    /// The same error, placed in a file (and optionally shifted by a base offset or line).
    public func located(in file: String, offsetBase: Int = 0, lineBase: Int = 0) -> EngageError {
        EngageError(code, reason, file: self.file ?? file,
                    offset: offset.map { $0 + offsetBase }, line: line.map { $0 + lineBase })
    }

    /// One line: file, position, reason, code.
    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append("line \(line)") }
        if let offset { parts.append("byte \(offset)") }
        let place = parts.isEmpty ? "" : parts.joined(separator: ": ") + ": "
        return "\(place)\(reason.replacingOccurrences(of: "\n", with: " ")) [\(code)]"
    }
}
