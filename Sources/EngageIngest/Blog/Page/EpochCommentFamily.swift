import EngageCore
import EngageXML

/// The Epoch comments plugin: `div#comment-N[data-comment-id]` > `article.epoch-comment-body`, author
/// `a.epoch-author-link`, body `.epoch-comment-content`, replies in `div.epoch-child.child-of-<id>`.
/// Its `<time datetime="comment_date">` is a literal placeholder, so the date comes from the shown
/// text. A moderation plugin puts a "Report" link reusing the id `comment-N` inside the body: it is
/// not text, and ids are not unique.
enum EpochCommentFamily: CommentFamily {
    static let name = "epoch"


    static func comments(in root: MarkupNode, index: PageIndex) -> [PageComment] {
        let bodies = Set(index.withClass("epoch-comment-body").map(\.identity))
        guard !bodies.isEmpty else { return [] }
        let nodes = index.any(tags: ["div", "li", "article"]).filter { n in
            n.hasAttribute("data-comment-id") && !n.descendants(where: { bodies.contains($0.identity) }).isEmpty
        }
        var out: [PageComment] = []
        for (i, node) in nodes.enumerated() {
            let nested = nodes[(i + 1)...].filter { node.contains($0) }
            let children = PageQuery.all(".//*[\(PageQuery.cls("epoch-child"))]", in: node, outside: [])
            let excluded = Array(nested) + children
            var parent: String?
            var depth = 1
            var p = node.parent
            while let a = p {
                if let c = a.classes.first(where: { $0.hasPrefix("child-of-") }) {
                    if parent == nil { parent = String(c.dropFirst("child-of-".count)) }
                    depth += 1
                }
                p = a.parent
            }
            let authorLink = PageQuery.first(".//a[\(PageQuery.cls("epoch-author-link"))]", in: node, outside: excluded)
            let authorNode = authorLink ?? PageQuery.first(".//*[\(PageQuery.cls("epoch-comment-author"))]", in: node, outside: excluded)
            let time = PageQuery.first(".//time", in: node, outside: excluded)
            let (date, raw) = PageQuery.date(time: time, fallbackText: nil)
            let bodyNode = PageQuery.first(".//*[\(PageQuery.cls("epoch-comment-content"))]", in: node, outside: excluded)
            let body = bodyNode.map { PageQuery.text($0, excluding: excluded) } ?? (text: "", urls: [])
            out.append(PageComment(
                number: node.attribute("data-comment-id") ?? PageQuery.number(fromID: node.attribute("id")),
                parentNumber: parent, depth: depth,
                authorName: BlogText.name(authorNode.map {
                    PageQuery.text($0, excluding: [], classes: ["epoch-comment-author-avatar", "epoch-divide", "epoch-comment-link"]).text
                }),
                authorURL: BlogText.url(authorLink?.attribute("href")), date: date, rawDate: raw, text: body.text,
                urls: body.urls, type: .comment, isOwner: node.hasClass("bypostauthor") || (bodyNode?.parent?.hasClass("bypostauthor") ?? false),
                isPending: false, node: node))
        }
        return out
    }
}
