/// An open-addressing map from a token's 64-bit FNV-1a hash to a row number, so the learned model looks
/// tokens up without building strings.
struct TokenHashTable: Sendable {
    private let keys: [UInt64]
    private let rows: [Int32]
    private let mask: Int

    /// Builds the table for `hashes` (row i = hashes[i]); a duplicate hash keeps the first row.
    init(_ hashes: [UInt64]) {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        var k = [UInt64](repeating: 0, count: capacity)
        var r = [Int32](repeating: -1, count: capacity)
        let m = capacity - 1
        for (row, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & m
            while r[slot] >= 0 && k[slot] != h { slot = (slot + 1) & m }
            if r[slot] < 0 {
                k[slot] = h
                r[slot] = Int32(row)
            }
        }
        keys = k
        rows = r
        mask = m
    }

    /// The row of `hash`, or nil.
    @inline(__always)
    func row(_ hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let r = rows[slot]
            if r < 0 { return nil }
            if keys[slot] == hash { return Int(r) }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        continueHash(0xcbf2_9ce4_8422_2325, bytes)
    }

    /// FNV-1a continued from the state `h` (the hash of the bytes before) over more bytes.
    @inline(__always)
    static func continueHash(_ h: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = h
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// FNV-1a continued over one byte.
    @inline(__always)
    static func continueHash(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func hash(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { hash($0) }
    }
}
