import EngageCore
import EngageXML

/// The post body of a saved page: the first of `.entry-content`, `[itemprop=articleBody]`,
/// `.post-content`, `.post-body`, `.e-content`, `article`… that is not inside a comment, else the
/// element with the most paragraph text; rendered without comments, comment areas and forms, navigation,
/// headers and footers, sidebars and widgets (a "Recent comments" widget shows other posts' comments),
/// share bars and related posts.
struct PageBody {
    var text: String
    var urls: [String]
    var media: [Media]
    /// Lines of the rendered body that were found in comment text and removed.
    var removedLeaks: Int

    /// Comment areas: no body candidate may lie inside one, and none is rendered.
    static let commentAreas = try! XPathQuery(
        "//*[@id='comments' or @id='respond' or @id='commentform' or @id='disqus_thread' or @id='comment-holder' "
        + "or @id='epoch-wrap' or @id='epoch-comments' or @id='comments-block' "
        + "or \(PageQuery.cls("comments-area")) or \(PageQuery.cls("comment-respond")) or \(PageQuery.cls("commentlist")) "
        + "or \(PageQuery.cls("comment-list")) or \(PageQuery.cls("comments")) or \(PageQuery.cls("comment-thread")) "
        + "or \(PageQuery.cls("comment")) or \(PageQuery.cls("recentcomments")) or \(PageQuery.cls("widget_recent_comments"))]")

    /// Sidebars: no body candidate lies inside one.
    static let sidebars = try! XPathQuery(
        "//*[@id='sidebar' or @id='secondary' or \(PageQuery.cls("sidebar")) or \(PageQuery.cls("widget-area")) or self::aside]")

    /// Page furniture left out of the chosen body: navigation, headers and footers, forms, widgets, share
    /// bars, related posts, the entry footer (categories and tags).
    static let furniture = try! XPathQuery(
        ".//*[self::nav or self::aside or self::form or self::header or self::footer "
        + "or \(PageQuery.cls("widget")) or \(PageQuery.cls("sidebar")) or \(PageQuery.cls("sharedaddy")) "
        + "or \(PageQuery.cls("jp-relatedposts")) or \(PageQuery.cls("yarpp-related")) or \(PageQuery.cls("related-posts")) "
        + "or \(PageQuery.cls("post-navigation")) or \(PageQuery.cls("navigation")) or \(PageQuery.cls("share-buttons")) "
        + "or \(PageQuery.cls("social-share")) or \(PageQuery.cls("entry-footer")) or \(PageQuery.cls("post-footer")) "
        + "or \(PageQuery.cls("entry-meta")) or \(PageQuery.cls("post-meta"))]")

    static let candidates: [XPathQuery] = [
        "//*[\(PageQuery.cls("entry-content"))]", "//*[@itemprop='articleBody']", "//*[\(PageQuery.cls("post-content"))]",
        "//*[\(PageQuery.cls("post-body"))]", "//*[\(PageQuery.cls("e-content"))]", "//*[\(PageQuery.cls("article-content"))]",
        "//*[\(PageQuery.cls("field-name-body"))]", "//*[\(PageQuery.cls("entry"))]",
        "//article", "//*[\(PageQuery.cls("post"))]", "//main", "//*[@id='content']",
    ].map { try! XPathQuery($0) }

    static let paragraphs = try! XPathQuery("//p")

    init(_ root: MarkupNode, comments: [PageComment]) {
        let areas = Self.commentAreas.nodes(from: root) + comments.map(\.node)
        let avoid = areas + Self.sidebars.nodes(from: root)
        func isExcluded(_ n: MarkupNode) -> Bool { avoid.contains { $0.contains(n) } }
        // The element whose direct paragraphs hold the most text: the check on every named candidate (a
        // sidebar `article` or a call-to-action box must not win over the story).
        var scores: [Int: (MarkupNode, Int)] = [:]
        for p in Self.paragraphs.nodes(from: root) where !isExcluded(p) {
            guard let parent = p.parent else { continue }
            scores[parent.identity, default: (parent, 0)].1 += p.text.count
        }
        let densest = scores.values.max { $0.1 < $1.1 }
        var chosen: MarkupNode?
        search: for q in Self.candidates {
            for c in q.nodes(from: root) where !isExcluded(c) {
                guard let (node, score) = densest, score >= 200 else {
                    chosen = c
                    break search
                }
                if c.contains(node) || node.contains(c) && c.text.count * 2 >= score {
                    chosen = c
                    break search
                }
            }
        }
        if chosen == nil { chosen = densest?.0 }
        guard let body = chosen ?? root.firstElement(named: "body") else {
            text = ""
            urls = []
            media = []
            removedLeaks = 0
            return
        }
        // Only what lies inside the chosen element is filtered.
        let ids = Set((areas + Self.furniture.nodes(from: body)).map(\.identity))
        let f = HTMLText.fragment(of: body, excluding: { n in !n.isSameNode(body) && ids.contains(n.identity) })
        var lines = f.text.components(separatedBy: "\n")
        // No comment text in the body: drop lines that a comment holds (should never happen once comment
        // nodes are excluded; a theme that repeats comments elsewhere is caught here).
        let commentTexts = comments.map { Self.squeeze($0.text) }.filter { $0.count >= 30 }
        var removed = 0
        if !commentTexts.isEmpty {
            lines = lines.filter { line in
                let l = Self.squeeze(line)
                guard l.count >= 30, commentTexts.contains(where: { $0.contains(l) }) else { return true }
                removed += 1
                return false
            }
        }
        text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        urls = BlogText.unique(f.links.map(\.href).filter(BlogText.isWebLink))
        media = f.images.filter { !$0.classes.contains(where: { $0.contains("emoji") || $0.contains("avatar") }) }
            .map { Media(kind: .photo, url: $0.src, altText: BlogText.value($0.alt)) }
        removedLeaks = removed
    }

    /// Whitespace collapsed, for comparisons.
    static func squeeze(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
