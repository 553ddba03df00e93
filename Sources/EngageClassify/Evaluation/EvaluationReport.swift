import EngageCore
import Foundation

/// Per-class precision, recall, F1 and Matthews correlation (one class against the rest), the confusion
/// matrix, accuracy and macro-F1 of a classifier on a labelled set (`engage eval`).
public struct EvaluationReport: Sendable {
    /// Scores of one class against all others.
    public struct ClassMetrics: Sendable {
        public var name: String
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0

        /// Gold items of the class.
        public var support: Int { truePositives + falseNegatives }
        /// Items predicted as the class.
        public var predicted: Int { truePositives + falsePositives }
        /// nil when nothing was predicted as the class.
        public var precision: Double? { predicted == 0 ? nil : Double(truePositives) / Double(predicted) }
        /// nil when the class has no gold items.
        public var recall: Double? { support == 0 ? nil : Double(truePositives) / Double(support) }
        public var f1: Double? {
            guard let p = precision, let r = recall else { return nil }
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        /// Matthews correlation; nil when undefined (a row or column of the 2×2 table is empty).
        public var mcc: Double? {
            let tp = Double(truePositives), fp = Double(falsePositives), fn = Double(falseNegatives), tn = Double(trueNegatives)
            let d = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
            return d == 0 ? nil : (tp * tn - fp * fn) / d.squareRoot()
        }
    }

    /// One misclassified item, for inspection.
    public struct Miss: Sendable {
        public var id: String
        public var line: Int
        public var gold: String
        public var predicted: String
        public var text: String
        public var rules: [String]
    }

    public var file: String
    public var kind: RuleKind
    public var binary: Bool
    /// Class names in matrix order.
    public var classes: [String]
    /// `confusion[gold][predicted]`.
    public var confusion: [[Int]]
    public var perClass: [ClassMetrics]
    /// For multi-class post and reply sets: the low-value (not genuine) classes together against the default.
    public var collapsed: ClassMetrics?
    public var misses: [Miss]

    public var total: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }
    public var accuracy: Double {
        total == 0 ? 0 : Double(classes.indices.reduce(0) { $0 + confusion[$1][$1] }) / Double(total)
    }
    /// Mean F1 over classes with gold items.
    public var macroF1: Double {
        let f = perClass.filter { $0.support > 0 }.map { $0.f1 ?? 0 }
        return f.isEmpty ? 0 : f.reduce(0, +) / Double(f.count)
    }

    /// Classifies every item of `set` and scores the predictions. With `modelOnly`, the learned model's
    /// most probable class is the prediction (to see the learned layer on its own).
    public static func evaluate(_ set: LabelledSet, with classifier: Classifier, modelOnly: Bool = false) -> EvaluationReport {
        let predicted = set.items.map { item in
            if modelOnly, set.kind.hasText, let p = classifier.bayesProbabilities(item.post?.text ?? "", as: set.kind),
               let top = p.max(by: { $0.1 < $1.1 }) {
                return Verdict(label: top.0, score: top.1, threshold: 0.5, hits: [])
            }
            return predict(item, kind: set.kind, classifier)
        }
        return score(set, predicted: predicted)
    }

    /// The verdict for one labelled item.
    static func predict(_ item: LabelledSet.Item, kind: RuleKind, _ classifier: Classifier) -> Verdict {
        switch kind {
        case .post: return classifier.classify(item.post!)
        case .reply: return classifier.classifyReply(item.post!, parent: item.parent)
        case .account: return classifier.classify(item.account!, asOf: item.date)
        }
    }

    static func score(_ set: LabelledSet, predicted: [Verdict]) -> EvaluationReport {
        let classes: [String]
        if set.binary {
            classes = [LabelledSet.positive, LabelledSet.negative]
        } else {
            let present = Set(set.items.map(\.label)).union(predicted.map(\.label))
            classes = set.kind.classes.filter { present.contains($0) }
        }
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: classes.count), count: classes.count)
        var misses: [Miss] = []
        var collapsed = ClassMetrics(name: set.positiveName)
        let defaultClass = set.kind.defaultClass
        for (item, verdict) in zip(set.items, predicted) {
            let p = set.binary ? (verdict.label == defaultClass ? LabelledSet.negative : LabelledSet.positive) : verdict.label
            guard let g = classes.firstIndex(of: item.label), let q = classes.firstIndex(of: p) else { continue }
            confusion[g][q] += 1
            if g != q {
                misses.append(Miss(id: item.id, line: item.line, gold: item.label, predicted: p,
                                   text: item.post?.text ?? describe(item.account),
                                   rules: verdict.hits.prefix(4).map { "\($0.id)(\($0.target) \(VerdictFormat.number($0.score)))" }))
            }
            let goldLow = item.label != defaultClass, predLow = verdict.label != defaultClass
            switch (goldLow, predLow) {
            case (true, true): collapsed.truePositives += 1
            case (false, true): collapsed.falsePositives += 1
            case (true, false): collapsed.falseNegatives += 1
            case (false, false): collapsed.trueNegatives += 1
            }
        }
        var perClass: [ClassMetrics] = []
        let n = confusion.reduce(0) { $0 + $1.reduce(0, +) }
        for (c, name) in classes.enumerated() {
            var m = ClassMetrics(name: set.binary ? (c == 0 ? set.positiveName : set.negativeName) : name)
            m.truePositives = confusion[c][c]
            m.falseNegatives = confusion[c].reduce(0, +) - confusion[c][c]
            m.falsePositives = classes.indices.reduce(0) { $0 + confusion[$1][c] } - confusion[c][c]
            m.trueNegatives = n - m.truePositives - m.falseNegatives - m.falsePositives
            perClass.append(m)
        }
        let showCollapsed = !set.binary && set.kind != .account && classes.count > 2
        return EvaluationReport(file: set.file, kind: set.kind, binary: set.binary,
                                classes: set.binary ? [set.positiveName, set.negativeName] : classes,
                                confusion: confusion, perClass: perClass, collapsed: showCollapsed ? collapsed : nil,
                                misses: misses)
    }

    static func describe(_ a: Account?) -> String {
        guard let a else { return "" }
        func v(_ x: Int?) -> String { x.map(String.init) ?? "?" }
        return "followers \(v(a.followers)), following \(v(a.following)), posts \(v(a.posts)), likes \(v(a.likes))"
    }
}
