extension PodSpec {
    /// The API server's validation of a (defaulted) pod spec (`ValidatePodSpec`), as embedded in a
    /// template: volumes, containers, init and ephemeral containers, restart and DNS policies,
    /// scheduling constraints, tolerations and the remaining top-level fields.
    ///
    /// ```swift
    /// PodSpec(containers: [Container(name: "web")]).defaulted().validate(path: "spec")
    /// // [spec.containers[0].image: Required value]
    /// ```
    public func validate(path: String = "spec") -> [FieldError] {
        validate(path: path, podName: nil, isPod: false)
    }

    /// The checks of ``validate(path:)``, with the pod-only ones when `isPod` is set.
    func validate(path: String, podName: String?, isPod: Bool) -> [FieldError] {
        var errors: [FieldError] = []
        if terminationGracePeriodSeconds == nil {
            errors.append(.required("\(path).terminationGracePeriodSeconds"))
        }
        let (volumesByName, volumeErrors) = Volume.validate(volumes, podName: podName, path: "\(path).volumes")
        errors += volumeErrors
        let claims = Set(resourceClaims.map(\.name).filter { !$0.isEmpty })
        errors += Self.validateResourceClaims(resourceClaims, path: "\(path).resourceClaims")
        let context = PodValidationContext(
            volumes: volumesByName, podClaims: claims, restartPolicy: restartPolicy ?? "",
            gracePeriod: terminationGracePeriodSeconds, isPod: isPod)
        errors += Container.validateRegular(containers, context, path: "\(path).containers")
        errors += Container.validateInit(initContainers, regular: containers, context, path: "\(path).initContainers")
        if !ephemeralContainers.isEmpty {
            errors += EphemeralContainer.validate(ephemeralContainers, regular: containers, initContainers: initContainers,
                                                  context, path: "\(path).ephemeralContainers")
        }
        errors += validateHostNetworkPorts(isPod: isPod, path: path)
        switch restartPolicy ?? "" {
        case "Always", "OnFailure", "Never": break
        case "": errors.append(.required("\(path).restartPolicy"))
        case let other: errors.append(.notSupported("\(path).restartPolicy", .string(other), ["Always", "OnFailure", "Never"]))
        }
        let dns = dnsPolicy ?? ""
        switch dns {
        case "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None": break
        case "": errors.append(.required("\(path).dnsPolicy"))
        default:
            errors.append(.notSupported("\(path).dnsPolicy", .string(dns), ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]))
        }
        errors += Validation.validateLabels(nodeSelector, path: "\(path).nodeSelector")
        errors += securityContext?.validate(path: "\(path).securityContext") ?? []
        if let affinity { errors += Self.validateAffinity(affinity, path: "\(path).affinity") }
        errors += Self.validateDNSConfig(dnsConfig, dnsPolicy: dns, path: "\(path).dnsConfig")
        for (index, gate) in readinessGates.enumerated() {
            errors += FieldRules.qualifiedName(gate.conditionType, "\(path).readinessGates[\(index)].conditionType")
        }
        var gates = Set<String>()
        for (index, gate) in schedulingGates.enumerated() {
            errors += FieldRules.qualifiedName(gate.name, "\(path).schedulingGates[\(index)]")
            if !gates.insert(gate.name).inserted {
                errors.append(.duplicate("\(path).schedulingGates[\(index)]", .string(gate.name)))
            }
        }
        errors += Self.validateTopologySpread(topologySpreadConstraints, path: "\(path).topologySpreadConstraints")
        if hostUsers == false {
            let detail = "when `pod.Spec.HostUsers` is false"
            if hostNetwork == true { errors.append(.forbidden("\(path).hostNetwork", detail)) }
            if hostPID == true { errors.append(.forbidden("\(path).HostPID", detail)) }
            if hostIPC == true { errors.append(.forbidden("\(path).HostIPC", detail)) }
        }
        errors += validateNamesAndLimits(path: path)
        return errors
    }

    /// The name-like and numeric top-level fields.
    private func validateNamesAndLimits(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let name = serviceAccountName, !name.isEmpty {
            errors += FieldRules.name(name, Validation.nameIsDNSSubdomain, "\(path).serviceAccountName")
        }
        if let nodeName, !nodeName.isEmpty {
            errors += FieldRules.name(nodeName, Validation.nameIsDNSSubdomain, "\(path).nodeName")
        }
        if let deadline = activeDeadlineSeconds, deadline < 1 || deadline > Int64(Int32.max) {
            errors.append(.invalid("\(path).activeDeadlineSeconds", .int(deadline), FieldRules.inclusiveRange(1, Int64(Int32.max))))
        }
        if let hostname, !hostname.isEmpty { errors += FieldRules.dnsLabel(hostname, "\(path).hostname") }
        if let subdomain, !subdomain.isEmpty { errors += FieldRules.dnsLabel(subdomain, "\(path).subdomain") }
        if !tolerations.isEmpty { errors += Self.validateTolerations(tolerations, path: "\(path).tolerations") }
        for (index, alias) in hostAliases.enumerated() {
            errors += FieldRules.ip(alias.ip, "\(path).hostAliases[\(index)].ip")
            for (hostIndex, host) in alias.hostnames.enumerated() {
                errors += FieldRules.dnsSubdomain(host, "\(path).hostAliases[\(index)].hostnames[\(hostIndex)]")
            }
        }
        if let name = priorityClassName, !name.isEmpty {
            errors += FieldRules.name(name, Validation.nameIsDNSSubdomain, "\(path).priorityClassName")
        }
        if let runtimeClassName {
            errors += FieldRules.name(runtimeClassName, Validation.nameIsDNSSubdomain, "\(path).runtimeClassName")
        }
        if let policy = preemptionPolicy {
            switch policy {
            case "PreemptLowerPriority", "Never": break
            case "": errors.append(.required("\(path).preemptionPolicy"))
            default: errors.append(.notSupported("\(path).preemptionPolicy", .string(policy), ["PreemptLowerPriority", "Never"]))
            }
        }
        if !overhead.isEmpty {
            errors += ResourceRequirements(limits: overhead).validate(path: "\(path).overhead")
        }
        if let os {
            if os.name.isEmpty {
                errors.append(.required("\(path).os.name", "cannot be empty"))
            } else if os.name != "linux" && os.name != "windows" {
                errors.append(.notSupported("\(path).os", .string(os.name), ["linux", "windows"]))
            } else if os.name == "linux" {
                errors += forbidWindowsOptions(path: path)
            }
        }
        return errors
    }

    /// Upstream `validateLinux`: no Windows options in a Linux pod.
    private func forbidWindowsOptions(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let detail = "windows options cannot be set for a linux pod"
        if securityContext?.windowsOptions != nil {
            errors.append(.forbidden("\(path).securityContext.windowsOptions", detail))
        }
        for (list, items) in [("initContainers", initContainers), ("containers", containers)] {
            for (index, container) in items.enumerated() where container.securityContext?.windowsOptions != nil {
                errors.append(.forbidden("\(path).\(list)[\(index)].securityContext.windowsOptions", detail))
            }
        }
        return errors
    }

    /// Upstream `validatePodHostNetworkDeps`: with host networking, host ports equal container
    /// ports (in a template, an unset host port is allowed, since it is defaulted on the pod).
    private func validateHostNetworkPorts(isPod: Bool, path: String) -> [FieldError] {
        guard hostNetwork == true else { return [] }
        var errors: [FieldError] = []
        for (index, container) in containers.enumerated() {
            for (portIndex, port) in container.ports.enumerated() {
                let hostPort = port.hostPort ?? 0
                if (isPod || hostPort != 0) && hostPort != port.containerPort {
                    errors.append(.invalid("\(path).containers[\(index)].ports[\(portIndex)].hostPort", .int(Int64(hostPort)),
                                           "must match `containerPort` when `hostNetwork` is true"))
                }
            }
        }
        return errors
    }

    /// Upstream `validatePodResourceClaims`.
    private static func validateResourceClaims(_ claims: [PodResourceClaim], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var names = Set<String>()
        for (index, claim) in claims.enumerated() {
            let at = "\(path)[\(index)]"
            if claim.name.isEmpty {
                errors.append(.required("\(at).name"))
            } else if names.contains(claim.name) {
                errors.append(.duplicate("\(at).name", .string(claim.name)))
            } else {
                errors += FieldRules.dnsLabel(claim.name, "\(at).name")
                names.insert(claim.name)
            }
            switch (claim.resourceClaimName, claim.resourceClaimTemplateName) {
            case (.some, .some):
                errors.append(.invalid(at, .omitted, "at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified"))
            case (nil, nil):
                errors.append(.invalid(at, .omitted, "must specify one of: `resourceClaimName`, `resourceClaimTemplateName`"))
            default: break
            }
            if let name = claim.resourceClaimName {
                errors += FieldRules.name(name, Validation.nameIsDNSSubdomain, "\(at).resourceClaimName")
            }
            if let name = claim.resourceClaimTemplateName {
                errors += FieldRules.name(name, Validation.nameIsDNSSubdomain, "\(at).resourceClaimTemplateName")
            }
        }
        return errors
    }
}

extension PodTemplateSpec {
    /// The API server's validation of a pod template (`ValidatePodTemplateSpec`): its labels and
    /// annotations, its pod spec, and no ephemeral containers.
    public func validate(path: String) -> [FieldError] {
        var errors = Validation.validateLabels(metadata.labels, path: "\(path).labels")
        errors += Validation.validateAnnotations(metadata.annotations, path: "\(path).annotations")
        let podSpec = spec ?? PodSpec()
        errors += Pod.validateSpecificAnnotations(metadata.annotations, spec: podSpec, path: "\(path).annotations")
        errors += podSpec.validate(path: "\(path).spec", podName: nil, isPod: false)
        if !podSpec.ephemeralContainers.isEmpty {
            errors.append(.forbidden("\(path).spec.ephemeralContainers", "ephemeral containers not allowed in pod template"))
        }
        return errors
    }
}
