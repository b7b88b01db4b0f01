import Foundation
import KubeModels
import KubeStore

extension StoreConformance {
    static var deleteChecks: [Check] {
        [
            Check(name: "delete removes the object and returns its last state", body: deleteRemoves),
            Check(name: "delete checks uid and resourceVersion preconditions", body: deletePreconditions),
            Check(name: "finalizers hold a deleted object until the last one is removed", body: finalizersHoldDeletion),
            Check(name: "pods are deleted gracefully once scheduled", body: podGracefulDeletion),
            Check(name: "deleteCollection deletes what the options select", body: deleteCollectionSelects),
        ]
    }

    static func deleteRemoves(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("a"))
        let result = try await c.store.delete(Widget.self, created.key)
        guard case .deleted(let last) = result else { throw c.fail("delete without finalizers returned \(result)") }
        try c.expectEqual(last.metadata.uid, created.metadata.uid, "uid of the returned object")
        try c.expectEqual(try c.revision(last), try c.revision(created) + 1, "resourceVersion of the returned object (the deletion's revision)")
        try c.expectEqual(try await c.store.currentRevision(), try c.revision(last), "store revision after the delete")
        try c.expectEqual(try await c.store.getIfPresent(Widget.self, created.key), nil, "object after delete")
        try await c.expectError(.notFound, message: #"widgets.conformance.kubeprimitives.dev "a" not found"#, "second delete") {
            try await c.store.delete(Widget.self, created.key)
        }
        let again = try await c.store.create(c.widget("a"))
        try c.expect(again.metadata.uid != created.metadata.uid, "a re-created object reused the old uid")
    }

    static func deletePreconditions(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("web"))
        var options = DeleteOptions()
        options.preconditions = Preconditions(uid: "other-uid")
        try await c.expectError(
            .conflict,
            message: #"Operation cannot be fulfilled on widgets.conformance.kubeprimitives.dev "web": Precondition failed: UID in precondition: other-uid, UID in object meta: \#(created.metadata.uid)"#,
            "delete with a wrong uid") { try await c.store.delete(Widget.self, created.key, options: options) }
        let stale = String(try c.revision(created) + 1000)
        options.preconditions = Preconditions(resourceVersion: stale)
        try await c.expectError(.conflict, containing: "Precondition failed: ResourceVersion in precondition: \(stale), ResourceVersion in object meta: \(created.metadata.resourceVersion)",
                                "delete with a wrong resourceVersion") { try await c.store.delete(Widget.self, created.key, options: options) }
        try c.expect(try await c.store.getIfPresent(Widget.self, created.key) != nil, "object deleted despite failed preconditions")
        options.preconditions = Preconditions(resourceVersion: created.metadata.resourceVersion, uid: created.metadata.uid)
        guard case .deleted = try await c.store.delete(Widget.self, created.key, options: options) else {
            throw c.fail("delete with matching preconditions did not delete")
        }
    }

    static func finalizersHoldDeletion(_ c: CheckContext) async throws {
        var w = c.widget("held")
        w.metadata.finalizers = ["example.com/cleanup", "example.com/audit"]
        let created = try await c.store.create(w)
        let watch = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: created.metadata.resourceVersion))
        c.clock.advance(by: .seconds(5))
        let first = try await c.store.delete(Widget.self, created.key)
        guard case .pending(let marked) = first else { throw c.fail("delete with finalizers returned \(first)") }
        try c.expectEqual(marked.metadata.deletionTimestamp, Time(c.clock.now), "deletionTimestamp")
        try c.expectEqual(marked.metadata.deletionGracePeriodSeconds, 0, "deletionGracePeriodSeconds")
        try c.expectEqual(marked.metadata.generation, 2, "generation after marking for deletion")
        try c.expectEqual(marked.metadata.finalizers, ["example.com/cleanup", "example.com/audit"], "finalizers kept")
        let stored = try await c.store.get(Widget.self, created.key)
        try c.expectEqual(stored.metadata.deletionTimestamp, marked.metadata.deletionTimestamp, "stored deletionTimestamp")
        c.clock.advance(by: .seconds(5))
        guard case .pending(let again) = try await c.store.delete(Widget.self, created.key) else { throw c.fail("second delete did not stay pending") }
        try c.expectEqual(again.metadata.resourceVersion, marked.metadata.resourceVersion, "resourceVersion after a repeated delete")
        try c.expectEqual(again.metadata.deletionTimestamp, marked.metadata.deletionTimestamp, "deletionTimestamp after a repeated delete")

        var adding = again
        adding.metadata.finalizers.append("example.com/late")
        try await c.expectError(.invalid, containing: "metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted",
                                "adding a finalizer while deleting") { try await c.store.update(adding) }
        var cleared = again
        cleared.metadata.deletionTimestamp = nil
        cleared.metadata.finalizers = ["example.com/audit"]
        let one = try await c.store.update(cleared)
        try c.expectEqual(one.metadata.deletionTimestamp, marked.metadata.deletionTimestamp, "an update cannot clear deletionTimestamp")
        var last = one
        last.metadata.finalizers = []
        _ = try await c.store.update(last)
        try c.expectEqual(try await c.store.getIfPresent(Widget.self, created.key), nil, "object after its last finalizer was removed")
        let events = try await c.collect(watch, 3, "events of the finalizer flow")
        guard case .modified = events[0], case .modified = events[1], case .deleted(let gone) = events[2] else {
            throw c.fail("expected MODIFIED, MODIFIED, DELETED, got \(c.describe(events))")
        }
        try c.expectEqual(try c.revision(gone), try await c.store.currentRevision(), "revision of the deleted event")
    }

    static func podGracefulDeletion(_ c: CheckContext) async throws {
        var scheduled = c.examplePod("scheduled", nodeName: "node-1")
        scheduled.spec.terminationGracePeriodSeconds = 30
        let pod = try await c.store.create(scheduled)
        let now = Time(c.clock.now)
        guard case .pending(let terminating) = try await c.store.delete(Pod.self, pod.key) else { throw c.fail("a scheduled pod was not deleted gracefully") }
        try c.expectEqual(terminating.metadata.deletionTimestamp, now.adding(seconds: 30), "deletionTimestamp (now + grace)")
        try c.expectEqual(terminating.metadata.deletionGracePeriodSeconds, 30, "deletionGracePeriodSeconds")
        var shorter = DeleteOptions()
        shorter.gracePeriodSeconds = 10
        guard case .pending(let shortened) = try await c.store.delete(Pod.self, pod.key, options: shorter) else { throw c.fail("a shorter grace period removed the pod") }
        try c.expectEqual(shortened.metadata.deletionTimestamp, now.adding(seconds: 10), "deletionTimestamp after shortening")
        try c.expectEqual(shortened.metadata.deletionGracePeriodSeconds, 10, "grace after shortening")
        var longer = DeleteOptions()
        longer.gracePeriodSeconds = 60
        guard case .pending(let unchanged) = try await c.store.delete(Pod.self, pod.key, options: longer) else { throw c.fail("a longer grace period removed the pod") }
        try c.expectEqual(unchanged.metadata.resourceVersion, shortened.metadata.resourceVersion, "a longer grace period changes nothing")
        var now0 = DeleteOptions()
        now0.gracePeriodSeconds = 0
        guard case .deleted = try await c.store.delete(Pod.self, pod.key, options: now0) else { throw c.fail("grace period 0 did not remove the pod") }
        let unscheduled = try await c.store.create(c.examplePod("unscheduled"))
        guard case .deleted = try await c.store.delete(Pod.self, unscheduled.key) else { throw c.fail("an unscheduled pod was not deleted at once") }
    }

    static func deleteCollectionSelects(_ c: CheckContext) async throws {
        for i in 0 ..< 5 { _ = try await c.store.create(c.widget("a\(i)", namespace: "team-a", labels: ["tier": "web"])) }
        for i in 0 ..< 3 { _ = try await c.store.create(c.widget("b\(i)", namespace: "team-b", labels: ["tier": "web"])) }
        var held = c.widget("held", namespace: "team-a", labels: ["tier": "db"])
        held.metadata.finalizers = ["example.com/x"]
        _ = try await c.store.create(held)
        if c.selectorsWork {
            let results: [DeletionResult<Widget>] = try await c.store.deleteCollection(
                Widget.self, listOptions: ListOptions(namespace: "team-a", labelSelector: try Labels.Selector(parsing: "tier=web")), options: DeleteOptions())
            try c.expectEqual(results.count, 5, "deleted by namespace and label selector")
            try c.expectEqual(try await c.store.list(Widget.self, namespace: "team-a").items.map(\.metadata.name), ["held"], "left in team-a")
        }
        let rest: [DeletionResult<Widget>] = try await c.store.deleteCollection(Widget.self, listOptions: ListOptions(namespace: "team-a"), options: DeleteOptions())
        let pending = rest.filter { if case .pending = $0 { return true } else { return false } }
        try c.expectEqual(pending.map(\.object.metadata.name), ["held"], "pending deletions")
        try c.expectEqual(try await c.store.list(Widget.self, namespace: "team-b").items.count, 3, "widgets left in team-b")
        try c.expectEqual(try await c.store.list(Widget.self, namespace: "team-a").items.map(\.metadata.name), ["held"], "left in team-a after all")
    }
}
