#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-19.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: more than one cancer in the record. Older patients' charts hold two
primaries or the history of another cancer: a past breast cancer under a new
metastatic colorectal cancer, prostate cancer on ADT with a new NSCLC, metachronous
colon primaries, a contralateral breast cancer with different receptors,
metastases whose origin had to be settled by pathology (CDX2 / TTF-1 / GATA3 /
NKX3.1), biomarkers of one cancer that must not be read for the other, prior
therapy given for the other cancer, and the stage of the right cancer. The
`cancer` of each case is the cancer the request is for; expected answers follow
the FDA label Indications and Usage (2025 labels) of the requested product and its
pivotal trial, applied to that cancer only.

Written blind: the author read only scripts/gen-label-cases-15.py (format,
builders, validation, code-table approach), tests/fixtures/necessity/README.md
and the "Code verification" sections of label-cases-12.md .. label-cases-18.md.

Usage:
    python3 scripts/gen-label-cases-19.py           # write the .json and .md
    python3 scripts/gen-label-cases-19.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Codes: every coding written is looked up in VERIFIED below (system, code ->
display, source tags); the .md code-verification table is generated from the
codings actually used. Sources are those cited by label-cases-12..18 plus rows
read for this set ([ICDX19] ICD-10-CM rows of the same medtrack-io/icd_code
table, [GEN19] find_string pairings, [MCODEURL] mCODE profile/extension URLs).
"""
import argparse
import base64
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-19.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-19.md"
NS = uuid.UUID("3b9e0a19-5c4d-4e2f-8a19-19c0de19f019")
LATEST = "2026-11-30"

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
CPT = "http://www.ama-assn.org/go/cpt"
AJCC = "http://cancerstaging.org"
TH = "http://terminology.hl7.org/CodeSystem/"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
P_PRIMARY = MCODE + "mcode-primary-cancer-condition"
P_SECONDARY = MCODE + "mcode-secondary-cancer-condition"
P_TMT = MCODE + "mcode-tumor-marker-test"
P_STAGE = MCODE + "mcode-tnm-stage-group"
X_RELATED = MCODE + "mcode-related-primary-cancer-condition"
SYSNAME = {RX: "RxNorm", HCPCS: "HCPCS", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", HGNC: "HGNC", CPT: "CPT", HGVS: "HGVS", AJCC: "AJCC"}
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology"}

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- HCPCS (rows of the label-cases-12..18 tables, same sources)
for code, disp, src in [
    ("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "ADDB, ANWEB"),
    ("J9316", "Injection, pertuzumab, trastuzumab, and hyaluronidase-zzxf, per 10 mg", "ADDB, PAYER"),
    ("J9356", "Inj. herceptin hylecta, 10mg", "ADDB26"),
    ("J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "ADDB, PAYER, PUBJ"),
    ("J9022", "Injection, atezolizumab, 10 mg", "ADDB, ANWEB"),
    ("J9119", "Injection, cemiplimab-rwlc, 1 mg", "ADDB, ANWEB"),
    ("J9173", "Injection, durvalumab, 10 mg", "ADDB, ANWEB"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9299", "Injection, nivolumab, 1 mg", "ADDB, ANWEB"),
    ("J9228", "Ipilimumab injection", "ADDB26"),
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "ADDB, PAYER"),
    ("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie", "ADDB, ANWEB"),
    ("Q2043", "Sipuleucel-t auto cd54+", "ADDB26"),
    ("J3315", "Triptorelin pamoate", "ADDB26"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9000", "Injection, doxorubicin hydrochloride, 10 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9060", "Injection, cisplatin, powder or solution, 10 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9201", "Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9395", "Injection, fulvestrant, 25 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9155", "Injection, degarelix, 1 mg", "ADDB, ANWEB"),
]:
    V(HCPCS, code, disp, src)

# ---- RxNorm ingredients (rows of the label-cases-12..18 tables)
for code, disp, src in [
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("2169285", "alpelisib", "RXL, TRM"),
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1727455", "alectinib", "RXL, TRL"),
    ("1424911", "dabrafenib", "RXL, RXV, CPIC"),
    ("2550714", "sotorasib", "RXL, OFDA"),
    ("2625882", "adagrasib", "RXL, TRL"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("2361285", "tucatinib", "RXL, RXV"),
    ("1312397", "regorafenib", "RXL, OMOPL"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1100072", "abiraterone", "RXL, TRL"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
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
    ("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast",
     "ICDX19 lib/codes/codes_c50.ex (read_file id 29233930255)"),
    ("C50.121", "Malignant neoplasm of central portion of right male breast",
     "ICDX19 lib/codes/codes_c50.ex (read_file id 29233930255)"),
    ("C50.911", "Malignant neoplasm of unspecified site of right female breast", "ICDX"),
    ("C50.912", "Malignant neoplasm of unspecified site of left female breast", "ICDX"),
    ("C61", "Malignant neoplasm of prostate", "ICDX"),
    ("C78.01", "Secondary malignant neoplasm of right lung", "ICDX"),
    ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "ICDX"),
    ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "ICDX"),
    ("C79.51", "Secondary malignant neoplasm of bone", "ICDX"),
    ("Z17.0", "Estrogen receptor positive status [ER+]", "ICDX"),
    ("Z19.1", "Hormone sensitive malignancy status", "GEN14 55661557572 / 12312469823 / 12053113399"),
    ("Z19.2", "Hormone resistant malignancy status", "ICDX"),
    ("Z85.3", "Personal history of malignant neoplasm of breast",
     "ICDX19 lib/codes/codes_z85.ex (read_file id 30078992894)"),
    ("Z85.118", "Personal history of other malignant neoplasm of bronchus and lung",
     "ICDX19 lib/codes/codes_z85.ex (read_file id 30078992894)"),
    ("Z85.038", "Personal history of other malignant neoplasm of large intestine",
     "ICDX19 lib/codes/codes_z85.ex (read_file id 30078992894)"),
]:
    V(ICD, code, disp, src)

# ---- SNOMED CT
for code, disp, src in [
    ("1222837003", "American Joint Committee on Cancer stage IV (qualifier value)", "GEN 18131229102 / 18115121853"),
    ("1222802001", "American Joint Committee on Cancer stage IIIA (qualifier value)", "CANSHARE 18115121853; GEN17 67168720842"),
    ("1222769001", "American Joint Committee on Cancer stage IIB (qualifier value)", "CANSHARE 18115121853; GEN17 40655546085 / 15545145458"),
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
]:
    V(SCT, code, disp, src)

# ---- AJCC numeric stage groups (label-cases-17 table)
for code, disp in [("3A", "IIIA"), ("4A", "IVA")]:
    V(AJCC, code, disp, "AJCC")

# ---- LOINC
for code, disp, src in [
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("11488-4", "Consult note", "GEN 54149578163 / 57160072403"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
    ("21893-3", "Regional lymph nodes positive [#] Specimen", "GEN17 71048029361 / 70795553889"),
    ("21894-1", "Regional lymph nodes examined [#] Specimen", "GEN17 70795553889 / 70257144365"),
    ("21902-2", "Stage group.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889"),
    ("21908-9", "Stage group.clinical Cancer", "MCODE"),
    ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma",
     "GEN19 61377107555 (FSH value set row with this display) / 5819454336 / 54506294751"),
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
    ("HGNC:7989", "NRAS", "GEN15 59660611392 / 14300782392"),
]:
    V(HGNC, code, disp, src)

# ---- CPT (CPT rows of CMS OPPS Addendum B, as cited by label-cases-12..18)
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("19307", "Mastectomy, modified radical"),
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
    ("condition-clinical", "remission", "Remission"),
    ("condition-ver-status", "confirmed", "Confirmed"),
    ("condition-ver-status", "provisional", "Provisional"),
    ("condition-category", "problem-list-item", "Problem List Item"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis"),
    ("observation-category", "laboratory", "Laboratory"),
    ("observation-category", "imaging", "Imaging"),
    ("observation-category", "survey", "Survey"),
    ("observation-category", "social-history", "Social History"),
    ("v2-0074", "GE", "Genetics"),
    ("v2-0074", "PAT", "Pathology (gross & histopath, not surgical)"),
    ("v2-0074", "RAD", "Radiology"),
]:
    V(TH + sysname, code, disp, "FHIR")

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..18"),
    ("ADDB26", "same CMS OPPS Addendum B 2026-04 file (commit 55a5494 of github.com/softek/CMS.HCPCS), CMS short descriptor used as display, as cited in label-cases-15"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..18"),
    ("PAYER", "payer/manufacturer bulletins for post-2020 codes (NC Medicaid 2022-11-01 for A9607; Aetna CPB 0977 for J9316; QualChoice BI663 / Immunomedics coding guide / CMS ASP 2026 Q2 for J9317), as cited in label-cases-12/14/18"),
    ("PUBJ", "public prior-auth sample pairing J9317 with sacituzumab govitecan-hziy (read_file id 22015981327), as cited in label-cases-13/14/18"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12..18"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12..18"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12..18"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12..18"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12..18"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13..18"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12..18"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12..18"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12..18"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..18"),
    ("ICDX19", "same medtrack-io/icd_code table, rows read for this set with read_file at commit 688bfba (file and id in the source column; the table writes codes without the dot, e.g. 'Z853', 'C50121'; its full_name is used as display)"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..18"),
    ("MCODE17", "mCODE staging ValueSet FSH (read_file id 40891610556), as cited in label-cases-17/18"),
    ("CANSHARE", "public SNOMED CT AJCC stage-group value set (NZ CanShare FSH, read_file id 18115121853), as cited in label-cases-17/18"),
    ("AJCC", "AJCC numeric stage-group codes of http://cancerstaging.org (find_string ids 21650994909 / 36016507272; WorldVistA ONCSGA8C.m), display = roman stage group, as cited in label-cases-17"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..18"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14..18"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol (find_string ids listed), as cited in label-cases-15..18"),
    ("GEN17", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-17/18"),
    ("GEN19", "public code pairing the code with its name, found for this set with find_string (ids listed; one further file, 58984706180, mislabels 2039-6 as CK-MB and was discounted)"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification: condition-clinical incl. remission, condition-ver-status incl. provisional, condition-category, observation-category, v2-0074)"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
]

PROFILE_SOURCES = [
    (P_PRIMARY, "find_string id 41513285777 (mCODE IG page index: StructureDefinition-mcode-primary-cancer-condition)"),
    (P_SECONDARY, "find_string ids 3634690252 / 20773729078 / 43424007295 (meta.profile in public mCODE bundles and a CapabilityStatement)"),
    (X_RELATED, "find_string ids 35884333770 / 40659460704 (mCODE FSH: Extension RelatedPrimaryCancerCondition, valueReference only Reference(PrimaryCancerCondition)) / 21155889396 (URL in a public mCODE test bundle)"),
    (P_TMT, "find_string ids 3634690252 / 56870742482 / 37201239835"),
    (P_STAGE, "find_string id 1254961191 ('21908-9' => .../mcode-tnm-stage-group')"),
]


# ---------------------------------------------------------------- builders
def coding(system, code, display=None):
    if system == HGVS:
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


def ref(u):
    return {"reference": u}


POS = (LN, "LA6576-8")
NEG = (LN, "LA6577-6")
PRESENT = (LN, "LA9633-4")
ABSENT = (LN, "LA9634-2")
ST_IV = (SCT, "1222837003")
ST_IIIA = (SCT, "1222802001")
ST_IIB = (SCT, "1222769001")


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, description,
                 basis, reason, gender, birth, name):
        self.cid = f"lab19-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.byurl = {}
        self.pid = "nec19-" + self.cid[len("lab19-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.19",
                            "value": f"MRN19{num:02d}{cancer[:2].upper()}"}],
            "name": [{"family": fam, "given": [given]}],
            "gender": gender, "birthDate": birth}})
        self.subj = ref(self.purl)

    # generic ------------------------------------------------------------
    def add(self, res):
        self.n += 1
        rid = str(uuid.uuid5(NS, f"{self.cid}/{self.n}"))
        rt = res.pop("resourceType")
        res = {"resourceType": rt, "id": rid, **res}
        url = "urn:uuid:" + rid
        self.entries.append({"fullUrl": url, "resource": res})
        self.byurl[url] = res
        return url

    def cond(self, code, onset, *, cat="problem-list-item", clinical="active",
             ver="confirmed", body=None, stage=None, note=None, recorded=None,
             profile=None, primary=None, abated=None, evidence=None):
        r = {"resourceType": "Condition"}
        if profile:
            r["meta"] = {"profile": [profile]}
        if primary:
            r["extension"] = [{"url": X_RELATED, "valueReference": ref(primary)}]
        r.update({"clinicalStatus": cc((TH + "condition-clinical", clinical)),
                  "verificationStatus": cc((TH + "condition-ver-status", ver)),
                  "category": [cc((TH + "condition-category", cat))],
                  "code": code})
        if body:
            r["bodySite"] = [body]
        r.update({"subject": self.subj, "onsetDateTime": onset})
        if abated:
            r["abatementDateTime"] = abated
        r["recordedDate"] = recorded or onset
        if stage:
            r["stage"] = [{"summary": stage}]
        if evidence:
            r["evidence"] = [{"detail": [ref(u) for u in evidence]}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def primary(self, code, onset, **k):
        return self.cond(code, onset, profile=P_PRIMARY, **k)

    def secondary(self, code, onset, primary=None, **k):
        return self.cond(code, onset, profile=P_SECONDARY, primary=primary, **k)

    def stage_link(self, cond_url, obs_url):
        """Condition.stage.assessment -> the stage-group Observation."""
        c = self.byurl[cond_url]
        st = c.setdefault("stage", [{}])
        st[0]["assessment"] = [ref(obs_url)]
        # keep key order stable: stage after recordedDate
        return cond_url

    def obs(self, code, date, value=None, *, cat="laboratory", comps=None, note=None,
            interp=None, method=None, derived=None, focus=None, specimen=None,
            profile=None, status="final"):
        r = {"resourceType": "Observation"}
        if profile:
            r["meta"] = {"profile": [profile]}
        r["status"] = status
        if cat:
            r["category"] = ocat(cat)
        r["code"] = code
        r["subject"] = self.subj
        if focus:
            r["focus"] = [ref(u) for u in focus]
        r.update({"effectiveDateTime": date, "issued": date + "T12:00:00Z"})
        if value:
            r.update(value)
        if interp:
            r["interpretation"] = [interp]
        if method:
            r["method"] = tcc(method)
        if specimen:
            r["specimen"] = ref(specimen)
        if derived:
            r["derivedFrom"] = [ref(u) for u in derived]
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def marker(self, code, date, value, **k):
        """mCODE tumor-marker-test profile."""
        return self.obs(code, date, value, profile=P_TMT, **k)

    def variant(self, date, gene, *, present=True, c=None, p=None, text=None, note=None,
                focus=None, specimen=None, derived=None):
        """mCODE-style genomic variant Observation (69548-6 + components)."""
        comps = [{"code": cc((LN, "48018-6")), "valueCodeableConcept": cc((HGNC, gene))}]
        if c:
            comps.append({"code": cc((LN, "48004-6")),
                          "valueCodeableConcept": cc((HGVS, c), text=c)})
        if p:
            comps.append({"code": cc((LN, "48005-3")),
                          "valueCodeableConcept": cc((HGVS, p), text=p)})
        return self.obs(cc((LN, "69548-6")), date,
                        vcc(PRESENT if present else ABSENT, text=text), comps=comps,
                        note=note, focus=focus, specimen=specimen, derived=derived)

    def specimen(self, text, date, site, *, note=None):
        r = {"resourceType": "Specimen", "status": "available", "type": tcc(text),
             "subject": self.subj,
             "collection": {"collectedDateTime": date, "bodySite": tcc(site)}}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def med(self, kind, med, date, *, status=None, end=None, note=None, reason=None,
            dose=None, intent="order"):
        if kind == "admin":
            r = {"resourceType": "MedicationAdministration", "status": status or "completed",
                 "medicationCodeableConcept": med, "subject": self.subj,
                 "effectiveDateTime": date}
        elif kind == "req":
            r = {"resourceType": "MedicationRequest", "status": status or "active",
                 "intent": intent, "medicationCodeableConcept": med, "subject": self.subj,
                 "authoredOn": date}
        else:
            r = {"resourceType": "MedicationStatement", "status": status or "completed",
                 "medicationCodeableConcept": med, "subject": self.subj,
                 "effectivePeriod": {"start": date, **({"end": end} if end else {})},
                 "dateAsserted": end or date}
        if reason:
            r["reasonReference"] = [ref(reason)]
        if dose:
            if kind == "admin":
                r["dosage"] = {"text": dose}
            elif kind == "req":
                r["dosageInstruction"] = [{"text": dose}]
            else:
                r["dosage"] = [{"text": dose}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def admins(self, meds, dates, reason=None):
        for d in dates:
            for m in meds:
                self.med("admin", m, d, reason=reason)

    def proc(self, code, date, *, status="completed", note=None, reason=None):
        r = {"resourceType": "Procedure", "status": status, "code": code,
             "subject": self.subj, "performedDateTime": date}
        if reason:
            r["reasonReference"] = [ref(reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def sreq(self, code, date, *, status="active", note=None, reason=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": "order",
             "code": code, "subject": self.subj, "authoredOn": date}
        if reason:
            r["reasonReference"] = [ref(reason)]
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

    def report(self, code, date, conclusion, *, cat="PAT", results=None, specimen=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc((TH + "v2-0074", cat))], "code": code,
             "subject": self.subj, "effectiveDateTime": date,
             "issued": date + "T15:00:00Z"}
        if specimen:
            r["specimen"] = [ref(specimen)]
        if results:
            r["result"] = [ref(u) for u in results]
        r["conclusion"] = conclusion
        return self.add(r)

    # common shortcuts --------------------------------------------------
    def ecog(self, date, score):
        return self.obs(cc((LN, "89247-1")), date, {"valueInteger": score}, cat="survey")

    def stage(self, date, text, *, code=None, loinc="21908-9", focus=None, link=True):
        """Stage-group Observation; code = verified SNOMED/AJCC stage coding or None
        (text only). With focus and link, the focused Condition's stage.assessment
        points back at it."""
        val = vcc(code, text=text) if code else vcc(text=text)
        u = self.obs(cc((LN, loinc)) if loinc else tcc("Cancer stage"), date, val,
                     cat="survey", focus=focus, profile=P_STAGE if (loinc and code) else None)
        if focus and link:
            self.stage_link(focus[0], u)
        return u

    def progression(self, date, note=None, focus=None):
        return self.obs(cc((LN, "97509-4")), date, vcc((SCT, "271299001")), cat="survey",
                        note=note, focus=focus)

    def psa(self, date, v, focus=None):
        return self.obs(cc((LN, "2857-1")), date, qty(v, "ng/mL", "ng/mL"), focus=focus)

    def cea(self, date, v):
        return self.obs(cc((LN, "2039-6")), date, qty(v, "ng/mL", "ng/mL"))

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
JUDGEMENT = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


def judge(cid, text):
    JUDGEMENT.append((cid, text))


S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"

# ================================================================ BREAST
# b01 ribociclib + letrozole first line; lung-cancer survivor, lung nodule = breast met
c = case(1, "breast", "2026-03-10", svc(RX, "1873916"), S, None,
         "Ribociclib (Kisqali) with letrozole as initial endocrine-based therapy for newly "
         "diagnosed HR-positive, HER2-negative (IHC 1+) metastatic breast cancer in a woman "
         "who had a stage IA lung adenocarcinoma resected in 2019; the new lung nodule was "
         "biopsied and is breast carcinoma (GATA3+, TTF-1-), not a lung recurrence.",
         "Kisqali label 1 (Indications and Usage, 2025): in combination with an aromatase "
         "inhibitor for HR-positive, HER2-negative advanced or metastatic breast cancer as "
         "initial endocrine-based therapy (MONALEESA-2/-7). Applied to the breast cancer: ER+ "
         "PR+, HER2 1+ (negative) on the lung-nodule biopsy that pathology assigns to the breast "
         "primary, bone and lung metastases, stage IV, no prior endocrine therapy, letrozole "
         "ordered. The 2019 lung cancer (stage IA, resected, no systemic therapy) is a separate, "
         "resolved primary and does not change the breast facts: supported.",
         "HR+/HER2- metastatic breast, first line with AI; lung nodule proven breast (GATA3+)",
         "female", "1952-02-11", ("Lindahl", "Margit"))
lung = c.primary(cc((ICD, "C34.11"), text="Adenocarcinoma of right upper lobe"), "2019-05-02",
                 clinical="resolved", abated="2019-06-20",
                 note="Lobectomy 2019-06-12, pT1b pN0, no adjuvant therapy; surveillance NED.")
c.proc(cc((CPT, "32663")), "2019-06-12", reason=lung)
c.stage("2019-06-20", "pT1b pN0 M0 - stage IA2", loinc="21902-2", focus=[lung])
br = c.primary(cc((ICD, "C50.411")), "2026-01-20", body=cc((SCT, "73056007")),
               note="Invasive ductal carcinoma, right breast, 2.8 cm; new primary 2026.")
spec = c.specimen("CT-guided core biopsy", "2026-02-03", "Right lower lobe lung nodule")
er = c.marker(cc((LN, "16112-5")), "2026-02-06", vcc(POS, text="Positive, 90% strong"),
              focus=[br], specimen=spec)
pr = c.marker(cc((LN, "16113-3")), "2026-02-06", vcc(POS, text="Positive, 30%"),
              focus=[br], specimen=spec)
h2 = c.marker(cc((LN, "85319-2")), "2026-02-06", vcc(NEG, text="1+ (HER2-negative, HER2-low)"),
              focus=[br], specimen=spec)
c.report(tcc("Surgical pathology - lung nodule core biopsy"), "2026-02-06",
         "Right lower lobe nodule: metastatic carcinoma consistent with breast primary. GATA3 "
         "positive, TTF-1 negative, napsin A negative. ER 90%, PR 30%, HER2 1+. Not a recurrence "
         "of the 2019 lung adenocarcinoma.", specimen=spec, results=[er, pr, h2])
c.secondary(cc((ICD, "C78.01")), "2026-02-06", primary=br)
c.secondary(cc((SCT, "94222008")), "2026-02-10", primary=br,
            note="Bone scan: T8, L2 and right iliac lesions.")
c.cond(cc((ICD, "C50.411")), "2026-02-10", cat="encounter-diagnosis",
       stage=cc(ST_IV, text="Stage IV"))
c.stage("2026-02-10", "cT2 cN1 cM1 (lung, bone) - stage IV", code=ST_IV, focus=[br])
c.postmeno("2026-01-20")
c.med("req", rx("72965", "letrozole 2.5 mg daily"), "2026-02-20", reason=br)
c.ecog("2026-02-24", 1)
c.med("req", rx("1873916", "Kisqali 600 mg d1-21 q28d with letrozole"), "2026-03-02",
      status="draft", intent="proposal", reason=br)

# b02 Phesgo neoadjuvant: contralateral HER2+ primary, old left ER+/HER2- primary
c = case(2, "breast", "2026-04-14", svc(HCPCS, "J9316"), S, None,
         "Pertuzumab/trastuzumab/hyaluronidase (Phesgo), neoadjuvant with docetaxel and "
         "carboplatin, for a new right-breast HER2-positive (IHC 3+), ER/PR-negative cT2 cN1 "
         "cancer in a woman whose 2014 left-breast cancer was ER-positive, HER2 1+ and treated "
         "with tamoxifen.",
         "Phesgo label 1.1: with chemotherapy as neoadjuvant treatment of HER2-positive, locally "
         "advanced, inflammatory or early-stage breast cancer (>2 cm or node positive) "
         "(FeDeriCa; NeoSphere/TRYPHAENA for pertuzumab). The receptors that count are those of "
         "the new right primary (HER2 3+, ER-/PR-, focus on the right-breast Condition), cT2 "
         "cN1 stage IIB; the 2014 left cancer's ER+/HER2 1+ results belong to the other "
         "primary: supported.",
         "contralateral new primary HER2 3+ cT2N1; old left HER2 1+ not applicable",
         "female", "1958-08-19", ("Fairweather", "Gillian"))
old = c.primary(cc((ICD, "C50.912")), "2014-03-10", body=cc((SCT, "80248007")),
                clinical="resolved", abated="2019-04-30",
                stage=tcc("Stage IA (pT1c pN0), lumpectomy + RT 2014"))
c.marker(cc((LN, "16112-5")), "2014-03-14", vcc(POS, text="ER 95%"), focus=[old])
c.marker(cc((LN, "16113-3")), "2014-03-14", vcc(POS, text="PR 60%"), focus=[old])
c.marker(cc((LN, "85319-2")), "2014-03-14", vcc(NEG, text="1+"), focus=[old])
c.med("stmt", rx("10324", "tamoxifen 20 mg daily"), "2014-05-01", end="2019-04-30",
      reason=old)
new = c.primary(cc((ICD, "C50.411")), "2026-03-02", body=cc((SCT, "73056007")),
                note="New right-breast primary (different receptor profile from 2014 left "
                     "cancer); 3.1 cm mass, biopsy-proven axillary node.")
c.marker(cc((LN, "85319-2")), "2026-03-06", vcc(POS, text="3+ complete circumferential"),
         focus=[new])
c.marker(cc((LN, "16112-5")), "2026-03-06", vcc(NEG, text="<1%"), focus=[new])
c.marker(cc((LN, "16113-3")), "2026-03-06", vcc(NEG, text="0%"), focus=[new])
c.stage("2026-03-16", "cT2 cN1 cM0 - clinical stage IIB", code=ST_IIB, focus=[new])
c.doc("Breast tumor board 2026-03-25: new right breast cancer, HER2-positive, ER/PR "
      "negative, cT2N1 (clinical stage IIB). Prior left breast cancer 2014 (ER+, HER2-"
      "negative), tamoxifen completed 2019, NED. Plan neoadjuvant docetaxel + carboplatin + "
      "Phesgo q3w x6, then surgery.", "2026-03-25", kind="11488-4")
c.med("req", cc(text="docetaxel 75 mg/m2 + carboplatin AUC 6 q3w x6"), "2026-04-06",
      reason=new)
c.med("req", hc("J9316", "Phesgo 1200/600 mg SC loading, then 600/600 mg SC q3w"),
      "2026-04-06", status="draft", intent="proposal", reason=new)

# b03 olaparib, male breast cancer, germline BRCA2 found for prostate cancer
c = case(3, "breast", "2026-05-20", svc(RX, "1597582"), S, None,
         "Olaparib (Lynparza) for HR-positive, HER2-negative metastatic male breast cancer "
         "after adjuvant docetaxel/cyclophosphamide and tamoxifen, in a man whose germline "
         "BRCA2 pathogenic variant was found at his 2021 prostate cancer work-up; the bone "
         "metastasis was proven breast (GATA3+, NKX3.1-, PSA-).",
         "Lynparza label 1 (breast, OlympiAD): deleterious or suspected deleterious germline "
         "BRCA-mutated, HER2-negative metastatic breast cancer previously treated with "
         "chemotherapy in the neoadjuvant, adjuvant or metastatic setting; HR-positive patients "
         "treated with prior endocrine therapy. A germline variant belongs to the patient, so "
         "the BRCA2 result from the prostate work-up applies to the breast cancer. HER2 0 and "
         "ER+ are on the breast primary and bone biopsy; adjuvant TC and tamoxifen are "
         "documented for the breast Condition; the bone metastasis is assigned to breast by "
         "pathology and PSA is undetectable: supported.",
         "gBRCA2 (germline, from prostate work-up), HER2- metastatic male breast after chemo + ET",
         "male", "1955-09-03", ("Halvorsen", "Erik"))
pro = c.primary(cc((ICD, "C61")), "2021-02-15", clinical="remission",
                note="Gleason 4+3, cT2b N0 M0; IMRT + 6 months leuprolide 2021; PSA undetectable.")
c.admins([hc("J9217")], ["2021-03-01", "2021-06-01"], reason=pro)
c.proc(cc((CPT, "81162")), "2021-02-25", reason=pro)
g = c.variant("2021-03-10", "HGNC:1101", c="NM_000059.4:c.5946del",
              p="NP_000050.3:p.(Ser1982ArgfsTer22)",
              text="BRCA2 pathogenic variant, germline (heterozygous)",
              note="Germline blood sample; confers risk for prostate, male breast and pancreatic cancer.")
c.report(cc((LN, "51969-4")), "2021-03-10",
         "Germline multigene panel: BRCA2 c.5946del p.(Ser1982ArgfsTer22), pathogenic, "
         "heterozygous.", cat="GE", results=[g])
br = c.primary(cc((ICD, "C50.121")), "2023-06-05", body=cc((SCT, "73056007")),
               note="Invasive ductal carcinoma, right male breast, retroareolar.")
c.marker(cc((LN, "16112-5")), "2023-06-08", vcc(POS, text="ER 95%"), focus=[br])
c.marker(cc((LN, "16113-3")), "2023-06-08", vcc(POS, text="PR 70%"), focus=[br])
c.marker(cc((LN, "85319-2")), "2023-06-08", vcc(NEG, text="0"), focus=[br])
c.proc(cc((CPT, "19303")), "2023-07-10", reason=br)
c.stage("2023-07-18", "pT2 pN1a M0 - stage IIB", code=ST_IIB, loinc="21902-2", focus=[br])
c.admins([hc("J9171"), rx("3002")], ["2023-08-14", "2023-09-04", "2023-09-25", "2023-10-16"],
         reason=br)
c.med("stmt", rx("10324", "tamoxifen 20 mg daily"), "2023-11-01", end="2026-03-15", reason=br)
spec = c.specimen("CT-guided core biopsy", "2026-03-24", "T10 vertebral body")
bh2 = c.marker(cc((LN, "85319-2")), "2026-03-27", vcc(NEG, text="0"), focus=[br], specimen=spec)
c.report(tcc("Surgical pathology - bone biopsy"), "2026-03-27",
         "T10: metastatic carcinoma, GATA3 positive, ER 95%, HER2 0, NKX3.1 negative, PSA "
         "negative: consistent with the breast primary, not prostate.", specimen=spec,
         results=[bh2])
c.secondary(cc((SCT, "94222008")), "2026-03-27", primary=br)
c.psa("2026-03-20", 0.04, focus=[pro])
c.progression("2026-03-27", note="Bone progression of breast cancer on tamoxifen.", focus=[br])
c.ecog("2026-04-30", 1)
c.med("req", rx("1597582", "Lynparza 300 mg BID"), "2026-05-12", status="draft",
      intent="proposal", reason=br)

# b04 sacituzumab govitecan: mTNBC after >=2 breast therapies; colon history, liver met = breast
c = case(4, "breast", "2026-06-18", svc(HCPCS, "J9317"), S, None,
         "Sacituzumab govitecan (Trodelvy) for metastatic triple-negative breast cancer after "
         "neoadjuvant KEYNOTE-522 therapy and two lines for metastatic disease, in a woman "
         "with a resected stage IIA sigmoid cancer (2016); the liver metastasis is breast "
         "(GATA3+, CDX2-).",
         "Trodelvy label 1.1: unresectable locally advanced or metastatic TNBC after two or "
         "more prior systemic therapies, at least one of them for metastatic disease (ASCENT). "
         "Breast-directed therapy: neoadjuvant pembrolizumab/carboplatin/paclitaxel then AC, "
         "first-line metastatic gemcitabine/carboplatin and second-line capecitabine, each "
         "linked to the breast Condition; the liver lesion is assigned to breast by pathology. "
         "The colon cancer had surgery only: supported.",
         "mTNBC after 2 metastatic lines (plus neoadjuvant); liver met proven breast",
         "female", "1960-12-02", ("Okonkwo", "Adaeze"))
col = c.primary(cc((ICD, "C18.7")), "2016-09-01", clinical="resolved", abated="2016-09-20",
                stage=tcc("Stage IIA (pT3 pN0), resection only"))
c.proc(cc((CPT, "44204")), "2016-09-20", reason=col)
br = c.primary(cc((SCT, "254837009"), text="Triple-negative invasive ductal carcinoma, left breast"),
               "2023-04-10", body=cc((SCT, "80248007")))
for code, v in (("16112-5", vcc(NEG, text="0%")), ("16113-3", vcc(NEG, text="0%")),
                ("85319-2", vcc(NEG, text="0"))):
    c.marker(cc((LN, code)), "2023-04-13", v, focus=[br])
c.admins([hc("J9271"), hc("J9045"), hc("J9267")], ["2023-05-01", "2023-05-22", "2023-06-12"],
         reason=br)
c.admins([hc("J9000"), rx("3002")], ["2023-08-07", "2023-08-28", "2023-09-18"], reason=br)
c.proc(cc((CPT, "19303")), "2023-11-06", reason=br)
spec = c.specimen("Percutaneous core biopsy", "2025-02-12", "Liver segment VI")
c.report(tcc("Surgical pathology - liver biopsy"), "2025-02-14",
         "Metastatic carcinoma: GATA3 positive, SOX10 positive, CK7 positive, CK20 negative, "
         "CDX2 negative. ER 0%, PR 0%, HER2 0. Consistent with the breast primary (triple "
         "negative); not colorectal.", specimen=spec)
c.secondary(cc((SCT, "94381002")), "2025-02-14", primary=br)
c.obs(cc((LN, "85147-7")), "2025-02-14", vstr("CPS 4"), focus=[br], specimen=spec)
c.admins([hc("J9201"), hc("J9045")], ["2025-03-03", "2025-03-24", "2025-04-14", "2025-05-05"],
         reason=br)
c.progression("2025-09-02", focus=[br])
c.med("stmt", rx("194000", "capecitabine 1000 mg/m2 BID d1-14"), "2025-09-20",
      end="2026-05-30", reason=br)
c.progression("2026-06-01", note="New liver lesions on capecitabine.", focus=[br])
c.ecog("2026-06-08", 1)
c.med("req", hc("J9317", "Trodelvy 10 mg/kg d1,8 q21d"), "2026-06-10", status="draft",
      intent="proposal", reason=br)

# b05 T-DXd HER2+ second line; stage I colon cancer; liver met proven breast
c = case(5, "breast", "2026-07-08", svc(HCPCS, "J9358"), S, None,
         "Fam-trastuzumab deruxtecan (Enhertu) for HER2-positive (IHC 3+) metastatic breast "
         "cancer progressing on first-line trastuzumab/pertuzumab/docetaxel, in a woman with a "
         "stage I ascending-colon cancer resected months earlier; the liver lesions were "
         "biopsied and are breast (GATA3+, CDX2-, HER2 3+).",
         "Enhertu label 1.1: unresectable or metastatic HER2-positive (IHC 3+ or ISH positive) "
         "breast cancer after a prior anti-HER2-based regimen in the metastatic setting "
         "(DESTINY-Breast03). HER2 3+ on the breast primary and on the liver biopsy that "
         "pathology assigns to breast, THP for metastatic breast disease and progression are "
         "documented; the colon cancer is stage I, resected, in remission: supported.",
         "HER2 3+ metastatic breast after THP; liver mets proven breast, not colon",
         "female", "1963-04-22", ("Vasquez", "Marisol"))
col = c.primary(cc((ICD, "C18.2")), "2024-02-05", clinical="remission",
                stage=tcc("Stage I (pT2 pN0), right hemicolectomy, no chemotherapy"))
c.proc(cc((CPT, "44160")), "2024-03-01", reason=col)
br = c.primary(cc((ICD, "C50.911")), "2024-10-15", body=cc((SCT, "73056007")))
c.marker(cc((LN, "85319-2")), "2024-10-18", vcc(POS, text="3+"), focus=[br])
c.marker(cc((LN, "16112-5")), "2024-10-18", vcc(NEG, text="<1%"), focus=[br])
spec = c.specimen("Percutaneous core biopsy", "2024-10-28", "Liver segment VII")
lh2 = c.marker(cc((LN, "85319-2")), "2024-10-30", vcc(POS, text="3+"), focus=[br],
               specimen=spec)
c.report(tcc("Surgical pathology - liver biopsy"), "2024-10-30",
         "Metastatic adenocarcinoma: GATA3 positive, CK7 positive, CK20 negative, CDX2 "
         "negative, HER2 3+. Consistent with the breast primary, not the colonic primary.",
         specimen=spec, results=[lh2])
c.secondary(cc((ICD, "C78.7")), "2024-10-30", primary=br)
c.stage("2024-11-01", "Stage IV (M1 hepatic)", code=ST_IV, focus=[br])
c.admins([hc("J9355"), hc("J9306"), hc("J9171")],
         ["2024-11-11", "2024-12-02", "2024-12-23", "2025-01-13", "2025-02-03", "2025-02-24"],
         reason=br)
c.admins([hc("J9355"), hc("J9306")], ["2025-09-01", "2026-01-05", "2026-05-04"], reason=br)
c.progression("2026-06-10", note="Enlarging liver metastases on HP maintenance.", focus=[br])
c.ecog("2026-06-22", 1)
c.med("req", hc("J9358", "Enhertu 5.4 mg/kg q3w"), "2026-06-30", status="draft",
      intent="proposal", reason=br)

# b06 abemaciclib adjuvant, node-positive; prior rectal cancer with FOLFOX
c = case(6, "breast", "2026-08-20", svc(RX, "1946825"), S, None,
         "Abemaciclib (Verzenio) with anastrozole as adjuvant therapy for HR-positive, "
         "HER2-negative left-breast cancer with 5 of 17 axillary nodes positive (pT2 pN2a, stage "
         "IIIA), in a woman treated for stage III rectal cancer with FOLFOX in 2017.",
         "Verzenio label 1: with endocrine therapy (tamoxifen or an aromatase inhibitor) for "
         "adjuvant treatment of HR-positive, HER2-negative, node-positive early breast cancer "
         "at high risk of recurrence (monarchE cohort 1: >= 4 positive nodes). Breast ER+/PR+, "
         "HER2 1+, 5 positive nodes, stage IIIA and anastrozole are documented for the breast "
         "Condition; the rectal cancer (resolved 2018) is irrelevant to the gates: supported.",
         "HR+/HER2- pN2a (5 nodes) adjuvant with AI; old rectal cancer irrelevant",
         "female", "1957-01-30", ("Mbeki", "Thandiwe"))
rec = c.primary(cc((ICD, "C20")), "2017-03-01", clinical="resolved", abated="2018-02-15",
                stage=tcc("Stage IIIB (ypT3 N1b)"))
c.admins([hc("J9263"), hc("J9190")], ["2017-06-05", "2017-06-19", "2017-07-03", "2017-07-17"],
         reason=rec)
br = c.primary(cc((ICD, "C50.412")), "2026-04-02", body=cc((SCT, "80248007")))
c.marker(cc((LN, "16112-5")), "2026-04-06", vcc(POS, text="ER 95%"), focus=[br])
c.marker(cc((LN, "16113-3")), "2026-04-06", vcc(POS, text="PR 40%"), focus=[br])
c.marker(cc((LN, "85319-2")), "2026-04-06", vcc(NEG, text="1+"), focus=[br])
c.proc(cc((CPT, "19307")), "2026-05-12", reason=br)
c.obs(cc((LN, "21893-3")), "2026-05-18", qty(5, "{#}", "{#}"), focus=[br])
c.obs(cc((LN, "21894-1")), "2026-05-18", qty(17, "{#}", "{#}"), focus=[br])
c.stage("2026-05-18", "pT2 pN2a M0 - stage IIIA", code=ST_IIIA, loinc="21902-2", focus=[br])
c.postmeno("2026-04-02")
c.med("req", rx("84857", "anastrozole 1 mg daily"), "2026-07-20", reason=br)
c.med("req", rx("1946825", "Verzenio 150 mg BID x 2 years with anastrozole"), "2026-08-12",
      status="draft", intent="proposal", reason=br)

# b07 trastuzumab adjuvant: breast HER2 not resulted; HER2 3+/ERBB2 amp belongs to colon cancer
c = case(7, "breast", "2026-09-15", svc(HCPCS, "J9355"), ND, ["her2"],
         "Trastuzumab (Herceptin) requested with paclitaxel as adjuvant therapy for a new "
         "ER/PR-negative right breast cancer; the only HER2 results in the chart (IHC 3+, ERBB2 "
         "amplification) are from the patient's 2023 sigmoid colon cancer; the breast HER2 test "
         "is still pending.",
         "Herceptin label 1.1: adjuvant treatment of HER2-overexpressing breast cancer; "
         "selection by an FDA-approved test of the breast tumor (section 2.1). The colon "
         "tumor's HER2 3+/ERBB2 amplification (focus on the colon Condition) says nothing about "
         "the new breast primary, whose HER2 test is ordered but not resulted: "
         "needs-documentation (her2).",
         "breast HER2 pending; HER2 3+ in chart belongs to the colon cancer",
         "female", "1954-06-14", ("Delacroix", "Odile"))
col = c.primary(cc((ICD, "C18.7")), "2023-05-10", clinical="remission",
                stage=cc((AJCC, "3A"), text="Stage IIIA (pT2 pN1a)"))
c.proc(cc((CPT, "44204")), "2023-05-30", reason=col)
cspec = c.specimen("Colectomy specimen", "2023-05-30", "Sigmoid colon")
c.obs(tcc("HER2 IHC (colorectal, HERACLES criteria)"), "2023-06-12",
      vstr("3+ in 70% of tumor cells"), focus=[col], specimen=cspec)
c.variant("2023-06-20", "HGNC:3430", text="ERBB2 amplification (copy number 14)",
          focus=[col], specimen=cspec)
c.variant("2023-06-20", "HGNC:6407", present=False, focus=[col], specimen=cspec)
c.admins([hc("J9263")], ["2023-07-10", "2023-07-31", "2023-08-21", "2023-09-11"], reason=col)
c.med("stmt", rx("194000", "capecitabine (CAPOX)"), "2023-07-10", end="2023-10-01", reason=col)
br = c.primary(cc((ICD, "C50.911")), "2026-07-28", body=cc((SCT, "73056007")),
               note="Invasive ductal carcinoma, grade 3, 1.6 cm; new primary.")
c.marker(cc((LN, "16112-5")), "2026-07-31", vcc(NEG, text="0%"), focus=[br])
c.marker(cc((LN, "16113-3")), "2026-07-31", vcc(NEG, text="0%"), focus=[br])
c.sreq(tcc("HER2 IHC with reflex ISH, breast core biopsy"), "2026-07-31", reason=br,
       note="Sent to reference laboratory; not resulted.")
c.doc("Medical oncology 2026-09-08: right breast IDC, ER/PR negative, lumpectomy 2026-08-20 "
      "pT1c pN0. Breast HER2 result still pending at reference lab. Referring note cites "
      "'HER2-positive' - that was the 2023 colon cancer. Requesting adjuvant paclitaxel + "
      "trastuzumab pending breast HER2.", "2026-09-08")
c.med("req", hc("J9355", "trastuzumab 4 mg/kg then 2 mg/kg weekly with paclitaxel"),
      "2026-09-10", status="draft", intent="proposal", reason=br)

# b08 ribociclib adjuvant: breast stage absent; only stage in chart is the lung's IA1
c = case(8, "breast", "2026-10-05", svc(RX, "1873916"), ND, ["stage"],
         "Ribociclib (Kisqali) requested as adjuvant therapy with anastrozole for HR-positive, "
         "HER2-negative left breast cancer after mastectomy; the only stage in the record is "
         "the patient's 2024 lung adenocarcinoma (stage IA1); the breast nodal/size pathology "
         "addendum is pending.",
         "Kisqali label 1 (adjuvant, NATALEE): with an aromatase inhibitor for HR-positive, "
         "HER2-negative stage II and III early breast cancer at high risk of recurrence. The "
         "stage-group Observation in the chart has focus on the lung Condition and cannot be "
         "read for the breast; no breast tumor size, nodal status or stage group is recorded: "
         "needs-documentation (stage).",
         "breast stage absent; stage IA1 in chart belongs to the lung cancer",
         "female", "1959-11-09", ("Sorensen", "Birgitte"))
lung = c.primary(cc((ICD, "C34.12")), "2024-09-01", clinical="remission")
c.proc(cc((CPT, "32663")), "2024-10-02", reason=lung)
c.stage("2024-10-10", "pT1a pN0 M0 - stage IA1", loinc="21902-2", focus=[lung])
br = c.primary(cc((ICD, "C50.912")), "2026-07-01", body=cc((SCT, "80248007")))
c.marker(cc((LN, "16112-5")), "2026-07-03", vcc(POS, text="ER 85%"), focus=[br])
c.marker(cc((LN, "16113-3")), "2026-07-03", vcc(POS, text="PR 20%"), focus=[br])
c.marker(cc((LN, "85318-4")), "2026-07-08", vcc(NEG, text="Not amplified (ratio 1.1)"),
         focus=[br])
c.proc(cc((CPT, "19303")), "2026-08-10", reason=br)
c.postmeno("2026-07-01")
c.doc("Surgical oncology 2026-09-01: left mastectomy + SLNB 2026-08-10; final pathology "
      "addendum (tumor size re-measurement, sentinel node levels) pending.", "2026-09-01")
c.med("req", rx("84857"), "2026-09-15", reason=br)
c.med("req", rx("1873916", "Kisqali 400 mg d1-21 q28d x 3 years"), "2026-09-28",
      status="draft", intent="proposal", reason=br)

# b09 olaparib adjuvant: germline pending; somatic BRCA2 on colon tumor
c = case(9, "breast", "2026-09-28", svc(RX, "1597582"), ND, ["brca"],
         "Olaparib requested as adjuvant therapy for triple-negative breast cancer with residual "
         "disease after neoadjuvant chemo-immunotherapy; germline BRCA testing is pending and "
         "the only BRCA2 result is a somatic variant (VAF 7%) on the patient's 2022 colon "
         "cancer, tumor-only.",
         "Lynparza label 1 (breast adjuvant, OlympiA): germline BRCA-mutated HER2-negative "
         "high-risk early breast cancer treated with neoadjuvant or adjuvant chemotherapy. The "
         "colon tumor's BRCA2 variant is somatic, low-VAF, of another cancer, and does not "
         "establish a germline variant; germline testing is sent: needs-documentation (brca).",
         "gBRCA pending; somatic BRCA2 in chart is from the colon tumor",
         "female", "1966-03-17", ("Abernethy", "Fiona"))
col = c.primary(cc((ICD, "C18.2")), "2022-01-15", clinical="remission",
                stage=cc((AJCC, "3A"), text="IIIA"))
cspec = c.specimen("Right hemicolectomy specimen", "2022-02-01", "Ascending colon")
b2 = c.variant("2022-02-20", "HGNC:1101", c="NM_000059.4:c.9097del",
               p="NP_000050.3:p.(Thr3033LeufsTer29)",
               text="BRCA2 variant, VAF 7% (tumor-only; germline status not assessed)",
               focus=[col], specimen=cspec)
c.report(cc((LN, "51969-4")), "2022-02-20",
         "Colon tumor comprehensive profiling (tumor-only): BRCA2 c.9097del, VAF 7%, likely "
         "somatic/subclonal; KRAS/NRAS/BRAF wild-type; MSS.", cat="GE", results=[b2],
         specimen=cspec)
c.admins([hc("J9263"), hc("J9190")], ["2022-03-07", "2022-03-21", "2022-04-04"], reason=col)
br = c.primary(cc((ICD, "C50.411")), "2025-11-01", body=cc((SCT, "73056007")))
for code in ("16112-5", "16113-3"):
    c.marker(cc((LN, code)), "2025-11-04", vcc(NEG, text="0%"), focus=[br])
c.marker(cc((LN, "85319-2")), "2025-11-04", vcc(NEG, text="0"), focus=[br])
c.stage("2025-11-10", "cT2 cN1 cM0 - clinical stage IIB", code=ST_IIB, focus=[br])
c.admins([hc("J9271"), hc("J9045"), hc("J9267")], ["2025-11-24", "2025-12-15", "2026-01-05"],
         reason=br)
c.admins([hc("J9000"), rx("3002")], ["2026-02-16", "2026-03-09", "2026-03-30"], reason=br)
c.proc(cc((CPT, "19303")), "2026-05-20", reason=br,
       note="Residual invasive carcinoma ypT1c ypN1a (1/3 nodes).")
c.sreq(cc((CPT, "81162")), "2026-06-10", reason=br, note="Germline BRCA1/2; result pending.")
c.med("req", rx("1597582", "olaparib 300 mg BID x 1 year"), "2026-09-20", status="draft",
      intent="proposal", reason=br)

# b10 sacituzumab: only one breast therapy; FOLFOX was for rectal cancer
c = case(10, "breast", "2026-08-12", svc(HCPCS, "J9317"), RR, None,
         "Sacituzumab govitecan requested second line for de novo metastatic triple-negative "
         "breast cancer after one line (gemcitabine/carboplatin); the record's other systemic "
         "therapy, adjuvant FOLFOX in 2015, was for rectal cancer.",
         "Trodelvy label 1.1: mTNBC after two or more prior systemic therapies, at least one "
         "for metastatic disease (ASCENT: prior therapies for breast cancer). The record "
         "documents a single breast-directed regimen (no neoadjuvant/adjuvant breast therapy, "
         "de novo stage IV); FOLFOX is linked to the rectal Condition and does not count. The "
         "prior-therapy gate is contradicted: refer-to-reviewer.",
         "one prior breast therapy; FOLFOX was for rectal cancer",
         "female", "1956-07-07", ("Rautenberg", "Ilse"))
rec = c.primary(cc((ICD, "C20")), "2015-02-10", clinical="resolved", abated="2015-10-01")
c.admins([hc("J9263"), hc("J9190")], ["2015-04-06", "2015-04-20", "2015-05-04", "2015-05-18"],
         reason=rec)
br = c.primary(cc((ICD, "C50.911")), "2026-01-20", body=cc((SCT, "73056007")),
               stage=cc(ST_IV, text="Stage IV de novo"))
c.secondary(cc((SCT, "94222008")), "2026-01-28", primary=br,
            note="Bone biopsy: GATA3+, ER/PR/HER2 negative - breast origin.")
for code, v in (("16112-5", vcc(NEG)), ("16113-3", vcc(NEG)), ("85319-2", vcc(NEG, text="0"))):
    c.marker(cc((LN, code)), "2026-01-28", v, focus=[br])
c.obs(cc((LN, "85147-7")), "2026-01-28", vstr("CPS 3"), focus=[br])
c.admins([hc("J9201"), hc("J9045")], ["2026-02-09", "2026-03-02", "2026-03-23", "2026-04-13",
                                      "2026-05-04"], reason=br)
c.progression("2026-07-20", focus=[br])
c.doc("Oncology note 2026-07-28: de novo metastatic TNBC; one prior line (gemcitabine/"
      "carboplatin) - no neoadjuvant or adjuvant breast therapy. FOLFOX 2015 was adjuvant for "
      "rectal cancer. Requesting sacituzumab govitecan as second line.", "2026-07-28")
c.med("req", hc("J9317"), "2026-08-04", status="draft", intent="proposal", reason=br)

# b11 Herceptin Hylecta for HER2-low new contralateral primary (old primary was HER2+)
c = case(11, "breast", "2026-05-27", svc(HCPCS, "J9356"), RR, None,
         "Trastuzumab/hyaluronidase (Herceptin Hylecta) requested as adjuvant therapy for a new "
         "right-breast cancer that is HER2 IHC 2+ with ISH not amplified (HER2-low, ER+); the "
         "HER2-positive result in the chart belongs to her 2016 left-breast cancer.",
         "Herceptin Hylecta label 1: HER2-overexpressing breast cancer selected by an "
         "FDA-approved test. The new primary (focus on the right-breast Condition) is HER2-"
         "negative under ASCO/CAP (2+, ratio 1.4, 3.2 signals/cell); the 2016 left-breast HER2 "
         "3+ is another primary. The HER2 gate is contradicted: refer-to-reviewer.",
         "new right primary HER2 2+/ISH-; HER2 3+ was the 2016 left primary",
         "female", "1961-10-25", ("Papadakis", "Eleni"))
old = c.primary(cc((ICD, "C50.912")), "2016-02-08", body=cc((SCT, "80248007")),
                clinical="resolved", abated="2017-03-01")
c.marker(cc((LN, "85319-2")), "2016-02-11", vcc(POS, text="3+"), focus=[old])
c.admins([hc("J9171"), hc("J9045"), hc("J9355")], ["2016-03-07", "2016-03-28", "2016-04-18"],
         reason=old)
new = c.primary(cc((ICD, "C50.411")), "2026-03-30", body=cc((SCT, "73056007")))
c.marker(cc((LN, "16112-5")), "2026-04-02", vcc(POS, text="ER 80%"), focus=[new])
c.marker(cc((LN, "85319-2")), "2026-04-02", vcc(text="2+ (equivocal)"), focus=[new])
c.marker(cc((LN, "85318-4")), "2026-04-06",
         vcc(NEG, text="Not amplified: HER2/CEP17 1.4, 3.2 signals/cell"), focus=[new])
c.marker(cc((LN, "48676-1")), "2026-04-06", vcc(NEG, text="HER2 negative (HER2-low)"),
         focus=[new])
c.proc(cc((CPT, "19303")), "2026-04-28", reason=new)
c.stage("2026-05-05", "pT2 pN1a M0 - stage IIB", code=ST_IIB, loinc="21902-2", focus=[new])
c.doc("Referral 2026-05-12: 'history of HER2-positive breast cancer, please authorize "
      "Herceptin Hylecta'. Review: HER2-positive disease was the 2016 left primary; the 2026 "
      "right primary is HER2 2+ / ISH non-amplified.", "2026-05-12", kind="11488-4")
c.med("req", hc("J9356", "Herceptin Hylecta 600 mg SC q3w"), "2026-05-20", status="draft",
      intent="proposal", reason=new)

# b12 alpelisib: breast PIK3CA wild-type; PIK3CA H1047R belongs to the colon cancer
c = case(12, "breast", "2026-07-30", svc(RX, "2169285"), RR, None,
         "Alpelisib (Piqray) with fulvestrant requested for HR-positive, HER2-negative "
         "metastatic breast cancer after letrozole + palbociclib; tissue NGS of the breast "
         "metastasis shows no PIK3CA variant; the PIK3CA p.H1047R in the chart is from her "
         "2021 colon cancer.",
         "Piqray label 1.1: with fulvestrant for HR-positive, HER2-negative, PIK3CA-mutated "
         "advanced or metastatic breast cancer (FDA-approved test) after progression on an "
         "endocrine-based regimen (SOLAR-1). The breast tumor (bone-metastasis NGS, focus on "
         "the breast Condition) is PIK3CA wild-type; the colon tumor's H1047R belongs to the "
         "other cancer. The PIK3CA gate is contradicted: refer-to-reviewer.",
         "breast tumor PIK3CA wild-type; H1047R is from the colon cancer",
         "female", "1953-03-05", ("Kowalski", "Renata"))
col = c.primary(cc((SCT, "363406005"), text="Adenocarcinoma of sigmoid colon"), "2021-04-12",
                clinical="remission", stage=tcc("Stage IIA (pT3 pN0)"))
cspec = c.specimen("Sigmoid colectomy specimen", "2021-05-03", "Sigmoid colon")
c.variant("2021-05-20", "HGNC:8975", c="NM_006218.4:c.3140A>G", p="NP_006209.2:p.(His1047Arg)",
          focus=[col], specimen=cspec)
br = c.primary(cc((ICD, "C50.911")), "2019-02-01", body=cc((SCT, "73056007")))
c.cond(cc((ICD, "Z17.0")), "2019-02-05")
c.marker(cc((LN, "85319-2")), "2019-02-05", vcc(NEG, text="1+"), focus=[br])
c.secondary(cc((ICD, "C79.51")), "2024-03-01", primary=br)
c.postmeno("2019-02-01")
c.med("stmt", rx("72965"), "2024-03-15", end="2026-05-20", reason=br)
c.med("stmt", rx("1601374"), "2024-03-15", end="2026-05-20", reason=br)
c.progression("2026-05-18", focus=[br])
bspec = c.specimen("CT-guided core biopsy", "2026-06-02", "Left iliac bone lesion")
pk = c.variant("2026-06-19", "HGNC:8975", present=False,
               text="PIK3CA: no pathogenic variant detected (exons 1-21)", focus=[br],
               specimen=bspec)
c.report(cc((LN, "51969-4")), "2026-06-19",
         "Breast cancer bone metastasis (ER+, GATA3+), tissue NGS: PIK3CA not detected; ESR1 "
         "not detected; AKT1/PTEN wild-type.", cat="GE", results=[pk], specimen=bspec)
c.med("req", hc("J9395", "fulvestrant 500 mg"), "2026-07-20", status="draft", intent="proposal",
      reason=br)
c.med("req", rx("2169285", "Piqray 300 mg daily"), "2026-07-20", status="draft",
      intent="proposal", reason=br)


# ================================================================ NSCLC
# n01 osimertinib first line; prostate cancer on ADT; bone met proven lung
c = case(1, "nsclc", "2026-04-22", svc(RX, "1721560"), S, None,
         "Osimertinib (Tagrisso) first line for metastatic lung adenocarcinoma with EGFR "
         "L858R, in a man on leuprolide for prostate cancer; the vertebral lesion was biopsied "
         "and is lung adenocarcinoma (TTF-1+, napsin A+, NKX3.1-, PSA-).",
         "Tagrisso label 1: first-line treatment of metastatic NSCLC whose tumors have EGFR exon "
         "19 deletions or exon 21 L858R mutations (FLAURA). The EGFR variant was found on the "
         "bone biopsy that pathology assigns to the lung primary (focus lung Condition); the "
         "lung stage is IVB; no prior lung therapy. The prostate cancer is localized and on ADT "
         "with PSA 0.08, so the bone lesion is not read as prostate: supported.",
         "EGFR L858R metastatic NSCLC; bone met proven lung, prostate on ADT",
         "male", "1950-07-19", ("Brandt", "Wolfgang"))
pro = c.primary(cc((ICD, "C61")), "2022-06-01",
                stage=tcc("cT3a cN0 cM0, Gleason 4+4 - high-risk localized"))
c.admins([hc("J9217")], ["2025-10-06", "2026-01-05", "2026-04-06"], reason=pro)
c.psa("2026-02-02", 0.08, focus=[pro])
lung = c.primary(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2026-02-25")
bspec = c.specimen("CT-guided core biopsy", "2026-03-04", "L2 vertebral body")
c.report(tcc("Surgical pathology - bone biopsy"), "2026-03-06",
         "L2: metastatic adenocarcinoma, TTF-1 positive, napsin A positive, NKX3.1 negative, "
         "PSA negative. Lung primary; not prostatic.", specimen=bspec)
c.secondary(cc((SCT, "94222008")), "2026-03-06", primary=lung)
c.variant("2026-03-18", "HGNC:3236", c="NM_005228.5:c.2573T>G", p="NP_005219.2:p.(Leu858Arg)",
          text="EGFR L858R detected", focus=[lung], specimen=bspec)
c.stage("2026-03-20", "cT2a cN2 cM1c - stage IVB", code=ST_IV, focus=[lung])
c.ecog("2026-04-02", 1)
c.med("req", rx("1721560", "Tagrisso 80 mg daily"), "2026-04-14", status="draft",
      intent="proposal", reason=lung)

# n02 atezolizumab adjuvant; prostatectomy history; lung nodule proven lung primary
c = case(2, "nsclc", "2026-06-30", svc(HCPCS, "J9022"), S, None,
         "Atezolizumab (Tecentriq) adjuvant after lobectomy and cisplatin/pemetrexed for stage "
         "IIB lung adenocarcinoma, PD-L1 SP263 TC 30%, in a man with prostate cancer treated by "
         "prostatectomy in 2018 (PSA undetectable); the lung nodule was proven primary lung "
         "(TTF-1+, NKX3.1-).",
         "Tecentriq label 1 (NSCLC): adjuvant treatment following resection and platinum-based "
         "chemotherapy for stage II to IIIA NSCLC whose tumors have PD-L1 expression on >= 1% of "
         "tumor cells (IMpower010). Lung: pT2b pN1 stage IIB, lobectomy, four cycles of "
         "cisplatin/pemetrexed linked to the lung Condition, PD-L1 TC 30% (SP263) on the lung "
         "specimen: supported.",
         "resected stage IIB, adjuvant platinum done, PD-L1 TC 30%",
         "male", "1953-01-08", ("Moreno", "Alejandro"))
pro = c.primary(cc((ICD, "C61")), "2018-03-12", clinical="remission")
c.proc(cc((CPT, "55866")), "2018-05-02", reason=pro)
c.psa("2025-09-01", 0.02, focus=[pro])
lung = c.primary(cc((ICD, "C34.12"), (SCT, "254637007")), "2025-09-15")
c.report(tcc("Surgical pathology - CT-guided lung biopsy"), "2025-09-18",
         "Left upper lobe nodule: adenocarcinoma, TTF-1 positive, napsin A positive, NKX3.1 "
         "negative, PSA negative. Primary lung adenocarcinoma; not metastatic prostate cancer.")
c.proc(cc((CPT, "32663")), "2025-10-20", reason=lung)
lspec = c.specimen("Lobectomy specimen", "2025-10-20", "Left upper lobe")
c.stage("2025-10-28", "pT2b pN1 M0 - stage IIB", code=ST_IIB, loinc="21902-2", focus=[lung])
c.obs(tcc("PD-L1 (SP263) tumor cell staining"), "2025-10-30", vstr("TC 30%"), focus=[lung],
      specimen=lspec)
c.obs(tcc("EGFR mutation analysis"), "2025-10-30", vstr("Not detected"), focus=[lung])
c.obs(tcc("ALK (D5F3) IHC"), "2025-10-30", vstr("Negative"), focus=[lung])
c.admins([hc("J9060"), hc("J9305")], ["2025-12-01", "2025-12-22", "2026-01-12", "2026-02-02"],
         reason=lung)
c.report(cc((LN, "18748-4")), "2026-05-20", "CT chest: post-lobectomy change, no recurrence.",
         cat="RAD")
c.med("req", hc("J9022", "atezolizumab 1200 mg q3w x 1 year"), "2026-06-22", status="draft",
      intent="proposal", reason=lung)

# n03 nivolumab after platinum; lung nodules first presumed colon mets, proven lung
c = case(3, "nsclc", "2026-09-09", svc(HCPCS, "J9299"), S, None,
         "Nivolumab (Opdivo) for metastatic lung adenocarcinoma progressing after "
         "carboplatin/pemetrexed, in a woman treated with adjuvant FOLFOX for stage III sigmoid "
         "cancer in 2020; the lung nodules, first presumed colorectal metastases, were "
         "biopsied and are primary lung adenocarcinoma (TTF-1+, CDX2-).",
         "Opdivo label 1 (NSCLC): metastatic NSCLC with progression on or after platinum-based "
         "chemotherapy (CheckMate 017/057; EGFR/ALK-aberrant tumors first on targeted therapy). "
         "Platinum chemotherapy for the lung cancer (carboplatin/pemetrexed linked to the lung "
         "Condition), progression, EGFR/ALK/ROS1 negative and stage IVA are documented: "
         "supported. (The 2020 oxaliplatin was for the colon cancer and is not needed.)",
         "metastatic NSCLC after platinum for lung; nodules proven lung not colon",
         "female", "1958-05-27", ("Fitzpatrick", "Siobhan"))
col = c.primary(cc((ICD, "C18.7")), "2020-01-20", clinical="remission",
                stage=cc((AJCC, "3A"), text="IIIA"))
c.admins([hc("J9263"), hc("J9190")], ["2020-03-02", "2020-03-16", "2020-03-30", "2020-04-13"],
         reason=col)
c.cea("2025-10-01", 2.4)
lung = c.primary(cc((ICD, "C34.90"), (SCT, "254637007"), text="Adenocarcinoma of lung"),
                 "2025-11-12", stage=cc((AJCC, "4A"), text="Stage IVA (M1a: contralateral nodules, effusion)"))
c.report(tcc("Surgical pathology - lung nodule biopsy"), "2025-11-12",
         "Bilateral nodules, clinically presumed colorectal metastases. Core biopsy: "
         "adenocarcinoma, TTF-1 positive, napsin A positive, CK7 positive, CK20 negative, CDX2 "
         "negative. Primary lung adenocarcinoma, not metastatic colorectal carcinoma.")
c.report(cc((LN, "51969-4")), "2025-11-25", "Lung tumor NGS: no EGFR, ALK, ROS1, RET, BRAF, "
         "MET or KRAS G12C alteration.", cat="GE")
c.obs(cc((LN, "85147-7")), "2025-11-25", qty(0, "%", "%"), focus=[lung], note="TPS <1%")
c.admins([hc("J9045"), hc("J9305")], ["2025-12-08", "2025-12-29", "2026-01-19", "2026-02-09"],
         reason=lung)
c.admins([hc("J9305")], ["2026-03-02", "2026-03-23", "2026-04-13", "2026-05-04"], reason=lung)
c.progression("2026-08-18", note="New pleural-based lesions on pemetrexed maintenance.",
              focus=[lung])
c.ecog("2026-08-25", 1)
c.med("req", hc("J9299", "nivolumab 240 mg q2w"), "2026-09-01", status="draft",
      intent="proposal", reason=lung)

# n04 alectinib ALK+; history of breast cancer coded Z85.3; effusion cytology lung (GATA3-)
c = case(4, "nsclc", "2026-03-18", svc(RX, "1727455"), S, None,
         "Alectinib (Alecensa) first line for ALK-positive metastatic lung adenocarcinoma "
         "(malignant pleural effusion), in a woman with a history of stage I breast cancer "
         "(2010, coded only as personal history Z85.3); effusion cytology TTF-1+, GATA3-.",
         "Alecensa label 1: ALK-positive metastatic NSCLC as detected by an FDA-approved test "
         "(ALEX). ALK (D5F3) IHC positive on the pleural-fluid cell block of the lung primary, "
         "stage IVA (M1a): supported. The remote breast cancer is history only.",
         "ALK+ metastatic NSCLC; effusion cytology lung (GATA3-), breast history only",
         "female", "1962-12-12", ("Nakagawa", "Yumiko"))
c.cond(cc((ICD, "Z85.3")), "2010-04-01",
       note="Left breast cancer stage I 2010: lumpectomy, RT, tamoxifen x5 years; NED.")
lung = c.primary(cc((ICD, "C34.11")), "2026-02-02")
fspec = c.specimen("Pleural fluid cell block", "2026-02-05", "Right pleural space")
c.report(tcc("Cytopathology - pleural fluid"), "2026-02-09",
         "Malignant effusion: adenocarcinoma, TTF-1 positive, napsin A positive, GATA3 "
         "negative, mammaglobin negative. Lung primary; no evidence of metastatic breast "
         "carcinoma.", specimen=fspec)
c.obs(tcc("ALK (D5F3) IHC"), "2026-02-12", vcc(POS, text="Positive (strong granular)"),
      focus=[lung], specimen=fspec)
c.variant("2026-02-12", "HGNC:3236", present=False, focus=[lung], specimen=fspec)
c.stage("2026-02-14", "cT2a cN2 cM1a - stage IVA", code=(AJCC, "4A"), focus=[lung])
c.ecog("2026-03-02", 1)
c.med("req", rx("1727455", "Alecensa 600 mg BID"), "2026-03-10", status="draft",
      intent="proposal", reason=lung)

# n05 durvalumab PACIFIC; stage III lung, metastatic prostate cancer on ADT + apalutamide
c = case(5, "nsclc", "2026-07-15", svc(HCPCS, "J9173"), S, None,
         "Durvalumab (Imfinzi) consolidation after concurrent carboplatin/paclitaxel and "
         "radiation for unresectable stage IIIA lung squamous cell carcinoma, in a man with "
         "bone-metastatic hormone-sensitive prostate cancer on leuprolide + apalutamide; the "
         "bone lesions are PSMA-avid prostate metastases, stable.",
         "Imfinzi label 1: unresectable stage III NSCLC whose disease has not progressed "
         "following concurrent platinum-based chemotherapy and radiation therapy (PACIFIC). The "
         "lung cancer is cT2b cN2 cM0 stage IIIA (stage Observation focused on the lung "
         "Condition); the stage IV belongs to the prostate cancer and the bone metastases are "
         "linked to the prostate primary; chemoradiation completed without progression: "
         "supported.",
         "unresectable stage IIIA lung after CRT; stage IV/bone mets belong to prostate",
         "male", "1949-10-02", ("Johansson", "Sven"))
pro = c.primary(cc((ICD, "C61")), "2023-01-10", stage=cc(ST_IV, text="Stage IVB (M1b)"))
c.secondary(cc((SCT, "94222008")), "2023-01-25", primary=pro,
            note="PSMA PET: PSMA-avid pelvic and rib lesions.")
c.admins([hc("J9217")], ["2026-01-12", "2026-04-13"], reason=pro)
c.med("stmt", rx("1999574", "apalutamide 240 mg daily"), "2023-02-15", status="active",
      reason=pro)
c.psa("2026-04-13", 0.2, focus=[pro])
lung = c.primary(cc((ICD, "C34.11"), text="Squamous cell carcinoma, right upper lobe"),
                 "2026-01-20")
c.proc(cc((CPT, "31652")), "2026-01-28", reason=lung, note="EBUS: stations 4R and 7 positive.")
c.stage("2026-02-05", "cT2b cN2 cM0 - stage IIIA, unresectable (multistation N2)",
        code=ST_IIIA, focus=[lung])
c.report(cc((LN, "18748-4")), "2026-02-03",
         "FDG PET/CT: RUL mass and N2 nodes avid. Known PSMA-avid osseous prostate metastases "
         "unchanged and not FDG-avid; no distant disease attributable to the lung primary.",
         cat="RAD")
c.admins([hc("J9045"), hc("J9267")], ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23",
                                      "2026-03-30", "2026-04-06"], reason=lung)
c.doc("Radiation oncology 2026-04-15: completed 60 Gy/30 fractions with weekly carboplatin/"
      "paclitaxel on 2026-04-10.", "2026-04-15")
c.report(cc((LN, "18748-4")), "2026-06-25", "CT chest: partial response; no progression.",
         cat="RAD")
c.med("req", hc("J9173", "durvalumab 1500 mg q4w x 12 months"), "2026-07-06", status="draft",
      intent="proposal", reason=lung)

# n06 dabrafenib BRAF V600E lung; colon cancer history with KRAS G12D on colon
c = case(6, "nsclc", "2026-10-21", svc(RX, "1424911"), S, None,
         "Dabrafenib (Tafinlar) with trametinib for metastatic lung adenocarcinoma with BRAF "
         "V600E (brain metastasis), in a woman whose 2019 ascending-colon cancer carried KRAS "
         "G12D.",
         "Tafinlar label 1: with trametinib for metastatic NSCLC with BRAF V600E mutation as "
         "detected by an FDA-approved test (BRF113928). BRAF V600E on the lung specimen (focus "
         "lung Condition), stage IV with a brain metastasis linked to the lung primary; the "
         "colon tumor's KRAS G12D belongs to the other cancer: supported.",
         "BRAF V600E on lung tumor; KRAS G12D belongs to the colon cancer",
         "female", "1960-02-29", ("Engel", "Brigitte"))
col = c.primary(cc((ICD, "C18.2")), "2019-03-04", clinical="remission",
                stage=tcc("Stage IIA (pT3 pN0)"))
cspec = c.specimen("Hemicolectomy specimen", "2019-03-25", "Ascending colon")
c.variant("2019-04-10", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)",
          focus=[col], specimen=cspec)
lung = c.primary(cc((ICD, "C34.12")), "2026-08-15")
c.secondary(cc((SCT, "94225005")), "2026-08-20", primary=lung)
lspec = c.specimen("EBUS-TBNA cell block", "2026-08-24", "Left upper lobe mass / station 11L")
c.variant("2026-09-08", "HGNC:1097", c="NM_004333.6:c.1799T>A", p="NP_004324.2:p.(Val600Glu)",
          text="BRAF V600E", focus=[lung], specimen=lspec)
c.variant("2026-09-08", "HGNC:6407", present=False, text="KRAS wild-type (lung tumor)",
          focus=[lung], specimen=lspec)
c.variant("2026-09-08", "HGNC:3236", present=False, focus=[lung], specimen=lspec)
c.stage("2026-09-10", "cT3 cN1 cM1b (brain) - stage IVA", code=ST_IV, focus=[lung])
c.ecog("2026-10-05", 1)
c.med("req", rx("1424911", "Tafinlar 150 mg BID + trametinib 2 mg daily"), "2026-10-12",
      status="draft", intent="proposal", reason=lung)

# n07 sotorasib: lung KRAS pending; KRAS G12C belongs to the colon cancer
c = case(7, "nsclc", "2026-06-03", svc(RX, "2550714"), ND, ["kras"],
         "Sotorasib (Lumakras) requested for metastatic lung adenocarcinoma progressing after "
         "carboplatin/pemetrexed/pembrolizumab; the KRAS G12C in the chart is from the "
         "patient's resected 2021 sigmoid cancer, and lung tumor NGS is pending.",
         "Lumakras label 1 (NSCLC, CodeBreaK 100): KRAS G12C-mutated locally advanced or "
         "metastatic NSCLC (FDA-approved test) after at least one prior systemic therapy. Prior "
         "lung therapy is documented; the KRAS G12C variant has focus on the colon Condition "
         "and is not a result for the lung tumor, whose NGS is pending: needs-documentation "
         "(kras).",
         "lung KRAS pending; KRAS G12C in chart is the colon tumor's",
         "male", "1955-11-16", ("Gallagher", "Patrick"))
col = c.primary(cc((ICD, "C18.7")), "2021-06-01", clinical="remission",
                stage=tcc("Stage IIA, resected"))
cspec = c.specimen("Sigmoid colectomy specimen", "2021-06-20", "Sigmoid colon")
c.variant("2021-07-05", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          text="KRAS G12C", focus=[col], specimen=cspec)
lung = c.primary(cc((ICD, "C34.31")), "2025-09-10", stage=tcc("Stage IVA (M1a, pleural)"))
c.obs(tcc("EGFR mutation (PCR), pleural cell block"), "2025-09-20", vstr("Not detected"),
      focus=[lung])
c.obs(tcc("ALK (D5F3) IHC"), "2025-09-20", vstr("Negative"), focus=[lung])
c.obs(cc((LN, "85147-7")), "2025-09-20", qty(5, "%", "%"), focus=[lung])
c.admins([hc("J9045"), hc("J9305"), hc("J9271")],
         ["2025-10-06", "2025-10-27", "2025-11-17", "2025-12-08"], reason=lung)
c.admins([hc("J9305"), hc("J9271")], ["2026-01-05", "2026-02-02", "2026-03-02"], reason=lung)
c.progression("2026-05-12", focus=[lung])
c.sreq(cc((CPT, "81445")), "2026-05-14", reason=lung, note="Lung NGS on pleural cell block; pending.")
c.doc("Note 2026-05-26: KRAS G12C known from the 2021 colon cancer; lung tumor NGS still "
      "pending. Requesting sotorasib.", "2026-05-26")
c.med("req", rx("2550714", "Lumakras 960 mg daily"), "2026-05-28", status="draft",
      intent="proposal", reason=lung)

# n08 atezolizumab adjuvant: lung PD-L1 pending; CPS 15 belongs to the breast cancer
c = case(8, "nsclc", "2026-08-26", svc(HCPCS, "J9022"), ND, ["pdl1"],
         "Atezolizumab requested as adjuvant therapy after lobectomy and cisplatin-based "
         "chemotherapy for stage IIIA lung adenocarcinoma; the only PD-L1 result in the chart "
         "is CPS 15 (22C3) from the patient's 2022 triple-negative breast cancer; lung PD-L1 is "
         "pending.",
         "Tecentriq label 1 (NSCLC adjuvant, IMpower010): stage II-IIIA NSCLC after resection "
         "and platinum-based chemotherapy whose tumors have PD-L1 >= 1% of tumor cells (FDA-"
         "approved test, SP263). The breast tumor's CPS (focus breast Condition) is not a lung "
         "tumor-cell score; the lung PD-L1 is ordered, not resulted; the metastatic-disease "
         "routes do not apply to a resected stage IIIA: needs-documentation (pdl1).",
         "lung PD-L1 pending; CPS 15 in chart is the breast cancer's",
         "female", "1967-09-13", ("Achebe", "Ngozi"))
br = c.primary(cc((ICD, "C50.912")), "2022-03-01", clinical="remission",
               body=cc((SCT, "80248007")))
c.obs(cc((LN, "85147-7")), "2022-03-08", vstr("CPS 15"), focus=[br])
c.admins([hc("J9271"), hc("J9045"), hc("J9267")], ["2022-03-21", "2022-04-11", "2022-05-02"],
         reason=br)
lung = c.primary(cc((ICD, "C34.11")), "2026-02-04")
c.proc(cc((CPT, "32663")), "2026-03-10", reason=lung)
c.stage("2026-03-18", "pT3 pN1 M0 - stage IIIA", code=ST_IIIA, loinc="21902-2", focus=[lung])
c.obs(tcc("EGFR mutation analysis"), "2026-03-20", vstr("Not detected"), focus=[lung])
c.obs(tcc("ALK (D5F3) IHC"), "2026-03-20", vstr("Negative"), focus=[lung])
c.admins([hc("J9060")], ["2026-04-13", "2026-05-04", "2026-05-25", "2026-06-15"], reason=lung)
c.med("stmt", cc(text="vinorelbine 30 mg/m2 d1,8 with cisplatin"), "2026-04-13",
      end="2026-06-22", reason=lung)
c.sreq(tcc("PD-L1 (SP263) IHC on lobectomy specimen"), "2026-07-15", reason=lung,
       note="Requested; not resulted.")
c.med("req", hc("J9022", "atezolizumab 1200 mg q3w x 16 cycles"), "2026-08-18",
      status="draft", intent="proposal", reason=lung)

# n09 adagrasib: prior NSCLC therapy undocumented; FOLFOX was for colon cancer
c = case(9, "nsclc", "2026-05-13", svc(RX, "2625882"), ND, ["prior_therapy"],
         "Adagrasib (Krazati) requested for KRAS G12C metastatic lung adenocarcinoma in a "
         "patient transferring care; lung cancer treatment records have not arrived. The only "
         "systemic therapy in the chart is adjuvant FOLFOX (2020) for colon cancer.",
         "Krazati label 1 (NSCLC, KRYSTAL-1): KRAS G12C-mutated locally advanced or metastatic "
         "NSCLC after at least one prior systemic therapy (for NSCLC). KRAS G12C on the lung "
         "tumor and stage IV are documented; the FOLFOX is linked to the colon Condition and is "
         "not NSCLC therapy; whether she received lung-cancer therapy is unknown: "
         "needs-documentation (prior_therapy).",
         "NSCLC therapy history absent; FOLFOX was for colon cancer",
         "female", "1951-08-30", ("Oyelaran", "Bisi"))
col = c.primary(cc((ICD, "C18.2")), "2020-01-10", clinical="remission",
                stage=cc((AJCC, "3A"), text="IIIA"))
c.admins([hc("J9263"), hc("J9190")], ["2020-02-17", "2020-03-02", "2020-03-16", "2020-03-30"],
         reason=col)
lung = c.primary(cc((ICD, "C34.12")), "2025-06-02", stage=cc(ST_IV, text="Stage IVB"))
c.secondary(cc((ICD, "C79.51")), "2025-06-10", primary=lung)
lspec = c.specimen("CT-guided core biopsy", "2025-06-05", "Left upper lobe mass")
c.variant("2025-06-20", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          text="KRAS G12C", focus=[lung], specimen=lspec)
c.doc("New-patient note 2026-05-05: transferred from outside oncology. Lung cancer diagnosed "
      "2025-06 (KRAS G12C). Patient recalls 'infusions' in 2025; outside treatment records "
      "requested, not received. Radiology 2026-04: progression. Requesting adagrasib.",
      "2026-05-05", kind="11488-4")
c.ecog("2026-05-05", 1)

# n10 sotorasib treatment-naive for NSCLC; prior chemo was for breast cancer
c = case(10, "nsclc", "2026-04-08", svc(RX, "2550714"), RR, None,
         "Sotorasib requested first line for KRAS G12C metastatic lung adenocarcinoma; the "
         "oncologist documents no systemic therapy for the lung cancer; the patient's "
         "doxorubicin/cyclophosphamide/paclitaxel (2021) and letrozole were for breast cancer.",
         "Lumakras label 1 (NSCLC): after at least one prior systemic therapy (CodeBreaK 100: "
         "prior therapy for advanced NSCLC). The chemotherapy and letrozole are linked to the "
         "breast Condition; the note states the lung cancer is treatment-naive. The "
         "prior-therapy gate is contradicted: refer-to-reviewer.",
         "treatment-naive for NSCLC; prior chemo was for breast cancer",
         "female", "1957-04-04", ("Haddad", "Rania"))
br = c.primary(cc((ICD, "C50.411")), "2021-01-15", clinical="remission",
               body=cc((SCT, "73056007")), stage=cc(ST_IIB, text="IIB"))
c.admins([hc("J9000"), rx("3002")], ["2021-02-15", "2021-03-01", "2021-03-15", "2021-03-29"],
         reason=br)
c.admins([hc("J9267")], ["2021-04-12", "2021-04-19", "2021-04-26", "2021-05-03"], reason=br)
c.med("stmt", rx("72965"), "2021-08-01", status="active", reason=br)
lung = c.primary(cc((ICD, "C34.31")), "2026-02-10")
c.secondary(cc((ICD, "C78.7")), "2026-02-18", primary=lung,
            note="Liver biopsy: TTF-1+ adenocarcinoma, GATA3 negative - lung origin.")
c.stage("2026-02-20", "cT3 cN2 cM1c - stage IVB", code=ST_IV, focus=[lung])
c.variant("2026-03-02", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          focus=[lung])
c.obs(cc((LN, "85147-7")), "2026-03-02", qty(10, "%", "%"), focus=[lung])
c.doc("Thoracic oncology 2026-03-30: newly diagnosed metastatic NSCLC, KRAS G12C, PD-L1 10%. "
      "No prior systemic therapy for lung cancer (chemotherapy in 2021 was for breast "
      "cancer). Requesting sotorasib first line.", "2026-03-30")
c.med("req", rx("2550714"), "2026-04-01", status="draft", intent="proposal", reason=lung)

# n11 nivolumab for resected stage IA lung; metastases belong to prostate cancer
c = case(11, "nsclc", "2026-07-01", svc(HCPCS, "J9299"), RR, None,
         "Nivolumab requested 'for metastatic cancer' in a man with a resected stage IA2 lung "
         "adenocarcinoma (pT1b pN0, lobectomy 2025) and bone-metastatic prostate cancer "
         "(biopsy NKX3.1+, PSA+); the metastases are prostatic.",
         "Opdivo label 1 (NSCLC): neoadjuvant/perioperative use for resectable tumors >= 4 cm or "
         "node positive, with platinum chemotherapy (CheckMate 816/77T), or metastatic NSCLC. "
         "The lung cancer is pT1b pN0 (1.6 cm), already resected with no lung recurrence; the "
         "stage IV and bone metastases belong to the prostate primary. Every NSCLC route is "
         "contradicted by stage: refer-to-reviewer.",
         "lung stage IA resected; bone mets are prostate (biopsy)",
         "male", "1948-12-01", ("Lambert", "Henri"))
lung = c.primary(cc((ICD, "C34.12")), "2025-10-06")
c.proc(cc((CPT, "32663")), "2025-11-20", reason=lung)
c.stage("2025-11-28", "pT1b pN0 M0 - stage IA2 (1.6 cm)", loinc="21902-2", focus=[lung])
pro = c.primary(cc((SCT, "399068003")), "2024-04-02", stage=cc(ST_IV, text="Stage IVB"))
bspec = c.specimen("CT-guided core biopsy", "2026-05-11", "Right iliac bone lesion")
c.report(tcc("Surgical pathology - bone biopsy"), "2026-05-13",
         "Metastatic adenocarcinoma, NKX3.1 positive, PSA positive, TTF-1 negative, napsin A "
         "negative: prostatic origin.", specimen=bspec)
c.secondary(cc((ICD, "C79.51")), "2026-05-13", primary=pro)
c.admins([hc("J9217")], ["2026-05-20"], reason=pro)
c.report(cc((LN, "18748-4")), "2026-05-06", "CT chest: post-lobectomy change, no lung "
         "recurrence.", cat="RAD")
c.med("req", hc("J9299", "nivolumab 480 mg q4w"), "2026-06-24", status="draft",
      intent="proposal", reason=lung)

# n12 cemiplimab for 'NSCLC' that pathology shows is metastatic colorectal cancer
c = case(12, "nsclc", "2026-03-25", svc(HCPCS, "J9119"), RR, None,
         "Cemiplimab (Libtayo) with platinum chemotherapy requested first line for 'metastatic "
         "NSCLC'; lung biopsy shows metastatic adenocarcinoma CDX2+, CK20+, SATB2+, TTF-1- "
         "(colorectal origin) in a man treated for stage IIIB sigmoid cancer in 2024.",
         "Libtayo label 1 (NSCLC): first-line NSCLC, alone (PD-L1 >= 50%) or with platinum "
         "chemotherapy, with no EGFR, ALK or ROS1 aberrations (EMPOWER-Lung 1/3). Pathology "
         "assigns the lung lesions to the colorectal primary; the lung-cancer diagnosis is only "
         "a provisional pre-biopsy entry. The record contradicts the NSCLC histology gate: "
         "refer-to-reviewer.",
         "lung lesions are metastatic colorectal (CDX2+, TTF-1-), not NSCLC",
         "male", "1959-06-06", ("Whitaker", "Graham"))
col = c.primary(cc((ICD, "C18.7")), "2024-01-22", clinical="active",
                note="Stage IIIB (pT3 pN1b) sigmoid adenocarcinoma 2024, adjuvant FOLFOX.")
c.admins([hc("J9263"), hc("J9190")], ["2024-03-04", "2024-03-18", "2024-04-01", "2024-04-15"],
         reason=col)
c.cond(cc((ICD, "C34.90")), "2026-02-10", cat="encounter-diagnosis", ver="provisional",
       note="Pulmonology: bilateral lung masses, suspected primary lung cancer; biopsy pending.")
spec = c.specimen("CT-guided core biopsy", "2026-02-17", "Right lower lobe mass")
c.report(tcc("Surgical pathology - lung biopsy"), "2026-02-20",
         "Metastatic adenocarcinoma, CDX2 positive, CK20 positive, SATB2 positive, CK7 "
         "negative, TTF-1 negative, napsin A negative: colorectal origin. No evidence of "
         "primary lung carcinoma.", specimen=spec)
c.secondary(cc((ICD, "C78.01")), "2026-02-20", primary=col)
c.cea("2026-02-10", 48.5)
c.med("req", hc("J9119", "cemiplimab 350 mg q3w + carboplatin/paclitaxel"), "2026-03-16",
      status="draft", intent="proposal",
      note="Requested by outside pulmonologist for 'metastatic NSCLC'.")


# ================================================================ COLORECTAL
# c01 panitumumab + FOLFOX first line; past breast cancer; liver met proven colorectal
c = case(1, "colorectal", "2026-05-06", svc(HCPCS, "J9303"), S, None,
         "Panitumumab (Vectibix) with FOLFOX first line for RAS wild-type metastatic sigmoid "
         "cancer, in a woman treated with tamoxifen for stage I breast cancer (2009-2014); "
         "the liver metastasis is colorectal (CDX2+, CK20+, GATA3-, ER-).",
         "Vectibix label 1: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer, first "
         "line in combination with FOLFOX (PRIME). KRAS/NRAS/BRAF wild-type on the liver biopsy "
         "that pathology assigns to the colon primary, stage IV, untreated for colorectal "
         "cancer; the tamoxifen was for the 2009 breast cancer: supported.",
         "RAS WT mCRC first line; liver met proven colorectal, old breast cancer",
         "female", "1951-11-21", ("Beaumont", "Claudine"))
br = c.primary(cc((ICD, "C50.912")), "2009-05-04", body=cc((SCT, "80248007")),
               clinical="resolved", abated="2014-06-30", stage=tcc("Stage I (pT1b pN0)"))
c.med("stmt", rx("10324"), "2009-07-01", end="2014-06-30", reason=br)
col = c.primary(cc((ICD, "C18.7")), "2026-03-10", stage=cc(ST_IV, text="Stage IVA (M1a liver)"))
lspec = c.specimen("Percutaneous core biopsy", "2026-03-17", "Liver segment IV")
c.report(tcc("Surgical pathology - liver biopsy"), "2026-03-19",
         "Metastatic adenocarcinoma: CDX2 positive, CK20 positive, CK7 negative, GATA3 "
         "negative, ER negative. Colorectal origin; not metastatic breast carcinoma.",
         specimen=lspec)
c.secondary(cc((ICD, "C78.7")), "2026-03-19", primary=col)
ks = c.variant("2026-04-02", "HGNC:6407", present=False, text="KRAS exons 2-4 wild-type",
               focus=[col], specimen=lspec)
nr = c.variant("2026-04-02", "HGNC:7989", present=False, text="NRAS exons 2-4 wild-type",
               focus=[col], specimen=lspec)
bf = c.variant("2026-04-02", "HGNC:1097", present=False, focus=[col], specimen=lspec)
c.report(cc((LN, "51969-4")), "2026-04-02", "Colorectal panel (liver metastasis): KRAS, NRAS "
         "and BRAF wild-type; MSS.", cat="GE", results=[ks, nr, bf], specimen=lspec)
c.obs(cc((LN, "81695-9")), "2026-04-02", vcc(text="MSS"), focus=[col])
c.ecog("2026-04-20", 0)
c.med("req", cc(text="mFOLFOX6 q2w"), "2026-04-28", status="draft", intent="proposal",
      reason=col)
c.med("req", hc("J9303", "panitumumab 6 mg/kg q2w with mFOLFOX6"), "2026-04-28",
      status="draft", intent="proposal", reason=col)

# c02 adagrasib + cetuximab; metachronous colon primaries; oxaliplatin for the first
c = case(2, "colorectal", "2026-09-02", svc(RX, "2625882"), S, None,
         "Adagrasib (Krazati) with cetuximab for KRAS G12C metastatic ascending-colon cancer "
         "(second, metachronous primary, 2024) after FOLFIRI + bevacizumab; oxaliplatin "
         "exposure is adjuvant FOLFOX (2017) for the first, sigmoid primary.",
         "Krazati label 1 (colorectal, KRYSTAL-1): with cetuximab for KRAS G12C-mutated locally "
         "advanced or metastatic colorectal cancer after prior fluoropyrimidine-, oxaliplatin- "
         "and irinotecan-based chemotherapy. The label gate is drug exposure for colorectal "
         "cancer: fluoropyrimidine and oxaliplatin (adjuvant FOLFOX 2017, first colorectal "
         "primary) and irinotecan (FOLFIRI for the metastatic second primary) are all "
         "documented; KRAS G12C is on the liver metastasis assigned to the second primary (the "
         "first primary was KRAS wild-type): supported (judgement call, see .md).",
         "KRAS G12C 2nd colon primary; oxaliplatin given adjuvant for 1st colon primary",
         "male", "1952-12-19", ("Castellano", "Rafael"))
first = c.primary(cc((ICD, "C18.7")), "2017-04-03", clinical="resolved", abated="2017-11-01",
                  stage=cc((AJCC, "3A"), text="Stage IIIA (pT2 pN1a)"))
c.proc(cc((CPT, "44204")), "2017-04-24", reason=first)
c.variant("2017-05-10", "HGNC:6407", present=False, text="KRAS wild-type (first primary)",
          focus=[first])
c.admins([hc("J9263"), hc("J9190")], ["2017-05-22", "2017-06-05", "2017-06-19", "2017-07-03",
                                      "2017-07-17", "2017-07-31"], reason=first)
second = c.primary(cc((ICD, "C18.2")), "2024-05-06",
                   note="Metachronous second primary, ascending colon (colonoscopy 2024).")
c.proc(cc((CPT, "45380")), "2024-05-06", reason=second)
lspec = c.specimen("Percutaneous core biopsy", "2024-05-20", "Liver segment VIII")
c.secondary(cc((ICD, "C78.7")), "2024-05-22", primary=second)
c.stage("2024-05-24", "cT3 cN1 cM1a - stage IVA", code=ST_IV, focus=[second])
c.variant("2024-06-04", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          text="KRAS G12C (liver metastasis; same variant in the ascending-colon primary)",
          focus=[second], specimen=lspec)
c.admins([hc("J9206"), hc("J9190"), hc("J9035")],
         ["2024-06-17", "2024-07-01", "2024-07-15", "2024-07-29", "2024-08-12"], reason=second)
c.progression("2025-07-14", focus=[second])
c.med("stmt", rx("194000", "capecitabine + bevacizumab"), "2025-08-01", end="2026-07-30",
      reason=second)
c.progression("2026-08-10", note="Hepatic progression.", focus=[second])
c.doc("GI oncology 2026-08-20: oxaliplatin exposure = adjuvant FOLFOX x6 (2017) for the "
      "first colon primary; not repeated (residual grade 1 neuropathy). Irinotecan (FOLFIRI) "
      "for metastatic second primary. KRAS G12C. Plan adagrasib + cetuximab.", "2026-08-20")
c.med("req", hc("J9055", "cetuximab 500 mg/m2 q2w"), "2026-08-25", status="draft",
      intent="proposal", reason=second)
c.med("req", rx("2625882", "Krazati 600 mg BID"), "2026-08-25", status="draft",
      intent="proposal", reason=second)

# c03 pembrolizumab MSI-H first line; stage IA lung cancer history with PD-L1 1%
c = case(3, "colorectal", "2026-04-29", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab (Keytruda) first line for MSI-H / dMMR (MLH1/PMS2 loss) metastatic "
         "ascending-colon cancer with peritoneal metastases, in a man treated with SBRT for a "
         "stage IA lung adenocarcinoma (PD-L1 TPS 1%) in 2023.",
         "Keytruda label 1 (colorectal): unresectable or metastatic MSI-H or dMMR colorectal "
         "cancer (KEYNOTE-177). MSI-H and MLH1/PMS2 loss are on the colon biopsy (focus colon "
         "Condition) and peritoneal metastases are linked to the colon primary; the lung "
         "cancer's PD-L1 is irrelevant: supported.",
         "MSI-H/dMMR metastatic colon, first line; lung PD-L1 irrelevant",
         "male", "1947-03-28", ("Ivanov", "Boris"))
lung = c.primary(cc((ICD, "C34.31")), "2023-03-01", clinical="remission",
                 stage=tcc("Stage IA2 (cT1b N0), SBRT 2023"))
c.obs(cc((LN, "85147-7")), "2023-03-10", qty(1, "%", "%"), focus=[lung])
col = c.primary(cc((ICD, "C18.2")), "2026-02-16")
cspec = c.specimen("Colonoscopic biopsy", "2026-02-16", "Ascending colon")
c.secondary(cc((ICD, "C78.6")), "2026-02-24", primary=col)
c.stage("2026-02-26", "cT4a cN1 cM1c (peritoneum) - stage IVC", code=ST_IV, focus=[col])
c.obs(cc((LN, "81695-9")), "2026-03-04", vcc(text="MSI-High"), focus=[col], specimen=cspec)
c.obs(tcc("Mismatch repair protein IHC"), "2026-03-04",
      vstr("Loss of MLH1 and PMS2; MSH2/MSH6 retained (dMMR)"), focus=[col], specimen=cspec)
c.variant("2026-03-10", "HGNC:1097", c="NM_004333.6:c.1799T>A", p="NP_004324.2:p.(Val600Glu)",
          focus=[col], specimen=cspec)
c.ecog("2026-04-10", 1)
c.med("req", hc("J9271", "pembrolizumab 200 mg q3w"), "2026-04-20", status="draft",
      intent="proposal", reason=col)

# c04 tucatinib + trastuzumab; colon HER2 3+; past breast cancer HER2 0
c = case(4, "colorectal", "2026-10-14", svc(RX, "2361285"), S, None,
         "Tucatinib (Tukysa) with trastuzumab for RAS wild-type, HER2-positive (IHC 3+, FISH "
         "amplified) metastatic rectal cancer after FOLFOX and FOLFIRI + bevacizumab, in a "
         "woman whose 2015 breast cancer was HER2 0.",
         "Tukysa label 1 (colorectal, MOUNTAINEER): with trastuzumab for RAS wild-type "
         "HER2-positive unresectable or metastatic colorectal cancer after fluoropyrimidine-, "
         "oxaliplatin- and irinotecan-based chemotherapy. HER2 3+/amplified and KRAS/NRAS "
         "wild-type on the rectal tumor (focus rectal Condition), all three drug classes given "
         "for the rectal cancer; the breast tumor's HER2 0 belongs to the other cancer: "
         "supported.",
         "RAS WT HER2 3+ rectal after FP/ox/iri; breast HER2 0 irrelevant",
         "female", "1959-07-15", ("Thorsen", "Ingrid"))
br = c.primary(cc((ICD, "C50.911")), "2015-01-20", clinical="resolved", abated="2020-03-01")
c.marker(cc((LN, "85319-2")), "2015-01-23", vcc(NEG, text="0"), focus=[br])
c.med("stmt", rx("10324"), "2015-03-01", end="2020-03-01", reason=br)
rec = c.primary(cc((ICD, "C20")), "2023-09-04")
c.secondary(cc((ICD, "C78.01")), "2023-09-12", primary=rec)
rspec = c.specimen("Rectal biopsy", "2023-09-04", "Rectum")
c.obs(tcc("HER2 IHC (colorectal, HERACLES criteria)"), "2023-09-20",
      vstr("3+ in 60% of tumor cells"), focus=[rec], specimen=rspec)
c.obs(tcc("HER2 FISH (colorectal)"), "2023-09-22", vstr("Amplified, HER2/CEP17 ratio 3.1"),
      focus=[rec], specimen=rspec)
c.variant("2023-09-22", "HGNC:6407", present=False, focus=[rec], specimen=rspec)
c.variant("2023-09-22", "HGNC:7989", present=False, focus=[rec], specimen=rspec)
c.admins([hc("J9263"), hc("J9190")], ["2023-10-02", "2023-10-16", "2023-10-30", "2023-11-13"],
         reason=rec)
c.progression("2024-04-15", focus=[rec])
c.admins([hc("J9206"), hc("J9190"), hc("J9035")], ["2024-05-06", "2024-05-20", "2024-06-03"],
         reason=rec)
c.progression("2026-09-21", note="Lung progression on FOLFIRI/bevacizumab maintenance.",
              focus=[rec])
c.ecog("2026-09-30", 1)
c.med("req", hc("J9355", "trastuzumab 8 mg/kg then 6 mg/kg q3w"), "2026-10-06",
      status="draft", intent="proposal", reason=rec)
c.med("req", rx("2361285", "Tukysa 300 mg BID"), "2026-10-06", status="draft",
      intent="proposal", reason=rec)

# c05 regorafenib; KRAS G12D mCRC after all standard therapy; prostate cancer on ADT
c = case(5, "colorectal", "2026-06-24", svc(RX, "1312397"), S, None,
         "Regorafenib (Stivarga) for KRAS G12D metastatic sigmoid cancer after FOLFOX + "
         "bevacizumab and FOLFIRI + bevacizumab, in a man on intermittent leuprolide for "
         "biochemically recurrent prostate cancer.",
         "Stivarga label 1: metastatic colorectal cancer previously treated with "
         "fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF "
         "therapy, and, if RAS wild-type, an anti-EGFR therapy (CORRECT). All required classes "
         "are linked to the colon Condition; KRAS G12D (RAS-mutant) removes the anti-EGFR "
         "requirement. The leuprolide is prostate therapy: supported.",
         "KRAS G12D mCRC after FP/ox/iri + bevacizumab; leuprolide is for prostate",
         "male", "1950-04-10", ("Nowak", "Tadeusz"))
pro = c.primary(cc((ICD, "C61")), "2016-05-02",
                note="Radical prostatectomy 2016; biochemical recurrence 2022, intermittent ADT.")
c.admins([hc("J9217")], ["2025-09-01", "2025-12-01", "2026-03-02"], reason=pro)
col = c.primary(cc((SCT, "363406005"), text="Adenocarcinoma of sigmoid colon"), "2023-02-06",
                stage=cc(ST_IV, text="Stage IVA (liver)"))
c.secondary(cc((SCT, "94381002")), "2023-02-10", primary=col)
c.variant("2023-02-24", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)",
          focus=[col])
c.admins([hc("J9263"), hc("J9190"), hc("J9035")],
         ["2023-03-06", "2023-03-20", "2023-04-03", "2023-04-17"], reason=col)
c.progression("2023-12-04", focus=[col])
c.admins([hc("J9206"), hc("J9190"), hc("J9035")],
         ["2024-01-08", "2024-01-22", "2024-02-05", "2024-02-19"], reason=col)
c.progression("2025-03-10", focus=[col])
c.med("stmt", cc(text="trifluridine/tipiracil + bevacizumab"), "2025-04-01", end="2026-05-20",
      reason=col)
c.progression("2026-05-25", focus=[col])
c.ecog("2026-06-08", 1)
c.med("req", rx("1312397", "Stivarga 160 mg d1-21 q28d"), "2026-06-16", status="draft",
      intent="proposal", reason=col)

# c06 encorafenib + cetuximab second line; colon BRAF V600E; lung EGFR L858R, adjuvant osimertinib
c = case(6, "colorectal", "2026-03-04", svc(RX, "2049106"), S, None,
         "Encorafenib (Braftovi) with cetuximab for BRAF V600E metastatic ascending-colon "
         "cancer after FOLFOX + bevacizumab, in a woman who received adjuvant osimertinib "
         "(2021-2024) for a resected EGFR L858R stage IB lung adenocarcinoma.",
         "Braftovi label 1 (colorectal): with cetuximab for metastatic colorectal cancer with "
         "BRAF V600E (FDA-approved test) after prior therapy (BEACON CRC). BRAF V600E is on the "
         "colon biopsy (focus colon Condition), FOLFOX + bevacizumab for the colon cancer then "
         "progression; the EGFR L858R and osimertinib belong to the lung cancer: supported.",
         "BRAF V600E mCRC after 1st-line FOLFOX; EGFR/osimertinib belong to lung",
         "female", "1956-09-09", ("Albrecht", "Ursula"))
lung = c.primary(cc((ICD, "C34.11")), "2021-02-01", clinical="remission",
                 stage=tcc("Stage IB (pT2a pN0)"))
c.proc(cc((CPT, "32663")), "2021-02-22", reason=lung)
c.variant("2021-03-05", "HGNC:3236", c="NM_005228.5:c.2573T>G", p="NP_005219.2:p.(Leu858Arg)",
          focus=[lung])
c.med("stmt", rx("1721560", "osimertinib 80 mg daily (adjuvant)"), "2021-04-01",
      end="2024-04-01", reason=lung)
col = c.primary(cc((ICD, "C18.2")), "2025-01-13", stage=cc(ST_IV, text="Stage IVB"))
c.secondary(cc((ICD, "C78.7")), "2025-01-20", primary=col)
c.secondary(cc((ICD, "C78.6")), "2025-01-20", primary=col)
cspec = c.specimen("Colonoscopic biopsy", "2025-01-13", "Ascending colon")
c.variant("2025-01-28", "HGNC:1097", c="NM_004333.6:c.1799T>A", p="NP_004324.2:p.(Val600Glu)",
          text="BRAF V600E", focus=[col], specimen=cspec)
c.obs(cc((LN, "81695-9")), "2025-01-28", vcc(text="MSS"), focus=[col], specimen=cspec)
c.admins([hc("J9263"), hc("J9190"), hc("J9035")],
         ["2025-02-10", "2025-02-24", "2025-03-10", "2025-03-24", "2025-04-07", "2025-04-21"],
         reason=col)
c.progression("2026-02-09", focus=[col])
c.ecog("2026-02-20", 1)
c.med("req", hc("J9055", "cetuximab 500 mg/m2 q2w"), "2026-02-26", status="draft",
      intent="proposal", reason=col)
c.med("req", rx("2049106", "Braftovi 300 mg daily with cetuximab"), "2026-02-26",
      status="draft", intent="proposal", reason=col)

# c07 panitumumab: colon RAS untested; KRAS/NRAS WT results belong to lung tumor
c = case(7, "colorectal", "2026-02-18", svc(HCPCS, "J9303"), ND, ["ras"],
         "Panitumumab with FOLFOX requested first line for metastatic rectal cancer; the KRAS "
         "and NRAS wild-type results in the chart are from the patient's 2024 lung cancer NGS; "
         "rectal tumor RAS testing is pending.",
         "Vectibix label 1: wild-type RAS (KRAS and NRAS, FDA-approved test) metastatic "
         "colorectal cancer (PRIME/ASPECCT); with sotorasib only for KRAS G12C. The RAS results "
         "have focus on the lung Condition and lung specimen; the rectal tumor's RAS status is "
         "absent: needs-documentation (ras).",
         "rectal RAS pending; RAS wild-type in chart is the lung tumor's",
         "male", "1953-05-05", ("Kerrigan", "Desmond"))
lung = c.primary(cc((ICD, "C34.12")), "2024-03-04", stage=cc(ST_IIIA, text="IIIA"))
lspec = c.specimen("EBUS-TBNA cell block", "2024-03-08", "Station 4L / left upper lobe")
c.variant("2024-03-22", "HGNC:6407", present=False, focus=[lung], specimen=lspec)
c.variant("2024-03-22", "HGNC:7989", present=False, focus=[lung], specimen=lspec)
c.variant("2024-03-22", "HGNC:3236", present=False, focus=[lung], specimen=lspec)
c.admins([hc("J9045"), hc("J9267")], ["2024-04-01", "2024-04-08", "2024-04-15"], reason=lung)
c.admins([hc("J9173")], ["2024-06-03", "2024-07-01", "2024-07-29"], reason=lung)
rec = c.primary(cc((ICD, "C20")), "2025-12-08")
c.secondary(cc((ICD, "C78.7")), "2025-12-15", primary=rec,
            note="Liver biopsy: CDX2+, TTF-1- adenocarcinoma - rectal origin.")
c.stage("2025-12-20", "cT3 cN1 cM1a - stage IVA", code=(AJCC, "4A"), focus=[rec])
c.obs(tcc("Mismatch repair IHC (rectal biopsy)"), "2025-12-22", vstr("MMR proficient"),
      focus=[rec])
c.sreq(cc((CPT, "81445")), "2026-01-05", reason=rec,
       note="Rectal tumor KRAS/NRAS/BRAF panel; pending.")
c.med("req", hc("J9303", "panitumumab 6 mg/kg + mFOLFOX6 q2w"), "2026-02-10", status="draft",
      intent="proposal", reason=rec)

# c08 nivolumab + ipilimumab: colon MMR pending; dMMR result is the prostate tumor's
c = case(8, "colorectal", "2026-05-21", svc(HCPCS, "J9299"), ND, ["msi"],
         "Nivolumab with ipilimumab requested first line for metastatic ascending-colon "
         "cancer in a man with Lynch syndrome (germline MSH2) whose 2023 prostate cancer was "
         "dMMR (MSH2/MSH6 loss); colon tumor MMR/MSI testing is pending.",
         "Opdivo label 1 (colorectal): alone or with ipilimumab for MSI-H or dMMR metastatic "
         "colorectal cancer (CheckMate 142/8HW); the tumor being treated must be MSI-H/dMMR. "
         "The dMMR result has focus on the prostate Condition, and germline Lynch status makes "
         "dMMR likely but does not establish it for this tumor; colon MMR IHC/MSI PCR is "
         "pending: needs-documentation (msi).",
         "colon MMR/MSI pending; dMMR in chart is the prostate tumor's (Lynch)",
         "male", "1961-01-26", ("Reinholt", "Anders"))
pro = c.primary(cc((ICD, "C61")), "2023-02-13", clinical="remission")
c.proc(cc((CPT, "55866")), "2023-04-03", reason=pro)
c.obs(tcc("Mismatch repair protein IHC (prostatectomy)"), "2023-04-20",
      vstr("Loss of MSH2 and MSH6 (dMMR)"), focus=[pro])
c.obs(tcc("Germline multigene panel"), "2023-06-01",
      vstr("MSH2 pathogenic variant, heterozygous (Lynch syndrome)"))
col = c.primary(cc((ICD, "C18.2")), "2026-03-30")
c.secondary(cc((SCT, "94381002")), "2026-04-06", primary=col)
c.stage("2026-04-08", "cT3 cN2a cM1a - stage IVA", code=ST_IV, focus=[col])
c.sreq(tcc("MMR IHC (MLH1, PMS2, MSH2, MSH6) and MSI PCR on colon biopsy"), "2026-04-10",
       reason=col, note="Pending.")
c.doc("GI oncology 2026-05-12: Lynch syndrome (MSH2); prostate cancer was dMMR. Colon tumor "
      "MMR/MSI pending. Requesting nivolumab + ipilimumab first line.", "2026-05-12")
c.med("req", hc("J9228", "ipilimumab 1 mg/kg q3w x4"), "2026-05-14", status="draft",
      intent="proposal", reason=col)
c.med("req", hc("J9299", "nivolumab 240 mg q3w x4 then 480 mg q4w"), "2026-05-14",
      status="draft", intent="proposal", reason=col)

# c09 encorafenib + cetuximab: colon BRAF untested; BRAF V600E belongs to the lung cancer
c = case(9, "colorectal", "2026-08-05", svc(RX, "2049106"), ND, ["braf"],
         "Encorafenib with cetuximab requested for metastatic sigmoid cancer after FOLFOX; "
         "the BRAF V600E in the chart is the patient's lung adenocarcinoma (on dabrafenib + "
         "trametinib); colon BRAF testing has not been done.",
         "Braftovi label 1 (colorectal): BRAF V600E-mutated metastatic colorectal cancer, with "
         "cetuximab after prior therapy or with cetuximab and mFOLFOX6 first line (BEACON, "
         "BREAKWATER). The BRAF result has focus on the lung Condition; the colon tumor (liver "
         "metastasis CDX2+, TTF-1-) has no BRAF result: needs-documentation (braf).",
         "colon BRAF untested; BRAF V600E in chart is the lung tumor's",
         "female", "1955-10-30", ("Marchetti", "Giulia"))
lung = c.primary(cc((ICD, "C34.90"), (SCT, "254637007")), "2024-02-12",
                 stage=cc(ST_IV, text="Stage IVA"))
lspec = c.specimen("CT-guided core biopsy", "2024-02-14", "Left lower lobe")
c.variant("2024-02-28", "HGNC:1097", c="NM_004333.6:c.1799T>A", p="NP_004324.2:p.(Val600Glu)",
          text="BRAF V600E", focus=[lung], specimen=lspec)
c.med("stmt", rx("1424911", "dabrafenib 150 mg BID + trametinib"), "2024-03-15",
      status="active", reason=lung)
col = c.primary(cc((ICD, "C18.7")), "2025-05-05")
c.report(tcc("Surgical pathology - liver biopsy"), "2025-05-14",
         "Metastatic adenocarcinoma, CDX2 positive, CK20 positive, TTF-1 negative, napsin A "
         "negative: colorectal origin.")
c.secondary(cc((ICD, "C78.7")), "2025-05-14", primary=col)
c.admins([hc("J9263"), hc("J9190")], ["2025-06-02", "2025-06-16", "2025-06-30", "2025-07-14",
                                      "2025-07-28", "2025-08-11"], reason=col)
c.progression("2026-07-13", focus=[col])
c.sreq(cc((CPT, "81445")), "2026-07-20", reason=col, note="Colon tumor panel ordered.")
c.med("req", rx("2049106", "encorafenib 300 mg daily + cetuximab"), "2026-07-29",
      status="draft", intent="proposal", reason=col)

# c10 tucatinib: colon HER2 1+ / FISH negative; HER2 3+ belongs to the breast cancer
c = case(10, "colorectal", "2026-06-10", svc(RX, "2361285"), RR, None,
         "Tucatinib with trastuzumab requested for metastatic colon adenocarcinoma (gastric-"
         "type mucinous features) after FOLFOX and FOLFIRI; colon HER2 is IHC 1+ and FISH "
         "non-amplified; the HER2 3+ in the chart is her 2018 breast cancer.",
         "Tukysa label 1 (colorectal, MOUNTAINEER): RAS wild-type HER2-positive metastatic "
         "colorectal cancer. The colon tumor (focus colon Condition) is HER2 IHC 1+ with "
         "non-amplified FISH; the breast tumor's HER2 3+ belongs to the other cancer. The HER2 "
         "gate is contradicted: refer-to-reviewer.",
         "colon HER2 1+/FISH-; HER2 3+ in chart is the breast cancer's",
         "female", "1958-01-17", ("Fontaine", "Sylvie"))
br = c.primary(cc((ICD, "C50.411")), "2018-06-04", clinical="remission",
               body=cc((SCT, "73056007")))
c.marker(cc((LN, "85319-2")), "2018-06-07", vcc(POS, text="3+"), focus=[br])
c.admins([hc("J9171"), hc("J9045"), hc("J9355"), hc("J9306")],
         ["2018-07-02", "2018-07-23", "2018-08-13"], reason=br)
col = c.primary(cc((ICD, "C18.2"), text="Adenocarcinoma with mucinous and gastric-type "
                                        "features, ascending colon"), "2024-04-08")
c.secondary(cc((ICD, "C78.6")), "2024-04-15", primary=col)
cspec = c.specimen("Colonoscopic biopsy", "2024-04-08", "Ascending colon")
c.obs(tcc("HER2 IHC (colorectal, HERACLES criteria)"), "2024-04-22", vstr("1+ (negative)"),
      focus=[col], specimen=cspec)
c.obs(tcc("HER2 FISH (colorectal)"), "2024-04-24", vstr("Not amplified, HER2/CEP17 ratio 1.2"),
      focus=[col], specimen=cspec)
c.variant("2024-04-24", "HGNC:6407", present=False, focus=[col], specimen=cspec)
c.variant("2024-04-24", "HGNC:7989", present=False, focus=[col], specimen=cspec)
c.admins([hc("J9263"), hc("J9190")], ["2024-05-06", "2024-05-20", "2024-06-03"], reason=col)
c.admins([hc("J9206"), hc("J9190")], ["2025-03-03", "2025-03-17", "2025-03-31"], reason=col)
c.progression("2026-05-18", focus=[col])
c.doc("Note 2026-06-01: request cites 'HER2-positive'; the HER2 3+ result is from the 2018 "
      "breast cancer. Colon tumor HER2 1+, FISH not amplified.", "2026-06-01")
c.med("req", rx("2361285", "tucatinib 300 mg BID + trastuzumab"), "2026-06-03",
      status="draft", intent="proposal", reason=col)

# c11 sotorasib + panitumumab: no oxaliplatin ever; cisplatin was for lung cancer
c = case(11, "colorectal", "2026-09-23", svc(RX, "2550714"), RR, None,
         "Sotorasib with panitumumab requested for KRAS G12C metastatic sigmoid cancer after "
         "FOLFIRI and capecitabine; oxaliplatin was never given (neuropathy after cisplatin "
         "for his 2022 lung cancer).",
         "Lumakras label 1 (colorectal, CodeBreaK 300): with panitumumab for KRAS G12C-mutated "
         "metastatic colorectal cancer after prior fluoropyrimidine-, oxaliplatin- and "
         "irinotecan-based chemotherapy. Cisplatin/pemetrexed for NSCLC is not oxaliplatin-"
         "based therapy, and the note states oxaliplatin was never given. The prior-therapy "
         "gate is contradicted: refer-to-reviewer.",
         "no oxaliplatin; platinum was cisplatin for lung cancer",
         "male", "1954-02-22", ("Sandoval", "Ernesto"))
lung = c.primary(cc((ICD, "C34.31")), "2022-01-17", clinical="remission",
                 stage=cc((AJCC, "3A"), text="IIIA"))
c.admins([hc("J9060"), hc("J9305")], ["2022-02-07", "2022-02-28", "2022-03-21"], reason=lung)
c.admins([hc("J9173")], ["2022-05-02", "2022-06-27", "2022-08-22"], reason=lung)
col = c.primary(cc((ICD, "C18.7")), "2025-02-03", stage=cc(ST_IV, text="Stage IVA"))
c.secondary(cc((ICD, "C78.7")), "2025-02-10", primary=col)
c.variant("2025-02-24", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          focus=[col])
c.admins([hc("J9206"), hc("J9190")], ["2025-03-03", "2025-03-17", "2025-03-31", "2025-04-14",
                                      "2025-04-28", "2025-05-12"], reason=col)
c.med("stmt", rx("194000"), "2025-06-01", end="2026-08-15", reason=col)
c.progression("2026-08-24", focus=[col])
c.doc("GI oncology 2026-09-14: oxaliplatin never given for the colorectal cancer (grade 2 "
      "peripheral neuropathy after cisplatin for lung cancer, 2022). Regimens: FOLFIRI, then "
      "capecitabine. Requesting sotorasib + panitumumab.", "2026-09-14")
c.med("req", hc("J9303"), "2026-09-16", status="draft", intent="proposal", reason=col)
c.med("req", rx("2550714", "sotorasib 960 mg daily"), "2026-09-16", status="draft",
      intent="proposal", reason=col)

# c12 bevacizumab for 'metastatic colon cancer': colon is stage IIA; liver mets are breast
c = case(12, "colorectal", "2026-07-22", svc(HCPCS, "J9035"), RR, None,
         "Bevacizumab (Avastin) with FOLFOX requested for 'metastatic colon cancer (liver)'; "
         "the colon cancer is resected stage IIA (pT3 pN0, 0/22 nodes) and the liver biopsy "
         "shows metastatic breast carcinoma (GATA3+, ER+, CDX2-).",
         "Avastin label 1 (colorectal): metastatic colorectal cancer with fluorouracil-based "
         "chemotherapy (first/second line); not for adjuvant treatment. The liver metastases "
         "are linked by pathology to the 2019 breast primary; the colon cancer is non-"
         "metastatic stage IIA. The metastatic gate is contradicted for the colon cancer: "
         "refer-to-reviewer.",
         "colon stage IIA; liver mets are breast (GATA3+, CDX2-)",
         "female", "1960-08-08", ("Gunnarsdottir", "Sigrun"))
br = c.primary(cc((ICD, "C50.912")), "2019-05-06", body=cc((SCT, "80248007")))
c.marker(cc((LN, "16112-5")), "2019-05-09", vcc(POS, text="ER 90%"), focus=[br])
c.marker(cc((LN, "85319-2")), "2019-05-09", vcc(NEG, text="1+"), focus=[br])
c.med("stmt", rx("10324"), "2019-07-01", status="active", reason=br)
col = c.primary(cc((ICD, "C18.2")), "2025-03-10")
c.proc(cc((CPT, "44160")), "2025-04-07", reason=col)
c.stage("2025-04-15", "pT3 pN0 (0/22) cM0 - stage IIA", loinc="21902-2", focus=[col])
c.med("req", hc("J9035", "bevacizumab 5 mg/kg + FOLFOX q2w"), "2026-06-12", status="draft",
      intent="proposal", note="Surgeon's request on CT finding of new liver lesions.")
lspec = c.specimen("Percutaneous core biopsy", "2026-06-29", "Liver segment V")
c.report(tcc("Surgical pathology - liver biopsy"), "2026-07-01",
         "Metastatic carcinoma, GATA3 positive, ER 85%, CK7 positive, CK20 negative, CDX2 "
         "negative: consistent with metastatic breast carcinoma, not colorectal.",
         specimen=lspec)
c.secondary(cc((ICD, "C78.7")), "2026-07-01", primary=br)
c.cea("2026-06-20", 2.0)


# ================================================================ PROSTATE
# p01 apalutamide mCSPC; resected lung cancer history; bone met proven prostate
c = case(1, "prostate", "2026-03-31", svc(RX, "1999574"), S, None,
         "Apalutamide (Erleada) with ADT for newly diagnosed metastatic castration-sensitive "
         "prostate cancer, in a man with a resected stage IA lung adenocarcinoma (2019); the "
         "bone lesion was biopsied and is prostatic (NKX3.1+, PSA+, TTF-1-).",
         "Erleada label 1: metastatic castration-sensitive prostate cancer (TITAN) and "
         "non-metastatic CRPC. Bone metastasis assigned by pathology to the prostate primary, "
         "pre-ADT testosterone 420 ng/dL (Z19.1), degarelix started: supported. The lung "
         "cancer is a resolved stage IA primary.",
         "mCSPC; bone met proven prostate, lung cancer history",
         "male", "1951-09-14", ("Kaminski", "Jerzy"))
lung = c.primary(cc((ICD, "C34.11")), "2019-08-05", clinical="resolved", abated="2019-09-30")
c.proc(cc((CPT, "32663")), "2019-09-09", reason=lung)
c.stage("2019-09-16", "pT1c pN0 M0 - stage IA3", loinc="21902-2", focus=[lung])
pro = c.primary(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+5=9"), "2026-01-12")
c.psa("2026-01-08", 64.0, focus=[pro])
c.testosterone("2026-01-08", 420)
bspec = c.specimen("CT-guided core biopsy", "2026-01-26", "Left iliac bone lesion")
c.report(tcc("Surgical pathology - bone biopsy"), "2026-01-28",
         "Metastatic adenocarcinoma, NKX3.1 positive, PSA positive, TTF-1 negative, napsin A "
         "negative: prostatic origin; not recurrent lung adenocarcinoma.", specimen=bspec)
c.secondary(cc((SCT, "94222008")), "2026-01-28", primary=pro)
c.stage("2026-01-30", "cT3a cN0 cM1b - stage IVB", code=ST_IV, focus=[pro])
c.cond(cc((ICD, "Z19.1")), "2026-01-30")
c.med("admin", hc("J9155", "degarelix 240 mg SC loading"), "2026-02-16", reason=pro)
c.med("req", rx("1999574", "Erleada 240 mg daily with ADT"), "2026-03-20", status="draft",
      intent="proposal", reason=pro)

# p02 Lu-PSMA after enzalutamide and docetaxel; colon cancer history Z85.038
c = case(2, "prostate", "2026-10-28", svc(HCPCS, "A9607"), S, None,
         "Lutetium Lu 177 vipivotide tetraxetan (Pluvicto) for PSMA-positive mCRPC after "
         "enzalutamide and docetaxel, in a man with a history of colon cancer (2016, coded "
         "Z85.038).",
         "Pluvicto label 1: PSMA-positive mCRPC treated with an androgen receptor pathway "
         "inhibitor and either considered appropriate to delay taxane-based chemotherapy or "
         "after taxane-based chemotherapy (VISION, PSMAfore). Castrate testosterone with rising "
         "PSA (Z19.2), enzalutamide and docetaxel linked to the prostate Condition, PSMA PET "
         "positive bone metastases linked to the prostate primary: supported.",
         "PSMA+ mCRPC after ARPI and docetaxel; colon cancer history only",
         "male", "1946-03-03", ("Petersen", "Knud"))
c.cond(cc((ICD, "Z85.038")), "2016-06-01", note="Sigmoid colon cancer 2016, resected, NED.")
pro = c.primary(cc((ICD, "C61")), "2019-02-18")
c.secondary(cc((SCT, "94222008")), "2022-05-10", primary=pro)
c.admins([hc("J9217")], ["2026-01-12", "2026-04-13", "2026-07-13"], reason=pro)
c.med("stmt", rx("1307298", "enzalutamide 160 mg daily"), "2022-06-01", end="2024-10-01",
      reason=pro)
c.admins([hc("J9171")], ["2024-11-04", "2024-11-25", "2024-12-16", "2025-01-06", "2025-01-27",
                         "2025-02-17"], reason=pro)
c.cond(cc((ICD, "Z19.2")), "2024-09-20")
c.testosterone("2026-07-13", 15)
for d, v in (("2026-03-02", 6.1), ("2026-06-01", 11.8), ("2026-08-31", 24.5)):
    c.psa(d, v, focus=[pro])
c.proc(cc((CPT, "78815"), text="PSMA PET/CT (F-18 piflufolastat)"), "2026-09-15", reason=pro)
c.report(cc((LN, "18748-4")), "2026-09-15",
         "PSMA PET: multiple PSMA-avid osseous metastases (uptake above liver); no PSMA-negative "
         "measurable lesions.", cat="RAD")
c.ecog("2026-10-05", 1)
c.med("req", hc("A9607", "Pluvicto 7.4 GBq q6w x6"), "2026-10-19", status="draft",
      intent="proposal", reason=pro)

# p03 enzalutamide mCSPC; lung nodules proven prostate; old lung cancer (Z85.118)
c = case(3, "prostate", "2026-05-14", svc(RX, "1307298"), S, None,
         "Enzalutamide (Xtandi) with ADT for metastatic castration-sensitive prostate cancer "
         "with lung nodules, in a former smoker with a resected stage IA lung cancer (2020, "
         "coded Z85.118); the nodule biopsy is prostatic (PSA+, NKX3.1+, TTF-1-).",
         "Xtandi label 1: CRPC; metastatic castration-sensitive prostate cancer (ARCHES); "
         "nmCSPC with high-risk biochemical recurrence. The lung nodules are metastases of the "
         "prostate primary by pathology, testosterone 380 ng/dL before ADT, leuprolide "
         "started: mCSPC, supported.",
         "mCSPC with lung mets proven prostate; lung-cancer history",
         "male", "1949-06-21", ("Olsson", "Gunnar"))
c.cond(cc((ICD, "Z85.118")), "2020-10-01",
       note="RUL adenocarcinoma stage IA1, lobectomy 2020; no systemic therapy.")
pro = c.primary(cc((SCT, "399068003"), text="Prostate adenocarcinoma, Gleason 4+4"), "2026-03-09")
c.psa("2026-03-02", 38.0, focus=[pro])
c.testosterone("2026-03-02", 380)
nspec = c.specimen("CT-guided core biopsy", "2026-03-23", "Right lower lobe nodule")
c.report(tcc("Surgical pathology - lung nodule biopsy"), "2026-03-25",
         "Metastatic adenocarcinoma, PSA positive, NKX3.1 positive, TTF-1 negative, napsin A "
         "negative: metastatic prostatic adenocarcinoma; not a lung recurrence.",
         specimen=nspec)
c.secondary(cc((ICD, "C78.01")), "2026-03-25", primary=pro)
c.stage("2026-03-27", "cT3b cN1 cM1c - stage IVB", code=ST_IV, focus=[pro])
c.med("admin", hc("J9217"), "2026-04-06", reason=pro)
c.med("req", rx("1307298", "Xtandi 160 mg daily"), "2026-05-05", status="draft",
      intent="proposal", reason=pro)

# p04 radium-223; stage IA lung cancer after SBRT is not visceral prostate metastasis
c = case(4, "prostate", "2026-08-19", svc(HCPCS, "A9606"), S, None,
         "Radium-223 (Xofigo) for CRPC with painful bone metastases after abiraterone, in a man "
         "whose left-upper-lobe stage IA lung cancer was treated with SBRT in 2024; CT shows no "
         "visceral or nodal metastases (stable post-SBRT scar).",
         "Xofigo label 1: castration-resistant prostate cancer with symptomatic bone "
         "metastases and no known visceral metastatic disease (ALSYMPCA). Castrate testosterone "
         "with rising PSA (Z19.2), bone metastases linked to the prostate primary, opioid-"
         "requiring pain; the treated stage IA lung primary is a separate non-metastatic "
         "cancer, not visceral metastatic disease: supported (judgement call, see .md).",
         "symptomatic bone-only mCRPC; lung lesion is a treated stage IA primary",
         "male", "1944-11-11", ("Dubois", "Marcel"))
lung = c.primary(cc((ICD, "C34.12")), "2024-04-15", clinical="remission",
                 stage=tcc("Stage IA2 (cT1b N0 M0), SBRT 54 Gy/3 fractions 2024"))
pro = c.primary(cc((ICD, "C61")), "2017-09-04")
c.secondary(cc((ICD, "C79.51")), "2023-03-06", primary=pro)
c.admins([hc("J9217")], ["2026-01-05", "2026-04-06", "2026-07-06"], reason=pro)
c.med("stmt", rx("1100072", "abiraterone + prednisone"), "2023-04-01", end="2025-11-01",
      reason=pro)
c.cond(cc((ICD, "Z19.2")), "2025-10-15")
c.testosterone("2026-07-06", 12)
for d, v in (("2026-02-02", 9.4), ("2026-05-04", 17.2), ("2026-07-06", 31.0)):
    c.psa(d, v, focus=[pro])
c.report(cc((LN, "18748-4")), "2026-07-20",
         "Bone scan: multiple new rib and pelvic lesions. CT chest/abdomen/pelvis: no visceral "
         "or nodal metastases; stable post-SBRT scar left upper lobe.", cat="RAD")
c.doc("GU oncology 2026-08-05: bone pain requiring oxycodone; mCRPC progressing after "
      "abiraterone. No visceral disease. Plan radium-223 x6.", "2026-08-05")
c.med("req", hc("A9606", "Xofigo 55 kBq/kg q4w x6"), "2026-08-10", status="draft",
      intent="proposal", reason=pro)

# p05 abiraterone high-risk mCSPC; liver lesion proven prostate; colon cancer history
c = case(5, "prostate", "2026-02-25", svc(RX, "1100072"), S, None,
         "Abiraterone (Zytiga) with prednisone and ADT for high-risk metastatic castration-"
         "sensitive prostate cancer (Gleason 9, six bone lesions, liver metastasis), in a man "
         "with a resected stage II colon cancer (2018); the liver lesion is prostatic (NKX3.1+, "
         "CDX2-).",
         "Zytiga label 1: with prednisone for mCRPC and for metastatic high-risk CSPC "
         "(LATITUDE: >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis). All three "
         "risk features are on the prostate primary, the liver lesion is assigned to prostate "
         "by pathology, pre-ADT testosterone 450 ng/dL (Z19.1): supported.",
         "high-risk mCSPC; liver met proven prostate not colon",
         "male", "1953-12-30", ("Ferreira", "Joaquim"))
col = c.primary(cc((ICD, "C18.2")), "2018-05-14", clinical="resolved", abated="2018-06-30",
                stage=tcc("Stage IIA (pT3 pN0), resection only"))
pro = c.primary(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+5=9"), "2025-12-08")
c.psa("2025-12-01", 112.0, focus=[pro])
c.testosterone("2025-12-01", 450)
c.secondary(cc((SCT, "94222008")), "2025-12-15", primary=pro,
            note="Bone scan: six lesions (spine, pelvis, ribs).")
lspec = c.specimen("Percutaneous core biopsy", "2025-12-22", "Liver segment II")
c.report(tcc("Surgical pathology - liver biopsy"), "2025-12-24",
         "Metastatic adenocarcinoma, NKX3.1 positive, PSA positive, CDX2 negative, CK20 "
         "negative: metastatic prostatic adenocarcinoma; not recurrent colorectal cancer.",
         specimen=lspec)
c.secondary(cc((ICD, "C78.7")), "2025-12-24", primary=pro)
c.cond(cc((ICD, "Z19.1")), "2025-12-24")
c.stage("2025-12-28", "cT3b cN1 cM1c - stage IVB", code=ST_IV, focus=[pro])
c.med("admin", hc("J9155", "degarelix 240 mg"), "2026-01-05", reason=pro)
c.med("req", rx("1100072", "abiraterone 1000 mg daily + prednisone 5 mg daily"), "2026-02-16",
      status="draft", intent="proposal", reason=pro)

# p06 triptorelin: node-positive prostate cancer in a man with stage IV NSCLC
c = case(6, "prostate", "2026-11-18", svc(HCPCS, "J3315"), S, None,
         "Triptorelin (Trelstar) androgen deprivation for node-positive (cN1, stage IVA) "
         "prostate cancer found on PSMA PET in a man on pembrolizumab for metastatic NSCLC "
         "(brain metastasis).",
         "Trelstar label 1: palliative treatment of advanced prostate cancer. The prostate "
         "cancer itself is advanced (PSMA-avid pelvic nodes, cN1, stage IVA, PSA 58, Gleason "
         "4+4); the NSCLC's stage IV and brain metastasis are linked to the lung primary and "
         "are not needed: supported.",
         "node-positive (advanced) prostate cancer; stage IV belongs to NSCLC",
         "male", "1952-05-17", ("Osei", "Kwabena"))
lung = c.primary(cc((ICD, "C34.31")), "2025-06-02", stage=cc(ST_IV, text="Stage IVB"))
c.secondary(cc((SCT, "94225005")), "2025-06-10", primary=lung)
c.admins([hc("J9271")], ["2026-07-06", "2026-08-17", "2026-09-28", "2026-11-09"], reason=lung)
pro = c.primary(cc((ICD, "C61")), "2026-09-14",
                note="Gleason 4+4; PSMA PET: bilateral external iliac nodes, no bone lesions.")
c.psa("2026-09-01", 58.0, focus=[pro])
c.testosterone("2026-09-01", 390)
c.stage("2026-10-02", "cT3a cN1 cM0 - stage IVA", code=(AJCC, "4A"), focus=[pro])
c.med("req", hc("J3315", "Trelstar 22.5 mg IM q24w"), "2026-11-10", status="draft",
      intent="proposal", reason=pro)

# p07 olaparib + abiraterone: BRCA pending; somatic BRCA2 is the colon tumor's
c = case(7, "prostate", "2026-06-17", svc(RX, "1597582"), ND, ["brca"],
         "Olaparib with abiraterone requested first line for mCRPC; prostate tumor and germline "
         "testing are pending; the only BRCA2 result is a tumor-only variant (VAF 6%) from the "
         "patient's 2023 colon cancer.",
         "Lynparza label 1 (prostate): with abiraterone and prednisone for BRCA-mutated mCRPC "
         "(PROpel); alone for HRR gene-mutated mCRPC after enzalutamide or abiraterone "
         "(PROfound - ARPI-naive here). The colon tumor's somatic BRCA2 (focus colon "
         "Condition) is not a prostate tumor or germline result: needs-documentation (brca).",
         "prostate/germline BRCA pending; BRCA2 in chart is the colon tumor's",
         "male", "1950-10-10", ("Nyberg", "Olof"))
col = c.primary(cc((ICD, "C18.7")), "2023-03-06", clinical="remission",
                stage=cc((AJCC, "3A"), text="IIIA"))
cspec = c.specimen("Sigmoid colectomy specimen", "2023-03-27", "Sigmoid colon")
c.variant("2023-04-12", "HGNC:1101", c="NM_000059.4:c.6275_6276del",
          p="NP_000050.3:p.(Leu2092ProfsTer7)",
          text="BRCA2 frameshift, VAF 6% (tumor-only, germline not assessed)",
          focus=[col], specimen=cspec)
c.admins([hc("J9263"), hc("J9190")], ["2023-04-24", "2023-05-08", "2023-05-22"], reason=col)
pro = c.primary(cc((ICD, "C61")), "2021-07-12")
c.secondary(cc((ICD, "C79.51")), "2024-02-05", primary=pro)
c.admins([hc("J9217")], ["2025-12-01", "2026-03-02"], reason=pro)
c.testosterone("2026-03-02", 14)
for d, v in (("2025-12-01", 3.2), ("2026-03-02", 6.9), ("2026-05-04", 13.5)):
    c.psa(d, v, focus=[pro])
c.cond(cc((ICD, "Z19.2")), "2026-05-06")
c.sreq(cc((CPT, "81162")), "2026-05-11", reason=pro, note="Germline BRCA1/2; pending.")
c.sreq(cc((CPT, "81445")), "2026-05-11", reason=pro, note="Prostate tissue HRR panel; pending.")
c.med("req", rx("1597582", "olaparib 300 mg BID + abiraterone/prednisone"), "2026-06-08",
      status="draft", intent="proposal", reason=pro)

# p08 enzalutamide high-risk BCR: PSA values absent; CEA values belong to rectal surveillance
c = case(8, "prostate", "2026-10-07", svc(RX, "1307298"), ND, ["psa"],
         "Enzalutamide requested for 'high-risk biochemical recurrence' after prostatectomy; "
         "no PSA values or doubling time are in the record (outside lab), only CEA values from "
         "rectal cancer surveillance; testosterone 410 ng/dL, imaging negative.",
         "Xtandi label 1: nmCSPC with biochemical recurrence at high risk for metastasis "
         "(EMBARK: PSA doubling time <= 9 months). The CRPC and mCSPC indications are excluded "
         "(non-castrate, imaging negative). The BCR route needs PSA values/kinetics, which are "
         "absent: needs-documentation (psa).",
         "no PSA values or PSADT; only CEA (rectal surveillance)",
         "male", "1956-04-18", ("McAllister", "Ruairi"))
rec = c.primary(cc((ICD, "C20")), "2022-02-14", clinical="remission",
                stage=tcc("Stage IIA (ypT3 N0), resected"))
for d, v in (("2025-10-06", 2.1), ("2026-04-06", 2.4), ("2026-09-28", 2.2)):
    c.cea(d, v)
pro = c.primary(cc((ICD, "C61")), "2019-01-21")
c.proc(cc((CPT, "55866")), "2019-03-11", reason=pro)
c.testosterone("2026-09-14", 410)
c.proc(cc((CPT, "78306")), "2026-09-16", reason=pro)
c.report(cc((LN, "18748-4")), "2026-09-18", "Bone scan and CT abdomen/pelvis: no metastatic "
         "disease.", cat="RAD")
c.doc("Urology letter 2026-09-25: biochemical recurrence after prostatectomy, 'PSA rising "
      "quickly' per outside laboratory; values to be forwarded. Requesting enzalutamide "
      "(EMBARK).", "2026-09-25", kind="11488-4")
c.med("req", rx("1307298"), "2026-09-30", status="draft", intent="proposal", reason=pro)

# p09 sipuleucel-T: CRPC, new solitary bone lesion of unsettled origin (lung vs prostate)
c = case(9, "prostate", "2026-09-30", svc(HCPCS, "Q2043"), ND, ["metastatic"],
         "Sipuleucel-T (Provenge) requested for asymptomatic CRPC in a man treated for stage "
         "IIIA NSCLC in 2025; a new solitary T9 lesion could be prostate or lung metastasis and "
         "its biopsy is pending; no other metastasis is documented.",
         "Provenge label 1: asymptomatic or minimally symptomatic metastatic castrate-resistant "
         "prostate cancer (IMPACT). Castration resistance is documented (PSA rise on ADT, "
         "testosterone 18 ng/dL, Z19.2); whether the prostate cancer is metastatic depends on "
         "the unsettled origin of the single bone lesion (no secondary-cancer Condition, "
         "biopsy pending): needs-documentation (metastatic).",
         "metastatic status of the prostate cancer unsettled (bone lesion biopsy pending)",
         "male", "1948-02-02", ("Hendricks", "Willem"))
lung = c.primary(cc((ICD, "C34.11")), "2025-01-13", stage=cc(ST_IIIA, text="IIIA"))
c.admins([hc("J9045"), hc("J9267")], ["2025-02-03", "2025-02-10", "2025-02-17"], reason=lung)
c.admins([hc("J9173")], ["2025-04-07", "2025-05-05", "2025-06-02"], reason=lung)
pro = c.primary(cc((ICD, "C61")), "2018-06-04",
                note="IMRT + ADT 2018; continuous leuprolide since 2023 for rising PSA.")
c.admins([hc("J9217")], ["2026-02-02", "2026-05-04", "2026-08-03"], reason=pro)
c.testosterone("2026-08-03", 18)
for d, v in (("2026-02-02", 1.9), ("2026-05-04", 3.6), ("2026-08-03", 6.8)):
    c.psa(d, v, focus=[pro])
c.cond(cc((ICD, "Z19.2")), "2026-08-05")
c.report(cc((LN, "18748-4")), "2026-08-24",
         "Bone scan: solitary new T9 lesion; differential metastatic prostate vs lung "
         "carcinoma. CT: no other lesion. Recommend PSMA PET and CT-guided biopsy.", cat="RAD")
c.sreq(tcc("CT-guided biopsy T9 lesion (prostate vs lung origin)"), "2026-08-28", reason=pro,
       note="Scheduled 2026-10-08.")
c.ecog("2026-09-14", 0)
c.doc("GU oncology 2026-09-21: asymptomatic CRPC; requesting sipuleucel-T.", "2026-09-21")

# p10 radium-223 with liver metastases proven prostatic (colon cancer history)
c = case(10, "prostate", "2026-04-15", svc(HCPCS, "A9606"), RR, None,
         "Radium-223 requested for CRPC with painful bone metastases; new liver lesions in this "
         "man with a 2019 colon cancer were biopsied and are prostatic (NKX3.1+, PSA+, CDX2-).",
         "Xofigo label 1: CRPC with symptomatic bone metastases and no known visceral "
         "metastatic disease (ALSYMPCA). The liver metastases are linked by pathology to the "
         "prostate primary: visceral metastatic disease is documented, contradicting the "
         "label: refer-to-reviewer.",
         "liver mets proven prostatic (visceral disease)",
         "male", "1947-07-07", ("Lindqvist", "Bertil"))
col = c.primary(cc((ICD, "C18.7")), "2019-02-04", clinical="remission",
                stage=cc((AJCC, "3A"), text="IIIA"))
c.admins([hc("J9263"), hc("J9190")], ["2019-03-11", "2019-03-25", "2019-04-08"], reason=col)
pro = c.primary(cc((ICD, "C61")), "2016-10-03")
c.secondary(cc((SCT, "94222008")), "2022-01-17", primary=pro)
c.admins([hc("J9217")], ["2025-10-06", "2026-01-05"], reason=pro)
c.med("stmt", rx("1307298"), "2022-02-01", end="2025-09-01", reason=pro)
c.cond(cc((ICD, "Z19.2")), "2025-08-18")
c.testosterone("2026-01-05", 11)
lspec = c.specimen("Percutaneous core biopsy", "2026-02-23", "Liver segment VI")
c.report(tcc("Surgical pathology - liver biopsy"), "2026-02-25",
         "Metastatic adenocarcinoma, NKX3.1 positive, PSA positive, CDX2 negative, CK20 "
         "negative: metastatic prostatic adenocarcinoma, not recurrent colorectal carcinoma.",
         specimen=lspec)
c.secondary(cc((ICD, "C78.7")), "2026-02-25", primary=pro)
c.doc("GU oncology 2026-04-02: bone pain on opioids; liver metastases (prostatic). Referring "
      "physician requests radium-223.", "2026-04-02")
c.med("req", hc("A9606"), "2026-04-06", status="draft", intent="proposal", reason=pro)

# p11 apalutamide for localized castration-sensitive prostate cancer; bone mets are lung
c = case(11, "prostate", "2026-07-08", svc(RX, "1999574"), RR, None,
         "Apalutamide requested 'for metastatic prostate cancer' in a man with stage IVB NSCLC "
         "whose bone metastases are biopsy-proven lung (TTF-1+, NKX3.1-, PSA-); the prostate "
         "cancer is cT2a N0 M0, Gleason 3+4, PSA 6.8, never on ADT.",
         "Erleada label 1: metastatic castration-sensitive prostate cancer (TITAN) or "
         "non-metastatic castration-resistant prostate cancer (SPARTAN). The bone metastases are "
         "linked to the lung primary; PSMA PET shows prostate-confined disease; testosterone is "
         "non-castrate without ADT. The prostate cancer is localized and castration-sensitive, "
         "contradicting both indications: refer-to-reviewer.",
         "localized CSPC; bone mets are lung (TTF-1+, PSMA-negative)",
         "male", "1950-03-25", ("Vukovic", "Milan"))
lung = c.primary(cc((ICD, "C34.31")), "2026-04-06", stage=cc(ST_IV, text="Stage IVB"))
bspec = c.specimen("CT-guided core biopsy", "2026-04-14", "L4 vertebral body")
c.report(tcc("Surgical pathology - bone biopsy"), "2026-04-16",
         "Metastatic adenocarcinoma, TTF-1 positive, napsin A positive, NKX3.1 negative, PSA "
         "negative: lung primary.", specimen=bspec)
c.secondary(cc((SCT, "94222008")), "2026-04-16", primary=lung)
pro = c.primary(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 3+4=7"), "2026-05-11")
c.psa("2026-05-04", 6.8, focus=[pro])
c.testosterone("2026-05-04", 410)
c.report(cc((LN, "18748-4")), "2026-06-01",
         "PSMA PET: PSMA uptake confined to the prostate (right mid-gland); osseous lesions are "
         "PSMA-negative (FDG-avid, biopsy-proven lung metastases).", cat="RAD")
c.stage("2026-06-03", "cT2a cN0 cM0 - stage IIB", code=ST_IIB, focus=[pro])
c.med("req", rx("1999574", "apalutamide 240 mg daily"), "2026-06-20", status="draft",
      intent="proposal", note="Outside request: 'metastatic prostate cancer'.")

# p12 Lu-PSMA in ADT-naive metastatic prostate cancer; progression/chemo belong to colon
c = case(12, "prostate", "2026-09-16", svc(HCPCS, "A9607"), RR, None,
         "Lutetium Lu 177 vipivotide tetraxetan requested for PSMA-avid bone-metastatic prostate "
         "cancer that has never received ADT or an ARPI (testosterone 440 ng/dL); the "
         "'progression after chemotherapy' in the chart belongs to the patient's metastatic "
         "colon cancer.",
         "Pluvicto label 1: PSMA-positive metastatic castration-resistant prostate cancer after "
         "an ARPI (VISION/PSMAfore). The prostate cancer is hormone-naive (non-castrate "
         "testosterone, no ADT, no ARPI); FOLFOX/FOLFIRI and the progression are linked to the "
         "colon Condition. The castration-resistance and prior-ARPI gates are contradicted: "
         "refer-to-reviewer.",
         "hormone-naive prostate (T 440, no ADT/ARPI); progression is the colon's",
         "male", "1949-12-12", ("Brennan", "Seamus"))
col = c.primary(cc((ICD, "C18.2")), "2024-01-15", stage=cc(ST_IV, text="Stage IVA (liver)"))
c.secondary(cc((ICD, "C78.7")), "2024-01-22", primary=col)
c.admins([hc("J9263"), hc("J9190"), hc("J9035")], ["2024-02-05", "2024-02-19", "2024-03-04"],
         reason=col)
c.admins([hc("J9206"), hc("J9190")], ["2025-03-03", "2025-03-17", "2025-03-31"], reason=col)
c.progression("2026-07-06", note="Hepatic progression on FOLFIRI.", focus=[col])
pro = c.primary(cc((ICD, "C61")), "2026-06-08")
c.psa("2026-06-01", 42.0, focus=[pro])
c.testosterone("2026-06-01", 440)
c.report(cc((LN, "18748-4")), "2026-06-22",
         "PSMA PET: PSMA-avid prostate primary and multiple PSMA-avid osseous lesions; hepatic "
         "lesions PSMA-negative (known colorectal metastases).", cat="RAD")
c.secondary(cc((SCT, "94222008")), "2026-06-22", primary=pro)
c.doc("Oncology 2026-09-01: new metastatic prostate cancer, hormone-naive (no ADT, no "
      "androgen receptor inhibitor). Colon cancer progressing on FOLFIRI. Requesting "
      "Pluvicto.", "2026-09-01")
c.med("req", hc("A9607"), "2026-09-08", status="draft", intent="proposal", reason=pro)


# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "recordedDate", "issued",
             "authoredOn", "performedDateTime", "date", "dateAsserted", "start", "end",
             "birthDate", "occurrenceDateTime", "abatementDateTime", "collectedDateTime"}
URN_RE = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
KNOWN_URLS = {P_PRIMARY, P_SECONDARY, P_TMT, P_STAGE, X_RELATED}
HGVS_RE = re.compile(r"^(N[MP]_\d+\.\d+:)?(c\.[0-9_]+(del|dup|[ACGT]>[ACGT])|"
                     r"p\.\(?[A-Z][a-z]{2}\d+[A-Z][a-z]{2}(fsTer\d+)?\)?)$")


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
    pids = set()
    for c in cases:
        cid = c["id"]
        e = lambda m, cid=cid: errs.append(f"{cid}: {m}")
        if not re.fullmatch(r"lab19-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]) or c["date"] > LATEST:
            e("bad as-of date")
        s = c["service"]
        if s["system"] not in (RX, HCPCS) or (s["system"], s["code"]) not in VERIFIED:
            e("service not a verified RxNorm/HCPCS code")
        elif s.get("display") != VERIFIED[(s["system"], s["code"])][0]:
            e("service display mismatch")
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
        kinds = {}
        for ent in b["entry"]:
            u, r = ent["fullUrl"], ent["resource"]
            if not URN_RE.match(u):
                e(f"bad fullUrl {u}")
            if u in urls or u in all_urls:
                e(f"duplicate fullUrl {u}")
            urls.add(u)
            if "resourceType" not in r or not r.get("id"):
                e("resource without resourceType/id")
            kinds[u] = r["resourceType"]
            if r["resourceType"] == "Patient":
                patients += 1
                if not r["id"].startswith("nec19-"):
                    e("patient id prefix")
                if r["id"] in pids:
                    e("duplicate patient id")
                pids.add(r["id"])
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
            for p in r.get("meta", {}).get("profile", []):
                if p not in KNOWN_URLS:
                    e(f"unknown profile {p}")
            for x in r.get("extension", []):
                if x["url"] not in KNOWN_URLS:
                    e(f"unknown extension {x['url']}")
                if kinds.get(x["valueReference"]["reference"]) != "Condition" and \
                        x["valueReference"]["reference"] not in urls:
                    pass  # checked by the reference walk below
        all_urls |= urls
        if patients != 1:
            e(f"{patients} patients")
        # the case cancer must have a (non-history) Condition in the record, except when
        # the point of the case is that it does not (checked loosely: any Condition)
        if not any(k == "Condition" for k in kinds.values()):
            e("no Condition")

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
                    if cd.get("system") == HGVS:
                        if not HGVS_RE.match(cd["code"]):
                            e(f"bad HGVS {cd['code']}")
                        continue
                    if key not in VERIFIED:
                        e(f"unverified coding {key}")
                    elif cd.get("display") != VERIFIED[key][0]:
                        e(f"display mismatch {key}")
            if k == "data" and isinstance(v, str):
                base64.b64decode(v, validate=True)
        walk(b, chk)
        # focus / reasonReference / related-primary must point at Conditions
        for ent in b["entry"]:
            r = ent["resource"]
            targets = [f["reference"] for f in r.get("focus", [])]
            targets += [x["reference"] for x in r.get("reasonReference", [])]
            targets += [x["valueReference"]["reference"] for x in r.get("extension", [])]
            for t in targets:
                if kinds.get(t) != "Condition":
                    e(f"{r['resourceType']} points at {kinds.get(t)} not Condition")
            if "specimen" in r and r["resourceType"] == "Observation":
                if kinds.get(r["specimen"]["reference"]) != "Specimen":
                    e("Observation.specimen not a Specimen")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp), 0) != n:
                errs.append(f"{cancer} {exp}: {tally.get((cancer, exp), 0)} != {n}")
    return errs


# ---------------------------------------------------------------- markdown
JUDGEMENT_CALLS = [
    ("lab19-colorectal-02", "Adagrasib + cetuximab: the only oxaliplatin was adjuvant FOLFOX "
     "(2017) for an earlier, resolved sigmoid primary; the metastatic disease is a metachronous "
     "ascending-colon primary. The label gate ('following treatment with fluoropyrimidine-, "
     "oxaliplatin- and irinotecan-based chemotherapy') is read as drug exposure for colorectal "
     "cancer, so it is met; a reviewer who requires oxaliplatin for the metastatic disease "
     "itself would refer instead. Expected: supported."),
    ("lab19-breast-10 / lab19-nsclc-10 / lab19-colorectal-11", "Prior-therapy gates are read "
     "for the cancer the request is for. Trodelvy ('two or more prior systemic therapies, at "
     "least one for metastatic disease') and Lumakras NSCLC ('at least one prior systemic "
     "therapy') mean therapy for that cancer (ASCENT, CodeBreaK 100 eligibility), so "
     "FOLFOX for rectal cancer or AC-T for breast cancer does not count. The colorectal "
     "'oxaliplatin-based' gate is drug exposure, and cisplatin (for NSCLC) is not oxaliplatin. "
     "In all three the record states the relevant history explicitly, so the gate is "
     "contradicted (refer-to-reviewer), not merely absent."),
    ("lab19-nsclc-09", "Adagrasib NSCLC with no lung-cancer treatment records (transfer of "
     "care) and FOLFOX for a colon cancer in the chart: the NSCLC prior-therapy fact is absent "
     "rather than contradicted, so needs-documentation (prior_therapy); contrast lab19-nsclc-10 "
     "where the oncologist documents the lung cancer as treatment-naive."),
    ("lab19-breast-03 / lab19-breast-09 / lab19-prostate-07", "A germline BRCA2 variant "
     "belongs to the patient and applies to every cancer (breast-03: found at prostate work-up, "
     "supports olaparib for breast). A tumor-only, low-VAF BRCA2 variant of another cancer "
     "(colon) establishes neither a germline variant (breast-09, OlympiA) nor a prostate tumor "
     "result (prostate-07, PROpel); with testing pending these are needs-documentation (brca)."),
    ("lab19-colorectal-08", "Lynch syndrome (germline MSH2) and a dMMR prostate cancer make a "
     "dMMR colon tumor likely, but the Opdivo label is for MSI-H/dMMR colorectal tumors; the "
     "colon tumor's own MMR/MSI result is pending, so needs-documentation (msi)."),
    ("lab19-prostate-04", "Radium-223 'no known visceral metastatic disease': a treated stage "
     "IA lung primary (SBRT, stable scar) is a separate non-metastatic cancer, not visceral "
     "metastasis of the prostate cancer; supported. The label does not address second "
     "primaries; a reviewer could ask for confirmation."),
    ("lab19-nsclc-05", "PACIFIC durvalumab for a stage IIIA lung cancer in a man whose "
     "prostate cancer is stage IV with PSMA-avid bone metastases: the stage gate is read on "
     "the lung cancer; the bone metastases are linked to the prostate primary. Supported. "
     "Trial eligibility commonly excludes patients with another active malignancy; the label's "
     "Indications and Usage does not, so a reviewer may still look at it."),
    ("lab19-prostate-09", "Sipuleucel-T with castration resistance documented but the only "
     "possible metastasis of unsettled origin (biopsy pending): needs-documentation "
     "(metastatic). An engine may report the missing fact as 'stage'; 'metastatic' is the fact "
     "named here."),
    ("lab19-nsclc-12", "The request is for NSCLC, but pathology assigns the lung lesions to "
     "the colorectal primary and the lung-cancer Condition is provisional (pre-biopsy): the "
     "record contradicts the NSCLC diagnosis (histology), refer-to-reviewer. Cemiplimab has no "
     "colorectal indication."),
    ("lab19-nsclc-08", "Adjuvant atezolizumab needs PD-L1 >= 1% on tumor cells of the lung "
     "tumor; a breast tumor's 22C3 combined positive score is neither the right tumor nor the "
     "right score. The metastatic routes are contradicted by resected stage IIIA disease, so "
     "the answer is needs-documentation (pdl1) rather than refer."),
    ("lab19-prostate-11 / lab19-nsclc-11 / lab19-colorectal-12", "Stage of the right cancer: "
     "metastases linked by pathology (and mCODE related-primary extension) to another primary "
     "do not make the requested cancer metastatic; each is refer-to-reviewer because the "
     "requested cancer's own stage contradicts every route of the product."),
]


def used_codings(doc):
    used = {}

    def fn(k, v, path):
        if k == "coding" and isinstance(v, list):
            for cd in v:
                if cd.get("system") == HGVS:
                    used[(HGVS, "*")] = True
                else:
                    used.setdefault((cd["system"], cd["code"]), False)
    for c in doc["cases"]:
        walk(c["bundle"], fn)
    for c in doc["cases"]:
        used[(c["service"]["system"], c["service"]["code"])] = True
    return used


def used_urls(doc):
    found = set()

    def fn(k, v, path):
        if k == "profile" and isinstance(v, list):
            found.update(v)
        if k == "url" and isinstance(v, str):
            found.add(v)
    for c in doc["cases"]:
        walk(c["bundle"], fn)
    return found


def render_md(doc):
    L = []
    L.append("# Label cases 19: more than one cancer in the record")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-19.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates). Do not edit by hand; change the script and "
             "rerun it. `--check` regenerates in memory, validates (48 cases, 6/3/3 per cancer, "
             "collection Bundles with `urn:uuid:` fullUrls, every reference resolving, `focus`, "
             "`reasonReference` and related-primary extensions pointing at Conditions, ISO dates "
             "no later than the as-of date and 2026-11-30, exactly one Patient `nec19-*` per "
             "case, every coding in the verified table below, every profile/extension URL in the "
             "verified URL list) and diffs with the files on disk.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read in this repository: `scripts/gen-label-cases-15.py` in full "
             "(case format, builders, validation, verified code-table approach); "
             "`tests/fixtures/necessity/README.md` (case format); the \"Code verification\" "
             "sections (code tables, source tags and their notes) of `label-cases-12.md` through "
             "`label-cases-18.md`. Nothing else of the repository was read: not `src/`, "
             "`crates/`, `pathways/`, the top-level `README.md`, any "
             "`tests/fixtures/necessity/*.json`, any other `scripts/gen-*.py`, nor the case "
             "tables or other sections of those .md files. Cargo and the oncotwin binary were "
             "neither built nor run. Outside the repository, public sources were consulted only "
             "to verify codes and URLs (listed under Code verification). Expected answers come "
             "from the FDA label Indications and Usage section (section 1) of the requested "
             "product, as of the 2025 labels, and the pivotal trial named in each case's "
             "`basis`, applied to the cancer the request is for.")
    L.append("")
    L.append("## Theme")
    L.append("")
    L.append("Older patients' charts hold two primaries or a history of another cancer. Each "
             "bundle carries both cancers, and the case tests that facts are read on the right "
             "one: metastases whose origin was settled by pathology (CDX2/CK20 vs TTF-1/napsin A "
             "vs GATA3 vs NKX3.1/PSA) and linked with the mCODE related-primary extension; "
             "biomarkers of one cancer (HER2, PD-L1, KRAS, BRAF, PIK3CA, somatic BRCA2, dMMR) "
             "that must not be read for the other, with `Observation.focus` and/or `specimen` "
             "pointing at the right Condition and some results carried only in report text; prior "
             "therapies given for the other cancer, with `reasonReference` to the right "
             "Condition (and some requests without); and the stage of the right cancer "
             "(`Condition.stage` per Condition, stage-group Observations with `focus` and "
             "`Condition.stage.assessment`). Diagnoses vary: ICD-10-CM with and without SNOMED "
             "body site, SNOMED only, personal-history Z85 codes, resolved/remission clinical "
             "status, a provisional pre-biopsy diagnosis, mCODE primary/secondary cancer "
             "condition profiles.")
    L.append("")
    L.append("refer-to-reviewer = the record contradicts a label gate for the requested cancer; "
             "needs-documentation = a gate fact for that cancer is simply absent "
             "(`expected_missing` lists the facts that must be among the missing ones); supported "
             "= every gate documented for that cancer.")
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
    L.append("## Judgement calls")
    L.append("")
    for cid, text in JUDGEMENT_CALLS:
        L.append(f"- **{cid}**: {text}")
    L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services. Rows tagged ICDX19 "
             "or GEN19 were verified for this set; every other row is a row of the "
             "label-cases-12..18 verification tables, with the sources those sets cite.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codings(doc)
    order = [HCPCS, RX, ICD, SCT, AJCC, LN, HGNC, CPT]
    for sysurl in order + sorted({k[0] for k in used} - set(order) - {HGVS}):
        for (s, code) in sorted((k for k in used if k[0] == sysurl), key=lambda k: k[1]):
            disp, src = VERIFIED[(s, code)]
            name = SYSNAME.get(s, "FHIR " + s.replace(TH, ""))
            L.append(f"| {name} | {code} | {disp}{' [service]' if used[(s, code)] else ''} | {src} |")
    if (HGVS, "*") in used:
        L.append("| HGVS | (expressions) | c./p. variant descriptions in genomic-variant components | HGVS |")
    L.append("")
    L.append("Profile and extension URLs (mCODE STU2+ canonical URLs, verified for this set "
             "[MCODEURL]):")
    L.append("")
    L.append("| URL | source |")
    L.append("|---|---|")
    urls = used_urls(doc)
    for u, src in PROFILE_SOURCES:
        if u in urls:
            L.append(f"| {u} | {src} |")
    L.append("")
    L.append("Source tags:")
    L.append("")
    for tag, text in SOURCE_TAGS:
        L.append(f"- **{tag}**: {text}")
    L.append("- **MCODEURL**: canonical mCODE StructureDefinition URLs found with find_string in "
             "public mCODE IG sources and bundles (ids listed per URL)")
    L.append("")
    L.append("Not coded (no ingredient RXCUI in the verified tables): trametinib, vinorelbine, "
             "trifluridine/tipiracil, oxycodone, prednisone, leucovorin; they appear only as "
             "text. Immunohistochemistry markers used to settle a metastasis's origin (CDX2, "
             "CK7, CK20, SATB2, TTF-1, napsin A, GATA3, SOX10, mammaglobin, NKX3.1, PSA "
             "immunostain), MMR protein IHC, colorectal HER2 IHC/FISH, ALK IHC and SP263 PD-L1 "
             "are written as text (report conclusions or text-coded Observations), because no "
             "LOINC code for them was verified here. The MSH2 gene is named only in text.")
    L.append("")
    return "\n".join(L)


def build():
    doc = {"cases": [c.to_json() for c in CASES]}
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n", render_md(doc), doc)


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
