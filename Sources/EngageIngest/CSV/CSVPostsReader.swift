import EngageCore
import Foundation

/// Any CSV of posts whose header names text, date, id/URL, author and counts (`created_at, text,
/// url, replies, retweets, favorites, user`), with `--map column=field` for other names. Encoding is
/// detected (UTF-8, else ISO-8859-1); the delimiter is `,`, `;` or tab. Dates in any shape
/// ``DateParser`` reads, zone-less ones as UTC.
enum CSVPostsReader: SourceReader {
    static var format: SourceFormat { .csv }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard input.kind == .file, let entry = input.entries.first, let header = CSVHeader(input, entry: entry) else {
            return false
        }
        return !header.isXAnalytics && header.looksLikePosts(entry: entry)
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        try read(input, format: .csv, context: context)
    }

    /// Reads a CSV of posts as `format` (`csv` or `x-analytics-csv`).
    static func read(_ input: InputContainer, format: SourceFormat, context: IngestContext) throws -> SourceInfo {
        guard let entry = input.entries.first, let header = CSVHeader(input, entry: entry) else {
            throw EngageError(.malformedCSV, "expected a header row naming the columns", file: input.path, offset: 0)
        }
        let file = input.displayName(entry)
        let columns = try CSVColumns(header: header.names, mapping: context.options.csvMapping)
        guard columns[.text] != nil else {
            let shown = header.names.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
            throw EngageError(.malformedCSV,
                              "no text column: expected a column named text, tweet text, content…, or --map COLUMN=text (columns: \(shown))",
                              file: file, offset: 0, line: 1)
        }
        for missing in columns.missingMapped {
            context.warn(EngageError.Code.invalidArgument.rawValue, "--map names a column '\(missing)' that this file does not have",
                         file: file)
        }
        let source = input.source(entry)
        let encoding = try CSVReader.detectEncoding(source)
        let asOf = input.modificationDate(of: entry)
        let names = Set(header.names.map(CSVColumns.normalise))
        let tweetish = format == .xAnalyticsCSV || names.contains { $0.contains("tweet") }
        let rows = CSVPostRow(columns: columns, source: input.path, fileName: (entry as NSString).lastPathComponent,
                              defaultPlatform: tweetish ? .x : .web, asOf: asOf)

        var statedOwner: AuthorRef?
        var cellProblems = 0
        let info = try FeedReading.read(input, entry: entry, format: format, context: context) { sink in
            var scan = FeedReading.Scan(role: format == .xAnalyticsCSV ? "tweet activity" : "posts")
            scan.variant = variant(header, encoding: encoding, analytics: format == .xAnalyticsCSV)
            scan.countsAsOf = asOf
            var problems: [CSVPostRow.CellProblem] = []
            var firstRow = true
            var platform: Platform = rows.defaultPlatform
            var problemCount = 0
            try CSVReader.read(source, delimiter: header.delimiter, encoding: encoding) { fields, number, offset in
                if firstRow {
                    firstRow = false
                    return  // the header
                }
                let row = number - 1
                do {
                    let post = try rows.post(fields, row: row, offset: offset, problems: &problems, light: sink.light)
                    platform = post.platform
                    if format == .xAnalyticsCSV, statedOwner == nil, let a = post.author { statedOwner = a }
                    if let a = post.author { sink.account(a, Account(platform: post.platform, handle: a.handle)) }
                    try sink.post(post, asOf: asOf)
                } catch let e as EngageError {
                    sink.badRecord(e.located(in: file))
                }
                if sink.pass == .emit {
                    for p in problems {
                        problemCount += 1
                        guard problemCount <= BadRecords.shownLimit else { continue }
                        switch p {
                        case .date(let d):
                            context.warn("unreadable-date", "unreadable date '\(d)': the post is kept without a date",
                                         file: file, offset: offset, line: row)
                        case let .count(column, value):
                            context.warn("unreadable-count", "unreadable count '\(value)' in column '\(column)': kept as unknown",
                                         file: file, offset: offset, line: row)
                        }
                    }
                }
                problems.removeAll(keepingCapacity: true)
            }
            if sink.pass == .emit { cellProblems = problemCount }
            scan.platform = platform
            scan.statedOwner = statedOwner
            if asOf != nil {
                scan.notes.append("counts as of the file's modification date: the export does not say when they were read")
            }
            return scan
        }
        if cellProblems > BadRecords.shownLimit {
            context.warn("unreadable-cell", "\(cellProblems - BadRecords.shownLimit) more unreadable dates or counts not listed",
                         file: file)
        }
        return info
    }

    /// `comma-separated, UTF-8` or `semicolon-separated, ISO-8859-1`.
    static func variant(_ header: CSVHeader, encoding: CSVReader.Encoding, analytics: Bool) -> String {
        let sep: String
        switch header.delimiter {
        case UInt8(ascii: ";"): sep = "semicolon-separated"
        case 0x09: sep = "tab-separated"
        default: sep = "comma-separated"
        }
        let enc = encoding == .latin1 ? "ISO-8859-1" : "UTF-8"
        return "\(header.names.count) columns, \(sep), \(enc)"
    }
}
