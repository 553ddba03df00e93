import Foundation

/// Feeds ``AuditOptions/progress`` at a bounded rate while the inputs stream by: the caller ticks
/// once per record; every 256 ticks the clock is read, and at most every 100 ms the byte count is
/// sampled and the callback runs.
///
/// Bytes read come from the operating system's count of the process's reads (`rchar` in
/// `/proc/self/io` on Linux) since the meter started, so every reader, container and decompressor is
/// measured without changing them; for compressed inputs it is the compressed bytes read from disk,
/// which is what the total (the size on disk) measures too. Where the count is not available, only
/// records and their rate are reported.
struct ProgressMeter {
    let callback: (@Sendable (IngestProgress) -> Void)?
    let totalBytes: Int?
    private let start: UInt64
    private let startRead: Int?
    private var last: UInt64 = 0
    private(set) var posts = 0

    init(paths: [String], callback: (@Sendable (IngestProgress) -> Void)?) {
        self.callback = callback
        start = DispatchTime.now().uptimeNanoseconds
        guard callback != nil else {
            totalBytes = nil
            startRead = nil
            return
        }
        totalBytes = Self.size(of: paths)
        startRead = Self.bytesRead()
    }

    /// Counts one record; reports when due.
    mutating func tick() {
        posts += 1
        guard callback != nil, posts & 255 == 0 else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - last >= 100_000_000 else { return }
        last = now
        report(.reading, now: now)
    }

    /// Reports a phase now.
    func phase(_ phase: IngestProgress.Phase) {
        report(phase, now: DispatchTime.now().uptimeNanoseconds)
    }

    private func report(_ phase: IngestProgress.Phase, now: UInt64) {
        guard let callback else { return }
        var read: Int?
        if let s = startRead, let n = Self.bytesRead() { read = max(0, n - s) }
        if phase != .reading, let t = totalBytes { read = t }
        if let r = read, let t = totalBytes, phase == .reading { read = min(r, t) }
        callback(IngestProgress(phase: phase, bytesRead: read, totalBytes: totalBytes, posts: posts,
                                elapsed: Double(now - start) / 1e9))
    }

    /// Bytes the process has read so far (Linux `/proc/self/io`), or nil.
    static func bytesRead() -> Int? {
        // /proc files report a size of 0: read them with read(2), not with a size-based reader.
        let fd = open("/proc/self/io", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        for line in String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n") where line.hasPrefix("rchar:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// The inputs' size on disk: files, and every regular file under a folder.
    static func size(of paths: [String]) -> Int? {
        var total = 0
        let fm = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
            if isFolder.boolValue {
                guard let e = fm.enumerator(atPath: path) else { return nil }
                while let rel = e.nextObject() as? String {
                    let attrs = try? fm.attributesOfItem(atPath: path + "/" + rel)
                    if attrs?[.type] as? FileAttributeType == .typeRegular { total += (attrs?[.size] as? Int) ?? 0 }
                }
            } else {
                total += ((try? fm.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
