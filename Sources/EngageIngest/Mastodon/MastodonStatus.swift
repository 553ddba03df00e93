import EngageCore
import EngageXML
import Foundation

/// A status of the Mastodon API (`statuses/:id`, timelines, `statuses/:id/context`), with its
/// account, counts and boosted status.
struct MastodonStatus {
    /// The `account` of a status.
    struct APIAccount {
        var id: String?
        var username: String?
        var acct: String?
        var uri: String?
        var url: String?
        var displayName: String?
        var note: String?
        var createdAt: String?
        var followers: Int?
        var following: Int?
        var statuses: Int?
        var locked: Bool?
        var bot: Bool?
        var avatar: String?

        /// The actor URI: `uri` when given, else derived from the profile URL (`https://host/@name`).
        var actor: String? { uri ?? url.flatMap(MastodonActor.actor(ofProfile:)) }

        /// `name@host` (local accounts' `acct` has no host: it comes from the profile URL).
        var handle: String? {
            if let acct, acct.contains("@") { return acct }
            guard let name = acct ?? username else { return nil }
            guard let host = (url ?? uri).flatMap(MastodonActor.host(of:)) else { return name }
            return "\(name)@\(host)"
        }

        var ref: AuthorRef { AuthorRef(id: actor ?? id, handle: handle, name: (displayName?.isEmpty ?? true) ? nil : displayName, url: url) }

        func account(asOf: Date?) -> Account {
            Account(platform: .mastodon, id: actor ?? id, handle: handle, name: (displayName?.isEmpty ?? true) ? nil : displayName,
                    followers: followers, following: following, posts: statuses, createdAt: createdAt.flatMap(DateParser.parse),
                    description: note.map { HTMLText.plainText(fromHTML: $0) }, url: url, protected: locked,
                    defaultProfileImage: avatar.map { $0.contains("missing.png") || $0.contains("/avatars/original/missing") },
                    asOf: asOf)
        }

        static func parse(_ c: inout JSONCursor) throws -> APIAccount {
            var a = APIAccount()
            try JSONScan.members(&c) { c, k in
                if k == "id" { a.id = try c.readScalarText() }
                else if k == "username" { a.username = try c.readScalarText() }
                else if k == "acct" { a.acct = try c.readScalarText() }
                else if k == "uri" { a.uri = try c.readScalarText() }
                else if k == "url" { a.url = try c.readScalarText() }
                else if k == "display_name" { a.displayName = try c.readScalarText() }
                else if k == "note" { a.note = try c.readScalarText() }
                else if k == "created_at" { a.createdAt = try c.readScalarText() }
                else if k == "followers_count" { a.followers = try c.readLenientInt() }
                else if k == "following_count" { a.following = try c.readLenientInt() }
                else if k == "statuses_count" { a.statuses = try c.readLenientInt() }
                else if k == "locked" { a.locked = try c.readLenientBool() }
                else if k == "bot" { a.bot = try c.readLenientBool() }
                else if k == "avatar" { a.avatar = try c.readScalarText() }
                else { return false }
                return true
            }
            return a
        }
    }

    var id: String?
    var uri: String?
    var url: String?
    var createdAt: String?
    var editedAt: String?
    var content: String?
    var spoiler: String?
    var visibility: String?
    var language: String?
    var inReplyToId: String?
    var inReplyToAccountId: String?
    var account: APIAccount?
    var reblog: [MastodonStatus] = []
    var replies: Int?
    var reblogs: Int?
    var favourites: Int?
    var quotes: Int?
    var media: [Media] = []
    var tags: [String] = []
    var mentions: [String] = []
    var pollOptions: [String] = []
    var application: String?

    /// Reads one status.
    static func parse(_ c: inout JSONCursor, depth: Int = 0) throws -> MastodonStatus {
        var s = MastodonStatus()
        try JSONScan.members(&c) { c, k in
            if k == "id" { s.id = try c.readScalarText() }
            else if k == "uri" { s.uri = try c.readScalarText() }
            else if k == "url" { s.url = try c.readScalarText() }
            else if k == "created_at" { s.createdAt = try c.readScalarText() }
            else if k == "edited_at" { s.editedAt = try c.readScalarText() }
            else if k == "content" { s.content = try c.readScalarText() }
            else if k == "spoiler_text" { s.spoiler = try c.readScalarText() }
            else if k == "visibility" { s.visibility = try c.readScalarText() }
            else if k == "language" { s.language = try c.readScalarText() }
            else if k == "in_reply_to_id" { s.inReplyToId = try c.readScalarText() }
            else if k == "in_reply_to_account_id" { s.inReplyToAccountId = try c.readScalarText() }
            else if k == "account" { s.account = try APIAccount.parse(&c) }
            else if k == "reblog", depth < 2, try c.peek() == UInt8(ascii: "{") { s.reblog = [try parse(&c, depth: depth + 1)] }
            else if k == "replies_count" { s.replies = try c.readLenientInt() }
            else if k == "reblogs_count" { s.reblogs = try c.readLenientInt() }
            else if k == "favourites_count" { s.favourites = try c.readLenientInt() }
            else if k == "quotes_count" { s.quotes = try c.readLenientInt() }
            else if k == "media_attachments" {
                try JSONScan.objects(&c) { c in
                    var type: String?
                    var url: String?
                    var alt: String?
                    try JSONScan.members(&c) { c, mk in
                        if mk == "type" { type = try c.readScalarText() }
                        else if mk == "url" { url = try c.readScalarText() }
                        else if mk == "description" { alt = try c.readScalarText() }
                        else { return false }
                        return true
                    }
                    let kind: Media.Kind = type == "image" ? .photo : type == "video" ? .video : type == "gifv" ? .gif : type == "audio" ? .audio : .other
                    s.media.append(Media(kind: kind, url: url, altText: (alt?.isEmpty ?? true) ? nil : alt))
                }
            } else if k == "tags" {
                try JSONScan.objects(&c) { c in
                    try JSONScan.members(&c) { c, tk in
                        guard tk == "name", let n = try c.readScalarText() else { return false }
                        s.tags.append(n)
                        return true
                    }
                }
            } else if k == "mentions" {
                try JSONScan.objects(&c) { c in
                    try JSONScan.members(&c) { c, mk in
                        guard mk == "acct", let n = try c.readScalarText() else { return false }
                        s.mentions.append(n)
                        return true
                    }
                }
            } else if k == "poll" {
                try JSONScan.members(&c) { c, pk in
                    guard pk == "options" else { return false }
                    try JSONScan.objects(&c) { c in
                        try JSONScan.members(&c) { c, ok in
                            guard ok == "title", let t = try c.readScalarText() else { return false }
                            s.pollOptions.append(t)
                            return true
                        }
                    }
                    return true
                }
            } else if k == "application" {
                try JSONScan.members(&c) { c, ak in
                    guard ak == "name" else { return false }
                    s.application = try c.readScalarText()
                    return true
                }
            } else { return false }
            return true
        }
        return s
    }
}
