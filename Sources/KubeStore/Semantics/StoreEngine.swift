import KubeModels

/// The full ``ResourceStore`` semantics over any ``StorageBackend``: the write path every
/// backend shares (defaulting, validation, admission, system fields, generation, status,
/// optimistic concurrency, finalizers, graceful deletion, patches), list pagination and the
/// resourceVersion rules of list and watch.
///
/// A backend author implements ``StorageBackend`` and wraps it:
/// ```swift
/// let store = StoreEngine(backend: myBackend, semantics: StoreSemantics(clock: clock))
/// ```
public struct StoreEngine<Backend: StorageBackend>: ResourceStore {
    /// The storage.
    public let backend: Backend
    /// The write policy.
    public let semantics: StoreSemantics
    /// Whether the engine encodes objects to enforce ``StoreSemantics/maxObjectSize`` (for
    /// backends that keep typed values); backends that encode anyway check the size of the
    /// bytes they write with ``StoreSemantics/checkSize(_:of:key:)``.
    public let measuresObjectSize: Bool

    /// Creates an engine.
    public init(backend: Backend, semantics: StoreSemantics, measuresObjectSize: Bool) {
        self.backend = backend
        self.semantics = semantics
        self.measuresObjectSize = measuresObjectSize
    }

    // MARK: Reads

    public func get<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R {
        let key = try Self.normalize(R.self, key)
        guard let object = try await backend.read(R.self, key) else { throw StoreError.notFound(R.self, key) }
        return object
    }

    public func list<R: KubeResource>(_ type: R.Type, options: ListOptions) async throws -> ResourceList<R> {
        var request = StorageRange<R>(namespace: R.isNamespaced ? options.namespace : "", limit: max(0, options.limit),
                                      predicate: SelectionPredicate(options))
        if !R.isNamespaced { request.predicate.namespace = "" }
        if let text = options.continueToken, !text.isEmpty {
            if let rv = options.resourceVersion, !rv.isEmpty {
                throw StoreError(.badRequest, "specifying resource version is not allowed when using continue", kind: R.kind)
            }
            let token = try ContinueToken(parsing: text)
            request.revision = token.revision
            request.startAfter = token.lastKey
        } else if let wanted = try ResourceVersion.parseOptional(options.resourceVersion, kind: R.kind), wanted > 0 {
            let current = try await backend.currentRevision()
            if wanted > current {
                throw StoreError(.timeout, "Too large resource version: \(wanted), current: \(current)", kind: R.kind)
            }
        }
        let page = try await backend.range(R.self, request)
        var token: String?
        if page.hasMore, request.limit > 0, let last = page.items.last {
            token = ContinueToken(revision: page.revision, lastKey: last.key).encoded
        }
        let remaining = request.predicate.hasSelectors || token == nil ? nil : page.remainingCount
        return ResourceList(items: page.items, resourceVersion: String(page.revision), continueToken: token, remainingItemCount: remaining)
    }

    public func watch<R: KubeResource>(_ type: R.Type, options: WatchOptions) async throws -> WatchStream<R> {
        var start: Int64?
        if let text = options.resourceVersion, !text.isEmpty, text != "0" {
            start = try ResourceVersion.parse(text, kind: R.kind)
        }
        var predicate = SelectionPredicate(options)
        if !R.isNamespaced { predicate.namespace = "" }
        return try await backend.watch(R.self, StorageWatchRequest(predicate: predicate, startRevision: start,
                                                                   allowBookmarks: options.allowBookmarks))
    }

    public func currentRevision() async throws -> Int64 { try await backend.currentRevision() }

    // MARK: Create

