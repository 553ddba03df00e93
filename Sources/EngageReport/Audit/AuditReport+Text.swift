import EngageAnalyze
import EngageCore
import Foundation

extension AuditReport {
    /// The terminal form: sections with aligned tables — what was read, the class mix (by year, with
    /// the surest examples of each low-value class and a count of the rest), engagement by class, the
    /// best posts, the strongest effects, the top findings, and the notes. `examples` and `findings`
    /// cap the lists (the JSON and HTML forms hold everything); `details` appends the analysis in
    /// full (hygiene, outcomes, every finding, models, omnibus tests).
    public func text(style: TextStyle = .plain, examples: Int = 2, findings: Int = 5, details: Bool = false) -> String {
        let owner = inspect.sources.compactMap(\.owner).first.map { ": " + TextFormat.account($0) } ?? ""
        var out = style.heading(TextFormat.terminalSafe("engage audit" + owner))
        out += TextFormat.terminalSafe(inspect.sourcesText() + "\n" + inspect.countsText())
        out += "\n" + mixText(style: style, examples: examples)
        out += engagementText(style: style)
        out += bestText(style: style)
        out += effectsText(style: style)
        out += findingsText(style: style, limit: findings)
        if details { out += "\n" + style.heading("Analysis in detail") + AnalysisText.render(analysis) }
        out += notesText(style: style)
        out += TextFormat.terminalSafe(inspect.problemsText())
        return out
    }

    func mixText(style: TextStyle, examples: Int) -> String {
        var out = style.heading("What the posts are")
        out += "  \(TextFormat.int(posts.total)) own posts, classified with the default rulebook"
            + (rulesOverlay.map { " + \($0)" } ?? "") + "\n"
        guard posts.total > 0 else { return out + "  none to classify\n\n" }
        out += mixTable(posts, style: style)
        if !posts.contentKinds.isEmpty {
            let kinds = ContentKind.allCases.compactMap { k in posts.contentKinds[k].map { "\(k.rawValue) \(TextFormat.int($0))" } }
            out += "  valuable by kind: \(kinds.joined(separator: ", "))\n"
        }
        let years = posts.byYear.sorted { $0.key < $1.key }
        if years.count > 1 {
            var t = TextTable(["year", "posts", "low-value", "share"], align: [.left, .right, .right, .right])
            for (year, counts) in years {
                let n = counts.values.reduce(0, +)
                let low = n - (counts[PostClass.valuable.rawValue] ?? 0)
                t.add([String(year), TextFormat.int(n), TextFormat.int(low), TextFormat.percent(low, of: n)])
            }
            out += "\n" + t.render(style: style)
        }
        out += examplesText(posts, skip: [PostClass.valuable.rawValue], limit: examples, style: style)
        if reposts.total > 0 {
            let low = reposts.total - (reposts.counts[PostClass.valuable.rawValue] ?? 0)
            out += "  reposts of others (not own content, not analysed): \(TextFormat.int(reposts.total)); "
                + "\(TextFormat.int(low)) of them low-value by their text\n"
        }
        if replies.total > 0 {
            out += "\n" + style.heading("What the replies and comments are")
            out += "  \(TextFormat.int(replies.total)) replies and comments\n"
            out += mixTable(replies, style: style)
            out += examplesText(replies, skip: Set([ReplyClass.genuine, .authorReply, .pingback, .trackback].map(\.rawValue)),
                                limit: examples, style: style)
            if authors.total > 0 {
                let fake = authors.counts[AccountClass.suspectedFake.rawValue] ?? 0
                out += "  reply authors with a profile: \(TextFormat.int(authors.total)); suspected fake \(TextFormat.int(fake)) "
                    + "(\(TextFormat.percent(fake, of: authors.total)))\n"
                out += examplesText(authors, skip: [AccountClass.ok.rawValue], limit: examples, style: style)
            }
        }
        return out + "\n"
    }

