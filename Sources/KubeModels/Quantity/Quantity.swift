/// A Kubernetes resource quantity (`k8s.io/apimachinery/pkg/api/resource.Quantity`): an exact
/// decimal number with a preferred way of being written.
///
/// ```swift
/// let memory = try Quantity(parsing: "1.5Gi")   // 1610612736, written "1536Mi"
/// let cpu = Quantity.cpu(millis: 250)            // "250m"
/// memory.value                                   // 1610612736
/// (cpu + cpu).description                        // "500m"
/// ```
///
/// The value is exact: an `Int64` mantissa with a decimal exponent, and an arbitrary-precision
/// mantissa when the value needs one. Equality, hashing and ordering compare values (`1` equals
/// `1000m`, as upstream's `Cmp`), while ``description`` keeps the ``format`` and, as upstream,
/// the original spelling of a parsed string that was already canonical.
public struct Quantity: Sendable {
    /// How a quantity is written (upstream `resource.Format`).
    public enum Format: String, Sendable, Hashable, CaseIterable, Codable {
        /// A decimal exponent, such as `12e6`.
        case decimalExponent = "DecimalExponent"
        /// A binary suffix, such as `12Mi` (12 × 2^20).
        case binarySI = "BinarySI"
        /// A decimal suffix, such as `12M` (12 × 10^6).
        case decimalSI = "DecimalSI"
    }

    /// The exact value.
    var amount: QuantityAmount

    /// How ``description`` writes the value. Changing it forgets a kept input spelling.
    public var format: Format {
        didSet { cachedString = nil }
    }

    /// The spelling ``description`` returns as is: the parsed input when upstream keeps it
    /// (upstream's `s` field).
    var cachedString: String?

    init(amount: QuantityAmount, format: Format, cachedString: String? = nil) {
        self.amount = amount
        self.format = format
        self.cachedString = cachedString
    }

    /// A whole quantity in `format` (upstream `NewQuantity`).
    public init(_ value: Int64, format: Format) {
        self.init(amount: QuantityAmount(value, exponent: 0), format: format)
    }

    /// `value` thousandths (upstream `NewMilliQuantity`). With ``Format/binarySI``, fractions are
    /// written in ``Format/decimalSI`` as upstream does.
    public init(milli value: Int64, format: Format) {
        self.init(amount: QuantityAmount(value, exponent: -3), format: format)
    }

    /// `value` × 10^`scale` (upstream `NewScaledQuantity`, which always uses ``Format/decimalSI``).
    /// The scale is clamped to the `Int32` range of upstream's `resource.Scale`.
    public init(scaled value: Int64, scale: Int, format: Format = .decimalSI) {
        let clamped = Int64(Int32(clamping: scale))
        self.init(amount: QuantityAmount(value, exponent: clamped), format: format)
    }

    /// CPU in millicores, written in ``Format/decimalSI`` (`.cpu(millis: 250)` is `250m`).
    public static func cpu(millis: Int64) -> Quantity {
        Quantity(milli: millis, format: .decimalSI)
    }

    /// A number of bytes, written in ``Format/binarySI`` (`.bytes(512 * 1024 * 1024)` is `512Mi`).
    public static func bytes(_ count: Int64) -> Quantity {
        Quantity(count, format: .binarySI)
    }

    /// Zero, written `0`.
    public static let zero = Quantity(amount: .zero, format: .decimalSI)

    /// Whether the value is zero.
    public var isZero: Bool { amount.isZero }

    /// -1, 0 or 1 as the value is negative, zero or positive.
    public var sign: Int { amount.sign }
}

extension Quantity: Hashable, Comparable {
    /// Whether two quantities have the same value, whatever their format (upstream `Equal`).
    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        QuantityAmount.compare(lhs.amount, rhs.amount) == 0
    }

    /// Orders quantities by value (upstream `Cmp`).
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        QuantityAmount.compare(lhs.amount, rhs.amount) < 0
    }

    /// Hashes the value, so that equal values in different formats hash alike.
    public func hash(into hasher: inout Hasher) {
        let normal = amount.withoutTrailingZeros
        switch normal.mantissa {
        case .small(let v):
            hasher.combine(v)
            if v != 0 { hasher.combine(normal.exponent) }
        case .large(let negative, let magnitude):
            hasher.combine(negative)
            hasher.combine(magnitude)
            hasher.combine(normal.exponent)
        }
    }

    /// Compares with another quantity: -1, 0 or 1 (upstream `Cmp`).
    public func compare(to other: Quantity) -> Int {
        QuantityAmount.compare(amount, other.amount)
    }
}
