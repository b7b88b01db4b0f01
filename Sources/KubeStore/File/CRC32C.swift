/// CRC-32C (Castagnoli, reflected polynomial `0x82F63B78`), the checksum of iSCSI, ext4 metadata
/// and LevelDB/RocksDB logs; computed in software with slicing-by-8 tables.
///
/// ```swift
/// var crc = CRC32C()
/// crc.update(bytes)
/// let checksum = crc.value          // CRC32C.checksum(bytes) in one call
/// ```
/// Check value: the checksum of the ASCII bytes `123456789` is `0xE3069283`.
struct CRC32C: Sendable {
    /// The running state (pre- and post-inverted as the standard specifies).
    private var state: UInt32 = 0xFFFF_FFFF

    /// A fresh checksum.
    init() {}

    /// The checksum of everything passed to ``update(_:)`` so far.
    var value: UInt32 { ~state }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var c = CRC32C()
        c.update(bytes)
        return c.value
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var crc = state
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return }
        Self.tables.withUnsafeBufferPointer { t in
            var i = 0
            // Slicing-by-8: eight table lookups per 8 input bytes.
            while i + 8 <= count {
                let lo = UInt32(base.load(fromByteOffset: i, as: UInt8.self))
                    | UInt32(base.load(fromByteOffset: i + 1, as: UInt8.self)) << 8
                    | UInt32(base.load(fromByteOffset: i + 2, as: UInt8.self)) << 16
                    | UInt32(base.load(fromByteOffset: i + 3, as: UInt8.self)) << 24
                let a = crc ^ lo
                let b4 = Int(base.load(fromByteOffset: i + 4, as: UInt8.self))
                let b5 = Int(base.load(fromByteOffset: i + 5, as: UInt8.self))
                let b6 = Int(base.load(fromByteOffset: i + 6, as: UInt8.self))
                let b7 = Int(base.load(fromByteOffset: i + 7, as: UInt8.self))
                crc = t[7 &* 256 &+ Int(a & 0xFF)] ^ t[6 &* 256 &+ Int((a >> 8) & 0xFF)]
                    ^ t[5 &* 256 &+ Int((a >> 16) & 0xFF)] ^ t[4 &* 256 &+ Int(a >> 24)]
                    ^ t[3 &* 256 &+ b4] ^ t[2 &* 256 &+ b5] ^ t[256 &+ b6] ^ t[b7]
                i &+= 8
            }
            while i < count {
                let byte = UInt32(base.load(fromByteOffset: i, as: UInt8.self))
                crc = t[Int((crc ^ byte) & 0xFF)] ^ (crc >> 8)
                i &+= 1
            }
        }
        state = crc
    }

    /// Eight 256-entry tables: `tables[k*256 + b]` is the CRC of byte `b` followed by `k` zero bytes.
    private static let tables: [UInt32] = {
        let poly: UInt32 = 0x82F6_3B78
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for b in 0 ..< 256 {
            var c = UInt32(b)
            for _ in 0 ..< 8 { c = (c & 1) != 0 ? (c >> 1) ^ poly : c >> 1 }
            t[b] = c
        }
        for k in 1 ..< 8 {
            for b in 0 ..< 256 {
                let prev = t[(k - 1) * 256 + b]
                t[k * 256 + b] = t[Int(prev & 0xFF)] ^ (prev >> 8)
            }
        }
        return t
    }()
}
