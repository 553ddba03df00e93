import ArgumentParser
import EngageClassify
import EngageCore

extension Engage {
    /// `engage rules test`: every rule's examples must behave.
    struct RulesTest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every rule's examples (and every class's verdict examples); fail on the first mismatch count.")

        @OptionGroup var rules: RulesOptions

        func run() throws {
            let classifier = try rules.classifier()
            let report = classifier.runExamples()
            let out = StandardOutput()
            for f in report.failures { out.line(f.description) }
            var summary = "\(report.checked) examples of \(report.subjects) rules and classes: "
            summary += report.failures.isEmpty ? "all passed" : "\(report.failures.count) failed"
            if report.skipped > 0 {
                summary += " (\(report.skipped) examples of bayes rules skipped: the overlay replaces the model they were written for)"
            }
            out.line(summary)
            out.flush()
            if !report.passed { throw ExitCode(1) }
        }
    }
}
