import EngageCore

/// What a feed says about the site it comes from: the engine (which decides the platform and, for
/// WordPress, ids that match the site's export and saved pages) and the partial-sample note every
/// feed gets.
struct FeedSite {
    var platform: Platform
    var host: String?

    /// Decides the platform from the feed's `generator` and address: WordPress, Blogger and Medium feeds
    /// keep their platform; any other feed is `web`.
    init(generator: String?, link: String?) {
        let g = generator?.lowercased() ?? ""
        host = BlogText.host(link)
        if g.contains("wordpress") {
            platform = .wordpress
        } else if g.contains("blogger") || host?.hasSuffix("blogspot.com") == true {
            platform = .blogger
        } else if g.contains("medium") || host == "medium.com" || host?.hasSuffix(".medium.com") == true {
            platform = .medium
        } else {
            platform = .web
        }
    }

    /// A post's id: for WordPress, `host/<id>` from a `?p=<id>` guid (as in the site's export); else the
    /// guid, else the link.
    func postID(guid: String?, link: String?) -> String? {
        if platform == .wordpress, let host, let n = BlogURL.queryPostID(guid) ?? BlogURL.queryPostID(link) {
            return "\(host)/\(n)"
        }
        // Medium: the story id (as in the owner's export) ends the address.
        if platform == .medium, let url = BlogText.value(guid) ?? BlogText.value(link),
           let last = url.split(separator: "?").first?.split(separator: "/").last?.split(separator: "-").last,
           last.count >= 8, last.allSatisfy(\.isHexDigit) {
            return String(last)
        }
        return BlogText.value(guid) ?? BlogText.value(link)
    }

    /// A WordPress comment's id (`host/comment-7`) and its post's, from a comment-feed item.
    func commentIDs(guid: String?, link: String?) -> (comment: String, post: String?)? {
        guard let n = BlogURL.commentNumber(link) ?? BlogURL.commentNumber(guid) else { return nil }
        let host = self.host ?? BlogText.host(link) ?? BlogText.host(guid)
        let comment = host.map { "\($0)/comment-\(n)" } ?? "comment-\(n)"
        let postURL = (link ?? guid).map { String($0.prefix(while: { $0 != "#" })) }
        let post: String?
        if let p = BlogURL.queryPostID(guid) ?? BlogURL.queryPostID(link), let host {
            post = "\(host)/\(p)"
        } else {
            post = postURL.flatMap(BlogURL.normalized) ?? postURL
        }
        return (comment, post)
    }

    /// The note every feed gets.
    static func partialNote(items: Int) -> String {
        "a feed holds only the latest items (here \(items)): a partial sample, not the whole history"
    }
}
