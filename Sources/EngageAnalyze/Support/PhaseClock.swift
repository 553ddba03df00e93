import Foundation

/// Prints the time of each analysis phase to standard error when ENGAGE_TIMING=1 (for benchmarks).
struct PhaseClock {
    private var last = Date()
    private let on = ProcessInfo.processInfo.environment["ENGAGE_TIMING"] == "1"

    mutating func lap(_ name: String) {
        guard on else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "  %-28@ %7.3f s  (resident %@ MB, peak %@ MB)\n", name,
                                                   now.timeIntervalSince(last), Self.memory("VmRSS"), Self.memory("VmHWM")).utf8))
        last = now
    }

    static func memory(_ field: String) -> String {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "?" }
        for line in s.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return String(kb / 1024)
        }
        return "?"
    }
}
