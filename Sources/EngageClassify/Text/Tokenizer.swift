/// Splits normalised text into the tokens the learned model counts: words (`don't` is one word), `#tags`,
/// emoji, `!`, `?`, `$`, `%`, and placeholders for links (`<url>` plus `<host:example.com>`), mentions
/// (`<mention>`) and numbers (`<num>` plus `<num:4>` for four digits, so milestones like 5000 and 10000
/// look alike), followed by the bigrams of neighbouring tokens (`follow back`).
///
/// One scanner (``forEachPiece(_:_:)``) finds the tokens; the model hashes them without copying
/// (``forEachHash(_:_:)``), training turns them into strings (``tokens(_:bigrams:)``) and the features
/// count them.
enum Tokenizer {
    /// A token found by the scanner.
    enum Piece {
        /// Bytes of the text: a word, a `#tag`, an emoji or a punctuation token.
        case text(Int, Int)
        /// `<url>` (the host follows as its own piece).
        case url
        /// `<host:…>` with the host's bytes in the text.
        case host(Int, Int)
        case mention
        /// `<num>` (`<num:digits>` follows).
        case number
        /// `<num:N>`.
        case numberDigits(Int)
        /// Punctuation that is not a token but ends a bigram chain.
        case separator

        /// True for the tokens that form bigrams with their neighbours (words, tags, placeholders).
        var joins: Bool {
            switch self {
            case .host, .numberDigits, .separator: return false
            default: return true
            }
        }
    }

    /// Finds every token of normalised text, in order. `joins` tells whether a token may form a bigram
    /// with the one before (punctuation and emoji break the chain).
    static func forEachPiece(_ t: UnsafeBufferPointer<UInt8>, _ body: (Piece, _ joins: Bool) -> Void) {
        let n = t.count
        var i = 0
        while i < n {
            let b = t[i]
            if b == 0x20 {
                i += 1
                continue
            }
            if let end = urlEnd(t, i) {
                body(.url, true)
                var h = i
                if startsWith(t, h, "https://") { h += 8 } else if startsWith(t, h, "http://") { h += 7 }
                if startsWith(t, h, "www.") { h += 4 }
                var e = h
                while e < end, t[e] != 0x2F, t[e] != 0x3F, t[e] != 0x23 { e += 1 }
                body(.host(h, e), false)
                i = end
                continue
            }
            if (b == 0x40 || b == 0x23), i + 1 < n, WordBoundary.isWord(at: i + 1, in: t) {
                var j = i + 1
                while j < n, WordBoundary.isWord(at: j, in: t) { j += WordBoundary.scalarLength(t[j]) }
                j = min(j, n)
                body(b == 0x40 ? .mention : .text(i, j), true)
                i = j
                continue
            }
            if TextNormalizer.isDigit(b) {
                var j = i
                var digits = 0
                while j < n, TextNormalizer.isDigit(t[j]) {
                    j += 1
                    digits += 1
                }
                if j + 1 < n, t[j] == 0x2E, TextNormalizer.isDigit(t[j + 1]) {
                    j += 1
                    while j < n, TextNormalizer.isDigit(t[j]) { j += 1 }
                }
                // A number glued to letters (`24h`, `1st`) is a word.
                if j < n, WordBoundary.isWord(at: j, in: t) {
                    while j < n, WordBoundary.isWord(at: j, in: t) { j += WordBoundary.scalarLength(t[j]) }
                    body(.text(i, min(j, n)), true)
                } else {
                    body(.number, true)
                    body(.numberDigits(min(digits, numberTokens.count - 1)), false)
                }
                i = j
                continue
            }
            if WordBoundary.isWord(at: i, in: t) {
                var j = i
                while j < n {
                    if WordBoundary.isWord(at: j, in: t) {
                        j += WordBoundary.scalarLength(t[j])
                    } else if t[j] == 0x27, j + 1 < n, WordBoundary.isWord(at: j + 1, in: t) {
                        j += 1
                    } else {
                        break
                    }
                }
                body(.text(i, min(j, n)), true)
                i = j
                continue
            }
            if b < 0x80 {
                if b == 0x21 || b == 0x3F || b == 0x24 || b == 0x25 {
                    var j = i + 1
                    while j < n, t[j] == b { j += 1 }
                    body(.text(i, i + 1), false)
                    i = j
                } else {
                    body(.separator, false)
                    i += 1
                }
                continue
            }
            // An emoji or symbol: one token per character, repeats collapsed.
            let length = min(WordBoundary.scalarLength(b), n - i)
            var j = i + length
            while j + length <= n, t[j..<(j + length)].elementsEqual(t[i..<(i + length)]) { j += length }
            body(.text(i, i + length), false)
            i = j
        }
    }

