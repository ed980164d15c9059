import Testing
@testable import ConstellationSim

/// One step of a state-machine case: a sample of the alarm's value or an operator command.
enum AlarmStep: Sendable, CustomStringConvertible {
    case sample(Double)
    case ack, reset, unshelve, outOfService, returnToService
    case shelve(Double)

    var description: String {
        switch self {
        case .sample(let v): "\(v)"
        case .ack: "ack"
        case .reset: "reset"
        case .unshelve: "unshelve"
        case .outOfService: "oos"
        case .returnToService: "rts"
        case .shelve(let s): "shelve \(s)s"
        }
    }
}

/// A case: steps (one per tick) and the single transition expected from the last step
/// (nil: the last step must change nothing).
struct StateMachineCase: Sendable, CustomTestStringConvertible {
    var name: String
    var latching = false
    var steps: [AlarmStep]
    var expected: (AlarmState, AlarmState, AlarmTransitionCause, AlarmSeverity)?

    var testDescription: String { name }
}

@Suite struct AlarmStateMachineTests {
    static let key = AlarmKey(satellite: 1, parameter: .acceleratorTemp)

    // Limits: warning ≥ 90 (WARNING), critical ≥ 100 (CRITICAL); 50 is normal, 95 warning, 105 critical.
    static let cases: [StateMachineCase] = [
        .init(name: "normal → unacked on activation", steps: [.sample(95)], expected: (.normal, .unacked, .activated, .warning)),
        .init(name: "unacked → acked on ack", steps: [.sample(95), .ack], expected: (.unacked, .acked, .acknowledged, .warning)),
        .init(name: "acked → normal on return", steps: [.sample(95), .ack, .sample(50)], expected: (.acked, .normal, .returned, .warning)),
        .init(name: "unacked → rtn_unacked on return", steps: [.sample(95), .sample(50)], expected: (.unacked, .rtnUnacked, .returned, .warning)),
        .init(name: "rtn_unacked → normal on ack", steps: [.sample(95), .sample(50), .ack], expected: (.rtnUnacked, .normal, .acknowledged, .warning)),
        .init(name: "rtn_unacked → unacked on re-alarm", steps: [.sample(95), .sample(50), .sample(95)], expected: (.rtnUnacked, .unacked, .activated, .warning)),
        .init(name: "acked → unacked on escalation", steps: [.sample(95), .ack, .sample(105)], expected: (.acked, .unacked, .escalated, .critical)),
        .init(name: "unacked escalation changes severity", steps: [.sample(95), .sample(105)], expected: (.unacked, .unacked, .escalated, .critical)),
        .init(name: "de-escalation stays acked", steps: [.sample(105), .ack, .sample(95)], expected: (.acked, .acked, .deescalated, .warning)),
        .init(name: "latching unacked → latched", latching: true, steps: [.sample(95), .sample(50)], expected: (.unacked, .latched, .returned, .warning)),
        .init(name: "latching acked → latched", latching: true, steps: [.sample(95), .ack, .sample(50)], expected: (.acked, .latched, .returned, .warning)),
        .init(name: "latched → normal on reset", latching: true, steps: [.sample(95), .sample(50), .reset], expected: (.latched, .normal, .reset, .warning)),
        .init(name: "latched → unacked on re-alarm", latching: true, steps: [.sample(95), .sample(50), .sample(95)], expected: (.latched, .unacked, .activated, .warning)),
        .init(name: "latched ignores ack", latching: true, steps: [.sample(95), .sample(50), .ack], expected: nil),
        .init(name: "reset of an active latching alarm does nothing", latching: true, steps: [.sample(95), .reset], expected: nil),
        .init(name: "unacked → shelved", steps: [.sample(95), .shelve(600)], expected: (.unacked, .shelved, .shelved, .warning)),
        .init(name: "normal → shelved (pre-emptive)", steps: [.sample(50), .shelve(600)], expected: (.normal, .shelved, .shelved, .watch)),
        .init(name: "unshelve while active → unacked", steps: [.sample(95), .shelve(600), .unshelve], expected: (.shelved, .unacked, .unshelved, .warning)),
        .init(name: "unshelve after clear → normal", steps: [.sample(95), .shelve(600), .sample(50), .unshelve], expected: (.shelved, .normal, .unshelved, .warning)),
        .init(name: "shelved ignores activation", steps: [.shelve(600), .sample(95)], expected: nil),
        .init(name: "unacked → out of service", steps: [.sample(95), .outOfService], expected: (.unacked, .outOfService, .removedFromService, .warning)),
        .init(name: "return to service while active → unacked", steps: [.sample(95), .outOfService, .returnToService], expected: (.outOfService, .unacked, .returnedToService, .warning)),
        .init(name: "return to service after clear → normal", steps: [.sample(95), .outOfService, .sample(50), .returnToService], expected: (.outOfService, .normal, .returnedToService, .warning)),
        .init(name: "out of service ignores activation", steps: [.outOfService, .sample(95)], expected: nil),
        .init(name: "shelve refused out of service", steps: [.sample(95), .outOfService, .shelve(600)], expected: nil),
        .init(name: "ack of a normal alarm does nothing", steps: [.sample(50), .ack], expected: nil),
        .init(name: "ack of an acked alarm does nothing", steps: [.sample(95), .ack, .ack], expected: nil),
        .init(name: "ack of a shelved alarm does nothing", steps: [.sample(95), .shelve(600), .ack], expected: nil),
        .init(name: "unchanged sample does nothing", steps: [.sample(95), .sample(96)], expected: nil),
    ]

