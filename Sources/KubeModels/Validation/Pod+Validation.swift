extension Pod {
    /// The API server's validation of a (defaulted) pod (`validatePodMetadataAndSpec` and the
    /// create checks that also hold on update): metadata with a DNS-subdomain name, the pod
    /// spec with the pod-only rules (host ports with host networking, image white space, service
    /// account tokens need a service account), and no node before the scheduling gates are gone.
    ///
    /// ```swift
    /// var pod = Pod(name: "web", namespace: "default")
    /// pod.spec.containers = [Container(name: "web")]
    /// pod.defaulted().validate().map(\.description)
    /// // ["spec.containers[0].image: Required value"]
    /// ```
    public func validate() -> [FieldError] {
        var errors = metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
        errors += Self.validateSpecificAnnotations(metadata.annotations, spec: spec)
        errors += spec.validate(path: "spec", podName: metadata.name, isPod: true)
        if (spec.serviceAccountName ?? "").isEmpty {
            for (index, volume) in spec.volumes.enumerated() {
                for (sourceIndex, source) in (volume.projected?.sources ?? []).enumerated() where source.serviceAccountToken != nil {
                    errors.append(.forbidden("spec.volumes[\(index)].projected.sources[\(sourceIndex)].serviceAccountToken",
                                             "must not be specified when serviceAccountName is not set"))
                }
            }
        }
        if !(spec.nodeName ?? "").isEmpty && !spec.schedulingGates.isEmpty {
            errors.append(.forbidden("spec.nodeName", "cannot be set until all schedulingGates have been cleared"))
        }
        return errors
    }

    /// Upstream `ValidatePodSpecificAnnotations`, for the annotations that do not need a parser:
    /// the mirror-pod marker needs a node, and the deletion cost is a 32-bit integer.
    static func validateSpecificAnnotations(
        _ annotations: [String: String], spec: PodSpec, path: String = "metadata.annotations"
    ) -> [FieldError] {
        var errors: [FieldError] = []
        if let mirror = annotations["kubernetes.io/config.mirror"], (spec.nodeName ?? "").isEmpty {
            errors.append(.invalid("\(path)[kubernetes.io/config.mirror]", .string(mirror),
                                   "must set spec.nodeName if mirror pod annotation is set"))
        }
        if let cost = annotations["controller.kubernetes.io/pod-deletion-cost"], !isValidDeletionCost(cost) {
            errors.append(.invalid("\(path)[controller.kubernetes.io/pod-deletion-cost]", .string(cost),
                                   "must be a 32bit integer"))
        }
        return errors
    }

    /// Upstream `GetDeletionCostFromPodAnnotations`: a 32-bit integer without a plus sign or
    /// leading zeros.
    static func isValidDeletionCost(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        let validFirst = first == UInt8(ascii: "-") || (first == UInt8(ascii: "0") && text == "0")
            || (first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9"))
        return validFirst && Int32(text) != nil
    }
}

extension PodTemplate {
    /// The API server's validation of a PodTemplate (`ValidatePodTemplate`).
    public func validate() -> [FieldError] {
        metadata.validate(namespaced: true, name: Validation.nameIsDNSSubdomain)
            + (template ?? PodTemplateSpec()).validate(path: "template")
    }
}

extension Binding {
    /// The API server's validation of a pod binding (`ValidatePodBinding`): a target node name,
    /// and a target kind that is empty or `Node`.
    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        let kind = target.kind ?? ""
        if !kind.isEmpty && kind != "Node" {
            errors.append(.notSupported("target.kind", .string(kind), ["Node", "<empty>"]))
        }
        if (target.name ?? "").isEmpty {
            errors.append(.required("target.name"))
        }
        return errors
    }
}
