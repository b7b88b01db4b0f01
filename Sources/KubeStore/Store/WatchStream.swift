import KubeModels

/// The producer behind a ``WatchStream``: each backend implements one.
public protocol WatchEventSource<Resource>: AnyObject, Sendable {
    /// The kind watched.
    associatedtype Resource: KubeResource
    /// The next event; `nil` when the watch has ended (stopped, or cancelled). Throws
    /// ``StoreError`` (e.g. `.gone`, or `.tooManyRequests` for a watcher that fell too far behind).
    func next() async throws -> WatchEvent<Resource>?
    /// Ends the watch and releases its resources; a pending ``next()`` returns `nil`.
    func cancel()
}

/// The events of one watch, in revision order: a named `AsyncSequence` of ``WatchEvent``.
///
/// ```swift
/// for try await event in try await store.watch(Pod.self, options: WatchOptions(resourceVersion: rv)) {
///     if case .added(let pod) = event { print(pod.metadata.name) }
/// }
/// ```
/// The watch ends when the consuming task is cancelled, when ``stop()`` is called, or with an error.
public struct WatchStream<R: KubeResource>: AsyncSequence, Sendable {
    public typealias Element = WatchEvent<R>

    let source: any WatchEventSource<R>

    /// Wraps a backend's event source.
    public init(_ source: any WatchEventSource<R>) { self.source = source }

    /// Ends the watch.
    public func stop() { source.cancel() }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let source: any WatchEventSource<R>
        public mutating func next() async throws -> WatchEvent<R>? {
            try await withTaskCancellationHandler {
                try await source.next()
            } onCancel: { [source] in
                source.cancel()
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(source: source) }
}
