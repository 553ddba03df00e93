import EngageCore
import Foundation
import Testing

@Suite struct JSONWriterTests {
    @Test func escapesAndRoundTrips() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t cr \r bell \u{7} nul \u{0} emoji 🚀 accents é ZWJ 👩‍💻"
        var w = JSONWriter()
        w.object { w in
            w.key("text"); w.string(tricky)
            w.key("k\"ey"); w.int(-42)
            w.key("n"); w.string(nil)
            w.key("b"); w.bool(false)
            w.key("d"); w.double(2.5)
            w.key("list"); w.strings(["a", "b"])
        }
        #expect(w.output == #"{"text":"quote \" backslash \\ newline \n tab \t cr \r bell \u0007 nul \u0000 emoji 🚀 accents é ZWJ 👩‍💻","k\"ey":-42,"n":null,"b":false,"d":2.5,"list":["a","b"]}"#)
        let back = try JSONSerialization.jsonObject(with: Data(w.output.utf8)) as? [String: Any]
        #expect(back?["text"] as? String == tricky)
    }

    @Test func prettyPrints() {
        var w = JSONWriter(indent: 2)
        w.array { w in
            w.object { w in
                w.key("a"); w.array { w in w.int(1); w.int(2) }
                w.key("empty"); w.object { _ in }
            }
        }
        #expect(w.output.hasPrefix("[\n  {\n    \"a\": [\n      1,\n      2\n    ],\n    \"empty\": {}\n  }"))
        var s = ""
        JSONWriter.appendQuoted("a\"b", to: &s)
        #expect(s == #""a\"b""#)
    }
}
