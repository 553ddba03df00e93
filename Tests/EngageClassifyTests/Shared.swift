@testable import EngageClassify
import EngageCore
import EngageTestSupport
import Foundation

/// The default classifier, compiled once for all tests (compiling takes about a second in debug builds).
enum Shared {
    static let classifier: Classifier = {
        do {
            return try Classifier.load()
        } catch {
            fatalError("the default rulebook does not load: \(error)")
        }
    }()

    /// Writes `files` into a fresh folder and returns its path.
    static func folder(_ files: [String: String]) throws -> String {
        let dir = try Fixtures.temporaryFolder("engage-rules")
        for (name, text) in files {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        return dir.path
    }

    static func post(_ text: String, kind: PostKind = .original) -> Post {
        Post(platform: .x, id: "t", text: text, kind: kind, provenance: Provenance(source: "test"))
    }
}
