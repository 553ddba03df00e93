import EngageCore
import Foundation

/// Reads another ``ByteSource`` ahead on a background thread, so reading (a `read(2)` call, or
/// inflating a zip entry) overlaps with parsing. At most `depth` chunks wait in memory; errors of the
/// underlying source surface in order, after the chunks read before them.
struct PrefetchingByteSource: ByteSource {
    let base: ByteSource
    /// Chunks read ahead at most.
    var depth = 3

    var name: String { base.name }
    var size: Int? { base.size }

    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        if let file = base as? FileByteSource {
            try readFile(file, body)
            return
        }
        let source = UncheckedBox(base)
        try BackgroundProducer.run(depth: depth, produce: { send in
            try source.value.forEachChunk { chunk in try send(Array(UnsafeRawBufferPointer(chunk))) }
        }, consume: { (bytes: [UInt8]) in
            try bytes.withUnsafeBytes { try body($0) }
        })
    }

    /// A file on disk: `read(2)` straight into each chunk's own array (no intermediate copy).
    private func readFile(_ file: FileByteSource, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let fd = open(file.path, O_RDONLY)
        guard fd >= 0 else {
            let code: EngageError.Code = errno == ENOENT ? .fileNotFound : .unreadable
            throw EngageError(code, code == .fileNotFound ? "no such file" : "cannot open: \(String(cString: strerror(errno)))",
                              file: file.name)
        }
        defer { close(fd) }
        let chunkSize = file.chunkSize
        let name = file.name
        try BackgroundProducer.run(depth: depth, produce: { send in
            while true {
                var failure: Int32 = 0
                let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
                    count = 0
                    while count == 0 {
                        let n = read(fd, buffer.baseAddress, chunkSize)
                        if n < 0 {
                            if errno == EINTR { continue }
                            failure = errno
                        } else {
                            count = n
                        }
                        break
                    }
                }
                if failure != 0 {
                    throw EngageError(.unreadable, "read failed: \(String(cString: strerror(failure)))", file: name)
                }
                if chunk.isEmpty { return }
                try send(chunk)
            }
        }, consume: { (bytes: [UInt8]) in
            try bytes.withUnsafeBytes { try body($0) }
        })
    }
}
