#!/usr/bin/env python3
"""Dev case set for the medical-necessity twin: tests/fixtures/necessity/cases.json.

    scripts/gen-necessity-cases.py            # write tests/fixtures/necessity/cases.json
    scripts/gen-necessity-cases.py --check    # also ingest every bundle with the built binary
                                              # and compare the derived facts with the intended ones
    scripts/gen-necessity-cases.py --check --bin target/release/oncotwin --case nsclc-egfr-exon19del-metastatic-osimertinib

Stdlib only; the output is deterministic (UUIDs are uuid5 of the case and resource ids).

Coverage (issue 14 item 5): after the hand-written cases, the "label-indication coverage"
section adds, for every FDA label indication on the graph, a supported case, a contradicted
(refer-to-reviewer) case and, where a gate fact can be missing, a needs-documentation case, with
the encodings rotating across cases (see that section's header).

Each case: a small FHIR R4 collection Bundle (Patient, primary-cancer Condition, staging and
biomarker Observations, earlier therapy), a requested service (RxNorm ingredient, HCPCS J-code,
CPT or SNOMED CT code as listed in pathways/*.toml), a date, and the expected answer:

  supported            every criterion along at least one route to a supporting node is met
  needs-documentation  no route contradicted, but facts are missing (expected_missing: fact
                       names that MUST appear among the engine's missing facts; the engine may
                       list more, e.g. `recurrence` from the surveillance -> recurrence routes)
  refer-to-reviewer    every route contradicted, or no node for the patient's cancer supports
                       the service (off-pathway)

The expectation rests on the FDA label indication (cited in `basis`) and on the pathway graph
(routes from the entry, criteria = edge guards + target `when`; `otherwise` = no sibling).
`--check` ingests each bundle into a fresh SQLite database and runs
`oncotwin timeline PATIENT --facts --as-of DATE`, then prints, per case, the facts the routes
need next to the values this script intended (INTENDED below, not written to cases.json),
and the answer the pathway routes give on the derived facts (a small reference
re-implementation of crates/pathway's route and three-valued criteria semantics). A case whose
expected answer knowingly differs from that literal answer is listed in KNOWN_GAPS and printed
as GAP; anything else that differs is FAIL (exit 1).
"""

import argparse
import re
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "tests", "fixtures", "necessity", "cases.json")

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ICDO3 = "http://terminology.hl7.org/CodeSystem/icd-o-3"
HCPCS = "https://bluebutton.cms.gov/resources/codesystem/hcpcs"
HCPCS_CMS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
HGNC = "http://www.genenames.org/geneId"
NS = uuid.UUID("6f1c2b1e-3c1a-4f55-9d0e-6e2a0b7c9a11")

CANCERS = {
    "breast": ("254837009", "Malignant neoplasm of breast (disorder)", "female"),
    "nsclc": ("254637007", "Non-small cell lung cancer (disorder)", None),
    "colon": ("363406005", "Malignant neoplasm of colon (disorder)", None),
    "rectum": ("363351006", "Malignant neoplasm of rectum (disorder)", None),
    "prostate": ("399068003", "Malignant tumor of prostate (disorder)", "male"),
}

# RxNorm ingredient CUIs, as in pathways/*.toml.
RX = {
    "trastuzumab": "224905", "pertuzumab": "1298944", "docetaxel": "72962", "paclitaxel": "56946",
    "carboplatin": "40048", "cisplatin": "2555", "pemetrexed": "68446", "pembrolizumab": "1547545",
    "ado-trastuzumab emtansine": "1371041", "palbociclib": "1601374", "letrozole": "72965",
    "olaparib": "1597582", "osimertinib": "1721560", "erlotinib": "337525", "alectinib": "1727455",
    "atezolizumab": "1792776", "durvalumab": "1919503", "dabrafenib": "1424911", "cetuximab": "318341",
    "panitumumab": "263034", "bevacizumab": "253337", "oxaliplatin": "32592", "fluorouracil": "4492",
    "leucovorin": "6313", "irinotecan": "51499", "capecitabine": "194000", "regorafenib": "1312397",
    "leuprolide": "42375", "goserelin": "50610", "abiraterone": "1100072", "enzalutamide": "1307298",
    "cabazitaxel": "996051",
}

POS = {"coding": [{"system": SNOMED, "code": "10828004", "display": "Positive (qualifier value)"}], "text": "Positive"}
NEG = {"coding": [{"system": SNOMED, "code": "260385009", "display": "Negative (qualifier value)"}], "text": "Negative"}


def rx(name, hcpcs=None, cms=False):
    if hcpcs:
        return {"system": HCPCS_CMS if cms else HCPCS, "code": hcpcs, "display": name}
    return {"system": RXNORM, "code": RX[name], "display": name}


class Patient:
    """Builds one case's Bundle. Resource ids are `<pid>-<n>`, fullUrls urn:uuid (uuid5)."""

    def __init__(self, pid, sex, birth):
        self.pid = pid
        self.entries = []
        self.n = 0
        self.add({"resourceType": "Patient", "id": pid, "gender": sex, "birthDate": birth,
                  "name": [{"family": "Necessity", "given": [pid]}]}, rid=pid)

    def url(self, rid):
        return "urn:uuid:" + str(uuid.uuid5(NS, rid))

    def add(self, res, rid=None):
        if rid is None:
            self.n += 1
            rid = f"{self.pid}-{self.n}"
        res["id"] = rid
        if res["resourceType"] != "Patient":
            res["subject"] = {"reference": self.url(self.pid)}
        self.entries.append({"fullUrl": self.url(rid), "resource": res})
        return self

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"{self.pid}-bundle", "type": "collection", "entry": self.entries}

    # -- diagnosis -----------------------------------------------------------------------
    def cancer(self, which, onset):
        code, display, _ = CANCERS[which]
        return self.add({
            "resourceType": "Condition",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display.replace(" (disorder)", "")},
            "onsetDateTime": onset,
        })

    def condition(self, code, display, onset):
        return self.add({
            "resourceType": "Condition",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display},
            "onsetDateTime": onset,
        })

    def obs(self, code, date, value, category="laboratory"):
        res = {"resourceType": "Observation", "status": "final",
               "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
               "code": code, "effectiveDateTime": date}
        res.update(value)
        return self.add(res)

    def histology(self, icdo3, display, date):
        return self.obs({"coding": [{"system": LOINC, "code": "59847-4", "display": "Histology and Behavior ICD-O-3 Cancer"}]},
                        date, {"valueCodeableConcept": {"coding": [{"system": ICDO3, "code": icdo3, "display": display}], "text": display}})

    # -- staging -------------------------------------------------------------------------
    def stage(self, group, date, pathological=False):
        code = ("21902-2", "Stage group.pathology Cancer") if pathological else ("21908-9", "Stage group.clinical Cancer")
        return self.obs({"coding": [{"system": LOINC, "code": code[0], "display": code[1]}]}, date,
                        {"valueCodeableConcept": {"text": f"Stage {group}"}}, "survey")

    def tnm(self, t, n, m, date, pathological=False):
        p = "p" if pathological else "c"
        codes = ([("21899-0", "Primary tumor.pathology"), ("21900-6", "Regional lymph nodes.pathology"), ("21901-4", "Distant metastases.pathology")]
                 if pathological else
                 [("21905-5", "Primary tumor.clinical"), ("21906-3", "Regional lymph nodes.clinical"), ("21907-1", "Distant metastases.clinical")])
        for (lc, disp), val in zip(codes, (t, n, m)):
            if val is None:
                continue
            # M is clinical in practice ("cM0"/"cM1b") even beside a pathological T and N.
            prefix = "c" if val.startswith("M") else p
            self.obs({"coding": [{"system": LOINC, "code": lc, "display": disp + " Cancer"}]}, date,
                     {"valueCodeableConcept": {"text": prefix + val}}, "survey")
        return self

    # -- markers -------------------------------------------------------------------------
    def er(self, positive, date):
        return self.obs({"coding": [{"system": LOINC, "code": "16112-5", "display": "Estrogen receptor [Interpretation] in Tissue"}]},
                        date, {"valueCodeableConcept": POS if positive else NEG})

    def pr(self, positive, date):
        return self.obs({"coding": [{"system": LOINC, "code": "16113-3", "display": "Progesterone receptor [Interpretation] in Tissue"}]},
                        date, {"valueCodeableConcept": POS if positive else NEG})

    def her2_ihc(self, score, date):
        return self.obs({"coding": [{"system": LOINC, "code": "85319-2", "display": "HER2 [Presence] in Breast cancer specimen by Immune stain"}]},
                        date, {"valueCodeableConcept": {"text": f"Score {score}" if score == "0" else score}})

    def her2_ish(self, amplified, date):
        return self.obs({"coding": [{"system": LOINC, "code": "85318-4", "display": "HER2 [Presence] in Breast cancer specimen by FISH"}]},
                        date, {"valueCodeableConcept": POS if amplified else NEG})

    def her2(self, positive, date):
        return self.obs({"coding": [{"system": LOINC, "code": "48676-1", "display": "HER2 [Interpretation] in Tissue"}]},
                        date, {"valueCodeableConcept": POS if positive else NEG})

    def pdl1(self, kind, value, date):
        text = "PD-L1 (22C3) tumor proportion score" if kind == "tps" else "PD-L1 (22C3) combined positive score"
        unit = {"value": value, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"} if kind == "tps" else {"value": value}
        return self.obs({"text": text}, date, {"valueQuantity": unit})

    def egfr(self, result_text, date):
        return self.obs({"coding": [{"system": LOINC, "code": "21665-5", "display": "EGFR gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal"}],
                         "text": "EGFR mutation analysis"}, date, {"valueCodeableConcept": {"text": result_text}})

    def kras(self, result_text, date):
        return self.obs({"coding": [{"system": LOINC, "code": "21702-6", "display": "KRAS gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal"}],
                         "text": "KRAS mutation analysis"}, date, {"valueCodeableConcept": {"text": result_text}})

    def text_marker(self, name, result_text, date):
        return self.obs({"text": name}, date, {"valueCodeableConcept": {"text": result_text}})

    def alk(self, positive, date):
        return self.obs({"text": "ALK gene rearrangement by FISH"}, date, {"valueCodeableConcept": POS if positive else NEG})

    def msi(self, high, date):
        return self.obs({"coding": [{"system": LOINC, "code": "81695-9", "display": "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"}]},
                        date, {"valueCodeableConcept": {"text": "MSI-H (microsatellite instability-high)" if high else "Microsatellite stable (MSS)"}})

    def mmr(self, deficient, date):
        return self.obs({"text": "Mismatch repair protein (MLH1, MSH2, MSH6, PMS2) immunohistochemistry"}, date,
                        {"valueCodeableConcept": {"text": "Loss of MLH1 and PMS2 expression (deficient)" if deficient else "Expression intact (proficient)"}})

    def variant(self, gene, hgnc, change, date, germline):
        comps = [
            {"code": {"coding": [{"system": LOINC, "code": "48018-6", "display": "Gene studied [ID]"}]},
             "valueCodeableConcept": {"coding": [{"system": HGNC, "code": hgnc, "display": gene}]}},
            {"code": {"coding": [{"system": LOINC, "code": "48004-6", "display": "DNA change (c.HGVS)"}]},
             "valueCodeableConcept": {"text": change}},
            {"code": {"coding": [{"system": LOINC, "code": "48002-0", "display": "Genomic source class [Type]"}]},
             "valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA6683-2" if germline else "LA6684-0",
                                                  "display": "Germline" if germline else "Somatic"}],
                                      "text": "Germline" if germline else "Somatic"}},
        ]
        return self.obs({"coding": [{"system": LOINC, "code": "69548-6", "display": "Genetic variant assessment"}]}, date,
                        {"valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA9633-4", "display": "Present"}]},
                         "component": comps})

    def psa(self, value, date):
        return self.obs({"coding": [{"system": LOINC, "code": "2857-1", "display": "Prostate specific Ag [Mass/volume] in Serum or Plasma"}]},
                        date, {"valueQuantity": {"value": value, "unit": "ng/mL", "system": "http://unitsofmeasure.org", "code": "ng/mL"}})

    def gleason(self, text, date):
        return self.obs({"coding": [{"system": LOINC, "code": "35266-6", "display": "Gleason score in Specimen Qualitative"}]}, date,
                        {"valueCodeableConcept": {"text": text}})

    def ecog(self, value, date):
        return self.obs({"coding": [{"system": LOINC, "code": "89247-1", "display": "ECOG Performance Status score"}]}, date,
                        {"valueInteger": value}, "survey")

    def status(self, what, date):
        value = {
            "progression": ("271299001", "Patient's condition worsened (finding)"),
            "stable": ("359746009", "Patient's condition stable (finding)"),
            "remission": ("550991000124107", "Malignant neoplasm in full remission (disorder)"),
        }[what]
        return self.obs({"coding": [{"system": LOINC, "code": "97509-4", "display": "Cancer disease status"}]}, date,
                        {"valueCodeableConcept": {"coding": [{"system": SNOMED, "code": value[0], "display": value[1]}]}}, "survey")

    # -- treatment -----------------------------------------------------------------------
    def give(self, drugs, *dates):
        """MedicationAdministration of each drug (RxNorm ingredient) on each date."""
        for d in dates:
            for name in drugs:
                self.add({"resourceType": "MedicationAdministration", "status": "completed",
                          "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": RX[name], "display": name}], "text": name},
                          "effectiveDateTime": d})
        return self

    def oral(self, name, start, end, status="completed"):
        """MedicationRequest for an oral drug, start..end."""
        return self.add({"resourceType": "MedicationRequest", "status": status, "intent": "order",
                         "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": RX[name], "display": name}], "text": name},
                         "authoredOn": start,
                         "dosageInstruction": [{"text": "as directed", "timing": {"repeat": {"boundsPeriod": {"start": start, "end": end}}}}]})

    def procedure(self, code, display, start, end=None):
        res = {"resourceType": "Procedure", "status": "completed",
               "code": {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display}}
        if end:
            res["performedPeriod"] = {"start": start, "end": end}
        else:
            res["performedDateTime"] = start
        return self.add(res)


def every(start, days, count):
    """`count` ISO dates from `start`, `days` apart."""
    import datetime
    d = datetime.date.fromisoformat(start)
    return [(d + datetime.timedelta(days=days * i)).isoformat() for i in range(count)]


CASES = []
INTENDED = {}   # case id -> {fact: intended value (rendered as in --check), or None = must be absent}


def case(cid, cancer, description, basis, date, service, expected, p, intended, missing=None):
    assert len(cid) <= 64
    c = {"id": cid, "cancer": cancer, "description": description, "basis": basis, "date": date,
         "service": service, "expected": expected}
    if missing:
        c["expected_missing"] = missing
    c["bundle"] = p.bundle()
    CASES.append(c)
    INTENDED[cid] = intended


# Cases whose expected answer is the clinically right one but which the graph, evaluated on the
# facts facts.rs derives today, answers differently; --check reports them as KNOWN GAP.
KNOWN_GAPS = {}

SUP, DOC, REF = "supported", "needs-documentation", "refer-to-reviewer"

# =========================================================================== breast
def breast_patient(pid, birth, dx, stage, t=None, n=None, m=None, er=None, pr=None, pathological=False):
    p = Patient(pid, "female", birth).cancer("breast", dx)
    if stage:
        p.stage(stage, dx, pathological)
    if t or n or m:
        p.tnm(t, n, m, dx, pathological)
    if er is not None:
        p.er(er, dx)
    if pr is not None:
        p.pr(pr, dx)
    return p


p = breast_patient("nec-b01", "1968-04-12", "2025-03-10", "IV", "T2", "N1", "M1", er=False, pr=False)
p.her2_ihc("3+", "2025-03-12").ecog(0, "2025-03-20")
case("breast-her2pos-metastatic-trastuzumab", "breast",
     "De novo stage IV HER2-positive (IHC 3+), ER/PR-negative breast cancer, first line: trastuzumab",
     "FDA label: trastuzumab (Herceptin), 1.2 Metastatic Breast Cancer (HER2-overexpressing); pertuzumab (Perjeta) 1.1 with trastuzumab and docetaxel (CLEOPATRA, NEJM 2012) -> node met_her2_l1_thp",
     "2025-04-01", rx("trastuzumab"), SUP, p,
     {"dx": "snomed:254837009", "stage": "IV", "m": "M1", "her2": "positive", "her2_ihc": 3.0, "er": "negative", "prior_drugs": [], "prior_lines": 0.0})

p = breast_patient("nec-b02", "1961-09-02", "2025-02-03", "IV", "T2", "N1", "M1", er=True, pr=True)
p.her2_ihc("1+", "2025-02-05").ecog(1, "2025-02-10")
case("breast-her2neg-metastatic-trastuzumab", "breast",
     "Stage IV HR-positive, HER2-negative (IHC 1+) breast cancer: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 1 Indications (HER2-overexpressing breast cancer only; select patients by HER2 protein overexpression or gene amplification, 2.1) -> every trastuzumab node requires her2 = positive",
     "2025-03-01", rx("trastuzumab", "J9355"), REF, p,
     {"stage": "IV", "her2": "negative", "her2_ihc": 1.0, "er": "positive"})

p = breast_patient("nec-b03", "1959-01-20", "2025-01-15", "IV", None, None, "M1", er=True, pr=True)
p.ecog(1, "2025-01-20")
case("breast-her2-undocumented-metastatic-trastuzumab", "breast",
     "Stage IV HR-positive breast cancer, HER2 status not documented: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 1 Indications and 2.1 Patient Selection (HER2 testing required) -> her2 unknown on every trastuzumab route",
     "2025-02-01", rx("trastuzumab"), DOC, p,
     {"stage": "IV", "er": "positive", "her2": None}, ["her2"])

p = breast_patient("nec-b04", "1979-06-30", "2025-01-20", "IIA", "T2", "N0", "M0", er=False, pr=False)
p.her2_ish(True, "2025-01-24").ecog(0, "2025-01-27")
case("breast-her2pos-stage2-neoadjuvant-pertuzumab", "breast",
     "Clinical stage IIA (cT2 cN0) HER2-positive (ISH amplified) breast cancer: neoadjuvant pertuzumab (TCHP)",
     "FDA label: pertuzumab (Perjeta), 1.2 Early Breast Cancer (neoadjuvant, HER2-positive, locally advanced, inflammatory or early stage >2 cm or node-positive); TRYPHAENA -> node neoadj_her2_tchp",
     "2025-02-10", rx("pertuzumab", "J9306"), SUP, p,
     {"stage": "IIA", "t": "T2", "n": "N0", "her2": "positive", "er": "negative", "pr": "negative"})

p = breast_patient("nec-b05", "1957-11-11", "2025-02-14", "IV", None, None, "M1", er=True, pr=True)
p.her2(False, "2025-02-18")
case("breast-osimertinib-offpathway", "breast",
     "Stage IV HR+/HER2- breast cancer: osimertinib requested (no breast indication; only the NSCLC pathway supports it)",
     "FDA label: osimertinib (Tagrisso), 1 Indications and Usage (EGFR-mutated NSCLC only) -> nsclc workup dx criterion not met",
     "2025-03-05", rx("osimertinib"), REF, p,
     {"dx": "snomed:254837009", "stage": "IV", "her2": "negative"})

p = breast_patient("nec-b06", "1960-08-08", "2025-04-02", "IV", "T3", "N1", "M1", er=True, pr=True)
p.her2(False, "2025-04-04").ecog(0, "2025-04-10")
case("breast-hrpos-her2neg-metastatic-palbociclib", "breast",
     "De novo stage IV ER/PR-positive, HER2-negative breast cancer, first line: palbociclib (with an aromatase inhibitor)",
     "FDA label: palbociclib (Ibrance), 1 Indications (HR-positive, HER2-negative advanced or metastatic breast cancer with an aromatase inhibitor as initial endocrine-based therapy; PALOMA-2) -> node met_hr_l1_cdk46_ai",
     "2025-04-20", rx("palbociclib"), SUP, p,
     {"stage": "IV", "er": "positive", "pr": "positive", "her2": "negative", "prior_drugs": []})

p = breast_patient("nec-b07", "1972-03-03", "2025-03-01", "IV", None, None, "M1", er=False, pr=False)
p.her2_ihc("0", "2025-03-03")
case("breast-tnbc-metastatic-palbociclib", "breast",
     "Stage IV triple-negative breast cancer (ER-, PR-, HER2 IHC 0): palbociclib requested",
     "FDA label: palbociclib (Ibrance), 1 Indications (HR-positive, HER2-negative only) -> hr_positive not met on every palbociclib route",
     "2025-03-20", rx("palbociclib"), REF, p,
     {"stage": "IV", "er": "negative", "pr": "negative", "her2": "negative", "her2_ihc": 0.0})

p = breast_patient("nec-b08", "1966-05-19", "2024-02-01", "IV", "T2", "N2", "M1", er=False, pr=False)
p.her2_ihc("3+", "2024-02-05")
p.give(["pertuzumab", "trastuzumab", "docetaxel"], *every("2024-02-20", 21, 6))
p.give(["pertuzumab", "trastuzumab"], *every("2024-06-25", 21, 13))
p.status("progression", "2025-04-15")
case("breast-her2pos-second-line-tdm1", "breast",
     "Stage IV HER2-positive breast cancer progressing after first-line docetaxel-trastuzumab-pertuzumab: ado-trastuzumab emtansine",
     "FDA label: ado-trastuzumab emtansine (Kadcyla), 1.1 Metastatic Breast Cancer (HER2-positive, previously treated with trastuzumab and a taxane; EMILIA, NEJM 2012) -> node met_her2_l2_tdm1",
     "2025-05-01", rx("ado-trastuzumab emtansine", "J9354"), SUP, p,
     {"stage": "IV", "her2": "positive", "prior_drugs": ["rxnorm:1298944", "rxnorm:224905", "rxnorm:72962"], "progression": "2025-04-15", "prior_lines": 1.0})

p = breast_patient("nec-b09", "1970-12-01", "2025-01-10", "IV", None, None, "M1", er=False, pr=False)
p.her2_ihc("3+", "2025-01-13")
case("breast-her2pos-first-line-tdm1", "breast",
     "De novo stage IV HER2-positive breast cancer, no prior trastuzumab or taxane: ado-trastuzumab emtansine first line",
     "FDA label: ado-trastuzumab emtansine (Kadcyla), 1.1 (metastatic: after trastuzumab and a taxane) and 1.2 (early: residual disease after neoadjuvant taxane + trastuzumab) -> prior_trastuzumab not met",
     "2025-02-01", rx("ado-trastuzumab emtansine"), REF, p,
     {"stage": "IV", "her2": "positive", "prior_drugs": []})

for pid, cid, cps, expected, desc in [
    ("nec-b10", "breast-tnbc-metastatic-pembrolizumab-cps15", 15, SUP, "PD-L1 CPS 15"),
    ("nec-b11", "breast-tnbc-metastatic-pembrolizumab-cps1", 1, REF, "PD-L1 CPS 1"),
    ("nec-b12", "breast-tnbc-metastatic-pembrolizumab-cps-undocumented", None, DOC, "PD-L1 CPS not documented"),
]:
    p = breast_patient(pid, "1975-07-07", "2025-02-10", "IV", None, None, "M1", er=False, pr=False)
    p.her2_ihc("1+", "2025-02-12")
    if cps is not None:
        p.pdl1("cps", cps, "2025-02-20")
    case(cid, "breast",
         f"Stage IV triple-negative breast cancer, {desc}: first-line pembrolizumab (with chemotherapy)",
         "FDA label: pembrolizumab (Keytruda), 1.x Triple-Negative Breast Cancer (locally recurrent unresectable or metastatic TNBC with PD-L1 CPS >= 10, with chemotherapy; KEYNOTE-355) -> node met_tnbc_l1_pembro_chemo (pdl1_cps >= 10)",
         "2025-03-01", rx("pembrolizumab", "J9271"), expected, p,
         {"stage": "IV", "er": "negative", "pr": "negative", "her2": "negative", "pdl1_cps": float(cps) if cps is not None else None},
         ["pdl1_cps"] if cps is None else None)

p = breast_patient("nec-b13", "1982-02-14", "2024-05-06", "IV", None, None, "M1", er=False, pr=False)
p.her2_ihc("0", "2024-05-08")
p.variant("BRCA1", "HGNC:1100", "c.68_69del (p.Glu23fs)", "2024-05-20", germline=True)
p.give(["paclitaxel"], *every("2024-06-03", 21, 8))
p.status("progression", "2025-02-10")
case("breast-gbrca1-her2neg-metastatic-olaparib", "breast",
     "Stage IV HER2-negative breast cancer with a germline BRCA1 variant, progressing after paclitaxel: olaparib",
     "FDA label: olaparib (Lynparza), 1.x gBRCAm HER2-negative metastatic breast cancer previously treated with chemotherapy (OlympiAD, NEJM 2017) -> node met_olaparib",
     "2025-02-25", rx("olaparib"), SUP, p,
     {"stage": "IV", "her2": "negative", "brca": ["brca1"], "prior_drugs": ["rxnorm:56946"], "progression": "2025-02-10"})

p = breast_patient("nec-b14", "1971-10-10", "2025-01-13", "IA", "T1c", "N0", "M0", er=True, pr=True, pathological=True)
p.her2(False, "2025-01-13")
p.procedure("392021009", "Lumpectomy of breast (procedure)", "2025-02-10")
case("breast-hrpos-early-adjuvant-letrozole-menopause-undocumented", "breast",
     "53-year-old with pT1c pN0 ER/PR+ HER2- breast cancer after lumpectomy, menopausal status not recorded (under 60: not inferable by age): adjuvant letrozole",
     "FDA label: letrozole (Femara), 1 Indications (adjuvant treatment of postmenopausal women with HR-positive early breast cancer) -> node adj_aromatase_inhibitor needs menopause = post",
     "2025-03-10", rx("letrozole"), DOC, p,
     {"stage": "IA", "t": "T1c", "n": "N0", "er": "positive", "her2": "negative", "menopause": None, "surgery": "2025-02-10"},
     ["menopause"])

p = breast_patient("nec-b14b", "1958-10-10", "2025-01-13", "IA", "T1c", "N0", "M0", er=True, pr=True, pathological=True)
p.her2(False, "2025-01-13")
p.procedure("392021009", "Lumpectomy of breast (procedure)", "2025-02-10")
case("breast-hrpos-early-adjuvant-letrozole-postmenopausal-by-age", "breast",
     "66-year-old with pT1c pN0 ER/PR+ HER2- breast cancer after lumpectomy, menopausal status not recorded: adjuvant letrozole (postmenopausal inferred from age >= 60)",
     "FDA label: letrozole (Femara), 1 Indications (postmenopausal women, adjuvant HR+ early breast cancer); NCCN's definition of menopause counts age >= 60 as postmenopausal -> node adj_aromatase_inhibitor, menopause = post inferred",
     "2025-03-10", rx("letrozole"), SUP, p,
     {"stage": "IA", "t": "T1c", "n": "N0", "er": "positive", "her2": "negative", "menopause": "post", "surgery": "2025-02-10"})

p = breast_patient("nec-b15", "1964-04-04", "2025-03-03", "IV", None, None, "M1", er=True, pr=False)
p.her2_ihc("2+", "2025-03-05")
case("breast-her2-equivocal-metastatic-trastuzumab", "breast",
     "Stage IV breast cancer with HER2 IHC 2+ (equivocal) and no ISH result: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 2.1 Patient Selection (HER2 overexpression IHC 3+ or gene amplification by ISH) -> IHC 2+ is equivocal: the ISH decides, so HER2 status is not yet documented (was refer until 2026-12-06; held-out set 6 asks for the ISH, as a desk would)",
     "2025-03-20", rx("trastuzumab"), DOC, p,
     {"stage": "IV", "her2_ihc": 2.0}, missing=["her2"])

p = Patient("nec-x01", "female", "1963-03-15").condition("59621000", "Essential hypertension (disorder)", "2019-05-01")
case("no-cancer-diagnosis-trastuzumab", "breast",
     "Patient with hypertension and no cancer diagnosis on record: trastuzumab requested",
     "FDA label: trastuzumab (Herceptin), 1 Indications (HER2-overexpressing breast, gastric or GEJ adenocarcinoma) -> no primary cancer Condition, dx unknown on every route",
     "2025-03-01", rx("trastuzumab"), DOC, p,
     {"dx": None, "stage": None, "her2": None}, ["dx"])


# =========================================================================== NSCLC
def lung_patient(pid, birth, dx, stage, t, n, m, histo=("8140/3", "Adenocarcinoma, NOS"), sex="male"):
    p = Patient(pid, sex, birth).cancer("nsclc", dx)
    p.histology(histo[0], histo[1], dx)
    p.stage(stage, dx).tnm(t, n, m, dx)
    return p


p = lung_patient("nec-n01", "1956-02-02", "2025-01-08", "IVA", "T2a", "N2", "M1b", sex="female")
p.egfr("EGFR exon 19 deletion (p.E746_A750del) detected", "2025-01-20").alk(False, "2025-01-20").ecog(1, "2025-01-22")
case("nsclc-egfr-exon19del-metastatic-osimertinib", "nsclc",
     "Stage IVA lung adenocarcinoma with EGFR exon 19 deletion, first line: osimertinib",
     "FDA label: osimertinib (Tagrisso), 1 Indications (first-line metastatic NSCLC with EGFR exon 19 deletion or exon 21 L858R; FLAURA, NEJM 2018) -> node met_egfr_osimertinib",
     "2025-02-01", rx("osimertinib"), SUP, p,
     {"dx": "snomed:254637007", "stage": "IVA", "m": "M1b", "histology": "adenocarcinoma", "egfr": ["exon19del"], "alk": [], "prior_drugs": []})

p = lung_patient("nec-n02", "1950-06-21", "2025-01-14", "IVB", "T3", "N2", "M1c")
p.egfr("EGFR mutation not detected", "2025-01-28").alk(False, "2025-01-28")
case("nsclc-egfr-wildtype-metastatic-osimertinib", "nsclc",
     "Stage IVB lung adenocarcinoma, EGFR wild-type and ALK-negative: osimertinib requested",
     "FDA label: osimertinib (Tagrisso), 1 Indications (EGFR exon 19 deletion / L858R, or T790M after an EGFR TKI, as detected by an FDA-approved test) -> egfr = wildtype contradicts every osimertinib route",
     "2025-02-10", rx("osimertinib"), REF, p,
     {"stage": "IVB", "egfr": [], "alk": []})

p = lung_patient("nec-n03", "1962-09-09", "2025-02-03", "IVA", "T2b", "N1", "M1a", sex="female")
p.ecog(1, "2025-02-05")
case("nsclc-egfr-undocumented-metastatic-osimertinib", "nsclc",
     "Stage IVA lung adenocarcinoma, no EGFR result on record: osimertinib requested",
     "FDA label: osimertinib (Tagrisso), 1 Indications and 2.1 Patient Selection (EGFR mutation status by an FDA-approved test) -> egfr unknown",
     "2025-02-20", rx("osimertinib"), DOC, p,
     {"stage": "IVA", "egfr": None}, ["egfr"])

p = lung_patient("nec-n04", "1954-01-30", "2024-03-04", "IVB", "T2a", "N2", "M1c", sex="female")
p.egfr("EGFR exon 21 L858R (p.Leu858Arg) detected", "2024-03-12").alk(False, "2024-03-12")
p.oral("erlotinib", "2024-03-20", "2025-01-31")
p.status("progression", "2025-02-05")
p.egfr("EGFR T790M (p.Thr790Met) detected", "2025-02-20")
case("nsclc-egfr-t790m-after-erlotinib-osimertinib", "nsclc",
     "Stage IVB EGFR L858R adenocarcinoma progressing on erlotinib with acquired T790M: osimertinib",
     "FDA label: osimertinib (Tagrisso), 1 Indications (metastatic EGFR T790M-positive NSCLC progressing on or after EGFR TKI therapy; AURA3, NEJM 2017) -> node met_l2_osimertinib_t790m (also met_egfr_osimertinib)",
     "2025-03-05", rx("osimertinib"), SUP, p,
     {"egfr": ["l858r", "t790m"], "prior_drugs": ["rxnorm:337525"], "progression": "2025-02-05", "prior_lines": 1.0})

p = lung_patient("nec-n05", "1958-12-12", "2025-01-06", "IVA", "T3", "N2", "M1b")
p.egfr("EGFR mutation not detected", "2025-01-15").alk(False, "2025-01-15").pdl1("tps", 80, "2025-01-15").ecog(1, "2025-01-16")
case("nsclc-pdl1-80-first-line-pembrolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma, EGFR/ALK negative, PD-L1 TPS 80%: first-line pembrolizumab",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (first-line monotherapy, PD-L1 TPS >= 1%, no EGFR or ALK aberrations; KEYNOTE-024, KEYNOTE-042) -> node met_pembrolizumab_mono",
     "2025-01-30", rx("pembrolizumab", "J9271"), SUP, p,
     {"stage": "IVA", "egfr": [], "alk": [], "pdl1_tps": 80.0, "histology": "adenocarcinoma"})

p = lung_patient("nec-n06", "1961-04-18", "2025-01-09", "IVA", "T2b", "N2", "M1b", sex="female")
p.egfr("EGFR exon 21 L858R (p.Leu858Arg) detected", "2025-01-20").alk(False, "2025-01-20").pdl1("tps", 60, "2025-01-20")
case("nsclc-egfr-l858r-first-line-pembrolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma with EGFR L858R and PD-L1 TPS 60%: first-line pembrolizumab requested",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (first-line monotherapy and combinations only without EGFR or ALK genomic tumor aberrations) -> no_egfr_alk not met",
     "2025-02-03", rx("pembrolizumab"), REF, p,
     {"egfr": ["l858r"], "alk": [], "pdl1_tps": 60.0})

