#!/usr/bin/env bash
# Measures, for a release build of `nafida`: the time from `nafida serve` to `/readyz`
# answering 200 on a fresh SQLite data folder (first start, with migrations) and on a warm one,
# the resident memory when idle, and the binary size. Usage: bench/startup.sh [path/to/nafida]
set -euo pipefail
bin="${1:-${CARGO_TARGET_DIR:-target}/release/nafida}"
port="${PORT:-18181}"
data="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

measure() {
  local start end
  start=$(date +%s%N)
  "$bin" serve --data-dir "$data" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.002; done
  end=$(date +%s%N)
  elapsed=$(( (end - start) / 1000000 ))
}

measure
first=$elapsed
sleep 2
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
kill -TERM "$pid"; wait "$pid" || true
measure
warm=$elapsed
kill -TERM "$pid"; wait "$pid" || true
echo "binary size:            $(stat -c %s "$bin") bytes"
echo "serve -> /readyz 200:   ${first} ms (fresh data folder, migrations applied)"
echo "serve -> /readyz 200:   ${warm} ms (existing data folder)"
echo "resident memory idle:   ${rss} KiB"
