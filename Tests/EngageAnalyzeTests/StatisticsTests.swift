import Testing
import Foundation
@testable import EngageAnalyze

/// The golden vectors of ANALYSIS.md §8 (scipy/statsmodels at full precision), to 1e-9 relative.
@Suite struct StatisticsTests {
    @Test func mannWhitneyWithTiesIsAsymptotic() throws {
        let x: [Double] = [0, 0, 1, 2, 5], y: [Double] = [0, 1, 1, 3, 8, 9]
        let r = try #require(MannWhitney.test(x, y))
        #expect(r.method == .asymptotic)
        #expect(r.u1 == 10 && r.u2 == 20)
        #expect(close(r.p, 0.4026252422331532))
        #expect(close(r.delta, -0.33333333333333337))
        #expect(close(r.z, 0.8369418726012026))
        let pool = RankedSample(x + y)
        #expect(Array(pool.ranks[0..<5]) == [2, 2, 5, 7, 9])
        #expect(pool.tieTerm == 48)
        let noCC = MannWhitney.test(x, y, continuity: false)
        #expect(close(noCC?.p, 0.35240452561209323))
    }

    @Test func mannWhitneyExactWithoutTies() throws {
        let x = [1.1, 2.4, 3.9, 7.2], y = [2.0, 4.5, 5.1, 6.3, 8.8, 9.7, 12.0]
        let r = try #require(MannWhitney.test(x, y))
        #expect(r.method == .exact)
        #expect(r.u1 == 6)
        #expect(close(r.p, 0.16363636363636364))
        #expect(close(r.delta, -0.5714285714285714))
        let asym = MannWhitney.test(x, y, method: .asymptotic)
        #expect(close(asym?.p, 0.15637572175964462))
        // swapping the groups mirrors δ and keeps p
        let swapped = try #require(MannWhitney.test(y, x))
        #expect(close(swapped.p, 0.16363636363636364))
        #expect(close(swapped.delta, 0.5714285714285714))
    }

    @Test func exactDistributionMatchesEnumeration() {
        // P(U ≥ u) for n1 = 3, n2 = 4 by brute force over all C(7,3) = 35 arrangements
        var counts = [Int](repeating: 0, count: 13)
        for a in 0..<7 { for b in (a + 1)..<7 { for c in (b + 1)..<7 {
            let ranks = [a, b, c].map { $0 + 1 }
            counts[ranks.reduce(0, +) - 6] += 1
        } } }
        for u in 0...12 {
            let tail = counts[u...].reduce(0, +)
            #expect(close(ExactU.sf(u, 3, 4), Double(tail) / 35, rel: 1e-12))
        }
    }

    @Test func allEqualValuesGivePOneAndZeroDelta() throws {
        let r = try #require(MannWhitney.test([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]))
        #expect(r.p == 1 && r.delta == 0)
    }

    @Test func kruskalWallis() throws {
        let groups: [[Double]] = [[1, 2, 2, 3, 9], [2, 4, 4, 5, 7, 30], [0, 0, 1, 1, 2]]
        let r = try #require(KruskalWallis.test(groups))
        #expect(close(r.h, 9.037274096385554))
        #expect(close(r.p, 0.010903875001568952))
        #expect(close(r.epsilonSquared, 0.6024849397590368))
        let pool = RankedSample(groups.flatMap { $0 })
        #expect(pool.tieTerm == 96)
        #expect(pool.ranks[0..<5].reduce(0, +) == 44)
        #expect(pool.ranks[5..<11].reduce(0, +) == 73.5)
    }

    @Test func dunnWithHolm() {
        let d = DunnTest.test([[1, 2, 2, 3, 9], [2, 4, 4, 5, 7, 30], [0, 0, 1, 1, 2]])
        let expected: [(Double, Double, Double)] = [
            (-1.211044126007352, 0.22587849359009526, 0.22587849359009526),
            (1.7140234846769447, 0.08652441284589898, 0.17304882569179797),
            (3.0012832688008295, 0.002688443427531284, 0.008065330282593852),
        ]
        #expect(d.pairs.count == 3)
        for (pair, e) in zip(d.pairs, expected) {
            #expect(close(pair.z, e.0))
            #expect(close(pair.p, e.1))
            #expect(close(pair.pHolm, e.2))
        }
    }

