/// Facts about a post that change how it is counted, as a set of named flags.
public struct PostFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Deleted by the owner (X `deleted-tweets.js`): kept apart, never analysed.
    public static let deleted = PostFlags(rawValue: 1 << 0)
    /// Restricted audience (X communities, Twitter Circle; Mastodon followers-only).
    public static let restricted = PostFlags(rawValue: 1 << 1)
    /// Text completed from a long-post record (X `note-tweet.js`).
    public static let longPost = PostFlags(rawValue: 1 << 2)
    /// The newest version of an edited post (older versions were collapsed into it).
    public static let edited = PostFlags(rawValue: 1 << 3)
    /// A draft or otherwise unpublished post.
    public static let draft = PostFlags(rawValue: 1 << 4)
    /// The reply's parent is not in the input.
    public static let orphan = PostFlags(rawValue: 1 << 5)
    /// A Medium story that looks like a response (the owner's comment elsewhere), not content.
    public static let possibleResponse = PostFlags(rawValue: 1 << 6)
    /// The parser recovered from malformed markup to read this record.
    public static let recovered = PostFlags(rawValue: 1 << 7)
    /// The date could not be read and was taken from elsewhere or is missing.
    public static let dateApproximate = PostFlags(rawValue: 1 << 8)
    /// A non-post item (page, attachment, menu item) kept for counting only.
    public static let notAPost = PostFlags(rawValue: 1 << 9)
    /// Direct / private visibility: not public content.
    public static let direct = PostFlags(rawValue: 1 << 10)
    /// Removed by a moderator (Disqus `isDeleted`).
    public static let moderatorDeleted = PostFlags(rawValue: 1 << 11)
    /// The retweet text was truncated by the platform.
    public static let truncated = PostFlags(rawValue: 1 << 12)

    /// Every flag with its report name, in a stable order.
    public static let named: [(PostFlags, String)] = [
        (.deleted, "deleted"), (.restricted, "restricted"), (.longPost, "longPost"), (.edited, "edited"),
        (.draft, "draft"), (.orphan, "orphan"), (.possibleResponse, "possibleResponse"),
        (.recovered, "recovered"), (.dateApproximate, "dateApproximate"), (.notAPost, "notAPost"),
        (.direct, "direct"), (.moderatorDeleted, "moderatorDeleted"), (.truncated, "truncated"),
    ]

    /// The names of the flags that are set, in a stable order.
    public var names: [String] { Self.named.filter { contains($0.0) }.map(\.1) }

    /// Builds flags from names; unknown names are ignored.
    public init(names: [String]) {
        var f = PostFlags()
        for (flag, name) in Self.named where names.contains(name) { f.insert(flag) }
        self = f
    }
}

extension PostFlags: Codable {
    public init(from decoder: Decoder) throws {
        self.init(names: try decoder.singleValueContainer().decode([String].self))
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(names)
    }
}
