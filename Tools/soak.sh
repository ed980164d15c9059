#!/usr/bin/env bash
# Soak test (issue 14): does a long run leak memory or descriptors?
#
#   * headless: `orbitops simulate --scenario default` for one simulated year (as fast as
#     the engine goes), fleet telemetry every hour and the alarm journal written (alarms,
#     commands and fleet totals every tick; no per-satellite archive, `--archive-max-mb 0`,
#     which over a year would be ≈ 5·10⁸ row inserts and deletes);
#   * console:  `orbitops console --scenario default --speed 1000` for 30 minutes in tmux.
#
# Both run at once. Every --interval seconds the script samples each process's resident
# memory (VmRSS, VmHWM from /proc/PID/status) and its open descriptors (/proc/PID/fd) into
# a CSV, and at the end judges each run:
#   memory  plateau when the peak RSS of the second half after warm-up is at most 5 %
#           above the peak of the first half (warm-up: the first --warmup fraction of the
#           samples). Peaks, not single samples, because bounded caches (the console's
#           rewind copies: 256 MB, thinned by halves) make RSS a sawtooth, not a line;
#   fds     stable when the largest descriptor count after warm-up is at most 2 above
#           the count at the end of warm-up (SQLite may hold a transient -journal file).
# Exit status 0 when every run plateaus, is stable and ended cleanly; 1 otherwise.
#
# Usage: Tools/soak.sh [--bin PATH] [--out DIR] [--headless-duration 365d]
#                      [--console-seconds 1800] [--interval 10] [--warmup 0.2]
#                      [--no-headless] [--no-console]
#        Tools/soak.sh --judge DIR   (judge the samples so far of a run still going)
# Each flag has an environment twin: ORBITOPS_BIN, SOAK_OUT, SOAK_HEADLESS_DURATION,
# SOAK_CONSOLE_SECONDS, SOAK_INTERVAL, SOAK_WARMUP. A one-minute try:
#   Tools/soak.sh --headless-duration 2d --console-seconds 45 --interval 1
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${ORBITOPS_BIN:-$root/.build/release/orbitops}
out=${SOAK_OUT:-$root/.build/soak}
headless_duration=${SOAK_HEADLESS_DURATION:-365d}
console_seconds=${SOAK_CONSOLE_SECONDS:-1800}
interval=${SOAK_INTERVAL:-10}
warmup=${SOAK_WARMUP:-0.2}
run_headless=1
run_console=1
judge_only=""

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "soak.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin=${2:?}; shift 2 ;;
        --out) out=${2:?}; shift 2 ;;
        --headless-duration) headless_duration=${2:?}; shift 2 ;;
        --console-seconds) console_seconds=${2:?}; shift 2 ;;
        --interval) interval=${2:?}; shift 2 ;;
        --warmup) warmup=${2:?}; shift 2 ;;
        --no-headless) run_headless=0; shift ;;
        --no-console) run_console=0; shift ;;
        --judge) judge_only=${2:?}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done

# judge RUN STATUS: one report line per run; returns 1 on a failed verdict.
judge() {
    awk -F, -v run="$1" -v status="$2" -v warmup="$warmup" '
        $1 == run { n++; t[n] = $2; rss[n] = $3; hwm[n] = $4; fd[n] = $5 }
        END {
            if (n < 4) { printf "%-8s too few samples (%d) to judge\n", run, n; exit 1 }
            w = int(n * warmup); if (w < 1) w = 1
            m = w + int((n - w) / 2)
            first = 0; second = 0; maxf = fd[w]; minf = fd[w]
            for (i = w; i <= n; i++) {
                if (i <= m && rss[i] > first) first = rss[i]
                if (i > m && rss[i] > second) second = rss[i]
                if (fd[i] > maxf) maxf = fd[i]
                if (fd[i] < minf) minf = fd[i]
            }
            growth = 100 * (second - first) / first
            plateau = growth <= 5
            stable = maxf <= fd[w] + 2
            clean = status == "0" || status == "-"
            printf "%-8s %d samples over %d s; warm-up to %d s; RSS %.1f MB at warm-up end, peak %.1f MB in the first half after it, %.1f MB in the second (%+.1f %%), %.1f MB at the end, VmHWM %.1f MB; fds %d at warm-up end, %d..%d after, %d at the end; exit %s -> memory %s, fds %s\n",
                run, n, t[n], t[w], rss[w] / 1024, first / 1024, second / 1024, growth, rss[n] / 1024, hwm[n] / 1024,
                fd[w], minf, maxf, fd[n], status, plateau ? "PLATEAU" : "GROWS", stable ? "STABLE" : "LEAK"
            exit (plateau && stable && clean) ? 0 : 1
        }' "$csv"
}

