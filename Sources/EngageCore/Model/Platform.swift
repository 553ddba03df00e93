/// The service a post or account lives on.
public enum Platform: String, Sendable, Hashable, Codable, CaseIterable {
    /// X, formerly Twitter: archives, API v1.1/v2, scrapers, analytics CSV.
    case x
    /// Mastodon and other ActivityPub servers.
    case mastodon
    /// Bluesky (AT Protocol).
    case bluesky
    /// A WordPress blog (WXR export or a saved page).
    case wordpress
    /// A Blogger blog (classic export or Takeout).
    case blogger
    /// A Ghost blog (JSON export).
    case ghost
    /// Medium (export or feed).
    case medium
    /// Disqus comment threads.
    case disqus
    /// Any other web source: RSS/Atom feeds, saved pages of other blog engines.
    case web
}
