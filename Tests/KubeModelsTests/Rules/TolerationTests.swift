import Foundation
import Testing
@testable import KubeModels

/// Taint toleration against upstream's `toleration_test.go` table and the scheduling helpers.
@Suite("Tolerations")
struct TolerationTests {
    struct Row: Decodable, Sendable, CustomTestStringConvertible {
        struct TolerationRow: Decodable, Sendable { var key: String?, `operator`: String?, value: String?, effect: String? }
        struct TaintRow: Decodable, Sendable { var key: String, value: String?, effect: String }
        var name: String
        var toleration: TolerationRow
        var taint: TaintRow
        var expected: Bool
        var source: String
        var testDescription: String { name }
    }

    static let rows: [Row] = (try? Fixtures.decode([Row].self, "tolerations.json")) ?? []

    @Test("the fixture table is loaded")
    func tableLoads() { #expect(Self.rows.count == 14) }

    @Test("a toleration tolerates a taint as upstream decides", arguments: rows)
    func tolerates(_ row: Row) {
        let toleration = Toleration(effect: row.toleration.effect, key: row.toleration.key,
                                    operator: row.toleration.operator, value: row.toleration.value)
        let taint = Taint(effect: row.taint.effect, key: row.taint.key, value: row.taint.value)
        #expect(toleration.tolerates(taint) == row.expected)
        #expect([Toleration(key: "unrelated", operator: "Exists"), toleration].tolerates(taint) == row.expected)
    }

    @Test("the first untolerated taint is found among the filtered ones")
    func untolerated() {
        let taints = [Taint(effect: "PreferNoSchedule", key: "soft"), Taint(effect: "NoSchedule", key: "gpu", value: "a100"),
                      Taint(effect: "NoExecute", key: "dedicated", value: "db")]
        let tolerations = [Toleration(effect: "NoSchedule", key: "gpu", operator: "Exists")]
        let hard = tolerations.firstUntolerated(of: taints) { $0.effect == "NoSchedule" || $0.effect == "NoExecute" }
        #expect(hard?.key == "dedicated")
        #expect(tolerations.firstUntolerated(of: taints)?.key == "soft")
        #expect([Toleration(operator: "Exists")].firstUntolerated(of: taints) == nil)
    }

    @Test("taints print as key=value:effect and match by key and effect")
    func taintText() {
        #expect(Taint(effect: "NoSchedule", key: "gpu", value: "a100").description == "gpu=a100:NoSchedule")
        #expect(Taint(effect: "NoExecute", key: "node.kubernetes.io/unreachable").description == "node.kubernetes.io/unreachable:NoExecute")
        #expect(Taint(effect: "NoSchedule", key: "a", value: "x").matches(Taint(effect: "NoSchedule", key: "a", value: "y")))
        #expect(!Taint(effect: "NoSchedule", key: "a").matches(Taint(effect: "NoExecute", key: "a")))
        #expect(Toleration(key: "a", operator: "Exists", tolerationSeconds: 5).matches(Toleration(key: "a", operator: "Exists")))
    }
}
