import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct BloggerTests {
    @Test func classicFixture() throws {
        let r = try BlogRead.fixture("blog/blogger-classic.xml")
        #expect(r.source.format == .bloggerClassic)
        #expect(r.source.notes.contains("entries that are not content, not read: settings 1, template 1"))
        let post = try #require(r.post("tag:blogger.com,1999:blog-1111111111.post-2222222222"))
        #expect(post.platform == .blogger && post.metrics.replies == 2 && post.byOwner == true)
        #expect(post.text == "We shipped…\n\nPoint 3 matters.")
        #expect(r.post("tag:blogger.com,1999:blog-1111111111.post-6666666666")?.flags.contains(.draft) == true)  // undeclared app:
        let dana = try #require(r.post("tag:blogger.com,1999:blog-1111111111.post-3333333333"))
        #expect(dana.replyTo == post.id && dana.conversation == post.id && dana.byOwner == false)
        #expect(dana.text == "Point 3 matches our experience.\nHow did you handle the rollback plan?")
        #expect(dana.createdAt == DateParser.parse("2023-09-08T12:35:44.027-07:00"))
        let reply = try #require(r.post("tag:blogger.com,1999:blog-1111111111.post-4444444444"))
        #expect(reply.replyTo == dana.id)  // link rel="related" names the parent comment
        #expect(reply.byOwner == true)
        #expect(!BlogRead.everything(r).contains("noreply@blogger.com"))
    }

    @Test func takeoutFixture() throws {
        let r = try BlogRead.fixture("blog/blogger-takeout")
        #expect(r.source.format == .bloggerTakeout)
        #expect(r.published.map(\.id) == ["tag:blogger.com,1999:blog-1111111111.post-2222222222"])
        #expect(r.comments.count == 3)
        #expect(r.post("tag:blogger.com,1999:blog-1111111111.post-4444444444")?.replyTo
            == "tag:blogger.com,1999:blog-1111111111.post-3333333333")
        let trashed = try #require(r.post("tag:blogger.com,1999:blog-1111111111.post-5555555555"))
        #expect(trashed.moderation == .trash)
        #expect(trashed.author?.name == nil)  // "Anonymous" is a placeholder
        #expect(r.post("tag:blogger.com,1999:blog-1111111111.post-6666666666")?.flags.contains(.draft) == true)
        #expect(r.post("tag:blogger.com,1999:blog-1111111111.page-7777777777")?.flags.contains(.notAPost) == true)
    }

    @Test func sharedBloggerExports() throws {
        let cases: [(String, published: Int, comments: Int, apart: Int)] = [
            ("google-blog-converters/blogger-sample.xml", 3, 2, 0),   // ns0: prefixes
            ("google-blog-converters/blogger-sample2.xml", 4, 3, 0),  // 47 settings, 1 template
            ("google-blog-converters/blogger.goldenfile.1.xml", 4, 3, 0),
            ("pelican/bloggerexport.xml", 1, 1, 3),                   // a draft, two pages; undeclared app:
            ("tryghost-migrate/mg-blogger-xml_sample.xml", 2, 0, 1),
        ]
        for (file, published, comments, apart) in cases {
            guard let path = Fixtures.shared("blog/" + file) else { continue }
            let r = try BlogRead.read(path)
            #expect(r.source.format == .bloggerClassic, "\(file)")
            #expect(r.published.count == published, "\(file)")
            #expect(r.comments.count == comments, "\(file)")
            #expect(r.articles.count - r.published.count == apart, "\(file)")
            let ids = Set(r.articles.map(\.id))
            #expect(r.comments.allSatisfy { $0.conversation.map(ids.contains) == true }, "\(file): comments name their post")
        }
    }
}
