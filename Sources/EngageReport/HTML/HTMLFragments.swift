import EngageAnalyze
import EngageCore
import Foundation

/// Pieces of markup the HTML reports share. Every argument is user text unless its name says
/// `markup`; all of it is escaped here.
enum HTMLFragments {
    /// A table; `numeric` columns are right-aligned. Cells are plain text unless `markupColumns` holds their index.
    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = [], markupColumns: Set<Int> = [],
                      caption: String? = nil) -> String {
        var out = "<table>"
        if let caption { out += "<caption class=\"muted\">\(HTMLEscape.text(caption))</caption>" }
        out += "<thead><tr>"
        for (i, h) in headers.enumerated() {
            out += "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(HTMLEscape.text(h))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let content = markupColumns.contains(i) ? cell : HTMLEscape.text(cell)
                out += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(content)</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table>\n"
    }

    /// A key figure.
    static func card(_ value: String, _ label: String) -> String {
        "<div class=\"card\"><b>\(HTMLEscape.text(value))</b><span class=\"muted\">\(HTMLEscape.text(label))</span></div>"
    }

    /// A class name with its colour swatch (markup).
    static func classLabel(_ label: String) -> String {
        "<span class=\"swatch\" style=\"background:\(HTMLEscape.text(ClassPalette.colour(label)))\"></span>\(HTMLEscape.text(label))"
    }

    /// A quoted post: date (linked to the post when its URL is http/https), text, and extra markup.
    static func post(date: Date?, text: String, url: String?, extraMarkup: String = "") -> String {
        let day = date.map(TextFormat.day) ?? "undated"
        return "<div class=\"post\"><span class=\"muted\">\(HTMLEscape.link(day, url))</span> "
            + "<span class=\"text\">\(HTMLEscape.text(text))</span>\(extraMarkup)</div>\n"
    }

    /// Rule ids as code spans (markup).
    static func rules(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "" }
        return " <span class=\"rules\">" + ids.map { "<code>\(HTMLEscape.text($0))</code>" }.joined(separator: " ") + "</span>"
    }

    /// `0.213` → `+0.21`.
    static func signed(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "–" }
        return String(format: "%+.2f", v)
    }

    /// A p-value: `0.003`, `< 0.001`.
    static func p(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "–" }
        return v < 0.001 ? "< 0.001" : String(format: "%.3f", v)
    }

    /// A number with at most two decimals.
    static func num(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "–" }
        if v == v.rounded(), abs(v) < 1e12 { return TextFormat.int(Int(v)) }
        return String(format: "%.2f", v)
    }

    /// The forest plot of one account's comparisons on one outcome (the scale the verdicts rest on).
    static func forest(_ comparisons: [Comparison], account: String, metric: Outcome) -> (svg: String, scale: Scale)? {
        let mine = comparisons.filter { $0.account == account && $0.metric == metric && $0.ci != nil && $0.cliffsDelta != nil }
        let scale: Scale = mine.contains { $0.scale == .performanceIndex } ? .performanceIndex : .raw
        let rows = mine.filter { $0.scale == scale }.sorted { ($0.cliffsDelta ?? 0) > ($1.cliffsDelta ?? 0) }
        guard !rows.isEmpty else { return nil }
        let plot = ForestPlot(
            title: "\(account): Cliff's δ of \(metric.rawValue) per post, each group against the rest (\(scale.label)), 95 % CI",
            rows: rows.map { c in
                let ci = c.ci!
                let colour = ci.lower > 0 ? "#2f9e44" : ci.upper < 0 ? "#c92a2a" : "#868e96"
                return ForestPlot.Row(label: "\(c.group) (n \(TextFormat.int(c.n)))", estimate: c.cliffsDelta ?? 0,
                                      lower: ci.lower, upper: ci.upper, colour: colour,
                                      note: "δ \(signed(c.cliffsDelta)) [\(signed(ci.lower)), \(signed(ci.upper))] · p adj \(p(c.pAdjusted))")
            },
            xTitle: "Cliff's δ (left: the group earns less than the rest; right: more)")
        return (plot.svg(), scale)
    }

    /// Box plots of one account's engagement per class, one per outcome with data.
    static func distributions(_ e: ClassEngagement) -> String {
        var out = ""
        for o in Outcome.allCases {
            let classes = e.classes(o)
            guard !classes.isEmpty, let byClass = e.byClass[o] else { continue }
            let what = o == .replies ? (e.replyMeasure == "genuine" ? "genuine replies" : "replies (unfiltered)") : o.rawValue
            let chart = BoxPlotChart(
                title: "\(e.account): \(what) per post by class",
                rows: classes.map { BoxPlotChart.Row(label: $0, distribution: byClass[$0] ?? CountDistribution(), colour: ClassPalette.colour($0)) },
                xTitle: "\(what) per post (log scale: log10(1 + count))")
            out += "<figure>\(chart.svg())<figcaption>\(HTMLEscape.text(what.prefix(1).uppercased() + what.dropFirst())) "
                + "per analysed post, by class: box = quartiles, thick line = median, whiskers = 1.5 × IQR, points = "
                + "beyond; the translucent strip shows how many posts had each count.</figcaption></figure>\n"
        }
        return out
    }
}
