import EngageCore
import Testing

@Suite struct CSVReaderTests {
    func rows(_ bytes: [UInt8], chunk: Int = 1000, encoding: CSVReader.Encoding = .auto) throws -> [([String], Int, Int)] {
        var out: [([String], Int, Int)] = []
        try CSVReader.read(ChunkedSource(bytes: bytes, chunk: chunk), encoding: encoding) { out.append(($0, $1, $2)) }
        return out
    }

    @Test(arguments: [1, 3, 1000])
    func quotedNewlinesEscapesAndShortRows(chunk: Int) throws {
        let text = "\"id\",\"text\",\"urls\"\n\"1\",\"line one\nline \"\"two\"\"\rthree\",\"a,b\"\r\n\"2\",\"short\"\n"
        let r = try rows(Array(text.utf8), chunk: chunk)
        #expect(r.count == 3)
        #expect(r[1].0 == ["1", "line one\nline \"two\"\rthree", "a,b"])
        #expect(r[1].1 == 2)
        #expect(r[2].0 == ["2", "short"])
        #expect(r[2].1 == 3)
        #expect(r[2].2 == text.utf8.count - 12)
    }

    @Test func latin1IsDetectedForTheWholeFile() throws {
        let bytes: [UInt8] = Array("a,b\n".utf8) + [0x63, 0xE9, 0x2C, 0x64, 0x0A]  // "cé,d" in ISO-8859-1
        let r = try rows(bytes)
        #expect(r[1].0 == ["cé", "d"])
    }

    @Test func bomAndEmptyLinesAreSkipped() throws {
        let r = try rows([0xEF, 0xBB, 0xBF] + Array("h1,h2\n\nx,y".utf8))
        #expect(r.map(\.0) == [["h1", "h2"], ["x", "y"]])
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: EngageError.self) { try rows(Array("a,b\n\"1,2\n".utf8)) }
    }
}

@Suite struct SnippetTests {
    @Test func collapsesWhitespaceCutsAndMarksEmpty() {
        #expect(Snippet.of("Five  things\nwe\tlearned", length: 80) == "Five things we learned")
        #expect(Snippet.of("abcdef", length: 3) == "abc…")
        #expect(Snippet.of("ab cd", length: 2) == "ab…")
        #expect(Snippet.of("", length: 10) == "(no text)")
        #expect(Snippet.of("  ", title: "Title here", length: 10) == "(no text)")
        #expect(Snippet.of("", title: "Title here", length: 20) == "Title here")
        #expect(Snippet.of("🚀🚀🚀", length: 2) == "🚀🚀…")
    }
}
