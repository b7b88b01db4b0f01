import KubeModels

/// Rebuilds a ``FileStore``'s memory state from its snapshot and log records, at the revisions
/// they were committed at. Kinds the scheme knows are decoded into their Swift types; others (an
/// unregistered custom resource) are kept as JSON and decoded by whichever type reads them.
struct FileStateLoader {
    let memory: MemoryStorage
    let scheme: Scheme
    private var types: [Scheme.KindKey: (any KubeResource.Type)?] = [:]

    init(memory: MemoryStorage, scheme: Scheme) {
        self.memory = memory
        self.scheme = scheme
    }

    /// Restores one snapshot object at its revision.
    mutating func snapshotRecord(_ revision: UInt64, _ payload: [UInt8]) throws {
        try restore(payload, revision: Int64(revision), logged: false)
    }

    /// Replays one log record at its revision.
    mutating func logRecord(_ revision: UInt64, _ payload: [UInt8]) throws {
        try restore(payload, revision: Int64(revision), logged: true)
    }

    private mutating func restore(_ payload: [UInt8], revision: Int64, logged: Bool) throws {
        let record: FileRecord
        do {
            record = try FileRecord(decoding: payload)
        } catch {
            throw FileStoreError(.undecodableRecord, error.message)
        }
        let change: MemoryVersion.Change = switch record.operation {
        case .create: .created
        case .update: .updated
        case .delete: .deleted
        }
        let kindKey = Scheme.KindKey(apiVersion: record.apiVersion, kind: record.kind)
        let type: (any KubeResource.Type)?
        if let known = types[kindKey] {
            type = known
        } else {
            type = scheme.type(apiVersion: record.apiVersion, kind: record.kind)
            types[kindKey] = type
        }
        let key = ObjectKey(namespace: record.namespace, name: record.name)
        if let type {
            try restoreTyped(type, record, key: key, revision: revision, change: change, logged: logged)
        } else {
            try restoreRaw(record, key: key, revision: revision, change: change, logged: logged)
        }
    }

    private func restoreTyped<R: KubeResource>(_ type: R.Type, _ record: FileRecord, key: ObjectKey, revision: Int64,
                                               change: MemoryVersion.Change, logged: Bool) throws {
        try memory.restore(resource: record.resource, key: key, revision: revision, change: change, logged: logged) { table, previous in
            if change == .deleted, let previous {
                var last = try previous.object(as: R.self)
                last.metadata.resourceVersion = String(revision)
                return TypedVersion(event: .deleted(last), object: last, revision: revision, table: table, change: .deleted, previous: previous)
            }
            var object: R
            do {
                object = try KubeJSON.decode(R.self, from: record.json)
            } catch {
                throw FileStoreError(.undecodableRecord, "\(R.kind) \(key) at revision \(revision) does not decode: \(error)")
            }
            object.metadata.resourceVersion = String(revision)
            let event: WatchEvent<R> = change == .created ? .added(object) : .modified(object)
            return TypedVersion(event: event, object: object, revision: revision, table: table, change: change, previous: previous)
        }
    }

    private func restoreRaw(_ record: FileRecord, key: ObjectKey, revision: Int64, change: MemoryVersion.Change, logged: Bool) throws {
        try memory.restore(resource: record.resource, key: key, revision: revision, change: change, logged: logged) { table, previous in
            var value: JSONValue
            do {
                value = try JSONValue(parsing: change == .deleted ? (try previous?.encoded() ?? []) : record.json)
            } catch {
                throw FileStoreError(.undecodableRecord, "\(record.kind) \(key) at revision \(revision) is not valid JSON: \(error)")
            }
            value["metadata"]?["resourceVersion"] = .string(String(revision))
            var labels: [String: String] = [:]
            for (k, v) in value["metadata"]?["labels"]?.objectValue ?? [:] {
                if let s = v.stringValue { labels[k] = s }
            }
            return RawVersion(json: value.jsonBytes, apiVersion: record.apiVersion, kind: record.kind, revision: revision, table: table,
                              namespace: key.namespace, name: key.name, labels: labels, change: change, previous: previous)
        }
    }
}
