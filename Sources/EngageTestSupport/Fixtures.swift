import Foundation

/// Paths to the project's own fixtures and to the shared third-party corpora, for tests.
///
/// `corpora/` and `rules/` sit outside the targets; they are found relative to this file.
public enum Fixtures {
    /// The repository root.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path under the repository's `corpora/`.
    public static func corpus(_ relative: String) -> String {
        repository.appendingPathComponent("corpora").appendingPathComponent(relative).path
    }

    /// A path under the repository's `rules/`.
    public static var rules: String { repository.appendingPathComponent("rules").path }

    /// The shared third-party corpora (`../shared/corpora` next to the repository), or nil when absent.
    public static var sharedCorpora: URL? {
        if let env = ProcessInfo.processInfo.environment["ENGAGE_SHARED_CORPORA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/corpora")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A path under the shared corpora when it exists; otherwise prints why the caller skips and returns nil.
    ///
    /// ```swift
    /// guard let path = Fixtures.shared("x/api-v2-twarc/flat.jsonl") else { return }
    /// ```
    public static func shared(_ relative: String, function: String = #function) -> String? {
        guard let root = sharedCorpora else {
            print("SKIP \(function): ../shared/corpora is not present next to the repository (set ENGAGE_SHARED_CORPORA to point at it)")
            return nil
        }
        let path = root.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("SKIP \(function): \(relative) is not in the shared corpora at \(root.path)")
            return nil
        }
        return path
    }

    /// The shared tools folder (`../shared/tools`), or nil with a printed reason.
    public static func sharedTool(_ name: String, function: String = #function) -> String? {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/tools").appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            print("SKIP \(function): ../shared/tools/\(name) is not present")
            return nil
        }
        return url.path
    }

    /// A fresh temporary folder.
    public static func temporaryFolder(_ label: String = "engage") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
