import EngageCore
import EngageReport
import Foundation
import Testing

@Suite struct TallyTests {
    func post(_ id: String, _ kind: PostKind, _ date: String?, flags: PostFlags = [], comment: CommentType? = nil,
              status: ModerationStatus? = nil, byOwner: Bool? = true) -> Post {
        Post(platform: .x, id: id, createdAt: date.flatMap(DateParser.parse), text: "t", kind: kind,
             commentType: comment, moderation: status, byOwner: byOwner, flags: flags,
             provenance: Provenance(source: "s"))
    }

    @Test func countsFeedPostsRepliesAndApartItems() {
        var t = PostTally()
        t.add(post("1", .original, "2021-01-01T00:00:00Z"))
        t.add(post("2", .selfReply, "2022-06-01T00:00:00Z"))
        t.add(post("3", .repost, "2022-07-01T00:00:00Z"))
        t.add(post("4", .original, nil))
        t.add(post("5", .original, "2020-01-01T00:00:00Z", flags: .deleted))
        t.add(post("6", .original, "2020-01-01T00:00:00Z", flags: .draft))
        t.add(post("7", .reply, "2022-07-02T00:00:00Z", comment: .comment, status: .approved, byOwner: false))
        t.add(post("8", .reply, "2022-07-02T00:00:00Z", comment: .pingback, status: .pending, byOwner: false))
        t.add(post("9", .reply, "2022-07-03T00:00:00Z", comment: .comment, status: .approved, byOwner: true))
        #expect(t.posts == 4)
        #expect(t.postsByKind[.original] == 2)
        #expect(t.postsByYear == [2021: 1, 2022: 2])
        #expect(t.postsWithoutDate == 1)
        #expect(t.deleted == 1)
        #expect(t.unpublished == 1)
        #expect(t.replies == 3)
        #expect(t.repliesByType[.pingback] == 1)
        #expect(t.repliesByStatus[.approved] == 2)
        #expect(t.ownerReplies == 1)
        #expect(t.firstPost == DateParser.parse("2021-01-01T00:00:00Z"))
    }

    @Test func thousands() {
        #expect(TextFormat.int(1_234_567) == "1,234,567")
        #expect(TextFormat.int(-1000) == "-1,000")
        #expect(TextFormat.int(999) == "999")
    }
}
