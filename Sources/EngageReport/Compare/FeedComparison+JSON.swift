import EngageAnalyze
import EngageCore
import Foundation

extension FeedComparison {
    /// The JSON form (docs/json-output.md, `engage compare`).
    public func json() -> String {
        var w = JSONWriter(indent: 2)
        w.object { w in
            w.key("schemaVersion"); w.int(Self.schemaVersion)
            w.key("feeds"); w.array { w in
                for s in [a, b] {
                    w.object { w in
                        w.key("label"); w.string(s.label)
                        w.key("paths"); w.strings(s.paths)
                        w.key("posts"); w.int(s.report.inspect.tally.posts)
                        w.key("firstPost"); w.date(s.report.inspect.tally.firstPost)
                        w.key("lastPost"); w.date(s.report.inspect.tally.lastPost)
                        w.key("classes"); ClassMixJSON.write(s.report.posts, to: &w)
                        w.key("engagementByClass"); if let e = s.engagement { ReportDigestJSON.write(e, to: &w) } else { w.null() }
                        w.key("recommendations"); w.array { w in
                            for r in s.report.analysis.recommendations where r.verdict == .recommendation {
                                w.object { w in
                                    w.key("group"); w.string(r.group)
                                    w.key("metric"); w.string(r.metric.rawValue)
                                    w.key("direction"); w.string(r.direction.rawValue)
                                    w.key("headline"); w.string(r.headline)
                                }
                            }
                        }
                    }
                }
            }
            w.key("mix"); w.array { w in
                for m in mix {
                    w.object { w in
                        w.key("class"); w.string(m.label)
                        w.key("a"); w.int(m.a); w.key("aShare"); w.double(m.aShare)
                        w.key("b"); w.int(m.b); w.key("bShare"); w.double(m.bShare)
                    }
                }
            }
            w.key("engagement"); w.array { w in
                for r in engagement {
                    w.object { w in
                        w.key("outcome"); w.string(r.outcome.rawValue)
                        w.key("class"); w.string(r.postClass)
                        for (k, s) in [("a", r.a), ("b", r.b)] {
                            w.key(k)
                            guard let s else { w.null(); continue }
                            w.object { w in
                                w.key("n"); w.int(s.n)
                                w.key("q1"); w.double(s.q1); w.key("median"); w.double(s.median); w.key("q3"); w.double(s.q3)
                                w.key("mean"); w.double(s.mean); w.key("shareAtLeastOne"); w.double(s.shareAtLeastOne)
                            }
                        }
                    }
                }
            }
            w.key("effects"); w.array { w in
                for e in effects {
                    w.object { w in
                        w.key("group"); w.string(e.group)
                        w.key("metric"); w.string(e.metric.rawValue)
                        w.key("scale"); w.string(e.scale.rawValue)
                        for (k, c) in [("a", e.a), ("b", e.b)] {
                            w.key(k); w.object { w in
                                w.key("n"); w.int(c.n); w.key("nRest"); w.int(c.nRest)
                                w.key("cliffsDelta"); w.double(c.cliffsDelta)
                                w.key("ci"); w.array { w in w.double(c.ci?.lower); w.double(c.ci?.upper) }
                                w.key("pAdjusted"); w.double(c.pAdjusted)
                            }
                        }
                        w.key("difference"); w.double(e.difference)
                        w.key("intervalsOverlap"); w.bool(e.overlap)
                    }
                }
            }
            w.key("better"); w.object { w in
                w.key("a"); w.strings(aBetter)
                w.key("b"); w.strings(bBetter)
            }
        }
        return w.output
    }
}