    @Test(arguments: cases)
    func transition(_ c: StateMachineCase) {
        var limits = testLimits
        limits.latching = c.latching
        var book = makeBook(limits: limits)
        var last: [AlarmTransition] = []
        for (tick, step) in c.steps.enumerated() {
            var commands: [AlarmCommand.Action] = []
            var samples: [(Int, AlarmParameter, Double)] = []
            let k = Self.key
            switch step {
            case .sample(let v): samples = [(k.satellite, k.parameter, v)]
            case .ack: commands = [.acknowledge(k, comment: "seen")]
            case .reset: commands = [.resetLatched(k)]
            case .unshelve: commands = [.unshelve(k)]
            case .outOfService: commands = [.removeFromService(k, comment: "sensor swap")]
            case .returnToService: commands = [.returnToService(k)]
            case .shelve(let s): commands = [.shelve(k, durationSeconds: s)]
            }
            last = book.runTick(tick, commands: commands, samples: samples)
        }
        guard let (from, to, cause, severity) = c.expected else {
            #expect(last.isEmpty)
            return
        }
        #expect(last.count == 1)
        guard let t = last.first else { return }
        #expect(t.from == from && t.to == to && t.cause == cause && t.severity == severity)
        #expect(t.key == Self.key)
        #expect(t.simSeconds == Double(c.steps.count - 1) * 10)
        #expect(book.state(of: Self.key) == to)
        // Operator transitions carry the operator's name, process ones do not.
        #expect((t.operatorName == "op") == cause.isOperator)
    }

    @Test func transitionCarriesValueLimitAndComment() {
        var book = makeBook()
        let k = Self.key
        let raised = book.runTick(0, samples: [(1, .acceleratorTemp, 101.5)])
        #expect(raised.first?.value == 101.5 && raised.first?.limit == 100)
        let acked = book.runTick(1, commands: [.acknowledge(k, comment: "fan check")])
        #expect(acked.first?.comment == "fan check" && acked.first?.operatorName == "op")
        // Return: value at return, limit of the level that cleared (100, with deadband 2 → 97).
        let back = book.runTick(2, samples: [(1, .acceleratorTemp, 50)])
        #expect(back.first?.value == 50 && back.first?.limit == 100 && back.first?.tick == 2)
    }

    @Test func lowSideActivationReportsTheLowLimit() {
        var book = AlarmBook(satelliteCount: 1, limits: .default)
        _ = book.runTick(0, samples: [(0, .batterySOC, 25)])
        let t = book.runTick(1, samples: [(0, .batterySOC, 25)])  // on-delay 1 → second tick
        #expect(t.map(\.cause) == [.activated])
        #expect(t.first?.limit == 30 && t.first?.severity == .warning)
    }
}
