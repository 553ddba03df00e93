import EngageCore
import Foundation

extension MastodonActivity {
    /// The post of a `Create` (Note or Question) or `Announce` (boost) by the export's owner; nil for
    /// other activities. Direct messages are not posts: the caller skips them by ``visibility``.
    func post(owner: Account?, source: String, entry: String?, offset: Int) -> Post? {
        let ownerActor = owner?.id
        switch type {
        case "Create":
            guard let note, let id = note.id ?? self.id else { return nil }
            let authorId = note.attributedTo ?? actor
            let author = AuthorRef(id: authorId, handle: authorId == ownerActor ? owner?.handle : authorId.flatMap(Self.handle),
                                   name: authorId == ownerActor ? owner?.name : nil)
            let content = MastodonContent(html: note.content)
            var text = content.text
            if !note.options.isEmpty {
                text += (text.isEmpty ? "" : "\n\n") + note.options.map { "• " + $0.name }.joined(separator: "\n")
            }
            let parentActor = note.inReplyTo.flatMap(MastodonActor.actor(ofStatus:))
            let kind: PostKind
            if note.inReplyTo == nil {
                kind = .original
            } else if let parentActor, parentActor == authorId {
                kind = .selfReply
            } else if let reply = note.inReplyTo, let ownerActor, reply.hasPrefix(ownerActor + "/") {
                kind = .selfReply
            } else {
                kind = .reply
            }
            var flags: PostFlags = []
            if visibility == .followersOnly { flags.insert(.restricted) }
            if let u = note.updated, u != note.published { flags.insert(.edited) }
            let media = note.attachments.map { a -> Media in
                let type = a.mediaType ?? ""
                let kind: Media.Kind = type.hasPrefix("image/gif") ? .gif : type.hasPrefix("image/") ? .photo
                    : type.hasPrefix("video/") ? .video : type.hasPrefix("audio/") ? .audio : .other
                return Media(kind: kind, url: a.url, altText: (a.name?.isEmpty ?? true) ? nil : a.name)
            }
            let summary = note.summary.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            return Post(platform: .mastodon, id: id, author: author,
                        createdAt: (note.published ?? published).flatMap(DateParser.parse), text: text,
                        title: (summary?.isEmpty ?? true) ? nil : summary, kind: kind, replyTo: note.inReplyTo,
                        replyToUser: parentActor, conversation: note.conversation, url: note.url ?? id,
                        urls: content.urls, hashtags: note.hashtags.isEmpty ? content.hashtags : note.hashtags,
                        mentions: note.mentions.isEmpty ? content.mentions : note.mentions, media: media,
                        lang: note.language, byOwner: true, flags: flags,
                        provenance: Provenance(source: source, entry: entry, offset: offset))
        case "Announce":
            guard let id = self.id else { return nil }
            return Post(platform: .mastodon, id: id, author: owner?.ref ?? actor.map { AuthorRef(id: $0) },
                        createdAt: published.flatMap(DateParser.parse), text: "", kind: .repost,
                        repostOf: objectURI ?? note?.id, byOwner: true,
                        flags: visibility == .followersOnly ? [.restricted] : [],
                        provenance: Provenance(source: source, entry: entry, offset: offset))
        default:
            return nil
        }
    }

    /// Who may see it: the activity's audience, else its object's.
    var visibility: MastodonVisibility {
        if to.isEmpty && cc.isEmpty, let note { return MastodonVisibility(to: note.to, cc: note.cc) }
        return MastodonVisibility(to: to, cc: cc)
    }

    /// `name@host` of an actor URI.
    static func handle(_ actor: String) -> String? {
        guard let user = MastodonActor.username(ofActor: actor), let host = MastodonActor.host(of: actor) else { return nil }
        return "\(user)@\(host)"
    }
}
