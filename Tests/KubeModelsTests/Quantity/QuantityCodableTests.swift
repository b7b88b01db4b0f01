import Foundation
import Testing
@testable import KubeModels

/// Upstream's `TestJSONWhitespace` and `TestJSON`, and number decoding.
@Suite("Quantity coding")
struct QuantityCodableTests {
    struct WhitespaceCase: Codable, Sendable, CustomTestStringConvertible {
        var json: String
        var expect: String
        var testDescription: String { "JSON \(json)" }
    }

    struct Table: Codable, Sendable {
        var whitespace: [WhitespaceCase]
    }

    struct Holder: Codable, Equatable {
        var q: Quantity
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "quantity-json.json") }

    static func decode(_ json: String) throws -> Quantity {
        try JSONDecoder().decode(Holder.self, from: Data("{\"q\":\(json)}".utf8)).q
    }

    @Test("surrounding whitespace is ignored as upstream's UnmarshalJSON does", arguments: try load().whitespace)
    func whitespace(_ item: WhitespaceCase) throws {
        #expect(try Self.decode(item.json).description == item.expect)
    }

    @Test("a JSON number decodes and encodes back as a string", arguments: [
        ("2", "\"2\""), ("0.5", "\"500m\""), ("1000", "\"1k\""), ("-3", "\"-3\""), ("1.5", "\"1500m\""),
        ("0", "\"0\""), ("12345678901234567890", "\"12345678901234567890\""), ("1e-7", "\"100n\""),
    ])
    func numbers(_ json: String, _ encoded: String) throws {
        let q = try Self.decode(json)
        let data = try JSONEncoder().encode(Holder(q: q))
        #expect(String(decoding: data, as: UTF8.self) == "{\"q\":\(encoded)}")
    }

    @Test("a JSON string keeps its canonical spelling through a round trip", arguments: [
        "100m", "1Gi", "1e3", "1536Mi", "250m", "5300m",
    ])
    func strings(_ text: String) throws {
        let q = try Self.decode("\"\(text)\"")
        let data = try JSONEncoder().encode(Holder(q: q))
        #expect(String(decoding: data, as: UTF8.self) == "{\"q\":\"\(text)\"}")
    }

    @Test("null decodes as zero, as upstream")
    func null() throws {
        #expect(try Self.decode("null") == .zero)
    }

    @Test("an invalid quantity is a data-corrupted error with the parse message", arguments: [
        ("\"1.1.1\"", "cannot parse '1.1.1': quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"),
        ("\"\"", "cannot parse '': quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"),
        ("\"1Qi\"", "cannot parse '1Qi': quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"),
        ("\"--1\"", "cannot parse '--1': unable to parse quantity's suffix"),
        ("true", "a quantity must be a JSON string or number"),
        ("{}", "a quantity must be a JSON string or number"),
    ])
    func invalid(_ json: String, _ message: String) {
        do {
            _ = try Self.decode(json)
            Issue.record("\(json) decoded")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == message)
            #expect(context.codingPath.map(\.stringValue) == ["q"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("random quantities survive a JSON round trip, as upstream's TestJSON")
    func randomRoundTrip() throws {
        var generator = QuantityTestGenerator(seed: 42)
        for _ in 0..<500 {
            let q = QuantityPropertyTests.randomQuantity(using: &generator)
            let data = try JSONEncoder().encode(Holder(q: q))
            let back = try JSONDecoder().decode(Holder.self, from: data).q
            #expect(back == q, "\(q.debugAmount) via \(String(decoding: data, as: UTF8.self))")
        }
    }
}
