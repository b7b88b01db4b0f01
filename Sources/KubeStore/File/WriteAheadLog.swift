#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// A durable, checksummed log of records in a directory, with snapshots: the storage engine under
/// ``FileStore``, independent of what the records mean.
///
/// Opening locks the directory (`LOCK`, `flock`), recovers it (``LogRecovery``: newest snapshot,
/// then the records after it; a torn tail is dropped; other damage refuses or cuts by mode) and
/// prepares appending. Appends are group-committed (``GroupCommitLog``): a record is durable
/// (written and `fdatasync`ed) before ``GroupCommitLog/append(_:)`` returns. A snapshot is written
/// atomically, then the segments it covers are removed.
final class WriteAheadLog: Sendable {
    /// Tuning of the log.
    struct Options: Sendable {
        var segmentSize: Int64 = 64 << 20
        var recovery: FileStoreRecoveryMode = .strict
        var maxBatchBytes = 8 << 20
        var maxGatherYields = 32
    }

    /// The directory.
    let directory: String
    /// The group-committing appender; record sequence numbers continue after recovery's.
    let log: GroupCommitLog
    /// What recovery found.
    let recovery: FileStoreRecovery
    /// Holds the directory lock for the log's lifetime.
    private let lockFile: PosixFile
    /// Where snapshots are encoded and written, off the cooperative pool.
    private let snapshotQueue = DispatchQueue(label: "KubeStore.FileStore.snapshot")

    private init(directory: String, log: GroupCommitLog, recovery: FileStoreRecovery, lockFile: PosixFile) {
        self.directory = directory
        self.log = log
        self.recovery = recovery
        self.lockFile = lockFile
    }

    /// Opens (creating it when missing) and recovers the log in `directory`. `snapshotRecord`
    /// receives the newest snapshot's records, then `logRecord` every later log record, in order.
    static func open(directory: String, options: Options,
                     snapshotRecord: (UInt64, [UInt8]) throws -> Void,
                     logRecord: (UInt64, [UInt8]) throws -> Void) throws -> WriteAheadLog {
        try PosixDirectory.create(directory)
        let lockFile = try PosixFile(path: directory + "/LOCK", flags: O_RDWR | O_CREAT)
        guard try lockFile.tryLock() else {
            throw FileStoreError(.directoryLocked, "\(directory) is in use by another store (its LOCK file is held)", file: directory + "/LOCK")
        }
        let recovered = try LogRecovery.recover(directory: directory, mode: options.recovery,
                                                snapshotRecord: snapshotRecord, logRecord: logRecord)
        let writer = try SegmentWriter(directory: directory, segmentSize: options.segmentSize, recovered: recovered)
        try PosixDirectory.sync(directory)
        let log = GroupCommitLog(writer: writer, nextSequence: recovered.lastSequence + 1,
                                 maxBatchBytes: options.maxBatchBytes, maxGatherYields: options.maxGatherYields)
        return WriteAheadLog(directory: directory, log: log, recovery: recovered.report, lockFile: lockFile)
    }

    /// Appends one record durably and returns its sequence number.
    func append(_ payload: [UInt8]) async throws -> UInt64 {
        let crc = CRC32C.checksum(payload)
        return try await log.append { sequence in .append(payload: payload, payloadCRC: crc, onDurable: nil, result: sequence) }
    }

    /// Writes a snapshot of the state at `revision` and removes the log segments it covers.
    /// `produce` adds the records (on a dedicated queue, not the cooperative pool). Appends go on
    /// meanwhile; the next one starts a new segment, so the next snapshot can remove this one.
    func writeSnapshot(revision: UInt64, _ produce: @escaping @Sendable (inout SnapshotWriter) throws -> Void) async throws {
        try await log.onIOQueue {
            $0.requestRotation()
            $0.resetBytesSinceMark()
        }
        let directory = self.directory
        try await withUnsafeThrowingContinuation { (c: UnsafeContinuation<Void, any Error>) in
            snapshotQueue.async {
                c.resume(with: Result {
                    var writer = try SnapshotWriter(directory: directory, revision: revision)
                    do {
                        try produce(&writer)
                        _ = try writer.finish()
                    } catch {
                        writer.abandon()
                        throw error
                    }
                })
            }
        }
        try await log.onIOQueue { try $0.snapshotTaken(at: revision) }
        // Older snapshots are superseded once the new one is durable.
        for name in try PosixDirectory.entries(directory) {
            if let n = LogFormat.number(in: name, prefix: "snap-", suffix: ".snap"), n < revision {
                try PosixDirectory.remove(directory + "/" + name)
            }
        }
    }

    /// The live segment files, oldest first.
    func segments() async throws -> [LogRecovery.Segment] {
        try await log.onIOQueue { $0.segments }
    }

    /// Log bytes appended since the last snapshot (or since opening).
    func bytesSinceSnapshot() async throws -> Int64 {
        try await log.onIOQueue { $0.bytesSinceMark }
    }

    /// Stops appending and closes the segment; the directory lock is released when the log is released.
    func close() async {
        await log.close(with: FileStoreError(.ioFailure, "the write-ahead log in \(directory) is closed", file: directory))
        lockFile.unlock()
    }

    /// How many batches have been made durable since opening.
    func syncCount() async throws -> Int {
        try await log.onIOQueue { $0.syncCount }
    }
}
