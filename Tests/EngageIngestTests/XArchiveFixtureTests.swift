import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

/// Reading the hand-written archives in `corpora/x` (see its README for what each holds).
@Suite struct XArchiveFixtureTests {
    static func read(_ relative: String) throws -> (posts: [Post], summary: IngestSummary) {
        try Ingestor().readAll(paths: [Fixtures.corpus(relative)])
    }

    static func kinds(_ posts: [Post]) -> [PostKind: Int] {
        var out: [PostKind: Int] = [:]
        for p in posts where !p.flags.contains(.deleted) { out[p.kind, default: 0] += 1 }
        return out
    }

    static func post(_ posts: [Post], _ textPrefix: String) throws -> Post {
        try #require(posts.first { $0.text.hasPrefix(textPrefix) }, "no post starts with \(textPrefix)")
    }

    @Test(arguments: ["x/archive-2024", "x/archive-2024.zip"])
    func archive2024(path: String) throws {
        let (posts, summary) = try Self.read(path)
        let source = try #require(summary.sources.first)
        #expect(source.format == .xArchive)
        #expect(source.variant == "2022+ (tweets.js), 2 parts")
        #expect(source.owner?.id == "1480000000000000001")
        #expect(source.owner?.handle == "lenafjord")
        #expect(source.owner?.name == "Lena Fjord")
        #expect(source.owner?.location == "Bergen")
        #expect(source.countsAsOf == DateParser.parse("2024-11-16T11:33:22.222Z"))
        #expect(summary.unreadFiles.isEmpty)
        // 16 + 3 tweets, one older edit version collapsed, 1 community and 1 deleted tweet.
        #expect(posts.count == 20)
        #expect(Self.kinds(posts) == [.original: 9, .reply: 4, .selfReply: 3, .repost: 1, .quote: 2])
        #expect(posts.allSatisfy { $0.byOwner == true && $0.author?.handle == "lenafjord" && $0.platform == .x })
        let roles = source.files.map { "\($0.role):\($0.records):\($0.status.rawValue)" }
        #expect(roles.contains("tweets:15:read") && roles.contains("tweets:3:read"))
        #expect(roles.contains("note-tweet:2:read") && roles.contains("deleted-tweets:1:read"))
        #expect(roles.contains("tweet-headers:0:skipped"))
        if path.hasSuffix(".zip") {
            #expect(posts[0].provenance.entry == "twitter-2024-11-16-4f2a9c/data/tweets.js")
        } else {
            #expect(posts[0].provenance.entry == "data/tweets.js")
        }
        #expect(posts[0].provenance.offset == 30)
    }

    @Test func textIsWhatAPersonReads() throws {
        let (posts, _) = try Self.read("x/archive-2024")
        // Entities sliced in scalars of the escaped text, then unescaped; t.co replaced by its expansion.
        let launch = try Self.post(posts, "Five things we learned shipping our first release &")
        #expect(launch.text == "Five things we learned shipping our first release & what comes next 🚀 #buildinpublic https://blog.example.com/launch")
        #expect(launch.hashtags == ["buildinpublic"])
        #expect(launch.urls == ["https://blog.example.com/launch"])
        #expect(launch.client == "Twitter for iPhone")
        #expect(launch.metrics == Metrics(likes: 12, reposts: 3, asOf: DateParser.parse("2024-11-16T11:33:22.222Z")))
        #expect(launch.url == "https://twitter.com/lenafjord/status/\(launch.id)")
        // Media links removed; every medium from extended_entities.
        let media = try Self.post(posts, "Before and after the new onboarding flow")
        #expect(media.text == "Before and after the new onboarding flow")
        #expect(media.media.map(\.kind) == [.photo, .video, .gif])
        #expect(media.media[0].url == "https://pbs.twimg.com/media/GbPhOtO0AaBb.jpg")
        // A link-only post reads as its link.
        let link = try Self.post(posts, "https://blog.example.com/weeknotes-44")
        #expect(link.lang == "zxx")
        #expect(link.kind == .original)
    }

