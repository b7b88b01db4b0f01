import Testing
@testable import KubeModels

/// Upstream's `fields` tests: `TestSplitTerms`, `TestSplitTerm`, `TestEscapeValue`,
/// `TestSelectorParse`, `TestDeterministicParse`, `TestSelectorMatches`, `TestSetMatches`,
/// `TestEverything`, `TestSetIsEmpty` and `TestRequiresExactMatch`, with exact error texts.
@Suite("Field selectors")
struct FieldSelectorTests {
    struct Table: Codable, Sendable {
        struct SplitTerms: Codable, Sendable, CustomTestStringConvertible {
            var input: String, terms: [String]
            var testDescription: String { "\"\(input)\"" }
        }
        struct SplitTerm: Codable, Sendable, CustomTestStringConvertible {
            var input: String
            var field: String?, `operator`: String?, value: String?
            var testDescription: String { "\"\(input)\"" }
        }
        struct Escape: Codable, Sendable, CustomTestStringConvertible {
            var value: String, escaped: String
            var testDescription: String { "\"\(value)\"" }
        }
        struct Failure: Codable, Sendable, CustomTestStringConvertible {
            var input: String, error: String
            var testDescription: String { "\"\(input)\"" }
        }
        struct Parse: Codable, Sendable, CustomTestStringConvertible {
            var input: String, description: String
            var testDescription: String { "\"\(input)\" prints as \"\(description)\"" }
        }
        struct Match: Codable, Sendable, CustomTestStringConvertible {
            var selector: String, fields: [String: String], matches: Bool
            var testDescription: String { "\"\(selector)\" against \(Fields.formatted(fields))" }
        }
        struct SetMatch: Codable, Sendable, CustomTestStringConvertible {
            var selector: [String: String], fields: [String: String], matches: Bool
            var testDescription: String { "{\(Fields.formatted(selector))} against \(Fields.formatted(fields))" }
        }
        struct ExactMatch: Codable, Sendable, CustomTestStringConvertible {
            struct Term: Codable, Sendable { var field: String, `operator`: String, value: String }
            var name: String, requirements: [Term], field: String, value: String?
            var testDescription: String { name }
        }
        var splitTerms: [SplitTerms]
        var splitTerm: [SplitTerm]
        var escape: [Escape]
        var invalidEscape: [Failure]
        var parse: [Parse]
        var invalid: [Failure]
        var matches: [Match]
        var sets: [SetMatch]
        var requiresExactMatch: [ExactMatch]
    }

    static func table() throws -> Table { try Fixtures.decode(Table.self, "fields-selectors.json") }

    static func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let error as KubeModelsError {
            return error.code == .invalidSelector ? error.message : "unexpected code \(error.code)"
        } catch { return "\(error)" }
    }

    @Test("selector text splits at unescaped commas", arguments: try table().splitTerms)
    func splitsTerms(_ item: Table.SplitTerms) {
        #expect(Fields.splitTerms(item.input).map(String.init) == item.terms)
    }

    @Test("a term splits at its first operator", arguments: try table().splitTerm)
    func splitsTerm(_ item: Table.SplitTerm) {
        let split = Fields.splitTerm(Substring(item.input))
        #expect(split.map { String($0.field) } == item.field)
        #expect(split?.operator == item.operator)
        #expect(split.map { String($0.value) } == item.value)
    }

    @Test("a value escapes and unescapes as upstream's", arguments: try table().escape)
    func escapes(_ item: Table.Escape) throws {
        #expect(Fields.escapeValue(item.value) == item.escaped)
        #expect(try Fields.unescapeValue(item.escaped) == item.value)
    }

    @Test("an invalid escape fails with upstream's message", arguments: try table().invalidEscape)
    func rejectsEscape(_ item: Table.Failure) {
        #expect(Self.message { _ = try Fields.unescapeValue(item.input) } == item.error)
    }

    @Test("a valid field selector prints as upstream's String()", arguments: try table().parse)
    func parses(_ item: Table.Parse) throws {
        let selector = try Fields.Selector(parsing: item.input)
        #expect(selector.description == item.description)
        #expect(try Fields.Selector(parsing: selector.description) == selector)
    }

    @Test("an invalid field selector fails with upstream's message", arguments: try table().invalid)
    func rejects(_ item: Table.Failure) {
        #expect(Self.message { _ = try Fields.Selector(parsing: item.input) } == item.error)
    }

    @Test("term order does not change the parse")
    func parsesDeterministically() throws {
        let first = try Fields.Selector(parsing: "x=a,a=x"), second = try Fields.Selector(parsing: "a=x,x=a")
        #expect(first == second && first.description == "a=x,x=a")
    }

    @Test("a parsed field selector matches as upstream's", arguments: try table().matches)
    func matches(_ item: Table.Match) throws {
        #expect(try Fields.Selector(parsing: item.selector).matches(item.fields) == item.matches)
    }

    @Test("a selector from a field map matches as upstream's SelectorFromSet", arguments: try table().sets)
    func matchesFromSet(_ item: Table.SetMatch) {
        #expect(Fields.Selector(matching: item.selector).matches(item.fields) == item.matches)
    }

    @Test("an exact match is found through the first = term on the field", arguments: try table().requiresExactMatch)
    func findsExactMatch(_ item: Table.ExactMatch) {
        let selector = Fields.Selector(item.requirements.map {
            Fields.Requirement(field: $0.field, operator: Fields.Operator(rawValue: $0.operator) ?? .equals, value: $0.value)
        })
        #expect(selector.requiresExactMatch(item.field) == item.value)
    }

    @Test("everything matches all fields and is empty; a term is not empty")
    func everything() throws {
        #expect(Fields.Selector.everything.matches(["x": "y"]) && Fields.Selector.everything.isEmpty)
        let empty = try Fields.Selector(parsing: "")
        #expect(Fields.Selector(matching: [:]).isEmpty && empty.isEmpty)
        #expect(!Fields.Selector([Fields.Requirement(field: "", operator: .equals, value: "")]).isEmpty)
        #expect(!Fields.Selector([Fields.Requirement(field: "", operator: .notEquals, value: "")]).isEmpty)
    }

    @Test("requirements expose field, operator and unescaped value; == reads as =")
    func exposesRequirements() throws {
        let selector = try Fields.Selector(parsing: "spec.nodeName==n\\,1,status.phase!=Failed")
        #expect(selector.requirements == [
            Fields.Requirement(field: "spec.nodeName", operator: .equals, value: "n,1"),
            Fields.Requirement(field: "status.phase", operator: .notEquals, value: "Failed"),
        ])
        #expect(selector.requiresExactMatch("spec.nodeName") == "n,1")
        #expect(selector.requiresExactMatch("status.phase") == nil)
        #expect(Fields.Selector(matching: ["b": "x,y", "a": "1"]).description == "a=1,b=x\\,y")
        #expect(Fields.formatted(["b": "x,y", "a": "1"]) == "a=1,b=x,y")
    }

    @Test("transforming rewrites fields and values, and errors propagate")
    func transforms() throws {
        let selector = try Fields.Selector(parsing: "spec.host=n1,status.phase=Running")
        let mapped = selector.transformed { field, value in (field == "spec.host" ? "spec.nodeName" : field, value) }
        #expect(mapped.description == "spec.nodeName=n1,status.phase=Running")
        struct Unsupported: Error {}
        #expect(throws: Unsupported.self) { try selector.transformed { _, _ in throw Unsupported() } }
    }
}
