import Glibc

extension Validation {
    /// A port number, 1 through 65535.
    public static func isValidPortNum(_ port: Int) -> [String] {
        (1 ... 65535).contains(port) ? [] : [inclusiveRangeError(1, 65535)]
    }

    /// A value within `min ... max`.
    public static func isInRange(_ value: Int, min: Int, max: Int) -> [String] {
        (min ... max).contains(value) ? [] : [inclusiveRangeError(min, max)]
    }

    /// A group ID, 0 through 2147483647.
    public static func isValidGroupID(_ gid: Int64) -> [String] {
        (0 ... 2_147_483_647).contains(gid) ? [] : [inclusiveRangeError(0, 2_147_483_647)]
    }

    /// A user ID, 0 through 2147483647.
    public static func isValidUserID(_ uid: Int64) -> [String] {
        (0 ... 2_147_483_647).contains(uid) ? [] : [inclusiveRangeError(0, 2_147_483_647)]
    }

    /// A port name (IANA_SVC_NAME): at most 15 characters of `a-z`, `0-9` and `-`, at least one
    /// letter, no `--`, not starting or ending with `-`.
    public static func isValidPortName(_ port: String) -> [String] {
        var errors: [String] = []
        let b = port.utf8
        if b.count > 15 { errors.append(maxLenError(15)) }
        if b.isEmpty || !b.allSatisfy({ isLowerAlnum($0) || $0 == 0x2D }) {
            errors.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !b.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
            errors.append("must contain at least one letter (a-z)")
        }
        if port.contains("--") { errors.append("must not contain consecutive hyphens") }
        if let first = b.first, let last = b.last, first == 0x2D || last == 0x2D {
            errors.append("must not begin or end with a hyphen")
        }
        return errors
    }

    /// An IPv4 or IPv6 address, parsed as 1.32 does (IPv4 parts may have leading zeros, as
    /// `netutils.ParseIPSloppy` allows for compatibility).
    public static func isValidIP(_ value: String) -> [String] {
        parseIP(value) != nil ? [] : ["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"]
    }

    /// An IPv4 address.
    public static func isValidIPv4Address(_ value: String) -> [String] {
        parseIP(value)?.count == 4 ? [] : ["must be a valid IPv4 address"]
    }

    /// An IPv6 address (not an IPv4 one).
    public static func isValidIPv6Address(_ value: String) -> [String] {
        value.contains(":") && parseIPv6(value) != nil ? [] : ["must be a valid IPv6 address"]
    }

    /// A CIDR (`10.0.0.0/8`, `2001:db8::/64`), parsed as 1.32's `ParseCIDRSloppy`.
    public static func isValidCIDR(_ value: String) -> [String] {
        parseCIDR(value) != nil ? [] : ["must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"]
    }

    /// The address bytes (4 for IPv4, 16 for IPv6), or nil.
    public static func parseIP(_ text: String) -> [UInt8]? {
        if text.contains(":") { return parseIPv6(text) }
        return parseIPv4(text)
    }

    /// The address bytes and prefix length of a CIDR, or nil.
    public static func parseCIDR(_ text: String) -> (address: [UInt8], prefix: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let ip = parseIP(String(parts[0])), !parts[1].isEmpty, parts[1].utf8.count <= 3,
              parts[1].utf8.allSatisfy(isDigit), let prefix = Int(parts[1]), prefix <= ip.count * 8 else { return nil }
        return (ip, prefix)
    }

    static func parseIPv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var out: [UInt8] = []
        for p in parts {
            guard !p.isEmpty, p.utf8.count <= 3, p.utf8.allSatisfy(isDigit), let v = Int(p), v <= 255 else { return nil }
            out.append(UInt8(v))
        }
        return out
    }

    static func parseIPv6(_ text: String) -> [UInt8]? {
        guard !text.contains("%") else { return nil }  // zones are not IP addresses here
        var addr = in6_addr()
        guard inet_pton(AF_INET6, text, &addr) == 1 else { return nil }
        return withUnsafeBytes(of: &addr) { Array($0) }
    }
}
