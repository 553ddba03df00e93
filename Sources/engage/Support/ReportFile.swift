import EngageCore
import Foundation

/// Where a report goes: standard output, or a file written atomically (a temporary file beside it,
/// renamed over it when complete, removed on error), so nothing is ever half-written.
final class ReportFile {
    private let path: String?
    private let temporary: String?
    private var fd: Int32 = -1
    private let stdout: StandardOutput?
    private var buffer = [UInt8]()

    /// Standard output when `path` is nil; else a temporary file next to `path`.
    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            stdout = StandardOutput()
            return
        }
        stdout = nil
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).engage-\(getpid()).tmp").path
        temporary = tmp
        fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw EngageError(.writeFailed, "cannot write the report: \(String(cString: strerror(errno)))", file: path)
        }
    }

    func write(_ s: String) throws {
        if let stdout {
            stdout.write(s)
            return
        }
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 20 { try flushBuffer() }
    }

    private func flushBuffer() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw EngageError(.writeFailed, "cannot write the report: \(String(cString: strerror(errno)))", file: path)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes: flushes standard output, or renames the complete temporary file over `path`.
    func commit() throws {
        if let stdout {
            stdout.flush()
            return
        }
        guard let path, let temporary else { return }
        try flushBuffer()
        fsync(fd)
        close(fd)
        fd = -1
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw EngageError(.writeFailed, "cannot write the report: \(reason)", file: path)
        }
    }

    /// Gives up: the temporary file is removed, `path` is left as it was.
    func abort() {
        if fd >= 0 { close(fd) }
        fd = -1
        if let temporary { unlink(temporary) }
    }

    deinit { abort() }
}
