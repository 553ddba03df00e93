import Foundation

/// Runs a shell command line for test setup (compressing or cutting fixtures).
enum Shell {
    static func run(_ command: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        try p.run()
        p.waitUntilExit()
    }
}
