/// Aho–Corasick multi-literal search over bytes: one pass over a text reports every occurrence of every
/// literal. Rulebook-sized sets use a dense transition table over a compressed alphabet (one table
/// lookup per byte); very large sets (tens of thousands of phrases loaded from a list) fall back to
/// sparse transitions with failure links to keep memory bounded.
struct AhoCorasick: Sendable {
    /// Byte → alphabet class (0 = a byte no literal uses).
    private let byteClass: [UInt16]
    private let classCount: Int
    /// Dense mode: `delta[state * classCount + class]`.
    private let delta: [Int32]
    /// Sparse mode: edges of each state (`edgeStart[s]..<edgeStart[s+1]`), sorted by byte, and failure links.
    private let edgeStart: [Int32]
    private let edgeBytes: [UInt8]
    private let edgeTargets: [Int32]
    private let fail: [Int32]
    /// Literals ending at each state (`outStart[s]..<outStart[s+1]` into `outputs`), and the nearest
    /// state on the failure chain that has outputs of its own (-1 for none).
    private let outStart: [Int32]
    private let outputs: [Int32]
    private let outLink: [Int32]
    /// The literal lengths, by id.
    let lengths: [Int]
    let isDense: Bool
    /// Trie states and alphabet classes (for diagnostics).
    let stateCount: Int
    var classCountValue: Int { classCount }

    /// Dense tables are used up to this many entries (states × classes).
    static let denseLimit = 8_000_000

    /// Builds the automaton; literal `i` is reported as id `i`. Empty literals are never reported.
    /// Above `denseLimit` table entries the sparse form is used.
    init(_ literals: [[UInt8]], denseLimit: Int = AhoCorasick.denseLimit) {
        lengths = literals.map(\.count)
        // The trie: one hash map of (state, byte) → child, and each state's children as a linked list.
        var edge: [Int: Int32] = [:]
        edge.reserveCapacity(literals.reduce(0) { $0 + $1.count })
        var firstChild: [Int32] = [-1], nextSibling: [Int32] = [-1], byteOf: [UInt8] = [0]
        var own: [[Int32]] = [[]]
        for (id, lit) in literals.enumerated() where !lit.isEmpty {
            var s = 0
            for b in lit {
                let key = s << 8 | Int(b)
                if let next = edge[key] {
                    s = Int(next)
                } else {
                    let t = firstChild.count
                    firstChild.append(-1)
                    nextSibling.append(firstChild[s])
                    byteOf.append(b)
                    own.append([])
                    firstChild[s] = Int32(t)
                    edge[key] = Int32(t)
                    s = t
                }
            }
            own[s].append(Int32(id))
        }
        let stateCount = firstChild.count
        self.stateCount = stateCount
        func children(_ s: Int, _ body: (UInt8, Int) -> Void) {
            var c = firstChild[s]
            while c >= 0 {
                body(byteOf[Int(c)], Int(c))
                c = nextSibling[Int(c)]
            }
        }
        // Alphabet: class 0 for bytes no literal uses.
        var used = [Bool](repeating: false, count: 256)
        for s in 1..<stateCount { used[Int(byteOf[s])] = true }
        var cls = [UInt16](repeating: 0, count: 256)
        var k = 1
        for b in 0..<256 where used[b] {
            cls[b] = UInt16(k)
            k += 1
        }
        byteClass = cls
        classCount = k
        // Failure links, breadth first.
        var failLinks = [Int32](repeating: 0, count: stateCount)
        var order: [Int] = []
        order.reserveCapacity(stateCount)
        children(0) { _, c in order.append(c) }
        var head = 0
        while head < order.count {
            let s = order[head]
            head += 1
            children(s) { b, t in
                var f = Int(failLinks[s])
                while f != 0, edge[f << 8 | Int(b)] == nil { f = Int(failLinks[f]) }
                let target = edge[f << 8 | Int(b)].map(Int.init) ?? 0
                failLinks[t] = Int32(target == t ? 0 : target)
                order.append(t)
            }
        }
        // States are renumbered breadth first: the shallow states most bytes visit sit together in
        // memory, so the hot part of the transition table stays in cache.
        var newID = [Int32](repeating: 0, count: stateCount)
        for (k, old) in order.enumerated() { newID[old] = Int32(k + 1) }
        let oldOf = [0] + order
        fail = oldOf.map { newID[Int(failLinks[$0])] }
        // Outputs.
        var oStart = [Int32](repeating: 0, count: stateCount + 1)
        var outs: [Int32] = []
        for s in 0..<stateCount {
            oStart[s] = Int32(outs.count)
            outs.append(contentsOf: own[oldOf[s]])
        }
        oStart[stateCount] = Int32(outs.count)
        outStart = oStart
        outputs = outs
        var link = [Int32](repeating: -1, count: stateCount)
        for s in 1..<max(1, stateCount) {
            let f = Int(fail[s])
            link[s] = f != 0 && oStart[f] != oStart[f + 1] ? Int32(f) : link[f]
        }
        outLink = link
        // A state "reports" when it or a state on its failure chain ends a literal.
        let reports = (0..<stateCount).map { oStart[$0] != oStart[$0 + 1] || link[$0] >= 0 }
        // Transitions.
        let cc = k
        if stateCount * cc <= denseLimit {
            // Each entry is the next state times 2, plus 1 when that state reports: one load per byte.
            var d = [Int32](repeating: 0, count: stateCount * cc)
            func entry(_ old: Int) -> Int32 {
                let t = Int(newID[old])
                return Int32(t << 1 | (reports[t] ? 1 : 0))
            }
            children(0) { b, t in d[Int(cls[Int(b)])] = entry(t) }
            for s in 1..<max(1, stateCount) {
                let f = Int(fail[s])
                for c in 0..<cc { d[s * cc + c] = d[f * cc + c] }
                children(oldOf[s]) { b, t in d[s * cc + Int(cls[Int(b)])] = entry(t) }
            }
            delta = d
            isDense = true
            edgeStart = []
            edgeBytes = []
            edgeTargets = []
        } else {
            var eStart = [Int32](repeating: 0, count: stateCount + 1)
            var eBytes: [UInt8] = []
            var eTargets: [Int32] = []
            for s in 0..<stateCount {
                eStart[s] = Int32(eBytes.count)
                var list: [(UInt8, Int32)] = []
                children(oldOf[s]) { b, t in list.append((b, newID[t])) }
                for (b, t) in list.sorted(by: { $0.0 < $1.0 }) {
                    eBytes.append(b)
                    eTargets.append(t)
                }
            }
            eStart[stateCount] = Int32(eBytes.count)
            edgeStart = eStart
            edgeBytes = eBytes
            edgeTargets = eTargets
            delta = []
            isDense = false
        }
    }

