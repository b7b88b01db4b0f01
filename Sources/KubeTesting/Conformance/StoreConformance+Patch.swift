import Foundation
import KubeModels
import KubeStore

extension StoreConformance {
    static var patchChecks: [Check] {
        [
            Check(name: "a merge patch sets and removes fields", body: mergePatch),
            Check(name: "a JSON patch applies its operations, and a failed test changes nothing", body: jsonPatch),
            Check(name: "a strategic merge patch of maps merges them", body: strategicPatch),
            Check(name: "a patch naming a stale resourceVersion fails with Conflict", body: patchStaleConflicts),
            Check(name: "concurrent patches without resourceVersion are all applied", body: concurrentPatchesApply),
            Check(name: "a patch of a missing object fails with NotFound", body: patchMissingFails),
        ]
    }

    static func mergePatch(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("a", labels: ["app": "web", "old": "x"]))
        let body: JSONValue = ["metadata": ["labels": ["tier": "front", "old": nil]], "spec": ["size": 5]]
        let patched = try await c.store.patch(Widget.self, created.key, PatchRequest(.merge, body), options: WriteOptions())
        try c.expectEqual(patched.metadata.labels, ["app": "web", "tier": "front"], "labels after the merge patch")
        try c.expectEqual(patched.spec.size, 5, "spec.size after the merge patch")
        try c.expectEqual(patched.metadata.generation, 2, "generation after a spec patch")
        try c.expectEqual(try await c.store.get(Widget.self, created.key), patched, "stored object")
        let statusPatch: JSONValue = ["status": ["phase": "Hacked"]]
        let ignored = try await c.store.patch(Widget.self, created.key, PatchRequest(.merge, statusPatch), options: WriteOptions())
        try c.expectEqual(ignored.status.phase, "", "a patch of the main resource does not change status")
        try c.expectEqual(ignored.metadata.resourceVersion, patched.metadata.resourceVersion, "a patch that changes nothing keeps the resourceVersion")
    }

    static func jsonPatch(_ c: CheckContext) async throws {
        var w = c.widget("a")
        w.spec.items = ["x", "y"]
        let created = try await c.store.create(w)
        let ops: JSONValue = [
            ["op": "test", "path": "/spec/size", "value": 1],
            ["op": "replace", "path": "/spec/size", "value": 2],
            ["op": "add", "path": "/spec/items/1", "value": "between"],
            ["op": "remove", "path": "/spec/items/0"],
            ["op": "add", "path": "/metadata/labels", "value": ["a~b/c": "1"]],
        ]
        let patched = try await c.store.patch(Widget.self, created.key, PatchRequest(.json, ops), options: WriteOptions())
        try c.expectEqual(patched.spec.size, 2, "spec.size")
        try c.expectEqual(patched.spec.items, ["between", "y"], "spec.items")
        try c.expectEqual(patched.metadata.labels, ["a~b/c": "1"], "labels")
        let failing: JSONValue = [["op": "replace", "path": "/spec/size", "value": 3], ["op": "test", "path": "/spec/size", "value": 99]]
        try await c.expectError(.invalid, "a JSON patch whose test fails") {
            try await c.store.patch(Widget.self, created.key, PatchRequest(.json, failing), options: WriteOptions())
        }
        try await c.expectError(.invalid, "a JSON patch removing a missing path") {
            try await c.store.patch(Widget.self, created.key, PatchRequest(.json, [["op": "remove", "path": "/spec/nothing"]]), options: WriteOptions())
        }
        try await c.expectError(.badRequest, "a JSON patch that is not a list") {
            try await c.store.patch(Widget.self, created.key, PatchRequest(.json, ["op": "remove"]), options: WriteOptions())
        }
        try c.expectEqual(try await c.store.get(Widget.self, created.key), patched, "object after failed patches")
    }

    static func strategicPatch(_ c: CheckContext) async throws {
        var cm = ConfigMap(name: "cfg", namespace: "default")
        cm.data = ["a": "1", "b": "2"]
        cm.metadata.labels = ["keep": "yes"]
        let created = try await c.store.create(cm)
        let body: JSONValue = ["metadata": ["labels": ["new": "1"]], "data": ["b": nil, "c": "3"]]
        let patched = try await c.store.patch(ConfigMap.self, created.key, PatchRequest(.strategicMerge, body), options: WriteOptions())
        try c.expectEqual(patched.data, ["a": "1", "c": "3"], "data after the strategic merge patch")
        try c.expectEqual(patched.metadata.labels, ["keep": "yes", "new": "1"], "labels after the strategic merge patch")
    }

    static func patchStaleConflicts(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("a"))
        var moved = created
        moved.spec.size = 2
        _ = try await c.store.update(moved)
        let body: JSONValue = ["metadata": ["resourceVersion": .string(created.metadata.resourceVersion)], "spec": ["size": 3]]
        try await c.expectError(.conflict, containing: "the object has been modified", "merge patch with the old resourceVersion") {
            try await c.store.patch(Widget.self, created.key, PatchRequest(.merge, body), options: WriteOptions())
        }
        try c.expectEqual(try await c.store.get(Widget.self, created.key).spec.size, 2, "spec after the refused patch")
    }

    static func concurrentPatchesApply(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("shared"))
        let n = max(2, c.options.concurrentWriters * 2)
        let store = c.store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0 ..< n {
                group.addTask {
                    let body: JSONValue = ["metadata": ["labels": .object(["k\(i)": "v"])]]
                    _ = try await store.patch(Widget.self, created.key, PatchRequest(.merge, body), options: WriteOptions())
                }
            }
            try await group.waitForAll()
        }
        let final = try await c.store.get(Widget.self, created.key)
        try c.expectEqual(final.metadata.labels.count, n, "labels after \(n) concurrent patches")
    }

    static func patchMissingFails(_ c: CheckContext) async throws {
        try await c.expectError(.notFound, message: #"widgets.conformance.kubeprimitives.dev "ghost" not found"#, "patch of a missing widget") {
            try await c.store.patch(Widget.self, ObjectKey(namespace: "default", name: "ghost"), PatchRequest(.merge, ["spec": ["size": 1]]),
                                    options: WriteOptions())
        }
    }
}
