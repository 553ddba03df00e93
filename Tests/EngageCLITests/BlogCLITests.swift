import EngageTestSupport
import Foundation
import Testing

/// `engage inspect` and `engage export` on blog exports and saved pages, compared with golden files.
@Suite struct BlogCLITests {
    /// Output with the machine-specific repository path replaced.
    func normalised(_ s: String) -> String {
        s.replacingOccurrences(of: Fixtures.repository.path, with: "<repo>")
    }

    @Test func inspectJSONOfAWordPressExport() throws {
        let r = try EngageBinary.run(["inspect", "--format", "json", Fixtures.corpus("blog/wordpress-pitfalls.xml")])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let replies = try #require(json["replies"] as? [String: Any])
        #expect(replies["total"] as? Int == 10)
        #expect(replies["byStatus"] as? [String: Int] == ["approved": 6, "pending": 1, "spam": 1, "trash": 2])
        #expect(replies["byKind"] as? [String: Int] == ["comment": 8, "pingback": 1, "trackback": 1])
        let posts = try #require(json["posts"] as? [String: Any])
        #expect(posts["total"] as? Int == 2)
        #expect(posts["unpublished"] as? Int == 4)
        if let diff = Golden.check(normalised(r.stdout), "blog/wordpress-pitfalls.inspect.json") { Issue.record("\(diff)") }
    }

    @Test func exportGivesEveryCommentItsReplyTo() throws {
        for (fixture, golden) in [("blog/wordpress-pitfalls.xml", "blog/wordpress-pitfalls.export.jsonl"),
                                  ("html/wordpress-html5.html", "html/wordpress-html5.export.jsonl"),
                                  ("blog/disqus-export.xml", "blog/disqus-export.export.jsonl")] {
            // Staged with a fixed modification date: saved pages date their counts by the file.
            let dir = try FeedCLITests.stage([fixture])
            let r = try EngageBinary.run(["export", "--records-only", (fixture as NSString).lastPathComponent], directory: dir)
            #expect(r.status == 0, "\(fixture)")
            var ids = Set<String>()
            for line in r.stdout.split(separator: "\n") {
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                ids.insert(record["id"] as? String ?? "")
                if record["commentType"] is String {
                    let replyTo = try #require(record["replyTo"] as? String, "\(fixture): a comment without replyTo")
                    #expect(!replyTo.isEmpty)
                }
            }
            #expect(ids.count > 1)
            if let diff = Golden.check(normalised(r.stdout), golden) { Issue.record("\(diff)") }
        }
    }

    @Test func themeUnitTestInspect() throws {
        guard let path = Fixtures.shared("blog/wordpress-theme-test-data/themeunittestdata.wordpress.xml") else { return }
        let r = try EngageBinary.run(["inspect", "--format", "json", path])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let replies = try #require(json["replies"] as? [String: Any])
        #expect(replies["total"] as? Int == 33)
        #expect(replies["byStatus"] as? [String: Int] == ["approved": 30, "pending": 3, "spam": 0, "trash": 0])
        #expect(replies["byKind"] as? [String: Int] == ["comment": 29, "pingback": 2, "trackback": 2])
        #expect((json["posts"] as? [String: Any])?["total"] as? Int == 56)
    }

    @Test func malformedExportIsOneLineAndNonZero() throws {
        guard let path = Fixtures.shared("blog/wordpress-importer/phpunit_data_malformed.xml") else { return }
        let r = try EngageBinary.run(["inspect", path])
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("engage: \(path): line "))
        #expect(r.stderr.hasSuffix("[malformed-xml]\n"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
