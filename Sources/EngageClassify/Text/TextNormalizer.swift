/// Turns a post's text into the normalised UTF-8 bytes every rule matches against.
///
/// In order:
/// 1. Lower-case; diacritics and styled letters folded (``CharacterFolding``): `Fóllow`, `𝐟𝐨𝐥𝐥𝐨𝐰`,
///    `ｆｏｌｌｏｗ` and `ꜰᴏʟʟᴏᴡ` all read `follow`; Cyrillic/Greek look-alikes are folded inside words
///    that mix them with Latin letters (`fоllоw` with Cyrillic `о`).
/// 2. Zero-width characters, variation selectors and skin tones removed; every run of spaces, tabs and
///    line breaks becomes one space; leading and trailing space removed.
/// 3. A letter repeated three or more times is kept twice (`pleeeease` → `pleease`, `sooo` → `soo`).
/// 4. Numbers written with a suffix or grouping become plain digits: `5k`/`5K` → `5000`, `1.2k` → `1200`,
///    `2.7M` → `2700000`, `5,000` and `5.000` → `5000`, `2.124.821.694` → `2124821694`. Decimals stay
///    (`3.5`), and so do units (`5km`, `10kg`).
/// Steps 3 and 4 leave links (`http://…`, `https://…`, `www.…`) as they are.
enum TextNormalizer {
    /// Normalises `text` into a new byte array.
    static func normalize(_ text: String) -> [UInt8] {
        var out = [UInt8]()
        var scratch = [UInt8]()
        normalize(text, into: &out, scratch: &scratch)
        return out
    }

    /// Normalises `text` into `out` (cleared first), using `scratch` as working space.
    static func normalize(_ text: String, into out: inout [UInt8], scratch: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        var needsSecondPass = false
        var text = text
        let ascii = text.withUTF8 { buf -> Bool in
            for b in buf where b >= 0x80 { return false }
            foldASCII(buf, into: &scratch, needsSecondPass: &needsSecondPass)
            return true
        }
        if !ascii { foldUnicode(text, into: &scratch, needsSecondPass: &needsSecondPass) }
        if needsSecondPass {
            secondPass(scratch, into: &out)
        } else {
            swap(&out, &scratch)
        }
    }

    // MARK: - Pass 1: characters

