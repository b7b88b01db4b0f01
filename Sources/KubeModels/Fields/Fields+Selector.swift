extension Fields {
    /// A parsed field selector: terms that must all hold, as upstream's `fields.Selector`.
    ///
    /// ```swift
    /// let selector = try Fields.Selector(parsing: "metadata.name=web\\,1,spec.nodeName!=")
    /// selector.description   // "metadata.name=web\\,1,spec.nodeName!="
    /// ```
    public struct Selector: Sendable, Hashable, CustomStringConvertible {
        /// The terms, in upstream's order (parsed terms sorted by their text).
        public private(set) var requirements: [Requirement]

        /// Creates a selector that is the AND of the given terms, in the given order, as
        /// upstream's `AndSelectors` over one-term selectors.
        public init(_ requirements: [Requirement]) {
            self.requirements = requirements
        }

        /// The selector that matches everything (upstream's `Everything()`); its description is empty.
        public static let everything = Selector([])

        /// Whether the selector does not restrict anything (no terms), as upstream's `Empty()`.
        public var isEmpty: Bool { requirements.isEmpty }

        /// Parses field selector text exactly as upstream's `fields.ParseSelector`.
        ///
        /// Terms are split at unescaped commas and sorted by their text; empty terms are skipped;
        /// each term splits at its first `!=`, `==` or `=` into a literal field and an escaped value
        /// (`\\`, `\,`, `\=`). No white space is trimmed. The empty string parses as ``everything``.
        ///
        /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector`` and
        ///   upstream's message: `invalid selector: 'x'; can't understand 'x'` for a term without
        ///   an operator, or an `invalid field selector: ...` message for a bad value escape.
        public init(parsing text: String) throws {
            let parts = Fields.splitTerms(text).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var requirements = [Requirement]()
            requirements.reserveCapacity(parts.count)
            for part in parts where !part.isEmpty {
                guard let (field, op, escaped) = Fields.splitTerm(part) else {
                    throw KubeModelsError(.invalidSelector, "invalid selector: '\(text)'; can't understand '\(part)'")
                }
                let value = try Fields.unescapeValue(String(escaped))
                requirements.append(Requirement(field: String(field), operator: op == "!=" ? .notEquals : .equals, value: value))
            }
            self.init(requirements)
        }

        /// A selector matching exactly the given fields (every `field=value`), as upstream's
        /// `SelectorFromSet`; terms are sorted by field (upstream leaves map order).
        public init(matching fields: [String: String]) {
            self.init(fields.keys.sorted(by: LabelSyntax.byteOrder).map {
                Requirement(field: $0, operator: .equals, value: fields[$0] ?? "")
            })
        }

        /// Whether every term holds for the fields (a missing field reads as empty).
        /// Allocation-free: one dictionary lookup per term.
        public func matches(_ fields: [String: String]) -> Bool {
            for requirement in requirements where !requirement.matches(fields) { return false }
            return true
        }

        /// The value the selector requires `field` to equal, if any (first `=` term on that field),
        /// as upstream's `RequiresExactMatch`. Stores use it to index, e.g. by `spec.nodeName`.
        public func requiresExactMatch(_ field: String) -> String? {
            for requirement in requirements where requirement.operator == .equals && requirement.field == field {
                return requirement.value
            }
            return nil
        }

        /// A copy with every term's field and value passed through `transform`, as upstream's
        /// `Transform` (used to map field labels such as a legacy `spec.host` to `spec.nodeName`).
        public func transformed(
            _ transform: (_ field: String, _ value: String) throws -> (field: String, value: String)
        ) rethrows -> Selector {
            Selector(try requirements.map {
                let (field, value) = try transform($0.field, $0.value)
                return Requirement(field: field, operator: $0.operator, value: value)
            })
        }

        /// The selector as text, as upstream's `String()`: terms joined by commas, values escaped.
        public var description: String {
            requirements.map(\.description).joined(separator: ",")
        }
    }
}
