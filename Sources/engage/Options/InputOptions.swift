import ArgumentParser
import EngageCore
import EngageIngest
import Foundation

/// The inputs every reading command takes.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Archives, exports, feeds or pages to read (zip, folder or file).",
                                 valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("map"), parsing: .singleValue,
            help: ArgumentHelp("For CSV inputs: map a column to a field (text, date, id, url, author, replies, reposts, likes, quotes, impressions).",
                               valueName: "column=field"))
    var mappings: [String] = []

    mutating func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one path to read.") }
        for m in mappings where !m.contains("=") {
            throw ValidationError("--map takes column=field, got '\(m)'.")
        }
    }

    /// The ingestion options these arguments describe.
    var ingestOptions: IngestOptions {
        var mapping: [String: String] = [:]
        for m in mappings {
            let parts = m.split(separator: "=", maxSplits: 1).map(String.init)
            mapping[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return IngestOptions(csvMapping: mapping)
    }
}

/// Output format of reports.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Output format of `audit` and `compare`: the text and JSON of ``ReportFormat`` plus per-post CSV and HTML.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, html

    /// The format a file name's extension names (`.txt`, `.json`, `.csv`, `.html`/`.htm`), or nil.
    static func of(path: String) -> DocumentFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "txt", "text": return .text
        case "json": return .json
        case "csv": return .csv
        case "html", "htm": return .html
        default: return nil
        }
    }
}
