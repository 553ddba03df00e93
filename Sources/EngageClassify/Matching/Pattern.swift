/// A rule pattern: a small regular-expression language over normalised text, parsed into a tree.
///
/// Syntax (documented for users in docs/rules.md):
/// - letters, digits, spaces and other characters match themselves; patterns are lower-cased and folded
///   like the text, so `Follow` and `fóllow` match `follow`;
/// - `.` any character; `\d` digit; `\w` word character; `\s` space; `\D \W \S` their complements;
///   `[abc]`, `[a-z]`, `[^…]` character classes (ASCII);
/// - `(…)` and `(?:…)` groups, `|` alternatives, `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` repetition;
/// - `^` and `$` the start and end of the text; `\b` and `\B` word boundaries;
/// - macros: `{num}` a number (after normalisation `5k` reads `5000`), `{url}` a link, `{mention}`,
///   `{hashtag}`, `{word}` one word, `{words:0-3}` zero to three words (with their spaces).
/// A pattern matches whole words: a match never starts or ends inside a word.
struct Pattern {
    /// The pattern as written.
    let source: String
    /// The parsed tree.
    let root: Node

    indirect enum Node: Equatable {
        /// A fixed byte string.
        case bytes([UInt8])
        /// One character: an ASCII byte in the set, or any non-ASCII character when `nonASCII`.
        case set(ByteSet, nonASCII: Bool)
        /// Any one character.
        case any
        /// One word character (`\w`), or one non-word character when negated (`\W`).
        case word(negated: Bool)
        case concat([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int?)
        case assertion(Assertion)
    }

    enum Assertion: Equatable {
        case textStart, textEnd, wordBoundary, notWordBoundary
        /// A match may not start or end between two word characters (added around every pattern).
        case edge
    }

    /// A problem in a pattern, with the 1-based column in the pattern text.
    struct ParseError: Error, Equatable {
        var message: String
        var column: Int
    }

    /// The largest repetition count and program size accepted.
    static let maxRepeat = 100

    /// Parses `source`. Throws ``ParseError`` with the column of the problem.
    init(_ source: String) throws {
        self.source = source
        var parser = Parser(scalars: Array(source.unicodeScalars))
        let node = try parser.parseAlternation()
        if parser.i < parser.scalars.count {
            throw ParseError(message: "unbalanced ')'", column: parser.i + 1)
        }
        if case .concat(let parts) = node, parts.isEmpty {
            throw ParseError(message: "empty pattern", column: 1)
        }
        root = .concat([.assertion(.edge), node, .assertion(.edge)])
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var i = 0

        func error(_ message: String, at column: Int? = nil) -> ParseError {
            ParseError(message: message, column: (column ?? i) + 1)
        }

        mutating func parseAlternation() throws -> Node {
            var branches = [try parseConcat()]
            while i < scalars.count, scalars[i] == "|" {
                i += 1
                branches.append(try parseConcat())
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func parseConcat() throws -> Node {
            var items: [Node] = []
            while i < scalars.count, scalars[i] != "|", scalars[i] != ")" {
                var atom = try parseAtom()
                atom = try parseQuantifiers(atom)
                // Merge adjacent bytes into one literal.
                if case .bytes(let b) = atom, case .bytes(let a)? = items.last {
                    items[items.count - 1] = .bytes(a + b)
                } else {
                    items.append(atom)
                }
            }
            return items.count == 1 ? items[0] : .concat(items)
        }

        mutating func parseQuantifiers(_ atom: Node) throws -> Node {
            var atom = atom
            while i < scalars.count {
                let c = scalars[i]
                let start = i
                var minCount = 0, maxCount: Int? = nil
                switch c {
                case "?": maxCount = 1; i += 1
                case "*": i += 1
                case "+": minCount = 1; i += 1
                case "{":
                    guard let (lo, hi, end) = counted(at: i) else { return atom }
                    minCount = lo
                    maxCount = hi
                    i = end
                default:
                    return atom
                }
                if i < scalars.count, scalars[i] == "?" { i += 1 }  // lazy: same language
                if case .assertion = atom { throw error("nothing to repeat", at: start) }
                if let maxCount, maxCount < minCount { throw error("repetition {\(minCount),\(maxCount)} has max < min", at: start) }
                if minCount > Pattern.maxRepeat || (maxCount ?? 0) > Pattern.maxRepeat {
                    throw error("repetition count above \(Pattern.maxRepeat)", at: start)
                }
                atom = .repetition(atom, min: minCount, max: maxCount)
            }
            return atom
        }

        /// `{n}`, `{n,}`, `{n,m}` at `start`: the bounds and the index after `}`; nil when not a count.
        func counted(at start: Int) -> (Int, Int?, Int)? {
            var k = start + 1
            guard let lo = digits(&k), k < scalars.count else { return nil }
            if scalars[k] == "}" { return (lo, lo, k + 1) }
            guard scalars[k] == "," else { return nil }
            k += 1
            let hi = digits(&k)
            guard k < scalars.count, scalars[k] == "}" else { return nil }
            return (lo, hi, k + 1)
        }

        /// The decimal number at `k` (advancing past it), or nil when there is none or it is absurd.
        func digits(_ k: inout Int) -> Int? {
            var value = 0
            var count = 0
            while k < scalars.count, scalars[k].isASCII, let d = Int(String(scalars[k])) {
                value = value * 10 + d
                count += 1
                k += 1
                if value > 100_000 { return nil }
            }
            return count > 0 ? value : nil
        }

        mutating func parseAtom() throws -> Node {
            let c = scalars[i]
            switch c {
            case "(":
                let open = i
                i += 1
                if i + 1 < scalars.count, scalars[i] == "?", scalars[i + 1] == ":" { i += 2 }
                else if i < scalars.count, scalars[i] == "?" { throw error("only (?:…) groups are supported") }
                let inner = try parseAlternation()
                guard i < scalars.count, scalars[i] == ")" else { throw error("unclosed '('", at: open) }
                i += 1
                return inner
            case "[":
                return try parseClass()
            case ".":
                i += 1
                return .any
            case "^":
                i += 1
                return .assertion(.textStart)
            case "$":
                i += 1
                return .assertion(.textEnd)
            case "\\":
                return try parseEscape()
            case "{":
                return try parseMacro()
            case "*", "+", "?":
                throw error("nothing to repeat before '\(c)'")
            case "}":
                throw error("unexpected '}' (write \\} for a literal brace)")
            default:
                i += 1
                return .bytes(Parser.literalBytes(c))
            }
        }

        /// A literal character as normalised text has it: lower-case, folded.
        static func literalBytes(_ c: Unicode.Scalar) -> [UInt8] {
            TextNormalizer.normalize(String(c)).isEmpty && c == " " ? [0x20] : foldedScalar(c)
        }

        static func foldedScalar(_ c: Unicode.Scalar) -> [UInt8] {
            if c == " " { return [0x20] }
            let n = TextNormalizer.normalize(String(c))
            return n.isEmpty ? [] : n
        }

        mutating func parseEscape() throws -> Node {
            guard i + 1 < scalars.count else { throw error("pattern ends with '\\'") }
            let c = scalars[i + 1]
            i += 2
            switch c {
            case "d": return .set(ByteSet.digits, nonASCII: false)
            case "D": return .set(ByteSet.digits.inverted, nonASCII: true)
            case "w": return .word(negated: false)
            case "W": return .word(negated: true)
            case "s": return .set(ByteSet.space, nonASCII: false)
            case "S": return .set(ByteSet.space.inverted, nonASCII: true)
            case "b": return .assertion(.wordBoundary)
            case "B": return .assertion(.notWordBoundary)
            default:
                if c.properties.isAlphabetic || c.properties.numericType != nil {
                    throw error("unknown escape '\\\(c)'", at: i - 2)
                }
                return .bytes(Parser.foldedScalar(c))
            }
        }

        mutating func parseClass() throws -> Node {
            let open = i
            i += 1
            var set = ByteSet()
            var negated = false
            if i < scalars.count, scalars[i] == "^" {
                negated = true
                i += 1
            }
            var first = true
            while i < scalars.count, scalars[i] != "]" || first {
                first = false
                var c = scalars[i]
                if c == "\\" {
                    guard i + 1 < scalars.count else { throw error("unclosed '['", at: open) }
                    let e = scalars[i + 1]
                    i += 2
                    switch e {
                    case "d": set.formUnion(.digits); continue
                    case "w": set.formUnion(.asciiWord); continue
                    case "s": set.formUnion(.space); continue
                    default: c = e
                    }
                } else {
                    i += 1
                }
                guard let folded = Parser.classByte(c) else {
                    throw error("character classes take ASCII characters only ('\(c)'; write (a|b) for others)", at: i - 1)
                }
                var lo = folded
                if lo >= 0x41 && lo <= 0x5A { lo |= 0x20 }
                if i + 1 < scalars.count, scalars[i] == "-", scalars[i + 1] != "]" {
                    var h = scalars[i + 1]
                    i += 2
                    if h == "\\", i < scalars.count {
                        h = scalars[i]
                        i += 1
                    }
                    guard let foldedHigh = Parser.classByte(h) else {
                        throw error("character classes take ASCII characters only ('\(h)'; write (a|b) for others)", at: i - 1)
                    }
                    var hi = foldedHigh
                    if hi >= 0x41 && hi <= 0x5A { hi |= 0x20 }
                    guard lo <= hi else { throw error("class range out of order", at: i - 3) }
                    for b in lo...hi { set.insert(b) }
                } else {
                    set.insert(lo)
                }
            }
            guard i < scalars.count else { throw error("unclosed '['", at: open) }
            i += 1
            return negated ? .set(set.inverted, nonASCII: true) : .set(set, nonASCII: false)
        }

        /// The byte a class member stands for: ASCII as is, other characters when normalisation folds them
        /// to one ASCII character (`“` is `"`, `é` is `e`); nil otherwise.
        static func classByte(_ c: Unicode.Scalar) -> UInt8? {
            if c.isASCII { return UInt8(c.value) }
            let f = foldedScalar(c)
            return f.count == 1 && f[0] < 0x80 ? f[0] : nil
        }

        mutating func parseMacro() throws -> Node {
            let open = i
            guard let close = scalars[i...].firstIndex(of: "}") else { throw error("unclosed '{'") }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
            i = close + 1
            switch name {
            case "num":
                return try Pattern.subpattern("\\d+(?:\\.\\d+)?")
            case "url":
                return try Pattern.subpattern("(?:https?://|www\\.)[^ ]+")
            case "mention":
                return try Pattern.subpattern("@[a-z0-9_]+")
            case "hashtag":
                return try Pattern.subpattern("#\\w+")
            case "word":
                return try Pattern.subpattern("[^ ]+")
            default:
                if name.hasPrefix("words:") {
                    let bounds = name.dropFirst(6).split(separator: "-", omittingEmptySubsequences: false)
                    if bounds.count == 2, let lo = Int(bounds[0]), let hi = Int(bounds[1]), lo <= hi, hi <= 20 {
                        return .repetition(try Pattern.subpattern("[^ ]+ "), min: lo, max: hi)
                    }
                    throw error("write {words:MIN-MAX} with 0 ≤ MIN ≤ MAX ≤ 20", at: open)
                }
                throw error("unknown macro {\(name)} (known: {num} {url} {mention} {hashtag} {word} {words:0-3}; write \\{ for a brace)", at: open)
            }
        }
    }

    /// Parses a built-in fragment (no edge assertions).
    private static func subpattern(_ s: String) throws -> Node {
        var p = Parser(scalars: Array(s.unicodeScalars))
        return try p.parseAlternation()
    }
}

/// A set of bytes (256 bits).
struct ByteSet: Equatable, Hashable {
    var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static func == (a: ByteSet, b: ByteSet) -> Bool { a.bits == b.bits }
    func hash(into h: inout Hasher) {
        h.combine(bits.0)
        h.combine(bits.1)
        h.combine(bits.2)
        h.combine(bits.3)
    }

    @inline(__always) func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    mutating func formUnion(_ o: ByteSet) {
        bits = (bits.0 | o.bits.0, bits.1 | o.bits.1, bits.2 | o.bits.2, bits.3 | o.bits.3)
    }

    /// The complement within ASCII (non-ASCII bytes are handled per character, not per byte).
    var inverted: ByteSet { ByteSet(bits: (~bits.0, ~bits.1, 0, 0)) }

    /// The members, in order.
    var members: [UInt8] { (0...255).map { UInt8($0) }.filter { contains($0) } }
    var count: Int { bits.0.nonzeroBitCount + bits.1.nonzeroBitCount + bits.2.nonzeroBitCount + bits.3.nonzeroBitCount }

    static let digits: ByteSet = { var s = ByteSet(); for b in UInt8(ascii: "0")...UInt8(ascii: "9") { s.insert(b) }; return s }()
    static let space: ByteSet = { var s = ByteSet(); s.insert(0x20); return s }()
    static let asciiWord: ByteSet = {
        var s = ByteSet()
        for b in 0..<128 where WordBoundary.isASCIIWord(UInt8(b)) { s.insert(UInt8(b)) }
        return s
    }()
}
