import EngageCore
@testable import EngageIngest
import EngageTestSupport
import Foundation
import Testing

/// Archives of every variant generated at test time by `../shared/tools/make-x-archive`, read and
/// checked tweet by tweet against the ground truth it writes (`--truth`).
@Suite struct XArchiveTruthTests {
    struct Truth {
        var id: String
        var kind: PostKind
        var long: Bool
        var styled: Bool
        var mentionOnly: Bool
        var editOf: String?
        var superseded: Bool
    }

    /// Generates an archive; nil (after printing why) when the tool is not there.
    static func generate(_ name: String, _ arguments: [String], tweets: Int = 600) throws -> (path: String, truth: [Truth])? {
        guard let tool = Fixtures.sharedTool("make-x-archive", function: name) else { return nil }
        let dir = try Fixtures.temporaryFolder("engage-truth")
        let out = dir.appendingPathComponent(arguments.contains("--zip") ? "archive.zip" : "archive").path
        let truthPath = dir.appendingPathComponent("truth.jsonl").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["--tweets", String(tweets), "--out", out, "--truth", truthPath, "--quiet", "--jobs", "1",
                       "--long-share", "0.1", "--edit-share", "0.05"] + arguments
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "make-x-archive \(arguments) failed")
        let kinds: [String: PostKind] = ["original": .original, "reply": .reply, "self_reply": .selfReply,
                                         "retweet": .repost, "quote": .quote]
        let text = try String(contentsOfFile: truthPath, encoding: .utf8)
        let truth = try text.split(separator: "\n").map { line -> Truth in
            let v = try JSONValue.parse(String(line))
            return Truth(id: try #require(v["id"]?.string), kind: try #require(v["kind"]?.string.flatMap { kinds[$0] }),
                         long: v["long"]?.bool == true, styled: v["styled_note"]?.bool == true,
                         mentionOnly: v["mention_only"]?.bool == true, editOf: v["edit_of"]?.string,
                         superseded: v["superseded"]?.bool == true)
        }
        return (out, truth)
    }

    /// Reads `path` and checks every post against the truth.
    static func check(_ path: String, _ truth: [Truth], variant: String) throws {
        let (posts, summary) = try Ingestor().readAll(paths: [path])
        #expect(summary.unreadFiles.isEmpty)
        #expect(summary.sources.first?.variant?.hasPrefix(variant) == true, "variant \(summary.sources.first?.variant ?? "nil")")
        let live = posts.filter { !$0.flags.contains(.deleted) }
        var expected: [PostKind: Int] = [:]
        for t in truth where !t.superseded { expected[t.kind, default: 0] += 1 }
        var actual: [PostKind: Int] = [:]
        for p in live { actual[p.kind, default: 0] += 1 }
        #expect(actual == expected)  // superseded edit versions counted once
        let byId = Dictionary(uniqueKeysWithValues: truth.map { ($0.id, $0) })
        let notes = try Self.noteTexts(path)
        var wrong = 0
        for p in live {
            guard let t = byId[p.id] else {
                Issue.record("post \(p.id) is not in the truth")
                continue
            }
            if p.kind != t.kind {
                wrong += 1
                if wrong <= 5 { Issue.record("post \(p.id): kind \(p.kind), truth \(t.kind): \(p.text.prefix(80))") }
            }
            #expect(!t.superseded, "superseded version \(p.id) was emitted")
            #expect(p.flags.contains(.longPost) == (t.long || t.styled), "long post flag of \(p.id)")
            if t.long || t.styled {
                let candidates = notes[Int(p.createdAt?.timeIntervalSince1970 ?? 0)] ?? []
                #expect(candidates.contains(p.text), "long post \(p.id) does not read as its note: \(p.text.prefix(60))")
            }
            if t.editOf != nil { #expect(p.flags.contains(.edited)) }
            if t.mentionOnly { #expect(p.replyTo == nil && p.kind == .reply) }
            #expect(p.byOwner == true)
            #expect(p.createdAt != nil)
            if p.kind == .repost { #expect(p.metrics.isEmpty) }
        }
        #expect(live.count == truth.filter { !$0.superseded }.count)
    }

    /// The texts of `note-tweet.js` by creation second, t.co links replaced by their expansions (read
    /// with the generic JSON tree, independently of the reader under test).
    static func noteTexts(_ archive: String) throws -> [Int: [String]] {
        let input = try InputOpener.open(archive)
        guard let entry = input.entries.first(where: { $0.hasSuffix("note-tweet.js") }) else { return [:] }
        let bytes = try input.read(entry)
        let text = String(decoding: bytes, as: UTF8.self)
        let json = String(text[text.index(after: try #require(text.firstIndex(of: "=")))...])
        var out: [Int: [String]] = [:]
        for item in try JSONValue.parse(json).array {
            let core = item["noteTweet"]?["core"]
            var note = try #require(core?["text"]?.string)
            for u in core?["urls"]?.array ?? [] {
                if let short = u["shortUrl"]?.string, let long = u["expandedUrl"]?.string {
                    note = note.replacingOccurrences(of: short, with: long)
                }
            }
            let created = try #require(item["noteTweet"]?["createdAt"]?.string.flatMap(DateParser.parse))
            out[Int(created.timeIntervalSince1970), default: []].append(note)
        }
        return out
    }

    @Test(arguments: [
        ("2024 folder", ["--variant", "2024", "--seed", "t1"], "2022+ (tweets.js)"),
        ("2024 zip, top folder, parts", ["--variant", "2024", "--seed", "t2", "--zip", "--zip-folder", "twitter-2024-x",
                                         "--part-size", "250"], "2022+ (tweets.js), 3 parts"),
        ("2022 folder", ["--variant", "2022", "--seed", "t3"], "2022+ (tweets.js)"),
        ("2020 folder, parts", ["--variant", "2020", "--seed", "t4", "--part-size", "200"], "2020–22 (tweet.js), 3 parts"),
        ("2020 zip", ["--variant", "2020", "--seed", "t5", "--zip"], "2020–22 (tweet.js)"),
        ("2019 folder", ["--variant", "2019", "--seed", "t6"], "2018–19 (tweet.js, unwrapped)"),
        ("2019 flat", ["--variant", "2019", "--seed", "t7", "--flat"], "2018–19 (tweet.js, unwrapped), flat layout, no manifest"),
        ("2024 flat zip", ["--variant", "2024", "--seed", "t8", "--flat", "--zip"], "2022+ (tweets.js), flat layout, no manifest"),
    ])
    func variant(label: String, arguments: [String], variant: String) throws {
        guard let (path, truth) = try Self.generate("variant(\(label))", arguments) else { return }
        try Self.check(path, truth, variant: variant)
    }

    /// A tweets file on its own (no manifest, account or note file): the owner is inferred from the
    /// threads, so self-replies still count as such.
    @Test func loneTweetsFile() throws {
        guard let (path, truth) = try Self.generate("loneTweetsFile", ["--variant", "2022", "--seed", "t9"]) else { return }
        let dir = try Fixtures.temporaryFolder("engage-lone")
        let lone = dir.appendingPathComponent("tweets.js").path
        try FileManager.default.copyItem(atPath: path + "/data/tweets.js", toPath: lone)
        try Self.check(lone, truth, variant: "2022+ (tweets.js), lone file")
        let (_, summary) = try Ingestor().readAll(paths: [lone])
        let owner = try String(contentsOfFile: path + "/data/account.js", encoding: .utf8)
        #expect(owner.contains("\"accountId\" : \"\(summary.sources[0].owner?.id ?? "none")\""))
    }
}
