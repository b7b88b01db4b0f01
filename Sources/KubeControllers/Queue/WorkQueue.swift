import Foundation
import KubeModels
import Synchronization

/// A work queue with client-go's guarantees: an item queued several times is processed once; an
/// item is never handed to two workers at once; an item added while it is processed is processed
/// again after ``done(_:)``; delayed and rate-limited adds; graceful shutdown that drains.
///
/// Beyond client-go, items carry a ``Priority``: changes (`.high`) are served before items from
/// an initial list or a resync (`.low`), so a real change is not stuck behind a resync of
/// 100,000 objects. Delayed adds are moved into the queue by ``run()``, which a controller runs
/// beside its workers; all timing comes from the injected clock.
///
/// ```swift
/// let queue = WorkQueue<ObjectKey>(clock: clock)
/// try await withThrowingTaskGroup(of: Void.self) { group in
///     group.addTask { try await queue.run() }
///     while let key = await queue.next() {
///         defer { Task { await queue.done(key) } }   // or call done after processing
///     }
/// }
/// ```
public actor WorkQueue<Item: Hashable & Sendable> {
    /// Which items are served first.
    public enum Priority: Int, Sendable, Comparable {
        /// Items from an initial list or a periodic resync.
        case low
        /// Items from an observed change.
        case high

        public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
    }

    /// Counters, for metrics.
    public struct Metrics: Sendable, Hashable {
        /// Items accepted by ``add(_:priority:)`` (not counting duplicates).
        public var adds = 0
        /// Items handed to workers.
        public var gets = 0
        /// Rate-limited re-adds.
        public var retries = 0
        /// Items waiting now (the queue's depth).
        public var depth = 0
        /// Items being processed now.
        public var processing = 0
        /// Items waiting for their delay.
        public var delayed = 0
        /// Total time items spent queued before a worker took them, in seconds of the clock.
        public var totalQueueLatency: Double = 0
    }

    private let clock: any KubeClock
    private let rateLimiter: any RateLimiter<Item>

    private var high = RingBuffer<Item>()
    private var low = RingBuffer<Item>()
    /// Where each queued item is (an item in both buffers is served from the one recorded here).
    private var queuedIn: [Item: Priority] = [:]
    /// Items that need processing, with when they were first queued.
    private var dirty: [Item: (priority: Priority, since: Date)] = [:]
    private var processing: Set<Item> = []
    private var waiters: [CheckedContinuation<Item?, Never>] = []
    private var drainWaiters: [CheckedContinuation<Void, Never>] = []
    private var shuttingDown = false
    private var counters = Metrics()

    private var delayed = DelayHeap<Item>()
    private let wake = WakeSignal()

    /// Creates a queue; the default rate limiter is client-go's controller default.
    public init(clock: any KubeClock = SystemClock(), rateLimiter: (any RateLimiter<Item>)? = nil) {
        self.clock = clock
        self.rateLimiter = rateLimiter ?? MaxOfRateLimiter<Item>.controllerDefault(clock: clock)
    }

    // MARK: Adding

    /// Queues an item unless it is already waiting; an item being processed is queued again
    /// once it is done. Adding a waiting `.low` item with `.high` raises it.
    public func add(_ item: Item, priority: Priority = .high) {
        if shuttingDown { return }
        if let existing = dirty[item] {
            if priority > existing.priority {
                dirty[item] = (priority, existing.since)
                if queuedIn[item] != nil { enqueue(item, priority) }
            }
            return
        }
        counters.adds += 1
        dirty[item] = (priority, clock.now)
        if processing.contains(item) { return }
        enqueue(item, priority)
    }

    /// Adds an item after `delay` (at once when the delay is not positive).
    public func add(_ item: Item, after delay: Swift.Duration, priority: Priority = .high) {
        if shuttingDown { return }
        guard delay > .zero else {
            add(item, priority: priority)
            return
        }
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        if delayed.schedule(item, at: clock.now.addingTimeInterval(seconds), priority: priority.rawValue) {
            wakeDelayLoop()
        }
    }

    /// Adds an item after the wait its rate limiter decides (client-go's `AddRateLimited`).
    public func addRateLimited(_ item: Item, priority: Priority = .high) {
        counters.retries += 1
        add(item, after: rateLimiter.when(item), priority: priority)
    }

    /// Stops tracking an item's failures (call after it was processed successfully).
    public func forget(_ item: Item) { rateLimiter.forget(item) }

    /// How many times `item` was rate limited since it was last forgotten.
    public func numRequeues(_ item: Item) -> Int { rateLimiter.numRequeues(item) }

    private func enqueue(_ item: Item, _ priority: Priority) {
        if let waiter = waiters.first {
            waiters.removeFirst()
            hand(item)
            waiter.resume(returning: item)
            return
        }
        queuedIn[item] = priority
        if priority == .high { high.append(item) } else { low.append(item) }
    }

    private func hand(_ item: Item) {
        queuedIn[item] = nil
        if let entry = dirty.removeValue(forKey: item) {
            counters.totalQueueLatency += max(0, clock.now.timeIntervalSince(entry.since))
        }
        processing.insert(item)
        counters.gets += 1
    }

    // MARK: Taking

    /// The next item to process, waiting until there is one; `nil` once the queue shuts down.
    /// Call ``done(_:)`` when finished with it.
    public func next() async -> Item? {
        if let item = popQueued() {
            hand(item)
            return item
        }
        if shuttingDown { return nil }
        return await withCheckedContinuation { waiters.append($0) }
    }

    private func popQueued() -> Item? {
        while let item = high.popFirst() {
            if queuedIn[item] == .high { return item }
        }
        while let item = low.popFirst() {
            if queuedIn[item] == .low { return item }
        }
        return nil
    }

    /// Marks an item processed; if it was added meanwhile, it is queued again.
    public func done(_ item: Item) {
        guard processing.remove(item) != nil else { return }
        if let entry = dirty[item] {
            enqueue(item, entry.priority)
        }
        if processing.isEmpty, !drainWaiters.isEmpty {
            let waiting = drainWaiters
            drainWaiters = []
            waiting.forEach { $0.resume() }
        }
    }

    // MARK: State

    /// Items waiting to be processed (client-go's `Len`).
    public var count: Int { queuedIn.count }

    /// Whether ``shutDown()`` was called.
    public var isShuttingDown: Bool { shuttingDown }

    /// A snapshot of the counters.
    public var metrics: Metrics {
        var m = counters
        m.depth = queuedIn.count
        m.processing = processing.count
        m.delayed = delayed.count
        return m
    }

    // MARK: Shutdown

    /// Stops accepting items; waiting workers get `nil`; queued items are still handed out.
    public func shutDown() {
        shuttingDown = true
        let waiting = waiters
        waiters = []
        waiting.forEach { $0.resume(returning: nil) }
        wakeDelayLoop()
    }

    /// Shuts down, then waits until every item being processed is done.
    public func shutDownWithDrain() async {
        shutDown()
        if processing.isEmpty { return }
        await withCheckedContinuation { drainWaiters.append($0) }
    }

    // MARK: Delay loop

    /// Moves delayed items into the queue when their time comes, until the queue shuts down or
    /// the task is cancelled. Run it beside the workers.
    public func run() async throws {
        while !shuttingDown {
            try Task.checkCancellation()
            let now = clock.now
            while let ready = delayed.popReady(now: now) {
                add(ready.item, priority: Priority(rawValue: ready.priority) ?? .high)
            }
            let deadline = delayed.nextDeadline
            await sleepUntilWoken(deadline: deadline)
        }
    }

    private func sleepUntilWoken(deadline: Date?) async {
        let clock = self.clock
        let wake = self.wake
        await withTaskGroup(of: Void.self) { group in
            if let deadline {
                group.addTask { try? await clock.sleep(until: deadline) }
            }
            group.addTask { await wake.wait() }
            await group.next()
            group.cancelAll()
        }
    }

    private func wakeDelayLoop() { wake.signal() }
}

