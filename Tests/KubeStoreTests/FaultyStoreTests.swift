import Foundation
import KubeModels
import KubeStore
import KubeTesting
import Testing

@Suite("FaultyStore")
struct FaultyStoreTests {
    func widget(_ name: String) -> Widget { Widget(name: name, namespace: "default") }

    /// The outcome of each of 200 updates under a fault plan.
    func outcomes(seed: UInt64, faults: FaultyStore.Faults) async throws -> [String] {
        let store = FaultyStore(wrapping: MemoryStore(), faults: .none, seed: seed)
        var w = try await store.create(widget("w"))
        store.faults = faults
        var out: [String] = []
        for i in 0 ..< 200 {
            w.spec.size = Int64(i)
            w.metadata.resourceVersion = ""
            do {
                w = try await store.update(w)
                out.append("ok")
            } catch let e as StoreError {
                out.append(e.code.rawValue)
            }
        }
        return out
    }

    @Test("the same seed injects the same faults")
    func deterministic() async throws {
        let plan = FaultyStore.Faults(conflictRate: 0.2, internalErrorRate: 0.1, lostResponseRate: 0.1)
        let a = try await outcomes(seed: 7, faults: plan)
        let b = try await outcomes(seed: 7, faults: plan)
        let c = try await outcomes(seed: 8, faults: plan)
        #expect(a == b)
        #expect(a != c)
        let conflicts = a.filter { $0 == "Conflict" }.count
        #expect((20 ... 60).contains(conflicts))
        #expect(a.contains("InternalError") && a.contains("Timeout"))
    }

    @Test("a lost response still applies the write")
    func lostResponseApplies() async throws {
        let store = FaultyStore(wrapping: MemoryStore(), faults: .init(lostResponseRate: 1), seed: 1)
        do {
            _ = try await store.create(widget("w"))
            Issue.record("no fault injected")
        } catch let e as StoreError {
            #expect(e.code == .timeout)
        }
        store.faults = .none
        #expect(try await store.get(Widget.self, ObjectKey(namespace: "default", name: "w")).metadata.name == "w")
        #expect(store.counts.lostResponses == 1)
    }

    @Test("watches end early or fail with Gone at the configured rates")
    func watchFaults() async throws {
        let base = MemoryStore()
        for i in 0 ..< 50 { _ = try await base.create(widget("w\(i)")) }
        let dropping = FaultyStore(wrapping: base, faults: .init(dropWatchRate: 0.2), seed: 3)
        var seen = 0
        for try await _ in try await dropping.watch(Widget.self, options: WatchOptions()) { seen += 1 }
        #expect(seen < 50)
        #expect(dropping.counts.droppedWatches == 1)

        let failing = FaultyStore(wrapping: base, faults: .init(goneDuringWatchRate: 0.2), seed: 3)
        await #expect(throws: StoreError.self) {
            for try await _ in try await failing.watch(Widget.self, options: WatchOptions()) {}
        }
        let refusing = FaultyStore(wrapping: base, faults: .init(goneOnWatchRate: 1), seed: 3)
        do {
            _ = try await refusing.watch(Widget.self, options: WatchOptions(resourceVersion: "5"))
            Issue.record("the watch opened")
        } catch let e as StoreError {
            #expect(e.code == .gone)
        }
    }

    @Test("latency goes through the clock")
    func latencyUsesClock() async throws {
        let clock = TestClock()
        let store = FaultyStore(wrapping: MemoryStore(clock: clock), faults: .init(maxLatency: .seconds(5)), seed: 9, clock: clock)
        async let created = store.create(widget("slow"))
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(5))
        #expect(try await created.metadata.name == "slow")
        #expect(store.counts.delays == 1)
    }

    @Test("a controller-style retry loop converges through injected conflicts")
    func retriesConverge() async throws {
        let store = FaultyStore(wrapping: MemoryStore(), faults: .init(conflictRate: 0.5), seed: 11)
        let key = try await store.create(widget("counter")).key
        for _ in 0 ..< 20 {
            _ = try await store.retryOnConflict(ConflictBackoff(steps: 100, duration: .zero)) {
                var w = try await store.get(Widget.self, key)
                w.spec.size += 1
                return try await store.update(w)
            }
        }
        #expect(try await store.get(Widget.self, key).spec.size == 20)
        #expect(store.counts.conflicts > 0)
    }
}
