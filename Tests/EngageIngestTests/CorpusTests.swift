import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct CorpusTests {
    static let root = PostKey(platform: .x, id: "1700000000000000101")

    static func write(_ lines: [String], name: String) throws -> String {
        let url = try Fixtures.temporaryFolder("engage-corpus").appendingPathComponent(name)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url.path
    }

    /// A twarc2 flattened tweet line.
    static func flat(_ id: String, author: (id: String, handle: String), text: String, replyTo: String? = nil,
                     replyToUser: String? = nil, conversation: String? = nil, likes: Int = 0, retrieved: String) -> String {
        var refs = ""
        var reply = ""
        if let replyTo {
            refs = #", "referenced_tweets": [{"type": "replied_to", "id": "\#(replyTo)"}]"#
            reply = #", "in_reply_to_user_id": "\#(replyToUser ?? "")""#
        }
        return #"{"id": "\#(id)", "text": "\#(text)", "author_id": "\#(author.id)", "conversation_id": "\#(conversation ?? id)", "created_at": "2023-09-08T16:00:00.000Z", "edit_history_tweet_ids": ["\#(id)"], "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": \#(likes), "quote_count": 0, "impression_count": 100}, "author": {"id": "\#(author.id)", "username": "\#(author.handle)", "name": "\#(author.handle)"}\#(refs)\#(reply), "__twarc": {"url": "https://api.twitter.com/2/tweets/search/recent?query=x", "version": "2.14.0", "retrieved_at": "\#(retrieved)"}}"#
    }

    @Test func replyThreadAlone() throws {
        let corpus = try Corpus.read(paths: [Fixtures.corpus("api/thread-v2.jsonl")])
        let root = try #require(corpus.find(Self.root))
        let direct = corpus.replies(to: root).map { corpus.posts[$0].id }
        #expect(direct == ["1700000000000000204", "1700000000000000205", "1700000000000000203", "1700000000000000202",
                           "1700000000000000201"])
        let thread = corpus.thread(of: root).map { corpus.posts[$0].id }
        #expect(thread.count == 7 && thread.contains("1700000000000000206") && thread.contains("1700000000000000207"))
        #expect(corpus.parent(of: try #require(corpus.find(PostKey(platform: .x, id: "1700000000000000207"))))
                == corpus.find(PostKey(platform: .x, id: "1700000000000000206")))
        #expect(corpus.feeds.count == 1)
        #expect(corpus.feeds[0].owner?.handle == "example_user")
        #expect(corpus.feeds[0].posts.map { corpus.posts[$0].id }.sorted() == ["1700000000000000101", "1700000000000000206"])
        #expect(corpus.notes.contains("7 replies joined to the posts they answer"))
        // Reply authors' accounts, for spam and bot checks.
        let spam = corpus.posts[try #require(corpus.find(PostKey(platform: .x, id: "1700000000000000202")))]
        let author = try #require(corpus.account(of: spam))
        #expect(author.handle == "crypto_gains84721" && author.defaultProfileImage == true && author.followers == 0)
        #expect(author.createdAt.map(DateParser.iso8601) == "2023-09-05T02:11:09Z")
    }

    @Test func repliesFromSeveralSourcesJoinOnePost() throws {
        let corpus = try Corpus.read(paths: [Fixtures.corpus("api/thread-v2.jsonl"), Fixtures.corpus("api/replies-snscrape.jsonl")])
        let root = try #require(corpus.find(Self.root))
        #expect(corpus.replies(to: root).count == 8)
        #expect(corpus.feeds.count == 1 && corpus.feeds[0].sources == [0, 1])
        let maya = try #require(corpus.find(PostKey(platform: .x, id: "1700000000000000301")))
        #expect(corpus.posts[maya].byOwner == false && !corpus.posts[maya].flags.contains(.orphan))
        #expect(corpus.sourcesOf(maya) == [1])
    }

    @Test func aRecordSeenTwiceKeepsTheNewestCounts() throws {
        // A later capture of the root post, with more likes.
        let later = try Self.write([Self.flat("1700000000000000101", author: ("1000000000000000001", "example_user"),
                                              text: "Five things we learned", likes: 90, retrieved: "2023-09-20T10:00:00+00:00")],
                                   name: "later.jsonl")
        let corpus = try Corpus.read(paths: [Fixtures.corpus("api/thread-v2.jsonl"), later])
        let root = corpus.posts[try #require(corpus.find(Self.root))]
        #expect(root.metrics.likes == 90 && root.metrics.asOf.map(DateParser.iso8601) == "2023-09-20T10:00:00Z")
        // The text of the first reading stays.
        #expect(root.metrics.replies == 0 && root.metrics.quotes == 0)  // the newer reading knows them
        #expect(root.text.hasPrefix("Five things we learned shipping"))
        #expect(corpus.mergedCount == 1)
        #expect(corpus.sourcesOf(try #require(corpus.find(Self.root))) == [0, 1])
        #expect(corpus.posts.count == 8)
        // In the other order the newest counts win too.
        let reversed = try Corpus.read(paths: [later, Fixtures.corpus("api/thread-v2.jsonl")])
        #expect(reversed.posts[try #require(reversed.find(Self.root))].metrics.likes == 90)
    }

    @Test func orphansAreFlagged() throws {
        let corpus = try Corpus.read(paths: [Fixtures.corpus("api/replies-snscrape.jsonl")])
        #expect(corpus.posts.allSatisfy { $0.flags.contains(.orphan) })
        #expect(corpus.notes.contains("3 replies answer posts that are not in the input (flagged orphan)"))
    }

    @Test func competitorFeedWorksAlone() throws {
        let corpus = try Corpus.read(paths: [Fixtures.corpus("api/competitor-flat.jsonl")])
        #expect(corpus.feeds.count == 1 && corpus.feeds[0].owner?.handle == "rival_studio")
        #expect(corpus.feeds[0].posts.count == 9)
        // The thread continuation joins its head; the reply to another account is an orphan here.
        let head = try #require(corpus.find(PostKey(platform: .x, id: "1760000000000000304")))
        #expect(corpus.replies(to: head).map { corpus.posts[$0].id } == ["1760000000000000305"])
    }

    @Test func aCollectionsReplyToAFeedPostIsNotTheOwners() throws {
        // Four authors, no owner: a reply to the feed's root, a reply elsewhere, two originals.
        let search = try Self.write([
            Self.flat("1700000000000000901", author: ("5000000000000000001", "someone"), text: "@example_user nice write-up",
                      replyTo: "1700000000000000101", replyToUser: "1000000000000000001", conversation: "1700000000000000101",
                      retrieved: "2023-09-11T00:00:00+00:00"),
            Self.flat("1700000000000000902", author: ("5000000000000000002", "other"), text: "@zed agreed",
                      replyTo: "1600000000000000001", replyToUser: "5000000000000000009", retrieved: "2023-09-11T00:00:00+00:00"),
            Self.flat("1700000000000000903", author: ("5000000000000000003", "third"), text: "Launch week notes",
                      retrieved: "2023-09-11T00:00:00+00:00"),
            Self.flat("1700000000000000904", author: ("5000000000000000004", "fourth"), text: "Our migration story",
                      retrieved: "2023-09-11T00:00:00+00:00"),
        ], name: "search.jsonl")
        let alone = try Corpus.read(paths: [search])
        #expect(alone.sources[0].owner == nil && alone.posts.allSatisfy { $0.byOwner == nil })
        let corpus = try Corpus.read(paths: [Fixtures.corpus("api/thread-v2.jsonl"), search])
        #expect(corpus.feeds.count == 2 && corpus.feeds[1].owner == nil)
        let reply = corpus.posts[try #require(corpus.find(PostKey(platform: .x, id: "1700000000000000901")))]
        #expect(reply.byOwner == false)
        #expect(corpus.replies(to: try #require(corpus.find(Self.root))).count == 6)
        // The collection's own posts stay its feed's; the reply to the other feed does not.
        #expect(corpus.feeds[1].posts.map { corpus.posts[$0].id } == ["1700000000000000902", "1700000000000000903",
                                                                     "1700000000000000904"])
    }

    @Test func mergeRules() {
        let older = Post(platform: .x, id: "1", text: "RT @a: cut…", kind: .repost,
                         metrics: Metrics(likes: 1, replies: 4, asOf: Date(timeIntervalSince1970: 10)), byOwner: nil,
                         flags: [.truncated], provenance: Provenance(source: "a"))
        let newer = Post(platform: .x, id: "1", author: AuthorRef(id: "9"), text: "RT @a: cut short text in full", kind: .repost,
                         metrics: Metrics(likes: 3, asOf: Date(timeIntervalSince1970: 20)), byOwner: true,
                         provenance: Provenance(source: "b"))
        let m = older.merged(with: newer)
        #expect(m.metrics == Metrics(likes: 3, replies: 4, asOf: Date(timeIntervalSince1970: 20)))
        #expect(m.text == "RT @a: cut short text in full" && !m.flags.contains(.truncated))
        #expect(m.byOwner == true && m.author?.id == "9" && m.provenance.source == "a")
    }
}

