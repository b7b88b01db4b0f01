import Synchronization

/// A multi-producer, single-consumer channel with a fixed capacity: a sender suspends while the
/// channel is full, so a slow consumer slows its producers instead of growing memory.
public final class BoundedChannel<Element: Sendable>: Sendable {
    private struct State {
        var buffer: [Element] = []
        var head = 0
        var blockedSenders: [(Element, CheckedContinuation<Bool, Never>)] = []
        var receiver: CheckedContinuation<Element?, Never>?
        var finished = false

        var count: Int { buffer.count - head }

        mutating func popFirst() -> Element? {
            guard head < buffer.count else { return nil }
            let e = buffer[head]
            head += 1
            if head > 64, head * 2 > buffer.count {
                buffer.removeFirst(head)
                head = 0
            }
            return e
        }
    }

    private enum SendAction { case done(Bool), resumeReceiver(CheckedContinuation<Element?, Never>), wait }
    private enum ReceiveAction { case value(Element?), wait }

    private let capacity: Int
    private let state = Mutex(State())

    /// Creates a channel holding at most `capacity` elements.
    public init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Sends an element, waiting while the channel is full. Returns false when the channel is
    /// finished (the element is dropped).
    @discardableResult
    public func send(_ element: Element) async -> Bool {
        let action = state.withLock { s -> SendAction in
            if s.finished { return .done(false) }
            if let r = s.receiver {
                s.receiver = nil
                return .resumeReceiver(r)
            }
            if s.count < capacity {
                s.buffer.append(element)
                return .done(true)
            }
            return .wait
        }
        switch action {
        case .done(let ok): return ok
        case .resumeReceiver(let r):
            r.resume(returning: element)
            return true
        case .wait:
            return await withCheckedContinuation { c in
                let refused = state.withLock { s -> Bool in
                    if s.finished { return true }
                    s.blockedSenders.append((element, c))
                    return false
                }
                if refused { c.resume(returning: false) }
            }
        }
    }

    /// The next element, waiting for one; `nil` once the channel is finished and empty, or when
    /// the receiving task is cancelled.
    public func receive() async -> Element? {
        if let e = takeBuffered() { return e }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Element?, Never>) in
                let action = state.withLock { s -> ReceiveAction in
                    if let e = s.popFirst() { return .value(e) }
                    if !s.blockedSenders.isEmpty {
                        let (e, sender) = s.blockedSenders.removeFirst()
                        sender.resume(returning: true)
                        return .value(e)
                    }
                    if s.finished || Task.isCancelled { return .value(nil) }
                    s.receiver = c
                    return .wait
                }
                if case .value(let e) = action { c.resume(returning: e) }
            }
        } onCancel: {
            let r = state.withLock { s -> CheckedContinuation<Element?, Never>? in
                let r = s.receiver
                s.receiver = nil
                return r
            }
            r?.resume(returning: nil)
        }
    }

    private func takeBuffered() -> Element? {
        let (element, sender) = state.withLock { s -> (Element?, CheckedContinuation<Bool, Never>?) in
            guard let e = s.popFirst() else { return (nil, nil) }
            if !s.blockedSenders.isEmpty {
                let (waiting, sender) = s.blockedSenders.removeFirst()
                s.buffer.append(waiting)
                return (e, sender)
            }
            return (e, nil)
        }
        sender?.resume(returning: true)
        return element
    }

    /// Ends the channel: buffered elements are still received, then `nil`; blocked senders return false.
    public func finish() {
        let (receiver, senders) = state.withLock { s -> (CheckedContinuation<Element?, Never>?, [CheckedContinuation<Bool, Never>]) in
            s.finished = true
            let r = s.count == 0 ? s.receiver : nil
            if r != nil { s.receiver = nil }
            let blocked = s.blockedSenders.map(\.1)
            s.blockedSenders = []
            return (r, blocked)
        }
        receiver?.resume(returning: nil)
        senders.forEach { $0.resume(returning: false) }
    }
}
