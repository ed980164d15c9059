import ConstellationSim

/// Everything the console knows that is not engine state. A value: `update`
/// changes it, views read it.
public struct AppState: Sendable, Hashable {
    /// The terminal size.
    public var size: Size
    /// The view on screen.
    public var view: ConsoleView = .overview
    /// Fleet index of the selected satellite.
    public var selected = 0
    /// Fleet indices of the pinned satellites, ascending (at most `maximumPins`): marked
    /// in the table and archived every tick with the selection.
    public var pinned: [Int] = []
    /// Position of the selection bar in the table's order (equals `selected` in fleet order).
    public var cursor = 0
    /// The table's order; nil is fleet order.
    public var sort: RowSort?
    /// Fleet index of the first table row on screen.
    public var scrollTop = 0
    /// Satellites in the fleet, as of the last snapshot.
    public var satelliteCount = 0
    /// Designed shells in the scenario, as of the last snapshot.
    public var shellCount = 0
    /// The constellation view's shell and metric.
    public var heatmapShell = 0
    /// First catalog object shown in the Catalog view.
    public var catalogTop = 0
    public var heatmapMetric: HeatmapMetric = .latitude
    /// The latency view's selected route and first route on screen.
    public var latencySelected = 0
    public var latencyTop = 0
    /// Index of the selected line in the alarm list.
    public var alarmSelected = 0
    /// Inside an expanded group line: the selected member (nil: the group line itself).
    public var alarmMember: Int?
    /// Names of the themes `t` cycles through, and the one in use.
    public var themeNames: [String] = ["default"]
    public var themeIndex = 0
    /// First alarm-list line on screen, and the list as of the last snapshot.
    public var alarmTop = 0
    /// Group lines shown expanded (members indented under them).
    public var expandedGroups: Set<AlarmGroupID> = []
    /// The one-line input in the footer, when open (keys typed into it are not actions).
    public var prompt: Prompt?
    /// The fault menu's highlighted kind, when the menu is open.
    public var faultMenu: Int?
    /// A one-line message for the footer (confirmations, errors); cleared by the next key.
    public var message: String?
    /// Why the alarm journal could not be opened, when it could not (the console runs
    /// without one and shows JOURNAL FAILED).
    public var journalOpenFailure: String?
    /// The fleet table's filter.
    public var filter: ConsoleFilter?
    /// The alarm list's filter (`/` in view 4): text an alarm's satellite, parameter or
    /// severity must contain.
    public var alarmFilter: String?
    /// The alarm the alarm-list selection follows after an alarm key acted on it (the
    /// list reorders as states change); cleared when the operator moves the selection.
    public var alarmFocus: AlarmKey?
    /// The fleet table's columns, in order (config `columns:`; the chooser edits them).
    public var columns: [TableColumn] = TableColumn.standard
    /// The column chooser's highlighted line, when it is open.
    public var columnChooser: Int?
    /// The terminal's background and the background each theme is made for (nil: any):
    /// `t` skips themes made for the other background.
    public var terminalBackground: ThemeBackground = .dark
    public var themeBackgrounds: [ThemeBackground?] = []
    /// A satellite id asked for with `g`, until the engine answers.
    public var pendingLookup: String?
    /// Unacknowledged alarms and simulation time when the operator last looked at the
    /// alarm list (view 4 or an alarm key): more than this is "new" and blinks.
    public var unacknowledgedAtLook = 0
    public var lookSeconds = 0.0
    /// What the last snapshot said (see `FrameData`).
    public var frame = FrameData()
    /// The past on screen (nil: live), and what the live run says about its history.
    public var rewind: RewindState?
    public var live = LiveClock()
    /// The plots view's window and subject (false: the selected satellite; true: the fleet).
    public var plotWindow: PlotWindow = .sixHours
    public var plotsShowFleet = false
    /// The event log: its search (nil: every event) and how many events up from the newest
    /// the bottom line shows (0: follows the newest).
    public var eventSearch: String?
    public var eventScroll = 0
    /// Whether the event log holds events older than those on screen (last page read).
    public var eventHasOlder = false
    public var showHelp = false
    public var quitRequested = false
    public var keyMap: KeyMap

    public init(size: Size, keyMap: KeyMap = .standard) {
        self.size = size
        self.keyMap = keyMap
    }

