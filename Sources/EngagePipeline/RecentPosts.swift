import EngageCore

/// The most recent feed posts of a stream, by id, up to a fixed number: the parents a streamed reply
/// is most likely to answer, in bounded memory.
struct RecentPosts {
    private var byId: [String: Post] = [:]
    private var order: [String] = []
    private var next = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(0, capacity)
        order.reserveCapacity(min(self.capacity, 1 << 16))
    }

    mutating func add(_ post: Post) {
        guard capacity > 0, byId[post.id] == nil else { return }
        if order.count < capacity {
            order.append(post.id)
        } else {
            byId[order[next]] = nil
            order[next] = post.id
            next = (next + 1) % capacity
        }
        byId[post.id] = post
    }

    subscript(id: String) -> Post? { byId[id] }
}
