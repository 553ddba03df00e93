import EngageCore
import Foundation

/// A Mastodon account export: a zip (2023 onwards), a `.tar.gz` (before) or an unpacked folder, with
/// `outbox.json` (the owner's statuses and boosts), `actor.json` (the owner), `likes.json` and
/// `bookmarks.json` (posts the owner liked or saved), and media. A lone `outbox.json` reads too.
///
/// Statuses become posts (replies to the owner's own statuses are thread continuations), boosts are
/// reposts, polls keep their options in the text, content warnings become the title. Followers-only
/// statuses are flagged `restricted`; direct messages are not read. Exports carry no engagement
/// counts: every count is unknown.
enum MastodonArchiveReader: SourceReader {
    static var format: SourceFormat { .mastodonArchive }

    static func recognizes(_ input: InputContainer) -> Bool {
        switch input.kind {
        case .zip, .folder:
            return input.resolve("outbox.json") != nil
        case .file:
            guard let s = JSONShape(input), s.strings["type"] == "OrderedCollection", s.keys.contains("orderedItems") else { return false }
            return (s.strings["id"] ?? "").contains("outbox") || s.dataKeys.isEmpty && input.entries.first == "outbox.json"
        }
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        let outboxEntry = input.kind == .file ? input.entries[0] : input.resolve("outbox.json")!
        var files: [FileReport] = []
        var notes: [String] = []

        // The owner, from actor.json.
        var owner: Account?
        if input.kind != .file, let entry = input.resolve("actor.json") {
            do {
                let bytes = try input.read(entry)
                let value = try bytes.withUnsafeBufferPointer { try JSONValue.parse($0) }
                owner = MastodonActor(value).account
                files.append(FileReport(entry: entry, role: "profile", records: 0, bytes: bytes.count))
            } catch let e as EngageError {
                let located = e.located(in: input.displayName(entry))
                context.report(Diagnostic(located))
                files.append(FileReport(entry: entry, role: "profile", bytes: input.size(of: entry), status: .failed,
                                        reason: located.reason))
            }
        }

        let name = input.displayName(outboxEntry)
        let bytes = try input.read(outboxEntry)
        let outbox = try MastodonOutbox.parse(bytes, name: name)
        if owner == nil, let actor = outbox.activities.lazy.compactMap({ $0.activity.actor }).first {
            owner = Account(platform: .mastodon, id: actor, handle: MastodonActivity.handle(actor))
            notes.append("no actor.json: the owner is the outbox's actor")
        }
        if let owner { context.record(owner) }

        var bad = BadRecords(file: name)
        var emitted = 0, boosts = 0, polls = 0, direct = 0, followersOnly = 0, other: [String: Int] = [:]
        for (activity, offset) in outbox.activities {
            guard activity.type == "Create" || activity.type == "Announce" else {
                other[activity.type ?? "untyped", default: 0] += 1
                bad.good()
                continue
            }
            if activity.visibility == .direct {
                direct += 1
                bad.good()
                continue
            }
            guard let post = activity.post(owner: owner, source: input.path, entry: input.kind == .file ? nil : outboxEntry,
                                           offset: offset) else {
                bad.record(EngageError(.invalidRecord, "a \(activity.type ?? "") activity without an id or object: expected \"id\" and \"object\"",
                                       offset: offset))
                continue
            }
            bad.good()
            if post.kind == .repost { boosts += 1 }
            if activity.note?.type == "Question" { polls += 1 }
            if post.flags.contains(.restricted) { followersOnly += 1 }
            emitted += 1
            try context.emit(post)
        }
        try bad.check(unit: "activity")
        bad.report(to: context, unit: "activity")
        files.append(FileReport(entry: outboxEntry, role: "outbox", records: emitted, bytes: bytes.count))

        if outbox.orderedItemsKeys > 1 {
            notes.append("outbox.json has \(outbox.orderedItemsKeys) orderedItems lists; the last non-empty one (\(outbox.activities.count) items) was read")
        }
        if let total = outbox.totalItems, total != outbox.activities.count {
            notes.append("outbox.json states \(total) items but holds \(outbox.activities.count)")
        }
        if direct > 0 { notes.append("\(direct) direct messages were not read (not public content)") }
        if followersOnly > 0 { notes.append("\(followersOnly) followers-only posts are flagged restricted") }
        if polls > 0 { notes.append("\(polls) polls: their options are part of the text; votes are not engagement counts") }
        if !other.isEmpty {
            notes.append("skipped activities: " + other.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        if outbox.skippedItems > 0 { notes.append("\(outbox.skippedItems) outbox items are bare links, not activities") }
        notes.append("Mastodon exports carry no like, boost or reply counts: engagement needs the API (statuses/:id/context)")

        for (file, role) in [("likes.json", "likes (posts the owner liked)"), ("bookmarks.json", "bookmarks (posts the owner saved)")] {
            guard input.kind != .file, let entry = input.resolve(file) else { continue }
            do {
                let data = try input.read(entry)
                let value = try data.withUnsafeBufferPointer { try JSONValue.parse($0) }
                let n = value["orderedItems"]?.array.count ?? 0
                files.append(FileReport(entry: entry, role: role, records: 0, bytes: data.count))
                notes.append("\(file): \(n) posts of others (what the owner \(file == "likes.json" ? "liked" : "saved"), not engagement received)")
            } catch let e as EngageError {
                let located = e.located(in: input.displayName(entry))
                context.report(Diagnostic(located))
                files.append(FileReport(entry: entry, role: role, bytes: input.size(of: entry), status: .failed, reason: located.reason))
            }
        }
        let variant: String
        switch input.kind {
        case .zip: variant = (input as? TarInput).map { $0.compressed ? "tar.gz" : "tar" } ?? "zip"
        case .folder: variant = "folder"
        case .file: variant = "outbox.json only"
        }
        return SourceInfo(path: input.path, format: format, variant: variant, owner: owner, countsAsOf: nil, files: files,
                          records: emitted, notes: notes)
    }
}
