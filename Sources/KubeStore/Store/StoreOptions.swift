import KubeModels

/// What a list selects: namespace, selectors and pagination (metav1.ListOptions).
public struct ListOptions: Sendable, Hashable {
    /// The namespace to list in; `""` lists every namespace.
    public var namespace: String
    /// Label selector; `nil` selects everything.
    public var labelSelector: Labels.Selector?
    /// Field selector; `nil` selects everything.
    public var fieldSelector: Fields.Selector?
    /// The most items to return in one page; `0` for no limit.
    public var limit: Int
    /// The `continue` token of the previous page.
    public var continueToken: String?
    /// `nil`/`""`: the most recent state; `"0"`: any state (the backend's cache is fine);
    /// a revision: at least that recent (resourceVersionMatch NotOlderThan, upstream's default).
    public var resourceVersion: String?

    /// Creates list options.
    public init(namespace: String = "", labelSelector: Labels.Selector? = nil, fieldSelector: Fields.Selector? = nil,
                limit: Int = 0, continueToken: String? = nil, resourceVersion: String? = nil) {
        self.namespace = namespace
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.limit = limit
        self.continueToken = continueToken
        self.resourceVersion = resourceVersion
    }
}

/// A page of a list: the items, the revision it was read at, and the token for the next page.
public struct ResourceList<R: KubeResource>: Sendable {
    /// The objects, ordered by namespace then name.
    public var items: [R]
    /// The revision this list is consistent at, as a string (`metadata.resourceVersion` of the list).
    public var resourceVersion: String
    /// The token for the next page, or `nil` on the last page.
    public var continueToken: String?
    /// How many items are left after this page, when known.
    public var remainingItemCount: Int64?

    /// Creates a page.
    public init(items: [R], resourceVersion: String, continueToken: String? = nil, remainingItemCount: Int64? = nil) {
        self.items = items
        self.resourceVersion = resourceVersion
        self.continueToken = continueToken
        self.remainingItemCount = remainingItemCount
    }
}

/// Options of a write (metav1.CreateOptions/UpdateOptions/PatchOptions).
public struct WriteOptions: Sendable, Hashable {
    /// Run defaulting, validation and admission, but store nothing.
    public var dryRun: Bool
    /// The writer's name, recorded for admission hooks (`fieldManager`).
    public var fieldManager: String?

    /// Creates write options.
    public init(dryRun: Bool = false, fieldManager: String? = nil) {
        self.dryRun = dryRun
        self.fieldManager = fieldManager
    }
}

/// A patch body and its type.
public struct PatchRequest: Sendable, Hashable {
    /// The three patch types of the API server, by content type.
    public enum PatchType: String, Sendable, Hashable {
        /// RFC 6902, `application/json-patch+json`.
        case json = "application/json-patch+json"
        /// RFC 7386, `application/merge-patch+json`.
        case merge = "application/merge-patch+json"
        /// Kubernetes strategic merge patch, `application/strategic-merge-patch+json`.
        case strategicMerge = "application/strategic-merge-patch+json"
    }

    /// The patch type.
    public var type: PatchType
    /// The patch document.
    public var body: JSONValue

    /// Creates a patch request.
    public init(_ type: PatchType, _ body: JSONValue) {
        self.type = type
        self.body = body
    }
}

/// The outcome of a delete: the object is gone, or still present with `deletionTimestamp` set
/// until its finalizers are removed.
public enum DeletionResult<R: KubeResource>: Sendable {
    /// The object was removed; this is its last state.
    case deleted(R)
    /// The object has finalizers: it is marked for deletion and stays until they are cleared.
    case pending(R)

    /// The object's state as returned by the delete.
    public var object: R {
        switch self {
        case .deleted(let o), .pending(let o): return o
        }
    }
}

/// What a watch follows.
public struct WatchOptions: Sendable, Hashable {
    /// The namespace to watch; `""` watches every namespace.
    public var namespace: String
    /// Label selector; `nil` selects everything.
    public var labelSelector: Labels.Selector?
    /// Field selector; `nil` selects everything.
    public var fieldSelector: Fields.Selector?
    /// Start point: `nil` or `"0"` sends the current state as `added` events first; a revision
    /// sends every event after it.
    public var resourceVersion: String?
    /// Whether to send periodic ``WatchEvent/bookmark(resourceVersion:)`` events.
    public var allowBookmarks: Bool

    /// Creates watch options.
    public init(namespace: String = "", labelSelector: Labels.Selector? = nil, fieldSelector: Fields.Selector? = nil,
                resourceVersion: String? = nil, allowBookmarks: Bool = false) {
        self.namespace = namespace
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.resourceVersion = resourceVersion
        self.allowBookmarks = allowBookmarks
    }
}

/// One change seen by a watch.
///
/// The object cases are `indirect`: an event is one shared, immutable box, so a store can hand
/// the same event to every watcher without copying the object for each.
public enum WatchEvent<R: KubeResource>: Sendable {
    indirect case added(R)
    indirect case modified(R)
    /// The object's last state before removal (its resourceVersion is the deletion's revision).
    indirect case deleted(R)
    /// No object changed, but the watch has seen everything up to this revision.
    case bookmark(resourceVersion: String)

    /// The object the event is about (`nil` for bookmarks).
    public var object: R? {
        switch self {
        case .added(let o), .modified(let o), .deleted(let o): return o
        case .bookmark: return nil
        }
    }

    /// The revision of the event.
    public var resourceVersion: String {
        switch self {
        case .added(let o), .modified(let o), .deleted(let o): return o.metadata.resourceVersion
        case .bookmark(let rv): return rv
        }
    }
}
