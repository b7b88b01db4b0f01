#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A thin owner of a POSIX file descriptor: the few system calls the write-ahead log needs,
/// each throwing a ``FileStoreError`` (``FileStoreError/Code/ioFailure``) that names the file.
///
/// Closes the descriptor when released. Every method is one or a few system calls on the
/// immutable descriptor, which the kernel serialises, hence `@unchecked Sendable`; owners still
/// order their writes themselves.
final class PosixFile: @unchecked Sendable {
    /// The descriptor.
    let fd: Int32
    /// The path it was opened at, for messages.
    let path: String

    /// Opens `path` with `open(2)` flags (`O_CLOEXEC` is always added).
    init(path: String, flags: Int32, mode: mode_t = 0o644) throws {
        let fd = open(path, flags | O_CLOEXEC, mode)
        if fd < 0 { throw PosixFile.failure("open", path) }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// The error for a failed call, from the current `errno`.
    static func failure(_ call: String, _ path: String) -> FileStoreError {
        let code = errno
        let text = String(cString: strerror(code))
        return FileStoreError(.ioFailure, "\(call) \(path): \(text) (errno \(code))", file: path, errno: code)
    }

    /// The file's size in bytes.
    func size() throws -> Int64 {
        var st = stat()
        if fstat(fd, &st) != 0 { throw Self.failure("fstat", path) }
        return Int64(st.st_size)
    }

    /// Writes all of `bytes` at `offset`, retrying short writes and `EINTR`.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        var position = offset
        while remaining > 0 {
            let n = pwrite(fd, base, remaining, off_t(position))
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.failure("pwrite", path)
            }
            remaining -= n
            position += Int64(n)
            base = base.advanced(by: n)
        }
    }

    /// Writes all of `bytes` at `offset`.
    func write(_ bytes: [UInt8], at offset: Int64) throws {
        try bytes.withUnsafeBytes { try write($0, at: offset) }
    }

    /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
    func read(count: Int, at offset: Int64) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: count)
        var got = 0
        try out.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while got < count {
                let n = pread(fd, base.advanced(by: got), count - got, off_t(offset + Int64(got)))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Self.failure("pread", path)
                }
                if n == 0 { break }
                got += n
            }
        }
        if got < count { out.removeLast(count - got) }
        return out
    }

    /// Flushes the file's data (and the metadata needed to read it back, such as its size) to
    /// the device: `fdatasync(2)`.
    func syncData() throws {
        while fdatasync(fd) != 0 {
            if errno == EINTR { continue }
            throw Self.failure("fdatasync", path)
        }
    }

    /// Flushes data and all metadata: `fsync(2)` (directories, new files).
    func sync() throws {
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw Self.failure("fsync", path)
        }
    }

    /// Cuts the file to `length` bytes.
    func truncate(to length: Int64) throws {
        if ftruncate(fd, off_t(length)) != 0 { throw Self.failure("ftruncate", path) }
    }

    /// Releases the lock taken by ``tryLock()``.
    func unlock() { _ = flock(fd, LOCK_UN) }

    /// Takes an exclusive advisory lock (`flock(LOCK_EX | LOCK_NB)`); `false` when another open
    /// file description holds it.
    func tryLock() throws -> Bool {
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
        if errno == EWOULDBLOCK { return false }
        throw Self.failure("flock", path)
    }
}

/// Directory operations of the write-ahead log.
enum PosixDirectory {
    /// Creates `path` and its missing parents (mode 0755).
    static func create(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST { throw PosixFile.failure("mkdir", built) }
        }
    }

    /// Flushes a directory's entries (after creating, renaming or removing files in it).
    static func sync(_ path: String) throws {
        let dir = try PosixFile(path: path, flags: O_RDONLY | O_DIRECTORY)
        try dir.sync()
    }

    /// The names of the entries of a directory (without `.` and `..`).
    static func entries(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw PosixFile.failure("opendir", path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Atomically renames `from` to `to` (same directory).
    static func move(_ from: String, to: String) throws {
        if rename(from, to) != 0 { throw PosixFile.failure("rename", from) }
    }

    /// Removes a file; a missing file is fine.
    static func remove(_ path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw PosixFile.failure("unlink", path) }
    }
}
