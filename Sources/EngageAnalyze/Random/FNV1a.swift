/// The 64-bit FNV-1a hash of a string's UTF-8 bytes: stable across processes and platforms (unlike
/// Swift's randomised `Hasher`), used for per-claim seeds.
enum FNV1a {
    static func hash64(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The seed of one claim: base XOR FNV-1a-64("account|outcome|scale|feature") (ANALYSIS.md §4.3).
    static func claimSeed(base: UInt64, account: String, outcome: String, scale: String, feature: String) -> UInt64 {
        base ^ hash64("\(account)|\(outcome)|\(scale)|\(feature)")
    }
}
