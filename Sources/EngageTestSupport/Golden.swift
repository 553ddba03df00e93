import Foundation

/// Golden-file comparison: the expected output lives in `corpora/golden/` and is compared byte for
/// byte. Run the tests with `ENGAGE_UPDATE_GOLDEN=1` to rewrite the files after an intended change
/// (and review the diff before committing).
public enum Golden {
    /// Compares `actual` with the golden file `name` (relative to `corpora/golden/`). Returns nil when
    /// they match (or the file was just written in update mode), else a message with the first
    /// differing line.
    public static func check(_ actual: String, _ name: String) -> String? {
        let url = Fixtures.repository.appendingPathComponent("corpora/golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ENGAGE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "golden file corpora/golden/\(name) is missing (run with ENGAGE_UPDATE_GOLDEN=1 to create it)"
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<end of file>"
            let al = i < a.count ? a[i] : "<end of output>"
            if el != al {
                return "corpora/golden/\(name) differs at line \(i + 1):\n  expected: \(el)\n  actual:   \(al)"
            }
        }
        return "corpora/golden/\(name) differs"
    }
}
