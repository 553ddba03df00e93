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
        let source = UncheckedBox(base)
        try BackgroundProducer.run(depth: depth, produce: { send in
            try source.value.forEachChunk { chunk in try send(Array(UnsafeRawBufferPointer(chunk))) }
        }, consume: { (bytes: [UInt8]) in
            try bytes.withUnsafeBytes { try body($0) }
        })
    }
}
