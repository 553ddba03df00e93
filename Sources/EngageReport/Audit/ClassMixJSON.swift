import EngageAnalyze
import EngageCore

/// JSON for a class mix: `{"total","byClass":{label:{"count","share","examples":[…]}},"byYear","contentKinds"}`.
public enum ClassMixJSON {
    /// Writes the mix as the next value.
    public static func write(_ mix: ClassMix, to w: inout JSONWriter) {
        w.object { w in
            w.key("total"); w.int(mix.total)
            w.key("byClass"); w.object { w in
                for label in labels(mix) {
                    w.key(label); w.object { w in
                        w.key("count"); w.int(mix.counts[label] ?? 0)
                        w.key("share"); w.double(mix.share(label))
                        w.key("examples"); w.array { w in
                            for e in mix.examples[label] ?? [] {
                                w.object { w in
                                    w.key("id"); w.string(e.id)
                                    w.key("createdAt"); w.date(e.createdAt)
                                    w.key("text"); w.string(e.text)
                                    w.key("url"); w.string(e.url)
                                    w.key("score"); w.double(e.score)
                                    w.key("threshold"); w.double(e.threshold)
                                    w.key("rules"); w.strings(e.rules)
                                }
                            }
                        }
                    }
                }
            }
            w.key("byYear"); w.object { w in
                for (year, counts) in mix.byYear.sorted(by: { $0.key < $1.key }) {
                    w.key(String(year)); w.object { w in
                        for label in labels(mix) where counts[label] != nil { w.key(label); w.int(counts[label]) }
                    }
                }
            }
            if !mix.contentKinds.isEmpty {
                w.key("contentKinds"); w.object { w in
                    for k in ContentKind.allCases where mix.contentKinds[k] != nil {
                        w.key(k.rawValue); w.int(mix.contentKinds[k])
                    }
                }
            }
        }
    }

    /// The mix's classes in report order, then any label the rulebook added.
    static func labels(_ mix: ClassMix) -> [String] {
        mix.classes + mix.counts.keys.filter { !mix.classes.contains($0) }.sorted()
    }
}
