import Foundation

/// Trains a ``NaiveBayesModel`` from labelled texts (`engage train`).
///
/// Each text's tokens are counted once. Tokens seen in fewer than `minDocuments` texts are dropped (they
/// mostly memorise single examples). The softmax temperature is fitted by 5-fold cross-validation
/// (the one minimising the held-out log loss), so a `bayes: {min: 0.95}` band means roughly what it says.
public enum NaiveBayesTrainer {
    /// Trains a model for `kind` from `(text, label)` pairs; labels must be classes of `kind`.
    public static func train(kind: RuleKind, examples: [(text: String, label: String)], alpha: Double = 0.5,
                             minDocuments: Int = 2) -> NaiveBayesModel {
        let docs = examples.map { (tokens: Set(Tokenizer.tokens(TextNormalizer.normalize($0.text))), label: $0.label) }
        let classes = kind.classes.filter { c in docs.contains { $0.label == c } }
        let labels = docs.map { d in classes.firstIndex(of: d.label) ?? 0 }
        let all = Array(docs.indices)
        let model = build(kind: kind, classes: classes, docs: docs.map(\.tokens), labels: labels, using: all,
                          alpha: alpha, minDocuments: minDocuments, temperature: 1)
        let temperature = fitTemperature(kind: kind, classes: classes, docs: docs, labels: labels, alpha: alpha,
                                         minDocuments: minDocuments)
        return NaiveBayesModel(kind: kind, classes: classes, documents: model.documents, alpha: alpha,
                               temperature: temperature, vocabulary: model.vocabulary, counts: model.counts)
    }

    static func build(kind: RuleKind, classes: [String], docs: [Set<String>], labels: [Int], using: [Int],
                      alpha: Double, minDocuments: Int, temperature: Double) -> NaiveBayesModel {
        let c = classes.count
        var documents = [Int](repeating: 0, count: c)
        var table: [String: [Int32]] = [:]
        for i in using {
            documents[labels[i]] += 1
            for t in docs[i] { table[t, default: [Int32](repeating: 0, count: c)][labels[i]] += 1 }
        }
        var vocabulary: [String] = []
        var counts: [Int32] = []
        for (t, row) in table where row.reduce(0, +) >= Int32(minDocuments) {
            vocabulary.append(t)
            counts.append(contentsOf: row)
        }
        return NaiveBayesModel(kind: kind, classes: classes, documents: documents, alpha: alpha,
                               temperature: temperature, vocabulary: vocabulary, counts: counts)
    }

    /// The temperature with the lowest 5-fold held-out log loss.
    static func fitTemperature(kind: RuleKind, classes: [String], docs: [(tokens: Set<String>, label: String)],
                               labels: [Int], alpha: Double, minDocuments: Int) -> Double {
        guard docs.count >= 10, classes.count >= 2 else { return 1 }
        var held: [(scores: [Double], label: Int)] = []
        let folds = 5
        for f in 0..<folds {
            let train = docs.indices.filter { $0 % folds != f }
            let test = docs.indices.filter { $0 % folds == f }
            let m = build(kind: kind, classes: classes, docs: docs.map(\.tokens), labels: labels, using: train,
                          alpha: alpha, minDocuments: minDocuments, temperature: 1)
            for i in test {
                held.append((m.logScores(tokens: docs[i].tokens), labels[i]))
            }
        }
        let candidates: [Double] = [1, 1.5, 2, 3, 4, 6, 8, 12, 16]
        var best = 1.0, bestLoss = Double.infinity
        for t in candidates {
            var loss = 0.0
            for h in held {
                let p = NaiveBayesModel.softmax(h.scores, temperature: t)
                loss -= log(max(p[h.label], 1e-12))
            }
            if loss < bestLoss {
                bestLoss = loss
                best = t
            }
        }
        return best
    }
}
