/// The console's only view of a terminal. The ncurses backend implements it for
/// real; `RecordingBackend` implements it in memory for tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Waits up to `timeoutMs` for a key; nil when none came.
    func readKey(timeoutMs: Int) -> Key?
    /// Writes `changes` and shows them. `fullRedraw` asks the backend to forget
    /// what the screen holds (after a resize or a resume).
    func draw(_ changes: [CellChange], fullRedraw: Bool)
    /// Restores the terminal. Safe to call more than once.
    func stop()
    /// Switches colours to `theme`; the next full redraw shows it.
    func apply(theme: Theme)
}

/// An in-memory terminal: keys come from a script, drawing lands in a grid.
public final class RecordingBackend: TerminalBackend {
    public var size: Size
    public private(set) var screen: Grid
    public private(set) var cellsWritten = 0
    public private(set) var frames = 0
    public private(set) var stopped = false
    private var pendingKeys: [Key]

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        self.screen = Grid(width: size.width, height: size.height)
        self.pendingKeys = keys
    }

    public func readKey(timeoutMs: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    /// Queues keys as if typed.
    public func type(_ keys: [Key]) { pendingKeys += keys }

    /// Changes the size and queues the resize event a terminal would send.
    public func resize(to newSize: Size) {
        size = newSize
        pendingKeys.append(.resize)
    }

    public func draw(_ changes: [CellChange], fullRedraw: Bool) {
        if screen.size != size { screen = Grid(width: size.width, height: size.height) }
        for change in changes where change.x < size.width && change.y < size.height {
            screen[change.x, change.y] = change.cell
        }
        cellsWritten += changes.count
        frames += 1
    }

    public func stop() { stopped = true }

    /// The last theme applied.
    public private(set) var theme: Theme?
    public func apply(theme: Theme) { self.theme = theme }
}
