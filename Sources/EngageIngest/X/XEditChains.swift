import EngageCore

/// Collapses X edit chains (2022+) to their newest version, in one streaming pass.
///
/// Every version of an edited post is a tweet of its own whose `edit_info` lists the whole chain
/// (`editTweetIds`, oldest first), so each tweet knows by itself whether it is the newest version.
/// Older versions are dropped once the newest has been seen; an older version that comes first is
/// held until its newest version arrives. Only chains whose newest version never appears are kept
/// (the newest version present), so every edited post counts once. Memory is bounded by the number
/// of edited posts, not of tweets.
struct XEditChains {
    /// What to do with a tweet.
    enum Decision: Equatable {
        /// Not part of an edit chain (or the synthetic single-version chain of pre-edit tweets).
        case plain
        /// The newest version of an edited post: emit it, flagged `edited`.
        case newest
        /// An older version: do not emit (it is held in case the newest version is missing).
        case superseded
    }

    private var newestSeen = Set<String>()
    private var held: [String: (post: Post, rank: Int)] = [:]
    /// Older versions dropped because their newest version was read.
    private(set) var collapsed = 0
    /// Edited posts whose newest version was read.
    private(set) var chains = 0

    /// Classifies the tweet `id` whose chain is `chain` (oldest first).
    mutating func decide(id: String, chain: [String]) -> Decision {
        guard chain.count > 1, let newest = chain.last else { return .plain }
        if id == newest {
            if newestSeen.insert(id).inserted {
                chains += 1
                if held.removeValue(forKey: id) != nil { collapsed += 1 }
            }
            return .newest
        }
        return .superseded
    }

    /// Keeps an older version until its chain's newest version shows up (or drops it when it already has).
    mutating func hold(_ post: Post, chain: [String]) {
        guard let newest = chain.last else { return }
        if newestSeen.contains(newest) {
            collapsed += 1
            return
        }
        let rank = chain.firstIndex(of: post.id) ?? 0
        if let old = held[newest] {
            collapsed += 1
            if old.rank >= rank { return }
        }
        held[newest] = (post, rank)
    }

    /// The newest version present of every chain whose newest version never appeared, in a stable order.
    mutating func orphans() -> [(post: Post, missingNewest: String)] {
        let out = held.sorted { $0.key < $1.key }.map { (post: $0.value.post, missingNewest: $0.key) }
        held = [:]
        return out
    }
}
