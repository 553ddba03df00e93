import CEngageZlib
import EngageCore

/// The decompressed bytes of a gzip stream (several concatenated members included), read in chunks
/// from another ``ByteSource`` with zlib, in bounded memory.
struct GzipByteSource: ByteSource {
    /// The compressed bytes.
    let compressed: ByteSource
    /// The name shown in messages.
    let name: String
    /// Output chunk size.
    var chunkSize = 1 << 20

    init(_ compressed: ByteSource, name: String? = nil) {
        self.compressed = compressed
        self.name = name ?? compressed.name
    }

    /// Unknown before decompressing.
    var size: Int? { nil }

    /// True when `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var stream = z_stream()
        guard engage_inflate_init(&stream, 15 + 16) == Z_OK else {
            throw EngageError(.badArchive, "cannot start gzip decompression", file: name)
        }
        defer { inflateEnd(&stream) }
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { out.deallocate() }
        var consumed = 0  // compressed bytes fed so far
        var ended = false  // the last member ended
        var sawData = false
        try compressed.forEachChunk { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return }
            var input = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
            var remaining = raw.count
            while remaining > 0 {
                if ended {
                    // Another member follows (concatenated gzip files), or trailing zero padding.
                    if input.pointee == 0 {
                        input += 1
                        remaining -= 1
                        consumed += 1
                        continue
                    }
                    inflateReset(&stream)
                    ended = false
                }
                stream.next_in = input
                stream.avail_in = UInt32(min(remaining, Int(UInt32.max)))
                let fed = Int(stream.avail_in)
                repeat {
                    stream.next_out = out
                    stream.avail_out = UInt32(chunkSize)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    let produced = chunkSize - Int(stream.avail_out)
                    if produced > 0 {
                        sawData = true
                        try body(UnsafeRawBufferPointer(start: out, count: produced))
                    }
                    if status == Z_STREAM_END {
                        ended = true
                        break
                    }
                    if status == Z_BUF_ERROR && produced == 0 { break }  // needs more input
                    guard status == Z_OK || status == Z_BUF_ERROR else {
                        let at = consumed + fed - Int(stream.avail_in)
                        let detail = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                        throw EngageError(.badArchive, "corrupt gzip data (\(detail))", file: name, offset: at)
                    }
                } while stream.avail_in > 0 || stream.avail_out == 0
                let used = fed - Int(stream.avail_in)
                consumed += used
                input += used
                remaining -= used
                if used == 0 && !ended { break }
            }
        }
        guard ended || (!sawData && consumed == 0) else {
            throw EngageError(.badArchive, "truncated gzip data: the stream ends before its end marker (\(consumed) compressed bytes read)",
                              file: name, offset: consumed)
        }
    }
}
