#!/usr/bin/env bash
# Loopback load test of `khulasa serve` with wrk (Debian package), bounded in
# time. Two runs, each DURATION seconds with CONNECTIONS connections:
#   1. POST /v1/summarize with the seed article, summary cache off
#      (--no-cache): every request reads and summarizes the article.
#      Target (issue 5): >= 3,000 requests/s on 2 cores, p99 <= 50 ms.
#   2. GET /v1/articles/{id} of a stored article (cache on).
#      Target: >= 10,000 requests/s.
# Usage: bench/server_load.sh [BUILD_DIR] [DURATION_S] [CONNECTIONS]
# The seed comes from $KHULASA_SHARED_DIR (default ../shared); without it,
# examples/regional_summit.txt. Prints one markdown table row per run.
set -euo pipefail

bench_name=server_load
build="${1:-$(cd "$(dirname "$0")/.." && pwd)/build}"
duration="${2:-10}"
connections="${3:-32}"
wrk_threads="${WRK_THREADS:-2}"
server_threads="${SERVER_THREADS:-$connections}"
source "$(dirname "$0")/server_bench_common.sh"

# Kernel TCP counters during a run (nstat, from iproute2, when present):
# listen-queue overflows and retransmission timeouts. One request that waits
# for a retransmission (0.2 s or more) is enough to move wrk's p99: wrk
# corrects for coordinated omission by adding, for each sample longer than
# twice the mean interval, the samples a steady client would have seen.
tcp_counters() {
  command -v nstat >/dev/null || { echo "- -"; return; }
  nstat -a 2>/dev/null | awk '$1 == "TcpExtListenOverflows" {o = $2}
      $1 == "TcpExtTCPTimeouts" {t = $2} END {print (o ? o : 0), (t ? t : 0)}'
}

# wrk with a lua script; prints "requests/s p50 p99 max non2xx overflows rtos".
run_wrk() {
  local script="$1" target="$2"
  local before after
  before="$(tcp_counters)"
  timeout $((duration + 30)) wrk -t "$wrk_threads" -c "$connections" -d "${duration}s" \
      --latency -s "$script" "$target" > "$work/wrk.out" 2>&1
  after="$(tcp_counters)"
  local rps p50 p99 max bad
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out")"
  p50="$(awk '$1 == "50%" {print $2}' "$work/wrk.out")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.out")"
  max="$(awk '$1 == "Latency" {print $4}' "$work/wrk.out")"
  bad="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/wrk.out")"
  echo "$rps $p50 $p99 $max ${bad:-0} $(echo "$before $after" |
      awk '$1 == "-" {print "- -"; exit} {print $3 - $1, $4 - $2}')"
}

echo 'wrk.method = "GET"' > "$work/get.lua"

echo "| run | connections | requests/s | p50 | p99 | max | non-2xx | listen overflows | TCP timeouts |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"

# 1. Summarize, cache off.
start_server --threads "$server_threads" --queue 1024 --keep-alive-max 100000 --no-cache
if curl -fsS "$url/health" | grep -q '"summarizer":"ready"'; then
  read -r rps p50 p99 max bad overflows rtos < <(run_wrk "$work/post.lua" "$url/v1/summarize")
  echo "| POST /v1/summarize (seed, cache off) | $connections | $rps | $p50 | $p99 | $max | $bad | $overflows | $rtos |"
else
  echo "| POST /v1/summarize | - | skipped: the server has no summarizer model | | | |"
fi
stop_server

# 2. Cached article GETs.
start_server --threads "$server_threads" --queue 1024 --keep-alive-max 100000
status="$(curl -sS -o "$work/answer.json" -w '%{http_code}' -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary "@$seed" "$url/v1/summarize")"
id="$(sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p' "$work/answer.json")"
if [ -z "$id" ]; then
  # Without a summarizer (503) the article is still stored under its id.
  id="$(/usr/bin/python3 - "$seed" <<'PY'
import hashlib, struct, sys
h = hashlib.sha256()
body = open(sys.argv[1], 'rb').read()
for field in (b"khulasa-article-v1", b"auto", b"", b"", body):
    h.update(struct.pack("<Q", len(field)) + field)
print(h.hexdigest()[:32])
PY
)"
fi
curl -fsS -o /dev/null "$url/v1/articles/$id" || { echo "server_load: article $id not stored (summarize said $status)" >&2; exit 1; }
read -r rps p50 p99 max bad overflows rtos < <(run_wrk "$work/get.lua" "$url/v1/articles/$id")
echo "| GET /v1/articles/{id} (stored) | $connections | $rps | $p50 | $p99 | $max | $bad | $overflows | $rtos |"
curl -fsS "$url/metrics" | grep -E '^khulasa_cache_hits_total' | sed 's/^/# /' || true
stop_server
