import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct GhostTests {
    @Test func postsOnlyAndNoSecrets() throws {
        let r = try BlogRead.fixture("blog/ghost-export.json")
        #expect(r.source.format == .ghost)
        #expect(r.source.variant == "Ghost 5.75.1-0-g3004c114")
        #expect(r.source.countsAsOf == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(r.published.map(\.id) == ["65a0c0ffee0000000000002a", "65a0c0ffee0000000000002b"])
        let p = try #require(r.post("65a0c0ffee0000000000002a"))
        #expect(p.text == "We shipped our first release on a Friday.\n\nPoint 3: keep the previous build warm. Details in our rollback notes and the docs.")
        #expect(p.urls == ["https://docs.example.org/rollbacks"])  // __GHOST_URL__ links are the site's own
        #expect(p.media.first?.url == "/content/images/2023/09/cover.jpg")
        #expect(r.post("65a0c0ffee0000000000002b")?.flags.contains(.restricted) == true)
        #expect(r.post("65a0c0ffee0000000000002c")?.flags.contains(.draft) == true)
        #expect(r.post("65a0c0ffee0000000000002d")?.flags.contains(.notAPost) == true)
        #expect(r.comments.isEmpty)
        let all = BlogRead.everything(r)
        for secret in ["SECRET", "$2a$10$", "owner@example.com", "members_private_key"] {
            #expect(!all.contains(secret))
        }
    }

    @Test func brokenJSONIsAClearError() throws {
        let dir = try Fixtures.temporaryFolder("ghost")
        let file = dir.appendingPathComponent("ghost.json")
        try #"{"db":[{"meta":{"exported_on":1700000000000,"version":"5.0"},"data":{"posts":[{"id":"a","title":"x""#
            .write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try BlogRead.read(file.path)
            Issue.record("expected malformed-json")
        } catch let e as EngageError {
            #expect(e.code == .malformedJSON)
            #expect(e.file == file.path)
            #expect(e.offset != nil)
        }
    }
}

@Suite struct MediumTests {
    @Test func exportFolder() throws {
        let r = try BlogRead.fixture("blog/medium-export")
        #expect(r.source.format == .medium)
        #expect(r.source.owner?.handle == "example_user")
        let story = try #require(r.post("0123456789ab"))
        #expect(story.title == "Five things we learned shipping our first release")
        #expect(story.text == "We shipped on a Friday.\n\nThe release board\n\nPoint 3: keep the previous build warm. See the docs.")
        #expect(story.url == "https://medium.com/@example_user/five-things-0123456789ab")
        #expect(story.createdAt == DateParser.parse("2023-09-08T10:12:07.123Z"))
        #expect(story.flags.isEmpty)
        #expect(r.post("fedcba987654")?.flags == [.possibleResponse])
        #expect(r.post("1a2b3c4d5e6f")?.flags == [.draft])
        #expect(!BlogRead.everything(r).contains("owner@example.com"))
    }

    @Test func sharedMediumPosts() throws {
        guard let dir = Fixtures.shared("blog/tryghost-migrate/medium-export-posts") else { return }
        let r = try BlogRead.read(dir)
        #expect(r.source.format == .medium)
        #expect(r.posts.count == 9)
        #expect(r.posts.filter { $0.flags.contains(.draft) }.count == 1)
        // The migrator's "comment" fixture is flagged; a story with code blocks is not.
        let response = try #require(r.posts.first { $0.title == "This is a comment" })
        #expect(response.flags.contains(.possibleResponse))
        #expect(r.posts.first { $0.title == "Code Post Title" }?.flags.contains(.possibleResponse) == false)
        #expect(r.posts.first { $0.title == "No Date Post" }?.flags.contains(.dateApproximate) == true)
        guard let single = Fixtures.shared("blog/pelican/medium_posts_2017-04-21_-medium-post--d1bf01d62ba3.html") else { return }
        let one = try BlogRead.read(single)
        #expect(one.source.format == .medium)
        #expect(one.posts.count == 1)
        #expect(one.posts[0].id == "d1bf01d62ba3")
    }
}

@Suite struct DisqusTests {
    @Test func threadsCommentsAndModeration() throws {
        let r = try BlogRead.fixture("blog/disqus-export.xml")
        #expect(r.source.format == .disqus)
        // Three threads, two articles: the http/www/query variant merges into the https one.
        #expect(r.articles.map(\.id) == ["blog.example.com/2023/09/five-things", "blog.example.com/about"])
        #expect(r.comments.count == 5)
        let owner = try #require(r.post("5000002"))
        #expect(owner.replyTo == "5000001" && owner.conversation == "blog.example.com/2023/09/five-things")
        #expect(owner.byOwner == true)
        #expect(r.post("5000001")?.replyTo == "blog.example.com/2023/09/five-things")
        let deleted = try #require(r.post("5000003"))
        #expect(deleted.moderation == .trash && deleted.flags.contains(.moderatorDeleted) && deleted.sourceSpamLabel == false)
        #expect(r.post("5000004")?.moderation == .spam)
        #expect(r.post("5000004")?.sourceSpamLabel == true)
        #expect(r.post("5000005")?.moderation == .pending)
        #expect(r.post("5000003")?.author?.handle == nil)  // anonymous
        let all = BlogRead.everything(r)
        for pii in ["owner@example.com", "dana@example.org", "192.0.2.10", "198.51.100.7"] { #expect(!all.contains(pii)) }
    }
}
