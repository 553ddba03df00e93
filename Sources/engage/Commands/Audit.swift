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
                posts they answer. Give a competitor's feed beside your own to compare them side by side (or see `engage compare`).

                Formats: text (a sectioned summary), json (docs/json-output.md), csv (one row per post, reply \
                and comment) and html (one self-contained file with charts). --output report.html picks the \
                format from the extension and writes the file whole or not at all.
                """)

        @OptionGroup var input: InputOptions

        @OptionGroup var report: ReportOptions

        @OptionGroup var rules: RulesOptions

        @OptionGroup var analysis: AnalysisArguments

        @Option(help: "Examples kept per class (the text form shows up to 2 of them, the JSON and HTML forms all).")
        var examples: Int = 3

        @Flag(help: "Text form: append the analysis in full (hygiene, outcomes, every finding, models, tests).")
        var details = false

        func validate() throws {
            try report.validate(inputs: input.paths)
        }

        func run() throws {
            let format = report.resolvedFormat
            var options = AuditOptions(paths: input.paths, ingest: input.ingestOptions, rulesOverlay: rules.overlay,
                                       analysis: analysis.options, examplesPerClass: max(0, examples))
            let bar = report.progressBar
            if let bar { options.progress = { bar.update($0) } }
            let pipeline = try AuditPipeline(options: options)
            let out = try ReportFile(path: report.output)
            let result: AuditResult
            do {
                if format == .csv {
                    try out.write(PostCSV.header)
                    result = try pipeline.forEachRecord { post, verdict, author, fields in
                        try out.write(PostCSV.row(post, verdict, author, fields))
                    }
                } else {
                    result = try pipeline.run()
                    let r = AuditReport(result)
                    switch format {
                    case .json: try out.write(r.json() + "\n")
                    case .html: try out.write(r.html())
                    case .text, .csv:
                        try out.write(r.text(style: report.style, examples: min(2, max(0, examples)), details: details))
                    }
                }
                bar?.update(IngestProgress(phase: .done, bytesRead: nil, totalBytes: nil, posts: 0, elapsed: 0))
                try out.commit()
            } catch {
                bar?.update(IngestProgress(phase: .done, bytesRead: nil, totalBytes: nil, posts: 0, elapsed: 0))
                out.abort()
                throw error
            }
            if !report.quiet, report.output != nil || format == .csv {
                // The report holds the warnings; with a file or CSV they are also shown here.
                for d in result.summary.diagnostics where d.severity == .warning { Terminal.warn("engage: \(d)") }
            }
            if !result.unreadFiles.isEmpty {
                if !report.quiet {
                    for (path, f) in result.unreadFiles { Terminal.warn("engage: not read: \(path): \(f.entry): \(f.reason ?? "failed")") }
                }
                throw ExitCode(Terminal.partialExit)
            }
        }
    }
}
