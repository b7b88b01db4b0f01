import KubeModels

/// The storage primitives a backend supplies. ``StoreEngine`` builds every ``ResourceStore``
/// semantic on top of them (defaulting, validation, admission, generation, status, finalizers,
/// graceful deletion, patches, pagination tokens), so a backend only stores and watches.
///
/// Contract, as etcd's:
/// - One global revision, increased by exactly one per committed write; an object's
///   `metadata.resourceVersion` is the revision of its last write, as a decimal string.
/// - ``commit(_:)`` is a compare-and-swap on that revision, atomic and linearizable.
/// - ``range(_:_:)`` reads in key order (namespace, then name) at one revision.
/// - ``watch(_:_:)`` delivers every change after a revision, in revision order, or fails with
///   `.gone` when that revision was compacted.
public protocol StorageBackend: Sendable {
    /// The current state of an object, `nil` when absent.
    func read<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R?

    /// Applies a write if the stored revision is still the expected one.
    func commit<R: KubeResource>(_ write: StorageWrite<R>) async throws -> StorageCommit<R>

    /// A page of objects in key order, at the request's revision (the current one when `nil`).
    /// Throws `.expired` when that revision was compacted.
    func range<R: KubeResource>(_ type: R.Type, _ request: StorageRange<R>) async throws -> StoragePage<R>

    /// Watches a kind. Backends use ``SelectionPredicate/translate(_:previous:)`` to turn
    /// stored changes into what a selecting watcher sees.
    func watch<R: KubeResource>(_ type: R.Type, _ request: StorageWatchRequest) async throws -> WatchStream<R>

    /// The latest committed revision.
    func currentRevision() async throws -> Int64
}

/// A compare-and-swap write.
public enum StorageWrite<R: KubeResource>: Sendable {
    /// Stores a new object; fails when the key exists.
    case create(R)
    /// Replaces the object whose current revision is `expectedRevision`.
    case update(R, expectedRevision: Int64)
    /// Removes the object whose current revision is `expectedRevision`.
    case delete(ObjectKey, expectedRevision: Int64)
}

/// The outcome of a compare-and-swap write.
public enum StorageCommit<R: KubeResource>: Sendable {
    /// The write is committed. The object as stored, with its new `resourceVersion`; for a
    /// delete, the last state with the deletion's revision as `resourceVersion`.
    case committed(R)
    /// The comparison failed. The current state (`nil` when absent), so the caller can retry
    /// without another read.
    case conflict(current: R?)
}

/// What ``StorageBackend/range(_:_:)`` reads.
public struct StorageRange<R: KubeResource>: Sendable {
    /// The namespace, or `""` for all.
    public var namespace: String
    /// Start after this key (the last key of the previous page).
    public var startAfter: ObjectKey?
    /// The most matching items to return; `0` for all.
    public var limit: Int
    /// The revision to read at; `nil` for the current one.
    public var revision: Int64?
    /// Items that do not pass are skipped (and do not count toward `limit`).
    public var predicate: SelectionPredicate

    /// Creates a range request.
    public init(namespace: String = "", startAfter: ObjectKey? = nil, limit: Int = 0, revision: Int64? = nil,
                predicate: SelectionPredicate = SelectionPredicate()) {
        self.namespace = namespace
        self.startAfter = startAfter
        self.limit = limit
        self.revision = revision
        self.predicate = predicate
    }
}

/// A page read by ``StorageBackend/range(_:_:)``.
public struct StoragePage<R: KubeResource>: Sendable {
    /// The items in key order.
    public var items: [R]
    /// The revision the page was read at.
    public var revision: Int64
    /// Whether more items may follow the last one (the limit was reached before the end).
    public var hasMore: Bool
    /// How many objects follow this page (before any selector), when known.
    public var remainingCount: Int64?

    /// Creates a page.
    public init(items: [R], revision: Int64, hasMore: Bool, remainingCount: Int64? = nil) {
        self.items = items
        self.revision = revision
        self.hasMore = hasMore
        self.remainingCount = remainingCount
    }
}

/// What ``StorageBackend/watch(_:_:)`` follows.
public struct StorageWatchRequest: Sendable {
    /// Namespace and selectors.
    public var predicate: SelectionPredicate
    /// `nil`: send the current state as `added` events, then every change; a revision: every
    /// change after it.
    public var startRevision: Int64?
    /// Whether to send bookmarks.
    public var allowBookmarks: Bool

    /// Creates a watch request.
    public init(predicate: SelectionPredicate = SelectionPredicate(), startRevision: Int64? = nil, allowBookmarks: Bool = false) {
        self.predicate = predicate
        self.startRevision = startRevision
        self.allowBookmarks = allowBookmarks
    }
}

/// A store whose history can be compacted on demand, as etcd's `compact`.
public protocol CompactableStore: Sendable {
    /// Discards history up to and including `revision`: watches and continue tokens from
    /// before it then fail with `.gone` / `.expired`.
    func compact(upTo revision: Int64) async throws
}
