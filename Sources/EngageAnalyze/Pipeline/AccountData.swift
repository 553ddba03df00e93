import EngageCore
import Foundation

/// Everything the statistics need about one account's units, in unit order, compactly.
struct AccountData: Sendable {
    var units: AccountUnits
    var isUser: Bool
    /// Seconds since 1970 per unit.
    var created: [Double] = []
    var features: [PostFeatures] = []
    var postClass: [Int8] = []
    var contentKind: [Int8] = []
    /// 0 short, 1 medium, 2 long.
    var lengthBand: [UInt8] = []
    var hour: [UInt8] = []
    /// 0 = Monday … 6 = Sunday.
    var weekday: [UInt8] = []
    /// Raw values per outcome (nil = unknown).
    var values: [Outcome: [Double?]] = [:]
    var pi: [Outcome: [Double?]] = [:]
    var rate: [Outcome: [Double?]] = [:]
    var followers: [Double?] = []
    /// Impressions per unit (nil = unknown) and the engagement rate y / impressions per outcome.
    var impressions: [Double?] = []
    var perImpression: [Outcome: [Double?]] = [:]
    var timeline: FollowerTimeline?
    var measure: [Outcome: ReplyMeasure] = [:]
    var availability: [OutcomeAvailability] = []
    var filter: FilterReport?
    /// Reply records per unit (genuine mode), and removals by reason (sparse).
    var replyRecords: [Int32] = []
    var removed: [Int32: [RemovalReason: Int32]] = [:]
    /// Sources of the reply records attached to the units.
    var replySources: Set<Int32> = []

    var count: Int { units.units.count }
    var label: String { units.label }

    static let lengthBands = ["short", "medium", "long"]
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let hourBins = ["00-05", "06-11", "12-17", "18-23"]

    /// The length band of a unit: microblogs short ≤ 70, medium 71–140, long > 140 characters;
    /// blog posts short < 3,000, medium 3,000–9,000, long > 9,000.
    static func band(_ length: Int32, blog: Bool) -> UInt8 {
        if blog { return length < 3000 ? 0 : (length <= 9000 ? 1 : 2) }
        return length <= 70 ? 0 : (length <= 140 ? 1 : 2)
    }

    /// Values on a scale (nil where unknown).
    func values(_ o: Outcome, _ s: Scale) -> [Double?] {
        switch s {
        case .raw: return values[o] ?? []
        case .performanceIndex: return pi[o] ?? []
        case .perFollower: return rate[o] ?? []
        case .perImpression: return perImpression[o] ?? []
        }
    }

    /// The scales analysed within the account: raw and PI always; per follower with ≥ 2 snapshots
    /// (one snapshot only rescales raw counts).
    var scales: [Scale] {
        var s: [Scale] = [.raw, .performanceIndex]
        if (timeline?.snapshots.count ?? 0) >= 2 { s.append(.perFollower) }
        if impressions.contains(where: { $0 != nil }) { s.append(.perImpression) }
        return s
    }

    /// Outcomes with data.
    var outcomes: [Outcome] { Outcome.allCases.filter { (measure[$0] ?? .notAvailable) != .notAvailable } }
}
