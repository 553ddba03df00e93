import EngageAnalyze
import EngageCore
import Foundation

/// What `engage audit` shows: what was read (as `engage inspect`), how the posts, replies and reply
/// authors classified (the class mix with examples and the rules behind them), and the analysis of
/// genuine engagement with its recommendations.
public struct AuditReport: Sendable {
    /// The JSON schema version of ``json()`` (docs/json-output.md). Bump on incompatible changes.
    public static let schemaVersion = 1

    /// Sources, counts by kind and year, warnings, unread files.
    public var inspect: InspectReport
    /// The feeds' own posts by class.
    public var posts: ClassMix
    /// Reposts of others' posts by the class of their text.
    public var reposts: ClassMix
    /// Replies and comments by class.
    public var replies: ClassMix
    /// Reply authors with profile data by class.
    public var authors: ClassMix
    /// The analysis.
    public var analysis: AnalysisReport
    /// `streamed` or `joined`.
    public var mode: String
    /// The rule overlay folder, when given.
    public var rulesOverlay: String?
    /// Rulebook warnings.
    public var rulebookWarnings: [String]
    /// Notes about the run.
    public var notes: [String]
    /// Own posts per month and class, engagement per class, the best posts (for the charts).
    public var digest: ReportDigest

    public init(inspect: InspectReport, posts: ClassMix, reposts: ClassMix, replies: ClassMix, authors: ClassMix,
                analysis: AnalysisReport, mode: String, rulesOverlay: String?, rulebookWarnings: [String], notes: [String],
                digest: ReportDigest = ReportDigest()) {
        self.inspect = inspect
        self.posts = posts
        self.reposts = reposts
        self.replies = replies
        self.authors = authors
        self.analysis = analysis
        self.mode = mode
        self.rulesOverlay = rulesOverlay
        self.rulebookWarnings = rulebookWarnings
        self.notes = notes
        self.digest = digest
    }

    // MARK: - JSON

    /// The JSON form.
    public func json() -> String {
        var w = JSONWriter(indent: 2)
        w.object { w in
            w.key("schemaVersion"); w.int(Self.schemaVersion)
            w.key("mode"); w.string(mode)
            inspect.writeMembers(to: &w)
            w.key("classes"); w.object { w in
                w.key("rulebook"); w.object { w in
                    w.key("overlay"); w.string(rulesOverlay)
                    w.key("warnings"); w.strings(rulebookWarnings)
                }
                w.key("posts"); ClassMixJSON.write(posts, to: &w)
                w.key("reposts"); ClassMixJSON.write(reposts, to: &w)
                w.key("replies"); ClassMixJSON.write(replies, to: &w)
                w.key("authors"); ClassMixJSON.write(authors, to: &w)
            }
            w.key("notes"); w.strings(notes)
            w.key("digest"); ReportDigestJSON.write(digest, to: &w)
            w.key("analysis"); AnalysisJSON.write(analysis, to: &w)
        }
        return w.output
    }
}
