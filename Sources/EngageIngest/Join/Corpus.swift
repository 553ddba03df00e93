import EngageCore
import Foundation

/// Every record of one run, joined: the input for classification and analysis.
///
/// - **One record per post.** A post seen in several files (platform + id) is one record with the
///   newest counts and their as-of time (``Post/merged(with:)``).
/// - **Feeds.** Each source's owner (stated, or detected by ``FeedOwner``) defines a feed; sources
///   with the same owner (an archive and a capture of its replies) form one feed. A source without a
///   single owner (a search) is a feed of its own.
/// - **Replies joined to posts.** A reply is attached to the post it answers when that post is in any
///   input; when only its conversation's root is there, to the root; otherwise it is flagged
///   `orphan`. A reply from a source without an owner to a feed post gets `byOwner` from that feed.
///
/// Records are stored once, in first-seen order; relations are index arrays, so a million-post
/// archive costs the posts themselves plus a few integers each.
///
/// ```swift
/// let corpus = try Corpus.read(paths: ["archive.zip", "replies.jsonl"], options: options)
/// for feed in corpus.feeds {
///     for i in feed.posts { let replies = corpus.replies(to: i).map { corpus.posts[$0] } }
/// }
/// ```
public final class Corpus {
    /// One analysed feed: an owner's posts from every source that carries them.
    public struct Feed: Sendable {
        /// The owner; nil for a collection of many accounts (a search capture).
        public var owner: Account?
        /// Indices (into ``Corpus/sources``) of the sources of this feed.
        public var sources: [Int]
        /// Indices (into ``Corpus/posts``) of the feed's own posts, in first-seen order: originals,
        /// replies, threads, reposts and quotes by the owner (every post of a collection).
        public var posts: [Int]
    }

    /// Every source, in the order given.
    public private(set) var sources: [SourceInfo] = []
    /// Problems and notes from reading and joining.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Accounts the sources described, merged by platform and id.
    public private(set) var accounts: [Account] = []
    /// The records, merged, in first-seen order.
    public private(set) var posts = PostList()
    /// The feeds, in the order of their first source.
    public private(set) var feeds: [Feed] = []
    /// Facts about the join ("12 replies attached to posts of archive.zip; 3 orphans").
    public private(set) var notes: [String] = []

    private var index: [PostKey: Int32] = [:]
    /// Accounts by ``IngestContext/accountKey(_:)`` and, for accounts with an id, by handle too.
    private var directory = AccountDirectory([])
    /// Source index of each record's first reading.
    private var origin: [Int32] = []
    /// Extra sources of records read more than once.
    private var alsoIn: [Int32: [Int32]] = [:]
    /// Direct parent of each record (-1: none in the input).
    private var parents: [Int32] = []
    /// Children lists in compressed form: `childList[childStart[i]..<childStart[i+1]]`.
    private var childStart: [Int32] = []
    private var childList: [Int32] = []
    private var currentSource: Int32 = 0
    private var lastPath: String?
    /// Paths in the order their first record arrived; `origin` indexes this until ``finish(_:)``.
    private var seenPaths: [String] = []
    /// Records read more than once.
    public private(set) var mergedCount = 0

    /// An empty corpus; fill it with ``add(_:)`` during `Ingestor.run`, then call ``finish(_:)``.
    public init() {}

    /// Reads `paths` and joins their records.
    ///
    /// - Throws: what ``Ingestor/run(paths:consumer:)`` throws.
    public static func read(paths: [String], options: IngestOptions = IngestOptions()) throws -> Corpus {
        let corpus = Corpus()
        let summary = try Ingestor(options: options).run(paths: paths) { corpus.add($0) }
        corpus.finish(summary)
        return corpus
    }

    /// Adds one record; a record already present is merged. The record's source is the path in its
    /// provenance.
    public func add(_ post: Post) {
        let path = post.provenance.source
        if path != lastPath {
            lastPath = path
            if let k = seenPaths.firstIndex(of: path) {
                currentSource = Int32(k)
            } else {
                currentSource = Int32(seenPaths.count)
                seenPaths.append(path)
            }
        }
        let key = post.key
        if let i = index[key] {
            posts.update(Int(i)) { $0 = $0.merged(with: post) }
            mergedCount += 1
            if origin[Int(i)] != currentSource, !(alsoIn[i]?.contains(currentSource) ?? false) {
                alsoIn[i, default: []].append(currentSource)
            }
            return
        }
        index[key] = Int32(posts.count)
        posts.append(post)
        origin.append(currentSource)
    }

