import KubeModels
import Synchronization

/// One informer per kind, shared by every component that asks (client-go's
/// `SharedInformerFactory`): however many controllers watch pods, the store sees one watch.
///
/// Ask for informers with ``informer(for:)`` (before or after ``run()`` started; late ones start
/// at once), then run the factory beside your components.
public final class SharedInformers: Sendable {
    typealias Start = @Sendable () async throws -> Void

    private struct State {
        var informers: [ObjectIdentifier: any Sendable] = [:]
        var waitsForSync: [Start] = []
        /// Run loops of informers created since `run()` last looked.
        var pendingStarts: [Start] = []
        /// `run()` waiting for new informers.
        var runner: CheckedContinuation<[Start], Never>?
        /// Whether a `run()` is running the informers (others only wait).
        var running = false
    }

    private let store: any ResourceStore
    private let clock: any KubeClock
    private let resyncPeriod: Swift.Duration?
    private let state = Mutex(State())

    /// Creates a factory over a store; `resyncPeriod` applies to every informer it makes.
    public init(store: any ResourceStore, clock: any KubeClock = SystemClock(), resyncPeriod: Swift.Duration? = nil) {
        self.store = store
        self.clock = clock
        self.resyncPeriod = resyncPeriod
    }

    /// The store the informers read.
    public var underlyingStore: any ResourceStore { store }

    /// The shared informer for kind `R`, created on first use.
    public func informer<R: KubeResource>(for type: R.Type) -> Informer<R> {
        let (informer, runner) = state.withLock { s -> (Informer<R>, CheckedContinuation<[Start], Never>?) in
            if let existing = s.informers[ObjectIdentifier(R.self)] as? Informer<R> { return (existing, nil) }
            let made = Informer(R.self, store: store, configuration: .init(resyncPeriod: resyncPeriod), clock: clock)
            s.informers[ObjectIdentifier(R.self)] = made
            s.waitsForSync.append { try await made.waitUntilSynced() }
            s.pendingStarts.append { try await made.run() }
            guard let runner = s.runner else { return (made, nil) }
            s.runner = nil
            return (made, runner)
        }
        if let runner {
            let starts = state.withLock { s -> [Start] in
                let p = s.pendingStarts
                s.pendingStarts = []
                return p
            }
            runner.resume(returning: starts)
        }
        return informer
    }

    /// The informer for kind `R` if one was created.
    public func existingInformer<R: KubeResource>(for type: R.Type) -> Informer<R>? {
        state.withLock { $0.informers[ObjectIdentifier(R.self)] as? Informer<R> }
    }

    /// Runs every informer, including ones created later, until cancelled. Several components may
    /// call it: the first runs the informers, the others just wait, so each kind is watched once.
    public func run() async throws {
        let first = state.withLock { s -> Bool in
            if s.running { return false }
            s.running = true
            return true
        }
        guard first else {
            await waitForCancellation()
            throw CancellationError()
        }
        defer { state.withLock { $0.running = false } }
        try await withThrowingTaskGroup(of: Void.self) { group in
            while !Task.isCancelled {
                for start in await nextStarts() { group.addTask { try await start() } }
            }
            group.cancelAll()
            try await group.waitForAll()
        }
        throw CancellationError()
    }

    /// Informers waiting to start, waiting for one if there are none; empty when cancelled.
    private func nextStarts() async -> [Start] {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<[Start], Never>) in
                let ready = state.withLock { s -> [Start]? in
                    if !s.pendingStarts.isEmpty || Task.isCancelled {
                        let p = s.pendingStarts
                        s.pendingStarts = []
                        return p
                    }
                    s.runner = c
                    return nil
                }
                if let ready { c.resume(returning: ready) }
            }
        } onCancel: {
            let runner = state.withLock { s -> CheckedContinuation<[Start], Never>? in
                let r = s.runner
                s.runner = nil
                return r
            }
            runner?.resume(returning: [])
        }
    }

    private func waitForCancellation() async {
        let parked = Mutex<CheckedContinuation<Void, Never>?>(nil)
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                parked.withLock { $0 = c }
                if Task.isCancelled { parked.withLock { $0.take() }?.resume() }
            }
        } onCancel: {
            parked.withLock { $0.take() }?.resume()
        }
    }

    /// Waits until every informer created so far has synced.
    public func waitUntilSynced() async throws {
        let waits = state.withLock { $0.waitsForSync }
        for wait in waits { try await wait() }
    }
}
