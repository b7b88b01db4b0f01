import KubeModels
import KubeStore

/// Decides which events of the primary kind reach the work queue (controller-runtime's predicates).
/// Creations and deletions always pass; the filters judge updates.
public struct EventFilter<R: KubeResource>: Sendable {
    let accepts: @Sendable (InformerEvent<R>) -> Bool

    /// A filter from a function over update events (old, new).
    public init(updates: @escaping @Sendable (_ old: R, _ new: R) -> Bool) {
        accepts = { event in
            guard event.change == .updated, let old = event.oldObject else { return true }
            return updates(old, event.object)
        }
    }

    /// Only updates that change `metadata.generation` (spec changes), plus deletion marks.
    public static var generationChanged: EventFilter<R> {
        EventFilter { old, new in
            old.metadata.generation != new.metadata.generation || old.metadata.deletionTimestamp != new.metadata.deletionTimestamp
        }
    }

    /// Only updates that change labels.
    public static var labelsChanged: EventFilter<R> {
        EventFilter { old, new in old.metadata.labels != new.metadata.labels }
    }

    /// Only updates that change annotations.
    public static var annotationsChanged: EventFilter<R> {
        EventFilter { old, new in old.metadata.annotations != new.metadata.annotations }
    }

    /// Only updates that change the annotation `key`.
    public static func annotationChanged(_ key: String) -> EventFilter<R> {
        EventFilter { old, new in old.metadata.annotations[key] != new.metadata.annotations[key] }
    }

    /// Passes an event when any of the filters does.
    public static func any(_ filters: [EventFilter<R>]) -> EventFilter<R> {
        EventFilter(accepting: { event in filters.contains { $0.accepts(event) } })
    }

    init(accepting: @escaping @Sendable (InformerEvent<R>) -> Bool) { accepts = accepting }
}
