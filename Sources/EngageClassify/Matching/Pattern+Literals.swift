import Foundation

extension Pattern {
    /// Groups of literal strings such that every text the pattern matches contains at least one literal
    /// of *each* group (the groups come from different parts of the pattern). Empty when nothing can be
    /// derived: the pattern then runs on every text.
    ///
    /// The classifier scans every rule's literals in one pass (``AhoCorasick``) and runs a pattern only
    /// when each of its groups had a hit: `(type|comment|reply) (yes|amen|me)` needs one of the verbs
    /// *and* one of the words. Small alternations multiply out (`help (us|me) reach` needs
    /// `help us reach` or `help me reach`); numbers end in a digit, so `{num} followers` needs
    /// `0 followers` … `9 followers`. At most three groups are kept, the most selective first.
    var requiredLiteralGroups: [[[UInt8]]] { prefilter.groups }

    /// The most selective group, or nil (for diagnostics and tests).
    var requiredLiterals: [[UInt8]]? { requiredLiteralGroups.first }

    /// Exact strings every match starts with, when they are selective enough to look for: the
    /// classifier then tries the pattern only where one of them occurs, not at every position.
    var prefixLiterals: [[UInt8]]? { prefilter.prefix }

    /// True when even the best literal group is one most texts contain (the pattern then runs on most
    /// texts): `rules check` warns.
    var prefilterIsWeak: Bool {
        guard let g = prefilter.groups.first else { return true }
        return LiteralInfo.cost(Set(g)) >= 2.5
    }

    /// The literal groups and the starting literals, computed in one pass over the pattern.
    var prefilter: (groups: [[[UInt8]]], prefix: [[UInt8]]?) {
        let info = LiteralInfo.of(root)
        var groups: [(Set<[UInt8]>, Double)] = []
        for g in info.allGroups where !groups.contains(where: { $0.0 == g }) {
            groups.append((g, LiteralInfo.cost(g)))
        }
        groups.sort { $0.1 < $1.1 }
        // Groups nearly every text holds (a space, any digit) only cost scanning time; keep them only
        // when there is nothing better.
        let useful = groups.filter { $0.1 < 1 }.map(\.0)
        let kept = useful.isEmpty ? Array(groups.prefix(1).map(\.0)) : Array(useful.prefix(3))
        var prefix: [[UInt8]]? = nil
        if let p = info.prefix, LiteralInfo.usable(p), p.count <= LiteralInfo.limit, LiteralInfo.cost(p) < 1 {
            prefix = p.sorted { $0.lexicographicallyPrecedes($1) }
        }
        return (kept.map { $0.sorted { $0.lexicographicallyPrecedes($1) } }, prefix)
    }
}

/// What a pattern node says about literals: the exact set of strings it matches (when small), the exact
/// strings its matches start and end with, and groups of literals every match contains one of.
private struct LiteralInfo {
    var exact: Set<[UInt8]>? = nil
    var groups: [Set<[UInt8]>] = []
    /// Exact strings every match starts (ends) with: the start (end) of the match, not all of it.
    var prefix: Set<[UInt8]>? = nil
    var suffix: Set<[UInt8]>? = nil

    static let limit = 256
    /// Prefixes and suffixes stay small: they only extend their neighbours' literals.
    static let edgeLimit = 16

    /// The groups, counting an exact set as one.
    var allGroups: [Set<[UInt8]>] {
        if let e = exact, LiteralInfo.usable(e) { return [e] }
        return groups
    }

    /// The single most selective group.
    var best: Set<[UInt8]>? { LiteralInfo.cheapest(allGroups) }

    static func usable(_ s: Set<[UInt8]>) -> Bool { !s.isEmpty && s.allSatisfy { !$0.isEmpty } }

    /// The expected cost of a literal group as a prefilter: how many of its literals a text holds (each
    /// estimated from the literal's information content, so the pattern runs that often), plus a small
    /// cost per literal for the automaton.
    static func cost(_ s: Set<[UInt8]>) -> Double {
        var p = 0.0
        for l in s { p += min(1, pow(2, 6.6 - bits(l))) }
        return p + 0.0003 * Double(s.count)
    }