/// One waiter that a signal or cancellation resumes (the delay loop's wake-up call).
final class WakeSignal: Sendable {
    private struct State {
        var waiter: CheckedContinuation<Void, Never>?
        var pending = false
    }

    private let state = Mutex(State())

    /// Waits until ``signal()`` (or returns at once if one came since the last wait) or cancellation.
    func wait() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let (resumeNow, previous) = state.withLock { s -> (Bool, CheckedContinuation<Void, Never>?) in
                    if s.pending {
                        s.pending = false
                        return (true, nil)
                    }
                    let old = s.waiter
                    s.waiter = c
                    return (false, old)
                }
                previous?.resume()
                if resumeNow { c.resume() } else if Task.isCancelled { cancelWaiter() }
            }
        } onCancel: {
            cancelWaiter()
        }
    }

    /// Wakes the waiter, or the next one to wait.
    func signal() {
        let c = state.withLock { s -> CheckedContinuation<Void, Never>? in
            guard let w = s.waiter else {
                s.pending = true
                return nil
            }
            s.waiter = nil
            return w
        }
        c?.resume()
    }

    private func cancelWaiter() {
        let c = state.withLock { s -> CheckedContinuation<Void, Never>? in
            let w = s.waiter
            s.waiter = nil
            return w
        }
        c?.resume()
    }
}
