@testable import EngageClassify
import EngageCore
import EngageTestSupport
import Foundation
import Testing

/// The literal prefilter is only a speed-up: a pattern it skips must not match. Checked by running every
/// pattern of the default rulebook on every text of the labelled sets with and without it.
@Suite struct PrefilterTests {
    @Test func thePrefilterNeverHidesAMatch() throws {
        let c = Shared.classifier
        var texts: [String] = []
        for file in ["posts-gold.jsonl", "posts-train.jsonl", "replies-gold.jsonl", "replies-train.jsonl"] {
            let data = try String(contentsOfFile: Fixtures.corpus("labelled/" + file), encoding: .utf8)
            for line in data.split(separator: "\n") {
                if let v = try? JSONValue.parse(String(line)), let text = v["text"]?.string { texts.append(text) }
            }
        }
        #expect(texts.count > 900)
        texts = texts.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        var misses: [String: Int] = [:]
        for kind in [RuleKind.post, .reply] {
            let set = c.compiled[kind]
            for text in texts {
                let n = TextNormalizer.normalize(text)
                n.withUnsafeBufferPointer { t in
                    var mask = [UInt8](repeating: 0, count: set.patterns.count)
                    var starts: [Int: [Int32]] = [:]
                    set.automaton.scan(t) { lit, end in
                        for k in Int(set.actionStart[lit])..<Int(set.actionStart[lit + 1]) {
                            switch set.actions[k] {
                            case .pattern(let p, let g): mask[Int(p)] |= 1 << g
                            case .patternStart(let p, let len):
                                mask[Int(p)] |= 1
                                starts[Int(p), default: []].append(Int32(end) - len)
                            default: break
                            }
                        }
                    }
                    for p in 0..<set.patterns.count {
                        let full = set.patterns[p].program.matches(t)
                        let candidate = mask[p] == set.patternMasks[p]
                        var filtered = false
                        if candidate {
                            if set.anchored[p] {
                                let s = starts[p] ?? []
                                filtered = s.withUnsafeBufferPointer { set.patterns[p].program.matches(t, startingAt: $0) }
                            } else {
                                filtered = set.patterns[p].program.matches(t)
                            }
                        }
                        if full != filtered {
                            let id = set.rules[set.patterns[p].rule].id + " #\(p - set.patterns.firstIndex { $0.rule == set.patterns[p].rule }!)"
                            misses[id, default: 0] += 1
                        }
                    }
                }
            }
        }
        #expect(misses.isEmpty, "prefilter hid matches: \(misses.sorted { $0.value > $1.value })")
    }
}
