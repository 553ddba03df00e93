import EngageAnalyze
import EngageCore
import Foundation

/// Two feeds side by side (`engage compare A B`): the class mix of each, engagement per class, the
/// effects that differ between them (with their confidence intervals and whether they overlap), and
/// what each does better. Each side is a whole audit of its own inputs.
public struct FeedComparison: Sendable {
    /// One side.
    public struct Side: Sendable {
        /// The side's name in every table: its account (`@handle`), else its first path.
        public var label: String
        public var paths: [String]
        public var report: AuditReport

        public init(paths: [String], report: AuditReport) {
            self.paths = paths
            self.report = report
            label = report.analysis.accounts.first?.account ?? paths.first ?? "?"
        }

        /// The side's first analysed account's engagement per class.
        public var engagement: ClassEngagement? { report.digest.engagement.first }
    }

    /// One post class in both mixes.
    public struct MixRow: Sendable, Hashable {
        public var label: String
        public var a: Int, b: Int
        public var aShare: Double, bShare: Double
    }

    /// One outcome and class in both feeds.
    public struct EngagementRow: Sendable, Hashable {
        public var outcome: Outcome
        public var postClass: String
        public var a: CountDistribution.Summary?
        public var b: CountDistribution.Summary?
    }

    /// One group's effect (Cliff's δ against the rest of its own feed) in both feeds.
    public struct EffectRow: Sendable, Hashable {
        public var metric: Outcome
        public var scale: Scale
        public var group: String
        public var a: Comparison
        public var b: Comparison
        /// True when the two 95 % intervals overlap (the difference may be noise).
        public var overlap: Bool
        /// δ(A) − δ(B).
        public var difference: Double
    }

    public var a: Side
    public var b: Side
    public private(set) var mix: [MixRow] = []
    public private(set) var engagement: [EngagementRow] = []
    public private(set) var effects: [EffectRow] = []
    /// Plain sentences: what A does better, and what B does better.
    public private(set) var aBetter: [String] = []
    public private(set) var bBetter: [String] = []

    /// The JSON schema version of ``json()``.
    public static let schemaVersion = 1

    /// Compares two audits.
    public init(a: Side, b: Side) {
        self.a = a
        self.b = b
        let pa = a.report.posts, pb = b.report.posts
        let labels = ClassMixJSON.labels(pa) + ClassMixJSON.labels(pb).filter { !ClassMixJSON.labels(pa).contains($0) }
        mix = labels.map { l in
            MixRow(label: l, a: pa.counts[l] ?? 0, b: pb.counts[l] ?? 0, aShare: pa.share(l), bShare: pb.share(l))
        }
        for o in Outcome.allCases {
            let ea = a.engagement, eb = b.engagement
            let classes = (ea?.classes(o) ?? []) + (eb?.classes(o) ?? []).filter { !(ea?.classes(o) ?? []).contains($0) }
            for c in classes {
                engagement.append(EngagementRow(outcome: o, postClass: c, a: ea?.byClass[o]?[c]?.summary,
                                                b: eb?.byClass[o]?[c]?.summary))
            }
        }
        effects = Self.effects(a, b)
        (aBetter, bBetter) = Self.strengths(self)
    }

    /// The groups both feeds have a δ with an interval for, on the scale both share (performance
    /// index when both have it, else raw counts), largest difference first.
    static func effects(_ a: Side, _ b: Side) -> [EffectRow] {
        var rows: [EffectRow] = []
        for metric in Outcome.allCases {
            func usable(_ s: Side) -> [Comparison] {
                s.report.analysis.comparisons.filter {
                    $0.account == s.label && $0.metric == metric && $0.ci != nil && $0.cliffsDelta != nil
                }
            }
            let ca = usable(a), cb = usable(b)
            let scale: Scale = ca.contains { $0.scale == .performanceIndex } && cb.contains { $0.scale == .performanceIndex }
                ? .performanceIndex : .raw
            var byGroup: [String: Comparison] = [:]
            for c in cb where c.scale == scale { byGroup[c.group] = c }
            for x in ca where x.scale == scale {
                guard let y = byGroup[x.group], let ix = x.ci, let iy = y.ci, let dx = x.cliffsDelta, let dy = y.cliffsDelta else { continue }
                rows.append(EffectRow(metric: metric, scale: scale, group: x.group, a: x, b: y,
                                      overlap: ix.lower <= iy.upper && iy.lower <= ix.upper, difference: dx - dy))
            }
        }
        return rows.sorted {
            if $0.overlap != $1.overlap { return !$0.overlap }
            if abs($0.difference) != abs($1.difference) { return abs($0.difference) > abs($1.difference) }
            return ($0.metric.rawValue, $0.group) < ($1.metric.rawValue, $1.group)
        }
    }

