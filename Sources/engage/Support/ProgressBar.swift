import EngagePipeline
import EngageReport
import Foundation

/// The progress line `engage audit` draws on stderr while it reads (only when stderr is a terminal
/// and `--quiet` is not given): bytes read of the inputs' size, records and records per second,
/// then the phase; cleared when the run is done.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var drawn = false

    /// True when a bar may be drawn: stderr is a terminal.
    static var available: Bool { isatty(2) == 1 }

    func update(_ p: IngestProgress) {
        lock.lock()
        defer { lock.unlock() }
        if p.phase == .done {
            if drawn { emit("\r\u{1B}[2K") }
            drawn = false
            return
        }
        emit("\r\u{1B}[2K" + Self.line(p))
        drawn = true
    }

    /// The text of one update (without the carriage return).
    static func line(_ p: IngestProgress, width: Int = 24) -> String {
        var s = ""
        if let f = p.fraction, p.phase == .reading {
            let filled = Int((Double(width) * f).rounded(.down))
            s += "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] "
            s += String(format: "%3.0f%% ", 100 * f)
            if let r = p.bytesRead, let t = p.totalBytes { s += "\(megabytes(r)) of \(megabytes(t)) · " }
        }
        s += "\(TextFormat.int(p.posts)) records"
        if p.phase == .reading, p.elapsed > 0 { s += " · \(TextFormat.int(Int(p.postsPerSecond)))/s" }
        switch p.phase {
        case .reading: break
        case .joining: s += " · joining inputs"
        case .replies: s += " · classifying replies"
        case .analysing: s += " · analysing (bootstrap, models)"
        case .done: break
        }
        return s
    }

    static func megabytes(_ n: Int) -> String { String(format: "%.1f MB", Double(n) / 1_048_576) }

    private func emit(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }
}
