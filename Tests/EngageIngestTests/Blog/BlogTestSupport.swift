import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation

/// Reading helpers for the blog, feed and page tests.
enum BlogRead {
    struct Result {
        var posts: [Post]
        var summary: IngestSummary
        var source: SourceInfo { summary.sources[0] }
        /// Feed posts (not comments).
        var articles: [Post] { posts.filter { $0.commentType == nil } }
        /// Published posts, as `inspect` counts them.
        var published: [Post] { articles.filter { !$0.flags.contains(.draft) && !$0.flags.contains(.notAPost) && !$0.flags.contains(.deleted) } }
        var comments: [Post] { posts.filter { $0.commentType != nil } }
        func post(_ id: String) -> Post? { posts.first { $0.id == id } }
        var codes: [String] { summary.diagnostics.map(\.code) }
    }

    static func read(_ path: String) throws -> Result {
        let (posts, summary) = try Ingestor().readAll(paths: [path])
        return Result(posts: posts, summary: summary)
    }

    static func fixture(_ relative: String) throws -> Result { try read(Fixtures.corpus(relative)) }

    /// Every record as JSON-ish text, to check that no e-mail address or IP address is output.
    static func everything(_ r: Result) -> String {
        let enc = JSONEncoder()
        return r.posts.compactMap { (try? enc.encode($0)).map { String(decoding: $0, as: UTF8.self) } }.joined(separator: "\n")
            + r.summary.sources.compactMap { (try? enc.encode($0)).map { String(decoding: $0, as: UTF8.self) } }.joined()
            + r.summary.diagnostics.map(\.description).joined()
    }

    /// Text squeezed for comparisons (whitespace collapsed).
    static func squeeze(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
}
