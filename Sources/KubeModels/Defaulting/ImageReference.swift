/// The tag of a container image reference, as upstream's `parsers.ParseImageName` finds it with
/// the Docker reference grammar (`[domain/]path[:tag][@digest]`).
enum ImageReference {
    /// The reference's tag: the explicit one, `latest` when there is neither a tag nor a digest,
    /// empty when there is only a digest, and `nil` when the reference does not parse.
    static func tag(of image: String) -> String? {
        guard !image.isEmpty, !isHex64(image) else { return nil }
        var rest = Substring(image)
        var digest: Substring?
        if let at = rest.firstIndex(of: "@") {
            digest = rest[rest.index(after: at)...]
            rest = rest[..<at]
            guard let digest, isDigest(digest) else { return nil }
        }
        var tag: Substring?
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
            tag = rest[rest.index(after: colon)...]
            rest = rest[..<colon]
            guard let tag, isTag(tag) else { return nil }
        }
        guard isName(rest) else { return nil }
        if let tag { return String(tag) }
        return digest == nil ? "latest" : ""
    }

    /// `imagePullPolicy`'s default: `Always` for `:latest` (or no tag), else `IfNotPresent`.
    static func defaultPullPolicy(for image: String) -> String {
        tag(of: image) == "latest" ? "Always" : "IfNotPresent"
    }

    private static func isHex64(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy(isHex)
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isAlnum(_ byte: UInt8) -> Bool {
        isLowerAlnum(byte) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// `[\w][\w.-]{0,127}`.
    private static func isTag(_ tag: Substring) -> Bool {
        let bytes = Array(tag.utf8)
        guard let first = bytes.first, bytes.count <= 128, isAlnum(first) || first == UInt8(ascii: "_") else { return false }
        return bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// `algorithm:hex` with a hex part of at least 32 digits.
    private static func isDigest(_ digest: Substring) -> Bool {
        guard let colon = digest.firstIndex(of: ":") else { return false }
        let algorithm = digest[..<colon].utf8, hex = digest[digest.index(after: colon)...].utf8
        guard let first = algorithm.first, (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) else { return false }
        let separators: Set<UInt8> = [UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_")]
        guard algorithm.allSatisfy({ isAlnum($0) || separators.contains($0) }) else { return false }
        return hex.count >= 32 && hex.allSatisfy(isHex)
    }

    /// `[domain/]path-component(/path-component)*`, at most 255 bytes.
    private static func isName(_ name: Substring) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 255 else { return false }
        var components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.count > 1, let first = components.first,
           first.contains(".") || first.contains(":") || first == "localhost" || first.contains(where: \.isUppercase) {
            guard isDomain(first) else { return false }
            components.removeFirst()
        }
        return components.allSatisfy(isPathComponent)
    }

    /// `host[:port]`, where a host is dot-separated alphanumeric components with inner hyphens
    /// or a bracketed IPv6 address.
    private static func isDomain(_ domain: Substring) -> Bool {
        var host = domain
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let after = host[host.index(after: close)...]
            if after.isEmpty { return true }
            return after.hasPrefix(":") && after.dropFirst().allSatisfy(\.isASCIIDigit) && after.count > 1
        }
        if let colon = host.lastIndex(of: ":") {
            let port = host[host.index(after: colon)...]
            guard !port.isEmpty, port.allSatisfy(\.isASCIIDigit) else { return false }
            host = host[..<colon]
        }
        return !host.isEmpty && host.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            let bytes = Array(part.utf8)
            guard let first = bytes.first, let last = bytes.last, isAlnum(first), isAlnum(last) else { return false }
            return bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") }
        }
    }

    /// `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`.
    private static func isPathComponent(_ component: Substring) -> Bool {
        let bytes = Array(component.utf8)
        guard let first = bytes.first, let last = bytes.last, isLowerAlnum(first), isLowerAlnum(last) else { return false }
        var index = 0
        while index < bytes.count {
            if isLowerAlnum(bytes[index]) { index += 1; continue }
            var end = index
            while end < bytes.count && !isLowerAlnum(bytes[end]) { end += 1 }
            let separator = bytes[index..<end]
            let valid = separator.elementsEqual([UInt8(ascii: ".")]) || separator.elementsEqual([UInt8(ascii: "_")])
                || separator.elementsEqual([UInt8(ascii: "_"), UInt8(ascii: "_")])
                || separator.allSatisfy { $0 == UInt8(ascii: "-") }
            if !valid { return false }
            index = end
        }
        return true
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
