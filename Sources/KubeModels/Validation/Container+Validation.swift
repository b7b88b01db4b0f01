/// What a pod spec's container checks need to know about the rest of the spec.
struct PodValidationContext {
    /// The pod's volumes by name (only the ones that passed validation, as upstream).
    var volumes: [String: Volume] = [:]
    /// The names in `spec.resourceClaims`.
    var podClaims: Set<String> = []
    /// `spec.restartPolicy`.
    var restartPolicy = ""
    /// `spec.terminationGracePeriodSeconds`.
    var gracePeriod: Int64?
    /// Whether the spec belongs to a Pod (not a template inside another kind).
    var isPod = false
}

extension Container {
    static let supportedProtocols = ["SCTP", "TCP", "UDP"]
    static let supportedPullPolicies = ["Always", "IfNotPresent", "Never"]

    /// Upstream `validateContainers`: at least one container, each valid, names unique, probes and
    /// lifecycle checked, no container-level restart policy, host ports not reused.
    static func validateRegular(_ containers: [Container], _ context: PodValidationContext, path: String) -> [FieldError] {
        if containers.isEmpty { return [.required(path)] }
        var errors: [FieldError] = []
        var names = Set<String>()
        for (index, container) in containers.enumerated() {
            let at = "\(path)[\(index)]"
            errors += container.validateCommon(context, path: at)
            if !names.insert(container.name).inserted {
                errors.append(.duplicate("\(at).name", .string(container.name)))
            }
            if let lifecycle = container.lifecycle {
                errors += lifecycle.validate(gracePeriod: context.gracePeriod, path: "\(at).lifecycle")
            }
            errors += container.livenessProbe?.validate(kind: .liveness, gracePeriod: context.gracePeriod, path: "\(at).livenessProbe") ?? []
            errors += container.readinessProbe?.validate(kind: .readiness, gracePeriod: context.gracePeriod, path: "\(at).readinessProbe") ?? []
            errors += container.startupProbe?.validate(kind: .startup, gracePeriod: context.gracePeriod, path: "\(at).startupProbe") ?? []
            if container.restartPolicy != nil {
                errors.append(.forbidden("\(at).restartPolicy", "may not be set for non-init containers"))
            }
        }
        errors += hostPortConflicts(containers, path: path)
        return errors
    }

    /// Upstream `validateInitContainers`: like regular containers, but names must also differ
    /// from the regular ones, only `restartPolicy: Always` (a sidecar) is allowed, and only
    /// sidecars may have probes and lifecycle hooks.
    static func validateInit(
        _ containers: [Container], regular: [Container], _ context: PodValidationContext, path: String
    ) -> [FieldError] {
        var errors: [FieldError] = []
        var names = Set(regular.map(\.name))
        for (index, container) in containers.enumerated() {
            let at = "\(path)[\(index)]"
            errors += container.validateCommon(context, path: at)
            var sidecar = false
            if let policy = container.restartPolicy {
                if policy != "Always" {
                    errors.append(.notSupported("\(at).restartPolicy", .string(policy), ["Always"]))
                }
                sidecar = policy == "Always"
            }
            if names.contains(container.name) {
                errors.append(.duplicate("\(at).name", .string(container.name)))
            } else if !container.name.isEmpty {
                names.insert(container.name)
            }
            errors += hostPortConflicts([container], path: path)
            if sidecar {
                if let lifecycle = container.lifecycle {
                    errors += lifecycle.validate(gracePeriod: context.gracePeriod, path: "\(at).lifecycle")
                }
                errors += container.livenessProbe?.validate(kind: .liveness, gracePeriod: context.gracePeriod, path: "\(at).livenessProbe") ?? []
                errors += container.readinessProbe?.validate(kind: .readiness, gracePeriod: context.gracePeriod, path: "\(at).readinessProbe") ?? []
                errors += container.startupProbe?.validate(kind: .startup, gracePeriod: context.gracePeriod, path: "\(at).startupProbe") ?? []
            } else {
                let detail = "may not be set for init containers without restartPolicy=Always"
                if container.lifecycle != nil { errors.append(.forbidden("\(at).lifecycle", detail)) }
                if container.livenessProbe != nil { errors.append(.forbidden("\(at).livenessProbe", detail)) }
                if container.readinessProbe != nil { errors.append(.forbidden("\(at).readinessProbe", detail)) }
                if container.startupProbe != nil { errors.append(.forbidden("\(at).startupProbe", detail)) }
            }
            if !container.resizePolicy.isEmpty {
                errors.append(.invalid("\(at).resizePolicy", .omitted, "must not be set for init containers"))
            }
        }
        return errors
    }

