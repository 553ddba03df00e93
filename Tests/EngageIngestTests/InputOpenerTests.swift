import EngageCore
@testable import EngageIngest
import Foundation
import Testing

@Suite struct InputOpenerTests {
    func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("engage-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func missingPathIsFileNotFound() {
        #expect(throws: EngageError(.fileNotFound, "no such file or folder", file: "/nonexistent/engage.zip")) {
            _ = try InputOpener.open("/nonexistent/engage.zip")
        }
    }

    @Test func truncatedZipIsBadZip() throws {
        // A local file header and nothing else: no central directory.
        let path = try temp("cut.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])
        do {
            _ = try InputOpener.open(path)
            Issue.record("expected bad-zip")
        } catch let e as EngageError {
            #expect(e.code == .badZip)
            #expect(e.file == path)
        }
    }

    @Test func zipNamedFileThatIsNotAZip() throws {
        let path = try temp("text.zip", Array("hello".utf8))
        #expect(throws: EngageError.self) { _ = try InputOpener.open(path) }
    }

    @Test func folderListsFilesRelativeAndResolvesUnderOneTopFolder() throws {
        let path = try temp("x", [])
        let root = (path as NSString).deletingLastPathComponent
        let data = (root as NSString).appendingPathComponent("top/data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try Data("window.YTD.tweets.part0 = [ ]".utf8).write(to: URL(fileURLWithPath: data + "/tweets.js"))
        let input = try InputOpener.open(root)
        #expect(input.kind == .folder)
        #expect(input.entries.contains("top/data/tweets.js"))
        #expect(input.resolve("data/tweets.js") == "top/data/tweets.js")
        #expect(try input.read("top/data/tweets.js").count == 29)
    }
}