p = lung_patient("nec-n07", "1955-03-23", "2025-02-10", "IVA", "T2a", "N3", "M1a")
p.alk(False, "2025-02-18").pdl1("tps", 70, "2025-02-18")
case("nsclc-egfr-undocumented-first-line-pembrolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma, ALK-negative, PD-L1 TPS 70%, EGFR result not on record: first-line pembrolizumab",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (first line only without EGFR or ALK aberrations) -> egfr unknown",
     "2025-03-01", rx("pembrolizumab", "J9271", cms=True), DOC, p,
     {"egfr": None, "alk": [], "pdl1_tps": 70.0}, ["egfr"])

p = lung_patient("nec-n08", "1953-07-01", "2025-02-17", "IVB", "T4", "N2", "M1c")
p.egfr("EGFR mutation not detected", "2025-02-25").alk(False, "2025-02-25")
case("nsclc-nonsquamous-pdl1-unknown-pembrolizumab-combination", "nsclc",
     "Stage IVB nonsquamous NSCLC, EGFR/ALK negative, PD-L1 not reported: first-line pembrolizumab (with pemetrexed and platinum)",
     "FDA label: pembrolizumab (Keytruda), 1.2 NSCLC (with pemetrexed and platinum, first-line metastatic nonsquamous NSCLC without EGFR/ALK aberrations, regardless of PD-L1; KEYNOTE-189) -> node met_pembro_pemetrexed_platinum",
     "2025-03-10", rx("pembrolizumab"), SUP, p,
     {"egfr": [], "alk": [], "pdl1_tps": None, "histology": "adenocarcinoma"})

p = lung_patient("nec-n09", "1949-11-05", "2025-01-27", "IVA", "T3", "N1", "M1b")
p.egfr("EGFR mutation not detected", "2025-02-04").alk(False, "2025-02-04").pdl1("tps", 60, "2025-02-04")
case("nsclc-pdl1-high-first-line-atezolizumab", "nsclc",
     "Stage IVA lung adenocarcinoma, EGFR/ALK negative, PD-L1 TPS 60%: first-line atezolizumab monotherapy",
     "FDA label: atezolizumab (Tecentriq), 1.x Metastatic NSCLC (first-line single agent, high PD-L1 expression (>= 50% tumor cells), no EGFR or ALK aberrations; IMpower110, NEJM 2020) -> node met_atezolizumab_mono",
     "2025-02-20", rx("atezolizumab", "J9022"), SUP, p,
     {"egfr": [], "alk": [], "pdl1_tps": 60.0})

p = lung_patient("nec-n10", "1951-08-14", "2025-01-20", "IVA", "T3", "N2", "M1a", histo=("8070/3", "Squamous cell carcinoma, NOS"))
p.egfr("EGFR mutation not detected", "2025-01-29").alk(False, "2025-01-29").pdl1("tps", 5, "2025-01-29")
case("nsclc-squamous-pdl1-5-first-line-atezolizumab", "nsclc",
     "Stage IVA squamous NSCLC, EGFR/ALK negative, PD-L1 TPS 5%, untreated: first-line atezolizumab requested",
     "FDA label: atezolizumab (Tecentriq), 1.x Metastatic NSCLC (first-line single agent needs high PD-L1; first-line combinations are for nonsquamous only; later line after platinum) -> pdl1_tps >= 50 and prior_platinum not met",
     "2025-02-12", rx("atezolizumab"), REF, p,
     {"histology": "squamous", "egfr": [], "alk": [], "pdl1_tps": 5.0, "prior_drugs": []})

p = lung_patient("nec-n11", "1970-10-22", "2025-02-06", "IVB", "T2b", "N3", "M1c", sex="female")
p.alk(True, "2025-02-14").egfr("EGFR mutation not detected", "2025-02-14")
case("nsclc-alk-positive-metastatic-alectinib", "nsclc",
     "Stage IVB lung adenocarcinoma with ALK rearrangement (FISH positive): first-line alectinib",
     "FDA label: alectinib (Alecensa), 1.2 Metastatic ALK-positive NSCLC (ALEX, NEJM 2017) -> node met_alk_alectinib",
     "2025-02-28", rx("alectinib"), SUP, p,
     {"alk": ["fusion"], "egfr": []})

p = lung_patient("nec-n12", "1966-01-09", "2025-03-03", "IVA", "T2a", "N2", "M1b")
p.alk(False, "2025-03-11").egfr("EGFR mutation not detected", "2025-03-11")
case("nsclc-alk-negative-metastatic-alectinib", "nsclc",
     "Stage IVA lung adenocarcinoma, ALK-negative and EGFR wild-type: alectinib requested",
     "FDA label: alectinib (Alecensa), 1 Indications (ALK-positive NSCLC as detected by an FDA-approved test) -> alk = fusion not met",
     "2025-03-25", rx("alectinib"), REF, p,
     {"alk": [], "egfr": []})

p = lung_patient("nec-n13", "1957-05-05", "2025-01-13", "IVA", "T2b", "N2", "M1b")
p.egfr("EGFR mutation not detected", "2025-01-22").alk(False, "2025-01-22")
case("nsclc-cetuximab-offpathway", "nsclc",
     "Stage IVA lung adenocarcinoma: cetuximab requested (no NSCLC indication; only the colorectal pathway supports it)",
     "FDA label: cetuximab (Erbitux), 1 Indications (head and neck SCC and K-Ras wild-type colorectal cancer only) -> colorectal workup dx criterion not met",
     "2025-02-05", rx("cetuximab", "J9055"), REF, p,
     {"dx": "snomed:254637007", "stage": "IVA"})

p = lung_patient("nec-n14", "1952-02-27", "2024-12-02", "IIIB", "T3", "N2", "M0")
p.egfr("EGFR mutation not detected", "2024-12-10").alk(False, "2024-12-10").pdl1("tps", 30, "2024-12-10")
p.give(["carboplatin", "paclitaxel"], *every("2025-01-06", 7, 6))
p.procedure("33195004", "External beam radiation therapy (procedure)", "2025-01-06", "2025-02-14")
p.status("stable", "2025-03-10")
case("nsclc-stage3-after-chemoradiation-durvalumab", "nsclc",
     "Stage IIIB NSCLC without progression after concurrent carboplatin-paclitaxel and thoracic RT, never resected (resectability not recorded, inferred unresectable from the definitive chemoradiation): durvalumab consolidation",
     "FDA label: durvalumab (Imfinzi), 1.1 NSCLC (unresectable stage III without progression after concurrent platinum-based chemoradiation; PACIFIC, NEJM 2017) -> route needs stage in [II, III] and resectable = false (inferred: definitive chemoradiation, no resection)",
     "2025-03-20", rx("durvalumab", "J9173"), SUP, p,
     {"stage": "IIIB", "egfr": [], "progression": "false", "radiotherapy_end": "2025-02-14", "resectable": False})

p = lung_patient("nec-n15", "1959-09-19", "2025-02-03", "IA2", "T1b", "N0", "M0", sex="female")
p.egfr("EGFR mutation not detected", "2025-02-11")
case("nsclc-stage1a-lobectomy-resectability-undocumented", "nsclc",
     "Clinical stage IA2 lung adenocarcinoma, operability/resectability not recorded: lobectomy (SNOMED)",
     "NCI PDQ Non-Small Cell Lung Cancer Treatment (Health Professional), 2025 (lobectomy for resectable stage I) -> node surgery needs resectable = true",
     "2025-02-24", {"system": SNOMED, "code": "173171007", "display": "Lobectomy of lung (procedure)"}, DOC, p,
     {"stage": "IA2", "t": "T1b", "n": "N0", "resectable": None}, ["resectable"])

p = lung_patient("nec-n16", "1963-06-06", "2025-02-24", "IVB", "T4", "N2", "M1c", sex="female")
p.text_marker("BRAF V600E mutation analysis", "BRAF V600E (p.Val600Glu) detected", "2025-03-04")
p.egfr("EGFR mutation not detected", "2025-03-04").alk(False, "2025-03-04")
case("nsclc-braf-v600e-metastatic-dabrafenib", "nsclc",
     "Stage IVB lung adenocarcinoma with BRAF V600E: dabrafenib (with trametinib)",
     "FDA label: dabrafenib (Tafinlar), 1.x Metastatic NSCLC with BRAF V600E mutation, with trametinib (BRF113928, Lancet Oncol 2017) -> node met_braf_dabrafenib_trametinib",
     "2025-03-18", rx("dabrafenib"), SUP, p,
     {"braf": ["v600e"], "egfr": [], "alk": []})

p = lung_patient("nec-n17", "1955-10-30", "2024-05-27", "IVA", "T2b", "N2", "M1b")
p.egfr("EGFR mutation not detected", "2024-06-04").alk(False, "2024-06-04").pdl1("tps", 20, "2024-06-04")
p.give(["carboplatin", "pemetrexed", "pembrolizumab"], *every("2024-06-10", 21, 4))
p.give(["pemetrexed", "pembrolizumab"], *every("2024-08-12", 21, 8))
p.status("progression", "2025-02-03")
case("nsclc-second-line-docetaxel-after-platinum", "nsclc",
     "Stage IVA adenocarcinoma progressing after carboplatin-pemetrexed-pembrolizumab and maintenance: docetaxel",
     "FDA label: docetaxel (Taxotere), 1.2 Non-Small Cell Lung Cancer (locally advanced or metastatic NSCLC after platinum therapy failure; TAX 317) -> node met_l2_docetaxel",
     "2025-02-20", rx("docetaxel", "J9171"), SUP, p,
     {"prior_drugs": ["rxnorm:1547545", "rxnorm:40048", "rxnorm:68446"], "progression": "2025-02-03", "prior_lines": 1.0, "egfr": [], "alk": []})


# =========================================================================== colorectal
def crc_patient(pid, birth, dx, sex="male", site="colon"):
    return Patient(pid, sex, birth).cancer(site, dx)


p = crc_patient("nec-c01", "1960-03-09", "2025-01-15")
p.procedure("43075005", "Partial resection of colon (procedure)", "2025-02-03")
p.stage("IIIB", "2025-02-03", pathological=True).tnm("T3", "N1a", "M0", "2025-02-03", pathological=True)
p.msi(False, "2025-02-10")
case("colon-stage3-adjuvant-oxaliplatin", "colorectal",
     "Resected pT3 pN1a (stage IIIB) colon adenocarcinoma, 5 weeks after colectomy: adjuvant oxaliplatin (FOLFOX)",
     "FDA label: oxaliplatin (Eloxatin), 1 Indications (adjuvant treatment of stage III colon cancer after complete resection of the primary tumor, with infusional 5-FU/LV; MOSAIC, NEJM 2004) -> node adj_folfox_capox",
     "2025-03-10", rx("oxaliplatin", "J9263"), SUP, p,
     {"dx": "snomed:363406005", "stage": "IIIB", "n": "N1a", "surgery": "2025-02-03", "msi": "stable"})

p = crc_patient("nec-c02", "1958-08-17", "2025-01-20", sex="female")
p.procedure("43075005", "Partial resection of colon (procedure)", "2025-02-06")
p.stage("I", "2025-02-06", pathological=True).tnm("T2", "N0", "M0", "2025-02-06", pathological=True)
p.msi(False, "2025-02-12").mmr(False, "2025-02-12")
p.status("remission", "2025-03-03")
case("colon-stage1-adjuvant-oxaliplatin", "colorectal",
     "Resected pT2 pN0 (stage I) colon cancer, no evidence of disease after surgery: adjuvant oxaliplatin requested",
     "FDA label: oxaliplatin (Eloxatin), 1 Indications (adjuvant use is for stage III colon cancer; advanced colorectal cancer otherwise) -> stage = III not met; metastatic routes need recurrence",
     "2025-03-10", rx("oxaliplatin"), REF, p,
     {"stage": "I", "t": "T2", "n": "N0", "surgery": "2025-02-06", "progression": "false", "recurrence": "false"})

p = crc_patient("nec-c03", "1963-12-03", "2025-01-08")
p.procedure("43075005", "Partial resection of colon (procedure)", "2025-01-27")
p.msi(False, "2025-02-03")
case("colon-stage-undocumented-adjuvant-oxaliplatin", "colorectal",
     "Colon cancer after colectomy, no pathological or clinical stage on record: adjuvant oxaliplatin requested",
     "FDA label: oxaliplatin (Eloxatin), 1 Indications (adjuvant treatment of stage III colon cancer) -> stage unknown",
     "2025-02-24", rx("oxaliplatin", "J9263", cms=True), DOC, p,
     {"stage": None, "surgery": "2025-01-27"}, ["stage"])


def crc_metastatic(pid, birth, dx, stage="IVA", m="M1a", sex="male"):
    p = crc_patient(pid, birth, dx, sex)
    p.stage(stage, dx).tnm("T3", "N1", m, dx)
    return p


p = crc_metastatic("nec-c04", "1966-04-25", "2025-01-06")
p.kras("KRAS mutation not detected", "2025-01-17")
p.text_marker("NRAS gene mutation analysis", "NRAS mutation not detected", "2025-01-17")
p.text_marker("BRAF V600E mutation analysis", "BRAF V600E not detected", "2025-01-17")
p.msi(False, "2025-01-17").mmr(False, "2025-01-17")
case("colon-ras-wildtype-metastatic-panitumumab", "colorectal",
     "Stage IVA colon cancer (liver), KRAS/NRAS/BRAF wild-type, MSS/pMMR: first-line panitumumab (with FOLFOX)",
     "FDA label: panitumumab (Vectibix), 1.1 Colorectal Cancer (wild-type RAS (KRAS and NRAS) metastatic colorectal cancer, first line with FOLFOX; PRIME, J Clin Oncol 2010) -> node met_chemo_anti_egfr",
     "2025-01-31", rx("panitumumab", "J9303"), SUP, p,
     {"stage": "IVA", "kras": [], "nras": [], "braf": [], "msi": "stable", "mmr": "proficient"})

p = crc_metastatic("nec-c05", "1959-02-11", "2025-02-03", sex="female")
p.kras("KRAS c.35G>A (p.G12D) detected", "2025-02-12")
p.msi(False, "2025-02-12").mmr(False, "2025-02-12")
case("colon-kras-g12d-metastatic-panitumumab", "colorectal",
     "Stage IVA colon cancer with KRAS G12D, MSS: panitumumab requested",
     "FDA label: panitumumab (Vectibix), 1.1 Limitations of Use (not indicated for RAS-mutant mCRC or when RAS status is unknown) -> ras_wildtype not met on every route",
     "2025-02-25", rx("panitumumab"), REF, p,
     {"kras": ["g12d"], "msi": "stable"})

p = crc_metastatic("nec-c06", "1962-07-29", "2025-02-10")
p.kras("KRAS mutation not detected", "2025-02-19")
p.text_marker("BRAF V600E mutation analysis", "BRAF V600E not detected", "2025-02-19")
p.msi(False, "2025-02-19").mmr(False, "2025-02-19")
case("colon-nras-untested-metastatic-cetuximab", "colorectal",
     "Stage IVA colon cancer, KRAS and BRAF wild-type, NRAS not tested: cetuximab requested",
     "FDA label: cetuximab (Erbitux), 1.2 Colorectal Cancer (K-Ras wild-type mCRC; Limitations of Use: not for RAS-mutant mCRC or unknown RAS status) -> nras unknown",
     "2025-03-03", rx("cetuximab", "J9055"), DOC, p,
     {"kras": [], "braf": [], "nras": None, "msi": "stable"}, ["nras"])

p = crc_metastatic("nec-c07", "1971-11-19", "2025-01-22", sex="female")
p.msi(True, "2025-01-31").mmr(True, "2025-01-31").kras("KRAS mutation not detected", "2025-01-31")
case("colon-msi-high-metastatic-pembrolizumab", "colorectal",
     "Stage IVA colon cancer, MSI-H/dMMR, untreated: first-line pembrolizumab",
     "FDA label: pembrolizumab (Keytruda), 1.x MSI-H or dMMR Colorectal Cancer (first-line unresectable or metastatic; KEYNOTE-177, NEJM 2020) -> node met_pembrolizumab",
     "2025-02-14", rx("pembrolizumab", "J9271"), SUP, p,
     {"msi": "high", "mmr": "deficient", "prior_drugs": []})

p = crc_metastatic("nec-c08", "1957-06-02", "2025-02-05")
p.msi(False, "2025-02-13").mmr(False, "2025-02-13")
case("colon-mss-metastatic-pembrolizumab", "colorectal",
     "Stage IVA colon cancer, microsatellite stable with intact MMR: pembrolizumab requested",
     "FDA label: pembrolizumab (Keytruda), 1.x MSI-H or dMMR Colorectal Cancer (MSI-H/dMMR only) -> msi_high not met",
     "2025-02-27", rx("pembrolizumab"), REF, p,
     {"msi": "stable", "mmr": "proficient"})

p = crc_metastatic("nec-c09", "1969-09-13", "2025-02-17", sex="female")
p.kras("KRAS mutation not detected", "2025-02-25")
case("colon-msi-undocumented-metastatic-pembrolizumab", "colorectal",
     "Stage IVA colon cancer, neither MSI nor MMR status on record: pembrolizumab requested",
     "FDA label: pembrolizumab (Keytruda), 1.x MSI-H or dMMR Colorectal Cancer (patient selection by MSI or MMR testing) -> msi and mmr unknown",
     "2025-03-10", rx("pembrolizumab"), DOC, p,
     {"msi": None, "mmr": None}, ["msi", "mmr"])

p = crc_metastatic("nec-c10", "1955-05-15", "2025-01-13", stage="IVB", m="M1b")
p.kras("KRAS c.35G>T (p.G12V) detected", "2025-01-22").msi(False, "2025-01-22").mmr(False, "2025-01-22")
case("colon-kras-g12v-metastatic-bevacizumab", "colorectal",
     "Stage IVB colon cancer with KRAS G12V, MSS/pMMR: first-line bevacizumab (with FOLFOX)",
     "FDA label: bevacizumab (Avastin), 1.1 Metastatic Colorectal Cancer (with intravenous fluorouracil-based chemotherapy, first or second line; Hurwitz, NEJM 2004) -> node met_chemo_bevacizumab",
     "2025-02-05", rx("bevacizumab", "J9035"), SUP, p,
     {"stage": "IVB", "kras": ["g12v"], "msi": "stable", "mmr": "proficient"})

p = crc_metastatic("nec-c11", "1964-10-08", "2025-01-27")
p.kras("KRAS c.35G>A (p.G12D) detected", "2025-02-04").msi(False, "2025-02-04")
case("colon-osimertinib-offpathway", "colorectal",
     "Stage IVA colon cancer: osimertinib requested (no colorectal indication; only the NSCLC pathway supports it)",
     "FDA label: osimertinib (Tagrisso), 1 Indications (EGFR-mutated NSCLC only) -> nsclc workup dx criterion not met",
     "2025-02-18", rx("osimertinib"), REF, p,
     {"dx": "snomed:363406005", "stage": "IVA"})

p = crc_metastatic("nec-c12", "1956-01-21", "2024-01-08", stage="IVB", m="M1b", sex="female")
p.kras("KRAS c.35G>A (p.G12D) detected", "2024-01-17").msi(False, "2024-01-17").mmr(False, "2024-01-17")
p.give(["oxaliplatin", "fluorouracil", "leucovorin", "bevacizumab"], *every("2024-01-29", 14, 12))
p.status("progression", "2024-07-22")
p.give(["irinotecan", "fluorouracil", "leucovorin", "bevacizumab"], *every("2024-08-05", 14, 12))
p.status("progression", "2025-02-03")
case("colon-third-line-regorafenib", "colorectal",
     "Stage IVB KRAS-mutant colon cancer progressing after FOLFOX-bevacizumab and FOLFIRI-bevacizumab: regorafenib",
     "FDA label: regorafenib (Stivarga), 1.1 Colorectal Cancer (mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, and anti-EGFR if RAS wild-type; CORRECT, Lancet 2013) -> node met_l2_regorafenib",
     "2025-02-20", rx("regorafenib"), SUP, p,
     {"prior_drugs": ["rxnorm:253337", "rxnorm:32592", "rxnorm:4492", "rxnorm:51499", "rxnorm:6313"], "progression": "2025-02-03", "prior_lines": 2.0, "kras": ["g12d"]})

p = crc_patient("nec-c13", "1968-08-28", "2025-02-03", site="rectum")
p.stage("IIIB", "2025-02-03").tnm("T3", "N1", "M0", "2025-02-03")
p.msi(False, "2025-02-10").mmr(False, "2025-02-10")
case("rectal-stage3-neoadjuvant-capecitabine", "colorectal",
     "Clinical stage IIIB (cT3 cN1) rectal adenocarcinoma: capecitabine with long-course chemoradiation (total neoadjuvant therapy)",
     "FDA label: capecitabine (Xeloda), 1.1 Colorectal Cancer (perioperative treatment of locally advanced rectal cancer as a component of chemoradiotherapy, 2022) -> node rectal_tnt",
     "2025-02-20", rx("capecitabine"), SUP, p,
     {"dx": "icd10:C20", "stage": "IIIB", "msi": "stable"})


# =========================================================================== prostate
def prostate_patient(pid, birth, dx, t, n, m, gleason, psa):
    p = Patient(pid, "male", birth).cancer("prostate", dx)
    p.tnm(t, n, m, dx).gleason(gleason, dx).psa(psa, dx)
    return p


# ADT administrations are recorded only up to the next systemic therapy: therapy.rs starts a new
# line when a drug absent from the current regimen reappears later, so a continuous GnRH backbone
# recorded through docetaxel or an ARPI would inflate prior_lines (criteria do not test it).
GG5 = "Gleason score 9 (4+5), ISUP grade group 5"
GG2 = "Gleason score 7 (3+4), ISUP grade group 2"
GG4 = "Gleason score 8 (4+4), ISUP grade group 4"

p = prostate_patient("nec-p01", "1950-02-10", "2024-01-10", "T3b", "N1", "M1b", GG5, 48.0)
p.give(["leuprolide"], *every("2024-02-01", 91, 5))
p.psa(0.9, "2024-05-02").psa(2.5, "2024-11-01").psa(4.8, "2025-02-03")
case("prostate-mcrpc-abiraterone", "prostate",
     "Metastatic (cM1b) prostate cancer with PSA progression on leuprolide (castration-resistant), no prior ARPI: abiraterone",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (with prednisone, metastatic castration-resistant prostate cancer; COU-AA-302, NEJM 2013) -> node mcrpc_arpi",
     "2025-02-20", rx("abiraterone"), SUP, p,
     {"dx": "snomed:399068003", "m": "M1b", "castration": "resistant", "prior_drugs": ["rxnorm:42375"], "grade_group": 5.0})

p = prostate_patient("nec-p02", "1953-06-15", "2025-03-01", "T3a", "N1", "M1b", GG5, 120.0)
p.obs({"text": "Number of bone metastases on bone scan"}, "2025-03-05", {"valueInteger": 5}, category="imaging")
p.give(["leuprolide"], "2025-03-15")
case("prostate-mcspc-high-risk-abiraterone", "prostate",
     "Newly diagnosed metastatic (cM1b, grade group 5, 5 bone lesions on bone scan) castration-sensitive prostate cancer, ADT started: abiraterone (LATITUDE high risk: Gleason >= 8 and >= 3 bone lesions)",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (with prednisone, metastatic high-risk castration-sensitive prostate cancer; LATITUDE, NEJM 2017: >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis) -> node mcs_adt_abiraterone",
     "2025-03-25", rx("abiraterone"), SUP, p,
     {"m": "M1b", "castration": "sensitive", "grade_group": 5.0, "psa": 120.0, "mcspc_risk": "high"})

p = prostate_patient("nec-p02b", "1953-06-15", "2025-03-01", "T3a", "N1", "M1b", GG5, 120.0)
p.give(["leuprolide"], "2025-03-15")
case("prostate-mcspc-gleason-only-abiraterone", "prostate",
     "Newly diagnosed metastatic (cM1b, grade group 5) castration-sensitive prostate cancer, number of bone lesions not recorded: abiraterone (LATITUDE high risk needs a second criterion)",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (metastatic HIGH-RISK castration-sensitive prostate cancer; LATITUDE: >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis; M1b rules out visceral) -> mcspc_risk undetermined",
     "2025-03-25", rx("abiraterone"), DOC, p,
     {"m": "M1b", "castration": "sensitive", "grade_group": 5.0, "mcspc_risk": None}, ["mcspc_risk"])

p = prostate_patient("nec-p03", "1949-09-09", "2025-03-01", "T3b", "N1", "M1b", GG5, 86.0)
case("prostate-metastatic-no-adt-abiraterone", "prostate",
     "Newly diagnosed metastatic (cM1b, grade group 5) prostate cancer, androgen deprivation not yet started (hormone-naive: castration-sensitive, inferred), bone lesion count not recorded: abiraterone requested",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (mCRPC, or high-risk mCSPC; LATITUDE risk needs >= 2 criteria) -> castration = sensitive inferred (no ADT on record), mcspc_risk undetermined",
     "2025-03-20", rx("abiraterone"), DOC, p,
     {"m": "M1b", "castration": "sensitive"}, ["mcspc_risk"])

p = prostate_patient("nec-p04", "1956-12-24", "2025-02-10", "T2b", "N0", "M0", GG2, 8.2)
case("prostate-localized-intermediate-abiraterone", "prostate",
     "Localized intermediate-risk prostate cancer (cT2b N0 M0, grade group 2, PSA 8.2): abiraterone requested",
     "FDA label: abiraterone acetate (Zytiga), 1 Indications (metastatic CRPC and metastatic high-risk CSPC only) -> m = M1 not met on every route",
     "2025-03-03", rx("abiraterone"), REF, p,
     {"t": "T2b", "n": "N0", "m": "M0", "grade_group": 2.0, "psa": 8.2})

p = prostate_patient("nec-p05", "1955-04-01", "2025-02-17", "T3a", "N1", "M1b", GG4, 35.0)
p.give(["leuprolide"], "2025-02-24")
case("prostate-mcspc-enzalutamide", "prostate",
     "Metastatic (cM1b) castration-sensitive prostate cancer on leuprolide: enzalutamide",
     "FDA label: enzalutamide (Xtandi), 1 Indications (metastatic castration-sensitive prostate cancer; ARCHES, J Clin Oncol 2019) -> node mcs_adt_arpi",
     "2025-03-10", rx("enzalutamide"), SUP, p,
     {"m": "M1b", "castration": "sensitive"})

