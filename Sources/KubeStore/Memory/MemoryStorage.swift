import Foundation
import KubeModels
import Synchronization

/// The storage of a ``MemoryStore``: typed objects in per-kind, per-namespace tables, one global
/// revision, and ONE event log shared by every watcher, all behind one lock (linearizable).
///
/// The log is a ring of the last `capacity` changes, indexed by revision (each write adds exactly
/// one). Watchers read it by cursor in batches and park on a continuation when they reach the
/// end; a writer never waits for a watcher: a watcher that falls out of the window fails with
/// `.gone` the next time it reads.
final class MemoryStorage: StorageBackend {
    struct Table {
        var buckets: [String: Bucket] = [:]
        var count = 0
    }

    /// The objects of one namespace (or of a cluster-scoped kind), with their names in order
    /// (cached between creations and deletions).
    struct Bucket {
        var objects: [String: MemoryVersion] = [:]
        var sortedNames: [String]?

        mutating func names() -> [String] {
            if let sortedNames { return sortedNames }
            let names = objects.keys.sorted()
            sortedNames = names
            return names
        }
    }

    struct State {
        var revision: Int64 = 0
        /// Changes up to and including this revision are gone from the log.
        var compacted: Int64 = 0
        var log: [MemoryVersion?]
        var tables: [Table] = []
        var tableByType: [ObjectIdentifier: Int] = [:]
        var tableByResource: [String: Int] = [:]
        /// Watchers parked at the end of the log, resumed by the next write.
        var parked: [Int: UnsafeContinuation<Void, Never>] = [:]
        /// Open watchers, and whether each was cancelled.
        var watchers: [Int: Bool] = [:]
        var nextWatcherID = 0

        init(capacity: Int) { log = Array(repeating: nil, count: capacity) }

        /// The table of `R`'s kind, created on first use when `create` is set.
        mutating func table<R: KubeResource>(for type: R.Type, create: Bool) -> Int? {
            let id = ObjectIdentifier(R.self)
            if let t = tableByType[id] { return t }
            let resource = "\(R.group)/\(R.pluralName)"
            if let t = tableByResource[resource] {
                tableByType[id] = t
                return t
            }
            guard create else { return nil }
            tables.append(Table())
            tableByResource[resource] = tables.count - 1
            tableByType[id] = tables.count - 1
            return tables.count - 1
        }

        /// Adds a change to the log; the oldest change leaves the window when it is full.
        mutating func append(_ version: MemoryVersion) {
            let slot = Int(version.revision % Int64(log.count))
            if let old = log[slot] {
                old.previous = nil
                if old.revision > compacted { compacted = old.revision }
            }
            log[slot] = version
        }

        /// The logged change at `revision`, if it is still in the window.
        func entry(_ revision: Int64) -> MemoryVersion? {
            guard revision > compacted, revision <= self.revision else { return nil }
            return log[Int(revision % Int64(log.count))]
        }

        /// Takes the parked watchers, to resume them after unlocking.
        mutating func takeParked() -> [UnsafeContinuation<Void, Never>] {
            if parked.isEmpty { return [] }
            let waiting = Array(parked.values)
            parked.removeAll(keepingCapacity: true)
            return waiting
        }
    }

    let state: Mutex<State>
    let clock: any KubeClock
    let batchSize: Int
    let bookmarkInterval: Swift.Duration
    /// ``bookmarkInterval`` in seconds.
    var bookmarkSeconds: TimeInterval {
        let c = bookmarkInterval.components
        return TimeInterval(c.seconds) + TimeInterval(c.attoseconds) / 1e18
    }

    init(capacity: Int, batchSize: Int, bookmarkInterval: Swift.Duration, clock: any KubeClock) {
        state = Mutex(State(capacity: max(16, capacity)))
        self.batchSize = max(1, batchSize)
        self.bookmarkInterval = bookmarkInterval
        self.clock = clock
    }

    // MARK: StorageBackend

    func read<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R? {
        let version = state.withLock { s -> MemoryVersion? in
            guard let t = s.table(for: R.self, create: false) else { return nil }
            return s.tables[t].buckets[key.namespace]?.objects[key.name]
        }
        return try version?.object(as: R.self)
    }

    func currentRevision() async throws -> Int64 { state.withLock { $0.revision } }

    private enum Outcome<R: KubeResource> {
        case committed(R)
        case conflict(MemoryVersion?)
    }

