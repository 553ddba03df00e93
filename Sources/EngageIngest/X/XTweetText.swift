import EngageCore

/// Turns X's escaped `full_text` plus its entities into the text a person reads.
///
/// Entity indices are Unicode scalar offsets into the **still-escaped** text (FORMATS.md §1.2), so
/// the text is sliced first and unescaped afterwards, segment by segment. t.co links are replaced by
/// their expanded URL (so the classifier sees domains), the media link is removed, and a trailing link
/// to the quoted post can be removed.
public enum XTweetText {
    /// A replacement of the scalar range `start..<end` of the escaped text.
    public struct Span: Sendable {
        public var start: Int
        public var end: Int
        /// The text to put instead (raw, not escaped); empty removes the range.
        public var replacement: String

        public init(start: Int, end: Int, replacement: String) {
            self.start = start
            self.end = end
            self.replacement = replacement
        }
    }

    /// Applies `spans` (in any order; overlapping or out-of-range ones are ignored) to the escaped
    /// `text`, unescapes the rest, and trims the whitespace left at the end by removals.
    public static func render(escaped text: String, spans: [Span]) -> String {
        render(text, spans: spans, unescape: true)
    }

    /// Applies `spans` to text that is not HTML-escaped (X long posts, `note-tweet.js`), whose
    /// offsets are code points into the text as it is.
    public static func render(raw text: String, spans: [Span]) -> String {
        render(text, spans: spans, unescape: false)
    }

    static func render(_ text: String, spans: [Span], unescape: Bool) -> String {
        func decode(_ s: Substring.UnicodeScalarView) -> String {
            let part = String(s)
            return unescape ? HTMLEntities.decode(part) : part
        }
        if spans.isEmpty { return unescape ? HTMLEntities.decode(text) : text }
        let ordered = spans.count > 1 ? spans.sorted { $0.start < $1.start } : spans
        let view = text.unicodeScalars
        var out = ""
        out.reserveCapacity(text.utf8.count + 32)
        var index = view.startIndex
        var position = 0
        var removed = false
        for span in ordered {
            guard span.start >= position, span.end >= span.start,
                  let a = view.index(index, offsetBy: span.start - position, limitedBy: view.endIndex),
                  let b = view.index(a, offsetBy: span.end - span.start, limitedBy: view.endIndex)
            else { continue }
            out += decode(view[index..<a])
            out += span.replacement
            if span.replacement.isEmpty { removed = true }
            index = b
            position = span.end
        }
        out += decode(view[index...])
        if removed {
            // Trailing ASCII whitespace by bytes (the common case), then any other whitespace scalar.
            var n = 0
            for b in out.utf8.reversed() {
                guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { break }
                n += 1
            }
            if n > 0 { out = String(decoding: out.utf8.dropLast(n), as: UTF8.self) }
            while let last = out.unicodeScalars.last, last.properties.isWhitespace { out.unicodeScalars.removeLast() }
        }
        return out
    }
}
