import Foundation
import KubeModels
import KubeStore
import KubeTesting
import Testing

@Suite("Leader election")
struct LeaderElectorTests {
    let key = ObjectKey(namespace: "kube-system", name: "my-controller")

    /// Work that records who leads, flags two leaders at once, and runs until cancelled.
    func work(_ identity: String, _ leaders: Shared<Set<String>>, _ overlaps: Shared<Int>, _ clock: TestClock) -> @Sendable () async throws -> Void {
        return {
            leaders.withLock { l in
                if !l.isEmpty { overlaps.withLock { $0 += 1 } }
                l.insert(identity)
            }
            defer { leaders.withLock { _ = $0.remove(identity) } }
            try await clock.sleep(for: .seconds(1_000_000))
        }
    }

    /// Advances the clock one second at a time (letting the loops park between steps) until
    /// `condition` holds; returns the seconds it took.
    func advance(_ clock: TestClock, parked: Int, upTo seconds: Int, until condition: () -> Bool) async -> Int? {
        for second in 0 ... seconds {
            if condition() { return second }
            for _ in 0 ..< 200 where clock.sleeperCount < parked { try? await Task.sleep(for: .milliseconds(1)) }
            clock.advance(by: .seconds(1))
            for _ in 0 ..< 50 { await Task.yield() }
        }
        return condition() ? seconds : nil
    }

    @Test("exactly one of two candidates leads, a crashed leader is replaced within the lease duration, and never two lead at once")
    func failover() async throws {
        let clock = TestClock()
        let store = MemoryStore(clock: clock)
        let leaders = Shared<Set<String>>([])
        let overlaps = Shared(0)
        let a = LeaderElector(lease: key, identity: "a", store: store, clock: clock, releaseOnExit: false)
        let b = LeaderElector(lease: key, identity: "b", store: store, clock: clock, releaseOnExit: false)
        let runA = Task { try await a.run(work("a", leaders, overlaps, clock)) }
        try await eventually("a leads") { a.isLeader }
        let runB = Task { try await b.run(work("b", leaders, overlaps, clock)) }
        // a renews, a's work sleeps, b retries: three sleepers each second.
        _ = await advance(clock, parked: 3, upTo: 20) { false }
        #expect(a.isLeader && !b.isLeader)
        #expect(leaders.value == ["a"])
        let lease = try await store.get(Lease.self, key)
        #expect(lease.spec.holderIdentity == "a")
        #expect(lease.spec.leaseDurationSeconds == 15)

        runA.cancel()  // a crashes: it stops renewing and does not release
        _ = try? await runA.value
        let took = await advance(clock, parked: 1, upTo: 30) { b.isLeader }
        let seconds = try #require(took, "b never took over")
        #expect(seconds <= 15 + 2 + 1, "took \(seconds) s")
        #expect(seconds >= 13, "took over too early: \(seconds) s")
        #expect(try await store.get(Lease.self, key).spec.holderIdentity == "b")
        #expect(try await store.get(Lease.self, key).spec.leaseTransitions == 1)
        #expect(overlaps.value == 0)
        runB.cancel()
        _ = try? await runB.value
    }

    @Test("a leader that releases on exit is replaced at the next retry")
    func releaseOnExit() async throws {
        let clock = TestClock()
        let store = MemoryStore(clock: clock)
        let leaders = Shared<Set<String>>([])
        let overlaps = Shared(0)
        let a = LeaderElector(lease: key, identity: "a", store: store, clock: clock)
        let b = LeaderElector(lease: key, identity: "b", store: store, clock: clock)
        let runA = Task { try await a.run(work("a", leaders, overlaps, clock)) }
        try await eventually("a leads") { a.isLeader }
        let runB = Task { try await b.run(work("b", leaders, overlaps, clock)) }
        _ = await advance(clock, parked: 3, upTo: 4) { false }
        runA.cancel()
        _ = try? await runA.value
        #expect(try await store.get(Lease.self, key).spec.holderIdentity == nil)
        let took = await advance(clock, parked: 1, upTo: 10) { b.isLeader }
        #expect((took ?? 99) <= 2)
        #expect(overlaps.value == 0)
        runB.cancel()
        _ = try? await runB.value
    }

    @Test("a leader that cannot renew before the deadline stops its work with LostLeadership")
    func lostLease() async throws {
        let clock = TestClock()
        let store = MemoryStore(clock: clock)
        let a = LeaderElector(lease: key, identity: "a", store: store, clock: clock)
        let finished = Shared(false)
        let runA = Task {
            defer { finished.withLock { $0 = true } }
            try await a.run { try await clock.sleep(for: .seconds(1_000_000)) }
        }
        try await eventually("a leads") { a.isLeader }
        // Someone else takes the lease by force: a's renewals now conflict with b's holder.
        var lease = try await store.get(Lease.self, key)
        lease.spec.holderIdentity = "intruder"
        lease.spec.renewTime = MicroTime(clock.now)
        lease.spec.leaseDurationSeconds = 3600
        _ = try await store.update(lease)
        let took = await advance(clock, parked: 2, upTo: 20) { finished.value }
        #expect((took ?? 99) <= 12, "gave up after \(String(describing: took)) s")
        let result = await runA.result
        #expect(throws: LeaderElector.LostLeadership.self) { try result.get() }
        #expect(!a.isLeader)
    }
}