    /// Resolves feeds and owners and links replies to their posts.
    public func finish(_ summary: IngestSummary) {
        sources = summary.sources
        diagnostics = summary.diagnostics
        accounts = summary.accounts
        directory = AccountDirectory(accounts)
        // Paths → source indices (a path given twice maps to its first source).
        let map = seenPaths.map { p in Int32(sources.firstIndex { $0.path == p } ?? 0) }
        origin = origin.map { map[Int($0)] }
        alsoIn = alsoIn.mapValues { list in Array(Set(list.map { map[Int($0)] })).sorted() }
        for (i, list) in alsoIn { alsoIn[i] = list.filter { $0 != origin[Int(i)] } }
        buildFeeds()
        linkReplies()
        assignFeedPosts()
        if mergedCount > 0 {
            notes.append("\(mergedCount) records were read more than once (in several files or pages) and merged; each keeps its newest counts")
        }
        for n in notes { diagnostics.append(Diagnostic(.note, code: "joined", n)) }
    }

    // MARK: - Queries

    /// The run's summary: sources, diagnostics (join notes included) and accounts.
    public var summary: IngestSummary { IngestSummary(sources: sources, diagnostics: diagnostics, accounts: accounts) }

    /// The record with this platform and id, if any.
    public func find(_ key: PostKey) -> Int? { index[key].map(Int.init) }

    /// The record that `i` answers, when it is in the input.
    public func parent(of i: Int) -> Int? {
        let p = parents[i]
        return p >= 0 ? Int(p) : nil
    }

    /// Direct replies to record `i` (replies whose own parent is missing but whose conversation root is
    /// `i` are attached to `i` as well), in first-seen order.
    public func replies(to i: Int) -> [Int] {
        guard i + 1 < childStart.count else { return [] }
        return childList[Int(childStart[i])..<Int(childStart[i + 1])].map(Int.init)
    }

    /// Every reply below record `i`, at any depth (a post's whole thread), depth-first.
    public func thread(of i: Int) -> [Int] {
        var out: [Int] = []
        var stack = replies(to: i).reversed() as [Int]
        var seen = Set<Int>([i])
        while let j = stack.popLast() {
            guard seen.insert(j).inserted else { continue }
            out.append(j)
            stack.append(contentsOf: replies(to: j).reversed())
        }
        return out
    }

    /// Indices (into ``sources``) of every source that carried record `i`.
    public func sourcesOf(_ i: Int) -> [Int] {
        [Int(origin[i])] + (alsoIn[Int32(i)] ?? []).map(Int.init)
    }

    /// The account that wrote `post`, when a source described it (followers, creation date, bio,
    /// avatar: what spam and bot checks need).
    public func account(of post: Post) -> Account? {
        directory.account(of: post)
    }

    /// The feed of source `s`.
    public func feed(ofSource s: Int) -> Feed? { feeds.first { $0.sources.contains(s) } }

    // MARK: - Building

    /// One feed per owner (sources with the same owner share it), one per source without an owner.
    private func buildFeeds() {
        for (s, info) in sources.enumerated() {
            if let owner = info.owner, let f = feeds.firstIndex(where: { $0.owner.map { Self.same($0, owner) } ?? false }) {
                feeds[f].sources.append(s)
                feeds[f].owner = feeds[f].owner?.merged(with: owner)
            } else {
                feeds.append(Feed(owner: info.owner, sources: [s], posts: []))
            }
        }
    }

    /// Records whose author owns a feed are that feed's posts, whichever source carried them; every
    /// post of a collection is the collection's.
    private func assignFeedPosts() {
        var feedOfSource: [Int: Int] = [:]
        for (f, feed) in feeds.enumerated() { for s in feed.sources { feedOfSource[s] = f } }
        let owners: [(Int, FeedOwner)] = feeds.enumerated().compactMap { f, feed in
            feed.owner.map { (f, FeedOwner(author: $0.ref, evidence: .stated)) }
        }
        for i in posts.indices {
            var feed: Int?
            if let author = posts[i].author, let f = owners.first(where: { $0.1.matches(author) })?.0 {
                feed = f
                if posts[i].byOwner == nil && posts[i].commentType == nil { posts.update(i) { $0.byOwner = true } }
            } else if let f = feedOfSource[Int(origin[i])], feeds[f].owner == nil {
                feed = f
            }
            // Blog comments and replies by others belong to no feed's posts.
            if let feed, posts[i].isFeedPost { feeds[feed].posts.append(i) }
        }
    }

