import Foundation
import EngageCore
import EngageXML

/// Blogger's classic "Back up content" export: an Atom feed whose entries are posts, pages, comments,
/// settings and the template, told apart by a `kind#…` category. Comments name their post with
/// `thr:in-reply-to`; drafts carry `app:control/app:draft` (the `app` prefix sometimes undeclared).
/// The export has no spam field: its comments are the published ones.
enum BloggerClassicReader: SourceReader {
    static var format: SourceFormat { .bloggerClassic }

    static let kindScheme = "http://schemas.google.com/g/2005#kind"

    static func recognizes(_ input: InputContainer) -> Bool {
        guard input.kind == .file, let sniff = XMLSniff(input.sniff(input.entries[0], count: 65_536)),
              sniff.rootLocalName == "feed" else { return false }
        if sniff.head.contains("schemas.google.com/blogger/2018") { return false }  // Takeout
        return sniff.head.contains("schemas.google.com/blogger/2008/kind#")
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let entry = input.entries[0]
        let name = input.displayName(entry)
        let doc = try MarkupDocument.parseXML(input.read(entry), name: name, recover: true)
        guard let root = doc.root else { throw EngageError(.malformedXML, "no root element", file: name) }
        var mapper = BloggerEntryMapper(context: context, source: input.path, entry: nil)
        var entries: [AtomEntry] = []
        var feed = AtomEntry(root)
        feed.contentText = nil
        root.forEachElement { e in
            if AtomName(e) == .atom("entry") { entries.append(AtomEntry(e)) }
        }
        feed.authors.forEach { mapper.addOwner($0) }
        let kinds = entries.map(kind)
        for (e, k) in zip(entries, kinds) {
            if case .post = k { e.authors.first.map { mapper.addOwner($0) } }
        }
        for (e, k) in zip(entries, kinds) {
            switch k {
            case .post, .page:
                try mapper.emitPost(e, kind: k, draft: e.isDraft)
            case .comment:
                try mapper.emitComment(e, postID: e.inReplyToRef, parentID: parentComment(e),
                                       moderation: e.isDraft ? .pending : .approved)
            case .other(let what):
                mapper.skip(what)
            }
        }
        if doc.recovered {
            context.warn("recovered-xml", "malformed XML: read in recover mode (\(doc.issues.first { $0.level == .fatal }?.description ?? ""))",
                         file: name)
        }
        mapper.warnings.flush(to: context, file: name)
        var info = SourceInfo(path: input.path, format: format, variant: "Blogger classic export",
                              owner: owner(feed), files: [FileReport(entry: entry, role: "posts and comments",
                                                                     records: context.emitted, bytes: input.size(of: entry))])
        info.notes = mapper.notes + ["Blogger exports carry no spam queue: comment counts are lower bounds"]
        return info
    }

    /// The entry's kind from its `kind#…` category (no category: a post when it has content).
    static func kind(_ e: AtomEntry) -> BloggerEntryMapper.Kind {
        guard let term = e.categories.first(where: { $0.scheme == kindScheme })?.term,
              let hash = term.lastIndex(of: "#") else {
            return e.inReplyToRef != nil ? .comment : .post
        }
        switch term[term.index(after: hash)...] {
        case "post": return .post
        case "page": return .page
        case "comment": return .comment
        case let other: return .other(String(other))
        }
    }

    /// A reply to a comment names it with `link rel="related"` (its comment feed URL ends with the
    /// comment's number); the id is the post's id with that number.
    static func parentComment(_ e: AtomEntry) -> String? {
        guard let related = e.link("related"), let postRef = e.inReplyToRef,
              let number = related.split(separator: "/").last, number.allSatisfy(\.isNumber),
              let range = postRef.range(of: "post-", options: .backwards) else { return nil }
        return String(postRef[..<range.upperBound]) + String(number)
    }

    static func owner(_ feed: AtomEntry) -> Account? {
        let url = feed.alternate
        guard feed.title != nil || url != nil else { return nil }
        return Account(platform: .blogger, handle: BlogText.host(url), name: feed.title, url: url)
    }
}
