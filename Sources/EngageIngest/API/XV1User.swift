import EngageCore
import Foundation

/// The `user` object of an X API v1.1 status.
struct XV1User {
    var id: String?
    var screenName: String?
    var name: String?
    var followers: Int?
    var following: Int?
    var statuses: Int?
    var favourites: Int?
    var listed: Int?
    var createdAt: String?
    var description: String?
    var url: String?
    var expandedURL: String?
    var location: String?
    var verified: Bool?
    var protected: Bool?
    var defaultProfile: Bool?
    var defaultProfileImage: Bool?

    /// Reads one user object (`id_str` wins over a numeric `id`).
    static func parse(_ c: inout JSONCursor) throws -> XV1User {
        var u = XV1User()
        var numericId: String?
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "id_str" { u.id = try c.readScalarText() }
            else if k == "id" { numericId = try c.readScalarText() }
            else if k == "screen_name" { u.screenName = try c.readScalarText() }
            else if k == "name" { u.name = try c.readScalarText() }
            else if k == "followers_count" { u.followers = try c.readLenientInt() }
            else if k == "friends_count" { u.following = try c.readLenientInt() }
            else if k == "statuses_count" { u.statuses = try c.readLenientInt() }
            else if k == "favourites_count" { u.favourites = try c.readLenientInt() }
            else if k == "listed_count" { u.listed = try c.readLenientInt() }
            else if k == "created_at" { u.createdAt = try c.readScalarText() }
            else if k == "description" { u.description = try c.readScalarText() }
            else if k == "url" { u.url = try c.readScalarText() }
            else if k == "location" { u.location = try c.readScalarText() }
            else if k == "verified" { u.verified = try c.readLenientBool() }
            else if k == "protected" { u.protected = try c.readLenientBool() }
            else if k == "default_profile" { u.defaultProfile = try c.readLenientBool() }
            else if k == "default_profile_image" { u.defaultProfileImage = try c.readLenientBool() }
            else if k == "entities" { u.expandedURL = try XProfileURL.read(&c) }
            else { try c.skipValue() }
        }
        if u.id == nil { u.id = numericId }
        return u
    }

    /// The author reference posts carry.
    var ref: AuthorRef { AuthorRef(id: id, handle: screenName, name: name) }

    /// The account, with counts read at `asOf`.
    func account(asOf: Date?) -> Account {
        let site = expandedURL ?? url
        return Account(platform: .x, id: id, handle: screenName, name: name, followers: followers, following: following,
                       posts: statuses, likes: favourites, listed: listed, createdAt: createdAt.flatMap(DateParser.parse),
                       description: description, url: (site?.isEmpty ?? true) ? nil : site,
                       location: (location?.isEmpty ?? true) ? nil : location, verified: verified, protected: protected,
                       defaultProfile: defaultProfile, defaultProfileImage: defaultProfileImage, asOf: asOf)
    }
}
