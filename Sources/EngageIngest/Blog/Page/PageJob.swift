import EngageCore
import Foundation

/// One saved page to extract: its bytes, read in order from the container.
struct PageJob: Sendable {
    var entry: String
    var name: String
    var bytes: [UInt8]
    var modified: Date?
    /// Set when the container could not give the bytes.
    var readError: EngageError?

    /// Runs `work` on every job, on up to `workers` threads, and returns the results in job order.
    static func run(_ jobs: [PageJob], workers: Int, _ work: @escaping @Sendable (PageJob) throws -> PageResult)
        -> [Result<PageResult, EngageError>] {
        let results = ResultSlots(count: jobs.count)
        let body: @Sendable (Int) -> Void = { i in
            let job = jobs[i]
            if let e = job.readError {
                results.set(i, .failure(e))
                return
            }
            do {
                results.set(i, .success(try work(job)))
            } catch let e as EngageError {
                results.set(i, .failure(e))
            } catch {
                results.set(i, .failure(EngageError(.malformedXML, "\(error)", file: job.name)))
            }
        }
        if workers <= 1 || jobs.count <= 1 {
            for i in jobs.indices { body(i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: jobs.count, execute: body)
        }
        return results.values
    }
}

/// What one page gave.
struct PageResult: Sendable {
    var posts: [Post]
    var notes: [String]
    var warnings: [Diagnostic]
    var family: String
}

/// Result slots filled by worker threads (each slot written once, under a lock).
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<PageResult, EngageError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<PageResult, EngageError>) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    var values: [Result<PageResult, EngageError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(EngageError(.malformedXML, "page not read")) }
    }
}
