import KubeModels

/// RFC 6902 JSON patch over ``JSONValue`` (interim, until KubeModels ships `JSONPatch`).
enum JSONPatchOperations {
    /// Why a patch failed: `malformed` for a bad patch document (400), otherwise the patch does
    /// not apply to this object (422).
    struct Failure: Error {
        var message: String
        var malformed: Bool
    }

    static func apply(_ patch: JSONValue, to document: JSONValue) throws -> JSONValue {
        guard case .array(let operations) = patch else {
            throw Failure(message: "json patch body must be a JSON array of operations", malformed: true)
        }
        var doc = document
        for (index, operation) in operations.enumerated() {
            guard case .object(let op) = operation, let name = op["op"]?.stringValue else {
                throw Failure(message: "json patch operation \(index) has no \"op\"", malformed: true)
            }
            guard let pathText = op["path"]?.stringValue else {
                throw Failure(message: "json patch operation \(index) (\(name)) has no \"path\"", malformed: true)
            }
            let path = try pointer(pathText)
            switch name {
            case "add":
                guard let value = op["value"] else { throw Failure(message: "json patch add operation \(index) has no \"value\"", malformed: true) }
                try insert(value, at: path, in: &doc, replacing: false)
            case "remove":
                _ = try remove(at: path, in: &doc)
            case "replace":
                guard let value = op["value"] else { throw Failure(message: "json patch replace operation \(index) has no \"value\"", malformed: true) }
                _ = try remove(at: path, in: &doc)
                try insert(value, at: path, in: &doc, replacing: true)
            case "move", "copy":
                guard let fromText = op["from"]?.stringValue else {
                    throw Failure(message: "json patch \(name) operation \(index) has no \"from\"", malformed: true)
                }
                let from = try pointer(fromText)
                let value = name == "move" ? try remove(at: from, in: &doc) : try get(at: from, in: doc)
                try insert(value, at: path, in: &doc, replacing: false)
            case "test":
                guard let value = op["value"] else { throw Failure(message: "json patch test operation \(index) has no \"value\"", malformed: true) }
                let actual = try get(at: path, in: doc)
                if actual != value {
                    throw Failure(message: "testing value \(pathText) failed: test failed", malformed: false)
                }
            default:
                throw Failure(message: "Unexpected kind: \(name)", malformed: true)
            }
        }
        return doc
    }

    /// Splits an RFC 6901 pointer into unescaped tokens.
    static func pointer(_ text: String) throws -> [String] {
        if text.isEmpty { return [] }
        guard text.hasPrefix("/") else { throw Failure(message: "JSON pointer must be empty or start with a \"/\": \(text)", malformed: true) }
        return text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    static func missing(_ path: [String]) -> Failure {
        Failure(message: "doc is missing path: /" + path.joined(separator: "/"), malformed: false)
    }

    static func get(at path: [String], in doc: JSONValue) throws -> JSONValue {
        var current = doc
        for token in path {
            switch current {
            case .object(let members):
                guard let next = members[token] else { throw missing(path) }
                current = next
            case .array(let items):
                guard let i = Int(token), items.indices.contains(i) else { throw missing(path) }
                current = items[i]
            default:
                throw missing(path)
            }
        }
        return current
    }

    static func insert(_ value: JSONValue, at path: [String], in doc: inout JSONValue, replacing: Bool) throws {
        guard let last = path.last else {
            doc = value
            return
        }
        try modify(Array(path.dropLast()), in: &doc, fullPath: path) { parent in
            switch parent {
            case .object(var members):
                members[last] = value
                parent = .object(members)
            case .array(var items):
                if last == "-" {
                    items.append(value)
                } else if let i = Int(last), i >= 0, i <= items.count {
                    items.insert(value, at: i)
                } else {
                    throw Failure(message: "add operation does not apply: index out of bounds: /" + path.joined(separator: "/"), malformed: false)
                }
                parent = .array(items)
            default:
                throw missing(path)
            }
        }
    }

    static func remove(at path: [String], in doc: inout JSONValue) throws -> JSONValue {
        guard let last = path.last else {
            let old = doc
            doc = .null
            return old
        }
        var removed = JSONValue.null
        try modify(Array(path.dropLast()), in: &doc, fullPath: path) { parent in
            switch parent {
            case .object(var members):
                guard let old = members.removeValue(forKey: last) else { throw missing(path) }
                removed = old
                parent = .object(members)
            case .array(var items):
                guard let i = Int(last), items.indices.contains(i) else { throw missing(path) }
                removed = items.remove(at: i)
                parent = .array(items)
            default:
                throw missing(path)
            }
        }
        return removed
    }

    /// Applies `change` to the value at `path`.
    static func modify(_ path: [String], in doc: inout JSONValue, fullPath: [String], _ change: (inout JSONValue) throws -> Void) throws {
        guard let first = path.first else {
            try change(&doc)
            return
        }
        let rest = Array(path.dropFirst())
        switch doc {
        case .object(var members):
            guard var child = members[first] else { throw missing(fullPath) }
            members[first] = nil
            try modify(rest, in: &child, fullPath: fullPath, change)
            members[first] = child
            doc = .object(members)
        case .array(var items):
            guard let i = Int(first), items.indices.contains(i) else { throw missing(fullPath) }
            var child = items[i]
            try modify(rest, in: &child, fullPath: fullPath, change)
            items[i] = child
            doc = .array(items)
        default:
            throw missing(fullPath)
        }
    }
}
