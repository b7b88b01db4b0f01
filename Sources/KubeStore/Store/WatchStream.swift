import KubeModels

/// The producer behind a ``WatchStream``: each backend implements one.
public protocol WatchEventSource<Resource>: AnyObject, Sendable {
    /// The kind watched.
    associatedtype Resource: KubeResource
    /// The next event; `nil` when the watch has ended (stopped, or cancelled). Throws
    /// ``StoreError`` (e.g. `.gone`, or `.tooManyRequests` for a watcher that fell too far behind).
    func next() async throws -> WatchEvent<Resource>?
    /// The next events, in order (at least one), or `nil` when the watch has ended. A backend
    /// that reads in batches returns a whole batch, so the stream hands events out without a
    /// call per event. The default returns one event from ``next()``.
    func nextBatch() async throws -> [WatchEvent<Resource>]?
    /// Ends the watch and releases its resources; a pending ``next()`` returns `nil`.
    func cancel()
}

extension WatchEventSource {
    /// One event from ``next()``.
    public func nextBatch() async throws -> [WatchEvent<Resource>]? {
        try await next().map { [$0] }
    }
}

/// The events of one watch, in revision order: a named `AsyncSequence` of ``WatchEvent``.
///
/// ```swift
/// for try await event in try await store.watch(Pod.self, options: WatchOptions(resourceVersion: rv)) {
///     if case .added(let pod) = event { print(pod.metadata.name) }
/// }
/// ```
/// The watch ends when the consuming task is cancelled, when ``stop()`` is called, or with an error
/// (events the iterator already holds, at most one backend batch, are still handed out first).
/// Consume a stream from one task at a time.
public struct WatchStream<R: KubeResource>: AsyncSequence, Sendable {
    public typealias Element = WatchEvent<R>

    @usableFromInline let source: any WatchEventSource<R>

    /// Wraps a backend's event source.
    public init(_ source: any WatchEventSource<R>) { self.source = source }

    /// Ends the watch.
    public func stop() { source.cancel() }

    public struct AsyncIterator: AsyncIteratorProtocol {
        @usableFromInline let source: any WatchEventSource<R>
        /// Events of the last batch not handed out yet, last first (so each is moved out).
        @usableFromInline var pending: [WatchEvent<R>] = []

        @usableFromInline init(source: any WatchEventSource<R>) { self.source = source }

        @inlinable
        public mutating func next() async throws -> WatchEvent<R>? {
            if let event = pending.popLast() { return event }
            return try await refill()
        }

        @usableFromInline
        mutating func refill() async throws -> WatchEvent<R>? {
            let source = self.source
            guard var next = try await withTaskCancellationHandler(operation: {
                try await source.nextBatch()
            }, onCancel: {
                source.cancel()
            }), !next.isEmpty else { return nil }
            next.reverse()
            pending = next
            return pending.popLast()
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(source: source) }
}
