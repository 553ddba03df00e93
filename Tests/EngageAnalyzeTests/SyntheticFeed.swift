import EngageAnalyze
import EngageCore
import Foundation

/// Invented feeds with known structure (people, texts and numbers are made up): the user @ana with
/// replies from others, a self-thread, reposts, replies to others, a deleted and a too-young post;
/// a competitor @bea with platform counts only.
enum SyntheticFeed {
    static let start = Date(timeIntervalSince1970: 1_600_000_000)  // 2020-09-13
    static let end = start.addingTimeInterval(330 * 86400)

    static func verdict(_ c: PostClass, _ k: ContentKind? = nil) -> Verdict {
        Verdict(label: c.rawValue, score: 1, threshold: 1, hits: [], contentKind: k)
    }

    static func reply(_ c: ReplyClass) -> Verdict { Verdict(label: c.rawValue, score: 1, threshold: 1, hits: []) }

    static let kinds: [ContentKind] = [.question, .howTo, .news, .insight]

    /// User post i: every 5th begs for followers; the others cycle question, how-to, news, insight.
    static func isBegging(_ i: Int) -> Bool { i % 5 == 4 }
    static func kind(_ i: Int) -> ContentKind { kinds[(i - i / 5) % 4] }

    struct Built {
        var input: AnalysisInput
        /// Every post given to the input, with its verdicts (for export lines).
        var posts: [(Post, Verdict?, Verdict?)] = []
        /// Expected filter figures.
        var replyRecords = 0
        var author = 0
        var flagged = 0
        var spam = 0
        var followBack = 0
        var genericPraise = 0
        var repeats = 0

        mutating func add(_ p: Post, verdict: Verdict? = nil, authorVerdict: Verdict? = nil) {
            input.add(p, verdict: verdict, authorVerdict: authorVerdict)
            posts.append((p, verdict, authorVerdict))
        }
    }

