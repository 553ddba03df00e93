/// A compiled ``Pattern``: a small instruction program run by a memoised backtracking matcher
/// (RE2's "bit-state" method, remembering (split, position) pairs), so the time stays polynomial in the
/// program size and the text length, whatever the pattern or input: no catastrophic backtracking on
/// hostile text.
final class PatternProgram: Sendable {
    enum Instruction: Sendable {
        case byte(UInt8)
        case set(Int)
        case any
        case word(negated: Bool)
        case split(Int, Int)
        case jump(Int)
        case assertion(Pattern.Assertion)
        case match
    }

    let instructions: [Instruction]
    let sets: [(ByteSet, Bool)]
    /// For each instruction, its index among the `split`s (or -1). Only splits are memoised: a state
    /// is re-explored only through a split, so remembering (split, position) pairs bounds the work.
    let splitSlot: [Int32]
    let splitCount: Int
    /// Bytes a match can start with, or nil when any position may start one.
    let firstBytes: ByteSet?

    /// The largest program accepted (instructions).
    static let maxInstructions = 20_000

    struct TooLarge: Error {}

    /// Compiles a parsed pattern. Throws when the program would exceed ``maxInstructions``.
    init(_ pattern: Pattern) throws {
        var c = Compiler()
        try c.emit(pattern.root)
        c.code.append(.match)
        instructions = c.code
        sets = c.sets
        var slots: [Int32] = []
        var count = 0
        for i in c.code {
            if case .split = i {
                slots.append(Int32(count))
                count += 1
            } else {
                slots.append(-1)
            }
        }
        splitSlot = slots
        splitCount = count
        firstBytes = PatternProgram.firstBytes(of: pattern.root)
    }

    private struct Compiler {
        var code: [Instruction] = []
        var sets: [(ByteSet, Bool)] = []

        mutating func emit(_ node: Pattern.Node) throws {
            if code.count > PatternProgram.maxInstructions { throw TooLarge() }
            switch node {
            case .bytes(let b):
                for x in b { code.append(.byte(x)) }
            case .set(let s, let nonASCII):
                if let k = sets.firstIndex(where: { $0.0 == s && $0.1 == nonASCII }) {
                    code.append(.set(k))
                } else {
                    sets.append((s, nonASCII))
                    code.append(.set(sets.count - 1))
                }
            case .any:
                code.append(.any)
            case .word(let negated):
                code.append(.word(negated: negated))
            case .assertion(let a):
                code.append(.assertion(a))
            case .concat(let parts):
                for p in parts { try emit(p) }
            case .alternation(let branches):
                // split L1, next; L1: a; jump end; next: split L2, … ; last branch
                var jumps: [Int] = []
                for (k, branch) in branches.enumerated() {
                    if k < branches.count - 1 {
                        let split = code.count
                        code.append(.split(split + 1, -1))
                        try emit(branch)
                        jumps.append(code.count)
                        code.append(.jump(-1))
                        code[split] = .split(split + 1, code.count)
                    } else {
                        try emit(branch)
                    }
                }
                for j in jumps { code[j] = .jump(code.count) }
            case .repetition(let inner, let lo, let hi):
                for _ in 0..<lo { try emit(inner) }
                if let hi {
                    var splits: [Int] = []
                    for _ in lo..<hi {
                        splits.append(code.count)
                        code.append(.split(code.count + 1, -1))
                        try emit(inner)
                    }
                    for s in splits { code[s] = .split(s + 1, code.count) }
                } else {
                    let loop = code.count
                    code.append(.split(loop + 1, -1))
                    try emit(inner)
                    code.append(.jump(loop))
                    code[loop] = .split(loop + 1, code.count)
                }
            }
        }
    }

    // MARK: - First bytes

    /// What a node can start with: a byte set, or nil for "anything" (also when it can match empty).
    private static func firstBytes(of node: Pattern.Node) -> ByteSet? {
        var set = ByteSet()
        return first(node, into: &set) ? set : nil
    }

    /// Adds the bytes `node` can start with to `set`; returns false when unknown or when the node can be
    /// empty (the caller must then look further, which this conservative version does not).
    private static func first(_ node: Pattern.Node, into set: inout ByteSet) -> Bool {
        switch node {
        case .bytes(let b):
            guard let x = b.first else { return false }
            set.insert(x)
            return true
        case .set(let s, let nonASCII):
            if nonASCII { return false }
            set.formUnion(s)
            return true
        case .any, .word:
            return false
        case .assertion:
            return false
        case .concat(let parts):
            for p in parts {
                if case .assertion = p { continue }
                if case .bytes(let b) = p, b.isEmpty { continue }
                return first(p, into: &set)
            }
            return false
        case .alternation(let branches):
            for b in branches where !first(b, into: &set) { return false }
            return true
        case .repetition(let inner, let lo, _):
            return lo > 0 && first(inner, into: &set)
        }
    }

