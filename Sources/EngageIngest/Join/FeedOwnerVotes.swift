import EngageCore

/// Collects the evidence for ``FeedOwner`` while a source is read.
struct FeedOwnerVotes {
    private var own: [String: Int] = [:]
    private var ownTotal = 0
    private var written: [String: Int] = [:]
    private var writtenTotal = 0
    private var replyTargets: [String: Int] = [:]
    private var repliesTotal = 0
    private var refs: [String: AuthorRef] = [:]
    /// Author of each conversation root seen (id → author key).
    private var rootAuthors: [String: String] = [:]
    /// Replies per conversation.
    private var conversations: [String: Int] = [:]
    /// Replies whose parent is known only by user.
    private var repliedUsers: [String: Int] = [:]

    /// The key accounts are counted under: the id, else the lower-cased handle.
    static func key(_ ref: AuthorRef?) -> String? {
        guard let ref else { return nil }
        if let id = ref.id, !id.isEmpty { return "id:" + id }
        if let h = ref.handle, !h.isEmpty { return "h:" + h.lowercased() }
        return nil
    }

    /// Counts a post of the source itself.
    mutating func add(_ post: Post) {
        noteRoot(post)
        if let k = Self.key(post.author) {
            written[k, default: 0] += 1
            writtenTotal += 1
        }
        switch post.kind {
        case .original, .quote, .repost, .selfReply:
            guard let k = Self.key(post.author) else { return }
            remember(k, post.author)
            own[k, default: 0] += 1
            ownTotal += 1
        case .reply:
            repliesTotal += 1
            if let c = post.conversation, !c.isEmpty, c != post.id { conversations[c, default: 0] += 1 }
            if let u = post.replyToUser, !u.isEmpty {
                repliedUsers["id:" + u, default: 0] += 1
                if refs["id:" + u] == nil { refs["id:" + u] = AuthorRef(id: u) }
            }
        }
    }

    /// Notes a post the source only references (a replied-to or quoted post): it can reveal the
    /// author of a conversation root.
    mutating func addReferenced(_ post: Post) {
        noteRoot(post)
        if let k = Self.key(post.author) { remember(k, post.author) }
    }

    /// Records what a source says about an account: fills in the handle or name of an account the
    /// votes already know (by id), and nothing else, so describing every user of a large capture costs
    /// no memory.
    mutating func describe(_ ref: AuthorRef) {
        guard let k = Self.key(ref), refs[k] != nil else { return }
        remember(k, ref)
    }

    private mutating func noteRoot(_ post: Post) {
        guard let c = post.conversation, c == post.id, let k = Self.key(post.author) else { return }
        rootAuthors[c] = k
        remember(k, post.author)
    }

    private mutating func remember(_ k: String, _ ref: AuthorRef?) {
        guard let ref else { return }
        if let old = refs[k] {
            guard old.handle == nil && ref.handle != nil || old.name == nil && ref.name != nil || old.id == nil && ref.id != nil
            else { return }
            refs[k] = AuthorRef(id: old.id ?? ref.id, handle: old.handle ?? ref.handle, name: old.name ?? ref.name,
                                url: old.url ?? ref.url)
        } else {
            refs[k] = ref
        }
    }

    /// The owner, when one account clearly dominates; nil for a collection of many accounts.
    ///
    /// The author of most own posts is the owner when they also wrote at least half of everything;
    /// otherwise (a capture of replies) the account most replies answer, with a strict majority.
    func resolve() -> FeedOwner? {
        if ownTotal > 0, let (k, n) = Self.top(own), n * 2 > ownTotal, let ref = refs[k],
           (written[k] ?? 0) * 2 >= writtenTotal {
            return FeedOwner(author: ref, evidence: .ownPosts(count: n, total: ownTotal))
        }
        guard repliesTotal > 0 else { return nil }
        if let (k, n) = Self.top(replyVotes()), n * 2 > repliesTotal, let ref = refs[k] {
            return FeedOwner(author: ref, evidence: .repliedTo(count: n, total: repliesTotal))
        }
        return nil
    }

    /// Replies per answered account: the conversation root's author when most roots are known, else
    /// the replied-to user.
    private func replyVotes() -> [String: Int] {
        var votes: [String: Int] = [:]
        var counted = 0
        for (c, n) in conversations {
            guard let k = rootAuthors[c] else { continue }
            votes[k, default: 0] += n
            counted += n
        }
        return counted * 2 > repliesTotal ? votes : repliedUsers
    }

    private static func top(_ counts: [String: Int]) -> (String, Int)? {
        // Deterministic: highest count, then smallest key.
        counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }.map { ($0.key, $0.value) }
    }
}
