#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-22.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: re-authorisations and continuation requests -- the request a prior-auth desk
sees most. A drug the patient is already on (or has finished induction with) is asked
for again, after restaging or at the end of an authorisation period: continuation
after restaging that shows response or stable disease; continuation although the last
restaging shows progression on that same drug; maintenance after induction
(pemetrexed with pembrolizumab, bevacizumab with 5-FU/leucovorin, durvalumab after
chemoradiation); switching route or product of the same drug (IV -> subcutaneous
trastuzumab, pertuzumab/trastuzumab [Phesgo], atezolizumab, pembrolizumab; reference
product -> biosimilar HCPCS Q-code); dose-reduction requests; restart after a
treatment holiday or a cardiac hold; adjuvant therapy continued within its labelled
duration and past it (osimertinib 3 years, abemaciclib 2 years, trastuzumab 52 weeks,
atezolizumab 1 year, olaparib 1 year, perioperative pembrolizumab 39 weeks, adjuvant
capecitabine 8 cycles, Lu-177 vipivotide tetraxetan 6 doses); continuation where
restaging was never documented; re-requests whose gating biomarker is documented only
in the original payer authorisation letter (DocumentReference), with or without the
result quoted. The request is a MedicationRequest (intent order or draft proposal)
authored on the case date, coded in RxNorm, HCPCS or NDC; the drug history is
MedicationAdministration (dated cycles), MedicationDispense or MedicationStatement.

