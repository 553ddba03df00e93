import EngageTestSupport
import Foundation
import Testing

/// The project rule on hostile input, checked on the built `engage`: the committed regression inputs
/// under `corpora/hostile/` and a small deterministic set of mutations of the ordinary fixtures give
/// exit 0, 1 or 3, stderr lines that all read `engage: …` (one line with a `[code]` on an error), no
/// trace, no hang, and leave the input as it was. `Tests/hostile/hostile.py` is the full hunt.
@Suite struct HostileCLITests {
    struct Run {
        var status: Int32
        var stderr: String
        var timedOut: Bool
    }

    /// Runs engage with stdout to a file (exports can be large) and a deadline.
    static func run(_ arguments: [String], in dir: URL, timeout: TimeInterval = 30) throws -> Run {
        let p = Process()
        p.executableURL = EngageBinary.url
        p.arguments = arguments
        p.currentDirectoryURL = dir
        let outURL = dir.appendingPathComponent(".stdout-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        defer {
            try? out.close()
            try? FileManager.default.removeItem(at: outURL)
        }
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline {
                p.terminate()
                kill(p.processIdentifier, SIGKILL)
                timedOut = true
                break
            }
            usleep(5_000)
        }
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stderr: String(decoding: e, as: UTF8.self), timedOut: timedOut)
    }

    /// What is wrong with one run, or nil.
    static func problem(_ r: Run, _ command: String) -> String? {
        if r.timedOut { return "hang" }
        if ![0, 1, 3].contains(r.status) { return "exit status \(r.status)" }
        let lines = r.stderr.split(separator: "\n")
        if let bad = lines.first(where: { !$0.hasPrefix("engage: ") }) { return "stderr line \(bad.prefix(200))" }
        if r.stderr.contains("Fatal error") || r.stderr.contains("Backtracing") { return "trace on stderr" }
        if r.status == 1 {
            if lines.isEmpty { return "exit 1 with nothing on stderr" }
            if command != "export", lines.count != 1 { return "error exit with \(lines.count) stderr lines" }
            if lines.last.map({ $0.hasSuffix("]") }) != true { return "error line without a [code]" }
        }
        return nil
    }

    /// Runs every command on `file` (a copy in a fresh folder) and returns the problems found.
    static func check(_ name: String, _ bytes: Data, commands: [String]) throws -> [String] {
        let dir = try Fixtures.temporaryFolder("engage-hostile")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try bytes.write(to: file)
        var problems: [String] = []
        for command in commands {
            let r = try run([command, file.path], in: dir)
            if let p = problem(r, command) { problems.append("\(command) \(name): \(p)") }
            let after = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".stdout-") }
            if after != [name] { problems.append("\(command) \(name): files beside the input: \(after)") }
            if try Data(contentsOf: file) != bytes { problems.append("\(command) \(name): the input changed") }
        }
        return problems
    }

    static var regressionFixtures: [String] {
        let dir = Fixtures.corpus("hostile")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { !$0.hasSuffix(".md") }.sorted()
    }

    @Test func regressionFixturesExist() {
        #expect(Self.regressionFixtures.count >= 8)
    }

    @Test(arguments: regressionFixtures)
    func regressionFixture(name: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus("hostile/\(name)")))
        let problems = try Self.check(name, bytes, commands: ["inspect", "export", "audit"])
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Mutations of small ordinary fixtures, the same on every run: cuts at fixed fractions of the
    /// file, every number made huge, invalid UTF-8 and a NUL in the middle.
    static func mutations(of bytes: [UInt8]) -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        for k in 1...5 {
            let cut = bytes.count * k / 6
            out.append(("cut\(cut)", Array(bytes[..<cut])))
        }
        var huge: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if (48...57).contains(bytes[i]) {
                while i < bytes.count, (48...57).contains(bytes[i]) { i += 1 }
                huge += Array("99999999999999999999999999".utf8)
            } else {
                huge.append(bytes[i])
                i += 1
            }
        }
        out.append(("huge-numbers", huge))
        let mid = bytes.count / 2
        out.append(("bad-utf8", Array(bytes[..<mid]) + [0xED, 0xA0, 0x80, 0xFF, 0xC0] + Array(bytes[mid...])))
        out.append(("nul", Array(bytes[..<mid]) + [0] + Array(bytes[mid...])))
        return out
    }

    @Test(arguments: ["x/lone/tweets.js", "blog/feed-rss.xml", "blog/ghost-export.json", "blog/disqus-export.xml",
                      "csv/competitor-posts.csv", "api/thread-v2.jsonl", "html/drupal7.html"])
    func mutatedFixture(relative: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus(relative))))
        let name = (relative as NSString).lastPathComponent
        var problems: [String] = []
        for (label, mutated) in Self.mutations(of: bytes) {
            problems += try Self.check(name, Data(mutated), commands: ["inspect"]).map { "\(label): \($0)" }
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}
