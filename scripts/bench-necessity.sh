#!/usr/bin/env bash
# Benchmark: CDS Hooks order-sign with a full prefetch, under load from a second process (wrk).
# Builds a release binary, serves an empty SQLite database, and posts the same hook request
# (a fresh hookInstance does not matter to the service) for DURATION seconds per body.
#
# Usage: scripts/bench-necessity.sh [DURATION_SECONDS] [CONNECTIONS]
# Prints wrk's latency distribution (p50 … p99) and requests/s for two request bodies:
#   case     — a dev-case patient (tests/fixtures/necessity/cases.json): every prefetch template filled
#   synthea  — the Synthea breast-cancer patient: all of its ~2,000 resources in the prefetch
# Hook JWTs are switched off for the run (cds.allow_unauthenticated): wrk resends one request,
# and oncotwin refuses a replayed jti.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-16}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
# ONCOTWIN_BIN: a release binary already built (else this builds one).
if [ -z "${ONCOTWIN_BIN:-}" ]; then cargo build --release --quiet; fi
BIN=${ONCOTWIN_BIN:-target/release/oncotwin}
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
cat > "$WORK/oncotwin.toml" <<TOML
database_url = "sqlite://$WORK/bench.db"
[cds]
allow_unauthenticated = true
TOML
PORT=$((20000 + RANDOM % 20000))
"$BIN" --config "$WORK/oncotwin.toml" --log-format json serve --listen "127.0.0.1:$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

python3 - "$WORK" <<'PY'
import gzip, json, sys, uuid
work = sys.argv[1]
def request(patient_id, resources, order):
    by = lambda t: {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in resources if r["resourceType"] == t]}
    patient = next(r for r in resources if r["resourceType"] == "Patient")
    return {"hook": "order-sign", "hookInstance": str(uuid.uuid4()),
            "context": {"userId": "Practitioner/1", "patientId": patient_id,
                        "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": order}]}},
            "prefetch": {"patient": patient, "conditions": by("Condition"), "observations": by("Observation"),
                         "medicationRequests": by("MedicationRequest"), "medicationAdministrations": by("MedicationAdministration"),
                         "procedures": by("Procedure"), "diagnosticReports": by("DiagnosticReport"), "coverage": by("Coverage")}}
def order(pid, system, code):
    return {"resourceType": "MedicationRequest", "id": "bench-order", "status": "draft", "intent": "order",
            "subject": {"reference": f"Patient/{pid}"}, "medicationCodeableConcept": {"coding": [{"system": system, "code": code}]}}
cases = json.load(open("tests/fixtures/necessity/cases.json"))["cases"]
c = next(c for c in cases if c["expected"] == "supported")
res = [e["resource"] for e in c["bundle"]["entry"]]
pid = next(r["id"] for r in res if r["resourceType"] == "Patient")
json.dump(request(pid, res, order(pid, c["service"]["system"], c["service"]["code"])), open(f"{work}/case.json", "w"))
bundle = json.load(gzip.open("tests/fixtures/synthea/breast-3f96088f.json.gz"))
res = [e["resource"] for e in bundle["entry"]]
pid = next(r["id"] for r in res if r["resourceType"] == "Patient")
json.dump(request(pid, res, order(pid, "http://www.nlm.nih.gov/research/umls/rxnorm", "224905")), open(f"{work}/synthea.json", "w"))
PY

for body in case synthea; do
  cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/$body.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA
  SIZE=$(stat -c %s "$WORK/$body.json")
  # A check that the hook answers 200 before loading it.
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$WORK/$body.json" "http://127.0.0.1:$PORT/cds-services/oncotwin-necessity-order-sign")
  echo "== order-sign, body '$body' ($SIZE bytes), check: HTTP $STATUS; wrk -t2 -c$CONNECTIONS -d${DURATION}s"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/post.lua" "http://127.0.0.1:$PORT/cds-services/oncotwin-necessity-order-sign" \
    | grep -E "Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx"
done
