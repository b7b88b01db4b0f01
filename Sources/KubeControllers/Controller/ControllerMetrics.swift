import KubeModels
import Synchronization

/// Counters of a controller's reconciles; bridge them to your metrics system by reading them, or
/// pass an `observer` closure that is called after every reconcile.
public final class ControllerMetrics: Sendable {
    /// A snapshot of the counters.
    public struct Snapshot: Sendable, Hashable {
        /// Reconciles run.
        public var reconciles = 0
        /// Reconciles that threw.
        public var errors = 0
        /// Total reconcile time, in seconds.
        public var totalSeconds: Double = 0
        /// Reconcile durations by upper bound in seconds (a histogram, controller-runtime's buckets).
        public var durationBuckets: [Double: Int] = [:]
    }

    /// The histogram's upper bounds, in seconds.
    public static let bucketBounds: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30, 60]

    private let state = Mutex(Snapshot())
    private let observer: (@Sendable (ObjectKey, Swift.Duration, (any Error)?) -> Void)?

    /// Creates counters, optionally with a closure called after every reconcile.
    public init(observer: (@Sendable (ObjectKey, Swift.Duration, (any Error)?) -> Void)? = nil) { self.observer = observer }

    /// The counters now.
    public var snapshot: Snapshot { state.withLock { $0 } }

    func record(key: ObjectKey, duration: Swift.Duration, error: (any Error)?) {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        state.withLock { s in
            s.reconciles += 1
            if error != nil { s.errors += 1 }
            s.totalSeconds += seconds
            let bound = Self.bucketBounds.first { seconds <= $0 } ?? .infinity
            s.durationBuckets[bound, default: 0] += 1
        }
        observer?(key, duration, error)
    }
}
