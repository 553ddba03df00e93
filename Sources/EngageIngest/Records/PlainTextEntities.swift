/// Links, hashtags and mentions found in plain text, for sources that carry no entity lists (CSV
/// exports, some scrapers): `https://…`/`http://…` up to the next space, `#tag` and `@handle` at the
/// start or after a character that is not a letter, digit or `_`.
struct PlainTextEntities {
    var urls: [String] = []
    var hashtags: [String] = []
    var mentions: [String] = []

    /// Scans `text`.
    init(_ text: String) {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            let boundary = i == 0 || !Self.isWord(s[i - 1])
            if (c == "h" || c == "H"), boundary, let end = Self.urlEnd(s, i) {
                urls.append(String(String.UnicodeScalarView(s[i..<end])))
                i = end
                continue
            }
            if (c == "#" || c == "@"), boundary, i + 1 < s.count, Self.isWord(s[i + 1]) {
                var j = i + 1
                while j < s.count, Self.isWord(s[j]) { j += 1 }
                let word = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                if c == "#" {
                    // A hashtag is not all digits (`#1` is a number).
                    if !word.unicodeScalars.allSatisfy({ $0 >= "0" && $0 <= "9" }) { hashtags.append(word) }
                } else {
                    mentions.append(word)
                }
                i = j
                continue
            }
            i += 1
        }
    }

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || (c >= "0" && c <= "9") || c.properties.numericType != nil
    }

    /// The end of a URL starting at `i`, or nil when none starts there.
    static func urlEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let prefixes: [String] = ["https://", "http://"]
        for p in prefixes {
            let ps = Array(p.unicodeScalars)
            guard i + ps.count < s.count else { continue }
            var ok = true
            for k in 0..<ps.count where Character(s[i + k]).lowercased() != String(ps[k]) {
                ok = false
                break
            }
            guard ok else { continue }
            var j = i + ps.count
            while j < s.count, !s[j].properties.isWhitespace, s[j] != "\"", s[j] != "<", s[j] != ">" { j += 1 }
            // Trailing punctuation belongs to the sentence, not the link.
            while j > i + ps.count, ".,;:!?)]}'\u{2026}".unicodeScalars.contains(s[j - 1]) { j -= 1 }
            return j > i + ps.count ? j : nil
        }
        return nil
    }
}