    @Test func repliesThreadsAndMentions() throws {
        let (posts, _) = try Self.read("x/archive-2024")
        let reply = try Self.post(posts, "@priya_builds Good question!")
        #expect(reply.kind == .reply)
        #expect(reply.replyTo == "1855000000000000777")
        #expect(reply.replyToUser == "2900000011")
        #expect(reply.mentions == ["priya_builds"])
        let noHandle = try Self.post(posts, "@gone_account")
        #expect(noHandle.kind == .reply)
        let oldStyle = try Self.post(posts, "@marc_ops your talk")
        #expect(oldStyle.kind == .reply)
        #expect(oldStyle.replyTo == nil)
        #expect(oldStyle.replyToUser == "2900000022")
        let thread = try Self.post(posts, "2/ The checklist")
        #expect(thread.kind == .selfReply)
        let launch = try Self.post(posts, "Five things we learned shipping our first release &")
        #expect(thread.replyTo == launch.id)
        // A thread part stored in the older part file, its parent next to it.
        #expect(try Self.post(posts, "1/ Search got better").kind == .selfReply)
    }

    @Test func repostsAndQuotes() throws {
        let (posts, _) = try Self.read("x/archive-2024")
        let rt = try #require(posts.first { $0.kind == .repost && !$0.flags.contains(.deleted) })
        #expect(rt.text.hasPrefix("RT @other_dev: Ten years of on-call"))
        #expect(rt.mentions == ["other_dev"])
        #expect(rt.metrics.likes == nil && rt.metrics.reposts == nil)  // "0" on every RT means unknown
        #expect(rt.flags.contains(.truncated))
        #expect(rt.client == "Tweetbot for i\u{039F}S")
        let quote = try Self.post(posts, "This is the clearest explanation")
        #expect(quote.kind == .quote)
        #expect(quote.quoted == "1853000000000000101")
        #expect(quote.text == "This is the clearest explanation of feature flags I have read.")
        let xcom = try Self.post(posts, "Agree with all of this <3")
        #expect(xcom.kind == .quote)
        #expect(xcom.quoted == "1852000000000000202")
        // A reply that links a post is a reply (precedence) that still records the quoted post.
        let replyQuote = try Self.post(posts, "@other_dev same lesson here, see")
        #expect(replyQuote.kind == .reply)
        #expect(replyQuote.quoted == "1849000000000000303")
        #expect(replyQuote.text == "@other_dev same lesson here, see")
    }

    @Test func longPostsEditsDeletedAndRestricted() throws {
        let (posts, _) = try Self.read("x/archive-2024")
        // The note joins the long post, not the thread part sent in the same second.
        let long = try Self.post(posts, "Five things we learned shipping our first release to 40 teams")
        #expect(long.flags.contains(.longPost))
        #expect(long.text.hasSuffix("5. Ask @priya_builds what would you add? Full write-up: https://blog.example.com/first-release"))
        #expect(long.text.contains("1. Ship small & often."))
        #expect(long.mentions == ["priya_builds"])
        #expect(long.urls == ["https://blog.example.com/first-release"])
        let sameSecond = try Self.post(posts, "P.S. the slides")
        #expect(!sameSecond.flags.contains(.longPost))
        #expect(sameSecond.createdAt == long.createdAt)
        let styled = try Self.post(posts, "Release day.")
        #expect(styled.flags.contains(.longPost))
        #expect(styled.text == "Release day. Changelog in the picture, questions below.")
        #expect(styled.media.count == 1)
        // Edit chain: only the newest version, with its counts.
        let edits = posts.filter { $0.text.hasPrefix("Docs tip:") }
        #expect(edits.count == 1)
        #expect(edits[0].text.contains("error message"))
        #expect(edits[0].flags.contains(.edited))
        #expect(edits[0].metrics.likes == 23)
        let deleted = posts.filter { $0.flags.contains(.deleted) }
        #expect(deleted.count == 1)
        #expect(deleted[0].lang == nil)
        #expect(deleted[0].metrics.isEmpty)
        #expect(deleted[0].provenance.entry == "data/deleted-tweets.js")
        let restricted = posts.filter { $0.flags.contains(.restricted) }
        #expect(restricted.map(\.text) == ["Community question: how do you version internal docs? We tag them with the release."])
    }

