import EngageCore

/// A group of an account's units compared with the rest (§4): a feature, a length band, an hour
/// bin, a weekday, a post class or a valuable content kind.
struct GroupDefinition: Sendable {
    enum Family: String, Sendable {
        case feature, length, hours, weekday, postClass = "class", contentKind = "kind"
    }

    /// The report name: `link`, `length:long`, `hours:18-23`, `weekday:Sat`, `class:spam`, `kind:how-to`.
    var name: String
    var family: Family
    /// Membership per unit.
    var member: [Bool]

    var size: Int { member.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// For classes: the class.
    var postClass: PostClass? {
        guard family == .postClass else { return nil }
        return PostClass(rawValue: String(name.dropFirst("class:".count)))
    }

    /// Every group of an account that has posts on both sides. Content types come first, so where a
    /// class and a feature hold the same posts the class names the claim.
    static func all(_ acc: AccountData) -> [GroupDefinition] {
        var out: [GroupDefinition] = []
        for (i, c) in PostClass.allCases.enumerated() {
            out.append(GroupDefinition(name: "class:" + c.rawValue, family: .postClass, member: acc.postClass.map { $0 == i }))
        }
        for (i, k) in ContentKind.allCases.enumerated() {
            out.append(GroupDefinition(name: "kind:" + k.rawValue, family: .contentKind, member: acc.contentKind.map { $0 == i }))
        }
        for (f, name) in PostFeatures.named {
            out.append(GroupDefinition(name: name, family: .feature, member: acc.features.map { $0.contains(f) }))
        }
        for (i, b) in AccountData.lengthBands.enumerated() {
            out.append(GroupDefinition(name: "length:" + b, family: .length, member: acc.lengthBand.map { $0 == i }))
        }
        for (i, b) in AccountData.hourBins.enumerated() {
            out.append(GroupDefinition(name: "hours:" + b, family: .hours, member: acc.hour.map { Int($0) / 6 == i }))
        }
        for (i, d) in AccountData.weekdays.enumerated() {
            out.append(GroupDefinition(name: "weekday:" + d, family: .weekday, member: acc.weekday.map { $0 == i }))
        }
        let n = acc.count
        // a group with exactly the members of an earlier one (the `question` feature and the
        // `kind:question` class on a feed where they coincide) is one claim, not two
        var kept: [GroupDefinition] = []
        for g in out {
            let s = g.size
            guard s > 0 && s < n, !kept.contains(where: { $0.member == g.member }) else { continue }
            kept.append(g)
        }
        return kept
    }

    /// Every content type name, indexed by ``contentTypeCode(_:_:)``: the low-value classes, then
    /// `class:valuable` (valuable without a kind), then the kinds.
    static let contentTypeNames: [String] =
        PostClass.allCases.map { "class:" + $0.rawValue } + ContentKind.allCases.map { "kind:" + $0.rawValue }

    /// A unit's content type as an index into ``contentTypeNames`` (−1 when unclassified).
    static func contentTypeCode(_ acc: AccountData, _ u: Int) -> Int32 {
        let c = acc.postClass[u]
        guard c >= 0 else { return -1 }
        if PostClass.allCases[Int(c)] == .valuable, acc.contentKind[u] >= 0 {
            return Int32(PostClass.allCases.count) + Int32(acc.contentKind[u])
        }
        return Int32(c)
    }

    /// The content type of a unit for the Kruskal–Wallis test and the model: the class for
    /// low-value posts, the content kind for valuable ones; nil when unclassified.
    static func contentType(_ acc: AccountData, _ u: Int) -> String? {
        let c = acc.postClass[u]
        guard c >= 0 else { return nil }
        let klass = PostClass.allCases[Int(c)]
        if klass == .valuable {
            let k = acc.contentKind[u]
            return k >= 0 ? "kind:" + ContentKind.allCases[Int(k)].rawValue : "class:valuable"
        }
        return "class:" + klass.rawValue
    }
}
