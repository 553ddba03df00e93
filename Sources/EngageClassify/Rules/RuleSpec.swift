import EngageCore

/// A file and line a rule, class or example was written at.
struct SourceLocation: Sendable, Hashable {
    var file: String
    var line: Int?
}

/// A value with the line it was written on.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var line: Int?
}

/// One rule as written in a rule file. In an overlay, every field but `id` may be missing: the fields
/// given replace the default rule's (SpamAssassin's model: a user changes a score without touching a
/// pattern).
struct RuleSpec: Sendable {
    var id: String
    var location: SourceLocation
    /// The class of the file the rule was first defined in: a plain `score:` goes to it.
    var ownerClass: String?
    var kind: RuleKind?
    var describe: String?
    /// The score: a plain number for `ownerClass`, or per target (a class, or for posts a content kind).
    var score: ScoreSpec?
    var disabled: Bool?
    var patterns: [Located<String>]?
    var phrases: [Located<String>]?
    var list: ListSpec?
    var hashtags: [String]?
    var domains: [String]?
    var when: [Located<FieldTest>]?
    var meta: Located<String>?
    var bayes: BayesBand?
    var examples: RuleExamples?

    /// True for helper rules (`__NAME`): they feed meta rules, never score, never show in verdicts.
    var isHelper: Bool { id.hasPrefix("__") }

    /// True when the spec defines a condition (as a new rule must).
    var hasCondition: Bool {
        patterns != nil || phrases != nil || list != nil || hashtags != nil || domains != nil || when != nil
            || meta != nil || bayes != nil
    }

    /// This rule with the fields an overlay gives replaced.
    func applying(_ o: RuleSpec) -> RuleSpec {
        var r = self
        r.location = o.location
        if let v = o.describe { r.describe = v }
        if let v = o.score { r.score = v }
        if let v = o.disabled { r.disabled = v }
        // A new condition replaces the whole condition.
        if o.hasCondition {
            r.patterns = o.patterns
            r.phrases = o.phrases
            r.list = o.list
            r.hashtags = o.hashtags
            r.domains = o.domains
            r.when = o.when
            r.meta = o.meta
            r.bayes = o.bayes
        }
        if let v = o.examples { r.examples = v }
        return r
    }
}

/// A rule's `score:`.
enum ScoreSpec: Sendable {
    /// `score: 3`: added to the class of the file the rule was defined in.
    case plain(Double)
    /// `score: {follower-begging: -2, how-to: 1}`.
    case targets([(target: String, score: Double)])

    /// The targets, with a plain score given to `owner`.
    func resolved(owner: String?) -> [(target: String, score: Double)] {
        switch self {
        case .plain(let v): return owner.map { [($0, v)] } ?? []
        case .targets(let t): return t
        }
    }
}

/// `list:` a file of phrases (one per line, `#` comments) next to the rule file.
struct ListSpec: Sendable {
    enum Match: String, Sendable {
        /// Whole words, as `phrases:`.
        case words
        /// Anywhere, also inside words (WordPress's "Disallowed Comment Keys" semantics).
        case substring
    }
    var file: String
    var match: Match
    var line: Int?
}

/// `bayes: {class: spam, min: 0.95, max: 1.0}`: the learned model's probability for a class lies in
/// [min, max) (max 1 included).
struct BayesBand: Sendable {
    var target: String?
    var min: Double
    var max: Double
    var line: Int?
}

/// A rule's `examples`: inputs that must make it fire, and inputs that must not.
struct RuleExamples: Sendable {
    var match: [Located<JSONValue>]
    var noMatch: [Located<JSONValue>]
}

/// A class as its rule file declares it.
struct ClassSpec: Sendable {
    var name: String
    var kind: RuleKind
    var threshold: Double?
    var describe: String?
    /// Lower wins ties between classes over their thresholds by the same margin.
    var priority: Int?
    var location: SourceLocation
    /// Whole-verdict examples: inputs that must be classified as this class, and inputs that must not.
    var examples: RuleExamples?
}

/// One parsed rule file.
struct RuleFileSpec: Sendable {
    var file: String
    var classSpec: ClassSpec?
    var kind: RuleKind?
    var rules: [RuleSpec]
}
