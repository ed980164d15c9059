import GRDB

extension Row {
    /// The cell of `column` as `T`; nil when it is NULL, missing, or holds a value that is
    /// not a `T` (text in a number column, a blob in a text column). GRDB's subscript
    /// traps on a failed conversion, and a journal is a file anyone can edit: a damaged
    /// cell must read as missing (and the row as damaged), never stop the program.
    func lenient<T: DatabaseValueConvertible>(_ column: String) -> T? {
        (try? decode(T?.self, forColumn: column)) ?? nil
    }

    /// The cell at `index` as `T`, nil as for `lenient(_:)`.
    func lenient<T: DatabaseValueConvertible>(atIndex index: Int) -> T? {
        (try? decode(T?.self, atIndex: index)) ?? nil
    }
}