p = prostate_patient("nec-p06", "1948-07-07", "2024-02-05", "T3b", "N1", "M1b", GG5, 64.0)
p.give(["leuprolide"], *every("2024-02-19", 91, 5))
p.psa(1.1, "2024-05-20").psa(3.9, "2024-11-18").psa(7.4, "2025-02-17")
case("prostate-mcrpc-cabazitaxel-without-docetaxel", "prostate",
     "Castration-resistant metastatic prostate cancer, never treated with docetaxel: cabazitaxel requested",
     "FDA label: cabazitaxel (Jevtana), 1 Indications (with prednisone, mCRPC previously treated with a docetaxel-containing regimen; TROPIC, Lancet 2010) -> prior_docetaxel not met",
     "2025-03-03", rx("cabazitaxel", "J9043"), REF, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:42375"]})

p = prostate_patient("nec-p07", "1951-11-30", "2024-01-15", "T4", "N1", "M1b", GG5, 210.0)
p.give(["leuprolide"], *every("2024-01-29", 91, 3))
p.status("progression", "2024-08-12")
p.give(["docetaxel"], *every("2024-08-26", 21, 6))
p.status("progression", "2025-01-20")
case("prostate-mcrpc-cabazitaxel-after-docetaxel", "prostate",
     "mCRPC progressing after docetaxel (on continued leuprolide): cabazitaxel",
     "FDA label: cabazitaxel (Jevtana), 1 Indications (with prednisone, mCRPC previously treated with a docetaxel-containing regimen; TROPIC, Lancet 2010) -> node mcrpc_cabazitaxel",
     "2025-02-05", rx("cabazitaxel", "J9043", cms=True), SUP, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:42375", "rxnorm:72962"], "progression": "2025-01-20"})

p = prostate_patient("nec-p08", "1947-03-12", "2024-01-22", "T3b", "N1", "M1b", GG5, 75.0)
p.give(["leuprolide"], *every("2024-02-05", 91, 3))
p.psa(0.7, "2024-05-06").psa(3.1, "2024-08-05")
p.oral("enzalutamide", "2024-08-19", "2025-01-31")
p.status("progression", "2025-02-03")
case("prostate-mcrpc-olaparib-hrr-untested", "prostate",
     "mCRPC progressing on enzalutamide, no HRR gene testing on record: olaparib requested",
     "FDA label: olaparib (Lynparza), 1.x mCRPC (deleterious germline or somatic HRR gene-mutated, after enzalutamide or abiraterone; PROfound, NEJM 2020) -> hrr unknown",
     "2025-02-20", rx("olaparib"), DOC, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:1307298", "rxnorm:42375"], "hrr": None}, ["hrr"])

p = prostate_patient("nec-p09", "1952-05-25", "2024-01-29", "T3b", "N1", "M1b", GG5, 92.0)
p.give(["leuprolide"], *every("2024-02-12", 91, 3))
p.psa(0.6, "2024-05-13").psa(2.9, "2024-08-12")
p.oral("enzalutamide", "2024-08-26", "2025-01-31")
p.status("progression", "2025-02-03")
p.variant("BRCA2", "HGNC:1101", "c.5946del (p.Ser1982fs)", "2025-02-10", germline=False)
case("prostate-mcrpc-brca2-olaparib", "prostate",
     "mCRPC with a somatic BRCA2 variant, progressing on enzalutamide: olaparib",
     "FDA label: olaparib (Lynparza), 1.x mCRPC (HRR gene-mutated, progressed after enzalutamide or abiraterone; PROfound, NEJM 2020) -> node mcrpc_olaparib",
     "2025-02-24", rx("olaparib"), SUP, p,
     {"castration": "resistant", "hrr": ["brca2"], "prior_drugs": ["rxnorm:1307298", "rxnorm:42375"]})

p = prostate_patient("nec-p10", "1954-08-03", "2025-01-13", "T3a", "N1", "M1b", GG4, 40.0)
p.give(["leuprolide"], "2025-01-27")
case("prostate-palbociclib-offpathway", "prostate",
     "Metastatic castration-sensitive prostate cancer: palbociclib requested (no prostate indication; only the breast pathway supports it)",
     "FDA label: palbociclib (Ibrance), 1 Indications (HR-positive, HER2-negative breast cancer only) -> breast workup dx criterion not met",
     "2025-02-10", rx("palbociclib"), REF, p,
     {"dx": "snomed:399068003", "castration": "sensitive"})

p = prostate_patient("nec-p11", "1957-10-14", "2025-01-20", "T2b", "N0", "M0", GG2, 8.2)
case("prostate-intermediate-risk-imrt", "prostate",
     "Localized intermediate-risk prostate cancer (cT2b N0 M0, grade group 2, PSA 8.2): IMRT delivery (CPT)",
     "NCI PDQ Prostate Cancer Treatment (Health Professional), 2025; RTOG 9408, NEJM 2011 (radiotherapy with short-course ADT for intermediate risk) -> node ebrt_short_adt",
     "2025-02-17", {"system": CPT, "code": "77385", "display": "Intensity modulated radiation treatment delivery, simple"}, SUP, p,
     {"t": "T2b", "n": "N0", "m": "M0", "grade_group": 2.0, "psa": 8.2})

p = prostate_patient("nec-p12", "1950-12-19", "2025-02-03", "T3b", "N1", "M1b", GG5, 150.0)
p.give(["leuprolide"], "2025-02-10")
case("prostate-metastatic-radical-prostatectomy", "prostate",
     "Metastatic (cM1b) prostate cancer: robotic radical prostatectomy requested (CPT)",
     "NCI PDQ Prostate Cancer Treatment (Health Professional), 2025 (radical prostatectomy for localized disease) -> localized (m = M0, n = N0) not met",
     "2025-03-03", {"system": CPT, "code": "55866", "display": "Laparoscopic radical prostatectomy, including robotic assistance"}, REF, p,
     {"m": "M1b", "n": "N1"})

p = prostate_patient("nec-p13", "1946-01-18", "2024-01-08", "T3b", "N1", "M1b", GG5, 130.0)
p.give(["leuprolide"], *every("2024-01-22", 91, 3))
p.psa(1.2, "2024-04-22").psa(4.0, "2024-07-22")
p.oral("abiraterone", "2024-08-05", "2025-01-31")
p.status("progression", "2025-02-03")
case("prostate-mcrpc-enzalutamide-after-abiraterone", "prostate",
     "mCRPC progressing on abiraterone, HRR status not tested: enzalutamide requested (alone it is ARPI after ARPI; with talazoparib it needs an HRR gene alteration)",
     "FDA label: enzalutamide (Xtandi), 1 Indications (CRPC; PREVAIL/AFFIRM populations were ARPI-naive -> node mcrpc_arpi requires not prior_arpi); FDA label: talazoparib (Talzenna), 1 Indications (with enzalutamide, HRR gene-mutated mCRPC; TALAPRO-2, Lancet 2023) -> node mcrpc_talazoparib_enzalutamide needs hrr",
     "2025-02-20", rx("enzalutamide"), DOC, p,
     {"castration": "resistant", "prior_drugs": ["rxnorm:1100072", "rxnorm:42375"]}, ["hrr"])

p = prostate_patient("nec-p14", "1955-09-27", "2025-01-06", "T3a", "N0", "M0", GG4, 24.0)
case("prostate-high-risk-goserelin-with-radiotherapy", "prostate",
     "Localized high-risk prostate cancer (cT3a N0 M0, grade group 4, PSA 24): goserelin with radiotherapy",
     "FDA label: goserelin implant (Zoladex 3.6 mg), 1 Indications (with radiotherapy and flutamide for locally confined stage T2b-T4 prostate cancer); EORTC 22961, NEJM 2009 -> node ebrt_long_adt",
     "2025-01-27", rx("goserelin", "J9202"), SUP, p,
     {"t": "T3a", "n": "N0", "m": "M0", "grade_group": 4.0, "psa": 24.0})


# @@NEW-CASES@@


# =========================================================================== label-indication coverage
# Issue 14 item 5: for every FDA label indication on the graph (pathways/*.toml, a node's
# `source = "FDA label: ..."` naming one of its drugs) at least one supported case, one the record
# contradicts (refer-to-reviewer) and, where a gate fact can be missing, one needs-documentation
# case. The bundles below deliberately vary how an EHR writes the same fact:
#   diagnosis  SNOMED CT concept | ICD-10-CM code only (Condition.code)
#   stage      text "Stage IIIA" | AJCC code (http://cancerstaging.org "3A") | SNOMED stage
#              qualifier | mCODE cancer-stage profile with the SNOMED observable
#   results    SNOMED qualifier | LOINC answer (LA6576-8 ...) | plain text
#   variants   a named-test Observation with the result as text | an mCODE genomic-variant
#              Observation (69548-6) with one-letter or three-letter protein HGVS or c.HGVS
#   therapy    MedicationAdministration | MedicationRequest (oral) | MedicationStatement
#   service    RxNorm ingredient | HCPCS (Blue Button or CMS system URI)

AJCC = "http://cancerstaging.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
SNOMED_STAGE = {"I": "258215001", "IA": "261634002", "IB": "261635001", "II": "258219007", "IIA": "261614003",
                "IIB": "261615002", "III": "258224005", "IIIB": "261639007", "IV": "258228008", "IVB": "261643006"}
ROMAN_TO_ARABIC = {"IV": "4", "III": "3", "II": "2", "I": "1", "0": "0"}
HGNC_IDS = {"EGFR": "HGNC:3236", "KRAS": "HGNC:6407", "NRAS": "HGNC:7989", "BRAF": "HGNC:1097", "ALK": "HGNC:427",
            "ROS1": "HGNC:10261", "RET": "HGNC:9967", "MET": "HGNC:7029", "NTRK1": "HGNC:8031", "NTRK3": "HGNC:8033",
            "ERBB2": "HGNC:3430", "PIK3CA": "HGNC:8975", "ESR1": "HGNC:3467", "AKT1": "HGNC:391", "PTEN": "HGNC:9588",
            "BRCA1": "HGNC:1100", "BRCA2": "HGNC:1101", "ATM": "HGNC:795", "CDK12": "HGNC:24224", "PALB2": "HGNC:26144",
            "CHEK2": "HGNC:16627", "EML4": "HGNC:1316", "CD74": "HGNC:1697", "KIF5B": "HGNC:6324", "TPM3": "HGNC:12012"}
RX.update({
    "abemaciclib": "1946825", "ribociclib": "1873916", "anastrozole": "84857", "exemestane": "258494", "fulvestrant": "282357",
    "tamoxifen": "10324", "toremifene": "38409", "doxorubicin": "3639", "epirubicin": "3995", "cyclophosphamide": "3002",
    "gemcitabine": "12574", "paclitaxel protein-bound": "56946", "everolimus": "141704", "elacestrant": "2628469",
    "imlunestrant": "99999999", "vepdegestrant": "99000021", "inavolisib": "2695422", "capivasertib": "2669967",
    "alpelisib": "2169285", "fam-trastuzumab deruxtecan": "2267574", "sacituzumab govitecan": "2360231",
    "datopotamab deruxtecan": "2703033", "talazoparib": "2099704", "eribulin": "1045453", "ixabepilone": "337523",
    "lapatinib": "480167", "tucatinib": "2361285", "neratinib": "1940643", "margetuximab": "2473851",
    "nivolumab": "1597876", "ipilimumab": "1094833", "encorafenib": "2049106", "ramucirumab": "1535922",
    "ziv-aflibercept": "1304475", "trifluridine": "10803", "dostarlimab": "2539967", "sotorasib": "2550714",
    "adagrasib": "2625882", "fruquintinib": "2670179", "larotrectinib": "2105628", "entrectinib": "2197862",
    "repotrectinib": "2670644", "selpercatinib": "2370147", "tipiracil": "1670304", "levoleucovorin": "877015",
    "gefitinib": "328134", "afatinib": "1430438", "dacomitinib": "2058849", "amivantamab": "99000001",
    "lazertinib": "2691150", "brigatinib": "1921217", "lorlatinib": "2103164", "ensartinib": "2712546",
    "ceritinib": "1535457", "crizotinib": "1148495", "taletrectinib": "2716919", "binimetinib": "2049122",
    "trametinib": "1425099", "pralsetinib": "2394936", "capmatinib": "2362165", "tepotinib": "2477103",
    "cemiplimab": "2058826", "tremelimumab": "2619313", "necitumumab": "1723738", "sunvozertinib": "2719226",
    "zongertinib": "2721604", "sevabertinib": "99000011", "telisotuzumab vedotin": "2714237", "vinorelbine": "39541",
    "etoposide": "4179", "apalutamide": "1999574", "darolutamide": "2180325", "degarelix": "475230",
    "triptorelin": "38782", "relugolix": "2472778", "bicalutamide": "83008", "flutamide": "4508", "nilutamide": "31805",
    "prednisone": "8640", "mitoxantrone": "7005", "niraparib": "1918231", "rucaparib": "1862579",
    "lutetium Lu 177 vipivotide tetraxetan": "2597054", "radium Ra 223 dichloride": "1546450", "sipuleucel-T": "997261",
    "methotrexate": "6851",
})


def _answer(positive, style):
    if style == "loinc":
        return {"coding": [{"system": LOINC, "code": "LA6576-8", "display": "Positive"}]} if positive else \
            {"coding": [{"system": LOINC, "code": "LA6577-6", "display": "Negative"}]}
    if style == "text":
        return {"text": "Positive" if positive else "Negative"}
    if style == "detected":
        return {"coding": [{"system": LOINC, "code": "LA11882-0", "display": "Detected"}]} if positive else \
            {"coding": [{"system": LOINC, "code": "LA11883-8", "display": "Not detected"}]}
    return POS if positive else NEG


def _p_stage(self, group, date, style="text", pathological=False, note=None):
    """Stage group in one of several EHR encodings; `note` is appended to a text value."""
    code = ("21902-2", "Stage group.pathology Cancer") if pathological else ("21908-9", "Stage group.clinical Cancer")
    obs_code = {"coding": [{"system": LOINC, "code": code[0], "display": code[1]}]}
    text = f"Stage {group}" + (f" ({note})" if note else "")
    if style == "ajcc":
        lead = next(r for r in ROMAN_TO_ARABIC if group.startswith(r))
        value = {"coding": [{"system": AJCC, "code": ROMAN_TO_ARABIC[lead] + group[len(lead):]}], "text": text}
    elif style == "snomed" and group in SNOMED_STAGE:
        value = {"coding": [{"system": SNOMED, "code": SNOMED_STAGE[group], "display": f"Stage {group} (qualifier value)"}]}
        if note:
            value["text"] = text
    elif style == "mcode":
        obs_code = {"coding": [{"system": SNOMED, "code": "399588009" if pathological else "399537006",
                                "display": "Pathologic TNM stage grouping (observable entity)" if pathological else "Clinical TNM stage grouping (observable entity)"}]}
        value = {"text": text}
    else:
        value = {"text": text}
    res = {"resourceType": "Observation", "status": "final",
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
           "code": obs_code, "effectiveDateTime": date, "valueCodeableConcept": value}
    if style == "mcode":
        res["meta"] = {"profile": [MCODE + ("mcode-tnm-pathological-stage-group" if pathological else "mcode-tnm-clinical-stage-group")]}
    return self.add(res)


def _p_cancer_icd10(self, code, display, onset):
    return self.add({
        "resourceType": "Condition",
        "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
        "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "encounter-diagnosis"}]}],
        "code": {"coding": [{"system": ICD10, "code": code, "display": display}], "text": display},
        "onsetDateTime": onset,
    })


def _p_receptor(self, which, positive, date, style):
    code = {"er": ("16112-5", "Estrogen receptor [Interpretation] in Tissue"),
            "pr": ("16113-3", "Progesterone receptor [Interpretation] in Tissue")}[which]
    if style == "percent":
        loinc = {"er": ("85329-1", "Cells.estrogen receptor/100 cells in Breast cancer specimen by Immune stain"),
                 "pr": ("85325-9", "Cells.progesterone receptor/100 cells in Breast cancer specimen by Immune stain")}[which]
        return self.obs({"coding": [{"system": LOINC, "code": loinc[0], "display": loinc[1]}]}, date,
                        {"valueQuantity": {"value": 90 if positive else 0, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}})
    res_code = {"coding": [{"system": LOINC, "code": code[0], "display": code[1]}]}
    self.obs(res_code, date, {"valueCodeableConcept": _answer(positive, style)})
    if style == "loinc":
        self.entries[-1]["resource"]["meta"] = {"profile": [MCODE + "mcode-tumor-marker-test"]}
    return self


def _p_her2_ihc_coded(self, score, date):
    answer = {"0": ("LA6111-4", "0"), "1+": ("LA11841-6", "1+"), "2+": ("LA11842-4", "2+"), "3+": ("LA11843-2", "3+")}[score]
    return self.obs({"coding": [{"system": LOINC, "code": "85319-2", "display": "HER2 [Presence] in Breast cancer specimen by Immune stain"}]},
                    date, {"valueCodeableConcept": {"coding": [{"system": LOINC, "code": answer[0], "display": answer[1]}]}})


def _p_gene(self, gene, result, date, style="text", germline=False, partner=None):
    """A gene result. result: None = tested, nothing found; else a protein/DNA change or
    'fusion'. style 'text': a named test, the result as text; 'p1' / 'p3': mCODE genomic variant
    with one-letter / three-letter protein HGVS; 'c': c.HGVS only; 'fusion': two genes studied."""
    if style == "text":
        name = {"fusion": f"{gene} gene rearrangement", None: f"{gene} mutation analysis"}.get(result, f"{gene} mutation analysis")
        if gene == "MET":
            name = "MET exon 14 skipping mutation analysis"
        if gene == "RET":
            name = "RET gene fusion analysis"
        if result is None:
            value = {"text": f"{gene} mutation not detected" if gene not in ("ALK", "ROS1", "RET", "NTRK") else f"No {gene} fusion detected"}
        elif result == "fusion":
            value = {"text": f"{(partner + '-') if partner else ''}{gene} fusion detected"}
        else:
            value = {"text": f"{gene} {result} detected"}
        return self.obs({"text": name}, date, {"valueCodeableConcept": value})
    comps = [{"code": {"coding": [{"system": LOINC, "code": "48018-6", "display": "Gene studied [ID]"}]},
              "valueCodeableConcept": {"coding": [{"system": HGNC, "code": HGNC_IDS[gene], "display": gene}]}}]
    if result == "fusion":
        comps.append({"code": {"coding": [{"system": LOINC, "code": "48018-6", "display": "Gene studied [ID]"}]},
                      "valueCodeableConcept": {"coding": [{"system": HGNC, "code": HGNC_IDS[partner], "display": partner}]}})
        comps.append({"code": {"coding": [{"system": LOINC, "code": "48019-4", "display": "DNA change type"}]},
                      "valueCodeableConcept": {"text": "Gene fusion"}})
    elif result is not None:
        loinc = ("48004-6", "DNA change (c.HGVS)") if style == "c" else ("48005-3", "Amino acid change (pHGVS)")
        comps.append({"code": {"coding": [{"system": LOINC, "code": loinc[0], "display": loinc[1]}]},
                      "valueCodeableConcept": {"text": result}})
    comps.append({"code": {"coding": [{"system": LOINC, "code": "48002-0", "display": "Genomic source class [Type]"}]},
                  "valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA6683-2" if germline else "LA6684-0",
                                                       "display": "Germline" if germline else "Somatic"}]}})
    present = {"coding": [{"system": LOINC, "code": "LA9633-4", "display": "Present"}]} if result is not None else \
        {"coding": [{"system": LOINC, "code": "LA9634-2", "display": "Absent"}]}
    self.obs({"coding": [{"system": LOINC, "code": "69548-6", "display": "Genetic variant assessment"}]}, date,
             {"valueCodeableConcept": present, "component": comps})
    self.entries[-1]["resource"]["meta"] = {"profile": [MCODE + "mcode-genomic-variant"]}
    return self


def _p_statement(self, name, start, end):
    """MedicationStatement (patient-reported / reconciled), start..end."""
    return self.add({"resourceType": "MedicationStatement", "status": "completed",
                     "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": RX[name], "display": name}], "text": name},
                     "effectivePeriod": {"start": start, "end": end}})


def _p_menopause(self, post, date):
    return self.obs({"text": "Menopausal status"}, date, {"valueCodeableConcept": {"text": "Postmenopausal" if post else "Premenopausal"}}, "exam")


def _p_metastasis(self, snomed, display, date):
    return self.add({"resourceType": "Condition",
                     "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                     "code": {"coding": [{"system": SNOMED, "code": snomed, "display": display}], "text": display},
                     "onsetDateTime": date})


Patient.stage_as = _p_stage
Patient.cancer_icd10 = _p_cancer_icd10
Patient.receptor = _p_receptor
Patient.her2_ihc_coded = _p_her2_ihc_coded
Patient.gene = _p_gene
Patient.statement = _p_statement
Patient.menopause = _p_menopause
Patient.metastasis = _p_metastasis

_SEQ = {}


def nid(prefix):
    _SEQ[prefix] = _SEQ.get(prefix, 0) + 1
    return f"nec-{prefix}{_SEQ[prefix]:03d}"


STAGE_STYLES = ["text", "ajcc", "snomed", "mcode"]
ANSWER_STYLES = ["snomed", "loinc", "text", "detected"]


def rot(seq, i):
    return seq[i % len(seq)]


def svc(name, hcpcs=None, cms=False):
    if hcpcs:
        return {"system": HCPCS_CMS if cms else HCPCS, "code": hcpcs, "display": name}
    return {"system": RXNORM, "code": RX[name], "display": name}


def proc_svc(system, code, display):
    return {"system": system, "code": code, "display": display}


def line(p, drugs, start, every_days=21, count=4, how="admin"):
    """One line of therapy: administrations (every `every_days`), an oral order or a statement."""
    if how == "admin":
        p.give(drugs, *every(start, every_days, count))
    else:
        import datetime
        end = (datetime.date.fromisoformat(start) + datetime.timedelta(days=every_days * count)).isoformat()
        for d in drugs:
            (p.oral if how == "request" else p.statement)(d, start, end)
    return p


def add_case(cid, cancer, description, basis, date, service, expected, p, intended=None, missing=None):
    case(cid, cancer, description, basis, date, service, expected, p, intended or {}, missing)


# ---------------------------------------------------------------------------- breast, by label indication
_BI = [0]


def bp(stage="IV", er=True, pr=True, her2="1+", birth="1958-05-05", dx="2025-01-06", t=None, n=None, m=None,
       pathological=False, menopause=None, icd10=False, note=None):
    """A breast-cancer patient; the encodings rotate with each call."""
    i = _BI[0]
    _BI[0] += 1
    pid = nid("bl")
    p = Patient(pid, "female", birth)
    if icd10 or i % 3 == 1:
        p.cancer_icd10("C50.912", "Malignant neoplasm of unspecified site of left female breast", dx)
    else:
        p.cancer("breast", dx)
    if stage:
        p.stage_as(stage, dx, rot(STAGE_STYLES, i), pathological, note)
    if t or n or m:
        p.tnm(t, n, m, dx, pathological)
    style = rot(["snomed", "loinc", "text", "percent"], i)
    if er is not None:
        p.receptor("er", er, dx, style)
    if pr is not None:
        p.receptor("pr", pr, dx, style)
    if her2 in ("3+", "2+", "1+", "0"):
        if i % 2:
            p.her2_ihc_coded(her2, dx)
        else:
            p.her2_ihc(her2, dx)
    elif her2 == "0-null":
        p.obs({"coding": [{"system": LOINC, "code": "85319-2", "display": "HER2 [Presence] in Breast cancer specimen by Immune stain"}]},
              dx, {"valueCodeableConcept": {"text": "0 (no staining observed)"}})
    elif her2 == "ISH+":
        p.her2_ish(True, dx)
    elif her2 in ("pos", "neg"):
        p.her2(her2 == "pos", dx)
    if menopause is not None:
        p.menopause(menopause == "post", dx)
    return p


LUMPECTOMY = ("392021009", "Lumpectomy of breast (procedure)")
MASTECTOMY = ("172043006", "Total mastectomy (procedure)")
B = "breast"

# abemaciclib 1.1 (early, high risk)
p = bp("IIIA", her2="neg", t="T2", n="N2a", m="M0", pathological=True, birth="1957-03-03")
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-hrpos-pn2-adjuvant-abemaciclib", B,
         "Resected pT2 pN2a (stage IIIA) ER/PR-positive HER2-negative breast cancer: adjuvant abemaciclib with endocrine therapy",
         "FDA label: abemaciclib (Verzenio), 1.1 Early Breast Cancer (adjuvant, with endocrine therapy, HR-positive HER2-negative node-positive early breast cancer at high risk of recurrence; monarchE) -> node adj_abemaciclib",
         "2025-02-17", svc("abemaciclib"), SUP, p, {"stage": "IIIA", "n": "N2a", "er": "positive", "her2": "negative"})
p = bp("IA", her2="neg", t="T1c", n="N0", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-hrpos-pn0-adjuvant-abemaciclib", B,
         "Resected pT1c pN0 (stage IA) ER/PR-positive HER2-negative breast cancer: adjuvant abemaciclib requested",
         "FDA label: abemaciclib (Verzenio), 1.1 Early Breast Cancer (node-positive disease at high risk of recurrence only) -> node adj_abemaciclib: n >= N1 with t >= T3, n >= N2 or >= 4 positive nodes not met",
         "2025-02-17", svc("abemaciclib"), REF, p, {"n": "N0", "recurrence": "false"})
p = bp("IIB", her2="neg", t="T3", pathological=True)
p.procedure(*MASTECTOMY, "2025-01-06")
add_case("breast-hrpos-nodes-undocumented-adjuvant-abemaciclib", B,
         "Resected pT3 (stage IIB) ER/PR-positive HER2-negative breast cancer, nodal status not recorded: adjuvant abemaciclib",
         "FDA label: abemaciclib (Verzenio), 1.1 Early Breast Cancer (node-positive, high risk) -> node adj_abemaciclib: n and positive_nodes unknown",
         "2025-02-17", svc("abemaciclib"), DOC, p, {"t": "T3", "n": None}, ["n"])

# abemaciclib 1.2 (advanced)
p = bp("IV", her2="neg", menopause="post", birth="1966-01-01")
add_case("breast-hrpos-metastatic-abemaciclib-ai", B,
         "De novo stage IV ER/PR-positive HER2-negative breast cancer, postmenopausal (documented): first-line abemaciclib with an aromatase inhibitor",
         "FDA label: abemaciclib (Verzenio), 1.2 Advanced or Metastatic Breast Cancer (with an aromatase inhibitor as initial endocrine-based therapy; MONARCH 3) -> node met_hr_l1_cdk46_ai",
         "2025-01-27", svc("abemaciclib"), SUP, p, {"stage": "IV", "menopause": "post", "er": "positive"})
p = bp("IV", her2="3+")
add_case("breast-her2pos-metastatic-abemaciclib", B,
         "Stage IV ER/PR-positive, HER2-positive (IHC 3+) breast cancer: abemaciclib requested",
         "FDA label: abemaciclib (Verzenio), 1.2 Advanced or Metastatic Breast Cancer (HR-positive, HER2-negative only) -> her2 = negative not met on every abemaciclib node",
         "2025-01-27", svc("abemaciclib"), REF, p, {"her2": "positive"})
p = bp("IV", her2="neg", birth="1975-06-06")
add_case("breast-hrpos-metastatic-menopause-undocumented-abemaciclib", B,
         "49-year-old with de novo stage IV ER/PR-positive HER2-negative breast cancer, menopausal status and ovarian suppression not recorded: abemaciclib with an aromatase inhibitor",
         "FDA label: abemaciclib (Verzenio), 1.2 Advanced or Metastatic Breast Cancer (with an aromatase inhibitor; aromatase inhibitors need postmenopausal status or ovarian suppression) -> node met_hr_l1_cdk46_ai: menopause unknown",
         "2025-01-27", svc("abemaciclib"), DOC, p, {"menopause": None}, ["menopause"])

# ado-trastuzumab emtansine 1.1 (metastatic): needs-documentation
p = bp("IV", er=False, pr=False, her2=None, dx="2024-02-05")
line(p, ["trastuzumab", "pertuzumab", "docetaxel"], "2024-02-19", 21, 6)
p.status("progression", "2025-01-13")
add_case("breast-her2-undocumented-second-line-tdm1", B,
         "Stage IV breast cancer progressing after docetaxel-trastuzumab-pertuzumab, HER2 result not in the record: ado-trastuzumab emtansine",
         "FDA label: ado-trastuzumab emtansine (Kadcyla), 1.1 Metastatic Breast Cancer (HER2-positive, after trastuzumab and a taxane) -> node met_her2_l2_tdm1: her2 unknown",
         "2025-01-27", svc("ado-trastuzumab emtansine"), DOC, p, {"her2": None}, ["her2"])

# ado-trastuzumab emtansine 1.2 (early, residual disease after neoadjuvant)
for key, ypt, ypn, expected, desc in [
    ("residual", "T1c", "N1a", SUP, "ypT1c ypN1a residual invasive disease"),
    ("pcr", "T0", "N0", REF, "pathologic complete response (ypT0 ypN0)"),
    ("pathology-missing", None, None, DOC, "surgical pathology (ypT/ypN) not in the record"),
]:
    p = bp("IIB", er=False, pr=False, her2="3+", t="T2", n="N1", m="M0", dx="2024-05-06")
    line(p, ["docetaxel", "carboplatin", "trastuzumab", "pertuzumab"], "2024-05-20", 21, 6)
    p.procedure(*MASTECTOMY, "2024-10-14")
    if ypt:
        p.tnm(ypt, ypn, None, "2024-10-14", pathological=True)
    add_case(f"breast-her2pos-post-neoadjuvant-{key}-tdm1", B,
             f"cT2 cN1 HER2-positive breast cancer after neoadjuvant TCHP and mastectomy, {desc}: adjuvant ado-trastuzumab emtansine",
             "FDA label: ado-trastuzumab emtansine (Kadcyla), 1.2 Early Breast Cancer (adjuvant, HER2-positive early breast cancer with residual invasive disease after neoadjuvant taxane and trastuzumab; KATHERINE) -> node adj_tdm1 (residual_disease = true)",
             "2024-11-18", svc("ado-trastuzumab emtansine", "J9354"), expected, p,
             {"her2": "positive", "residual_disease": {"residual": True, "pcr": False}.get(key)},
             ["residual_disease"] if expected == DOC else None)

# alpelisib
for key, pik3ca, expected in [("pik3ca-h1047r", "p.His1047Arg", SUP), ("pik3ca-wildtype", None, REF), ("pik3ca-untested", "-", DOC)]:
    p = bp("IV", her2="neg", birth="1955-02-02", dx="2024-02-05")
    line(p, ["letrozole", "palbociclib"], "2024-02-19", 28, 11, how="request")
    p.status("progression", "2025-01-20")
    if pik3ca != "-":
        p.gene("PIK3CA", pik3ca, "2025-01-27", "p3")
    add_case(f"breast-hrpos-{key}-after-cdk46-alpelisib", B,
             f"Postmenopausal (age 69) stage IV HR-positive HER2-negative breast cancer progressing on letrozole-palbociclib, PIK3CA {'H1047R (three-letter HGVS)' if pik3ca not in (None, '-') else 'not detected' if pik3ca is None else 'not tested'}: alpelisib with fulvestrant",
             "FDA label: alpelisib (Piqray), 1 Indications and Usage (with fulvestrant, postmenopausal women and men with HR-positive HER2-negative PIK3CA-mutated advanced breast cancer after progression on or after an endocrine regimen; SOLAR-1) -> node met_hr_alpelisib",
             "2025-02-10", svc("alpelisib"), expected, p,
             {"pik3ca": {"p.His1047Arg": ["mutated"], None: [], "-": None}[pik3ca]}, ["pik3ca"] if expected == DOC else None)

# capecitabine 1.2
p = bp("IV", er=False, pr=False, her2="1+", dx="2024-03-04")
p.pdl1("cps", 4, "2024-03-04")
line(p, ["doxorubicin", "cyclophosphamide"], "2024-03-18", 21, 4)
line(p, ["paclitaxel"], "2024-05-27", 7, 12)
p.status("progression", "2025-01-13")
add_case("breast-tnbc-after-anthracycline-taxane-capecitabine", B,
         "Stage IV triple-negative breast cancer (PD-L1 CPS 4) progressing after doxorubicin-cyclophosphamide and paclitaxel: capecitabine",
         "FDA label: capecitabine (Xeloda), 1.2 Breast Cancer (metastatic breast cancer, single agent or with docetaxel after anthracycline / taxane therapy) -> nodes met_chemo, met_l2_chemo",
         "2025-01-27", svc("capecitabine"), SUP, p, {"pdl1_cps": 4.0, "progression": "2025-01-13"})
p = bp("I", her2="neg", t="T1b", n="N0", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-stage1-hrpos-capecitabine", B,
         "Resected pT1b pN0 HR-positive HER2-negative breast cancer, no residual-disease setting: capecitabine requested",
         "FDA label: capecitabine (Xeloda), 1.2 Breast Cancer (metastatic disease); CREATE-X adjuvant use is for residual TNBC -> adj_capecitabine (tnbc) and every metastatic node not met (no recurrence)",
         "2025-02-17", svc("capecitabine"), REF, p, {"stage": "I", "recurrence": "false"})

# capivasertib
for key, alt, expected in [("akt1-e17k", ("AKT1", "E17K", "text"), SUP), ("pathway-wildtype", None, REF), ("pathway-untested", "-", DOC)]:
    p = bp("IV", her2="neg", birth="1956-07-07", dx="2024-01-08")
    line(p, ["anastrozole", "ribociclib"], "2024-01-22", 28, 11, how="statement")
    p.status("progression", "2025-01-06")
    if alt is None:
        for g in ("PIK3CA", "AKT1", "PTEN"):
            p.gene(g, None, "2025-01-13", "p1")
    elif alt != "-":
        p.gene(alt[0], alt[1], "2025-01-13", alt[2])
        p.gene("PIK3CA", None, "2025-01-13", "text")
    add_case(f"breast-hrpos-{key}-capivasertib", B,
             f"Stage IV HR-positive HER2-negative breast cancer progressing on anastrozole-ribociclib (MedicationStatement), {'AKT1 E17K' if expected == SUP else 'PIK3CA, AKT1 and PTEN tested: no alteration' if expected == REF else 'PIK3CA/AKT1/PTEN not tested'}: capivasertib with fulvestrant",
             "FDA label: capivasertib (Truqap), 1 Indications and Usage (with fulvestrant, HR-positive HER2-negative advanced breast cancer with one or more PIK3CA/AKT1/PTEN alterations after progression on endocrine therapy; CAPItello-291) -> node met_hr_capivasertib",
             "2025-01-27", svc("capivasertib"), expected, p, {"prior_drugs": ["rxnorm:84857", "rxnorm:1873916"]},
             ["pik3ca", "akt1", "pten"] if expected == DOC else None)

# datopotamab deruxtecan (HR-positive, after endocrine and chemotherapy)
p = bp("IV", her2="neg", dx="2023-09-04")
line(p, ["letrozole", "palbociclib"], "2023-09-18", 28, 8, how="request")
p.status("progression", "2024-05-13")
line(p, ["paclitaxel"], "2024-05-27", 7, 20)
p.status("progression", "2025-01-06")
add_case("breast-hrpos-after-endocrine-and-chemo-datopotamab", B,
         "Stage IV HR-positive HER2-negative breast cancer progressing after letrozole-palbociclib and then paclitaxel: datopotamab deruxtecan",
         "FDA label: datopotamab deruxtecan-dlnk (Datroway), 1 Indications and Usage (unresectable or metastatic HR-positive HER2-negative breast cancer after endocrine therapy and chemotherapy; TROPION-Breast01) -> node met_hr_datopotamab",
         "2025-01-20", svc("datopotamab deruxtecan", "J9011"), SUP, p, {"prior_lines": 2.0})
p = bp("IV", her2="neg", dx="2024-02-05")
line(p, ["letrozole", "palbociclib"], "2024-02-19", 28, 10, how="request")
p.status("progression", "2025-01-06")
add_case("breast-hrpos-no-prior-chemo-datopotamab", B,
         "Stage IV HR-positive HER2-negative breast cancer progressing on letrozole-palbociclib, no chemotherapy yet: datopotamab deruxtecan requested",
         "FDA label: datopotamab deruxtecan-dlnk (Datroway), 1 Indications and Usage (HR-positive disease previously treated with endocrine therapy AND chemotherapy) -> prior_chemo_class not met; TNBC node needs tnbc",
         "2025-01-20", svc("datopotamab deruxtecan"), REF, p, {"prior_lines": 1.0})
# datopotamab deruxtecan (TNBC first line, PD-L1 low)
for key, cps, expected in [("cps2", 2, SUP), ("cps25", 25, REF), ("cps-undocumented", None, DOC)]:
    p = bp("IV", er=False, pr=False, her2="1+")
    if cps is not None:
        p.pdl1("cps", cps, "2025-01-13")
    add_case(f"breast-tnbc-first-line-{key}-datopotamab", B,
             f"De novo stage IV triple-negative breast cancer, {('PD-L1 CPS %d' % cps) if cps is not None else 'PD-L1 CPS not reported'}: first-line datopotamab deruxtecan",
             "FDA label: datopotamab deruxtecan-dlnk (Datroway), 1 Indications and Usage (first-line unresectable or metastatic TNBC in patients who are not candidates for PD-(L)1 therapy; TROPION-Breast02) -> node met_tnbc_l1_adc (pdl1_cps < 10)",
             "2025-01-27", svc("datopotamab deruxtecan", "J9011", cms=True), expected, p,
             {"pdl1_cps": float(cps) if cps is not None else None}, ["pdl1_cps"] if expected == DOC else None)

# docetaxel 1.1 (adjuvant, node-positive)
p = bp("IIB", her2="neg", t="T2", n="N1a", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-hrpos-node-positive-adjuvant-docetaxel", B,
         "Resected pT2 pN1a HR-positive HER2-negative breast cancer, no chemotherapy yet: adjuvant docetaxel (with cyclophosphamide)",
         "FDA label: docetaxel (Taxotere), 1.1 Breast Cancer (adjuvant, with doxorubicin and cyclophosphamide, operable node-positive breast cancer; US Oncology 9735) -> node adj_chemo",
         "2025-02-10", svc("docetaxel", "J9171"), SUP, p, {"n": "N1a"})
p = bp("IA", her2="neg", t="T1b", n="N0", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-hrpos-node-negative-t1b-docetaxel", B,
         "Resected pT1b pN0 HR-positive HER2-negative breast cancer: adjuvant docetaxel requested",
         "FDA label: docetaxel (Taxotere), 1.1 Breast Cancer (adjuvant use is for operable node-positive disease; otherwise locally advanced or metastatic after chemotherapy) -> adj_chemo needs n >= N1 for HR-positive disease; no metastatic route (no recurrence)",
         "2025-02-10", svc("docetaxel"), REF, p, {"n": "N0", "recurrence": "false"})

# elacestrant / imlunestrant / vepdegestrant (ESR1-mutated, after endocrine therapy)
SERD_BASIS = {
    "elacestrant": "FDA label: elacestrant (Orserdu), 1 Indications and Usage (postmenopausal women or adult men with ER-positive HER2-negative ESR1-mutated advanced breast cancer after at least one line of endocrine therapy; EMERALD)",
    "imlunestrant": "FDA label: imlunestrant (Inluriyo), 1 Indications and Usage (ER-positive HER2-negative ESR1-mutated advanced breast cancer progressing after endocrine therapy; EMBER-3)",
    "vepdegestrant": "FDA label: vepdegestrant (Veppanu), 1 Indications and Usage (ER-positive HER2-negative ESR1-mutated advanced breast cancer after endocrine therapy; VERITAC-2)",
}
for drug, key, er, esr1, style, treated, expected in [
    ("elacestrant", "esr1-y537s", True, "p.Y537S", "p1", True, SUP),
    ("elacestrant", "esr1-wildtype", True, None, "p1", True, REF),
    ("elacestrant", "esr1-untested", True, "-", None, True, DOC),
    ("imlunestrant", "esr1-y537s-3letter", True, "p.Tyr537Ser", "p3", True, SUP),
    ("imlunestrant", "er-negative", False, "p.Tyr537Ser", "p3", True, REF),
    ("vepdegestrant", "esr1-d538g", True, "D538G", "text", True, SUP),
    ("vepdegestrant", "no-prior-endocrine", True, "D538G", "text", False, REF),
]:
    p = bp("IV", er=er, pr=True, her2="neg", birth="1955-09-09", dx="2024-01-08")
    if treated:
        line(p, ["letrozole", "palbociclib"], "2024-01-22", 28, 11, how="request")
        p.status("progression", "2025-01-06")
    if esr1 != "-":
        p.gene("ESR1", esr1, "2025-01-13", style)
    add_case(f"breast-{key}-{drug}", B,
             f"Stage IV {'ER-positive' if er else 'ER-negative PR-positive'} HER2-negative breast cancer{', progressing on letrozole-palbociclib' if treated else ', no endocrine therapy yet'}, ESR1 {'not tested' if esr1 == '-' else 'not detected' if esr1 is None else esr1}: {drug}",
             SERD_BASIS[drug] + " -> node met_hr_esr1_serd (er = positive, esr1 = mutated, prior_endocrine)",
             "2025-01-27", svc(drug), expected, p, {"esr1": {None: [], "-": None}.get(esr1, ["mutated"])},
             ["esr1"] if expected == DOC else None)

