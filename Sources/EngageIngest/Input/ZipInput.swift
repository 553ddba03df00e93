import EngageCore
import Foundation
import ZIPFoundation

/// A zip archive read with ZIPFoundation, entry by entry, streaming (entries are never extracted to
/// disk and never held whole unless a reader asks).
public final class ZipInput: InputContainer {
    public let path: String
    public var kind: InputKind { .zip }
    public let entries: [String]
    let archive: Archive
    let byPath: [String: Entry]

    /// Opens the archive and reads its central directory.
    ///
    /// - Throws: `bad-zip` when the central directory is missing or corrupt (a truncated download).
    public init(path: String) throws {
        self.path = path
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            let size = FileByteSource(path: path).size ?? 0
            throw EngageError(.badZip,
                              "truncated or corrupt zip: expected a central directory at the end of the file (\(size) bytes read)",
                              file: path, offset: size)
        }
        var map: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            map[entry.path] = entry
        }
        self.archive = archive
        self.byPath = map
        self.entries = map.keys.sorted()
    }

    public func size(of entry: String) -> Int? { byPath[entry].map { Int($0.uncompressedSize) } }

    public func source(_ entry: String) -> ByteSource { ZipEntrySource(input: self, entry: entry) }

    public func modificationDate(of entry: String) -> Date? { byPath[entry]?.fileAttributes[.modificationDate] as? Date }
}

/// One zip entry as a chunked byte source; the CRC-32 is checked at the end.
struct ZipEntrySource: ByteSource {
    let input: ZipInput
    let entry: String
    /// Bytes inflated per call (small for sniffing).
    var bufferSize = 1 << 20

    var name: String { input.displayName(entry) }
    var size: Int? { input.size(of: entry) }

    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let e = input.byPath[entry] else {
            throw EngageError(.fileNotFound, "no such entry in the archive", file: name)
        }
        var delivered = 0
        var consumerError: Error?
        var crc = CRC32()
        do {
            // The CRC is checked here: ZIPFoundation's own check runs a byte at a time on Linux.
            _ = try input.archive.extract(e, bufferSize: bufferSize, skipCRC32: true) { data in
                do {
                    try data.withUnsafeBytes { raw in
                        crc.update(raw)
                        try body(raw)
                    }
                    delivered += data.count
                } catch {
                    consumerError = error
                    throw error
                }
            }
            if crc.value != e.checksum {
                throw EngageError(.badZip, "CRC-32 mismatch: the entry is corrupt", file: name, offset: delivered)
            }
        } catch {
            if let consumerError { throw consumerError }
            if let engage = error as? EngageError { throw engage }
            throw EngageError(.badZip, "corrupt or truncated entry (\(error)): expected \(e.uncompressedSize) bytes",
                              file: name, offset: delivered)
        }
    }
}
