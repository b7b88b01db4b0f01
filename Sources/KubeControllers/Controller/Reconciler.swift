import KubeModels
import KubeStore

/// Level-based reconciliation: given a key, read the current state and make the world match it.
///
/// The reconciler is not told what changed: it reads the object through `context.client` (an
/// absent object means it was deleted) and acts. Return ``ReconcileResult/done`` or ask to be
/// called again later; throw to be retried with back-off (a ``TerminalError`` is not retried).
public protocol Reconciler: Sendable {
    /// Reconciles the object with this key.
    func reconcile(_ key: ObjectKey, context: ReconcileContext) async throws -> ReconcileResult
}

/// What a reconcile asks for next.
public enum ReconcileResult: Sendable, Hashable {
    /// Nothing more until something changes.
    case done
    /// Reconcile this key again after a while (for polling external state, or TTLs).
    case requeue(after: Swift.Duration)
}

/// What a reconcile can use: the client (cached reads with read-your-own-writes, writes to the
/// store), the clock, and an event recorder.
public struct ReconcileContext: Sendable {
    /// Reads and writes objects.
    public let client: KubeClient
    /// The time source.
    public let clock: any KubeClock
    /// Records events about objects.
    public let events: EventRecorder
    /// How many times this key has failed in a row before this attempt.
    public let failures: Int

    /// Creates a context.
    public init(client: KubeClient, clock: any KubeClock, events: EventRecorder, failures: Int = 0) {
        self.client = client
        self.clock = clock
        self.events = events
        self.failures = failures
    }
}

/// An error that retrying will not fix (invalid spec, missing configuration): the controller
/// records it and does not retry until the object changes.
public struct TerminalError: Error, Sendable, CustomStringConvertible {
    /// The cause.
    public var underlying: any Error
    /// Wraps an error as terminal.
    public init(_ underlying: any Error) { self.underlying = underlying }
    public var description: String { "terminal error: \(underlying)" }
}

/// A reconciler made from a closure.
public struct ReconcilerFunction: Reconciler {
    let body: @Sendable (ObjectKey, ReconcileContext) async throws -> ReconcileResult
    /// Wraps a closure.
    public init(_ body: @escaping @Sendable (ObjectKey, ReconcileContext) async throws -> ReconcileResult) { self.body = body }
    public func reconcile(_ key: ObjectKey, context: ReconcileContext) async throws -> ReconcileResult { try await body(key, context) }
}
