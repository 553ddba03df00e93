import EngageCore
import Foundation

/// What `engage inspect` shows: each source's format and owner, posts by kind and year, the date
/// range, replies by status and type, and every warning and unread file.
public struct InspectReport: Sendable {
    /// The JSON schema version of ``json()``. Bump on any incompatible change.
    public static let schemaVersion = 1

    public var sources: [SourceInfo]
    public var tally: PostTally
    public var diagnostics: [Diagnostic]

    public init(sources: [SourceInfo], tally: PostTally, diagnostics: [Diagnostic]) {
        self.sources = sources
        self.tally = tally
        self.diagnostics = diagnostics
    }

    /// Files that failed to read.
    public var unread: [(String, FileReport)] {
        sources.flatMap { s in s.files.filter { $0.status == .failed }.map { (s.path, $0) } }
    }

    /// The JSON form (documented in docs/json-output.md).
    public func json() -> String {
        var w = JSONWriter(indent: 2)
        w.object { w in
            w.key("schemaVersion"); w.int(Self.schemaVersion)
            writeMembers(to: &w)
        }
        return w.output
    }

    /// Writes the members every report shares (`sources`, `posts`, `replies`, `firstPost`, `lastPost`,
    /// `warnings`, `unread`) into the object being written.
    public func writeMembers(to w: inout JSONWriter) {
            w.key("sources"); w.array { w in for s in sources { SourceJSON.write(s, to: &w) } }
            w.key("posts"); w.object { w in
                w.key("total"); w.int(tally.posts)
                w.key("byKind"); w.object { w in
                    for kind in [PostKind.original, .reply, .selfReply, .repost, .quote] {
                        w.key(kind.rawValue); w.int(tally.postsByKind[kind] ?? 0)
                    }
                }
                w.key("byYear"); w.object { w in
                    for (year, n) in tally.postsByYear.sorted(by: { $0.key < $1.key }) {
                        w.key(String(year)); w.int(n)
                    }
                }
                w.key("withoutDate"); w.int(tally.postsWithoutDate)
                w.key("deleted"); w.int(tally.deleted)
                w.key("unpublished"); w.int(tally.unpublished)
            }
            w.key("replies"); w.object { w in
                w.key("total"); w.int(tally.replies)
                w.key("byStatus"); w.object { w in
                    for s in ModerationStatus.allCases { w.key(s.rawValue); w.int(tally.repliesByStatus[s] ?? 0) }
                }
                w.key("byKind"); w.object { w in
                    for t in CommentType.allCases { w.key(t.rawValue); w.int(tally.repliesByType[t] ?? 0) }
                }
                w.key("byOwner"); w.int(tally.ownerReplies)
            }
            w.key("firstPost"); w.date(tally.firstPost)
            w.key("lastPost"); w.date(tally.lastPost)
            w.key("warnings"); w.array { w in for d in diagnostics { DiagnosticJSON.write(d, to: &w) } }
            w.key("unread"); w.array { w in
                for (path, f) in unread {
                    w.object { w in
                        w.key("source"); w.string(path)
                        w.key("file"); w.string(f.entry)
                        w.key("reason"); w.string(f.reason)
                    }
                }
            }
    }

    /// The terminal form.
    public func text() -> String {
        sourcesText() + "\n" + countsText() + problemsText()
    }

    /// Each source: format, owner, counts date, files and notes.
    public func sourcesText() -> String {
        var out = ""
        for s in sources {
            out += "\(s.path)\n"
            out += "  format:   \(s.format.rawValue)\(s.variant.map { " (\($0))" } ?? "")\n"
            if let o = s.owner { out += "  owner:    \(TextFormat.account(o))\n" }
            if let asOf = s.countsAsOf { out += "  counts as of \(DateParser.iso8601(asOf))\n" }
            out += "  records:  \(TextFormat.int(s.records))\n"
            for f in s.files where f.status != .skipped {
                let status = f.status == .read ? "" : "  NOT READ: \(f.reason ?? "failed")"
                out += "    \(f.entry)  \(f.role), \(TextFormat.int(f.records)) records\(status)\n"
            }
            for n in s.notes { out += "  note: \(n)\n" }
        }
        return out
    }

    /// Posts by kind and year, items counted apart, replies by status and kind.
    public func countsText() -> String {
        var out = "posts: \(TextFormat.int(tally.posts))"
        if let a = tally.firstPost, let b = tally.lastPost {
            out += "  (\(TextFormat.day(a)) – \(TextFormat.day(b)))"
        }
        out += "\n"
        for kind in [PostKind.original, .reply, .selfReply, .repost, .quote] {
            out += "  \(TextFormat.pad(kind.rawValue, 10)) \(TextFormat.rightInt(tally.postsByKind[kind] ?? 0, 9))\n"
        }
        if !tally.postsByYear.isEmpty {
            out += "by year:\n"
            for (year, n) in tally.postsByYear.sorted(by: { $0.key < $1.key }) {
                out += "  \(year)       \(TextFormat.rightInt(n, 9))\n"
            }
        }
        if tally.postsWithoutDate > 0 { out += "without a date: \(TextFormat.int(tally.postsWithoutDate))\n" }
        if tally.deleted > 0 { out += "deleted by the owner (kept apart): \(TextFormat.int(tally.deleted))\n" }
        if tally.unpublished > 0 { out += "drafts, pages and other items (counted apart): \(TextFormat.int(tally.unpublished))\n" }
        if tally.replies > 0 {
            out += "replies and comments: \(TextFormat.int(tally.replies))\n"
            let statuses = ModerationStatus.allCases.compactMap { s in tally.repliesByStatus[s].map { "\(s.rawValue) \($0)" } }
            if !statuses.isEmpty { out += "  by status: \(statuses.joined(separator: ", "))\n" }
            let types = CommentType.allCases.compactMap { t in tally.repliesByType[t].map { "\(t.rawValue) \($0)" } }
            out += "  by kind:   \(types.joined(separator: ", "))\n"
            if tally.ownerReplies > 0 { out += "  by the owner: \(tally.ownerReplies)\n" }
        }
        return out
    }

    /// Warnings and files not read (empty when there are none).
    public func problemsText() -> String {
        var out = ""
        if !diagnostics.isEmpty {
            out += "\nwarnings (\(diagnostics.count)):\n"
            for d in diagnostics.prefix(50) { out += "  \(d)\n" }
            if diagnostics.count > 50 { out += "  … and \(diagnostics.count - 50) more (--format json lists all)\n" }
        }
        let unread = self.unread
        if !unread.isEmpty {
            out += "\nNOT READ (\(unread.count) files; their posts are missing from every count):\n"
            for (path, f) in unread { out += "  \(path): \(f.entry): \(f.reason ?? "failed")\n" }
        }
        return out
    }
}
