import Foundation

/// The raw bytes of a saved page, searched for literal markers (`/wp-content/`, `disqus_shortname`) with
/// `memchr` and a byte compare — Foundation's `String.contains` is two orders of magnitude slower on a
/// 200 KB page.
struct RawBytes {
    let bytes: [UInt8]

    /// True when `needle` occurs in the bytes.
    func contains(_ needle: String) -> Bool { Self.find(Array(needle.utf8), in: bytes) }

    /// True when `n` occurs in `haystack`.
    static func find(_ n: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !n.isEmpty, n.count <= haystack.count else { return false }
        return haystack.withUnsafeBytes { hay -> Bool in
            guard let base = hay.baseAddress else { return false }
            var at = 0
            let last = hay.count - n.count
            while at <= last {
                guard let hit = memchr(base + at, Int32(n[0]), last - at + 1) else { return false }
                let i = base.distance(to: UnsafeRawPointer(hit))
                var k = 1
                while k < n.count, hay[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
                at = i + 1
            }
            return false
        }
    }
}
