import EngageCore
import Foundation

/// Reads an account from a JSON object (a JSONL line, a CSV row, a rule example) using X API v1.1 user
/// field names (`followers_count`, `friends_count`, `statuses_count`, `favourites_count`, `listed_count`,
/// `created_at`, `default_profile`, `default_profile_image`, `description`, `url`, `verified`,
/// `screen_name`), API v2 names (`username`, `public_metrics.following_count`, `tweet_count`,
/// `like_count`, a default `profile_image_url`) or engage's own (`followers`, `following`, `posts`,
/// `likes`, `listed`, `handle`). `as_of` says when the counts were read. Booleans may be written
/// `true`/`True`/`1`. Numbers may be strings.
public enum AccountRecord {
    /// The account an object describes (unknown fields stay nil).
    public static func account(from v: JSONValue, platform: Platform = .x) -> Account {
        let metrics = v["public_metrics"]
        func int(_ names: String...) -> Int? {
            for n in names {
                if let x = v[n]?.int ?? metrics?[n]?.int { return x }
                if let d = v[n]?.double ?? metrics?[n]?.double, d.isFinite { return Int(d) }
            }
            return nil
        }
        func string(_ names: String...) -> String? {
            for n in names { if let s = v[n]?.string, !(v[n]?.isNull ?? true) { return s } }
            return nil
        }
        func bool(_ names: String...) -> Bool? {
            for n in names {
                guard let x = v[n] else { continue }
                if let b = x.bool { return b }
                switch x.string?.lowercased() {
                case "true", "1", "yes": return true
                case "false", "0", "no": return false
                default: continue
                }
            }
            return nil
        }
        var defaultImage = bool("default_profile_image")
        if defaultImage == nil, let image = string("profile_image_url", "profile_image_url_https") {
            defaultImage = image.contains("default_profile_images")
        }
        return Account(
            platform: platform,
            id: string("id_str", "id"),
            handle: string("screen_name", "username", "handle"),
            name: string("name"),
            followers: int("followers_count", "followers"),
            following: int("friends_count", "following_count", "following"),
            posts: int("statuses_count", "tweet_count", "posts"),
            likes: int("favourites_count", "like_count", "likes"),
            listed: int("listed_count", "listed"),
            createdAt: string("created_at").flatMap(DateParser.parse),
            description: string("description"),
            url: string("url"),
            location: string("location"),
            verified: bool("verified"),
            protected: bool("protected"),
            defaultProfile: bool("default_profile"),
            defaultProfileImage: defaultImage,
            asOf: string("as_of", "asOf").flatMap(DateParser.parse))
    }
}
