import EngageCore
import Foundation

/// Turns the items of a WordPress export into posts and comments and sends them downstream: posts first,
/// then their comments in export order.
///
/// Ids are scoped by the blog's host (`blog.example.com/42`, `blog.example.com/comment-7`) because
/// WordPress numbers posts and comments per site; a comment's `replyTo` is its parent comment (or the
/// post) and `conversation` the post. Pages, attachments, menu items and custom types are `notAPost`,
/// anything not `publish` is `draft`: both are counted apart by reports, never analysed by default.
struct WXRItemMapper {
    var site = WXRSite()
    let context: IngestContext
    let source: String
    var entry: String?
    var warnings = WarningTally()
    /// Items seen by post type, and unpublished posts by status, for the source notes.
    private(set) var typeCounts: [String: Int] = [:]
    private(set) var unpublishedCounts: [String: Int] = [:]
    private(set) var items = 0
    private(set) var comments = 0
    private(set) var recoveredItems = 0
    private(set) var skippedNotes = 0

    init(context: IngestContext, source: String) {
        self.context = context
        self.source = source
    }

    /// Maps and emits one item.
    ///
    /// - Parameters:
    ///   - recovered: the item was read in recover mode (its text may be incomplete).
    ///   - lineBase: added to libxml2's line numbers (items re-parsed out of their file).
    mutating func emit(_ item: WXRItem, recovered: Bool, lineBase: Int = 0) throws {
        items += 1
        if recovered { recoveredItems += 1 }
        let itemLine = item.line.map { $0 + lineBase }
        let postType = item.postType ?? "post"
        if item.postType == nil {
            warnings.add("missing-post-type", "an item has no wp:post_type: read as a post", line: itemLine)
        }
        typeCounts[postType, default: 0] += 1
        let status = item.status ?? ""
        if item.status == nil {
            warnings.add("missing-status", "an item has no wp:status: counted as unpublished", line: itemLine)
        }
        var flags: PostFlags = []
        if postType != "post" { flags.insert(.notAPost) }
        if status != "publish" {
            flags.insert(.draft)
            if postType == "post" { unpublishedCounts[status.isEmpty ? "(none)" : status, default: 0] += 1 }
        }
        if recovered { flags.insert(.recovered) }

        let postID: String
        if let id = item.postID {
            postID = site.postID(id)
        } else {
            warnings.add("missing-post-id", "an item has no wp:post_id: identified by its guid or link", line: itemLine)
            // `?p=42` in the guid or link is the post id; otherwise the URL itself is a global id.
            let url = BlogText.value(item.guid) ?? BlogText.value(item.link)
            if let n = BlogURL.queryPostID(url) {
                postID = site.postID(n)
            } else {
                postID = url ?? site.postID("item-\(items)")
            }
        }
        let date = BlogDate([.exact(item.postDateGMT), .local(item.postDate), .exact(item.pubDate)])
        if date.approximate { flags.insert(.dateApproximate) }
        if let bad = date.unreadable {
            warnings.add("odd-date", "an item's date '\(bad)' cannot be read: the next date field was used (flagged dateApproximate)",
                         line: itemLine, severity: .note)
        }
        let body = BlogText.body(item.content, newlinesAreBreaks: true)
        let login = BlogText.name(item.creator)
        let post = Post(platform: .wordpress, id: postID,
                        author: AuthorRef(handle: login, name: site.displayName(login: login)),
                        createdAt: date.date, text: BlogText.withoutShortcodes(body.text),
                        title: BlogText.name(item.title), kind: .original, url: BlogText.value(item.link),
                        urls: body.urls, media: body.media, lang: site.language, byOwner: true, flags: flags,
                        provenance: Provenance(source: source, entry: entry, line: itemLine))
        try context.emit(post)

        let commentIDs = Set(item.comments.compactMap(\.id))
        for (n, c) in item.comments.enumerated() {
            try emit(c, index: n, postID: postID, knownIDs: commentIDs, recovered: recovered, lineBase: lineBase)
        }
    }

