#!/bin/sh
# The screening benchmark: `orbitops screen` 24 h all-vs-all at 5 km of the 15,000-object
# mix (10,000 in Starlink-like shells, 5,000 random LEO/MEO/GEO), release build.
#   Benchmarks/screen_bench.sh [RUNS] [BINARY]
# Prints each run's wall time and the median; the encounter count of the last run.
set -eu
runs=${1:-5}
bin=${2:-.build/release/orbitops}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$(dirname "$0")/make_screen_mix.py" "$dir/mix.tle"
times=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s.%N)
    "$bin" screen "$dir/mix.tle" --window 1d --threshold 5km --output "$dir/out.csv"
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    echo "run $((i + 1)): ${t} s"
    times="$times $t"
    i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { printf "median of %d runs: %.2f s\n", NR, (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
echo "rows: $(($(wc -l < "$dir/out.csv") - 1))"