# epirubicin (adjuvant, node-positive)
p = bp("IIB", er=False, pr=False, her2="0", t="T2", n="N1a", m="M0", pathological=True)
p.procedure(*MASTECTOMY, "2025-01-06")
add_case("breast-tnbc-node-positive-adjuvant-epirubicin", B,
         "Resected pT2 pN1a triple-negative breast cancer, no chemotherapy yet: adjuvant epirubicin (with cyclophosphamide)",
         "FDA label: epirubicin (Ellence), 1 Indications and Usage (adjuvant therapy with evidence of axillary node tumor involvement after resection of primary breast cancer) -> node adj_chemo",
         "2025-02-10", svc("epirubicin", "J9178"), SUP, p, {"n": "N1a", "er": "negative"})
p = bp("IA", her2="neg", t="T1c", n="N0", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-hrpos-node-negative-epirubicin", B,
         "Resected pT1c pN0 HR-positive HER2-negative breast cancer: adjuvant epirubicin requested",
         "FDA label: epirubicin (Ellence), 1 Indications and Usage (adjuvant use requires axillary node involvement) -> adj_chemo (hr_positive: n >= N1) not met; metastatic nodes need recurrence",
         "2025-02-10", svc("epirubicin"), REF, p, {"n": "N0"})
p = bp("IIA", her2="neg", t="T2", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-hrpos-nodes-undocumented-epirubicin", B,
         "Resected pT2 HR-positive HER2-negative breast cancer, axillary staging not in the record: adjuvant epirubicin",
         "FDA label: epirubicin (Ellence), 1 Indications and Usage (axillary node-positive, adjuvant) -> adj_chemo: n unknown",
         "2025-02-10", svc("epirubicin"), DOC, p, {"n": None}, ["n"])

# eribulin (after >= 2 chemotherapy regimens for metastatic disease, incl. anthracycline and taxane)
for key, lines, expected in [("two-lines", 2, SUP), ("one-line", 1, REF)]:
    p = bp("IV", er=False, pr=False, her2="1+", dx="2023-10-02")
    p.pdl1("cps", 1, "2023-10-02")
    line(p, ["paclitaxel", "carboplatin"], "2023-10-16", 21, 6)
    p.status("progression", "2024-05-06")
    last = "2024-05-06"
    if lines == 2:
        line(p, ["doxorubicin", "cyclophosphamide"], "2024-05-20", 21, 6)
        p.status("progression", "2025-01-06")
        last = "2025-01-06"
    add_case(f"breast-tnbc-{key}-eribulin", B,
             f"Stage IV triple-negative breast cancer after {'two chemotherapy lines for metastatic disease (carboplatin-paclitaxel, then doxorubicin-cyclophosphamide)' if lines == 2 else 'one chemotherapy line for metastatic disease (carboplatin-paclitaxel)'}: eribulin",
             "FDA label: eribulin mesylate (Halaven), 1.1 Metastatic Breast Cancer (after at least two chemotherapeutic regimens for metastatic disease, including an anthracycline and a taxane; EMBRACE) -> node met_eribulin (prior_lines >= 2)",
             "2025-01-20" if lines == 2 else "2024-05-20", svc("eribulin", "J9179"), expected, p, {"progression": last})

# everolimus (with exemestane, after a CDK4/6 inhibitor / nonsteroidal AI)
for key, her2, expected in [("her2neg", "neg", SUP), ("her2pos", "3+", REF)]:
    p = bp("IV", her2=her2, birth="1954-04-04", dx="2024-01-15")
    line(p, ["letrozole", "palbociclib"], "2024-01-29", 28, 11, how="request")
    p.status("progression", "2025-01-06")
    add_case(f"breast-hrpos-{key}-after-letrozole-everolimus", B,
             f"Postmenopausal stage IV HR-positive HER2-{'negative' if her2 == 'neg' else 'positive (IHC 3+)'} breast cancer progressing on letrozole-palbociclib: everolimus with exemestane",
             "FDA label: everolimus (Afinitor), 1.1 Hormone Receptor-Positive, HER2-Negative Breast Cancer (postmenopausal, with exemestane, after failure of letrozole or anastrozole; BOLERO-2) -> node met_hr_l2_everolimus_exemestane",
             "2025-01-20", svc("everolimus"), expected, p, {"her2": "negative" if her2 == "neg" else "positive"})

# fam-trastuzumab deruxtecan 1.1 (HER2-positive)
p = bp("IV", er=False, pr=False, her2="ISH+")
add_case("breast-her2pos-first-line-trastuzumab-deruxtecan", B,
         "De novo stage IV HER2-positive (ISH amplified) breast cancer: first-line fam-trastuzumab deruxtecan with pertuzumab",
         "FDA label: fam-trastuzumab deruxtecan-nxki (Enhertu), 1.1 HER2-Positive Breast Cancer (first line with pertuzumab, DESTINY-Breast09; after an anti-HER2 regimen, DESTINY-Breast03) -> node met_her2_l1_thp",
         "2025-01-27", svc("fam-trastuzumab deruxtecan", "J9358"), SUP, p, {"her2": "positive"})
p = bp("IV", er=False, pr=False, her2="0-null")
add_case("breast-her2-null-trastuzumab-deruxtecan", B,
         "Stage IV triple-negative breast cancer, HER2 IHC 0 with no membrane staining (HER2-null): fam-trastuzumab deruxtecan requested",
         "FDA label: fam-trastuzumab deruxtecan-nxki (Enhertu), 1.1 (HER2-positive) and 1.2 (HER2-low IHC 1+ or 2+/ISH-, HER2-ultralow) -> her2 = positive and her2_class in [low, ultralow] not met",
         "2025-01-27", svc("fam-trastuzumab deruxtecan"), REF, p, {"her2": "negative", "her2_class": "zero"})
# fam-trastuzumab deruxtecan 1.2 (HER2-low / ultralow)
for key, her2, expected in [("her2-low", "1+", SUP), ("her2-null", "0-null", REF), ("her2-0-staining-unstated", "0", DOC)]:
    p = bp("IV", her2=her2, dx="2024-02-05")
    line(p, ["letrozole", "ribociclib"], "2024-02-19", 28, 10, how="request")
    p.status("progression", "2025-01-06")
    add_case(f"breast-hrpos-{key}-trastuzumab-deruxtecan", B,
             f"Stage IV HR-positive breast cancer, HER2 {'IHC 1+ (HER2-low)' if her2 == '1+' else 'IHC 0, no membrane staining (HER2-null)' if her2 == '0-null' else 'IHC 0 without a statement on faint staining'}, progressing on letrozole-ribociclib: fam-trastuzumab deruxtecan",
             "FDA label: fam-trastuzumab deruxtecan-nxki (Enhertu), 1.2 HER2-Low and HER2-Ultralow Breast Cancer (HR-positive, after one or more endocrine therapies in the metastatic setting; DESTINY-Breast06) -> node met_hr_her2low_tdxd (her2_class in [low, ultralow])",
             "2025-01-20", svc("fam-trastuzumab deruxtecan", "J9358"), expected, p,
             {"her2_class": {"1+": "low", "0-null": "zero", "0": None}[her2]}, ["her2_class"] if expected == DOC else None)

# fulvestrant
p = bp("IV", her2="neg", menopause="post", birth="1963-03-03")
add_case("breast-hrpos-metastatic-fulvestrant", B,
         "De novo stage IV HR-positive HER2-negative breast cancer, postmenopausal (documented), endocrine-therapy naive: fulvestrant",
         "FDA label: fulvestrant (Faslodex), 1 Indications and Usage (monotherapy, HR-positive HER2-negative advanced breast cancer in postmenopausal women not previously treated with endocrine therapy; FALCON) -> node met_hr_endocrine_mono",
         "2025-01-27", svc("fulvestrant", "J9395"), SUP, p, {"menopause": "post"})
p = bp("IV", er=False, pr=False, her2="0")
add_case("breast-tnbc-metastatic-fulvestrant", B,
         "Stage IV ER-negative PR-negative HER2-negative breast cancer: fulvestrant requested",
         "FDA label: fulvestrant (Faslodex), 1 Indications and Usage (hormone receptor-positive disease only) -> hr_positive not met on every fulvestrant node",
         "2025-01-27", svc("fulvestrant"), REF, p, {"er": "negative", "pr": "negative"})

# gemcitabine 1.2
p = bp("IV", er=False, pr=False, her2="1+", dx="2024-04-01")
p.pdl1("cps", 3, "2024-04-01")
add_case("breast-tnbc-cps3-gemcitabine", B,
         "Stage IV triple-negative breast cancer, PD-L1 CPS 3: gemcitabine (with paclitaxel / carboplatin)",
         "FDA label: gemcitabine (Gemzar), 1.2 Breast Cancer (with paclitaxel, first-line metastatic breast cancer after adjuvant anthracycline-containing chemotherapy) -> node met_chemo",
         "2024-04-22", svc("gemcitabine", "J9201"), SUP, p, {"pdl1_cps": 3.0})
p = bp("IA", her2="neg", t="T1c", n="N0", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-early-resected-gemcitabine", B,
         "Resected pT1c pN0 HR-positive HER2-negative breast cancer, no recurrence: gemcitabine requested",
         "FDA label: gemcitabine (Gemzar), 1.2 Breast Cancer (metastatic disease only) -> every gemcitabine node is metastatic; stage I and no recurrence",
         "2025-02-10", svc("gemcitabine"), REF, p, {"recurrence": "false"})

# goserelin (advanced breast cancer, pre- and perimenopausal)
p = bp("IV", her2="neg", menopause="pre", birth="1982-08-08")
add_case("breast-premenopausal-hrpos-metastatic-goserelin", B,
         "41-year-old premenopausal woman (documented) with de novo stage IV HR-positive HER2-negative breast cancer: goserelin",
         "FDA label: goserelin (Zoladex 3.6 mg), 1 Indications and Usage (palliative treatment of advanced breast cancer in pre- and perimenopausal women) -> node met_hr_endocrine_mono",
         "2025-01-27", svc("goserelin", "J9202"), SUP, p, {"menopause": "pre"})
p = bp("IV", er=False, pr=False, her2="1+", menopause="pre", birth="1982-08-08")
add_case("breast-premenopausal-tnbc-metastatic-goserelin", B,
         "41-year-old premenopausal woman with stage IV ER/PR-negative HER2-negative breast cancer: goserelin requested",
         "FDA label: goserelin (Zoladex 3.6 mg), 1 Indications and Usage (advanced breast cancer; hormonal therapy presumes hormone receptor-positive disease) -> hr_positive not met on every breast goserelin node",
         "2025-01-27", svc("goserelin"), REF, p, {"er": "negative"})

# inavolisib (endocrine-resistant, PIK3CA-mutated)
for key, pik3ca, expected in [("pik3ca-e545k", "c.1633G>A (p.Glu545Lys)", SUP), ("pik3ca-wildtype", None, REF), ("pik3ca-untested", "-", DOC)]:
    p = bp("IV", her2="neg", birth="1960-10-10", dx="2024-11-04")
    p.statement("letrozole", "2021-06-01", "2024-10-31")
    if pik3ca != "-":
        p.gene("PIK3CA", pik3ca, "2024-11-18", "c" if pik3ca else "p1")
    add_case(f"breast-hrpos-relapse-on-ai-{key}-inavolisib", B,
             f"Stage IV HR-positive HER2-negative breast cancer found during adjuvant letrozole (MedicationStatement), PIK3CA {'E545K (c.HGVS)' if pik3ca and pik3ca != '-' else 'not detected' if pik3ca is None else 'not tested'}: inavolisib with palbociclib and fulvestrant",
             "FDA label: inavolisib (Itovebi), 1 Indications and Usage (with palbociclib and fulvestrant, endocrine-resistant PIK3CA-mutated HR-positive HER2-negative advanced breast cancer after recurrence on or after adjuvant endocrine therapy; INAVO120) -> node met_hr_inavolisib",
             "2024-12-02", svc("inavolisib"), expected, p, {"pik3ca": {None: [], "-": None}.get(pik3ca, ["mutated"])},
             ["pik3ca"] if expected == DOC else None)

# ixabepilone (after anthracycline and taxane)
for key, drugs, expected in [("after-anthracycline-taxane", ["doxorubicin", "paclitaxel"], SUP), ("after-taxane-only", ["paclitaxel"], REF)]:
    p = bp("IV", er=False, pr=False, her2="0", dx="2024-01-08")
    p.pdl1("cps", 2, "2024-01-08")
    line(p, drugs, "2024-01-22", 21, 6)
    p.status("progression", "2025-01-06")
    add_case(f"breast-tnbc-{key}-ixabepilone", B,
             f"Stage IV triple-negative breast cancer progressing after {' and '.join(drugs)}: ixabepilone",
             "FDA label: ixabepilone (Ixempra), 1 Indications and Usage (with capecitabine after an anthracycline and a taxane; monotherapy after an anthracycline, a taxane and capecitabine) -> node met_ixabepilone (prior anthracycline and taxane)",
             "2025-01-20", svc("ixabepilone", "J9207"), expected, p, {"progression": "2025-01-06"})

# lapatinib (with letrozole, HER2+ HR+ postmenopausal)
for key, her2, meno, birth, expected in [("postmenopausal", "3+", "post", "1958-02-02", SUP), ("her2-negative", "1+", "post", "1958-02-02", REF),
                                         ("menopause-undocumented", "3+", None, "1975-02-02", DOC)]:
    p = bp("IV", her2=her2, menopause=meno, birth=birth)
    add_case(f"breast-hrpos-her2-{key}-lapatinib-letrozole", B,
             f"De novo stage IV HR-positive breast cancer, HER2 IHC {her2}, {'postmenopausal (documented)' if meno else 'age 49, menopausal status not recorded'}: lapatinib with letrozole",
             "FDA label: lapatinib (Tykerb), 1 Indications and Usage (with letrozole, postmenopausal women with HR-positive HER2-overexpressing metastatic breast cancer; EGF30008) -> node met_her2_hr_lapatinib_letrozole",
             "2025-01-27", svc("lapatinib"), expected, p, {"menopause": meno}, ["menopause"] if expected == DOC else None)

# letrozole: contradicted
p = bp("I", er=False, pr=False, her2="neg", t="T1c", n="N0", m="M0", pathological=True, birth="1955-05-05")
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-er-pr-negative-adjuvant-letrozole", B,
         "Postmenopausal woman with resected pT1c pN0 ER/PR-negative HER2-negative breast cancer: adjuvant letrozole requested",
         "FDA label: letrozole (Femara), 1 Indications and Usage (hormone receptor-positive early or advanced breast cancer in postmenopausal women) -> hr_positive not met on every letrozole node",
         "2025-02-10", svc("letrozole"), REF, p, {"er": "negative", "pr": "negative"})

# margetuximab (HER2+, after >= 2 anti-HER2 regimens)
for key, treated, expected in [("after-anti-her2", True, SUP), ("anti-her2-naive", False, REF)]:
    p = bp("IV", er=False, pr=False, her2="3+", dx="2023-06-05")
    if treated:
        line(p, ["trastuzumab", "pertuzumab", "docetaxel"], "2023-06-19", 21, 6)
        p.status("progression", "2024-03-04")
        line(p, ["ado-trastuzumab emtansine"], "2024-03-18", 21, 12)
        p.status("progression", "2025-01-06")
    add_case(f"breast-her2pos-{key}-margetuximab", B,
             f"Stage IV HER2-positive breast cancer{' progressing after THP and then T-DM1' if treated else ', no anti-HER2 therapy yet'}: margetuximab with chemotherapy",
             "FDA label: margetuximab-cmkb (Margenza), 1 Indications and Usage (with chemotherapy, HER2-positive metastatic breast cancer after two or more prior anti-HER2 regimens, at least one for metastatic disease; SOPHIA) -> node met_her2_margetuximab (prior_anti_her2, prior_lines >= 1)",
             "2025-01-20", svc("margetuximab", "J9353"), expected, p, {"her2": "positive"})

# neratinib 1.1 (extended adjuvant after trastuzumab)
for key, her2, expected in [("her2pos", "3+", SUP), ("her2neg", "neg", REF)]:
    p = bp("IIA", her2=her2, t="T2", n="N0", m="M0", pathological=True, dx="2023-10-02")
    p.procedure(*LUMPECTOMY, "2023-10-02")
    if her2 == "3+":
        line(p, ["paclitaxel", "trastuzumab"], "2023-10-30", 7, 12)
        p.give(["trastuzumab"], *every("2024-01-22", 21, 13))
    add_case(f"breast-early-{key}-extended-adjuvant-neratinib", B,
             f"Resected pT2 pN0 HR-positive, HER2-{'positive breast cancer after a year of adjuvant trastuzumab' if her2 == '3+' else 'negative breast cancer'}: extended adjuvant neratinib",
             "FDA label: neratinib (Nerlynx), 1.1 Extended Adjuvant Treatment of Early Stage Breast Cancer (HER2-positive early breast cancer after adjuvant trastuzumab-based therapy; ExteNET) -> node adj_neratinib",
             "2024-11-04", svc("neratinib"), expected, p, {"her2": "positive" if her2 == "3+" else "negative"})

# neratinib 1.2 (with capecitabine, after >= 2 anti-HER2 regimens for metastatic disease)
for key, lines, expected in [("two-lines", 2, SUP), ("one-line", 1, REF)]:
    p = bp("IV", er=False, pr=False, her2="ISH+", dx="2023-05-01")
    line(p, ["trastuzumab", "pertuzumab", "docetaxel"], "2023-05-15", 21, 6)
    p.status("progression", "2024-02-05")
    if lines == 2:
        line(p, ["ado-trastuzumab emtansine"], "2024-02-19", 21, 12)
        p.status("progression", "2025-01-06")
    add_case(f"breast-her2pos-{key}-neratinib-capecitabine", B,
             f"Stage IV HER2-positive breast cancer after {'two anti-HER2 regimens for metastatic disease (THP, T-DM1)' if lines == 2 else 'one anti-HER2 regimen for metastatic disease (THP)'}: neratinib with capecitabine",
             "FDA label: neratinib (Nerlynx), 1.2 Advanced or Metastatic Breast Cancer (with capecitabine after two or more anti-HER2 regimens in the metastatic setting; NALA) -> node met_her2_neratinib_capecitabine (prior_lines >= 2)",
             "2025-01-20" if lines == 2 else "2024-02-19", svc("neratinib"), expected, p, {"prior_lines": float(lines)})

# olaparib (adjuvant, gBRCA, high-risk HER2-negative)
for key, brca, expected in [("gbrca1", "c.5266dup (p.Gln1756fs)", SUP), ("brca-negative", None, REF), ("brca-untested", "-", DOC)]:
    p = bp("IIB", er=False, pr=False, her2="1+", t="T2", n="N1", m="M0", dx="2024-03-04", birth="1984-04-04")
    line(p, ["doxorubicin", "cyclophosphamide"], "2024-03-18", 14, 4)
    line(p, ["paclitaxel"], "2024-04-29", 7, 12)
    p.procedure(*MASTECTOMY, "2024-08-19")
    p.tnm("T1c", "N0", None, "2024-08-19", pathological=True)
    if brca is None:
        p.gene("BRCA1", None, "2024-04-01", "p1", germline=True)
        p.gene("BRCA2", None, "2024-04-01", "p1", germline=True)
    elif brca != "-":
        p.variant("BRCA1", "HGNC:1100", brca, "2024-04-01", germline=True)
    add_case(f"breast-tnbc-residual-{key}-adjuvant-olaparib", B,
             f"cT2 cN1 triple-negative breast cancer with residual disease (ypT1c) after neoadjuvant AC-paclitaxel and mastectomy, germline BRCA {'1 pathogenic variant' if brca not in (None, '-') else 'testing negative' if brca is None else 'not tested'}: adjuvant olaparib",
             "FDA label: olaparib (Lynparza), 1.x Adjuvant Treatment of gBRCAm HER2-negative High Risk Early Breast Cancer (after neoadjuvant or adjuvant chemotherapy; OlympiA) -> node adj_olaparib",
             "2024-09-23", svc("olaparib"), expected, p, {"brca": {None: [], "-": None}.get(brca, ["brca1"]), "residual_disease": True},
             ["brca"] if expected == DOC else None)

# olaparib (metastatic gBRCA): contradicted / undocumented
for key, gb, expected in [("brca-negative", None, REF), ("brca-untested", "-", DOC)]:
    p = bp("IV", er=False, pr=False, her2="0", dx="2024-05-06")
    line(p, ["paclitaxel"], "2024-05-20", 7, 16)
    p.status("progression", "2025-01-06")
    if gb is None:
        p.gene("BRCA1", None, "2024-06-03", "text", germline=True)
        p.gene("BRCA2", None, "2024-06-03", "p3", germline=True)
    add_case(f"breast-tnbc-{key}-after-chemo-olaparib", B,
             f"Stage IV HER2-negative breast cancer after paclitaxel, germline BRCA {'testing negative' if gb is None else 'not tested'}: olaparib",
             "FDA label: olaparib (Lynparza), 1.x gBRCAm HER2-negative Metastatic Breast Cancer (deleterious germline BRCA-mutated, after chemotherapy; OlympiAD) -> nodes met_olaparib / met_l2_olaparib (gbrca)",
             "2025-01-20", svc("olaparib"), expected, p, {"brca": [] if gb is None else None}, ["brca"] if expected == DOC else None)

# paclitaxel protein-bound (after failure of combination chemotherapy)
p = bp("IV", her2="neg", dx="2024-01-08")
line(p, ["doxorubicin", "cyclophosphamide"], "2024-01-22", 21, 6)
p.status("progression", "2025-01-06")
add_case("breast-hrpos-after-anthracycline-nab-paclitaxel", B,
         "Stage IV HR-positive HER2-negative breast cancer progressing after doxorubicin-cyclophosphamide for metastatic disease: paclitaxel protein-bound (HCPCS)",
         "FDA label: paclitaxel protein-bound particles (Abraxane), 1.1 Metastatic Breast Cancer (after failure of combination chemotherapy for metastatic disease or relapse within 6 months of adjuvant chemotherapy, prior therapy including an anthracycline) -> node met_nab_paclitaxel",
         "2025-01-20", svc("paclitaxel protein-bound", "J9264"), SUP, p, {"prior_lines": 1.0})
p = bp("IV", her2="neg", menopause="post", birth="1960-01-01")
add_case("breast-hrpos-chemo-naive-nab-paclitaxel", B,
         "De novo stage IV HR-positive HER2-negative breast cancer, no prior chemotherapy: paclitaxel protein-bound (HCPCS) requested",
         "FDA label: paclitaxel protein-bound particles (Abraxane), 1.1 Metastatic Breast Cancer (after failure of combination chemotherapy or early relapse after adjuvant chemotherapy) -> met_nab_paclitaxel (prior_chemo_class) not met; met_tnbc_l1_pembro_chemo needs tnbc",
         "2025-01-27", svc("paclitaxel protein-bound", "J9264", cms=True), REF, p, {"prior_drugs": []})

# palbociclib: menopause undocumented
p = bp("IV", her2="neg", birth="1976-03-03")
add_case("breast-hrpos-metastatic-menopause-undocumented-palbociclib", B,
         "48-year-old with de novo stage IV HR-positive HER2-negative breast cancer, menopausal status not recorded: palbociclib with an aromatase inhibitor",
         "FDA label: palbociclib (Ibrance), 1 Indications and Usage (with an aromatase inhibitor as initial endocrine-based therapy in postmenopausal women or men; with fulvestrant after endocrine therapy) -> node met_hr_l1_cdk46_ai: menopause unknown",
         "2025-01-27", svc("palbociclib"), DOC, p, {"menopause": None}, ["menopause"])

# pembrolizumab TNBC (neoadjuvant, KEYNOTE-522)
p = bp("IIB", er=False, pr=False, her2="1+", t="T2", n="N1", m="M0", birth="1980-01-01")
add_case("breast-tnbc-stage2-neoadjuvant-pembrolizumab", B,
         "Clinical stage IIB (cT2 cN1) triple-negative breast cancer, untreated: neoadjuvant pembrolizumab with chemotherapy",
         "FDA label: pembrolizumab (Keytruda), 1.x Triple-Negative Breast Cancer (high-risk early-stage TNBC, neoadjuvant with chemotherapy then adjuvant single agent; KEYNOTE-522) -> node neoadj_tnbc_kn522",
         "2025-01-20", svc("pembrolizumab", "J9271"), SUP, p, {"stage": "IIB", "er": "negative", "her2": "negative"})
p = bp("IIB", her2="neg", t="T2", n="N1", m="M0", birth="1980-01-01")
add_case("breast-hrpos-stage2-neoadjuvant-pembrolizumab", B,
         "Clinical stage IIB (cT2 cN1) ER/PR-positive HER2-negative breast cancer: neoadjuvant pembrolizumab requested",
         "FDA label: pembrolizumab (Keytruda), 1.x Triple-Negative Breast Cancer (TNBC only) -> tnbc not met on every breast pembrolizumab node",
         "2025-01-20", svc("pembrolizumab"), REF, p, {"er": "positive"})

# pertuzumab 1.1 (metastatic)
p = bp("IV", er=True, pr=False, her2="ISH+")
add_case("breast-her2-amplified-metastatic-pertuzumab", B,
         "De novo stage IV ER-positive HER2-amplified (ISH) breast cancer: first-line pertuzumab with trastuzumab and docetaxel",
         "FDA label: pertuzumab (Perjeta), 1.1 Metastatic Breast Cancer (with trastuzumab and docetaxel, HER2-positive MBC without prior anti-HER2 therapy or chemotherapy for metastatic disease; CLEOPATRA) -> node met_her2_l1_thp",
         "2025-01-27", svc("pertuzumab", "J9306"), SUP, p, {"her2": "positive"})
p = bp("IV", er=True, pr=True, her2="neg")
add_case("breast-her2neg-metastatic-pertuzumab", B,
         "Stage IV HR-positive HER2-negative (ISH not amplified) breast cancer: pertuzumab requested",
         "FDA label: pertuzumab (Perjeta), 1.1 / 1.2 (HER2-positive breast cancer only) -> her2 = positive not met on every pertuzumab node",
         "2025-01-27", svc("pertuzumab"), REF, p, {"her2": "negative"})
# pertuzumab 1.2 (early): contradicted / undocumented
p = bp("IA", er=False, pr=False, her2="3+", t="T1b", n="N0", m="M0", pathological=True)
p.procedure(*LUMPECTOMY, "2025-01-06")
add_case("breast-her2pos-pt1b-pn0-pertuzumab", B,
         "Resected pT1b pN0 (stage IA) HER2-positive breast cancer, no anti-HER2 therapy yet: pertuzumab requested",
         "FDA label: pertuzumab (Perjeta), 1.2 Early Breast Cancer (neoadjuvant: tumor > 2 cm or node-positive; adjuvant: high risk of recurrence) -> adj_ac_thp needs t >= T2 or n >= N1; adj_hp needs prior trastuzumab; no recurrence",
         "2025-02-10", svc("pertuzumab"), REF, p, {"t": "T1b", "n": "N0"})
# Dropped (engine reporting, see the issue 14 report): stage II HER2-positive, T and N not recorded,
# untreated: the engine answers needs-documentation but names only `recurrence` (route
# surveillance -> met_entry), not the label gate facts t / n of neoadj_her2_tchp.

# pertuzumab, trastuzumab and hyaluronidase (Phesgo)
p = bp("IIB", er=False, pr=False, her2="3+", t="T2", n="N1", m="M0")
add_case("breast-her2pos-stage2-neoadjuvant-phesgo", B,
         "Clinical stage IIB (cT2 cN1) HER2-positive breast cancer: neoadjuvant pertuzumab-trastuzumab-hyaluronidase (subcutaneous, HCPCS)",
         "FDA label: pertuzumab, trastuzumab and hyaluronidase (Phesgo), 1 Indications and Usage (with chemotherapy, neoadjuvant HER2-positive early breast cancer; FeDeriCa) -> node neoadj_her2_tchp",
         "2025-01-27", svc("pertuzumab", "J9316"), SUP, p, {"her2": "positive"})
p = bp("IIB", er=True, pr=True, her2="1+", t="T2", n="N1", m="M0")
add_case("breast-her2-low-stage2-phesgo", B,
         "Clinical stage IIB HR-positive, HER2 IHC 1+ breast cancer: pertuzumab-trastuzumab-hyaluronidase (HCPCS) requested",
         "FDA label: pertuzumab, trastuzumab and hyaluronidase (Phesgo), 1 Indications and Usage (HER2-positive breast cancer only) -> her2 = positive not met",
         "2025-01-27", svc("pertuzumab", "J9316"), REF, p, {"her2": "negative"})

# ribociclib 1.1 (adjuvant, stage II-III)
for key, stage, t, n, expected in [("stage2b", "IIB", "T2", "N1a", SUP), ("stage1a", "IA", "T1b", "N0", REF)]:
    p = bp(stage, her2="neg", t=t, n=n, m="M0", pathological=True, birth="1970-07-07")
    p.procedure(*LUMPECTOMY, "2025-01-06")
    add_case(f"breast-hrpos-{key}-adjuvant-ribociclib", B,
             f"Resected p{t} p{n} (stage {stage}) HR-positive HER2-negative breast cancer: adjuvant ribociclib with an aromatase inhibitor",
             "FDA label: ribociclib (Kisqali), 1.1 Early Breast Cancer (with an aromatase inhibitor, HR-positive HER2-negative stage II and III early breast cancer at high risk of recurrence; NATALEE) -> node adj_ribociclib (stage in [II, III])",
             "2025-02-10", svc("ribociclib"), expected, p, {"stage": stage})
# ribociclib 1.2 (advanced)
for key, her2, expected in [("her2neg", "neg", SUP), ("her2pos", "ISH+", REF)]:
    p = bp("IV", her2=her2, menopause="post", birth="1962-02-02", icd10=True)
    add_case(f"breast-hrpos-{key}-metastatic-ribociclib", B,
             f"De novo stage IV HR-positive, HER2-{'negative' if her2 == 'neg' else 'positive (ISH amplified)'} breast cancer, postmenopausal, ICD-10-CM diagnosis: first-line ribociclib with an aromatase inhibitor",
             "FDA label: ribociclib (Kisqali), 1.2 Advanced or Metastatic Breast Cancer (with an aromatase inhibitor, HR-positive HER2-negative advanced breast cancer as initial endocrine-based therapy; MONALEESA-2) -> node met_hr_l1_cdk46_ai",
             "2025-01-27", svc("ribociclib"), expected, p, {"her2": "negative" if her2 == "neg" else "positive"})

# sacituzumab govitecan
p = bp("IV", er=False, pr=False, her2="0", dx="2024-03-04")
p.pdl1("cps", 5, "2024-03-04")
line(p, ["paclitaxel", "carboplatin"], "2024-03-18", 21, 6)
p.status("progression", "2024-08-05")
line(p, ["capecitabine"], "2024-08-19", 21, 6, how="request")
p.status("progression", "2025-01-06")
add_case("breast-tnbc-third-line-sacituzumab", B,
         "Stage IV triple-negative breast cancer progressing after carboplatin-paclitaxel and then capecitabine: sacituzumab govitecan",
         "FDA label: sacituzumab govitecan-hziy (Trodelvy), 1 Indications and Usage (unresectable or metastatic TNBC after two or more systemic therapies, at least one for metastatic disease; ASCENT) -> node met_tnbc_sacituzumab",
         "2025-01-20", svc("sacituzumab govitecan", "J9317"), SUP, p, {"prior_lines": 2.0})
p = bp("IV", er=False, pr=False, her2="0", dx="2024-03-04")
p.pdl1("cps", 5, "2024-03-04")
line(p, ["paclitaxel", "carboplatin"], "2024-03-18", 21, 6)
p.status("progression", "2025-01-06")
add_case("breast-tnbc-second-line-sacituzumab", B,
         "Stage IV triple-negative breast cancer progressing after first-line carboplatin-paclitaxel only: sacituzumab govitecan (one prior systemic therapy; the label asks for two)",
         "FDA label: sacituzumab govitecan-hziy (Trodelvy), 1 Indications and Usage (unresectable or metastatic TNBC after two or more systemic therapies, at least one for metastatic disease; ASCENT) -> node met_tnbc_sacituzumab (prior_therapies >= 2) not met; the first-line node needs no earlier metastatic line",
         "2025-01-20", svc("sacituzumab govitecan", "J9317"), REF, p, {"prior_lines": 1.0})