    /// A rough information content of a literal in bits: the chance that a text of ~100 characters holds
    /// it is about 2^(6.6 − bits). A letter carries 3.5 bits, a digit 4, a space 1, one of the most common
    /// English words 3 in all, punctuation from 5 (`.`) to 10 (`$`), each byte of a non-ASCII character 4.
    static func bits(_ literal: [UInt8]) -> Double {
        var total = 0.0
        var word: [UInt8] = []
        func endWord() {
            if !word.isEmpty {
                if commonWords.contains(word) {
                    total += 3
                } else {
                    for c in word { total += TextNormalizer.isDigit(c) ? 4 : 3.5 }
                }
            }
            word.removeAll()
        }
        var previous: UInt8 = 0x20
        for b in literal {
            defer { previous = b }
            if b < 0x80 && TextNormalizer.isAlnum(b) {
                // Punctuation glued to a letter (`.com`, `,x`) and a digit glued to a letter (`5ms`) are
                // rarer than their parts.
                if word.isEmpty, previous == 0x2E || previous == 0x2C || previous == 0x21 || previous == 0x3F || previous == 0x3A {
                    total += 4
                } else if let last = word.last, TextNormalizer.isDigit(last) != TextNormalizer.isDigit(b) {
                    total += 4
                }
                word.append(b)
                continue
            }
            endWord()
            switch b {
            case 0x20: total += 1
            case UInt8(ascii: "."): total += 5
            case UInt8(ascii: ","), UInt8(ascii: "'"): total += 6
            case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "/"): total += 7
            case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "@"), 0x22: total += 8
            case UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "("), UInt8(ascii: ")"): total += 9
            default: total += b < 0x80 ? 10 : 4
            }
        }
        endWord()
        return total
    }

    static let commonWords: Set<[UInt8]> = Set([
        "a", "an", "the", "to", "in", "on", "at", "of", "for", "and", "or", "is", "it", "i", "you", "we", "me", "my",
        "your", "our", "us", "this", "that", "be", "are", "was", "with", "from", "by", "as", "if", "so", "do", "no",
        "not", "all", "but", "can", "get", "just", "up", "out", "what", "how", "who", "he", "she", "they", "them",
        "his", "her", "its", "will", "have", "has", "had", "one", "more", "new", "now", "like", "u", "ur", "rt",
    ].map { Array($0.utf8) })

    static func product(_ a: Set<[UInt8]>, _ b: Set<[UInt8]>) -> Set<[UInt8]> {
        var out = Set<[UInt8]>()
        for x in a { for y in b { out.insert(x + y) } }
        return out
    }

    /// The cheapest usable set among `candidates`, or nil.
    static func cheapest(_ candidates: [Set<[UInt8]>]) -> Set<[UInt8]>? {
        var best: (Set<[UInt8]>, Double)? = nil
        for c in candidates where usable(c) {
            let k = cost(c)
            if best == nil || k < best!.1 { best = (c, k) }
        }
        return best?.0
    }

    static func of(_ node: Pattern.Node) -> LiteralInfo {
        switch node {
        case .bytes(let b):
            return LiteralInfo(exact: [b], prefix: [b], suffix: [b])
        case .set(let s, let nonASCII):
            guard !nonASCII, s.count <= 10 else { return LiteralInfo() }
            let e = Set(s.members.map { [$0] })
            return LiteralInfo(exact: e, prefix: e, suffix: e)
        case .any, .word:
            return LiteralInfo()
        case .assertion:
            return LiteralInfo(exact: [[]], prefix: [[]], suffix: [[]])
        case .concat(let parts):
            let infos = parts.map(of)
            var groups: [Set<[UInt8]>] = []
            var current: Set<[UInt8]> = [[]]
            var runParts: [Set<[UInt8]>] = []
            var allExact = true
            func closeRun() {
                if let g = cheapest([current] + runParts) { groups.append(g) }
            }
            for info in infos {
                if let e = info.exact {
                    if current.count * e.count <= limit {
                        current = product(current, e)
                        runParts.append(e)
                        continue
                    }
                    allExact = false
                    closeRun()
                    current = e
                    runParts = [e]
                    continue
                }
                allExact = false
                // A non-exact part: what it starts with ends the run, what it ends with starts the next one.
                if let p = info.prefix, current.count * p.count <= limit {
                    current = product(current, p)
                    runParts.append(p)
                }
                closeRun()
                groups += info.groups
                current = info.suffix ?? [[]]
                runParts = info.suffix.map { [$0] } ?? []
            }
            if allExact {
                return LiteralInfo(exact: current, prefix: current, suffix: current)
            }
            closeRun()
            return LiteralInfo(groups: groups, prefix: prefix(infos[...]), suffix: suffix(infos[...]))
        case .alternation(let branches):
            let infos = branches.map(of)
            func union(_ pick: (LiteralInfo) -> Set<[UInt8]>?) -> Set<[UInt8]>? {
                var out: Set<[UInt8]> = []
                for i in infos {
                    guard let x = pick(i), out.count + x.count <= limit else { return nil }
                    out.formUnion(x)
                }
                return out
            }
            let exact = union { $0.exact }
            let required = union { $0.best }
            return LiteralInfo(exact: exact, groups: required.map { [$0] } ?? [],
                               prefix: union { $0.exact ?? $0.prefix }, suffix: union { $0.exact ?? $0.suffix })
        case .repetition(let inner, let lo, let hi):
            let info = of(inner)
            var exact: Set<[UInt8]>? = nil
            if let e = info.exact, let hi, hi <= 3 {
                var all = Set<[UInt8]>()
                var power: Set<[UInt8]> = [[]]
                var ok = true
                for k in 0...hi {
                    if k >= lo { all.formUnion(power) }
                    if k < hi {
                        guard power.count * e.count <= limit else {
                            ok = false
                            break
                        }
                        power = product(power, e)
                    }
                }
                if ok, all.count <= limit { exact = all }
            }
            let start = info.exact ?? info.prefix, end = info.exact ?? info.suffix
            if lo >= 1 {
                return LiteralInfo(exact: exact, groups: info.allGroups, prefix: start, suffix: end)
            }
            // May match nothing: its start and end may be empty.
            return LiteralInfo(exact: exact, prefix: start.map { $0.union([[]]) }, suffix: end.map { $0.union([[]]) })
        }
    }

    /// What every match of the parts starts with (exact strings, possibly only a part of the match).
    private static func prefix(_ infos: ArraySlice<LiteralInfo>) -> Set<[UInt8]>? {
        edge(infos, fromStart: true)
    }

    /// What every match of the parts ends with.
    private static func suffix(_ infos: ArraySlice<LiteralInfo>) -> Set<[UInt8]>? {
        edge(infos, fromStart: false)
    }

    /// The exact strings at one end of every match of the parts: the end part's own, extended by its
    /// neighbour's while the product stays small; when the end part may be empty, its neighbour's too.
    private static func edge(_ infos: ArraySlice<LiteralInfo>, fromStart: Bool) -> Set<[UInt8]>? {
        guard let outer = fromStart ? infos.first : infos.last else { return [[]] }
        guard let s = outer.exact ?? (fromStart ? outer.prefix : outer.suffix) else { return nil }
        if outer.exact == nil && !s.contains([]) { return s }
        let inner = fromStart ? infos.dropFirst() : infos.dropLast()
        guard let rest = edge(inner, fromStart: fromStart) else { return s.contains([]) ? nil : s }
        if s.count * rest.count <= edgeLimit { return fromStart ? product(s, rest) : product(rest, s) }
        return s.contains([]) ? rest.union(s.subtracting([[]])) : s
    }
}
