extension Labels.Selector {
    /// Parses label selector text exactly as upstream's `labels.Parse`.
    ///
    /// The grammar is `requirement ("," requirement)*`, each requirement one of `key`, `!key`,
    /// `key=value`, `key==value`, `key!=value`, `key in (v1,v2)`, `key notin (v1,v2)`, `key>int`,
    /// `key<int`; spaces, tabs and line breaks separate tokens; `()` and empty list items mean the
    /// empty value. Keys must be qualified names and values label values. The empty string parses
    /// as ``everything``.
    ///
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector`` and
    ///   upstream's message, e.g. `found ',', expected: identifier after ','` or
    ///   `unable to parse requirement: found '', expected: ',' or ')'`.
    public init(parsing text: String) throws {
        var parser = LabelSelectorParser(text)
        let requirements = try parser.parse()
        self.init(sortedRequirements: Self.sortedByKey(requirements))
    }
}

/// The label selector tokens, as upstream's `labels.Token`.
enum LabelSelectorToken: String, Sendable, Hashable, CaseIterable {
    case error = "ErrorToken"
    case endOfString = "EndOfStringToken"
    case closedPar = "ClosedParToken"
    case comma = "CommaToken"
    case doesNotExist = "DoesNotExistToken"
    case doubleEquals = "DoubleEqualsToken"
    case equals = "EqualsToken"
    case greaterThan = "GreaterThanToken"
    case identifier = "IdentifierToken"
    case `in` = "InToken"
    case lessThan = "LessThanToken"
    case notEquals = "NotEqualsToken"
    case notIn = "NotInToken"
    case openPar = "OpenParToken"

    /// Upstream's `string2token` for the fixed literals.
    static func literal(_ bytes: ArraySlice<UInt8>) -> LabelSelectorToken? {
        switch bytes.count {
        case 1:
            switch bytes[bytes.startIndex] {
            case UInt8(ascii: ")"): return .closedPar
            case UInt8(ascii: ","): return .comma
            case UInt8(ascii: "!"): return .doesNotExist
            case UInt8(ascii: "="): return .equals
            case UInt8(ascii: ">"): return .greaterThan
            case UInt8(ascii: "<"): return .lessThan
            case UInt8(ascii: "("): return .openPar
            default: return nil
            }
        case 2:
            if bytes.elementsEqual("==".utf8) { return .doubleEquals }
            if bytes.elementsEqual("!=".utf8) { return .notEquals }
            if bytes.elementsEqual("in".utf8) { return .in }
            return nil
        case 5:
            return bytes.elementsEqual("notin".utf8) ? .notIn : nil
        default:
            return nil
        }
    }
}

/// Upstream's label selector `Lexer`, byte for byte (including its habit of treating a NUL byte
/// like the end of the input).
struct LabelSelectorLexer {
    let bytes: [UInt8]
    var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    static func isWhitespace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n")
    }

    static func isSpecialSymbol(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
             UInt8(ascii: ">"), UInt8(ascii: "<"):
            return true
        default:
            return false
        }
    }

    mutating func read() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func unread() { position -= 1 }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The next token and its literal, as upstream's `Lex`.
    mutating func lex() -> (token: LabelSelectorToken, literal: String) {
        var ch = read()
        while Self.isWhitespace(ch) { ch = read() }
        if ch == 0 { return (.endOfString, "") }
        unread()
        return Self.isSpecialSymbol(ch) ? scanSpecialSymbol() : scanIdentifierOrKeyword()
    }

    mutating func scanIdentifierOrKeyword() -> (token: LabelSelectorToken, literal: String) {
        let start = position
        var end = position
        while true {
            let ch = read()
            if ch == 0 { break }
            if Self.isSpecialSymbol(ch) || Self.isWhitespace(ch) { unread(); end = position; break }
            end = position
        }
        let literal = text(start..<end)
        if let token = LabelSelectorToken.literal(bytes[start..<end]) { return (token, literal) }
        return (.identifier, literal)
    }

    mutating func scanSpecialSymbol() -> (token: LabelSelectorToken, literal: String) {
        let start = position
        var last: (token: LabelSelectorToken, end: Int)?
        while true {
            let ch = read()
            if ch == 0 { break }
            guard Self.isSpecialSymbol(ch) else { unread(); break }
            if let token = LabelSelectorToken.literal(bytes[start..<position]) {
                last = (token, position)
            } else if last != nil {
                unread()
                break
            }
        }
        guard let last else {
            return (.error, "error expected: keyword found '\(text(start..<position))'")
        }
        return (last.token, text(start..<last.end))
    }
}

/// Upstream's label selector `Parser`: scans every token first, then descends.
struct LabelSelectorParser {
    enum Context { case keyAndOperator, values }

    var items: [(token: LabelSelectorToken, literal: String)] = []
    var position = 0

    init(_ text: String) {
        var lexer = LabelSelectorLexer(text)
        while true {
            let item = lexer.lex()
            items.append(item)
            if item.token == .endOfString { break }
        }
    }

    static func error(_ message: String) -> KubeModelsError { KubeModelsError(.invalidSelector, message) }

    func lookahead(_ context: Context) -> (token: LabelSelectorToken, literal: String) {
        var item = items[position]
        if context == .values && (item.token == .in || item.token == .notIn) { item.token = .identifier }
        return item
    }

