import EngageCore
import Foundation

/// `tweets.csv` of a classic archive (2012–2019) and the monthly `data/csv/YYYY_MM.csv` files, in
/// both column layouts, mapped by header name (FORMATS.md §2): 10 columns (~2014–2019) or 9 (early
/// 2013, with rows of 8 fields when the trailing `expanded_urls` is empty). Each row becomes an
/// ``XTweetObject`` so classic tweets take the same path to a ``Post`` as archive tweets.
struct XClassicCSV {
    /// Column indices by name.
    let columns: [String: Int]
    /// The number of header columns.
    let width: Int

    /// The columns a tweets file must have.
    static let required = ["tweet_id", "timestamp", "text"]

    /// Maps a header row; throws `malformed-csv` when a required column is missing.
    init(header: [String], file: String) throws {
        var map: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if map[key] == nil { map[key] = i }
        }
        let missing = Self.required.filter { map[$0] == nil }
        guard missing.isEmpty else {
            throw EngageError(.malformedCSV, "the header lacks the column\(missing.count == 1 ? "" : "s") "
                              + missing.joined(separator: ", ") + ": expected a classic archive tweets.csv header",
                              file: file, offset: 0, line: 1)
        }
        columns = map
        width = header.count
    }

    /// True when the first bytes look like a classic tweets.csv header.
    static func looksLikeHeader(_ head: [UInt8]) -> Bool {
        let line = String(decoding: head.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self).lowercased()
        return line.hasPrefix("\"tweet_id\"") || line.hasPrefix("tweet_id,")
            ? line.contains("timestamp") && line.contains("text") : false
    }

    /// A human name of the layout: `tweets.csv (10 columns)`.
    var layout: String { "\(width) columns" }

    func field(_ row: [String], _ name: String) -> String {
        guard let i = columns[name], i < row.count else { return "" }
        return row[i]
    }

    /// The tweet a row describes.
    func tweet(_ row: [String]) -> XTweetObject {
        var t = XTweetObject()
        let id = field(row, "tweet_id").trimmingCharacters(in: .whitespaces)
        t.id = id.isEmpty ? nil : id
        let stamp = field(row, "timestamp")
        t.createdAt = DateParser.parse(stamp)
        t.badDate = t.createdAt == nil && !stamp.isEmpty
        let text = field(row, "text")
        t.text = text
        t.client = XClientName.from(field(row, "source"))
        t.replyToStatus = Self.nonEmpty(field(row, "in_reply_to_status_id"))
        t.replyToUser = Self.nonEmpty(field(row, "in_reply_to_user_id"))
        if let rt = Self.nonEmpty(field(row, "retweeted_status_id")) {
            t.retweeted = XTweetObject.Embedded(id: rt, userId: Self.nonEmpty(field(row, "retweeted_status_user_id")),
                                                handle: XPostBuilder.retweetedHandle(text))
        }
        t.hashtags = Self.tokens(in: text, marker: "#")
        t.mentions = Self.tokens(in: text, marker: "@").map { XTweetObject.Mention(handle: $0) }
        let expanded = field(row, "expanded_urls").split(separator: ",").map {
            String($0).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        attachLinks(expanded, to: &t)
        return t
    }

    /// The expanded URLs as links and media. When the text holds as many t.co links as there are
    /// expansions, they pair up in order (so links get replaced and media links removed from the text);
    /// otherwise the expansions are kept as links without a place in the text.
    func attachLinks(_ expanded: [String], to t: inout XTweetObject) {
        let tco = Self.tcoLinks(in: t.text ?? "")
        let paired = tco.count == expanded.count
        var listed = Set<String>()
        for (i, e) in expanded.enumerated() {
            // Unpaired expansions repeat in some files: keep each once.
            guard paired || listed.insert(e).inserted else { continue }
            let place = paired ? tco[i] : (url: nil, start: -1, end: -1)
            if let s = XStatusURL.parse(e), s.id == t.id, let kind = Self.mediaKind(e) {
                t.media.append(XTweetObject.MediaItem(type: kind, url: place.url, mediaURL: nil, expanded: e,
                                                      start: place.start, end: place.end))
            } else {
                t.links.append(XTweetObject.Link(url: place.url, expanded: e, start: place.start, end: place.end))
            }
        }
    }

    /// `…/status/<own id>/photo/1` → `photo`; `/video/1` → `video`.
    static func mediaKind(_ url: String) -> String? {
        if url.contains("/photo/") { return "photo" }
        if url.contains("/video/") { return "video" }
        return nil
    }

    /// The t.co links in `text` with their code-point ranges.
    static func tcoLinks(in text: String) -> [(url: String?, start: Int, end: Int)] {
        var out: [(url: String?, start: Int, end: Int)] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            var matched = 0
            for prefix in ["https://t.co/", "http://t.co/"] where matched == 0 {
                let p = Array(prefix.unicodeScalars)
                if i + p.count <= scalars.count, Array(scalars[i..<(i + p.count)]) == p { matched = p.count }
            }
            if matched > 0 {
                var j = i + matched
                while j < scalars.count, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) { j += 1 }
                if j > i + matched {
                    out.append((String(String.UnicodeScalarView(scalars[i..<j])), i, j))
                    i = j
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// `@handle` or `#tag` words in the text (after a non-word character or at the start).
    static func tokens(in text: String, marker: Character) -> [String] {
        var out: [String] = []
        var previous: Character = " "
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == marker, !(previous.isLetter || previous.isNumber || previous == "_" || previous == "&") {
                var j = text.index(after: i)
                while j < text.endIndex, text[j].isLetter || text[j].isNumber || text[j] == "_" { j = text.index(after: j) }
                let word = text[text.index(after: i)..<j]
                if !word.isEmpty, !(marker == "#" && word.allSatisfy(\.isNumber)) { out.append(String(word)) }
                previous = word.last ?? c
                i = j
                continue
            }
            previous = c
            i = text.index(after: i)
        }
        return out
    }

    static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : t
    }
}
