/// A short, one-line excerpt of a post for reports: whitespace runs (newlines included) become one
/// space, the text is cut to a number of Unicode scalars with `…`, and a post without text reads
/// `(no text)`.
public enum Snippet {
    /// The excerpt of `text` (or of `title` when the text is empty), at most `length` scalars plus `…`.
    public static func of(_ text: String, title: String? = nil, length: Int) -> String {
        let source = text.isEmpty ? (title ?? "") : text
        var out = String.UnicodeScalarView()
        var count = 0
        var pendingSpace = false
        var truncated = false
        for s in source.unicodeScalars {
            if s.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if count >= length {
                truncated = true
                break
            }
            if pendingSpace {
                out.append(" ")
                count += 1
                pendingSpace = false
                if count >= length {
                    truncated = true
                    break
                }
            }
            out.append(s)
            count += 1
        }
        if count == 0 { return "(no text)" }
        return String(out) + (truncated ? "…" : "")
    }
}
