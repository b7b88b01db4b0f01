@testable import KubeModels

/// A quantity written in a fixture as an exact mantissa, a decimal exponent and a format
/// (upstream's `decQuantity(mantissa, exponent, format)`).
struct QuantitySpec: Codable, Sendable, CustomStringConvertible {
    var mantissa: String
    var exponent: Int64
    var format: Quantity.Format

    var amount: QuantityAmount { QuantityAmount(decimal: mantissa, exponent: exponent) }
    var quantity: Quantity { Quantity(amount: amount, format: format) }
    var description: String { "\(mantissa)e\(exponent) \(format.rawValue)" }
}


extension QuantityAmount {
    /// The amount `mantissa × 10^exponent`, with the mantissa in decimal digits with an optional sign.
    init(decimal mantissa: String, exponent: Int64) {
        var digits = Array(mantissa.utf8)
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits.removeFirst() }
        let magnitude = digits.withUnsafeBufferPointer { QuantityMagnitude(decimalDigits: $0) }
        self.init(negative: negative, magnitude: magnitude, exponent: exponent)
    }
}

extension Quantity {
    /// The exact mantissa and exponent, for assertions.
    var debugAmount: String {
        switch amount.mantissa {
        case .small(let v): return "\(v)e\(amount.exponent)"
        case .large(let negative, let m): return "\(negative ? "-" : "")\(m.decimalString)e\(amount.exponent)"
        }
    }
}
