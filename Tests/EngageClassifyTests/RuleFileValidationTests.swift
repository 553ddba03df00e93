@testable import EngageClassify
import EngageTestSupport
import Testing

/// `engage rules check`: every problem of a rule folder is reported as `file:line: message`.
@Suite struct RuleFileValidationTests {
    /// The problems of an overlay folder holding one file.
    func problems(_ yaml: String, name: String = "my.yaml") throws -> [String] {
        let dir = try Shared.folder([name: yaml])
        return try Rulebook.check(dir).map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
    }

    @Test func theDefaultRulebookIsClean() throws {
        let problems = try Rulebook.check(Fixtures.rules, standalone: true)
        #expect(problems.isEmpty, "\(problems)")
        #expect(try Rulebook.check(nil).isEmpty)
    }

    @Test func yamlSyntaxErrorsHaveLines() throws {
        let p = try problems("class: spam\nkind: post\nrules:\n  - id: X\n    pattern: [unclosed\n")
        #expect(p.count == 1)
        #expect(p[0].hasPrefix("my.yaml:6: YAML:") || p[0].hasPrefix("my.yaml:5: YAML:"), "\(p)")
    }

    @Test func ruleShapeErrors() throws {
        let yaml = """
            class: spam
            kind: post
            rules:
              - id: lower_case
                describe: Bad id
                score: 2
                phrases: [x]
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_TYPO
                describe: Unknown key
                scroe: 2
                phrases: [x]
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_NO_EXAMPLES
                describe: No examples
                score: 2
                phrases: [zzz]
              - id: MY_WRONG_FIELD
                describe: Account field in a post rule
                score: 1
                when: {followers: "< 3"}
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_BAD_TEST
                describe: Bad comparison
                score: 1
                when: {urls: ">= lots"}
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_BAD_TARGET
                describe: Unknown target class
                score: {genuine: 2}
                phrases: [x]
                examples: {match: ["x"], no-match: ["y"]}
            """
        let p = try problems(yaml)
        #expect(p.contains("my.yaml:4: rule id 'lower_case' must be UPPER_SNAKE_CASE (helpers start with __)"), "\(p)")
        #expect(p.contains { $0.hasPrefix("my.yaml:11: MY_TYPO: unknown key 'scroe'") }, "\(p)")
        #expect(p.contains("my.yaml:14: MY_NO_EXAMPLES: a new rule needs examples: match: (inputs it must fire on)"), "\(p)")
        #expect(p.contains("my.yaml:14: warning: MY_NO_EXAMPLES: a new rule needs examples: no-match: (inputs it must not fire on)"), "\(p)")
        #expect(p.contains("my.yaml:21: MY_WRONG_FIELD: followers is a field of account rules, not post rules"), "\(p)")
        #expect(p.contains { $0.hasPrefix("my.yaml:26: MY_BAD_TEST: expected a number after '>=' in '>= lots'") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("my.yaml:30: MY_BAD_TARGET: 'genuine' is not a post class") }, "\(p)")
    }

    @Test func patternAndMetaErrors() throws {
        let yaml = """
            class: follower-begging
            kind: post
            rules:
              - id: MY_PATTERN
                describe: Broken pattern
                score: 2
                pattern: "help (us|me reach"
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_META
                describe: Names a rule that does not exist
                score: 2
                meta: "BEG_ASK_FOLLOW && NO_SUCH_RULE"
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_CYCLE_A
                describe: Cycle
                score: 1
                meta: "MY_CYCLE_B"
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_CYCLE_B
                describe: Cycle
                score: 1
                meta: "MY_CYCLE_A || BEG_ASK_FOLLOW"
                examples: {match: ["x"], no-match: ["y"]}
              - id: MY_BAD_META_SYNTAX
                describe: Syntax
                score: 1
                meta: "BEG_ASK_FOLLOW && && BEG_ROAD_TO"
                examples: {match: ["x"], no-match: ["y"]}
            """
        let p = try problems(yaml)
        #expect(p.contains("my.yaml:7: MY_PATTERN: pattern \"help (us|me reach\", column 6: unclosed '('"), "\(p)")
        #expect(p.contains("my.yaml:12: MY_META: meta names unknown rule NO_SUCH_RULE"), "\(p)")
        #expect(p.contains { $0.contains("meta rules form a cycle") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("my.yaml:27: MY_BAD_META_SYNTAX: meta \"BEG_ASK_FOLLOW && && BEG_ROAD_TO\", column 19:") }, "\(p)")
    }

    @Test func fileLevelErrors() throws {
        let p1 = try problems("class: not-a-class\nkind: post\nrules: []\n")
        #expect(p1.contains { $0.hasPrefix("my.yaml:1: 'not-a-class' is not a post class") }, "\(p1)")
        let p2 = try problems("kind: post\nthreshold: 3\nrules: []\n")
        #expect(p2.contains("my.yaml:2: threshold needs a class: key in the same file"), "\(p2)")
        let p3 = try problems("class: spam\nkind: post\nrules:\n  - id: SPAM_NEW\n    describe: a\n    score: 1\n    list: missing.txt\n    examples: {match: [x], no-match: [y]}\n  - id: SPAM_NEW\n    describe: b\n")
        #expect(p3.contains { $0.hasPrefix("my.yaml:9: rule SPAM_NEW is also defined at") }, "\(p3)")
        let p4 = try problems("class: spam\nkind: post\nrules:\n  - id: SPAM_LIST\n    describe: a\n    score: 1\n    list: missing.txt\n    examples: {match: [x], no-match: [y]}\n")
        #expect(p4.contains("my.yaml:7: SPAM_LIST: list file 'missing.txt' not found (looked next to the rule files)"), "\(p4)")
        let p5 = try problems("class: spam\nkind: reply\nrules:\n  - id: RSPAM_B\n    describe: a\n    score: 1\n    bayes: {min: 0.9, max: 0.5}\n    examples: {match: [x], no-match: [y]}\n")
        #expect(p5.contains("my.yaml:7: RSPAM_B: bayes needs 0 ≤ min < max ≤ 1"), "\(p5)")
    }

    @Test func loadingThrowsOneLineWithTheFirstError() throws {
        let dir = try Shared.folder(["bad.yaml": "class: spam\nkind: post\nrules:\n  - id: x\n"])
        do {
            _ = try Classifier.load(overlay: dir)
            Issue.record("a bad overlay loaded")
        } catch let e as RulebookError {
            let line = e.engageError.description
            #expect(line.contains("bad.yaml: line 4:"), "\(line)")
            #expect(line.hasSuffix("[invalid-rule]"))
            #expect(!line.contains("\n"))
        }
    }
}
