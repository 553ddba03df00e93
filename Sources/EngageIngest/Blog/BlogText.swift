import EngageCore
import EngageXML
import Foundation

/// Text clean-up shared by the blog and feed readers: values from exports, author fields, bodies.
enum BlogText {
    /// A trimmed value, or nil when empty.
    static func value(_ s: String?) -> String? {
        guard let s else { return nil }
        // Fast path: ASCII ends that are not whitespace.
        if let first = s.utf8.first, let last = s.utf8.last, first > 32, first < 128, last > 32, last < 128 { return s }
        let u = s.unicodeScalars
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo].properties.isWhitespace { lo = u.index(after: lo) }
        while hi > lo, u[u.index(before: hi)].properties.isWhitespace { hi = u.index(before: hi) }
        if lo == hi { return nil }
        if lo == u.startIndex && hi == u.endIndex { return s }
        return String(u[lo..<hi])
    }

    /// A name as a person reads it: character references decoded (exports keep `&laquo;`, `&#8217;`
    /// inside CDATA), whitespace collapsed; nil when empty.
    static func name(_ s: String?) -> String? {
        guard let v = value(s) else { return nil }
        let decoded = HTMLEntities.decode(v)
        // Collapse runs of whitespace only when there are any.
        var previousSpace = false
        let needsCollapse = decoded.unicodeScalars.contains { u in
            let space = u.properties.isWhitespace
            defer { previousSpace = space }
            return space && (previousSpace || u != " ")
        }
        let collapsed = needsCollapse ? decoded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") : decoded
        return collapsed.isEmpty ? nil : notEmail(collapsed)
    }

    /// `s` unless it is an e-mail address (logins and names are sometimes addresses; engage never
    /// outputs e-mail addresses).
    static func notEmail(_ s: String?) -> String? {
        guard let s else { return nil }
        guard s.utf8.contains(UInt8(ascii: "@")) else { return s }
        if let at = s.firstIndex(of: "@"), at != s.startIndex, s[at...].contains("."), !s.contains(" ") { return nil }
        return s
    }

    /// A commenter's name unless it is a placeholder (`Anonymous`, `Unknown`: Blogger and Drupal write
    /// them for people who gave none; they are not one person).
    static func realName(_ name: String?) -> String? {
        guard let name else { return nil }
        return ["anonymous", "unknown", "anonyme", "anónimo", "anonym", "anonimo"].contains(name.lowercased()) ? nil : name
    }

    /// An author's web address: nil for empty values and the bare `http://` WordPress stores for none.
    static func url(_ s: String?) -> String? {
        guard let v = value(s) else { return nil }
        let lower = v.lowercased()
        if lower == "http://" || lower == "https://" || lower == "http:" || lower == "https:" || lower.hasPrefix("mailto:") {
            return nil
        }
        return v
    }

    /// The readable text, links and images of an HTML body.
    ///
    /// - Parameter newlinesAreBreaks: WordPress keeps paragraphs as bare newlines (`wpautop` adds the
    ///   `<p>`s only when displaying); true keeps them.
    static func body(_ html: String?, newlinesAreBreaks: Bool = false) -> (text: String, urls: [String], media: [Media]) {
        guard let html, !html.isEmpty else { return ("", [], []) }
        if !html.utf8.contains(UInt8(ascii: "<")) {
            return (HTMLText.plainText(fromHTML: html, preservingLineBreaks: newlinesAreBreaks), [], [])
        }
        let f = HTMLText.extract(fromHTML: html, preservingLineBreaks: newlinesAreBreaks)
        return (f.text, unique(f.links.map(\.href).filter(isWebLink)),
                f.images.filter { !$0.classes.contains(where: { $0.contains("emoji") || $0.contains("smiley") }) }
                    .map { Media(kind: .photo, url: $0.src, altText: value($0.alt)) })
    }

    /// True for links a reader can follow (not `#anchors`, `mailto:`, `javascript:`).
    static func isWebLink(_ href: String) -> Bool {
        let l = href.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("//")
    }

    /// `items` without repeats, first occurrence kept.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// The host of a URL (`blog.example.com`), lower-cased, without `www.`; nil when there is none.
    static func host(_ url: String?) -> String? {
        guard let url = value(url), let comps = URLComponents(string: url), var host = comps.host?.lowercased(),
              !host.isEmpty else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    /// Removes WordPress shortcodes (`[caption id="…"]`, `[/caption]`, `[gallery ids="1,2"]`) from text,
    /// keeping what they enclose; bracketed words such as `[sic]` or `[1]` stay.
    static func withoutShortcodes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        guard shortcode.firstMatch(in: text, range: range) != nil else { return text }
        let stripped = shortcode.stringByReplacingMatches(in: text, range: range, withTemplate: "")
        return stripped.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n")
    }

    private static let shortcode: NSRegularExpression = {
        let names = "caption|wp_caption|gallery|embed|audio|video|playlist|youtube|vimeo|soundcloud|contact-form-7|"
            + "contact-form|contact-field|googlemaps|tweet|instagram|slideshare|spotify|ted|polldaddy|crowdsignal|"
            + "latex|code|sourcecode|et_pb_[a-z_]+|vc_[a-z_]+|fusion_[a-z_]+"
        // A known name (with or without attributes), or any name followed by attributes with `=`.
        return try! NSRegularExpression(
            pattern: "\\[/?(?:(?:\(names))\\b[^\\]\\[]*|[a-zA-Z_][\\w-]*\\s+[\\w-]+=[^\\]\\[]*)\\]", options: [])
    }()
}
