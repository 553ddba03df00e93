import EngageCore

/// Streams the tweet objects of one data file (`window.YTD.tweets.part0 = […]` and its kin) in three
/// overlapping stages: one thread reads ahead, one scans tweet objects (``XTweetObject``), and the
/// calling thread receives them in file order in batches. Memory stays bounded by a few chunks and
/// batches whatever the file size.
enum XTweetStream {
    /// Tweets per batch handed across threads.
    static let batchSize = 256

    private enum Message {
        case tweets([(XTweetObject, Int)])
        case end(String?)
    }

    /// Calls `body` with every tweet object and the byte offset where it starts, in order; returns the
    /// file's assignment target (`window.YTD.tweets.part0`).
    ///
    /// - Throws: `unknown-prefix` or `malformed-json` (with the byte offset) after the tweets before
    ///   the problem have been handed to `body`; whatever `body` throws.
    static func read(_ source: ByteSource, body: (XTweetObject, Int) throws -> Void) throws -> String? {
        let ahead = PrefetchingByteSource(base: source)
        var global: String?
        try BackgroundProducer.run(depth: 8, produce: { (send: (Message) throws -> Void) in
            var clients = XClientCache()
            var batch: [(XTweetObject, Int)] = []
            batch.reserveCapacity(batchSize)
            let name: String?
            do {
                name = try JSONArrayStream.read(ahead, prefix: .assignment) { c, offset in
                    let t = try XTweetObject.scan(&c, clients: &clients)
                    batch.append((t, offset))
                    if batch.count >= batchSize {
                        try send(.tweets(batch))
                        batch = []
                        batch.reserveCapacity(batchSize)
                    }
                }
            } catch let error as EngageError {
                // The tweets before the problem are delivered first.
                if !batch.isEmpty { try send(.tweets(batch)) }
                throw error
            }
            if !batch.isEmpty { try send(.tweets(batch)) }
            try send(.end(name))
        }, consume: { message in
            switch message {
            case .tweets(let batch): for (t, offset) in batch { try body(t, offset) }
            case .end(let name): global = name
            }
        })
        return global
    }
}
