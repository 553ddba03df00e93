/// A colour legend of classes, four to a row.
enum Legend {
    static func draw(_ svg: inout SVG, labels: [String], x: Double, y: Double, width: Double) {
        let column = width / 4
        for (i, label) in labels.enumerated() {
            let lx = x + Double(i % 4) * column, ly = y + Double(i / 4) * 16
            svg.rect(x: lx, y: ly - 9, width: 10, height: 10, fill: ClassPalette.colour(label), cssClass: "key")
            svg.text(label, x: lx + 14, y: ly, size: 10.5, fill: "#333")
        }
    }
}
