/// One rule, ready to evaluate: its targets as indices, its tests, its learned-model band and its meta
/// expression resolved to rule indices. Text conditions live in ``CompiledRuleSet``'s automaton.
struct CompiledRule: Sendable {
    let id: String
    let describe: String
    let location: SourceLocation
    let isHelper: Bool
    let disabled: Bool
    /// (target index, score): targets are the kind's classes, then (posts) content kinds.
    let scores: [(target: Int, score: Double)]
    /// The rule has a text condition (pattern, phrases, list, hashtags or domains): it fires only when
    /// one of them matched.
    let hasText: Bool
    let tests: [FieldTest]
    /// The model class whose probability must lie in [min, max); class -1 when the model lacks it.
    let bayes: (modelClass: Int, min: Double, max: Double)?
    let meta: MetaExpression.Resolved?
    let examples: RuleExamples?
}
