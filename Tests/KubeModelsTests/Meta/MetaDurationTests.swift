import Testing
@testable import KubeModels

/// `MetaDuration` against Go's `time` package tables (time_test.go: parseDurationTests,
/// durationTests), as `metav1.Duration` marshals through them.
@Suite("MetaDuration")
struct MetaDurationTests {
    struct Table: Decodable {
        let parse: [[JSONValue]]
        let invalid: [[String]]
        let format: [[JSONValue]]
    }

    static let table: Table? = try? Fixtures.decode(Table.self, "duration.json")

    @Test("Go's ParseDuration table parses to the same nanoseconds")
    func parses() throws {
        let table = try #require(Self.table)
        #expect(table.parse.count >= 30)
        for row in table.parse {
            let text = try #require(row[0].stringValue)
            let expected = try #require(row[1].intValue)
            #expect(try MetaDuration(parsing: text).nanoseconds == expected, "\(text)")
        }
    }

    @Test("invalid durations fail with Go's messages")
    func rejects() throws {
        for row in try #require(Self.table).invalid {
            let error = #expect(throws: KubeModelsError.self) { try MetaDuration(parsing: row[0]) }
            #expect(error?.message == row[1])
        }
    }

    @Test("Go's Duration.String table formats identically and parses back")
    func formats() throws {
        for row in try #require(Self.table).format {
            let d = MetaDuration(nanoseconds: try #require(row[0].intValue))
            #expect(d.description == row[1].stringValue)
            #expect(try MetaDuration(parsing: d.description) == d)
        }
    }

    @Test("it converts to and from Swift's Duration and round-trips as JSON")
    func conversions() throws {
        #expect(MetaDuration(.seconds(90)).description == "1m30s")
        #expect(MetaDuration.seconds(5).duration == .seconds(5))
        let json = try KubeJSON.encodeString(MetaDuration(.milliseconds(250)))
        #expect(json == "\"250ms\"")
        #expect(try KubeJSON.decode(MetaDuration.self, from: json) == MetaDuration(.milliseconds(250)))
    }
}
