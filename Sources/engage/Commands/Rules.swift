import ArgumentParser

extension Engage {
    /// `engage rules`: test, check and fit the rulebook.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Test the rules' examples, check a rule folder, or fit rule scores to labelled data.",
            subcommands: [RulesTest.self, RulesCheck.self, RulesFit.self])
    }
}
