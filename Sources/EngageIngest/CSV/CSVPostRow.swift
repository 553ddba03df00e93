import EngageCore
import Foundation

/// Turns one CSV row into a post, given the file's ``CSVColumns``.
///
/// X conventions apply to X rows: text is HTML-escaped (`&amp;`), a leading `RT @` marks a retweet
/// (its counts belong to the original but are kept as the file states them), a leading `@handle`
/// marks a reply. Counts accept `17064`, `"1,234"`, `1777.0`; `-`, `n/a` and empty cells are unknown.
struct CSVPostRow {
    let columns: CSVColumns
    /// The path the user gave, for provenance.
    let source: String
    /// The file name, for ids of rows that have none.
    let fileName: String
    /// Platform of rows whose URL does not say (X when the header speaks of tweets).
    let defaultPlatform: Platform
    /// When the counts were read.
    let asOf: Date?

    /// Problems with single cells that do not make the row unreadable.
    enum CellProblem: Equatable {
        case date(String)
        case count(column: String, value: String)
    }

    /// The post of `fields`, or an error when the row has neither an id, a URL nor text.
    func post(_ fields: [String], row: Int, offset: Int, problems: inout [CellProblem], light: Bool = false) throws -> Post {
        func cell(_ f: CSVColumns.Field) -> String? {
            guard let i = columns[f], i < fields.count else { return nil }
            let v = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
            return v.isEmpty ? nil : v
        }
        let url = cell(.url)
        let status = url.flatMap(XStatusURL.parse)
        let platform: Platform = status != nil ? .x : defaultPlatform
        let rawText = columns[.text].flatMap { $0 < fields.count ? fields[$0] : nil } ?? ""
        var id = cell(.id).flatMap(Self.cleanId) ?? status?.id
        if id == nil, let url, platform != .x { id = url }
        guard id != nil || !rawText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw EngageError(.invalidRecord, "the row has no id, URL or text: expected at least one of them",
                              offset: offset, line: row)
        }
        let text = platform == .x && !light ? HTMLEntities.decode(rawText) : rawText
        let handle = (cell(.author).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }) ?? status?.handle
        let author = handle.map { AuthorRef(handle: $0) }

        var createdAt: Date?
        if let d = cell(.date) {
            createdAt = DateParser.parse(d)
            if createdAt == nil { problems.append(.date(d)) }
        }
        func count(_ f: CSVColumns.Field) -> Int? {
            guard let v = cell(f) else { return nil }
            if let n = Self.parseCount(v) { return n }
            if !Self.meansUnknown(v) { problems.append(.count(column: columns.header[columns[f]!], value: v)) }
            return nil
        }
        let metrics = Metrics(likes: count(.likes), reposts: count(.reposts), replies: count(.replies),
                              quotes: count(.quotes), impressions: count(.impressions), asOf: asOf)

        let entities = light ? PlainTextEntities(String(text.prefix(64))) : PlainTextEntities(text)
        let replyTo = cell(.replyTo).flatMap(Self.cleanId)
        var kind = PostKind.original
        if platform == .x, XPostKind.looksLikeRetweet(text) {
            kind = .repost  // the retweeted author is the first mention; the original's id is unknown
        } else if replyTo != nil {
            kind = .reply
        } else if text.hasPrefix("@"), entities.mentions.first != nil {
            kind = .reply  // an old-style reply: the text starts with the handle it answers
        }
        var postURL = url
        if postURL == nil, platform == .x, let handle, let id { postURL = "https://twitter.com/\(handle)/status/\(id)" }
        return Post(platform: platform, id: id ?? "\(fileName):row\(row)", author: author, createdAt: createdAt,
                    text: text, kind: kind, replyTo: replyTo, url: postURL, urls: entities.urls,
                    hashtags: entities.hashtags, mentions: entities.mentions, lang: cell(.lang), metrics: metrics,
                    flags: createdAt == nil ? [.dateApproximate] : [],
                    provenance: Provenance(source: source, offset: offset, line: row))
    }

    /// `1234`, `1,234`, `1 234`, `1777.0` → an integer; nil for anything else (negative included).
    static func parseCount(_ v: String) -> Int? {
        var digits = ""
        var sawDot = false
        for c in v.unicodeScalars {
            if c >= "0" && c <= "9" {
                if !sawDot { digits.unicodeScalars.append(c) }
            } else if c == "." {
                if sawDot { return nil }
                sawDot = true
            } else if sawDot {
                return nil
            } else if c == "," || c == " " || c == "\u{00A0}" || c == "'" || c == "_" {
                continue
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        return Int(digits)
    }

    /// Cells that mean "not available" rather than a bad value.
    static func meansUnknown(_ v: String) -> Bool {
        ["-", "–", "n/a", "na", "null", "none", "nan", "unknown", "?"].contains(v.lowercased())
    }

    /// An id as text; nil for ids a spreadsheet rewrote as `1.23E+18` (the digits are lost). A stray
    /// `.0` after the digits is dropped.
    static func cleanId(_ v: String) -> String? {
        if v.contains("E+") || v.contains("e+") { return nil }
        if v.hasSuffix(".0"), v.dropLast(2).allSatisfy(\.isNumber) { return String(v.dropLast(2)) }
        return v
    }
}
