import Foundation
import Testing
@testable import KubeModels

/// The QoS class against upstream's `qos_test.go` table (TestComputePodQOS).
@Suite("Pod QoS class")
struct PodQoSTests {
    struct Resources: Decodable, Sendable {
        var requests: [String: String]
        var limits: [String: String]
    }

    struct Row: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var containers: [Resources]
        var initContainers: [Resources]
        var podResources: Resources?
        var podLevel: Bool
        var expected: String
        var testDescription: String { name }
    }

    static let rows: [Row] = (try? Fixtures.decode([Row].self, "pod-qos.json")) ?? []

    static func requirements(_ resources: Resources) throws -> ResourceRequirements {
        ResourceRequirements(limits: try resources.limits.mapValues { try Quantity(parsing: $0) },
                             requests: try resources.requests.mapValues { try Quantity(parsing: $0) })
    }

    @Test("the fixture table is loaded")
    func tableLoads() { #expect(Self.rows.count == 20) }

    @Test("the computed class matches upstream", arguments: rows)
    func computed(_ row: Row) throws {
        var pod = Pod(name: row.name, namespace: "ns")
        pod.spec.containers = try row.containers.enumerated().map { Container(image: "i", name: "c\($0)", resources: try Self.requirements($1)) }
        pod.spec.initContainers = try row.initContainers.enumerated().map {
            Container(image: "i", name: "i\($0)", resources: try Self.requirements($1))
        }
        if let podResources = row.podResources { pod.spec.resources = try Self.requirements(podResources) }
        #expect(pod.computedQOSClass(usePodLevelResources: row.podLevel).rawValue == row.expected)
    }

    @Test("a recorded class is kept, an unknown one recomputed")
    func recorded() {
        var pod = Pod(name: "p", namespace: "ns")
        pod.spec.containers = [Container(image: "i", name: "c")]
        #expect(pod.qosClass == .bestEffort)
        pod.status.qosClass = "Guaranteed"
        #expect(pod.qosClass == .guaranteed)
        pod.status.qosClass = "Platinum"
        #expect(pod.qosClass == .bestEffort)
    }

    @Test("limits alone make a pod Guaranteed once requests are defaulted from them")
    func defaultedLimits() {
        var pod = Pod(name: "p", namespace: "ns")
        pod.spec.containers = [Container(image: "i", name: "c", resources: ResourceRequirements(
            limits: ["cpu": .cpu(millis: 500), "memory": .bytes(1 << 30)]))]
        #expect(pod.computedQOSClass() == .burstable)
        #expect(pod.defaulted().computedQOSClass() == .guaranteed)
    }
}
