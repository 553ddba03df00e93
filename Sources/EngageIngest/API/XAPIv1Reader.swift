import EngageCore
import Foundation

/// X API v1.1 statuses: a JSON array, JSON Lines (one status per line, as streaming and most tools
/// write them) or whole documents. The embedded `user` becomes an account; retweeted and quoted
/// statuses are references. The file carries no retrieval time: counts are as of its modification date.
enum XAPIv1Reader: SourceReader {
    static var format: SourceFormat { .xAPIv1 }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard let s = JSONShape(input), !s.hasAny("_type", "data", "account", "ancestors", "author_id") else { return false }
        return s.hasAny("id_str", "id") && s.hasAny("full_text", "text", "extended_tweet")
            && s.hasAny("user", "id_str", "in_reply_to_status_id_str", "retweet_count", "favorite_count")
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let (entry, source, layout) = try JSONRecords.open(input)
        let asOf = input.modificationDate(of: entry)
        return try FeedReading.read(input, entry: entry, format: format, context: context) { sink in
            var scan = FeedReading.Scan(role: "statuses")
            scan.variant = layout.rawValue
            scan.countsAsOf = asOf
            let builder = XV1PostBuilder(source: input.path, asOf: asOf)
            try JSONRecords.forEach(source, layout: layout, bad: sink.badRecord,
                                    parse: { c in try XV1Status.parse(&c) }) { status, position in
                for u in ([status.user] + (status.retweeted + status.quotedStatus).map(\.user)).compactMap({ $0 }) {
                    sink.account(u.ref, u.account(asOf: asOf))
                }
                do {
                    try sink.post(try builder.post(status, at: position, light: sink.light), asOf: asOf)
                } catch let e as EngageError where e.code == .invalidRecord {
                    sink.badRecord(e.located(in: source.name))
                }
                for embedded in status.retweeted + status.quotedStatus {
                    if let p = try? builder.post(embedded, at: position, light: sink.light) { sink.referenced(p, asOf: asOf) }
                }
            }
            if asOf != nil {
                scan.notes.append("counts as of the file's modification date: v1.1 statuses do not say when they were read")
            }
            return scan
        }
    }
}
