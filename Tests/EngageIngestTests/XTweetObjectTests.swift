import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

/// The pieces of X archive reading, one by one: the tweet scanner, edit chains, the long-post join,
/// owner inference, data file recognition.
@Suite struct XTweetObjectTests {
    static func scan(_ json: String) throws -> XTweetObject {
        var text = json
        return try text.withUTF8 { b in
            var c = JSONCursor(bytes: b)
            return try XTweetObject.scan(&c)
        }
    }

    @Test func wrappedAndUnwrappedReadTheSame() throws {
        let inner = """
            { "source" : "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",
              "favorite_count" : "12", "id_str" : "1700000000000000101", "retweet_count" : 3,
              "id" : "1700000000000000101", "created_at" : "Fri Sep 08 10:12:07 +0000 2023",
              "full_text" : "Hello &amp; welcome", "lang" : "en", "retweeted" : false, "favorited" : false }
            """
        let a = try Self.scan(inner)
        let b = try Self.scan("{ \"tweet\" : \(inner) }")
        #expect(!a.wrapped && b.wrapped)
        for t in [a, b] {
            #expect(t.id == "1700000000000000101")
            #expect(t.likes == 12 && t.reposts == 3)  // strings or numbers
            #expect(t.client == "Twitter Web App")
            #expect(t.createdAt == DateParser.parse("2023-09-08T10:12:07Z"))
            #expect(t.text == "Hello &amp; welcome")  // still escaped: entity offsets refer to this
        }
    }

