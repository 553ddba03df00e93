import EngageCore

/// One normalised record as a JSON object: the line format of `engage export` (JSON Lines).
///
/// Fields (documented in docs/json-output.md): `id`, `platform`, `kind`, `author`, `createdAt`,
/// `text`, `title`, `replyTo`, `replyToUser`, `conversation`, `quoted`, `repostOf`, `url`, `urls`,
/// `hashtags`, `mentions`, `media`, `lang`, `client`, `metrics` (null when unknown), `commentType`,
/// `moderation`, `byOwner`, `sourceSpamLabel`, `flags`, `source`. Callers may append more members
/// (classification, features, genuine counts) through `extra`.
public enum PostJSON {
    /// The export line schema version.
    public static let schemaVersion = 1

    /// Writes `post` as one object; `extra` writes further members before it closes.
    public static func write(_ post: Post, to w: inout JSONWriter, extra: ((inout JSONWriter) -> Void)? = nil) {
        w.object { w in
            w.key("id"); w.string(post.id)
            w.key("platform"); w.string(post.platform.rawValue)
            w.key("kind"); w.string(post.kind.rawValue)
            w.key("author")
            if let a = post.author {
                w.object { w in
                    w.key("id"); w.string(a.id)
                    w.key("handle"); w.string(a.handle)
                    w.key("name"); w.string(a.name)
                    w.key("url"); w.string(a.url)
                }
            } else {
                w.null()
            }
            w.key("createdAt"); w.date(post.createdAt)
            w.key("text"); w.string(post.text)
            w.key("title"); w.string(post.title)
            w.key("replyTo"); w.string(post.replyTo)
            w.key("replyToUser"); w.string(post.replyToUser)
            w.key("conversation"); w.string(post.conversation)
            w.key("quoted"); w.string(post.quoted)
            w.key("repostOf"); w.string(post.repostOf)
            w.key("url"); w.string(post.url)
            w.key("urls"); w.strings(post.urls)
            w.key("hashtags"); w.strings(post.hashtags)
            w.key("mentions"); w.strings(post.mentions)
            w.key("media"); w.array { w in
                for m in post.media {
                    w.object { w in
                        w.key("kind"); w.string(m.kind.rawValue)
                        w.key("url"); w.string(m.url)
                        w.key("altText"); w.string(m.altText)
                    }
                }
            }
            w.key("lang"); w.string(post.lang)
            w.key("client"); w.string(post.client)
            w.key("metrics"); w.object { w in
                w.key("likes"); w.int(post.metrics.likes)
                w.key("reposts"); w.int(post.metrics.reposts)
                w.key("replies"); w.int(post.metrics.replies)
                w.key("quotes"); w.int(post.metrics.quotes)
                w.key("impressions"); w.int(post.metrics.impressions)
                w.key("asOf"); w.date(post.metrics.asOf)
            }
            w.key("commentType"); w.string(post.commentType?.rawValue)
            w.key("moderation"); w.string(post.moderation?.rawValue)
            w.key("byOwner"); w.bool(post.byOwner)
            w.key("sourceSpamLabel"); w.bool(post.sourceSpamLabel)
            w.key("flags"); w.strings(post.flags.names)
            w.key("source"); w.object { w in
                w.key("file"); w.string(post.provenance.file)
                w.key("offset"); w.int(post.provenance.offset)
                w.key("line"); w.int(post.provenance.line)
            }
            extra?(&w)
        }
    }

    /// The record as one line of JSON.
    public static func line(_ post: Post, extra: ((inout JSONWriter) -> Void)? = nil) -> String {
        var w = JSONWriter()
        write(post, to: &w, extra: extra)
        return w.output
    }
}
