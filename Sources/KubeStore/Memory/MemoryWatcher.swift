import Foundation
import KubeModels
import Synchronization

/// One watch on a ``MemoryStore``: a cursor into the store's shared event log. Each refill
/// takes a batch of entries under the store's lock (references only), then filters and
/// converts them outside it; events are the writers' shared, immutable boxes.
final class MemoryWatcher<R: KubeResource>: WatchEventSource {
    typealias Resource = R

    private struct State {
        /// Events ready to hand out, last first.
        var buffer: [WatchEvent<R>]
        /// Every change up to this revision has been read.
        var cursor: Int64
        var finished = false
        var failure: StoreError?
        /// When the last event or bookmark went out.
        var lastSent: Date
    }

    private enum Step {
        case events([WatchEvent<R>])
        case end
        case failure(StoreError)
        case read(Int64, lastSent: Date)
    }

    private let storage: MemoryStorage
    private let id: Int
    private let table: Int
    private let predicate: SelectionPredicate
    private let bookmarks: Bool
    private let state: Mutex<State>

    init(storage: MemoryStorage, request: StorageWatchRequest) throws {
        self.storage = storage
        predicate = request.predicate
        bookmarks = request.allowBookmarks
        let opened = try storage.openWatch(R.self, request)
        id = opened.id
        table = opened.table
        var initial: [WatchEvent<R>] = []
        do {
            let sorted = opened.initial.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
            for version in sorted where MemoryStorage.selects(version, request.predicate) {
                initial.append(version.change == .created ? try version.event(as: R.self) : .added(try version.object(as: R.self)))
            }
        } catch {
            storage.removeWatcher(opened.id)
            throw error
        }
        state = Mutex(State(buffer: initial.reversed(), cursor: opened.cursor, lastSent: storage.clock.now))
    }

    deinit { storage.removeWatcher(id) }

    func cancel() {
        state.withLock { s in
            s.finished = true
            s.buffer.removeAll()
        }
        storage.cancelWatcher(id)
    }

    func next() async throws -> WatchEvent<R>? {
        while true {
            let buffered = state.withLock { s -> WatchEvent<R>? in s.buffer.popLast() }
            if let buffered { return buffered }
            guard let batch = try await nextBatch() else { return nil }
            guard let first = batch.first else { continue }
            state.withLock { s in
                if !s.finished { s.buffer = batch.dropFirst().reversed() }
            }
            return first
        }
    }

    func nextBatch() async throws -> [WatchEvent<R>]? {
        while true {
            let step = state.withLock { s -> Step in
                if !s.buffer.isEmpty {
                    let events = Array(s.buffer.reversed())
                    s.buffer = []
                    return .events(events)
                }
                if s.finished { return s.failure.map(Step.failure) ?? .end }
                return .read(s.cursor, lastSent: s.lastSent)
            }
            let cursor: Int64, lastSent: Date
            switch step {
            case .events(let events): return events
            case .end: return nil
            case .failure(let error): throw error
            case .read(let c, let l): (cursor, lastSent) = (c, l)
            }

            let batch: MemoryStorage.Batch<R>
            do {
                batch = try storage.readBatch(R.self, watcher: id, table: table, namespace: predicate.namespace, after: cursor,
                                              limit: storage.batchSize, withPrevious: predicate.hasSelectors)
            } catch let error as StoreError {
                finish(error)
                throw error
            }
            switch batch {
            case .cancelled:
                finish(nil)
                return nil
            case .events, .changes:
                var events: [WatchEvent<R>] = []
                let upTo: Int64
                switch batch {
                case .events(let direct, let end):
                    events = direct
                    upTo = end
                case .changes(let versions, let previous, let end):
                    events.reserveCapacity(versions.count)
                    if let previous {
                        for (i, version) in versions.enumerated() {
                            if let event = try translate(version, previous: previous[i]) { events.append(event) }
                        }
                    } else {
                        for version in versions { events.append(try version.event(as: R.self)) }
                    }
                    upTo = end
                default:
                    continue
                }
                let now = bookmarks ? storage.clock.now : lastSent
                let outcome = state.withLock { s -> [WatchEvent<R>]? in
                    guard s.cursor == cursor, !s.finished else { return nil }
                    s.cursor = upTo
                    if !events.isEmpty {
                        s.lastSent = now
                        return events
                    } else if bookmarks && now >= s.lastSent.addingTimeInterval(storage.bookmarkSeconds) {
                        s.lastSent = now
                        return [.bookmark(resourceVersion: String(upTo))]
                    }
                    return nil
                }
                if let outcome { return outcome }
            case .empty:
                guard bookmarks else {
                    await storage.park(watcher: id, after: cursor)
                    continue
                }
                let deadline = lastSent.addingTimeInterval(storage.bookmarkSeconds)
                if storage.clock.now >= deadline {
                    let sent = state.withLock { s -> Bool in
                        guard s.cursor == cursor, !s.finished else { return false }
                        s.lastSent = storage.clock.now
                        return true
                    }
                    if sent { return [.bookmark(resourceVersion: String(cursor))] }
                    continue
                }
                await storage.park(watcher: id, after: cursor, until: deadline)
            }
        }
    }

    private func finish(_ error: StoreError?) {
        state.withLock { s in
            s.finished = true
            if s.failure == nil { s.failure = error }
            s.buffer.removeAll()
        }
        if error != nil { storage.removeWatcher(id) }
    }

    /// What this watcher sees of one change (the watch cache's rules for selectors).
    private func translate(_ version: MemoryVersion, previous: MemoryVersion?) throws -> WatchEvent<R>? {
        let now = MemoryStorage.selects(version, predicate)
        switch version.change {
        case .created, .deleted:
            return now ? try version.event(as: R.self) : nil
        case .updated:
            let before = previous.map { MemoryStorage.selects($0, predicate) } ?? false
            switch (now, before) {
            case (true, true): return try version.event(as: R.self)
            case (true, false): return .added(try version.object(as: R.self))
            case (false, true):
                guard let previous else { return nil }
                var gone = try previous.object(as: R.self)
                gone.metadata.resourceVersion = String(version.revision)
                return .deleted(gone)
            case (false, false): return nil
            }
        }
    }
}
