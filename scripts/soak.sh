#!/usr/bin/env bash
# Soak (issue #9): oncotwin on PostgreSQL under a mixed load at ~70% of its measured maximum
# for SOAK_SECONDS (default 600); passes when no request failed and memory stayed flat.
#
# Usage: scripts/soak.sh   (env: SOAK_SECONDS=600 SOAK_FRACTION=0.7 CONNECTIONS=8 ONCOTWIN_BIN=…)
#
# 1. A fresh PostgreSQL database; `oncotwin serve` with one note worker (so extraction runs
#    during the soak too); the 4 Synthea patients ingested twice over (8 patients).
# 2. The maximum: wrk (a second process, loopback) for 20 s with the mixed workload
#    (benches/mixed.lua: timeline, navigation, worklist, FHIR search and read, CDS Hooks
#    order-sign), as fast as it can.
# 3. The soak: the same workload paced by wrk's delay() to SOAK_FRACTION of that rate;
#    the server's RSS sampled every 5 s.
# 4. Verdict: wrk saw no socket error and no non-2xx answer; the server's own counters
#    agree (oncotwin_http_requests_total has no 5xx); RSS after warm-up (the first fifth)
#    grew by less than 10% + 16 MiB to the end; per-route p99 from the server's latency
#    histogram is printed beside the twins' targets.
set -euo pipefail
cd "$(dirname "$0")/.."
SOAK_SECONDS=${SOAK_SECONDS:-600}
SOAK_FRACTION=${SOAK_FRACTION:-0.7}
CONNECTIONS=${CONNECTIONS:-8}
PG_ADMIN=${ONCOTWIN_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
if [ -z "${ONCOTWIN_BIN:-}" ]; then cargo build --quiet --bin oncotwin; fi
BIN=$(realpath "${ONCOTWIN_BIN:-target/debug/oncotwin}")
WORK=$(mktemp -d)
DBNAME=oncotwin_soak_$$
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql "$PG_ADMIN" -qc "CREATE DATABASE $DBNAME"
DB="${PG_ADMIN%/*}/$DBNAME"
python3 benches/bench_data.py "$WORK" 2 >&2
cat > "$WORK/oncotwin.toml" <<TOML
[cds]
allow_unauthenticated = true
TOML
PORT=$((20000 + RANDOM % 20000))
BASE="http://127.0.0.1:$PORT"
"$BIN" --config "$WORK/oncotwin.toml" --database-url "$DB" --dev-key "$WORK/dev.pem" --notes-workers 1 \
  --log-format json serve --dev-auth --listen "127.0.0.1:$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
TOKEN=$("$BIN" --dev-key "$WORK/dev.pem" dev-token --scope "system/*.cruds oncotwin/admin")
python3 benches/post_bundles.py "$BASE/fhir" "$WORK/bundles" --token "$TOKEN" >&2

export SOAK_TOKEN=$TOKEN SOAK_PATIENTS="$WORK/patients.txt" SOAK_HOOK="$WORK/order-sign.json"
echo "== maximum: wrk -t2 -c$CONNECTIONS -d20s, mixed workload" >&2
MAX=$(SOAK_DELAY_MS=0 wrk -t2 -c"$CONNECTIONS" -d20s -s benches/mixed.lua "$BASE" | awk '/Requests\/sec/ {print $2}')
TARGET=$(python3 -c "print(round($MAX * $SOAK_FRACTION, 1))")
# Each connection waits DELAY ms between requests (wrk's delay()): two 10 s calibration
# runs scale the delay by measured rate / target.
DELAY=$(python3 -c "print(max(1, round($CONNECTIONS * 1000 / $TARGET)))")
for _ in 1 2; do
  R=$(SOAK_DELAY_MS=$DELAY wrk -t2 -c"$CONNECTIONS" -d10s -s benches/mixed.lua "$BASE" | awk '/Requests\/sec/ {print $2}')
  DELAY=$(python3 -c "print(max(1, round($DELAY * $R / $TARGET)))")
  echo "   calibration: $R req/s -> delay $DELAY ms" >&2
done
echo "== soak: ${SOAK_SECONDS}s at ~$TARGET req/s (max $MAX req/s × $SOAK_FRACTION; delay ${DELAY} ms per connection)" >&2

: > "$WORK/rss.txt"
( while kill -0 "$SERVER" 2>/dev/null; do
    echo "$(date +%s) $(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")" >> "$WORK/rss.txt"; sleep 5
  done ) &
SAMPLER=$!
SOAK_DELAY_MS=$DELAY wrk -t2 -c"$CONNECTIONS" -d"${SOAK_SECONDS}s" --timeout 10s --latency -s benches/mixed.lua "$BASE" > "$WORK/wrk.txt"
kill "$SAMPLER" 2>/dev/null || true
cat "$WORK/wrk.txt" >&2
curl -fs "$BASE/metrics" > "$WORK/metrics.txt"

python3 - "$WORK" "$MAX" "$TARGET" "$SOAK_SECONDS" <<'PY'
import re, sys
work, peak, target, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
wrk = open(f"{work}/wrk.txt").read()
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
total = int(re.search(r"(\d+) requests in", wrk).group(1))
non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)) else 0
socket = re.search(r"Socket errors: (.*)", wrk)
socket_errors = sum(int(x) for x in re.findall(r"\d+", socket.group(1))) if socket else 0
metrics = open(f"{work}/metrics.txt").read()
server_5xx = sum(float(v) for s, v in re.findall(r'oncotwin_http_requests_total\{[^}]*status="(5\d\d)"[^}]*\} ([\d.e+]+)', metrics))
samples = [tuple(map(int, l.split())) for l in open(f"{work}/rss.txt") if len(l.split()) == 2]
warm = samples[len(samples) // 5:]
start_mib, end_mib = warm[0][1] / 1024, warm[-1][1] / 1024
peak_mib = max(s[1] for s in samples) / 1024
# Least-squares slope of RSS after warm-up, MiB per minute.
t0 = warm[0][0]
xs = [(t - t0) / 60 for t, _ in warm]; ys = [r / 1024 for _, r in warm]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / max(1e-9, sum((x - mx) ** 2 for x in xs))
# Per-route p99 from the server's histogram (the upper bound of the bucket holding it).
buckets = {}
for m in re.finditer(r'^oncotwin_http_request_duration_seconds_bucket\{(.*)\} ([\d.e+]+)$', metrics, re.M):
    labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
    buckets.setdefault(labels.get("route", "?"), []).append((float("inf") if labels["le"] == "+Inf" else float(labels["le"]), float(m.group(2))))
print(f"\nsoak: {seconds} s, {total} requests at {rate:.1f} req/s (target {target}, maximum {peak}); "
      f"non-2xx {non2xx}, socket errors {socket_errors}, server 5xx {server_5xx:.0f}")
print(f"RSS after warm-up {start_mib:.1f} MiB -> end {end_mib:.1f} MiB (peak {peak_mib:.1f} MiB), slope {slope:+.3f} MiB/min")
print("server-side p99 by route (histogram bucket bound):")
for route, bs in sorted(buckets.items()):
    bs.sort()
    count = bs[-1][1]
    if count < 50:
        continue
    p99 = next(le for le, c in bs if c >= 0.99 * count)
    print(f"  {route:<55} {int(count):>8} requests  p99 <= {p99 * 1000:g} ms")
ok = non2xx == 0 and socket_errors == 0 and server_5xx == 0 and end_mib <= start_mib * 1.10 + 16
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
