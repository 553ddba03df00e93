/// Stacked bars of counts per period and class: the content mix over time. Each bar is a month or a
/// year; each segment a class, in report order from the bottom; a legend names the classes drawn.
public struct StackedBarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable {
        public var label: String
        public var counts: [String: Int]
        public init(label: String, counts: [String: Int]) {
            self.label = label
            self.counts = counts
        }
    }

    public var title: String
    public var bars: [Bar]
    /// Classes in stacking order.
    public var classes: [String]
    public var yTitle: String

    public init(title: String, bars: [Bar], classes: [String], yTitle: String = "posts") {
        self.title = title
        self.bars = bars
        self.classes = classes
        self.yTitle = yTitle
    }

    /// The chart as an `<svg>` element.
    public func svg(width: Double = 760, height: Double = 300) -> String {
        let drawn = classes.filter { c in bars.contains { ($0.counts[c] ?? 0) > 0 } }
        let legendRows = (drawn.count + 3) / 4
        var svg = SVG(width: width, height: height + Double(legendRows) * 16, title: title)
        let left = 56.0, right = width - 12, top = 12.0, bottom = height - 44
        let maxTotal = bars.map { b in drawn.reduce(0) { $0 + (b.counts[$1] ?? 0) } }.max() ?? 0
        let y = ChartScale(.linear, domain: (0, Double(max(1, maxTotal))), range: (bottom, top))
        Axis.left(&svg, scale: y, x: left, gridTo: right, title: yTitle)
        let slot = (right - left) / Double(max(1, bars.count))
        let barWidth = max(1, slot * 0.8)
        let labelEvery = max(1, Int((Double(bars.count) * 44 / (right - left)).rounded(.up)))
        for (i, bar) in bars.enumerated() {
            let x = left + Double(i) * slot + (slot - barWidth) / 2
            var base = 0
            let total = drawn.reduce(0) { $0 + (bar.counts[$1] ?? 0) }
            for c in drawn {
                let n = bar.counts[c] ?? 0
                guard n > 0 else { continue }
                let y0 = y(Double(base)), y1 = y(Double(base + n))
                svg.rect(x: x, y: y1, width: barWidth, height: y0 - y1, fill: ClassPalette.colour(c),
                         tooltip: "\(bar.label): \(c) \(n) of \(total)")
                base += n
            }
            if i % labelEvery == 0 {
                svg.text(bar.label, x: x + barWidth / 2, y: bottom + 14, anchor: .middle, size: 10, fill: "#444")
            }
        }
        svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#555", cssClass: "axis")
        Legend.draw(&svg, labels: drawn, x: left, y: height - 14, width: right - left)
        return svg.render()
    }
}
