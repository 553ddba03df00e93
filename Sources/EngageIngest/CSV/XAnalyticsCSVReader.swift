import EngageCore

/// X Analytics' tweet-activity export (`tweet_activity_metrics_<handle>_<from>_<to>_en.csv`): the
/// account's own tweets with impressions, engagements, retweets, replies and likes (`"1777.0"`), and
/// `-` for promoted metrics it does not have. The owner is the handle in the permalinks.
enum XAnalyticsCSVReader: SourceReader {
    static var format: SourceFormat { .xAnalyticsCSV }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard input.kind == .file, let entry = input.entries.first else { return false }
        return CSVHeader(input, entry: entry)?.isXAnalytics ?? false
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        try CSVPostsReader.read(input, format: .xAnalyticsCSV, context: context)
    }
}
