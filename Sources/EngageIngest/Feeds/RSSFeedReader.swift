import EngageCore
import EngageXML
import Foundation

/// An RSS 2.0 (or 0.9x / RDF 1.0) feed: a competitor's blog, a Medium or WordPress feed, or a WordPress
/// comment feed (`/comments/feed/`, one item per comment, links ending `#comment-N`).
///
/// Posts take `content:encoded`, else `description`; `slash:comments` is the platform's comment count.
/// Comment items become comments on their post. A feed holds only the latest items (WordPress: 10 by
/// default), which the source notes say. Broken markup (Medium's `<<![CDATA[`) is read in recover mode
/// and flagged. RSS `<author>` is an e-mail address: only the name in parentheses is kept.
enum RSSFeedReader: SourceReader {
    static var format: SourceFormat { .rss }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard input.kind == .file, let s = XMLSniff(input.sniff(input.entries[0], count: 16_384)) else { return false }
        if s.rootLocalName == "rss" { return !WordPressWXRReader.isWXR(input.sniff(input.entries[0], count: 16_384)) }
        return s.rootLocalName == "RDF" && s.rootTag.contains("purl.org/rss/1.0")
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let entry = input.entries[0]
        let name = input.displayName(entry)
        let doc = try MarkupDocument.parseXML(input.read(entry), name: name, recover: true)
        guard let root = doc.root else { throw EngageError(.malformedXML, "no root element", file: name) }
        let channel = root.firstElement(named: "channel") ?? root
        var title: String?, link: String?, generator: String?, language: String?
        channel.forEachElement { e in
            guard e.namespaceURI == nil || e.namespaceURI == "http://purl.org/rss/1.0/" else { return }
            switch e.localName {
            case "title": title = title ?? BlogText.name(e.text)
            case "link": link = link ?? BlogText.value(e.text)
            case "generator": generator = generator ?? BlogText.value(e.text)
            case "language": language = language ?? BlogText.value(e.text)
            default: break
            }
        }
        let site = FeedSite(generator: generator, link: link)
        // RSS 1.0 puts items next to the channel.
        var items: [MarkupNode] = channel.elements.filter { $0.isNamed("item") }
        if items.isEmpty { items = root.elements.filter { $0.isNamed("item") } }
        var warnings = WarningTally()
        var posts = 0, comments = 0
        let starts = items.map { $0.line ?? 0 }
        for (n, item) in items.enumerated() {
            let f = RSSItem(item)
            // Flag the items whose lines hold a well-formedness error.
            let from = starts[n], to = n + 1 < starts.count ? starts[n + 1] : Int.max
            var flags: PostFlags = doc.recovered && doc.issues.contains { $0.level == .fatal && ($0.line ?? 0) >= from && ($0.line ?? 0) < to }
                ? [.recovered] : []
            let date = BlogDate([.exact(f.pubDate), .exact(f.dcDate), .exact(f.updated)])
            if date.approximate { flags.insert(.dateApproximate) }
            let html = f.content ?? f.description
            let body = BlogText.body(html, newlinesAreBreaks: false)
            let author = AuthorRef(name: f.creator ?? f.authorName)
            if let ids = site.commentIDs(guid: f.guid, link: f.link), site.platform == .wordpress || f.link?.contains("#comment-") == true {
                comments += 1
                // WordPress starts a threaded reply with "In reply to <a href=…#comment-N>Name</a>."
                var replyTo = ids.post
                if body.text.hasPrefix("In reply to"), let parent = HTMLText.links(fromHTML: html ?? "").first,
                   let parentIDs = site.commentIDs(guid: nil, link: parent.href) {
                    replyTo = parentIDs.comment
                }
                // A feed shows published comments only.
                let post = Post(platform: site.platform, id: ids.comment, author: author, createdAt: date.date,
                                text: body.text, kind: .reply, replyTo: replyTo, conversation: ids.post, url: f.link,
                                urls: body.urls, commentType: .comment, moderation: .approved, flags: flags,
                                provenance: Provenance(source: input.path, line: f.line))
                try context.emit(post)
                continue
            }
            guard let id = site.postID(guid: f.guid, link: f.link) ?? f.title.map({ "\(site.host ?? "feed")/\($0)" }) else {
                warnings.add("missing-id", "an item has no guid, link or title: skipped", line: f.line)
                continue
            }
            posts += 1
            let post = Post(platform: site.platform, id: id, author: author, createdAt: date.date,
                            text: site.platform == .wordpress ? BlogText.withoutShortcodes(body.text) : body.text,
                            title: f.title, kind: .original, url: f.link, urls: body.urls, media: body.media,
                            lang: language, metrics: Metrics(replies: f.commentCount), byOwner: true, flags: flags,
                            provenance: Provenance(source: input.path, line: f.line))
            try context.emit(post)
        }
        if doc.recovered {
            let first = doc.issues.first { $0.level == .fatal }
            context.warn("recovered-xml", "malformed XML read in recover mode: \(first?.message ?? "")", file: name,
                         line: first?.line)
        }
        warnings.flush(to: context, file: name)
        var info = SourceInfo(path: input.path, format: format, variant: comments > 0 && posts == 0 ? "comment feed" : nil,
                              owner: (title != nil || link != nil) ? Account(platform: site.platform, handle: site.host, name: title, url: link) : nil,
                              countsAsOf: input.modificationDate(of: entry),
                              files: [FileReport(entry: entry, role: comments > 0 && posts == 0 ? "comments" : "posts",
                                                 records: context.emitted, bytes: input.size(of: entry))])
        info.notes.append(FeedSite.partialNote(items: items.count))
        return info
    }
}

