import EngageAnalyze
import EngageClassify
import EngageCore
import EngageIngest
import EngageReport
import Foundation

/// The whole pipeline, Ingest → Classify → Analyze, as `engage audit` and `engage export` run it.
///
/// One input is streamed (a million-post archive stays in bounded memory: each post is classified
/// as it arrives and kept only as the analysis's compact record); several inputs are merged and
/// joined first (``Corpus``), so a post seen in several files is one record and replies from a
/// capture attach to the archive's posts.
///
/// ```swift
/// let pipeline = try AuditPipeline(options: AuditOptions(paths: ["archive.zip"]))
/// let result = try pipeline.run()
/// ```
public final class AuditPipeline {
    /// The options.
    public let options: AuditOptions
    /// The classifier (default rulebook plus the overlay).
    public let classifier: Classifier

    /// Loads the rulebook.
    ///
    /// - Throws: ``EngageError`` (`invalid-rule`) naming the first rule file problem with its line.
    public init(options: AuditOptions) throws {
        self.options = options
        do {
            self.classifier = try Classifier.load(overlay: options.rulesOverlay)
        } catch let e as RulebookError {
            throw e.engageError
        }
    }

    /// Runs the pipeline.
    public func run() throws -> AuditResult {
        try gather().result
    }

    /// Runs the pipeline, then writes every record as one JSON line (`engage export`) with its
    /// classification and its analysis fields (role, features, genuine counts, performance index).
    public func export(_ write: @escaping (String) -> Void) throws -> AuditResult {
        try forEachRecord { post, verdict, author, fields in
            write(PostJSON.line(post) { w in
                VerdictJSON.writeMember("class", verdict, to: &w)
                VerdictJSON.writeMember("authorClass", author, to: &w)
                PostAnalysisJSON.writeMember(fields, to: &w)
            })
        }
    }

    /// Runs the pipeline, then hands every record (posts, replies, comments) to `body` with its
    /// verdict, its author's verdict (replies) and its analysis fields — the per-record walk that
    /// `engage export` lines and the CSV rows are written from.
    public func forEachRecord(_ body: @escaping (Post, Verdict?, Verdict?, PostAnalysis?) throws -> Void) throws -> AuditResult {
        let gathered = try gather()
        let table = gathered.result.analysis.posts
        // Posts are walked in the order they were added to the analysis (feed posts and replies
        // each in arrival order), so each record gets its own fields even when one file lists two
        // items under the same id.
        var feedIndex = 0, replyIndex = 0
        func visit(_ post: Post, _ verdict: Verdict?, _ author: Verdict?) throws {
            let fields = table.fields(of: post, feedIndex: feedIndex, replyIndex: replyIndex)
            if post.isFeedPost { feedIndex += 1 } else { replyIndex += 1 }
            try body(post, verdict, author, fields)
        }
        switch gathered.store {
        case .corpus(let corpus, let verdicts, let authorVerdicts):
            for (i, post) in corpus.posts.enumerated() { try visit(post, verdicts[i], authorVerdicts[i]) }
        case .stream(let replyVerdicts):
            // A second pass over the same inputs: feed posts are classified again (deterministic),
            // replies take the verdicts the first pass gave them with their parents and authors.
            _ = try Ingestor(options: options.ingest).run(paths: options.paths) { post in
                if post.isFeedPost {
                    try visit(post, self.classifier.classify(post), nil)
                } else {
                    let v = replyVerdicts[post.key]
                    try visit(post, v?.0, v?.1)
                }
            }
        }
        return gathered.result
    }

    // MARK: - Gathering

    enum Store {
        case corpus(Corpus, [Verdict?], [Verdict?])
        case stream([PostKey: (Verdict, Verdict?)])
    }

    struct Gathered {
        var result: AuditResult
        var store: Store
    }

    /// Classification state shared by both modes.
    struct Classified {
        var tally = PostTally()
        var posts: ClassMix
        var reposts: ClassMix
        var replies: ClassMix
        var authors: ClassMix
        var seenAuthors = Set<String>()
        var input = AnalysisInput()
        var orphanReplies = 0
        var timeline = ClassTimeline(classes: PostClass.allCases.map(\.rawValue))

        init(examples: Int) {
            posts = .posts(examplesPerClass: examples)
            reposts = .posts(examplesPerClass: 0)
            replies = .replies(examplesPerClass: examples)
            authors = .accounts(examplesPerClass: examples)
        }
    }

