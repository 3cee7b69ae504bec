#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-20.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: the record's lifecycle and status. Real EHR data holds results and orders in
many states; each case tests that only what truly stands as of the request date is
read: Observation.status preliminary / final / amended / corrected / cancelled /
entered-in-error / registered; DiagnosticReport partial / appended / amended /
corrected / entered-in-error; a pathology DocumentReference superseded by an
addendum (relatesTo replaces); Condition verificationStatus provisional ->
confirmed, refuted, entered-in-error and clinicalStatus remission / recurrence /
relapse; stage restated (clinical then pathological, restaging after progression);
MedicationRequest stopped / cancelled / on-hold / entered-in-error / completed and
intent proposal vs order; MedicationAdministration not-done / stopped /
entered-in-error; MedicationStatement not-taken / intended; Procedure not-done /
stopped / entered-in-error; duplicate copies of one result from two systems;
results dated after the request date (must not be used); meta.lastUpdated and
issued later than effective.

Written blind: the author read scripts/gen-label-cases-15.py in full (its machinery
is copied and adapted here), tests/fixtures/necessity/README.md, and only the
"Code verification" sections of tests/fixtures/necessity/label-cases-12.md ..
label-cases-19.md. Not read: src/, crates/, pathways/, the top-level README.md,
any tests/fixtures/necessity/*.json, any other scripts/gen-*.py, and the case
tables or other sections of those .md files. Cargo and the oncotwin binary were
neither built nor run.

Usage:
    python3 scripts/gen-label-cases-20.py           # write the .json and .md
    python3 scripts/gen-label-cases-20.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Dates: the case `date` is the request date. Every resource dates on or before it,
except resources registered with future=True (results that arrived after the
request and must not be used); those date strictly after it. No date anywhere is
later than 2026-11-30.

Codes: every coding written is looked up in VERIFIED below (system, code ->
display, source tags); the .md code-verification table is generated from the
codings actually used. Rows reuse the label-cases-12..19 verification tables and
their sources, plus [FHIR20] (condition-clinical recurrence/relapse and
condition-ver-status entered-in-error, read for this set on hl7.org / build.fhir.org
pages) and [GRVAR] (the HL7 Genomics Reporting 'variant' profile URL). meta.profile
URLs are checked against VERIFIED_URLS the same way.
"""
import argparse
import base64
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-20.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-20.md"
NS = uuid.UUID("3f0b2c20-6d1e-4a7b-9c20-20c0ffee2020")
DATE_CAP = "2026-11-30"

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
SYSNAME = {RX: "RxNorm", HCPCS: "HCPCS", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", HGNC: "HGNC", CPT: "CPT", HGVS: "HGVS", AJCC: "AJCC"}
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology"}

# Sending systems (HL7 example OID arc 2.16.840.1.113883.19): used as meta.source and
# identifier systems so that duplicate copies of one result are visibly from two feeds.
SRC_LIS = "urn:oid:2.16.840.1.113883.19.5.20.1"      # hospital laboratory feed
SRC_AP = "urn:oid:2.16.840.1.113883.19.5.20.2"       # anatomic pathology system
SRC_MOL = "urn:oid:2.16.840.1.113883.19.5.20.3"      # reference molecular laboratory
SRC_GERM = "urn:oid:2.16.840.1.113883.19.5.20.4"     # germline testing laboratory

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- HCPCS (rows of the label-cases-12..19 tables)
for code, disp, src in [
    ("A9606", "Radium ra-223 dichloride, therapeutic, per microcurie", "ADDB, ANWEB"),
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "ADDB, PAYER"),
    ("Q2043", "Sipuleucel-t auto cd54+", "ADDB26"),
    ("J9000", "Injection, doxorubicin hydrochloride, 10 mg", "ADDB, ANWEB"),
    ("J9022", "Injection, atezolizumab, 10 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("J9043", "Injection, cabazitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9060", "Injection, cisplatin, powder or solution, 10 mg", "ADDB, ANWEB"),
    ("J9119", "Injection, cemiplimab-rwlc, 1 mg", "ADDB, ANWEB"),
    ("J9155", "Injection, degarelix, 1 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9173", "Injection, durvalumab, 10 mg", "ADDB, ANWEB"),
    ("J9179", "Injection, eribulin mesylate, 0.1 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9201", "Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg", "ADDB, ANWEB"),
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9228", "Ipilimumab injection", "ADDB26"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9299", "Injection, nivolumab, 1 mg", "ADDB, ANWEB"),
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9316", "Injection, pertuzumab, trastuzumab, and hyaluronidase-zzxf, per 10 mg", "ADDB, PAYER"),
    ("J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "ADDB, PAYER, PUBJ"),
    ("J9354", "Injection, ado-trastuzumab emtansine, 1 mg", "ADDB, ANWEB"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9356", "Inj. herceptin hylecta, 10mg", "ADDB26"),
    ("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "ADDB, ANWEB"),
    ("J9395", "Injection, fulvestrant, 25 mg", "ADDB, ANWEB"),
]:
    V(HCPCS, code, disp, src)

# ---- RxNorm ingredients (rows of the label-cases-12..19 tables)
for code, disp, src in [
    ("1100072", "abiraterone", "RXL, TRL"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1312397", "regorafenib", "RXL, OMOPL"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1727455", "alectinib", "RXL, TRL"),
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("2103164", "lorlatinib", "RXL, OMOPL"),
    ("2169285", "alpelisib", "RXL, TRM"),
    ("2361285", "tucatinib", "RXL, RXV"),
    ("2550714", "sotorasib", "RXL, OFDA"),
    ("2625882", "adagrasib", "RXL, TRL"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
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
]:
    V(ICD, code, disp, src)

# ---- SNOMED CT
for code, disp, src in [
    ("1222769001", "American Joint Committee on Cancer stage IIB (qualifier value)",
     "CANSHARE 18115121853; GEN17 40655546085 / 15545145458"),
    ("1222802001", "American Joint Committee on Cancer stage IIIA (qualifier value)",
     "CANSHARE 18115121853; GEN17 67168720842"),
    ("1222837003", "American Joint Committee on Cancer stage IV (qualifier value)",
     "GEN 18131229102 / 18115121853"),
    ("254637007", "Non-small cell lung cancer (disorder)", "MCODE"),
    ("254837009", "Malignant neoplasm of breast (disorder)", "MCODE"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("73056007", "Right breast structure", "GEN14 53250974630 / 14446098577"),
    ("76498008", "Postmenopausal state", "GEN 53237695867 / 54523174829"),
    ("80248007", "Left breast structure", "GEN14 53734731630 / 53261709540"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("94381002", "Secondary malignant neoplasm of liver", "GEN 70248098329 / 67516913204"),
]:
    V(SCT, code, disp, src)

# ---- AJCC numeric stage groups (http://cancerstaging.org)
for code, disp in [("3A", "IIIA"), ("3B", "IIIB"), ("4A", "IVA")]:
    V(AJCC, code, disp, "AJCC")

# ---- LOINC
for code, disp, src in [
    ("11488-4", "Consult note", "GEN 54149578163 / 57160072403"),
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
    ("21893-3", "Regional lymph nodes positive [#] Specimen", "GEN17 71048029361 / 70795553889"),
    ("21894-1", "Regional lymph nodes examined [#] Specimen", "GEN17 70795553889 / 70257144365"),
    ("21899-0", "Primary tumor.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889 / 52481248369"),
    ("21900-6", "Regional lymph nodes.pathology [Class] Cancer", "MCODE17 40891610556; GEN17 34087727747 / 52481248369"),
    ("21902-2", "Stage group.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889"),
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
    ("HGNC:1100", "BRCA1", "GEN15 48499960154 / 8530574144"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:427", "ALK", "GEN15 68309973542 / 16105278727"),
    ("HGNC:10261", "ROS1", "GEN15 59660611392 / 68290097721"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:7989", "NRAS", "GEN15 59660611392 / 14300782392"),
    ("HGNC:8975", "PIK3CA", "GEN 41597822208 / 57284591633"),
]:
    V(HGNC, code, disp, src)

# ---- CPT (CPT rows of CMS OPPS Addendum B)
for code, disp in [
    ("19303", "Mastectomy, simple, complete"),
    ("19307", "Mastectomy, modified radical"),
    ("31652", "Bronchoscopy with EBUS-guided transtracheal/transbronchial sampling, 1 or 2 nodal stations"),
    ("32663", "Thoracoscopy, surgical; with lobectomy"),
    ("38745", "Axillary lymphadenectomy; complete"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"),
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
for sysname, code, disp, src in [
    ("condition-clinical", "active", "Active", "FHIR"),
    ("condition-clinical", "recurrence", "Recurrence", "FHIR20"),
    ("condition-clinical", "relapse", "Relapse", "FHIR20"),
    ("condition-clinical", "remission", "Remission", "FHIR"),
    ("condition-ver-status", "confirmed", "Confirmed", "FHIR"),
    ("condition-ver-status", "provisional", "Provisional", "FHIR"),
    ("condition-ver-status", "refuted", "Refuted", "FHIR"),
    ("condition-ver-status", "entered-in-error", "Entered in Error", "FHIR20"),
    ("condition-category", "problem-list-item", "Problem List Item", "FHIR"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis", "FHIR"),
    ("observation-category", "laboratory", "Laboratory", "FHIR"),
    ("observation-category", "survey", "Survey", "FHIR"),
    ("observation-category", "social-history", "Social History", "FHIR"),
    ("data-absent-reason", "not-performed", "Not Performed", "FHIR"),
    ("data-absent-reason", "error", "Error", "FHIR"),
    ("v2-0074", "GE", "Genetics", "FHIR"),
    ("v2-0074", "PAT", "Pathology (gross & histopath, not surgical)", "FHIR"),
    ("v2-0074", "RAD", "Radiology", "FHIR"),
]:
    V(TH + sysname, code, disp, src)

# ---- profile URLs written in meta.profile
MC = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
P_PRIMARY = MC + "mcode-primary-cancer-condition"
P_SECONDARY = MC + "mcode-secondary-cancer-condition"
P_MARKER = MC + "mcode-tumor-marker-test"
P_STAGE = MC + "mcode-tnm-stage-group"
P_VARIANT = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
VERIFIED_URLS = {
    P_PRIMARY: "MCODEURL: find_string id 41513285777, as cited in label-cases-19",
    P_SECONDARY: "MCODEURL: find_string ids 3634690252 / 20773729078 / 43424007295, as cited in label-cases-19",
    P_MARKER: "MCODEURL: find_string ids 3634690252 / 56870742482 / 37201239835, as cited in label-cases-19",
    P_STAGE: "MCODEURL: find_string id 1254961191, as cited in label-cases-19",
    P_VARIANT: "GRVAR: find_string ids 41630968377 (HL7 genomics-reporting FSH example 'meta.profile = "
               ".../variant', code 69548-6) / 17309760695 / 4706047252",
}

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..19"),
    ("ADDB26", "same CMS OPPS Addendum B 2026-04 file (commit 55a5494 of github.com/softek/CMS.HCPCS), CMS short descriptor used as display, as cited in label-cases-15/19"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..19"),
    ("PAYER", "payer/manufacturer bulletins for post-2020 codes (NC Medicaid 2022-11-01 for A9607; Aetna CPB 0977 for J9316; QualChoice BI663 / Immunomedics coding guide / CMS ASP 2026 Q2 for J9317), as cited in label-cases-12/14/18/19"),
    ("PUBJ", "public prior-auth sample pairing J9317 with sacituzumab govitecan-hziy (read_file id 22015981327), as cited in label-cases-13/14/18/19"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12..19"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12..19"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12..19"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12..19"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12..19"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13..19"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12..19"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12..19"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12..19"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..19"),
    ("ICDX19", "same medtrack-io/icd_code table, rows read with read_file at commit 688bfba (file and id in the source column), as cited in label-cases-19"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..19"),
    ("MCODE17", "mCODE staging ValueSet FSH (read_file id 40891610556), as cited in label-cases-17..19"),
    ("CANSHARE", "public SNOMED CT AJCC stage-group value set (NZ CanShare FSH, read_file id 18115121853), as cited in label-cases-17..19"),
    ("AJCC", "AJCC numeric stage-group codes of http://cancerstaging.org (find_string ids 21650994909 / 36016507272; WorldVistA ONCSGA8C.m), display = roman stage group, as cited in label-cases-17/19"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..19"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14..19"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol (find_string ids listed), as cited in label-cases-15..19"),
    ("GEN17", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-17..19"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification), rows of the label-cases-14/18/19 tables (condition-clinical active/remission, condition-ver-status confirmed/provisional/refuted, condition-category, observation-category, data-absent-reason, v2-0074)"),
    ("FHIR20", "HL7 terminology pages read for this set with the search tool: condition-clinical 'recurrence' / 'Recurrence' and 'relapse' / 'Relapse' (hl7.org/fhir/2020Feb/codesystem-condition-clinical.html; build.fhir.org/ig/daniel-thomson/nzhts/CodeSystem-condition-clinical.html, both http://terminology.hl7.org/CodeSystem/condition-clinical); condition-ver-status 'entered-in-error' / 'Entered in Error' (hl7.org/fhir/us/physical-activity/ValueSet-pa-condition-verification-status.html and build.fhir.org/ig/HL7/UTG CodeSystem-condition-ver-status)"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
    ("MCODEURL", "canonical mCODE StructureDefinition URLs found with find_string in public mCODE IG sources and bundles, as cited in label-cases-19"),
    ("GRVAR", "HL7 Genomics Reporting IG 'variant' profile URL, found for this set with find_string in public FSH and FHIR code (ids listed)"),
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


def inst(d, hhmm="12:00"):
    """A FHIR instant from a date (or pass an instant through)."""
    return d if "T" in d else f"{d}T{hhmm}:00Z"


POS = (LN, "LA6576-8")
NEG = (LN, "LA6577-6")
PRESENT = (LN, "LA9633-4")
ABSENT = (LN, "LA9634-2")
S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, description,
                 basis, reason, gender, birth, name):
        self.cid = f"lab20-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.future = set()
        self.pid = "nec20-" + self.cid[len("lab20-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.20",
                            "value": f"MRN20{num:02d}{cancer[:2].upper()}"}],
            "name": [{"family": fam, "given": [given]}],
            "gender": gender, "birthDate": birth}})
        self.subj = {"reference": self.purl}

    # generic ------------------------------------------------------------
    def add(self, res, *, lu=None, profile=None, source=None, future=False):
        self.n += 1
        rid = str(uuid.uuid5(NS, f"{self.cid}/{self.n}"))
        head = {"resourceType": res.pop("resourceType"), "id": rid}
        meta = {}
        if lu:
            meta["lastUpdated"] = inst(lu, "18:00")
        if source:
            meta["source"] = source
        if profile:
            meta["profile"] = [profile]
        if meta:
            head["meta"] = meta
        res = {**head, **res}
        url = "urn:uuid:" + rid
        self.entries.append({"fullUrl": url, "resource": res})
        if future:
            self.future.add(url)
        return url

    def cond(self, code, onset, *, cat="problem-list-item", clinical="active", ver="confirmed",
             body=None, stage=None, note=None, recorded=None, profile=None, lu=None):
        r = {"resourceType": "Condition"}
        if clinical:
            r["clinicalStatus"] = cc((TH + "condition-clinical", clinical))
        r["verificationStatus"] = cc((TH + "condition-ver-status", ver))
        r.update({"category": [cc((TH + "condition-category", cat))],
                  "code": code, "subject": self.subj, "onsetDateTime": onset,
                  "recordedDate": recorded or onset})
        if body:
            r["bodySite"] = [body]
        if stage:
            r["stage"] = [{"summary": stage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, lu=lu, profile=profile)

    def primary(self, code, onset, **k):
        return self.cond(code, onset, profile=P_PRIMARY, **k)

    def secondary(self, code, onset, **k):
        return self.cond(code, onset, profile=P_SECONDARY, **k)

    def obs(self, code, date, value=None, *, cat="laboratory", status="final", issued=None,
            lu=None, note=None, interp=None, method=None, comps=None, dar=None,
            profile=None, source=None, ident=None, future=False, derived=None):
        r = {"resourceType": "Observation", "status": status}
        if ident:
            r["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if cat:
            r["category"] = ocat(cat)
        r.update({"code": code, "subject": self.subj, "effectiveDateTime": date,
                  "issued": inst(issued or date)})
        if value:
            r.update(value)
        if dar:
            r["dataAbsentReason"] = cc((TH + "data-absent-reason", dar))
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
        return self.add(r, lu=lu, profile=profile, source=source, future=future)

    def marker(self, code, date, value=None, **k):
        return self.obs(code, date, value, profile=P_MARKER, **k)

    def variant(self, date, gene, *, present=True, c=None, p=None, text=None, **k):
        """Genomics-reporting style variant Observation (69548-6 + components)."""
        comps = [{"code": cc((LN, "48018-6")), "valueCodeableConcept": cc((HGNC, gene))}]
        if c:
            comps.append({"code": cc((LN, "48004-6")),
                          "valueCodeableConcept": cc((HGVS, c), text=c)})
        if p:
            comps.append({"code": cc((LN, "48005-3")),
                          "valueCodeableConcept": cc((HGVS, p), text=p)})
        value = None
        if present is not None:
            value = vcc(PRESENT if present else ABSENT, text=text)
        return self.obs(cc((LN, "69548-6")), date, value, comps=comps, profile=P_VARIANT, **k)

    def admin(self, med, date, *, status="completed", reason=None, dose=None, note=None):
        r = {"resourceType": "MedicationAdministration", "status": status}
        if reason:
            r["statusReason"] = [tcc(reason)]
        r.update({"medicationCodeableConcept": med, "subject": self.subj,
                  "effectiveDateTime": date})
        if dose:
            r["dosage"] = {"text": dose}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def req(self, med, date, *, status="active", intent="order", reason=None, dose=None,
            note=None, lu=None):
        r = {"resourceType": "MedicationRequest", "status": status}
        if reason:
            r["statusReason"] = tcc(reason)
        r.update({"intent": intent, "medicationCodeableConcept": med, "subject": self.subj,
                  "authoredOn": date})
        if dose:
            r["dosageInstruction"] = [{"text": dose}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, lu=lu)

    def ask(self, med, date, dose=None):
        """The request under review: a draft proposal for the requested service."""
        return self.req(med, date, status="draft", intent="proposal", dose=dose)

    def stmt(self, med, start, *, end=None, status="completed", reason=None, note=None,
             asserted=None):
        r = {"resourceType": "MedicationStatement", "status": status}
        if reason:
            r["statusReason"] = [tcc(reason)]
        r.update({"medicationCodeableConcept": med, "subject": self.subj,
                  "effectivePeriod": {"start": start, **({"end": end} if end else {})},
                  "dateAsserted": asserted or end or start})
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, code, date, *, status="completed", reason=None, note=None):
        r = {"resourceType": "Procedure", "status": status}
        if reason:
            r["statusReason"] = tcc(reason)
        r.update({"code": code, "subject": self.subj})
        if status != "not-done":
            r["performedDateTime"] = date
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def sreq(self, code, date, *, status="active", note=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": "order",
             "code": code, "subject": self.subj, "authoredOn": date}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def doc(self, text, date, *, kind="11506-3", title=None, status="current",
            doc_status=None, relates=None, lu=None):
        r = {"resourceType": "DocumentReference", "status": status}
        if doc_status:
            r["docStatus"] = doc_status
        r.update({"type": cc((LN, kind)) if kind else tcc(title), "subject": self.subj,
                  "date": inst(date, "09:00")})
        if relates:
            r["relatesTo"] = [{"code": code, "target": {"reference": u}} for code, u in relates]
        r["content"] = [{"attachment": {
            "contentType": "text/plain; charset=utf-8",
            "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
            **({"title": title} if title else {})}}]
        return self.add(r, lu=lu)

    def report(self, code, date, conclusion, *, cat="PAT", status="final", issued=None,
               results=None, lu=None, source=None, future=False):
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc((TH + "v2-0074", cat))], "code": code,
             "subject": self.subj, "effectiveDateTime": date,
             "issued": inst(issued or date, "15:00"), "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": u} for u in results]
        return self.add(r, lu=lu, source=source, future=future)

    # common shortcuts --------------------------------------------------
    def ecog(self, date, score):
        return self.obs(cc((LN, "89247-1")), date, {"valueInteger": score}, cat="survey")

    def stage(self, date, text, *, code=None, path=False, **k):
        """mCODE TNM stage group: clinical (21908-9) or pathological (21902-2)."""
        sc = cc((LN, "21902-2" if path else "21908-9"))
        val = vcc(code, text=text) if code else vcc(text=text)
        return self.obs(sc, date, val, cat="survey", profile=P_STAGE, **k)

    def progression(self, date, note=None, **k):
        return self.obs(cc((LN, "97509-4")), date, vcc((SCT, "271299001")), cat="survey",
                        note=note, **k)

    def psa(self, date, v=None, **k):
        return self.obs(cc((LN, "2857-1")), date,
                        qty(v, "ng/mL", "ng/mL") if v is not None else None, **k)

    def testosterone(self, date, v=None, **k):
        return self.obs(cc((LN, "2986-8")), date,
                        qty(v, "ng/dL", "ng/dL") if v is not None else None, **k)

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
# b01 pertuzumab first line: HER2 preliminary 2+ -> corrected 3+ (ISH amplified)
c = case(1, "breast", "2026-03-10", svc(HCPCS, "J9306"), S, None,
         "Pertuzumab (Perjeta) with trastuzumab and docetaxel, first line, for de novo metastatic "
         "breast cancer (bone). The HER2 IHC was first released as a preliminary 2+ and then "
         "corrected to 3+ at sign-out, with ISH amplified on the same block.",
         "Perjeta label 1.1 (Indications and Usage): with trastuzumab and docetaxel for "
         "HER2-positive metastatic breast cancer in patients who have not received prior anti-HER2 "
         "therapy or chemotherapy for metastatic disease. Pivotal trial CLEOPATRA. What stands: "
         "the corrected IHC 3+ (status corrected, issued a week after the specimen) and the final "
         "ISH amplification; the preliminary 2+ is superseded. Bone metastases, no prior systemic "
         "therapy: supported.",
         "HER2 preliminary 2+ superseded by corrected 3+ and ISH amplified; treatment-naive metastatic",
         "female", "1971-04-02", ("Varga", "Zsofia"))
c.primary(cc((ICD, "C50.912"), text="Invasive ductal carcinoma, left breast"), "2026-01-20",
          body=cc((SCT, "80248007")))
c.secondary(cc((ICD, "C79.51")), "2026-01-26")
c.marker(cc((LN, "85319-2")), "2026-01-22", vcc(text="2+ (equivocal), preliminary - ISH to follow"),
         status="preliminary", issued="2026-01-24", source=SRC_AP, method="PATHWAY HER2 (4B5)")
h = c.marker(cc((LN, "85319-2")), "2026-01-22", vcc(POS, text="3+ (positive)"), status="corrected",
             issued="2026-01-30", lu="2026-01-30", source=SRC_AP, method="PATHWAY HER2 (4B5)",
             note="Corrected report: the preliminary score 2+ was revised to 3+ (complete intense "
                  "membrane staining in 40% of cells) on whole-section review at ISH sign-out.")
f = c.marker(cc((LN, "85318-4")), "2026-01-22", vcc(POS, text="Amplified, HER2/CEP17 ratio 6.2"),
             issued="2026-01-30", source=SRC_AP)
c.report(cc((LN, "85319-2"), text="HER2 testing, left breast core biopsy"), "2026-01-22",
         "HER2 POSITIVE: IHC 3+ (corrected from preliminary 2+) and ISH amplified (ratio 6.2).",
         status="corrected", issued="2026-01-30", lu="2026-01-30", results=[h, f], source=SRC_AP)
c.marker(cc((LN, "16112-5")), "2026-01-22", vcc(NEG, text="Negative (<1%)"), issued="2026-01-26")
c.stage("2026-01-28", "cT2 cN1 cM1 (bone) - stage IV", code=(SCT, "1222837003"))
c.ecog("2026-02-24", 0)
c.req(hc("J9355", "trastuzumab 8 mg/kg then 6 mg/kg q3w"), "2026-03-03", status="draft",
      intent="proposal")
c.req(hc("J9171", "docetaxel 75 mg/m2 q3w x6"), "2026-03-03", status="draft", intent="proposal")
c.ask(hc("J9306", "Perjeta 840 mg then 420 mg q3w"), "2026-03-03")

# b02 T-DM1 adjuvant (KATHERINE): clinical then pathological stage; a procedure entered in error
c = case(2, "breast", "2026-03-02", svc(HCPCS, "J9354"), S, None,
         "Ado-trastuzumab emtansine (Kadcyla) adjuvant for HER2-positive breast cancer with "
         "residual invasive disease after neoadjuvant docetaxel + trastuzumab + pertuzumab. The "
         "stage is restated from clinical (cT2 cN1) to pathological (ypT1c ypN1a); one docetaxel "
         "dose was not done (delayed a week) and a mastectomy code was entered in error and "
         "re-entered.",
         "Kadcyla label 1.2: adjuvant treatment of patients with HER2-positive early breast cancer "
         "who have residual invasive disease after neoadjuvant taxane and trastuzumab-based "
         "treatment. Pivotal trial KATHERINE. The record documents HER2 3+, six cycles of "
         "taxane + trastuzumab (one docetaxel dose not-done and given a week later), modified "
         "radical mastectomy (the simple-mastectomy entry is entered-in-error) and residual "
         "ypT1c ypN1a disease: supported.",
         "residual disease after neoadjuvant THP; stage restated clinical -> pathological",
         "female", "1976-09-18", ("Lindahl", "Karin"))
c.primary(cc((ICD, "C50.411")), "2025-07-14")
c.marker(cc((LN, "85319-2")), "2025-07-16", vcc(POS, text="3+"), issued="2025-07-21")
c.marker(cc((LN, "16112-5")), "2025-07-16", vcc(NEG), issued="2025-07-21")
c.marker(cc((LN, "16113-3")), "2025-07-16", vcc(NEG), issued="2025-07-21")
c.stage("2025-07-24", "cT2 cN1 cM0 - clinical stage IIB", code=(SCT, "1222769001"))
for d in ("2025-08-04", "2025-08-25", "2025-09-15", "2025-10-27", "2025-11-17"):
    c.admin(hc("J9355"), d)
    c.admin(hc("J9306"), d)
    c.admin(hc("J9171"), d)
c.admin(hc("J9355"), "2025-10-06")
c.admin(hc("J9306"), "2025-10-06")
c.admin(hc("J9171"), "2025-10-06", status="not-done",
        reason="Held: absolute neutrophil count 0.8 x10^9/L; docetaxel given 2025-10-13")
c.admin(hc("J9171"), "2025-10-13")
c.proc(cc((CPT, "19303")), "2025-12-15", status="entered-in-error",
       note="Entered in error: wrong procedure code; the operation was a modified radical mastectomy.")
c.proc(cc((CPT, "19307")), "2025-12-15")
c.stage("2025-12-15", "ypT1c ypN1a (2/12 nodes) - residual invasive disease (RCB-II)", path=True,
        issued="2025-12-22", lu="2025-12-22")
c.doc("Breast tumour board 2026-01-08: HER2-positive, ER/PR negative; residual invasive disease "
      "(ypT1c ypN1a) after 6 cycles of docetaxel/trastuzumab/pertuzumab. Recommend adjuvant "
      "T-DM1 3.6 mg/kg q3w x14 with radiotherapy.", "2026-01-08", kind="11488-4")
c.ask(hc("J9354", "Kadcyla 3.6 mg/kg q3w x14"), "2026-02-23")

# b03 ribociclib first line: remission -> recurrence; a HER2 3+ dated after the request
c = case(3, "breast", "2026-03-23", svc(RX, "1873916"), S, None,
         "Ribociclib (Kisqali) with letrozole as initial endocrine-based therapy for a distant "
         "(bone) recurrence of HR-positive, HER2-negative breast cancer treated in 2018. An older "
         "problem-list copy still says remission; a liver biopsy HER2 3+ in the record is dated "
         "three months after the request.",
         "Kisqali label section 1 (advanced or metastatic breast cancer): with an aromatase inhibitor as initial endocrine-based therapy for "
         "HR-positive, HER2-negative advanced or metastatic breast cancer. Pivotal trial "
         "MONALEESA-2. As of the request date the recurrence (clinicalStatus recurrence, newer than "
         "the stale remission copy) is biopsy-proven, ER+ and HER2 1+ (negative); adjuvant "
         "tamoxifen ended in 2023. The HER2 3+ result dated 2026-06-15 postdates the request and "
         "must not be used: supported.",
         "HR+/HER2- bone recurrence; stale remission copy; post-request HER2 3+ ignored",
         "female", "1962-11-27", ("Moretti", "Giulia"))
c.primary(cc((ICD, "C50.911")), "2018-05-10", clinical="remission", recorded="2018-05-10",
          lu="2023-06-01", note="Stage IIA, lumpectomy + radiotherapy + tamoxifen; in remission.")
c.primary(cc((ICD, "C50.911")), "2018-05-10", clinical="recurrence", recorded="2026-02-20",
          lu="2026-02-20", note="Distant recurrence 2026-02: biopsy-proven bone metastases.")
c.secondary(cc((ICD, "C79.51")), "2026-02-16")
c.marker(cc((LN, "16112-5")), "2026-02-18", vcc(POS, text="Positive, 90%"), issued="2026-02-24")
c.marker(cc((LN, "16113-3")), "2026-02-18", vcc(POS, text="Positive, 20%"), issued="2026-02-24")
c.marker(cc((LN, "85319-2")), "2026-02-18", vcc(NEG, text="1+ (HER2-negative)"),
         issued="2026-02-24")
c.stmt(rx("10324", "tamoxifen 20 mg daily (adjuvant)"), "2018-08-01", end="2023-08-01")
c.postmeno("2026-02-16")
c.ecog("2026-03-12", 1)
c.req(rx("72965", "letrozole 2.5 mg daily"), "2026-03-16", status="draft", intent="proposal")
c.ask(rx("1873916", "Kisqali 600 mg d1-21 q28d with letrozole"), "2026-03-16")
c.marker(cc((LN, "85319-2")), "2026-06-15", vcc(POS, text="3+ (liver biopsy at progression)"),
         issued="2026-06-19", lu="2026-06-19", future=True)

# b04 T-DXd HER2-low: the same IHC 1+ from the lab feed and from the pathology system
c = case(4, "breast", "2026-04-06", svc(HCPCS, "J9358"), S, None,
         "Fam-trastuzumab deruxtecan (Enhertu) for HER2-low (IHC 1+) HR-positive metastatic breast "
         "cancer after capecitabine for metastatic disease. The IHC 1+ arrives twice (laboratory "
         "feed and pathology system, different ids); an eribulin order was cancelled before any "
         "dose.",
         "Enhertu label section 1 (HER2-low breast cancer): unresectable or metastatic HER2-low (IHC 1+ or IHC 2+/ISH-) breast "
         "cancer after prior chemotherapy in the metastatic setting or recurrence during or within "
         "6 months of completing adjuvant chemotherapy. Pivotal trial DESTINY-Breast04. Two copies "
         "of one IHC 1+ result agree; capecitabine (MedicationRequest completed) was given for "
         "metastatic disease; the cancelled eribulin order adds nothing: supported.",
         "HER2 IHC 1+ duplicated across two feeds; prior capecitabine completed, eribulin cancelled",
         "female", "1966-02-11", ("Okonkwo", "Adaeze"))
c.primary(cc((ICD, "C50.412")), "2022-03-08")
c.secondary(cc((SCT, "94381002")), "2025-02-24")
c.marker(cc((LN, "16112-5")), "2025-03-11", vcc(POS, text="Positive 95%"), issued="2025-03-17")
c.marker(cc((LN, "85319-2")), "2025-03-11", vcc(text="IHC 1+ (HER2-low)"), issued="2025-03-14",
         source=SRC_LIS, ident=(SRC_LIS, "LIS-25-031187"))
h = c.marker(cc((LN, "85319-2")), "2025-03-11", vcc(text="IHC 1+ (HER2-low)"),
             issued="2025-03-17", lu="2025-03-17", source=SRC_AP, ident=(SRC_AP, "S25-4471-B"))
c.report(tcc("Surgical pathology - liver core biopsy"), "2025-03-11",
         "Metastatic ductal carcinoma consistent with breast primary. ER 95%, HER2 IHC 1+ "
         "(HER2-low).", issued="2025-03-17", results=[h], source=SRC_AP)
c.stmt(rx("84857", "anastrozole 1 mg daily"), "2022-05-01", end="2025-02-20")
c.stmt(rx("1601374", "palbociclib 125 mg d1-21"), "2023-01-10", end="2025-02-20")
c.req(rx("194000", "capecitabine 1000 mg/m2 BID d1-14 q21d"), "2025-04-01", status="completed",
      lu="2026-02-16")
c.progression("2026-02-16", note="Liver progression on capecitabine (metastatic line 1).")
c.req(hc("J9179", "eribulin 1.4 mg/m2 d1,8 q21d"), "2026-02-23", status="cancelled",
      reason="Plan changed to trastuzumab deruxtecan before first dose")
c.ecog("2026-03-23", 1)
c.ask(hc("J9358", "Enhertu 5.4 mg/kg q3w"), "2026-03-30")

# b05 alpelisib: a cancelled ctDNA test, then tissue PIK3CA H1047R issued two weeks later
c = case(5, "breast", "2026-05-11", svc(RX, "2169285"), S, None,
         "Alpelisib (Piqray) with fulvestrant for HR-positive, HER2-negative metastatic breast "
         "cancer after progression on letrozole + palbociclib. The first PIK3CA test (plasma) was "
         "cancelled for insufficient cfDNA; tissue NGS, issued two weeks after the biopsy, shows "
         "PIK3CA p.His1047Arg.",
         "Piqray label section 1: with fulvestrant for postmenopausal women and men with HR-positive, "
         "HER2-negative, PIK3CA-mutated advanced or metastatic breast cancer, as detected by an "
         "FDA-approved test, following progression on or after an endocrine-based regimen. Pivotal "
         "trial SOLAR-1. The cancelled plasma test carries no result; the final tissue variant "
         "stands: supported.",
         "PIK3CA: cancelled plasma test, final tissue H1047R; progression on AI + CDK4/6",
         "female", "1957-07-03", ("Ferreira", "Ines"))
c.primary(cc((ICD, "C50.911")), "2021-06-14")
c.secondary(cc((ICD, "C79.51")), "2023-03-20")
c.secondary(cc((ICD, "C78.7")), "2026-01-20")
c.marker(cc((LN, "16112-5")), "2023-03-22", vcc(POS, text="Positive 80%"), issued="2023-03-28")
c.marker(cc((LN, "85319-2")), "2023-03-22", vcc(NEG, text="0"), issued="2023-03-28")
c.postmeno("2021-06-14")
c.stmt(rx("72965"), "2023-04-01", end="2026-01-20")
c.stmt(rx("1601374"), "2023-04-01", end="2026-01-20")
c.progression("2026-01-20", note="New liver metastases on letrozole + palbociclib.")
c.obs(cc((LN, "69548-6"), text="PIK3CA plasma ctDNA"), "2026-02-02", status="cancelled",
      dar="not-performed", issued="2026-02-06", lu="2026-02-06",
      note="Cancelled: insufficient cell-free DNA; tissue testing requested.", source=SRC_MOL)
c.variant("2026-03-10", "HGNC:8975", c="NM_006218.4:c.3140A>G", p="NP_006209.2:p.(His1047Arg)",
          text="PIK3CA H1047R detected", issued="2026-03-24", lu="2026-03-24", source=SRC_MOL)
c.ecog("2026-04-27", 1)
c.req(hc("J9395", "fulvestrant 500 mg d1,15,29 then monthly"), "2026-05-04", status="draft",
      intent="proposal")
c.ask(rx("2169285", "Piqray 300 mg daily"), "2026-05-04")

# b06 sacituzumab govitecan mTNBC: ER amended to negative; an ER+ problem entered in error
c = case(6, "breast", "2026-06-01", svc(HCPCS, "J9317"), S, None,
         "Sacituzumab govitecan (Trodelvy) for metastatic triple-negative breast cancer after "
         "carboplatin/gemcitabine and eribulin for metastatic disease. The ER result was amended "
         "from low-positive to negative; an 'ER positive' problem-list entry is entered in error; a "
         "duplicate paclitaxel order is entered in error.",
         "Trodelvy label 1.1: unresectable locally advanced or metastatic triple-negative breast "
         "cancer after two or more prior systemic therapies, at least one of them for metastatic "
         "disease. Pivotal trial ASCENT. Standing record: ER negative (amended), PR negative, "
         "HER2 0, lung metastases, two metastatic lines given (carboplatin + gemcitabine; "
         "eribulin) after adjuvant AC-T. The Z17.0 Condition (verificationStatus "
         "entered-in-error) and the entered-in-error order are void: supported.",
         "TNBC: ER amended to negative, ER+ problem entered in error; two metastatic lines",
         "female", "1979-01-15", ("Mensah", "Abena"))
c.primary(cc((SCT, "254837009"), text="Triple-negative invasive ductal carcinoma, right breast"),
          "2023-02-06", body=cc((SCT, "73056007")))
c.cond(cc((ICD, "Z17.0")), "2023-02-06", clinical=None, ver="entered-in-error",
       lu="2023-03-01", note="Entered in error (wrong patient encounter); ER is negative.")
c.marker(cc((LN, "16112-5")), "2023-02-08", vcc(NEG, text="Negative (<1%)"), status="amended",
         issued="2023-02-20", lu="2023-02-20",
         note="Amended: originally reported low positive (2%); on re-read with a valid external "
              "control no tumour nuclei stain.")
c.marker(cc((LN, "16113-3")), "2023-02-08", vcc(NEG), issued="2023-02-13")
c.marker(cc((LN, "85319-2")), "2023-02-08", vcc(NEG, text="0"), issued="2023-02-13")
for d in ("2023-03-06", "2023-03-20", "2023-04-03", "2023-04-17"):
    c.admin(hc("J9000"), d)
    c.admin(rx("3002", "cyclophosphamide 600 mg/m2"), d)
for d in ("2023-05-01", "2023-05-22", "2023-06-12", "2023-07-03"):
    c.admin(hc("J9267", "paclitaxel 175 mg/m2"), d)
c.secondary(cc((ICD, "C78.01")), "2024-10-14")
for d in ("2024-10-28", "2024-11-18", "2024-12-09", "2024-12-30"):
    c.admin(hc("J9045"), d)
    c.admin(hc("J9201"), d)
c.progression("2025-05-26", note="Pulmonary progression on carboplatin/gemcitabine.")
c.req(hc("J9267", "weekly paclitaxel"), "2025-06-02", status="entered-in-error",
      note="Entered in error: duplicate of an order for another patient.")
for d in ("2025-06-09", "2025-06-30", "2025-07-21", "2025-08-11"):
    c.admin(hc("J9179"), d)
c.progression("2026-05-11", note="Progression on eribulin (metastatic line 2).")
c.ecog("2026-05-20", 1)
c.ask(hc("J9317", "Trodelvy 10 mg/kg d1,8 q21d"), "2026-05-26")

# b07 Phesgo neoadjuvant: the only HER2 result was cancelled
c = case(7, "breast", "2026-03-30", svc(HCPCS, "J9316"), ND, ["her2"],
         "Pertuzumab/trastuzumab/hyaluronidase (Phesgo) requested as neoadjuvant therapy for "
         "cT2 cN1 ER/PR-negative breast cancer; the only HER2 IHC was cancelled (insufficient "
         "invasive tumour) and the repeat ISH has no result.",
         "Phesgo label 1.1: with chemotherapy as neoadjuvant treatment of HER2-positive locally "
         "advanced, inflammatory, or early breast cancer (>2 cm or node positive). Pivotal trial "
         "FeDeriCa. Stage and receptor status are documented, but the HER2 Observation has status "
         "cancelled with no value and the ordered ISH has not resulted: needs-documentation "
         "(her2).",
         "HER2 gate absent: only IHC cancelled, repeat ISH pending",
         "female", "1983-05-30", ("Achebe", "Ngozi"))
c.primary(cc((ICD, "C50.912")), "2026-02-24")
c.stage("2026-03-02", "cT2 cN1 cM0 - clinical stage IIB", code=(SCT, "1222769001"))
c.marker(cc((LN, "16112-5")), "2026-02-26", vcc(NEG), issued="2026-03-03")
c.marker(cc((LN, "16113-3")), "2026-02-26", vcc(NEG), issued="2026-03-03")
c.marker(cc((LN, "85319-2")), "2026-02-26", status="cancelled", dar="not-performed",
         issued="2026-03-03", lu="2026-03-03",
         note="Cancelled: core contains <0.5 mm of invasive carcinoma; repeat biopsy advised.")
c.sreq(cc((LN, "85318-4")), "2026-03-12", note="HER2 ISH on repeat core biopsy; not resulted.")
c.doc("Consult 2026-03-20: 42-year-old, 3.1 cm left breast mass with biopsy-proven axillary node. "
      "ER/PR negative. HER2 awaited (first IHC cancelled). Plan neoadjuvant TCHP with Phesgo.",
      "2026-03-20", kind="11488-4")
c.ask(hc("J9316", "Phesgo 1200/600 mg SC loading then 600/600 mg q3w"), "2026-03-24")

# b08 abemaciclib adjuvant: the nodal count and stage were entered in error
c = case(8, "breast", "2026-04-20", svc(RX, "1946825"), ND, ["stage"],
         "Abemaciclib (Verzenio) adjuvant with letrozole for HR-positive, HER2-negative breast "
         "cancer after modified radical mastectomy; the only nodal count and pathological stage "
         "were entered in error (another patient's accession) and the reissued report is pending.",
         "Verzenio label section 1 (early breast cancer): with endocrine therapy for the adjuvant treatment of HR-positive, "
         "HER2-negative, node-positive early breast cancer at high risk of recurrence. Pivotal "
         "trial monarchE. Receptor status and surgery are documented; the nodal count (5 "
         "positive) and stage IIIA are status entered-in-error and nothing replaces them: "
         "needs-documentation (stage).",
         "nodal/stage gate absent: pathology entered in error, reissue pending",
         "female", "1968-08-09", ("Dubois", "Sylvie"))
c.primary(cc((ICD, "C50.411")), "2025-10-14")
c.marker(cc((LN, "16112-5")), "2025-10-16", vcc(POS, text="Positive 90%"), issued="2025-10-21")
c.marker(cc((LN, "16113-3")), "2025-10-16", vcc(POS, text="Positive 40%"), issued="2025-10-21")
c.marker(cc((LN, "85318-4")), "2025-10-16", vcc(NEG, text="Not amplified, ratio 1.1"),
         issued="2025-10-23")
c.proc(cc((CPT, "19307")), "2025-12-02")
c.obs(cc((LN, "21893-3")), "2025-12-05", qty(5, "{#}", "{#}"), status="entered-in-error",
      issued="2025-12-10", lu="2025-12-19",
      note="Entered in error: result of another patient (accession mismatch). Reissue to follow.")
c.stage("2025-12-05", "pT2 pN2a (5/17) - pathological stage IIIA", code=(SCT, "1222802001"),
        path=True, status="entered-in-error", issued="2025-12-10", lu="2025-12-19")
c.postmeno("2025-10-14")
c.req(rx("72965", "letrozole 2.5 mg daily"), "2026-01-12")
c.doc("Note 2026-04-14: pathology of 2025-12 withdrawn (accession error); corrected report not "
      "yet reissued. Requesting adjuvant abemaciclib 150 mg BID with letrozole.", "2026-04-14")
c.ask(rx("1946825", "Verzenio 150 mg BID x 2 years"), "2026-04-14")

# b09 olaparib adjuvant: the germline BRCA1 result postdates the request
c = case(9, "breast", "2026-03-09", svc(RX, "1597582"), ND, ["brca"],
         "Olaparib (Lynparza) adjuvant for triple-negative breast cancer with residual disease after "
         "neoadjuvant AC-paclitaxel; germline testing was sent in January and the BRCA1 result in "
         "the record is dated three weeks after the request.",
         "Lynparza label 1 (adjuvant breast): deleterious or suspected deleterious gBRCAm, "
         "HER2-negative high-risk early breast cancer treated with neoadjuvant or adjuvant "
         "chemotherapy. Pivotal trial OlympiA. HER2-negative disease, neoadjuvant chemotherapy and "
         "non-pCR are documented; the only BRCA result (BRCA1 c.68_69del) is dated 2026-03-30, "
         "after the request, so as of the request the gate is absent: needs-documentation (brca).",
         "BRCA gate absent as of the request: germline result dated after it",
         "female", "1985-10-21", ("Rosenberg", "Miriam"))
c.primary(cc((ICD, "C50.912")), "2025-04-07")
c.marker(cc((LN, "16112-5")), "2025-04-09", vcc(NEG), issued="2025-04-14")
c.marker(cc((LN, "16113-3")), "2025-04-09", vcc(NEG), issued="2025-04-14")
c.marker(cc((LN, "85319-2")), "2025-04-09", vcc(NEG, text="0"), issued="2025-04-14")
c.stage("2025-04-16", "cT2 cN1 cM0 - clinical stage IIB", code=(SCT, "1222769001"))
for d in ("2025-05-05", "2025-05-19", "2025-06-02", "2025-06-16"):
    c.admin(hc("J9000"), d)
    c.admin(rx("3002"), d)
for d in ("2025-07-07", "2025-07-28", "2025-08-18", "2025-09-08"):
    c.admin(hc("J9267"), d)
c.proc(cc((CPT, "19307")), "2025-10-06")
c.stage("2025-10-09", "ypT1c ypN1a - residual invasive disease (no pCR)", path=True,
        issued="2025-10-14")
c.sreq(cc((CPT, "81162")), "2026-01-15", note="Germline BRCA1/2 sent 2026-01-15.")
c.ask(rx("1597582", "Lynparza 300 mg BID x 1 year"), "2026-03-02")
c.variant("2026-03-30", "HGNC:1100", c="NM_007294.4:c.68_69del", p="NP_009225.1:p.(Glu23ValfsTer17)",
          text="Pathogenic germline BRCA1 variant", issued="2026-04-02", lu="2026-04-02",
          source=SRC_GERM, future=True)

# b10 Herceptin Hylecta: HER2 3+ entered in error, standing result 1+/ISH negative
c = case(10, "breast", "2026-04-27", svc(HCPCS, "J9356"), RR, None,
         "Trastuzumab/hyaluronidase (Herceptin Hylecta) requested as adjuvant therapy on the "
         "strength of an IHC 3+ that was entered in error (another patient's slide); the standing "
         "result is IHC 1+ with ISH not amplified.",
         "Herceptin Hylecta label 1.1-1.2: HER2-overexpressing breast cancer; patients selected by "
         "an FDA-approved test for HER2 overexpression or amplification. Pivotal trial HannaH. "
         "Once the entered-in-error 3+ is set aside, the record shows IHC 1+ and ISH not amplified "
         "(HER2-negative): the HER2 gate is contradicted, refer-to-reviewer.",
         "HER2 3+ entered in error; standing IHC 1+ / ISH negative contradicts HER2-positive gate",
         "female", "1973-06-06", ("Kaplan", "Deborah"))
c.primary(cc((ICD, "C50.911")), "2026-02-09")
c.marker(cc((LN, "85319-2")), "2026-02-11", vcc(POS, text="3+"), status="entered-in-error",
         issued="2026-02-13", lu="2026-02-18",
         note="Entered in error: slide of another patient scanned to this accession.")
c.marker(cc((LN, "85319-2")), "2026-02-11", vcc(text="1+"), issued="2026-02-18")
c.marker(cc((LN, "85318-4")), "2026-02-11", vcc(NEG, text="Not amplified, ratio 1.1"),
         issued="2026-02-20")
c.marker(cc((LN, "48676-1")), "2026-02-11", vcc(NEG, text="HER2 negative (HER2-low)"),
         issued="2026-02-20")
c.marker(cc((LN, "16112-5")), "2026-02-11", vcc(POS), issued="2026-02-16")
c.proc(cc((CPT, "19303")), "2026-03-10")
c.stage("2026-03-13", "pT2 pN0 - pathological stage IIA", path=True)
c.ask(hc("J9356", "Herceptin Hylecta 600 mg SC q3w x 1 year"), "2026-04-20")

# b11 T-DXd: IHC 1+ corrected to 0 with no membrane staining (HER2-null)
c = case(11, "breast", "2026-05-18", svc(HCPCS, "J9358"), RR, None,
         "Fam-trastuzumab deruxtecan requested for HR-positive metastatic breast cancer after "
         "capecitabine, on an IHC 1+ that was later corrected to IHC 0 with no membrane staining "
         "(HER2-null).",
         "Enhertu label section 1 (breast cancer subsections) covers HER2-positive, HER2-low (IHC 1+ or 2+/ISH-) and, after endocrine "
         "progression, HER2-ultralow (IHC 0 with membrane staining) breast cancer. Pivotal trials "
         "DESTINY-Breast04 and DESTINY-Breast06. The standing HER2 result is the corrected IHC 0 with absent staining; the "
         "record contradicts every breast HER2 gate: refer-to-reviewer.",
         "HER2 1+ corrected to 0/null contradicts HER2-low/ultralow gate",
         "female", "1959-12-01", ("Novak", "Jana"))
c.primary(cc((ICD, "C50.911")), "2020-01-13")
c.secondary(cc((ICD, "C79.51")), "2024-04-02")
c.marker(cc((LN, "16112-5")), "2024-04-04", vcc(POS), issued="2024-04-09")
c.marker(cc((LN, "85319-2")), "2025-10-28", vcc(NEG, text="IHC 0 - no membrane staining (HER2-null)"),
         status="corrected", issued="2025-11-14", lu="2025-11-14", method="4B5",
         note="Corrected: originally reported IHC 1+ (2025-11-03); the run's on-slide control "
              "failed and the repeat shows no staining in any tumour cell.")
c.stmt(rx("84857"), "2024-04-15", end="2025-06-30")
c.stmt(rx("1873916"), "2024-04-15", end="2025-06-30")
c.req(rx("194000"), "2025-07-07", status="completed", lu="2026-04-20")
c.progression("2026-04-20", note="Progression on capecitabine.")
c.ask(hc("J9358"), "2026-05-11")

# b12 tucatinib: the only anti-HER2 orders are entered in error / cancelled / not done
c = case(12, "breast", "2026-03-02", svc(RX, "2361285"), RR, None,
         "Tucatinib (Tukysa) with trastuzumab and capecitabine requested first line for HER2-"
         "positive breast cancer with liver and brain metastases. The chart's anti-HER2 history is "
         "an entered-in-error trastuzumab order, a cancelled pertuzumab order and a not-done "
         "administration; the oncologist documents no prior anti-HER2 therapy.",
         "Tukysa label 1.1: with trastuzumab and capecitabine for advanced unresectable or "
         "metastatic HER2-positive breast cancer, including brain metastases, after one or more "
         "prior anti-HER2-based regimens in the metastatic setting. Pivotal trial HER2CLIMB. No "
         "anti-HER2 regimen was ever given; the record states first-line use, contradicting the "
         "prior-therapy gate: refer-to-reviewer.",
         "no anti-HER2 regimen given (orders entered-in-error/cancelled/not-done): contradicts",
         "female", "1974-03-25", ("Haddad", "Rania"))
c.primary(cc((ICD, "C50.912")), "2025-12-08")
c.secondary(cc((SCT, "94381002")), "2025-12-12")
c.secondary(cc((SCT, "94225005")), "2025-12-15")
c.marker(cc((LN, "85319-2")), "2025-12-10", vcc(POS, text="3+"), issued="2025-12-15")
c.marker(cc((LN, "85318-4")), "2025-12-10", vcc(POS, text="Amplified, ratio 7.4"), issued="2025-12-17")
c.req(hc("J9355"), "2025-12-20", status="entered-in-error",
      note="Entered in error: ordered on the wrong patient.")
c.req(hc("J9306"), "2025-12-22", status="cancelled",
      reason="Plan changed to a tucatinib-based regimen for brain metastases")
c.admin(hc("J9355"), "2026-01-05", status="not-done", reason="Not given: order cancelled")
c.doc("Note 2026-02-24: no prior anti-HER2 therapy or chemotherapy for metastatic disease; "
      "untreated brain metastases. Requesting tucatinib + trastuzumab + capecitabine as first "
      "line.", "2026-02-24")
c.ask(rx("2361285", "Tukysa 300 mg BID"), "2026-02-24")

# ================================================================ NSCLC
# n01 osimertinib first line: EGFR report amended from 'not detected' to L858R
c = case(1, "nsclc", "2026-03-16", svc(RX, "1721560"), S, None,
         "Osimertinib (Tagrisso) first line for metastatic lung adenocarcinoma (bone). The EGFR "
         "report was amended: the first release said 'no mutation detected' on 5% tumour content; "
         "after macrodissection the amended report shows exon 21 p.Leu858Arg.",
         "Tagrisso label section 1 (metastatic NSCLC): first-line treatment of metastatic NSCLC whose tumors have EGFR exon "
         "19 deletions or exon 21 L858R mutations, as detected by an FDA-approved test. Pivotal "
         "trial FLAURA. The standing EGFR result is the amended one (status amended, issued 17 days "
         "after the specimen): L858R. Metastatic, treatment-naive: supported.",
         "EGFR amended to L858R (first release 'not detected'); metastatic, first line",
         "female", "1964-08-30", ("Lin", "Mei"))
c.primary(cc((ICD, "C34.31"), (SCT, "254637007"), text="Adenocarcinoma, right lower lobe"),
          "2026-01-12")
c.secondary(cc((ICD, "C79.51")), "2026-01-15")
c.stage("2026-01-16", "cT2b cN1 cM1b - stage IVA", code=(AJCC, "4A"))
e = c.variant("2026-01-20", "HGNC:3236", c="NM_005228.5:c.2573T>G", p="NP_005219.2:p.(Leu858Arg)",
              text="EGFR L858R detected", status="amended", issued="2026-02-06", lu="2026-02-06",
              source=SRC_MOL,
              note="Amended report: the 2026-01-29 release ('no EGFR mutation detected') was based "
                   "on 5% tumour content; re-extracted after macrodissection (40%).")
a = c.variant("2026-01-20", "HGNC:427", present=False, text="No ALK fusion detected",
              issued="2026-01-29", source=SRC_MOL)
c.report(cc((LN, "51969-4")), "2026-01-20", "Amended: EGFR exon 21 L858R detected. No ALK fusion.",
         cat="GE", status="amended", issued="2026-02-06", lu="2026-02-06", results=[e, a],
         source=SRC_MOL)
c.ecog("2026-03-02", 1)
c.ask(rx("1721560", "Tagrisso 80 mg daily"), "2026-03-09")

# n02 pembrolizumab monotherapy: first PD-L1 cancelled, repeat TPS 60%
c = case(2, "nsclc", "2026-04-13", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab (Keytruda) monotherapy, first line, for metastatic lung adenocarcinoma "
         "(liver) with no EGFR, ALK or ROS1 alteration. The first PD-L1 test was cancelled (fewer "
         "than 100 viable tumour cells); the repeat on a new biopsy shows TPS 60%.",
         "Keytruda label 1 (NSCLC): as a single agent for first-line treatment of NSCLC expressing "
         "PD-L1 (TPS >= 1%) as determined by an FDA-approved test, with no EGFR or ALK genomic "
         "tumor aberrations, stage III not amenable to resection or definitive chemoradiation, or "
         "metastatic. Pivotal trial KEYNOTE-042 (and KEYNOTE-024). The cancelled test has no "
         "value; the final TPS 60% stands: supported.",
         "PD-L1: cancelled first test, final repeat TPS 60%; EGFR/ALK/ROS1 negative",
         "male", "1955-02-19", ("Gallagher", "Sean"))
c.primary(cc((ICD, "C34.12"), text="Adenocarcinoma of left upper lobe"), "2026-02-09")
c.secondary(cc((ICD, "C78.7")), "2026-02-12")
c.stage("2026-02-13", "cT3 cN2 cM1c - stage IVB", code=(SCT, "1222837003"))
c.marker(cc((LN, "85147-7")), "2026-02-16", status="cancelled", dar="not-performed",
         issued="2026-02-20", lu="2026-02-20",
         note="Cancelled: fewer than 100 viable tumour cells in the EBUS cell block.")
c.variant("2026-02-16", "HGNC:3236", present=False, issued="2026-02-27")
c.variant("2026-02-16", "HGNC:427", present=False, issued="2026-02-27")
c.variant("2026-02-16", "HGNC:10261", present=False, issued="2026-02-27")
c.marker(cc((LN, "85147-7")), "2026-03-02", qty(60, "%", "%"), issued="2026-03-09",
         note="TPS 60% (22C3 pharmDx) on repeat liver core biopsy.")
c.ecog("2026-03-30", 1)
c.doc("Note 2026-04-06: PD-L1 TPS 60% on repeat biopsy; EGFR/ALK/ROS1 negative. Patient prefers "
      "immunotherapy alone. Plan pembrolizumab 200 mg q3w.", "2026-04-06")
c.ask(hc("J9271", "Keytruda 200 mg q3w"), "2026-04-06")

# n03 atezolizumab adjuvant: clinical IB restated pathological IIB; EBUS not done; one dose stopped
c = case(3, "nsclc", "2026-05-04", svc(HCPCS, "J9022"), S, None,
         "Atezolizumab (Tecentriq) adjuvant after lobectomy and cisplatin/pemetrexed for lung "
         "adenocarcinoma, PD-L1 TC 15%. Clinically cT2a cN0 (stage IB); pathology restaged it "
         "pT2a pN1 (stage IIB). Pre-operative EBUS was not done; one cisplatin infusion was "
         "stopped early.",
         "Tecentriq label 1 (NSCLC): adjuvant treatment following resection and platinum-based "
         "chemotherapy for stage II to IIIA NSCLC whose tumors have PD-L1 expression on >= 1% of "
         "tumor cells, as determined by an FDA-approved test. Pivotal trial IMpower010. The "
         "pathological stage (IIB) supersedes the clinical IB; four cycles of cisplatin-based "
         "chemotherapy were given (one infusion stopped, later cycles completed): supported.",
         "stage restated clinical IB -> pathological IIB; PD-L1 TC 15%; adjuvant platinum given",
         "male", "1958-06-12", ("Eriksson", "Lars"))
c.primary(cc((ICD, "C34.11")), "2025-09-08")
c.stage("2025-09-22", "cT2a cN0 cM0 - clinical stage IB")
c.proc(cc((CPT, "31652")), "2025-10-06", status="not-done",
       reason="PET-CT mediastinum negative; proceeded directly to resection")
c.proc(cc((CPT, "32663")), "2025-10-21")
c.obs(cc((LN, "21899-0")), "2025-10-21", vcc(text="pT2a"), cat="survey", issued="2025-10-29")
c.obs(cc((LN, "21900-6")), "2025-10-21", vcc(text="pN1 (1/11, hilar station 10R)"), cat="survey",
      issued="2025-10-29")
c.stage("2025-10-21", "pT2a pN1 cM0 - pathological stage IIB", code=(SCT, "1222769001"), path=True,
        issued="2025-10-29", lu="2025-10-29")
c.marker(tcc("PD-L1 (SP263) tumour cell staining"), "2025-10-21", vstr("TC 15%"),
         issued="2025-11-04", method="VENTANA PD-L1 (SP263)")
c.variant("2025-10-21", "HGNC:3236", present=False, issued="2025-11-06")
c.variant("2025-10-21", "HGNC:427", present=False, issued="2025-11-06")
for d in ("2025-11-24", "2025-12-15", "2026-01-26"):
    c.admin(hc("J9060"), d)
    c.admin(hc("J9305"), d)
c.admin(hc("J9060"), "2026-01-05", status="stopped",
        reason="Infusion stopped at 70% of dose: grade 2 infusion reaction")
c.admin(hc("J9305"), "2026-01-05")
c.ecog("2026-04-20", 0)
c.ask(hc("J9022", "Tecentriq 1200 mg q3w x 1 year"), "2026-04-27")

# n04 durvalumab after chemoradiation: a progression entry entered in error
c = case(4, "nsclc", "2026-02-23", svc(HCPCS, "J9173"), S, None,
         "Durvalumab (Imfinzi) consolidation after concurrent carboplatin/paclitaxel and "
         "radiotherapy for unresectable stage IIIB squamous NSCLC. A 'progression' Observation was "
         "entered in error (another patient); the restaging CT shows partial response. One "
         "paclitaxel infusion was stopped.",
         "Imfinzi label 1 (NSCLC): unresectable stage III NSCLC whose disease has not progressed "
         "following concurrent platinum-based chemotherapy and radiation therapy. Pivotal trial "
         "PACIFIC. Concurrent platinum chemoradiation is documented (one paclitaxel infusion "
         "stopped, the rest completed); the only progression entry is entered-in-error and the "
         "standing restaging shows no progression: supported.",
         "progression entered in error; restaging without progression after CRT",
         "male", "1952-10-03", ("Kowalski", "Marek"))
c.primary(cc((ICD, "C34.12"), text="Squamous cell carcinoma, left upper lobe"), "2025-10-20")
c.stage("2025-11-03", "cT4 cN2 cM0 - stage IIIB, unresectable", code=(AJCC, "3B"))
c.variant("2025-11-05", "HGNC:3236", present=False, issued="2025-11-14")
c.obs(tcc("ALK (D5F3) IHC"), "2025-11-05", vcc(NEG, text="Negative"), issued="2025-11-10")
c.proc(cc((CPT, "77301")), "2025-11-24", note="60 Gy in 30 fractions, 2025-12-01 to 2026-01-12.")
for d in ("2025-12-01", "2025-12-08", "2025-12-22", "2025-12-29", "2026-01-05", "2026-01-12"):
    c.admin(hc("J9045"), d)
    c.admin(hc("J9267"), d)
c.admin(hc("J9045"), "2025-12-15")
c.admin(hc("J9267"), "2025-12-15", status="stopped",
        reason="Infusion stopped after 20 minutes: hypersensitivity reaction")
c.progression("2026-02-02", status="entered-in-error", issued="2026-02-02", lu="2026-02-04",
              note="Entered in error: belongs to another patient.")
c.report(cc((LN, "18748-4")), "2026-02-02",
         "CT chest after chemoradiation: partial response of the left upper lobe mass and "
         "mediastinal nodes; no new lesions; no progression.", cat="RAD", issued="2026-02-03")
c.ecog("2026-02-09", 1)
c.ask(hc("J9173", "Imfinzi 10 mg/kg q2w or 1500 mg q4w, up to 12 months"), "2026-02-16")

# n05 sotorasib: KRAS G12C from two systems; pemetrexed on hold
c = case(5, "nsclc", "2026-04-20", svc(RX, "2550714"), S, None,
         "Sotorasib (Lumakras) for KRAS G12C metastatic lung adenocarcinoma progressing after "
         "carboplatin/pemetrexed/pembrolizumab. The KRAS result appears twice (molecular lab "
         "variant and a pathology-system text result for the same specimen); the maintenance "
         "pemetrexed order is on hold.",
         "Lumakras label section 1 (NSCLC): KRAS G12C-mutated locally advanced or metastatic NSCLC, as "
         "determined by an FDA-approved test, after at least one prior systemic therapy "
         "(accelerated approval). Pivotal trial CodeBreaK 100. Both copies say G12C; one "
         "prior systemic line is documented: supported.",
         "KRAS G12C duplicated from two systems; prior platinum/IO; an order on hold",
         "female", "1960-01-24", ("Brennan", "Aoife"))
c.primary(cc((ICD, "C34.90"), text="Adenocarcinoma of lung"), "2025-05-12")
c.secondary(cc((ICD, "C78.7")), "2025-05-14")
c.stage("2025-05-16", "Stage IVB", code=(SCT, "1222837003"))
c.variant("2025-05-20", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          text="KRAS G12C", issued="2025-06-03", source=SRC_MOL, ident=(SRC_MOL, "MOL-25-0912"))
c.obs(tcc("KRAS mutation analysis"), "2025-05-20", vstr("KRAS p.G12C (c.34G>T) detected"),
      issued="2025-06-05", source=SRC_AP, ident=(SRC_AP, "S25-2210-A"))
c.marker(cc((LN, "85147-7")), "2025-05-20", qty(10, "%", "%"), issued="2025-05-27")
for d in ("2025-06-09", "2025-06-30", "2025-07-21", "2025-08-11"):
    c.admin(hc("J9045"), d)
    c.admin(hc("J9305"), d)
    c.admin(hc("J9271"), d)
c.req(hc("J9305", "pemetrexed 500 mg/m2 q3w maintenance"), "2025-09-01", status="on-hold",
      reason="Held for creatinine clearance 38 mL/min", lu="2026-03-30")
c.progression("2026-03-30", note="New liver lesions on pembrolizumab/pemetrexed maintenance.")
c.ecog("2026-04-08", 1)
c.ask(rx("2550714", "Lumakras 960 mg daily"), "2026-04-14")

# n06 lorlatinib: provisional lung mass confirmed; preliminary ALK IHC and final fusion
c = case(6, "nsclc", "2026-03-30", svc(RX, "2103164"), S, None,
         "Lorlatinib (Lorbrena) first line for ALK-positive metastatic lung adenocarcinoma with "
         "brain metastases. The diagnosis went from a provisional encounter diagnosis to a "
         "confirmed problem; ALK IHC was released as preliminary and the RNA fusion panel confirmed "
         "EML4-ALK; an alectinib plan was recorded as intended and never started.",
         "Lorbrena label section 1: metastatic NSCLC whose tumors are ALK-positive as detected by an "
         "FDA-approved test. Pivotal trial CROWN. The confirmed diagnosis and the final ALK fusion "
         "stand; the intended alectinib was never taken: supported.",
         "provisional -> confirmed diagnosis; ALK preliminary IHC + final fusion",
         "female", "1986-07-07", ("Park", "Ji-woo"))
c.cond(cc((ICD, "C34.12"), text="Left upper lobe mass, suspicious for malignancy"), "2026-01-20",
       cat="encounter-diagnosis", ver="provisional")
c.primary(cc((ICD, "C34.12"), (SCT, "254637007"), text="Adenocarcinoma, left upper lobe"),
          "2026-01-20", recorded="2026-02-03")
c.secondary(cc((SCT, "94225005")), "2026-02-04")
c.stage("2026-02-04", "cT2a cN2 cM1c (brain) - stage IVB", code=(SCT, "1222837003"))
c.obs(tcc("ALK (D5F3) IHC"), "2026-02-05", vstr("Positive - preliminary, RNA confirmation pending"),
      status="preliminary", issued="2026-02-07")
c.variant("2026-02-05", "HGNC:427", text="EML4-ALK fusion (variant 1) detected by RNA NGS",
          issued="2026-02-19", lu="2026-02-19", source=SRC_MOL)
c.variant("2026-02-05", "HGNC:3236", present=False, issued="2026-02-19", source=SRC_MOL)
c.stmt(rx("1727455", "alectinib 600 mg BID (planned)"), "2026-02-23", status="intended",
       asserted="2026-02-20", note="Planned; not started - plan changed to lorlatinib for CNS disease.")
c.ecog("2026-03-16", 1)
c.ask(rx("2103164", "Lorbrena 100 mg daily"), "2026-03-23")

# n07 cemiplimab monotherapy: PD-L1 cancelled, the repeat postdates the request
c = case(7, "nsclc", "2026-04-06", svc(HCPCS, "J9119"), ND, ["pdl1"],
         "Cemiplimab (Libtayo) monotherapy requested first line for metastatic squamous NSCLC "
         "(EGFR/ALK/ROS1 negative; patient declines chemotherapy). The PD-L1 test on decalcified "
         "bone was cancelled; the repeat PD-L1 in the record is dated two weeks after the request.",
         "Libtayo label 1 (NSCLC): as a single agent for first-line treatment of NSCLC whose tumors "
         "have high PD-L1 expression (TPS >= 50%) with no EGFR, ALK or ROS1 aberrations, locally "
         "advanced not amenable to resection or definitive chemoradiation, or metastatic. Pivotal "
         "trial EMPOWER-Lung 1. The single-agent request needs the PD-L1 gate; as of the request "
         "the only PD-L1 Observation is cancelled and the TPS 70% result postdates it: "
         "needs-documentation (pdl1).",
         "PD-L1 gate absent: cancelled test; repeat dated after the request",
         "male", "1950-12-14", ("Doyle", "Patrick"))
c.primary(cc((ICD, "C34.11"), text="Squamous cell carcinoma, right upper lobe"), "2026-02-09")
c.secondary(cc((ICD, "C79.51")), "2026-02-11")
c.stage("2026-02-12", "Stage IVB", code=(SCT, "1222837003"))
c.variant("2026-02-16", "HGNC:3236", present=False, issued="2026-02-27")
c.variant("2026-02-16", "HGNC:427", present=False, issued="2026-02-27")
c.variant("2026-02-16", "HGNC:10261", present=False, issued="2026-02-27")
c.marker(cc((LN, "85147-7")), "2026-02-20", status="cancelled", dar="not-performed",
         issued="2026-02-24", lu="2026-02-24",
         note="Cancelled: decalcified bone specimen, assay not validated.")
c.doc("Note 2026-03-30: declines platinum chemotherapy. Repeat PD-L1 on lung core ordered. "
      "Requesting cemiplimab 350 mg q3w monotherapy.", "2026-03-30")
c.ask(hc("J9119", "Libtayo 350 mg q3w"), "2026-03-30")
c.marker(cc((LN, "85147-7")), "2026-04-20", qty(70, "%", "%"), issued="2026-04-24",
         lu="2026-04-24", future=True, note="TPS 70% (22C3) on repeat lung core biopsy.")

# n08 osimertinib: the only EGFR result was entered in error
c = case(8, "nsclc", "2026-05-11", svc(RX, "1721560"), ND, ["egfr"],
         "Osimertinib requested first line for metastatic lung adenocarcinoma; the only EGFR "
         "result (exon 19 deletion) was entered in error - specimen label mix-up with another "
         "patient - and repeat NGS has not resulted.",
         "Tagrisso label section 1 (metastatic NSCLC): first-line metastatic NSCLC with EGFR exon 19 deletion or exon 21 "
         "L858R. Pivotal trial FLAURA. Metastatic adenocarcinoma is documented; the EGFR Observation has status "
         "entered-in-error and nothing replaces it: needs-documentation (egfr).",
         "EGFR gate absent: only result entered in error, repeat pending",
         "male", "1969-04-17", ("Tanaka", "Kenji"))
c.primary(cc((ICD, "C34.90"), text="Adenocarcinoma of lung"), "2026-03-02")
c.secondary(cc((SCT, "94381002")), "2026-03-05")
c.stage("2026-03-06", "Stage IVB", code=(SCT, "1222837003"))
c.variant("2026-03-16", "HGNC:3236", c="NM_005228.5:c.2235_2249del",
          p="NP_005219.2:p.(Glu746_Ala750del)", text="EGFR exon 19 deletion",
          status="entered-in-error", issued="2026-03-24", lu="2026-03-27", source=SRC_MOL,
          note="Entered in error: report belongs to another patient (specimen label mix-up).")
c.sreq(cc((CPT, "81445")), "2026-03-28", note="Repeat lung NGS on new biopsy; pending.")
c.ecog("2026-04-27", 1)
c.ask(rx("1721560", "Tagrisso 80 mg daily"), "2026-05-04")

# n09 alectinib: partial genomic report; the ALK Observation is only registered
c = case(9, "nsclc", "2026-03-09", svc(RX, "1727455"), ND, ["alk"],
         "Alectinib (Alecensa) requested first line for metastatic lung adenocarcinoma in a "
         "never-smoker; the genomic report is partial (DNA panel negative, RNA fusion panel "
         "pending) and the ALK Observation is registered without a result.",
         "Alecensa label section 1 (metastatic NSCLC): ALK-positive metastatic NSCLC as detected by an FDA-approved test. "
         "Pivotal trials ALEX / J-ALEX. The DiagnosticReport is partial and the ALK Observation has "
         "status registered (no value): needs-documentation (alk).",
         "ALK gate absent: partial report, ALK registered without value",
         "female", "1980-02-02", ("Sato", "Yuki"))
c.primary(cc((ICD, "C34.12")), "2026-01-26")
c.secondary(cc((SCT, "94225005")), "2026-01-29")
c.stage("2026-01-30", "Stage IVB", code=(SCT, "1222837003"))
e = c.variant("2026-02-02", "HGNC:3236", present=False, issued="2026-02-12", source=SRC_MOL)
a = c.variant("2026-02-02", "HGNC:427", present=None, status="registered", issued="2026-02-12",
              source=SRC_MOL)
c.report(cc((LN, "51969-4")), "2026-02-02",
         "PARTIAL: DNA panel - no EGFR, KRAS, BRAF, MET or ERBB2 alteration. RNA fusion panel "
         "(ALK, ROS1, RET, NTRK) pending.", cat="GE", status="partial", issued="2026-02-12",
         results=[e, a], source=SRC_MOL)
c.ecog("2026-02-27", 1)
c.ask(rx("1727455", "Alecensa 600 mg BID"), "2026-03-02")

# n10 osimertinib: L858R call corrected to 'not detected'
c = case(10, "nsclc", "2026-04-27", svc(RX, "1721560"), RR, None,
         "Osimertinib requested first line for metastatic lung adenocarcinoma on an EGFR L858R "
         "report that was corrected: the call was a sequencing artefact and orthogonal PCR shows no "
         "EGFR mutation.",
         "Tagrisso label section 1: EGFR exon 19 deletion or exon 21 L858R (first line; also adjuvant, "
         "stage III after chemoradiation, T790M after TKI). Pivotal trial FLAURA. The standing EGFR result is the "
         "corrected 'not detected'; the record contradicts the EGFR gate: refer-to-reviewer.",
         "EGFR L858R corrected to not detected: contradicts EGFR-mutation gate",
         "male", "1957-09-09", ("Ibrahim", "Yusuf"))
c.primary(cc((ICD, "C34.31")), "2026-02-16")
c.secondary(cc((ICD, "C79.51")), "2026-02-18")
c.stage("2026-02-19", "Stage IVB", code=(SCT, "1222837003"))
c.variant("2026-02-23", "HGNC:3236", present=False, text="No EGFR mutation detected (corrected)",
          status="corrected", issued="2026-03-20", lu="2026-03-20", source=SRC_MOL,
          note="Corrected: the p.L858R call in the 2026-03-10 release was a strand-bias artefact; "
               "no EGFR mutation on orthogonal PCR.")
c.variant("2026-02-23", "HGNC:427", present=False, issued="2026-03-10", source=SRC_MOL)
c.ecog("2026-04-10", 1)
c.ask(rx("1721560"), "2026-04-20")

# n11 alectinib adjuvant: clinical IIB restated pathological IA3 (<4 cm, node negative)
c = case(11, "nsclc", "2026-03-23", svc(RX, "1727455"), RR, None,
         "Alectinib requested as adjuvant therapy after lobectomy for ALK-positive lung "
         "adenocarcinoma. CT staging said cT2b (4.3 cm) cN1; the pathological stage, issued after "
         "surgery, is pT1c (2.8 cm) pN0 (0/16 nodes), stage IA3.",
         "Alecensa label section 1 (adjuvant NSCLC): adjuvant treatment following tumor resection of ALK-positive NSCLC "
         "(tumors >= 4 cm or node positive), as detected by an FDA-approved test. Pivotal trial "
         "ALINA. The pathological stage restates the clinical one: 2.8 cm and node-negative, "
         "contradicting the size/node gate: refer-to-reviewer.",
         "stage restated cIIB -> pIA3 (2.8 cm, pN0): contradicts >= 4 cm / node-positive gate",
         "female", "1972-05-19", ("Moreau", "Camille"))
c.primary(cc((ICD, "C34.11")), "2025-10-20")
c.stage("2025-11-03", "cT2b (4.3 cm) cN1 (PET-avid hilar node) cM0 - clinical stage IIB",
        code=(SCT, "1222769001"))
c.variant("2025-10-24", "HGNC:427", text="EML4-ALK fusion detected", issued="2025-11-05",
          source=SRC_MOL)
c.proc(cc((CPT, "32663")), "2025-12-08")
c.obs(cc((LN, "21899-0")), "2025-12-08", vcc(text="pT1c (2.8 cm)"), cat="survey",
      issued="2025-12-18")
c.obs(cc((LN, "21900-6")), "2025-12-08", vcc(text="pN0"), cat="survey", issued="2025-12-18")
c.obs(cc((LN, "21893-3")), "2025-12-08", qty(0, "{#}", "{#}"), issued="2025-12-18")
c.obs(cc((LN, "21894-1")), "2025-12-08", qty(16, "{#}", "{#}"), issued="2025-12-18")
c.stage("2025-12-08", "pT1c pN0 cM0 - pathological stage IA3", path=True, issued="2025-12-18",
        lu="2025-12-18")
c.doc("Note 2026-03-16: pathology smaller than on CT (atelectasis), nodes negative. Requesting "
      "adjuvant alectinib 600 mg BID for 2 years.", "2026-03-16")
c.ask(rx("1727455", "Alecensa 600 mg BID x 2 years"), "2026-03-16")

# n12 adagrasib: KRAS G12C entered in error; standing result G12V
c = case(12, "nsclc", "2026-05-25", svc(RX, "2625882"), RR, None,
         "Adagrasib (Krazati) requested for metastatic lung adenocarcinoma after carboplatin/"
         "pemetrexed/pembrolizumab on a KRAS G12C result that was entered in error; the patient's "
         "own result is KRAS p.Gly12Val.",
         "Krazati label section 1 (NSCLC): KRAS G12C-mutated locally advanced or metastatic NSCLC, as determined "
         "by an FDA-approved test, after at least one prior systemic therapy. Pivotal trial "
         "KRYSTAL-1. With the entered-in-error G12C set aside, KRAS G12V contradicts the variant "
         "gate: refer-to-reviewer.",
         "KRAS G12C entered in error; standing G12V contradicts G12C gate",
         "male", "1961-11-30", ("Schmidt", "Dieter"))
c.primary(cc((ICD, "C34.12")), "2025-07-07")
c.secondary(cc((ICD, "C78.7")), "2025-07-10")
c.stage("2025-07-11", "Stage IVB", code=(SCT, "1222837003"))
c.variant("2025-07-21", "HGNC:6407", c="NM_004985.5:c.34G>T", p="NP_004976.2:p.(Gly12Cys)",
          text="KRAS G12C", status="entered-in-error", issued="2025-08-01", lu="2025-08-04",
          source=SRC_MOL, note="Entered in error: result of another patient.")
c.variant("2025-07-21", "HGNC:6407", c="NM_004985.5:c.35G>T", p="NP_004976.2:p.(Gly12Val)",
          text="KRAS G12V", issued="2025-08-04", source=SRC_MOL)
for d in ("2025-08-11", "2025-09-01", "2025-09-22", "2025-10-13"):
    c.admin(hc("J9045"), d)
    c.admin(hc("J9305"), d)
    c.admin(hc("J9271"), d)
c.progression("2026-05-04", note="Progression on pembrolizumab/pemetrexed maintenance.")
c.ask(rx("2625882", "Krazati 600 mg BID"), "2026-05-18")

# ================================================================ COLORECTAL
# c01 panitumumab + FOLFOX: a KRAS G12D entered in error, standing RAS wild-type
c = case(1, "colorectal", "2026-03-16", svc(HCPCS, "J9303"), S, None,
         "Panitumumab (Vectibix) with FOLFOX, first line, for metastatic sigmoid cancer (liver). "
         "A KRAS G12D result filed to this chart was entered in error (another patient); the "
         "patient's own extended RAS panel is wild-type for KRAS and NRAS.",
         "Vectibix label 1: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer, as "
         "determined by an FDA-approved test, in combination with FOLFOX for first-line treatment. "
         "Pivotal trial PRIME. With the entered-in-error G12D set aside, KRAS and NRAS are "
         "wild-type; metastatic disease and FOLFOX are documented: supported.",
         "KRAS G12D entered in error; standing KRAS/NRAS wild-type; first line with FOLFOX",
         "male", "1963-03-03", ("Ricci", "Paolo"))
c.primary(cc((ICD, "C18.7")), "2026-01-19")
c.secondary(cc((ICD, "C78.7")), "2026-01-22")
c.stage("2026-01-23", "cT3 cN1 cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.variant("2026-02-02", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)",
          text="KRAS G12D", status="entered-in-error", issued="2026-02-06", lu="2026-02-10",
          source=SRC_MOL, note="Entered in error: belongs to another patient (accession swap).")
c.variant("2026-02-02", "HGNC:6407", present=False, text="KRAS exons 2-4 wild-type",
          issued="2026-02-10", source=SRC_MOL)
c.variant("2026-02-02", "HGNC:7989", present=False, text="NRAS exons 2-4 wild-type",
          issued="2026-02-10", source=SRC_MOL)
c.variant("2026-02-02", "HGNC:1097", present=False, issued="2026-02-10", source=SRC_MOL)
c.obs(cc((LN, "81695-9")), "2026-02-02", vcc(text="Microsatellite stable"), issued="2026-02-09")
c.ecog("2026-03-02", 1)
c.req(hc("J9263", "oxaliplatin 85 mg/m2 (FOLFOX) q2w"), "2026-03-09", status="draft",
      intent="proposal")
c.req(hc("J9190", "fluorouracil bolus + 46-h infusion (FOLFOX) q2w"), "2026-03-09",
      status="draft", intent="proposal")
c.ask(hc("J9303", "Vectibix 6 mg/kg q2w"), "2026-03-09")

# c02 cetuximab + FOLFIRI: RAS wild-type from the molecular lab and the pathology report
c = case(2, "colorectal", "2026-04-06", svc(HCPCS, "J9055"), S, None,
         "Cetuximab (Erbitux) with FOLFIRI, first line, for EGFR-expressing metastatic rectal "
         "cancer (lung). The RAS wild-type result arrives twice - molecular-lab variants and a "
         "pathology report stating the same - with different ids.",
         "Erbitux label 1 (colorectal): K-Ras wild-type, EGFR-expressing metastatic colorectal "
         "cancer, as determined by an FDA-approved test, in combination with FOLFIRI for first-line "
         "treatment. Pivotal trial CRYSTAL. Both copies agree (KRAS and NRAS wild-type), EGFR "
         "expression and metastases are documented: supported.",
         "RAS wild-type reported by two systems; EGFR-expressing; first line with FOLFIRI",
         "female", "1969-09-09", ("Jensen", "Sofie"))
c.primary(cc((ICD, "C20")), "2026-01-26")
c.secondary(cc((ICD, "C78.01")), "2026-01-29")
c.stage("2026-01-30", "cT3 cN2a cM1a (lung) - stage IVA", code=(AJCC, "4A"))
k = c.variant("2026-02-04", "HGNC:6407", present=False, issued="2026-02-16", source=SRC_MOL,
              ident=(SRC_MOL, "MOL-26-0311"))
n = c.variant("2026-02-04", "HGNC:7989", present=False, issued="2026-02-16", source=SRC_MOL,
              ident=(SRC_MOL, "MOL-26-0311"))
c.variant("2026-02-04", "HGNC:1097", present=False, issued="2026-02-16", source=SRC_MOL)
k2 = c.obs(tcc("KRAS/NRAS mutation analysis (exons 2-4)"), "2026-02-04",
           vstr("No KRAS or NRAS mutation detected (RAS wild-type)"), issued="2026-02-18",
           source=SRC_AP, ident=(SRC_AP, "S26-0877-C"))
c.report(tcc("Surgical pathology with molecular addendum - rectal biopsy"), "2026-02-04",
         "Adenocarcinoma. RAS wild-type (KRAS and NRAS exons 2-4). EGFR IHC expressed.",
         issued="2026-02-18", results=[k2], source=SRC_AP)
c.obs(tcc("EGFR immunohistochemistry"), "2026-02-04", vstr("Expressed (2+ membranous staining)"),
      issued="2026-02-18", source=SRC_AP)
c.report(cc((LN, "51969-4")), "2026-02-04", "KRAS and NRAS wild-type; BRAF V600E not detected.",
         cat="GE", issued="2026-02-16", results=[k, n], source=SRC_MOL)
c.ecog("2026-03-23", 0)
c.req(hc("J9206", "irinotecan 180 mg/m2 (FOLFIRI) q2w"), "2026-03-30", status="draft",
      intent="proposal")
c.req(hc("J9190", "fluorouracil (FOLFIRI) q2w"), "2026-03-30", status="draft", intent="proposal")
c.ask(hc("J9055", "Erbitux 500 mg/m2 q2w"), "2026-03-30")

# c03 pembrolizumab MSI-H: pathology superseded by an addendum; preliminary MSI then final
c = case(3, "colorectal", "2026-03-30", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab (Keytruda) first line for metastatic ascending-colon cancer. The first "
         "pathology report (MMR pending) is superseded by an addendum with MLH1/PMS2 loss; the "
         "MSI PCR was first preliminary 'indeterminate', then final MSI-High.",
         "Keytruda label 1 (colorectal): unresectable or metastatic MSI-H or dMMR colorectal "
         "cancer (first line included). Pivotal trial KEYNOTE-177. What stands: the current "
         "addendum DocumentReference (relatesTo replaces the superseded one), the appended "
         "DiagnosticReport and the final MSI-H result: supported.",
         "report superseded by addendum (dMMR); MSI preliminary indeterminate -> final MSI-H",
         "female", "1970-12-12", ("Alvarez", "Lucia"))
c.primary(cc((ICD, "C18.2")), "2026-02-02")
c.secondary(cc((ICD, "C78.7")), "2026-02-05")
c.stage("2026-02-06", "cT4a cN1 cM1a - stage IVA", code=(AJCC, "4A"))
v1 = c.doc("Surgical pathology, ascending colon biopsy (2026-02-04): invasive adenocarcinoma, "
           "moderately differentiated. Mismatch-repair immunohistochemistry to follow in an "
           "addendum.", "2026-02-06", kind=None, title="Surgical pathology report", status="superseded",
           doc_status="final", lu="2026-02-13")
c.doc("Surgical pathology, ascending colon biopsy (2026-02-04) - ADDENDUM: mismatch-repair IHC "
      "shows loss of MLH1 and PMS2 nuclear expression with retained MSH2 and MSH6 (deficient "
      "MMR).", "2026-02-13", kind=None, title="Surgical pathology report with addendum",
      doc_status="amended", relates=[("replaces", v1)])
c.obs(cc((LN, "81695-9")), "2026-02-04", vcc(text="Indeterminate (2/5 markers unstable) - "
                                                   "preliminary"),
      status="preliminary", issued="2026-02-09")
m = c.obs(cc((LN, "81695-9")), "2026-02-04", vcc(text="MSI-High (4/5 markers unstable)"),
          issued="2026-02-16", lu="2026-02-16")
c.report(tcc("Surgical pathology - ascending colon biopsy"), "2026-02-04",
         "Adenocarcinoma. Appended: MMR deficient (MLH1/PMS2 loss); MSI-High by PCR.",
         status="appended", issued="2026-02-16", lu="2026-02-16", results=[m], source=SRC_AP)
c.ecog("2026-03-16", 1)
c.ask(hc("J9271", "Keytruda 200 mg q3w"), "2026-03-23")

# c04 regorafenib: oxaliplatin stopped for neuropathy, FOLFIRI completed
c = case(4, "colorectal", "2026-04-20", svc(RX, "1312397"), S, None,
         "Regorafenib (Stivarga) for KRAS G12D metastatic sigmoid cancer after FOLFOX + bevacizumab "
         "(oxaliplatin order stopped for neuropathy after five cycles, one infusion stopped) and "
         "FOLFIRI + bevacizumab (order completed).",
         "Stivarga label 1.1: metastatic colorectal cancer previously treated with "
         "fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy "
         "and, if RAS wild-type, an anti-EGFR therapy. Pivotal trial CORRECT. A stopped order "
         "still records exposure: oxaliplatin, fluorouracil, irinotecan and bevacizumab were all "
         "given; KRAS G12D makes anti-EGFR therapy not applicable: supported.",
         "prior lines via stopped/completed orders and a stopped infusion; RAS-mutant",
         "male", "1956-05-05", ("Horvat", "Ivan"))
c.primary(cc((SCT, "363406005"), text="Adenocarcinoma of sigmoid colon"), "2023-09-11")
c.secondary(cc((ICD, "C78.7")), "2023-09-14")
c.secondary(cc((ICD, "C78.01")), "2025-05-02")
c.variant("2023-09-20", "HGNC:6407", c="NM_004985.5:c.35G>A", p="NP_004976.2:p.(Gly12Asp)",
          text="KRAS G12D", issued="2023-10-02")
c.req(hc("J9263", "oxaliplatin 85 mg/m2 (FOLFOX) q2w"), "2023-10-02", status="stopped",
      reason="Stopped after cycle 5: grade 3 sensory neuropathy", lu="2023-12-11")
for d in ("2023-10-09", "2023-10-23", "2023-11-06", "2023-11-20"):
    c.admin(hc("J9263"), d)
    c.admin(hc("J9190"), d)
    c.admin(hc("J9035"), d)
c.admin(hc("J9263"), "2023-12-04", status="stopped", reason="Stopped mid-infusion: laryngeal dysesthesia")
c.admin(hc("J9190"), "2023-12-04")
c.admin(hc("J9035"), "2023-12-04")
c.progression("2024-09-16")
c.req(hc("J9206", "irinotecan 180 mg/m2 (FOLFIRI) q2w"), "2024-09-23", status="completed",
      lu="2025-04-14")
for d in ("2024-09-30", "2024-10-14", "2024-10-28", "2024-11-11", "2024-11-25"):
    c.admin(hc("J9206"), d)
    c.admin(hc("J9190"), d)
    c.admin(hc("J9035"), d)
c.progression("2026-03-30", note="Progression in liver and lungs on FOLFIRI/bevacizumab.")
c.ecog("2026-04-06", 1)
c.ask(rx("1312397", "Stivarga 160 mg daily d1-21 q28d"), "2026-04-13")

# c05 encorafenib + cetuximab after prior therapy: BRAF preliminary screen then final NGS
c = case(5, "colorectal", "2026-05-18", svc(RX, "2049106"), S, None,
         "Encorafenib (Braftovi) with cetuximab for BRAF V600E metastatic colon cancer after "
         "FOLFOX + bevacizumab. BRAF V600E was first reported by a preliminary PCR screen, then "
         "confirmed by final NGS issued three weeks after the specimen.",
         "Braftovi label 1 (colorectal): with cetuximab for metastatic colorectal cancer with a "
         "BRAF V600E mutation, as detected by an FDA-approved test, after prior therapy. Pivotal "
         "trial BEACON CRC. The final NGS result stands (the preliminary agrees); prior "
         "oxaliplatin-based therapy and metastases are documented: supported.",
         "BRAF V600E preliminary then final (issued 3 weeks later); after prior therapy",
         "female", "1961-10-10", ("Nieminen", "Aino"))
c.primary(cc((ICD, "C18.2")), "2025-04-14")
c.secondary(cc((ICD, "C78.6")), "2025-04-16")
c.stage("2025-04-17", "cT4a cN2 cM1c (peritoneum) - stage IVC", code=(SCT, "1222837003"))
c.obs(tcc("BRAF V600E PCR screen"), "2025-04-21", vstr("BRAF V600E detected - preliminary"),
      status="preliminary", issued="2025-04-25")
c.variant("2025-04-21", "HGNC:1097", c="NM_004333.6:c.1799T>A", p="NP_004324.2:p.(Val600Glu)",
          text="BRAF V600E", issued="2025-05-12", lu="2025-05-12", source=SRC_MOL)
c.obs(cc((LN, "81695-9")), "2025-04-21", vcc(text="MSS"), issued="2025-05-12")
for d in ("2025-05-19", "2025-06-02", "2025-06-16", "2025-06-30", "2025-07-14", "2025-07-28"):
    c.admin(hc("J9263"), d)
    c.admin(hc("J9190"), d)
    c.admin(hc("J9035"), d)
c.progression("2026-04-27", note="Peritoneal progression on FOLFOX/bevacizumab maintenance.")
c.ecog("2026-05-04", 1)
c.req(hc("J9055", "cetuximab 400 mg/m2 then 250 mg/m2 weekly"), "2026-05-11", status="draft",
      intent="proposal")
c.ask(rx("2049106", "Braftovi 300 mg daily with cetuximab"), "2026-05-11")

# c06 bevacizumab + FOLFOX: remission -> recurrence; stage IIIB restated IVA
c = case(6, "colorectal", "2026-03-23", svc(HCPCS, "J9035"), S, None,
         "Bevacizumab (Avastin) with FOLFOX for liver recurrence of a sigmoid cancer resected in "
         "2022 (pT3 pN1b, stage IIIB, adjuvant CAPOX). An older problem-list copy still says "
         "remission; the current problem is a recurrence and the disease is restaged IVA.",
         "Avastin label 1.1: metastatic colorectal cancer, with intravenous fluorouracil-based "
         "chemotherapy for first- or second-line treatment. Pivotal trial AVF2107g. The current "
         "Condition (clinicalStatus recurrence) and the 2026 restaging (stage IVA, liver) "
         "supersede the 2022 stage and the stale remission entry: supported.",
         "remission -> recurrence; stage IIIB (2022) restated IVA (2026); first-line metastatic",
         "male", "1959-01-29", ("O'Brien", "Liam"))
c.primary(cc((ICD, "C18.7")), "2022-03-14", clinical="remission", recorded="2022-03-14",
          lu="2024-01-10", note="Resected stage IIIB; adjuvant CAPOX completed; no evidence of disease.")
c.primary(cc((ICD, "C18.7")), "2022-03-14", clinical="recurrence", recorded="2026-02-20",
          lu="2026-02-20", note="Hepatic recurrence 2026-02, biopsy-proven.")
c.proc(cc((CPT, "44204")), "2022-03-30")
c.stage("2022-03-30", "pT3 pN1b cM0 - stage IIIB", code=(AJCC, "3B"), path=True,
        issued="2022-04-06")
c.stmt(rx("194000", "capecitabine (adjuvant CAPOX)"), "2022-05-02", end="2022-10-17")
c.secondary(cc((ICD, "C78.7")), "2026-02-16")
c.stage("2026-02-20", "rM1a (liver) - stage IVA", code=(AJCC, "4A"), issued="2026-02-23",
        lu="2026-02-23")
c.variant("2026-02-18", "HGNC:6407", c="NM_004985.5:c.38G>A", p="NP_004976.2:p.(Gly13Asp)",
          text="KRAS G13D", issued="2026-03-02")
c.ecog("2026-03-09", 1)
c.req(hc("J9263", "oxaliplatin (FOLFOX) q2w"), "2026-03-16", status="draft", intent="proposal")
c.req(hc("J9190", "fluorouracil (FOLFOX) q2w"), "2026-03-16", status="draft", intent="proposal")
c.ask(hc("J9035", "Avastin 5 mg/kg q2w"), "2026-03-16")

# c07 panitumumab: tissue RAS cancelled, plasma RAS postdates the request
c = case(7, "colorectal", "2026-04-13", svc(HCPCS, "J9303"), ND, ["ras"],
         "Panitumumab with FOLFOX requested first line for metastatic rectal cancer (liver). The "
         "tissue RAS test was cancelled (insufficient tumour DNA); the plasma RAS result in the "
         "record is dated after the request.",
         "Vectibix label 1: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer as "
         "determined by an FDA-approved test. Pivotal trial PRIME. Metastatic disease is documented; as of the "
         "request the only RAS Observation is cancelled and the plasma result (2026-04-22) "
         "postdates it: needs-documentation (ras).",
         "RAS gate absent: tissue test cancelled; plasma result after the request",
         "male", "1966-06-21", ("Kaya", "Emre"))
c.primary(cc((ICD, "C20")), "2026-02-23")
c.secondary(cc((ICD, "C78.7")), "2026-02-25")
c.stage("2026-02-26", "Stage IVA", code=(AJCC, "4A"))
c.obs(tcc("KRAS/NRAS mutation analysis (tissue)"), "2026-03-05", status="cancelled",
      dar="not-performed", issued="2026-03-12", lu="2026-03-12",
      note="Cancelled: insufficient tumour DNA in the biopsy.")
c.obs(cc((LN, "81695-9")), "2026-03-05", vcc(text="MSS"), issued="2026-03-10")
c.sreq(cc((CPT, "81445"), text="Plasma ctDNA panel (KRAS, NRAS, BRAF)"), "2026-03-20")
c.ask(hc("J9303"), "2026-04-06")
c.variant("2026-04-22", "HGNC:6407", present=False, issued="2026-04-28", lu="2026-04-28",
          source=SRC_MOL, future=True)
c.variant("2026-04-22", "HGNC:7989", present=False, issued="2026-04-28", lu="2026-04-28",
          source=SRC_MOL, future=True)

# c08 nivolumab + ipilimumab: the only MSI/MMR results were entered in error
c = case(8, "colorectal", "2026-05-04", svc(HCPCS, "J9299"), ND, ["msi"],
         "Nivolumab (Opdivo) with ipilimumab requested first line for metastatic ascending-colon "
         "cancer. The MSI-High result and the MMR report in the chart were entered in error (filed "
         "from another patient); repeat testing is pending.",
         "Opdivo label 1 (colorectal): unresectable or metastatic MSI-H or dMMR colorectal cancer, "
         "with ipilimumab (first line) or as a single agent. Pivotal trial CheckMate 8HW. "
         "Metastases are documented; every MSI/MMR resource has status entered-in-error: "
         "needs-documentation (msi).",
         "MSI gate absent: MSI-H Observation and MMR report entered in error",
         "female", "1975-04-04", ("Walsh", "Niamh"))
c.primary(cc((ICD, "C18.2")), "2026-03-09")
c.secondary(cc((ICD, "C78.7")), "2026-03-11")
c.stage("2026-03-12", "Stage IVA", code=(AJCC, "4A"))
m = c.obs(cc((LN, "81695-9")), "2026-03-16", vcc(text="MSI-High"), status="entered-in-error",
          issued="2026-03-20", lu="2026-03-27", note="Entered in error: another patient's result.")
c.report(tcc("Mismatch repair immunohistochemistry"), "2026-03-16",
         "Loss of MLH1 and PMS2 (dMMR).", status="entered-in-error", issued="2026-03-20",
         lu="2026-03-27", results=[m], source=SRC_AP)
c.doc("Note 2026-04-20: the MSI/MMR results filed on 2026-03-20 belonged to another patient and "
      "were retracted. Repeat MMR IHC and MSI sent. Requesting nivolumab + ipilimumab.", "2026-04-20")
c.sreq(tcc("Mismatch repair IHC and MSI PCR (repeat)"), "2026-04-20")
c.req(hc("J9228", "ipilimumab 1 mg/kg q3w x4"), "2026-04-27", status="draft", intent="proposal")
c.ask(hc("J9299", "Opdivo 240 mg q3w x4 with ipilimumab, then 480 mg q4w"), "2026-04-27")

# c09 tucatinib + trastuzumab: irinotecan only proposed, outside regimen unknown
c = case(9, "colorectal", "2026-05-25", svc(RX, "2361285"), ND, ["prior_therapy"],
         "Tucatinib with trastuzumab requested for RAS wild-type, HER2-positive metastatic sigmoid "
         "cancer after FOLFOX. Second-line FOLFIRI was only proposed here (never ordered) and the "
         "patient then received 'second-line chemotherapy' at an outside hospital with the regimen "
         "not recorded.",
         "Tukysa label 1.2: with trastuzumab for RAS wild-type HER2-positive unresectable or "
         "metastatic colorectal cancer that progressed following fluoropyrimidine-, oxaliplatin- "
         "and irinotecan-based chemotherapy. Pivotal trial MOUNTAINEER. HER2, RAS and "
         "fluoropyrimidine/oxaliplatin are documented; irinotecan exposure is not (a proposal is "
         "not an order, and the outside regimen is unnamed): needs-documentation (prior_therapy).",
         "prior irinotecan undocumented: proposal only, outside regimen unnamed",
         "male", "1967-08-14", ("Papadakis", "Yannis"))
c.primary(cc((ICD, "C18.7")), "2024-06-03")
c.secondary(cc((ICD, "C78.01")), "2024-06-06")
c.variant("2024-06-12", "HGNC:6407", present=False, issued="2024-06-24")
c.variant("2024-06-12", "HGNC:7989", present=False, issued="2024-06-24")
c.variant("2024-06-12", "HGNC:1097", present=False, issued="2024-06-24")
c.obs(tcc("HER2 IHC (colorectal, HERACLES criteria)"), "2024-06-12",
      vstr("3+ in 70% of tumour cells - HER2 positive"), issued="2024-06-20")
for d in ("2024-07-01", "2024-07-15", "2024-07-29", "2024-08-12", "2024-08-26", "2024-09-09"):
    c.admin(hc("J9263"), d)
    c.admin(hc("J9190"), d)
c.progression("2025-03-17")
c.req(hc("J9206", "FOLFIRI q2w (proposed)"), "2025-03-24", status="active", intent="proposal",
      note="Proposed at tumour board; patient transferred care before an order was written.")
c.stmt(tcc("Second-line chemotherapy at outside hospital (regimen not recorded)"), "2025-04-07",
       end="2025-10-13", asserted="2026-05-11", note="Patient report; outside records requested.")
c.progression("2026-05-04")
c.req(hc("J9355", "trastuzumab 8 mg/kg then 6 mg/kg q3w"), "2026-05-18", status="draft",
      intent="proposal")
c.ask(rx("2361285", "Tukysa 300 mg BID with trastuzumab"), "2026-05-18")

# c10 cetuximab: KRAS wild-type amended to G13D
c = case(10, "colorectal", "2026-03-09", svc(HCPCS, "J9055"), RR, None,
         "Cetuximab with FOLFIRI requested first line for metastatic sigmoid cancer on a 'KRAS "
         "wild-type' report that was amended: codon 12/13 had failed QC, and repeat sequencing "
         "shows KRAS p.Gly13Asp.",
         "Erbitux label 1 (colorectal): K-Ras wild-type, EGFR-expressing metastatic colorectal "
         "cancer; pivotal trial CRYSTAL. The BRAF V600E combination with encorafenib does not apply (BRAF "
         "wild-type). The standing KRAS result is the amended G13D, contradicting the RAS "
         "wild-type gate: refer-to-reviewer.",
         "KRAS wild-type amended to G13D: contradicts RAS wild-type gate",
         "female", "1964-07-27", ("Kovac", "Mirela"))
c.primary(cc((ICD, "C18.7")), "2026-01-12")
c.secondary(cc((ICD, "C78.7")), "2026-01-14")
c.variant("2026-01-19", "HGNC:6407", c="NM_004985.5:c.38G>A", p="NP_004976.2:p.(Gly13Asp)",
          text="KRAS G13D detected", status="amended", issued="2026-02-06", lu="2026-02-06",
          source=SRC_MOL,
          note="Amended: the 2026-01-27 release ('KRAS wild-type') was issued although codons 12/13 "
               "failed QC; repeat sequencing detects G13D.")
c.variant("2026-01-19", "HGNC:7989", present=False, issued="2026-01-27", source=SRC_MOL)
c.variant("2026-01-19", "HGNC:1097", present=False, issued="2026-01-27", source=SRC_MOL)
c.ask(hc("J9055"), "2026-03-02")

# c11 pembrolizumab: preliminary MSI-H superseded by final MSS
c = case(11, "colorectal", "2026-04-27", svc(HCPCS, "J9271"), RR, None,
         "Pembrolizumab requested first line for metastatic ascending-colon cancer on a "
         "preliminary 'MSI-High' (two mononucleotide markers); the final result is microsatellite "
         "stable with all four MMR proteins retained and TMB 4 mut/Mb.",
         "Keytruda label 1: MSI-H or dMMR colorectal cancer (pivotal trial KEYNOTE-177); the "
         "tumour-agnostic TMB-H indication (KEYNOTE-158) needs TMB >= 10 mut/Mb and prior treatment. The final MSS/pMMR result "
         "supersedes the preliminary one and contradicts the MSI gate: refer-to-reviewer.",
         "preliminary MSI-H superseded by final MSS/pMMR: contradicts MSI gate",
         "male", "1958-02-28", ("Lefebvre", "Antoine"))
c.primary(cc((ICD, "C18.2")), "2026-02-16")
c.secondary(cc((ICD, "C78.7")), "2026-02-18")
c.stage("2026-02-19", "Stage IVA", code=(AJCC, "4A"))
c.obs(cc((LN, "81695-9")), "2026-02-20", vcc(text="MSI-High - preliminary (2/2 mononucleotide "
                                                   "markers)"),
      status="preliminary", issued="2026-02-24")
c.obs(cc((LN, "81695-9")), "2026-02-20", vcc(text="Microsatellite stable (0/5 markers) - final"),
      issued="2026-03-06", lu="2026-03-06", note="Final result; supersedes the preliminary report.")
c.obs(tcc("Mismatch repair IHC"), "2026-02-20", vstr("MLH1, PMS2, MSH2, MSH6 retained (pMMR)"),
      issued="2026-03-06")
c.obs(tcc("Tumor mutational burden"), "2026-02-20", qty(4, "mut/Mb"),
      issued="2026-03-06")
c.doc("Note 2026-04-20: treatment-naive. Requesting pembrolizumab first line.", "2026-04-20")
c.ask(hc("J9271"), "2026-04-20")

# c12 bevacizumab adjuvant: liver 'metastasis' refuted; stage IVA restated IIIB
c = case(12, "colorectal", "2026-03-02", svc(HCPCS, "J9035"), RR, None,
         "Bevacizumab requested with adjuvant FOLFOX after resection of sigmoid cancer. A liver "
         "lesion first coded as metastasis (clinical stage IVA) was refuted - MRI and biopsy show "
         "a haemangioma - and the pathological stage is IIIB.",
         "Avastin label 1.1: metastatic colorectal cancer with fluorouracil-based chemotherapy "
         "(pivotal trial AVF2107g); Limitations of Use: not indicated for adjuvant treatment of colon "
         "cancer (NSABP C-08). "
         "The liver metastasis Condition is refuted and the pathological stage IIIB replaces the "
         "clinical IVA: the record contradicts the metastatic gate, refer-to-reviewer.",
         "liver metastasis refuted; stage IVA restated pIIIB; adjuvant use",
         "female", "1967-11-11", ("Sorensen", "Mette"))
c.primary(cc((ICD, "C18.7")), "2025-10-13")
c.cond(cc((ICD, "C78.7")), "2025-10-20", cat="encounter-diagnosis", clinical=None, ver="refuted",
       recorded="2025-10-20", lu="2025-11-24", profile=P_SECONDARY,
       note="Refuted 2025-11-20: MRI and biopsy show hepatic haemangioma; no metastasis.")
c.stage("2025-10-22", "cT3 cN1 cM1a (suspected liver lesion) - clinical stage IVA",
        code=(AJCC, "4A"))
c.proc(cc((CPT, "44204")), "2025-12-08")
c.stage("2025-12-08", "pT3 pN1b cM0 - pathological stage IIIB", code=(AJCC, "3B"), path=True,
        issued="2025-12-15", lu="2025-12-15")
c.doc("Note 2026-02-23: resected stage IIIB sigmoid cancer, no metastatic disease (liver lesion "
      "benign). Plan adjuvant FOLFOX; requesting bevacizumab in addition.", "2026-02-23")
c.ask(hc("J9035"), "2026-02-23")

# ================================================================ PROSTATE
# p01 Lu-177 PSMA-617 after ARPI and taxane: a stopped docetaxel infusion; PSMA PET amended
c = case(1, "prostate", "2026-04-06", svc(HCPCS, "A9607"), S, None,
         "Lutetium Lu 177 vipivotide tetraxetan (Pluvicto) for PSMA-positive mCRPC after "
         "enzalutamide and six cycles of docetaxel (one infusion stopped for a reaction and "
         "completed the next day). The PSMA PET report was amended (laterality of a pelvic node).",
         "Pluvicto label section 1: PSMA-positive metastatic castration-resistant prostate cancer in "
         "adults treated with an androgen receptor pathway inhibitor and either taxane-based "
         "chemotherapy or considered appropriate to delay taxane. Pivotal trials VISION and "
         "PSMAfore. ARPI and taxane exposure, castrate testosterone with rising PSA, bone "
         "metastases and the amended (still PSMA-positive) PET stand: supported.",
         "after ARPI + docetaxel (one infusion stopped); PSMA PET amended, still positive",
         "male", "1951-03-08", ("Lindgren", "Bo"))
c.primary(cc((ICD, "C61")), "2019-05-06")
c.secondary(cc((ICD, "C79.51")), "2023-02-13")
c.cond(cc((ICD, "Z19.2")), "2024-01-15")
for d in ("2025-06-02", "2025-09-01", "2025-12-01", "2026-03-02"):
    c.admin(hc("J9217"), d)
c.stmt(rx("1307298", "enzalutamide 160 mg daily"), "2023-03-01", end="2024-11-30")
for d in ("2025-01-06", "2025-01-27", "2025-02-17", "2025-03-31", "2025-04-21"):
    c.admin(hc("J9171"), d)
c.admin(hc("J9171"), "2025-03-10", status="stopped",
        reason="Infusion stopped at 10 minutes: hypersensitivity; full dose given 2025-03-11")
c.admin(hc("J9171"), "2025-03-11")
c.testosterone("2026-03-02", 11)
for d, v in (("2025-09-01", 8.4), ("2025-12-01", 15.2), ("2026-03-02", 27.9)):
    c.psa(d, v)
c.proc(cc((CPT, "78815"), text="PSMA PET/CT (F-18 piflufolastat)"), "2026-03-09")
c.report(cc((LN, "18748-4")), "2026-03-09",
         "AMENDED: PSMA-positive osseous and pelvic nodal disease (left external iliac node - "
         "laterality corrected from right); all lesions PSMA-avid above liver; no PSMA-negative "
         "soft-tissue lesions.", cat="RAD", status="amended", issued="2026-03-16", lu="2026-03-16")
c.ecog("2026-03-23", 1)
c.ask(hc("A9607", "Pluvicto 7.4 GBq q6w x6"), "2026-03-30")

# p02 cabazitaxel after docetaxel: a duplicate administration entered in error
c = case(2, "prostate", "2026-03-16", svc(HCPCS, "J9043"), S, None,
         "Cabazitaxel (Jevtana) with prednisone for mCRPC progressing after abiraterone and six "
         "cycles of docetaxel; one docetaxel administration is a duplicate charting entered in "
         "error.",
         "Jevtana label 1: with prednisone for metastatic castration-resistant prostate cancer "
         "previously treated with a docetaxel-containing regimen. Pivotal trial TROPIC. Six real "
         "docetaxel administrations stand (the entered-in-error duplicate is ignored, and would "
         "not change the answer); castration resistance and bone metastases are documented: "
         "supported.",
         "docetaxel given (a duplicate entry entered in error); mCRPC",
         "male", "1953-07-17", ("Hughes", "Gareth"))
c.primary(cc((SCT, "399068003"), text="Adenocarcinoma of prostate"), "2020-02-10")
c.secondary(cc((SCT, "94222008")), "2022-06-20")
c.cond(cc((ICD, "Z19.2")), "2023-05-02")
for d in ("2025-07-07", "2025-10-06", "2026-01-05"):
    c.admin(hc("J9217"), d)
c.stmt(rx("1100072", "abiraterone 1000 mg + prednisone"), "2023-05-15", end="2025-02-28")
for d in ("2025-03-24", "2025-04-14", "2025-05-05", "2025-05-26", "2025-06-16", "2025-07-07"):
    c.admin(hc("J9171"), d)
c.admin(hc("J9171"), "2025-04-14", status="entered-in-error",
        note="Entered in error: duplicate charting of the 2025-04-14 dose.")
c.testosterone("2026-01-05", 14)
for d, v in (("2025-10-06", 6.1), ("2026-01-05", 13.8), ("2026-02-23", 22.0)):
    c.psa(d, v)
c.progression("2026-02-23", note="New rib and pelvic lesions after docetaxel.")
c.ecog("2026-03-02", 1)
c.ask(hc("J9043", "Jevtana 20 mg/m2 q3w with prednisone"), "2026-03-09")

# p03 enzalutamide mCSPC: bone metastasis provisional -> confirmed
c = case(3, "prostate", "2026-03-23", svc(RX, "1307298"), S, None,
         "Enzalutamide (Xtandi) with ADT for newly diagnosed metastatic castration-sensitive "
         "prostate cancer. The bone metastasis was a provisional encounter diagnosis on the bone "
         "scan and was confirmed by MRI and biopsy two weeks later.",
         "Xtandi label 1: castration-resistant prostate cancer; metastatic castration-sensitive "
         "prostate cancer; non-metastatic castration-sensitive prostate cancer with biochemical "
         "recurrence at high risk for metastasis. Pivotal trial ARCHES. The confirmed bone "
         "metastasis (not only the provisional one) makes this mCSPC on ADT: supported.",
         "bone metastasis provisional -> confirmed; mCSPC on ADT",
         "male", "1956-04-22", ("Rahman", "Anwar"))
c.primary(cc((ICD, "C61"), text="Prostate adenocarcinoma, Gleason 4+4=8"), "2026-01-05")
c.cond(cc((SCT, "94222008"), text="Suspicious uptake L2 vertebra on bone scan"), "2026-01-12",
       cat="encounter-diagnosis", ver="provisional", profile=P_SECONDARY)
c.secondary(cc((ICD, "C79.51")), "2026-01-12", recorded="2026-01-28",
            note="Confirmed by MRI and CT-guided biopsy of L2 (2026-01-28).")
c.stage("2026-01-29", "cT3a cN0 cM1b - stage IVB", code=(SCT, "1222837003"))
c.psa("2026-01-05", 42.0)
c.testosterone("2026-01-05", 380)
c.cond(cc((ICD, "Z19.1")), "2026-01-28")
c.admin(hc("J9155", "degarelix 240 mg loading"), "2026-02-02")
c.admin(hc("J9217"), "2026-03-02")
c.ask(rx("1307298", "Xtandi 160 mg daily with ADT"), "2026-03-16")

# p04 apalutamide nmCRPC: a bone metastasis refuted
c = case(4, "prostate", "2026-04-20", svc(RX, "1999574"), S, None,
         "Apalutamide (Erleada) for non-metastatic castration-resistant prostate cancer: PSA "
         "rising on leuprolide with castrate testosterone. A bone-metastasis Condition from the "
         "bone scan was refuted (healed rib fracture on CT).",
         "Erleada label 1: metastatic castration-sensitive prostate cancer and non-metastatic "
         "castration-resistant prostate cancer. Pivotal trial SPARTAN. With the refuted metastasis "
         "set aside, the record shows nmCRPC (PSA 1.8 -> 3.2 -> 5.6 ng/mL on ADT, testosterone "
         "16 ng/dL, negative CT and bone scan): supported.",
         "bone metastasis refuted; nmCRPC",
         "male", "1949-10-30", ("Marsh", "Colin"))
c.primary(cc((ICD, "C61")), "2017-03-20")
for d in ("2025-07-01", "2025-10-01", "2026-01-02"):
    c.admin(hc("J9217"), d)
for d, v in (("2025-07-01", 1.8), ("2025-10-01", 3.2), ("2026-01-02", 5.6)):
    c.psa(d, v)
c.testosterone("2026-01-02", 16)
c.cond(cc((ICD, "Z19.2")), "2026-01-09")
c.cond(cc((ICD, "C79.51")), "2026-02-10", cat="encounter-diagnosis", clinical=None, ver="refuted",
       lu="2026-03-02", profile=P_SECONDARY,
       note="Refuted: right 6th rib uptake corresponds to a healed fracture on CT.")
c.proc(cc((CPT, "78306")), "2026-02-09")
c.report(cc((LN, "18748-4")), "2026-03-02",
         "CT chest/abdomen/pelvis and bone scan review: no metastatic disease; rib uptake is a "
         "healed fracture.", cat="RAD", issued="2026-03-03")
c.ask(rx("1999574", "Erleada 240 mg daily"), "2026-04-13")

# p05 olaparib after abiraterone: BRCA2 from germline and somatic labs; cancelled enzalutamide
c = case(5, "prostate", "2026-05-11", svc(RX, "1597582"), S, None,
         "Olaparib (Lynparza) monotherapy for BRCA2-mutated mCRPC progressing after abiraterone. "
         "The same BRCA2 frameshift is reported by the germline laboratory and by tumour NGS "
         "(two resources, two systems); an earlier enzalutamide order was cancelled (payer).",
         "Lynparza label 1 (mCRPC): deleterious or suspected deleterious germline or somatic HRR "
         "gene-mutated mCRPC, as determined by an FDA-approved test, after enzalutamide or "
         "abiraterone. Pivotal trial PROfound. BRCA2 documented (twice), prior abiraterone "
         "completed, castrate testosterone and bone metastases: supported.",
         "BRCA2 reported by two labs; after abiraterone (enzalutamide order cancelled)",
         "male", "1954-12-05", ("Fitzpatrick", "Owen"))
c.primary(cc((ICD, "C61")), "2021-08-16")
c.secondary(cc((ICD, "C79.51")), "2023-11-06")
c.cond(cc((ICD, "Z19.2")), "2024-01-22")
c.req(rx("1307298"), "2024-01-29", status="cancelled", reason="Payer denial; abiraterone given instead")
c.stmt(rx("1100072", "abiraterone 1000 mg + prednisone 5 mg BID"), "2024-02-12", end="2026-03-30")
for d in ("2025-10-06", "2026-01-05", "2026-04-06"):
    c.admin(hc("J9217"), d)
c.testosterone("2026-04-06", 9)
for d, v in (("2025-10-06", 4.4), ("2026-01-05", 9.0), ("2026-03-30", 17.5)):
    c.psa(d, v)
c.progression("2026-03-30")
c.variant("2025-11-17", "HGNC:1101", c="NM_000059.4:c.5946delT", p="NP_000050.3:p.(Ser1982ArgfsTer22)",
          text="Pathogenic germline BRCA2 variant", issued="2025-12-01", source=SRC_GERM,
          ident=(SRC_GERM, "GL-25-77120"))
c.variant("2025-11-17", "HGNC:1101", c="NM_000059.4:c.5946delT", p="NP_000050.3:p.(Ser1982ArgfsTer22)",
          text="BRCA2 frameshift, VAF 48% (tumour)", issued="2025-12-08", source=SRC_MOL,
          ident=(SRC_MOL, "MOL-25-3391"))
c.ecog("2026-04-27", 1)
c.ask(rx("1597582", "Lynparza 300 mg BID"), "2026-05-04")

# p06 leuprolide: relapse; aborted prostatectomy; PSA cancelled and entered in error
c = case(6, "prostate", "2026-03-02", svc(HCPCS, "J9217"), S, None,
         "Leuprolide acetate depot for prostate cancer relapsing with a bone metastasis after "
         "radiotherapy; the radical prostatectomy was stopped (positive nodes on frozen section). "
         "Of three PSA entries in January one was cancelled (haemolysed) and one entered in error.",
         "Lupron Depot / Eligard label 1: palliative treatment of advanced prostate cancer. "
         "Pivotal basis: the leuprolide depot registration studies (testosterone suppression to "
         "castrate levels). The relapse (clinicalStatus relapse) with a confirmed bone metastasis "
         "and PSA 9.1 ng/mL is advanced disease; the void PSA entries do not matter: supported.",
         "relapse with bone metastasis; prostatectomy stopped; PSA cancelled / entered in error",
         "male", "1957-02-14", ("Abara", "Chidi"))
c.primary(cc((ICD, "C61")), "2024-05-13", clinical="relapse", recorded="2026-02-02",
          lu="2026-02-02", note="Relapse after radiotherapy: rising PSA and a rib metastasis.")
c.proc(cc((CPT, "55866")), "2024-07-15", status="stopped",
       reason="Aborted: frozen section showed pelvic nodal metastases; prostate left in situ")
c.proc(cc((CPT, "77301")), "2024-08-19")
c.psa("2026-01-05", status="cancelled", dar="not-performed", issued="2026-01-05",
      note="Cancelled: haemolysed specimen.")
c.psa("2026-01-12", 9.1, issued="2026-01-12")
c.psa("2026-01-12", 0.2, status="entered-in-error", issued="2026-01-12", lu="2026-01-14",
      note="Entered in error: another patient's result.")
c.secondary(cc((ICD, "C79.51")), "2026-02-02")
c.testosterone("2026-01-12", 410)
c.ask(hc("J9217", "leuprolide acetate depot 22.5 mg q3 months"), "2026-02-23")

# p07 sipuleucel-T: testosterone cancelled, ADT only intended
c = case(7, "prostate", "2026-04-27", svc(HCPCS, "Q2043"), ND, ["castration"],
         "Sipuleucel-T (Provenge) requested for asymptomatic metastatic prostate cancer. The only "
         "testosterone was cancelled (clotted specimen) and the ADT appears only as an 'intended' "
         "MedicationStatement from outside urology; no castration-resistance statement.",
         "Provenge label 1: asymptomatic or minimally symptomatic metastatic castrate-resistant "
         "(hormone-refractory) prostate cancer. Pivotal trial IMPACT. Metastases and symptoms are "
         "documented; neither castrate testosterone nor given ADT is: needs-documentation "
         "(castration).",
         "castration gate absent: testosterone cancelled, ADT only intended",
         "male", "1952-09-01", ("Delgado", "Ramon"))
c.primary(cc((ICD, "C61")), "2022-04-04")
c.secondary(cc((ICD, "C79.51")), "2025-11-17")
c.stmt(hc("J9217", "leuprolide depot (outside urology)"), "2025-12-01", status="intended",
       asserted="2025-11-24", note="Planned by outside urology; administrations not documented.")
for d, v in (("2025-11-10", 12.0), ("2026-01-12", 18.4), ("2026-03-16", 25.1)):
    c.psa(d, v)
c.testosterone("2026-03-16", status="cancelled", dar="not-performed", issued="2026-03-17",
               note="Cancelled: clotted specimen.")
c.ecog("2026-04-13", 0)
c.doc("Note 2026-04-20: asymptomatic, no opioid use; bone-only disease on CT and bone scan. "
      "Outside urology records pending; ADT history unclear. Requesting sipuleucel-T.", "2026-04-20")
c.ask(hc("Q2043", "Provenge, 3 infusions q2w"), "2026-04-20")

# p08 enzalutamide high-risk BCR: every PSA void or dated after the request
c = case(8, "prostate", "2026-03-30", svc(RX, "1307298"), ND, ["psa"],
         "Enzalutamide requested for biochemical recurrence after prostatectomy. Two PSA results "
         "were entered in error (another patient), one was cancelled, and the only valid PSA is "
         "dated three weeks after the request.",
         "Xtandi label 1: non-metastatic castration-sensitive prostate cancer with biochemical "
         "recurrence at high risk for metastasis. Pivotal trial EMBARK (PSA doubling time <= 9 "
         "months). Prostatectomy, non-castrate testosterone and negative imaging are documented; "
         "as of the request no PSA value stands (the valid PSA of 2026-04-20 comes after the "
         "request): needs-documentation (psa).",
         "PSA gate absent: entries entered in error / cancelled; valid PSA after the request",
         "male", "1958-06-30", ("Nakamura", "Hiro"))
c.primary(cc((ICD, "C61")), "2018-09-03")
c.proc(cc((CPT, "55866")), "2018-11-12")
c.psa("2025-07-14", 0.9, status="entered-in-error", issued="2025-07-14", lu="2025-07-21",
      note="Entered in error: another patient's result.")
c.psa("2025-10-13", status="cancelled", dar="not-performed", issued="2025-10-13",
      note="Cancelled: specimen not received.")
c.psa("2026-01-12", 1.9, status="entered-in-error", issued="2026-01-12", lu="2026-01-19",
      note="Entered in error: another patient's result.")
c.testosterone("2026-01-26", 420)
c.report(cc((LN, "18748-4")), "2026-02-16", "CT abdomen/pelvis and bone scan: no metastatic disease.",
         cat="RAD", issued="2026-02-17")
c.doc("Note 2026-03-23: biochemical recurrence suspected; outside PSA values to be sent. "
      "Requesting enzalutamide.", "2026-03-23")
c.ask(rx("1307298"), "2026-03-23")
c.psa("2026-04-20", 2.6, issued="2026-04-20", lu="2026-04-20", future=True)

# p09 olaparib + abiraterone: tumour NGS cancelled, germline pending
c = case(9, "prostate", "2026-05-18", svc(RX, "1597582"), ND, ["brca"],
         "Olaparib with abiraterone and prednisone requested first line for mCRPC; tumour NGS was "
         "cancelled (insufficient DNA) and germline BRCA testing is still pending.",
         "Lynparza label 1 (mCRPC): with abiraterone and prednisone for deleterious or suspected "
         "deleterious BRCA-mutated mCRPC, as determined by an FDA-approved test. Pivotal trial "
         "PROpel. mCRPC is documented; the only BRCA-related Observation is cancelled: "
         "needs-documentation (brca).",
         "BRCA gate absent: tumour NGS cancelled, germline pending",
         "male", "1955-11-11", ("Moore", "Trevor"))
c.primary(cc((ICD, "C61")), "2023-03-06")
c.secondary(cc((ICD, "C79.51")), "2023-03-13")
c.cond(cc((ICD, "Z19.2")), "2026-03-09")
for d in ("2025-09-08", "2025-12-08", "2026-03-09"):
    c.admin(hc("J9217"), d)
c.testosterone("2026-03-09", 18)
for d, v in (("2025-09-08", 3.0), ("2025-12-08", 6.6), ("2026-03-09", 12.2)):
    c.psa(d, v)
c.obs(cc((LN, "69548-6"), text="Tumour NGS (HRR genes incl. BRCA1/2)"), "2026-03-23",
      status="cancelled", dar="not-performed", issued="2026-04-06", lu="2026-04-06",
      source=SRC_MOL, note="Cancelled: insufficient tumour DNA.")
c.sreq(cc((CPT, "81162")), "2026-04-20", note="Germline BRCA1/2 sent; pending.")
c.req(rx("1100072", "abiraterone 1000 mg daily + prednisone 5 mg BID"), "2026-05-11",
      status="draft", intent="proposal")
c.ask(rx("1597582", "Lynparza 300 mg BID with abiraterone"), "2026-05-11")

# p10 cabazitaxel: docetaxel cancelled / not done / not taken
c = case(10, "prostate", "2026-04-13", svc(HCPCS, "J9043"), RR, None,
         "Cabazitaxel requested for mCRPC after enzalutamide; the docetaxel order was cancelled, "
         "the scheduled administration not done and a statement records it not taken - the "
         "patient declined chemotherapy and is docetaxel-naive.",
         "Jevtana label 1: mCRPC previously treated with a docetaxel-containing regimen. Pivotal "
         "trial TROPIC. "
         "The record documents that docetaxel was never given (cancelled order, not-done "
         "administration, not-taken statement, oncologist's note), contradicting the prior-"
         "docetaxel gate: refer-to-reviewer.",
         "docetaxel cancelled / not-done / not-taken: docetaxel-naive contradicts",
         "male", "1950-05-15", ("Berg", "Anders"))
c.primary(cc((ICD, "C61")), "2020-10-12")
c.secondary(cc((ICD, "C79.51")), "2024-02-05")
c.cond(cc((ICD, "Z19.2")), "2025-04-07")
c.stmt(rx("1307298"), "2024-02-19", end="2025-05-26")
c.req(hc("J9171", "docetaxel 75 mg/m2 q3w"), "2025-06-02", status="cancelled",
      reason="Patient declined chemotherapy")
c.admin(hc("J9171"), "2025-06-09", status="not-done", reason="Patient declined")
c.stmt(hc("J9171", "docetaxel"), "2025-06-09", status="not-taken", asserted="2025-06-09",
       reason="Declined chemotherapy")
for d in ("2025-10-06", "2026-01-05", "2026-04-06"):
    c.admin(hc("J9217"), d)
c.testosterone("2026-01-05", 12)
c.progression("2026-03-23")
c.doc("Note 2026-04-06: docetaxel-naive (declined in 2025). Requesting cabazitaxel.", "2026-04-06")
c.ask(hc("J9043"), "2026-04-06")

# p11 radium-223: liver lesion provisional, then biopsy-confirmed metastasis
c = case(11, "prostate", "2026-03-23", svc(HCPCS, "A9606"), RR, None,
         "Radium-223 (Xofigo) requested for mCRPC with painful bone metastases. An indeterminate "
         "liver lesion (provisional) was biopsy-confirmed as metastatic prostate adenocarcinoma "
         "before the request.",
         "Xofigo label 1: castration-resistant prostate cancer with symptomatic bone metastases and "
         "no known visceral metastatic disease. Pivotal trial ALSYMPCA. The confirmed liver "
         "metastasis contradicts the no-visceral-disease gate: refer-to-reviewer.",
         "liver metastasis provisional -> confirmed: contradicts no-visceral gate",
         "male", "1947-01-09", ("Clarke", "Edward"))
c.primary(cc((ICD, "C61")), "2018-04-16")
c.secondary(cc((ICD, "C79.51")), "2022-09-05")
c.cond(cc((ICD, "Z19.2")), "2023-06-12")
c.cond(cc((ICD, "C78.7"), text="Indeterminate liver lesion"), "2026-01-20",
       cat="encounter-diagnosis", ver="provisional", profile=P_SECONDARY)
c.secondary(cc((ICD, "C78.7")), "2026-01-20", recorded="2026-02-10",
            note="Biopsy 2026-02-10: metastatic prostate adenocarcinoma (NKX3.1 positive).")
for d in ("2025-09-01", "2025-12-01", "2026-03-02"):
    c.admin(hc("J9217"), d)
c.testosterone("2025-12-01", 10)
c.doc("Note 2026-03-16: bone pain requiring oxycodone. Requesting radium-223 x6.", "2026-03-16")
c.ask(hc("A9606"), "2026-03-16")

# p12 apalutamide: nmCRPC restaged M1b before the request
c = case(12, "prostate", "2026-05-04", svc(RX, "1999574"), RR, None,
         "Apalutamide requested for castration-resistant prostate cancer staged M0 in 2025; "
         "restaging after PSA progression (2026-04) found new bone metastases, so the disease is "
         "now metastatic CRPC.",
         "Erleada label 1: metastatic castration-sensitive and non-metastatic castration-resistant "
         "prostate cancer (pivotal trials TITAN and SPARTAN); it carries no mCRPC indication. The 2026 restaging "
         "(M1b) supersedes the 2025 M0 staging; metastatic castration-resistant disease "
         "contradicts both gates: refer-to-reviewer.",
         "stage restated M0 -> M1b (restaging): mCRPC contradicts nmCRPC/mCSPC gates",
         "male", "1948-08-20", ("Kowalczyk", "Tadeusz"))
c.primary(cc((ICD, "C61")), "2016-11-07")
c.cond(cc((ICD, "Z19.2")), "2025-06-09")
c.stage("2025-06-16", "nmCRPC: M0 on CT and bone scan")
for d in ("2025-07-07", "2025-10-06", "2026-01-05", "2026-04-06"):
    c.admin(hc("J9217"), d)
for d, v in (("2025-10-06", 3.9), ("2026-01-05", 7.7), ("2026-03-30", 15.6)):
    c.psa(d, v)
c.testosterone("2026-01-05", 13)
c.secondary(cc((ICD, "C79.51")), "2026-04-13")
c.stage("2026-04-13", "Restaging after PSA progression: new bone metastases (M1b) - stage IVB",
        code=(SCT, "1222837003"), issued="2026-04-14", lu="2026-04-14")
c.doc("Note 2026-04-27: castration-resistant with new bone metastases. Requesting apalutamide.",
      "2026-04-27")
c.ask(rx("1999574"), "2026-04-27")

# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "recordedDate", "issued", "lastUpdated",
             "authoredOn", "performedDateTime", "date", "dateAsserted", "start", "end",
             "birthDate", "occurrenceDateTime"}
URN_RE = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HGVS_RE = re.compile(r"^((N[MP]_\d+\.\d+:)?(c\.[0-9_+\-]+(del|dup|[ACGT]>[ACGT])[ACGT]*"
                     r"|p\.\(?[A-Z][a-z]{2}\d+(_[A-Z][a-z]{2}\d+)?([A-Z][a-z]{2}|del|dup)"
                     r"(fsTer\d+)?\)?))$")
STATUS = {
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                    "entered-in-error", "unknown"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected",
                         "appended", "cancelled", "entered-in-error", "unknown"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "entered-in-error",
                          "stopped", "draft", "unknown"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed",
                                 "entered-in-error", "stopped", "unknown"},
    "MedicationStatement": {"active", "completed", "entered-in-error", "intended", "stopped",
                            "on-hold", "unknown", "not-taken"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                  "entered-in-error", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error",
                       "unknown"},
    "DocumentReference": {"current", "superseded", "entered-in-error"},
}
MR_INTENT = {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
             "filler-order", "instance-order", "option"}
DOC_REL = {"replaces", "transforms", "signs", "appends"}
VALUE_KEYS = ("valueQuantity", "valueCodeableConcept", "valueString", "valueInteger",
              "valueBoolean")
CLINICAL_DATE_KEYS = ("effectiveDateTime", "issued")


def walk(node, fn, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            fn(k, v, path)
            walk(v, fn, path + "." + k)
    elif isinstance(node, list):
        for v in node:
            walk(v, fn, path)


def code_of(cc_, system):
    for cd in (cc_ or {}).get("coding", []):
        if cd.get("system") == system:
            return cd.get("code")
    return None


NONQUAL = ("issued later than effective", "meta.lastUpdated later than effective")


def features(c, future):
    """Lifecycle/status features exercised by one case (from its JSON bundle)."""
    out = set()
    obs_ids = []
    stages = set()
    for ent in c["bundle"]["entry"]:
        r, u = ent["resource"], ent["fullUrl"]
        t, st = r["resourceType"], r.get("status")
        if u in future:
            out.add("result dated after the request date")
        if t in ("Observation", "DiagnosticReport"):
            eff = r["effectiveDateTime"]
            if r["issued"][:10] > eff:
                out.add(NONQUAL[0])
            if r.get("meta", {}).get("lastUpdated", "")[:10] > eff:
                out.add(NONQUAL[1])
        if t == "Observation":
            if st != "final":
                out.add(f"Observation.status {st}")
            if r.get("identifier"):
                obs_ids.append((r["effectiveDateTime"], r["identifier"][0]["system"]))
            if code_of(r["code"], LN) in ("21908-9", "21902-2") and st != "entered-in-error":
                stages.add(r["effectiveDateTime"])
        elif t == "DiagnosticReport" and st != "final":
            out.add(f"DiagnosticReport.status {st}")
        elif t == "DocumentReference" and st != "current":
            out.add(f"DocumentReference.status {st} (addendum relatesTo replaces)")
        elif t == "Condition":
            vs = code_of(r.get("verificationStatus"), TH + "condition-ver-status")
            if vs != "confirmed":
                out.add(f"Condition.verificationStatus {vs}")
            cs = code_of(r.get("clinicalStatus"), TH + "condition-clinical")
            if cs and cs != "active":
                out.add(f"Condition.clinicalStatus {cs}")
        elif t == "MedicationRequest":
            if st not in ("draft", "active"):
                out.add(f"MedicationRequest.status {st}")
            elif st == "active" and r["intent"] == "proposal":
                out.add("MedicationRequest.intent proposal (never ordered)")
        elif t == "MedicationAdministration" and st != "completed":
            out.add(f"MedicationAdministration.status {st}")
        elif t == "MedicationStatement" and st not in ("completed", "active"):
            out.add(f"MedicationStatement.status {st}")
        elif t == "Procedure" and st != "completed":
            out.add(f"Procedure.status {st}")
    by_date = {}
    for d, sysurl in obs_ids:
        by_date.setdefault(d, set()).add(sysurl)
    if any(len(v) > 1 for v in by_date.values()):
        out.add("same result from two systems (different ids)")
    if len(stages) > 1:
        out.add("stage restated (clinical/pathological/restaging)")
    return out


def validate(doc, future_map):
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
        e = lambda m, cid=cid: errs.append(f"{cid}: {m}")
        future = future_map.get(cid, set())
        if not re.fullmatch(r"lab20-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]) or c["date"] > DATE_CAP:
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
        if not re.search(r"label", c["basis"]) or not re.search(r"[Pp]ivotal", c["basis"]):
            e("basis must cite the label section and the pivotal trial")
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            e("bundle not a collection Bundle")
        urls = {ent["fullUrl"] for ent in b["entry"]}
        if len(urls) != len(b["entry"]):
            e("duplicate fullUrl in bundle")
        if urls & all_urls:
            e("fullUrl reused across cases")
        all_urls |= urls
        if not future <= urls:
            e("future marker for a resource not in the bundle")
        patients = 0
        asks = 0
        for ent in b["entry"]:
            u, r = ent["fullUrl"], ent["resource"]
            t = r.get("resourceType")
            if not URN_RE.match(u):
                e(f"bad fullUrl {u}")
            if not t or not r.get("id"):
                e("resource without resourceType/id")
                continue
            if t == "Patient":
                patients += 1
                if r["id"] != "nec20-" + cid[len("lab20-"):]:
                    e("patient id")
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
            if t != "Patient" and r.get("subject", {}).get("reference") != b["entry"][0]["fullUrl"]:
                e(f"{t} subject is not the case's Patient")
            st = r.get("status")
            if t in STATUS and st not in STATUS[t]:
                e(f"{t}.status {st} not an R4 code")
            if t == "MedicationRequest":
                if r.get("intent") not in MR_INTENT:
                    e("bad MedicationRequest.intent")
                med = r["medicationCodeableConcept"].get("coding", [{}])[0]
                if (r["status"], r["intent"]) == ("draft", "proposal") and \
                        (med.get("system"), med.get("code")) == (s["system"], s["code"]):
                    asks += 1
            if t == "Observation":
                has_val = any(k in r for k in VALUE_KEYS)
                if "dataAbsentReason" in r and has_val:
                    e("Observation with both value and dataAbsentReason (obs-6)")
                if st == "cancelled" and has_val:
                    e("cancelled Observation carries a value")
            if t == "Condition":
                vs = code_of(r.get("verificationStatus"), TH + "condition-ver-status")
                cats = [code_of(x, TH + "condition-category") for x in r.get("category", [])]
                if vs == "entered-in-error" and "clinicalStatus" in r:
                    e("entered-in-error Condition with clinicalStatus (con-5)")
                if vs != "entered-in-error" and "problem-list-item" in cats and \
                        "clinicalStatus" not in r:
                    e("problem-list Condition without clinicalStatus (con-3)")
            if t == "DocumentReference":
                for rel in r.get("relatesTo", []):
                    if rel.get("code") not in DOC_REL:
                        e("bad relatesTo code")
            for prof in r.get("meta", {}).get("profile", []):
                if prof not in VERIFIED_URLS:
                    e(f"unverified profile {prof}")
            if u in future:
                if t not in ("Observation", "DiagnosticReport"):
                    e("only results may be dated after the request")
                for k in CLINICAL_DATE_KEYS + ("lastUpdated",):
                    v = r.get(k) or r.get("meta", {}).get(k)
                    if v and v[:10] <= c["date"]:
                        e(f"future-marked {t} has {k}={v} on/before the request date")
            if t in ("Observation", "DiagnosticReport"):
                if r["issued"][:10] < r["effectiveDateTime"]:
                    e("issued before effective")
                if r.get("meta", {}).get("lastUpdated", "9")[:10] < r["issued"][:10]:
                    e("lastUpdated before issued")

            def chk(k, v, path, u=u):
                if k == "reference" and isinstance(v, str) and v not in urls:
                    e(f"dangling reference {v}")
                if k in DATE_KEYS and isinstance(v, str):
                    if not (DATE_RE.match(v) or DT_RE.match(v)):
                        e(f"bad date {k}={v}")
                    elif v[:10] > DATE_CAP:
                        e(f"date {k}={v} after {DATE_CAP}")
                    elif u not in future and v[:10] > c["date"]:
                        e(f"{k}={v} after the request date {c['date']} (not marked future)")
                if k == "coding" and isinstance(v, list):
                    for cd in v:
                        key = (cd.get("system"), cd.get("code"))
                        if cd.get("system") == HGVS:
                            if not HGVS_RE.match(cd.get("code", "")):
                                e(f"HGVS syntax {cd.get('code')}")
                            continue
                        if key not in VERIFIED:
                            e(f"unverified coding {key}")
                        elif cd.get("display") != VERIFIED[key][0]:
                            e(f"display mismatch {key}")
                if k == "data" and isinstance(v, str):
                    base64.b64decode(v, validate=True)
            walk(r, chk)
        if patients != 1:
            e(f"{patients} patients")
        if asks != 1:
            e(f"{asks} draft/proposal requests for the service (want 1)")
        qual = features(c, future) - set(NONQUAL)
        if not qual:
            e("no lifecycle/status feature exercised")
        if future and "after" not in c["basis"] and "postdate" not in c["basis"]:
            e("basis does not say a result postdates the request")
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
                if cd.get("system") == HGVS:
                    used[(HGVS, "*")] = False
                else:
                    used.setdefault((cd["system"], cd["code"]), False)
    for c in doc["cases"]:
        walk(c["bundle"], fn)
    for c in doc["cases"]:
        used[(c["service"]["system"], c["service"]["code"])] = True
    return used


def used_profiles(doc):
    out = set()
    for c in doc["cases"]:
        for ent in c["bundle"]["entry"]:
            out.update(ent["resource"].get("meta", {}).get("profile", []))
    return out


def render_md(doc, future_map):
    L = []
    L.append("# Label cases 20: the record's lifecycle and status")
    L.append("")
    L.append("## How it was written")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-20.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates, no clock or randomness). Do not edit by hand; "
             "change the script and rerun it. `python3 scripts/gen-label-cases-20.py --check` "
             "regenerates in memory, validates and diffs with the files on disk. Validation: 48 "
             "cases, 6/3/3 per cancer; collection Bundles with `urn:uuid:` fullUrls, exactly one "
             "Patient `nec20-*`, every resource's subject that Patient and every reference "
             "resolving; R4 status/intent codes and the con-3/con-5/obs-6 invariants; one draft "
             "proposal MedicationRequest for the requested service; ISO dates, none later than "
             f"{DATE_CAP}, none later than the case date except results registered as arriving "
             "after the request (all of whose dates are later); every coding and meta.profile in "
             "the verified tables below, displays identical; HGVS expressions well-formed; every "
             "case exercising at least one lifecycle/status feature.")
    L.append("")
    L.append("Each case's `date` is the date of the request. Expected answers come from the FDA "
             "label Indications and Usage (section 1) of the requested product, as of the 2025 "
             "labels, and the pivotal trial named in `basis`. refer-to-reviewer = what stands in "
             "the record contradicts a label gate; needs-documentation = a gate fact is simply "
             "absent once void or not-yet-existing data are set aside (`expected_missing` lists the "
             "fact families that must be among the missing ones); supported = every gate is "
             "documented by data that stand as of the request date.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read in the repository: `scripts/gen-label-cases-15.py` in full (case "
             "format, builders, validation and verified-code-table approach, copied and adapted); "
             "`tests/fixtures/necessity/README.md` (case format); and only the \"Code "
             "verification\" sections (code tables, source tags and notes) of "
             "`tests/fixtures/necessity/label-cases-12.md` through `label-cases-19.md`, extracted "
             "by heading. Not read: anything under `src/`, `crates/` or `pathways/`; the top-level "
             "`README.md`; any `tests/fixtures/necessity/*.json`; any other `scripts/gen-*.py`; the "
             "case tables or any other section of the label-cases .md files. Cargo and the oncotwin "
             "binary were neither built nor run. Outside the repository only public terminology "
             "sources were consulted, to verify codes and URLs (tags FHIR20 and GRVAR below); "
             "label and trial content is the author's own reading of the 2025 labels.")
    L.append("")
    L.append("## Theme")
    L.append("")
    L.append("Real EHR data holds results and orders in many states. Every case puts at least one "
             "of them in the path of a label gate, so that only what truly stands is read: results "
             "preliminary, amended, corrected, cancelled, registered or entered in error; reports "
             "partial, appended, amended or superseded by an addendum; diagnoses provisional then "
             "confirmed, refuted or entered in error, in remission, recurrence or relapse; stage "
             "restated from clinical to pathological or at restaging; orders stopped, cancelled, on "
             "hold, entered in error, completed or only proposed; administrations not done, stopped "
             "or entered in error; statements not taken or only intended; procedures not done, "
             "stopped or entered in error; one result arriving from two systems; results dated "
             "after the request; `issued` and `meta.lastUpdated` later than `effective`.")
    L.append("")
    feats = {}
    for c in doc["cases"]:
        for f in features(c, future_map.get(c["id"], set())):
            feats.setdefault(f, []).append(c["id"].replace("lab20-", ""))
    L.append("| lifecycle / status feature | cases |")
    L.append("|---|---|")
    for f in sorted(feats):
        L.append(f"| {f} | {', '.join(feats[f])} |")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total |")
    L.append("|---|---|---|---|---|")
    tot = [0, 0, 0, 0]
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        cs = [c for c in doc["cases"] if c["cancer"] == cancer]
        row = [sum(1 for c in cs if c["expected"] == x)
               for x in ("supported", "needs-documentation", "refer-to-reviewer")] + [len(cs)]
        tot = [a + b for a, b in zip(tot, row)]
        L.append(f"| {cancer} | " + " | ".join(map(str, row)) + " |")
    L.append("| all | " + " | ".join(map(str, tot)) + " |")
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
             "and where it was verified. [service] marks requested services. Rows tagged FHIR20 "
             "were verified for this set; every other row is a row of the label-cases-12..19 "
             "verification tables, with the sources those sets cite. Status, intent and "
             "relationship values (Observation.status, MedicationRequest.intent, "
             "DocumentReference.relatesTo.code and the like) are FHIR `code` elements, not "
             "codings; the script checks them against the R4 value sets.")
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
    L.append("Profile URLs written in `meta.profile`:")
    L.append("")
    L.append("| URL | source |")
    L.append("|---|---|")
    for url in sorted(used_profiles(doc)):
        L.append(f"| {url} | {VERIFIED_URLS[url]} |")
    L.append("")
    L.append("`meta.source` and `identifier.system` values are `urn:oid:2.16.840.1.113883.19.5.20.*` "
             "under the HL7 example OID arc (fictitious sending systems: laboratory feed, anatomic "
             "pathology, molecular laboratory, germline laboratory).")
    L.append("")
    L.append("Source tags:")
    L.append("")
    for tag, text in SOURCE_TAGS:
        L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("Not coded: prednisone, oxycodone and the outside second-line chemotherapy "
             "appear only as text. Immunohistochemistry without a "
             "verified LOINC (ALK D5F3, SP263 PD-L1, MMR proteins, colorectal HER2, EGFR IHC), the "
             "BRAF PCR screen, tumour mutational burden and the RAS text results are text-coded "
             "Observations. Stage groups without a verified code here (IA3, IB, IIA, IVB, IVC) are "
             "written as text under the stage-group LOINC, or as the verified SNOMED CT stage IV "
             "qualifier with the finer group in the text.")
    L.append("")
    return "\n".join(L)


def build():
    doc = {"cases": [c.to_json() for c in CASES]}
    future_map = {c.cid: set(c.future) for c in CASES}
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n", render_md(doc, future_map),
            doc, future_map)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    js, md, doc, future_map = build()
    errs = validate(json.loads(js), future_map)
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
