/// A small IP address reader for the checks that classify addresses (loopback, link-local,
/// family), accepting what upstream's `netutils.ParseIPSloppy` accepts: dotted IPv4 (leading
/// zeros allowed) and IPv6 (with `::` and an embedded IPv4 tail).
enum IPAddressBytes {
    /// The 4 or 16 bytes of `text`, or `nil`.
    static func parse(_ text: String) -> [UInt8]? {
        text.contains(":") ? parseV6(Substring(text)) : parseV4(Substring(text))
    }

    static func parseV4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let value = UInt8(part) else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    static func parseV6(_ text: Substring) -> [UInt8]? {
        var head: [UInt16] = [], tail: [UInt16] = []
        var sawGap = false
        var groups = Self.splitOnDoubleColon(text)
        if groups.count > 2 { return nil }
        if groups.count == 2 { sawGap = true }
        func read(_ part: Substring, into list: inout [UInt16], allowV4Tail: Bool) -> Bool {
            if part.isEmpty { return true }
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if allowV4Tail && index == pieces.count - 1 && piece.contains(".") {
                    guard let v4 = parseV4(piece) else { return false }
                    list.append(UInt16(v4[0]) << 8 | UInt16(v4[1]))
                    list.append(UInt16(v4[2]) << 8 | UInt16(v4[3]))
                    continue
                }
                guard !piece.isEmpty, piece.count <= 4, let value = UInt16(piece, radix: 16) else { return false }
                list.append(value)
            }
            return true
        }
        let first = groups.removeFirst()
        guard read(first, into: &head, allowV4Tail: !sawGap) else { return nil }
        if let second = groups.first {
            guard read(second, into: &tail, allowV4Tail: true) else { return nil }
        }
        let total = head.count + tail.count
        if sawGap ? total > 7 : total != 8 { return nil }
        let words = head + Array(repeating: 0, count: 8 - total) + tail
        return words.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// The parts of `text` around each `::`.
    static func splitOnDoubleColon(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == ":" && next < text.endIndex && text[next] == ":" {
                parts.append(text[start..<index])
                start = text.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        parts.append(text[start...])
        return parts
    }

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
