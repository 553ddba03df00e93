import Foundation

/// Prints the time of each analysis phase to standard error when ENGAGE_TIMING=1 (for benchmarks).
struct PhaseClock {
    private var last = Date()
    private let on = ProcessInfo.processInfo.environment["ENGAGE_TIMING"] == "1"

    mutating func lap(_ name: String) {
        guard on else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "  %-28@ %7.3f s\n", name, now.timeIntervalSince(last)).utf8))
        last = now
    }
}
