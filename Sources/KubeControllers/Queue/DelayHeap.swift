import Foundation

/// Items waiting for a time, earliest first; an item waits once, at its earliest requested time
/// (client-go's `waitingForQueue`).
struct DelayHeap<Item: Hashable> {
    private struct Entry {
        var item: Item
        var ready: Date
        var sequence: Int
    }

    private var heap: [Entry] = []
    private var readyAt: [Item: (ready: Date, priority: Int)] = [:]
    private var sequence = 0

    var count: Int { readyAt.count }

    /// Schedules `item`; returns true when this made the earliest deadline earlier.
    /// `priority` is kept as a number; the highest requested for the item wins.
    mutating func schedule(_ item: Item, at ready: Date, priority: Int) -> Bool {
        let before = nextDeadline
        if let existing = readyAt[item], existing.ready <= ready {
            readyAt[item] = (existing.ready, max(existing.priority, priority))
            return false
        }
        readyAt[item] = (ready, max(priority, readyAt[item]?.priority ?? Int.min))
        sequence += 1
        push(Entry(item: item, ready: ready, sequence: sequence))
        return before.map { ready < $0 } ?? true
    }

    /// The earliest deadline, if any item waits.
    var nextDeadline: Date? {
        mutating get {
            dropStale()
            return heap.first?.ready
        }
    }

    /// Removes and returns an item whose time has come.
    mutating func popReady(now: Date) -> (item: Item, priority: Int)? {
        dropStale()
        guard let first = heap.first, first.ready <= now else { return nil }
        pop()
        guard let entry = readyAt.removeValue(forKey: first.item) else { return nil }
        return (first.item, entry.priority)
    }

    private mutating func dropStale() {
        while let first = heap.first, readyAt[first.item]?.ready != first.ready { pop() }
    }

    private static func before(_ a: Entry, _ b: Entry) -> Bool {
        a.ready < b.ready || (a.ready == b.ready && a.sequence < b.sequence)
    }

    private mutating func push(_ e: Entry) {
        heap.append(e)
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.before(heap[i], heap[parent]) else { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    private mutating func pop() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count, Self.before(heap[l], heap[m]) { m = l }
            if r < heap.count, Self.before(heap[r], heap[m]) { m = r }
            if m == i { return }
            heap.swapAt(i, m)
            i = m
        }
    }
}
