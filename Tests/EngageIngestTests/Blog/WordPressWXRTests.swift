import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct WordPressWXRTests {
    @Test func pitfallsFixtureReadsEveryField() throws {
        let r = try BlogRead.fixture("blog/wordpress-pitfalls.xml")
        #expect(r.source.format == .wordpressWXR)
        #expect(r.source.variant == "WXR 1.2")
        #expect(r.source.owner?.name == "Example Blog")
        #expect(r.published.map(\.id) == ["blog.example.com/42", "blog.example.com/30"])
        #expect(r.articles.count == 6)
        #expect(r.comments.count == 10)

        let post = try #require(r.post("blog.example.com/42"))
        #expect(post.platform == .wordpress)
        #expect(post.title == "Five things we learned shipping our first release")
        #expect(post.url == "https://blog.example.com/2023/09/five-things/")
        #expect(post.author == AuthorRef(handle: "example_user", name: "Example User"))
        #expect(post.createdAt == DateParser.parse("2023-09-08T10:12:07Z"))
        #expect(post.byOwner == true)
        #expect(post.text.hasPrefix("We shipped our first release on a Friday."))
        #expect(post.text.contains("What’s next is a rollback drill."))
        #expect(!post.text.contains("[caption") && !post.text.contains("[/caption]") && !post.text.contains("wp:paragraph"))
        #expect(post.urls == ["https://docs.example.org/rollbacks"])
        #expect(post.media.map(\.url) == ["https://blog.example.com/wp-content/uploads/2023/09/board.jpg"])
        #expect(post.lang == "en-US")
        #expect(post.metrics.isEmpty)

        let c7 = try #require(r.post("blog.example.com/comment-7"))
        #expect(c7.replyTo == "blog.example.com/42")
        #expect(c7.conversation == "blog.example.com/42")
        #expect(c7.commentType == .comment && c7.moderation == .approved && c7.byOwner == false)
        #expect(c7.author == AuthorRef(name: "Dana Reader"))  // "http://" is no address
        #expect(c7.text == "Point 3 matches our experience.\n\nHow did you handle the rollback plan?")
        #expect(c7.sourceSpamLabel == false)
        #expect(c7.createdAt == DateParser.parse("2023-09-08 12:03:11"))

        let c8 = try #require(r.post("blog.example.com/comment-8"))
        #expect(c8.replyTo == "blog.example.com/comment-7")
        #expect(c8.byOwner == true)  // user id 1 is an author
        #expect(c8.author?.id == "1")

        let ping = try #require(r.post("blog.example.com/comment-9"))
        #expect(ping.commentType == .pingback)
        #expect(ping.author?.name == "Release notes « Other Blog")
        #expect(ping.author?.url == "https://other.example.net/2023/09/release-notes/")
        #expect(ping.sourceSpamLabel == false)  // Akismet said spam, a person said not: the person wins
        #expect(r.post("blog.example.com/comment-10")?.commentType == .trackback)

        let spam = try #require(r.post("blog.example.com/comment-11"))
        #expect(spam.moderation == .spam)
        #expect(spam.sourceSpamLabel == true)  // check-ham, then a person reported spam
        #expect(spam.flags.contains(.dateApproximate))  // 0000-00-00 GMT: the local date was used
        #expect(spam.createdAt == DateParser.parse("2023-09-10 03:00:00"))

        #expect(r.post("blog.example.com/comment-12")?.moderation == .pending)
        #expect(r.post("blog.example.com/comment-12")?.replyTo == "blog.example.com/comment-8")
        let orphan = try #require(r.post("blog.example.com/comment-13"))
        #expect(orphan.moderation == .trash)
        #expect(orphan.replyTo == "blog.example.com/comment-99")
        #expect(orphan.flags.contains(.orphan))
        #expect(r.post("blog.example.com/comment-14")?.moderation == .trash)  // post-trashed
        #expect(r.post("blog.example.com/comment-14")?.byOwner == true)  // display name of an author
        #expect(r.post("blog.example.com/comment-31")?.byOwner == true)

        // Pages, drafts, attachments and menu items are flagged and counted apart.
        #expect(r.post("blog.example.com/2")?.flags.contains(.notAPost) == true)
        #expect(r.post("blog.example.com/2")?.flags.contains(.dateApproximate) == true)
        #expect(r.post("blog.example.com/50")?.flags.contains(.draft) == true)
        #expect(r.post("blog.example.com/43")?.flags == [.draft, .notAPost])
        #expect(r.post("blog.example.com/60")?.createdAt == nil)  // every date impossible, never a crash
        #expect(r.post("blog.example.com/comment-20")?.replyTo == "blog.example.com/2")
        #expect(r.source.notes.contains("items that are not posts, counted apart: attachment 1, nav_menu_item 1, page 1"))
        #expect(r.source.notes.contains("unpublished posts, counted apart: draft 1"))
        #expect(r.codes.contains("odd-date"))
        #expect(r.codes.contains("namespace-error"))  // the undeclared atom: prefix

        // Never an e-mail or IP address anywhere.
        let all = BlogRead.everything(r)
        for pii in ["dana@example.org", "owner@example.com", "192.0.2.10", "198.51.100.7", "promo@spam.example", "203.0.113"] {
            #expect(!all.contains(pii), "\(pii) must not be output")
        }
    }

    @Test func unsplitCDATARecoversTheRestAndFlagsIt() throws {
        let r = try BlogRead.fixture("blog/wordpress-broken-cdata.xml")
        #expect(r.published.count == 3)
        #expect(r.comments.count == 3)
        #expect(r.post("old.example.com/1")?.flags.contains(.recovered) == false)
        #expect(r.post("old.example.com/2")?.flags.contains(.recovered) == true)
        #expect(r.post("old.example.com/comment-2")?.flags.contains(.recovered) == true)
        #expect(r.post("old.example.com/3")?.flags.contains(.recovered) == false)
        #expect(r.post("old.example.com/3")?.text.contains("Mention") == true)
        #expect(r.post("old.example.com/comment-3")?.moderation == .pending)
        // Line numbers point into the original file.
        #expect(r.post("old.example.com/2")?.provenance.line == 33)
        #expect(r.post("old.example.com/comment-3")?.provenance.line == 61)
        let warning = try #require(r.summary.diagnostics.first { $0.code == "recovered-xml" })
        #expect(warning.line == 37)
    }

    @Test func truncatedExportReadsWhatIsThere() throws {
        let r = try BlogRead.fixture("blog/wordpress-truncated.xml")
        #expect(r.published.count == 3)
        #expect(r.comments.count == 3)
        #expect(r.post("old.example.com/3")?.flags.contains(.recovered) == true)
        #expect(r.post("old.example.com/comment-3")?.moderation == nil)  // cut before its status
        #expect(r.codes.contains("truncated"))
    }

    @Test func wxr10WithUndeclaredPrefixes() throws {
        let r = try BlogRead.fixture("blog/wordpress-1.0-undeclared.xml")
        #expect(r.source.variant == "WXR 1.0")
        #expect(r.published.count == 1)
        #expect(r.comments.count == 1)
        #expect(r.articles[0].text == "Old posts kept paragraphs as newlines.\n\nSecond paragraph.")
        #expect(r.articles[0].url == "http://veryold.example.com/2008/01/hello/")  // not the undeclared atom:link
        #expect(r.articles[0].flags.contains(.dateApproximate))  // only a site-local date
        #expect(r.comments[0].author?.url == "http://early.example.org")
    }

    @Test func severalNumberedFilesInAFolder() throws {
        let dir = try Fixtures.temporaryFolder("wxr-split")
        let src = try String(contentsOfFile: Fixtures.corpus("blog/wordpress-pitfalls.xml"), encoding: .utf8)
        try src.write(to: dir.appendingPathComponent("site.wordpress.2025-01-19.000.xml"), atomically: true, encoding: .utf8)
        try String(contentsOfFile: Fixtures.corpus("blog/wordpress-1.0-undeclared.xml"), encoding: .utf8)
            .write(to: dir.appendingPathComponent("site.wordpress.2025-01-19.001.xml"), atomically: true, encoding: .utf8)
        try "not an export".write(to: dir.appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)
        let r = try BlogRead.read(dir.path)
        #expect(r.source.format == .wordpressWXR)
        #expect(r.source.files.map(\.entry) == ["site.wordpress.2025-01-19.000.xml", "site.wordpress.2025-01-19.001.xml"])
        #expect(r.source.files.map(\.records) == [16, 2])
        #expect(r.published.count == 3)
        #expect(r.posts.first?.provenance.entry == "site.wordpress.2025-01-19.000.xml")
    }

    @Test func externalEntitiesAreNeverLoadedFromAnExport() throws {
        let dir = try Fixtures.temporaryFolder("wxr-xxe")
        let secret = dir.appendingPathComponent("secret.txt")
        try "SECRET-PASSWD-LINE".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>t</title><wp:wxr_version>1.2</wp:wxr_version>
        <item><title>&xxe;</title><content:encoded>before &xxe; after</content:encoded><wp:post_id>1</wp:post_id>
        <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>
        """
        let file = dir.appendingPathComponent("xxe.xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        let r = try BlogRead.read(file.path)
        #expect(r.published.count == 1)
        #expect(!BlogRead.everything(r).contains("SECRET-PASSWD-LINE"))
    }

    @Test func billionLaughsExportIsRefused() throws {
        let dir = try Fixtures.temporaryFolder("wxr-lol")
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n"
        for i in 1...9 { xml += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">\n" }
        xml += "]>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
        xml += "<item><title>&l9;</title><wp:post_id>1</wp:post_id></item></channel></rss>"
        let file = dir.appendingPathComponent("lol.xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try BlogRead.read(file.path)
            Issue.record("expected unsafe-input")
        } catch let e as EngageError {
            #expect(e.code == .unsafeInput)
        }
    }
}
