import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

@Suite struct CSVPostsTests {
    static func read(_ path: String, mapping: [String: String] = [:]) throws -> ([Post], IngestSummary) {
        let r = try Ingestor(options: IngestOptions(csvMapping: mapping)).readAll(paths: [path])
        return (r.posts, r.summary)
    }

    @Test func obamaReadsWithoutMapping() throws {
        guard let path = Fixtures.shared("engagement/fivethirtyeight-obama/BarackObama.csv") else { return }
        #expect(try Ingestor.detectFormat(path) == .csv)
        let (posts, summary) = try Self.read(path)
        #expect(posts.count == 3207)
        let originals = posts.filter { $0.kind == .original }
        #expect(originals.count == 2856)
        #expect(posts.filter { $0.kind == .repost }.count == 351)
        #expect(posts.allSatisfy { $0.byOwner == true && $0.platform == .x && $0.author?.handle == "BarackObama" })
        let source = try #require(summary.sources.first)
        #expect(source.variant == "7 columns, comma-separated, ISO-8859-1")
        #expect(source.owner?.handle == "BarackObama")
        let dates = originals.compactMap(\.createdAt).sorted()
        #expect(dates.count == 2856)
        #expect(dates.first.map(DateParser.iso8601) == "2014-08-14T16:50:00Z")
        #expect(dates.last.map(DateParser.iso8601) == "2017-10-16T22:59:00Z")
        let first = try #require(posts.first)
        #expect(first.id == "920061541986250758")
        #expect(first.metrics.replies == 17064)
        #expect(first.metrics.reposts == 89916)
        #expect(first.metrics.likes == 641842)
        #expect(first.metrics.impressions == nil && first.metrics.quotes == nil)
        // Counts are kept on every row; none is zero in this file.
        #expect(originals.allSatisfy { ($0.metrics.replies ?? 0) > 0 && ($0.metrics.reposts ?? 0) > 0 })
        // ISO-8859-1: every byte is one scalar, so the mojibake of the original survives unchanged.
        #expect(posts.contains { $0.text.unicodeScalars.contains { $0.value >= 0x80 && $0.value <= 0xFF } })
        #expect(posts[1].text.contains("Michelle & I"))
        #expect(summary.diagnostics.isEmpty)
    }

