import EngageCore
import Foundation

/// `data/manifest.js` of an X archive (`window.__THAR_CONFIG = {…}`): the owner, the generation
/// date, whether the archive is partial, and the files of each data type (FORMATS.md §1.1). Every
/// number in it is a string; no data type is guaranteed.
struct XArchiveManifest {
    /// One file of a data type.
    struct File: Equatable {
        /// Path relative to the archive root (`data/tweets-part1.js`).
        var fileName: String
        /// `YTD.tweets.part1`.
        var globalName: String?
        /// The number of items the manifest announces.
        var count: Int?
    }

    /// The owner as `userInfo` names it (never e-mail: the manifest has none).
    var owner: Account?
    /// `archiveInfo.generationDate`: when the counts were read.
    var generationDate: Date?
    /// `archiveInfo.isPartialArchive`.
    var isPartial: Bool
    /// `dataTypes.<key>.files[]` by data type key.
    var files: [String: [File]]

    /// The files of the first of `keys` the manifest lists (`tweets`, else `tweet`).
    func files(for keys: [String]) -> [File]? {
        for k in keys { if let f = files[k] { return f } }
        return nil
    }

    /// Parses a manifest.
    ///
    /// - Throws: `unknown-prefix`, `malformed-json`, or `invalid-record` when it is not an object.
    static func read(_ source: ByteSource) throws -> XArchiveManifest {
        let root = try XDataFile.readAssigned(source)
        guard case .object = root else {
            throw EngageError(.invalidRecord, "expected the manifest to be an object (`window.__THAR_CONFIG = {…}`)",
                              file: source.name, offset: 0)
        }
        var owner: Account?
        if let u = root["userInfo"] {
            let a = Account(platform: .x, id: nonEmpty(u["accountId"]?.string), handle: nonEmpty(u["userName"]?.string),
                            name: nonEmpty(u["displayName"]?.string))
            if a.id != nil || a.handle != nil { owner = a }
        }
        let info = root["archiveInfo"]
        let generated = info?["generationDate"]?.string.flatMap(DateParser.parse)
        let partial = info?["isPartialArchive"]?.bool ?? false
        var files: [String: [File]] = [:]
        for (key, value) in root["dataTypes"]?.members ?? [] {
            guard let list = value["files"]?.array else { continue }
            files[key] = list.compactMap { f in
                guard let name = nonEmpty(f["fileName"]?.string) else { return nil }
                return File(fileName: name, globalName: f["globalName"]?.string, count: f["count"]?.int)
            }
        }
        return XArchiveManifest(owner: owner, generationDate: generated, isPartial: partial, files: files)
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}
