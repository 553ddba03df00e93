import EngageTestSupport
import Foundation
import Testing

/// `engage audit` and `engage export` (with classification and analysis) end to end: the README's
/// sample archive streamed, and an archive joined with a capture of replies from others. Commands run in
/// the repository with relative paths, so the golden files hold no machine-specific paths.
@Suite struct AuditCLITests {
    static func run(_ arguments: [String]) throws -> EngageBinary.Result {
        try EngageBinary.run(arguments, directory: EngageBinary.repository)
    }

    static let joined = ["corpora/api/archive-example_user", "corpora/api/thread-v2.jsonl"]

    static func json(_ r: EngageBinary.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func sampleArchiveIsStreamedClassifiedAndAnalysed() throws {
        let r = try Self.run(["audit", "--format", "json", "corpora/x/sample-archive.zip"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let v = try Self.json(r)
        #expect(v["schemaVersion"] as? Int == 1)
        #expect(v["mode"] as? String == "streamed")
        let posts = try #require(v["posts"] as? [String: Any])
        #expect(posts["total"] as? Int == 4979)
        let byYear = try #require(posts["byYear"] as? [String: Int])
        #expect(byYear.values.reduce(0, +) == 4979)
        let classes = try #require(v["classes"] as? [String: Any])
        let mix = try #require(classes["posts"] as? [String: Any])
        let byClass = try #require(mix["byClass"] as? [String: [String: Any]])
        // Every post class is listed; own posts exclude the 540 reposts.
        #expect(Set(byClass.keys) == ["valuable", "follower-begging", "follow-back", "paid-followers", "engagement-bait",
                                      "vanity-metric", "hard-sell", "spam"])
        #expect(mix["total"] as? Int == 4979 - 540)
        #expect(byClass.values.map { $0["count"] as? Int ?? 0 }.reduce(0, +) == 4979 - 540)
        // Low-value classes are present with explained examples.
        let begging = try #require(byClass["follower-begging"])
        #expect((begging["count"] as? Int ?? 0) > 100)
        let example = try #require((begging["examples"] as? [[String: Any]])?.first)
        #expect(!((example["rules"] as? [String]) ?? []).isEmpty)
        // The analysis is there, with comparisons and recommendations.
        let analysis = try #require(v["analysis"] as? [String: Any])
        let comparisons = try #require(analysis["comparisons"] as? [[String: Any]])
        #expect(!comparisons.isEmpty)
        for key in ["metric", "group", "n", "nRest", "median", "medianRest", "U", "p", "pAdjusted", "cliffsDelta", "ci"] {
            #expect(comparisons[0].keys.contains(key), "comparisons[] lacks \(key)")
        }
        let recommendations = try #require(analysis["recommendations"] as? [[String: Any]])
        #expect(recommendations.contains { ($0["group"] as? String) == "class:follower-begging" })
    }

    @Test func joinedAuditGolden() throws {
        let text = try Self.run(["audit"] + Self.joined)
        #expect(text.status == 0)
        if let diff = Golden.check(text.stdout, "audit/joined.txt") { Issue.record("\(diff)") }
        let json = try Self.run(["audit", "--format", "json"] + Self.joined)
        #expect(json.status == 0)
        if let diff = Golden.check(json.stdout, "audit/joined.json") { Issue.record("\(diff)") }
        let v = try Self.json(json)
        #expect(v["mode"] as? String == "joined")
        let replies = try #require((v["classes"] as? [String: Any])?["replies"] as? [String: Any])
        let byClass = try #require(replies["byClass"] as? [String: [String: Any]])
        #expect(byClass["spam"]?["count"] as? Int == 1)
        #expect(byClass["follow-back-request"]?["count"] as? Int == 1)
        #expect(byClass["genuine"]?["count"] as? Int == 4)
    }

    @Test func exportCarriesClassAndAnalysis() throws {
        let r = try Self.run(["export"] + Self.joined)
        #expect(r.status == 0)
        if let diff = Golden.check(r.stdout, "audit/joined.export.jsonl") { Issue.record("\(diff)") }
        var roles = Set<String>()
        for line in r.stdout.split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(record["class"] is [String: Any], "every record is classified")
            if let analysis = record["analysis"] as? [String: Any], let role = analysis["role"] as? String { roles.insert(role) }
        }
        #expect(roles.contains("unit"))
        #expect(roles.contains("reply"))
    }

    @Test func badRulesFolderIsOneLine() throws {
        let dir = try Fixtures.temporaryFolder("engage-bad-rules")
        try Data("- id: lower_case_id\n  describe: x\n".utf8).write(to: dir.appendingPathComponent("post-spam.yaml"))
        let r = try Self.run(["audit", "--rules", dir.path, "corpora/x/archive-2024"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("engage: "))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }
}
