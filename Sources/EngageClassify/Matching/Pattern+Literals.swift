extension Pattern {
    /// Literal strings at least one of which occurs in every text the pattern matches, or nil when none
    /// can be derived (the pattern then runs on every text). The classifier scans all rules' literals in
    /// one pass (``AhoCorasick``) and runs a pattern only when one of its literals occurred.
    ///
    /// Small alternations multiply out (`help (us|me) reach` needs `help us reach` or `help me reach`);
    /// the longest and fewest literals win.
    var requiredLiterals: [[UInt8]]? {
        guard let best = LiteralInfo.of(root).best else { return nil }
        return best.sorted { $0.lexicographicallyPrecedes($1) }
    }
}

/// What a pattern node says about literals: the exact set of strings it matches (when small), and a
/// set of literals one of which every match contains.
private struct LiteralInfo {
    var exact: Set<[UInt8]>?
    var required: Set<[UInt8]>?

    static let limit = 64

    /// The better of the exact set and the required set.
    var best: Set<[UInt8]>? {
        var b: Set<[UInt8]>? = nil
        LiteralInfo.consider(exact, &b)
        LiteralInfo.consider(required, &b)
        return b
    }

    static func consider(_ candidate: Set<[UInt8]>?, _ best: inout Set<[UInt8]>?) {
        guard let c = candidate, !c.isEmpty, c.allSatisfy({ !$0.isEmpty }) else { return }
        guard let b = best else {
            best = c
            return
        }
        let (x, y) = (rank(c), rank(b))
        if x.0 != y.0 ? x.0 > y.0 : x.1 > y.1 { best = c }
    }

    /// Longer shortest literal first, then fewer literals.
    static func rank(_ s: Set<[UInt8]>) -> (Int, Int) {
        (min(s.map { min($0.count, 12) }.min() ?? 0, 12), -s.count)
    }

    static func product(_ a: Set<[UInt8]>, _ b: Set<[UInt8]>) -> Set<[UInt8]> {
        var out = Set<[UInt8]>()
        for x in a { for y in b { out.insert(x + y) } }
        return out
    }

    static func of(_ node: Pattern.Node) -> LiteralInfo {
        switch node {
        case .bytes(let b):
            return LiteralInfo(exact: [b], required: nil)
        case .set(let s, let nonASCII):
            guard !nonASCII, s.count <= 8 else { return LiteralInfo() }
            return LiteralInfo(exact: Set(s.members.map { [$0] }), required: nil)
        case .any, .word:
            return LiteralInfo()
        case .assertion:
            return LiteralInfo(exact: [[]], required: nil)
        case .concat(let parts):
            var current: Set<[UInt8]> = [[]]
            var allExact = true
            var best: Set<[UInt8]>? = nil
            for p in parts {
                let info = of(p)
                if let e = info.exact, current.count * e.count <= limit {
                    current = product(current, e)
                    continue
                }
                consider(current, &best)
                consider(info.required, &best)
                if let e = info.exact {
                    current = e
                    allExact = false
                } else {
                    current = [[]]
                    allExact = false
                }
            }
            consider(current, &best)
            return LiteralInfo(exact: allExact ? current : nil, required: best)
        case .alternation(let branches):
            let infos = branches.map(of)
            var exact: Set<[UInt8]>? = []
            for i in infos {
                if let e = i.exact, let x = exact, x.count + e.count <= limit { exact = x.union(e) } else { exact = nil }
            }
            var required: Set<[UInt8]>? = []
            for i in infos {
                if let b = i.best, let r = required, r.count + b.count <= 4 * limit { required = r.union(b) } else { required = nil }
            }
            return LiteralInfo(exact: exact, required: required)
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
            return LiteralInfo(exact: exact, required: lo >= 1 ? info.best : nil)
        }
    }
}
