import EngageCore
import EngageXML

/// WordPress core themes and most WordPress themes: one element per comment with `id="comment-N"` and a
/// class `comment`, `pingback` or `trackback` (`li` in `ol.commentlist` / `ol.comment-list`, or `div`
/// / `article` with `wp_list_comments(style=div)`), replies nested in `ol.children`. Author
/// `.comment-author .fn` / `cite.fn`, date `time[datetime]` or the meta link's text, body
/// `.comment-content`, else `.comment-body` without author, meta and reply link. `bypostauthor` marks
/// the post author; `em.comment-awaiting-moderation` a pending comment.
enum WordPressCommentFamily: CommentFamily {
    static let name = "wordpress"

    static func comments(in root: MarkupNode, index: PageIndex) -> [PageComment] {
        let nodes = index.any(classes: ["comment", "pingback", "trackback"]).filter { n in
            guard let id = n.attribute("id"), id.hasPrefix("comment-") else { return false }
            return PageQuery.number(fromID: id) != nil
        }
        guard !nodes.isEmpty else { return [] }
        var out: [PageComment] = []
        for (i, node) in nodes.enumerated() {
            // Replies nested inside this comment (their subtrees are not this comment's text).
            let nested = nodes[(i + 1)...].filter { node.contains($0) }
            let outer = nodes[..<i].last { $0.contains(node) }
            let depth = node.classes.lazy.compactMap { $0.hasPrefix("depth-") ? Int($0.dropFirst(6)) : nil }.first
                ?? (nodes[..<i].filter { $0.contains(node) }.count + 1)
            let type: CommentType = node.hasClass("pingback") ? .pingback : node.hasClass("trackback") ? .trackback : .comment
            let nestedLists = PageQuery.all(".//*[\(PageQuery.cls("children"))]", in: node, outside: nested)
            let excluded = Array(nested) + nestedLists

            let authorNode = PageQuery.first(".//*[\(PageQuery.cls("fn"))]", in: node, outside: excluded)
                ?? PageQuery.first(".//*[\(PageQuery.cls("comment-author"))]", in: node, outside: excluded)
                ?? PageQuery.first(".//*[\(PageQuery.cls("comment-author-link"))]", in: node, outside: excluded)
            let authorLink = authorNode.flatMap { a in a.isNamed("a") ? a : PageQuery.first(".//a[@href]", in: a, outside: []) }
            var authorName = authorNode.flatMap { a in
                BlogText.name(PageQuery.text(a, excluding: [], classes: ["says", "avatar"]).text)
            }
            let meta = PageQuery.first(".//*[\(PageQuery.cls("comment-metadata")) or \(PageQuery.cls("commentmetadata")) or \(PageQuery.cls("comment-meta"))]",
                                       in: node, outside: excluded)
            let time = PageQuery.first(".//time", in: node, outside: excluded)
            let metaLinkText = meta.flatMap { PageQuery.first(".//a", in: $0, outside: [])?.readableText() }
            let (date, raw) = PageQuery.date(time: time, fallbackText: metaLinkText)

            var bodyNode = PageQuery.first(".//*[\(PageQuery.cls("comment-content"))]", in: node, outside: excluded)
                ?? PageQuery.first(".//*[\(PageQuery.cls("comment-text"))]", in: node, outside: excluded)
                ?? PageQuery.first(".//*[\(PageQuery.cls("entry-content"))]", in: node, outside: excluded)
            var bodyExcluded = excluded
            if bodyNode == nil {
                bodyNode = PageQuery.first(".//*[\(PageQuery.cls("comment-body"))]", in: node, outside: excluded) ?? node
                bodyExcluded += [authorNode, meta].compactMap { $0 }
                bodyExcluded += PageQuery.all(".//*[\(PageQuery.cls("comment-author")) or \(PageQuery.cls("vcard")) or \(PageQuery.cls("comment-meta")) or \(PageQuery.cls("comment-metadata"))]",
                                              in: node, outside: excluded)
                if type == .comment, let time { bodyExcluded.append(time) }
            }
            var body = bodyNode.map { PageQuery.text($0, excluding: bodyExcluded) } ?? (text: "", urls: [])
            var authorURL = BlogText.url(authorLink?.attribute("href"))
            if type != .comment {
                // "Pingback: <a href=…>Linking post</a>": the link is the author, its title the text.
                let link = PageQuery.first(".//a[@href and not(\(PageQuery.cls("comment-edit-link")))]", in: bodyNode ?? node,
                                           outside: bodyExcluded)
                authorName = authorName ?? BlogText.name(link?.readableText())
                authorURL = authorURL ?? BlogText.url(link?.attribute("href"))
                for prefix in ["Pingback:", "Trackback:", "Ping:"] where body.text.hasPrefix(prefix) {
                    body.text = String(body.text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                }
            }
            out.append(PageComment(
                number: PageQuery.number(fromID: node.attribute("id")),
                parentNumber: outer.flatMap { PageQuery.number(fromID: $0.attribute("id")) },
                depth: depth, authorName: authorName, authorURL: authorURL, date: date, rawDate: raw,
                text: body.text, urls: body.urls, type: type, isOwner: node.hasClass("bypostauthor"),
                isPending: PageQuery.first(".//*[\(PageQuery.cls("comment-awaiting-moderation"))]", in: node, outside: excluded) != nil,
                node: node))
        }
        return out
    }
}
