import KubeModels

/// One change an informer delivers to its handlers.
public struct InformerEvent<R: KubeResource>: Sendable {
    /// What happened to the object.
    public enum Change: Sendable, Hashable {
        case added
        case updated
        case deleted
    }

    /// Why the event was delivered: a watched change, the (re)list, or a periodic resync.
    /// Controllers queue `.watch` events before the others.
    public enum Origin: Sendable, Hashable {
        case watch
        case list
        case resync
    }

    /// What happened.
    public var change: Change
    /// The object's new state (its last state, for `.deleted`).
    public var object: R
    /// The previous state, for `.updated`.
    public var oldObject: R?
    /// Why the event was delivered.
    public var origin: Origin

    /// Creates an event.
    public init(change: Change, object: R, oldObject: R? = nil, origin: Origin) {
        self.change = change
        self.object = object
        self.oldObject = oldObject
        self.origin = origin
    }
}
