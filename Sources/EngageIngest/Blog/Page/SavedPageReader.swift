import EngageCore
import EngageXML
import Foundation

/// A saved HTML blog page with its comments (or a folder of them): one record for the post body and one
/// per server-rendered comment.
///
/// Comment markup is recognised by family, in order — WordPress themes, the Epoch plugin, Blogger
/// themes, Drupal — with a generic low-confidence fallback. Comments never leak into the body record
/// (their elements are left out, and any body line found in a comment is removed). Comments loaded by
/// JavaScript (Disqus and others) are not in the file: the source notes say so, never "zero comments".
/// When the page shows more comments than the file holds (pagination, lazy loading), the notes say that
/// too; the shown count is the post's platform reply count.
///
/// Ids: on WordPress pages the post is `host/<post id>` and comments `host/comment-N`, the ids the site's
/// export gives; otherwise the post is its canonical address and comments `host/comment-N`.
enum SavedPageReader: SourceReader {
    static var format: SourceFormat { .htmlPage }

    static var families: [CommentFamily.Type] {
        [WordPressCommentFamily.self, EpochCommentFamily.self, BloggerCommentFamily.self, DrupalCommentFamily.self]
    }

    static func recognizes(_ input: InputContainer) -> Bool { !pages(input).isEmpty }

