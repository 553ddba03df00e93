import EngageCore

/// The content features of one unit (ANALYSIS.md §5.1, §9.2), read from the post's text and, where
/// a source gives them, its entities.
public struct PostFeatures: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A link: an `http://`/`https://` URL in the text (any case) or a URL entity.
    public static let link = PostFeatures(rawValue: 1 << 0)
    /// Media attached (photo, video, GIF, audio).
    public static let media = PostFeatures(rawValue: 1 << 1)
    /// A hashtag: `(^|\s)#\w` in the text or a hashtag entity.
    public static let hashtag = PostFeatures(rawValue: 1 << 2)
    /// A mention: `(^|[^\w])@\w` in the text or a mention entity.
    public static let mention = PostFeatures(rawValue: 1 << 3)
    /// A question mark anywhere in the text.
    public static let question = PostFeatures(rawValue: 1 << 4)
    /// An exclamation mark anywhere in the text.
    public static let exclamation = PostFeatures(rawValue: 1 << 5)
    /// A self-thread of two or more posts.
    public static let thread = PostFeatures(rawValue: 1 << 6)
    /// A quote post.
    public static let quote = PostFeatures(rawValue: 1 << 7)

    /// Every flag feature with its report name, in report order.
    public static let named: [(PostFeatures, String)] = [
        (.link, "link"), (.media, "media"), (.hashtag, "hashtag"), (.mention, "mention"),
        (.question, "question"), (.exclamation, "exclamation"), (.thread, "thread"), (.quote, "quote"),
    ]

    /// The names of the set features, in report order.
    public var names: [String] { Self.named.filter { contains($0.0) }.map(\.1) }

    /// Reads the features of `post` (thread is set by the caller, who knows the thread).
    public static func of(_ post: Post) -> PostFeatures {
        var f = scan(post.text)
        if !post.urls.isEmpty { f.insert(.link) }
        if !post.media.isEmpty { f.insert(.media) }
        if !post.hashtags.isEmpty { f.insert(.hashtag) }
        if !post.mentions.isEmpty { f.insert(.mention) }
        if post.kind == .quote || post.quoted != nil { f.insert(.quote) }
        return f
    }

    /// The text features of `text` alone.
    static func scan(_ text: String) -> PostFeatures {
        var f = PostFeatures()
        var previous: Unicode.Scalar? = nil
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "?": f.insert(.question)
            case "!": f.insert(.exclamation)
            case "#":
                if previous.map(isSpace) ?? true, i + 1 < scalars.count, isWord(scalars[i + 1]) { f.insert(.hashtag) }
            case "@":
                if !(previous.map(isWord) ?? false), i + 1 < scalars.count, isWord(scalars[i + 1]) { f.insert(.mention) }
            case "h", "H":
                if !f.contains(.link), startsURL(scalars, i) { f.insert(.link) }
            default: break
            }
            previous = c
        }
        return f
    }

    /// The length in Unicode scalars after deleting the `http://` and `https://` prefixes (§9.2).
    public static func length(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var n = scalars.count
        var i = 0
        while i < scalars.count {
            if scalars[i] == "h" || scalars[i] == "H", let len = urlPrefixLength(scalars, i) {
                n -= len
                i += len
            } else {
                i += 1
            }
        }
        return n
    }

    private static func startsURL(_ s: [Unicode.Scalar], _ i: Int) -> Bool { urlPrefixLength(s, i) != nil }

    /// 7 for `http://`, 8 for `https://` (any case) at i.
    private static func urlPrefixLength(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        func lower(_ k: Int) -> Unicode.Scalar? {
            guard k < s.count else { return nil }
            let v = s[k].value
            return (v >= 65 && v <= 90) ? Unicode.Scalar(v + 32) : s[k]
        }
        guard lower(i) == "h", lower(i + 1) == "t", lower(i + 2) == "t", lower(i + 3) == "p" else { return nil }
        var k = i + 4
        if lower(k) == "s" { k += 1 }
        guard lower(k) == ":", lower(k + 1) == "/", lower(k + 2) == "/" else { return nil }
        return k + 3 - i
    }

    /// Python's `\w` for str patterns: Unicode letters, digits and underscore.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Python's `\s`.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || (c.value >= 0x1C && c.value <= 0x1F)
    }
}
