import Foundation

/// Bytes that can be read in chunks without holding the whole input: a file, an entry in a zip, a
/// buffer. Readers of large inputs stream through this so memory stays bounded.
public protocol ByteSource {
    /// The name shown in messages (`archive.zip:data/tweets.js`).
    var name: String { get }
    /// Total size in bytes, when known in advance.
    var size: Int? { get }
    /// Calls `body` with consecutive chunks until the input ends.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws
}

extension ByteSource {
    /// Reads everything into memory (for small files: manifests, profiles, feeds).
    public func readAll() throws -> [UInt8] {
        var out = [UInt8]()
        // The size may come from an archive header: reserve no more than a sane amount up front.
        if let size, size > 0 { out.reserveCapacity(min(size, 64 << 20)) }
        try forEachChunk { out.append(contentsOf: $0) }
        return out
    }

    /// The first `count` bytes (or fewer), for format detection.
    public func prefix(_ count: Int) throws -> [UInt8] {
        var out = [UInt8]()
        do {
            try forEachChunk { chunk in
                out.append(contentsOf: chunk.prefix(count - out.count))
                if out.count >= count { throw PrefixDone() }
            }
        } catch is PrefixDone {}
        return out
    }
}

struct PrefixDone: Error {}

/// A file on disk read with plain `read(2)` calls into a reusable buffer.
public struct FileByteSource: ByteSource {
    /// The file's path.
    public let path: String
    /// The name used in messages (defaults to the path).
    public let name: String
    /// Chunk size in bytes.
    public let chunkSize: Int

    /// Opens nothing yet; errors surface when reading.
    public init(path: String, name: String? = nil, chunkSize: Int = 4 << 20) {
        self.path = path
        self.name = name ?? path
        self.chunkSize = chunkSize
    }

    public var size: Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    }

    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let code: EngageError.Code = errno == ENOENT ? .fileNotFound : .unreadable
            throw EngageError(code, code == .fileNotFound ? "no such file" : "cannot open: \(String(cString: strerror(errno)))",
                              file: name)
        }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw EngageError(.unreadable, "read failed: \(String(cString: strerror(errno)))", file: name)
            }
            if n == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
    }
}

/// Bytes already in memory.
public struct MemoryByteSource: ByteSource {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    public var size: Int? { bytes.count }

    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try bytes.withUnsafeBytes { try body($0) }
    }
}
