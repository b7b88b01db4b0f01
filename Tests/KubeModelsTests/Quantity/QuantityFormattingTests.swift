import Testing
@testable import KubeModels

/// Upstream's `TestQuantityString` and `TestQuantityParseEmit`, and the kept-spelling rules.
@Suite("Quantity formatting")
struct QuantityFormattingTests {
    struct StringCase: Codable, Sendable, CustomTestStringConvertible {
        var quantity: QuantitySpec
        var expect: String
        var alternate: String
        var testDescription: String { "\(quantity) is written \"\(expect)\"" }
    }

    struct EmitCase: Codable, Sendable, CustomTestStringConvertible {
        var input: String
        var expect: String
        var testDescription: String { "\"\(input)\" is written \"\(expect)\"" }
    }

    struct Table: Codable, Sendable {
        var string: [StringCase]
        var parseEmit: [EmitCase]
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "quantity-string.json") }

    @Test("a quantity is written in its canonical form", arguments: try load().string)
    func writesCanonical(_ item: StringCase) {
        #expect(item.quantity.quantity.description == item.expect)
    }

    @Test("parsing the canonical form keeps the input spelling", arguments: try load().string)
    func keepsCanonicalInput(_ item: StringCase) throws {
        let parsed = try Quantity(parsing: item.expect)
        #expect(parsed.cachedString == item.expect)
    }

    @Test("parsing another spelling keeps nothing and writes the canonical form", arguments: try load().string.filter { !$0.alternate.isEmpty })
    func canonicalizesAlternate(_ item: StringCase) throws {
        let parsed = try Quantity(parsing: item.alternate)
        #expect(parsed.cachedString == nil)
        #expect(parsed.description == item.expect)
    }

    @Test("a negated quantity is written with a minus sign", arguments: try load().string.filter { $0.quantity.mantissa != "0" })
    func writesNegative(_ item: StringCase) {
        #expect((-item.quantity.quantity).description == "-" + item.expect)
    }

    @Test("a parsed string is written as upstream emits it", arguments: try load().parseEmit)
    func parseEmit(_ item: EmitCase) throws {
        #expect(try Quantity(parsing: item.input).description == item.expect)
        let negative = try Quantity(parsing: "-" + item.input)
        if !negative.isZero {
            #expect(negative.description == "-" + item.expect)
        }
    }

    @Test("common spellings are written as upstream writes them", arguments: [
        ("1.5Gi", "1536Mi"), ("100m", "100m"), ("0.1", "100m"), ("1e3", "1e3"), ("1E3", "1E3"),
        ("1000", "1k"), ("1000m", "1"), ("1.5", "1500m"), ("0.1Ki", "102400m"), ("+.5", "500m"),
        ("-1", "-1"), ("250m", "250m"), ("01", "01"), ("+1", "+1"), ("1024Ki", "1Mi"), ("1025Ki", "1025Ki"),
        ("1536Mi", "1536Mi"), ("2000Mi", "2000Mi"), ("0.5", "500m"), ("1Mi", "1Mi"), ("-", "0"), (".", "0"),
        ("0e5", "0"), ("0.0", "0"), ("00", "0"), ("3Ei", "3Ei"), ("8Ei", "9223372036854775807"),
    ])
    func writesCommonSpellings(_ input: String, _ expect: String) throws {
        #expect(try Quantity(parsing: input).description == expect)
    }

    @Test("a value past the last suffix is written with an exponent", arguments: [
        (QuantitySpec(mantissa: "1", exponent: 18, format: .decimalSI), "1E"),
        (QuantitySpec(mantissa: "1", exponent: 21, format: .decimalSI), "1e21"),
        (QuantitySpec(mantissa: "5", exponent: 21, format: .decimalSI), "5e21"),
        (QuantitySpec(mantissa: "1", exponent: 24, format: .decimalSI), "1e24"),
        (QuantitySpec(mantissa: "1", exponent: 70, format: .binarySI), "10e69"),
        (QuantitySpec(mantissa: "2", exponent: 70, format: .binarySI), "20e69"),
        (QuantitySpec(mantissa: "1", exponent: 72, format: .binarySI), "1e72"),
        (QuantitySpec(mantissa: "1180591620717411303424", exponent: 0, format: .binarySI), "1180591620717411303424"),
        (QuantitySpec(mantissa: "1", exponent: -12, format: .decimalSI), "1e-12"),
        (QuantitySpec(mantissa: "1", exponent: -10, format: .decimalSI), "100e-12"),
        (QuantitySpec(mantissa: "2000", exponent: 0, format: .binarySI), "2000"),
        (QuantitySpec(mantissa: "-2000", exponent: 0, format: .binarySI), "-2000"),
    ])
    func writesBeyondSuffixes(_ spec: QuantitySpec, _ expect: String) throws {
        let q = spec.quantity
        #expect(q.description == expect)
        // Parsing rounds up to nano, so only values at or above nano precision come back whole.
        if spec.exponent >= -9 {
            #expect(try Quantity(parsing: q.description) == q)
        } else {
            #expect(try Quantity(parsing: q.description) == Quantity(scaled: 1, scale: -9))
        }
    }

    @Test("a binary value grown past Ei by arithmetic keeps its magnitude")
    func binaryPastEi() throws {
        var q = try Quantity(parsing: "1Ei")
        q.multiply(by: 1024)
        #expect(q.description == "1180591620717411303424")
        #expect(try Quantity(parsing: q.description) == q)
    }

    @Test("builders write as upstream's examples")
    func buildersWrite() {
        #expect(Quantity(5 * 1024 * 1024 * 1024, format: .binarySI).description == "5Gi")
        #expect(Quantity(5 * 1000 * 1000 * 1000, format: .decimalSI).description == "5G")
        #expect(Quantity(milli: 5300, format: .decimalSI).description == "5300m")
        #expect(Quantity.cpu(millis: 250).description == "250m")
        #expect(Quantity.bytes(512 * 1024 * 1024).description == "512Mi")
        #expect(Quantity.zero.description == "0")
    }

    @Test("changing the format forgets the kept spelling")
    func formatChangeForgetsSpelling() throws {
        var q = try Quantity(parsing: "1Gi")
        #expect(q.description == "1Gi")
        q.format = .decimalSI
        #expect(q.description == "1073741824")
        q.format = .decimalExponent
        #expect(q.description == "1073741824")
        q = try Quantity(parsing: "1G")
        q.format = .binarySI
        #expect(q.description == "1000000000")
        q = try Quantity(parsing: "1.024G")
        q.format = .binarySI
        #expect(q.description == "1000000Ki")
    }

    @Test("the canonical-zero rule: a zero amount is written 0, never 0 with a suffix")
    func zeroHasNoSuffix() throws {
        var q = try Quantity(parsing: "1000m")
        q.subtract(Quantity(1, format: .decimalSI))
        #expect(q.description == "0")
    }
}
