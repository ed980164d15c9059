@testable import ConstellationSim
import Testing

/// What the console's operator views ask of the query service (issue 13): ids named
/// within their shell, the alarm list filtered and located, groups by cause.
@Suite struct QueryOperatorTests {
    /// `P07-S12` names one satellite per shell that has it: one is the answer, several
    /// are candidates; an exact full id always wins.
    @Test func shellRelativeIDsResolveOrOfferCandidates() {
        var frame = randomFrame(4, seed: 1)
        frame.identity.ids = ["sso-650/P07-S12", "m500-30/P07-S12", "m500-30/P07-S13", "P07-S14"]
        let twice = frame.lookup("p07-s12")
        #expect(twice.index == nil)
        #expect(twice.candidates == [SatelliteCandidate(id: "sso-650/P07-S12", index: 0),
                                     SatelliteCandidate(id: "m500-30/P07-S12", index: 1)])
        #expect(frame.lookup("P07-S13") == SatelliteLookup(id: "P07-S13", index: 2))
        #expect(frame.lookup("m500-30/P07-S12") == SatelliteLookup(id: "m500-30/P07-S12", index: 1))
        #expect(frame.lookup("P07-S14").index == 3)
        #expect(frame.lookup("P99-S1") == SatelliteLookup(id: "P99-S1", index: nil))
        let snapshot = frame.snapshot(for: ViewRequest(lookupID: "P07-S12"))
        #expect(snapshot.lookup?.candidates.count == 2)
        #expect(snapshot.longestIDLength == 15)
    }

    /// Six satellites enter SAFE: three for a radiator failure, three for an energy
    /// short. Two causes, two groups — never one MODE_CHANGE group folding both.
    @Test func modeChangeGroupsFoldOneCauseEach() {
        var book = AlarmBook(satelliteCount: 6, limits: .default)
        book.beginTick(1, simSeconds: 10)
        for s in 0..<6 { book.evaluate(satellite: s, parameter: .modeChange, value: Double(OperatingMode.safe.rawValue)) }
        _ = book.endTick()
        let causes: [ModeCause] = [.radiatorLoopFailed, .energyShort, .radiatorLoopFailed, .energyShort,
                                   .radiatorLoopFailed, .energyShort]
        let lines = AlarmBook.alarmList(records: book.records, firstOut: nil, groupingThreshold: 3, includeHidden: false) {
            key, _ in AlarmCauseClass(mode: .safe, cause: causes[key.satellite])
        }
        let groups = lines.compactMap { line -> AlarmGroup? in if case .group(let g) = line { g } else { nil } }
        #expect(groups.count == 2)
        #expect(Set(groups.compactMap(\.causeClass?.cause)) == [.radiatorLoopFailed, .energyShort])
        for g in groups {
            #expect(g.memberCount == 3)
            #expect(g.members.allSatisfy { causes[$0.key.satellite] == g.causeClass?.cause })
        }
        // Without classes (other parameters) they fold into one.
        let folded = book.alarmList(groupingThreshold: 3)
        #expect(folded.count == 1)
    }

    /// The alarm filter keeps lines whose satellite, parameter or severity contains the
    /// text; a group keeps its matching members; `locate` finds a key's line and member.
    @Test func alarmFilterAndLocate() {
        var book = AlarmBook(satelliteCount: 5, limits: LimitSet(all: ParameterLimits(highWarning: 90, highCritical: 100)))
        book.beginTick(1, simSeconds: 10)
        book.evaluate(satellite: 0, parameter: .acceleratorTemp, value: 105)
        for s in 1...4 { book.evaluate(satellite: s, parameter: .radiatorTemp, value: 95) }
        _ = book.endTick()
        let ids = ["a/P1-S1", "a/P1-S2", "b/P1-S3", "b/P2-S1", "b/P2-S2"]
        let lines = book.alarmList(groupingThreshold: 3)
        #expect(lines.count == 2)
        let byShell = QueryCaches.filtered(lines, "b/", ids: ids)
        guard case .group(let g)? = byShell.first else {
            Issue.record("the radiator group stays, with its members in shell b")
            return
        }
        #expect(byShell.count == 1)
        #expect(g.memberCount == 3 && g.members.map(\.key.satellite) == [2, 3, 4])
        #expect(QueryCaches.filtered(lines, "accel", ids: ids).count == 1)
        #expect(QueryCaches.filtered(lines, "critical", ids: ids).count == 1)
        #expect(QueryCaches.filtered(lines, "nothing", ids: ids).isEmpty)
        let member = AlarmKey(satellite: 3, parameter: .radiatorTemp)
        let located = SnapshotBuilder.locate(member, in: lines)
        #expect(located.line == 1 && located.member == 2)
        #expect(SnapshotBuilder.locate(AlarmKey(satellite: 0, parameter: .acceleratorTemp), in: lines).line == 0)
        #expect(SnapshotBuilder.locate(AlarmKey(satellite: 0, parameter: .seuRate), in: lines).line == nil)
    }

    /// Comments and shelve ends reach the list entries.
    @Test func entriesCarryCommentsAndShelveEnds() {
        var book = AlarmBook(satelliteCount: 1, limits: LimitSet(all: ParameterLimits(highWarning: 90, highCritical: 100)))
        book.beginTick(1, simSeconds: 10)
        book.evaluate(satellite: 0, parameter: .acceleratorTemp, value: 95)
        _ = book.endTick()
        let key = AlarmKey(satellite: 0, parameter: .acceleratorTemp)
        book.apply(AlarmCommand(simSeconds: 20, operatorName: "op", action: .acknowledge(key, comment: "pump swap")))
        #expect(book.entry(key)?.comment == "pump swap")
        book.apply(AlarmCommand(simSeconds: 30, operatorName: "op", action: .shelve(key, durationSeconds: 600)))
        #expect(book.entry(key)?.shelvedUntilSeconds == 630)
        #expect(book.entry(key)?.comment == "pump swap", "a shelve without a comment keeps the last one")
    }
}
