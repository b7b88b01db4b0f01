#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a log directory back: the newest snapshot, then every segment record after it, checking
/// frames, sequence numbers and continuity; drops a torn tail and, by the mode, refuses or cuts
/// other damage. Leaves the directory ready for appending (tail cut, stale files removed).
struct LogRecovery {
    /// A segment file of the log.
    struct Segment: Sendable, Hashable {
        /// The sequence number of its first record.
        var base: UInt64
        var path: String
    }

    /// The live segments, oldest first; the writer appends to the last one.
    var segments: [Segment] = []
    /// Where the last segment's intact data ends.
    var appendOffset: Int64 = 0
    /// The sequence the next record appended to the last segment must have to keep it contiguous
    /// (when it differs from `lastSequence + 1`, the writer starts a new segment).
    var tailSequence: UInt64 = 0
    /// The last sequence number in the log or the snapshot: the next record gets one more.
    var lastSequence: UInt64 = 0
    /// The revision of the snapshot loaded (0: none).
    var snapshotRevision: UInt64 = 0
    /// What was found and done.
    var report = FileStoreRecovery()

    /// Recovers `directory`. `snapshotRecord` receives each object of the snapshot (its revision and
    /// payload) and `logRecord` each log record after the snapshot, in sequence order.
    static func recover(directory: String, mode: FileStoreRecoveryMode,
                        snapshotRecord: (UInt64, [UInt8]) throws -> Void,
                        logRecord: (UInt64, [UInt8]) throws -> Void) throws -> LogRecovery {
        var r = LogRecovery()
        var segmentBases: [UInt64] = []
        var snapshots: [UInt64] = []
        for name in try PosixDirectory.entries(directory) {
            if let n = LogFormat.number(in: name, prefix: "wal-", suffix: ".log") {
                segmentBases.append(n)
            } else if let n = LogFormat.number(in: name, prefix: "snap-", suffix: ".snap") {
                snapshots.append(n)
            } else if name.hasSuffix(".tmp") {
                try PosixDirectory.remove(directory + "/" + name)   // an unfinished snapshot
            }
        }
        segmentBases.sort()
        snapshots.sort()

        if let newest = snapshots.last {
            try r.loadSnapshot(path: directory + "/" + LogFormat.snapshotName(newest), revision: newest, snapshotRecord)
            for old in snapshots.dropLast() { try PosixDirectory.remove(directory + "/" + LogFormat.snapshotName(old)) }
        }
        r.lastSequence = r.snapshotRevision

        // Segments whose records all precede the snapshot are no longer needed.
        var bases = segmentBases
        while bases.count >= 2 && bases[1] <= r.snapshotRevision + 1 {
            try PosixDirectory.remove(directory + "/" + LogFormat.segmentName(bases[0]))
            bases.removeFirst()
        }
        if let first = bases.first, first > r.snapshotRevision + 1 {
            let path = directory + "/" + LogFormat.segmentName(first)
            throw FileStoreError(.missingRecords,
                                 "the log is missing records \(r.snapshotRevision + 1)...\(first - 1): the snapshot ends at revision \(r.snapshotRevision) but the oldest segment, \(path), starts at \(first)",
                                 file: path, offset: 0)
        }
        var index = 0
        while index < bases.count {
            let path = directory + "/" + LogFormat.segmentName(bases[index])
            let isLast = index == bases.count - 1
            let outcome = try r.readSegment(path: path, base: bases[index], isLast: isLast, mode: mode, logRecord)
            switch outcome {
            case .complete(let end, let next):
                r.segments.append(Segment(base: bases[index], path: path))
                r.appendOffset = end
                r.tailSequence = next
                index += 1
                if index < bases.count, bases[index] != r.lastSequence + 1, bases[index] > r.snapshotRevision + 1 {
                    let next = directory + "/" + LogFormat.segmentName(bases[index])
                    throw FileStoreError(.missingRecords,
                                         "the log is missing records: \(path) ends at sequence \(r.lastSequence) but the next segment, \(next), starts at \(bases[index])",
                                         file: next, offset: 0)
                }
            case .cut(let end, let next):
                if end >= Int64(LogFormat.fileHeaderSize) {
                    r.segments.append(Segment(base: bases[index], path: path))
                    r.appendOffset = end
                    r.tailSequence = next
                } else {
                    try PosixDirectory.remove(path)
                }
                for later in bases[(index + 1)...] {
                    let laterPath = directory + "/" + LogFormat.segmentName(later)
                    let size = (try? PosixFile(path: laterPath, flags: O_RDONLY).size()) ?? 0
                    try PosixDirectory.remove(laterPath)
                    r.report.discarded.append(.init(file: laterPath, offset: 0, bytes: size, damage: "follows damaged data in \(path)"))
                }
                index = bases.count
            case .removed:
                index += 1
            }
        }
        r.report.revision = Int64(r.lastSequence)
        r.report.snapshotRevision = Int64(r.snapshotRevision)
        return r
    }

    /// Runs a record handler; an error it throws is reported at the record's file and offset.
    private static func located(_ path: String, _ offset: Int64, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as FileStoreError where e.file == nil {
            throw FileStoreError(e.code, "record in \(path) at byte offset \(offset): \(e.message)", file: path, offset: offset)
        } catch let e as FileStoreError {
            throw e
        } catch {
            throw FileStoreError(.undecodableRecord, "record in \(path) at byte offset \(offset): \(error)", file: path, offset: offset)
        }
    }

