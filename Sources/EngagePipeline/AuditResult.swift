import EngageAnalyze
import EngageCore
import EngageIngest
import EngageReport

/// Everything one audit found: what was read, how it classified, and the analysis.
public struct AuditResult: Sendable {
    /// How the records were gathered.
    public enum Mode: String, Sendable {
        /// One input, streamed: memory stays bounded whatever its size.
        case streamed
        /// Several inputs, merged into one record per post and joined (replies to their posts).
        case joined
    }

    /// Sources, diagnostics and accounts of the ingestion.
    public var summary: IngestSummary
    /// Posts and replies counted as `engage inspect` counts them.
    public var tally: PostTally
    /// The class mix of the feeds' own posts (reposts, deleted and unpublished items excluded).
    public var posts: ClassMix
    /// Reposts of others' posts, by the class of the reposted text.
    public var reposts: ClassMix
    /// The class mix of replies and comments by others (and of author replies).
    public var replies: ClassMix
    /// Reply and comment authors with profile data, once each.
    public var authors: ClassMix
    /// The analysis (ANALYSIS.md).
    public var analysis: AnalysisReport
    /// Streamed or joined.
    public var mode: Mode
    /// The rule overlay folder, when one was given.
    public var rulesOverlay: String?
    /// Rulebook warnings (rules that can never fire…).
    public var rulebookWarnings: [String]
    /// Notes about the run itself (replies classified without their parent…).
    public var notes: [String]
    /// What the report's charts need: own posts per month and class, engagement per class, the best posts.
    public var digest = ReportDigest()

    /// Files that could not be read.
    public var unreadFiles: [(source: String, file: FileReport)] { summary.unreadFiles }
}
