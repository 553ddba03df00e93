import EngageCore

/// What a rule file classifies: posts, replies/comments, or the accounts that write replies.
public enum RuleKind: String, Sendable, Hashable, CaseIterable, Codable {
    case post, reply, account

    /// Every class of this kind, the default class first.
    public var classes: [String] {
        switch self {
        case .post: return PostClass.allCases.map(\.rawValue)
        case .reply: return ReplyClass.allCases.map(\.rawValue)
        case .account: return AccountClass.allCases.map(\.rawValue)
        }
    }

    /// The class a verdict gets when no other class reaches its threshold.
    public var defaultClass: String {
        switch self {
        case .post: return PostClass.valuable.rawValue
        case .reply: return ReplyClass.genuine.rawValue
        case .account: return AccountClass.ok.rawValue
        }
    }

    /// Names a rule's score may target: the classes, and for posts the content kinds of valuable posts.
    var targets: [String] {
        self == .post ? classes + ContentKind.allCases.filter { $0 != .other }.map(\.rawValue) : classes
    }

    /// True when the kind's items carry text (and so can use patterns, phrases and the learned model).
    var hasText: Bool { self != .account }
}
