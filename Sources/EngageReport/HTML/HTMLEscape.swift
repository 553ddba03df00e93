import Foundation

/// Escaping for HTML and SVG output: every piece of user text goes through here, so a post holding
/// `<script>`, `"><img onerror=…>` or `</style>` renders as inert text.
public enum HTMLEscape {
    /// Text content and attribute values: `&`, `<`, `>`, `"` and `'` become entities; control
    /// characters other than tab, LF and CR are dropped (they are not allowed in HTML).
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A link target that may become an `href`: only absolute `http:` and `https:` URLs (after
    /// trimming), escaped for an attribute; nil for anything else (`javascript:`, `data:`, relative…).
    public static func safeURL(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = t.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), t.count > 8,
              !t.unicodeScalars.contains(where: { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "`" })
        else { return nil }
        return text(t)
    }

    /// `text` as a link when `url` is a safe http(s) URL, else as plain text.
    public static func link(_ text: String, _ url: String?) -> String {
        guard let href = safeURL(url) else { return Self.text(text) }
        return "<a href=\"\(href)\" rel=\"noopener noreferrer nofollow\">\(Self.text(text))</a>"
    }
}
