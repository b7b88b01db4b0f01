import Foundation

extension Quantity: Codable {
    /// Decodes a quantity from a string, or from a bare number as upstream's `UnmarshalJSON`
    /// accepts (`2` decodes as `"2"`, `0.5` as `"500m"`). Surrounding whitespace in a string is
    /// ignored and `null` is zero, as upstream.
    ///
    /// A `Decoder` exposes a number's value, not its spelling, so a bare `1e3` is read as `1000`
    /// (written `1k`, where upstream keeps `1e3`), and through Foundation's `Decimal` a number with
    /// more than 38 significant digits is rounded. Strings are always exact.
    ///
    /// - Throws: `DecodingError.dataCorrupted` with the parse error's message when the text is
    ///   not a quantity.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if container.decodeNil() {
            self = .zero
            return
        } else if let string = try? container.decode(String.self) {
            text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        } else if let integer = try? container.decode(Int64.self) {
            text = String(integer)
        } else if let decimal = try? container.decode(Decimal.self) {
            text = decimal.description
        } else if let double = try? container.decode(Double.self), double.isFinite {
            text = String(double)
        } else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "a quantity must be a JSON string or number"))
        }
        do {
            try self.init(parsing: text)
        } catch let error as KubeModelsError {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: error.message, underlyingError: error))
        }
    }

    /// Encodes the quantity as its ``description`` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
