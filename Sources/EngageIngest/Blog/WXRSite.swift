import EngageCore
import EngageXML

/// What the channel of a WordPress export says about the blog: its address (which scopes record ids),
/// title, language, version, and its authors (to recognise their own comments). Authors' e-mail
/// addresses are kept only to match comments and never leave this type.
struct WXRSite {
    /// A blog author as `wp:author` lists it.
    struct Author {
        var id: String?
        var login: String?
        var email: String?
        var displayName: String?
    }

    var title: String?
    var link: String? { didSet { host = BlogText.host(baseBlogURL) ?? BlogText.host(link) } }
    var baseBlogURL: String? { didSet { host = BlogText.host(baseBlogURL) ?? BlogText.host(link) } }
    var language: String?
    var wxrVersion: String?
    /// The namespace URI version of the first `wp:` element (1.0, 1.1, 1.2), when `wxr_version` is absent.
    var namespaceVersion: String?
    var generator: String?
    private(set) var authors: [Author] = []

    /// The host that scopes ids (`blog.example.com`): from `wp:base_blog_url`, else the channel link.
    private(set) var host: String?

    /// The id of a post: `<host>/<post_id>`, or the bare id when the export names no site.
    func postID(_ id: String) -> String { host.map { "\($0)/\(id)" } ?? id }

    /// The id of a comment: `<host>/comment-<comment_id>` (comment ids are unique per site, and the same
    /// id a saved page of the site gives its `li#comment-N`).
    func commentID(_ id: String) -> String { host.map { "\($0)/comment-\(id)" } ?? "comment-\(id)" }

    /// Reads a channel-level element (title, link, language, `wp:*` site fields, `wp:author`).
    mutating func read(_ node: MarkupNode) {
        switch WXRName(node) {
        case .rss("title"): title = title ?? BlogText.name(node.text)
        case .rss("link"): link = link ?? BlogText.value(node.text)
        case .rss("language"): language = language ?? BlogText.value(node.text)
        case .rss("generator"): generator = generator ?? BlogText.value(node.text)
        case .wp("base_blog_url"): baseBlogURL = BlogText.value(node.text)
        case .wp("wxr_version"): wxrVersion = BlogText.value(node.text)
        case .wp("author"): addAuthor(node)
        default: break
        }
        noteNamespace(node)
    }

    /// Remembers the export version named by the `wp` namespace URI.
    mutating func noteNamespace(_ node: MarkupNode) {
        guard namespaceVersion == nil, let uri = node.namespaceURI, WXRName.wordpressNamespace(uri) == .main else { return }
        namespaceVersion = uri.split(separator: "/").last.map(String.init)
    }

    mutating func addAuthor(_ node: MarkupNode) {
        var a = Author()
        node.forEachElement { e in
            switch WXRName(e) {
            case .wp("author_id"): a.id = BlogText.value(e.text)
            case .wp("author_login"): a.login = BlogText.name(e.text)
            case .wp("author_email"): a.email = BlogText.value(e.text)?.lowercased()
            case .wp("author_display_name"): a.displayName = BlogText.name(e.text)
            default: break
            }
        }
        guard a.login != nil || a.email != nil || a.id != nil else { return }
        if !authors.contains(where: { $0.login == a.login && $0.email == a.email && $0.id == a.id }) { authors.append(a) }
    }

    /// The display name of the author with this login (posts name their author by login).
    func displayName(login: String?) -> String? {
        guard let login else { return nil }
        return authors.first { $0.login == login }?.displayName
    }

    /// True when a comment was written by one of the blog's authors: a registered user id that is an
    /// author's id, an e-mail equal to an author's, or the author's display name or login.
    func isAuthor(userID: String?, email: String?, name: String?) -> Bool {
        if let userID, userID != "0", authors.contains(where: { $0.id == userID }) { return true }
        if let email = email?.lowercased(), !email.isEmpty, authors.contains(where: { $0.email == email }) { return true }
        if let name = name?.lowercased(), !name.isEmpty,
           authors.contains(where: { $0.displayName?.lowercased() == name || $0.login?.lowercased() == name }) {
            return true
        }
        return false
    }

    /// The owner account: the blog itself.
    var owner: Account? {
        guard title != nil || link != nil || host != nil else { return nil }
        return Account(platform: .wordpress, handle: host, name: title, url: baseBlogURL ?? link)
    }

    /// `WXR 1.2`, with `WordPress.com` when the generator says so.
    var variant: String? {
        var v = (wxrVersion ?? namespaceVersion).map { "WXR \($0)" }
        if generator?.contains("wordpress.com") == true || generator?.contains("WordPress.com") == true {
            v = (v ?? "WXR") + ", WordPress.com"
        }
        return v
    }
}
