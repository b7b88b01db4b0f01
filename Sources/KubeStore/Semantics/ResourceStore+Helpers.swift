import KubeModels

/// How ``ResourceStore/retryOnConflict(_:clock:_:)`` waits between attempts (client-go's
/// `wait.Backoff`).
public struct ConflictBackoff: Sendable, Hashable {
    /// How many attempts in all.
    public var steps: Int
    /// The first wait.
    public var duration: Swift.Duration
    /// The factor each wait is multiplied by.
    public var factor: Double
    /// Up to this fraction of each wait is added at random.
    public var jitter: Double

    /// Creates a back-off.
    public init(steps: Int, duration: Swift.Duration, factor: Double = 1, jitter: Double = 0) {
        self.steps = steps
        self.duration = duration
        self.factor = factor
        self.jitter = jitter
    }

    /// client-go's `retry.DefaultRetry`: 5 attempts, 10 ms apart, 10% jitter.
    public static let `default` = ConflictBackoff(steps: 5, duration: .milliseconds(10), factor: 1, jitter: 0.1)
    /// client-go's `retry.DefaultBackoff`: 4 attempts from 10 ms, factor 5, 10% jitter.
    public static let exponential = ConflictBackoff(steps: 4, duration: .milliseconds(10), factor: 5, jitter: 0.1)
}

extension ResourceStore {
    /// Runs `body` again while it fails with a `.conflict`, waiting between attempts, as
    /// client-go's `retry.RetryOnConflict`. The last conflict is rethrown when the attempts run out.
    ///
    /// ```swift
    /// try await store.retryOnConflict {
    ///     var pod = try await store.get(Pod.self, key)
    ///     pod.metadata.labels["seen"] = "true"
    ///     return try await store.update(pod)
    /// }
    /// ```
    public func retryOnConflict<T: Sendable>(_ backoff: ConflictBackoff = .default, clock: any KubeClock = SystemClock(),
                                             _ body: () async throws -> T) async throws -> T {
        var wait = backoff.duration
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await body()
            } catch let e as StoreError where e.code == .conflict && attempt < backoff.steps {
                var pause = wait
                if backoff.jitter > 0 { pause += wait * Double.random(in: 0 ... backoff.jitter) }
                try await clock.sleep(for: pause)
                wait = wait * backoff.factor
            }
        }
    }

    /// Creates `object`, or, when it exists, updates the stored object to match it: labels,
    /// annotations, owner references and everything outside metadata and status are taken from
    /// `object`; the stored finalizers are kept unless `object` names its own. Conflicts are retried.
    ///
    /// ```swift
    /// var page = ConfigMap(name: "site-content", namespace: "default")
    /// page.data = ["index.html": html]
    /// try await store.createOrUpdate(page)
    /// ```
    @discardableResult
    public func createOrUpdate<R: KubeResource>(_ object: R, options: WriteOptions = WriteOptions(),
                                                clock: any KubeClock = SystemClock()) async throws -> R {
        try await createOrUpdate(R.self, object.key, options: options, clock: clock) { current in
            var desired = object
            desired.metadata.uid = current.metadata.uid
            desired.metadata.resourceVersion = current.metadata.resourceVersion
            desired.metadata.creationTimestamp = current.metadata.creationTimestamp
            if desired.metadata.finalizers.isEmpty { desired.metadata.finalizers = current.metadata.finalizers }
            if desired.metadata.managedFields.isEmpty { desired.metadata.managedFields = current.metadata.managedFields }
            current = desired
        }
    }

    /// Reads the object at `key` (or starts from an empty one), lets `mutate` change it, and
    /// creates or updates it, as controller-runtime's `CreateOrUpdate`. Nothing is written when
    /// `mutate` changes nothing. Conflicts are retried.
    @discardableResult
    public func createOrUpdate<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, options: WriteOptions = WriteOptions(),
                                                clock: any KubeClock = SystemClock(),
                                                mutate: @Sendable (inout R) throws -> Void) async throws -> R {
        try await retryOnConflict(.default, clock: clock) {
            if let current = try await getIfPresent(R.self, key) {
                var changed = current
                try mutate(&changed)
                if changed == current { return current }
                return try await update(changed, options: options)
            }
            var fresh = R(name: key.name, namespace: key.namespace)
            try mutate(&fresh)
            fresh.metadata.resourceVersion = ""
            do {
                return try await create(fresh, options: options)
            } catch let e as StoreError where e.code == .alreadyExists {
                throw StoreError.conflict(R.self, key)   // created meanwhile: read it and try again
            }
        }
    }
}
