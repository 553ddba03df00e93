import EngageCore
import Foundation

/// One account's units of analysis after the §1 hygiene steps: original posts (self-threads
/// collapsed into their head), in posting order, with their features and outcome values.
struct AccountUnits: Sendable {
    /// Record roles for export.
    enum Role: UInt8, Sendable {
        case unassigned = 0, unit, threadContinuation, repost, replyToOther, tooYoung, notPublic, noDate
        var name: String {
            switch self {
            case .unassigned: return "unassigned"
            case .unit: return "unit"
            case .threadContinuation: return "thread-continuation"
            case .repost: return "repost"
            case .replyToOther: return "reply-to-other"
            case .tooYoung: return "too-young"
            case .notPublic: return "not-public"
            case .noDate: return "no-date"
            }
        }
    }

    let account: Int
    let label: String
    let isBlog: Bool
    var hygiene = Hygiene()
    /// Feed record index of each unit's head, in posting order (ties by id).
    var units: [Int32] = []
    /// Posts in each unit's thread (1 = a single post).
    var threadLength: [Int32] = []
    /// Feed record indices of replies to others (kept apart).
    var repliesToOthers: [Int32] = []
    /// Unit index of every record of the account that belongs to a unit (head or continuation).
    var unitOfRecord: [Int32: Int32] = [:]

    /// Id order: shorter first (numeric ids), then bytewise.
    static func idBefore(_ a: String, _ b: String) -> Bool {
        let la = a.utf8.count, lb = b.utf8.count
        return la != lb ? la < lb : a < b
    }

    static let blogPlatforms: Set<Platform> = [.wordpress, .blogger, .ghost, .medium, .disqus, .web]

    /// Runs §1.1–1.2 over the account's records; `roles` is filled for export.
    init(account: Int, label: String, records: [Int32], input: AnalysisInput, snapshot: Date?,
         roles: inout [UInt8]) {
        self.account = account
        self.label = label
        let feed = input.feed
        let blogShare = records.filter { Self.blogPlatforms.contains(feed[Int($0)].platform) }.count
        isBlog = blogShare * 2 > records.count
        hygiene.feedPosts = records.count
        hygiene.cutoffHours = isBlog ? 14 * 24 : 48

        // snapshot: given, else the newest counts reading, else the sources' time, else the newest post
        var snap = snapshot
        if snap == nil {
            let asOf = records.map { feed[Int($0)].asOf }.filter { !$0.isNaN }.max()
            if let asOf { snap = Date(timeIntervalSince1970: asOf) }
        }
        if snap == nil {
            let paths = Set(records.compactMap { input.strings[feed[Int($0)].source] })
            snap = input.sources.filter { paths.contains($0.path) }.compactMap(\.countsAsOf).max()
        }
        if snap == nil {
            if let newest = records.map({ feed[Int($0)].created }).filter({ !$0.isNaN }).max() {
                snap = Date(timeIntervalSince1970: newest)
                hygiene.snapshotApproximate = true
            }
        }
        hygiene.snapshot = snap
        let cutoff = (snap?.timeIntervalSince1970 ?? .infinity) - Double(hygiene.cutoffHours) * 3600

        // heads and continuations
        var byId: [String: Int32] = [:]
        for r in records { byId[feed[Int(r)].id] = r }
        var candidates: [Int32] = []
        var continuations: [Int32] = []
        for r in records {
            let rec = feed[Int(r)]
            if rec.notPublic {
                hygiene.notPublic += 1
                roles[Int(r)] = Role.notPublic.rawValue
                continue
            }
            if rec.kind == .repost {
                hygiene.reposts += 1
                roles[Int(r)] = Role.repost.rawValue
                continue
            }
            if rec.created.isNaN {
                hygiene.withoutDate += 1
                roles[Int(r)] = Role.noDate.rawValue
                continue
            }
            switch rec.kind {
            case .reply:
                hygiene.repliesToOthers += 1
                repliesToOthers.append(r)
                roles[Int(r)] = Role.replyToOther.rawValue
            case .selfReply where rec.replyTo.flatMap({ byId[$0] }) != nil:
                continuations.append(r)
            default:
                if rec.kind == .quote || rec.features.contains(.quote) { hygiene.quotes += 1 }
                candidates.append(r)
            }
        }
        // resolve each continuation to its head (following the chain within the account)
        var headOf: [Int32: Int32] = [:]
        func head(_ r: Int32, depth: Int = 0) -> Int32? {
            if let h = headOf[r] { return h }
            let rec = feed[Int(r)]
            guard rec.kind == .selfReply, depth < 10_000 else { return r }
            guard let parent = rec.replyTo.flatMap({ byId[$0] }) else { return r }
            let p = feed[Int(parent)]
            if p.notPublic || p.kind == .repost || p.kind == .reply || p.created.isNaN { return nil }
            let h = head(parent, depth: depth + 1)
            if let h { headOf[r] = h }
            return h
        }
        var threadSize: [Int32: Int32] = [:]
        for c in continuations {
            if let h = head(c), h != c {
                threadSize[h, default: 1] += 1
                headOf[c] = h
            } else {
                candidates.append(c)  // its head is not a unit of this account: it stands alone
            }
        }
        // age cutoff on heads
        var heads: [Int32] = []
        for h in candidates {
            if feed[Int(h)].created > cutoff {
                hygiene.tooYoung += 1
                roles[Int(h)] = Role.tooYoung.rawValue
            } else {
                heads.append(h)
            }
        }
        // posting order; equal times by id (numerically for digit ids: shorter first), then input order
        var keyed = heads.map { (feed[Int($0)].created, $0) }
        keyed.sort {
            if $0.0 != $1.0 { return $0.0 < $1.0 }
            let a = feed[Int($0.1)].id, b = feed[Int($1.1)].id
            return a == b ? $0.1 < $1.1 : Self.idBefore(a, b)
        }
        heads = keyed.map(\.1)
        units = heads
        threadLength = heads.map { threadSize[$0] ?? 1 }
        for (u, h) in heads.enumerated() {
            unitOfRecord[h] = Int32(u)
            roles[Int(h)] = Role.unit.rawValue
        }
        for (c, h) in headOf {
            if let u = unitOfRecord[h] {
                unitOfRecord[c] = u
                roles[Int(c)] = Role.threadContinuation.rawValue
                hygiene.threadContinuations += 1
            } else {
                roles[Int(c)] = Role.tooYoung.rawValue
            }
        }
        hygiene.units = heads.count
        if let f = heads.first { hygiene.first = feed[Int(f)].createdDate }
        if let l = heads.last { hygiene.last = feed[Int(l)].createdDate }
    }
}
