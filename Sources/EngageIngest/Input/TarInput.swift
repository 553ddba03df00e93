import EngageCore
import Foundation

/// A tar archive, plain or gzip-compressed (`.tar.gz`, Mastodon's exports before 2023), as a
/// container of its regular files. ustar, GNU long names (`L`) and pax headers (`path`, `size`) are
/// read.
///
/// A compressed tar cannot be read from the middle: opening reads it once to list the entries and
/// keeps the small data files (JSON, CSV, JS, HTML under 64 MB each, 512 MB in all) in memory; other
/// entries (media) are streamed again from the start when a reader asks for them.
public final class TarInput: InputContainer {
    public let path: String
    /// Reported as an archive like a zip (`archive.tar.gz:outbox.json`).
    public var kind: InputKind { .zip }
    public let entries: [String]
    /// True when the archive is gzip-compressed.
    public let compressed: Bool

    struct Entry {
        var offset: Int
        var size: Int
        var modified: Date?
    }

    private let table: [String: Entry]
    private let cache: [String: [UInt8]]

    /// Reads the archive's headers (and its small data files).
    ///
    /// - Throws: `bad-archive` for a truncated or corrupt archive.
    public init(path: String) throws {
        self.path = path
        let file = FileByteSource(path: path)
        let head = try file.prefix(2)
        compressed = GzipByteSource.isGzip(head)
        let stream: ByteSource = compressed ? GzipByteSource(file, name: path) : file
        var scanner = TarScanner(name: path)
        try stream.forEachChunk { try scanner.feed($0) }
        try scanner.finish()
        table = scanner.table
        cache = scanner.cache
        entries = scanner.table.keys.sorted()
    }

    /// True when the first 512-byte block of `bytes` is a tar header (`ustar` magic and a valid checksum).
    static func isTarHeader(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 512 else { return false }
        let magic = Array(bytes[257..<262])
        guard magic == Array("ustar".utf8) else { return false }
        return TarScanner.checksumMatches(bytes[0..<512])
    }

    public func size(of entry: String) -> Int? { table[entry]?.size }

    public func source(_ entry: String) -> ByteSource {
        if let bytes = cache[entry] { return MemoryByteSource(name: displayName(entry), bytes: bytes) }
        return TarEntrySource(input: self, entry: entry, location: table[entry])
    }

    public func modificationDate(of entry: String) -> Date? { table[entry]?.modified }

    /// The archive's bytes, decompressed.
    var stream: ByteSource {
        let file = FileByteSource(path: path)
        return compressed ? GzipByteSource(file, name: path) : file
    }
}

/// One tar entry streamed from the start of the archive.
struct TarEntrySource: ByteSource {
    let input: TarInput
    let entry: String
    let location: TarInput.Entry?

    var name: String { input.displayName(entry) }
    var size: Int? { location?.size }

    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let location else { throw EngageError(.fileNotFound, "no such entry in the archive", file: name) }
        var position = 0
        let end = location.offset + location.size
        do {
            try input.stream.forEachChunk { chunk in
                let chunkEnd = position + chunk.count
                defer { position = chunkEnd }
                guard chunkEnd > location.offset else { return }
                let from = max(location.offset, position) - position
                let to = min(end, chunkEnd) - position
                if to > from { try body(UnsafeRawBufferPointer(rebasing: chunk[from..<to])) }
                if chunkEnd >= end { throw TarEntryDone() }
            }
        } catch is TarEntryDone {}
    }
}

private struct TarEntryDone: Error {}
