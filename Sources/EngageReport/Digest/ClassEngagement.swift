import EngageAnalyze
import EngageCore

/// One account's engagement per post class: the exact distribution of each outcome over the
/// account's analysed posts (units), as the analysis measured it (genuine replies where reply
/// records were filtered).
public struct ClassEngagement: Sendable, Hashable {
    /// The account label (`@handle`).
    public var account: String
    /// How replies were measured: `genuine`, `unfiltered` or `not-available`.
    public var replyMeasure: String
    /// Distributions per outcome and post class.
    public var byClass: [Outcome: [String: CountDistribution]] = [:]

    public init(account: String, replyMeasure: String) {
        self.account = account
        self.replyMeasure = replyMeasure
    }

    /// Counts a unit's known values.
    mutating func add(_ p: PostAnalysis) {
        let label = p.postClass ?? "unclassified"
        for (o, v) in [(Outcome.replies, p.replies), (.reposts, p.reposts), (.likes, p.likes)] {
            if let v { byClass[o, default: [:]][label, default: CountDistribution()].add(v) }
        }
    }

    /// Post classes with at least one known value on `outcome`, in report order.
    public func classes(_ outcome: Outcome) -> [String] {
        let present = byClass[outcome] ?? [:]
        let order = PostClass.allCases.map(\.rawValue)
        return order.filter { present[$0] != nil } + present.keys.filter { !order.contains($0) }.sorted()
    }
}