/// The fields of an RSS `<item>`.
struct RSSItem {
    var title: String?
    var link: String?
    var guid: String?
    var pubDate: String?
    var dcDate: String?
    var updated: String?
    var creator: String?
    var authorName: String?
    var description: String?
    var content: String?
    var commentCount: Int?
    var line: Int?

    init(_ item: MarkupNode) {
        line = item.line
        item.forEachElement { e in
            let uri = e.namespaceURI
            let local = e.localName
            switch (uri, local) {
            case (nil, "title"), ("http://purl.org/rss/1.0/", "title"): title = title ?? BlogText.name(HTMLText.plainText(fromHTML: e.text))
            case (nil, "link"), ("http://purl.org/rss/1.0/", "link"): link = link ?? BlogText.value(e.text)
            case (nil, "guid"): guid = guid ?? BlogText.value(e.text)
            case (nil, "pubDate"): pubDate = pubDate ?? e.text
            case (nil, "author"): authorName = authorName ?? Self.nameFromRSSAuthor(e.text)
            case (nil, "description"), ("http://purl.org/rss/1.0/", "description"): description = description ?? e.text
            case ("http://purl.org/dc/elements/1.1/", "creator"), (nil, "dc:creator"): creator = creator ?? BlogText.name(e.text)
            case ("http://purl.org/dc/elements/1.1/", "date"), (nil, "dc:date"): dcDate = dcDate ?? e.text
            case ("http://www.w3.org/2005/Atom", "updated"), (nil, "atom:updated"): updated = updated ?? e.text
            case ("http://purl.org/rss/1.0/modules/content/", "encoded"), (nil, "content:encoded"): content = content ?? e.text
            case ("http://purl.org/rss/1.0/modules/slash/", "comments"), (nil, "slash:comments"):
                commentCount = BlogText.value(e.text).flatMap { Int($0) }
            default: break
            }
        }
    }

    /// RSS `<author>` is `email (Name)` or a bare address: the name, never the address.
    static func nameFromRSSAuthor(_ s: String) -> String? {
        if let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")"), open < close {
            return BlogText.name(String(s[s.index(after: open)..<close]))
        }
        return BlogText.name(s)
    }
}
