import Foundation
import KubeModels
@testable import KubeStore
import KubeTesting
import Testing

/// Behaviour specific to MemoryStore: the bounded event window, slow watchers, parking, memory.
@Suite("MemoryStore")
struct MemoryStoreTests {
    func widget(_ name: String, namespace: String = "default") -> Widget { Widget(name: name, namespace: namespace) }

    @Test("a watcher that falls out of the event window fails with Gone and never slows the writer")
    func slowWatcherIsTerminated() async throws {
        let store = MemoryStore(configuration: .init(eventWindow: 16, watchBatchSize: 4))
        let stream = try await store.watch(Widget.self, options: WatchOptions(resourceVersion: "0"))
        var iterator = stream.makeAsyncIterator()
        for i in 0 ..< 3 { _ = try await store.create(widget("w\(i)")) }
        let first = try await iterator.next()
        #expect(first?.object?.metadata.name == "w0")
        // The writer runs far ahead of the watcher; the window keeps only the last 16 changes.
        for i in 3 ..< 200 { _ = try await store.create(widget("w\(i)")) }
        #expect(store.compactedRevision == 200 - 16)
        var error: StoreError?
        do {
            while try await iterator.next() != nil {}
        } catch let e as StoreError {
            error = e
        }
        #expect(error?.code == .gone)
        #expect(error?.message.hasPrefix("too old resource version: 3 (184)") == true)
        #expect(error?.message.contains("fell behind") == true)
        #expect(store.openWatchCount == 0)
    }

