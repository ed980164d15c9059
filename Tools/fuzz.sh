#!/usr/bin/env bash
# Fuzz every target of orbitops-fuzz (Sources/OrbitOpsFuzz) for SECONDS each.
#
# Usage: Tools/fuzz.sh SECONDS [--jobs N] [--targets tle,omm,...] [--out DIR] [--no-build]
#                              [--bin PATH]   (an orbitops-fuzz already built, e.g. debug)
#
# Builds orbitops-fuzz (release), then runs each target for SECONDS of wall time, N
# targets at once (default: the number of cores). A target process that traps or is
# killed by a signal (or hangs past the per-case timeout) has its input saved by its
# signal handler and is restarted with the next seed; a non-clean error path is saved
# and counted without a restart. Crash inputs go to DIR/crashes (default .build/fuzz),
# each with a .why file for non-clean errors. At the end a Markdown table: target,
# seconds, cases, crashes (signals + non-clean errors). Exit 0 when no target crashed.
#
# `swift test` runs a short deterministic smoke of every target (FuzzSmokeTests); CI
# does not need this script.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "fuzz.sh: $*" >&2; exit 2; }

[ $# -ge 1 ] || die "usage: Tools/fuzz.sh SECONDS [--jobs N] [--targets a,b] [--out DIR] [--no-build]"
seconds=$1; shift
[[ $seconds =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || die "SECONDS '$seconds' is not a whole number of seconds ≥ 1"
jobs=$(nproc 2>/dev/null || echo 2)
targets=""
out=$root/.build/fuzz
build=1
bin=""
while [ $# -gt 0 ]; do
    case "$1" in
        --jobs) jobs=${2:?}; shift 2 ;;
        --targets) targets=${2:?}; shift 2 ;;
        --out) out=${2:?}; shift 2 ;;
        --no-build) build=0; shift ;;
        --bin) bin=${2:?}; build=0; shift 2 ;;
        *) die "unknown argument '$1'" ;;
    esac
done
[[ $jobs =~ ^[0-9]+$ ]] && [ "$jobs" -gt 0 ] || die "--jobs '$jobs' is not a whole number ≥ 1"

cd "$root" || exit 2
if [ "$build" = 1 ]; then
    swift build -c release --product orbitops-fuzz >&2 || die "the build failed"
fi
[ -n "$bin" ] || bin=$(swift build -c release --show-bin-path)/orbitops-fuzz
[ -x "$bin" ] || die "no orbitops-fuzz at $bin (build it, or drop --no-build)"
[ -n "$targets" ] || targets=$("$bin" list | paste -sd, -)
mkdir -p "$out/crashes" "$out/stats" || die "cannot create $out"

# fuzz_one TARGET: runs TARGET for $seconds, restarting after each signal; writes
# "TARGET SECONDS CASES CRASHES" to $out/stats/TARGET.result.
fuzz_one() {
    local target=$1 seed=1 cases=0 crashes=0 start now left status stats last
    stats=$out/stats/$target.stats
    start=$(date +%s)
    while :; do
        now=$(date +%s); left=$(( seconds - (now - start) ))
        [ "$left" -gt 0 ] || break
        rm -f "$stats"
        "$bin" "$target" --seconds "$left" --seed "$seed" --corpus "$root/Tools/fuzz/corpus" \
            --crashes "$out/crashes" --stats "$stats" > "$out/stats/$target.out" 2>> "$out/stats/$target.err"
        status=$?
        last=$(tail -n 1 "$stats" 2>/dev/null)
        # "<target> cases N accepted N unclean N"
        cases=$(( cases + $(echo "$last" | awk '{print ($3 == "" ? 0 : $3)}') ))
        crashes=$(( crashes + $(echo "$last" | awk '{print ($7 == "" ? 0 : $7)}') ))
        if [ "$status" -gt 1 ]; then
            crashes=$(( crashes + 1 ))   # a trap, a signal or a hang: its input is in crashes/
            echo "fuzz.sh: $target seed $seed ended with status $status (input saved in $out/crashes)" >&2
        fi
        seed=$(( seed + 1 ))
        [ "$status" -gt 1 ] || break
    done
    echo "$target $(( $(date +%s) - start )) $cases $crashes" > "$out/stats/$target.result"
}

running=0
for target in ${targets//,/ }; do
    fuzz_one "$target" &
    running=$(( running + 1 ))
    if [ "$running" -ge "$jobs" ]; then wait -n; running=$(( running - 1 )); fi
done
wait

total=0
echo "| target | seconds | cases | crashes |"
echo "|---|---|---|---|"
for target in ${targets//,/ }; do
    read -r name secs cases crashes < "$out/stats/$target.result" || { echo "| $target | — | — | no result |"; total=1; continue; }
    echo "| $name | $secs | $cases | $crashes |"
    [ "$crashes" = 0 ] || total=1
done
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u '+%Y-%m-%d %H:%M UTC'), crash inputs in $out/crashes"
exit $total
