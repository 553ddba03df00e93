import EngageAnalyze
import EngageCore
import Foundation

/// The posts that earned the most genuine engagement, kept as a bounded top list while the analysis
/// table is walked: genuine (or, where nothing could be filtered, unfiltered) replies first, then
/// reposts, then likes; ties go to the newer post, then the smaller id.
public struct BestPosts: Sendable, Hashable {
    /// One post of the list.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var account: String?
        public var createdAt: Date?
        public var url: String?
        /// The excerpt the analysis keeps (first 80 characters).
        public var text: String
        public var postClass: String?
        public var contentKind: String?
        public var replies: Int?
        /// `genuine` or `unfiltered` (see ``Outcome/replies``).
        public var replyMeasure: String?
        public var reposts: Int?
        public var likes: Int?
    }

    /// How many posts the list keeps.
    public let capacity: Int
    /// The posts, best first.
    public private(set) var entries: [Entry] = []

    public init(capacity: Int = 10) {
        self.capacity = max(0, capacity)
    }

    /// Offers a post to the list (posts without any known count are never listed).
    public mutating func offer(_ e: Entry) {
        guard capacity > 0, e.replies != nil || e.reposts != nil || e.likes != nil else { return }
        if entries.count == capacity, let last = entries.last, !Self.before(e, last) { return }
        let at = entries.firstIndex { Self.before(e, $0) } ?? entries.count
        entries.insert(e, at: at)
        if entries.count > capacity { entries.removeLast() }
    }

    static func before(_ a: Entry, _ b: Entry) -> Bool {
        let ka = [a.replies ?? -1, a.reposts ?? -1, a.likes ?? -1], kb = [b.replies ?? -1, b.reposts ?? -1, b.likes ?? -1]
        if ka != kb { return ka.lexicographicallyPrecedes(kb, by: >) }
        let da = a.createdAt ?? .distantPast, db = b.createdAt ?? .distantPast
        if da != db { return da > db }
        return a.id < b.id
    }
}
