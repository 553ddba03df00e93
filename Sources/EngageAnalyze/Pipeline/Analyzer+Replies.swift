import EngageCore

/// Where each reply record went and what the filter decided.
struct ReplyAttachment: Sendable {
    /// Account (index into the analysed accounts) and unit per reply record; -1 when unattached.
    var account: [Int32]
    var unit: [Int32]
    /// The final reason (after author matching and repeats).
    var reason: [RemovalReason]
}

extension Analyzer {
    /// Attaches every reply to the unit it answers (directly, through a chain of replies, or through
    /// its conversation) and applies the genuine-engagement filter (§1.4): genuine replies of a
    /// unit = distinct accounts after removing the author, flagged accounts, spam, begging,
    /// pingbacks and unapproved comments.
    func attachReplies(input: AnalysisInput, accounts: inout [AccountData], resolver: AccountResolver) -> ReplyAttachment {
        var unitOf: [PostKey: (Int32, Int32)] = [:]
        let feedReplies = accounts.contains { !$0.units.repliesToOthers.isEmpty }
        if input.replies.isEmpty && !feedReplies {
            return ReplyAttachment(account: [], unit: [], reason: [])
        }
        for (a, acc) in accounts.enumerated() {
            for (r, u) in acc.units.unitOfRecord {
                let rec = input.feed[Int(r)]
                unitOf[PostKey(platform: rec.platform, id: rec.id)] = (Int32(a), u)
            }
        }
        var replyIndex: [PostKey: Int32] = [:]
        for (i, r) in input.replies.enumerated() { replyIndex[PostKey(platform: r.platform, id: r.id)] = Int32(i) }
        let n = input.replies.count
        var att = ReplyAttachment(account: [Int32](repeating: -1, count: n), unit: [Int32](repeating: -1, count: n),
                                  reason: input.replies.map(\.reason))
        var perAccount = [[(unit: Int32, author: Int32, reply: Int32)]](repeating: [], count: accounts.count)
        // the target unit of a reply: directly, through a chain of replies, or through the conversation
        func resolve(_ replyTo: String?, _ conversation: String?, _ platform: Platform) -> (Int32, Int32)? {
            var next = replyTo
            var hops = 0
            while let t = next, hops < 64 {
                let key = PostKey(platform: platform, id: t)
                if let u = unitOf[key] { return u }
                guard let parent = replyIndex[key] else { break }
                next = input.replies[Int(parent)].replyTo
                hops += 1
            }
            return conversation.flatMap { unitOf[PostKey(platform: platform, id: $0)] }
        }
        var unattached = 0, unclassified = [Int](repeating: 0, count: accounts.count)
        for (i, r) in input.replies.enumerated() {
            let target = resolve(r.replyTo, r.conversation, r.platform)
            guard let (a, u) = target else {
                unattached += 1
                continue
            }
            att.account[i] = a
            att.unit[i] = u
            if !r.classified { unclassified[Int(a)] += 1 }
            if att.reason[i] == .none {
                let k = accounts[Int(a)].units.account
                let id = resolver.id[k], handle = resolver.handle[k]?.lowercased()
                let author = input.strings[r.author], authorHandle = input.strings[r.authorHandle]
                if (id != nil && author == id) || (handle != nil && authorHandle == handle) { att.reason[i] = .author }
            }
            perAccount[Int(a)].append((u, r.author, Int32(i)))
            accounts[Int(a)].replySources.insert(r.source)
        }
        // the author's own answers inside their threads (feed replies that reach one of their units)
        for (a, acc) in accounts.enumerated() {
            for r in acc.units.repliesToOthers {
                let rec = input.feed[Int(r)]
                if let (ta, u) = resolve(rec.replyTo, rec.conversation, rec.platform), Int(ta) == a {
                    perAccount[a].append((u, -2, -1))
                }
            }
        }
        for a in accounts.indices {
            var list = perAccount[a]
            guard !list.isEmpty else { continue }
            list.sort { ($0.unit, $0.author, $0.reply) < ($1.unit, $1.author, $1.reply) }
            let units = accounts[a].count
            var genuine = [Int32](repeating: 0, count: units)
            var records = [Int32](repeating: 0, count: units)
            var byReason: [RemovalReason: Int] = [:]
            var removedPerUnit: [Int32: [RemovalReason: Int32]] = [:]
            var seen = Set<Int32>()
            var currentUnit: Int32 = -1
            for e in list {
                if e.unit != currentUnit {
                    currentUnit = e.unit
                    seen.removeAll(keepingCapacity: true)
                }
                records[Int(e.unit)] += 1
                var reason = e.reply >= 0 ? att.reason[Int(e.reply)] : .author
                if reason == .none && e.author >= 0 {
                    if seen.contains(e.author) { reason = .repeatAccount } else { seen.insert(e.author) }
                }
                if e.reply >= 0 { att.reason[Int(e.reply)] = reason }
                if reason == .none {
                    genuine[Int(e.unit)] += 1
                } else {
                    byReason[reason, default: 0] += 1
                    removedPerUnit[e.unit, default: [:]][reason, default: 0] += 1
                }
            }
            accounts[a].replyRecords = records
            accounts[a].removed = removedPerUnit
            accounts[a].values[.replies] = zip(genuine, records).map { g, _ in Double(g) }
            let removed = byReason.values.reduce(0, +)
            accounts[a].filter = FilterReport(
                rawReplies: list.count, removed: removed,
                byReason: RemovalReason.allCases.compactMap { r in byReason[r].map { (r.name, $0) } },
                postsChanged: removedPerUnit.count, unattached: accounts[a].isUser ? unattached : 0,
                unclassified: unclassified[a])
        }
        if unattached > 0, let u = accounts.firstIndex(where: \.isUser), accounts[u].filter == nil {
            accounts[u].filter = FilterReport(rawReplies: 0, removed: 0, byReason: [], postsChanged: 0,
                                              unattached: unattached, unclassified: 0)
        }
        return att
    }
}
