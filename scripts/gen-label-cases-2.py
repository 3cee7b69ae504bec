#!/usr/bin/env python3
"""Second independent, held-out label-based eval set for the medical-necessity twin.

Writes tests/fixtures/necessity/label-cases-2.json ({"cases": [...]}, same schema as
cases.json / label-cases.json) and label-cases-2.md next to it. Stdlib only,
deterministic, no network.

Independence: the expected answers rest only on the FDA label (section 1, Indications
and Usage) of the requested drug and its pivotal trial. Neither the project's pathway
files, its FHIR reader, its case generator nor cases.json were read to write this set.
The drugs / situations were chosen to differ from the first label set
(scripts/gen-label-cases.py) where possible; some verified code tables and the bundle
layout follow that script.

The bundles imitate how different EHR feeds write oncology data, deliberately varied
from case to case (ICD-10-CM / SNOMED CT / both / text-only diagnoses, mCODE
Primary/SecondaryCancerCondition, Condition.stage summaries, TNM stage-group
Observations, LOINC-answer / SNOMED / percent / free-text markers, Genomics Reporting and
mCODE variants with one- and three-letter HGVS, a genomics DiagnosticReport, Medication
resources referenced from MedicationRequest, MedicationAdministration /
MedicationStatement / Procedure-coded prior therapy, collection and transaction
bundles). label-cases-2.md lists which case uses which encoding.

Usage: python3 scripts/gen-label-cases-2.py [--out PATH]
"""
import argparse
import json
import os
import re
import uuid

NS = uuid.UUID("2b7d9e41-8c3f-4a6e-b1d2-5f0e9c8a7b61")

LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
AJCC = "http://cancerstaging.org"
UCUM = "http://unitsofmeasure.org"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
GENOMICS = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"
USCORE = "http://hl7.org/fhir/us/core/StructureDefinition/"

# ---------------------------------------------------------------------------------
# RxNorm ingredient RXCUIs. Source unless noted: davidanderson3/rxnorm-ingredients,
# web/data/<letter>.json (commit a8fcf13), an extract of the RxNorm 2025-10-06 release
# RRF files (non-suppressed IN/PIN/MIN concepts). Every code of the first set that
# also appears there matches it (carboplatin 40048, durvalumab 1919503, sacituzumab
# 2360231, leuprolide 42375, ...). The "A" file of that extract is absent, so
# alectinib, anastrozole and abiraterone reuse the first set's verified codes.
# ---------------------------------------------------------------------------------
RX = {
    # services
    "ribociclib": "1873916",
    "neratinib": "1940643",
    "elacestrant": "2628469",
    "capivasertib": "2669967",
    "pertuzumab": "1298944",
    "sacituzumab": "2360231",
    "alectinib": "1727455",       # first set (RxNav-sourced ingredient table); A-file absent in the extract
    "osimertinib": "1721560",
    "nivolumab": "1597876",
    "dabrafenib": "1424911",
    "ramucirumab": "1535922",
    "ipilimumab": "1094833",
    "tucatinib": "2361285",
    "fruquintinib": "2670179",
    "tipiracil / trifluridine": "1670310",   # TTY=MIN (the Lonsurf combination concept)
    "capecitabine": "194000",
    "panitumumab": "263034",
    "enzalutamide": "1307298",
    "sipuleucel-T": "997261",
    "talazoparib": "2099704",
    "rucaparib": "1862579",
    "relugolix": "2472778",
    "abiraterone": "1100072",     # first set (RxNav-sourced ingredient table)
    # history / partners
    "trametinib": "1425099",
    "pemetrexed": "68446",
    "vinorelbine": "39541",
    "leucovorin": "6313",
    "prednisone": "8640",
    "degarelix": "475230",
    "letrozole": "72965",
    "anastrozole": "84857",       # first set
    "palbociclib": "1601374",
    "fulvestrant": "282357",
    "trastuzumab": "224905",
    "docetaxel": "72962",
    "carboplatin": "40048",
    "cisplatin": "2555",
    "paclitaxel": "56946",
    "pembrolizumab": "1547545",
    "oxaliplatin": "32592",
    "fluorouracil": "4492",
    "irinotecan": "51499",
    "bevacizumab": "253337",
    "cetuximab": "318341",
    "leuprolide": "42375",
}
HC = {
    # Genentech Access "TECENTRIQ Sample Coding": "Permanent HCPCS effective January 1, 2018
    # J9022 Injection, atezolizumab, 10 mg" (genentech-access.com reimbursement page).
    "atezolizumab": ("J9022", "Injection, atezolizumab, 10 mg"),
    # payerpolicy.org summary of Aetna CPB 0995: "HCPCS J9061 (amivantamab-vmjw, 2 mg per
    # unit)"; PEEHIP policy VP-0607 bills 875 units = 1750 mg (2 mg units).
    "amivantamab": ("J9061", "Injection, amivantamab-vmjw, 2 mg"),
}
UNVERIFIED = [
    "abemaciclib (RxNorm IN): the extract has no A-file and no stored source gave the ingredient RXCUI; "
    "monarchE adjuvant abemaciclib is replaced by ribociclib (NATALEE). Abemaciclib appears once as brand text only.",
    "apalutamide (RxNorm IN): not verified; nmCRPC / mCSPC ARPI cases use enzalutamide (EMBARK), "
    "abiraterone (mCRPC) and relugolix instead.",
    "atezolizumab and amivantamab (RxNorm IN): not verified; both services are written as HCPCS (J9022, J9061).",
]


def rx(name):
    return {"system": RXNORM, "code": RX[name], "display": name}


def hc(name):
    code, disp = HC[name]
    return {"system": HCPCS, "code": code, "display": disp}


def cc(codings=None, text=None):
    out = {}
    if codings:
        out["coding"] = [dict(zip(("system", "code", "display"), c)) if isinstance(c, tuple) else c for c in codings]
    if text:
        out["text"] = text
    return out


# --- answer / value codings (all verified; see comments) ------------------------------
POS = (SCT, "10828004", "Positive (qualifier value)")            # first set
NEG = (SCT, "260385009", "Negative (qualifier value)")           # first set
DETECTED = (SCT, "260373001", "Detected (qualifier value)")      # first set
NOT_DETECTED = (SCT, "260415000", "Not detected (qualifier value)")  # first set
LA_POS = (LOINC, "LA6576-8", "Positive")                         # first set
LA_NEG = (LOINC, "LA6577-6", "Negative")                         # first set
LA_PRESENT = (LOINC, "LA9633-4", "Present")                      # first set
LA_ABSENT = (LOINC, "LA9634-2", "Absent")                        # first set
HER2_IHC_ANS = {0: (LOINC, "LA6111-4", "0"), 1: (LOINC, "LA11841-6", "1+"),
                2: (LOINC, "LA11842-4", "2+"), 3: (LOINC, "LA11843-2", "3+")}  # first set
# Genomic source class answers for 48002-0 (Genomics Reporting IG examples; LinkML LOINC enum)
LA_GERMLINE = (LOINC, "LA6683-2", "Germline")
LA_SOMATIC = (LOINC, "LA6684-0", "Somatic")
LA_PATHOGENIC = (LOINC, "LA6668-3", "Pathogenic")                # clinical significance answer (53037-8)
# ECOG answers for 89247-1 (MII onkology CodeSystem / mCODE examples)
ECOG_LA = {0: ("LA9622-7", "Fully active, able to carry on all pre-disease performance without restriction"),
           1: ("LA9623-5", "Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature, e.g., light house work, office work"),
           2: ("LA9624-3", "Ambulatory and capable of all selfcare but unable to carry out any work activities. Up and about more than 50% of waking hours")}
# HGNC gene ids: first set, plus ESR1 3467, AKT1 391, PTEN 9588, ATM 795 (genenames-based tables in
# several public FHIR / ACMG repositories, e.g. a CodeSystem listing "HGNC:391 AKT1", "HGNC:795 ATM").
GENES = {"EGFR": "HGNC:3236", "KRAS": "HGNC:6407", "BRAF": "HGNC:1097", "ALK": "HGNC:427",
         "NRAS": "HGNC:7989", "PIK3CA": "HGNC:8975", "BRCA1": "HGNC:1100", "BRCA2": "HGNC:1101",
         "ERBB2": "HGNC:3430", "ESR1": "HGNC:3467", "AKT1": "HGNC:391", "PTEN": "HGNC:9588", "ATM": "HGNC:795"}


