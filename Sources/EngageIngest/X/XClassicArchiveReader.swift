import EngageCore
import Foundation

/// Reads a classic Twitter archive (Dec 2012 → early 2019, FORMATS.md §2): Grailbird month files
/// `data/js/tweets/YYYY_MM.js`, `tweets.csv` (both column layouts) and the early monthly
/// `data/csv/YYYY_MM.csv`, as a zip, a folder or a lone file. Where several hold the same tweet it is
/// read once (month files first: they carry entities and, when a tool rewrote them, counts).
/// Classic archives have no like or repost counts, except month files rewritten by a tool.
struct XClassicArchiveReader: SourceReader {
    static var format: SourceFormat { .xClassicArchive }

    static func recognizes(_ input: InputContainer) -> Bool {
        switch input.kind {
        case .file:
            let head = input.sniff(input.entries[0], count: 512)
            return XClassicCSV.looksLikeHeader(head) || XGrailbird.isMonthFile(head)
        case .folder, .zip:
            if let csv = input.resolve("tweets.csv"), XClassicCSV.looksLikeHeader(input.sniff(csv, count: 512)) { return true }
            if let month = XGrailbird.monthFiles(input).first, XGrailbird.isMonthFile(input.sniff(month, count: 256)) {
                return true
            }
            return false
        }
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        var reader = XClassicArchiveReader(input: input, context: context)
        return try reader.run()
    }

    // MARK: - State

    let input: InputContainer
    let context: IngestContext
    var info: SourceInfo
    var builder: XPostBuilder
    var seen = Set<String>()
    var duplicates = 0
    var countsSeen = false
    var payloadDate: Date?
    var layouts: [String] = []

    init(input: InputContainer, context: IngestContext) {
        self.input = input
        self.context = context
        self.info = SourceInfo(path: input.path, format: .xClassicArchive)
        self.builder = XPostBuilder(sourcePath: input.path)
    }

    // MARK: - Orchestration

    mutating func run() throws -> SourceInfo {
        var months: [XDataRef] = []
        var csvs: [XDataRef] = []
        var details: (userDetails: XDataRef?, tweetIndex: XDataRef?, payload: XDataRef?) = (nil, nil, nil)

        if input.kind == .file {
            let name = input.entries[0]
            if XGrailbird.isMonthFile(input.sniff(name, count: 256)) {
                months = [XDataRef(input, entry: name, role: "tweets-month")]
            } else {
                csvs = [XDataRef(input, entry: name, role: "tweets-csv")]
            }
            // Index files next to the lone file: beside a month file (`../`), or under `data/js/` beside tweets.csv.
            let dir = (input.path as NSString).deletingLastPathComponent
            let jsDir = months.isEmpty ? (dir as NSString).appendingPathComponent("data/js")
                : (dir as NSString).deletingLastPathComponent
            func sibling(_ file: String, _ role: String) -> XDataRef? {
                XDataRef(sibling: (jsDir as NSString).appendingPathComponent(file), role: role)
            }
            details = (sibling("user_details.js", "user-details"), nil, sibling("payload_details.js", "payload-details"))
        } else {
            months = XGrailbird.monthFiles(input).map { XDataRef(input, entry: $0, role: "tweets-month") }
            if let csv = input.resolve("tweets.csv") { csvs.append(XDataRef(input, entry: csv, role: "tweets-csv")) }
            csvs += input.entries.filter { e in
                let parts = e.split(separator: "/")
                return e.hasSuffix(".csv") && parts.count >= 3 && parts.count <= 4 && parts[parts.count - 2] == "csv"
                    && parts[parts.count - 3] == "data"
            }.sorted().map { XDataRef(input, entry: $0, role: "tweets-csv") }
            details = (input.resolve("data/js/user_details.js").map { XDataRef(input, entry: $0, role: "user-details") },
                       input.resolve("data/js/tweet_index.js").map { XDataRef(input, entry: $0, role: "tweet-index") },
                       input.resolve("data/js/payload_details.js").map { XDataRef(input, entry: $0, role: "payload-details") })
        }

        if let r = details.userDetails, let v = readIndexFile(r), let owner = XGrailbird.userDetails(v) {
            info.owner = owner
        }
        if let r = details.payload, let v = readIndexFile(r) { payloadDate = XGrailbird.payloadDate(v) }
        if let r = details.tweetIndex, let v = readIndexFile(r) {
            let present = Set(months.map(\.entry))
            let root = String(r.entry.dropLast("data/js/tweet_index.js".count))
            for (name, _) in XGrailbird.tweetIndex(v) where !present.contains(root + name) {
                info.files.append(FileReport(entry: root + name, role: "tweets-month", status: .failed,
                                             reason: "listed in tweet_index.js but not in the archive"))
                context.warn("file-missing", "\(root + name) is listed in tweet_index.js but not in the archive: its tweets "
                             + "are missing unless tweets.csv has them", file: input.path)
            }
        }
        if info.owner == nil, months.isEmpty, let (owner, evidence) = inferOwner(csvs) {
            info.owner = owner
            info.notes.append("owner \(evidence)")
        }
        builder.owner = info.owner

        let strict = months.count + csvs.count == 1
        for m in months { try readMonthFile(m, strict: strict) }
        for c in csvs { try readCSV(c, strict: strict) }

        if info.owner == nil {
            context.warn("owner-unknown", "the owner could not be found (no user_details.js, tweet users or self-replies): "
                         + "threads cannot be told from replies to others", file: input.path)
        }
        if let owner = info.owner { context.record(owner) }
        if countsSeen { info.countsAsOf = builder.countsAsOf }
        var variant = layouts
        if !months.isEmpty {
            variant.insert("Grailbird month files" + (countsSeen ? " (rewritten by a tool, with counts)" : ""), at: 0)
        }
        info.variant = variant.joined(separator: " + ")
        if duplicates > 0 {
            info.notes.append("\(duplicates) tweet\(duplicates == 1 ? "" : "s") found in more than one file, each read once")
        }
        if !countsSeen { info.notes.append("classic archives carry no like or repost counts") }
        return info
    }

