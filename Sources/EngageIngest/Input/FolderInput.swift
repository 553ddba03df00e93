import EngageCore
import Foundation

/// A folder: every regular file under it, by path relative to the folder.
public final class FolderInput: InputContainer {
    public let path: String
    public var kind: InputKind { .folder }
    public let entries: [String]

    /// Lists the folder recursively (hidden files and media folders included; readers pick).
    public init(path: String) throws {
        self.path = path
        let root = URL(fileURLWithPath: path)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: []) else {
            throw EngageError(.unreadable, "cannot list the folder", file: path)
        }
        var list: [String] = []
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(rootPath) else { continue }
            var rel = String(full.dropFirst(rootPath.count))
            while rel.hasPrefix("/") { rel.removeFirst() }
            list.append(rel)
        }
        self.entries = list.sorted()
    }

    func fullPath(_ entry: String) -> String { (path as NSString).appendingPathComponent(entry) }

    public func size(of entry: String) -> Int? { FileByteSource(path: fullPath(entry)).size }

    public func source(_ entry: String) -> ByteSource {
        FileByteSource(path: fullPath(entry), name: displayName(entry))
    }

    public func modificationDate(of entry: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: fullPath(entry))[.modificationDate] as? Date) ?? nil
    }
}