    static let p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.060, 0.074, 0.205, 0.212, 0.216]
    static let bh = [0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571428571428572, 0.216, 0.216, 0.216]
    static let holm = [0.01, 0.072, 0.312, 0.312, 0.312, 0.312, 0.312, 0.615, 0.615, 0.615]

    @Test func benjaminiHochbergAndHolm() {
        let b = MultipleTesting.benjaminiHochberg(Self.p), h = MultipleTesting.holm(Self.p)
        for i in Self.p.indices {
            #expect(close(b[i], Self.bh[i]))
            #expect(close(h[i], Self.holm[i]))
        }
    }

    @Test func adjustmentsFollowInputOrder() {
        let perm = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4]
        let shuffled = perm.map { Self.p[$0] }
        let b = MultipleTesting.benjaminiHochberg(shuffled), h = MultipleTesting.holm(shuffled)
        for (i, j) in perm.enumerated() {
            #expect(close(b[i], Self.bh[j]))
            #expect(close(h[i], Self.holm[j]))
        }
    }

    @Test func noetherSampleSizes() {
        let cases: [(Double, Double, Int)] = [
            (0.10, 1046.5172979132117, 1047), (0.147, 484.29695863446335, 485), (0.20, 261.6293244783029, 262),
            (0.33, 96.09892542821044, 97), (0.474, 46.57895360043849, 47),
        ]
        for (delta, n, rounded) in cases {
            let v = NoetherPower.totalN(delta: delta)
            #expect(close(v, n))
            #expect(Int(v.rounded(.up)) == rounded)
        }
    }

    @Test func detectableDelta() {
        let cases: [(Int, Int, Double)] = [(25, 25, 0.46), (30, 30, 0.42), (50, 50, 0.32), (100, 100, 0.23),
                                           (30, 300, 0.31), (60, 2796, 0.21)]
        for (a, b, d) in cases { #expect(near(NoetherPower.detectableDelta(n1: a, n0: b), d, 0.005)) }
    }

    @Test func normalQuantiles() {
        #expect(close(NormalDistribution.quantile(0.975), 1.959963984540054, rel: 1e-14))
        #expect(close(NormalDistribution.quantile(0.8), 0.8416212335729143, rel: 1e-14))
        #expect(close(NormalDistribution.quantile(1e-10), -6.361340902404056, rel: 1e-12))
    }

    @Test func upperIncompleteGamma() {
        // Q(1, x) = e^(−x); χ²₁ tail = erfc(√(x/2)); a scipy value: chi2.sf(10, 5)
        #expect(close(GammaFunctions.upperRegularized(1, 2.5), 0.0820849986238988, rel: 1e-13))
        #expect(close(GammaFunctions.chiSquaredSF(3.84, df: 1), 0.05004352124870519, rel: 1e-11))
        #expect(close(GammaFunctions.chiSquaredSF(10, df: 5), 0.07523524614651217, rel: 1e-11))
        #expect(close(GammaFunctions.chiSquaredSF(0.5, df: 7), 0.9994464813904249, rel: 1e-11))
    }

    @Test func quantilesAndDescriptives() throws {
        let d = try #require(Descriptives(values: [0, 0, 1, 2, 5, 0, 1, 1, 3, 8, 9]))
        #expect(d.n == 11 && d.median == 1 && d.q1 == 0.5 && d.q3 == 4)
        #expect(close(d.p90, 8))
        #expect(close(d.shareZeros, 3.0 / 11) && close(d.shareAtLeastOne, 8.0 / 11))
        #expect(close(d.top10Share, 9.0 / 30))
        // Gini by the definition on the ascending values
        let y: [Double] = [0, 0, 0, 1, 1, 1, 2, 3, 5, 8, 9]
        var g = 0.0
        for (i, v) in y.enumerated() { g += Double(2 * (i + 1) - 11 - 1) * v }
        #expect(close(d.gini, g / (11 * 30)))
        #expect(close(d.mean, 30.0 / 11))
        #expect(close(d.trimmedMean, 21.0 / 9))
        #expect(Quantile.type7(sorted: [1, 2, 3, 4], 0.25) == 1.75)
        #expect(Descriptives(values: [0, 0])?.gini == nil)
    }

    @Test func generatorIsXoshiroSeededBySplitMix() {
        // Reference: SplitMix64(0) first outputs (Vigna's splitmix64.c)
        var sm = SplitMix64(seed: 0)
        #expect(sm.next() == 0xE220_A839_7B1D_CDAF)
        #expect(sm.next() == 0x6E78_9E6A_A1B9_65F4)
        var a = Xoshiro256StarStar(seed: 20240601), b = Xoshiro256StarStar(seed: 20240601)
        for _ in 0..<100 { #expect(a.next() == b.next()) }
        var r = Xoshiro256StarStar(seed: 1)
        var hist = [Int](repeating: 0, count: 3)
        for _ in 0..<30_000 { hist[Int(r.bounded(3))] += 1 }
        #expect(hist.allSatisfy { abs($0 - 10_000) < 400 })
    }

    @Test func fnvAndClaimSeeds() {
        #expect(FNV1a.hash64("") == 0xCBF2_9CE4_8422_2325)
        #expect(FNV1a.hash64("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(FNV1a.hash64("foobar") == 0x8594_4171_F739_67E8)
        let s = FNV1a.claimSeed(base: 20240601, account: "a", outcome: "replies", scale: "raw", feature: "link")
        #expect(s == 20240601 ^ FNV1a.hash64("a|replies|raw|link"))
    }

    @Test func binomialSamplerHasTheRightMoments() {
        var r = Xoshiro256StarStar(seed: 7)
        for (n, p) in [(20, 0.1), (1000, 0.3), (100_000, 0.001), (50, 0.9)] {
            var s = 0.0, s2 = 0.0
            let reps = 20_000
            for _ in 0..<reps {
                let x = Double(r.binomial(n, p))
                s += x
                s2 += x * x
            }
            let mean = s / Double(reps), variance = s2 / Double(reps) - mean * mean
            let mu = Double(n) * p, v = mu * (1 - p)
            #expect(abs(mean - mu) < 4 * (v / Double(reps)).squareRoot() + 1e-9)
            #expect(abs(variance - v) / v < 0.06)
        }
    }

    @Test func bootstrapIsDeterministicAndCoversDelta() throws {
        var r = Xoshiro256StarStar(seed: 3)
        let x = (0..<200).map { _ in Double(r.bounded(10) + 2) }, y = (0..<300).map { _ in Double(r.bounded(10)) }
        let pool = RankedSample(x + y)
        let group = [Int8](repeating: 1, count: 200) + [Int8](repeating: 0, count: 300)
        let b = Bootstrap()
        let one = try #require(b.run(pool: pool, group: group, seed: 42, medianRatio: true))
        let two = try #require(b.run(pool: pool, group: group, seed: 42, medianRatio: true))
        #expect(one == two)
        let delta = try #require(MannWhitney.test(x, y)).delta
        #expect(one.delta.lower < delta && delta < one.delta.upper)
        #expect(one.delta.upper - one.delta.lower < 0.25)
        let other = try #require(b.run(pool: pool, group: group, seed: 43, medianRatio: false))
        #expect(other.delta != one.delta)
    }

    @Test func bootstrapByCountsAgreesWithElementDraws() throws {
        // Many values per level switch the sampler to conditional binomials; the interval must agree
        // with element-by-element resampling within Monte Carlo error.
        var r = Xoshiro256StarStar(seed: 5)
        let x = (0..<1000).map { _ in Double(r.bounded(6) + 1) }, y = (0..<1500).map { _ in Double(r.bounded(6)) }
        let pool = RankedSample(x + y)
        let group = [Int8](repeating: 1, count: 1000) + [Int8](repeating: 0, count: 1500)
        let ci = try #require(Bootstrap(resamples: 1000).run(pool: pool, group: group, seed: 1, medianRatio: false))
        var deltas: [Double] = []
        for _ in 0..<400 {
            let xs = (0..<1000).map { _ in x[Int(r.bounded(1000))] }, ys = (0..<1500).map { _ in y[Int(r.bounded(1500))] }
            deltas.append(MannWhitney.test(xs, ys)!.delta)
        }
        deltas.sort()
        #expect(near(ci.delta.lower, Quantile.type7(sorted: deltas, 0.025)!, 0.012))
        #expect(near(ci.delta.upper, Quantile.type7(sorted: deltas, 0.975)!, 0.012))
    }

    @Test func permutationTestFindsARealSlotAndNotANullOne() throws {
        var r = Xoshiro256StarStar(seed: 9)
        var values: [Double] = [], slots: [Int] = []
        for i in 0..<400 {
            let s = i % 4
            slots.append(s)
            values.append(r.uniform() + (s == 2 ? 0.6 : 0))
        }
        let t = SlotPermutationTest(resamples: 2000)
        let hit = try #require(t.run(values: values, slot: slots, slots: 4, seed: 1))
        #expect(hit.bestSlot == 2 && hit.p < 0.01 && hit.p > 0)
        let flat = values.enumerated().map { $0.offset % 4 == 2 ? $0.element - 0.6 : $0.element }
        let none = try #require(t.run(values: flat, slot: slots, slots: 4, seed: 1))
        #expect(none.p > 0.05)
        #expect(try #require(t.run(values: values, slot: slots, slots: 4, seed: 1)) == hit)
    }

    @Test func performanceIndex() {
        let values: [Double?] = (0..<40).map { Double($0 % 5) } + [nil, 10]
        let pi = PerformanceIndex.compute(values)
        #expect(pi[0..<10].allSatisfy { $0 == nil })
        #expect(pi[10] != nil)
        // at 10: earlier 0,1,2,3,4,0,1,2,3,4 → median 2; y = 0 → ln(1/3)
        #expect(close(pi[10]!, log(1.0 / 3)))
        #expect(pi[40] == nil)
        // the last post's window is the 30 known values before it: posts 10…39 → median 2
        #expect(close(pi[41]!, log(11.0 / 3)))
    }

    @Test func followerInterpolation() {
        let t0 = Date(timeIntervalSince1970: 0), t1 = Date(timeIntervalSince1970: 100)
        let tl = FollowerTimeline([(t1, 200), (t0, 100)])
        #expect(tl.followers(at: Date(timeIntervalSince1970: 50)) == 150)
        #expect(tl.followers(at: Date(timeIntervalSince1970: -5)) == 100)
        #expect(tl.followers(at: Date(timeIntervalSince1970: 500)) == 200)
        #expect(FollowerTimeline([]).followers(at: t0) == nil)
        #expect(tl.label == "estimated from 2 snapshots")
    }
}

/// The exact samplers behind the fast permutation test.
@Suite struct SamplerTests {
    @Test func hypergeometricMoments() {
        var r = Xoshiro256StarStar(seed: 11)
        for (good, bad, sample) in [(5, 7, 4), (300, 700, 100), (40_000, 960_000, 500_000), (3, 1_000_000, 20_000)] {
            let reps = 20_000
            var s = 0.0, s2 = 0.0
            for _ in 0..<reps {
                let x = Double(r.hypergeometric(good: good, bad: bad, sample: sample))
                #expect(x >= 0 && x <= Double(min(good, sample)))
                s += x
                s2 += x * x
            }
            let n = Double(good + bad), k = Double(sample), p = Double(good) / n
            let mu = k * p, v = k * p * (1 - p) * (n - k) / (n - 1)
            let mean = s / Double(reps), variance = s2 / Double(reps) - mean * mean
            #expect(abs(mean - mu) < 4 * (v / Double(reps)).squareRoot() + 1e-9, "\(good) \(bad) \(sample)")
            #expect(abs(variance - v) / v < 0.06, "\(good) \(bad) \(sample)")
        }
        #expect(r.hypergeometric(good: 0, bad: 10, sample: 5) == 0)
        #expect(r.hypergeometric(good: 10, bad: 0, sample: 5) == 5)
        #expect(r.hypergeometric(good: 4, bad: 6, sample: 10) == 4)
    }

    @Test func permutationMatchesFullShuffles() throws {
        // The recursive splitting must give the same null distribution as shuffling every label.
        var r = Xoshiro256StarStar(seed: 21)
        var values: [Double] = [], slots: [Int] = []
        for i in 0..<500 {
            slots.append(i % 7 == 3 ? 1 : (i % 3 == 0 ? 2 : 0))
            values.append(Double(r.bounded(20)) + (slots.last == 1 ? 1.5 : 0))
        }
        let fast = try #require(SlotPermutationTest(resamples: 4000).run(values: values, slot: slots, slots: 3, seed: 5))
        let t = fast.statistic
        var hits = 0
        var labels = slots
        for _ in 0..<4000 {
            var i = labels.count - 1
            while i > 0 {
                labels.swapAt(i, Int(r.bounded(UInt64(i + 1))))
                i -= 1
            }
            let m = SlotPermutationTest.observedMedians(values: values, slot: labels, slots: 3)
            if (m.compactMap { $0 }.max() ?? 0) >= t { hits += 1 }
        }
        let slow = Double(1 + hits) / 4001
        #expect(abs(fast.p - slow) < 4 * (slow * (1 - slow) / 4000).squareRoot() + 0.003, "fast \(fast.p) vs full \(slow)")
        #expect(fast.bestSlot == 1)
    }
}

@Suite struct SelectionTests {
    @Test func quantilesBySelectionMatchSorting() {
        var r = Xoshiro256StarStar(seed: 99)
        for n in [1, 2, 3, 7, 10, 101, 1000] {
            let v = (0..<n).map { _ in Double(r.bounded(20)) + (r.uniform() < 0.5 ? 0 : 0.5) }
            let sorted = v.sorted()
            for p in [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0] {
                #expect(Quantile.type7(unsorted: v, p) == Quantile.type7(sorted: sorted, p), "n \(n) p \(p)")
            }
        }
        #expect(Quantile.median(unsorted: []) == nil)
    }
}

@Suite struct ClockTests {
    @Test func localClockMatchesCalendar() {
        var cal = Calendar(identifier: .gregorian)
        let zone = TimeZone(identifier: "America/New_York")!
        cal.timeZone = zone
        var clock = LocalClock(timeZone: zone)
        var r = Xoshiro256StarStar(seed: 4)
        for _ in 0..<500 {
            let t = Double(r.bounded(4_000_000_000)) - 1_000_000_000
            let d = Date(timeIntervalSince1970: t)
            let c = cal.dateComponents([.year, .month, .hour, .weekday], from: d)
            let (h, w) = clock.hourAndWeekday(t)
            let (y, m) = clock.yearAndMonth(t)
            #expect(Int(h) == c.hour && (Int(w) + 1) % 7 + 1 == c.weekday && y == c.year && m == c.month, "\(d)")
        }
    }
}

@Suite struct DescriptivesByCountTests {
    @Test func countsGiveTheSameFiguresAsValues() throws {
        var r = Xoshiro256StarStar(seed: 12)
        for n in [1, 2, 9, 10, 11, 57, 400] {
            let v = (0..<n).map { _ in Double(r.bounded(12)) * (r.uniform() < 0.3 ? 0 : 1.5) }
            let levels = Array(Set(v)).sorted()
            let counts = levels.map { l in v.filter { $0 == l }.count } + []
            let a = try #require(Descriptives(values: v)), b = try #require(Descriptives(levels: levels + [99], counts: counts + [0]))
            #expect(a.n == b.n && a.median == b.median && a.q1 == b.q1 && a.q3 == b.q3 && a.p90 == b.p90 && a.p99 == b.p99)
            #expect(a.max == b.max && a.shareZeros == b.shareZeros && a.shareAtLeastOne == b.shareAtLeastOne)
            #expect(close(a.mean, b.mean, rel: 1e-12) && close(a.trimmedMean, b.trimmedMean, rel: 1e-12))
            if let t = a.top10Share { #expect(close(b.top10Share, t, rel: 1e-12)) }
            if let g = a.gini { #expect(close(b.gini, g, rel: 1e-12) || abs(g - (b.gini ?? 9)) < 1e-12) }
        }
    }
}
