import Foundation
import KubeModels
import KubeStore

/// Runs a ``Reconciler`` for one primary kind, fed by shared informers through a work queue
/// (controller-runtime's Builder, kube-rs's Controller):
///
/// ```swift
/// try await Controller(for: StaticSite.self, client: client)
///     .owns(ConfigMap.self)
///     .filter(.generationChanged)
///     .run(StaticSiteReconciler())              // returns on cancellation
/// ```
/// Events of the primary kind queue its key; events of owned kinds queue the key of their
/// controlling owner of the primary kind; `watches(_:map:)` maps any other kind to keys.
/// Changes are served before initial-list and resync items. A key is never reconciled by two
/// workers at once. Misconfiguration throws ``ControllerError`` from ``run(_:)``.
public struct Controller<Primary: KubeResource>: Sendable {
    private let client: KubeClient
    private var registrations: [@Sendable (SharedInformers, WorkQueue<ObjectKey>) -> Void] = []
    private var filters: [EventFilter<Primary>] = []
    private var workers = 1
    private var debounce: Swift.Duration = .zero
    private var clock: any KubeClock = SystemClock()
    private var eventComponent: String
    private var errors: [String] = []

    /// A controller for `Primary`, reading and writing through `client`.
    public init(for primary: Primary.Type, client: KubeClient) {
        self.client = client
        eventComponent = "\(Primary.pluralName)-controller"
    }

    /// Also reconciles the controlling owner (of kind `Primary`) when an owned `Child` changes.
    public func owns<Child: KubeResource>(_ child: Child.Type) -> Controller {
        var copy = self
        copy.registrations.append { informers, queue in
            informers.informer(for: Child.self).addHandler { event in
                guard let owner = event.object.metadata.ownerReferences.first(where: { $0.controller == true }),
                      owner.kind == Primary.kind, owner.apiVersion == Primary.apiVersion else { return }
                let key = ObjectKey(namespace: Primary.isNamespaced ? event.object.metadata.namespace : "", name: owner.name)
                await queue.add(key, priority: event.origin == .watch ? .high : .low)
            }
        }
        return copy
    }

    /// Also reconciles the keys `map` returns when an `Other` changes.
    public func watches<Other: KubeResource>(_ other: Other.Type, map: @escaping @Sendable (Other) -> [ObjectKey]) -> Controller {
        var copy = self
        copy.registrations.append { informers, queue in
            informers.informer(for: Other.self).addHandler { event in
                for key in map(event.object) { await queue.add(key, priority: event.origin == .watch ? .high : .low) }
            }
        }
        return copy
    }

    /// Only primary updates that pass `filter` are queued (all filters must pass).
    public func filter(_ filter: EventFilter<Primary>) -> Controller {
        var copy = self
        copy.filters.append(filter)
        return copy
    }

    /// How many keys are reconciled at once (default 1).
    public func maxConcurrentReconciles(_ count: Int) -> Controller {
        var copy = self
        if count < 1 { copy.errors.append("maxConcurrentReconciles must be at least 1, got \(count)") }
        copy.workers = count
        return copy
    }

    /// Waits this long after an event before reconciling, so a burst of changes becomes one reconcile.
    public func debounce(_ delay: Swift.Duration) -> Controller {
        var copy = self
        if delay < .zero { copy.errors.append("debounce must not be negative") }
        copy.debounce = delay
        return copy
    }

    /// The clock for back-off, requeues and debounce (default: the system clock).
    public func clock(_ clock: any KubeClock) -> Controller {
        var copy = self
        copy.clock = clock
        return copy
    }

    /// Runs until the task is cancelled (then returns), reconciling with `reconciler`.
    public func run(_ reconciler: some Reconciler, metrics: ControllerMetrics = ControllerMetrics()) async throws {
        if !errors.isEmpty { throw ControllerError(errors.joined(separator: "; ")) }
        let informers = client.informers
        let queue = WorkQueue<ObjectKey>(clock: clock)
        let filters = self.filters
        let debounce = self.debounce
        informers.informer(for: Primary.self).addHandler { event in
            guard filters.allSatisfy({ $0.accepts(event) }) else { return }
            let priority: WorkQueue<ObjectKey>.Priority = event.origin == .watch ? .high : .low
            if debounce > .zero {
                await queue.add(event.object.key, after: debounce, priority: priority)
            } else {
                await queue.add(event.object.key, priority: priority)
            }
        }
        for register in registrations { register(informers, queue) }
        let events = EventRecorder(store: client.store, component: eventComponent, clock: clock)
        let clock = self.clock
        let client = self.client
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await informers.run() }
                group.addTask { try await queue.run() }
                try await informers.waitUntilSynced()
                for _ in 0 ..< workers {
                    group.addTask {
                        while let key = await queue.next() {
                            let failures = await queue.numRequeues(key)
                            let context = ReconcileContext(client: client, clock: clock, events: events, failures: failures)
                            let started = ContinuousClock.now
                            do {
                                let result = try await reconciler.reconcile(key, context: context)
                                await queue.forget(key)
                                if case .requeue(let after) = result { await queue.add(key, after: after) }
                                metrics.record(key: key, duration: ContinuousClock.now - started, error: nil)
                            } catch is CancellationError {
                                await queue.done(key)
                                return
                            } catch let terminal as TerminalError {
                                await queue.forget(key)
                                metrics.record(key: key, duration: ContinuousClock.now - started, error: terminal)
                            } catch {
                                await queue.addRateLimited(key)
                                metrics.record(key: key, duration: ContinuousClock.now - started, error: error)
                            }
                            await queue.done(key)
                        }
                    }
                }
                try await group.next()
                group.cancelAll()
            }
        } catch is CancellationError {
            await queue.shutDown()
            return
        }
    }
}

/// A controller that was set up wrongly.
public struct ControllerError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Creates the error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
