import EngageCore
import Foundation

/// Small helpers for terminal output: thousands separators, padding, dates.
public enum TextFormat {
    /// `1234567` → `1,234,567`.
    public static func int(_ v: Int) -> String {
        let s = String(v.magnitude)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return v < 0 ? "-" + out : out
    }

    /// A count right-aligned in `width` columns.
    public static func rightInt(_ v: Int, _ width: Int) -> String {
        let s = int(v)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    /// `s` left-aligned in `width` columns.
    public static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// A percentage with one decimal: `12.5%`.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return String(format: "%.1f%%", 100 * Double(part) / Double(whole))
    }

    /// `2023-09-08`.
    public static func day(_ d: Date) -> String { String(DateParser.iso8601(d).prefix(10)) }

    /// `@handle (Name, id 123)`.
    public static func account(_ a: Account) -> String {
        var s = a.handle.map { "@" + $0 } ?? a.name ?? a.id ?? "unknown"
        var extra: [String] = []
        if a.handle != nil, let n = a.name, !n.isEmpty { extra.append(n) }
        if let id = a.id { extra.append("id \(id)") }
        if !extra.isEmpty { s += " (" + extra.joined(separator: ", ") + ")" }
        return s
    }

    /// `s` without control characters a terminal would act on (escape sequences, carriage returns,
    /// C1 controls); line feeds and tabs are kept. Every piece of input text a terminal report prints
    /// goes through it, so a post cannot move the cursor, recolour or rewrite the screen.
    public static func terminalSafe(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !isControl(u) { out.append(u) }
        return String(out)
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value)
    }
}