    /// What each side does better: a smaller low-value share (at least 2 points apart), a larger
    /// share of valuable posts with at least one (genuine) reply, and content groups whose effect is
    /// clearly larger in one feed (intervals apart; for low-value classes: clearly less rewarded).
    static func strengths(_ c: FeedComparison) -> ([String], [String]) {
        var forA: [String] = [], forB: [String] = []
        let lowA = 1 - c.a.report.posts.share(PostClass.valuable.rawValue), lowB = 1 - c.b.report.posts.share(PostClass.valuable.rawValue)
        if c.a.report.posts.total > 0, c.b.report.posts.total > 0, abs(lowA - lowB) >= 0.02 {
            let s = "Fewer low-value posts (begging, follow-back, bait, vanity, hard sell, spam): "
            if lowA < lowB { forA.append(s + "\(pct(lowA)) of own posts vs \(pct(lowB)) for \(c.b.label).") }
            else { forB.append(s + "\(pct(lowB)) of own posts vs \(pct(lowA)) for \(c.a.label).") }
        }
        if let ra = c.engagement.first(where: { $0.outcome == .replies && $0.postClass == "valuable" }),
           let sa = ra.a, let sb = ra.b, abs(sa.shareAtLeastOne - sb.shareAtLeastOne) >= 0.05 {
            let genuine = c.a.engagement?.replyMeasure == "genuine" && c.b.engagement?.replyMeasure == "genuine" ? "genuine " : ""
            let s = "More valuable posts that start a conversation: "
            if sa.shareAtLeastOne > sb.shareAtLeastOne {
                forA.append(s + "\(pct(sa.shareAtLeastOne)) earned at least one \(genuine)reply vs \(pct(sb.shareAtLeastOne)) for \(c.b.label).")
            } else {
                forB.append(s + "\(pct(sb.shareAtLeastOne)) earned at least one \(genuine)reply vs \(pct(sa.shareAtLeastOne)) for \(c.a.label).")
            }
        }
        for e in c.effects where !e.overlap {
            let low = e.group.hasPrefix("class:") && e.group != "class:valuable"
            let what = group(e.group)
            let figures = "δ \(signed(e.a.cliffsDelta)) \(ci(e.a.ci)) vs \(signed(e.b.cliffsDelta)) \(ci(e.b.ci)), \(e.metric.rawValue), \(e.scale.label); the intervals do not overlap"
            // For a low-value class the better feed is the one whose audience rewards it less.
            let aWins = low ? e.difference < 0 : e.difference > 0
            if low {
                let s = "Its audience rewards \(what) less (\(figures))."
                if aWins { forA.append(s) } else { forB.append(s) }
            } else {
                let s = "Gets more from \(what) than from its other posts (\(figures))."
                if aWins { forA.append(s) } else { forB.append(s) }
            }
        }
        return (forA, forB)
    }

    /// `class:follower-begging` → "follower-begging posts"; `question` → "posts with a question".
    static func group(_ g: String) -> String {
        if g.hasPrefix("class:") { return String(g.dropFirst(6)) + " posts" }
        if g.hasPrefix("kind:") { return String(g.dropFirst(5)) + " posts" }
        if g.hasPrefix("length:") { return String(g.dropFirst(7)) + " posts" }
        if g.hasPrefix("hours:") { return "posts at \(g.dropFirst(6)) h" }
        if g.hasPrefix("weekday:") { return "posts on \(g.dropFirst(8))" }
        return "posts with: \(g)"
    }

    static func pct(_ v: Double) -> String { String(format: "%.1f%%", 100 * v) }
    static func signed(_ v: Double?) -> String { HTMLFragments.signed(v) }
    static func ci(_ c: ConfidenceInterval?) -> String {
        c.map { "[\(signed($0.lower)), \(signed($0.upper))]" } ?? "[–]"
    }
}
