/// Word characters in normalised text: ASCII letters, digits and `_`, and non-ASCII letters and digits.
/// Emoji, symbols and punctuation are not word characters. Phrases and patterns match whole words: a
/// match may not start or end inside a word.
enum WordBoundary {
    /// True for ASCII letters, digits and `_`.
    @inline(__always)
    static func isASCIIWord(_ b: UInt8) -> Bool {
        let l = b | 0x20
        return (l >= 0x61 && l <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    /// True when the character that starts at byte `i` is a word character (false at the end).
    @inline(__always)
    static func isWord(at i: Int, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < t.count else { return false }
        let b = t[i]
        if b < 0x80 { return isASCIIWord(b) }
        return scalarIsWord(decode(at: i, in: t))
    }

    /// True when the character that ends just before byte `i` is a word character (false at the start).
    @inline(__always)
    static func isWord(before i: Int, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        let b = t[i - 1]
        if b < 0x80 { return isASCIIWord(b) }
        var s = i - 1
        while s > 0, t[s] & 0xC0 == 0x80 { s -= 1 }
        return scalarIsWord(decode(at: s, in: t))
    }

    /// True when a match may start or end at byte `i`: not between two word characters.
    @inline(__always)
    static func isEdge(_ i: Int, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        !(isWord(before: i, in: t) && isWord(at: i, in: t))
    }

    static func scalarIsWord(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// The scalar value starting at byte `i` (U+FFFD for malformed input).
    static func decode(at i: Int, in t: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let b = t[i]
        let length = scalarLength(b)
        guard i + length <= t.count, length > 1 else { return b < 0x80 ? UInt32(b) : 0xFFFD }
        var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let c = t[i + k]
            guard c & 0xC0 == 0x80 else { return 0xFFFD }
            v = v << 6 | UInt32(c & 0x3F)
        }
        return v
    }

    /// The byte length of the UTF-8 sequence that starts with `b` (1 for stray continuation bytes).
    @inline(__always)
    static func scalarLength(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }
}
