import EngageCore
import EngageXML
import Foundation

/// Blogger themes. Current layouts: `#comment-holder .comment-thread ol > li.comment#c<ID>` with
/// `.comment-block`, author `.comment-header cite.user`, body `p.comment-content`, date from the
/// `showComment=<ms>` link of `span.datetime`, owner `span.blog-author`, replies in
/// `.comment-replies .comment-thread`. Classic layouts: `dl#comments-block` with `dt.comment-author`
/// (anchor `c<ID>`), `dd.comment-body`, `dd.comment-footer` (date link).
enum BloggerCommentFamily: CommentFamily {
    static let name = "blogger"


    static func comments(in root: MarkupNode, index: PageIndex) -> [PageComment] {
        let nodes = index.withClass("comment").filter { n in
            guard n.isNamed("li"), let id = n.attribute("id"), id.hasPrefix("c") else { return false }
            return PageQuery.number(fromID: id) != nil
        }
        if !nodes.isEmpty { return modernComments(nodes) }
        let block = index.withID("comments-block").first { $0.isNamed("dl") }
        return classicComments(block?.elements.filter { $0.isNamed("dt") } ?? [])
    }

    static func modernComments(_ nodes: [MarkupNode]) -> [PageComment] {
        var out: [PageComment] = []
        for (i, node) in nodes.enumerated() {
            let nested = nodes[(i + 1)...].filter { node.contains($0) }
            let replies = PageQuery.all(".//*[\(PageQuery.cls("comment-replies")) or \(PageQuery.cls("comment-replybox-single")) or \(PageQuery.cls("comment-actions"))]",
                                        in: node, outside: nested)
            let excluded = Array(nested) + replies
            let outer = nodes[..<i].last { $0.contains(node) }
            let user = PageQuery.first(".//cite[\(PageQuery.cls("user"))]", in: node, outside: excluded)
                ?? PageQuery.first(".//*[\(PageQuery.cls("comment-header"))]//cite", in: node, outside: excluded)
            let link = user.flatMap { PageQuery.first(".//a[@href]", in: $0, outside: []) }
            let body = PageQuery.first(".//*[\(PageQuery.cls("comment-content"))]", in: node, outside: excluded)
            let text = body.map { PageQuery.text($0, excluding: excluded) } ?? (text: "", urls: [])
            let dateLink = PageQuery.first(".//*[\(PageQuery.cls("datetime"))]//a[@href]", in: node, outside: excluded)
            var date = showCommentDate(dateLink?.attribute("href"))
            var raw: String?
            if date == nil { (date, raw) = PageQuery.date(time: nil, fallbackText: dateLink?.readableText()) }
            out.append(PageComment(
                number: PageQuery.number(fromID: node.attribute("id")),
                parentNumber: outer.flatMap { PageQuery.number(fromID: $0.attribute("id")) },
                depth: nodes[..<i].filter { $0.contains(node) }.count + 1,
                authorName: BlogText.name(user?.readableText()).flatMap(BlogText.realName),
                authorURL: BlogText.url(link?.attribute("href")), date: date, rawDate: raw, text: text.text,
                urls: text.urls, type: .comment,
                isOwner: PageQuery.first(".//*[\(PageQuery.cls("blog-author"))]", in: node, outside: excluded) != nil,
                isPending: false, node: node))
        }
        return out
    }

    static func classicComments(_ dts: [MarkupNode]) -> [PageComment] {
        dts.map { dt in
            var body: MarkupNode?
            var footer: MarkupNode?
            var sib = dt.nextSibling
            while let s = sib, !(s.isElement && s.isNamed("dt")) {
                if s.isElement, s.isNamed("dd") {
                    if s.hasClass("comment-body") { body = s }
                    if s.hasClass("comment-footer") { footer = s }
                }
                sib = s.nextSibling
            }
            let anchor = PageQuery.first(".//a[@name or @id]", in: dt, outside: [])
            let link = PageQuery.first(".//a[@href and not(@name)]", in: dt, outside: [])
            let name = BlogText.name(PageQuery.text(dt, excluding: [], classes: ["avatar-image-container"]).text
                .replacingOccurrences(of: " said...", with: "").replacingOccurrences(of: " said…", with: ""))
            let dateLink = footer.flatMap { PageQuery.first(".//a[@href]", in: $0, outside: []) }
            var date = showCommentDate(dateLink?.attribute("href"))
            var raw: String?
            if date == nil { (date, raw) = PageQuery.date(time: nil, fallbackText: dateLink?.readableText()) }
            let text = body.map { PageQuery.text($0, excluding: []) } ?? (text: "", urls: [])
            return PageComment(number: PageQuery.number(fromID: anchor?.attribute("name") ?? anchor?.attribute("id") ?? dt.attribute("id")),
                               parentNumber: nil, depth: 1, authorName: name.flatMap(BlogText.realName),
                               authorURL: BlogText.url(link?.attribute("href")), date: date, rawDate: raw, text: text.text,
                               urls: text.urls, type: .comment, isOwner: dt.hasClass("blog-author") || body?.hasClass("blog-author") == true,
                               isPending: false, node: dt)
        }
    }

    /// `…?showComment=1694201744027#c3333` → the comment's time (epoch milliseconds).
    static func showCommentDate(_ href: String?) -> Date? {
        guard let href, let r = href.range(of: "showComment=") else { return nil }
        let digits = href[r.upperBound...].prefix(while: \.isNumber)
        guard digits.count >= 10, let ms = Double(digits) else { return nil }
        return DateParser.unixSeconds(ms / 1000)
    }
}
