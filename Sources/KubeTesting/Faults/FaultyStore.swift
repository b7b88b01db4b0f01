import Foundation
import KubeModels
import KubeStore
import Synchronization

/// A ``ResourceStore`` wrapper that injects the failures a real API server produces, at seeded,
/// reproducible rates, so controllers can be tested against them: optimistic-concurrency
/// conflicts, internal errors, writes whose response is lost, watches that end early or fail
/// with `.gone`, and latency (through the clock).
///
/// ```swift
/// let store = FaultyStore(wrapping: MemoryStore(clock: clock),
///                         faults: .init(conflictRate: 0.2, dropWatchRate: 0.01), seed: 42, clock: clock)
/// // ... run the controller, then heal the store and check it converges:
/// store.faults = .none
/// ```
/// With one caller at a time the same seed injects the same faults; concurrent callers draw
/// from the one generator in whatever order they arrive.
public final class FaultyStore: ResourceStore {
    /// What to inject, as probabilities in `0 ... 1` per operation (per event for watches).
    public struct Faults: Sendable, Hashable {
        /// `update`, `updateStatus` and `patch` fail with `.conflict` before reaching the store.
        public var conflictRate: Double
        /// Any operation fails with `.internalError` before reaching the store.
        public var internalErrorRate: Double
        /// A write reaches the store and commits, but the caller gets `.timeout` (the response
        /// was lost): the caller must not assume it failed.
        public var lostResponseRate: Double
        /// Opening a watch fails with `.gone` ("too old resource version").
        public var goneOnWatchRate: Double
        /// Per event, the watch ends early (the stream finishes without error) instead.
        public var dropWatchRate: Double
        /// Per event, the watch fails with `.gone` instead.
        public var goneDuringWatchRate: Double
        /// Each operation first sleeps on the clock for a random time up to this.
        public var maxLatency: Swift.Duration

        /// Creates a fault plan.
        public init(conflictRate: Double = 0, internalErrorRate: Double = 0, lostResponseRate: Double = 0, goneOnWatchRate: Double = 0,
                    dropWatchRate: Double = 0, goneDuringWatchRate: Double = 0, maxLatency: Swift.Duration = .zero) {
            self.conflictRate = conflictRate
            self.internalErrorRate = internalErrorRate
            self.lostResponseRate = lostResponseRate
            self.goneOnWatchRate = goneOnWatchRate
            self.dropWatchRate = dropWatchRate
            self.goneDuringWatchRate = goneDuringWatchRate
            self.maxLatency = maxLatency
        }

        /// No faults: the wrapper passes everything through.
        public static let none = Faults()
    }

    /// How many faults of each kind were injected.
    public struct Counts: Sendable, Hashable {
        public var conflicts = 0
        public var internalErrors = 0
        public var lostResponses = 0
        public var goneWatches = 0
        public var droppedWatches = 0
        public var delays = 0
    }

    /// The wrapped store.
    public let base: any ResourceStore
    let clock: any KubeClock
    private let state: Mutex<(faults: Faults, rng: SplitMix64, counts: Counts)>

    /// Wraps `store`, drawing faults from a generator seeded with `seed`.
    public init(wrapping store: any ResourceStore, faults: Faults, seed: UInt64, clock: any KubeClock = SystemClock()) {
        base = store
        self.clock = clock
        state = Mutex((faults, SplitMix64(seed: seed), Counts()))
    }

    /// The current fault plan; set it to change the rates (``Faults/none`` heals the store).
    public var faults: Faults {
        get { state.withLock { $0.faults } }
        set { state.withLock { $0.faults = newValue } }
    }

    /// The faults injected so far.
    public var counts: Counts { state.withLock { $0.counts } }

    // MARK: Drawing

    enum Fault { case conflict, internalError, lostResponse, goneOnWatch, dropWatch, goneDuringWatch }

    /// Whether to inject `fault` now (and counts it).
    func draw(_ fault: Fault) -> Bool {
        state.withLock { s in
            let rate: Double
            switch fault {
            case .conflict: rate = s.faults.conflictRate
            case .internalError: rate = s.faults.internalErrorRate
            case .lostResponse: rate = s.faults.lostResponseRate
            case .goneOnWatch: rate = s.faults.goneOnWatchRate
            case .dropWatch: rate = s.faults.dropWatchRate
            case .goneDuringWatch: rate = s.faults.goneDuringWatchRate
            }
            guard rate > 0, s.rng.nextUnit() < rate else { return false }
            switch fault {
            case .conflict: s.counts.conflicts += 1
            case .internalError: s.counts.internalErrors += 1
            case .lostResponse: s.counts.lostResponses += 1
            case .goneOnWatch, .goneDuringWatch: s.counts.goneWatches += 1
            case .dropWatch: s.counts.droppedWatches += 1
            }
            return true
        }
    }

