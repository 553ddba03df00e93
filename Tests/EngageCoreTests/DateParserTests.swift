import EngageCore
import Foundation
import Testing

@Suite struct DateParserTests {
    @Test(arguments: [
        ("Wed Nov 02 21:30:39 +0000 2022", "2022-11-02T21:30:39Z"),
        ("2022-11-14T18:44:55.824Z", "2022-11-14T18:44:55.824Z"),
        ("2022-11-08T03:07:14Z", "2022-11-08T03:07:14Z"),
        ("2010-11-29T12:35:44.027-08:00", "2010-11-29T20:35:44.027Z"),
        ("2021-11-23T09:31:14+00:00", "2021-11-23T09:31:14Z"),
        ("2015-04-07 09:59:58 +0000", "2015-04-07T09:59:58Z"),
        ("2007-04-25 14:50:39", "2007-04-25T14:50:39Z"),
        ("Thu, 05 Jan 2012 14:30:46 +0000", "2012-01-05T14:30:46Z"),
        ("Thu, 05 Jan 2012 14:30:46 GMT", "2012-01-05T14:30:46Z"),
        ("Thu, 05 Jan 2012 14:30:46 EST", "2012-01-05T19:30:46Z"),
        ("05 Jan 2012 14:30 +0100", "2012-01-05T13:30:00Z"),
        ("8/14/2014 16:50", "2014-08-14T16:50:00Z"),
        ("10/16/17 22:59", "2017-10-16T22:59:00Z"),
        ("2013-01-30", "2013-01-30T00:00:00Z"),
        ("Thu Jan 31 16:35:32 +0000 2013", "2013-01-31T16:35:32Z"),
        ("  2023-09-08T10:12:07.123Z\n", "2023-09-08T10:12:07.123Z"),
        ("January 5, 2012", "2012-01-05T00:00:00Z"),
    ])
    func parses(input: String, expected: String) throws {
        let d = try #require(DateParser.parse(input), "\(input)")
        #expect(DateParser.iso8601(d) == expected)
    }

    @Test(arguments: ["0000-00-00 00:00:00", "Wed, 30 Nov -0001 00:00:00 +0000", "Mon, 16 Jun 20081 21:47:17 +0000",
                      "", "comment_date", "2023-02-30", "yesterday", "2023-13-01T00:00:00Z", "1694201744027"])
    func rejects(input: String) {
        #expect(DateParser.parse(input) == nil)
    }

    @Test func weekdayIsISO() throws {
        let d = try #require(DateParser.parse("2023-09-08T10:12:07Z"))  // a Friday
        #expect(DateParser.components(d).weekday == 5)
        #expect(DateParser.components(d).hour == 10)
    }
}