    @Test func archive2020WithParts() throws {
        let (posts, summary) = try Self.read("x/archive-2020")
        let source = try #require(summary.sources.first)
        #expect(source.variant == "2020–22 (tweet.js), 2 parts")
        #expect(source.owner?.handle == "oskar_makes")
        #expect(Self.kinds(posts) == [.original: 3, .reply: 1, .selfReply: 1, .repost: 1, .quote: 1])
        #expect(try Self.post(posts, "Exactly why I switched").quoted == "1266000000000000001")
        #expect(posts.last?.provenance.entry == "data/tweet-part1.js")
    }

    @Test func flat2019WithoutManifest() throws {
        let (posts, summary) = try Self.read("x/archive-2019-flat")
        let source = try #require(summary.sources.first)
        #expect(source.variant == "2018–19 (tweet.js, unwrapped), flat layout, no manifest")
        #expect(source.owner?.id == "1010000000000000004")
        #expect(source.countsAsOf != nil)  // the file date
        #expect(Self.kinds(posts) == [.original: 1, .reply: 1, .selfReply: 1, .repost: 1])
    }

    @Test func loneFileInfersTheOwnerFromSelfReplies() throws {
        let (posts, summary) = try Self.read("x/lone/tweets.js")
        let source = try #require(summary.sources.first)
        #expect(source.variant == "2022+ (tweets.js), lone file")
        #expect(source.owner?.id == "1600000000000000016")
        #expect(source.owner?.handle == "tomas_bakes")
        #expect(source.notes.contains { $0.hasPrefix("owner inferred from 2 self-replies") })
        #expect(Self.kinds(posts) == [.original: 2, .selfReply: 2, .reply: 1])
        #expect(posts.allSatisfy { $0.provenance.entry == nil && $0.provenance.source.hasSuffix("x/lone/tweets.js") })
    }

    @Test func loneFileUsesSiblings() throws {
        // data/tweets-part1.js given alone: the manifest next to it names the owner and the date.
        let (posts, summary) = try Self.read("x/archive-2024/data/tweets-part1.js")
        let source = try #require(summary.sources.first)
        #expect(source.owner?.handle == "lenafjord")
        #expect(source.countsAsOf == DateParser.parse("2024-11-16T11:33:22.222Z"))
        #expect(source.notes.contains { $0.contains("1 more tweets file") })
        #expect(posts.count == 3)
        #expect(Self.kinds(posts) == [.original: 2, .selfReply: 1])
    }

    /// The `data/` folder given instead of the archive: the manifest's `data/…` paths are found beside it.
    @Test func theDataFolderItself() throws {
        let (posts, summary) = try Self.read("x/archive-2024/data")
        #expect(posts.count == 20)
        #expect(summary.unreadFiles.isEmpty)
        #expect(summary.sources.first?.variant == "2022+ (tweets.js), 2 parts")
    }

