#!/usr/bin/env bash
# The outside probe's costly searches over about a million resources (issue: "the Observation
# date searches answer in <= 200 ms on the demo data and <= 1 s over 1M resources").
#
# Usage: scripts/search-scale.sh [postgres|sqlite]   (env: COPIES=78 ONCOTWIN_BIN=… RUNS=3
#        DATABASE_URL=… to search an already-loaded database instead of loading one)
#
# 1. COPIES copies of the four bundled Synthea patients, each copy's UUIDs distinct
#    (benches/bench_data.py; 12,920 resources a copy: 78 copies = 1,007,760), ingested with
#    `oncotwin ingest` into a fresh database.
# 2. `oncotwin serve`; each search of the probe run RUNS times with curl (after one warm-up),
#    the median and the worst time printed with the status and the Bundle's total.
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND=${1:-postgres}
COPIES=${COPIES:-78}
RUNS=${RUNS:-3}
PG_ADMIN=${ONCOTWIN_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if [ -z "${ONCOTWIN_BIN:-}" ]; then cargo build --quiet --bin oncotwin; fi
BIN=$(realpath "${ONCOTWIN_BIN:-target/debug/oncotwin}")
WORK=$(mktemp -d)
DBNAME=oncotwin_search_scale_$$
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  [ "$BACKEND" = postgres ] && psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

python3 benches/bench_data.py "$WORK" "$COPIES" >&2
if [ -n "${DATABASE_URL:-}" ]; then
  DB=$DATABASE_URL
  BACKEND=${DB%%:*}
else
  if [ "$BACKEND" = postgres ]; then
    psql "$PG_ADMIN" -qc "CREATE DATABASE $DBNAME"
    DB="${PG_ADMIN%/*}/$DBNAME"
  else
    DB="sqlite://$WORK/scale.db"
  fi
  echo "== ingest: $COPIES copies into $BACKEND" >&2
  started=$(date +%s)
  "$BIN" --database-url "$DB" ingest "$WORK/bundles" >&2
  echo "   $(( $(date +%s) - started )) s" >&2
fi

PORT=$((20000 + RANDOM % 20000))
BASE="http://127.0.0.1:$PORT"
"$BIN" --database-url "$DB" --dev-key "$WORK/dev.pem" --notes-workers 1 --log-format json \
  serve --dev-auth --listen "127.0.0.1:$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 6000); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }; sleep 0.1; done
TOKEN=$("$BIN" --dev-key "$WORK/dev.pem" dev-token --scope "system/*.rs")
PATIENT=$(head -1 "$WORK/patients.txt")
RESOURCES=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/fhir/Observation?_count=0&_total=accurate" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("total"))')

printf '\n%s: %s Observations in %s copies (%s)\n' "$BACKEND" "$RESOURCES" "$COPIES" "$(basename "$BIN")"
printf '%-75s %6s %9s %9s %9s\n' search status total "median ms" "max ms"
for q in \
  "/fhir/Observation?date=0000-01-01" \
  "/fhir/Observation?date=ap2020" \
  "/fhir/Observation?date=lt9999-12-31T23:59:59.999Z" \
  "/fhir/Observation?_lastUpdated=ge2020-01-01&date=le2020-12-31" \
  "/fhir/Observation?patient=$PATIENT&date=ge2015" \
  "/fhir/Observation?code=http://loinc.org|" \
  "/fhir/Observation?code=http://loinc.org|72166-2" \
  "/fhir/Condition?patient=$PATIENT" \
  "/fhir/Patient?family=Schmitt" \
  "/fhir/Patient/$PATIENT"; do
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$q" || true
  times=()
  for _ in $(seq 1 "$RUNS"); do
    out=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE$q")
    status=${out% *}
    times+=("${out#* }")
  done
  total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("total", "-"))' "$WORK/answer.json" 2>/dev/null || echo -)
  stats=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.0f %.0f", a[int((NR+1)/2)]*1000, a[NR]*1000}')
  printf '%-75s %6s %9s %9s %9s\n' "${q/$PATIENT/PATIENT}" "$status" "$total" ${stats}
done
