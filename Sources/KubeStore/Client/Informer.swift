import Foundation
import KubeModels
import Synchronization

/// Keeps a local cache of one kind in step with a store (client-go's reflector + shared
/// informer): it lists, then watches from the list's revision; on `gone` (or a watch that
/// breaks) it relists and delivers the difference; errors back off on the injected clock.
///
/// Read the cache through ``lister``; react to changes with ``addHandler(_:)`` (handlers run one
/// at a time, in revision order; a slow handler slows the informer rather than growing a buffer)
/// or by iterating ``events(capacity:)``. Run it with ``run()`` until cancelled.
///
/// ```swift
/// let pods = Informer(Pod.self, store: store)
/// pods.addHandler { event in await queue.add(event.object.key) }
/// try await withThrowingTaskGroup(of: Void.self) { group in
///     group.addTask { try await pods.run() }
///     try await pods.waitUntilSynced()
///     print(pods.lister.list(namespace: "default").count)
/// }
/// ```
public final class Informer<R: KubeResource>: Sendable {
    /// What to cache and how.
    public struct Configuration: Sendable {
        /// The namespace to follow; `""` for all.
        public var namespace: String = ""
        /// Only objects matching this label selector.
        public var labelSelector: Labels.Selector?
        /// Only objects matching this field selector.
        public var fieldSelector: Fields.Selector?
        /// Deliver every cached object again as `.resync` updates this often (`nil`: never).
        public var resyncPeriod: Swift.Duration?
        /// Page size of the list.
        public var pageSize: Int = 500
        /// A function that trims objects before caching (e.g. drop managedFields).
        public var transform: (@Sendable (R) -> R)?
        /// Extra indexes by name (`namespace` is built in).
        public var indexers: [String: IndexFunction<R>] = [:]
        /// Back-off after a failed list or watch: initial and maximum (client-go's reflector: 800 ms .. 30 s).
        public var initialBackoff: Swift.Duration = .milliseconds(800)
        public var maxBackoff: Swift.Duration = .seconds(30)

        /// Creates a configuration.
        public init(namespace: String = "", labelSelector: Labels.Selector? = nil, fieldSelector: Fields.Selector? = nil,
                    resyncPeriod: Swift.Duration? = nil, indexers: [String: IndexFunction<R>] = [:],
                    transform: (@Sendable (R) -> R)? = nil) {
            self.namespace = namespace
            self.labelSelector = labelSelector
            self.fieldSelector = fieldSelector
            self.resyncPeriod = resyncPeriod
            self.indexers = indexers
            self.transform = transform
        }
    }

    /// A handler: called once per event, one at a time, in order.
    public typealias Handler = @Sendable (InformerEvent<R>) async -> Void

    /// What flows from the reflector to the handlers: events, and the end of each list.
    enum Delivery: Sendable {
        case event(InformerEvent<R>)
        case listed
    }

    private struct Shared {
        var handlers: [Handler] = []
        var synced = false
        var syncWaiters: [CheckedContinuation<Void, Never>] = []
        var relists = 0
    }

    /// Read access to the cache.
    public let lister: Lister<R>
    private let store: any ResourceStore
    private let configuration: Configuration
    private let clock: any KubeClock
    private let cache: InformerCache<R>
    private let shared = Mutex(Shared())

    /// Creates an informer for kind `R` over `store`.
    public init(_ type: R.Type, store: any ResourceStore, configuration: Configuration = Configuration(),
                clock: any KubeClock = SystemClock()) {
        self.store = store
        self.configuration = configuration
        self.clock = clock
        cache = InformerCache(indexers: configuration.indexers)
        lister = Lister(cache: cache)
    }

    /// Adds a handler. Handlers added before ``run()`` see the initial list as `.added` events.
    public func addHandler(_ handler: @escaping Handler) {
        shared.withLock { $0.handlers.append(handler) }
    }

    /// The events as an `AsyncSequence` that holds at most `capacity` undelivered events
    /// (the informer waits for the consumer beyond that). Create it before ``run()``.
    public func events(capacity: Int = 1024) -> InformerEventStream<R> {
        let channel = BoundedChannel<InformerEvent<R>>(capacity: capacity)
        addHandler { await channel.send($0) }
        return InformerEventStream(channel: channel)
    }

    /// Whether the first list has been cached and delivered.
    public var hasSynced: Bool { shared.withLock { $0.synced } }

    /// How many times the informer has listed (1 after the first list).
    public var listCount: Int { shared.withLock { $0.relists } }

