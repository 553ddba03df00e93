/// Effects with their confidence intervals, one row each (a forest plot): a point at the estimate,
/// a line across the interval, a dashed line at "no effect"; the figures on the right.
public struct ForestPlot: Sendable {
    /// One effect.
    public struct Row: Sendable {
        public var label: String
        public var estimate: Double
        public var lower: Double
        public var upper: Double
        /// Drawn strong when the interval excludes "no effect", pale otherwise.
        public var colour: String
        /// The figures shown on the right ("δ +0.21 [0.10, 0.33] · p 0.003").
        public var note: String
        public init(label: String, estimate: Double, lower: Double, upper: Double, colour: String, note: String) {
            self.label = label
            self.estimate = estimate
            self.lower = lower
            self.upper = upper
            self.colour = colour
            self.note = note
        }
    }

    public var title: String
    public var rows: [Row]
    public var xTitle: String
    /// The x domain (Cliff's δ: −1…1) and where "no effect" is.
    public var domain: (Double, Double)
    public var reference: Double

    public init(title: String, rows: [Row], xTitle: String, domain: (Double, Double) = (-1, 1), reference: Double = 0) {
        self.title = title
        self.rows = rows
        self.xTitle = xTitle
        self.domain = domain
        self.reference = reference
    }

    /// The chart as an `<svg>` element.
    public func svg(width: Double = 760) -> String {
        let rowHeight = 22.0, top = 10.0
        let left = SVG.labelColumn(rows.map(\.label), width: width, minimum: 150), right = width - 210
        let plotBottom = top + Double(max(1, rows.count)) * rowHeight
        var svg = SVG(width: width, height: plotBottom + 44, title: title)
        let x = ChartScale(.linear, domain: domain, range: (left, right))
        Axis.bottom(&svg, scale: x, y: plotBottom, gridTo: top, title: xTitle)
        svg.line(x1: x(reference), y1: top, x2: x(reference), y2: plotBottom, stroke: "#222", dashed: true, cssClass: "reference")
        for (i, row) in rows.enumerated() {
            let cy = top + (Double(i) + 0.5) * rowHeight
            svg.text(row.label, x: left - 8, y: cy + 4, anchor: .end, size: 11, fill: "#222")
            svg.line(x1: x(row.lower), y1: cy, x2: x(row.upper), y2: cy, stroke: row.colour, width: 2, cssClass: "interval")
            svg.rect(x: x(row.estimate) - 4, y: cy - 4, width: 8, height: 8, fill: row.colour, cssClass: "mark estimate",
                     tooltip: "\(row.label): \(row.note)")
            svg.text(row.note, x: right + 10, y: cy + 4, size: 10.5, fill: "#444")
        }
        return svg.render()
    }
}
