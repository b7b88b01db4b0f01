import KubeModels

/// What a list or watch selects: a namespace and label and field selectors (upstream's
/// `storage.SelectionPredicate`).
public struct SelectionPredicate: Sendable, Hashable {
    /// The namespace; `""` selects every namespace.
    public var namespace: String
    /// Label selector; `nil` selects everything.
    public var labelSelector: Labels.Selector?
    /// Field selector (see ``ObjectFields``); `nil` selects everything.
    public var fieldSelector: Fields.Selector?

    /// Creates a predicate.
    public init(namespace: String = "", labelSelector: Labels.Selector? = nil, fieldSelector: Fields.Selector? = nil) {
        self.namespace = namespace
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
    }

    /// The predicate of list options.
    public init(_ options: ListOptions) {
        self.init(namespace: options.namespace, labelSelector: options.labelSelector, fieldSelector: options.fieldSelector)
    }

    /// The predicate of watch options.
    public init(_ options: WatchOptions) {
        self.init(namespace: options.namespace, labelSelector: options.labelSelector, fieldSelector: options.fieldSelector)
    }

    /// Whether only the namespace restricts the selection (no selectors).
    public var hasSelectors: Bool { labelSelector != nil || fieldSelector != nil }

    /// Whether the object is selected.
    public func matches<R: KubeResource>(_ object: R) -> Bool {
        if !namespace.isEmpty && object.metadata.namespace != namespace { return false }
        return matchesSelectors(object)
    }

    /// Whether the object passes the label and field selectors (the namespace is not checked).
    public func matchesSelectors<R: KubeResource>(_ object: R) -> Bool {
        if let labelSelector, !labelSelector.matches(object.metadata.labels) { return false }
        if let fieldSelector, !fieldSelector.matches(ObjectFields.fields(of: object)) { return false }
        return true
    }

    /// The event a watcher with this predicate sees for a stored change, as the API server's
    /// watch cache decides it: an object that starts matching arrives as `added`, one that stops
    /// matching leaves as `deleted` (its previous state, at the event's revision), and changes
    /// the watcher is not interested in give `nil`.
    ///
    /// - Parameters:
    ///   - event: the change as stored: `added` (create), `modified` (update) or `deleted`
    ///     (the last state, at the deletion's revision).
    ///   - previous: the object's state before the change, for `modified` events.
    public func translate<R: KubeResource>(_ event: WatchEvent<R>, previous: R?) -> WatchEvent<R>? {
        switch event {
        case .added(let object):
            return matches(object) ? event : nil
        case .deleted(let object):
            return matches(object) ? event : nil
        case .modified(let object):
            let now = matches(object)
            let before = previous.map(matches) ?? false
            switch (now, before) {
            case (true, true): return event
            case (true, false): return .added(object)
            case (false, true):
                guard var gone = previous else { return nil }
                gone.metadata.resourceVersion = object.metadata.resourceVersion
                return .deleted(gone)
            case (false, false): return nil
            }
        case .bookmark:
            return event
        }
    }
}
