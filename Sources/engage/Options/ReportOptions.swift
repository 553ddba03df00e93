import ArgumentParser
import EngageCore
import EngageReport
import Foundation

/// How a report is written: `--format`, `--output FILE` (the format from its extension, written
/// atomically, never over an input), `--color`, `--quiet`.
struct ReportOptions: ParsableArguments {
    @Option(help: "Output format: text, json, csv or html (default: from --output's extension, else text).")
    var format: DocumentFormat?

    @Option(name: [.short, .long],
            help: ArgumentHelp("Write the report to FILE (.txt, .json, .csv or .html picks the format); written whole or not at all.",
                               valueName: "file"))
    var output: String?

    @Option(help: "Colour in the terminal: auto (a terminal without NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: [.short, .long], help: "No progress bar and no warnings on stderr.")
    var quiet = false

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    /// Checks `--output` against `--format` and the inputs.
    func validate(inputs: [String]) throws {
        guard let output else { return }
        guard let named = DocumentFormat.of(path: output) else {
            throw ValidationError("--output '\(output)': unknown extension; use .txt, .json, .csv or .html.")
        }
        if let format, format != named {
            throw ValidationError("--output '\(output)' names \(named.rawValue) but --format is \(format.rawValue).")
        }
        let out = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let inp = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if out == inp || out.hasPrefix(inp.hasSuffix("/") ? inp : inp + "/") {
                throw ValidationError("--output '\(output)' would overwrite or write into the input '\(input)'.")
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("--output '\(output)' is a folder; give a file name.")
        }
    }

    /// The format to write.
    var resolvedFormat: DocumentFormat { format ?? output.flatMap(DocumentFormat.of(path:)) ?? .text }

    /// Terminal styling: only for text on standard output to a terminal, unless `--color always`.
    var style: TextStyle {
        switch color {
        case .always: return TextStyle(enabled: true)
        case .never: return .plain
        case .auto: return TextStyle(enabled: output == nil && isatty(1) == 1 && !TextStyle.noColorRequested())
        }
    }

    /// The progress bar, when one may be drawn.
    var progressBar: ProgressBar? { !quiet && ProgressBar.available ? ProgressBar() : nil }
}
