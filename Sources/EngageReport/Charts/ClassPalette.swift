/// Colours of the post, reply and account classes in every chart (valuable and genuine green, the
/// low-value classes warm; readable in greyscale print by lightness).
public enum ClassPalette {
    static let colours: [String: String] = [
        "valuable": "#2f9e44", "genuine": "#2f9e44", "ok": "#2f9e44",
        "follower-begging": "#e8590c", "follow-back": "#f59f00", "paid-followers": "#c92a2a",
        "engagement-bait": "#d6336c", "vanity-metric": "#ae3ec9", "hard-sell": "#7048e8", "spam": "#495057",
        "generic-praise": "#f59f00", "self-promotion": "#7048e8", "follow-back-request": "#e8590c",
        "author-reply": "#1c7ed6", "pingback": "#adb5bd", "trackback": "#ced4da", "suspected-fake": "#c92a2a",
    ]

    /// The colour of `label` (a neutral grey for labels an overlay added).
    public static func colour(_ label: String) -> String { colours[label] ?? "#868e96" }
}
