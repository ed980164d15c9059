/// One quantity of every satellite: a contiguous buffer of plain values, allocated by a
/// ``WorldState`` and freed when the last column value referring to it goes.
///
/// A column is a live view of the world's current values, not a copy: it changes when
/// the simulation advances. Take `array` for a copy.
///
/// Sharing rule, which is what makes `@unchecked Sendable` sound: the engine queue owns
/// the world; inside a tick a phase's parallel chunks write disjoint index ranges of the
/// columns it writes and only read the columns it reads, and nothing else touches the
/// world while a phase runs.
public struct Column<Element: BitwiseCopyable>: @unchecked Sendable, RandomAccessCollection {
    let base: UnsafeMutablePointer<Element>
    public let count: Int
    /// Keeps the buffer alive as long as any view of it.
    private let storage: ColumnStorage<Element>

    init(count: Int, repeating value: Element) {
        storage = ColumnStorage(count: count, repeating: value)
        base = storage.base
        self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// Element `i` (checked in debug builds only, like an unsafe buffer). Only the engine
    /// writes: outside it a column is read-only, so nothing can change a world that
    /// several `Simulation` values (or rewind copies) share without copying it first.
    public internal(set) subscript(i: Int) -> Element {
        get {
            assert(i >= 0 && i < count, "column index out of range")
            return base[i]
        }
        nonmutating set {
            assert(i >= 0 && i < count, "column index out of range")
            base[i] = newValue
        }
    }

    /// Sets every element to `value`.
    func fill(_ value: Element) { base.update(repeating: value, count: count) }

    /// Copies every element of `other` (same count) into this column.
    func assign(from other: Column<Element>) {
        precondition(other.count == count, "columns of different fleets")
        base.update(from: other.base, count: count)
    }

    /// The raw bytes of the column, for checkpoints.
    var rawBytes: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: base, count: count * MemoryLayout<Element>.stride)
    }

    /// The elements as an array (tests, small fleets; allocates).
    public var array: [Element] { Array(self) }
}

extension Column: Equatable where Element: Equatable {
    public static func == (a: Column, b: Column) -> Bool { a.elementsEqual(b) }
}

/// A column of any element type, as the world keeps them for checkpoints and copies.
protocol AnyColumn: Sendable {
    var rawBytes: UnsafeMutableRawBufferPointer { get }
}

extension Column: AnyColumn {}

/// The owned buffer behind a column.
private final class ColumnStorage<Element: BitwiseCopyable> {
    let base: UnsafeMutablePointer<Element>

    init(count: Int, repeating value: Element) {
        base = UnsafeMutablePointer<Element>.allocate(capacity: max(1, count))
        base.initialize(repeating: value, count: max(1, count))
    }

    deinit { base.deallocate() }
}

/// A column as a `MutableCollection`, for generic engine code that writes elements (the
/// workload's slowest-member rule). Internal, like a column's setter.
struct WritableColumn<Element: BitwiseCopyable>: MutableCollection, RandomAccessCollection {
    let column: Column<Element>

    init(_ column: Column<Element>) { self.column = column }

    var startIndex: Int { 0 }
    var endIndex: Int { column.count }

    subscript(i: Int) -> Element {
        get { column[i] }
        nonmutating set { column[i] = newValue }
    }
}
