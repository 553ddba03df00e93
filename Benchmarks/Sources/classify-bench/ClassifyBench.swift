// In-process speed of the classifier on one core: reads {"id","text"} JSON lines into memory first, then
// times each stage over all of them (release build; see Benchmarks/classify.sh).
// Usage: classify-bench FILE.jsonl [--kind post|reply] [--repeat N]
import EngageClassify
import EngageCore
import Foundation

@main
struct ClassifyBench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("usage: classify-bench FILE.jsonl [--kind post|reply] [--repeat N]\n".utf8))
            exit(2)
        }
        var kind = RuleKind.post
        var repeats = 3
        if let k = arguments.firstIndex(of: "--kind"), k + 1 < arguments.count, let v = RuleKind(rawValue: arguments[k + 1]) { kind = v }
        if let k = arguments.firstIndex(of: "--repeat"), k + 1 < arguments.count, let v = Int(arguments[k + 1]) { repeats = max(1, v) }

        // CPU time of this thread: other processes on a shared machine slow the wall clock, less this.
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }

        var posts: [Post] = []
        try LineReader.forEachLine(FileByteSource(path: path)) { line, number, offset in
            let r = try ClassifyRecord.read(line, kind: kind, file: path, lineNumber: number, offset: offset)
            if let p = r.post { posts.append(p) }
        }
        let loadStart = now()
        let classifier = try Classifier.load()
        let loadTime = now() - loadStart
        print("texts: \(posts.count), rulebook load and compile: \(String(format: "%.0f", loadTime * 1000)) ms")

        func measure(_ name: String, _ body: () -> Int) {
            var best = Double.infinity
            var check = 0
            for _ in 0..<repeats {
                let t0 = now()
                check = body()
                best = min(best, now() - t0)
            }
            let rate = Double(posts.count) / best
            print(String(format: "%-28@ %10.0f texts/s  (%.2f µs/text CPU, best of %d, check %d)", name as NSString, rate, best / Double(posts.count) * 1e6, repeats, check))
        }

        measure("normalise") {
            var n = 0
            for p in posts { n &+= Classifier.normalized(p.text).utf8.count }
            return n
        }
        measure("classify (full verdicts)") {
            var n = 0
            for p in posts {
                let v = kind == .reply ? classifier.classifyReply(p) : classifier.classify(p)
                n &+= v.label.utf8.count
            }
            return n
        }
    }
}
