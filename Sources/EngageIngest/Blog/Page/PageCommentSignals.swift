import EngageCore
import EngageXML
import Foundation

/// What a page says about its comments beyond the comments themselves: the count it shows ("13 thoughts
/// on …", `#epoch-count`) and a JavaScript comment system whose comments are not in the file (Disqus and
/// others), with Disqus's own count link when the page has one.
struct PageCommentSignals {
    /// The number of comments the page says it has, when it says.
    var visibleCount: Int?
    /// The JavaScript comment system found (`Disqus`, `Facebook`…), when any.
    var javascriptSystem: String?
    /// Disqus's count for this page (unverified: it comes from a count link).
    var disqusCount: Int?

    static let headings = try! XPathQuery(
        "//*[@id='epoch-count'] | //*[\(PageQuery.cls("comments-title"))] | //*[@id='comments-title'] | "
        + "//*[\(PageQuery.cls("comment-count-area"))] | //*[\(PageQuery.cls("comments-head"))]//h3 | "
        + "//*[\(PageQuery.cls("comments-header"))]//h2 | //*[@id='comments']/h4 | //*[@id='comments']/h3 | //*[@id='comments']/h2")
    static let disqusLinks = try! XPathQuery("//a[contains(@href, '#disqus_thread')]")

    init(_ root: MarkupNode, rawHTML: String, pageURL: String?) {
        for h in Self.headings.nodes(from: root) {
            if let n = Self.count(in: h.readableText()) {
                visibleCount = n
                break
            }
        }
        let systems: [(String, [String])] = [
            ("Disqus", ["id=\"disqus_thread\"", "id='disqus_thread'", "disqus_shortname", ".disqus.com/embed.js", "disqus_config"]),
            ("Facebook comments", ["class=\"fb-comments\"", "class='fb-comments'"]),
            ("Commento", ["id=\"commento\"", "cdn.commento.io"]),
            ("utterances", ["utteranc.es/client.js"]),
            ("giscus", ["giscus.app/client.js"]),
            ("Hyvor Talk", ["hyvor-talk", "talk.hyvor.com"]),
            ("IntenseDebate", ["intensedebate.com"]),
            ("Livefyre", ["livefyre"]),
            ("Isso", ["data-isso", "isso-thread"]),
            ("Remark42", ["remark42"]),
        ]
        javascriptSystem = systems.first { s in s.1.contains { rawHTML.contains($0) } }?.0
        if javascriptSystem == "Disqus" {
            let own = pageURL.flatMap(BlogURL.normalized)
            let links = Self.disqusLinks.nodes(from: root)
            let mine = links.first { a in
                guard let href = a.attribute("href"), let own else { return false }
                let target = href.hasPrefix("/") ? BlogURL.normalized((BlogText.host(pageURL) ?? "") + href) ?? href
                    : BlogURL.normalized(href) ?? href
                return target == own || own.hasSuffix(target.prefix(while: { $0 != "#" }))
            }
            disqusCount = mine.flatMap { Self.count(in: $0.readableText()) }
        }
    }

    /// The comment count in a heading: its first number ("13 thoughts on", "There are 13 comments",
    /// "1.234 Kommentare"), or English "No comments" / "One thought".
    static func count(in text: String) -> Int? {
        var digits = ""
        var started = false
        for ch in text {
            if ch.isNumber {
                digits.append(ch)
                started = true
            } else if started, ch == "," || ch == "." || ch == "\u{202F}" || ch == "\u{A0}" {
                continue
            } else if started {
                break
            }
        }
        if let n = Int(digits) { return n }
        let lower = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if lower.hasPrefix("no comment") || lower.hasPrefix("no response") || lower.hasPrefix("no thought") { return 0 }
        if lower.hasPrefix("one ") { return 1 }
        return nil
    }
}
