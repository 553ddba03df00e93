import ArgumentParser
import EngageCore
import EngagePipeline
import EngageReport

extension Engage {
    /// `engage compare A B`: two feeds side by side.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Two feeds side by side: class mix, engagement per class, the effects that differ, what each does better.",
            discussion: """
                Each side is audited on its own (streamed, bounded memory): A and B are one path each, or \
                several with --a and --b (joined, as `engage audit` joins several paths). Effects are Cliff's δ \
                of a group against the rest of its own feed, with 95 % intervals; the report says where the \
                intervals overlap.
                """)

        @Argument(help: ArgumentHelp("The two feeds: A, then B (archives, exports, captures, feeds).", valueName: "path"))
        var paths: [String] = []

        @Option(name: .customLong("a"), help: ArgumentHelp("A path of feed A (repeat to join several).", valueName: "path"))
        var aPaths: [String] = []

        @Option(name: .customLong("b"), help: ArgumentHelp("A path of feed B (repeat to join several).", valueName: "path"))
        var bPaths: [String] = []

        @OptionGroup var report: ReportOptions

        @OptionGroup var rules: RulesOptions

        @OptionGroup var analysis: AnalysisArguments

        var sides: (a: [String], b: [String]) {
            if !aPaths.isEmpty || !bPaths.isEmpty { return (aPaths, bPaths) }
            return (paths.first.map { [$0] } ?? [], paths.count > 1 ? [paths[1]] : [])
        }

        func validate() throws {
            if !aPaths.isEmpty || !bPaths.isEmpty {
                guard paths.isEmpty, !aPaths.isEmpty, !bPaths.isEmpty else {
                    throw ValidationError("Give both --a and --b (and no other paths), or exactly two paths A B.")
                }
            } else if paths.count != 2 {
                throw ValidationError("Give exactly two paths, A and B (or several with --a and --b).")
            }
            try report.validate(inputs: sides.a + sides.b)
        }

        func run() throws {
            let bar = report.progressBar
            let out = try ReportFile(path: report.output)
            func finishBar() { bar?.update(IngestProgress(phase: .done, bytesRead: nil, totalBytes: nil, posts: 0, elapsed: 0)) }
            func audit(_ paths: [String]) throws -> AuditResult {
                var options = AuditOptions(paths: paths, rulesOverlay: rules.overlay, analysis: analysis.options, examplesPerClass: 3)
                options.analysis.userAccount = nil
                if let bar { options.progress = { bar.update($0) } }
                return try AuditPipeline(options: options).run()
            }
            let ra: AuditResult, rb: AuditResult
            do {
                ra = try audit(sides.a)
                rb = try audit(sides.b)
                finishBar()
                let comparison = FeedComparison(a: .init(paths: sides.a, report: AuditReport(ra)),
                                                b: .init(paths: sides.b, report: AuditReport(rb)))
                switch report.resolvedFormat {
                case .text: try out.write(comparison.text(style: report.style))
                case .json: try out.write(comparison.json() + "\n")
                case .csv: try out.write(comparison.csv())
                case .html: try out.write(comparison.html())
                }
                try out.commit()
            } catch {
                finishBar()
                out.abort()
                throw error
            }
            let unread = ra.unreadFiles + rb.unreadFiles
            if !unread.isEmpty {
                if !report.quiet {
                    for (path, f) in unread { Terminal.warn("engage: not read: \(path): \(f.entry): \(f.reason ?? "failed")") }
                }
                throw ExitCode(Terminal.partialExit)
            }
        }
    }
}
