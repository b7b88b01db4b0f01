import KubeModels

/// Storage of Kubernetes objects with etcd's semantics: one global, monotonically increasing
/// revision; optimistic concurrency on `metadata.resourceVersion`; watch from a revision.
///
/// Methods are generic over the kind, so `any ResourceStore` serves every kind, built-in or custom.
/// Every write defaults then validates the object (``KubeResource/defaulted()`` and
/// ``KubeResource/validate()``), then runs the store's admission hooks (mutating, then
/// validating), then commits. Errors are ``StoreError``s whose ``StoreError/code`` maps 1:1 to a
/// Kubernetes status reason.
///
/// Backends: `MemoryStore` (the reference), `FileStore` (durable, embedded), `EtcdStore` (real
/// etcd v3). The conformance kit in KubeTesting checks any backend against these semantics.
public protocol ResourceStore: Sendable {
    /// Reads one object; throws ``StoreError`` `.notFound` when absent.
    func get<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R

    /// Lists objects of a kind, filtered by namespace and selectors, paginated with `limit`/`continue`
    /// (every page of one list is consistent at the revision of its first page).
    func list<R: KubeResource>(_ type: R.Type, options: ListOptions) async throws -> ResourceList<R>

    /// Creates an object: `generateName` gets a random 5-character suffix; `uid`,
    /// `creationTimestamp`, `generation` (1) and `resourceVersion` are set by the store.
    /// Throws `.alreadyExists` when the name is taken.
    func create<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R

    /// Replaces an object. A non-empty `metadata.resourceVersion` must equal the stored one, else
    /// `.conflict` with the API server's message. `generation` increases when the spec (everything
    /// but metadata and status) changes; status is kept as stored (use ``updateStatus(_:options:)``).
    func update<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R

    /// Replaces only the status of an object (the status subresource): spec and most metadata
    /// are kept as stored and `generation` does not change.
    func updateStatus<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R

    /// Applies a patch under optimistic concurrency. A patch that carries no resourceVersion is
    /// retried internally on conflict, as the API server does.
    func patch<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ patch: PatchRequest, options: WriteOptions) async throws -> R

    /// Deletes an object. With finalizers present the object stays, with `deletionTimestamp` set
    /// (and ``DeletionResult/pending`` returned); it is removed when an update clears the last
    /// finalizer. Preconditions on `uid`/`resourceVersion` are checked.
    func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: DeleteOptions) async throws -> DeletionResult<R>

    /// Deletes every object that the list options select; returns what was deleted or marked.
    func deleteCollection<R: KubeResource>(_ type: R.Type, listOptions: ListOptions, options: DeleteOptions) async throws -> [DeletionResult<R>]

    /// Watches a kind from a revision. `resourceVersion` `nil` or `"0"` starts with synthetic
    /// `added` events for the current state, then live events; a specific revision replays the
    /// events after it, or fails with `.gone` ("too old resource version") when it was compacted.
    func watch<R: KubeResource>(_ type: R.Type, options: WatchOptions) async throws -> WatchStream<R>

    /// The store's current revision.
    func currentRevision() async throws -> Int64
}

extension ResourceStore {
    /// Reads one object, or `nil` when it does not exist.
    public func getIfPresent<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R? {
        do {
            return try await get(type, key)
        } catch let e as StoreError where e.code == .notFound {
            return nil
        }
    }

    /// Lists with default options (all namespaces, no selectors, no pagination).
    public func list<R: KubeResource>(_ type: R.Type, namespace: String = "") async throws -> ResourceList<R> {
        try await list(type, options: ListOptions(namespace: namespace))
    }

    /// Creates an object with default options.
    public func create<R: KubeResource>(_ object: R) async throws -> R { try await create(object, options: WriteOptions()) }

    /// Updates an object with default options.
    public func update<R: KubeResource>(_ object: R) async throws -> R { try await update(object, options: WriteOptions()) }

    /// Updates an object's status with default options.
    public func updateStatus<R: KubeResource>(_ object: R) async throws -> R { try await updateStatus(object, options: WriteOptions()) }

    /// Deletes an object with default options.
    @discardableResult
    public func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> DeletionResult<R> {
        try await delete(type, key, options: DeleteOptions())
    }
}
