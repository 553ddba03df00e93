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
    /// The archive's size in bytes: no entry can hold more compressed bytes than this.
    let fileSize: UInt64

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
        self.fileSize = UInt64(max(0, FileByteSource(path: path).size ?? 0))
        self.entries = map.keys.sorted()
    }

    /// The size the entry's header claims, when it is one the archive can hold (see ``implausibility(of:)``).
    public func size(of entry: String) -> Int? {
        guard let e = byPath[entry], implausibility(of: e) == nil else { return nil }
        return Int(exactly: e.uncompressedSize)
    }

    /// Why an entry's header cannot be true, or nil: compressed data larger than the archive, a stored
    /// entry larger than the archive, or more than deflate's maximum ratio (1032:1) — a zip bomb or a
    /// corrupt header. Such an entry is never read (ZIPFoundation would trap or loop on it).
    func implausibility(of e: Entry) -> String? {
        let packed = e.compressedSize, claimed = e.uncompressedSize
        if packed > fileSize {
            return "the entry claims \(packed) compressed bytes, more than the whole archive (\(fileSize) bytes)"
        }
        if !e.isCompressed, claimed > fileSize {
            return "the stored entry claims \(claimed) bytes, more than the whole archive (\(fileSize) bytes)"
        }
        if e.isCompressed, claimed / 1032 > packed + 1 {
            return "the entry claims \(claimed) bytes from \(packed) compressed bytes, more than deflate can expand "
                + "(a zip bomb or a corrupt header)"
        }
        return nil
    }

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
        if let why = input.implausibility(of: e) { throw EngageError(.badZip, why, file: name, offset: 0) }
        let claimed = e.uncompressedSize
        var delivered = 0
        var consumerError: Error?
        var crc = CRC32()
        do {
            // The CRC is checked here: ZIPFoundation's own check runs a byte at a time on Linux.
            _ = try input.archive.extract(e, bufferSize: bufferSize, skipCRC32: true) { data in
                do {
                    // ZIPFoundation inflates until the stream ends, whatever the header says: stop an
                    // entry that grows past its claimed size (a zip bomb with a lying header).
                    guard UInt64(delivered + data.count) <= claimed else {
                        throw EngageError(.badZip, "the entry goes on past the \(claimed) bytes its header claims "
                                          + "(a zip bomb or a corrupt header)", file: name, offset: Int(claimed))
                    }
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
            if UInt64(delivered) != claimed {
                throw EngageError(.badZip, "truncated entry: \(delivered) of the \(claimed) bytes its header claims",
                                  file: name, offset: delivered)
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
