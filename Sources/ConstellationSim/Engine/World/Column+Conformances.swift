// The per-satellite state types are plain values (numbers and payload-free enums), so
// the column store can hold them in raw buffers and checkpoint them as bytes. Declared
// here, in one place, because public types need the conformance spelled out.
extension OrbitKind: BitwiseCopyable {}
extension BatteryState: BitwiseCopyable {}
extension ThermalState: BitwiseCopyable {}
extension RadiationState: BitwiseCopyable {}
extension FaultKind: BitwiseCopyable {}
extension FaultState: BitwiseCopyable {}
extension ModeCause: BitwiseCopyable {}
extension ModeState: BitwiseCopyable {}
extension OperatingMode: BitwiseCopyable {}
extension PowerVerdict: BitwiseCopyable {}
extension AlarmSuppression: BitwiseCopyable {}
extension SGP4IntegratorCache: BitwiseCopyable {}
