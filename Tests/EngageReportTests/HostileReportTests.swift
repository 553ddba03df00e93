import EngageCore
import EngageReport
import EngageTestSupport
import Foundation
import Testing

/// The audit of a feed whose every text, name and link is hostile, in each format: golden files,
/// and checks that nothing in the HTML is live markup and nothing in the CSV is a formula.
@Suite struct HostileReportTests {
    static func report() throws -> AuditReport { try ReportFixtures.hostile.get() }

    @Test func htmlGolden() throws {
        let html = ReportFixtures.relative(try Self.report().html())
        if let diff = Golden.check(html, "report/hostile.html") { Issue.record("\(diff)") }
    }

    @Test func textAndJSONGolden() throws {
        let r = try Self.report()
        if let diff = Golden.check(ReportFixtures.relative(r.text()), "report/hostile.txt") { Issue.record("\(diff)") }
        // the audit's JSON is golden-tested whole in the CLI tests; here its chart data
        var w = JSONWriter(indent: 2)
        ReportDigestJSON.write(r.digest, to: &w)
        if let diff = Golden.check(w.output + "\n", "report/hostile.digest.json") { Issue.record("\(diff)") }
        #expect(r.json().contains("\"digest\": {"))
        let coloured = r.text(style: TextStyle(enabled: true))
        #expect(coloured.contains("\u{1B}[1m") && !r.text().contains("\u{1B}["))
        // a post's terminal escapes never reach the screen, coloured or not
        #expect(r.text().contains("Terminal escapes should never reach your screen"))
        #expect(!coloured.contains("\u{1B}[2J") && !coloured.contains("\u{1B}[31mTerminal") && !coloured.contains("\u{07}"))
    }

    @Test func htmlHoldsNoLiveMarkupFromTheInput() throws {
        let html = try Self.report().html()
        let lower = html.lowercased()
        for tag in ["<script", "<img", "<iframe", "<textarea", "<svg onload", "<a href=\"javascript", "<![cdata["] {
            #expect(!lower.contains(tag), "found \(tag)")
        }
        #expect(lower.components(separatedBy: "<style>").count == 2 && lower.components(separatedBy: "</style>").count == 2)
        // no tag carries an event handler attribute
        let handler = try NSRegularExpression(pattern: "<[a-zA-Z][^>]*\\son[a-z]+\\s*=")
        #expect(handler.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil)
        // every link is http(s)
        for part in html.components(separatedBy: "href=\"").dropFirst() {
            #expect(part.hasPrefix("http://") || part.hasPrefix("https://"), "href=\"\(part.prefix(40))")
        }
        // the hostile texts are there, as text
        #expect(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
        for id in ["summary", "mix", "engagement", "effects", "best", "low-value", "recommendations", "notes"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
    }

    @Test func csvGoldenAndNoFormulaCells() throws {
        let csv = ReportFixtures.relative(try ReportFixtures.hostileCSV.get())
        if let diff = Golden.check(csv, "report/hostile.csv") { Issue.record("\(diff)") }
        let rows = CSVTextTests.parse(csv)
        #expect(rows.first == PostCSV.columns)
        #expect(rows.count == 17)
        for row in rows.dropFirst() {
            #expect(row.count == PostCSV.columns.count)
            for (i, cell) in row.enumerated() {
                guard let first = cell.unicodeScalars.first else { continue }
                if ["=", "+", "-", "@", "\t", "\r"].contains(first) {
                    // only numbers engage computed may start with a minus
                    #expect(first == "-" && Double(cell) != nil, "\(PostCSV.columns[i]): \(cell.debugDescription)")
                }
            }
        }
        let texts = rows.dropFirst().map { $0[PostCSV.columns.firstIndex(of: "text")!] }
        #expect(texts.contains { $0.hasPrefix("'=HYPERLINK(") })
        #expect(texts.contains { $0.hasPrefix("'+cmd|") })
        #expect(texts.contains { $0.hasPrefix("'-2+3") })
        #expect(texts.contains { $0.hasPrefix("'@SUM(") })
        #expect(texts.contains { $0.hasPrefix("'\t") })
        // the feed carries likes for every post: written as numbers
        let likes = rows.dropFirst().map { $0[PostCSV.columns.firstIndex(of: "likes")!] }
        #expect(likes.allSatisfy { Int($0) != nil })
    }

    @Test func unknownCountsAreEmptyCells() throws {
        let csv = ReportFixtures.relative(try ReportFixtures.hostileCSV.get())
        let rows = CSVTextTests.parse(csv)
        let genuine = PostCSV.columns.firstIndex(of: "replyRecords")!
        // no reply records in this feed: the count is unknown, not 0
        #expect(rows.dropFirst().allSatisfy { $0[genuine].isEmpty })
    }
}
