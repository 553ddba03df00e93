import EngageCore
import Foundation

/// How a set of classified items splits into classes, with a few examples of each — the "class mix"
/// `engage audit` shows for posts, replies and reply authors.
///
/// Examples are the items the classifier was surest about: for a class that won on its score, the
/// largest margin above its threshold; for a default class (`valuable`, `genuine`, `ok`), the largest
/// margin below the closest other class's threshold. Ties go to the newer item, then the smaller id,
/// so the same input always shows the same examples.
public struct ClassMix: Sendable {
    /// One example item.
    public struct Example: Sendable, Hashable {
        public var id: String
        public var createdAt: Date?
        /// A one-line excerpt of the text (``Snippet``), or the account's handle and counts.
        public var text: String
        public var url: String?
        public var score: Double
        public var threshold: Double
        /// The ids of the strongest rules that fired for the verdict's scored class.
        public var rules: [String]
        /// How sure the verdict is (see the type's description).
        public var margin: Double
    }

    /// Classes in report order (every class of the kind, so absent ones show as 0).
    public let classes: [String]
    /// Items counted.
    public private(set) var total = 0
    /// Items per class.
    public private(set) var counts: [String: Int] = [:]
    /// Up to ``examplesPerClass`` examples per class.
    public private(set) var examples: [String: [Example]] = [:]
    /// Items per UTC year and class (items without a date are in no year).
    public private(set) var byYear: [Int: [String: Int]] = [:]
    /// Valuable items per content kind.
    public private(set) var contentKinds: [ContentKind: Int] = [:]
    /// How many examples each class keeps.
    public let examplesPerClass: Int

    /// Characters of text kept per example.
    public static let snippetLength = 140

    /// An empty mix over `classes`.
    public init(classes: [String], examplesPerClass: Int = 3) {
        self.classes = classes
        self.examplesPerClass = examplesPerClass
    }

    /// A mix over the post classes.
    public static func posts(examplesPerClass: Int = 3) -> ClassMix {
        ClassMix(classes: PostClass.allCases.map(\.rawValue), examplesPerClass: examplesPerClass)
    }

    /// A mix over the reply classes.
    public static func replies(examplesPerClass: Int = 3) -> ClassMix {
        ClassMix(classes: ReplyClass.allCases.map(\.rawValue), examplesPerClass: examplesPerClass)
    }

    /// A mix over the account classes.
    public static func accounts(examplesPerClass: Int = 3) -> ClassMix {
        ClassMix(classes: AccountClass.allCases.map(\.rawValue), examplesPerClass: examplesPerClass)
    }

    /// Share of `label` among all items (0 when empty).
    public func share(_ label: String) -> Double {
        total > 0 ? Double(counts[label] ?? 0) / Double(total) : 0
    }

    /// Counts a post, reply or comment.
    public mutating func add(_ post: Post, verdict: Verdict) {
        add(id: post.id, createdAt: post.createdAt, text: Snippet.of(post.text, title: post.title, length: Self.snippetLength),
            url: post.url, verdict: verdict)
    }

    /// Counts an account (its example text is the handle and its counts).
    public mutating func add(_ account: Account, verdict: Verdict) {
        var parts = [account.handle.map { "@" + $0 } ?? account.name ?? account.id ?? "unknown"]
        if let f = account.followers { parts.append("\(f) followers") }
        if let f = account.following { parts.append("following \(f)") }
        if let p = account.posts { parts.append("\(p) posts") }
        add(id: account.id ?? account.handle ?? "", createdAt: account.createdAt, text: parts.joined(separator: ", "),
            url: nil, verdict: verdict)
    }

    /// Counts one item by its fields.
    public mutating func add(id: String, createdAt: Date?, text: String, url: String?, verdict: Verdict) {
        let label = verdict.label
        total += 1
        counts[label, default: 0] += 1
        if let d = createdAt { byYear[DateParser.components(d).year, default: [:]][label, default: 0] += 1 }
        if let k = verdict.contentKind { contentKinds[k, default: 0] += 1 }
        guard examplesPerClass > 0 else { return }
        let scored = verdict.scoredClass ?? label
        let margin: Double
        if !verdict.threshold.isFinite || !verdict.score.isFinite {
            margin = 0
        } else {
            margin = scored == label ? verdict.score - verdict.threshold : verdict.threshold - verdict.score
        }
        var list = examples[label, default: []]
        if list.count == examplesPerClass, let worst = list.last, !Self.before(margin, createdAt, id, worst) { return }
        let rules = verdict.hits.filter { $0.target == scored && $0.score > 0 }.prefix(3).map(\.id)
        let example = Example(id: id, createdAt: createdAt, text: text, url: url, score: verdict.score,
                              threshold: verdict.threshold, rules: Array(rules), margin: margin)
        let at = list.firstIndex { !Self.before($0.margin, $0.createdAt, $0.id, example) } ?? list.count
        list.insert(example, at: at)
        if list.count > examplesPerClass { list.removeLast() }
        examples[label] = list
    }

    /// True when an item with these fields ranks before `other`.
    static func before(_ margin: Double, _ date: Date?, _ id: String, _ other: Example) -> Bool {
        if margin != other.margin { return margin > other.margin }
        let a = date ?? .distantPast, b = other.createdAt ?? .distantPast
        if a != b { return a > b }
        return id < other.id
    }
}
