import EngageCore

/// The owner as `account.js` and `profile.js` describe it. `account.js` also holds the e-mail
/// address and other personal data: only the id, handle, name and creation date are kept.
enum XAccountFiles {
    /// `[ { "account" : { "username", "accountId", "accountDisplayName", "createdAt", … } } ]`.
    static func account(_ value: JSONValue) -> Account? {
        for item in value.array {
            guard let a = item["account"] else { continue }
            let account = Account(platform: .x, id: nonEmpty(a["accountId"]?.string), handle: nonEmpty(a["username"]?.string),
                                  name: nonEmpty(a["accountDisplayName"]?.string),
                                  createdAt: a["createdAt"]?.string.flatMap(DateParser.parse))
            if account.id != nil || account.handle != nil { return account }
        }
        return nil
    }

    /// `[ { "profile" : { "description" : { "bio", "website", "location" }, "avatarMediaUrl" } } ]`.
    static func profile(_ value: JSONValue) -> Account? {
        for item in value.array {
            guard let p = item["profile"] else { continue }
            let d = p["description"]
            let avatar = p["avatarMediaUrl"]?.string
            return Account(platform: .x, description: nonEmpty(d?["bio"]?.string), url: nonEmpty(d?["website"]?.string),
                           location: nonEmpty(d?["location"]?.string),
                           defaultProfileImage: avatar.map { $0.isEmpty || $0.contains("default_profile_images") })
        }
        return nil
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}
