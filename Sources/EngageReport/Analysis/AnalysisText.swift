import EngageAnalyze
import EngageCore
import Foundation

/// The terminal form of the analysis: per account the data-hygiene steps, what each outcome is
/// measured with, the filter's account, the findings in plain sentences, the omnibus and best-time
/// tests, the models, the side-by-side table and the footer.
public enum AnalysisText {
    /// "Filter removed 412 of 2,930 replies (14.1 %): author 198, flagged 141, begging 73; 160 posts changed."
    public static func filterSentence(_ f: FilterReport) -> String {
        var s = "Filter removed \(TextFormat.int(f.removed)) of \(TextFormat.int(f.rawReplies)) replies ("
            + String(format: "%.1f %%", 100 * f.share) + ")"
        if !f.byReason.isEmpty { s += ": " + f.byReason.map { "\($0.0) \(TextFormat.int($0.1))" }.joined(separator: ", ") }
        s += "; \(TextFormat.int(f.postsChanged)) post\(f.postsChanged == 1 ? "" : "s") changed."
        if f.unattached > 0 { s += " \(TextFormat.int(f.unattached)) replies answer posts that are not in the input." }
        if f.unclassified > 0 { s += " \(TextFormat.int(f.unclassified)) replies had no classifier verdict (structural filters only)." }
        return s
    }

    static func num(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "–" }
        if v == v.rounded() && abs(v) < 1e12 { return TextFormat.int(Int(v)) }
        return abs(v) >= 100 ? String(format: "%.1f", v) : String(format: "%.2f", v)
    }

    /// The whole analysis section.
    public static func render(_ r: AnalysisReport) -> String {
        var out = "Analysis\n"
        for a in r.accounts {
            out += "\n\(a.account) — \(a.isUser ? "your feed" : "competitor's feed")\n"
            let h = a.hygiene
            out += "  posts: \(TextFormat.int(h.feedPosts)) records → \(TextFormat.int(h.units)) units"
            out += " (reposts dropped \(TextFormat.int(h.reposts)), replies to others apart \(TextFormat.int(h.repliesToOthers)),"
            out += " thread continuations merged \(TextFormat.int(h.threadContinuations)), too young \(TextFormat.int(h.tooYoung)),"
            out += " not public \(TextFormat.int(h.notPublic)), without date \(TextFormat.int(h.withoutDate)); quotes kept \(TextFormat.int(h.quotes)))\n"
            if let s = h.snapshot {
                out += "  counts as of \(DateParser.iso8601(s))\(h.snapshotApproximate ? " (approximate: newest post)" : ""); cutoff \(h.cutoffHours) h\n"
            }
            for o in a.outcomes {
                out += "  \(o.outcome.rawValue): \(o.measure.rawValue)"
                if o.measure != .notAvailable {
                    out += ", known for \(TextFormat.int(o.known)) (missing \(TextFormat.int(o.missing))), PI for \(TextFormat.int(o.withPI))"
                    if !o.sources.isEmpty { out += "; from " + o.sources.joined(separator: ", ") }
                }
                out += "\n"
            }
            if let f = a.filter { out += "  " + filterSentence(f) + "\n" }
            if let fl = a.followers { out += "  followers: \(fl)\n" }
            for d in a.descriptives where d.scale == .raw {
                let s = d.stats
                out += "  \(d.outcome.rawValue) per post: median \(num(s.median)) (Q1–Q3 \(num(s.q1))–\(num(s.q3))), p90 \(num(s.p90)), zeros \(String(format: "%.0f %%", 100 * s.shareZeros)), top 10 % carry \(s.top10Share.map { String(format: "%.0f %%", 100 * $0) } ?? "–"), Gini \(num(s.gini)); mean \(num(s.mean))\n"
            }
            for w in a.warnings { out += "  warning: \(w)\n" }
            let recs = r.recommendations.filter { $0.account == a.account }
            if !recs.isEmpty {
                out += "\n  Findings\n"
                for x in recs {
                    out += "  • [\(x.verdict.rawValue), \(x.metric.rawValue)] \(x.headline)\n"
                    out += wrap(x.text, indent: "    ")
                }
            }
            for t in a.omnibus {
                out += "  Kruskal–Wallis \(t.metric.rawValue) by \(t.factor): H = \(num(t.h)), df \(t.df), adjusted p = \(num(t.pAdjusted)), ε² = \(String(format: "%.3f", t.epsilonSquared))"
                if !t.mergedOrLeftOut.isEmpty { out += " (merged/left out: " + t.mergedOrLeftOut.joined(separator: ", ") + ")" }
                out += "\n"
                for p in t.pairs where p.pHolm < 0.05 {
                    out += "    \(p.first) vs \(p.second): z = \(num(p.z)), Holm p = \(num(p.pHolm)), δ = \(num(p.cliffsDelta))\n"
                }
            }
            for t in a.bestTimes { out += "  \(t.metric.rawValue): \(t.caption)\n" }
            for m in a.models {
                let f = m.fit.model
                out += "  model \(m.outcome.rawValue): \(f.method.rawValue)\(f.unstable ? " (unstable: \(f.failure ?? "fallback"))" : ""), trend \(m.trend), α = \(num(f.alpha)), n = \(TextFormat.int(f.n))\n"
                for t in f.terms.dropFirst() {
                    out += "    \(t.name): \(String(format: "%.2f", t.ratio)) (\(String(format: "%.2f", t.lower))–\(String(format: "%.2f", t.upper))), p = \(num(t.p))\n"
                }
            }
        }
        if !r.sideBySide.isEmpty {
            out += "\nSide by side (performance index; share with ≥ 1)\n"
            for row in r.sideBySide where row.group == "all" {
                out += "  \(TextFormat.pad(row.account, 20)) \(TextFormat.pad(row.metric.rawValue, 8)) n = \(TextFormat.rightInt(row.n, 7))"
                if let p = row.pi { out += "  PI median \(String(format: "%+.2f", p.median)) (IQR \(String(format: "%.2f", p.iqr)))" }
                if let s = row.shareAtLeastOne { out += String(format: "  ≥1: %.0f %%", 100 * s) }
                out += "\n"
            }
            for c in r.betweenAccounts where c.scale == .performanceIndex {
                out += "  \(c.account) on \(c.metric.rawValue): δ = \(num(c.cliffsDelta)), adjusted p = \(num(c.pAdjusted))\n"
            }
        }
        out += "\n"
        for n in r.notes { out += wrap(n, indent: "") }
        return out
    }

    /// Wraps at 110 columns.
    static func wrap(_ s: String, indent: String) -> String {
        var out = "", line = indent
        for word in s.split(separator: " ") {
            if line.count + word.count + 1 > 110 && line != indent {
                out += line + "\n"
                line = indent
            }
            line += (line == indent ? "" : " ") + word
        }
        return out + line + "\n"
    }
}
