import EngageCore

/// A tweet object of X API v2 as captured (a page's `data[]` or `includes.tweets[]`, or a twarc
/// flattened line with `author`, `in_reply_to_user` and expanded `referenced_tweets` inline).
/// Only the fields engage uses are kept; text stays HTML-escaped until it is rendered.
struct XV2Tweet {
    /// A link, hashtag or mention range in code points of the escaped text.
    struct URLEntity {
        var start: Int?
        var end: Int?
        var url: String?
        var expandedURL: String?
        var displayURL: String?
        var mediaKey: String?
    }

    /// The entity lists of a tweet or of its long-post `note_tweet`.
    struct Entities {
        var urls: [URLEntity] = []
        var hashtags: [String] = []
        var mentions: [String] = []
    }

    /// `public_metrics` as reported (zeros that mean unknown are handled when building the post).
    struct Counts {
        var retweets: Int?
        var replies: Int?
        var likes: Int?
        var quotes: Int?
        var impressions: Int?
    }

    var id: String?
    var text: String?
    var authorId: String?
    var conversationId: String?
    var inReplyToUserId: String?
    var createdAt: String?
    var lang: String?
    var source: String?
    /// `referenced_tweets`: type (`replied_to`, `quoted`, `retweeted`) and id.
    var references: [(type: String, id: String)] = []
    /// Flattened form: the referenced tweets in full.
    var expandedReferences: [XV2Tweet] = []
    var entities = Entities()
    var noteText: String?
    var noteEntities: Entities?
    var editHistory: [String] = []
    var counts: Counts?
    var mediaKeys: [String] = []
    /// Flattened form: `attachments.media` in full.
    var media: [XV2Media] = []
    /// Flattened form: the author.
    var author: XV2User?
    /// Flattened form: the replied-to user.
    var inReplyToUser: XV2User?
    /// Flattened form: `__twarc.retrieved_at`.
    var retrievedAt: String?
    /// Flattened form: `__twarc.url`.
    var requestURL: String?
    /// True when the object has a `username` key: it is a user, not a tweet (users lookup pages).
    var looksLikeUser = false