    func commit<R: KubeResource>(_ write: StorageWrite<R>) async throws -> StorageCommit<R> {
        var wake: [UnsafeContinuation<Void, Never>] = []
        let outcome = state.withLock { s -> Outcome<R> in
            let t = s.table(for: R.self, create: true) ?? 0
            switch write {
            case .create(var object):
                let ns = object.metadata.namespace, name = object.metadata.name
                if let current = s.tables[t].buckets[ns]?.objects[name] { return .conflict(current) }
                s.revision += 1
                object.metadata.resourceVersion = String(s.revision)
                let version = TypedVersion(event: .added(object), object: object, revision: s.revision, table: t, change: .created, previous: nil)
                s.tables[t].buckets[ns, default: Bucket()].objects[name] = version
                s.tables[t].buckets[ns]?.sortedNames = nil
                s.tables[t].count += 1
                s.append(version)
                wake = s.takeParked()
                return .committed(object)
            case .update(var object, let expected):
                let ns = object.metadata.namespace, name = object.metadata.name
                guard let current = s.tables[t].buckets[ns]?.objects[name], current.revision == expected else {
                    return .conflict(s.tables[t].buckets[ns]?.objects[name])
                }
                s.revision += 1
                object.metadata.resourceVersion = String(s.revision)
                let version = TypedVersion(event: .modified(object), object: object, revision: s.revision, table: t, change: .updated, previous: current)
                s.tables[t].buckets[ns]?.objects[name] = version
                s.append(version)
                wake = s.takeParked()
                return .committed(object)
            case .delete(let key, let expected):
                guard let current = s.tables[t].buckets[key.namespace]?.objects[key.name], current.revision == expected else {
                    return .conflict(s.tables[t].buckets[key.namespace]?.objects[key.name])
                }
                guard var last = try? current.object(as: R.self) else { return .conflict(current) }
                s.revision += 1
                last.metadata.resourceVersion = String(s.revision)
                let version = TypedVersion(event: .deleted(last), object: last, revision: s.revision, table: t, change: .deleted, previous: current)
                s.tables[t].buckets[key.namespace]?.objects[key.name] = nil
                s.tables[t].buckets[key.namespace]?.sortedNames = nil
                if s.tables[t].buckets[key.namespace]?.objects.isEmpty == true { s.tables[t].buckets[key.namespace] = nil }
                s.tables[t].count -= 1
                s.append(version)
                wake = s.takeParked()
                return .committed(last)
            }
        }
        for waiter in wake { waiter.resume() }
        switch outcome {
        case .committed(let object): return .committed(object)
        case .conflict(let current): return .conflict(current: try current?.object(as: R.self))
        }
    }

    func range<R: KubeResource>(_ type: R.Type, _ request: StorageRange<R>) async throws -> StoragePage<R> {
        let predicate = request.predicate
        let (versions, revision, hasMore, remaining) = try state.withLock { s -> ([MemoryVersion], Int64, Bool, Int64) in
            let revision = request.revision ?? s.revision
            if revision < s.compacted { throw StoreError.continueExpired(kind: R.kind) }
            guard let t = s.table(for: R.self, create: false) else { return ([], revision, false, 0) }
            // The state at an older revision: the current one, with every key changed since
            // then replaced by its version at that revision (nil: it did not exist).
            var past: [String: [String: MemoryVersion?]] = [:]
            if revision < s.revision {
                for r in stride(from: s.revision, to: revision, by: -1) {
                    guard let change = s.entry(r), change.table == t else { continue }
                    past[change.namespace, default: [:]][change.name] = .some(change.previous)
                }
            }
            var namespaces: [String]
            if !request.namespace.isEmpty {
                namespaces = [request.namespace]
            } else {
                namespaces = Array(Set(s.tables[t].buckets.keys).union(past.keys)).sorted()
            }
            if let after = request.startAfter { namespaces = namespaces.filter { $0 >= after.namespace } }
            var out: [MemoryVersion] = []
            var more = false
            var remaining: Int64 = 0
            for ns in namespaces {
                var names = s.tables[t].buckets[ns]?.names() ?? []
                let changed = past[ns] ?? [:]
                if !changed.isEmpty { names = Array(Set(names).union(changed.keys)).sorted() }
                var start = 0
                if let after = request.startAfter, after.namespace == ns {
                    start = Self.firstIndex(after: after.name, in: names)
                }
                for i in start ..< names.count {
                    let name = names[i]
                    let version: MemoryVersion?
                    if let old = changed[name] { version = old } else { version = s.tables[t].buckets[ns]?.objects[name] }
                    guard let version else { continue }
                    if more {
                        remaining += 1
                        continue
                    }
                    if request.limit > 0 && out.count == request.limit {
                        more = true
                        remaining += 1
                        continue
                    }
                    if Self.selects(version, predicate) { out.append(version) }
                }
            }
            return (out, revision, more, remaining)
        }
        var items: [R] = []
        items.reserveCapacity(versions.count)
        for version in versions where !version.isDeletion {
            items.append(try version.object(as: R.self))
        }
        return StoragePage(items: items, revision: revision, hasMore: hasMore, remainingCount: hasMore ? remaining : 0)
    }

    func watch<R: KubeResource>(_ type: R.Type, _ request: StorageWatchRequest) async throws -> WatchStream<R> {
        let watcher = try MemoryWatcher<R>(storage: self, request: request)
        return WatchStream(watcher)
    }

    // MARK: Helpers for watchers and the store

    /// The index of the first name after `name` in sorted `names`.
    static func firstIndex(after name: String, in names: [String]) -> Int {
        var lo = 0, hi = names.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if names[mid] <= name { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether a version passes a predicate's selectors (the namespace is checked by the caller).
    static func selects(_ version: MemoryVersion, _ predicate: SelectionPredicate) -> Bool {
        if let l = predicate.labelSelector, !l.matches(version.labels) { return false }
        if let f = predicate.fieldSelector, !f.matches(version.fields()) { return false }
        return true
    }

    /// Discards history up to `revision`.
    func compact(upTo revision: Int64) {
        state.withLock { s in
            let target = min(revision, s.revision)
            guard target > s.compacted else { return }
            var r = s.compacted + 1
            while r <= target {
                let slot = Int(r % Int64(s.log.count))
                if let old = s.log[slot], old.revision == r {
                    old.previous = nil
                    s.log[slot] = nil
                }
                r += 1
            }
            s.compacted = target
        }
    }
}
