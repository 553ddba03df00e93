import EngageCore

/// Counts the records of one file that could not be read, reports the first few as diagnostics
/// (file, line, byte offset, reason) and a summary for the rest, and decides when a file is mostly
/// unreadable: more than half of its records bad fails the whole file with `mostly-unreadable`.
struct BadRecords {
    /// At most this many bad records are reported one by one; the rest are summarised.
    static let shownLimit = 20

    /// The file's display name.
    let file: String
    /// Records seen (good and bad).
    private(set) var total = 0
    /// Records that could not be read.
    private(set) var bad = 0
    /// The first problem, kept for the mostly-unreadable message.
    private(set) var first: EngageError?
    private var shown: [EngageError] = []

    init(file: String) {
        self.file = file
    }

    /// Counts a record that was read.
    mutating func good() {
        total += 1
    }

    /// Counts a record that could not be read.
    mutating func record(_ error: EngageError) {
        total += 1
        bad += 1
        let located = error.file == nil ? error.located(in: file) : error
        if first == nil { first = located }
        if shown.count < Self.shownLimit { shown.append(located) }
    }

    /// True when more than half of the records are bad (and there is at least one).
    var isMostlyUnreadable: Bool { bad > 0 && bad * 2 > total }

    /// Throws `mostly-unreadable` when more than half of the records are bad.
    func check(unit: String) throws {
        guard isMostlyUnreadable else { return }
        var reason = "\(bad) of \(total) \(unit)s could not be read (more than half)"
        if let first {
            var place = ""
            if let line = first.line { place = " at line \(line)" } else if let offset = first.offset { place = " at byte \(offset)" }
            reason += "; the first\(place): \(first.reason)"
        }
        throw EngageError(.mostlyUnreadable, reason, file: file, offset: first?.offset, line: first?.line)
    }

    /// Sends the diagnostics: the first ``shownLimit`` bad records, then one summary line.
    func report(to context: IngestContext, unit: String) {
        for e in shown { context.report(Diagnostic(e)) }
        if bad > shown.count {
            context.warn(EngageError.Code.invalidRecord.rawValue,
                         "\(bad - shown.count) more bad \(unit)s not listed (\(bad) of \(total) skipped in all)", file: file)
        }
    }
}
