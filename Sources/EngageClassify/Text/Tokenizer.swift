/// Splits normalised text into the tokens the learned model counts: words (`don't` is one word), `#tags`,
/// emoji, `!`, `?`, `$`, `%`, and placeholders for links (`<url>` plus `<host:example.com>`), mentions
/// (`<mention>`) and numbers (`<num>` plus `<num:4>` for four digits, so milestones like 5000 and 10000
/// look alike), followed by the bigrams of neighbouring tokens (`follow back`).
enum Tokenizer {
    /// Calls `body` with the bytes of every token, then of every bigram (`a b`).
    static func forEachToken(_ t: UnsafeBufferPointer<UInt8>, bigrams: Bool = true,
                             _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var previous = [UInt8]()
        previous.reserveCapacity(64)
        var pair = [UInt8]()
        pair.reserveCapacity(128)
        var special = [UInt8]()
        special.reserveCapacity(64)
        var hasPrevious = false

        func emit(_ token: UnsafeBufferPointer<UInt8>, joins: Bool) {
            body(token)
            guard bigrams else { return }
            if joins && hasPrevious {
                pair.removeAll(keepingCapacity: true)
                pair.append(contentsOf: previous)
                pair.append(0x20)
                pair.append(contentsOf: token)
                pair.withUnsafeBufferPointer { body($0) }
            }
            previous.removeAll(keepingCapacity: true)
            previous.append(contentsOf: token)
            hasPrevious = joins
        }

        func emitSpecial(_ s: [UInt8], joins: Bool = true) {
            s.withUnsafeBufferPointer { emit($0, joins: joins) }
        }

        let n = t.count
        var i = 0
        while i < n {
            let b = t[i]
            if b == 0x20 {
                i += 1
                continue
            }
            // Links.
            if let end = urlEnd(t, i) {
                emitSpecial(urlToken)
                special.removeAll(keepingCapacity: true)
                special.append(contentsOf: hostPrefix)
                var h = i
                if startsWith(t, h, "https://") { h += 8 } else if startsWith(t, h, "http://") { h += 7 }
                if startsWith(t, h, "www.") { h += 4 }
                while h < end, t[h] != 0x2F, t[h] != 0x3F, t[h] != 0x23 {
                    special.append(t[h])
                    h += 1
                }
                special.append(0x3E)
                emitSpecial(special, joins: false)
                i = end
                continue
            }
            if b == 0x40, i + 1 < n, WordBoundary.isWord(at: i + 1, in: t) {
                var j = i + 1
                while j < n, WordBoundary.isWord(at: j, in: t) { j += WordBoundary.scalarLength(t[j]) }
                emitSpecial(mentionToken)
                i = j
                continue
            }
            if b == 0x23, i + 1 < n, WordBoundary.isWord(at: i + 1, in: t) {
                var j = i + 1
                while j < n, WordBoundary.isWord(at: j, in: t) { j += WordBoundary.scalarLength(t[j]) }
                emit(UnsafeBufferPointer(rebasing: t[i..<min(j, n)]), joins: true)
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
                    emit(UnsafeBufferPointer(rebasing: t[i..<min(j, n)]), joins: true)
                } else {
                    emitSpecial(numberToken)
                    emitSpecial(numberTokens[min(digits, numberTokens.count - 1)], joins: false)
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
                emit(UnsafeBufferPointer(rebasing: t[i..<min(j, n)]), joins: true)
                i = j
                continue
            }
            if b < 0x80 {
                if b == 0x21 || b == 0x3F || b == 0x24 || b == 0x25 {
                    var j = i + 1
                    while j < n, t[j] == b { j += 1 }
                    emit(UnsafeBufferPointer(rebasing: t[i..<(i + 1)]), joins: false)
                    i = j
                } else {
                    hasPrevious = false
                    i += 1
                }
                continue
            }
            // An emoji or symbol: one token per character, repeats collapsed.
            let length = min(WordBoundary.scalarLength(b), n - i)
            var j = i + length
            while j + length <= n, t[j..<(j + length)].elementsEqual(t[i..<(i + length)]) { j += length }
            emit(UnsafeBufferPointer(rebasing: t[i..<(i + length)]), joins: false)
            i = j
        }
    }

    /// The tokens of normalised text as strings (training, inspection).
    static func tokens(_ normalized: [UInt8], bigrams: Bool = true) -> [String] {
        var out: [String] = []
        normalized.withUnsafeBufferPointer { t in
            forEachToken(t, bigrams: bigrams) { out.append(String(decoding: $0, as: UTF8.self)) }
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

    static let urlToken = Array("<url>".utf8)
    static let hostPrefix = Array("<host:".utf8)
    static let mentionToken = Array("<mention>".utf8)
    static let numberToken = Array("<num>".utf8)
    static let numberTokens: [[UInt8]] = (0...8).map { Array("<num:\($0 < 8 ? String($0) : "8+")>".utf8) }
}
