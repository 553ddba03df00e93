/// Who may see a Mastodon status: from the ActivityPub audience (`to`/`cc`) or the API's
/// `visibility`.
enum MastodonVisibility: String {
    /// The Public collection in `to`.
    case `public`
    /// The Public collection in `cc`: public, not on public timelines.
    case unlisted
    /// Only the followers collection: restricted.
    case followersOnly = "private"
    /// Only named accounts: a direct message, not public content.
    case direct

    static let publicCollection = "https://www.w3.org/ns/activitystreams#Public"

    /// From an activity's audience.
    init(to: [String], cc: [String]) {
        func isPublic(_ s: String) -> Bool { s == Self.publicCollection || s == "as:Public" || s == "Public" }
        if to.contains(where: isPublic) {
            self = .public
        } else if cc.contains(where: isPublic) {
            self = .unlisted
        } else if (to + cc).contains(where: { $0.hasSuffix("/followers") }) {
            self = .followersOnly
        } else {
            self = .direct
        }
    }

    /// From the API's `visibility` (`public`, `unlisted`, `private`, `direct`); unknown values are public.
    init(api: String?) {
        self = api.flatMap(MastodonVisibility.init(rawValue:)) ?? .public
    }
}
