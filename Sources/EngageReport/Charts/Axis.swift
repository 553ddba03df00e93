/// Draws chart axes with ticks, tick labels and an axis title into an ``SVG``.
enum Axis {
    /// A vertical axis at `x`, from the scale's range, with grid lines across to `gridTo`.
    static func left(_ svg: inout SVG, scale: ChartScale, x: Double, gridTo: Double, title: String) {
        svg.line(x1: x, y1: scale.range.from, x2: x, y2: scale.range.to, stroke: "#555", cssClass: "axis")
        for v in scale.ticks() {
            let y = scale(v)
            svg.line(x1: x - 4, y1: y, x2: x, y2: y, stroke: "#555", cssClass: "tick")
            if gridTo > x { svg.line(x1: x, y1: y, x2: gridTo, y2: y, stroke: "#e3e3e3", cssClass: "grid") }
            svg.text(ChartScale.label(v), x: x - 6, y: y + 3.5, anchor: .end, size: 10, fill: "#444")
        }
        let mid = (scale.range.from + scale.range.to) / 2
        svg.text(title, x: 12, y: mid, anchor: .middle, size: 11, fill: "#333", rotate: -90)
    }

    /// A horizontal axis at `y`, with grid lines up to `gridTo` (smaller y) when asked.
    static func bottom(_ svg: inout SVG, scale: ChartScale, y: Double, gridTo: Double?, title: String) {
        svg.line(x1: scale.range.from, y1: y, x2: scale.range.to, y2: y, stroke: "#555", cssClass: "axis")
        for v in scale.ticks() {
            let x = scale(v)
            svg.line(x1: x, y1: y, x2: x, y2: y + 4, stroke: "#555", cssClass: "tick")
            if let g = gridTo { svg.line(x1: x, y1: g, x2: x, y2: y, stroke: "#e3e3e3", cssClass: "grid") }
            svg.text(ChartScale.label(v), x: x, y: y + 15, anchor: .middle, size: 10, fill: "#444")
        }
        svg.text(title, x: (scale.range.from + scale.range.to) / 2, y: y + 30, anchor: .middle, size: 11, fill: "#333")
    }
}
