import EngageCore

/// Reads a post or reply to classify from a JSON object (a JSONL line, a rule example):
/// `{"id","text"}` plus, optionally, `kind` (original, reply, selfReply, repost, quote), `urls`,
/// `hashtags`, `mentions`, `by_owner`, `comment_type` (comment, pingback, trackback), `author`, and
/// `parent` (the text it answers, or an object with `text` and `author`).
public enum PostRecord {
    /// The post an object describes, and the parent it answers when the object gives one.
    public static func post(from v: JSONValue, defaultKind: PostKind = .original, line: Int? = nil) -> (post: Post, parent: Post?) {
        func strings(_ key: String) -> [String] { v[key]?.array.compactMap(\.string) ?? [] }
        let kind = v["kind"]?.string.flatMap(PostKind.init(rawValue:)) ?? defaultKind
        let author = v["author"]?.string.map { AuthorRef(handle: $0) }
        var byOwner: Bool? = nil
        if let b = v["by_owner"] ?? v["byOwner"] { byOwner = b.bool ?? (b.string == "1" ? true : b.string == "0" ? false : nil) }
        let post = Post(
            platform: .web, id: v["id"]?.string ?? "", author: author, text: v["text"]?.string ?? "",
            kind: kind, urls: strings("urls"), hashtags: strings("hashtags"), mentions: strings("mentions"),
            commentType: (v["comment_type"] ?? v["commentType"])?.string.flatMap(CommentType.init(rawValue:)),
            byOwner: byOwner, provenance: Provenance(source: "input", line: line))
        var parent: Post? = nil
        if let p = v["parent"], !p.isNull {
            let text = p.string ?? p["text"]?.string ?? ""
            parent = Post(platform: .web, id: p["id"]?.string ?? "", author: p["author"]?.string.map { AuthorRef(handle: $0) },
                          text: text, provenance: Provenance(source: "input", line: line))
        }
        return (post, parent)
    }

    /// The keys a post object may have (unknown keys are ignored by readers but reported by rule checks).
    static let keys: Set<String> = [
        "id", "text", "kind", "urls", "hashtags", "mentions", "by_owner", "byOwner", "comment_type", "commentType",
        "author", "parent", "label", "class",
    ]
}
