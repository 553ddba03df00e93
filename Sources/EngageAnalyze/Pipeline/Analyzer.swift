import EngageCore
import Foundation

/// The analysis stage: data hygiene, the genuine-engagement filter, features, comparisons,
/// models, the §6–7 gate and recommendations, exactly as ANALYSIS.md specifies.
///
/// ```swift
/// let report = Analyzer(options: AnalysisOptions()).analyze(input)
/// ```
/// Same input and seed give identical output.
public struct Analyzer: Sendable {
    public var options: AnalysisOptions

    /// Creates an analyzer.
    public init(options: AnalysisOptions = AnalysisOptions()) { self.options = options.effective }

    /// Runs the whole analysis.
    public func analyze(_ input: AnalysisInput) -> AnalysisReport {
        var clock = PhaseClock()
        var resolver = AccountResolver(input)
        // 1. records per account
        var recordsOf: [Int: [Int32]] = [:]
        for (i, r) in input.feed.enumerated() { recordsOf[resolver.account(of: r, in: input), default: []].append(Int32(i)) }
        var roles = [UInt8](repeating: 0, count: input.feed.count)
        let user = userAccount(resolver: resolver, recordsOf: recordsOf, input: input)
        let order = recordsOf.keys.sorted { a, b in
            if (a == user) != (b == user) { return a == user }
            return a < b
        }
        var accounts: [AccountData] = order.map { k in
            let u = AccountUnits(account: k, label: resolver.label(k), records: recordsOf[k] ?? [], input: input,
                                 snapshot: options.snapshotTime, roles: &roles)
            return AccountData(units: u, isUser: k == user)
        }
        clock.lap("hygiene")
        // 2. replies → genuine counts
        let replyInfo = attachReplies(input: input, accounts: &accounts, resolver: resolver)
        // 3. features and outcomes
        for i in accounts.indices {
            prepare(&accounts[i], input: input, resolver: resolver, sideBySide: accounts.count > 1)
        }
        clock.lap("replies, features, outcomes")
        // 4. statistics
        var stats = StatisticsRun(options: options, accounts: accounts, input: input)
        stats.run()
        stats.pools = [:]  // the per-post table below does not need them
        // 5. per-post table
        let table = PostAnalysisTable(input: input, accounts: accounts, roles: roles, replies: replyInfo,
                                      timeZone: options.timeZone)
        clock.lap("per-post table")
        return stats.report(posts: table)
    }

    /// The user's account: the option, else the first source's owner, else the account with most records.
    func userAccount(resolver: AccountResolver, recordsOf: [Int: [Int32]], input: AnalysisInput) -> Int? {
        if let u = options.userAccount, let k = resolver.find(u), recordsOf[k] != nil { return k }
        for s in input.sources {
            if let o = s.owner, let k = resolver.index(of: o), recordsOf[k] != nil { return k }
        }
        return recordsOf.max { a, b in a.value.count < b.value.count || (a.value.count == b.value.count && a.key > b.key) }?.key
    }
}
