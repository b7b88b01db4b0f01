import Dispatch
import Synchronization

/// Group commit over a ``SegmentWriter``: concurrent writers enqueue records, and one of them, the
/// leader, writes the whole batch, makes it durable with one `fdatasync`, runs each record's
/// `onDurable` action in sequence order, and only then resumes every writer of the batch.
///
/// No background task: the first writer to find no leader becomes the leader; when its batch is
/// done it hands the role to the first writer that queued meanwhile. Before taking a batch the
/// leader lets writers that are still preparing a record (see ``beginWrite()``) join it, by
/// yielding a bounded number of times. Blocking file I/O runs on a private serial dispatch queue,
/// so it never occupies a thread of Swift's cooperative pool.
///
/// After a write or sync fails, the log is failed: the batch in flight and every later append
/// throw, since what reached the disk is unknown (as etcd and PostgreSQL do on fsync failure).
final class GroupCommitLog: Sendable {
    /// What ``append(_:)``'s `prepare` decides.
    enum Prepared<T: Sendable> {
        /// Append this record; return `result` once it is durable and `onDurable` has run.
        case append(payload: [UInt8], payloadCRC: UInt32, onDurable: (@Sendable () async throws -> Void)?, result: T)
        /// Append nothing; return `result` now.
        case done(T)
    }

    private enum Role { case done, lead }

    private struct Entry {
        var sequence: UInt64
        var payload: [UInt8]
        var payloadCRC: UInt32
        var onDurable: (@Sendable () async throws -> Void)?
        /// Resumed when the entry is durable (or handed the leader role); `nil` for the leader's own.
        var waiter: UnsafeContinuation<Role, any Error>?
    }

    private struct State {
        var nextSequence: UInt64
        var pending: [Entry] = []
        var leading = false
        /// Writers between ``beginWrite()`` and ``endWrite()``.
        var active = 0
        var failure: (any Error)?
        /// Every record up to this sequence is durable and its `onDurable` has run.
        var appliedThrough: UInt64
        /// Callers of ``waitUntilApplied(_:)``.
        var appliedWaiters: [(sequence: UInt64, waiter: UnsafeContinuation<Void, Never>)] = []

        /// Takes the waiters whose sequence has been applied.
        mutating func takeApplied() -> [UnsafeContinuation<Void, Never>] {
            guard !appliedWaiters.isEmpty else { return [] }
            var ready: [UnsafeContinuation<Void, Never>] = []
            appliedWaiters.removeAll { w in
                if w.sequence <= appliedThrough || failure != nil {
                    ready.append(w.waiter)
                    return true
                }
                return false
            }
            return ready
        }
    }

    private let state: Mutex<State>
    private let writer: Mutex<SegmentWriter>
    private let io = DispatchQueue(label: "KubeStore.FileStore.log")
    /// The most bytes one batch writes (a larger record still goes alone).
    let maxBatchBytes: Int
    /// How many times a leader yields, at most, to let preparing writers join its batch.
    let maxGatherYields: Int

    /// Wraps a writer; the next record gets `nextSequence`.
    init(writer: sending SegmentWriter, nextSequence: UInt64, maxBatchBytes: Int = 8 << 20, maxGatherYields: Int = 32) {
        state = Mutex(State(nextSequence: nextSequence, appliedThrough: nextSequence - 1))
        self.writer = Mutex(writer)
        self.maxBatchBytes = maxBatchBytes
        self.maxGatherYields = maxGatherYields
    }

    /// The sequence number the next record will get.
    var nextSequence: UInt64 { state.withLock { $0.nextSequence } }

    /// Marks a writer as preparing a record: a leader about to write a batch waits briefly for
    /// it. Pair with ``endWrite()``.
    func beginWrite() { state.withLock { $0.active += 1 } }

    /// Ends what ``beginWrite()`` started.
    func endWrite() { state.withLock { $0.active -= 1 } }

