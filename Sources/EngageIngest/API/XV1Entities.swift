import EngageCore

/// The `entities` / `extended_entities` of an X API v1.1 status: links, hashtags, mentions and media
/// with `indices` in code points of the escaped text.
struct XV1Entities {
    /// A link or media range.
    struct Link {
        var start: Int?
        var end: Int?
        var url: String?
        var expandedURL: String?
        /// Media only: `photo`, `video`, `animated_gif`.
        var mediaType: String?
        var mediaURL: String?
        var altText: String?
    }

    var urls: [Link] = []
    var media: [Link] = []
    var hashtags: [String] = []
    var mentions: [String] = []

    /// Reads an `entities` or `extended_entities` object.
    static func parse(_ c: inout JSONCursor) throws -> XV1Entities {
        var e = XV1Entities()
        try JSONScan.members(&c) { c, k in
            let list = k == "urls" ? 0 : k == "media" ? 1 : k == "hashtags" ? 2 : k == "user_mentions" ? 3 : -1
            guard list >= 0 else { return false }
            try JSONScan.objects(&c) { c in
                var l = Link()
                var word: String?
                try JSONScan.members(&c) { c, ik in
                    if ik == "indices" {
                        let idx = try c.readStringArray()
                        if idx.count == 2 {
                            l.start = Int(idx[0])
                            l.end = Int(idx[1])
                        }
                    } else if ik == "url" { l.url = try c.readScalarText() }
                    else if ik == "expanded_url" { l.expandedURL = try c.readScalarText() }
                    else if ik == "type" { l.mediaType = try c.readScalarText() }
                    else if ik == "media_url_https" { l.mediaURL = try c.readScalarText() }
                    else if ik == "media_url", l.mediaURL == nil { l.mediaURL = try c.readScalarText() }
                    else if ik == "ext_alt_text" { l.altText = try c.readScalarText() }
                    else if ik == "text" || ik == "screen_name" { word = try c.readScalarText() }
                    else { return false }
                    return true
                }
                switch list {
                case 0: e.urls.append(l)
                case 1: e.media.append(l)
                case 2: if let word { e.hashtags.append(word) }
                default: if let word { e.mentions.append(word) }
                }
            }
            return true
        }
        return e
    }
}
