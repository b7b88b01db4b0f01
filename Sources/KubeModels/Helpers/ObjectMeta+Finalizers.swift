extension ObjectMeta {
    /// Whether `finalizer` is in `finalizers` (controller-runtime's `ContainsFinalizer`).
    public func hasFinalizer(_ finalizer: String) -> Bool { finalizers.contains(finalizer) }

    /// Adds `finalizer` unless present; tells whether the list changed (controller-runtime's
    /// `AddFinalizer`).
    @discardableResult
    public mutating func addFinalizer(_ finalizer: String) -> Bool {
        if finalizers.contains(finalizer) { return false }
        finalizers.append(finalizer)
        return true
    }

    /// Removes every occurrence of `finalizer`; tells whether the list changed
    /// (controller-runtime's `RemoveFinalizer`).
    @discardableResult
    public mutating func removeFinalizer(_ finalizer: String) -> Bool {
        let count = finalizers.count
        finalizers.removeAll { $0 == finalizer }
        return finalizers.count != count
    }

    /// Whether deletion has been requested (`deletionTimestamp` is set).
    public var isBeingDeleted: Bool { deletionTimestamp != nil }
}

extension KubeResource {
    /// Whether `finalizer` is in the object's finalizers.
    public func hasFinalizer(_ finalizer: String) -> Bool { metadata.hasFinalizer(finalizer) }

    /// Adds `finalizer` unless present; tells whether the object changed.
    @discardableResult
    public mutating func addFinalizer(_ finalizer: String) -> Bool { metadata.addFinalizer(finalizer) }

    /// Removes `finalizer`; tells whether the object changed.
    @discardableResult
    public mutating func removeFinalizer(_ finalizer: String) -> Bool { metadata.removeFinalizer(finalizer) }

    /// Whether deletion has been requested (`metadata.deletionTimestamp` is set).
    public var isBeingDeleted: Bool { metadata.isBeingDeleted }
}
