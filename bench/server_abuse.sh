#!/usr/bin/env bash
# The server under abuse, on loopback, bounded in time (issue 8). Three runs
# of DURATION seconds against one `khulasa serve` with its default limits:
#   1. clean: wrk's POST /v1/summarize load of bench/server_load.sh (seed
#      article, summary cache off, CONNECTIONS connections);
#   2. hostile only: bench/hostile_clients.py (slowloris, 100 MB bodies,
#      header floods, deep JSON, invalid UTF-8, bad ranges, garbage,
#      connection churn; 100 slowloris at 1 byte/s, 300 idle keep-alive,
#      33 pingers, gzip bombs, pipelining, half-close, a /health probe),
#      to see what each kind gets back;
#   3. both at once: the hostile clients start first, then the same wrk load.
# Prints the wrk figures of runs 1 and 3 and their ratio (target, issue 17:
# the abused throughput at least 70 % of the clean one), the server's peak
# memory (VmHWM) and its resident memory 10 s after the attack ends
# after each run, the outcome counts per hostile kind, and whether the server
# still answers /health at the end.
# Usage: bench/server_abuse.sh [BUILD_DIR] [DURATION_S] [CONNECTIONS]
# KHULASA_BIN=path/to/khulasa runs another binary (an older one, side by side).
set -euo pipefail

bench_name=server_abuse
build="${1:-$(cd "$(dirname "$0")/.." && pwd)/build}"
duration="${2:-10}"
connections="${3:-32}"
source "$(dirname "$0")/server_bench_common.sh"

start_server --no-cache

peak_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status"; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status"; }

# Prints "requests/s p99 non-2xx socket-errors".
run_wrk() {
  timeout $((duration + 30)) wrk -t 2 -c "$connections" -d "${duration}s" --latency \
      -s "$work/post.lua" "$url/v1/summarize" > "$work/wrk.out" 2>&1 || true
  awk '/^Requests\/sec:/ {r = $2} $1 == "99%" {p = $2}
       /Non-2xx or 3xx responses:/ {b = $5}
       /Socket errors:/ {e = $3 $4 $5 $6 $7 $8 $9}
       END {print r, p, (b ? b : 0), (e ? e : "none")}' "$work/wrk.out"
}

read -r clean_rps clean_p99 clean_bad clean_err < <(run_wrk)
clean_peak="$(peak_kb)"

/usr/bin/python3 "$root/bench/hostile_clients.py" --port "$port" --seconds "$duration" \
    > "$work/hostile_alone.txt"
hostile_peak="$(peak_kb)"

/usr/bin/python3 "$root/bench/hostile_clients.py" --port "$port" --seconds $((duration + 4)) \
    > "$work/hostile_mixed.txt" &
hostile_pid=$!
sleep 2
read -r abused_rps abused_p99 abused_bad abused_err < <(run_wrk)
wait "$hostile_pid"
abused_peak="$(peak_kb)"
sleep 10
rss_after="$(rss_kb)"

health="$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$url/health" || true)"
cuts="$(curl -s -m 5 "$url/metrics" | awk '$1 == "khulasa_connections_cut_total" {print $2}')"
ratio="$(awk -v a="$abused_rps" -v c="$clean_rps" 'BEGIN {printf "%.2f", (c > 0 ? a / c : 0)}')"

echo "| run | requests/s | p99 | non-2xx | socket errors | server peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| clean POST /v1/summarize, $connections connections | $clean_rps | $clean_p99 | $clean_bad | $clean_err | $((clean_peak / 1024)) MB |"
echo "| hostile clients alone | - | - | - | - | $((hostile_peak / 1024)) MB |"
echo "| same POST load under the hostile clients | $abused_rps | $abused_p99 | $abused_bad | $abused_err | $((abused_peak / 1024)) MB |"
echo
echo "abused / clean throughput: $ratio (target >= 0.70); resident 10 s after the attack: $((rss_after / 1024)) MB"
echo "server alive at the end: $(kill -0 "$server_pid" 2>/dev/null && echo yes || echo NO), /health $health, connections cut by the read limits: ${cuts:-?}"
echo
echo "| hostile kind (alone) | attempts | outcomes |"
echo "| --- | --- | --- |"
sed 's/^/| /; s/$/ |/' "$work/hostile_alone.txt"
echo
echo "| hostile kind (with the load) | attempts | outcomes |"
echo "| --- | --- | --- |"
sed 's/^/| /; s/$/ |/' "$work/hostile_mixed.txt"
if [ "$health" != "200" ] || ! kill -0 "$server_pid" 2>/dev/null; then
  echo "server_abuse: the server stopped answering" >&2
  exit 1
fi
# Each worker reads at most one request's budget (headers + body + 64 KiB)
# at a time: 33 workers x ~2.1 MB, plus the engine and malloc's caches.
max_peak_mb="${MAX_PEAK_MB:-1024}"
if [ $((abused_peak / 1024)) -gt "$max_peak_mb" ] || [ $((hostile_peak / 1024)) -gt "$max_peak_mb" ]; then
  echo "server_abuse: peak memory above $max_peak_mb MB" >&2
  exit 1
fi
