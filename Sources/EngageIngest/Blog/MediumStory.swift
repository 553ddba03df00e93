import EngageCore
import EngageXML
import Foundation

/// One story file of a Medium export (`posts/2023-09-08_Five-things-0123456789ab.html`): an `h-entry`
/// with `h1.p-name`, `section[data-field=subtitle]`, `section[data-field=body].e-content`, and a
/// footer with `a.p-author`, `time.dt-published`, `a.p-canonical` and `a.p-tag`s.
///
/// Drafts have no publication time and no canonical link (their footer says "View original."). The
/// body repeats title and subtitle as `graf--title` / `graf--subtitle`: they are dropped from the text.
/// Medium exports the owner's responses (their comments on other stories) as ordinary stories: a
/// published story whose body has at most one section, at most one paragraph and no image is flagged
/// `possibleResponse` (the heuristic Ghost's Medium importer uses; a story with a code block or a
/// figure is not).
struct MediumStory {
    var id: String
    var title: String?
    var subtitle: String?
    var text: String
    var urls: [String]
    var media: [Media]
    var published: Date?
    var canonical: String?
    var authorName: String?
    var authorURL: String?
    var tags: [String]
    var isDraft: Bool
    var looksLikeResponse: Bool

    /// True when `head` (the first KB of an HTML file) looks like a Medium export story.
    static func looksLikeStory(_ head: [UInt8]) -> Bool {
        let s = RawBytes(bytes: head)
        return s.contains("h-entry") && (s.contains("data-field=\"body\"") || (s.contains("e-content") && s.contains("medium.com")))
    }

    /// Reads a story; `fileName` gives the id and marks drafts when the markup does not.
    init(_ bytes: [UInt8], fileName: String, name: String) throws {
        let doc = try MarkupDocument.parseHTML(bytes, name: name)
        guard let root = doc.root else { throw EngageError(.malformedXML, "empty HTML file", file: name) }
        func first(_ xpath: String) -> MarkupNode? { (try? root.xpath(xpath))?.first }
        let article = first("//article[\(XPathQuery.hasClass("h-entry"))]") ?? root
        title = BlogText.name(first("//*[\(XPathQuery.hasClass("p-name"))]")?.readableText())
            ?? BlogText.name(first("//head/title")?.text)
        subtitle = BlogText.name(first("//section[@data-field='subtitle']")?.readableText())
        let body = first("//section[@data-field='body']") ?? first("//*[\(XPathQuery.hasClass("e-content"))]")
        let t = title, st = subtitle
        let drop: (MarkupNode) -> Bool = { n in
            guard n.isNamed("h1") || n.isNamed("h2") || n.isNamed("h3") || n.isNamed("h4") else { return false }
            if n.hasClass("graf--title") || n.hasClass("graf--subtitle") { return true }
            let s = BlogText.name(n.readableText())
            return s != nil && (s == t || s == st)
        }
        if let body {
            let f = HTMLText.fragment(of: body, excluding: drop)
            text = f.text
            urls = BlogText.unique(f.links.map(\.href).filter(BlogText.isWebLink))
            media = f.images.map { Media(kind: .photo, url: $0.src, altText: BlogText.value($0.alt)) }
            let sections = body.elements.filter { $0.isNamed("section") }.count
            let paragraphs = body.descendants(where: { $0.isNamed("p") }).count
            // Code blocks and figures are content, not a response.
            let structured = !body.descendants(where: { $0.isNamed("pre") || $0.isNamed("figure") }).isEmpty
            looksLikeResponse = sections <= 1 && paragraphs <= 1 && f.images.isEmpty && !structured
        } else {
            text = ""
            urls = []
            media = []
            looksLikeResponse = false
        }
        let time = first("//time[\(XPathQuery.hasClass("dt-published"))]")
        published = time?.attribute("datetime").flatMap { DateParser.parse($0) }
        canonical = BlogText.value(first("//a[\(XPathQuery.hasClass("p-canonical"))]")?.attribute("href"))
        let author = first("//a[\(XPathQuery.hasClass("p-author"))]")
        authorName = BlogText.name(author?.readableText())
        authorURL = BlogText.url(author?.attribute("href"))
        tags = ((try? article.xpath(".//a[\(XPathQuery.hasClass("p-tag"))]")) ?? []).compactMap { BlogText.name($0.readableText()) }
        isDraft = fileName.hasPrefix("draft") || (time == nil && canonical == nil)
        if isDraft { looksLikeResponse = false }
        let viewOriginal = (try? root.xpath("//footer//a[contains(@href, 'medium.com/p/')]"))?.first?.attribute("href")
        id = Self.storyID(canonical: canonical, fileName: fileName, original: viewOriginal)
    }

    /// The story id: the hex suffix of the canonical URL or of the file name, else the `medium.com/p/<id>`
    /// link, else the file name without extension.
    static func storyID(canonical: String?, fileName: String, original: String?) -> String {
        let stem = (fileName as NSString).deletingPathExtension
        for candidate in [canonical.map { URL(string: $0)?.lastPathComponent ?? $0 }, stem] {
            guard let c = candidate, let dash = c.lastIndex(of: "-") else { continue }
            let tail = c[c.index(after: dash)...]
            if tail.count >= 8, tail.allSatisfy(\.isHexDigit) { return String(tail) }
        }
        if let original, let last = URL(string: original)?.lastPathComponent, !last.isEmpty { return last }
        return stem
    }
}
