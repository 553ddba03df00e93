import EngageCore

/// JSON for classifier verdicts: `{"label","score","threshold","scoredClass","contentKind","rules":[{"id","score"}]}`.
/// `rules` are the rules that added to the scored class (the winning class, or for a default verdict —
/// `valuable`, `genuine`, `ok` — the closest other class), strongest first.
public enum VerdictJSON {
    /// Writes `"name": {…}` (or `"name": null`).
    public static func writeMember(_ name: String, _ v: Verdict?, to w: inout JSONWriter) {
        w.key(name)
        guard let v else {
            w.null()
            return
        }
        write(v, to: &w)
    }

    /// Writes a verdict object.
    public static func write(_ v: Verdict, to w: inout JSONWriter) {
        let scored = v.scoredClass ?? v.label
        w.object { w in
            w.key("label"); w.string(v.label)
            w.key("score"); w.double(v.score)
            w.key("threshold"); w.double(v.threshold)
            w.key("scoredClass"); w.string(scored)
            w.key("contentKind"); w.string(v.contentKind?.rawValue)
            w.key("rules"); w.array { w in
                for h in firedRules(v) {
                    w.object { w in
                        w.key("id"); w.string(h.id)
                        w.key("score"); w.double(h.score)
                    }
                }
            }
        }
    }

    /// The rules that added to the verdict's scored class (the winning class, or for a default
    /// verdict the closest other class), strongest first.
    public static func firedRules(_ v: Verdict) -> [RuleHit] {
        let scored = v.scoredClass ?? v.label
        return v.hits.filter { $0.target == scored }
    }
}
