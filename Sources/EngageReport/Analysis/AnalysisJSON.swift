import EngageAnalyze
import EngageCore

/// The `analysis` object of `engage audit --format json` (documented in docs/json-output.md).
public enum AnalysisJSON {
    /// The analysis object's schema version. Bump on any incompatible change.
    public static let schemaVersion = 1

    /// The analysis as a standalone pretty-printed JSON document.
    public static func document(_ r: AnalysisReport) -> String {
        var w = JSONWriter(indent: 2)
        write(r, to: &w)
        return w.output
    }

    /// Writes the analysis object as the next value (after `w.key("analysis")`).
    public static func write(_ r: AnalysisReport, to w: inout JSONWriter) {
        w.object { w in
            w.key("schemaVersion"); w.int(schemaVersion)
            w.key("settings"); w.object { w in
                w.key("seed"); w.string(String(r.settings.seed))
                w.key("bootstrapResamples"); w.int(r.settings.bootstrapResamples)
                w.key("permutationResamples"); w.int(r.settings.permutationResamples)
                w.key("fdr"); w.double(r.settings.fdr)
                w.key("timeZone"); w.string(r.settings.timeZone)
                w.key("trend"); w.string(r.settings.trend)
                w.key("testsInFamily"); w.int(r.testsInFamily)
            }
            w.key("accounts"); w.array { w in for a in r.accounts { account(a, to: &w) } }
            w.key("comparisons"); w.array { w in for c in r.comparisons { comparison(c, to: &w) } }
            w.key("betweenAccounts"); w.array { w in for c in r.betweenAccounts { comparison(c, to: &w) } }
            w.key("recommendations"); w.array { w in for x in r.recommendations { recommendation(x, to: &w) } }
            w.key("sideBySide"); w.array { w in
                for row in r.sideBySide {
                    w.object { w in
                        w.key("account"); w.string(row.account)
                        w.key("metric"); w.string(row.metric.rawValue)
                        w.key("group"); w.string(row.group)
                        w.key("n"); w.int(row.n)
                        w.key("pi"); descriptives(row.pi, to: &w)
                        w.key("perFollower"); descriptives(row.perFollower, to: &w)
                        w.key("shareAtLeastOne"); w.double(row.shareAtLeastOne)
                    }
                }
            }
            w.key("notes"); w.strings(r.notes)
        }
    }

    static func account(_ a: AccountAnalysis, to w: inout JSONWriter) {
        w.object { w in
            w.key("account"); w.string(a.account)
            w.key("role"); w.string(a.isUser ? "user" : "competitor")
            w.key("platform"); w.string(a.platform)
            let h = a.hygiene
            w.key("hygiene"); w.object { w in
                w.key("feedPosts"); w.int(h.feedPosts)
                w.key("notPublic"); w.int(h.notPublic)
                w.key("withoutDate"); w.int(h.withoutDate)
                w.key("reposts"); w.int(h.reposts)
                w.key("repliesToOthers"); w.int(h.repliesToOthers)
                w.key("threadContinuations"); w.int(h.threadContinuations)
                w.key("quotes"); w.int(h.quotes)
                w.key("tooYoung"); w.int(h.tooYoung)
                w.key("units"); w.int(h.units)
                w.key("snapshot"); w.date(h.snapshot)
                w.key("snapshotApproximate"); w.bool(h.snapshotApproximate)
                w.key("cutoffHours"); w.int(h.cutoffHours)
                w.key("first"); w.date(h.first)
                w.key("last"); w.date(h.last)
            }
            w.key("outcomes"); w.array { w in
                for o in a.outcomes {
                    w.object { w in
                        w.key("outcome"); w.string(o.outcome.rawValue)
                        w.key("measure"); w.string(o.measure.rawValue)
                        w.key("sources"); w.strings(o.sources)
                        w.key("known"); w.int(o.known)
                        w.key("missing"); w.int(o.missing)
                        w.key("withPI"); w.int(o.withPI)
                        w.key("withoutPI"); w.int(o.withoutPI)
                        w.key("withRate"); w.int(o.withRate)
                    }
                }
            }
            w.key("filter")
            if let f = a.filter {
                w.object { w in
                    w.key("rawReplies"); w.int(f.rawReplies)
                    w.key("removed"); w.int(f.removed)
                    w.key("share"); w.double(f.share)
                    w.key("byReason"); w.object { w in for (k, v) in f.byReason { w.key(k); w.int(v) } }
                    w.key("postsChanged"); w.int(f.postsChanged)
                    w.key("unattached"); w.int(f.unattached)
                    w.key("unclassified"); w.int(f.unclassified)
                    w.key("summary"); w.string(AnalysisText.filterSentence(f))
                }
            } else {
                w.null()
            }
            w.key("descriptives"); w.array { w in
                for d in a.descriptives {
                    w.object { w in
                        w.key("metric"); w.string(d.outcome.rawValue)
                        w.key("scale"); w.string(d.scale.rawValue)
                        w.key("stats"); descriptives(d.stats, to: &w)
                    }
                }
            }
            w.key("repliesToOthers"); w.array { w in
                for d in a.repliesToOthers {
                    w.object { w in
                        w.key("metric"); w.string(d.outcome.rawValue)
                        w.key("scale"); w.string(d.scale.rawValue)
                        w.key("stats"); descriptives(d.stats, to: &w)
                    }
                }
            }
            w.key("models"); w.array { w in for m in a.models { model(m, to: &w) } }
            w.key("omnibus"); w.array { w in for t in a.omnibus { omnibus(t, to: &w) } }
            w.key("bestTimes"); w.array { w in
                for t in a.bestTimes {
                    w.object { w in
                        w.key("metric"); w.string(t.metric.rawValue)
                        w.key("factor"); w.string(t.factor)
                        w.key("timeZone"); w.string(t.timeZone)
                        w.key("slots"); w.strings(t.slots)
                        w.key("sizes"); w.array { w in for s in t.sizes { w.int(s) } }
                        w.key("medians"); w.array { w in for m in t.medians { w.double(m) } }
                        w.key("statistic"); w.double(t.observed)
                        w.key("p"); w.double(t.p)
                        w.key("pAdjusted"); w.double(t.pAdjusted)
                        w.key("epsilonSquared"); w.double(t.epsilonSquared)
                        w.key("resamples"); w.int(t.resamples)
                        w.key("best"); w.string(t.best)
                        w.key("caption"); w.string(t.caption)
                    }
                }
            }
            w.key("followers"); w.string(a.followers)
            w.key("warnings"); w.strings(a.warnings)
        }
    }