    /// Reads one tweet object; `light` (the survey pass) skips entities, media and the long text.
    static func parse(_ c: inout JSONCursor, depth: Int = 0, light: Bool = false) throws -> XV2Tweet {
        var t = XV2Tweet()
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if light, k == "entities" || k == "note_tweet" || k == "attachments" || k == "context_annotations" {
                try c.skipValue()
                continue
            }
            if k == "id" { t.id = try c.readScalarText() }
            else if k == "text" { t.text = try c.readScalarText() }
            else if k == "author_id" { t.authorId = try c.readScalarText() }
            else if k == "conversation_id" { t.conversationId = try c.readScalarText() }
            else if k == "in_reply_to_user_id" { t.inReplyToUserId = try c.readScalarText() }
            else if k == "created_at" { t.createdAt = try c.readScalarText() }
            else if k == "lang" { t.lang = try c.readScalarText() }
            else if k == "source" { t.source = try c.readScalarText() }
            else if k == "referenced_tweets" { try readReferences(&c, into: &t, depth: depth, light: light) }
            else if k == "entities" { t.entities = try readEntities(&c) }
            else if k == "note_tweet" { try readNote(&c, into: &t) }
            else if k == "edit_history_tweet_ids" { t.editHistory = try c.readStringArray() }
            else if k == "public_metrics" { t.counts = try readCounts(&c) }
            else if k == "attachments" { try readAttachments(&c, into: &t) }
            else if k == "author", try c.peek() == UInt8(ascii: "{") { t.author = try XV2User.parse(&c, light: light) }
            else if k == "in_reply_to_user", try c.peek() == UInt8(ascii: "{") { t.inReplyToUser = try XV2User.parse(&c, light: light) }
            else if k == "__twarc", try c.peek() == UInt8(ascii: "{") { (t.retrievedAt, t.requestURL) = try readTwarc(&c) }
            else if k == "username" {
                t.looksLikeUser = true
                try c.skipValue()
            } else {
                try c.skipValue()
            }
        }
        return t
    }

    private static func readReferences(_ c: inout JSONCursor, into t: inout XV2Tweet, depth: Int, light: Bool) throws {
        try JSONScan.objects(&c) { c in
            // A plain reference is {type, id}; a flattened one is a whole tweet plus `type`.
            let start = c.position
            var type: String?
            var id: String?
            var keys = 0
            try JSONScan.members(&c) { c, k in
                keys += 1
                if k == "type" { type = try c.readScalarText() } else if k == "id" { id = try c.readScalarText() } else { return false }
                return true
            }
            guard let type, let id else { return }
            t.references.append((type, id))
            if keys > 2, depth < 2 {
                let end = c.position
                c.position = start
                var full = try parse(&c, depth: depth + 1, light: light)
                c.position = end
                full.id = full.id ?? id
                t.expandedReferences.append(full)
            }
        }
    }

    static func readEntities(_ c: inout JSONCursor) throws -> Entities {
        var e = Entities()
        try JSONScan.members(&c) { c, k in
            let list = k == "urls" ? 0 : k == "hashtags" ? 1 : k == "mentions" ? 2 : -1
            guard list >= 0 else { return false }
            try JSONScan.objects(&c) { c in
                var u = URLEntity()
                var tag: String?
                try JSONScan.members(&c) { c, ik in
                    if ik == "start" { u.start = try c.readLenientInt() }
                    else if ik == "end" { u.end = try c.readLenientInt() }
                    else if ik == "url" { u.url = try c.readScalarText() }
                    else if ik == "expanded_url" { u.expandedURL = try c.readScalarText() }
                    else if ik == "display_url" { u.displayURL = try c.readScalarText() }
                    else if ik == "media_key" { u.mediaKey = try c.readScalarText() }
                    else if ik == "tag" || ik == "username" { tag = try c.readScalarText() }
                    else { return false }
                    return true
                }
                switch list {
                case 0: e.urls.append(u)
                case 1: if let tag { e.hashtags.append(tag) }
                default: if let tag { e.mentions.append(tag) }
                }
            }
            return true
        }
        return e
    }

    private static func readNote(_ c: inout JSONCursor, into t: inout XV2Tweet) throws {
        try JSONScan.members(&c) { c, k in
            if k == "text" { t.noteText = try c.readScalarText() }
            else if k == "entities" { t.noteEntities = try readEntities(&c) }
            else { return false }
            return true
        }
    }

    private static func readCounts(_ c: inout JSONCursor) throws -> Counts? {
        if try c.readNullIfPresent() { return nil }
        var m = Counts()
        try JSONScan.members(&c) { c, k in
            if k == "retweet_count" { m.retweets = try c.readLenientInt() }
            else if k == "reply_count" { m.replies = try c.readLenientInt() }
            else if k == "like_count" { m.likes = try c.readLenientInt() }
            else if k == "quote_count" { m.quotes = try c.readLenientInt() }
            else if k == "impression_count" { m.impressions = try c.readLenientInt() }
            else { return false }
            return true
        }
        return m
    }

    private static func readAttachments(_ c: inout JSONCursor, into t: inout XV2Tweet) throws {
        try JSONScan.members(&c) { c, k in
            if k == "media_keys" { t.mediaKeys = try c.readStringArray() }
            else if k == "media" { try JSONScan.objects(&c) { c in t.media.append(try XV2Media.parse(&c)) } }
            else { return false }
            return true
        }
    }

    /// `__twarc`: the retrieval time and the request URL.
    static func readTwarc(_ c: inout JSONCursor) throws -> (retrievedAt: String?, url: String?) {
        var at: String?
        var url: String?
        try JSONScan.members(&c) { c, k in
            if k == "retrieved_at" { at = try c.readScalarText() } else if k == "url" { url = try c.readScalarText() } else { return false }
            return true
        }
        return (at, url)
    }

    /// The id of the first reference of `type`.
    func reference(_ type: String) -> String? {
        references.first { $0.type == type }?.id
    }
}
