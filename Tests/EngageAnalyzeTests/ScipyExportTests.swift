import EngageCore
import EngageReport
import EngageTestSupport
import Foundation
import Testing
@testable import EngageAnalyze

/// Writes what the scipy/statsmodels cross-check (Tests/scipy-check) reads: the analysis JSON and
/// the export lines with their `analysis` member, for the Obama file and the invented feed. The
/// files go to $ENGAGE_SCIPY_CHECK_DIR when set, else to a temporary folder.
@Suite struct ScipyExportTests {
    static func folder() throws -> URL {
        if let d = ProcessInfo.processInfo.environment["ENGAGE_SCIPY_CHECK_DIR"], !d.isEmpty {
            let url = URL(fileURLWithPath: d)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        return try Fixtures.temporaryFolder("engage-scipy")
    }

    static func write(_ name: String, posts: [(Post, Verdict?, Verdict?)]) throws -> (AnalysisReport, URL) {
        var input = AnalysisInput()
        if name == "synthetic" { input = SyntheticFeed.rich().input } else { for (p, v, a) in posts { input.add(p, verdict: v, authorVerdict: a) } }
        let report = Analyzer().analyze(input)
        let dir = try folder().appendingPathComponent(name)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(AnalysisJSON.document(report).utf8).write(to: dir.appendingPathComponent("analysis.json"))
        var lines = ""
        var feedIndex = 0, replyIndex = 0
        for (p, _, _) in posts {
            let fields = report.posts.fields(of: p, feedIndex: feedIndex, replyIndex: replyIndex)
            if p.isFeedPost { feedIndex += 1 } else { replyIndex += 1 }
            lines += PostJSON.line(p) { w in PostAnalysisJSON.writeMember(fields, to: &w) } + "\n"
        }
        try Data(lines.utf8).write(to: dir.appendingPathComponent("export.jsonl"))
        return (report, dir)
    }

    @Test func exportCarriesWhatAComparisonNeeds() throws {
        let built = SyntheticFeed.rich()
        let (report, dir) = try Self.write("synthetic", posts: built.posts)
        let text = try String(contentsOf: dir.appendingPathComponent("export.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == built.posts.count)
        let units = lines.filter { $0.contains("\"role\":\"unit\"") }
        #expect(units.count == report.accounts.reduce(0) { $0 + $1.hygiene.units })
        #expect(units.allSatisfy { $0.contains("\"features\":[") && $0.contains("\"pi\":{") && $0.contains("\"class\":") })
    }

    @Test func obamaExport() throws {
        guard let posts = try ObamaFixture.posts() else { return }
        let (report, dir) = try Self.write("obama", posts: posts.map { ($0, nil, nil) })
        #expect(report.accounts.first?.hygiene.units == 2856)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("analysis.json").path))
    }
}
