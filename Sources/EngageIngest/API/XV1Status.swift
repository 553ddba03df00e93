import EngageCore

/// A status of X API v1.1 (REST with `tweet_mode=extended`, classic `text`, or streaming with
/// `extended_tweet`), with its embedded user, retweeted and quoted statuses.
struct XV1Status {
    var id: String?
    var createdAt: String?
    var fullText: String?
    var text: String?
    var truncated = false
    var extendedText: String?
    var entities = XV1Entities()
    var extendedEntities: XV1Entities?
    var extendedTweetEntities: XV1Entities?
    var extendedTweetMedia: XV1Entities?
    var source: String?
    var inReplyToStatus: String?
    var inReplyToUser: String?
    var user: XV1User?
    /// The retweeted original (zero or one element).
    var retweeted: [XV1Status] = []
    /// The quoted post (zero or one element).
    var quotedStatus: [XV1Status] = []
    var isQuote = false
    var quotedId: String?
    var retweetCount: Int?
    var favoriteCount: Int?
    var replyCount: Int?
    var quoteCount: Int?
    var lang: String?

    /// Reads one status (`…_str` ids win over numeric ones, which may have lost precision).
    static func parse(_ c: inout JSONCursor, depth: Int = 0) throws -> XV1Status {
        var s = XV1Status()
        var numeric: [String: String] = [:]
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "id_str" { s.id = try c.readScalarText() }
            else if k == "id" { numeric["id"] = try c.readScalarText() }
            else if k == "created_at" { s.createdAt = try c.readScalarText() }
            else if k == "full_text" { s.fullText = try c.readScalarText() }
            else if k == "text" { s.text = try c.readScalarText() }
            else if k == "truncated" { s.truncated = try c.readLenientBool() ?? false }
            else if k == "entities" { s.entities = try XV1Entities.parse(&c) }
            else if k == "extended_entities" { s.extendedEntities = try XV1Entities.parse(&c) }
            else if k == "extended_tweet" { try readExtended(&c, into: &s) }
            else if k == "source" { s.source = try c.readScalarText() }
            else if k == "in_reply_to_status_id_str" { s.inReplyToStatus = try c.readScalarText() }
            else if k == "in_reply_to_status_id" { numeric["reply"] = try c.readScalarText() }
            else if k == "in_reply_to_user_id_str" { s.inReplyToUser = try c.readScalarText() }
            else if k == "in_reply_to_user_id" { numeric["replyUser"] = try c.readScalarText() }
            else if k == "user", try c.peek() == UInt8(ascii: "{") { s.user = try XV1User.parse(&c) }
            else if k == "retweeted_status", depth < 2, try c.peek() == UInt8(ascii: "{") {
                s.retweeted = [try parse(&c, depth: depth + 1)]
            } else if k == "quoted_status", depth < 2, try c.peek() == UInt8(ascii: "{") {
                s.quotedStatus = [try parse(&c, depth: depth + 1)]
            } else if k == "is_quote_status" { s.isQuote = try c.readLenientBool() ?? false }
            else if k == "quoted_status_id_str" { s.quotedId = try c.readScalarText() }
            else if k == "quoted_status_id" { numeric["quoted"] = try c.readScalarText() }
            else if k == "retweet_count" { s.retweetCount = try c.readLenientInt() }
            else if k == "favorite_count" { s.favoriteCount = try c.readLenientInt() }
            else if k == "reply_count" { s.replyCount = try c.readLenientInt() }
            else if k == "quote_count" { s.quoteCount = try c.readLenientInt() }
            else if k == "lang" { s.lang = try c.readScalarText() }
            else { try c.skipValue() }
        }
        s.id = s.id ?? numeric["id"]
        s.inReplyToStatus = s.inReplyToStatus ?? numeric["reply"]
        s.inReplyToUser = s.inReplyToUser ?? numeric["replyUser"]
        s.quotedId = s.quotedId ?? numeric["quoted"] ?? s.quotedStatus.first?.id
        return s
    }

    /// Streaming's `extended_tweet {full_text, entities, extended_entities}`.
    private static func readExtended(_ c: inout JSONCursor, into s: inout XV1Status) throws {
        if try c.readNullIfPresent() { return }
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "full_text" { s.extendedText = try c.readScalarText() }
            else if k == "entities" { s.extendedTweetEntities = try XV1Entities.parse(&c) }
            else if k == "extended_entities" { s.extendedTweetMedia = try XV1Entities.parse(&c) }
            else { try c.skipValue() }
        }
    }

    /// The escaped text and the entities that index it: `extended_tweet` when present, else
    /// `full_text`, else `text`.
    var textAndEntities: (text: String, entities: XV1Entities, media: [XV1Entities.Link]) {
        if let t = extendedText {
            let e = extendedTweetEntities ?? entities
            return (t, e, (extendedTweetMedia?.media).flatMap { $0.isEmpty ? nil : $0 } ?? e.media)
        }
        let media = (extendedEntities?.media).flatMap { $0.isEmpty ? nil : $0 } ?? entities.media
        return (fullText ?? text ?? "", entities, media)
    }
}
