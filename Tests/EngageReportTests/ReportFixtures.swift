import EngageAnalyze
import EngageCore
import EngagePipeline
import EngageReport
import EngageTestSupport
import Foundation

/// Audits the report tests share, run once per test process (same seed, same output).
enum ReportFixtures {
    /// Fifteen posts of an invented account whose texts, name, description and links are hostile:
    /// `<script>`, `"><img onerror>`, `javascript:` and `data:` links, `</style>`, `]]>`, `</textarea>`,
    /// and spreadsheet formulas. Every payload that ran would set `document.title` to "pwned" or add
    /// an element with id "pwned".
    static let hostilePath = "corpora/report/hostile.jsonl"

    static func options(_ paths: [String]) -> AuditOptions {
        var analysis = AnalysisOptions()
        analysis.bootstrapResamples = 1000
        return AuditOptions(paths: paths.map(Fixtures.corpus), analysis: analysis, examplesPerClass: 3)
    }

    /// Removes the repository's absolute path, so golden files hold `corpora/…` paths only.
    static func relative(_ s: String) -> String {
        s.replacingOccurrences(of: Fixtures.repository.path + "/", with: "")
    }

    static func audit(_ paths: [String]) throws -> AuditReport {
        let result = try AuditPipeline(options: options(paths.map { String($0.dropFirst("corpora/".count)) })).run()
        return AuditReport(result)
    }

    static let hostile: Result<AuditReport, Error> = Result { try audit([hostilePath]) }

    /// Every record of the hostile feed as CSV, written from the pipeline's per-record walk.
    static let hostileCSV: Result<String, Error> = Result {
        var csv = PostCSV.header
        _ = try AuditPipeline(options: options(["report/hostile.jsonl"])).forEachRecord { post, v, a, f in
            csv += PostCSV.row(post, v, a, f)
        }
        return csv
    }

    static let comparison: Result<FeedComparison, Error> = Result {
        let a = try audit(["corpora/x/compare/you.zip"]), b = try audit(["corpora/x/compare/rival.zip"])
        return FeedComparison(a: .init(paths: ["corpora/x/compare/you.zip"], report: a),
                              b: .init(paths: ["corpora/x/compare/rival.zip"], report: b))
    }
}
