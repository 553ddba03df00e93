import EngageCore
import Foundation

/// Reads an X/Twitter "Download your data" archive (2018 onwards): a zip, an unpacked folder, or a
/// lone tweets file (FORMATS.md §1).
///
/// - Files come from `data/manifest.js` when there is one, else from their content (the
///   `window.YTD.<stem>.partN` global) with the well-known names as a fallback; every layout and
///   variant is accepted: 2018–19 unwrapped `tweet.js`, 2020–22 `tweet.js`/`tweet-part*.js`, 2022+
///   `tweets.js`/`tweets-part*.js`, the flat layout and a top-level folder.
/// - Long posts from `note-tweet.js` replace their truncated tweets; edit chains collapse to the
///   newest version; deleted tweets are emitted apart (flag `deleted`, never analysed); community and
///   Circle tweets are flagged `restricted`.
/// - The owner comes from the manifest, else `account.js` (+ `profile.js`), else it is inferred from
///   the data; counts are as of the manifest's generation date, else the file date.
/// - Everything streams: memory stays bounded whatever the size of the tweets files.
struct XArchiveReader: SourceReader {
    typealias Role = XDataFile.Role

    static var format: SourceFormat { .xArchive }

    static func recognizes(_ input: InputContainer) -> Bool {
        switch input.kind {
        case .file:
            return XDataFile.identify(input.sniff(input.entries[0], count: 256)).role?.holdsTweets == true
        case .folder, .zip:
            return XArchiveLayout.looksLikeArchive(input)
        }
    }

    static func read(_ input: InputContainer, context: IngestContext) throws -> SourceInfo {
        var reader = XArchiveReader(input: input, context: context)
        return try reader.run()
    }

    // MARK: - State

    let input: InputContainer
    let context: IngestContext
    var info: SourceInfo
    var builder: XPostBuilder
    var files: [Role: [XDataRef]] = [:]
    var manifest: XArchiveManifest?
    var notes = XNoteTweets()
    var edits = XEditChains()
    var globalStem: String?
    var firstWrapped: Bool?
    var longPosts = 0
    var itemsRead = 0

    init(input: InputContainer, context: IngestContext) {
        self.input = input
        self.context = context
        self.info = SourceInfo(path: input.path, format: .xArchive)
        self.builder = XPostBuilder(sourcePath: input.path)
    }

    // MARK: - Orchestration

    mutating func run() throws -> SourceInfo {
        var layoutNote: String?
        if input.kind == .file {
            try locateLoneFile()
            layoutNote = "lone file"
        } else {
            layoutNote = try locateInContainer()
        }

        // The owner: manifest, else account.js, completed by profile.js; else inferred below.
        var owner = manifest?.owner
        for ref in files[.account] ?? [] {
            if let a = readSmall(ref, parse: XAccountFiles.account) { owner = owner.map { $0.merged(with: a) } ?? a }
        }
        for ref in files[.profile] ?? [] {
            if let p = readSmall(ref, parse: XAccountFiles.profile) {
                owner = (owner ?? Account(platform: .x)).merged(with: p)
            }
        }

        let tweetFiles = files[.tweets] ?? []
        let anyTweets = Role.allCases.contains { $0.holdsTweets && !(files[$0] ?? []).isEmpty }
        guard input.kind == .file ? anyTweets : !tweetFiles.isEmpty else {
            throw EngageError(.noTweetsFile, "the archive holds no tweets file: expected data/tweets.js, data/tweet.js "
                              + "or tweets-part*.js (or a manifest listing them)", file: input.path)
        }

        for ref in files[.noteTweet] ?? [] { readNotes(ref) }

        // Counts are a snapshot taken when the archive was generated.
        if let generated = manifest?.generationDate {
            builder.countsAsOf = generated
        } else if let first = tweetFiles.first ?? Role.allCases.compactMap({ files[$0]?.first }).first,
                  let modified = first.modified {
            builder.countsAsOf = modified
            info.notes.append("counts as of the file date \(DateParser.iso8601(modified)) (no manifest with a generation date)")
        }
        info.countsAsOf = builder.countsAsOf

        if owner?.id == nil && owner?.handle == nil {
            if let (inferred, evidence) = inferOwner(Role.allCases.filter(\.holdsTweets).flatMap { files[$0] ?? [] }) {
                owner = (owner ?? Account(platform: .x)).merged(with: inferred)
                info.notes.append("owner \(evidence)")
            } else {
                context.warn("owner-unknown", "the owner could not be found (no manifest, account.js or self-replies): "
                             + "threads cannot be told from replies to others", file: input.path)
            }
        }
        if let owner {
            info.owner = owner
            builder.owner = owner
            context.record(owner)
        }

        // The only tweets file: a failure stops the run. One of several: reported, the others are read.
        let strict = Role.allCases.filter(\.holdsTweets).reduce(0) { $0 + (files[$1]?.count ?? 0) } == 1
        for ref in tweetFiles { try readTweets(ref, flags: [], strict: strict) }
        for (post, missing) in edits.orphans() {
            context.warn("edit-newest-missing", "edit chain of tweet \(post.id): the newest version \(missing) is not in "
                         + "the archive; kept the newest version present", file: post.provenance.file,
                         offset: post.provenance.offset)
            var p = post
            p.flags.insert(.edited)
            try context.emit(p)
        }
        for ref in (files[.communityTweet] ?? []) + (files[.circleTweet] ?? []) {
            try readTweets(ref, flags: .restricted, strict: strict)
        }
        for ref in files[.deletedTweets] ?? [] { try readTweets(ref, flags: .deleted, strict: strict) }
        for ref in files[.tweetHeaders] ?? [] {
            info.files.append(FileReport(entry: ref.entry, role: ref.role, bytes: ref.size, status: .skipped,
                                         reason: "not needed: the tweets files carry every field"))
        }

        finishNotes(layoutNote: layoutNote)
        return info
    }

