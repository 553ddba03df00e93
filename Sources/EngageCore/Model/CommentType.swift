/// What kind of reply a blog comment is. Pingbacks and trackbacks are link notifications, not replies.
public enum CommentType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person's comment.
    case comment
    /// A WordPress pingback: another blog linked to the post.
    case pingback
    /// A trackback: another blog announced a link to the post.
    case trackback
}
