import EngagePipeline
import EngageTestSupport
import Foundation
import Testing

/// The pipeline's progress callback: phases in order, records counted, bytes within the total.
@Suite struct ProgressTests {
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [IngestProgress] = []
        func add(_ p: IngestProgress) { lock.lock(); items.append(p); lock.unlock() }
        var all: [IngestProgress] { lock.lock(); defer { lock.unlock() }; return items }
    }

    @Test func reportsPhasesRecordsAndBytes() throws {
        var options = ReportFixtures.options(["report/hostile.jsonl"])
        let collector = Collector()
        options.progress = { collector.add($0) }
        let result = try AuditPipeline(options: options).run()
        let seen = collector.all
        let phases = seen.map(\.phase)
        #expect(phases.suffix(3) == [.replies, .analysing, .done])
        let last = try #require(seen.last)
        #expect(last.posts == result.summary.sources.map(\.records).reduce(0, +))
        let size = try FileManager.default.attributesOfItem(atPath: Fixtures.corpus("report/hostile.jsonl"))[.size] as? Int
        #expect(last.totalBytes == size)
        for p in seen { #expect((p.bytesRead ?? 0) <= (p.totalBytes ?? 0)) }
        #expect(last.fraction == 1)
    }
}
