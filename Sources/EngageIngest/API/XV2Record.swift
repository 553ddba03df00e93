import EngageCore

/// One top-level record of an X API v2 capture: a response page (`{data, includes, errors, meta,
/// __twarc}`, `data` an array or a single object) or a twarc flattened tweet.
struct XV2Record {
    /// Tweets of `data` (or the flattened tweet itself).
    var tweets: [XV2Tweet] = []
    /// `includes.tweets`: referenced tweets.
    var includedTweets: [XV2Tweet] = []
    /// `includes.users` and the users of a users lookup's `data`.
    var users: [XV2User] = []
    /// Users that are the page's data (a users lookup), not includes.
    var dataUsers = 0
    /// `includes.media`.
    var media: [XV2Media] = []
    /// `errors[].title` (`Not Found Error`, `Forbidden`…).
    var errors: [String] = []
    /// `__twarc.retrieved_at`.
    var retrievedAt: String?
    /// `__twarc.url`: the request.
    var requestURL: String?
    /// True for a twarc flattened tweet.
    var isFlattened = false

    /// Reads one record; `light` (the survey pass) reads only what owner detection, duplicates and
    /// edit chains need.
    static func parse(_ c: inout JSONCursor, light: Bool = false) throws -> XV2Record {
        var r = XV2Record()
        let start = c.position
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "data" {
                try readData(&c, into: &r, light: light)
            } else if k == "includes" {
                try readIncludes(&c, into: &r, light: light)
            } else if k == "errors" {
                r.errors += try readErrors(&c)
            } else if k == "__twarc", try c.peek() == UInt8(ascii: "{") {
                let t = try XV2Tweet.readTwarc(&c)
                r.retrievedAt = t.retrievedAt
                r.requestURL = t.url
            } else if k == "id" || k == "text" || k == "author_id" || k == "edit_history_tweet_ids" {
                // Not a page: a flattened tweet. Read it again as one.
                c.position = start
                var flat = XV2Record()
                flat.isFlattened = true
                let tweet = try XV2Tweet.parse(&c, light: light)
                flat.retrievedAt = tweet.retrievedAt
                flat.requestURL = tweet.requestURL
                flat.tweets = [tweet]
                return flat
            } else {
                try c.skipValue()
            }
        }
        return r
    }

    private static func readData(_ c: inout JSONCursor, into r: inout XV2Record, light: Bool) throws {
        try JSONScan.objectOrObjects(&c) { c in
            // A tweet, or a user (users lookups put users in `data`).
            let start = c.position
            let t = try XV2Tweet.parse(&c, light: light)
            if t.looksLikeUser, t.text == nil {
                let end = c.position
                c.position = start
                r.users.append(try XV2User.parse(&c, light: light))
                r.dataUsers += 1
                c.position = end
            } else {
                r.tweets.append(t)
            }
        }
    }

    private static func readIncludes(_ c: inout JSONCursor, into r: inout XV2Record, light: Bool) throws {
        try JSONScan.members(&c) { c, k in
            if k == "users" { try JSONScan.objects(&c) { c in r.users.append(try XV2User.parse(&c, light: light)) } }
            else if k == "tweets" { try JSONScan.objects(&c) { c in r.includedTweets.append(try XV2Tweet.parse(&c, light: light)) } }
            else if k == "media", !light { try JSONScan.objects(&c) { c in r.media.append(try XV2Media.parse(&c)) } }
            else { return false }
            return true
        }
    }

    private static func readErrors(_ c: inout JSONCursor) throws -> [String] {
        var out: [String] = []
        try JSONScan.objects(&c) { c in
            var title = "error"
            try JSONScan.members(&c) { c, k in
                guard k == "title", let t = try c.readScalarText() else { return false }
                title = t
                return true
            }
            out.append(title)
        }
        return out
    }
}