    mutating func consume(_ context: Context) -> (token: LabelSelectorToken, literal: String) {
        let item = lookahead(context)
        position += 1
        return item
    }

    /// `Parser.parse`: the requirements in input order.
    mutating func parse() throws -> [Labels.Requirement] {
        var requirements = [Labels.Requirement]()
        while true {
            let (token, literal) = lookahead(.values)
            switch token {
            case .identifier, .doesNotExist:
                do {
                    requirements.append(try parseRequirement())
                } catch let error as KubeModelsError {
                    throw Self.error("unable to parse requirement: " + error.message)
                }
                let (next, nextLiteral) = consume(.values)
                switch next {
                case .endOfString:
                    return requirements
                case .comma:
                    let (following, followingLiteral) = lookahead(.values)
                    if following != .identifier && following != .doesNotExist {
                        throw Self.error("found '\(followingLiteral)', expected: identifier after ','")
                    }
                default:
                    throw Self.error("found '\(nextLiteral)', expected: ',' or 'end of string'")
                }
            case .endOfString:
                return requirements
            default:
                throw Self.error("found '\(literal)', expected: !, identifier, or 'end of string'")
            }
        }
    }

    mutating func parseRequirement() throws -> Labels.Requirement {
        let (key, inferred) = try parseKeyAndInferOperator()
        if let inferred {
            return try Labels.Requirement(key: key, rawOperator: inferred.rawValue, values: [], valuesAreNil: false, path: nil)
        }
        let op = try parseOperator()
        let values: [String]
        switch op {
        case .in, .notIn:
            values = try parseValues()
        default:
            values = try parseExactValue()
        }
        return try Labels.Requirement(key: key, rawOperator: op.rawValue, values: values, valuesAreNil: false, path: nil)
    }

    /// Reads `[!]key`; returns `exists`/`doesNotExist` when that is the whole requirement.
    mutating func parseKeyAndInferOperator() throws -> (String, Labels.Operator?) {
        var op: Labels.Operator?
        var (token, literal) = consume(.values)
        if token == .doesNotExist {
            op = .doesNotExist
            (token, literal) = consume(.values)
        }
        if token != .identifier { throw Self.error("found '\(literal)', expected: identifier") }
        if let error = LabelSyntax.labelKeyError(literal, path: nil) { throw Self.error(error.description) }
        let next = lookahead(.values).token
        if (next == .endOfString || next == .comma) && op != .doesNotExist { op = .exists }
        return (literal, op)
    }

    mutating func parseOperator() throws -> Labels.Operator {
        let (token, literal) = consume(.keyAndOperator)
        switch token {
        case .in: return .in
        case .equals: return .equals
        case .doubleEquals: return .doubleEquals
        case .greaterThan: return .greaterThan
        case .lessThan: return .lessThan
        case .notIn: return .notIn
        case .notEquals: return .notEquals
        default:
            let expected = Labels.Operator.binary.map(\.rawValue).joined(separator: ", ")
            throw Self.error("found '\(literal)', expected: \(expected)")
        }
    }

    /// `(v1,v2,...)`: the values as a sorted set.
    mutating func parseValues() throws -> [String] {
        let (open, openLiteral) = consume(.values)
        if open != .openPar { throw Self.error("found '\(openLiteral)' expected: '('") }
        let (token, literal) = lookahead(.values)
        switch token {
        case .identifier, .comma:
            let values = try parseIdentifiersList()
            if consume(.values).token != .closedPar { throw Self.error("found '\(literal)', expected: ')'") }
            return values
        case .closedPar:
            _ = consume(.values)
            return [""]
        default:
            throw Self.error("found '\(literal)', expected: ',', ')' or identifier")
        }
    }

    /// A possibly empty list of possibly empty comma-separated identifiers, as a sorted set.
    mutating func parseIdentifiersList() throws -> [String] {
        var values = Set<String>()
        while true {
            let (token, literal) = consume(.values)
            switch token {
            case .identifier:
                values.insert(literal)
                let (next, nextLiteral) = lookahead(.values)
                switch next {
                case .comma: continue
                case .closedPar: return Self.sortedSet(values)
                default: throw Self.error("found '\(nextLiteral)', expected: ',' or ')'")
                }
            case .comma:
                if values.isEmpty { values.insert("") }
                let next = lookahead(.values).token
                if next == .closedPar {
                    values.insert("")
                    return Self.sortedSet(values)
                }
                if next == .comma {
                    // Upstream 1.32 consumes the second comma here, so "(,,)" is an error.
                    _ = consume(.values)
                    values.insert("")
                }
            default:
                throw Self.error("found '\(literal)', expected: ',', or identifier")
            }
        }
    }

    /// The single value of `=`, `==`, `!=`, `>`, `<` (empty at the end or before a comma).
    mutating func parseExactValue() throws -> [String] {
        let next = lookahead(.values).token
        if next == .endOfString || next == .comma { return [""] }
        let (token, literal) = consume(.values)
        if token == .identifier { return [literal] }
        throw Self.error("found '\(literal)', expected: identifier")
    }

    static func sortedSet(_ values: Set<String>) -> [String] { values.sorted(by: LabelSyntax.byteOrder) }
}
