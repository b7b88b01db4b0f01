#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The append side of the log: writes batches of frames to the current segment, makes them
/// durable with `fdatasync`, starts a new segment when the current one is full, and removes
/// segments a snapshot has made unnecessary.
///
/// Not thread-safe: ``GroupCommitLog`` confines it to its I/O queue.
final class SegmentWriter {
    /// The log directory.
    let directory: String
    /// A segment is closed and a new one started once it holds this many bytes.
    let segmentSize: Int64
    /// Every segment, oldest first; the last one is being appended to.
    private(set) var segments: [LogRecovery.Segment]
    /// The open last segment.
    private var file: PosixFile?
    /// Where the next batch goes in the last segment.
    private(set) var offset: Int64
    /// Bytes appended since the last call of ``resetBytesSinceMark()``.
    private(set) var bytesSinceMark: Int64 = 0
    /// Set once closed: every later call fails.
    private var closed = false
    /// The revision of the newest durable snapshot: segments it covers can go.
    private(set) var snapshotRevision: UInt64 = 0
    /// How many times ``sync()`` ran (one per group-committed batch).
    private(set) var syncCount = 0
    /// Whether the next batch starts a new segment.
    private var rotationRequested = false

    /// Opens the log that recovery left behind: appends to its last segment, or starts a new one
    /// when there is none or when the log must continue at another sequence (after a snapshot
    /// newer than the log's end).
    init(directory: String, segmentSize: Int64, recovered: LogRecovery) throws {
        self.directory = directory
        self.segmentSize = max(Int64(LogFormat.fileHeaderSize + 1), segmentSize)
        segments = recovered.segments
        offset = recovered.appendOffset
        snapshotRevision = recovered.snapshotRevision
        let next = recovered.lastSequence + 1
        if let last = recovered.segments.last, recovered.tailSequence == next {
            file = try PosixFile(path: last.path, flags: O_WRONLY)
        } else {
            try startSegment(base: next)
        }
    }

    /// The sequence number of the first record in the current segment.
    var currentBase: UInt64 { segments.last?.base ?? 0 }

    /// Appends a batch of frames whose first record has `firstSequence`, starting a new segment
    /// first when the current one is full; the data is not durable until ``sync()``.
    func append(_ batch: [UInt8], firstSequence: UInt64) throws {
        try checkOpen()
        if (offset >= segmentSize || rotationRequested) && offset > Int64(LogFormat.fileHeaderSize) {
            try file?.syncData()
            try startSegment(base: firstSequence)
            rotationRequested = false
            try removeSegments(coveredBy: snapshotRevision)
        }
        guard let file else { throw closedError() }
        try file.write(batch, at: offset)
        offset += Int64(batch.count)
        bytesSinceMark += Int64(batch.count)
    }

    /// Makes every appended byte durable (`fdatasync`).
    func sync() throws {
        try checkOpen()
        try file?.syncData()
        syncCount += 1
    }

    /// Makes the next batch start a new segment, so the current one can be removed once a
    /// snapshot covers it.
    func requestRotation() { rotationRequested = true }

    /// Records that a snapshot of `revision` is durable and removes the segments it covers.
    func snapshotTaken(at revision: UInt64) throws {
        snapshotRevision = max(snapshotRevision, revision)
        try removeSegments(coveredBy: snapshotRevision)
    }

    /// Removes the segments whose records all have sequence numbers at or below `revision` (the
    /// current segment is always kept); returns how many were removed.
    @discardableResult
    func removeSegments(coveredBy revision: UInt64) throws -> Int {
        try checkOpen()
        var removed = 0
        while segments.count >= 2 && segments[1].base <= revision + 1 {
            try PosixDirectory.remove(segments[0].path)
            segments.removeFirst()
            removed += 1
        }
        if removed > 0 { try PosixDirectory.sync(directory) }
        return removed
    }

    /// Restarts the count of ``bytesSinceMark``.
    func resetBytesSinceMark() { bytesSinceMark = 0 }

    /// Closes the current segment; every later call fails.
    func close() {
        closed = true
        file = nil
    }

    private func startSegment(base: UInt64) throws {
        let path = directory + "/" + LogFormat.segmentName(base)
        let new = try PosixFile(path: path, flags: O_WRONLY | O_CREAT | O_TRUNC)
        try new.write(LogFormat.fileHeader(magic: LogFormat.segmentMagic, base: base), at: 0)
        try new.sync()
        try PosixDirectory.sync(directory)
        file = new
        offset = Int64(LogFormat.fileHeaderSize)
        segments.append(LogRecovery.Segment(base: base, path: path))
    }

    private func checkOpen() throws {
        if closed { throw closedError() }
    }

    private func closedError() -> FileStoreError {
        FileStoreError(.ioFailure, "the write-ahead log in \(directory) is closed", file: directory)
    }
}
