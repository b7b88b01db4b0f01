import KubeModels

/// The policy every backend applies on writes: the clock, the admission hooks, the object size
/// limit and the retry budget. Backends built on ``StoreEngine`` share it.
public struct StoreSemantics: Sendable {
    /// etcd's default request limit, which the API server inherits: 1.5 MiB.
    public static let defaultMaxObjectSize = 1_572_864

    /// The source of timestamps (`creationTimestamp`, `deletionTimestamp`) and bookmarks.
    public var clock: any KubeClock
    /// The admission hooks, empty by default.
    public var admission: AdmissionChain
    /// The largest encoded object the store accepts, in bytes; `nil` for no limit.
    public var maxObjectSize: Int?
    /// Whether deletes add the garbage collector's `orphan` / `foregroundDeletion` finalizers
    /// for the `propagationPolicy` asked for. Off by default: without a garbage collector
    /// running, those finalizers would never be removed.
    public var garbageCollectionFinalizers: Bool
    /// How many times an unconditional write (no resourceVersion) or a patch is retried after
    /// losing a race with another writer.
    public var maxConflictRetries: Int
    /// Random names and UIDs.
    let identifiers: IdentifierSource

    /// Creates the semantics.
    public init(clock: any KubeClock = SystemClock(), admission: AdmissionChain = AdmissionChain(),
                maxObjectSize: Int? = StoreSemantics.defaultMaxObjectSize, garbageCollectionFinalizers: Bool = false,
                maxConflictRetries: Int = 16, randomSeed: UInt64? = nil) {
        self.clock = clock
        self.admission = admission
        self.maxObjectSize = maxObjectSize
        self.garbageCollectionFinalizers = garbageCollectionFinalizers
        self.maxConflictRetries = max(1, maxConflictRetries)
        identifiers = IdentifierSource(seed: randomSeed)
    }

    /// Throws `.requestEntityTooLarge` when an encoded object of `size` bytes exceeds the limit.
    public func checkSize<R: KubeResource>(_ size: Int, of type: R.Type, key: ObjectKey) throws {
        if let limit = maxObjectSize, size > limit { throw StoreError.tooLarge(R.self, key, size: size, limit: limit) }
    }
}
