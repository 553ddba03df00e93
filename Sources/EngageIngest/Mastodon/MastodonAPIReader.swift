import EngageCore
import Foundation

/// Mastodon API JSON: a thread (`GET /api/v1/statuses/:id/context` → `{ancestors, descendants}`), a
/// list of statuses (timelines, saved as an array or one status per line) or a single status.
///
/// Statuses carry their counts (`replies_count`, `reblogs_count`, `favourites_count`, as of the file's
/// modification date) and their authors with follower counts, creation date, bio and avatar. Posts are
/// keyed by their ActivityPub URI, like the export's, so a context joins the export's posts. Direct
/// messages are not read; followers-only statuses are flagged `restricted`.
enum MastodonAPIReader: SourceReader {
    static var format: SourceFormat { .mastodonAPI }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard let s = JSONShape(input) else { return false }
        if s.has("ancestors", "descendants") { return true }
        return s.has("account", "content") && s.hasAny("uri", "visibility", "replies_count", "favourites_count")
    }

    /// One record: the statuses of a context (in thread order) or a single status.
    struct Record {
        var statuses: [MastodonStatus] = []
        var isContext = false
        var ancestors = 0

        static func parse(_ c: inout JSONCursor) throws -> Record {
            var r = Record()
            let start = c.position
            var sawContext = false
            var ancestors: [MastodonStatus] = []
            var descendants: [MastodonStatus] = []
            try JSONScan.members(&c) { c, k in
                if k == "ancestors" {
                    sawContext = true
                    try JSONScan.objects(&c) { c in ancestors.append(try MastodonStatus.parse(&c)) }
                } else if k == "descendants" {
                    sawContext = true
                    try JSONScan.objects(&c) { c in descendants.append(try MastodonStatus.parse(&c)) }
                } else {
                    return false
                }
                return true
            }
            if sawContext {
                r.isContext = true
                r.ancestors = ancestors.count
                r.statuses = ancestors + descendants
            } else {
                c.position = start
                r.statuses = [try MastodonStatus.parse(&c)]
            }
            return r
        }
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let (entry, source, layout) = try JSONRecords.open(input)
        let asOf = input.modificationDate(of: entry)
        return try FeedReading.read(input, entry: entry, format: format, context: context) { sink in
            var scan = FeedReading.Scan(role: "statuses", platform: .mastodon)
            scan.countsAsOf = asOf
            var contexts = 0
            var direct = 0
            var localIds: [String: String] = [:]
            var actors: [String: String] = [:]
            try JSONRecords.forEach(source, layout: layout, bad: sink.badRecord, parse: Record.parse) { record, position in
                if record.isContext { contexts += 1 }
                for s in record.statuses + record.statuses.flatMap(\.reblog) {
                    if let id = s.id, let key = s.uri ?? s.url { localIds[id] = key }
                    if let a = s.account, let id = a.id, let actor = a.actor { actors[id] = actor }
                }
                // The thread's root: the first ancestor, else the status the context was asked for
                // (the parent that top-level replies name but the file does not hold).
                var root: String?
                if record.isContext {
                    if record.ancestors > 0 {
                        root = record.statuses[0].uri ?? record.statuses[0].id
                    } else {
                        let held = Set(record.statuses.compactMap(\.id))
                        root = record.statuses.lazy.compactMap(\.inReplyToId).first { !held.contains($0) }
                    }
                }
                for s in record.statuses {
                    if let a = s.account { sink.account(a.ref, a.account(asOf: asOf)) }
                    if MastodonVisibility(api: s.visibility) == .direct {
                        direct += 1
                        sink.goodRecord()
                        continue
                    }
                    do {
                        var post = try s.post(localIds: localIds, actors: actors, source: input.path, asOf: asOf, at: position,
                                              light: sink.light)
                        if let root { post.conversation = localIds[root] ?? root }
                        try sink.post(post, asOf: asOf)
                    } catch let e as EngageError where e.code == .invalidRecord {
                        sink.badRecord(e.located(in: source.name))
                    }
                    for b in s.reblog {
                        if let p = try? b.post(localIds: localIds, actors: actors, source: input.path, asOf: asOf, at: position,
                                                light: sink.light) {
                            sink.referenced(p, asOf: asOf)
                        }
                    }
                }
                if record.statuses.isEmpty { sink.goodRecord() }
            }
            scan.variant = contexts > 0 ? "statuses/:id/context" : "statuses, \(layout.rawValue)"
            if direct > 0 { scan.notes.append("\(direct) direct messages were not read (not public content)") }
            if asOf != nil {
                scan.notes.append("counts as of the file's modification date: API responses do not say when they were fetched")
            }
            return scan
        }
    }
}
