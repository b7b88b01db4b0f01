import Foundation
import KubeModels
import KubeStore
import KubeTesting
import Synchronization
import Testing

/// A value shared between test tasks.
final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<R: Sendable>(_ body: (inout Value) -> R) -> R { mutex.withLock { body(&$0) } }
    var value: Value { mutex.withLock { $0 } }
}

/// A store whose first watch changes the world and then fails with `gone`, to force a relist.
final class GoneOnceStore: ResourceStore {
    let base: MemoryStore
    let beforeGone: @Sendable (MemoryStore) async throws -> Void
    private let fired = Mutex(false)

    init(_ base: MemoryStore, beforeGone: @escaping @Sendable (MemoryStore) async throws -> Void) {
        self.base = base
        self.beforeGone = beforeGone
    }

    func get<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R { try await base.get(type, key) }
    func list<R: KubeResource>(_ type: R.Type, options: ListOptions) async throws -> ResourceList<R> { try await base.list(type, options: options) }
    func create<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R { try await base.create(object, options: options) }
    func update<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R { try await base.update(object, options: options) }
    func updateStatus<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R { try await base.updateStatus(object, options: options) }
    func patch<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ patch: PatchRequest, options: WriteOptions) async throws -> R {
        try await base.patch(type, key, patch, options: options)
    }
    func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: DeleteOptions) async throws -> DeletionResult<R> {
        try await base.delete(type, key, options: options)
    }
    func deleteCollection<R: KubeResource>(_ type: R.Type, listOptions: ListOptions, options: DeleteOptions) async throws -> [DeletionResult<R>] {
        try await base.deleteCollection(type, listOptions: listOptions, options: options)
    }
    func watch<R: KubeResource>(_ type: R.Type, options: WatchOptions) async throws -> WatchStream<R> {
        let first = fired.withLock { f -> Bool in
            defer { f = true }
            return !f
        }
        if first {
            try await beforeGone(base)
            throw StoreError(.gone, "too old resource version: \(options.resourceVersion ?? "")")
        }
        return try await base.watch(type, options: options)
    }
    func currentRevision() async throws -> Int64 { try await base.currentRevision() }
}

func configMap(_ name: String, _ value: String, namespace: String = "default") -> ConfigMap {
    var c = ConfigMap(name: name, namespace: namespace)
    c.data = ["value": value]
    return c
}

/// Waits (yielding, bounded) until `condition` holds.
func eventually(_ what: String, tries: Int = 20_000, _ condition: () async throws -> Bool) async throws {
    for _ in 0 ..< tries {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(1))
    }
    Issue.record("timed out waiting until \(what)")
}

@Suite("Informer")
struct InformerTests {
    @Test("the cache equals the store after 10,000 random writes, and handlers saw every change in revision order")
    func cacheConsistency() async throws {
        let clock = TestClock()
        let store = MemoryStore(clock: clock)
        let informer = Informer(ConfigMap.self, store: store, clock: clock)
        let seen = Shared<[(InformerEvent<ConfigMap>.Change, String, Int64)]>([])
        informer.addHandler { event in
            seen.withLock { $0.append((event.change, event.object.metadata.name, Int64(event.object.metadata.resourceVersion) ?? 0)) }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await informer.run() }
            try await informer.waitUntilSynced()
            var rng = SystemRandomNumberGenerator()
            var live: [String: ConfigMap] = [:]
            for i in 0 ..< 10_000 {
                let name = "cm-\(Int.random(in: 0 ..< 200, using: &rng))"
                if var existing = live[name] {
                    if Bool.random(using: &rng) {
                        existing.data = ["value": String(i)]
                        live[name] = try await store.update(existing)
                    } else {
                        try await store.delete(ConfigMap.self, existing.key)
                        live[name] = nil
                    }
                } else {
                    live[name] = try await store.create(configMap(name, String(i)))
                }
            }
            let revision = try await store.currentRevision()
            try await eventually("the cache reaches revision \(revision)") {
                seen.value.last.map { $0.2 >= revision } ?? false
            }
            let cached = informer.lister.list().sorted { $0.key < $1.key }
            let stored = try await store.list(ConfigMap.self).items
            #expect(cached == stored)
            #expect(cached.count == live.count)
            let events = seen.value
            #expect(events.count == 10_000)
            #expect(zip(events, events.dropFirst()).allSatisfy { $0.2 < $1.2 }, "events out of revision order")
            group.cancelAll()
        }
    }

    @Test("after gone it relists and delivers the difference as list events")
    func relistAfterGone() async throws {
        let clock = TestClock()
        let base = MemoryStore(clock: clock)
        for name in ["a", "b", "c"] { _ = try await base.create(configMap(name, "1")) }
        let store = GoneOnceStore(base) { base in
            try await base.delete(ConfigMap.self, ObjectKey(namespace: "default", name: "a"))
            var b = try await base.get(ConfigMap.self, ObjectKey(namespace: "default", name: "b"))
            b.data = ["value": "2"]
            _ = try await base.update(b)
            _ = try await base.create(configMap("d", "1"))
        }
        let informer = Informer(ConfigMap.self, store: store, clock: clock)
        let seen = Shared<[String]>([])
        informer.addHandler { e in seen.withLock { $0.append("\(e.change) \(e.object.metadata.name) \(e.origin)") } }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await informer.run() }
            try await eventually("the relist is delivered") { seen.value.count >= 6 }
            #expect(informer.listCount == 2)
            let events = seen.value
            #expect(events.prefix(3).sorted() == ["added a list", "added b list", "added c list"])
            #expect(Set(events.dropFirst(3)) == ["updated b list", "added d list", "deleted a list"])
            #expect(informer.lister.list().map(\.metadata.name).sorted() == ["b", "c", "d"])
            // The watch after the relist works: a new change arrives as a watch event.
            _ = try await base.create(configMap("e", "1"))
            try await eventually("the watch delivers e") { seen.value.contains("added e watch") }
            group.cancelAll()
        }
    }

    @Test("indexes find objects by namespace and by custom index, and the event stream is an AsyncSequence")
    func indexesAndStream() async throws {
        let clock = TestClock()
        let store = MemoryStore(clock: clock)
        for (name, ns, app) in [("x", "a", "web"), ("y", "a", "db"), ("z", "b", "web")] {
            var c = configMap(name, "1", namespace: ns)
            c.metadata.labels = ["app": app]
            _ = try await store.create(c)
        }
        let informer = Informer(ConfigMap.self, store: store, configuration: .init(indexers: ["app": { [$0.metadata.labels["app"] ?? ""] }]), clock: clock)
        let stream = informer.events(capacity: 2)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await informer.run() }
            var names: [String] = []
            for await event in stream {
                names.append(event.object.metadata.name)
                if names.count == 3 { break }
            }
            #expect(names.sorted() == ["x", "y", "z"])
            try await informer.waitUntilSynced()
            #expect(informer.lister.list(namespace: "a").map(\.metadata.name).sorted() == ["x", "y"])
            #expect(informer.lister.byIndex("app", "web").map(\.metadata.name).sorted() == ["x", "z"])
            #expect(informer.lister.list(labelSelector: try Labels.Selector(parsing: "app=db")).map(\.metadata.name) == ["y"])
            group.cancelAll()
        }
    }
}
