import EngageCore
import EngageTestSupport
import Foundation

/// The FiveThirtyEight Obama file as posts (ANALYSIS.md §9.1), read with Core's CSVReader as
/// ISO-8859-1. A stand-in until the CSV posts reader of the ingest stage is merged.
enum ObamaFixture {
    static let relative = "engagement/fivethirtyeight-obama/BarackObama.csv"

    /// Every row as a post (retweets as reposts), or nil (with a printed reason) when the shared
    /// corpora are absent.
    static func posts(function: String = #function) throws -> [Post]? {
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
            let url = field("url")
            posts.append(Post(
                platform: .x, id: String(url.split(separator: "/").last ?? "\(row)"),
                author: AuthorRef(handle: field("user")), createdAt: DateParser.parse(field("created_at")),
                text: text, kind: text.hasPrefix("RT @") ? .repost : .original, url: url,
                metrics: Metrics(likes: Int(field("favorites")), reposts: Int(field("retweets")),
                                 replies: Int(field("replies")), asOf: DateParser.parse("2017-10-20")),
                provenance: Provenance(source: path, offset: offset, line: row)))
        }
        return posts
    }
}
