import Foundation

/// Runs a producer on a background thread and hands its items, in order, to a consumer on the calling
/// thread through a bounded queue (at most `depth` items wait), so producing and consuming overlap
/// while memory stays bounded. A producer error arrives after the items produced before it; when the
/// consumer stops (returns early or throws), the producer is told to stop and waited for, so it
/// never outlives the call.
enum BackgroundProducer {
    /// Thrown by `send` when the consumer has gone; the producer should let it propagate.
    struct Cancelled: Error {}

    /// Runs `produce` on a new thread, calling `consume` with every item it sends.
    ///
    /// - Parameters:
    ///   - depth: items that may wait in the queue.
    ///   - produce: sends items with the function it is given; runs on another thread, so it must only
    ///     touch state it owns (the caller guarantees that, hence the unchecked sendability).
    ///   - consume: handles each item on the calling thread.
    static func run<Item>(depth: Int, produce: @escaping (_ send: (Item) throws -> Void) throws -> Void,
                          consume: (Item) throws -> Void) throws {
        let queue = BoundedQueue<Item>(depth: depth)
        let work = UncheckedBox(produce)
        let thread = Thread {
            do {
                try work.value { item in
                    guard queue.put(.item(item)) else { throw Cancelled() }
                }
                _ = queue.put(.end)
            } catch is Cancelled {
            } catch {
                _ = queue.put(.failure(UncheckedBox(error)))
            }
            queue.producerDone()
        }
        thread.stackSize = 4 << 20
        thread.start()
        defer {
            queue.cancel()
            queue.waitForProducer()
        }
        while true {
            switch queue.take() {
            case .item(let item): try consume(item)
            case .end: return
            case .failure(let error): throw error.value
            }
        }
    }
}

/// A value handed to another thread that is its only user from then on.
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A bounded queue between one producer thread and one consumer.
final class BoundedQueue<Item>: @unchecked Sendable {
    enum Entry {
        case item(Item)
        case end
        case failure(UncheckedBox<Error>)
    }

    private let condition = NSCondition()
    private var entries: [Entry] = []
    private var head = 0
    private var cancelled = false
    private var finished = false
    private let depth: Int

    init(depth: Int) { self.depth = max(1, depth) }

    /// Adds an entry, waiting while the queue is full; false when the consumer has gone.
    func put(_ entry: Entry) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while entries.count - head >= depth && !cancelled { condition.wait() }
        if cancelled { return false }
        entries.append(entry)
        condition.broadcast()
        return true
    }

    /// Takes the next entry, waiting while the queue is empty.
    func take() -> Entry {
        condition.lock()
        defer { condition.unlock() }
        while entries.count == head { condition.wait() }
        let entry = entries[head]
        entries[head] = .end  // release the item now, not when the slot is compacted
        head += 1
        if head > 64 {
            entries.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return entry
    }

    /// Tells the producer to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        entries.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    /// Called by the producer thread as its last action.
    func producerDone() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the producer thread has finished.
    func waitForProducer() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
