import EngageTestSupport
import Foundation
import Testing

/// `engage classify`, `eval`, `rules test|check|fit` and `train` end to end, against golden outputs in
/// corpora/golden/classify/ (`ENGAGE_UPDATE_GOLDEN=1 swift test` rewrites them).
@Suite struct ClassifyCLITests {
    let repo = EngageBinary.repository.path

    func golden(_ text: String, _ name: String) {
        let portable = text.replacingOccurrences(of: repo, with: "<repo>")
        if let problem = Golden.check(portable, "classify/" + name) { Issue.record(Comment(rawValue: problem)) }
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: repo + "/" + path, encoding: .utf8) }

    @Test func oneTextExplained() throws {
        let r = try EngageBinary.run(["classify", "We're almost at 1,000 followers! Help us get there by retweeting this!"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        golden(r.stdout, "text.txt")
        let json = try EngageBinary.run(["classify", "--format", "json", "How do you keep basil alive indoors?"])
        golden(json.stdout, "text.json")
    }

    @Test func jsonLinesForPostsRepliesAndAccounts() throws {
        for (kind, file) in [("post", "posts"), ("reply", "replies"), ("account", "accounts")] {
            let r = try EngageBinary.run(["classify", "--jsonl", "--kind", kind], stdin: try read("corpora/classify/\(file).jsonl"))
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.split(separator: "\n").count == (try read("corpora/classify/\(file).jsonl")).split(separator: "\n").count)
            golden(r.stdout, "\(file).jsonl")
        }
    }

    @Test func badLinesAreReportedCountedAndSkipped() throws {
        let input = "{\"id\":\"1\",\"text\":\"RT if you agree\"}\n{\"id\":\"2\",\"text\": oops}\n\n{\"id\":\"3\"}\n{\"id\":\"4\",\"text\":\"hello\"}\n"
        let r = try EngageBinary.run(["classify", "--jsonl"], stdin: input)
        #expect(r.status == 3)
        #expect(r.stdout.split(separator: "\n").map { String($0.prefix(12)) } == ["{\"id\":\"1\",\"c", "{\"id\":\"4\",\"c"])
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(r.stderr)")
        #expect(lines[0].hasPrefix("engage: stdin: line 2: byte "))
        #expect(lines[0].hasSuffix("[malformed-json]"))
        #expect(lines[1] == "engage: stdin: line 4: byte 61: a record to classify needs a \"text\" field [invalid-record]")
        #expect(lines[2] == "engage: stdin: 2 of 4 lines could not be read and were skipped")
        let strict = try EngageBinary.run(["classify", "--jsonl", "--strict"], stdin: input)
        #expect(strict.status == 1)
        #expect(strict.stderr.split(separator: "\n").count == 1)
        #expect(strict.stdout.split(separator: "\n").count == 1)
    }

    @Test func evalOnALabelledSet() throws {
        let r = try EngageBinary.run(["eval", repo + "/corpora/labelled/accounts-gold.jsonl", "--kind", "account"])
        #expect(r.status == 0, "\(r.stderr)")
        golden(r.stdout, "eval-accounts.txt")
        let j = try EngageBinary.run(["eval", repo + "/corpora/labelled/accounts-gold.jsonl", "--kind", "account", "--format", "json"])
        golden(j.stdout, "eval-accounts.json")
    }

    @Test func rulesTestAndCheck() throws {
        let t = try EngageBinary.run(["rules", "test"])
        #expect(t.status == 0)
        #expect(t.stdout.hasSuffix(": all passed\n"))
        let dir = try Fixtures.temporaryFolder("engage-cli-rules")
        try Data("class: spam\nkind: reply\nrules:\n  - id: RSPAM_X\n    describe: x\n    score: 2\n    pattern: \"(broken\"\n".utf8)
            .write(to: dir.appendingPathComponent("mine.yaml"))
        let c = try EngageBinary.run(["rules", "check", dir.path])
        #expect(c.status == 1)
        let out = c.stdout.replacingOccurrences(of: dir.path + "/", with: "")
        #expect(out.contains("mine.yaml:7: RSPAM_X: pattern \"(broken\", column 1: unclosed '('\n"), "\(out)")
        #expect(out.contains("mine.yaml:4: RSPAM_X: a new rule needs examples: match: (inputs it must fire on)\n"), "\(out)")
        let bad = try EngageBinary.run(["classify", "--rules", dir.path, "hello"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("engage: \(dir.path)/mine.yaml: line "))
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }

    @Test func trainAndFitWriteAnOverlay() throws {
        let dir = try Fixtures.temporaryFolder("engage-cli-train")
        let train = try EngageBinary.run(["train", repo + "/corpora/labelled/replies-train.jsonl", "--kind", "reply", "--out", dir.path])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("bayes-reply.tsv").path))
        let fit = try EngageBinary.run(["rules", "fit", repo + "/corpora/labelled/replies-train.jsonl", "--kind", "reply",
                                        "--rules", dir.path, "--out", dir.path])
        #expect(fit.status == 0, "\(fit.stderr)")
        #expect(fit.stdout.contains("fitted-reply.yaml"))
        let use = try EngageBinary.run(["rules", "test", "--rules", dir.path])
        #expect(use.status == 0, "\(use.stdout)")
        #expect(use.stdout.contains("examples of bayes rules skipped"))
    }
}
