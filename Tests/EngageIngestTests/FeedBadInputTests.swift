import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct FeedBadInputTests {
    static func write(_ text: String, name: String) throws -> String {
        let dir = try Fixtures.temporaryFolder("engage-bad")
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func error(_ path: String) -> EngageError? {
        do {
            _ = try Ingestor().run(paths: [path]) { _ in }
            return nil
        } catch let e as EngageError {
            return e
        } catch {
            return nil
        }
    }

    @Test func badLinesAreReportedAndCounted() throws {
        let path = Fixtures.corpus("api/bad-lines.jsonl")
        let r = try Ingestor().readAll(paths: [path])
        #expect(r.posts.count == 4)
        let d = r.summary.diagnostics
        #expect(d.count == 2)
        #expect(d[0].code == "malformed-json" && d[0].line == 3 && d[0].file == path && d[0].offset != nil)
        #expect(d[1].code == "invalid-record" && d[1].line == 6)
        #expect(r.summary.sources[0].notes.contains("2 of 6 records could not be read and were skipped (see warnings)"))
    }

    @Test func mostlyUnreadableFailsBeforeEmitting() throws {
        let path = Fixtures.corpus("api/mostly-bad.jsonl")
        var emitted = 0
        do {
            _ = try Ingestor().run(paths: [path]) { _ in emitted += 1 }
            Issue.record("expected mostly-unreadable")
        } catch let e as EngageError {
            #expect(e.code == .mostlyUnreadable && e.line == 2 && e.file == path)
            #expect(e.reason.hasPrefix("3 of 4 records could not be read"))
        }
        #expect(emitted == 0)
    }

    @Test func brokenDocumentNamesTheOffset() throws {
        let path = try Self.write("{\n  \"data\": [\n    {\"id\": \"1\", \"text\": \"hi\", \"author_id\": \"2\"},\n    {\"id\": \"2\" \"text\": \"x\"}\n  ]\n}\n",
                                  name: "page.json")
        let e = try #require(Self.error(path))
        #expect(e.code == .malformedJSON && e.file == path)
        #expect(e.offset == 78)  // the second "text", where a comma was expected
    }

    @Test func truncatedArrayFails() throws {
        let path = try Self.write("[{\"id_str\": \"1\", \"full_text\": \"hi\", \"user\": {\"id_str\": \"9\"}}, {\"id_str\": \"2\", \"full_",
                                  name: "statuses.json")
        let e = try #require(Self.error(path))
        #expect(e.code == .malformedJSON && e.file == path && e.offset != nil)
    }

    @Test func truncatedGzipFails() throws {
        guard let plain = Fixtures.shared("x/api-v2-twarc/noflat.jsonl") else { return }
        let dir = try Fixtures.temporaryFolder("engage-gz")
        let gz = dir.appendingPathComponent("cut.jsonl.gz").path
        try Shell.run("gzip -c '\(plain)' | head -c 20000 > '\(gz)'")
        let e = try #require(Self.error(gz))
        #expect(e.code == .badArchive && e.file == gz && e.offset == 20000)
    }

    @Test func truncatedTarFails() throws {
        let archive = Fixtures.corpus("mastodon/archive-2022.tar.gz")
        let dir = try Fixtures.temporaryFolder("engage-tar")
        let tar = dir.appendingPathComponent("cut.tar").path
        try Shell.run("gzip -dc '\(archive)' | head -c 3000 > '\(tar)'")
        let e = try #require(Self.error(tar))
        #expect(e.code == .badArchive && e.file == tar && e.offset == 3000)
    }

    @Test func emptyLinesAndBOMAreFine() throws {
        let line = "{\"_type\": \"snscrape.modules.twitter.Tweet\", \"id\": 5, \"rawContent\": \"hello\", \"user\": {\"username\": \"a\", \"id\": 1}}"
        let path = try Self.write("\u{FEFF}" + line + "\n\n   \n" + line.replacingOccurrences(of: "\"id\": 5", with: "\"id\": 6") + "\n",
                                  name: "lines.jsonl")
        let r = try Ingestor().readAll(paths: [path])
        #expect(r.posts.map(\.id) == ["5", "6"])
        #expect(r.summary.diagnostics.isEmpty)
    }
}
