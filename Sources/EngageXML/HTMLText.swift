import CLibXML2

/// Readable text and links from an HTML fragment: a Mastodon status `content`, a blog comment, an RSS
/// `description`, a WordPress post body.
///
/// ```swift
/// HTMLText.plainText(fromHTML: "<p>Hello <a href=\"https://a.example\">world</a> &amp; all</p><p>Bye</p>")
/// // "Hello world & all\n\nBye"
/// ```
///
/// Block elements become line breaks (paragraphs a blank line), `<br>` a newline, runs of whitespace a
/// single space (except inside `<pre>`), character references are decoded, `script`/`style`/`template`
/// and form controls are dropped, emoji images (`img.emoji`, `img.wp-smiley`) keep their `alt`; links
/// keep their visible text (invisible spans included, so Mastodon's shortened links read whole). Input
/// is parsed leniently with libxml2 (recover mode, no network): any string gives a result, never an error.
public enum HTMLText {
    /// The text a person reads in `html`, trimmed. A string without `<` or `&` is returned with its
    /// whitespace collapsed, without parsing.
    ///
    /// - Parameters:
    ///   - html: an HTML fragment or page.
    ///   - preservingLineBreaks: keep source newlines as line breaks (WordPress comments and post bodies
    ///     store paragraphs as bare newlines); otherwise newlines are whitespace, as in a browser.
    /// - Returns: the readable text.
    public static func plainText(fromHTML html: String, preservingLineBreaks: Bool = false) -> String {
        if !html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            return collapse(html, preservingLineBreaks: preservingLineBreaks)
        }
        return extract(fromHTML: html, preservingLineBreaks: preservingLineBreaks).text
    }

    /// Every `<a href>` in `html`, in document order, with its visible text, `rel` and `class` words.
    public static func links(fromHTML html: String) -> [HTMLLink] {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return [] }
        return extract(fromHTML: html).links
    }

    /// Text, links and images of `html` in one parse.
    public static func extract(fromHTML html: String, preservingLineBreaks: Bool = false) -> HTMLFragment {
        guard let doc = MarkupDocument.parseHTML(string: html) else {
            return HTMLFragment(text: collapse(html, preservingLineBreaks: preservingLineBreaks), links: [], images: [])
        }
        guard let root = doc.root else { return HTMLFragment(text: "", links: [], images: []) }
        return fragment(of: root, preservingLineBreaks: preservingLineBreaks)
    }

    /// Text, links and images of a node of a parsed document (a comment body in a saved page).
    public static func fragment(of node: MarkupNode, preservingLineBreaks: Bool = false,
                                excluding: ((MarkupNode) -> Bool)? = nil) -> HTMLFragment {
        let text = node.readableText(preservingLineBreaks: preservingLineBreaks, excluding: excluding)
        var links: [HTMLLink] = []
        var images: [HTMLImage] = []
        let raw = node.node
        let owner = node.owner
        func take(_ n: xmlNodePtr) {
            if LibXML.equals(n.pointee.name, "a") || LibXML.equals(n.pointee.name, "A") {
                let m = MarkupNode(owner: owner, raw: n)
                if let href = m.attribute("href").map(TextBuffer.trim), !href.isEmpty {
                    links.append(HTMLLink(href: href, text: m.readableText(),
                                          rel: words(m.attribute("rel")), classes: m.classes))
                }
            } else if LibXML.equals(n.pointee.name, "img") || LibXML.equals(n.pointee.name, "IMG") {
                let m = MarkupNode(owner: owner, raw: n)
                if let src = m.attribute("src").map(TextBuffer.trim), !src.isEmpty {
                    images.append(HTMLImage(src: src, alt: m.attribute("alt"), classes: m.classes))
                }
            }
        }
        if raw.pointee.type == XML_ELEMENT_NODE { take(raw) }
        TreeWalk.descendants(of: raw) { n, event in
            guard event == .enter, n.pointee.type == XML_ELEMENT_NODE else { return false }
            if let excluding, excluding(MarkupNode(owner: owner, raw: n)) { return false }
            take(n)
            return true
        }
        return HTMLFragment(text: text, links: links, images: images)
    }

    static func words(_ s: String?) -> [String] {
        guard let s else { return [] }
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }

    /// Whitespace collapse for text that holds no markup.
    static func collapse(_ s: String, preservingLineBreaks: Bool) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreaks = 0
        var newlines = 0
        for u in s.unicodeScalars {
            if u == " " || u == "\t" || u == "\r" || u == "\u{0C}" || u == "\u{A0}" || u == "\n" {
                if u == "\n" && preservingLineBreaks { newlines += 1 }
                pendingSpace = true
                continue
            }
            if newlines > 0 { pendingBreaks = min(2, newlines) }
            if !out.isEmpty {
                if pendingBreaks > 0 {
                    for _ in 0..<pendingBreaks { out.append("\n") }
                } else if pendingSpace {
                    out.append(" ")
                }
            }
            pendingSpace = false
            pendingBreaks = 0
            newlines = 0
            out.append(u)
        }
        return String(out)
    }
}

/// A link in an HTML fragment.
public struct HTMLLink: Sendable, Hashable {
    /// The `href` as written (trimmed; relative links stay relative).
    public var href: String
    /// The link's visible text.
    public var text: String
    /// The `rel` words (`nofollow`, `ugc`, `tag`, `me`…).
    public var rel: [String]
    /// The `class` words (`mention`, `hashtag`, `u-url`…).
    public var classes: [String]

    /// Creates a link.
    public init(href: String, text: String, rel: [String] = [], classes: [String] = []) {
        self.href = href
        self.text = text
        self.rel = rel
        self.classes = classes
    }
}

/// An image in an HTML fragment.
public struct HTMLImage: Sendable, Hashable {
    /// The `src` as written.
    public var src: String
    /// The `alt` text, when present.
    public var alt: String?
    /// The `class` words.
    public var classes: [String]

    /// Creates an image.
    public init(src: String, alt: String? = nil, classes: [String] = []) {
        self.src = src
        self.alt = alt
        self.classes = classes
    }
}

/// What ``HTMLText/extract(fromHTML:preservingLineBreaks:)`` finds in a fragment.
public struct HTMLFragment: Sendable, Hashable {
    /// The readable text.
    public var text: String
    /// The links, in document order.
    public var links: [HTMLLink]
    /// The images, in document order.
    public var images: [HTMLImage]

    /// Creates a fragment.
    public init(text: String, links: [HTMLLink], images: [HTMLImage]) {
        self.text = text
        self.links = links
        self.images = images
    }
}
