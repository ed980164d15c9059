import Foundation
import OrbitOpsFuzz
#if canImport(Glibc)
import Glibc
#endif

// orbitops-fuzz TARGET [--seconds N] [--cases N] [--seed N] [--corpus DIR] [--crashes DIR]
//               [--stats FILE] [--timeout SECONDS]
// orbitops-fuzz list
//
// Runs one fuzz target (see FuzzTargets.all). A non-clean error path is saved to
// --crashes and counted; a trap or signal (or a case running longer than --timeout)
// saves the input from the signal handler and ends the process by that signal, which
// Tools/fuzz.sh counts and restarts with the next seed. Prints `TARGET cases N
// accepted N unclean N` at the end, and writes the same line to --stats every second.

func usage(_ message: String) -> Never {
    FileHandle.standardError.write(Data("orbitops-fuzz: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let targetName = arguments.first else { usage("name a target: \(FuzzTargets.all.map(\.name).joined(separator: ", ")) or list") }
arguments.removeFirst()
if targetName == "list" {
    print(FuzzTargets.all.map(\.name).joined(separator: "\n"))
    exit(0)
}
guard let target = FuzzTargets.named(targetName) else {
    usage("no target '\(targetName)'; targets: \(FuzzTargets.all.map(\.name).joined(separator: ", "))")
}
var seconds: Double?
var maximumCases: Int?
var seed: UInt64 = 1
var corpusDirectory = "Tools/fuzz/corpus"
var crashDirectory = "fuzz-crashes"
var statsPath: String?
var timeoutS: UInt32 = 20
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard let value = arguments.first else { usage("\(flag) needs a value") }
    arguments.removeFirst()
    switch flag {
    case "--seconds": guard let v = Double(value), v.isFinite, v >= 0 else { usage("--seconds '\(value)': use a number ≥ 0") }
        seconds = v
    case "--cases": guard let v = Int(value), v >= 0 else { usage("--cases '\(value)': use a whole number ≥ 0") }
        maximumCases = v
    case "--seed": guard let v = UInt64(value) else { usage("--seed '\(value)': use a whole number 0…2^64−1") }
        seed = v
    case "--corpus": corpusDirectory = value
    case "--crashes": crashDirectory = value
    case "--stats": statsPath = value
    case "--timeout": guard let v = UInt32(value), v > 0 else { usage("--timeout '\(value)': use whole seconds ≥ 1") }
        timeoutS = v
    default: usage("unknown flag \(flag)")
    }
}

let corpus = FuzzRunner.corpus(of: target, in: corpusDirectory)
if corpus.isEmpty { usage("no corpus in \(corpusDirectory)/\(target.name)") }
do {
    try FileManager.default.createDirectory(atPath: crashDirectory, withIntermediateDirectories: true)
} catch {
    usage("cannot create \(crashDirectory): \(error.localizedDescription)")
}
let workspace: FuzzWorkspace
do {
    workspace = try FuzzWorkspace(directory: NSTemporaryDirectory() + "orbitops-fuzz-\(getpid())")
} catch {
    usage("cannot create a scratch directory: \(error.localizedDescription)")
}

// What the signal handler needs, prepared outside it (it may only call write/open/close).
nonisolated(unsafe) var currentInput = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 20)
nonisolated(unsafe) var currentCapacity = 1 << 20
nonisolated(unsafe) var currentCount = 0
nonisolated(unsafe) let signalCrashPath = strdup("\(crashDirectory)/\(target.name)-seed\(seed)-signal.\(target.fileExtension)")
nonisolated(unsafe) let hangNote = strdup("orbitops-fuzz: a case ran past the timeout (hang)\n")
nonisolated(unsafe) let trapNote = strdup("orbitops-fuzz: the case trapped\n")

let onSignal: @convention(c) (Int32) -> Void = { signal in
    if let path = signalCrashPath {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd >= 0 {
            _ = write(fd, currentInput, currentCount)
            close(fd)
        }
    }
    if let note = signal == SIGALRM ? hangNote : trapNote { _ = write(2, note, strlen(note)) }
    if signal == SIGALRM { _exit(124) }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
for s in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGALRM] { _ = signal(s, onSignal) }

func line(_ r: FuzzRunner) -> String { "\(r.target.name) cases \(r.cases) accepted \(r.accepted) unclean \(r.unclean)" }

var runner = FuzzRunner(target: target, corpus: corpus, seed: seed, workspace: workspace)
var saved = 0
runner.run(
    until: seconds.map { Date().addingTimeInterval($0) }, maximumCases: maximumCases,
    willRun: { input in
        if input.count > currentCapacity {
            currentInput.deallocate()
            currentCapacity = input.count
            currentInput = .allocate(capacity: currentCapacity)
        }
        input.withUnsafeBufferPointer { if let base = $0.baseAddress { currentInput.update(from: base, count: input.count) } }
        currentCount = input.count
        alarm(timeoutS)
    },
    found: { input, reason in
        saved += 1
        let path = "\(crashDirectory)/\(target.name)-seed\(seed)-unclean\(saved).\(target.fileExtension)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(input))
        _ = FileManager.default.createFile(atPath: path + ".why", contents: Data((reason + "\n").utf8))
        FileHandle.standardError.write(Data("orbitops-fuzz: \(target.name): \(reason) (saved \(path))\n".utf8))
    },
    progress: { r in
        if let statsPath { _ = FileManager.default.createFile(atPath: statsPath, contents: Data((line(r) + "\n").utf8)) }
    })
alarm(0)
try? FileManager.default.removeItem(atPath: workspace.directory)
print(line(runner))
exit(runner.unclean == 0 ? 0 : 1)
