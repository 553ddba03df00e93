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
    /// `text`, unescapes the rest, and trims the whitespace left at the ends by removals.
    public static func render(escaped text: String, spans: [Span]) -> String {
        if spans.isEmpty { return HTMLEntities.decode(text) }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var cursor = 0
        var removedAtEnd = false
        for span in spans.sorted(by: { $0.start < $1.start }) {
            guard span.start >= cursor, span.end >= span.start, span.end <= scalars.count else { continue }
            out += HTMLEntities.decode(String(String.UnicodeScalarView(scalars[cursor..<span.start])))
            out += span.replacement
            cursor = span.end
            removedAtEnd = span.replacement.isEmpty && span.end == scalars.count
        }
        out += HTMLEntities.decode(String(String.UnicodeScalarView(scalars[cursor...])))
        if removedAtEnd || spans.contains(where: { $0.replacement.isEmpty }) {
            while let last = out.unicodeScalars.last, last.properties.isWhitespace { out.unicodeScalars.removeLast() }
        }
        return out
    }
}
