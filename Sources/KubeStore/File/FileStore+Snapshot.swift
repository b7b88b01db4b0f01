import KubeModels
import Synchronization

extension FileStore {
    /// Writes a snapshot of the current state now and removes the log segments it makes
    /// unnecessary; returns the snapshot's revision. Writes go on meanwhile. When a snapshot is
    /// already being written, waits for it to finish, then writes a fresh one.
    @discardableResult
    public func snapshot() async throws -> Int64 {
        await acquireSnapshotSlot()
        defer { releaseSnapshotSlot() }
        return try await writeSnapshot()
    }

    /// Keeps the log short: waits until the log has grown by ``Configuration/snapshotThreshold``
    /// bytes, writes a snapshot, and waits again, until the calling task is cancelled (then it
    /// returns). While it runs, writers never take snapshots themselves.
    ///
    /// ```swift
    /// try await withThrowingTaskGroup(of: Void.self) { group in
    ///     group.addTask { try await store.run() }
    ///     ...
    /// }
    /// ```
    public func run() async throws {
        maintenanceState { $0.runners += 1 }
        defer { maintenanceState { $0.runners -= 1 } }
        while !Task.isCancelled {
            await waitUntilSnapshotWanted()
            if Task.isCancelled { return }
            try await snapshot()
        }
    }

    /// Called by a writer whose write took the log past the threshold.
    func snapshotNeeded() async throws {
        enum Action { case none, signal(UnsafeContinuation<Void, Never>?), inline }
        let action = maintenanceState { m -> Action in
            if m.runners > 0 {
                m.wanted = true
                let w = m.waiter
                m.waiter = nil
                return .signal(w)
            }
            if m.snapshotting { return .none }
            m.snapshotting = true
            return .inline
        }
        switch action {
        case .none: return
        case .signal(let waiter): waiter?.resume()
        case .inline:
            defer { releaseSnapshotSlot() }
            // Another writer may have just finished one.
            if storage.bytesSinceSnapshot.load(ordering: .relaxed) >= configuration.snapshotThreshold {
                _ = try await writeSnapshot()
            }
        }
    }

    /// Captures the durable state (consistent at one revision), writes it, and truncates the log.
    private func writeSnapshot() async throws -> Int64 {
        let memory = storage.memory
        let captured = memory.captureCurrent()
        storage.bytesSinceSnapshot.store(0, ordering: .relaxed)
        do {
            try await storage.wal.writeSnapshot(revision: UInt64(captured.revision)) { writer in
                for (table, versions) in captured.versions.enumerated() {
                    let resource = captured.resources[table]
                    for version in versions {
                        guard let durable = version as? any DurableVersion else {
                            throw FileStoreError(.ioFailure, "internal error: \(resource) \(version.key) cannot be written to a snapshot")
                        }
                        let form = try durable.durableForm()
                        let record = FileRecord(operation: .create, resource: resource, apiVersion: form.apiVersion, kind: form.kind,
                                                namespace: version.namespace, name: version.name, json: form.json)
                        try writer.append(sequence: UInt64(version.revision), payload: record.encoded())
                    }
                }
            }
        } catch let e as FileStoreError {
            throw StoreError(.internalError, "the file store in \(directory) could not write a snapshot: \(e.message)")
        }
        return captured.revision
    }

    private func maintenanceState<T>(_ body: (inout MaintenanceState) -> T) -> T {
        maintenance.withLock { body(&$0) }
    }

    private func acquireSnapshotSlot() async {
        await withUnsafeContinuation { (c: UnsafeContinuation<Void, Never>) in
            let free = maintenanceState { m -> Bool in
                if m.snapshotting {
                    m.slotWaiters.append(c)
                    return false
                }
                m.snapshotting = true
                return true
            }
            if free { c.resume() }
        }
    }

    /// Hands the slot to the next waiter, or frees it.
    private func releaseSnapshotSlot() {
        let next = maintenanceState { m -> UnsafeContinuation<Void, Never>? in
            if m.slotWaiters.isEmpty {
                m.snapshotting = false
                return nil
            }
            return m.slotWaiters.removeFirst()
        }
        next?.resume()
    }

    private func waitUntilSnapshotWanted() async {
        await withTaskCancellationHandler {
            await withUnsafeContinuation { (c: UnsafeContinuation<Void, Never>) in
                let now = maintenanceState { m -> Bool in
                    if m.wanted || Task.isCancelled {
                        m.wanted = false
                        return true
                    }
                    m.waiter = c
                    return false
                }
                if now { c.resume() }
            }
        } onCancel: {
            let w = maintenanceState { m -> UnsafeContinuation<Void, Never>? in
                let w = m.waiter
                m.waiter = nil
                return w
            }
            w?.resume()
        }
    }
}
