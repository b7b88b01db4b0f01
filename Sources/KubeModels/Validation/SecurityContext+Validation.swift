extension SecurityContext {
    /// Upstream `ValidateSecurityContext`, for the settings that do not depend on cluster policy:
    /// user and group IDs, proc mount, seccomp profile and privilege escalation.
    func validate(path: String, hostUsers: Bool = true) -> [FieldError] {
        var errors: [FieldError] = []
        if let runAsUser { errors += IDRules.id(runAsUser, "\(path).runAsUser") }
        if let runAsGroup { errors += IDRules.id(runAsGroup, "\(path).runAsGroup") }
        if let procMount {
            if procMount != "Default" && procMount != "Unmasked" {
                errors.append(.notSupported("\(path).procMount", .string(procMount), ["Default", "Unmasked"]))
            }
            if hostUsers && procMount == "Unmasked" {
                errors.append(.invalid("\(path).procMount", .string(procMount), "`hostUsers` must be false to use `Unmasked`"))
            }
        }
        errors += seccompProfile?.validate(path: "\(path).seccompProfile") ?? []
        if allowPrivilegeEscalation == false {
            if privileged == true {
                errors.append(.invalid(path, .omitted, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"))
            }
            if capabilities?.add.contains("CAP_SYS_ADMIN") == true {
                errors.append(.invalid(path, .omitted, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"))
            }
        }
        return errors
    }
}

extension PodSecurityContext {
    /// Upstream `validatePodSpecSecurityContext`, for IDs, groups, the fsGroup change policy, the
    /// seccomp profile and sysctl names.
    func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let fsGroup { errors += IDRules.id(fsGroup, "\(path).fsGroup") }
        if let runAsUser { errors += IDRules.id(runAsUser, "\(path).runAsUser") }
        if let runAsGroup { errors += IDRules.id(runAsGroup, "\(path).runAsGroup") }
        for (index, group) in supplementalGroups.enumerated() {
            errors += IDRules.id(group, "\(path).supplementalGroups[\(index)]")
        }
        if let policy = fsGroupChangePolicy, policy != "Always" && policy != "OnRootMismatch" {
            errors.append(.notSupported("\(path).fsGroupChangePolicy", .string(policy), ["Always", "OnRootMismatch"]))
        }
        errors += seccompProfile?.validate(path: "\(path).seccompProfile") ?? []
        for (index, sysctl) in sysctls.enumerated() {
            if sysctl.name.isEmpty {
                errors.append(.required("\(path).sysctls[\(index)].name"))
            }
        }
        return errors
    }
}

extension SeccompProfile {
    /// Upstream `validateSeccompProfileField`.
    func validate(path: String) -> [FieldError] {
        var errors: [FieldError] = []
        switch type {
        case "Localhost", "RuntimeDefault", "Unconfined": break
        case "": errors.append(.required("\(path).type", "type is required when seccompProfile is set"))
        default: errors.append(.notSupported("\(path).type", .string(type), ["Localhost", "RuntimeDefault", "Unconfined"]))
        }
        if type == "Localhost" {
            if let localhostProfile {
                errors += PathRules.localDescending(localhostProfile, "\(path).localhostProfile")
            } else {
                errors.append(.required("\(path).localhostProfile", "must be set when seccomp type is Localhost"))
            }
        } else if localhostProfile != nil {
            errors.append(.invalid("\(path).localhostProfile", .omitted, "can only be set when seccomp type is Localhost"))
        }
        return errors
    }
}

/// Upstream `IsValidUserID`/`IsValidGroupID`.
enum IDRules {
    static func id(_ value: Int64, _ path: String) -> [FieldError] {
        (0...2_147_483_647).contains(value) ? [] : [.invalid(path, .int(value), FieldRules.inclusiveRange(0, 2_147_483_647))]
    }
}
