import EngageCore
import Foundation

/// The rules of one kind (posts, replies or accounts), compiled for speed.
///
/// Matching is separate from scoring. Every phrase, hashtag, list entry and every literal a pattern
/// requires goes into one Aho–Corasick automaton; one scan of the normalised text marks the phrases that
/// matched (on word edges) and the patterns worth running. Only those patterns run. Then each rule's
/// field tests and learned-model band are checked, meta rules are evaluated in dependency order, and
/// the scores of the rules that fired are added per class.
final class CompiledRuleSet: Sendable {
    enum LiteralAction: Sendable {
        /// A phrase of this rule matched if the occurrence sits on word edges (or anywhere, for
        /// substring lists).
        case phrase(rule: Int32, length: Int32, substring: Bool)
        /// One of the literal groups of a pattern (global pattern index) occurred; the pattern is worth
        /// running when all of its groups did.
        case pattern(Int32, group: UInt8)
        /// A literal a pattern's matches start with (its group 0) occurred: the pattern is tried from there.
        case patternStart(Int32, length: Int32)
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
    /// For each pattern, the bits of its literal groups: it runs when every bit was seen.
    let patternMasks: [UInt8]
    /// Patterns tried only where one of their starting literals occurred.
    let anchored: [Bool]
    let alwaysRun: [Int]
    /// Domain → rules that list it.
    let domains: [String: [Int]]
    let model: NaiveBayesModel?
    let usesBayes: Bool
    let usesOverlap: Bool
    /// True when a rule tests `caps` (computing it reads the text once more).
    let usesCaps: Bool

    /// The index of a rule by id.
    let index: [String: Int]

    // Flat per-rule data for the hot loop (no reference counting on the way).
    private let flags: [UInt8]
    private let testStart: [Int32]
    private let tests: [FieldTest]
    private let bands: [Band]
    private let patternStart: [Int32]
    private let rulePatterns: [Int32]
    private let programs: [PatternProgram]
    private let metas: [MetaExpression.Resolved?]
    private let scoreStart: [Int32]
    private let scoreTargets: [Int32]
    private let scoreValues: [Double]

    private static let disabledFlag: UInt8 = 1, helperFlag: UInt8 = 2, textFlag: UInt8 = 4, metaFlag: UInt8 = 8

    /// A rule's learned-model band; class -2 when the rule has none.
    private struct Band {
        var modelClass: Int32
        var min: Double
        var max: Double
    }

    init(kind: RuleKind, targets: [String], classCount: Int, thresholds: [Double], priorities: [Int],
         rules: [CompiledRule], order: [Int], automaton: AhoCorasick, actionStart: [Int32], actions: [LiteralAction],
         patterns: [(rule: Int, program: PatternProgram)], patternMasks: [UInt8], anchored: [Bool], alwaysRun: [Int],
         domains: [String: [Int]],
         model: NaiveBayesModel?, usesBayes: Bool, usesOverlap: Bool, index: [String: Int]) {
        self.kind = kind
        self.targets = targets
        self.classCount = classCount
        self.thresholds = thresholds
        self.priorities = priorities
        self.rules = rules
        self.order = order
        self.automaton = automaton
        self.actionStart = actionStart
        self.actions = actions
        self.patterns = patterns
        self.patternMasks = patternMasks
        self.anchored = anchored
        self.alwaysRun = alwaysRun
        self.domains = domains
        self.model = model
        self.usesBayes = usesBayes
        self.usesOverlap = usesOverlap
        self.index = index
        usesCaps = rules.contains { $0.tests.contains { $0.field == .caps } }
        var flags: [UInt8] = [], testStart: [Int32] = [0], tests: [FieldTest] = [], bands: [Band] = []
        for r in rules {
            var f: UInt8 = 0
            if r.disabled { f |= Self.disabledFlag }
            if r.isHelper { f |= Self.helperFlag }
            if r.hasText { f |= Self.textFlag }
            if r.meta != nil { f |= Self.metaFlag }
            flags.append(f)
            tests.append(contentsOf: r.tests)
            testStart.append(Int32(tests.count))
            bands.append(r.bayes.map { Band(modelClass: Int32($0.modelClass), min: $0.min, max: $0.max) }
                         ?? Band(modelClass: -2, min: 0, max: 0))
        }
        var patternStart: [Int32] = [0], rulePatterns: [Int32] = []
        for r in rules.indices {
            for (p, pattern) in patterns.enumerated() where pattern.rule == r { rulePatterns.append(Int32(p)) }
            patternStart.append(Int32(rulePatterns.count))
        }
        programs = patterns.map(\.program)
        metas = rules.map(\.meta)
        var scoreStart: [Int32] = [0], scoreTargets: [Int32] = [], scoreValues: [Double] = []
        for r in rules {
            for s in r.scores {
                scoreTargets.append(Int32(s.target))
                scoreValues.append(s.score)
            }
            scoreStart.append(Int32(scoreTargets.count))
        }
        self.scoreStart = scoreStart
        self.scoreTargets = scoreTargets
        self.scoreValues = scoreValues
        self.flags = flags
        self.testStart = testStart
        self.tests = tests
        self.bands = bands
        self.patternStart = patternStart
        self.rulePatterns = rulePatterns
    }

