import Foundation
@testable import KubeStore

/// A temporary directory on the real disk, removed by ``remove()``.
struct TemporaryDirectory {
    let path: String

    init(_ label: String = "log") throws {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/kubestore-\(label)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    /// The names in the directory, sorted.
    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    /// The segment files, oldest first.
    func segments() throws -> [String] { try names().filter { $0.hasPrefix("wal-") }.map(file) }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    func write(_ bytes: [UInt8], to path: String) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }

    /// Flips one byte of a file.
    func flip(_ path: String, at offset: Int) throws {
        var b = try bytes(path)
        b[offset] ^= 0x5A
        try write(b, to: path)
    }

    /// Cuts a file to `length` bytes.
    func truncate(_ path: String, to length: Int) throws {
        try write(Array(try bytes(path).prefix(length)), to: path)
    }
}

/// What opening a log replayed.
struct Replayed {
    var snapshot: [(UInt64, [UInt8])] = []
    var records: [(UInt64, [UInt8])] = []
    var sequences: [UInt64] { records.map(\.0) }
    var texts: [String] { records.map { String(decoding: $0.1, as: UTF8.self) } }
}

/// Opens a log, collecting what it replays.
func openLog(_ dir: TemporaryDirectory, segmentSize: Int64 = 64 << 20,
             recovery: FileStoreRecoveryMode = .strict) throws -> (WriteAheadLog, Replayed) {
    var replayed = Replayed()
    var options = WriteAheadLog.Options()
    options.segmentSize = segmentSize
    options.recovery = recovery
    let log = try WriteAheadLog.open(directory: dir.path, options: options,
                                     snapshotRecord: { replayed.snapshot.append(($0, $1)) },
                                     logRecord: { replayed.records.append(($0, $1)) })
    return (log, replayed)
}

/// The byte offsets of the frames in a segment file.
func frameOffsets(_ bytes: [UInt8]) -> [Int] {
    var offsets: [Int] = []
    var at = LogFormat.fileHeaderSize
    bytes.withUnsafeBytes { raw in
        while case .frame(_, _, let next) = LogFormat.readFrame(raw, at: at) {
            offsets.append(at)
            at = next
        }
    }
    return offsets
}

extension WriteAheadLog {
    /// Appends `record-<i>` for each i.
    func appendTexts(_ range: Range<Int>) async throws {
        for i in range { _ = try await append(Array("record-\(i)".utf8)) }
    }
}
