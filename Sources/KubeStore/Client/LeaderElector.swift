import Foundation
import KubeModels
import Synchronization

/// Leader election on a `coordination.k8s.io/v1` ``Lease``, as client-go's `leaderelection`:
/// candidates try to acquire the lease every `retryPeriod`; the holder renews it, and gives up
/// leading when it could not renew for `renewDeadline`; another candidate takes over once the
/// holder's record has not changed for `leaseDuration` (measured on the candidate's own clock,
/// as client-go does, so clock skew between machines does not matter).
///
/// ```swift
/// let elector = LeaderElector(lease: ObjectKey(namespace: "kube-system", name: "my-controller"),
///                             identity: hostname, store: store)
/// try await elector.run { try await manager.run() }   // runs only while leading
/// ```
public final class LeaderElector: Sendable {
    /// Why ``run(_:)`` returned without the work finishing.
    public struct LostLeadership: Error, Sendable, CustomStringConvertible {
        /// The lease.
        public var lease: ObjectKey
        public var description: String { "leader election lost: failed to renew lease \(lease) before the renew deadline" }
    }

    /// The lease's key.
    public let lease: ObjectKey
    /// This candidate's identity (unique among candidates).
    public let identity: String
    /// How long a non-renewed lease stays valid for other candidates (client-go default 15 s).
    public let leaseDuration: Swift.Duration
    /// How long the leader keeps trying to renew before giving up (default 10 s).
    public let renewDeadline: Swift.Duration
    /// How often candidates try to acquire and the leader renews (default 2 s).
    public let retryPeriod: Swift.Duration
    /// Whether to release the lease when ``run(_:)`` ends, so another candidate takes over at once.
    public let releaseOnExit: Bool

    private let store: any ResourceStore
    private let clock: any KubeClock
    private struct Observation {
        var record: LeaseSpec?
        var time: Date = .distantPast
        var leading = false
    }
    private let observation = Mutex(Observation())

    /// Creates an elector with client-go's defaults.
    public init(lease: ObjectKey, identity: String, store: any ResourceStore, clock: any KubeClock = SystemClock(),
                leaseDuration: Swift.Duration = .seconds(15), renewDeadline: Swift.Duration = .seconds(10),
                retryPeriod: Swift.Duration = .seconds(2), releaseOnExit: Bool = true) {
        self.lease = lease
        self.identity = identity
        self.store = store
        self.clock = clock
        self.leaseDuration = leaseDuration
        self.renewDeadline = renewDeadline
        self.retryPeriod = retryPeriod
        self.releaseOnExit = releaseOnExit
    }

    /// Whether this candidate holds the lease now.
    public var isLeader: Bool { observation.withLock { $0.leading } }

    /// The holder last observed.
    public var observedLeader: String? { observation.withLock { $0.record?.holderIdentity } }

    /// Waits until leading, then runs `work` while renewing the lease. Returns `work`'s result;
    /// throws ``LostLeadership`` (after cancelling `work`) when renewal fails past the deadline,
    /// and `CancellationError` when cancelled. Releases the lease on the way out if configured.
    public func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        while !(try await tryAcquireOrRenew()) {
            try await clock.sleep(for: retryPeriod)
        }
        defer { observation.withLock { $0.leading = false } }
        do {
            let result = try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await work() }
                group.addTask { [self] in
                    try await self.renewUntilLost()
                    throw LostLeadership(lease: self.lease)
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let value = first else { throw LostLeadership(lease: lease) }
                return value
            }
            if releaseOnExit { await release() }
            return result
        } catch let lost as LostLeadership {
            throw lost
        } catch {
            if releaseOnExit { await release() }
            throw error
        }
    }

    /// Renews every retry period; returns when a renewal could not succeed within the deadline.
    private func renewUntilLost() async throws {
        while true {
            try await clock.sleep(for: retryPeriod)
            let deadline = clock.now.addingTimeInterval(renewDeadline.seconds)
            var renewed = false
            while !renewed {
                renewed = (try? await tryAcquireOrRenew()) ?? false
                if renewed { break }
                if clock.now >= deadline { return }
                try await clock.sleep(for: retryPeriod)
            }
        }
    }

    /// One attempt (client-go's `tryAcquireOrRenew`): true when this candidate holds the lease after it.
    func tryAcquireOrRenew() async throws -> Bool {
        let now = clock.now
        let nowMicro = MicroTime(now)
        let durationSeconds = Int32(clamping: Int64(leaseDuration.seconds.rounded()))
        guard var current = try await store.getIfPresent(Lease.self, lease) else {
            var fresh = Lease(name: lease.name, namespace: lease.namespace)
            fresh.spec = LeaseSpec(acquireTime: nowMicro, holderIdentity: identity, leaseDurationSeconds: durationSeconds,
                                   leaseTransitions: 0, renewTime: nowMicro)
            do {
                let created = try await store.create(fresh)
                observe(created.spec, at: now, leading: true)
                return true
            } catch let e as StoreError where e.code == .alreadyExists {
                return false
            }
        }
        let record = current.spec
        observation.withLock { o in
            if o.record != record {
                o.record = record
                o.time = now
            }
        }
        let holder = record.holderIdentity ?? ""
        let observedAt = observation.withLock { $0.time }
        let expired = observedAt.addingTimeInterval(TimeInterval(record.leaseDurationSeconds ?? 0)) <= now
        if !holder.isEmpty, holder != identity, !expired {
            observation.withLock { $0.leading = false }
            return false
        }
        var spec = record
        if holder != identity {
            spec.acquireTime = nowMicro
            spec.leaseTransitions = (record.leaseTransitions ?? 0) + 1  // a new holder, as client-go counts it
        }
        spec.holderIdentity = identity
        spec.leaseDurationSeconds = durationSeconds
        spec.renewTime = nowMicro
        current.spec = spec
        do {
            let updated = try await store.update(current)
            observe(updated.spec, at: now, leading: true)
            return true
        } catch let e as StoreError where e.code == .conflict || e.code == .notFound {
            observation.withLock { $0.leading = false }
            return false
        }
    }

    private func observe(_ spec: LeaseSpec, at time: Date, leading: Bool) {
        observation.withLock {
            $0.record = spec
            $0.time = time
            $0.leading = leading
        }
    }

    /// Gives the lease up (holder cleared, duration 1 s), if this candidate still holds it.
    public func release() async {
        guard var current = try? await store.getIfPresent(Lease.self, lease),
              current.spec.holderIdentity == identity else { return }
        let now = MicroTime(clock.now)
        current.spec.holderIdentity = nil
        current.spec.leaseDurationSeconds = 1
        current.spec.renewTime = now
        current.spec.acquireTime = now
        _ = try? await store.update(current)
        observation.withLock { $0.leading = false }
    }
}

extension Swift.Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
