import EngageCore
import Foundation

/// A path the user gave, opened as a set of named entries: a folder (every file under it), a zip
/// archive (its file entries) or a single file (one entry, its own name).
///
/// Readers look entries up by their path relative to the archive root; ``resolve(_:)`` also finds
/// them under a single top-level folder (`twitter-2024-01-01-abc/data/tweets.js`).
public protocol InputContainer: AnyObject {
    /// The path as the user gave it.
    var path: String { get }
    /// Folder, archive (zip or tar) or single file.
    var kind: InputKind { get }
    /// Every file entry, relative to the container root, with `/` separators, sorted.
    var entries: [String] { get }
    /// The uncompressed size of an entry, when known.
    func size(of entry: String) -> Int?
    /// A chunked reader of an entry. Reading errors carry the entry's display name.
    func source(_ entry: String) -> ByteSource
    /// The modification date of an entry (or of the file), when known.
    func modificationDate(of entry: String) -> Date?
}

/// What kind of path an input is.
public enum InputKind: String, Sendable {
    /// A folder.
    case folder
    /// An archive of entries: a zip, or a tar (plain or gzip-compressed).
    case zip
    /// A single file (gzip-compressed ones are read decompressed).
    case file
}

extension InputContainer {
    /// The display name of an entry: `archive.zip:data/tweets.js`, `folder/data/tweets.js`, or the
    /// file's path for a single file.
    public func displayName(_ entry: String) -> String {
        switch kind {
        case .file: return path
        case .zip: return "\(path):\(entry)"
        case .folder: return (path as NSString).appendingPathComponent(entry)
        }
    }

    /// The entry whose path is `relative`, directly or under one top-level folder; case-sensitive.
    public func resolve(_ relative: String) -> String? {
        if entrySet.contains(relative) { return relative }
        let suffix = "/" + relative
        let matches = entries.filter { $0.hasSuffix(suffix) && $0.dropLast(suffix.count).split(separator: "/").count == 1 }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Entries whose file name (last path component) satisfies `predicate`.
    public func entries(named predicate: (String) -> Bool) -> [String] {
        entries.filter { predicate(($0 as NSString).lastPathComponent) }
    }

    /// Reads an entry completely.
    public func read(_ entry: String) throws -> [UInt8] {
        try source(entry).readAll()
    }

    /// The first bytes of an entry (for detection); empty when unreadable. Files on disk are read with
    /// a small buffer, so sniffing a 2 GB file costs one small read.
    public func sniff(_ entry: String, count: Int = 4096) -> [UInt8] {
        let chunk = max(count, 4096)
        if let folder = self as? FolderInput {
            return (try? FileByteSource(path: folder.fullPath(entry), chunkSize: chunk).prefix(count)) ?? []
        }
        if let file = self as? FileInput {
            return (try? FileByteSource(path: file.path, chunkSize: chunk).prefix(count)) ?? []
        }
        if let zip = self as? ZipInput {
            return (try? ZipEntrySource(input: zip, entry: entry, bufferSize: max(count, 16 << 10)).prefix(count)) ?? []
        }
        return (try? source(entry).prefix(count)) ?? []
    }

    var entrySet: Set<String> { Set(entries) }
}

/// Opens user paths as containers.
public enum InputOpener {
    /// Opens `path` as a folder, a zip or tar archive (by content, not name: a `.tar.gz` is a gzip
    /// stream whose first block is a tar header), or a single file (decompressed when gzip-compressed).
    ///
    /// - Throws: `file-not-found`, `unreadable`, `bad-zip` for a truncated or corrupt zip, `bad-archive`
    ///   for a truncated or corrupt tar or gzip file.
    public static func open(_ path: String) throws -> InputContainer {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw EngageError(.fileNotFound, "no such file or folder", file: path)
        }
        if isDir.boolValue { return try FolderInput(path: path) }
        // A pipe, socket or device cannot be read twice (detection reads the start, then the reader
        // reads it all) and may never end (/dev/zero) or never open (a FIFO nobody writes to).
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw EngageError(.unreadable, "not a regular file (a pipe, socket or device): save it to a file first",
                              file: path)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw EngageError(.unreadable, "permission denied", file: path)
        }
        // Permission bits do not stop root, and some paths cannot be read at all (sockets, devices):
        // try to open it.
        let fd = Foundation.open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            throw EngageError(.unreadable, "cannot open: \(String(cString: strerror(errno)))", file: path)
        }
        close(fd)
        let head = (try? FileByteSource(path: path, chunkSize: 4096).prefix(4)) ?? []
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try ZipInput(path: path)
        }
        if GzipByteSource.isGzip(head) {
            let inner = try GzipByteSource(FileByteSource(path: path)).prefix(512)
            return TarInput.isTarHeader(inner) ? try TarInput(path: path) : GzipFileInput(path: path)
        }
        if TarInput.isTarHeader((try? FileByteSource(path: path).prefix(512)) ?? []) {
            return try TarInput(path: path)
        }
        if path.lowercased().hasSuffix(".zip") {
            throw EngageError(.badZip, "not a zip archive: expected the signature PK\\x03\\x04 at the start",
                              file: path, offset: 0)
        }
        return FileInput(path: path)
    }
}
