import EngageCore
import Foundation

/// The fields engage needs from one X tweet object, read by a forward-only scan over ``JSONCursor``
/// that skips everything else without building a tree (the hot path of archive ingestion).
///
/// One scanner serves every shape of the tweet object: archives of 2018–19 (no wrapper), 2020+
/// (`{"tweet": {…}}`), deleted tweets (`deleted_at`), classic Grailbird month files (`text`, numeric
/// ids, an embedded `user` and `retweeted_status`), and API v1.1 statuses (`quoted_status_id_str`,
/// `is_quote_status`). Numbers may be JSON numbers or strings; ids come from `id_str` when present,
/// because numeric ids above 2^53 lost precision in some files.
struct XTweetObject {
    /// A link entity: the t.co link, its expansion, and its scalar range in the escaped text.
    struct Link {
        var url: String?
        var expanded: String?
        var start = -1
        var end = -1
    }

    /// A mentioned user.
    struct Mention {
        var handle: String?
        var id: String?
        var start = -1
        var end = -1
    }

    /// A media entity.
    struct MediaItem {
        var type: String?
        /// The t.co link in the text.
        var url: String?
        /// `media_url_https` (else `media_url`).
        var mediaURL: String?
        var expanded: String?
        var start = -1
        var end = -1
    }

    /// An embedded status (`retweeted_status`): only who and which.
    struct Embedded {
        var id: String?
        var userId: String?
        var handle: String?
    }

    /// The tweet's own `user` object (Grailbird, API v1.1).
    struct User {
        var id: String?
        var handle: String?
        var name: String?
    }

    /// `id_str`, else the text of `id`.
    var id: String?
    var numericId: String?
    var createdAt: Date?
    /// True when `created_at` was present but unreadable.
    var badDate = false
    /// The text still HTML-escaped (`full_text`, else `text`).
    var text: String?
    /// The client name from the `source` anchor.
    var client: String?
    var lang: String?
    var likes: Int?
    var reposts: Int?
    var replyToStatus: String?
    var replyToUser: String?
    var replyToHandle: String?
    var hashtags: [String] = []
    var mentions: [Mention] = []
    var links: [Link] = []
    /// `extended_entities.media` (all media), else `entities.media` (the first only).
    var media: [MediaItem] = []
    /// The edit chain this tweet belongs to, oldest first (`editTweetIds`); empty when none or when
    /// it holds only the tweet itself.
    var editIds: [String] = []
    var retweeted: Embedded?
    var quotedStatus: String?
    var isQuoteStatus = false
    var user: User?
    var deletedAt: Date?
    /// True when the object was wrapped as `{"tweet": {…}}`.
    var wrapped = false

    /// Scans one tweet object (wrapped or not) at the cursor; `clients` caches decoded client names.
    static func scan(_ c: inout JSONCursor, clients: inout XClientCache) throws -> XTweetObject {
        var t = XTweetObject()
        var entitiesMedia: JSONCursor?
        var extendedMedia: [MediaItem]?
        try t.scanObject(&c, entitiesMedia: &entitiesMedia, extendedMedia: &extendedMedia, clients: &clients, depth: 0)
        if let extendedMedia {
            t.media = extendedMedia
        } else if var m = entitiesMedia {
            // `entities.media` was skipped on the way (it repeats the first of `extended_entities.media`):
            // read it now from where it was, since there was no `extended_entities`.
            t.media = try scanMedia(&m)
        }
        if t.id == nil { t.id = t.numericId }
        return t
    }

    /// Scans one tweet object without a client cache (for small inputs).
    static func scan(_ c: inout JSONCursor) throws -> XTweetObject {
        var clients = XClientCache()
        return try scan(&c, clients: &clients)
    }

