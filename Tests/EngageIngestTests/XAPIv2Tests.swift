import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct XAPIv2Tests {
    static func read(_ path: String) throws -> ([Post], IngestSummary) {
        let r = try Ingestor().readAll(paths: [path])
        return (r.posts, r.summary)
    }

    static func kinds(_ posts: [Post]) -> [PostKind: Int] {
        posts.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    @Test func twarcSearchPage() throws {
        guard let path = Fixtures.shared("x/api-v2-twarc/brexit.jsonl") else { return }
        #expect(try Ingestor.detectFormat(path) == .xAPIv2)
        let (posts, summary) = try Self.read(path)
        #expect(posts.count == 100)
        // SOURCE.txt: 10 replies (one a thread continuation), 67 retweets, 11 quotes.
        #expect(Self.kinds(posts) == [.original: 12, .reply: 9, .selfReply: 1, .repost: 67, .quote: 11])
        let source = summary.sources[0]
        #expect(source.owner == nil)  // a hashtag search: no single owner
        #expect(source.countsAsOf.map(DateParser.iso8601) == "2021-09-22T16:38:09Z")
        #expect(posts.allSatisfy { $0.byOwner == nil && $0.metrics.asOf == source.countsAsOf })
        // Retweets: every count unknown (the original's retweet_count, zeros for the rest).
        #expect(posts.filter { $0.kind == .repost }.allSatisfy { $0.metrics.isEmpty && $0.repostOf != nil })
        // 177 users with public metrics and creation dates.
        #expect(summary.accounts.count >= 170)
        #expect(summary.accounts.allSatisfy { $0.platform == .x && $0.id != nil })
        #expect(summary.accounts.filter { $0.followers != nil && $0.createdAt != nil }.count >= 170)
    }

    @Test func flattenedEqualsPaged() throws {
        guard let flat = Fixtures.shared("x/api-v2-twarc/flat.jsonl"),
              let paged = Fixtures.shared("x/api-v2-twarc/noflat.jsonl") else { return }
        let (a, sa) = try Self.read(flat)
        let (b, _) = try Self.read(paged)
        #expect(sa.sources[0].variant == "flattened tweets, JSON Lines")
        func strip(_ p: Post) -> Post {
            var p = p
            p.provenance = Provenance(source: "")
            return p
        }
        #expect(a.count == 100 && b.count == 100)
        let byId = Dictionary(uniqueKeysWithValues: b.map { ($0.id, strip($0)) })
        for p in a { #expect(byId[p.id] == strip(p)) }
        #expect(a.filter { !$0.media.isEmpty }.count == 6)
    }

    @Test func errorsAndRetrievalTimes() throws {
        guard let path = Fixtures.shared("x/api-v2-twarc/withheld.jsonl") else { return }
        let (posts, summary) = try Self.read(path)
        #expect(posts.count == 215)
        #expect(Self.kinds(posts)[.repost] == 83)
        let notes = summary.sources[0].notes
        #expect(notes.contains { $0.hasPrefix("the pages carry 5 API errors") })
        #expect(notes.contains { $0.hasPrefix("pages retrieved between 2021-05-01T21:18:45Z and 2021-06-14T11:15:14Z") })
        // Each post keeps its own page's retrieval time.
        #expect(Set(posts.compactMap(\.metrics.asOf)).count == 5)
    }

    @Test func impressionsBeforeDecember2022AreUnknown() throws {
        guard let path = Fixtures.shared("x/api-v2-twarc/entities_test.jsonl") else { return }
        let (posts, _) = try Self.read(path)
        #expect(posts.count == 474)
        // Tweets of 25 Sep 2022 say impression_count 0: unknown, never zero.
        #expect(posts.allSatisfy { $0.metrics.impressions == nil })
        #expect(posts.filter { $0.kind != .repost }.allSatisfy { $0.metrics.likes != nil })
    }

    @Test func editChainsCollapseToTheNewest() throws {
        guard let edited = Fixtures.shared("x/api-v2-twarc/edited.jsonl"),
              let quoted = Fixtures.shared("x/api-v2-twarc/quoted_edit.jsonl") else { return }
        let (a, _) = try Self.read(edited)
        #expect(a.map(\.id) == ["1576994789110992896"])
        #expect(a[0].flags.contains(.edited))
        #expect(a[0].metrics.likes == 27 && a[0].metrics.replies == 12)
        let (b, summary) = try Self.read(quoted)
        // The reply, and the owner's newest version from includes; the older version is collapsed.
        #expect(Set(b.map(\.id)) == ["1576995594388000768", "1576994789110992896"])
        #expect(summary.sources[0].owner?.handle == "wongmjane")
        let reply = try #require(b.first { $0.id == "1576995594388000768" })
        #expect(reply.kind == .reply && reply.byOwner == false && reply.replyTo == "1576994789110992896")
    }

    @Test func usersLookupRecordsAccounts() throws {
        guard let path = Fixtures.shared("x/api-v2-twarc/users.jsonl") else { return }
        let (posts, summary) = try Self.read(path)
        #expect(posts.isEmpty)
        #expect(summary.accounts.count >= 90)
        let u = try #require(summary.accounts.first { $0.id == "119369819" })
        #expect(u.handle == "DoDirty78" && u.followers == 580 && u.following == 518 && u.posts == 55186)
        #expect(u.createdAt.map(DateParser.iso8601) == "2010-03-03T12:49:24Z")
        #expect(u.asOf.map(DateParser.iso8601) == "2021-10-23T19:36:18Z")
    }

    @Test func replyThreadCapture() throws {
        let path = Fixtures.corpus("api/thread-v2.jsonl")
        let (posts, summary) = try Self.read(path)
        let source = summary.sources[0]
        #expect(source.owner?.id == "1000000000000000001" && source.owner?.handle == "example_user")
        #expect(source.owner?.followers == 2841)
        #expect(posts.count == 8)
        let root = try #require(posts.first { $0.id == "1700000000000000101" })
        #expect(root.byOwner == true && root.kind == .original)
        #expect(root.text == "Five things we learned shipping our first release & what comes next 🚀 #buildinpublic https://blog.example.com/launch")
        #expect(root.metrics.replies == 7 && root.metrics.impressions == 10412)
        let replies = posts.filter { $0.replyTo != nil }
        #expect(replies.count == 7)
        #expect(replies.filter { $0.byOwner == true }.map(\.id) == ["1700000000000000206"])
        // The reply seen on both pages keeps the newer reading.
        let dana = try #require(posts.first { $0.id == "1700000000000000205" })
        #expect(dana.metrics.likes == 6 && dana.metrics.asOf.map(DateParser.iso8601) == "2023-09-10T08:00:03Z")
        #expect(dana.text.contains("wall > splitting"))
        #expect(source.notes.contains("1 records appear more than once in the file; the newest reading of each was kept"))
        let spammer = try #require(summary.accounts.first { $0.handle == "crypto_gains84721" })
        #expect(spammer.defaultProfileImage == true && spammer.followers == 0 && spammer.following == 4999)
        #expect(spammer.description == nil || spammer.description == "")
    }

    @Test func competitorTimelineFlattened() throws {
        let path = Fixtures.corpus("api/competitor-flat.jsonl")
        let (posts, summary) = try Self.read(path)
        let source = summary.sources[0]
        // The request names the timeline's account: stated, not guessed.
        #expect(source.owner?.handle == "rival_studio")
        #expect(!source.notes.contains { $0.contains("detected") })
        #expect(posts.count == 9 && posts.allSatisfy { $0.byOwner == true })
        #expect(Self.kinds(posts) == [.original: 5, .selfReply: 1, .repost: 1, .quote: 1, .reply: 1])
        let thread = try #require(posts.first { $0.id == "1760000000000000304" })
        #expect(thread.text == "How we cut our export time from 40s to 3s, a thread 🧵 (1/2)")  // media link removed
        #expect(thread.media == [Media(kind: .photo, url: "https://pbs.twimg.com/media/RiVaLpic1.jpg",
                                       altText: "A chart: export time falling from 40 to 3 seconds")])
        let quote = try #require(posts.first { $0.kind == .quote })
        #expect(quote.quoted == "1759000000000000001" && quote.text == "This list is a gem. Number 4 is how we work too.")
        #expect(quote.urls.isEmpty)
        let old = try #require(posts.first { $0.id == "1590000000000000309" })
        #expect(old.metrics.impressions == nil && old.metrics.likes == 402)
        let begging = try #require(posts.first { $0.id == "1760000000000000303" })
        #expect(begging.text.hasPrefix("Like & RT") && begging.hashtags == ["giveaway", "follow"])
    }

    @Test func gzipCompressedCapture() throws {
        guard let plain = Fixtures.shared("x/api-v2-twarc/noflat.jsonl") else { return }
        let dir = try Fixtures.temporaryFolder("engage-gz")
        let gz = dir.appendingPathComponent("noflat.jsonl.gz").path
        try Shell.run("gzip -c '\(plain)' > '\(gz)'")
        let (a, _) = try Self.read(gz)
        let (b, _) = try Self.read(plain)
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a.map(\.text) == b.map(\.text))
    }

    @Test(arguments: [
        ("https://api.twitter.com/2/users/2000000000000000002/tweets?max_results=100", "2000000000000000002"),
        ("https://api.twitter.com/2/users/12/mentions", "12"),
        ("https://api.twitter.com/2/tweets/search/all?query=from%3Arival_studio%20-is%3Aretweet&max_results=10", "@rival_studio"),
    ])
    func requestOwner(url: String, owner: String) {
        #expect(XAPIv2Reader.requestOwner(url) == owner)
    }

    @Test(arguments: ["https://api.twitter.com/2/tweets/search/recent?query=conversation_id%3A17",
                      "https://api.twitter.com/2/tweets/search/all?query=from%3Aa%20OR%20from%3Ab",
                      "https://api.twitter.com/2/users?ids=1,2"])
    func requestWithoutOwner(url: String) {
        #expect(XAPIv2Reader.requestOwner(url) == nil)
    }
}