    /// Appends a record durably. `prepare` runs under the log's lock with the sequence number the
    /// record will get, so records are logged in the order their sequence numbers were handed out;
    /// it may decline (``Prepared/done(_:)``) or throw, and then nothing is appended.
    func append<T: Sendable>(_ prepare: (UInt64) throws -> Prepared<T>) async throws -> T {
        var result: T?
        let role: Role = try await withUnsafeThrowingContinuation { c in
            let now: Result<Role, any Error>? = state.withLock { s in
                if let failure = s.failure { return .failure(failure) }
                do {
                    switch try prepare(s.nextSequence) {
                    case .done(let r):
                        result = r
                        return .success(.done)
                    case .append(let payload, let crc, let onDurable, let r):
                        result = r
                        let lead = !s.leading
                        s.pending.append(Entry(sequence: s.nextSequence, payload: payload, payloadCRC: crc, onDurable: onDurable,
                                               waiter: lead ? nil : c))
                        s.nextSequence += 1
                        if lead {
                            s.leading = true
                            return .success(.lead)
                        }
                        return nil
                    }
                } catch {
                    return .failure(error)
                }
            }
            if let now { c.resume(with: now) }
        }
        if role == .lead { try await lead() }
        guard let result else { throw FileStoreError(.ioFailure, "internal error: a log append finished without a result") }
        return result
    }

    /// Writes, syncs and applies one batch, resumes its writers, and hands the role on.
    private func lead() async throws {
        var yields = 0
        while yields < maxGatherYields, state.withLock({ $0.active > $0.pending.count }) {
            await Task.yield()
            yields += 1
        }
        let batch = state.withLock { s -> [Entry] in
            var bytes = 0
            var n = 0
            while n < s.pending.count && (n == 0 || bytes + s.pending[n].payload.count <= maxBatchBytes) {
                bytes += LogFormat.frameSize(payload: s.pending[n].payload.count)
                n += 1
            }
            let taken = Array(s.pending.prefix(n))
            s.pending.removeFirst(n)
            return taken
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(batch.reduce(0) { $0 + LogFormat.frameSize(payload: $1.payload.count) })
        for e in batch { LogFormat.appendFrame(&buffer, sequence: e.sequence, payload: e.payload, payloadCRC: e.payloadCRC) }
        let first = batch.first?.sequence ?? 0
        do {
            try await onIOQueue { [buffer] w in
                try w.append(buffer, firstSequence: first)
                try w.sync()
            }
        } catch {
            fail(error, batch: batch)
            throw error
        }
        do {
            for e in batch { try await e.onDurable?() }
        } catch {
            // The batch is durable but could not be applied: nothing later can be trusted.
            fail(error, batch: batch)
            throw error
        }
        let (next, applied) = state.withLock { s -> (UnsafeContinuation<Role, any Error>?, [UnsafeContinuation<Void, Never>]) in
            if let last = batch.last { s.appliedThrough = last.sequence }
            let applied = s.takeApplied()
            guard !s.pending.isEmpty else {
                s.leading = false
                return (nil, applied)
            }
            let w = s.pending[0].waiter
            s.pending[0].waiter = nil
            return (w, applied)
        }
        for e in batch { e.waiter?.resume(returning: .done) }
        for w in applied { w.resume() }
        next?.resume(returning: .lead)
    }

    /// Fails the log: the batch and everything queued get the error, as does every later append.
    private func fail(_ error: any Error, batch: [Entry]) {
        let (queued, applied) = state.withLock { s -> ([Entry], [UnsafeContinuation<Void, Never>]) in
            if s.failure == nil { s.failure = error }
            s.leading = false
            let q = s.pending
            s.pending.removeAll()
            return (q, s.takeApplied())
        }
        for e in batch + queued { e.waiter?.resume(throwing: error) }
        for w in applied { w.resume() }
    }

    /// Returns once the record with `sequence` is durable and applied (or the log has failed).
    func waitUntilApplied(_ sequence: UInt64) async {
        await withUnsafeContinuation { (c: UnsafeContinuation<Void, Never>) in
            let now = state.withLock { s -> Bool in
                if s.appliedThrough >= sequence || s.failure != nil { return true }
                s.appliedWaiters.append((sequence, c))
                return false
            }
            if now { c.resume() }
        }
    }

    /// Runs `body` with the writer on the I/O queue (after any batch being written).
    func onIOQueue<T: Sendable>(_ body: @escaping @Sendable (SegmentWriter) throws -> T) async throws -> T {
        try await withUnsafeThrowingContinuation { (c: UnsafeContinuation<T, any Error>) in
            io.async {
                c.resume(with: Result { try self.writer.withLock { try body($0) } })
            }
        }
    }

    /// Stops the log: later appends throw `error`; the segment file is closed after any batch
    /// being written.
    func close(with error: any Error) async {
        let applied = state.withLock { s -> [UnsafeContinuation<Void, Never>] in
            if s.failure == nil { s.failure = error }
            return s.takeApplied()
        }
        for w in applied { w.resume() }
        _ = try? await onIOQueue { $0.close() }
    }

    /// The failure that stopped the log, if any.
    var failure: (any Error)? { state.withLock { $0.failure } }
}
