#!/usr/bin/env bash
# Fuzz smoke: builds the cargo-fuzz targets of fuzz/ and runs each for FUZZ_SECONDS over the
# committed corpus (fuzz/corpus/<target>/). Exits non-zero if any target crashes (panic,
# failed invariant, out-of-memory or timeout); the crashing input is left in
# fuzz/artifacts/<target>/ and printed.
#
# The committed corpus is read-only here: new inputs go to a scratch directory, so a CI
# run leaves the tree clean. Growing the corpus is a deliberate step (fuzz/README.md).
#
#   FUZZ_SECONDS=20        seconds per target
#   FUZZ_TARGETS="a b"     a subset of the targets (default: all of them)
#   FUZZ_SANITIZER=address address (ASan) or none
#   FUZZ_BUILD=dev         dev (unoptimised: a cold build takes minutes, not half an hour; enough
#                          for a smoke over the corpus) or release (-O, for long fuzzing runs)
#   CARGO_TARGET_DIR       where to build (default: fuzz/target)
#
# cargo-fuzz needs nightly `-Z` flags; on the stable toolchain RUSTC_BOOTSTRAP=1 allows them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

FUZZ_SECONDS=${FUZZ_SECONDS:-20}
FUZZ_SANITIZER=${FUZZ_SANITIZER:-address}
case "${FUZZ_BUILD:-dev}" in
  dev) build_flag=--dev ;;
  release) build_flag=-O ;;
  *) echo "FUZZ_BUILD must be dev or release" >&2; exit 2 ;;
esac
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/fuzz/target}
export RUSTC_BOOTSTRAP=1
# ASan flags a one-definition-rule clash in the bundled SQLite's C globals at start-up
# (linked in, never called by the targets); it is not a finding of ours.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_odr_violation=0}
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\n== %s\n' "$*"; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  log "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

cd fuzz
targets=${FUZZ_TARGETS:-$(cargo fuzz list)}

# -max_len per target (whole documents for ingest and hooks) and its dictionary.
max_len() {
  case "$1" in
    criteria) echo 16384 ;;
    *) echo 65536 ;;
  esac
}
dict() {
  case "$1" in
    ingest_*) echo dict/fhir.dict ;;
    cds_request) echo dict/cds.dict ;;
    criteria) echo dict/criteria.dict ;;
  esac
}

log "building the fuzz targets (sanitizer: $FUZZ_SANITIZER, build: ${FUZZ_BUILD:-dev})"
if [ -z "${FUZZ_TARGETS:-}" ]; then
  cargo fuzz build "$build_flag" --sanitizer "$FUZZ_SANITIZER"
else
  for t in $targets; do cargo fuzz build "$build_flag" --sanitizer "$FUZZ_SANITIZER" "$t"; done
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=()
for t in $targets; do
  log "fuzzing $t for ${FUZZ_SECONDS}s over fuzz/corpus/$t"
  mkdir -p "$scratch/$t" "corpus/$t"
  # The first corpus directory receives new inputs: the scratch one, never the committed one.
  if ! cargo fuzz run "$build_flag" --sanitizer "$FUZZ_SANITIZER" "$t" "$scratch/$t" "corpus/$t" -- \
    -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=30 -max_len="$(max_len "$t")" \
    -dict="$(dict "$t")" -print_final_stats=1 2>"$scratch/$t.log"; then
    tail -60 "$scratch/$t.log"
    failed+=("$t")
  fi
  grep -E '^(#[0-9]+\s+DONE|stat::number_of_executed_units|stat::average_exec_per_sec)' "$scratch/$t.log" || true
done

if [ ${#failed[@]} -gt 0 ]; then
  log "fuzz smoke FAILED: ${failed[*]} (crashing inputs in fuzz/artifacts/<target>/)"
  ls -la artifacts/ 2>/dev/null || true
  exit 1
fi
log "fuzz smoke: $(echo "$targets" | wc -w) targets, no crash"
