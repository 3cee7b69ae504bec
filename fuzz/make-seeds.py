#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets into fuzz/seeds/<target>/ from the repo's
fixtures (tests/fixtures, pathways/*.toml). The committed corpus (fuzz/corpus/<target>/)
is these seeds grown by fuzzing and minimised with `cargo fuzz cmin`; re-run this only to
start a corpus afresh. Usage: python3 fuzz/make-seeds.py
"""
import gzip
import hashlib
import json
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
OUT = ROOT / "fuzz" / "seeds"
MAX = 60_000  # under the runs' -max_len


def compact(v):
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


def write(target, data, name=None):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX:
        return
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    name = name or hashlib.sha1(data).hexdigest()[:16]
    (d / name).write_bytes(data)


def ndjson_lines(path, n):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        out = []
        for line in f:
            if line.strip():
                out.append(compact(json.loads(line)))
            if len(out) >= n:
                break
        return out


if OUT.exists():
    shutil.rmtree(OUT)

cases = json.loads((FIX / "necessity" / "cases.json").read_text())["cases"]
# One case per cancer and expected outcome keeps the seeds varied and small.
picked, seen = [], set()
for c in cases:
    key = (c["cancer"], c["expected"])
    if key not in seen and len(compact(c["bundle"])) < 20_000:
        seen.add(key)
        picked.append(c)

# --- ingest_bundle: Bundles of every type, single resources, NDJSON, gzip.
for c in picked[:8]:
    b = c["bundle"]
    write("ingest_bundle", compact(b))
    tx = dict(b, type="transaction")
    tx["entry"] = [
        dict(e, request={"method": "PUT", "url": f'{e["resource"]["resourceType"]}/{e["resource"].get("id", "x")}'})
        if "id" in e["resource"] else dict(e, request={"method": "POST", "url": e["resource"]["resourceType"]})
        for e in b["entry"]
    ]
    write("ingest_bundle", compact(tx))
    write("ingest_bundle", compact(b["entry"][0]["resource"]))
write("ingest_bundle", gzip.compress(compact(picked[0]["bundle"]).encode(), mtime=0))
write("ingest_bundle", compact({"resourceType": "Bundle", "type": "batch", "entry": [
    {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient"}, "request": {"method": "POST", "url": "Patient"}},
    {"fullUrl": "urn:uuid:2", "resource": {"resourceType": "Observation", "status": "final", "code": {"text": "x"},
                                            "subject": {"reference": "urn:uuid:1"}}},
    {"fullUrl": "urn:uuid:3"}, {"resource": 5}, {"resource": {"resourceType": "Nope"}},
    {"resource": {"resourceType": "Patient", "id": "a/b"}, "request": {"method": "DELETE", "url": "Patient/a"}}]}))
write("ingest_bundle", compact({"resourceType": "Bundle", "type": "document", "entry": [{"resource": {"resourceType": "Composition"}}]}))
for f in sorted((FIX / "synthea-invalid").rglob("bundle.json.gz"))[:3]:
    write("ingest_bundle", f.read_bytes())
for f in ["Device", "Organization", "Location"]:
    write("ingest_bundle", (FIX / "clinosim" / f"{f}.ndjson.gz").read_bytes())
write("ingest_bundle", "\n".join(ndjson_lines(FIX / "clinosim" / "Condition.ndjson.gz", 3)) + "\n{not json\n")

# --- ingest_ndjson: runs of lines (the target puts two good lines before them).
for name in ["Patient", "Condition", "Observation", "MedicationRequest", "Procedure", "DiagnosticReport",
             "Coverage", "Encounter", "Specimen", "ServiceRequest", "ImagingStudy", "FamilyMemberHistory"]:
    write("ingest_ndjson", "\n".join(ndjson_lines(FIX / "clinosim" / f"{name}.ndjson.gz", 3)) + "\n")
mcode = ndjson_lines(FIX / "mcode" / "mcode-4.0.0-examples.ndjson.gz", 179)
for i in range(0, len(mcode), 20):
    write("ingest_ndjson", "\n".join(mcode[i:i + 20]) + "\n")
write("ingest_ndjson", "{not json\n\n[]\n{}\n{\"resourceType\":5}\n" + compact(picked[1]["bundle"]) + "\n")

# --- criteria: each criterion of the shipped pathways (first line), with facts after it;
# and the pathway files whole.
facts = [
    "dx=icd10:C50.911; stage=IV; her2=positive; er=negative; pr=negative",
    "dx=icd10:C34.90; stage=IIIA; egfr=exon19del; pdl1_tps=60",
    "dx=icd10:C18.7; stage=II; t=T3; n=N0; m=M0; msi=high",
    "dx=icd10:C61; psa=12.5; gleason=8; history=rxnorm:224905@2024-05-01",
    "",
]
criteria = set()
for f in sorted((ROOT / "pathways").glob("*.toml")):
    text = f.read_text()
    write("criteria", text, f"pathway-{f.stem}")
    for m in re.finditer(r'(?:^|[\s{,])(?:when|[a-z_0-9]+)\s*=\s*"((?:[^"\\]|\\.)*)"', text):
        s = m.group(1)
        if re.search(r"\b(and|or|in|not|since)\b|[<>=]", s):
            criteria.add(s)
for i, s in enumerate(sorted(criteria)):
    write("criteria", s + "\n" + facts[i % len(facts)])
for s in ["12 weeks", "1 day", "rxnorm:224905", "http://loinc.org|2857-1", "icd10:C50", "IIIA", "T1c", "N1mi",
          "exon19del,t790m", "2024-03-01", "since(surgery) <= 12 weeks and not (stage = IV or true)",
          "prior_drugs not in [rxnorm:1721560] or false"]:
    write("criteria", s)

# --- cds_request: hook requests built as tests/api/necessity.rs builds them.
def hook_request(c, hook):
    res = [e["resource"] for e in c["bundle"]["entry"]]
    patient = next(r for r in res if r["resourceType"] == "Patient")
    pid = patient["id"]
    order = {"resourceType": "MedicationRequest", "id": "draft-1", "status": "draft", "intent": "order",
             "subject": {"reference": f"Patient/{pid}"},
             "medicationCodeableConcept": {"coding": [c["service"]]}}
    def by_type(t):
        return {"resourceType": "Bundle", "type": "searchset",
                "entry": [{"resource": r} for r in res if r["resourceType"] == t]}
    context = {"userId": "Practitioner/p1", "patientId": pid}
    if hook != "patient-view":
        context["draftOrders"] = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": order}]}
    if hook == "order-select":
        context["selections"] = ["MedicationRequest/draft-1"]
    prefetch = {"patient": patient}
    for key, t in [("conditions", "Condition"), ("observations", "Observation"),
                   ("medicationRequests", "MedicationRequest"), ("procedures", "Procedure"),
                   ("diagnosticReports", "DiagnosticReport"), ("coverage", "Coverage")]:
        prefetch[key] = by_type(t)
    return {"hook": hook, "hookInstance": "d3b07384-d9a0-4c9b-8f6e-1a2b3c4d5e6f",
            "fhirServer": "https://ehr.example/fhir", "context": context, "prefetch": prefetch}

for i, c in enumerate(picked):
    hook = ["order-sign", "order-select", "patient-view"][i % 3]
    write("cds_request", compact(hook_request(c, hook)))
write("cds_request", compact({"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p1", "userId": "u"},
                              "prefetch": {"patient": {"resourceType": "Patient", "id": "p1"},
                                           "medicationRequests": {"resourceType": "MedicationRequest", "id": "m",
                                                                  "status": "draft", "medicationCodeableConcept": {
                                                                      "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "224905"}]}}}}))
write("cds_request", '{"hook":"patient-view","hookInstance":"x","context":{"patientId":"p"}}')
write("cds_request", compact({"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "ghost", "userId": "u",
                              "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": []}}}))
print({d.name: len(list(d.iterdir())) for d in sorted(OUT.iterdir())})