    // MARK: - Files

    mutating func readIndexFile(_ ref: XDataRef) -> JSONValue? {
        do {
            let v = try XDataFile.readAssigned(ref.source)
            info.files.append(ref.read(records: 0))
            return v
        } catch {
            fail(ref, error as? EngageError ?? EngageError(.unreadable, "\(error)", file: ref.source.name), records: 0)
            return nil
        }
    }

    mutating func readMonthFile(_ ref: XDataRef, strict: Bool) throws {
        var records = 0
        var items = 0
        builder.countsAsOf = payloadDate ?? ref.modified
        do {
            _ = try XTweetStream.read(ref.source) { t, offset in
                items += 1
                records += try emit(t, ref: ref, offset: offset, line: nil)
            }
        } catch let e as EngageError {
            if strict { throw e }
            fail(ref, e, records: records)
            return
        }
        info.files.append(ref.read(records: records))
    }

    mutating func readCSV(_ ref: XDataRef, strict: Bool) throws {
        var records = 0
        var csv: XClassicCSV?
        do {
            try CSVReader.read(ref.source) { row, number, offset in
                guard let layout = csv else {
                    csv = try XClassicCSV(header: row, file: ref.source.name)
                    return
                }
                records += try emit(layout.tweet(row), ref: ref, offset: offset, line: number - 1)
            }
        } catch let e as EngageError {
            if strict { throw e }
            fail(ref, e, records: records)
            return
        }
        if let csv, !layouts.contains("tweets.csv (\(csv.layout))") { layouts.append("tweets.csv (\(csv.layout))") }
        info.files.append(ref.read(records: records))
    }

    /// Emits a tweet unless an earlier file had it; returns the number of posts emitted.
    mutating func emit(_ t: XTweetObject, ref: XDataRef, offset: Int, line: Int?) throws -> Int {
        guard let id = t.id, !id.isEmpty else {
            context.warn("invalid-record", "a tweet without an id was skipped", file: ref.source.name, offset: offset, line: line)
            return 0
        }
        guard seen.insert(id).inserted else {
            duplicates += 1
            return 0
        }
        if t.likes != nil || t.reposts != nil { countsSeen = true }
        if info.owner == nil, let u = t.user, u.id != nil || u.handle != nil {
            info.owner = Account(platform: .x, id: u.id, handle: u.handle, name: u.name)
            builder.owner = info.owner
        }
        if t.badDate {
            context.warn("bad-date", "unreadable date: the tweet is kept without one", file: ref.source.name,
                         offset: offset, line: line)
        }
        try context.emit(builder.build(t, id: id, entry: ref.provenanceEntry, offset: offset, line: line))
        return 1
    }

    /// The owner of CSV-only archives, from the self-replies among their rows.
    func inferOwner(_ csvs: [XDataRef]) -> (Account, String)? {
        var inference = XOwnerInference()
        for ref in csvs {
            var csv: XClassicCSV?
            try? CSVReader.read(ref.source) { row, _, _ in
                guard let layout = csv else {
                    csv = try XClassicCSV(header: row, file: ref.source.name)
                    return
                }
                inference.add(layout.tweet(row))
            }
        }
        return inference.result()
    }

    mutating func fail(_ ref: XDataRef, _ e: EngageError, records: Int) {
        info.files.append(ref.failed(e, records: records))
        context.report(Diagnostic(e))
    }
}