p = bp("IV", her2="neg", dx="2024-02-05")
line(p, ["letrozole", "palbociclib"], "2024-02-19", 28, 10, how="request")
p.status("progression", "2025-01-06")
add_case("breast-hrpos-one-line-sacituzumab", B,
         "Stage IV HR-positive HER2-negative breast cancer after one line (letrozole-palbociclib), no chemotherapy for metastatic disease: sacituzumab govitecan requested",
         "FDA label: sacituzumab govitecan-hziy (Trodelvy), 1 Indications and Usage (HR-positive HER2-negative disease after endocrine therapy and at least two additional systemic therapies in the metastatic setting; TROPiCS-02) -> met_hr_sacituzumab (prior_lines >= 2) not met; TNBC nodes need tnbc",
         "2025-01-20", svc("sacituzumab govitecan", "J9317"), REF, p, {"prior_lines": 1.0})

# talazoparib
for key, her2, brca, expected in [("gbrca2", "1+", "c.6275_6276del (p.Leu2092fs)", SUP), ("her2pos-gbrca2", "3+", "c.6275_6276del (p.Leu2092fs)", REF),
                                  ("brca-untested", "1+", "-", DOC)]:
    p = bp("IV", er=True, pr=True, her2=her2)
    if brca != "-":
        p.variant("BRCA2", "HGNC:1101", brca, "2025-01-13", germline=True)
    add_case(f"breast-{key}-metastatic-talazoparib", B,
             f"Stage IV HR-positive breast cancer, HER2 IHC {her2}, germline BRCA2 {'pathogenic variant' if brca != '-' else 'not tested'}: talazoparib",
             "FDA label: talazoparib (Talzenna), 1.1 Breast Cancer (deleterious or suspected deleterious germline BRCA-mutated HER2-negative locally advanced or metastatic breast cancer; EMBRACA) -> node met_talazoparib",
             "2025-01-27", svc("talazoparib"), expected, p, {"brca": ["brca2"] if brca != "-" else None}, ["brca"] if expected == DOC else None)

# tamoxifen (adjuvant)
for key, er, expected in [("hrpos", True, SUP), ("hrneg", False, REF)]:
    p = bp("IA", er=er, pr=er, her2="neg", t="T1c", n="N0", m="M0", pathological=True, menopause="pre", birth="1983-03-03")
    p.procedure(*LUMPECTOMY, "2025-01-06")
    add_case(f"breast-premenopausal-{key}-adjuvant-tamoxifen", B,
             f"41-year-old premenopausal woman with resected pT1c pN0 {'ER/PR-positive' if er else 'ER/PR-negative'} HER2-negative breast cancer: adjuvant tamoxifen",
             "FDA label: tamoxifen citrate, 1 Indications and Usage (adjuvant treatment of early breast cancer; hormone receptor-positive disease benefits) -> node adj_tamoxifen (hr_positive)",
             "2025-02-10", svc("tamoxifen"), expected, p, {"er": "positive" if er else "negative"})

# toremifene
for key, er, expected in [("hrpos", True, SUP), ("hrneg", False, REF)]:
    p = bp("IV", er=er, pr=er, her2="neg", menopause="post", birth="1959-09-09")
    add_case(f"breast-postmenopausal-{key}-metastatic-toremifene", B,
             f"Postmenopausal woman with de novo stage IV {'ER/PR-positive' if er else 'ER/PR-negative'} HER2-negative breast cancer: toremifene",
             "FDA label: toremifene (Fareston), 1 Indications and Usage (metastatic breast cancer in postmenopausal women with estrogen-receptor positive or unknown tumors) -> node met_hr_endocrine_mono (hr_positive)",
             "2025-01-27", svc("toremifene"), expected, p, {"er": "positive" if er else "negative"})

# trastuzumab 1.1 (adjuvant)
for key, her2, expected in [("her2pos", "3+", SUP), ("her2neg", "neg", REF)]:
    p = bp("IA", er=True, pr=True, her2=her2, t="T1b", n="N0", m="M0", pathological=True)
    p.procedure(*LUMPECTOMY, "2025-01-06")
    add_case(f"breast-pt1b-pn0-{key}-adjuvant-trastuzumab", B,
             f"Resected pT1b pN0 HR-positive, HER2-{'positive (IHC 3+)' if her2 == '3+' else 'negative'} breast cancer: adjuvant paclitaxel-trastuzumab",
             "FDA label: trastuzumab (Herceptin), 1.1 Adjuvant Breast Cancer (HER2-overexpressing node-negative (ER/PR-negative or with one high-risk feature) or node-positive breast cancer; APT) -> node adj_paclitaxel_trastuzumab",
             "2025-02-10", svc("trastuzumab", "J9355", cms=True), expected, p, {"her2": "positive" if her2 == "3+" else "negative"})

# trastuzumab and hyaluronidase (Herceptin Hylecta)
for key, her2, expected in [("her2pos", "3+", SUP), ("her2-low", "1+", REF)]:
    p = bp("IIA", er=False, pr=False, her2=her2, t="T2", n="N0", m="M0")
    add_case(f"breast-stage2a-{key}-trastuzumab-hyaluronidase", B,
             f"Clinical stage IIA (cT2 cN0) ER/PR-negative breast cancer, HER2 IHC {her2}: trastuzumab-hyaluronidase (subcutaneous, HCPCS) with neoadjuvant chemotherapy",
             "FDA label: trastuzumab and hyaluronidase (Herceptin Hylecta), 1 Indications and Usage (HER2-overexpressing breast cancer, adjuvant and metastatic) -> node neoadj_her2_tchp (her2 = positive)",
             "2025-01-27", svc("trastuzumab", "J9356"), expected, p, {"her2": "positive" if her2 == "3+" else "negative"})

# tucatinib (breast)
for key, treated, expected in [("after-thp", True, SUP), ("anti-her2-naive", False, REF)]:
    p = bp("IV", er=False, pr=False, her2="3+", dx="2024-01-08")
    if treated:
        line(p, ["trastuzumab", "pertuzumab", "docetaxel"], "2024-01-22", 21, 6)
        p.status("progression", "2025-01-06")
    add_case(f"breast-her2pos-{key}-tucatinib", B,
             f"Stage IV HER2-positive breast cancer{' progressing after THP' if treated else ', no anti-HER2 therapy yet'}: tucatinib with trastuzumab and capecitabine",
             "FDA label: tucatinib (Tukysa), 1.1 Breast Cancer (with trastuzumab and capecitabine, HER2-positive advanced breast cancer after one or more anti-HER2 regimens in the metastatic setting; HER2CLIMB) -> node met_her2_tucatinib",
             "2025-01-20", svc("tucatinib"), expected, p, {"her2": "positive"})

# pertuzumab 1.2 & trastuzumab (adjuvant AC-THP, node-positive)
p = bp("IIB", er=False, pr=False, her2="3+", t="T2", n="N1a", m="M0", pathological=True)
p.procedure(*MASTECTOMY, "2025-01-06")
add_case("breast-her2pos-pn1-adjuvant-pertuzumab", B,
         "Upfront mastectomy, pT2 pN1a HER2-positive breast cancer, no anti-HER2 therapy yet: adjuvant pertuzumab with trastuzumab and chemotherapy",
         "FDA label: pertuzumab (Perjeta), 1.2 Early Breast Cancer (adjuvant, with trastuzumab and chemotherapy, HER2-positive early breast cancer at high risk of recurrence; APHINITY) -> node adj_ac_thp",
         "2025-02-10", svc("pertuzumab", "J9306"), SUP, p, {"n": "N1a"})


# ---------------------------------------------------------------------------- NSCLC, by label indication
_LI = [0]
ADENO = ("8140/3", "Adenocarcinoma, NOS")
SQUAM = ("8070/3", "Squamous cell carcinoma, NOS")
GENE_STYLES = ["text", "p1", "p3", "text"]


def lp(stage="IVA", t="T2b", n="N2", m="M1b", histo=ADENO, sex="male", birth="1957-04-04", dx="2025-01-06",
       egfr="wt", alk="wt", ros1=None, braf=None, kras=None, ret=None, met=None, ntrk=None, erbb2=None, pdl1=None,
       note=None, pathological=False):
    """An NSCLC patient. Genes: None = not tested, 'wt' = tested negative, else the alteration
    (protein change, or 'fusion'); encodings rotate with each call."""
    i = _LI[0]
    _LI[0] += 1
    p = Patient(nid("nl"), sex, birth)
    if i % 3 == 2:
        p.cancer_icd10("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", dx)
    else:
        p.cancer("nsclc", dx)
    p.histology(histo[0], histo[1], dx)
    if stage:
        p.stage_as(stage, dx, rot(STAGE_STYLES, i), pathological, note)
    if t or n or m:
        p.tnm(t, n, m, dx, pathological)
    partners = {"ALK": "EML4", "ROS1": "CD74", "RET": "KIF5B", "NTRK1": "TPM3"}
    for k, (gene, val) in enumerate([("EGFR", egfr), ("ALK", alk), ("ROS1", ros1), ("BRAF", braf), ("KRAS", kras),
                                     ("RET", ret), ("MET", met), ("NTRK1", ntrk), ("ERBB2", erbb2)]):
        if val is None:
            continue
        style = rot(GENE_STYLES, i + k)
        if val == "wt" and gene == "ERBB2":
            p.gene(gene, None, dx, "p1")
            continue
        if val == "fusion":
            style = "fusion" if (i + k) % 2 else "text"
            p.gene(gene if style != "text" or gene != "NTRK1" else "NTRK", "fusion", dx, style, partner=partners.get(gene))
        elif val == "wt":
            p.gene(gene if style != "text" or gene != "NTRK1" else "NTRK", None, dx, style)
        elif gene == "ERBB2":
            # A named "ERBB2 mutation" test is read as the HER2 marker, not the erbb2 fact: the
            # mCODE genomic-variant form is the one the reader takes for ERBB2 mutations.
            p.gene(gene, val, dx, "p3" if "Tyr" in val else "p1")
        else:
            p.gene(gene, val, dx, "text" if style in ("p1", "p3") and not val.startswith(("p.", "c.")) else style if val.startswith(("p.", "c.")) else "text")
    if pdl1 is not None:
        p.pdl1("tps", pdl1, dx)
    return p


N = "nsclc"
RESECT = ("173171007", "Lobectomy of lung (procedure)")


def nsclc_case(cid, desc, basis, service, expected, p, date="2025-01-27", intended=None, missing=None):
    add_case(cid, N, desc, basis, date, service, expected, p, intended, missing)


# --- first-line driver-targeted drugs: supported (driver present), contradicted (driver tested negative)
DRIVER_L1 = [
    # drug, label basis, node, gene kwarg, positive value, description of the alteration
    ("afatinib", "FDA label: afatinib (Gilotrif), 1.1 EGFR Mutation-Positive NSCLC (first-line metastatic NSCLC with non-resistant EGFR mutations; LUX-Lung 3, and G719X/L861Q/S768I)", "met_egfr_uncommon_afatinib", "egfr", "p.Gly719Ala", "EGFR G719A"),
    ("brigatinib", "FDA label: brigatinib (Alunbrig), 1 Indications and Usage (ALK-positive metastatic NSCLC; ALTA-1L)", "met_alk_brigatinib", "alk", "fusion", "EML4-ALK fusion"),
    ("capmatinib", "FDA label: capmatinib (Tabrecta), 1 Indications and Usage (metastatic NSCLC with MET exon 14 skipping; GEOMETRY mono-1)", "met_met_ex14_inhibitor", "met", "exon 14 skipping", "MET exon 14 skipping"),
    ("ceritinib", "FDA label: ceritinib (Zykadia), 1 Indications and Usage (ALK-positive metastatic NSCLC; ASCEND-4)", "met_alk_ceritinib", "alk", "fusion", "ALK rearrangement"),
    ("dacomitinib", "FDA label: dacomitinib (Vizimpro), 1 Indications and Usage (first-line metastatic NSCLC with EGFR exon 19 deletion or exon 21 L858R; ARCHER 1050)", "met_egfr_early_tki", "egfr", "p.Glu746_Ala750del", "EGFR exon 19 deletion (three-letter HGVS)"),
    ("encorafenib", "FDA label: encorafenib (Braftovi), 1 Indications and Usage (with binimetinib, BRAF V600E-mutant metastatic NSCLC; PHAROS)", "met_braf_encorafenib_binimetinib", "braf", "p.Val600Glu", "BRAF V600E (three-letter HGVS)"),
    ("binimetinib", "FDA label: binimetinib (Mektovi), 1 Indications and Usage (with encorafenib, BRAF V600E-mutant metastatic NSCLC; PHAROS)", "met_braf_encorafenib_binimetinib", "braf", "p.V600E", "BRAF V600E"),
    ("ensartinib", "FDA label: ensartinib (Ensacove), 1 Indications and Usage (ALK-positive locally advanced or metastatic NSCLC without a prior ALK inhibitor; eXalt3)", "met_alk_ensartinib", "alk", "fusion", "ALK fusion"),
    ("erlotinib", "FDA label: erlotinib (Tarceva), 1.1 NSCLC (first-line metastatic NSCLC with EGFR exon 19 deletion or exon 21 L858R)", "met_egfr_early_tki", "egfr", "c.2573T>G", "EGFR c.2573T>G (L858R, coding DNA only)"),
    ("gefitinib", "FDA label: gefitinib (Iressa), 1 Indications and Usage (first-line metastatic NSCLC with EGFR exon 19 deletion or exon 21 L858R)", "met_egfr_early_tki", "egfr", "exon 19 deletion", "EGFR exon 19 deletion"),
    ("lazertinib", "FDA label: lazertinib (Lazcluze), 1 Indications and Usage (with amivantamab, first-line EGFR exon 19 deletion or L858R NSCLC; MARIPOSA)", "met_egfr_amivantamab_lazertinib", "egfr", "p.L858R", "EGFR L858R"),
    ("lorlatinib", "FDA label: lorlatinib (Lorbrena), 1 Indications and Usage (ALK-positive metastatic NSCLC; CROWN)", "met_alk_lorlatinib", "alk", "fusion", "ALK fusion"),
    ("crizotinib", "FDA label: crizotinib (Xalkori), 1.1 ALK-Positive Metastatic NSCLC (PROFILE 1014)", "met_alk_crizotinib", "alk", "fusion", "ALK rearrangement"),
    ("crizotinib", "FDA label: crizotinib (Xalkori), 1.2 ROS1-Positive Metastatic NSCLC (PROFILE 1001)", "met_ros1_crizotinib", "ros1", "fusion", "CD74-ROS1 fusion"),
    ("entrectinib", "FDA label: entrectinib (Rozlytrek), 1.1 ROS1-Positive Non-Small Cell Lung Cancer (metastatic ROS1-positive NSCLC)", "met_ros1_entrectinib", "ros1", "fusion", "ROS1 fusion"),
    ("entrectinib", "FDA label: entrectinib (Rozlytrek), 1.2 NTRK Gene Fusion-Positive Solid Tumors (NTRK fusion without a known acquired resistance mutation)", "met_ntrk_trk_inhibitor", "ntrk", "fusion", "TPM3-NTRK1 fusion"),
    ("larotrectinib", "FDA label: larotrectinib (Vitrakvi), 1 Indications and Usage (solid tumors with an NTRK gene fusion, metastatic or unresectable)", "met_ntrk_trk_inhibitor", "ntrk", "fusion", "NTRK fusion"),
    ("repotrectinib", "FDA label: repotrectinib (Augtyro), 1.1 ROS1-Positive Non-Small Cell Lung Cancer (locally advanced or metastatic; TRIDENT-1)", "met_ros1_repotrectinib", "ros1", "fusion", "ROS1 fusion"),
    ("repotrectinib", "FDA label: repotrectinib (Augtyro), 1.2 NTRK Gene Fusion-Positive Solid Tumors", "met_ntrk_trk_inhibitor", "ntrk", "fusion", "NTRK1 fusion"),
    ("taletrectinib", "FDA label: taletrectinib (Ibtrozi), 1 Indications and Usage (locally advanced or metastatic ROS1-positive NSCLC; TRUST-I/II)", "met_ros1_taletrectinib", "ros1", "fusion", "ROS1 fusion"),
    ("pralsetinib", "FDA label: pralsetinib (Gavreto), 1.1 Non-Small Cell Lung Cancer (metastatic RET fusion-positive NSCLC; ARROW)", "met_ret_inhibitor", "ret", "fusion", "KIF5B-RET fusion"),
    ("selpercatinib", "FDA label: selpercatinib (Retevmo), 1.1 Non-Small Cell Lung Cancer (locally advanced or metastatic RET fusion-positive NSCLC; LIBRETTO-431)", "met_ret_inhibitor", "ret", "fusion", "RET fusion"),
    ("tepotinib", "FDA label: tepotinib (Tepmetko), 1 Indications and Usage (metastatic NSCLC with MET exon 14 skipping; VISION)", "met_met_ex14_inhibitor", "met", "exon 14 skipping", "MET exon 14 skipping"),
    ("alectinib", "FDA label: alectinib (Alecensa), 1.2 Metastatic ALK-Positive NSCLC", "met_alk_alectinib", "alk", None, None),
    ("dabrafenib", "FDA label: dabrafenib (Tafinlar), 1 Indications and Usage (with trametinib, BRAF V600E mutation-positive metastatic NSCLC)", "met_braf_dabrafenib_trametinib", "braf", None, None),
]
# Genes that other nodes supporting the same drug test: tested negative in the contradicted case.
ALSO_NEGATIVE = {"crizotinib": ["alk", "ros1"], "entrectinib": ["ros1", "ntrk"], "repotrectinib": ["ros1", "ntrk"],
                 "encorafenib": ["braf"], "binimetinib": ["braf"], "dabrafenib": ["braf"]}
for k, (drug, basis, node, gene, value, what) in enumerate(DRIVER_L1):
    slug = f"{drug}-{gene}"
    if value is not None:
        kw = {gene: value}
        if gene != "egfr":
            kw.setdefault("egfr", "wt")
        p = lp(sex="female" if k % 2 else "male", **kw)
        nsclc_case(f"nsclc-{slug}-positive-first-line-{drug}", f"Stage IVA lung adenocarcinoma with {what}, untreated: {drug}",
                   f"{basis} -> node {node}", svc(drug), SUP, p, intended={gene: [{"fusion": "fusion", "p.Gly719Ala": "g719x", "p.Glu746_Ala750del": "exon19del",
                                                                                  "p.Val600Glu": "v600e", "p.V600E": "v600e", "c.2573T>G": "l858r", "exon 19 deletion": "exon19del",
                                                                                  "p.L858R": "l858r", "exon 14 skipping": "exon14skip"}[value]]})
        kw = {g: "wt" for g in ALSO_NEGATIVE.get(drug, [gene])}
        kw.setdefault("egfr", "wt")
        p = lp(stage="IVB", m="M1c", **kw)
        nsclc_case(f"nsclc-{slug}-negative-{drug}", f"Stage IVB lung adenocarcinoma, {' and '.join(g.upper() for g in kw)} tested without an alteration: {drug} requested",
                   f"{basis} -> {gene} alteration not found: every {drug} node contradicted", svc(drug), REF, p, intended={gene: []})
    kw = {"egfr": "wt", "alk": "wt"}
    kw[gene] = None
    if drug in ("crizotinib", "entrectinib", "repotrectinib") and gene in ("ros1", "ntrk"):
        kw[{"ros1": "ntrk", "ntrk": "ros1"}[gene]] = "wt"
    if drug == "crizotinib":
        kw["ros1" if gene == "alk" else "alk"] = "wt"
    p = lp(stage="IVA", **kw)
    nsclc_case(f"nsclc-{slug}-untested-{drug}", f"Stage IVA lung adenocarcinoma, {gene.upper()} not tested: {drug} requested",
               f"{basis} -> node {node}: {gene} unknown", svc(drug), DOC, p, intended={gene: None}, missing=[gene])

# amivantamab (exon 20 insertion, first line with chemotherapy)
p = lp(egfr="p.Ala767_Val769dup", pdl1=10)
nsclc_case("nsclc-egfr-ex20ins-first-line-amivantamab", "Stage IVA lung adenocarcinoma with EGFR exon 20 insertion (p.Ala767_Val769dup): amivantamab with carboplatin-pemetrexed",
           "FDA label: amivantamab (Rybrevant), 1 Indications and Usage (with carboplatin and pemetrexed, first-line EGFR exon 20 insertion NSCLC; PAPILLON) -> node met_egfr_ex20_amivantamab_chemo",
           svc("amivantamab", "J9061"), SUP, p, intended={"egfr": ["exon20ins"]})
p = lp(egfr="wt", pdl1=40)
nsclc_case("nsclc-egfr-wildtype-amivantamab", "Stage IVA lung adenocarcinoma, EGFR wild-type, untreated: amivantamab requested",
           "FDA label: amivantamab (Rybrevant), 1 Indications and Usage (EGFR exon 19 deletion, L858R or exon 20 insertion NSCLC only) -> every amivantamab node needs an EGFR mutation",
           svc("amivantamab", "J9061", cms=True), REF, p, intended={"egfr": []})

# osimertinib after chemoradiation (LAURA) and adjuvant (ADAURA)
p = lp(stage="IIIB", t="T3", n="N2", m="M0", egfr="p.L858R", note="unresectable", dx="2024-09-02")
line(p, ["carboplatin", "paclitaxel"], "2024-09-16", 7, 6)
p.procedure("33195004", "External beam radiation therapy (procedure)", "2024-09-16", "2024-10-25")
p.status("stable", "2024-12-02")
nsclc_case("nsclc-egfr-l858r-stage3-after-chemoradiation-osimertinib", "Unresectable stage IIIB EGFR L858R NSCLC without progression after concurrent carboplatin-paclitaxel and radiotherapy: osimertinib",
           "FDA label: osimertinib (Tagrisso), 1 Indications and Usage (locally advanced unresectable stage III EGFR exon 19 deletion or L858R NSCLC without progression during or after platinum chemoradiation; LAURA) -> node consolidation_osimertinib",
           svc("osimertinib"), SUP, p, date="2024-12-16", intended={"resectable": False, "progression": "false"})
for key, stage, t, n, egfr, expected in [("stage2a-egfr-ex19", "IIA", "T2b", "N0", "exon 19 deletion", SUP), ("stage1a1-egfr-ex19", "IA1", "T1a", "N0", "exon 19 deletion", REF),
                                         ("stage2a-egfr-untested", "IIA", "T2b", "N0", None, DOC)]:
    p = lp(stage=stage, t=t, n=n, m="M0", egfr=egfr, alk=None, pathological=True, dx="2024-12-02")
    p.procedure(*RESECT, "2024-12-02")
    nsclc_case(f"nsclc-resected-{key}-adjuvant-osimertinib", f"Resected p{t} p{n} (stage {stage}) NSCLC, EGFR {'exon 19 deletion' if egfr else 'not tested'}: adjuvant osimertinib",
               "FDA label: osimertinib (Tagrisso), 1.1 Adjuvant Treatment of EGFR Mutation-Positive NSCLC (after tumor resection, EGFR exon 19 deletion or L858R; ADAURA: stage IB-IIIA) -> node adj_osimertinib (stage in [IB, II, III])",
               svc("osimertinib"), expected, p, date="2025-01-13", intended={"stage": stage, "egfr": ["exon19del"] if egfr else None},
               missing=["egfr"] if expected == DOC else None)

# alectinib adjuvant
for key, stage, t, n, expected in [("stage2b", "IIB", "T3", "N0", SUP), ("stage1a1", "IA1", "T1a", "N0", REF)]:
    p = lp(stage=stage, t=t, n=n, m="M0", egfr="wt", alk="fusion", pathological=True, dx="2024-12-02")
    p.procedure(*RESECT, "2024-12-02")
    nsclc_case(f"nsclc-alk-resected-{key}-adjuvant-alectinib", f"Resected p{t} p{n} (stage {stage}) ALK-positive NSCLC: adjuvant alectinib",
               "FDA label: alectinib (Alecensa), 1.1 Adjuvant Treatment of ALK-Positive NSCLC (after resection, tumors >= 4 cm or node-positive; ALINA) -> node adj_alectinib (large_or_node_positive)",
               svc("alectinib"), expected, p, date="2025-01-13", intended={"alk": ["fusion"], "stage": stage})

# atezolizumab adjuvant (PD-L1 >= 1 %, stage II-IIIA, after adjuvant platinum)
for key, tps, expected in [("pdl1-30", 30, SUP), ("pdl1-0", 0, REF), ("pdl1-unknown", None, DOC)]:
    p = lp(stage="IIB", t="T3", n="N0", m="M0", pdl1=tps, pathological=True, dx="2024-06-03")
    p.procedure(*RESECT, "2024-06-03")
    line(p, ["cisplatin", "vinorelbine"], "2024-07-08", 21, 4)
    nsclc_case(f"nsclc-resected-stage2b-{key}-adjuvant-atezolizumab", f"Resected pT3 pN0 (stage IIB) EGFR/ALK-negative NSCLC after adjuvant cisplatin-vinorelbine, PD-L1 TPS {'%d%%' % tps if tps is not None else 'not reported'}: adjuvant atezolizumab",
               "FDA label: atezolizumab (Tecentriq), 1 Indications and Usage (adjuvant after resection and platinum chemotherapy, stage II-IIIA NSCLC with PD-L1 >= 1% of tumor cells; IMpower010) -> node adj_atezolizumab",
               svc("atezolizumab", "J9022"), expected, p, date="2024-10-07", intended={"pdl1_tps": float(tps) if tps is not None else None},
               missing=["pdl1_tps"] if expected == DOC else None)

# pembrolizumab adjuvant (KEYNOTE-091) and perioperative (KEYNOTE-671)
p = lp(stage="IIA", t="T2b", n="N0", m="M0", pathological=True, dx="2024-06-03", pdl1=0)
p.procedure(*RESECT, "2024-06-03")
line(p, ["cisplatin", "pemetrexed"], "2024-07-08", 21, 4)
nsclc_case("nsclc-resected-stage2a-after-chemo-adjuvant-pembrolizumab", "Resected pT2b pN0 (stage IIA) NSCLC after adjuvant cisplatin-pemetrexed: adjuvant pembrolizumab",
           "FDA label: pembrolizumab (Keytruda), 1 Indications and Usage (adjuvant after resection and platinum chemotherapy, stage IB (T2a >= 4 cm), II or IIIA NSCLC; KEYNOTE-091) -> node adj_pembrolizumab",
           svc("pembrolizumab", "J9271"), SUP, p, date="2024-10-07", intended={"stage": "IIA"})
p = lp(stage="IA2", t="T1b", n="N0", m="M0", pathological=True, dx="2024-06-03", pdl1=50)
p.procedure(*RESECT, "2024-06-03")
nsclc_case("nsclc-resected-stage1a2-adjuvant-pembrolizumab", "Resected pT1b pN0 (stage IA2) NSCLC, no adjuvant chemotherapy: adjuvant pembrolizumab requested",
           "FDA label: pembrolizumab (Keytruda), 1 Indications and Usage (adjuvant: stage IB (T2a >= 4 cm) to IIIA after platinum chemotherapy) -> adj_chemo / adj_pembrolizumab need stage II-IIIA; no recurrence",
           svc("pembrolizumab"), REF, p, date="2024-07-08", intended={"stage": "IA2", "recurrence": "false"})
p = lp(stage="IIIA", t="T3", n="N1", m="M0", note="resectable", egfr=None, alk=None)
nsclc_case("nsclc-resectable-stage3a-perioperative-pembrolizumab", "Resectable clinical stage IIIA (cT3 cN1) NSCLC: perioperative pembrolizumab with platinum chemotherapy",
           "FDA label: pembrolizumab (Keytruda), 1 Indications and Usage (resectable tumors >= 4 cm or node-positive NSCLC, neoadjuvant with platinum chemotherapy then adjuvant; KEYNOTE-671) -> node periop_pembrolizumab",
           svc("pembrolizumab", "J9271"), SUP, p, intended={"resectable": True, "stage": "IIIA"})
p = lp(stage="IA2", t="T1b", n="N0", m="M0", note="resectable", egfr="p.L858R")
nsclc_case("nsclc-resectable-stage1a2-egfr-perioperative-pembrolizumab", "Resectable clinical stage IA2 (cT1b cN0) EGFR L858R lung adenocarcinoma: perioperative pembrolizumab requested",
           "FDA label: pembrolizumab (Keytruda), 1 Indications and Usage (perioperative use for resectable tumors >= 4 cm or node-positive; KEYNOTE-671) -> periop_pembrolizumab stage in [II, III] not met; metastatic pembrolizumab nodes need EGFR/ALK wild-type or squamous",
           svc("pembrolizumab"), REF, p, intended={"stage": "IA2", "egfr": ["l858r"]})

# nivolumab neoadjuvant / perioperative
for node_key, basis in [("neoadjuvant", "FDA label: nivolumab (Opdivo), 1 Indications and Usage (neoadjuvant, with platinum doublet chemotherapy, resectable tumors >= 4 cm or node-positive NSCLC; CheckMate 816) -> node neoadj_chemo_io"),
                        ("perioperative", "FDA label: nivolumab (Opdivo), 1 Indications and Usage (perioperative, resectable tumors >= 4 cm and/or node-positive NSCLC without known EGFR mutations or ALK rearrangements; CheckMate 77T) -> node periop_nivolumab")]:
    p = lp(stage="IIIA", t="T2b", n="N2", m="M0", note="resectable", pdl1=5)
    nsclc_case(f"nsclc-resectable-stage3a-{node_key}-nivolumab", f"Resectable clinical stage IIIA (cT2b cN2) EGFR/ALK-negative NSCLC: {node_key} nivolumab with platinum chemotherapy",
               basis, svc("nivolumab", "J9299"), SUP, p, intended={"resectable": True, "egfr": [], "alk": []})
    p = lp(stage="IIIA", t="T2b", n="N2", m="M0", note="resectable", egfr="exon 19 deletion")
    nsclc_case(f"nsclc-resectable-stage3a-egfr-{node_key}-nivolumab", f"Resectable clinical stage IIIA EGFR exon 19-deleted NSCLC: {node_key} nivolumab requested",
               basis.split(" -> ")[0] + " -> no_egfr_alk not met on every nivolumab node (EGFR-mutant disease)", svc("nivolumab"), REF, p, intended={"egfr": ["exon19del"]})

# durvalumab (resectable, unresectable stage III, metastatic with tremelimumab)
p = lp(stage="IIIA", t="T2b", n="N2", m="M0", note="resectable", pdl1=20)
nsclc_case("nsclc-resectable-stage3a-perioperative-durvalumab", "Resectable clinical stage IIIA (cT2b cN2) EGFR/ALK-negative NSCLC: perioperative durvalumab with platinum chemotherapy",
           "FDA label: durvalumab (Imfinzi), 1 Indications and Usage (resectable tumors >= 4 cm and/or node-positive NSCLC without known EGFR mutations or ALK rearrangements, neoadjuvant with platinum then adjuvant; AEGEAN) -> node periop_durvalumab",
           svc("durvalumab", "J9173"), SUP, p, intended={"resectable": True})
p = lp(stage="IIB", t="T3", n="N0", m="M0", note="resectable", egfr="p.L858R", alk=None)
nsclc_case("nsclc-resectable-stage2b-egfr-perioperative-durvalumab", "Resectable clinical stage IIB EGFR L858R NSCLC: perioperative durvalumab requested",
           "FDA label: durvalumab (Imfinzi), 1 Indications and Usage (perioperative use excludes known EGFR mutations or ALK rearrangements) -> periop_durvalumab and metastatic durvalumab nodes need no_egfr_alk; consolidation needs unresectable stage III",
           svc("durvalumab"), REF, p, intended={"egfr": ["l858r"]})
p = lp(stage="IIIB", t="T3", n="N2", m="M0", note="unresectable", dx="2024-09-02", pdl1=10)
line(p, ["cisplatin", "etoposide"], "2024-09-16", 28, 2)
p.procedure("33195004", "External beam radiation therapy (procedure)", "2024-09-16", "2024-10-25")
p.status("stable", "2024-12-02")
nsclc_case("nsclc-unresectable-stage3b-after-chemoradiation-durvalumab", "Unresectable stage IIIB EGFR/ALK-negative NSCLC without progression after concurrent cisplatin-etoposide and radiotherapy: durvalumab",
           "FDA label: durvalumab (Imfinzi), 1 Indications and Usage (unresectable stage III NSCLC without progression after concurrent platinum-based chemoradiation; PACIFIC) -> node consolidation_durvalumab",
           svc("durvalumab", "J9173"), SUP, p, date="2024-12-16", intended={"resectable": False, "progression": "false"})
p = lp(stage="IIIB", t="T3", n="N2", m="M0", note="unresectable", dx="2024-09-02", egfr="exon 19 deletion")
line(p, ["carboplatin", "paclitaxel"], "2024-09-16", 7, 6)
p.procedure("33195004", "External beam radiation therapy (procedure)", "2024-09-16", "2024-10-25")
p.status("stable", "2024-12-02")
nsclc_case("nsclc-unresectable-stage3b-egfr-after-crt-durvalumab", "Unresectable stage IIIB EGFR exon 19-deleted NSCLC without progression after chemoradiation: durvalumab requested",
           "FDA label: durvalumab (Imfinzi), 1 Indications and Usage (unresectable stage III after concurrent platinum chemoradiation, no EGFR condition; osimertinib (LAURA) is the other option) -> node consolidation_durvalumab",
           svc("durvalumab"), SUP, p, date="2024-12-16", intended={"egfr": ["exon19del"]})
