@testable import EngageClassify
import EngageCore
import Foundation
import Testing

@Suite struct ClassifierTests {
    let c = Shared.classifier

    @Test(arguments: [
        // The hard negatives of the issue, and their cousins: valuable.
        "Our 1,000 followers asked for a guide, so here it is: how we set up CI caching in 5 steps.",
        "Thanks for 10k! Here's what we learned growing it: reply to everyone and post less.",
        "Don't buy followers. Bought accounts never engage and your reach drops.",
        "RT if you agree is the laziest call to action. Ask a real question instead.",
        "How do you handle flaky tests in CI?",
        "This essay on writing clearly changed how I review code: https://example.com/clarity",
    ])
    func hardNegativesAreValuable(_ text: String) {
        let v = c.classify(Shared.post(text))
        #expect(v.label == "valuable", "\(VerdictFormat.text(v))")
    }

    @Test(arguments: [
        ("We're almost at 1,000 followers! Help us get there by retweeting this!", "follower-begging"),
        ("help us reach 5k", "follower-begging"),
        ("please follow us / like our page", "follower-begging"),
        ("F4F #TeamFollowBack I follow back", "follow-back"),
        ("Get 5,000 real followers for $19", "paid-followers"),
        ("RT if you agree", "engagement-bait"),
        ("Tag a friend who needs this 😂", "engagement-bait"),
        ("GIVEAWAY! Follow + RT + tag a friend to win a camera", "engagement-bait"),
        ("My Klout score is 70!", "vanity-metric"),
        ("We just hit 10,000 followers! 🎉", "vanity-metric"),
        ("BUY NOW: 50% off everything with code SAVE50, today only", "hard-sell"),
        ("Earn $500 a day from home! Click here http://example.com/x", "spam"),
    ])
    func lowValueClasses(_ text: String, _ expected: String) {
        let v = c.classify(Shared.post(text))
        #expect(v.label == expected, "\(VerdictFormat.text(v))")
    }

    @Test func aVerdictExplainsItsScore() {
        let v = c.classify(Shared.post("Help us reach 5k followers before Friday! Please RT"))
        #expect(v.label == "follower-begging")
        #expect(v.scoredClass == "follower-begging")
        #expect(v.score >= v.threshold)
        let sum = v.hits.filter { $0.target == v.label }.reduce(0) { $0 + $1.score }
        #expect(abs(sum - v.score) < 1e-9)
        #expect(v.hits.allSatisfy { !$0.describe.isEmpty && !$0.id.hasPrefix("__") })
        #expect(v.classScores.count == PostClass.allCases.count)
        // JSON line: the rules listed add up to the score.
        let line = VerdictFormat.jsonLine(id: "1", v)
        #expect(line.hasPrefix("{\"id\":\"1\",\"class\":\"follower-begging\",\"score\":"))
    }

    @Test func aValuableVerdictNamesTheClosestOtherClassAndAContentKind() {
        let v = c.classify(Shared.post("How do you keep basil alive indoors? Mine wilts in a week."))
        #expect(v.label == "valuable")
        #expect(v.contentKind == .question)
        #expect(v.scoredClass != "valuable")
        #expect(v.score < v.threshold)
        #expect(c.classify(Shared.post("Pro tip: hold the shutter halfway to lock focus")).contentKind == .howTo)
        #expect(c.classify(Shared.post("ok", kind: .reply)).contentKind == .conversation)
        #expect(c.classify(Shared.post("good morning")).contentKind == .other)
    }

    @Test func repostsAreJudgedByTheirText() {
        let v = c.classify(Shared.post("RT @someone: Help us reach 5k followers! Please RT", kind: .repost))
        #expect(v.label == "follower-begging")
        #expect(c.classify(Shared.post("RT @someone: How we cut build times in half, a thread", kind: .repost)).label == "valuable")
    }

    @Test func repliesByTheAuthorAndLinkNotifications() {
        var reply = Shared.post("Thanks! Yes, it works on 12 too.", kind: .reply)
        #expect(c.classifyReply(reply).label == "genuine")
        reply.byOwner = true
        #expect(c.classifyReply(reply).label == "author-reply")
        var other = Shared.post("Subscribe to my channel!", kind: .reply)
        other.author = AuthorRef(handle: "ana")
        var parent = Shared.post("Release notes for 2.1")
        parent.author = AuthorRef(handle: "Ana")
        #expect(c.classifyReply(other, parent: parent).label == "author-reply")
        var ping = Shared.post("[…] a great guide […]", kind: .reply)
        ping.commentType = .pingback
        #expect(c.classifyReply(ping).label == "pingback")
        ping.commentType = .trackback
        #expect(c.classifyReply(ping).label == "trackback")
    }

    @Test(arguments: [
        ("I love the theme of your web site… do you run into browser compatibility problems?", "generic-praise"),
        ("Would you accept guest writers?", "generic-praise"),
        ("check out my channel", "self-promotion"),
        ("subscribe pls", "self-promotion"),
        ("followed! follow back?", "follow-back-request"),
        ("Make $500 a day from home http://easy.example.com", "spam"),
        ("I love this song, it was our wedding song", "genuine"),
        ("Which flour did you use? Mine came out dense.", "genuine"),
    ])
    func replyClasses(_ text: String, _ expected: String) {
        let v = c.classifyReply(Shared.post(text, kind: .reply))
        #expect(v.label == expected, "\(VerdictFormat.text(v))")
    }

    @Test func sharedWordsWithTheParentCountForGenuine() {
        let parent = Shared.post("How we version cache keys per deploy with a schema hash")
        let reply = Shared.post("Nice post! Do you version cache keys per deploy too?", kind: .reply)
        let v = c.classifyReply(reply, parent: parent)
        #expect(v.label == "genuine")
        #expect(v.hits.contains { $0.id == "GEN_ON_TOPIC" })
    }

    @Test func bothEraOfFakeAccounts() {
        let asOf = DateParser.parse("2018-01-20T00:00:00Z")!
        let bought2018 = Account(platform: .x, handle: "maria", followers: 47, following: 2152, posts: 1578, likes: 1268,
                                 listed: 13, description: "Living the small town dream.", defaultProfile: false,
                                 defaultProfileImage: false)
        let v2018 = c.classify(bought2018, asOf: asOf)
        #expect(v2018.label == "suspected-fake")
        #expect(v2018.hits.contains { $0.id == "FAKE_MASS_FOLLOWING" })
        let shell2013 = Account(platform: .x, handle: "tom84621", followers: 3, following: 410, posts: 0, likes: 0,
                                description: "", defaultProfile: true, defaultProfileImage: true)
        let v2013 = c.classify(shell2013, asOf: asOf)
        #expect(v2013.label == "suspected-fake")
        #expect(v2013.hits.contains { $0.id == "FAKE_EMPTY_SHELL" })
        let person = Account(platform: .x, handle: "lena", followers: 640, following: 380, posts: 5200, likes: 9000,
                             description: "Baker. Sourdough every Sunday.", defaultProfile: false, defaultProfileImage: false)
        #expect(c.classify(person, asOf: asOf).label == "ok")
    }

    @Test func unknownCountsAreNotZero() {
        // Nothing known: no rule about counts may fire.
        let v = c.classify(Account(platform: .x, handle: "someone"))
        #expect(v.label == "ok")
        #expect(v.hits.isEmpty)
    }
}
