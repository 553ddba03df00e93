import ArgumentParser
import EngageCore
import EngageIngest
import EngageReport

extension Engage {
    /// `engage export PATH…`: every normalised record as JSON Lines.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every normalised record (posts, replies, comments) as JSON Lines.")

        enum Format: String, ExpressibleByArgument { case jsonl }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: Format = .jsonl

        func run() throws {
            let out = StandardOutput()
            let summary: IngestSummary
            if input.paths.count > 1 {
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