    func mixTable(_ mix: ClassMix, style: TextStyle) -> String {
        var t = TextTable(["class", "count", "share", ""], align: [.left, .right, .right, .left])
        for label in ClassMixJSON.labels(mix) {
            let n = mix.counts[label] ?? 0
            let bar = String(repeating: "█", count: Int((30 * mix.share(label)).rounded()))
            t.add([label, TextFormat.int(n), TextFormat.percent(n, of: mix.total), bar],
                  styled: [style.label(label), nil, nil, style.label(bar).isEmpty ? nil : style.dim(bar)])
        }
        return t.render(style: style)
    }

    func examplesText(_ mix: ClassMix, skip: Set<String>, limit: Int, style: TextStyle) -> String {
        var out = ""
        for label in ClassMixJSON.labels(mix) where !skip.contains(label) {
            let n = mix.counts[label] ?? 0
            guard n > 0, let list = mix.examples[label], !list.isEmpty, limit > 0 else { continue }
            out += "  \(style.label(label)), for example:\n"
            for e in list.prefix(limit) {
                let date = e.createdAt.map(TextFormat.day) ?? "undated"
                out += "    \(date)  \"\(TextFormat.terminalSafe(e.text))\""
                if !e.rules.isEmpty { out += "  " + style.dim("[\(e.rules.joined(separator: ", "))]") }
                out += "\n"
            }
            let rest = n - min(limit, list.count)
            if rest > 0 { out += style.dim("    … and \(TextFormat.int(rest)) more") + "\n" }
        }
        return out
    }

    func engagementText(style: TextStyle) -> String {
        guard !digest.engagement.isEmpty else { return "" }
        var out = style.heading("Engagement by class (per analysed post)")
        for e in digest.engagement {
            let replies = e.replyMeasure == "genuine" ? "genuine replies" : "replies"
            out += "  \(e.account)" + (e.replyMeasure == "genuine" ? "" : " (replies \(e.replyMeasure): no reply records to filter)") + "\n"
            if let f = analysis.accounts.first(where: { $0.account == e.account })?.filter {
                out += AnalysisText.wrap(AnalysisText.filterSentence(f), indent: "  ")
            }
            var t = TextTable(["class", "posts", "\(replies): median", "Q1–Q3", "≥1", "reposts: median", "Q1–Q3", "likes: median"],
                              align: [.left, .right, .right, .right, .right, .right, .right, .right])
            var classes = e.classes(.replies)
            for o in [Outcome.reposts, .likes] { classes += e.classes(o).filter { !classes.contains($0) } }
            for c in classes {
                let r = e.byClass[.replies]?[c]?.summary, p = e.byClass[.reposts]?[c]?.summary, l = e.byClass[.likes]?[c]?.summary
                let n = [r?.n, p?.n, l?.n].compactMap { $0 }.max() ?? 0
                t.add([c, TextFormat.int(n), Self.count(r?.median), Self.range(r), r.map { String(format: "%.0f%%", 100 * $0.shareAtLeastOne) } ?? "–",
                       Self.count(p?.median), Self.range(p), Self.count(l?.median)],
                      styled: [style.label(c)])
            }
            out += t.render(indent: 4, style: style)
        }
        return out + "\n"
    }

    static func count(_ v: Double?) -> String {
        guard let v else { return "–" }
        return v == v.rounded() ? TextFormat.int(Int(v)) : String(format: "%.1f", v)
    }

    static func range(_ s: CountDistribution.Summary?) -> String {
        guard let s else { return "–" }
        return "\(count(s.q1))–\(count(s.q3))"
    }

