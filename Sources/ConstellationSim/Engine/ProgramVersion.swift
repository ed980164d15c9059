/// The program's version, written into every journal: a run is reproduced bit for bit
/// by the same version from the same scenario, seed and command log. Bump the
/// model revision whenever a change alters any model's numbers.
public enum ProgramVersion {
    /// `orbitops <release>+models.<revision>`.
    public static let current = "0.2.0+models.1"
}
