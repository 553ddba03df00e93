import EngageCore
import Foundation

/// X API v2 captures: twarc2 JSONL (one response page per line, or flattened tweets), saved response
/// pages, or an array of them. Authors become accounts with their public metrics; counts are as of
/// `__twarc.retrieved_at`; the owner is the account the request names (`users/:id/tweets`,
/// `from:handle`), else the one the posts show (``FeedOwner``).
enum XAPIv2Reader: SourceReader {
    static var format: SourceFormat { .xAPIv2 }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard let s = JSONShape(input), !s.hasAny("_type", "id_str", "account", "ancestors") else { return false }
        if s.keys.contains("data") {
            return s.dataKeys.isEmpty || s.dataKeys.contains("text") || s.dataKeys.contains("author_id")
                || s.dataKeys.contains("edit_history_tweet_ids") || s.dataKeys.contains("username")
        }
        if s.hasAny("includes", "__twarc") && !s.has("id") { return true }
        return s.has("id", "text")
            && s.hasAny("author_id", "edit_history_tweet_ids", "conversation_id", "public_metrics", "__twarc", "author")
            && !s.hasAny("user", "full_text", "rawContent", "content")
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let (entry, source, layout) = try JSONRecords.open(input)
        return try FeedReading.read(input, entry: entry, format: format, context: context) { sink in
            var scan = FeedReading.Scan(role: "tweets")
            var pages = 0
            var flattened = 0
            var errors: [String: Int] = [:]
            var retrieved: [Date] = []
            var requestOwners = Set<String>()
            var requestsWithoutOwner = 0
            var builder = XV2PostBuilder(source: input.path)
            try JSONRecords.forEach(source, layout: layout, bad: sink.badRecord, parse: XV2Record.parse) { record, position in
                let asOf = record.retrievedAt.flatMap(DateParser.parse)
                if let asOf { retrieved.append(asOf) }
                if record.isFlattened { flattened += 1 } else { pages += 1 }
                for e in record.errors { errors[e, default: 0] += 1 }
                if let url = record.requestURL {
                    if let owner = requestOwner(url) { requestOwners.insert(owner) } else { requestsWithoutOwner += 1 }
                }
                builder.asOf = asOf
                builder.users = [:]
                builder.media = [:]
                for u in record.users {
                    if let id = u.id { builder.users[id] = u }
                    sink.account(u.account(asOf: asOf))
                }
                for _ in 0..<record.dataUsers { sink.goodRecord() }
                for m in record.media { if let k = m.key { builder.media[k] = m } }
                if record.tweets.isEmpty, record.dataUsers == 0 { sink.goodRecord() }
                for t in record.tweets {
                    for u in [t.author, t.inReplyToUser].compactMap({ $0 }) + t.expandedReferences.compactMap(\.author) {
                        if let id = u.id { builder.users[id] = u }
                        sink.account(u.account(asOf: asOf))
                    }
                }
                for t in record.tweets {
                    do {
                        try sink.post(try builder.post(t, at: position), asOf: asOf, newestVersion: t.editHistory.last)
                    } catch let e as EngageError where e.code == .invalidRecord {
                        sink.badRecord(e.located(in: source.name))
                    }
                    for r in t.expandedReferences {
                        if let p = try? builder.post(r, at: position) {
                            sink.referenced(p, asOf: asOf, newestVersion: r.editHistory.last)
                        }
                    }
                }
                for t in record.includedTweets {
                    if let p = try? builder.post(t, at: position) {
                        sink.referenced(p, asOf: asOf, newestVersion: t.editHistory.last)
                    }
                }
            }
            var kinds: [String] = []
            if pages > 0 { kinds.append(flattened > 0 ? "\(pages) pages" : "response pages") }
            if flattened > 0 { kinds.append("flattened tweets") }
            scan.variant = ((kinds.isEmpty ? ["empty"] : kinds) + [layout.rawValue]).joined(separator: ", ")
            scan.countsAsOf = retrieved.max()
            if let first = retrieved.min(), let last = retrieved.max(), last.timeIntervalSince(first) > 86_400 {
                scan.notes.append("pages retrieved between \(DateParser.iso8601(first)) and \(DateParser.iso8601(last)); each post keeps its own retrieval time")
            }
            if requestOwners.count == 1, requestsWithoutOwner == 0, let owner = requestOwners.first {
                scan.statedOwner = owner.hasPrefix("@") ? AuthorRef(handle: String(owner.dropFirst())) : AuthorRef(id: owner)
            }
            if !errors.isEmpty {
                let total = errors.values.reduce(0, +)
                let parts = errors.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                scan.notes.append("the pages carry \(total) API errors (\(parts)): referenced posts or users that were deleted, protected or suspended are missing")
            }
            return scan
        }
    }

    /// The account a request is about: `…/2/users/<id>/tweets` or `/mentions` → the id;
    /// `query=from:<handle>` → `@handle`; else nil.
    static func requestOwner(_ url: String) -> String? {
        if let r = url.range(of: "/2/users/") {
            let rest = url[r.upperBound...]
            let id = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(id.count)
            if !id.isEmpty, after.hasPrefix("/tweets") || after.hasPrefix("/mentions") { return String(id) }
        }
        guard let q = url.range(of: "query=") else { return nil }
        let query = String(url[q.upperBound...].prefix { $0 != "&" })
        let decoded = (query.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? query)
        let terms = decoded.split(separator: " ")
        let froms = terms.filter { $0.hasPrefix("from:") }
        guard froms.count == 1, !decoded.contains(" OR ") else { return nil }
        let handle = froms[0].dropFirst(5).trimmingCharacters(in: CharacterSet(charactersIn: "()@"))
        return handle.isEmpty ? nil : "@" + handle
    }
}
