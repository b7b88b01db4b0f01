import Foundation
import Testing
@testable import KubeModels

/// Status conditions: upstream `meta.SetStatusCondition` semantics on `metav1.Condition` and
/// the typed conditions (the transition time moves only when the status changes).
@Suite("Status conditions")
struct ConditionTests {
    let t0 = Time(secondsSince1970: 1_700_000_000)
    let t1 = Time(secondsSince1970: 1_700_000_600)

    @Test("adding a condition stamps the transition time when none is given")
    func add() {
        var conditions: [Condition] = []
        let changed1 = conditions.setCondition(Condition(reason: "Started", status: "False", type: "Ready"), now: t0)
        #expect(changed1)
        #expect(conditions.condition(ofType: "Ready")?.lastTransitionTime == t0)
        #expect(conditions.isFalse("Ready"))
        #expect(!conditions.isTrue("Ready"))
    }

    @Test("a status change moves the transition time, other changes do not")
    func transitions() {
        var conditions: [Condition] = []
        conditions.setCondition(Condition(reason: "Started", status: "False", type: "Ready"), now: t0)
        let changed2 = conditions.setCondition(Condition(message: "still starting", reason: "Started", status: "False", type: "Ready"), now: t1)
        #expect(changed2)
        #expect(conditions[0].lastTransitionTime == t0)
        #expect(conditions[0].message == "still starting")
        let changed3 = conditions.setCondition(Condition(message: "still starting", reason: "Started", status: "False", type: "Ready"), now: t1)
        #expect(!changed3)
        let changed4 = conditions.setCondition(Condition(reason: "Up", status: "True", type: "Ready"), now: t1)
        #expect(changed4)
        #expect(conditions[0].lastTransitionTime == t1)
        #expect(conditions.isTrue("Ready"))
    }

    @Test("an explicit transition time is kept on a status change")
    func explicitTime() {
        var conditions = [PodCondition(lastTransitionTime: t0, status: "False", type: "Ready")]
        let given = Time(secondsSince1970: 1_600_000_000)
        conditions.setCondition(PodCondition(lastTransitionTime: given, status: "True", type: "Ready"), now: t1)
        #expect(conditions[0].lastTransitionTime == given)
    }

    @Test("typed conditions keep their own fields and the order of the list")
    func typed() {
        var conditions = [
            DeploymentCondition(lastTransitionTime: t0, status: "True", type: "Available"),
            DeploymentCondition(lastTransitionTime: t0, reason: "NewReplicaSetAvailable", status: "True", type: "Progressing"),
        ]
        let changed = conditions.setCondition(
            DeploymentCondition(lastUpdateTime: t1, reason: "ReplicaSetUpdated", status: "True", type: "Progressing"), now: t1)
        #expect(changed)
        #expect(conditions.map(\.type) == ["Available", "Progressing"])
        #expect(conditions[1].lastTransitionTime == t0)
        #expect(conditions[1].lastUpdateTime == t1)
        #expect(conditions[1].reason == "ReplicaSetUpdated")
    }

    @Test("removing a condition tells whether it was there")
    func remove() {
        var conditions = [NodeCondition(status: "True", type: "Ready"), NodeCondition(status: "False", type: "DiskPressure")]
        let changed5 = conditions.removeCondition(ofType: "DiskPressure")
        #expect(changed5)
        let changed6 = conditions.removeCondition(ofType: "DiskPressure")
        #expect(!changed6)
        #expect(conditions.map(\.type) == ["Ready"])
    }

    @Test("pods and nodes read their readiness from the Ready condition")
    func readiness() {
        var pod = Pod(name: "p", namespace: "ns")
        #expect(!pod.isReady)
        pod.setCondition(PodCondition(status: "True", type: "Ready"), now: t0)
        #expect(pod.isReady)
        #expect(pod.isAvailable(minReadySeconds: 0, now: t0))
        #expect(!pod.isAvailable(minReadySeconds: 600, now: t1))
        #expect(pod.isAvailable(minReadySeconds: 599, now: t1))
        var node = Node(name: "n")
        node.setCondition(NodeCondition(status: "True", type: "Ready"), now: t0)
        #expect(node.isReady)
        #expect(node.isSchedulable)
        node.spec.unschedulable = true
        #expect(!node.isSchedulable)
    }

    @Test("terminal and scheduled pods")
    func phases() {
        var pod = Pod(name: "p", namespace: "ns")
        #expect(!pod.isTerminal && !pod.isScheduled)
        pod.status.phase = "Succeeded"
        pod.spec.nodeName = "n1"
        #expect(pod.isTerminal && pod.isScheduled)
        pod.status.phase = "Failed"
        #expect(pod.isTerminal)
        pod.status.phase = "Running"
        #expect(!pod.isTerminal)
        #expect(pod.priority == 0)
    }
}