    /// Descriptives as an object, or null.
    static func descriptives(_ d: Descriptives?, to w: inout JSONWriter) {
        guard let d else {
            w.null()
            return
        }
        w.object { w in
            w.key("n"); w.int(d.n)
            w.key("median"); w.double(d.median)
            w.key("q1"); w.double(d.q1)
            w.key("q3"); w.double(d.q3)
            w.key("iqr"); w.double(d.iqr)
            w.key("p90"); w.double(d.p90)
            w.key("p99"); w.double(d.p99)
            w.key("max"); w.double(d.max)
            w.key("shareZeros"); w.double(d.shareZeros)
            w.key("shareAtLeastOne"); w.double(d.shareAtLeastOne)
            w.key("top10Share"); w.double(d.top10Share)
            w.key("gini"); w.double(d.gini)
            w.key("mean"); w.double(d.mean)
            w.key("trimmedMean"); w.double(d.trimmedMean)
        }
    }

    static func interval(_ ci: ConfidenceInterval?, to w: inout JSONWriter) {
        if let ci {
            w.array { w in
                w.double(ci.lower)
                w.double(ci.upper)
            }
        } else {
            w.null()
        }
    }

    /// One comparison; the first twelve members are the stable core
    /// `metric, group, n, nRest, median, medianRest, U, p, pAdjusted, cliffsDelta, ci`.
    public static func comparison(_ c: Comparison, to w: inout JSONWriter) {
        w.object { w in
            w.key("account"); w.string(c.account)
            w.key("metric"); w.string(c.metric.rawValue)
            w.key("scale"); w.string(c.scale.rawValue)
            w.key("group"); w.string(c.group)
            w.key("n"); w.int(c.n)
            w.key("nRest"); w.int(c.nRest)
            w.key("median"); w.double(c.stats.median)
            w.key("medianRest"); w.double(c.statsRest.median)
            w.key("U"); w.double(c.u)
            w.key("p"); w.double(c.p)
            w.key("pAdjusted"); w.double(c.pAdjusted)
            w.key("cliffsDelta"); w.double(c.cliffsDelta)
            w.key("ci"); interval(c.ci, to: &w)
            w.key("label"); w.string(c.label)
            w.key("medianRatio"); w.double(c.medianRatio)
            w.key("medianRatioCi"); interval(c.medianRatioCI, to: &w)
            w.key("detectableDelta"); w.double(c.detectableDelta)
            w.key("seed"); w.string(c.seed.map { String($0) })
            w.key("bootstrap"); w.string(c.bootstrap)
            w.key("stats"); descriptives(c.stats, to: &w)
            w.key("statsRest"); descriptives(c.statsRest, to: &w)
            w.key("model")
            if let m = c.model {
                w.object { w in
                    w.key("term"); w.string(m.term)
                    w.key("irr"); w.double(m.ratio)
                    w.key("ci"); w.array { w in
                        w.double(m.lower)
                        w.double(m.upper)
                    }
                    w.key("p"); w.double(m.p)
                    w.key("method"); w.string(m.method)
                    w.key("unstable"); w.bool(m.unstable)
                    w.key("reference"); w.string(m.reference)
                }
            } else {
                w.null()
            }
        }
    }

