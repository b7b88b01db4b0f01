#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a snapshot file atomically: frames go to `snap-<revision>.snap.tmp` through a buffer;
/// ``finish()`` adds the trailer, fsyncs the file, renames it to `snap-<revision>.snap` and fsyncs
/// the directory. A crash before the rename leaves only a `.tmp` file, which recovery removes.
struct SnapshotWriter {
    let directory: String
    let revision: UInt64
    private let file: PosixFile
    private let temporaryPath: String
    private var buffer: [UInt8] = []
    private var offset: Int64 = 0
    private var count: UInt64 = 0
    private static let flushSize = 1 << 20

    /// Starts a snapshot of the state at `revision`.
    init(directory: String, revision: UInt64) throws {
        self.directory = directory
        self.revision = revision
        temporaryPath = directory + "/" + LogFormat.snapshotName(revision) + ".tmp"
        file = try PosixFile(path: temporaryPath, flags: O_WRONLY | O_CREAT | O_TRUNC)
        buffer.reserveCapacity(Self.flushSize + 4096)
        buffer = LogFormat.fileHeader(magic: LogFormat.snapshotMagic, base: revision)
    }

    /// Adds one record (an object at its revision `sequence`).
    mutating func append(sequence: UInt64, payload: [UInt8]) throws {
        LogFormat.appendFrame(&buffer, sequence: sequence, payload: payload, payloadCRC: CRC32C.checksum(payload))
        count += 1
        if buffer.count >= Self.flushSize { try flush() }
    }

    private mutating func flush() throws {
        try file.write(buffer, at: offset)
        offset += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Completes the snapshot and makes it durable and visible under its final name; returns its path.
    mutating func finish() throws -> String {
        var trailer: [UInt8] = []
        LogFormat.appendUInt64(&trailer, count)
        LogFormat.appendFrame(&buffer, sequence: LogFormat.trailerSequence, payload: trailer, payloadCRC: CRC32C.checksum(trailer))
        try flush()
        try file.sync()
        let final = directory + "/" + LogFormat.snapshotName(revision)
        try PosixDirectory.move(temporaryPath, to: final)
        try PosixDirectory.sync(directory)
        return final
    }

    /// Abandons the snapshot and removes its temporary file.
    func abandon() {
        try? PosixDirectory.remove(temporaryPath)
    }
}
