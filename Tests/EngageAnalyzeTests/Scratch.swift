import EngageCore
import Foundation
import Testing
@testable import EngageAnalyze

@Test func scratch() throws {
    guard let posts = try ObamaFixture.posts() else { return }
    var input = AnalysisInput()
    for p in posts { input.add(p) }
    let t0 = Date()
    let r = Analyzer().analyze(input)
    print("time", Date().timeIntervalSince(t0))
    for c in r.comparisons where ["link", "hashtag", "question", "exclamation"].contains(c.group) {
        print(c.metric, c.scale, c.group, c.n, c.nRest, c.stats.median, c.statsRest.median, c.cliffsDelta ?? .nan, c.ci?.lower ?? .nan, c.ci?.upper ?? .nan, c.pAdjusted ?? .nan, c.bootstrap ?? "")
    }
    for rec in r.recommendations { print(rec.verdict, rec.metric, rec.group, "|", rec.headline, "|", rec.text) }
    print(r.accounts[0].hygiene)
}