class Case:
    def __init__(self, n, cid, cancer, gender, birth, description, basis, date, service,
                 expected, missing=None, encodings=None, bundle_type="collection"):
        self.n, self.cid, self.cancer = n, cid, cancer
        self.meta = dict(description=description, basis=basis, date=date, service=service,
                         expected=expected, missing=missing or [])
        self.encodings = encodings or []
        self.bundle_type = bundle_type
        self.entries, self.k = [], 0
        pid = f"lab2-{n}"
        self.pat = self._add({"resourceType": "Patient", "gender": gender, "birthDate": birth,
                              "name": [{"family": "Heldout", "given": [pid]}],
                              "meta": {"profile": [USCORE + "us-core-patient"]}}, rid=pid)

    def _add(self, res, rid=None):
        if rid is None:
            self.k += 1
            rid = f"lab2-{self.n}-{self.k}"
        res["id"] = rid
        urn = "urn:uuid:" + str(uuid.uuid5(NS, f"{self.cid}/{rid}"))
        if res["resourceType"] not in ("Patient", "Medication"):
            res["subject"] = {"reference": self.pat}
        entry = {"fullUrl": urn, "resource": res}
        if self.bundle_type == "transaction":
            entry["request"] = {"method": "POST", "url": res["resourceType"]}
        self.entries.append(entry)
        return urn

    # -- conditions -------------------------------------------------------------
    def condition(self, codings=None, text=None, onset=None, profile=None, histology=None,
                  primary=None, category="problem-list-item", note=None, status="active",
                  body_site=None, stage_summary=None, stage_text=None, stage_assessment=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc([("http://terminology.hl7.org/CodeSystem/condition-clinical", status, None)]),
             "verificationStatus": cc([("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", None)]),
             "category": [cc([("http://terminology.hl7.org/CodeSystem/condition-category", category, None)])],
             "code": cc(codings, text)}
        for c in r["clinicalStatus"]["coding"] + r["verificationStatus"]["coding"] + r["category"][0]["coding"]:
            c.pop("display", None)
        if profile:
            r["meta"] = {"profile": [MCODE + profile]}
        ext = []
        if histology:
            ext.append({"url": MCODE + "mcode-histology-morphology-behavior",
                        "valueCodeableConcept": cc([histology])})
        if primary:
            ext.append({"url": MCODE + "mcode-related-primary-cancer-condition",
                        "valueReference": {"reference": primary}})
        if ext:
            r["extension"] = ext
        if body_site:
            r["bodySite"] = [cc([body_site])]
        if onset:
            r["onsetDateTime"] = onset
            r["recordedDate"] = onset
        if stage_summary or stage_text:
            st = {"summary": cc(stage_summary, stage_text)}
            if stage_assessment:
                st["assessment"] = [{"reference": stage_assessment}]
            r["stage"] = [st]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    # -- observations -----------------------------------------------------------
    def obs(self, codings, text, date, value=None, category="laboratory", profile=None,
            components=None, focus=None, method=None, note=None, interpretation=None):
        r = {"resourceType": "Observation", "status": "final",
             "category": [cc([("http://terminology.hl7.org/CodeSystem/observation-category", category, None)])],
             "code": cc(codings, text), "effectiveDateTime": date}
        r["category"][0]["coding"][0].pop("display")
        if profile:
            r["meta"] = {"profile": [profile if profile.startswith("http") else MCODE + profile]}
        if value is not None:
            r.update(val(value))
        if components:
            r["component"] = [dict(code=cc(*c[0]), **val(c[1])) for c in components]
        if focus:
            r["focus"] = [{"reference": focus}]
        if method:
            r["method"] = cc(None, method)
        if interpretation:
            r["interpretation"] = [cc([interpretation])]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def stage(self, date, value_codings, value_text, focus, pathological=False, profile=True):
        code = (LOINC, "21902-2", "Stage group.pathology Cancer") if pathological else (LOINC, "21908-9", "Stage group.clinical Cancer")
        prof = ("mcode-tnm-pathological-stage-group" if pathological else "mcode-tnm-clinical-stage-group") if profile else None
        return self.obs([code], None, date, ("cc", value_codings, value_text), category="survey",
                        profile=prof, focus=focus)

    def tnm(self, date, axis, value, focus, pathological=False):
        codes = {("T", False): ("21905-5", "Primary tumor.clinical Cancer"), ("N", False): ("21906-3", "Regional lymph nodes.clinical Cancer"),
                 ("M", False): ("21907-1", "Distant metastases.clinical Cancer"), ("T", True): ("21899-0", "Primary tumor.pathology Cancer"),
                 ("N", True): ("21900-6", "Regional lymph nodes.pathology Cancer"), ("M", True): ("21901-4", "Distant metastases.pathology Cancer")}
        c, d = codes[(axis, pathological)]
        prof = {"T": "mcode-tnm-primary-tumor-category", "N": "mcode-tnm-regional-nodes-category", "M": "mcode-tnm-distant-metastases-category"}[axis]
        return self.obs([(LOINC, c, d)], None, date, ("cc", [(AJCC, value, value)], value),
                        category="survey", profile=prof, focus=focus)

    def tumor_size(self, date, value, unit, focus, method=None):
        # LOINC 21889-1 "Size Tumor" (mCODE TumorSize profile examples)
        return self.obs([(LOINC, "21889-1", "Size Tumor")], None, date, ("q", value, unit, unit),
                        category="exam", profile="mcode-tumor-size", focus=focus, method=method)

    def marker(self, codings, text, date, value, focus=None, method=None, note=None):
        return self.obs(codings, text, date, value, profile="mcode-tumor-marker-test", focus=focus, method=method, note=note)

    def variant(self, date, gene, protein=None, dna=None, fusion=None, present=True, source=None,
                value_text=None, profile="genomics", focus=None, note=None, value_string=None,
                clin_sig=None, method=None):
        comps = [(([(LOINC, "48018-6", "Gene studied [ID]")], None), ("cc", [(HGNC, GENES[gene], gene)], gene))]
        if dna:
            comps.append((([(LOINC, "48004-6", "DNA change (c.HGVS)")], None), ("cc", [(HGVS, dna, dna)], dna)))
        if protein:
            comps.append((([(LOINC, "48005-3", "Amino acid change (pHGVS)")], None), ("cc", [(HGVS, protein, protein)], protein)))
        if fusion:
            comps.append((([(LOINC, "81252-9", "Discrete genetic variant")], None), ("cc", None, fusion)))
        if source:
            sc = {"germline": ("cc", [LA_GERMLINE], None), "somatic": ("cc", [LA_SOMATIC], None)}.get(source, ("cc", None, source))
            comps.append((([(LOINC, "48002-0", "Genomic source class [Type]")], None), sc))
        if clin_sig:
            comps.append((([(LOINC, "53037-8", "Genetic variation clinical significance [Imp]")], None), ("cc", [clin_sig], None)))
        prof = GENOMICS + "variant" if profile == "genomics" else MCODE + "mcode-genomic-variant"
        value = ("s", value_string) if value_string else ("cc", [LA_PRESENT if present else LA_ABSENT], value_text or ("Present" if present else "Absent"))
        return self.obs([(LOINC, "69548-6", "Genetic variant assessment")], None, date, value,
                        profile=prof, components=comps, focus=focus, note=note, method=method)

    def genomics_report(self, date, text, results, conclusion=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "meta": {"profile": [GENOMICS + "genomics-report"]},
             "category": [cc([(V2_0074, "GE", "Genetics")])],
             "code": cc(None, text), "effectiveDateTime": date, "issued": date + "T12:00:00Z",
             "result": [{"reference": u} for u in results]}
        if conclusion:
            r["conclusion"] = conclusion
        return self._add(r)

    def ecog(self, date, score, la=False):
        v = ("cc", [(LOINC, ECOG_LA[score][0], ECOG_LA[score][1])], None) if la else ("i", score)
        return self.obs([(LOINC, "89247-1", "ECOG Performance Status score")], None, date, v,
                        category="survey", profile="mcode-ecog-performance-status")

    def disease_status(self, date, worsened, focus, note=None):
        v = [(SCT, "271299001", "Patient's condition worsened (finding)")] if worsened else [(SCT, "359746009", "Patient's condition stable (finding)")]
        return self.obs([(LOINC, "97509-4", "Cancer disease progression")], None, date, ("cc", v, None),
                        category="exam", profile="mcode-cancer-disease-status", focus=focus, note=note)

    def lab(self, loinc, disp, date, value, unit):
        return self.obs([(LOINC, loinc, disp)], None, date, ("q", value, unit, unit),
                        profile=USCORE + "us-core-observation-lab")

    def text_obs(self, text, date, value, focus=None, category="laboratory", note=None):
        return self.obs(None, text, date, value, category=category, focus=focus, note=note)

    # -- treatments -------------------------------------------------------------
    def medication(self, codings, text):
        return self._add({"resourceType": "Medication", "code": cc(codings, text)})

    def med(self, kind, codings, text, start, end=None, status="completed", reason=None, note=None, med_ref=None):
        code = cc(codings, text)
        medx = {"medicationReference": {"reference": med_ref}} if med_ref else {"medicationCodeableConcept": code}
        if kind == "admin":
            r = {"resourceType": "MedicationAdministration", "status": status, **medx,
                 "effectivePeriod": {"start": start, "end": end or start}}
            if reason:
                r["reasonReference"] = [{"reference": reason}]
        elif kind == "request":
            r = {"resourceType": "MedicationRequest", "status": status, "intent": "order", **medx, "authoredOn": start}
            if end:
                r["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
            if reason:
                r["reasonReference"] = [{"reference": reason}]
        else:
            r = {"resourceType": "MedicationStatement", "status": status, **medx,
                 "effectivePeriod": {"start": start, "end": end} if end else {"start": start}}
            if reason:
                r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def proc(self, codings, text, date, reason=None, status="completed", note=None, end=None):
        r = {"resourceType": "Procedure", "status": status, "code": cc(codings, text)}
        if end:
            r["performedPeriod"] = {"start": date, "end": end}
        else:
            r["performedDateTime"] = date
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def link_stage(self, cond_urn, obs_urn):
        """Point Condition.stage[0].assessment at a stage-group Observation written later."""
        for e in self.entries:
            if e["fullUrl"] == cond_urn:
                e["resource"]["stage"][0]["assessment"] = [{"reference": obs_urn}]
                return
        raise KeyError(cond_urn)

    def to_json(self):
        m = self.meta
        out = {"id": self.cid, "cancer": self.cancer, "description": m["description"], "basis": m["basis"],
               "date": m["date"], "service": m["service"], "expected": m["expected"]}
        if m["expected"] == "needs-documentation":
            out["expected_missing"] = m["missing"]
        out["bundle"] = {"resourceType": "Bundle", "id": f"lab2-{self.n}-bundle", "type": self.bundle_type, "entry": self.entries}
        return out


def val(v):
    kind = v[0]
    if kind == "cc":
        return {"valueCodeableConcept": cc(v[1], v[2])}
    if kind == "q":
        return {"valueQuantity": {"value": v[1], "unit": v[2], "system": UCUM, "code": v[3]}}
    if kind == "s":
        return {"valueString": v[1]}
    if kind == "i":
        return {"valueInteger": v[1]}
    raise ValueError(kind)


PCT = lambda x: ("q", x, "%", "%")

# ---------------------------------------------------------------------------------
# Shared codings (first set unless a comment says otherwise)
# ---------------------------------------------------------------------------------
NSCLC_SCT = (SCT, "254637007", "Non-small cell lung cancer (disorder)")
LUAD_SCT = (SCT, "254626006", "Adenocarcinoma of lung (disorder)")
ADENO_HIST = (SCT, "35917007", "Adenocarcinoma, no subtype specified (morphologic abnormality)")
IDC_HIST = (SCT, "82711006", "Infiltrating duct carcinoma (morphologic abnormality)")
BREAST_SCT = (SCT, "254837009", "Malignant neoplasm of breast (disorder)")
COLON_SCT = (SCT, "363406005", "Malignant neoplasm of colon (disorder)")
RECTUM_SCT = (SCT, "363351006", "Malignant neoplasm of rectum (disorder)")
PROSTATE_SCT = (SCT, "399068003", "Malignant tumor of prostate (disorder)")
BONE_MET = [(SCT, "94222008", "Secondary malignant neoplasm of bone (disorder)"), (ICD10, "C79.51", "Secondary malignant neoplasm of bone")]
LIVER_MET = [(SCT, "94381002", "Secondary malignant neoplasm of liver (disorder)"), (ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")]
HRPC = [(SCT, "427492003", "Hormone refractory prostate cancer (disorder)"), (ICD10, "Z19.2", "Hormone resistant malignancy status")]
STG = {"1": (SCT, "258215001", "Stage 1 (qualifier value)"), "2": (SCT, "258219007", "Stage 2 (qualifier value)"),
       "3": (SCT, "258224005", "Stage 3 (qualifier value)"), "4": (SCT, "258228008", "Stage 4 (qualifier value)")}
ER = [(LOINC, "16112-5", "Estrogen receptor [Interpretation] in Tissue")]
ER2 = [(LOINC, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")]
PR = [(LOINC, "16113-3", "Progesterone receptor [Interpretation] in Tissue")]
PR2 = [(LOINC, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")]
HER2_IHC = [(LOINC, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")]
HER2_INT = [(LOINC, "48676-1", "HER2 [Interpretation] in Tissue")]
HER2_ISH = [(LOINC, "85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH")]
KI67 = [(LOINC, "85330-9", "Cells.Ki-67 nuclear Ag/100 cells in Breast cancer specimen by Immune stain")]
PDL1 = [(LOINC, "85147-9", "PD-L1 by clone 22C3 [Interpretation] in Cancer specimen by Immune stain")]
MSI = [(LOINC, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")]
PSA = ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")
TESTO = ("2986-8", "Testosterone [Mass/volume] in Serum or Plasma")
GLEASON = [(LOINC, "35266-6", "Gleason score in Specimen Qualitative")]
MENSES = [(LOINC, "8678-5", "Menstrual status")]
NODES_POS = [(LOINC, "21893-3", "Regional lymph nodes positive [#] in Specimen")]
NODES_EX = [(LOINC, "21894-1", "Regional lymph nodes examined [#] in Specimen")]
# ICD-10-CM codes new in this set
ER_POS_STATUS = (ICD10, "Z17.0", "Estrogen receptor positive status [ER+]")          # seen in coded EHR samples (OpenEMR problem list, PA fixtures)
RISING_PSA = (ICD10, "R97.21", "Rising PSA following treatment for malignant neoplasm of prostate")  # VistA encounter form + several C61/Z19/R97.21 cohort queries
NEOPLASM_PAIN = (ICD10, "G89.3", "Neoplasm related pain (acute) (chronic)")        # coding-exercise key "G89.3, C34.12" and pain code lists
TRANSVERSE = (ICD10, "C18.4", "Malignant neoplasm of transverse colon")             # Vectibix office billing sheet example "C18.4"
# Procedures new in this set
VATS_LOBE = (CPT, "32663", "Thoracoscopy, surgical; with lobectomy (single lobe)")  # AMA descriptor quoted on case2code.codingahead.com
RALP = (CPT, "55866", "Laparoscopy, surgical prostatectomy, retropubic radical, including nerve sparing, includes robotic assistance, when performed")  # medibillmd / pabau CPT 55866 guides
RADPROST_SCT = (SCT, "26294005", "Radical prostatectomy (procedure)")              # MII onkology FHIR example (code.coding[sct])
LUMPECTOMY_SCT = (SCT, "392021009", "Lumpectomy of breast (procedure)")            # first set
MASTECTOMY = (CPT, "19303", "Mastectomy, simple, complete")                          # first set
PARTIAL_MAST = (CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")  # first set

CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


def no_egfr_alk(c, date, focus, profile="genomics"):
    c.variant(date, "EGFR", present=False, value_text="No EGFR mutation detected (exons 18-21)", profile=profile, focus=focus)
    c.variant(date, "ALK", present=False, value_text="ALK rearrangement not detected", profile=profile, focus=focus)


def folfox(c, kind, dates, focus, bev=False):
    for d in dates:
        c.med(kind, [rx("oxaliplatin")], None, d, reason=focus)
        c.med(kind, [rx("fluorouracil")], None, d, reason=focus)
        c.med(kind, [rx("leucovorin")], None, d, reason=focus)
        if bev:
            c.med(kind, [rx("bevacizumab")], None, d, reason=focus)


def folfiri(c, kind, dates, focus, partner=None):
    for d in dates:
        c.med(kind, [rx("irinotecan")], None, d, reason=focus)
        c.med(kind, [rx("fluorouracil")], None, d, reason=focus)
        c.med(kind, None, "Leucovorin calcium 400 mg/m2 IV", d, reason=focus)
        if partner:
            c.med(kind, [rx(partner)], None, d, reason=focus)


def psa_series(c, pairs):
    for d, v in pairs:
        c.lab(PSA[0], PSA[1], d, v, "ng/mL")


# =================================================================================
# NSCLC
# =================================================================================
c = case(1, "lab2-nsclc-alectinib-adjuvant-alk-stage2b", "nsclc", "female", "1968-02-14",
         "Resected stage IIB lung adenocarcinoma (VATS lobectomy, pT2b 4.6 cm, pN1), ALK-positive by D5F3 IHC: adjuvant alectinib",
         "FDA label ALECENSA 1 Indications (2024): adjuvant treatment in adult patients following tumor resection of ALK-positive NSCLC (tumors >= 4 cm or node positive), as detected by an FDA-approved test; ALINA (NEJM 2024)",
         "2024-07-30", rx("alectinib"), "supported",
         encodings=["mCODE PrimaryCancerCondition + histology + Condition.stage.summary AJCC 'IIB'", "VATS lobectomy CPT 32663",
                    "tumor size 21889-1 valueQuantity cm", "pathological T/N categories + stage group 21902-2", "ALK IHC as text-coded Observation valueString", "ECOG LA9623-5"])
p = c.condition([LUAD_SCT, (ICD10, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")], None, "2024-05-06",
                profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis",
                stage_summary=[(AJCC, "IIB", "Stage IIB")], stage_text="pT2b pN1 M0, stage IIB (AJCC 8th)")
c.proc([VATS_LOBE], "VATS right upper lobectomy with mediastinal lymph node dissection", "2024-06-11", reason=p)
c.tumor_size("2024-06-18", 4.6, "cm", p)
c.tnm("2024-06-18", "T", "pT2b", p, pathological=True)
c.tnm("2024-06-18", "N", "pN1", p, pathological=True)
c.stage("2024-06-18", [(AJCC, "IIB", "IIB")], "Stage IIB", p, pathological=True)
c.text_obs("ALK (D5F3) immunohistochemistry, resection specimen", "2024-06-25", ("s", "POSITIVE - strong granular cytoplasmic staining in tumor cells"), focus=p)
c.ecog("2024-07-16", 1, la=True)

c = case(2, "lab2-nsclc-alectinib-adjuvant-stage1a", "nsclc", "male", "1961-09-03",
         "Resected stage IA2 lung adenocarcinoma (1.8 cm, pT1b pN0, 0/14 nodes), EML4-ALK fusion: adjuvant alectinib requested",
         "FDA label ALECENSA 1 Indications: the adjuvant indication is limited to resected ALK-positive NSCLC with tumors >= 4 cm or node positive (ALINA enrolled stage IB >= 4 cm to IIIA); a 1.8 cm node-negative tumor contradicts the gate, and the metastatic indication does not apply",
         "2024-10-22", rx("alectinib"), "refer-to-reviewer",
         encodings=["Condition ICD-10-CM only", "lobectomy as text-only Procedure", "tumor size 21889-1 in mm", "stage 21902-2 AJCC 'IA2'", "ALK fusion via Genomics Reporting variant + 81252-9 text", "node counts 21893-3 / 21894-1"])
p = c.condition([(ICD10, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")], None, "2024-07-15")
c.proc(None, "Left upper lobectomy (robotic) with systematic nodal dissection", "2024-08-20", reason=p)
c.tumor_size("2024-08-27", 18, "mm", p)
c.tnm("2024-08-27", "T", "pT1b", p, pathological=True)
c.tnm("2024-08-27", "N", "pN0", p, pathological=True)
c.obs(NODES_POS, None, "2024-08-27", ("i", 0), focus=p)
c.obs(NODES_EX, None, "2024-08-27", ("i", 14), focus=p)
c.stage("2024-08-27", [(AJCC, "IA2", "IA2")], "pT1b pN0, stage IA2", p, pathological=True)
c.variant("2024-09-16", "ALK", fusion="EML4::ALK fusion (variant 1, E13;A20)", value_text="ALK fusion detected", focus=p)

c = case(3, "lab2-nsclc-osimertinib-adjuvant-ex19del", "nsclc", "female", "1959-11-21",
         "Resected stage IIIA lung adenocarcinoma (pT2a pN2) with EGFR exon 19 deletion p.Glu746_Ala750del, four cycles of adjuvant cisplatin-pemetrexed completed: adjuvant osimertinib",
         "FDA label TAGRISSO 1 Indications: adjuvant therapy after tumor resection in adult patients with NSCLC whose tumors have EGFR exon 19 deletions or exon 21 L858R mutations, as detected by an FDA-approved test; ADAURA (NEJM 2020)",
         "2024-03-26", rx("osimertinib"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "pathological stage group SNOMED 258224005 with text 'IIIA'", "EGFR three-letter HGVS deletion + c.HGVS, genomic source LA6684-0", "adjuvant chemo MedicationAdministration RxNorm (pemetrexed coded)", "ECOG valueInteger"])
p = c.condition([LUAD_SCT, (ICD10, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung")], "Adenocarcinoma of right lower lobe", "2023-09-04")
c.proc([VATS_LOBE], "VATS right lower lobectomy", "2023-10-10", reason=p)
c.tnm("2023-10-17", "T", "pT2a", p, pathological=True)
c.tnm("2023-10-17", "N", "pN2", p, pathological=True)
c.stage("2023-10-17", [STG["3"]], "Stage IIIA (pT2a pN2 M0)", p, pathological=True)
c.variant("2023-10-30", "EGFR", protein="p.Glu746_Ala750del", dna="NM_005228.5:c.2235_2249del", source="somatic",
          value_text="EGFR exon 19 deletion detected", focus=p)
for d in ("2023-11-13", "2023-12-04", "2023-12-26", "2024-01-16"):
    c.med("admin", [rx("cisplatin")], None, d, reason=p)
    c.med("admin", [rx("pemetrexed")], None, d, reason=p)
c.disease_status("2024-03-05", False, p, note="Post-adjuvant CT chest: no evidence of recurrence")
c.ecog("2024-03-12", 0)

c = case(4, "lab2-nsclc-osimertinib-adjuvant-egfr-untested", "nsclc", "male", "1957-04-08",
         "Resected stage IIA lung adenocarcinoma after adjuvant carboplatin-pemetrexed; EGFR testing sent but no result in the record: adjuvant osimertinib",
         "FDA label TAGRISSO 1 Indications: every indication requires an EGFR exon 19 deletion or L858R (adjuvant, first line) or T790M; the EGFR result is absent from the record",
         "2024-05-14", rx("osimertinib"), "needs-documentation", missing=["egfr"],
         encodings=["Condition text only", "pathological stage AJCC 'IIA' without profile", "adjuvant chemo MedicationStatement RxNorm", "PD-L1 85147-9 valueQuantity (irrelevant marker)", "transaction Bundle"],
         bundle_type="transaction")
p = c.condition(None, "Adenocarcinoma of left lower lobe of lung, status post lobectomy", "2023-12-11")
c.proc([VATS_LOBE], None, "2024-01-09", reason=p)
c.stage("2024-01-16", [(AJCC, "IIA", "IIA")], None, p, pathological=True, profile=False)
c.marker(PDL1, None, "2024-01-16", PCT(10), focus=p)
c.text_obs("Lung cancer molecular panel (EGFR/ALK/ROS1)", "2024-01-18", ("s", "Sent to reference laboratory; result pending"), focus=p)
c.med("statement", [rx("carboplatin")], None, "2024-02-05", "2024-04-08", reason=p)
c.med("statement", [rx("pemetrexed")], None, "2024-02-05", "2024-04-08", reason=p)

c = case(5, "lab2-nsclc-atezolizumab-adjuvant-pdl1-sp263", "nsclc", "male", "1954-12-30",
         "Resected stage IIB NSCLC (pT3 5.5 cm, pN0), four cycles adjuvant cisplatin-vinorelbine, PD-L1 SP263 40 % tumor cells: adjuvant atezolizumab (HCPCS J9022)",
         "FDA label TECENTRIQ 1 Indications (NSCLC): adjuvant treatment following resection and platinum-based chemotherapy for adults with stage II to IIIA NSCLC whose tumors have PD-L1 expression on >= 1 % of tumor cells, as determined by an FDA-approved test; IMpower010 (Lancet 2021)",
         "2024-02-20", hc("atezolizumab"), "supported",
         encodings=["service HCPCS J9022", "Condition SNOMED only", "PD-L1 SP263 as text-only code with valueQuantity %", "vinorelbine / cisplatin MedicationAdministration RxNorm", "tumor size 21889-1"])
p = c.condition([NSCLC_SCT], None, "2023-07-10")
c.proc([VATS_LOBE], "VATS left upper lobectomy", "2023-08-15", reason=p)
c.tumor_size("2023-08-22", 5.5, "cm", p)
c.tnm("2023-08-22", "T", "pT3", p, pathological=True)
c.tnm("2023-08-22", "N", "pN0", p, pathological=True)
c.stage("2023-08-22", [(AJCC, "IIB", "Stage IIB")], None, p, pathological=True)
c.marker(None, "PD-L1 (VENTANA SP263) % tumor cells with membrane staining", "2023-08-29", PCT(40), focus=p)
for d in ("2023-09-18", "2023-10-09", "2023-10-30", "2023-11-20"):
    c.med("admin", [rx("cisplatin")], None, d, reason=p)
    c.med("admin", [rx("vinorelbine")], None, d, reason=p)
c.disease_status("2024-01-30", False, p)
c.ecog("2024-02-06", 1)

c = case(6, "lab2-nsclc-atezolizumab-adjuvant-pdl1-missing", "nsclc", "female", "1962-06-17",
         "Resected stage IIIA NSCLC after adjuvant cisplatin-pemetrexed, no PD-L1 result anywhere in the record: adjuvant atezolizumab (HCPCS J9022)",
         "FDA label TECENTRIQ 1 Indications: the adjuvant indication requires PD-L1 on >= 1 % of tumor cells (IMpower010); PD-L1 status is not documented",
         "2024-06-18", hc("atezolizumab"), "needs-documentation", missing=["pdl1"],
         encodings=["service HCPCS J9022", "Condition ICD-10-CM only with Condition.stage.summary AJCC 'IIIA' (no stage Observation)", "chemo MedicationRequest completed RxNorm", "lobectomy CPT 32663"])
p = c.condition([(ICD10, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung")], None, "2023-11-06",
                stage_summary=[(AJCC, "IIIA", "IIIA")], stage_text="pT3 pN1 (stage IIIA)")
c.proc([VATS_LOBE], None, "2023-12-12", reason=p)
c.med("request", [rx("cisplatin")], None, "2024-01-15", "2024-04-01", reason=p)
c.med("request", [rx("pemetrexed")], None, "2024-01-15", "2024-04-01", reason=p)
c.ecog("2024-05-28", 0, la=True)

c = case(7, "lab2-nsclc-nivolumab-neoadjuvant-stage3a", "nsclc", "male", "1958-08-25",
         "Resectable clinical stage IIIA NSCLC (cT3 5.6 cm, cN1, cM0), EGFR/ALK negative, tumor board: neoadjuvant chemo-immunotherapy then lobectomy: nivolumab with carboplatin-paclitaxel",
         "FDA label OPDIVO 1 Indications (NSCLC): with platinum-doublet chemotherapy as neoadjuvant treatment of adults with resectable (tumors >= 4 cm or node positive) NSCLC (CheckMate 816, NEJM 2022); perioperative use additionally requires no known EGFR mutations or ALK rearrangements (CheckMate 77T)",
         "2024-11-19", rx("nivolumab"), "supported",
         encodings=["mCODE PrimaryCancerCondition + bodySite", "clinical stage 21908-9 AJCC 'IIIA' + cT/cN/cM", "EGFR/ALK Absent as mCODE GenomicVariant", "tumor board note as text Observation", "partner chemo MedicationRequest active", "ECOG LA9622-7"])
p = c.condition([NSCLC_SCT, (ICD10, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")], None, "2024-09-30",
                profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis",
                body_site=(SCT, "44714003", "Left upper lobe of lung"))
c.tumor_size("2024-10-07", 5.6, "cm", p)
c.tnm("2024-10-14", "T", "cT3", p)
c.tnm("2024-10-14", "N", "cN1", p)
c.tnm("2024-10-14", "M", "cM0", p)
c.stage("2024-10-14", [(AJCC, "IIIA", "Stage IIIA")], None, p)
no_egfr_alk(c, "2024-10-21", p, profile="mcode")
c.marker(PDL1, None, "2024-10-21", PCT(5), focus=p)
c.text_obs("Thoracic tumor board recommendation", "2024-11-04", ("s", "Resectable (lobectomy feasible). Plan: 3 cycles neoadjuvant nivolumab + carboplatin/paclitaxel, then surgery."), focus=p, category="exam")
c.ecog("2024-11-04", 0, la=True)
c.med("request", [rx("carboplatin")], "carboplatin AUC 6 q3w x3 (neoadjuvant)", "2024-11-18", status="active", reason=p)
c.med("request", [rx("paclitaxel")], "paclitaxel 200 mg/m2 q3w x3 (neoadjuvant)", "2024-11-18", status="active", reason=p)

c = case(8, "lab2-nsclc-dabrafenib-braf-v600e", "nsclc", "female", "1953-05-12",
         "Metastatic lung adenocarcinoma (liver), BRAF p.V600E on tissue NGS (genomics DiagnosticReport), untreated: dabrafenib with trametinib",
         "FDA label TAFINLAR 1 Indications: in combination with trametinib for adult patients with metastatic NSCLC with BRAF V600E mutation as detected by an FDA-approved test; BRF113928 (Lancet Oncol 2016/2017)",
         "2024-04-09", rx("dabrafenib"), "supported",
         encodings=["Condition text only", "liver metastasis SNOMED + ICD-10", "stage SNOMED 258228008", "DiagnosticReport (genomics-report, category GE) grouping BRAF p.V600E + EGFR/ALK Absent", "trametinib MedicationRequest draft"])
p = c.condition(None, "Metastatic adenocarcinoma of right lung to liver", "2024-02-19")
c.condition(LIVER_MET, None, "2024-02-19")
c.stage("2024-02-26", [STG["4"]], None, p)
v1 = c.variant("2024-03-18", "BRAF", protein="p.V600E", dna="c.1799T>A", source="somatic", focus=p)
v2 = c.variant("2024-03-18", "EGFR", present=False, value_text="No EGFR mutation detected", focus=p)
v3 = c.variant("2024-03-18", "ALK", present=False, value_text="No ALK fusion detected", focus=p)
c.genomics_report("2024-03-18", "Comprehensive genomic profiling, tissue (DNA/RNA NGS)", [v1, v2, v3],
                  conclusion="BRAF V600E (c.1799T>A) detected, VAF 31%. No EGFR, ALK, ROS1, RET, MET exon 14 alterations.")
c.ecog("2024-03-25", 1)
c.med("request", [rx("trametinib")], "trametinib 2 mg PO daily", "2024-04-08", status="draft", reason=p)

c = case(9, "lab2-nsclc-dabrafenib-braf-untested", "nsclc", "male", "1965-03-03",
         "Stage IVA lung adenocarcinoma, EGFR PCR and ALK IHC negative, broad NGS not resulted (no BRAF status): dabrafenib + trametinib requested",
         "FDA label TAFINLAR 1 Indications (NSCLC): BRAF V600E mutation required; BRAF status is not documented",
         "2024-08-27", rx("dabrafenib"), "needs-documentation", missing=["braf"],
         encodings=["Condition SNOMED + ICD-10 + text", "stage 21908-9 AJCC 'IVA'", "EGFR/ALK as text-coded Observations", "PD-L1 85147-9 valueString 'TPS <1%'"])
p = c.condition([LUAD_SCT, (ICD10, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung")], "Adenocarcinoma of right lower lobe", "2024-06-24")
c.stage("2024-06-28", [(AJCC, "IVA", "IVA")], "Stage IVA (pleural effusion)", p)
c.text_obs("EGFR mutation analysis (real-time PCR)", "2024-07-10", ("s", "No EGFR mutation detected"), focus=p)
c.text_obs("ALK (D5F3) IHC", "2024-07-10", ("s", "Negative"), focus=p)
c.marker(PDL1, None, "2024-07-10", ("s", "TPS <1%"), focus=p)
c.text_obs("NGS solid tumor panel", "2024-07-12", ("s", "Insufficient tumor content - not resulted"), focus=p)

c = case(10, "lab2-nsclc-dabrafenib-braf-g469a", "nsclc", "female", "1960-10-09",
         "Metastatic NSCLC with BRAF p.Gly469Ala (class II, non-V600) after carboplatin-pemetrexed-pembrolizumab: dabrafenib + trametinib requested",
         "FDA label TAFINLAR 1 Indications (NSCLC): BRAF V600E only; a non-V600 BRAF variant contradicts the gate",
         "2024-12-10", rx("dabrafenib"), "refer-to-reviewer",
         encodings=["Condition ICD-10-CM only", "stage AJCC 'IVB'", "BRAF three-letter HGVS mCODE GenomicVariant", "prior therapy MedicationStatement completed RxNorm"])
p = c.condition([(ICD10, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")], None, "2023-11-13")
c.stage("2023-11-17", [(AJCC, "IVB", "IVB")], None, p)
c.variant("2023-12-04", "BRAF", protein="p.Gly469Ala", dna="c.1406G>C", profile="mcode", focus=p)
c.med("statement", [rx("carboplatin")], None, "2023-12-18", "2024-03-04", reason=p)
c.med("statement", [rx("pemetrexed")], None, "2023-12-18", "2024-10-21", status="stopped", reason=p)
c.med("statement", [rx("pembrolizumab")], None, "2023-12-18", "2024-10-21", status="stopped", reason=p)
c.disease_status("2024-11-04", True, p)

c = case(11, "lab2-nsclc-amivantamab-ex20ins-after-platinum", "nsclc", "male", "1966-07-27",
         "Metastatic lung adenocarcinoma with EGFR exon 20 insertion p.Ser768_Asp770dup, progressed after carboplatin-pemetrexed: amivantamab (HCPCS J9061)",
         "FDA label RYBREVANT 1 Indications: adult patients with locally advanced or metastatic NSCLC with EGFR exon 20 insertion mutations, as detected by an FDA-approved test, whose disease has progressed on or after platinum-based chemotherapy (CHRYSALIS); the 2024 label adds first-line use with carboplatin-pemetrexed (PAPILLON)",
         "2024-07-16", hc("amivantamab"), "supported",
         encodings=["service HCPCS J9061", "Condition SNOMED + ICD-10 + text", "EGFR exon 20 dup HGVS + value text", "chemo MedicationAdministration via Medication resource (medicationReference)", "ECOG LA9623-5"])
p = c.condition([LUAD_SCT, (ICD10, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")], "Adenocarcinoma of left upper lobe, metastatic", "2023-10-02")
c.stage("2023-10-06", [(AJCC, "IV", "Stage IV")], None, p)
c.variant("2023-10-23", "EGFR", protein="p.Ser768_Asp770dup", dna="c.2303_2311dup", value_text="EGFR exon 20 insertion detected", focus=p)
mc = c.medication([rx("carboplatin")], "CARBOplatin 10 mg/mL injection")
mp = c.medication([rx("pemetrexed")], "PEMEtrexed 500 mg injection")
for d in ("2023-11-06", "2023-11-27", "2023-12-18", "2024-01-08"):
    c.med("admin", None, None, d, reason=p, med_ref=mc)
    c.med("admin", None, None, d, reason=p, med_ref=mp)
for d in ("2024-01-29", "2024-02-19", "2024-03-11", "2024-04-01", "2024-04-22", "2024-05-13"):
    c.med("admin", None, None, d, reason=p, med_ref=mp)
c.disease_status("2024-06-17", True, p, note="New bilateral lung nodules and adrenal metastasis")
c.ecog("2024-06-24", 1, la=True)

c = case(12, "lab2-nsclc-ramucirumab-first-line-untreated", "nsclc", "male", "1952-02-29",
         "Newly diagnosed metastatic NSCLC, EGFR/ALK negative, PD-L1 TPS 10 %, no prior systemic therapy: ramucirumab with docetaxel requested first line",
         "FDA label CYRAMZA 1 Indications (NSCLC): with docetaxel for metastatic NSCLC with disease progression on or after platinum-based chemotherapy (REVEL, Lancet 2014); first-line use is labeled only with erlotinib for EGFR exon 19 deletion / L858R (RELAY). An untreated EGFR-negative patient contradicts both",
         "2024-03-05", rx("ramucirumab"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "stage SNOMED 258228008", "EGFR/ALK Absent Genomics Reporting", "PD-L1 valueQuantity %", "docetaxel MedicationRequest draft"])
p = c.condition([NSCLC_SCT], None, "2024-01-22")
c.stage("2024-01-26", [STG["4"]], None, p)
no_egfr_alk(c, "2024-02-12", p)
c.marker(PDL1, None, "2024-02-12", PCT(10), focus=p)
c.ecog("2024-02-20", 1)
c.med("request", [rx("docetaxel")], "docetaxel 75 mg/m2 q3w", "2024-03-04", status="draft", reason=p)


# =================================================================================
# Breast
# =================================================================================
def hr(c, date, focus, er, pr, style="sct"):
    if style == "sct":
        c.marker(ER, None, date, ("cc", [POS if er else NEG], "Positive" if er else "Negative"), focus=focus)
        c.marker(PR, None, date, ("cc", [POS if pr else NEG], "Positive" if pr else "Negative"), focus=focus)
    elif style == "la":
        c.marker(ER2, None, date, ("cc", [LA_POS if er else LA_NEG], None), focus=focus)
        c.marker(PR2, None, date, ("cc", [LA_POS if pr else LA_NEG], None), focus=focus)
    else:
        c.marker(ER2, "ER (SP1) % nuclei staining", date, PCT(95 if er else 0), focus=focus)
        c.marker(PR2, "PR (1E2) % nuclei staining", date, PCT(60 if pr else 0), focus=focus)


def postmenopausal(c, date, text="Postmenopausal"):
    c.obs(MENSES, None, date, ("cc", None, text), category="social-history")


c = case(13, "lab2-breast-ribociclib-adjuvant-stage2b", "breast", "female", "1966-03-09",
         "Early HR+/HER2- breast cancer, mastectomy pT2 (3.2 cm) pN1a (2/12 nodes), stage IIB, Ki-67 25 %, on adjuvant letrozole: adjuvant ribociclib",
         "FDA label KISQALI 1.1 Indications (09/2024): with an aromatase inhibitor for the adjuvant treatment of adults with HR-positive, HER2-negative stage II and III early breast cancer at high risk of recurrence; NATALEE (NEJM 2024)",
         "2024-11-12", rx("ribociclib"), "supported",
         encodings=["mCODE PrimaryCancerCondition + Condition.stage.summary AJCC 'IIB' + assessment reference", "ER+ also as ICD-10-CM Z17.0 Condition", "ER/PR SNOMED", "HER2 IHC LA11841-6 + ISH SNOMED Negative", "Ki-67 85330-9 %", "mastectomy CPT 19303", "menopause 8678-5 text"])
p0 = c.condition([BREAST_SCT, (ICD10, "C50.911", "Malignant neoplasm of unspecified site of right female breast")], None, "2024-07-01",
                 profile="mcode-primary-cancer-condition", histology=IDC_HIST, category="encounter-diagnosis",
                 stage_summary=[(AJCC, "IIB", "Stage IIB")])
c.condition([ER_POS_STATUS], None, "2024-07-01")
hr(c, "2024-07-03", p0, True, True)
c.marker(HER2_IHC, None, "2024-07-03", ("cc", [HER2_IHC_ANS[1]], None), focus=p0)
c.marker(HER2_ISH, None, "2024-07-08", ("cc", [NEG], "Not amplified"), focus=p0)
c.marker(KI67, None, "2024-07-03", PCT(25), focus=p0)
c.proc([MASTECTOMY], "Right mastectomy with axillary dissection", "2024-08-06", reason=p0)
c.tumor_size("2024-08-13", 3.2, "cm", p0)
c.tnm("2024-08-13", "T", "pT2", p0, pathological=True)
c.tnm("2024-08-13", "N", "pN1a", p0, pathological=True)
c.obs(NODES_POS, None, "2024-08-13", ("i", 2), focus=p0)
c.obs(NODES_EX, None, "2024-08-13", ("i", 12), focus=p0)
c.link_stage(p0, c.stage("2024-08-13", [(AJCC, "IIB", "IIB")], None, p0, pathological=True))
postmenopausal(c, "2024-07-01", "Postmenopausal (LMP 2016)")
c.med("request", [rx("letrozole")], "letrozole 2.5 mg PO daily", "2024-10-01", status="active", reason=p0)

c = case(14, "lab2-breast-ribociclib-adjuvant-stage1", "breast", "female", "1963-12-01",
         "Early HR+/HER2- breast cancer, lumpectomy pT1c (1.4 cm) pN0(sn) 0/3, stage IA, grade 2, Ki-67 10 %, on anastrozole: adjuvant ribociclib requested",
         "FDA label KISQALI 1.1 Indications: adjuvant use is limited to stage II and III early breast cancer at high risk of recurrence (NATALEE excluded stage I); stage IA contradicts the gate and the advanced/metastatic indication does not apply",
         "2024-12-03", rx("ribociclib"), "refer-to-reviewer",
         encodings=["Condition ICD-10-CM only", "lumpectomy SNOMED 392021009", "stage 21902-2 SNOMED 258215001 with text 'IA'", "ER/PR valueQuantity %", "HER2 IHC valueString '0'", "Ki-67 %"])
p = c.condition([(ICD10, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")], None, "2024-08-05")
hr(c, "2024-08-07", p, True, True, "pct")
c.marker(HER2_IHC, None, "2024-08-07", ("s", "0"), focus=p)
c.marker(KI67, None, "2024-08-07", PCT(10), focus=p)
c.proc([LUMPECTOMY_SCT], "Left lumpectomy + sentinel lymph node biopsy", "2024-09-03", reason=p)
c.tumor_size("2024-09-10", 14, "mm", p)
c.tnm("2024-09-10", "T", "pT1c", p, pathological=True)
c.tnm("2024-09-10", "N", "pN0(sn)", p, pathological=True)
c.obs(NODES_POS, None, "2024-09-10", ("i", 0), focus=p)
c.obs(NODES_EX, None, "2024-09-10", ("i", 3), focus=p)
c.stage("2024-09-10", [STG["1"]], "IA", p, pathological=True)
c.med("statement", [rx("anastrozole")], None, "2024-10-15", status="active", reason=p)

c = case(15, "lab2-breast-neratinib-extended-adjuvant", "breast", "female", "1971-07-22",
         "Early HER2-positive (IHC 3+) ER+ breast cancer, lumpectomy pT2 pN0 (stage IIA), adjuvant docetaxel-carboplatin-trastuzumab then trastuzumab to one year (completed 2024-01-30), on letrozole: extended adjuvant neratinib",
         "FDA label NERLYNX 1 Indications: as a single agent for the extended adjuvant treatment of adult patients with early-stage HER2-positive breast cancer, to follow adjuvant trastuzumab-based therapy; ExteNET (Lancet Oncol 2016)",
         "2024-04-16", rx("neratinib"), "supported",
         encodings=["Condition SNOMED only + Z17.0 ICD-10 Condition", "HER2 IHC LA11843-2 '3+'", "stage 21902-2 AJCC 'IIA'", "lumpectomy CPT 19301", "TCH cycles MedicationAdministration; trastuzumab maintenance MedicationStatement completed"])
p = c.condition([BREAST_SCT], None, "2022-11-14")
c.condition([ER_POS_STATUS], None, "2022-11-14")
c.marker(HER2_IHC, None, "2022-11-16", ("cc", [HER2_IHC_ANS[3]], "3+"), focus=p)
c.marker(ER, None, "2022-11-16", ("cc", [POS], None), focus=p)
c.proc([PARTIAL_MAST], "Right partial mastectomy + SLNB", "2022-12-06", reason=p)
c.tnm("2022-12-13", "T", "pT2", p, pathological=True)
c.tnm("2022-12-13", "N", "pN0", p, pathological=True)
c.stage("2022-12-13", [(AJCC, "IIA", "IIA")], None, p, pathological=True)
for d in ("2023-01-10", "2023-01-31", "2023-02-21", "2023-03-14", "2023-04-04", "2023-04-25"):
    for n in ("docetaxel", "carboplatin", "trastuzumab"):
        c.med("admin", [rx(n)], None, d, reason=p)
c.med("statement", [rx("trastuzumab")], "Trastuzumab 6 mg/kg q3w (to complete 1 year)", "2023-05-16", "2024-01-30", reason=p)
c.med("statement", [rx("letrozole")], None, "2023-06-01", status="active", reason=p)
c.disease_status("2024-03-26", False, p, note="Surveillance mammogram and exam: no evidence of disease")

c = case(16, "lab2-breast-elacestrant-esr1-y537s", "breast", "female", "1957-09-30",
         "Metastatic ER+/HER2- breast cancer (bone), postmenopausal, progressed on letrozole + ribociclib; plasma ctDNA ESR1 p.Tyr537Ser: elacestrant",
         "FDA label ORSERDU 1 Indications: postmenopausal women or adult men with ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast cancer with disease progression following at least one line of endocrine therapy; EMERALD (JCO 2022)",
         "2024-06-25", rx("elacestrant"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "bone SecondaryCancerCondition (mCODE)", "ER/PR 85337-4/85339-0 LOINC answers", "HER2 IHC LA6111-4 '0'", "ESR1 three-letter HGVS, somatic LA6684-0, liquid biopsy method text", "menopause 8678-5 text", "ECOG valueInteger"])
p = c.condition([BREAST_SCT, (ICD10, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")], "Invasive ductal carcinoma, left breast", "2021-10-04")
c.condition(BONE_MET, None, "2022-02-14", profile="mcode-secondary-cancer-condition", primary=p)
hr(c, "2021-10-06", p, True, False, "la")
c.marker(HER2_IHC, None, "2021-10-06", ("cc", [HER2_IHC_ANS[0]], None), focus=p)
postmenopausal(c, "2021-10-04")
c.med("statement", [rx("letrozole")], None, "2022-03-01", "2024-04-22", status="stopped", reason=p)
c.med("statement", [rx("ribociclib")], "Kisqali 600 mg d1-21 q28d", "2022-03-01", "2024-04-22", status="stopped", reason=p)
c.disease_status("2024-04-15", True, p, note="Bone scan: new lesions T8, L2, right iliac")
c.variant("2024-05-13", "ESR1", protein="p.Tyr537Ser", dna="c.1610A>C", source="somatic",
          value_text="ESR1 mutation detected (plasma ctDNA)", focus=p, method="Plasma cell-free DNA NGS (liquid biopsy)")
c.ecog("2024-05-20", 1)

c = case(17, "lab2-breast-elacestrant-esr1-untested", "breast", "female", "1958-04-18",
         "Metastatic ER+/HER2- breast cancer (bone), postmenopausal, progressed on anastrozole + palbociclib; ESR1 ctDNA testing ordered, no result in the record: elacestrant",
         "FDA label ORSERDU 1 Indications: ESR1-mutated disease only (FDA-approved test); ESR1 status is not documented",
         "2024-08-20", rx("elacestrant"), "needs-documentation", missing=["esr1"],
         encodings=["Condition text only", "ER/PR valueQuantity %", "HER2 ISH SNOMED Negative only", "menopause 8678-5 text", "pending test as text Observation"])
p = c.condition(None, "Metastatic ER-positive, HER2-negative carcinoma of left breast to bone", "2022-06-13")
hr(c, "2022-06-15", p, True, True, "pct")
c.marker(HER2_ISH, None, "2022-06-20", ("cc", [NEG], "Not amplified"), focus=p)
postmenopausal(c, "2022-06-13")
c.med("statement", [rx("anastrozole")], None, "2022-07-05", "2024-06-24", status="stopped", reason=p)
c.med("statement", [rx("palbociclib")], None, "2022-07-05", "2024-06-24", status="stopped", reason=p)
c.disease_status("2024-06-17", True, p)
c.text_obs("Guardant360 CDx (plasma)", "2024-07-08", ("s", "Specimen received; report pending"), focus=p)

c = case(18, "lab2-breast-elacestrant-esr1-not-detected", "breast", "female", "1955-01-26",
         "Metastatic ER+/HER2- breast cancer progressed on letrozole + abemaciclib; plasma ctDNA: no ESR1 mutation detected: elacestrant requested",
         "FDA label ORSERDU 1 Indications: ESR1-mutated disease only; ESR1 not detected contradicts the gate (EMERALD benefit confined to ESR1-mutated tumors)",
         "2024-10-08", rx("elacestrant"), "refer-to-reviewer",
         encodings=["Condition ICD-10-CM only", "ER SNOMED Positive", "HER2 IHC valueString '1+'", "ESR1 Absent variant", "abemaciclib as brand text only (no verified RxNorm code)", "menopause 8678-5 text"])
p = c.condition([(ICD10, "C50.911", "Malignant neoplasm of unspecified site of right female breast")], None, "2022-03-21")
c.marker(ER, None, "2022-03-23", ("cc", [POS], None), focus=p)
c.marker(HER2_IHC, None, "2022-03-23", ("s", "1+"), focus=p)
c.condition(LIVER_MET, None, "2022-03-21")
postmenopausal(c, "2022-03-21")
c.med("statement", [rx("letrozole")], None, "2022-04-04", "2024-08-05", status="stopped", reason=p)
c.med("statement", None, "Verzenio (abemaciclib) 150 mg BID", "2022-04-04", "2024-08-05", status="stopped", reason=p)
c.disease_status("2024-08-12", True, p)
c.variant("2024-09-03", "ESR1", present=False, value_text="No ESR1 mutation detected (plasma ctDNA)", focus=p)

c = case(19, "lab2-breast-capivasertib-akt1-e17k", "breast", "female", "1954-06-07",
         "Metastatic HR+/HER2- breast cancer (liver), progressed on first-line anastrozole + palbociclib; tissue NGS AKT1 p.Glu17Lys, PIK3CA/PTEN not altered: capivasertib with fulvestrant",
         "FDA label TRUQAP 1 Indications: with fulvestrant for adults with HR-positive, HER2-negative locally advanced or metastatic breast cancer with one or more PIK3CA/AKT1/PTEN alterations, as detected by an FDA-approved test, following progression on at least one endocrine-based regimen in the metastatic setting or recurrence on or within 12 months of completing adjuvant therapy; CAPItello-291 (NEJM 2023)",
         "2024-05-21", rx("capivasertib"), "supported",
         encodings=["mCODE PrimaryCancerCondition", "liver met ICD-10 + SNOMED", "HER2 48676-1 SNOMED Negative", "DiagnosticReport grouping mCODE GenomicVariant AKT1 (three-letter HGVS, LA6684-0) + PIK3CA/PTEN Absent", "fulvestrant MedicationRequest draft"])
p = c.condition([BREAST_SCT, (ICD10, "C50.911", "Malignant neoplasm of unspecified site of right female breast")], None, "2022-09-12",
                profile="mcode-primary-cancer-condition", histology=IDC_HIST, category="encounter-diagnosis")
c.condition(LIVER_MET, None, "2022-09-12")
hr(c, "2022-09-14", p, True, True)
c.marker(HER2_INT, None, "2022-09-14", ("cc", [NEG], "Negative (IHC 1+)"), focus=p)
postmenopausal(c, "2022-09-12")
c.med("statement", [rx("anastrozole")], None, "2022-10-03", "2024-03-25", status="stopped", reason=p)
c.med("statement", [rx("palbociclib")], None, "2022-10-03", "2024-03-25", status="stopped", reason=p)
c.disease_status("2024-03-18", True, p, note="CT: enlarging hepatic metastases")
g1 = c.variant("2024-04-15", "AKT1", protein="p.Glu17Lys", dna="c.49G>A", source="somatic", profile="mcode", focus=p)
g2 = c.variant("2024-04-15", "PIK3CA", present=False, value_text="No PIK3CA alteration detected", profile="mcode", focus=p)
g3 = c.variant("2024-04-15", "PTEN", present=False, value_text="No PTEN alteration detected", profile="mcode", focus=p)
c.genomics_report("2024-04-15", "FoundationOne CDx (tissue)", [g1, g2, g3], conclusion="AKT1 E17K detected.")
c.med("request", [rx("fulvestrant")], "fulvestrant 500 mg IM d1, d15, d29 then monthly", "2024-05-20", status="draft", reason=p)

c = case(20, "lab2-breast-capivasertib-biomarker-untested", "breast", "female", "1960-02-11",
         "Metastatic HR+/HER2-low breast cancer progressed on letrozole + ribociclib; no PIK3CA / AKT1 / PTEN testing in the record: capivasertib with fulvestrant",
         "FDA label TRUQAP 1 Indications: requires one or more PIK3CA/AKT1/PTEN alterations by an FDA-approved test; none of the three genes has a result (expected_missing left empty: an engine may name the gap pik3ca, akt1, pten or a combined fact)",
         "2024-09-10", rx("capivasertib"), "needs-documentation", missing=[],
         encodings=["Condition SNOMED only", "ER/PR LOINC answers", "HER2 IHC LA11841-6 '1+'", "endocrine history MedicationStatement stopped", "transaction Bundle"],
         bundle_type="transaction")
p = c.condition([BREAST_SCT], None, "2021-11-08")
hr(c, "2021-11-10", p, True, True, "la")
c.marker(HER2_IHC, None, "2021-11-10", ("cc", [HER2_IHC_ANS[1]], None), focus=p)
c.condition(BONE_MET, None, "2021-11-08")
postmenopausal(c, "2021-11-08")
c.med("statement", [rx("letrozole")], None, "2021-12-01", "2024-07-29", status="stopped", reason=p)
c.med("statement", [rx("ribociclib")], None, "2021-12-01", "2024-07-29", status="stopped", reason=p)
c.disease_status("2024-07-22", True, p)

c = case(21, "lab2-breast-capivasertib-first-line-untreated", "breast", "female", "1962-08-16",
         "De novo metastatic HR+/HER2- breast cancer (bone), PIK3CA p.H1047R, no endocrine therapy ever given: capivasertib with fulvestrant requested first line",
         "FDA label TRUQAP 1 Indications: requires progression on at least one endocrine-based regimen in the metastatic setting or recurrence on/within 12 months of adjuvant therapy (CAPItello-291 excluded endocrine-naive patients); an untreated de novo patient contradicts the gate",
         "2024-02-27", rx("capivasertib"), "refer-to-reviewer",
         encodings=["Condition SNOMED + ICD-10 + text", "stage SNOMED 258228008", "PIK3CA short HGVS", "HER2 IHC LA6111-4"])
p = c.condition([BREAST_SCT, (ICD10, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")], "Invasive ductal carcinoma, left breast", "2024-01-08")
c.condition(BONE_MET, None, "2024-01-15")
c.stage("2024-01-17", [STG["4"]], None, p)
hr(c, "2024-01-10", p, True, True)
c.marker(HER2_IHC, None, "2024-01-10", ("cc", [HER2_IHC_ANS[0]], None), focus=p)
postmenopausal(c, "2024-01-08")
c.variant("2024-02-05", "PIK3CA", protein="p.H1047R", dna="c.3140A>G", focus=p)
c.med("request", [rx("fulvestrant")], None, "2024-02-26", status="draft", reason=p)

c = case(22, "lab2-breast-pertuzumab-neoadjuvant-ct2n1", "breast", "female", "1979-05-05",
         "Early HER2-positive (IHC 3+) ER-negative breast cancer, clinical cT2 (3.4 cm) cN1 cM0, stage IIB, no surgery yet: neoadjuvant pertuzumab with trastuzumab, docetaxel and carboplatin",
         "FDA label PERJETA 1 Indications: with trastuzumab and chemotherapy for the neoadjuvant treatment of HER2-positive, locally advanced, inflammatory, or early stage breast cancer (either greater than 2 cm in diameter or node positive) as part of a complete treatment regimen for early breast cancer; NeoSphere / TRYPHAENA",
         "2024-03-19", rx("pertuzumab"), "supported",
         encodings=["Condition ICD-10-CM only", "clinical T/N/M categories + stage 21908-9 AJCC 'IIB'", "tumor size 21889-1 mm", "HER2 IHC LA11843-2", "ER/PR LA6577-6", "TCH partners MedicationRequest active via Medication resources"])
p = c.condition([(ICD10, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")], None, "2024-02-12")
c.marker(HER2_IHC, None, "2024-02-14", ("cc", [HER2_IHC_ANS[3]], None), focus=p)
hr(c, "2024-02-14", p, False, False, "la")
c.tumor_size("2024-02-20", 34, "mm", p, method="Breast MRI")
c.tnm("2024-02-26", "T", "cT2", p)
c.tnm("2024-02-26", "N", "cN1", p)
c.tnm("2024-02-26", "M", "cM0", p)
c.stage("2024-02-26", [(AJCC, "IIB", "IIB")], None, p)
for n, t in (("trastuzumab", "Trastuzumab 8 mg/kg load then 6 mg/kg q3w"), ("docetaxel", "Docetaxel 75 mg/m2 q3w x6"), ("carboplatin", "Carboplatin AUC 6 q3w x6")):
    m = c.medication([rx(n)], None)
    c.med("request", None, None, "2024-03-18", status="active", reason=p, med_ref=m, note=t)

c = case(23, "lab2-breast-pertuzumab-size-nodes-missing", "breast", "female", "1983-10-27",
         "HER2-positive (ISH amplified) early breast cancer on core biopsy; no tumor size, nodal status or stage documented anywhere: neoadjuvant pertuzumab requested",
         "FDA label PERJETA 1 Indications: the neoadjuvant/adjuvant indications need early breast cancer > 2 cm or node positive (or locally advanced/inflammatory); the metastatic indication needs metastatic disease. Size, nodes and stage are all absent",
         "2024-07-09", rx("pertuzumab"), "needs-documentation", missing=["stage"],
         encodings=["Condition text only", "HER2 ISH SNOMED Positive with ratio text + HER2 IHC '2+' LA11842-4", "ER SNOMED Positive", "core biopsy text-only Procedure", "no size / TNM / stage"])
p = c.condition(None, "Invasive ductal carcinoma of right breast, HER2-positive", "2024-06-10")
c.proc(None, "Ultrasound-guided core needle biopsy, right breast 10 o'clock", "2024-06-07", reason=p)
c.marker(HER2_IHC, None, "2024-06-12", ("cc", [HER2_IHC_ANS[2]], "2+ (equivocal)"), focus=p)
c.marker(HER2_ISH, None, "2024-06-17", ("cc", [POS], "Amplified (HER2/CEP17 ratio 4.2, mean HER2 copy number 9.1)"), focus=p)
c.marker(ER, None, "2024-06-12", ("cc", [POS], None), focus=p)
c.med("request", [rx("trastuzumab")], None, "2024-07-08", status="draft", reason=p)

c = case(24, "lab2-breast-sacituzumab-hr-pos-after-endocrine-two-chemo", "breast", "female", "1964-12-19",
         "Metastatic HR+/HER2-low (IHC 1+) breast cancer: letrozole + ribociclib, then capecitabine, then weekly paclitaxel in the metastatic setting, now progressing: sacituzumab govitecan",
         "FDA label TRODELVY 1 Indications: unresectable locally advanced or metastatic HR-positive, HER2-negative (IHC 0, IHC 1+ or IHC 2+/ISH-) breast cancer after endocrine-based therapy and at least two additional systemic therapies in the metastatic setting; TROPiCS-02 (JCO 2023; Lancet 2023)",
         "2024-10-29", rx("sacituzumab"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "liver + bone metastases (SNOMED + ICD-10)", "ER/PR SNOMED Positive", "HER2 IHC LA11841-6", "oral lines MedicationStatement, paclitaxel MedicationAdministration", "ECOG LA9623-5"])
p = c.condition([BREAST_SCT, (ICD10, "C50.911", "Malignant neoplasm of unspecified site of right female breast")], "Metastatic invasive ductal carcinoma of right breast", "2021-05-17")
c.condition(BONE_MET, None, "2021-05-17")
c.condition(LIVER_MET, None, "2023-01-23")
hr(c, "2021-05-19", p, True, True)
c.marker(HER2_IHC, None, "2021-05-19", ("cc", [HER2_IHC_ANS[1]], None), focus=p)
postmenopausal(c, "2021-05-17")
c.med("statement", [rx("letrozole")], None, "2021-06-07", "2023-01-16", status="stopped", reason=p)
c.med("statement", [rx("ribociclib")], None, "2021-06-07", "2023-01-16", status="stopped", reason=p)
c.med("statement", [rx("capecitabine")], None, "2023-02-06", "2023-11-20", status="stopped", reason=p)
for d in ("2023-12-04", "2024-01-08", "2024-02-05", "2024-03-04", "2024-04-01", "2024-05-06", "2024-06-03", "2024-07-01", "2024-08-05", "2024-09-02"):
    c.med("admin", [rx("paclitaxel")], None, d, reason=p)
c.disease_status("2024-10-07", True, p, note="CT: progression in liver")
c.ecog("2024-10-14", 1, la=True)


# =================================================================================
# Colorectal
# =================================================================================
def ras_wt(c, date, focus, profile="genomics", braf=True):
    c.variant(date, "KRAS", present=False, value_text="KRAS exons 2, 3, 4: no mutation detected", profile=profile, focus=focus)
    c.variant(date, "NRAS", present=False, value_text="NRAS exons 2, 3, 4: no mutation detected", profile=profile, focus=focus)
    if braf:
        c.variant(date, "BRAF", present=False, value_text="BRAF V600E not detected", profile=profile, focus=focus)


c = case(25, "lab2-crc-ipilimumab-nivolumab-dmmr-after-chemo", "colorectal", "male", "1963-01-20",
         "Metastatic dMMR colon cancer (loss of MLH1/PMS2 by IHC, text only), progressed after FOLFOX and FOLFIRI: ipilimumab with nivolumab",
         "FDA label YERVOY 1 Indications (CRC) / OPDIVO: ipilimumab with nivolumab for MSI-H or dMMR metastatic colorectal cancer; labeled after progression on fluoropyrimidine, oxaliplatin and irinotecan (CheckMate 142) and, since 2025, also first line (CheckMate 8HW) - this record meets both",
         "2024-08-13", rx("ipilimumab"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "liver SecondaryCancerCondition (mCODE)", "stage AJCC 'IVB'", "dMMR as MMR IHC text Observation only (no MSI code)", "FOLFOX/FOLFIRI MedicationAdministration RxNorm (leucovorin coded and as text)", "nivolumab MedicationRequest draft"])
p = c.condition([COLON_SCT, (ICD10, "C18.2", "Malignant neoplasm of ascending colon")], "Adenocarcinoma of ascending colon", "2023-04-10")
c.condition(LIVER_MET, None, "2023-04-10", profile="mcode-secondary-cancer-condition", primary=p)
c.stage("2023-04-14", [(AJCC, "IVB", "IVB")], None, p)
c.text_obs("Mismatch repair protein IHC (MLH1, PMS2, MSH2, MSH6)", "2023-04-24",
           ("s", "Loss of nuclear MLH1 and PMS2 expression; MSH2 and MSH6 retained. Mismatch repair deficient (dMMR)."), focus=p)
folfox(c, "admin", ("2023-05-08", "2023-05-22", "2023-06-05", "2023-06-19", "2023-07-03", "2023-07-17"), p)
c.disease_status("2023-12-11", True, p)
folfiri(c, "admin", ("2024-01-08", "2024-01-22", "2024-02-05", "2024-02-19", "2024-03-04", "2024-03-18"), p)
c.disease_status("2024-07-22", True, p, note="CT: new peritoneal implants")
c.med("request", [rx("nivolumab")], "nivolumab 3 mg/kg + ipilimumab 1 mg/kg q3w x4, then nivolumab", "2024-08-12", status="draft", reason=p)

c = case(26, "lab2-crc-ipilimumab-msi-undocumented", "colorectal", "female", "1956-05-02",
         "Metastatic RAS/BRAF wild-type colon cancer after FOLFOX + bevacizumab, no MSI or MMR result in the record: ipilimumab + nivolumab requested",
         "FDA label YERVOY 1 Indications (CRC): MSI-H or dMMR metastatic CRC only; MSI/MMR status is absent",
         "2024-11-05", rx("ipilimumab"), "needs-documentation", missing=["msi"],
         encodings=["Condition ICD-10-CM only", "stage SNOMED 258228008", "RAS/BRAF Absent Genomics Reporting variants", "FOLFOX + bevacizumab MedicationStatement"])
p = c.condition([(ICD10, "C18.7", "Malignant neoplasm of sigmoid colon")], None, "2023-09-18")
c.stage("2023-09-22", [STG["4"]], None, p)
ras_wt(c, "2023-10-09", p)
c.med("statement", [rx("oxaliplatin")], None, "2023-10-16", "2024-03-04", reason=p)
c.med("statement", [rx("fluorouracil")], None, "2023-10-16", "2024-09-09", reason=p)
c.med("statement", [rx("bevacizumab")], None, "2023-10-16", "2024-09-09", reason=p)
c.disease_status("2024-10-14", True, p)

c = case(27, "lab2-crc-tucatinib-her2-ras-wt", "colorectal", "female", "1969-11-11",
         "Metastatic rectal cancer, HER2-positive (IHC 3+ colorectal criteria; ERBB2 amplification on NGS), KRAS/NRAS wild-type, progressed after FOLFOX + bevacizumab and FOLFIRI: tucatinib with trastuzumab",
         "FDA label TUKYSA 1 Indications (CRC): with trastuzumab for adults with RAS wild-type, HER2-positive unresectable or metastatic colorectal cancer that has progressed following fluoropyrimidine-, oxaliplatin-, and irinotecan-based chemotherapy; MOUNTAINEER (Lancet Oncol 2023)",
         "2024-06-04", rx("tucatinib"), "supported",
         encodings=["Condition rectum SNOMED + ICD-10 C20", "HER2 IHC as text-coded Observation (no breast LOINC)", "ERBB2 amplification as variant 81252-9 text", "KRAS/NRAS Absent", "trastuzumab MedicationRequest draft"])
p = c.condition([RECTUM_SCT, (ICD10, "C20", "Malignant neoplasm of rectum")], None, "2022-10-03")
c.condition(LIVER_MET, None, "2022-10-03")
c.text_obs("HER2 IHC, colorectal (HERACLES scoring)", "2022-10-17", ("s", "3+ (intense membranous staining in >50% of tumor cells)"), focus=p)
c.variant("2022-10-24", "ERBB2", fusion="ERBB2 amplification, copy number 22", value_text="ERBB2 amplification detected", focus=p)
ras_wt(c, "2022-10-24", p, braf=False)
folfox(c, "admin", ("2022-11-07", "2022-11-21", "2022-12-05", "2022-12-19", "2023-01-09", "2023-01-23"), p, bev=True)
c.disease_status("2023-06-12", True, p)
folfiri(c, "admin", ("2023-07-03", "2023-07-17", "2023-07-31", "2023-08-14", "2023-08-28", "2023-09-11"), p)
c.disease_status("2024-05-06", True, p)
c.med("request", [rx("trastuzumab")], "trastuzumab 8 mg/kg load then 6 mg/kg q3w", "2024-06-03", status="draft", reason=p)

c = case(28, "lab2-crc-tucatinib-her2-kras-g12d", "colorectal", "male", "1961-04-04",
         "Metastatic colon cancer with ERBB2 amplification but KRAS p.Gly12Asp, after FOLFOX and FOLFIRI: tucatinib + trastuzumab requested",
         "FDA label TUKYSA 1 Indications (CRC): RAS wild-type, HER2-positive disease only (MOUNTAINEER excluded RAS-mutant tumors); KRAS G12D contradicts the gate",
         "2024-09-24", rx("tucatinib"), "refer-to-reviewer",
         encodings=["Condition text only", "KRAS three-letter HGVS + c.HGVS", "ERBB2 amplification variant", "regimens as text-only MedicationStatement"])
p = c.condition(None, "Adenocarcinoma of descending colon metastatic to liver and lung", "2023-02-13")
c.variant("2023-03-06", "KRAS", protein="p.Gly12Asp", dna="c.35G>A", focus=p)
c.variant("2023-03-06", "ERBB2", fusion="ERBB2 amplification, copy number 12", value_text="ERBB2 amplification detected", focus=p)
c.med("statement", None, "mFOLFOX6 (oxaliplatin, leucovorin, 5-FU)", "2023-03-20", "2023-09-04", reason=p)
c.med("statement", None, "FOLFIRI (irinotecan, leucovorin, 5-FU)", "2023-10-02", "2024-07-29", reason=p)
c.disease_status("2024-08-26", True, p)

c = case(29, "lab2-crc-fruquintinib-after-all-lines", "colorectal", "male", "1955-08-08",
         "Metastatic KRAS p.G12V colon cancer after FOLFOX + bevacizumab, FOLFIRI + bevacizumab and trifluridine/tipiracil: fruquintinib",
         "FDA label FRUZAQLA 1 Indications: adults with metastatic CRC previously treated with fluoropyrimidine-, oxaliplatin-, and irinotecan-based chemotherapy, an anti-VEGF therapy, and, if RAS wild-type and medically appropriate, an anti-EGFR therapy; FRESCO-2 (Lancet 2023). RAS-mutant: anti-EGFR not required",
         "2024-04-30", rx("fruquintinib"), "supported",
         encodings=["Condition SNOMED only", "stage AJCC 'IVC'", "KRAS p.G12V short HGVS", "all lines MedicationStatement RxNorm incl. MIN 1670310 tipiracil / trifluridine"])
p = c.condition([COLON_SCT], None, "2021-11-01")
c.stage("2021-11-05", [(AJCC, "IVC", "IVC")], None, p)
c.variant("2021-11-22", "KRAS", protein="p.G12V", dna="c.35G>T", focus=p)
for n in ("oxaliplatin", "fluorouracil", "bevacizumab"):
    c.med("statement", [rx(n)], None, "2021-12-06", "2022-09-12", reason=p)
for n in ("irinotecan", "fluorouracil", "bevacizumab"):
    c.med("statement", [rx(n)], None, "2022-10-03", "2023-10-16", reason=p)
c.med("statement", [rx("tipiracil / trifluridine")], "Lonsurf 35 mg/m2 BID d1-5, d8-12 q28d", "2023-11-06", "2024-03-25", status="stopped", reason=p)
c.disease_status("2024-04-08", True, p)
c.ecog("2024-04-15", 1)

c = case(30, "lab2-crc-fruquintinib-after-folfox-only", "colorectal", "female", "1964-09-14",
         "Metastatic KRAS p.G12V sigmoid cancer progressed on first-line FOLFOX + bevacizumab, never received irinotecan: fruquintinib requested second line",
         "FDA label FRUZAQLA 1 Indications: requires prior fluoropyrimidine-, oxaliplatin- AND irinotecan-based chemotherapy plus anti-VEGF therapy; no irinotecan exposure contradicts the prior-therapy gate",
         "2024-10-15", rx("fruquintinib"), "refer-to-reviewer",
         encodings=["Condition ICD-10-CM only", "FOLFOX + bevacizumab MedicationAdministration RxNorm", "KRAS mCODE GenomicVariant"])
p = c.condition([(ICD10, "C18.7", "Malignant neoplasm of sigmoid colon")], None, "2024-01-15")
c.stage("2024-01-19", [STG["4"]], None, p)
c.variant("2024-02-05", "KRAS", protein="p.G12V", dna="c.35G>T", profile="mcode", focus=p)
folfox(c, "admin", ("2024-02-19", "2024-03-04", "2024-03-18", "2024-04-01", "2024-04-15", "2024-04-29", "2024-05-13", "2024-05-27"), p, bev=True)
c.disease_status("2024-09-23", True, p)

c = case(31, "lab2-crc-trifluridine-tipiracil-bev-ras-wt", "colorectal", "male", "1958-03-27",
         "RAS/BRAF wild-type MSS metastatic colon cancer after FOLFOX + bevacizumab and FOLFIRI + cetuximab: trifluridine/tipiracil with bevacizumab (service = RxNorm MIN 1670310)",
         "FDA label LONSURF 1 Indications (CRC): as a single agent or with bevacizumab for adults with metastatic CRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF biological therapy, and if RAS wild-type, an anti-EGFR therapy; SUNLIGHT (NEJM 2023), RECOURSE",
         "2024-07-23", rx("tipiracil / trifluridine"), "supported",
         encodings=["service RxNorm MIN (multi-ingredient) 1670310", "mCODE PrimaryCancerCondition", "RAS/BRAF Absent mCODE GenomicVariant", "MSI SNOMED Not detected", "regimens MedicationRequest completed", "bevacizumab MedicationRequest draft"])
p = c.condition([COLON_SCT, (ICD10, "C18.7", "Malignant neoplasm of sigmoid colon")], None, "2022-05-02",
                profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis")
c.stage("2022-05-06", [STG["4"]], None, p)
ras_wt(c, "2022-05-20", p, profile="mcode")
c.marker(MSI, None, "2022-05-20", ("cc", [NOT_DETECTED], "MSS"), focus=p)
for n in ("oxaliplatin", "fluorouracil", "leucovorin", "bevacizumab"):
    c.med("request", [rx(n)], None, "2022-06-06", "2023-02-13", reason=p)
for n in ("irinotecan", "fluorouracil", "leucovorin", "cetuximab"):
    c.med("request", [rx(n)], None, "2023-03-06", "2024-06-10", reason=p)
c.disease_status("2024-06-24", True, p)
c.med("request", [rx("bevacizumab")], "bevacizumab 5 mg/kg d1, d15 q28d", "2024-07-22", status="draft", reason=p)

c = case(32, "lab2-crc-trifluridine-tipiracil-ras-unknown", "colorectal", "female", "1953-12-08",
         "Metastatic sigmoid cancer (lung metastases) after FOLFOX + bevacizumab and FOLFIRI + bevacizumab, never received anti-EGFR therapy, RAS never tested: trifluridine/tipiracil",
         "FDA label LONSURF 1 Indications: prior anti-EGFR therapy is required if the tumor is RAS wild-type; without a RAS result the anti-EGFR requirement cannot be settled (KRAS and NRAS both absent)",
         "2024-12-17", rx("tipiracil / trifluridine"), "needs-documentation", missing=["kras", "nras"],
         encodings=["service RxNorm MIN 1670310", "Condition text only", "lung metastasis in condition text only", "regimens MedicationStatement RxNorm"])
p = c.condition(None, "Adenocarcinoma of sigmoid colon with bilateral lung metastases", "2022-08-22")
for n in ("oxaliplatin", "fluorouracil", "bevacizumab"):
    c.med("statement", [rx(n)], None, "2022-09-12", "2023-05-01", reason=p)
for n in ("irinotecan", "fluorouracil", "bevacizumab"):
    c.med("statement", [rx(n)], None, "2023-06-05", "2024-10-28", reason=p)
c.disease_status("2024-11-18", True, p)

c = case(33, "lab2-crc-capecitabine-adjuvant-stage3c", "colorectal", "female", "1967-06-30",
         "Stage IIIC colon cancer (pT4a pN2a, 5/19 nodes, cM0) after laparoscopic colectomy: adjuvant capecitabine (CAPOX with oxaliplatin)",
         "FDA label XELODA 1 Indications (colorectal): adjuvant treatment of adults with stage III colon cancer as a single agent or as a component of a combination chemotherapy regimen; X-ACT (NEJM 2005), XELOXA / NO16968",
         "2024-05-07", rx("capecitabine"), "supported",
         encodings=["Condition SNOMED + ICD-10 with Condition.stage.summary SNOMED 258224005", "pathological stage 21902-2 AJCC 'IIIC' + T/N/M", "node counts", "colectomy CPT 44204", "oxaliplatin MedicationRequest draft"])
p = c.condition([COLON_SCT, (ICD10, "C18.2", "Malignant neoplasm of ascending colon")], None, "2024-02-26",
                stage_summary=[STG["3"]], stage_text="Stage III")
c.proc([(CPT, "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis")], "Laparoscopic right hemicolectomy", "2024-03-19", reason=p)
c.tnm("2024-03-26", "T", "pT4a", p, pathological=True)
c.tnm("2024-03-26", "N", "pN2a", p, pathological=True)
c.tnm("2024-03-26", "M", "cM0", p)
c.obs(NODES_POS, None, "2024-03-26", ("i", 5), focus=p)
c.obs(NODES_EX, None, "2024-03-26", ("i", 19), focus=p)
c.stage("2024-03-26", [(AJCC, "IIIC", "IIIC")], None, p, pathological=True)
c.ecog("2024-04-23", 0, la=True)
c.med("request", [rx("oxaliplatin")], "oxaliplatin 130 mg/m2 d1 q21d (CAPOX)", "2024-05-06", status="draft", reason=p)

c = case(34, "lab2-crc-capecitabine-adjuvant-nodes-missing", "colorectal", "male", "1960-07-07",
         "Transverse colon cancer after extended colectomy, pT3 reported; nodal status, stage group and pathology addendum missing; staging CT without metastases: adjuvant capecitabine requested",
         "FDA label XELODA 1 Indications: adjuvant use is defined by stage III (node-positive) colon cancer; with pT3 only and no N category or stage group the gate cannot be decided (the metastatic indication is excluded by a negative staging CT)",
         "2024-08-06", rx("capecitabine"), "needs-documentation", missing=["stage"],
         encodings=["Condition ICD-10-CM C18.4 only", "colectomy CPT 44140", "pathological T category only (21899-0)", "staging CT as imaging text Observation"])
p = c.condition([TRANSVERSE], None, "2024-05-20")
c.text_obs("CT chest/abdomen/pelvis with contrast", "2024-05-24", ("s", "No evidence of distant metastatic disease"), focus=p, category="imaging")
c.proc([(CPT, "44140", "Colectomy, partial; with anastomosis")], "Extended right hemicolectomy", "2024-06-11", reason=p)
c.tnm("2024-06-18", "T", "pT3", p, pathological=True)
c.text_obs("Surgical pathology addendum (lymph nodes)", "2024-06-18", ("s", "Pending"), focus=p)

c = case(35, "lab2-crc-capecitabine-adjuvant-stage2a", "colorectal", "male", "1959-02-17",
         "Stage IIA colon cancer (pT3 pN0, 0/22 nodes, MSS) after right hemicolectomy, no evidence of disease: adjuvant capecitabine requested",
         "FDA label XELODA 1 Indications: adjuvant use is labeled for stage III colon cancer only; stage II after complete resection has no labeled adjuvant indication (and no metastatic disease)",
         "2024-10-01", rx("capecitabine"), "refer-to-reviewer",
         encodings=["Condition SNOMED only", "pathological stage 21902-2 AJCC 'IIA'", "colectomy CPT 44160", "MSI SNOMED Not detected", "disease status stable"])
p = c.condition([COLON_SCT], None, "2024-06-17")
c.proc([(CPT, "44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy")], "Right hemicolectomy", "2024-07-09", reason=p)
c.tnm("2024-07-16", "T", "pT3", p, pathological=True)
c.tnm("2024-07-16", "N", "pN0", p, pathological=True)
c.obs(NODES_POS, None, "2024-07-16", ("i", 0), focus=p)
c.obs(NODES_EX, None, "2024-07-16", ("i", 22), focus=p)
c.stage("2024-07-16", [(AJCC, "IIA", "IIA")], None, p, pathological=True)
c.marker(MSI, None, "2024-07-16", ("cc", [NOT_DETECTED], "MSS"), focus=p)
c.disease_status("2024-09-10", False, p, note="Post-operative CT: no evidence of disease")

c = case(36, "lab2-crc-panitumumab-monotherapy-ras-wt-after-chemo", "colorectal", "female", "1962-10-31",
         "RAS wild-type (KRAS/NRAS exons 2-4) metastatic rectal cancer progressed after FOLFOX and FOLFIRI + bevacizumab: panitumumab monotherapy (RxNorm)",
         "FDA label VECTIBIX 1 Indications: wild-type RAS metastatic CRC as monotherapy following disease progression after prior treatment with fluoropyrimidine-, oxaliplatin-, and irinotecan-containing chemotherapy (Study 20020408; extended RAS analysis)",
         "2024-11-26", rx("panitumumab"), "supported",
         encodings=["service RxNorm 263034 (first set used HCPCS J9303)", "Condition rectum SNOMED + ICD-10 + text", "RAS/BRAF Absent Genomics Reporting", "regimens MedicationAdministration RxNorm", "transaction Bundle"],
         bundle_type="transaction")
p = c.condition([RECTUM_SCT, (ICD10, "C20", "Malignant neoplasm of rectum")], "Adenocarcinoma of rectum, metastatic to liver", "2023-01-09")
c.condition(LIVER_MET, None, "2023-01-09")
ras_wt(c, "2023-01-30", p)
folfox(c, "admin", ("2023-02-13", "2023-02-27", "2023-03-13", "2023-03-27", "2023-04-10", "2023-04-24"), p)
c.disease_status("2023-10-02", True, p)
folfiri(c, "admin", ("2023-10-23", "2023-11-06", "2023-11-20", "2023-12-04", "2023-12-18", "2024-01-08"), p, partner="bevacizumab")
c.disease_status("2024-10-28", True, p)


# =================================================================================
# Prostate
# =================================================================================
c = case(37, "lab2-prostate-enzalutamide-high-risk-bcr", "prostate", "male", "1956-11-02",
         "Biochemical recurrence after robotic radical prostatectomy (pT3a pN0, Gleason 8): PSA 0.9 -> 1.6 -> 2.9 ng/mL over 6 months (PSADT ~3.5 months), testosterone 410 ng/dL, PSMA PET without metastases, no ADT: enzalutamide",
         "FDA label XTANDI 1 Indications (11/2023): non-metastatic castration-sensitive prostate cancer with biochemical recurrence at high risk for metastasis (high-risk BCR); EMBARK (NEJM 2023: PSA doubling time <= 9 months, PSA >= 1 ng/mL after prostatectomy, non-castrate testosterone)",
         "2024-06-11", rx("enzalutamide"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "rising PSA as ICD-10-CM R97.21 Condition", "prostatectomy CPT 55866", "PSA 2857-1 series + PSA doubling time text-coded valueQuantity (months)", "testosterone 2986-8 ng/dL", "PSMA PET imaging text"])
p = c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], "Adenocarcinoma of prostate", "2020-07-20")
c.obs(GLEASON, None, "2020-09-22", ("i", 8), focus=p)
c.proc([RALP], "Robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection", "2020-09-15", reason=p)
c.tnm("2020-09-22", "T", "pT3a", p, pathological=True)
c.tnm("2020-09-22", "N", "pN0", p, pathological=True)
c.condition([RISING_PSA], None, "2024-02-19")
for d, v in (("2020-12-14", 0.02), ("2023-11-20", 0.9), ("2024-02-19", 1.6), ("2024-05-20", 2.9)):
    c.lab(PSA[0], PSA[1], d, v, "ng/mL")
c.obs(None, "PSA doubling time", "2024-05-20", ("q", 3.5, "months", "mo"), focus=p)
c.lab(TESTO[0], TESTO[1], "2024-05-20", 410, "ng/dL")
c.text_obs("PSMA PET/CT (18F-piflufolastat)", "2024-05-28", ("s", "No PSMA-avid nodal, osseous or visceral metastatic disease"), focus=p, category="imaging")

c = case(38, "lab2-prostate-enzalutamide-low-risk-bcr", "prostate", "male", "1950-06-21",
         "Slow biochemical recurrence after radical prostatectomy (2016): PSA 0.62 -> 0.71 -> 0.80 ng/mL over 12 months (PSADT ~32 months), testosterone 520 ng/dL, PSMA PET negative, no ADT: enzalutamide requested",
         "FDA label XTANDI 1 Indications: in castration-sensitive non-metastatic disease only high-risk BCR is labeled (EMBARK: PSADT <= 9 months); PSADT ~32 months and PSA < 1 ng/mL contradict it, and the record shows neither castration resistance nor metastases (the CRPC and mCSPC indications do not apply)",
         "2024-09-03", rx("enzalutamide"), "refer-to-reviewer",
         encodings=["Condition ICD-10-CM only", "prostatectomy SNOMED 26294005", "R97.21 Condition", "PSADT text-coded valueQuantity", "PSMA PET text"])
p = c.condition([(ICD10, "C61", "Malignant neoplasm of prostate")], None, "2016-03-14")
c.proc([RADPROST_SCT], None, "2016-05-10", reason=p)
c.condition([RISING_PSA], None, "2023-08-14")
psa_series(c, (("2023-08-14", 0.62), ("2024-02-12", 0.71), ("2024-08-12", 0.80)))
c.obs(None, "PSA doubling time", "2024-08-12", ("q", 32, "months", "mo"), focus=p)
c.lab(TESTO[0], TESTO[1], "2024-08-12", 520, "ng/dL")
c.text_obs("PSMA PET/CT", "2024-08-19", ("s", "Negative: no PSMA-avid disease"), focus=p, category="imaging")

c = case(39, "lab2-prostate-sipuleucel-asymptomatic-mcrpc", "prostate", "male", "1951-02-08",
         "Asymptomatic metastatic CRPC (bone), castrate testosterone 14 ng/dL with PSA rising on leuprolide, no opioids, ECOG 0: sipuleucel-T",
         "FDA label PROVENGE 1 Indications: asymptomatic or minimally symptomatic metastatic castrate-resistant (hormone-refractory) prostate cancer; IMPACT (NEJM 2010)",
         "2024-02-06", rx("sipuleucel-T"), "supported",
         encodings=["mCODE PrimaryCancerCondition + bone SecondaryCancerCondition", "HRPC Condition SNOMED 427492003 + ICD-10 Z19.2", "leuprolide MedicationStatement active", "symptom status as text Observation", "ECOG LA9622-7"])
p = c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], None, "2019-03-18",
                profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis")
c.condition(BONE_MET, None, "2019-03-18", profile="mcode-secondary-cancer-condition", primary=p)
c.med("statement", [rx("leuprolide")], None, "2019-04-01", status="active", reason=p)
psa_series(c, (("2023-06-05", 3.2), ("2023-09-05", 5.9), ("2023-12-04", 9.4)))
c.lab(TESTO[0], TESTO[1], "2023-12-04", 14, "ng/dL")
c.condition(HRPC, "Metastatic castration-resistant prostate cancer", "2023-12-11")
c.text_obs("Cancer-related symptoms", "2024-01-16", ("s", "Asymptomatic. No bone pain; no opioid analgesic use."), focus=p, category="exam")
c.ecog("2024-01-16", 0, la=True)

c = case(40, "lab2-prostate-sipuleucel-castration-undocumented", "prostate", "male", "1954-10-10",
         "Metastatic prostate cancer (bone) on leuprolide injections, a single PSA of 6.2 ng/mL, no testosterone level, no CRPC diagnosis: sipuleucel-T",
         "FDA label PROVENGE 1 Indications: castrate-resistant disease is required; castration resistance (castrate testosterone with PSA or radiographic progression) is not documented",
         "2024-07-02", rx("sipuleucel-T"), "needs-documentation", missing=["castration"],
         encodings=["Condition SNOMED only", "bone met ICD-10 only", "leuprolide MedicationAdministration", "single PSA, no testosterone"])
p = c.condition([PROSTATE_SCT], None, "2021-01-11")
c.condition([BONE_MET[1]], None, "2021-01-11")
for d in ("2021-02-01", "2021-08-02", "2022-02-01", "2022-08-01", "2023-02-01", "2023-08-01", "2024-02-01"):
    c.med("admin", [rx("leuprolide")], None, d, reason=p)
psa_series(c, (("2024-06-10", 6.2),))

c = case(41, "lab2-prostate-sipuleucel-symptomatic-opioids", "prostate", "male", "1949-07-15",
         "Metastatic CRPC with painful bone and liver metastases on scheduled long-acting oxycodone (neoplasm-related pain G89.3), ECOG 2: sipuleucel-T requested",
         "FDA label PROVENGE 1 Indications: only asymptomatic or minimally symptomatic mCRPC (IMPACT excluded cancer pain requiring opioids and visceral metastases); symptomatic disease on opioids contradicts the gate",
         "2024-05-28", rx("sipuleucel-T"), "refer-to-reviewer",
         encodings=["Condition SNOMED + ICD-10 + text", "HRPC ICD-10 Z19.2 only", "pain as ICD-10-CM G89.3 Condition", "opioid MedicationStatement text only", "ECOG LA9624-3"])
p = c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], "Adenocarcinoma of prostate", "2018-05-07")
c.condition(BONE_MET, None, "2018-05-07")
c.condition(LIVER_MET, None, "2024-03-25")
c.condition([HRPC[1]], None, "2022-10-03")
c.med("statement", [rx("leuprolide")], None, "2018-06-04", status="active", reason=p)
c.lab(TESTO[0], TESTO[1], "2024-03-18", 12, "ng/dL")
c.condition([NEOPLASM_PAIN], "Cancer-related bone pain", "2024-04-01")
c.med("statement", None, "OxyContin (oxycodone ER) 20 mg PO q12h for metastatic bone pain", "2024-04-01", status="active")
c.ecog("2024-05-07", 2, la=True)

c = case(42, "lab2-prostate-talazoparib-atm-mcrpc", "prostate", "male", "1952-12-03",
         "Metastatic CRPC (bone), germline pathogenic ATM c.5932G>T (p.Glu1978Ter), on degarelix with castrate testosterone, no prior ARPI: talazoparib with enzalutamide",
         "FDA label TALZENNA 1 Indications (prostate): with enzalutamide for adults with HRR gene-mutated metastatic castration-resistant prostate cancer (HRR genes include ATM); TALAPRO-2 (Lancet 2023)",
         "2024-03-12", rx("talazoparib"), "supported",
         encodings=["Condition text only ('castration-resistant' in text)", "bone met SNOMED + ICD-10", "ATM germline LA6683-2 + clinical significance 53037-8 = LA6668-3", "degarelix MedicationStatement active", "enzalutamide MedicationRequest draft"])
p = c.condition(None, "Metastatic castration-resistant adenocarcinoma of prostate", "2020-04-06")
c.condition(BONE_MET, None, "2020-04-06")
c.med("statement", [rx("degarelix")], None, "2020-04-20", status="active", reason=p)
psa_series(c, (("2023-09-11", 4.4), ("2023-12-11", 8.9)))
c.lab(TESTO[0], TESTO[1], "2023-12-11", 9, "ng/dL")
c.variant("2024-01-22", "ATM", dna="c.5932G>T", protein="p.Glu1978Ter", source="germline", clin_sig=LA_PATHOGENIC, focus=p)
c.med("request", [rx("enzalutamide")], "enzalutamide 160 mg PO daily", "2024-03-11", status="draft", reason=p)

c = case(43, "lab2-prostate-rucaparib-brca2-after-arpi-docetaxel", "prostate", "male", "1948-04-26",
         "Metastatic CRPC with somatic BRCA2 c.9097dupA, progressed on abiraterone + prednisone and then docetaxel: rucaparib",
         "FDA label RUBRACA 1 Indications (prostate): deleterious BRCA mutation (germline and/or somatic)-associated mCRPC previously treated with androgen receptor-directed therapy (and, in the 2020 accelerated wording, a taxane); TRITON2 / TRITON3 (NEJM 2023) - this record meets both wordings",
         "2024-08-27", rx("rucaparib"), "supported",
         encodings=["Condition ICD-10-CM only", "HRPC SNOMED only", "BRCA2 c.HGVS dup + three-letter frameshift, 48002-0 text 'Somatic'", "abiraterone + prednisone MedicationStatement RxNorm", "docetaxel MedicationAdministration"])
p = c.condition([(ICD10, "C61", "Malignant neoplasm of prostate")], None, "2017-09-11")
c.condition(BONE_MET, None, "2021-02-08")
c.condition([HRPC[0]], None, "2021-02-08")
c.med("statement", [rx("leuprolide")], None, "2017-10-02", status="active", reason=p)
c.med("statement", [rx("abiraterone")], None, "2021-02-22", "2023-05-15", status="stopped", reason=p)
c.med("statement", [rx("prednisone")], "prednisone 5 mg PO BID", "2021-02-22", "2023-05-15", status="stopped", reason=p)
for d in ("2023-06-05", "2023-06-26", "2023-07-17", "2023-08-07", "2023-08-28", "2023-09-18"):
    c.med("admin", [rx("docetaxel")], None, d, reason=p)
c.disease_status("2024-06-24", True, p)
c.variant("2024-07-22", "BRCA2", dna="c.9097dupA", protein="p.Thr3033AsnfsTer11", source="Somatic", focus=p)

c = case(44, "lab2-prostate-rucaparib-brca-untested", "prostate", "male", "1953-03-19",
         "Metastatic CRPC progressed on abiraterone and on docetaxel (recorded as a chemotherapy Procedure), no germline or tumor BRCA testing documented: rucaparib",
         "FDA label RUBRACA 1 Indications (prostate): deleterious BRCA mutation required (FDA-approved companion diagnostic); BRCA status absent",
         "2024-11-12", rx("rucaparib"), "needs-documentation", missing=["brca"],
         encodings=["Condition SNOMED + ICD-10 + text", "HRPC SNOMED + ICD-10", "docetaxel course as text-only Procedure with performedPeriod", "abiraterone MedicationRequest stopped"])
p = c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], "Adenocarcinoma of prostate, metastatic", "2019-08-05")
c.condition(BONE_MET, None, "2019-08-05")
c.condition(HRPC, None, "2022-06-13")
c.med("statement", [rx("leuprolide")], None, "2019-08-19", status="active", reason=p)
c.med("request", [rx("abiraterone")], None, "2022-06-20", "2023-10-02", status="stopped", reason=p)
c.proc(None, "Chemotherapy: docetaxel 75 mg/m2 IV q3w x 6 cycles with prednisone", "2023-10-23", reason=p, end="2024-02-05")
c.disease_status("2024-10-21", True, p)

c = case(45, "lab2-prostate-rucaparib-atm-only", "prostate", "male", "1947-01-29",
         "Metastatic CRPC progressed on enzalutamide and docetaxel; tumor NGS: somatic ATM p.Trp2638Ter, BRCA1/BRCA2 not altered: rucaparib requested",
         "FDA label RUBRACA 1 Indications (prostate): BRCA-mutated mCRPC only; an ATM-only alteration does not meet the gate (TRITON3 ATM subgroup showed no benefit)",
         "2024-12-10", rx("rucaparib"), "refer-to-reviewer",
         encodings=["mCODE PrimaryCancerCondition", "HRPC SNOMED + ICD-10", "genomics DiagnosticReport with ATM (somatic LA6684-0) and BRCA1/BRCA2 Absent", "enzalutamide MedicationStatement stopped"])
p = c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], None, "2018-10-15",
                profile="mcode-primary-cancer-condition", histology=ADENO_HIST, category="encounter-diagnosis")
c.condition(BONE_MET, None, "2021-06-07", profile="mcode-secondary-cancer-condition", primary=p)
c.condition(HRPC, None, "2021-06-07")
c.med("statement", [rx("leuprolide")], None, "2018-11-05", status="active", reason=p)
c.med("statement", [rx("enzalutamide")], None, "2021-06-21", "2023-08-14", status="stopped", reason=p)
for d in ("2023-09-05", "2023-09-26", "2023-10-17", "2023-11-07", "2023-11-28", "2023-12-19"):
    c.med("admin", [rx("docetaxel")], None, d, reason=p)
c.disease_status("2024-09-30", True, p)
a1 = c.variant("2024-10-28", "ATM", dna="c.7913G>A", protein="p.Trp2638Ter", source="somatic", focus=p)
a2 = c.variant("2024-10-28", "BRCA1", present=False, value_text="No BRCA1 alteration detected", focus=p)
a3 = c.variant("2024-10-28", "BRCA2", present=False, value_text="No BRCA2 alteration detected", focus=p)
c.genomics_report("2024-10-28", "Tumor NGS, HRR gene panel", [a1, a2, a3], conclusion="ATM p.W2638* (somatic). No BRCA1/BRCA2 alteration.")

c = case(46, "lab2-prostate-relugolix-metastatic-hspc", "prostate", "male", "1955-09-23",
         "Newly diagnosed metastatic hormone-sensitive prostate cancer (bone), Gleason 9, PSA 48 ng/mL, testosterone 385 ng/dL, no prior ADT: relugolix",
         "FDA label ORGOVYX 1 Indications: treatment of adult patients with advanced prostate cancer; HERO (NEJM 2020) enrolled metastatic, biochemically recurrent and advanced localized disease",
         "2024-04-23", rx("relugolix"), "supported",
         encodings=["Condition SNOMED only with Condition.stage.summary AJCC 'IVB' referencing the stage Observation", "bone SecondaryCancerCondition", "Gleason valueInteger", "testosterone ng/dL"])
p = c.condition([PROSTATE_SCT], None, "2024-03-04", stage_summary=[(AJCC, "IVB", "IVB")], stage_text="cT3a cN0 M1b, stage IVB")
c.condition(BONE_MET, None, "2024-03-18", profile="mcode-secondary-cancer-condition", primary=p)
c.link_stage(p, c.stage("2024-03-20", [(AJCC, "IVB", "Stage IVB")], None, p))
c.obs(GLEASON, None, "2024-03-04", ("i", 9), focus=p)
psa_series(c, (("2024-02-26", 48.0),))
c.lab(TESTO[0], TESTO[1], "2024-02-26", 385, "ng/dL")

c = case(47, "lab2-prostate-relugolix-stage-undocumented", "prostate", "male", "1959-12-12",
         "Prostate adenocarcinoma on biopsy (Gleason 3+4=7 as text), single PSA 7.8 ng/mL; no imaging, TNM, stage or recurrence information: relugolix requested",
         "FDA label ORGOVYX 1 Indications: advanced prostate cancer; whether the disease is advanced (metastatic, recurrent, or advanced localized) is not documented",
         "2024-09-17", rx("relugolix"), "needs-documentation", missing=["stage"],
         encodings=["Condition ICD-10-CM only", "biopsy text-only Procedure", "Gleason 35266-6 valueString '3+4=7'", "single PSA", "transaction Bundle"],
         bundle_type="transaction")
p = c.condition([(ICD10, "C61", "Malignant neoplasm of prostate")], None, "2024-08-12")
c.proc(None, "Transrectal ultrasound-guided prostate biopsy, 12 cores", "2024-08-05", reason=p)
c.obs(GLEASON, None, "2024-08-12", ("s", "3+4=7 (grade group 2)"), focus=p)
psa_series(c, (("2024-07-22", 7.8),))

c = case(48, "lab2-prostate-abiraterone-mcrpc-docetaxel-naive", "prostate", "male", "1946-05-05",
         "Metastatic CRPC (bone), docetaxel-naive, castrate testosterone 11 ng/dL with PSA 4.1 -> 9.8 -> 17.3 ng/mL on leuprolide: abiraterone with prednisone",
         "FDA label ZYTIGA 1 Indications: in combination with prednisone for metastatic castration-resistant prostate cancer; COU-AA-302 (NEJM 2013, chemotherapy-naive) / COU-AA-301",
         "2024-01-23", rx("abiraterone"), "supported",
         encodings=["Condition SNOMED + ICD-10 + text", "HRPC ICD-10 Z19.2 only", "leuprolide MedicationAdministration", "PSA series + testosterone", "prednisone MedicationRequest draft RxNorm"])
p = c.condition([PROSTATE_SCT, (ICD10, "C61", "Malignant neoplasm of prostate")], "Adenocarcinoma of prostate", "2020-10-19")
c.condition(BONE_MET, None, "2020-10-19")
for d in ("2020-11-02", "2021-05-03", "2021-11-01", "2022-05-02", "2022-10-31", "2023-05-01", "2023-10-30"):
    c.med("admin", [rx("leuprolide")], None, d, reason=p)
psa_series(c, (("2023-06-12", 4.1), ("2023-09-11", 9.8), ("2023-12-11", 17.3)))
c.lab(TESTO[0], TESTO[1], "2023-12-11", 11, "ng/dL")
c.condition([HRPC[1]], None, "2023-12-18")
c.med("request", [rx("prednisone")], "prednisone 5 mg PO BID", "2024-01-22", status="draft", reason=p)


# ---------------------------------------------------------------------------------
def check(cases):
    ids = set()
    for c in cases:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["cancer"] in ("breast", "nsclc", "colorectal", "prostate")
        assert c["expected"] in ("supported", "needs-documentation", "refer-to-reviewer")
        urns = {e["fullUrl"] for e in c["bundle"]["entry"]}
        assert len(urns) == len(c["bundle"]["entry"])
        rids = [e["resource"]["id"] for e in c["bundle"]["entry"]]
        assert len(rids) == len(set(rids))
        pats = [e for e in c["bundle"]["entry"] if e["resource"]["resourceType"] == "Patient"]
        assert len(pats) == 1 and pats[0]["resource"]["id"].startswith("lab2-")
        s = json.dumps(c["bundle"])
        for ref in re.findall(r'"reference": "([^"]+)"', s):
            assert ref in urns, (c["id"], ref)
        dates = re.findall(r'"(\d{4}-\d{2}-\d{2})', s)
        assert all(d <= c["date"] for d in dates if not d.startswith(("19", "18"))), (c["id"], max(dates), c["date"])
        if c["bundle"]["type"] == "transaction":
            assert all("request" in e for e in c["bundle"]["entry"])
        # the service must be a code listed in the verified tables
        sv = c["service"]
        if sv["system"] == RXNORM:
            assert sv["code"] in RX.values(), sv
        else:
            assert sv["system"] == HCPCS and sv["code"] in {v[0] for v in HC.values()}, sv


MD_HEAD = """# Label-based medical-necessity cases, held-out set 2

Written by `scripts/gen-label-cases-2.py` (stdlib Python, deterministic, no network); do not edit
`label-cases-2.json` or this file by hand. Same schema as `cases.json` / `label-cases.json`;
patients `lab2-<n>`.

Held out: written without reading the project's pathway files (`pathways/*.toml`), its FHIR
reader / engine (`src/`), its case generator or `cases.json` beyond the schema. Expected
answers come only from the FDA label (section 1, Indications and Usage) of the requested drug
and its pivotal trial, named in each case's `basis`. The drugs and situations were chosen to
differ from the first label set (`label-cases.json`): adjuvant ribociclib / neratinib /
alectinib / osimertinib / atezolizumab / capecitabine, neoadjuvant pertuzumab / nivolumab,
ESR1 (elacestrant), AKT1 (capivasertib), HR+ sacituzumab, BRAF V600E NSCLC, EGFR exon 20
(amivantamab), ramucirumab, dMMR CRC (ipilimumab + nivolumab), HER2+ CRC (tucatinib),
fruquintinib, trifluridine/tipiracil, panitumumab monotherapy, EMBARK enzalutamide,
sipuleucel-T, talazoparib, rucaparib, relugolix and abiraterone in mCRPC.

Expected values: `supported` = the record documents what the label gate needs;
`needs-documentation` = a gate fact is simply absent (`expected_missing` names it; an engine
may list more); `refer-to-reviewer` = the record contradicts the gate (wrong biomarker, wrong
line, stage/risk not matching, prior therapy not given) or the drug is not indicated in that
setting.
"""

MD_ENC = """
## Encodings used (across the set)

- **Bundles**: `collection` (most) and `transaction` (4 cases, every entry with
  `request: {method: POST, url: <type>}`); `urn:uuid:` fullUrls; references always resolve.
- **Conditions**: ICD-10-CM only; SNOMED CT only; both with `code.text`; text only; mCODE
  PrimaryCancerCondition (histology extension, encounter-diagnosis, bodySite) and
  SecondaryCancerCondition (related-primary extension); `Condition.stage.summary` (AJCC code
  or SNOMED stage qualifier, with text, optionally `assessment` -> stage Observation); status
  diagnoses ICD-10-CM Z17.0 (ER+), R97.21 (rising PSA after treatment), Z19.2 / SNOMED
  427492003 (castration resistance), G89.3 (neoplasm-related pain).
- **Stage**: LOINC 21908-9 / 21902-2 with `cancerstaging.org` codes (IA2, IIA, IIB, IIIA,
  IIIC, IV, IVA, IVB, IVC) or SNOMED 258215001 / 258224005 / 258228008, with/without mCODE
  profile; T/N/M category Observations (clinical and pathological, incl. `pN0(sn)`); tumor size
  LOINC 21889-1 in cm or mm; node counts 21893-3 / 21894-1; some records carry stage only in
  `Condition.stage` or nowhere.
- **Markers**: ER/PR (16112-5/16113-3 SNOMED, 85337-4/85339-0 LOINC answers or %), HER2 IHC
  85319-2 (LA6111-4 / LA11841-6 / LA11842-4 / LA11843-2 or valueString), HER2 48676-1, HER2
  ISH 85318-4 (SNOMED Positive/Negative with ratio text), Ki-67 85330-9 %, PD-L1 22C3 85147-9
  (% or valueString) and PD-L1 SP263 as a text-only code with %, MSI 81695-9, MMR IHC and
  colorectal HER2 IHC as text-only Observations, Gleason 35266-6 (integer or string), PSA
  2857-1 series, PSA doubling time (text code, months), testosterone 2986-8, menstrual status
  8678-5.
- **Genomics**: Genomics Reporting `variant` and mCODE `mcode-genomic-variant` (69548-6,
  LA9633-4 / LA9634-2), 48018-6 with HGNC ids (new: ESR1 3467, AKT1 391, PTEN 9588, ATM 795,
  ERBB2 3430), HGVS one-letter (p.V600E, p.G12V, p.H1047R) and three-letter
  (p.Glu746_Ala750del, p.Gly469Ala, p.Tyr537Ser, p.Glu17Lys, p.Gly12Asp, p.Glu1978Ter,
  p.Thr3033AsnfsTer11, p.Trp2638Ter), c.HGVS (with and without transcript), 81252-9 text for
  fusions / amplifications, 48002-0 as LOINC answer (LA6683-2 germline, LA6684-0 somatic) or
  text, 53037-8 = LA6668-3 pathogenic, liquid-biopsy `method` text; Genomics Reporting
  DiagnosticReport (category v2-0074 GE) grouping results; pending tests as text
  Observations.
- **Performance status**: 89247-1 valueInteger or LOINC answers LA9622-7 / LA9623-5 / LA9624-3.
- **Therapy**: MedicationAdministration per cycle, MedicationRequest (completed / stopped /
  active / draft), MedicationStatement (completed / stopped / active), `medicationReference` to
  a Medication resource, RxNorm ingredient codes, one MIN (1670310 tipiracil / trifluridine),
  brand/regimen text only ("Verzenio (abemaciclib) 150 mg BID", "mFOLFOX6 ...", "OxyContin
  ..."), a chemotherapy course as a text-only Procedure with performedPeriod.
- **Procedures**: CPT 32663 (VATS lobectomy), 55866 (robotic radical prostatectomy), 19301,
  19303, 44140, 44160, 44204; SNOMED 392021009 (lumpectomy), 26294005 (radical
  prostatectomy); text-only procedures.
- **Service**: RxNorm ingredient (one MIN) or HCPCS J9022 (atezolizumab), J9061
  (amivantamab).
"""


def render_md(cases, counts):
    out = [MD_HEAD, "\n## Counts\n\n| cancer | supported | needs-documentation | refer-to-reviewer | total |\n|---|---|---|---|---|\n"]
    for k in ("breast", "nsclc", "colorectal", "prostate"):
        v = counts.get(k, {})
        out.append(f"| {k} | {v.get('supported', 0)} | {v.get('needs-documentation', 0)} | {v.get('refer-to-reviewer', 0)} | {sum(v.values())} |\n")
    tot = lambda e: sum(v.get(e, 0) for v in counts.values())
    out.append(f"| all | {tot('supported')} | {tot('needs-documentation')} | {tot('refer-to-reviewer')} | {len(cases)} |\n")
    enc = {c.cid: c.encodings for c in CASES}
    for k in ("nsclc", "breast", "colorectal", "prostate"):
        for e in ("supported", "needs-documentation", "refer-to-reviewer"):
            rows = [c for c in cases if c["cancer"] == k and c["expected"] == e]
            if not rows:
                continue
            out.append(f"\n### {k} / {e}\n\n| id | service | missing | label basis | encodings |\n|---|---|---|---|---|\n")
            for c in rows:
                s = c["service"]
                sysname = "RxNorm" if s["system"] == RXNORM else "HCPCS"
                name = s["display"] if sysname == "RxNorm" else next(n for n, v in HC.items() if v[0] == s["code"])
                miss = ", ".join(c.get("expected_missing", [])) if e == "needs-documentation" else ""
                if e == "needs-documentation" and not miss:
                    miss = "(left empty)"
                basis = c["basis"].split(":")[0].replace("FDA label ", "")
                out.append(f"| `{c['id']}` | {name} ({sysname} {s['code']}) | {miss} | {basis} | {'; '.join(enc[c['id']])} |\n")
    out.append(MD_ENC)
    out.append("\n## Codes that could not be verified (not used as codes)\n\n")
    for u in UNVERIFIED:
        out.append(f"- {u}\n")
    out.append(JUDGEMENT)
    return "".join(out)


JUDGEMENT = """
## Known judgement calls

- `lab2-crc-ipilimumab-nivolumab-dmmr-after-chemo`, `lab2-prostate-rucaparib-brca2-after-arpi-docetaxel`,
  `lab2-nsclc-amivantamab-ex20ins-after-platinum`, `lab2-nsclc-nivolumab-neoadjuvant-stage3a`: the
  label wording changed in 2023-2025 (first-line nivo+ipi, rucaparib without the taxane
  requirement, PAPILLON, perioperative nivolumab); each record satisfies both the older and the
  newer wording, so the answer does not depend on the label version.
- `lab2-breast-ribociclib-adjuvant-*`: the NATALEE adjuvant indication dates from 09/2024; both
  case dates are later. Stage I is refer because the label says "stage II and III".
- `lab2-breast-capivasertib-biomarker-untested`: `expected_missing` is empty because the gate
  is "PIK3CA/AKT1/PTEN alteration" and the fact name an engine uses is not knowable here.
- `lab2-crc-trifluridine-tipiracil-ras-unknown`: needs-documentation rests on the conditional
  "if RAS wild-type, an anti-EGFR therapy"; an engine that treats the anti-EGFR clause as
  optional when RAS is unknown would answer supported.
- `lab2-crc-capecitabine-adjuvant-nodes-missing`: capecitabine also has a metastatic CRC
  indication; the record excludes it by a negative staging CT (text Observation only).
- `lab2-prostate-sipuleucel-castration-undocumented`: ADT is documented, castration resistance
  is not (single PSA, no testosterone); same reading as the first set's darolutamide case.
- `lab2-prostate-relugolix-stage-undocumented`: "advanced prostate cancer" is treated as a stage
  / extent fact (`stage`).
- `lab2-prostate-sipuleucel-symptomatic-opioids`: the label gate is "asymptomatic or minimally
  symptomatic"; regular long-acting opioids for cancer pain with ECOG 2 is read as symptomatic.
- `lab2-nsclc-alectinib-adjuvant-stage1a`, `lab2-prostate-enzalutamide-low-risk-bcr`: refer
  rests on label qualifiers in parentheses / section 14 (">= 4 cm or node positive",
  "high-risk BCR" = PSADT <= 9 months).
- Services use one RxNorm MIN (`tipiracil / trifluridine`, 1670310) instead of an ingredient;
  an engine keyed on ingredient codes may need to map it.
- Fact names in `expected_missing` (`egfr`, `pdl1`, `braf`, `esr1`, `stage`, `msi`, `kras`,
  `nras`, `castration`, `brca`) follow the first set's style; `pdl1`, `esr1` and `msi` are new
  names and may differ from the engine's vocabulary.
"""


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "tests", "fixtures", "necessity", "label-cases-2.json"))
    args = ap.parse_args()
    cases = [c.to_json() for c in CASES]
    check(cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["cancer"], {}).setdefault(c["expected"], 0)
        counts[c["cancer"]][c["expected"]] += 1
    with open(args.out, "w") as f:
        json.dump({"cases": cases}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    md = os.path.join(os.path.dirname(args.out), "label-cases-2.md")
    with open(md, "w") as f:
        f.write(render_md(cases, counts))
    print(f"wrote {len(cases)} cases to {os.path.normpath(args.out)} and {os.path.normpath(md)}")
    for k in ("breast", "nsclc", "colorectal", "prostate"):
        print(k, counts.get(k))


if __name__ == "__main__":
    main()
