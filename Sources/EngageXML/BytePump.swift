import EngageCore
import Foundation

/// Turns a push-style ``ByteSource`` (chunks handed to a closure) into the pull-style reads libxml2's
/// text reader asks for, in bounded memory.
///
/// A file is read directly with `read(2)`; bytes already in memory are served from memory; any other
/// source (a zip entry) is produced on a helper thread into a queue of at most two chunks.
final class BytePump {
    /// The first error the source raised (a truncated zip entry, a read failure); libxml2 only sees a
    /// failed read.
    private(set) var error: EngageError?
    /// Bytes handed to libxml2 so far.
    private(set) var delivered = 0
    private let name: String
    private var fd: Int32 = -1
    private var memory: [UInt8]?
    private var feed: ThreadFeed?

    init(_ source: ByteSource) throws {
        name = source.name
        if let file = source as? FileByteSource {
            fd = open(file.path, O_RDONLY)
            guard fd >= 0 else {
                let code: EngageError.Code = errno == ENOENT ? .fileNotFound : .unreadable
                throw EngageError(code, code == .fileNotFound ? "no such file" : "cannot open: \(String(cString: strerror(errno)))",
                                  file: source.name)
            }
        } else if let m = source as? MemoryByteSource {
            memory = m.bytes
        } else {
            feed = ThreadFeed(source)
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
        feed?.cancel()
    }

    /// Fills `buffer` with up to `count` bytes; 0 at the end, -1 on error.
    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        guard count > 0 else { return 0 }
        if fd >= 0 {
            while true {
                let n = Foundation.read(fd, buffer, count)
                if n < 0 {
                    if errno == EINTR { continue }
                    error = EngageError(.unreadable, "read failed: \(String(cString: strerror(errno)))", file: name,
                                        offset: delivered)
                    return -1
                }
                delivered += n
                return Int32(n)
            }
        }
        if let memory {
            let n = min(count, memory.count - delivered)
            if n > 0 {
                memory.withUnsafeBytes { src in
                    if let base = src.baseAddress {
                        UnsafeMutableRawPointer(buffer).copyMemory(from: base + delivered, byteCount: n)
                    }
                }
            }
            delivered += n
            return Int32(n)
        }
        guard let feed else { return 0 }
        switch feed.take(into: buffer, count: count) {
        case .bytes(let n):
            delivered += n
            return Int32(n)
        case .end:
            return 0
        case .failed(let e):
            error = e
            return -1
        }
    }
}

/// A source read on a helper thread: chunks go through a queue of at most two, so memory stays bounded
/// whatever the size of the entry. The consumer can cancel; the producer then stops at its next chunk.
final class ThreadFeed: @unchecked Sendable {
    enum Take {
        case bytes(Int)
        case end
        case failed(EngageError)
    }

    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var head: [UInt8] = []
    private var headPosition = 0
    private var finished = false
    private var failure: EngageError?
    private var cancelled = false
    private var producerDone = false
    private static let capacity = 2

    private struct Cancelled: Error {}

    /// Boxes a non-Sendable source for the helper thread; only that thread touches it.
    private final class SourceBox: @unchecked Sendable {
        let source: ByteSource
        init(_ s: ByteSource) { source = s }
    }

    init(_ source: ByteSource) {
        let box = SourceBox(source)
        let thread = Thread { [self] in self.produce(box.source) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func produce(_ source: ByteSource) {
        var err: EngageError?
        do {
            try source.forEachChunk { chunk in
                guard chunk.count > 0 else { return }
                let copy = Array(chunk)
                condition.lock()
                defer { condition.unlock() }
                while queue.count >= Self.capacity && !cancelled { condition.wait() }
                if cancelled { throw Cancelled() }
                queue.append(copy)
                condition.broadcast()
            }
        } catch is Cancelled {
        } catch let e as EngageError {
            err = e
        } catch {
            err = EngageError(.unreadable, "read failed: \(error)", file: source.name)
        }
        condition.lock()
        failure = err
        finished = true
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    func take(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Take {
        if headPosition >= head.count {
            condition.lock()
            while queue.isEmpty && !finished { condition.wait() }
            if queue.isEmpty {
                let f = failure
                condition.unlock()
                if let f { return .failed(f) }
                return .end
            }
            head = queue.removeFirst()
            headPosition = 0
            condition.broadcast()
            condition.unlock()
        }
        let n = min(count, head.count - headPosition)
        head.withUnsafeBytes { src in
            if let base = src.baseAddress {
                UnsafeMutableRawPointer(buffer).copyMemory(from: base + headPosition, byteCount: n)
            }
        }
        headPosition += n
        return .bytes(n)
    }

    /// Stops the producer and waits until it has let go of the source.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
    }
}
