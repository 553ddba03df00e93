import ArgumentParser
import EngageAnalyze
import EngageCore
import Foundation

/// The analysis settings `audit` and `export` share.
struct AnalysisArguments: ParsableArguments {
    @Option(help: "Base seed of the bootstrap and permutation tests (same input + seed = same output).")
    var seed: UInt64 = 20_240_601

    @Option(help: "Bootstrap resamples per claim (at least 1000).")
    var resamples: Int = 2000

    @Option(name: .customLong("time-zone"),
            help: ArgumentHelp("Time zone for hours and weekdays (IANA name such as Europe/Berlin, or UTC).", valueName: "zone"))
    var timeZone: String = "UTC"

    @Option(help: "Time trend of the regression: linear or quarterly.")
    var trend: AnalysisOptions.Trend = .linear

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("When the counts were read, when the sources do not say (ISO 8601 date).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Your own account (handle or id) when several feeds are given; default: the first source's owner.",
                               valueName: "handle"))
    var user: String?

    mutating func validate() throws {
        if resamples < 1000 { throw ValidationError("--resamples must be at least 1000 (ANALYSIS.md §4.3).") }
        if TimeZone(identifier: timeZone) == nil { throw ValidationError("Unknown time zone '\(timeZone)'.") }
        if let asOf, DateParser.parse(asOf) == nil {
            throw ValidationError("--as-of takes a date such as 2024-05-01 or 2024-05-01T12:00:00Z, got '\(asOf)'.")
        }
    }

    /// The analysis options these arguments describe.
    var options: AnalysisOptions {
        var o = AnalysisOptions()
        o.seed = seed
        o.bootstrapResamples = resamples
        o.timeZone = TimeZone(identifier: timeZone) ?? o.timeZone
        o.trend = trend
        o.snapshotTime = asOf.flatMap(DateParser.parse)
        o.userAccount = user.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        return o
    }
}

extension AnalysisOptions.Trend: ExpressibleByArgument {}
