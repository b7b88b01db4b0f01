/// How a ``FileStore`` treats damaged data in its log when it opens.
public enum FileStoreRecoveryMode: Sendable, Hashable {
    /// The default. A torn tail (the unfinished last append of a crashed process: the file ends
    /// inside the last record, or part of it reads as zeros, and no intact record follows) is
    /// dropped: it was never acknowledged. Any other damage makes opening fail with
    /// ``FileStoreError/Code/corruptRecord``, naming the file and byte offset, and nothing is changed.
    case strict
    /// Like ``strict``, but damage anywhere in the log cuts the log there: the damaged record and
    /// everything after it (later segments included) are discarded and the store opens with what
    /// came before. Use it to get a damaged store running again when losing the discarded writes is
    /// acceptable; ``FileStoreRecovery/discarded`` says what was cut.
    case truncateDamagedTail
}

/// What a ``FileStore`` found and did when it opened its directory.
public struct FileStoreRecovery: Sendable, Hashable {
    /// Data that recovery cut from the log.
    public struct Discarded: Sendable, Hashable, CustomStringConvertible {
        /// The file the data was cut from (or removed, for a whole later segment).
        public var file: String
        /// Where the cut starts.
        public var offset: Int64
        /// How many bytes were cut.
        public var bytes: Int64
        /// `nil` for a torn tail; else the damage that was found (only in
        /// ``FileStoreRecoveryMode/truncateDamagedTail`` mode).
        public var damage: String?

        public var description: String {
            let what = damage.map { "damaged data (\($0))" } ?? "a torn tail"
            return "discarded \(bytes) bytes of \(what) from \(file) at byte offset \(offset)"
        }
    }

    /// The revision of the snapshot recovery started from; `0` when there was none.
    public var snapshotRevision: Int64 = 0
    /// How many objects the snapshot held.
    public var snapshotObjects = 0
    /// How many log records were replayed on top of the snapshot.
    public var replayedRecords = 0
    /// The store's revision after recovery: new writes continue after it.
    public var revision: Int64 = 0
    /// What was cut from the log: torn tails, and damage in ``FileStoreRecoveryMode/truncateDamagedTail`` mode.
    public var discarded: [Discarded] = []

    /// Creates an empty report.
    public init() {}
}
