import EngageAnalyze
import EngageIngest

/// What an audit reads and how it classifies and analyses it.
public struct AuditOptions: Sendable {
    /// The inputs (archives, exports, captures, feeds, pages).
    public var paths: [String]
    /// Ingestion choices (CSV column mapping…).
    public var ingest: IngestOptions
    /// A folder of rule files overlaid on the default rulebook, when given.
    public var rulesOverlay: String?
    /// Analysis settings (seed, resamples, time zone, trend, snapshot time, the user's account).
    public var analysis: AnalysisOptions
    /// Examples kept per class in the class mix.
    public var examplesPerClass: Int
    /// Feed posts kept in memory to give a streamed reply its parent (the classifier compares a reply
    /// with the post it answers). Replies arrive close to their posts in every streamed format.
    public var parentWindow: Int
    /// Posts listed as the best by genuine engagement (``ReportDigest/best``).
    public var bestPosts: Int = 10
    /// Called on the calling thread while the inputs are read (at most ~10 times a second) and once
    /// per later phase; nil for none. `engage audit` draws its progress bar with it.
    public var progress: (@Sendable (IngestProgress) -> Void)?

    public init(paths: [String], ingest: IngestOptions = IngestOptions(), rulesOverlay: String? = nil,
                analysis: AnalysisOptions = AnalysisOptions(), examplesPerClass: Int = 3, parentWindow: Int = 50_000) {
        self.paths = paths
        self.ingest = ingest
        self.rulesOverlay = rulesOverlay
        self.analysis = analysis
        self.examplesPerClass = examplesPerClass
        self.parentWindow = parentWindow
    }
}
