extension Labels {
    /// A parsed label selector: requirements that must all hold, as upstream's `labels.Selector`
    /// (`internalSelector`, plus the `Nothing()` selector).
    ///
    /// ```swift
    /// let selector = try Labels.Selector(parsing: "app=web, tier in (b,a), !legacy")
    /// selector.description                        // "app=web,!legacy,tier in (a,b)"
    /// selector.matches(["app": "web", "tier": "a"])  // true
    /// ```
    ///
    /// Requirements are kept sorted by key (stable for equal keys), so equal selectors print and
    /// compare equal whatever order they were written in.
    public struct Selector: Sendable, Hashable, CustomStringConvertible {
        /// The requirements, sorted by key; empty for ``everything`` and ``nothing``.
        public private(set) var requirements: [Requirement]
        /// Whether this is the ``nothing`` selector, which matches no labels at all.
        public let matchesNothing: Bool

        init(sortedRequirements: [Requirement], matchesNothing: Bool = false) {
            self.requirements = sortedRequirements
            self.matchesNothing = matchesNothing
        }

        /// Creates a selector from requirements (sorted by key here), as upstream's
        /// `NewSelector().Add(requirements...)`.
        public init(_ requirements: [Requirement]) {
            self.init(sortedRequirements: Selector.sortedByKey(requirements))
        }

        /// The selector that matches every label set (upstream's `Everything()`); its
        /// description is empty.
        public static let everything = Selector(sortedRequirements: [])

        /// The selector that matches no label set (upstream's `Nothing()`, what a `nil`
        /// `LabelSelector` means); its description is empty too.
        public static let nothing = Selector(sortedRequirements: [], matchesNothing: true)

        /// Whether the selector does not restrict anything (no requirements and not ``nothing``),
        /// as upstream's `Empty()`.
        public var isEmpty: Bool { requirements.isEmpty && !matchesNothing }

        /// Whether every requirement holds for the labels (never for ``nothing``).
        /// Allocation-free: one dictionary lookup per requirement.
        public func matches(_ labels: [String: String]) -> Bool {
            if matchesNothing { return false }
            for requirement in requirements where !requirement.matches(labels) { return false }
            return true
        }

        /// A copy with more requirements, re-sorted by key, as upstream's `Add`; ``nothing`` stays
        /// ``nothing``.
        public func adding(_ requirements: Requirement...) -> Selector {
            if matchesNothing { return self }
            return Selector(sortedRequirements: Selector.sortedByKey(self.requirements + requirements))
        }

        /// The single value the selector requires for `label` (through `=`, `==`, or `in` with one
        /// value), as upstream's `RequiresExactMatch`; only the first requirement on that key is
        /// considered.
        public func requiresExactMatch(_ label: String) -> String? {
            for requirement in requirements where requirement.key == label {
                switch requirement.operator {
                case .equals, .doubleEquals, .in:
                    return requirement.values.count == 1 ? requirement.values[0] : nil
                default:
                    return nil
                }
            }
            return nil
        }

        /// The selector as text, as upstream's `String()`: requirements in key order joined by
        /// commas, each with sorted values. Parsing it gives an equivalent selector.
        public var description: String {
            requirements.map(\.description).joined(separator: ",")
        }

        /// A selector matching exactly the given labels (every `key=value`), without validating
        /// them, as upstream's `SelectorFromSet`/`SelectorFromValidatedSet`. An empty map gives
        /// ``everything``.
        public init(matching labels: [String: String]) {
            var requirements = [Requirement]()
            requirements.reserveCapacity(labels.count)
            for key in labels.keys.sorted(by: LabelSyntax.byteOrder) {
                requirements.append(Requirement(uncheckedKey: key, operator: .equals, values: [labels[key] ?? ""]))
            }
            self.init(sortedRequirements: requirements)
        }

        /// A selector matching exactly the given labels after validating every key and value, as
        /// upstream's `ValidatedSelectorFromSet`. Keys are checked in sorted order, so the first
        /// invalid one (by bytes) is reported.
        ///
        /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector``.
        public init(validatingMatching labels: [String: String]) throws {
            var requirements = [Requirement]()
            requirements.reserveCapacity(labels.count)
            for key in labels.keys.sorted(by: LabelSyntax.byteOrder) {
                requirements.append(try Requirement(key: key, operator: .equals, values: [labels[key] ?? ""]))
            }
            self.init(sortedRequirements: requirements)
        }

        /// Sorts by key, keeping the given order for equal keys.
        static func sortedByKey(_ requirements: [Requirement]) -> [Requirement] {
            if requirements.count < 2 { return requirements }
            return requirements.enumerated().sorted { a, b in
                if LabelSyntax.byteOrder(a.element.key, b.element.key) { return true }
                if LabelSyntax.byteOrder(b.element.key, a.element.key) { return false }
                return a.offset < b.offset
            }.map(\.element)
        }
    }
}