    private enum SegmentOutcome {
        /// Every frame is intact; data ends at this offset; the next record would have this sequence.
        case complete(Int64, next: UInt64)
        /// Damage was cut at this offset (below the header size: the whole segment goes); later
        /// segments must go.
        case cut(Int64, next: UInt64)
        /// The segment was an unfinished creation and was removed.
        case removed
    }

    private mutating func readSegment(path: String, base: UInt64, isLast: Bool, mode: FileStoreRecoveryMode,
                                      _ logRecord: (UInt64, [UInt8]) throws -> Void) throws -> SegmentOutcome {
        var reader = try LogFileReader(path: path)
        guard let header = try reader.header() else {
            if isLast {
                // Created by a rotation that did not finish: nothing was ever acknowledged in it.
                report.discarded.append(.init(file: path, offset: 0, bytes: reader.size, damage: nil))
                try PosixDirectory.remove(path)
                return .removed
            }
            return try damaged(path, 0, "the segment header is incomplete", reader.size, isLast: false, mode: mode, reader: &reader,
                               next: base)
        }
        guard header.magic == LogFormat.segmentMagic else {
            throw FileStoreError(.unsupportedFormat, "\(path) is not a write-ahead log segment of this format (bad magic at byte offset 0)",
                                 file: path, offset: 0)
        }
        guard header.base == base else {
            return try damaged(path, 8, "the header says the segment starts at sequence \(header.base), its name says \(base)",
                               reader.size, isLast: false, mode: mode, reader: &reader, next: base)
        }
        var offset = Int64(LogFormat.fileHeaderSize)
        var expected = base
        while offset < reader.size {
            let (read, payload) = try reader.frame(at: offset)
            let reason: String
            switch read {
            case .frame(let sequence, _, let next):
                if sequence == expected {
                    if sequence > snapshotRevision {
                        try Self.located(path, offset) { try logRecord(sequence, payload) }
                        report.replayedRecords += 1
                    }
                    lastSequence = max(lastSequence, sequence)
                    expected += 1
                    offset += Int64(next)
                    continue
                }
                reason = "record has sequence \(sequence) where \(expected) was expected"
            case .incomplete:
                reason = "the file ends inside a record"
            case .damaged(let why):
                reason = why
            }
            return try damaged(path, offset, reason, reader.size, isLast: isLast, mode: mode, reader: &reader, next: expected)
        }
        return .complete(offset, next: expected)
    }

    /// Handles damage at `offset`: drops a torn tail, cuts in truncate mode, else throws.
    private mutating func damaged(_ path: String, _ offset: Int64, _ reason: String, _ size: Int64, isLast: Bool,
                                  mode: FileStoreRecoveryMode, reader: inout LogFileReader, next: UInt64) throws -> SegmentOutcome {
        // A torn tail is only possible at the end of the last segment, after its header.
        let torn = try isLast && offset >= Int64(LogFormat.fileHeaderSize) && reader.isTornTail(at: offset, after: next - 1)
        if !torn && mode == .strict {
            throw FileStoreError(.corruptRecord,
                                 "corrupt record in \(path) at byte offset \(offset): \(reason); the store refuses to open so that no acknowledged write is silently lost (open with recovery mode .truncateDamagedTail to discard this record and everything after it)",
                                 file: path, offset: offset)
        }
        let cut = offset >= Int64(LogFormat.fileHeaderSize) ? offset : 0
        let file = try PosixFile(path: path, flags: O_WRONLY)
        try file.truncate(to: cut)
        try file.sync()
        report.discarded.append(.init(file: path, offset: cut, bytes: size - cut, damage: torn ? nil : reason))
        return .cut(cut, next: next)
    }

    private mutating func loadSnapshot(path: String, revision: UInt64, _ snapshotRecord: (UInt64, [UInt8]) throws -> Void) throws {
        var reader = try LogFileReader(path: path)
        func corrupt(_ offset: Int64, _ why: String) -> FileStoreError {
            FileStoreError(.corruptSnapshot, "corrupt snapshot \(path) at byte offset \(offset): \(why)", file: path, offset: offset)
        }
        guard let header = try reader.header() else { throw corrupt(0, "the file is shorter than its header") }
        guard header.magic == LogFormat.snapshotMagic else {
            throw FileStoreError(.unsupportedFormat, "\(path) is not a snapshot of this format (bad magic at byte offset 0)", file: path, offset: 0)
        }
        guard header.base == revision else { throw corrupt(8, "the header says revision \(header.base), the name says \(revision)") }
        var offset = Int64(LogFormat.fileHeaderSize)
        var count: UInt64 = 0
        while true {
            let (read, payload) = try reader.frame(at: offset)
            switch read {
            case .frame(let sequence, _, let next):
                if sequence == LogFormat.trailerSequence {
                    let stored = payload.count == 8 ? payload.withUnsafeBytes { LogFormat.readUInt64($0, 0) } : UInt64.max
                    guard stored == count else { throw corrupt(offset, "the trailer counts \(stored) records but \(count) were read") }
                    snapshotRevision = revision
                    report.snapshotObjects = Int(count)
                    return
                }
                if sequence > revision { throw corrupt(offset, "an object has revision \(sequence), after the snapshot's \(revision)") }
                try Self.located(path, offset) { try snapshotRecord(sequence, payload) }
                count += 1
                offset += Int64(next)
            case .incomplete:
                throw corrupt(offset, "the file ends before the snapshot's trailer")
            case .damaged(let why):
                throw corrupt(offset, why)
            }
        }
    }
}
