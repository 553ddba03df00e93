// Times the analysis stage on a large invented feed (release build): `Benchmarks/analysis.sh`.
//
//   engage-bench-analysis [--posts N] [--replies-per-post R] [--accounts A] [--input-only]
//
// Prints the time to build the input and to analyse it (bootstrap, permutation tests and models
// included), with the peak resident memory.
import EngageAnalyze
import EngageCore
import Foundation

var posts = 1_000_000
var repliesPerPost = 0
var accounts = 1
var buildOnly = false
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--posts": posts = Int(args.popFirst() ?? "") ?? posts
    case "--replies-per-post": repliesPerPost = Int(args.popFirst() ?? "") ?? repliesPerPost
    case "--accounts": accounts = Int(args.popFirst() ?? "") ?? accounts
    case "--input-only": buildOnly = true
    default:
        FileHandle.standardError.write(Data("usage: engage-bench-analysis [--posts N] [--replies-per-post R] [--accounts A]\n".utf8))
        exit(2)
    }
}

/// SplitMix64: deterministic invented data.
struct Gen {
    var s: UInt64
    mutating func next() -> UInt64 {
        s &+= 0x9E37_79B9_7F4A_7C15
        var z = s
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    /// A heavy-tailed count with mean about `mean`: Poisson–gamma by a log-normal shortcut.
    mutating func count(_ mean: Double) -> Int {
        let u1 = max(1e-12, uniform()), u2 = uniform()
        let z = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        return Int((mean * exp(0.9 * z - 0.405)).rounded(.down))
    }
}

func peakMemoryMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan
        return kb / 1024
    }
    return .nan
}

let texts = ["How do you test a streaming parser?", "Five steps to faster imports: https://example.org/a",
             "Release notes for #swift 6 are out", "Thanks @friend for the review!", "A thread on caches",
             "Help us reach 10k followers! RT please", "Follow back everyone #teamfollowback", "What did I miss today?"]
let classes: [(PostClass, ContentKind?)] = [(.valuable, .question), (.valuable, .howTo), (.valuable, .news),
                                            (.valuable, .conversation), (.valuable, .insight), (.followerBegging, nil),
                                            (.followBack, nil), (.valuable, .question)]
var gen = Gen(s: 42)
let start = Date(timeIntervalSince1970: 1_400_000_000)
let span = 8.0 * 365 * 86400
var input = AnalysisInput()
let t0 = Date()
for a in 0..<accounts {
    let owner = Account(platform: .x, id: "\(a + 1)", handle: "account\(a + 1)", followers: 10_000 * (a + 1),
                        asOf: start.addingTimeInterval(span + 86400 * 30))
    input.add(source: SourceInfo(path: "feed\(a + 1).jsonl", format: .xAPIv2, owner: owner,
                                 countsAsOf: start.addingTimeInterval(span + 86400 * 30)))
    let n = posts / accounts
    for i in 0..<n {
        let k = gen.int(texts.count)
        let growth = 1 + 3 * Double(i) / Double(n)
        let mean = (k == 5 || k == 6 ? 2.0 : 6.0) * growth
        let created = start.addingTimeInterval(span * Double(i) / Double(n) + Double(gen.int(3600)))
        let id = String(10_000_000_000 + a * 100_000_000 + i)
        let post = Post(platform: .x, id: id, author: owner.ref, createdAt: created, text: texts[k] + " \(i % 1000)",
                        url: "https://x.com/account\(a + 1)/status/\(id)",
                        metrics: Metrics(likes: gen.count(mean * 4), reposts: gen.count(mean), replies: gen.count(mean / 2)),
                        provenance: Provenance(source: "feed\(a + 1).jsonl", line: i + 1))
        input.add(post, verdict: Verdict(label: classes[k].0.rawValue, score: 1, threshold: 1, hits: [],
                                         contentKind: classes[k].1))
        for r in 0..<repliesPerPost {
            let reply = Post(platform: .x, id: "\(id)r\(r)", author: AuthorRef(id: "u\(gen.int(50_000))"), createdAt: created,
                             text: "reply", kind: .reply, replyTo: id, byOwner: false,
                             provenance: Provenance(source: "replies.jsonl"))
            let label = gen.int(10) < 8 ? ReplyClass.genuine : .spam
            input.add(reply, verdict: Verdict(label: label.rawValue, score: 1, threshold: 1, hits: []))
        }
    }
}
let built = Date().timeIntervalSince(t0)
if buildOnly {
    print(String(format: "posts %d, replies %d: input built in %.2f s; peak memory %.0f MB", input.feedCount,
                 input.replyCount, built, peakMemoryMB()))
    exit(0)
}
let t1 = Date()
let report = Analyzer().analyze(input)
let analysed = Date().timeIntervalSince(t1)
let tested = report.comparisons.filter { $0.p != nil }.count
print(String(format: "posts %d, replies %d, accounts %d: input built in %.2f s; analysis %.2f s (%d comparisons, %d with bootstrap, %d p-values, %d findings); peak memory %.0f MB",
             input.feedCount, input.replyCount, accounts, built, analysed, report.comparisons.count, tested,
             report.testsInFamily, report.recommendations.count, peakMemoryMB()))
