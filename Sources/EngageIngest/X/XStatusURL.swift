/// Links to X/Twitter posts: `https://twitter.com/<user>/status/<id>` and its variants (`x.com`,
/// `mobile.`/`www.` hosts, `/statuses/`, `/i/web/status/`, query strings, trailing paths such as
/// `/photo/1`). A quote post shows up in archives only as such a link (FORMATS.md §1.2).
public enum XStatusURL {
    /// The handle (nil for `/i/web/status/`) and id a status URL points at, or nil.
    public static func parse(_ url: String) -> (handle: String?, id: String)? {
        // Every status URL holds `/status`: most links are ruled out by one byte search.
        guard containsStatus(url) else { return nil }
        var s = Substring(url)
        if s.hasPrefix("https://") { s = s.dropFirst(8) } else if s.hasPrefix("http://") { s = s.dropFirst(7) } else { return nil }
        let slash = s.firstIndex(of: "/") ?? s.endIndex
        var host = s[s.startIndex..<slash].lowercased()
        for p in ["www.", "mobile.", "m."] where host.hasPrefix(p) { host = String(host.dropFirst(p.count)) }
        guard host == "twitter.com" || host == "x.com" else { return nil }
        let path = s[slash...].split(separator: "?", maxSplits: 1).first ?? ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 3 else { return nil }
        let handle: String?
        if parts[0] == "i", parts.count >= 4, parts[1] == "web", parts[2] == "status" {
            handle = nil
            return digits(parts[3]).map { (handle, $0) }
        }
        guard parts[1] == "status" || parts[1] == "statuses" else { return nil }
        handle = String(parts[0])
        return digits(parts[2]).map { (handle, $0) }
    }

    private static func digits(_ s: Substring) -> String? {
        let d = s.prefix(while: { $0.isASCII && $0.isNumber })
        return d.isEmpty ? nil : String(d)
    }

    private static func containsStatus(_ url: String) -> Bool {
        let needle: [UInt8] = Array("/status".utf8)
        var matched = 0
        for b in url.utf8 {
            if b == needle[matched] {
                matched += 1
                if matched == needle.count { return true }
            } else {
                matched = b == needle[0] ? 1 : 0
            }
        }
        return false
    }
}
