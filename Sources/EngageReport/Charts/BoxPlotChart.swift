/// Distributions of a count per class, one row each, on a log scale (`log10(1 + count)`): the
/// histogram of every distinct value as a translucent strip (so zero-heavy distributions still show
/// their shape), a Tukey box (quartiles, median, whiskers at 1.5 IQR) and the values beyond the
/// whiskers as points; n and the share with at least one on the right.
public struct BoxPlotChart: Sendable {
    /// One row.
    public struct Row: Sendable {
        public var label: String
        public var distribution: CountDistribution
        public var colour: String
        public init(label: String, distribution: CountDistribution, colour: String) {
            self.label = label
            self.distribution = distribution
            self.colour = colour
        }
    }

    public var title: String
    public var rows: [Row]
    public var xTitle: String

    public init(title: String, rows: [Row], xTitle: String) {
        self.title = title
        self.rows = rows
        self.xTitle = xTitle
    }

    /// The chart as an `<svg>` element.
    public func svg(width: Double = 760) -> String {
        let rowHeight = 34.0, top = 10.0
        let left = SVG.labelColumn(rows.map(\.label), width: width, minimum: 110), right = width - 130
        let plotBottom = top + Double(rows.count) * rowHeight
        var svg = SVG(width: width, height: plotBottom + 44, title: title)
        let maxValue = rows.compactMap { $0.distribution.summary?.max }.max() ?? 1
        let x = ChartScale(.log1p, domain: (0, max(1, maxValue)), range: (left, right))
        Axis.bottom(&svg, scale: x, y: plotBottom, gridTo: top, title: xTitle)
        for (i, row) in rows.enumerated() {
            let cy = top + (Double(i) + 0.5) * rowHeight
            svg.text(row.label, x: left - 8, y: cy + 4, anchor: .end, size: 11, fill: "#222")
            guard let s = row.distribution.summary else { continue }
            // the histogram strip
            for e in row.distribution.sortedValues {
                let share = Double(e.count) / Double(s.n)
                let h = max(1.5, (rowHeight - 6) * share.squareRoot())
                svg.rect(x: x(Double(e.value)) - 1.5, y: cy - h / 2, width: 3, height: h, fill: row.colour,
                         cssClass: "strip", tooltip: "\(row.label): \(e.count) posts with \(e.value)")
            }
            // whiskers and box
            svg.line(x1: x(s.whiskerLow), y1: cy, x2: x(s.whiskerHigh), y2: cy, stroke: "#222", width: 1.2, cssClass: "whisker")
            for w in [s.whiskerLow, s.whiskerHigh] {
                svg.line(x1: x(w), y1: cy - 6, x2: x(w), y2: cy + 6, stroke: "#222", width: 1.2, cssClass: "whisker")
            }
            let bx = x(s.q1), bw = max(2, x(s.q3) - x(s.q1))
            svg.rect(x: bx, y: cy - 9, width: bw, height: 18, fill: "#ffffff", stroke: "#222", cssClass: "box",
                     tooltip: "\(row.label): n \(s.n), quartiles \(ChartScale.label(s.q1))–\(ChartScale.label(s.q3)), "
                        + "median \(ChartScale.label(s.median)), mean \(ChartScale.label(s.mean)), max \(ChartScale.label(s.max))")
            svg.line(x1: x(s.median), y1: cy - 9, x2: x(s.median), y2: cy + 9, stroke: row.colour, width: 3, cssClass: "median")
            for o in s.outliers {
                svg.circle(cx: x(Double(o.value)), cy: cy, r: 2.5, fill: row.colour, opacity: 0.7,
                           tooltip: "\(row.label): \(o.count) post\(o.count == 1 ? "" : "s") with \(o.value)")
            }
            svg.text("n \(TextFormat.int(s.n)) · ≥1: \(Int((100 * s.shareAtLeastOne).rounded())) %",
                     x: right + 10, y: cy + 4, size: 10.5, fill: "#444")
        }
        return svg.render()
    }
}
