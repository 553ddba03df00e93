import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct MastodonTests {
    static func read(_ path: String) throws -> ([Post], IngestSummary) {
        let r = try Ingestor().readAll(paths: [path])
        return (r.posts, r.summary)
    }

    static func stripped(_ posts: [Post]) -> [Post] {
        posts.map {
            var p = $0
            p.provenance = Provenance(source: "")
            return p
        }
    }

    @Test func folderZipAndTarAgree() throws {
        let (folder, fs) = try Self.read(Fixtures.corpus("mastodon/export-2024"))
        let (zip, zs) = try Self.read(Fixtures.corpus("mastodon/archive-2024.zip"))
        let (tar, ts) = try Self.read(Fixtures.corpus("mastodon/archive-2022.tar.gz"))
        #expect(fs.sources[0].format == .mastodonArchive && fs.sources[0].variant == "folder")
        #expect(zs.sources[0].variant == "zip" && ts.sources[0].variant == "tar.gz")
        #expect(Self.stripped(folder) == Self.stripped(zip))
        // The 2022 export holds the first five activities, one a direct message.
        #expect(Self.stripped(tar) == Self.stripped(Array(folder.prefix(4))))
        #expect(zip[0].provenance.entry == "outbox.json" && zip[0].provenance.offset != nil)
        for s in [fs, zs, ts] {
            let owner = try #require(s.sources[0].owner)
            #expect(owner.id == "https://social.example/users/example_user")
            #expect(owner.handle == "example_user@social.example" && owner.name == "Example User")
            #expect(owner.description == "I build small tools for writers. Posts about shipping, databases and docs.")
        }
    }

    @Test func duplicatedOrderedItemsKeepTheNonEmptyList() throws {
        let (posts, summary) = try Self.read(Fixtures.corpus("mastodon/export-2024"))
        #expect(posts.count == 7)  // 8 activities, one a direct message
        #expect(summary.sources[0].notes.contains("outbox.json has 2 orderedItems lists; the last non-empty one (8 items) was read"))
        // Also when the full list comes first and an empty one follows.
        let item = #"{"id":"https://s.example/users/a/statuses/1/activity","type":"Create","actor":"https://s.example/users/a","published":"2024-01-01T00:00:00Z","to":["https://www.w3.org/ns/activitystreams#Public"],"cc":[],"object":{"id":"https://s.example/users/a/statuses/1","type":"Note","content":"<p>hi</p>","published":"2024-01-01T00:00:00Z","attributedTo":"https://s.example/users/a","to":[],"cc":[]}}"#
        for doc in [#"{"type":"OrderedCollection","orderedItems":[\#(item)],"orderedItems":[]}"#,
                    #"{"type":"OrderedCollection","orderedItems":[],"orderedItems":[\#(item)]}"#] {
            let outbox = try MastodonOutbox.parse(Array(doc.utf8), name: "outbox.json")
            #expect(outbox.activities.count == 1 && outbox.orderedItemsKeys == 2)
        }
    }

    @Test func statusesBoostsPollsAndVisibility() throws {
        let (posts, summary) = try Self.read(Fixtures.corpus("mastodon/archive-2024.zip"))
        let byTail = Dictionary(uniqueKeysWithValues: posts.map { (String($0.id.suffix(3)), $0) })
        let first = try #require(byTail["001"])
        #expect(first.kind == .original && first.byOwner == true && first.platform == .mastodon)
        #expect(first.text == "Five things we learned shipping our first release & what comes next 🚀 https://blog.example.com/launch #buildinpublic")
        #expect(first.urls == ["https://blog.example.com/launch"] && first.hashtags == ["buildinpublic"])
        #expect(first.media == [Media(kind: .photo, url: "/example_user/media_attachments/files/110/000/000/000/000/001/original/ab12cd34.jpg",
                                      altText: "A burndown chart reaching zero on release day")])
        #expect(first.metrics.isEmpty && first.lang == "en")
        let thread = try #require(byTail["002"])
        #expect(thread.kind == .selfReply && thread.replyTo == first.id && !thread.flags.contains(.restricted))  // unlisted
        #expect(byTail["003"]?.flags.contains(.restricted) == true)  // followers-only
        #expect(byTail["004"] == nil)  // direct message
        let boost = try #require(posts.first { $0.kind == .repost })
        #expect(boost.repostOf == "https://other.example/users/dev_friend/statuses/109999999999999001" && boost.text.isEmpty)
        #expect(byTail["006"]?.text == "Which should we write up next?\n\n• The migration plan\n• Our docs workflow")
        let reply = try #require(byTail["007"])
        #expect(reply.kind == .reply && reply.title == "database talk" && reply.mentions == ["dev_friend@other.example"])
        #expect(reply.replyToUser == "https://other.example/users/dev_friend")
        let edited = try #require(byTail["008"])
        #expect(edited.flags.contains(.edited) && edited.lang == "de" && edited.text == "Unser Changelog ist jetzt auch auf Deutsch.\nFeedback willkommen!")
        let notes = summary.sources[0].notes
        #expect(notes.contains("1 direct messages were not read (not public content)"))
        #expect(notes.contains("likes.json: 2 posts of others (what the owner liked, not engagement received)"))
        #expect(summary.sources[0].files.map(\.entry) == ["actor.json", "outbox.json", "likes.json", "bookmarks.json"])
    }

    @Test func loneOutboxFile() throws {
        let (posts, summary) = try Self.read(Fixtures.corpus("mastodon/export-2024/outbox.json"))
        #expect(summary.sources[0].variant == "outbox.json only")
        #expect(posts.count == 7)
        #expect(summary.sources[0].owner?.id == "https://social.example/users/example_user")
    }

    @Test func contextReplies() throws {
        let path = Fixtures.corpus("mastodon/context-110000000000000001.json")
        #expect(try Ingestor.detectFormat(path) == .mastodonAPI)
        let (posts, summary) = try Self.read(path)
        #expect(posts.count == 7)  // eight descendants, one direct
        let source = summary.sources[0]
        #expect(source.variant == "statuses/:id/context")
        #expect(source.owner?.id == "https://social.example/users/example_user")
        #expect(posts.filter { $0.byOwner == true }.map { String($0.id.suffix(4)) } == ["1005"])
        // Top-level replies name the focal status by its number; nested ones by the parent's URI.
        #expect(posts.filter { $0.replyTo == "110000000000000001" }.count == 5)
        let nested = try #require(posts.first { $0.id.hasSuffix("1006") })
        #expect(nested.replyTo == "https://social.example/users/example_user/statuses/110000000000001005")
        #expect(posts.allSatisfy { $0.conversation == "110000000000000001" })
        let spam = try #require(posts.first { $0.id.hasSuffix("1002") })
        #expect(spam.text == "@example_user Earn $500/day from home!!! DM me 👉 https://spam.example/xyz")
        #expect(spam.urls == ["https://spam.example/xyz"] && spam.mentions == ["example_user"])
        #expect(posts.first { $0.id.hasSuffix("1007") }?.flags.contains(.restricted) == true)
        let reader = try #require(posts.first { $0.id.hasSuffix("1001") })
        #expect(reader.metrics.likes == 2 && reader.metrics.replies == 1 && reader.metrics.reposts == 0)
        let bot = try #require(summary.accounts.first { $0.handle == "promo_deals_2024@spam.example" })
        #expect(bot.defaultProfileImage == true && bot.followers == 3 && bot.following == 4000 && bot.description == "")
        #expect(bot.id == "https://spam.example/users/promo_deals_2024")
        let owner = try #require(summary.accounts.first { $0.id == "https://social.example/users/example_user" })
        #expect(owner.handle == "example_user@social.example" && owner.followers == 1930)
    }

    @Test func contextJoinsTheExport() throws {
        let corpus = try Corpus.read(paths: [Fixtures.corpus("mastodon/archive-2024.zip"),
                                             Fixtures.corpus("mastodon/context-110000000000000001.json")])
        #expect(corpus.feeds.count == 1)  // same owner: one feed
        let root = try #require(corpus.find(PostKey(platform: .mastodon, id: "https://social.example/users/example_user/statuses/110000000000000001")))
        let direct = corpus.replies(to: root).map { corpus.posts[$0] }
        #expect(direct.count == 6)  // five replies from the context + the owner's thread continuation
        #expect(corpus.thread(of: root).count == 8)
        let others = direct.filter { $0.byOwner == false }
        #expect(Set(others.compactMap { $0.author?.handle }) == ["reader@mastodon.example", "promo_deals_2024@spam.example",
                                                               "fan123@mastodon.example", "growfast@mastodon.example",
                                                               "dev_friend@other.example"])
        #expect(corpus.feeds[0].posts.count == 8)  // 7 from the export + the owner's reply in the context
        let orphan = try #require(corpus.posts.first { $0.id.hasSuffix("statuses/110000000000000007") })
        #expect(orphan.flags.contains(.orphan))
    }
}
