import EngageXML

/// Every element of a page by class, id and tag, built in one walk, so that the extraction asks "which
/// elements have class `entry-content`" without evaluating an XPath class predicate on every element of a
/// 200 KB page again and again.
final class PageIndex {
    let root: MarkupNode
    private var byClass: [String: [MarkupNode]] = [:]
    private var byID: [String: [MarkupNode]] = [:]
    private var byTag: [String: [MarkupNode]] = [:]
    private var position: [Int: Int] = [:]
    /// Elements with an id or a class, in document order.
    private(set) var labelled: [MarkupNode] = []

    init(_ root: MarkupNode) {
        self.root = root
        var counter = 0
        _ = root.descendants(where: { n in
            self.position[n.identity] = counter
            counter += 1
            self.byTag[n.localName, default: []].append(n)
            var isLabelled = false
            if let id = n.attribute("id") {
                self.byID[id, default: []].append(n)
                isLabelled = true
            }
            for c in n.classes {
                self.byClass[c, default: []].append(n)
                isLabelled = true
            }
            if isLabelled { self.labelled.append(n) }
            return false
        })
    }

    /// Elements with the class, in document order.
    func withClass(_ name: String) -> [MarkupNode] { byClass[name] ?? [] }

    /// Elements with the id (ids are not unique in real pages).
    func withID(_ id: String) -> [MarkupNode] { byID[id] ?? [] }

    /// Elements with the tag (lower case).
    func withTag(_ tag: String) -> [MarkupNode] { byTag[tag] ?? [] }

    /// Elements with any of the classes, ids or tags, without repeats, in document order.
    func any(classes: [String] = [], ids: [String] = [], tags: [String] = []) -> [MarkupNode] {
        ordered(classes.flatMap(withClass) + ids.flatMap(withID) + tags.flatMap(withTag))
    }

    /// `nodes` without repeats, in document order.
    func ordered(_ nodes: [MarkupNode]) -> [MarkupNode] {
        var seen = Set<Int>()
        return nodes.filter { seen.insert($0.identity).inserted }
            .sorted { (position[$0.identity] ?? 0) < (position[$1.identity] ?? 0) }
    }

    /// True when `node` is one of `set` or lies inside one (`set` holds identities).
    static func isInside(_ node: MarkupNode, _ set: Set<Int>) -> Bool {
        var p: MarkupNode? = node
        while let n = p {
            if set.contains(n.identity) { return true }
            p = n.parent
        }
        return false
    }
}
