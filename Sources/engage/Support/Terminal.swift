import EngageCore
import Foundation

/// Process-level output: buffered stdout, one-line errors on stderr, exit codes.
enum Terminal {
    /// Exit status when the command completed but some input could not be read (the output says what).
    static let partialExit: Int32 = 3

    /// Prints `engage: <error>` to stderr and exits with status 1.
    static func fail(_ error: EngageError) -> Never {
        FileHandle.standardError.write(Data(("engage: " + error.description + "\n").utf8))
        exit(1)
    }

    /// Writes a line to stderr.
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A buffered writer to stdout (print() is too slow for a million JSON lines).
final class StandardOutput {
    private var buffer = [UInt8]()
    private let limit = 1 << 20

    init() { buffer.reserveCapacity(limit + 4096) }

    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= limit { flush() }
    }

    func line(_ s: String) {
        write(s)
        buffer.append(0x0A)
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    Terminal.fail(EngageError(.writeFailed, "cannot write to standard output: \(String(cString: strerror(errno)))"))
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
