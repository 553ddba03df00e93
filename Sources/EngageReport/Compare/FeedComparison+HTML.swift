import EngageAnalyze
import EngageCore
import Foundation

extension FeedComparison {
    /// Colours of the two feeds in shared charts.
    static let colourA = "#1c7ed6", colourB = "#e8590c"

    /// The HTML form: one self-contained file, the same sections as the text form with charts.
    public func html() -> String {
        let title = "engage compare — \(a.label) vs \(b.label)"
        var s = "<header><h1>\(HTMLEscape.text(title))</h1><p class=\"lead\">"
        s += [("A", a), ("B", b)].map { name, side in
            HTMLEscape.text("\(name): \(side.label) — \(side.paths.joined(separator: ", ")), \(TextFormat.int(side.report.inspect.tally.posts)) posts")
        }.joined(separator: "<br>")
        s += "</p></header>\n"

        // class mix: one 100 % bar per feed
        s += "<section id=\"mix\"><h2>Class mix of own posts</h2>"
        let bars = [(a, true), (b, false)].map { side, isA in
            StackedBarChart.Bar(label: side.label, counts: Dictionary(mix.map { m in
                (m.label, Int((1000 * (isA ? m.aShare : m.bShare)).rounded()))
            }, uniquingKeysWith: +))
        }
        let chart = StackedBarChart(title: "Own posts by class, per 1,000", bars: bars, classes: mix.map(\.label), yTitle: "per 1,000 own posts")
        s += "<figure>\(chart.svg(height: 260))<figcaption>Each bar is one feed's own posts (per 1,000), stacked by class.</figcaption></figure>"
        s += HTMLFragments.table(["class", a.label, "share", b.label, "share"],
                                 mix.map { m in [HTMLFragments.classLabel(m.label), TextFormat.int(m.a), Self.pct(m.aShare),
                                                 TextFormat.int(m.b), Self.pct(m.bShare)] },
                                 numeric: [1, 2, 3, 4], markupColumns: [0])
        s += "</section>\n"

        // engagement distributions, both feeds in one chart per outcome
        s += "<section id=\"engagement\"><h2>Engagement per post, by class</h2>"
        for o in Outcome.allCases {
            let rows = engagement.filter { $0.outcome == o }
            guard !rows.isEmpty else { continue }
            var chartRows: [BoxPlotChart.Row] = []
            for r in rows {
                if let d = a.engagement?.byClass[o]?[r.postClass] { chartRows.append(.init(label: "\(r.postClass) · \(a.label)", distribution: d, colour: Self.colourA)) }
                if let d = b.engagement?.byClass[o]?[r.postClass] { chartRows.append(.init(label: "\(r.postClass) · \(b.label)", distribution: d, colour: Self.colourB)) }
            }
            let box = BoxPlotChart(title: "\(o.rawValue) per post by class, \(a.label) and \(b.label)", rows: chartRows,
                                   xTitle: "\(o.rawValue) per post (log scale: log10(1 + count))")
            s += "<figure>\(box.svg(width: 860))<figcaption>\(HTMLEscape.text(o.rawValue)) per analysed post; "
                + "\(HTMLEscape.text(a.label)) in blue, \(HTMLEscape.text(b.label)) in orange. Replies: "
                + "\(HTMLEscape.text(a.engagement?.replyMeasure ?? "–")) / \(HTMLEscape.text(b.engagement?.replyMeasure ?? "–")).</figcaption></figure>"
        }
        s += "</section>\n"

        // effects
        s += "<section id=\"effects\"><h2>Effects that differ</h2><p class=\"lead\">Cliff's δ of each group against the "
            + "rest of its own feed, with 95 % intervals. Where the intervals overlap the difference may be noise.</p>"
        if effects.isEmpty {
            s += "<p class=\"muted\">No group has an interval in both feeds (too few posts).</p>"
        } else {
            for metric in Outcome.allCases {
                let rows = effects.filter { $0.metric == metric }.prefix(20)
                guard !rows.isEmpty else { continue }
                var plotRows: [ForestPlot.Row] = []
                for e in rows {
                    for (side, c, colour, isB) in [(a, e.a, Self.colourA, false), (b, e.b, Self.colourB, true)] {
                        guard let ci = c.ci, let d = c.cliffsDelta else { continue }
                        plotRows.append(.init(label: "\(e.group) · \(side.label)", estimate: d, lower: ci.lower, upper: ci.upper,
                                              colour: colour, note: "δ \(Self.signed(d)) \(Self.ci(ci))\(isB ? (e.overlap ? " · overlap" : " · apart") : "")"))
                    }
                }
                let plot = ForestPlot(title: "\(metric.rawValue): effects in both feeds", rows: plotRows,
                                      xTitle: "Cliff's δ (\(rows.first?.scale.label ?? ""))")
                s += "<figure>\(plot.svg(width: 860))<figcaption>\(HTMLEscape.text(metric.rawValue)), the 20 groups that differ most.</figcaption></figure>"
            }
        }
        s += "</section>\n"

        s += "<section id=\"better\"><h2>What each does better</h2>"
        for (side, list) in [(a, aBetter), (b, bBetter)] {
            s += "<h3>\(HTMLEscape.text(side.label))</h3><ul>"
            if list.isEmpty { s += "<li class=\"muted\">Nothing clearly better on these measures.</li>" }
            for line in list { s += "<li>\(HTMLEscape.text(line))</li>" }
            s += "</ul>"
        }
        s += "<p class=\"muted\">Engagement levels depend on each audience's size; compare within each feed (δ, shares), not totals.</p>"
        s += "</section>\n"

        s += "<section id=\"recommendations\"><h2>Each feed's own findings</h2>"
        for side in [a, b] {
            let recs = side.report.analysis.recommendations.filter { $0.verdict == .recommendation }
            s += "<h3>\(HTMLEscape.text(side.label))</h3>"
            if recs.isEmpty { s += "<p class=\"muted\">No recommendation passed every check.</p>" }
            for r in recs.prefix(5) { s += AuditReport.finding(r) }
        }
        s += "</section>\n"
        s += "<footer>Made by engage; seed \(a.report.analysis.settings.seed). Same inputs and seed, same report.</footer>"
        return HTMLPage.document(title: title, body: s)
    }
}
