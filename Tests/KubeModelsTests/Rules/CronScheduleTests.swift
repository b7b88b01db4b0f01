import Foundation
import Testing
@testable import KubeModels

/// The CronJob schedule syntax check, against the error texts of the cron parser the API server
/// uses (robfig/cron/v3 `TestRange`/`TestParseScheduleErrors` cases, as whole schedules).
@Suite("Cron schedule syntax")
struct CronScheduleTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var schedule: String
        var error: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = (try? Fixtures.decode([Case].self, "cron-schedules.json")) ?? []

    @Test("the fixture table loads")
    func tableLoads() {
        #expect(Self.cases.count == 18)
    }

    @Test("a schedule parses or fails with the parser's text", arguments: cases)
    func schedule(_ c: Case) {
        #expect(CronScheduleSyntax.error(c.schedule) == c.error)
    }
}
