import EngageCore
import Foundation

/// A Ghost JSON export (`{"db":[{"meta":{"exported_on":…,"version":…},"data":{"posts":[…],…}}]}`, or
/// the same without the `db` wrapper).
///
/// Reads the `posts` table only. Every other table — `users` (password hashes, e-mails), `settings`
/// (keys and session secrets), members, tokens — is skipped unread by the JSON scanner: nothing of it
/// is decoded, kept or shown. The body is `html` (`plaintext` when missing); `__GHOST_URL__` (the
/// site-address placeholder) makes links site-relative. Ghost exports carry no comments and no counts.
enum GhostReader: SourceReader {
    static var format: SourceFormat { .ghost }

    static func recognizes(_ input: InputContainer) -> Bool {
        guard input.kind == .file else { return false }
        let head = String(decoding: input.sniff(input.entries[0], count: 4096), as: UTF8.self)
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" else { return false }
        return head.contains("\"exported_on\"") && (head.contains("\"db\"") || head.contains("\"data\""))
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let entry = input.entries[0]
        let name = input.displayName(entry)
        let bytes = try input.read(entry)
        var version: String?
        var exportedOn: Date?
        var warnings = WarningTally()
        var counts: [String: Int] = [:]
        do {
            try bytes.withUnsafeBufferPointer { buf in
                var c = JSONCursor(bytes: buf)
                var root = try c.beginObject()
                while let key = try c.nextKey(&root) {
                    if key == "db" {
                        var list = try c.beginArray()
                        while try c.nextElement(&list) { try readDatabase(&c) }
                    } else if key == "meta" || key == "data" {
                        try readMember(key.string, &c)
                    } else {
                        try c.skipValue()
                    }
                }
                func readDatabase(_ c: inout JSONCursor) throws {
                    var db = try c.beginObject()
                    while let k = try c.nextKey(&db) { try readMember(k.string, &c) }
                }
                func readMember(_ key: String, _ c: inout JSONCursor) throws {
                    switch key {
                    case "meta":
                        var meta = try c.beginObject()
                        while let k = try c.nextKey(&meta) {
                            if k == "version" { version = try c.readScalarText() }
                            else if k == "exported_on", let ms = try c.readLenientDouble() {
                                exportedOn = DateParser.unixSeconds(ms / 1000)
                            } else { try c.skipValue() }
                        }
                    case "data":
                        var data = try c.beginObject()
                        while let k = try c.nextKey(&data) {
                            if k == "posts" {
                                var posts = try c.beginArray()
                                while try c.nextElement(&posts) {
                                    let offset = c.offset
                                    try emitPost(try c.readValue(), offset: offset)
                                }
                            } else {
                                // users, settings, members, api keys…: skipped without being decoded.
                                try c.skipValue()
                            }
                        }
                    default:
                        try c.skipValue()
                    }
                }
            }
        } catch let e as EngageError {
            throw e.located(in: name)
        }

        func emitPost(_ p: JSONValue, offset: Int) throws {
            guard let id = p["id"]?.string, !id.isEmpty else {
                warnings.add("missing-id", "a Ghost post has no id: skipped", offset: offset)
                return
            }
            let type = p["type"]?.string ?? "post"
            let status = p["status"]?.string ?? ""
            counts[type == "post" ? status : type, default: 0] += 1
            var flags: PostFlags = []
            if type != "post" { flags.insert(.notAPost) }
            if status != "published" { flags.insert(.draft) }
            if let v = p["visibility"]?.string, v != "public" { flags.insert(.restricted) }
            let html = p["html"]?.string.map { $0.replacingOccurrences(of: "__GHOST_URL__", with: "") }
            var body = BlogText.body(html)
            if body.text.isEmpty, let plain = BlogText.value(p["plaintext"]?.string) { body.text = plain }
            let date = BlogDate([.exact(p["published_at"]?.string), .exact(p["created_at"]?.string)])
            if date.approximate, status == "published" { flags.insert(.dateApproximate) }
            var media = body.media
            if let cover = p["feature_image"]?.string?.replacingOccurrences(of: "__GHOST_URL__", with: ""), !cover.isEmpty {
                media.insert(Media(kind: .photo, url: cover), at: 0)
            }
            let post = Post(platform: .ghost, id: id, author: p["author_id"]?.string.map { AuthorRef(id: $0) },
                            createdAt: date.date, text: body.text, title: BlogText.name(p["title"]?.string),
                            kind: .original, url: p["canonical_url"]?.string.flatMap(BlogText.value),
                            urls: body.urls, media: media, byOwner: true, flags: flags,
                            provenance: Provenance(source: input.path, entry: input.kind == .file ? nil : entry, offset: offset))
            try context.emit(post)
        }

        warnings.flush(to: context, file: name)
        var info = SourceInfo(path: input.path, format: format, variant: version.map { "Ghost \($0)" },
                              countsAsOf: exportedOn,
                              files: [FileReport(entry: entry, role: "posts", records: context.emitted, bytes: bytes.count)])
        info.notes.append("Ghost exports hold no comments and no engagement counts; users, settings and keys were not read")
        let apart = counts.filter { $0.key != "published" }.sorted { $0.key < $1.key }
        if !apart.isEmpty {
            info.notes.append("counted apart: " + apart.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return info
    }
}
