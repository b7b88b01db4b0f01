import Foundation

extension Quantity: KubeJSONCodable {
    /// Reads a quantity written as a JSON string or a bare JSON number, as apimachinery accepts both.
    public init(kubeJSON reader: inout KubeJSONReader) throws {
        var text = try reader.readStringOrNumberText()
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)  // as upstream's UnmarshalJSON
        }
        if text.isEmpty || text == "null" {
            self = .zero
            return
        }
        do {
            try self.init(parsing: text)
        } catch let e as KubeModelsError {
            throw reader.invalidValue(e.message)
        }
    }

    /// Writes the canonical string form.
    public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(description) }
}
