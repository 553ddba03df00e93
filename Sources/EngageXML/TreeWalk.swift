import CLibXML2

/// Iterative depth-first traversal of a libxml2 subtree (no recursion: hostile pages nest thousands of
/// elements deep).
enum TreeWalk {
    /// The two moments a node is visited.
    enum Event {
        /// Before the children; the visitor's answer says whether to descend.
        case enter
        /// After the children (or right after `enter` when not descended). The answer is ignored.
        case leave
    }

    /// Visits the descendants of `root` (not `root` itself) in document order: every node gets
    /// `.enter`, then (when the visitor returned true for an element with children) its children, then
    /// `.leave`.
    static func descendants(of root: xmlNodePtr, _ visit: (xmlNodePtr, Event) -> Bool) {
        var current = root.pointee.children
        while let n = current {
            if visit(n, .enter), n.pointee.type == XML_ELEMENT_NODE, let child = n.pointee.children {
                current = child
                continue
            }
            _ = visit(n, .leave)
            // Climb until a node has a next sibling, leaving parents on the way.
            var u = n
            while true {
                if let next = u.pointee.next {
                    current = next
                    break
                }
                guard let p = u.pointee.parent, p != root else {
                    current = nil
                    break
                }
                _ = visit(p, .leave)
                u = p
            }
        }
    }
}
