import EngageAnalyze
import EngageCore

extension FeedComparison {
    /// The CSV form, long format: one row per figure, `section,item,outcome,statistic,a,b,aLower,aUpper,bLower,bUpper,note`.
    public func csv() -> String {
        var out = CSVText.record(["section", "item", "outcome", "statistic", "a", "b", "aLower", "aUpper", "bLower", "bUpper", "note"])
        func row(_ section: String, _ item: String, _ outcome: String?, _ statistic: String, _ va: String, _ vb: String,
                 _ ci: [String] = ["", "", "", ""], note: String? = nil) {
            out += CSVText.record([CSVText.text(section), CSVText.text(item), CSVText.text(outcome), CSVText.text(statistic), va, vb]
                                  + ci + [CSVText.text(note)])
        }
        row("feed", "label", nil, "account", CSVText.text(a.label), CSVText.text(b.label))
        row("feed", "paths", nil, "paths", CSVText.text(a.paths.joined(separator: " ")), CSVText.text(b.paths.joined(separator: " ")))
        for m in mix {
            row("mix", m.label, nil, "count", CSVText.number(m.a), CSVText.number(m.b))
            row("mix", m.label, nil, "share", CSVText.number(m.aShare), CSVText.number(m.bShare))
        }
        for r in engagement {
            for (stat, f) in [("n", { (s: CountDistribution.Summary) in Double(s.n) }), ("median", { $0.median }), ("q1", { $0.q1 }),
                              ("q3", { $0.q3 }), ("mean", { $0.mean }), ("shareAtLeastOne", { $0.shareAtLeastOne })] {
                row("engagement", r.postClass, r.outcome.rawValue, stat, CSVText.number(r.a.map(f)), CSVText.number(r.b.map(f)))
            }
        }
        for e in effects {
            row("effect", e.group, e.metric.rawValue, "cliffs-delta (\(e.scale.rawValue))",
                CSVText.number(e.a.cliffsDelta), CSVText.number(e.b.cliffsDelta),
                [CSVText.number(e.a.ci?.lower), CSVText.number(e.a.ci?.upper), CSVText.number(e.b.ci?.lower), CSVText.number(e.b.ci?.upper)],
                note: e.overlap ? "intervals overlap" : "intervals apart")
        }
        for s in aBetter { row("better", a.label, nil, "a", "", "", note: s) }
        for s in bBetter { row("better", b.label, nil, "b", "", "", note: s) }
        return out
    }
}
