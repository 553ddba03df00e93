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

    /// The text features of `text` alone (one pass, no allocation).
    static func scan(_ text: String) -> PostFeatures {
        var f = PostFeatures()
        let v = text.unicodeScalars
        var previous: Unicode.Scalar? = nil
        var i = v.startIndex
        while i < v.endIndex {
            let c = v[i]
            let next = v.index(after: i)
            switch c {
            case "?": f.insert(.question)
            case "!": f.insert(.exclamation)
            case "#":
                if previous.map(isSpace) ?? true, next < v.endIndex, isWord(v[next]) { f.insert(.hashtag) }
            case "@":
                if !(previous.map(isWord) ?? false), next < v.endIndex, isWord(v[next]) { f.insert(.mention) }
            case "h", "H":
                if !f.contains(.link), urlPrefixLength(v, i) != nil { f.insert(.link) }
            default: break
            }
            previous = c
            i = next
        }
        return f
    }

    /// The length in Unicode scalars after deleting the `http://` and `https://` prefixes (§9.2).
    public static func length(_ text: String) -> Int {
        let v = text.unicodeScalars
        var n = 0, skip = 0
        var i = v.startIndex
        while i < v.endIndex {
            if skip == 0, v[i] == "h" || v[i] == "H", let len = urlPrefixLength(v, i) { skip = len }
            if skip > 0 { skip -= 1 } else { n += 1 }
            i = v.index(after: i)
        }
        return n
    }

    /// 7 for `http://`, 8 for `https://` (any case) at i.
    private static func urlPrefixLength(_ v: String.UnicodeScalarView, _ i: String.UnicodeScalarView.Index) -> Int? {
        var k = i
        func take(_ want: UInt32) -> Bool {
            guard k < v.endIndex else { return false }
            var c = v[k].value
            if c >= 65 && c <= 90 { c += 32 }
            guard c == want else { return false }
            k = v.index(after: k)
            return true
        }
        guard take(104), take(116), take(116), take(112) else { return nil }  // h t t p
        let secure = take(115)  // s
        guard take(58), take(47), take(47) else { return nil }  // : / /
        return secure ? 8 : 7
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
