import EngageCore
import Foundation

/// Where the data files of an X archive are: driven by `data/manifest.js` when there is one, else
/// found by content (the `window.YTD.<stem>.partN` global each file assigns) with the well-known file
/// names as a fallback. Handles the 2022+ and 2020 layouts (`data/…`), the early flat layout (files at
/// the root), and a zip or folder with one top-level folder around everything.
struct XArchiveLayout {
    typealias Role = XDataFile.Role

    /// One data file to read.
    struct DataFile: Equatable {
        /// The container entry.
        var entry: String
        var role: Role
        /// The part number (0 for `tweets.js`, 1 for `tweets-part1.js` …).
        var part: Int
        /// The item count the manifest announces, when it does.
        var announced: Int?
    }

    /// The entry of the manifest, when there is one.
    var manifestEntry: String?
    /// The data files by role, parts in reading order.
    var files: [Role: [DataFile]] = [:]
    /// Files the manifest lists that the archive lacks (a partial or damaged download).
    var missing: [(fileName: String, role: Role)] = []
    /// True when the files sit at the root with no `data/` folder.
    var flat = false

    /// The files of one role.
    subscript(role: Role) -> [DataFile] { files[role] ?? [] }

    /// The `.js` entries where archive data files may live: the root and `data/`, directly or under one
    /// top-level folder. Media folders and deeper paths are never candidates.
    static func candidates(_ input: InputContainer) -> [String] {
        input.entries.filter { e in
            guard e.hasSuffix(".js") else { return false }
            let parts = e.split(separator: "/", omittingEmptySubsequences: false)
            switch parts.count {
            case 1: return true
            case 2: return true  // data/x.js or top/x.js
            case 3: return parts[1] == "data"
            default: return false
            }
        }
    }

    /// True when `input` looks like an X archive: a manifest, or a data file whose content is a
    /// `window.YTD…` assignment, or a tweets file by its well-known name (whose content is then
    /// checked while reading, so a broken prefix is reported rather than the archive ignored).
    static func looksLikeArchive(_ input: InputContainer) -> Bool {
        let cands = candidates(input)
        // Well-known names first (cheap), then a bounded content sniff of the others.
        var sniffed = 0
        for e in cands.sorted(by: { knownRank($0) < knownRank($1) }) {
            let name = (e as NSString).lastPathComponent
            let known = Role(fileName: name) != nil
            if !known && sniffed >= 64 { continue }
            sniffed += 1
            switch XDataFile.identify(input.sniff(e, count: 256)) {
            case .manifest, .ytd: return true
            case .other:
                if let r = Role(fileName: name), r == .tweets { return true }
            }
        }
        return false
    }

    static func knownRank(_ entry: String) -> Int {
        Role(fileName: (entry as NSString).lastPathComponent) == nil ? 1 : 0
    }

    /// Finds the data files. `manifest` is the parsed manifest (nil when absent or unreadable).
    static func discover(_ input: InputContainer, manifestEntry: String?, manifest: XArchiveManifest?) -> XArchiveLayout {
        var layout = XArchiveLayout()
        layout.manifestEntry = manifestEntry
        var assigned = Set<String>()
        if let manifestEntry { assigned.insert(manifestEntry) }
        let entrySet = Set(input.entries)
        var listedRoles = Set<Role>()

        if let manifest, let manifestEntry {
            // Manifest paths are relative to the archive root: the folder above `data/`.
            let manifestDir = (manifestEntry as NSString).deletingLastPathComponent
            var dir = manifestDir
            if (dir as NSString).lastPathComponent == "data" { dir = (dir as NSString).deletingLastPathComponent }
            let root = dir.isEmpty ? "" : dir + "/"
            // When the user gave the `data/` folder itself, `data/tweets.js` is `tweets.js` next to the manifest.
            let besideManifest = manifestDir.isEmpty ? "" : manifestDir + "/"
            for role in Role.allCases where role != .manifest {
                guard let listed = manifest.files(for: role.manifestKeys) else { continue }
                listedRoles.insert(role)
                for (index, f) in listed.enumerated() {
                    var name = f.fileName
                    while name.hasPrefix("./") || name.hasPrefix("/") { name.removeFirst() }
                    var entry = root + name
                    if !entrySet.contains(entry), name.hasPrefix("data/"),
                       entrySet.contains(besideManifest + name.dropFirst(5)) {
                        entry = besideManifest + name.dropFirst(5)
                    }
                    let partFromGlobal = f.globalName.flatMap { g -> Int? in
                        guard let r = g.range(of: ".part", options: .backwards) else { return nil }
                        return Int(g[r.upperBound...])
                    }
                    if entrySet.contains(entry) {
                        layout.files[role, default: []].append(
                            DataFile(entry: entry, role: role, part: partFromGlobal ?? index, announced: f.count))
                        assigned.insert(entry)
                    } else if let alt = input.resolve(name), !assigned.contains(alt) {
                        layout.files[role, default: []].append(
                            DataFile(entry: alt, role: role, part: partFromGlobal ?? index, announced: f.count))
                        assigned.insert(alt)
                    } else {
                        layout.missing.append((name, role))
                    }
                }
            }
        }

        // Roles the manifest does not list (or no manifest): find them by content, then by name. With a
        // manifest, only files with a well-known name are looked at (a real archive has a hundred others).
        var found: [Role: [DataFile]] = [:]
        for e in candidates(input) where !assigned.contains(e) {
            let name = (e as NSString).lastPathComponent
            let byName = Role(fileName: name)
            if manifest != nil && byName == nil { continue }
            let id = XDataFile.identify(input.sniff(e, count: 256))
            let role: Role?
            var part = id.part
            switch id {
            case .manifest: role = nil
            case .ytd: role = id.role
            case .other:
                role = byName == .manifest ? nil : byName
                part = XDataFile.partNumber(fileName: name)
            }
            guard let role, !listedRoles.contains(role) else { continue }
            found[role, default: []].append(DataFile(entry: e, role: role, part: part, announced: nil))
        }
        for (role, list) in found {
            layout.files[role, default: []] += list.sorted { ($0.part, $0.entry) < ($1.part, $1.entry) }
        }
        let tweetEntries = layout[.tweets].map(\.entry)
        // The early layout: no manifest, no data/ folder (a `data/` folder given directly has its manifest).
        layout.flat = manifest == nil && !tweetEntries.isEmpty
            && tweetEntries.allSatisfy { !$0.split(separator: "/").contains("data") }
        return layout
    }
}
