extension JSONPatch {
    /// One step of a JSON patch document: `{"op": "add", "path": "/a", "value": 1}`.
    ///
    /// Fields keep what the document said, so a malformed step fails when it is applied, with
    /// upstream's message, exactly as the API server reports it (422 rather than 400).
    public struct Operation: Sendable, Hashable {
        /// The `op` member: `add`, `remove`, `replace`, `move`, `copy` or `test`. Any other
        /// text (and a missing or non-string `op`, read as `unknown`) fails when applied.
        public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
            /// The `op` text.
            public var rawValue: String
            /// A kind from its `op` text.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// The `op` text.
            public var description: String { rawValue }

            /// Adds a value (replacing an object member, inserting into an array).
            public static let add = Kind(rawValue: "add")
            /// Removes a value.
            public static let remove = Kind(rawValue: "remove")
            /// Replaces a value.
            public static let replace = Kind(rawValue: "replace")
            /// Moves the value at `from` to `path`.
            public static let move = Kind(rawValue: "move")
            /// Copies the value at `from` to `path`.
            public static let copy = Kind(rawValue: "copy")
            /// Checks the value at `path` equals `value`.
            public static let test = Kind(rawValue: "test")
        }

        /// The operation.
        public var op: Kind
        /// The target, an RFC 6901 JSON pointer (`/spec/containers/0/image`, `~1` for `/`,
        /// `~0` for `~`, `-` for the end of an array); `nil` when the member is missing.
        public var path: String?
        /// The source pointer of `move` and `copy`; `nil` when missing.
        public var from: String?
        /// The value of `add`, `replace` and `test`; `nil` when the member is missing (which
        /// upstream treats as `null`).
        public var value: JSONValue?
        /// Go's JSON type word (`number`, `bool`, ...) when `path` was present but not a string.
        var pathType: String?
        /// The same for `from`.
        var fromType: String?

        /// Creates an operation.
        public init(op: Kind, path: String?, from: String? = nil, value: JSONValue? = nil) {
            self.op = op
            self.path = path
            self.from = from
            self.value = value
        }

        /// `{"op": "add", "path": path, "value": value}`.
        public static func add(_ path: String, _ value: JSONValue) -> Operation {
            Operation(op: .add, path: path, value: value)
        }
        /// `{"op": "remove", "path": path}`.
        public static func remove(_ path: String) -> Operation {
            Operation(op: .remove, path: path)
        }
        /// `{"op": "replace", "path": path, "value": value}`.
        public static func replace(_ path: String, _ value: JSONValue) -> Operation {
            Operation(op: .replace, path: path, value: value)
        }
        /// `{"op": "move", "from": from, "path": path}`.
        public static func move(from: String, to path: String) -> Operation {
            Operation(op: .move, path: path, from: from)
        }
        /// `{"op": "copy", "from": from, "path": path}`.
        public static func copy(from: String, to path: String) -> Operation {
            Operation(op: .copy, path: path, from: from)
        }
        /// `{"op": "test", "path": path, "value": value}`.
        public static func test(_ path: String, _ value: JSONValue) -> Operation {
            Operation(op: .test, path: path, value: value)
        }

        /// The operation as a JSON patch document member.
        public var jsonValue: JSONValue {
            var o: [String: JSONValue] = ["op": .string(op.rawValue)]
            if let path { o["path"] = .string(path) }
            if let from { o["from"] = .string(from) }
            if let value { o["value"] = value }
            return .object(o)
        }

        /// Reads one member of the document (`null` reads as an operation of kind `unknown`).
        init(member: [String: JSONValue]?) {
            let o = member ?? [:]
            op = Kind(rawValue: o["op"]?.stringValue ?? "unknown")
            value = o["value"]
            (path, pathType) = Operation.pointer(o["path"])
            (from, fromType) = Operation.pointer(o["from"])
        }

        private static func pointer(_ v: JSONValue?) -> (String?, String?) {
            switch v {
            case .string(let s)?: return (s, nil)
            case nil, .null?: return (nil, nil)
            case let other?: return (nil, JSONPatch.goJSONType(other))
            }
        }

        /// `op.Path()`'s error text when `path` is unusable.
        var pathError: String {
            if let pathType { return "json: cannot unmarshal \(pathType) into Go value of type string" }
            return "operation missing path field: missing value"
        }

        /// `op.From()`'s error text when `from` is unusable.
        var fromError: String {
            if let fromType { return "json: cannot unmarshal \(fromType) into Go value of type string" }
            return "operation, missing from field: missing value"
        }
    }

    /// Decodes a JSON patch document (an array of operations), as upstream's `DecodePatch`.
    ///
    /// Only the document's shape is checked here (an array of objects; `null` is an empty
    /// patch); each operation's members are checked when it is applied.
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidPatch``.
    public static func parse(_ document: JSONValue) throws -> [Operation] {
        switch document {
        case .null:
            return []
        case .array(let items):
            var ops: [Operation] = []
            ops.reserveCapacity(items.count)
            for item in items {
                switch item {
                case .object(let o): ops.append(Operation(member: o))
                case .null: ops.append(Operation(member: nil))
                default:
                    throw KubeModelsError.patch(
                        "json: cannot unmarshal \(goJSONType(item)) into Go value of type jsonpatch.Operation")
                }
            }
            return ops
        default:
            throw KubeModelsError.patch(
                "json: cannot unmarshal \(goJSONType(document)) into Go value of type jsonpatch.Patch")
        }
    }

    /// The word Go's `encoding/json` uses for a value's JSON type in type errors.
    static func goJSONType(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
