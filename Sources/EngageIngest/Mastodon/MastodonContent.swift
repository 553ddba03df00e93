import EngageCore
import EngageXML

/// The readable parts of a Mastodon status's HTML `content`: its text (links read whole, the
/// `invisible`/`ellipsis` spans rejoined), the links that are not mentions or hashtags, and the
/// hashtags and mentions written as links.
struct MastodonContent {
    var text: String
    var urls: [String]
    var hashtags: [String]
    var mentions: [String]

    /// Parses `html` (nil or empty gives empty content).
    init(html: String?) {
        guard let html, !html.isEmpty else {
            self.init(text: "", urls: [], hashtags: [], mentions: [])
            return
        }
        let fragment = HTMLText.extract(fromHTML: html)
        var urls: [String] = []
        var tags: [String] = []
        var mentions: [String] = []
        for link in fragment.links {
            let visible = link.text.trimmingCharacters(in: .whitespaces)
            if link.classes.contains("mention") && !link.classes.contains("hashtag") || visible.hasPrefix("@") {
                mentions.append(Self.mention(visible, href: link.href))
            } else if link.classes.contains("hashtag") || link.rel.contains("tag") || visible.hasPrefix("#") {
                tags.append(String(visible.drop { $0 == "#" }))
            } else {
                urls.append(link.href)
            }
        }
        self.init(text: fragment.text, urls: urls, hashtags: tags, mentions: mentions)
    }

    init(text: String, urls: [String], hashtags: [String], mentions: [String]) {
        self.text = text
        self.urls = urls
        self.hashtags = hashtags
        self.mentions = mentions
    }

    /// `user@host` from a mention link's text (`@user`) and target (`https://host/@user`).
    static func mention(_ visible: String, href: String) -> String {
        let name = String(visible.drop { $0 == "@" })
        if name.contains("@") { return name }
        if let host = MastodonActor.host(of: href) { return "\(name)@\(host)" }
        return name
    }
}
