import EngageReport

extension AuditReport {
    /// The report of a pipeline run: what was read, the class mixes, the analysis and the chart data.
    public init(_ r: AuditResult) {
        self.init(inspect: InspectReport(sources: r.summary.sources, tally: r.tally, diagnostics: r.summary.diagnostics),
                  posts: r.posts, reposts: r.reposts, replies: r.replies, authors: r.authors, analysis: r.analysis,
                  mode: r.mode.rawValue, rulesOverlay: r.rulesOverlay, rulebookWarnings: r.rulebookWarnings, notes: r.notes,
                  digest: r.digest)
    }
}
