import EngageCore
import EngageIngest
import EngageTestSupport
import Foundation

/// The FiveThirtyEight Obama file as posts (ANALYSIS.md §9.1), read by the ingest stage's CSV posts
/// reader (ISO-8859-1 detected, `M/D/YYYY H:MM` as UTC, `RT @` → repost).
enum ObamaFixture {
    static let relative = "engagement/fivethirtyeight-obama/BarackObama.csv"

    /// Every row as a post, or nil (with a printed reason) when the shared corpora are absent.
    static func posts(function: String = #function) throws -> [Post]? {
        guard let path = Fixtures.shared(relative, function: function) else { return nil }
        return try Ingestor().readAll(paths: [path]).posts
    }
}

extension ObamaFixture {
    /// The rows exactly as ANALYSIS.md §9's reference reads them (Python's csv on ISO-8859-1 text:
    /// no HTML entity decoding), for testing the estimators against statsmodels' own inputs.
    static func referencePosts(function: String = #function) throws -> [Post]? {
        guard let path = Fixtures.shared(relative, function: function) else { return nil }
        var posts: [Post] = []
        var header: [String: Int] = [:]
        try CSVReader.read(FileByteSource(path: path), encoding: .latin1) { fields, row, offset in
            if row == 1 {
                for (i, f) in fields.enumerated() { header[f] = i }
                return
            }
            func field(_ name: String) -> String { header[name].flatMap { $0 < fields.count ? fields[$0] : nil } ?? "" }
            let text = field("text")
            posts.append(Post(
                platform: .x, id: String(field("url").split(separator: "/").last ?? "\(row)"),
                author: AuthorRef(handle: field("user")), createdAt: DateParser.parse(field("created_at")),
                text: text, kind: text.hasPrefix("RT @") ? .repost : .original, url: field("url"),
                metrics: Metrics(likes: Int(field("favorites")), reposts: Int(field("retweets")), replies: Int(field("replies"))),
                provenance: Provenance(source: path, offset: offset, line: row)))
        }
        return posts
    }
}
