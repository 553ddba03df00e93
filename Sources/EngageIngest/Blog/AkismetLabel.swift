import Foundation

/// Akismet's spam verdict on a WordPress comment, from its `commentmeta`, with human corrections
/// winning: `akismet_user_result` (a person overrode Akismet), else the latest `report-spam` /
/// `report-ham` in `akismet_history`, else `akismet_result`, else the latest `check-spam` /
/// `check-ham`. History `message`s are free text and never read; `event` is.
struct AkismetLabel {
    private var result: Bool?
    private var userResult: Bool?
    private var human: (time: Double, order: Int, spam: Bool)?
    private var check: (time: Double, order: Int, spam: Bool)?
    private var order = 0

    /// True when any Akismet meta was seen.
    private(set) var present = false

    /// Reads one `commentmeta` pair; other keys are ignored.
    mutating func add(key: String, value: String) {
        switch key {
        case "akismet_result":
            present = true
            result = Self.bool(value)
        case "akismet_user_result":
            present = true
            userResult = Self.bool(value)
        case "akismet_history":
            present = true
            order += 1
            guard let event = PHPSerialized.scalar("event", in: value) else { return }
            let time = PHPSerialized.scalar("time", in: value).flatMap { Double($0) } ?? 0
            let entry = (time: time, order: order, spam: event.hasSuffix("-spam"))
            switch event {
            case "report-spam", "report-ham":
                if human.map({ Self.later(entry, than: $0) }) ?? true { human = entry }
            case "check-spam", "check-ham":
                if check.map({ Self.later(entry, than: $0) }) ?? true { check = entry }
            default:
                break  // status-approved, status-trash, cron-retry, check-error: not a verdict
            }
        default:
            break
        }
    }

    /// The verdict: true = spam, false = not spam, nil = no Akismet verdict.
    var isSpam: Bool? {
        if let userResult { return userResult }
        if let human { return human.spam }
        if let result { return result }
        return check?.spam
    }

    private static func later(_ a: (time: Double, order: Int, spam: Bool), than b: (time: Double, order: Int, spam: Bool)) -> Bool {
        a.time != b.time ? a.time > b.time : a.order > b.order
    }

    private static func bool(_ s: String) -> Bool? {
        switch s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "true", "1", "spam": return true
        case "false", "0", "ham": return false
        default: return nil
        }
    }
}
