import EngageCore
import Foundation

/// Reads one feed file in two passes through a format's `scan` function (see ``FeedSink``) and
/// describes the source: owner, counts' date, notes on duplicates, edits and bad records.
enum FeedReading {
    /// What a format's scan reports besides the posts.
    struct Scan {
        /// The variant within the format (`twarc2 pages`, `flattened`, `JSON array`…).
        var variant: String?
        /// When the counts were read (the newest retrieval time, a file date).
        var countsAsOf: Date?
        /// What the file holds, for its ``FileReport``.
        var role: String
        /// The owner when the source states it (an analytics export, a timeline request).
        var statedOwner: AuthorRef?
        /// Facts the user should know.
        var notes: [String] = []
        /// The platform of the posts (for the owner's account).
        var platform: Platform = .x

        init(role: String, platform: Platform = .x) {
            self.role = role
            self.platform = platform
        }
    }

    /// Runs `scan` twice over the file `entry` of `input`: a survey, then the emitting pass.
    ///
    /// - Throws: whatever `scan` throws for a broken file, and `mostly-unreadable` when more than half
    ///   of its records are bad (before anything is emitted).
    static func read(_ input: InputContainer, entry: String, format: SourceFormat, context: IngestContext,
                     scan: (FeedSink) throws -> Scan) throws -> SourceInfo {
        let file = input.displayName(entry)
        let surveying = FeedSink(surveying: file, context: context)
        let first = try scan(surveying)
        try surveying.bad.check(unit: "record")

        var owner: FeedOwner?
        if let stated = first.statedOwner {
            owner = FeedOwner(author: stated, evidence: .stated)
        } else {
            owner = surveying.survey.votes.resolve()
        }
        let emitting = FeedSink(emitting: file, survey: surveying.survey, owner: owner, context: context)
        let scanned = try scan(emitting)
        try emitting.finish()
        emitting.bad.report(to: context, unit: "record")

        var notes = scanned.notes
        let ownerAccount = owner.map { account(for: $0.author, platform: scanned.platform, context: context) }
        if var owner, let ownerAccount {
            // Name the owner as the source described it (votes may know only an id).
            owner.author = AuthorRef(id: owner.author.id ?? ownerAccount.id, handle: owner.author.handle ?? ownerAccount.handle,
                                     name: owner.author.name ?? ownerAccount.name, url: owner.author.url)
            if case .stated = owner.evidence {} else { notes.append(owner.note) }
        } else if emitting.emitted > 0 {
            notes.append("no single owner: the posts come from many accounts (a search or collection); every post counts as a feed post")
        }
        if surveying.survey.duplicates > 0 {
            notes.append("\(surveying.survey.duplicates) records appear more than once in the file; the newest reading of each was kept")
        }
        if emitting.superseded > 0 {
            notes.append("\(emitting.superseded) earlier versions of edited posts were collapsed into their newest version")
        }
        if emitting.emittedFromReferences > 0 {
            notes.append("\(emitting.emittedFromReferences) of the owner's posts were read from referenced posts (includes)")
        }
        if emitting.bad.bad > 0 {
            notes.append("\(emitting.bad.bad) of \(emitting.bad.total) records could not be read and were skipped (see warnings)")
        }
        let report = FileReport(entry: entry, role: scanned.role, records: emitting.emitted, bytes: input.size(of: entry))
        return SourceInfo(path: input.path, format: format, variant: scanned.variant, owner: ownerAccount,
                          countsAsOf: scanned.countsAsOf, files: [report], records: emitting.emitted, notes: notes)
    }

    /// The owner's account: what the source described about it, else the bare reference.
    static func account(for ref: AuthorRef, platform: Platform, context: IngestContext) -> Account {
        let bare = Account(platform: platform, id: ref.id, handle: ref.handle, name: ref.name, url: ref.url)
        for key in [IngestContext.accountKey(bare),
                    ref.handle.map { "\(platform.rawValue):handle:\($0.lowercased())" }].compactMap({ $0 }) {
            if let known = context.accounts[key] { return known.merged(with: bare) }
        }
        return bare
    }
}
