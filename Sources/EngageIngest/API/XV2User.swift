import EngageCore
import Foundation

/// A user object of X API v2 (`includes.users[]`, a flattened tweet's `author`, a users lookup's
/// `data[]`). Every field is optional: what a capture holds depends on the request's `user.fields`.
struct XV2User {
    var id: String?
    var username: String?
    var name: String?
    var createdAt: String?
    var description: String?
    var location: String?
    var url: String?
    var expandedURL: String?
    var verified: Bool?
    var protected: Bool?
    var profileImageURL: String?
    var followers: Int?
    var following: Int?
    var tweets: Int?
    var listed: Int?
    var likes: Int?

    /// Reads one user object; `light` (the survey pass) keeps the id, username and name only.
    static func parse(_ c: inout JSONCursor, light: Bool = false) throws -> XV2User {
        var u = XV2User()
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "id" { u.id = try c.readScalarText() }
            else if k == "username" { u.username = try c.readScalarText() }
            else if k == "name" { u.name = try c.readScalarText() }
            else if light { try c.skipValue() }
            else if k == "created_at" { u.createdAt = try c.readScalarText() }
            else if k == "description" { u.description = try c.readScalarText() }
            else if k == "location" { u.location = try c.readScalarText() }
            else if k == "url" { u.url = try c.readScalarText() }
            else if k == "verified" { u.verified = try c.readLenientBool() }
            else if k == "protected" { u.protected = try c.readLenientBool() }
            else if k == "profile_image_url" { u.profileImageURL = try c.readScalarText() }
            else if k == "public_metrics" {
                try JSONScan.members(&c) { c, mk in
                    if mk == "followers_count" { u.followers = try c.readLenientInt() }
                    else if mk == "following_count" { u.following = try c.readLenientInt() }
                    else if mk == "tweet_count" { u.tweets = try c.readLenientInt() }
                    else if mk == "listed_count" { u.listed = try c.readLenientInt() }
                    else if mk == "like_count" { u.likes = try c.readLenientInt() }
                    else { return false }
                    return true
                }
            } else if k == "entities" {
                u.expandedURL = try XProfileURL.read(&c)
            } else {
                try c.skipValue()
            }
        }
        return u
    }

    /// The author reference posts carry.
    var ref: AuthorRef { AuthorRef(id: id, handle: username, name: name) }

    /// The account, with counts read at `asOf`.
    func account(asOf: Date?) -> Account {
        let site = expandedURL ?? url
        return Account(platform: .x, id: id, handle: username, name: name, followers: followers, following: following,
                       posts: tweets, likes: likes, listed: listed, createdAt: createdAt.flatMap(DateParser.parse),
                       description: description, url: (site?.isEmpty ?? true) ? nil : site,
                       location: (location?.isEmpty ?? true) ? nil : location, verified: verified, protected: protected,
                       defaultProfileImage: profileImageURL.map { $0.contains("default_profile_images") }, asOf: asOf)
    }
}
