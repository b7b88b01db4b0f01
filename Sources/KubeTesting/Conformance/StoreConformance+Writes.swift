import Foundation
import KubeModels
import KubeStore

extension StoreConformance {
    static var writeChecks: [Check] {
        [
            Check(name: "a spec change bumps generation and a metadata change does not", body: generationFollowsSpec),
            Check(name: "generation never decreases and ignores the client's value", body: generationIgnoresClient),
            Check(name: "update keeps the stored status", body: updateKeepsStatus),
            Check(name: "updateStatus changes only the status and keeps generation", body: updateStatusChangesOnlyStatus),
            Check(name: "status rules hold for kinds without a typed status", body: untypedStatusRules),
            Check(name: "an update that changes nothing keeps the resourceVersion", body: noOpUpdateKeepsRevision),
            Check(name: "update with a stale resourceVersion fails with Conflict", body: staleUpdateConflicts),
            Check(name: "update without a resourceVersion is unconditional", body: unconditionalUpdate),
            Check(name: "update of a missing object fails with NotFound", body: updateMissingFails),
            Check(name: "update cannot change the uid", body: updateCannotChangeUID),
            Check(name: "exactly one of many concurrent conflicting writers wins", body: oneConflictingWriterWins),
            Check(name: "concurrent read-modify-write loops lose no update", body: readModifyWriteLosesNothing),
            Check(name: "createOrUpdate creates, then updates, then leaves an equal object alone", body: createOrUpdateFlow),
        ]
    }

    static func generationFollowsSpec(_ c: CheckContext) async throws {
        var w = try await c.store.create(c.widget("a"))
        w.spec.size = 2
        w = try await c.store.update(w)
        try c.expectEqual(w.metadata.generation, 2, "generation after a spec change")
        w.metadata.labels = ["tier": "web"]
        w.metadata.annotations = ["note": "x"]
        w = try await c.store.update(w)
        try c.expectEqual(w.metadata.generation, 2, "generation after a label and annotation change")
        w.spec.items = ["x"]
        w.spec.text = "t"
        w = try await c.store.update(w)
        try c.expectEqual(w.metadata.generation, 3, "generation after a second spec change")
        var cm = ConfigMap(name: "cfg", namespace: "default")
        cm.data = ["a": "1"]
        cm = try await c.store.create(cm)
        cm.data = ["a": "2"]
        cm = try await c.store.update(cm)
        try c.expectEqual(cm.metadata.generation, 2, "generation of a kind without spec after a data change")
        cm.metadata.labels = ["x": "y"]
        cm = try await c.store.update(cm)
        try c.expectEqual(cm.metadata.generation, 2, "generation of a kind without spec after a label change")
    }

    static func generationIgnoresClient(_ c: CheckContext) async throws {
        var w = try await c.store.create(c.widget("a"))
        w.metadata.generation = 0
        w.metadata.labels = ["a": "b"]
        w = try await c.store.update(w)
        try c.expectEqual(w.metadata.generation, 1, "generation after the client sent 0")
        w.metadata.generation = 50
        w.spec.size = 7
        w = try await c.store.update(w)
        try c.expectEqual(w.metadata.generation, 2, "generation after the client sent 50 with a spec change")
    }

    static func updateKeepsStatus(_ c: CheckContext) async throws {
        var w = c.widget("a")
        w.status.phase = "Ready"
        var created = try await c.store.create(w)
        try c.expectEqual(created.status.phase, "Ready", "status given at create")
        created.status.phase = "Broken"
        created.spec.size = 5
        let updated = try await c.store.update(created)
        try c.expectEqual(updated.status.phase, "Ready", "status after an update that changed it")
        try c.expectEqual(updated.spec.size, 5, "spec after the update")
        var pod = try await c.store.create(c.examplePod("p"))
        pod.status.phase = "Failed"
        pod.metadata.labels["x"] = "y"
        pod = try await c.store.update(pod)
        try c.expectEqual(pod.status.phase, "Pending", "pod status after update")
    }