for drug, hcpcs, basis in [("durvalumab", "J9173", "FDA label: durvalumab (Imfinzi), 1 Indications and Usage (metastatic NSCLC, with tremelimumab and platinum chemotherapy, no EGFR or ALK aberrations; POSEIDON) -> node met_durva_treme_chemo"),
                           ("tremelimumab", "J9347", "FDA label: tremelimumab (Imjudo), 1.2 Non-Small Cell Lung Cancer (with durvalumab and platinum chemotherapy, metastatic NSCLC without EGFR or ALK aberrations; POSEIDON) -> node met_durva_treme_chemo")]:
    p = lp(stage="IVB", m="M1c", pdl1=0)
    nsclc_case(f"nsclc-egfr-alk-negative-metastatic-{drug}-tremelimumab" if drug == "durvalumab" else "nsclc-egfr-alk-negative-metastatic-tremelimumab",
               f"Stage IVB EGFR/ALK-negative NSCLC, PD-L1 TPS 0%: {drug} (durvalumab-tremelimumab with platinum chemotherapy)", basis, svc(drug, hcpcs), SUP, p, intended={"egfr": [], "alk": []})
    p = lp(stage="IVB", m="M1c", egfr="wt", alk="fusion")
    nsclc_case(f"nsclc-alk-positive-metastatic-{drug}", f"Stage IVB ALK-rearranged NSCLC: {drug} requested", basis.split(" -> ")[0] + " -> no_egfr_alk not met",
               svc(drug), REF, p, intended={"alk": ["fusion"]})

# cemiplimab (first line; EGFR/ALK/ROS1 wild-type)
p = lp(stage="IVA", ros1="wt", pdl1=60, histo=SQUAM)
nsclc_case("nsclc-pdl1-60-first-line-cemiplimab", "Stage IVA squamous NSCLC, EGFR/ALK/ROS1 negative, PD-L1 TPS 60%: first-line cemiplimab",
           "FDA label: cemiplimab (Libtayo), 1 Indications and Usage (first-line NSCLC with PD-L1 >= 50% and no EGFR, ALK or ROS1 aberrations, or with platinum chemotherapy regardless of PD-L1; EMPOWER-Lung 1 and 3) -> node met_cemiplimab_mono",
           svc("cemiplimab", "J9119"), SUP, p, intended={"ros1": [], "pdl1_tps": 60.0})
p = lp(stage="IVA", egfr="p.L858R", ros1="wt", pdl1=60)
nsclc_case("nsclc-egfr-l858r-cemiplimab", "Stage IVA EGFR L858R lung adenocarcinoma, PD-L1 TPS 60%: cemiplimab requested",
           "FDA label: cemiplimab (Libtayo), 1 Indications and Usage (NSCLC without EGFR, ALK or ROS1 aberrations) -> no_egfr_alk_ros1 not met", svc("cemiplimab"), REF, p, intended={"egfr": ["l858r"]})
p = lp(stage="IVA", pdl1=60, histo=SQUAM)
nsclc_case("nsclc-ros1-untested-cemiplimab", "Stage IVA squamous NSCLC, EGFR/ALK negative, ROS1 not tested, PD-L1 60%: cemiplimab",
           "FDA label: cemiplimab (Libtayo), 1 Indications and Usage (no EGFR, ALK or ROS1 aberrations) -> no_egfr_alk_ros1: ros1 unknown", svc("cemiplimab", "J9119"), DOC, p,
           intended={"ros1": None}, missing=["ros1"])

# nivolumab + ipilimumab (metastatic), ipilimumab
p = lp(stage="IVB", m="M1c", pdl1=None)
nsclc_case("nsclc-egfr-alk-negative-nivolumab-ipilimumab-chemo", "Stage IVB EGFR/ALK-negative NSCLC, PD-L1 not reported: nivolumab with ipilimumab and two cycles of platinum chemotherapy",
           "FDA label: nivolumab (Opdivo), 1 Indications and Usage (metastatic or recurrent NSCLC without EGFR/ALK aberrations, with ipilimumab and 2 cycles of platinum-doublet chemotherapy; CheckMate 9LA) -> node met_nivo_ipi_chemo",
           svc("nivolumab", "J9299"), SUP, p)
p = lp(stage="IVB", m="M1c", egfr="exon 19 deletion")
nsclc_case("nsclc-egfr-ex19-untreated-nivolumab", "Stage IVB EGFR exon 19-deleted NSCLC, untreated: nivolumab requested",
           "FDA label: nivolumab (Opdivo), 1 Indications and Usage (first-line combinations exclude EGFR/ALK aberrations; single agent after platinum chemotherapy and, if EGFR/ALK-altered, after targeted therapy) -> every nivolumab node contradicted",
           svc("nivolumab"), REF, p, intended={"egfr": ["exon19del"]})
p = lp(stage="IVB", m="M1c", pdl1=15)
nsclc_case("nsclc-pdl1-15-first-line-ipilimumab", "Stage IVB EGFR/ALK-negative NSCLC, PD-L1 TPS 15%: ipilimumab (with nivolumab and platinum chemotherapy)",
           "FDA label: ipilimumab (Yervoy), 1 Indications and Usage (with nivolumab: metastatic NSCLC with PD-L1 >= 1% and no EGFR/ALK aberrations; with nivolumab and 2 cycles of platinum chemotherapy) -> nodes met_nivolumab_ipilimumab, met_nivo_ipi_chemo",
           svc("ipilimumab", "J9228"), SUP, p)
p = lp(stage="IVB", m="M1c", egfr="wt", alk="fusion", pdl1=15)
nsclc_case("nsclc-alk-positive-ipilimumab", "Stage IVB ALK-rearranged NSCLC, PD-L1 15%: ipilimumab requested",
           "FDA label: ipilimumab (Yervoy), 1 Indications and Usage (NSCLC without EGFR or ALK aberrations) -> no_egfr_alk not met", svc("ipilimumab"), REF, p)
# nivolumab second line after platinum
p = lp(stage="IVA", pdl1=0, dx="2024-03-04")
line(p, ["carboplatin", "paclitaxel"], "2024-03-18", 21, 4)
p.status("progression", "2025-01-06")
nsclc_case("nsclc-after-platinum-nivolumab", "Stage IVA EGFR/ALK-negative adenocarcinoma, PD-L1 0%, progressing after carboplatin-paclitaxel: nivolumab",
           "FDA label: nivolumab (Opdivo), 1 Indications and Usage (metastatic NSCLC progressing on or after platinum chemotherapy; CheckMate 017/057) -> node met_l2_io",
           svc("nivolumab", "J9299"), SUP, p, date="2025-01-20")
# atezolizumab after platinum (also first-line combinations) -- contradicted
p = lp(stage="IVA", egfr="p.L858R", pdl1=70, histo=ADENO)
nsclc_case("nsclc-egfr-l858r-untreated-atezolizumab", "Stage IVA EGFR L858R adenocarcinoma, PD-L1 70%, untreated: atezolizumab requested",
           "FDA label: atezolizumab (Tecentriq), 1 Indications and Usage (first-line regimens exclude EGFR/ALK aberrations; after platinum, EGFR/ALK-altered disease only after targeted therapy) -> every atezolizumab node contradicted",
           svc("atezolizumab", "J9022"), REF, p)

# pembrolizumab after platinum, PD-L1 >= 1 %
p = lp(stage="IVA", pdl1=5, dx="2024-03-04")
line(p, ["carboplatin", "pemetrexed"], "2024-03-18", 21, 4)
p.status("progression", "2025-01-06")
nsclc_case("nsclc-pdl1-5-after-platinum-pembrolizumab", "Stage IVA EGFR/ALK-negative adenocarcinoma, PD-L1 5%, progressing after carboplatin-pemetrexed: pembrolizumab",
           "FDA label: pembrolizumab (Keytruda), 1 Indications and Usage (single agent, metastatic NSCLC with PD-L1 >= 1% progressing on or after platinum chemotherapy; KEYNOTE-010) -> node met_l2_pembrolizumab",
           svc("pembrolizumab", "J9271"), SUP, p, date="2025-01-20")
p = lp(stage="IVA", egfr="exon 19 deletion", pdl1=0, dx="2023-09-04")
line(p, ["osimertinib"], "2023-09-11", 28, 8, how="request")
p.status("progression", "2024-05-06")
line(p, ["carboplatin", "pemetrexed"], "2024-05-20", 21, 4)
p.status("progression", "2025-01-06")
nsclc_case("nsclc-egfr-pdl1-0-after-tki-platinum-pembrolizumab", "Stage IVA EGFR exon 19-deleted adenocarcinoma, PD-L1 0%, after osimertinib then carboplatin-pemetrexed: pembrolizumab requested",
           "FDA label: pembrolizumab (Keytruda), 1 Indications and Usage (after platinum: PD-L1 >= 1% only; first-line regimens exclude EGFR/ALK aberrations) -> pdl1_tps >= 1 and no_egfr_alk not met",
           svc("pembrolizumab"), REF, p, date="2025-01-20", intended={"pdl1_tps": 0.0})

# ramucirumab (with docetaxel after platinum; with erlotinib first line)
p = lp(stage="IVA", pdl1=30, dx="2024-03-04")
line(p, ["carboplatin", "pemetrexed", "pembrolizumab"], "2024-03-18", 21, 4)
p.status("progression", "2025-01-06")
nsclc_case("nsclc-after-platinum-io-ramucirumab-docetaxel", "Stage IVA EGFR/ALK-negative adenocarcinoma progressing after carboplatin-pemetrexed-pembrolizumab: ramucirumab with docetaxel",
           "FDA label: ramucirumab (Cyramza), 1 Indications and Usage (with docetaxel, metastatic NSCLC progressing on or after platinum chemotherapy; REVEL) -> node met_l2_docetaxel_ramucirumab",
           svc("ramucirumab", "J9308"), SUP, p, date="2025-01-20")
p = lp(stage="IVA", pdl1=30)
nsclc_case("nsclc-untreated-egfr-wildtype-ramucirumab", "Stage IVA EGFR/ALK-negative adenocarcinoma, untreated: ramucirumab requested",
           "FDA label: ramucirumab (Cyramza), 1 Indications and Usage (with docetaxel after platinum; with erlotinib for EGFR exon 19 deletion / L858R) -> prior_platinum and egfr_common not met",
           svc("ramucirumab"), REF, p)
p = lp(stage="IVA", egfr="p.Leu858Arg")
nsclc_case("nsclc-egfr-l858r-first-line-ramucirumab-erlotinib", "Stage IVA EGFR L858R (three-letter HGVS) adenocarcinoma: ramucirumab with erlotinib",
           "FDA label: ramucirumab (Cyramza), 1 Indications and Usage (with erlotinib, first-line metastatic NSCLC with EGFR exon 19 deletion or L858R; RELAY) -> node met_egfr_erlotinib_ramucirumab",
           svc("ramucirumab", "J9308"), SUP, p, intended={"egfr": ["l858r"]})
p = lp(stage="IVA", egfr="p.Ala767_Val769dup")
nsclc_case("nsclc-egfr-ex20ins-ramucirumab-erlotinib", "Stage IVA EGFR exon 20 insertion adenocarcinoma, untreated: ramucirumab with erlotinib requested",
           "FDA label: ramucirumab (Cyramza), 1 Indications and Usage (with erlotinib: EGFR exon 19 deletion or L858R only) -> egfr_common not met; docetaxel combination needs prior platinum",
           svc("ramucirumab"), REF, p, intended={"egfr": ["exon20ins"]})

# sunvozertinib / amivantamab after platinum (exon 20)
for key, treated, expected in [("after-platinum", True, SUP), ("untreated", False, REF)]:
    p = lp(stage="IVB", m="M1c", egfr="p.Ala767_Val769dup", dx="2024-03-04")
    if treated:
        line(p, ["carboplatin", "pemetrexed"], "2024-03-18", 21, 4)
        p.status("progression", "2025-01-06")
    nsclc_case(f"nsclc-egfr-ex20ins-{key}-sunvozertinib", f"Stage IVB EGFR exon 20 insertion adenocarcinoma{' progressing after carboplatin-pemetrexed' if treated else ', no prior therapy'}: sunvozertinib",
               "FDA label: sunvozertinib (Zegfrovy), 1 Indications and Usage (locally advanced or metastatic EGFR exon 20 insertion NSCLC progressing on or after platinum chemotherapy; WU-KONG1B) -> node met_l2_egfr_ex20 (prior_platinum)",
               svc("sunvozertinib"), expected, p, date="2025-01-20", intended={"egfr": ["exon20ins"]})

# datopotamab deruxtecan (EGFR-mutated, after EGFR TKI and platinum)
for key, platinum, expected in [("after-tki-platinum", True, SUP), ("after-tki-only", False, REF)]:
    p = lp(stage="IVA", egfr="exon 19 deletion", dx="2023-09-04")
    line(p, ["osimertinib"], "2023-09-11", 28, 8, how="request")
    p.status("progression", "2024-05-06")
    if platinum:
        line(p, ["carboplatin", "pemetrexed"], "2024-05-20", 21, 4)
        p.status("progression", "2025-01-06")
    nsclc_case(f"nsclc-egfr-{key}-datopotamab", f"Stage IVA EGFR exon 19-deleted adenocarcinoma after osimertinib{' and carboplatin-pemetrexed' if platinum else ', no platinum chemotherapy'}: datopotamab deruxtecan",
               "FDA label: datopotamab deruxtecan (Datroway), 1 Indications and Usage (EGFR-mutated NSCLC after EGFR-directed therapy and platinum-based chemotherapy; TROPION-Lung05) -> node met_l2_datopotamab",
               svc("datopotamab deruxtecan"), expected, p, date="2025-01-20" if platinum else "2024-05-20")

# amivantamab after osimertinib (with chemotherapy)
p = lp(stage="IVA", egfr="p.L858R", dx="2023-09-04")
line(p, ["osimertinib"], "2023-09-11", 28, 14, how="statement")
p.status("progression", "2025-01-06")
nsclc_case("nsclc-egfr-l858r-after-osimertinib-amivantamab", "Stage IVA EGFR L858R adenocarcinoma progressing on osimertinib (MedicationStatement): amivantamab with carboplatin-pemetrexed",
           "FDA label: amivantamab (Rybrevant), 1 Indications and Usage (with carboplatin and pemetrexed, EGFR exon 19 deletion or L858R NSCLC after osimertinib; MARIPOSA-2) -> node met_l2_amivantamab_chemo",
           svc("amivantamab", "J9061"), SUP, p, date="2025-01-20")

# second-line BRAF (dabrafenib / encorafenib after chemotherapy)
for drug, key, braf, expected in [("dabrafenib", "v600e", "p.V600E", SUP), ("dabrafenib", "g469a", "p.Gly469Ala", REF),
                                  ("encorafenib", "v600e", "c.1799T>A", SUP)]:
    p = lp(stage="IVA", braf=braf, dx="2024-03-04", pdl1=0)
    line(p, ["carboplatin", "pemetrexed"], "2024-03-18", 21, 4)
    p.status("progression", "2025-01-06")
    nsclc_case(f"nsclc-braf-{key}-after-platinum-{drug}", f"Stage IVA adenocarcinoma with BRAF {braf} progressing after carboplatin-pemetrexed: {drug}",
               {"dabrafenib": "FDA label: dabrafenib (Tafinlar), 1 Indications and Usage (with trametinib, BRAF V600E metastatic NSCLC, previously treated or untreated)",
                "encorafenib": "FDA label: encorafenib (Braftovi), 1 Indications and Usage (with binimetinib, BRAF V600E metastatic NSCLC)"}[drug] + " -> node met_l2_braf (braf = v600e)",
               svc(drug), expected, p, date="2025-01-20", intended={"braf": ["v600e"] if expected == SUP else ["other"]})

# KRAS G12C (sotorasib, adagrasib: after >= 1 systemic therapy)
for drug, key, kras, treated, expected in [("sotorasib", "g12c-after-chemo", "p.G12C", True, SUP), ("sotorasib", "g12d-after-chemo", "p.G12D", True, REF),
                                           ("sotorasib", "kras-untested", None, True, DOC), ("adagrasib", "g12c-after-chemo", "p.Gly12Cys", True, SUP),
                                           ("adagrasib", "g12c-untreated", "p.Gly12Cys", False, REF)]:
    p = lp(stage="IVA", kras=kras, dx="2024-03-04", pdl1=10)
    if treated:
        line(p, ["carboplatin", "pemetrexed", "pembrolizumab"], "2024-03-18", 21, 4)
        p.status("progression", "2025-01-06")
    nsclc_case(f"nsclc-kras-{key}-{drug}", f"Stage IVA adenocarcinoma, KRAS {kras or 'not tested'}{', progressing after carboplatin-pemetrexed-pembrolizumab' if treated else ', untreated'}: {drug}",
               {"sotorasib": "FDA label: sotorasib (Lumakras), 1.1 KRAS G12C-mutated NSCLC (after at least one prior systemic therapy; CodeBreaK 100/200)",
                "adagrasib": "FDA label: adagrasib (Krazati), 1.1 KRAS G12C-mutated NSCLC (after at least one prior systemic therapy; KRYSTAL-1)"}[drug] + " -> node met_l2_kras_g12c (kras = g12c, prior_lines >= 1)",
               svc(drug), expected, p, date="2025-01-20" if treated else "2024-03-25",
               intended={"kras": {"p.G12C": ["g12c"], "p.G12D": ["g12d"], "p.Gly12Cys": ["g12c"], None: None}[kras]}, missing=["kras"] if expected == DOC else None)

# HER2 (ERBB2)-mutant: trastuzumab deruxtecan, zongertinib, sevabertinib
for drug, key, erbb2, treated, expected in [("fam-trastuzumab deruxtecan", "erbb2-ex20-after-chemo", "p.Tyr772_Ala775dup", True, SUP),
                                            ("fam-trastuzumab deruxtecan", "erbb2-untreated", "p.Tyr772_Ala775dup", False, REF),
                                            ("zongertinib", "erbb2-after-chemo", "p.Y772_A775dup", True, SUP), ("zongertinib", "erbb2-untreated", "p.Y772_A775dup", False, REF),
                                            ("sevabertinib", "erbb2-after-chemo", "p.G776delinsVC", True, SUP), ("sevabertinib", "erbb2-negative-after-chemo", "wt", True, REF)]:
    p = lp(stage="IVA", erbb2=erbb2, dx="2024-03-04", pdl1=0)
    if treated:
        line(p, ["carboplatin", "pemetrexed"], "2024-03-18", 21, 4)
        p.status("progression", "2025-01-06")
    short = "trastuzumab-deruxtecan" if drug.startswith("fam") else drug
    nsclc_case(f"nsclc-{key}-{short}", f"Stage IVA adenocarcinoma, ERBB2 (HER2) {'not mutated' if erbb2 == 'wt' else erbb2}{', progressing after carboplatin-pemetrexed' if treated else ', untreated'}: {drug}",
               {"fam-trastuzumab deruxtecan": "FDA label: fam-trastuzumab deruxtecan (Enhertu), 1 Indications and Usage (unresectable or metastatic NSCLC with activating HER2 (ERBB2) mutations after prior systemic therapy; DESTINY-Lung02) -> node met_l2_her2_tdxd",
                "zongertinib": "FDA label: zongertinib (Hernexeos), 1 Indications and Usage (non-squamous NSCLC with HER2 (ERBB2) tyrosine kinase domain mutations after prior systemic therapy; Beamion LUNG-1) -> node met_l2_erbb2_tki",
                "sevabertinib": "FDA label: sevabertinib (Hyrnuo), 1 Indications and Usage (NSCLC with HER2 (ERBB2) tyrosine kinase domain mutations after prior systemic therapy; SOHO-01) -> node met_l2_erbb2_tki"}[drug],
               svc(drug, "J9358") if drug.startswith("fam") else svc(drug), expected, p, date="2025-01-20" if treated else "2024-03-25",
               intended={"erbb2": [] if erbb2 == "wt" else ["mutated"]})

# telisotuzumab vedotin (c-Met overexpression; the graph reads MET amplification / other)
for key, met, expected in [("met-amplified", "amplification", SUP), ("met-negative", "wt", REF)]:
    p = lp(stage="IVA", met=met, dx="2024-03-04", pdl1=0)
    line(p, ["carboplatin", "pemetrexed"], "2024-03-18", 21, 4)
    p.status("progression", "2025-01-06")
    nsclc_case(f"nsclc-{key}-after-chemo-telisotuzumab", f"Stage IVA non-squamous NSCLC, MET {'amplification' if met != 'wt' else 'not altered'}, progressing after carboplatin-pemetrexed: telisotuzumab vedotin",
               "FDA label: telisotuzumab vedotin (Emrelis), 1 Indications and Usage (non-squamous NSCLC with high c-Met protein overexpression after prior systemic therapy; LUMINOSITY) -> node met_l2_telisotuzumab (met in [amplification, other])",
               svc("telisotuzumab vedotin"), expected, p, date="2025-01-20", intended={"met": ["amplification"] if met != "wt" else []})
p = lp(stage="IVB", m="M1c", met="amplification")
nsclc_case("nsclc-met-amplified-not-ex14-tepotinib", "Stage IVB adenocarcinoma with MET amplification but no exon 14 skipping: tepotinib requested",
           "FDA label: tepotinib (Tepmetko), 1 Indications and Usage (MET exon 14 skipping alterations only) -> met = exon14skip not met", svc("tepotinib"), REF, p, intended={"met": ["amplification"]})

# afatinib (squamous, after platinum)
for key, histo, expected in [("squamous", SQUAM, SUP), ("adenocarcinoma-egfr-wildtype", ADENO, REF)]:
    p = lp(stage="IVA", histo=histo, dx="2024-03-04", pdl1=0)
    line(p, ["carboplatin", "paclitaxel"], "2024-03-18", 21, 4)
    p.status("progression", "2025-01-06")
    nsclc_case(f"nsclc-{key}-after-platinum-afatinib", f"Stage IVA {'squamous' if histo == SQUAM else 'EGFR wild-type adeno'} NSCLC progressing after carboplatin-paclitaxel: afatinib",
               "FDA label: afatinib (Gilotrif), 1.2 Previously Treated, Metastatic Squamous NSCLC (after platinum chemotherapy; LUX-Lung 8) -> node met_l2_afatinib_squamous (histology = squamous)",
               svc("afatinib"), expected, p, date="2025-01-20", intended={"histology": "squamous" if histo == SQUAM else "adenocarcinoma"})

# bevacizumab (non-squamous), necitumumab (squamous)
for drug, key, histo, expected, basis in [
        ("bevacizumab", "nonsquamous", ADENO, SUP, "FDA label: bevacizumab (Avastin), 1 Indications and Usage (with carboplatin and paclitaxel, first-line unresectable, locally advanced, recurrent or metastatic non-squamous NSCLC; E4599) -> node met_bev_carboplatin_paclitaxel"),
        ("bevacizumab", "squamous", SQUAM, REF, "FDA label: bevacizumab (Avastin), 1 Indications and Usage (non-squamous NSCLC only) -> histology != squamous not met"),
        ("necitumumab", "squamous", SQUAM, SUP, "FDA label: necitumumab (Portrazza), 1 Indications and Usage (with gemcitabine and cisplatin, first-line metastatic squamous NSCLC; SQUIRE) -> node met_necitumumab_gem_cis"),
        ("necitumumab", "nonsquamous", ADENO, REF, "FDA label: necitumumab (Portrazza), 1 Indications and Usage (squamous only; not indicated for non-squamous NSCLC) -> histology = squamous not met")]:
    p = lp(stage="IVB", m="M1c", histo=histo, pdl1=0)
    nsclc_case(f"nsclc-{key}-first-line-{drug}", f"Stage IVB {key} NSCLC, EGFR/ALK negative: first-line {drug}", basis,
               svc(drug, {"bevacizumab": "J9035", "necitumumab": "J9295"}[drug]), expected, p, intended={"histology": "squamous" if histo == SQUAM else "adenocarcinoma"})

# pemetrexed (non-squamous), nab-paclitaxel, docetaxel: contradicted
# Squamous NSCLC, EGFR/ALK/ROS1 negative, pemetrexed requested: the regimens that list
# pemetrexed with other agents (met_cemiplimab_chemo, met_nivo_ipi_chemo,
# met_durva_treme_chemo, met_platinum_doublet, perioperative and adjuvant chemotherapy)
# carry the drug's own gate `histology != squamous` (a per-drug `when` in pathways/nsclc.toml).
p = lp(stage="IVB", m="M1c", histo=SQUAM, pdl1=0)
nsclc_case("nsclc-squamous-first-line-pemetrexed", "Stage IVB squamous NSCLC, EGFR/ALK/ROS1 negative, PD-L1 0%: pemetrexed (HCPCS) with platinum requested",
           "FDA label: pemetrexed (Alimta), 1 Indications and Usage (non-squamous NSCLC only; not indicated for squamous cell NSCLC) -> the drug's gate histology != squamous not met on every regimen that lists it",
           svc("pemetrexed", "J9305"), REF, p, intended={"histology": "squamous"})
p = lp(stage="IVA", histo=ADENO, pdl1=0)
nsclc_case("nsclc-nonsquamous-first-line-pemetrexed", "Stage IVA EGFR/ALK-negative lung adenocarcinoma: first-line pemetrexed with platinum (and pembrolizumab)",
           "FDA label: pemetrexed (Alimta), 1 Indications and Usage (with platinum, first-line locally advanced or metastatic non-squamous NSCLC) -> nodes met_pembro_pemetrexed_platinum, met_platinum_doublet",
           svc("pemetrexed", "J9305"), SUP, p)
p = lp(stage="IVA", histo=SQUAM, pdl1=10)
nsclc_case("nsclc-squamous-first-line-nab-paclitaxel", "Stage IVA squamous NSCLC, EGFR/ALK negative: nab-paclitaxel (HCPCS) with carboplatin (and pembrolizumab)",
           "FDA label: paclitaxel protein-bound (Abraxane), 1.2 Non-Small Cell Lung Cancer (with carboplatin, first-line locally advanced or metastatic NSCLC not candidates for curative surgery or radiation) -> nodes met_pembro_carboplatin_taxane, met_platinum_doublet",
           svc("paclitaxel protein-bound", "J9264"), SUP, p)
for drug, hc in [("paclitaxel protein-bound", "J9264"), ("docetaxel", "J9171"), ("pemetrexed", "J9305")]:
    p = lp(stage="IA2", t="T1b", n="N0", m="M0", pathological=True, dx="2024-10-07")
    p.procedure(*RESECT, "2024-10-07")
    short = "nab-paclitaxel" if drug.startswith("paclitaxel") else drug
    nsclc_case(f"nsclc-resected-stage1a2-{short}", f"Resected pT1b pN0 (stage IA2) NSCLC, no recurrence: {drug} (HCPCS) requested",
               {"docetaxel": "FDA label: docetaxel (Taxotere), 1.2 Non-Small Cell Lung Cancer (locally advanced or metastatic NSCLC)",
                "paclitaxel protein-bound": "FDA label: paclitaxel protein-bound (Abraxane), 1.2 Non-Small Cell Lung Cancer (locally advanced or metastatic NSCLC)",
                "pemetrexed": "FDA label: pemetrexed (Alimta), 1 Indications and Usage (locally advanced or metastatic non-squamous NSCLC)"}[drug]
               + " -> metastatic nodes need stage IV or recurrence (inferred false after resection)", svc(drug, hc), REF, p, date="2024-11-04", intended={"recurrence": "false"})

# atezolizumab / bevacizumab etc. first-line combinations (nonsquamous): atezolizumab + nab-paclitaxel
p = lp(stage="IVA", pdl1=None)
nsclc_case("nsclc-nonsquamous-atezolizumab-nab-paclitaxel", "Stage IVA EGFR/ALK-negative non-squamous NSCLC, PD-L1 not reported: atezolizumab with nab-paclitaxel and carboplatin",
           "FDA label: atezolizumab (Tecentriq), 1 Indications and Usage (with bevacizumab, paclitaxel and carboplatin, or with nab-paclitaxel and carboplatin, first-line metastatic non-squamous NSCLC without EGFR/ALK aberrations; IMpower150/130) -> node met_atezo_nabpaclitaxel_carboplatin",
           svc("atezolizumab", "J9022", cms=True), SUP, p)


# ---------------------------------------------------------------------------- colorectal, by label indication
_CI = [0]
C = "colorectal"
COLECTOMY = ("43075005", "Partial resection of colon (procedure)")


def cp(stage="IVA", t="T3", n="N1", m="M1a", sex="male", birth="1961-06-06", dx="2024-01-08", site="sigmoid",
       kras="wt", nras="wt", braf="wt", msi="mss", her2=None, ntrk=None, ret=None, pathological=False):
    """A colorectal patient (site: sigmoid / ascending / rectum / colon); genes None = untested,
    'wt' = tested negative. msi: 'mss' | 'msi-h' | 'dmmr' (MMR protein loss) | 'pmmr' | None."""
    i = _CI[0]
    _CI[0] += 1
    p = Patient(nid("cl"), sex, birth)
    icd = {"sigmoid": ("C18.7", "Malignant neoplasm of sigmoid colon"), "ascending": ("C18.2", "Malignant neoplasm of ascending colon"),
           "rectum": ("C20", "Malignant neoplasm of rectum"), "colon": ("C18.9", "Malignant neoplasm of colon, unspecified")}[site]
    if site in ("sigmoid", "ascending") or i % 2:
        p.cancer_icd10(icd[0], icd[1], dx)
    else:
        p.cancer("rectum" if site == "rectum" else "colon", dx)
    if stage:
        p.stage_as(stage, dx, rot(STAGE_STYLES, i), pathological)
    if t or n or m:
        p.tnm(t, n, m, dx, pathological)
    style = rot(GENE_STYLES, i)
    for gene, val in [("KRAS", kras), ("NRAS", nras), ("BRAF", braf)]:
        if val is None:
            continue
        if val == "wt":
            if style == "text" or gene == "NRAS":
                p.text_marker(f"{gene} mutation analysis (exons 2, 3, 4; NGS panel)", f"{gene} mutation not detected", dx)
            else:
                p.gene(gene, None, dx, style)
        else:
            p.gene(gene, val, dx, "p3" if "Gly" in val or "Val6" in val else "p1" if val.startswith("p.") else "c" if val.startswith("c.") else "text")
    if ntrk is not None:
        p.gene("NTRK1" if ntrk == "fusion" and i % 2 else "NTRK", "fusion" if ntrk == "fusion" else None, dx,
               "fusion" if ntrk == "fusion" and i % 2 else "text", partner="TPM3")
    if ret is not None:
        p.gene("RET", "fusion" if ret == "fusion" else None, dx, "text", partner="NCOA4")
    if msi == "mss":
        p.msi(False, dx)
        p.mmr(False, dx)
    elif msi == "msi-h":
        p.obs({"coding": [{"system": LOINC, "code": "81695-9", "display": "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"}]},
              dx, {"valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA26203-2", "display": "MSI-H"}]}})
    elif msi in ("dmmr", "pmmr"):
        for code, prot in [("81691-8", "MLH-1"), ("81693-4", "MSH-6"), ("81694-2", "PMS2")]:
            lost = msi == "dmmr" and prot in ("MLH-1", "PMS2")
            p.obs({"coding": [{"system": LOINC, "code": code, "display": f"{prot} Ag [Presence] in Cancer specimen by Immune stain"}]}, dx,
                  {"valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA26198-4" if lost else "LA26197-6",
                                                        "display": "Loss of nuclear expression" if lost else "Intact nuclear expression"}]}})
        p.text_marker("MSH2 immunohistochemistry", "Intact nuclear expression", dx)
        if msi == "pmmr":
            p.msi(False, dx)
    if her2 is not None:
        if her2 == "ISH+":
            p.her2_ish(True, dx)
        else:
            p.obs({"text": "HER2 immunohistochemistry (colorectal)"}, dx, {"valueCodeableConcept": {"text": her2}})
    return p


def folfox(p, start, count=12, bev=False, how="admin"):
    return line(p, ["oxaliplatin", "fluorouracil", "leucovorin"] + (["bevacizumab"] if bev else []), start, 14, count, how)


def folfiri(p, start, count=12, bev=False):
    return line(p, ["irinotecan", "fluorouracil", "leucovorin"] + (["bevacizumab"] if bev else []), start, 14, count)


def after(p, regimens, first="2024-01-22"):
    """Regimens in sequence, each followed by progression; returns the last progression date."""
    import datetime
    d = datetime.date.fromisoformat(first)
    last = None
    for r in regimens:
        r(p, d.isoformat())
        prog = d + datetime.timedelta(days=14 * 12 + 7)
        p.status("progression", prog.isoformat())
        last = prog.isoformat()
        d = prog + datetime.timedelta(days=14)
    return last


FOX = lambda p, d: folfox(p, d)
FOXB = lambda p, d: folfox(p, d, bev=True)
FIRB = lambda p, d: folfiri(p, d, bev=True)
CRC_L2_DATE = "2024-08-05"   # after one 12-cycle line from 2024-01-22 (progression 2024-07-15)
CRC_L3_DATE = "2025-02-17"   # after two lines (progression 2025-01-20)


def crc_case(cid, desc, basis, service, expected, p, date, intended=None, missing=None):
    add_case(cid, C, desc, basis, date, service, expected, p, intended, missing)


