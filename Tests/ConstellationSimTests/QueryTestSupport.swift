@testable import ConstellationSim

/// SplitMix64: a small seeded generator so random fleets are the same on every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A frame of `n` fictitious satellites with random column values: coarse values so
/// that ties are common, and NaN in the telemetry of FAILED satellites.
func randomFrame(_ n: Int, seed: UInt64, serial: UInt64 = 1) -> EngineFrame {
    var rng = SeededRandom(seed: seed)
    let groups = ["alpha", "beta", "gamma"]
    var shell: [Int32] = [], ids: [String] = []
    for i in 0..<n {
        let g = Int32(i % 3)
        shell.append(g)
        ids.append("\(groups[Int(g)])/P\(i / 50 + 1)-S\(i % 50 + 1)")
    }
    let identity = FleetIdentity(ids: ids, groupNames: groups, shellIndex: shell,
                                 plane: (0..<n).map { Int32($0 / 50) }, slot: (0..<n).map { Int32($0 % 50) },
                                 spacecraftClass: Array(repeating: 0, count: n))
    var frame = EngineFrame(
        serial: serial, scenarioName: "random", tick: 7, simSeconds: 70, time: tinyScenario.epoch, dtSeconds: 10,
        runState: .paused, speed: .multiple(1), ticksPerSecond: 0, journal: nil, aggregates: FleetAggregates(),
        identity: identity, columns: FrameColumns(), alarms: AlarmFrame(), scenario: tinyScenario,
        propagators: [], catalogRecords: [])
    frame.columns = randomColumns(n, &rng)
    return frame
}

/// Random columns for `n` satellites (see `randomFrame`).
func randomColumns(_ n: Int, _ rng: inout SeededRandom) -> FrameColumns {
    var c = FrameColumns()
    func coarse(_ range: ClosedRange<Double>, _ step: Double) -> Double {
        (Double.random(in: range, using: &rng) / step).rounded() * step
    }
    c.mode = (0..<n).map { _ in OperatingMode.allCases.randomElement(using: &rng) ?? .nominal }
    c.modeCause = Array(repeating: .none, count: n)
    c.latitudeDeg = (0..<n).map { _ in coarse(-90...90, 0.5) }
    c.longitudeDeg = (0..<n).map { _ in coarse(-180...180, 0.5) }
    c.altitudeKm = (0..<n).map { _ in coarse(500...600, 1) }
    let failed = c.mode.map { $0 == .failed }
    func telemetry(_ range: ClosedRange<Double>, _ step: Double) -> [Double] {
        (0..<n).map { failed[$0] ? .nan : coarse(range, step) }
    }
    c.batterySOC = telemetry(0...1, 0.05)
    c.netPowerW = telemetry(-500...500, 50)
    c.acceleratorTempC = telemetry(-20...110, 5)
    c.radiatorTempC = telemetry(-40...90, 5)
    c.utilization = (0..<n).map { _ in coarse(0...1, 0.1) }
    c.seuTotal = (0..<n).map { _ in Int.random(in: 0...5, using: &rng) }
    c.linkMask = (0..<n).map { _ in UInt8.random(in: 0...15, using: &rng) }
    c.groundContact = Array(repeating: -1, count: n)
    c.solarW = Array(repeating: 0, count: n)
    c.loadW = Array(repeating: 0, count: n)
    c.betaDeg = Array(repeating: 0, count: n)
    return c
}

/// The table order by the definition, independently of the engine's keys: smaller
/// (or, descending, larger) values first, NaN last, ties in fleet order.
func referenceOrder(_ frame: EngineFrame, _ sort: RowSort) -> [Int] {
    let value: (Int) -> Double
    switch sort.key {
    case .index: return sort.descending ? Array((0..<frame.count).reversed()) : Array(0..<frame.count)
    case .shell: value = { Double(frame.identity.shellIndex[$0]) }
    case .plane: value = { Double(frame.identity.plane[$0]) }
    case .slot: value = { Double(frame.identity.slot[$0]) }
    default:
        guard let column = sort.key.column else { return Array(0..<frame.count) }
        value = { frame.columns.value(column, $0) }
    }
    return (0..<frame.count).sorted { a, b in
        let va = value(a), vb = value(b)
        if va.isNaN || vb.isNaN { return va.isNaN == vb.isNaN ? a < b : vb.isNaN }
        if va != vb { return sort.descending ? va > vb : va < vb }
        return a < b
    }
}

/// Every sort the table offers, both directions.
let everySort = RowSortKey.allCases.flatMap { [RowSort(key: $0), RowSort(key: $0, descending: true)] }
