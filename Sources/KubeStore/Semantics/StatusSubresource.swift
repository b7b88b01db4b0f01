import KubeModels

/// A kind whose `status` is a subresource: ``ResourceStore/update(_:options:)`` keeps the stored
/// status and ``ResourceStore/updateStatus(_:options:)`` changes only the status.
///
/// Every built-in kind with a `status` conforms. A custom resource declares the conformance to
/// get the fast typed path; without it the store splices `status` through JSON, with the same result.
///
/// ```swift
/// extension StaticSite: HasStatusSubresource {}   // `var status: Status` already exists
/// ```
public protocol HasStatusSubresource: KubeResource {
    /// The type of the status.
    associatedtype Status: Hashable & Sendable
    /// The status: what the system observed, written by controllers through the status subresource.
    var status: Status { get set }
}

/// Typed or JSON access to the `status` of any kind.
enum StatusAccess {
    /// Whether the kind declares a typed status.
    static func isTyped<R: KubeResource>(_ type: R.Type) -> Bool { R.self is any HasStatusSubresource.Type }

    /// Copies `source`'s status into `target`. Kinds without a typed status go through JSON
    /// (a kind with no `status` member is left unchanged).
    static func copyStatus<R: KubeResource>(from source: R, into target: inout R) throws {
        if let typed = R.self as? any HasStatusSubresource.Type {
            copyTyped(typed, from: source, into: &target)
            return
        }
        var targetJSON = try JSONForm.object(of: target)
        let sourceJSON = try JSONForm.object(of: source)
        if let status = sourceJSON["status"] {
            targetJSON["status"] = status
        } else {
            targetJSON.removeValue(forKey: "status")
        }
        target = try JSONForm.decode(R.self, from: targetJSON)
    }

    private static func copyTyped<S: HasStatusSubresource, R: KubeResource>(_ s: S.Type, from source: R, into target: inout R) {
        // `S` and `R` are the same type here (the cast above succeeded on `R.self`).
        withUnsafePointer(to: source) { src in
            withUnsafeMutablePointer(to: &target) { dst in
                let typedSource = UnsafeRawPointer(src).assumingMemoryBound(to: S.self)
                let typedTarget = UnsafeMutableRawPointer(dst).assumingMemoryBound(to: S.self)
                typedTarget.pointee.status = typedSource.pointee.status
            }
        }
    }

    /// Whether anything other than `metadata` and `status` differs between the two objects:
    /// the rule for bumping `metadata.generation`.
    static func specDiffers<R: KubeResource>(_ a: R, _ b: R) throws -> Bool {
        if let typed = R.self as? any HasStatusSubresource.Type {
            var masked = a
            masked.metadata = b.metadata
            copyTyped(typed, from: b, into: &masked)
            return masked != b
        }
        var ja = try JSONForm.object(of: a)
        var jb = try JSONForm.object(of: b)
        for key in ["metadata", "status", "apiVersion", "kind"] {
            ja.removeValue(forKey: key)
            jb.removeValue(forKey: key)
        }
        return ja != jb
    }
}

/// Conversions between typed objects and their JSON form, for the generic (untyped) paths.
enum JSONForm {
    /// The object's JSON members.
    static func object<R: KubeResource>(of value: R) throws -> [String: JSONValue] {
        let bytes = try KubeJSON.encode(value)
        guard case .object(let members) = try JSONValue(parsing: bytes) else {
            throw StoreError(.internalError, "\(R.kind) did not encode as a JSON object", kind: R.kind)
        }
        return members
    }

    /// The JSON form of a value.
    static func value<R: KubeResource>(of value: R) throws -> JSONValue {
        .object(try object(of: value))
    }

    /// Decodes a typed object from JSON members.
    static func decode<R: KubeResource>(_ type: R.Type, from members: [String: JSONValue]) throws -> R {
        try decode(type, from: .object(members))
    }

    /// Decodes a typed object from a JSON value; a shape error is a `.badRequest` naming the kind.
    static func decode<R: KubeResource>(_ type: R.Type, from value: JSONValue) throws -> R {
        do {
            return try KubeJSON.decode(R.self, from: value.jsonBytes)
        } catch let e as KubeModelsError {
            throw StoreError(.badRequest, "unable to decode \(R.kind): \(e.message)", kind: R.kind)
        }
    }
}
