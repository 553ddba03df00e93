import EngageAnalyze
import EngageCore
import Foundation

/// Per-record CSV rows for notebooks and spreadsheets (`engage audit --output posts.csv`), one row per
/// post, reply or comment, written from the same per-record walk as `engage export` lines.
///
/// Engagement counts are empty when the source does not carry them (never 0); the genuine counts are
/// the analysis's outcome values (`replyMeasure` says whether replies are genuine or unfiltered).
/// Every cell that comes from the input or the rulebook is neutralised against formula injection.
///
/// ```swift
/// out.write(PostCSV.header)
/// _ = try pipeline.forEachRecord { post, verdict, author, fields in out.write(PostCSV.row(post, verdict, author, fields)) }
/// ```
public enum PostCSV {
    /// The column names.
    public static let columns = [
        "id", "platform", "kind", "date", "author", "role", "class", "contentKind", "score", "threshold", "rules",
        "authorClass", "likes", "reposts", "replies", "quotes", "impressions", "countsAsOf",
        "genuineReplies", "replyMeasure", "replyRecords", "removedReplies", "analysedReposts", "analysedLikes",
        "features", "length", "lengthBand", "hour", "weekday", "piReplies", "piReposts", "piLikes", "url", "text",
    ]

    /// The header record.
    public static var header: String { CSVText.record(columns) }

    /// One record's row.
    public static func row(_ post: Post, _ verdict: Verdict?, _ author: Verdict?, _ p: PostAnalysis?) -> String {
        let m = post.metrics
        let rules = verdict.map { VerdictJSON.firedRules($0).map(\.id).joined(separator: " ") }
        let removed = p.map { f in f.removedByReason.keys.sorted().map { "\($0) \(f.removedByReason[$0] ?? 0)" }.joined(separator: "; ") }
        let cells: [String] = [
            CSVText.text(post.id),
            CSVText.text(post.platform.rawValue),
            CSVText.text(post.kind.rawValue),
            CSVText.text(post.createdAt.map(DateParser.iso8601)),
            CSVText.text(post.author.flatMap { $0.handle ?? $0.name ?? $0.id }),
            CSVText.text(p?.role),
            CSVText.text(verdict?.label),
            CSVText.text(verdict?.contentKind?.rawValue),
            CSVText.number(verdict.map(\.score)),
            CSVText.number(verdict.map(\.threshold)),
            CSVText.text(rules),
            CSVText.text(author?.label),
            CSVText.number(m.likes), CSVText.number(m.reposts), CSVText.number(m.replies),
            CSVText.number(m.quotes), CSVText.number(m.impressions),
            CSVText.text(m.asOf.map(DateParser.iso8601)),
            CSVText.number(p?.replies),
            CSVText.text(p?.replyMeasure),
            CSVText.number(p?.replyRecords),
            CSVText.text(removed),
            CSVText.number(p?.reposts), CSVText.number(p?.likes),
            CSVText.text(p.map { $0.features.joined(separator: " ") }),
            CSVText.number(p?.length),
            CSVText.text(p?.lengthBand),
            CSVText.number(p?.hour),
            CSVText.text(p?.weekday),
            CSVText.number(p?.pi["replies"]), CSVText.number(p?.pi["reposts"]), CSVText.number(p?.pi["likes"]),
            CSVText.text(post.url),
            CSVText.text(post.title.map { $0 + (post.text.isEmpty ? "" : "\n") + post.text } ?? post.text),
        ]
        return CSVText.record(cells)
    }
}
