#!/usr/bin/env python3
"""Generate held-out label-based medical-necessity set 9 ("community chart" set).

Outputs (deterministic, Python 3 stdlib only):
  tests/fixtures/necessity/label-cases-9.json
  tests/fixtures/necessity/label-cases-9.md

Usage:
  python3 scripts/gen-label-cases-9.py           # write both files
  python3 scripts/gen-label-cases-9.py --check   # regenerate in memory, validate the
                                                 # written JSON (identical content,
                                                 # structure, counts, references,
                                                 # dates, expected_missing keys)

WRITTEN BLIND.  The author did not open anything under src/, crates/, pathways/,
tests/fixtures/necessity/ (other files), scripts/gen-*.py (other generators) or the
main README.md, and did not build or run the engine.  Expected answers rest only on
the current (2026) US FDA labels, section 1 "Indications and Usage", as read through
the search tool (openFDA label JSON / DailyMed / payer and CMS coding pages), and on
the pivotal trials named in each case's "basis".

What the set tests: charts as they reach a prior-auth desk from a community oncology
practice.  Facts are present but spread and written in many ways:
  * diagnoses as ICD-10-CM only (C50.912, C50.921, C34.11, C18.7, C61, C78.x,
    C79.51 ...), SNOMED CT only (NSCLC 254637007), or both; problem-list vs
    encounter-diagnosis; old resolved cancers of another type;
  * stage as AJCC-8 text in Observations (LOINC 21908-9 clinical / 21902-2
    pathologic stage group), in Condition.stage.summary text, in a pathology
    DiagnosticReport conclusion, or only as T/N/M Observations (LOINC 21905-5,
    21906-3, 21907-1 clinical; 21899-0, 21900-6, 21901-4 pathologic);
  * biomarkers as IHC/ISH Observations (ER 16112-5 / 85337-4, PR 16113-3 / 85339-0,
    HER2 IHC 18474-7 / 85319-2, HER2 FISH 31150-6 / 85318-4) with SNOMED / LOINC
    answers or valueString; PD-L1 22C3 (85147-7) as text; NGS variant Observations
    (components 48018-6 gene, 48005-3 protein change, 81252-9 variant, 53037-8
    significance), fusion text, wild-type panels; MSI (81695-9) and MMR IHC per
    protein (local codes); germline BRCA from a genetics lab; PSMA PET report
    conclusions; PSA (2857-1) and testosterone (2986-8) series with units;
  * prior therapy as MedicationAdministration series (cycles, RxNorm ingredient
    codes - no SCD codes were used because none could be verified here), MedicationRequest completed/stopped, MedicationStatement text only,
    regimen names in text (AC-T, FOLFOXIRI, carbo/pem/pembro, ...), progression
    dates from imaging report conclusions;
  * ECOG (89247-1) / Karnofsky text, menopausal status (only inferable: age >= 60,
    bilateral oophorectomy Procedure; deliberately absent in breast-07), castration status (testosterone < 50 ng/dL
    on ADT, rising PSA);
  * noise: comorbidities, supportive meds, vitals, unrelated labs.

Requested-drug codes (service) and where they were verified
------------------------------------------------------------
RxNorm ingredient (IN) codes: PharmGKB/ClinPGx drug cross-references as exported by
biopragmatics/obo-db-ingest export/pharmgkb.drug/pharmgkb.drug.sssom.tsv (fetched
mirror, commit 5613ff7e, Dec 2025).  Where the same code also appears in the CPIC
drug table (cpicpgx/cpic-data db/drug.sql) or another public table that is noted
after a "|" in SERVICE_CODES.  The sssom file was read from the snapshot at HEAD
5613ff7e (file last changed in dc84e26a, 2025-08-19).  HCPCS codes: CMS/MAC or manufacturer coding pages found
with the search tool (URLs in SERVICE_CODES below).
Codes NOT verified in this session (used only as secondary codings or plain,
universally used lab codes): SNOMED 254837009, 399068003, 363406005; vital-sign and
routine-lab LOINC codes (29463-7, 8867-4, 718-7, 2160-0, 1742-6, 777-3, 6690-2,
4548-4, 2039-6, 2857-1, 2986-8, 48018-6, 48005-3, 81252-9, 53037-8, 69548-6,
51969-4, LA9633-4, LA6668-3).  They are listed as such in the .md header.
"""

import json
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "necessity"
JSON_PATH = OUT_DIR / "label-cases-9.json"
MD_PATH = OUT_DIR / "label-cases-9.md"

NS = uuid.UUID("9b7c1e52-3f4a-4d8e-a6b2-1c0d5e7f9a31")

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
LOCAL = "http://riverbend-oncology.example.org/fhir/CodeSystem/local-lab"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"

ALLOWED_MISSING = {
    "stage", "her2", "er", "pr", "brca", "pik3ca", "esr1", "menopause", "egfr", "alk",
    "ros1", "met", "ret", "kras", "nras", "ras", "braf", "msi", "pdl1", "pdl1_cps",
    "castration", "castration_resistant", "psa", "psma", "hrr", "ecog", "resectable",
    "line", "prior_therapy",
}
CANCERS = ("breast", "nsclc", "colorectal", "prostate")
OUTCOMES = ("supported", "needs-documentation", "refer-to-reviewer")

# ---------------------------------------------------------------------------
# Verified codes.  Source key -> where the code was checked.
# ---------------------------------------------------------------------------
SRC = {
    "pgkb": "PharmGKB/ClinPGx RxNorm xref (biopragmatics/obo-db-ingest pharmgkb.drug.sssom.tsv @5613ff7e)",
    "cpic": "CPIC drug table cpicpgx/cpic-data db/drug.sql",
    "j9358": "ENHERTU4U coding & reimbursement sheet (J9358 'Injection, fam-trastuzumab deruxtecan-nxki, 1 mg'); carecostestimate.com/drugs/enhertu",
    "j9317": "Immunomedics TRODELVY billing & coding guide (J9317 eff. 2021-01-01); QualChoice policy BI663",
    "j9173": "coding.health/hcpcs-code-j9173; IBX Medicare Advantage policy MA08.123 (durvalumab, J9173 per 10 mg)",
    "a9606": "CGS Medicare (MAC) 'Submitting Claims for Xofigo' page; billing article A54559",
    "a9607": "NC Medicaid bulletin 2022-11-01 'Pluvicto - New HCPCS Code A9607'; SNMMI coding Q&A",
}

# Requested drugs: key -> (system, code, display, verification)
SERVICE_CODES = {
    "tdxd": (HCPCS, "J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "j9358"),
    "sacituzumab": (HCPCS, "J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "j9317"),
    "elacestrant": (RX, "2628469", "elacestrant", "pgkb"),
    "olaparib": (RX, "1597582", "olaparib", "pgkb"),
    "ribociclib": (RX, "1873916", "ribociclib", "pgkb"),
    "pembrolizumab": (RX, "1547545", "pembrolizumab", "pgkb|also in a public oncology data-model enum table (find_string hit)"),
    "palbociclib": (RX, "1601374", "palbociclib", "pgkb"),
    "talazoparib": (RX, "2099704", "talazoparib", "pgkb"),
    "tdm1": (RX, "1371041", "ado-trastuzumab emtansine", "pgkb"),
    "lapatinib": (RX, "480167", "lapatinib", "pgkb|also in CPIC drug table"),
    "pertuzumab": (RX, "1298944", "pertuzumab", "pgkb"),
    "eribulin": (RX, "1045453", "eribulin", "pgkb"),
    "osimertinib": (RX, "1721560", "osimertinib", "pgkb"),
    "alectinib": (RX, "1727455", "alectinib", "pgkb"),
    "durvalumab_j": (HCPCS, "J9173", "Injection, durvalumab, 10 mg", "j9173"),
    "durvalumab": (RX, "1919503", "durvalumab", "pgkb"),
    "sotorasib": (RX, "2550714", "sotorasib", "pgkb"),
    "dabrafenib": (RX, "1424911", "dabrafenib", "pgkb|also in CPIC drug table"),
    "selpercatinib": (RX, "2370147", "selpercatinib", "pgkb"),
    "tepotinib": (RX, "2477103", "tepotinib", "pgkb"),
    "atezolizumab": (RX, "1792776", "atezolizumab", "pgkb"),
    "entrectinib": (RX, "2197862", "entrectinib", "pgkb"),
    "nivolumab": (RX, "1597876", "nivolumab", "pgkb|also in a public oncology data-model enum table (find_string hit)"),
    "panitumumab": (RX, "263034", "panitumumab", "pgkb"),
    "cetuximab": (RX, "318341", "cetuximab", "pgkb|also in CPIC drug table"),
    "regorafenib": (RX, "1312397", "regorafenib", "pgkb"),
    "bevacizumab": (RX, "253337", "bevacizumab", "pgkb"),
    "capecitabine": (RX, "194000", "capecitabine", "pgkb|also in CPIC drug table"),
    "ipilimumab": (RX, "1094833", "ipilimumab", "pgkb"),
    "abiraterone": (RX, "1100072", "abiraterone", "pgkb"),
    "enzalutamide": (RX, "1307298", "enzalutamide", "pgkb"),
    "lutetium": (HCPCS, "A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "a9607"),
    "cabazitaxel": (RX, "996051", "cabazitaxel", "pgkb"),
    "leuprolide": (RX, "42375", "leuprolide", "pgkb"),
    "rucaparib": (RX, "1862579", "rucaparib", "pgkb"),
    "radium": (HCPCS, "A9606", "Radium ra-223 dichloride, therapeutic, per microcurie", "a9606"),
    "docetaxel": (RX, "72962", "docetaxel", "pgkb"),
}

# Other RxNorm ingredient codes used in prior-therapy / supportive records (all pgkb;
# many also in the CPIC table).
RXIN = {
    "carboplatin": "40048", "cisplatin": "2555", "paclitaxel": "56946", "pemetrexed": "68446",
    "oxaliplatin": "32592", "fluorouracil": "4492", "leucovorin": "6313", "irinotecan": "51499",
    "capecitabine": "194000", "docetaxel": "72962", "doxorubicin": "3639",
    "cyclophosphamide": "3002", "trastuzumab": "224905", "pertuzumab": "1298944",
    "letrozole": "72965", "anastrozole": "84857", "fulvestrant": "282357", "tamoxifen": "10324",
    "exemestane": "258494", "palbociclib": "1601374", "ribociclib": "1873916",
    "abiraterone": "1100072", "enzalutamide": "1307298", "leuprolide": "42375",
    "goserelin": "50610", "degarelix": "475230", "bicalutamide": "83008", "prednisone": "8640",
    "dexamethasone": "3264", "ondansetron": "26225", "filgrastim": "68442",
    "pegfilgrastim": "338036", "metformin": "6809", "lisinopril": "29046",
    "amlodipine": "17767", "levothyroxine": "10582", "atorvastatin": "83367",
    "gemcitabine": "12574", "vinorelbine": "39541", "bevacizumab": "253337",
    "etoposide": "4179", "pembrolizumab": "1547545", "loperamide": "6468",
    "omeprazole": "7646", "pantoprazole": "40790", "sertraline": "36437", "gabapentin": "25480",
}


def rx(name):
    return {"coding": [{"system": RX, "code": RXIN[name], "display": name}], "text": name}


def cc(system, code, display, text=None):
    c = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        c["text"] = text
    return c


def txt(t):
    return {"text": t}


# ---------------------------------------------------------------------------
# Bundle builder
# ---------------------------------------------------------------------------
class B:
    def __init__(self, case_id, pid, gender, birth, given, family):
        self.case_id = case_id
        self.n = 0
        self.entries = []
        self.pref = self._add({
            "resourceType": "Patient", "id": pid, "gender": gender, "birthDate": birth,
            "name": [{"family": family, "given": [given]}],
        }, keep_id=True)

    def _uuid(self):
        self.n += 1
        return str(uuid.uuid5(NS, f"{self.case_id}/{self.n}"))

    def _add(self, res, keep_id=False):
        u = self._uuid()
        if not keep_id:
            res = dict(res)
            res = {"resourceType": res.pop("resourceType"), "id": u, **res}
        full = "urn:uuid:" + u
        self.entries.append({"fullUrl": full, "resource": res})
        return full

    def subj(self):
        return {"reference": self.pref}

    # --- resources -------------------------------------------------------
    def cond(self, code, date, cat="problem-list-item", status="active", stage=None,
             abated=None, note=None, body=None):
        r = {
            "resourceType": "Condition",
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical",
                                 "resolved" if abated else status,
                                 "Resolved" if abated else status.capitalize()),
            "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                     "confirmed", "Confirmed"),
            "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                            "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis")],
            "code": code,
            "subject": self.subj(),
            "onsetDateTime": date,
            "recordedDate": date,
        }
        if body:
            r["bodySite"] = [txt(body)]
        if stage:
            r["stage"] = [{"summary": txt(stage)}]
        if abated:
            r["abatementDateTime"] = abated
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def obs(self, code, date, value=None, cat="laboratory", comps=None, note=None,
            interp=None, status="final", method=None):
        r = {
            "resourceType": "Observation", "status": status,
            "category": [cc(OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                          "survey": "Survey", "exam": "Exam",
                                          "social-history": "Social History",
                                          "imaging": "Imaging"}.get(cat, cat))],
            "code": code, "subject": self.subj(), "effectiveDateTime": date,
        }
        if value is not None:
            k, v = value
            r[k] = v
        if interp:
            r["interpretation"] = [txt(interp)]
        if method:
            r["method"] = txt(method)
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def report(self, code, date, conclusion, cat="PAT", results=None, ccodes=None):
        r = {
            "resourceType": "DiagnosticReport", "status": "final",
            "category": [cc(V2_0074, cat, {"PAT": "Pathology (gross & histology)", "RAD": "Radiology",
                                           "GE": "Genetics", "LAB": "Laboratory",
                                           "NMS": "Nuclear Medicine Scan"}[cat])],
            "code": code, "subject": self.subj(), "effectiveDateTime": date,
            "issued": date + "T17:00:00Z", "conclusion": conclusion,
        }
        if results:
            r["result"] = [{"reference": x} for x in results]
        if ccodes:
            r["conclusionCode"] = ccodes
        return self._add(r)

    def madmin(self, med, date, dose=None, status="completed", note=None):
        r = {"resourceType": "MedicationAdministration", "status": status,
             "medicationCodeableConcept": med, "subject": self.subj(),
             "effectiveDateTime": date}
        if dose:
            r["dosage"] = {"text": dose}
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def cycles(self, meds, dates, dose=None):
        for d in dates:
            for m in meds:
                self.madmin(m, d, dose=dose)

    def mreq(self, med, date, status="active", intent="order", dose=None, note=None, reason=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": self.subj(), "authoredOn": date}
        if dose:
            r["dosageInstruction"] = [{"text": dose}]
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [txt(reason)]
        return self._add(r)

    def mstmt(self, text, start, end=None, status="completed", note=None, med=None):
        r = {"resourceType": "MedicationStatement", "status": status,
             "medicationCodeableConcept": med or txt(text), "subject": self.subj(),
             "effectivePeriod": {"start": start, **({"end": end} if end else {})}}
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def proc(self, code, date, note=None, status="completed"):
        r = {"resourceType": "Procedure", "status": status, "code": code,
             "subject": self.subj(), "performedDateTime": date}
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def sreq(self, text, date, status="active"):
        return self._add({"resourceType": "ServiceRequest", "status": status, "intent": "order",
                          "code": txt(text), "subject": self.subj(), "authoredOn": date})

    def enc(self, date, reason):
        return self._add({"resourceType": "Encounter", "status": "finished",
                          "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                    "code": "AMB", "display": "ambulatory"},
                          "subject": self.subj(), "period": {"start": date, "end": date},
                          "reasonCode": [txt(reason)]})

    # --- composite helpers --------------------------------------------------
    def ecog(self, date, score, as_text=False):
        if as_text:
            return self.obs(txt("Performance status (clinic note)"), date,
                            ("valueString", score), cat="survey")
        return self.obs(cc(LN, "89247-1", "ECOG Performance Status score"), date,
                        ("valueInteger", score), cat="survey")

    def weight(self, date, kg):
        return self.obs(cc(LN, "29463-7", "Body weight"), date,
                        ("valueQuantity", {"value": kg, "unit": "kg", "system": "http://unitsofmeasure.org", "code": "kg"}),
                        cat="vital-signs")

    def lab(self, code, disp, date, val, unit, ucum=None):
        return self.obs(cc(LN, code, disp), date,
                        ("valueQuantity", {"value": val, "unit": unit, "system": "http://unitsofmeasure.org", "code": ucum or unit}))

    def psa(self, date, val):
        return self.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", date, val, "ng/mL")

    def testo(self, date, val):
        return self.lab("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", date, val, "ng/dL")

    def noise_labs(self, date, hgb=12.8, cr=0.9, alt=24, plt=230):
        self.lab("718-7", "Hemoglobin [Mass/volume] in Blood", date, hgb, "g/dL")
        self.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", date, cr, "mg/dL")
        self.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", date, alt, "U/L")
        self.lab("777-3", "Platelets [#/volume] in Blood by Automated count", date, plt, "10*3/uL")

    def variant(self, date, gene, change, sig="Pathogenic", extra=None, specimen=None, found=True):
        comps = [
            {"code": cc(LN, "48018-6", "Gene studied [ID]"), "valueCodeableConcept": txt(gene)},
        ]
        if change:
            comps.append({"code": cc(LN, "48005-3", "Amino acid change (pHGVS)"),
                          "valueCodeableConcept": txt(change)})
        if extra:
            comps.append({"code": cc(LN, "81252-9", "Discrete genetic variant"),
                          "valueCodeableConcept": txt(extra)})
        if sig:
            comps.append({"code": cc(LN, "53037-8", "Genetic variation clinical significance [Imp]"),
                          "valueCodeableConcept": txt(sig)})
        val = cc(LN, "LA9633-4", "Present") if found else cc(LN, "LA9634-2", "Absent")
        return self.obs(cc(LN, "69548-6", "Genetic variant assessment"), date,
                        ("valueCodeableConcept", val), comps=comps,
                        note=specimen)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "collection", "entry": self.entries}


def svc(key):
    s, c, d, _ = SERVICE_CODES[key]
    return {"system": s, "code": c, "display": d}


def order(b, key, date, dose=None, note=None):
    s, c, d, _ = SERVICE_CODES[key]
    return b.mreq({"coding": [{"system": s, "code": c, "display": d}], "text": d}, date,
                  status="draft", intent="proposal", dose=dose, note=note)


def icd(code, disp):
    return cc(ICD, code, disp)


def icd_sct(code, disp, scode, sdisp, text=None):
    c = {"coding": [{"system": ICD, "code": code, "display": disp},
                    {"system": SCT, "code": scode, "display": sdisp}]}
    if text:
        c["text"] = text
    return c


def sct(code, disp, text=None):
    return cc(SCT, code, disp, text)


def loc(code, disp):
    return cc(LOCAL, code, disp)


NSCLC_SCT = ("254637007", "Non-small cell lung cancer (disorder)")
TNM = {
    "cT": ("21905-5", "Primary tumor.clinical [Class] Cancer"),
    "cN": ("21906-3", "Regional lymph nodes.clinical [Class] Cancer"),
    "cM": ("21907-1", "Distant metastases.clinical [Class] Cancer"),
    "pT": ("21899-0", "Primary tumor.pathology Cancer"),
    "pN": ("21900-6", "Regional lymph nodes.pathology [Class] Cancer"),
    "pM": ("21901-4", "Distant metastases.pathology [Class] Cancer"),
}


def tnm(b, date, **kw):
    for k, v in kw.items():
        code, disp = TNM[k]
        b.obs(cc(LN, code, disp), date, ("valueCodeableConcept", txt(v)), cat="exam")


def stage_obs(b, date, value, clinical=True):
    code = ("21908-9", "Stage group.clinical Cancer") if clinical else ("21902-2", "Stage group.pathology Cancer")
    return b.obs(cc(LN, *code), date, ("valueCodeableConcept", txt(value)), cat="exam")


CASES = []


def case(cid, cancer, expected, drug_key, drug_name, date, description, basis, reason,
         build, missing=None):
    CASES.append({"id": cid, "cancer": cancer, "expected": expected, "drug_key": drug_key,
                  "drug_name": drug_name, "date": date, "description": description,
                  "basis": basis, "reason": reason, "build": build, "missing": missing})


# ===========================================================================
# BREAST
# ===========================================================================
def b01(b):
    b.cond(icd("C50.912", "Malignant neoplasm of unspecified site of left female breast"), "2019-03-14",
           cat="encounter-diagnosis")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2023-02-20")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2023-02-20")
    b.cond(icd("E11.9", "Type 2 diabetes mellitus without complications"), "2014-06-01")
    b.cond(icd("I10", "Essential (primary) hypertension"), "2012-01-10")
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2019-03-14",
          ("valueCodeableConcept", sct("416053008", "Estrogen receptor positive tumor")))
    b.obs(cc(LN, "16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2019-03-14",
          ("valueString", "Positive, 40% moderate"))
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2023-02-24",
          ("valueString", "Score 1+ (HER2-low); liver core biopsy"))
    b.madmin(rx("doxorubicin"), "2019-05-02", "60 mg/m2 (AC cycle 1)")
    b.madmin(rx("cyclophosphamide"), "2019-05-02", "600 mg/m2 (AC cycle 1)")
    b.mstmt("AC x4 then weekly paclitaxel x12 (AC-T), adjuvant", "2019-05-02", "2019-10-10")
    b.mstmt("anastrozole 1 mg daily (adjuvant)", "2019-11-01", "2023-02-01", status="stopped")
    b.mstmt("ribociclib + letrozole (1st line metastatic)", "2023-03-10", "2024-08-20", status="stopped",
            note="Stopped for progression, CT 2024-08-14")
    b.mreq(rx("capecitabine"), "2024-09-03", status="stopped", dose="1000 mg/m2 BID d1-14 q21d",
           note="2nd line metastatic; discontinued 2025-05 for progression")
    b.report(txt("CT chest/abdomen/pelvis with contrast"), "2025-05-22",
             "Interval enlargement of segment 6/7 hepatic metastases and two new liver lesions. "
             "RECIST 1.1: progressive disease.", cat="RAD")
    b.ecog("2025-06-03", 1)
    b.weight("2025-06-03", 71.4)
    b.noise_labs("2025-06-03", hgb=11.6)
    b.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2025-04-11", 7.1, "%")
    b.mreq(rx("metformin"), "2020-01-15", dose="1000 mg BID")
    b.mstmt("denosumab 120 mg SC every 4 weeks", "2023-03-10", status="active")
    b.obs(cc(LN, "10230-1", "Left ventricular Ejection fraction"), "2025-05-30",
          ("valueQuantity", {"value": 60, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}), cat="imaging")
    order(b, "tdxd", "2025-06-10", dose="5.4 mg/kg IV q3w")


