import EngageTestSupport
import Foundation

/// Runs Debian's `chromium` headless (as root it needs `--no-sandbox`) to dump a page's DOM after
/// it has loaded, or to take a screenshot. Nil with a printed reason when no Chromium is installed.
struct HeadlessChromium {
    let executable: String

    /// The first of `$ENGAGE_CHROMIUM`, `chromium`, `chromium-browser`, `google-chrome` on the PATH.
    static func find(function: String = #function) -> HeadlessChromium? {
        let env = ProcessInfo.processInfo.environment
        if let path = env["ENGAGE_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) {
            return HeadlessChromium(executable: path)
        }
        for dir in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let path = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return HeadlessChromium(executable: path) }
            }
        }
        print("SKIP \(function): no chromium on the PATH (Debian: apt-get install chromium; or set ENGAGE_CHROMIUM)")
        return nil
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs Chromium on `file` with `arguments`; returns stdout. Fails after `timeout` seconds.
    func run(_ arguments: [String], file: URL, profile: URL, timeout: Double = 90) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                       "--disable-extensions", "--hide-scrollbars", "--user-data-dir=\(profile.path)"] + arguments
            + [file.absoluteString]
        let outFile = profile.appendingPathComponent("stdout-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        let out = try FileHandle(forWritingTo: outFile)
        defer { try? out.close() }
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning {
            if Date() > deadline {
                p.terminate()
                throw Failure(description: "chromium did not finish within \(Int(timeout)) s")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard p.terminationStatus == 0 else { throw Failure(description: "chromium exited with status \(p.terminationStatus)") }
        return String(decoding: (try? Data(contentsOf: outFile)) ?? Data(), as: UTF8.self)
    }

    /// The DOM after load and scripts (if any ran).
    func dumpDOM(_ file: URL, profile: URL) throws -> String {
        try run(["--dump-dom", "--virtual-time-budget=2000"], file: file, profile: profile)
    }

    /// A PNG screenshot `width` pixels wide.
    func screenshot(_ file: URL, to png: URL, profile: URL, width: Int = 1200, height: Int = 3000) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)"], file: file, profile: profile)
    }
}
