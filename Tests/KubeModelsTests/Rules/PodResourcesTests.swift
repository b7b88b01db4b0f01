import Foundation
import Testing
@testable import KubeModels

/// `podRequests`/`podLimits` against upstream `k8s.io/component-helpers/resource` tables
/// (TestPodRequestsAndLimits, TestPodRequestsAndLimitsWithoutOverhead, TestPodResourceRequests,
/// TestPodResourceLimits) and the scheduler's non-zero defaults.
@Suite("Pod requests and limits")
struct PodResourcesTests {
    struct ContainerRow: Decodable, Sendable {
        var name: String?
        var restartPolicy: String?
        var requests: [String: String]?
        var limits: [String: String]?
    }

    struct Options: Decodable, Sendable {
        var excludeOverhead: Bool?
        var nonMissing: [String: String]?
    }

    struct Row: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var source: String
        var containers: [ContainerRow]
        var initContainers: [ContainerRow]
        var overhead: [String: String]
        var options: Options
        var expectedRequests: [String: String]?
        var expectedLimits: [String: String]?
        var testDescription: String { "\(name) (\(source))" }
    }

    static let rows: [Row] = (try? Fixtures.decode([Row].self, "pod-requests.json")) ?? []

    static func quantities(_ list: [String: String]?) throws -> [String: Quantity] {
        try (list ?? [:]).mapValues { try Quantity(parsing: $0) }
    }

    static func container(_ row: ContainerRow) throws -> Container {
        Container(image: "i", name: row.name ?? "", resources: ResourceRequirements(
            limits: try quantities(row.limits), requests: try quantities(row.requests)), restartPolicy: row.restartPolicy)
    }

    static func pod(_ row: Row) throws -> Pod {
        var pod = Pod(name: "p", namespace: "ns")
        pod.spec.containers = try row.containers.map(container)
        pod.spec.initContainers = try row.initContainers.map(container)
        pod.spec.overhead = try quantities(row.overhead)
        return pod
    }

    static func options(_ row: Row) throws -> PodResourcesOptions {
        PodResourcesOptions(excludeOverhead: row.options.excludeOverhead ?? false,
                            nonMissingContainerRequests: try quantities(row.options.nonMissing))
    }

    @Test("the fixture table is loaded")
    func tableLoads() { #expect(Self.rows.count >= 30) }

    @Test("requests add up as the scheduler computes them", arguments: rows.filter { $0.expectedRequests != nil })
    func requests(_ row: Row) throws {
        #expect(try Self.pod(row).podRequests(Self.options(row)) == Self.quantities(row.expectedRequests))
    }

    @Test("limits add up as upstream computes them", arguments: rows.filter { $0.expectedLimits != nil })
    func limits(_ row: Row) throws {
        #expect(try Self.pod(row).podLimits(Self.options(row)) == Self.quantities(row.expectedLimits))
    }

    @Test("the scheduler's scoring options fill 100m CPU and 200Mi memory")
    func schedulerDefaults() {
        var pod = Pod(name: "p", namespace: "ns")
        pod.spec.containers = [Container(image: "i", name: "c")]
        let requests = pod.podRequests(.schedulerScoring)
        #expect(requests["cpu"]?.milliValue == 100)
        #expect(requests["memory"] == .bytes(200 * 1024 * 1024))
        #expect(pod.podRequests().isEmpty)
    }

    @Test("pod-level resources replace the containers' sum only when asked")
    func podLevelResources() throws {
        var pod = Pod(name: "p", namespace: "ns")
        pod.spec.containers = [Container(image: "i", name: "c", resources: ResourceRequirements(requests: ["cpu": .cpu(millis: 100)]))]
        pod.spec.resources = ResourceRequirements(limits: ["cpu": .cpu(millis: 2000)], requests: ["cpu": .cpu(millis: 1000)])
        #expect(pod.podRequests()["cpu"] == .cpu(millis: 100))
        #expect(pod.podRequests(PodResourcesOptions(usePodLevelResources: true))["cpu"] == .cpu(millis: 1000))
        #expect(pod.podLimits(PodResourcesOptions(usePodLevelResources: true))["cpu"] == .cpu(millis: 2000))
    }

    @Test("status resources win when larger, and alone when a resize is infeasible")
    func statusResources() throws {
        var pod = Pod(name: "p", namespace: "ns")
        pod.spec.containers = [Container(image: "i", name: "c", resources: ResourceRequirements(requests: ["cpu": .cpu(millis: 4000)]))]
        pod.status.containerStatuses = [ContainerStatus(name: "c", resources: ResourceRequirements(requests: ["cpu": .cpu(millis: 2000)]))]
        let options = PodResourcesOptions(useStatusResources: true)
        #expect(pod.podRequests(options)["cpu"] == .cpu(millis: 4000))
        pod.status.resize = "Infeasible"
        #expect(pod.podRequests(options)["cpu"] == .cpu(millis: 2000))
        #expect(pod.podRequests()["cpu"] == .cpu(millis: 4000))
    }
}
