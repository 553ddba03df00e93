import EngageReport
import EngageTestSupport
import Foundation
import Testing

/// `engage compare` in every format on two small generated archives.
@Suite struct CompareReportTests {
    static func comparison() throws -> FeedComparison { try ReportFixtures.comparison.get() }

    @Test func goldenInEveryFormat() throws {
        let c = try Self.comparison()
        if let diff = Golden.check(c.text(), "report/compare.txt") { Issue.record("\(diff)") }
        if let diff = Golden.check(c.json() + "\n", "report/compare.json") { Issue.record("\(diff)") }
        if let diff = Golden.check(c.csv(), "report/compare.csv") { Issue.record("\(diff)") }
        if let diff = Golden.check(c.html(), "report/compare.html") { Issue.record("\(diff)") }
    }

    @Test func sidesMixEffectsAndStrengths() throws {
        let c = try Self.comparison()
        #expect(c.a.label != c.b.label)
        #expect(c.mix.map(\.a).reduce(0, +) == c.a.report.posts.total)
        #expect(c.mix.map(\.b).reduce(0, +) == c.b.report.posts.total)
        // the rival was generated with 35 % low-value posts: A is better on the mix
        #expect(c.aBetter.contains { $0.hasPrefix("Fewer low-value posts") })
        #expect(!c.effects.isEmpty)
        for e in c.effects {
            let (x, y) = (e.a.ci!, e.b.ci!)
            #expect(e.overlap == (x.lower <= y.upper && y.lower <= x.upper))
            #expect(e.a.scale == e.b.scale && e.a.group == e.b.group)
        }
        let csv = CSVTextTests.parse(c.csv())
        #expect(csv.allSatisfy { $0.count == 11 })
    }
}
