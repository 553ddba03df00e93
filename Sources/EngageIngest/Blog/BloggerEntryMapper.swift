import EngageCore

/// Turns Blogger entries (classic export or Takeout) into posts and comments. Both formats are read as
/// whole documents (exports are small) so that comments can be matched to posts written later in the
/// file: the blog's authors are known before any comment is mapped.
struct BloggerEntryMapper {
    /// What an entry is.
    enum Kind { case post, page, comment, other(String) }

    let context: IngestContext
    let source: String
    let entry: String?
    var warnings = WarningTally()
    /// Profile URIs and names of the blog's authors (feed author and every post author).
    private var ownerURIs: Set<String> = []
    private var ownerNames: Set<String> = []
    private(set) var skipped: [String: Int] = [:]

    init(context: IngestContext, source: String, entry: String?) {
        self.context = context
        self.source = source
        self.entry = entry
    }

    /// Remembers an author of the blog (the feed's author, a post's author).
    mutating func addOwner(_ p: AtomEntry.Person) {
        if let uri = p.uri { ownerURIs.insert(uri) }
        if let name = BlogText.realName(p.name) { ownerNames.insert(name.lowercased()) }
    }

    /// Emits a post or page.
    mutating func emitPost(_ e: AtomEntry, kind: Kind, draft: Bool) throws {
        guard let id = e.id else {
            warnings.add("missing-id", "a Blogger entry has no <id>: skipped", line: e.line)
            return
        }
        var flags: PostFlags = []
        if case .page = kind { flags.insert(.notAPost) }
        if draft { flags.insert(.draft) }
        let date = BlogDate([.exact(e.published), .exact(e.updated)])
        if date.approximate { flags.insert(.dateApproximate) }
        let author = e.authors.first
        let post = Post(platform: .blogger, id: id,
                        author: AuthorRef(name: BlogText.realName(author?.name), url: author?.uri),
                        createdAt: date.date, text: e.contentText ?? "", title: e.title, kind: .original,
                        url: e.alternate, urls: e.contentURLs, media: e.contentImages.map { Media(kind: .photo, url: $0) },
                        metrics: Metrics(replies: e.threadTotal), byOwner: true, flags: flags,
                        provenance: Provenance(source: source, entry: entry, line: e.line))
        try context.emit(post)
    }

    /// Emits a comment on `postID`, answering `parentID` when it is a reply to another comment.
    mutating func emitComment(_ e: AtomEntry, postID: String?, parentID: String?, moderation: ModerationStatus?) throws {
        guard let id = e.id else {
            warnings.add("missing-id", "a Blogger comment has no <id>: skipped", line: e.line)
            return
        }
        var flags: PostFlags = []
        if postID == nil {
            flags.insert(.orphan)
            warnings.add("orphan-comment", "a comment does not name its post", line: e.line)
        }
        let date = BlogDate([.exact(e.published), .exact(e.updated)])
        if date.approximate { flags.insert(.dateApproximate) }
        let author = e.authors.first
        let name = BlogText.realName(author?.name)
        let byOwner = (author?.uri.map { ownerURIs.contains($0) } ?? false)
            || (name.map { ownerNames.contains($0.lowercased()) } ?? false)
        let post = Post(platform: .blogger, id: id, author: AuthorRef(name: name, url: author?.uri),
                        createdAt: date.date, text: e.contentText ?? "", kind: .reply,
                        replyTo: parentID ?? postID, conversation: postID, url: e.alternate, urls: e.contentURLs,
                        commentType: .comment, moderation: moderation, byOwner: byOwner, flags: flags,
                        provenance: Provenance(source: source, entry: entry, line: e.line))
        try context.emit(post)
    }

    /// Counts an entry that is neither post, page nor comment (settings, template).
    mutating func skip(_ kind: String) { skipped[kind, default: 0] += 1 }

    /// Notes for the source: what was not read.
    var notes: [String] {
        guard !skipped.isEmpty else { return [] }
        return ["entries that are not content, not read: "
                + skipped.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")]
    }
}
