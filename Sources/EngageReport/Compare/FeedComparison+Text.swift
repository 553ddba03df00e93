import EngageAnalyze
import EngageCore
import Foundation

extension FeedComparison {
    /// The terminal form: the two feeds, their class mix, engagement per class, the effects that
    /// differ, and what each does better.
    public func text(style: TextStyle = .plain, effects limit: Int = 12) -> String {
        var out = style.heading(TextFormat.terminalSafe("engage compare: \(a.label) vs \(b.label)"))
        for (name, s) in [("A", a), ("B", b)] {
            let r = s.report
            out += TextFormat.terminalSafe("  \(name) \(s.label): \(s.paths.joined(separator: ", ")) — \(TextFormat.int(r.inspect.tally.posts)) posts")
            if let f = r.inspect.tally.firstPost, let l = r.inspect.tally.lastPost { out += ", \(TextFormat.day(f)) – \(TextFormat.day(l))" }
            out += "\n"
        }
        out += "\n" + style.heading("Class mix of own posts")
        var t = TextTable(["class", a.label, "share", b.label, "share"], align: [.left, .right, .right, .right, .right])
        for m in mix {
            t.add([m.label, TextFormat.int(m.a), Self.pct(m.aShare), TextFormat.int(m.b), Self.pct(m.bShare)], styled: [style.label(m.label)])
        }
        t.add(["total", TextFormat.int(a.report.posts.total), "", TextFormat.int(b.report.posts.total), ""])
        out += t.render(style: style) + "\n"

        out += style.heading("Engagement per analysed post, by class (median, Q1–Q3, share with at least one)")
        for (name, s) in [("A", a), ("B", b)] {
            if let e = s.engagement, e.replyMeasure != "genuine" {
                out += style.dim("  \(name) \(s.label): replies are \(e.replyMeasure) (no reply records to filter)") + "\n"
            }
        }
        var e = TextTable(["outcome", "class", "\(a.label) n", "median", "Q1–Q3", "≥1", "\(b.label) n", "median", "Q1–Q3", "≥1"],
                          align: [.left, .left, .right, .right, .right, .right, .right, .right, .right, .right])
        for r in engagement {
            e.add([r.outcome.rawValue, r.postClass] + Self.cells(r.a) + Self.cells(r.b), styled: [nil, style.label(r.postClass)])
        }
        out += e.render(style: style) + "\n"

        out += style.heading("Effects in each feed (Cliff's δ of a group against the rest of its feed, 95 % CI)")
        if effects.isEmpty {
            out += "  No group has an interval in both feeds (too few posts).\n"
        } else {
            var f = TextTable(["group", "outcome", "scale", "δ \(a.label)", "95 % CI", "δ \(b.label)", "95 % CI", "intervals"],
                              align: [.left, .left, .left, .right, .left, .right, .left, .left])
            for r in effects.prefix(limit) {
                let overlap = r.overlap ? "overlap" : "apart"
                f.add([r.group, r.metric.rawValue, r.scale.rawValue, Self.signed(r.a.cliffsDelta), Self.ci(r.a.ci),
                       Self.signed(r.b.cliffsDelta), Self.ci(r.b.ci), overlap],
                      styled: [nil, nil, nil, nil, nil, nil, nil, r.overlap ? style.dim(overlap) : style.bold(overlap)])
            }
            out += f.render(style: style)
            if effects.count > limit {
                out += style.dim("  … and \(effects.count - limit) more (--format json, csv or html list all)") + "\n"
            }
            let apart = effects.filter { !$0.overlap }.count
            out += "  \(apart) of \(effects.count) effects differ with intervals apart; where intervals overlap the difference may be noise.\n"
        }
        out += "\n" + style.heading("What each does better")
        for (s, list) in [(a, aBetter), (b, bBetter)] {
            out += "  \(style.bold(s.label))\n"
            if list.isEmpty { out += "    nothing clearly better on these measures\n" }
            for line in list { out += AnalysisText.wrap(TextFormat.terminalSafe("• " + line), indent: "    ") }
        }
        out += "\n" + AnalysisText.wrap("Engagement levels depend on each audience's size; compare within each feed (δ, shares), not totals.", indent: "")
        return out
    }

    static func cells(_ s: CountDistribution.Summary?) -> [String] {
        guard let s else { return ["–", "–", "–", "–"] }
        return [TextFormat.int(s.n), AuditReport.count(s.median), AuditReport.range(s), String(format: "%.0f%%", 100 * s.shareAtLeastOne)]
    }
}
