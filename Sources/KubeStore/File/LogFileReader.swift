#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the frames of a segment or snapshot file through a window of the file, so a large
/// snapshot never has to fit in memory at once.
struct LogFileReader {
    let file: PosixFile
    /// The file's size when it was opened.
    let size: Int64
    private var window: [UInt8] = []
    private var windowStart: Int64 = 0
    private static let chunk = 1 << 20

    /// Opens `path` for reading.
    init(path: String) throws {
        file = try PosixFile(path: path, flags: O_RDONLY)
        size = try file.size()
    }

    var path: String { file.path }

    /// Makes the window cover `[offset, min(size, offset + count))`.
    private mutating func load(_ offset: Int64, _ count: Int) throws {
        let wanted = min(size, offset + Int64(count))
        if offset >= windowStart && wanted <= windowStart + Int64(window.count) { return }
        let length = Int(min(size - offset, Int64(max(count, Self.chunk))))
        window = try file.read(count: max(0, length), at: offset)
        windowStart = offset
    }

    /// The file header: its magic and base number; `nil` when the file is shorter than a header.
    mutating func header() throws -> (magic: [UInt8], base: UInt64)? {
        try load(0, LogFormat.fileHeaderSize)
        guard window.count >= LogFormat.fileHeaderSize, windowStart == 0 else { return nil }
        let magic = Array(window[0 ..< 8])
        let base = window.withUnsafeBytes { LogFormat.readUInt64($0, 8) }
        return (magic, base)
    }

    /// The frame at `offset`, with a copy of its payload when intact.
    mutating func frame(at offset: Int64) throws -> (read: FrameRead, payload: [UInt8]) {
        try load(offset, LogFormat.frameHeaderSize)
        var relative = Int(offset - windowStart)
        if window.count - relative >= LogFormat.frameHeaderSize {
            let length = window.withUnsafeBytes { Int(LogFormat.readUInt32($0, relative)) }
            if length <= LogFormat.maxPayload {
                try load(offset, LogFormat.frameHeaderSize + length)
                relative = Int(offset - windowStart)
            }
        }
        let read = window.withUnsafeBytes { raw in
            LogFormat.readFrame(UnsafeRawBufferPointer(rebasing: raw[relative...]), at: 0)
        }
        guard case .frame(let sequence, let payload, let next) = read else { return (read, []) }
        let bytes = Array(window[(relative + payload.lowerBound) ..< (relative + payload.upperBound)])
        return (.frame(sequence: sequence, payload: payload, next: next), bytes)
    }

    /// Whether the damage at `offset` is a torn tail (see ``LogFormat/isTornTail(_:at:fileOffset:after:)``);
    /// reads the rest of the file.
    mutating func isTornTail(at offset: Int64, after lastSequence: UInt64?) throws -> Bool {
        let rest = try file.read(count: Int(size - offset), at: offset)
        return rest.withUnsafeBytes { LogFormat.isTornTail($0, at: 0, fileOffset: offset, after: lastSequence) }
    }
}
