import EngageCore
import EngageXML
import Foundation

/// A Medium export (zip or folder with `posts/*.html` and `profile/profile.html`), or a single story
/// file. Every story is the owner's; drafts are flagged `draft`, likely responses (the owner's comments
/// elsewhere, exported as stories) `possibleResponse`. Medium exports carry no claps, no responses by
/// others and no views. The profile's e-mail addresses are never read.
enum MediumReader: SourceReader {
    static var format: SourceFormat { .medium }

    static func recognizes(_ input: InputContainer) -> Bool { !stories(input).isEmpty }

    /// The story files: every `.html` entry that looks like a Medium story (in `posts/` for an export).
    static func stories(_ input: InputContainer) -> [String] {
        let html = input.entries(named: { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") })
        let inPosts = html.filter { $0.hasPrefix("posts/") || $0.contains("/posts/") }
        let candidates = inPosts.isEmpty ? html : inPosts
        return candidates.filter { MediumStory.looksLikeStory(input.sniff($0, count: 16_384)) }
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        var info = SourceInfo(path: input.path, format: format, variant: input.kind == .file ? "single story" : "export")
        info.owner = profile(input)
        var drafts = 0, responses = 0
        for entry in stories(input) {
            let name = input.displayName(entry)
            let fileName = (entry as NSString).lastPathComponent
            do {
                let story = try MediumStory(try input.read(entry), fileName: fileName, name: name)
                var flags: PostFlags = []
                if story.isDraft {
                    flags.insert(.draft)
                    drafts += 1
                }
                if story.looksLikeResponse {
                    flags.insert(.possibleResponse)
                    responses += 1
                }
                if story.published == nil, !story.isDraft { flags.insert(.dateApproximate) }
                let handle = story.authorURL.flatMap(handleFromURL) ?? info.owner?.handle
                let post = Post(platform: .medium, id: story.id,
                                author: AuthorRef(handle: handle, name: story.authorName ?? info.owner?.name, url: story.authorURL),
                                createdAt: story.published, text: story.text, title: story.title, kind: .original,
                                url: story.canonical, urls: story.urls, media: story.media, byOwner: true, flags: flags,
                                provenance: Provenance(source: input.path, entry: input.kind == .file ? nil : entry))
                try context.emit(post)
                info.files.append(FileReport(entry: entry, role: "story", records: 1, bytes: input.size(of: entry)))
            } catch let e as EngageError {
                info.files.append(FileReport(entry: entry, role: "story", bytes: input.size(of: entry), status: .failed,
                                             reason: e.reason))
                context.report(Diagnostic(e))
            }
        }
        if drafts > 0 { info.notes.append("\(drafts) drafts counted apart") }
        if responses > 0 {
            info.notes.append("\(responses) short stories look like the owner's responses to other stories (flagged possibleResponse)")
        }
        info.notes.append("Medium exports carry no claps, no responses by others and no views")
        return info
    }

    /// `https://medium.com/@example_user` → `example_user`.
    static func handleFromURL(_ url: String) -> String? {
        guard let at = url.range(of: "/@") else { return nil }
        let rest = url[at.upperBound...].prefix(while: { $0 != "/" && $0 != "?" })
        return rest.isEmpty ? nil : String(rest)
    }

    /// The owner from `profile/profile.html` (handle and display name; e-mail addresses are not read).
    static func profile(_ input: InputContainer) -> Account? {
        guard let entry = input.entries(named: { $0 == "profile.html" }).first,
              let bytes = try? input.read(entry), let doc = try? MarkupDocument.parseHTML(bytes), let root = doc.root
        else { return nil }
        let card = (try? root.xpath("//*[\(XPathQuery.hasClass("h-card"))]"))?.first ?? root
        let name = BlogText.name((try? card.xpath(".//*[\(XPathQuery.hasClass("p-name"))]"))?.first?.readableText())
        let url = (try? card.xpath(".//a[\(XPathQuery.hasClass("u-url"))]"))?.first?.attribute("href")
        return Account(platform: .medium, handle: url.flatMap(handleFromURL), name: name, url: url)
    }
}
