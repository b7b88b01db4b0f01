import KubeModels

/// The API server's preparation of objects for each write (upstream's `rest.BeforeCreate`,
/// `rest.BeforeUpdate`, the status strategies and `rest.BeforeDelete`), as pure functions.
enum ObjectPreparation {
    // MARK: Create

    /// Fills the system fields of a new object: the namespace of a cluster-scoped kind is
    /// cleared, `generateName` gets its random suffix, and `uid`, `creationTimestamp` and
    /// `generation` (1) are set; `deletionTimestamp` and `deletionGracePeriodSeconds` are cleared.
    static func prepareCreate<R: KubeResource>(_ object: inout R, semantics: StoreSemantics, now: Time) throws {
        if !R.isNamespaced { object.metadata.namespace = "" }
        if !object.metadata.resourceVersion.isEmpty {
            throw StoreError(.badRequest, "resourceVersion should not be set on objects to be created", kind: R.kind, key: object.key)
        }
        if object.metadata.name.isEmpty && !object.metadata.generateName.isEmpty {
            object.metadata.name = semantics.identifiers.generateName(prefix: object.metadata.generateName)
        }
        object.metadata.uid = semantics.identifiers.uuid()
        object.metadata.creationTimestamp = now
        object.metadata.deletionTimestamp = nil
        object.metadata.deletionGracePeriodSeconds = nil
        object.metadata.generation = 1
    }

    /// The validation of a new object: the kind's rules plus the name rules of storage paths.
    static func validateCreate<R: KubeResource>(_ object: R) -> [FieldError] {
        object.validate() + pathSegmentErrors(object.metadata)
    }

    /// `ValidatePathSegmentName` for `metadata.name` and `metadata.generateName`.
    static func pathSegmentErrors(_ meta: ObjectMeta) -> [FieldError] {
        func check(_ value: String, field: String, prefix: Bool) -> [FieldError] {
            if !prefix && (value == "." || value == "..") {
                return [.invalid(field, .string(value), "may not be '\(value)'")]
            }
            var errors: [FieldError] = []
            for bad in ["/", "%"] where value.contains(bad) {
                errors.append(.invalid(field, .string(value), "may not contain '\(bad)'"))
            }
            return errors
        }
        var errors = check(meta.name, field: "metadata.name", prefix: false)
        if !meta.generateName.isEmpty { errors += check(meta.generateName, field: "metadata.generateName", prefix: true) }
        return errors
    }

    // MARK: Update

    /// Prepares a replacement of `existing` (upstream's `BeforeUpdate` and the update strategies):
    /// the system fields come from the stored object, the stored status is kept, and
    /// `generation` goes up by one when anything but metadata and status changed.
    static func prepareUpdate<R: KubeResource>(_ object: inout R, existing: R) throws {
        if !R.isNamespaced { object.metadata.namespace = "" }
        let old = existing.metadata
        object.metadata.resourceVersion = old.resourceVersion
        object.metadata.generation = old.generation
        if object.metadata.uid.isEmpty { object.metadata.uid = old.uid }
        object.metadata.creationTimestamp = old.creationTimestamp
        object.metadata.deletionTimestamp = old.deletionTimestamp
        object.metadata.deletionGracePeriodSeconds = old.deletionGracePeriodSeconds
        try StatusAccess.copyStatus(from: existing, into: &object)
        if try StatusAccess.specDiffers(object, existing) {
            object.metadata.generation = old.generation + 1
        }
    }

    /// The validation of a replacement: the kind's rules plus `ValidateObjectMetaUpdate`.
    static func validateUpdate<R: KubeResource>(_ object: R, existing: R) -> [FieldError] {
        var errors = object.validate()
        let new = object.metadata, old = existing.metadata
        if new.uid != old.uid {
            errors.append(.invalid("metadata.uid", .string(new.uid), "field is immutable"))
        }
        if old.deletionTimestamp != nil {
            let added = new.finalizers.filter { !old.finalizers.contains($0) }
            if !added.isEmpty {
                let list = "[]string{" + added.map(FieldError.goQuote).joined(separator: ", ") + "}"
                errors.append(.forbidden("metadata.finalizers", "no new finalizers can be added if the object is being deleted, found new finalizers \(list)"))
            }
        }
        return errors
    }

    /// Whether an update that leaves no finalizers removes the object: it was marked for
    /// deletion and has no grace period left (upstream's `ShouldDeleteDuringUpdate`).
    static func deletesDuringUpdate<R: KubeResource>(_ object: R, existing: R) -> Bool {
        object.metadata.finalizers.isEmpty && existing.metadata.deletionTimestamp != nil
            && (existing.metadata.deletionGracePeriodSeconds ?? 0) == 0
    }

    // MARK: Status