@Suite struct ArchiveJoinTests {
    /// `engage audit archive replies.jsonl`: replies from API and scraper captures join the archive's posts.
    @Test func archiveAndReplyCaptures() throws {
        let corpus = try Corpus.read(paths: [Fixtures.corpus("api/archive-example_user"), Fixtures.corpus("api/thread-v2.jsonl"),
                                             Fixtures.corpus("api/replies-snscrape.jsonl")])
        #expect(corpus.sources.map(\.format) == [.xArchive, .xAPIv2, .snscrape])
        #expect(corpus.feeds.count == 1 && corpus.feeds[0].sources == [0, 1, 2])
        let rootIndex = try #require(corpus.find(CorpusTests.root))
        let root = corpus.posts[rootIndex]
        // One record: the archive's newer like/repost snapshot, the API's reply, quote and view counts.
        #expect(root.metrics.likes == 70 && root.metrics.reposts == 10)
        #expect(root.metrics.replies == 7 && root.metrics.quotes == 2 && root.metrics.impressions == 10412)
        #expect(root.metrics.asOf.map(DateParser.iso8601) == "2023-09-15T08:00:00Z")
        #expect(corpus.sourcesOf(rootIndex) == [0, 1])
        let replies = corpus.replies(to: rootIndex).map { corpus.posts[$0] }
        #expect(replies.filter { $0.byOwner == false }.count == 8)  // 5 from the API capture, 3 scraped
        #expect(replies.contains { $0.id == "1700000000000000102" && $0.kind == .selfReply })
        #expect(corpus.thread(of: rootIndex).count == 11)
        // The owner's reply is in the archive and in the capture: one record, the owner's.
        let ownerReply = corpus.posts[try #require(corpus.find(PostKey(platform: .x, id: "1700000000000000206")))]
        #expect(ownerReply.byOwner == true && ownerReply.metrics.replies == 1)
        #expect(corpus.feeds[0].posts.count == 5)
        #expect(corpus.posts.filter { $0.flags.contains(.orphan) }.isEmpty)
    }
}
