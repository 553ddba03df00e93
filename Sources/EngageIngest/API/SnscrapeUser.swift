import EngageCore
import Foundation

/// A user object of snscrape (`user`, `inReplyToUser`, `mentionedUsers[]`; a `User` or a bare
/// `UserRef`).
struct SnscrapeUser {
    var id: String?
    var username: String?
    var displayname: String?
    var description: String?
    var verified: Bool?
    var created: String?
    var followers: Int?
    var friends: Int?
    var statuses: Int?
    var favourites: Int?
    var listed: Int?
    var location: String?
    var protected: Bool?
    var link: String?
    var profileImageURL: String?

    /// Reads one user object.
    static func parse(_ c: inout JSONCursor) throws -> SnscrapeUser {
        var u = SnscrapeUser()
        var exactId: String?
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "id" { u.id = try c.readScalarText() }
            else if k == "id.str" || k == "idStr" || k == "id_str" { exactId = try c.readScalarText() }
            else if k == "username" { u.username = try c.readScalarText() }
            else if k == "displayname" { u.displayname = try c.readScalarText() }
            else if k == "rawDescription" { u.description = try c.readScalarText() }
            else if k == "description" || k == "renderedDescription", u.description == nil { u.description = try c.readScalarText() }
            else if k == "verified" { u.verified = try c.readLenientBool() }
            else if k == "created" { u.created = try c.readScalarText() }
            else if k == "followersCount" { u.followers = try c.readLenientInt() }
            else if k == "friendsCount" { u.friends = try c.readLenientInt() }
            else if k == "statusesCount" { u.statuses = try c.readLenientInt() }
            else if k == "favouritesCount" { u.favourites = try c.readLenientInt() }
            else if k == "listedCount" { u.listed = try c.readLenientInt() }
            else if k == "location" { u.location = try c.readScalarText() }
            else if k == "protected" { u.protected = try c.readLenientBool() }
            else if k == "linkUrl" { u.link = try c.readScalarText() }
            else if k == "link" {
                try JSONScan.members(&c) { c, lk in
                    guard lk == "url" else { return false }
                    u.link = try c.readScalarText()
                    return true
                }
            } else if k == "profileImageUrl" { u.profileImageURL = try c.readScalarText() }
            else { try c.skipValue() }
        }
        u.id = exactId ?? u.id
        return u
    }

    /// The author reference posts carry.
    var ref: AuthorRef { AuthorRef(id: id, handle: username, name: displayname) }

    /// The account (nil for a bare reference without counts or profile).
    func account(asOf: Date?) -> Account {
        Account(platform: .x, id: id, handle: username, name: displayname, followers: followers, following: friends,
                posts: statuses, likes: favourites, listed: listed, createdAt: created.flatMap(DateParser.parse),
                description: description, url: (link?.isEmpty ?? true) ? nil : link,
                location: (location?.isEmpty ?? true) ? nil : location, verified: verified, protected: protected,
                defaultProfileImage: profileImageURL.map { $0.contains("default_profile_images") }, asOf: asOf)
    }
}
