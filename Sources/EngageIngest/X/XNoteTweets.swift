import EngageCore
import Foundation

/// The long posts of `note-tweet.js` (2023+), indexed for the merge into their truncated tweets.
///
/// `noteTweetId` is not a tweet id, so a note joins the tweet created in the same second; when
/// several tweets share that second (a thread sent at once), the tweet whose unescaped text — up to
/// the `…` and without t.co links — is a prefix of the note's text wins (FORMATS.md §1.2). Each note
/// joins at most one tweet.
struct XNoteTweets {
    /// One long post.
    struct Note {
        /// The full text, raw (not HTML-escaped).
        var text: String
        /// t.co links in the text with their expansions and code-point ranges.
        var links: [XTweetObject.Link]
        var mentions: [String]
        var hashtags: [String]
        /// `createdAt`, to the second.
        var second: Int
        /// Where it was read.
        var offset: Int
        /// The join key: the text without t.co links and with whitespace runs collapsed.
        var joinText: String

        /// The text a person reads: t.co links replaced by their expansions.
        var renderedText: String {
            let spans = links.compactMap { l -> XTweetText.Span? in
                guard l.start >= 0, l.end >= l.start, let e = l.expanded, !e.isEmpty else { return nil }
                return XTweetText.Span(start: l.start, end: l.end, replacement: e)
            }
            return XTweetText.render(raw: text, spans: spans)
        }

        /// The expanded links.
        var urls: [String] { links.compactMap { $0.expanded ?? $0.url } }
    }

    private var bySecond: [Int: [Int]] = [:]
    private(set) var notes: [Note] = []
    private var used: [Bool] = []

    /// The number of notes read.
    var count: Int { notes.count }
    /// The notes no tweet claimed.
    var unmatched: [Note] { zip(notes, used).filter { !$0.1 }.map(\.0) }

    /// Reads `note-tweet.js`, streaming.
    static func read(_ source: ByteSource) throws -> XNoteTweets {
        var index = XNoteTweets()
        try JSONArrayStream.read(source, prefix: .assignment) { c, offset in
            if let note = try scanItem(&c, offset: offset) { index.add(note) }
        }
        return index
    }

    mutating func add(_ note: Note) {
        bySecond[note.second, default: []].append(notes.count)
        notes.append(note)
        used.append(false)
    }

    /// The note of the tweet created at `second` whose escaped text is `escapedText`, marked used;
    /// nil when none joins.
    mutating func claim(second: Int, escapedText: String) -> Note? {
        guard let candidates = bySecond[second] else { return nil }
        let key = Self.tweetJoinText(escapedText)
        guard !key.isEmpty else { return nil }
        for i in candidates where !used[i] && notes[i].joinText.hasPrefix(key) {
            used[i] = true
            return notes[i]
        }
        return nil
    }

    // MARK: - Join keys

    /// A tweet's join text: unescaped, cut at the truncation mark `…`, t.co links removed, whitespace
    /// collapsed.
    static func tweetJoinText(_ escaped: String) -> String {
        var s = HTMLEntities.decode(escaped)
        if let cut = s.range(of: "…", options: .backwards) { s = String(s[s.startIndex..<cut.lowerBound]) }
        return joinText(s)
    }

    /// Removes t.co links and collapses whitespace runs into one space; trims the ends.
    static func joinText(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for word in s.split(whereSeparator: { $0.isWhitespace }) {
            if word.hasPrefix("https://t.co/") || word.hasPrefix("http://t.co/") { continue }
            if pendingSpace { out += " " }
            out += word
            pendingSpace = true
        }
        return out
    }

    // MARK: - Scanning

    static func scanItem(_ c: inout JSONCursor, offset: Int) throws -> Note? {
        var text: String?
        var created: Date?
        var links: [XTweetObject.Link] = []
        var mentions: [String] = []
        var hashtags: [String] = []
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            guard k == "noteTweet" else {
                try c.skipValue()
                continue
            }
            var n = try c.beginObject()
            while let k2 = try c.nextKey(&n) {
                if k2 == "createdAt" {
                    created = try c.readOptionalString().flatMap(DateParser.parse)
                } else if k2 == "core" {
                    var core = try c.beginObject()
                    while let k3 = try c.nextKey(&core) {
                        if k3 == "text" {
                            text = try c.readOptionalString()
                        } else if k3 == "urls" {
                            links = try scanLinks(&c)
                        } else if k3 == "mentions" {
                            mentions = try strings(&c, key: "screenName")
                        } else if k3 == "hashtags" {
                            hashtags = try strings(&c, key: "text")
                        } else {
                            try c.skipValue()
                        }
                    }
                } else {
                    try c.skipValue()
                }
            }
        }
        guard let text, let created else { return nil }
        let second = Int(created.timeIntervalSince1970.rounded(.down))
        return Note(text: text, links: links, mentions: mentions, hashtags: hashtags, second: second, offset: offset,
                    joinText: joinText(text))
    }

    /// `core.urls`: `[{"shortUrl", "expandedUrl", "fromIndex", "toIndex"}, …]`.
    private static func scanLinks(_ c: inout JSONCursor) throws -> [XTweetObject.Link] {
        var out: [XTweetObject.Link] = []
        if try c.readNullIfPresent() { return out }
        var a = try c.beginArray()
        while try c.nextElement(&a) {
            var l = XTweetObject.Link()
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                if k == "shortUrl" { l.url = try c.readOptionalString() }
                else if k == "expandedUrl" { l.expanded = try c.readOptionalString() }
                else if k == "fromIndex" { l.start = try c.readLenientInt() ?? -1 }
                else if k == "toIndex" { l.end = try c.readLenientInt() ?? -1 }
                else { try c.skipValue() }
            }
            out.append(l)
        }
        return out
    }

    /// The `key` member of every object of an array (`[{"screenName": "a"}, …]`).
    private static func strings(_ c: inout JSONCursor, key: StaticString) throws -> [String] {
        var out: [String] = []
        if try c.readNullIfPresent() { return out }
        var a = try c.beginArray()
        while try c.nextElement(&a) {
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                if k == key {
                    if let s = try c.readOptionalString() { out.append(s) }
                } else {
                    try c.skipValue()
                }
            }
        }
        return out
    }
}
