import EngageCore
import Foundation

/// Client names (``XClientName``) by the raw bytes of the `source` anchor they come from. A feed
/// repeats a handful of sources, so each anchor is decoded once and every later tweet costs a hash
/// of its bytes and no allocation.
struct XClientCache {
    private var buckets: [UInt64: [(raw: [UInt8], client: String?)]] = [:]
    private var stored = 0
    /// Distinct anchors kept (a hostile file with a different source per tweet stays bounded).
    static let capacity = 4096

    /// The client name of the `source` value whose raw JSON string is `raw`.
    mutating func client(_ raw: JSONKey) -> String? {
        let bytes = raw.bytes
        var h: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        if let bucket = buckets[h] {
            for e in bucket where e.raw.count == bytes.count {
                let same = e.raw.withUnsafeBufferPointer { a -> Bool in
                    guard let p = a.baseAddress, let q = bytes.baseAddress else { return true }  // both empty
                    return memcmp(p, q, bytes.count) == 0
                }
                if same { return e.client }
            }
        }
        let client = XClientName.from(raw.string)
        if stored < Self.capacity {
            buckets[h, default: []].append((Array(bytes), client))
            stored += 1
        }
        return client
    }
}
