import EngageCore
import EngageXML
import Foundation

/// A Disqus XML export: categories, then every thread (one per page that embedded Disqus), then every
/// post (comment). Streamed with libxml2's reader, element by element.
///
/// Threads are merged into articles by normalised page address (an article reached over http and https,
/// with and without `www.`, is one), and each article is one post (id = that address) so that comments
/// have a record to answer; articles without comments are kept (they had none). A comment's `replyTo`
/// is its `<parent>` comment, else its article. `isSpam` is the source's spam label and `spam` status;
/// `isDeleted` means removed by a moderator (`trash`, flagged `moderatorDeleted`, a weak spam signal:
/// moderators delete spam rather than flag it); `isApproved` false is `pending`. The owner replies
/// under a username that also authors the site's threads. E-mail and IP addresses are never read.
enum DisqusReader: SourceReader {
    static var format: SourceFormat { .disqus }
    static let internals = "http://disqus.com/disqus-internals"

    static func recognizes(_ input: InputContainer) -> Bool {
        guard input.kind == .file, let s = XMLSniff(input.sniff(input.entries[0])) else { return false }
        return s.rootLocalName == "disqus" && s.rootTag.contains("disqus.com")
    }

    /// One article (merged threads).
    struct Article {
        var id: String
        var title: String?
        var link: String?
        var created: Date?
        var author: AuthorRef?
        var deleted = true
        var line: Int?
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let entry = input.entries[0]
        let name = input.displayName(entry)
        let reader = try MarkupStreamReader(source: input.source(entry))
        var articles: [String: Article] = [:]       // by article id
        var articleOrder: [String] = []
        var threadToArticle: [String: String] = [:]  // dsq thread id → article id
        var ownerHandles: Set<String> = []
        var forum: String?
        var emittedArticles = false
        var warnings = WarningTally()
        var threads = 0, comments = 0

        func emitArticles() throws {
            guard !emittedArticles else { return }
            emittedArticles = true
            for id in articleOrder {
                guard let a = articles[id] else { continue }
                let post = Post(platform: .disqus, id: a.id, author: a.author, createdAt: a.created, text: "",
                                title: a.title, kind: .original, url: a.link, byOwner: true,
                                flags: a.deleted ? [.deleted] : [], provenance: Provenance(source: input.path, line: a.line))
                try context.emit(post)
            }
        }

        var more = try reader.read()
        while more {
            guard reader.isElement, reader.depth == 1 else {
                more = try reader.read()
                continue
            }
            let node = try reader.expand()
            let dsqID = node.attribute("id", namespace: internals) ?? node.attribute("id")
            if node.isNamed("thread") {
                threads += 1
                let t = fields(node)
                if forum == nil { forum = BlogText.value(t["forum"]) }
                let link = BlogText.value(t["link"])
                let articleID = BlogURL.normalized(link) ?? BlogText.value(t["id"]) ?? "thread-\(dsqID ?? String(threads))"
                if let dsqID { threadToArticle[dsqID] = articleID }
                let author = person(node)
                if let h = author?.handle { ownerHandles.insert(h.lowercased()) }
                var a = articles[articleID] ?? Article(id: articleID, line: node.line)
                if articles[articleID] == nil { articleOrder.append(articleID) }
                a.title = a.title ?? BlogText.name(t["title"])
                a.link = a.link ?? link
                if let d = t["createdAt"].flatMap({ DateParser.parse($0) }), a.created.map({ d < $0 }) ?? true { a.created = d }
                a.author = a.author ?? author
                if t["isDeleted"] != "true" { a.deleted = false }
                articles[articleID] = a
            } else if node.isNamed("post") {
                try emitArticles()
                comments += 1
                let p = fields(node)
                let threadRef = node.firstElement(named: "thread").flatMap { $0.attribute("id", namespace: internals) ?? $0.attribute("id") }
                let parentRef = node.firstElement(named: "parent").flatMap { $0.attribute("id", namespace: internals) ?? $0.attribute("id") }
                var flags: PostFlags = []
                let article = threadRef.flatMap { threadToArticle[$0] }
                if article == nil {
                    flags.insert(.orphan)
                    warnings.add("unknown-thread", "a post names a thread that is not in the export", line: node.line)
                }
                let conversation = article ?? threadRef.map { "thread-\($0)" }
                let isSpam = p["isSpam"] == "true"
                let isDeleted = p["isDeleted"] == "true"
                let moderation: ModerationStatus
                if isDeleted {
                    moderation = .trash
                    flags.insert(.moderatorDeleted)
                } else if isSpam {
                    moderation = .spam
                } else if p["isApproved"] == "false" {
                    moderation = .pending
                } else {
                    moderation = .approved
                }
                let created = p["createdAt"].flatMap { DateParser.parse($0) }
                if created == nil { flags.insert(.dateApproximate) }
                let author = person(node)
                let body = BlogText.body(p["message"])
                guard let id = dsqID else {
                    warnings.add("missing-id", "a post has no dsq:id: skipped", line: node.line)
                    more = try reader.skipSubtree()
                    continue
                }
                let post = Post(platform: .disqus, id: id, author: author, createdAt: created, text: body.text,
                                kind: .reply, replyTo: parentRef ?? conversation, conversation: conversation,
                                urls: body.urls, media: body.media, commentType: .comment, moderation: moderation,
                                byOwner: author?.handle.map { ownerHandles.contains($0.lowercased()) } ?? false,
                                sourceSpamLabel: p["isSpam"].map { $0 == "true" }, flags: flags,
                                provenance: Provenance(source: input.path, line: node.line))
                try context.emit(post)
            }
            more = try reader.skipSubtree()
        }
        try emitArticles()
        warnings.flush(to: context, file: name)
        var info = SourceInfo(path: input.path, format: format, variant: nil,
                              owner: forum.map { Account(platform: .disqus, handle: $0, name: $0) },
                              files: [FileReport(entry: entry, role: "threads and comments", records: context.emitted,
                                                 bytes: input.size(of: entry))])
        info.notes.append("\(threads) Disqus threads merged into \(articles.count) articles; \(comments) comments")
        info.notes.append("Disqus exports carry no likes or votes; moderators delete spam rather than flag it (deleted comments are flagged moderatorDeleted)")
        return info
    }

    /// The text of each direct child element by local name (first wins).
    static func fields(_ node: MarkupNode) -> [String: String] {
        var out: [String: String] = [:]
        node.forEachElement { e in
            let k = e.localName
            if out[k] == nil, k != "author", k != "email", k != "ipAddress" { out[k] = e.text }
        }
        return out
    }

    /// The `<author>` of a thread or post: name and username (never e-mail).
    static func person(_ node: MarkupNode) -> AuthorRef? {
        guard let a = node.firstElement(named: "author") else { return nil }
        var name: String?, username: String?, anonymous = false
        a.forEachElement { e in
            switch e.localName {
            case "name": name = BlogText.name(e.text)
            case "username": username = BlogText.notEmail(BlogText.value(e.text))
            case "isAnonymous": anonymous = BlogText.value(e.text) == "true"
            default: break
            }
        }
        if name == nil && username == nil { return nil }
        return AuthorRef(handle: anonymous ? nil : username, name: name)
    }
}
