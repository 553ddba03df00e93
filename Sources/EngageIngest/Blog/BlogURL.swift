import Foundation

/// Normal forms of blog addresses, so that the same article reached as `http://www.blog.example.com/a/`
/// and `https://blog.example.com/a?utm_source=x` is one record.
enum BlogURL {
    /// `host/path` in lower-case host without `www.`, without scheme, query, fragment or trailing
    /// slash; nil when `url` has no host.
    static func normalized(_ url: String?) -> String? {
        guard let url = BlogText.value(url), var comps = URLComponents(string: url), let host = BlogText.host(url) else {
            return nil
        }
        comps.query = nil
        comps.fragment = nil
        var path = comps.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        return host + path
    }

    /// The WordPress comment number in a `…#comment-7` address.
    static func commentNumber(_ url: String?) -> String? {
        guard let url, let r = url.range(of: "#comment-") else { return nil }
        let n = url[r.upperBound...].prefix(while: \.isNumber)
        return n.isEmpty ? nil : String(n)
    }

    /// The `p` query parameter of a WordPress shortlink (`https://blog.example.com/?p=42` → `42`).
    static func queryPostID(_ url: String?) -> String? {
        guard let url, let items = URLComponents(string: url)?.queryItems,
              let p = items.first(where: { $0.name == "p" })?.value, !p.isEmpty, p.allSatisfy(\.isNumber) else { return nil }
        return p
    }
}
