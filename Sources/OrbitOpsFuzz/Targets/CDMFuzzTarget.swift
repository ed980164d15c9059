import ConstellationSim

/// CCSDS CDM (KVN): the reader, then the encounter plane and both Pc methods on what it
/// accepts — what `orbitops pc` runs. Pc must come out a probability (0…1) or the plane
/// must be refused; anything else is a non-clean path.
struct CDMFuzzTarget: FuzzTarget {
    let name = "cdm"
    let fileExtension = "cdm"

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let message: ConjunctionDataMessage
        do {
            message = try CDMReader.read(String(decoding: input, as: UTF8.self))
        } catch {
            return cleanRefusal(error.description)
        }
        guard let plane = message.geometry.plane else { return .accepted }
        let radius = message.hardBodyRadiusM ?? 20
        for method in [PcMethod.foster, .chan] {
            let pc = CollisionProbability.probability(plane, hardBodyRadius: radius, method: method)
            if !(pc >= 0 && pc <= 1) && radius.isFinite && radius > 0 {
                return .unclean("\(method.rawValue) Pc \(pc) is not a probability (HBR \(radius) m)")
            }
        }
        return .accepted
    }
}
