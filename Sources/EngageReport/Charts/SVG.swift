import Foundation

/// A small SVG builder for the report's charts: shapes and text appended in drawing order, every
/// text and attribute value escaped. Coordinates are in user units (1 unit = 1 CSS pixel at 100 %).
///
/// ```swift
/// var svg = SVG(width: 600, height: 300, title: "Content mix by month")
/// svg.rect(x: 10, y: 10, width: 20, height: 100, fill: "#2b8a3e", tooltip: "valuable: 120")
/// let markup = svg.render()
/// ```
public struct SVG: Sendable {
    public let width: Double
    public let height: Double
    /// The accessible name of the chart (`<title>` and `aria-label`).
    public let title: String
    private var body = ""

    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    /// The width of a column of row labels at 11 px (about 6.3 px a character), within
    /// `minimum` and 45 % of the chart: the x coordinate where the plot starts.
    static func labelColumn(_ labels: [String], width: Double, minimum: Double) -> Double {
        let longest = Double(labels.map(\.count).max() ?? 0)
        return min(width * 0.45, max(minimum, 14 + 6.3 * longest))
    }

    /// A number as SVG writes it (at most two decimals).
    static func n(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(format: "%.2f", r)
    }

    private static func tip(_ tooltip: String?) -> String {
        tooltip.map { "<title>\(HTMLEscape.text($0))</title>" } ?? ""
    }

    /// A rectangle (a bar or a box) with an optional tooltip.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                              stroke: String? = nil, cssClass: String = "mark", tooltip: String? = nil) {
        let s = stroke.map { " stroke=\"\(HTMLEscape.text($0))\"" } ?? ""
        body += "<rect class=\"\(cssClass)\" x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" "
            + "height=\"\(Self.n(max(0, height)))\" fill=\"\(HTMLEscape.text(fill))\"\(s)>\(Self.tip(tooltip))</rect>"
    }

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#444",
                              width: Double = 1, dashed: Bool = false, cssClass: String = "rule") {
        body += "<line class=\"\(cssClass)\" x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" "
            + "stroke=\"\(HTMLEscape.text(stroke))\" stroke-width=\"\(Self.n(width))\"\(dashed ? " stroke-dasharray=\"4 3\"" : "")/>"
    }

    /// A circle (a point or an outlier).
    public mutating func circle(cx: Double, cy: Double, r: Double, fill: String, opacity: Double = 1,
                                cssClass: String = "mark", tooltip: String? = nil) {
        body += "<circle class=\"\(cssClass)\" cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" "
            + "fill=\"\(HTMLEscape.text(fill))\"\(opacity < 1 ? " fill-opacity=\"\(Self.n(opacity))\"" : "")>\(Self.tip(tooltip))</circle>"
    }

    /// Horizontal text anchoring.
    public enum Anchor: String, Sendable { case start, middle, end }

    /// A text label (escaped).
    public mutating func text(_ s: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 11,
                              weight: String? = nil, fill: String = "#222", rotate: Double? = nil) {
        let r = rotate.map { " transform=\"rotate(\(Self.n($0)) \(Self.n(x)) \(Self.n(y)))\"" } ?? ""
        let w = weight.map { " font-weight=\"\(HTMLEscape.text($0))\"" } ?? ""
        body += "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(Self.n(size))\""
            + "\(w) fill=\"\(HTMLEscape.text(fill))\"\(r)>\(HTMLEscape.text(s))</text>"
    }

    /// The finished `<svg>` element (scales to its container's width, keeps its aspect ratio).
    public func render() -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" "
            + "width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" role=\"img\" aria-label=\"\(HTMLEscape.text(title))\" "
            + "font-family=\"system-ui, sans-serif\"><title>\(HTMLEscape.text(title))</title>\(body)</svg>"
    }
}
