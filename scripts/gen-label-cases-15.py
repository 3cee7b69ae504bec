#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-15.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: the drugs a desk sees least often -- 2023-2026 approvals and less common
labelled indications of the four cancers, plus subcutaneous (hyaluronidase) and
fixed-combination products (datopotamab deruxtecan, trastuzumab deruxtecan
HER2-ultralow, margetuximab, Phesgo, Herceptin Hylecta, ribociclib adjuvant,
amivantamab, tremelimumab, atezolizumab/hyaluronidase, nivolumab/hyaluronidase,
encorafenib + binimetinib, perioperative durvalumab, ziv-aflibercept,
encorafenib + cetuximab + mFOLFOX6, tucatinib + trastuzumab, adagrasib +
cetuximab, sotorasib + panitumumab, nivolumab + ipilimumab first line,
lutetium-177 PSMA-617 pre-taxane, enzalutamide high-risk BCR, olaparib +
abiraterone, sipuleucel-T, triptorelin, radium-223).

Written blind: the author did not read src/, crates/, pathways/, README.md, the
other fixtures' JSON under tests/fixtures/necessity/ or any other scripts/gen-*.py
(beyond the first 140 lines of gen-label-cases-12.py, and the "Code verification"
sections of label-cases-12/13/14.md).

Usage:
    python3 scripts/gen-label-cases-15.py           # write the .json and .md
    python3 scripts/gen-label-cases-15.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Codes: every coding written is looked up in VERIFIED below (system, code ->
display, source tags); the .md code-verification table is generated from the
codings actually used. Sources are those cited by label-cases-12/13/14 plus:
[ADDB26] CMS OPPS Addendum B 2026-04 rows (github.com/softek/CMS.HCPCS
sample.csv, HEAD 55a5494) for HCPCS codes created after 2020 (J9011, J9024,
J9061, J9228, J9272, J9289, J9347, J9353, J9356, J9400, J3315, Q2043), and
[GEN15] find_string hits pairing an HGNC id with its symbol (ids listed).
Oral drugs whose ingredient RXCUI could not be confirmed from two independent
public sources here (elacestrant, capivasertib, inavolisib, talazoparib,
darolutamide -- its RXL code collides with a combination code elsewhere --,
relugolix, fruquintinib, trifluridine/tipiracil, lazertinib, repotrectinib)
are not requested; binimetinib, prednisone and lazertinib appear only as text.
"""
import argparse
import base64
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-15.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-15.md"
NS = uuid.UUID("5c1e0f15-7a2b-4d3c-9e15-0a0c0715f00d")

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
CPT = "http://www.ama-assn.org/go/cpt"
TH = "http://terminology.hl7.org/CodeSystem/"
LOCAL = "http://lab.example-hospital.org/fhir/CodeSystem/local-results"
SYSNAME = {RX: "RxNorm", HCPCS: "HCPCS", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", HGNC: "HGNC", CPT: "CPT", HGVS: "HGVS"}
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology"}

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- HCPCS: requested services (S) and chart administrations
for code, disp, src in [
    ("J9011", "Datopotamab deruxtecan, 1 mg", "ADDB26"),
    ("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "ADDB, ANWEB"),
    ("J9353", "Inj. margetuximab-cmkb, 5 mg", "ADDB26"),
    ("J9316", "Injection, pertuzumab, trastuzumab, and hyaluronidase-zzxf, per 10 mg", "ADDB, PAYER"),
    ("J9356", "Inj. herceptin hylecta, 10mg", "ADDB26"),
    ("J9061", "Inj, amivantamab-vmjw", "ADDB26"),
    ("J9347", "Inj, tremelimumab-actl, 1 mg", "ADDB26"),
    ("J9024", "Inj atezolizumb 5mg hya-tqjs", "ADDB26"),
    ("J9173", "Injection, durvalumab, 10 mg", "ADDB, ANWEB"),
    ("J9289", "Inj nivolumab 2 mg hyaluron", "ADDB26"),
    ("J9400", "Inj, ziv-aflibercept, 1mg", "ADDB26"),
    ("J9299", "Injection, nivolumab, 1 mg", "ADDB, ANWEB"),
    ("J9308", "Injection, ramucirumab, 5 mg", "ADDB, ANWEB"),
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "ADDB, PAYER"),
    ("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie", "ADDB, ANWEB"),
    ("Q2043", "Sipuleucel-t auto cd54+", "ADDB26"),
    ("J3315", "Triptorelin pamoate", "ADDB26"),
    ("J9228", "Ipilimumab injection", "ADDB26"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9354", "Injection, ado-trastuzumab emtansine, 1 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9000", "Injection, doxorubicin hydrochloride, 10 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9201", "Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9155", "Injection, degarelix, 1 mg", "ADDB, ANWEB"),
    ("J9043", "Injection, cabazitaxel, 1 mg", "ADDB, ANWEB"),
]:
    V(HCPCS, code, disp, src)

# ---- RxNorm ingredients
for code, disp, src in [
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("2169285", "alpelisib", "RXL, TRM"),
    ("1940643", "neratinib", "RXL, RXV, TRM, OMOPL"),
    ("1148495", "crizotinib", "RXL, RXV, OMOPL"),
    ("2103164", "lorlatinib", "RXL, OMOPL"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("2361285", "tucatinib", "RXL, RXV"),
    ("2625882", "adagrasib", "RXL, TRL"),
    ("2550714", "sotorasib", "RXL, OFDA"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("1100072", "abiraterone", "RXL, TRL"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("224905", "trastuzumab", "TRM, OMOPL, GEN 61430868925"),
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
    ("6809", "metformin", "CPIC, RXL"),
    ("83367", "atorvastatin", "CPIC, RXL"),
    ("77492", "tamsulosin", "CPIC, RXL"),
]:
    V(RX, code, disp, src)

# ---- ICD-10-CM
for code, disp, src in [
    ("C18.2", "Malignant neoplasm of ascending colon", "ICDX"),
    ("C18.7", "Malignant neoplasm of sigmoid colon", "ICDX"),
    ("C20", "Malignant neoplasm of rectum", "ICDX"),
    ("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "ICDX"),
    ("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "ICDX"),
    ("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "ICDX"),
    ("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung", "ICDX"),
    ("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast", "ICDX"),
    ("C50.911", "Malignant neoplasm of unspecified site of right female breast", "ICDX"),
    ("C50.912", "Malignant neoplasm of unspecified site of left female breast", "ICDX"),
    ("C61", "Malignant neoplasm of prostate", "ICDX"),
    ("C78.01", "Secondary malignant neoplasm of right lung", "ICDX"),
    ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "ICDX"),
    ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "ICDX"),
    ("C79.51", "Secondary malignant neoplasm of bone", "ICDX"),
    ("Z17.0", "Estrogen receptor positive status [ER+]", "ICDX"),
    ("Z17.1", "Estrogen receptor negative status [ER-]", "GEN14 55661557572"),
    ("Z19.1", "Hormone sensitive malignancy status", "GEN14 55661557572 / 12312469823 / 12053113399"),
    ("Z19.2", "Hormone resistant malignancy status", "ICDX"),
]:
    V(ICD, code, disp, src)

# ---- SNOMED CT
for code, disp, src in [
    ("1222837003", "American Joint Committee on Cancer stage IV (qualifier value)", "GEN 18131229102 / 18115121853"),
    ("254637007", "Non-small cell lung cancer (disorder)", "MCODE"),
    ("254837009", "Malignant neoplasm of breast (disorder)", "MCODE"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("73056007", "Right breast structure", "GEN14 53250974630 / 14446098577"),
    ("80248007", "Left breast structure", "GEN14 53734731630 / 53261709540"),
    ("76498008", "Postmenopausal state", "GEN 53237695867 / 54523174829"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("94381002", "Secondary malignant neoplasm of liver", "GEN 70248098329 / 67516913204"),
    ("367336001", "Chemotherapy (procedure)", "GEN 58555415348 / 27428244623"),
]:
    V(SCT, code, disp, src)

# ---- LOINC
for code, disp, src in [
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("11488-4", "Consult note", "GEN 54149578163 / 57160072403"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
    ("21908-9", "Stage group.clinical Cancer", "MCODE"),
    ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "MCODE"),
    ("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "GEN 41511871330"),
    ("48004-6", "DNA change (c.HGVS)", "GEN 4706047252 / 61384671171"),
    ("48005-3", "Amino acid change (pHGVS)", "GEN 59721034127 / 69512973287"),
    ("48018-6", "Gene studied [ID]", "MCODE"),
    ("48676-1", "HER2 [Interpretation] in Tissue", "MCODE"),
    ("51969-4", "Genetic analysis report", "GEN14 41597787145 / 29301661751"),
    ("69548-6", "Genetic variant assessment", "MCODE"),
    ("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative", "MCODE"),
    ("85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report", "MCODE"),
    ("85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH", "MCODE"),
    ("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", "MCODE"),
    ("89247-1", "ECOG Performance Status score", "MCODE"),
    ("97509-4", "Cancer Disease Progression", "MCODE"),
    ("LA6576-8", "Positive", "MCODE"),
    ("LA6577-6", "Negative", "MCODE"),
    ("LA9633-4", "Present", "MCODE"),
    ("LA9634-2", "Absent", "MCODE"),
]:
    V(LN, code, disp, src)

# ---- HGNC
for code, disp, src in [
    ("HGNC:1097", "BRAF", "GEN 69512973287"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:3430", "ERBB2", "GEN 66036805935 / 59660611392"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:8975", "PIK3CA", "GEN 41597822208 / 57284591633"),
    ("HGNC:427", "ALK", "GEN15 68309973542 / 16105278727"),
    ("HGNC:10261", "ROS1", "GEN15 59660611392 / 68290097721"),
    ("HGNC:7989", "NRAS", "GEN15 59660611392 / 14300782392"),
    ("HGNC:1100", "BRCA1", "GEN15 48499960154 / 8530574144"),
]:
    V(HGNC, code, disp, src)

# ---- CPT (CPT rows of CMS OPPS Addendum B)
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("19307", "Mastectomy, modified radical"),
    ("38745", "Axillary lymphadenectomy; complete"),
    ("31652", "Bronchoscopy with EBUS-guided transtracheal/transbronchial sampling, 1 or 2 nodal stations"),
    ("32663", "Thoracoscopy, surgical; with lobectomy"),
    ("44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"),
    ("45380", "Colonoscopy, flexible; with biopsy, single or multiple"),
    ("55866", "Laparoscopy, surgical prostatectomy, retropubic radical"),
    ("77301", "Intensity modulated radiotherapy plan"),
    ("78306", "Bone and/or joint imaging; whole body"),
    ("78815", "PET with concurrently acquired CT; skull base to mid-thigh"),
    ("81162", "BRCA1, BRCA2 full sequence analysis and full duplication/deletion analysis"),
    ("81445", "Targeted genomic sequence analysis panel, solid organ neoplasm, 5-50 genes"),
    ("81455", "Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm, 51 or greater genes"),
]:
    V(CPT, code, disp, "CPTA")

# ---- FHIR R4 terminology
for sysname, code, disp in [
    ("condition-clinical", "active", "Active"),
    ("condition-clinical", "resolved", "Resolved"),
    ("condition-ver-status", "confirmed", "Confirmed"),
    ("condition-category", "problem-list-item", "Problem List Item"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis"),
    ("observation-category", "laboratory", "Laboratory"),
    ("observation-category", "imaging", "Imaging"),
    ("observation-category", "survey", "Survey"),
    ("observation-category", "social-history", "Social History"),
    ("observation-category", "exam", "Exam"),
    ("v2-0074", "GE", "Genetics"),
    ("v2-0074", "PAT", "Pathology (gross & histopath, not surgical)"),
    ("v2-0074", "RAD", "Radiology"),
]:
    V(TH + sysname, code, disp, "FHIR")

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12/13/14"),
    ("ADDB26", "same CMS OPPS Addendum B 2026-04 file, row read for this set (HCPCS code and CMS short descriptor; commit 55a5494 of github.com/softek/CMS.HCPCS); short descriptor used as display"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12/13/14"),
    ("PAYER", "payer/manufacturer bulletins for post-2020 codes (NC Medicaid 2022-11-01 for A9607; Aetna CPB 0977 for J9316), as cited in label-cases-12"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12/14"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12/13/14"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12/13/14"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12/13/14"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12/13/14"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13/14"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12/13/14"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12/14"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12/14"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13/14"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13/14"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13/14"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol, found for this set with find_string (ids listed)"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification)"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
    ("LOC", "fictitious local code of this fixture set, always beside a standard coding or text"),
]


# ---------------------------------------------------------------- builders
def coding(system, code, display=None):
    if system in (HGVS, LOCAL):
        return {"system": system, "code": code, **({"display": display} if display else {})}
    if (system, code) not in VERIFIED:
        raise SystemExit(f"unverified code {system} {code}")
    return {"system": system, "code": code, "display": display or VERIFIED[(system, code)][0]}


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [c if isinstance(c, dict) else coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def tcc(text):
    return {"text": text}


def qty(v, unit, code=None):
    q = {"value": v, "unit": unit}
    if code:
        q.update({"system": "http://unitsofmeasure.org", "code": code})
    return {"valueQuantity": q}


def vcc(*codings, text=None):
    return {"valueCodeableConcept": cc(*codings, text=text)}


def vstr(s):
    return {"valueString": s}


def ocat(code):
    return [cc((TH + "observation-category", code))]


POS = (LN, "LA6576-8")
NEG = (LN, "LA6577-6")
PRESENT = (LN, "LA9633-4")
ABSENT = (LN, "LA9634-2")


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, description,
                 basis, reason, gender, birth, name):
        self.cid = f"lab15-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.pid = "nec15-" + self.cid[len("lab15-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.15",
                            "value": f"MRN15{num:02d}{cancer[:2].upper()}"}],
            "name": [{"family": fam, "given": [given]}],
            "gender": gender, "birthDate": birth}})
        self.subj = {"reference": self.purl}

    # generic ------------------------------------------------------------
    def add(self, res):
        self.n += 1
        rid = str(uuid.uuid5(NS, f"{self.cid}/{self.n}"))
        res = {"resourceType": res.pop("resourceType"), "id": rid, **res}
        url = "urn:uuid:" + rid
        self.entries.append({"fullUrl": url, "resource": res})
        return url

    def cond(self, code, onset, *, cat="problem-list-item", clinical="active",
             body=None, stage=None, note=None, recorded=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc((TH + "condition-clinical", clinical)),
             "verificationStatus": cc((TH + "condition-ver-status", "confirmed")),
             "category": [cc((TH + "condition-category", cat))],
             "code": code, "subject": self.subj, "onsetDateTime": onset,
             "recordedDate": recorded or onset}
        if body:
            r["bodySite"] = [body]
        if stage:
            r["stage"] = [{"summary": stage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, code, date, value=None, *, cat="laboratory", comps=None, note=None,
            interp=None, method=None, specimen_text=None, derived=None, status="final"):
        r = {"resourceType": "Observation", "status": status}
        if cat:
            r["category"] = ocat(cat)
        r.update({"code": code, "subject": self.subj, "effectiveDateTime": date,
                  "issued": date + "T12:00:00Z"})
        if value:
            r.update(value)
        if interp:
            r["interpretation"] = [interp]
        if method:
            r["method"] = tcc(method)
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        if derived:
            r["derivedFrom"] = [{"reference": u} for u in derived]
        return self.add(r)

    def variant(self, date, gene, *, present=True, c=None, p=None, text=None, note=None):
        """mCODE-style genomic variant Observation (69548-6 + components)."""
        comps = [{"code": cc((LN, "48018-6")), "valueCodeableConcept": cc((HGNC, gene))}]
        if c:
            comps.append({"code": cc((LN, "48004-6")),
                          "valueCodeableConcept": cc((HGVS, c), text=c)})
        if p:
            comps.append({"code": cc((LN, "48005-3")),
                          "valueCodeableConcept": cc((HGVS, p), text=p)})
        return self.obs(cc((LN, "69548-6")), date,
                        vcc(PRESENT if present else ABSENT, text=text), comps=comps, note=note)

    def med(self, kind, med, date, *, status=None, end=None, note=None, reason=None,
            dose=None, intent="order"):
        if kind == "admin":
            r = {"resourceType": "MedicationAdministration", "status": status or "completed",
                 "medicationCodeableConcept": med, "subject": self.subj,
                 "effectiveDateTime": date}
            if dose:
                r["dosage"] = {"text": dose}
        elif kind == "req":
            r = {"resourceType": "MedicationRequest", "status": status or "active",
                 "intent": intent, "medicationCodeableConcept": med, "subject": self.subj,
                 "authoredOn": date}
            if dose:
                r["dosageInstruction"] = [{"text": dose}]
        else:
            r = {"resourceType": "MedicationStatement", "status": status or "completed",
                 "medicationCodeableConcept": med, "subject": self.subj,
                 "effectivePeriod": {"start": date, **({"end": end} if end else {})},
                 "dateAsserted": end or date}
            if dose:
                r["dosage"] = [{"text": dose}]
        if reason:
            r["reasonCode"] = [reason]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, code, date, *, status="completed", note=None):
        r = {"resourceType": "Procedure", "status": status, "code": code,
             "subject": self.subj, "performedDateTime": date}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def sreq(self, code, date, *, status="active", note=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": "order",
             "code": code, "subject": self.subj, "authoredOn": date}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def doc(self, text, date, *, kind="11506-3", title=None):
        r = {"resourceType": "DocumentReference", "status": "current",
             "type": cc((LN, kind)), "subject": self.subj, "date": date + "T09:00:00Z",
             "content": [{"attachment": {
                 "contentType": "text/plain; charset=utf-8",
                 "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                 **({"title": title} if title else {})}}]}
        return self.add(r)

    def report(self, code, date, conclusion, *, cat="PAT", results=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc((TH + "v2-0074", cat))], "code": code,
             "subject": self.subj, "effectiveDateTime": date,
             "issued": date + "T15:00:00Z", "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": u} for u in results]
        return self.add(r)

    # common shortcuts --------------------------------------------------
    def ecog(self, date, score):
        return self.obs(cc((LN, "89247-1")), date, {"valueInteger": score}, cat="survey")

    def stage(self, date, text, *, snomed_iv=False, loinc=True):
        code = cc((LN, "21908-9")) if loinc else tcc("Cancer stage")
        val = vcc((SCT, "1222837003"), text=text) if snomed_iv else vcc(text=text)
        return self.obs(code, date, val, cat="survey")

    def progression(self, date, note=None):
        return self.obs(cc((LN, "97509-4")), date, vcc((SCT, "271299001")), cat="survey",
                        note=note)

    def psa(self, date, v):
        return self.obs(cc((LN, "2857-1")), date, qty(v, "ng/mL", "ng/mL"))

    def testosterone(self, date, v):
        return self.obs(cc((LN, "2986-8")), date, qty(v, "ng/dL", "ng/dL"))

    def postmeno(self, date):
        return self.obs(tcc("Menopausal status"), date, vcc((SCT, "76498008")),
                        cat="social-history")

    def to_json(self):
        out = {"id": self.cid, "cancer": self.cancer, "description": self.description,
               "basis": self.basis, "date": self.date, "service": self.service,
               "expected": self.expected}
        if self.expected == "needs-documentation":
            out["expected_missing"] = self.missing
        out["bundle"] = {"resourceType": "Bundle", "id": "bundle-" + self.pid,
                         "type": "collection", "entry": self.entries}
        return out


def svc(system, code, display=None):
    return coding(system, code, display)


def hc(code, text=None):
    return cc((HCPCS, code), text=text)


def rx(code, text=None):
    return cc((RX, code), text=text)


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


# ================================================================ BREAST
S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"

# b01 datopotamab deruxtecan, HR+/HER2- after endocrine + chemo
c = case(1, "breast", "2026-01-20", svc(HCPCS, "J9011"), S, None,
         "Datopotamab deruxtecan (Datroway) for HR-positive, HER2-low (IHC 1+) metastatic breast "
         "cancer with liver metastases after letrozole + palbociclib and then capecitabine in the "
         "metastatic setting.",
         "Datroway label 1.1 (Indications and Usage): unresectable or metastatic HR-positive, "
         "HER2-negative (IHC 0, IHC 1+ or IHC 2+/ISH-) breast cancer after prior endocrine-based "
         "therapy and chemotherapy for unresectable or metastatic disease. Pivotal trial "
         "TROPION-Breast01. Record documents ER+/PR+, HER2 IHC 1+, liver metastases, letrozole + "
         "palbociclib then capecitabine for metastatic disease with progression: every gate met, "
         "so supported.",
         "HR+/HER2 1+ metastatic, prior CDK4/6 + AI and capecitabine for metastatic disease",
         "female", "1961-05-14", ("Ostrowski", "Halina"))
c.cond(cc((ICD, "C50.411")), "2019-04-02", note="Invasive ductal carcinoma, right breast, UOQ.")
c.cond(cc((ICD, "C78.7")), "2024-02-11")
c.obs(cc((LN, "16112-5")), "2019-04-05", vcc(POS, text="Positive, 95% strong"))
c.obs(cc((LN, "16113-3")), "2019-04-05", vcc(POS, text="Positive, 40%"))
c.obs(cc((LN, "85319-2")), "2024-02-20", vcc(text="1+ (HER2-low); ISH not required"),
      note="Liver core biopsy re-tested; HER2-negative per ASCO/CAP 2023.")
c.stage("2024-02-20", "Stage IV (M1, liver)", snomed_iv=True)
c.postmeno("2019-04-02")
c.med("stmt", rx("72965", "letrozole 2.5 mg daily"), "2024-03-01", end="2025-02-10")
c.med("stmt", rx("1601374", "Ibrance (palbociclib) 125 mg d1-21"), "2024-03-01", end="2025-02-10")
c.progression("2025-02-05", note="New liver lesions on CT; progression on AI + CDK4/6 inhibitor.")
c.med("req", rx("194000", "capecitabine 1000 mg/m2 BID d1-14 q21d"), "2025-02-20", status="completed")
c.progression("2025-12-18", note="Progression on capecitabine (2nd line metastatic).")
c.ecog("2026-01-12", 1)
c.med("req", hc("J9011", "Datroway (datopotamab deruxtecan-dlnk) 6 mg/kg IV every 3 weeks"),
      "2026-01-15", status="draft", intent="proposal")

# b02 T-DXd HER2-ultralow after endocrine progression (DESTINY-Breast06)
c = case(2, "breast", "2026-02-03", svc(HCPCS, "J9358"), S, None,
         "Fam-trastuzumab deruxtecan (Enhertu) for HR-positive, HER2-ultralow (IHC 0 with faint "
         "incomplete membrane staining) metastatic breast cancer that progressed on anastrozole + "
         "ribociclib in the metastatic setting; chemotherapy-naive for metastatic disease.",
         "Enhertu label 1.1: unresectable or metastatic HR-positive, HER2-low (IHC 1+ or IHC 2+/ISH-) "
         "or HER2-ultralow (IHC 0 with membrane staining) breast cancer, as determined by an "
         "FDA-approved test, that has progressed on one or more endocrine therapies in the "
         "metastatic setting (approved January 2025). Pivotal trial DESTINY-Breast06. The record "
         "documents ER+, HER2 IHC 0 with membrane staining in 5% of cells (ultralow), bone "
         "metastases and progression on AI + CDK4/6 inhibitor: supported without prior "
         "chemotherapy.",
         "HER2-ultralow (IHC 0 with membrane staining), HR+, progressed on endocrine therapy",
         "female", "1958-10-30", ("Brennan", "Moira"))
c.cond(cc((SCT, "254837009"), text="Invasive lobular carcinoma of left breast"), "2020-06-15",
       body=cc((SCT, "80248007")))
c.cond(cc((ICD, "Z17.0")), "2020-06-20")
c.cond(cc((SCT, "94222008")), "2023-05-09", note="Multiple thoracolumbar spine and pelvic lesions.")
her2 = c.obs(cc((LN, "85319-2")), "2023-05-20",
             vcc(text="IHC 0 with membrane staining (HER2-ultralow): faint, incomplete membrane "
                      "staining in 5% of tumor cells"),
             method="PATHWAY HER2 (4B5)")
c.report(tcc("Surgical pathology - bone biopsy, breast markers"), "2023-05-20",
         "Metastatic lobular carcinoma, ER positive (90%), PR negative. HER2 IHC 0 with membrane "
         "staining (>0 <1+, ultralow).", results=[her2])
c.postmeno("2020-06-15")
c.med("stmt", rx("84857", "anastrozole 1 mg daily"), "2023-06-01", end="2025-11-20")
c.med("stmt", rx("1873916", "Kisqali (ribociclib) 600 mg d1-21"), "2023-06-01", end="2025-11-20")
c.doc("Oncology progress note 2025-11-25. Restaging CT/bone scan: new hepatic lesions and "
      "progressing osseous disease on anastrozole + ribociclib (first-line metastatic). No prior "
      "chemotherapy for metastatic disease. HER2-ultralow on 2023 bone biopsy. Plan: "
      "trastuzumab deruxtecan 5.4 mg/kg q3w. ECOG 1.", "2025-11-25")
c.ecog("2025-11-25", 1)

# b03 margetuximab after >=2 anti-HER2 regimens
c = case(3, "breast", "2026-02-02", svc(HCPCS, "J9353"), S, None,
         "Margetuximab (Margenza) with capecitabine for HER2-positive (IHC 3+, FISH amplified) "
         "metastatic breast cancer after first-line THP and second-line T-DM1 for metastatic "
         "disease.",
         "Margenza label 1.1: in combination with chemotherapy, metastatic HER2-positive breast "
         "cancer in adults who have received two or more prior anti-HER2 regimens, at least one of "
         "which was for metastatic disease. Pivotal trial SOPHIA. Record shows HER2 3+/FISH "
         "amplified, lung metastases, trastuzumab + pertuzumab + docetaxel and then "
         "ado-trastuzumab emtansine, both for metastatic disease: supported.",
         "HER2+ metastatic, two prior anti-HER2 regimens in the metastatic setting",
         "female", "1969-02-08", ("Quispe", "Rosa"))
c.cond(cc((ICD, "C50.911")), "2022-09-12", stage=tcc("Stage IV de novo (lung metastases)"))
c.cond(cc((ICD, "C78.01")), "2022-09-12")
c.obs(cc((LN, "85319-2")), "2022-09-16", vcc(POS, text="3+ (positive)"))
c.obs(cc((LN, "85318-4")), "2022-09-18", vcc(POS, text="Amplified, HER2/CEP17 ratio 5.6"))
c.obs(cc((LN, "16112-5")), "2022-09-16", vcc(NEG, text="Negative (<1%)"))
for d in ("2022-10-03", "2022-10-24", "2022-11-14"):
    c.med("admin", hc("J9355"), d)
    c.med("admin", hc("J9306"), d)
    c.med("admin", hc("J9171"), d)
c.progression("2024-03-04", note="Progression in lungs on maintenance HP.")
for d in ("2024-03-18", "2024-04-08", "2024-04-29"):
    c.med("admin", hc("J9354", "Kadcyla 3.6 mg/kg"), d)
c.progression("2025-12-15", note="New mediastinal nodes and pulmonary nodules on T-DM1.")
c.ecog("2026-01-10", 1)
c.med("req", hc("J9353", "margetuximab-cmkb 15 mg/kg q3w + capecitabine"), "2026-01-28",
      status="draft", intent="proposal")

# b04 Phesgo neoadjuvant
c = case(4, "breast", "2026-01-14", svc(HCPCS, "J9316"), S, None,
         "Pertuzumab/trastuzumab/hyaluronidase (Phesgo) subcutaneous, neoadjuvant with docetaxel "
         "and carboplatin, for HER2-amplified cT2 cN1 (stage IIB) ER-negative breast cancer.",
         "Phesgo label 1.1: in combination with chemotherapy as neoadjuvant treatment of "
         "HER2-positive, locally advanced, inflammatory, or early-stage breast cancer (either "
         "greater than 2 cm in diameter or node positive) as part of a complete treatment "
         "regimen for early breast cancer. Pivotal trial FeDeriCa (SC vs IV, neoadjuvant). "
         "Record: FISH amplified, 3.4 cm tumour, biopsy-proven axillary node, stage IIB: "
         "supported.",
         "HER2 FISH-amplified, cT2 cN1, neoadjuvant with chemotherapy",
         "female", "1979-07-22", ("Nakamura", "Emi"))
c.cond(cc((ICD, "C50.912")), "2025-12-02",
       note="Left breast 3.4 cm mass, biopsy-proven axillary lymph node metastasis.")
c.obs(tcc("Clinical stage (AJCC 8th)"), "2025-12-10", vcc(text="cT2 cN1 cM0, clinical stage IIB"),
      cat="survey")
c.obs(cc((LN, "85318-4")), "2025-12-05", vcc(POS, text="Amplified; HER2/CEP17 ratio 4.1, "
                                                        "HER2 copy number 8.2"))
c.obs(cc((LN, "16112-5")), "2025-12-05", vcc(NEG))
c.obs(cc((LN, "16113-3")), "2025-12-05", vcc(NEG))
c.doc("Breast tumor board 2025-12-18: HER2-positive (FISH amplified), ER/PR negative, cT2N1. "
      "Recommend neoadjuvant TCHP with Phesgo 1200/600 mg SC loading then 600/600 mg SC q3w x6, "
      "then surgery. No prior systemic therapy.", "2025-12-18", kind="11488-4")
c.med("req", cc(text="docetaxel 75 mg/m2 + carboplatin AUC 6 q3w x6"), "2026-01-08")

# b05 Herceptin Hylecta adjuvant
c = case(5, "breast", "2026-02-10", svc(HCPCS, "J9356"), S, None,
         "Trastuzumab/hyaluronidase (Herceptin Hylecta) SC adjuvant with weekly paclitaxel after "
         "doxorubicin/cyclophosphamide, for node-positive HER2 IHC 3+ breast cancer after "
         "mastectomy and axillary dissection.",
         "Herceptin Hylecta label 1.1: adjuvant treatment of HER2-overexpressing node-positive "
         "or node-negative (ER/PR-negative or with one high-risk feature) breast cancer as part of "
         "a regimen of doxorubicin, cyclophosphamide and either paclitaxel or docetaxel. Pivotal "
         "trial HannaH (SC vs IV), with the IV adjuvant trials (NSABP B-31/NCCTG N9831). Record: "
         "HER2 3+, pT2 pN1a, AC completed, paclitaxel started: supported.",
         "HER2 3+ node-positive, adjuvant after AC with paclitaxel",
         "female", "1972-03-03", ("Achterberg", "Ineke"))
c.cond(cc((ICD, "C50.911")), "2025-06-10")
c.obs(cc((LN, "85319-2")), "2025-06-13", vcc(POS, text="3+ complete intense membrane staining"))
c.obs(cc((LN, "16112-5")), "2025-06-13", vcc(POS, text="Positive 60%"))
c.proc(cc((CPT, "19303")), "2025-07-08")
c.proc(cc((CPT, "38745")), "2025-07-08")
c.obs(tcc("Pathologic stage"), "2025-07-14", vstr("pT2 (2.6 cm) pN1a (2/14 nodes) M0 - "
                                                  "stage IIA anatomic / IB prognostic"),
      cat="survey")
for d in ("2025-08-11", "2025-08-25", "2025-09-08", "2025-09-22"):
    c.med("admin", hc("J9000"), d)
    c.med("admin", rx("3002", "cyclophosphamide 600 mg/m2 IV"), d)
c.med("admin", hc("J9267", "paclitaxel 80 mg/m2 weekly"), "2026-02-02")
c.med("req", hc("J9356", "Herceptin Hylecta 600 mg/10,000 units SC q3w x 1 year"), "2026-02-02",
      status="draft", intent="proposal")

# b06 ribociclib adjuvant (NATALEE)
c = case(6, "breast", "2026-01-12", svc(RX, "1873916"), S, None,
         "Ribociclib (Kisqali) adjuvant with letrozole for HR-positive, HER2-negative stage IIIA "
         "(pT2 pN2a) early breast cancer after modified radical mastectomy.",
         "Kisqali label 1.1 (September 2024): in combination with an aromatase inhibitor for the "
         "adjuvant treatment of adults with HR-positive, HER2-negative stage II and stage III "
         "early breast cancer at high risk of recurrence. Pivotal trial NATALEE. Record: ER+/PR+, "
         "HER2 2+ with ISH not amplified, stage IIIA with 5 positive nodes, letrozole started: "
         "supported.",
         "HR+/HER2- stage IIIA (pN2a) with an aromatase inhibitor",
         "female", "1966-12-01", ("Silva", "Beatriz"))
c.cond(cc((ICD, "C50.411"), text="Invasive ductal carcinoma, grade 2"), "2025-05-20")
c.obs(cc((LN, "16112-5")), "2025-05-23", vcc(POS, text="Positive, 90%"))
c.obs(cc((LN, "16113-3")), "2025-05-23", vcc(POS, text="Positive, 30%"))
c.obs(cc((LN, "85319-2")), "2025-05-23", vcc(text="2+ (equivocal)"))
c.obs(cc((LN, "85318-4")), "2025-05-27", vcc(NEG, text="Not amplified, ratio 1.2"))
c.obs(cc((LN, "48676-1")), "2025-05-27", vcc(NEG, text="HER2 negative"))
c.proc(cc((CPT, "19307")), "2025-07-01")
c.stage("2025-07-09", "Stage IIIA (pT2 pN2a M0)")
c.postmeno("2025-05-20")
c.med("req", rx("72965", "letrozole 2.5 mg daily"), "2025-10-20")
c.med("req", rx("1873916", "Kisqali 400 mg daily d1-21 q28d x 3 years with letrozole"),
      "2026-01-08", status="draft", intent="proposal")

# b07 alpelisib: PIK3CA result pending
c = case(7, "breast", "2026-02-16", svc(RX, "2169285"), ND, ["pik3ca"],
         "Alpelisib (Piqray) with fulvestrant for HR-positive, HER2-negative metastatic breast "
         "cancer after progression on letrozole + palbociclib; PIK3CA testing ordered but no result "
         "in the record.",
         "Piqray label 1.1: with fulvestrant for HR-positive, HER2-negative, PIK3CA-mutated "
         "advanced or metastatic breast cancer as detected by an FDA-approved test following "
         "progression on or after an endocrine-based regimen. Pivotal trial SOLAR-1. HR, HER2, "
         "metastatic status and prior endocrine therapy are documented; the PIK3CA result is "
         "pending (test ordered, no report), so needs-documentation (pik3ca).",
         "PIK3CA gate: NGS ordered, no result",
         "female", "1955-08-19", ("Lindqvist", "Agneta"))
c.cond(cc((ICD, "C50.911")), "2018-03-01")
c.cond(cc((ICD, "Z17.0")), "2018-03-01")
c.cond(cc((ICD, "C79.51")), "2023-09-14")
c.obs(cc((LN, "85319-2")), "2023-09-20", vcc(NEG, text="0 (negative)"))
c.postmeno("2018-03-01")
c.med("stmt", rx("72965"), "2023-10-01", end="2025-12-20")
c.med("stmt", rx("1601374"), "2023-10-01", end="2025-12-20")
c.progression("2025-12-18")
c.sreq(cc((CPT, "81455"), text="Tissue NGS (PIK3CA, ESR1, AKT1, PTEN)"), "2026-01-05",
       note="Sent 2026-01-05; result pending.")
c.doc("Note 2026-02-10: progression on AI + palbociclib. Plan alpelisib + fulvestrant if PIK3CA "
      "mutation confirmed; NGS report not yet received. Fasting glucose 96 mg/dL.", "2026-02-10")

# b08 Dato-DXd: HER2 never documented
c = case(8, "breast", "2026-02-24", svc(HCPCS, "J9011"), ND, ["her2"],
         "Datopotamab deruxtecan for ER-positive metastatic breast cancer after anastrozole + "
         "abemaciclib and paclitaxel for metastatic disease; HER2 status nowhere in the record.",
         "Datroway label 1.1: HR-positive, HER2-negative (IHC 0, 1+ or 2+/ISH-) unresectable or "
         "metastatic breast cancer after endocrine-based therapy and chemotherapy for metastatic "
         "disease (TROPION-Breast01). HR status, metastases and both prior lines are documented; "
         "the HER2 result is absent (outside pathology never received), so needs-documentation "
         "(her2).",
         "HER2 gate absent (outside pathology not received)",
         "female", "1963-01-27", ("Haddad", "Leila"))
c.cond(cc((SCT, "254837009")), "2021-11-04", body=cc((SCT, "73056007")))
c.cond(cc((SCT, "94381002")), "2024-01-15")
c.obs(cc((LN, "16112-5")), "2021-11-08", vcc(POS, text="ER positive (Allred 8)"))
c.obs(cc((LN, "16113-3")), "2021-11-08", vcc(POS, text="PR positive (Allred 6)"))
c.postmeno("2021-11-04")
c.med("stmt", rx("84857"), "2024-02-01", end="2025-04-30")
c.med("stmt", rx("1946825", "Verzenio 150 mg BID"), "2024-02-01", end="2025-04-30")
for d in ("2025-05-12", "2025-05-19", "2025-05-26", "2025-06-09"):
    c.med("admin", hc("J9267"), d)
c.progression("2026-01-28", note="Liver progression on weekly paclitaxel.")
c.doc("Consult 2026-02-12: original diagnosis at outside hospital 2021; HER2 testing performed "
      "there but the report has not been received. ER/PR positive on our review. Requesting "
      "datopotamab deruxtecan 6 mg/kg q3w.", "2026-02-12", kind="11488-4")

# b09 ribociclib adjuvant: stage not documented
c = case(9, "breast", "2026-01-30", svc(RX, "1873916"), ND, ["stage"],
         "Ribociclib adjuvant with anastrozole for HR-positive, HER2-negative early breast cancer "
         "after simple mastectomy; final pathology (tumour size, nodes) and stage not in the record.",
         "Kisqali label 1.1: adjuvant, with an aromatase inhibitor, HR-positive, HER2-negative "
         "stage II and III early breast cancer at high risk of recurrence (NATALEE). Receptor "
         "status and surgery are documented; no size, nodal status or stage group is recorded "
         "(pathology addendum pending), so needs-documentation (stage).",
         "stage gate absent: pathology addendum pending",
         "female", "1970-04-16", ("Moreau", "Claire"))
c.cond(cc((ICD, "C50.912")), "2025-08-12")
c.obs(cc((LN, "16112-5")), "2025-08-15", vcc(POS, text="Positive 80%"))
c.obs(cc((LN, "16113-3")), "2025-08-15", vcc(POS, text="Positive 15%"))
c.obs(cc((LN, "85318-4")), "2025-08-18", vcc(NEG, text="Not amplified"))
c.proc(cc((CPT, "19303")), "2025-09-22")
c.postmeno("2025-08-12")
c.med("req", rx("84857"), "2025-11-03")
c.doc("Surgical follow-up 2025-10-06: final pathology still pending addendum (sentinel node "
      "levels and tumour size re-measurement). Medical oncology: considering adjuvant "
      "ribociclib + anastrozole.", "2025-10-06")

# b10 T-DXd: HER2-null (IHC 0 without membrane staining)
c = case(10, "breast", "2026-01-26", svc(HCPCS, "J9358"), RR, None,
         "Fam-trastuzumab deruxtecan requested for HR-positive metastatic breast cancer after "
         "endocrine progression, but the HER2 result is IHC 0 with no membrane staining "
         "(HER2-null), confirmed on two specimens.",
         "Enhertu label 1.1 covers HER2-positive, HER2-low (IHC 1+ or 2+/ISH-) and, after "
         "endocrine progression, HER2-ultralow (IHC 0 with membrane staining) disease "
         "(DESTINY-Breast04/06). IHC 0 with absent membrane staining is outside every breast "
         "indication; the record contradicts the HER2 gate, so refer-to-reviewer.",
         "HER2-null (IHC 0, no membrane staining) contradicts HER2-low/ultralow gate",
         "female", "1960-09-09", ("Fitzgerald", "Nora"))
c.cond(cc((ICD, "C50.911")), "2020-02-03")
c.cond(cc((ICD, "C79.51")), "2023-07-01")
c.cond(cc((ICD, "Z17.0")), "2020-02-03")
c.obs(cc((LN, "85319-2")), "2023-07-08", vcc(NEG, text="IHC 0 - no membrane staining observed "
                                                         "(HER2-null)"), method="4B5")
c.obs(cc((LN, "85319-2")), "2025-10-20", vcc(NEG, text="IHC 0, null: no staining in any tumor "
                                                         "cells (liver biopsy)"), method="4B5")
c.med("stmt", rx("72965"), "2023-08-01", end="2025-10-01")
c.med("stmt", rx("1873916"), "2023-08-01", end="2025-10-01")
c.progression("2025-10-01")
c.ecog("2025-12-01", 1)

# b11 neratinib extended adjuvant without prior trastuzumab
c = case(11, "breast", "2026-02-05", svc(RX, "1940643"), RR, None,
         "Neratinib (Nerlynx) requested as extended adjuvant therapy for early-stage HER2-positive "
         "breast cancer, but trastuzumab was never given (baseline LVEF 38%): adjuvant therapy was "
         "chemotherapy only.",
         "Nerlynx label 1.1: as a single agent, extended adjuvant treatment of early-stage "
         "HER2-positive breast cancer, to follow adjuvant trastuzumab-based therapy (ExteNET). "
         "The record states trastuzumab was not started and no HER2-directed therapy was given, "
         "contradicting the prior-therapy gate: refer-to-reviewer.",
         "prior adjuvant trastuzumab never given (not-taken), contradicts label",
         "female", "1964-06-25", ("Kowalczyk", "Ewa"))
c.cond(cc((ICD, "C50.912")), "2024-04-10", stage=tcc("Stage IIA (pT2 pN0)"))
c.obs(cc((LN, "85319-2")), "2024-04-14", vcc(POS, text="3+"))
c.obs(cc((LN, "16112-5")), "2024-04-14", vcc(POS, text="Positive 70%"))
c.proc(cc((CPT, "19303")), "2024-05-06")
c.med("stmt", rx("224905", "trastuzumab (planned adjuvant)"), "2024-06-01", status="not-taken",
      note="Not started: baseline LVEF 38% (non-ischemic cardiomyopathy). No HER2-directed "
           "therapy given.")
for d in ("2024-06-10", "2024-07-01", "2024-07-22", "2024-08-12"):
    c.med("admin", hc("J9171"), d)
    c.med("admin", rx("3002"), d)
c.med("req", rx("10324", "tamoxifen 20 mg daily"), "2024-09-15")
c.doc("Note 2026-01-29: completed TC x4 in 2024 without trastuzumab because of cardiomyopathy "
      "(LVEF 38%). Patient asks about neratinib for extended adjuvant therapy.", "2026-01-29")

# b12 Herceptin Hylecta for HER2 2+/ISH-negative
c = case(12, "breast", "2026-01-19", svc(HCPCS, "J9356"), RR, None,
         "Trastuzumab/hyaluronidase (Herceptin Hylecta) requested as adjuvant therapy, but HER2 is "
         "IHC 2+ with ISH not amplified (HER2/CEP17 1.3, 3.1 signals/cell): HER2-negative "
         "(HER2-low).",
         "Herceptin Hylecta label 1.1-1.2: HER2-overexpressing breast cancer; patients selected "
         "by an FDA-approved test for HER2 protein overexpression or gene amplification (label "
         "section 1/2.1). IHC 2+ with non-amplified ISH is HER2-negative under ASCO/CAP; the record "
         "contradicts the HER2 gate: refer-to-reviewer.",
         "HER2 IHC 2+ / ISH non-amplified contradicts HER2-positive gate",
         "female", "1975-11-11", ("Adeyemi", "Folake"))
c.cond(cc((ICD, "C50.411")), "2025-09-02")
c.obs(cc((LN, "85319-2")), "2025-09-05", vcc(text="2+ (equivocal)"))
c.obs(cc((LN, "85318-4")), "2025-09-09", vcc(NEG, text="Not amplified: HER2/CEP17 ratio 1.3, "
                                                        "average HER2 copy number 3.1"))
c.obs(cc((LN, "48676-1")), "2025-09-09", vcc(NEG, text="HER2 negative (HER2-low)"))
c.obs(cc((LN, "16112-5")), "2025-09-05", vcc(POS))
c.proc(cc((CPT, "19303")), "2025-10-01")
c.stage("2025-10-08", "Stage IIA (pT2 pN0)")
for d in ("2025-11-03", "2025-11-24", "2025-12-15", "2026-01-05"):
    c.med("admin", hc("J9171"), d)
c.med("req", hc("J9356", "Herceptin Hylecta SC q3w"), "2026-01-12", status="draft",
      intent="proposal")


# ================================================================ NSCLC
# n01 amivantamab + carboplatin/pemetrexed, EGFR exon 20 insertion (PAPILLON)
c = case(1, "nsclc", "2026-02-16", svc(HCPCS, "J9061"), S, None,
         "Amivantamab (Rybrevant) with carboplatin and pemetrexed, first line, for stage IVA lung "
         "adenocarcinoma with an EGFR exon 20 insertion (p.A767_V769dup) on tissue NGS.",
         "Rybrevant label 1.1: in combination with carboplatin and pemetrexed for the first-line "
         "treatment of adults with locally advanced or metastatic NSCLC with EGFR exon 20 "
         "insertion mutations, as detected by an FDA-approved test (March 2024). Pivotal trial "
         "PAPILLON. Record: adenocarcinoma, stage IVA, EGFR exon 20 insertion, treatment-naive, "
         "chemotherapy planned: supported.",
         "EGFR exon 20 insertion, first line with carboplatin/pemetrexed",
         "female", "1967-03-18", ("Tran", "Mai"))
c.cond(cc((ICD, "C34.11"), (SCT, "254637007"), text="Adenocarcinoma of right upper lobe"),
       "2026-01-08")
c.stage("2026-01-20", "Stage IVA (cT2a cN2 M1a, pleural effusion)")
egfr = c.variant("2026-01-29", "HGNC:3236", c="NM_005228.5:c.2300_2308dup",
                 p="NP_005219.2:p.(Ala767_Val769dup)", text="EGFR exon 20 insertion detected")
alk = c.variant("2026-01-29", "HGNC:427", present=False, text="No ALK fusion detected")
c.report(cc((LN, "51969-4")), "2026-01-29",
         "EGFR exon 20 insertion p.A767_V769dup (VAF 31%). No ALK, ROS1, RET fusion; no BRAF "
         "V600E; no MET exon 14 skipping; KRAS wild-type.", cat="GE", results=[egfr, alk])
c.ecog("2026-02-02", 1)
c.med("req", cc(text="carboplatin AUC 5 + pemetrexed 500 mg/m2 q3w x4, then pemetrexed"),
      "2026-02-10", status="draft", intent="proposal")
c.med("req", hc("J9061", "Rybrevant 1400 mg (1750 mg if >=80 kg) IV weekly x4 then q3w"),
      "2026-02-10", status="draft", intent="proposal")

# n02 tremelimumab + durvalumab + chemo (POSEIDON)
c = case(2, "nsclc", "2026-01-22", svc(HCPCS, "J9347"), S, None,
         "Tremelimumab (Imjudo) with durvalumab and carboplatin/nab-paclitaxel, first line, for "
         "metastatic squamous NSCLC with no EGFR mutation and negative ALK IHC; PD-L1 TPS 5%.",
         "Imjudo label 1.2: in combination with durvalumab and platinum-based chemotherapy for "
         "adults with metastatic NSCLC with no sensitizing EGFR mutation or ALK genomic tumor "
         "aberrations. Pivotal trial POSEIDON. Record: squamous NSCLC, bone metastases, EGFR "
         "variant absent, ALK IHC negative, untreated: supported (no PD-L1 threshold in the "
         "label).",
         "metastatic squamous, EGFR and ALK negative, first line with durvalumab + platinum",
         "male", "1956-12-04", ("Jovanovic", "Dragan"))
c.cond(cc((ICD, "C34.31"), text="Squamous cell carcinoma, right lower lobe"), "2025-12-10")
c.cond(cc((ICD, "C79.51")), "2025-12-18")
c.stage("2025-12-20", "Stage IVB (M1c)", snomed_iv=True)
c.variant("2026-01-05", "HGNC:3236", present=False, text="No EGFR mutation detected")
c.obs(tcc("ALK (D5F3) IHC"), "2026-01-05", vstr("Negative"))
c.obs(cc((LN, "85147-7")), "2026-01-05", qty(5, "%", "%"), note="TPS 5% (22C3 pharmDx)")
c.ecog("2026-01-12", 1)
c.med("req", hc("J9173", "durvalumab 1500 mg q3w"), "2026-01-16", status="draft", intent="proposal")
c.med("req", cc(text="carboplatin AUC 5-6 + nab-paclitaxel 100 mg/m2 d1,8,15 q3w x4"),
      "2026-01-16", status="draft", intent="proposal")

# n03 atezolizumab/hyaluronidase first-line monotherapy PD-L1 high
c = case(3, "nsclc", "2026-02-09", svc(HCPCS, "J9024"), S, None,
         "Atezolizumab and hyaluronidase-tqjs (Tecentriq Hybreza) subcutaneous monotherapy, first "
         "line, for metastatic lung adenocarcinoma with PD-L1 SP263 tumour-cell staining 70% and "
         "no EGFR or ALK alteration.",
         "Tecentriq Hybreza label 1.1 (September 2024) carries the intravenous atezolizumab NSCLC "
         "indications, including first-line single-agent treatment of metastatic NSCLC whose "
         "tumors have high PD-L1 expression (TC >= 50% or IC >= 10%) with no EGFR or ALK genomic "
         "tumor aberrations. Pivotal trials IMpower110 (efficacy) and IMscin001 (SC "
         "pharmacokinetics). Record documents all three: supported.",
         "PD-L1 TC 70% (SP263), EGFR/ALK negative, first-line monotherapy",
         "male", "1950-05-27", ("Olsen", "Bjorn"))
c.cond(cc((ICD, "C34.12"), text="Adenocarcinoma of left upper lobe"), "2025-12-15",
       stage=cc((SCT, "1222837003"), text="Stage IV"))
c.cond(cc((SCT, "94222008")), "2025-12-22")
c.obs(tcc("PD-L1 (SP263) tumor cell staining"), "2026-01-09", vstr("TC 70%"),
      note="VENTANA PD-L1 (SP263).")
c.obs(tcc("EGFR mutation analysis"), "2026-01-12", vstr("Not detected"))
c.obs(tcc("ALK rearrangement"), "2026-01-12", vstr("Not detected"))
c.report(cc((LN, "51969-4")), "2026-01-12",
         "Oncomine panel: no EGFR, ALK, ROS1, RET, BRAF, MET, KRAS G12C or ERBB2 alteration.",
         cat="GE")
c.ecog("2026-01-20", 1)
c.med("req", hc("J9024", "Tecentriq Hybreza 1875 mg/30,000 units SC q3w"), "2026-02-02",
      status="draft", intent="proposal")

# n04 encorafenib + binimetinib BRAF V600E (PHAROS)
c = case(4, "nsclc", "2026-01-28", svc(RX, "2049106"), S, None,
         "Encorafenib (Braftovi) with binimetinib for metastatic NSCLC with BRAF p.Val600Glu on "
         "NGS.",
         "Braftovi label 1.3 (NSCLC, October 2023): in combination with binimetinib for adults with "
         "metastatic NSCLC with a BRAF V600E mutation, as detected by an FDA-approved test. "
         "Pivotal trial PHAROS. Record: adenocarcinoma, stage IVB, BRAF c.1799T>A "
         "p.(Val600Glu): supported (no prior-therapy requirement).",
         "BRAF V600E metastatic NSCLC with binimetinib",
         "female", "1959-08-08", ("Castellanos", "Lucia"))
c.cond(cc((ICD, "C34.90"), text="Adenocarcinoma of lung"), "2025-11-20")
c.cond(cc((ICD, "C78.7")), "2025-11-28")
c.stage("2025-12-01", "IVB")
c.variant("2025-12-15", "HGNC:1097", c="NM_004333.6:c.1799T>A", p="NP_004324.2:p.(Val600Glu)",
          text="BRAF V600E pathogenic variant detected")
c.variant("2025-12-15", "HGNC:3236", present=False)
c.ecog("2026-01-10", 1)
c.med("req", rx("2049106", "Braftovi 450 mg daily + binimetinib (Mektovi) 45 mg BID"),
      "2026-01-22", status="draft", intent="proposal")

# n05 perioperative durvalumab (AEGEAN)
c = case(5, "nsclc", "2026-02-12", svc(HCPCS, "J9173"), S, None,
         "Durvalumab (Imfinzi) with neoadjuvant carboplatin/pemetrexed then adjuvant durvalumab "
         "for resectable 5.2 cm cT3 cN1 (stage IIIA) lung adenocarcinoma; EGFR wild-type, ALK "
         "FISH negative; lobectomy planned.",
         "Imfinzi label 1.1 (August 2024): with platinum-containing chemotherapy as neoadjuvant "
         "treatment, then single-agent adjuvant after surgery, for resectable (tumors >= 4 cm "
         "and/or node positive) NSCLC with no known EGFR mutations or ALK rearrangements. Pivotal "
         "trial AEGEAN. Record documents size, nodal status, resectability and negative EGFR/ALK: "
         "supported.",
         "resectable stage IIIA, EGFR/ALK negative, perioperative with chemotherapy",
         "male", "1962-02-14", ("Weber", "Jurgen"))
c.cond(cc((ICD, "C34.11")), "2026-01-05", note="5.2 cm RUL mass, adenocarcinoma on CT-guided biopsy.")
c.proc(cc((CPT, "31652")), "2026-01-14", note="EBUS: station 10R positive, 4R/7 negative.")
c.stage("2026-01-20", "cT3 cN1 cM0 - stage IIIA")
c.variant("2026-01-27", "HGNC:3236", present=False, text="EGFR wild-type")
c.obs(tcc("ALK FISH (break-apart)"), "2026-01-27", vcc(NEG, text="Negative (4% split signals)"))
c.sreq(cc((CPT, "32663")), "2026-02-04", note="Planned after 4 cycles of neoadjuvant therapy.")
c.doc("Thoracic tumor board 2026-02-04: resectable stage IIIA (cT3N1). EGFR/ALK negative. "
      "Plan: durvalumab 1500 mg + carboplatin/pemetrexed q3w x4, lobectomy, then adjuvant "
      "durvalumab q4w x12.", "2026-02-04", kind="11488-4")

# n06 nivolumab/hyaluronidase after platinum progression
c = case(6, "nsclc", "2026-01-26", svc(HCPCS, "J9289"), S, None,
         "Nivolumab and hyaluronidase-nvhy (Opdivo Qvantig) subcutaneous monotherapy for "
         "metastatic squamous NSCLC progressing after carboplatin/gemcitabine.",
         "Opdivo Qvantig label section 1, NSCLC subsection (December 2024), carries the intravenous nivolumab "
         "single-agent indications, including metastatic NSCLC with progression on or after "
         "platinum-based chemotherapy (patients with EGFR or ALK aberrations first progressing on "
         "approved targeted therapy); it is not indicated with ipilimumab. Pivotal trials "
         "CheckMate 017/057 (efficacy) and CheckMate-67T (SC pharmacokinetics). Record: squamous, "
         "metastatic, platinum doublet then progression, EGFR/ALK negative: supported.",
         "metastatic squamous NSCLC after platinum doublet, monotherapy",
         "male", "1953-10-01", ("Murphy", "Declan"))
c.cond(cc((SCT, "254637007"), text="Squamous cell carcinoma of lung, metastatic"), "2025-03-10")
c.cond(cc((ICD, "C78.7")), "2025-03-18")
c.stage("2025-03-20", "Stage IV", snomed_iv=True)
c.variant("2025-03-28", "HGNC:3236", present=False)
c.variant("2025-03-28", "HGNC:427", present=False)
for d in ("2025-04-07", "2025-04-28", "2025-05-19", "2025-06-09"):
    c.med("admin", hc("J9045"), d)
    c.med("admin", hc("J9201"), d)
c.progression("2026-01-08", note="New hepatic lesions after carboplatin/gemcitabine.")
c.ecog("2026-01-15", 1)
c.med("req", hc("J9289", "Opdivo Qvantig 1200 mg/20,000 units SC q4w"), "2026-01-20",
      status="draft", intent="proposal")

# n07 lorlatinib: ALK pending
c = case(7, "nsclc", "2026-02-18", svc(RX, "2103164"), ND, ["alk"],
         "Lorlatinib (Lorbrena) requested for metastatic lung adenocarcinoma with brain "
         "metastases; EGFR negative, PD-L1 60%, ALK IHC ordered but not resulted.",
         "Lorbrena label 1.1: metastatic NSCLC whose tumors are ALK-positive as detected by an "
         "FDA-approved test. Pivotal trial CROWN. Histology and stage are documented; the ALK "
         "result is pending, so needs-documentation (alk).",
         "ALK gate absent: IHC ordered, not resulted",
         "female", "1978-01-30", ("Kim", "Soo-ah"))
c.cond(cc((ICD, "C34.12")), "2026-01-22")
c.cond(cc((SCT, "94225005")), "2026-01-24")
c.stage("2026-01-26", "Stage IVB", snomed_iv=True)
c.variant("2026-02-03", "HGNC:3236", present=False)
c.obs(cc((LN, "85147-7")), "2026-02-03", qty(60, "%", "%"))
c.sreq(tcc("ALK (D5F3) IHC and RNA fusion panel"), "2026-02-03",
       note="Ordered on cell block; not yet resulted.")
c.doc("Note 2026-02-16: never-smoker, 48, brain metastases. Outside oncologist suspects ALK "
      "fusion; requesting lorlatinib while awaiting ALK results.", "2026-02-16")

# n08 crizotinib: ROS1 not documented
c = case(8, "nsclc", "2026-01-21", svc(RX, "1148495"), ND, ["ros1"],
         "Crizotinib (Xalkori) requested 'for ROS1' in metastatic lung adenocarcinoma; EGFR and "
         "ALK negative are documented but there is no ROS1 result anywhere in the record.",
         "Xalkori label 1.1: metastatic NSCLC whose tumors are ALK- or ROS1-positive as detected "
         "by an FDA-approved test (PROFILE 1001 ROS1 cohort). ALK is negative, so the ROS1 gate "
         "decides; it is absent: needs-documentation (ros1).",
         "ROS1 gate absent (only EGFR/ALK negative recorded)",
         "male", "1981-07-07", ("Hassan", "Omar"))
c.cond(cc((ICD, "C34.90"), (SCT, "254637007")), "2025-12-01",
       stage=tcc("Stage IVA (M1b)"))
c.obs(tcc("EGFR mutation (cobas)"), "2025-12-10", vcc(NEG, text="Not detected"))
c.obs(tcc("ALK (D5F3) IHC"), "2025-12-10", vcc(NEG, text="Negative"))
c.doc("Letter of medical necessity 2026-01-15: 44-year-old never-smoker with metastatic "
      "adenocarcinoma, EGFR and ALK negative. Requesting crizotinib 250 mg BID; ROS1 testing "
      "sent to a reference laboratory, report to follow.", "2026-01-15", title="LMN crizotinib")

# n09 tremelimumab: EGFR/ALK not documented
c = case(9, "nsclc", "2026-02-20", svc(HCPCS, "J9347"), ND, ["egfr", "alk"],
         "Tremelimumab with durvalumab and carboplatin/pemetrexed, first line, for metastatic "
         "non-squamous NSCLC; PD-L1 30% reported but EGFR and ALK results not yet available.",
         "Imjudo label 1.2: with durvalumab and platinum-based chemotherapy for metastatic NSCLC "
         "with no sensitizing EGFR mutation or ALK genomic tumor aberrations (POSEIDON). For "
         "adenocarcinoma both genomic gates must be documented; they are absent (testing sent), "
         "so needs-documentation (egfr, alk).",
         "EGFR and ALK gates absent (molecular testing pending)",
         "male", "1960-04-04", ("Novak", "Tomas"))
c.cond(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2026-01-28")
c.cond(cc((ICD, "C79.51")), "2026-01-30")
c.stage("2026-02-02", "Stage IVB", snomed_iv=True)
c.obs(cc((LN, "85147-7")), "2026-02-06", qty(30, "%", "%"))
c.sreq(cc((CPT, "81445")), "2026-02-06", note="Lung NGS panel sent; results pending.")
c.ecog("2026-02-10", 1)

# n10 amivantamab: EGFR wild-type, KRAS G12C
c = case(10, "nsclc", "2026-01-30", svc(HCPCS, "J9061"), RR, None,
         "Amivantamab requested with carboplatin/pemetrexed for metastatic lung adenocarcinoma, "
         "but NGS shows EGFR wild-type and KRAS p.G12C.",
         "Rybrevant label 1.1: EGFR exon 20 insertion (first line with carboplatin/pemetrexed; "
         "after platinum as monotherapy) or EGFR exon 19 deletion / L858R (with lazertinib first "
         "line, or with carboplatin/pemetrexed after an EGFR TKI) -- PAPILLON, CHRYSALIS, "
         "MARIPOSA, MARIPOSA-2. The record shows no EGFR alteration, contradicting the EGFR gate: "
         "refer-to-reviewer.",
         "EGFR wild-type (KRAS G12C) contradicts EGFR-mutation gate",
         "male", "1958-09-12", ("Petrov", "Ivan"))
c.cond(cc((ICD, "C34.11"), text="Adenocarcinoma RUL"), "2025-12-20")
c.stage("2025-12-28", "Stage IVB", snomed_iv=True)
c.variant("2026-01-10", "HGNC:3236", present=False, text="No EGFR alteration detected (exons 18-21)")
c.variant("2026-01-10", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)")
c.ecog("2026-01-15", 1)
c.med("req", hc("J9061"), "2026-01-26", status="draft", intent="proposal")

# n11 encorafenib: BRAF G469A (non-V600)
c = case(11, "nsclc", "2026-02-04", svc(RX, "2049106"), RR, None,
         "Encorafenib with binimetinib requested for metastatic NSCLC, but the BRAF variant is "
         "p.G469A (class II, non-V600).",
         "Braftovi label 1.3: with binimetinib for metastatic NSCLC with a BRAF V600E mutation "
         "(PHAROS). BRAF G469A is not V600E; the record contradicts the BRAF gate: "
         "refer-to-reviewer.",
         "BRAF G469A (non-V600) contradicts V600E gate",
         "male", "1949-11-19", ("Schultz", "Herbert"))
c.cond(cc((ICD, "C34.12")), "2025-11-02", stage=tcc("Stage IV"))
c.cond(cc((ICD, "C79.51")), "2025-11-05")
c.variant("2025-11-20", "HGNC:1097", c="NM_004333.6:c.1406G>C", p="p.G469A",
          text="BRAF G469A (class II) detected; BRAF V600E not detected")
c.doc("Progress note 2026-01-30: BRAF-mutant NSCLC; requesting encorafenib + binimetinib.",
      "2026-01-30")

# n12 perioperative durvalumab with EGFR exon 19 deletion
c = case(12, "nsclc", "2026-02-11", svc(HCPCS, "J9173"), RR, None,
         "Perioperative durvalumab with chemotherapy requested for resectable cT3 cN0 (stage IIB) "
         "adenocarcinoma, but NGS shows an EGFR exon 19 deletion.",
         "Imfinzi label 1.1: perioperative use is limited to resectable NSCLC with no known EGFR "
         "mutations or ALK rearrangements (AEGEAN excluded them). An EGFR exon 19 deletion "
         "contradicts that gate: refer-to-reviewer.",
         "EGFR exon 19 deletion contradicts 'no known EGFR mutation' gate",
         "female", "1970-12-24", ("Zhang", "Wei"))
c.cond(cc((ICD, "C34.31")), "2026-01-06")
c.stage("2026-01-16", "cT3 cN0 cM0 - stage IIB")
c.variant("2026-01-26", "HGNC:3236", c="NM_005228.5:c.2235_2249del",
          p="NP_005219.2:p.(Glu746_Ala750del)", text="EGFR exon 19 deletion detected")
c.obs(tcc("ALK FISH"), "2026-01-26", vcc(NEG))
c.sreq(cc((CPT, "32663")), "2026-02-02")
c.med("req", hc("J9173", "durvalumab 1500 mg + platinum doublet q3w x4 (neoadjuvant)"),
      "2026-02-05", status="draft", intent="proposal")


# ================================================================ COLORECTAL
# c01 ziv-aflibercept + FOLFIRI after oxaliplatin (VELOUR)
c = case(1, "colorectal", "2026-01-15", svc(HCPCS, "J9400"), S, None,
         "Ziv-aflibercept (Zaltrap) with FOLFIRI for metastatic sigmoid cancer with liver "
         "metastases that progressed on FOLFOX + bevacizumab.",
         "Zaltrap label 1: in combination with 5-fluorouracil, leucovorin, irinotecan (FOLFIRI) "
         "for metastatic colorectal cancer that is resistant to or has progressed following an "
         "oxaliplatin-containing regimen. Pivotal trial VELOUR. Record: liver metastases, "
         "oxaliplatin/5-FU/bevacizumab administrations, documented progression: supported.",
         "mCRC progressed after oxaliplatin regimen, with FOLFIRI",
         "male", "1957-06-30", ("Rossi", "Marco"))
c.cond(cc((ICD, "C18.7")), "2025-02-10")
c.cond(cc((ICD, "C78.7")), "2025-02-18")
c.stage("2025-02-20", "Stage IVA (M1a, liver)", snomed_iv=True)
c.variant("2025-03-01", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)")
for d in ("2025-03-10", "2025-03-24", "2025-04-07", "2025-04-21", "2025-05-05", "2025-05-19"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2025-12-22", note="Enlarging hepatic metastases on FOLFOX/bevacizumab maintenance.")
c.ecog("2026-01-05", 1)
c.med("req", cc(text="FOLFIRI (irinotecan 180 mg/m2, leucovorin, 5-FU) q2w"), "2026-01-09",
      status="draft", intent="proposal")
c.med("req", hc("J9400", "ziv-aflibercept 4 mg/kg IV q2w with FOLFIRI"), "2026-01-09",
      status="draft", intent="proposal")

# c02 encorafenib + cetuximab + mFOLFOX6 first line (BREAKWATER)
c = case(2, "colorectal", "2026-02-06", svc(RX, "2049106"), S, None,
         "Encorafenib (Braftovi) with cetuximab and mFOLFOX6, first line, for treatment-naive "
         "metastatic ascending-colon cancer with BRAF V600E (MSS).",
         "Braftovi label 1.2 (colorectal, December 2024, accelerated approval): in combination with cetuximab "
         "and mFOLFOX6 for metastatic colorectal cancer with a BRAF V600E mutation, as detected "
         "by an FDA-approved test. Pivotal trial BREAKWATER. Record: BRAF p.V600E, metastatic, no "
         "prior therapy: supported (the BEACON indication would instead need prior therapy).",
         "BRAF V600E mCRC, first line with cetuximab + mFOLFOX6",
         "female", "1964-02-21", ("Dubois", "Helene"))
c.cond(cc((ICD, "C18.2")), "2026-01-05")
c.cond(cc((SCT, "94381002")), "2026-01-08")
c.cond(cc((ICD, "C78.6")), "2026-01-08")
c.stage("2026-01-10", "Stage IVC", snomed_iv=True)
c.variant("2026-01-20", "HGNC:1097", c="c.1799T>A", p="p.V600E")
c.obs(cc((LN, "81695-9")), "2026-01-20", vcc(text="MSS (microsatellite stable)"))
c.ecog("2026-01-28", 0)
c.med("req", hc("J9055", "cetuximab 500 mg/m2 q2w"), "2026-02-02", status="draft", intent="proposal")
c.med("req", cc(text="mFOLFOX6 q2w"), "2026-02-02", status="draft", intent="proposal")

# c03 tucatinib + trastuzumab (MOUNTAINEER)
c = case(3, "colorectal", "2026-01-27", svc(RX, "2361285"), S, None,
         "Tucatinib (Tukysa) with trastuzumab for RAS wild-type, HER2 IHC 3+ metastatic rectal "
         "cancer after FOLFOX and FOLFIRI + bevacizumab.",
         "Tukysa label 1.2: with trastuzumab for adults with RAS wild-type HER2-positive "
         "unresectable or metastatic colorectal cancer that has progressed following "
         "fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (accelerated "
         "approval). Pivotal trial MOUNTAINEER. Record: KRAS and NRAS wild-type, HER2 IHC 3+, "
         "lung metastases, all three chemotherapy classes given: supported.",
         "RAS wild-type, HER2 3+, after fluoropyrimidine/oxaliplatin/irinotecan",
         "male", "1966-10-05", ("Okafor", "Chinedu"))
c.cond(cc((ICD, "C20")), "2023-05-15")
c.cond(cc((ICD, "C78.01")), "2024-01-10")
c.variant("2023-06-01", "HGNC:6407", present=False, text="KRAS exons 2-4 wild-type")
c.variant("2023-06-01", "HGNC:7989", present=False, text="NRAS exons 2-4 wild-type")
c.variant("2023-06-01", "HGNC:1097", present=False)
c.obs(tcc("HER2 IHC (colorectal, HERACLES criteria)"), "2024-01-20",
      vstr("3+ in 60% of tumor cells - HER2 positive"))
c.obs(cc((LN, "81695-9")), "2023-06-01", vcc(text="Microsatellite stable"))
for d in ("2024-01-29", "2024-02-12", "2024-02-26", "2024-03-11"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2024-09-02")
for d in ("2024-09-16", "2024-09-30", "2024-10-14", "2024-10-28"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2025-12-30", note="Progression in lungs on FOLFIRI/bevacizumab.")
c.ecog("2026-01-15", 1)
c.med("req", hc("J9355", "trastuzumab 8 mg/kg then 6 mg/kg q3w"), "2026-01-21", status="draft",
      intent="proposal")

# c04 adagrasib + cetuximab (KRYSTAL-1)
c = case(4, "colorectal", "2026-02-13", svc(RX, "2625882"), S, None,
         "Adagrasib (Krazati) with cetuximab for KRAS p.Gly12Cys metastatic colon cancer after "
         "FOLFOX, FOLFIRI and capecitabine maintenance.",
         "Krazati label 1.2 (June 2024, accelerated): with cetuximab for KRAS G12C-mutated "
         "locally advanced or metastatic colorectal cancer, as determined by an FDA-approved "
         "test, after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy. Pivotal "
         "trial KRYSTAL-1. Record documents the variant, metastases and all three chemotherapy "
         "classes: supported.",
         "KRAS G12C mCRC after all three chemotherapy classes, with cetuximab",
         "female", "1962-05-05", ("Eriksen", "Mette"))
c.cond(cc((SCT, "363406005"), text="Adenocarcinoma of transverse colon"), "2023-10-02",
       stage=tcc("Stage IV (liver, lung)"))
c.cond(cc((ICD, "C78.7")), "2023-10-02")
c.variant("2023-10-20", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          text="KRAS G12C")
for d in ("2023-11-06", "2023-11-20", "2023-12-04"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
c.med("stmt", rx("194000", "capecitabine maintenance"), "2024-03-01", end="2024-11-15")
c.progression("2024-11-15")
for d in ("2024-12-02", "2024-12-16", "2025-01-06"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2026-01-26", note="Progression on FOLFIRI.")
c.ecog("2026-02-03", 1)
c.med("req", rx("2625882", "Krazati 600 mg BID + cetuximab"), "2026-02-09", status="draft",
      intent="proposal")

# c05 sotorasib + panitumumab (CodeBreaK 300)
c = case(5, "colorectal", "2026-01-09", svc(RX, "2550714"), S, None,
         "Sotorasib (Lumakras) with panitumumab for KRAS G12C metastatic rectal cancer with "
         "peritoneal metastases after FOLFOXIRI + bevacizumab.",
         "Lumakras label 1.2 (January 2025): with panitumumab for KRAS G12C-mutated metastatic "
         "colorectal cancer, as determined by an FDA-approved test, after fluoropyrimidine-, "
         "oxaliplatin- and irinotecan-based chemotherapy. Pivotal trial CodeBreaK 300. Record: "
         "KRAS G12C (text NGS result), peritoneal metastases, FOLFOXIRI given: supported.",
         "KRAS G12C mCRC after FOLFOXIRI, with panitumumab",
         "male", "1971-01-13", ("Baptiste", "Jean"))
c.cond(cc((ICD, "C20")), "2024-08-01")
c.cond(cc((ICD, "C78.6")), "2024-08-10")
c.stage("2024-08-12", "Stage IVC (peritoneal)")
c.obs(tcc("KRAS mutation analysis (NGS)"), "2024-08-20", vstr("KRAS p.G12C detected, VAF 22%"))
for d in ("2024-09-02", "2024-09-16", "2024-09-30", "2024-10-14", "2024-10-28", "2024-11-11"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
    c.med("admin", hc("J9035"), d)
c.progression("2025-12-15")
c.ecog("2025-12-29", 1)
c.med("req", hc("J9303", "panitumumab 6 mg/kg q2w"), "2026-01-05", status="draft", intent="proposal")
c.med("req", rx("2550714", "Lumakras 960 mg daily"), "2026-01-05", status="draft", intent="proposal")

# c06 nivolumab + ipilimumab first line MSI-H (CheckMate 8HW)
c = case(6, "colorectal", "2026-02-19", svc(HCPCS, "J9299"), S, None,
         "Nivolumab (Opdivo) with ipilimumab, first line, for MSI-H / dMMR (MLH1/PMS2 loss) "
         "metastatic ascending-colon cancer.",
         "Opdivo label section 1, colorectal cancer subsection (April 2025): in combination with ipilimumab for adults "
         "and pediatric patients 12 years and older with unresectable or metastatic MSI-H or dMMR "
         "colorectal cancer (no prior-therapy requirement). Pivotal trial CheckMate 8HW. Record: "
         "MSI-H by PCR, MLH1/PMS2 loss, liver metastases: supported.",
         "MSI-H/dMMR mCRC, first line with ipilimumab",
         "female", "1976-09-14", ("Yilmaz", "Elif"))
c.cond(cc((ICD, "C18.2")), "2026-01-12")
c.cond(cc((ICD, "C78.7")), "2026-01-15")
c.obs(cc((LN, "81695-9")), "2026-01-22", vcc(text="MSI-High (5/5 markers unstable)"))
c.obs(tcc("Mismatch repair IHC"), "2026-01-22",
      vstr("Loss of MLH1 and PMS2 nuclear expression; MSH2 and MSH6 retained (dMMR)"))
c.stage("2026-01-18", "Stage IVA", snomed_iv=True)
c.ecog("2026-02-10", 1)
c.med("req", hc("J9228", "ipilimumab 1 mg/kg q3w x4"), "2026-02-13", status="draft", intent="proposal")
c.med("req", hc("J9299", "nivolumab 240 mg q3w x4 with ipilimumab, then 480 mg q4w"),
      "2026-02-13", status="draft", intent="proposal")

# c07 tucatinib: RAS status absent
c = case(7, "colorectal", "2026-02-02", svc(RX, "2361285"), ND, ["ras"],
         "Tucatinib with trastuzumab for HER2-amplified metastatic sigmoid cancer after all three "
         "chemotherapy classes; no KRAS/NRAS result in the record (tissue exhausted, liquid biopsy "
         "pending).",
         "Tukysa label 1.2: RAS wild-type HER2-positive metastatic colorectal cancer after "
         "fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (MOUNTAINEER). HER2, "
         "metastases and prior therapy are documented; RAS status is absent: needs-documentation "
         "(ras).",
         "RAS gate absent: liquid biopsy pending",
         "female", "1968-03-29", ("Horvath", "Katalin"))
c.cond(cc((ICD, "C18.7")), "2023-02-14")
c.cond(cc((ICD, "C78.7")), "2023-02-20")
c.obs(tcc("HER2 FISH (colorectal)"), "2025-11-10", vstr("HER2 amplified, HER2/CEP17 ratio 3.4"))
for d in ("2023-03-06", "2023-03-20", "2023-04-03"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
for d in ("2024-06-03", "2024-06-17", "2024-07-01"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2025-11-01")
c.sreq(tcc("Plasma ctDNA panel incl. KRAS/NRAS/BRAF"), "2026-01-20",
       note="Archival tissue exhausted; ctDNA sent, results pending.")

# c08 encorafenib first line: BRAF not documented
c = case(8, "colorectal", "2026-01-23", svc(RX, "2049106"), ND, ["braf"],
         "Encorafenib with cetuximab and mFOLFOX6 requested first line for metastatic right-sided "
         "colon cancer; BRAF testing sent but not resulted.",
         "Braftovi label 1.2: with cetuximab and mFOLFOX6 for metastatic colorectal cancer with a "
         "BRAF V600E mutation detected by an FDA-approved test (BREAKWATER). Metastatic status "
         "and treatment line are documented; the BRAF result is absent: needs-documentation "
         "(braf).",
         "BRAF gate absent: NGS pending",
         "male", "1959-04-11", ("Fernandes", "Paulo"))
c.cond(cc((ICD, "C18.2")), "2025-12-20")
c.cond(cc((ICD, "C78.7")), "2025-12-22")
c.stage("2025-12-30", "Stage IVB", snomed_iv=True)
c.obs(cc((LN, "81695-9")), "2026-01-08", vcc(text="MSS"))
c.sreq(cc((CPT, "81445")), "2026-01-08", note="Colorectal NGS panel sent.")
c.doc("Consult 2026-01-19: suspected BRAF V600E given right-sided primary and peritoneal "
      "spread; requesting encorafenib + cetuximab + mFOLFOX6 pending NGS.", "2026-01-19",
      kind="11488-4")

# c09 nivolumab + ipilimumab: MSI/MMR not documented
c = case(9, "colorectal", "2026-02-23", svc(HCPCS, "J9299"), ND, ["msi"],
         "Nivolumab with ipilimumab requested first line for metastatic rectal cancer; no MSI or "
         "MMR result in the record.",
         "Opdivo label section 1 (colorectal cancer): with ipilimumab for unresectable or metastatic MSI-H or dMMR "
         "colorectal cancer (CheckMate 8HW). Metastatic disease is documented; MSI/MMR status is "
         "absent: needs-documentation (msi).",
         "MSI/MMR gate absent",
         "male", "1980-08-02", ("Brooks", "Nathan"))
c.cond(cc((ICD, "C20")), "2026-01-20")
c.cond(cc((ICD, "C78.01")), "2026-01-25")
c.stage("2026-01-28", "Stage IVA", snomed_iv=True)
c.ecog("2026-02-12", 0)
c.doc("Note 2026-02-17: young patient, family history of colorectal and endometrial cancer. "
      "Lynch syndrome suspected. Requesting nivolumab + ipilimumab; MMR IHC sent to reference "
      "lab.", "2026-02-17")

# c10 adagrasib + cetuximab with KRAS G12D
c = case(10, "colorectal", "2026-01-29", svc(RX, "2625882"), RR, None,
         "Adagrasib with cetuximab requested for metastatic colon cancer after FOLFOX and FOLFIRI, "
         "but the KRAS variant is p.G12D, not G12C.",
         "Krazati label 1.2: KRAS G12C-mutated colorectal cancer (KRYSTAL-1). KRAS p.Gly12Asp "
         "contradicts the variant gate: refer-to-reviewer.",
         "KRAS G12D contradicts G12C gate",
         "female", "1958-12-19", ("Pereira", "Ana"))
c.cond(cc((ICD, "C18.7")), "2024-03-04")
c.cond(cc((ICD, "C78.7")), "2024-03-04")
c.variant("2024-03-20", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)",
          text="KRAS G12D")
for d in ("2024-04-01", "2024-04-15"):
    c.med("admin", hc("J9263"), d)
    c.med("admin", hc("J9190"), d)
for d in ("2025-02-03", "2025-02-17"):
    c.med("admin", hc("J9206"), d)
    c.med("admin", hc("J9190"), d)
c.progression("2026-01-12")
c.med("req", rx("2625882", "adagrasib 600 mg BID + cetuximab"), "2026-01-23", status="draft",
      intent="proposal")

# c11 ziv-aflibercept first line (no prior oxaliplatin)
c = case(11, "colorectal", "2026-02-09", svc(HCPCS, "J9400"), RR, None,
         "Ziv-aflibercept with FOLFIRI requested as first-line therapy for newly diagnosed "
         "metastatic colon cancer; the record states no prior systemic therapy (no oxaliplatin).",
         "Zaltrap label 1: with FOLFIRI for metastatic colorectal cancer resistant to or "
         "progressed following an oxaliplatin-containing regimen (VELOUR). The record documents "
         "treatment-naive disease, contradicting the prior-oxaliplatin gate: refer-to-reviewer.",
         "treatment-naive: no prior oxaliplatin regimen",
         "female", "1973-07-07", ("Lopez", "Carmen"))
c.cond(cc((ICD, "C18.7")), "2026-01-06")
c.cond(cc((SCT, "94381002")), "2026-01-09")
c.stage("2026-01-12", "Stage IVA", snomed_iv=True)
c.variant("2026-01-20", "HGNC:6407", c="NM_004985.5:c.38G>A", p="NP_004976.2:p.(Gly13Asp)")
c.doc("Consult 2026-02-03: newly diagnosed metastatic sigmoid cancer. No prior chemotherapy or "
      "systemic therapy. Oxaliplatin avoided because of pre-existing grade 2 diabetic "
      "neuropathy. Plan first-line FOLFIRI + ziv-aflibercept.", "2026-02-03", kind="11488-4")
c.med("req", hc("J9400"), "2026-02-03", status="draft", intent="proposal")

# c12 ramucirumab for resected stage II colon cancer
c = case(12, "colorectal", "2026-01-16", svc(HCPCS, "J9308"), RR, None,
         "Ramucirumab (Cyramza) with FOLFIRI requested for resected stage IIA (pT3 pN0) colon "
         "cancer with no evidence of metastatic disease.",
         "Cyramza label 1.3 (colorectal): with FOLFIRI for metastatic colorectal cancer with disease "
         "progression on or after bevacizumab, oxaliplatin and a fluoropyrimidine (RAISE). The "
         "record documents non-metastatic, resected disease with negative restaging, "
         "contradicting the metastatic gate (and no prior bevacizumab): refer-to-reviewer.",
         "non-metastatic resected stage IIA contradicts metastatic gate",
         "male", "1955-02-02", ("Becker", "Klaus"))
c.cond(cc((ICD, "C18.2")), "2025-08-04")
c.proc(cc((CPT, "44160")), "2025-08-28")
c.stage("2025-09-03", "Stage IIA (pT3 pN0 cM0)")
c.med("stmt", rx("194000", "adjuvant capecitabine"), "2025-09-29", end="2026-01-05")
c.report(tcc("CT chest/abdomen/pelvis"), "2026-01-07",
         "No evidence of metastatic or recurrent disease.", cat="RAD")
c.med("req", hc("J9308", "ramucirumab 8 mg/kg q2w + FOLFIRI"), "2026-01-12", status="draft",
      intent="proposal")


# ================================================================ PROSTATE
# p01 Lu-177 PSMA-617 pre-taxane (PSMAfore)
c = case(1, "prostate", "2026-01-21", svc(HCPCS, "A9607"), S, None,
         "Lutetium Lu 177 vipivotide tetraxetan (Pluvicto) for PSMA-positive metastatic CRPC that "
         "progressed on enzalutamide; taxane deferred by choice.",
         "Pluvicto label 1.1 (March 2025): PSMA-positive mCRPC in adults who have been treated "
         "with an androgen receptor pathway inhibitor and are considered appropriate to delay "
         "taxane-based chemotherapy, or after ARPI and taxane. Pivotal trials PSMAfore and "
         "VISION. Record: castrate testosterone with rising PSA, bone metastases, PSMA PET "
         "positive, enzalutamide then progression, oncologist documents deferral of taxane: "
         "supported.",
         "PSMA+ mCRPC after ARPI, taxane deferred",
         "male", "1948-07-15", ("Lindgren", "Per"))
c.cond(cc((ICD, "C61")), "2021-03-01")
c.cond(cc((ICD, "C79.51")), "2023-06-10")
c.cond(cc((ICD, "Z19.2")), "2025-09-20")
c.med("stmt", hc("J9217", "Eligard 22.5 mg q3mo"), "2023-06-15")
c.med("stmt", rx("1307298", "Xtandi 160 mg daily"), "2023-07-01", end="2025-09-15")
c.testosterone("2025-09-10", 18)
for d, v in (("2025-05-10", 3.9), ("2025-07-12", 7.8), ("2025-09-10", 14.6)):
    c.psa(d, v)
c.proc(cc((CPT, "78815"), text="PSMA PET/CT (Ga-68 gozetotide)"), "2025-11-05")
c.report(cc((LN, "18748-4")), "2025-11-05",
         "PSMA-positive disease: multiple osseous lesions with uptake greater than liver; no "
         "PSMA-negative soft-tissue lesions. Meets VISION/PSMAfore criteria.", cat="RAD")
c.doc("GU oncology 2026-01-14: mCRPC progressing after enzalutamide. Patient declines docetaxel "
      "at this time; considered appropriate to delay taxane-based chemotherapy. Plan Pluvicto "
      "7.4 GBq q6w x6. ECOG 1.", "2026-01-14")
c.ecog("2026-01-14", 1)

# p02 enzalutamide high-risk BCR (EMBARK)
c = case(2, "prostate", "2026-02-04", svc(RX, "1307298"), S, None,
         "Enzalutamide (Xtandi) for non-metastatic castration-sensitive prostate cancer with "
         "high-risk biochemical recurrence after radical prostatectomy (PSA 1.6 ng/mL, PSA "
         "doubling time about 3 months, negative conventional imaging).",
         "Xtandi label 1: nmCSPC with biochemical recurrence at high risk for metastasis "
         "(high-risk BCR). Pivotal trial EMBARK (PSA doubling time <= 9 months, PSA >= 1 ng/mL "
         "after prostatectomy). Record: PSA 0.4 -> 0.8 -> 1.6 ng/mL over six months (PSADT ~3 "
         "months), testosterone 390 ng/dL, negative bone scan and CT: supported.",
         "high-risk BCR: PSADT ~3 months, PSA 1.6, non-castrate, no metastases",
         "male", "1955-11-23", ("Kovacs", "Laszlo"))
c.cond(cc((ICD, "C61")), "2019-01-15", clinical="active",
       note="Gleason 4+3, pT3a N0; biochemical recurrence 2025.")
c.proc(cc((CPT, "55866")), "2019-03-04")
for d, v in (("2025-03-05", 0.4), ("2025-06-04", 0.8), ("2025-09-03", 1.6)):
    c.psa(d, v)
c.testosterone("2025-09-03", 390)
c.proc(cc((CPT, "78306")), "2025-09-20")
c.report(cc((LN, "18748-4")), "2025-09-22",
         "Whole-body bone scan and CT abdomen/pelvis: no evidence of metastatic disease.",
         cat="RAD")
c.obs(tcc("PSA doubling time"), "2025-09-03", qty(3.0, "months", "mo"), cat="laboratory")
c.med("req", rx("1307298", "Xtandi 160 mg daily +/- leuprolide"), "2026-01-28", status="draft",
      intent="proposal")

# p03 olaparib + abiraterone, BRCA2 (PROpel)
c = case(3, "prostate", "2026-01-13", svc(RX, "1597582"), S, None,
         "Olaparib (Lynparza) with abiraterone and prednisone, first line for mCRPC, in a patient "
         "with a germline BRCA2 frameshift (c.5946delT).",
         "Lynparza label section 1, mCRPC subsection (May 2023): in combination with abiraterone and prednisone "
         "or prednisolone for adults with deleterious or suspected deleterious BRCA-mutated "
         "mCRPC, as determined by an FDA-approved test. Pivotal trial PROpel. Record: BRCA2 "
         "pathogenic variant, bone metastases, PSA rise on degarelix with castrate testosterone, "
         "no prior ARPI: supported.",
         "BRCA2-mutated mCRPC, with abiraterone",
         "male", "1952-04-04", ("Murray", "Ian"))
c.cond(cc((SCT, "399068003")), "2023-04-10")
c.cond(cc((SCT, "94222008")), "2023-04-18")
for d in ("2023-05-01", "2023-06-01", "2023-07-01"):
    c.med("admin", hc("J9155"), d)
c.testosterone("2025-10-01", 12)
for d, v in (("2025-06-02", 1.1), ("2025-08-04", 2.9), ("2025-10-01", 6.2)):
    c.psa(d, v)
b = c.variant("2025-11-03", "HGNC:1101", c="NM_000059.4:c.5946delT",
              p="NP_000050.3:p.(Ser1982ArgfsTer22)", text="Pathogenic germline BRCA2 variant")
c.report(cc((LN, "51969-4")), "2025-11-03",
         "Germline: BRCA2 c.5946delT pathogenic. mCRPC: eligible for PARP inhibitor.", cat="GE",
         results=[b])
c.proc(cc((CPT, "81162")), "2025-10-15")
c.med("req", rx("1100072", "abiraterone 1000 mg daily + prednisone 5 mg BID"), "2026-01-08",
      status="draft", intent="proposal")
c.med("req", rx("1597582", "Lynparza 300 mg BID with abiraterone"), "2026-01-08", status="draft",
      intent="proposal")

# p04 sipuleucel-T
c = case(4, "prostate", "2026-02-17", svc(HCPCS, "Q2043"), S, None,
         "Sipuleucel-T (Provenge) for asymptomatic metastatic CRPC with bone-only metastases, "
         "ECOG 0, no opioid use.",
         "Provenge label 1: asymptomatic or minimally symptomatic metastatic castrate-resistant "
         "(hormone-refractory) prostate cancer. Pivotal trial IMPACT. Record: PSA rising on "
         "leuprolide with testosterone 22 ng/dL (Z19.2), bone-only metastases, no pain or "
         "opioids, no visceral disease: supported.",
         "asymptomatic mCRPC, bone-only",
         "male", "1950-09-09", ("Harris", "Walter"))
c.cond(cc((ICD, "C61")), "2020-05-20")
c.cond(cc((ICD, "C79.51")), "2025-10-15")
c.cond(cc((ICD, "Z19.2")), "2025-12-01")
for d in ("2025-03-03", "2025-06-02", "2025-09-01", "2025-12-01"):
    c.med("admin", hc("J9217"), d)
for d, v in (("2025-06-02", 2.0), ("2025-09-01", 3.4), ("2025-12-01", 5.9)):
    c.psa(d, v)
c.testosterone("2025-12-01", 22)
c.ecog("2026-02-02", 0)
c.doc("GU note 2026-02-02: asymptomatic; no bone pain, no analgesic or opioid use. Bone scan: 3 "
      "rib/pelvic lesions; CT: no visceral metastases. Plan sipuleucel-T x3 infusions.",
      "2026-02-02")

# p05 triptorelin, metastatic CSPC
c = case(5, "prostate", "2026-01-08", svc(HCPCS, "J3315"), S, None,
         "Triptorelin pamoate (Trelstar) androgen deprivation for newly diagnosed metastatic "
         "prostate cancer (cT3b N1 M1b, PSA 86).",
         "Trelstar label 1: palliative treatment of advanced prostate cancer. Record: stage IVB "
         "with bone metastases: advanced disease documented, supported.",
         "advanced (metastatic) prostate cancer, ADT",
         "male", "1953-03-17", ("Dimitriou", "Nikos"))
c.cond(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+5=9"), "2025-12-01")
c.cond(cc((SCT, "94222008")), "2025-12-10")
c.stage("2025-12-12", "cT3b cN1 cM1b - stage IVB", snomed_iv=True)
c.psa("2025-11-20", 86.0)
c.testosterone("2025-11-20", 455)
c.med("req", hc("J3315", "Trelstar 22.5 mg IM every 24 weeks"), "2026-01-05", status="draft",
      intent="proposal")

# p06 apalutamide nmCRPC (SPARTAN)
c = case(6, "prostate", "2026-01-30", svc(RX, "1999574"), S, None,
         "Apalutamide (Erleada) for non-metastatic CRPC: PSA rising on leuprolide with castrate "
         "testosterone, negative CT and bone scan.",
         "Erleada label 1: non-metastatic castration-resistant prostate cancer (and metastatic "
         "castration-sensitive). Pivotal trial SPARTAN. Record: PSA 2.1 -> 3.6 -> 5.9 ng/mL on "
         "ADT with testosterone 15 ng/dL, conventional imaging negative: supported (the label "
         "sets no PSA doubling-time threshold).",
         "nmCRPC: PSA rise on ADT, castrate, imaging negative",
         "male", "1947-12-12", ("Sato", "Hiroshi"))
c.cond(cc((ICD, "C61")), "2018-02-01")
c.med("stmt", cc(text="Lupron Depot (leuprolide) 22.5 mg q3mo"), "2021-04-01")
for d in ("2025-06-01", "2025-09-01", "2025-12-01"):
    c.med("admin", hc("J9217"), d)
for d, v in (("2025-06-01", 2.1), ("2025-09-01", 3.6), ("2025-12-01", 5.9)):
    c.psa(d, v)
c.testosterone("2025-12-01", 15)
c.cond(cc((ICD, "Z19.2")), "2025-12-05")
c.report(cc((LN, "18748-4")), "2025-12-20",
         "CT chest/abdomen/pelvis and whole-body bone scan: no evidence of metastatic disease.",
         cat="RAD")
c.med("req", rx("1999574", "Erleada 240 mg daily"), "2026-01-26", status="draft", intent="proposal")

# p07 olaparib + abiraterone: BRCA status absent
c = case(7, "prostate", "2026-02-10", svc(RX, "1597582"), ND, ["brca"],
         "Olaparib with abiraterone requested first line for mCRPC; germline and tumour BRCA "
         "testing ordered, no result.",
         "Lynparza label section 1 (mCRPC): with abiraterone and prednisone for BRCA-mutated mCRPC (PROpel). "
         "mCRPC is documented; BRCA status is absent: needs-documentation (brca).",
         "BRCA gate absent: testing ordered",
         "male", "1951-06-06", ("Andersson", "Lars"))
c.cond(cc((ICD, "C61")), "2022-08-08")
c.cond(cc((ICD, "C79.51")), "2022-08-15")
c.cond(cc((ICD, "Z19.2")), "2025-12-10")
for d, v in (("2025-08-01", 4.0), ("2025-10-01", 7.7), ("2025-12-01", 12.9)):
    c.psa(d, v)
c.testosterone("2025-12-01", 20)
c.sreq(cc((CPT, "81162")), "2026-01-12", note="Germline BRCA1/2 sent; tumour NGS also sent.")
c.med("req", rx("1100072"), "2026-02-05", status="draft", intent="proposal")

# p08 Lu-PSMA: castration status absent
c = case(8, "prostate", "2026-02-25", svc(HCPCS, "A9607"), ND, ["castration"],
         "Lutetium Lu 177 vipivotide tetraxetan for PSMA-positive metastatic prostate cancer "
         "after enzalutamide (outside records); no testosterone, ADT history or castration-"
         "resistance statement in the record.",
         "Pluvicto label 1.1: PSMA-positive metastatic castration-resistant prostate cancer after "
         "ARPI (PSMAfore/VISION). Metastases, PSMA positivity and ARPI exposure are documented; "
         "castration status is absent (single PSA, no testosterone, no ADT record): "
         "needs-documentation (castration).",
         "castration gate absent: no testosterone or ADT record",
         "male", "1949-01-31", ("Fischer", "Rolf"))
c.cond(cc((SCT, "399068003")), "2022-11-11")
c.cond(cc((SCT, "94222008")), "2022-11-20")
c.med("stmt", rx("1307298"), "2023-01-01", end="2025-10-01",
      note="Per outside records; other concurrent therapy not listed.")
c.psa("2025-12-15", 12.4)
c.report(cc((LN, "18748-4")), "2026-01-10", "PSMA PET: PSMA-avid osseous metastases (SUVmax 24).",
         cat="RAD")
c.doc("New-patient note 2026-02-18: transferred care; records incomplete. Requesting Pluvicto.",
      "2026-02-18", kind="11488-4")

# p09 enzalutamide BCR: PSA values absent
c = case(9, "prostate", "2026-01-19", svc(RX, "1307298"), ND, ["psa"],
         "Enzalutamide requested for 'high-risk biochemical recurrence' after radiotherapy; no PSA "
         "values or doubling time in the record.",
         "Xtandi label 1: nmCSPC with biochemical recurrence at high risk for metastasis (EMBARK: "
         "PSADT <= 9 months; PSA >= 2 ng/mL above nadir after radiotherapy). Non-metastatic "
         "status is documented but no PSA values or kinetics: needs-documentation (psa).",
         "PSA gate absent: no values or doubling time",
         "male", "1954-10-10", ("Nguyen", "Van"))
c.cond(cc((ICD, "C61")), "2017-06-01")
c.proc(cc((CPT, "77301")), "2017-08-01")
c.report(cc((LN, "18748-4")), "2025-12-15", "CT and bone scan: no metastatic disease.", cat="RAD")
c.testosterone("2025-12-10", 410)
c.doc("Note 2026-01-12: biochemical recurrence after definitive IMRT (2017). PSA results from "
      "outside lab to be faxed. Requesting enzalutamide.", "2026-01-12")

# p10 sipuleucel-T in hormone-sensitive disease
c = case(10, "prostate", "2026-02-06", svc(HCPCS, "Q2043"), RR, None,
         "Sipuleucel-T requested for newly diagnosed metastatic prostate cancer that has never "
         "received ADT (testosterone 410 ng/dL, hormone-sensitive).",
         "Provenge label 1: metastatic castrate-resistant (hormone-refractory) prostate cancer "
         "(IMPACT). ADT-naive disease with non-castrate testosterone and Z19.1 is hormone-"
         "sensitive, contradicting the castration gate: refer-to-reviewer.",
         "hormone-sensitive (ADT-naive) contradicts castration-resistant gate",
         "male", "1957-05-25", ("Costa", "Joao"))
c.cond(cc((ICD, "C61")), "2026-01-05")
c.cond(cc((ICD, "C79.51")), "2026-01-12")
c.cond(cc((ICD, "Z19.1")), "2026-01-20")
c.psa("2026-01-05", 34.0)
c.testosterone("2026-01-05", 410)
c.doc("Consult 2026-01-30: de novo metastatic hormone-sensitive prostate cancer; no prior "
      "androgen deprivation. Patient requests immunotherapy (sipuleucel-T).", "2026-01-30",
      kind="11488-4")

# p11 radium-223 with liver metastases
c = case(11, "prostate", "2026-01-27", svc(HCPCS, "A9606"), RR, None,
         "Radium-223 (Xofigo) requested for mCRPC with painful bone metastases, but CT shows liver "
         "metastases.",
         "Xofigo label 1: castration-resistant prostate cancer with symptomatic bone metastases "
         "and no known visceral metastatic disease (ALSYMPCA). Liver metastases contradict the "
         "no-visceral-disease gate: refer-to-reviewer.",
         "visceral (liver) metastases contradict label",
         "male", "1946-08-08", ("Wright", "George"))
c.cond(cc((ICD, "C61")), "2019-09-09")
c.cond(cc((ICD, "C79.51")), "2024-02-02")
c.cond(cc((ICD, "C78.7")), "2025-12-20")
c.cond(cc((ICD, "Z19.2")), "2024-10-10")
c.testosterone("2025-12-01", 10)
c.med("stmt", rx("1100072"), "2024-11-01", end="2025-11-30")
c.doc("Note 2026-01-20: bone pain requiring oxycodone. CT 2025-12-20: new hepatic metastases "
      "(3 lesions, largest 2.4 cm). Requesting radium-223.", "2026-01-20")

# p12 enzalutamide for low-risk BCR (PSADT 14 months)
c = case(12, "prostate", "2026-02-12", svc(RX, "1307298"), RR, None,
         "Enzalutamide requested for biochemical recurrence after prostatectomy with a slow PSA "
         "rise (0.30 -> 0.55 ng/mL over 12 months, PSADT ~14 months), non-castrate, imaging "
         "negative.",
         "Xtandi label 1: nmCSPC indication limited to biochemical recurrence at high risk for "
         "metastasis (EMBARK: PSADT <= 9 months). A documented PSADT of ~14 months with PSA "
         "0.55 ng/mL is not high-risk BCR; the other Xtandi indications need castration "
         "resistance or metastases, which the record excludes: refer-to-reviewer.",
         "PSADT ~14 months (not high-risk BCR), non-castrate, non-metastatic",
         "male", "1958-01-01", ("Khan", "Imran"))
c.cond(cc((ICD, "C61")), "2020-02-02")
c.proc(cc((CPT, "55866")), "2020-04-01")
for d, v in (("2025-01-10", 0.30), ("2025-07-10", 0.42), ("2026-01-09", 0.55)):
    c.psa(d, v)
c.obs(tcc("PSA doubling time"), "2026-01-09", qty(14.0, "months", "mo"))
c.testosterone("2026-01-09", 505)
c.report(cc((LN, "18748-4")), "2026-01-20", "CT and bone scan: no metastatic disease.", cat="RAD")
c.med("req", rx("1307298"), "2026-02-06", status="draft", intent="proposal")


# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "recordedDate", "issued",
             "authoredOn", "performedDateTime", "date", "dateAsserted", "start", "end",
             "birthDate", "occurrenceDateTime"}
URN_RE = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def walk(node, fn, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            fn(k, v, path)
            walk(v, fn, path + "." + k)
    elif isinstance(node, list):
        for v in node:
            walk(v, fn, path)


def validate(doc):
    errs = []
    cases = doc["cases"]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate case ids")
    if len(cases) != 48:
        errs.append(f"expected 48 cases, got {len(cases)}")
    tally = {}
    all_urls = set()
    for c in cases:
        cid = c["id"]
        e = lambda m: errs.append(f"{cid}: {m}")
        if not re.fullmatch(r"lab15-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]):
            e("bad as-of date")
        s = c["service"]
        if s["system"] not in (RX, HCPCS) or (s["system"], s["code"]) not in VERIFIED:
            e("service not a verified RxNorm/HCPCS code")
        if c["expected"] == "needs-documentation":
            m = c.get("expected_missing") or []
            if not m or not set(m) <= ALLOWED_FACTS:
                e(f"bad expected_missing {m}")
        elif "expected_missing" in c:
            e("expected_missing on a non-needs-documentation case")
        if c["expected"] not in ("supported", "needs-documentation", "refer-to-reviewer"):
            e("bad expected")
        for k in ("description", "basis"):
            if len(c[k]) < 40:
                e(f"{k} too short")
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            e("bundle not a collection Bundle")
        urls = set()
        patients = 0
        for ent in b["entry"]:
            u, r = ent["fullUrl"], ent["resource"]
            if not URN_RE.match(u):
                e(f"bad fullUrl {u}")
            if u in urls or u in all_urls:
                e(f"duplicate fullUrl {u}")
            urls.add(u)
            if "resourceType" not in r or not r.get("id"):
                e("resource without resourceType/id")
            if r["resourceType"] == "Patient":
                patients += 1
                if not r["id"].startswith("nec15-"):
                    e("patient id prefix")
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
        all_urls |= urls
        if patients != 1:
            e(f"{patients} patients")

        def chk(k, v, path):
            if k == "reference" and isinstance(v, str) and v not in urls:
                e(f"dangling reference {v}")
            if k in DATE_KEYS and isinstance(v, str):
                if not (DATE_RE.match(v) or DT_RE.match(v)):
                    e(f"bad date {k}={v}")
                elif v[:10] > c["date"]:
                    e(f"event {k}={v} after as-of {c['date']}")
            if k == "coding" and isinstance(v, list):
                for cd in v:
                    key = (cd.get("system"), cd.get("code"))
                    if cd.get("system") in (HGVS, LOCAL):
                        continue
                    if key not in VERIFIED:
                        e(f"unverified coding {key}")
                    elif cd.get("display") != VERIFIED[key][0]:
                        e(f"display mismatch {key}")
            if k == "data" and isinstance(v, str):
                base64.b64decode(v, validate=True)
        walk(b, chk)
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp), 0) != n:
                errs.append(f"{cancer} {exp}: {tally.get((cancer, exp), 0)} != {n}")
    return errs


# ---------------------------------------------------------------- markdown
def used_codings(doc):
    used = {}

    def fn(k, v, path):
        if k == "coding" and isinstance(v, list):
            for cd in v:
                if cd.get("system") in (HGVS, LOCAL):
                    used[(cd["system"], "*")] = True
                else:
                    used[(cd["system"], cd["code"])] = used.get((cd["system"], cd["code"]), False)
    for c in doc["cases"]:
        walk(c["bundle"], fn)
    for c in doc["cases"]:
        used[(c["service"]["system"], c["service"]["code"])] = True
    return used


def render_md(doc):
    L = []
    L.append("# Label cases 15: the drugs a desk sees least often")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-15.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates). Do not edit by hand; change the script and "
             "rerun it. `--check` regenerates in memory, validates (48 cases, 6/3/3 per cancer, "
             "collection Bundles with `urn:uuid:` fullUrls, every reference resolving, ISO dates "
             "no later than the as-of date, exactly one Patient `nec15-*` per case, every coding "
             "in the verified table below) and diffs with the files on disk.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read: `tests/fixtures/necessity/README.md` (case format); the "
             "\"Code verification\" sections of `label-cases-12.md`, `label-cases-13.md` and "
             "`label-cases-14.md` (codes and sources reused); the first 140 lines of "
             "`scripts/gen-label-cases-12.py` (its code-source docstring). Not read: anything "
             "under `src/`, `crates/`, `pathways/`, the top-level `README.md`, any other "
             "`scripts/gen-*.py`, any `tests/fixtures/necessity/*.json`. Cargo and the oncotwin "
             "binary were neither built nor run. Expected answers come from the FDA label "
             "Indications and Usage section (section 1) of the requested product, as of the 2025 "
             "labels, and the pivotal trial named in each case's `basis`.")
    L.append("")
    L.append("Theme: recent (2023-2026) approvals and less common labelled indications, plus "
             "subcutaneous (hyaluronidase) and fixed-combination products. refer-to-reviewer = the "
             "record contradicts a label gate; needs-documentation = a gate fact is simply absent "
             "(`expected_missing` lists the facts that must be among the missing ones); supported "
             "= every gate documented.")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total |")
    L.append("|---|---|---|---|---|")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        cs = [c for c in doc["cases"] if c["cancer"] == cancer]
        n = lambda x: sum(1 for c in cs if c["expected"] == x)
        L.append(f"| {cancer} | {n('supported')} | {n('needs-documentation')} | "
                 f"{n('refer-to-reviewer')} | {len(cs)} |")
    L.append("")
    reasons = {c.cid: c.reason for c in CASES}
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        L.append(f"## {cancer}")
        L.append("")
        L.append("| id | service | code | expected | reason |")
        L.append("|---|---|---|---|---|")
        for c in doc["cases"]:
            if c["cancer"] != cancer:
                continue
            s = c["service"]
            exp = c["expected"]
            if exp == "needs-documentation":
                exp += " (" + ", ".join(c["expected_missing"]) + ")"
            L.append(f"| {c['id']} | {s['display']} | {SYSNAME[s['system']]} {s['code']} | "
                     f"{exp} | {reasons[c['id']]} |")
        L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codings(doc)
    order = [HCPCS, RX, ICD, SCT, LN, HGNC, CPT]
    for sysurl in order + sorted({k[0] for k in used} - set(order) - {HGVS, LOCAL}):
        for (s, code) in sorted((k for k in used if k[0] == sysurl), key=lambda k: k[1]):
            disp, src = VERIFIED[(s, code)]
            name = SYSNAME.get(s, "FHIR " + s.replace(TH, ""))
            L.append(f"| {name} | {code} | {disp}{' [service]' if used[(s, code)] else ''} | {src} |")
    if (HGVS, "*") in used:
        L.append("| HGVS | (expressions) | c./p. variant descriptions in genomic-variant components | HGVS |")
    if (LOCAL, "*") in used:
        L.append(f"| local | LOCAL | fictitious local result codes ({LOCAL}), always beside a standard coding or text | LOC |")
    L.append("")
    L.append("Source tags:")
    L.append("")
    for tag, text in SOURCE_TAGS:
        L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("Not requested because no ingredient RXCUI could be confirmed from two independent "
             "sources here: elacestrant, capivasertib, inavolisib, talazoparib, darolutamide, "
             "relugolix, fruquintinib, trifluridine/tipiracil, lazertinib, repotrectinib. "
             "Binimetinib, lazertinib, prednisone, leucovorin and nab-paclitaxel appear only as "
             "text in bundles.")
    L.append("")
    return "\n".join(L)


def build():
    doc = {"cases": [c.to_json() for c in CASES]}
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n", render_md(doc) + "", doc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    js, md, doc = build()
    errs = validate(json.loads(js))
    if errs:
        for x in errs:
            print("ERROR", x, file=sys.stderr)
        sys.exit(1)
    if args.check:
        bad = False
        for path, text in ((OUT_JSON, js), (OUT_MD, md)):
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"DIFF {path.relative_to(ROOT)} differs from regenerated output",
                      file=sys.stderr)
                bad = True
        if bad:
            sys.exit(1)
        print(f"ok: {len(doc['cases'])} cases valid and identical to disk")
        return
    OUT_JSON.write_text(js, encoding="utf-8")
    OUT_MD.write_text(md, encoding="utf-8")
    print(f"wrote {OUT_JSON.relative_to(ROOT)} and {OUT_MD.relative_to(ROOT)} "
          f"({len(doc['cases'])} cases)")


if __name__ == "__main__":
    main()
