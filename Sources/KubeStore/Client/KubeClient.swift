import KubeModels
import Synchronization

/// The client components use: reads come from the shared informers' caches, writes go to the
/// store, and every read sees at least this client's own writes (read-your-own-writes): until
/// the cache has caught up with a write, the written state is served from an overlay. That is
/// what keeps a controller from creating the same child twice because its cache was stale.
///
/// Kinds without a running informer are read from the store directly.
public final class KubeClient: Sendable {
    private struct OverlayKey: Hashable {
        var kind: ObjectIdentifier
        var key: ObjectKey
    }

    /// A written state: the object (nil for a deletion) and its revision.
    private struct Written: Sendable {
        var object: (any KubeResource)?
        var revision: Int64
    }

    /// The store writes go to.
    public let store: any ResourceStore
    /// The shared informers reads come from.
    public let informers: SharedInformers
    private let overlay = Mutex<[OverlayKey: Written]>([:])

    /// Creates a client over shared informers (and their store).
    public init(informers: SharedInformers) {
        self.informers = informers
        self.store = informers.underlyingStore
    }

    // MARK: Reads

    /// The object with this key, or nil when it does not exist (as far as this client knows).
    public func get<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R? {
        guard let informer = informers.existingInformer(for: R.self), informer.hasSynced else {
            return try await store.getIfPresent(R.self, key)
        }
        let overlayKey = OverlayKey(kind: ObjectIdentifier(R.self), key: key)
        // One atomic read of the object and the revision the cache has reached.
        let (cached, cacheRevision) = informer.lister.getWithRevision(key)
        guard let written = overlay.withLock({ $0[overlayKey] }) else { return cached }
        let cachedRevision = cached.flatMap { Int64($0.metadata.resourceVersion) } ?? 0
        if cachedRevision >= written.revision || cacheRevision >= written.revision {
            // The cache has seen our write (or something newer): it is authoritative again.
            overlay.withLock { o in
                if o[overlayKey]?.revision == written.revision { o[overlayKey] = nil }
            }
            return cached
        }
        return written.object as? R
    }

    /// The objects of a kind in a namespace (all namespaces for `""`), with this client's own
    /// writes applied over the cache.
    public func list<R: KubeResource>(_ type: R.Type, namespace: String = "", labelSelector: Labels.Selector? = nil) async throws -> [R] {
        guard let informer = informers.existingInformer(for: R.self), informer.hasSynced else {
            return try await store.list(R.self, options: ListOptions(namespace: namespace, labelSelector: labelSelector)).items
        }
        var byKey: [ObjectKey: R] = [:]
        for o in informer.lister.list(namespace: namespace, labelSelector: labelSelector) { byKey[o.key] = o }
        let kind = ObjectIdentifier(R.self)
        let pending = overlay.withLock { $0.filter { $0.key.kind == kind } }
        for (k, written) in pending where namespace.isEmpty || k.key.namespace == namespace {
            let cachedRevision = byKey[k.key].flatMap { Int64($0.metadata.resourceVersion) } ?? 0
            guard cachedRevision < written.revision else { continue }
            if let object = written.object as? R, labelSelector?.matches(object.metadata.labels) ?? true {
                byKey[k.key] = object
            } else {
                byKey[k.key] = nil
            }
        }
        return byKey.values.sorted { $0.key < $1.key }
    }

    // MARK: Writes

    /// Creates an object in the store.
    @discardableResult
    public func create<R: KubeResource>(_ object: R, options: WriteOptions = WriteOptions()) async throws -> R {
        remember(try await store.create(object, options: options))
    }

    /// Updates an object in the store (optimistic concurrency on its resourceVersion).
    @discardableResult
    public func update<R: KubeResource>(_ object: R, options: WriteOptions = WriteOptions()) async throws -> R {
        remember(try await store.update(object, options: options))
    }

    /// Updates an object's status in the store.
    @discardableResult
    public func updateStatus<R: KubeResource>(_ object: R, options: WriteOptions = WriteOptions()) async throws -> R {
        remember(try await store.updateStatus(object, options: options))
    }

    /// Patches an object in the store.
    @discardableResult
    public func patch<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ patch: PatchRequest, options: WriteOptions = WriteOptions()) async throws -> R {
        remember(try await store.patch(type, key, patch, options: options))
    }

    /// Deletes an object; with finalizers it stays, marked for deletion.
    @discardableResult
    public func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: DeleteOptions = DeleteOptions()) async throws -> DeletionResult<R> {
        let result = try await store.delete(type, key, options: options)
        switch result {
        case .pending(let object):
            remember(object)
        case .deleted(let object):
            let revision = Int64(object.metadata.resourceVersion) ?? Int64.max
            overlay.withLock { $0[OverlayKey(kind: ObjectIdentifier(R.self), key: key)] = Written(object: nil, revision: revision) }
        }
        return result
    }

    /// Creates the object, or updates the existing one with the same key to match it (keeping the
    /// stored resourceVersion, so the update is unconditional). Status is not touched.
    @discardableResult
    public func createOrUpdate<R: KubeResource>(_ object: R) async throws -> R {
        for _ in 0 ..< 5 {
            guard let existing = try await get(R.self, object.key) else {
                do {
                    return try await create(object)
                } catch let e as StoreError where e.code == .alreadyExists {
                    continue
                }
            }
            var desired = object
            desired.metadata.resourceVersion = existing.metadata.resourceVersion
            desired.metadata.uid = existing.metadata.uid
            desired.metadata.creationTimestamp = existing.metadata.creationTimestamp
            if try Self.sameDesiredState(desired, existing) { return existing }
            do {
                return try await update(desired)
            } catch let e as StoreError where e.code == .conflict {
                continue
            }
        }
        throw StoreError(.conflict, "createOrUpdate of \(R.pluralName) \(FieldError.goQuote(object.metadata.name)) kept conflicting",
                         kind: R.kind, key: object.key)
    }

    /// Whether two objects agree on everything a writer sets: all but status and the fields the
    /// store manages. An unchanged object is not written again, so a controller that calls
    /// ``createOrUpdate(_:)`` on every reconcile does not trigger itself.
    static func sameDesiredState<R: KubeResource>(_ a: R, _ b: R) throws -> Bool {
        func desired(_ o: R) throws -> JSONValue {
            guard case .object(var top) = try JSONValue(parsing: KubeJSON.encode(o.defaulted())) else { return .null }
            top["status"] = nil
            if case .object(var meta)? = top["metadata"] {
                for field in ["resourceVersion", "uid", "creationTimestamp", "generation", "managedFields", "selfLink",
                              "deletionTimestamp", "deletionGracePeriodSeconds"] { meta[field] = nil }
                top["metadata"] = .object(meta)
            }
            return .object(top)
        }
        return try desired(a) == desired(b)
    }

    @discardableResult
    private func remember<R: KubeResource>(_ object: R) -> R {
        let revision = Int64(object.metadata.resourceVersion) ?? 0
        let key = OverlayKey(kind: ObjectIdentifier(R.self), key: object.key)
        overlay.withLock { o in
            if (o[key]?.revision ?? 0) <= revision { o[key] = Written(object: object, revision: revision) }
        }
        return object
    }
}
