import Foundation
import Testing
@testable import KubeStore

@Suite("Write-ahead log")
struct WriteAheadLogTests {
    @Test("CRC-32C matches the standard check value and is independent of how the input is split")
    func crc32c() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        var rng = SystemRandomNumberGenerator()
        let data = (0 ..< 1000).map { _ in UInt8.random(in: 0 ... 255, using: &rng) }
        for split in [0, 1, 7, 8, 9, 500, 999, 1000] {
            var c = CRC32C()
            c.update(Array(data[..<split]))
            c.update(Array(data[split...]))
            #expect(c.value == CRC32C.checksum(data))
        }
        // A bitwise reference implementation agrees.
        var reference: UInt32 = 0xFFFF_FFFF
        for byte in data {
            reference ^= UInt32(byte)
            for _ in 0 ..< 8 { reference = reference & 1 != 0 ? (reference >> 1) ^ 0x82F6_3B78 : reference >> 1 }
        }
        #expect(~reference == CRC32C.checksum(data))
    }

    @Test("records are replayed in order after reopening and new records continue the sequence")
    func reopenReplays() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, replayed) = try openLog(dir)
            #expect(replayed.records.isEmpty)
            try await log.appendTexts(0 ..< 10)
            await log.close()
        }
        let (log, replayed) = try openLog(dir)
        #expect(replayed.sequences == Array(1 ... 10))
        #expect(replayed.texts == (0 ..< 10).map { "record-\($0)" })
        #expect(log.recovery.revision == 10)
        #expect(log.recovery.discarded.isEmpty)
        #expect(try await log.append(Array("next".utf8)) == 11)
        await log.close()
        let (_, again) = try openLog(dir)
        #expect(again.sequences == Array(1 ... 11))
    }

    @Test("concurrent writers share fsyncs and get unique, contiguous sequence numbers")
    func groupCommit() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (log, _) = try openLog(dir)
        let sequences = try await withThrowingTaskGroup(of: [UInt64].self) { group in
            for w in 0 ..< 32 {
                group.addTask {
                    var mine: [UInt64] = []
                    for i in 0 ..< 20 { mine.append(try await log.append(Array("w\(w)-\(i)".utf8))) }
                    return mine
                }
            }
            var all: [UInt64] = []
            for try await s in group { all += s }
            return all
        }
        #expect(sequences.sorted() == Array(1 ... 640))
        let syncs = try await log.syncCount()
        #expect(syncs < 640, "32 concurrent writers must share fsyncs (got \(syncs) for 640 records)")
        await log.close()
        let (_, replayed) = try openLog(dir)
        #expect(replayed.sequences == Array(1 ... 640))
    }

    @Test("a record cut short at the end of the log (a torn write) is dropped on open and the log continues")
    func tornTailDropped() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir)
            try await log.appendTexts(0 ..< 5)
            await log.close()
        }
        let segment = try dir.segments()[0]
        let size = try dir.bytes(segment).count
        let lastOffset = frameOffsets(try dir.bytes(segment)).last ?? 0
        try dir.truncate(segment, to: size - 5)
        do {
            let (log, replayed) = try openLog(dir)
            #expect(replayed.sequences == [1, 2, 3, 4])
            #expect(log.recovery.discarded == [.init(file: segment, offset: Int64(lastOffset), bytes: Int64(size - 5 - lastOffset), damage: nil)])
            #expect(try await log.append(Array("after".utf8)) == 5)
            await log.close()
        }
        let (log, replayed) = try openLog(dir)
        #expect(replayed.texts == ["record-0", "record-1", "record-2", "record-3", "after"])
        #expect(log.recovery.discarded.isEmpty)
    }

    @Test("a torn header and zero-filled blocks at the end are torn tails too")
    func zeroTail() async throws {
        for cut in [3, 20] {
            let dir = try TemporaryDirectory()
            defer { dir.remove() }
            do {
                let (log, _) = try openLog(dir)
                try await log.appendTexts(0 ..< 3)
                await log.close()
            }
            let segment = try dir.segments()[0]
            var bytes = try dir.bytes(segment)
            // A fourth record whose header made it only partly, then zeros to a sector boundary.
            var frame: [UInt8] = []
            LogFormat.appendFrame(&frame, sequence: 4, payload: Array(repeating: 65, count: 900), payloadCRC: CRC32C.checksum(Array(repeating: 65, count: 900)))
            bytes += frame.prefix(cut) + Array(repeating: 0, count: 1024)
            try dir.write(bytes, to: segment)
            let (log, replayed) = try openLog(dir)
            #expect(replayed.sequences == [1, 2, 3])
            #expect(log.recovery.discarded.count == 1)
            #expect(log.recovery.discarded.first?.damage == nil)
            await log.close()
        }
    }

    @Test("a flipped byte in the middle of the log refuses to open, naming the file and byte offset, and changes nothing")
    func corruptionInTheMiddleRefuses() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir)
            try await log.appendTexts(0 ..< 10)
            await log.close()
        }
        let segment = try dir.segments()[0]
        let before = try dir.bytes(segment)
        let offsets = frameOffsets(before)
        try dir.flip(segment, at: offsets[4] + LogFormat.frameHeaderSize + 2)
        let damaged = try dir.bytes(segment)
        let error = #expect(throws: FileStoreError.self) { try openLog(dir) }
        #expect(error?.code == .corruptRecord)
        #expect(error?.file == segment)
        #expect(error?.offset == Int64(offsets[4]))
        #expect(error?.message.contains("\(segment) at byte offset \(offsets[4])") == true)
        #expect(try dir.bytes(segment) == damaged, "a refused open must not modify the log")
        // A damaged frame header is caught the same way.
        try dir.write(before, to: segment)
        try dir.flip(segment, at: offsets[2] + 1)
        let headerError = #expect(throws: FileStoreError.self) { try openLog(dir) }
        #expect(headerError?.offset == Int64(offsets[2]))
    }

    @Test("a flipped byte in the last complete record is corruption, not a torn tail")
    func corruptionOfTheLastRecordRefuses() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir)
            try await log.appendTexts(0 ..< 3)
            await log.close()
        }
        let segment = try dir.segments()[0]
        let offsets = frameOffsets(try dir.bytes(segment))
        try dir.flip(segment, at: offsets[2] + LogFormat.frameHeaderSize)
        let error = #expect(throws: FileStoreError.self) { try openLog(dir) }
        #expect(error?.code == .corruptRecord)
        #expect(error?.offset == Int64(offsets[2]))
    }

    @Test("the truncate option cuts the log at the damage and reports what it discarded")
    func truncateOption() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir)
            try await log.appendTexts(0 ..< 10)
            await log.close()
        }
        let segment = try dir.segments()[0]
        let bytes = try dir.bytes(segment)
        let offsets = frameOffsets(bytes)
        try dir.flip(segment, at: offsets[6] + LogFormat.frameHeaderSize + 1)
        do {
            let (log, replayed) = try openLog(dir, recovery: .truncateDamagedTail)
            #expect(replayed.sequences == Array(1 ... 6))
            #expect(log.recovery.discarded.count == 1)
            #expect(log.recovery.discarded.first?.offset == Int64(offsets[6]))
            #expect(log.recovery.discarded.first?.bytes == Int64(bytes.count - offsets[6]))
            #expect(log.recovery.discarded.first?.damage == "payload checksum mismatch")
            #expect(try await log.append(Array("after".utf8)) == 7)
            await log.close()
        }
        let (log, replayed) = try openLog(dir)
        #expect(replayed.sequences == Array(1 ... 7))
        #expect(log.recovery.discarded.isEmpty)
    }

    @Test("segments rotate by size, replay across segments, and damage in an older segment names that segment")
    func segments() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir, segmentSize: 200)
            try await log.appendTexts(0 ..< 30)
            await log.close()
        }
        let segments = try dir.segments()
        #expect(segments.count > 3)
        do {
            let (log, replayed) = try openLog(dir, segmentSize: 200)
            #expect(replayed.sequences == Array(1 ... 30))
            await log.close()
        }
        let second = segments[1]
        let offsets = frameOffsets(try dir.bytes(second))
        try dir.flip(second, at: offsets[0] + LogFormat.frameHeaderSize)
        let error = #expect(throws: FileStoreError.self) { try openLog(dir, segmentSize: 200) }
        #expect(error?.file == second)
        #expect(error?.offset == Int64(offsets[0]))
        // Truncating removes the later segments.
        let (log, replayed) = try openLog(dir, segmentSize: 200, recovery: .truncateDamagedTail)
        let firstCount = frameOffsets(try dir.bytes(segments[0])).count
        #expect(replayed.sequences == Array(1 ... UInt64(firstCount)))
        #expect(log.recovery.discarded.count == segments.count - 1)
        #expect(try dir.segments().count == 2)
        await log.close()
    }

    @Test("a removed segment is reported as missing records")
    func missingSegment() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir, segmentSize: 200)
            try await log.appendTexts(0 ..< 30)
            await log.close()
        }
        let segments = try dir.segments()
        try FileManager.default.removeItem(atPath: segments[1])
        let error = #expect(throws: FileStoreError.self) { try openLog(dir, segmentSize: 200) }
        #expect(error?.code == .missingRecords)
        #expect(error?.file == segments[2])
    }

    @Test("a segment whose header never finished (a crash during rotation) is removed")
    func tornSegmentHeader() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir)
            try await log.appendTexts(0 ..< 3)
            await log.close()
        }
        let torn = dir.file(LogFormat.segmentName(4))
        try dir.write(Array(LogFormat.segmentMagic.prefix(5)), to: torn)
        let (log, replayed) = try openLog(dir)
        #expect(replayed.sequences == [1, 2, 3])
        #expect(!FileManager.default.fileExists(atPath: torn))
        #expect(try await log.append(Array("x".utf8)) == 4)
        await log.close()
    }

    @Test("a snapshot replaces the segments it covers; recovery loads it, then the later records")
    func snapshots() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir, segmentSize: 300)
            try await log.appendTexts(0 ..< 40)
            let before = try dir.segments().count
            try await log.writeSnapshot(revision: 40) { w in
                for i in 0 ..< 5 { try w.append(sequence: UInt64(i + 1), payload: Array("object-\(i)".utf8)) }
            }
            try await log.appendTexts(40 ..< 45)
            #expect(try dir.segments().count < before)
            try await log.writeSnapshot(revision: 45) { w in
                for i in 0 ..< 6 { try w.append(sequence: UInt64(40 + i), payload: Array("object-\(i)".utf8)) }
            }
            try await log.appendTexts(45 ..< 47)
            await log.close()
        }
        #expect(try dir.names().filter { $0.hasPrefix("snap-") } == [LogFormat.snapshotName(45)])
        let (log, replayed) = try openLog(dir, segmentSize: 300)
        #expect(replayed.snapshot.map { String(decoding: $0.1, as: UTF8.self) } == (0 ..< 6).map { "object-\($0)" })
        #expect(replayed.sequences == [46, 47])
        #expect(log.recovery.snapshotRevision == 45)
        #expect(log.recovery.snapshotObjects == 6)
        #expect(log.recovery.revision == 47)
        #expect(try await log.append(Array("x".utf8)) == 48)
        await log.close()
    }

    @Test("a damaged snapshot refuses to open with its file and offset; an unfinished one is ignored")
    func damagedSnapshot() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        do {
            let (log, _) = try openLog(dir)
            try await log.appendTexts(0 ..< 5)
            try await log.writeSnapshot(revision: 5) { w in
                for i in 0 ..< 3 { try w.append(sequence: UInt64(i + 1), payload: Array("object-\(i)".utf8)) }
            }
            await log.close()
        }
        // A leftover temporary snapshot is removed.
        try dir.write([1, 2, 3], to: dir.file(LogFormat.snapshotName(9) + ".tmp"))
        do {
            let (log, replayed) = try openLog(dir)
            #expect(replayed.snapshot.count == 3)
            #expect(try !dir.names().contains(LogFormat.snapshotName(9) + ".tmp"))
            await log.close()
        }
        let snapshot = dir.file(LogFormat.snapshotName(5))
        let offsets = frameOffsets(try dir.bytes(snapshot))
        try dir.flip(snapshot, at: offsets[1] + LogFormat.frameHeaderSize)
        let error = #expect(throws: FileStoreError.self) { try openLog(dir) }
        #expect(error?.code == .corruptSnapshot)
        #expect(error?.file == snapshot)
        #expect(error?.offset == Int64(offsets[1]))
    }

    @Test("a second store cannot open a directory that is in use")
    func directoryLock() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (log, _) = try openLog(dir)
        let error = #expect(throws: FileStoreError.self) { try openLog(dir) }
        #expect(error?.code == .directoryLocked)
        await log.close()
        let (again, _) = try openLog(dir)
        await again.close()
    }

    @Test("an append after close fails")
    func appendAfterClose() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (log, _) = try openLog(dir)
        await log.close()
        await #expect(throws: FileStoreError.self) { try await log.append([1]) }
    }
}
