extension ObjectMeta {
    /// The API server's generic object-metadata validation (`ValidateObjectMeta`, with the core
    /// group's finalizer-name rule): the name (or `generateName`) in the kind's name format, the
    /// namespace present exactly for namespaced kinds and a valid DNS label, a non-negative
    /// generation, labels, annotations, owner references and finalizers.
    ///
    /// ```swift
    /// var meta = ObjectMeta(name: "Web", namespace: "default")
    /// meta.validate(namespaced: true, name: Validation.nameIsDNS1035Label)
    /// // [metadata.name: Invalid value: "Web": a DNS-1035 label must consist of lower case ...]
    /// ```
    ///
    /// As in the API server, a name is expected once `generateName` has been resolved, but an
    /// object that only has a `generateName` is accepted here, since stores fill in the name.
    ///
    /// - Parameters:
    ///   - namespaced: whether the kind lives in a namespace.
    ///   - nameCheck: the kind's name format, such as ``Validation/nameIsDNSSubdomain(_:prefix:)``
    ///     (the default) or ``Validation/nameIsDNSLabel(_:prefix:)``; its second argument tells
    ///     whether the value is a `generateName` prefix.
    ///   - path: the field path of the metadata, `metadata` for a top-level object.
    public func validate(
        namespaced: Bool,
        name nameCheck: (_ name: String, _ prefix: Bool) -> [String] = Validation.nameIsDNSSubdomain,
        path: String = "metadata"
    ) -> [FieldError] {
        var errors: [FieldError] = []
        if !generateName.isEmpty {
            errors += FieldRules.each(nameCheck(generateName, true), "\(path).generateName", generateName)
        }
        if name.isEmpty {
            if generateName.isEmpty {
                errors.append(.required("\(path).name", "name or generateName is required"))
            }
        } else {
            errors += FieldRules.each(nameCheck(name, false), "\(path).name", name)
        }
        if namespaced {
            if namespace.isEmpty {
                errors.append(.required("\(path).namespace"))
            } else {
                errors += FieldRules.each(Validation.nameIsDNSLabel(namespace, prefix: false), "\(path).namespace", namespace)
            }
        } else if !namespace.isEmpty {
            errors.append(.forbidden("\(path).namespace", "not allowed on this type"))
        }
        errors += FieldRules.nonNegative(generation, "\(path).generation")
        errors += Validation.validateLabels(labels, path: "\(path).labels")
        errors += Validation.validateAnnotations(annotations, path: "\(path).annotations")
        errors += Self.validateOwnerReferences(ownerReferences, path: "\(path).ownerReferences")
        errors += Self.validateFinalizers(finalizers, path: "\(path).finalizers")
        return errors
    }

    /// The finalizer names Kubernetes itself uses without a domain prefix.
    static let standardFinalizers: Set<String> = ["kubernetes", "orphan", "foregroundDeletion"]

    /// Upstream `ValidateOwnerReferences`: each reference complete, not an Event, and at most one
    /// controller.
    static func validateOwnerReferences(_ references: [OwnerReference], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var firstController = ""
        for reference in references {
            let version = reference.apiVersion.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            if version.isEmpty || reference.apiVersion.split(separator: "/", omittingEmptySubsequences: false).count > 2 {
                errors.append(.invalid("\(path).apiVersion", .string(reference.apiVersion), "version must not be empty"))
            }
            if reference.kind.isEmpty {
                errors.append(.invalid("\(path).kind", .string(reference.kind), "must not be empty"))
            }
            if reference.name.isEmpty {
                errors.append(.invalid("\(path).name", .string(reference.name), "must not be empty"))
            }
            if reference.uid.isEmpty {
                errors.append(.invalid("\(path).uid", .string(reference.uid), "must not be empty"))
            }
            if reference.apiVersion == "v1" && reference.kind == "Event" {
                errors.append(.invalid(path, .other(goOwnerReference(reference)), "/v1, Kind=Event is disallowed from being an owner"))
            }
            if reference.controller == true {
                let current = "\(reference.kind)/\(reference.name)"
                if firstController.isEmpty {
                    firstController = current
                } else {
                    let list = "[]v1.OwnerReference{" + references.map(goOwnerReference).joined(separator: ", ") + "}"
                    errors.append(.invalid(path, .other(list),
                        "Only one reference can have Controller set to true. Found \"true\" in references for \(firstController) and \(current)"))
                }
            }
        }
        return errors
    }

    /// Upstream `ValidateFinalizers` plus the core group's `validateKubeFinalizerName`.
    static func validateFinalizers(_ finalizers: [String], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, finalizer) in finalizers.enumerated() {
            errors += FieldRules.qualifiedName(finalizer, path)
            if !finalizer.utf8.contains(UInt8(ascii: "/")) && !standardFinalizers.contains(finalizer) {
                errors.append(.invalid("\(path)[\(index)]", .string(finalizer),
                                       "name is neither a standard finalizer name nor is it fully qualified"))
            }
        }
        if finalizers.contains("orphan") && finalizers.contains("foregroundDeletion") {
            errors.append(.invalid(path, FieldRules.goStringSlice(finalizers),
                                   "finalizer orphan and foregroundDeletion cannot be both set"))
        }
        return errors
    }

    /// Go's `%#v` of an owner reference, as far as it is deterministic (pointer fields print as
    /// `nil` or as their value, where Go would print an address).
    static func goOwnerReference(_ reference: OwnerReference) -> String {
        func pointer(_ value: Bool?) -> String { value.map { "(*bool)(\($0))" } ?? "(*bool)(nil)" }
        return "v1.OwnerReference{APIVersion:\(FieldError.goQuote(reference.apiVersion)), "
            + "Kind:\(FieldError.goQuote(reference.kind)), Name:\(FieldError.goQuote(reference.name)), "
            + "UID:\(FieldError.goQuote(reference.uid)), Controller:\(pointer(reference.controller)), "
            + "BlockOwnerDeletion:\(pointer(reference.blockOwnerDeletion))}"
    }
}
