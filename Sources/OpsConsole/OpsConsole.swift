public enum OpsConsoleInfo { public static let name = "OrbitOps" }