    public func create<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        var prepared = object.defaulted()
        let generated = prepared.metadata.name.isEmpty && !prepared.metadata.generateName.isEmpty
        // As upstream (RetryGenerateName), a generated name that collides is drawn again.
        for attempt in 0 ..< (generated ? 8 : 1) {
            var candidate = prepared
            try ObjectPreparation.prepareCreate(&candidate, semantics: semantics, now: semantics.clock.nowTime)
            let request = AdmissionRequest(.create, R.self, key: candidate.key, dryRun: options.dryRun,
                                           fieldManager: options.fieldManager, store: self)
            if !semantics.admission.mutating.isEmpty {
                try await semantics.admission.mutate(&candidate, old: nil, request: request)
            }
            let errors = ObjectPreparation.validateCreate(candidate)
            if !errors.isEmpty { throw StoreError.invalid(R.self, candidate.key, errors) }
            try checkSize(candidate)
            if !semantics.admission.validating.isEmpty {
                try await semantics.admission.validate(candidate, old: nil, request: request)
            }
            if options.dryRun { return candidate }
            switch try await backend.commit(.create(candidate)) {
            case .committed(let stored):
                return stored
            case .conflict(let current):
                if generated && attempt < 7 { continue }
                throw StoreError.alreadyExists(R.self, candidate.key, beingDeleted: current?.metadata.deletionTimestamp != nil)
            }
        }
        prepared.metadata.name = prepared.metadata.generateName
        throw StoreError.alreadyExists(R.self, prepared.key)
    }

    // MARK: Update

    public func update<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        let key = try Self.normalize(R.self, object.key)
        let wantedRV = object.metadata.resourceVersion
        let incoming = object.defaulted()
        guard var existing = try await backend.read(R.self, key) else { throw StoreError.notFound(R.self, key) }
        for _ in 0 ..< semantics.maxConflictRetries {
            if !wantedRV.isEmpty && wantedRV != existing.metadata.resourceVersion { throw StoreError.conflict(R.self, key) }
            var next = incoming
            let request = AdmissionRequest(.update, R.self, key: key, dryRun: options.dryRun, fieldManager: options.fieldManager, store: self)
            if !semantics.admission.mutating.isEmpty {
                try await semantics.admission.mutate(&next, old: existing, request: request)
            }
            try ObjectPreparation.prepareUpdate(&next, existing: existing)
            let errors = ObjectPreparation.validateUpdate(next, existing: existing)
            if !errors.isEmpty { throw StoreError.invalid(R.self, key, errors) }
            let write: StorageWrite<R>
            let expected = try Self.revision(of: existing)
            if ObjectPreparation.deletesDuringUpdate(next, existing: existing) {
                write = .delete(key, expectedRevision: expected)
            } else {
                if next == existing { return existing }
                try checkSize(next)
                write = .update(next, expectedRevision: expected)
            }
            if !semantics.admission.validating.isEmpty {
                try await semantics.admission.validate(next, old: existing, request: request)
            }
            if options.dryRun { return next }
            switch try await backend.commit(write) {
            case .committed(let stored):
                if case .delete = write {
                    // The last finalizer is gone: the object was removed. Return the update as
                    // written, at the deletion's revision.
                    next.metadata.resourceVersion = stored.metadata.resourceVersion
                    return next
                }
                return stored
            case .conflict(let current):
                guard wantedRV.isEmpty else { throw StoreError.conflict(R.self, key) }
                guard let current else { throw StoreError.notFound(R.self, key) }
                existing = current
            }
        }
        throw StoreError.conflict(R.self, key)
    }

    public func updateStatus<R: KubeResource>(_ object: R, options: WriteOptions) async throws -> R {
        let key = try Self.normalize(R.self, object.key)
        let wantedRV = object.metadata.resourceVersion
        guard var existing = try await backend.read(R.self, key) else { throw StoreError.notFound(R.self, key) }
        for _ in 0 ..< semantics.maxConflictRetries {
            if !wantedRV.isEmpty && wantedRV != existing.metadata.resourceVersion { throw StoreError.conflict(R.self, key) }
            let request = AdmissionRequest(.update, R.self, key: key, subresource: "status", dryRun: options.dryRun,
                                           fieldManager: options.fieldManager, store: self)
            var incoming = object
            if !semantics.admission.mutating.isEmpty {
                try await semantics.admission.mutate(&incoming, old: existing, request: request)
            }
            let next = try ObjectPreparation.prepareStatusUpdate(incoming, existing: existing)
            if next == existing { return existing }
            let errors = next.validate()
            if !errors.isEmpty { throw StoreError.invalid(R.self, key, errors) }
            try checkSize(next)
            if !semantics.admission.validating.isEmpty {
                try await semantics.admission.validate(next, old: existing, request: request)
            }
            if options.dryRun { return next }
            switch try await backend.commit(.update(next, expectedRevision: try Self.revision(of: existing))) {
            case .committed(let stored):
                return stored
            case .conflict(let current):
                guard wantedRV.isEmpty else { throw StoreError.conflict(R.self, key) }
                guard let current else { throw StoreError.notFound(R.self, key) }
                existing = current
            }
        }
        throw StoreError.conflict(R.self, key)
    }

    // MARK: Delete

    public func delete<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: DeleteOptions) async throws -> DeletionResult<R> {
        let key = try Self.normalize(R.self, key)
        let dryRun = options.dryRun.contains("All")
        guard var existing = try await backend.read(R.self, key) else { throw StoreError.notFound(R.self, key) }
        for _ in 0 ..< semantics.maxConflictRetries {
            try ObjectPreparation.checkPreconditions(options, existing)
            let plan = ObjectPreparation.planDelete(existing, options: options, semantics: semantics, now: semantics.clock.nowTime)
            if !semantics.admission.validating.isEmpty {
                let request = AdmissionRequest(.delete, R.self, key: key, dryRun: dryRun, store: self)
                try await semantics.admission.validate(existing, old: nil, request: request)
            }
            let write: StorageWrite<R>
            let expected = try Self.revision(of: existing)
            switch plan {
            case .unchanged:
                return .pending(existing)
            case .mark(let marked):
                if dryRun { return .pending(marked) }
                write = .update(marked, expectedRevision: expected)
            case .deleteNow:
                if dryRun { return .deleted(existing) }
                write = .delete(key, expectedRevision: expected)
            }
            switch try await backend.commit(write) {
            case .committed(let stored):
                if case .delete = write { return .deleted(stored) }
                return .pending(stored)
            case .conflict(let current):
                guard let current else { throw StoreError.notFound(R.self, key) }
                existing = current
            }
        }
        throw StoreError.conflict(R.self, key)
    }

    public func deleteCollection<R: KubeResource>(_ type: R.Type, listOptions: ListOptions, options: DeleteOptions) async throws -> [DeletionResult<R>] {
        var listing = listOptions
        listing.limit = 0
        listing.continueToken = nil
        let items = try await list(R.self, options: listing).items
        var results: [DeletionResult<R>] = []
        results.reserveCapacity(items.count)
        for item in items {
            do {
                results.append(try await delete(R.self, item.key, options: options))
            } catch let e as StoreError where e.code == .notFound {
                continue
            }
        }
        return results
    }

    // MARK: Patch

    public func patch<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ patch: PatchRequest, options: WriteOptions) async throws -> R {
        let key = try Self.normalize(R.self, key)
        let explicitRV = try PatchApplication.resourceVersion(in: patch)
        var attempt = 0
        while true {
            attempt += 1
            guard let existing = try await backend.read(R.self, key) else { throw StoreError.notFound(R.self, key) }
            let document = try JSONForm.value(of: existing)
            let patchedDocument = try PatchApplication.apply(patch, to: document, type: R.self, key: key)
            var patched = try JSONForm.decode(R.self, from: patchedDocument)
            if patched.metadata.name != key.name {
                throw StoreError(.badRequest, "the name of the object (\(patched.metadata.name)) does not match the name on the URL (\(key.name))",
                                 kind: R.kind, key: key)
            }
            if R.isNamespaced && patched.metadata.namespace != key.namespace {
                throw StoreError(.badRequest, "the namespace of the object (\(patched.metadata.namespace)) does not match the namespace on the URL (\(key.namespace))",
                                 kind: R.kind, key: key)
            }
            if explicitRV == nil { patched.metadata.resourceVersion = existing.metadata.resourceVersion }
            do {
                return try await update(patched, options: options)
            } catch let e as StoreError where e.code == .conflict && explicitRV == nil && attempt < semantics.maxConflictRetries {
                continue
            }
        }
    }

    // MARK: Helpers

    /// The key with the namespace cleared for cluster-scoped kinds; a name is required.
    static func normalize<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) throws -> ObjectKey {
        guard !key.name.isEmpty else { throw StoreError(.badRequest, "resource name may not be empty", kind: R.kind, key: key) }
        return R.isNamespaced ? key : ObjectKey(name: key.name)
    }

    /// The stored revision of an object read from the backend.
    static func revision<R: KubeResource>(of object: R) throws -> Int64 {
        guard let rv = Int64(object.metadata.resourceVersion) else {
            throw StoreError(.internalError, "stored object has a malformed resourceVersion \(FieldError.goQuote(object.metadata.resourceVersion))",
                             kind: R.kind, key: object.key)
        }
        return rv
    }

    private func checkSize<R: KubeResource>(_ object: R) throws {
        guard measuresObjectSize, semantics.maxObjectSize != nil else { return }
        let size = try KubeJSON.encode(object).count
        try semantics.checkSize(size, of: R.self, key: object.key)
    }
}
