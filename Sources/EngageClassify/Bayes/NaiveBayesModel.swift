import Foundation

/// The learned layer: a multinomial naive Bayes model over ``Tokenizer`` tokens (each token counted once
/// per text), kept as a plain tab-separated data file (`rules/bayes-post.tsv`, `rules/bayes-reply.tsv`)
/// that `engage train` writes. Its class probabilities reach verdicts only through ordinary scored rules
/// (`bayes: {class: spam, min: 0.95}`), as SpamAssassin's BAYES_xx rules do, so every verdict stays
/// explained.
///
/// File format:
/// ```
/// engage-bayes	1
/// kind	reply
/// classes	genuine	spam	self-promotion
/// documents	120	80	40
/// alpha	0.5
/// temperature	2
/// subscribe	0	31	12
/// check out	1	20	25
/// ```
public struct NaiveBayesModel: Sendable {
    /// What the model classifies (post or reply texts).
    public let kind: RuleKind
    /// The classes it was trained on.
    public let classes: [String]
    /// Training texts per class.
    public let documents: [Int]
    /// Additive smoothing.
    public let alpha: Double
    /// Softmax temperature fitted on held-out folds (higher = less confident).
    public let temperature: Double
    /// Tokens and their per-class document counts.
    let vocabulary: [String]
    let counts: [Int32]

    private let logPrior: [Double]
    private let logLikelihood: [Float]
    private let table: TokenHashTable

    /// Creates a model from counts (`counts[token * classes.count + class]`).
    init(kind: RuleKind, classes: [String], documents: [Int], alpha: Double, temperature: Double,
         vocabulary: [String], counts: [Int32]) {
        self.kind = kind
        self.classes = classes
        self.documents = documents
        self.alpha = alpha
        self.temperature = temperature
        self.vocabulary = vocabulary
        self.counts = counts
        let c = classes.count
        let v = vocabulary.count
        let totalDocs = Double(documents.reduce(0, +))
        logPrior = documents.map { log((Double($0) + 1) / (totalDocs + Double(c))) }
        var tokenTotals = [Double](repeating: 0, count: c)
        for t in 0..<v { for k in 0..<c { tokenTotals[k] += Double(counts[t * c + k]) } }
        var ll = [Float](repeating: 0, count: v * c)
        for t in 0..<v {
            for k in 0..<c {
                ll[t * c + k] = Float(log((Double(counts[t * c + k]) + alpha) / (tokenTotals[k] + alpha * Double(v))))
            }
        }
        logLikelihood = ll
        table = TokenHashTable(vocabulary.map(TokenHashTable.hash))
    }

    /// The probability of each class (in ``classes`` order) for normalised text. Each token counts once.
    func probabilities(_ normalized: UnsafeBufferPointer<UInt8>) -> [Double] {
        let c = classes.count
        var score = logPrior
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { seen in
            var seenCount = 0
            logLikelihood.withUnsafeBufferPointer { ll in
                score.withUnsafeMutableBufferPointer { sc in
                    Tokenizer.forEachHash(normalized) { hash in
                        guard let row = table.row(hash) else { return }
                        let r = Int32(row)
                        for k in 0..<seenCount where seen[k] == r { return }
                        if seenCount < 256 {
                            seen[seenCount] = r
                            seenCount += 1
                        }
                        let base = row * c
                        for k in 0..<c { sc[k] += Double(ll[base + k]) }
                    }
                }
            }
        }
        return NaiveBayesModel.softmax(score, temperature: temperature)
    }

    /// The raw log scores (prior plus likelihoods) of a set of tokens, before the temperature.
    func logScores(tokens: Set<String>) -> [Double] {
        let c = classes.count
        var score = logPrior
        for token in tokens {
            guard let row = table.row(TokenHashTable.hash(token)) else { continue }
            for k in 0..<c { score[k] += Double(logLikelihood[row * c + k]) }
        }
        return score
    }

    static func softmax(_ score: [Double], temperature: Double) -> [Double] {
        guard let top = score.max() else { return [] }
        let e = score.map { exp(($0 - top) / temperature) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }

    // MARK: - File

    /// The model as its data file.
    public func serialized() -> String {
        var out = "engage-bayes\t1\nkind\t\(kind.rawValue)\nclasses\t\(classes.joined(separator: "\t"))\n"
        out += "documents\t\(documents.map(String.init).joined(separator: "\t"))\n"
        out += "alpha\t\(alpha)\ntemperature\t\(temperature)\n"
        let c = classes.count
        let order = vocabulary.indices.sorted { vocabulary[$0].utf8.lexicographicallyPrecedes(vocabulary[$1].utf8) }
        for t in order {
            out += vocabulary[t]
            for k in 0..<c { out += "\t\(counts[t * c + k])" }
            out += "\n"
        }
        return out
    }

    /// Reads a model file; problems are reported as `file:line`.
    static func parse(_ text: String, file: String) throws -> NaiveBayesModel {
        func fail(_ line: Int, _ m: String) -> RulebookError { RulebookError([RuleProblem(file: file, line: line, m)]) }
        var kind: RuleKind?
        var classes: [String] = []
        var documents: [Int] = []
        var alpha = 1.0, temperature = 1.0
        var vocabulary: [String] = []
        var counts: [Int32] = []
        var lineNumber = 0
        var header = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if raw.isEmpty { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if lineNumber == 1 {
                guard fields == ["engage-bayes", "1"] else { throw fail(1, "not an engage naive Bayes model (expected 'engage-bayes<TAB>1')") }
                continue
            }
            if header {
                switch fields[0] {
                case "kind":
                    guard fields.count == 2, let k = RuleKind(rawValue: fields[1]), k.hasText else {
                        throw fail(lineNumber, "kind is post or reply")
                    }
                    kind = k
                    continue
                case "classes":
                    classes = Array(fields.dropFirst())
                    if let kind, let bad = classes.first(where: { !kind.classes.contains($0) }) {
                        throw fail(lineNumber, "'\(bad)' is not a \(kind.rawValue) class")
                    }
                    continue
                case "documents":
                    documents = fields.dropFirst().compactMap { Int($0) }
                    continue
                case "alpha":
                    guard let a = fields.count == 2 ? Double(fields[1]) : nil, a > 0 else { throw fail(lineNumber, "alpha must be a positive number") }
                    alpha = a
                    continue
                case "temperature":
                    guard let t = fields.count == 2 ? Double(fields[1]) : nil, t > 0 else { throw fail(lineNumber, "temperature must be a positive number") }
                    temperature = t
                    continue
                default:
                    header = false
                    guard kind != nil, !classes.isEmpty, documents.count == classes.count else {
                        throw fail(lineNumber, "the header needs kind, classes and one document count per class")
                    }
                }
            }
            guard fields.count == classes.count + 1 else {
                throw fail(lineNumber, "expected a token and \(classes.count) counts separated by tabs")
            }
            vocabulary.append(fields[0])
            for f in fields.dropFirst() {
                guard let v = Int32(f), v >= 0 else { throw fail(lineNumber, "count '\(f)' is not a non-negative integer") }
                counts.append(v)
            }
        }
        guard let kind, !classes.isEmpty, documents.count == classes.count else {
            throw fail(lineNumber, "the header needs kind, classes and one document count per class")
        }
        return NaiveBayesModel(kind: kind, classes: classes, documents: documents, alpha: alpha,
                               temperature: temperature, vocabulary: vocabulary, counts: counts)
    }
}
