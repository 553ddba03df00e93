import EngageTestSupport
import Foundation
import Testing

/// `engage inspect` and `engage export` on X archives: golden outputs, bad input on one line, and the
/// exit status and summary when part of an archive could not be read. Paths are relative to the
/// repository (the commands run there), so the golden files hold no machine-specific paths.
@Suite struct XArchiveCLITests {
    static let repo = EngageBinary.repository

    static func run(_ arguments: [String]) throws -> EngageBinary.Result {
        try EngageBinary.run(arguments, directory: repo)
    }

    @Test func inspectJSONGolden() throws {
        let r = try Self.run(["inspect", "corpora/x/archive-2024", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        if let diff = Golden.check(r.stdout, "x-archive-2024.inspect.json") { Issue.record("\(diff)") }
        // The fields the issue names are there.
        let v = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let posts = v?["posts"] as? [String: Any]
        #expect(v?["schemaVersion"] as? Int == 1)
        #expect(posts?["total"] as? Int == 19)
        #expect((posts?["byKind"] as? [String: Int]) == ["original": 9, "reply": 4, "selfReply": 3, "repost": 1, "quote": 2])
        #expect(v?["firstPost"] as? String == "2023-05-02T08:30:00Z")
        #expect(v?["lastPost"] as? String == "2024-11-14T18:44:55Z")
        #expect((v?["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test func inspectTextGolden() throws {
        let r = try Self.run(["inspect", "corpora/x/archive-2024"])
        #expect(r.status == 0)
        if let diff = Golden.check(r.stdout, "x-archive-2024.inspect.txt") { Issue.record("\(diff)") }
    }

    @Test func exportGolden() throws {
        let r = try Self.run(["export", "--records-only", "corpora/x/archive-2024.zip"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        if let diff = Golden.check(r.stdout, "x-archive-2024.export.jsonl") { Issue.record("\(diff)") }
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 20)
        for line in lines {
            let v = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            for key in ["id", "platform", "kind", "author", "createdAt", "text", "replyTo", "metrics"] {
                #expect(v?.keys.contains(key) == true, "missing \(key)")
            }
            let metrics = v?["metrics"] as? [String: Any]
            for key in ["likes", "reposts", "replies", "quotes", "impressions"] {
                #expect(metrics?.keys.contains(key) == true, "missing metrics.\(key)")
            }
        }
    }

    @Test func classicInspectGolden() throws {
        let r = try Self.run(["inspect", "corpora/x/classic-2014", "--format", "json"])
        #expect(r.status == 0)
        if let diff = Golden.check(r.stdout, "x-classic-2014.inspect.json") { Issue.record("\(diff)") }
    }

    /// A broken part: the rest is read, the command exits 3, and both forms say what was not read.
    @Test func brokenPartExitsThreeAndListsWhatWasNotRead() throws {
        let text = try Self.run(["inspect", "corpora/x/broken/multipart"])
        #expect(text.status == 3)
        if let diff = Golden.check(text.stdout, "x-broken-multipart.inspect.txt") { Issue.record("\(diff)") }
        #expect(text.stdout.contains("NOT READ (1 files; their posts are missing from every count):"))
        #expect(text.stdout.contains("corpora/x/broken/multipart: data/tweets-part1.js: expected ',' or ']' after an array element"))

        let json = try Self.run(["inspect", "corpora/x/broken/multipart", "--format", "json"])
        #expect(json.status == 3)
        let v = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let unread = v?["unread"] as? [[String: Any]]
        #expect(unread?.count == 1)
        #expect(unread?.first?["file"] as? String == "data/tweets-part1.js")
        #expect((unread?.first?["reason"] as? String)?.contains("at byte 955") == true)
        let warnings = v?["warnings"] as? [[String: Any]]
        #expect(warnings?.contains { $0["code"] as? String == "malformed-json" && $0["offset"] as? Int == 955 } == true)

        let export = try Self.run(["export", "corpora/x/broken/multipart"])
        #expect(export.status == 3)
        #expect(export.stdout.split(separator: "\n").count == 2)
        #expect(export.stderr.contains("not read: corpora/x/broken/multipart: data/tweets-part1.js"))
    }

    @Test(arguments: [
        ("corpora/x/broken/malformed-tweets.js",
         "engage: corpora/x/broken/malformed-tweets.js: byte 658: expected a value (string, number, object, array, true, false or null), found ',' [malformed-json]\n"),
        ("corpora/x/broken/unknown-prefix",
         "engage: corpora/x/broken/unknown-prefix/data/tweets.js: byte 0: expected a JavaScript assignment `<name> = ` before the data, found `// exported by a script const tweets` [unknown-prefix]\n"),
        ("corpora/x/broken/no-tweets.zip",
         "engage: corpora/x/broken/no-tweets.zip: the archive holds no tweets file: expected data/tweets.js, data/tweet.js or tweets-part*.js (or a manifest listing them) [no-tweets-file]\n"),
        ("corpora/x/missing-archive.zip", "engage: corpora/x/missing-archive.zip: no such file or folder [file-not-found]\n"),
    ])
    func badInputIsOneLine(path: String, expected: String) throws {
        for command in ["inspect", "export"] {
            let r = try Self.run([command, path])
            #expect(r.status == 1)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr == expected)
        }
    }

    @Test func truncatedZipAndUnreadablePathAreOneLine() throws {
        let dir = try Fixtures.temporaryFolder("engage-cli-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let zip = try Data(contentsOf: Self.repo.appendingPathComponent("corpora/x/archive-2024.zip"))
        let cut = dir.appendingPathComponent("cut.zip")
        try zip.prefix(4000).write(to: cut)
        let r = try Self.run(["inspect", cut.path])
        #expect(r.status == 1)
        #expect(r.stderr == "engage: \(cut.path): byte 4000: truncated or corrupt zip: expected a central directory at the end of the file (4000 bytes read) [bad-zip]\n")

        let unreadable = dir.appendingPathComponent("tweets.js")
        try Data("window.YTD.tweets.part0 = [ ]".utf8).write(to: unreadable)
        chmod(unreadable.path, 0)
        if getuid() == 0 { return }  // root reads through permission bits (the ingest tests cover root with a socket)
        let u = try Self.run(["inspect", unreadable.path])
        #expect(u.status == 1)
        #expect(u.stderr == "engage: \(unreadable.path): permission denied [unreadable]\n")
    }
}
