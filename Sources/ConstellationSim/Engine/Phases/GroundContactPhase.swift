/// Ground contact: the station seeing the satellite highest above its elevation mask,
/// and minutes since the last contact. Nothing to do when the scenario has no stations.
struct GroundContactPhase: FleetPhase {
    static let name = "contacts"
    static let reads: [WorldColumn] = [.positionKm]
    static let writes: [WorldColumn] = [.groundContact, .minutesSinceContact]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        guard !context.stations.stations.isEmpty else { return }
        for i in range {
            let earthFixed = inertialToEarthFixed(w.positionKm[i], e.rotation)
            if let best = context.stations.bestContact(satelliteKm: earthFixed) {
                w.groundContact[i] = Int32(best.station)
                w.minutesSinceContact[i] = 0
            } else {
                w.groundContact[i] = -1
                w.minutesSinceContact[i] += e.dtS / 60
            }
        }
    }
}
