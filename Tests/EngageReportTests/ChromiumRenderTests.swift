import EngageReport
import EngageTestSupport
import Foundation
import Testing

/// The HTML reports checked as a person would see them: rendered by headless Chromium, the DOM after
/// load must hold every section and drawn charts, and none of the hostile payloads may have run
/// (each would set `document.title` to "pwned" or add an element with id "pwned"). A screenshot is
/// saved under `.build/report-tests/`. Skips, saying why, where Chromium is not installed.
@Suite(.serialized) struct ChromiumRenderTests {
    static let output = Fixtures.repository.appendingPathComponent(".build/report-tests")

    static func write(_ html: String, _ name: String) throws -> URL {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let url = output.appendingPathComponent(name)
        try Data(html.utf8).write(to: url)
        return url
    }

    static func title(_ dom: String) -> String? {
        guard let a = dom.range(of: "<title>"), let b = dom.range(of: "</title>", range: a.upperBound..<dom.endIndex) else { return nil }
        return String(dom[a.upperBound..<b.lowerBound])
    }

    /// The detector works: an unescaped page without the policy does run its script.
    @Test func detectorSeesAScriptThatRuns() throws {
        guard let chromium = HeadlessChromium.find() else { return }
        let profile = try Fixtures.temporaryFolder("engage-chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        let page = try Self.write("<!DOCTYPE html><html><head><title>x</title></head><body><p>t</p><script>"
                                  + "document.title='pwned';document.body.insertAdjacentHTML('beforeend','<b id=\"pwned\">p</b>')"
                                  + "</script></body></html>", "control.html")
        let dom = try chromium.dumpDOM(page, profile: profile)
        #expect(Self.title(dom) == "pwned")
        #expect(dom.contains("id=\"pwned\""))
    }

    @Test func hostileAuditRendersInertWithEverySectionAndChart() throws {
        guard let chromium = HeadlessChromium.find() else { return }
        let profile = try Fixtures.temporaryFolder("engage-chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        let report = try ReportFixtures.hostile.get()
        let page = try Self.write(report.html(), "hostile-audit.html")
        let dom = try chromium.dumpDOM(page, profile: profile)
        // no payload ran
        #expect(Self.title(dom)?.hasPrefix("engage audit") == true, "title: \(Self.title(dom) ?? "none")")
        #expect(!dom.contains("id=\"pwned\""))
        for tag in ["<script", "<img", "<iframe", "<textarea"] { #expect(!dom.lowercased().contains(tag), "live \(tag)") }
        #expect(!dom.contains("href=\"javascript") && !dom.contains("href=\"data:"))
        // the payloads are there as text
        #expect(dom.contains("&lt;script&gt;document.title='pwned'"))
        // every section, with charts that have marks
        for id in ["summary", "mix", "engagement", "effects", "best", "low-value", "recommendations", "notes"] {
            #expect(dom.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        let svgs = dom.components(separatedBy: "<svg").count - 1
        #expect(svgs >= 3, "\(svgs) charts")
        #expect(dom.components(separatedBy: "class=\"mark").count - 1 >= 10)
        #expect(dom.contains("class=\"box\"") && dom.contains("class=\"median\""))
        let png = Self.output.appendingPathComponent("hostile-audit.png")
        try? FileManager.default.removeItem(at: png)
        try chromium.screenshot(page, to: png, profile: profile)
        let size = (try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 20_000, "screenshot \(png.path): \(size) bytes")
        print("screenshot: \(png.path)")
    }

    @Test func comparisonRenders() throws {
        guard let chromium = HeadlessChromium.find() else { return }
        let profile = try Fixtures.temporaryFolder("engage-chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        let page = try Self.write(try ReportFixtures.comparison.get().html(), "compare.html")
        let dom = try chromium.dumpDOM(page, profile: profile)
        for id in ["mix", "engagement", "effects", "better", "recommendations"] {
            #expect(dom.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        #expect(dom.components(separatedBy: "<svg").count - 1 >= 3)
        #expect(dom.contains("class=\"interval\""))
    }
}