    /// Upstream `validateContainerCommon`: name, image, termination message policy, ports, env,
    /// mounts, devices, pull policy, resources and resize policy.
    func validateCommon(_ context: PodValidationContext, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if name.isEmpty {
            errors.append(.required("\(path).name"))
        } else {
            errors += FieldRules.dnsLabel(name, "\(path).name")
        }
        if (image ?? "").isEmpty {
            errors.append(.required("\(path).image"))
        }
        switch terminationMessagePolicy ?? "" {
        case "File", "FallbackToLogsOnError": break
        case "": errors.append(.required("\(path).terminationMessagePolicy"))
        case let other:
            errors.append(.notSupported("\(path).terminationMessagePolicy", .string(other), ["File", "FallbackToLogsOnError"]))
        }
        errors += Self.validatePorts(ports, path: "\(path).ports")
        errors += EnvVar.validate(env, path: "\(path).env")
        errors += EnvFromSource.validate(envFrom, path: "\(path).envFrom")
        let devicePaths = Dictionary(volumeDevices.map { ($0.name, $0.devicePath) }, uniquingKeysWith: { _, last in last })
        let mountPaths = Dictionary(volumeMounts.map { ($0.name, $0.mountPath) }, uniquingKeysWith: { _, last in last })
        errors += VolumeMount.validate(volumeMounts, devices: devicePaths, volumes: context.volumes, container: self, path: "\(path).volumeMounts")
        errors += VolumeDevice.validate(volumeDevices, mounts: mountPaths, volumes: context.volumes, path: "\(path).volumeDevices")
        switch imagePullPolicy ?? "" {
        case "Always", "IfNotPresent", "Never": break
        case "": errors.append(.required("\(path).imagePullPolicy"))
        case let other: errors.append(.notSupported("\(path).imagePullPolicy", .string(other), Self.supportedPullPolicies))
        }
        errors += (resources ?? ResourceRequirements()).validate(path: "\(path).resources", podClaims: context.podClaims)
        errors += Self.validateResizePolicy(resizePolicy, restartPolicy: context.restartPolicy, path: "\(path).resizePolicy")
        errors += securityContext?.validate(path: "\(path).securityContext") ?? []
        if context.isPod, let image, image.count != image.trimmingWhitespace.count {
            errors.append(.invalid("\(path).image", .string(image), "must not have leading or trailing whitespace"))
        }
        return errors
    }

    /// Upstream `validateContainerPorts`.
    static func validatePorts(_ ports: [ContainerPort], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var names = Set<String>()
        for (index, port) in ports.enumerated() {
            let at = "\(path)[\(index)]"
            if let name = port.name, !name.isEmpty {
                let messages = Validation.isValidPortName(name)
                if !messages.isEmpty {
                    errors += FieldRules.each(messages, "\(at).name", name)
                } else if !names.insert(name).inserted {
                    errors.append(.duplicate("\(at).name", .string(name)))
                }
            }
            if port.containerPort == 0 {
                errors.append(.required("\(at).containerPort"))
            } else {
                errors += Validation.isValidPortNum(Int(port.containerPort)).map {
                    .invalid("\(at).containerPort", .int(Int64(port.containerPort)), $0)
                }
            }
            if let hostPort = port.hostPort, hostPort != 0 {
                errors += Validation.isValidPortNum(Int(hostPort)).map { .invalid("\(at).hostPort", .int(Int64(hostPort)), $0) }
            }
            switch port.protocol ?? "" {
            case "": errors.append(.required("\(at).protocol"))
            case let value where !supportedProtocols.contains(value):
                errors.append(.notSupported("\(at).protocol", .string(value), supportedProtocols))
            default: break
            }
        }
        return errors
    }

    /// Upstream `AccumulateUniqueHostPorts` over one list of containers.
    static func hostPortConflicts(_ containers: [Container], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var seen = Set<String>()
        for (containerIndex, container) in containers.enumerated() {
            for (portIndex, port) in container.ports.enumerated() {
                guard let hostPort = port.hostPort, hostPort != 0 else { continue }
                let key = "\(port.protocol ?? "")/\(port.hostIP ?? "")/\(hostPort)"
                if !seen.insert(key).inserted {
                    errors.append(.duplicate("\(path)[\(containerIndex)].ports[\(portIndex)].hostPort", .string(key)))
                }
            }
        }
        return errors
    }

