# Sourced by bench/server_load.sh and bench/server_abuse.sh: the paths and
# checks, a scratch folder removed on exit (with the server), starting and
# stopping `khulasa serve` on a free loopback port, and the wrk script that
# posts the seed article ($work/post.lua).
# Before sourcing, set: bench_name (for messages), build (the build folder).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# KHULASA_BIN runs another binary (an older build, side by side).
khulasa="${KHULASA_BIN:-$build/tools/khulasa/khulasa}"
shared="${KHULASA_SHARED_DIR:-$root/../shared}"
seed="$shared/seed/000_10ea7d8f2b1e01f1.txt"
[ -f "$seed" ] || seed="$root/examples/regional_summit.txt"

command -v wrk >/dev/null || { echo "$bench_name: wrk is missing (apt install wrk)" >&2; exit 1; }
[ -x "$khulasa" ] || { echo "$bench_name: build $khulasa first" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the server with extra flags; sets $url, $port and $server_pid.
start_server() {
  : > "$work/server.out"
  "$khulasa" serve --port 0 --db "$work/store.db" "$@" \
      > "$work/server.out" 2> "$work/server.err" &
  server_pid=$!
  for _ in $(seq 1 100); do
    url="$(sed -n 's|.*serving on \(http://[^/ ]*\)/.*|\1|p' "$work/server.out")"
    port="${url##*:}"
    [ -n "$url" ] && return 0
    sleep 0.1
  done
  echo "$bench_name: the server did not start:" >&2
  cat "$work/server.err" >&2
  exit 1
}

stop_server() {
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

cat > "$work/post.lua" <<LUA
local file = io.open("$seed", "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
LUA
