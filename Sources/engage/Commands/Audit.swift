import ArgumentParser
import EngageCore
import EngageIngest
import EngageReport

extension Engage {
    /// `engage audit PATH…`: the whole pipeline.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read, classify and analyse: which content earned genuine engagement, and which only begged for it.")

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ReportFormat = .text

        @Option(help: ArgumentHelp("A folder of rule files overlaid on the default rulebook by rule id.", valueName: "dir"))
        var rules: String?

        func run() throws {
            var tally = PostTally()
            let summary = try Ingestor(options: input.ingestOptions).run(paths: input.paths) { tally.add($0) }
            let report = InspectReport(sources: summary.sources, tally: tally, diagnostics: summary.diagnostics)
            let out = StandardOutput()
            switch format {
            case .json: out.line(report.json())
            case .text: out.write(report.text())
            }
            out.flush()
        }
    }
}
