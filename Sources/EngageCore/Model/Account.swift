import Foundation

/// A profile as a source describes it. Everything is optional: sources differ widely in what they
/// carry (an archive owner has a handle and an id; an API reply author has counts and a bio).
///
/// Field names follow X API v1.1 meanings: `followers` = followers_count, `following` = friends_count,
/// `posts` = statuses_count, `likes` = favourites_count, `listed` = listed_count.
public struct Account: Sendable, Hashable, Codable {
    public var platform: Platform
    public var id: String?
    public var handle: String?
    public var name: String?
    public var followers: Int?
    public var following: Int?
    public var posts: Int?
    public var likes: Int?
    public var listed: Int?
    public var createdAt: Date?
    public var description: String?
    public var url: String?
    public var location: String?
    public var verified: Bool?
    public var protected: Bool?
    /// The profile still has the platform's default theme (v1.1 `default_profile`).
    public var defaultProfile: Bool?
    /// The profile has no own avatar (v1.1 `default_profile_image`, or a default avatar URL).
    public var defaultProfileImage: Bool?
    /// When the counts were read.
    public var asOf: Date?

    /// Creates an account; everything but the platform defaults to unknown.
    public init(platform: Platform, id: String? = nil, handle: String? = nil, name: String? = nil,
                followers: Int? = nil, following: Int? = nil, posts: Int? = nil, likes: Int? = nil,
                listed: Int? = nil, createdAt: Date? = nil, description: String? = nil, url: String? = nil,
                location: String? = nil, verified: Bool? = nil, protected: Bool? = nil,
                defaultProfile: Bool? = nil, defaultProfileImage: Bool? = nil, asOf: Date? = nil) {
        self.platform = platform
        self.id = id
        self.handle = handle
        self.name = name
        self.followers = followers
        self.following = following
        self.posts = posts
        self.likes = likes
        self.listed = listed
        self.createdAt = createdAt
        self.description = description
        self.url = url
        self.location = location
        self.verified = verified
        self.protected = protected
        self.defaultProfile = defaultProfile
        self.defaultProfileImage = defaultProfileImage
        self.asOf = asOf
    }

    /// A reference to this account as a post author.
    public var ref: AuthorRef { AuthorRef(id: id, handle: handle, name: name, url: url) }

    /// Fills what this account does not know from another reading of the same account; where both
    /// know a value, the newer reading (by `asOf`) wins.
    public func merged(with other: Account) -> Account {
        let selfNewer: Bool
        switch (asOf, other.asOf) {
        case let (a?, b?): selfNewer = a >= b
        case (nil, _?): selfNewer = false
        default: selfNewer = true
        }
        let (n, o) = selfNewer ? (self, other) : (other, self)
        return Account(platform: n.platform, id: n.id ?? o.id, handle: n.handle ?? o.handle, name: n.name ?? o.name,
                       followers: n.followers ?? o.followers, following: n.following ?? o.following,
                       posts: n.posts ?? o.posts, likes: n.likes ?? o.likes, listed: n.listed ?? o.listed,
                       createdAt: n.createdAt ?? o.createdAt, description: n.description ?? o.description,
                       url: n.url ?? o.url, location: n.location ?? o.location, verified: n.verified ?? o.verified,
                       protected: n.protected ?? o.protected, defaultProfile: n.defaultProfile ?? o.defaultProfile,
                       defaultProfileImage: n.defaultProfileImage ?? o.defaultProfileImage, asOf: n.asOf ?? o.asOf)
    }
}
