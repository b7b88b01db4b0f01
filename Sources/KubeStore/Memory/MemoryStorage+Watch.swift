import Foundation
import KubeModels

extension MemoryStorage {
    /// What a watcher reads from the log in one go.
    enum Batch<R: KubeResource> {
        /// The watcher was cancelled.
        case cancelled
        /// Nothing after the cursor yet.
        case empty
        /// The events of the watcher's kind after the cursor, taken straight from the log (for
        /// watchers without selectors, when every change was written through `R`), and the
        /// revision the watcher has now seen everything up to.
        case events([WatchEvent<R>], upTo: Int64)
        /// The changes of the watcher's kind after the cursor, with their previous versions when
        /// asked for, and the revision the watcher has now seen everything up to.
        case changes([MemoryVersion], previous: [MemoryVersion?]?, upTo: Int64)
    }

    /// Registers a watcher and, for a watch without a start revision, takes the current objects
    /// of its kind; returns the watcher's id, its kind's table, its cursor and those objects.
    func openWatch<R: KubeResource>(_ type: R.Type, _ request: StorageWatchRequest) throws
        -> (id: Int, table: Int, cursor: Int64, initial: [MemoryVersion]) {
        try state.withLock { s in
            if let start = request.startRevision, start < s.compacted {
                throw StoreError.tooOldResourceVersion(start, compacted: s.compacted, kind: R.kind)
            }
            let t = s.table(for: R.self, create: true) ?? 0
            let id = s.nextWatcherID
            s.nextWatcherID += 1
            s.watchers[id] = false
            guard request.startRevision == nil else { return (id, t, request.startRevision ?? 0, []) }
            var initial: [MemoryVersion] = []
            let namespace = request.predicate.namespace
            if namespace.isEmpty {
                for bucket in s.tables[t].buckets.values { initial.append(contentsOf: bucket.objects.values) }
            } else if let bucket = s.tables[t].buckets[namespace] {
                initial.append(contentsOf: bucket.objects.values)
            }
            return (id, t, s.revision, initial)
        }
    }

    /// Reads up to `limit` log entries after `cursor`, keeping those of `table` (and of
    /// `namespace`, unless empty). Throws `.gone` when the entries after `cursor` have left the window.
    ///
    /// For a watcher without selectors, the shared events are copied out under the lock (one
    /// reference count each); otherwise the versions are, to be translated outside it.
    func readBatch<R: KubeResource>(_ type: R.Type, watcher id: Int, table: Int, namespace: String, after cursor: Int64, limit: Int,
                                    withPrevious: Bool) throws -> Batch<R> {
        try state.withLock { s in
            guard s.watchers[id] == false else { return .cancelled }
            if cursor < s.compacted {
                throw StoreError.tooOldResourceVersion(
                    cursor, compacted: s.compacted, kind: R.kind,
                    detail: "the watcher fell behind the store's window of \(s.log.count) events; list again and watch from the list's revision")
            }
            guard s.revision > cursor else { return .empty }
            let end = min(s.revision, cursor + Int64(limit))
            let capacity = Int64(s.log.count)
            let typeID = ObjectIdentifier(R.self)
            if !withPrevious {
                var events: [WatchEvent<R>] = []
                events.reserveCapacity(Int(end - cursor))
                var r = cursor + 1
                var direct = true
                while r <= end {
                    if let v = s.log[Int(r % capacity)], v.table == table, namespace.isEmpty || v.namespace == namespace {
                        guard v.typeID == typeID else {
                            direct = false
                            break
                        }
                        events.append(unsafeDowncast(v, to: TypedVersion<R>.self).event)
                    }
                    r += 1
                }
                if direct { return .events(events, upTo: end) }
            }
            var versions: [MemoryVersion] = []
            versions.reserveCapacity(Int(end - cursor))
            var previous: [MemoryVersion?]? = withPrevious ? [] : nil
            var r = cursor + 1
            while r <= end {
                if let v = s.log[Int(r % capacity)], v.table == table, namespace.isEmpty || v.namespace == namespace {
                    versions.append(v)
                    previous?.append(v.previous)
                }
                r += 1
            }
            return .changes(versions, previous: previous, upTo: end)
        }
    }

    /// Suspends a watcher until a change after `cursor` is committed, the watcher is cancelled,
    /// or the calling task is cancelled.
    func park(watcher id: Int, after cursor: Int64) async {
        await withTaskCancellationHandler {
            await withUnsafeContinuation { (c: UnsafeContinuation<Void, Never>) in
                let resumeNow = state.withLock { s -> Bool in
                    if s.revision > cursor || s.watchers[id] != false || Task.isCancelled { return true }
                    s.parked[id] = c
                    return false
                }
                if resumeNow { c.resume() }
            }
        } onCancel: {
            unpark(watcher: id)
        }
    }

    /// Like ``park(watcher:after:)``, but also returns at `deadline` (for bookmarks).
    func park(watcher id: Int, after cursor: Int64, until deadline: Date) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.park(watcher: id, after: cursor) }
            group.addTask { [clock] in try? await clock.sleep(until: deadline) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Resumes a parked watcher.
    func unpark(watcher id: Int) {
        state.withLock { $0.parked.removeValue(forKey: id) }?.resume()
    }

    /// Marks a watcher cancelled and resumes it if parked.
    func cancelWatcher(_ id: Int) {
        let waiter = state.withLock { s -> UnsafeContinuation<Void, Never>? in
            if s.watchers[id] != nil { s.watchers[id] = true }
            return s.parked.removeValue(forKey: id)
        }
        waiter?.resume()
    }

    /// Forgets a watcher.
    func removeWatcher(_ id: Int) {
        let waiter = state.withLock { s -> UnsafeContinuation<Void, Never>? in
            s.watchers[id] = nil
            return s.parked.removeValue(forKey: id)
        }
        waiter?.resume()
    }
}