    private mutating func emit(_ c: WXRComment, index: Int, postID: String, knownIDs: Set<String>, recovered: Bool,
                               lineBase: Int) throws {
        let line = c.line.map { $0 + lineBase }
        let type: CommentType
        switch c.type?.lowercased() ?? "" {
        case "", "comment", "review", "webmention": type = .comment
        case "pingback": type = .pingback
        case "trackback": type = .trackback
        case "order_note", "note", "action_log", "wc_order_note":
            skippedNotes += 1
            return
        default:
            warnings.add("unknown-comment-type", "comment type '\(c.type ?? "")' is not known: read as a comment", line: line)
            type = .comment
        }
        comments += 1
        var flags: PostFlags = recovered ? [.recovered] : []
        let moderation: ModerationStatus?
        switch c.approved?.lowercased() ?? "" {
        case "1", "approve", "approved": moderation = .approved
        case "0", "hold", "unapproved": moderation = .pending
        case "spam": moderation = .spam
        case "trash", "post-trashed": moderation = .trash
        case "":
            moderation = nil
            warnings.add("unknown-moderation", "a comment has an empty wp:comment_approved: its status is unknown", line: line)
        default:
            moderation = nil
            warnings.add("unknown-moderation", "comment status '\(c.approved ?? "")' is not known: its status is unknown",
                         line: line)
        }
        let id = site.commentID(c.id ?? "\(postID.split(separator: "/").last ?? "")-\(index + 1)")
        if c.id == nil { warnings.add("missing-comment-id", "a comment has no wp:comment_id: numbered in its post", line: line) }
        var replyTo = postID
        if let parent = c.parent, parent != "0", !parent.isEmpty {
            replyTo = site.commentID(parent)
            if !knownIDs.contains(parent) { flags.insert(.orphan) }
        }
        let date = BlogDate([.exact(c.dateGMT), .local(c.date)])
        if date.approximate { flags.insert(.dateApproximate) }
        if let bad = date.unreadable {
            warnings.add("odd-date", "a comment's date '\(bad)' cannot be read: the next date field was used (flagged dateApproximate)",
                         line: line, severity: .note)
        }
        let name = BlogText.name(c.author)
        let url = BlogText.url(c.url)
        let userID = c.userID.flatMap { $0 == "0" ? nil : $0 }
        let byOwner: Bool
        if type == .comment {
            byOwner = site.isAuthor(userID: userID, email: c.email, name: name)
        } else {
            // A link notification from the blog itself (WordPress pings its own posts).
            byOwner = site.host != nil && BlogText.host(url) == site.host
        }
        let body = BlogText.body(c.content, newlinesAreBreaks: true)
        let post = Post(platform: .wordpress, id: id, author: AuthorRef(id: userID, name: name, url: url),
                        createdAt: date.date, text: body.text, kind: .reply, replyTo: replyTo,
                        conversation: postID, urls: body.urls, media: body.media, commentType: type,
                        moderation: moderation, byOwner: byOwner,
                        sourceSpamLabel: c.akismet.isSpam ?? (moderation == .spam ? true : nil), flags: flags,
                        provenance: Provenance(source: source, entry: entry, line: line))
        try context.emit(post)
    }

    /// Facts for the source notes: non-post items and unpublished posts counted apart.
    var notes: [String] {
        var out: [String] = []
        let others = typeCounts.filter { $0.key != "post" }.sorted { $0.key < $1.key }
        if !others.isEmpty {
            out.append("items that are not posts, counted apart: "
                       + others.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !unpublishedCounts.isEmpty {
            out.append("unpublished posts, counted apart: "
                       + unpublishedCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if skippedNotes > 0 {
            out.append("\(skippedNotes) private notes stored as comments (order notes, action logs) were not read")
        }
        if recoveredItems > 0 {
            out.append("\(recoveredItems) items were read in recover mode from malformed XML (flagged recovered)")
        }
        return out
    }
}
