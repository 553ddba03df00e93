import EngageCore
import Foundation

/// Number formatting for sentences.
enum TextNumber {
    /// `1234567` → `1,234,567`.
    static func int(_ v: Int) -> String {
        let s = String(v.magnitude)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return v < 0 ? "−" + out : out
    }

    /// A count or a statistic: integers with separators, others with up to two decimals.
    static func value(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return int(Int(v)) }
        if abs(v) >= 100 {
            let tenths = Int((abs(v) * 10).rounded())
            return (v < 0 ? "−" : "") + int(tenths / 10) + "." + String(tenths % 10)
        }
        var s = String(format: "%.2f", v)
        while s.hasSuffix("0") { s.removeLast() }
        return s.replacingOccurrences(of: "-", with: "−")
    }

    /// δ with a sign: `+0.31`, `−0.18`.
    static func signed(_ v: Double) -> String {
        let s = String(format: "%.2f", abs(v))
        return (v < 0 && s != "0.00" ? "−" : "+") + s
    }

    /// A p-value: `< 0.0001`, else two significant digits.
    static func p(_ v: Double) -> String {
        if v < 0.0001 { return "< 0.0001" }
        if v >= 0.1 { return String(format: "%.2f", v) }
        if v >= 0.01 { return String(format: "%.3f", v) }
        if v >= 0.001 { return String(format: "%.4f", v) }
        return String(format: "%.5f", v)
    }

    /// "p = 0.012" or "p < 0.0001", for a label such as "adjusted p".
    static func pClause(_ label: String, _ v: Double) -> String {
        v < 0.0001 ? "\(label) < 0.0001" : "\(label) = \(p(v))"
    }

    /// A ratio: `1.8`, `0.43`.
    static func ratio(_ v: Double) -> String { v >= 10 ? String(format: "%.1f", v) : String(format: "%.2f", v) }

    /// A share: `14.1 %`.
    static func percent(_ v: Double) -> String { String(format: "%.1f %%", 100 * v) }

    /// `12 Mar 2021`.
    static func day(_ d: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: d)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(c.day ?? 1) \(months[max(0, min(11, (c.month ?? 1) - 1))]) \(c.year ?? 1970)"
    }
}

/// How outcomes and groups are named in sentences.
enum OutcomeText {
    static func singular(_ o: Outcome, genuine: Bool = false) -> String {
        switch o {
        case .replies: return genuine ? "genuine reply" : "reply"
        case .reposts: return "repost"
        case .likes: return "like"
        }
    }

    static func plural(_ o: Outcome, genuine: Bool = false) -> String {
        switch o {
        case .replies: return genuine ? "genuine replies" : "replies"
        case .reposts: return "reposts"
        case .likes: return "likes"
        }
    }

    /// `5 replies`, `1 genuine reply`.
    static func count(_ n: Int, _ o: Outcome, genuine: Bool) -> String {
        "\(TextNumber.int(n)) \(n == 1 ? singular(o, genuine: genuine) : plural(o, genuine: genuine))"
    }

    /// The noun phrase of a group: "question posts", "posts with a link", "follower-begging posts".
    static func noun(_ group: String) -> String {
        switch group {
        case "link": return "posts with a link"
        case "media": return "posts with media"
        case "hashtag": return "posts with hashtags"
        case "mention": return "posts that mention someone"
        case "question": return "question posts"
        case "exclamation": return "posts with an exclamation mark"
        case "thread": return "self-threads"
        case "quote": return "quote posts"
        case "length:short": return "short posts"
        case "length:medium": return "medium-length posts"
        case "length:long": return "long posts"
        default: break
        }
        if group.hasPrefix("hours:") { return "posts made between \(group.dropFirst(6).replacingOccurrences(of: "-", with: ":00 and ")):59" }
        if group.hasPrefix("weekday:") {
            let names = ["Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday",
                         "Sat": "Saturday", "Sun": "Sunday"]
            return "\(names[String(group.dropFirst(8))] ?? String(group.dropFirst(8))) posts"
        }
        if group.hasPrefix("class:") { return "\(group.dropFirst(6)) posts" }
        if group.hasPrefix("kind:") { return "\(group.dropFirst(5)) posts" }
        return "\(group) posts"
    }

    /// The headline of advice on a group.
    static func headline(_ group: String, more: Bool) -> String {
        switch (group, more) {
        case ("question", true): return "Ask your followers questions more often."
        case ("question", false): return "Ask fewer questions."
        case ("link", false): return "Share fewer bare links."
        case ("link", true): return "Share more links."
        case ("thread", true): return "Write more self-threads."
        case ("media", true): return "Attach media more often."
        case ("media", false): return "Attach media less often."
        default:
            let n = noun(group)
            return more ? "Post more \(n)." : "Post fewer \(n)."
        }
    }
}
