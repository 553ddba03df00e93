import ArgumentParser
import EngageClassify
import EngageCore
import Foundation

extension Engage {
    /// `engage classify`: classify one text, or a stream of JSON lines.
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Classify a text, or JSON lines from standard input, with the explained rulebook.",
            discussion: """
                With a TEXT: prints the class, the score against the threshold and every rule that fired. \
                With --kind account, TEXT is a JSON object of X API v1.1 user fields.

                With --jsonl: reads {"id","text"} lines (posts and replies) or {"id","account":{…}} lines \
                (accounts) from standard input and writes one verdict per line: \
                {"id","class","score","threshold","rules":[{"id","score"}]}. A line that cannot be read is \
                reported on standard error with its line number and skipped; the run then ends with exit \
                status 3 and a count (--strict stops at the first bad line with status 1).
                """)

        @Argument(help: "The text to classify (omit with --jsonl).")
        var text: String?

        @Option(help: "What to classify: post, reply or account.")
        var kind: RuleKind = .post

        @Flag(help: "Read JSON lines from standard input and write one verdict per line.")
        var jsonl = false

        @Flag(help: "With --jsonl: stop at the first line that cannot be read.")
        var strict = false

        @Flag(help: "With --jsonl: print the number of items per class instead of the verdicts.")
        var summary = false

        @Option(help: "Output format for a single text: text or json.")
        var format: ReportFormat = .text

        @OptionGroup var rules: RulesOptions

        mutating func validate() throws {
            if jsonl && text != nil { throw ValidationError("Give a text or --jsonl, not both.") }
            if !jsonl && text == nil { throw ValidationError("Give a text to classify, or --jsonl to read JSON lines from standard input.") }
            if (strict || summary) && !jsonl { throw ValidationError("--strict and --summary go with --jsonl.") }
        }

        func run() throws {
            let classifier = try rules.classifier()
            if jsonl { return try stream(classifier) }
            let verdict: Verdict
            if kind == .account {
                let bytes = Array(text!.utf8)
                let record = try bytes.withUnsafeBufferPointer {
                    try ClassifyRecord.read($0, kind: .account, file: "argument", lineNumber: 1, offset: 0)
                }
                verdict = classifier.classify(record.account!)
            } else {
                verdict = classifier.classify(text: text!, as: kind)
            }
            let out = StandardOutput()
            switch format {
            case .json:
                out.line(VerdictFormat.jsonLine(id: "argument", verdict))
            case .text:
                out.write(VerdictFormat.text(verdict))
                if kind != .account {
                    out.line("  normalised: \(Classifier.normalized(text!))")
                    if let p = classifier.bayesProbabilities(text!, as: kind) {
                        let sorted = p.sorted { $0.1 > $1.1 }
                        let shown = sorted.prefix(1) + sorted.dropFirst().prefix(3).filter { $0.1 >= 0.005 }
                        let top = shown.map { "\($0.0) \(String(format: "%.3f", $0.1))" }
                        out.line("  learned model: " + top.joined(separator: ", "))
                    }
                }
            }
            out.flush()
        }

        private func stream(_ classifier: Classifier) throws {
            let out = StandardOutput()
            var counts: [String: Int] = [:]
            var bad = 0, total = 0
            try LineReader.forEachLine(FileByteSource(path: "/dev/stdin", name: "stdin", chunkSize: 1 << 20)) { line, number, offset in
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
                total += 1
                let record: ClassifyRecord
                do {
                    record = try ClassifyRecord.read(line, kind: kind, file: "stdin", lineNumber: number, offset: offset)
                } catch let e as EngageError {
                    if strict { out.flush(); throw e }
                    bad += 1
                    Terminal.warn("engage: " + e.description)
                    return
                }
                let v: Verdict
                switch kind {
                case .post: v = classifier.classify(record.post!)
                case .reply: v = classifier.classifyReply(record.post!, parent: record.parent)
                case .account: v = classifier.classify(record.account!)
                }
                if summary { counts[v.label, default: 0] += 1 } else { out.line(VerdictFormat.jsonLine(id: record.id, v)) }
            }
            if summary {
                for c in kind.classes where counts[c] != nil { out.line("\(c)\t\(counts[c]!)") }
            }
            out.flush()
            if bad > 0 {
                Terminal.warn("engage: stdin: \(bad) of \(total) lines could not be read and were skipped")
                throw ExitCode(Terminal.partialExit)
            }
        }
    }
}
