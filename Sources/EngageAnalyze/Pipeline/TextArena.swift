/// Short texts (snippets, links) of many records stored back to back in one byte buffer, so that a
/// million records cost their bytes and no allocation each (a Swift string of more than 15 bytes is
/// its own heap object, ~100 bytes for an 80-character snippet).
struct TextArena: Sendable {
    /// Where one text lies in the arena; ``none`` for a missing text.
    struct Ref: Sendable {
        var start: Int
        var count: Int32
        static let none = Ref(start: 0, count: -1)
    }

    private var bytes: [UInt8] = []

    /// Stores `text` and returns where it lies; nil stores nothing.
    mutating func add(_ text: String?) -> Ref {
        guard let text else { return .none }
        var s = text
        let start = bytes.count
        s.withUTF8 { bytes.append(contentsOf: $0) }
        return Ref(start: start, count: Int32(clamping: bytes.count - start))
    }

    /// The text at `ref`, or nil for ``Ref/none``.
    subscript(ref: Ref) -> String? {
        guard ref.count >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[ref.start..<(ref.start + Int(ref.count))]), as: UTF8.self)
        }
    }
}
