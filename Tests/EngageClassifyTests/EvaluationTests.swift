@testable import EngageClassify
import EngageCore
import EngageTestSupport
import Foundation
import Testing

@Suite struct EvaluationTests {
    func file(_ name: String, _ text: String) throws -> String {
        try Shared.folder([name: text]) + "/" + name
    }

    @Test func metricsOfAKnownTable() throws {
        // 10 gold spam, 10 gold genuine; 8 spam found, 2 genuine flagged.
        var lines = ""
        for i in 0..<20 { lines += "{\"id\":\"\(i)\",\"text\":\"t\(i)\",\"label\":\"\(i < 10 ? "spam" : "genuine")\"}\n" }
        let set = try LabelledSet.read(path: try file("s.jsonl", lines), kind: .reply)
        let predicted = (0..<20).map { i in
            Verdict(label: (i < 8 || i >= 18) ? "spam" : "genuine", score: 0, threshold: 5, hits: [])
        }
        let r = EvaluationReport.score(set, predicted: predicted)
        let spam = try #require(r.perClass.first { $0.name == "spam" })
        #expect(spam.truePositives == 8 && spam.falsePositives == 2 && spam.falseNegatives == 2 && spam.trueNegatives == 8)
        #expect(spam.precision == 0.8)
        #expect(spam.recall == 0.8)
        #expect(abs(spam.mcc! - 0.6) < 1e-12)
        #expect(r.accuracy == 0.8)
        #expect(r.confusion == [[8, 0], [0, 0]] || r.classes.count == 2)
        #expect(r.json().contains("\"mcc\": 0.6"))
        #expect(r.text().contains("accuracy 0.800"))
    }

    @Test func binaryCSVWithHTMLAndDates() throws {
        let csv = """
            COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
            a,x,2014-01-03T10:00:00,"Check out my channel<br />please &amp; subscribe",1
            b,y,2014-01-01T10:00:00,I love this song,0
            c,z,2014-01-02T10:00:00,Subscribe to my channel,1
            d,w,2014-01-04T10:00:00,Best video ever,0
            """
        let set = try LabelledSet.read(path: try file("yt.csv", csv), kind: .reply)
        #expect(set.binary)
        #expect(set.items.count == 4)
        #expect(set.items[0].post?.text == "Check out my channel please & subscribe")
        #expect(set.items[0].label == LabelledSet.positive)
        // Per class, oldest half for training, newest half for testing.
        let (train, test) = set.split(testFraction: 0.5)
        #expect(train.items.map(\.id) == ["b", "c"])
        #expect(test.items.map(\.id) == ["a", "d"])
        let r = EvaluationReport.evaluate(set, with: Shared.classifier)
        #expect(r.classes == ["not-genuine", "genuine"])
        #expect(r.total == 4)
    }

    @Test func labelsAndErrors() throws {
        let aliases = try LabelledSet.read(path: try file("a.jsonl", """
            {"text":"help us reach 5k","label":"begging"}
            {"text":"monday again","label":"neutral"}
            {"text":"buy now","label":"promo"}
            """), kind: .post)
        #expect(aliases.items.map(\.label) == ["follower-begging", "valuable", "hard-sell"])
        let missing = try file("m.jsonl", "{\"text\":\"x\",\"label\":\"spam\"}\n{\"text\":\"y\"}\n")
        #expect { try LabelledSet.read(path: missing, kind: .reply) } throws: { ($0 as? EngageError)?.line == 2 }
        let defaulted = try LabelledSet.read(path: missing, kind: .reply, defaultLabel: "genuine")
        #expect(defaulted.items.map(\.label) == ["spam", "genuine"])
        let unknown = try file("u.jsonl", "{\"text\":\"x\",\"label\":\"weird\"}\n")
        #expect { try LabelledSet.read(path: unknown, kind: .reply) } throws: {
            ($0 as? EngageError)?.code == .invalidRecord && ($0 as? EngageError)?.line == 1
        }
        let broken = try file("b.jsonl", "{\"text\":\"x\",\"label\":\"spam\"}\n{\"text\": \n")
        #expect { try LabelledSet.read(path: broken, kind: .reply) } throws: {
            ($0 as? EngageError)?.code == .malformedJSON && ($0 as? EngageError)?.line == 2
        }
    }

    @Test func accountCSV() throws {
        let csv = """
            id,screen_name,followers_count,friends_count,statuses_count,favourites_count,default_profile,default_profile_image,description
            1,maria,47,2152,1578,1268,False,False,baby
            2,lena,640,380,5200,9000,False,False,Baker
            """
        let set = try LabelledSet.read(path: try file("acc.csv", csv), kind: .account, defaultLabel: "fake")
        #expect(set.items.first?.account?.following == 2152)
        #expect(set.items.first?.account?.defaultProfile == false)
        let r = EvaluationReport.evaluate(set, with: Shared.classifier)
        #expect(r.perClass.first { $0.name == "suspected-fake" }?.truePositives == 1)
    }
}