    /// A tweets file saved again by an editor that added a UTF-8 byte order mark.
    @Test func byteOrderMarkBeforeTheAssignment() throws {
        let dir = try Fixtures.temporaryFolder("engage-bom")
        let path = dir.appendingPathComponent("tweets.js").path
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus("x/lone/tweets.js")))
        try (Data([0xEF, 0xBB, 0xBF]) + original).write(to: URL(fileURLWithPath: path))
        let (posts, _) = try Ingestor().readAll(paths: [path])
        #expect(posts.count == 5)
        #expect(posts.first?.provenance.offset == 33)
    }

    /// Twitter Circle tweets (no manifest: found by their `window.YTD.twitter_circle_tweet` content).
    @Test func circleTweetsAreRestricted() throws {
        let dir = try Fixtures.temporaryFolder("engage-circle")
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let tweets = try String(contentsOfFile: Fixtures.corpus("x/lone/tweets.js"), encoding: .utf8)
        try Data(tweets.utf8).write(to: data.appendingPathComponent("tweets.js"))
        let circle = tweets.replacingOccurrences(of: "window.YTD.tweets.part0", with: "window.YTD.twitter_circle_tweet.part0")
            .replacingOccurrences(of: "\"id_str\" : \"", with: "\"id_str\" : \"9")
        try Data(circle.utf8).write(to: data.appendingPathComponent("circle-export.js"))  // odd name: found by content
        let (posts, summary) = try Ingestor().readAll(paths: [dir.path])
        #expect(posts.count == 10)
        #expect(posts.filter { $0.flags.contains(.restricted) }.count == 5)
        #expect(summary.sources[0].files.contains { $0.role == "twitter-circle-tweet" && $0.entry == "data/circle-export.js" })
    }

    @Test func emptyTweetsFile() throws {
        let dir = try Fixtures.temporaryFolder("engage-empty")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("window.YTD.tweets.part0 = [ ]".utf8).write(to: dir.appendingPathComponent("data/tweets.js"))
        try FileManager.default.copyItem(atPath: Fixtures.corpus("x/archive-2024/data/account.js"),
                                         toPath: dir.appendingPathComponent("data/account.js").path)
        let (posts, summary) = try Ingestor().readAll(paths: [dir.path])
        #expect(posts.isEmpty)
        #expect(summary.sources.first?.owner?.handle == "lenafjord")
        #expect(summary.unreadFiles.isEmpty)
    }

    @Test func partialArchiveIsReportedAndTheMissingPartListed() throws {
        let (posts, summary) = try Self.read("x/partial")
        let source = try #require(summary.sources.first)
        #expect(posts.count == 1)
        #expect(source.notes.contains { $0.contains("isPartialArchive") })
        let unread = summary.unreadFiles
        #expect(unread.count == 1)
        #expect(unread.first?.file.entry == "data/tweets-part1.js")
        #expect(summary.diagnostics.contains { $0.code == "file-missing" })
    }

    // MARK: - Real archive files of the older shape (shared corpora)

    /// The real `account.js`, `follower.js` … of an older archive: alone they are an archive without
    /// tweets; with a tweets file beside them, the owner comes from the real `account.js`.
    @Test func realOlderShapeArchiveFiles() throws {
        guard let shared = Fixtures.shared("x/api-v1.1-and-archive-shape/zip_contents") else { return }
        do {
            _ = try Ingestor().readAll(paths: [shared])
            Issue.record("expected no-tweets-file")
        } catch let e as EngageError {
            #expect(e.code == .noTweetsFile)
            #expect(e.file == shared)
        }
        let dir = try Fixtures.temporaryFolder("engage-older-shape")
        for name in try FileManager.default.contentsOfDirectory(atPath: shared) {
            try FileManager.default.copyItem(atPath: shared + "/" + name, toPath: dir.appendingPathComponent(name).path)
        }
        try FileManager.default.copyItem(atPath: Fixtures.corpus("x/archive-2019-flat/tweet.js"),
                                         toPath: dir.appendingPathComponent("tweet.js").path)
        let (posts, summary) = try Ingestor().readAll(paths: [dir.path])
        let source = try #require(summary.sources.first)
        #expect(source.owner?.id == "12497")
        #expect(source.owner?.handle == "simonw")
        #expect(source.owner?.name == "Simon Willison")
        #expect(source.variant == "2018–19 (tweet.js, unwrapped), flat layout, no manifest")
        #expect(posts.count == 4)
        #expect(posts.allSatisfy { $0.author?.handle == "simonw" })
    }
}
