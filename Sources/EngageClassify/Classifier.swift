import EngageCore
import Foundation

/// Classifies posts, replies and accounts with the rulebook, returning explained ``Verdict``s.
///
/// ```swift
/// let classifier = try Classifier.load()                 // default rules (+ overlay: "my-rules")
/// let v = classifier.classify(post)                      // follower-begging, valuable (how-to)…
/// let r = classifier.classifyReply(reply, parent: post)  // genuine, spam, author-reply, pingback…
/// let a = classifier.classify(account)                   // ok or suspected-fake, with reasons
/// ```
///
/// A classifier is immutable and `Sendable`: share one across threads. Loading compiles the rulebook
/// (a few milliseconds); classifying allocates only small per-call buffers.
public final class Classifier: Sendable {
    /// The rulebook it was built from.
    public let rulebook: Rulebook
    let compiled: CompiledRulebook

    /// Compiles `rulebook`. Throws ``RulebookError`` when a pattern, meta rule or list is invalid.
    public init(rulebook: Rulebook) throws {
        self.rulebook = rulebook
        self.compiled = try CompiledRulebook(rulebook)
    }

    /// The default rulebook, with the rule folder `overlay` applied when given.
    public static func load(overlay: String? = nil) throws -> Classifier {
        try Classifier(rulebook: Rulebook.load(overlay: overlay))
    }

    /// Warnings found while loading and compiling (rules that can never fire, slow patterns).
    public var warnings: [RuleProblem] { rulebook.warnings + compiled.warnings }

    /// Classifies one of the feed owner's posts (original, thread part, quote or repost) into a
    /// ``PostClass``; valuable posts also get a ``ContentKind``.
    public func classify(_ post: Post) -> Verdict {
        let set = compiled[.post]
        var scratch = [UInt8]()
        let f = Features(post: post, parent: nil, needsOverlap: false, needsCaps: set.usesCaps, scratch: &scratch)
        return set.verdict(set.evaluate(f), isReply: post.kind == .reply)
    }

    /// Classifies a reply or comment into a ``ReplyClass``. `parent` is the post it answers, when known:
    /// a reply by the parent's author is an author reply (as is one with `byOwner == true`), and rules
    /// can test how many content words the reply shares with it. Pingbacks and trackbacks are
    /// recognised from `commentType`.
    public func classifyReply(_ reply: Post, parent: Post? = nil) -> Verdict {
        let set = compiled[.reply]
        var scratch = [UInt8]()
        let f = Features(post: reply, parent: parent, needsOverlap: set.usesOverlap, needsCaps: set.usesCaps, scratch: &scratch)
        return set.verdict(set.evaluate(f), isReply: true)
    }

    /// Classifies a reply author's profile: `suspected-fake` with the reasons, or `ok`. Account age is
    /// measured to the account's `asOf`, else to `asOf` here (default: now).
    public func classify(_ account: Account, asOf: Date? = nil) -> Verdict {
        let set = compiled[.account]
        let f = Features(account: account, asOf: asOf ?? Date())
        return set.verdict(set.evaluate(f), isReply: false)
    }

    /// Classifies bare text as a post or a reply (the command line's `engage classify "text"`).
    public func classify(text: String, as kind: RuleKind) -> Verdict {
        let post = Post(platform: .web, id: "", text: text, kind: kind == .reply ? .reply : .original,
                        provenance: Provenance(source: "text"))
        return kind == .reply ? classifyReply(post) : classify(post)
    }

    /// The normalised text rules match, for explaining verdicts (`engage classify --explain`).
    public static func normalized(_ text: String) -> String {
        String(decoding: TextNormalizer.normalize(text), as: UTF8.self)
    }

    /// The learned model's class probabilities for a text, when a model of that kind is loaded.
    public func bayesProbabilities(_ text: String, as kind: RuleKind) -> [(String, Double)]? {
        guard let model = compiled[kind].model else { return nil }
        let p = TextNormalizer.normalize(text).withUnsafeBufferPointer { model.probabilities($0) }
        return Array(zip(model.classes, p))
    }
}
