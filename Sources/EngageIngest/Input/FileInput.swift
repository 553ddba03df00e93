import EngageCore
import Foundation

/// A single file as a container of one entry (its own file name).
public final class FileInput: InputContainer {
    public let path: String
    public var kind: InputKind { .file }
    /// The file name.
    public let name: String

    public init(path: String) {
        self.path = path
        self.name = (path as NSString).lastPathComponent
    }

    public var entries: [String] { [name] }

    public func size(of entry: String) -> Int? { FileByteSource(path: path).size }

    public func source(_ entry: String) -> ByteSource { FileByteSource(path: path, name: path) }

    public func modificationDate(of entry: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
    }
}
