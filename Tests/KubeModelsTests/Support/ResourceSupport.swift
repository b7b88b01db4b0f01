import Foundation
@testable import KubeModels

/// Helpers for the defaulting and validation tables: decode a JSON object into its kind, default
/// and validate it through the existential, and compare JSON.
enum ResourceSupport {
    /// Decodes one JSON object (given as a fixture `JSONValue`) into its built-in kind.
    static func resource(_ json: JSONValue) throws -> any KubeResource {
        let object = try Scheme.default.decode(json.jsonBytes)
        guard let resource = object as? any KubeResource else {
            throw KubeModelsError(.unknownKind, "not a built-in kind: \(object.kind)")
        }
        return resource
    }

    /// `resource.defaulted()` through the existential.
    static func defaulted(_ resource: any KubeResource) -> any KubeResource {
        func open<R: KubeResource>(_ r: R) -> any KubeResource { r.defaulted() }
        return open(resource)
    }

    /// `resource.validate()` as the API server prints each error.
    static func errors(_ resource: any KubeResource) -> [String] {
        func open<R: KubeResource>(_ r: R) -> [FieldError] { r.validate() }
        return open(resource).map(\.description)
    }

    /// The resource encoded and read back as a `JSONValue`.
    static func json(_ resource: any KubeResource) throws -> JSONValue {
        func open<R: KubeResource>(_ r: R) throws -> JSONValue { try JSONValue(parsing: KubeJSON.encode(r)) }
        return try open(resource)
    }

    /// Where `expected` (a partial object) differs from `actual`: each path whose expected value
    /// is missing or different; `null` in `expected` means the field must be absent, and arrays
    /// must have the same length with each element matching.
    static func mismatches(expected: JSONValue, actual: JSONValue?, path: String = "") -> [String] {
        switch expected {
        case .null:
            return actual == nil || actual == .null ? [] : ["\(path): expected absent, got \(describe(actual))"]
        case .object(let fields):
            guard case .object(let actualFields)? = actual else { return ["\(path): expected an object, got \(describe(actual))"] }
            return fields.flatMap { key, value in
                mismatches(expected: value, actual: actualFields[key], path: path.isEmpty ? key : "\(path).\(key)")
            }
        case .array(let items):
            guard case .array(let actualItems)? = actual, actualItems.count == items.count else {
                return ["\(path): expected \(describe(expected)), got \(describe(actual))"]
            }
            return zip(items, actualItems).enumerated().flatMap { index, pair in
                mismatches(expected: pair.0, actual: pair.1, path: "\(path)[\(index)]")
            }
        default:
            return expected == actual ? [] : ["\(path): expected \(describe(expected)), got \(describe(actual))"]
        }
    }

    private static func describe(_ value: JSONValue?) -> String {
        guard let value else { return "nothing" }
        return String(decoding: value.jsonBytes, as: UTF8.self)
    }
}
