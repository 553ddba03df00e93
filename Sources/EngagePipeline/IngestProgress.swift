import Foundation

/// How far an audit has got, for a progress display: bytes read of the inputs' size on disk, posts
/// seen, and the phase.
public struct IngestProgress: Sendable, Hashable {
    /// What the pipeline is doing.
    public enum Phase: String, Sendable, Hashable {
        /// Reading, parsing and classifying the inputs.
        case reading
        /// Joining several inputs (one record per post, replies to their posts).
        case joining
        /// Classifying replies with their parents and authors.
        case replies
        /// The statistics (bootstrap, models).
        case analysing
        /// Finished.
        case done
    }

    public var phase: Phase
    /// Bytes read from disk so far (as the operating system counts them; nil where it does not say).
    public var bytesRead: Int?
    /// The inputs' size on disk (files, or every file under a folder).
    public var totalBytes: Int?
    /// Records (posts, replies, comments) read so far.
    public var posts: Int
    /// Seconds since the run started.
    public var elapsed: Double

    public init(phase: Phase, bytesRead: Int?, totalBytes: Int?, posts: Int, elapsed: Double) {
        self.phase = phase
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.posts = posts
        self.elapsed = elapsed
    }

    /// Records per second so far.
    public var postsPerSecond: Double { elapsed > 0 ? Double(posts) / elapsed : 0 }

    /// The fraction done (0…1) when both byte figures are known.
    public var fraction: Double? {
        guard let bytesRead, let totalBytes, totalBytes > 0 else { return nil }
        return min(1, max(0, Double(bytesRead) / Double(totalBytes)))
    }
}
