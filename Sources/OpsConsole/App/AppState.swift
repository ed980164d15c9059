import ConstellationSim

/// Everything the console knows that is not engine state. A value: `update`
/// changes it, views read it.
public struct AppState: Sendable, Hashable {
    /// The terminal size.
    public var size: Size
    /// Fleet index of the selected satellite.
    public var selected = 0
    /// Fleet index of the first table row on screen.
    public var scrollTop = 0
    /// Satellites in the fleet, as of the last snapshot.
    public var satelliteCount = 0
    public var showHelp = false
    public var quitRequested = false
    public var keyMap: KeyMap

    public init(size: Size, keyMap: KeyMap = .standard) {
        self.size = size
        self.keyMap = keyMap
    }

    /// The smallest terminal the console draws in.
    public static let minimumSize = Size(width: 80, height: 24)

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// Rows of the fleet table that fit: the screen less header, column titles and footer.
    public var tableRows: Int { max(1, size.height - ConsoleLayout.chromeRows) }

    /// What the engine should publish for this state.
    public var viewRequest: ViewRequest {
        ViewRequest(firstRow: scrollTop, rowCount: tableRows, selected: selected)
    }
}

/// Something that happened to the console.
public enum AppAction: Sendable, Hashable {
    case keyPressed(Key)
    case resized(Size)
    case snapshotArrived(satelliteCount: Int)
}
