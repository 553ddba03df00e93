import EngageCore
import EngageXML
import Foundation

/// The account of a Mastodon export (`actor.json`, an ActivityPub `Person`), and the conventions
/// that name Mastodon accounts: actor URI `https://host/users/name`, profile `https://host/@name`,
/// handle `name@host`.
struct MastodonActor {
    var id: String?
    var preferredUsername: String?
    var name: String?
    var summary: String?
    var url: String?
    var published: String?
    var locked: Bool?
    var discoverable: Bool?

    /// Reads `actor.json`.
    init(_ value: JSONValue) {
        id = value["id"]?.string
        preferredUsername = value["preferredUsername"]?.string
        name = value["name"]?.string
        summary = value["summary"]?.string
        url = value["url"]?.string
        published = value["published"]?.string
        locked = value["manuallyApprovesFollowers"]?.bool
        discoverable = value["discoverable"]?.bool
    }

    /// `name@host`.
    var handle: String? {
        guard let user = preferredUsername ?? id.flatMap(Self.username(ofActor:)) else { return nil }
        guard let host = (id ?? url).flatMap(Self.host(of:)) else { return user }
        return "\(user)@\(host)"
    }

    /// The owner's account (Mastodon exports carry no follower counts: only collection URLs).
    var account: Account {
        Account(platform: .mastodon, id: id, handle: handle, name: (name?.isEmpty ?? true) ? nil : name,
                createdAt: published.flatMap(DateParser.parse),
                description: summary.map { HTMLText.plainText(fromHTML: $0) }, url: url, protected: locked)
    }

    /// The host of a URL (`https://social.example/users/a` → `social.example`).
    static func host(of url: String) -> String? {
        guard let r = url.range(of: "://") else { return nil }
        let rest = url[r.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host).lowercased()
    }

    /// The user of an actor or status URI: `https://host/users/name(/statuses/…)` → `name`.
    static func username(ofActor url: String) -> String? {
        guard let r = url.range(of: "/users/") else { return nil }
        let name = url[r.upperBound...].prefix { $0 != "/" }
        return name.isEmpty ? nil : String(name)
    }

    /// The actor URI of a status URI: `https://host/users/name/statuses/1` → `https://host/users/name`.
    static func actor(ofStatus uri: String) -> String? {
        guard let r = uri.range(of: "/statuses/"), uri[..<r.lowerBound].contains("/users/") else { return nil }
        return String(uri[..<r.lowerBound])
    }

    /// The actor URI behind a Mastodon profile URL: `https://host/@name` → `https://host/users/name`.
    static func actor(ofProfile url: String) -> String? {
        guard let host = host(of: url), let r = url.range(of: "/@") else { return nil }
        let name = url[r.upperBound...].prefix { $0 != "/" && $0 != "@" }
        guard !name.isEmpty, !url[r.upperBound...].dropFirst(name.count).contains("/") else { return nil }
        return "https://\(host)/users/\(name)"
    }
}
