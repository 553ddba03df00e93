/// Choices that change what ingestion reads.
public struct IngestOptions: Sendable {
    /// CSV column → engage field overrides (`--map "Tweet text=text"`).
    public var csvMapping: [String: String]
    /// Keep drafts, pages and other unpublished items as records (flagged) instead of counting them apart.
    public var includeUnpublished: Bool

    public init(csvMapping: [String: String] = [:], includeUnpublished: Bool = false) {
        self.csvMapping = csvMapping
        self.includeUnpublished = includeUnpublished
    }
}
