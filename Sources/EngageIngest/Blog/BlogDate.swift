import EngageCore
import Foundation

/// The date of a blog record chosen from the candidates an export offers, in order of trust: a UTC
/// value (`*_gmt`, ISO with zone), then a site-local one (read as UTC, so off by the site's offset:
/// flagged approximate), then any other (RSS `pubDate`). Impossible values (`0000-00-00 00:00:00`,
/// `Wed, 30 Nov -0001`, year `20081`) are skipped, never a crash.
struct BlogDate {
    /// The date, when any candidate could be read.
    var date: Date?
    /// True when the date is missing, or came from a less trusted candidate than the first one given.
    var approximate: Bool
    /// The first candidate that was present but could not be read (for the diagnostic).
    var unreadable: String?

    /// A candidate value and whether it is exact (UTC or with a zone) or site-local.
    enum Candidate {
        case exact(String?)
        case local(String?)
    }

    init(_ candidates: [Candidate]) {
        date = nil
        approximate = false
        unreadable = nil
        var first = true
        for c in candidates {
            let (raw, exact): (String?, Bool)
            switch c {
            case .exact(let s): (raw, exact) = (s, true)
            case .local(let s): (raw, exact) = (s, false)
            }
            guard let value = BlogText.value(raw) else {
                first = false
                continue
            }
            if let d = DateParser.parse(value) {
                date = d
                approximate = !first || !exact
                return
            }
            if unreadable == nil { unreadable = value }
            first = false
        }
        approximate = true
    }
}