    @Test func idStrWinsOverAnImpreciseNumber() throws {
        #expect(try Self.scan(#"{ "id" : 804366144505319400, "id_str" : "804366144505319425" }"#).id == "804366144505319425")
        #expect(try Self.scan(#"{ "id_str" : "804366144505319425", "id" : 804366144505319400 }"#).id == "804366144505319425")
        #expect(try Self.scan(#"{ "id" : 42 }"#).id == "42")
        // Nulls where v1.1 writes them.
        let t = try Self.scan(#"{ "id_str" : "1", "in_reply_to_status_id" : null, "in_reply_to_status_id_str" : null, "source" : null }"#)
        #expect(t.replyToStatus == nil && t.client == nil)
    }

    @Test func mediaComeFromExtendedEntitiesElseEntities() throws {
        let both = try Self.scan("""
            { "entities" : { "media" : [ { "type" : "photo", "url" : "https://t.co/a", "indices" : [ "5", "28" ] } ] },
              "extended_entities" : { "media" : [ { "type" : "photo", "url" : "https://t.co/a", "indices" : [ "5", "28" ] },
                                                  { "type" : "video", "url" : "https://t.co/a", "indices" : [ "5", "28" ] } ] } }
            """)
        #expect(both.media.map(\.type) == ["photo", "video"])
        let only = try Self.scan("""
            { "entities" : { "hashtags" : [ ], "media" : [ { "type" : "animated_gif", "media_url" : "http://m/1.jpg",
              "indices" : [ 0, 23 ], "sizes" : [ { "w" : 1 } ] } ], "urls" : [ ] } }
            """)
        #expect(only.media.count == 1)
        #expect(only.media[0].type == "animated_gif")
        #expect(only.media[0].mediaURL == "http://m/1.jpg")
        #expect(only.media[0].start == 0 && only.media[0].end == 23)
    }

    @Test func editChains() throws {
        let single = try Self.scan(#"{ "edit_info" : { "initial" : { "editTweetIds" : [ "5" ], "editsRemaining" : "5" } } }"#)
        #expect(single.editIds.isEmpty)
        let initial = try Self.scan(#"{ "edit_info" : { "initial" : { "editTweetIds" : [ "5", "9" ] } } }"#)
        #expect(initial.editIds == ["5", "9"])
        let edit = try Self.scan(#"{ "edit_info" : { "edit" : { "initialTweetId" : "5", "editControlInitial" : { "editTweetIds" : [ "5", "9" ] } } } }"#)
        #expect(edit.editIds == ["5", "9"])

        func post(_ id: String) -> Post {
            Post(platform: .x, id: id, text: id, provenance: Provenance(source: "t"))
        }
        // Newest first (the usual order): the older version is dropped when it comes.
        var chains = XEditChains()
        #expect(chains.decide(id: "9", chain: ["5", "9"]) == .newest)
        #expect(chains.decide(id: "5", chain: ["5", "9"]) == .superseded)
        chains.hold(post("5"), chain: ["5", "9"])
        #expect(chains.orphans().isEmpty)
        #expect(chains.collapsed == 1 && chains.chains == 1)
        // Older versions first: held, then dropped when the newest arrives.
        chains = XEditChains()
        #expect(chains.decide(id: "5", chain: ["5", "7", "9"]) == .superseded)
        chains.hold(post("5"), chain: ["5", "7", "9"])
        chains.hold(post("7"), chain: ["5", "7", "9"])
        #expect(chains.decide(id: "9", chain: ["5", "7", "9"]) == .newest)
        #expect(chains.orphans().isEmpty)
        #expect(chains.collapsed == 2)
        // The newest version is missing: the newest present is kept.
        chains = XEditChains()
        chains.hold(post("7"), chain: ["5", "7", "9"])
        chains.hold(post("5"), chain: ["5", "7", "9"])
        let orphans = chains.orphans()
        #expect(orphans.map(\.post.id) == ["7"])
        #expect(orphans.first?.missingNewest == "9")
        #expect(chains.decide(id: "3", chain: []) == .plain)
    }

    @Test func noteJoinTieBreaksOnTheTextPrefix() {
        var notes = XNoteTweets()
        let long = "Five things we learned shipping our first release & why the changelog comes first. " + String(repeating: "More words. ", count: 30)
        notes.add(.init(text: long, links: [], mentions: [], hashtags: [], second: 100, offset: 0,
                        joinText: XNoteTweets.joinText(long)))
        // Two tweets in that second: the thread part does not join; the truncated tweet does, once.
        #expect(notes.claim(second: 100, escapedText: "P.S. slides are up https://t.co/x") == nil)
        let truncated = "Five things we learned shipping our first release &amp; why the changelog comes first. More words. More\u{2026} https://t.co/abc"
        #expect(notes.claim(second: 101, escapedText: truncated) == nil)
        #expect(notes.claim(second: 100, escapedText: truncated)?.text == long)
        #expect(notes.claim(second: 100, escapedText: truncated) == nil)
        #expect(notes.unmatched.isEmpty)
        // Links in a note are replaced by their expansions (code-point offsets into the raw text).
        let text = "🚀 Read: https://t.co/ZzYy"
        let note = XNoteTweets.Note(text: text, links: [.init(url: "https://t.co/ZzYy", expanded: "https://blog.example.com/c", start: 8, end: 25)],
                                    mentions: [], hashtags: [], second: 1, offset: 0, joinText: "")
        #expect(note.renderedText == "🚀 Read: https://blog.example.com/c")
    }

    @Test func ownerFromMediaLinksWhenThereAreNoThreads() {
        var inference = XOwnerInference()
        var t = XTweetObject()
        t.id = "77"
        t.media = [.init(type: "photo", url: "https://t.co/a", mediaURL: nil,
                         expanded: "https://twitter.com/Juno_Writes/status/77/photo/1", start: 0, end: 1)]
        inference.add(t)
        var r = XTweetObject()
        r.id = "78"
        r.replyToStatus = "1"
        r.replyToUser = "555"
        r.replyToHandle = "juno_writes"
        inference.add(r)
        let result = inference.result()
        #expect(result?.account.handle == "juno_writes")
        #expect(result?.account.id == "555")
        var empty = XOwnerInference()
        #expect(empty.result() == nil)
    }

    @Test(arguments: [
        ("window.YTD.tweets.part0 = [", XDataFile.ytd(stem: "tweets", part: 0)),
        ("\u{FEFF}window.YTD.tweet.part12 = [ {", XDataFile.ytd(stem: "tweet", part: 12)),
        ("  window.YTD.deleted_tweets.part0 = [ ]", XDataFile.ytd(stem: "deleted_tweets", part: 0)),
        ("window.__THAR_CONFIG = {", XDataFile.manifest),
        ("Grailbird.data.tweets_2015_04 = ", XDataFile.other),
        ("const tweets = [", XDataFile.other),
        ("", XDataFile.other),
    ])
    func dataFilesAreRecognisedByContent(head: String, expected: XDataFile) {
        #expect(XDataFile.identify(Array(head.utf8)) == expected)
    }

    @Test func rolesByFileName() {
        #expect(XDataFile.Role(fileName: "tweets-part3.js") == .tweets)
        #expect(XDataFile.Role(fileName: "tweet.js") == .tweets)
        #expect(XDataFile.Role(fileName: "note-tweet.js") == .noteTweet)
        #expect(XDataFile.Role(fileName: "twitter-circle-tweet.js") == .circleTweet)
        #expect(XDataFile.Role(fileName: "like.js") == nil)
        #expect(XDataFile.partNumber(fileName: "tweets-part3.js") == 3)
    }

    @Test func clientCacheDecodesEachAnchorOnce() throws {
        var cache = XClientCache()
        var json = #""<a href=\"x\" rel=\"nofollow\">Tweetbot for i\u039FS</a>""#
        let name = try json.withUTF8 { b -> String? in
            var c = JSONCursor(bytes: b)
            let raw = try c.readRawString()
            _ = cache.client(raw)
            return cache.client(raw)
        }
        #expect(name == "Tweetbot for i\u{039F}S")
    }

    @Test func rawTextRendering() {
        #expect(XTweetText.render(raw: "a &amp; b https://t.co/x", spans: [.init(start: 10, end: 24, replacement: "")]) == "a &amp; b")
    }
}
