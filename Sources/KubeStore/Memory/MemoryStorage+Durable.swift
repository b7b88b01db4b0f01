import KubeModels

// What a durable store built on MemoryStorage (``FileStore``) needs beyond the
// ``StorageBackend`` protocol: a synchronous look at an object's current version (for its
// compare-and-swap, taken under its own log lock), restoring state from disk at the exact
// revisions it was committed at, and a consistent capture of every current object for a snapshot.

/// A version restored from disk for a kind the store has no Swift type for (a custom resource
/// not registered in the scheme): the object as JSON, decoded into whatever type reads it.
final class RawVersion: MemoryVersion, @unchecked Sendable {
    /// The object as JSON, with its `resourceVersion` set to this version's revision.
    let json: [UInt8]
    /// The object's `apiVersion` and `kind`.
    let apiVersion: String
    let kind: String

    init(json: [UInt8], apiVersion: String, kind: String, revision: Int64, table: Int, namespace: String, name: String,
         labels: [String: String], change: Change, previous: MemoryVersion?) {
        self.json = json
        self.apiVersion = apiVersion
        self.kind = kind
        super.init(revision: revision, table: table, typeID: ObjectIdentifier(RawVersion.self), namespace: namespace, name: name,
                   labels: labels, change: change, previous: previous)
    }

    override func encoded() throws -> [UInt8] { json }

    /// Only the metadata fields: kinds with more selectable fields are built in, hence typed.
    override func fields() -> [String: String] {
        var f = ["metadata.name": name]
        if !namespace.isEmpty { f["metadata.namespace"] = namespace }
        return f
    }
}

/// A version that can describe itself for a durable record.
protocol DurableVersion: MemoryVersion {
    /// The object's `apiVersion` and `kind`, and the object as JSON.
    func durableForm() throws -> (apiVersion: String, kind: String, json: [UInt8])
}

extension TypedVersion: DurableVersion {
    func durableForm() throws -> (apiVersion: String, kind: String, json: [UInt8]) {
        (R.apiVersion, R.kind, try KubeJSON.encode(object))
    }
}

extension RawVersion: DurableVersion {
    func durableForm() throws -> (apiVersion: String, kind: String, json: [UInt8]) { (apiVersion, kind, json) }
}

extension MemoryStorage.State {
    /// The table of a resource (`group/plural`), created on first use.
    mutating func table(resource: String) -> Int {
        if let t = tableByResource[resource] { return t }
        tables.append(MemoryStorage.Table())
        tableByResource[resource] = tables.count - 1
        return tables.count - 1
    }
}

extension MemoryStorage {
    /// The storage key of a kind's table.
    static func resource<R: KubeResource>(of type: R.Type) -> String { "\(R.group)/\(R.pluralName)" }

    /// The current version of an object, read synchronously.
    func currentVersion<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) -> MemoryVersion? {
        state.withLock { s in
            guard let t = s.table(for: R.self, create: false) else { return nil }
            return s.tables[t].buckets[key.namespace]?.objects[key.name]
        }
    }

    /// Restores one change read from disk, as it was committed, without compare-and-swap.
    ///
    /// - A snapshot object (`logged` false): becomes the object's current version; the revision
    ///   is the object's own and the store's revision is set by ``finishRestore(revision:)``.
    /// - A log record (`logged` true): `revision` must be the store's revision plus one; the
    ///   change becomes the next entry of the event log, so watches resumed from before a restart
    ///   see it. A deletion removes the current version.
    ///
    /// `make` builds the version from the kind's table and the version it replaces.
    func restore(resource: String, key: ObjectKey, revision: Int64, change: MemoryVersion.Change, logged: Bool,
                 make: (_ table: Int, _ previous: MemoryVersion?) throws -> MemoryVersion) throws {
        try state.withLock { s in
            if logged && revision != s.revision + 1 {
                throw StoreError(.internalError, "restoring revision \(revision) after \(s.revision): the log is not contiguous")
            }
            let t = s.table(resource: resource)
            let previous = s.tables[t].buckets[key.namespace]?.objects[key.name]
            if change == .deleted && previous == nil {
                throw StoreError(.internalError, "restoring the deletion of \(resource) \(key) at revision \(revision): the object does not exist")
            }
            if change == .created && previous != nil {
                throw StoreError(.internalError, "restoring the creation of \(resource) \(key) at revision \(revision): the object exists")
            }
            let version = try make(t, previous)
            if change == .deleted {
                s.tables[t].buckets[key.namespace]?.objects[key.name] = nil
                s.tables[t].buckets[key.namespace]?.sortedNames = nil
                if s.tables[t].buckets[key.namespace]?.objects.isEmpty == true { s.tables[t].buckets[key.namespace] = nil }
                s.tables[t].count -= 1
            } else {
                if previous == nil {
                    s.tables[t].count += 1
                    s.tables[t].buckets[key.namespace, default: Bucket()].sortedNames = nil
                }
                s.tables[t].buckets[key.namespace, default: Bucket()].objects[key.name] = version
            }
            if logged {
                s.revision = revision
                s.append(version)
            } else {
                version.previous = nil
            }
        }
    }

    /// Ends the restore of a snapshot: the store is at `revision`, and history before it is gone.
    func finishRestore(revision: Int64) {
        state.withLock { s in
            s.revision = revision
            s.compacted = revision
        }
    }

    /// Every current object and the revision they are consistent at, for a snapshot.
    func captureCurrent() -> (revision: Int64, resources: [String], versions: [[MemoryVersion]]) {
        state.withLock { s in
            var resources = Array(repeating: "", count: s.tables.count)
            for (resource, t) in s.tableByResource { resources[t] = resource }
            var versions: [[MemoryVersion]] = []
            versions.reserveCapacity(s.tables.count)
            for table in s.tables {
                var all: [MemoryVersion] = []
                all.reserveCapacity(table.count)
                for bucket in table.buckets.values { all.append(contentsOf: bucket.objects.values) }
                versions.append(all)
            }
            return (s.revision, resources, versions)
        }
    }
}
