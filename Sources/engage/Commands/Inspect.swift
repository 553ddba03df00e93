import ArgumentParser
import EngageCore
import EngageIngest
import EngageReport

extension Engage {
    /// `engage inspect PATH…`: what was found, without classifying.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what engage finds in archives, exports, feeds and pages: format, owner, dates, posts by kind, warnings.")

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ReportFormat = .text

        func run() throws {
            var tally = PostTally()
            let summary: IngestSummary
            if input.paths.count > 1 {
                // Several inputs: one record per post (merged), replies joined to their posts.
                let corpus = try Corpus.read(paths: input.paths, options: input.ingestOptions)
                for p in corpus.posts { tally.add(p) }
                summary = corpus.summary
            } else {
                summary = try Ingestor(options: input.ingestOptions).run(paths: input.paths) { tally.add($0) }
            }
            let report = InspectReport(sources: summary.sources, tally: tally, diagnostics: summary.diagnostics)
            let out = StandardOutput()
            switch format {
            case .json: out.line(report.json())
            case .text: out.write(report.text())
            }
            out.flush()
            if !summary.unreadFiles.isEmpty { throw ExitCode(Terminal.partialExit) }
        }
    }
}
