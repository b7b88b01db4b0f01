/// The on-disk format of ``FileStore``'s write-ahead log segments and snapshot files.
///
/// Both kinds of file are a 16-byte file header followed by frames. All integers are little endian.
///
/// File header:
/// ```
///   0  8 bytes  magic: "KPWAL\0\0\u{1}" (log segment) or "KPSNAP\0\u{1}" (snapshot); the last
///               byte is the format version (1)
///   8  u64      segment: the sequence number of its first record (also in the file name);
///               snapshot: the revision it captures
/// ```
/// Frame (one record; frames start at offsets that are multiples of 8):
/// ```
///   0  u32      payload length N (at most `LogFormat.maxPayload`)
///   4  u32      CRC-32C of the payload
///   8  u64      sequence number: in a segment, the record's revision, exactly one more than the
///               previous record's; in a snapshot, the object's revision
///  16  u32      CRC-32C of bytes 0..<16 (so a damaged length is caught before it is used)
///  20  u32      zero (reserved)
///  24  N bytes  payload
///      0-7      zero bytes of padding to the next multiple of 8
/// ```
/// A snapshot ends with a trailer frame whose sequence is `UInt64.max` and whose payload is the
/// number of frames before it (u64); a snapshot without its trailer is incomplete.
///
/// File names: segments `wal-<first sequence, 20 digits>.log`, snapshots
/// `snap-<revision, 20 digits>.snap` (written as `.tmp`, fsynced, renamed, then the directory is
/// fsynced), and the lock file `LOCK`.
enum LogFormat {
    /// Segment magic, version 1.
    static let segmentMagic: [UInt8] = Array("KPWAL".utf8) + [0, 0, 1]
    /// Snapshot magic, version 1.
    static let snapshotMagic: [UInt8] = Array("KPSNAP".utf8) + [0, 1]
    /// Size of the file header.
    static let fileHeaderSize = 16
    /// Size of a frame header.
    static let frameHeaderSize = 24
    /// The largest payload a frame may carry (far above the store's 1.5 MiB object limit).
    static let maxPayload = 64 << 20
    /// The sequence number of a snapshot's trailer frame.
    static let trailerSequence = UInt64.max
    /// Torn-write detection works on the device's sector size.
    static let sectorSize = 512

    /// The file header for a segment or snapshot.
    static func fileHeader(magic: [UInt8], base: UInt64) -> [UInt8] {
        var h = magic
        appendUInt64(&h, base)
        return h
    }

    /// The on-disk size of a frame with an `n`-byte payload, padding included.
    static func frameSize(payload n: Int) -> Int { (frameHeaderSize + n + 7) & ~7 }

