@testable import EngageClassify
import EngageTestSupport
import Foundation
import Testing

@Suite struct NaiveBayesTests {
    @Test func hashedTokensAreTheTokens() {
        // The model looks tokens up by hash while streaming; training writes their strings. Both must agree.
        for text in ["Help us reach 5k followers! 🙏🙏 https://t.co/abc #RoadTo5k @ana don't stop",
                     "RT if you agree!!! ... what's 2+2?", "Ça va? Привет мир, 24h, 1st, $19, 50%"] {
            let normalized = TextNormalizer.normalize(text)
            let fromStrings = Set(Tokenizer.tokens(normalized).map(TokenHashTable.hash))
            var fromHashes = Set<UInt64>()
            normalized.withUnsafeBufferPointer { t in Tokenizer.forEachHash(t) { fromHashes.insert($0) } }
            #expect(fromStrings == fromHashes, "\(text): \(Tokenizer.tokens(normalized))")
        }
        #expect(Tokenizer.tokens(TextNormalizer.normalize("Follow back http://x.co/a"))
                == ["follow", "back", "follow back", "<url>", "back <url>", "<host:x.co>"])
    }

    @Test func trainSerialiseParse() throws {
        let examples: [(text: String, label: String)] = [
            ("subscribe to my channel", "self-promotion"), ("check my channel please", "self-promotion"),
            ("sub to my channel", "self-promotion"), ("great song", "genuine"), ("love this chorus", "genuine"),
            ("the chorus is great", "genuine"), ("free gift cards here", "spam"), ("win free cards", "spam"),
            ("free money here", "spam"), ("this song again", "genuine"), ("my channel has covers", "self-promotion"),
        ]
        let model = NaiveBayesTrainer.train(kind: .reply, examples: examples, minDocuments: 1)
        #expect(model.classes == ["genuine", "self-promotion", "spam"])
        let text = model.serialized()
        #expect(text.hasPrefix("engage-bayes\t1\nkind\treply\nclasses\tgenuine\tself-promotion\tspam\n"))
        let back = try NaiveBayesModel.parse(text, file: "m.tsv")
        #expect(back.serialized() == text)
        let p = TextNormalizer.normalize("subscribe to my channel").withUnsafeBufferPointer { back.probabilities($0) }
        #expect(p[1] > 0.5)
        #expect(abs(p.reduce(0, +) - 1) < 1e-9)
    }

    @Test func badModelFilesNameTheLine() {
        #expect(throws: RulebookError.self) { try NaiveBayesModel.parse("not a model\n", file: "m.tsv") }
        do {
            _ = try NaiveBayesModel.parse("engage-bayes\t1\nkind\treply\nclasses\tgenuine\tspam\ndocuments\t1\t1\nword\t1\n", file: "m.tsv")
            Issue.record("a short row was accepted")
        } catch let e as RulebookError {
            #expect(e.problems.first?.line == 5)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theCommittedModelsAreTheOnesTheTrainingSetsGive() throws {
        // `engage train corpora/labelled/posts-train.jsonl --kind post --out rules` regenerates the default.
        for (kind, file) in [(RuleKind.post, "posts-train.jsonl"), (.reply, "replies-train.jsonl")] {
            let set = try LabelledSet.read(path: Fixtures.corpus("labelled/" + file), kind: kind)
            let model = NaiveBayesTrainer.train(kind: kind, examples: set.items.map { ($0.post!.text, $0.label) })
            let committed = try String(contentsOfFile: Fixtures.rules + "/bayes-\(kind.rawValue).tsv", encoding: .utf8)
            #expect(model.serialized() == committed, "rules/bayes-\(kind.rawValue).tsv is stale: run engage train")
        }
    }
}
