@testable import EngageClassify
import Testing

@Suite struct PatternTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool {
        let program = try PatternProgram(try Pattern(pattern))
        return TextNormalizer.normalize(text).withUnsafeBufferPointer { program.matches($0) }
    }

    @Test func wholeWordsOnly() throws {
        #expect(try matches("rt if", "RT if you agree"))
        #expect(try !matches("rt if", "start if you can"))
        #expect(try matches("follow back", "please follow back!"))
        #expect(try !matches("follow back", "unfollow backlog"))
        #expect(try matches("#teamfollowback", "join #TeamFollowBack now"))
    }

    @Test func operatorsAndMacros() throws {
        #expect(try matches("help (us|me) (get|reach|hit) {num}", "Help us reach 5k followers"))
        #expect(try matches("help (us|me) (get|reach|hit) {num}", "help me hit 1,000"))
        #expect(try !matches("help (us|me) (get|reach|hit) {num}", "help us reach our goal"))
        #expect(try matches("follow(s|ers)? {words:0-2}back", "follow me back"))
        #expect(try matches("follow(s|ers)? {words:0-2}back", "follow back"))
        #expect(try !matches("follow(s|ers)? {words:0-2}back", "follow all of you back"))
        #expect(try matches("^check out", "Check out my channel"))
        #expect(try !matches("^check out", "please check out my channel"))
        #expect(try matches("subscribe$", "please subscribe"))
        #expect(try matches("sub+scribe", "subbscribe"))
        #expect(try matches("help( to)? reach", "help reach"))
        #expect(try matches("help( to)? reach", "help to reach"))
        #expect(try !matches("help( to)? reach", "help t reach"))
        #expect(try matches("[0-9]+ followers", "500 followers"))
        #expect(try matches("f[o0]llow", "f0llow"))
        #expect(try matches("{url}", "see https://t.co/abc"))
        #expect(try matches("a.c", "aéc"))
        #expect(try matches("\\$\\d+", "only $19"))
    }

    @Test func errorsHaveColumns() {
        #expect(throws: Pattern.ParseError(message: "unclosed '('", column: 6)) { try Pattern("help (us|me") }
        #expect(throws: Pattern.ParseError.self) { try Pattern("a{words:3-1}") }
        #expect(throws: Pattern.ParseError.self) { try Pattern("*abc") }
        #expect(throws: Pattern.ParseError.self) { try Pattern("{nope}") }
        #expect(throws: Pattern.ParseError.self) { try Pattern("[a-") }
        #expect(throws: Pattern.ParseError.self) { try Pattern("\\q") }
    }

    @Test func pathologicalPatternsStayLinear() throws {
        let long = String(repeating: "a", count: 5000)
        #expect(try !matches("(a|aa)*(a|aa)*b", long))
        #expect(try !matches("(a*)*b", long))
    }

    @Test func requiredLiterals() throws {
        func lits(_ p: String) throws -> [String]? {
            try Pattern(p).requiredLiterals?.map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(try lits("help (us|me) reach") == ["help me reach", "help us reach"])
        #expect(try lits("follow(s)? back") == ["follow back", "follows back"])
        // Numbers end in a digit, so the digit joins the literal: "help us reach 5", "0 followers".
        #expect(try lits("help (us|me) (get|reach|hit) {num}")?.contains("help us reach") == true)
        #expect(try lits("{num} followers") == [" followers"])
        #expect(try lits("{num} ?%")?.contains("5%") == true)
        #expect(try lits("{num} (on|at) (insta|x)")?.contains("5 on x") == true)
        #expect(try lits("#\\d") == (0...9).map { "#\($0)" })
        #expect(try lits("(subscribe|sub) to my (channel|page)")?.contains("subscribe to my channel") == true)
        #expect(try lits(".*") == nil)
        #expect(try lits("\\w+") == nil)
        // Common words are weak literals: the rare one wins.
        #expect(try lits("(the|a) (list|ranking) \\w+")!.allSatisfy { $0.contains("list") || $0.contains("ranking") })
        #expect(try lits("(in|on|at) the {word} (list|ranking)") == [" list", " ranking"])
    }
}

