import KubeModels
import Synchronization

/// The ``StorageBackend`` of a ``FileStore``: a ``MemoryStorage`` that holds exactly the durable
/// state, and a ``WriteAheadLog`` in front of it.
///
/// A write is checked (compare-and-swap) and given its revision under the log's lock, against
/// the memory state plus the writes still waiting for their fsync; it is logged, made durable with
/// its batch, then applied to memory at that same revision, and only then acknowledged. Readers
/// and watchers therefore never see a write that a crash could take back.
final class FileStorage: StorageBackend {
    /// The durable state.
    let memory: MemoryStorage
    /// The log.
    let wal: WriteAheadLog
    /// Object size limit.
    let semantics: StoreSemantics
    /// Log bytes written since the last snapshot started.
    let bytesSinceSnapshot = Atomic<Int>(0)

    /// A write that is logged (or being logged) but not yet applied to memory.
    private struct PendingWrite {
        var revision: Int64
        /// The object as written; `nil` for a deletion.
        var object: (any KubeResource)?
    }

    private struct PendingKey: Hashable {
        var resource: String
        var namespace: String
        var name: String
    }

    /// The newest not-yet-applied write of each key: the compare-and-swap sees through to it.
    private let pending = Mutex<[PendingKey: PendingWrite]>([:])

    init(memory: MemoryStorage, wal: WriteAheadLog, semantics: StoreSemantics) {
        self.memory = memory
        self.wal = wal
        self.semantics = semantics
    }

    // MARK: Reads: the memory state, which holds only durable writes

    func read<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) async throws -> R? {
        try await memory.read(type, key)
    }

    func range<R: KubeResource>(_ type: R.Type, _ request: StorageRange<R>) async throws -> StoragePage<R> {
        try await memory.range(type, request)
    }

    func watch<R: KubeResource>(_ type: R.Type, _ request: StorageWatchRequest) async throws -> WatchStream<R> {
        try await memory.watch(type, request)
    }

    func currentRevision() async throws -> Int64 { try await memory.currentRevision() }

    // MARK: Writes

    func commit<R: KubeResource>(_ write: StorageWrite<R>) async throws -> StorageCommit<R> {
        let resource = MemoryStorage.resource(of: R.self)
        let key: ObjectKey
        let operation: FileRecord.Operation
        var json: [UInt8] = []
        switch write {
        case .create(let object), .update(let object, _):
            key = object.key
            operation = if case .create = write { .create } else { .update }
            var unversioned = object
            unversioned.metadata.resourceVersion = ""
            json = try KubeJSON.encode(unversioned)
            try semantics.checkSize(json.count, of: R.self, key: key)
        case .delete(let k, _):
            key = k
            operation = .delete
        }
        // Encoding and checksumming happen here, outside the log's lock, in parallel across writers.
        let payload = FileRecord(operation: operation, resource: resource, apiVersion: R.apiVersion, kind: R.kind,
                                 namespace: key.namespace, name: key.name, json: json).encoded()
        let crc = CRC32C.checksum(payload)
        let pendingKey = PendingKey(resource: resource, namespace: key.namespace, name: key.name)
        do {
            let (outcome, pendingRevision) = try await wal.log.append { sequence in
                try self.prepare(write, key: key, pendingKey: pendingKey, revision: Int64(sequence), payload: payload, crc: crc)
            }
            if case .committed = outcome {
                bytesSinceSnapshot.add(LogFormat.frameSize(payload: payload.count), ordering: .relaxed)
            } else if let pendingRevision {
                // The conflict is with a write still waiting for its fsync. Report it once that
                // write is visible, as etcd answers a failed txn after the winning one is applied:
                // the caller's next read then sees the winner instead of conflicting again.
                await wal.log.waitUntilApplied(UInt64(pendingRevision))
            }
            return outcome
        } catch let error as StoreError {
            throw error
        } catch let error as FileStoreError {
            throw StoreError(.internalError,
                             "the file store in \(wal.directory) could not persist a write: \(error.message); it accepts no more writes until it is reopened",
                             kind: R.kind, key: key)
        }
    }

    /// The compare-and-swap, under the log's lock: decides the outcome and, when the write goes
    /// ahead, what to do once it is durable. A conflict with a not-yet-applied write also returns
    /// that write's revision.
    private func prepare<R: KubeResource>(_ write: StorageWrite<R>, key: ObjectKey, pendingKey: PendingKey, revision: Int64,
                                          payload: [UInt8], crc: UInt32) throws -> GroupCommitLog.Prepared<(StorageCommit<R>, Int64?)> {
        let current: (revision: Int64, object: () throws -> R)?
        let pendingWrite = pending.withLock { $0[pendingKey] }
        if let p = pendingWrite {
            if let object = p.object {
                current = (p.revision, { try Self.convert(object, to: R.self) })
            } else {
                current = nil
            }
        } else if let version = memory.currentVersion(R.self, key) {
            current = (version.revision, { try version.object(as: R.self) })
        } else {
            current = nil
        }
        func conflict() throws -> GroupCommitLog.Prepared<(StorageCommit<R>, Int64?)> {
            .done((.conflict(current: try current?.object()), pendingWrite?.revision))
        }
        let committed: R
        let stored: R?
        switch write {
        case .create(var object):
            if current != nil { return try conflict() }
            object.metadata.resourceVersion = String(revision)
            committed = object
            stored = object
        case .update(var object, let expected):
            guard let current, current.revision == expected else { return try conflict() }
            object.metadata.resourceVersion = String(revision)
            committed = object
            stored = object
        case .delete(_, let expected):
            guard let current, current.revision == expected else { return try conflict() }
            var last = try current.object()
            last.metadata.resourceVersion = String(revision)
            committed = last
            stored = nil
        }
        pending.withLock { $0[pendingKey] = PendingWrite(revision: revision, object: stored) }
        let apply: @Sendable () async throws -> Void = { [self] in
            try await self.apply(write, revision: revision, pendingKey: pendingKey)
        }
        return .append(payload: payload, payloadCRC: crc, onDurable: apply, result: (.committed(committed), nil))
    }

    /// Applies a durable write to memory, where it must land at exactly its logged revision.
    private func apply<R: KubeResource>(_ write: StorageWrite<R>, revision: Int64, pendingKey: PendingKey) async throws {
        let outcome = try await memory.commit(write)
        guard case .committed(let stored) = outcome, stored.metadata.resourceVersion == String(revision) else {
            throw StoreError(.internalError,
                             "the file store's memory state diverged from its log at revision \(revision); it accepts no more writes until it is reopened",
                             kind: R.kind)
        }
        pending.withLock { p in
            if p[pendingKey]?.revision == revision { p[pendingKey] = nil }
        }
    }

    /// An object written through one Swift type, read through another of the same kind.
    private static func convert<R: KubeResource>(_ object: any KubeResource, to type: R.Type) throws -> R {
        if let same = object as? R { return same }
        func encode<T: KubeResource>(_ o: T) throws -> [UInt8] { try KubeJSON.encode(o) }
        return try KubeJSON.decode(R.self, from: encode(object))
    }
}
