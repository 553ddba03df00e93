import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

/// The regression inputs under `corpora/hostile/` (written by `Tests/hostile/hostile.py`), read in
/// process: each is read with its bad values dropped and said, or refused with one `EngageError`.
@Suite struct HostileInputTests {
    static func read(_ name: String) throws -> (posts: [Post], summary: IngestSummary) {
        try Ingestor().readAll(paths: [Fixtures.corpus("hostile/\(name)")])
    }

    static func refusal(_ name: String) -> EngageError? {
        do {
            _ = try read(name)
            Issue.record("expected \(name) to be refused")
        } catch let e as EngageError {
            return e
        } catch {
            Issue.record("not an EngageError: \(error)")
        }
        return nil
    }

    @Test func overflowingDatesInAnXArchiveAreBadDates() throws {
        let (posts, summary) = try Self.read("tweets-huge-numbers.js")
        #expect(posts.map(\.id) == ["100", "101", "102", "103"])
        #expect(posts.map { $0.createdAt.map(DateParser.iso8601) } == [
            "2022-11-02T21:30:39Z", nil, nil, "2022-11-03T10:00:00Z",
        ])
        #expect(summary.diagnostics.contains { $0.code == "bad-date" })
        // Counts past Int are unknown, not wrapped or clamped into a figure.
        #expect(posts[3].metrics.likes == nil)
        #expect(posts[3].metrics.reposts == nil)
    }

    @Test func overflowingDatesInAFeedAreDropped() throws {
        let (posts, _) = try Self.read("feed-huge-dates.xml")
        #expect(posts.count == 4)
        #expect(posts.compactMap { $0.createdAt.map(DateParser.iso8601) } == ["2012-01-05T14:30:46Z"])
    }

    @Test func ghostExportDateOutOfRangeIsIgnored() throws {
        let (posts, summary) = try Self.read("ghost-exported-on-1e308.json")
        #expect(posts.count == 1)
        #expect(posts.first?.createdAt.map(DateParser.iso8601) == "2023-03-01T10:00:00Z")
        #expect(summary.sources.first?.countsAsOf == nil)
    }

    @Test func tarMtimeOutOfRangeIsIgnored() throws {
        let (posts, _) = try Self.read("mastodon-mtime-huge.tar.gz")
        #expect(posts.count == 1)
        let input = try InputOpener.open(Fixtures.corpus("hostile/mastodon-mtime-huge.tar.gz"))
        #expect((input as? TarInput)?.modificationDate(of: "outbox.json") == nil)
    }

    /// Codes are compared, and the one fact each reason must carry (tests never compare whole messages).
    @Test(arguments: [
        ("zip64-claims-max.zip", "claims 18446744073709551615 bytes, more than the whole archive"),
        ("zip64-claims-4EiB.zip", "claims 4611686018427387904 bytes, more than the whole archive"),
        ("zip-claims-1GB-from-8KB.zip", "more than deflate can expand"),
        ("zip-bomb-claims-100-bytes.zip", "goes on past the 100 bytes its header claims"),
    ])
    func zipEntriesThatLieAboutTheirSizeAreRefused(name: String, fact: String) throws {
        let e = Self.refusal(name)
        #expect(e?.code == .badZip)
        #expect(e?.reason.contains(fact) == true, "\(e?.reason ?? "")")
        #expect(e?.file?.hasSuffix("\(name):data/tweets.js") == true)
    }

    @Test func implausibleZipEntriesHaveNoSize() throws {
        let zip = try #require(try InputOpener.open(Fixtures.corpus("hostile/zip64-claims-max.zip")) as? ZipInput)
        #expect(zip.size(of: "data/tweets.js") == nil)
    }

    /// A FIFO nobody writes to used to block `open` for ever; a device may never end.
    @Test func pipesAndDevicesAreRefusedNotWaitedOn() throws {
        let dir = try Fixtures.temporaryFolder("engage-fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("tweets.js").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for path in [fifo, "/dev/zero"] {
            do {
                _ = try InputOpener.open(path)
                Issue.record("expected \(path) to be refused")
            } catch let e as EngageError {
                #expect(e.code == .unreadable)
                #expect(e.reason.contains("not a regular file"))
            }
        }
    }
}
