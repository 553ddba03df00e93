/// Who wrote a post, as the post itself says. The full profile, when a source has one, is an
/// ``Account`` with the same platform and id.
public struct AuthorRef: Sendable, Hashable, Codable {
    /// Platform user id (X `user_id`, Mastodon actor URL, WordPress user id), when known.
    public var id: String?
    /// Handle without `@` (X `screen_name`, Mastodon `user@host`, WordPress login, Disqus username).
    public var handle: String?
    /// Display name.
    public var name: String?
    /// The author's web site or profile URL, when the source gives one (blog commenters).
    public var url: String?

    /// Creates an author reference.
    public init(id: String? = nil, handle: String? = nil, name: String? = nil, url: String? = nil) {
        self.id = id
        self.handle = handle
        self.name = name
        self.url = url
    }

    /// The most readable label: `@handle`, else the name, else the id, else "unknown".
    public var label: String {
        if let handle, !handle.isEmpty { return "@" + handle }
        if let name, !name.isEmpty { return name }
        return id ?? "unknown"
    }
}
