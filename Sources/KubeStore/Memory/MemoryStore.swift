import KubeModels

/// The reference ``ResourceStore``: every object in memory, with etcd's semantics.
///
/// One global revision; one shared event log (a window of the last
/// ``Configuration/eventWindow`` changes) that every watcher reads by cursor in batches, so
/// a hundred watchers cost the writer nothing; per-kind, per-namespace tables; one lock, so
/// every operation is linearizable. A watcher that falls out of the window fails with `.gone`
/// ("too old resource version") and never slows writers or grows memory.
///
/// ```swift
/// let store = MemoryStore()
/// let pod = try await store.create(Pod(name: "web", namespace: "default"))
/// for try await event in try await store.watch(Pod.self, options: WatchOptions(resourceVersion: pod.metadata.resourceVersion)) {
///     print(event)
/// }
/// ```
public final class MemoryStore: ResourceStore, CompactableStore {
    /// Tuning of a memory store.
    public struct Configuration: Sendable, Hashable {
        /// How many changes the event log keeps (watch resume and paginated lists reach this far back).
        public var eventWindow: Int
        /// The most log entries a watcher takes per refill.
        public var watchBatchSize: Int
        /// How long an idle watcher that allows bookmarks waits before it gets one.
        public var bookmarkInterval: Swift.Duration
        /// Whether writes encode each object to enforce ``StoreSemantics/maxObjectSize``. On by
        /// default; encoding costs more than the rest of a write, so turn it off when every
        /// writer is trusted and speed matters.
        public var checksObjectSize: Bool

        /// Creates a configuration.
        public init(eventWindow: Int = 100_000, watchBatchSize: Int = 1024, bookmarkInterval: Swift.Duration = .seconds(60),
                    checksObjectSize: Bool = true) {
            self.eventWindow = eventWindow
            self.watchBatchSize = watchBatchSize
            self.bookmarkInterval = bookmarkInterval
            self.checksObjectSize = checksObjectSize
        }
    }

    let storage: MemoryStorage
    let engine: StoreEngine<MemoryStorage>

    /// The write policy (clock, admission, size limit).
    public var semantics: StoreSemantics { engine.semantics }

    /// Creates a store with the given semantics.
    public init(semantics: StoreSemantics, configuration: Configuration = Configuration()) {
        storage = MemoryStorage(capacity: configuration.eventWindow, batchSize: configuration.watchBatchSize,
                                bookmarkInterval: configuration.bookmarkInterval, clock: semantics.clock)
        engine = StoreEngine(backend: storage, semantics: semantics, measuresObjectSize: configuration.checksObjectSize)
    }

    /// Creates a store with a clock and admission hooks.
    public convenience init(clock: any KubeClock = SystemClock(), admission: AdmissionChain = AdmissionChain(),
                            configuration: Configuration = Configuration()) {
        self.init(semantics: StoreSemantics(clock: clock, admission: admission), configuration: configuration)
    }

    // MARK: ResourceStore

    public func get<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R {
        try await engine.get(type, key)
    }

    public func list<R: KubeResource>(_ type: R.Type, options: ListOptions) async throws -> ResourceList<R> {
        try await engine.list(type, options: options)
    }

    public func create<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await engine.create(object, options: options)
    }

    public func update<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await engine.update(object, options: options)
    }

    public func updateStatus<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await engine.updateStatus(object, options: options)
    }

    public func patch<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ patch: PatchRequest, options: WriteOptions) async throws -> R {
        try await engine.patch(type, key, patch, options: options)
    }

    public func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: DeleteOptions) async throws -> DeletionResult<R> {
        try await engine.delete(type, key, options: options)
    }

    public func deleteCollection<R: KubeResource>(_ type: R.Type, listOptions: ListOptions, options: DeleteOptions) async throws -> [DeletionResult<R>] {
        try await engine.deleteCollection(type, listOptions: listOptions, options: options)
    }

    public func watch<R: KubeResource>(_ type: R.Type, options: WatchOptions) async throws -> WatchStream<R> {
        try await engine.watch(type, options: options)
    }

    public func currentRevision() async throws -> Int64 { try await storage.currentRevision() }

    // MARK: History

    /// Discards the event history up to and including `revision` (at most the current one).
    public func compact(upTo revision: Int64) async throws { storage.compact(upTo: revision) }

    /// The newest revision whose history is gone: watches must start at or after it.
    public var compactedRevision: Int64 { storage.state.withLock { $0.compacted } }

    /// How many watches are open.
    public var openWatchCount: Int { storage.state.withLock { $0.watchers.count } }

    /// How many open watches are waiting for the next change.
    public var parkedWatchCount: Int { storage.state.withLock { $0.parked.count } }

    /// How many objects the store holds, over every kind.
    public var objectCount: Int { storage.state.withLock { $0.tables.reduce(0) { $0 + $1.count } } }
}
