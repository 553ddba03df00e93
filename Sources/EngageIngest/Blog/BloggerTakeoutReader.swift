import EngageCore
import EngageXML

/// Blogger's export from Google Takeout (`Takeout/Blogger/Blogs/<blog>/feed.atom`): Atom entries with
/// `blogger:type` POST / PAGE / COMMENT and `blogger:status` (LIVE is published). A comment names its
/// post with `blogger:parent` and the comment it answers with `blogger:inReplyTo`; `blogger:trashed`
/// holds a time when the item was trashed. Reads a single `feed.atom`, or every one in a Takeout
/// folder or zip.
enum BloggerTakeoutReader: SourceReader {
    static var format: SourceFormat { .bloggerTakeout }

    static func recognizes(_ input: InputContainer) -> Bool { !feeds(input).isEmpty }

    static func feeds(_ input: InputContainer) -> [String] {
        let candidates = input.kind == .file ? input.entries : input.entries(named: { $0.hasSuffix(".atom") || $0.hasSuffix(".xml") })
        return candidates.filter { entry in
            guard let s = XMLSniff(input.sniff(entry, count: 16_384)), s.rootLocalName == "feed" else { return false }
            return s.head.contains("schemas.google.com/blogger/2018")
        }
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        var info = SourceInfo(path: input.path, format: format, variant: "Google Takeout feed.atom")
        var notes: [String] = []
        for entry in feeds(input) {
            let name = input.displayName(entry)
            let doc = try MarkupDocument.parseXML(input.read(entry), name: name, recover: true)
            guard let root = doc.root else { continue }
            let before = context.emitted
            var mapper = BloggerEntryMapper(context: context, source: input.path, entry: input.kind == .file ? nil : entry)
            let feed = AtomEntry(root)
            feed.authors.forEach { mapper.addOwner($0) }
            var entries: [AtomEntry] = []
            root.forEachElement { e in
                if AtomName(e) == .atom("entry") { entries.append(AtomEntry(e)) }
            }
            for e in entries where e.bloggerType?.uppercased() == "POST" { e.authors.first.map { mapper.addOwner($0) } }
            for e in entries {
                let status = e.bloggerStatus?.uppercased() ?? ""
                let trashed = e.bloggerTrashed != nil
                switch e.bloggerType?.uppercased() ?? "" {
                case "POST":
                    try mapper.emitPost(e, kind: .post, draft: status != "LIVE" || trashed)
                case "PAGE":
                    try mapper.emitPost(e, kind: .page, draft: status != "LIVE" || trashed)
                case "COMMENT":
                    let moderation: ModerationStatus?
                    switch (trashed, status) {
                    case (true, _): moderation = .trash
                    case (_, "LIVE"): moderation = .approved
                    case (_, "SPAM"): moderation = .spam
                    case (_, "DRAFT"), (_, "PENDING"), (_, "SCHEDULED"): moderation = .pending
                    case (_, "SOFT_TRASHED"), (_, "DELETED"): moderation = .trash
                    default:
                        moderation = nil
                        mapper.warnings.add("unknown-status", "comment status '\(status)' is not known", line: e.line)
                    }
                    try mapper.emitComment(e, postID: e.bloggerParent, parentID: e.bloggerInReplyTo,
                                           moderation: moderation)
                case let other:
                    mapper.skip(other.isEmpty ? "(no blogger:type)" : other.lowercased())
                }
            }
            if doc.recovered {
                context.warn("recovered-xml", "malformed XML: read in recover mode", file: name)
            }
            mapper.warnings.flush(to: context, file: name)
            notes += mapper.notes
            if info.owner == nil { info.owner = BloggerClassicReader.owner(feed) }
            info.files.append(FileReport(entry: entry, role: "posts and comments", records: context.emitted - before,
                                         bytes: input.size(of: entry)))
        }
        info.notes = notes + ["Blogger exports carry no spam queue: comment counts are lower bounds"]
        return info
    }
}
