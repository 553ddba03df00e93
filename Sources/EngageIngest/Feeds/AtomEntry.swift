import EngageXML

/// One Atom `<entry>` (or the feed header, read the same way), with the extensions blog exports use:
/// threading (`thr:`), publishing control (`app:draft`), Blogger's Takeout fields (`blogger:`).
/// Elements are matched by namespace URI, or by qualified name when the prefix was never declared
/// (`app:draft` in old Blogger files), so `ns0:` prefixes and default namespaces all read the same.
struct AtomEntry {
    struct Link {
        var rel: String
        var href: String
        var type: String?
        var title: String?
    }

    struct Person {
        var name: String?
        var uri: String?
        /// Blogger Takeout's `blogger:type` of the author (`BLOGGER`, `ANONYMOUS`…).
        var bloggerType: String?
    }

    struct Category {
        var scheme: String?
        var term: String
    }

    var id: String?
    var title: String?
    /// The content as readable text (HTML and XHTML rendered, text kept).
    var contentText: String?
    /// Links and images of the content.
    var contentURLs: [String] = []
    var contentImages: [String] = []
    var summaryText: String?
    var published: String?
    var updated: String?
    var links: [Link] = []
    var authors: [Person] = []
    var categories: [Category] = []
    /// `thr:in-reply-to` `ref` (the parent's id) and `href` (its page).
    var inReplyToRef: String?
    var inReplyToHref: String?
    /// `thr:total`, or `thr:count` on a `replies` link.
    var threadTotal: Int?
    var isDraft = false
    /// Blogger Takeout fields.
    var bloggerType: String?
    var bloggerStatus: String?
    var bloggerParent: String?
    var bloggerInReplyTo: String?
    var bloggerTrashed: String?
    var bloggerFilename: String?
    var line: Int?

    init(_ entry: MarkupNode) {
        line = entry.line
        entry.forEachElement { e in
            switch AtomName(e) {
            case .atom("id"): id = id ?? BlogText.value(e.text)
            case .atom("title"): title = title ?? BlogText.name(Self.text(of: e).text)
            case .atom("content"):
                let t = Self.text(of: e)
                contentText = t.text
                contentURLs = t.urls
                contentImages = t.images
            case .atom("summary"): summaryText = Self.text(of: e).text
            case .atom("published"), .atom("issued"): published = published ?? BlogText.value(e.text)
            case .atom("updated"), .atom("modified"): updated = updated ?? BlogText.value(e.text)
            case .atom("link"):
                if let href = BlogText.value(e.attribute("href")) {
                    links.append(Link(rel: e.attribute("rel") ?? "alternate", href: href, type: e.attribute("type"),
                                      title: e.attribute("title")))
                    if e.attribute("rel") == "replies", let n = e.attribute("count").flatMap({ Int($0) }) {
                        threadTotal = threadTotal ?? n
                    }
                }
            case .atom("author"): authors.append(Self.person(e))
            case .atom("category"):
                if let term = e.attribute("term") {
                    categories.append(Category(scheme: e.attribute("scheme"), term: term))
                }
            case .thr("in-reply-to"):
                inReplyToRef = BlogText.value(e.attribute("ref"))
                inReplyToHref = BlogText.value(e.attribute("href"))
            case .thr("total"): threadTotal = BlogText.value(e.text).flatMap { Int($0) }
            case .app("control"):
                e.forEachElement { c in
                    if AtomName(c) == .app("draft"), BlogText.value(c.text)?.lowercased() == "yes" { isDraft = true }
                }
            case .blogger("type"): bloggerType = BlogText.value(e.text)
            case .blogger("status"): bloggerStatus = BlogText.value(e.text)
            case .blogger("parent"): bloggerParent = BlogText.value(e.text)
            case .blogger("inReplyTo"): bloggerInReplyTo = BlogText.value(e.text)
            case .blogger("trashed"): bloggerTrashed = BlogText.value(e.text)
            case .blogger("filename"): bloggerFilename = BlogText.value(e.text)
            default: break
            }
        }
    }

    /// The first link with relation `rel` (and, when given, media type `type`).
    func link(_ rel: String, type: String? = nil) -> String? {
        links.first { $0.rel == rel && (type == nil || $0.type == type) }?.href
    }

    /// The entry's page: `rel="alternate"` of type HTML, else any alternate.
    var alternate: String? { link("alternate", type: "text/html") ?? link("alternate") }

    /// A text construct's readable text: `type="html"` holds escaped HTML, `xhtml` a `div` of markup,
    /// `text` (or none) plain text.
    static func text(of e: MarkupNode) -> (text: String, urls: [String], images: [String]) {
        switch e.attribute("type")?.lowercased() {
        case "html", "text/html":
            let f = HTMLText.extract(fromHTML: e.text)
            return (f.text, BlogText.unique(f.links.map(\.href).filter(BlogText.isWebLink)), f.images.map(\.src))
        case "xhtml", "application/xhtml+xml":
            let f = HTMLText.fragment(of: e)
            return (f.text, BlogText.unique(f.links.map(\.href).filter(BlogText.isWebLink)), f.images.map(\.src))
        default:
            return (BlogText.value(e.text) ?? "", [], [])
        }
    }

    static func person(_ e: MarkupNode) -> Person {
        var p = Person()
        e.forEachElement { c in
            switch AtomName(c) {
            case .atom("name"): p.name = BlogText.name(c.text)
            case .atom("uri"): p.uri = BlogText.url(c.text)
            case .blogger("type"): p.bloggerType = BlogText.value(c.text)
            default: break
            }
        }
        return p
    }
}

/// Which vocabulary an element of an Atom document belongs to (by namespace URI, or by an undeclared
/// prefix kept in the name).
enum AtomName: Equatable {
    case atom(String)
    case thr(String)
    case app(String)
    case blogger(String)
    case other

    static let atomURIs: Set<String> = ["http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"]

    init(_ node: MarkupNode) {
        let local = node.localName
        if let uri = node.namespaceURI, !uri.isEmpty {
            switch uri {
            case _ where Self.atomURIs.contains(uri): self = .atom(local)
            case "http://purl.org/syndication/thread/1.0": self = .thr(local)
            case "http://purl.org/atom/app#", "http://www.w3.org/2007/app": self = .app(local)
            case "http://schemas.google.com/blogger/2018": self = .blogger(local)
            default: self = .other
            }
            return
        }
        if let colon = local.firstIndex(of: ":") {
            let rest = String(local[local.index(after: colon)...])
            switch local[..<colon] {
            case "thr": self = .thr(rest)
            case "app": self = .app(rest)
            case "blogger": self = .blogger(rest)
            case "atom": self = .atom(rest)
            default: self = .other
            }
            return
        }
        // An Atom document without a namespace declaration (seen in hand-made feeds).
        self = .atom(local)
    }
}