    func gather() throws -> Gathered {
        var state = Classified(examples: options.examplesPerClass)
        var meter = ProgressMeter(paths: options.paths, callback: options.progress)
        let summary: IngestSummary
        let store: Store
        let mode: AuditResult.Mode
        if options.paths.count == 1 {
            mode = .streamed
            var recent = RecentPosts(capacity: options.parentWindow)
            var pending: [(Post, Post?)] = []
            summary = try Ingestor(options: options.ingest).run(paths: options.paths) { post in
                meter.tick()
                state.tally.add(post)
                if post.isFeedPost {
                    let verdict = self.classifier.classify(post)
                    self.countFeedPost(post, verdict, &state)
                    state.input.add(post, verdict: verdict)
                    recent.add(post)
                } else {
                    pending.append((post, post.replyTo.flatMap { recent[$0] }))
                }
            }
            meter.phase(.replies)
            let directory = AccountDirectory(summary.accounts)
            let replyIndex = Dictionary(pending.map { ($0.0.id, $0.0) }, uniquingKeysWith: { a, _ in a })
            var verdicts: [PostKey: (Verdict, Verdict?)] = [:]
            for (reply, early) in pending {
                let parent = early ?? reply.replyTo.flatMap { replyIndex[$0] ?? recent[$0] }
                let (v, a) = classifyReply(reply, parent: parent, account: directory.account(of: reply), &state)
                verdicts[reply.key] = (v, a)
            }
            store = .stream(verdicts)
        } else {
            mode = .joined
            meter.phase(.joining)
            let corpus = try Corpus.read(paths: options.paths, options: options.ingest)
            summary = corpus.summary
            var verdicts = [Verdict?](repeating: nil, count: corpus.posts.count)
            var authorVerdicts = [Verdict?](repeating: nil, count: corpus.posts.count)
            for (i, post) in corpus.posts.enumerated() {
                meter.tick()
                state.tally.add(post)
                if post.isFeedPost {
                    let v = classifier.classify(post)
                    countFeedPost(post, v, &state)
                    state.input.add(post, verdict: v)
                    verdicts[i] = v
                } else {
                    let parent = corpus.parent(of: i).map { corpus.posts[$0] }
                    let (v, a) = classifyReply(post, parent: parent, account: corpus.account(of: post), &state)
                    verdicts[i] = v
                    authorVerdicts[i] = a
                }
            }
            store = .corpus(corpus, verdicts, authorVerdicts)
        }
        for s in summary.sources { state.input.add(source: s) }
        for a in summary.accounts { state.input.add(account: a) }
        meter.phase(.analysing)
        let analysis = Analyzer(options: options.analysis).analyze(state.input)
        var notes: [String] = []
        if state.orphanReplies > 0 {
            notes.append("\(state.orphanReplies) replies were classified without the post they answer (not in the input, "
                          + "or streamed more than \(options.parentWindow) posts earlier)")
        }
        let result = AuditResult(summary: summary, tally: state.tally, posts: state.posts, reposts: state.reposts,
                                 replies: state.replies, authors: state.authors, analysis: analysis, mode: mode,
                                 rulesOverlay: options.rulesOverlay,
                                 rulebookWarnings: classifier.warnings.map { "\($0)" }, notes: notes)
        var digest = ReportDigest(timeline: state.timeline)
        digest.gather(from: analysis, bestPosts: options.bestPosts)
        var withDigest = result
        withDigest.digest = digest
        meter.phase(.done)
        return Gathered(result: withDigest, store: store)
    }

    /// Counts a classified feed post in the class mix (published own content; reposts apart).
    func countFeedPost(_ post: Post, _ verdict: Verdict, _ state: inout Classified) {
        guard post.flags.isDisjoint(with: [.deleted, .draft, .notAPost]) else { return }
        if post.kind == .repost {
            state.reposts.add(post, verdict: verdict)
        } else {
            state.posts.add(post, verdict: verdict)
            state.timeline.add(post.createdAt, label: verdict.label)
        }
    }

    /// Classifies a reply and its author (once per author in the mix), and adds it to the analysis.
    func classifyReply(_ reply: Post, parent: Post?, account: Account?, _ state: inout Classified) -> (Verdict, Verdict?) {
        if parent == nil, reply.replyTo != nil { state.orphanReplies += 1 }
        let verdict = classifier.classifyReply(reply, parent: parent)
        var authorVerdict: Verdict?
        if let account, Self.hasProfileData(account), reply.byOwner != true {
            let v = classifier.classify(account, asOf: account.asOf ?? reply.metrics.asOf)
            authorVerdict = v
            if let key = IngestContext.accountKey(account), state.seenAuthors.insert(key).inserted {
                state.authors.add(account, verdict: v)
            }
        }
        state.replies.add(reply, verdict: verdict)
        state.input.add(reply, verdict: verdict, authorVerdict: authorVerdict)
        return (verdict, authorVerdict)
    }

    /// True when an account carries something the account rules can judge (counts, age, profile flags).
    static func hasProfileData(_ a: Account) -> Bool {
        a.followers != nil || a.following != nil || a.posts != nil || a.createdAt != nil || a.defaultProfileImage != nil
    }
}
