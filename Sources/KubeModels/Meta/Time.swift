import Foundation

/// A timestamp with second precision, written as RFC 3339 in UTC (`2024-05-01T12:00:00Z`),
/// as `metav1.Time` is. Sub-second parts are dropped, so a value survives a round trip exactly.
public struct Time: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64

    /// Creates a time from whole seconds since the Unix epoch.
    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    /// Creates a time from a `Date`, truncated to the second (as serialization would).
    public init(_ date: Date) {
        secondsSince1970 = Int64(date.timeIntervalSince1970.rounded(.down))
    }

    /// The time as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    /// Parses RFC 3339 text (any offset and fraction are accepted; the result is truncated to seconds).
    public init(parsing text: String) throws {
        guard let micros = RFC3339.parseMicros(text) else {
            throw KubeModelsError(.invalidValue, "parsing time \(FieldError.goQuote(text)) as \"2006-01-02T15:04:05Z07:00\": cannot parse")
        }
        secondsSince1970 = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
    }

    /// RFC 3339 text in UTC with second precision.
    public var description: String { RFC3339.format(seconds: secondsSince1970, micros: nil) }

    public static func < (a: Time, b: Time) -> Bool { a.secondsSince1970 < b.secondsSince1970 }

    /// This time moved by a number of seconds.
    public func adding(seconds: Int64) -> Time { Time(secondsSince1970: secondsSince1970 + seconds) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        do { try self.init(parsing: s) } catch let e as KubeModelsError {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: e.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension Time: KubeJSONCodable {
    public init(kubeJSON reader: inout KubeJSONReader) throws {
        let s = try reader.readString()
        do { try self.init(parsing: s) } catch let e as KubeModelsError { throw reader.invalidValue(e.message) }
    }

    public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(description) }
}

/// A timestamp with microsecond precision, written as `2006-01-02T15:04:05.000000Z` (`metav1.MicroTime`).
public struct MicroTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var microsecondsSince1970: Int64

    /// Creates a time from microseconds since the Unix epoch.
    public init(microsecondsSince1970: Int64) { self.microsecondsSince1970 = microsecondsSince1970 }

    /// Creates a time from a `Date`, truncated to the microsecond.
    public init(_ date: Date) {
        microsecondsSince1970 = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
    }

    /// The time as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(microsecondsSince1970) / 1_000_000) }

    /// Parses RFC 3339 text with an optional fraction.
    public init(parsing text: String) throws {
        guard let micros = RFC3339.parseMicros(text) else {
            throw KubeModelsError(.invalidValue, "parsing time \(FieldError.goQuote(text)) as \"2006-01-02T15:04:05.000000Z07:00\": cannot parse")
        }
        microsecondsSince1970 = micros
    }

    /// RFC 3339 text in UTC with six fraction digits.
    public var description: String {
        let m = microsecondsSince1970
        let s = m >= 0 ? m / 1_000_000 : (m - 999_999) / 1_000_000
        return RFC3339.format(seconds: s, micros: m - s * 1_000_000)
    }

    public static func < (a: MicroTime, b: MicroTime) -> Bool { a.microsecondsSince1970 < b.microsecondsSince1970 }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        do { try self.init(parsing: s) } catch let e as KubeModelsError {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: e.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension MicroTime: KubeJSONCodable {
    public init(kubeJSON reader: inout KubeJSONReader) throws {
        let s = try reader.readString()
        do { try self.init(parsing: s) } catch let e as KubeModelsError { throw reader.invalidValue(e.message) }
    }

    public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(description) }
}

/// RFC 3339 parsing and formatting without Foundation's date formatters (they are slow and locale-bound).
enum RFC3339 {
    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(days z0: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Microseconds since the epoch, or nil when `text` is not RFC 3339.
    static func parseMicros(_ text: String) -> Int64? {
        var t = text
        return t.withUTF8 { b -> Int64? in
            func num(_ i: Int, _ n: Int) -> Int64? {
                guard i + n <= b.count else { return nil }
                var v: Int64 = 0
                for k in i ..< i + n {
                    let c = b[k]
                    guard c >= 0x30, c <= 0x39 else { return nil }
                    v = v * 10 + Int64(c - 0x30)
                }
                return v
            }
            guard b.count >= 20, let year = num(0, 4), b[4] == UInt8(ascii: "-"), let month = num(5, 2),
                  b[7] == UInt8(ascii: "-"), let day = num(8, 2), b[10] | 0x20 == UInt8(ascii: "t"),
                  let hour = num(11, 2), b[13] == UInt8(ascii: ":"), let minute = num(14, 2),
                  b[16] == UInt8(ascii: ":"), let second = num(17, 2) else { return nil }
            guard (1 ... 12).contains(month), day >= 1, day <= 31, hour < 24, minute < 60, second < 61 else { return nil }
            var i = 19
            var micros: Int64 = 0
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                var digits = 0
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    if digits < 6 { micros = micros * 10 + Int64(b[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                guard digits > 0 else { return nil }
                for _ in digits ..< max(digits, 6) { micros *= 10 }
            }
            guard i < b.count else { return nil }
            var offsetSeconds: Int64 = 0
            if b[i] | 0x20 == UInt8(ascii: "z") {
                i += 1
            } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                let sign: Int64 = b[i] == UInt8(ascii: "-") ? -1 : 1
                guard let oh = num(i + 1, 2), i + 3 < b.count, b[i + 3] == UInt8(ascii: ":"), let om = num(i + 4, 2) else { return nil }
                offsetSeconds = sign * (oh * 3600 + om * 60)
                i += 6
            } else {
                return nil
            }
            guard i == b.count else { return nil }
            let secs = days(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds
            return secs * 1_000_000 + micros
        }
    }

    static func format(seconds: Int64, micros: Int64?) -> String {
        let dayCount = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rem = seconds - dayCount * 86400
        let (y, m, d) = civil(days: dayCount)
        var out = [UInt8]()
        out.reserveCapacity(27)
        func put(_ v: Int64, _ width: Int) {
            var digits = [UInt8](repeating: 0x30, count: width)
            var x = v
            for k in stride(from: width - 1, through: 0, by: -1) {
                digits[k] = UInt8(x % 10) + 0x30
                x /= 10
            }
            out.append(contentsOf: digits)
        }
        put(y, 4); out.append(UInt8(ascii: "-")); put(m, 2); out.append(UInt8(ascii: "-")); put(d, 2)
        out.append(UInt8(ascii: "T"))
        put(rem / 3600, 2); out.append(UInt8(ascii: ":")); put(rem / 60 % 60, 2); out.append(UInt8(ascii: ":")); put(rem % 60, 2)
        if let micros {
            out.append(UInt8(ascii: "."))
            put(micros, 6)
        }
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }
}
