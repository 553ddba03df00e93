/// A media attachment of a post.
public struct Media: Sendable, Hashable, Codable {
    /// The kind of attachment.
    public enum Kind: String, Sendable, Hashable, Codable {
        case photo, video, gif, audio, other
    }

    /// Photo, video, GIF, audio or other.
    public var kind: Kind
    /// Where the media is (a URL, or a path inside an archive).
    public var url: String?
    /// Alt text, when the source has it.
    public var altText: String?

    /// Creates a media attachment.
    public init(kind: Kind, url: String? = nil, altText: String? = nil) {
        self.kind = kind
        self.url = url
        self.altText = altText
    }
}