    /// Upstream `validateResizePolicy`.
    static func validateResizePolicy(_ policies: [ContainerResizePolicy], restartPolicy: String, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var seen = Set<String>()
        for (index, policy) in policies.enumerated() {
            if !seen.insert(policy.resourceName).inserted {
                errors.append(.duplicate("\(path)[\(index)]", .string(policy.resourceName)))
            }
            switch policy.resourceName {
            case "cpu", "memory": break
            case "": errors.append(.required(path))
            default: errors.append(.notSupported(path, .string(policy.resourceName), ["cpu", "memory"]))
            }
            switch policy.restartPolicy {
            case "NotRequired", "RestartContainer": break
            case "": errors.append(.required(path))
            default: errors.append(.notSupported(path, .string(policy.restartPolicy), ["NotRequired", "RestartContainer"]))
            }
            if restartPolicy == "Never" && policy.restartPolicy != "NotRequired" {
                errors.append(.invalid(path, .string(policy.restartPolicy), "must be 'NotRequired' when `restartPolicy` is 'Never'"))
            }
        }
        return errors
    }
}

extension EphemeralContainer {
    /// The ephemeral container as a regular container, for the checks they share.
    var asContainer: Container {
        Container(
            args: args, command: command, env: env, envFrom: envFrom, image: image, imagePullPolicy: imagePullPolicy,
            lifecycle: lifecycle, livenessProbe: livenessProbe, name: name, ports: ports, readinessProbe: readinessProbe,
            resizePolicy: resizePolicy, resources: resources, restartPolicy: restartPolicy, securityContext: securityContext,
            startupProbe: startupProbe, stdin: stdin, stdinOnce: stdinOnce, terminationMessagePath: terminationMessagePath,
            terminationMessagePolicy: terminationMessagePolicy, tty: tty, volumeDevices: volumeDevices,
            volumeMounts: volumeMounts, workingDir: workingDir)
    }

    /// Upstream `validateEphemeralContainers`: common container rules, names unique across all
    /// containers, an existing target, and none of the fields ephemeral containers may not set.
    static func validate(
        _ containers: [EphemeralContainer], regular: [Container], initContainers: [Container],
        _ context: PodValidationContext, path: String
    ) -> [FieldError] {
        var errors: [FieldError] = []
        let others = Set(regular.map(\.name) + initContainers.map(\.name))
        var names = others
        for (index, ephemeral) in containers.enumerated() {
            let at = "\(path)[\(index)]"
            let container = ephemeral.asContainer
            errors += container.validateCommon(context, path: at)
            if let image = container.image, image.count != image.trimmingWhitespace.count {
                errors.append(.invalid("\(at).image", .string(image), "must not have leading or trailing whitespace"))
            }
            if !names.insert(ephemeral.name).inserted {
                errors.append(.duplicate("\(at).name", .string(ephemeral.name)))
            }
            if let target = ephemeral.targetContainerName, !target.isEmpty, !others.contains(target) {
                errors.append(.notFound("\(at).targetContainerName", .string(target)))
            }
            let forbidden = "cannot be set for an Ephemeral Container"
            if !ephemeral.ports.isEmpty { errors.append(.forbidden("\(at).ports", forbidden)) }
            if ephemeral.resources != nil { errors.append(.forbidden("\(at).resources", forbidden)) }
            if !ephemeral.resizePolicy.isEmpty { errors.append(.forbidden("\(at).resizePolicy", forbidden)) }
            if ephemeral.livenessProbe != nil { errors.append(.forbidden("\(at).livenessProbe", forbidden)) }
            if ephemeral.readinessProbe != nil { errors.append(.forbidden("\(at).readinessProbe", forbidden)) }
            if ephemeral.startupProbe != nil { errors.append(.forbidden("\(at).startupProbe", forbidden)) }
            if ephemeral.lifecycle != nil { errors.append(.forbidden("\(at).lifecycle", forbidden)) }
            if ephemeral.restartPolicy != nil { errors.append(.forbidden("\(at).restartPolicy", forbidden)) }
            for (mountIndex, mount) in ephemeral.volumeMounts.enumerated() {
                if !(mount.subPath ?? "").isEmpty {
                    errors.append(.forbidden("\(at).volumeMounts[\(mountIndex)].subPath", forbidden))
                }
                if !(mount.subPathExpr ?? "").isEmpty {
                    errors.append(.forbidden("\(at).volumeMounts[\(mountIndex)].subPathExpr", forbidden))
                }
            }
        }
        return errors
    }
}

extension String {
    /// The string without leading and trailing ASCII white space, as Go's `strings.TrimSpace`
    /// does for ASCII input.
    var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
