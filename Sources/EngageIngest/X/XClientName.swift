import EngageCore

/// The client name from X's `source` field, which is an HTML anchor
/// (`<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>`) in archives and v1.1,
/// and plain text in API v2.
public enum XClientName {
    /// The anchor's text, HTML-unescaped; plain text as is; nil for empty input.
    public static func from(_ source: String?) -> String? {
        guard let source, !source.isEmpty else { return nil }
        let u = source.utf8
        guard u.first == UInt8(ascii: "<"), let gt = u.firstIndex(of: UInt8(ascii: ">")) else { return HTMLEntities.decode(source) }
        let start = u.index(after: gt)
        var end = u.endIndex
        var i = start
        // The text runs to `</a>` (or to the end when the anchor is not closed).
        while i < u.endIndex {
            if u[i] == UInt8(ascii: "<") {
                var j = i
                var matched = true
                for expected in "</a>".utf8 {
                    guard j < u.endIndex, u[j] | (expected >= 0x61 ? 0x20 : 0) == expected else {
                        matched = false
                        break
                    }
                    j = u.index(after: j)
                }
                if matched {
                    end = i
                    break
                }
            }
            i = u.index(after: i)
        }
        let name = HTMLEntities.decode(String(source[start..<end]))
        return name.isEmpty ? nil : name
    }
}
