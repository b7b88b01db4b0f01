import KubeModels
import Synchronization

/// The durable, embedded ``ResourceStore``: ``MemoryStore``'s semantics and speed for reads and
/// watches, with every write in a write-ahead log on disk before it is acknowledged.
///
/// ```swift
/// let store = try FileStore(directory: "/var/lib/kube-node/store")
/// let pod = try await store.create(Pod(name: "web", namespace: "default"))   // durable when this returns
/// ```
///
/// - **Durability.** A write is logged as one checksummed record (``LogFormat``, ``FileRecord``:
///   the object's JSON, its revision and the operation) and `fdatasync`ed before it becomes
///   visible to readers and watchers and before the call returns. Concurrent writers share each
///   fsync (group commit), so throughput grows with the number of writers.
/// - **Recovery.** Opening replays the newest snapshot and the log after it; objects keep their
///   `resourceVersion`s and new writes continue after the highest revision. The unfinished last
///   record of a crash (a torn tail) is dropped; other damage makes ``init(directory:semantics:configuration:)``
///   throw ``FileStoreError`` naming the file and byte offset, unless the configuration's
///   ``Configuration/recovery`` is ``FileStoreRecoveryMode/truncateDamagedTail``.
///   ``recovery`` reports what was found.
/// - **Snapshots.** Once the log has grown by ``Configuration/snapshotThreshold`` bytes, the
///   store writes a snapshot (atomically: temporary file, fsync, rename, directory fsync) and
///   removes the log segments it covers. Run ``run()`` alongside the store to do this in the
///   background; without it, the writer that crosses the threshold takes the snapshot before it
///   returns. ``snapshot()`` takes one on demand.
/// - **History.** Watches can resume from any revision since the last snapshot loaded at open
///   (within ``MemoryStore/Configuration/eventWindow``); older ones get `.gone`, as after an etcd
///   compaction.
///
/// One directory belongs to one store at a time (a `LOCK` file, `flock`).
public final class FileStore: ResourceStore, CompactableStore {
    /// Tuning of a file store.
    public struct Configuration: Sendable {
        /// The size at which a log segment is closed and a new one started.
        public var segmentSize: Int
        /// How many bytes of log trigger a snapshot (and the removal of the segments it covers).
        public var snapshotThreshold: Int
        /// What opening does with damaged log data.
        public var recovery: FileStoreRecoveryMode
        /// The kinds recovery decodes into Swift types. Register your custom resources
        /// (`Scheme.default.registering(MyKind.self)`); unregistered kinds still recover, as JSON,
        /// and are decoded on each read.
        public var scheme: Scheme
        /// The in-memory state's tuning (event window, watch batches, bookmarks).
        public var memory: MemoryStore.Configuration

        /// Creates a configuration.
        public init(segmentSize: Int = 64 << 20, snapshotThreshold: Int = 256 << 20, recovery: FileStoreRecoveryMode = .strict,
                    scheme: Scheme = .default, memory: MemoryStore.Configuration = MemoryStore.Configuration()) {
            self.segmentSize = segmentSize
            self.snapshotThreshold = snapshotThreshold
            self.recovery = recovery
            self.scheme = scheme
            self.memory = memory
        }
    }

    let storage: FileStorage
    let engine: StoreEngine<FileStorage>
    let configuration: Configuration
    let maintenance = Mutex(MaintenanceState())

    /// Who is taking snapshots, and who waits to.
    struct MaintenanceState {
        /// A snapshot is being written (one at a time).
        var snapshotting = false
        /// Callers of ``FileStore/snapshot()`` waiting for the one being written.
        var slotWaiters: [UnsafeContinuation<Void, Never>] = []
        /// How many ``FileStore/run()`` loops are running.
        var runners = 0
        /// A writer asked the loop for a snapshot.
        var wanted = false
        /// The loop, waiting to be asked.
        var waiter: UnsafeContinuation<Void, Never>?
    }

    /// The directory the store lives in.
    public let directory: String
    /// What opening found: the snapshot, how many records were replayed, what was discarded.
    public let recovery: FileStoreRecovery

    /// The write policy (clock, admission, size limit).
    public var semantics: StoreSemantics { engine.semantics }

