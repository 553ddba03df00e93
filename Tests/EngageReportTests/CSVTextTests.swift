import EngageReport
import Testing

/// RFC 4180 quoting and formula-injection neutralising of CSV cells.
@Suite struct CSVTextTests {
    @Test func quotesOnlyWhenNeeded() {
        #expect(CSVText.text("plain") == "plain")
        #expect(CSVText.text("a,b") == "\"a,b\"")
        #expect(CSVText.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.text("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.text("crlf\r\nin the middle") == "\"crlf\r\nin the middle\"")
        #expect(CSVText.text(nil) == "")
        #expect(CSVText.text("") == "")
        #expect(CSVText.record(["a", "b", ""]) == "a,b,\r\n")
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\tfirst", "'\tfirst"),
        ("\rfirst", "\"'\rfirst\""),
        ("\r\nfirst", "\"'\r\nfirst\""),
    ])
    func neutralisesFormulaStarts(_ input: String, _ expected: String) {
        #expect(CSVText.text(input) == expected)
    }

    @Test func numbersAreWrittenAsNumbersAndUnknownAsEmpty() {
        #expect(CSVText.number(-0.5) == "-0.5")
        #expect(CSVText.number(3 as Int?) == "3")
        #expect(CSVText.number(nil as Int?) == "")
        #expect(CSVText.number(Double.nan) == "")
        #expect(CSVText.number(0 as Int?) == "0")
    }

    /// A CSV parser for the tests (RFC 4180: quoted fields, doubled quotes, CRLF records).
    static func parse(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(csv.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = d }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" {
                if let d = next(), d != "\n" { pending = d }
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func parserRoundTrip() {
        let cells = ["a", "b,c", "d\"e", "f\r\ng", ""]
        let rows = Self.parse(CSVText.record(cells.map { CSVText.text($0) }) + CSVText.record(["1", "2"]))
        #expect(rows == [cells, ["1", "2"]])
    }
}
