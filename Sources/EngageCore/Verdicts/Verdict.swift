/// One rule that fired for a verdict, with the score it added.
public struct RuleHit: Sendable, Hashable, Codable {
    /// The rule's stable UPPER_SNAKE id.
    public var id: String
    /// The class whose score it changed.
    public var target: String
    /// The score it added (may be negative).
    public var score: Double
    /// The rule's one-line description.
    public var describe: String

    public init(id: String, target: String, score: Double, describe: String) {
        self.id = id
        self.target = target
        self.score = score
        self.describe = describe
    }
}

/// One class's summed score in a verdict.
public struct ClassScore: Sendable, Hashable, Codable {
    /// The class name.
    public var name: String
    /// The sum of the scores the fired rules gave it.
    public var score: Double

    public init(name: String, score: Double) {
        self.name = name
        self.score = score
    }
}

/// The classifier's explained decision about one post, reply or account.
public struct Verdict: Sendable, Hashable, Codable {
    /// The class name (`follower-begging`, `genuine`, `suspected-fake`…).
    public var label: String
    /// The summed score of ``scoredClass``: the winning class, or for a default verdict (`valuable`,
    /// `genuine`, `ok`) the low-value class that came closest to its threshold.
    public var score: Double
    /// The threshold of ``scoredClass``.
    public var threshold: Double
    /// Every rule that fired, with its score, strongest first.
    public var hits: [RuleHit]
    /// For valuable posts: the kind of content.
    public var contentKind: ContentKind?
    /// The class `score` and `threshold` belong to (nil when unknown).
    public var scoredClass: String?
    /// Every class's summed score, in the classifier's class order.
    public var classScores: [ClassScore]

    public init(label: String, score: Double, threshold: Double, hits: [RuleHit], contentKind: ContentKind? = nil,
                scoredClass: String? = nil, classScores: [ClassScore] = []) {
        self.label = label
        self.score = score
        self.threshold = threshold
        self.hits = hits
        self.contentKind = contentKind
        self.scoredClass = scoredClass
        self.classScores = classScores
    }

    /// The label as a post class, when it is one.
    public var postClass: PostClass? { PostClass(rawValue: label) }
    /// The label as a reply class, when it is one.
    public var replyClass: ReplyClass? { ReplyClass(rawValue: label) }
    /// The label as an account class, when it is one.
    public var accountClass: AccountClass? { AccountClass(rawValue: label) }
}