    /// Sleeps for the injected latency, then throws an injected internal error if drawn.
    func before<R: KubeResource>(_ operation: String, _ type: R.Type, _ key: ObjectKey?) async throws {
        let delay = state.withLock { s -> Swift.Duration? in
            let max = s.faults.maxLatency
            guard max > .zero else { return nil }
            s.counts.delays += 1
            return max * s.rng.nextUnit()
        }
        if let delay { try await clock.sleep(for: delay) }
        if draw(.internalError) {
            throw StoreError(.internalError, "injected fault: \(operation) of \(R.kind) failed", kind: R.kind, key: key)
        }
    }

    /// Throws an injected conflict if drawn.
    func maybeConflict<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) throws {
        if draw(.conflict) { throw StoreError.conflict(R.self, key) }
    }

    /// Runs a write, then throws `.timeout` if a lost response is drawn.
    func write<R: KubeResource, T>(_ type: R.Type, _ key: ObjectKey, _ body: () async throws -> T) async throws -> T {
        let result = try await body()
        if draw(.lostResponse) {
            throw StoreError(.timeout, "injected fault: the response of a write to \(R.kind) \(FieldError.goQuote(key.name)) was lost (the write was applied)",
                             kind: R.kind, key: key)
        }
        return result
    }

    // MARK: ResourceStore

    public func get<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R {
        try await before("get", R.self, key)
        return try await base.get(type, key)
    }

    public func list<R: KubeResource>(_ type: R.Type, options: ListOptions) async throws -> ResourceList<R> {
        try await before("list", R.self, nil)
        return try await base.list(type, options: options)
    }

    public func create<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await before("create", R.self, object.key)
        return try await write(R.self, object.key) { try await base.create(object, options: options) }
    }

    public func update<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await before("update", R.self, object.key)
        try maybeConflict(R.self, object.key)
        return try await write(R.self, object.key) { try await base.update(object, options: options) }
    }

    public func updateStatus<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await before("updateStatus", R.self, object.key)
        try maybeConflict(R.self, object.key)
        return try await write(R.self, object.key) { try await base.updateStatus(object, options: options) }
    }

    public func patch<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ patch: PatchRequest, options: WriteOptions) async throws -> R {
        try await before("patch", R.self, key)
        try maybeConflict(R.self, key)
        return try await write(R.self, key) { try await base.patch(type, key, patch, options: options) }
    }

    public func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: DeleteOptions) async throws -> DeletionResult<R> {
        try await before("delete", R.self, key)
        return try await write(R.self, key) { try await base.delete(type, key, options: options) }
    }

    public func deleteCollection<R: KubeResource>(_ type: R.Type, listOptions: ListOptions, options: DeleteOptions) async throws -> [DeletionResult<R>] {
        try await before("deleteCollection", R.self, nil)
        return try await base.deleteCollection(type, listOptions: listOptions, options: options)
    }

    public func watch<R: KubeResource>(_ type: R.Type, options: WatchOptions) async throws -> WatchStream<R> {
        try await before("watch", R.self, nil)
        if draw(.goneOnWatch) {
            let rv = Int64(options.resourceVersion ?? "") ?? 0
            throw StoreError.tooOldResourceVersion(rv, compacted: rv + 1, kind: R.kind, detail: "injected fault")
        }
        let inner = try await base.watch(type, options: options)
        return WatchStream(FaultyWatchSource(inner, store: self))
    }

    public func currentRevision() async throws -> Int64 { try await base.currentRevision() }
}

/// A watch of a ``FaultyStore``: the wrapped watch, ended early or failed at the store's rates.
final class FaultyWatchSource<R: KubeResource>: WatchEventSource {
    private let inner: WatchStream<R>
    private let store: FaultyStore
    private let state: Mutex<(iterator: WatchStream<R>.AsyncIterator?, finished: Bool, lastRevision: Int64)>

    init(_ inner: WatchStream<R>, store: FaultyStore) {
        self.inner = inner
        self.store = store
        state = Mutex((inner.makeAsyncIterator(), false, 0))
    }

    func next() async throws -> WatchEvent<R>? {
        guard var iterator = state.withLock({ s -> WatchStream<R>.AsyncIterator? in
            guard !s.finished else { return nil }
            let it = s.iterator
            s.iterator = nil
            return it
        }) else { return nil }
        if store.draw(.dropWatch) {
            cancel()
            return nil
        }
        if store.draw(.goneDuringWatch) {
            let last = state.withLock { $0.lastRevision }
            cancel()
            throw StoreError.tooOldResourceVersion(last, compacted: last + 1, kind: R.kind, detail: "injected fault")
        }
        let event = try await iterator.next()
        state.withLock { s in
            if !s.finished { s.iterator = iterator }
            if let rv = event.flatMap({ Int64($0.resourceVersion) }) { s.lastRevision = rv }
        }
        return event
    }

    func cancel() {
        state.withLock { s in
            s.finished = true
            s.iterator = nil
        }
        inner.stop()
    }
}

/// SplitMix64: a small, fast, seedable generator for reproducible fault injection.
struct SplitMix64: Sendable {
    var x: UInt64
    init(seed: UInt64) { x = seed }
    mutating func next() -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform double in `0 ..< 1`.
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
