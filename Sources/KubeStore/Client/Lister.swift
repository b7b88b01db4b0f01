import KubeModels
import Synchronization

/// An index function: the index values an object is filed under (client-go's `IndexFunc`).
public typealias IndexFunction<R: KubeResource> = @Sendable (R) -> [String]

/// The informer's local cache: objects by key plus indexes, written by one informer and read by
/// many. A relist replaces the whole state at once, so readers never see half a list.
final class InformerCache<R: KubeResource>: Sendable {
    struct State: Sendable {
        var objects: [ObjectKey: R] = [:]
        /// index name -> index value -> keys
        var indexes: [String: [String: Set<ObjectKey>]] = [:]
        var resourceVersion: String = ""
    }

    let indexers: [String: IndexFunction<R>]
    private let state = Mutex(State())

    init(indexers: [String: IndexFunction<R>]) {
        var all = indexers
        all[Lister<R>.namespaceIndex] = { [$0.metadata.namespace] }
        self.indexers = all
    }

    func read<T>(_ body: (borrowing State) -> T) -> T { state.withLock { body($0) } }

    /// Stores or replaces one object, returning the previous one.
    @discardableResult
    func upsert(_ object: R, resourceVersion: String) -> R? {
        state.withLock { s in
            let key = object.key
            let old = s.objects.updateValue(object, forKey: key)
            if let old { unindex(old, key, &s) }
            index(object, key, &s)
            s.resourceVersion = resourceVersion
            return old
        }
    }

    /// Removes one object, returning it if it was cached.
    @discardableResult
    func remove(_ key: ObjectKey, resourceVersion: String) -> R? {
        state.withLock { s in
            s.resourceVersion = resourceVersion
            guard let old = s.objects.removeValue(forKey: key) else { return nil }
            unindex(old, key, &s)
            return old
        }
    }

    /// Records that the cache has seen everything up to a revision (a bookmark).
    func setResourceVersion(_ rv: String) { state.withLock { $0.resourceVersion = rv } }

    /// Replaces everything with a fresh list, returning the previous objects.
    func replace(_ objects: [R], resourceVersion: String) -> [ObjectKey: R] {
        var fresh = State()
        fresh.resourceVersion = resourceVersion
        for o in objects {
            fresh.objects[o.key] = o
            index(o, o.key, &fresh)
        }
        return state.withLock { s in
            let old = s.objects
            s = fresh
            return old
        }
    }

    private func index(_ o: R, _ key: ObjectKey, _ s: inout State) {
        for (name, f) in indexers {
            for value in f(o) { s.indexes[name, default: [:]][value, default: []].insert(key) }
        }
    }

    private func unindex(_ o: R, _ key: ObjectKey, _ s: inout State) {
        for (name, f) in indexers {
            for value in f(o) {
                s.indexes[name]?[value]?.remove(key)
                if s.indexes[name]?[value]?.isEmpty == true { s.indexes[name]?[value] = nil }
            }
        }
    }
}

/// A read handle on an informer's cache (client-go's `Lister`/`Indexer`): cheap, synchronous
/// reads of the last state the informer has seen.
public struct Lister<R: KubeResource>: Sendable {
    /// The name of the built-in namespace index.
    public static var namespaceIndex: String { "namespace" }

    let cache: InformerCache<R>

    /// The cached object with this key, if any.
    public func get(_ key: ObjectKey) -> R? { cache.read { $0.objects[key] } }

    /// The cached object and the revision the cache has reached, read together.
    func getWithRevision(_ key: ObjectKey) -> (R?, Int64) {
        cache.read { ($0.objects[key], Int64($0.resourceVersion) ?? 0) }
    }

    /// Every cached object, optionally in one namespace and matching a label selector.
    public func list(namespace: String = "", labelSelector: Labels.Selector? = nil) -> [R] {
        cache.read { s in
            let candidates: [R]
            if namespace.isEmpty {
                candidates = Array(s.objects.values)
            } else {
                candidates = (s.indexes[Self.namespaceIndex]?[namespace] ?? []).compactMap { s.objects[$0] }
            }
            guard let labelSelector else { return candidates }
            return candidates.filter { labelSelector.matches($0.metadata.labels) }
        }
    }

    /// The objects filed under `value` in the index `name`.
    public func byIndex(_ name: String, _ value: String) -> [R] {
        cache.read { s in (s.indexes[name]?[value] ?? []).compactMap { s.objects[$0] } }
    }

    /// The keys filed under `value` in the index `name`.
    public func keys(inIndex name: String, _ value: String) -> Set<ObjectKey> {
        cache.read { $0.indexes[name]?[value] ?? [] }
    }

    /// How many objects are cached.
    public var count: Int { cache.read { $0.objects.count } }

    /// The last revision the cache has seen.
    public var resourceVersion: String { cache.read { $0.resourceVersion } }
}
