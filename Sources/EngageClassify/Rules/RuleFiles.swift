import EngageCore
import Foundation

/// A set of rule files: the default rulebook embedded in the binary, or a folder on disk (an overlay).
///
/// A folder is read flat: `*.yaml`/`*.yml` are rule files, `*.tsv` files starting `engage-bayes` are
/// learned models, and lists named by `list:` are read from the folder (or from an absolute path) when
/// a rule uses them.
struct RuleFiles: Sendable {
    /// How file names appear in problems: `rules/` for the defaults, the folder path for an overlay.
    let prefix: String
    /// The files read up front (rule files and models), by name.
    let files: [(name: String, text: String)]
    /// The folder, for lists named by relative or absolute paths; nil for the embedded defaults.
    let folder: URL?

    /// The default rulebook, as embedded at build time from `rules/`.
    static var defaults: RuleFiles {
        RuleFiles(prefix: "rules/", files: EmbeddedRulebook.files, folder: nil)
    }

    /// Reads the rule files and models of `path`. Throws `file-not-found` or `unreadable`.
    static func folder(_ path: String) throws -> RuleFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw EngageError(.fileNotFound, "no such rules folder", file: path)
        }
        guard isDirectory.boolValue else {
            throw EngageError(.invalidArgument, "--rules takes a folder of rule files, not a file", file: path)
        }
        let url = URL(fileURLWithPath: path)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw EngageError(.unreadable, "cannot list the rules folder", file: path)
        }
        var files: [(String, String)] = []
        for name in names where !name.hasPrefix(".") {
            let ext = url.appendingPathComponent(name).pathExtension.lowercased()
            guard ["yaml", "yml", "tsv"].contains(ext) else { continue }
            let file = url.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: file) else {
                throw EngageError(.unreadable, "cannot read the rule file", file: file)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw EngageError(.invalidRule, "not UTF-8 text", file: file)
            }
            files.append((name, text))
        }
        let shown = path.hasSuffix("/") ? path : path + "/"
        return RuleFiles(prefix: shown, files: files, folder: url)
    }

    /// The rule files (YAML), in name order.
    var ruleFiles: [(name: String, text: String)] {
        files.filter { $0.name.hasSuffix(".yaml") || $0.name.hasSuffix(".yml") }
    }

    /// The model files (`engage-bayes` TSV).
    var modelFiles: [(name: String, text: String)] {
        files.filter { $0.name.hasSuffix(".tsv") && $0.text.hasPrefix("engage-bayes") }
    }

    /// The name shown for a file of this set.
    func shown(_ name: String) -> String { prefix + name }

    /// The lines of a list file named by a rule: embedded or in the folder, or an absolute path.
    /// Returns nil when it cannot be found or read.
    func list(_ name: String) -> (text: String, shown: String)? {
        if let f = files.first(where: { $0.name == name }) { return (f.text, shown(name)) }
        let path: String
        if name.hasPrefix("/") {
            path = name
        } else if let folder {
            path = folder.appendingPathComponent(name).path
        } else {
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return (String(decoding: data, as: UTF8.self), path)
    }
}
