import Foundation

/// A producer → workers → ordered consumer pipeline with bounded memory.
///
/// The calling thread produces batches (for `analyze`: ingestion); `workers`
/// threads each turn batches into outputs, keeping a private `State` (for
/// `analyze`: an aggregator), and one writer thread hands the outputs to
/// `consume` in the order the batches were produced. At most `inFlight`
/// batches exist between production and consumption (a semaphore), so
/// memory is bounded by `inFlight` × the largest batch and its output,
/// whatever the input size.
///
/// Which worker handles which batch varies from run to run, so the states
/// must be combined with an exact, order-independent merge (``Aggregator``'s
/// is); everything order-dependent belongs in the outputs, which arrive in
/// order.
///
/// ```swift
/// let pipeline = OrderedPipeline<[Int], Int, Int>(workers: 2, inFlight: 6, makeState: { 0 })
/// let states = pipeline.run(produce: { emit in for k in 0..<10 { emit([k]) } },
///                           work: { batch, sum in sum += batch[0]; return batch[0] * 2 },
///                           consume: { print($0) })   // 0 2 4 … 18, in order
/// states.reduce(0, +)   // 45
/// ```
final class OrderedPipeline<Batch, Output, State> {
    let workers: Int
    let inFlight: Int
    private let makeState: () -> State

    init(workers: Int, inFlight: Int, makeState: @escaping () -> State) {
        self.workers = max(1, workers)
        self.inFlight = max(1, inFlight)
        self.makeState = makeState
    }

    /// Runs the pipeline and returns each worker's final state (one per worker).
    /// - Parameters:
    ///   - produce: called on the calling thread; calls `emit` with each batch, in order.
    ///   - work: called on a worker thread with a batch and that worker's state.
    ///   - consume: called on the writer thread with each batch's output, in production order.
    func run(produce: (_ emit: @escaping (Batch) -> Void) -> Void,
             work: @escaping (consuming Batch, inout State) -> Output,
             consume: @escaping (Output) -> Void) -> [State] {
        let stages = Stages(work: work, consume: consume, makeState: makeState, workers: workers, inFlight: inFlight)
        for w in 0..<workers { startThread { stages.workerLoop(w) } }
        startThread { stages.writerLoop() }
        var produced = 0
        produce { batch in
            stages.room.wait()
            stages.queue.push((produced, batch))
            produced += 1
        }
        stages.queue.close()
        stages.reorder.finish(total: produced)
        for _ in 0...workers { stages.finished.wait() }
        return stages.slots.values
    }

    /// A thread with a main-thread-sized stack (analysis may recurse on deep inputs).
    private func startThread(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// What the threads share. The closures are not `Sendable`: the pipeline
    /// guarantees `work` runs only on distinct states and `consume` on one thread.
    private final class Stages: @unchecked Sendable {
        let work: (consuming Batch, inout State) -> Output
        let consume: (Output) -> Void
        let makeState: () -> State
        let queue = WorkQueue<(Int, Batch)>()
        let reorder = ReorderBuffer<Output>()
        let slots: StateSlots<State>
        /// Batches that may still be produced before the writer catches up.
        let room: DispatchSemaphore
        /// Signalled by each worker and the writer when done.
        let finished = DispatchSemaphore(value: 0)

        init(work: @escaping (consuming Batch, inout State) -> Output, consume: @escaping (Output) -> Void,
             makeState: @escaping () -> State, workers: Int, inFlight: Int) {
            self.work = work
            self.consume = consume
            self.makeState = makeState
            slots = StateSlots(count: workers)
            room = DispatchSemaphore(value: inFlight)
        }

        func workerLoop(_ index: Int) {
            var state = makeState()
            // The batch moves into `work` (kept in a tuple, it was copied into `work` and its
            // records destroyed here: ≈ 700 instructions a record; callgrind).
            while let (seq, batch) = queue.pop() { reorder.put(seq, work(batch, &state)) }
            slots.set(index, state)
            finished.signal()
        }

        func writerLoop() {
            while let output = reorder.take() {
                consume(output)
                room.signal()
            }
            finished.signal()
        }
    }
}

/// A FIFO that blocks readers until an item arrives or the queue is closed.
final class WorkQueue<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private var closed = false

    func push(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// No more items: readers drain what is queued, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func pop() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        // O(queued), and the pipeline never queues more than its in-flight bound.
        return items.isEmpty ? nil : items.removeFirst()
    }
}

/// Outputs that arrive out of order, taken in sequence order.
final class ReorderBuffer<Output>: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: Output] = [:]
    private var next = 0
    private var total: Int?

    func put(_ seq: Int, _ output: Output) {
        condition.lock()
        ready[seq] = output
        if seq == next { condition.signal() }
        condition.unlock()
    }

    /// All `total` outputs have been (or will be) put.
    func finish(total: Int) {
        condition.lock()
        self.total = total
        condition.broadcast()
        condition.unlock()
    }

    /// The next output in sequence; nil once all `total` were taken.
    func take() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = ready.removeValue(forKey: next) {
                next += 1
                return output
            }
            if let total, next >= total { return nil }
            condition.wait()
        }
    }
}

/// Per-worker states, each slot written by one worker and read after all finished.
final class StateSlots<State>: @unchecked Sendable {
    private var slots: [State?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ s: State) { lock.withLock { slots[i] = s } }
    var values: [State] { lock.withLock { slots.map { $0! } } }
}
