/// What a post is for, as the rulebook judges it.
public enum PostClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// Useful or interesting content (how-to, question, insight, news, humour, conversation…).
    case valuable
    /// Asking for follows, likes or reposts to reach a number ("help us reach 5k").
    case followerBegging = "follower-begging"
    /// Follow-for-follow chains, #TeamFollowBack, "I follow back".
    case followBack = "follow-back"
    /// Selling followers, likes or views.
    case paidFollowers = "paid-followers"
    /// "RT if you agree", "like if…", "tag a friend who…", giveaways conditioned on RT/follow.
    case engagementBait = "engagement-bait"
    /// Klout/Kred scores, milestone brags with no content.
    case vanityMetric = "vanity-metric"
    /// Pure promotion with no content.
    case hardSell = "hard-sell"
    /// Scams and bulk links.
    case spam

    /// True for every class but `valuable`.
    public var isLowValue: Bool { self != .valuable }
}

/// The kind of content a valuable post carries, for the analysis.
public enum ContentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case howTo = "how-to"
    case question
    case insight
    case linkCommentary = "link-commentary"
    case news
    case humour
    case conversation
    /// Valuable but of no recognisable kind (media-only, chit-chat).
    case other
}

/// What a reply or comment is, as the rulebook judges it.
public enum ReplyClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// A real answer from another person: the engagement engage counts.
    case genuine
    /// Content-free flattery, often with a request or a link.
    case genericPraise = "generic-praise"
    /// "Check out my channel", "subscribe".
    case selfPromotion = "self-promotion"
    /// "Follow me back", "F4F".
    case followBackRequest = "follow-back-request"
    /// Scams, link spam.
    case spam
    /// The post's author answering in their own thread: responsiveness, not engagement received.
    case authorReply = "author-reply"
    /// A pingback: a link notification, not a reply.
    case pingback
    /// A trackback: a link notification, not a reply.
    case trackback

    /// True only for `genuine`.
    public var isGenuine: Bool { self == .genuine }
}

/// What a reply author's profile looks like.
public enum AccountClass: String, Sendable, Hashable, Codable, CaseIterable {
    case ok
    /// Looks fake or bought (2013-era empty shells, 2018-era mass followers).
    case suspectedFake = "suspected-fake"
}