    /// Appends a frame to `out`.
    static func appendFrame(_ out: inout [UInt8], sequence: UInt64, payload: [UInt8], payloadCRC: UInt32) {
        let start = out.count
        appendUInt32(&out, UInt32(payload.count))
        appendUInt32(&out, payloadCRC)
        appendUInt64(&out, sequence)
        let headerCRC = out.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[start ..< start + 16])) }
        appendUInt32(&out, headerCRC)
        appendUInt32(&out, 0)
        out.append(contentsOf: payload)
        let padding = frameSize(payload: payload.count) - frameHeaderSize - payload.count
        if padding > 0 { out.append(contentsOf: repeatElement(0, count: padding)) }
    }

    static func appendUInt32(_ out: inout [UInt8], _ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    static func appendUInt64(_ out: inout [UInt8], _ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    static func readUInt32(_ b: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(littleEndian: b.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }

    static func readUInt64(_ b: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        UInt64(littleEndian: b.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    /// The name of the segment whose first record has `sequence`.
    static func segmentName(_ sequence: UInt64) -> String { "wal-\(padded(sequence)).log" }

    /// The name of the snapshot at `revision`.
    static func snapshotName(_ revision: UInt64) -> String { "snap-\(padded(revision)).snap" }

    /// The number in a `wal-N.log` or `snap-N.snap` name.
    static func number(in name: String, prefix: String, suffix: String) -> UInt64? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count == prefix.count + 20 + suffix.count else { return nil }
        return UInt64(name.dropFirst(prefix.count).dropLast(suffix.count))
    }

    private static func padded(_ n: UInt64) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }
}

/// What is found at an offset of a log file.
enum FrameRead: Equatable {
    /// An intact frame: its sequence, where its payload is, and where the next frame starts.
    case frame(sequence: UInt64, payload: Range<Int>, next: Int)
    /// The file ends inside the frame's header or payload.
    case incomplete
    /// The frame fails its checks.
    case damaged(String)
}

extension LogFormat {
    /// Reads the frame at `offset` of `bytes` (the part of a file loaded in memory; `bytes` ends where
    /// the file ends).
    static func readFrame(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> FrameRead {
        guard offset + frameHeaderSize <= bytes.count else { return .incomplete }
        let length = Int(readUInt32(bytes, offset))
        let payloadCRC = readUInt32(bytes, offset + 4)
        let sequence = readUInt64(bytes, offset + 8)
        let headerCRC = readUInt32(bytes, offset + 16)
        if CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[offset ..< offset + 16])) != headerCRC {
            return .damaged("frame header checksum mismatch")
        }
        if length > maxPayload { return .damaged("frame length \(length) exceeds the limit of \(maxPayload) bytes") }
        let start = offset + frameHeaderSize
        let end = start + length
        guard end <= bytes.count else { return .incomplete }
        if CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[start ..< end])) != payloadCRC {
            return .damaged("payload checksum mismatch")
        }
        return .frame(sequence: sequence, payload: start ..< end, next: offset + frameSize(payload: length))
    }

    /// Whether the damage at `offset` looks like a torn write at the end of the log (the tail of an
    /// append the crash interrupted) rather than corruption of data that was once complete:
    /// no intact frame with a later sequence follows it, and either the file ends inside the frame,
    /// or some sector-aligned piece of the frame (at least 16 bytes) reads as zeros, as unwritten
    /// blocks do after a power loss.
    /// `fileOffset` is the offset of `bytes[0]` in the file (sectors are aligned to the file).
    static func isTornTail(_ bytes: UnsafeRawBufferPointer, at offset: Int, fileOffset: Int64 = 0, after lastSequence: UInt64?) -> Bool {
        if hasLaterFrame(bytes, after: offset, sequenceAbove: lastSequence) { return false }
        let read = readFrame(bytes, at: offset)
        if read == .incomplete { return true }
        // The frame's extent: its declared length when the header is intact, else the rest of the file.
        var end = bytes.count
        if offset + frameHeaderSize <= bytes.count {
            let headerOK = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[offset ..< offset + 16])) == readUInt32(bytes, offset + 16)
            let length = Int(readUInt32(bytes, offset))
            if headerOK && length <= maxPayload { end = min(bytes.count, offset + frameHeaderSize + length) }
        }
        var pieceStart = offset
        while pieceStart < end {
            let absolute = Int(fileOffset) + pieceStart
            let pieceEnd = min(end, pieceStart + (sectorSize - absolute % sectorSize))
            if pieceEnd - pieceStart >= 16 && bytes[pieceStart ..< pieceEnd].allSatisfy({ $0 == 0 }) { return true }
            pieceStart = pieceEnd
        }
        return false
    }

    /// Whether an intact frame with a sequence above `sequenceAbove` starts at some 8-aligned
    /// offset after `offset`.
    static func hasLaterFrame(_ bytes: UnsafeRawBufferPointer, after offset: Int, sequenceAbove: UInt64?) -> Bool {
        var at = offset + 8
        while at + frameHeaderSize <= bytes.count {
            if case .frame(let sequence, _, _) = readFrame(bytes, at: at), sequenceAbove.map({ sequence > $0 }) ?? true,
               sequence != trailerSequence {
                return true
            }
            at += 8
        }
        return false
    }
}
