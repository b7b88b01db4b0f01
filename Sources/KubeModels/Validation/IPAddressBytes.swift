/// Classification of parsed IP addresses (``Validation/parseIP(_:)``): family and IPv4 bytes.
enum IPAddressBytes {
    /// The 4 or 16 bytes of `text`, or `nil` (``Validation/parseIP(_:)``).
    static func parse(_ text: String) -> [UInt8]? { Validation.parseIP(text) }

    /// Whether the address is IPv4 (or an IPv4-mapped IPv6 address, as Go treats it).
    static func isV4(_ bytes: [UInt8]) -> Bool {
        bytes.count == 4 || (bytes.count == 16 && bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF)
    }

    /// The four IPv4 bytes of an IPv4 or IPv4-mapped address.
    static func v4(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.count == 4 { return bytes }
        return isV4(bytes) ? Array(bytes[12...]) : nil
    }
}
