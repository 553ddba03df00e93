@testable import EngageIngest
import EngageCore
import Testing

@Suite struct XSharedTests {
    @Test(arguments: [
        ("https://twitter.com/other_dev/status/1700000000000000101", "other_dev", "1700000000000000101"),
        ("https://x.com/other_dev/status/17?s=20", "other_dev", "17"),
        ("http://mobile.twitter.com/a_b/statuses/42/photo/1", "a_b", "42"),
        ("https://twitter.com/i/web/status/99", nil, "99"),
    ])
    func statusURLs(url: String, handle: String?, id: String) throws {
        let parsed = try #require(XStatusURL.parse(url))
        #expect(parsed.handle == handle)
        #expect(parsed.id == id)
    }

    @Test(arguments: ["https://blog.example.com/status/1", "https://twitter.com/other_dev", "ftp://x.com/a/status/1",
                      "https://twitter.com/other_dev/status/abc"])
    func notStatusURLs(url: String) {
        #expect(XStatusURL.parse(url) == nil)
    }

    @Test func clientFromAnchor() {
        #expect(XClientName.from("<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>") == "Twitter Web App")
        #expect(XClientName.from("Twitter for iPhone") == "Twitter for iPhone")
        #expect(XClientName.from("<a href=\"x\">A &amp; B</a>") == "A & B")
        #expect(XClientName.from("") == nil)
    }

    @Test func kindPrecedence() {
        #expect(XPostKind.decide(isRetweet: true, replyToStatus: "1", replyToUser: "9", authorId: "9", ownerId: "9",
                                 startsWithMention: true, isQuote: true) == .repost)
        #expect(XPostKind.decide(isRetweet: false, replyToStatus: "1", replyToUser: "9", authorId: nil, ownerId: "9",
                                 startsWithMention: false, isQuote: true) == .selfReply)
        #expect(XPostKind.decide(isRetweet: false, replyToStatus: "1", replyToUser: "8", authorId: nil, ownerId: "9",
                                 startsWithMention: true, isQuote: false) == .reply)
        #expect(XPostKind.decide(isRetweet: false, replyToStatus: nil, replyToUser: "8", authorId: nil, ownerId: "9",
                                 startsWithMention: true, isQuote: false) == .reply)
        #expect(XPostKind.decide(isRetweet: false, replyToStatus: nil, replyToUser: "8", authorId: nil, ownerId: "9",
                                 startsWithMention: false, isQuote: true) == .quote)
        #expect(XPostKind.decide(isRetweet: false, replyToStatus: nil, replyToUser: nil, authorId: nil, ownerId: nil,
                                 startsWithMention: false, isQuote: false) == .original)
    }

    @Test func textSlicesScalarsOfTheEscapedTextThenUnescapes() {
        // FORMATS.md §1.2: #buildinpublic is 74–88 in scalars (the rocket is one scalar, two UTF-16 units).
        let text = "Five things we learned shipping our first release &amp; what comes next 🚀 #buildinpublic https://t.co/AbCdEfGh12"
        let out = XTweetText.render(escaped: text, spans: [
            .init(start: 89, end: 112, replacement: "https://blog.example.com/launch"),
        ])
        #expect(out == "Five things we learned shipping our first release & what comes next 🚀 #buildinpublic https://blog.example.com/launch")
        let noMedia = XTweetText.render(escaped: "Look &gt; here https://t.co/media1", spans: [.init(start: 15, end: 34, replacement: "")])
        #expect(noMedia == "Look > here")
    }
}