    /// Prepares a status update: the stored object with the new status; nothing else changes
    /// (upstream's status strategies and `ResetObjectMetaForStatus`).
    static func prepareStatusUpdate<R: KubeResource>(_ object: R, existing: R) throws -> R {
        var result = existing
        try StatusAccess.copyStatus(from: object, into: &result)
        return result
    }

    // MARK: Delete

    /// What a delete does to a stored object.
    enum DeletePlan<R: KubeResource> {
        /// Remove the object now.
        case deleteNow
        /// Store this state (deletion marked, finalizers pending or a grace period running).
        case mark(R)
        /// The deletion is already pending and nothing changes.
        case unchanged
    }

    /// Checks `DeleteOptions.preconditions` against the stored object.
    static func checkPreconditions<R: KubeResource>(_ options: DeleteOptions, _ existing: R) throws {
        guard let p = options.preconditions else { return }
        if let uid = p.uid, uid != existing.metadata.uid {
            throw StoreError.conflict(R.self, existing.key,
                                      "Precondition failed: UID in precondition: \(uid), UID in object meta: \(existing.metadata.uid)")
        }
        if let rv = p.resourceVersion, rv != existing.metadata.resourceVersion {
            throw StoreError.conflict(R.self, existing.key,
                                      "Precondition failed: ResourceVersion in precondition: \(rv), ResourceVersion in object meta: \(existing.metadata.resourceVersion)")
        }
    }

    /// Plans a delete (upstream's `BeforeDelete`, `updateForGracefulDeletionAndFinalizers` and
    /// `markAsDeleting`).
    static func planDelete<R: KubeResource>(_ existing: R, options: DeleteOptions, semantics: StoreSemantics, now: Time) -> DeletePlan<R> {
        let requested = options.gracePeriodSeconds.map { $0 < 0 ? 1 : $0 }
        var object = existing
        var graceful = false
        var period: Int64 = 0
        if let deletable = existing as? any GracefulDeletion {
            let current = existing.metadata.deletionGracePeriodSeconds ?? 0
            if existing.metadata.deletionTimestamp != nil && current > 0 {
                // Already terminating gracefully: only a shorter grace period changes anything.
                guard let shorter = requested, shorter < current, let ts = existing.metadata.deletionTimestamp else { return .unchanged }
                object.metadata.deletionTimestamp = ts.adding(seconds: shorter - current)
                object.metadata.deletionGracePeriodSeconds = shorter
                graceful = true
                period = shorter
            } else if existing.metadata.deletionTimestamp == nil {
                period = deletable.deletionGracePeriod(requested: requested)
                object.metadata.deletionTimestamp = now.adding(seconds: period)
                object.metadata.deletionGracePeriodSeconds = period
                if object.metadata.generation > 0 { object.metadata.generation += 1 }
                graceful = true
            }
        }
        if semantics.garbageCollectionFinalizers {
            object.metadata.finalizers = gcFinalizers(object.metadata.finalizers, options: options)
        }
        let pendingFinalizers = !object.metadata.finalizers.isEmpty
        if graceful {
            if pendingFinalizers || period > 0 { return .mark(object) }
            return .deleteNow
        }
        guard pendingFinalizers else { return .deleteNow }
        markAsDeleting(&object.metadata, now: now)
        return object == existing ? .unchanged : .mark(object)
    }

    /// Marks an object whose finalizers hold its deletion: `deletionTimestamp` now (unless
    /// earlier), grace period 0, generation bumped on the first mark.
    static func markAsDeleting(_ meta: inout ObjectMeta, now: Time) {
        if meta.deletionTimestamp == nil && meta.generation > 0 { meta.generation += 1 }
        if meta.deletionTimestamp.map({ $0 > now }) ?? true { meta.deletionTimestamp = now }
        meta.deletionGracePeriodSeconds = 0
    }

    static let orphanFinalizer = "orphan"
    static let foregroundFinalizer = "foregroundDeletion"

    /// The garbage collector's finalizers for a delete's propagation policy
    /// (`deletionFinalizersForGarbageCollection`).
    static func gcFinalizers(_ finalizers: [String], options: DeleteOptions) -> [String] {
        var orphan = finalizers.contains(orphanFinalizer)
        var foreground = finalizers.contains(foregroundFinalizer)
        if let o = options.orphanDependents {
            orphan = o
            foreground = false
        } else if let policy = options.propagationPolicy {
            orphan = policy == "Orphan"
            foreground = policy == "Foreground"
        }
        var result = finalizers.filter { $0 != orphanFinalizer && $0 != foregroundFinalizer }
        if orphan { result.append(orphanFinalizer) }
        if foreground { result.append(foregroundFinalizer) }
        return Set(result) == Set(finalizers) ? finalizers : result
    }
}
