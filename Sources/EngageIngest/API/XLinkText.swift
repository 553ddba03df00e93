import EngageCore

/// The readable text of an API tweet and its links, from the escaped text and its link entities:
/// t.co links become their targets, media links are removed, and a trailing link to the quoted post
/// is removed (the quote is in ``Post/quoted``). Offsets are code points of the escaped text.
enum XLinkText {
    /// A link entity.
    struct Link {
        var start: Int?
        var end: Int?
        /// The expanded URL (else the t.co URL).
        var target: String?
        /// The t.co URL as it appears in the text, to check the offsets against.
        var shortURL: String?
        /// A photo, video or GIF link (`pic.twitter.com/…`).
        var isMedia: Bool
    }

    /// The text and the expanded non-media links (the quote link excluded).
    static func render(_ escaped: String, links: [Link], quoted: String?) -> (text: String, urls: [String]) {
        if links.isEmpty { return (XTweetText.render(escaped: escaped, spans: []), []) }
        var spans: [XTweetText.Span] = []
        var urls: [String] = []
        let scalars = Array(escaped.unicodeScalars)
        let placed = links.map { verified($0, in: escaped, scalars: scalars) }
            .filter { $0.start != nil && $0.end != nil }.sorted { $0.start! < $1.start! }
        let lastLink = placed.last { !$0.isMedia }
        for l in placed {
            guard let s = l.start, let e = l.end else { continue }
            if l.isMedia {
                spans.append(.init(start: s, end: e, replacement: ""))
            } else if let q = quoted, let t = l.target, XStatusURL.parse(t)?.id == q, l.start == lastLink?.start {
                spans.append(.init(start: s, end: e, replacement: ""))
            } else {
                let target = l.target ?? ""
                spans.append(.init(start: s, end: e, replacement: target))
                if !target.isEmpty { urls.append(target) }
            }
        }
        for l in links.map({ verified($0, in: escaped, scalars: scalars) }) where (l.start == nil || l.end == nil) && !l.isMedia {
            if let t = l.target { urls.append(t) }
        }
        return (XTweetText.render(escaped: escaped, spans: spans), urls)
    }

    /// The link with offsets that really cover its t.co URL: as given when they do, else where the URL
    /// occurs in the text, else none (real captures hold media entities whose link is not in the text).
    static func verified(_ l: Link, in text: String, scalars: [Unicode.Scalar]) -> Link {
        guard let short = l.shortURL, !short.isEmpty else { return l }
        var out = l
        if let s = l.start, let e = l.end, s >= 0, e <= scalars.count, s < e,
           String(String.UnicodeScalarView(scalars[s..<e])) == short {
            return out
        }
        if let r = text.range(of: short) {
            let s = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            out.start = s
            out.end = s + short.unicodeScalars.count
        } else {
            out.start = nil
            out.end = nil
        }
        return out
    }
}
