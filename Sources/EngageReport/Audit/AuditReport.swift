import EngageAnalyze
import EngageCore
import Foundation

/// What `engage audit` shows: what was read (as `engage inspect`), how the posts, replies and reply
/// authors classified (the class mix with examples and the rules behind them), and the analysis of
/// genuine engagement with its recommendations.
public struct AuditReport: Sendable {
    /// The JSON schema version of ``json()`` (docs/json-output.md). Bump on incompatible changes.
    public static let schemaVersion = 1

    /// Sources, counts by kind and year, warnings, unread files.
    public var inspect: InspectReport
    /// The feeds' own posts by class.
    public var posts: ClassMix
    /// Reposts of others' posts by the class of their text.
    public var reposts: ClassMix
    /// Replies and comments by class.
    public var replies: ClassMix
    /// Reply authors with profile data by class.
    public var authors: ClassMix
    /// The analysis.
    public var analysis: AnalysisReport
    /// `streamed` or `joined`.
    public var mode: String
    /// The rule overlay folder, when given.
    public var rulesOverlay: String?
    /// Rulebook warnings.
    public var rulebookWarnings: [String]
    /// Notes about the run.
    public var notes: [String]

    public init(inspect: InspectReport, posts: ClassMix, reposts: ClassMix, replies: ClassMix, authors: ClassMix,
                analysis: AnalysisReport, mode: String, rulesOverlay: String?, rulebookWarnings: [String], notes: [String]) {
        self.inspect = inspect
        self.posts = posts
        self.reposts = reposts
        self.replies = replies
        self.authors = authors
        self.analysis = analysis
        self.mode = mode
        self.rulesOverlay = rulesOverlay
        self.rulebookWarnings = rulebookWarnings
        self.notes = notes
    }

    // MARK: - JSON

    /// The JSON form.
    public func json() -> String {
        var w = JSONWriter(indent: 2)
        w.object { w in
            w.key("schemaVersion"); w.int(Self.schemaVersion)
            w.key("mode"); w.string(mode)
            inspect.writeMembers(to: &w)
            w.key("classes"); w.object { w in
                w.key("rulebook"); w.object { w in
                    w.key("overlay"); w.string(rulesOverlay)
                    w.key("warnings"); w.strings(rulebookWarnings)
                }
                w.key("posts"); ClassMixJSON.write(posts, to: &w)
                w.key("reposts"); ClassMixJSON.write(reposts, to: &w)
                w.key("replies"); ClassMixJSON.write(replies, to: &w)
                w.key("authors"); ClassMixJSON.write(authors, to: &w)
            }
            w.key("notes"); w.strings(notes)
            w.key("analysis"); AnalysisJSON.write(analysis, to: &w)
        }
        return w.output
    }

    // MARK: - Text

    /// The terminal form.
    public func text() -> String {
        var out = inspect.sourcesText() + "\n" + inspect.countsText()
        out += "\n" + postsText()
        if replies.total > 0 { out += "\n" + repliesText() }
        for n in notes { out += "note: \(n)\n" }
        out += "\n" + AnalysisText.render(analysis)
        out += inspect.problemsText()
        return out
    }

    func postsText() -> String {
        var out = "What the posts are"
        out += rulesOverlay.map { " (default rulebook + \($0))" } ?? " (default rulebook)"
        out += ": \(TextFormat.int(posts.total)) own posts\n"
        guard posts.total > 0 else { return out + "  none to classify\n" }
        out += table(posts)
        if !posts.contentKinds.isEmpty {
            let kinds = ContentKind.allCases.compactMap { k in posts.contentKinds[k].map { "\(k.rawValue) \(TextFormat.int($0))" } }
            out += "  valuable by kind: \(kinds.joined(separator: ", "))\n"
        }
        let years = posts.byYear.sorted { $0.key < $1.key }
        if years.count > 1 {
            out += "  low-value share by year:"
            for (year, counts) in years {
                let n = counts.values.reduce(0, +)
                let low = n - (counts[PostClass.valuable.rawValue] ?? 0)
                out += "  \(year) \(TextFormat.percent(low, of: n)) of \(TextFormat.int(n))"
            }
            out += "\n"
        }
        out += examples(posts, skip: [])
        if reposts.total > 0 {
            let low = reposts.total - (reposts.counts[PostClass.valuable.rawValue] ?? 0)
            out += "  reposts of others (not own content, not analysed): \(TextFormat.int(reposts.total)); "
                + "\(TextFormat.int(low)) of them low-value by their text\n"
        }
        return out
    }

    func repliesText() -> String {
        var out = "What the replies and comments are: \(TextFormat.int(replies.total))\n"
        out += table(replies)
        out += examples(replies, skip: [ReplyClass.pingback.rawValue, ReplyClass.trackback.rawValue])
        if authors.total > 0 {
            let fake = authors.counts[AccountClass.suspectedFake.rawValue] ?? 0
            out += "  reply authors with a profile: \(TextFormat.int(authors.total)); suspected fake \(TextFormat.int(fake)) "
                + "(\(TextFormat.percent(fake, of: authors.total)))\n"
            out += examples(authors, skip: [AccountClass.ok.rawValue])
        }
        return out
    }

    func table(_ mix: ClassMix) -> String {
        var out = ""
        let labels = ClassMixJSON.labels(mix)
        let width = max(12, labels.map(\.count).max() ?? 0)
        for label in labels {
            let n = mix.counts[label] ?? 0
            out += "  \(TextFormat.pad(label, width)) \(TextFormat.rightInt(n, 9))  \(TextFormat.percent(n, of: mix.total))\n"
        }
        return out
    }

    func examples(_ mix: ClassMix, skip: Set<String>) -> String {
        var out = ""
        for label in ClassMixJSON.labels(mix) where !skip.contains(label) {
            guard let list = mix.examples[label], !list.isEmpty else { continue }
            out += "  \(label), for example:\n"
            for e in list {
                let date = e.createdAt.map(TextFormat.day) ?? "undated"
                out += "    \(date)  \"\(e.text)\""
                if !e.rules.isEmpty { out += "  [\(e.rules.joined(separator: ", "))]" }
                out += "\n"
            }
        }
        return out
    }
}
