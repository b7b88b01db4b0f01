/// Why a ``FileStore`` could not open its directory, or why its log cannot be trusted: a typed
/// error that names the file and, for damaged data, the byte offset.
///
/// Opening a store whose log is damaged before its end throws ``Code/corruptRecord`` rather than
/// silently dropping acknowledged writes:
/// ```
/// corrupt record in /var/lib/kube/wal-00000000000000000001.log at byte offset 81920: checksum mismatch ...
/// ```
/// Operations of a store that is already open report failures as ``StoreError`` (the
/// ``ResourceStore`` contract); this type is for opening, recovery and maintenance.
public struct FileStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, extensible.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A log record failed its checks (length, checksum or sequence) before the log's end.
        public static let corruptRecord = Code(rawValue: "CorruptRecord")
        /// A snapshot file failed its checks.
        public static let corruptSnapshot = Code(rawValue: "CorruptSnapshot")
        /// Records are missing: the log does not continue where the snapshot or the previous
        /// segment ends (a segment file was removed or renamed).
        public static let missingRecords = Code(rawValue: "MissingRecords")
        /// A file is not in a format this version understands (wrong magic or version).
        public static let unsupportedFormat = Code(rawValue: "UnsupportedFormat")
        /// Another store (in this or another process) has the directory open.
        public static let directoryLocked = Code(rawValue: "DirectoryLocked")
        /// A system call failed.
        public static let ioFailure = Code(rawValue: "IOFailure")
        /// A record is intact but its content cannot be read back (e.g. invalid JSON).
        public static let undecodableRecord = Code(rawValue: "UndecodableRecord")
    }

    /// The reason.
    public var code: Code
    /// A sentence saying what happened and what to do.
    public var message: String
    /// The file concerned, when there is one.
    public var file: String?
    /// The byte offset in ``file`` of the damaged record, when the error is about damaged data.
    public var offset: Int64?
    /// The `errno` of a failed system call.
    public var errno: Int32?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String? = nil, offset: Int64? = nil, errno: Int32? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.offset = offset
        self.errno = errno
    }

    public var description: String { message }
}
