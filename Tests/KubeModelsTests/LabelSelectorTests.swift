import Testing
@testable import KubeModels

/// A requirement as the fixtures spell it (operator as upstream's `selection.Operator` string).
struct RequirementSpec: Codable, Sendable, Hashable, CustomStringConvertible {
    var key: String
    var `operator`: String
    var values: [String]

    func make() throws -> Labels.Requirement {
        try Labels.Requirement(key: key, rawOperator: `operator`, values: values, valuesAreNil: false, path: nil)
    }

    var description: String { "\(key) \(`operator`) \(values)" }
}

/// Upstream's `labels` tests: `TestLexer`, `TestLexerSequence`, `TestParserLookahead`,
/// `TestSelectorParse`, `TestSetSelectorParser`, `TestDeterministicParse`, `TestSelectorMatches`,
/// `TestSetMatches`, `TestRequirementSelectorMatching`, `TestRequirementConstructor`,
/// `TestToString`, `TestAdd`, `TestRequiresExactMatch`, and parse errors checked against kubectl 1.32.
@Suite("Label selectors")
struct LabelSelectorTests {
    // MARK: - Lexer

    struct LexerTable: Codable, Sendable {
        struct Single: Codable, Sendable, CustomTestStringConvertible {
            var input: String, token: String
            var testDescription: String { "\"\(input)\" lexes as \(token)" }
        }
        struct Sequence: Codable, Sendable, CustomTestStringConvertible {
            var input: String, tokens: [String]
            var literals: [String]?
            var testDescription: String { "\"\(input)\"" }
        }
        var single: [Single]
        var sequences: [Sequence]
        var lookahead: [Sequence]
        var literals: [Sequence]
    }

    static func lexerTable() throws -> LexerTable { try Fixtures.decode(LexerTable.self, "labels-lexer.json") }

    static func tokens(_ input: String) -> [(token: String, literal: String)] {
        var lexer = LabelSelectorLexer(input)
        var result = [(token: String, literal: String)]()
        while true {
            let (token, literal) = lexer.lex()
            if token == .endOfString { return result }
            result.append((token.rawValue, literal))
        }
    }

    @Test("one token lexes as upstream's token with its text", arguments: try lexerTable().single)
    func lexesOneToken(_ item: LexerTable.Single) {
        var lexer = LabelSelectorLexer(item.input)
        let (token, literal) = lexer.lex()
        #expect(token.rawValue == item.token)
        #expect(literal == item.input)
    }

