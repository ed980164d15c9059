#!/usr/bin/env bash
# Engine tick rate and cost per phase across fleet sizes, release build, median of runs.
#
#   Benchmarks/tick_rates.sh [RUNS] [THREADS]
#
# For 1k, 10k, 100k (the default scenario scaled) and 1M (the megaconstellation
# built-in), runs `orbitops bench` RUNS times (default 3) and prints the median ticks/s,
# ns per satellite-tick, frame + first sorted answer, and RSS. THREADS defaults to all
# cores. Every row is measured in the same run of this script, on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
threads="${2:-}"
swift build -c release --product orbitops >/dev/null
bin="$(swift build -c release --show-bin-path)/orbitops"
thread_flag=()
[[ -n "$threads" ]] && thread_flag=(--threads "$threads")

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf "%-10s %10s %10s %12s %14s %12s %12s\n" satellites "ticks/s" "ns/sat-tick" "frame ms" "1st answer ms" "RSS B/sat" "peak B/sat"
for spec in "default 1000 40" "default 10000 20" "default 100000 10" "megaconstellation - 6"; do
    read -r scenario size ticks <<<"$spec"
    size_flag=()
    [[ "$size" != "-" ]] && size_flag=(--satellites "$size")
    out=()
    for _ in $(seq "$runs"); do
        out+=("$("$bin" bench --scenario "$scenario" "${size_flag[@]}" --ticks "$ticks" "${thread_flag[@]}" --json)")
    done
    field() { printf '%s\n' "${out[@]}" | python3 -c "import sys, json; [print(json.loads(l)['$1']) for l in sys.stdin]" | median; }
    n="$(printf '%s\n' "${out[0]}" | python3 -c "import sys, json; print(json.loads(sys.stdin.read())['satellites'])")"
    printf "%-10s %10.2f %10.1f %12.1f %14.1f %12.0f %12.0f\n" "$n" "$(field ticks_per_second)" \
        "$(field ns_per_satellite_tick)" "$(field frame_ms_median)" "$(field first_sorted_answer_ms_median)" \
        "$(field steady_rss_bytes_per_satellite)" "$(field peak_rss_bytes_per_satellite)"
done
