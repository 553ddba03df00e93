@testable import EngageClassify
import EngageTestSupport
import Foundation
import Testing

/// The binary carries rules/ (embedded by the EmbedRules build plugin). SwiftPM notices edited and
/// added files; a removed or renamed one only after `touch Package.swift` or a clean build.
@Suite struct EmbeddedRulebookTests {
    @Test func theEmbeddedRulebookIsRulesOnDisk() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.rules)
            .filter { ["yaml", "yml", "tsv", "txt"].contains(URL(fileURLWithPath: $0).pathExtension) && !$0.hasPrefix(".") }
            .sorted()
        let embedded = EmbeddedRulebook.files
        #expect(embedded.map(\.name) == names,
                "rules/ changed since the build embedded it (a file added, removed or renamed): run `touch Package.swift` and build again")
        for (name, text) in embedded {
            let disk = try String(contentsOfFile: Fixtures.rules + "/" + name, encoding: .utf8)
            #expect(text == disk, "rules/\(name) differs from the embedded copy: build again (touch Package.swift if it persists)")
        }
    }
}