    // MARK: - Locating files

    /// Finds the files of a folder or zip; returns a description of the layout for the variant.
    mutating func locateInContainer() throws -> String? {
        let candidates = XArchiveLayout.candidates(input)
        let manifests = candidates.filter { ($0 as NSString).lastPathComponent == "manifest.js" }
        let manifestEntry = manifests.first { XDataFile.identify(input.sniff($0, count: 64)) == .manifest } ?? manifests.first
        if let manifestEntry {
            let size = input.size(of: manifestEntry)
            do {
                manifest = try XArchiveManifest.read(input.source(manifestEntry))
                info.files.append(FileReport(entry: manifestEntry, role: Role.manifest.rawValue, records: 0, bytes: size))
            } catch let e as EngageError {
                info.files.append(FileReport(entry: manifestEntry, role: Role.manifest.rawValue, bytes: size, status: .failed,
                                             reason: XDataRef.reason(e)))
                context.report(Diagnostic(e))
                context.warn("manifest-unreadable", "the manifest could not be read: files were found by content instead",
                             file: input.displayName(manifestEntry))
            }
        }
        let layout = XArchiveLayout.discover(input, manifestEntry: manifest == nil ? nil : manifestEntry, manifest: manifest)
        for (role, list) in layout.files {
            files[role] = list.map { XDataRef(input, entry: $0.entry, role: role.rawValue, announced: $0.announced) }
        }
        for (name, role) in layout.missing {
            info.files.append(FileReport(entry: name, role: role.rawValue, status: .failed,
                                         reason: "listed in the manifest but not in the archive"))
            context.warn("file-missing", "\(name) is listed in the manifest but not in the archive: its records are missing",
                         file: input.path)
        }
        var parts: [String] = []
        if layout.flat { parts.append("flat layout") }
        if manifest == nil { parts.append("no manifest") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// A lone tweets file: its own role from its content, and the owner, generation date and long
    /// posts from sibling files when they are there.
    mutating func locateLoneFile() throws {
        let name = input.entries[0]
        let role = XDataFile.identify(input.sniff(name, count: 256)).role ?? .tweets
        files[role] = [XDataRef(input, entry: name, role: role.rawValue)]
        let dir = (input.path as NSString).deletingLastPathComponent
        func sibling(_ file: String) -> String? {
            let p = (dir as NSString).appendingPathComponent(file)
            return FileManager.default.isReadableFile(atPath: p) ? p : nil
        }
        if let m = sibling("manifest.js") {
            do {
                manifest = try XArchiveManifest.read(FileByteSource(path: m))
                info.files.append(FileReport(entry: m, role: Role.manifest.rawValue, bytes: FileByteSource(path: m).size))
                let others = (manifest?.files(for: Role.tweets.manifestKeys) ?? [])
                    .filter { ($0.fileName as NSString).lastPathComponent != name }
                if role == .tweets, !others.isEmpty {
                    info.notes.append("only this file was read; the archive's manifest lists \(others.count) more tweets "
                                      + "file\(others.count == 1 ? "" : "s"): give the archive folder or zip to read them all")
                }
            } catch let e as EngageError {
                info.files.append(FileReport(entry: m, role: Role.manifest.rawValue, status: .failed, reason: XDataRef.reason(e)))
                context.report(Diagnostic(e))
            }
        }
        for (file, r) in [("account.js", Role.account), ("profile.js", .profile), ("note-tweet.js", .noteTweet)] {
            if let p = sibling(file), let ref = XDataRef(sibling: p, role: r.rawValue) { files[r] = [ref] }
        }
    }

    // MARK: - Reading

    /// Reads a small file (account, profile); a failure is reported and gives nil.
    mutating func readSmall(_ ref: XDataRef, parse: (JSONValue) -> Account?) -> Account? {
        do {
            let value = try XDataFile.readAssigned(ref.source)
            let a = parse(value)
            info.files.append(ref.read(records: a == nil ? 0 : 1))
            return a
        } catch let e as EngageError {
            fail(ref, e, records: 0)
            return nil
        } catch {
            fail(ref, EngageError(.unreadable, "\(error)", file: ref.source.name), records: 0)
            return nil
        }
    }

    mutating func readNotes(_ ref: XDataRef) {
        do {
            let n = try XNoteTweets.read(ref.source)
            for note in n.notes { notes.add(note) }
            info.files.append(ref.read(records: n.count))
        } catch let e as EngageError {
            fail(ref, e, records: 0)
            context.warn("long-posts-truncated", "long posts could not be merged: their text stays truncated at ~280 characters",
                         file: ref.source.name)
        } catch {
            fail(ref, EngageError(.unreadable, "\(error)", file: ref.source.name), records: 0)
        }
    }

    /// Streams one file of tweet objects and emits its posts. A failure throws when `strict` (the
    /// archive's only tweets file); otherwise the file is reported as failed and reading goes on.
    mutating func readTweets(_ ref: XDataRef, flags: PostFlags, strict: Bool) throws {
        var records = 0
        var items = 0
        var noId = 0, firstNoId = 0
        var badDates = 0, firstBadDate = 0
        let isDeleted = flags.contains(.deleted)
        do {
            let global = try XTweetStream.read(ref.source) { t, offset in
                items += 1
                guard let id = t.id, !id.isEmpty else {
                    if noId == 0 { firstNoId = offset }
                    noId += 1
                    return
                }
                if t.badDate {
                    if badDates == 0 { firstBadDate = offset }
                    badDates += 1
                }
                if ref.role == Role.tweets.rawValue, firstWrapped == nil { firstWrapped = t.wrapped }
                records += try emit(t, id: id, ref: ref, offset: offset, flags: flags, countsKnown: !isDeleted)
            }
            if ref.role == Role.tweets.rawValue, globalStem == nil, let g = global, let stem = g.split(separator: ".").dropLast().last {
                globalStem = String(stem)
            }
        } catch let e as EngageError {
            if strict { throw e }
            fail(ref, e, records: records)
            itemsRead += items
            return
        }
        itemsRead += items
        info.files.append(ref.read(records: records))
        if noId > 0 {
            context.warn("invalid-record", "\(noId) tweet\(noId == 1 ? "" : "s") without an id skipped (first at byte \(firstNoId))",
                         file: ref.source.name, offset: firstNoId)
        }
        if badDates > 0 {
            context.warn("bad-date", "\(badDates) tweet\(badDates == 1 ? " has" : "s have") an unreadable created_at "
                         + "(first at byte \(firstBadDate)): kept without a date", file: ref.source.name, offset: firstBadDate)
        }
        if let announced = ref.announced, announced != items {
            context.warn("count-mismatch", "the manifest announces \(announced) items, the file holds \(items)",
                         file: ref.source.name)
        }
    }

    /// Builds and emits one tweet (or holds an older edit version); returns the number of posts emitted.
    mutating func emit(_ t: XTweetObject, id: String, ref: XDataRef, offset: Int, flags: PostFlags, countsKnown: Bool) throws -> Int {
        let decision: XEditChains.Decision = flags.contains(.deleted) ? .plain : edits.decide(id: id, chain: t.editIds)
        var note: XNoteTweets.Note?
        if decision != .superseded, notes.count > 0, let d = t.createdAt, let text = t.text {
            note = notes.claim(second: Int(d.timeIntervalSince1970.rounded(.down)), escapedText: text)
            if note != nil { longPosts += 1 }
        }
        var f = flags
        if decision == .newest { f.insert(.edited) }
        let post = builder.build(t, id: id, entry: ref.provenanceEntry, offset: offset, flags: f, note: note,
                                 countsKnown: countsKnown && decision != .superseded)
        if decision == .superseded {
            edits.hold(post, chain: t.editIds)
            return 0
        }
        try context.emit(post)
        return 1
    }

    /// Looks at the first tweets (at most a bounded window, stopping once confident) to find the owner.
    func inferOwner(_ tweetFiles: [XDataRef]) -> (Account, String)? {
        struct Enough: Error {}
        var inference = XOwnerInference()
        let window = 200_000
        for ref in tweetFiles {
            do {
                try JSONArrayStream.read(ref.source, prefix: .assignment) { c, _ in
                    let t = try XTweetObject.scan(&c)
                    inference.add(t)
                    if inference.seen % 500 == 0, inference.isConfident() || inference.seen >= window { throw Enough() }
                }
            } catch is Enough {
                break
            } catch {
                continue  // the main pass reports broken files
            }
        }
        return inference.result()
    }

    mutating func fail(_ ref: XDataRef, _ e: EngageError, records: Int) {
        info.files.append(ref.failed(e, records: records))
        context.report(Diagnostic(e))
    }

    // MARK: - Summary

    mutating func finishNotes(layoutNote: String?) {
        let stem = globalStem ?? (files[.tweets]?.first.map { ($0.entry as NSString).lastPathComponent.hasPrefix("tweets") ? "tweets" : "tweet" })
        var variant: String
        switch (stem, firstWrapped) {
        case ("tweets"?, _): variant = "2022+ (tweets.js)"
        case ("tweet"?, false?): variant = "2018–19 (tweet.js, unwrapped)"
        case ("tweet"?, _): variant = "2020–22 (tweet.js)"
        default: variant = "tweets file"
        }
        let parts = files[.tweets]?.count ?? 0
        var details: [String] = []
        if parts > 1 { details.append("\(parts) parts") }
        if let layoutNote { details.append(layoutNote) }
        if !details.isEmpty { variant += ", " + details.joined(separator: ", ") }
        info.variant = variant

        if manifest?.isPartial == true {
            info.notes.append("the archive is marked partial (isPartialArchive): some data may be missing")
        }
        if longPosts > 0 {
            info.notes.append("\(longPosts) long post\(longPosts == 1 ? "" : "s") completed from note-tweet.js")
        }
        let unmatched = notes.unmatched
        if !unmatched.isEmpty {
            context.warn("note-unmatched", "\(unmatched.count) long post\(unmatched.count == 1 ? "" : "s") in note-tweet.js "
                         + "matched no tweet (first at byte \(unmatched[0].offset))",
                         file: files[.noteTweet]?.first?.source.name, offset: unmatched[0].offset)
        }
        if edits.chains > 0 || edits.collapsed > 0 {
            info.notes.append("\(edits.chains) edited post\(edits.chains == 1 ? "" : "s"): \(edits.collapsed) older "
                              + "version\(edits.collapsed == 1 ? "" : "s") collapsed into the newest")
        }
        let deleted = info.files.filter { $0.role == Role.deletedTweets.rawValue }.reduce(0) { $0 + $1.records }
        if deleted > 0 {
            info.notes.append("\(deleted) deleted tweet\(deleted == 1 ? "" : "s") (deleted-tweets.js) kept apart, never analysed")
        }
        let restricted = info.files.filter { $0.role == Role.communityTweet.rawValue || $0.role == Role.circleTweet.rawValue }
            .reduce(0) { $0 + $1.records }
        if restricted > 0 {
            info.notes.append("\(restricted) community or Circle tweet\(restricted == 1 ? "" : "s") flagged restricted")
        }
    }
}
