import EngageCore
@testable import EngageIngest
import EngageTestSupport
import EngageXML
import Foundation
import Testing

@Suite struct SavedPageTests {
    /// No comment's text may appear in the page's body record.
    func expectNoLeak(_ r: BlogRead.Result, _ label: String) {
        guard let body = r.articles.first.map({ BlogRead.squeeze($0.text) }) else { return }
        for c in r.comments where c.text.count >= 20 {
            #expect(!body.contains(BlogRead.squeeze(c.text)), "\(label): comment \(c.id) leaks into the body")
        }
    }

    @Test func wordpressHTML5Theme() throws {
        let r = try BlogRead.fixture("html/wordpress-html5.html")
        #expect(r.source.format == .htmlPage)
        #expect(r.source.variant == "comments: wordpress")
        let post = try #require(r.articles.first)
        #expect(post.id == "blog.example.com/42")  // body.postid-42: the id the site's export gives
        #expect(post.platform == .wordpress)
        #expect(post.title == "Five things we learned shipping our first release")
        #expect(post.createdAt == DateParser.parse("2023-09-08T10:12:07+00:00"))
        #expect(post.metrics.replies == 5)  // "5 thoughts on …"
        #expect(post.text == "We shipped our first release on a Friday. Here is what went right, and what we would change.\n\n"
                + "Point 3 is the one that matters: keep the previous build warm for at least a day after the release.")
        #expect(r.comments.map(\.id) == ["blog.example.com/comment-7", "blog.example.com/comment-8", "blog.example.com/comment-12",
                                         "blog.example.com/comment-15", "blog.example.com/comment-9"])
        let c7 = try #require(r.post("blog.example.com/comment-7"))
        #expect(c7.author == AuthorRef(name: "Dana Reader", url: "https://dana.example.org"))
        #expect(c7.createdAt == DateParser.parse("2023-09-08T14:03:11+02:00"))
        #expect(c7.text == "Point 3 matches our experience. How did you handle the rollback plan when the database schema had already changed?")
        #expect(c7.replyTo == post.id && c7.conversation == post.id)
        let c8 = try #require(r.post("blog.example.com/comment-8"))
        #expect(c8.replyTo == c7.id && c8.byOwner == true)  // bypostauthor
        let c12 = try #require(r.post("blog.example.com/comment-12"))
        #expect(c12.replyTo == c8.id && c12.moderation == .pending)
        #expect(c12.text == "Would love a follow-up post on the rollback drill itself.")  // no moderation notice
        #expect(r.post("blog.example.com/comment-15")?.text == "We do the same with feature flags: the flag is the rollback.\n\nSecond paragraph of the same comment.")
        let ping = try #require(r.post("blog.example.com/comment-9"))
        #expect(ping.commentType == .pingback)
        #expect(ping.author?.name == "Release notes « Other Blog")
        // The "Recent comments" widget is never a comment, and nothing of it is in the body.
        #expect(!BlogRead.everything(r).contains("Someone Else"))
        #expect(!post.text.contains("Leave a Reply") && !post.text.contains("Share this"))
        expectNoLeak(r, "wordpress-html5")
    }

    @Test func wordpressClassicThemeInLatin1() throws {
        let r = try BlogRead.fixture("html/wordpress-classic.html")
        #expect(r.comments.count == 3)
        let post = try #require(r.articles.first)
        #expect(post.text.hasPrefix("Postmortems sind zum Lernen da (ä als Latin-1: ä), nicht für Schuldzuweisungen."))
        let c31 = try #require(r.post("altes-blog.example.de/comment-31"))
        #expect(c31.author == AuthorRef(name: "Leserin Eins", url: "http://leser.example.de"))
        #expect(c31.text == "Sehr hilfreich, danke für die Vorlage!\n\nWir probieren das im nächsten Sprint aus.")
        #expect(c31.createdAt == nil && c31.flags.contains(.dateApproximate))  // a localized date
        #expect(r.source.notes.contains { $0.contains("29. März 2020 um 16:45 Uhr") })
        #expect(r.post("altes-blog.example.de/comment-32")?.byOwner == true)
        let tb = try #require(r.post("altes-blog.example.de/comment-33"))
        #expect(tb.commentType == .trackback && tb.author?.name == "Wochenschau » Links der Woche")
        #expect(tb.createdAt == DateParser.parse("2020-04-01T08:00:00Z"))
        expectNoLeak(r, "wordpress-classic")
    }

    @Test func bloggerTheme() throws {
        let r = try BlogRead.fixture("html/blogger-theme.html")
        #expect(r.source.variant == "comments: blogger")
        let post = try #require(r.articles.first)
        #expect(post.platform == .blogger && post.metrics.replies == 3)
        #expect(post.text == "We shipped our first release on a Friday.\n\nPoint 3: keep the previous build warm for a day.\n\nAnd write migrations you can undo.")
        #expect(r.comments.count == 3)
        let dana = try #require(r.post("example-notes.blogspot.com/comment-3333333333"))
        #expect(dana.createdAt == Date(timeIntervalSince1970: 1_694_201_744.027))  // showComment= milliseconds
        #expect(dana.text == "Point 3 matches our experience.\nHow did you handle the rollback plan?")
        let owner = try #require(r.post("example-notes.blogspot.com/comment-4444444444"))
        #expect(owner.replyTo == dana.id && owner.byOwner == true)  // blog-author icon
        #expect(owner.text == "We kept the previous build warm for a day.")
        #expect(r.post("example-notes.blogspot.com/comment-5555555555")?.author?.name == nil)  // Anonymous
        expectNoLeak(r, "blogger-theme")
    }

    @Test func drupal7() throws {
        let r = try BlogRead.fixture("html/drupal7.html")
        #expect(r.source.variant == "comments: drupal")
        #expect(r.comments.count == 3)
        let reply = try #require(r.post("civic.example.org/comment-102"))
        #expect(reply.replyTo == "civic.example.org/comment-101")  // div.indented after its parent
        #expect(reply.byOwner == true)  // comment-by-node-author
        #expect(reply.createdAt == DateParser.parse("2023-05-02T16:30:00Z"))
        #expect(r.post("civic.example.org/comment-101")?.author?.name == nil)  // Anonymous
        #expect(r.post("civic.example.org/comment-103")?.text == "Smart TVs were the surprise for me: the viewing data sharing is on by default.")
        #expect(r.articles.first?.text == "Routers, smart speakers and televisions all collect data about the people at home.\n\nHere are the settings we change first on every new device.")
        expectNoLeak(r, "drupal7")
    }

    @Test func disqusPlaceholderIsNotZeroComments() throws {
        let r = try BlogRead.fixture("html/disqus-placeholder.html")
        #expect(r.comments.isEmpty)
        #expect(r.source.notes == ["comments on Disqus, not in the file (Disqus count link: 27, unverified)"])
        #expect(r.articles.first?.metrics.replies == 27)
    }

    @Test func paginatedCommentsAreReportedAsNotCaptured() throws {
        let r = try BlogRead.fixture("html/wordpress-paginated.html")
        #expect(r.comments.count == 3)
        #expect(r.articles.first?.metrics.replies == 42)
        #expect(r.source.notes.contains { $0.contains("shows 42 comments but the file holds 3") })
    }

    @Test func genericFallbackIsMarkedLowConfidence() throws {
        let r = try BlogRead.fixture("html/generic-comments.html")
        #expect(r.source.variant == "comments: fallback")
        #expect(r.comments.map { $0.author?.name } == ["Morgan", "Quinn"])
        #expect(r.comments.map(\.text) == ["Same here, one file per project and grep for everything.",
                                           "I add tags on the first line so that I can filter by topic later."])
        #expect(r.comments[0].createdAt == DateParser.parse("2023-02-01"))
        #expect(r.source.notes.contains { $0.contains("low confidence") })
        expectNoLeak(r, "generic")
    }

    /// Readability's test pages: per-comment records for WordPress (Epoch), Drupal and WordPress markup;
    /// Readability's expected main content holds none of the comments, and neither does engage's body.
    @Test func readabilityPages() throws {
        // `goldLeaks`: comments Readability itself left in its expected body (firefox-nightly-blog: both; its
        // comment list is not marked up in a way Readability removes). engage's body must hold none.
        let cases: [(String, comments: Int, family: String?, goldLeaks: Int)] = [
            ("wordpress", 13, "epoch", 0), ("aclu", 10, "drupal", 0), ("firefox-nightly-blog", 2, "wordpress", 2),
            ("blogger", 0, nil, 0), ("breitbart", 0, nil, 0), ("lwn-1", 0, nil, 0), ("medium-1", 0, nil, 0),
        ]
        for (name, count, family, goldLeaks) in cases {
            guard let source = Fixtures.shared("html/mozilla-readability/\(name)/source.html"),
                  let expected = Fixtures.shared("html/mozilla-readability/\(name)/expected.html") else { continue }
            let r = try BlogRead.read(source)
            #expect(r.comments.count == count, "\(name)")
            #expect(r.source.variant == family.map { "comments: \($0)" }, "\(name)")
            #expect(r.articles.count == 1, "\(name)")
            expectNoLeak(r, name)
            let gold = try MarkupDocument.parseHTML(Array(FileManager.default.contents(atPath: expected) ?? Data()))
            let goldText = BlogRead.squeeze(gold.root?.readableText() ?? "")
            #expect(goldText.count > 1000, "\(name): expected.html read")
            let inGold = r.comments.filter { $0.text.count >= 20 && goldText.contains(BlogRead.squeeze($0.text)) }
            #expect(inGold.count == goldLeaks, "\(name): comments in Readability's expected body")
            // engage's body keeps Readability's main content: most of its paragraphs are there.
            let body = BlogRead.squeeze(r.articles[0].text)
            let goldLines = (gold.root?.readableText() ?? "").split(separator: "\n").map { BlogRead.squeeze(String($0)) }
                .filter { line in line.count >= 60 && !inGold.contains(where: { c in BlogRead.squeeze(c.text).contains(line) }) }
            let kept = goldLines.filter { body.contains($0.prefix(60)) }.count
            #expect(goldLines.isEmpty || Double(kept) >= 0.8 * Double(goldLines.count),
                    "\(name): body keeps \(kept) of \(goldLines.count) of Readability's paragraphs")
        }
        guard let wp = Fixtures.shared("html/mozilla-readability/wordpress/source.html") else { return }
        let r = try BlogRead.read(wp)
        // Epoch: dates from the shown text (the datetime attribute is a placeholder), threads by child-of-N.
        let barry = try #require(r.post("wptavern.com/comment-215125"))
        #expect(barry.replyTo == "wptavern.com/comment-215114")
        #expect(barry.createdAt == DateParser.parse("2017-03-10T02:56:00Z"))
        #expect(r.comments.allSatisfy { !$0.text.hasSuffix("Report") })  // the moderation plugin's link
        #expect(r.comments.first { $0.id == "wptavern.com/comment-215219" }?.author?.name == "Ammon")
        #expect(r.articles[0].metrics.replies == 13)
        guard let ff = Fixtures.shared("html/mozilla-readability/firefox-nightly-blog/source.html") else { return }
        let f = try BlogRead.read(ff)
        #expect(f.articles[0].id == "blog.nightly.mozilla.org/997")
        #expect(f.comments.map { $0.author?.name } == ["Alan Goodale", "John Doe"])  // the recent-comments widget is not read
    }
}
