/// Every input format engage reads, with its stable report name.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// X/Twitter "Download your data" archive (zip, folder or a lone tweets file), 2018 onwards.
    case xArchive = "x-archive"
    /// Classic Twitter archive, 2012–2019: `tweets.csv` and/or Grailbird `data/js/tweets/*.js`.
    case xClassicArchive = "x-classic-archive"
    /// X API v2 response pages or twarc2 JSONL (paged or flattened).
    case xAPIv2 = "x-api-v2"
    /// X API v1.1 statuses (array or JSON Lines).
    case xAPIv1 = "x-api-v1.1"
    /// snscrape JSON Lines.
    case snscrape = "snscrape"
    /// X Analytics tweet-activity CSV export.
    case xAnalyticsCSV = "x-analytics-csv"
    /// Any CSV of posts with a header naming text, date, id/url, author and counts.
    case csv = "csv"
    /// Mastodon account archive (outbox.json, actor.json; zip, tar.gz or folder).
    case mastodonArchive = "mastodon-archive"
    /// Mastodon API JSON (statuses, `statuses/:id/context`).
    case mastodonAPI = "mastodon-api"
    /// WordPress WXR export (1.0, 1.1, 1.2).
    case wordpressWXR = "wordpress-wxr"
    /// Blogger classic "Back up content" Atom export.
    case bloggerClassic = "blogger-classic"
    /// Blogger export from Google Takeout (`feed.atom`).
    case bloggerTakeout = "blogger-takeout"
    /// Ghost JSON export.
    case ghost = "ghost"
    /// Medium export (`posts/*.html`).
    case medium = "medium"
    /// Disqus XML export.
    case disqus = "disqus"
    /// RSS 2.0 feed.
    case rss = "rss"
    /// Atom feed.
    case atom = "atom"
    /// A saved HTML blog page with its comments.
    case htmlPage = "html-page"
}
