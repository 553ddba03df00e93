import EngageCore
import EngageXML

/// Drupal 7 (and themes derived from it): an anchor `<a id="comment-N"></a>` right before each
/// `div.comment`; author `.username`, body `.field-comment-body` / `.field-name-comment-body` /
/// `.content`, date as text (`.submitted`, `li.date`, `.comment-date`), `comment-by-node-author` for
/// the post author, replies in a `div.indented` after their parent. Drupal 8+ puts the id on
/// `article.comment` itself.
enum DrupalCommentFamily: CommentFamily {
    static let name = "drupal"


    static func comments(in root: MarkupNode, index: PageIndex) -> [PageComment] {
        var pairs: [(MarkupNode, String?)] = []
        for a in index.withTag("a") where a.attribute("id")?.hasPrefix("comment-") == true && a.firstChild == nil {
            var s = a.nextSibling
            while let n = s, !n.isElement { s = n.nextSibling }
            guard let div = s, div.isElement, div.hasClass("comment") else { continue }
            pairs.append((div, PageQuery.number(fromID: a.attribute("id"))))
        }
        if pairs.isEmpty {
            pairs = index.withTag("article").filter { a in
                a.hasClass("comment") && (a.hasAttribute("data-comment-user-id") || a.attribute("id")?.hasPrefix("comment-") == true)
            }.map { ($0, PageQuery.number(fromID: $0.attribute("id"))) }
        }
        var out: [PageComment] = []
        for (i, (node, number)) in pairs.enumerated() {
            let nested = pairs[(i + 1)...].map(\.0).filter { node.contains($0) }
            let links = PageQuery.all(".//ul[\(PageQuery.cls("links"))] | .//*[\(PageQuery.cls("links"))]", in: node, outside: nested)
            let excluded = nested + links
            let user = PageQuery.first(".//*[\(PageQuery.cls("username"))]", in: node, outside: excluded)
            let body = PageQuery.first(".//*[\(PageQuery.cls("field-comment-body")) or \(PageQuery.cls("field-name-comment-body"))]",
                                       in: node, outside: excluded)
                ?? PageQuery.first(".//*[\(PageQuery.cls("content"))]", in: node, outside: excluded)
            var bodyExcluded = excluded
            if let user { bodyExcluded.append(user) }
            bodyExcluded += PageQuery.all(".//*[\(PageQuery.cls("submitted")) or \(PageQuery.cls("name"))]", in: node, outside: excluded)
            let text = body.map { PageQuery.text($0, excluding: bodyExcluded) } ?? (text: "", urls: [])
            // The date sits in the links list (`li.date`, `li.time`) or in `.submitted`.
            let time = PageQuery.first(".//time[@datetime]", in: node, outside: nested)
            let day = PageQuery.first(".//*[\(PageQuery.cls("date")) or \(PageQuery.cls("comment-date")) or \(PageQuery.cls("submitted"))]",
                                      in: node, outside: nested)
            let clock = PageQuery.first(".//*[\(PageQuery.cls("time"))]", in: node, outside: nested)
            let shown = [day, clock].compactMap { $0.flatMap { BlogText.value($0.readableText()) } }.joined(separator: " ")
            let (date, raw) = PageQuery.date(time: time, fallbackText: shown.isEmpty ? nil : shown)
            // Drupal 7 nests replies in a `div.indented` that follows the parent comment.
            var parent: String?
            var depth = 1
            var up = node.parent
            while let u = up {
                if u.hasClass("indented") {
                    depth += 1
                    if parent == nil {
                        var prev = u.previousSibling
                        while let pv = prev {
                            if let hit = pairs.first(where: { $0.0.isSameNode(pv) }) {
                                parent = hit.1
                                break
                            }
                            prev = pv.previousSibling
                        }
                    }
                }
                up = u.parent
            }
            let link = user.flatMap { $0.isNamed("a") ? $0 : PageQuery.first(".//a[@href]", in: $0, outside: []) }
            out.append(PageComment(number: number, parentNumber: parent, depth: depth,
                                   authorName: BlogText.name(user?.readableText()).flatMap(BlogText.realName),
                                   authorURL: BlogText.url(link?.attribute("href")), date: date, rawDate: raw,
                                   text: text.text, urls: text.urls, type: .comment,
                                   isOwner: node.hasClass("comment-by-node-author"),
                                   isPending: node.hasClass("comment-unpublished"), node: node))
        }
        return out
    }
}
