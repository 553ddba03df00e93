import EngageAnalyze
import EngageCore
import Foundation

extension AuditReport {
    /// The HTML form: one self-contained file (no network, no scripts; inline SVG charts, inline
    /// CSS, print-friendly) with the content mix over time, engagement by class as distributions,
    /// the effects with their confidence intervals, the best genuine posts, the low-value posts with
    /// the rules that fired, the recommendations with their evidence, and the notes. Every piece of
    /// user text is escaped; links are kept only for http(s) URLs.
    public func html() -> String {
        let owner = inspect.sources.compactMap(\.owner).first.map(TextFormat.account)
        let title = "engage audit" + (owner.map { " — " + $0 } ?? "")
        var b = "<header><h1>\(HTMLEscape.text(title))</h1>\n<p class=\"lead\">"
            + HTMLEscape.text(inspect.sources.map { "\($0.path) (\($0.format.rawValue)\($0.variant.map { ", " + $0 } ?? ""))" }
                                .joined(separator: "; "))
        if let f = inspect.tally.firstPost, let l = inspect.tally.lastPost {
            b += " · " + HTMLEscape.text("\(TextFormat.day(f)) to \(TextFormat.day(l))")
        }
        b += " · \(HTMLEscape.text(mode))</p></header>\n"
        b += summarySection()
        b += mixSection()
        b += engagementSection()
        b += effectsSection()
        b += bestSection()
        b += lowValueSection()
        b += recommendationsSection()
        b += notesSection()
        b += "<footer>Made by engage from the files named above; seed \(analysis.settings.seed), "
            + "bootstrap B = \(analysis.settings.bootstrapResamples), time zone \(HTMLEscape.text(analysis.settings.timeZone)). "
            + "Same input and seed, same report.</footer>"
        return HTMLPage.document(title: title, body: b)
    }

    func summarySection() -> String {
        let low = posts.total - (posts.counts[PostClass.valuable.rawValue] ?? 0)
        var s = "<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">"
        s += HTMLFragments.card(TextFormat.int(inspect.tally.posts), "posts read")
        s += HTMLFragments.card(TextFormat.int(posts.total), "own posts classified")
        s += HTMLFragments.card(TextFormat.percent(low, of: posts.total), "low-value (begging, bait, spam…)")
        s += HTMLFragments.card(TextFormat.int(replies.total), "replies and comments")
        let recs = analysis.recommendations.filter { $0.verdict == .recommendation }.count
        s += HTMLFragments.card(TextFormat.int(recs), "recommendations")
        s += "</div>"
        for a in analysis.accounts {
            if let f = a.filter { s += "<p>\(HTMLEscape.text(a.account)): \(HTMLEscape.text(AnalysisText.filterSentence(f)))</p>" }
        }
        return s + "</section>\n"
    }

    func mixSection() -> String {
        var s = "<section id=\"mix\"><h2>Content mix over time</h2>"
        let periods = digest.timeline.periods()
        if periods.isEmpty {
            s += "<p class=\"muted\">No dated own posts.</p>"
        } else {
            let unit = periods.first.map { $0.label.count > 4 ? "month" : "year" } ?? "month"
            let chart = StackedBarChart(title: "Own posts per \(unit) by class",
                                        bars: periods.map { .init(label: $0.label, counts: $0.counts) },
                                        classes: digest.timeline.labels)
            s += "<figure>\(chart.svg())<figcaption>Own posts per \(unit) (reposts, deleted and unpublished items "
                + "excluded), stacked by class.\(digest.timeline.undated > 0 ? " \(digest.timeline.undated) undated posts are in no bar." : "")"
                + "</figcaption></figure>"
        }
        s += mixTable(posts, title: "Own posts by class")
        if replies.total > 0 { s += mixTable(replies, title: "Replies and comments by class") }
        if authors.total > 0 { s += mixTable(authors, title: "Reply authors with a profile") }
        return s + "</section>\n"
    }

