import EngageCore
import Foundation

/// Whose feed a source is, when the source does not say: the account most of the feed's own posts
/// come from (originals, quotes, reposts, thread continuations), or — for a capture that holds only
/// replies, such as a conversation search — the account most replies answer.
///
/// A clear majority is required; a search or hashtag collection of many accounts has no owner, and its
/// posts keep `byOwner == nil`.
public struct FeedOwner: Sendable, Hashable {
    /// How the owner was found.
    public enum Evidence: Sendable, Hashable {
        /// The source names it (a timeline URL, an analytics export, an account file).
        case stated
        /// Wrote `count` of the `total` own posts (originals, quotes, reposts, self-replies).
        case ownPosts(count: Int, total: Int)
        /// Received `count` of the `total` replies (their conversation root or replied-to account).
        case repliedTo(count: Int, total: Int)
    }

    /// The owner as posts name their author.
    public var author: AuthorRef
    /// Why this account.
    public var evidence: Evidence

    /// Creates an owner.
    public init(author: AuthorRef, evidence: Evidence) {
        self.author = author
        self.evidence = evidence
    }

    /// True when `ref` is the owner (same id, or the same handle ignoring case when ids are missing).
    public func matches(_ ref: AuthorRef?) -> Bool {
        guard let ref else { return false }
        if let a = author.id, let b = ref.id, !a.isEmpty, !b.isEmpty { return a == b }
        if let a = author.handle, let b = ref.handle, !a.isEmpty, !b.isEmpty {
            return a.caseInsensitiveCompare(b) == .orderedSame
        }
        return false
    }

    /// A sentence for the source's notes.
    public var note: String {
        switch evidence {
        case .stated: return "owner \(author.label) as the source states"
        case let .ownPosts(n, total): return "owner \(author.label) detected: wrote \(n) of \(total) own posts"
        case let .repliedTo(n, total): return "owner \(author.label) detected: \(n) of \(total) replies answer this account"
        }
    }
}
