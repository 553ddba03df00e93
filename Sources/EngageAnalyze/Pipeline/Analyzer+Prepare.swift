import EngageCore
import Foundation

extension Analyzer {
    /// Fills an account's per-unit features and outcome values on every scale (§1.3, §2).
    /// Per-follower rates are kept when they can be compared: within the account (≥ 2 follower
    /// snapshots) or side by side with another account.
    func prepare(_ acc: inout AccountData, input: AnalysisInput, resolver: AccountResolver, sideBySide: Bool) {
        let feed = input.feed
        let units = acc.units.units
        let n = units.count
        acc.created = units.map { feed[Int($0)].created }
        acc.features = units.enumerated().map { u, r in
            var f = feed[Int(r)].features
            if acc.units.threadLength[u] > 1 { f.insert(.thread) }
            return f
        }
        acc.postClass = units.map { feed[Int($0)].postClass }
        acc.contentKind = units.map { feed[Int($0)].contentKind }
        acc.lengthBand = units.map { AccountData.band(feed[Int($0)].length, blog: acc.units.isBlog) }
        var clock = LocalClock(timeZone: options.timeZone)
        acc.hour = []
        acc.weekday = []
        acc.hour.reserveCapacity(n)
        acc.weekday.reserveCapacity(n)
        for t in acc.created {
            let (h, w) = clock.hourAndWeekday(t)
            acc.hour.append(h)
            acc.weekday.append(w)
        }

        // replies: genuine where reply records exist (or a blog's comments came with it), else unfiltered
        let genuine = acc.values[.replies]
        let hasRecords = (acc.filter?.rawReplies ?? 0) > 0
        if hasRecords || acc.units.isBlog {
            acc.measure[.replies] = .genuine
            acc.values[.replies] = (0..<n).map { u in
                let rec = feed[Int(units[u])]
                let records = acc.replyRecords.isEmpty ? 0 : acc.replyRecords[u]
                if records > 0 || acc.units.isBlog || rec.repliesCount == 0 { return genuine?[u] ?? 0 }
                return nil  // the platform counted replies nobody collected
            }
        } else {
            let raw: [Double?] = units.map { r in
                let v = feed[Int(r)].repliesCount
                return v >= 0 ? Double(v) : nil
            }
            acc.measure[.replies] = raw.contains { $0 != nil } ? .unfiltered : .notAvailable
            acc.values[.replies] = raw
        }
        for o in [Outcome.reposts, .likes] {
            let raw: [Double?] = units.map { r in
                let v = feed[Int(r)].value(o)
                return v >= 0 ? Double(v) : nil
            }
            acc.measure[o] = raw.contains { $0 != nil } ? .unfiltered : .notAvailable
            acc.values[o] = raw
        }

        // follower timeline
        let k = acc.units.account
        var snaps: [(Date, Int)] = []
        for a in input.accounts where resolver.index(of: a) == k {
            if let f = a.followers, let t = a.asOf { snaps.append((t, f)) }
        }
        for s in input.sources {
            if let o = s.owner, resolver.index(of: o) == k, let f = o.followers, let t = o.asOf ?? s.countsAsOf {
                snaps.append((t, f))
            }
        }
        if !snaps.isEmpty && (sideBySide || Set(snaps.map(\.0)).count >= 2) {
            let tl = FollowerTimeline(snaps)
            acc.timeline = tl
            acc.followers = acc.created.map { tl.followers(at: Date(timeIntervalSince1970: $0)) }
        }

        // impressions (§2.3): a rate per outcome where the source counts them
        let impressions: [Double?] = units.map { r in
            let v = feed[Int(r)].impressions
            return v > 0 ? Double(v) : nil
        }
        if impressions.contains(where: { $0 != nil }) {
            acc.impressions = impressions
            for o in Outcome.allCases {
                let v = acc.values[o] ?? []
                acc.perImpression[o] = (0..<n).map { u in
                    guard let y = v[u], let i = impressions[u] else { return nil }
                    return y / i
                }
            }
        }

        // scales and availability
        for o in Outcome.allCases {
            let v = acc.values[o] ?? []
            let pi = PerformanceIndex.compute(v)
            acc.pi[o] = pi
            if acc.timeline != nil {
                acc.rate[o] = (0..<n).map { u in
                    guard let y = v[u], let f = acc.followers[u], f > 0 else { return nil }
                    return y / f
                }
            }
            let measure = acc.measure[o] ?? .notAvailable
            var sources = Set<Int32>()
            if o == .replies && measure == .genuine {
                sources = acc.replySources
            } else {
                for (u, r) in units.enumerated() where v[u] != nil { sources.insert(feed[Int(r)].source) }
            }
            let known = v.filter { $0 != nil }.count
            let withPI = pi.filter { $0 != nil }.count
            acc.availability.append(OutcomeAvailability(
                outcome: o, measure: measure, sources: sources.compactMap { input.strings[$0] }.sorted(),
                known: measure == .notAvailable ? 0 : known, missing: measure == .notAvailable ? n : n - known,
                withPI: withPI, withoutPI: known - withPI,
                withRate: acc.rate[o]?.filter { $0 != nil }.count ?? 0))
        }
    }
}

/// Hour (0–23) and weekday (0 = Monday) of UTC instants in a time zone, caching the zone offset
/// per hour of time.
struct LocalClock {
    let timeZone: TimeZone
    private var cache: [Int: Int] = [:]
    private var lastDay = 0

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    mutating func hourAndWeekday(_ t: Double) -> (UInt8, UInt8) {
        let bucket = Int((t / 3600).rounded(.down))
        let offset: Int
        if let o = cache[bucket] {
            offset = o
        } else {
            offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: t))
            cache[bucket] = offset
        }
        let local = t + Double(offset)
        let day = (local / 86400).rounded(.down)
        let secondOfDay = local - day * 86400
        let hour = UInt8(min(23, max(0, Int(secondOfDay / 3600))))
        lastDay = Int(day)
        // 1970-01-01 was a Thursday (weekday 3 when Monday = 0)
        let wd = ((Int(day) + 3) % 7 + 7) % 7
        return (hour, UInt8(wd))
    }

    /// Year and month (1–12) of an instant in the time zone.
    mutating func yearAndMonth(_ t: Double) -> (Int, Int) {
        _ = hourAndWeekday(t)
        return Self.civil(days: lastDay)
    }

    /// The proleptic Gregorian (year, month) of a day count since 1970-01-01 (Hinnant's algorithm).
    static func civil(days: Int) -> (Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month)
    }
}
