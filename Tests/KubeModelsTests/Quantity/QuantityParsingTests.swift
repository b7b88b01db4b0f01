import Testing
@testable import KubeModels

/// Upstream's `TestQuantityParse`, `TestParseQuantityString` and the invalid inputs.
@Suite("Quantity parsing")
struct QuantityParsingTests {
    struct ValidCase: Codable, Sendable, CustomTestStringConvertible {
        var input: String
        var expect: QuantitySpec
        var testDescription: String { "\"\(input)\" is \(expect)" }
    }

    struct SplitCase: Codable, Sendable, CustomTestStringConvertible {
        var input: String
        var positive: Bool
        var value, num, denom, suffix: String
        var testDescription: String { "\"\(input)\"" }
    }

    struct Table: Codable, Sendable {
        var valid: [ValidCase]
        var invalid: [String]
        var split: [SplitCase]
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "quantity-parse.json") }

    @Test("a valid string parses to the expected value and format", arguments: try load().valid)
    func parsesValid(_ item: ValidCase) throws {
        let got = try Quantity(parsing: item.input)
        #expect(got == item.expect.quantity, "\(item.input): got \(got.debugAmount)")
        #expect(got.format == item.expect.format)
    }

    @Test("the value rebuilt from the split parts parses to the same value", arguments: try load().valid)
    func decomposes(_ item: ValidCase) throws {
        let got = try Quantity(parsing: item.input)
        let parts = try #require(Self.splitParts(item.input))
        #expect((got.sign >= 0) == parts.positive)
        var rebuilt = parts.positive ? "" : "-"
        rebuilt += parts.num
        if !parts.denom.isEmpty { rebuilt += "." + parts.denom }
        rebuilt += parts.suffix
        #expect(try Quantity(parsing: rebuilt) == got)
    }

    @Test("a negated string parses to the negated value in the same format", arguments: try load().valid)
    func parsesNegative(_ item: ValidCase) throws {
        let got = try Quantity(parsing: "-" + item.input)
        #expect(got == -item.expect.quantity, "-\(item.input): got \(got.debugAmount)")
        #expect(got.format == item.expect.format)
    }

    @Test("an explicit plus sign changes nothing", arguments: try load().valid)
    func parsesPlus(_ item: ValidCase) throws {
        let got = try Quantity(parsing: "+" + item.input)
        #expect(got == item.expect.quantity)
        #expect(got.format == item.expect.format)
    }

    @Test("an invalid string throws an invalid quantity error", arguments: try load().invalid)
    func rejectsInvalid(_ input: String) {
        #expect(throws: KubeModelsError.self) { try Quantity(parsing: input) }
        do {
            _ = try Quantity(parsing: input)
        } catch let error as KubeModelsError {
            #expect(error.code == .invalidQuantity)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("the scanner splits a string as upstream's parseQuantityString", arguments: try load().split)
    func splits(_ item: SplitCase) throws {
        let parts = try #require(Self.splitParts(item.input))
        #expect(parts.positive == item.positive)
        #expect(parts.value == item.value)
        #expect(parts.num == item.num)
        #expect(parts.denom == item.denom)
        #expect(parts.suffix == item.suffix)
    }

    @Test("an empty string does not parse")
    func rejectsEmpty() {
        #expect(throws: KubeModelsError.self) { try Quantity(parsing: "") }
    }

    @Test("zero parses and prints as 0")
    func parsesZero() throws {
        #expect(try Quantity(parsing: "0").description == "0")
    }

    @Test("a non-numeric string does not parse")
    func rejectsNonNumeric() {
        #expect(throws: KubeModelsError.self) { try Quantity(parsing: "Non-Numeric") }
    }

    /// The scanner's parts as strings, with upstream's "0" for an empty numerator.
    static func splitParts(_ input: String) -> (positive: Bool, value: String, num: String, denom: String, suffix: String)? {
        let bytes = Array(input.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let parts = Quantity.split(buffer) else { return nil }
            func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
            if parts.allZeros { return (parts.positive, "0", "0", "", "") }
            let num = parts.num.isEmpty ? "0" : text(parts.num)
            return (parts.positive, text(parts.value), num, text(parts.denom), text(parts.suffix))
        }
    }
}