    /// The rich two-account input.
    static func rich(users: Int = 160, competitor: Int = 80) -> Built {
        let prov = Provenance(source: "ana-archive.zip", entry: "data/tweets.js")
        let ana = Account(platform: .x, id: "100", handle: "ana", name: "Ana", followers: 1200, asOf: end)
        let anaEarly = Account(platform: .x, id: "100", handle: "ana", followers: 800, asOf: start)
        let bea = Account(platform: .x, id: "200", handle: "bea", name: "Bea", followers: 5000, asOf: end)
        var input = AnalysisInput(sources: [
            SourceInfo(path: "ana-archive.zip", format: .xArchive, owner: ana, countsAsOf: end),
            SourceInfo(path: "bea.jsonl", format: .xAPIv2, owner: bea, countsAsOf: end),
        ])
        input.add(account: anaEarly)
        var b = Built(input: input)
        let anaRef = AuthorRef(id: "100", handle: "ana")
        for i in 0..<users {
            let created = start.addingTimeInterval(Double(i) * 2 * 86400 + Double((i * 7) % 24) * 3600)
            let begging = isBegging(i)
            let k = kind(i)
            var text: String
            if begging {
                text = "Help us reach \(1000 + i) followers! Please RT and follow"
            } else {
                switch k {
                case .question: text = "What is your favourite way to test a parser \(i)? Tell me"
                case .howTo: text = "How to profile a Swift loop in five steps, part \(i)"
                case .news: text = "Release \(i) is out today with faster imports"
                default: text = "A small insight about caches and memory number \(i)"
                }
            }
            if i % 7 == 0 { text += " https://example.org/p/\(i)" }
            let likes = begging ? 40 + i % 9 : 10 + (i * 13) % 17
            let id = String(1000 + i)
            b.add(Post(platform: .x, id: id, author: anaRef, createdAt: created, text: text, kind: .original,
                             url: "https://x.com/ana/status/\(id)", urls: i % 7 == 0 ? ["https://example.org/p/\(i)"] : [],
                             metrics: Metrics(likes: likes, reposts: begging ? 6 : i % 4, asOf: end), provenance: prov),
                        verdict: begging ? verdict(.followerBegging) : verdict(.valuable, k))
            // self-thread of three on every 20th post
            if i % 20 == 10 {
                for t in 1...2 {
                    b.add(Post(platform: .x, id: "\(id)-t\(t)", author: anaRef, createdAt: created.addingTimeInterval(Double(t) * 60),
                                     text: "\(t + 1)/3 more on this", kind: .selfReply, replyTo: t == 1 ? id : "\(id)-t1",
                                     metrics: Metrics(likes: 1, reposts: 0, asOf: end), provenance: prov),
                                verdict: verdict(.valuable, .insight))
                }
            }
            // replies by others
            var n = 0
            func addReply(_ author: String, _ v: ReplyClass, fake: Bool = false, byOwner: Bool = false) {
                n += 1
                b.replyRecords += 1
                let aref = byOwner ? anaRef : AuthorRef(id: author, handle: "u" + author)
                // the author answers the first reply (a reply to another account, in the author's feed)
                b.add(Post(platform: .x, id: "\(id)-r\(n)", author: aref, createdAt: created.addingTimeInterval(600),
                                 text: "reply", kind: .reply, replyTo: byOwner ? "\(id)-r1" : id, conversation: id,
                                 byOwner: byOwner ? nil : false,
                                 provenance: Provenance(source: "replies.jsonl", line: b.replyRecords)),
                            verdict: reply(byOwner ? .authorReply : v),
                            authorVerdict: Verdict(label: fake ? "suspected-fake" : "ok", score: 0, threshold: 1, hits: []))
            }
            if begging {
                for j in 0..<6 {
                    switch j % 3 {
                    case 0: addReply("s\(i)-\(j)", .spam); b.spam += 1
                    case 1: addReply("f\(i)-\(j)", .followBackRequest); b.followBack += 1
                    default: addReply("g\(i)-\(j)", .genericPraise); b.genericPraise += 1
                    }
                }
            } else {
                let genuine = k == .question ? 3 + i % 4 : 1 + i % 2
                for j in 0..<genuine { addReply("p\((i * 3 + j) % 50)", .genuine) }
                if i % 3 == 0 {
                    addReply("p\((i * 3) % 50)", .genuine)  // the first replier again
                    b.repeats += 1
                }
            }
            if i % 4 == 0 {
                addReply("100", .genuine, byOwner: true)
                b.author += 1
            }
            if i % 6 == 0 {
                addReply("z\(i)", .genuine, fake: true)
                b.flagged += 1
            }
        }
        // records that are not units
        for j in 0..<5 {
            b.add(Post(platform: .x, id: "rt\(j)", author: anaRef, createdAt: start.addingTimeInterval(Double(j) * 86400),
                             text: "RT @someone: a post", kind: .repost, repostOf: "9\(j)",
                             metrics: Metrics(likes: 0, reposts: 999, asOf: end), provenance: prov))
        }
        for j in 0..<6 {
            b.add(Post(platform: .x, id: "to\(j)", author: anaRef, createdAt: start.addingTimeInterval(Double(j) * 86400 + 300),
                             text: "@bea thanks for this", kind: .reply, replyTo: "b\(j)", replyToUser: "200",
                             metrics: Metrics(likes: 2, reposts: 0, asOf: end), provenance: prov))
        }
        b.add(Post(platform: .x, id: "young", author: anaRef, createdAt: end.addingTimeInterval(-3600), text: "Just posted",
                         metrics: Metrics(likes: 0, reposts: 0, asOf: end), provenance: prov), verdict: verdict(.valuable, .news))
        b.add(Post(platform: .x, id: "gone", author: anaRef, createdAt: start, text: "deleted one",
                         metrics: Metrics(likes: 0, reposts: 0, asOf: end), flags: [.deleted], provenance: prov))
        // the competitor: platform counts only, some reply counts unknown
        let beaRef = AuthorRef(id: "200", handle: "bea")
        for i in 0..<competitor {
            let created = start.addingTimeInterval(Double(i) * 4 * 86400 + 9 * 3600)
            let howTo = i % 2 == 0
            b.add(Post(platform: .x, id: "b\(i)", author: beaRef, createdAt: created,
                             text: howTo ? "How to ship a CLI in Swift, lesson \(i)" : "Follow for follow! Retweet to win \(i)",
                             metrics: Metrics(likes: howTo ? 30 + i % 11 : 8 + i % 5, reposts: howTo ? 5 + i % 3 : 9,
                                              replies: i % 10 == 9 ? nil : (howTo ? 4 + i % 5 : i % 2),
                                              impressions: 900 + (i * 37) % 400, asOf: end),
                             provenance: Provenance(source: "bea.jsonl", line: i + 1)),
                        verdict: howTo ? verdict(.valuable, .howTo) : verdict(.followBack))
        }
        return b
    }

    /// A small single-account feed for golden files: likes only.
    static func tiny() -> AnalysisInput {
        let owner = Account(platform: .mastodon, id: "https://social.example/users/cy", handle: "cy@social.example", name: "Cy")
        var input = AnalysisInput(sources: [SourceInfo(path: "outbox.json", format: .mastodonArchive, owner: owner,
                                                       countsAsOf: start.addingTimeInterval(200 * 86400))])
        for i in 0..<60 {
            let question = i % 3 == 0
            input.add(Post(platform: .mastodon, id: "t\(i)", author: owner.ref,
                           createdAt: start.addingTimeInterval(Double(i) * 3 * 86400 + Double(i % 5) * 7200),
                           text: question ? "Which editor do you use for notes \(i)?" : "Notes from week \(i) #weeknotes",
                           url: "https://social.example/@cy/\(i)", hashtags: question ? [] : ["weeknotes"],
                           metrics: Metrics(likes: question ? 6 + i % 5 : 2 + i % 3, asOf: start.addingTimeInterval(200 * 86400)),
                           provenance: Provenance(source: "outbox.json", offset: i * 100)),
                      verdict: verdict(.valuable, question ? .question : .insight))
        }
        return input
    }
}
