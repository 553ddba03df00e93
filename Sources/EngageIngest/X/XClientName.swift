import EngageCore

/// The client name from X's `source` field, which is an HTML anchor
/// (`<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>`) in archives and v1.1,
/// and plain text in API v2.
public enum XClientName {
    /// The anchor's text, HTML-unescaped; plain text as is; nil for empty input.
    public static func from(_ source: String?) -> String? {
        guard let source, !source.isEmpty else { return nil }
        guard source.hasPrefix("<"), let gt = source.firstIndex(of: ">") else { return HTMLEntities.decode(source) }
        let rest = source[source.index(after: gt)...]
        let end = rest.range(of: "</a>")?.lowerBound ?? rest.endIndex
        let name = HTMLEntities.decode(String(rest[rest.startIndex..<end]))
        return name.isEmpty ? nil : name
    }
}
