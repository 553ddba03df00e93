import Foundation

/// Follower counts over time from an account's snapshots, interpolated linearly between the
/// bracketing snapshots and held at the nearest one outside their range (ANALYSIS.md §2.2).
public struct FollowerTimeline: Sendable, Hashable {
    /// (time, followers), ascending by time, one per distinct time.
    public private(set) var snapshots: [(Date, Int)]

    public static func == (a: Self, b: Self) -> Bool {
        a.snapshots.map(\.0) == b.snapshots.map(\.0) && a.snapshots.map(\.1) == b.snapshots.map(\.1)
    }
    public func hash(into h: inout Hasher) {
        for (d, f) in snapshots {
            h.combine(d)
            h.combine(f)
        }
    }

    /// Builds a timeline; snapshots at the same time keep the last given.
    public init(_ snapshots: [(Date, Int)]) {
        var byTime: [Date: Int] = [:]
        for (d, f) in snapshots { byTime[d] = f }
        self.snapshots = byTime.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The estimated follower count at `t`; nil without snapshots.
    public func followers(at t: Date) -> Double? {
        guard let first = snapshots.first, let last = snapshots.last else { return nil }
        if t <= first.0 { return Double(first.1) }
        if t >= last.0 { return Double(last.1) }
        var lo = 0, hi = snapshots.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if snapshots[mid].0 <= t { lo = mid } else { hi = mid }
        }
        let (t0, f0) = snapshots[lo], (t1, f1) = snapshots[hi]
        let w = t.timeIntervalSince(t0) / t1.timeIntervalSince(t0)
        return Double(f0) + w * Double(f1 - f0)
    }

    /// "estimated from n snapshots".
    public var label: String { "estimated from \(snapshots.count) snapshot\(snapshots.count == 1 ? "" : "s")" }
}