    // MARK: - Evaluation

    /// The outcome of evaluating the rules on one item.
    struct Outcome {
        var fired: [Bool]
        var scores: [Double]
        var probabilities: [Double]?
    }

    /// Evaluates every rule on `features`.
    ///
    /// Plain rules are decided in definition order. Helper rules (`__NAME`) are decided only when a meta
    /// rule asks for them, so a helper behind a false `&&` never runs its patterns; `decideHelpers`
    /// decides them all (for their examples). All working state lives in stack buffers.
    func evaluate(_ features: Features, decideHelpers: Bool = false) -> Outcome {
        let n = rules.count
        var fired = [Bool](repeating: false, count: n)
        var scores = [Double](repeating: 0, count: targets.count)
        let probabilities: [Double]? = usesBayes ? model.map { m in features.text.withUnsafeBufferPointer { m.probabilities($0) } } : nil
        features.text.withUnsafeBufferPointer { t in
            fired.withUnsafeMutableBufferPointer { firedOut in
                scores.withUnsafeMutableBufferPointer { scoresOut in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n + patterns.count) { work in
                        withUnsafeTemporaryAllocation(of: (Int32, Int32).self, capacity: Self.maxStarts) { starts in
                            work.initialize(repeating: 0)
                            run(t, features, probabilities, decideHelpers,
                                textMatched: UnsafeMutableBufferPointer(rebasing: work[0..<n]),
                                state: UnsafeMutableBufferPointer(rebasing: work[n..<(2 * n)]),
                                candidate: UnsafeMutableBufferPointer(rebasing: work[(2 * n)...]),
                                starts: starts, fired: firedOut, scores: scoresOut)
                        }
                    }
                }
            }
        }
        return Outcome(fired: fired, scores: scores, probabilities: probabilities)
    }

    /// Anchored-pattern start positions remembered per text; beyond this, patterns run unanchored.
    static let maxStarts = 256