    @Test("the window bounds history: old versions are released as changes leave it")
    func windowBoundsHistory() async throws {
        let store = MemoryStore(configuration: .init(eventWindow: 32))
        var w = try await store.create(widget("hot"))
        for i in 0 ..< 1000 {
            w.spec.size = Int64(i + 1)
            w = try await store.update(w)
        }
        var chain = 0
        var version = store.storage.state.withLock { $0.tables[0].buckets["default"]?.objects["hot"] }
        while let v = version {
            chain += 1
            version = store.storage.state.withLock { _ in v.previous }
        }
        #expect(chain <= 33)
        #expect(store.compactedRevision == 1001 - 32)
        await #expect(throws: StoreError.self) {
            try await store.watch(Widget.self, options: WatchOptions(resourceVersion: "900"))
        }
        let recent = try await store.watch(Widget.self, options: WatchOptions(resourceVersion: String(1001 - 32)))
        var it = recent.makeAsyncIterator()
        #expect(try await it.next()?.resourceVersion == String(1001 - 31))
        recent.stop()
    }

    @Test("explicit compaction discards history but keeps every object")
    func explicitCompaction() async throws {
        let store = MemoryStore()
        for i in 0 ..< 10 { _ = try await store.create(widget("w\(i)")) }
        try await store.compact(upTo: 5)
        #expect(store.compactedRevision == 5)
        try await store.compact(upTo: 3)
        #expect(store.compactedRevision == 5)
        try await store.compact(upTo: 1000)
        #expect(store.compactedRevision == 10)
        #expect(try await store.list(Widget.self).items.count == 10)
        #expect(store.objectCount == 10)
    }

    @Test("an idle watcher parks and the next write wakes it")
    func idleWatcherParks() async throws {
        let store = MemoryStore()
        let stream = try await store.watch(Widget.self, options: WatchOptions(resourceVersion: "0"))
        async let received: WatchEvent<Widget>? = {
            var it = stream.makeAsyncIterator()
            return try await it.next()
        }()
        while store.parkedWatchCount == 0 { await Task.yield() }
        _ = try await store.create(widget("wake"))
        #expect(try await received?.object?.metadata.name == "wake")
        stream.stop()
    }

    @Test("cancelling the consuming task ends the watch and unregisters it")
    func cancellationEndsWatch() async throws {
        let store = MemoryStore()
        let stream = try await store.watch(Widget.self, options: WatchOptions())
        let task = Task {
            var n = 0
            for try await _ in stream { n += 1 }
            return n
        }
        while store.parkedWatchCount == 0 { await Task.yield() }
        task.cancel()
        #expect(try await task.value == 0)
        #expect(store.openWatchCount == 0)
        #expect(store.parkedWatchCount == 0)
    }

    @Test("bookmarks come after the configured idle interval on the store's clock")
    func bookmarkInterval() async throws {
        let clock = TestClock()
        let store = MemoryStore(clock: clock, configuration: .init(bookmarkInterval: .seconds(10)))
        let created = try await store.create(widget("a"))
        let stream = try await store.watch(Widget.self, options: WatchOptions(resourceVersion: created.metadata.resourceVersion, allowBookmarks: true))
        async let first: WatchEvent<Widget>? = {
            var it = stream.makeAsyncIterator()
            return try await it.next()
        }()
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(9))
        #expect(store.parkedWatchCount == 1)
        clock.advance(by: .seconds(1))
        guard case .bookmark(let rv)? = try await first else {
            Issue.record("expected a bookmark")
            return
        }
        #expect(rv == created.metadata.resourceVersion)
        stream.stop()
    }

    @Test("by default a memory store accepts objects over etcd's size limit; checksObjectSize refuses them")
    func sizeLimitIsOptIn() async throws {
        var big = widget("big")
        big.spec.text = String(repeating: "x", count: 2_000_000)
        let relaxed = MemoryStore()
        #expect(try await relaxed.create(big).spec.text.count == 2_000_000)
        let strict = MemoryStore(configuration: .init(checksObjectSize: true))
        await #expect(throws: StoreError.self) { try await strict.create(big) }
    }

    @Test("a kind stored through one Swift type reads through another type of the same kind")
    func crossTypeReads() async throws {
        let store = MemoryStore()
        var w = widget("shared")
        w.spec.items = ["a", "b"]
        let created = try await store.create(w)
        let untyped = try await store.get(UntypedWidget.self, created.key)
        #expect(untyped.spec.items == ["a", "b"])
        #expect(untyped.metadata.resourceVersion == created.metadata.resourceVersion)
        let stream = try await store.watch(UntypedWidget.self, options: WatchOptions())
        var it = stream.makeAsyncIterator()
        #expect(try await it.next()?.object?.metadata.name == "shared")
        stream.stop()
    }

    @Test("a list at an old revision shows the objects as they were, deleted ones included")
    func multiVersionList() async throws {
        let store = MemoryStore()
        for i in 0 ..< 6 { _ = try await store.create(widget("w\(i)")) }
        let page = try await store.list(Widget.self, options: ListOptions(limit: 2))
        _ = try await store.delete(Widget.self, ObjectKey(namespace: "default", name: "w4"))
        var w5 = try await store.get(Widget.self, ObjectKey(namespace: "default", name: "w5"))
        w5.spec.size = 99
        _ = try await store.update(w5)
        _ = try await store.create(widget("w3a"))
        let rest = try await store.list(Widget.self, options: ListOptions(limit: 10, continueToken: page.continueToken))
        #expect(rest.items.map(\.metadata.name) == ["w2", "w3", "w4", "w5"])
        #expect(rest.items.last?.spec.size == 0)
        #expect(rest.continueToken == nil)
    }

    @Test("the event source hands out single events and batches alike, in order")
    func singleAndBatchReads() async throws {
        let store = MemoryStore(configuration: .init(watchBatchSize: 3))
        for i in 0 ..< 5 { _ = try await store.create(widget("w\(i)")) }
        let source = try await store.watch(Widget.self, options: WatchOptions(resourceVersion: "0")).source
        var names: [String] = []
        if let e = try await source.next() { names.append(e.object?.metadata.name ?? "") }
        if let batch = try await source.nextBatch() { names += batch.compactMap { $0.object?.metadata.name } }
        while names.count < 5, let e = try await source.next() { names.append(e.object?.metadata.name ?? "") }
        #expect(names == ["w0", "w1", "w2", "w3", "w4"])
        source.cancel()
        #expect(try await source.next() == nil)
    }
}
