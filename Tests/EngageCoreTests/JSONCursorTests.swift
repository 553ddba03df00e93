import EngageCore
import Testing

@Suite struct JSONCursorTests {
    func withCursor<T>(_ text: String, final: Bool = true, _ body: (inout JSONCursor) throws -> T) rethrows -> T {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { b in
            var c = JSONCursor(bytes: UnsafeBufferPointer(b), isFinal: final)
            return try body(&c)
        }
    }

    @Test func readsSelectedFieldsAndSkipsTheRest() throws {
        let json = #"{"a" : [1, {"x": "}"}, "\"]"], "id_str" : "1463077670816817234", "n": 12, "s":"7", "t": true, "z": null}"#
        let (id, n, s, t, z) = try withCursor(json) { c -> (String?, Int?, Int?, Bool?, String?) in
            var id: String?, n: Int?, s: Int?, t: Bool?, z: String? = "unset"
            var o = try c.beginObject()
            while let k = try c.nextKey(&o) {
                if k == "id_str" { id = try c.readString() }
                else if k == "n" { n = try c.readLenientInt() }
                else if k == "s" { s = try c.readLenientInt() }
                else if k == "t" { t = try c.readLenientBool() }
                else if k == "z" { z = try c.readOptionalString() }
                else { try c.skipValue() }
            }
            let done = c.atEnd()
            #expect(done)
            return (id, n, s, t, z)
        }
        #expect(id == "1463077670816817234")
        #expect(n == 12)
        #expect(s == 7)
        #expect(t == true)
        #expect(z == nil)
    }

    @Test func decodesEscapesAndSurrogates() throws {
        let s = try withCursor(#""a\"b\\c\/d\n\u00e9\ud83d\ude80\u003C""#) { try $0.readString() }
        #expect(s == "a\"b\\c/d\né🚀<")
        let lone = try withCursor(#""x\ud800y""#) { try $0.readString() }
        #expect(lone == "x\u{FFFD}y")
    }

    @Test func reportsOffsetOfMalformedInput() {
        do {
            _ = try withCursor(#"{"a": 1 "b": 2}"#) { c in
                var o = try c.beginObject()
                while try c.nextKey(&o) != nil { try c.skipValue() }
            }
            Issue.record("expected an error")
        } catch let e as EngageError {
            #expect(e.code == .malformedJSON)
            #expect(e.offset == 8)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func asksForMoreInputWhenNotFinal() {
        #expect(throws: JSONCursor.NeedMoreInput.self) {
            try withCursor(#"{"a": "unfinished"#, final: false) { c in try c.skipValue() }
        }
        #expect(throws: EngageError.self) {
            try withCursor(#"{"a": "unfinished"#, final: true) { c in try c.skipValue() }
        }
    }

    @Test func duplicateKeysKeepTheLastNonEmpty() throws {
        let v = try JSONValue.parse(#"{"orderedItems": [1, 2], "orderedItems": []}"#)
        #expect(v["orderedItems"]?.array.count == 2)
        let w = try JSONValue.parse(#"{"orderedItems": [], "orderedItems": [1, 2, 3]}"#)
        #expect(w["orderedItems"]?.array.count == 3)
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: EngageError.self) { try JSONValue.parse(deep) }
    }
}