    // MARK: - Matching

    /// True when the pattern matches anywhere in `text`, or, given `starts`, at one of those positions.
    func matches(_ text: UnsafeBufferPointer<UInt8>, startingAt starts: UnsafeBufferPointer<Int32>? = nil) -> Bool {
        let n = text.count
        let width = n + 1
        let bitCount = max(1, splitCount) * width
        let words = (bitCount + 63) >> 6
        if words <= 4096 {
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { visited in
                visited.initialize(repeating: 0)
                return run(text, visited, starts)
            }
        }
        var visited = [UInt64](repeating: 0, count: words)
        return visited.withUnsafeMutableBufferPointer { run(text, $0, starts) }
    }

    private func run(_ t: UnsafeBufferPointer<UInt8>, _ visited: UnsafeMutableBufferPointer<UInt64>,
                     _ starts: UnsafeBufferPointer<Int32>?) -> Bool {
        withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: 128) { small in
            var big: [(Int, Int)] = []
            return run(t, visited, starts, small, &big)
        }
    }

    /// The backtracking search; the stack lives in `small` until it outgrows it, then in `big`.
    private func run(_ t: UnsafeBufferPointer<UInt8>, _ visited: UnsafeMutableBufferPointer<UInt64>,
                     _ starts: UnsafeBufferPointer<Int32>?,
                     _ small: UnsafeMutableBufferPointer<(Int, Int)>, _ big: inout [(Int, Int)]) -> Bool {
        let n = t.count
        let width = n + 1
        var depth = 0
        func push(_ e: (Int, Int)) {
            if depth < small.count {
                small[depth] = e
            } else {
                big.append(e)
            }
            depth += 1
        }
        func pop() -> (Int, Int)? {
            guard depth > 0 else { return nil }
            depth -= 1
            return depth < small.count ? small[depth] : big.removeLast()
        }
        var nextStart = 0
        // The next position a match may start at: one of `starts`, or every position the first bytes allow.
        func next() -> Int? {
            if let starts {
                guard nextStart < starts.count else { return nil }
                nextStart += 1
                return Int(starts[nextStart - 1])
            }
            while nextStart <= n {
                let s = nextStart
                nextStart += 1
                if s < n, t[s] & 0xC0 == 0x80 { continue }
                if let firstBytes, s == n || !firstBytes.contains(t[s]) {
                    if s == n { return nil }
                    continue
                }
                return s
            }
            return nil
        }
        while let start = next() {
            push((0, start))
            while let (pc0, pos0) = pop() {
                var pc = pc0, pos = pos0
                while true {
                    let slot = Int(splitSlot[pc])
                    if slot >= 0 {
                        let bit = slot * width + pos
                        let w = bit >> 6, m = UInt64(1) << UInt64(bit & 63)
                        if visited[w] & m != 0 { break }
                        visited[w] |= m
                    }
                    switch instructions[pc] {
                    case .byte(let b):
                        guard pos < n, t[pos] == b else { break }
                        pc += 1
                        pos += 1
                        continue
                    case .set(let k):
                        guard pos < n else { break }
                        let b = t[pos]
                        if b < 0x80 {
                            guard sets[k].0.contains(b) else { break }
                            pos += 1
                        } else {
                            guard sets[k].1 else { break }
                            pos = min(n, pos + WordBoundary.scalarLength(b))
                        }
                        pc += 1
                        continue
                    case .any:
                        guard pos < n else { break }
                        pos = min(n, pos + WordBoundary.scalarLength(t[pos]))
                        pc += 1
                        continue
                    case .word(let negated):
                        guard pos < n else { break }
                        guard WordBoundary.isWord(at: pos, in: t) != negated else { break }
                        pos = min(n, pos + WordBoundary.scalarLength(t[pos]))
                        pc += 1
                        continue
                    case .split(let a, let b):
                        push((b, pos))
                        pc = a
                        continue
                    case .jump(let a):
                        pc = a
                        continue
                    case .assertion(let a):
                        let ok: Bool
                        switch a {
                        case .textStart: ok = pos == 0
                        case .textEnd: ok = pos == n
                        case .edge: ok = WordBoundary.isEdge(pos, in: t)
                        case .wordBoundary: ok = WordBoundary.isWord(before: pos, in: t) != WordBoundary.isWord(at: pos, in: t)
                        case .notWordBoundary: ok = WordBoundary.isWord(before: pos, in: t) == WordBoundary.isWord(at: pos, in: t)
                        }
                        guard ok else { break }
                        pc += 1
                        continue
                    case .match:
                        return true
                    }
                    break
                }
            }
        }
        return false
    }
}
