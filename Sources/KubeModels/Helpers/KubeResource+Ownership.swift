extension KubeResource {
    /// A reference to this object for another object's `metadata.ownerReferences` (upstream
    /// `metav1.NewControllerRef` when `controller` is set): its API version, kind, name and UID,
    /// with `blockOwnerDeletion` so foreground deletion waits for the dependent.
    ///
    /// ```swift
    /// let reference = site.ownerReference(controller: true)
    /// reference.controller   // true
    /// ```
    public func ownerReference(controller: Bool = true) -> OwnerReference {
        OwnerReference(
            apiVersion: Self.apiVersion, blockOwnerDeletion: true, controller: controller, kind: Self.kind,
            name: metadata.name, uid: metadata.uid)
    }

    /// The owner reference that marks this object's controller, if any (upstream
    /// `metav1.GetControllerOf`).
    public var controllerReference: OwnerReference? {
        metadata.ownerReferences.first { $0.controller == true }
    }

    /// Whether `owner` is among this object's owners, compared by UID (or by API group, kind and
    /// name when either UID is empty, as before an object is created).
    public func isOwned(by owner: some KubeResource) -> Bool {
        metadata.ownerReferences.contains { Self.refers($0, to: owner) }
    }

    /// Whether `owner` is this object's controller (upstream `metav1.IsControlledBy`).
    public func isControlled(by owner: some KubeResource) -> Bool {
        guard let reference = controllerReference else { return false }
        return Self.refers(reference, to: owner)
    }

    /// A copy owned and, when nothing else controls it, controlled by `owner`, as the page in
    /// DESIGN.md's controller sample: `client.createOrUpdate(page.ownedBy(site))`.
    ///
    /// An existing reference to the same owner is replaced. When another object already
    /// controls this one, the reference is added with `controller: false`, so no object ever has
    /// two controllers; use ``settingControllerReference(to:)`` to get an error instead.
    public func ownedBy(_ owner: some KubeResource) -> Self {
        var copy = self
        let controlledElsewhere = controllerReference.map { !Self.refers($0, to: owner) } ?? false
        copy.upsertOwnerReference(owner.ownerReference(controller: !controlledElsewhere))
        return copy
    }

    /// A copy controlled by `owner` (controller-runtime's `SetControllerReference`).
    ///
    /// - Throws: ``KubeModelsError`` (code ``KubeModelsError/Code/invalidValue``) when another
    ///   object already controls this one.
    public func settingControllerReference(to owner: some KubeResource) throws -> Self {
        if let existing = controllerReference, !Self.refers(existing, to: owner) {
            throw KubeModelsError(.invalidValue,
                "Object \(metadata.namespace)/\(metadata.name) is already owned by another \(existing.kind) controller \(existing.name)")
        }
        var copy = self
        copy.upsertOwnerReference(owner.ownerReference(controller: true))
        return copy
    }

    /// Adds `reference`, or replaces the one to the same object (same API group, kind and name).
    public mutating func upsertOwnerReference(_ reference: OwnerReference) {
        let group = Self.group(of: reference.apiVersion)
        if let index = metadata.ownerReferences.firstIndex(where: {
            Self.group(of: $0.apiVersion) == group && $0.kind == reference.kind && $0.name == reference.name
        }) {
            metadata.ownerReferences[index] = reference
        } else {
            metadata.ownerReferences.append(reference)
        }
    }

    private static func refers(_ reference: OwnerReference, to owner: some KubeResource) -> Bool {
        if !reference.uid.isEmpty && !owner.metadata.uid.isEmpty { return reference.uid == owner.metadata.uid }
        return group(of: reference.apiVersion) == type(of: owner).group && reference.kind == type(of: owner).kind
            && reference.name == owner.metadata.name
    }

    private static func group(of apiVersion: String) -> Substring {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return apiVersion[..<slash]
    }
}
