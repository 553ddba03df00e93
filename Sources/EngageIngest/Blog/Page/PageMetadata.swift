import EngageCore
import EngageXML
import Foundation

/// What a saved page says about itself: title, publication date, canonical address, byline, engine,
/// language, and (WordPress) the post id.
struct PageMetadata {
    var title: String?
    var date: Date?
    var url: String?
    var byline: String?
    var platform: Platform = .web
    var lang: String?
    var postNumber: String?

    init(_ root: MarkupNode, rawHead: String) {
        func attr(_ xpath: String, _ name: String) -> String? {
            ((try? root.xpath(xpath)) ?? []).lazy.compactMap { BlogText.value($0.attribute(name)) }.first
        }
        func text(_ xpath: String) -> String? {
            ((try? root.xpath(xpath)) ?? []).lazy.compactMap { BlogText.name($0.readableText()) }.first
        }
        title = attr("//meta[@property='og:title']", "content").flatMap(BlogText.name)
            ?? text("//h1[\(PageQuery.cls("entry-title"))]") ?? text("//*[\(PageQuery.cls("post-title"))]")
            ?? ((try? root.xpath("//head/title"))?.first.flatMap { BlogText.name($0.text) })
        let dateCandidates = [
            attr("//meta[@property='article:published_time']", "content"),
            Self.jsonLDDate(root),
            attr("//time[\(PageQuery.cls("entry-date"))][@datetime]", "datetime"),
            attr("//*[@itemprop='datePublished']", "datetime"), attr("//*[@itemprop='datePublished']", "content"),
            attr("//abbr[\(PageQuery.cls("published"))]", "title"),
            attr("//time[\(PageQuery.cls("published"))][@datetime]", "datetime"),
        ]
        date = dateCandidates.lazy.compactMap { $0.flatMap(DateParser.parse) }.first
        url = attr("//link[@rel='canonical']", "href") ?? attr("//meta[@property='og:url']", "content")
        byline = attr("//meta[@name='author']", "content").flatMap(BlogText.name)
            ?? text("//*[\(PageQuery.cls("entry-meta")) or \(PageQuery.cls("byline")) or \(PageQuery.cls("post-author"))]//*[\(PageQuery.cls("fn")) or \(PageQuery.cls("author"))]")
            ?? text("//a[@rel='author']")
        lang = BlogText.value(root.attribute("lang"))
        let generator = attr("//meta[@name='generator']", "content")?.lowercased() ?? ""
        if generator.contains("wordpress") || rawHead.contains("/wp-content/") || rawHead.contains("/wp-includes/") {
            platform = .wordpress
        } else if generator.contains("blogger") || rawHead.contains("blogger.com") || rawHead.contains("blogspot.com") {
            platform = .blogger
        } else if generator.contains("ghost") {
            platform = .ghost
        } else if generator.contains("medium") || url.flatMap(BlogText.host) == "medium.com" {
            platform = .medium
        }
        // WordPress: `body.postid-42`, or a reply link's `data-postid`.
        if let bodyClass = attr("//body", "class"),
           let c = bodyClass.split(separator: " ").first(where: { $0.hasPrefix("postid-") }) {
            postNumber = String(c.dropFirst("postid-".count))
        } else if let p = attr("//a[@data-postid]", "data-postid"), p.allSatisfy(\.isNumber) {
            postNumber = p
        }
    }

    /// `datePublished` from the first JSON-LD block that has one.
    static func jsonLDDate(_ root: MarkupNode) -> String? {
        for script in (try? root.xpath("//script[@type='application/ld+json']")) ?? [] {
            let s = script.text
            guard let r = s.range(of: "\"datePublished\"") else { continue }
            let rest = s[r.upperBound...].drop(while: { $0 == " " || $0 == ":" || $0 == "\t" })
            guard rest.first == "\"" else { continue }
            let value = rest.dropFirst().prefix(while: { $0 != "\"" })
            if !value.isEmpty { return String(value) }
        }
        return nil
    }
}
