import EngageCore
import Foundation

/// One line of snscrape's Twitter JSONL (`"_type": "snscrape.modules.twitter.Tweet"`). Deprecated
/// aliases are serialised too (`content` beside `rawContent`, `outlinks` beside `links`); ids above
/// 2^53 may have a `"<key>.str"` (or `"<key>Str"`) sibling, which wins.
struct SnscrapeTweet {
    struct Link {
        var url: String?
        var tcourl: String?
        var start: Int?
        var end: Int?
    }

    var type: String?
    var id: String?
    var url: String?
    var date: String?
    var rawContent: String?
    var content: String?
    var renderedContent: String?
    var user: SnscrapeUser?
    var replyCount: Int?
    var retweetCount: Int?
    var likeCount: Int?
    var quoteCount: Int?
    var viewCount: Int?
    var conversationId: String?
    var lang: String?
    var source: String?
    var sourceLabel: String?
    var links: [Link] = []
    var outlinks: [String] = []
    var media: [Media] = []
    var retweeted: [SnscrapeTweet] = []
    var quoted: [SnscrapeTweet] = []
    var inReplyToTweetId: String?
    var inReplyToUser: SnscrapeUser?
    var mentions: [String] = []
    var hashtags: [String] = []

    /// Reads one tweet object.
    static func parse(_ c: inout JSONCursor, depth: Int = 0) throws -> SnscrapeTweet {
        var t = SnscrapeTweet()
        var exact: [String: String] = [:]
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            let key = k.string
            if key.hasSuffix(".str") || (key.hasSuffix("Str") && key != "idStr") || key == "idStr" {
                let base = key.hasSuffix(".str") ? String(key.dropLast(4)) : String(key.dropLast(3))
                exact[base] = try c.readScalarText()
                continue
            }
            switch key {
            case "_type": t.type = try c.readScalarText()
            case "id": t.id = try c.readScalarText()
            case "url": t.url = try c.readScalarText()
            case "date": t.date = try c.readScalarText()
            case "rawContent": t.rawContent = try c.readScalarText()
            case "content": t.content = try c.readScalarText()
            case "renderedContent": t.renderedContent = try c.readScalarText()
            case "user" where try c.peek() == UInt8(ascii: "{"): t.user = try SnscrapeUser.parse(&c)
            case "replyCount": t.replyCount = try c.readLenientInt()
            case "retweetCount": t.retweetCount = try c.readLenientInt()
            case "likeCount": t.likeCount = try c.readLenientInt()
            case "quoteCount": t.quoteCount = try c.readLenientInt()
            case "viewCount": t.viewCount = try c.peek() == UInt8(ascii: "{") ? try readViews(&c) : try c.readLenientInt()
            case "conversationId": t.conversationId = try c.readScalarText()
            case "lang": t.lang = try c.readScalarText()
            case "source": t.source = try c.readScalarText()
            case "sourceLabel": t.sourceLabel = try c.readScalarText()
            case "links": t.links = try readLinks(&c)
            case "outlinks": t.outlinks = try readStrings(&c)
            case "media": t.media = try readMedia(&c)
            case "retweetedTweet", "quotedTweet":
                guard depth < 2, try c.peek() == UInt8(ascii: "{") else {
                    try c.skipValue()
                    continue
                }
                let nested = try parse(&c, depth: depth + 1)
                if key == "retweetedTweet" { t.retweeted = [nested] } else { t.quoted = [nested] }
            case "inReplyToTweetId": t.inReplyToTweetId = try c.readScalarText()
            case "inReplyToUser" where try c.peek() == UInt8(ascii: "{"): t.inReplyToUser = try SnscrapeUser.parse(&c)
            case "mentionedUsers": t.mentions = try readUsers(&c).compactMap(\.username)
            case "hashtags": t.hashtags = try readStrings(&c)
            default: try c.skipValue()
            }
        }
        t.id = exact["id"] ?? t.id
        t.conversationId = exact["conversationId"] ?? t.conversationId
        t.inReplyToTweetId = exact["inReplyToTweetId"] ?? t.inReplyToTweetId
        if t.id == nil, let u = t.url, let s = XStatusURL.parse(u) { t.id = s.id }
        return t
    }

    private static func readStrings(_ c: inout JSONCursor) throws -> [String] {
        guard try c.peek() == UInt8(ascii: "[") else {
            try c.skipValue()
            return []
        }
        return try c.readStringArray()
    }

    private static func readLinks(_ c: inout JSONCursor) throws -> [Link] {
        var out: [Link] = []
        try JSONScan.objects(&c) { c in
            var l = Link()
            try JSONScan.members(&c) { c, k in
                if k == "url" { l.url = try c.readScalarText() }
                else if k == "tcourl" { l.tcourl = try c.readScalarText() }
                else if k == "indices" {
                    let idx = try c.readStringArray()
                    if idx.count == 2 {
                        l.start = Int(idx[0])
                        l.end = Int(idx[1])
                    }
                } else { return false }
                return true
            }
            out.append(l)
        }
        return out
    }

    private static func readUsers(_ c: inout JSONCursor) throws -> [SnscrapeUser] {
        var out: [SnscrapeUser] = []
        try JSONScan.objects(&c) { c in out.append(try SnscrapeUser.parse(&c)) }
        return out
    }

    /// `{"count": 12, "state": …}` in some versions.
    private static func readViews(_ c: inout JSONCursor) throws -> Int? {
        var n: Int?
        try JSONScan.members(&c) { c, k in
            guard k == "count" else { return false }
            n = try c.readLenientInt()
            return true
        }
        return n
    }

    /// snscrape's media list (`Photo`, `Video`, `Gif` objects) or look-alike scrapers'
    /// `{photos, videos, animated}`.
    private static func readMedia(_ c: inout JSONCursor) throws -> [Media] {
        var out: [Media] = []
        func item(_ c: inout JSONCursor, kind fixed: Media.Kind?) throws {
            var type: String?
            var url: String?
            var alt: String?
            try JSONScan.members(&c) { c, k in
                if k == "_type" || k == "type" { type = try c.readScalarText() }
                else if k == "fullUrl" || (k == "url" && url == nil) { url = try c.readScalarText() }
                else if (k == "previewUrl" || k == "thumbnailUrl"), url == nil { url = try c.readScalarText() }
                else if k == "altText" { alt = try c.readScalarText() }
                else { return false }
                return true
            }
            var kind = fixed ?? .other
            if fixed == nil, let type {
                if type.hasSuffix("Photo") || type == "photo" { kind = .photo }
                else if type.hasSuffix("Video") || type == "video" { kind = .video }
                else if type.hasSuffix("Gif") || type == "animated_gif" { kind = .gif }
            }
            out.append(Media(kind: kind, url: url, altText: alt))
        }
        if try c.peek() == UInt8(ascii: "[") {
            try JSONScan.objects(&c) { c in try item(&c, kind: nil) }
        } else {
            try JSONScan.members(&c) { c, k in
                let kind: Media.Kind = k == "photos" ? .photo : k == "videos" ? .video : k == "animated" ? .gif : .other
                try JSONScan.objects(&c) { c in try item(&c, kind: kind) }
                return true
            }
        }
        return out
    }
}
