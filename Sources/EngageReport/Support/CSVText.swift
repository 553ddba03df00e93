import EngageCore
import Foundation

/// CSV output (RFC 4180): fields quoted when they hold a comma, a quote, CR or LF (quotes doubled),
/// records ending in CRLF; text cells neutralised against formula injection.
public enum CSVText {
    /// Characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`) or that
    /// OWASP lists beside them (tab, CR).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell: prefixed with `'` when it begins with a formula character, then quoted as needed.
    /// Use it for every value that comes from the input or the rulebook.
    public static func text(_ s: String?) -> String {
        guard let s, !s.isEmpty else { return "" }
        var v = s
        if let first = v.unicodeScalars.first, formulaStarts.contains(first) { v = "'" + v }
        return quoted(v)
    }

    /// A number engage computed (never user text): written as is; nil is an empty cell (unknown is not 0).
    public static func number(_ v: Int?) -> String { v.map(String.init) ?? "" }

    /// A number engage computed, with up to 6 significant decimals; nil and non-finite values are empty.
    public static func number(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "" }
        return JSONWriter.format(v)
    }

    /// Quotes a field when RFC 4180 requires it.
    static func quoted(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the cells joined by commas, ending in CRLF.
    public static func record(_ cells: [String]) -> String {
        cells.joined(separator: ",") + "\r\n"
    }
}
