import KubeModels

/// The one error type of KubeStore. Its ``code`` maps 1:1 to a Kubernetes status reason and HTTP code.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A Kubernetes status reason (`metav1.StatusReason`), extensible.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        /// The HTTP status code the API server answers with.
        public var httpStatus: Int
        public init(rawValue: String) {
            self.rawValue = rawValue
            self.httpStatus = Code.statusByReason[rawValue] ?? 500
        }
        init(_ reason: String, _ status: Int) {
            rawValue = reason
            httpStatus = status
        }
        public var description: String { rawValue }

        static let statusByReason: [String: Int] = [
            "NotFound": 404, "AlreadyExists": 409, "Conflict": 409, "Invalid": 422, "Gone": 410, "Expired": 410,
            "BadRequest": 400, "Forbidden": 403, "Unauthorized": 401, "TooManyRequests": 429, "Timeout": 504,
            "ServerTimeout": 500, "InternalError": 500, "ServiceUnavailable": 503, "RequestEntityTooLarge": 413,
            "MethodNotAllowed": 405, "UnsupportedMediaType": 415,
        ]

        public static let notFound = Code("NotFound", 404)
        public static let alreadyExists = Code("AlreadyExists", 409)
        /// Optimistic-concurrency failure (stale resourceVersion) or precondition failure.
        public static let conflict = Code("Conflict", 409)
        /// Validation failed; ``StoreError/fieldErrors`` says why.
        public static let invalid = Code("Invalid", 422)
        /// The requested revision was compacted ("too old resource version").
        public static let gone = Code("Gone", 410)
        /// The continue token expired.
        public static let expired = Code("Expired", 410)
        public static let badRequest = Code("BadRequest", 400)
        /// An admission hook refused the request.
        public static let forbidden = Code("Forbidden", 403)
        public static let tooManyRequests = Code("TooManyRequests", 429)
        public static let timeout = Code("Timeout", 504)
        public static let internalError = Code("InternalError", 500)
        public static let serviceUnavailable = Code("ServiceUnavailable", 503)
        /// The object is larger than the store accepts (1.5 MiB, as etcd).
        public static let requestEntityTooLarge = Code("RequestEntityTooLarge", 413)
    }

    /// The reason.
    public var code: Code
    /// The API server's message, e.g. `pods "web" not found`.
    public var message: String
    /// The kind the error concerns (`Pod`), when known.
    public var kind: String?
    /// The object key the error concerns, when known.
    public var key: ObjectKey?
    /// The field errors of an ``Code/invalid`` error.
    public var fieldErrors: [FieldError]

    /// Creates an error.
    public init(_ code: Code, _ message: String, kind: String? = nil, key: ObjectKey? = nil, fieldErrors: [FieldError] = []) {
        self.code = code
        self.message = message
        self.kind = kind
        self.key = key
        self.fieldErrors = fieldErrors
    }

    public var description: String { message }

    public static func == (a: StoreError, b: StoreError) -> Bool {
        a.code == b.code && a.message == b.message && a.kind == b.kind && a.key == b.key && a.fieldErrors == b.fieldErrors
    }

    public func hash(into h: inout Hasher) {
        h.combine(code)
        h.combine(message)
    }
}