if [ -n "$judge_only" ]; then
    csv=$judge_only/soak.csv
    [ -r "$csv" ] || die "no samples at $csv"
    verdict=0
    for run in $(tail -n +2 "$csv" | cut -d, -f1 | sort -u); do judge "$run" - || verdict=1; done
    exit $verdict
fi

[ -x "$bin" ] || die "no orbitops binary at $bin; build it with 'swift build -c release' or pass --bin"
[[ $console_seconds =~ ^[0-9]+$ ]] || die "--console-seconds '$console_seconds' is not a whole number of seconds"
[[ $interval =~ ^[0-9]+([.][0-9]+)?$ ]] || die "--interval '$interval' is not a number of seconds"
[[ $warmup =~ ^0?[.][0-9]+$ ]] || die "--warmup '$warmup' is not a fraction between 0 and 1 (e.g. 0.2)"
if [ "$run_console" = 1 ]; then command -v tmux >/dev/null || die "tmux is needed for the console soak (apt-get install tmux)"; fi

mkdir -p "$out" || die "cannot create $out"
csv=$out/soak.csv
report=$out/report.txt
echo "run,elapsed_s,rss_kb,hwm_kb,fds" > "$csv"
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
session=orbitops-soak-$$
start=$(date +%s)

# sample RUN PID: one CSV row, or nothing when the process is gone.
sample() {
    local run=$1 pid=$2 rss hwm fds
    [ -r "/proc/$pid/status" ] || return 1
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
    fds=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)
    [ -n "$rss" ] || return 1
    echo "$run,$(( $(date +%s) - start )),$rss,$hwm,$fds" >> "$csv"
}

headless_pid=""
console_pid=""
if [ "$run_headless" = 1 ]; then
    rm -f "$out/headless-journal.sqlite"*
    "$bin" simulate --scenario default --duration "$headless_duration" --every 1h \
        --telemetry fleet --output "$out/headless-fleet.csv" \
        --journal "$out/headless-journal.sqlite" --archive-max-mb 0 2> "$out/headless-stderr.txt" &
    headless_pid=$!
fi
if [ "$run_console" = 1 ]; then
    rm -f "$out/console-journal.sqlite"*
    tmux kill-session -t "$session" 2>/dev/null
    tmux new-session -d -s "$session" -x 200 -y 60 \
        "exec '$bin' console --scenario default --speed 1000 --journal '$out/console-journal.sqlite' 2> '$out/console-stderr.txt'" \
        || die "tmux could not start the console"
    tmux set-option -t "$session" remain-on-exit on >/dev/null
    console_pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
fi
cleanup() { [ -n "$console_pid" ] && tmux kill-session -t "$session" 2>/dev/null; [ -n "$headless_pid" ] && kill "$headless_pid" 2>/dev/null; }
trap 'cleanup; exit 1' INT TERM

console_status=""
while :; do
    alive=0
    if [ -n "$headless_pid" ] && kill -0 "$headless_pid" 2>/dev/null; then sample headless "$headless_pid" && alive=1; fi
    if [ -n "$console_pid" ] && [ -z "$console_status" ]; then
        if [ $(( $(date +%s) - start )) -ge "$console_seconds" ]; then
            tmux send-keys -t "$session" q
            for _ in $(seq 1 100); do
                [ "$(tmux display-message -p -t "$session" '#{pane_dead}')" = 1 ] && break
                sleep 0.1
            done
            console_status=$(tmux display-message -p -t "$session" '#{pane_dead_status}')
            tmux kill-session -t "$session" 2>/dev/null
            [ -n "$console_status" ] || console_status="still running after q"
        elif [ "$(tmux display-message -p -t "$session" '#{pane_dead}' 2>/dev/null)" = 1 ]; then
            console_status="died early: $(tmux display-message -p -t "$session" '#{pane_dead_status}')"
            tmux kill-session -t "$session" 2>/dev/null
        else
            sample console "$console_pid" && alive=1
        fi
    fi
    [ "$alive" = 1 ] || break
    sleep "$interval"
done
headless_status=""
if [ -n "$headless_pid" ]; then wait "$headless_pid"; headless_status=$?; fi

verdict=0
{
    echo "orbitops soak, commit $commit, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
    echo "headless: simulate --scenario default --duration $headless_duration; console: --speed 1000 for ${console_seconds} s; sampled every ${interval} s; warm-up fraction $warmup"
} > "$report"
if [ -n "$headless_pid" ]; then
    judge headless "$headless_status" >> "$report" || verdict=1
    tail -n 1 "$out/headless-fleet.csv" | sed 's/^/headless last fleet row: /' >> "$report"
fi
if [ -n "$console_pid" ]; then
    judge console "$console_status" >> "$report" || verdict=1
fi
cat "$report"
echo "samples: $csv"
exit $verdict
