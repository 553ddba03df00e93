import Foundation
import Testing

/// Runs the built `engage` executable and captures its output.
enum EngageBinary {
    static var url: URL {
        // The test bundle sits next to the executable in the build products folder.
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        let candidate = dir.appendingPathComponent("engage")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("engage")
        }
        return candidate
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, directory: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    /// The repository root (for corpora/ and rules/).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

@Suite struct CLIErrorTests {
    @Test func missingPathIsOneLineAndNonZero() throws {
        let r = try EngageBinary.run(["inspect", "/nonexistent/archive.zip"])
        #expect(r.status == 1)
        #expect(r.stderr == "engage: /nonexistent/archive.zip: no such file or folder [file-not-found]\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownFormatNamesTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("engage-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("notes.txt")
        try Data("just some notes\n".utf8).write(to: file)
        let r = try EngageBinary.run(["inspect", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("engage: \(file.path): unknown format"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