Written blind: the author read scripts/gen-label-cases-21.py in full (its machinery
is copied and adapted here), tests/fixtures/necessity/README.md, and only the
"Code verification" sections of tests/fixtures/necessity/label-cases-15.md ..
label-cases-21.md (extracted by heading). Not read: src/, crates/, pathways/, the
top-level README.md, any tests/fixtures/necessity/*.json, any other scripts/gen-*.py,
and the case tables or other sections of those .md files. Cargo and the oncotwin
binary were neither built nor run.

Usage:
    python3 scripts/gen-label-cases-22.py           # write the .json and .md
    python3 scripts/gen-label-cases-22.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace, fixed dates, no clock, no
randomness, stdlib only.

Dates: the case `date` is the request date (the authoredOn of the MedicationRequest
under review). Every resource dates on or before it, and no ISO date anywhere --
including inside free text and base64 notes -- is later than the request date or
2026-11-30.

Codes: every coding written is looked up in VERIFIED below (system, code -> display,
source tags); the .md code-verification table is generated from the codings actually
used. Rows reuse the label-cases-15..21 verification tables and their sources; rows
tagged ADDB22, ANWEB22, OFDA22, GEN22, MCODEURL22 or HGNCSYS were verified for this set
(biosimilar and subcutaneous-product HCPCS codes, two NDC packages, the mCODE disease
status answers and profile URLs). meta.profile URLs are checked against VERIFIED_URLS
the same way. HGVS expressions are checked for syntax only.
"""
import argparse
import base64
import json
import re
import sys
import uuid
from datetime import date as _date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-22.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-22.md"
NS = uuid.UUID("5b1e7d22-8a3c-4f22-9d22-22c0ffee2222")
DATE_CAP = "2026-11-30"

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
NDC = "http://hl7.org/fhir/sid/ndc"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LN = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
AJCC = "http://cancerstaging.org"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
TH = "http://terminology.hl7.org/CodeSystem/"
SYSNAME = {RX: "RxNorm", HCPCS: "HCPCS", NDC: "NDC", ICD: "ICD-10-CM", SCT: "SNOMED CT",
           LN: "LOINC", CPT: "CPT", AJCC: "AJCC", HGNC: "HGNC", HGVS: "HGVS"}
SERVICE_SYSTEMS = (RX, HCPCS)
# Fact families an expected_missing list may name. "progression" is new in this set:
# the disease status on the drug being continued (restaging / response assessment).
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology", "progression"}
HGVS_RE = re.compile(r"^(c\.[0-9_+\-*]+(del|dup|ins|[ACGT]>[ACGT])[ACGT]*"
                     r"|p\.[A-Z][a-z]{2}[0-9]+(_[A-Z][a-z]{2}[0-9]+)?"
                     r"([A-Z][a-z]{2}(fsTer[0-9]+)?|del|Ter))$")

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- HCPCS Level II (rows of the label-cases-15..21 tables)
for code, disp, src in [
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "ADDB, PAYER"),
    ("J3315", "Triptorelin pamoate", "ADDB26"),
    ("J9000", "Injection, doxorubicin hydrochloride, 10 mg", "ADDB, ANWEB"),
    ("J9022", "Injection, atezolizumab, 10 mg", "ADDB, ANWEB"),
    ("J9024", "Inj atezolizumb 5mg hya-tqjs", "ADDB26"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9060", "Injection, cisplatin, powder or solution, 10 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9173", "Injection, durvalumab, 10 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9316", "Injection, pertuzumab, trastuzumab, and hyaluronidase-zzxf, per 10 mg", "ADDB, PAYER"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9356", "Inj. herceptin hylecta, 10mg", "ADDB26"),
    ("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "ADDB, ANWEB"),
]:
    V(HCPCS, code, disp, src)
# verified for this set
for code, disp, src in [
    ("Q5117", "Injection, trastuzumab-anns, biosimilar, (kanjinti), 10 mg",
     "ADDB22 'Inj., kanjinti, 10 mg'; ANWEB22 (long descriptor verbatim, added 2019-10-01)"),
    ("Q5118", "Injection, bevacizumab-bvzr, biosimilar, (zirabev), 10 mg",
     "ADDB22 'Inj., zirabev, 10 mg'; ANWEB22 (long descriptor verbatim, added 2019-10-01)"),
    ("J9277", "Pembrolizumab 1mg berahyalur",
     "ADDB22 (CMS short descriptor, verbatim; new in the 2026-04 file, absent from 2026-01); "
     "product confirmed by OFDA22 KEYTRUDA QLEX NDC 0006-5083-01; no second public pairing "
     "of the code was found, see note"),
]:
    V(HCPCS, code, disp, src)

# ---- RxNorm (ingredients, SCD/SBD) -- rows of the label-cases-15..21 tables
for code, disp, src in [
    ("1100072", "abiraterone", "RXL, TRL"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1727455", "alectinib", "RXL, TRL"),
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("1940643", "neratinib", "RXL, RXV, TRM, OMOPL"),
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("224905", "trastuzumab", "TRM, OMOPL, GEN 61430868925"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("1873983", "ribociclib 200 MG Oral Tablet",
     "SYN (find_string id 6997450488); OFDA16: openfda.rxcui of Kisqali packaging.package_ndc:\"0078-0867-42\""),
    ("1946840", "Verzenio 100 MG Oral Tablet",
     "SYN (find_string id 6997450488); OFDA16: openfda.rxcui of Verzenio product_ndc:\"0002-4483\""),
    ("200328", "capecitabine 500 MG Oral Tablet",
     "OFDA16: sole openfda.rxcui of 500-mg-only capecitabine products (product_ndc:\"72485-205\", "
     "packaging.package_ndc:\"60687-149-94\")"),
]:
    V(RX, code, disp, src)

# ---- NDC (rows of the label-cases-16 table; OFDA22 rows verified for this set)
for code, disp, src in [
    ("00078086742", "Kisqali (ribociclib) 200 mg film-coated tablet, 3 blister packs of 14 in 1 carton",
     "OFDA16 packaging.package_ndc:\"0078-0867-42\" (11-digit 5-4-2 form)"),
    ("00093747489", "capecitabine 500 mg film-coated tablet (Teva), 120 tablets in 1 bottle",
     "OFDA16 packaging.package_ndc:\"0093-7474-89\" (11-digit 5-4-2 form)"),
    ("00469072560", "Xtandi (enzalutamide) 80 mg tablet, 60 tablets in 1 bottle, 1 bottle in 1 carton",
     "OFDA16 product_ndc:\"0469-0725\" (11-digit 5-4-2 form of 0469-0725-60)"),
    ("0002-4815-54", "Verzenio (abemaciclib) 100 mg tablet, 14 tablets in 1 blister pack, 1 blister pack in 1 carton",
     "OFDA16 packaging.package_ndc:\"0002-4815-62\" (package 0002-4815-54 listed)"),
    ("0310-1248-30", "Tagrisso (osimertinib) 40 mg film-coated tablet, 30 tablets in 1 bottle",
     "OFDA16 product_ndc:\"0310-1248\" (package 0310-1248-30)"),
    ("59676-600-12", "Erleada (apalutamide) 60 mg film-coated tablet, 120 tablets in 1 bottle",
     "OFDA16 packaging.package_ndc:\"59676-600-12\""),
    ("59676-604-30", "Erleada (apalutamide) 240 mg film-coated tablet, 30 tablets in 1 bottle",
     "OFDA16 packaging.package_ndc:\"59676-604-14\" (package 59676-604-30 listed)"),
    ("0006-5083-01", "KEYTRUDA QLEX (pembrolizumab 165 mg/mL and berahyaluronidase alfa-pmph 2000 U/mL), "
                     "4.8 mL in 1 vial, 1 vial in 1 carton",
     "OFDA22 api.fda.gov/drug/ndc.json?search=packaging.package_ndc:\"0006-5083-01\" (Merck Sharp & "
     "Dohme, brand KEYTRUDA QLEX, marketing start 2025-09-19)"),
    ("50242-933-01", "Tecentriq Hybreza (atezolizumab 1875 mg and hyaluronidase-tqjs 30000 U per 15 mL), "
                     "1 single-dose vial in 1 box",
     "OFDA22 api.fda.gov/drug/ndc.json?search=product_ndc:\"50242-933\" (Genentech, package "
     "50242-933-01, marketing start 2024-09-12)"),
]:
    V(NDC, code, disp, src)

# ---- CPT (rows of the earlier tables)
for code, disp, src in [
    ("19303", "Mastectomy, simple, complete", "CPTA"),
    ("19307", "Mastectomy, modified radical", "CPTA"),
    ("32663", "Thoracoscopy, surgical; with lobectomy", "CPTA"),
    ("44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy", "CPTA"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis", "CPTA"),
    ("55866", "Laparoscopy, surgical prostatectomy, retropubic radical", "CPTA"),
    ("78306", "Bone and/or joint imaging; whole body", "CPTA"),
    ("78815", "PET with concurrently acquired CT; skull base to mid-thigh", "CPTA"),
]:
    V(CPT, code, disp, src)

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
    ("363406005", "Malignant tumor of colon", "GEN 53379546030 / 56982909419"),
    ("399068003", "Malignant tumor of prostate", "GEN 21718401720 / 57496878734"),
    ("73056007", "Right breast structure", "GEN14 53250974630 / 14446098577"),
    ("80248007", "Left breast structure", "GEN14 53734731630 / 53261709540"),
    ("76498008", "Postmenopausal state", "GEN 53237695867 / 54523174829"),
    ("94222008", "Secondary malignant neoplasm of bone", "GEN 31351089737 / 53743485015"),
    ("94225005", "Secondary malignant neoplasm of brain", "MCODE"),
    ("94381002", "Secondary malignant neoplasm of liver", "GEN 70248098329 / 67516913204"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    ("173171007", "Lobectomy of lung",
     "GEN17 66422976363 / 43247335714 / 56931920256, as cited in label-cases-17/21"),
    ("392021009", "Lumpectomy of breast (procedure)",
     "GEN21 6972252308 / 53516888242 / 63245048815 / 49263992286"),
    ("33195004", "External beam radiation therapy procedure (procedure)",
     "GEN21 5725954519 / 63222570666 / 10397418467"),
    # verified for this set: mCODE ConditionStatusTrendVS members
    ("268910001", "Patient's condition improved (finding)",
     "GEN22 40679288713 (mCODE-derived FSH value set '* SCT#268910001 \"Patient's condition "
     "improved (finding)\"') / 6712769637 (mCODE mapper comment listing the valid "
     "CancerDiseaseStatus codes) / 15009082634 (US eCR FSH, same display)"),
    ("359746009", "Patient's condition stable (finding)",
     "GEN22 40679288713 / 40991126110 / 6712769637 (same value-set listings)"),
    ("260415000", "Not detected (qualifier)",
     "GEN22 40679288713 / 40991126110 / 45249272484 (mCODE mapping: 'no evidence of disease': "
     "260415000)"),
]:
    V(SCT, code, disp, src)

# ---- AJCC numeric stage groups
for code, disp in [("3A", "IIIA"), ("3B", "IIIB"), ("4A", "IVA")]:
    V(AJCC, code, disp, "AJCC")

# ---- LOINC
for code, disp, src in [
    ("11488-4", "Consult note", "GEN 54149578163 / 57160072403"),
    ("11506-3", "Progress note", "GEN 22652054993 / 39789350408"),
    ("16112-5", "Estrogen receptor [Interpretation] in Tissue", "MCODE"),
    ("16113-3", "Progesterone receptor [Interpretation] in Tissue", "MCODE"),
    ("18748-4", "Diagnostic imaging study", "GEN 2593900053 / 57041308818"),
    ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma",
     "GEN19 61377107555 / 5819454336 / 54506294751"),
    ("21893-3", "Regional lymph nodes positive [#] Specimen", "GEN17 71048029361 / 70795553889"),
    ("21894-1", "Regional lymph nodes examined [#] Specimen", "GEN17 70795553889 / 70257144365"),
    ("21899-0", "Primary tumor.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889 / 52481248369"),
    ("21900-6", "Regional lymph nodes.pathology [Class] Cancer", "MCODE17 40891610556; GEN17 34087727747 / 52481248369"),
    ("21902-2", "Stage group.pathology Cancer", "MCODE17 40891610556; GEN17 70795553889"),
    ("21905-5", "Primary tumor.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21906-3", "Regional lymph nodes.clinical [Class] Cancer", "MCODE17 40891610556"),
    ("21907-1", "Distant metastases.clinical [Class] Cancer", "MCODE17 40891610556"),
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
]:
    V(LN, code, disp, src)

# ---- HGNC gene ids (rows of the earlier tables; system URI verified for this set)
for code, disp, src in [
    ("HGNC:1097", "BRAF", "GEN 69512973287"),
    ("HGNC:1100", "BRCA1", "GEN15 48499960154 / 8530574144"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:427", "ALK", "GEN15 68309973542 / 16105278727"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:795", "ATM", "GEN 59658408810 / 68290097721"),
]:
    V(HGNC, code, disp, src + "; HGNCSYS")

# ---- FHIR R4 terminology
for sysname, code, disp, src in [
    ("condition-clinical", "active", "Active", "FHIR"),
    ("condition-ver-status", "confirmed", "Confirmed", "FHIR"),
    ("condition-category", "problem-list-item", "Problem List Item", "FHIR"),
    ("condition-category", "encounter-diagnosis", "Encounter Diagnosis", "FHIR"),
    ("observation-category", "laboratory", "Laboratory", "FHIR"),
    ("observation-category", "survey", "Survey", "FHIR"),
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
P_STATUS = MC + "mcode-cancer-disease-status"
P_MCVAR = MC + "mcode-genomic-variant"
P_GRVAR = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
P_USLAB = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab"
VERIFIED_URLS = {
    P_PRIMARY: "MCODEURL: find_string id 41513285777, as cited in label-cases-19..21",
    P_SECONDARY: "MCODEURL: find_string ids 3634690252 / 20773729078 / 43424007295, as cited in label-cases-19..21",
    P_MARKER: "MCODEURL: find_string ids 3634690252 / 56870742482 / 37201239835, as cited in label-cases-19..21",
    P_STAGE: "MCODEURL: find_string id 1254961191, as cited in label-cases-19..21",
    P_GRVAR: "GRVAR: find_string ids 41630968377 / 17309760695 / 4706047252, as cited in label-cases-20",
    P_STATUS: "MCODEURL22: find_string ids 3910640931 (fhirpath over meta.profile, paired with code "
              "97509-4) / 43432748280 (McodeCancerDiseaseStatus model) / 21321358607 (test bundle, "
              "code 97509-4) / 15034717251 (profile list)",
    P_MCVAR: "MCODEURL22: find_string ids 3634690252 / 63391931530 (MCODE_GENOMIC_VARIANT_PROFILE) / "
             "43413548356 (McodeGenomicVariant model); mCODE STU2/STU3 name, profiles the "
             "genomics-reporting variant (31281406944)",
    P_USLAB: "MCODEURL22: find_string ids 40671745954 / 1232986669 (US Core 3.1.1 package listing) / "
             "57566915763 / 23246933928",
}

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..21"),
    ("ADDB26", "same CMS OPPS Addendum B 2026-04 file (commit 55a5494 of github.com/softek/CMS.HCPCS), CMS short descriptor used as display, as cited in label-cases-15..20"),
    ("ADDB22", "read for this set: CMS OPPS Addendum B rows in sample.csv of github.com/softek/CMS.HCPCS (fetched snapshot, commit 55a5494 = 2026-04 file; the 2026-01 file is commit 643ddeb). Q5117 'Inj., kanjinti, 10 mg' and Q5118 'Inj., zirabev, 10 mg' status K; J9277 'Pembrolizumab 1mg berahyalur' status G, Changed=true, first present in the 2026-04 file"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..21"),
    ("ANWEB22", "same CMS 2020 alpha-numeric file (output/anweb_hcpcs_codes.csv at commit 891ad62 of pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master, fetched snapshot), LONG_DESCRIPTION column read for this set"),
    ("PAYER", "payer/manufacturer bulletins for post-2020 codes (NC Medicaid 2022-11-01 for A9607; Aetna CPB 0977 for J9316), as cited in label-cases-12..20"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12..21"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12..20"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12..20"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12..20"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12..20"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13..20"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12..20"),
    ("OFDA16", "openFDA NDC directory records (api.fda.gov/drug/ndc.json, query in the source column), as cited in label-cases-16"),
    ("OFDA22", "openFDA NDC directory records found for this set with the search tool (docs corpus), query in the source column: product_ndc, packaging[].package_ndc and description, brand and labeler"),
    ("SYN", "public Synthea-derived oncology medication code list pairing each RXCUI with its RxNorm name (find_string id 6997450488), as cited in label-cases-16"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12..20"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12..20"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..21"),
    ("ICDX19", "same medtrack-io/icd_code table, rows read with read_file at commit 688bfba, as cited in label-cases-19..21"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..21"),
    ("MCODE17", "mCODE staging ValueSet FSH (read_file id 40891610556), as cited in label-cases-17..21"),
    ("CANSHARE", "public SNOMED CT AJCC stage-group value set (NZ CanShare FSH, read_file id 18115121853), as cited in label-cases-17..21"),
    ("AJCC", "AJCC numeric stage-group codes of http://cancerstaging.org (find_string ids 21650994909 / 36016507272; WorldVistA ONCSGA8C.m), display = roman stage group, as cited in label-cases-17..21"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..21"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14..21"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol (find_string ids listed), as cited in label-cases-15..20"),
    ("GEN17", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-17..21"),
    ("GEN19", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-19..21"),
    ("GEN21", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-21"),
    ("GEN22", "public code pairing the code with its name, found for this set with find_string (ids listed; the first id's display is the one used)"),
    ("HGNCSYS", "gene-id system URI http://www.genenames.org/geneId verified for this set with find_string (ids 68284394929 ValueSet compose include / 53385842807 HGNC:1101 'BRCA2' / 69420513257 HGNC:3236 'EGFR' / 65863216371 component-code-value-concept example)"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification), rows of the label-cases-14..21 tables"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
    ("MCODEURL", "canonical mCODE StructureDefinition URLs found with find_string in public mCODE IG sources and bundles, as cited in label-cases-19..21"),
    ("MCODEURL22", "profile URLs found for this set with find_string in public FHIR code and bundles (ids listed per URL)"),
    ("GRVAR", "HL7 Genomics Reporting IG 'variant' profile URL, as cited in label-cases-20"),
]


# ---------------------------------------------------------------- builders
def coding(system, code, display=None):
    if system == HGVS:
        if not HGVS_RE.match(code):
            raise SystemExit(f"HGVS expression fails syntax check: {code}")
        return {"system": system, "code": code}
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


def qty(v, unit, code=None, comparator=None):
    q = {"value": v}
    if comparator:
        q["comparator"] = comparator
    q["unit"] = unit
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


def dplus(d, days):
    return (_date.fromisoformat(d) + timedelta(days=days)).isoformat()


POS = (LN, "LA6576-8")
NEG = (LN, "LA6577-6")
S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"
IMPROVED, STABLE, WORSE, NED = ((SCT, "268910001"), (SCT, "359746009"), (SCT, "271299001"),
                                (SCT, "260415000"))


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, label, description,
                 basis, reason, gender, birth, name):
        self.cid = f"lab22-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.label = label
        self.description, self.basis, self.reason = description, basis, reason
        self.n = 0
        self.entries = []
        self.pid = "nec22-" + self.cid[len("lab22-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        self.entries.append({"fullUrl": self.purl, "resource": {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.22",
                            "value": f"MRN22{num:02d}{cancer[:2].upper()}"}],
            "name": [{"family": fam, "given": [given]}],
            "gender": gender, "birthDate": birth}})
        self.subj = {"reference": self.purl}

    # generic ------------------------------------------------------------
    def add(self, res, *, profile=None):
        self.n += 1
        rid = str(uuid.uuid5(NS, f"{self.cid}/{self.n}"))
        head = {"resourceType": res.pop("resourceType"), "id": rid}
        if profile:
            head["meta"] = {"profile": [profile]}
        res = {**head, **res}
        url = "urn:uuid:" + rid
        self.entries.append({"fullUrl": url, "resource": res})
        return url

    def cond(self, code, onset, *, cat="problem-list-item", body=None, note=None,
             recorded=None, profile=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc((TH + "condition-clinical", "active")),
             "verificationStatus": cc((TH + "condition-ver-status", "confirmed")),
             "category": [cc((TH + "condition-category", cat))],
             "code": code, "subject": self.subj, "onsetDateTime": onset,
             "recordedDate": recorded or onset}
        if body:
            r["bodySite"] = [body]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, profile=profile)

    def primary(self, code, onset, **k):
        return self.cond(code, onset, profile=P_PRIMARY, **k)

    def secondary(self, code, onset, **k):
        return self.cond(code, onset, profile=P_SECONDARY, **k)

    def obs(self, code, date, value=None, *, cat="laboratory", issued=None, note=None,
            method=None, profile=None, focus=None, components=None, interp=None):
        r = {"resourceType": "Observation", "status": "final"}
        if cat:
            r["category"] = ocat(cat)
        r.update({"code": code, "subject": self.subj, "effectiveDateTime": date,
                  "issued": inst(issued or date)})
        if focus:
            r["focus"] = [{"reference": focus}]
        if value:
            r.update(value)
        if interp:
            r["interpretation"] = [tcc(interp)]
        if method:
            r["method"] = tcc(method)
        if components:
            r["component"] = components
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, profile=profile)

    def marker(self, code, date, value=None, **k):
        return self.obs(code, date, value, profile=P_MARKER, **k)

    def lab(self, code, date, value, **k):
        """US Core laboratory result Observation."""
        return self.obs(code, date, value, profile=P_USLAB, **k)

    def proc(self, code, date, *, end=None, reason=None, note=None, body=None):
        r = {"resourceType": "Procedure", "status": "completed", "code": code,
             "subject": self.subj}
        if end:
            r["performedPeriod"] = {"start": date, "end": end}
        else:
            r["performedDateTime"] = date
        if body:
            r["bodySite"] = [body]
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def order(self, code, date, *, status="active", reason=None, note=None):
        """Another order in the chart (imaging, labs): a ServiceRequest."""
        r = {"resourceType": "ServiceRequest", "status": status, "intent": "order",
             "code": code, "subject": self.subj, "authoredOn": date}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # medication history -------------------------------------------------
    def stmt(self, med, start, *, end=None, note=None, status=None):
        r = {"resourceType": "MedicationStatement",
             "status": status or ("completed" if end else "active"),
             "medicationCodeableConcept": med, "subject": self.subj,
             "effectivePeriod": {"start": start, **({"end": end} if end else {})},
             "dateAsserted": end or start}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def admin(self, med, date, *, dose=None, reason=None, request=None):
        r = {"resourceType": "MedicationAdministration", "status": "completed",
             "medicationCodeableConcept": med, "subject": self.subj,
             "effectiveDateTime": inst(date, "10:30")}
        if request:
            r["request"] = {"reference": request}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if dose:
            r["dosage"] = {"text": dose}
        return self.add(r)

    def cycles(self, med, start, n, every, dose, *, first=1, label="Cycle", reason=None,
               request=None):
        """n dated administrations every `every` days; returns the dates."""
        out = []
        d = start
        for k in range(first, first + n):
            self.admin(med, d, dose=f"{label} {k}: {dose}", reason=reason, request=request)
            out.append(d)
            d = dplus(d, every)
        return out

    def dispense(self, med, date, qty_, days, *, unit="tablet", note=None):
        r = {"resourceType": "MedicationDispense", "status": "completed",
             "medicationCodeableConcept": med, "subject": self.subj,
             "quantity": {"value": qty_, "unit": unit},
             "daysSupply": {"value": days, "unit": "day",
                            "system": "http://unitsofmeasure.org", "code": "d"},
             "whenHandedOver": inst(date, "16:00")}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def fills(self, med, start, n, every, qty_, *, unit="tablet"):
        out = []
        d = start
        for _ in range(n):
            self.dispense(med, d, qty_, every, unit=unit)
            out.append(d)
            d = dplus(d, every)
        return out

    def prior_order(self, med, date, *, status="completed", note=None, reason=None):
        """An earlier MedicationRequest (the original authorisation's order)."""
        r = {"resourceType": "MedicationRequest", "status": status, "intent": "order",
             "medicationCodeableConcept": med, "subject": self.subj, "authoredOn": date}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def ask(self, med, *, intent="order", reason=None, dose=None, note=None, prior=None,
            reason_code=None):
        """The request under review: a MedicationRequest authored on the case date,
        intent order (status active) or proposal (status draft)."""
        svc_ = self.service
        if not any(cd.get("system") == svc_["system"] and cd.get("code") == svc_["code"]
                   for cd in med.get("coding", [])):
            raise SystemExit(f"{self.cid}: ask does not carry the service coding")
        status = {"order": "active", "proposal": "draft"}[intent]
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": self.subj,
             "authoredOn": self.date}
        if reason_code:
            r["reasonCode"] = [reason_code]
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if prior:
            r["priorPrescription"] = {"reference": prior}
        if dose:
            r["dosageInstruction"] = [{"text": dose}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # documents and reports ----------------------------------------------
    def doc(self, text, date, *, kind="11506-3", title=None, type_text=None):
        typ = tcc(type_text) if type_text else cc((LN, kind))
        r = {"resourceType": "DocumentReference", "status": "current",
             "type": typ, "subject": self.subj, "date": inst(date, "09:00")}
        if title:
            r["description"] = title
        r["content"] = [{"attachment": {
            "contentType": "text/plain; charset=utf-8",
            "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}}]
        return self.add(r)

    def letter(self, text, date):
        """The payer's original authorisation letter, scanned into the chart."""
        return self.doc(text, date, type_text="Prior authorization determination letter",
                        title="Payer authorization letter (scanned)")

    def ct_report(self, text, date, title="CT report"):
        return self.doc(text, date, kind="18748-4", title=title)

    def report(self, code, date, conclusion, *, cat="RAD", issued=None, results=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc((TH + "v2-0074", cat))], "code": code,
             "subject": self.subj, "effectiveDateTime": date,
             "issued": inst(issued or date, "15:00"), "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": u} for u in results]
        return self.add(r)

    def imaging(self, date, conclusion, *, title=None, issued=None):
        code = cc((LN, "18748-4"), text=title) if title else cc((LN, "18748-4"))
        return self.report(code, date, conclusion, cat="RAD", issued=issued)

    # common shortcuts --------------------------------------------------
    def ecog(self, date, score):
        return self.obs(cc((LN, "89247-1")), date, {"valueInteger": score}, cat="survey")

    def stage(self, date, text, *, code=None, path=False, **k):
        sc = cc((LN, "21902-2" if path else "21908-9"))
        val = vcc(code, text=text) if code else vcc(text=text)
        return self.obs(sc, date, val, cat="survey", profile=P_STAGE, **k)

    def tnm(self, date, t, n, m=None, *, path=False, issued=None):
        codes = ("21899-0", "21900-6", None) if path else ("21905-5", "21906-3", "21907-1")
        for lc, v in zip(codes, (t, n, m)):
            if lc and v:
                self.obs(cc((LN, lc)), date, vcc(text=v), cat="survey", issued=issued)

    def nodes(self, date, positive, examined, issued=None):
        self.obs(cc((LN, "21893-3")), date, qty(positive, "{#}", "{#}"), issued=issued)
        self.obs(cc((LN, "21894-1")), date, qty(examined, "{#}", "{#}"), issued=issued)

    def er(self, date, pos, text=None, issued=None):
        return self.marker(cc((LN, "16112-5")), date, vcc(POS if pos else NEG, text=text),
                           issued=issued)

    def pr(self, date, pos, text=None, issued=None):
        return self.marker(cc((LN, "16113-3")), date, vcc(POS if pos else NEG, text=text),
                           issued=issued)

    def her2_ihc(self, date, value, issued=None):
        return self.marker(cc((LN, "85319-2")), date, value, issued=issued)

    def her2_ish(self, date, pos, text, issued=None):
        return self.marker(cc((LN, "85318-4")), date, vcc(POS if pos else NEG, text=text),
                           issued=issued)

    def psa(self, date, v, *, comparator=None, uscore=True, **k):
        return self.obs(cc((LN, "2857-1")), date, qty(v, "ng/mL", "ng/mL", comparator),
                        profile=P_USLAB if uscore else None, **k)

    def text_obs(self, name, date, value, *, cat="laboratory", **k):
        return self.obs(tcc(name), date, vstr(value), cat=cat, **k)

    def status(self, date, answer, *, focus=None, text=None, evidence=None):
        """mCODE CancerDiseaseStatus (97509-4) with a ConditionStatusTrend answer."""
        return self.obs(cc((LN, "97509-4")), date, vcc(answer, text=text), cat=None,
                        profile=P_STATUS, focus=focus, method=evidence)

    def variant(self, date, gene, *, p=None, c=None, text=None, profile=P_MCVAR,
                issued=None, somatic=True, report_title=None):
        comps = [{"code": cc((LN, "48018-6")), "valueCodeableConcept": cc((HGNC, gene))}]
        if c:
            comps.append({"code": cc((LN, "48004-6")), "valueCodeableConcept": cc((HGVS, c))})
        if p:
            comps.append({"code": cc((LN, "48005-3")), "valueCodeableConcept": cc((HGVS, p))})
        u = self.obs(cc((LN, "69548-6")), date, vcc((LN, "LA9633-4")), issued=issued,
                     profile=profile, components=comps,
                     note=text or ("somatic" if somatic else "germline"))
        if report_title:
            self.report(cc((LN, "51969-4"), text=report_title), date,
                        f"{VERIFIED[(HGNC, gene)][0]} variant detected"
                        + (f": {c} ({p})" if c and p else f": {text}" if text else "."),
                        cat="GE", issued=issued, results=[u])
        return u

    def to_json(self):
        out = {"id": self.cid, "cancer": self.cancer, "description": self.description,
               "basis": self.basis, "date": self.date, "service": self.service,
               "expected": self.expected}
        if self.expected == "needs-documentation":
            out["expected_missing"] = self.missing
        out["bundle"] = {"resourceType": "Bundle", "id": "bundle-" + self.pid,
                         "type": "collection", "entry": self.entries}
        return out


def svc(system, code):
    return coding(system, code)


def rx(*codes, text=None):
    return cc(*[(RX, k) for k in codes], text=text)


def hc(code, text=None, *extra):
    return cc((HCPCS, code), *extra, text=text)


def ndc(code):
    return (NDC, code)


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


RIGHT = cc((SCT, "73056007"))
LEFT = cc((SCT, "80248007"))
TRAS = hc("J9355", "trastuzumab (Herceptin) IV")
PERT = hc("J9306", "pertuzumab (Perjeta) IV")
DOCE = hc("J9171", "docetaxel")
CARBO = hc("J9045", "carboplatin")
CIS = hc("J9060", "cisplatin")
PACLI = hc("J9267", "paclitaxel")
PEME = hc("J9305", "pemetrexed")
PEMBRO = hc("J9271", "pembrolizumab (Keytruda) IV")
OXALI = hc("J9263", "oxaliplatin")
FU = hc("J9190", "fluorouracil")
IRI = hc("J9206", "irinotecan")
BEV = hc("J9035", "bevacizumab (Avastin)")
CETUX = hc("J9055", "cetuximab")
LEUP = hc("J9217", "leuprolide acetate depot")

# ================================================================ BREAST
# b01 adjuvant trastuzumab IV -> Herceptin Hylecta (SC) at week 19 of 52
c = case(1, "breast", "2026-03-09", svc(HCPCS, "J9356"), S, None,
         "Herceptin Hylecta (SC trastuzumab) - switch from IV, adjuvant",
         "Switch of adjuvant trastuzumab from IV to subcutaneous trastuzumab/hyaluronidase "
         "(Herceptin Hylecta) at week 19 of 52, after AC then weekly paclitaxel with trastuzumab, "
         "for a node-positive, ER/PR-negative, HER2 3+ breast cancer; no recurrence; LVEF 60%.",
         "Herceptin Hylecta label section 1 (Indications and Usage): adjuvant treatment of adults "
         "with HER2-overexpressing node-positive, or node-negative (ER/PR-negative or one high-risk "
         "feature) breast cancer as part of a regimen of doxorubicin, cyclophosphamide and either "
         "paclitaxel or docetaxel; section 2 (Dosage and Administration): 600 mg/10,000 units "
         "subcutaneously every three weeks for a total of 52 weeks (18 cycles) of trastuzumab "
         "therapy. Pivotal trials NSABP B-31/NCCTG N9831 (AC-TH) and HannaH (SC vs IV "
         "trastuzumab, non-inferior exposure and pCR). Record: HER2 IHC 3+, pT2 pN1a, AC x4 and "
         "12 weekly paclitaxel+trastuzumab given, first trastuzumab dose 19 weeks before the "
         "request, no recurrence: the switch stays within the labelled population and 52-week "
         "duration: supported.",
         "Hylecta 1: adjuvant HER2+ node-positive with AC-paclitaxel; 2: 52 weeks total - week 19, within",
         "female", "1971-05-19", ("Lindahl", "Kerstin"))
p = c.primary(cc((ICD, "C50.411"), text="Invasive ductal carcinoma, right breast UOQ"),
              "2025-07-14", body=RIGHT)
c.er("2025-07-14", False, "Negative (<1%)", issued="2025-07-18")
c.pr("2025-07-14", False, "Negative (<1%)", issued="2025-07-18")
c.her2_ihc("2025-07-14", vcc(POS, text="3+ (positive)"), issued="2025-07-18")
c.proc(cc((SCT, "392021009")), "2025-08-04", reason=p, body=RIGHT)
c.tnm("2025-08-04", "pT2 (2.8 cm)", "pN1a (2/15)", path=True, issued="2025-08-11")
c.stage("2025-08-04", "pT2 pN1a cM0 - pathological stage IIB", code=(SCT, "1222769001"),
        path=True, issued="2025-08-11")
c.cycles(hc("J9000", "doxorubicin 60 mg/m2"), "2025-09-01", 4, 14, "AC (doxorubicin 60 mg/m2)")
c.cycles(rx("3002", text="cyclophosphamide 600 mg/m2 IV"), "2025-09-01", 4, 14,
         "AC (cyclophosphamide 600 mg/m2)")
c.cycles(PACLI, "2025-10-27", 12, 7, "paclitaxel 80 mg/m2 weekly", label="Week")
c.cycles(TRAS, "2025-10-27", 12, 7, "trastuzumab 4 mg/kg load, then 2 mg/kg weekly",
         label="Week", reason=p)
c.cycles(TRAS, "2026-02-02", 2, 21, "trastuzumab 6 mg/kg every 3 weeks", reason=p)
c.text_obs("Left ventricular ejection fraction (echocardiogram)", "2026-02-20", "60%",
           cat=None)
c.ecog("2026-03-02", 0)
c.doc("Oncology progress note 2026-03-02: week 18 of adjuvant trastuzumab (started "
      "2025-10-27 with weekly paclitaxel after dose-dense AC). No evidence of recurrence on "
      "examination; LVEF 60% on 2026-02-20. Patient lives 90 minutes away and asks for the "
      "subcutaneous formulation to shorten chair time. Plan: Herceptin Hylecta 600 mg SC every "
      "3 weeks from the next cycle to complete 52 weeks of trastuzumab.", "2026-03-02")
c.ask(hc("J9356", "Herceptin Hylecta 600 mg/10,000 units SC every 3 weeks"), reason=p,
      dose="600 mg trastuzumab / 10,000 units hyaluronidase SC every 3 weeks to complete 52 "
           "weeks from the first trastuzumab dose (11 further doses)")

# b02 MBC: IV pertuzumab + trastuzumab -> Phesgo after docetaxel stopped, partial response
c = case(2, "breast", "2026-04-20", svc(HCPCS, "J9316"), S, None,
         "Phesgo (SC pertuzumab/trastuzumab) - switch from IV, metastatic maintenance",
         "First-line HER2-positive metastatic breast cancer (liver, bone) treated with docetaxel, "
         "pertuzumab and trastuzumab x6 then IV pertuzumab/trastuzumab; restaging shows a "
         "partial response; request to switch the antibody maintenance to Phesgo, last IV dose "
         "one week earlier.",
         "Phesgo label section 1 (Indications and Usage): in combination with docetaxel for "
         "HER2-positive metastatic breast cancer in patients who have not received prior "
         "anti-HER2 therapy or chemotherapy for metastatic disease; section 2 (Dosage and "
         "Administration): patients on intravenous pertuzumab and trastuzumab can switch to "
         "Phesgo (maintenance dose when less than 6 weeks since the last IV dose), and in "
         "metastatic disease treatment continues until disease progression or unmanageable "
         "toxicity. Pivotal trials CLEOPATRA (first-line THP) and FeDeriCa (SC vs IV "
         "exposure); PHranceSCa (patient preference for SC). Record: HER2 3+/ISH amplified, de "
         "novo stage IV, no prior anti-HER2 therapy, restaging partial response: supported.",
         "Phesgo 1: first-line HER2+ MBC with docetaxel; 2: IV->SC switch, until progression - PR",
         "female", "1966-11-02", ("Okonkwo", "Adaeze"))
p = c.primary(cc((SCT, "254837009"), text="HER2-positive breast carcinoma, left"),
              "2025-09-01", body=LEFT)
c.secondary(cc((SCT, "94381002")), "2025-09-08")
c.secondary(cc((ICD, "C79.51")), "2025-09-08")
c.her2_ihc("2025-09-01", vcc(POS, text="3+"), issued="2025-09-05")
c.her2_ish("2025-09-01", True, "Amplified, HER2/CEP17 ratio 6.4", issued="2025-09-09")
c.er("2025-09-01", True, "Positive, 30%", issued="2025-09-05")
c.stage("2025-09-15", "cT2 cN1 cM1 (liver, bone) - stage IV", code=(SCT, "1222837003"))
c.cycles(DOCE, "2025-10-06", 6, 21, "docetaxel 75 mg/m2")
c.cycles(PERT, "2025-10-06", 10, 21, "pertuzumab 840 mg load, then 420 mg", reason=p)
c.cycles(TRAS, "2025-10-06", 10, 21, "trastuzumab 8 mg/kg load, then 6 mg/kg", reason=p)
c.imaging("2026-03-30", "CT chest/abdomen/pelvis vs 2025-09-08: partial response (RECIST "
          "1.1) - sum of target liver lesions 58 mm -> 24 mm; bone lesions sclerotic "
          "(treated); no new lesions.", title="CT CAP restaging")
c.status("2026-03-30", IMPROVED, focus=p, text="Responding (partial response)",
         evidence="Imaging (CT, RECIST 1.1)")
c.ecog("2026-04-13", 0)
c.ask(hc("J9316", "Phesgo 600 mg/600 mg/20,000 units SC every 3 weeks"), reason=p,
      dose="Phesgo maintenance dose SC every 3 weeks (last IV pertuzumab/trastuzumab "
           "2026-04-13, less than 6 weeks) until progression")

# b03 adjuvant abemaciclib, month 17, dose reduced 150 -> 100 mg after grade 3 diarrhoea
VZ100 = rx("1946825", "1946840", text="Verzenio 100 mg tablet")
VZ100["coding"].append(coding(*ndc("0002-4815-54")))
c = case(3, "breast", "2026-06-15", svc(RX, "1946825"), S, None,
         "Abemaciclib adjuvant - second-year re-authorisation at reduced dose",
         "Re-authorisation of adjuvant abemaciclib (with letrozole) at month 17 of the planned 2 "
         "years, at 100 mg twice daily since a grade 3 diarrhoea reduction in month 3, for "
         "node-positive (5/17) HR-positive, HER2-negative early breast cancer; surveillance "
         "imaging shows no recurrence.",
         "Verzenio label section 1 (Indications and Usage): in combination with endocrine "
         "therapy for the adjuvant treatment of adults with HR-positive, HER2-negative, "
         "node-positive early breast cancer at high risk of recurrence; section 2 (Dosage and "
         "Administration): continue until completion of 2 years of treatment or until disease "
         "recurrence or unacceptable toxicity, with dose reduction 150 -> 100 -> 50 mg twice "
         "daily for adverse reactions (grade 3 diarrhoea: hold, resume at the next lower "
         "dose). Pivotal trial monarchE. Record: pN2a (5/17), ER 95%/PR 40%, HER2 1+, started "
         "2025-01-13, no recurrence, reduced dose per the label table: supported.",
         "Verzenio 1: adjuvant HR+/HER2- node-positive high risk; 2: 2 years, 100 mg step - month 17",
         "female", "1968-03-27", ("Ferreira", "Isabel"))
p = c.primary(cc((ICD, "C50.912")), "2024-05-06", body=LEFT)
c.er("2024-05-06", True, "Positive, 95%", issued="2024-05-10")
c.pr("2024-05-06", True, "Positive, 40%", issued="2024-05-10")
c.her2_ihc("2024-05-06", vcc(NEG, text="1+"), issued="2024-05-10")
c.proc(cc((CPT, "19307")), "2024-06-10", reason=p, body=LEFT)
c.nodes("2024-06-10", 5, 17, issued="2024-06-17")
c.tnm("2024-06-10", "pT2 (3.1 cm)", "pN2a (5/17)", path=True, issued="2024-06-17")
c.stage("2024-06-10", "pT2 pN2a cM0 - pathological stage IIIA", code=(SCT, "1222802001"),
        path=True, issued="2024-06-17")
c.obs(tcc("Menopausal status"), "2024-05-20", vcc((SCT, "76498008")), cat="survey")
c.stmt(tcc("Adjuvant dose-dense AC then paclitaxel; post-mastectomy radiotherapy"),
       "2024-07-08", end="2024-12-13")
c.stmt(rx("72965", text="letrozole 2.5 mg daily"), "2025-01-06")
c.fills(rx("1946825", text="Verzenio 150 mg tablet, twice daily"), "2025-01-13", 2, 28, 56)
c.doc("Toxicity note 2025-03-17: grade 3 diarrhoea on abemaciclib 150 mg BID despite "
      "loperamide. Held 5 days, resolved to grade 1. Resume at 100 mg BID per label dose "
      "reduction.", "2025-03-17")
c.fills(VZ100, "2025-03-24", 16, 28, 56)
c.imaging("2026-05-26", "Mammogram (right) and CT chest/abdomen: no evidence of local or "
          "distant recurrence.", title="Surveillance imaging")
c.status("2026-05-26", NED, focus=p, text="No evidence of disease")
c.ecog("2026-06-08", 0)
c.ask(VZ100, reason=p, dose="abemaciclib 100 mg orally twice daily with letrozole, 6 months "
      "(until 2 years from the 2025-01-13 start)")

# b04 first-line palbociclib + letrozole, 11-month restaging stable
c = case(4, "breast", "2026-05-11", svc(RX, "1601374"), S, None,
         "Palbociclib - continuation after restaging (stable disease)",
         "Continuation of first-line palbociclib with letrozole for HR-positive, HER2-negative "
         "bone-only metastatic breast cancer in a postmenopausal woman; the 11-month CT and bone "
         "scan show stable disease with no new lesions.",
         "Ibrance label section 1 (Indications and Usage): HR-positive, HER2-negative advanced or "
         "metastatic breast cancer in combination with an aromatase inhibitor as initial "
         "endocrine-based therapy in postmenopausal women; section 2: 125 mg daily for 21 days of "
         "28-day cycles. Pivotal trial PALOMA-2 (treatment continued until progression). Record: "
         "ER+/PR+, HER2 0, postmenopausal, palbociclib+letrozole is still the initial "
         "endocrine-based regimen, restaging stable: supported.",
         "Ibrance 1: with an AI as initial endocrine-based therapy - same regimen, stable disease",
         "female", "1956-08-09", ("Hargreaves", "Pauline"))
p = c.primary(cc((ICD, "C50.911")), "2025-05-05", body=RIGHT)
c.secondary(cc((ICD, "C79.51")), "2025-05-05", note="Biopsy-proven T11 metastasis, ER+.")
c.er("2025-05-05", True, "Positive, 90%", issued="2025-05-09")
c.pr("2025-05-05", True, "Positive, 60%", issued="2025-05-09")
c.her2_ihc("2025-05-05", vcc(NEG, text="0"), issued="2025-05-09")
c.stage("2025-05-12", "de novo stage IV (bone-only)")
c.obs(tcc("Menopausal status"), "2025-05-12", vcc((SCT, "76498008"), text="postmenopausal"),
      cat="survey")
c.fills(rx("1601374", text="Ibrance 125 mg tablet"), "2025-06-02", 12, 28, 21)
c.fills(rx("72965", text="letrozole 2.5 mg"), "2025-06-02", 4, 84, 84)
c.ct_report("RADIOLOGY REPORT - CT chest/abdomen/pelvis with contrast and whole-body bone "
            "scan, 2026-04-27. Comparison 2025-10-20 and baseline 2025-05-05. Sclerotic "
            "metastases T11, L3 and right ilium unchanged in size and number; no new osseous "
            "lesion on bone scan. No visceral metastasis. IMPRESSION: stable disease (RECIST "
            "1.1 non-target bone disease), no new lesions.", "2026-04-27",
            title="Restaging CT and bone scan")
c.ecog("2026-05-04", 1)
c.ask(rx("1601374", text="palbociclib 125 mg"), reason_code=cc((ICD, "C50.911")),
      dose="125 mg orally once daily, days 1-21 of each 28-day cycle, with letrozole",
      note="Re-authorisation after 11-month restaging: stable disease.")

# b05 T-DXd for HER2-low MBC, partial response after 7 cycles
c = case(5, "breast", "2026-07-06", svc(HCPCS, "J9358"), S, None,
         "Trastuzumab deruxtecan - continuation after partial response",
         "Continuation of trastuzumab deruxtecan for HER2-low (IHC 1+), hormone-receptor-negative "
         "metastatic breast cancer after progression on first-line paclitaxel; restaging after 7 "
         "cycles shows a partial response.",
         "Enhertu label section 1 (Indications and Usage): unresectable or metastatic HER2-low "
         "(IHC 1+ or IHC 2+/ISH-negative) breast cancer, as determined by an FDA-approved test, "
         "after a prior chemotherapy in the metastatic setting or recurrence during or within 6 "
         "months of adjuvant chemotherapy; section 2: 5.4 mg/kg every 3 weeks until disease "
         "progression or unacceptable toxicity. Pivotal trial DESTINY-Breast04. Record: HER2 IHC "
         "1+ (PATHWAY 4B5), ER/PR negative, paclitaxel in the metastatic setting with "
         "progression, partial response on T-DXd: supported.",
         "Enhertu 1: HER2-low after metastatic chemotherapy; 2: until progression - PR",
         "female", "1963-01-17", ("Novak", "Jana"))
p = c.primary(cc((ICD, "C50.412")), "2019-03-04", body=LEFT)
c.secondary(cc((ICD, "C78.7")), "2025-09-22", note="Liver biopsy: metastatic breast carcinoma.")
c.er("2025-09-22", False, "Negative (0%) on liver biopsy", issued="2025-09-26")
c.pr("2025-09-22", False, "Negative (0%)", issued="2025-09-26")
c.her2_ihc("2025-09-22", vcc(text="IHC 1+ (HER2-low), VENTANA HER2 (4B5)"), issued="2025-09-26")
c.stmt(tcc("Adjuvant AC-T (2019)"), "2019-04-08", end="2019-09-23")
c.cycles(PACLI, "2025-10-06", 12, 7, "paclitaxel 80 mg/m2 weekly (first line, metastatic)",
         label="Week")
c.imaging("2026-01-12", "CT: progression of liver metastases (sum 31 -> 41 mm) on "
          "paclitaxel.", title="CT abdomen")
c.cycles(hc("J9358", "Enhertu 5.4 mg/kg"), "2026-02-09", 7, 21, "T-DXd 5.4 mg/kg", reason=p)
c.imaging("2026-06-29", "CT chest/abdomen/pelvis: partial response - liver target lesions "
          "41 -> 22 mm (-46%); no new lesions; no pneumonitis.", title="CT CAP restaging")
c.status("2026-06-29", IMPROVED, focus=p, evidence="CT (RECIST 1.1)")
c.ecog("2026-06-29", 1)
c.ask(hc("J9358", "Enhertu (fam-trastuzumab deruxtecan-nxki) 5.4 mg/kg q3w"), reason=p,
      dose="5.4 mg/kg IV every 3 weeks, cycles 8-15")

# b06 adjuvant trastuzumab held for LVEF drop, LVEF recovered; restart on biosimilar Kanjinti
c = case(6, "breast", "2026-01-05", svc(HCPCS, "Q5117"), S, None,
         "Trastuzumab-anns (Kanjinti) - restart after cardiac hold, biosimilar switch",
         "Restart of adjuvant trastuzumab after a 7-week hold for an LVEF fall from 62% to 44%, "
         "now recovered to 57%, on the biosimilar trastuzumab-anns (Kanjinti) required by the "
         "payer, at week 35 of 52, after TCH for HER2-positive node-positive breast cancer.",
         "Kanjinti label section 1 (Indications and Usage, same adjuvant indications as "
         "Herceptin): adjuvant treatment of HER2-overexpressing node-positive breast cancer as "
         "part of a regimen with docetaxel and carboplatin; section 2 (Dosage and "
         "Administration): withhold for a 16% or greater absolute LVEF decrease and resume if, "
         "within 4-8 weeks, LVEF returns to normal limits with an absolute decrease from "
         "baseline of 15% or less; treat for a total of 52 weeks. Pivotal trials BCIRG 006 (TCH) "
         "and LILAC (trastuzumab-anns vs trastuzumab equivalence). Record: HER2 3+/ISH "
         "amplified, pN1a, LVEF 62 -> 44 -> 57% (absolute decrease 5%) after 7 weeks, week 35 "
         "of 52: supported.",
         "Kanjinti 2: resume when LVEF recovers within 4-8 weeks; 52 weeks total - week 35",
         "female", "1975-10-30", ("Costa", "Mariana"))
p = c.primary(cc((ICD, "C50.911"), text="Invasive ductal carcinoma, right breast"),
              "2025-03-17", body=RIGHT)
c.her2_ihc("2025-03-17", vcc(POS, text="3+"), issued="2025-03-21")
c.her2_ish("2025-03-17", True, "Amplified, ratio 4.8", issued="2025-03-25")
c.er("2025-03-17", True, "Positive, 70%", issued="2025-03-21")
c.proc(cc((SCT, "392021009")), "2025-04-07", reason=p, body=RIGHT)
c.tnm("2025-04-07", "pT1c (1.7 cm)", "pN1a (1/3)", path=True, issued="2025-04-14")
c.stage("2025-04-07", "pT1c pN1a - pathological stage IIA", path=True, issued="2025-04-14")
c.cycles(DOCE, "2025-05-05", 6, 21, "TCH: docetaxel 75 mg/m2")
c.cycles(CARBO, "2025-05-05", 6, 21, "TCH: carboplatin AUC 6")
c.cycles(TRAS, "2025-05-05", 9, 21, "trastuzumab 8 mg/kg load, then 6 mg/kg", reason=p)
for d, v in (("2025-04-28", 62), ("2025-11-10", 44), ("2025-12-29", 57)):
    c.obs(tcc("Left ventricular ejection fraction (echocardiogram)"), d, qty(v, "%", "%"),
          cat=None)
c.doc("Cardio-oncology note 2025-11-10: asymptomatic LVEF fall 62% -> 44% (18 points). "
      "Trastuzumab held per label; ACE inhibitor started; repeat echo in 6-8 weeks.",
      "2025-11-10", kind="11488-4")
c.doc("Oncology note 2025-12-30: echo 2025-12-29 LVEF 57% (5 points below baseline, within "
      "normal limits) after 7 weeks. Resume trastuzumab to complete 52 weeks from the first "
      "dose (2025-05-05). Payer formulary requires trastuzumab-anns (Kanjinti).", "2025-12-30")
c.ask(hc("Q5117", "Kanjinti (trastuzumab-anns) 6 mg/kg IV q3w", (RX, "224905")),
      reason=p, intent="proposal",
      dose="8 mg/kg reload (more than 1 week since last dose), then 6 mg/kg IV every 3 weeks "
           "to complete 52 weeks")

# b07 ribociclib + letrozole, 9 months, never restaged
K200 = rx("1873916", "1873983", text="Kisqali 200 mg tablet")
K200["coding"].append(coding(*ndc("00078086742")))
c = case(7, "breast", "2026-08-17", svc(RX, "1873916"), ND, ["progression"],
         "Ribociclib - re-authorisation with no restaging since baseline",
         "Re-authorisation of first-line ribociclib with letrozole for HR-positive, HER2-negative "
         "metastatic breast cancer (bone, liver) after 9 months; no restaging has been done "
         "since the baseline CT (scans ordered, missed twice).",
         "Kisqali label section 1 (Indications and Usage): HR-positive, HER2-negative advanced "
         "or metastatic breast cancer in combination with an aromatase inhibitor as initial "
         "endocrine-based therapy; section 2: continue until disease progression or "
         "unacceptable toxicity. Pivotal trial MONALEESA-2. The original gates are documented; "
         "whether the disease has progressed on ribociclib is not - no response assessment in "
         "9 months: needs-documentation (progression).",
         "Kisqali 2: until progression - no restaging since baseline",
         "female", "1960-02-14", ("Mbeki", "Thandi"))
p = c.primary(cc((ICD, "C50.411")), "2025-11-10", body=RIGHT)
c.secondary(cc((ICD, "C79.51")), "2025-11-10")
c.secondary(cc((ICD, "C78.7")), "2025-11-10")
c.er("2025-11-10", True, "Positive, 85%", issued="2025-11-14")
c.her2_ihc("2025-11-10", vcc(NEG, text="1+"), issued="2025-11-14")
c.obs(tcc("Menopausal status"), "2025-11-17", vcc((SCT, "76498008")), cat="survey")
c.imaging("2025-11-10", "Baseline CT chest/abdomen/pelvis: three liver metastases (largest "
          "2.6 cm); lytic T8 and iliac lesions.", title="Baseline CT")
c.fills(K200, "2025-12-01", 9, 28, 63)
c.order(tcc("CT chest/abdomen/pelvis with contrast (restaging)"), "2026-03-02", reason=p,
        note="Not performed (appointment missed).")
c.doc("Oncology note 2026-08-10: month 9 of ribociclib 600 mg + letrozole; tolerating, QTc "
      "normal. Restaging CT ordered 2026-03 and 2026-06, both appointments missed; no scan "
      "since baseline. Continue and rebook.", "2026-08-10")
c.ecog("2026-08-10", 1)
c.ask(K200, reason=p, dose="600 mg daily, days 1-21 of 28, with letrozole 2.5 mg")

# b08 pertuzumab maintenance re-auth; HER2 only in the payer letter, without a result
c = case(8, "breast", "2026-09-14", svc(HCPCS, "J9306"), ND, ["her2"],
         "Pertuzumab - re-authorisation; HER2 only in the original approval letter",
         "Re-authorisation of IV pertuzumab (with trastuzumab) maintenance for metastatic breast "
         "cancer after 6 cycles with docetaxel; the chart has no HER2 result - only the payer's "
         "original approval letter, which states that the request 'meets policy criteria' "
         "without naming the HER2 test or result.",
         "Perjeta label section 1 (Indications and Usage): in combination with trastuzumab and "
         "docetaxel for HER2-positive metastatic breast cancer not previously treated with "
         "anti-HER2 therapy or chemotherapy for metastatic disease; HER2 positivity is the gate "
         "(section 2: select patients by HER2 protein overexpression or gene amplification). "
         "Pivotal trial CLEOPATRA. The letter does not document a HER2 result; no HER2 "
         "Observation or pathology report exists: needs-documentation (her2).",
         "Perjeta 1: HER2-positive MBC - HER2 absent (letter without result)",
         "female", "1970-06-25", ("Duarte", "Lucia"))
p = c.primary(cc((ICD, "C50.912")), "2025-12-01", body=LEFT)
c.secondary(cc((ICD, "C78.01")), "2025-12-08")
c.er("2025-12-01", False, "Negative", issued="2025-12-05")
c.letter("BLUE RIVER HEALTH PLAN - PRIOR AUTHORIZATION DETERMINATION\n"
         "Date: 2026-01-05. Member: Duarte, Lucia. Reference PA-26-004417.\n"
         "Services approved: pertuzumab (J9306), trastuzumab (J9355), docetaxel (J9171).\n"
         "Diagnosis: C50.912, C78.01. Authorization period: 6 months from the date of this "
         "letter.\nDetermination: APPROVED - the request meets medical policy criteria.\n"
         "A new request with current clinical documentation is required for continued "
         "therapy after the authorization period.", "2026-01-05")
c.cycles(DOCE, "2026-01-12", 6, 21, "docetaxel 75 mg/m2")
c.cycles(PERT, "2026-01-12", 12, 21, "pertuzumab 840 mg load, then 420 mg", reason=p)
c.cycles(TRAS, "2026-01-12", 12, 21, "trastuzumab 8 mg/kg load, then 6 mg/kg", reason=p)
c.imaging("2026-08-24", "CT chest/abdomen/pelvis: stable pulmonary nodules; no new lesions. "
          "Stable disease.", title="CT restaging")
c.ecog("2026-08-31", 1)
c.ask(hc("J9306", "Perjeta 420 mg IV q3w"), reason=p, dose="420 mg IV every 3 weeks with "
      "trastuzumab, until progression", note="Continuation request; prior approval letter "
      "on file.")

# b09 neratinib extended adjuvant, month 7; prior adjuvant trastuzumab not documented
c = case(9, "breast", "2026-05-18", svc(RX, "1940643"), ND, ["prior_therapy"],
         "Neratinib extended adjuvant - re-authorisation, prior trastuzumab undocumented",
         "Re-authorisation for months 7-12 of extended-adjuvant neratinib for HER2-positive, "
         "ER-positive early breast cancer; the adjuvant trastuzumab-based therapy it must follow "
         "was given at another institution and is not in the record (no administrations, no "
         "summary).",
         "Nerlynx label section 1 (Indications and Usage): extended adjuvant treatment of adults "
         "with early-stage HER2-positive breast cancer, to follow adjuvant trastuzumab-based "
         "therapy; section 2: 240 mg daily continuously for one year. Pivotal trial ExteNET "
         "(after completion of trastuzumab within the prior 2 years). HER2 status and stage "
         "are documented; the prior trastuzumab-based therapy is absent: "
         "needs-documentation (prior_therapy).",
         "Nerlynx 1: to follow adjuvant trastuzumab - prior trastuzumab absent",
         "female", "1972-09-05", ("Richter", "Anke"))
p = c.primary(cc((ICD, "C50.411")), "2024-02-12", body=RIGHT)
c.her2_ish("2024-02-12", True, "Amplified, ratio 3.9", issued="2024-02-20")
c.er("2024-02-12", True, "Positive, 80%", issued="2024-02-16")
c.stage("2024-03-18", "pT2 pN0 - pathological stage IIA", path=True)
c.fills(rx("1940643", text="Nerlynx 40 mg tablet"), "2025-11-03", 6, 28, 168)
c.stmt(rx("84857", text="anastrozole 1 mg daily"), "2025-02-03")
c.doc("New-patient note 2025-10-27 (transfer of care): HER2+ ER+ right breast cancer, "
      "treated at an outside hospital 2024-2025 (surgery, chemotherapy, HER2-directed therapy "
      "'completed per patient'). Outside treatment summary requested, not yet received. Start "
      "neratinib with loperamide prophylaxis.", "2025-10-27", kind="11488-4")
c.ecog("2026-05-11", 0)
c.ask(rx("1940643", text="neratinib 240 mg daily"), reason_code=cc((ICD, "C50.411")),
      intent="proposal",
      dose="240 mg orally once daily, months 7-12")

# b10 adjuvant trastuzumab beyond 52 weeks
c = case(10, "breast", "2026-10-05", svc(HCPCS, "J9355"), RR, None,
         "Trastuzumab adjuvant - extension into a second year",
         "Request to continue adjuvant trastuzumab for a second year after 18 cycles over 52 "
         "weeks were completed in July 2026, for a high-risk (pN2a) HER2-positive breast cancer "
         "with no recurrence; the oncologist cites high risk.",
         "Herceptin label section 2 (Dosage and Administration): adjuvant trastuzumab is given "
         "for a total of 52 weeks, and 'extending adjuvant treatment beyond one year is not "
         "recommended'; section 1 limits the adjuvant indication to that regimen. Pivotal trial "
         "HERA (2 years no better than 1 year, more cardiac events). 52 weeks are documented "
         "as complete; a second year contradicts the labelled duration: refer-to-reviewer.",
         "Herceptin 2: 52 weeks; 'beyond one year is not recommended' - year 2 asked",
         "female", "1968-12-12", ("Keane", "Siobhan"))
p = c.primary(cc((ICD, "C50.911")), "2025-06-02", body=RIGHT)
c.her2_ihc("2025-06-02", vcc(POS, text="3+"), issued="2025-06-06")
c.er("2025-06-02", False, "Negative", issued="2025-06-06")
c.proc(cc((CPT, "19307")), "2025-06-30", reason=p, body=RIGHT)
c.nodes("2025-06-30", 6, 18, issued="2025-07-07")
c.stage("2025-06-30", "pT2 pN2a - pathological stage IIIA", code=(SCT, "1222802001"),
        path=True, issued="2025-07-07")
c.cycles(TRAS, "2025-08-04", 18, 21, "trastuzumab 6 mg/kg q3w (TCH x6, then single agent)",
         reason=p)
c.doc("Oncology note 2026-09-28: completed 18 cycles / 52 weeks of adjuvant trastuzumab "
      "(last dose 2026-07-27). No recurrence. Given pN2a disease, requesting a further 12 "
      "months of trastuzumab.", "2026-09-28")
c.ask(TRAS, reason=p, dose="6 mg/kg IV every 3 weeks for 12 further months")

# b11 palbociclib + anastrozole, restaging shows new liver metastases; continue unchanged
c = case(11, "breast", "2026-09-21", svc(RX, "1601374"), RR, None,
         "Palbociclib - continuation after progression (new liver lesions)",
         "Request to continue first-line palbociclib with anastrozole unchanged although "
         "restaging shows new liver metastases after 22 months (bone disease stable).",
         "Ibrance label section 1 (Indications and Usage): with an aromatase inhibitor as "
         "initial endocrine-based therapy for HR-positive, HER2-negative advanced breast "
         "cancer; the same regimen after progression on it is no longer initial therapy. "
         "Pivotal trial PALOMA-2 treated until progression. New liver metastases on "
         "palbociclib + anastrozole contradict the continuation gate (treatment beyond "
         "progression): refer-to-reviewer.",
         "Ibrance 1: initial endocrine-based therapy - progression on that regimen",
         "female", "1958-04-03", ("Whitfield", "Margaret"))
p = c.primary(cc((ICD, "C50.912")), "2024-10-14", body=LEFT)
c.secondary(cc((ICD, "C79.51")), "2024-10-14")
c.secondary(cc((SCT, "94381002"), text="New liver metastases"), "2026-09-08")
c.er("2024-10-14", True, "Positive, 95%", issued="2024-10-18")
c.her2_ihc("2024-10-14", vcc(NEG, text="0"), issued="2024-10-18")
c.stmt(rx("1601374", text="palbociclib 125 mg d1-21 q28d"), "2024-11-04")
c.stmt(rx("84857", text="anastrozole 1 mg daily"), "2024-11-04")
c.fills(rx("1601374", text="Ibrance 125 mg"), "2026-05-04", 5, 28, 21)
c.ct_report("CT chest/abdomen/pelvis 2026-09-08, comparison 2026-05-11. New hypodense liver "
            "lesions in segment VII (2.3 cm) and IVa (1.1 cm), suspicious for metastases. "
            "Sclerotic bone metastases unchanged. IMPRESSION: progressive disease (new "
            "hepatic metastases).", "2026-09-08", title="Restaging CT")
c.status("2026-09-08", WORSE, focus=p, text="Progressive disease - new liver lesions")
c.ask(rx("1601374", text="palbociclib 125 mg"), reason=p, intent="proposal",
      dose="125 mg daily d1-21 q28d with anastrozole, unchanged")

# b12 adjuvant olaparib beyond 1 year
c = case(12, "breast", "2026-06-08", svc(RX, "1597582"), RR, None,
         "Olaparib adjuvant - extension into a second year",
         "Request to continue adjuvant olaparib for a further 12 months after completing one "
         "year (June 2025 - June 2026) for germline BRCA1-mutated, triple-negative breast "
         "cancer with residual disease after neoadjuvant chemotherapy; no recurrence.",
         "Lynparza label section 1 (Indications and Usage): adjuvant treatment of adults with "
         "deleterious germline BRCA-mutated HER2-negative high-risk early breast cancer treated "
         "with neoadjuvant or adjuvant chemotherapy; section 2 (Dosage and Administration): "
         "300 mg twice daily for a total of 1 year, or until disease recurrence or "
         "unacceptable toxicity. Pivotal trial OlympiA (1 year). One year is documented as "
         "complete; a second year contradicts the labelled duration: refer-to-reviewer.",
         "Lynparza 2: adjuvant 'total of 1 year' - year 2 asked",
         "female", "1984-07-21", ("Avraham", "Noa"))
p = c.primary(cc((ICD, "C50.411")), "2024-09-09", body=RIGHT)
c.er("2024-09-09", False, "Negative", issued="2024-09-13")
c.pr("2024-09-09", False, "Negative", issued="2024-09-13")
c.her2_ihc("2024-09-09", vcc(NEG, text="0"), issued="2024-09-13")
c.variant("2024-10-01", "HGNC:1100", c="c.68_69del", p="p.Glu23ValfsTer17", somatic=False,
          profile=P_GRVAR, report_title="Germline BRCA1/2 sequencing")
c.stmt(tcc("Neoadjuvant paclitaxel-carboplatin then AC"), "2024-10-07", end="2025-03-24")
c.proc(cc((CPT, "19303")), "2025-04-28", reason=p, body=RIGHT)
c.text_obs("Residual cancer burden", "2025-04-28", "RCB-II (residual 1.4 cm, 1/4 nodes)",
           cat=None, issued="2025-05-05")
c.fills(rx("1597582", text="Lynparza 150 mg tablet"), "2025-06-02", 13, 28, 112)
c.imaging("2026-05-25", "CT chest/abdomen: no evidence of recurrent or metastatic disease.",
          title="Surveillance CT")
c.doc("Oncology note 2026-06-01: completed 12 months of adjuvant olaparib 300 mg BID on "
      "2026-06-01. Tolerated well. Patient asks to continue a second year; request "
      "submitted.", "2026-06-01")
c.ask(rx("1597582", text="olaparib 300 mg BID"), reason=p, dose="300 mg orally twice daily "
      "for 12 further months")

# ================================================================ NSCLC
NGS_NEG = "No EGFR, ALK, ROS1, BRAF V600E, MET exon 14, RET or NTRK alteration detected"

# n01 adjuvant osimertinib, month 26 of 36
c = case(1, "nsclc", "2026-04-13", svc(RX, "1721560"), S, None,
         "Osimertinib adjuvant - third-year re-authorisation",
         "Re-authorisation of adjuvant osimertinib at month 26 of the labelled 3 years after "
         "lobectomy and adjuvant cisplatin/pemetrexed for stage IIB EGFR L858R adenocarcinoma; "
         "surveillance CT shows no recurrence.",
         "Tagrisso label section 1 (Indications and Usage): adjuvant therapy after tumour "
         "resection in adults with NSCLC whose tumours have EGFR exon 19 deletions or exon 21 "
         "L858R mutations, as detected by an FDA-approved test; section 2 (Dosage and "
         "Administration): in the adjuvant setting until disease recurrence or unacceptable "
         "toxicity, or for up to 3 years. Pivotal trial ADAURA. Record: lobectomy, pT2b pN1 "
         "(stage IIB), EGFR p.Leu858Arg, started 2024-02-05, no recurrence: supported.",
         "Tagrisso 2: adjuvant 'for up to 3 years' - month 26, no recurrence",
         "male", "1957-10-08", ("Tanaka", "Hiroshi"))
p = c.primary(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2023-10-16")
c.proc(cc((CPT, "32663")), "2023-11-20", reason=p)
c.tnm("2023-11-20", "pT2b (4.6 cm)", "pN1 (2/16)", path=True, issued="2023-11-27")
c.stage("2023-11-20", "pT2b pN1 M0 - pathological stage IIB", code=(SCT, "1222769001"),
        path=True, issued="2023-11-27")
c.variant("2023-11-27", "HGNC:3236", c="c.2573T>G", p="p.Leu858Arg",
          report_title="EGFR mutation analysis (cobas EGFR Mutation Test v2)")
c.stmt(tcc("Adjuvant cisplatin + pemetrexed x4"), "2023-12-18", end="2024-01-29")
c.stmt(rx("1721560", text="osimertinib 80 mg daily (adjuvant)"), "2024-02-05")
c.fills(rx("1721560", text="Tagrisso 80 mg tablet"), "2025-10-20", 6, 28, 28)
c.imaging("2026-03-30", "CT chest/abdomen and MRI brain: post-lobectomy changes; no evidence "
          "of recurrence.", title="Surveillance CT and MRI brain")
c.status("2026-03-30", NED, focus=p, text="No evidence of disease")
c.ecog("2026-04-06", 0)
c.ask(rx("1721560", text="osimertinib 80 mg"), reason=p,
      dose="80 mg orally once daily, 6 months (month 27-32 of 36)")

# n02 durvalumab after chemoradiation, dose 8 (month 7 of 12)
c = case(2, "nsclc", "2026-03-16", svc(HCPCS, "J9173"), S, None,
         "Durvalumab consolidation - re-authorisation within 12 months",
         "Re-authorisation of consolidation durvalumab (1,500 mg every 4 weeks) after 7 doses "
         "for unresectable stage IIIB squamous NSCLC treated with concurrent carboplatin/"
         "paclitaxel and 60 Gy; restaging CT shows stable disease.",
         "Imfinzi label section 1 (Indications and Usage): adults with unresectable stage III "
         "NSCLC whose disease has not progressed following concurrent platinum-based "
         "chemotherapy and radiation therapy; section 2 (Dosage and Administration): until "
         "disease progression, unacceptable toxicity, or a maximum of 12 months. Pivotal "
         "trial PACIFIC. Record: stage IIIB, concurrent CRT completed, first durvalumab "
         "2025-09-08, stable disease at month 6: supported.",
         "Imfinzi 2: 'maximum of 12 months' - month 7, stable",
         "female", "1960-05-28", ("Brady", "Colette"))
p = c.primary(cc((ICD, "C34.12"), text="Squamous cell carcinoma, left upper lobe"),
              "2025-05-19")
c.stage("2025-06-02", "cT3 cN2 cM0 - stage IIIB, unresectable", code=(AJCC, "3B"))
c.proc(cc((SCT, "33195004"), text="Thoracic RT 60 Gy/30 fractions"), "2025-07-07",
       end="2025-08-15", reason=p)
c.cycles(CARBO, "2025-07-07", 6, 7, "carboplatin AUC 2 weekly with RT", label="Week")
c.cycles(PACLI, "2025-07-07", 6, 7, "paclitaxel 45 mg/m2 weekly with RT", label="Week")
o = c.prior_order(hc("J9173", "Imfinzi 1,500 mg q4w"), "2025-09-01", reason=p,
                  note="Original order; authorised for 6 months.")
c.cycles(hc("J9173", "Imfinzi 1,500 mg"), "2025-09-08", 7, 28, "durvalumab 1,500 mg q4w",
         label="Dose", reason=p, request=o)
c.ct_report("CT chest 2026-03-02 vs 2025-11-24: post-radiation fibrosis left upper lobe, "
            "unchanged; residual mass 2.1 cm, stable. No new nodules, no effusion. "
            "Impression: stable disease. No pneumonitis.", "2026-03-02")
c.ecog("2026-03-09", 1)
c.ask(hc("J9173", "Imfinzi (durvalumab) 1,500 mg q4w"), reason=p, prior=o,
      dose="1,500 mg IV every 4 weeks, doses 8-13 (to 12 months from the first dose)")

# n03 pemetrexed maintenance (with pembrolizumab) after 4 cycles, partial response
c = case(3, "nsclc", "2026-02-09", svc(HCPCS, "J9305"), S, None,
         "Pemetrexed maintenance (with pembrolizumab) after induction",
         "Authorisation of the maintenance phase - pemetrexed with pembrolizumab every 3 weeks - "
         "after 4 cycles of carboplatin/pemetrexed/pembrolizumab for metastatic lung "
         "adenocarcinoma without EGFR/ALK alterations (PD-L1 TPS 10%); restaging after cycle 4 "
         "shows a partial response.",
         "Alimta (pemetrexed) label section 1 (Indications and Usage): initial treatment of "
         "metastatic non-squamous NSCLC with no EGFR or ALK genomic tumour aberrations in "
         "combination with pembrolizumab and platinum chemotherapy; section 2 (Dosage and "
         "Administration): after completion of platinum-based therapy, pemetrexed with or "
         "without pembrolizumab is given until disease progression or unacceptable toxicity. "
         "Pivotal trial KEYNOTE-189. Record: adenocarcinoma, stage IVA, EGFR/ALK/ROS1 negative, 4 "
         "induction cycles, partial response: supported.",
         "Alimta 1/2: with pembrolizumab + platinum, then maintenance until progression - PR",
         "male", "1962-01-30", ("Oyelaran", "Tunde"))
p = c.primary(cc((ICD, "C34.11"), (SCT, "254637007"), text="Adenocarcinoma, right upper lobe"),
              "2025-09-01")
c.stage("2025-09-15", "cT2b cN2 cM1a (malignant pleural effusion) - stage IVA",
        code=(AJCC, "4A"))
c.text_obs("Tissue NGS (lung core, 2025-09-01)", "2025-09-01", NGS_NEG, issued="2025-09-19")
c.marker(cc((LN, "85147-7")), "2025-09-01", vstr("TPS 10% (22C3 pharmDx)"),
         issued="2025-09-08")
c.cycles(CARBO, "2025-10-06", 4, 21, "carboplatin AUC 5")
c.cycles(PEME, "2025-10-06", 6, 21, "pemetrexed 500 mg/m2", reason=p)
c.cycles(PEMBRO, "2025-10-06", 6, 21, "pembrolizumab 200 mg", reason=p)
c.imaging("2025-12-22", "CT chest/abdomen after 4 cycles: partial response - RUL mass 4.3 -> "
          "2.4 cm, mediastinal nodes smaller, effusion resolved; no new lesions.",
          title="CT restaging after induction")
c.status("2025-12-22", IMPROVED, focus=p, text="Partial response")
c.ecog("2026-02-02", 1)
c.ask(hc("J9305", "pemetrexed 500 mg/m2 q3w (maintenance, with pembrolizumab)"), reason=p,
      dose="500 mg/m2 IV every 3 weeks with pembrolizumab 200 mg, until progression")

# n04 adjuvant atezolizumab IV -> Tecentriq Hybreza (SC), month 5 of 12
HYB = hc("J9024", "Tecentriq Hybreza 1,875 mg/30,000 units SC", (NDC, "50242-933-01"))
c = case(4, "nsclc", "2026-05-04", svc(HCPCS, "J9024"), S, None,
         "Atezolizumab adjuvant - switch IV to SC (Tecentriq Hybreza)",
         "Switch of adjuvant atezolizumab from IV (7 doses) to subcutaneous atezolizumab/"
         "hyaluronidase (Tecentriq Hybreza) at month 5 of the 1-year course, after lobectomy and "
         "adjuvant cisplatin/pemetrexed for stage IIB PD-L1 30% NSCLC; no recurrence.",
         "Tecentriq Hybreza label section 1 (Indications and Usage): adjuvant treatment following "
         "resection and platinum-based chemotherapy for adults with stage II to IIIA NSCLC whose "
         "tumours have PD-L1 expression on 1% or more of tumour cells, as determined by an "
         "FDA-approved test; section 2 (Dosage and Administration): 1,875 mg/30,000 units SC "
         "every 3 weeks for up to 1 year. Pivotal trials IMpower010 (adjuvant) and IMscin001 "
         "(SC vs IV exposure). Record: lobectomy, pT2a pN1 (IIB), PD-L1 SP263 TC 30%, 4 cycles "
         "cisplatin doublet, atezolizumab since 2025-12-15, no recurrence: supported.",
         "Hybreza 1: adjuvant stage II-IIIA PD-L1>=1% TC; 2: 'up to 1 year' - month 5",
         "female", "1964-03-11", ("Lindqvist", "Eva"))
p = c.primary(cc((ICD, "C34.11"), text="Adenocarcinoma, right upper lobe"), "2025-07-07")
c.proc(cc((SCT, "173171007")), "2025-08-11", reason=p)
c.tnm("2025-08-11", "pT2a (3.6 cm)", "pN1 (1/14)", path=True, issued="2025-08-18")
c.stage("2025-08-11", "pT2a pN1 - pathological stage IIB", code=(SCT, "1222769001"),
        path=True, issued="2025-08-18")
c.text_obs("PD-L1 (SP263) tumour cell staining", "2025-08-11", "TC 30% (VENTANA SP263)",
           issued="2025-08-25")
c.text_obs("Tissue NGS (resection)", "2025-08-11", NGS_NEG, issued="2025-08-29")
c.cycles(CIS, "2025-09-15", 4, 21, "cisplatin 75 mg/m2 (adjuvant)")
c.cycles(PEME, "2025-09-15", 4, 21, "pemetrexed 500 mg/m2 (adjuvant)")
c.cycles(hc("J9022", "Tecentriq 1,200 mg IV"), "2025-12-15", 7, 21,
         "atezolizumab 1,200 mg IV q3w (adjuvant)", label="Dose", reason=p)
c.imaging("2026-04-13", "CT chest: post-lobectomy changes, no evidence of recurrence.",
          title="Surveillance CT chest")
c.ecog("2026-04-27", 0)
c.ask(HYB, reason=p, intent="proposal",
      dose="1,875 mg atezolizumab / 30,000 units hyaluronidase SC every 3 weeks, to complete 1 "
           "year from the first adjuvant dose")

# n05 alectinib continuation; ALK only in the original approval letter, result quoted
c = case(5, "nsclc", "2026-06-22", svc(RX, "1727455"), S, None,
         "Alectinib - continuation; ALK result quoted only in the approval letter",
         "Continuation of first-line alectinib for ALK-positive metastatic adenocarcinoma "
         "(brain, bone) after 11 months with an ongoing partial response; the chart has no ALK "
         "Observation - the ALK result (VENTANA ALK (D5F3) CDx, positive, with specimen and "
         "report dates) is quoted in the payer's original approval letter.",
         "Alecensa label section 1 (Indications and Usage): adults with ALK-positive metastatic "
         "NSCLC as detected by an FDA-approved test; section 2 (Dosage and Administration): 600 "
         "mg twice daily until disease progression or unacceptable toxicity. Pivotal trial "
         "ALEX. Record: metastatic NSCLC, ALK positivity by the FDA-approved D5F3 CDx stated "
         "with specimen and report dates in the scanned authorisation letter, partial response "
         "on restaging: supported (judgement call: the result is documented, in a secondary "
         "document).",
         "Alecensa 1: ALK+ by FDA-approved test (quoted in the letter); 2: until progression - PR",
         "male", "1979-12-02", ("Nguyen", "Minh"))
p = c.primary(cc((ICD, "C34.90"), (SCT, "254637007"), text="Adenocarcinoma of lung"),
              "2025-06-16")
c.secondary(cc((SCT, "94225005")), "2025-06-23")
c.secondary(cc((ICD, "C79.51")), "2025-06-23")
c.stage("2025-06-23", "cT3 cN2 cM1c (brain, bone) - stage IVB", code=(SCT, "1222837003"))
c.letter("CASCADE HEALTH - UTILIZATION MANAGEMENT\nPrior authorization approval, "
         "2025-07-01. Member: Nguyen, Minh. Case 25-ONC-88120.\nDrug: alectinib (Alecensa) 600 "
         "mg orally twice daily. Approved for 12 months.\nClinical criteria met: metastatic "
         "non-small cell lung cancer (adenocarcinoma); ALK rearrangement POSITIVE by VENTANA "
         "ALK (D5F3) CDx Assay (FDA-approved companion diagnostic), Meridian Pathology, "
         "specimen: lung core biopsy collected 2025-06-16, report dated 2025-06-20.\nRenewal "
         "requires documentation of response or stable disease.", "2025-07-01")
c.fills(rx("1727455", text="Alecensa 150 mg capsule"), "2025-07-07", 12, 28, 224,
        unit="capsule")
c.ct_report("MRI brain and CT chest/abdomen/pelvis 2026-06-08, comparison 2025-12-08 and "
            "baseline 2025-06-23. Brain: previously seen enhancing lesions resolved. Chest: "
            "left lower lobe primary 1.2 cm (baseline 5.1 cm), nodes normal size. Bone lesions "
            "sclerotic, no new. Impression: continued partial response; no new lesions.",
            "2026-06-08", title="Restaging MRI brain and CT")
c.ecog("2026-06-15", 1)
c.ask(rx("1727455", text="alectinib 600 mg BID"), reason=p,
      dose="600 mg orally twice daily with food, 12 months")

# n06 perioperative pembrolizumab: adjuvant phase, dose 6 of 13
c = case(6, "nsclc", "2026-07-20", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab perioperative - adjuvant-phase re-authorisation",
         "Re-authorisation of single-agent adjuvant pembrolizumab (dose 6 of up to 13) after 4 "
         "neoadjuvant cycles with cisplatin/pemetrexed and lobectomy (ypT1c ypN0) for "
         "resectable stage IIIA (cT3 cN1) adenocarcinoma; no recurrence.",
         "Keytruda label section 1 (Indications and Usage): resectable (tumours 4 cm or larger "
         "or node positive) NSCLC in combination with platinum-containing chemotherapy as "
         "neoadjuvant treatment, then continued as a single agent as adjuvant treatment after "
         "surgical resection; section 2 (Dosage and Administration): neoadjuvant for 12 weeks, "
         "then adjuvant for up to 39 weeks (13 doses every 3 weeks). Pivotal trial "
         "KEYNOTE-671. Record: cT3 cN1 (IIIA), 4 neoadjuvant cycles, lobectomy, 5 adjuvant doses "
         "since 2026-04-20, no recurrence: supported.",
         "Keytruda 2: adjuvant phase 'up to 39 weeks' - dose 6 of 13",
         "male", "1961-06-14", ("Moreau", "Alain"))
p = c.primary(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2025-10-27")
c.tnm("2025-11-10", "cT3 (5.8 cm)", "cN1 (EBUS 11R positive)", "cM0")
c.stage("2025-11-10", "cT3 cN1 cM0 - clinical stage IIIA", code=(AJCC, "3A"))
c.text_obs("Tissue NGS (EBUS/core)", "2025-10-27", NGS_NEG, issued="2025-11-14")
c.marker(cc((LN, "85147-7")), "2025-10-27", vstr("TPS 5%"), issued="2025-11-03")
c.cycles(PEMBRO, "2025-12-01", 4, 21, "pembrolizumab 200 mg (neoadjuvant)", reason=p)
c.cycles(CIS, "2025-12-01", 4, 21, "cisplatin 75 mg/m2 (neoadjuvant)")
c.cycles(PEME, "2025-12-01", 4, 21, "pemetrexed 500 mg/m2 (neoadjuvant)")
c.proc(cc((CPT, "32663")), "2026-03-09", reason=p)
c.tnm("2026-03-09", "ypT1c (2.2 cm)", "ypN0 (0/15)", path=True, issued="2026-03-16")
c.cycles(PEMBRO, "2026-04-20", 5, 21, "pembrolizumab 200 mg (adjuvant)", label="Adjuvant dose",
         reason=p)
c.imaging("2026-07-06", "CT chest: post-lobectomy; no evidence of recurrence.",
          title="Surveillance CT")
c.ecog("2026-07-13", 0)
c.ask(PEMBRO, reason=p, dose="200 mg IV every 3 weeks, adjuvant doses 6-13 (39 weeks "
      "in total)")

# n07 first-line osimertinib, 9 months, no restaging since baseline
c = case(7, "nsclc", "2026-09-28", svc(RX, "1721560"), ND, ["progression"],
         "Osimertinib first line - re-authorisation with no restaging",
         "Re-authorisation of first-line osimertinib for EGFR exon 19 deletion metastatic "
         "adenocarcinoma (bone) after 9 months; there is no imaging or response assessment "
         "since the baseline staging CT.",
         "Tagrisso label section 1 (Indications and Usage): first-line treatment of adults with "
         "metastatic NSCLC whose tumours have EGFR exon 19 deletions or exon 21 L858R "
         "mutations, as detected by an FDA-approved test; section 2: until disease progression "
         "or unacceptable toxicity. Pivotal trial FLAURA. Indication gates documented; disease "
         "status on osimertinib is not (no restaging in 9 months): needs-documentation "
         "(progression).",
         "Tagrisso 2: until progression - no restaging since baseline",
         "female", "1953-09-17", ("Chen", "Mei-Ling"))
p = c.primary(cc((ICD, "C34.11"), (SCT, "254637007")), "2025-12-08")
c.secondary(cc((SCT, "94222008")), "2025-12-15")
c.stage("2025-12-15", "cT2a cN1 cM1b (single bone) - stage IVA", code=(AJCC, "4A"))
c.variant("2025-12-22", "HGNC:3236", c="c.2235_2249del", p="p.Glu746_Ala750del",
          text="EGFR exon 19 deletion, somatic", report_title="Tissue NGS (FoundationOne CDx)")
c.imaging("2026-01-05", "Baseline CT chest/abdomen/pelvis: 3.9 cm RUL mass, right hilar "
          "node, lytic L1 lesion.", title="Baseline CT")
c.fills(rx("1721560", text="Tagrisso 80 mg tablet"), "2026-01-12", 9, 28, 28)
c.doc("Oncology note 2026-09-21: month 9 of osimertinib 80 mg; mild paronychia. Restaging "
      "CT overdue - not done since baseline (patient abroad for 4 months). Continue; CT to be "
      "booked.", "2026-09-21")
c.ecog("2026-09-21", 1)
c.ask(rx("1721560", text="osimertinib 80 mg"), reason=p, dose="80 mg daily, 6 months")

# n08 first-line pembrolizumab monotherapy; PD-L1 only in the letter, value not given
c = case(8, "nsclc", "2026-03-30", svc(HCPCS, "J9271"), ND, ["pdl1"],
         "Pembrolizumab monotherapy - re-authorisation; PD-L1 only in the letter, no value",
         "Re-authorisation of first-line single-agent pembrolizumab for metastatic "
         "adenocarcinoma (adrenal, bone) after 9 doses with a partial response; the PD-L1 "
         "result is not in the chart - the payer's approval letter says only 'PD-L1 testing "
         "criteria met' without a TPS or an assay.",
         "Keytruda label section 1 (Indications and Usage): as a single agent for the first-line "
         "treatment of NSCLC expressing PD-L1 (TPS 1% or more) as determined by an FDA-approved "
         "test, with no EGFR or ALK genomic tumour aberrations, stage III not amenable to "
         "surgery or chemoradiation, or metastatic; section 2: until progression or up to 24 "
         "months. Pivotal trial KEYNOTE-042 (and KEYNOTE-024). EGFR/ALK negativity and stage "
         "are documented; the PD-L1 TPS is not: needs-documentation (pdl1).",
         "Keytruda 1: single agent needs PD-L1 TPS>=1% - letter gives no value",
         "male", "1955-04-04", ("Kowalski", "Jerzy"))
p = c.primary(cc((ICD, "C34.11"), text="Adenocarcinoma of lung"), "2025-08-25")
c.secondary(cc((ICD, "C79.51")), "2025-09-01")
c.stage("2025-09-08", "cT3 cN2 cM1c (adrenal, bone) - stage IVB", code=(SCT, "1222837003"))
c.text_obs("Tissue NGS", "2025-08-25", NGS_NEG, issued="2025-09-12")
c.letter("MIDWEST MUTUAL - PHARMACY AND MEDICAL PRIOR AUTHORIZATION\n2025-09-22. "
         "Member: Kowalski, Jerzy. Request: pembrolizumab (J9271) 200 mg every 3 weeks, "
         "single agent, first line.\nDecision: APPROVED for 6 months. Diagnosis C34.11. "
         "PD-L1 testing criteria met per policy ONC-112. EGFR/ALK negative.\nSubmit "
         "restaging and supporting documentation with any renewal request.", "2025-09-22")
c.cycles(PEMBRO, "2025-09-29", 9, 21, "pembrolizumab 200 mg", reason=p)
c.imaging("2026-03-16", "CT chest/abdomen/pelvis: partial response - lung primary 5.2 -> "
          "3.0 cm, adrenal metastasis smaller; no new lesions.", title="CT restaging")
c.ecog("2026-03-23", 1)
c.ask(PEMBRO, dose="200 mg IV every 3 weeks, 6 further months")

# n09 pemetrexed maintenance; histologic type not documented (NSCLC, NOS)
c = case(9, "nsclc", "2026-01-26", svc(HCPCS, "J9305"), ND, ["histology"],
         "Pemetrexed maintenance - histologic subtype not documented",
         "Single-agent pemetrexed maintenance requested after 4 cycles of carboplatin/pemetrexed "
         "with stable disease, for stage IVA NSCLC diagnosed on pleural-fluid cytology as "
         "'non-small cell carcinoma, NOS'; the outside cytology report with the "
         "immunohistochemistry that would type it is not in the chart.",
         "Alimta (pemetrexed) label section 1 (Indications and Usage): maintenance treatment of "
         "locally advanced or metastatic non-squamous NSCLC whose disease has not progressed "
         "after four cycles of platinum-based first-line chemotherapy; limitation of use: not "
         "indicated for squamous cell NSCLC. Pivotal trial PARAMOUNT (non-squamous only). Four "
         "platinum cycles and stable disease are documented; non-squamous histology is not: "
         "needs-documentation (histology).",
         "Alimta 1: non-squamous only - histology 'NSCLC, NOS', typing absent",
         "male", "1950-11-22", ("Olsen", "Bjorn"))
p = c.primary(cc((ICD, "C34.90"), text="Non-small cell carcinoma, NOS (pleural fluid cytology)"),
              "2025-08-25")
c.stage("2025-09-01", "cT2a cN2 cM1a (malignant pleural effusion) - stage IVA",
        code=(AJCC, "4A"))
c.text_obs("Plasma NGS (ctDNA)", "2025-09-01", "No EGFR or ALK alteration detected",
           issued="2025-09-12")
c.cycles(CARBO, "2025-09-22", 4, 21, "carboplatin AUC 5")
c.cycles(PEME, "2025-09-22", 4, 21, "pemetrexed 500 mg/m2", reason=p)
c.imaging("2026-01-12", "CT chest: stable disease after 4 cycles; small residual effusion.",
          title="CT restaging")
c.doc("Oncology note 2026-01-19 (transferred patient): NSCLC, NOS on outside pleural-fluid "
      "cytology; cell block IHC (TTF-1/p40) reportedly done - report requested from the "
      "outside laboratory, not received. Plan pemetrexed maintenance.", "2026-01-19")
c.ecog("2026-01-19", 1)
c.ask(hc("J9305", "pemetrexed 500 mg/m2 q3w, maintenance"), reason=p, intent="proposal",
      dose="500 mg/m2 IV every 3 weeks until progression")

# n10 durvalumab beyond 12 months
c = case(10, "nsclc", "2026-10-19", svc(HCPCS, "J9173"), RR, None,
         "Durvalumab consolidation - continuation beyond 12 months",
         "Request to continue durvalumab beyond the 12-month course (13 doses completed, "
         "2025-09-15 to 2026-08-17) for unresectable stage IIIA NSCLC with stable disease, "
         "because the patient 'is doing well'.",
         "Imfinzi label section 2 (Dosage and Administration): for unresectable stage III NSCLC, "
         "until disease progression, unacceptable toxicity, or a maximum of 12 months. Pivotal "
         "trial PACIFIC (up to 12 months). Twelve months of durvalumab are documented as "
         "complete; further doses contradict the labelled maximum: refer-to-reviewer.",
         "Imfinzi 2: 'maximum of 12 months' - 13 doses/12 months done",
         "male", "1958-02-19", ("Harrington", "Paul"))
p = c.primary(cc((ICD, "C34.11"), text="Squamous cell carcinoma, right upper lobe"),
              "2025-05-12")
c.stage("2025-05-26", "cT4 cN1 cM0 - stage IIIA, unresectable", code=(AJCC, "3A"))
c.proc(cc((SCT, "33195004"), text="Thoracic RT 60 Gy/30"), "2025-07-07", end="2025-08-15",
       reason=p)
c.stmt(tcc("Concurrent weekly carboplatin/paclitaxel x6 with RT"), "2025-07-07",
       end="2025-08-11")
c.cycles(hc("J9173", "Imfinzi 1,500 mg"), "2025-09-15", 13, 28, "durvalumab 1,500 mg q4w",
         label="Dose", reason=p)
c.imaging("2026-10-05", "CT chest: stable post-radiation changes; no new lesions.",
          title="CT chest")
c.status("2026-10-05", STABLE, focus=p)
c.ask(hc("J9173", "Imfinzi 1,500 mg q4w"), reason=p, intent="proposal",
      dose="1,500 mg IV every 4 weeks, 6 further doses beyond the 12-month course")

# n11 adjuvant osimertinib beyond 3 years
c = case(11, "nsclc", "2026-09-14", svc(RX, "1721560"), RR, None,
         "Osimertinib adjuvant - continuation beyond 3 years",
         "Request to continue adjuvant osimertinib indefinitely after the 3-year course "
         "(2023-08-14 to 2026-08-13) was completed for resected stage IIIA EGFR exon 19 "
         "deletion adenocarcinoma; no recurrence.",
         "Tagrisso label section 2 (Dosage and Administration): in the adjuvant setting, until "
         "disease recurrence or unacceptable toxicity, or for up to 3 years; section 1 limits "
         "the adjuvant indication to that course. Pivotal trial ADAURA (3 years planned). Three "
         "years are documented as complete without recurrence; continuation contradicts the "
         "labelled duration: refer-to-reviewer.",
         "Tagrisso 2: adjuvant 'for up to 3 years' - completed, more asked",
         "female", "1959-07-07", ("Sato", "Yuki"))
p = c.primary(cc((ICD, "C34.12"), text="Adenocarcinoma, left upper lobe"), "2023-05-08")
c.proc(cc((SCT, "173171007")), "2023-06-12", reason=p)
c.stage("2023-06-12", "pT3 pN1 - pathological stage IIIA", code=(SCT, "1222802001"),
        path=True, issued="2023-06-19")
c.variant("2023-06-19", "HGNC:3236", c="c.2235_2249del", p="p.Glu746_Ala750del",
          profile=P_GRVAR, text="EGFR exon 19 deletion (E746_A750del)")
c.stmt(rx("1721560", text="osimertinib 80 mg daily (adjuvant)"), "2023-08-14",
       end="2026-08-13", note="3-year adjuvant course completed.")
c.imaging("2026-08-31", "CT chest/abdomen and MRI brain: no evidence of recurrence.",
          title="Surveillance imaging")
c.doc("Oncology note 2026-09-08: completed 3 years of adjuvant osimertinib on 2026-08-13; "
      "no evidence of disease. Patient anxious about recurrence; requesting continuation of "
      "osimertinib indefinitely.", "2026-09-08")
c.ask(rx("1721560", text="osimertinib 80 mg"), dose="80 mg daily, continue "
      "beyond the completed 3-year adjuvant course")

# n12 alectinib continuation after progression
c = case(12, "nsclc", "2026-05-25", svc(RX, "1727455"), RR, None,
         "Alectinib - continuation after systemic and CNS progression",
         "Request to continue alectinib after 26 months although restaging shows new liver "
         "metastases, enlarging mediastinal nodes and a new brain lesion in ALK-positive "
         "metastatic NSCLC.",
         "Alecensa label section 2 (Dosage and Administration): 600 mg twice daily until "
         "disease progression or unacceptable toxicity; section 1: ALK-positive metastatic "
         "NSCLC. Pivotal trial ALEX (treatment to progression). Documented multi-site "
         "progression on alectinib contradicts the continuation gate (treatment beyond "
         "progression): refer-to-reviewer.",
         "Alecensa 2: until progression - new liver and brain lesions",
         "female", "1975-01-26", ("Ortega", "Lucia"))
p = c.primary(cc((ICD, "C34.11"), (SCT, "254637007")), "2024-02-05")
c.secondary(cc((ICD, "C78.7"), text="Liver metastases (new)"), "2026-05-11")
c.secondary(cc((SCT, "94225005"), text="Right frontal brain metastasis (new)"), "2026-05-11")
c.variant("2024-02-19", "HGNC:427", text="EML4-ALK fusion (EML4 exon 13 :: ALK exon 20, "
          "variant 1) by RNA NGS", report_title="RNA fusion panel")
c.stmt(rx("1727455", text="alectinib 600 mg BID"), "2024-03-04")
c.fills(rx("1727455", text="Alecensa 150 mg capsule"), "2026-01-05", 5, 28, 224,
        unit="capsule")
c.imaging("2026-05-11", "CT chest/abdomen/pelvis and MRI brain vs 2026-02-09: three new "
          "liver metastases (up to 2.4 cm); subcarinal node 1.1 -> 2.0 cm; new 8 mm enhancing "
          "right frontal lesion. Impression: progressive disease (RECIST 1.1).",
          title="Restaging CT and MRI brain")
c.status("2026-05-11", WORSE, focus=p, text="Progressive disease")
c.ask(rx("1727455", text="alectinib 600 mg BID"), reason=p, dose="continue 600 mg twice "
      "daily; SRS to the brain lesion planned")

# ================================================================ COLORECTAL
MSS = "Microsatellite stable (MSS)"

# c01 bevacizumab + 5-FU/LV maintenance after FOLFOX-bev induction, stable
c = case(1, "colorectal", "2026-04-06", svc(HCPCS, "J9035"), S, None,
         "Bevacizumab maintenance with 5-FU/leucovorin - re-authorisation",
         "Re-authorisation of maintenance bevacizumab with infusional 5-FU/leucovorin after 12 "
         "cycles of FOLFOX-bevacizumab induction (partial response) for KRAS G12D-mutant, MSS "
         "sigmoid cancer with unresectable liver metastases; restaging after 3 months of "
         "maintenance shows stable disease.",
         "Avastin label section 1 (Indications and Usage): metastatic colorectal cancer, in "
         "combination with intravenous fluorouracil-based chemotherapy, for first- or "
         "second-line treatment; section 2: 5 mg/kg every 2 weeks with fluorouracil-based "
         "regimens, until disease progression or unacceptable toxicity. Pivotal trials "
         "AVF2107g and NO16966 (first line), CAIRO3 and AIO KRK 0207 (maintenance). Record: "
         "mCRC, first-line, bevacizumab continued with IV 5-FU, stable disease: supported.",
         "Avastin 1: mCRC with IV fluorouracil-based chemotherapy, first line - stable on maintenance",
         "male", "1959-08-30", ("Brennan", "Declan"))
p = c.primary(cc((ICD, "C18.7"), text="Adenocarcinoma, sigmoid colon"), "2025-06-02")
c.secondary(cc((ICD, "C78.7")), "2025-06-09", note="Bilobar, unresectable (HPB board).")
c.stage("2025-06-16", "cT3 cN1 cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.variant("2025-06-16", "HGNC:6407", c="c.35G>A", p="p.Gly12Asp",
          report_title="Colorectal NGS panel")
c.marker(cc((LN, "81695-9")), "2025-06-16", vcc(text=MSS))
c.cycles(OXALI, "2025-07-07", 12, 14, "FOLFOX: oxaliplatin 85 mg/m2")
c.cycles(FU, "2025-07-07", 18, 14, "5-FU 400 mg/m2 bolus + 2,400 mg/m2 46-h infusion")
c.cycles(BEV, "2025-07-07", 18, 14, "bevacizumab 5 mg/kg", reason=p)
c.imaging("2025-12-22", "CT after 12 cycles: partial response of liver metastases.",
          title="CT restaging")
c.ct_report("CT chest/abdomen/pelvis 2026-03-23, comparison 2025-12-22. Liver metastases "
            "unchanged in size (sum 47 mm vs 46 mm). No new lesion. Impression: stable "
            "disease on maintenance.", "2026-03-23")
c.status("2026-03-23", STABLE, focus=p)
c.ecog("2026-03-30", 1)
c.ask(hc("J9035", "Avastin 5 mg/kg q2w with 5-FU/leucovorin (maintenance)"), reason=p,
      dose="5 mg/kg IV every 2 weeks with infusional 5-FU/leucovorin until progression")

# c02 bevacizumab continued into second line (FOLFIRI) after progression on FOLFOX-bev
c = case(2, "colorectal", "2026-06-08", svc(HCPCS, "J9035"), S, None,
         "Bevacizumab beyond first-line progression, with FOLFIRI",
         "Continuation of bevacizumab, with the chemotherapy backbone changed from FOLFOX to "
         "FOLFIRI, after restaging showed progression (new peritoneal nodules, growing liver "
         "lesions) on first-line FOLFOX-bevacizumab, in KRAS-mutant MSS ascending-colon cancer.",
         "Avastin label section 1 (Indications and Usage): metastatic colorectal cancer, 'in "
         "combination with fluoropyrimidine-irinotecan- or fluoropyrimidine-oxaliplatin-based "
         "chemotherapy for second-line treatment in patients who have progressed on a "
         "first-line Avastin-containing regimen'. Pivotal trial ML18147 (TML). Progression on "
         "bevacizumab is the labelled entry gate here, with a new fluoropyrimidine-irinotecan "
         "backbone: supported (judgement call: progression on the same drug, but the label "
         "names this continuation).",
         "Avastin 1: second line after progression on first-line Avastin - FOLFIRI backbone",
         "female", "1961-12-01", ("Fitzgerald", "Maeve"))
p = c.primary(cc((ICD, "C18.2")), "2025-04-14")
c.secondary(cc((ICD, "C78.7")), "2025-04-21")
c.secondary(cc((ICD, "C78.6")), "2026-05-18", note="New peritoneal nodules on CT.")
c.stage("2025-04-28", "cT4a cN2a cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.variant("2025-04-28", "HGNC:6407", c="c.35G>T", p="p.Gly12Val", profile=P_GRVAR)
c.marker(cc((LN, "81695-9")), "2025-04-28", vcc(text=MSS))
c.stmt(tcc("First-line FOLFOX (oxaliplatin/5-FU/leucovorin)"), "2025-05-05", end="2026-04-20")
c.cycles(BEV, "2025-11-03", 13, 14, "bevacizumab 5 mg/kg with FOLFOX", reason=p)
c.imaging("2026-05-18", "CT chest/abdomen/pelvis vs 2026-02-16: new peritoneal nodules "
          "(up to 1.4 cm); liver lesions sum 52 -> 71 mm. Progressive disease (RECIST 1.1).",
          title="CT restaging")
c.status("2026-05-18", WORSE, focus=p, text="Progressive disease on FOLFOX-bevacizumab")
c.ecog("2026-06-01", 1)
c.doc("Oncology note 2026-06-01: progression on first-line FOLFOX-bevacizumab. Second line: "
      "FOLFIRI with continued bevacizumab (TML approach).", "2026-06-01")
c.ask(hc("J9035", "Avastin 5 mg/kg q2w with FOLFIRI (second line)"), reason=p,
      dose="5 mg/kg IV every 2 weeks with FOLFIRI (irinotecan 180 mg/m2, 5-FU/LV)")

# c03 Avastin -> Zirabev (biosimilar) mid first line, partial response
c = case(3, "colorectal", "2026-03-23", svc(HCPCS, "Q5118"), S, None,
         "Bevacizumab-bvzr (Zirabev) - biosimilar switch mid first line",
         "Switch from Avastin to the biosimilar bevacizumab-bvzr (Zirabev), at the payer's "
         "request, after 10 cycles of first-line FOLFOX-bevacizumab for KRAS G13D-mutant rectal "
         "cancer with lung metastases; restaging shows a partial response.",
         "Zirabev label section 1 (Indications and Usage, as the reference product): metastatic "
         "colorectal cancer in combination with intravenous fluorouracil-based chemotherapy for "
         "first- or second-line treatment; section 2: 5 mg/kg every 2 weeks with "
         "fluorouracil-based chemotherapy until progression. Pivotal trials AVF2107g/NO16966 "
         "(reference product) and B7391003 (Zirabev comparative clinical study). Record: mCRC, "
         "first line with FOLFOX, partial response: supported.",
         "Zirabev 1: as Avastin, mCRC with IV fluorouracil-based chemo - PR, product switch",
         "male", "1966-02-08", ("Petrov", "Nikolai"))
p = c.primary(cc((ICD, "C20"), text="Adenocarcinoma of rectum, 9 cm from anal verge"),
              "2025-09-29")
c.secondary(cc((ICD, "C78.01")), "2025-10-06")
c.stage("2025-10-13", "cT3 cN1 cM1a (lung) - stage IVA", code=(AJCC, "4A"))
c.text_obs("KRAS/NRAS/BRAF (PCR)", "2025-10-13", "KRAS exon 2 p.G13D detected; NRAS, BRAF "
           "wild-type")
c.marker(cc((LN, "81695-9")), "2025-10-13", vcc(text=MSS))
c.cycles(OXALI, "2025-11-03", 10, 14, "FOLFOX: oxaliplatin 85 mg/m2")
c.cycles(BEV, "2025-11-03", 10, 14, "Avastin 5 mg/kg", reason=p)
c.imaging("2026-03-02", "CT chest/abdomen/pelvis: partial response - lung target lesions sum "
          "34 -> 19 mm; rectal primary smaller; no new lesions.", title="CT restaging")
c.status("2026-03-02", IMPROVED, focus=p)
c.ecog("2026-03-16", 0)
c.ask(hc("Q5118", "Zirabev (bevacizumab-bvzr) 5 mg/kg q2w with FOLFOX"), reason=p,
      intent="proposal", dose="5 mg/kg IV every 2 weeks with FOLFOX, cycles 11 onward")

# c04 MSI-H CRC: pembrolizumab IV -> Keytruda Qlex (SC) at month 9
QLEX = hc("J9277", "Keytruda Qlex 790 mg/9,600 units SC q6w", (NDC, "0006-5083-01"))
c = case(4, "colorectal", "2026-05-18", svc(HCPCS, "J9277"), S, None,
         "Pembrolizumab IV -> Keytruda Qlex (SC), MSI-H colorectal, month 9",
         "Switch of first-line pembrolizumab for MSI-H/dMMR metastatic ascending-colon cancer "
         "from IV (13 doses every 3 weeks) to subcutaneous pembrolizumab/berahyaluronidase "
         "(Keytruda Qlex) every 6 weeks at month 9, with an ongoing partial response.",
         "Keytruda Qlex label section 1 (Indications and Usage): first-line treatment of adults "
         "with unresectable or metastatic MSI-H or dMMR colorectal cancer as determined by an "
         "FDA-approved test; section 2 (Dosage and Administration): subcutaneous every 3 or 6 "
         "weeks, for MSI-H colorectal cancer until progression, unacceptable toxicity or up to "
         "24 months. Pivotal trials KEYNOTE-177 (first-line pembrolizumab) and MK-3475A-D77 (SC "
         "vs IV exposure). Record: MSI-H with MLH1/PMS2 loss, first line, month 9, partial "
         "response: supported.",
         "Keytruda Qlex 1: first-line MSI-H/dMMR CRC; 2: up to 24 months - month 9, PR",
         "female", "1952-10-19", ("Holm", "Ingrid"))
p = c.primary(cc((ICD, "C18.2"), text="Adenocarcinoma, ascending colon"), "2025-07-21")
c.secondary(cc((ICD, "C78.7")), "2025-07-28")
c.stage("2025-08-04", "pT4a N1 M1a (liver) - stage IVA", code=(AJCC, "4A"))
c.marker(cc((LN, "81695-9")), "2025-07-28", vcc(text="MSI-high (MSI-H)"),
         method="PCR (5 mononucleotide markers)")
c.text_obs("Mismatch repair IHC", "2025-07-28", "Loss of MLH1 and PMS2; MSH2, MSH6 retained",
           cat=None)
c.cycles(PEMBRO, "2025-08-18", 13, 21, "pembrolizumab 200 mg IV", reason=p)
c.imaging("2026-05-04", "CT chest/abdomen/pelvis: continued partial response (liver lesions "
          "-58% from baseline); no new lesions.", title="CT restaging")
c.status("2026-05-04", IMPROVED, focus=p)
c.ecog("2026-05-11", 0)
c.ask(QLEX, reason=p, dose="790 mg pembrolizumab / 9,600 units berahyaluronidase alfa SC "
      "every 6 weeks (total pembrolizumab not to exceed 24 months)")

# c05 encorafenib + cetuximab, second line, stable disease
c = case(5, "colorectal", "2026-08-24", svc(RX, "2049106"), S, None,
         "Encorafenib (with cetuximab) - continuation, stable disease",
         "Continuation of second-line encorafenib with cetuximab for BRAF V600E-mutant, MSS "
         "metastatic colon cancer after 6 months; restaging shows stable disease (-12%).",
         "Braftovi label section 1 (Indications and Usage): in combination with cetuximab for "
         "adults with metastatic colorectal cancer with a BRAF V600E mutation, as detected by "
         "an FDA-approved test, after prior therapy; section 2: 300 mg daily with cetuximab "
         "until disease progression or unacceptable toxicity. Pivotal trial BEACON CRC. Record: "
         "BRAF p.Val600Glu, progression on first-line FOLFOX, stable disease on "
         "encorafenib/cetuximab: supported.",
         "Braftovi 1: BRAF V600E mCRC after prior therapy, with cetuximab - stable",
         "male", "1967-05-05", ("Haddad", "Karim"))
p = c.primary(cc((SCT, "363406005"), text="Adenocarcinoma, transverse colon"), "2025-05-26")
c.secondary(cc((SCT, "94381002")), "2025-06-02")
c.stage("2025-06-09", "stage IVA (liver-only metastases)", code=(AJCC, "4A"))
c.variant("2025-06-09", "HGNC:1097", c="c.1799T>A", p="p.Val600Glu",
          report_title="Colorectal NGS panel (FDA-approved CDx)")
c.marker(cc((LN, "81695-9")), "2025-06-09", vcc(text=MSS))
c.stmt(tcc("First-line FOLFOX"), "2025-06-23", end="2026-01-12",
       note="Progression on CT 2026-01-19.")
c.fills(rx("2049106", text="Braftovi 75 mg capsule"), "2026-02-09", 7, 28, 112, unit="capsule")
c.cycles(CETUX, "2026-02-09", 14, 14, "cetuximab 500 mg/m2 every 2 weeks", reason=p)
c.imaging("2026-08-10", "CT chest/abdomen/pelvis: liver lesions sum 64 -> 56 mm (-12%); no "
          "new lesions. Stable disease (RECIST 1.1).", title="CT restaging")
c.ecog("2026-08-17", 1)
c.ask(rx("2049106", text="encorafenib 300 mg daily"),
      reason_code=cc((SCT, "363406005"), text="BRAF V600E metastatic colon cancer"),
      dose="300 mg orally once daily with cetuximab 500 mg/m2 every 2 weeks")

# c06 panitumumab + FOLFOX, RAS wild-type quoted only in the approval letter
c = case(6, "colorectal", "2026-07-13", svc(HCPCS, "J9303"), S, None,
         "Panitumumab (with FOLFOX) - renewal; RAS result quoted only in the approval letter",
         "Renewal of first-line panitumumab with FOLFOX for left-sided metastatic sigmoid "
         "cancer after 12 cycles with a partial response; the RAS result is not an Observation "
         "- the payer's original approval letter quotes the extended RAS panel (KRAS/NRAS "
         "exons 2-4 wild-type, assay, laboratory and dates).",
         "Vectibix label section 1 (Indications and Usage): wild-type RAS (wild-type in both "
         "KRAS and NRAS as determined by an FDA-approved test) metastatic colorectal cancer, in "
         "combination with FOLFOX for first-line treatment; limitation of use: not indicated "
         "for RAS-mutant mCRC or when RAS status is unknown. Pivotal trial PRIME. Record: RAS "
         "wild-type by the FDA-approved extended RAS panel, stated with specimen and report "
         "dates in the scanned letter; partial response: supported (judgement call: result "
         "documented only in a secondary document).",
         "Vectibix 1: RAS wild-type by FDA-approved test (quoted in the letter), with FOLFOX - PR",
         "female", "1970-03-15", ("Novak", "Eva"))
p = c.primary(cc((ICD, "C18.7")), "2025-12-01")
c.secondary(cc((ICD, "C78.7")), "2025-12-08")
c.stage("2025-12-15", "cT3 cN1b cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.letter("NORTHSTAR HEALTH PLAN - Prior Authorization Approval\nDate: 2026-01-12. Member: "
         "Novak, Eva. Auth # NS-26-00391.\nApproved: panitumumab (Vectibix) 6 mg/kg every 14 "
         "days with FOLFOX, 6 months.\nCriteria met: metastatic colorectal adenocarcinoma; RAS "
         "WILD-TYPE - KRAS and NRAS exons 2, 3 and 4 no mutation detected (Praxis Extended RAS "
         "Panel, FDA-approved), Lakeside Molecular Laboratory, specimen 2025-12-15, reported "
         "2025-12-29; BRAF V600E not detected. Left-sided primary.", "2026-01-12")
o = c.prior_order(hc("J9303", "Vectibix 6 mg/kg q2w"), "2026-01-14", reason=p)
c.cycles(hc("J9303", "Vectibix 6 mg/kg"), "2026-01-19", 12, 14, "panitumumab 6 mg/kg",
         reason=p, request=o)
c.cycles(OXALI, "2026-01-19", 12, 14, "FOLFOX: oxaliplatin 85 mg/m2")
c.imaging("2026-06-29", "CT chest/abdomen/pelvis: partial response - liver lesions sum 61 -> "
          "27 mm; no new lesions.", title="CT restaging")
c.ecog("2026-07-06", 1)
c.ask(hc("J9303", "Vectibix 6 mg/kg q2w with FOLFOX"), reason=p, prior=o,
      dose="6 mg/kg IV every 14 days with FOLFOX (oxaliplatin may be stopped for neuropathy)")

# c07 first-line pembrolizumab MSI-H, no restaging after 6 months
c = case(7, "colorectal", "2026-02-16", svc(HCPCS, "J9271"), ND, ["progression"],
         "Pembrolizumab MSI-H colorectal - re-authorisation with no restaging",
         "Re-authorisation of first-line pembrolizumab for dMMR metastatic ascending-colon "
         "cancer after 9 doses; no restaging imaging or response assessment has been done "
         "since the baseline CT.",
         "Keytruda label section 1 (Indications and Usage): first-line unresectable or "
         "metastatic MSI-H or dMMR colorectal cancer as determined by an FDA-approved test; "
         "section 2 (Dosage and Administration): until disease progression, unacceptable "
         "toxicity, or up to 24 months. Pivotal trial KEYNOTE-177. The original gates are "
         "documented; disease status on pembrolizumab is not: needs-documentation "
         "(progression).",
         "Keytruda 2: until progression (<=24 mo) - no restaging since baseline",
         "male", "1949-01-09", ("Dubois", "Henri"))
p = c.primary(cc((ICD, "C18.2")), "2025-07-07")
c.secondary(cc((ICD, "C78.7")), "2025-07-14")
c.stage("2025-07-21", "stage IVA (liver)", code=(AJCC, "4A"))
c.text_obs("Mismatch repair IHC", "2025-07-14", "Loss of MSH2 and MSH6 (dMMR)", cat=None)
c.marker(cc((LN, "81695-9")), "2025-07-14", vcc(text="MSI-H"))
c.imaging("2025-07-21", "Baseline CT: 4 liver metastases (largest 3.3 cm).",
          title="Baseline CT")
c.cycles(PEMBRO, "2025-08-04", 9, 21, "pembrolizumab 200 mg", reason=p)
c.doc("Oncology note 2026-02-09: 9 doses of pembrolizumab; clinically well, CEA not "
      "repeated. Restaging CT was not scheduled after dose 4 (order lost); re-authorisation "
      "due. Will book CT.", "2026-02-09")
c.ask(PEMBRO, reason=p, dose="200 mg IV every 3 weeks, 6 further months")

# c08 panitumumab monotherapy renewal; letter without a RAS result
c = case(8, "colorectal", "2026-10-12", svc(HCPCS, "J9303"), ND, ["ras"],
         "Panitumumab monotherapy - renewal; RAS only in a letter without a result",
         "Renewal of third-line single-agent panitumumab for metastatic rectal cancer (liver, "
         "lung) after progression on FOLFOX and FOLFIRI-bevacizumab; stable disease. No RAS "
         "result is in the chart; the payer's approval letter lists diagnosis codes only.",
         "Vectibix label section 1 (Indications and Usage): wild-type RAS metastatic colorectal "
         "cancer (KRAS and NRAS wild-type by an FDA-approved test) as monotherapy following "
         "progression after fluoropyrimidine-, oxaliplatin- and irinotecan-containing "
         "chemotherapy; limitation of use: not indicated when RAS status is unknown. Pivotal "
         "trial 20020408 (and ASPECCT). Prior lines and disease status are documented; the RAS "
         "result is absent: needs-documentation (ras).",
         "Vectibix 1: RAS wild-type required - letter gives no result",
         "male", "1958-09-09", ("Reyes", "Antonio"))
p = c.primary(cc((ICD, "C20")), "2024-09-16")
c.secondary(cc((ICD, "C78.7")), "2024-09-23")
c.secondary(cc((ICD, "C78.01")), "2025-04-14")
c.stage("2024-09-30", "cT3 cN2 cM1b (liver, lung) - stage IVB", code=(SCT, "1222837003"))
c.stmt(tcc("First-line FOLFOX"), "2024-10-07", end="2025-04-07",
       note="Progression 2025-04 (lung).")
c.stmt(tcc("Second-line FOLFIRI + bevacizumab"), "2025-05-05", end="2026-04-06",
       note="Progression 2026-04.")
c.letter("GREAT LAKES CARE - AUTHORIZATION NOTICE\n2026-04-27. Member: Reyes, Antonio. "
         "Ref GLC-PA-771204.\nItem: panitumumab (J9303) 6 mg/kg every 2 weeks, 6 months.\n"
         "Diagnoses: C20, C78.7, C78.01.\nStatus: APPROVED.", "2026-04-27")
c.cycles(hc("J9303", "Vectibix 6 mg/kg"), "2026-05-04", 11, 14, "panitumumab 6 mg/kg",
         reason=p)
c.imaging("2026-09-28", "CT chest/abdomen/pelvis: stable disease.", title="CT restaging")
c.ecog("2026-10-05", 1)
c.ask(hc("J9303", "Vectibix 6 mg/kg q2w"), reason=p, intent="proposal",
      dose="6 mg/kg IV every 14 days, 6 further months")

# c09 adjuvant capecitabine cycles 5-8; pathological stage not in the record
C500 = rx("194000", "200328", text="capecitabine 500 mg tablet")
C500["coding"].append(coding(*ndc("00093747489")))
c = case(9, "colorectal", "2026-04-27", svc(RX, "194000"), ND, ["stage"],
         "Capecitabine adjuvant - cycles 5-8, pathological stage absent",
         "Re-authorisation of adjuvant capecitabine for cycles 5-8 after right hemicolectomy at "
         "an outside hospital for an ascending-colon adenocarcinoma; the surgical pathology "
         "(T, N, node count) and stage were never filed.",
         "Xeloda label section 1 (Indications and Usage): adjuvant treatment of adults with stage "
         "III colon cancer, as a single agent or as a component of a combination regimen; "
         "section 2: adjuvant course of 8 cycles (24 weeks). Pivotal trial X-ACT (Dukes C). "
         "Resection and cycles 1-4 are documented; the stage III gate is absent: "
         "needs-documentation (stage).",
         "Xeloda 1: adjuvant stage III colon - stage absent",
         "female", "1957-06-04", ("Olsen", "Karin"))
p = c.primary(cc((ICD, "C18.2")), "2025-11-24")
c.proc(cc((CPT, "44160")), "2025-12-15", reason=p,
       note="Performed at an outside hospital; operative note on file, pathology to follow.")
c.lab(cc((LN, "2039-6")), "2026-01-12", qty(1.8, "ng/mL", "ng/mL"))
c.fills(C500, "2026-01-19", 4, 21, 112)
c.doc("Oncology note 2026-04-20: adjuvant capecitabine 1,250 mg/m2 BID d1-14 q21d, 4 cycles "
      "done, hand-foot grade 1. Outside surgical pathology report (T/N, lymph nodes) still not "
      "received despite two requests; patient reports 'cancer in some lymph nodes'.",
      "2026-04-20")
c.ecog("2026-04-20", 0)
c.ask(C500, reason_code=cc((ICD, "C18.2")), dose="1,250 mg/m2 orally twice daily, days 1-14 every 21 days, cycles "
      "5-8")

# c10 first-line pembrolizumab MSI-H beyond 24 months
c = case(10, "colorectal", "2026-09-14", svc(HCPCS, "J9271"), RR, None,
         "Pembrolizumab MSI-H colorectal - continuation beyond 24 months",
         "Request to continue pembrolizumab past 24 months (started 2024-08-12, last dose "
         "2026-08-03) for MSI-H metastatic sigmoid cancer in complete response, 'to consolidate "
         "the response'.",
         "Keytruda label section 2 (Dosage and Administration): for MSI-H/dMMR colorectal cancer "
         "until disease progression, unacceptable toxicity, or up to 24 months. Pivotal trial "
         "KEYNOTE-177 (up to 35 cycles). Twenty-four months are documented as complete; "
         "further doses contradict the labelled maximum: refer-to-reviewer.",
         "Keytruda 2: 'up to 24 months' - 24 months done",
         "female", "1955-03-03", ("McAllister", "Fiona"))
p = c.primary(cc((ICD, "C18.7")), "2024-07-08")
c.secondary(cc((ICD, "C78.7")), "2024-07-15")
c.secondary(cc((ICD, "C78.6")), "2024-07-15")
c.stage("2024-07-22", "cT4a cN2 cM1c (liver, peritoneum) - stage IVC",
        code=(SCT, "1222837003"))
c.marker(cc((LN, "81695-9")), "2024-07-15", vcc(text="MSI-H"))
c.stmt(PEMBRO, "2024-08-12", end="2026-08-03",
       note="Pembrolizumab 200 mg q3w, 35 doses over 24 months.")
c.cycles(PEMBRO, "2026-04-20", 6, 21, "pembrolizumab 200 mg", first=30, reason=p)
c.imaging("2026-08-24", "CT chest/abdomen/pelvis: no residual disease - complete response "
          "maintained.", title="CT restaging")
c.status("2026-08-24", NED, focus=p, text="Complete response")
c.ask(PEMBRO, reason=p, intent="proposal", dose="200 mg IV every 3 weeks, 12 further months")

# c11 encorafenib + cetuximab, progression
c = case(11, "colorectal", "2026-07-27", svc(RX, "2049106"), RR, None,
         "Encorafenib (with cetuximab) - continuation after progression",
         "Request to continue encorafenib with cetuximab although restaging shows new lung "
         "nodules and a 38% increase of liver metastases after 10 months, in BRAF V600E "
         "metastatic colon cancer.",
         "Braftovi label section 2 (Dosage and Administration): with cetuximab until disease "
         "progression or unacceptable toxicity. Pivotal trial BEACON CRC (treatment to "
         "progression). Documented progression on encorafenib/cetuximab contradicts the "
         "continuation gate (treatment beyond progression): refer-to-reviewer.",
         "Braftovi 2: until progression - new lung nodules, liver +38%",
         "female", "1962-11-11", ("Kaur", "Simran"))
p = c.primary(cc((ICD, "C18.2")), "2025-02-10")
c.secondary(cc((ICD, "C78.7")), "2025-02-17")
c.secondary(cc((ICD, "C78.01"), text="New lung metastases"), "2026-07-13")
c.variant("2025-02-24", "HGNC:1097", c="c.1799T>A", p="p.Val600Glu", profile=P_GRVAR,
          text="BRAF V600E")
c.stmt(tcc("First-line FOLFOXIRI + bevacizumab"), "2025-03-10", end="2025-08-25")
c.stmt(rx("2049106", text="encorafenib 300 mg daily"), "2025-09-15")
c.cycles(CETUX, "2026-05-04", 6, 14, "cetuximab 500 mg/m2", reason=p)
c.imaging("2026-07-13", "CT chest/abdomen/pelvis vs 2026-04-13: four new lung nodules (up to "
          "1.3 cm); liver metastases sum 42 -> 58 mm (+38%). Progressive disease.",
          title="CT restaging")
c.status("2026-07-13", WORSE, focus=p)
c.ask(rx("2049106", text="encorafenib 300 mg daily"), reason=p,
      dose="continue 300 mg daily with cetuximab")

# c12 adjuvant capecitabine beyond 8 cycles
C500b = rx("194000", "200328", text="capecitabine 500 mg tablet")
c = case(12, "colorectal", "2026-05-11", svc(RX, "194000"), RR, None,
         "Capecitabine adjuvant - cycles 9-12 after the 8-cycle course",
         "Request for 4 more cycles of adjuvant capecitabine, 'to complete 12 months', after 8 "
         "cycles (24 weeks) were completed for resected stage IIIB sigmoid cancer; CEA normal, "
         "no recurrence.",
         "Xeloda label section 1 (Indications and Usage): adjuvant treatment of stage III colon "
         "cancer; section 2 (Dosage and Administration): the adjuvant single-agent course is 8 "
         "cycles (24 weeks, the '6 months' of earlier labels). Pivotal trial X-ACT (24 weeks). "
         "Eight cycles are documented; cycles 9-12 contradict the labelled duration: "
         "refer-to-reviewer.",
         "Xeloda 2: adjuvant 8 cycles - cycles 9-12 asked",
         "male", "1960-07-17", ("Nakamura", "Kenji"))
p = c.primary(cc((ICD, "C18.7")), "2025-09-08")
c.proc(cc((CPT, "44204")), "2025-10-06", reason=p)
c.nodes("2025-10-06", 3, 18, issued="2025-10-13")
c.tnm("2025-10-06", "pT3", "pN1b (3/18)", path=True, issued="2025-10-13")
c.stage("2025-10-06", "pT3 pN1b cM0 - stage IIIB", code=(AJCC, "3B"), path=True,
        issued="2025-10-13")
c.fills(C500b, "2025-11-10", 8, 21, 112)
c.lab(cc((LN, "2039-6")), "2026-04-27", qty(1.4, "ng/mL", "ng/mL"))
c.doc("Oncology note 2026-05-04: completed 8 cycles of adjuvant capecitabine (last cycle "
      "started 2026-04-06). Tolerated well. Requests 4 more cycles to make 12 months of "
      "adjuvant therapy.", "2026-05-04")
c.ask(C500b, reason=p, intent="proposal", dose="1,250 mg/m2 BID d1-14 q21d, cycles 9-12")

# ================================================================ PROSTATE
XT = rx("1307298", text="Xtandi 80 mg tablet")
XT["coding"].append(coding(*ndc("00469072560")))

# p01 enzalutamide for mCSPC, continuation with PSA < 0.05 and stable bone scan
c = case(1, "prostate", "2026-04-20", svc(RX, "1307298"), S, None,
         "Enzalutamide (mCSPC) - annual re-authorisation, PSA undetectable",
         "Annual re-authorisation of enzalutamide with leuprolide for metastatic "
         "castration-sensitive prostate cancer (bone); PSA 48.2 -> <0.05 ng/mL and the "
         "restaging bone scan is stable.",
         "Xtandi label section 1 (Indications and Usage): metastatic castration-sensitive "
         "prostate cancer (also castration-resistant, and non-metastatic castration-sensitive "
         "with high-risk biochemical recurrence); section 2: 160 mg daily, with a GnRH analogue "
         "unless orchiectomy. Pivotal trial ARCHES. Record: bone metastases, hormone-sensitive "
         "on ADT, PSA undetectable, bone scan stable: supported.",
         "Xtandi 1: mCSPC - PSA <0.05, scan stable",
         "male", "1955-12-09", ("Walsh", "Patrick"))
p = c.primary(cc((ICD, "C61")), "2025-02-17")
c.secondary(cc((SCT, "94222008"), text="Bone metastases (pelvis, L4, ribs)"), "2025-02-24")
c.cond(cc((ICD, "Z19.1")), "2025-02-24")
c.stage("2025-02-24", "cT3a cN0 cM1b - stage IVB", code=(SCT, "1222837003"))
c.cycles(LEUP, "2025-03-03", 5, 84, "leuprolide depot 22.5 mg (3-month)", label="Injection")
c.fills(XT, "2025-04-07", 13, 30, 60)
for d, v, cmp_ in (("2025-02-17", 48.2, None), ("2025-07-14", 3.1, None),
                   ("2025-10-13", 0.08, None), ("2026-04-06", 0.05, "<")):
    c.psa(d, v, comparator=cmp_)
c.proc(cc((CPT, "78306")), "2026-04-06", reason=p,
       note="Bone scan: known pelvic/L4/rib lesions stable; no new lesion.")
c.status("2026-04-06", STABLE, focus=p, evidence="PSA and bone scan")
c.ecog("2026-04-13", 0)
c.ask(XT, reason_code=cc((ICD, "C61")), dose="160 mg (2 x 80 mg) orally once daily with ADT, 12 months")

# p02 leuprolide continued at the transition to CRPC (abiraterone added)
c = case(2, "prostate", "2026-07-06", svc(HCPCS, "J9217"), S, None,
         "Leuprolide - continuation of ADT after progression to castration resistance",
         "Continuation of leuprolide depot after progression to metastatic castration-resistant "
         "disease on ADT (PSA 2.1 -> 9.8 with castrate testosterone, new bone lesions); "
         "abiraterone with prednisone has just been started and the GnRH agonist is to "
         "continue.",
         "Lupron Depot label section 1 (Indications and Usage): palliative treatment of "
         "advanced prostatic cancer (no progression stop rule); Zytiga label section 2: "
         "'Patients receiving ZYTIGA should also receive a gonadotropin-releasing hormone "
         "(GnRH) analog concurrently or should have had bilateral orchiectomy.' Pivotal trial "
         "COU-AA-302 (abiraterone with continued ADT). Progression on ADT does not end the ADT "
         "indication: supported (judgement call: progression on the same drug, but castration "
         "is maintained by design).",
         "Lupron 1: advanced prostate cancer; Zytiga 2: GnRH analogue must continue - CRPC",
         "male", "1948-10-10", ("Fischer", "Werner"))
p = c.primary(cc((SCT, "399068003"), (ICD, "C61")), "2022-03-07")
c.secondary(cc((ICD, "C79.51")), "2022-03-14")
c.cond(cc((ICD, "Z19.2")), "2026-06-22", cat="encounter-diagnosis")
c.stmt(LEUP, "2022-03-21", note="Leuprolide depot 22.5 mg every 12 weeks since diagnosis.")
c.cycles(LEUP, "2025-01-13", 7, 84, "leuprolide depot 22.5 mg", label="Injection",
         reason=p)
for d, v in (("2026-01-12", 2.1), ("2026-03-30", 4.6), ("2026-06-15", 9.8)):
    c.psa(d, v)
c.lab(cc((LN, "2986-8")), "2026-06-15", qty(12, "ng/dL", "ng/dL"),
      note="Castrate (<50 ng/dL).")
c.proc(cc((CPT, "78306")), "2026-06-15", reason=p,
       note="Bone scan: two new lesions (T9, left femur).")
c.status("2026-06-15", WORSE, focus=p, text="Progression to castration resistance")
c.prior_order(rx("1100072", text="abiraterone 1,000 mg daily with prednisone 5 mg BID"),
              "2026-06-29", status="active", reason=p)
c.ask(hc("J9217", "leuprolide acetate depot 22.5 mg q12w"), reason=p,
      dose="22.5 mg IM every 12 weeks (continue ADT alongside abiraterone)")

# p03 intermittent ADT: triptorelin restart after a treatment holiday
c = case(3, "prostate", "2026-09-07", svc(HCPCS, "J3315"), S, None,
         "Triptorelin - restart after an intermittent-ADT holiday",
         "Restart of triptorelin after a 12-month treatment holiday (intermittent ADT) for "
         "pelvic node-positive (N1 M0) prostate cancer; PSA has risen 0.2 -> 11.6 ng/mL, above "
         "the pre-agreed restart threshold of 10.",
         "Trelstar label section 1 (Indications and Usage): palliative treatment of advanced "
         "prostate cancer; section 2: 11.25 mg every 12 weeks (no limit on courses). Pivotal "
         "trial NCIC CTG PR.7 (intermittent ADT non-inferior, restart at PSA above 10). "
         "Record: stage IVA (N1), prior 9-month course, PSA 11.6 off treatment: supported "
         "(judgement call: the label is silent on intermittent schedules).",
         "Trelstar 1: advanced prostate cancer - restart after holiday at PSA 11.6",
         "male", "1950-04-18", ("Lindgren", "Sven"))
p = c.primary(cc((ICD, "C61")), "2016-05-09")
c.stmt(tcc("Definitive IMRT with 6 months ADT (2016)"), "2016-06-06", end="2016-12-05")
c.stage("2024-11-18", "rT0 N1 (pelvic nodes on PSMA PET) M0 - stage IVA", code=(AJCC, "4A"))
c.cycles(hc("J3315", "Trelstar 11.25 mg"), "2024-12-02", 3, 84, "triptorelin 11.25 mg",
         label="Injection", reason=p)
for d, v in (("2024-11-11", 14.2), ("2025-08-11", 0.2), ("2026-02-09", 0.9),
             ("2026-05-11", 3.8), ("2026-08-17", 11.6)):
    c.psa(d, v)
c.lab(cc((LN, "2986-8")), "2026-08-17", qty(310, "ng/dL", "ng/dL"))
c.doc("Urology note 2026-08-24: intermittent ADT (PR.7 schedule). Off triptorelin since "
      "2025-08 (9-month course, PSA nadir 0.2). PSA now 11.6, above the restart threshold of "
      "10. Restart triptorelin 11.25 mg every 12 weeks.", "2026-08-24")
c.ask(hc("J3315", "triptorelin pamoate 11.25 mg q12w"), reason=p, intent="proposal",
      dose="11.25 mg IM every 12 weeks (new intermittent course)")

# p04 olaparib for BRCA2 mCRPC, PSA and nodal response
c = case(4, "prostate", "2026-03-02", svc(RX, "1597582"), S, None,
         "Olaparib (BRCA2 mCRPC) - continuation after response",
         "Continuation of olaparib for somatic BRCA2-mutated metastatic castration-resistant "
         "prostate cancer after progression on enzalutamide; PSA 38 -> 2.9 ng/mL and nodal "
         "partial response after 9 months; ADT continues.",
         "Lynparza label section 1 (Indications and Usage): deleterious or suspected deleterious "
         "germline or somatic HRR gene-mutated mCRPC, as detected by an FDA-approved test, "
         "after progression on prior enzalutamide or abiraterone; section 2: 300 mg twice daily "
         "until disease progression or unacceptable toxicity, with a GnRH analogue. Pivotal "
         "trial PROfound. Record: BRCA2 frameshift, prior enzalutamide with progression, "
         "castrate on leuprolide, response: supported.",
         "Lynparza 1: HRR-mutated mCRPC after enzalutamide; 2: until progression - PSA/nodal PR",
         "male", "1953-03-22", ("Abara", "Emeka"))
p = c.primary(cc((ICD, "C61")), "2022-09-12")
c.secondary(cc((ICD, "C79.51")), "2023-11-06")
c.cond(cc((ICD, "Z19.2")), "2024-02-19")
c.stmt(LEUP, "2022-10-03")
c.stmt(rx("1307298", text="enzalutamide 160 mg"), "2024-03-04", end="2025-05-19",
       note="Stopped for radiographic and PSA progression.")
c.variant("2025-05-26", "HGNC:1101", c="c.5946del", p="p.Ser1982ArgfsTer22", profile=P_GRVAR,
          text="somatic (tumour tissue, FoundationOne CDx)",
          report_title="Tumour NGS (FoundationOne CDx)")
c.fills(rx("1597582", text="Lynparza 150 mg tablet"), "2025-06-09", 10, 28, 112)
for d, v in (("2025-06-02", 38.0), ("2025-09-08", 9.4), ("2026-02-09", 2.9)):
    c.psa(d, v)
c.imaging("2026-02-16", "CT abdomen/pelvis and bone scan: retroperitoneal nodes 2.4 -> 1.1 cm "
          "(partial response); bone lesions stable, no new lesions.", title="CT and bone scan")
c.status("2026-02-16", IMPROVED, focus=p)
c.ecog("2026-02-23", 1)
c.ask(rx("1597582", text="olaparib 300 mg BID"), reason=p,
      dose="300 mg orally twice daily with continued ADT")

# p05 apalutamide nmCRPC, dose reduced to 180 mg after grade 3 rash
ER60 = rx("1999574", text="Erleada 60 mg tablet")
ER60["coding"].append(coding(*ndc("59676-600-12")))
ER240 = rx("1999574", text="Erleada 240 mg tablet")
ER240["coding"].append(coding(*ndc("59676-604-30")))
c = case(5, "prostate", "2026-05-25", svc(RX, "1999574"), S, None,
         "Apalutamide (nmCRPC) - dose change to 180 mg after grade 3 rash",
         "Request to continue apalutamide at 180 mg daily (3 x 60 mg) after a grade 3 rash "
         "resolved on a 2-week hold, for non-metastatic castration-resistant prostate cancer "
         "(PSA doubling time 5 months before start); conventional imaging still negative.",
         "Erleada label section 1 (Indications and Usage): non-metastatic castration-resistant "
         "prostate cancer (and metastatic castration-sensitive); section 2 (Dosage and "
         "Administration): for grade 3 or higher toxicity hold until grade 1 or less, then "
         "resume at the same or a reduced dose (180 mg or 120 mg). Pivotal trial SPARTAN. "
         "Record: castrate testosterone on leuprolide with PSA rise, M0 on CT and bone scan, "
         "label dose-reduction step: supported.",
         "Erleada 1: nmCRPC; 2: resume at 180 mg after grade 3 toxicity - M0 on imaging",
         "male", "1946-06-30", ("Kovacs", "Laszlo"))
p = c.primary(cc((ICD, "C61")), "2019-01-21")
c.cond(cc((ICD, "Z19.2")), "2024-09-16")
c.stmt(LEUP, "2021-04-12", note="Continuous ADT for PSA recurrence after RT.")
for d, v in (("2024-05-13", 4.1), ("2024-09-09", 7.9), ("2026-04-27", 0.4)):
    c.psa(d, v)
c.lab(cc((LN, "2986-8")), "2026-04-27", qty(14, "ng/dL", "ng/dL"))
c.stmt(rx("1999574", text="apalutamide 240 mg daily"), "2024-10-07")
c.fills(ER240, "2026-02-02", 3, 30, 30)
c.imaging("2026-04-27", "CT chest/abdomen/pelvis and bone scan: no nodal, visceral or osseous "
          "metastasis.", title="CT and bone scan")
c.doc("Note 2026-05-18: grade 3 maculopapular rash (30% BSA) on apalutamide 240 mg from "
      "2026-05-04; held, topical steroids; now grade 1. Resume at reduced dose 180 mg daily per "
      "label.", "2026-05-18")
c.ask(ER60, reason=p, intent="proposal", dose="180 mg (3 x 60 mg tablets) orally once daily")

# p06 Lu-177 PSMA: doses 4-6 after PSA decline
LU = hc("A9607", "Pluvicto 7.4 GBq (200 mCi)")
c = case(6, "prostate", "2026-06-29", svc(HCPCS, "A9607"), S, None,
         "Lu-177 vipivotide tetraxetan - doses 4-6 after response",
         "Re-authorisation of doses 4-6 of lutetium Lu 177 vipivotide tetraxetan for "
         "PSMA-positive mCRPC after abiraterone and docetaxel; PSA 86 -> 22 ng/mL (-74%) on "
         "treatment after 3 doses given.",
         "Pluvicto label section 1 (Indications and Usage): PSMA-positive mCRPC treated with an "
         "androgen receptor pathway inhibitor and taxane-based chemotherapy (or ARPI when "
         "delaying taxane is appropriate); section 2 (Dosage and Administration): 7.4 GBq every "
         "6 weeks for up to a total of 6 doses, or until disease progression or unacceptable "
         "toxicity. Pivotal trial VISION. Record: PSMA PET positive, prior abiraterone and "
         "docetaxel, 3 doses given, PSA falling: supported.",
         "Pluvicto 2: 'up to a total of 6 doses' - doses 4-6, PSA -74%",
         "male", "1951-09-13", ("Ruiz", "Javier"))
p = c.primary(cc((ICD, "C61")), "2020-02-10")
c.secondary(cc((ICD, "C79.51")), "2023-03-06")
c.cond(cc((ICD, "Z19.2")), "2023-08-14")
c.stmt(rx("1100072", text="abiraterone 1,000 mg + prednisone"), "2023-09-04", end="2025-01-27",
       note="Stopped for progression.")
c.cycles(DOCE, "2025-03-03", 6, 21, "docetaxel 75 mg/m2")
c.proc(cc((CPT, "78815"), text="PSMA PET/CT"), "2026-02-09", reason=p,
       note="PSMA-avid bone and nodal lesions; no PSMA-negative measurable lesions (VISION "
            "criteria met).")
o = c.prior_order(LU, "2026-02-23", reason=p, note="Original order: doses 1-3 authorised.")
c.cycles(LU, "2026-03-02", 3, 42, "Lu-177 vipivotide tetraxetan 7.4 GBq", label="Dose",
         reason=p, request=o)
for d, v in (("2026-02-23", 86.0), ("2026-04-06", 41.0), ("2026-05-18", 22.0)):
    c.psa(d, v)
c.ecog("2026-06-22", 1)
c.ask(LU, reason=p, prior=o, dose="7.4 GBq IV every 6 weeks, doses 4, 5 and 6")

# p07 Lu-177 PSMA: dose 4 asked, no PSA or imaging since baseline
c = case(7, "prostate", "2026-10-05", svc(HCPCS, "A9607"), ND, ["progression"],
         "Lu-177 vipivotide tetraxetan - doses 4-6 with no response assessment",
         "Re-authorisation of doses 4-6 of Lu-177 vipivotide tetraxetan for PSMA-positive "
         "mCRPC; no PSA has been measured and no imaging done since the pre-treatment baseline "
         "(standing laboratory order lapsed).",
         "Pluvicto label section 2 (Dosage and Administration): every 6 weeks for up to a total "
         "of 6 doses, or until disease progression; section 1 indication gates (PSMA-positive "
         "mCRPC after ARPI and taxane). Pivotal trial VISION. Indication gates are documented; "
         "the disease status on treatment is not: needs-documentation (progression).",
         "Pluvicto 2: until progression - no PSA/imaging since baseline",
         "male", "1949-12-28", ("Hughes", "Gareth"))
p = c.primary(cc((ICD, "C61")), "2019-06-17")
c.secondary(cc((ICD, "C79.51")), "2022-10-10")
c.cond(cc((ICD, "Z19.2")), "2023-01-16")
c.stmt(rx("1307298", text="enzalutamide"), "2023-02-06", end="2025-06-30")
c.stmt(tcc("docetaxel 75 mg/m2 x6"), "2025-08-04", end="2025-11-17")
c.proc(cc((CPT, "78815"), text="PSMA PET/CT"), "2026-05-11", reason=p,
       note="PSMA-positive disease, VISION criteria met.")
c.psa("2026-05-18", 54.0)
c.cycles(LU, "2026-06-01", 3, 42, "Lu-177 vipivotide tetraxetan 7.4 GBq", label="Dose",
         reason=p)
c.doc("Nuclear medicine note 2026-09-28: doses 1-3 given (last 2026-08-24). PSA was not "
      "drawn after any dose - standing order lapsed; no interim imaging. Patient reports less "
      "bone pain. Requesting doses 4-6.", "2026-09-28")
c.ask(LU, reason=p, intent="proposal", dose="7.4 GBq IV every 6 weeks, doses 4-6")

# p08 olaparib renewal; HRR only in a letter without a gene result
c = case(8, "prostate", "2026-08-31", svc(RX, "1597582"), ND, ["hrr"],
         "Olaparib (mCRPC) - renewal; HRR status only in a letter without a result",
         "Renewal of olaparib for mCRPC after 6 months (PSA 31 -> 12 ng/mL) following "
         "progression on abiraterone; no HRR gene result is in the chart and the payer's "
         "approval letter mentions only 'mCRPC after prior novel hormonal agent'.",
         "Lynparza label section 1 (Indications and Usage): deleterious or suspected deleterious "
         "germline or somatic HRR gene-mutated mCRPC, as detected by an FDA-approved test, "
         "after progression on enzalutamide or abiraterone. Pivotal trial PROfound (HRR-mutated "
         "cohorts only). Castration resistance, prior abiraterone and response are "
         "documented; the HRR gene mutation is not: needs-documentation (hrr).",
         "Lynparza 1: HRR gene-mutated mCRPC - no HRR result (letter silent)",
         "male", "1952-02-02", ("Moreau", "Luc"))
p = c.primary(cc((ICD, "C61")), "2021-04-12")
c.secondary(cc((ICD, "C79.51")), "2023-05-15")
c.cond(cc((ICD, "Z19.2")), "2024-05-20")
c.stmt(LEUP, "2021-05-03")
c.stmt(rx("1100072", text="abiraterone + prednisone"), "2024-06-03", end="2025-12-15",
       note="Stopped for PSA and radiographic progression.")
c.letter("SUMMIT HEALTH ALLIANCE - Specialty drug prior authorization\n2026-02-23. Member: "
         "Moreau, Luc. PA# SHA-0226-5512.\nDrug: olaparib 300 mg twice daily (Lynparza), 6 "
         "months.\nDiagnosis: C61, C79.51. Rationale: meets criteria - metastatic "
         "castration-resistant prostate cancer after prior novel hormonal agent.\nDecision: "
         "APPROVED.", "2026-02-23")
c.fills(rx("1597582", text="Lynparza 150 mg tablet"), "2026-03-02", 6, 28, 112)
for d, v in (("2026-02-16", 31.0), ("2026-05-11", 17.5), ("2026-08-10", 12.0)):
    c.psa(d, v)
c.ecog("2026-08-24", 1)
c.ask(rx("1597582", text="olaparib 300 mg BID"), reason=p, dose="300 mg BID, 6 months")

# p09 apalutamide, M0, castration status never documented
c = case(9, "prostate", "2026-06-15", svc(RX, "1999574"), ND, ["castration"],
         "Apalutamide (M0) - renewal; castration resistance not documented",
         "Renewal of apalutamide started by an outside urologist for a rising PSA after radical "
         "prostatectomy, with negative CT and bone scan; there is no ADT history, no "
         "testosterone level and no castration-resistance diagnosis in the record.",
         "Erleada label section 1 (Indications and Usage): metastatic castration-sensitive "
         "prostate cancer and non-metastatic castration-resistant prostate cancer; non-"
         "metastatic castration-sensitive disease is not an indication. Pivotal trial SPARTAN "
         "(nmCRPC on continuous ADT). With M0 disease, castration resistance decides, and it "
         "is absent: needs-documentation (castration).",
         "Erleada 1: M0 requires castration resistance - castration status absent",
         "male", "1951-08-08", ("Sorensen", "Erik"))
p = c.primary(cc((ICD, "C61")), "2015-02-09")
c.proc(cc((CPT, "55866")), "2015-03-16", reason=p)
for d, v in (("2025-05-12", 2.4), ("2025-08-11", 5.9), ("2026-06-01", 1.1)):
    c.psa(d, v)
c.imaging("2025-08-18", "CT chest/abdomen/pelvis and bone scan: no evidence of metastatic "
          "disease.", title="CT and bone scan")
c.fills(rx("1999574", text="Erleada 240 mg tablet"), "2025-09-01", 9, 30, 30)
c.doc("Transfer note 2026-06-08: on apalutamide 240 mg since 2025-09 (outside urology) for "
      "PSA recurrence after prostatectomy; whether ADT was given is not known - outside "
      "records requested. No testosterone on file.", "2026-06-08", kind="11488-4")
c.ask(rx("1999574", text="apalutamide 240 mg"), dose="240 mg daily, 6 months")

# p10 apalutamide nmCRPC, now new bone metastases (mCRPC)
c = case(10, "prostate", "2026-03-16", svc(RX, "1999574"), RR, None,
         "Apalutamide - continuation after progression to metastatic CRPC",
         "Request to continue apalutamide after the restaging bone scan and CT show three new "
         "bone metastases (T10, L2, right ilium) with PSA 0.9 -> 8.7 ng/mL in a man treated for "
         "non-metastatic CRPC since 2024.",
         "Erleada label section 1 (Indications and Usage): metastatic castration-sensitive and "
         "non-metastatic castration-resistant prostate cancer only; metastatic "
         "castration-resistant disease is neither. Pivotal trial SPARTAN (endpoint "
         "metastasis-free survival; treatment to progression). New metastases on apalutamide "
         "contradict both the indication and the continuation gate: refer-to-reviewer.",
         "Erleada 1: nmCRPC/mCSPC only - now mCRPC on apalutamide",
         "male", "1947-11-05", ("Bauer", "Klaus"))
p = c.primary(cc((ICD, "C61")), "2017-09-04")
c.cond(cc((ICD, "Z19.2")), "2024-05-13")
c.secondary(cc((ICD, "C79.51"), text="New bone metastases T10, L2, right ilium"), "2026-03-02")
c.stmt(LEUP, "2019-02-04")
c.stmt(rx("1999574", text="apalutamide 240 mg daily"), "2024-06-03")
for d, v in (("2025-09-08", 0.9), ("2025-12-08", 3.4), ("2026-02-23", 8.7)):
    c.psa(d, v)
c.proc(cc((CPT, "78306")), "2026-03-02", reason=p,
       note="New uptake T10, L2 and right ilium, confirmed as sclerotic metastases on CT.")
c.status("2026-03-02", WORSE, focus=p, text="Progression to metastatic CRPC")
c.ask(rx("1999574", text="apalutamide 240 mg"), reason=p, intent="proposal",
      dose="continue 240 mg daily")

# p11 Lu-177 PSMA: doses 7-8 asked after 6 doses
c = case(11, "prostate", "2026-11-23", svc(HCPCS, "A9607"), RR, None,
         "Lu-177 vipivotide tetraxetan - doses 7-8 after the 6-dose course",
         "Request for two further doses of Lu-177 vipivotide tetraxetan after all 6 labelled "
         "doses were given (February - September 2026) with a deep PSA response, for "
         "PSMA-positive mCRPC.",
         "Pluvicto label section 2 (Dosage and Administration): 7.4 GBq every 6 weeks for up to a "
         "total of 6 doses. Pivotal trial VISION (up to 6 cycles). Six doses are documented; "
         "doses 7-8 contradict the labelled maximum: refer-to-reviewer.",
         "Pluvicto 2: 'up to a total of 6 doses' - doses 7-8 asked",
         "male", "1950-05-15", ("Nowak", "Tomasz"))
p = c.primary(cc((ICD, "C61")), "2018-01-15")
c.secondary(cc((ICD, "C79.51")), "2022-06-13")
c.cond(cc((ICD, "Z19.2")), "2023-02-20")
c.stmt(rx("1307298", text="enzalutamide"), "2023-03-06", end="2024-12-09")
c.stmt(tcc("cabazitaxel x6 (after docetaxel)"), "2025-02-03", end="2025-06-16")
c.cycles(LU, "2026-02-09", 6, 42, "Lu-177 vipivotide tetraxetan 7.4 GBq", label="Dose",
         reason=p)
for d, v in (("2026-02-02", 120.0), ("2026-05-25", 31.0), ("2026-10-19", 8.0)):
    c.psa(d, v)
c.doc("Nuclear medicine note 2026-11-16: completed 6 doses (last 2026-09-07); PSA 120 -> 8. "
      "Requesting 2 additional doses to deepen the response.", "2026-11-16")
c.ask(LU, reason=p, dose="7.4 GBq IV, doses 7 and 8, 6 weeks apart")

# p12 olaparib (ATM) after radiographic and PSA progression
c = case(12, "prostate", "2026-01-19", svc(RX, "1597582"), RR, None,
         "Olaparib (ATM mCRPC) - continuation after progression",
         "Request to continue olaparib for ATM-mutated mCRPC although PSA rose 6 -> 41 ng/mL and "
         "the bone scan (confirmed) and CT show new bone lesions and a new liver metastasis.",
         "Lynparza label section 2 (Dosage and Administration): 300 mg twice daily until "
         "disease progression or unacceptable toxicity; section 1: HRR gene-mutated mCRPC. "
         "Pivotal trial PROfound (treatment to radiographic progression). Documented "
         "radiographic progression on olaparib contradicts the continuation gate: "
         "refer-to-reviewer.",
         "Lynparza 2: until progression - new bone and liver lesions",
         "male", "1944-10-01", ("Schmidt", "Dieter"))
p = c.primary(cc((ICD, "C61")), "2019-08-05")
c.secondary(cc((ICD, "C79.51")), "2022-04-04")
c.secondary(cc((ICD, "C78.7"), text="New liver metastasis"), "2026-01-05")
c.cond(cc((ICD, "Z19.2")), "2023-06-19")
c.stmt(rx("1100072", text="abiraterone + prednisone"), "2023-07-03", end="2024-11-18")
c.variant("2024-12-02", "HGNC:795", c="c.7913G>A", p="p.Trp2638Ter",
          report_title="Tumour NGS")
c.stmt(rx("1597582", text="olaparib 300 mg BID"), "2025-01-06")
for d, v in (("2025-07-07", 6.0), ("2025-10-06", 18.0), ("2026-01-05", 41.0)):
    c.psa(d, v)
c.imaging("2026-01-05", "Bone scan: three new lesions vs 2025-10-06, confirmed on CT; CT "
          "abdomen: new 2.1 cm liver metastasis. Radiographic progression (PCWG3).",
          title="Bone scan and CT")
c.status("2026-01-05", WORSE, focus=p)
c.ask(rx("1597582", text="olaparib 300 mg BID"), reason=p, dose="continue 300 mg BID")


# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ANY_DATE_RE = re.compile(r"(?<![0-9])(20\d{2}-\d{2}-\d{2})(?![0-9])")
DATE_KEYS = {"effectiveDateTime", "onsetDateTime", "recordedDate", "issued", "lastUpdated",
             "authoredOn", "performedDateTime", "date", "dateAsserted", "start", "end",
             "birthDate", "occurrenceDateTime", "whenHandedOver"}
URN_RE = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STATUS = {
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                    "entered-in-error", "unknown"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected",
                         "appended", "cancelled", "entered-in-error", "unknown"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed",
                                 "entered-in-error", "stopped", "unknown"},
    "MedicationStatement": {"active", "completed", "entered-in-error", "intended", "stopped",
                            "on-hold", "unknown", "not-taken"},
    "MedicationDispense": {"preparation", "in-progress", "cancelled", "on-hold", "completed",
                           "entered-in-error", "stopped", "declined", "unknown"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "entered-in-error",
                          "stopped", "draft", "unknown"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                  "entered-in-error", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error",
                       "unknown"},
    "DocumentReference": {"current", "superseded", "entered-in-error"},
}
MR_INTENT = {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order",
             "instance-order", "option"}
SR_INTENT = MR_INTENT | {"directive"}
VALUE_KEYS = ("valueQuantity", "valueCodeableConcept", "valueString", "valueInteger",
              "valueBoolean")
SOURCE_RE = re.compile(r"label section [12]")
TRIAL_RE = re.compile(r"[Pp]ivotal trial")
HISTORY = ("MedicationAdministration", "MedicationDispense", "MedicationStatement")


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


def carries(cc_, s):
    return any((cd.get("system"), cd.get("code")) == (s["system"], s["code"])
               for cd in (cc_ or {}).get("coding", []))


def the_ask(c):
    """The MedicationRequest authored on the case date carrying the requested coding."""
    return [ent["resource"] for ent in c["bundle"]["entry"]
            if ent["resource"].get("resourceType") == "MedicationRequest"
            and ent["resource"].get("authoredOn") == c["date"]
            and carries(ent["resource"].get("medicationCodeableConcept"), c["service"])]


def all_strings(node):
    """Every string in a resource, base64 attachments decoded."""
    out = []

    def fn(k, v, path):
        if isinstance(v, str):
            out.append(base64.b64decode(v).decode("utf-8") if k == "data" else v)
        elif isinstance(v, list):
            out.extend(x for x in v if isinstance(x, str))
    walk(node, fn)
    return out


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
    with_reason_ref = 0
    intents = set()
    for c in cases:
        cid = c["id"]
        e = lambda m, cid=cid: errs.append(f"{cid}: {m}")
        if not re.fullmatch(r"lab22-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]) or c["date"] > DATE_CAP:
            e("bad as-of date")
        s = c["service"]
        if s["system"] not in SERVICE_SYSTEMS or (s["system"], s["code"]) not in VERIFIED:
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
        if not SOURCE_RE.search(c["basis"]) or not TRIAL_RE.search(c["basis"]):
            e("basis must name the label section and a pivotal trial")
        if c["expected"] not in c["basis"]:
            e("basis does not state the expected answer")
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            e("bundle not a collection Bundle")
        urls = {ent["fullUrl"] for ent in b["entry"]}
        if len(urls) != len(b["entry"]):
            e("duplicate fullUrl in bundle")
        if urls & all_urls:
            e("fullUrl reused across cases")
        all_urls |= urls
        patients = 0
        asks = the_ask(c)
        if len(asks) != 1:
            e(f"{len(asks)} MedicationRequests for the service on the case date (want 1)")
        else:
            a = asks[0]
            intents.add(a["intent"])
            if (a["intent"], a["status"]) not in (("order", "active"), ("proposal", "draft")):
                e(f"request intent/status {a['intent']}/{a['status']}")
            if a.get("reasonReference"):
                with_reason_ref += 1
                for rr in a["reasonReference"]:
                    tgt = next((ent["resource"] for ent in b["entry"]
                                if ent["fullUrl"] == rr["reference"]), None)
                    if not tgt or tgt.get("resourceType") != "Condition":
                        e("reasonReference does not point at a Condition")
        n_hist = 0
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
                if r["id"] != "nec22-" + cid[len("lab22-"):]:
                    e("patient id")
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
            if t != "Patient" and r.get("subject", {}).get("reference") != b["entry"][0]["fullUrl"]:
                e(f"{t} subject is not the case's Patient")
            st = r.get("status")
            if t in STATUS and st not in STATUS[t]:
                e(f"{t}.status {st} not an R4 code")
            if t == "ServiceRequest" and r.get("intent") not in SR_INTENT:
                e("bad ServiceRequest.intent")
            if t == "MedicationRequest":
                if r.get("intent") not in MR_INTENT:
                    e("bad MedicationRequest.intent")
                if r not in asks and r.get("authoredOn", "") >= c["date"]:
                    e("another MedicationRequest authored on/after the request date")
            if t in HISTORY:
                n_hist += 1
            if t == "Observation":
                if not any(k in r for k in VALUE_KEYS):
                    e("Observation without a value")
            if t == "Condition":
                cats = [code_of(x, TH + "condition-category") for x in r.get("category", [])]
                if "problem-list-item" in cats and "clinicalStatus" not in r:
                    e("problem-list Condition without clinicalStatus (con-3)")
            if t in ("Observation", "DiagnosticReport"):
                if r["issued"][:10] < r["effectiveDateTime"][:10]:
                    e("issued before effective")
            for prof in r.get("meta", {}).get("profile", []):
                if prof not in VERIFIED_URLS:
                    e(f"unverified profile {prof}")

            def chk(k, v, path):
                if k == "reference" and isinstance(v, str) and v not in urls:
                    e(f"dangling reference {v}")
                if k in DATE_KEYS and isinstance(v, str):
                    if not (DATE_RE.match(v) or DT_RE.match(v)):
                        e(f"bad date {k}={v}")
                    elif v[:10] > DATE_CAP:
                        e(f"date {k}={v} after {DATE_CAP}")
                    elif v[:10] > c["date"] and k != "birthDate":
                        e(f"{k}={v} after the request date {c['date']}")
                if k == "coding" and isinstance(v, list):
                    for cd in v:
                        key = (cd.get("system"), cd.get("code"))
                        if key[0] == HGVS:
                            if not HGVS_RE.match(key[1] or ""):
                                e(f"bad HGVS {key[1]}")
                        elif key not in VERIFIED:
                            e(f"unverified coding {key}")
                        elif cd.get("display") != VERIFIED[key][0]:
                            e(f"display mismatch {key}")
                if k == "data" and isinstance(v, str):
                    base64.b64decode(v, validate=True)
            walk(r, chk)
            for text in all_strings(r):
                for d in ANY_DATE_RE.findall(text):
                    if d > c["date"] or d > DATE_CAP:
                        e(f"{t} text mentions {d}, after the request date")
        for text in (c["description"], c["basis"]):
            for d in ANY_DATE_RE.findall(text):
                if d > c["date"]:
                    e(f"case text mentions {d}, after the request date")
        if patients != 1:
            e(f"{patients} patients")
        if n_hist == 0:
            e("no drug history (MedicationAdministration/Dispense/Statement)")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp), 0) != n:
                errs.append(f"{cancer} {exp}: {tally.get((cancer, exp), 0)} != {n}")
    if with_reason_ref < 36:
        errs.append(f"only {with_reason_ref} requests carry reasonReference (want most)")
    if {c["service"]["system"] for c in cases} != set(SERVICE_SYSTEMS):
        errs.append("requests must use both RxNorm and HCPCS")
    if intents != {"order", "proposal"}:
        errs.append("requests must vary intent (order and proposal)")
    return errs


# ---------------------------------------------------------------- markdown
def used_codings(doc):
    used = {}

    def fn(k, v, path):
        if k == "coding" and isinstance(v, list):
            for cd in v:
                if cd["system"] != HGVS:
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


def encodings(doc):
    """Per-case encoding notes for the theme table (computed from the bundles)."""
    rows = {}
    for c in doc["cases"]:
        ents = [x["resource"] for x in c["bundle"]["entry"]]
        a = the_ask(c)[0]
        req = "+".join(sorted({SYSNAME[cd["system"]]
                               for cd in a["medicationCodeableConcept"]["coding"]}))
        hist = {}
        evid = set()
        for r in ents:
            t = r["resourceType"]
            if t in HISTORY:
                hist[t] = hist.get(t, 0) + 1
            if t == "Observation" and code_of(r["code"], LN) == "97509-4":
                evid.add("mCODE disease status")
            if t == "Observation" and code_of(r["code"], LN) == "2857-1":
                evid.add("PSA result(s)")
            if t == "DiagnosticReport" and code_of(r["code"], LN) == "18748-4":
                evid.add("imaging report")
            if t == "DocumentReference":
                kind = code_of(r["type"], LN)
                evid.add("authorisation letter" if not kind else
                         "CT report note" if kind == "18748-4" else "clinical note")
            if t == "Procedure" and code_of(r["code"], CPT) in ("78306", "78815"):
                evid.add("scan Procedure note")
        short = {"MedicationAdministration": "MA", "MedicationDispense": "MD",
                 "MedicationStatement": "MS"}
        rows[c["id"]] = (req, f"{a['intent']}/{a['status']}",
                         " ".join(f"{short[k]}x{v}" for k, v in sorted(hist.items())),
                         ", ".join(sorted(evid)) or "-",
                         ("reasonReference" if a.get("reasonReference") else
                          "reasonCode" if a.get("reasonCode") else "-")
                         + (" + priorPrescription" if a.get("priorPrescription") else ""))
    return rows


JUDGEMENT = [
    ("progression fact family (breast-07, nsclc-07, colorectal-07, prostate-07)",
     "The four 'no restaging' cases list `progression` in expected_missing: the disease status "
     "on the drug being continued. This fact family is new in this set (not in the "
     "label-cases-21 list); an engine without it will likely answer supported, or name "
     "another fact. The label sentence behind it is each drug's 'until disease progression' "
     "(Kisqali, Tagrisso, Keytruda, Pluvicto)."),
    ("authorisation letter quoting the result (nsclc-05, colorectal-06) vs not (breast-08, "
     "nsclc-08, colorectal-08, prostate-08)",
     "A payer letter is a secondary document. Where it quotes the test (FDA-approved assay, "
     "laboratory, specimen and report dates, result), the gate is taken as documented "
     "(supported); where it says only 'meets criteria', the gate is absent "
     "(needs-documentation). A stricter desk could ask for the primary report in both."),
    ("progression that the label itself continues through (colorectal-02, prostate-02)",
     "Avastin's label names second-line use after progression on a first-line "
     "Avastin-containing regimen (ML18147), and GnRH analogues continue through castration "
     "resistance (Zytiga/Lynparza require concurrent GnRH analogue). Both are expected "
     "supported although the last restaging shows progression on the drug asked for."),
    ("palbociclib after progression (breast-11)",
     "The request is the unchanged palbociclib + aromatase inhibitor regimen. Ibrance is also "
     "labelled with fulvestrant 'in patients with disease progression following endocrine "
     "therapy' (PALOMA-3, which excluded prior CDK4/6 inhibitors); a reader could argue a "
     "switch to palbociclib + fulvestrant is on-label. The case avoids that by keeping the AI."),
    ("intermittent ADT restart (prostate-03)",
     "The Trelstar label ('palliative treatment of advanced prostate cancer') is silent on "
     "intermittent schedules; support rests on the indication (stage IVA, N1) plus NCIC PR.7."),
    ("adjuvant capecitabine without stage (colorectal-09)",
     "High-risk stage II colon cancer is often treated off-label; the Xeloda adjuvant "
     "indication is stage III, so the missing stage is the gate."),
    ("codes a pathway may not list (breast-06 Q5117, colorectal-03 Q5118, colorectal-04 J9277)",
     "Biosimilar Q-codes and the new Keytruda Qlex J-code are verified HCPCS codes, but the "
     "pathway graph may list only the reference product's J-code or the RxNorm ingredient. "
     "breast-06 also carries the trastuzumab ingredient RxNorm 224905 in the request. J9277 "
     "was found only in the CMS 2026-04 Addendum B (CMS is the code's authority; no second "
     "public pairing)."),
    ("dose-form codings (breast-03, breast-07, colorectal-09, prostate-01, prostate-05)",
     "These requests carry the ingredient RXCUI with an SCD/SBD and/or NDC for the reduced or "
     "dispensed strength; the service is the ingredient."),
    ("treatment-beyond-progression refer cases for oral agents whose labels give no explicit "
     "stop rule (prostate-10)",
     "Erleada's refer rests on the indication sentence (mCSPC and nmCRPC only): new metastases "
     "on apalutamide make the disease mCRPC, which the label does not cover."),
]


def render_md(doc):
    L = []
    L.append("# Label cases 22: re-authorisations and continuation requests")
    L.append("")
    L.append("## How it was written")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-22.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace, fixed dates, no clock or randomness). Do not edit by hand; "
             "change the script and rerun it. `python3 scripts/gen-label-cases-22.py --check` "
             "regenerates in memory, validates and diffs with the files on disk. Validation: 48 "
             "cases, 6/3/3 per cancer; collection Bundles with `urn:uuid:` fullUrls, exactly one "
             "Patient `nec22-*`, every resource's subject that Patient and every reference "
             "resolving; R4 status and intent codes; exactly one MedicationRequest carrying the "
             "requested coding authored on the case date (intent `order`/status `active` or "
             "intent `proposal`/status `draft`), any other MedicationRequest authored earlier; "
             "at least one MedicationAdministration, MedicationDispense or MedicationStatement "
             "(the drug history) in every case; ISO dates - including every date written in "
             "free text and in base64 notes - none later than the case date and none later "
             f"than {DATE_CAP}; every coding and meta.profile in the verified tables below, "
             "displays identical, HGVS expressions syntax-checked; each basis naming the label "
             "section and a pivotal trial and stating the expected answer.")
    L.append("")
    L.append("Each case's `date` is the date of the request. Expected answers follow the FDA "
             "label's Indications and Usage (section 1) and the Dosage and Administration "
             "durations (section 2): supported = the original label gates still hold and the "
             "request stays within the labelled population and duration (response or stable "
             "disease on restaging, or no recurrence in the adjuvant setting); "
             "refer-to-reviewer = the record contradicts a gate (restaging shows progression on "
             "the same drug where the label treats 'until disease progression', or the labelled "
             "duration - 52 weeks, 12 months, 1, 2 or 3 years, 24 months, 8 cycles, 6 doses - is "
             "already complete); needs-documentation = a gate fact is simply absent "
             "(`expected_missing` lists the fact families that must be among the missing ones).")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read in the repository: `scripts/gen-label-cases-21.py` in full "
             "(case format, builders, validation, verified-code-table approach and .md writer, "
             "copied and adapted); `tests/fixtures/necessity/README.md` (case format and "
             "expected outcomes); and only the \"Code verification\" sections of "
             "`tests/fixtures/necessity/label-cases-15.md` through `label-cases-21.md`, extracted "
             "by heading (the author also saw each file's list of `##` headings). Not read: "
             "anything under `src/`, `crates/` or `pathways/`; the top-level `README.md`; any "
             "`tests/fixtures/necessity/*.json`; any other `scripts/gen-*.py`; the case tables "
             "or other sections of the label-cases .md files. Cargo and the oncotwin binary were "
             "neither built nor run, so no expectation here was checked against the engine or "
             "the pathway graph. Outside the repository only public sources were consulted, to "
             "verify codes (tags ADDB22, ANWEB22, OFDA22, GEN22, MCODEURL22, HGNCSYS below). "
             "Label sentences are the author's reading of the current US prescribing "
             "information (section 1 Indications and Usage, section 2 Dosage and "
             "Administration); openFDA label and NDC records for Herceptin, Herceptin Hylecta, "
             "Perjeta, Keytruda, Keytruda Qlex and Tecentriq Hybreza were located with the search "
             "tool, but full label text could not be retrieved offline, so quoted fragments are "
             "from the author's knowledge of the labels, not copied from a fetched page. NCCN "
             "text was not used.")
    L.append("")
    L.append("## Theme")
    L.append("")
    n_ref = sum(1 for c in doc["cases"] if the_ask(c)[0].get("reasonReference"))
    n_prior = sum(1 for c in doc["cases"] if the_ask(c)[0].get("priorPrescription"))
    L.append("Re-authorisations and continuation requests - the request a prior-authorisation "
             "desk sees most: a drug the patient is already on, or has finished induction with, "
             "asked for again after restaging or at the end of an authorisation period. The set "
             "varies: continuation after restaging showing response or stable disease; "
             "continuation although the last restaging shows progression on the same drug "
             "(refer, except where the label itself continues the drug: bevacizumab into second "
             "line, GnRH analogue through castration resistance); maintenance after induction "
             "(pemetrexed with pembrolizumab, bevacizumab with 5-FU/leucovorin, durvalumab "
             "within and beyond 12 months); route or product switches (Herceptin Hylecta, "
             "Phesgo, Tecentriq Hybreza, Keytruda Qlex; biosimilar trastuzumab-anns and "
             "bevacizumab-bvzr Q-codes); dose reductions (abemaciclib 100 mg, apalutamide 180 "
             "mg); restarts (trastuzumab after a cardiac hold, triptorelin after an "
             "intermittent-ADT holiday); adjuvant courses within and past their labelled "
             "duration (osimertinib 3 years, abemaciclib 2 years, trastuzumab 52 weeks, "
             "atezolizumab 1 year, olaparib 1 year, perioperative pembrolizumab 39 weeks, "
             "capecitabine 8 cycles; Lu-177 vipivotide tetraxetan 6 doses, pembrolizumab in "
             "MSI-H colorectal cancer 24 months); continuation never restaged; and re-requests "
             "whose gating biomarker is only in the payer's original authorisation letter "
             "(DocumentReference), with the result quoted or not.")
    L.append("")
    L.append("Encoding varies on purpose: the request is a `MedicationRequest` (intent `order` "
             "with status `active`, or a draft `proposal`), coded as an RxNorm ingredient (alone "
             "or with an SCD/SBD and an NDC), an HCPCS J- or Q-code (some with an NDC or the "
             f"ingredient RXCUI), with reasonReference to the cancer Condition in {n_ref} of "
             f"{len(doc['cases'])} requests (reasonCode only, or no reason, in the others) and "
             f"`priorPrescription` pointing at the original authorised order in {n_prior}; the drug "
             "history is dated `MedicationAdministration` cycles (IV drugs), "
             "`MedicationDispense` fills with daysSupply (oral drugs) or a "
             "`MedicationStatement` period; response is an mCODE CancerDiseaseStatus "
             "Observation (LOINC 97509-4 with SNOMED CT improved / stable / worsened / not "
             "detected), a radiology DiagnosticReport conclusion, a base64 text/plain CT report "
             "or progress note in RECIST or free wording, a PSA series (US Core lab profile, "
             "one with a `<` comparator) or a bone-scan Procedure note; biomarkers are mCODE "
             "tumour-marker Observations with LOINC answers, text results, mCODE STU2/3 "
             "`mcode-genomic-variant` or Genomics Reporting `variant` Observations with HGNC "
             "gene and c./p. HGVS components, or only a scanned letter; stage is text, an AJCC "
             "numeric code or a SNOMED CT stage qualifier; diagnoses are ICD-10-CM or SNOMED CT "
             "with mCODE primary/secondary profiles.")
    L.append("")
    enc = encodings(doc)
    L.append("| case | request coding | intent/status | drug history | response / gate evidence | request reason |")
    L.append("|---|---|---|---|---|---|")
    for c in doc["cases"]:
        req, ist, hist, evid, rr = enc[c["id"]]
        L.append(f"| {c['id'].replace('lab22-', '')} | {req} | {ist} | {hist} | {evid} | {rr} |")
    L.append("")
    L.append("MA = MedicationAdministration, MD = MedicationDispense, MS = MedicationStatement "
             "(count in the bundle, all drugs).")
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
    meta = {c.cid: (c.label, c.reason) for c in CASES}
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        L.append(f"## {cancer}")
        L.append("")
        L.append("| id | request | code | expected | rationale (deciding label sentence) |")
        L.append("|---|---|---|---|---|")
        for c in doc["cases"]:
            if c["cancer"] != cancer:
                continue
            s = c["service"]
            exp = c["expected"]
            if exp == "needs-documentation":
                exp += " (" + ", ".join(c["expected_missing"]) + ")"
            label, reason = meta[c["id"]]
            L.append(f"| {c['id']} | {label} | {SYSNAME[s['system']]} {s['code']} | "
                     f"{exp} | {reason} |")
        L.append("")
    L.append("## Judgement calls")
    L.append("")
    for head, text in JUDGEMENT:
        L.append(f"- **{head}**: {text}")
    L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services. Rows tagged ADDB22, "
             "ANWEB22, OFDA22, GEN22 or HGNCSYS were verified for this set; every other row is a "
             "row of the label-cases-15..21 verification tables, with the sources those sets "
             "cite. NDC codings use the system `http://hl7.org/fhir/sid/ndc` in the form the "
             "source lists (11-digit 5-4-2 or hyphenated package). Status and intent values are "
             "FHIR `code` elements, not codings; the script checks them against the R4 value "
             "sets.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codings(doc)
    order = [HCPCS, RX, NDC, CPT, ICD, SCT, AJCC, LN, HGNC]
    for sysurl in order + sorted({k[0] for k in used} - set(order)):
        for (s, code) in sorted((k for k in used if k[0] == sysurl), key=lambda k: k[1]):
            disp, src = VERIFIED[(s, code)]
            name = SYSNAME.get(s, "FHIR " + s.replace(TH, ""))
            L.append(f"| {name} | {code} | {disp}{' [service]' if used[(s, code)] else ''} | {src} |")
    L.append("| HGVS | (expressions) | c./p. variant descriptions in genomic-variant components | HGVS |")
    L.append("")
    L.append("Profile URLs written in `meta.profile`:")
    L.append("")
    L.append("| URL | source |")
    L.append("|---|---|")
    for url in sorted(used_profiles(doc)):
        L.append(f"| {url} | {VERIFIED_URLS[url]} |")
    L.append("")
    L.append("The Patient identifier system `urn:oid:2.16.840.1.113883.19.5.22` is under the HL7 "
             "example OID arc (fictitious). Payer names, laboratories and authorisation numbers "
             "in the scanned letters are fictitious.")
    L.append("")
    L.append("Source tags:")
    L.append("")
    for tag, text in SOURCE_TAGS:
        L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("Notes on sources: HCPCS J9277 (Keytruda Qlex) appears in the CMS OPPS Addendum B "
             "of 2026-04 (short descriptor 'Pembrolizumab 1mg berahyalur', flagged changed, not "
             "in the 2026-01 file); no payer or coding page pairing it was found, so the display "
             "is the CMS short descriptor, as earlier sets did for J9024, J9289 and J9356. The "
             "Keytruda Qlex and Tecentriq Hybreza NDC packages were read from openFDA NDC "
             "records (search tool, docs corpus). The SNOMED CT answers 268910001, 359746009 "
             "and 260415000 are the mCODE ConditionStatusTrendVS members as listed in public "
             "FSH and mapping code; 271299001 is a row of the earlier tables. The HGNC system "
             "URI `http://www.genenames.org/geneId` is the one mCODE and Genomics Reporting "
             "use.")
    L.append("")
    L.append("Not coded: leucovorin, prednisone, loperamide, topical steroids, FOLFOX/FOLFIRI/"
             "FOLFOXIRI and AC-T as regimens (text MedicationStatements or dosage text); LVEF, "
             "PD-L1 by SP263, mismatch-repair IHC, NGS panels reported as negative and residual "
             "cancer burden are text-coded Observations (menopausal status has a text code with "
             "the SNOMED CT value); the ALK fusion is an HGNC-coded variant with the fusion in text. "
             "Stage groups without a verified code (IA-IIA, IIIB as SNOMED, IVB, IVC) are text, "
             "the AJCC numeric code, or the verified SNOMED CT stage IV qualifier with the finer "
             "group in the text. Osimertinib 80 mg, Lynparza 150 mg, Alecensa, Braftovi, "
             "Ibrance, Nerlynx and the other dispensed products are coded by ingredient RXCUI "
             "with the strength in text, because no SCD/NDC for those strengths is in the "
             "verified tables.")
    L.append("")
    return "\n".join(L)


def build():
    doc = {"cases": [c.to_json() for c in CASES]}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n", render_md(doc), doc


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
