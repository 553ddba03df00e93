@testable import EngageClassify
import Testing

/// SwiftLint's model: every rule carries inputs it must fire on and inputs it must not, and one
/// parameterised test runs them all (`engage rules test` does the same from the command line).
@Suite struct RuleExamplesTests {
    static let report = Shared.classifier.runExamples()

    static var subjects: [String] {
        var ids: [String] = []
        for kind in RuleKind.allCases {
            for rule in Shared.classifier.compiled[kind].rules where rule.examples != nil { ids.append(rule.id) }
            for c in kind.classes where Shared.classifier.rulebook.classSpec(kind, c)?.examples != nil { ids.append("class \(c)") }
        }
        return ids
    }

    @Test(arguments: subjects)
    func examplesBehave(_ subject: String) {
        let failures = Self.report.failures.filter { $0.subject == subject }
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyDefaultRuleHasMatchingAndNonMatchingExamples() {
        for kind in RuleKind.allCases {
            for rule in Shared.classifier.compiled[kind].rules {
                let e = rule.examples
                #expect((e?.match.isEmpty ?? true) == false, "\(rule.id) has no match examples")
                #expect((e?.noMatch.isEmpty ?? true) == false, "\(rule.id) has no no-match examples")
            }
        }
        #expect(Self.report.checked > 400)
        #expect(Self.report.skipped == 0)
    }
}
