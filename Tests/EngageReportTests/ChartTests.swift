import EngageAnalyze
import EngageReport
import Foundation
import Testing

@Suite struct ChartTests {
    @Test func distributionQuantilesAreType7() throws {
        let values = [0, 0, 0, 1, 1, 2, 3, 5, 8, 40]
        var d = CountDistribution()
        for v in values { d.add(v) }
        d.add(-1)  // unknown: ignored
        #expect(d.n == 10)
        let sorted = values.map(Double.init).sorted()
        for p in [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0] {
            let h = Double(sorted.count - 1) * p
            let lo = Int(h.rounded(.down)), hi = Int(h.rounded(.up))
            let expected = sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
            #expect(abs((d.quantile(p) ?? -1) - expected) < 1e-12, "p = \(p)")
        }
        let s = try #require(d.summary)
        #expect(s.q1 == 0.25 && s.median == 1.5 && s.q3 == 4.5)
        #expect(s.whiskerHigh == 8)                       // 4.5 + 1.5 × 4.25 = 10.875
        #expect(s.outliers == [CountDistribution.ValueCount(value: 40, count: 1)])
        #expect(s.shareAtLeastOne == 0.7)
        #expect(CountDistribution().summary == nil)
    }

    @Test func scalesAndTicks() {
        let lin = ChartScale(.linear, domain: (0, 230), range: (200, 0))
        #expect(lin.ticks() == [0, 50, 100, 150, 200])
        #expect(lin(0) == 200 && lin(230) == 0)
        let log = ChartScale(.log1p, domain: (0, 120), range: (0, 100))
        #expect(log.ticks() == [0, 1, 2, 5, 10, 20, 50, 100])
        #expect(log(0) == 0 && abs(log(120) - 100) < 1e-9)
        #expect(log(9) > 40 && log(9) < 50)   // log10(10) / log10(121) ≈ 0.48
        let delta = ChartScale(.linear, domain: (-1, 1), range: (0, 100))
        #expect(delta.ticks() == [-1, -0.5, 0, 0.5, 1])
        #expect(ChartScale.label(-0.5) == "−0.5" && ChartScale.label(20_000) == "20k" && ChartScale.label(1_500_000) == "1.5M")
    }

    @Test func chartsDrawMarksAndEscapeLabels() {
        let hostile = "<script>x</script>"
        let bars = StackedBarChart(title: hostile, bars: [.init(label: "2024-01", counts: ["valuable": 3, hostile: 1])],
                                   classes: ["valuable", hostile]).svg()
        #expect(!bars.contains("<script>"))
        #expect(bars.components(separatedBy: "<rect class=\"mark\"").count - 1 == 2)
        var d = CountDistribution()
        for v in [0, 1, 2, 3, 50] { d.add(v) }
        let box = BoxPlotChart(title: "t", rows: [.init(label: hostile, distribution: d, colour: "#000")], xTitle: "x").svg()
        #expect(!box.contains("<script>"))
        #expect(box.contains("class=\"box\"") && box.contains("class=\"median\"") && box.contains("<circle"))
        let forest = ForestPlot(title: "t", rows: [.init(label: "q", estimate: 0.2, lower: 0.1, upper: 0.3, colour: "#2f9e44",
                                                         note: "δ +0.20")], xTitle: "δ").svg()
        #expect(forest.contains("class=\"interval\"") && forest.contains("class=\"reference\""))
        #expect(forest.contains(">−0.5<"))  // axis tick labels
    }
}
