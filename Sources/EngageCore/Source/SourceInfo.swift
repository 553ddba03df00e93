import Foundation

/// What one input path turned out to be and what was read from it.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// The path as the user gave it.
    public var path: String
    /// The detected format.
    public var format: SourceFormat
    /// The variant within the format (`2022+`, `tweets.csv (9 columns)`, `WXR 1.2`), when it matters.
    public var variant: String?
    /// The account whose feed this is, when the source says or it could be inferred.
    public var owner: Account?
    /// When the counts in this source were read (archive generation date, retrieval time).
    public var countsAsOf: Date?
    /// Every file read (or not read) inside the source.
    public var files: [FileReport]
    /// Number of post records emitted (replies and comments included).
    public var records: Int
    /// Facts the user should know about this source ("partial archive", "feed holds only the latest 10
    /// items", "comments on Disqus, not in the file").
    public var notes: [String]

    /// Creates a source description.
    public init(path: String, format: SourceFormat, variant: String? = nil, owner: Account? = nil,
                countsAsOf: Date? = nil, files: [FileReport] = [], records: Int = 0, notes: [String] = []) {
        self.path = path
        self.format = format
        self.variant = variant
        self.owner = owner
        self.countsAsOf = countsAsOf
        self.files = files
        self.records = records
        self.notes = notes
    }
}

/// One file inside a source and what happened to it.
public struct FileReport: Sendable, Hashable, Codable {
    /// What became of the file.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Read completely.
        case read
        /// Could not be read (the reason says why); its records are missing from the results.
        case failed
        /// Not needed (DMs, ads…) or not of a kind engage reads.
        case skipped
    }

    /// The entry name inside the archive or folder (or the file name for a lone file).
    public var entry: String
    /// What the file holds: `tweets`, `deleted-tweets`, `note-tweet`, `manifest`, `comments`…
    public var role: String
    /// Records read from it.
    public var records: Int
    /// Its size in bytes (uncompressed), when known.
    public var bytes: Int?
    /// Read, failed or skipped.
    public var status: Status
    /// Why it failed or was skipped.
    public var reason: String?

    public init(entry: String, role: String, records: Int = 0, bytes: Int? = nil, status: Status = .read,
                reason: String? = nil) {
        self.entry = entry
        self.role = role
        self.records = records
        self.bytes = bytes
        self.status = status
        self.reason = reason
    }
}
