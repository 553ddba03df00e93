import EngageCore
import Foundation

extension MastodonStatus {
    /// The post, keyed by its ActivityPub URI (the id an export uses); `localIds` maps the server's
    /// numeric ids of the statuses in the same file to their URIs, so replies name their parent the
    /// way the parent is keyed. A parent outside the file keeps its numeric id, which ``Corpus``
    /// matches against the tail of the URIs it holds.
    func post(localIds: [String: String], actors: [String: String], source: String, asOf: Date?,
              at position: JSONRecords.Position, light: Bool = false) throws -> Post {
        guard let key = uri ?? url ?? id, !key.isEmpty else {
            throw EngageError(.invalidRecord, "a status without an id: expected \"uri\" or \"id\"", offset: position.offset,
                              line: position.line)
        }
        let content = light ? MastodonContent(html: nil) : MastodonContent(html: content)
        var text = content.text
        if !pollOptions.isEmpty {
            text += (text.isEmpty ? "" : "\n\n") + pollOptions.map { "• " + $0 }.joined(separator: "\n")
        }
        let author = account?.ref
        let parent = inReplyToId.map { localIds[$0] ?? $0 }
        let parentActor = inReplyToAccountId.map { actors[$0] ?? $0 }
        let boosted = reblog.first
        let kind: PostKind
        if boosted != nil {
            kind = .repost
        } else if inReplyToId == nil {
            kind = .original
        } else if let a = account?.id, a == inReplyToAccountId {
            kind = .selfReply
        } else {
            kind = .reply
        }
        let metrics = ReportedCounts.metrics(kind: kind, likes: favourites, reposts: reblogs, replies: replies, quotes: quotes,
                                             createdAt: nil, asOf: asOf)
        var flags: PostFlags = []
        if MastodonVisibility(api: visibility) == .followersOnly { flags.insert(.restricted) }
        if editedAt != nil { flags.insert(.edited) }
        let spoiler = spoiler?.trimmingCharacters(in: .whitespacesAndNewlines)
        return Post(platform: .mastodon, id: key, author: author, createdAt: createdAt.flatMap(DateParser.parse), text: text,
                    title: (spoiler?.isEmpty ?? true) ? nil : spoiler, kind: kind, replyTo: parent, replyToUser: parentActor,
                    repostOf: boosted.flatMap { $0.uri ?? $0.url ?? $0.id }, url: url ?? uri, urls: content.urls,
                    hashtags: tags.isEmpty ? content.hashtags : tags, mentions: mentions.isEmpty ? content.mentions : mentions,
                    media: media, lang: language, client: application, metrics: metrics, flags: flags,
                    provenance: Provenance(source: source, offset: position.offset, line: position.line))
    }
}
