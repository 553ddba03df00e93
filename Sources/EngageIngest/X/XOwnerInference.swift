import EngageCore

/// Infers the owner of a tweets file that comes without a manifest, `account.js` or Grailbird `user`
/// (a lone `tweets.js`), from the data itself.
///
/// The strongest signal is the self-reply structure: a reply whose parent tweet is in the same file
/// answers the owner, so its `in_reply_to_user_id` is the owner's id (threads make these common and
/// adjacent). The owner's own media links (`https://twitter.com/<owner>/status/<this tweet's id>/photo/1`)
/// give the handle as a second signal. Only a bounded window of tweets is looked at: the inference
/// stops as soon as it is confident, so a 2 GB file is not held or read twice in full.
struct XOwnerInference {
    /// How many agreeing self-replies make the inference confident.
    static let confidentAfter = 3

    private var ids = Set<String>()
    private var replies: [(parent: String, user: String, handle: String?)] = []
    private var handleVotes: [String: Int] = [:]
    private var idVotes: [String: Int] = [:]
    private var handleOfId: [String: String] = [:]
    private var checked = 0
    /// Tweets looked at.
    private(set) var seen = 0

    /// Looks at one tweet.
    mutating func add(_ t: XTweetObject) {
        seen += 1
        guard let id = t.id else { return }
        ids.insert(id)
        if let parent = t.replyToStatus, !parent.isEmpty, let user = t.replyToUser, !user.isEmpty {
            replies.append((parent, user, t.replyToHandle))
        }
        if let user = t.replyToUser, let handle = t.replyToHandle, !user.isEmpty, !handle.isEmpty {
            handleOfId[user] = handle
        }
        for m in t.media {
            if let e = m.expanded, let s = XStatusURL.parse(e), s.id == id, let h = s.handle {
                handleVotes[h.lowercased(), default: 0] += 1
            }
        }
    }

    /// Counts the self-replies found so far; true when the owner is known with confidence.
    mutating func isConfident() -> Bool {
        while checked < replies.count {
            let r = replies[checked]
            if ids.contains(r.parent) { idVotes[r.user, default: 0] += 1 }
            checked += 1
        }
        return (idVotes.values.max() ?? 0) >= Self.confidentAfter
    }

    /// The inferred owner and how it was found, or nil.
    mutating func result() -> (account: Account, evidence: String)? {
        _ = isConfident()
        // Self-replies whose parent came later in the window count too.
        idVotes = [:]
        for r in replies where ids.contains(r.parent) { idVotes[r.user, default: 0] += 1 }
        if let (id, votes) = idVotes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            var handle = handleOfId[id]
            if handle == nil, let (h, _) = handleVotes.max(by: { $0.value < $1.value }) { handle = h }
            return (Account(platform: .x, id: id, handle: handle),
                    "inferred from \(votes) self-repl\(votes == 1 ? "y" : "ies") (replies to tweets in the same file)")
        }
        if let (h, votes) = handleVotes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            let id = handleOfId.first { $0.value.lowercased() == h }?.key
            return (Account(platform: .x, id: id, handle: h),
                    "inferred from the links of \(votes) own media item\(votes == 1 ? "" : "s")")
        }
        return nil
    }
}
