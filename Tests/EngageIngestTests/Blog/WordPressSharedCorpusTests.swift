import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

/// WordPress's own test exports (../shared/corpora/blog), read through the public ingestion path.
@Suite struct WordPressSharedCorpusTests {
    @Test func themeUnitTestData() throws {
        guard let path = Fixtures.shared("blog/wordpress-theme-test-data/themeunittestdata.wordpress.xml") else { return }
        let r = try BlogRead.read(path)
        #expect(r.source.variant == "WXR 1.2, WordPress.com")  // https namespace URI
        #expect(r.comments.count == 33)
        #expect(r.comments.filter { $0.moderation == .pending }.count == 3)
        #expect(r.comments.filter { $0.moderation == .approved }.count == 30)
        #expect(r.comments.filter { $0.commentType == .pingback }.count == 2)
        #expect(r.comments.filter { $0.commentType == .trackback }.count == 2)
        #expect(r.published.count == 56)  // 58 posts, one draft and one scheduled
        #expect(r.articles.filter { $0.flags.contains(.notAPost) }.count == 128)  // 21 pages, 37 attachments, 70 menu items

        // The 10-deep thread: follow replyTo from "Comment Depth 10" to the post.
        let byID = Dictionary(r.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let deepest = try #require(r.comments.first { $0.text.hasPrefix("Comment Depth 10") })
        var depth = 0
        var cur: Post? = deepest
        while let c = cur, c.commentType != nil {
            depth += 1
            cur = c.replyTo.flatMap { byID[$0] }
        }
        #expect(depth == 10)
        #expect(cur?.title == "Template: Comments")
        #expect(deepest.byOwner == true)  // "Also an author comment."
        // Every comment's replyTo names a record of the export.
        #expect(r.comments.allSatisfy { $0.replyTo.flatMap { byID[$0] } != nil })

        // Entities inside CDATA are decoded; UTF-8 names survive.
        #expect(r.comments.contains { $0.author?.name == "Ping 1 « What’s a tellyworth?" })
        #expect(r.comments.contains { $0.author?.name == "John Γιάννης Doe Κάποιος" })
        #expect(!BlogRead.everything(r).contains("themeshaperwp+demos@gmail.com"))
    }

    @Test func otherWordPressTestExports() throws {
        let cases: [(String, published: Int, comments: Int, apart: Int)] = [
            ("wordpress-theme-test-data/64-block-test-data.xml", 61, 2, 11),
            ("wordpress-theme-test-data/theme-preview.xml", 7, 2, 0),
            ("pelican/wordpressexport.xml", 7, 4, 13),
            ("google-blog-converters/wordpress-sample.wxr", 3, 2, 2),
            ("google-blog-converters/wordpress-sample2.wxr", 4, 3, 7),  // undeclared excerpt: prefix
            ("google-blog-converters/wordpress.1.xml", 4, 3, 6),
            ("google-blog-converters/wordpress.2.xml", 3, 2, 2),
            ("jekyll-import/sitetitle.wordpress.2025-01-19.000.xml", 7, 0, 9),
            ("tryghost-migrate/mg-wp-xml_sample.xml", 2, 0, 4),  // an unescaped & in a URL: recovered
        ]
        for (file, published, comments, apart) in cases {
            guard let path = Fixtures.shared("blog/" + file) else { continue }
            let r = try BlogRead.read(path)
            #expect(r.source.format == .wordpressWXR, "\(file)")
            #expect(r.published.count == published, "\(file): published posts")
            #expect(r.comments.count == comments, "\(file): comments")
            #expect(r.articles.count - r.published.count == apart, "\(file): counted apart")
        }
    }

    @Test func pelicanExportHasATrashCommentAPingbackAndAkismet() throws {
        guard let path = Fixtures.shared("blog/pelican/wordpressexport.xml") else { return }
        let r = try BlogRead.read(path)
        #expect(r.comments.filter { $0.moderation == .trash }.count == 1)
        #expect(r.comments.filter { $0.commentType == .pingback }.count == 1)
        #expect(r.comments.filter { $0.sourceSpamLabel == false }.count == 3)  // akismet_result false
        #expect(r.comments.contains { $0.replyTo?.contains("comment-") == true })  // threaded
        #expect(!BlogRead.everything(r).contains("User2@mail.test"))
    }

    /// Every file of the WordPress importer's edge cases either reads with the counts below or fails with
    /// the error code given.
    @Test func importerEdgeCases() throws {
        enum Outcome { case reads(published: Int, comments: Int, apart: Int), fails(EngageError.Code) }
        let cases: [(String, Outcome)] = [
            ("e2e_fixtures_wxr-base-url-rewriting.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("e2e_fixtures_wxr-comprehensive.xml", .reads(published: 1, comments: 1, apart: 1)),
            ("e2e_fixtures_wxr-css-urls.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("e2e_fixtures_wxr-simple.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_a11y-unit-test-data.xml", .reads(published: 45, comments: 29, apart: 109)),
            ("phpunit_data_authors-multiline.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_backslashes.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_blank-lines.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_cdata-edge.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_chunked-meta.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_crazy-cdata-escaped.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_crazy-cdata.xml", .reads(published: 1, comments: 0, apart: 0)),       // recovered
            ("phpunit_data_invalid-version-tag.xml", .reads(published: 0, comments: 0, apart: 0)),
            ("phpunit_data_large-authors.xml", .reads(published: 0, comments: 0, apart: 0)),
            ("phpunit_data_malformed-simple.xml", .reads(published: 0, comments: 0, apart: 1)),  // truncated, no status
            ("phpunit_data_malformed.xml", .fails(.malformedXML)),  // <notachanneltag> … </channel>, no items
            ("phpunit_data_missing-tags.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_missing-version-tag.xml", .reads(published: 0, comments: 0, apart: 0)),
            ("phpunit_data_multiple-cdata.xml", .reads(published: 1, comments: 0, apart: 0)),
            // The item whose wp: prefix is re-bound to another URI is not a WordPress item.
            ("phpunit_data_namespace-edge-cases.xml", .reads(published: 5, comments: 0, apart: 1)),
            ("phpunit_data_post-content-blank-lines.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_slashes.xml", .reads(published: 1, comments: 1, apart: 0)),
            ("phpunit_data_small-export.xml", .reads(published: 5, comments: 1, apart: 6)),
            ("phpunit_data_term-formats.xml", .reads(published: 0, comments: 0, apart: 0)),
            ("phpunit_data_term-meta.xml", .reads(published: 0, comments: 0, apart: 0)),
            ("phpunit_data_test-serialized-comment-meta.xml", .reads(published: 0, comments: 1, apart: 1)),
            ("phpunit_data_test-serialized-postmeta-no-cdata.xml", .reads(published: 0, comments: 0, apart: 1)),
            ("phpunit_data_test-serialized-postmeta-with-cdata.xml", .reads(published: 0, comments: 0, apart: 1)),
            ("phpunit_data_test-serialized-term-meta.xml", .reads(published: 0, comments: 0, apart: 1)),
            ("phpunit_data_test-utw-post-meta-import.xml", .reads(published: 0, comments: 0, apart: 1)),
            ("phpunit_data_valid-wxr-1.0.xml", .reads(published: 3, comments: 1, apart: 3)),
            ("phpunit_data_valid-wxr-1.1.xml", .reads(published: 1, comments: 1, apart: 1)),
            ("phpunit_data_wxr-flat-attachment-different-site.xml", .reads(published: 1, comments: 0, apart: 1)),
            ("phpunit_data_wxr-flat-attachment-same-site.xml", .reads(published: 1, comments: 0, apart: 1)),
            ("phpunit_data_wxr-simple.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_wxr-utf-8-challenges.xml", .reads(published: 1, comments: 0, apart: 0)),
            ("phpunit_data_wxr-with-sub-data.xml", .reads(published: 1, comments: 1, apart: 0)),
        ]
        guard let dir = Fixtures.shared("blog/wordpress-importer") else { return }
        let present = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(present == cases.map(\.0).sorted(), "every edge-case file has an expectation")
        for (file, outcome) in cases {
            let path = (dir as NSString).appendingPathComponent(file)
            switch outcome {
            case let .reads(published, comments, apart):
                let r = try BlogRead.read(path)
                #expect(r.published.count == published, "\(file): published")
                #expect(r.comments.count == comments, "\(file): comments")
                #expect(r.articles.count - r.published.count == apart, "\(file): apart")
            case .fails(let code):
                do {
                    _ = try BlogRead.read(path)
                    Issue.record("\(file): expected \(code)")
                } catch let e as EngageError {
                    #expect(e.code == code, "\(file)")
                    #expect(e.file == path)
                    #expect(e.line != nil)
                }
            }
        }
        // The recovered ones say so.
        let crazy = try BlogRead.read((dir as NSString).appendingPathComponent("phpunit_data_crazy-cdata.xml"))
        #expect(crazy.published[0].flags.contains(.recovered))
        #expect(crazy.codes.contains("recovered-xml"))
        let multi = try BlogRead.read((dir as NSString).appendingPathComponent("phpunit_data_multiple-cdata.xml"))
        #expect(multi.published[0].text == "line oneline twoline three")
    }
}
