import Foundation
import KubeModels
import Synchronization

/// Records core/v1 ``Event`` objects about other objects, as client-go's event recorder: a
/// repeat of the same event (same object, type, reason and message from the same source) is
/// not a new object but increments `count` and `lastTimestamp` of the first one (with `series`
/// kept in step), so a crash-looping pod produces one event with a count, not thousands.
///
/// ```swift
/// let events = EventRecorder(store: store, component: "default-scheduler")
/// try await events.record(pod, type: .warning, reason: "FailedScheduling", message: "0/5 nodes are available: ...")
/// ```
public final class EventRecorder: Sendable {
    /// The event's type.
    public enum EventType: String, Sendable {
        case normal = "Normal"
        case warning = "Warning"
    }

    private struct Key: Hashable {
        var namespace, kind, name, uid, type, reason, message: String
    }

    private struct Entry {
        var eventName: String
        var lastUse: Int
    }

    /// The component recorded as the source (`default-scheduler`, `kubelet`, your controller).
    public let component: String
    /// The host recorded as the source, if any.
    public let host: String?
    private let store: any ResourceStore
    private let clock: any KubeClock
    private let capacity: Int
    private let seen = Mutex<(entries: [Key: Entry], tick: Int)>(([:], 0))

    /// Creates a recorder; it remembers up to `capacity` distinct events for deduplication
    /// (client-go keeps 4096).
    public init(store: any ResourceStore, component: String, host: String? = nil, clock: any KubeClock = SystemClock(),
                capacity: Int = 4096) {
        self.store = store
        self.component = component
        self.host = host
        self.clock = clock
        self.capacity = capacity
    }

    /// Records an event about `object`; returns the stored event (new, or the repeat's count raised).
    @discardableResult
    public func record<R: KubeResource>(_ object: R, type: EventType, reason: String, message: String) async throws -> Event {
        let reference = ObjectReference(apiVersion: R.apiVersion, kind: R.kind,
                                        name: object.metadata.name,
                                        namespace: object.metadata.namespace.isEmpty ? nil : object.metadata.namespace,
                                        resourceVersion: object.metadata.resourceVersion.isEmpty ? nil : object.metadata.resourceVersion,
                                        uid: object.metadata.uid.isEmpty ? nil : object.metadata.uid)
        return try await record(about: reference, type: type, reason: reason, message: message)
    }

    /// Records an event about the object a reference names.
    @discardableResult
    public func record(about reference: ObjectReference, type: EventType, reason: String, message: String) async throws -> Event {
        let namespace = (reference.namespace?.isEmpty == false ? reference.namespace : nil) ?? "default"
        let key = Key(namespace: namespace, kind: reference.kind ?? "", name: reference.name ?? "", uid: reference.uid ?? "",
                      type: type.rawValue, reason: reason, message: message)
        let now = clock.now
        if let name = remembered(key), var existing = try await store.getIfPresent(Event.self, ObjectKey(namespace: namespace, name: name)) {
            existing.count = (existing.count ?? 1) + 1
            existing.lastTimestamp = Time(now)
            existing.series = EventSeries(count: existing.count, lastObservedTime: MicroTime(now))
            do {
                return try await store.update(existing)
            } catch let e as StoreError where e.code == .conflict {
                // Someone else raised it meanwhile: read again and retry once.
                guard var fresh = try await store.getIfPresent(Event.self, existing.key) else { throw e }
                fresh.count = (fresh.count ?? 1) + 1
                fresh.lastTimestamp = Time(now)
                fresh.series = EventSeries(count: fresh.count, lastObservedTime: MicroTime(now))
                return try await store.update(fresh)
            }
        }
        let nanos = UInt64(max(0, now.timeIntervalSince1970 * 1e9))
        var event = Event(name: "\(reference.name ?? "unknown").\(String(nanos, radix: 16))", namespace: namespace)
        event.involvedObject = reference
        event.type = type.rawValue
        event.reason = reason
        event.message = message
        event.count = 1
        event.firstTimestamp = Time(now)
        event.lastTimestamp = Time(now)
        event.source = EventSource(component: component, host: host)
        event.reportingComponent = component
        event.reportingInstance = host ?? ""
        let created = try await store.create(event)
        remember(key, name: created.metadata.name)
        return created
    }

    private func remembered(_ key: Key) -> String? {
        seen.withLock { s in
            guard var entry = s.entries[key] else { return nil }
            s.tick += 1
            entry.lastUse = s.tick
            s.entries[key] = entry
            return entry.eventName
        }
    }

    private func remember(_ key: Key, name: String) {
        seen.withLock { s in
            s.tick += 1
            s.entries[key] = Entry(eventName: name, lastUse: s.tick)
            if s.entries.count > capacity {
                // Evict the least recently used quarter at once, so eviction stays cheap.
                let victims = s.entries.sorted { $0.value.lastUse < $1.value.lastUse }.prefix(max(1, capacity / 4))
                for (k, _) in victims { s.entries[k] = nil }
            }
        }
    }
}