    /// Calls `body` with the FNV-1a hash of every token and of every bigram (`a b`), without copying bytes:
    /// a bigram's hash continues its first token's hash with a space and the second token.
    @inline(__always)
    static func forEachHash(_ t: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var previous: UInt64 = 0
        var hasPrevious = false
        forEachPiece(t) { piece, joins in
            let h: UInt64
            var bytes: UnsafeBufferPointer<UInt8>? = nil
            switch piece {
            case .separator:
                hasPrevious = false
                return
            case .text(let s, let e):
                bytes = UnsafeBufferPointer(rebasing: t[s..<e])
                h = TokenHashTable.hash(bytes!)
            case .url: h = urlHash
            case .host(let s, let e):
                h = TokenHashTable.continueHash(TokenHashTable.continueHash(hostPrefixHash, UnsafeBufferPointer(rebasing: t[s..<e])), 0x3E)
            case .mention: h = mentionHash
            case .number: h = numberHash
            case .numberDigits(let d): h = numberDigitHashes[d]
            }
            body(h)
            if joins && hasPrevious {
                var pair = TokenHashTable.continueHash(previous, 0x20)
                switch piece {
                case .text: pair = TokenHashTable.continueHash(pair, bytes!)
                case .url: pair = TokenHashTable.continueHash(pair, urlTokenBuffer)
                case .mention: pair = TokenHashTable.continueHash(pair, mentionTokenBuffer)
                case .number: pair = TokenHashTable.continueHash(pair, numberTokenBuffer)
                default: break
                }
                body(pair)
            }
            previous = h
            hasPrevious = joins
        }
    }

    /// The tokens (and bigrams) of normalised text as strings (training, inspection).
    static func tokens(_ normalized: [UInt8], bigrams: Bool = true) -> [String] {
        var out: [String] = []
        normalized.withUnsafeBufferPointer { t in
            var previous: String? = nil
            forEachPiece(t) { piece, joins in
                let s: String
                switch piece {
                case .separator:
                    previous = nil
                    return
                case .text(let a, let b): s = String(decoding: t[a..<b], as: UTF8.self)
                case .url: s = "<url>"
                case .host(let a, let b): s = "<host:" + String(decoding: t[a..<b], as: UTF8.self) + ">"
                case .mention: s = "<mention>"
                case .number: s = "<num>"
                case .numberDigits(let d): s = String(decoding: numberTokens[d], as: UTF8.self)
                }
                out.append(s)
                if bigrams, joins, let p = previous { out.append(p + " " + s) }
                previous = joins ? s : nil
            }
        }
        return out
    }

    /// True when a link (`http://`, `https://`, `www.`) starts at `i`.
    @inline(__always)
    static func linkPrefix(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < t.count, t[i] == 0x68 || t[i] == 0x77 else { return false }
        return startsWith(t, i, "http://") || startsWith(t, i, "https://") || startsWith(t, i, "www.")
    }

    /// The end of a link starting at `i`, or nil.
    static func urlEnd(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard linkPrefix(t, i), WordBoundary.isEdge(i, in: t) else { return nil }
        var j = i
        while j < t.count, t[j] != 0x20 { j += 1 }
        return j
    }

    static func startsWith(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= t.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where t[i + k] != p[k] { return false }
        return true
    }

    static let numberTokens: [[UInt8]] = (0...8).map { Array("<num:\($0 < 8 ? String($0) : "8+")>".utf8) }

    private static var urlTokenBuffer: UnsafeBufferPointer<UInt8> { staticBuffer("<url>") }
    private static var mentionTokenBuffer: UnsafeBufferPointer<UInt8> { staticBuffer("<mention>") }
    private static var numberTokenBuffer: UnsafeBufferPointer<UInt8> { staticBuffer("<num>") }
    private static let urlHash = TokenHashTable.hash(urlTokenBuffer)
    private static let mentionHash = TokenHashTable.hash(mentionTokenBuffer)
    private static let numberHash = TokenHashTable.hash(numberTokenBuffer)
    private static let hostPrefixHash = TokenHashTable.hash(staticBuffer("<host:"))
    private static let numberDigitHashes: [UInt64] = numberTokens.map { $0.withUnsafeBufferPointer { TokenHashTable.hash($0) } }

    private static func staticBuffer(_ s: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }
}