    static func fit(_ m: CountModelFit?, to w: inout JSONWriter) {
        guard let m else {
            w.null()
            return
        }
        w.object { w in
            w.key("method"); w.string(m.method.rawValue)
            w.key("unstable"); w.bool(m.unstable)
            w.key("failure"); w.string(m.failure)
            w.key("alpha"); w.double(m.alpha)
            w.key("logLikelihood"); w.double(m.logLikelihood)
            w.key("n"); w.int(m.n)
            w.key("iterations"); w.int(m.iterations)
            w.key("terms"); w.array { w in
                for t in m.terms {
                    w.object { w in
                        w.key("term"); w.string(t.name)
                        w.key("beta"); w.double(t.beta)
                        w.key("se"); w.double(t.standardError)
                        w.key("ratio"); w.double(t.ratio)
                        w.key("ci"); w.array { w in
                            w.double(t.lower)
                            w.double(t.upper)
                        }
                        w.key("p"); w.double(t.p)
                    }
                }
            }
        }
    }

    static func model(_ m: ModelReport, to w: inout JSONWriter) {
        w.object { w in
            w.key("metric"); w.string(m.outcome.rawValue)
            w.key("offset"); w.string(m.offset)
            w.key("trend"); w.string(m.trend)
            w.key("dropped"); w.strings(m.dropped)
            w.key("reference"); w.string(m.reference)
            w.key("model"); fit(m.fit.model, to: &w)
            let d = m.fit.diagnostics
            w.key("diagnostics"); w.object { w in
                w.key("poissonDispersion"); w.double(d.poissonDispersion)
                w.key("likelihoodRatio"); w.double(d.likelihoodRatio)
                w.key("likelihoodRatioP"); w.double(d.likelihoodRatioP)
                w.key("expectedZeros"); w.double(d.expectedZeros)
                w.key("observedZeros"); w.int(d.observedZeros)
                w.key("zeroShare"); w.double(d.zeroShare)
            }
            w.key("hurdle")
            if let h = m.fit.hurdle {
                w.object { w in
                    w.key("any"); fit(h.any, to: &w)
                    w.key("positive"); fit(h.positive, to: &w)
                }
            } else {
                w.null()
            }
        }
    }

    static func omnibus(_ t: OmnibusTest, to w: inout JSONWriter) {
        w.object { w in
            w.key("metric"); w.string(t.metric.rawValue)
            w.key("scale"); w.string(t.scale.rawValue)
            w.key("factor"); w.string(t.factor)
            w.key("groups"); w.strings(t.groups)
            w.key("sizes"); w.array { w in for s in t.sizes { w.int(s) } }
            w.key("mergedOrLeftOut"); w.strings(t.mergedOrLeftOut)
            w.key("H"); w.double(t.h)
            w.key("df"); w.int(t.df)
            w.key("p"); w.double(t.p)
            w.key("pAdjusted"); w.double(t.pAdjusted)
            w.key("epsilonSquared"); w.double(t.epsilonSquared)
            w.key("dunn"); w.array { w in
                for p in t.pairs {
                    w.object { w in
                        w.key("first"); w.string(p.first)
                        w.key("second"); w.string(p.second)
                        w.key("z"); w.double(p.z)
                        w.key("p"); w.double(p.p)
                        w.key("pHolm"); w.double(p.pHolm)
                        w.key("cliffsDelta"); w.double(p.cliffsDelta)
                    }
                }
            }
        }
    }

    static func recommendation(_ r: Recommendation, to w: inout JSONWriter) {
        w.object { w in
            w.key("account"); w.string(r.account)
            w.key("competitor"); w.bool(r.competitor)
            w.key("metric"); w.string(r.metric.rawValue)
            w.key("scale"); w.string(r.scale.rawValue)
            w.key("group"); w.string(r.group)
            w.key("verdict"); w.string(r.verdict.rawValue)
            w.key("direction"); w.string(r.direction.rawValue)
            w.key("headline"); w.string(r.headline)
            w.key("text"); w.string(r.text)
            w.key("checks"); w.array { w in
                for c in r.checks {
                    w.object { w in
                        w.key("name"); w.string(c.name)
                        w.key("passed"); w.bool(c.passed)
                        w.key("detail"); w.string(c.detail)
                    }
                }
            }
            w.key("evidence"); comparison(r.evidence, to: &w)
            w.key("rawEvidence")
            if let raw = r.rawEvidence { comparison(raw, to: &w) } else { w.null() }
            w.key("examples"); w.array { w in
                for e in r.examples {
                    w.object { w in
                        w.key("id"); w.string(e.id)
                        w.key("url"); w.string(e.url)
                        w.key("date"); w.date(e.date)
                        w.key("text"); w.string(e.text)
                        w.key("count"); w.int(e.count)
                        w.key("pi"); w.double(e.pi)
                    }
                }
            }
        }
    }
}
