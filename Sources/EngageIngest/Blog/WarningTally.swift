import EngageCore

/// Counts repeated problems of one source (odd dates, unknown statuses) and reports each kind once, with
/// its count and the first place it occurred, so a 1 GB export with a million bad dates yields one line.
struct WarningTally {
    private struct Entry {
        var count: Int
        var message: String
        var line: Int?
        var offset: Int?
        var severity: Diagnostic.Severity
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    /// Counts one occurrence of `code`; the message and place of the first occurrence are kept.
    mutating func add(_ code: String, _ message: @autoclosure () -> String, line: Int? = nil, offset: Int? = nil,
                      severity: Diagnostic.Severity = .warning) {
        if entries[code] != nil {
            entries[code]?.count += 1
            return
        }
        entries[code] = Entry(count: 1, message: message(), line: line, offset: offset, severity: severity)
        order.append(code)
    }

    /// How many times `code` was counted.
    func count(_ code: String) -> Int { entries[code]?.count ?? 0 }

    /// Reports every counted problem to `context`, once per code.
    func flush(to context: IngestContext, file: String) {
        for code in order {
            guard let e = entries[code] else { continue }
            let message = e.count > 1 ? "\(e.message) (\(e.count) records; first shown)" : e.message
            context.report(Diagnostic(e.severity, code: code, message, file: file, offset: e.offset, line: e.line))
        }
    }
}
