/// Upstream's resource-name classification (`pkg/apis/core/helper`): which names are standard,
/// native, extended, integer-valued or allowed to be overcommitted.
enum ResourceNames {
    static let cpu = "cpu"
    static let memory = "memory"
    static let storage = "storage"
    static let ephemeralStorage = "ephemeral-storage"
    static let hugePagesPrefix = "hugepages-"

    private static let standard: Set<String> = [
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
        "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "resourcequotas", "services",
        "replicationcontrollers", "secrets", "configmaps", "persistentvolumeclaims", "storage", "requests.storage",
        "services.nodeports", "services.loadbalancers",
    ]
    private static let standardContainer: Set<String> = ["cpu", "memory", "ephemeral-storage"]
    private static let standardQuota: Set<String> = [
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
        "requests.storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "resourcequotas",
        "services", "replicationcontrollers", "secrets", "persistentvolumeclaims", "configmaps",
        "services.nodeports", "services.loadbalancers",
    ]
    private static let integer: Set<String> = [
        "pods", "resourcequotas", "services", "replicationcontrollers", "secrets", "configmaps",
        "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
    ]

    static func hasSlash(_ name: String) -> Bool { name.utf8.contains(UInt8(ascii: "/")) }

    /// `hugepages-<size>`.
    static func isHugePages(_ name: String) -> Bool { name.hasPrefix(hugePagesPrefix) }

    /// Upstream `IsQuotaHugePageResourceName`.
    static func isQuotaHugePages(_ name: String) -> Bool {
        name.hasPrefix(hugePagesPrefix) || name.hasPrefix("requests.hugepages-")
    }

    /// Upstream `IsNativeResource`: unprefixed, or in the `kubernetes.io/` domain.
    static func isNative(_ name: String) -> Bool {
        !hasSlash(name) || name.contains("kubernetes.io/")
    }

    /// Upstream `IsExtendedResourceName`: a domain-prefixed name outside `kubernetes.io/` that is a
    /// valid quota name once `requests.` is prepended.
    static func isExtended(_ name: String) -> Bool {
        if isNative(name) || name.hasPrefix("requests.") { return false }
        return Validation.isQualifiedName("requests." + name).isEmpty
    }

    /// Upstream `IsOvercommitAllowed`.
    static func isOvercommitAllowed(_ name: String) -> Bool { isNative(name) && !isHugePages(name) }

    /// Upstream `IsIntegerResourceName`.
    static func isInteger(_ name: String) -> Bool { integer.contains(name) || isExtended(name) }

    static func isStandard(_ name: String) -> Bool { standard.contains(name) || isQuotaHugePages(name) }
    static func isStandardContainer(_ name: String) -> Bool { standardContainer.contains(name) || isHugePages(name) }
    static func isStandardQuota(_ name: String) -> Bool { standardQuota.contains(name) || isQuotaHugePages(name) }

    // MARK: Checks

    /// Upstream `validateResourceName`.
    static func validateName(_ name: String, _ path: String) -> [FieldError] {
        let errors = FieldRules.qualifiedName(name, path)
        if !errors.isEmpty { return errors }
        if !hasSlash(name) && !isStandard(name) {
            return [.invalid(path, .string(name), "must be a standard resource type or fully qualified")]
        }
        return []
    }

    /// Upstream `validateContainerResourceName`.
    static func validateContainerName(_ name: String, _ path: String) -> [FieldError] {
        var errors = validateName(name, path)
        if !hasSlash(name) {
            if !isStandardContainer(name) {
                errors.append(.invalid(path, .string(name), "must be a standard resource for containers"))
            }
        } else if !isNative(name) && !isExtended(name) {
            errors.append(.invalid(path, .string(name), "doesn't follow extended resource name standard"))
        }
        return errors
    }

    /// Upstream `ValidateResourceQuotaResourceName`.
    static func validateQuotaName(_ name: String, _ path: String) -> [FieldError] {
        var errors = validateName(name, path)
        if !hasSlash(name) && !isStandardQuota(name) {
            errors.append(.invalid(path, .string(name), "must be a standard resource for quota"))
        }
        return errors
    }

    /// Upstream `ValidateResourceQuantityValue`: not negative, and whole for integer resources.
    static func validateQuantity(_ name: String, _ value: Quantity, _ path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if value.sign < 0 {
            errors.append(.invalid(path, .string(value.description), FieldRules.negativeMessage))
        }
        if isInteger(name) && value.milliValue % 1000 != 0 {
            errors.append(.invalid(path, .string(value.description), "must be an integer"))
        }
        return errors
    }

    /// Upstream `IsHugePageResourceValueDivisible`: a positive multiple of the page size.
    static func isHugePagesValueDivisible(_ name: String, _ value: Quantity) -> Bool {
        let sizeText = String(name.dropFirst(hugePagesPrefix.count))
        guard let size = try? Quantity(parsing: sizeText), size.value > 0 else { return false }
        let bytes = value.value
        return bytes > 0 && bytes % size.value == 0
    }
}
