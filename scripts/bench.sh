#!/usr/bin/env bash
# One benchmark table (issue #9): oncotwin on SQLite and on PostgreSQL, and the Medplum memory
# server (@medplum/fhir-router MemoryRepository behind node:http) ingesting the same bundles.
#
# Usage: scripts/bench.sh            (env: COPIES=25 DURATION=15 CONNECTIONS=8 ONCOTWIN_BIN=…)
#
# For each backend, a fresh database and a release `oncotwin serve` (note workers off while
# ingesting, so ingest is measured alone):
#   ingest      benches/post_bundles.py POSTs COPIES copies of the 4 bundled Synthea patients
#               (transaction Bundles, ~1,650 resources each, UUIDs made distinct per copy),
#               2 at a time, from its own process; resources/s = entries / wall time. The
#               same loader, same bundles, then loads the Medplum memory server: the ratio.
#   HTTP routes wrk (a second process, loopback, -t2 -cCONNECTIONS, DURATION s each, --latency)
#               on GET timeline, CDS Hooks order-sign (a dev case with every prefetch template
#               filled), GET navigation, and GET worklist pages — p50 / p99 and requests/s.
#   notes       `oncotwin eval notes` rule-based throughput (MB/s of note text, one thread).
#   peak RSS    VmHWM of the server process at the end of its runs.
# Both processes share this machine's cores; the table says how many.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
COPIES=${COPIES:-25}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-8}
PG_ADMIN=${ONCOTWIN_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
(cd tests/ehr && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
if [ -z "${ONCOTWIN_BIN:-}" ]; then cargo build --release --quiet --bin oncotwin; fi
BIN=$(realpath "${ONCOTWIN_BIN:-target/release/oncotwin}")

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS oncotwin_bench_$$ WITH (FORCE)" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== preparing: $COPIES copies of the Synthea bundles" >&2
python3 benches/bench_data.py "$WORK" "$COPIES" >&2
PATIENT=$(head -1 "$WORK/patients.txt")

wait_up() { for _ in $(seq 1 300); do curl -fs "$1/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "not up: $1" >&2; exit 1; }
json_field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }

# wrk LABEL URL [LUA]: prints "p50_ms p99_ms req_per_s non2xx"
run_wrk() {
  local url=$1 lua=${2:-}
  local args=(-t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency)
  [ -n "$lua" ] && args+=(-s "$lua")
  wrk "${args[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
    /Socket errors/ { bad = bad "+socket" }
    END { printf "%.2f %.2f %.0f %s\n", p50, p99, rps, (bad == "" ? 0 : bad) }'
}

declare -A R
for backend in sqlite postgres; do
  if [ "$backend" = sqlite ]; then
    DB="sqlite://$WORK/bench.db"
  else
    psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS oncotwin_bench_$$ WITH (FORCE)"
    psql "$PG_ADMIN" -qc "CREATE DATABASE oncotwin_bench_$$"
    DB="${PG_ADMIN%/*}/oncotwin_bench_$$"
  fi
  PORT=$((20000 + RANDOM % 20000))
  BASE="http://127.0.0.1:$PORT"
  "$BIN" --database-url "$DB" --dev-key "$WORK/dev.pem" --notes-workers 0 --log-format json \
    serve --dev-auth --listen "127.0.0.1:$PORT" > "$WORK/$backend.log" 2>&1 &
  SERVER=$!
  PIDS+=("$SERVER")
  wait_up "$BASE"
  TOKEN=$("$BIN" --dev-key "$WORK/dev.pem" dev-token --scope "system/*.cruds oncotwin/admin")
  echo "== $backend: ingest" >&2
  OUT=$(python3 benches/post_bundles.py "$BASE/fhir" "$WORK/bundles" --token "$TOKEN")
  echo "$OUT" >&2
  [ "$(echo "$OUT" | json_field failed)" = 0 ] || { echo "ingest failed on $backend" >&2; exit 1; }
  R[$backend.ingest]=$(echo "$OUT" | json_field resources_per_s)
  R[entries]=$(echo "$OUT" | json_field entries)

  cat > "$WORK/get.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA
  cat > "$WORK/hook.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/order-sign.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA
  # Hook JWTs are off for the run (wrk resends one request and oncotwin refuses a replayed
  # jti); a restart with cds.allow_unauthenticated on the same database.
  echo "== $backend: timeline, navigation, worklist" >&2
  R[$backend.timeline]=$(run_wrk "$BASE/api/v1/patients/$PATIENT/timeline" "$WORK/get.lua")
  R[$backend.navigation]=$(run_wrk "$BASE/api/v1/patients/$PATIENT/navigation" "$WORK/get.lua")
  R[$backend.worklist]=$(run_wrk "$BASE/api/v1/worklist?limit=50" "$WORK/get.lua")
  RSS1=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  cat > "$WORK/hooks.toml" <<TOML
[cds]
allow_unauthenticated = true
TOML
  "$BIN" --config "$WORK/hooks.toml" --database-url "$DB" --notes-workers 0 --log-format json \
    serve --listen "127.0.0.1:$PORT" >> "$WORK/$backend.log" 2>&1 &
  SERVER=$!
  PIDS+=("$SERVER")
  wait_up "$BASE"
  echo "== $backend: order-sign" >&2
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$WORK/order-sign.json" "$BASE/cds-services/oncotwin-necessity-order-sign")
  [ "$STATUS" = 200 ] || { echo "order-sign answered $STATUS" >&2; exit 1; }
  R[$backend.hook]=$(run_wrk "$BASE/cds-services/oncotwin-necessity-order-sign" "$WORK/hook.lua")
  RSS2=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
  R[$backend.rss]=$(( (RSS1 > RSS2 ? RSS1 : RSS2) / 1024 ))
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
done

echo "== Medplum memory server: ingest" >&2
node tests/ehr/memory-server.mjs 0 > "$WORK/medplum.out" 2>&1 &
MEDPLUM=$!
PIDS+=("$MEDPLUM")
for _ in $(seq 1 300); do grep -q fhir "$WORK/medplum.out" && break; sleep 0.1; done
MEDPLUM_BASE=$(json_field fhir < "$WORK/medplum.out")
OUT=$(python3 benches/post_bundles.py "$MEDPLUM_BASE" "$WORK/bundles")
echo "$OUT" >&2
[ "$(echo "$OUT" | json_field failed)" = 0 ] || { echo "the Medplum memory server failed bundles: $OUT" >&2; exit 1; }
R[medplum.ingest]=$(echo "$OUT" | json_field resources_per_s)
R[medplum.rss]=$(( $(awk '/VmHWM/ {print $2}' "/proc/$MEDPLUM/status") / 1024 ))
kill "$MEDPLUM"

echo "== notes: rule-based extraction throughput" >&2
R[notes]=$("$BIN" eval notes tests/fixtures/synthea tests/fixtures/clinosim --rounds 10 | sed -n 's/.*throughput: \([0-9.]*\) MB\/s.*/\1/p')

col() { echo "${R[$1]}" | awk -v i="$2" '{print $i}'; }
ratio() { python3 -c "print(f'{$1 / $2:.1f}x')"; }
printf '\noncotwin %s, %s, %s cores, %s; wrk -t2 -c%s -d%ss; %s entries ingested (%s Synthea bundles)\n\n' \
  "$("$BIN" --version | awk '{print $2}')" "$(basename "$BIN")" "$(nproc)" "$(date -u +%F)" "$CONNECTIONS" "$DURATION" "${R[entries]}" "$((COPIES * 4))"
printf '| %-42s | %14s | %14s | %14s |\n' "measure" "SQLite" "PostgreSQL" "Medplum memory"
printf '|%s|%s|%s|%s|\n' "--------------------------------------------" "----------------" "----------------" "----------------"
printf '| %-42s | %14s | %14s | %14s |\n' "ingest, resources/s (HTTP transactions)" "${R[sqlite.ingest]}" "${R[postgres.ingest]}" "${R[medplum.ingest]}"
printf '| %-42s | %14s | %14s | %14s |\n' "ingest vs Medplum memory server" "$(ratio "${R[sqlite.ingest]}" "${R[medplum.ingest]}")" "$(ratio "${R[postgres.ingest]}" "${R[medplum.ingest]}")" "1.0x"
for row in "timeline:GET timeline" "hook:CDS order-sign" "navigation:GET navigation" "worklist:GET worklist page (50)"; do
  key=${row%%:*}; label=${row#*:}
  printf '| %-42s | %14s | %14s | %14s |\n' "$label p50 / p99 ms" "$(col sqlite.$key 1) / $(col sqlite.$key 2)" "$(col postgres.$key 1) / $(col postgres.$key 2)" "-"
  printf '| %-42s | %14s | %14s | %14s |\n' "$label requests/s (non-2xx)" "$(col sqlite.$key 3) ($(col sqlite.$key 4))" "$(col postgres.$key 3) ($(col postgres.$key 4))" "-"
done
printf '| %-42s | %14s | %14s | %14s |\n' "note extraction, rule-based, MB/s (1 thread)" "${R[notes]}" "${R[notes]}" "-"
printf '| %-42s | %14s | %14s | %14s |\n' "peak RSS of the server, MiB" "${R[sqlite.rss]}" "${R[postgres.rss]}" "${R[medplum.rss]}"
