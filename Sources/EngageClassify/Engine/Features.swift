import EngageCore
import Foundation

/// What rules look at for one item: the normalised text, the ``Field`` values (NaN when unknown) and
/// the hosts of its links.
struct Features {
    var text: [UInt8] = []
    var fields: [Double] = [Double](repeating: .nan, count: Field.allCases.count)
    var hosts: [String] = []

    subscript(_ f: Field) -> Double {
        get { fields[f.rawValue] }
        set { fields[f.rawValue] = newValue }
    }

    // MARK: - Posts and replies

    /// Features of a post or reply. `parent` is the post a reply answers, when known; `overlap` and
    /// `caps` are computed only when a rule needs them.
    init(post: Post, parent: Post?, needsOverlap: Bool, needsCaps: Bool = true, scratch: inout [UInt8]) {
        let body = Features.classifiedText(post)
        TextNormalizer.normalize(body, into: &text, scratch: &scratch)
        self[.kind] = Double(Features.kindIndex(post.kind))
        if let t = post.commentType { self[.commentType] = Double(Features.commentTypeIndex(t)) }
        if let o = post.byOwner { self[.byOwner] = o ? 1 : 0 }
        self[.hasParent] = parent == nil ? 0 : 1
        if let parent, let a = post.author, let b = parent.author {
            if let x = a.id, let y = b.id, !x.isEmpty, !y.isEmpty {
                self[.sameAuthor] = x == y ? 1 : 0
            } else if let x = a.handle, let y = b.handle, !x.isEmpty, !y.isEmpty {
                self[.sameAuthor] = x.lowercased() == y.lowercased() ? 1 : 0
            }
        }
        var words = 0, emoji = 0, links = 0, mentions = 0, hashtags = 0
        var hosts: [String] = []
        text.withUnsafeBufferPointer { t in
            Tokenizer.forEachPiece(t) { piece, _ in
                switch piece {
                case .url: links += 1
                case .host(let a, let b): hosts.append(Features.host(String(decoding: t[a..<b], as: UTF8.self)))
                case .mention: mentions += 1
                case .number: words += 1
                case .numberDigits, .separator: break
                case .text(let a, _):
                    let first = t[a]
                    if first == 0x23 {
                        hashtags += 1
                    } else if first < 0x80 {
                        if WordBoundary.isASCIIWord(first) { words += 1 }
                    } else if WordBoundary.isWord(at: a, in: t) {
                        words += 1
                    } else {
                        emoji += 1
                    }
                }
            }
        }
        for u in post.urls {
            let h = Features.host(u)
            if !h.isEmpty, !hosts.contains(h) { hosts.append(h) }
        }
        self.hosts = hosts
        self[.urls] = Double(max(links, post.urls.count))
        self[.mentions] = Double(max(mentions, post.mentions.count))
        self[.hashtags] = Double(max(hashtags, post.hashtags.count))
        self[.words] = Double(words)
        self[.emoji] = Double(emoji)
        self[.chars] = Double(text.count)
        if needsCaps { self[.caps] = Features.capitals(body) }
        if needsOverlap, let parent {
            let mine = Features.contentWords(text)
            let theirs = Features.contentWords(TextNormalizer.normalize(Features.classifiedText(parent)))
            self[.overlap] = Double(mine.intersection(theirs).count)
        }
    }

    /// The text rules read: a repost's `RT @user: ` prefix removed.
    static func classifiedText(_ post: Post) -> String {
        let t = post.text
        if post.kind == .repost, t.hasPrefix("RT @"), let colon = t.firstIndex(of: ":") {
            return String(t[t.index(after: colon)...])
        }
        return t
    }

    static func kindIndex(_ k: PostKind) -> Int {
        switch k {
        case .original: return 0
        case .reply: return 1
        case .selfReply: return 2
        case .repost: return 3
        case .quote: return 4
        }
    }

    static func commentTypeIndex(_ c: CommentType) -> Int {
        switch c {
        case .comment: return 0
        case .pingback: return 1
        case .trackback: return 2
        }
    }

