extension SecurityContext {
    /// Upstream `ValidateSecurityContext`, for the settings that do not depend on cluster policy:
    /// user and group IDs, proc mount, seccomp profile and privilege escalation.
    func validate(path: String, hostUsers: Bool = true) -> [FieldError] {
        var errors: [FieldError] = []
        if let runAsUser { errors += IDRules.user(runAsUser, "\(path).runAsUser") }
        if let runAsGroup { errors += IDRules.group(runAsGroup, "\(path).runAsGroup") }
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
        if let fsGroup { errors += IDRules.group(fsGroup, "\(path).fsGroup") }
        if let runAsUser { errors += IDRules.user(runAsUser, "\(path).runAsUser") }
        if let runAsGroup { errors += IDRules.group(runAsGroup, "\(path).runAsGroup") }
        for (index, group) in supplementalGroups.enumerated() {
            errors += IDRules.group(group, "\(path).supplementalGroups[\(index)]")
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

/// Upstream `IsValidUserID`/`IsValidGroupID` in their field-error form.
enum IDRules {
    static func user(_ value: Int64, _ path: String) -> [FieldError] {
        Validation.isValidUserID(value).map { .invalid(path, .int(value), $0) }
    }

    static func group(_ value: Int64, _ path: String) -> [FieldError] {
        Validation.isValidGroupID(value).map { .invalid(path, .int(value), $0) }
    }
}