    func mixTable(_ mix: ClassMix, title: String) -> String {
        let rows = ClassMixJSON.labels(mix).map { l in
            [HTMLFragments.classLabel(l), TextFormat.int(mix.counts[l] ?? 0), TextFormat.percent(mix.counts[l] ?? 0, of: mix.total)]
        }
        return "<h3>\(HTMLEscape.text(title)): \(TextFormat.int(mix.total))</h3>"
            + HTMLFragments.table(["class", "posts", "share"], rows, numeric: [1, 2], markupColumns: [0])
    }

    func engagementSection() -> String {
        var s = "<section id=\"engagement\"><h2>Engagement by class</h2>"
        s += "<p class=\"lead\">How many replies, reposts and likes each kind of post earned, as distributions "
            + "(most posts earn little; a few earn a lot). Replies are genuine where reply records could be filtered.</p>"
        if digest.engagement.isEmpty { s += "<p class=\"muted\">No analysed posts with engagement counts.</p>" }
        for e in digest.engagement {
            if digest.engagement.count > 1 { s += "<h3>\(HTMLEscape.text(e.account))</h3>" }
            s += HTMLFragments.distributions(e)
        }
        return s + "</section>\n"
    }

    func effectsSection() -> String {
        var s = "<section id=\"effects\"><h2>What goes with more engagement</h2>"
        s += "<p class=\"lead\">Each row compares posts with a feature or of a class against the account's other "
            + "posts: Cliff's δ with its 95 % bootstrap interval. Green intervals exclude zero (more), red ones too "
            + "(less); grey ones include it.</p>"
        var any = false
        for a in analysis.accounts {
            for metric in Outcome.allCases {
                guard let f = HTMLFragments.forest(analysis.comparisons, account: a.account, metric: metric) else { continue }
                any = true
                s += "<figure>\(f.svg)<figcaption>\(HTMLEscape.text("\(a.account), \(metric.rawValue), \(f.scale.label)"))"
                    + "</figcaption></figure>"
            }
        }
        if !any { s += "<p class=\"muted\">Too few posts for any comparison.</p>" }
        return s + "</section>\n"
    }

    func bestSection() -> String {
        var s = "<section id=\"best\"><h2>Posts that earned the most genuine engagement</h2>"
        guard !digest.best.entries.isEmpty else { return s + "<p class=\"muted\">No analysed posts with counts.</p></section>\n" }
        let rows = digest.best.entries.map { e -> [String] in
            let day = e.createdAt.map(TextFormat.day) ?? "undated"
            return [HTMLEscape.link(day, e.url), HTMLEscape.text(e.text),
                    e.postClass.map(HTMLFragments.classLabel) ?? "–",
                    e.replies.map(TextFormat.int) ?? "–", e.reposts.map(TextFormat.int) ?? "–", e.likes.map(TextFormat.int) ?? "–"]
        }
        let measure = digest.best.entries.first?.replyMeasure == "genuine" ? "genuine replies" : "replies"
        s += HTMLFragments.table(["date", "post", "class", measure, "reposts", "likes"], rows, numeric: [3, 4, 5],
                                 markupColumns: [0, 1, 2])
        return s + "</section>\n"
    }

    func lowValueSection() -> String {
        var s = "<section id=\"low-value\"><h2>Begging, bait and spam</h2>"
        s += "<p class=\"lead\">The posts the rulebook was surest about in each low-value class, with the rules that fired.</p>"
        var any = false
        for label in ClassMixJSON.labels(posts) where label != PostClass.valuable.rawValue {
            let n = posts.counts[label] ?? 0
            guard n > 0 else { continue }
            any = true
            let shown = posts.examples[label] ?? []
            s += "<h3>\(HTMLFragments.classLabel(label)): \(TextFormat.int(n)) posts</h3>"
            for e in shown {
                s += HTMLFragments.post(date: e.createdAt, text: e.text, url: e.url, extraMarkup: HTMLFragments.rules(e.rules))
            }
            if n > shown.count { s += "<p class=\"muted\">and \(TextFormat.int(n - shown.count)) more</p>" }
        }
        for label in ClassMixJSON.labels(replies)
        where ![ReplyClass.genuine, .authorReply, .pingback, .trackback].map(\.rawValue).contains(label) {
            let n = replies.counts[label] ?? 0
            guard n > 0 else { continue }
            any = true
            let shown = replies.examples[label] ?? []
            s += "<h3>Replies: \(HTMLFragments.classLabel(label)): \(TextFormat.int(n))</h3>"
            for e in shown {
                s += HTMLFragments.post(date: e.createdAt, text: e.text, url: e.url, extraMarkup: HTMLFragments.rules(e.rules))
            }
            if n > shown.count { s += "<p class=\"muted\">and \(TextFormat.int(n - shown.count)) more</p>" }
        }
        if !any { s += "<p>None found.</p>" }
        return s + "</section>\n"
    }