    /// Share of capital letters among letters; NaN under 8 letters. ASCII is counted byte by byte; only
    /// other characters consult Unicode properties.
    static func capitals(_ s: String) -> Double {
        var letters = 0, upper = 0
        var nonASCII = false
        for b in s.utf8 {
            if b >= 0x80 {
                nonASCII = true
            } else if b >= 0x41 && b <= 0x5A {
                letters += 1
                upper += 1
            } else if b >= 0x61 && b <= 0x7A {
                letters += 1
            }
        }
        if nonASCII {
            for u in s.unicodeScalars where !u.isASCII && u.properties.isAlphabetic {
                letters += 1
                if u.properties.isUppercase { upper += 1 }
            }
        }
        return letters < 8 ? .nan : Double(upper) / Double(letters)
    }

    /// The host of a link, lower-case, without `www.` and port.
    static func host(_ url: String) -> String {
        var s = Substring(url.lowercased())
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        if let slash = s.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { s = s[..<slash] }
        if let at = s.lastIndex(of: "@") { s = s[s.index(after: at)...] }
        if let colon = s.firstIndex(of: ":") { s = s[..<colon] }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        while s.hasSuffix(".") { s = s.dropLast() }
        return String(s)
    }

    /// Words of four letters or more that are not among the most common English words.
    static func contentWords(_ normalized: [UInt8]) -> Set<String> {
        var out = Set<String>()
        normalized.withUnsafeBufferPointer { t in
            Tokenizer.forEachPiece(t) { piece, _ in
                guard case .text(let a, let b) = piece, b - a >= 4, t[a] < 0x80, WordBoundary.isASCIIWord(t[a]) else { return }
                let w = String(decoding: t[a..<b], as: UTF8.self)
                if !stopWords.contains(w) { out.insert(w) }
            }
        }
        return out
    }

    static let stopWords: Set<String> = [
        "that", "this", "with", "have", "from", "they", "will", "would", "there", "their", "what", "about", "which",
        "when", "your", "just", "like", "been", "were", "them", "then", "than", "some", "more", "very", "into",
        "also", "only", "other", "could", "should", "these", "those", "here", "where", "because", "really", "much",
        "does", "doesn't", "don't", "it's", "i'm", "you're", "thanks", "thank", "great", "good", "love", "nice",
        "post", "article", "blog",
    ]

    // MARK: - Accounts

    /// Features of an account; ages are measured to `asOf`, else to the account's own `asOf`.
    init(account a: Account, asOf: Date?) {
        func set(_ f: Field, _ v: Int?) { if let v { self[f] = Double(v) } }
        set(.followers, a.followers)
        set(.following, a.following)
        set(.posts, a.posts)
        set(.likes, a.likes)
        set(.listed, a.listed)
        if let following = a.following, let followers = a.followers {
            self[.followingRatio] = Double(following) / Double(max(followers, 1))
        }
        if let created = a.createdAt, let now = a.asOf ?? asOf {
            let days = max(0, now.timeIntervalSince(created) / 86_400)
            self[.ageDays] = days
            if let posts = a.posts { self[.postsPerDay] = Double(posts) / max(days, 1) }
        }
        if let v = a.defaultProfile { self[.defaultProfile] = v ? 1 : 0 }
        if let v = a.defaultProfileImage { self[.defaultProfileImage] = v ? 1 : 0 }
        if let v = a.verified { self[.verified] = v ? 1 : 0 }
        if let v = a.protected { self[.protected] = v ? 1 : 0 }
        if let d = a.description { self[.description] = Double(d.trimmingCharacters(in: .whitespacesAndNewlines).count) }
        if let u = a.url { self[.hasURL] = u.trimmingCharacters(in: .whitespaces).isEmpty ? 0 : 1 }
        if let h = a.handle, !h.isEmpty {
            self[.handleDigits] = Double(h.reversed().prefix { $0.isASCII && $0.isNumber }.count)
        }
    }
}
