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

    init(_ root: MarkupNode, index: PageIndex, raw: RawBytes) {
        /// The first `value` attribute of a `tag` element whose `key` attribute is `match`.
        func attr(_ tag: String, _ key: String, _ match: String, _ value: String) -> String? {
            index.withTag(tag).lazy.filter { $0.attribute(key)?.lowercased() == match }
                .compactMap { BlogText.value($0.attribute(value)) }.first
        }
        func classed(_ tag: String?, _ cls: String, _ value: String) -> String? {
            index.withClass(cls).lazy.filter { tag == nil || $0.localName == tag }
                .compactMap { BlogText.value($0.attribute(value)) }.first
        }
        title = attr("meta", "property", "og:title", "content").flatMap(BlogText.name)
            ?? index.withClass("entry-title").lazy.compactMap { BlogText.name($0.readableText()) }.first
            ?? index.withClass("post-title").lazy.compactMap { BlogText.name($0.readableText()) }.first
            ?? index.withTag("title").first.flatMap { BlogText.name($0.text) }
        let itemprop = index.any(tags: ["time", "meta", "span", "abbr", "div"]).filter { $0.attribute("itemprop") == "datePublished" }
        let dateCandidates = [
            attr("meta", "property", "article:published_time", "content"),
            Self.jsonLDDate(index),
            classed("time", "entry-date", "datetime"),
            itemprop.lazy.compactMap { $0.attribute("datetime") ?? $0.attribute("content") }.first,
            classed("abbr", "published", "title"),
            classed("time", "published", "datetime"),
        ]
        date = dateCandidates.lazy.compactMap { $0.flatMap(DateParser.parse) }.first
        url = attr("link", "rel", "canonical", "href") ?? attr("meta", "property", "og:url", "content")
        byline = attr("meta", "name", "author", "content").flatMap(BlogText.name)
            ?? index.any(classes: ["fn", "author"]).first { n in
                PageIndex.isInside(n, Set(index.any(classes: ["entry-meta", "byline", "post-author"]).map(\.identity)))
            }.flatMap { BlogText.name($0.readableText()) }
            ?? index.withTag("a").first { $0.attribute("rel") == "author" }.flatMap { BlogText.name($0.readableText()) }
        lang = BlogText.value(root.attribute("lang"))
        let generator = attr("meta", "name", "generator", "content")?.lowercased() ?? ""
        if generator.contains("wordpress") || raw.contains("/wp-content/") || raw.contains("/wp-includes/") {
            platform = .wordpress
        } else if generator.contains("blogger") || raw.contains("blogger.com") || raw.contains("blogspot.com") {
            platform = .blogger
        } else if generator.contains("ghost") {
            platform = .ghost
        } else if generator.contains("medium") || url.flatMap(BlogText.host) == "medium.com" {
            platform = .medium
        }
        // WordPress: `body.postid-42`, or a reply link's `data-postid`.
        if let bodyClass = index.withTag("body").first?.attribute("class"),
           let c = bodyClass.split(separator: " ").first(where: { $0.hasPrefix("postid-") }) {
            postNumber = String(c.dropFirst("postid-".count))
        } else if let p = index.withTag("a").lazy.compactMap({ $0.attribute("data-postid") }).first, p.allSatisfy(\.isNumber) {
            postNumber = p
        }
    }

    /// `datePublished` from the first JSON-LD block that has one.
    static func jsonLDDate(_ index: PageIndex) -> String? {
        for script in index.withTag("script") where script.attribute("type") == "application/ld+json" {
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