    private func linkReplies() {
        parents = Array(repeating: -1, count: posts.count)
        var attached = 0
        var byConversation = 0
        var orphans = 0
        var counts = [Int32](repeating: 0, count: posts.count + 1)
        let aliases = mastodonAliases()
        for i in posts.indices {
            guard let target = posts[i].replyTo, !target.isEmpty else { continue }
            let p = posts[i]
            var parent = lookup(target, platform: p.platform, aliases: aliases)
            var viaConversation = false
            if parent == nil, let c = p.conversation, c != p.id, let root = lookup(c, platform: p.platform, aliases: aliases) {
                parent = root
                viaConversation = true
            }
            guard let parent, parent != i else {
                posts.update(i) { _ = $0.flags.insert(.orphan) }
                orphans += 1
                continue
            }
            parents[i] = Int32(parent)
            counts[parent + 1] += 1
            if viaConversation { byConversation += 1 } else { attached += 1 }
            posts.update(i) { _ = $0.flags.remove(.orphan) }
            // A reply from a source without an owner answering a feed post: is it the owner's?
            if p.byOwner == nil, let owner = ownerOfFeedPost(parent) {
                let mine = FeedOwner(author: owner.ref, evidence: .stated).matches(p.author)
                posts.update(i) { $0.byOwner = mine }
            }
        }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        childStart = counts
        childList = Array(repeating: 0, count: Int(counts.last ?? 0))
        var fill = Array(counts.dropLast())
        for i in posts.indices where parents[i] >= 0 {
            let p = Int(parents[i])
            childList[Int(fill[p])] = Int32(i)
            fill[p] += 1
        }
        if attached + byConversation > 0 {
            var s = "\(attached + byConversation) replies joined to the posts they answer"
            if byConversation > 0 { s += " (\(byConversation) through their conversation, their direct parent missing)" }
            notes.append(s)
        }
        if orphans > 0 {
            notes.append("\(orphans) replies answer posts that are not in the input (flagged orphan)")
        }
    }

    /// The owner of the feed whose post `i` is (its author owns a feed).
    private func ownerOfFeedPost(_ i: Int) -> Account? {
        feeds.first { feed in feed.owner.map { FeedOwner(author: $0.ref, evidence: .stated).matches(posts[i].author) } ?? false }?.owner
    }

    private func lookup(_ id: String, platform: Platform, aliases: [String: Int32]) -> Int? {
        if let i = index[PostKey(platform: platform, id: id)] { return Int(i) }
        if platform == .mastodon, let i = aliases[Self.mastodonLocalId(id) ?? id] { return Int(i) }
        return nil
    }

    /// Mastodon posts are keyed by their ActivityPub URI (`https://host/users/u/statuses/110…`); API
    /// replies name their parent by its numeric id on the server they came from. The numeric tail of
    /// a URI is that id on the post's home server (snowflake ids do not collide in practice).
    private func mastodonAliases() -> [String: Int32] {
        var out: [String: Int32] = [:]
        for (key, i) in index where key.platform == .mastodon {
            if let local = Self.mastodonLocalId(key.id) { out[local] = i }
        }
        return out
    }

    /// The trailing numeric segment of a status URI or URL, or the id itself when it is numeric.
    static func mastodonLocalId(_ id: String) -> String? {
        let tail = id.split(separator: "/").last.map(String.init) ?? id
        guard !tail.isEmpty, tail.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return tail
    }

    /// Two owners are the same account: same platform and id, or the same handle when an id is missing.
    static func same(_ a: Account, _ b: Account) -> Bool {
        guard a.platform == b.platform else { return false }
        if let x = a.id, let y = b.id, !x.isEmpty, !y.isEmpty { return x == y }
        if let x = a.handle, let y = b.handle { return x.caseInsensitiveCompare(y) == .orderedSame }
        return false
    }
}
