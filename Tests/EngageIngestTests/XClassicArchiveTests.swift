import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

/// Classic archives: the hand-written ones in `corpora/x` and the real one in the shared corpora.
@Suite struct XClassicArchiveTests {
    static func kinds(_ posts: [Post]) -> [PostKind: Int] {
        var out: [PostKind: Int] = [:]
        for p in posts { out[p.kind, default: 0] += 1 }
        return out
    }

    @Test func tenColumnCSVAndMonthFileEachTweetOnce() throws {
        let (posts, summary) = try Ingestor().readAll(paths: [Fixtures.corpus("x/classic-2014")])
        let source = try #require(summary.sources.first)
        #expect(source.format == .xClassicArchive)
        #expect(source.variant == "Grailbird month files + tweets.csv (10 columns)")
        #expect(source.owner?.handle == "juno_writes")
        #expect(source.owner?.id == "20000001")
        #expect(source.countsAsOf == nil)
        #expect(posts.count == 10)
        #expect(Set(posts.map(\.id)).count == 10)
        #expect(source.notes.contains("2 tweets found in more than one file, each read once"))
        #expect(Self.kinds(posts) == [.original: 4, .reply: 2, .selfReply: 1, .repost: 2, .quote: 1])
        #expect(posts.allSatisfy { $0.metrics.isEmpty })  // classic archives have no counts

        let byId = Dictionary(uniqueKeysWithValues: posts.map { ($0.id, $0) })
        // Raw newline and bare CR inside a quoted field; HTML entities decoded; repeated expansions once.
        let multi = try #require(byId["445000000000000004"])
        #expect(multi.text == "Five things we learned shipping:\n1. ship small & often\r2. measure first http://t.co/LinkAbc04")
        #expect(multi.urls == ["https://blog.example.com/a"])
        #expect(multi.provenance.entry == "tweets.csv")
        #expect(multi.provenance.line == 6)
        #expect(try #require(byId["445000000000000005"]).kind == .selfReply)
        #expect(try #require(byId["445000000000000006"]).kind == .reply)  // user id only, text starts with @
        // Paired t.co links: the quote link and the own media link leave the text.
        let quote = try #require(byId["445000000000000007"])
        #expect(quote.kind == .quote)
        #expect(quote.quoted == "444000000000000123")
        #expect(quote.text == "Best answer to the docs question so far")
        let media = try #require(byId["445000000000000008"])
        #expect(media.text == "Before and after the new reading list layout")
        #expect(media.media.map(\.kind) == [.photo])
        let rt = try #require(byId["445000000000000009"])
        #expect(rt.kind == .repost)
        #expect(rt.repostOf == "444900000000000001")
        #expect(rt.mentions == ["other_dev"])
        // Month file wins for tweets in both: entities, screen names.
        let reply = try #require(byId["445000000000000003"])
        #expect(reply.provenance.entry == "data/js/tweets/2014_03.js")
        #expect(reply.hashtags == ["release"])
        let reading = try #require(byId["445000000000000002"])
        #expect(reading.text == "Reading list for the weekend: https://blog.example.com/reading <- all about \"release notes\"")
        // A retweet embedded in full in a month file.
        let embedded = try #require(byId["445000000000000001"])
        #expect(embedded.kind == .repost)
        #expect(embedded.repostOf == "444990000000000077")
        // Date-only times of the oldest tweets.
        #expect(byId["3000000001"]?.createdAt == DateParser.parse("2009-05-01T00:00:00Z"))
    }

