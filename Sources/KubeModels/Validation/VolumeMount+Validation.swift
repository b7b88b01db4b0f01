extension VolumeMount {
    /// Upstream `ValidateVolumeMounts`: each mount names an existing volume, has a unique mount
    /// path, does not clash with a device, and has valid sub-paths and propagation.
    ///
    /// As upstream, some checks report at the list's path rather than the item's
    /// (`volumeMounts.subPath`, `volumeMounts.mountPropagation`).
    static func validate(
        _ mounts: [VolumeMount], devices: [String: String], volumes: [String: Volume], container: Container?, path: String
    ) -> [FieldError] {
        var errors: [FieldError] = []
        var mountPoints = Set<String>()
        let devicePaths = Set(devices.values)
        for (index, mount) in mounts.enumerated() {
            let at = "\(path)[\(index)]"
            if mount.name.isEmpty { errors.append(.required("\(at).name")) }
            if volumes[mount.name] == nil { errors.append(.notFound("\(at).name", .string(mount.name))) }
            if mount.mountPath.isEmpty { errors.append(.required("\(at).mountPath")) }
            if !mountPoints.insert(mount.mountPath).inserted {
                errors.append(.invalid("\(at).mountPath", .string(mount.mountPath), "must be unique"))
            }
            if devices[mount.name] != nil {
                errors.append(.invalid("\(at).name", .string(mount.name), "must not already exist in volumeDevices"))
            }
            if devicePaths.contains(mount.mountPath) {
                errors.append(.invalid("\(at).mountPath", .string(mount.mountPath), "must not already exist as a path in volumeDevices"))
            }
            let subPath = mount.subPath ?? "", subPathExpr = mount.subPathExpr ?? ""
            if volumes[mount.name]?.image != nil {
                if !subPath.isEmpty {
                    errors.append(.invalid("\(at).subPath", .string(subPath), "not allowed in image volume sources"))
                }
                if !subPathExpr.isEmpty {
                    errors.append(.invalid("\(at).subPathExpr", .string(subPathExpr), "not allowed in image volume sources"))
                }
            }
            if !subPath.isEmpty {
                errors += PathRules.localDescending(subPath, "\(path).subPath")
            }
            if !subPathExpr.isEmpty {
                if !subPath.isEmpty {
                    errors.append(.invalid("\(at).subPathExpr", .string(subPathExpr), "subPathExpr and subPath are mutually exclusive"))
                }
                errors += PathRules.localDescending(subPathExpr, "\(path).subPathExpr")
            }
            if let propagation = mount.mountPropagation {
                errors += validatePropagation(propagation, container: container, path: "\(path).mountPropagation")
            }
            errors += mount.validateRecursiveReadOnly(path: "\(path).recursiveReadOnly")
        }
        return errors
    }

    private static func validatePropagation(_ propagation: String, container: Container?, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let supported = ["Bidirectional", "HostToContainer", "None"]
        if !supported.contains(propagation) {
            errors.append(.notSupported(path, .string(propagation), supported))
        }
        guard let container else { return errors }
        let privileged = container.securityContext?.privileged ?? false
        if propagation == "Bidirectional" && !privileged {
            errors.append(.forbidden(path, "Bidirectional mount propagation is available only to privileged containers"))
        }
        return errors
    }

    private func validateRecursiveReadOnly(path: String) -> [FieldError] {
        guard let mode = recursiveReadOnly else { return [] }
        switch mode {
        case "Disabled":
            return []
        case "Enabled", "IfPossible":
            var errors: [FieldError] = []
            if !(readOnly ?? false) {
                errors.append(.forbidden(path, "may only be specified when readOnly is true"))
            }
            if let propagation = mountPropagation, propagation != "None" {
                errors.append(.forbidden(path, "may only be specified when mountPropagation is None or not specified"))
            }
            return errors
        default:
            return [.notSupported(path, .string(mode), ["Disabled", "Enabled", "IfPossible"])]
        }
    }
}

extension VolumeDevice {
    /// Upstream `ValidateVolumeDevices`: each device names a PersistentVolumeClaim or ephemeral
    /// volume, with a unique name and device path that no mount uses.
    static func validate(_ devices: [VolumeDevice], mounts: [String: String], volumes: [String: Volume], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var devicePaths = Set<String>(), deviceNames = Set<String>()
        let mountPaths = Set(mounts.values)
        for (index, device) in devices.enumerated() {
            let at = "\(path)[\(index)]"
            let volume = volumes[device.name]
            if device.name.isEmpty { errors.append(.required("\(at).name")) }
            if deviceNames.contains(device.name) {
                errors.append(.invalid("\(at).name", .string(device.name), "must be unique"))
            }
            if let volume, volume.persistentVolumeClaim == nil && volume.ephemeral == nil {
                errors.append(.invalid("\(at).name", .string(device.name),
                                       "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"))
            }
            if volume == nil { errors.append(.notFound("\(at).name", .string(device.name))) }
            if device.devicePath.isEmpty { errors.append(.required("\(at).devicePath")) }
            if devicePaths.contains(device.devicePath) {
                errors.append(.invalid("\(at).devicePath", .string(device.devicePath), "must be unique"))
            }
            if !device.devicePath.isEmpty && PathRules.hasBacksteps(device.devicePath) {
                errors.append(.invalid("\(at).devicePath", .string(device.devicePath), "can not contain backsteps ('..')"))
            } else {
                devicePaths.insert(device.devicePath)
            }
            if mounts[device.name] != nil {
                errors.append(.invalid("\(at).name", .string(device.name), "must not already exist in volumeMounts"))
            }
            if mountPaths.contains(device.devicePath) {
                errors.append(.invalid("\(at).devicePath", .string(device.devicePath), "must not already exist as a path in volumeMounts"))
            }
            if !device.name.isEmpty { deviceNames.insert(device.name) }
        }
        return errors
    }
}

/// Upstream's checks of relative paths inside volumes.
enum PathRules {
    /// Whether a `/`-separated path has a `..` element.
    static func hasBacksteps(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// Upstream `validatePathNoBacksteps`.
    static func noBacksteps(_ target: String, _ path: String) -> [FieldError] {
        hasBacksteps(target) ? [.invalid(path, .string(target), "must not contain '..'")] : []
    }

    /// Upstream `validateLocalDescendingPath`: relative, without `..` elements.
    static func localDescending(_ target: String, _ path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if target.hasPrefix("/") { errors.append(.invalid(path, .string(target), "must be a relative path")) }
        return errors + noBacksteps(target, path)
    }

    /// Upstream `ValidateLocalNonReservedPath`: a local descending path that does not start
    /// with `..`.
    static func localNonReserved(_ target: String, _ path: String) -> [FieldError] {
        var errors = localDescending(target, path)
        if target.hasPrefix("..") && !target.hasPrefix("../") {
            errors.append(.invalid(path, .string(target), "must not start with '..'"))
        }
        return errors
    }
}
