extension IntOrString: KubeJSONCodable {
    /// Reads a JSON integer or a JSON string.
    public init(kubeJSON reader: inout KubeJSONReader) throws {
        if reader.nextIsString() {
            self = .string(try reader.readString())
        } else {
            self = .int(try reader.readInt32())
        }
    }

    /// Writes the integer or the string.
    public func encode(kubeJSON writer: inout KubeJSONWriter) {
        switch self {
        case .int(let i): writer.write(i)
        case .string(let s): writer.write(s)
        }
    }
}
