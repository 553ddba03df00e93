import ArgumentParser
import EngageCore
import EngagePipeline
import EngageReport

extension Engage {
    /// `engage audit PATH…`: the whole pipeline.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read, classify and analyse: which content earned genuine engagement, and which only begged for it.",
            discussion: """
                One path is streamed (any size, bounded memory). Several paths are merged first: a post seen \
                in several files is one record with its newest counts, and replies from a capture attach to the \
                posts they answer. Give a competitor's feed beside your own to compare them side by side.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ReportFormat = .text

        @OptionGroup var rules: RulesOptions

        @OptionGroup var analysis: AnalysisArguments

        @Option(help: "Examples shown per class.")
        var examples: Int = 3

        func run() throws {
            let options = AuditOptions(paths: input.paths, ingest: input.ingestOptions, rulesOverlay: rules.overlay,
                                       analysis: analysis.options, examplesPerClass: max(0, examples))
            let result = try AuditPipeline(options: options).run()
            let report = AuditReport(result)
            let out = StandardOutput()
            switch format {
            case .json: out.line(report.json())
            case .text: out.write(report.text())
            }
            out.flush()
            if !result.unreadFiles.isEmpty { throw ExitCode(Terminal.partialExit) }
        }
    }
}

extension AuditReport {
    /// The report of a pipeline run.
    init(_ r: AuditResult) {
        self.init(inspect: InspectReport(sources: r.summary.sources, tally: r.tally, diagnostics: r.summary.diagnostics),
                  posts: r.posts, reposts: r.reposts, replies: r.replies, authors: r.authors, analysis: r.analysis,
                  mode: r.mode.rawValue, rulesOverlay: r.rulesOverlay, rulebookWarnings: r.rulebookWarnings, notes: r.notes)
    }
}