    private static func foldASCII(_ buf: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], needsSecondPass: inout Bool) {
        out.reserveCapacity(buf.count)
        var pendingSpace = false
        for var b in buf {
            if b <= 0x20 || b == 0x7F {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { pendingSpace = true }
                continue
            }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if pendingSpace {
                if !out.isEmpty { out.append(0x20) }
                pendingSpace = false
            }
            if b >= 0x61 && b <= 0x7A {
                let n = out.count
                if n >= 2 && out[n - 1] == b && out[n - 2] == b { needsSecondPass = true }
            } else if b >= 0x30 && b <= 0x39 {
                needsSecondPass = true
            }
            out.append(b)
        }
    }

    private static func foldUnicode(_ text: String, into out: inout [UInt8], needsSecondPass: inout Bool) {
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // The current word: where it starts in `out`, whether it holds ASCII letters, and the look-alike
        // letters it holds (their position, byte length and Latin letter).
        var wordStart = 0
        var wordHasLatin = false
        var lookalikes: [(at: Int, length: Int, latin: UInt8)] = []

        func endWord() {
            if wordHasLatin && !lookalikes.isEmpty {
                var rebuilt = [UInt8]()
                var from = wordStart
                for l in lookalikes {
                    rebuilt.append(contentsOf: out[from..<l.at])
                    rebuilt.append(l.latin)
                    from = l.at + l.length
                }
                rebuilt.append(contentsOf: out[from...])
                out.replaceSubrange(wordStart..., with: rebuilt)
            }
            lookalikes.removeAll(keepingCapacity: true)
            wordHasLatin = false
            wordStart = out.count
        }

        func emitSpace() {
            if pendingSpace {
                if !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                wordStart = out.count
            }
        }

        func append(ascii b: UInt8) {
            emitSpace()
            if b >= 0x61 && b <= 0x7A {
                let n = out.count
                if n >= 2 && out[n - 1] == b && out[n - 2] == b { needsSecondPass = true }
                wordHasLatin = true
            } else if b >= 0x30 && b <= 0x39 {
                needsSecondPass = true
            } else if b != 0x5F {
                endWord()
                out.append(b)
                wordStart = out.count
                return
            }
            out.append(b)
        }

        func append(scalar s: Unicode.Scalar) {
            emitSpace()
            let isWord = s.properties.isAlphabetic || s.properties.numericType != nil
            if !isWord { endWord() }
            if s.properties.changesWhenLowercased {
                for l in s.properties.lowercaseMapping.unicodeScalars { appendUTF8(l, to: &out) }
            } else {
                appendUTF8(s, to: &out)
            }
            if !isWord { wordStart = out.count }
        }

        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                var b = UInt8(v)
                if b <= 0x20 || b == 0x7F {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        endWord()
                        pendingSpace = true
                    }
                    continue
                }
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                append(ascii: b)
                continue
            }
            switch CharacterFolding.fold(v) {
            case .keep:
                append(scalar: s)
            case .drop:
                continue
            case .space:
                endWord()
                pendingSpace = true
            case .ascii(let b):
                append(ascii: b)
            case .pair(let a, let b):
                append(ascii: a)
                append(ascii: b)
            case .ellipsis:
                for _ in 0..<3 { append(ascii: UInt8(ascii: ".")) }
            case .lookalike(let latin):
                emitSpace()
                let at = out.count
                if s.properties.changesWhenLowercased {
                    for l in s.properties.lowercaseMapping.unicodeScalars { appendUTF8(l, to: &out) }
                } else {
                    appendUTF8(s, to: &out)
                }
                lookalikes.append((at, out.count - at, latin))
            }
        }
        endWord()
        if out.last == 0x20 { out.removeLast() }
    }

    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    // MARK: - Pass 2: repeated letters and numbers

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
    }

    /// Copies `src` to `out`, keeping a letter at most twice in a row and rewriting numbers with
    /// groupings or k/m suffixes as plain digits; links are copied unchanged.
    static func secondPass(_ src: [UInt8], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(src.count + 8)
        let n = src.count
        var i = 0
        var inLink = false
        while i < n {
            let b = src[i]
            if i == 0 || src[i - 1] == 0x20 {
                inLink = src.withUnsafeBufferPointer { Tokenizer.linkPrefix($0, i) }
            }
            if inLink || b == 0x20 {
                out.append(b)
                i += 1
                continue
            }
            if b >= 0x61 && b <= 0x7A {
                let k = out.count
                if k >= 2 && out[k - 1] == b && out[k - 2] == b {
                    i += 1
                    continue
                }
                out.append(b)
                i += 1
                continue
            }
            guard isDigit(b), i == 0 || !(isAlnum(src[i - 1]) || src[i - 1] == 0x2E || src[i - 1] == 0x2C) else {
                out.append(b)
                i += 1
                continue
            }
            i = number(src, from: i, into: &out)
        }
    }

    static let magnitudeWords: [([UInt8], Int)] = [
        (Array("million".utf8), 6), (Array("millions".utf8), 6), (Array("mio".utf8), 6), (Array("thousand".utf8), 3),
        (Array("billion".utf8), 9), (Array("millones".utf8), 6), (Array("millionen".utf8), 6),
    ]

    /// Rewrites the number starting at `start` and returns the index after it.
    private static func number(_ s: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        let n = s.count
        var j = start
        while j < n, isDigit(s[j]) { j += 1 }
        var digits = Array(s[start..<j])
        // Thousands groups: `,ddd` or `.ddd` (each followed by a non-digit) after 1–3 digits that do not
        // start with 0.
        var groupedWithDot = false
        if digits.count <= 3, digits[0] != 0x30, j < n, s[j] == 0x2C || s[j] == 0x2E {
            let separator = s[j]
            var k = j
            while k + 3 < n, s[k] == separator, isDigit(s[k + 1]), isDigit(s[k + 2]), isDigit(s[k + 3]),
                  !(k + 4 < n && isDigit(s[k + 4])) {
                digits.append(contentsOf: s[(k + 1)...(k + 3)])
                k += 4
            }
            if k > j { groupedWithDot = separator == 0x2E }
            j = k
        }
        // A decimal fraction (`1.5`, and `1,000.5` after comma groups).
        var fraction: [UInt8] = []
        if !groupedWithDot, j + 1 < n, s[j] == 0x2E, isDigit(s[j + 1]) {
            var k = j + 1
            while k < n, isDigit(s[k]) { k += 1 }
            fraction = Array(s[(j + 1)..<k])
            j = k
        }
        // A k/m suffix that ends the word (`5k`, `2.7m`), or a word: `1 million`, `3 thousand`, `2 billion`.
        var suffixEnd = j + 1
        var zeros = 0
        if j < n, s[j] == 0x6B || s[j] == 0x6D, j + 1 == n || !isAlnum(s[j + 1]) {
            zeros = s[j] == 0x6B ? 3 : 6
        } else if j < n, s[j] == 0x20 {
            for (word, z) in magnitudeWords where j + 1 + word.count <= n && s[(j + 1)..<(j + 1 + word.count)].elementsEqual(word)
                && (j + 1 + word.count == n || !isAlnum(s[j + 1 + word.count])) {
                zeros = z
                suffixEnd = j + 1 + word.count
                break
            }
        }
        if zeros > 0 {
            if digits.count + zeros <= 15 {
                var value = digits
                for z in 0..<zeros { value.append(z < fraction.count ? fraction[z] : 0x30) }
                var lead = 0
                while lead < value.count - 1, value[lead] == 0x30 { lead += 1 }
                out.append(contentsOf: value[lead...])
                return suffixEnd
            }
        }
        out.append(contentsOf: digits)
        if !fraction.isEmpty {
            out.append(0x2E)
            out.append(contentsOf: fraction)
        }
        return j
    }
}
