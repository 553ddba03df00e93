import Foundation
import EngageAnalyze
import EngageCore

/// JSON for the chart data of an audit (`"digest"` in `engage audit --format json`): own posts per
/// month and class, engagement distributions per account and class, the best posts.
public enum ReportDigestJSON {
    /// Writes the digest as the next value.
    public static func write(_ d: ReportDigest, to w: inout JSONWriter) {
        w.object { w in
            w.key("timeline"); w.object { w in
                w.key("months"); w.object { w in
                    for m in d.timeline.months.keys.sorted() {
                        w.key(String(format: "%04d-%02d", m / 12, m % 12 + 1)); w.object { w in
                            let counts = d.timeline.months[m] ?? [:]
                            for label in d.timeline.labels where counts[label] != nil { w.key(label); w.int(counts[label]) }
                        }
                    }
                }
                w.key("undated"); w.int(d.timeline.undated)
            }
            w.key("engagementByClass"); w.array { w in
                for e in d.engagement { write(e, to: &w) }
            }
            w.key("bestPosts"); w.array { w in
                for e in d.best.entries {
                    w.object { w in
                        w.key("id"); w.string(e.id)
                        w.key("account"); w.string(e.account)
                        w.key("createdAt"); w.date(e.createdAt)
                        w.key("url"); w.string(e.url)
                        w.key("text"); w.string(e.text)
                        w.key("class"); w.string(e.postClass)
                        w.key("contentKind"); w.string(e.contentKind)
                        w.key("replies"); w.int(e.replies)
                        w.key("replyMeasure"); w.string(e.replyMeasure)
                        w.key("reposts"); w.int(e.reposts)
                        w.key("likes"); w.int(e.likes)
                    }
                }
            }
        }
    }

    /// One account's distributions: `{"account","replyMeasure","outcomes":{outcome:{class:<summary>}}}`.
    public static func write(_ e: ClassEngagement, to w: inout JSONWriter) {
        w.object { w in
            w.key("account"); w.string(e.account)
            w.key("replyMeasure"); w.string(e.replyMeasure)
            w.key("outcomes"); w.object { w in
                for o in Outcome.allCases {
                    guard let byClass = e.byClass[o] else { continue }
                    w.key(o.rawValue); w.object { w in
                        for c in e.classes(o) {
                            guard let dist = byClass[c] else { continue }
                            w.key(c); write(dist, to: &w)
                        }
                    }
                }
            }
        }
    }

    /// A distribution: `{"n","min","q1","median","q3","max","whiskers":[lo,hi],"mean","shareAtLeastOne","histogram":[[value,count]…]}`.
    public static func write(_ d: CountDistribution, to w: inout JSONWriter) {
        let s = d.summary
        w.object { w in
            w.key("n"); w.int(d.n)
            w.key("min"); w.double(s?.min)
            w.key("q1"); w.double(s?.q1)
            w.key("median"); w.double(s?.median)
            w.key("q3"); w.double(s?.q3)
            w.key("max"); w.double(s?.max)
            w.key("whiskers"); w.array { w in w.double(s?.whiskerLow); w.double(s?.whiskerHigh) }
            w.key("mean"); w.double(s?.mean)
            w.key("shareAtLeastOne"); w.double(s?.shareAtLeastOne)
            w.key("histogram"); w.array { w in
                for v in d.sortedValues { w.array { w in w.int(v.value); w.int(v.count) } }
            }
        }
    }
}
