/// The one error type thrown by KubeModels: decoding, parsing and validation failures.
///
/// The ``code`` is extensible (new codes can be added without breaking callers that switch
/// over the ones they know), and ``message`` is the human-readable text, written in the style
/// of the Kubernetes API server.
public struct KubeModelsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The input is not well-formed JSON.
        public static let malformedJSON = Code(rawValue: "MalformedJSON")
        /// The JSON is well-formed but does not have the shape the type needs.
        public static let invalidValue = Code(rawValue: "InvalidValue")
        /// `apiVersion`/`kind` do not match the type asked for, or name no known kind.
        public static let unknownKind = Code(rawValue: "UnknownKind")
        /// A quantity string does not follow the Kubernetes quantity grammar.
        public static let invalidQuantity = Code(rawValue: "InvalidQuantity")
        /// A label or field selector does not parse.
        public static let invalidSelector = Code(rawValue: "InvalidSelector")
        /// A patch document is malformed or cannot be applied.
        public static let invalidPatch = Code(rawValue: "InvalidPatch")
        /// A JSON patch `test` operation did not match.
        public static let patchTestFailed = Code(rawValue: "PatchTestFailed")
        /// An object failed validation; ``KubeModelsError/fieldErrors`` lists why.
        public static let invalidObject = Code(rawValue: "Invalid")
    }

    /// What went wrong.
    public var code: Code
    /// The human-readable explanation.
    public var message: String
    /// The field errors behind an ``Code/invalidObject`` error (empty otherwise).
    public var fieldErrors: [FieldError]

    /// Creates an error with a code and a message.
    public init(_ code: Code, _ message: String, fieldErrors: [FieldError] = []) {
        self.code = code
        self.message = message
        self.fieldErrors = fieldErrors
    }

    public var description: String { message }
}
