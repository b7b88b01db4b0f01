import Foundation
import KubeControllers
import KubeModels
import KubeStore
import KubeTesting
import Testing

/// Copies each ConfigMap's data into a Secret it owns, `<name>-copy`.
struct CopyReconciler: Reconciler {
    let reconciles: Locked<[ObjectKey: Int]>
    let duplicateCreates: Locked<Int>

    func reconcile(_ key: ObjectKey, context: ReconcileContext) async throws -> ReconcileResult {
        reconciles.withLock { $0[key, default: 0] += 1 }
        guard let source = try await context.client.get(ConfigMap.self, key) else { return .done }
        var copy = Secret(name: "\(key.name)-copy", namespace: key.namespace)
        copy.stringData = [:]
        copy.data = source.data.mapValues { Data($0.utf8) }
        copy.metadata.ownerReferences = [OwnerReference(apiVersion: "v1", blockOwnerDeletion: true, controller: true,
                                                         kind: "ConfigMap", name: source.metadata.name, uid: source.metadata.uid)]
        do {
            try await context.client.createOrUpdate(copy)
        } catch let e as StoreError where e.code == .alreadyExists {
            duplicateCreates.withLock { $0 += 1 }
            throw e
        }
        return .done
    }
}

func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
    for _ in 0 ..< 10_000 {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(1))
    }
    Issue.record("timed out waiting until \(what)")
}

@Suite("Controller")
struct ControllerTests {
    @Test("it converges children to their owners, recreates a deleted child, and never creates twice")
    func converges() async throws {
        let store = MemoryStore()
        let informers = SharedInformers(store: store)
        let client = KubeClient(informers: informers)
        let reconciles = Locked<[ObjectKey: Int]>([:])
        let duplicates = Locked(0)
        for i in 0 ..< 20 {
            var cm = ConfigMap(name: "cm-\(i)", namespace: "default")
            cm.data = ["v": "\(i)"]
            _ = try await store.create(cm)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await Controller(for: ConfigMap.self, client: client)
                    .owns(Secret.self)
                    .maxConcurrentReconciles(4)
                    .run(CopyReconciler(reconciles: reconciles, duplicateCreates: duplicates))
            }
            try await eventually("every copy exists") { try await store.list(Secret.self).items.count == 20 }
            // A change to an owner flows to its child.
            var cm = try await store.get(ConfigMap.self, ObjectKey(namespace: "default", name: "cm-3"))
            cm.data = ["v": "changed"]
            _ = try await store.update(cm)
            try await eventually("the copy follows the change") {
                try await store.get(Secret.self, ObjectKey(namespace: "default", name: "cm-3-copy")).data["v"] == Data("changed".utf8)
            }
            // Deleting a child reconciles its owner, which recreates it.
            try await store.delete(Secret.self, ObjectKey(namespace: "default", name: "cm-5-copy"))
            try await eventually("the deleted copy is recreated") {
                try await store.getIfPresent(Secret.self, ObjectKey(namespace: "default", name: "cm-5-copy")) != nil
            }
            #expect(duplicates.withLock { $0 } == 0)
            group.cancelAll()
        }
        #expect(reconciles.withLock { $0.count } == 20)
    }

    @Test("it keeps converging through a store injecting conflicts, gone watches and dropped watches at 10%")
    func convergesThroughFaults() async throws {
        let base = MemoryStore()
        let store = FaultyStore(wrapping: base, faults: .init(conflictRate: 0.1, goneOnWatchRate: 0.1, dropWatchRate: 0.1), seed: 42)
        let informers = SharedInformers(store: store)
        let client = KubeClient(informers: informers)
        for i in 0 ..< 30 {
            var cm = ConfigMap(name: "cm-\(i)", namespace: "default")
            cm.data = ["v": "\(i)"]
            _ = try await base.create(cm)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await Controller(for: ConfigMap.self, client: client)
                    .owns(Secret.self)
                    .maxConcurrentReconciles(2)
                    .run(CopyReconciler(reconciles: Locked([:]), duplicateCreates: Locked(0)))
            }
            // Five rounds of changes to every source, each awaited: plenty of traffic through the faults.
            for round in 0 ..< 5 {
                for i in 0 ..< 30 {
                    var cm = try await base.get(ConfigMap.self, ObjectKey(namespace: "default", name: "cm-\(i)"))
                    cm.data = ["v": "round-\(round)"]
                    _ = try await base.update(cm)
                }
                try await eventually("every copy matches its source in round \(round)") {
                    let secrets = try await base.list(Secret.self).items
                    return secrets.count == 30 && secrets.allSatisfy { $0.data["v"] == Data("round-\(round)".utf8) }
                }
            }
            group.cancelAll()
        }
        let counts = store.counts
        #expect(counts.conflicts > 0, "\(counts)")
    }

    @Test("misconfiguration throws from run instead of trapping")
    func misconfiguration() async throws {
        let client = KubeClient(informers: SharedInformers(store: MemoryStore()))
        await #expect(throws: ControllerError.self) {
            try await Controller(for: ConfigMap.self, client: client)
                .maxConcurrentReconciles(0)
                .run(ReconcilerFunction { _, _ in .done })
        }
    }

    @Test("read-your-own-writes: a get right after a write sees it, before the informer does")
    func readYourOwnWrites() async throws {
        let store = MemoryStore()
        let informers = SharedInformers(store: store)
        let client = KubeClient(informers: informers)
        _ = informers.informer(for: ConfigMap.self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await informers.run() }
            try await informers.waitUntilSynced()
            for i in 0 ..< 200 {
                var cm = ConfigMap(name: "ryow-\(i)", namespace: "default")
                cm.data = ["v": "1"]
                let created = try await client.create(cm)
                let read = try await client.get(ConfigMap.self, created.key)
                #expect(read?.metadata.resourceVersion == created.metadata.resourceVersion, "stale read of \(i)")
                var updated = try #require(read)
                updated.data = ["v": "2"]
                let written = try await client.update(updated)
                #expect(try await client.get(ConfigMap.self, created.key)?.data["v"] == "2")
                try await client.delete(ConfigMap.self, written.key)
                #expect(try await client.get(ConfigMap.self, created.key) == nil)
            }
            group.cancelAll()
        }
    }
}
