import EngageCore
import Foundation

/// Where a feed reader (API pages, scraper lines, CSV rows) sends what it parses.
///
/// Feeds whose owner must be detected are read twice (``FeedReading``): a **survey** pass counts
/// authors, duplicates, edit chains and bad records without emitting anything; the **emit** pass then
/// sends each post once — its newest reading, with `byOwner` set — so a consumer never sees a record
/// it would have to take back, and a mostly unreadable file fails before anything is emitted.
final class FeedSink {
    /// Which pass this is.
    enum Pass { case survey, emit }

    /// What the survey pass learned.
    struct Survey {
        /// Evidence for the owner.
        var votes = FeedOwnerVotes()
        /// For each post id, the ordinal of its newest reading.
        var newest: [String: Reading] = [:]
        /// Records that appeared more than once.
        var duplicates = 0
    }

    /// One reading of a post: when its counts were read and its position among the reader's posts.
    struct Reading {
        var asOf: Date?
        var ordinal: Int
    }

    let pass: Pass
    let context: IngestContext
    /// Bad records of this file.
    private(set) var bad: BadRecords
    private(set) var survey: Survey
    /// The owner (emit pass).
    let owner: FeedOwner?
    private var ordinal = 0
    /// Posts emitted (emit pass).
    private(set) var emitted = 0
    /// Earlier versions of edited posts skipped (emit pass).
    private(set) var superseded = 0
    /// The owner's posts known only as referenced tweets, waiting until the end of the file.
    private var pending: [String: Post] = [:]
    private var pendingOrder: [String] = []
    /// The newest version of each pending post that is an older version of an edit chain.
    private var pendingNewest: [String: String] = [:]
    /// Posts emitted from references.
    private(set) var emittedFromReferences = 0

    /// A survey-pass sink.
    init(surveying file: String, context: IngestContext) {
        self.pass = .survey
        self.context = context
        self.bad = BadRecords(file: file)
        self.survey = Survey()
        self.owner = nil
    }

    /// An emit-pass sink that uses what the survey learned.
    init(emitting file: String, survey: Survey, owner: FeedOwner?, context: IngestContext) {
        self.pass = .emit
        self.context = context
        self.bad = BadRecords(file: file)
        self.survey = survey
        self.owner = owner
    }

    /// A post of the source itself.
    ///
    /// - Parameters:
    ///   - asOf: when its counts were read (decides which of several readings is kept).
    ///   - newestVersion: the id of the newest version of its edit chain, when the source says; an
    ///     older version is skipped when the newest is in the same file.
    func post(_ post: Post, asOf: Date?, newestVersion: String? = nil) throws {
        ordinal += 1
        switch pass {
        case .survey:
            bad.good()
            survey.votes.add(post)
            if let old = survey.newest[post.id] {
                survey.duplicates += 1
                if Self.isNewer(asOf, than: old.asOf) { survey.newest[post.id] = Reading(asOf: asOf, ordinal: ordinal) }
            } else {
                survey.newest[post.id] = Reading(asOf: asOf, ordinal: ordinal)
            }
        case .emit:
            bad.good()
            guard survey.newest[post.id]?.ordinal == ordinal else { return }
            if let v = newestVersion, v != post.id, survey.newest[v] != nil {
                superseded += 1
                return
            }
            var p = post
            if p.byOwner == nil, let owner { p.byOwner = owner.matches(p.author) }
            emitted += 1
            try context.emit(p)
        }
    }

    /// A post the source only references (a replied-to, quoted or retweeted post in `includes`, an
    /// embedded `retweeted_status`). It is emitted only when the owner wrote it and the file does not
    /// hold it as a post of its own: a reply capture then carries the post the replies answer.
    func referenced(_ post: Post, asOf: Date?, newestVersion: String? = nil) {
        switch pass {
        case .survey:
            survey.votes.addReferenced(post)
        case .emit:
            guard let owner, owner.matches(post.author), survey.newest[post.id] == nil else { return }
            if let v = newestVersion, v != post.id, survey.newest[v] != nil || pending[v] != nil { return }
            if let v = newestVersion, v != post.id { pendingNewest[post.id] = v }
            if let old = pending[post.id] {
                if Self.isNewer(asOf, than: old.metrics.asOf) { pending[post.id] = post }
            } else {
                pending[post.id] = post
                pendingOrder.append(post.id)
            }
        }
    }

    /// An account the source describes (a post's author, an `includes.users` entry). The account is
    /// built only in the emit pass; the survey needs its reference.
    func account(_ ref: AuthorRef, _ account: @autoclosure () -> Account) {
        switch pass {
        case .survey: survey.votes.describe(ref)
        case .emit: context.record(account())
        }
    }

    /// True in the survey pass, where posts need only their identity, author, kind, reply target and
    /// conversation: readers skip rendering text, links and media.
    var light: Bool { pass == .survey }

    /// A record that is not a post but was read (a user object, an empty page).
    func goodRecord() {
        bad.good()
    }

    /// A record that could not be read; reading goes on with the next one.
    func badRecord(_ error: EngageError) {
        bad.record(error)
    }

    /// Emits the owner's referenced posts that the file did not hold itself (emit pass).
    func finish() throws {
        guard pass == .emit else { return }
        for id in pendingOrder {
            guard var p = pending[id] else { continue }
            if let v = pendingNewest[id], pending[v] != nil {
                superseded += 1
                continue
            }
            p.byOwner = true
            emitted += 1
            emittedFromReferences += 1
            try context.emit(p)
        }
        pending.removeAll()
        pendingOrder.removeAll()
    }

    /// True when a reading taken at `a` is at least as new as one taken at `b` (unknown is oldest; on a
    /// tie the later reading in the file wins).
    static func isNewer(_ a: Date?, than b: Date?) -> Bool {
        switch (a, b) {
        case let (x?, y?): return x >= y
        case (nil, _?): return false
        default: return true
        }
    }
}