    static func updateStatusChangesOnlyStatus(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("a", labels: ["app": "web"]))
        var w = created
        w.status.phase = "Ready"
        w.status.observedGeneration = 1
        w.spec.size = 99
        w.metadata.labels = ["app": "changed"]
        w.metadata.finalizers = ["example.com/x"]
        let updated = try await c.store.updateStatus(w)
        try c.expectEqual(updated.status, Widget.Status(phase: "Ready", observedGeneration: 1), "status")
        try c.expectEqual(updated.spec, created.spec, "spec after updateStatus")
        try c.expectEqual(updated.metadata.labels, ["app": "web"], "labels after updateStatus")
        try c.expectEqual(updated.metadata.finalizers, [], "finalizers after updateStatus")
        try c.expectEqual(updated.metadata.generation, 1, "generation after updateStatus")
        try c.expect(try c.revision(updated) > (try c.revision(created)), "resourceVersion did not move")
        var stale = updated
        stale.metadata.resourceVersion = created.metadata.resourceVersion
        try await c.expectError(.conflict, "updateStatus with a stale resourceVersion") { try await c.store.updateStatus(stale) }
        var pod = try await c.store.create(c.examplePod("p"))
        pod.status.phase = "Running"
        pod.spec.nodeName = "elsewhere"
        pod = try await c.store.updateStatus(pod)
        try c.expectEqual(pod.status.phase, "Running", "pod phase after updateStatus")
        try c.expectEqual(pod.spec.nodeName, nil, "pod nodeName after updateStatus")
    }

    static func untypedStatusRules(_ c: CheckContext) async throws {
        var w = UntypedWidget(name: "u", namespace: "default")
        w.spec.size = 1
        w.status.phase = "New"
        var created = try await c.store.create(w)
        created.spec.size = 2
        created.status.phase = "Changed"
        let updated = try await c.store.update(created)
        try c.expectEqual(updated.status.phase, "New", "untyped status after update")
        try c.expectEqual(updated.metadata.generation, 2, "untyped generation after a spec change")
        var s = updated
        s.status.phase = "Ready"
        s.spec.size = 50
        let statusUpdated = try await c.store.updateStatus(s)
        try c.expectEqual(statusUpdated.status.phase, "Ready", "untyped status after updateStatus")
        try c.expectEqual(statusUpdated.spec.size, 2, "untyped spec after updateStatus")
        let typed = try await c.store.get(Widget.self, w.key)
        try c.expectEqual(typed.status.phase, "Ready", "the same object read through the typed kind")
    }

    static func noOpUpdateKeepsRevision(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("a"))
        let again = try await c.store.update(created)
        try c.expectEqual(again.metadata.resourceVersion, created.metadata.resourceVersion, "resourceVersion after a no-op update")
        try c.expectEqual(try await c.store.currentRevision(), try c.revision(created), "store revision after a no-op update")
    }

    static func staleUpdateConflicts(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("web"))
        var first = created
        first.spec.size = 2
        _ = try await c.store.update(first)
        var second = created
        second.spec.size = 3
        let e = try await c.expectError(
            .conflict,
            message: #"Operation cannot be fulfilled on widgets.conformance.kubeprimitives.dev "web": the object has been modified; please apply your changes to the latest version and try again"#,
            "update with the old resourceVersion") { try await c.store.update(second) }
        try c.expectEqual(e.code.httpStatus, 409, "HTTP status")
        try c.expectEqual(try await c.store.get(Widget.self, created.key).spec.size, 2, "spec after the refused update")
        var pod = try await c.store.create(c.examplePod("web"))
        pod.metadata.resourceVersion = "1"
        try await c.expectError(.conflict, message: #"Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again"#,
                                "pod update with a wrong resourceVersion") { try await c.store.update(pod) }
    }

    static func unconditionalUpdate(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("a"))
        var other = created
        other.spec.size = 2
        _ = try await c.store.update(other)
        var blind = c.widget("a", size: 3)
        blind.metadata.resourceVersion = ""
        let updated = try await c.store.update(blind)
        try c.expectEqual(updated.spec.size, 3, "spec after an unconditional update")
        try c.expectEqual(updated.metadata.uid, created.metadata.uid, "uid kept by an update without uid")
        try c.expectEqual(updated.metadata.creationTimestamp, created.metadata.creationTimestamp, "creationTimestamp kept")
    }

    static func updateMissingFails(_ c: CheckContext) async throws {
        try await c.expectError(.notFound, message: #"widgets.conformance.kubeprimitives.dev "ghost" not found"#, "update of a missing widget") {
            try await c.store.update(c.widget("ghost"))
        }
        try await c.expectError(.notFound, "updateStatus of a missing widget") { try await c.store.updateStatus(c.widget("ghost")) }
    }

    static func updateCannotChangeUID(_ c: CheckContext) async throws {
        var w = try await c.store.create(c.widget("a"))
        w.metadata.uid = "6f1c0a2e-0000-4d6b-9a47-000000000000"
        try await c.expectError(.invalid,
                                message: #"Widget.conformance.kubeprimitives.dev "a" is invalid: metadata.uid: Invalid value: "6f1c0a2e-0000-4d6b-9a47-000000000000": field is immutable"#,
                                "update with another uid") { try await c.store.update(w) }
    }

    static func oneConflictingWriterWins(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("contended"))
        let writers = max(2, c.options.concurrentWriters * 2)
        let store = c.store
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group -> [Bool] in
            for i in 0 ..< writers {
                group.addTask {
                    var w = created
                    w.spec.size = Int64(100 + i)
                    do {
                        _ = try await store.update(w)
                        return true
                    } catch let e as StoreError where e.code == .conflict {
                        return false
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try c.expectEqual(outcomes.filter { $0 }.count, 1, "writers that succeeded out of \(writers)")
        let final = try await c.store.get(Widget.self, created.key)
        try c.expectEqual(try c.revision(final), try c.revision(created) + 1, "revision after the race")
        try c.expectEqual(final.metadata.generation, 2, "generation after the race")
    }

    static func readModifyWriteLosesNothing(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("counter", size: 0))
        let writers = c.options.concurrentWriters, increments = max(1, c.options.writesPerWriter / 4)
        let store = c.store, clock = c.clock
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0 ..< writers {
                group.addTask {
                    for _ in 0 ..< increments {
                        _ = try await store.retryOnConflict(ConflictBackoff(steps: 10_000, duration: .zero), clock: clock) {
                            var w = try await store.get(Widget.self, created.key)
                            w.spec.size += 1
                            return try await store.update(w)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let final = try await c.store.get(Widget.self, created.key)
        try c.expectEqual(final.spec.size, Int64(writers * increments), "counter after \(writers) writers x \(increments) increments")
        try c.expectEqual(try c.revision(final), try c.revision(created) + Int64(writers * increments), "revision after the increments")
    }

    static func createOrUpdateFlow(_ c: CheckContext) async throws {
        var cm = ConfigMap(name: "site", namespace: "default")
        cm.data = ["index.html": "v1"]
        let created = try await c.store.createOrUpdate(cm, clock: c.clock)
        try c.expectEqual(created.data["index.html"], "v1", "created data")
        cm.data = ["index.html": "v2"]
        let updated = try await c.store.createOrUpdate(cm, clock: c.clock)
        try c.expectEqual(updated.data["index.html"], "v2", "updated data")
        try c.expectEqual(updated.metadata.uid, created.metadata.uid, "uid kept")
        let same = try await c.store.createOrUpdate(cm, clock: c.clock)
        try c.expectEqual(same.metadata.resourceVersion, updated.metadata.resourceVersion, "resourceVersion after an equal createOrUpdate")
        let mutated = try await c.store.createOrUpdate(ConfigMap.self, ObjectKey(namespace: "default", name: "site"), clock: c.clock) {
            $0.data["extra"] = "1"
        }
        try c.expectEqual(mutated.data, ["index.html": "v2", "extra": "1"], "data after the mutate form")
    }
}

extension CheckContext {
    /// A minimal valid, unscheduled pod.
    func examplePod(_ name: String, namespace: String = "default", nodeName: String? = nil) -> Pod {
        var pod = Pod(name: name, namespace: namespace)
        pod.spec.containers = [Container(image: "registry.example.com/app:1.0", name: "app")]
        pod.spec.nodeName = nodeName
        pod.status.phase = "Pending"
        return pod
    }
}