    @Test func xAnalyticsExport() throws {
        let path = Fixtures.corpus("csv/tweet_activity_metrics_example_user_20230901_20231001_en.csv")
        #expect(try Ingestor.detectFormat(path) == .xAnalyticsCSV)
        let (posts, summary) = try Self.read(path)
        #expect(posts.count == 5)
        #expect(summary.sources[0].owner?.handle == "example_user")
        let first = posts[0]
        #expect(first.id == "1707000000000000105")
        #expect(first.text.hasPrefix("Five things we learned shipping our first release & what comes next 🚀 #buildinpublic\n\n"))
        #expect(first.hashtags == ["buildinpublic"])
        #expect(first.urls == ["https://t.co/AbCdEfGh12"])
        #expect(first.metrics == Metrics(likes: 12, reposts: 3, replies: 4, quotes: nil, impressions: 1777,
                                         asOf: first.metrics.asOf))
        #expect(DateParser.iso8601(try #require(first.createdAt)) == "2023-09-30T16:00:00Z")
        #expect(posts[1].kind == .reply)
        #expect(posts[1].text.contains("\"boring\""))
        #expect(posts.allSatisfy { $0.byOwner == true })
        #expect(summary.diagnostics.isEmpty)
    }

    @Test func semicolonsBOMAndBadRows() throws {
        let path = Fixtures.corpus("csv/competitor-posts.csv")
        let (posts, summary) = try Self.read(path)
        #expect(posts.map(\.id) == ["cp-1001", "cp-1002", "cp-1003", "cp-1005"])
        #expect(posts.allSatisfy { $0.platform == .web })
        #expect(posts[0].metrics == Metrics(likes: 52, reposts: 3, replies: 14, impressions: 1890, asOf: posts[0].metrics.asOf))
        // `n/a` is unknown, not zero; an unreadable date keeps the post without a date.
        #expect(posts[2].metrics.replies == nil && posts[2].metrics.reposts == 1)
        #expect(posts[2].createdAt == nil && posts[2].flags.contains(.dateApproximate))
        #expect(posts[3].text == "Guest post: what I learned running support for a year \"on my own\"")
        #expect(summary.sources[0].owner?.handle == "rival_studio")
        #expect(posts[3].byOwner == false && posts[0].byOwner == true)
        let bad = try #require(summary.diagnostics.first { $0.code == "invalid-record" })
        #expect(bad.line == 4)
        #expect(bad.file == path)
        #expect(summary.diagnostics.contains { $0.code == "unreadable-date" && $0.line == 3 })
        #expect(summary.sources[0].notes.contains { $0.hasPrefix("1 of 5 records could not be read") })
    }

    @Test func mappingNamesColumns() throws {
        let path = Fixtures.corpus("csv/custom-columns.csv")
        #expect(throws: EngageError.self) { _ = try Self.read(path) }
        do {
            _ = try Self.read(path)
        } catch let e as EngageError {
            #expect(e.code == .malformedCSV)
            #expect(e.line == 1)
        }
        let mapping = ["Words": "text", "posted on": "date", "Who": "author", "Answers": "replies"]
        let (posts, _) = try Self.read(path, mapping: mapping)
        #expect(posts.count == 2)
        #expect(posts[1].id == "1687000000000000002" && posts[1].platform == .x)
        #expect(posts[1].metrics.replies == 11 && posts[1].metrics.likes == 9)
        #expect(posts[1].author?.handle == "example_user")
        #expect(posts[1].createdAt.map(DateParser.iso8601) == "2023-08-03T14:30:00Z")
        do {
            _ = try Self.read(path, mapping: ["Words": "txt"])
            Issue.record("an unknown field must fail")
        } catch let e as EngageError {
            #expect(e.code == .invalidArgument)
        }
    }

    @Test func mostlyUnreadableFails() throws {
        let path = Fixtures.corpus("csv/mostly-bad.csv")
        var emitted = 0
        do {
            _ = try Ingestor().run(paths: [path]) { _ in emitted += 1 }
            Issue.record("expected mostly-unreadable")
        } catch let e as EngageError {
            #expect(e.code == .mostlyUnreadable)
            #expect(e.file == path && e.line == 2)
        }
        #expect(emitted == 0)  // nothing half-written
    }

    @Test(arguments: [("17064", 17064), ("1,234", 1234), ("1777.0", 1777), ("0", 0), (" 12 ", 12)])
    func counts(text: String, value: Int) {
        #expect(CSVPostRow.parseCount(text.trimmingCharacters(in: .whitespaces)) == value)
    }

    @Test(arguments: ["-", "abc", "-3", "1.2.3", ""])
    func notCounts(text: String) {
        #expect(CSVPostRow.parseCount(text) == nil)
    }

    @Test func headerSynonyms() throws {
        let c = try CSVColumns(header: ["created_at", "text", "url", "replies", "retweets", "favorites", "user"], mapping: [:])
        #expect(c[.date] == 0 && c[.text] == 1 && c[.url] == 2 && c[.replies] == 3 && c[.reposts] == 4
                && c[.likes] == 5 && c[.author] == 6)
        let d = try CSVColumns(header: ["id", "id_str", "full_text"], mapping: ["id": "ignore"])
        #expect(d[.id] == 1 && d[.text] == 2)
    }

    @Test func plainTextEntities() {
        let e = PlainTextEntities("RT @a_b: see https://ex.com/x?y=1, #Tag1 and #2 (mail a@b.c) http://t.co/Z.")
        #expect(e.mentions == ["a_b"])
        #expect(e.hashtags == ["Tag1"])
        #expect(e.urls == ["https://ex.com/x?y=1", "http://t.co/Z"])
    }
}
