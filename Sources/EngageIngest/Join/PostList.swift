import EngageCore

/// The records of a ``Corpus`` in first-seen order, stored in fixed-size chunks: growing never copies
/// the whole list, so a million posts cost the posts themselves and not twice their size at a
/// reallocation.
public struct PostList: RandomAccessCollection, Sendable {
    static let chunkShift = 14
    static let chunkSize = 1 << chunkShift
    static let mask = chunkSize - 1

    private var chunks: [[Post]] = []
    /// Number of records.
    public private(set) var count = 0

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// The record at `i`.
    public subscript(i: Int) -> Post {
        _read { yield chunks[i >> Self.chunkShift][i & Self.mask] }
    }

    mutating func append(_ post: Post) {
        if count & Self.mask == 0 {
            var chunk: [Post] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(post)
        count += 1
    }

    /// Changes the record at `i` in place.
    mutating func update(_ i: Int, _ body: (inout Post) -> Void) {
        body(&chunks[i >> Self.chunkShift][i & Self.mask])
    }
}
