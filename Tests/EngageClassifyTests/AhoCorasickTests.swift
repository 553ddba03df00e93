@testable import EngageClassify
import Testing

@Suite struct AhoCorasickTests {
    @Test(arguments: [false, true])
    func findsEveryOccurrence(_ sparse: Bool) {
        let words = ["he", "she", "his", "hers"].map { Array($0.utf8) }
        let ac = AhoCorasick(words, denseLimit: sparse ? 0 : AhoCorasick.denseLimit)
        #expect(ac.isDense == !sparse)
        var found: [String] = []
        Array("ushers".utf8).withUnsafeBufferPointer { t in
            ac.scan(t) { id, end in found.append("\(String(decoding: words[id], as: UTF8.self))@\(end)") }
        }
        #expect(found.sorted() == ["he@4", "hers@6", "she@4"])
    }
}