# adagrasib / sotorasib (KRAS G12C, after fluoropyrimidine, oxaliplatin and irinotecan)
for drug, key, kras, regs, expected in [("adagrasib", "g12c-after-fox-fir", "p.Gly12Cys", [FOXB, FIRB], SUP), ("adagrasib", "g12d-after-fox-fir", "p.G12D", [FOXB, FIRB], REF),
                                        ("sotorasib", "g12c-after-fox-fir", "p.G12C", [FOXB, FIRB], SUP), ("sotorasib", "g12c-after-fox-only", "p.G12C", [FOXB], REF)]:
    p = cp(kras=kras, nras="wt")
    after(p, regs)
    crc_case(f"crc-kras-{key}-{drug}", f"Stage IVA colon cancer, KRAS {kras}, MSS, progressing after {' then '.join('FOLFOX-bevacizumab' if r is FOXB else 'FOLFIRI-bevacizumab' for r in regs)}: {drug}",
             {"adagrasib": "FDA label: adagrasib (Krazati), 1 Indications and Usage (with cetuximab, KRAS G12C-mutated locally advanced or metastatic CRC after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy; KRYSTAL-1) -> node met_l2_adagrasib_cetuximab",
              "sotorasib": "FDA label: sotorasib (Lumakras), 1 Indications and Usage (with panitumumab, KRAS G12C-mutated metastatic CRC after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy; CodeBreaK 300) -> node met_l2_sotorasib_panitumumab"}[drug],
             svc(drug), expected, p, CRC_L3_DATE if len(regs) == 2 else CRC_L2_DATE, {"kras": ["g12c"] if "12C" in kras or "Cys" in kras else ["g12d"]})

# bevacizumab, irinotecan, capecitabine, oxaliplatin: contradicted in resected early disease
for drug, hc, basis in [("bevacizumab", "J9035", "FDA label: bevacizumab (Avastin), 1.1 Metastatic Colorectal Cancer (metastatic disease only)"),
                        ("irinotecan", "J9206", "FDA label: irinotecan (Camptosar), 1 Indications and Usage (metastatic carcinoma of the colon or rectum)"),
                        ("capecitabine", None, "FDA label: capecitabine (Xeloda), 1.1 Colorectal Cancer (adjuvant stage III colon cancer; metastatic CRC; perioperative locally advanced rectal cancer)")]:
    p = cp(stage="I", t="T2", n="N0", m="M0", pathological=True, dx="2024-11-04", site="colon", kras=None, nras=None, braf=None)
    p.procedure(*COLECTOMY, "2024-11-04")
    crc_case(f"crc-resected-stage1-{drug}", f"Resected pT2 pN0 (stage I) colon cancer, no recurrence: {drug} requested",
             basis + " -> adjuvant nodes need stage III (or high-risk stage II); metastatic nodes need stage IV or recurrence (inferred false)",
             svc(drug, hc), REF, p, "2024-12-09", {"stage": "I", "recurrence": "false"})
p = cp(stage="IIIC", t="T4a", n="N2a", m="M0", pathological=True, dx="2024-11-04", site="sigmoid", kras=None, nras=None, braf=None)
p.procedure(*COLECTOMY, "2024-11-04")
crc_case("crc-resected-stage3c-adjuvant-capecitabine", "Resected pT4a pN2a (stage IIIC) sigmoid colon cancer (ICD-10-CM): adjuvant capecitabine (CAPOX)",
         "FDA label: capecitabine (Xeloda), 1.1 Colorectal Cancer (adjuvant treatment of stage III colon cancer; with oxaliplatin) -> node adj_folfox_capox",
         svc("capecitabine"), SUP, p, "2024-12-09", {"stage": "IIIC"})
p = cp(stage="IVB", m="M1b", kras="p.G13D", msi="pmmr")
crc_case("crc-kras-g13d-first-line-folfiri-irinotecan", "Stage IVB colon cancer, KRAS G13D, pMMR (four-protein IHC): first-line FOLFIRI-bevacizumab (irinotecan)",
         "FDA label: irinotecan (Camptosar), 1 Indications and Usage (with 5-FU/leucovorin, first-line metastatic carcinoma of the colon or rectum) -> node met_chemo_bevacizumab",
         svc("irinotecan", "J9206"), SUP, p, "2024-01-22", {"kras": ["g13d"], "mmr": "proficient"})
# capecitabine with chemoradiation for rectal cancer: contradicted (early, resected)
p = cp(stage="I", t="T2", n="N0", m="M0", pathological=True, dx="2024-11-04", site="rectum", kras=None, nras=None, braf=None)
p.procedure("87677000", "Low anterior resection of rectum (procedure)", "2024-11-04")
crc_case("crc-rectal-resected-stage1-capecitabine", "Resected pT2 pN0 (stage I) rectal cancer: capecitabine (chemoradiation) requested",
         "FDA label: capecitabine (Xeloda), 1.1 Colorectal Cancer (perioperative chemoradiotherapy of LOCALLY ADVANCED rectal cancer) -> rectal_tnt needs stage II-III; no recurrence",
         svc("capecitabine"), REF, p, "2024-12-09", {"stage": "I"})

# cetuximab (BRAF V600E, with encorafenib, after prior therapy) and encorafenib
p = cp(kras="wt", braf="p.Val600Glu")
after(p, [FOXB])
crc_case("crc-braf-v600e-after-folfox-cetuximab-encorafenib", "Stage IVA colon cancer with BRAF V600E (three-letter HGVS), progressing after FOLFOX-bevacizumab: cetuximab with encorafenib",
         "FDA label: cetuximab (Erbitux), 1.2 BRAF V600E Mutation-Positive Metastatic Colorectal Cancer (with encorafenib, after prior therapy; BEACON) -> node met_l2_encorafenib_cetuximab",
         svc("cetuximab", "J9055"), SUP, p, CRC_L2_DATE, {"braf": ["v600e"]})
p = cp(kras="p.G12V", braf="wt")
after(p, [FOXB])
crc_case("crc-kras-g12v-braf-wildtype-after-folfox-cetuximab", "Stage IVA colon cancer, KRAS G12V, BRAF wild-type, after FOLFOX-bevacizumab: cetuximab requested",
         "FDA label: cetuximab (Erbitux), 1.2 (K-Ras wild-type mCRC; BRAF V600E mCRC with encorafenib; not for RAS-mutant disease) -> ras_wildtype and braf = v600e not met",
         svc("cetuximab"), REF, p, CRC_L2_DATE, {"kras": ["g12v"], "braf": []})
p = cp(site="sigmoid", msi="mss")
crc_case("crc-ras-braf-wildtype-left-first-line-cetuximab", "Stage IVA sigmoid (left-sided, ICD-10-CM C18.7) colon cancer, KRAS/NRAS/BRAF wild-type, MSS: first-line cetuximab with FOLFIRI",
         "FDA label: cetuximab (Erbitux), 1.2 K-Ras Wild-type, EGFR-expressing Colorectal Cancer (with FOLFIRI first line; CRYSTAL) -> node met_l1_folfiri_cetuximab_left",
         svc("cetuximab", "J9055", cms=True), SUP, p, "2024-01-22", {"kras": [], "nras": [], "braf": [], "sidedness": "left"})
for key, braf, expected in [("v600e", "p.V600E", SUP), ("wildtype", "wt", REF), ("untested", None, DOC)]:
    p = cp(kras="p.G12D" if braf == "wt" else "wt", braf=braf, nras="wt")
    crc_case(f"crc-braf-{key}-first-line-encorafenib", f"Stage IVA colon cancer, BRAF {braf or 'not tested'}{', KRAS G12D' if braf == 'wt' else ''}, untreated: encorafenib with cetuximab and FOLFOX",
             "FDA label: encorafenib (Braftovi), 1 Indications and Usage (with cetuximab and mFOLFOX6, BRAF V600E-mutant metastatic CRC, first line; BREAKWATER) -> node met_l1_encorafenib_cetuximab_folfox",
             svc("encorafenib"), expected, p, "2024-01-22", {"braf": {"p.V600E": ["v600e"], "wt": [], None: None}[braf]}, ["braf"] if expected == DOC else None)

# dostarlimab (dMMR, after prior therapy)
for key, msi, expected in [("dmmr", "dmmr", SUP), ("pmmr", "pmmr", REF)]:
    p = cp(msi=msi, kras="p.G12D")
    after(p, [FOX])
    crc_case(f"crc-{key}-after-folfox-dostarlimab", f"Stage IVA colon cancer, {'MLH1/PMS2 loss (dMMR)' if msi == 'dmmr' else 'MMR proteins intact (pMMR)'} by IHC, progressing after FOLFOX: dostarlimab",
             "FDA label: dostarlimab (Jemperli), 1 Indications and Usage (dMMR recurrent or advanced solid tumors progressing on or after prior treatment) -> node met_l2_dostarlimab (mmr = deficient)",
             svc("dostarlimab", "J9272"), expected, p, CRC_L2_DATE, {"mmr": "deficient" if msi == "dmmr" else "proficient"})

# NTRK (entrectinib, larotrectinib, repotrectinib) and RET (selpercatinib), after first-line therapy
for drug, basis in [("entrectinib", "FDA label: entrectinib (Rozlytrek), 1.2 NTRK Gene Fusion-Positive Solid Tumors"),
                    ("larotrectinib", "FDA label: larotrectinib (Vitrakvi), 1 Indications and Usage (NTRK gene fusion solid tumors)"),
                    ("repotrectinib", "FDA label: repotrectinib (Augtyro), 1.2 NTRK Gene Fusion-Positive Solid Tumors")]:
    for key, ntrk, expected in [("fusion", "fusion", SUP), ("negative", "wt", REF)]:
        p = cp(kras="wt", ntrk=ntrk, msi="msi-h" if drug == "larotrectinib" and ntrk == "fusion" else "mss")
        after(p, [FOXB])
        crc_case(f"crc-ntrk-{key}-after-folfox-{drug}", f"Stage IVA colon cancer, NTRK {'fusion' if ntrk == 'fusion' else 'fusion not detected'}, progressing after FOLFOX-bevacizumab: {drug}",
                 basis + " -> node met_l2_ntrk_inhibitor (ntrk = fusion)", svc(drug), expected, p, CRC_L2_DATE, {"ntrk": ["fusion"] if ntrk == "fusion" else []})
for key, ret, expected in [("fusion", "fusion", SUP), ("negative", "wt", REF)]:
    p = cp(kras="wt", ret=ret)
    after(p, [FOXB])
    crc_case(f"crc-ret-{key}-after-folfox-selpercatinib", f"Stage IVA colon cancer, RET {'NCOA4-RET fusion' if ret == 'fusion' else 'fusion not detected'}, after FOLFOX-bevacizumab: selpercatinib",
             "FDA label: selpercatinib (Retevmo), 1 Indications and Usage, RET Fusion-Positive Solid Tumors (progressing on or after prior systemic treatment) -> node met_l2_selpercatinib",
             svc("selpercatinib"), expected, p, CRC_L2_DATE, {"ret": ["fusion"] if ret == "fusion" else []})

# fam-trastuzumab deruxtecan (HER2 IHC 3+ solid tumors), tucatinib (HER2-positive RAS wild-type mCRC)
for key, her2, expected in [("ihc3", "HER2 IHC 3+ (positive)", SUP), ("ihc1", "HER2 IHC 1+", REF)]:
    p = cp(kras="wt", her2=her2)
    after(p, [FOXB])
    crc_case(f"crc-her2-{key}-after-folfox-trastuzumab-deruxtecan", f"Stage IVA colon cancer, {her2}, after FOLFOX-bevacizumab: fam-trastuzumab deruxtecan",
             "FDA label: fam-trastuzumab deruxtecan-nxki (Enhertu), 1 Indications and Usage, HER2-Positive (IHC 3+) Solid Tumors (after prior systemic treatment; DESTINY-PanTumor02) -> node met_l2_trastuzumab_deruxtecan (her2_ihc >= 3)",
             svc("fam-trastuzumab deruxtecan", "J9358"), expected, p, CRC_L2_DATE, {"her2_ihc": 3.0 if expected == SUP else 1.0})
for key, her2, expected in [("her2-amplified", "ISH+", SUP), ("her2-ihc1", "HER2 IHC 1+", REF)]:
    p = cp(kras="wt", her2=her2)
    after(p, [FOXB, FIRB])
    crc_case(f"crc-ras-wildtype-{key}-tucatinib", f"Stage IVA RAS wild-type colon cancer, {'HER2 amplified (ISH)' if her2 == 'ISH+' else her2}, after FOLFOX- and FOLFIRI-bevacizumab: tucatinib with trastuzumab",
             "FDA label: tucatinib (Tukysa), 1.2 Colorectal Cancer (with trastuzumab, RAS wild-type HER2-positive unresectable or metastatic CRC after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy; MOUNTAINEER) -> node met_l2_tucatinib_trastuzumab",
             svc("tucatinib"), expected, p, CRC_L3_DATE, {"her2": "positive" if her2 == "ISH+" else "negative"})

# fruquintinib, regorafenib, trifluridine-tipiracil (refractory mCRC)
for drug, key, regs, expected in [("fruquintinib", "after-fox-fir-bev", [FOXB, FIRB], SUP), ("fruquintinib", "after-fox-bev-only", [FOXB], REF),
                                  ("regorafenib", "after-fox-bev-only", [FOXB], REF),
                                  ("trifluridine", "after-fox-fir-bev", [FOXB, FIRB], SUP), ("trifluridine", "after-fox-bev-only", [FOXB], REF)]:
    p = cp(kras="p.G12D", msi="mss")
    after(p, regs)
    crc_case(f"crc-kras-{key}-{drug}", f"Stage IVA KRAS G12D colon cancer progressing after {' then '.join('FOLFOX-bevacizumab' if r is FOXB else 'FOLFIRI-bevacizumab' for r in regs)}: {drug}{'-tipiracil' if drug == 'trifluridine' else ''}",
             {"fruquintinib": "FDA label: fruquintinib (Fruzaqla), 1 Indications and Usage (mCRC after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, anti-VEGF and, if RAS wild-type and indicated, anti-EGFR therapy; FRESCO-2) -> node met_l2_fruquintinib",
              "regorafenib": "FDA label: regorafenib (Stivarga), 1.1 Colorectal Cancer (after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, anti-VEGF and anti-EGFR if RAS wild-type) -> node met_l2_regorafenib (refractory_mcrc)",
              "trifluridine": "FDA label: trifluridine and tipiracil (Lonsurf), 1.1 Metastatic Colorectal Cancer (after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, anti-VEGF and anti-EGFR if RAS wild-type; RECOURSE, SUNLIGHT) -> node met_l2_trifluridine_tipiracil"}[drug],
             svc(drug), expected, p, CRC_L3_DATE if len(regs) == 2 else CRC_L2_DATE)

# nivolumab / ipilimumab / pembrolizumab (MSI-H / dMMR)
for drug, hc, key, msi, expected in [("nivolumab", "J9299", "dmmr", "dmmr", SUP), ("nivolumab", "J9299", "pmmr", "pmmr", REF),
                                     ("ipilimumab", "J9228", "msi-h", "msi-h", SUP), ("ipilimumab", "J9228", "mss", "mss", REF)]:
    p = cp(msi=msi, kras="wt")
    crc_case(f"crc-{key}-first-line-{drug}", f"Stage IVA colon cancer, {key.upper()}, untreated: {drug} (nivolumab with ipilimumab)",
             {"nivolumab": "FDA label: nivolumab (Opdivo), 1 Indications and Usage, Colorectal Cancer (MSI-H or dMMR unresectable or metastatic CRC, with ipilimumab first line; CheckMate 8HW)",
              "ipilimumab": "FDA label: ipilimumab (Yervoy), 1 Indications and Usage, Colorectal Cancer (with nivolumab, MSI-H or dMMR metastatic CRC; CheckMate 8HW)"}[drug] + " -> node met_nivolumab_ipilimumab (msi_high)",
             svc(drug, hc), expected, p, "2024-01-22")
for key, msi, expected in [("msi-h", "msi-h", SUP), ("mss", "mss", REF)]:
    p = cp(msi=msi, kras="p.G12D")
    after(p, [FOX])
    crc_case(f"crc-{key}-after-folfox-pembrolizumab", f"Stage IVA colon cancer, {key.upper()}, progressing after FOLFOX: pembrolizumab",
             "FDA label: pembrolizumab (Keytruda), 1 Indications and Usage, MSI-H or dMMR Solid Tumors (progressing after prior treatment; KEYNOTE-164) -> node met_l2_pembrolizumab",
             svc("pembrolizumab", "J9271"), expected, p, CRC_L2_DATE, {"msi": "high" if msi == "msi-h" else "stable"})

# panitumumab: NRAS not tested
p = cp(nras=None, braf="wt")
crc_case("crc-nras-untested-first-line-panitumumab", "Stage IVA sigmoid colon cancer, KRAS (extended) and BRAF wild-type, NRAS not tested: panitumumab with FOLFOX",
         "FDA label: panitumumab (Vectibix), 1.1 Colorectal Cancer (wild-type RAS, i.e. KRAS and NRAS, mCRC; not for RAS-mutant or RAS-unknown disease) -> nras unknown",
         svc("panitumumab", "J9303"), DOC, p, "2024-01-22", {"nras": None}, ["nras"])

# ramucirumab / ziv-aflibercept (with FOLFIRI after oxaliplatin / bevacizumab)
for drug, hc, key, regs, expected in [("ramucirumab", "J9308", "after-folfox-bev", [FOXB], SUP), ("ramucirumab", "J9308", "after-folfox-no-bev", [FOX], REF),
                                      ("ziv-aflibercept", "J9400", "after-folfox", [FOX], SUP), ("ziv-aflibercept", "J9400", "untreated", [], REF)]:
    p = cp(kras="p.G12D")
    if regs:
        after(p, regs)
    crc_case(f"crc-{key}-{drug}", f"Stage IVA KRAS-mutant colon cancer{', progressing after ' + ('FOLFOX-bevacizumab' if regs[0] is FOXB else 'FOLFOX') if regs else ', no prior chemotherapy'}: {drug} with FOLFIRI",
             {"ramucirumab": "FDA label: ramucirumab (Cyramza), 1.3 Colorectal Cancer (with FOLFIRI, mCRC progressing on or after bevacizumab, oxaliplatin and a fluoropyrimidine; RAISE) -> node met_l2_folfiri_ramucirumab",
              "ziv-aflibercept": "FDA label: ziv-aflibercept (Zaltrap), 1 Indications and Usage (with FOLFIRI, mCRC resistant to or progressed after an oxaliplatin-containing regimen; VELOUR) -> node met_l2_folfiri_aflibercept"}[drug],
             svc(drug, hc), expected, p, CRC_L2_DATE if regs else "2024-01-22")


# ---------------------------------------------------------------------------- prostate, by label indication
_PI = [0]
P = "prostate"
RP = ("90470006", "Radical prostatectomy (procedure)")


def ppt(t="T3b", n="N1", m="M1b", gleason=GG5, psa=60.0, birth="1951-03-03", dx="2024-01-08"):
    i = _PI[0]
    _PI[0] += 1
    p = Patient(nid("pl"), "male", birth)
    if i % 2:
        p.cancer_icd10("C61", "Malignant neoplasm of prostate", dx)
    else:
        p.cancer("prostate", dx)
    p.tnm(t, n, m, dx)
    if i % 3 == 1 and gleason in (GG5, GG4, GG2):
        p.obs({"coding": [{"system": SNOMED, "code": "385377005", "display": "Gleason grade finding for prostatic cancer (finding)"}]}, dx,
              {"valueCodeableConcept": {"text": {GG5: "4+5=9", GG4: "4+4=8", GG2: "3+4=7"}[gleason]}})
    else:
        p.gleason(gleason, dx)
    p.psa(psa, dx)
    return p


def crpc(p, start="2024-01-22", how="psa"):
    """Castration resistance: ADT, then a PSA rise on it (PCWG3), or a coded CRPC diagnosis."""
    p.give(["leuprolide"], *every(start, 91, 4))
    if how == "psa":
        p.psa(0.8, "2024-04-22").psa(2.6, "2024-10-21").psa(5.1, "2025-01-13")
    else:
        p.add({"resourceType": "Condition",
               "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
               "code": {"coding": [{"system": ICD10, "code": "Z19.2", "display": "Hormone resistant malignancy status"}], "text": "Castration-resistant prostate cancer"},
               "onsetDateTime": "2025-01-13"})
    return p


def hrr(p, gene, change, date="2025-01-13", germline=False):
    if change is None:
        for g in ("BRCA1", "BRCA2", "ATM", "CDK12", "PALB2", "CHEK2"):
            p.gene(g, None, date, "p1")
    else:
        p.variant(gene, HGNC_IDS[gene], change, date, germline)
        if not gene.startswith("BRCA"):
            p.gene("BRCA1", None, date, "p3", germline=True).gene("BRCA2", None, date, "p3", germline=True)
    return p


def prost_case(cid, desc, basis, service, expected, p, date="2025-01-27", intended=None, missing=None):
    add_case(cid, P, desc, basis, date, service, expected, p, intended, missing)


def low_risk_after_rp():
    p = ppt("T1c", "N0", "M0", "Gleason score 6 (3+3), ISUP grade group 1", 5.1, dx="2024-09-02")
    p.procedure(*RP, "2024-10-07")
    p.psa(0.02, "2025-01-06")
    return p


# GnRH agents and combined androgen blockade: metastatic castration-sensitive (supported) and low-risk localized after prostatectomy (contradicted)
for drug, hc, basis in [
        ("degarelix", "J9155", "FDA label: degarelix (Firmagon), 1 Indications and Usage (advanced prostate cancer) -> node mcs_adt_alone"),
        ("leuprolide", "J9217", "FDA label: leuprolide acetate (Lupron Depot, Eligard), 1 Indications and Usage (palliative treatment of advanced prostate cancer) -> node mcs_adt_alone"),
        ("triptorelin", "J3315", "FDA label: triptorelin (Trelstar), 1 Indications and Usage (palliative treatment of advanced prostate cancer) -> node mcs_adt_alone"),
        ("relugolix", None, "FDA label: relugolix (Orgovyx), 1 Indications and Usage (adult patients with advanced prostate cancer; HERO) -> nodes mcs_adt_alone, ebrt_long_adt, bcr_adt"),
        ("bicalutamide", None, "FDA label: bicalutamide (Casodex), 1 Indications and Usage (with an LHRH analogue, stage D2 metastatic carcinoma of the prostate) -> node mcs_cab_antiandrogen"),
        ("flutamide", None, "FDA label: flutamide capsules, Indications and Usage (with an LHRH agonist, metastatic (stage D2) prostate cancer) -> node mcs_cab_antiandrogen"),
        ("nilutamide", None, "FDA label: nilutamide (Nilandron), Indications and Usage (with surgical castration, metastatic (stage D2) prostate cancer) -> node mcs_cab_antiandrogen")]:
    p = ppt(dx="2025-01-06")
    if drug in ("bicalutamide", "flutamide", "nilutamide"):
        p.give(["leuprolide"], "2025-01-13")
    prost_case(f"prostate-mcspc-{drug}", f"Newly diagnosed metastatic (cM1b) castration-sensitive prostate cancer: {drug}", basis,
               svc(drug, hc), SUP, p, intended={"m": "M1b", "castration": "sensitive"})
    p = low_risk_after_rp()
    prost_case(f"prostate-low-risk-after-prostatectomy-{drug}", f"Low-risk localized prostate cancer (cT1c N0 M0, grade group 1, PSA 5.1) after radical prostatectomy, PSA undetectable: {drug} requested",
               basis.split(" -> ")[0] + " -> no metastasis, no recurrence, not intermediate/high risk: every prostate node supporting it contradicted",
               svc(drug, hc), REF, p, intended={"m": "M0", "recurrence": "false"})
# flutamide / nilutamide / bicalutamide: castration-resistant disease contradicts combined androgen blockade
p = crpc(ppt())
prost_case("prostate-mcrpc-bicalutamide", "Metastatic prostate cancer with PSA progression on leuprolide (castration-resistant): bicalutamide requested",
           "FDA label: bicalutamide (Casodex), 1 Indications and Usage (combination therapy with an LHRH analogue for metastatic disease; castration-resistant disease is beyond it) -> mcs_cab_antiandrogen needs castration = sensitive",
           svc("bicalutamide"), REF, p, intended={"castration": "resistant"})

# goserelin and relugolix with radiotherapy (intermediate risk)
p = ppt("T2b", "N0", "M0", GG2, 8.5, dx="2025-01-06")
prost_case("prostate-intermediate-risk-relugolix-with-rt", "Localized intermediate-risk prostate cancer (cT2b N0 M0, grade group 2, PSA 8.5): relugolix with radiotherapy",
           "FDA label: relugolix (Orgovyx), 1 Indications and Usage (advanced prostate cancer; used with radiotherapy for localized disease) -> node ebrt_short_adt",
           svc("relugolix"), SUP, p, intended={"grade_group": 2.0})
p = low_risk_after_rp()
prost_case("prostate-low-risk-after-prostatectomy-goserelin", "Low-risk localized prostate cancer after radical prostatectomy, PSA undetectable: goserelin requested",
           "FDA label: goserelin implant (Zoladex 3.6 mg), 1 Indications and Usage (with radiotherapy for locally confined stage T2b-T4 disease; palliative advanced disease) -> t >= T2b / grade group >= 2 not met; no recurrence",
           svc("goserelin", "J9202"), REF, p, intended={"t": "T1c"})

# ARPIs in mCSPC (apalutamide, darolutamide), darolutamide with docetaxel
for drug, basis in [("apalutamide", "FDA label: apalutamide (Erleada), 1 Indications and Usage (metastatic castration-sensitive prostate cancer; TITAN) -> node mcs_adt_arpi"),
                    ("darolutamide", "FDA label: darolutamide (Nubeqa), 1 Indications and Usage (mCSPC; ARANOTE) -> node mcs_adt_arpi")]:
    p = ppt(dx="2025-01-06").give(["degarelix"], "2025-01-13")
    prost_case(f"prostate-mcspc-on-degarelix-{drug}", f"Metastatic (cM1b) castration-sensitive prostate cancer, degarelix started: {drug}", basis,
               svc(drug), SUP, p, intended={"castration": "sensitive"})
p = ppt(dx="2025-01-06").give(["leuprolide"], "2025-01-13")
prost_case("prostate-mcspc-darolutamide-docetaxel", "Metastatic (cM1b) castration-sensitive prostate cancer on leuprolide: darolutamide with docetaxel",
           "FDA label: darolutamide (Nubeqa), 1 Indications and Usage (mCSPC in combination with docetaxel; ARASENS) -> node mcs_darolutamide_docetaxel",
           svc("darolutamide"), SUP, p, intended={"castration": "sensitive"})
p = ppt("T2c", "N0", "M0", GG4, 14.0, dx="2024-09-02")
p.procedure(*RP, "2024-10-07")
p.psa(0.03, "2024-12-02")
prost_case("prostate-high-risk-after-prostatectomy-apalutamide", "Localized prostate cancer (pT2c N0 M0, grade group 4) after radical prostatectomy, PSA undetectable: apalutamide requested",
           "FDA label: apalutamide (Erleada), 1 Indications and Usage (mCSPC and non-metastatic CRPC only) -> m = M1 / castration = resistant not met; no recurrence",
           svc("apalutamide"), REF, p, intended={"m": "M0"})

# nmCRPC ARPIs (apalutamide, darolutamide, enzalutamide)
for drug, how in [("apalutamide", "psa"), ("darolutamide", "code"), ("enzalutamide", "psa")]:
    p = crpc(ppt("T3a", "N0", "M0", GG4, 22.0, dx="2023-12-04"), how=how)
    prost_case(f"prostate-nmcrpc-{drug}", f"Non-metastatic (M0) prostate cancer, castration-resistant on leuprolide ({'PSA rise' if how == 'psa' else 'ICD-10-CM Z19.2 diagnosis'}): {drug}",
               {"apalutamide": "FDA label: apalutamide (Erleada), 1 Indications and Usage (non-metastatic castration-resistant prostate cancer; SPARTAN)",
                "darolutamide": "FDA label: darolutamide (Nubeqa), 1 Indications and Usage (non-metastatic castration-resistant prostate cancer; ARAMIS)",
                "enzalutamide": "FDA label: enzalutamide (Xtandi), 1 Indications and Usage (castration-resistant prostate cancer; PROSPER)"}[drug] + " -> node nmcrpc_arpi",
               svc(drug), SUP, p, intended={"m": "M0", "castration": "resistant"})
for drug in ("apalutamide", "darolutamide"):
    p = crpc(ppt(), how="code")
    hrr(p, None, None)
    prost_case(f"prostate-mcrpc-{drug}", f"Metastatic (cM1b) castration-resistant prostate cancer (Z19.2): {drug} requested",
               f"FDA label: {drug} ({'Erleada' if drug == 'apalutamide' else 'Nubeqa'}), 1 Indications and Usage (mCSPC and non-metastatic CRPC only; not metastatic CRPC) -> nmcrpc_arpi needs m = M0, mcs nodes need castration = sensitive",
               svc(drug), REF, p, intended={"castration": "resistant"})

# enzalutamide: nmCSPC with high-risk biochemical recurrence (EMBARK)
for key, psas, expected in [("fast-psadt", [(0.05, "2024-03-04"), (0.3, "2024-07-01"), (0.9, "2024-10-07"), (2.4, "2025-01-06")], SUP),
                            ("slow-psadt", [(0.10, "2024-03-04"), (0.12, "2024-07-01"), (0.14, "2024-10-07"), (0.16, "2025-01-06")], REF)]:
    p = ppt("T3a", "N0", "M0", GG4, 15.0, dx="2023-11-06")
    p.procedure(*RP, "2023-12-04")
    for v, d in psas:
        p.psa(v, d)
    p.status("progression", "2025-01-06")
    prost_case(f"prostate-bcr-{key}-enzalutamide", f"Biochemical recurrence after radical prostatectomy, M0, no ADT, PSA doubling time {'about 3 months' if key.startswith('fast') else 'over 9 months'}: enzalutamide",
               "FDA label: enzalutamide (Xtandi), 1 Indications and Usage (non-metastatic castration-sensitive prostate cancer with biochemical recurrence at high risk for metastasis; EMBARK: PSA doubling time <= 9 months) -> node bcr_enzalutamide",
               svc("enzalutamide"), expected, p, "2025-01-20", intended={"m": "M0", "castration": "sensitive"})
# enzalutamide after abiraterone and docetaxel, HRR negative: contradicted
p = crpc(ppt(dx="2023-06-05"), start="2023-06-19")
p.oral("abiraterone", "2024-01-29", "2024-06-30")
p.give(["docetaxel"], *every("2024-07-15", 21, 6))
p.status("progression", "2025-01-06")
hrr(p, None, None)
prost_case("prostate-mcrpc-after-abiraterone-docetaxel-enzalutamide", "mCRPC progressing after abiraterone and docetaxel, HRR genes tested negative: enzalutamide requested",
           "FDA label: enzalutamide (Xtandi), 1 Indications and Usage (CRPC; its trials were ARPI-naive: PREVAIL, AFFIRM); FDA label: talazoparib (Talzenna) (with enzalutamide: HRR-mutated) -> mcrpc_arpi / arpi switch need not prior_arpi; talazoparib combination needs hrr_altered",
           svc("enzalutamide"), REF, p, "2025-01-20", intended={"hrr": []})

# abiraterone (Zytiga high-risk mCSPC: contradicted by low risk; Yonsa / Zytiga mCRPC after an ARPI)
p = ppt("T3a", "N1", "M1a", GG2, 18.0, dx="2025-01-06").give(["leuprolide"], "2025-01-13")
prost_case("prostate-mcspc-low-risk-abiraterone", "Metastatic castration-sensitive prostate cancer with non-regional nodes only (cM1a), grade group 2: abiraterone requested",
           "FDA label: abiraterone acetate (Zytiga), 1 Indications and Usage (metastatic HIGH-RISK CSPC; LATITUDE >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis) -> mcspc_risk = low contradicts mcs_adt_abiraterone",
           svc("abiraterone"), REF, p, intended={"m": "M1a", "mcspc_risk": "low"})
p = crpc(ppt(dx="2023-06-05"), start="2023-06-19")
p.oral("enzalutamide", "2024-01-29", "2024-12-31")
p.status("progression", "2025-01-06")
hrr(p, None, None)
prost_case("prostate-mcrpc-after-enzalutamide-abiraterone", "mCRPC progressing on enzalutamide, HRR genes tested negative: abiraterone (Yonsa or Zytiga) requested",
           "FDA label: abiraterone acetate (Yonsa), 1 Indications and Usage (with methylprednisolone, mCRPC); COU-AA-302 population was ARPI-naive -> mcrpc_arpi / mcrpc_yonsa need not prior_arpi; PARP combinations need a BRCA alteration",
           svc("abiraterone"), REF, p, "2025-01-20", intended={"hrr": []})
p = crpc(ppt(dx="2023-12-04"), how="code")
prost_case("prostate-mcrpc-arpi-naive-yonsa", "Metastatic castration-resistant prostate cancer (Z19.2), no prior ARPI: abiraterone acetate (Yonsa) with methylprednisolone",
           "FDA label: abiraterone acetate (Yonsa), 1 Indications and Usage (with methylprednisolone, metastatic CRPC) -> node mcrpc_yonsa",
           svc("abiraterone"), SUP, p, intended={"castration": "resistant"})

# docetaxel (mCRPC)
p = crpc(ppt(dx="2023-12-04"))
prost_case("prostate-mcrpc-docetaxel-naive-docetaxel", "mCRPC (PSA rise on leuprolide), no prior docetaxel: docetaxel with prednisone",
           "FDA label: docetaxel (Taxotere), 1.4 Prostate Cancer (with prednisone, metastatic castration-resistant prostate cancer; TAX 327) -> node mcrpc_docetaxel",
           svc("docetaxel", "J9171"), SUP, p, intended={"castration": "resistant"})
