import EngageCore
import EngageXML
import Foundation

/// Any other server-rendered comment list: the first element whose id or class reads like a comment
/// list (`comments`, `comment-list`, `commentlist`; not the form, the title or "no comments"), split on
/// its repeated sibling blocks (the largest group of children sharing tag and class, at least two).
/// Author from an element whose class names an author or name (or `cite`), date from `time` or a class
/// naming a date. Results are low-confidence and the source notes say so.
enum FallbackCommentFamily: CommentFamily {
    static let name = "fallback"

    static let include = try! NSRegularExpression(pattern: "(^|[\\s_-])(comments?|comment-list|commentlist)($|[\\s_-])",
                                                  options: [.caseInsensitive])
    static let exclude = try! NSRegularExpression(
        pattern: "comment-respond|comments?-title|nocomments|no-comments|comment-form|commentform|reply-|recent|widget|comments?-count|comments?-link|comment-notes|comments-header|comments-head",
        options: [.caseInsensitive])

    static func comments(in root: MarkupNode, index: PageIndex) -> [PageComment] {
        for container in candidateContainers(index) {
            let blocks = repeatedBlocks(container)
            guard blocks.count >= 2 else { continue }
            return blocks.map(comment)
        }
        return []
    }

    static func candidateContainers(_ index: PageIndex) -> [MarkupNode] {
        index.labelled.filter { n in
            let label = (n.attribute("id") ?? "") + " " + (n.attribute("class") ?? "")
            let r = NSRange(label.startIndex..., in: label)
            return include.firstMatch(in: label, range: r) != nil && exclude.firstMatch(in: label, range: r) == nil
                && !n.isNamed("form") && !n.isNamed("a") && !n.isNamed("script")
        }
    }

    /// The largest group of child elements sharing tag and class (descending through single wrappers).
    static func repeatedBlocks(_ container: MarkupNode) -> [MarkupNode] {
        var node = container
        for _ in 0..<4 {
            let kids = node.elements.filter { !$0.isNamed("script") && !$0.isNamed("form") && !$0.isNamed("h2") && !$0.isNamed("h3") }
            var groups: [String: [MarkupNode]] = [:]
            for k in kids { groups[k.localName + "." + (k.attribute("class") ?? ""), default: []].append(k) }
            if let best = groups.values.max(by: { $0.count < $1.count }), best.count >= 2 { return best }
            guard kids.count == 1 else { return [] }
            node = kids[0]
        }
        return []
    }

    static func comment(_ block: MarkupNode) -> PageComment {
        let author = PageQuery.first(".//*[contains(@class, 'author') or contains(@class, 'name') or contains(@class, 'user')] | .//cite",
                                     in: block, outside: [])
        let dateNode = PageQuery.first(".//time | .//*[contains(@class, 'date') or contains(@class, 'time')]", in: block, outside: [])
        let (date, raw) = dateNode.map { d in
            d.isNamed("time") ? PageQuery.date(time: d, fallbackText: nil) : PageQuery.date(time: nil, fallbackText: d.readableText())
        } ?? (nil, nil)
        let excluded = [author, dateNode].compactMap { $0 }
        let text = PageQuery.text(block, excluding: excluded)
        let link = author.flatMap { $0.isNamed("a") ? $0 : PageQuery.first(".//a[@href]", in: $0, outside: []) }
        return PageComment(number: PageQuery.number(fromID: block.attribute("id")), parentNumber: nil, depth: 1,
                           authorName: BlogText.name(author?.readableText()), authorURL: BlogText.url(link?.attribute("href")),
                           date: date, rawDate: raw, text: text.text, urls: text.urls, type: .comment, isOwner: false,
                           isPending: false, node: block)
    }
}
