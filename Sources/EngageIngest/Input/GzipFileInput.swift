import EngageCore
import Foundation

/// A single gzip-compressed file (`replies.jsonl.gz`) as a container of one entry: its name without
/// `.gz`, read decompressed.
public final class GzipFileInput: InputContainer {
    public let path: String
    public var kind: InputKind { .file }
    /// The file name without `.gz`.
    public let name: String

    /// A gzip file at `path` (nothing is read yet).
    public init(path: String) {
        self.path = path
        var n = (path as NSString).lastPathComponent
        for suffix in [".gz", ".gzip"] where n.lowercased().hasSuffix(suffix) { n = String(n.dropLast(suffix.count)) }
        self.name = n
    }

    public var entries: [String] { [name] }

    /// Unknown before decompressing.
    public func size(of entry: String) -> Int? { nil }

    public func source(_ entry: String) -> ByteSource { GzipByteSource(FileByteSource(path: path), name: path) }

    public func modificationDate(of entry: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
    }
}
