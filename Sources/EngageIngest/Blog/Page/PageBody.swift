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

    /// Comment areas (ids and classes): no body candidate may lie inside one, and none is rendered.
    static let commentAreaIDs = ["comments", "respond", "commentform", "disqus_thread", "comment-holder", "epoch-wrap",
                                 "epoch-comments", "comments-block"]
    static let commentAreaClasses = ["comments-area", "comment-respond", "commentlist", "comment-list", "comments",
                                     "comment-thread", "comment", "recentcomments", "widget_recent_comments"]
    /// Sidebars: no body candidate lies inside one.
    static let sidebarIDs = ["sidebar", "secondary"]
    static let sidebarClasses = ["sidebar", "widget-area"]

    /// Page furniture left out of the chosen body: navigation, headers and footers, forms, widgets, share
    /// bars, related posts, the entry footer (categories and tags), meta lines.
    static let furnitureTags: Set<String> = ["nav", "aside", "form", "header", "footer"]
    static let furnitureClasses: Set<String> = [
        "widget", "sidebar", "sharedaddy", "jp-relatedposts", "yarpp-related", "related-posts", "post-navigation",
        "navigation", "share-buttons", "social-share", "entry-footer", "post-footer", "entry-meta", "post-meta",
    ]

    /// Body candidates by class, in order of trust (then `itemprop=articleBody`, `article`, `main`,
    /// `#content`).
    static let candidateClasses = ["entry-content", "post-content", "post-body", "e-content", "article-content",
                                   "field-name-body", "entry"]


    init(_ root: MarkupNode, index: PageIndex, comments: [PageComment]) {
        let areas = index.any(classes: Self.commentAreaClasses, ids: Self.commentAreaIDs) + comments.map(\.node)
        let areaIDs = Set(areas.map(\.identity))
        let avoid = areaIDs.union(index.any(classes: Self.sidebarClasses, ids: Self.sidebarIDs, tags: ["aside"]).map(\.identity))
        func isExcluded(_ n: MarkupNode) -> Bool { PageIndex.isInside(n, avoid) }
        // The element whose direct paragraphs hold the most text: the check on every named candidate (a
        // sidebar `article` or a call-to-action box must not win over the story).
        var scores: [Int: (MarkupNode, Int)] = [:]
        for p in index.withTag("p") where !isExcluded(p) {
            guard let parent = p.parent else { continue }
            scores[parent.identity, default: (parent, 0)].1 += p.text.utf8.count
        }
        let densest = scores.values.max { $0.1 < $1.1 }
        let articleBody = index.any(tags: ["div", "section", "article", "span", "main"])
            .filter { $0.attribute("itemprop") == "articleBody" }
        let candidateLists: [[MarkupNode]] = [index.withClass("entry-content"), articleBody]
            + Self.candidateClasses.dropFirst().map(index.withClass)
            + [index.withTag("article"), index.withClass("post"), index.withTag("main"), index.withID("content")]
        var chosen: MarkupNode?
        search: for list in candidateLists {
            for c in list where !isExcluded(c) {
                guard let (node, score) = densest, score >= 200 else {
                    chosen = c
                    break search
                }
                if c.contains(node) || node.contains(c) && c.text.utf8.count * 2 >= score {
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
        let f = HTMLText.fragment(of: body, excluding: { n in
            guard !n.isSameNode(body) else { return false }
            if areaIDs.contains(n.identity) || Self.furnitureTags.contains(n.localName) { return true }
            return n.hasAttribute("class") && n.classes.contains { Self.furnitureClasses.contains($0) }
        })
        // No comment text in the body: drop lines that a comment holds (should never happen once comment
        // nodes are excluded; a theme that repeats comments elsewhere is caught here).
        let commentTexts = comments.map { Self.squeezed($0.text) }.filter { $0.count >= 30 }
        var removed = 0
        if commentTexts.isEmpty {
            text = f.text
        } else {
            let lines = f.text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                let l = Self.squeezed(String(line))
                guard l.count >= 30, commentTexts.contains(where: { RawBytes.find(l, in: $0) }) else { return true }
                removed += 1
                return false
            }
            text = BlogText.value(lines.joined(separator: "\n")) ?? ""
        }
        urls = BlogText.unique(f.links.map(\.href).filter(BlogText.isWebLink))
        media = f.images.filter { !$0.classes.contains(where: { $0.contains("emoji") || $0.contains("avatar") }) }
            .map { Media(kind: .photo, url: $0.src, altText: BlogText.value($0.alt)) }
        removedLeaks = removed
    }

    /// UTF-8 with runs of ASCII whitespace collapsed to one space and the ends trimmed, for comparisons.
    static func squeezed(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        for c in s.utf8 {
            if c == 32 || c == 9 || c == 10 || c == 13 || c == 12 {
                space = !out.isEmpty
                continue
            }
            if space { out.append(32) }
            space = false
            out.append(c)
        }
        return out
    }
}