    /// Opens the store in `directory` (created when missing) and recovers its state. Throws
    /// ``FileStoreError`` when the directory is in use by another store or its data is damaged.
    public init(directory: String, semantics: StoreSemantics, configuration: Configuration = Configuration()) throws {
        let memoryConfig = configuration.memory
        let memory = MemoryStorage(capacity: memoryConfig.eventWindow, batchSize: memoryConfig.watchBatchSize,
                                   bookmarkInterval: memoryConfig.bookmarkInterval, clock: semantics.clock)
        var loader = FileStateLoader(memory: memory, scheme: configuration.scheme)
        var options = WriteAheadLog.Options()
        options.segmentSize = Int64(configuration.segmentSize)
        options.recovery = configuration.recovery
        var snapshotLoaded = false
        let wal = try WriteAheadLog.open(directory: directory, options: options,
                                         snapshotRecord: { try loader.snapshotRecord($0, $1) },
                                         logRecord: { revision, payload in
                                             if !snapshotLoaded {
                                                 memory.finishRestore(revision: Int64(revision) - 1)
                                                 snapshotLoaded = true
                                             }
                                             try loader.logRecord(revision, payload)
                                         })
        if !snapshotLoaded { memory.finishRestore(revision: wal.recovery.revision) }
        storage = FileStorage(memory: memory, wal: wal, semantics: semantics)
        engine = StoreEngine(backend: storage, semantics: semantics, measuresObjectSize: false)
        self.configuration = configuration
        self.directory = directory
        recovery = wal.recovery
    }

    /// Opens the store in `directory` with a clock and admission hooks.
    public convenience init(directory: String, clock: any KubeClock = SystemClock(), admission: AdmissionChain = AdmissionChain(),
                            configuration: Configuration = Configuration()) throws {
        try self.init(directory: directory, semantics: StoreSemantics(clock: clock, admission: admission), configuration: configuration)
    }

    // MARK: ResourceStore

    public func get<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R {
        try await engine.get(type, key)
    }

    public func list<R: KubeResource>(_ type: R.Type, options: ListOptions) async throws -> ResourceList<R> {
        try await engine.list(type, options: options)
    }

    public func create<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await writing { try await engine.create(object, options: options) }
    }

    public func update<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await writing { try await engine.update(object, options: options) }
    }

    public func updateStatus<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        try await writing { try await engine.updateStatus(object, options: options) }
    }

    public func patch<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ patch: PatchRequest, options: WriteOptions) async throws -> R {
        try await writing { try await engine.patch(type, key, patch, options: options) }
    }

    public func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: DeleteOptions) async throws -> DeletionResult<R> {
        try await writing { try await engine.delete(type, key, options: options) }
    }

    public func deleteCollection<R: KubeResource>(_ type: R.Type, listOptions: ListOptions, options: DeleteOptions) async throws -> [DeletionResult<R>] {
        try await writing { try await engine.deleteCollection(type, listOptions: listOptions, options: options) }
    }

    public func watch<R: KubeResource>(_ type: R.Type, options: WatchOptions) async throws -> WatchStream<R> {
        try await engine.watch(type, options: options)
    }

    public func currentRevision() async throws -> Int64 { try await storage.currentRevision() }

    /// Runs a write: tells the log a writer is preparing (so a batch being gathered waits for
    /// it), then takes a snapshot inline when the log has outgrown the threshold and no
    /// ``run()`` loop is there to do it.
    private func writing<T>(_ body: () async throws -> T) async throws -> T {
        storage.wal.log.beginWrite()
        let result: T
        do {
            result = try await body()
        } catch {
            storage.wal.log.endWrite()
            throw error
        }
        storage.wal.log.endWrite()
        if storage.bytesSinceSnapshot.load(ordering: .relaxed) >= configuration.snapshotThreshold {
            try await snapshotNeeded()
        }
        return result
    }

    // MARK: History

    /// Discards the event history up to and including `revision` (at most the current one).
    public func compact(upTo revision: Int64) async throws { storage.memory.compact(upTo: revision) }

    /// The newest revision whose history is gone: watches must start after it.
    public var compactedRevision: Int64 { storage.memory.state.withLock { $0.compacted } }

    /// How many objects the store holds, over every kind.
    public var objectCount: Int { storage.memory.state.withLock { $0.tables.reduce(0) { $0 + $1.count } } }

    // MARK: Lifecycle

    /// Stops accepting writes (they fail with `ServiceUnavailable`), waits for the batch being
    /// written, closes the log and releases the directory. Reads keep working on the last state.
    public func close() async {
        await storage.wal.log.close(with: StoreError(.serviceUnavailable, "the file store in \(directory) is closed"))
        await storage.wal.close()
    }
}