    private mutating func scanObject(_ c: inout JSONCursor, entitiesMedia: inout JSONCursor?,
                                     extendedMedia: inout [MediaItem]?, clients: inout XClientCache, depth: Int) throws {
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            let n = k.bytes.count
            switch n {  // key lengths first: one comparison rules out most keys
            case 2:
                if k == "id", id == nil { numericId = try c.readScalarText() } else { try c.skipValue() }
            case 4:
                if k == "lang" { lang = try c.readOptionalString() }
                else if k == "text" { if text == nil { text = try c.readOptionalString() } else { try c.skipValue() } }
                else if k == "user" { user = try Self.scanUser(&c) }
                else { try c.skipValue() }
            case 5:
                if k == "tweet", depth == 0, try c.peek() == UInt8(ascii: "{") {
                    wrapped = true
                    try scanObject(&c, entitiesMedia: &entitiesMedia, extendedMedia: &extendedMedia, clients: &clients, depth: 1)
                } else { try c.skipValue() }
            case 6:
                if k == "id_str" { id = try c.readScalarText() }
                else if k == "source" {
                    if try !c.readNullIfPresent() { client = clients.client(try c.readRawString()) }
                }
                else { try c.skipValue() }
            case 8:
                if k == "entities" { try scanEntities(&c, media: &entitiesMedia) } else { try c.skipValue() }
            case 9:
                if k == "full_text" { text = try c.readOptionalString() }
                else if k == "edit_info" { try scanEditInfo(&c) }
                else { try c.skipValue() }
            case 10:
                if k == "created_at" { try Self.readDate(&c, into: &createdAt, bad: &badDate) }
                else if k == "deleted_at" {
                    var bad = false
                    try Self.readDate(&c, into: &deletedAt, bad: &bad)
                } else { try c.skipValue() }
            case 13:
                if k == "retweet_count" { reposts = try c.readLenientInt() } else { try c.skipValue() }
            case 14:
                if k == "favorite_count" { likes = try c.readLenientInt() } else { try c.skipValue() }
            case 15:
                if k == "is_quote_status" { isQuoteStatus = try c.readLenientBool() ?? false } else { try c.skipValue() }
            case 16:
                if k == "retweeted_status" { retweeted = try Self.scanEmbedded(&c) }
                else if k == "quoted_status_id" {
                    if quotedStatus == nil { quotedStatus = try c.readScalarText() } else { try c.skipValue() }
                } else { try c.skipValue() }
            case 17:
                if k == "extended_entities" { extendedMedia = try Self.scanExtendedEntities(&c) } else { try c.skipValue() }
            case 19:
                if k == "in_reply_to_user_id" {
                    if replyToUser == nil { replyToUser = try c.readScalarText() } else { try c.skipValue() }
                } else { try c.skipValue() }
            case 20:
                if k == "quoted_status_id_str" { quotedStatus = try c.readScalarText() ?? quotedStatus } else { try c.skipValue() }
            case 21:
                if k == "in_reply_to_status_id" {
                    if replyToStatus == nil { replyToStatus = try c.readScalarText() } else { try c.skipValue() }
                } else { try c.skipValue() }
            case 23:
                if k == "in_reply_to_user_id_str" { replyToUser = try c.readScalarText() ?? replyToUser }
                else if k == "in_reply_to_screen_name" { replyToHandle = try c.readOptionalString() }
                else { try c.skipValue() }
            case 25:
                if k == "in_reply_to_status_id_str" { replyToStatus = try c.readScalarText() ?? replyToStatus } else { try c.skipValue() }
            default:
                try c.skipValue()
            }
        }
    }

    // MARK: - Parts

    private static func readDate(_ c: inout JSONCursor, into date: inout Date?, bad: inout Bool) throws {
        if try c.readNullIfPresent() { return }
        let raw = try c.readRawString()
        if let d = DateParser.parse(bytes: raw.bytes) {
            date = d
        } else {
            bad = true
        }
    }

    private mutating func scanEntities(_ c: inout JSONCursor, media: inout JSONCursor?) throws {
        if try c.readNullIfPresent() { return }
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "hashtags" {
                var tags: [String] = []
                try Self.forEachObject(&c) { c, k in
                    if k == "text" {
                        if let s = try c.readOptionalString() { tags.append(s) }
                    } else {
                        try c.skipValue()
                    }
                }
                hashtags = tags
            } else if k == "user_mentions" {
                try scanMentions(&c)
            } else if k == "urls" {
                try scanLinks(&c)
            } else if k == "media" {
                c.skipWhitespace()
                media = c
                try c.skipValue()
            } else {
                try c.skipValue()
            }
        }
    }

    private static func scanExtendedEntities(_ c: inout JSONCursor) throws -> [MediaItem]? {
        if try c.readNullIfPresent() { return nil }
        var out: [MediaItem]?
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "media" { out = try scanMedia(&c) } else { try c.skipValue() }
        }
        return out
    }

    private mutating func scanMentions(_ c: inout JSONCursor) throws {
        if try c.readNullIfPresent() { return }
        var a = try c.beginArray()
        while try c.nextElement(&a) {
            var m = Mention()
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                if k == "screen_name" { m.handle = try c.readOptionalString() }
                else if k == "id_str" { m.id = try c.readScalarText() }
                else if k == "id" { if m.id == nil { m.id = try c.readScalarText() } else { try c.skipValue() } }
                else if k == "indices" { (m.start, m.end) = try Self.readIndices(&c) }
                else { try c.skipValue() }
            }
            mentions.append(m)
        }
    }

    private mutating func scanLinks(_ c: inout JSONCursor) throws {
        if try c.readNullIfPresent() { return }
        var a = try c.beginArray()
        while try c.nextElement(&a) {
            var l = Link()
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                if k == "url" { l.url = try c.readOptionalString() }
                else if k == "expanded_url" { l.expanded = try c.readOptionalString() }
                else if k == "indices" { (l.start, l.end) = try Self.readIndices(&c) }
                else { try c.skipValue() }
            }
            links.append(l)
        }
    }

    private static func scanMedia(_ c: inout JSONCursor) throws -> [MediaItem] {
        if try c.readNullIfPresent() { return [] }
        var out: [MediaItem] = []
        var a = try c.beginArray()
        while try c.nextElement(&a) {
            var m = MediaItem()
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                if k == "type" { m.type = try c.readOptionalString() }
                else if k == "url" { m.url = try c.readOptionalString() }
                else if k == "media_url_https" { m.mediaURL = try c.readOptionalString() ?? m.mediaURL }
                else if k == "media_url" { if m.mediaURL == nil { m.mediaURL = try c.readOptionalString() } else { try c.skipValue() } }
                else if k == "expanded_url" { m.expanded = try c.readOptionalString() }
                else if k == "indices" { (m.start, m.end) = try readIndices(&c) }
                else { try c.skipValue() }
            }
            out.append(m)
        }
        return out
    }

    /// `[ "74", "88" ]` or `[74, 88]`; (-1, -1) when absent or odd.
    private static func readIndices(_ c: inout JSONCursor) throws -> (Int, Int) {
        if try c.readNullIfPresent() { return (-1, -1) }
        var a = try c.beginArray()
        var values = (-1, -1)
        var i = 0
        while try c.nextElement(&a) {
            let v = try c.readLenientInt() ?? -1
            if i == 0 { values.0 = v } else if i == 1 { values.1 = v }
            i += 1
        }
        return values
    }

    /// `edit_info.initial.editTweetIds` or `edit_info.edit.editControlInitial.editTweetIds`.
    private mutating func scanEditInfo(_ c: inout JSONCursor) throws {
        if try c.readNullIfPresent() { return }
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "initial" {
                try scanEditControl(&c)
            } else if k == "edit" {
                var e = try c.beginObject()
                while let k2 = try c.nextKey(&e) {
                    if k2 == "editControlInitial" { try scanEditControl(&c) } else { try c.skipValue() }
                }
            } else {
                try c.skipValue()
            }
        }
    }

    private mutating func scanEditControl(_ c: inout JSONCursor) throws {
        if try c.readNullIfPresent() { return }
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "editTweetIds" { editIds = try Self.readEditIds(&c) } else { try c.skipValue() }
        }
    }

    /// `editTweetIds`: every tweet of 2022+ archives has one, nearly always with a single id (no edit):
    /// the ids are only turned into strings for real chains.
    private static func readEditIds(_ c: inout JSONCursor) throws -> [String] {
        if try c.readNullIfPresent() { return [] }
        var a = try c.beginArray()
        var first: JSONKey?
        var out: [String] = []
        while try c.nextElement(&a) {
            if try c.peek() != UInt8(ascii: "\"") {
                if let s = try c.readScalarText() { out.append(s) }
                continue
            }
            let raw = try c.readRawString()
            if first == nil && out.isEmpty {
                first = raw
            } else {
                if let f = first {
                    out.append(f.string)
                    first = nil
                }
                out.append(raw.string)
            }
        }
        if first != nil { return [] }  // a single id: the synthetic chain of a post never edited
        return out
    }

    private static func scanEmbedded(_ c: inout JSONCursor) throws -> Embedded? {
        if try c.readNullIfPresent() { return nil }
        var e = Embedded()
        var numeric: String?
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "id_str" { e.id = try c.readScalarText() }
            else if k == "id" { numeric = try c.readScalarText() }
            else if k == "user" {
                let u = try scanUser(&c)
                e.userId = u?.id
                e.handle = u?.handle
            } else { try c.skipValue() }
        }
        if e.id == nil { e.id = numeric }
        return e
    }

    private static func scanUser(_ c: inout JSONCursor) throws -> User? {
        if try c.readNullIfPresent() { return nil }
        var u = User()
        var numeric: String?
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "id_str" { u.id = try c.readScalarText() }
            else if k == "id" { numeric = try c.readScalarText() }
            else if k == "screen_name" { u.handle = try c.readOptionalString() }
            else if k == "name" { u.name = try c.readOptionalString() }
            else { try c.skipValue() }
        }
        if u.id == nil { u.id = numeric }
        return u
    }

    /// Calls `body` for every member of every object in an array (`[ {…}, {…} ]`).
    private static func forEachObject(_ c: inout JSONCursor, _ body: (inout JSONCursor, JSONKey) throws -> Void) throws {
        if try c.readNullIfPresent() { return }
        var a = try c.beginArray()
        while try c.nextElement(&a) {
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) { try body(&c, k) }
        }
    }
}
