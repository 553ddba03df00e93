import EngageCore
import Foundation

extension EvaluationReport {
    /// The report as aligned text: the per-class table, the low-value summary, the confusion matrix and
    /// up to `misses` misclassified items.
    public func text(misses limit: Int = 0) -> String {
        func pct(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "  n/a" }
        var out = "\(file): \(total) \(kind.rawValue)\(total == 1 ? "" : "s")\(binary ? " (binary labels)" : "")\n"
        out += String(format: "accuracy %.3f, macro-F1 %.3f\n\n", accuracy, macroF1)
        let width = max(12, (perClass.map(\.name.count) + [collapsed?.name.count ?? 0]).max() ?? 12)
        func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
        func lpad(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }
        out += pad("class", width) + "  support  predicted  precision  recall     F1    MCC\n"
        func row(_ m: ClassMetrics) -> String {
            pad(m.name, width) + lpad(String(m.support), 9) + lpad(String(m.predicted), 11) + lpad(pct(m.precision), 11)
                + lpad(pct(m.recall), 8) + lpad(pct(m.f1), 7) + lpad(pct(m.mcc), 7) + "\n"
        }
        for m in perClass { out += row(m) }
        if let c = collapsed {
            out += "\n" + row(c)
        }
        out += "\nconfusion (rows: gold, columns: predicted)\n"
        let cw = max(6, classes.map(\.count).max() ?? 6)
        out += pad("", width) + classes.map { lpad(String($0.prefix(cw)), cw + 1) }.joined() + "\n"
        for (g, name) in classes.enumerated() {
            out += pad(name, width) + confusion[g].map { lpad(String($0), cw + 1) }.joined() + "\n"
        }
        if limit > 0, !misses.isEmpty {
            out += "\nmisclassified (\(min(limit, misses.count)) of \(misses.count)):\n"
            for m in misses.prefix(limit) {
                let text = m.text.replacingOccurrences(of: "\n", with: " ")
                out += "  line \(m.line): \(m.gold) → \(m.predicted): \(text.count > 100 ? String(text.prefix(97)) + "…" : text)"
                out += m.rules.isEmpty ? "\n" : "  [\(m.rules.joined(separator: ", "))]\n"
            }
        }
        return out
    }

    /// The report as one JSON document.
    public func json() -> String {
        var w = JSONWriter(indent: 2)
        func metrics(_ m: ClassMetrics, _ w: inout JSONWriter) {
            w.object { w in
                w.key("class"); w.string(m.name)
                w.key("support"); w.int(m.support)
                w.key("predicted"); w.int(m.predicted)
                w.key("tp"); w.int(m.truePositives)
                w.key("fp"); w.int(m.falsePositives)
                w.key("fn"); w.int(m.falseNegatives)
                w.key("tn"); w.int(m.trueNegatives)
                w.key("precision"); w.double(m.precision.map(EvaluationReport.round))
                w.key("recall"); w.double(m.recall.map(EvaluationReport.round))
                w.key("f1"); w.double(m.f1.map(EvaluationReport.round))
                w.key("mcc"); w.double(m.mcc.map(EvaluationReport.round))
            }
        }
        w.object { w in
            w.key("file"); w.string(file)
            w.key("kind"); w.string(kind.rawValue)
            w.key("binary"); w.bool(binary)
            w.key("items"); w.int(total)
            w.key("accuracy"); w.double(EvaluationReport.round(accuracy))
            w.key("macro_f1"); w.double(EvaluationReport.round(macroF1))
            w.key("classes"); w.array { w in for m in perClass { metrics(m, &w) } }
            if let c = collapsed {
                w.key("collapsed"); metrics(c, &w)
            }
            w.key("confusion")
            w.object { w in
                w.key("labels"); w.strings(classes)
                w.key("matrix"); w.array { w in for r in confusion { w.array { w in for v in r { w.int(v) } } } }
            }
        }
        return w.output
    }

    static func round(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
}
