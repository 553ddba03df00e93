import EngageCore
import EngageXML

/// An Atom feed (a competitor's blog, a Blogger or WordPress Atom feed). Entries with
/// `thr:in-reply-to` are comments on the entry they name; the others are posts, with `thr:total` (or a
/// `replies` link's `thr:count`) as the platform's comment count. A feed holds only the latest entries,
/// which the source notes say.
enum AtomFeedReader: SourceReader {
    static var format: SourceFormat { .atom }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard input.kind == .file, let s = XMLSniff(input.sniff(input.entries[0], count: 16_384)),
              s.rootLocalName == "feed" else { return false }
        return s.rootTag.contains("http://www.w3.org/2005/Atom") || s.rootTag.contains("purl.org/atom/ns#")
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let entry = input.entries[0]
        let name = input.displayName(entry)
        let doc = try MarkupDocument.parseXML(input.read(entry), name: name, recover: true)
        guard let root = doc.root else { throw EngageError(.malformedXML, "no root element", file: name) }
        var feed = AtomEntry(root)
        var generator: String?
        root.forEachElement { e in
            if AtomName(e) == .atom("generator") { generator = BlogText.value(e.text) }
        }
        feed.contentText = nil
        let site = FeedSite(generator: generator, link: feed.alternate)
        var entries: [AtomEntry] = []
        root.forEachElement { e in
            if AtomName(e) == .atom("entry") { entries.append(AtomEntry(e)) }
        }
        var warnings = WarningTally()
        for e in entries {
            var flags: PostFlags = doc.recovered ? [.recovered] : []
            let date = BlogDate([.exact(e.published), .exact(e.updated)])
            if date.approximate { flags.insert(.dateApproximate) }
            let author = e.authors.first
            guard let id = e.id ?? e.alternate else {
                warnings.add("missing-id", "an entry has no id or link: skipped", line: e.line)
                continue
            }
            if e.isDraft { flags.insert(.draft) }
            let text = e.contentText ?? e.summaryText ?? ""
            if let parent = e.inReplyToRef {
                try context.emit(Post(platform: site.platform, id: id, author: AuthorRef(name: author?.name, url: author?.uri),
                                      createdAt: date.date, text: text, kind: .reply, replyTo: parent, conversation: parent,
                                      url: e.alternate, urls: e.contentURLs, commentType: .comment, flags: flags,
                                      provenance: Provenance(source: input.path, line: e.line)))
            } else {
                try context.emit(Post(platform: site.platform, id: id, author: AuthorRef(name: author?.name, url: author?.uri),
                                      createdAt: date.date, text: text, title: e.title, kind: .original, url: e.alternate,
                                      urls: e.contentURLs, media: e.contentImages.map { Media(kind: .photo, url: $0) },
                                      metrics: Metrics(replies: e.threadTotal), byOwner: true, flags: flags,
                                      provenance: Provenance(source: input.path, line: e.line)))
            }
        }
        if doc.recovered { context.warn("recovered-xml", "malformed XML read in recover mode", file: name) }
        warnings.flush(to: context, file: name)
        var info = SourceInfo(path: input.path, format: format,
                              owner: Account(platform: site.platform, handle: site.host, name: feed.title, url: feed.alternate),
                              countsAsOf: input.modificationDate(of: entry),
                              files: [FileReport(entry: entry, role: "entries", records: context.emitted, bytes: input.size(of: entry))])
        info.notes.append(FeedSite.partialNote(items: entries.count))
        return info
    }
}
