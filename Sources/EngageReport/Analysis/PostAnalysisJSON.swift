import EngageAnalyze
import EngageCore

/// The per-post `analysis` member of `engage export` lines: role, class, features and genuine
/// counts, so anyone can recompute a comparison.
///
/// ```swift
/// out.line(PostJSON.line(post) { w in PostAnalysisJSON.writeMember(report.posts.fields(post.key), to: &w) })
/// ```
public enum PostAnalysisJSON {
    /// Writes `"analysis": {…}` (or `"analysis": null` when the post had no analysis).
    public static func writeMember(_ p: PostAnalysis?, to w: inout JSONWriter) {
        w.key("analysis")
        guard let p else {
            w.null()
            return
        }
        w.object { w in
            w.key("role"); w.string(p.role)
            w.key("account"); w.string(p.account)
            w.key("threadHead"); w.string(p.threadHead)
            w.key("threadLength"); w.int(p.threadLength)
            w.key("class"); w.string(p.postClass)
            w.key("contentKind"); w.string(p.contentKind)
            w.key("features"); w.strings(p.features)
            w.key("length"); w.int(p.length)
            w.key("lengthBand"); w.string(p.lengthBand)
            w.key("hour"); w.int(p.hour)
            w.key("weekday"); w.string(p.weekday)
            w.key("replies"); w.int(p.replies)
            w.key("replyMeasure"); w.string(p.replyMeasure)
            w.key("reposts"); w.int(p.reposts)
            w.key("likes"); w.int(p.likes)
            w.key("replyRecords"); w.int(p.replyRecords)
            w.key("removedByReason"); w.object { w in
                for k in p.removedByReason.keys.sorted() { w.key(k); w.int(p.removedByReason[k]) }
            }
            w.key("repostsSolicited"); w.bool(p.repostsSolicited)
            w.key("pi"); w.object { w in for k in p.pi.keys.sorted() { w.key(k); w.double(p.pi[k]) } }
            w.key("followers"); w.double(p.followers)
            w.key("replyVerdict"); w.string(p.replyVerdict)
            w.key("repliesTo"); w.string(p.repliesTo)
        }
    }
}
