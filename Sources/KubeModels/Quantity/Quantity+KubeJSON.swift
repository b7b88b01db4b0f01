extension Quantity: KubeJSONCodable {
    /// Reads a quantity written as a JSON string or a bare JSON number, as apimachinery accepts both.
    public init(kubeJSON reader: inout KubeJSONReader) throws {
        let text = try reader.readStringOrNumberText()
        do {
            try self.init(parsing: text)
        } catch let e as KubeModelsError {
            throw reader.invalidValue(e.message)
        }
    }

    /// Writes the canonical string form.
    public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(description) }
}
