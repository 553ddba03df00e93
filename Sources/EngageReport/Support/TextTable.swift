/// A terminal table with aligned columns: text left-aligned, numbers right-aligned, widths from the
/// content (styling codes do not count towards the width).
public struct TextTable: Sendable {
    public enum Align: Sendable { case left, right }

    public var headers: [String]
    public var align: [Align]
    public private(set) var rows: [[String]] = []
    /// Styled versions of cells (same layout), when styling is on.
    private var styled: [[String?]] = []

    public init(_ headers: [String], align: [Align]) {
        self.headers = headers
        self.align = align
    }

    /// Adds a row; `styled` gives a coloured version of some cells (nil = as is).
    public mutating func add(_ cells: [String], styled: [String?] = []) {
        rows.append(cells.map(TextFormat.terminalSafe))
        self.styled.append(styled)
    }

    /// The table, indented by `indent` spaces, with a dimmed header rule.
    public func render(indent: Int = 2, style: TextStyle = .plain) -> String {
        var widths = headers.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func cell(_ s: String, _ i: Int, _ shown: String? = nil) -> String {
            let pad = String(repeating: " ", count: max(0, widths[i] - s.count))
            let text = shown ?? s
            return (i < align.count && align[i] == .right) ? pad + text : text + pad
        }
        let lead = String(repeating: " ", count: indent)
        var out = lead + headers.enumerated().map { cell($0.element, $0.offset) }.joined(separator: "  ")
        out = style.dim(out.trimmingTrailingSpaces()) + "\n"
        for (k, r) in rows.enumerated() {
            let line = lead + r.enumerated().map { i, c in
                cell(c, i, k < styled.count && i < styled[k].count ? styled[k][i] : nil)
            }.joined(separator: "  ")
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
