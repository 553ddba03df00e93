import EngageXML

/// Which vocabulary an element of a WordPress export belongs to, decided by namespace URI, never by
/// prefix alone: prefixes vary (`ns0:`) and can be re-bound to other URIs, while old exporters use
/// undeclared prefixes (`excerpt:encoded`, `atom:link`) that libxml2 keeps as part of the name.
enum WXRName: Equatable {
    /// `http(s)://wordpress.org/export/1.x/` (or an undeclared `wp:` prefix): the local name.
    case wp(String)
    /// The WordPress excerpt namespace (`…/export/1.x/excerpt/`).
    case excerpt(String)
    /// `http://purl.org/rss/1.0/modules/content/`.
    case content(String)
    /// Dublin Core, `http://purl.org/dc/elements/1.1/`.
    case dc(String)
    /// No namespace: RSS 2.0's own elements (`title`, `link`, `pubDate`, `guid`, `category`).
    case rss(String)
    /// Anything else (another namespace, an unknown undeclared prefix, a hijacked `wp:` prefix).
    case other

    /// Classifies an element (through `cache` when given: one per document or reader).
    init(_ node: MarkupNode, cache: MarkupNameCache<WXRName>? = nil) {
        if let cache {
            self = cache.value(for: node)
        } else {
            self.init(local: node.localName, uri: node.namespaceURI)
        }
    }

    /// A cache that classifies with ``init(local:uri:)``.
    static func makeCache() -> MarkupNameCache<WXRName> { MarkupNameCache { WXRName(local: $0, uri: $1) } }

    /// Classifies a local name (with any undeclared prefix) in a namespace.
    init(local: String, uri: String?) {
        if let uri, !uri.isEmpty {
            if let kind = WXRName.wordpressNamespace(uri) {
                self = kind == .main ? .wp(local) : .excerpt(local)
            } else if uri == "http://purl.org/rss/1.0/modules/content/" {
                self = .content(local)
            } else if uri == "http://purl.org/dc/elements/1.1/" {
                self = .dc(local)
            } else {
                self = .other
            }
            return
        }
        // Undeclared prefixes stay in the local name.
        if let colon = local.firstIndex(of: ":") {
            let prefix = local[..<colon]
            let rest = String(local[local.index(after: colon)...])
            switch prefix {
            case "wp": self = .wp(rest)
            case "excerpt": self = .excerpt(rest)
            case "content": self = .content(rest)
            case "dc": self = .dc(rest)
            default: self = .other
            }
            return
        }
        self = .rss(local)
    }

    enum NamespaceKind { case main, excerpt }

    /// `http(s)://wordpress.org/export/1.0/` … `1.x/` → main; the same plus `excerpt/` → excerpt.
    static func wordpressNamespace(_ uri: String) -> NamespaceKind? {
        var rest = Substring(uri)
        if rest.hasPrefix("http://") { rest = rest.dropFirst(7) } else if rest.hasPrefix("https://") { rest = rest.dropFirst(8) } else { return nil }
        guard rest.hasPrefix("wordpress.org/export/1.") else { return nil }
        rest = rest.dropFirst("wordpress.org/export/1.".count)
        let digits = rest.prefix(while: { $0.isNumber })
        guard !digits.isEmpty else { return nil }
        rest = rest.dropFirst(digits.count)
        if rest == "/" || rest.isEmpty { return .main }
        if rest == "/excerpt/" || rest == "/excerpt" { return .excerpt }
        return nil
    }
}
