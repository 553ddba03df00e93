import EngageXML

/// One kind of comment markup in saved pages (WordPress themes, Epoch, Blogger, Drupal, a generic
/// fallback). Families are tried in order; the first that finds comments wins.
protocol CommentFamily {
    /// A short name for notes (`wordpress`, `epoch`…).
    static var name: String { get }
    /// The comments on the page, in document order; empty when the family's markup is absent.
    static func comments(in root: MarkupNode, index: PageIndex) -> [PageComment]
}
