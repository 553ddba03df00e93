import EngageCore

/// The object of a Mastodon `Create` activity: a `Note`, or a `Question` (a poll).
struct MastodonNote {
    /// A poll option and its votes (`replies.totalItems`).
    struct PollOption {
        var name: String
        var votes: Int?
    }

    /// An attachment: its kind, path inside the archive (or URL) and alt text.
    struct Attachment {
        var mediaType: String?
        var url: String?
        var name: String?
    }

    var id: String?
    var type: String?
    var summary: String?
    var inReplyTo: String?
    var published: String?
    var updated: String?
    var url: String?
    var attributedTo: String?
    var to: [String] = []
    var cc: [String] = []
    var conversation: String?
    var content: String?
    var language: String?
    var attachments: [Attachment] = []
    var hashtags: [String] = []
    var mentions: [String] = []
    var options: [PollOption] = []
    var multipleChoice = false
    var voters: Int?

    /// Reads one object.
    static func parse(_ c: inout JSONCursor) throws -> MastodonNote {
        var n = MastodonNote()
        try JSONScan.members(&c) { c, k in
            if k == "id" { n.id = try c.readScalarText() }
            else if k == "type" { n.type = try c.readScalarText() }
            else if k == "summary" { n.summary = try c.readScalarText() }
            else if k == "inReplyTo" { n.inReplyTo = try MastodonActivity.readIdOrString(&c) }
            else if k == "published" { n.published = try c.readScalarText() }
            else if k == "updated" { n.updated = try c.readScalarText() }
            else if k == "url" { n.url = try MastodonActivity.readIdOrString(&c) }
            else if k == "attributedTo" { n.attributedTo = try MastodonActivity.readIdOrString(&c) }
            else if k == "to" { n.to = try MastodonActivity.readAudience(&c) }
            else if k == "cc" { n.cc = try MastodonActivity.readAudience(&c) }
            else if k == "conversation" { n.conversation = try c.readScalarText() }
            else if k == "content" { n.content = try c.readScalarText() }
            else if k == "contentMap" {
                try JSONScan.members(&c) { c, lang in
                    if n.language == nil { n.language = lang.string }
                    if n.content == nil { n.content = try c.readScalarText() } else { try c.skipValue() }
                    return true
                }
            } else if k == "attachment" {
                try JSONScan.objectOrObjects(&c) { c in
                    var a = Attachment()
                    try JSONScan.members(&c) { c, ak in
                        if ak == "mediaType" { a.mediaType = try c.readScalarText() }
                        else if ak == "url" { a.url = try MastodonActivity.readIdOrString(&c) }
                        else if ak == "name" { a.name = try c.readScalarText() }
                        else { return false }
                        return true
                    }
                    n.attachments.append(a)
                }
            } else if k == "tag" {
                try JSONScan.objectOrObjects(&c) { c in
                    var type: String?
                    var name: String?
                    try JSONScan.members(&c) { c, tk in
                        if tk == "type" { type = try c.readScalarText() } else if tk == "name" { name = try c.readScalarText() } else { return false }
                        return true
                    }
                    guard let name else { return }
                    if type == "Hashtag" { n.hashtags.append(String(name.drop { $0 == "#" })) }
                    if type == "Mention" { n.mentions.append(String(name.drop { $0 == "@" })) }
                }
            } else if k == "oneOf" || k == "anyOf" {
                if k == "anyOf" { n.multipleChoice = true }
                try JSONScan.objects(&c) { c in
                    var o = PollOption(name: "")
                    try JSONScan.members(&c) { c, ok in
                        if ok == "name" { o.name = try c.readScalarText() ?? "" }
                        else if ok == "replies" {
                            try JSONScan.members(&c) { c, rk in
                                guard rk == "totalItems" else { return false }
                                o.votes = try c.readLenientInt()
                                return true
                            }
                        } else { return false }
                        return true
                    }
                    n.options.append(o)
                }
            } else if k == "votersCount" { n.voters = try c.readLenientInt() }
            else { return false }
            return true
        }
        return n
    }
}
