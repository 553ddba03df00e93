import EngageCore
import EngageXML
import Foundation

/// One comment found in a saved page, before it becomes a ``Post``.
struct PageComment {
    /// The comment's number on its site (`7` for `li#comment-7`), when the markup gives one.
    var number: String?
    /// The number of the comment it answers, when nested.
    var parentNumber: String?
    /// Nesting depth, 1 for a top-level comment.
    var depth: Int
    var authorName: String?
    var authorURL: String?
    var date: Date?
    /// The date as the page shows it, when it could not be read.
    var rawDate: String?
    var text: String
    var urls: [String]
    var type: CommentType
    /// Marked as the post author's (`bypostauthor`, `blog-author`, `comment-by-node-author`).
    var isOwner: Bool
    /// Shown as awaiting moderation.
    var isPending: Bool
    /// The comment's element (its whole subtree is left out of the post body).
    var node: MarkupNode
}

/// Selection helpers shared by the comment families.
enum PageQuery {
    /// `//tag[class has word]`-style predicate text.
    static func cls(_ name: String) -> String { XPathQuery.hasClass(name) }

    /// The first node `xpath` selects under `node` that does not lie inside one of `nested` (a reply's own
    /// subtree), or nil.
    static func first(_ xpath: String, in node: MarkupNode, outside nested: [MarkupNode]) -> MarkupNode? {
        ((try? node.xpath(xpath)) ?? []).first { n in !nested.contains { $0.contains(n) } }
    }

    /// Every node `xpath` selects under `node` outside `nested`.
    static func all(_ xpath: String, in node: MarkupNode, outside nested: [MarkupNode]) -> [MarkupNode] {
        ((try? node.xpath(xpath)) ?? []).filter { n in !nested.contains { $0.contains(n) } }
    }

    /// The readable text and links of `node`, leaving out `excluded` subtrees (nested replies, reply
    /// links, meta lines) and elements of the given classes.
    static func text(_ node: MarkupNode, excluding excluded: [MarkupNode], classes: Set<String> = boilerplate)
        -> (text: String, urls: [String]) {
        let ids = Set(excluded.map(\.identity))
        let f = HTMLText.fragment(of: node, excluding: { n in
            if ids.contains(n.identity) { return true }
            if n.isNamed("form") { return true }
            guard n.hasAttribute("class") else { return false }
            return n.classes.contains { classes.contains($0) }
        })
        return (f.text, BlogText.unique(f.links.map(\.href).filter(BlogText.isWebLink)))
    }

    /// Classes that are never comment text: reply links, "says:", moderation notices, report links,
    /// edit links, avatars.
    static let boilerplate: Set<String> = [
        "reply", "comment-reply-link", "comment-reply", "says", "comment-awaiting-moderation", "edit-link",
        "comment-edit-link", "pmcc-comments-report-link", "epoch-comment-actions", "comment-actions", "avatar",
        "comment-util", "comment-like", "wpl-button", "comment-likes", "reply-link", "comment-footer",
    ]

    /// A date from a comment: a valid `datetime` (Epoch writes the literal placeholder `comment_date`),
    /// else the shown text when it parses, else nil with the raw text kept.
    static func date(time: MarkupNode?, fallbackText: String?) -> (Date?, String?) {
        if let dt = time?.attribute("datetime"), let d = DateParser.parse(dt) { return (d, nil) }
        let shown = BlogText.value(time?.readableText()) ?? BlogText.value(fallbackText)
        guard let shown else { return (nil, nil) }
        if let d = parseShown(shown) { return (d, nil) }
        return (nil, shown)
    }

    /// Reads dates as themes print them: "March 10, 2017 at 12:20 AM", "2020-12-24", "24 December 2020 at
    /// 3:53 am:". Localized month names are not read (the raw text is kept instead).
    static func parseShown(_ s: String) -> Date? {
        var t = s.trimmingCharacters(in: CharacterSet(charactersIn: " :\n\t"))
        for filler in [" at ", " @ ", " um ", " à ", " a las ", " alle ", " om "] {
            t = t.replacingOccurrences(of: filler, with: " ")
        }
        t = t.replacingOccurrences(of: " Uhr", with: "")
        if let d = DateParser.parse(t) { return d }
        // Drupal: "Tue, 05/02/2023 - 14:10".
        t = t.replacingOccurrences(of: " - ", with: " ")
        if let comma = t.firstIndex(of: ","), t[..<comma].allSatisfy(\.isLetter) {
            t = String(t[t.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
        }
        return DateParser.parse(t)
    }

    /// The digits of an id such as `comment-215101`, `c5590533389087749201`, `div-comment-7`.
    static func number(fromID id: String?) -> String? {
        guard let id else { return nil }
        let digits = id.reversed().prefix(while: \.isNumber)
        return digits.isEmpty ? nil : String(digits.reversed())
    }
}
