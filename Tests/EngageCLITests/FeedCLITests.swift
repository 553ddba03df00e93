import EngageTestSupport
import Foundation
import Testing

/// `engage inspect` and `engage export` on API, scraper, CSV and Mastodon fixtures, compared with
/// golden files. Inputs are copied into a temporary folder with a fixed modification date (sources
/// without a retrieval time date their counts by it) and named relatively, so the output is stable.
@Suite struct FeedCLITests {
    static let fixed = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z

    /// Copies `fixtures` (paths under corpora/) into a temporary folder, flat, with the fixed date.
    static func stage(_ fixtures: [String]) throws -> URL {
        let dir = try Fixtures.temporaryFolder("engage-feed-cli")
        for f in fixtures {
            let target = dir.appendingPathComponent((f as NSString).lastPathComponent)
            try FileManager.default.copyItem(atPath: Fixtures.corpus(f), toPath: target.path)
            try FileManager.default.setAttributes([.modificationDate: fixed], ofItemAtPath: target.path)
        }
        return dir
    }

    static func run(_ command: String, _ fixtures: [String], _ extra: [String] = []) throws -> EngageBinary.Result {
        let dir = try stage(fixtures)
        return try EngageBinary.run([command] + extra + fixtures.map { ($0 as NSString).lastPathComponent }, directory: dir)
    }

    @Test(arguments: [
        ("api/thread-v2.jsonl", "api/inspect-thread-v2"),
        ("api/competitor-flat.jsonl", "api/inspect-competitor-flat"),
        ("api/competitor-v1.jsonl", "api/inspect-competitor-v1"),
        ("api/replies-snscrape.jsonl", "api/inspect-replies-snscrape"),
        ("csv/tweet_activity_metrics_example_user_20230901_20231001_en.csv", "api/inspect-x-analytics"),
        ("mastodon/archive-2024.zip", "api/inspect-mastodon-zip"),
        ("mastodon/context-110000000000000001.json", "api/inspect-mastodon-context"),
    ])
    func inspect(fixture: String, golden: String) throws {
        let text = try Self.run("inspect", [fixture])
        #expect(text.status == 0)
        if let diff = Golden.check(text.stdout, golden + ".txt") { Issue.record("\(diff)") }
        let json = try Self.run("inspect", [fixture], ["--format", "json"])
        #expect(json.status == 0)
        if let diff = Golden.check(json.stdout, golden + ".json") { Issue.record("\(diff)") }
    }

    @Test(arguments: [
        (["api/thread-v2.jsonl"], "api/export-thread-v2.jsonl"),
        (["api/competitor-flat.jsonl"], "api/export-competitor-flat.jsonl"),
        (["api/replies-snscrape.jsonl"], "api/export-replies-snscrape.jsonl"),
        (["mastodon/archive-2024.zip"], "api/export-mastodon-zip.jsonl"),
        (["mastodon/context-110000000000000001.json"], "api/export-mastodon-context.jsonl"),
        (["csv/competitor-posts.csv"], "api/export-competitor-csv.jsonl"),
    ])
    func export(fixtures: [String], golden: String) throws {
        let r = try Self.run("export", fixtures, ["--records-only"])
        #expect(r.status == 0)
        if let diff = Golden.check(r.stdout, golden) { Issue.record("\(diff)") }
    }

    /// Several paths: one record per post, replies joined to the post they answer.
    @Test func severalPathsAreMerged() throws {
        let fixtures = ["api/thread-v2.jsonl", "api/replies-snscrape.jsonl", "mastodon/archive-2024.zip",
                        "mastodon/context-110000000000000001.json"]
        let text = try Self.run("inspect", fixtures)
        #expect(text.status == 0)
        if let diff = Golden.check(text.stdout, "api/inspect-joined.txt") { Issue.record("\(diff)") }
        let export = try Self.run("export", fixtures, ["--records-only"])
        #expect(export.status == 0)
        if let diff = Golden.check(export.stdout, "api/export-joined.jsonl") { Issue.record("\(diff)") }
        #expect(export.stdout.split(separator: "\n").count == 8 + 3 + 7 + 7)
    }

    /// An archive and a capture of its replies: the replies join the archive's posts.
    @Test func archiveAndReplies() throws {
        let dir = try Self.stage(["api/thread-v2.jsonl"])
        try FileManager.default.copyItem(atPath: Fixtures.corpus("api/archive-example_user"),
                                         toPath: dir.appendingPathComponent("archive").path)
        let r = try EngageBinary.run(["inspect", "archive", "thread-v2.jsonl"], directory: dir)
        #expect(r.status == 0)
        if let diff = Golden.check(r.stdout, "api/inspect-archive-and-replies.txt") { Issue.record("\(diff)") }
    }

    @Test func mostlyUnreadableIsOneLine() throws {
        let r = try Self.run("inspect", ["api/mostly-bad.jsonl"])
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr == "engage: mostly-bad.jsonl: line 2: byte 1721: 3 of 4 records could not be read (more than half); the first at line 2: unexpected end of input, expected a value [mostly-unreadable]\n")
    }

    @Test func badLinesAreWarnings() throws {
        let r = try Self.run("export", ["api/bad-lines.jsonl"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 4)
        #expect(r.stderr == """
            engage: warning: bad-lines.jsonl: line 3: byte 3245: unterminated string [malformed-json]
            engage: warning: bad-lines.jsonl: line 6: byte 6883: a tweet without an id: expected "id" [invalid-record]

            """)
    }
}