    private func run(_ t: UnsafeBufferPointer<UInt8>, _ features: Features, _ probabilities: [Double]?,
                     _ decideHelpers: Bool, textMatched: UnsafeMutableBufferPointer<UInt8>,
                     state: UnsafeMutableBufferPointer<UInt8>, candidate: UnsafeMutableBufferPointer<UInt8>,
                     starts: UnsafeMutableBufferPointer<(Int32, Int32)>, fired: UnsafeMutableBufferPointer<Bool>,
                     scores: UnsafeMutableBufferPointer<Double>) {
        let n = rules.count
        // 1. One scan of the text: phrases decide their rules; pattern literals mark candidates.
        var startCount = 0
        var startsOverflowed = false
        actions.withUnsafeBufferPointer { acts in
            actionStart.withUnsafeBufferPointer { actionStarts in
                automaton.scan(t) { literal, end in
                    for k in Int(actionStarts[literal])..<Int(actionStarts[literal + 1]) {
                        switch acts[k] {
                        case .phrase(let rule, let length, let substring):
                            let r = Int(rule)
                            if textMatched[r] == 1 { continue }
                            if substring || (WordBoundary.isEdge(end - Int(length), in: t) && WordBoundary.isEdge(end, in: t)) {
                                textMatched[r] = 1
                            }
                        case .pattern(let p, let g):
                            candidate[Int(p)] |= 1 << g
                        case .patternStart(let p, let length):
                            candidate[Int(p)] |= 1
                            if startCount < starts.count {
                                starts[startCount] = (p, Int32(end) - length)
                                startCount += 1
                            } else {
                                startsOverflowed = true
                            }
                        }
                    }
                }
            }
        }
        // A pattern is a candidate when every one of its literal groups occurred.
        patternMasks.withUnsafeBufferPointer { masks in
            for p in 0..<masks.count { candidate[p] = candidate[p] == masks[p] ? 1 : 0 }
        }
        if !domains.isEmpty {
            for host in features.hosts {
                var h = Substring(host)
                while !h.isEmpty {
                    if let rs = domains[String(h)] { for r in rs { textMatched[r] = 1 } }
                    guard let dot = h.firstIndex(of: ".") else { break }
                    h = h[h.index(after: dot)...]
                }
            }
        }
        let startsUsable = !startsOverflowed
        let startTotal = startCount

        // 2. Decide rules; state: 0 undecided, 1 fired, 2 did not fire, 3 being decided (a cycle reads false).
        func textHolds(_ r: Int) -> Bool {
            if textMatched[r] == 1 { return true }
            for k in Int(patternStart[r])..<Int(patternStart[r + 1]) {
                let p = Int(rulePatterns[k])
                guard candidate[p] == 1 else { continue }
                let matched: Bool
                if anchored[p] && startsUsable {
                    matched = withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, startTotal)) { mine in
                        var m = 0
                        for s in 0..<startTotal where starts[s].0 == Int32(p) {
                            mine[m] = starts[s].1
                            m += 1
                        }
                        return programs[p].matches(t, startingAt: UnsafeBufferPointer(rebasing: mine[0..<m]))
                    }
                } else {
                    matched = programs[p].matches(t)
                }
                if matched {
                    textMatched[r] = 1
                    return true
                }
            }
            return false
        }
        func decide(_ r: Int) -> Bool {
            switch state[r] {
            case 1: return true
            case 2, 3: return false
            default: break
            }
            let f = flags[r]
            var ok = f & Self.disabledFlag == 0
            if ok, f & Self.metaFlag != 0 {
                state[r] = 3
                ok = metas[r]?.evaluate { decide($0) } ?? false
            } else if ok {
                if f & Self.textFlag != 0 && !textHolds(r) { ok = false }
                if ok {
                    for k in Int(testStart[r])..<Int(testStart[r + 1]) where !tests[k].passes(features.fields[tests[k].field.rawValue]) {
                        ok = false
                        break
                    }
                }
                let band = bands[r]
                if ok, band.modelClass != -2 {
                    if let p = probabilities, band.modelClass >= 0 {
                        let v = p[Int(band.modelClass)]
                        ok = v >= band.min && (v < band.max || band.max >= 1)
                    } else {
                        ok = false
                    }
                }
            }
            state[r] = ok ? 1 : 2
            return ok
        }
        for r in order where decideHelpers || flags[r] & Self.helperFlag == 0 { _ = decide(r) }

        // 3. Scores.
        for r in 0..<n where state[r] == 1 {
            fired[r] = true
            if flags[r] & Self.helperFlag == 0 {
                for k in Int(scoreStart[r])..<Int(scoreStart[r + 1]) { scores[Int(scoreTargets[k])] += scoreValues[k] }
            }
        }
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
        var classScores: [ClassScore] = []
        classScores.reserveCapacity(classCount)
        for c in 0..<classCount { classScores.append(ClassScore(name: targets[c], score: o.scores[c])) }
        return Verdict(label: label, score: o.scores[scored], threshold: thresholds[scored], hits: hits,
                       contentKind: contentKind, scoredClass: targets[scored], classScores: classScores)
    }
}