    /// Most satellites pinned at once: each is archived every tick, so the archive's
    /// full-rate rows stay a handful per tick.
    public static let maximumPins = 8

    /// The satellites the archive keeps every tick: the selected and the pinned ones,
    /// ascending, each once.
    public var archivedEveryTick: [Int] { Array(Set(pinned + [selected])).sorted() }

    /// The smallest terminal the console draws in.
    public static let minimumSize = Size(width: 80, height: 24)

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// The theme in use.
    public var themeName: String { themeNames.indices.contains(themeIndex) ? themeNames[themeIndex] : "default" }

    /// Rows of the fleet table that fit: the screen less header, column titles and footer.
    public var tableRows: Int { max(1, size.height - ConsoleLayout.chromeRows) }

    /// Rows in the table's order: the filter's matches, or the whole fleet.
    public var tableTotal: Int { filter != nil ? (frame.filterMatchCount ?? satelliteCount) : satelliteCount }

    /// Whether table positions differ from fleet indices (sorted or filtered).
    public var isReordered: Bool { sort != nil || filter != nil }

    /// Lines of the alarm list that fit (the KPI panel takes the bottom when tall enough).
    public var alarmRows: Int { AlarmListView.listRows(in: ConsoleLayout.contentArea(size)) }

    /// The event-log page to read for the screen (view 7).
    public var eventQuery: JournalEventQuery {
        JournalEventQuery(search: eventSearch, offsetFromNewest: eventScroll,
                          count: EventLogView.listRows(in: ConsoleLayout.contentArea(size)))
    }

    /// Whether unacknowledged alarms arrived since the operator last looked.
    public var hasNewAlarms: Bool { frame.unacknowledged > unacknowledgedAtLook }

    /// What the engine should publish for this state: the table window always
    /// (the overview and the selection need it), plus the current view's data.
    public var viewRequest: ViewRequest {
        var request = ViewRequest(firstRow: scrollTop, rowCount: tableRows, selected: selected, sort: sort,
                                  filter: filter?.engineFilter, lookupID: pendingLookup)
        request.alarmFilter = alarmFilter
        request.alarmFocus = alarmFocus
        let content = ConsoleLayout.contentArea(size)
        switch view {
        case .map:
            let mapArea = MapView.mapArea(in: content)
            request.map = MapRequest(columns: mapArea.width * 2, rows: mapArea.height * 4)
        case .constellation:
            let grid = ConstellationView.gridCapacity(in: content)
            request.heatmap = HeatmapRequest(shell: heatmapShell, metric: heatmapMetric,
                                             maxColumns: grid.width, maxRows: grid.height)
        case .alarms:
            request.alarmFirstLine = alarmTop
            request.alarmLineCount = alarmRows
            request.includeHiddenAlarms = true  // shelved lines stay listed, marked SHELVED
        case .plots:
            let window = plotWindow.seconds(orbitSeconds: frame.orbitSeconds)
            request.plot = PlotRequest(windowSeconds: window, columns: PlotsView.plotColumns(in: content),
                                       overlay: pinned)
        case .catalog:
            request.catalogFirstRow = catalogTop
            request.catalogRowCount = CatalogView.rows(in: content)
        case .latency:
            request.latency = LatencyRequest(firstRoute: latencyTop, routeCount: LatencyView.listRows(in: content),
                                             selected: latencySelected, sparklinePoints: LatencyView.sparklinePoints)
        case .overview, .detail, .events:
            break
        }
        return request
    }
}

/// Something that happened to the console.
public enum AppAction: Sendable, Hashable {
    case keyPressed(Key)
    case resized(Size)
    case snapshotArrived(satelliteCount: Int)
    /// The scenario's designed-shell count, once known.
    case shellsKnown(Int)
    /// The fleet indices of the table window starting at position `firstRow` (sorted tables).
    case windowArrived(firstRow: Int, indices: [Int])
    /// What the newest snapshot says that `update` needs (alarms on screen, orbit, lookups).
    case frameArrived(FrameData)
    /// The live run's clock and rewind history, while the screen may show the past.
    case liveArrived(LiveClock)
    /// An event-log page arrived; whether older events exist before it.
    case eventPageArrived(hasOlder: Bool)
}