    func recommendationsSection() -> String {
        var s = "<section id=\"recommendations\"><h2>Findings and recommendations</h2>"
        let shown = analysis.recommendations.filter { $0.verdict != .notTested }
        if shown.isEmpty { s += "<p class=\"muted\">No findings: too few posts to compare.</p>" }
        for r in shown { s += Self.finding(r) }
        return s + "</section>\n"
    }

    /// One finding with its evidence (shared with the comparison report).
    static func finding(_ r: Recommendation) -> String {
        var s = "<div class=\"finding\"><h3><span class=\"badge \(HTMLEscape.text(r.verdict.rawValue))\">"
            + "\(HTMLEscape.text(r.verdict.rawValue))</span>\(HTMLEscape.text(r.headline))</h3>"
        s += "<p>\(HTMLEscape.text(r.text))</p>"
        let e = r.evidence
        var ev = "\(r.account) · \(r.metric.rawValue) · \(r.scale.label) · n \(TextFormat.int(e.n)) vs \(TextFormat.int(e.nRest))"
        ev += " · δ \(HTMLFragments.signed(e.cliffsDelta))"
        if let ci = e.ci { ev += " [\(HTMLFragments.signed(ci.lower)), \(HTMLFragments.signed(ci.upper))]" }
        ev += " · p adj \(HTMLFragments.p(e.pAdjusted))"
        if let m = e.model {
            ev += " · \(m.term) ×\(HTMLFragments.num(m.ratio)) [\(HTMLFragments.num(m.lower)), \(HTMLFragments.num(m.upper))]"
            if m.unstable { ev += " (model unstable)" }
        }
        s += "<p class=\"muted\">\(HTMLEscape.text(ev))</p>"
        if !r.checks.isEmpty {
            s += "<ul class=\"checks\">"
            for c in r.checks {
                let mark = c.passed.map { $0 ? "✓" : "✗" } ?? "–"
                s += "<li>\(mark) \(HTMLEscape.text(c.name)): \(HTMLEscape.text(c.detail))</li>"
            }
            s += "</ul>"
        }
        for x in r.examples {
            let figures = [x.count.map { "\($0) \(r.metric.rawValue)" }, x.pi.map { String(format: "PI %+.2f", $0) }]
                .compactMap { $0 }.joined(separator: ", ")
            s += HTMLFragments.post(date: x.date, text: x.text, url: x.url,
                                    extraMarkup: figures.isEmpty ? "" : " <span class=\"muted\">(\(HTMLEscape.text(figures)))</span>")
        }
        return s + "</div>\n"
    }

    func notesSection() -> String {
        var items: [String] = notes + rulebookWarnings.map { "rulebook: " + $0 }
        for a in analysis.accounts { items += a.warnings.map { "\(a.account): \($0)" } }
        items += inspect.diagnostics.filter { $0.severity == .warning }.map { "\($0)" }
        items += inspect.unread.map { "not read: \($0.0): \($0.1.entry): \($0.1.reason ?? "failed")" }
        items += analysis.notes
        var s = "<section id=\"notes\"><h2>Notes and warnings</h2><ul class=\"notes\">"
        for i in items { s += "<li>\(HTMLEscape.text(i))</li>" }
        if items.isEmpty { s += "<li>None.</li>" }
        return s + "</ul></section>\n"
    }
}
