import EngageCore
import Foundation

/// Counts a stream of posts the way `engage inspect` reports them, in constant memory per post.
public struct PostTally: Sendable {
    /// Feed posts (the owner's own), excluding deleted and unpublished ones.
    public private(set) var posts = 0
    /// Feed posts by kind.
    public private(set) var postsByKind: [PostKind: Int] = [:]
    /// Feed posts by UTC year of publication (posts without a date are not in any year).
    public private(set) var postsByYear: [Int: Int] = [:]
    /// Feed posts without a readable date.
    public private(set) var postsWithoutDate = 0
    /// Posts the owner deleted (kept apart, never analysed).
    public private(set) var deleted = 0
    /// Drafts, pages, attachments and other items counted apart.
    public private(set) var unpublished = 0
    /// Replies and comments by others, and blog comments of any author.
    public private(set) var replies = 0
    /// Replies by moderation status (blog comments).
    public private(set) var repliesByStatus: [ModerationStatus: Int] = [:]
    /// Replies by comment type (`comment`, `pingback`, `trackback`; API replies count as `comment`).
    public private(set) var repliesByType: [CommentType: Int] = [:]
    /// Replies written by the owner (author replies).
    public private(set) var ownerReplies = 0
    /// Earliest and latest feed post.
    public private(set) var firstPost: Date?
    public private(set) var lastPost: Date?

    public init() {}

    /// Counts one record.
    public mutating func add(_ post: Post) {
        if post.flags.contains(.deleted) {
            deleted += 1
            return
        }
        if post.isFeedPost {
            if post.flags.contains(.draft) || post.flags.contains(.notAPost) {
                unpublished += 1
                return
            }
            posts += 1
            postsByKind[post.kind, default: 0] += 1
            if let d = post.createdAt {
                postsByYear[DateParser.components(d).year, default: 0] += 1
                if firstPost.map({ d < $0 }) ?? true { firstPost = d }
                if lastPost.map({ d > $0 }) ?? true { lastPost = d }
            } else {
                postsWithoutDate += 1
            }
        } else {
            replies += 1
            if let m = post.moderation { repliesByStatus[m, default: 0] += 1 }
            repliesByType[post.commentType ?? .comment, default: 0] += 1
            if post.byOwner == true { ownerReplies += 1 }
        }
    }
}