    static func pages(_ input: InputContainer) -> [String] {
        let candidates = input.kind == .file ? input.entries
            : input.entries(named: { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") })
        return candidates.filter { looksLikeHTML(input.sniff($0, count: 4096)) }
    }

    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        if let x = XMLSniff(head), ["rss", "feed", "rdf", "disqus"].contains(x.rootLocalName.lowercased()) { return false }
        let lower = RawBytes(bytes: head.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        return lower.contains("<html") || lower.contains("<!doctype html") || (lower.contains("<head") && lower.contains("<body"))
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        var info = SourceInfo(path: input.path, format: format)
        var families: Set<String> = []
        let entries = pages(input)
        // Pages are independent: a batch is read from the container in order (zip archives are not
        // thread-safe), extracted on every core, and emitted in order.
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        var start = 0
        while start < entries.count {
            let batch = Array(entries[start..<min(entries.count, start + workers * 2)])
            start += batch.count
            var jobs: [PageJob] = []
            for entry in batch {
                do {
                    jobs.append(PageJob(entry: entry, name: input.displayName(entry), bytes: try input.read(entry),
                                        modified: input.modificationDate(of: entry)))
                } catch let e as EngageError where input.kind != .file {
                    jobs.append(PageJob(entry: entry, name: input.displayName(entry), bytes: [], modified: nil, readError: e))
                }
            }
            let source = input.path
            let single = input.kind == .file
            let results = PageJob.run(jobs, workers: workers) { job in
                try extract(job, source: source, entry: single ? nil : job.entry)
            }
            for (job, result) in zip(jobs, results) {
                switch result {
                case .success(let page):
                    for post in page.posts { try context.emit(post) }
                    page.warnings.forEach(context.report)
                    info.notes += single ? page.notes : page.notes.map { "\(job.entry): \($0)" }
                    if !page.family.isEmpty { families.insert(page.family) }
                    info.files.append(FileReport(entry: job.entry, role: "page", records: page.posts.count,
                                                 bytes: job.bytes.count))
                case .failure(let e):
                    if single { throw e }
                    info.files.append(FileReport(entry: job.entry, role: "page", bytes: job.bytes.count, status: .failed,
                                                 reason: e.reason))
                    context.report(Diagnostic(e))
                }
            }
        }
        info.variant = families.isEmpty ? nil : "comments: " + families.sorted().joined(separator: ", ")
        return info
    }

    /// Reads one page into records, notes and warnings (no shared state: pages run in parallel).
    static func extract(_ job: PageJob, source: String, entry entryName: String?) throws -> PageResult {
        let name = job.name
        let bytes = job.bytes
        let doc = try MarkupDocument.parseHTML(bytes, name: name)
        guard let root = doc.root else { throw EngageError(.malformedXML, "the page holds no HTML", file: name) }
        var posts: [Post] = []
        var warnings: [Diagnostic] = []
        // Engine markers (`/wp-content/` in a stylesheet link) sit in the head.
        let raw = RawBytes(bytes: Array(bytes.prefix(65_536)))
        let index = PageIndex(root)
        let meta = PageMetadata(root, index: index, raw: raw)
        var comments: [PageComment] = []
        var family = ""
        for f in familyOrder(for: meta) {
            comments = f.comments(in: root, index: index)
            if !comments.isEmpty {
                family = f.name
                break
            }
        }
        let signals = PageCommentSignals(root, index: index, pageURL: meta.url)
        var notes: [String] = []
        // The fallback runs only when the page may have comments it did not mark up in a known way.
        if comments.isEmpty, signals.javascriptSystem == nil, signals.visibleCount ?? 1 > 0 {
            comments = FallbackCommentFamily.comments(in: root, index: index)
            if !comments.isEmpty {
                family = FallbackCommentFamily.name
                notes.append("comments found by the generic fallback (no known comment markup): low confidence")
            }
        }
        let body = PageBody(root, index: index, comments: comments)
        if body.removedLeaks > 0 {
            warnings.append(Diagnostic(.warning, code: "comment-leak",
                                       "\(body.removedLeaks) lines of comment text were found in the post body and removed", file: name))
        }

        let host = BlogText.host(meta.url)
        let postID: String
        if let host, let n = meta.postNumber, meta.platform == .wordpress {
            postID = "\(host)/\(n)"
        } else {
            postID = BlogURL.normalized(meta.url) ?? (job.entry as NSString).lastPathComponent
        }
        let shown = signals.visibleCount ?? signals.disqusCount
        var postFlags: PostFlags = []
        if meta.date == nil { postFlags.insert(.dateApproximate) }
        posts.append(Post(platform: meta.platform, id: postID, author: meta.byline.map { AuthorRef(name: $0) },
                          createdAt: meta.date, text: body.text, title: meta.title, kind: .original, url: meta.url,
                          urls: body.urls, media: body.media, lang: meta.lang,
                          metrics: Metrics(replies: shown, asOf: job.modified), byOwner: true,
                          flags: postFlags, provenance: Provenance(source: source, entry: entryName, line: 1)))

        func commentID(_ number: String?, index: Int) -> String {
            guard let number else { return "\(postID)#comment-\(index + 1)" }
            return host.map { "\($0)/comment-\(number)" } ?? "comment-\(number)"
        }
        let byline = meta.byline?.lowercased()
        for (i, c) in comments.enumerated() {
            var flags: PostFlags = []
            if c.date == nil { flags.insert(.dateApproximate) }
            let parent = c.parentNumber.map { commentID($0, index: -1) }
            let byOwner = c.isOwner || (c.type == .comment && byline != nil && c.authorName?.lowercased() == byline)
            posts.append(Post(platform: meta.platform, id: commentID(c.number, index: i),
                              author: AuthorRef(name: c.authorName, url: c.authorURL), createdAt: c.date, text: c.text,
                              kind: .reply, replyTo: parent ?? postID, conversation: postID, urls: c.urls,
                              commentType: c.type, moderation: c.isPending ? .pending : .approved, byOwner: byOwner,
                              flags: flags, provenance: Provenance(source: source, entry: entryName, line: c.node.line)))
        }
        let undated = comments.filter { $0.date == nil }.count
        if undated > 0 {
            let example = comments.first { $0.rawDate != nil }?.rawDate
            notes.append("\(undated) comments show a date engage cannot read" + (example.map { " (\"\($0)\")" } ?? "")
                         + ": flagged dateApproximate")
        }
        if let system = signals.javascriptSystem, comments.isEmpty {
            if system == "Disqus" {
                notes.append("comments on Disqus, not in the file"
                             + (signals.disqusCount.map { " (Disqus count link: \($0), unverified)" } ?? ""))
            } else {
                notes.append("comments are loaded by \(system) (JavaScript), not in the file")
            }
        } else if let visible = signals.visibleCount, visible > comments.count {
            notes.append("the page shows \(visible) comments but the file holds \(comments.count): some comments not captured (pagination or JavaScript)")
        } else if comments.isEmpty {
            notes.append("no comments in the file")
        }
        return PageResult(posts: posts, notes: notes, warnings: warnings, family: family)
    }

    /// Families in a useful order for the page's engine (Blogger pages try Blogger first).
    static func familyOrder(for meta: PageMetadata) -> [CommentFamily.Type] {
        if meta.platform == .blogger {
            return [BloggerCommentFamily.self] + families.filter { $0 != BloggerCommentFamily.self }
        }
        return families
    }
}
