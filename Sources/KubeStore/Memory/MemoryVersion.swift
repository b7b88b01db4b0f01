import KubeModels

/// One committed change in a ``MemoryStore``: an entry of the shared event log and, until it is
/// replaced, the current version of its object. The change is kept as the watch event every
/// watcher of the kind receives, built once by the writer.
///
/// Immutable except ``previous``, which only the store changes, under its lock.
class MemoryVersion: @unchecked Sendable {
    /// The revision of the change.
    let revision: Int64
    /// The index of the kind's table in the store.
    let table: Int
    /// The Swift type that wrote it (a kind may be read through another type).
    let typeID: ObjectIdentifier
    /// The object's key.
    let namespace: String
    let name: String
    /// The object's labels, for selectors, without touching the object.
    let labels: [String: String]
    /// What the change did.
    let change: Change
    /// The version this change replaced, `nil` for a creation. Cut (by the store, under its
    /// lock) when this change leaves the log window, so history stays bounded.
    var previous: MemoryVersion?

    init(revision: Int64, table: Int, typeID: ObjectIdentifier, namespace: String, name: String,
         labels: [String: String], change: Change, previous: MemoryVersion?) {
        self.revision = revision
        self.table = table
        self.typeID = typeID
        self.namespace = namespace
        self.name = name
        self.labels = labels
        self.change = change
        self.previous = previous
    }

    /// What a change did to its object.
    enum Change { case created, updated, deleted }

    /// Whether this change removed the object.
    var isDeletion: Bool { change == .deleted }

    /// The object's key.
    var key: ObjectKey { ObjectKey(namespace: namespace, name: name) }

    /// The object encoded, to read it through another Swift type of the same kind.
    func encoded() throws -> [UInt8] { [] }

    /// The selectable fields of the object.
    func fields() -> [String: String] { [:] }
}

/// A version written through the Swift type `R`.
final class TypedVersion<R: KubeResource>: MemoryVersion, @unchecked Sendable {
    /// The change as a watch event: `added` (create), `modified` (update) or `deleted` (the
    /// last state, at the deletion's revision).
    let event: WatchEvent<R>

    init(event: WatchEvent<R>, object: R, revision: Int64, table: Int, change: Change, previous: MemoryVersion?) {
        self.event = event
        super.init(revision: revision, table: table, typeID: ObjectIdentifier(R.self), namespace: object.metadata.namespace,
                   name: object.metadata.name, labels: object.metadata.labels, change: change, previous: previous)
    }

    /// The object of this version.
    var object: R { event.object ?? R() }   // a stored event always has an object

    override func encoded() throws -> [UInt8] { try KubeJSON.encode(object) }

    override func fields() -> [String: String] { ObjectFields.fields(of: object) }
}

extension MemoryVersion {
    /// This version's object as `R`: directly when `R` wrote it, else converted through JSON.
    func object<R: KubeResource>(as type: R.Type) throws -> R {
        if typeID == ObjectIdentifier(R.self) { return unsafeDowncast(self, to: TypedVersion<R>.self).object }
        return try KubeJSON.decode(R.self, from: encoded())
    }

    /// This version's change as an event of `R`.
    func event<R: KubeResource>(as type: R.Type) throws -> WatchEvent<R> {
        if typeID == ObjectIdentifier(R.self) { return unsafeDowncast(self, to: TypedVersion<R>.self).event }
        let o = try object(as: R.self)
        switch change {
        case .created: return .added(o)
        case .updated: return .modified(o)
        case .deleted: return .deleted(o)
        }
    }
}