    /// Waits until the first list has been cached and delivered to the handlers.
    public func waitUntilSynced() async throws {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let done = shared.withLock { s -> Bool in
                if s.synced { return true }
                s.syncWaiters.append(c)
                return false
            }
            if done { c.resume() }
        }
        try Task.checkCancellation()
    }

    // MARK: Running

    /// Lists and watches until the task is cancelled.
    public func run() async throws {
        let channel = BoundedChannel<Delivery>(capacity: 256)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [self] in
                defer { channel.finish() }
                try await self.reflect(into: channel)
            }
            if let period = configuration.resyncPeriod {
                group.addTask { [self] in
                    while true {
                        try await self.clock.sleep(for: period)
                        for object in self.lister.list() {
                            await channel.send(.event(InformerEvent(change: .updated, object: object, oldObject: object, origin: .resync)))
                        }
                    }
                }
            }
            group.addTask { [self] in
                while let delivery = await channel.receive() {
                    switch delivery {
                    case .event(let event):
                        let handlers = self.shared.withLock { $0.handlers }
                        for h in handlers { await h(event) }
                    case .listed:
                        self.markSynced()
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private func reflect(into channel: BoundedChannel<Delivery>) async throws {
        var backoff = configuration.initialBackoff
        while true {
            try Task.checkCancellation()
            do {
                let rv = try await relist(into: channel)
                backoff = configuration.initialBackoff
                try await watch(from: rv, into: channel)
            } catch let e as StoreError where e.code == .gone || e.code == .expired {
                continue  // too old: list again at once
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                try await clock.sleep(for: backoff)
                backoff = min(backoff * 2, configuration.maxBackoff)
            }
        }
    }

    /// Lists every page, replaces the cache, and delivers the difference from the old cache.
    private func relist(into channel: BoundedChannel<Delivery>) async throws -> String {
        var items: [R] = []
        var options = ListOptions(namespace: configuration.namespace, labelSelector: configuration.labelSelector,
                                  fieldSelector: configuration.fieldSelector, limit: configuration.pageSize)
        var rv = ""
        repeat {
            let page = try await store.list(R.self, options: options)
            if rv.isEmpty { rv = page.resourceVersion }
            items.append(contentsOf: configuration.transform.map { page.items.map($0) } ?? page.items)
            options.continueToken = page.continueToken
        } while options.continueToken != nil
        let old = cache.replace(items, resourceVersion: rv)
        for object in items {
            if let previous = old[object.key] {
                if previous != object {
                    await channel.send(.event(InformerEvent(change: .updated, object: object, oldObject: previous, origin: .list)))
                }
            } else {
                await channel.send(.event(InformerEvent(change: .added, object: object, origin: .list)))
            }
        }
        let present = Set(items.map(\.key))
        for (key, previous) in old where !present.contains(key) {
            await channel.send(.event(InformerEvent(change: .deleted, object: previous, origin: .list)))
        }
        await channel.send(.listed)
        return rv
    }

    /// Marks the informer synced: the list's events have reached the handlers.
    private func markSynced() {
        let waiters = shared.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.relists += 1
            guard !s.synced else { return [] }
            s.synced = true
            let w = s.syncWaiters
            s.syncWaiters = []
            return w
        }
        waiters.forEach { $0.resume() }
    }

    /// Follows the watch from `rv`; a watch that ends is resumed from the last revision seen.
    private func watch(from rv: String, into channel: BoundedChannel<Delivery>) async throws {
        var last = rv
        while true {
            let stream = try await store.watch(R.self, options: WatchOptions(
                namespace: configuration.namespace, labelSelector: configuration.labelSelector,
                fieldSelector: configuration.fieldSelector, resourceVersion: last, allowBookmarks: true))
            for try await event in stream {
                switch event {
                case .bookmark(let version):
                    cache.setResourceVersion(version)
                case .added(let o), .modified(let o):
                    let object = configuration.transform?(o) ?? o
                    let old = cache.upsert(object, resourceVersion: o.metadata.resourceVersion)
                    await channel.send(.event(InformerEvent(change: old == nil ? .added : .updated, object: object, oldObject: old, origin: .watch)))
                case .deleted(let o):
                    let old = cache.remove(o.key, resourceVersion: o.metadata.resourceVersion)
                    await channel.send(.event(InformerEvent(change: .deleted, object: old ?? (configuration.transform?(o) ?? o), origin: .watch)))
                }
                last = event.resourceVersion
            }
            try Task.checkCancellation()
        }
    }
}

/// The events of an informer as an `AsyncSequence` (see ``Informer/events(capacity:)``).
public struct InformerEventStream<R: KubeResource>: AsyncSequence, Sendable {
    public typealias Element = InformerEvent<R>
    let channel: BoundedChannel<InformerEvent<R>>

    public struct AsyncIterator: AsyncIteratorProtocol {
        let channel: BoundedChannel<InformerEvent<R>>
        public mutating func next() async -> InformerEvent<R>? { await channel.receive() }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(channel: channel) }
}