    func bestText(style: TextStyle) -> String {
        let best = digest.best.entries.prefix(5)
        guard !best.isEmpty else { return "" }
        let measure = best.first?.replyMeasure == "genuine" ? "genuine replies" : "replies"
        var out = style.heading("Posts that earned the most (\(measure), then reposts)")
        var t = TextTable(["date", measure, "reposts", "likes", "class", "post"], align: [.left, .right, .right, .right, .left, .left])
        for e in best {
            t.add([e.createdAt.map(TextFormat.day) ?? "undated", e.replies.map(TextFormat.int) ?? "–",
                   e.reposts.map(TextFormat.int) ?? "–", e.likes.map(TextFormat.int) ?? "–", e.postClass ?? "–", "\"\(TextFormat.terminalSafe(e.text))\""],
                  styled: [nil, nil, nil, nil, e.postClass.map { style.label($0) }])
        }
        return out + t.render(style: style) + "\n"
    }

    func effectsText(style: TextStyle) -> String {
        var out = ""
        for a in analysis.accounts {
            let scale: Scale = analysis.comparisons.contains { $0.account == a.account && $0.scale == .performanceIndex }
                ? .performanceIndex : .raw
            let clear = analysis.comparisons.filter {
                $0.account == a.account && $0.scale == scale && ($0.ci?.excludesZero ?? false)
                    && ($0.pAdjusted ?? 1) < analysis.settings.fdr
            }.sorted { abs($0.cliffsDelta ?? 0) > abs($1.cliffsDelta ?? 0) }
            guard !clear.isEmpty else { continue }
            if out.isEmpty { out = style.heading("Clearest effects (Cliff's δ, group against the rest, 95 % CI)") }
            out += "  \(a.account), \(scale.label)\n"
            var t = TextTable(["group", "outcome", "n", "δ", "95 % CI", "adj. p", "size"],
                              align: [.left, .left, .right, .right, .left, .right, .left])
            for c in clear.prefix(8) {
                let d = HTMLFragments.signed(c.cliffsDelta)
                t.add([c.group, c.metric.rawValue, TextFormat.int(c.n), d,
                       c.ci.map { "[\(HTMLFragments.signed($0.lower)), \(HTMLFragments.signed($0.upper))]" } ?? "–",
                       HTMLFragments.p(c.pAdjusted), c.label ?? ""],
                      styled: [nil, nil, nil, (c.cliffsDelta ?? 0) > 0 ? style.good(d) : style.bad(d)])
            }
            out += t.render(indent: 4, style: style)
            if clear.count > 8 { out += style.dim("    … and \(clear.count - 8) more (--format json, or --output report.html)") + "\n" }
        }
        return out.isEmpty ? "" : out + "\n"
    }

    func findingsText(style: TextStyle, limit: Int) -> String {
        let all = analysis.recommendations.filter { $0.verdict != .notTested }
        guard !all.isEmpty else { return "" }
        var out = style.heading("Findings")
        for r in all.prefix(limit) {
            let verdict = r.verdict == .recommendation ? style.good(r.verdict.rawValue) : style.warn(r.verdict.rawValue)
            out += "  • \(style.bold(TextFormat.terminalSafe(r.headline))) [\(verdict), \(r.metric.rawValue)]\n"
            // The full text ends with example posts; the summary keeps the figures (examples: JSON, HTML, --details).
            let figures = TextFormat.terminalSafe(r.text.components(separatedBy: " Examples: ").first ?? r.text)
            out += AnalysisText.wrap(figures, indent: "    ")
        }
        if all.count > limit {
            out += style.dim("  … and \(all.count - limit) more findings (--details, --format json, or --output report.html)") + "\n"
        }
        return out + "\n"
    }

    func notesText(style: TextStyle) -> String {
        var out = ""
        for n in notes { out += TextFormat.terminalSafe("note: \(n)") + "\n" }
        for w in rulebookWarnings { out += style.warn("rulebook: \(w)") + "\n" }
        for a in analysis.accounts { for w in a.warnings { out += style.warn(TextFormat.terminalSafe("warning: \(a.account): \(w)")) + "\n" } }
        for n in analysis.notes { out += AnalysisText.wrap(TextFormat.terminalSafe(n), indent: "") }
        return out
    }
}
