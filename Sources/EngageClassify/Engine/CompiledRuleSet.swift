import EngageCore
import Foundation

/// The rules of one kind (posts, replies or accounts), compiled for speed.
///
/// Matching is separate from scoring. Every phrase, hashtag, list entry and every literal a pattern
/// requires goes into one Aho–Corasick automaton; one scan of the normalised text marks the phrases that
/// matched (on word edges) and the patterns worth running. Only those patterns run. Then each rule's
/// field tests and learned-model band are checked, meta rules are evaluated in dependency order, and
/// the scores of the rules that fired are added per class.
struct CompiledRuleSet: Sendable {
    enum LiteralAction: Sendable {
        /// A phrase of this rule matched if the occurrence sits on word edges (or anywhere, for
        /// substring lists).
        case phrase(rule: Int32, length: Int32, substring: Bool)
        /// A pattern (global pattern index) is worth running.
        case pattern(Int32)
    }

    let kind: RuleKind
    /// Target names: the kind's classes, then content kinds (posts).
    let targets: [String]
    let classCount: Int
    let thresholds: [Double]
    let priorities: [Int]
    let rules: [CompiledRule]
    /// Evaluation order: plain rules in definition order, then meta rules after the rules they name.
    let order: [Int]
    let automaton: AhoCorasick
    let actionStart: [Int32]
    let actions: [LiteralAction]
    /// Patterns: owning rule and program. `alwaysRun` lists patterns without a required literal.
    let patterns: [(rule: Int, program: PatternProgram)]
    let alwaysRun: [Int]
    /// Domain → rules that list it.
    let domains: [String: [Int]]
    let model: NaiveBayesModel?
    let usesBayes: Bool
    let usesOverlap: Bool

    /// The index of a rule by id.
    let index: [String: Int]

    // MARK: - Evaluation

    /// The outcome of evaluating the rules on one item.
    struct Outcome {
        var fired: [Bool]
        var scores: [Double]
        var probabilities: [Double]?
    }

    /// Evaluates every rule on `features`.
    func evaluate(_ features: Features) -> Outcome {
        let n = rules.count
        var textMatched = [Bool](repeating: false, count: n)
        var candidates = [Bool](repeating: false, count: patterns.count)
        features.text.withUnsafeBufferPointer { t in
            if !actions.isEmpty {
                automaton.scan(t) { literal, end in
                    for k in Int(actionStart[literal])..<Int(actionStart[literal + 1]) {
                        switch actions[k] {
                        case .phrase(let rule, let length, let substring):
                            if textMatched[Int(rule)] { continue }
                            if substring || (WordBoundary.isEdge(end - Int(length), in: t) && WordBoundary.isEdge(end, in: t)) {
                                textMatched[Int(rule)] = true
                            }
                        case .pattern(let p):
                            candidates[Int(p)] = true
                        }
                    }
                }
            }
            for p in alwaysRun { candidates[p] = true }
            for p in 0..<patterns.count where candidates[p] {
                let rule = patterns[p].rule
                if textMatched[rule] || rules[rule].disabled { continue }
                if patterns[p].program.matches(t) { textMatched[rule] = true }
            }
        }
        if !domains.isEmpty {
            for host in features.hosts {
                var h = Substring(host)
                while !h.isEmpty {
                    if let rs = domains[String(h)] { for r in rs { textMatched[r] = true } }
                    guard let dot = h.firstIndex(of: ".") else { break }
                    h = h[h.index(after: dot)...]
                }
            }
        }
        var probabilities: [Double]? = nil
        if usesBayes, let model {
            probabilities = features.text.withUnsafeBufferPointer { model.probabilities($0) }
        }
        var fired = [Bool](repeating: false, count: n)
        for r in order {
            let rule = rules[r]
            if rule.disabled { continue }
            if let meta = rule.meta {
                fired[r] = meta.evaluate { fired[$0] }
                continue
            }
            if rule.hasText && !textMatched[r] { continue }
            var ok = true
            for test in rule.tests where !test.passes(features.fields[test.field.rawValue]) {
                ok = false
                break
            }
            if !ok { continue }
            if let band = rule.bayes {
                guard let p = probabilities, band.modelClass >= 0 else { continue }
                let v = p[band.modelClass]
                guard v >= band.min && (v < band.max || band.max >= 1) else { continue }
            }
            fired[r] = true
        }
        var scores = [Double](repeating: 0, count: targets.count)
        for r in 0..<n where fired[r] && !rules[r].isHelper {
            for s in rules[r].scores { scores[s.target] += s.score }
        }
        return Outcome(fired: fired, scores: scores, probabilities: probabilities)
    }

    // MARK: - Decision

    /// The explained verdict for an outcome. `isReply` makes a valuable post without another content
    /// kind a conversation.
    func verdict(_ o: Outcome, isReply: Bool) -> Verdict {
        let defaultIndex = targets.firstIndex(of: kind.defaultClass) ?? 0
        var winner: Int? = nil
        var rival: Int? = nil
        for c in 0..<classCount where c != defaultIndex {
            let margin = o.scores[c] - thresholds[c]
            if margin >= 0 {
                if let w = winner {
                    let wm = o.scores[w] - thresholds[w]
                    if margin > wm || (margin == wm && priorities[c] < priorities[w]) { winner = c }
                } else {
                    winner = c
                }
            }
            if let r = rival {
                if margin > o.scores[r] - thresholds[r] { rival = c }
            } else {
                rival = c
            }
        }
        let label = targets[winner ?? defaultIndex]
        let scored = winner ?? rival ?? defaultIndex
        var hits: [RuleHit] = []
        for r in 0..<rules.count where o.fired[r] && !rules[r].isHelper {
            for s in rules[r].scores where s.score != 0 {
                hits.append(RuleHit(id: rules[r].id, target: targets[s.target], score: s.score, describe: rules[r].describe))
            }
        }
        hits.sort { abs($0.score) != abs($1.score) ? abs($0.score) > abs($1.score) : $0.id < $1.id }
        var contentKind: ContentKind? = nil
        if kind == .post, winner == nil {
            var best: (Int, Double)? = nil
            for t in classCount..<targets.count where o.scores[t] > 0 {
                if best == nil || o.scores[t] > best!.1 { best = (t, o.scores[t]) }
            }
            contentKind = best.map { ContentKind(rawValue: targets[$0.0]) ?? .other } ?? (isReply ? .conversation : .other)
        }
        var classScores: [String: Double] = [:]
        for c in 0..<classCount { classScores[targets[c]] = o.scores[c] }
        return Verdict(label: label, score: o.scores[scored], threshold: thresholds[scored], hits: hits,
                       contentKind: contentKind, scoredClass: targets[scored], classScores: classScores)
    }
}
