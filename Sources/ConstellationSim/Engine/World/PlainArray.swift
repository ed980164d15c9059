import Foundation

/// An array of plain values that encodes itself as its raw bytes (one `Data` value),
/// so large per-satellite tables checkpoint in one copy instead of one coder call per
/// element. Otherwise an ordinary array.
public struct PlainArray<Element: BitwiseCopyable & Sendable>: Sendable, RandomAccessCollection, MutableCollection {
    public var elements: [Element]

    public init(_ elements: [Element]) { self.elements = elements }
    public init(repeating value: Element, count: Int) { elements = Array(repeating: value, count: count) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { elements.count }

    @inlinable
    public subscript(i: Int) -> Element {
        get { elements[i] }
        set { elements[i] = newValue }
        _modify { yield &elements[i] }
    }
}

extension PlainArray: Equatable where Element: Equatable {}
extension PlainArray: Hashable where Element: Hashable {}

extension PlainArray: Codable {
    public init(from decoder: any Decoder) throws {
        let data = try decoder.singleValueContainer().decode(Data.self)
        let stride = MemoryLayout<Element>.stride
        guard stride > 0, data.count % stride == 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "raw array of \(data.count) bytes"))
        }
        elements = data.withUnsafeBytes { raw in
            Array(unsafeUninitializedCapacity: data.count / stride) { buffer, count in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
                count = data.count / stride
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(elements.withUnsafeBytes { Data($0) })
    }
}
