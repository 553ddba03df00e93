import EngageCore
import Foundation

/// Items per calendar month (UTC) and class: the "content mix over time" of a report, in memory
/// bounded by the number of months.
public struct ClassTimeline: Sendable, Hashable {
    /// Classes in report order.
    public let classes: [String]
    /// Counts per month (`year * 12 + month - 1`) and class.
    public private(set) var months: [Int: [String: Int]] = [:]
    /// Items without a date (in no month).
    public private(set) var undated = 0

    /// An empty timeline over `classes`.
    public init(classes: [String]) {
        self.classes = classes
    }

    /// Counts one item.
    public mutating func add(_ date: Date?, label: String) {
        guard let date else {
            undated += 1
            return
        }
        let c = DateParser.components(date)
        months[c.year * 12 + c.month - 1, default: [:]][label, default: 0] += 1
    }

    /// One bar of the chart: a month (`2023-09`) or a year (`2023`) and its counts per class.
    public struct Period: Sendable, Hashable {
        public var label: String
        public var counts: [String: Int]
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// The periods to chart, gaps included: months when the dated items span at most
    /// `maxMonths` months, else years.
    public func periods(maxMonths: Int = 36) -> [Period] {
        guard let first = months.keys.min(), let last = months.keys.max() else { return [] }
        if last - first < maxMonths {
            return (first...last).map { m in
                Period(label: String(format: "%04d-%02d", m / 12, m % 12 + 1), counts: months[m] ?? [:])
            }
        }
        var years: [Int: [String: Int]] = [:]
        for (m, counts) in months {
            for (label, n) in counts { years[m / 12, default: [:]][label, default: 0] += n }
        }
        return (first / 12 ... last / 12).map { y in Period(label: String(y), counts: years[y] ?? [:]) }
    }

    /// The classes in report order, then any other label counted.
    public var labels: [String] {
        var seen = Set(classes), extra: [String] = []
        for counts in months.values { for l in counts.keys where !seen.contains(l) { seen.insert(l); extra.append(l) } }
        return classes + extra.sorted()
    }
}
