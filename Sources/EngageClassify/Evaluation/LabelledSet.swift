import EngageCore
import Foundation

/// A labelled set for `engage eval`, `engage train` and `engage rules fit`: JSONL (one record per line,
/// as ``ClassifyRecord`` reads it, with a `label`) or CSV with a header.
///
/// CSV columns are found by name, case-insensitively: text (`text`, `content`, `comment`, `body`,
/// `full_text`, `tweet`, `message`), label (`label`, `class`, `category`, `spam`, `is_spam`), id (`id`,
/// `id_str`, `comment_id`), date (`date`, `created_at`, `timestamp`) and for replies `parent`. Account
/// CSVs hold v1.1 user columns (`followers_count`, `friends_count`…).
///
/// Labels are class names of the kind (also make-x-archive's truth names: `begging`, `promo`, `vanity`,
/// `neutral`…). A set labelled only `1`/`0` (or `true`/`false`, `spam`/`ham`) is *binary*: 1 means
/// low-value (posts), not genuine (replies) or suspected-fake (accounts), and predictions are collapsed
/// the same way when it is evaluated. Texts may hold HTML (YouTube comments do): tags are removed and
/// entities decoded.
public struct LabelledSet: Sendable {
    /// One labelled item.
    public struct Item: Sendable {
        public var id: String
        public var post: Post?
        public var parent: Post?
        public var account: Account?
        /// The gold label: a class name, or ``LabelledSet/positive``/``LabelledSet/negative`` in a binary set.
        public var label: String
        public var date: Date?
        /// 1-based line (JSONL) or row (CSV, header = row 1).
        public var line: Int
    }

    public var kind: RuleKind
    public var items: [Item]
    /// True when the labels are binary (1/0).
    public var binary: Bool
    public var file: String

    /// The binary labels.
    public static let positive = "1"
    public static let negative = "0"

    /// The positive side's name in reports: low-value, not-genuine, suspected-fake.
    public var positiveName: String {
        switch kind {
        case .post: return "low-value"
        case .reply: return "not-genuine"
        case .account: return "suspected-fake"
        }
    }

    /// The negative side's name: the kind's default class.
    public var negativeName: String { kind.defaultClass }

    /// Reads a labelled set. `defaultLabel` labels rows that have none (a file of bought followers).
    ///
    /// - Throws: `file-not-found`, `malformed-json`, `malformed-csv` or `invalid-record` with the line.
    public static func read(path: String, kind: RuleKind, defaultLabel: String? = nil) throws -> LabelledSet {
        guard FileManager.default.fileExists(atPath: path) else {
            throw EngageError(.fileNotFound, "no such file", file: path)
        }
        let source = FileByteSource(path: path)
        let head = try source.prefix(4096)
        let firstByte = head.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        var raw: [(item: Item, rawLabel: String?)] = []
        if firstByte == UInt8(ascii: "{") {
            try LineReader.forEachLine(source) { line, number, offset in
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
                let r = try ClassifyRecord.read(line, kind: kind, file: path, lineNumber: number, offset: offset)
                raw.append((Item(id: r.id, post: r.post.map(clean), parent: r.parent.map(clean), account: r.account,
                                 label: "", date: r.date, line: number), r.label))
            }
        } else {
            raw = try readCSV(source, path: path, kind: kind)
        }
        guard !raw.isEmpty else { throw EngageError(.invalidRecord, "the labelled set is empty", file: path) }
        // Labels: binary or class names.
        let given = raw.compactMap { $0.rawLabel ?? defaultLabel }
        let binary = !given.isEmpty && given.allSatisfy { binaryValue($0) != nil }
        var items: [Item] = []
        for (item, rawLabel) in raw {
            guard let l = rawLabel ?? defaultLabel, !l.isEmpty else {
                throw EngageError(.invalidRecord, "no label (add a label field or pass --label)", file: path, line: item.line)
            }
            var it = item
            if binary {
                it.label = binaryValue(l)! ? positive : negative
            } else if let name = className(l, kind: kind) {
                it.label = name
            } else {
                throw EngageError(.invalidRecord,
                                  "label '\(l)' is not a \(kind.rawValue) class (\(kind.classes.joined(separator: ", "))) nor 1/0",
                                  file: path, line: item.line)
            }
            items.append(it)
        }
        return LabelledSet(kind: kind, items: items, binary: binary, file: path)
    }

