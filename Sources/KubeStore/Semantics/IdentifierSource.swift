import Synchronization

/// Random UIDs and generated-name suffixes from a fast generator seeded once from the system
/// (xoshiro256**), so a write costs no system call.
final class IdentifierSource: Sendable {
    /// The characters of generated-name suffixes (apimachinery's `utilrand` alphabet: no vowels,
    /// no confusable characters).
    static let suffixAlphabet = Array("bcdfghjklmnpqrstvwxz2456789".utf8)
    /// The length of the random suffix.
    static let suffixLength = 5
    /// The longest `generateName` prefix kept (63 - 5).
    static let maxPrefixLength = 58

    private let state: Mutex<(UInt64, UInt64, UInt64, UInt64)>

    init(seed: UInt64?) {
        var g = SplitMix(seed: seed ?? UInt64.random(in: .min ... .max))
        state = Mutex((g.next(), g.next(), g.next(), g.next()))
    }

    /// Two random 64-bit words.
    private func next2() -> (UInt64, UInt64) {
        state.withLock { s in
            func step(_ s: inout (UInt64, UInt64, UInt64, UInt64)) -> UInt64 {
                let result = ((s.1 &* 5) << 7 | (s.1 &* 5) >> 57) &* 9
                let t = s.1 << 17
                s.2 ^= s.0; s.3 ^= s.1; s.1 ^= s.2; s.0 ^= s.3
                s.2 ^= t
                s.3 = s.3 << 45 | s.3 >> 19
                return result
            }
            return (step(&s), step(&s))
        }
    }

    /// A random (version 4) UUID in lower case, as `k8s.io/apimachinery/pkg/util/uuid`.
    func uuid() -> String {
        var (a, b) = next2()
        a = (a & ~0xF000) | 0x4000                          // version 4 in bits 12..15 of time_hi
        b = (b & ~(0xC000 << 48)) | (0x8000 << 48)          // RFC 4122 variant
        let hex = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 36) { buf in
            var i = 0
            func put(_ word: UInt64, nibbles: Int, shift: Int) {
                for n in stride(from: nibbles - 1, through: 0, by: -1) {
                    buf[i] = hex[Int((word >> UInt64(shift + n * 4)) & 0xF)]
                    i += 1
                }
            }
            func dash() { buf[i] = UInt8(ascii: "-"); i += 1 }
            put(a, nibbles: 8, shift: 32); dash()
            put(a, nibbles: 4, shift: 16); dash()
            put(a, nibbles: 4, shift: 0); dash()
            put(b, nibbles: 4, shift: 48); dash()
            put(b, nibbles: 12, shift: 0)
            return 36
        }
    }

    /// `prefix` (cut to 58 characters) plus a random 5-character suffix.
    func generateName(prefix: String) -> String {
        let base = prefix.utf8.count > Self.maxPrefixLength ? String(decoding: prefix.utf8.prefix(Self.maxPrefixLength), as: UTF8.self) : prefix
        let (r, _) = next2()
        var word = r
        var suffix = [UInt8]()
        suffix.reserveCapacity(Self.suffixLength)
        for _ in 0 ..< Self.suffixLength {
            suffix.append(Self.suffixAlphabet[Int(word % UInt64(Self.suffixAlphabet.count))])
            word /= UInt64(Self.suffixAlphabet.count)
        }
        return base + String(decoding: suffix, as: UTF8.self)
    }
}

/// SplitMix64, to expand one seed into the generator's state.
struct SplitMix {
    var x: UInt64
    init(seed: UInt64) { x = seed }
    mutating func next() -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
