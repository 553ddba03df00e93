import EngageCore
import Foundation
import Testing

/// Dates from hostile input: digit runs that overflow `Int`, epoch values past any calendar, and
/// `Date`s built elsewhere that hold anything. Each gives nil or a clamped string, never a trap.
@Suite struct DateParserHostileTests {
    @Test(arguments: [
        "Wed Nov 02 21:30:39 +0000 18446744073709551616",
        "Wed Nov 99999999999999999999 21:30:39 +0000 2022",
        "Thu, 05 Jan 99999999999999999999 14:30:46 +0000",
        "Thu, 99999999999999999999999 Jan 2012 14:30:46 GMT",
        "5/18446744073709551616/9223372036854775808 10:00",
        "99999999999999999999/1/2020",
        "1/1/2020 99999999999999999999:00",
        "2022-11-14T18:44:55.99999999999999999999999Z",
    ])
    func overflowingDigitsAreNotADate(input: String) {
        // The fraction case is a date (the extra digits add nothing); every other one is rejected.
        if input.contains(".9999") {
            #expect(DateParser.parse(input).map(DateParser.iso8601) == "2022-11-14T18:44:56Z")
        } else {
            #expect(DateParser.parse(input) == nil)
        }
    }

    @Test func unixSecondsKeepsTheParserRange() {
        #expect(DateParser.unixSeconds(1e308) == nil)
        #expect(DateParser.unixSeconds(-1e308) == nil)
        #expect(DateParser.unixSeconds(.nan) == nil)
        #expect(DateParser.unixSeconds(.infinity) == nil)
        #expect(DateParser.unixSeconds(1_700_000_000).map(DateParser.iso8601) == "2023-11-14T22:13:20Z")
        #expect(DateParser.unixSeconds(-2_208_988_800).map(DateParser.iso8601) == "1900-01-01T00:00:00Z")
        #expect(DateParser.unixSeconds(7_289_654_400) == nil)
    }

    @Test func outputClampsDatesOutsideTheCalendar() {
        #expect(DateParser.iso8601(Date(timeIntervalSince1970: 1e300)) == "9999-12-31T23:59:59Z")
        #expect(DateParser.iso8601(Date(timeIntervalSince1970: -1e300)) == "0001-01-01T00:00:00Z")
        #expect(DateParser.iso8601(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00Z")
        #expect(DateParser.components(Date(timeIntervalSince1970: .infinity)).year == 9999)
        #expect(DateParser.components(Date(timeIntervalSince1970: -.infinity)).year == 1)
    }
}
