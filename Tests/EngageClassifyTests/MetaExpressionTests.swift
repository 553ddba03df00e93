@testable import EngageClassify
import Testing

@Suite struct MetaExpressionTests {
    func eval(_ source: String, _ fired: Set<String>) throws -> Bool {
        let e = try MetaExpression(source)
        let ids = e.ruleIDs
        let r = try #require(e.resolved { ids.firstIndex(of: $0) })
        return r.evaluate { fired.contains(ids[$0]) }
    }

    @Test func booleanAndArithmetic() throws {
        #expect(try eval("A && !B", ["A"]))
        #expect(try !eval("A && !B", ["A", "B"]))
        #expect(try eval("A || B", ["B"]))
        #expect(try eval("(A + B + C) >= 2", ["A", "C"]))
        #expect(try !eval("(A + B + C) >= 2", ["C"]))
        #expect(try eval("A + B == 1 && !(C || D)", ["B"]))
        #expect(try eval("A - B < 1", []))
        #expect(try eval("!A", []))
    }

    @Test func shortCircuitAsksOnlyWhatItNeeds() throws {
        let e = try MetaExpression("A && B || C")
        let ids = e.ruleIDs
        let r = try #require(e.resolved { ids.firstIndex(of: $0) })
        var asked: [String] = []
        _ = r.evaluate { asked.append(ids[$0]); return false }
        #expect(asked == ["A", "C"])
    }

    @Test func errorsHaveColumns() {
        #expect(throws: MetaExpression.ParseError.self) { try MetaExpression("A && && B") }
        #expect(throws: MetaExpression.ParseError.self) { try MetaExpression("(A || B") }
        #expect(throws: MetaExpression.ParseError.self) { try MetaExpression("A ; B") }
        do {
            _ = try MetaExpression("A && ) B")
        } catch let e as MetaExpression.ParseError {
            #expect(e.column == 6)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