    @Test func nineColumnCSVShortRowsAndRewrittenMonthFile() throws {
        let (posts, summary) = try Ingestor().readAll(paths: [Fixtures.corpus("x/classic-2013")])
        let source = try #require(summary.sources.first)
        #expect(source.variant == "Grailbird month files (rewritten by a tool, with counts) + tweets.csv (9 columns)")
        #expect(source.owner?.handle == "ines_notes")  // from the tweets' own `user`
        #expect(source.countsAsOf != nil)
        #expect(posts.count == 7)
        let byId = Dictionary(uniqueKeysWithValues: posts.map { ($0.id, $0) })
        // id_str wins over a numeric id that lost precision (303000000000000025 → …000000).
        let sunday = try #require(byId["300000000000000005"])
        #expect(sunday.metrics.likes == 4 && sunday.metrics.reposts == 1)
        #expect(byId["303000000000000017"]?.kind == .quote)
        #expect(byId["303000000000000017"]?.quoted == "302000000000000999")
        let rt = try #require(byId["303000000000000013"])
        #expect(rt.kind == .repost && rt.metrics.isEmpty)  // the original's counts are not the owner's
        // Early Grailbird dates (`Mon Jan 28 19:22:10 +0000 2013`) and 8-field CSV rows.
        #expect(byId["300000000000000002"]?.createdAt == DateParser.parse("2013-01-28T19:22:10Z"))
        #expect(byId["300000000000000004"]?.kind == .reply)
        #expect(byId["300000000000000001"]?.text == "Last post of the year: thank you all.")
    }

    @Test func loneCSVAndLoneMonthFile() throws {
        let csv = try Ingestor().readAll(paths: [Fixtures.corpus("x/classic-2014/tweets.csv")])
        #expect(csv.posts.count == 9)
        #expect(csv.summary.sources[0].owner?.handle == "juno_writes")  // data/js/user_details.js beside it
        #expect(Self.kinds(csv.posts)[.selfReply] == 1)
        let month = try Ingestor().readAll(paths: [Fixtures.corpus("x/classic-2014/data/js/tweets/2014_03.js")])
        #expect(month.posts.count == 3)
        #expect(month.summary.sources[0].variant == "Grailbird month files")
    }

    @Test func csvWithoutTheNeededColumns() throws {
        let dir = try Fixtures.temporaryFolder("engage-csv")
        let path = dir.appendingPathComponent("tweets.csv").path
        try Data("\"tweet_id\",\"timestamp\",\"source\"\n\"1\",\"2014-01-01 00:00:00 +0000\",\"web\"\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        // The header names tweet_id and timestamp but no text: not a classic tweets.csv.
        #expect(throws: EngageError.self) { _ = try Ingestor().readAll(paths: [path]) }
        let csv = try XClassicCSV(header: ["tweet_id", "timestamp", "text"], file: "x")
        #expect(csv.width == 3)
        #expect(throws: EngageError.self) { _ = try XClassicCSV(header: ["tweet_id", "text"], file: "x") }
    }

    // MARK: - The real classic archive in the shared corpora

    @Test func realClassicArchive() throws {
        guard let path = Fixtures.shared("x/classic-2013-csv9") else { return }
        let (posts, summary) = try Ingestor().readAll(paths: [path])
        let source = try #require(summary.sources.first)
        #expect(source.owner?.handle == "agustincordobaa")
        #expect(source.owner?.id == "917607913")
        // 49 CSV rows (2012-11 → 2013-03) hold the 25 tweets of the genuine 2013 month files; the two
        // rewritten 2016 files add 114 more.
        #expect(posts.count == 49 + 114)
        #expect(Set(posts.map(\.id)).count == posts.count)
        #expect(source.notes.contains("25 tweets found in more than one file, each read once"))
        // id_str wins over the numeric id that lost precision.
        #expect(posts.contains { $0.id == "804366144505319425" })
        #expect(!posts.contains { $0.id == "804366144505319400" })
        #expect(posts.filter { $0.kind == .repost }.count == 5 + 103 + 5)
        // Only the rewritten month files carry counts.
        #expect(posts.filter { !$0.metrics.isEmpty }.allSatisfy { $0.provenance.entry?.contains("2016_") == true })
        #expect(summary.unreadFiles.isEmpty)
    }

    @Test func realNineColumnCSVWithShortRows() throws {
        guard let path = Fixtures.shared("x/classic-2013-csv9/tweets.csv") else { return }
        let (posts, summary) = try Ingestor().readAll(paths: [path])
        #expect(posts.count == 49)
        #expect(summary.sources[0].variant == "tweets.csv (9 columns)")
        #expect(posts.filter { $0.kind == .repost }.count == 5)
        #expect(posts.allSatisfy { $0.createdAt != nil && !$0.text.isEmpty })
        // 15 rows omit the empty trailing expanded_urls: they read like the others.
        #expect(posts.filter { $0.urls.isEmpty }.count >= 15)
    }
}
