import ArgumentParser
import EngageCore
import EngageIngest
import EngagePipeline
import EngageReport

extension Engage {
    /// `engage export PATH…`: every normalised record as JSON Lines.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every normalised record (posts, replies, comments) as JSON Lines, with its class and analysis fields.",
            discussion: """
                Each line is one record (docs/json-output.md): the normalised fields, then "class" (the \
                rulebook's verdict), "authorClass" (for replies: the author's) and "analysis" (role, features, \
                genuine counts, performance index) — enough to recompute any comparison of `engage audit`. \
                --records-only writes the normalised fields alone, without classifying or analysing (faster).
                """)

        enum Format: String, ExpressibleByArgument { case jsonl }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: Format = .jsonl

        @Flag(help: "Write only the normalised records: no classification, no analysis.")
        var recordsOnly = false

        @OptionGroup var rules: RulesOptions

        @OptionGroup var analysis: AnalysisArguments

        func run() throws {
            let out = StandardOutput()
            let summary: IngestSummary
            if !recordsOnly {
                let options = AuditOptions(paths: input.paths, ingest: input.ingestOptions, rulesOverlay: rules.overlay,
                                           analysis: analysis.options, examplesPerClass: 0)
                summary = try AuditPipeline(options: options).export { out.line($0) }.summary
            } else if input.paths.count > 1 {
                // Several inputs: one record per post (merged), replies joined to their posts.
                let corpus = try Corpus.read(paths: input.paths, options: input.ingestOptions)
                for p in corpus.posts { out.line(PostJSON.line(p)) }
                summary = corpus.summary
            } else {
                summary = try Ingestor(options: input.ingestOptions).run(paths: input.paths) { post in
                    out.line(PostJSON.line(post))
                }
            }
            out.flush()
            for d in summary.diagnostics where d.severity == .warning { Terminal.warn("engage: \(d)") }
            if !summary.unreadFiles.isEmpty {
                for (path, f) in summary.unreadFiles {
                    Terminal.warn("engage: not read: \(path): \(f.entry): \(f.reason ?? "failed")")
                }
                throw ExitCode(Terminal.partialExit)
            }
        }
    }
}
