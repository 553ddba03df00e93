import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct XAPIv1AndScraperTests {
    @Test func v11StatusesArray() throws {
        guard let path = Fixtures.shared("x/api-v1.1-and-archive-shape/tweets.json") else { return }
        #expect(try Ingestor.detectFormat(path) == .xAPIv1)
        let r = try Ingestor().readAll(paths: [path])
        let posts = r.posts
        // id_str wins over the numeric id, which lost precision (…700 in the file).
        #expect(posts.map(\.id) == ["1169246717864136705", "1169196446043664385", "1168529001599533057"])
        #expect(posts.map(\.kind) == [.repost, .reply, .quote])
        let rt = posts[0]
        #expect(rt.repostOf == "1169242008432644097" && rt.metrics.isEmpty && rt.flags.contains(.truncated))
        #expect(rt.text.contains("carbon capture & utilization"))
        let reply = posts[1]
        #expect(reply.replyTo == "1169079390577319937" && reply.metrics.likes == 2 && reply.metrics.replies == nil)
        // A media entity whose link is not in the text removes nothing.
        #expect(reply.text.contains("no auth and no rate limit. We used it to build http://www.owlsnearme.com - see also"))
        #expect(rt.client == "Twitter for iPhone" && reply.client == nil)  // an empty `source` is no client
        #expect(posts[2].quoted == "861696799362478085")
        let owner = try #require(r.summary.sources[0].owner)
        #expect(owner.handle == "simonw" && owner.id == "12497")
        let simon = try #require(r.summary.accounts.first { $0.id == "12497" })
        #expect(simon.followers != nil && simon.createdAt.map(DateParser.iso8601) == "2006-11-15T13:18:50Z")
        // The retweeted author is an account too.
        #expect(r.summary.accounts.contains { $0.handle == "drvox" })
    }

    @Test func v11StreamingExtendedTweet() throws {
        let path = Fixtures.corpus("api/competitor-v1.jsonl")
        let r = try Ingestor().readAll(paths: [path])
        #expect(r.summary.sources[0].variant == "JSON Lines")
        let long = r.posts[0]
        #expect(long.text.hasSuffix("how long it will take & why estimates lie: https://rival.example.com/blog/export-engine"))
        #expect(long.urls == ["https://rival.example.com/blog/export-engine"])
        #expect(r.posts[1].kind == .repost && r.posts[1].metrics.likes == nil)
        #expect(r.posts[2].kind == .reply && r.posts[2].replyToUser == "4000000000000000001")
        #expect(r.summary.sources[0].owner?.url == "https://rival.example.com")
    }

    @Test func snscrapeLines() throws {
        let path = Fixtures.corpus("api/replies-snscrape.jsonl")
        #expect(try Ingestor.detectFormat(path) == .snscrape)
        let r = try Ingestor().readAll(paths: [path])
        let posts = r.posts
        // The `.str` sibling wins over the rounded number.
        #expect(posts.map(\.id) == ["1700000000000000301", "1700000000000000302", "1700000000000000303"])
        #expect(posts.allSatisfy { $0.kind == .reply && $0.replyTo == "1700000000000000101" && $0.byOwner == false })
        #expect(posts[0].text == "@example_user How long did the restore drill take end to end? We never timed ours. https://maya.example/drills")
        #expect(posts[0].metrics.impressions == 180 && posts[0].metrics.replies == 1)
        // The media link snscrape leaves in the text is removed; the photo is kept.
        #expect(posts[1].text.hasSuffix("👉 https://giveaway-hub.example/win"))
        #expect(posts[1].media.map(\.kind) == [.photo])
        // A null viewCount is unknown; the quote link is removed and the quoted post is named.
        #expect(posts[2].metrics.impressions == nil && posts[2].quoted == "1690000000000000001")
        #expect(posts[2].text == "@example_user This is exactly the point I made in July & it keeps being true.")
        let source = r.summary.sources[0]
        #expect(source.owner?.handle == "example_user")
        #expect(source.notes.contains("1 lines are not tweets (users or bare references) and were skipped"))
        let bad = try #require(r.summary.diagnostics.first)
        #expect(bad.code == "malformed-json" && bad.line == 4 && bad.file == path)
        let bot = try #require(r.summary.accounts.first { $0.handle == "giveaway_hub_553" })
        #expect(bot.defaultProfileImage == true && bot.followers == 1 && bot.following == 3500)
    }
}
