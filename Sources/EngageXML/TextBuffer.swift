/// Small text helpers shared by the renderer and the node accessors.
enum TextBuffer {
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == 32 || c == 9 || c == 10 || c == 13 || c == 12
    }

    /// `s` without leading and trailing whitespace (ASCII whitespace and no-break spaces).
    static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi, isTrimmable(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isTrimmable(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        if lo == scalars.startIndex && hi == scalars.endIndex { return s }
        return String(scalars[lo..<hi])
    }

    @inline(__always) static func isTrimmable(_ u: Unicode.Scalar) -> Bool {
        u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{0C}" || u == "\u{A0}" || u == "\u{FEFF}"
    }

    /// True when the whitespace-separated list `list` holds `word`.
    static func containsWord(_ list: String, _ word: String) -> Bool {
        var found = false
        var l = list
        var w = word
        w.withUTF8 { wb in
            l.withUTF8 { lb in
                let n = lb.count, m = wb.count
                guard m > 0, n >= m else { return }
                var i = 0
                while i + m <= n {
                    if (i == 0 || isSpace(lb[i - 1])) && (i + m == n || isSpace(lb[i + m])) {
                        var k = 0
                        while k < m, lb[i + k] == wb[k] { k += 1 }
                        if k == m {
                            found = true
                            return
                        }
                    }
                    i += 1
                }
            }
        }
        return found
    }
}
