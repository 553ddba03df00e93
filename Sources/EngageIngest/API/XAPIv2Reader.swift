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
            var lastURL: String?
            var lastOwner: String?
            var builder = XV2PostBuilder(source: input.path)
            try JSONRecords.forEach(source, layout: layout, bad: sink.badRecord, parse: { c in try XV2Record.parse(&c, light: sink.light) }) { record, position in
                let asOf = record.retrievedAt.flatMap(DateParser.parse)
                if let asOf { retrieved.append(asOf) }
                if record.isFlattened { flattened += 1 } else { pages += 1 }
                for e in record.errors { errors[e, default: 0] += 1 }
                if let url = record.requestURL {
                    if url != lastURL {
                        lastURL = url
                        lastOwner = requestOwner(url)
                    }
                    if let owner = lastOwner { requestOwners.insert(owner) } else { requestsWithoutOwner += 1 }
                }
                builder.asOf = asOf
                builder.users = [:]
                builder.media = [:]
                for u in record.users {
                    if let id = u.id { builder.users[id] = u }
                    sink.account(u.ref, u.account(asOf: asOf))
                }
                for _ in 0..<record.dataUsers { sink.goodRecord() }
                for m in record.media { if let k = m.key { builder.media[k] = m } }
                if record.tweets.isEmpty, record.dataUsers == 0 { sink.goodRecord() }
                for t in record.tweets {
                    for u in [t.author, t.inReplyToUser].compactMap({ $0 }) + t.expandedReferences.compactMap(\.author) {
                        if let id = u.id { builder.users[id] = u }
                        sink.account(u.ref, u.account(asOf: asOf))
                    }
                }
                for t in record.tweets {
                    do {
                        try sink.post(try builder.post(t, at: position, light: sink.light), asOf: asOf, newestVersion: t.editHistory.last)
                    } catch let e as EngageError where e.code == .invalidRecord {
                        sink.badRecord(e.located(in: source.name))
                    }
                    for r in t.expandedReferences {
                        if let p = try? builder.post(r, at: position, light: sink.light) {
                            sink.referenced(p, asOf: asOf, newestVersion: r.editHistory.last)
                        }
                    }
                }
                for t in record.includedTweets {
                    if let p = try? builder.post(t, at: position, light: sink.light) {
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
        let bytes = Array(url.utf8)
        if let r = find(Array("/2/users/".utf8), in: bytes) {
            let rest = bytes[r...]
            let id = rest.prefix { $0 >= 48 && $0 <= 57 }
            let after = Array(rest.dropFirst(id.count).prefix(9))
            if !id.isEmpty, after.starts(with: Array("/tweets".utf8)) || after.starts(with: Array("/mentions".utf8)) {
                return String(decoding: id, as: UTF8.self)
            }
        }
        guard let q = find(Array("query=".utf8), in: bytes) else { return nil }
        let decoded = percentDecoded(bytes[q...].prefix { $0 != UInt8(ascii: "&") })
        let terms = decoded.split(separator: " ")
        let froms = terms.filter { $0.hasPrefix("from:") }
        guard froms.count == 1, !terms.contains("OR") else { return nil }
        let handle = froms[0].dropFirst(5).filter { $0 != "(" && $0 != ")" && $0 != "@" }
        return handle.isEmpty ? nil : "@" + handle
    }

    /// A URL query value decoded: `+` is a space, `%XX` a byte.
    private static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var i = bytes.startIndex
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 65...70: return c - 55
            case 97...102: return c - 87
            default: return nil
            }
        }
        while i < bytes.endIndex {
            let c = bytes[i]
            if c == UInt8(ascii: "+") {
                out.append(0x20)
            } else if c == UInt8(ascii: "%"), i + 2 < bytes.endIndex, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 2
            } else {
                out.append(c)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The index just after the first occurrence of `needle` in `bytes`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }
}
