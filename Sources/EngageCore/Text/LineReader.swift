/// Splits a ``ByteSource`` into lines in bounded memory (JSON Lines, logs). Lines end at `\n`; a
/// trailing `\r` is removed. Each line comes with its 1-based number and absolute byte offset.
public enum LineReader {
    /// Calls `line` for every line, including a last line without a newline.
    public static func forEachLine(_ source: ByteSource,
                                   _ line: (UnsafeBufferPointer<UInt8>, _ number: Int, _ offset: Int) throws -> Void) throws {
        var carry = [UInt8]()
        var carryOffset = 0
        var number = 0
        var chunkBase = 0
        try source.forEachChunk { raw in
            let chunk = raw.bindMemory(to: UInt8.self)
            var start = 0
            while let nl = chunk[start...].firstIndex(of: 0x0A) {
                number += 1
                if carry.isEmpty {
                    try emit(UnsafeBufferPointer(rebasing: chunk[start..<nl]), number, chunkBase + start, line)
                } else {
                    carry.append(contentsOf: chunk[start..<nl])
                    try carry.withUnsafeBufferPointer { try emit($0, number, carryOffset, line) }
                    carry.removeAll(keepingCapacity: true)
                }
                start = nl + 1
            }
            if start < chunk.count {
                if carry.isEmpty { carryOffset = chunkBase + start }
                carry.append(contentsOf: chunk[start...])
            }
            chunkBase += chunk.count
        }
        if !carry.isEmpty {
            number += 1
            try carry.withUnsafeBufferPointer { try emit($0, number, carryOffset, line) }
        }
    }

    private static func emit(_ b: UnsafeBufferPointer<UInt8>, _ n: Int, _ off: Int,
                             _ line: (UnsafeBufferPointer<UInt8>, Int, Int) throws -> Void) throws {
        if let last = b.last, last == 0x0D {
            try line(UnsafeBufferPointer(rebasing: b.dropLast()), n, off)
        } else {
            try line(b, n, off)
        }
    }
}
