@testable import EngageClassify
import Testing

@Suite struct TextNormalizerTests {
    func n(_ s: String) -> String { String(decoding: TextNormalizer.normalize(s), as: UTF8.self) }

    @Test(arguments: [
        ("Help us reach 5K followers!", "help us reach 5000 followers!"),
        ("help us reach 5k", "help us reach 5000"),
        ("5,000 followers", "5000 followers"),
        ("5.000 Follower", "5000 follower"),
        ("1.2k likes and 2.7M views", "1200 likes and 2700000 views"),
        ("12.4k views", "12400 views"),
        ("2.124.821.694 views", "2124821694 views"),
        ("100,000,000", "100000000"),
        ("version 3.5 and 0.125", "version 3.5 and 0.125"),
        ("ran 5km, lifted 10kg", "ran 5km, lifted 10kg"),
        ("10K+ followers", "10000+ followers"),
        ("1,2,3 go", "1,2,3 go"),
        ("v1.2.3 release", "v1.2.3 release"),
        ("$19 for 1,000", "$19 for 1000"),
        ("1 million downloads, 1.5 million views", "1000000 downloads, 1500000 views"),
        ("3 thousand fans and 2 billion views", "3000 fans and 2000000000 views"),
        ("visit www.example.com and https://aaa.example/5k", "visit www.example.com and https://aaa.example/5k"),
    ])
    func numbers(_ input: String, _ expected: String) {
        #expect(n(input) == expected)
    }

    @Test func caseSpacesAndRepeats() {
        #expect(n("  PLEASE   Follow\n\nme\tBACK  ") == "please follow me back")
        #expect(n("pleeeeease soooo good") == "pleease soo good")
        #expect(n("a\u{200B}b\u{FEFF}c") == "abc")
        #expect(n("") == "")
        #expect(n("   ") == "")
    }

    @Test func styledAndLookalikeLetters() {
        #expect(n("Fóllow ｆｏｌｌｏｗ 𝐟𝐨𝐥𝐥𝐨𝐰 ꜰᴏʟʟᴏᴡ Ⓕⓞⓛⓛⓞⓦ") == "follow follow follow follow follow")
        // Cyrillic о and е inside Latin words are folded; a Russian word stays.
        #expect(n("fоllоw bаck привет") == "follow back привет")
        #expect(n("Straße Ærø") == "strasse aero")
        #expect(n("“quoted” – dash… end") == "\"quoted\" - dash... end")
    }

    @Test func emojiStayAndSkinTonesGo() {
        #expect(n("thanks 🙏🏽 so much 🔥") == "thanks 🙏 so much 🔥")
    }
}
