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


    init(_ root: MarkupNode, index: PageIndex, pageURL: String?) {
        let headings = index.withID("epoch-count") + index.withClass("comments-title") + index.withID("comments-title")
            + index.withClass("comment-count-area")
            + index.withClass("comments-head").flatMap { $0.descendants(where: { $0.isNamed("h3") }) }
            + index.withClass("comments-header").flatMap { $0.descendants(where: { $0.isNamed("h2") }) }
            + index.withID("comments").flatMap { $0.elements.filter { $0.isNamed("h2") || $0.isNamed("h3") || $0.isNamed("h4") } }
        for h in headings {
            if let n = Self.count(in: h.readableText()) {
                visibleCount = n
                break
            }
        }
        javascriptSystem = Self.javascriptSystem(index)
        if javascriptSystem == "Disqus" {
            let own = pageURL.flatMap(BlogURL.normalized)
            let links = index.withTag("a").filter { $0.attribute("href")?.contains("#disqus_thread") == true }
            let mine = links.first { a in
                guard let href = a.attribute("href"), let own else { return false }
                let target = href.hasPrefix("/") ? BlogURL.normalized((BlogText.host(pageURL) ?? "") + href) ?? href
                    : BlogURL.normalized(href) ?? href
                return target == own || own.hasSuffix(target.prefix(while: { $0 != "#" }))
            }
            disqusCount = mine.flatMap { Self.count(in: $0.readableText()) }
        }
    }

    /// A JavaScript comment system, recognised from the elements and scripts it needs (never from
    /// article text that merely mentions one).
    static func javascriptSystem(_ index: PageIndex) -> String? {
        let scripts = index.withTag("script")
        var code: [UInt8] = []
        for s in scripts {
            if let src = s.attribute("src") { code += Array(src.utf8) } else { code += Array(s.text.utf8) }
            code.append(10)
        }
        let all = RawBytes(bytes: code)
        func script(_ needles: [String]) -> Bool { needles.contains { all.contains($0) } }
        if !index.withID("disqus_thread").isEmpty || script(["disqus.com/embed.js", "disqus_shortname", "disqus_config"]) {
            return "Disqus"
        }
        if !index.withClass("fb-comments").isEmpty { return "Facebook comments" }
        if !index.withID("commento").isEmpty || script(["cdn.commento.io"]) { return "Commento" }
        if script(["utteranc.es/client.js"]) { return "utterances" }
        if script(["giscus.app/client.js"]) { return "giscus" }
        if !index.withID("hyvor-talk-view").isEmpty || script(["talk.hyvor.com"]) { return "Hyvor Talk" }
        if script(["intensedebate.com"]) { return "IntenseDebate" }
        if !index.withID("livefyre-comments").isEmpty || script(["livefyre.com"]) { return "Livefyre" }
        if !index.withID("isso-thread").isEmpty { return "Isso" }
        if !index.withID("remark42").isEmpty { return "Remark42" }
        return nil
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
