#!/usr/bin/env bash
# SGP4 single-thread throughput: orbitops (release) against the python sgp4 package's
# C++ core (SatrecArray), on the same TLE file, same times, measured in the same run.
#
#   Benchmarks/compare_sgp4.sh [FILE.tle | mix:N | leo:N] [MINUTES] [RUNS]
#
# FILE defaults to mix:2000, a generated catalog-like mix of 2000 sets (70 % LEO with
# eccentric and decaying sets, 30 % MEO/HEO/GEO deep space; Benchmarks/make_catalog_mix.py,
# fixed seed); leo:N is the older file of N circular LEO sets (sgp4_peer.py --write-leo).
# MINUTES defaults to 0:1440:1 (every minute of a day after the latest epoch), RUNS to 7.
# Needs python3 with sgp4 and numpy (pip install sgp4 numpy).
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-mix:2000}"
minutes="${2:-0:1440:1}"
runs="${3:-7}"
case "$file" in
    mix:*) count="${file#mix:}"; file="$(mktemp -d)/mix$count.tle"
           python3 Benchmarks/make_catalog_mix.py "$count" "$file" ;;
    leo:*) count="${file#leo:}"; file="$(mktemp -d)/leo$count.tle"
           python3 Benchmarks/sgp4_peer.py --write-leo "$file" "$count" ;;
esac
IFS=: read -r start stop step <<<"$minutes"
swift build -c release --product orbitops >/dev/null
bin="$(swift build -c release --show-bin-path)/orbitops"

echo "== orbitops bench sgp4 $file --minutes $minutes --runs $runs"
swift_out="$("$bin" bench sgp4 "$file" --minutes "$minutes" --runs "$runs" --skip-invalid 2>/dev/null)"
echo "$swift_out"
echo "== python sgp4 SatrecArray"
peer_out="$(python3 Benchmarks/sgp4_peer.py "$file" --start "$start" --stop "$stop" --step "$step" --runs "$runs")"
echo "$peer_out"

swift_rate="$(sed -n 's/^median \([0-9]*\) propagations\/s.*/\1/p' <<<"$swift_out")"
peer_rate="$(sed -n 's/.*median \([0-9]*\) propagations\/s.*/\1/p' <<<"$peer_out")"
swift_cpu="$(sed -n 's/^cpu median \([0-9]*\) .*/\1/p' <<<"$swift_out")"
peer_cpu="$(sed -n 's/^cpu median \([0-9]*\) .*/\1/p' <<<"$peer_out")"
awk -v s="$swift_rate" -v p="$peer_rate" \
    'BEGIN { printf "ratio orbitops / python sgp4 = %.2f (%.0f vs %.0f propagations/s, median wall clock)\n", s / p, s, p }'
awk -v s="$swift_cpu" -v p="$peer_cpu" \
    'BEGIN { printf "ratio orbitops / python sgp4 = %.2f (%.0f vs %.0f propagations per CPU second, median)\n", s / p, s, p }'
