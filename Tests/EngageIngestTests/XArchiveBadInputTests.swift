import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

/// Broken inputs: each gives a stable code naming the file and the position, never a crash; a broken
/// file inside a multi-file archive is reported and the rest is read.
@Suite struct XArchiveBadInputTests {
    static func error(_ path: String) -> EngageError? {
        do {
            _ = try Ingestor().readAll(paths: [path])
            Issue.record("expected an error for \(path)")
            return nil
        } catch let e as EngageError {
            return e
        } catch {
            Issue.record("not an EngageError: \(error)")
            return nil
        }
    }

    /// A path that exists but cannot be read: permission bits for ordinary users; root reads through
    /// them, so a Unix socket (which no one can open as a file) stands in.
    static func unreadablePath() throws -> String {
        let dir = try Fixtures.temporaryFolder("engage-unreadable")
        let path = dir.appendingPathComponent("tweets.js").path
        if getuid() != 0 {
            try Data("window.YTD.tweets.part0 = [ ]".utf8).write(to: URL(fileURLWithPath: path))
            chmod(path, 0)
            return path
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(rc == 0, "cannot create a socket at \(path)")
        close(fd)
        return path
    }

    @Test func missingPath() {
        let e = Self.error("/nonexistent/twitter-archive.zip")
        #expect(e?.code == .fileNotFound)
        #expect(e?.file == "/nonexistent/twitter-archive.zip")
    }

    @Test func unreadablePath() throws {
        let path = try Self.unreadablePath()
        let e = Self.error(path)
        #expect(e?.code == .unreadable)
        #expect(e?.file == path)
    }

    @Test func truncatedZip() throws {
        let zip = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus("x/archive-2024.zip")))
        let path = try Fixtures.temporaryFolder("engage-cut").appendingPathComponent("archive.zip").path
        try zip.prefix(zip.count / 2).write(to: URL(fileURLWithPath: path))
        let e = Self.error(path)
        #expect(e?.code == .badZip)
        #expect(e?.file == path)
        #expect(e?.offset == zip.count / 2)
    }

    @Test func zipWithoutTweetsFile() {
        let path = Fixtures.corpus("x/broken/no-tweets.zip")
        let e = Self.error(path)
        #expect(e?.code == .noTweetsFile)
        #expect(e?.file == path)
    }

    @Test func malformedJSONNamesTheByte() {
        let path = Fixtures.corpus("x/broken/malformed-tweets.js")
        let e = Self.error(path)
        #expect(e?.code == .malformedJSON)
        #expect(e?.file == path)
        #expect(e?.offset == 658)  // the ',' where the value of "favorite_count" should be
    }

    @Test func truncatedTweetsFile() {
        let path = Fixtures.corpus("x/broken/truncated-tweets.js")
        let e = Self.error(path)
        #expect(e?.code == .malformedJSON)
        #expect(e?.file == path)
        #expect(e?.offset != nil)
    }

    @Test func unknownPrefix() {
        let path = Fixtures.corpus("x/broken/unknown-prefix")
        let e = Self.error(path)
        #expect(e?.code == .unknownPrefix)
        #expect(e?.file == path + "/data/tweets.js")
        #expect(e?.offset == 0)
    }

    @Test func brokenPartIsReportedAndTheRestRead() throws {
        let (posts, summary) = try Ingestor().readAll(paths: [Fixtures.corpus("x/broken/multipart")])
        // Part 0, and the tweet of part 1 before the break.
        #expect(posts.map(\.text) == ["Part zero is fine.", "Part one, first tweet."])
        let unread = summary.unreadFiles
        #expect(unread.count == 1)
        let failed = try #require(unread.first?.file)
        #expect(failed.entry == "data/tweets-part1.js")
        #expect(failed.status == .failed)
        #expect(failed.records == 1)
        #expect(failed.reason?.contains("at byte 955") == true)
        let d = try #require(summary.diagnostics.first { $0.code == "malformed-json" })
        #expect(d.file == Fixtures.corpus("x/broken/multipart") + "/data/tweets-part1.js")
        #expect(d.offset == 955)
    }

    /// A part whose compressed bytes are damaged inside a zip: that part fails, the others are read.
    @Test func corruptPartInsideAZip() throws {
        var zip = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus("x/archive-2024.zip")))
        let name = Data("twitter-2024-11-16-4f2a9c/data/tweets-part1.js".utf8)
        let header = try #require(zip.range(of: name))  // the local header's name; data follows it
        for i in (header.upperBound + 40)..<(header.upperBound + 60) { zip[i] ^= 0x5A }
        let path = try Fixtures.temporaryFolder("engage-crc").appendingPathComponent("archive.zip").path
        try zip.write(to: URL(fileURLWithPath: path))
        let (posts, summary) = try Ingestor().readAll(paths: [path])
        let unread = summary.unreadFiles
        #expect(unread.map(\.file.entry) == ["twitter-2024-11-16-4f2a9c/data/tweets-part1.js"])
        #expect(summary.diagnostics.contains { $0.code == "bad-zip" || $0.code == "malformed-json" })
        #expect(posts.filter { $0.provenance.entry == "twitter-2024-11-16-4f2a9c/data/tweets.js" }.count == 15)
    }

    /// An entry whose bytes do not match the CRC-32 its zip records: that part fails, the others are read.
    @Test func crcMismatchInsideAZip() throws {
        var zip = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus("x/archive-2024.zip")))
        let name = Data("twitter-2024-11-16-4f2a9c/data/tweets-part1.js".utf8)
        // The central directory header (PK\u{1}\u{2}) holds the CRC at offset 16 and the name at offset 46.
        let central = try #require(zip.range(of: name, options: .backwards))
        let header = central.lowerBound - 46
        #expect(zip[header..<(header + 4)] == Data([0x50, 0x4B, 0x01, 0x02]))
        zip[header + 16] ^= 0xFF
        let path = try Fixtures.temporaryFolder("engage-crc32").appendingPathComponent("archive.zip").path
        try zip.write(to: URL(fileURLWithPath: path))
        let (_, summary) = try Ingestor().readAll(paths: [path])
        #expect(summary.unreadFiles.map(\.file.entry) == ["twitter-2024-11-16-4f2a9c/data/tweets-part1.js"])
        let d = try #require(summary.diagnostics.first { $0.code == "bad-zip" })
        #expect(d.message.contains("CRC-32 mismatch"))
        #expect(d.file == path + ":twitter-2024-11-16-4f2a9c/data/tweets-part1.js")
    }

    @Test func crc32KnownValues() {
        func crc(_ s: String, chunks: Int = 1) -> UInt32 {
            var c = CRC32()
            let bytes = Array(s.utf8)
            let size = max(1, bytes.count / chunks)
            var i = 0
            while i < bytes.count {
                bytes[i..<min(bytes.count, i + size)].withUnsafeBytes { c.update($0) }
                i += size
            }
            return c.value
        }
        #expect(crc("123456789") == 0xCBF4_3926)
        #expect(crc("") == 0)
        let text = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 50)
        #expect(crc(text) == crc(text, chunks: 7))  // any chunking gives the same checksum
        #expect(crc("The quick brown fox jumps over the lazy dog") == 0x414F_A339)
    }

    @Test func brokenSecondaryFilesAreReportedNotFatal() throws {
        // A copy of the 2024 fixture whose note-tweet.js is cut short: long posts stay truncated, the rest is read.
        let dir = try Fixtures.temporaryFolder("engage-secondary")
        let copy = dir.appendingPathComponent("archive").path
        try FileManager.default.copyItem(atPath: Fixtures.corpus("x/archive-2024"), toPath: copy)
        try Data("window.YTD.note_tweet.part0 = [ { \"noteTweet\" : { ".utf8)
            .write(to: URL(fileURLWithPath: copy + "/data/note-tweet.js"))
        let (posts, summary) = try Ingestor().readAll(paths: [copy])
        #expect(posts.count == 20)
        #expect(summary.unreadFiles.map(\.file.entry) == ["data/note-tweet.js"])
        #expect(summary.diagnostics.contains { $0.code == "long-posts-truncated" })
        #expect(!posts.contains { $0.flags.contains(.longPost) })
    }

    @Test func hostileNestingIsRefused() throws {
        let dir = try Fixtures.temporaryFolder("engage-deep")
        let path = dir.appendingPathComponent("tweets.js").path
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        try Data("window.YTD.tweets.part0 = [ { \"tweet\" : { \"id_str\" : \"1\", \"x\" : \(deep) } } ]".utf8)
            .write(to: URL(fileURLWithPath: path))
        let e = Self.error(path)
        #expect(e?.code == .malformedJSON)
    }
}