    /// Calls `report(literalID, end)` for every occurrence (`end` is the index after its last byte).
    @inline(__always)
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ report: (Int, Int) -> Void) {
        var s = 0
        if isDense {
            delta.withUnsafeBufferPointer { d in
                byteClass.withUnsafeBufferPointer { cls in
                    let cc = classCount
                    for i in 0..<text.count {
                        let e = Int(d[s * cc + Int(cls[Int(text[i])])])
                        s = e >> 1
                        if e & 1 != 0 { emit(s, i + 1, report) }
                    }
                }
            }
        } else {
            for i in 0..<text.count {
                s = step(s, text[i])
                if outStart[s] != outStart[s + 1] || outLink[s] >= 0 { emit(s, i + 1, report) }
            }
        }
    }

    @inline(__always)
    private func emit(_ state: Int, _ end: Int, _ report: (Int, Int) -> Void) {
        var s = state
        while s >= 0 {
            for k in Int(outStart[s])..<Int(outStart[s + 1]) { report(Int(outputs[k]), end) }
            s = Int(outLink[s])
        }
    }

    private func step(_ state: Int, _ b: UInt8) -> Int {
        var s = state
        while true {
            var lo = Int(edgeStart[s]), hi = Int(edgeStart[s + 1])
            while lo < hi {
                let mid = (lo + hi) >> 1
                if edgeBytes[mid] < b { lo = mid + 1 } else { hi = mid }
            }
            if lo < Int(edgeStart[s + 1]), edgeBytes[lo] == b { return Int(edgeTargets[lo]) }
            if s == 0 { return 0 }
            s = Int(fail[s])
        }
    }
}
