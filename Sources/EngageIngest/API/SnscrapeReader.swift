import EngageCore
import Foundation

/// snscrape's Twitter JSON Lines (`snscrape --jsonl twitter-user …`, `twitter-search …`): one tweet
/// per line with its user, counts (`replyCount`, `retweetCount`, `likeCount`, `quoteCount`, later
/// `viewCount`) and nested retweeted/quoted tweets. Detected by `_type`; counts are as of the file's
/// modification date (the lines carry no scrape time).
enum SnscrapeReader: SourceReader {
    static var format: SourceFormat { .snscrape }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard let s = JSONShape(input), let type = s.strings["_type"] else { return false }
        return type.hasPrefix("snscrape.modules.twitter.")
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let (entry, source, layout) = try JSONRecords.open(input)
        let asOf = input.modificationDate(of: entry)
        return try FeedReading.read(input, entry: entry, format: format, context: context) { sink in
            var scan = FeedReading.Scan(role: "tweets")
            scan.variant = layout.rawValue
            scan.countsAsOf = asOf
            var otherTypes = 0
            try JSONRecords.forEach(source, layout: layout, bad: sink.badRecord,
                                    parse: { c in try SnscrapeTweet.parse(&c) }) { t, position in
                guard t.type == nil || t.type == "snscrape.modules.twitter.Tweet" else {
                    // Users, TweetRefs or other modules' items: not posts.
                    otherTypes += 1
                    sink.goodRecord()
                    return
                }
                for u in ([t.user, t.inReplyToUser] + (t.retweeted + t.quoted).map(\.user)).compactMap({ $0 }) {
                    sink.account(u.ref, u.account(asOf: asOf))
                }
                do {
                    try sink.post(try t.post(source: input.path, asOf: asOf, at: position, light: sink.light), asOf: asOf)
                } catch let e as EngageError where e.code == .invalidRecord {
                    sink.badRecord(e.located(in: source.name))
                }
                for nested in t.retweeted + t.quoted {
                    if let p = try? nested.post(source: input.path, asOf: asOf, at: position, light: sink.light) { sink.referenced(p, asOf: asOf) }
                }
            }
            if otherTypes > 0 { scan.notes.append("\(otherTypes) lines are not tweets (users or bare references) and were skipped") }
            if asOf != nil {
                scan.notes.append("counts as of the file's modification date: snscrape lines do not say when they were scraped")
            }
            return scan
        }
    }
}
