import EngageCore
import Foundation

/// Fits rule scores to a user's labelled data (`engage rules fit`), as SpamAssassin's perceptron does:
/// matching stays as it is, only the scores move.
///
/// For each class, the rules that score it are the features of a logistic model whose decision is
/// exactly the rulebook's: `sum(scores of fired rules) ≥ threshold`. Scores start at their current
/// values and are pulled back toward them (L2), so rules the data never exercises keep their score.
/// A false positive (flagging an item whose gold label is another class) costs `falsePositivePenalty`
/// times as much as a miss: wrongly calling genuine engagement spam is the worse error.
public struct ScoreFitter {
    /// One fitted score.
    public struct Change: Sendable {
        public var rule: String
        public var target: String
        public var old: Double
        public var new: Double
        /// Items of the set the rule fired on.
        public var fired: Int
    }

    public var falsePositivePenalty: Double = 3
    /// Strength of the pull toward the current scores.
    public var regularisation: Double = 0.05
    public var iterations = 800
    public var learningRate = 0.05

    public init(falsePositivePenalty: Double = 3) {
        self.falsePositivePenalty = falsePositivePenalty
    }

    /// Fits scores on `set` and returns every score that moved by 0.1 or more.
    public func fit(_ set: LabelledSet, classifier: Classifier) -> [Change] {
        let rules = classifier.compiled[set.kind]
        let outcomes: [[Bool]] = set.items.map { item in
            rules.evaluate(features(item, kind: set.kind)).fired
        }
        var changes: [Change] = []
        let defaultClass = set.kind.defaultClass
        for (c, className) in rules.targets.enumerated() where c < rules.classCount && className != defaultClass {
            let labels: [Double] = set.items.map { item in
                if set.binary { return item.label == LabelledSet.positive ? 1 : 0 }
                return item.label == className ? 1 : 0
            }
            guard labels.contains(1) else { continue }  // no gold examples: nothing to learn for this class
            // Features: non-helper rules that score this class.
            var features: [(rule: Int, slot: Int, initial: Double)] = []
            for (r, rule) in rules.rules.enumerated() where !rule.isHelper && !rule.disabled {
                for (k, s) in rule.scores.enumerated() where s.target == c { features.append((r, k, s.score)) }
            }
            guard !features.isEmpty else { continue }
            let threshold = rules.thresholds[c]
            var w = features.map(\.initial)
            let x: [[Int]] = outcomes.map { fired in features.indices.filter { fired[features[$0].rule] } }
            for _ in 0..<iterations {
                var grad = [Double](repeating: 0, count: w.count)
                for (i, active) in x.enumerated() {
                    let z = active.reduce(0) { $0 + w[$1] } - threshold
                    let p = 1 / (1 + exp(-z))
                    let weight = labels[i] == 1 ? 1 : falsePositivePenalty
                    let g = weight * (p - labels[i])
                    for j in active { grad[j] += g }
                }
                for j in w.indices {
                    grad[j] = grad[j] / Double(x.count) + 2 * regularisation * (w[j] - features[j].initial)
                    w[j] -= learningRate * grad[j] * Double(x.count).squareRoot()
                }
            }
            for (j, f) in features.enumerated() {
                let new = (w[j] * 10).rounded() / 10
                if abs(new - f.initial) >= 0.1 {
                    changes.append(Change(rule: rules.rules[f.rule].id, target: className, old: f.initial, new: new,
                                          fired: x.reduce(0) { $0 + ($1.contains(j) ? 1 : 0) }))
                }
            }
        }
        return changes
    }

    private func features(_ item: LabelledSet.Item, kind: RuleKind) -> Features {
        var scratch = [UInt8]()
        switch kind {
        case .account: return Features(account: item.account!, asOf: item.date ?? Date())
        case .post: return Features(post: item.post!, parent: nil, needsOverlap: false, scratch: &scratch)
        case .reply: return Features(post: item.post!, parent: item.parent, needsOverlap: true, scratch: &scratch)
        }
    }

    /// The fitted scores as an overlay rule file: each changed rule with its complete new score map.
    public static func overlay(_ changes: [Change], classifier: Classifier, kind: RuleKind, source: String, items: Int,
                               penalty: Double) -> String {
        let rules = classifier.compiled[kind]
        var out = """
            # Rule scores fitted by `engage rules fit` on \(source) (\(items) \(kind.rawValue)s, false-positive penalty \(VerdictFormat.number(penalty))).
            # Use them with --rules DIR (the folder holding this file). Only scores change: patterns stay in the defaults.
            rules:

            """
        var byRule: [String: [Change]] = [:]
        for c in changes { byRule[c.rule, default: []].append(c) }
        for rule in rules.rules where byRule[rule.id] != nil {
            var targets: [(String, Double)] = rule.scores.map { (rules.targets[$0.target], $0.score) }
            for c in byRule[rule.id]! {
                if let k = targets.firstIndex(where: { $0.0 == c.target }) { targets[k].1 = c.new }
            }
            out += "  - id: \(rule.id)\n"
            out += "    score: {" + targets.map { "\($0.0): \(VerdictFormat.number($0.1))" }.joined(separator: ", ") + "}\n"
        }
        if byRule.isEmpty { out += "  []\n" }
        return out
    }
}
