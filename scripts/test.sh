#!/usr/bin/env bash
# Runs every oncotwin test. Idempotent: installs and starts what the tests need first
# (PostgreSQL running, the pinned outside FHIR clients and validators), then runs the
# whole Rust suite against SQLite and PostgreSQL with cargo-nextest.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

log() { printf '\n== %s\n' "$*"; }

log "PostgreSQL at 127.0.0.1:5432"
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  version=$(ls /etc/postgresql | sort -n | tail -1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432
# Databases left by earlier local runs (each test creates its own).
psql -h 127.0.0.1 -U postgres -d postgres -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'oncotwin_test_%'" \
  | while read -r db; do psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$db\"" || true; done

log "Python outside clients (tests/clients/requirements.txt)"
VENV="$ROOT/target/test-venv"
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r tests/clients/requirements.txt
export ONCOTWIN_TEST_PYTHON="$VENV/bin/python"

log "Node packages: outside clients, the Medplum validator, the stand-in EHR, the SMART launch browser driver (pinned by package-lock.json)"
for dir in tests/clients/node crates/pathway/tests/validate tests/ehr tests/launch; do
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

log "Chromium (the timeline page test screenshots it; the SMART launch test drives it)"
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }

log "cargo nextest (debug build, SQLite and PostgreSQL)"
cargo nextest run --workspace --no-fail-fast --failure-output final "$@"
