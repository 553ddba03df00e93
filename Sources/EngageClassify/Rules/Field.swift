/// A fact about a post, reply or account that a rule's `when:` can test. Values are numbers; booleans
/// are 0/1, choices are the index of the choice; an unknown value (a count the source lacks) is NaN
/// and fails every test but `unknown`.
enum Field: Int, CaseIterable, Sendable {
    // Posts and replies.
    case kind, commentType, byOwner, sameAuthor, hasParent, urls, mentions, hashtags, words, chars, caps, emoji,
         overlap
    // Accounts.
    case followers, following, posts, likes, listed, followingRatio, ageDays, postsPerDay, defaultProfile,
         defaultProfileImage, verified, protected, description, hasURL, handleDigits

    enum ValueType: Sendable, Equatable {
        case number, bool
        case choice([String])
    }

    /// The name rules use.
    var name: String {
        switch self {
        case .kind: return "kind"
        case .commentType: return "comment_type"
        case .byOwner: return "by_owner"
        case .sameAuthor: return "same_author"
        case .hasParent: return "has_parent"
        case .urls: return "urls"
        case .mentions: return "mentions"
        case .hashtags: return "hashtags"
        case .words: return "words"
        case .chars: return "chars"
        case .caps: return "caps"
        case .emoji: return "emoji"
        case .overlap: return "overlap"
        case .followers: return "followers"
        case .following: return "following"
        case .posts: return "posts"
        case .likes: return "likes"
        case .listed: return "listed"
        case .followingRatio: return "following_ratio"
        case .ageDays: return "age_days"
        case .postsPerDay: return "posts_per_day"
        case .defaultProfile: return "default_profile"
        case .defaultProfileImage: return "default_profile_image"
        case .verified: return "verified"
        case .protected: return "protected"
        case .description: return "description"
        case .hasURL: return "has_url"
        case .handleDigits: return "handle_digits"
        }
    }

    /// One line for docs and `engage rules check` messages.
    var meaning: String {
        switch self {
        case .kind: return "original, reply, selfReply, repost or quote"
        case .commentType: return "comment, pingback or trackback (blog comments)"
        case .byOwner: return "written by the owner of the analysed feed"
        case .sameAuthor: return "a reply by the author of the post it answers"
        case .hasParent: return "the post it answers is known"
        case .urls: return "number of links"
        case .mentions: return "number of @mentions"
        case .hashtags: return "number of hashtags"
        case .words: return "number of words, not counting links, mentions, hashtags and emoji"
        case .chars: return "length of the normalised text in characters"
        case .caps: return "share of letters written in capitals (0–1; unknown under 8 letters)"
        case .emoji: return "number of emoji"
        case .overlap: return "content words shared with the post it answers (unknown without it)"
        case .followers: return "followers_count"
        case .following: return "friends_count: accounts it follows"
        case .posts: return "statuses_count"
        case .likes: return "favourites_count"
        case .listed: return "listed_count"
        case .followingRatio: return "following ÷ followers (followers of 0 count as 1)"
        case .ageDays: return "days from created_at to when the counts were read"
        case .postsPerDay: return "posts ÷ age in days"
        case .defaultProfile: return "the profile still has the default theme"
        case .defaultProfileImage: return "the profile has no own avatar"
        case .verified: return "verified"
        case .protected: return "protected"
        case .description: return "length of the bio in characters (0 = empty)"
        case .hasURL: return "the profile links a web site"
        case .handleDigits: return "number of digits at the end of the handle"
        }
    }

    var type: ValueType {
        switch self {
        case .kind: return .choice(["original", "reply", "selfReply", "repost", "quote"])
        case .commentType: return .choice(["comment", "pingback", "trackback"])
        case .byOwner, .sameAuthor, .hasParent, .defaultProfile, .defaultProfileImage, .verified, .protected, .hasURL:
            return .bool
        default: return .number
        }
    }

    /// The kinds whose rules may test this field.
    var kinds: [RuleKind] {
        rawValue <= Field.overlap.rawValue ? [.post, .reply] : [.account]
    }

    static func named(_ name: String) -> Field? { allCases.first { $0.name == name } }
}
