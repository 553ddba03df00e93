import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct FeedTests {
    @Test func rssFeedOfAWordPressCompetitor() throws {
        let r = try BlogRead.fixture("blog/feed-rss.xml")
        #expect(r.source.format == .rss)
        #expect(r.source.notes.contains { $0.hasPrefix("a feed holds only the latest items (here 3)") })
        #expect(r.articles.map(\.id) == ["competitor.example.com/301", "competitor.example.com/298", "competitor.example.com/290"])
        #expect(r.articles.allSatisfy { $0.platform == .wordpress })
        #expect(r.post("competitor.example.com/301")?.title == "Follow us for a follow back – growth hack #1")
        #expect(r.post("competitor.example.com/301")?.metrics.replies == 0)
        #expect(r.post("competitor.example.com/298")?.metrics.replies == 12)
        #expect(r.post("competitor.example.com/290")?.metrics.replies == nil)
        #expect(r.post("competitor.example.com/290")?.text == "Short & sweet.")
        #expect(r.post("competitor.example.com/290")?.author?.name == "Growth Guru")  // never the address
        #expect(r.post("competitor.example.com/290")?.createdAt == DateParser.parse("2023-08-29T13:00:00Z"))
        #expect(!BlogRead.everything(r).contains("guru@competitor.example.com"))
    }

    @Test func wordpressCommentFeed() throws {
        let r = try BlogRead.fixture("blog/feed-comments-wordpress.xml")
        #expect(r.source.variant == "comment feed")
        #expect(r.comments.map(\.id) == ["competitor.example.com/comment-812", "competitor.example.com/comment-813"])
        #expect(r.comments[0].replyTo == "competitor.example.com/298")  // the post's id in the site's own scheme
        #expect(r.comments[1].replyTo == "competitor.example.com/comment-812")  // "In reply to …"
        #expect(r.comments.allSatisfy { $0.moderation == .approved && $0.conversation == "competitor.example.com/298" })
    }

    @Test func atomFeed() throws {
        let r = try BlogRead.fixture("blog/feed-atom.xml")
        #expect(r.source.format == .atom)
        let first = try #require(r.articles.first)
        #expect(first.title == "Shipping & learning")
        #expect(first.text == "We ship every week.\n\nSee our cadence notes.")
        #expect(first.urls == ["https://docs.example.org/cadence"])
        #expect(first.metrics.replies == 4)
        #expect(first.createdAt == DateParser.parse("2023-09-10T07:00:00Z"))
        #expect(r.articles[1].text == "Just a summary, no content <not markup>.")
        #expect(r.articles[1].metrics.replies == 0)
        #expect(!BlogRead.everything(r).contains("alex@another.example.org"))
    }

    @Test func malformedMediumFeedRecovers() throws {
        guard let path = Fixtures.shared("blog/jekyll-import/medium_feed.xml") else { return }
        let r = try BlogRead.read(path)
        #expect(r.source.format == .rss)
        #expect(r.articles.count == 2)
        #expect(r.articles.allSatisfy { $0.platform == .medium })
        #expect(r.articles.map(\.id) == ["50703370aea7", "1cdf174bc674"])  // the ids of the owner's export
        #expect(r.articles[0].flags.contains(.recovered))  // line 31: <<![CDATA[
        #expect(r.articles[1].flags.contains(.recovered) == false)
        #expect(r.codes.contains("recovered-xml"))
    }
}