case("lab9-breast-01", "breast", "supported", "tdxd", "fam-trastuzumab deruxtecan-nxki (HCPCS J9358)",
     "2025-06-10",
     "64-year-old woman with HR-positive, HER2-low (IHC 1+ on liver biopsy) metastatic breast cancer to liver and bone, "
     "progressed on ribociclib+letrozole and then on capecitabine (CT 2025-05-22 RECIST PD); trastuzumab deruxtecan requested 2025-06-10.",
     "ENHERTU label 1: unresectable or metastatic HER2-low (IHC 1+ or IHC 2+/ISH-) breast cancer after prior chemotherapy "
     "in the metastatic setting (DESTINY-Breast04); also HR+ HER2-low/ultralow after >=1 endocrine therapy (DESTINY-Breast06).",
     "HER2-low metastatic, prior metastatic chemotherapy (capecitabine) and endocrine therapy documented.",
     lambda b: b01(b))


def b02(b):
    b.cond(icd("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"), "2022-08-09",
           stage="Stage IV (recurrent) - lung and mediastinal nodal metastases, 2024-06")
    b.cond(icd("C78.01", "Secondary malignant neoplasm of right lung"), "2024-06-18", cat="encounter-diagnosis")
    b.cond(icd("F32.A", "Depression, unspecified"), "2023-01-05")
    b.obs(cc(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"),
          "2022-08-09", ("valueString", "Negative (0%)"))
    b.obs(cc(LN, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain"),
          "2022-08-09", ("valueString", "Negative (0%)"))
    b.obs(cc(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain"),
          "2022-08-09", ("valueString", "0 (no staining)"))
    b.mstmt("KEYNOTE-522 regimen: pembrolizumab + carboplatin/paclitaxel then AC (neoadjuvant)", "2022-09-01", "2023-02-15")
    b.proc(txt("Right partial mastectomy with sentinel node biopsy"), "2023-03-20",
           note="ypT1b ypN0 residual invasive carcinoma")
    for d in ["2024-07-08", "2024-07-29", "2024-08-19", "2024-09-09", "2024-09-30", "2024-10-21"]:
        b.madmin(rx("gemcitabine"), d, "1000 mg/m2 d1,8")
        b.madmin(rx("carboplatin"), d, "AUC 2 d1,8")
    b.report(txt("CT chest with contrast"), "2024-12-16",
             "New right lower lobe nodules and enlarging subcarinal node; progression on gemcitabine/carboplatin.", cat="RAD")
    b.mreq(rx("capecitabine"), "2025-01-06", status="stopped", dose="1000 mg/m2 BID d1-14",
           note="3rd systemic regimen overall, 2nd for metastatic disease; stopped 2025-05 for PD")
    b.report(txt("CT chest/abdomen/pelvis"), "2025-05-19",
             "Further enlargement of pulmonary metastases (sum of diameters +31%). Impression: progressive disease.", cat="RAD")
    b.ecog("2025-05-27", "ECOG 1 - ambulatory, restricted in strenuous activity", as_text=True)
    b.mreq(rx("sertraline"), "2023-01-05", dose="50 mg daily")
    b.mreq(rx("filgrastim"), "2025-05-27", dose="5 mcg/kg SC prn neutropenia")
    b.noise_labs("2025-05-27", hgb=10.9, alt=31)
    order(b, "sacituzumab", "2025-06-02", dose="10 mg/kg IV d1,8 q21d")


case("lab9-breast-02", "breast", "supported", "sacituzumab", "sacituzumab govitecan-hziy (HCPCS J9317)", "2025-06-02",
     "47-year-old woman with triple-negative breast cancer (ER 0%, PR 0%, HER2 0) recurrent in lung after KEYNOTE-522 neoadjuvant therapy; "
     "progressed on gemcitabine/carboplatin and then capecitabine for metastatic disease; sacituzumab govitecan requested 2025-06-02.",
     "TRODELVY label 1: unresectable locally advanced or metastatic TNBC after two or more prior systemic therapies, at least one "
     "for metastatic disease (ASCENT).",
     "mTNBC with two prior metastatic regimens documented (plus neoadjuvant therapy).",
     lambda b: b02(b))


def b03(b):
    b.cond(icd("C50.921", "Malignant neoplasm of unspecified site of right male breast"), "2016-11-02")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2023-05-15")
    b.cond(icd("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), "2018-01-01")
    b.obs(cc(LN, "40556-3", "Estrogen receptor Ag [Presence] in Tissue by Immune stain"), "2023-05-19",
          ("valueString", "Positive, 95% strong (bone biopsy)"))
    b.obs(cc(LN, "40557-1", "Progesterone receptor Ag [Presence] in Tissue by Immune stain"), "2023-05-19",
          ("valueString", "Positive, 20%"))
    b.obs(cc(LN, "31150-6", "HER2 [Presence] in Tissue by FISH"), "2023-05-19",
          ("valueString", "Not amplified; HER2/CEP17 ratio 1.2, mean HER2 copy number 2.4"))
    b.mstmt("tamoxifen 20 mg daily (adjuvant)", "2017-01-10", "2022-01-10", med=rx("tamoxifen"))
    b.mstmt("palbociclib + anastrozole + leuprolide (1L metastatic)", "2023-06-01", "2025-03-20", status="stopped")
    b.report(txt("Bone scan and CT CAP"), "2025-03-12",
             "New sclerotic lesions T10, L2 and left iliac wing; progression of osseous metastatic disease.", cat="RAD")
    v = b.variant("2025-03-28", "ESR1", "p.Tyr537Ser", extra="ESR1 c.1610A>C", sig="Pathogenic",
                  specimen="Plasma cell-free DNA (liquid biopsy NGS)")
    b.report(cc(LN, "51969-4", "Genetic analysis report"), "2025-03-28",
             "ctDNA: ESR1 Y537S detected (VAF 4.1%). PIK3CA not detected. TP53 not detected.", cat="GE", results=[v])
    b.ecog("2025-04-08", 1)
    b.weight("2025-04-08", 88.0)
    b.mreq(rx("amlodipine"), "2019-03-01", dose="5 mg daily")
    b.noise_labs("2025-04-08")
    order(b, "elacestrant", "2025-04-15", dose="345 mg PO daily")


case("lab9-breast-03", "breast", "supported", "elacestrant", "elacestrant", "2025-04-15",
     "66-year-old man with ER-positive, HER2-negative (FISH not amplified) breast cancer metastatic to bone, ESR1 Y537S on ctDNA, "
     "progressed on palbociclib + anastrozole + leuprolide after prior adjuvant tamoxifen; elacestrant requested 2025-04-15.",
     "ORSERDU label 1: postmenopausal women or adult men with ER+, HER2-, ESR1-mutated advanced or metastatic breast cancer "
     "with disease progression following at least one line of endocrine therapy (EMERALD).",
     "Adult man, ER+/HER2-, ESR1 mutation, progression after endocrine therapy all documented.",
     lambda b: b03(b))


def b04(b):
    b.cond(icd("C50.312", "Malignant neoplasm of lower-inner quadrant of left female breast"), "2024-07-22")
    b.cond(icd("C73", "Malignant neoplasm of thyroid gland"), "2010-04-01", abated="2010-09-30",
           note="Papillary thyroid carcinoma, total thyroidectomy + RAI 2010; no evidence of disease")
    b.cond(icd("E89.0", "Postprocedural hypothyroidism"), "2010-06-01")
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2024-07-22", ("valueString", "Negative (<1%)"))
    b.obs(cc(LN, "16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2024-07-22", ("valueString", "Negative (0%)"))
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2024-07-22", ("valueString", "1+ - negative"))
    v = b.variant("2024-08-05", "BRCA1", "p.Glu23fs", extra="BRCA1 c.68_69del (185delAG)",
                  sig="Pathogenic", specimen="Germline, blood; hereditary cancer panel (outside genetics lab)")
    b.obs(cc(LN, "53037-8", "Genetic variation clinical significance [Imp]"), "2024-08-05",
          ("valueCodeableConcept", cc(LN, "LA6668-3", "Pathogenic")), note="Germline BRCA1 result summary")
    b.report(txt("Hereditary breast/ovarian cancer panel (germline)"), "2024-08-05",
             "Heterozygous germline pathogenic variant in BRCA1 (c.68_69del). Genetic counseling completed.", cat="GE", results=[v])
    b.cycles([rx("doxorubicin"), rx("cyclophosphamide")], ["2024-08-15", "2024-08-29", "2024-09-12", "2024-09-26"])
    b.cycles([rx("paclitaxel")], ["2024-10-10", "2024-10-17", "2024-10-24", "2024-10-31", "2024-11-07", "2024-11-14",
                                  "2024-11-21", "2024-11-28", "2024-12-05", "2024-12-12", "2024-12-19", "2024-12-26"])
    b.proc(txt("Left modified radical mastectomy"), "2025-01-28")
    b.report(txt("Surgical pathology - left mastectomy"), "2025-01-28",
             "Residual invasive ductal carcinoma 2.6 cm, 4/11 lymph nodes positive. AJCC 8th ypT2 ypN2a. "
             "Clinical stage at diagnosis cT2 cN1 (IIB).", cat="PAT")
    stage_obs(b, "2025-01-28", "ypT2 ypN2a M0 (stage IIIA)", clinical=False)
    b.proc(txt("Adjuvant chest wall and regional nodal radiotherapy, 50 Gy/25 fx"), "2025-04-15")
    b.mreq(rx("levothyroxine"), "2010-10-01", dose="125 mcg daily")
    b.mreq(rx("ondansetron"), "2024-08-15", status="completed", dose="8 mg q8h prn")
    b.ecog("2025-05-13", 0)
    b.noise_labs("2025-05-13")
    order(b, "olaparib", "2025-05-20", dose="300 mg PO BID x 1 year")


case("lab9-breast-04", "breast", "supported", "olaparib", "olaparib", "2025-05-20",
     "41-year-old woman with germline BRCA1-mutated triple-negative breast cancer, residual ypT2 ypN2a disease after neoadjuvant "
     "AC-T and mastectomy; adjuvant olaparib requested 2025-05-20 (remote papillary thyroid cancer, resolved).",
     "LYNPARZA label 1: adjuvant treatment of adults with deleterious/suspected deleterious gBRCAm HER2-negative high-risk early "
     "breast cancer treated with neoadjuvant or adjuvant chemotherapy (OlympiA).",
     "gBRCA1 pathogenic, HER2-negative, high-risk residual disease after neoadjuvant chemotherapy documented.",
     lambda b: b04(b))


def b05(b):
    b.cond(icd_sct("C50.512", "Malignant neoplasm of lower-outer quadrant of left female breast",
                   "254837009", "Malignant neoplasm of breast (disorder)"), "2025-08-12")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2025-08-19")
    b.cond(icd("M81.0", "Age-related osteoporosis without current pathological fracture"), "2021-02-01")
    b.cond(icd("Z90.722", "Acquired absence of ovaries, bilateral"), "2004-05-10", cat="encounter-diagnosis")
    b.proc(txt("Bilateral salpingo-oophorectomy (benign ovarian cysts)"), "2004-05-10")
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2025-08-12",
          ("valueCodeableConcept", sct("416053008", "Estrogen receptor positive tumor", "ER positive, 90%")))
    b.obs(cc(LN, "16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2025-08-12", ("valueString", "Positive 60%"))
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2025-08-12",
          ("valueString", "2+ (equivocal)"))
    b.obs(cc(LN, "85318-4", "HER2 [Presence] in Breast cancer specimen by FISH"), "2025-08-15",
          ("valueString", "Negative - not amplified (ratio 1.4; 3.1 signals/cell)"))
    tnm(b, "2025-08-20", cT="cT2", cN="cN1", cM="cM1")
    b.report(txt("Whole-body bone scan"), "2025-08-19",
             "Multiple foci of uptake in the thoracic spine, pelvis and right femur consistent with osseous metastases.", cat="RAD")
    b.ecog("2025-08-27", 1)
    b.weight("2025-08-27", 64.2)
    b.mstmt("alendronate 70 mg weekly", "2021-02-15", "2025-08-20", status="stopped")
    b.mreq(rx("atorvastatin"), "2019-06-01", dose="20 mg daily")
    b.noise_labs("2025-08-27")
    b.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2025-08-27", 6.2, "ng/mL")
    b.mreq(rx("letrozole"), "2025-09-03", dose="2.5 mg daily", note="with ribociclib, initial endocrine-based therapy")
    order(b, "ribociclib", "2025-09-03", dose="600 mg daily d1-21 q28d")


case("lab9-breast-05", "breast", "supported", "ribociclib", "ribociclib", "2025-09-03",
     "63-year-old woman (bilateral oophorectomy 2004) with de novo HR-positive, HER2-negative (IHC 2+, FISH not amplified) breast cancer "
     "with bone metastases (cT2 cN1 cM1); ribociclib with letrozole as initial endocrine-based therapy requested 2025-09-03.",
     "KISQALI label 1: HR+/HER2- advanced or metastatic breast cancer in combination with an aromatase inhibitor as initial "
     "endocrine-based therapy (MONALEESA-2/-7).",
     "HR+/HER2- (ISH-negative) metastatic, first-line with an AI, postmenopausal (age and oophorectomy).",
     lambda b: b05(b))


def b06(b):
    b.cond(icd("C50.212", "Malignant neoplasm of upper-inner quadrant of left female breast"), "2025-02-18")
    b.cond(icd("J45.909", "Unspecified asthma, uncomplicated"), "2001-01-01")
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2025-02-18", ("valueString", "Negative, 0%"))
    b.obs(cc(LN, "16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2025-02-18", ("valueString", "Negative, 0%"))
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2025-02-18", ("valueString", "0"))
    stage_obs(b, "2025-02-25", "Stage 2B (cT2 cN1 M0)")
    b.report(txt("Breast MRI and axillary US-guided FNA"), "2025-02-24",
             "3.4 cm left breast mass; biopsy-proven left axillary nodal metastasis (cN1). No distant disease on staging CT.", cat="RAD")
    b.ecog("2025-03-05", 0)
    b.weight("2025-03-05", 59.0)
    b.mstmt("albuterol inhaler prn", "2001-01-01", status="active")
    b.noise_labs("2025-03-05")
    b.mreq(rx("carboplatin"), "2025-03-12", dose="AUC 5 q3w x4", note="with weekly paclitaxel and pembrolizumab (KEYNOTE-522)")
    b.mreq(rx("paclitaxel"), "2025-03-12", dose="80 mg/m2 weekly x12")
    order(b, "pembrolizumab", "2025-03-12", dose="200 mg q3w neoadjuvant then adjuvant")


case("lab9-breast-06", "breast", "supported", "pembrolizumab", "pembrolizumab", "2025-03-12",
     "38-year-old woman with newly diagnosed triple-negative breast cancer, clinical stage IIB (cT2 cN1 M0); neoadjuvant "
     "pembrolizumab with carboplatin/paclitaxel requested 2025-03-12.",
     "KEYTRUDA label 1: high-risk early-stage TNBC in combination with chemotherapy as neoadjuvant treatment, then continued "
     "as single agent as adjuvant treatment after surgery (KEYNOTE-522).",
     "High-risk early TNBC (stage IIB) with neoadjuvant chemotherapy combination.",
     lambda b: b06(b))


def b07(b):
    b.cond(icd("C50.911", "Malignant neoplasm of unspecified site of right female breast"), "2025-09-08")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2025-09-10")
    b.cond(icd("E66.9", "Obesity, unspecified"), "2018-01-01")
    b.obs(cc(LN, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"),
          "2025-09-08", ("valueString", "Positive, 85%"))
    b.obs(cc(LN, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain"),
          "2025-09-08", ("valueString", "Negative"))
    b.obs(cc(LN, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain"), "2025-09-08",
          ("valueString", "0 - negative"))
    b.cond(txt("Metastatic breast cancer, de novo stage IV"), "2025-09-10", stage="Stage IV (bone)")
    b.report(txt("PET/CT"), "2025-09-10", "FDG-avid right breast primary with multiple osseous metastases (spine, ribs).", cat="RAD")
    b.ecog("2025-09-24", 1)
    b.weight("2025-09-24", 96.5)
    b.obs(txt("Social history"), "2025-09-24", ("valueString", "Never smoker; works as a school administrator"), cat="social-history")
    b.noise_labs("2025-09-24")
    b.mreq(rx("letrozole"), "2025-10-01", dose="2.5 mg daily")
    order(b, "palbociclib", "2025-10-01", dose="125 mg d1-21 q28d with letrozole")


case("lab9-breast-07", "breast", "needs-documentation", "palbociclib", "palbociclib", "2025-10-01",
     "52-year-old woman with de novo ER-positive, HER2-negative breast cancer metastatic to bone; palbociclib with letrozole "
     "first-line requested 2025-10-01; menopausal status is not recorded anywhere (no LMP, no FSH/estradiol, no ovarian suppression).",
     "IBRANCE label 1: HR+/HER2- advanced or metastatic breast cancer with an aromatase inhibitor as initial endocrine-based therapy "
     "in postmenopausal women or in men (PALOMA-2); with fulvestrant after endocrine progression.",
     "AI combination requires postmenopausal status; a 52-year-old woman's menopausal status is simply absent.",
     lambda b: b07(b), missing=["menopause"])


def b08(b):
    b.cond(icd("C50.811", "Malignant neoplasm of overlapping sites of right female breast"), "2020-02-11")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2023-09-01")
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2023-09-05",
          ("valueCodeableConcept", sct("416053008", "Estrogen receptor positive tumor")))
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2023-09-05", ("valueString", "0"))
    b.mstmt("abemaciclib + letrozole (1L metastatic)", "2023-09-20", "2024-11-01", status="stopped")
    for d in ["2024-11-14", "2024-11-21", "2024-11-28", "2024-12-12", "2024-12-19", "2025-01-09", "2025-01-16",
              "2025-02-06", "2025-02-13", "2025-03-06"]:
        b.madmin(rx("paclitaxel"), d, "80 mg/m2 weekly")
    b.report(txt("MRI liver"), "2025-06-30", "Enlarging hepatic metastases; new lesion segment 2. Progression.", cat="RAD")
    b.sreq("Germline hereditary cancer panel (BRCA1/2, PALB2) - sent 2025-07-10, result pending", "2025-07-10")
    b.ecog("2025-07-15", 1)
    b.noise_labs("2025-07-15", alt=48)
    b.mreq(rx("gabapentin"), "2025-02-01", dose="300 mg TID (paclitaxel neuropathy)")
    order(b, "talazoparib", "2025-07-22", dose="1 mg PO daily")


case("lab9-breast-08", "breast", "needs-documentation", "talazoparib", "talazoparib", "2025-07-22",
     "49-year-old woman with HR-positive, HER2-negative breast cancer metastatic to liver after CDK4/6 inhibitor + AI and "
     "weekly paclitaxel; talazoparib requested 2025-07-22 while the germline BRCA panel is still pending.",
     "TALZENNA label 1: deleterious or suspected deleterious germline BRCA-mutated HER2-negative locally advanced or metastatic "
     "breast cancer (EMBRACA).",
     "HER2-negative metastatic disease is documented but the required germline BRCA result is absent (test pending).",
     lambda b: b08(b), missing=["brca"])


def b09(b):
    b.cond(icd("C50.112", "Malignant neoplasm of central portion of left female breast"), "2024-09-30")
    b.cond(icd("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2015-01-01")
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2024-09-30",
          ("valueString", "3+ (positive), core biopsy"))
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2024-09-30", ("valueString", "Positive 30%"))
    b.proc(txt("Left lumpectomy and axillary dissection"), "2025-04-22")
    b.report(txt("Surgical pathology - left breast"), "2025-04-22",
             "Post-treatment residual invasive carcinoma, 1.4 cm, with treatment effect; 2/9 nodes with metastatic carcinoma. "
             "ypT1c ypN1a. Margins negative.", cat="PAT")
    b.ecog("2025-05-20", 0)
    b.mreq(rx("omeprazole"), "2015-01-01", dose="20 mg daily")
    b.obs(cc(LN, "10230-1", "Left ventricular Ejection fraction"), "2025-05-15",
          ("valueQuantity", {"value": 58, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}), cat="imaging")
    b.noise_labs("2025-05-20")
    b.enc("2025-05-20", "Establish care after surgery at outside hospital; records of preoperative therapy requested")
    order(b, "tdm1", "2025-05-28", dose="3.6 mg/kg q3w x14 cycles")


case("lab9-breast-09", "breast", "needs-documentation", "tdm1", "ado-trastuzumab emtansine", "2025-05-28",
     "55-year-old woman with HER2-positive (IHC 3+) breast cancer with residual invasive disease (ypT1c ypN1a) at surgery; adjuvant "
     "T-DM1 requested 2025-05-28 but no record of the preoperative (neoadjuvant) regimen is in the chart.",
     "KADCYLA label 1: adjuvant treatment of HER2-positive early breast cancer with residual invasive disease after neoadjuvant "
     "taxane and trastuzumab-based treatment (KATHERINE); also metastatic after trastuzumab and a taxane.",
     "Residual disease and HER2+ documented; the required prior neoadjuvant taxane + trastuzumab therapy is not recorded at all.",
     lambda b: b09(b), missing=["prior_therapy"])


def b10(b):
    b.cond(icd("C50.919", "Malignant neoplasm of unspecified site of unspecified female breast"), "2021-06-01")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2023-01-10")
    b.cond(icd("C78.00", "Secondary malignant neoplasm of unspecified lung"), "2025-07-01")
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2023-01-12", ("valueString", "Positive 70%"))
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2023-01-12", ("valueString", "0 - negative"))
    b.obs(cc(LN, "31150-6", "HER2 [Presence] in Tissue by FISH"), "2023-01-12",
          ("valueString", "Not amplified (HER2/CEP17 ratio 1.1)"))
    b.mstmt("palbociclib + fulvestrant", "2023-02-01", "2025-06-15", status="stopped", note="progression (new lung nodules)")
    b.report(txt("CT chest"), "2025-06-30", "Multiple new bilateral pulmonary nodules consistent with metastases.", cat="RAD")
    b.ecog("2025-08-12", 1)
    b.noise_labs("2025-08-12")
    b.mreq(rx("capecitabine"), "2025-08-19", dose="1000 mg/m2 BID d1-14 with lapatinib")
    order(b, "lapatinib", "2025-08-19", dose="1250 mg daily with capecitabine")


case("lab9-breast-10", "breast", "refer-to-reviewer", "lapatinib", "lapatinib", "2025-08-19",
     "60-year-old woman with ER-positive, HER2-negative (IHC 0, FISH ratio 1.1) metastatic breast cancer progressing on "
     "palbociclib + fulvestrant; lapatinib with capecitabine requested 2025-08-19.",
     "TYKERB label 1: with capecitabine for advanced/metastatic breast cancer whose tumors overexpress HER2 after anthracycline, "
     "taxane and trastuzumab; with letrozole for postmenopausal HR+ HER2-overexpressing metastatic disease.",
     "Tumor is documented HER2-negative (IHC 0 and FISH not amplified) - contradicts the HER2-overexpression requirement.",
     lambda b: b10(b))


def b11(b):
    b.cond(icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), "2025-01-21",
           stage="cT1a cN0 M0, clinical stage IA")
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2025-01-21", ("valueString", "3+"))
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2025-01-21", ("valueString", "Negative (<1%)"))
    b.report(txt("Diagnostic mammogram and breast ultrasound"), "2025-01-15",
             "Left breast 4 mm irregular mass at 2 o'clock (BI-RADS 5). Axilla: no abnormal lymph nodes.", cat="RAD")
    b.report(txt("Core needle biopsy, left breast"), "2025-01-21",
             "Invasive ductal carcinoma, grade 3, 0.4 cm in greatest core dimension; HER2 3+, ER/PR negative.", cat="PAT")
    b.ecog("2025-02-03", 0)
    b.weight("2025-02-03", 67.3)
    b.noise_labs("2025-02-03")
    b.mreq(rx("trastuzumab"), "2025-02-10", dose="8 mg/kg load then 6 mg/kg q3w")
    b.mreq(rx("docetaxel"), "2025-02-10", dose="75 mg/m2 q3w x4 (neoadjuvant THP)")
    order(b, "pertuzumab", "2025-02-10", dose="840 mg load then 420 mg q3w")


case("lab9-breast-11", "breast", "refer-to-reviewer", "pertuzumab", "pertuzumab", "2025-02-10",
     "46-year-old woman with HER2-positive, ER-negative breast cancer, 4 mm node-negative tumor (cT1a cN0, stage IA); neoadjuvant "
     "pertuzumab + trastuzumab + docetaxel requested 2025-02-10.",
     "PERJETA label 1: neoadjuvant treatment of HER2+ locally advanced, inflammatory, or early breast cancer (>2 cm or node-positive) "
     "(NeoSphere/TRYPHAENA); adjuvant for high risk of recurrence (APHINITY); metastatic first line (CLEOPATRA).",
     "Tumor 0.4 cm and node-negative contradicts the >2 cm or node-positive requirement for neoadjuvant use.",
     lambda b: b11(b))


def b12(b):
    b.cond(icd("C50.511", "Malignant neoplasm of lower-outer quadrant of right female breast"), "2018-10-02")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-09-15")
    b.obs(cc(LN, "16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2025-09-18", ("valueString", "Positive 80%"))
    b.obs(cc(LN, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain"), "2025-09-18", ("valueString", "1+"))
    b.mstmt("AC-T adjuvant (doxorubicin/cyclophosphamide x4 -> paclitaxel x12)", "2018-11-05", "2019-04-10")
    b.mstmt("letrozole 2.5 mg daily adjuvant", "2019-05-01", "2024-05-01", med=rx("letrozole"))
    b.mstmt("ribociclib + fulvestrant (1L metastatic)", "2025-09-25", "2025-10-20", status="stopped",
            note="stopped for grade 3 hepatotoxicity")
    b.report(txt("Liver biopsy"), "2025-09-18", "Metastatic carcinoma consistent with breast primary, ER+, HER2 1+.", cat="PAT")
    b.ecog("2025-10-28", 1)
    b.noise_labs("2025-10-28", alt=96)
    b.enc("2025-10-28", "Metastatic breast cancer - discuss first chemotherapy for metastatic disease")
    order(b, "eribulin", "2025-11-04", dose="1.4 mg/m2 d1,8 q21d")


case("lab9-breast-12", "breast", "refer-to-reviewer", "eribulin", "eribulin", "2025-11-04",
     "57-year-old woman with ER-positive, HER2-low breast cancer newly metastatic to liver (2025-09) after adjuvant AC-T and "
     "letrozole; only a brief ribociclib + fulvestrant course for metastatic disease; eribulin requested 2025-11-04 as first "
     "chemotherapy for metastatic disease.",
     "HALAVEN label 1: metastatic breast cancer after at least two chemotherapeutic regimens for metastatic disease; prior therapy "
     "should have included an anthracycline and a taxane (EMBRACE).",
     "Therapy history shows no chemotherapy regimen for metastatic disease - contradicts the >=2 prior metastatic regimens requirement.",
     lambda b: b12(b))


# ===========================================================================
# NSCLC
# ===========================================================================
def n01(b):
    b.cond(icd_sct("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", *NSCLC_SCT,
                   text="Adenocarcinoma RUL"), "2025-01-08")
    b.cond(icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2016-01-01")
    b.proc(txt("Robotic right upper lobectomy with mediastinal lymph node dissection"), "2025-02-04")
    tnm(b, "2025-02-04", pT="pT2b", pN="pN1", pM="cM0")
    stage_obs(b, "2025-02-11", "IIB", clinical=False)
    v = b.variant("2025-02-20", "EGFR", "p.Glu746_Ala750del", extra="EGFR exon 19 deletion c.2235_2249del",
                  sig="Pathogenic", specimen="Resection specimen, tissue NGS")
    b.report(cc(LN, "51969-4", "Genetic analysis report"), "2025-02-20",
             "EGFR exon 19 deletion detected. ALK, ROS1, RET fusions not detected. KRAS wild-type.", cat="GE", results=[v])
    b.cycles([rx("cisplatin"), rx("pemetrexed")], ["2025-03-10", "2025-03-31", "2025-04-21", "2025-05-12"])
    b.ecog("2025-07-08", 1)
    b.mstmt("tiotropium inhaler daily", "2016-02-01", status="active")
    b.noise_labs("2025-07-08", cr=1.1)
    order(b, "osimertinib", "2025-07-15", dose="80 mg daily up to 3 years")


case("lab9-nsclc-01", "nsclc", "supported", "osimertinib", "osimertinib", "2025-07-15",
     "64-year-old woman with resected right upper lobe adenocarcinoma, pT2b pN1 (stage IIB), EGFR exon 19 deletion, after "
     "adjuvant cisplatin/pemetrexed; adjuvant osimertinib requested 2025-07-15.",
     "TAGRISSO label 1: adjuvant therapy after tumor resection in NSCLC with EGFR exon 19 deletions or exon 21 L858R (ADAURA).",
     "Completely resected NSCLC with EGFR exon 19 deletion documented.",
     lambda b: n01(b))


def n02(b):
    b.cond(icd("C34.32", "Malignant neoplasm of lower lobe, left bronchus or lung"), "2025-02-10", cat="encounter-diagnosis")
    b.cond(icd("E78.5", "Hyperlipidemia, unspecified"), "2017-01-01")
    b.proc(txt("Left lower lobectomy, VATS"), "2025-03-11")
    b.report(txt("Surgical pathology - left lower lobe"), "2025-03-11",
             "Invasive adenocarcinoma, acinar predominant, 5.5 cm. Margins negative. 0/14 lymph nodes. AJCC 8th pT3 pN0; "
             "pathologic stage IIB.", cat="PAT")
    b.obs(loc("ALK-FISH", "ALK break-apart FISH"), "2025-03-20", ("valueString", "POSITIVE - ALK rearrangement in 62% of nuclei"))
    b.report(txt("RNA fusion panel"), "2025-03-26", "EML4::ALK fusion detected (variant 1, E13;A20). EGFR wild-type.", cat="GE")
    b.ecog("2025-04-29", 0)
    b.mreq(rx("atorvastatin"), "2017-01-01", dose="40 mg daily")
    b.noise_labs("2025-04-29")
    order(b, "alectinib", "2025-05-06", dose="600 mg BID x 2 years")


case("lab9-nsclc-02", "nsclc", "supported", "alectinib", "alectinib", "2025-05-06",
     "52-year-old man with resected 5.5 cm left lower lobe adenocarcinoma (pT3 pN0, stage IIB), ALK-positive by FISH and EML4::ALK "
     "fusion; adjuvant alectinib requested 2025-05-06.",
     "ALECENSA label 1: adjuvant treatment following tumor resection of ALK-positive NSCLC (tumors >=4 cm or node positive) (ALINA); "
     "metastatic ALK-positive NSCLC.",
     "Resected ALK-positive NSCLC with tumor >=4 cm documented in the pathology report.",
     lambda b: n02(b))


def n03(b):
    b.cond(sct(*NSCLC_SCT, text="Squamous cell carcinoma, left upper lobe"), "2025-05-12",
           stage="Stage IIIA (cT3 cN2 cM0) - unresectable per thoracic tumor board")
    b.cond(icd("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), "2019-01-01")
    b.obs(txt("Tumor board recommendation"), "2025-05-28",
          ("valueString", "Unresectable (bulky multistation N2). Recommend definitive concurrent chemoradiation."), cat="exam")
    weekly = ["2025-06-16", "2025-06-23", "2025-06-30", "2025-07-07", "2025-07-14", "2025-07-21"]
    b.cycles([rx("carboplatin"), rx("paclitaxel")], weekly, dose="weekly with RT")
    b.proc(txt("IMRT thorax 60 Gy in 30 fractions, concurrent"), "2025-07-25")
    b.report(txt("CT chest post chemoradiation"), "2025-09-22",
             "Decrease in left upper lobe mass and mediastinal adenopathy. No new lesions. Partial response; no progression.", cat="RAD")
    b.ecog("2025-09-24", 1)
    b.mreq(txt("clopidogrel 75 mg daily"), "2019-02-01", dose="75 mg daily")
    b.noise_labs("2025-09-24", hgb=11.2)
    order(b, "durvalumab_j", "2025-10-01", dose="1500 mg q4w up to 12 months")


case("lab9-nsclc-03", "nsclc", "supported", "durvalumab_j", "durvalumab (HCPCS J9173)", "2025-10-01",
     "68-year-old man with unresectable stage IIIA squamous NSCLC (cT3 cN2) who completed concurrent weekly carboplatin/paclitaxel "
     "with 60 Gy; post-CRT CT shows partial response without progression; consolidation durvalumab requested 2025-10-01.",
     "IMFINZI label 1: unresectable stage III NSCLC whose disease has not progressed following concurrent platinum-based "
     "chemotherapy and radiation therapy (PACIFIC).",
     "Unresectable stage III, concurrent platinum CRT completed, no progression documented.",
     lambda b: n03(b))


def n04(b):
    b.cond(icd("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung"), "2025-03-04",
           stage="cT2a cN2 cM1a - stage IVA (malignant pleural effusion, contralateral nodule)")
    b.cond(icd("J91.0", "Malignant pleural effusion"), "2025-03-04")
    b.cond(icd("N18.30", "Chronic kidney disease, stage 3 unspecified"), "2020-01-01")
    b.obs(cc(LN, "85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report"), "2025-03-14",
          ("valueString", "TPS 60%"))
    b.report(txt("Comprehensive genomic profiling (tissue, DNA + RNA)"), "2025-03-20",
             "KRAS G12V detected. EGFR: no mutation detected. ALK, ROS1, RET, NTRK fusions: not detected. BRAF wild-type. "
             "MET exon 14 skipping not detected. TMB 9 mut/Mb.", cat="GE")
    b.variant("2025-03-20", "KRAS", "p.Gly12Val", sig="Pathogenic")
    b.ecog("2025-04-01", 1)
    b.weight("2025-04-01", 70.2)
    b.noise_labs("2025-04-01", cr=1.6)
    order(b, "pembrolizumab", "2025-04-08", dose="200 mg q3w monotherapy")


case("lab9-nsclc-04", "nsclc", "supported", "pembrolizumab", "pembrolizumab", "2025-04-08",
     "71-year-old man with stage IVA lung adenocarcinoma (pleural effusion), PD-L1 TPS 60%, EGFR/ALK negative on tissue NGS "
     "(KRAS G12V); first-line pembrolizumab monotherapy requested 2025-04-08.",
     "KEYTRUDA label 1: single agent first-line for NSCLC expressing PD-L1 (TPS >=1%) with no EGFR or ALK genomic tumor aberrations, "
     "stage III not candidates for resection/definitive CRT or metastatic (KEYNOTE-042/-024).",
     "Metastatic, TPS >=1%, EGFR and ALK negative, no prior systemic therapy.",
     lambda b: n04(b))


def n05(b):
    b.cond(sct(*NSCLC_SCT, text="Lung adenocarcinoma, stage IV"), "2024-09-20",
           stage="Stage IVB - liver and adrenal metastases")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-05-20")
    b.cond(icd("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), "1990-01-01")
    b.variant("2024-10-02", "KRAS", "p.Gly12Cys", extra="KRAS c.34G>T", sig="Pathogenic",
              specimen="Tissue NGS, adrenal biopsy")
    b.obs(cc(LN, "85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report"), "2024-10-02", ("valueString", "TPS 10%"))
    b.mstmt("carbo/pem/pembro x4 then pemetrexed + pembrolizumab maintenance", "2024-10-15", "2025-05-20", status="stopped")
    b.report(txt("CT abdomen/pelvis"), "2025-05-20", "New liver lesions (largest 2.1 cm). Impression: disease progression.", cat="RAD")
    b.ecog("2025-06-05", 1)
    b.mstmt("nicotine patch 21 mg", "2025-01-01", status="active")
    b.noise_labs("2025-06-05")
    order(b, "sotorasib", "2025-06-12", dose="960 mg PO daily")


case("lab9-nsclc-05", "nsclc", "supported", "sotorasib", "sotorasib", "2025-06-12",
     "66-year-old woman with metastatic KRAS G12C-mutated lung adenocarcinoma, progressed (new liver lesions 2025-05-20) after "
     "carboplatin/pemetrexed/pembrolizumab; sotorasib requested 2025-06-12.",
     "LUMAKRAS label 1: KRAS G12C-mutated locally advanced or metastatic NSCLC after at least one prior systemic therapy "
     "(CodeBreaK 100/200).",
     "KRAS G12C, metastatic, one prior systemic regimen with progression documented.",
     lambda b: n05(b))


def n06(b):
    b.cond(icd("C34.91", "Malignant neoplasm of unspecified part of right bronchus or lung"), "2025-02-20",
           stage="cT4 cN3 cM1c - Stage IVB (brain, bone)")
    b.cond(icd("C79.31", "Secondary malignant neoplasm of brain"), "2025-02-24")
    b.proc(txt("Stereotactic radiosurgery, 2 brain metastases"), "2025-03-05")
    b.variant("2025-03-07", "BRAF", "p.Val600Glu", extra="BRAF c.1799T>A", sig="Pathogenic",
              specimen="FFPE tissue, 52-gene hotspot panel")
    b.report(txt("Molecular pathology report"), "2025-03-07",
             "BRAF V600E detected. EGFR, KRAS: wild-type. ALK/ROS1 fusion negative.", cat="GE")
    b.obs(txt("Karnofsky performance status"), "2025-03-11", ("valueString", "KPS 80%"), cat="survey")
    b.mreq(rx("dexamethasone"), "2025-02-24", status="completed", dose="4 mg BID taper")
    b.noise_labs("2025-03-11")
    b.mreq(txt("trametinib 2 mg daily"), "2025-03-18", status="draft", intent="proposal", dose="2 mg daily with dabrafenib")
    order(b, "dabrafenib", "2025-03-18", dose="150 mg BID with trametinib")


case("lab9-nsclc-06", "nsclc", "supported", "dabrafenib", "dabrafenib (+ trametinib)", "2025-03-18",
     "59-year-old man with stage IVB NSCLC (brain and bone metastases, treated with SRS), BRAF V600E on tissue panel; first-line "
     "dabrafenib with trametinib requested 2025-03-18.",
     "TAFINLAR label 1: with trametinib for metastatic NSCLC with BRAF V600E mutation (BRF113928).",
     "Metastatic NSCLC with BRAF V600E; combination with trametinib ordered.",
     lambda b: n06(b))


def n07(b):
    b.cond(sct(*NSCLC_SCT, text="Adenocarcinoma of lung, metastatic"), "2025-06-20",
           stage="Stage IVA (M1b, single osseous lesion)")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2025-06-24")
    b.obs(loc("EGFR-PCR", "EGFR mutation PCR (cobas)"), "2025-07-02", ("valueString", "No mutation detected"))
    b.obs(loc("ALK-IHC", "ALK D5F3 IHC"), "2025-07-02", ("valueString", "Negative"))
    b.obs(loc("ROS1-FISH", "ROS1 break-apart FISH"), "2025-07-02", ("valueString", "Negative"))
    b.obs(cc(LN, "85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report"), "2025-07-02", ("valueString", "TPS 5%"))
    b.sreq("RNA-based NGS fusion panel (RET, NTRK, NRG1) - sent to reference lab", "2025-07-10")
    b.obs(txt("Oncology note"), "2025-07-29", ("valueString", "Never smoker, 45F; high suspicion for RET fusion, awaiting RNA NGS."),
          cat="exam")
    b.ecog("2025-07-29", 0)
    b.noise_labs("2025-07-29")
    order(b, "selpercatinib", "2025-08-05", dose="160 mg BID")


case("lab9-nsclc-07", "nsclc", "needs-documentation", "selpercatinib", "selpercatinib", "2025-08-05",
     "45-year-old never-smoking woman with metastatic lung adenocarcinoma, EGFR/ALK/ROS1 negative, RNA fusion panel sent but "
     "not resulted; selpercatinib requested 2025-08-05.",
     "RETEVMO label 1: locally advanced or metastatic NSCLC with a RET gene fusion, as detected by an FDA-approved test (LIBRETTO-001/-431).",
     "Stage and other drivers documented; the RET fusion result required by the label is absent (pending).",
     lambda b: n07(b), missing=["ret"])


def n08(b):
    b.cond(sct(*NSCLC_SCT, text="Non-small cell lung carcinoma, adenocarcinoma type"), "2025-09-02")
    b.cond(icd("I48.91", "Unspecified atrial fibrillation"), "2020-01-01")
    b.report(txt("EBUS-TBNA, station 7"), "2025-09-02", "Adenocarcinoma, TTF-1 positive, consistent with lung primary.", cat="PAT")
    b.variant("2025-09-16", "MET", None, extra="MET c.3028+1G>T (exon 14 skipping)", sig="Pathogenic",
              specimen="Tissue NGS")
    b.report(txt("NGS report"), "2025-09-16", "MET exon 14 skipping alteration detected. No other actionable alterations.", cat="GE")
    b.ecog("2025-09-23", 1)
    b.mreq(txt("apixaban 5 mg BID"), "2020-01-15", dose="5 mg BID")
    b.noise_labs("2025-09-23", cr=1.2)
    order(b, "tepotinib", "2025-09-30", dose="450 mg daily")


case("lab9-nsclc-08", "nsclc", "needs-documentation", "tepotinib", "tepotinib", "2025-09-30",
     "78-year-old man with NSCLC (adenocarcinoma on EBUS of station 7) harboring MET exon 14 skipping; tepotinib requested "
     "2025-09-30; no stage, staging imaging or metastatic site is recorded.",
     "TEPMETKO label 1: adults with metastatic NSCLC harboring MET exon 14 skipping alterations (VISION).",
     "MET exon 14 skipping documented; whether disease is metastatic (stage) is simply absent.",
     lambda b: n08(b), missing=["stage"])


def n09(b):
    b.cond(icd("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung"), "2025-01-15")
    b.proc(txt("Right lower lobectomy"), "2025-02-18")
    b.report(txt("Surgical pathology - RLL"), "2025-02-18",
             "Adenocarcinoma, 3.8 cm, visceral pleural invasion absent; 2/12 nodes positive including station 7. pT2a pN2.", cat="PAT")
    stage_obs(b, "2025-02-25", "Stage 3A", clinical=False)
    b.report(txt("Molecular testing"), "2025-03-04", "EGFR: negative. ALK: negative (IHC).", cat="GE")
    b.cycles([rx("cisplatin"), rx("vinorelbine")], ["2025-03-24", "2025-04-14", "2025-05-05", "2025-05-26"])
    b.report(txt("CT chest surveillance"), "2025-08-20", "Postsurgical changes. No evidence of recurrence.", cat="RAD")
    b.ecog("2025-09-02", 1)
    b.noise_labs("2025-09-02")
    order(b, "atezolizumab", "2025-09-09", dose="1200 mg q3w x 16 cycles")


case("lab9-nsclc-09", "nsclc", "needs-documentation", "atezolizumab", "atezolizumab", "2025-09-09",
     "61-year-old man with resected stage IIIA (pT2a pN2) lung adenocarcinoma, EGFR/ALK negative, after four cycles of adjuvant "
     "cisplatin/vinorelbine; adjuvant atezolizumab requested 2025-09-09; no PD-L1 result anywhere in the chart.",
     "TECENTRIQ label 1: adjuvant treatment following resection and platinum-based chemotherapy for stage II-IIIA NSCLC whose tumors "
     "have PD-L1 expression on >=1% of tumor cells (IMpower010).",
     "Resection, stage and adjuvant platinum documented; the required PD-L1 >=1% result is absent.",
     lambda b: n09(b), missing=["pdl1"])


def n10(b):
    b.cond(icd("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung"), "2025-03-10",
           stage="Stage IV (M1c: liver, bone)")
    b.report(txt("Comprehensive NGS (DNA+RNA)"), "2025-03-28",
             "EGFR L858R detected. ROS1 fusion NOT detected. ALK fusion not detected. NTRK1/2/3 fusions not detected. "
             "RET fusion not detected.", cat="GE")
    b.variant("2025-03-28", "EGFR", "p.Leu858Arg", sig="Pathogenic")
    b.obs(loc("ROS1-FISH", "ROS1 break-apart FISH"), "2025-04-08", ("valueString", "Negative (3% split signals; cutoff 15%)"),
          note="Outside ROS1 IHC (D4D6) was weakly positive; FISH and RNA NGS do not confirm")
    b.ecog("2025-04-15", 1)
    b.noise_labs("2025-04-15")
    order(b, "entrectinib", "2025-04-22", dose="600 mg daily", note="ordered for 'ROS1-positive' per outside IHC")


case("lab9-nsclc-10", "nsclc", "refer-to-reviewer", "entrectinib", "entrectinib", "2025-04-22",
     "55-year-old woman with stage IV lung adenocarcinoma, EGFR L858R; ROS1 negative by FISH and RNA NGS (outside weak IHC only), "
     "NTRK fusions not detected; entrectinib requested 2025-04-22.",
     "ROZLYTREK label 1: ROS1-positive metastatic NSCLC; solid tumors with NTRK gene fusion (STARTRK-2/ALKA/STARTRK-1).",
     "ROS1 and NTRK fusions are documented as not detected (confirmatory FISH/NGS) - contradicts both indications.",
     lambda b: n10(b))


def n11(b):
    b.cond(sct(*NSCLC_SCT, text="Metastatic lung adenocarcinoma"), "2025-05-28", stage="Stage IVA")
    b.cond(icd("C78.01", "Secondary malignant neoplasm of right lung"), "2025-05-28")
    v = b.variant("2025-06-17", "EGFR", "p.Ala767_Val769dup", extra="EGFR exon 20 insertion (c.2300_2308dup)",
                  sig="Pathogenic", specimen="Tissue NGS")
    b.report(cc(LN, "51969-4", "Genetic analysis report"), "2025-06-17",
             "EGFR exon 20 insertion A767_V769dup detected. No exon 19 deletion, no L858R, no T790M.", cat="GE", results=[v])
    b.ecog("2025-06-24", 1)
    b.noise_labs("2025-06-24")
    order(b, "osimertinib", "2025-06-30", dose="80 mg daily")


case("lab9-nsclc-11", "nsclc", "refer-to-reviewer", "osimertinib", "osimertinib", "2025-06-30",
     "67-year-old woman with stage IVA lung adenocarcinoma harboring EGFR exon 20 insertion (A767_V769dup), no exon 19 "
     "deletion/L858R/T790M; first-line osimertinib requested 2025-06-30.",
     "TAGRISSO label 1: EGFR exon 19 deletion or exon 21 L858R (adjuvant, LAURA, first-line alone or with chemotherapy - "
     "FLAURA/FLAURA2) or EGFR T790M after EGFR-TKI.",
     "EGFR alteration is an exon 20 insertion, which is not a labelled EGFR mutation for osimertinib.",
     lambda b: n11(b))


def n12(b):
    b.cond(sct(*NSCLC_SCT, text="NSCLC, adenocarcinoma, left upper lobe"), "2025-02-03",
           stage="cT4 cN2 cM0, stage IIIB, unresectable")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-06-20", cat="encounter-diagnosis")
    b.cycles([rx("cisplatin"), rx("etoposide")], ["2025-03-03", "2025-03-31"], dose="with thoracic RT")
    b.proc(txt("Thoracic radiation 60 Gy/30 fx with concurrent cisplatin/etoposide"), "2025-04-11")
    b.report(txt("PET/CT restaging after chemoradiation"), "2025-06-20",
             "Treated left upper lobe mass decreased. NEW FDG-avid hepatic lesions (segments 4 and 7) and left adrenal nodule "
             "consistent with metastatic progression.", cat="RAD")
    b.ecog("2025-06-26", 1)
    b.noise_labs("2025-06-26", alt=55)
    order(b, "durvalumab", "2025-07-02", dose="10 mg/kg q2w consolidation")


case("lab9-nsclc-12", "nsclc", "refer-to-reviewer", "durvalumab", "durvalumab", "2025-07-02",
     "63-year-old man with unresectable stage IIIB NSCLC after concurrent cisplatin/etoposide and 60 Gy; restaging PET/CT "
     "2025-06-20 shows new liver and adrenal metastases; consolidation durvalumab requested 2025-07-02.",
     "IMFINZI label 1: unresectable stage III NSCLC whose disease has NOT progressed following concurrent platinum-based "
     "chemoradiation (PACIFIC).",
     "Documented progression to metastatic disease after chemoradiation contradicts the no-progression condition.",
     lambda b: n12(b))


# ===========================================================================
# COLORECTAL
# ===========================================================================
def mmr(b, date, intact):
    for p in ("MLH1", "PMS2", "MSH2", "MSH6"):
        b.obs(loc(f"MMR-{p}", f"{p} protein expression by IHC"), date,
              ("valueString", "Intact nuclear expression" if p in intact else "Loss of nuclear expression"))


def c01(b):
    b.cond(icd("C18.2", "Malignant neoplasm of ascending colon"), "2025-06-02")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-06-02",
           note="Multiple bilobar liver metastases, unresectable per HPB surgery")
    b.obs(cc(LN, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "2025-06-16",
          ("valueString", "MSI-High (5/5 mononucleotide markers unstable)"))
    mmr(b, "2025-06-12", intact={"MSH2", "MSH6"})
    b.obs(loc("MLH1-METH", "MLH1 promoter hypermethylation"), "2025-06-20", ("valueString", "Methylated"))
    b.report(txt("CT chest/abdomen/pelvis"), "2025-06-02", "Ascending colon mass with >10 bilobar hepatic metastases.", cat="RAD")
    b.ecog("2025-07-01", 1)
    b.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2025-07-01", 84.3, "ng/mL")
    b.noise_labs("2025-07-01", hgb=10.4)
    b.mreq(txt("ipilimumab 1 mg/kg q3w x4 with nivolumab"), "2025-07-08", status="draft", intent="proposal")
    order(b, "nivolumab", "2025-07-08", dose="240 mg q3w x4 with ipilimumab, then nivolumab maintenance")


case("lab9-colorectal-01", "colorectal", "supported", "nivolumab", "nivolumab (+ ipilimumab)", "2025-07-08",
     "54-year-old woman with unresectable MSI-H/dMMR (MLH1/PMS2 loss, MLH1 promoter methylated) ascending colon adenocarcinoma "
     "with bilobar liver metastases; first-line nivolumab with ipilimumab requested 2025-07-08.",
     "OPDIVO label 1 (+YERVOY): adults and pediatric patients >=12 years with unresectable or metastatic MSI-H/dMMR colorectal "
     "cancer, nivolumab with ipilimumab (CheckMate 8HW; CheckMate 142).",
     "Unresectable metastatic CRC with MSI-H by PCR and dMMR by IHC documented.",
     lambda b: c01(b))


def c02(b):
    b.cond(icd("C18.7", "Malignant neoplasm of sigmoid colon"), "2025-02-14")
    b.cond(icd("C78.01", "Secondary malignant neoplasm of right lung"), "2025-02-20")
    b.cond(icd("C78.02", "Secondary malignant neoplasm of left lung"), "2025-02-20")
    b.cond(icd("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "2012-01-01")
    b.report(txt("Extended RAS/BRAF panel (tissue)"), "2025-03-05",
             "KRAS exons 2, 3, 4: wild-type. NRAS exons 2, 3, 4: wild-type. BRAF V600E: not detected. Interpretation: RAS wild-type.",
             cat="GE")
    b.obs(loc("RAS-STATUS", "RAS mutation status summary"), "2025-03-05", ("valueString", "RAS wild-type (KRAS/NRAS)"))
    b.obs(cc(LN, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "2025-03-05",
          ("valueCodeableConcept", cc(LN, "LA14122-8", "Stable")))
    b.ecog("2025-03-18", 0)
    b.mreq(rx("metformin"), "2012-01-01", dose="1000 mg BID")
    b.noise_labs("2025-03-18")
    b.mreq(txt("mFOLFOX6 (oxaliplatin/leucovorin/5-FU)"), "2025-03-25", dose="q2w")
    order(b, "panitumumab", "2025-03-25", dose="6 mg/kg q2w with FOLFOX")


case("lab9-colorectal-02", "colorectal", "supported", "panitumumab", "panitumumab", "2025-03-25",
     "61-year-old man with left-sided (sigmoid) colon adenocarcinoma and bilateral lung metastases, extended RAS wild-type, "
     "BRAF wild-type, MSS; first-line panitumumab with FOLFOX requested 2025-03-25.",
     "VECTIBIX label 1: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer in combination with FOLFOX first-line "
     "(PRIME); monotherapy after fluoropyrimidine/oxaliplatin/irinotecan.",
     "Metastatic CRC with KRAS and NRAS wild-type documented, FOLFOX first-line.",
     lambda b: c02(b))


def c03(b):
    b.cond(icd("C18.0", "Malignant neoplasm of cecum"), "2024-08-20", stage="Stage IVC (peritoneal carcinomatosis)")
    b.cond(icd("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"), "2024-08-20")
    v = b.variant("2024-09-03", "BRAF", "p.Val600Glu", extra="BRAF c.1799T>A", sig="Pathogenic")
    b.report(cc(LN, "51969-4", "Genetic analysis report"), "2024-09-03",
             "BRAF V600E detected. KRAS, NRAS wild-type. Microsatellite stable.", cat="GE", results=[v])
    b.obs(cc(LN, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "2024-09-03",
          ("valueCodeableConcept", cc(LN, "LA14122-8", "Stable")))
    dates = ["2024-09-16", "2024-09-30", "2024-10-14", "2024-10-28", "2024-11-11", "2024-11-25", "2024-12-09", "2024-12-23"]
    b.cycles([rx("oxaliplatin"), rx("fluorouracil"), rx("leucovorin"), rx("bevacizumab")], dates, dose="FOLFOX + bevacizumab")
    b.report(txt("CT abdomen/pelvis"), "2025-03-10", "New peritoneal implants and increasing ascites. RECIST 1.1: progressive disease.",
             cat="RAD")
    b.ecog("2025-03-25", 1)
    b.noise_labs("2025-03-25", hgb=10.1)
    b.mreq(txt("encorafenib 300 mg daily"), "2025-04-02", status="draft", intent="proposal")
    order(b, "cetuximab", "2025-04-02", dose="400 mg/m2 load then 250 mg/m2 weekly with encorafenib")


case("lab9-colorectal-03", "colorectal", "supported", "cetuximab", "cetuximab (+ encorafenib)", "2025-04-02",
     "67-year-old woman with BRAF V600E-mutant, MSS cecal adenocarcinoma with peritoneal metastases, progressed after 8 cycles of "
     "FOLFOX + bevacizumab; cetuximab with encorafenib requested 2025-04-02.",
     "ERBITUX label 1: with encorafenib for metastatic CRC with BRAF V600E mutation after prior therapy (BEACON CRC); also K-Ras "
     "wild-type EGFR-expressing mCRC.",
     "BRAF V600E metastatic CRC after prior systemic therapy, combination with encorafenib.",
     lambda b: c03(b))


def c04(b):
    b.cond(icd("C19", "Malignant neoplasm of rectosigmoid junction"), "2022-11-01")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2022-11-01")
    b.variant("2022-11-20", "KRAS", "p.Gly12Asp", sig="Pathogenic")
    b.mstmt("FOLFOX + bevacizumab (1st line)", "2022-12-05", "2023-11-20", status="stopped", note="PD on CT 2023-11")
    b.mstmt("FOLFIRI + bevacizumab (2nd line)", "2023-12-04", "2025-01-15", status="stopped", note="PD")
    b.mstmt("trifluridine/tipiracil (Lonsurf) 3rd line", "2025-02-03", "2025-09-22", status="stopped")
    b.report(txt("CT chest/abdomen/pelvis"), "2025-09-22", "Enlarging hepatic metastases, new lung nodules. Progression.", cat="RAD")
    b.ecog("2025-10-07", 1)
    b.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2025-10-07", 212.0, "ng/mL")
    b.mreq(rx("loperamide"), "2024-01-01", dose="2 mg prn")
    b.noise_labs("2025-10-07", alt=38)
    order(b, "regorafenib", "2025-10-14", dose="80 mg daily escalating to 160 mg")


case("lab9-colorectal-04", "colorectal", "supported", "regorafenib", "regorafenib", "2025-10-14",
     "70-year-old man with KRAS G12D-mutant rectosigmoid cancer metastatic to liver, progressed after FOLFOX+bevacizumab, "
     "FOLFIRI+bevacizumab and trifluridine/tipiracil; regorafenib requested 2025-10-14.",
     "STIVARGA label 1: metastatic CRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, "
     "an anti-VEGF therapy, and, if RAS wild-type, an anti-EGFR therapy (CORRECT).",
     "All required prior therapies documented; RAS-mutant so anti-EGFR not required.",
     lambda b: c04(b))


def c05(b):
    b.cond(icd("C18.6", "Malignant neoplasm of descending colon"), "2025-01-14",
           stage="Stage IV (liver-limited, not resectable)")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-01-14")
    b.variant("2025-01-28", "NRAS", "p.Gln61Lys", sig="Pathogenic")
    b.ecog("2025-02-04", 0)
    b.obs(txt("Blood pressure"), "2025-02-04", ("valueString", "128/78 mmHg"), cat="vital-signs")
    b.lab("2888-6", "Protein [Mass/volume] in Urine", "2025-02-04", 8, "mg/dL")
    b.noise_labs("2025-02-04")
    b.mreq(txt("FOLFOXIRI (5-FU, leucovorin, oxaliplatin, irinotecan)"), "2025-02-11", dose="q2w")
    order(b, "bevacizumab", "2025-02-11", dose="5 mg/kg q2w with FOLFOXIRI")


case("lab9-colorectal-05", "colorectal", "supported", "bevacizumab", "bevacizumab", "2025-02-11",
     "48-year-old woman with NRAS Q61K-mutant descending colon cancer with unresectable liver metastases; first-line "
     "bevacizumab with FOLFOXIRI requested 2025-02-11.",
     "AVASTIN label 1: metastatic colorectal cancer with intravenous fluorouracil-based chemotherapy, first- or second-line (AVF2107g, TRIBE).",
     "Metastatic CRC with IV 5-FU-based combination, first line.",
     lambda b: c05(b))


def c06(b):
    b.cond(icd("C18.4", "Malignant neoplasm of transverse colon"), "2025-03-20")
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2015-02-01", abated="2015-06-15",
           note="Prostatectomy 2015, Gleason 3+3; undetectable PSA since")
    b.proc(txt("Extended right hemicolectomy"), "2025-04-08")
    b.report(txt("Surgical pathology - colon"), "2025-04-08",
             "Adenocarcinoma of transverse colon, moderately differentiated, invades through muscularis propria into pericolorectal "
             "tissue; 5/21 lymph nodes positive. pT3 pN1b. No distant metastasis identified on staging CT. AJCC 8th stage IIIB. "
             "MMR proteins intact.", cat="PAT")
    b.ecog("2025-05-13", 0)
    b.psa("2025-05-13", 0.01)
    b.noise_labs("2025-05-13")
    b.mreq(rx("oxaliplatin"), "2025-05-20", dose="130 mg/m2 q3w x4 (CAPOX)")
    order(b, "capecitabine", "2025-05-20", dose="1000 mg/m2 BID d1-14 q3w")


case("lab9-colorectal-06", "colorectal", "supported", "capecitabine", "capecitabine", "2025-05-20",
     "59-year-old man after right hemicolectomy for transverse colon adenocarcinoma, pT3 pN1b M0 (stage IIIB), pMMR; adjuvant "
     "capecitabine (CAPOX) requested 2025-05-20 (remote prostate cancer 2015, resolved).",
     "XELODA/capecitabine label 1: adjuvant treatment of adults with Stage III colon cancer, alone or in combination (X-ACT, XELOXA).",
     "Resected stage III colon cancer documented in the pathology report.",
     lambda b: c06(b))


def c07(b):
    b.cond(icd("C18.9", "Malignant neoplasm of colon, unspecified"), "2025-07-15")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-07-15")
    b.report(txt("RAS/BRAF hotspot panel"), "2025-08-01", "KRAS/NRAS/BRAF: no mutations detected.", cat="GE")
    b.sreq("Mismatch repair IHC (MLH1, MSH2, MSH6, PMS2) - add-on to biopsy", "2025-08-12")
    b.ecog("2025-08-19", 1)
    b.noise_labs("2025-08-19")
    b.mreq(txt("ipilimumab 1 mg/kg"), "2025-08-26", status="draft", intent="proposal")
    order(b, "nivolumab", "2025-08-26", dose="240 mg q3w with ipilimumab")


case("lab9-colorectal-07", "colorectal", "needs-documentation", "nivolumab", "nivolumab (+ ipilimumab)", "2025-08-26",
     "66-year-old man with colon adenocarcinoma metastatic to liver, RAS/BRAF wild-type; nivolumab with ipilimumab requested "
     "2025-08-26 while MMR IHC is only ordered and no MSI result exists.",
     "OPDIVO label 1: unresectable or metastatic MSI-H or dMMR colorectal cancer (CheckMate 8HW/142).",
     "Metastatic CRC documented; the MSI-H/dMMR status the label requires is absent.",
     lambda b: c07(b), missing=["msi"])


def c08(b):
    b.cond(icd("C20", "Malignant neoplasm of rectum"), "2025-05-06", stage="Stage IV (M1a, lung)")
    b.cond(icd("C78.00", "Secondary malignant neoplasm of unspecified lung"), "2025-05-06")
    b.obs(cc(LN, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "2025-05-20",
          ("valueCodeableConcept", cc(LN, "LA14122-8", "Stable")))
    b.report(txt("Molecular pathology"), "2025-05-28",
             "NGS attempted: insufficient tumor content (<10%); KRAS/NRAS not assessed. Re-biopsy recommended.", cat="GE")
    b.ecog("2025-06-10", 0)
    b.noise_labs("2025-06-10")
    b.mreq(txt("mFOLFOX6"), "2025-06-17", dose="q2w")
    order(b, "panitumumab", "2025-06-17", dose="6 mg/kg q2w")


case("lab9-colorectal-08", "colorectal", "needs-documentation", "panitumumab", "panitumumab", "2025-06-17",
     "58-year-old woman with rectal adenocarcinoma metastatic to lung, MSS; NGS failed for insufficient tissue so KRAS/NRAS were "
     "never assessed; panitumumab with FOLFOX requested 2025-06-17.",
     "VECTIBIX label 1: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer as determined by an FDA-approved test; not "
     "indicated for RAS-mutant or unknown RAS status.",
     "Metastatic CRC documented; RAS status is absent (test failed), nothing contradicts.",
     lambda b: c08(b), missing=["ras"])


def c09(b):
    b.cond(icd("C18.7", "Malignant neoplasm of sigmoid colon"), "2025-06-24")
    b.cond(icd("I10", "Essential (primary) hypertension"), "2010-01-01")
    b.proc(txt("Laparoscopic sigmoid colectomy"), "2025-07-15")
    b.report(txt("Surgical pathology - sigmoid colon (preliminary)"), "2025-07-15",
             "Invasive adenocarcinoma, moderately differentiated. Margins negative. Lymph node evaluation and final staging to "
             "follow in addendum.", cat="PAT")
    b.ecog("2025-08-12", 0)
    b.mreq(rx("lisinopril"), "2010-01-01", dose="20 mg daily")
    b.noise_labs("2025-08-12")
    order(b, "capecitabine", "2025-08-19", dose="1250 mg/m2 BID d1-14 q3w x8")


case("lab9-colorectal-09", "colorectal", "needs-documentation", "capecitabine", "capecitabine", "2025-08-19",
     "72-year-old woman after sigmoid colectomy for adenocarcinoma; preliminary pathology without nodal status or stage, no "
     "staging imaging; adjuvant capecitabine requested 2025-08-19.",
     "XELODA/capecitabine label 1: adjuvant Stage III colon cancer; unresectable or metastatic colorectal cancer; perioperative "
     "locally advanced rectal cancer.",
     "Resected colon cancer documented but stage (nodal status) is absent; nothing contradicts.",
     lambda b: c09(b), missing=["stage"])


def c10(b):
    b.cond(icd("C18.6", "Malignant neoplasm of descending colon"), "2025-04-01", stage="Stage IVA (liver)")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-04-01")
    v = b.variant("2025-04-18", "KRAS", "p.Gly12Val", extra="KRAS c.35G>T", sig="Pathogenic")
    b.report(cc(LN, "51969-4", "Genetic analysis report"), "2025-04-18", "KRAS G12V detected (VAF 31%). NRAS, BRAF wild-type.",
             cat="GE", results=[v])
    b.ecog("2025-05-06", 1)
    b.noise_labs("2025-05-06")
    b.mreq(txt("FOLFIRI"), "2025-05-13", dose="q2w")
    order(b, "cetuximab", "2025-05-13", dose="500 mg/m2 q2w with FOLFIRI")


case("lab9-colorectal-10", "colorectal", "refer-to-reviewer", "cetuximab", "cetuximab", "2025-05-13",
     "63-year-old man with descending colon cancer metastatic to liver, KRAS G12V mutated; first-line cetuximab with FOLFIRI "
     "requested 2025-05-13.",
     "ERBITUX label 1: K-Ras wild-type, EGFR-expressing metastatic CRC (with FOLFIRI first-line, CRYSTAL); not indicated for "
     "RAS-mutant CRC; BRAF V600E with encorafenib.",
     "Documented KRAS G12V mutation contradicts the K-Ras wild-type requirement.",
     lambda b: c10(b))


def c11(b):
    b.cond(icd("C18.3", "Malignant neoplasm of hepatic flexure"), "2025-01-06")
    b.proc(txt("Right hemicolectomy"), "2025-01-21")
    tnm(b, "2025-01-21", pT="pT3", pN="pN1a", pM="cM0")
    stage_obs(b, "2025-01-28", "IIIB", clinical=False)
    b.report(txt("CT chest/abdomen/pelvis staging"), "2025-01-10", "No evidence of distant metastatic disease.", cat="RAD")
    b.ecog("2025-02-25", 0)
    b.noise_labs("2025-02-25")
    b.mreq(txt("mFOLFOX6 adjuvant x 12"), "2025-03-04")
    order(b, "bevacizumab", "2025-03-04", dose="5 mg/kg q2w with adjuvant FOLFOX")


case("lab9-colorectal-11", "colorectal", "refer-to-reviewer", "bevacizumab", "bevacizumab", "2025-03-04",
     "55-year-old woman after right hemicolectomy for pT3 pN1a M0 (stage IIIB) colon cancer with no distant disease; adjuvant "
     "FOLFOX plus bevacizumab requested 2025-03-04.",
     "AVASTIN label 1: metastatic colorectal cancer; limitation of use: not indicated for adjuvant treatment of colon cancer (NSABP C-08, AVANT).",
     "Adjuvant setting for non-metastatic resected colon cancer contradicts the labelled metastatic setting.",
     lambda b: c11(b))


def c12(b):
    b.cond(icd("C18.5", "Malignant neoplasm of splenic flexure"), "2025-08-05", stage="Stage IVB")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-08-05")
    b.cond(icd("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"), "2025-08-05")
    mmr(b, "2025-08-20", intact={"MLH1", "PMS2", "MSH2", "MSH6"})
    b.obs(cc(LN, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "2025-08-28",
          ("valueCodeableConcept", cc(LN, "LA14122-8", "Stable")))
    b.report(txt("NGS"), "2025-08-28", "KRAS/NRAS/BRAF wild-type. MSS. TMB 4 mut/Mb.", cat="GE")
    b.ecog("2025-09-23", 1)
    b.noise_labs("2025-09-23")
    b.mreq(txt("nivolumab 240 mg"), "2025-09-30", status="draft", intent="proposal")
    order(b, "ipilimumab", "2025-09-30", dose="1 mg/kg q3w x4 with nivolumab")


case("lab9-colorectal-12", "colorectal", "refer-to-reviewer", "ipilimumab", "ipilimumab (+ nivolumab)", "2025-09-30",
     "60-year-old man with metastatic splenic-flexure colon cancer, MMR proficient (all four proteins intact) and microsatellite "
     "stable; ipilimumab with nivolumab requested 2025-09-30.",
     "YERVOY label 1: with nivolumab for unresectable or metastatic MSI-H or dMMR colorectal cancer (CheckMate 8HW/142).",
     "pMMR/MSS status documented - contradicts the MSI-H/dMMR requirement.",
     lambda b: c12(b))


# ===========================================================================
# PROSTATE
# ===========================================================================
def p01(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2025-01-09")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2025-01-16")
    b.cond(icd("I10", "Essential (primary) hypertension"), "2008-01-01")
    b.report(txt("Prostate needle biopsy, 12 cores"), "2025-01-09",
             "Acinar adenocarcinoma, Gleason score 4+5=9 (Grade Group 5), 10/12 cores.", cat="PAT")
    b.report(txt("Tc-99m bone scan"), "2025-01-16",
             "Seven foci of abnormal uptake (T8, L1, L4, sacrum, both iliac bones, right 6th rib) consistent with metastases.", cat="RAD")
    b.report(txt("CT chest/abdomen/pelvis"), "2025-01-16", "No visceral metastases. Enlarged pelvic nodes.", cat="RAD")
    b.psa("2025-01-06", 148.0)
    b.testo("2025-01-06", 412)
    b.madmin(rx("leuprolide"), "2025-01-20", "22.5 mg IM (3-month depot)")
    b.ecog("2025-01-29", 1)
    b.noise_labs("2025-01-29")
    b.mreq(rx("prednisone"), "2025-02-05", dose="5 mg daily")
    order(b, "abiraterone", "2025-02-05", dose="1000 mg daily with prednisone 5 mg")


case("lab9-prostate-01", "prostate", "supported", "abiraterone", "abiraterone", "2025-02-05",
     "69-year-old man with newly diagnosed castration-sensitive prostate cancer, Gleason 4+5=9, seven bone metastases, no visceral "
     "disease, PSA 148 ng/mL, ADT started; abiraterone with prednisone requested 2025-02-05.",
     "ZYTIGA/abiraterone label 1: with prednisone for metastatic CRPC and metastatic high-risk CSPC (LATITUDE: >=2 of Gleason >=8, "
     ">=3 bone lesions, visceral metastases).",
     "Metastatic CSPC meeting high-risk criteria (Gleason 9 and >=3 bone lesions).",
     lambda b: p01(b))


def p02(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2018-03-05",
           stage="pT3a pN0 Gleason 4+3, radical prostatectomy 2018; salvage RT 2021")
    b.cond(icd("R97.21", "Rising PSA following treatment for malignant neoplasm of prostate"), "2024-06-10")
    for d, v in [("2022-12-01", 0.2), ("2024-06-10", 1.1), ("2024-10-08", 2.0), ("2025-01-14", 3.4)]:
        b.psa(d, v)
    b.obs(loc("PSADT", "PSA doubling time (calculated)"), "2025-01-14", ("valueString", "4.1 months"))
    b.testo("2025-01-14", 385)
    b.report(txt("PSMA PET/CT (piflufolastat F-18)"), "2025-02-06",
             "No PSMA-avid local recurrence, nodal or distant metastatic disease.", cat="NMS")
    b.report(txt("Bone scan and CT abdomen/pelvis"), "2025-02-10", "No evidence of metastatic disease.", cat="RAD")
    b.ecog("2025-02-25", 0)
    b.noise_labs("2025-02-25")
    order(b, "enzalutamide", "2025-03-04", dose="160 mg daily with leuprolide")


case("lab9-prostate-02", "prostate", "supported", "enzalutamide", "enzalutamide", "2025-03-04",
     "66-year-old man with biochemical recurrence after prostatectomy and salvage RT: PSA 1.1 -> 2.0 -> 3.4 ng/mL (doubling time "
     "~4 months), testosterone 385 ng/dL, negative PSMA PET and conventional imaging; enzalutamide requested 2025-03-04.",
     "XTANDI label 1: CRPC; mCSPC; non-metastatic CSPC with biochemical recurrence at high risk for metastasis (EMBARK: PSADT <=9 months).",
     "Non-metastatic castration-sensitive BCR with PSADT <=9 months documented by PSA series.",
     lambda b: p02(b))


def p03(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2020-09-15")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2021-03-01")
    b.cond(icd("C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes"), "2023-05-01")
    b.mstmt("leuprolide depot (continuous ADT)", "2021-03-05", status="active", med=rx("leuprolide"))
    b.mstmt("abiraterone + prednisone", "2021-03-20", "2023-05-10", status="stopped", note="PSA and radiographic progression")
    b.cycles([rx("docetaxel")], ["2023-06-01", "2023-06-22", "2023-07-13", "2023-08-03", "2023-08-24", "2023-09-14"],
             dose="75 mg/m2 q3w")
    for d, v in [("2024-11-05", 24.0), ("2025-01-14", 58.0), ("2025-03-25", 97.0)]:
        b.psa(d, v)
    b.testo("2025-03-25", 18)
    b.report(txt("PSMA PET/CT (Ga-68 gozetotide)"), "2025-04-08",
             "Multiple PSMA-avid osseous and retroperitoneal nodal lesions with uptake greater than liver. No PSMA-negative "
             "measurable lesions. PSMA-positive disease.", cat="NMS")
    b.ecog("2025-04-29", 1)
    b.noise_labs("2025-04-29", hgb=11.0)
    b.mstmt("denosumab 120 mg q4w", "2021-04-01", status="active")
    order(b, "lutetium", "2025-05-06", dose="200 mCi q6w x6")


case("lab9-prostate-03", "prostate", "supported", "lutetium", "lutetium Lu 177 vipivotide tetraxetan (HCPCS A9607)", "2025-05-06",
     "72-year-old man with mCRPC (testosterone 18 ng/dL on leuprolide, PSA 24 -> 97 ng/mL) after abiraterone and six cycles of "
     "docetaxel; PSMA PET shows PSMA-positive disease; Lu-177 PSMA-617 requested 2025-05-06.",
     "PLUVICTO label 1: PSMA-positive mCRPC treated with an androgen receptor pathway inhibitor and either taxane chemotherapy "
     "or considered appropriate to delay taxane (VISION, PSMAfore).",
     "PSMA-positive mCRPC after ARPI and taxane, castrate testosterone documented.",
     lambda b: p03(b))


def p04(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2021-04-12", stage="Stage IVB (bone)")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2021-04-20")
    b.mstmt("degarelix monthly (ADT)", "2021-04-22", status="active", med=rx("degarelix"))
    b.mreq(rx("enzalutamide"), "2023-02-01", status="stopped", dose="160 mg daily",
           note="Stopped 2025-05: PSA progression and new bone lesions")
    b.report(txt("Bone scan"), "2025-05-12", "Two new lesions (left femur, T11) compared with 2024; progression.", cat="RAD")
    b.testo("2025-05-12", 22)
    b.psa("2025-05-12", 41.5)
    v = b.variant("2025-06-02", "BRCA2", "p.Ser1982fs", extra="BRCA2 c.5946del", sig="Pathogenic",
                  specimen="Somatic - tumor tissue NGS (bone biopsy)")
    b.report(cc(LN, "51969-4", "Genetic analysis report"), "2025-06-02", "Somatic BRCA2 frameshift (c.5946del) detected; HRR gene alteration.",
             cat="GE", results=[v])
    b.ecog("2025-06-17", 1)
    b.noise_labs("2025-06-17")
    order(b, "olaparib", "2025-06-24", dose="300 mg BID")


case("lab9-prostate-04", "prostate", "supported", "olaparib", "olaparib", "2025-06-24",
     "70-year-old man with metastatic prostate cancer on degarelix (testosterone 22 ng/dL) that progressed on enzalutamide "
     "(new bone lesions), somatic BRCA2 frameshift on tissue NGS; olaparib requested 2025-06-24.",
     "LYNPARZA label 1: deleterious germline or somatic HRR gene-mutated mCRPC that progressed following enzalutamide or "
     "abiraterone (PROfound); with abiraterone for BRCAm mCRPC (PROpel).",
     "HRR (BRCA2) mutation, castration-resistant, progression after enzalutamide documented.",
     lambda b: p04(b))


def p05(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2019-07-01")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2022-01-10", note="mCRPC")
    b.mstmt("ADT + abiraterone", "2022-01-15", "2024-02-01", status="stopped")
    b.mstmt("goserelin implant q12w (ADT, continued)", "2022-01-15", status="active", med=rx("goserelin"))
    b.cycles([rx("docetaxel"), rx("prednisone")], ["2024-03-04", "2024-03-25", "2024-04-15", "2024-05-06", "2024-05-27", "2024-06-17"])
    b.report(txt("CT chest/abdomen/pelvis + bone scan"), "2025-08-26",
             "New hepatic-sparing retroperitoneal adenopathy and increased osseous disease burden; progression.", cat="RAD")
    b.testo("2025-08-26", 15)
    b.psa("2025-08-26", 63.2)
    b.ecog("2025-09-09", 1)
    b.mreq(rx("pegfilgrastim"), "2025-09-16", dose="6 mg SC day 2 each cycle")
    b.noise_labs("2025-09-09")
    order(b, "cabazitaxel", "2025-09-16", dose="20 mg/m2 q3w with prednisone")


case("lab9-prostate-05", "prostate", "supported", "cabazitaxel", "cabazitaxel", "2025-09-16",
     "67-year-old man with metastatic castration-resistant prostate cancer (testosterone 15 ng/dL on goserelin) progressing after "
     "abiraterone and six cycles of docetaxel; cabazitaxel with prednisone requested 2025-09-16.",
     "JEVTANA label 1: with prednisone for metastatic CRPC previously treated with a docetaxel-containing regimen (TROPIC, CARD).",
     "mCRPC with prior docetaxel documented.",
     lambda b: p05(b))


def p06(b):
    b.cond(icd_sct("C61", "Malignant neoplasm of prostate", "399068003", "Malignant tumor of prostate (disorder)"), "2025-03-10")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2025-03-18")
    b.cond(icd("N18.30", "Chronic kidney disease, stage 3 unspecified"), "2019-01-01")
    b.report(txt("Prostate biopsy"), "2025-03-10", "Adenocarcinoma, Gleason 4+4=8 (Grade Group 4).", cat="PAT")
    tnm(b, "2025-03-18", cT="cT3a", cN="cN1", cM="cM1b")
    b.report(txt("Bone scan"), "2025-03-18", "Diffuse osseous metastases (spine, pelvis, ribs).", cat="RAD")
    b.psa("2025-03-04", 62.0)
    b.ecog("2025-03-25", 2)
    b.mreq(rx("bicalutamide"), "2025-03-25", dose="50 mg daily x 30 days (flare protection)")
    b.noise_labs("2025-03-25", cr=1.5)
    order(b, "leuprolide", "2025-04-01", dose="22.5 mg IM every 3 months")


case("lab9-prostate-06", "prostate", "supported", "leuprolide", "leuprolide", "2025-04-01",
     "77-year-old man with newly diagnosed Gleason 4+4 prostate cancer with diffuse bone metastases (cT3a cN1 cM1b), PSA 62 ng/mL; "
     "leuprolide depot requested 2025-04-01.",
     "LUPRON DEPOT / ELIGARD label 1: palliative treatment of advanced prostate cancer.",
     "Advanced (metastatic) prostate cancer documented.",
     lambda b: p06(b))


def p07(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2020-02-01")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2022-06-01")
    b.mstmt("leuprolide (ADT)", "2022-06-05", status="active")
    b.mstmt("enzalutamide 160 mg", "2022-06-20", "2024-09-01", status="stopped", note="PD")
    b.cycles([rx("docetaxel")], ["2024-10-01", "2024-10-22", "2024-11-12", "2024-12-03", "2024-12-24", "2025-01-14"])
    b.testo("2025-07-08", 12)
    b.psa("2025-07-08", 38.0)
    b.report(txt("Bone scan"), "2025-07-08", "Progressive osseous metastases.", cat="RAD")
    b.sreq("Tumor NGS (HRR genes) - specimen sent", "2025-07-15")
    b.ecog("2025-07-22", 1)
    b.noise_labs("2025-07-22")
    order(b, "rucaparib", "2025-07-29", dose="600 mg BID")


case("lab9-prostate-07", "prostate", "needs-documentation", "rucaparib", "rucaparib", "2025-07-29",
     "71-year-old man with mCRPC (testosterone 12 ng/dL on leuprolide) after enzalutamide and docetaxel; rucaparib requested "
     "2025-07-29 while tumor HRR/BRCA sequencing has only been sent.",
     "RUBRACA label 1: deleterious BRCA mutation (germline and/or somatic)-associated mCRPC treated with androgen receptor-directed "
     "therapy (TRITON2/TRITON3).",
     "mCRPC and prior AR-directed therapy documented; BRCA status is absent (test pending).",
     lambda b: p07(b), missing=["brca"])


def p08(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2019-05-14", stage="pT2c pN0, radical prostatectomy 2019")
    b.cond(txt("Biochemical recurrence of prostate cancer"), "2025-06-01", cat="encounter-diagnosis")
    b.testo("2025-09-16", 410)
    b.report(txt("CT abdomen/pelvis and bone scan"), "2025-09-22", "No evidence of metastatic disease.", cat="RAD")
    b.ecog("2025-09-30", 0)
    b.enc("2025-09-30", "Referred by urology for BCR; outside PSA values not available in chart")
    b.noise_labs("2025-09-30")
    order(b, "enzalutamide", "2025-10-07", dose="160 mg daily with leuprolide")


case("lab9-prostate-08", "prostate", "needs-documentation", "enzalutamide", "enzalutamide", "2025-10-07",
     "68-year-old man with biochemical recurrence after 2019 prostatectomy, testosterone 410 ng/dL, negative conventional imaging; "
     "enzalutamide requested 2025-10-07 but no PSA values (level or doubling time) are in the chart.",
     "XTANDI label 1: nmCSPC with biochemical recurrence at high risk for metastasis (EMBARK: PSA doubling time <=9 months); CRPC; mCSPC.",
     "High-risk BCR cannot be established without PSA values; PSA is simply absent, nothing contradicts.",
     lambda b: p08(b), missing=["psa"])


def p09(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2018-01-22")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2021-08-01")
    b.mstmt("leuprolide q3 months", "2021-08-05", status="active", med=rx("leuprolide"))
    b.mstmt("abiraterone + prednisone", "2021-08-15", "2024-01-10", status="stopped")
    b.cycles([rx("docetaxel")], ["2024-02-01", "2024-02-22", "2024-03-14", "2024-04-04", "2024-04-25"])
    b.testo("2025-10-28", 9)
    for d, v in [("2025-06-03", 12.4), ("2025-08-26", 21.0), ("2025-10-28", 35.7)]:
        b.psa(d, v)
    b.report(txt("Bone scan"), "2025-10-30", "Increased uptake in multiple known osseous metastases; new right scapular lesion.", cat="RAD")
    b.ecog("2025-11-11", 1)
    b.noise_labs("2025-11-11")
    order(b, "lutetium", "2025-11-18", dose="7.4 GBq q6w")


case("lab9-prostate-09", "prostate", "needs-documentation", "lutetium", "lutetium Lu 177 vipivotide tetraxetan (HCPCS A9607)",
     "2025-11-18",
     "74-year-old man with mCRPC (testosterone 9 ng/dL, PSA 12 -> 36 ng/mL) after abiraterone and docetaxel; Lu-177 PSMA-617 "
     "requested 2025-11-18; only bone scan imaging, no PSMA PET in the chart.",
     "PLUVICTO label 1: PSMA-positive mCRPC (PSMA PET) after ARPI and taxane or when delaying taxane is appropriate (VISION, PSMAfore).",
     "Prior therapies and castration documented; PSMA positivity is absent.",
     lambda b: p09(b), missing=["psma"])


def p10(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2025-04-22")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2025-05-06")
    b.report(txt("Prostate biopsy"), "2025-04-22", "Adenocarcinoma, Gleason 3+4=7 (Grade Group 2), 4/12 cores.", cat="PAT")
    b.report(txt("Bone scan and CT CAP"), "2025-05-06",
             "Solitary sclerotic lesion of the left 7th rib, biopsy-confirmed metastasis. No other bone lesions. No visceral "
             "or nodal metastases.", cat="RAD")
    b.psa("2025-04-15", 18.2)
    b.testo("2025-04-15", 455)
    b.madmin(rx("leuprolide"), "2025-05-20", "22.5 mg IM")
    b.ecog("2025-05-27", 0)
    b.noise_labs("2025-05-27")
    order(b, "abiraterone", "2025-06-03", dose="1000 mg daily with prednisone")


case("lab9-prostate-10", "prostate", "refer-to-reviewer", "abiraterone", "abiraterone", "2025-06-03",
     "64-year-old man with castration-sensitive prostate cancer, Gleason 3+4=7, a single rib metastasis and no visceral disease; "
     "abiraterone with prednisone requested 2025-06-03.",
     "ZYTIGA/abiraterone label 1: metastatic CRPC; metastatic HIGH-RISK CSPC (LATITUDE: >=2 of Gleason >=8, >=3 bone lesions, visceral metastasis).",
     "Castration-sensitive disease meets none of the high-risk criteria - contradicts the labelled mCSPC population.",
     lambda b: p10(b))


def p11(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2019-10-01")
    b.cond(icd("C79.51", "Secondary malignant neoplasm of bone"), "2023-02-01", note="symptomatic, on opioids")
    b.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2025-07-15")
    b.report(txt("CT abdomen"), "2025-07-15", "Three new hypodense hepatic lesions, biopsy-proven metastatic prostatic adenocarcinoma.",
             cat="RAD")
    b.mstmt("relugolix 120 mg daily (ADT)", "2023-02-10", status="active")
    b.mstmt("abiraterone + prednisone", "2023-03-01", "2025-06-01", status="stopped")
    b.testo("2025-07-22", 14)
    b.psa("2025-07-22", 88.0)
    b.mstmt("oxycodone 5 mg q6h prn bone pain", "2025-01-10", status="active")
    b.ecog("2025-08-05", 2)
    b.noise_labs("2025-08-05", hgb=10.2)
    order(b, "radium", "2025-08-12", dose="55 kBq/kg q4w x6")


case("lab9-prostate-11", "prostate", "refer-to-reviewer", "radium", "radium Ra 223 dichloride (HCPCS A9606)", "2025-08-12",
     "73-year-old man with castration-resistant prostate cancer (testosterone 14 ng/dL on relugolix), symptomatic bone metastases "
     "and new biopsy-proven liver metastases; radium-223 requested 2025-08-12.",
     "XOFIGO label 1: castration-resistant prostate cancer with symptomatic bone metastases and no known visceral metastatic disease (ALSYMPCA).",
     "Documented liver (visceral) metastases contradict the label.",
     lambda b: p11(b))


def p12(b):
    b.cond(icd("C61", "Malignant neoplasm of prostate"), "2025-02-11", stage="cT2b cN0 cM0, stage IIB, Grade Group 2")
    b.report(txt("MRI prostate + bone scan"), "2025-02-25", "Organ-confined left peripheral zone lesion (PI-RADS 5). No nodal or "
             "osseous metastases.", cat="RAD")
    b.psa("2025-02-04", 8.4)
    b.ecog("2025-03-18", 0)
    b.noise_labs("2025-03-18")
    b.enc("2025-03-18", "Discussed neoadjuvant chemotherapy before radical prostatectomy")
    order(b, "docetaxel", "2025-03-25", dose="75 mg/m2 q3w x4 (neoadjuvant)")


case("lab9-prostate-12", "prostate", "refer-to-reviewer", "docetaxel", "docetaxel", "2025-03-25",
     "62-year-old man with localized prostate cancer cT2b cN0 cM0 (stage IIB, Grade Group 2, PSA 8.4); neoadjuvant docetaxel "
     "before prostatectomy requested 2025-03-25.",
     "Docetaxel label 1 (prostate): with prednisone for metastatic castration-resistant prostate cancer (TAX 327).",
     "Localized non-metastatic, castration-naive disease contradicts the metastatic CRPC indication.",
     lambda b: p12(b))


# ===========================================================================
# Assembly, writing, checking
# ===========================================================================
PATIENTS = {
    # id -> (gender, birthDate, given, family)
    "lab9-breast-01": ("female", "1961-02-14", "Linda", "Marsh"),
    "lab9-breast-02": ("female", "1977-09-03", "Tanya", "Okafor"),
    "lab9-breast-03": ("male", "1958-12-20", "Harold", "Beck"),
    "lab9-breast-04": ("female", "1983-07-30", "Sofia", "Ruiz"),
    "lab9-breast-05": ("female", "1962-04-11", "Margaret", "Quinn"),
    "lab9-breast-06": ("female", "1986-10-05", "Aisha", "Grant"),
    "lab9-breast-07": ("female", "1973-01-22", "Renee", "Doyle"),
    "lab9-breast-08": ("female", "1976-03-17", "Carla", "Nunez"),
    "lab9-breast-09": ("female", "1970-05-09", "Janet", "Holm"),
    "lab9-breast-10": ("female", "1965-06-28", "Brenda", "Vaughn"),
    "lab9-breast-11": ("female", "1978-11-12", "Priya", "Raman"),
    "lab9-breast-12": ("female", "1968-08-01", "Diane", "Kowalski"),
    "lab9-nsclc-01": ("female", "1961-03-03", "Mei", "Chen"),
    "lab9-nsclc-02": ("male", "1972-12-15", "Daniel", "Ortiz"),
    "lab9-nsclc-03": ("male", "1957-02-27", "Gerald", "Pratt"),
    "lab9-nsclc-04": ("male", "1953-09-19", "Walter", "Simms"),
    "lab9-nsclc-05": ("female", "1959-06-06", "Joyce", "Landry"),
    "lab9-nsclc-06": ("male", "1965-10-10", "Victor", "Hale"),
    "lab9-nsclc-07": ("female", "1980-01-25", "Naomi", "Sato"),
    "lab9-nsclc-08": ("male", "1947-04-02", "Earl", "Whitfield"),
    "lab9-nsclc-09": ("male", "1964-07-14", "Raymond", "Fisk"),
    "lab9-nsclc-10": ("female", "1969-12-01", "Lucia", "Ferreira"),
    "lab9-nsclc-11": ("female", "1958-02-08", "Ann", "Nakamura"),
    "lab9-nsclc-12": ("male", "1962-05-21", "Curtis", "Boyle"),
    "lab9-colorectal-01": ("female", "1971-03-29", "Helen", "Strand"),
    "lab9-colorectal-02": ("male", "1963-08-18", "Frank", "DeLuca"),
    "lab9-colorectal-03": ("female", "1957-11-23", "Ruth", "Albers"),
    "lab9-colorectal-04": ("male", "1955-01-30", "George", "Pike"),
    "lab9-colorectal-05": ("female", "1976-09-09", "Monica", "Reyes"),
    "lab9-colorectal-06": ("male", "1965-12-12", "Paul", "Erikson"),
    "lab9-colorectal-07": ("male", "1959-04-04", "Samuel", "Ng"),
    "lab9-colorectal-08": ("female", "1967-02-16", "Irene", "Costa"),
    "lab9-colorectal-09": ("female", "1953-06-19", "Dorothy", "Haines"),
    "lab9-colorectal-10": ("male", "1962-03-07", "Leon", "Brandt"),
    "lab9-colorectal-11": ("female", "1969-10-27", "Grace", "Whelan"),
    "lab9-colorectal-12": ("male", "1965-07-31", "Oscar", "Lindqvist"),
    "lab9-prostate-01": ("male", "1955-05-05", "Henry", "Walsh"),
    "lab9-prostate-02": ("male", "1958-09-12", "Dennis", "Moreau"),
    "lab9-prostate-03": ("male", "1952-11-30", "Arthur", "Kimball"),
    "lab9-prostate-04": ("male", "1954-12-24", "Roy", "Jansen"),
    "lab9-prostate-05": ("male", "1958-04-18", "Louis", "Parrish"),
    "lab9-prostate-06": ("male", "1947-08-08", "Clarence", "Odom"),
    "lab9-prostate-07": ("male", "1954-01-13", "Martin", "Voss"),
    "lab9-prostate-08": ("male", "1957-03-21", "Edward", "Lund"),
    "lab9-prostate-09": ("male", "1951-06-02", "Ralph", "Booker"),
    "lab9-prostate-10": ("male", "1961-02-19", "Kevin", "Tran"),
    "lab9-prostate-11": ("male", "1951-10-15", "Stanley", "Duarte"),
    "lab9-prostate-12": ("male", "1963-01-04", "Bruce", "Ahlgren"),
}


def build_cases():
    out = []
    for c in CASES:
        cid = c["id"]
        cancer = c["cancer"]
        num = int(cid.rsplit("-", 1)[1])
        gender, birth, given, family = PATIENTS[cid]
        b = B(cid, f"nec9-{cancer}-{num:02d}", gender, birth, given, family)
        c["build"](b)
        item = {
            "id": cid,
            "cancer": cancer,
            "description": c["description"],
            "basis": c["basis"],
            "date": c["date"],
            "service": svc(c["drug_key"]),
            "expected": c["expected"],
        }
        if c["missing"]:
            item["expected_missing"] = c["missing"]
        item["bundle"] = b.bundle()
        out.append(item)
    return {"cases": out}


def render_json(data):
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_md(data):
    lines = []
    lines.append("# Label cases, set 9 - community-chart encodings (written blind)")
    lines.append("")
    lines.append("Generated by `scripts/gen-label-cases-9.py` (stdlib only; `--check` validates). 48 cases: 12 each for "
                 "breast, nsclc, colorectal, prostate; per cancer 6 supported, 3 needs-documentation, 3 refer-to-reviewer.")
    lines.append("")
    lines.append("**Written blind.** The author did not open src/, crates/, pathways/, other files in tests/fixtures/necessity/, "
                 "other scripts/gen-*.py or the main README, and did not build or run the engine. What was read: current US FDA "
                 "labels (section 1) via openFDA label JSON / DailyMed excerpts and payer/CMS coding pages through the search "
                 "tool; HL7 mCODE, Genomics Reporting and Breast Cancer IG pages for LOINC codes; the PharmGKB/ClinPGx drug "
                 "cross-reference export (biopragmatics/obo-db-ingest) and the CPIC drug table for RxNorm ingredient codes.")
    lines.append("")
    lines.append("**Encodings exercised:** ICD-10-CM only / SNOMED only (NSCLC 254637007) / both; problem-list vs "
                 "encounter-diagnosis; resolved cancers of another type (thyroid, prostate); stage as LOINC 21908-9 / 21902-2 "
                 "text values, Condition.stage.summary text, pathology report conclusions, or only T/N/M Observations "
                 "(21905-5/21906-3/21907-1, 21899-0/21900-6/21901-4); ER/PR/HER2 IHC and FISH with SNOMED answer or valueString; "
                 "PD-L1 22C3 (85147-7) as text; NGS variant Observations (69548-6 with 48018-6/48005-3/81252-9/53037-8 "
                 "components), fusion text and wild-type panels; MSI (81695-9, LA14122-8) and per-protein MMR IHC (local codes); "
                 "germline BRCA from a genetics lab; PSMA PET conclusions; PSA and testosterone series with units; prior therapy "
                 "as MedicationAdministration cycles (RxNorm ingredient codes), MedicationRequest completed/stopped, "
                 "MedicationStatement text only, regimen names; pending tests as ServiceRequest; ECOG as LOINC integer or text, "
                 "Karnofsky text; menopause via age and bilateral oophorectomy; castration via testosterone on ADT; supportive "
                 "meds, comorbidities, vitals and routine labs as noise. The requested drug is also present as a draft/proposal "
                 "MedicationRequest on the decision date.")
    lines.append("")
    lines.append("## Requested-drug codes and where they were verified")
    lines.append("")
    lines.append("| key | system | code | display | verified in |")
    lines.append("| --- | --- | --- | --- | --- |")
    used = []
    for c in CASES:
        if c["drug_key"] not in used:
            used.append(c["drug_key"])
    for k in used:
        s, code, d, src = SERVICE_CODES[k]
        prim, _, extra = src.partition("|")
        where = SRC[prim] + (f"; {extra}" if extra else "")
        lines.append(f"| {k} | {'RxNorm' if s == RX else 'HCPCS'} | {code} | {d} | {where} |")
    lines.append("")
    lines.append("Other RxNorm ingredient codes used in therapy histories come from the same PharmGKB/ClinPGx export. "
                 "LOINC verified via HL7 IG pages: 21908-9, 21902-2, 16112-5, 16113-3, 40556-3, 40557-1, 85337-4, 85339-0, "
                 "18474-7, 85319-2, 31150-6, 85318-4, 85147-7, 89247-1, 81695-9, LA14122-8, 48018-6; SNOMED 416053008, 254637007. "
                 "TNM codes 21905-5/21899-0 corroborated in public FHIR code. **Not verified this session** (used as secondary "
                 "or routine codes): SNOMED 254837009, 399068003; LOINC 29463-7, 718-7, 2160-0, 1742-6, 777-3, 4548-4, 2039-6, "
                 "2888-6, 10230-1, 2857-1, 2986-8, 48005-3, 81252-9, 53037-8, 69548-6, 51969-4, LA9633-4, LA6668-3. "
                 "Codes under " + LOCAL + " are deliberately local.")
    lines.append("")
    lines.append("## Cases")
    lines.append("")
    lines.append("| id | drug | expected | reason |")
    lines.append("| --- | --- | --- | --- |")
    for c in CASES:
        exp = c["expected"]
        if c["missing"]:
            exp += " (" + ", ".join(c["missing"]) + ")"
        lines.append(f"| {c['id']} | {c['drug_name']} | {exp} | {c['reason']} |")
    lines.append("")
    return "\n".join(lines)


def iter_strings(x, key=None):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from iter_strings(v, k)
    elif isinstance(x, list):
        for v in x:
            yield from iter_strings(v, key)
    elif isinstance(x, str):
        yield key, x


def iter_refs(x):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from iter_refs(v)
    elif isinstance(x, list):
        for v in x:
            yield from iter_refs(v)


def validate(data):
    errs = []
    cases = data.get("cases")
    if not isinstance(cases, list) or len(cases) != 48:
        return ["expected 48 cases"]
    counts = {}
    ids = set()
    for c in cases:
        cid = c.get("id", "?")
        for k in ("id", "cancer", "description", "basis", "date", "service", "expected", "bundle"):
            if k not in c:
                errs.append(f"{cid}: missing {k}")
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        cancer = c.get("cancer")
        if cancer not in CANCERS:
            errs.append(f"{cid}: bad cancer")
        if not cid.startswith(f"lab9-{cancer}-"):
            errs.append(f"{cid}: id/cancer mismatch")
        exp = c.get("expected")
        if exp not in OUTCOMES:
            errs.append(f"{cid}: bad expected")
        counts[(cancer, exp)] = counts.get((cancer, exp), 0) + 1
        miss = c.get("expected_missing")
        if exp == "needs-documentation":
            if not miss or not set(miss) <= ALLOWED_MISSING:
                errs.append(f"{cid}: bad expected_missing {miss}")
        elif miss is not None:
            errs.append(f"{cid}: expected_missing on non-ND case")
        s = c.get("service", {})
        if s.get("system") not in (RX, HCPCS) or not s.get("code") or not s.get("display"):
            errs.append(f"{cid}: bad service")
        b = c.get("bundle", {})
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            errs.append(f"{cid}: bundle not collection")
        entries = b.get("entry", [])
        full = set()
        pats = []
        for e in entries:
            fu = e.get("fullUrl", "")
            if not fu.startswith("urn:uuid:"):
                errs.append(f"{cid}: fullUrl not urn:uuid")
            try:
                uuid.UUID(fu[9:])
            except ValueError:
                errs.append(f"{cid}: bad uuid {fu}")
            if fu in full:
                errs.append(f"{cid}: duplicate fullUrl")
            full.add(fu)
            r = e.get("resource", {})
            if r.get("resourceType") == "Patient":
                pats.append(r)
        num = cid.rsplit("-", 1)[1]
        if len(pats) != 1 or pats[0].get("id") != f"nec9-{cancer}-{num}":
            errs.append(f"{cid}: patient id")
        for ref in iter_refs(b):
            if ref not in full:
                errs.append(f"{cid}: dangling reference {ref}")
        date = c.get("date", "")
        for key, sv in iter_strings(b):
            if len(sv) >= 10 and sv[4:5] == "-" and sv[7:8] == "-" and sv[:4].isdigit() and sv[5:7].isdigit() \
                    and sv[8:10].isdigit() and key not in ("display", "text", "conclusion", "value", "valueString",
                                                             "id", "fullUrl", "reference", "code"):
                if sv[:10] > date:
                    errs.append(f"{cid}: {key} {sv} after decision date {date}")
    for cancer in CANCERS:
        for exp, n in zip(OUTCOMES, (6, 3, 3)):
            if counts.get((cancer, exp), 0) != n:
                errs.append(f"{cancer}/{exp}: {counts.get((cancer, exp), 0)} != {n}")
    # drug usage cap (by service code)
    usage = {}
    for c in CASES:
        name = c["drug_key"].replace("_j", "")
        usage[name] = usage.get(name, 0) + 1
    for k, n in usage.items():
        if n > 2:
            errs.append(f"drug {k} used {n} times")
    return errs


def main():
    data = build_cases()
    js = render_json(data)
    md = render_md(data)
    if "--check" in sys.argv[1:]:
        errs = validate(data)
        if not JSON_PATH.exists():
            errs.append(f"{JSON_PATH} missing")
        else:
            on_disk = json.loads(JSON_PATH.read_text(encoding="utf-8"))
            if on_disk != data:
                errs.append("written JSON differs from regenerated content")
            errs += ["on-disk: " + e for e in validate(on_disk)]
        if not MD_PATH.exists() or MD_PATH.read_text(encoding="utf-8") != md:
            errs.append("written .md differs from regenerated content")
        if errs:
            print("\n".join(errs))
            sys.exit(1)
        print(f"ok: {len(data['cases'])} cases valid")
        return
    errs = validate(data)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    JSON_PATH.write_text(js, encoding="utf-8")
    MD_PATH.write_text(md, encoding="utf-8")
    print(f"wrote {JSON_PATH.relative_to(ROOT)} and {MD_PATH.relative_to(ROOT)} ({len(data['cases'])} cases)")


if __name__ == "__main__":
    main()
