import Testing
@testable import KubeModels

/// Upstream's `TestQuantityAsApproximateFloat64` and `TestStringQuantityAsApproximateFloat64`.
@Suite("Quantity as Double")
struct QuantityDoubleTests {
    /// A double in a fixture: a JSON number, or "+Inf"/"-Inf".
    struct Expected: Codable, Sendable, CustomStringConvertible {
        var value: Double
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                value = text.hasPrefix("-") ? -.infinity : .infinity
            } else {
                value = try container.decode(Double.self)
            }
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
        var description: String { "\(value)" }
    }

    struct AmountCase: Codable, Sendable, CustomTestStringConvertible {
        var quantity: QuantitySpec
        var expect: Expected
        var testDescription: String { "\(quantity) is \(expect)" }
    }

    struct StringCase: Codable, Sendable, CustomTestStringConvertible {
        var input: String
        var expect: Expected
        var testDescription: String { "\"\(input)\" is \(expect)" }
    }

    struct Table: Codable, Sendable {
        var amounts: [AmountCase]
        var strings: [StringCase]
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "quantity-double.json") }

    @Test("an amount converts to upstream's Double to the last bit", arguments: try load().amounts)
    func amounts(_ item: AmountCase) {
        #expect(item.quantity.quantity.asApproximateDouble == item.expect.value)
    }

    @Test("a parsed string converts to upstream's Double to the last bit", arguments: try load().strings)
    func strings(_ item: StringCase) throws {
        #expect(try Quantity(parsing: item.input).asApproximateDouble == item.expect.value)
    }

    @Test("zero is 0 at any exponent, and huge mantissas stay finite when the value is")
    func edges() throws {
        #expect(QuantitySpec(mantissa: "0", exponent: 500, format: .decimalSI).quantity.asApproximateDouble == 0)
        #expect(try Quantity(parsing: "0e500").asApproximateDouble == 0)
        let longDigits = "1" + String(repeating: "0", count: 400)
        let q = try Quantity(parsing: longDigits + "e-400")
        #expect(q.asApproximateDouble == 1)
        #expect(try Quantity(parsing: "1e400").asApproximateDouble == .infinity)
        #expect(try Quantity(parsing: "-1e400").asApproximateDouble == -.infinity)
        #expect(try Quantity(parsing: "2Gi").asApproximateDouble == 2_147_483_648)
    }
}
