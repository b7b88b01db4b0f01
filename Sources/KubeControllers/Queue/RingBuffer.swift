/// A FIFO buffer with amortized O(1) append and pop, reusing its storage.
struct RingBuffer<Element> {
    private var storage: [Element?] = []
    private var head = 0
    private(set) var count = 0

    mutating func append(_ element: Element) {
        if count == storage.count {
            var grown = [Element?](repeating: nil, count: Swift.max(16, storage.count * 2))
            for i in 0 ..< count { grown[i] = storage[(head + i) % storage.count] }
            storage = grown
            head = 0
        }
        storage[(head + count) % storage.count] = element
        count += 1
    }

    mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = storage[head]
        storage[head] = nil
        head = (head + 1) % storage.count
        count -= 1
        return element
    }
}
