import EngageCore

/// How verdicts are written: one JSON line for streaming pipelines, or an explanation for people.
public enum VerdictFormat {
    /// `{"id","class","score","threshold","rules":[{"id","score"}]}`: `score` and `threshold` belong to the
    /// verdict's class, or for a default verdict (`valuable`, `genuine`, `ok`) to the closest other class,
    /// named in `"scored_class"`; `rules` are the rules that added to that score (their scores sum to it).
    /// Valuable posts add `"content_kind"`.
    public static func jsonLine(id: String, _ v: Verdict) -> String {
        var out = "{\"id\":"
        JSONWriter.appendQuoted(id, to: &out)
        out += ",\"class\":"
        JSONWriter.appendQuoted(v.label, to: &out)
        out += ",\"score\":" + number(v.score) + ",\"threshold\":" + number(v.threshold)
        if let scored = v.scoredClass, scored != v.label {
            out += ",\"scored_class\":"
            JSONWriter.appendQuoted(scored, to: &out)
        }
        if let k = v.contentKind {
            out += ",\"content_kind\":"
            JSONWriter.appendQuoted(k.rawValue, to: &out)
        }
        out += ",\"rules\":["
        var first = true
        for h in v.hits where h.target == (v.scoredClass ?? v.label) {
            if !first { out += "," }
            first = false
            out += "{\"id\":"
            JSONWriter.appendQuoted(h.id, to: &out)
            out += ",\"score\":" + number(h.score) + "}"
        }
        out += "]}"
        return out
    }

    /// A verdict explained: the class, its score against the threshold, every rule that fired with its
    /// description, and the other classes' scores.
    public static func text(_ v: Verdict) -> String {
        var out = v.label
        if let k = v.contentKind { out += " (\(k.rawValue))" }
        let scored = v.scoredClass ?? v.label
        if scored == v.label {
            out += "  score \(number(v.score)) ≥ threshold \(number(v.threshold))\n"
        } else if v.threshold.isFinite {
            out += "  closest other class: \(scored) \(number(v.score)) < threshold \(number(v.threshold))\n"
        } else {
            out += "\n"
        }
        if v.hits.isEmpty {
            out += "  no rule fired\n"
        } else {
            // One line per rule and score: a rule that adds the same score to several classes names them all.
            var lines: [(score: Double, targets: [String], id: String, describe: String)] = []
            for h in v.hits {
                if let k = lines.firstIndex(where: { $0.id == h.id && $0.score == h.score }) {
                    lines[k].targets.append(h.target)
                } else {
                    lines.append((h.score, [h.target], h.id, h.describe))
                }
            }
            let idWidth = lines.map(\.id.count).max() ?? 0
            let shown = lines.map { $0.targets.count > 3 ? "\($0.targets.count) classes" : $0.targets.joined(separator: ", ") }
            let targetWidth = shown.map(\.count).max() ?? 0
            for (line, targets) in zip(lines, shown) {
                let s = (line.score >= 0 ? "+" : "") + number(line.score)
                out += "  " + pad(s, 6) + " " + pad(targets, targetWidth) + "  " + pad(line.id, idWidth) + "  " + line.describe + "\n"
            }
        }
        let others = v.classScores.filter { $0.score != 0 && $0.name != v.label && $0.name != scored }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
        if !others.isEmpty {
            out += "  other scores: " + others.map { "\($0.name) \(number($0.score))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    /// A score with at most two decimals.
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return v > 0 ? "inf" : "-inf" }
        return JSONWriter.format((v * 100).rounded() / 100)
    }

    static func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
}
