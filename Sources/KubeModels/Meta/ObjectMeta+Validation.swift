extension ObjectMeta {
    /// The API server's generic object-metadata validation (`ValidateObjectMeta`): name or
    /// generateName present, namespace present exactly for namespaced kinds.
    public func validate(namespaced: Bool, path: String = "metadata") -> [FieldError] {
        var errors: [FieldError] = []
        if name.isEmpty && generateName.isEmpty {
            errors.append(.required("\(path).name", "name or generateName is required"))
        }
        if namespaced {
            if namespace.isEmpty { errors.append(.required("\(path).namespace", "")) }
        } else if !namespace.isEmpty {
            errors.append(.forbidden("\(path).namespace", "not allowed on this type"))
        }
        if generation < 0 {
            errors.append(.invalid("\(path).generation", .int(generation), "must be greater than or equal to 0"))
        }
        return errors
    }
}