    /// 1/0, true/false, spam/ham, yes/no as a boolean; nil for anything else.
    static func binaryValue(_ s: String) -> Bool? {
        switch s.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "true", "yes", "spam": return true
        case "0", "false", "no", "ham": return false
        default: return nil
        }
    }

    /// A class name from a label, accepting make-x-archive's truth names and common synonyms.
    static func className(_ label: String, kind: RuleKind) -> String? {
        let l = label.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        if kind.classes.contains(l) { return l }
        let aliases: [String: String]
        switch kind {
        case .post:
            aliases = ["begging": "follower-begging", "vanity": "vanity-metric", "promo": "hard-sell",
                       "neutral": "valuable", "paid": "paid-followers", "bait": "engagement-bait",
                       "followback": "follow-back"]
        case .reply:
            aliases = ["praise": "generic-praise", "promotion": "self-promotion", "self-promo": "self-promotion",
                       "followback": "follow-back-request", "follow-back": "follow-back-request", "author": "author-reply"]
        case .account:
            aliases = ["fake": "suspected-fake", "bot": "suspected-fake", "bought": "suspected-fake",
                       "genuine": "ok", "human": "ok", "real": "ok"]
        }
        return aliases[l]
    }

    // MARK: - CSV

    private static func readCSV(_ source: ByteSource, path: String, kind: RuleKind) throws -> [(item: Item, rawLabel: String?)] {
        var header: [String] = []
        var out: [(Item, String?)] = []
        func column(_ names: [String]) -> Int? {
            for n in names { if let i = header.firstIndex(of: n) { return i } }
            return nil
        }
        var textColumn: Int?, labelColumn: Int?, idColumn: Int?, dateColumn: Int?, parentColumn: Int?
        try CSVReader.read(source) { fields, row, offset in
            if row == 1 {
                header = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                textColumn = column(["text", "content", "comment", "body", "full_text", "tweet", "message"])
                labelColumn = column(["label", "class", "category", "spam", "is_spam"])
                idColumn = column(["id", "id_str", "comment_id"])
                dateColumn = column(kind == .account ? ["date", "as_of"] : ["date", "created_at", "timestamp", "time"])
                parentColumn = column(["parent", "parent_text"])
                if kind != .account && textColumn == nil {
                    throw EngageError(.malformedCSV, "no text column (expected text, content, comment, body or full_text) in the header",
                                      file: path, offset: offset, line: 1)
                }
                return
            }
            func field(_ i: Int?) -> String? { i.flatMap { $0 < fields.count ? fields[$0] : nil } }
            let label = field(labelColumn).flatMap { $0.isEmpty ? nil : $0 }
            let id = field(idColumn) ?? String(row)
            let date = field(dateColumn).flatMap(DateParser.parse)
            if kind == .account {
                var members: [(String, JSONValue)] = []
                for (i, name) in header.enumerated() where i < fields.count && !fields[i].isEmpty {
                    members.append((name, .string(fields[i])))
                }
                let account = AccountRecord.account(from: .object(members))
                out.append((Item(id: id, post: nil, parent: nil, account: account, label: "", date: date, line: row), label))
            } else {
                let text = LabelledSet.plainText(field(textColumn) ?? "")
                let post = Post(platform: .web, id: id, createdAt: date, text: text, kind: kind == .reply ? .reply : .original,
                                provenance: Provenance(source: path, line: row))
                let parent = field(parentColumn).flatMap { $0.isEmpty ? nil : $0 }.map {
                    Post(platform: .web, id: "", text: LabelledSet.plainText($0), provenance: Provenance(source: path, line: row))
                }
                out.append((Item(id: id, post: post, parent: parent, account: nil, label: "", date: date, line: row), label))
            }
        }
        return out
    }

    private static func clean(_ p: Post) -> Post {
        var p = p
        p.text = plainText(p.text)
        return p
    }

    /// Removes HTML tags (line breaks and paragraphs become spaces) and decodes entities.
    static func plainText(_ s: String) -> String {
        guard s.contains("<") || s.contains("&") else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "<", let next = s.index(i, offsetBy: 1, limitedBy: s.endIndex), next < s.endIndex,
               s[next].isLetter || s[next] == "/" || s[next] == "!", let close = s[next...].firstIndex(of: ">") {
                out.append(" ")
                i = s.index(after: close)
                continue
            }
            out.append(c)
            i = s.index(after: i)
        }
        return HTMLEntities.decode(out)
    }

    // MARK: - Splits

    /// The authors' split of the YouTube Spam Collection, for any set: per class, items sorted by date
    /// (file order when undated), the oldest `1 - testFraction` for training and the newest
    /// `testFraction` for testing.
    public func split(testFraction: Double) -> (train: LabelledSet, test: LabelledSet) {
        var train: [Item] = [], test: [Item] = []
        var byLabel: [String: [Item]] = [:]
        var order: [String] = []
        for it in items {
            if byLabel[it.label] == nil { order.append(it.label) }
            byLabel[it.label, default: []].append(it)
        }
        for label in order {
            let group = byLabel[label]!.enumerated().sorted { a, b in
                switch (a.element.date, b.element.date) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.offset < b.offset
                }
            }.map(\.element)
            let cut = Int((Double(group.count) * (1 - testFraction)).rounded())
            train += group[..<cut]
            test += group[cut...]
        }
        var a = self, b = self
        a.items = train.sorted { $0.line < $1.line }
        b.items = test.sorted { $0.line < $1.line }
        return (a, b)
    }
}
