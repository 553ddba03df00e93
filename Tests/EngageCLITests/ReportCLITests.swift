import EngageTestSupport
import Foundation
import Testing

/// `engage audit --output/--format/--color/--quiet` and `engage compare` from the command line: the
/// format from the extension, atomic writes, inputs never overwritten, colour only when asked.
@Suite struct ReportCLITests {
    static let hostile = "corpora/report/hostile.jsonl"

    static func run(_ arguments: [String]) throws -> EngageBinary.Result {
        try EngageBinary.run(arguments + ["--resamples", "1000"], directory: EngageBinary.repository)
    }

    static func leftovers(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test func outputExtensionPicksTheFormat() throws {
        let dir = try Fixtures.temporaryFolder("engage-report-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (ext, check) in [("html", "<!DOCTYPE html>"), ("json", "{"), ("csv", "id,platform,kind,date,"), ("txt", "engage audit: @hostile_user")] {
            let file = dir.appendingPathComponent("report.\(ext)")
            let r = try Self.run(["audit", Self.hostile, "--output", file.path])
            #expect(r.status == 0, "\(ext): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            let written = try String(contentsOf: file, encoding: .utf8)
            #expect(written.hasPrefix(check), "\(ext)")
            // the feed holds a post with terminal escapes: never in the text or the HTML (CSV and JSON keep the data)
            if ext == "txt" || ext == "html" { #expect(!written.contains("\u{1B}"), "\(ext)") }
        }
        #expect(try Self.leftovers(dir).isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("report.json"))) as? [String: Any]
        #expect(json?["digest"] != nil)
    }

    @Test func unknownExtensionAndConflictsAreRefusedBeforeReading() throws {
        let r = try Self.run(["audit", Self.hostile, "--output", "/tmp/report.pdf"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown extension; use .txt, .json, .csv or .html"))
        let c = try Self.run(["audit", Self.hostile, "--output", "/tmp/report.html", "--format", "json"])
        #expect(c.status != 0)
        #expect(c.stderr.contains("names html but --format is json"))
    }

    @Test func anInputIsNeverOverwritten() throws {
        let dir = try Fixtures.temporaryFolder("engage-report-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("feed.json")
        let original = try Data(contentsOf: EngageBinary.repository.appendingPathComponent(Self.hostile))
        try original.write(to: input)
        let r = try Self.run(["audit", input.path, "--output", input.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("would overwrite or write into the input"))
        #expect(try Data(contentsOf: input) == original)
        let inside = try Self.run(["audit", dir.path, "--output", dir.appendingPathComponent("r.html").path])
        #expect(inside.status != 0)
    }

    @Test func aFailedRunLeavesTheOldFileAndNoTemporaryFile() throws {
        let dir = try Fixtures.temporaryFolder("engage-report-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.html")
        try Data("old report".utf8).write(to: file)
        let r = try Self.run(["audit", "/nonexistent/feed.json", "--output", file.path])
        #expect(r.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == "old report")
        #expect(try Self.leftovers(dir).isEmpty)
    }

    @Test func colourOnlyWhenAskedAndNoProgressWithoutATerminal() throws {
        let plain = try Self.run(["audit", Self.hostile])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("\u{1B}["))
        #expect(plain.stderr.isEmpty)   // stderr is a pipe: no progress bar
        let always = try Self.run(["audit", Self.hostile, "--color", "always"])
        #expect(always.stdout.contains("\u{1B}[1m"))
        let never = try Self.run(["audit", Self.hostile, "--color", "never", "--quiet"])
        #expect(!never.stdout.contains("\u{1B}[") && never.stderr.isEmpty)
    }

    @Test func compareArgumentsAndFormats() throws {
        let one = try Self.run(["compare", "corpora/x/compare/you.zip"])
        #expect(one.status != 0)
        #expect(one.stderr.contains("Give exactly two paths"))
        let mixed = try Self.run(["compare", "--a", "corpora/x/compare/you.zip", "corpora/x/compare/rival.zip"])
        #expect(mixed.status != 0)
        let r = try Self.run(["compare", "--a", "corpora/x/compare/you.zip", "--b", "corpora/x/compare/rival.zip", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("section,item,outcome,statistic,a,b,aLower,aUpper,bLower,bUpper,note\r\n"))
        #expect(r.stdout.contains("mix,valuable,,share,"))
    }
}