    @Test("a sequence lexes as upstream's tokens", arguments: try lexerTable().sequences + lexerTable().literals)
    func lexesSequence(_ item: LexerTable.Sequence) {
        let lexed = Self.tokens(item.input)
        #expect(lexed.map(\.token) == item.tokens)
        if let literals = item.literals { #expect(lexed.map(\.literal) == literals) }
    }

    @Test("the parser scans every token up front and lookahead agrees with consume", arguments: try lexerTable().lookahead)
    func looksAhead(_ item: LexerTable.Sequence) {
        var parser = LabelSelectorParser(item.input)
        #expect(parser.items.map(\.token.rawValue) == item.tokens)
        while true {
            let ahead = parser.lookahead(.keyAndOperator)
            let consumed = parser.consume(.keyAndOperator)
            #expect(ahead.token == consumed.token && ahead.literal == consumed.literal)
            if ahead.token == .endOfString { break }
        }
    }

    // MARK: - Parsing

    struct ParseTable: Codable, Sendable {
        struct RoundTrip: Codable, Sendable, CustomTestStringConvertible {
            var input: String, description: String
            var testDescription: String { "\"\(input)\" prints as \"\(description)\"" }
        }
        struct Structured: Codable, Sendable, CustomTestStringConvertible {
            var input: String, requirements: [RequirementSpec]
            var testDescription: String { "\"\(input)\"" }
        }
        struct Invalid: Codable, Sendable, CustomTestStringConvertible {
            var input: String, error: String
            var testDescription: String { "\"\(input)\"" }
        }
        var roundTrip: [RoundTrip]
        var structured: [Structured]
        var validPerKubectl: [String]
        var invalid: [Invalid]
        var deterministic: [[String]]
    }

    static func parseTable() throws -> ParseTable { try Fixtures.decode(ParseTable.self, "labels-parse.json") }

    @Test("a valid selector prints in upstream's canonical form", arguments: try parseTable().roundTrip)
    func printsCanonically(_ item: ParseTable.RoundTrip) throws {
        let selector = try Labels.Selector(parsing: item.input)
        #expect(selector.description == item.description)
        #expect(try Labels.Selector(parsing: selector.description) == selector)
    }

    @Test("a valid selector parses to upstream's requirements in key order", arguments: try parseTable().structured)
    func parsesRequirements(_ item: ParseTable.Structured) throws {
        let selector = try Labels.Selector(parsing: item.input)
        #expect(selector.requirements == (try item.requirements.map { try $0.make() }))
    }

    @Test("a selector kubectl 1.32 accepts parses", arguments: try parseTable().validPerKubectl)
    func parsesWhatKubectlAccepts(_ input: String) throws {
        _ = try Labels.Selector(parsing: input)
    }

    @Test("an invalid selector fails with kubectl 1.32's exact message", arguments: try parseTable().invalid)
    func rejectsWithUpstreamMessage(_ item: ParseTable.Invalid) {
        #expect(Self.message(item.input) == item.error)
    }

    static func message(_ input: String) -> String? {
        do { _ = try Labels.Selector(parsing: input); return nil } catch let error as KubeModelsError {
            return error.code == .invalidSelector ? error.message : "unexpected code \(error.code)"
        } catch { return "\(error)" }
    }

    @Test("requirement order does not change the parse", arguments: try parseTable().deterministic)
    func parsesDeterministically(_ pair: [String]) throws {
        let first = try Labels.Selector(parsing: pair[0]), second = try Labels.Selector(parsing: pair[1])
        #expect(first == second)
        #expect(first.description == second.description)
    }

    @Test("a NUL byte at a token start reads as the end of the input, as upstream's lexer")
    func stopsAtNul() throws {
        #expect(try Labels.Selector(parsing: "x=a \u{0}garbage!!").description == "x=a")
        #expect(try Labels.Selector(parsing: "\u{0}x=a").isEmpty)
        #expect(try Labels.Selector(parsing: "x=\u{0}b").description == "x=b")
        #expect(Self.message("a\u{0}b") == "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt")
    }

    // MARK: - Matching

    struct MatchTable: Codable, Sendable {
        struct Parsed: Codable, Sendable, CustomTestStringConvertible {
            var selector: String, labels: [String: String], matches: Bool
            var testDescription: String { "\"\(selector)\" against \(Labels.formatted(labels))" }
        }
        struct FromSet: Codable, Sendable, CustomTestStringConvertible {
            var selector: [String: String], labels: [String: String], matches: Bool
            var testDescription: String { "{\(Labels.formatted(selector))} against \(Labels.formatted(labels))" }
        }
        struct Built: Codable, Sendable, CustomTestStringConvertible {
            var labels: [String: String], requirements: [RequirementSpec], matches: Bool
            var testDescription: String { "\(requirements) against \(Labels.formatted(labels))" }
        }
        var selectors: [Parsed]
        var sets: [FromSet]
        var requirements: [Built]
    }

    static func matchTable() throws -> MatchTable { try Fixtures.decode(MatchTable.self, "labels-matches.json") }

    @Test("a parsed selector matches labels as upstream's", arguments: try matchTable().selectors)
    func matchesParsed(_ item: MatchTable.Parsed) throws {
        #expect(try Labels.Selector(parsing: item.selector).matches(item.labels) == item.matches)
    }

    @Test("a selector from a label map matches as upstream's SelectorFromSet", arguments: try matchTable().sets)
    func matchesFromSet(_ item: MatchTable.FromSet) {
        #expect(Labels.Selector(matching: item.selector).matches(item.labels) == item.matches)
    }

    @Test("a selector built from requirements matches as upstream's", arguments: try matchTable().requirements)
    func matchesBuilt(_ item: MatchTable.Built) throws {
        let selector = Labels.Selector(try item.requirements.map { try $0.make() })
        #expect(selector.matches(item.labels) == item.matches)
    }

    @Test("everything matches all labels and is empty; nothing matches none and is not empty")
    func everythingAndNothing() throws {
        #expect(Labels.Selector.everything.matches(["x": "y"]) && Labels.Selector.everything.matches([:]))
        #expect(Labels.Selector.everything.isEmpty && Labels.Selector.everything.description.isEmpty)
        #expect(!Labels.Selector.nothing.matches(["x": "y"]) && !Labels.Selector.nothing.matches([:]))
        #expect(!Labels.Selector.nothing.isEmpty && Labels.Selector.nothing.matchesNothing)
        #expect(Labels.Selector.nothing.description.isEmpty)
        #expect(Labels.Selector.nothing.adding(try Labels.Requirement(key: "a", operator: .exists)) == .nothing)
        #expect(Labels.Selector(matching: [:]) == .everything)
        #expect(Labels.Selector.everything != .nothing)
    }

    @Test("a validated label map rejects invalid keys and values as upstream's ValidatedSelectorFromSet")
    func validatesLabelMaps() throws {
        #expect(try Labels.Selector(validatingMatching: ["b": "2", "a": "1"]).description == "a=1,b=2")
        #expect(try Labels.Selector(validatingMatching: [:]) == .everything)
        #expect(throws: KubeModelsError.self) { try Labels.Selector(validatingMatching: ["a": "b c"]) }
        #expect(Labels.Selector(matching: ["a": "b,c"]).description == "a=b,c")
    }
}
