/// The moderation state of a comment as the blog exported it. Only `approved` comments are eligible
/// for genuine engagement.
public enum ModerationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Published (WordPress `comment_approved` 1).
    case approved
    /// Waiting for moderation (WordPress 0, Disqus `isApproved` false).
    case pending
    /// Marked as spam (WordPress `spam`, Disqus `isSpam`).
    case spam
    /// Trashed or deleted by a moderator (WordPress `trash`, `post-trashed`; Disqus `isDeleted`).
    case trash
}
