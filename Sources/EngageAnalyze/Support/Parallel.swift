import Foundation

/// Runs independent jobs on all cores and collects their results in job order, so output never
/// depends on scheduling.
enum Parallel {
    /// `body(i)` for i in 0..<count, results in index order.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        if count == 1 { return [body(0)] }
        let box = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { i in box.set(i, body(i)) }
        return box.values()
    }

    /// Write-once result slots, one per job; each index is written by exactly one job.
    private final class Slots<T>: @unchecked Sendable {
        private var storage: [T?]
        init(_ n: Int) { storage = [T?](repeating: nil, count: n) }
        func set(_ i: Int, _ v: T) { storage.withUnsafeMutableBufferPointer { $0[i] = v } }
        func values() -> [T] { storage.map { $0! } }
    }
}