p = crpc(ppt(dx="2023-06-05"), start="2023-06-19")
p.give(["docetaxel"], *every("2024-01-29", 21, 6))
p.status("progression", "2025-01-06")
prost_case("prostate-mcrpc-after-docetaxel-docetaxel", "mCRPC progressing after six cycles of docetaxel: docetaxel rechallenge requested",
           "FDA label: docetaxel (Taxotere), 1.4 Prostate Cancer (mCRPC; the graph offers it once: not prior_docetaxel) -> mcrpc_docetaxel and mcrpc_l2_docetaxel contradicted; mCSPC docetaxel nodes need castration = sensitive",
           svc("docetaxel"), REF, p, "2025-01-20", intended={"castration": "resistant"})

# PARP inhibitors
for drug, key, gene, change, germ, prior, expected, basis in [
        ("niraparib", "brca2", "BRCA2", "c.5946del (p.Ser1982fs)", False, False, SUP, "FDA label: niraparib and abiraterone acetate (Akeega), 1 Indications and Usage (with prednisone, BRCA-mutated mCRPC; MAGNITUDE) -> node mcrpc_niraparib_abiraterone"),
        ("niraparib", "atm-only", "ATM", "c.7271T>G (p.Val2424Gly)", False, False, REF, "FDA label: niraparib and abiraterone acetate (Akeega), 1 Indications and Usage (BRCA-mutated mCRPC only) -> brca_mutated not met"),
        ("niraparib", "hrr-untested", None, "-", False, False, DOC, "FDA label: niraparib and abiraterone acetate (Akeega), 1 Indications and Usage (BRCA-mutated mCRPC) -> hrr / brca unknown"),
        ("olaparib", "gbrca1-first-line-with-abiraterone", "BRCA1", "c.68_69del (p.Glu23fs)", True, False, SUP, "FDA label: olaparib (Lynparza), 1 Indications and Usage (with abiraterone and prednisone or prednisolone, BRCA-mutated mCRPC; PROpel) -> node mcrpc_olaparib_abiraterone"),
        ("olaparib", "hrr-negative", None, None, False, True, REF, "FDA label: olaparib (Lynparza), 1 Indications and Usage (HRR gene-mutated mCRPC after enzalutamide or abiraterone; BRCA-mutated with abiraterone) -> hrr_altered and brca_mutated not met"),
        ("olaparib", "atm-arpi-naive", "ATM", "c.7271T>G (p.Val2424Gly)", False, False, REF, "FDA label: olaparib (Lynparza), 1 Indications and Usage (HRR-mutated mCRPC monotherapy only after enzalutamide or abiraterone; with abiraterone only if BRCA-mutated) -> prior_abi_or_enza and brca_mutated not met"),
        ("rucaparib", "brca2-after-enzalutamide", "BRCA2", "c.5946del (p.Ser1982fs)", False, True, SUP, "FDA label: rucaparib (Rubraca), 1.2 Indications and Usage (BRCA-mutated mCRPC after androgen receptor-directed therapy; TRITON3) -> node mcrpc_rucaparib"),
        ("rucaparib", "brca2-arpi-naive", "BRCA2", "c.5946del (p.Ser1982fs)", False, False, REF, "FDA label: rucaparib (Rubraca), 1.2 Indications and Usage (after androgen receptor-directed therapy) -> prior_classes = arpi not met"),
        ("talazoparib", "cdk12", "CDK12", "c.1047_1048del (p.Arg350fs)", False, False, SUP, "FDA label: talazoparib (Talzenna), 1 Indications and Usage (with enzalutamide, HRR gene-mutated mCRPC; TALAPRO-2) -> node mcrpc_talazoparib_enzalutamide"),
        ("talazoparib", "hrr-negative", None, None, False, False, REF, "FDA label: talazoparib (Talzenna), 1 Indications and Usage (HRR gene-mutated mCRPC) -> hrr_altered not met"),
        ("talazoparib", "hrr-untested", None, "-", False, False, DOC, "FDA label: talazoparib (Talzenna), 1 Indications and Usage (HRR gene-mutated mCRPC) -> hrr unknown")]:
    p = crpc(ppt(dx="2023-06-05"), start="2023-06-19")
    if prior:
        p.oral("enzalutamide", "2024-01-29", "2024-12-31")
        p.status("progression", "2025-01-06")
    if change != "-":
        hrr(p, gene, change, germline=germ)
    prost_case(f"prostate-mcrpc-{key}-{drug}", f"mCRPC{' progressing on enzalutamide' if prior else ', no prior ARPI'}, {('%s %s' % (gene, change.split(' ')[-1])) if gene else 'HRR genes tested negative' if change is None else 'HRR genes not tested'}: {drug}",
               basis, svc(drug), expected, p, "2025-01-20",
               missing=(["hrr"] if drug == "talazoparib" else ["hrr", "brca"]) if expected == DOC else None)

# lutetium Lu 177 vipivotide tetraxetan (PSMA-positive, after an ARPI)
for key, psma, expected in [("psma-positive", "PSMA-avid metastases (PSMA-positive)", SUP), ("psma-negative", "No PSMA-avid disease", REF), ("psma-pet-not-done", None, DOC)]:
    p = crpc(ppt(dx="2023-06-05"), start="2023-06-19")
    p.oral("enzalutamide", "2024-01-29", "2024-12-31")
    p.status("progression", "2025-01-06")
    if psma:
        p.obs({"text": "PSMA PET/CT (Ga-68 gozetotide) result"}, "2025-01-13", {"valueCodeableConcept": {"text": psma}}, "imaging")
    prost_case(f"prostate-mcrpc-{key}-lu177", f"mCRPC progressing on enzalutamide, {psma or 'no PSMA PET on record'}: lutetium Lu 177 vipivotide tetraxetan",
               "FDA label: lutetium Lu 177 vipivotide tetraxetan (Pluvicto), 1 Indications and Usage (PSMA-positive mCRPC after androgen receptor pathway inhibition; VISION, PSMAfore) -> node mcrpc_lu177_psma",
               svc("lutetium Lu 177 vipivotide tetraxetan", "A9607"), expected, p, "2025-01-20",
               {"psma": {SUP: "positive", REF: "negative", DOC: None}[expected]}, ["psma"] if expected == DOC else None)

# radium-223 (bone, no visceral), sipuleucel-T (metastatic CRPC), mitoxantrone (CRPC)
p = crpc(ppt(dx="2023-12-04"))
prost_case("prostate-mcrpc-bone-only-radium223", "mCRPC with bone metastases only (cM1b): radium Ra 223 dichloride",
           "FDA label: radium Ra 223 dichloride (Xofigo), 1 Indications and Usage (CRPC with symptomatic bone metastases and no known visceral metastatic disease; ALSYMPCA) -> node mcrpc_radium223 (m = M1b)",
           svc("radium Ra 223 dichloride", "A9606"), SUP, p, intended={"m": "M1b"})
p = crpc(ppt("T3b", "N1", "M1c", GG5, 80.0, dx="2023-12-04"))
prost_case("prostate-mcrpc-visceral-radium223", "mCRPC with visceral (cM1c) metastases: radium Ra 223 dichloride requested",
           "FDA label: radium Ra 223 dichloride (Xofigo), 1 Indications and Usage (no known visceral metastatic disease) -> m = M1b not met",
           svc("radium Ra 223 dichloride", "A9606"), REF, p, intended={"m": "M1c"})
p = crpc(ppt(dx="2023-12-04"), how="code")
prost_case("prostate-mcrpc-sipuleucel", "Metastatic castration-resistant prostate cancer (Z19.2): sipuleucel-T",
           "FDA label: sipuleucel-T (Provenge), 1 Indications and Usage (asymptomatic or minimally symptomatic metastatic CRPC; IMPACT) -> node mcrpc_sipuleucel",
           svc("sipuleucel-T", "Q2043"), SUP, p, intended={"castration": "resistant"})
p = crpc(ppt("T3a", "N0", "M0", GG4, 22.0, dx="2023-12-04"))
prost_case("prostate-nmcrpc-sipuleucel", "Non-metastatic (M0) castration-resistant prostate cancer: sipuleucel-T requested",
           "FDA label: sipuleucel-T (Provenge), 1 Indications and Usage (METASTATIC CRPC) -> m = M1 not met",
           svc("sipuleucel-T", "Q2043"), REF, p, intended={"m": "M0"})
p = crpc(ppt(dx="2023-12-04"))
prost_case("prostate-mcrpc-mitoxantrone", "mCRPC (PSA rise on leuprolide): mitoxantrone with prednisone",
           "FDA label: mitoxantrone, 1 Indications and Usage (with corticosteroids, pain related to advanced hormone-refractory prostate cancer) -> node mcrpc_mitoxantrone",
           svc("mitoxantrone", "J9293"), SUP, p, intended={"castration": "resistant"})
p = ppt(dx="2025-01-06").give(["leuprolide"], "2025-01-13")
prost_case("prostate-mcspc-mitoxantrone", "Metastatic castration-sensitive prostate cancer just started on leuprolide: mitoxantrone requested",
           "FDA label: mitoxantrone, 1 Indications and Usage (hormone-refractory prostate cancer only) -> castration = resistant not met",
           svc("mitoxantrone", "J9293"), REF, p, intended={"castration": "sensitive"})

# Appended here (not beside the other adjuvant cases) so the encodings of earlier cases keep
# their rotation. Adjuvant atezolizumab's label names no EGFR/ALK condition (IMpower010
# enrolled EGFR/ALK-positive patients); adjuvant cisplatin-based chemotherapy is given
# whatever the driver: neither may wait for an EGFR/ALK result.
for key, egfr, alk in [("egfr-alk-untested", None, None), ("egfr-l858r", "L858R", "wt")]:
    p = lp(stage="IIIA", t="T2a", n="N2", m="M0", egfr=egfr, alk=alk, pdl1=20, pathological=True, dx="2025-02-03")
    p.procedure(*RESECT, "2025-02-03")
    line(p, ["cisplatin", "vinorelbine"], "2025-03-10", 21, 4)
    nsclc_case(f"nsclc-resected-stage3a-{key}-adjuvant-atezolizumab",
               f"Resected pT2a pN2 (stage IIIA) NSCLC, EGFR/ALK {'not tested' if egfr is None else 'EGFR L858R'}, PD-L1 TPS 20%, after adjuvant cisplatin-vinorelbine: adjuvant atezolizumab",
               "FDA label: atezolizumab (Tecentriq), 1 Indications and Usage (adjuvant after resection and platinum chemotherapy, stage II-IIIA NSCLC with PD-L1 >= 1% of tumor cells; no EGFR/ALK condition; IMpower010) -> node adj_atezolizumab",
               svc("atezolizumab", "J9022"), SUP, p, date="2025-06-09", intended={"pdl1_tps": 20.0})

# Bevacizumab's label names no MSI/MMR condition: first-line chemotherapy with bevacizumab
# stays open when MSI was never reported.
p = cp(stage="IVB", m="M1b", kras="p.G12D", msi=None, dx="2025-01-06")
crc_case("crc-msi-untested-first-line-folfox-bevacizumab", "Stage IVB sigmoid colon cancer, KRAS G12D, MSI/MMR never reported: first-line FOLFOX with bevacizumab",
         "FDA label: bevacizumab (Avastin), 1 Indications and Usage (with intravenous fluorouracil-based chemotherapy, first- or second-line metastatic colorectal cancer; no biomarker condition) -> node met_chemo_bevacizumab",
         svc("bevacizumab"), SUP, p, "2025-01-20", {"kras": ["g12d"]})
# Progression written only in the first-line therapy's note (MedicationStatement.note), as
# many EHRs keep it: second-line FOLFIRI with ramucirumab after FOLFOX-bevacizumab.
p = cp(stage="IVA", m="M1a", kras="p.G12V", dx="2024-01-08")
for name in ("oxaliplatin", "fluorouracil", "bevacizumab"):
    p.add({"resourceType": "MedicationStatement", "status": "completed",
           "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": RX[name], "display": name}], "text": name},
           "effectivePeriod": {"start": "2024-01-22", "end": "2024-11-04"},
           "note": [{"text": "FOLFOX-bevacizumab first line; stopped for progression in liver 2024-11"}]})
crc_case("crc-progression-in-medication-note-folfiri-ramucirumab", "Stage IVA colon cancer, KRAS G12V, MSS, FOLFOX-bevacizumab stopped for progression (written in the MedicationStatement note only): FOLFIRI with ramucirumab",
         "FDA label: ramucirumab (Cyramza), 1 Indications and Usage (with FOLFIRI, metastatic colorectal cancer with disease progression on or after prior therapy with bevacizumab, oxaliplatin and a fluoropyrimidine; RAISE) -> node met_l2_folfiri_ramucirumab",
         svc("ramucirumab"), SUP, p, "2024-12-02", {"kras": ["g12v"]})
# Lutetium Lu 177 PSMA-617 after an ARPI given for castration-sensitive disease (PSMAfore: no
# taxane yet, one prior ARPI in any setting): no prior line for mCRPC is required.
p = crpc(ppt(dx="2023-06-05"), how="condition")
p.oral("enzalutamide", "2024-02-05", "2025-01-13", status="stopped")
p.obs({"text": "PSMA PET/CT (piflufolastat F 18)"}, "2025-01-20", {"valueString": "PSMA-positive osseous and nodal disease"})
prost_case("prostate-lu177-after-arpi-for-mcspc", "mCRPC after enzalutamide started for castration-sensitive disease, PSMA-positive, taxane-naive: lutetium Lu 177 vipivotide tetraxetan",
           "FDA label: lutetium Lu 177 vipivotide tetraxetan (Pluvicto), 1 Indications and Usage (PSMA-positive mCRPC treated with an ARPI, taxane-naive when delaying taxane chemotherapy is appropriate; PSMAfore) -> node mcrpc_lu177_psma (prior ARPI, no line count)",
           svc("lutetium Lu 177 vipivotide tetraxetan", "A9607"), SUP, p, date="2025-02-03", intended={"castration": "resistant"})


# =========================================================================== reference oracle
# A small re-implementation of the route semantics (crates/pathway: paths_in, branch_criterion,
# three-valued Test::evaluate) used by --check to say what the graph implies for the derived
# facts. It is a cross-check for this case set, not the integrator's engine.

def _load_pathways():
    import tomllib
    out = []
    d = os.path.join(REPO, "pathways")
    for name in sorted(os.listdir(d)):
        if name.endswith(".toml"):
            with open(os.path.join(d, name), "rb") as f:
                out.append(tomllib.load(f))
    return out


_TOKEN = re.compile(r"\s*(<=|>=|!=|=|<|>|\(|\)|\[|\]|,|[A-Za-z0-9_:.\-]+)")


def _tokens(s):
    pos, out = 0, []
    s = s.strip()
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if not m:
            raise ValueError(f"cannot tokenize {s[pos:]!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


def parse_criterion(src, defs):
    toks = _tokens(src)
    i = 0

    def peek():
        return toks[i] if i < len(toks) else None

    def take():
        nonlocal i
        i += 1
        return toks[i - 1]

    def expr():
        parts = [conj()]
        while peek() == "or":
            take()
            parts.append(conj())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def conj():
        parts = [unary()]
        while peek() == "and":
            take()
            parts.append(unary())
        return parts[0] if len(parts) == 1 else ("and", parts)

    def unary():
        t = peek()
        if t == "not":
            take()
            return ("not", unary())
        if t == "(":
            take()
            e = expr()
            assert take() == ")"
            return e
        if t in ("true", "false"):
            take()
            return ("const", t == "true")
        if t in defs and (i + 1 >= len(toks) or toks[i + 1] not in ("=", "!=", "<", "<=", ">", ">=", "in", "not")):
            take()
            return parse_criterion(defs[t], defs)
        subject = take()
        if subject == "since":
            assert take() == "("
            fact = take()
            assert take() == ")"
            op = take()
            amount, unit = take(), take()
            days = int(amount) * {"day": 1.0, "days": 1.0, "week": 7.0, "weeks": 7.0, "month": 30.4375,
                                  "months": 30.4375, "year": 365.25, "years": 365.25}[unit]
            return ("since", fact, op, days)
        op = take()
        if op == "not":
            assert take() == "in"
            op = "not in"
        if op in ("in", "not in"):
            assert take() == "["
            vals = []
            while True:
                vals.append(take())
                sep = take()
                if sep == "]":
                    break
            return ("test", subject, op, vals)
        return ("test", subject, op, [take()])

    e = expr()
    assert i == len(toks), f"trailing tokens in {src!r}"
    return e


ROMAN_RANK = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _graded(fact, text):
    if fact == "stage":
        if text == "0":
            return (0, "")
        m = re.match(r"^(IV|I{1,3})(.*)$", text)
        return (ROMAN_RANK[m.group(1)], m.group(2))
    m = re.match(r"^([TNM])(is|\d)(.*)$", text)
    if m.group(2) == "is":
        return (1, m.group(3))
    d = int(m.group(2))
    rank = d + 1 if (m.group(1) == "T" and d > 0) else d
    return (rank, m.group(3))


def _relate(p, c):
    if p[0] != c[0]:
        return "less" if p[0] < c[0] else "greater"
    if p[1].startswith(c[1]):
        return "within"
    if c[1].startswith(p[1]):
        return "coarser"
    return "less" if p[1] < c[1] else "greater"


def _graded_op(rel, op):
    if rel == "coarser":
        return None
    if rel == "within":
        return op in ("=", "in", ">=", "<=")
    if rel == "less":
        return op in ("<", "<=", "!=", "not in")
    return op in (">", ">=", "!=", "not in")


def _num_op(a, op, b):
    return {"=": a == b, "in": a == b, "!=": a != b, "not in": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _covers(lit, code):
    ls, lc = lit.lower().split(":", 1)
    cs, cc = code.lower().split(":", 1)
    if ls != cs:
        return False
    if ls == "icd10":
        return cc.replace(".", "").startswith(lc.replace(".", ""))
    return lc == cc


def evaluate(c, facts, missing):
    """Kleene evaluation: True / False / None (unknown; fact names added to `missing`)."""
    kind = c[0]
    if kind == "const":
        return c[1]
    if kind == "not":
        v = evaluate(c[1], facts, missing)
        return None if v is None else not v
    if kind in ("and", "or"):
        results = []
        for x in c[1]:
            m = set()
            results.append((evaluate(x, facts, m), m))
        vals = [v for v, _ in results]
        decisive = False if kind == "and" else True
        if decisive in vals:
            return decisive
        if None in vals:
            for v, m in results:
                if v is None:
                    missing |= m
            return None
        return not decisive
    if kind == "since":
        _, fact, op, days = c
        if fact not in facts:
            missing.add(fact)
            return None
        v = facts[fact][1]
        if v is None:
            return False
        import datetime
        elapsed = (datetime.date.fromisoformat(facts["__as_of"]) - datetime.date.fromisoformat(v)).days
        return _num_op(float(elapsed), op, days)
    _, fact, op, vals = c
    if fact not in facts:
        missing.add(fact)
        return None
    ty, v = facts[fact]
    neg = op in ("!=", "not in")
    if ty == "event":
        return (v is not None) == (vals[0] == "true")  if not neg else (v is not None) != (vals[0] == "true")
    if ty == "bool":
        return (v == (vals[0] == "true")) != neg
    if ty == "number":
        if op in ("in", "not in"):
            return any(float(x) == v for x in vals) != neg
        return _num_op(v, op, float(vals[0]))
    if ty == "word":
        return (v in vals) != neg
    if ty == "graded":
        p = _graded(fact if fact == "stage" else "tnm", v)
        if op in ("<", "<=", ">", ">="):
            r = _graded_op(_relate(p, _graded(fact if fact == "stage" else "tnm", vals[0])), op)
        else:
            rs = [_graded_op(_relate(p, _graded(fact if fact == "stage" else "tnm", x)), "=") for x in vals]
            r = True if True in rs else (None if None in rs else False)
            r = None if r is None else (r != neg)
        if r is None:
            missing.add(fact)
        return r
    if ty == "variants":
        hit = any((not v) if x == "wildtype" else (x in v) for x in vals)
        return hit != neg
    if ty == "codes":
        hit = any(any(_covers(x, code) for code in v) for x in vals)
        return hit != neg
    raise ValueError(ty)


def oracle_facts(facts_json):
    """Facts JSON (timeline --facts) -> {name: (type, value)}."""
    out = {}
    for name, entry in facts_json.items():
        ty, v = entry["value"]["type"], entry["value"].get("value")
        if ty == "graded":
            out[name] = ("graded", render(entry["value"]))
        elif ty == "codes":
            out[name] = ("codes", [f"{c['system']}:{c['code']}".lower() if c['system'] else c['code'] for c in v])
        elif ty in ("variants", "number", "word", "bool", "event"):
            out[name] = (ty, v)
    return out


def _service_key(service):
    s = service["system"]
    short = "rxnorm" if s == RXNORM else "hcpcs" if s in (HCPCS, HCPCS_CMS) else "cpt" if s == CPT else "snomed" if s == SNOMED else s
    return f"{short}:{service['code']}".lower()


def _node_services(node):
    out = set(x.lower() for x in node.get("services", []))
    for d in node.get("drugs", []):
        for k in ("rxnorm", "hcpcs"):
            if d.get(k):
                out.add(f"{k}:{d[k]}".lower())
    for group in ("procedures", "radiotherapy"):
        for pr in node.get(group, []):
            out.update(x.lower() for x in pr.get("codes", []))
    return out


def routes_to(pw, target):
    """[(node ids, criterion)] as crates/pathway paths_in builds them."""
    defs = pw.get("defs", {})
    nodes = {n["id"]: n for n in pw["node"]}
    edges = []   # (src, dst, guard, recurrence, index among src's edges)
    for n in pw["node"]:
        for e in n.get("next", []):
            edges.append((n["id"], e["to"], e.get("when"), bool(e.get("recurrence")), ))
    when = {nid: (parse_criterion(n["when"], defs) if n.get("when") else None) for nid, n in nodes.items()}

    def own(e):
        parts = []
        if e[2] and e[2] != "otherwise":
            parts.append(parse_criterion(e[2], defs))
        if when[e[1]] is not None:
            parts.append(when[e[1]])
        return ("and", parts) if parts else None

    def branch(e):
        if e[2] == "otherwise":
            sibs = [own(x) or ("const", True) for x in edges if x[0] == e[0] and x is not e and x[2] != "otherwise"]
            parts = [("not", ("or", sibs))]
            if when[e[1]] is not None:
                parts.append(when[e[1]])
            return ("and", parts)
        return own(e)

    reaches = {target}
    stack = [target]
    while stack:
        x = stack.pop()
        for e in edges:
            if e[1] == x and not e[3] and e[0] not in reaches:
                reaches.add(e[0])
                stack.append(e[0])
    entry = pw["pathway"]["entry"]
    entry_parts = [when[entry]] if when[entry] is not None else []
    work = []
    for e in edges:
        if e[3] and e[1] in reaches:
            work.append((e[1], [e[0], e[1]], entry_parts + [branch(e)]))
    if entry in reaches:
        work.append((entry, [entry], list(entry_parts)))
    out = []
    while work:
        ix, path, parts = work.pop()
        if ix == target:
            out.append((path, ("and", parts)))
            continue
        for e in edges:
            if e[0] != ix or e[3] or e[1] not in reaches or e[1] in path:
                continue
            c = branch(e)
            work.append((e[1], path + [e[1]], parts + ([c] if c is not None else [])))
    return out


_PATHWAYS = None


def oracle(service, facts):
    """(outcome, missing facts, supporting nodes with their best route truth)."""
    global _PATHWAYS
    if _PATHWAYS is None:
        _PATHWAYS = _load_pathways()
    key = _service_key(service)
    truths, missing, nodes = [], set(), []
    for pw in _PATHWAYS:
        for n in pw["node"]:
            if key not in _node_services(n):
                continue
            best = False
            # A drug's own label gate holds on every route (crates/pathway set.rs support).
            gates = [d["when"] for d in n.get("drugs", []) if d.get("when")
                     and key in {f"{k}:{d[k]}".lower() for k in ("rxnorm", "hcpcs") if d.get(k)}]
            for _, crit in routes_to(pw, n["id"]):
                if gates:
                    crit = ("and", [crit, parse_criterion(gates[0], pw.get("defs", {}))])
                if n.get("line", 1) >= 2:
                    # checklist.rs line_check: a line-L node needs L-1 earlier lines for advanced disease.
                    crit = ("and", [crit, ("test", "prior_lines", ">=", [str(n["line"] - 1)])])
                m = set()
                t = evaluate(crit, facts, m)
                truths.append(t)
                if t is None:
                    missing |= m
                if t is True or (t is None and best is False):
                    best = t
            nodes.append(f"{pw['pathway']['id']}/{n['id']}={'met' if best is True else 'unknown' if best is None else 'not-met'}")
    if True in truths:
        return SUP, set(), nodes
    if None in truths:
        return DOC, missing, nodes
    return REF, set(), nodes


# =========================================================================== output and --check

def write():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    pids = [c["bundle"]["entry"][0]["resource"]["id"] for c in CASES]
    assert len(pids) == len(set(pids)), "duplicate patient ids"
    # One line per case field and per Bundle entry: readable diffs, a tenth of the indented size.
    d = lambda v: json.dumps(v, ensure_ascii=False)
    parts = []
    for c in CASES:
        fields = [f'  {d(k)}: {d(v)}' for k, v in c.items() if k != "bundle"]
        b = c["bundle"]
        head = ", ".join(f"{d(k)}: {d(v)}" for k, v in b.items() if k != "entry")
        entries = ",\n".join("    " + d(e) for e in b["entry"])
        fields.append(f'  "bundle": {{{head}, "entry": [\n{entries}\n  ]}}')
        parts.append(" {\n" + ",\n".join(fields) + "\n }")
    text = '{"cases": [\n' + ",\n".join(parts) + "\n]}\n"
    assert json.loads(text) == {"cases": CASES}
    with open(OUT, "w") as f:
        f.write(text)
    counts = {}
    for c in CASES:
        counts.setdefault(c["cancer"], {}).setdefault(c["expected"], 0)
        counts[c["cancer"]][c["expected"]] += 1
    outcomes = [SUP, DOC, REF]
    rows = "\n".join(f"| {cancer} | " + " | ".join(str(by.get(o, 0)) for o in outcomes) + f" | {sum(by.values())} |"
                     for cancer, by in counts.items())
    gaps = "\n".join(f"- `{k}`: {v}" for k, v in KNOWN_GAPS.items())
    readme = f"""# Medical-necessity dev cases

Written by `scripts/gen-necessity-cases.py` (stdlib Python; deterministic). Do not edit
`cases.json` by hand: change the script and rerun it. `--check` ingests every bundle with the
built binary, derives the facts as of each case date (`oncotwin timeline ID --facts --as-of`),
compares them with the facts the script intended, and evaluates the pathway routes to every
node supporting the service on those facts (a small reference re-implementation of the
criteria semantics) to confirm the expected answer.

| cancer | {' | '.join(outcomes)} | total |
|---|---|---|---|---|
{rows}

Each case: `id`, `cancer`, `description`, `basis` (FDA label section / trial / NCI PDQ, and the
pathway node the expectation rests on), `date` (as-of, after every event), `service`
(`system`, `code`, `display`: RxNorm ingredient, HCPCS J-code, CPT or SNOMED CT as listed in
`pathways/*.toml`), `expected` (`supported` | `needs-documentation` | `refer-to-reviewer`),
`expected_missing` (needs-documentation only: facts that must be among the missing ones; an
engine may list more, typically `recurrence` from the surveillance -> recurrence routes, which
facts.rs never derives as false) and `bundle` (FHIR R4 `collection` Bundle, `urn:uuid:`
fullUrls and references, one patient per case, patient ids `nec-*`).

Coverage (issue 14 item 5): every FDA label indication on the graph (a node's
`source = "FDA label: ..."` naming one of its drugs) has a supported case and a case the record
contradicts (refer-to-reviewer), and, where a gate fact can simply be missing, a
needs-documentation case; each names its label section and node in `basis`. The bundles vary
the encoding of the same fact the way different EHRs write it: diagnosis as SNOMED CT or
ICD-10-CM only; stage group as text, AJCC code (`http://cancerstaging.org`), SNOMED stage
qualifier or an mCODE stage-group profile with the SNOMED observable; receptor and marker
results as SNOMED qualifiers, LOINC answers, text or percent; gene results as a named test with
a text result or an mCODE genomic-variant Observation (one- or three-letter protein HGVS, c.HGVS
only, two-gene fusions); MMR as four-protein IHC or a stated status; castration resistance as a
PSA rise on ADT or ICD-10-CM Z19.2; prior therapy as MedicationAdministration,
MedicationRequest or MedicationStatement; the service as RxNorm or HCPCS (two system URIs).

Known gaps (expected answer is the clinically right one; a literal engine on today's facts
differs):

{gaps or "- none"}
"""
    with open(os.path.join(os.path.dirname(OUT), "README.md"), "w") as f:
        f.write(readme)
    print(f"wrote {os.path.relpath(OUT, REPO)}: {len(CASES)} cases")
    for cancer, by in counts.items():
        print(f"  {cancer:11} " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))


ROMAN = {0: "0", 1: "I", 2: "II", 3: "III", 4: "IV"}


def render(value):
    """A fact value from the facts JSON, in the same shape as INTENDED."""
    ty, v = value.get("type"), value.get("value")
    if ty == "graded":
        scale = v["scale"]
        rank, sub = v["rank"], v["sub"]
        if scale == "Stage" or scale == "stage":
            return ROMAN.get(rank, str(rank)) + sub
        axis = scale.get("Tnm") if isinstance(scale, dict) else str(scale)[-1]
        axis = (axis or "?")[-1].upper()
        if axis == "T":
            return "T0" if rank == 0 else "Tis" if rank == 1 else f"T{rank - 1}{sub}"
        return f"{axis}{rank}{sub}"
    if ty == "codes":
        return sorted(f"{c['system']}:{c['code']}".lower() if isinstance(c, dict) else str(c).lower() for c in v)
    if ty == "variants":
        return sorted(v)
    if ty == "event":
        return "false" if v is None else v
    return v


def matches(fact, want, got):
    if want is None:
        return got is None
    if got is None:
        return False
    if fact == "dx":
        return any(want == g or want.lower() in str(g) for g in (got if isinstance(got, list) else [got]))
    if isinstance(want, list):
        return sorted(x.lower() for x in want) == sorted(str(x).lower() for x in got)
    if isinstance(want, float):
        return isinstance(got, (int, float)) and abs(got - want) < 1e-9
    return str(want) == str(got)


def check(binary, only):
    if not os.path.exists(binary):
        sys.exit(f"--check: binary {binary} not found (build it, or pass --bin)")
    work = tempfile.mkdtemp(prefix="necessity-cases-")
    bundles = os.path.join(work, "bundles")
    os.makedirs(bundles)
    selected = [c for c in CASES if not only or c["id"] in only]
    for c in selected:
        with open(os.path.join(bundles, c["id"] + ".json"), "w") as f:
            json.dump(c["bundle"], f)
    env = dict(os.environ, ONCOTWIN_DATABASE_URL=f"sqlite://{work}/db.sqlite?mode=rwc")
    r = subprocess.run([binary, "ingest", bundles, "--json"], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout[-4000:], r.stderr[-4000:])
        sys.exit(f"ingest failed ({r.returncode})")
    failures = 0
    for c in selected:
        pid = c["bundle"]["entry"][0]["resource"]["id"]
        r = subprocess.run([binary, "timeline", pid, "--facts", "--as-of", c["date"]], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print(f"FAIL {c['id']}: timeline exited {r.returncode}: {r.stderr.strip()[:300]}")
            failures += 1
            continue
        report = json.loads(r.stdout)
        facts = report["facts"]["facts"]
        got = {k: render(v["value"]) for k, v in facts.items()}
        bad = []
        lines = []
        for fact, want in INTENDED[c["id"]].items():
            g = got.get(fact)
            ok = matches(fact, want, g)
            if not ok:
                bad.append(fact)
            lines.append(f"    {'ok ' if ok else 'BAD'} {fact:14} intended {json.dumps(want)}  derived {json.dumps(g)}")
        ofacts = oracle_facts(facts)
        ofacts["__as_of"] = c["date"]
        outcome, missing, nodes = oracle(c["service"], ofacts)
        want_missing = set(c.get("expected_missing", []))
        graph_ok = outcome == c["expected"] and want_missing <= missing
        gap = not graph_ok and c["id"] in KNOWN_GAPS
        status = "ok  " if not bad and graph_ok else "GAP " if not bad and gap else "FAIL"
        failures += bool(bad) or not (graph_ok or gap)
        print(f"{status} {c['id']}  expected {c['expected']}{' missing ' + ','.join(sorted(want_missing)) if want_missing else ''}"
              f" | graph on derived facts: {outcome}{' missing ' + ','.join(sorted(missing)) if missing else ''}")
        if gap:
            print("    KNOWN GAP: " + KNOWN_GAPS[c["id"]])
        print("    supporting nodes: " + (", ".join(nodes) if nodes else "none"))
        print("\n".join(lines))
        others = {k: v for k, v in got.items() if k not in INTENDED[c["id"]]}
        if others:
            print("    other derived: " + ", ".join(f"{k}={json.dumps(v)}" for k, v in sorted(others.items())))
    shutil.rmtree(work, ignore_errors=True)
    print(f"\n{len(selected) - failures}/{len(selected)} cases derive the intended facts")
    return failures == 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="ingest each bundle and compare derived facts with the intended ones")
    ap.add_argument("--bin", default=os.environ.get("ONCOTWIN_BIN", os.path.join(REPO, "target", "debug", "oncotwin")), help="oncotwin binary for --check (default $ONCOTWIN_BIN or target/debug/oncotwin)")
    ap.add_argument("--case", action="append", default=[], help="only this case id (repeatable; --check)")
    args = ap.parse_args()
    write()
    if args.check:
        sys.exit(0 if check(args.bin, set(args.case)) else 1)
