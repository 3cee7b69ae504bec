#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-24.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: regimens, not drugs. Oncology is given in regimens, and a prior-auth request
names one drug of a regimen whose FDA label requires partners (pertuzumab with
trastuzumab and a taxane, CDK4/6 inhibitors with an aromatase inhibitor or
fulvestrant, pembrolizumab with pemetrexed and platinum, nivolumab with ipilimumab,
osimertinib with pemetrexed and platinum, dabrafenib with trametinib, anti-VEGF and
anti-EGFR antibodies with FOLFOX/FOLFIRI, encorafenib with cetuximab, sotorasib with
panitumumab, olaparib with abiraterone, abiraterone/docetaxel/cabazitaxel with
prednisone, ...). The partners are recorded on purpose in different shapes: separate
orders on the request date, administrations, pharmacy dispenses, a regimen name only,
a plan note only, a maintenance phase after documented induction, a partner stopped
for toxicity, no partner at all, or the requested drug planned alone.

Written blind: the author read scripts/gen-label-cases-23.py in full (its machinery
is copied and adapted here), tests/fixtures/necessity/README.md, and only the
"Code verification" sections of tests/fixtures/necessity/label-cases-15.md ..
label-cases-23.md (extracted by heading with awk). Not read: src/, crates/,
pathways/, the top-level README.md, any tests/fixtures/necessity/*.json, any other
scripts/gen-*.py, tests/api/, and the case tables or other sections of those .md
files. Cargo and the oncotwin binary were neither built nor run.

Usage:
    python3 scripts/gen-label-cases-24.py           # write the .json and .md
    python3 scripts/gen-label-cases-24.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace (new for this set), fixed dates, no
clock, no randomness, stdlib only.

Dates: the case `date` is the day the request was written (the authoredOn of the
MedicationRequest under review), between 2026-11-02 and 2026-11-20. Every resource
dates on or before it, and no date anywhere -- ISO dates and MM/DD/YYYY dates,
including inside free text and base64 notes -- is later than the case date or
2026-11-30.

Codes: every coding written is looked up in VERIFIED below (system, code -> display,
source tags); the .md code-verification table is generated from the codings actually
used. Rows reuse the label-cases-15..23 verification tables and their sources; rows
tagged ADDB24, ANWEB24 or GEN24 were verified for this set (HCPCS J0640 and J9264
and the long descriptors of J9228/J9400 from the two CMS files the earlier sets cite,
fetched as repository snapshots; RxNorm 8640 prednisone from public code). HGVS
expressions are checked for syntax only.
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
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-24.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-24.md"
NS = uuid.UUID("5e0d2a24-91c7-4f24-a824-24decaf02424")
DATE_CAP = "2026-11-30"
WINDOW = ("2026-11-02", "2026-11-20")

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
DRUG_SERVICES_EXCEPT = set()  # every service of this set is a drug
# Fact families an expected_missing list may name (the label-cases-22/23 list).
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology", "progression"}
# How the record carries the other drugs of the regimen (one per case; see the .md).
SHAPES = {
    "orders": "partner orders on the request date (separate MedicationRequests)",
    "admins": "partner administrations on or before the request date",
    "dispenses": "oral partner as pharmacy dispenses",
    "name": "regimen name only (FOLFOX, TCHP, 'carbo/pem/pembro' ...)",
    "note": "partners only in a clinical note",
    "maintenance": "maintenance phase after a documented induction",
    "stopped": "a partner stopped for toxicity",
    "absent": "no partner recorded anywhere",
    "alone": "requested drug given alone (partner stopped, declined or never planned)",
}
_P3 = r"[A-Z][a-z]{2}[0-9]+"
_P1 = r"[A-Z][0-9]+"
HGVS_RE = re.compile(
    r"^(c\.[0-9_+\-*]+(del[ACGT]*|dup[ACGT]*|ins[ACGT]+|delins[ACGT]+|[ACGT]>[ACGT])"
    rf"|p\.{_P3}(_{_P3})?([A-Z][a-z]{{2}}(fsTer[0-9]+)?|del|dup|Ter|fsTer[0-9]+)"
    rf"|p\.{_P1}(_{_P1})?([A-Z]|del|dup|\*|fs\*[0-9]+))$")

# (system, code) -> (display, sources)
VERIFIED = {}


def V(system, code, display, src):
    VERIFIED[(system, code)] = (display, src)


# ---- HCPCS Level II (rows of the label-cases-15..22 tables)
for code, disp, src in [
    ("A9595", "Piflufolastat f-18, diagnostic, 1 millicurie",
     "ADDB21 'Piflu f-18, dia 1 millicurie'; PAGE21 cgsmedicare.com/partb/pubs/news/2021/10/"
     "cope23664.html (CGS billing instructions, revised 2024-08-30: A9595 for Pylarify), "
     "palmettogba.com PSMA PET article 2024-09-18, as cited in label-cases-21"),
    ("A9607", "Lutetium lu 177 vipivotide tetraxetan, therapeutic, 1 millicurie", "ADDB, PAYER"),
    ("A9608", "Flotufolastat f18 diag 1 mci",
     "ADDB21 (CMS short descriptor, verbatim); PAGE21 posluma.com/reimbursement-and-support "
     "('HCPCS code A9608 assigned, effective January 1, 2024'), as cited in label-cases-21"),
    ("J9022", "Injection, atezolizumab, 10 mg", "ADDB, ANWEB"),
    ("J9035", "Injection, bevacizumab, 10 mg", "ADDB, ANWEB"),
    ("J9045", "Injection, carboplatin, 50 mg", "ADDB, ANWEB"),
    ("J9055", "Injection, cetuximab, 10 mg", "ADDB, ANWEB"),
    ("J9060", "Injection, cisplatin, powder or solution, 10 mg", "ADDB, ANWEB"),
    ("J9119", "Injection, cemiplimab-rwlc, 1 mg", "ADDB, ANWEB"),
    ("J9155", "Injection, degarelix, 1 mg", "ADDB, ANWEB"),
    ("J9171", "Injection, docetaxel, 1 mg", "ADDB, ANWEB"),
    ("J9173", "Injection, durvalumab, 10 mg", "ADDB, ANWEB"),
    ("J9190", "Injection, fluorouracil, 500 mg", "ADDB, ANWEB"),
    ("J9201", "Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg",
     "ADDB, ANWEB"),
    ("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg", "ADDB, ANWEB"),
    ("J9263", "Injection, oxaliplatin, 0.5 mg", "ADDB, ANWEB"),
    ("J9267", "Injection, paclitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9271", "Injection, pembrolizumab, 1 mg", "ADDB, ANWEB"),
    ("J9299", "Injection, nivolumab, 1 mg", "ADDB, ANWEB"),
    ("J9303", "Injection, panitumumab, 10 mg", "ADDB, ANWEB"),
    ("J9305", "Injection, pemetrexed, not otherwise specified, 10 mg", "ADDB, ANWEB"),
    ("J9306", "Injection, pertuzumab, 1 mg", "ADDB, ANWEB"),
    ("J9316", "Injection, pertuzumab, trastuzumab, and hyaluronidase-zzxf, per 10 mg",
     "ADDB, PAYER"),
    ("J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg", "ADDB, PAYER, PUBJ"),
    ("J9354", "Injection, ado-trastuzumab emtansine, 1 mg", "ADDB, ANWEB"),
    ("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg", "ADDB, ANWEB"),
    ("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg", "ADDB, ANWEB"),
    ("Q5117", "Injection, trastuzumab-anns, biosimilar, (kanjinti), 10 mg",
     "ADDB22 'Inj., kanjinti, 10 mg'; ANWEB22 (long descriptor verbatim, added 2019-10-01)"),
    ("Q5118", "Injection, bevacizumab-bvzr, biosimilar, (zirabev), 10 mg",
     "ADDB22 'Inj., zirabev, 10 mg'; ANWEB22 (long descriptor verbatim, added 2019-10-01)"),
]:
    V(HCPCS, code, disp, src)

# ---- RxNorm (rows of the label-cases-15..22 tables)
for code, disp, src in [
    ("10324", "tamoxifen", "CPIC, TRM, RXL"),
    ("1100072", "abiraterone", "RXL, TRL"),
    ("1307298", "enzalutamide", "RXL, RXV"),
    ("1597582", "olaparib", "RXL, TRM, OMOPL"),
    ("1601374", "palbociclib", "TRM, OMOPL"),
    ("1721560", "osimertinib", "RXL, OMOPL"),
    ("1727455", "alectinib", "RXL, TRL"),
    ("1873916", "ribociclib", "RXL, RXV, TRL, TRM"),
    ("194000", "capecitabine", "RXL, TRM, OMOPL"),
    ("1946825", "abemaciclib", "RXL, TRM, OFDA"),
    ("1999574", "apalutamide", "RXL, RXV, OFDA"),
    ("2049106", "encorafenib", "RXL, OMOPL"),
    ("224905", "trastuzumab", "TRM, OMOPL, GEN 61430868925"),
    ("3002", "cyclophosphamide", "CPIC, TRM, CTS2"),
    ("72965", "letrozole", "TRM, GEN 8966217511"),
    ("84857", "anastrozole", "TRM, GEN 44623182476 / 69650362051"),
    ("200328", "capecitabine 500 MG Oral Tablet",
     "OFDA16: sole openfda.rxcui of 500-mg-only capecitabine products (product_ndc:\"72485-205\", "
     "packaging.package_ndc:\"60687-149-94\")"),
    ("200064", "letrozole 2.5 MG Oral Tablet",
     "SYN (find_string ids 6997450488 / 58898647874 / 61199953741); OFDA16: sole openfda.rxcui "
     "of letrozole 2.5 mg generics (packaging.package_ndc:\"24979-726-07\", product_ndc:\"69117-0004\")"),
]:
    V(RX, code, disp, src)

# ---- NDC (rows of the label-cases-16/22 tables); each maps to an ingredient RXCUI
NDC_INGREDIENT = {}
for code, disp, src, ing in [
    ("00078086742", "Kisqali (ribociclib) 200 mg film-coated tablet, 3 blister packs of 14 in 1 carton",
     "OFDA16 packaging.package_ndc:\"0078-0867-42\" (11-digit 5-4-2 form; openfda.rxcui lists 1873983, "
     "ribociclib 200 MG Oral Tablet)", "1873916"),
    ("00469072560", "Xtandi (enzalutamide) 80 mg tablet, 60 tablets in 1 bottle, 1 bottle in 1 carton",
     "OFDA16 product_ndc:\"0469-0725\" (11-digit 5-4-2 form of 0469-0725-60)", "1307298"),
    ("59676-604-30", "Erleada (apalutamide) 240 mg film-coated tablet, 30 tablets in 1 bottle",
     "OFDA16 packaging.package_ndc:\"59676-604-14\" (package 59676-604-30 listed)", "1999574"),
    ("00093747489", "capecitabine 500 mg film-coated tablet (Teva), 120 tablets in 1 bottle",
     "OFDA16 packaging.package_ndc:\"0093-7474-89\" (11-digit 5-4-2 form)", "194000"),
    ("24979-726-07", "letrozole 2.5 mg film-coated tablet (Upsher-Smith), 90 tablets in 1 bottle",
     "OFDA16 packaging.package_ndc:\"24979-726-07\" (openfda.rxcui 200064 only)", "72965"),
]:
    V(NDC, code, disp, src)
    NDC_INGREDIENT[code] = ing

# ---- CPT (rows of the earlier tables)
for code, disp, src in [
    ("19303", "Mastectomy, simple, complete", "CPTA"),
    ("19307", "Mastectomy, modified radical", "CPTA"),
    ("31652", "Bronchoscopy with EBUS-guided transtracheal/transbronchial sampling, 1 or 2 nodal "
              "stations", "CPTA"),
    ("32663", "Thoracoscopy, surgical; with lobectomy", "CPTA"),
    ("44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy", "CPTA"),
    ("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis", "CPTA"),
    ("78306", "Bone and/or joint imaging; whole body", "CPTA"),
    ("78815", "PET with concurrently acquired CT; skull base to mid-thigh", "CPTA"),
    ("81445", "Targeted genomic sequence analysis panel, solid organ neoplasm, 5-50 genes", "CPTA"),
    ("81455", "Targeted genomic sequence analysis panel, solid organ or hematolymphoid neoplasm, "
              "51 or greater genes", "CPTA"),
    ("81519", "Oncology (breast), mRNA, gene expression profiling by real-time RT-PCR of 21 genes, "
              "utilizing formalin-fixed paraffin-embedded tissue, algorithm reported as recurrence "
              "score",
     "ADDB21 'Oncology breast mrna'; PAGE21 genhealth.ai/code/cpt4/81519 (Oncotype DX), as cited "
     "in label-cases-21"),
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
    ("R97.21", "Rising PSA following treatment for malignant neoplasm of prostate",
     "ICDX21 lib/codes/codes_r97.ex (read_file id 29937754334)"),
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
    ("1222806003", "American Joint Committee on Cancer stage IIIC (qualifier value)",
     "CANSHARE 18115121853; GEN17 36949945546 / 41279242222"),
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
    ("173171007", "Lobectomy of lung",
     "GEN17 66422976363 / 43247335714 / 56931920256, as cited in label-cases-17/21/22"),
    ("392021009", "Lumpectomy of breast (procedure)",
     "GEN21 6972252308 / 53516888242 / 63245048815 / 49263992286"),
    ("26294005", "Radical prostatectomy (procedure)", "GEN17 69458401736 / 19785080549"),
    ("33195004", "External beam radiation therapy procedure (procedure)",
     "GEN21 5725954519 / 63222570666 / 10397418467"),
    ("441799006", "Intensity modulated radiation therapy (procedure)",
     "GEN21 40655546085 / 1493027656 / 41011957610"),
    ("268910001", "Patient's condition improved (finding)",
     "GEN22 40679288713 / 6712769637 / 15009082634"),
    ("359746009", "Patient's condition stable (finding)",
     "GEN22 40679288713 / 40991126110 / 6712769637"),
    ("271299001", "Patient's condition worsened (finding)", "MCODE"),
    # verified for this set: SNOMED CT result qualifiers
    ("10828004", "Positive (qualifier value)",
     "GEN23 61419850918 (ValueSet compose concept '10828004' display 'Positive (qualifier value)') / "
     "17069788123 (test: display 'Positive (qualifier value)') / 42567722876 (FSH value set "
     "'SCT#10828004 \"Positive (qualifier value)\"')"),
    ("260385009", "Negative (qualifier value)",
     "GEN23 42567722876 ('SCT#260385009 \"Negative (qualifier value)\"') / 31321456597 "
     "('$snomed#260385009 \"Negative (qualifier value)\"') / 61419850918"),
    ("260373001", "Detected (qualifier value)",
     "GEN23 42567722876 ('SCT#260373001 \"Detected (qualifier value)\"') / 69417383798 / 31321456597"),
]:
    V(SCT, code, disp, src)

# ---- AJCC numeric stage groups
for code, disp in [("3A", "IIIA"), ("3B", "IIIB"), ("3C", "IIIC"), ("4A", "IVA")]:
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
    ("LA9634-2", "Absent", "MCODE"),
    # verified for this set
    ("11526-1", "Pathology study",
     "GEN23 42400505682 (CDA externalDocument code '11526-1' displayName 'Pathology study') / "
     "62742480192 ('pathology_report': code '11526-1', display 'Pathology study') / 53918571626 "
     "(HL7 v2 OBX '11526-1^Pathology study^LN')"),
]:
    V(LN, code, disp, src)

# ---- HGNC gene ids (rows of the earlier tables)
for code, disp, src in [
    ("HGNC:1097", "BRAF", "GEN 69512973287"),
    ("HGNC:1100", "BRCA1", "GEN15 48499960154 / 8530574144"),
    ("HGNC:1101", "BRCA2", "GEN 33604912236 / 53109027382"),
    ("HGNC:3236", "EGFR", "GEN 61643768474 / 68510194634"),
    ("HGNC:427", "ALK", "GEN15 68309973542 / 16105278727"),
    ("HGNC:6407", "KRAS", "GEN 62563700863 / 58567251268"),
    ("HGNC:7989", "NRAS", "GEN15 59660611392 / 14300782392"),
    ("HGNC:795", "ATM", "GEN 59658408810 / 68290097721"),
]:
    V(HGNC, code, disp, src + "; HGNCSYS")

# ---- rows of the label-cases-15..23 tables not written by set 23, reused here
for code, disp, src in [
    ("J9206", "Injection, irinotecan, 20 mg", "ADDB, ANWEB"),
    ("J9043", "Injection, cabazitaxel, 1 mg", "ADDB, ANWEB"),
    ("J9308", "Injection, ramucirumab, 5 mg", "ADDB, ANWEB"),
    ("J9395", "Injection, fulvestrant, 25 mg", "ADDB, ANWEB"),
    ("J9347", "Inj, tremelimumab-actl, 1 mg", "ADDB26"),
    ("J9061", "Inj, amivantamab-vmjw", "ADDB26"),
    # verified for this set (CMS files re-read: short descriptor in ADDB24, long in ANWEB24)
    ("J0640", "Injection, leucovorin calcium, per 50 mg",
     "ADDB24 'Leucovorin calcium injection' (status N, 2026-04); ANWEB24 LONG_DESCRIPTION verbatim"),
    ("J9264", "Injection, paclitaxel protein-bound particles, 1 mg",
     "ADDB24 'Paclitaxel protein bound' (status K, 2026-04); ANWEB24 LONG_DESCRIPTION verbatim"),
    ("J9228", "Injection, ipilimumab, 1 mg",
     "ADDB26 / ADDB24 'Ipilimumab injection' (status K, 2026-04); ANWEB24 LONG_DESCRIPTION verbatim "
     "(earlier sets used the short descriptor as display)"),
    ("J9400", "Injection, ziv-aflibercept, 1 mg",
     "ADDB26 / ADDB24 'Inj, ziv-aflibercept, 1mg' (status K, 2026-04); ANWEB24 LONG_DESCRIPTION verbatim "
     "(earlier sets used the short descriptor as display)"),
]:
    V(HCPCS, code, disp, src)

for code, disp, src in [
    ("2169285", "alpelisib", "RXL, TRM"),
    ("2361285", "tucatinib", "RXL, RXV"),
    ("1424911", "dabrafenib", "RXL, RXV, CPIC"),
    ("2550714", "sotorasib", "RXL, OFDA"),
    ("199224", "anastrozole 1 MG Oral Tablet",
     "SYN (find_string ids 6997450488 / 61199953741); OFDA16: sole openfda.rxcui of anastrozole 1 mg "
     "generics (packaging.package_ndc:\"24979-725-06\", product_ndc:\"68071-1543\")"),
    # verified for this set
    ("8640", "prednisone",
     "GEN24 33471352681 (RxNormCode(\"8640\", \"Prednisone\", \"corticosteroid\")) / 67055478518 "
     "((\"8640\", \"prednisone\", \"IN\", \"Deltasone\")) / 53985698268 ('prednisone': rxcui '8640')"),
]:
    V(RX, code, disp, src)

for code, disp, src, ing in [
    ("24979-725-06", "anastrozole 1 mg tablet (Upsher-Smith), 30 tablets in 1 bottle",
     "OFDA16 api.fda.gov/drug/ndc.json?search=packaging.package_ndc:\"24979-725-06\" (openfda.rxcui "
     "199224 only)", "84857"),
    ("00310056960", "Lynparza (olaparib) 100 mg film-coated tablet, 60 tablets in 1 bottle",
     "OFDA16 api.fda.gov/drug/ndc.json?search=product_ndc:\"0310-0569\" (11-digit 5-4-2 form of "
     "0310-0569-60, AstraZeneca)", "1597582"),
]:
    V(NDC, code, disp, src)
    NDC_INGREDIENT[code] = ing

for code, disp, src in [
    ("HGNC:8975", "PIK3CA", "GEN 41597822208 / 57284591633"),
    ("HGNC:3430", "ERBB2", "GEN 66036805935 / 59660611392"),
]:
    V(HGNC, code, disp, src + "; HGNCSYS")

V(SCT, "367336001", "Chemotherapy (procedure)", "GEN 58555415348 / 27428244623")
V(CPT, "81162", "BRCA1, BRCA2 full sequence analysis and full duplication/deletion analysis", "CPTA")
V(ICD, "Z17.1", "Estrogen receptor negative status [ER-]", "GEN14 55661557572")

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
UC = "http://hl7.org/fhir/us/core/StructureDefinition/"
P_PRIMARY = MC + "mcode-primary-cancer-condition"
P_SECONDARY = MC + "mcode-secondary-cancer-condition"
P_MARKER = MC + "mcode-tumor-marker-test"
P_STAGE = MC + "mcode-tnm-stage-group"
P_STATUS = MC + "mcode-cancer-disease-status"
P_MCVAR = MC + "mcode-genomic-variant"
P_GRVAR = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
P_USLAB = UC + "us-core-observation-lab"
P_USCOND = UC + "us-core-condition"
P_USMR = UC + "us-core-medicationrequest"
P_USDOC = UC + "us-core-documentreference"
P_USPAT = UC + "us-core-patient"
VERIFIED_URLS = {
    P_PRIMARY: "MCODEURL: find_string id 41513285777, as cited in label-cases-19..22",
    P_SECONDARY: "MCODEURL: find_string ids 3634690252 / 20773729078 / 43424007295, as cited in label-cases-19..22",
    P_MARKER: "MCODEURL: find_string ids 3634690252 / 56870742482 / 37201239835, as cited in label-cases-19..22",
    P_STAGE: "MCODEURL: find_string id 1254961191, as cited in label-cases-19..22",
    P_STATUS: "MCODEURL22: find_string ids 3910640931 / 43432748280 / 21321358607 / 15034717251, as cited in label-cases-22",
    P_MCVAR: "MCODEURL22: find_string ids 3634690252 / 63391931530 / 43413548356, as cited in label-cases-22",
    P_GRVAR: "GRVAR: find_string ids 41630968377 / 17309760695 / 4706047252, as cited in label-cases-20/22",
    P_USLAB: "MCODEURL22: find_string ids 40671745954 / 1232986669 / 57566915763 / 23246933928, as cited in label-cases-22",
    P_USCOND: "USCORE23: find_string ids 16154016082 (meta.addProfile) / 52731461572 (Condition meta.profile) / "
              "63378817074 (profile-URL constants 'US Core Condition Profile')",
    P_USMR: "USCORE23: find_string ids 5696197484 (MedicationRequest meta.profile) / 32928720404 / "
            "16463852339 (profile map 'MedicationRequest' => us-core-medicationrequest)",
    P_USDOC: "USCORE23: find_string ids 23246933928 (DocumentReference conformance meta) / 3015342708 "
             "(DocumentReference meta.profile) / 52268347787 (US Core profile list)",
    P_USPAT: "USCORE23: find_string ids 187759398 (requireAtLeastProfile us-core-patient) / 59476942173 / "
             "10080894288 (Patient meta.profile)",
}

SOURCE_TAGS = [
    ("ADDB", "CMS OPPS Addendum B April 2026 (github.com/softek/CMS.HCPCS sample.csv), as cited in label-cases-12..22"),
    ("ADDB21", "CMS OPPS Addendum B 2026-04 rows in sample.csv at commit 55a5494 of github.com/softek/CMS.HCPCS, CMS short descriptor quoted in the source column, as cited in label-cases-21"),
    ("ADDB22", "CMS OPPS Addendum B rows in sample.csv of github.com/softek/CMS.HCPCS (commit 55a5494 = 2026-04 file): Q5117 'Inj., kanjinti, 10 mg' and Q5118 'Inj., zirabev, 10 mg', as cited in label-cases-22"),
    ("ANWEB", "CMS 2020 HCPCS alpha-numeric file, long descriptors (pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master), as cited in label-cases-12..22"),
    ("ANWEB22", "same CMS 2020 alpha-numeric file (output/anweb_hcpcs_codes.csv at commit 891ad62), LONG_DESCRIPTION column, as cited in label-cases-22"),
    ("ADDB24", "read for this set: CMS OPPS Addendum B 2026-04 rows in sample.csv at commit 55a5494 of github.com/softek/CMS.HCPCS (fetched snapshot, git show 55a5494:sample.csv); the CMS short descriptor and status indicator are quoted in the source column"),
    ("ADDB26", "CMS OPPS Addendum B 2026-04 file, row read for label-cases-15..23 (HCPCS code and CMS short descriptor; commit 55a5494 of github.com/softek/CMS.HCPCS), as cited in those sets"),
    ("ANWEB24", "read for this set: CMS 2020 HCPCS alpha-numeric file, output/anweb_hcpcs_codes.csv at commit 891ad62 of pereozogu/utils-prs-hcpcs-reference-qtr-plus-asc-monthly-codes-master (fetched snapshot), LONG_DESCRIPTION column; the display is that long descriptor"),
    ("PAYER", "payer/manufacturer bulletins for post-2020 codes (NC Medicaid 2022-11-01 for A9607; Aetna CPB 0977 for J9316; QualChoice BI663 / Immunomedics coding guide / CMS ASP 2026 Q2 for J9317), as cited in label-cases-12..22"),
    ("PUBJ", "public prior-auth sample pairing J9317 with sacituzumab govitecan-hziy (read_file id 22015981327), as cited in label-cases-13/14/18/19"),
    ("PAGE21", "public web pages read with the search tool (pages corpus), address in the source column, as cited in label-cases-21"),
    ("CPTA", "CPT row of CMS OPPS Addendum B (short descriptor), as cited in label-cases-12..22"),
    ("RXL", "NIH RxNav exact-ingredient substance table (read_file id 59752181126), as cited in label-cases-12..22"),
    ("RXV", "RxNav-verified ingredient-code regression test (read_file id 70453578013), as cited in label-cases-12..22"),
    ("TRL", "NLM RxNorm IN catalogue dump with rxcui and term_type (read_file id 71525756067), as cited in label-cases-12..22"),
    ("TRM", "RxNorm -> SNOMED CT map of a breast trial-matching app (read_file id 42531085711), as cited in label-cases-12..22"),
    ("OMOPL", "OMOP RxNorm antineoplastic ingredient concept_code list (read_file id 8943616013), as cited in label-cases-13..22"),
    ("OFDA", "openFDA NDC record openfda.rxcui adjacency, as cited in label-cases-12..22"),
    ("OFDA16", "openFDA NDC directory records (api.fda.gov/drug/ndc.json, query in the source column), as cited in label-cases-16/22"),
    ("SYN", "public Synthea-derived oncology medication code list pairing each RXCUI with its RxNorm name (find_string id 6997450488), as cited in label-cases-16"),
    ("CPIC", "github.com/cpicpgx/cpic-schema drug.sql, as cited in label-cases-12..22"),
    ("CTS2", "CTS2OnFHIR Breast_Cancer_Drug_Core-RxNorm-Mappings.txt, as cited in label-cases-12..22"),
    ("ICDX", "ICD-10-CM code table, github.com/medtrack-io/icd_code lib/codes (commit 4c62573), as cited in label-cases-13..22"),
    ("ICDX19", "same medtrack-io/icd_code table, rows read with read_file at commit 688bfba, as cited in label-cases-19..22"),
    ("ICDX21", "same medtrack-io/icd_code table, rows read with read_file at commit 688bfba ('R9721' written without the dot), as cited in label-cases-21"),
    ("MCODE", "HL7 mCODE IG source, github.com/HL7/fhir-mCODE-ig input/fsh (commit 543477b), as cited in label-cases-13..22"),
    ("MCODE17", "mCODE staging ValueSet FSH (read_file id 40891610556), as cited in label-cases-17..22"),
    ("CANSHARE", "public SNOMED CT AJCC stage-group value set (NZ CanShare FSH, read_file id 18115121853), as cited in label-cases-17..22"),
    ("AJCC", "AJCC numeric stage-group codes of http://cancerstaging.org (find_string ids 21650994909 / 36016507272; WorldVistA ONCSGA8C.m), display = roman stage group, as cited in label-cases-17..22"),
    ("GEN", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-13..22"),
    ("GEN14", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-14..22"),
    ("GEN15", "public code pairing the HGNC id with its gene symbol (find_string ids listed), as cited in label-cases-15..22"),
    ("GEN17", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-17..22"),
    ("GEN19", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-19..22"),
    ("GEN21", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-21/22"),
    ("GEN22", "public code pairing the code with its name (find_string ids listed), as cited in label-cases-22"),
    ("GEN24", "public code pairing the code with its name, found for this set with find_string (ids listed; the display is the RxNorm ingredient name)"),
    ("GEN23", "public code pairing the code with its name, found for this set with find_string (ids listed; the display quoted is the one used)"),
    ("HGNCSYS", "gene-id system URI http://www.genenames.org/geneId (find_string ids 68284394929 / 53385842807 / 69420513257 / 65863216371), as cited in label-cases-22"),
    ("FHIR", "HL7 FHIR R4 terminology (terminology.hl7.org code systems bound in the R4 specification), rows of the label-cases-14..22 tables"),
    ("HGVS", "HGVS nomenclature expressions (http://varnomen.hgvs.org): variant descriptions, not a code list; checked for syntax only"),
    ("MCODEURL", "canonical mCODE StructureDefinition URLs found with find_string in public mCODE IG sources and bundles, as cited in label-cases-19..22"),
    ("MCODEURL22", "profile URLs found with find_string in public FHIR code and bundles (ids listed per URL), as cited in label-cases-22"),
    ("GRVAR", "HL7 Genomics Reporting IG 'variant' profile URL, as cited in label-cases-20/22"),
    ("USCORE23", "US Core StructureDefinition URLs found for this set with find_string in public FHIR code (ids listed per URL): each written in meta.profile or a profile table of independent projects"),
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
PRESENT, ABSENT = (LN, "LA9633-4"), (LN, "LA9634-2")
SPOS, SNEG, SDET = (SCT, "10828004"), (SCT, "260385009"), (SCT, "260373001")
S, ND, RR = "supported", "needs-documentation", "refer-to-reviewer"
IMPROVED, STABLE, WORSE = (SCT, "268910001"), (SCT, "359746009"), (SCT, "271299001")


class Case:
    def __init__(self, num, cancer, date, service, expected, missing, label, description,
                 basis, reason, gender, birth, name, *, regimen, shape, transfer=False,
                 uspatient=False):
        self.cid = f"lab24-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.label = label
        self.description, self.basis, self.reason = description, basis, reason
        self.transfer = transfer
        if shape not in SHAPES:
            raise SystemExit(f"{cancer}-{num}: unknown partner-record shape {shape}")
        self.regimen, self.shape = regimen, shape
        self.n = 0
        self.entries = []
        self.pid = "l24-" + self.cid[len("lab24-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        pat = {"resourceType": "Patient", "id": self.pid}
        if uspatient:
            pat["meta"] = {"profile": [P_USPAT]}
        pat.update({
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.24",
                            "value": f"MRN24{num:02d}{cancer[:2].upper()}"}],
            "name": [{"family": fam, "given": [given]}],
            "gender": gender, "birthDate": birth})
        self.entries.append({"fullUrl": self.purl, "resource": pat})
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

    def uscond(self, code, onset, **k):
        return self.cond(code, onset, profile=P_USCOND, **k)

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
        """An earlier MedicationRequest (history: a completed or stopped order)."""
        r = {"resourceType": "MedicationRequest", "status": status, "intent": "order",
             "medicationCodeableConcept": med, "subject": self.subj, "authoredOn": date}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def partner(self, med, dose, *, reason=None):
        """Another drug of the same regimen, ordered the same day (not the service)."""
        r = {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
             "medicationCodeableConcept": med, "subject": self.subj, "authoredOn": self.date,
             "dosageInstruction": [{"text": dose}]}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        return self.add(r)

    def ask(self, med, *, intent="order", reason=None, dose=None, note=None, prior=None,
            reason_code=None, uscore=False):
        """The drug request under review: a MedicationRequest authored on the case date,
        intent order (status active) or proposal (status draft)."""
        if not carries(med, self.service):
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
        return self.add(r, profile=P_USMR if uscore else None)

    def ask_service(self, code, *, intent="order", reason=None, note=None, reason_code=None):
        """A non-drug request under review: a ServiceRequest authored on the case date."""
        if not carries(code, self.service):
            raise SystemExit(f"{self.cid}: service request does not carry the service coding")
        status = {"order": "active", "proposal": "draft"}[intent]
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent,
             "code": code, "subject": self.subj, "authoredOn": self.date}
        if reason_code:
            r["reasonCode"] = [reason_code]
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # documents and reports ----------------------------------------------
    def doc(self, text, date, *, kind="11506-3", title=None, type_text=None, author=None,
            uscore=False):
        typ = tcc(type_text) if type_text else cc((LN, kind))
        r = {"resourceType": "DocumentReference", "status": "current",
             "type": typ, "subject": self.subj, "date": inst(date, "09:00")}
        if author:
            r["author"] = [{"display": author}]
        if title:
            r["description"] = title
        r["content"] = [{"attachment": {
            "contentType": "text/plain; charset=utf-8",
            "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}}]
        return self.add(r, profile=P_USDOC if uscore else None)

    def outside(self, text, date, *, kind, title, org, uscore=True):
        """An outside record received with a transfer of care."""
        return self.doc(text, date, kind=kind, title=title, author=org, uscore=uscore)

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

    def pathology(self, date, conclusion, *, title, issued=None, results=None):
        return self.report(cc((LN, "11526-1"), text=title), date, conclusion, cat="PAT",
                           issued=issued, results=results)

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

    def er(self, date, value, issued=None):
        return self.marker(cc((LN, "16112-5")), date, value, issued=issued)

    def pr(self, date, value, issued=None):
        return self.marker(cc((LN, "16113-3")), date, value, issued=issued)

    def her2_ihc(self, date, value, issued=None):
        return self.marker(cc((LN, "85319-2")), date, value, issued=issued)

    def her2_ish(self, date, value, issued=None):
        return self.marker(cc((LN, "85318-4")), date, value, issued=issued)

    def psa(self, date, v, *, comparator=None, uscore=True, **k):
        return self.obs(cc((LN, "2857-1")), date, qty(v, "ng/mL", "ng/mL", comparator),
                        profile=P_USLAB if uscore else None, **k)

    def testosterone(self, date, v):
        return self.lab(cc((LN, "2986-8")), date, qty(v, "ng/dL", "ng/dL"))

    def text_obs(self, name, date, value, *, cat="laboratory", **k):
        return self.obs(tcc(name), date, vstr(value), cat=cat, **k)

    def status(self, date, answer, *, focus=None, text=None, evidence=None):
        """mCODE CancerDiseaseStatus (97509-4) with a ConditionStatusTrend answer."""
        return self.obs(cc((LN, "97509-4")), date, vcc(answer, text=text), cat=None,
                        profile=P_STATUS, focus=focus, method=evidence)

    def variant(self, date, gene, *, p=None, c=None, text=None, profile=P_MCVAR,
                issued=None, somatic=True, report_title=None, answer=PRESENT):
        comps = [{"code": cc((LN, "48018-6")), "valueCodeableConcept": cc((HGNC, gene))}]
        if c:
            comps.append({"code": cc((LN, "48004-6")), "valueCodeableConcept": cc((HGVS, c))})
        if p:
            comps.append({"code": cc((LN, "48005-3")), "valueCodeableConcept": cc((HGVS, p))})
        u = self.obs(cc((LN, "69548-6")), date, vcc(answer), issued=issued,
                     profile=profile, components=comps,
                     note=text or ("somatic" if somatic else "germline"))
        if report_title:
            gname = VERIFIED[(HGNC, gene)][0]
            concl = (f"{gname}: no pathogenic variant detected." if answer == ABSENT else
                     f"{gname} variant detected" + (f": {c} ({p})" if c and p else
                                                    f": {text}" if text else "."))
            self.report(cc((LN, "51969-4"), text=report_title), date, concl, cat="GE",
                        issued=issued, results=[u])
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


def carries(cc_, s):
    """Does a CodeableConcept carry the service coding (directly, or as an NDC of the
    requested ingredient)?"""
    for cd in (cc_ or {}).get("coding", []):
        if (cd.get("system"), cd.get("code")) == (s["system"], s["code"]):
            return True
        if (cd.get("system") == NDC and s["system"] == RX
                and NDC_INGREDIENT.get(cd.get("code")) == s["code"]):
            return True
    return False


def svc(system, code):
    return coding(system, code)


def rx(*codes, text=None):
    return cc(*[(RX, k) for k in codes], text=text)


def hc(code, text=None, *extra):
    return cc((HCPCS, code), *extra, text=text)


def ndc(code, text=None):
    return cc((NDC, code), text=text)


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c



RIGHT = cc((SCT, "73056007"))
LEFT = cc((SCT, "80248007"))
POSTMENO = (SCT, "76498008")
TRAS = hc("J9355", "trastuzumab (Herceptin) IV")
PERT = hc("J9306", "pertuzumab (Perjeta) IV")
DOCE = hc("J9171", "docetaxel")
CARBO = hc("J9045", "carboplatin")
CIS = hc("J9060", "cisplatin")
PACLI = hc("J9267", "paclitaxel")
NABPAC = hc("J9264", "paclitaxel protein-bound (Abraxane)")
GEM = hc("J9201", "gemcitabine")
PEME = hc("J9305", "pemetrexed")
PEMBRO = hc("J9271", "pembrolizumab (Keytruda)")
NIVO = hc("J9299", "nivolumab (Opdivo)")
IPI = hc("J9228", "ipilimumab (Yervoy)")
DURVA = hc("J9173", "durvalumab (Imfinzi)")
TREME = hc("J9347", "tremelimumab-actl (Imjudo)")
AMI = hc("J9061", "amivantamab-vmjw (Rybrevant)")
OXALI = hc("J9263", "oxaliplatin")
FU = hc("J9190", "fluorouracil")
LV = hc("J0640", "leucovorin calcium")
IRI = hc("J9206", "irinotecan")
BEV = hc("J9035", "bevacizumab (Avastin)")
ZIRABEV = hc("Q5118", "bevacizumab-bvzr (Zirabev)")
PANI = hc("J9303", "panitumumab (Vectibix)")
CETUX = hc("J9055", "cetuximab (Erbitux)")
RAMU = hc("J9308", "ramucirumab (Cyramza)")
AFLI = hc("J9400", "ziv-aflibercept (Zaltrap)")
FULV = hc("J9395", "fulvestrant 500 mg IM")
LEUP = hc("J9217", "leuprolide acetate depot")
DEGA = hc("J9155", "degarelix (Firmagon)")
CABA = hc("J9043", "cabazitaxel (Jevtana)")
PRED = rx("8640", text="prednisone 5 mg tablet")
ABI = rx("1100072", text="abiraterone acetate 250 mg tablet")
NGS_NEG = ("No EGFR, ALK, ROS1, BRAF V600E, MET exon 14, RET, NTRK or KRAS G12C alteration "
           "detected")


# ================================================================ BREAST
# b01 pertuzumab with trastuzumab + docetaxel, first-line HER2+ metastatic (partners ordered)
c = case(1, "breast", "2026-11-02", svc(HCPCS, "J9306"), S, None,
         "Pertuzumab - first-line HER2-positive metastatic, with trastuzumab and docetaxel",
         "First request for pertuzumab as part of pertuzumab/trastuzumab/docetaxel (THP) for de "
         "novo HER2-positive metastatic breast cancer (bone, liver); trastuzumab and docetaxel are "
         "ordered as separate MedicationRequests on the same day. No prior anti-HER2 therapy or "
         "chemotherapy.",
         "Perjeta label section 1 (Indications and Usage): in combination with trastuzumab and "
         "docetaxel for patients with HER2-positive metastatic breast cancer who have not "
         "received prior anti-HER2 therapy or chemotherapy for metastatic disease. Pivotal trial "
         "CLEOPATRA. Record: HER2 IHC 3+, stage IV, both partners ordered the same day, "
         "treatment-naive: supported.",
         "Perjeta 1: with trastuzumab + docetaxel, HER2+ MBC, no prior anti-HER2/chemo - both partners ordered",
         "female", "1971-03-09", ("Whitfield", "Ayesha"),
         regimen="THP (pertuzumab + trastuzumab + docetaxel)", shape="orders", uspatient=True)
p = c.primary(cc((ICD, "C50.411"), (SCT, "254837009"),
                 text="Invasive ductal carcinoma, right breast, metastatic at presentation"),
              "2026-10-06", body=RIGHT)
c.secondary(cc((ICD, "C79.51")), "2026-10-13")
c.secondary(cc((SCT, "94381002")), "2026-10-13")
c.her2_ihc("2026-10-06", vcc(POS, text="3+ (4B5)"), issued="2026-10-09")
c.er("2026-10-06", vcc(NEG, text="<1%"), issued="2026-10-09")
c.pr("2026-10-06", vcc(NEG, text="0%"), issued="2026-10-09")
c.stage("2026-10-19", "cT3 cN1 cM1 (bone, liver) - stage IV", code=(SCT, "1222837003"))
c.obs(tcc("Left ventricular ejection fraction (echocardiogram)"), "2026-10-22", qty(61, "%", "%"),
      cat=None)
c.ecog("2026-10-26", 1)
c.partner(TRAS, "trastuzumab 8 mg/kg loading dose, then 6 mg/kg every 3 weeks", reason=p)
c.partner(DOCE, "docetaxel 75 mg/m2 every 3 weeks for 6 cycles", reason=p)
c.ask(PERT, reason=p, uscore=True,
      dose="840 mg IV loading dose, then 420 mg every 3 weeks with trastuzumab and docetaxel "
           "(THP) until progression")

# b02 palbociclib with fulvestrant after relapse on adjuvant AI (fulvestrant administered)
c = case(2, "breast", "2026-11-03", svc(RX, "1601374"), S, None,
         "Palbociclib with fulvestrant - relapse on adjuvant aromatase inhibitor",
         "First request for palbociclib with fulvestrant for HR-positive, HER2-negative breast "
         "cancer that recurred in bone during year 5 of adjuvant anastrozole; fulvestrant 500 mg "
         "loading doses were given on day 1 and day 15, recorded as MedicationAdministrations, "
         "the second on the request date.",
         "Ibrance label section 1 (Indications and Usage): HR-positive, HER2-negative advanced or "
         "metastatic breast cancer in combination with fulvestrant in patients with disease "
         "progression following endocrine therapy (or with an aromatase inhibitor as initial "
         "endocrine-based therapy). Pivotal trial PALOMA-3. Record: ER 90% / PR positive / HER2 "
         "IHC 1+, biopsy-proven bone recurrence on adjuvant anastrozole, fulvestrant "
         "administered: supported.",
         "Ibrance 1: with fulvestrant after progression on endocrine therapy - relapse on adjuvant AI, fulvestrant given",
         "female", "1963-08-17", ("Lindgren", "Margit"),
         regimen="palbociclib + fulvestrant", shape="admins")
p = c.primary(cc((SCT, "254837009"), text="Carcinoma of left breast, recurrent"), "2021-05-10",
              body=LEFT)
c.secondary(cc((SCT, "94222008")), "2026-09-21",
            note="CT-guided biopsy of the right iliac lesion: metastatic carcinoma, ER positive.")
c.er("2026-09-21", vcc(SPOS, text="Positive, 90%, strong"), issued="2026-09-25")
c.pr("2026-09-21", vcc(SPOS, text="Positive, 30%"), issued="2026-09-25")
c.her2_ihc("2026-09-21", vcc(SNEG, text="1+"), issued="2026-09-25")
c.obs(tcc("Menopausal status"), "2026-09-28", vcc(POSTMENO, text="postmenopausal since 2017"),
      cat="survey")
c.stmt(rx("84857", text="anastrozole 1 mg daily (adjuvant)"), "2021-08-02", end="2026-09-28",
       status="stopped", note="Stopped at bone recurrence (progression on adjuvant endocrine therapy).")
c.imaging("2026-09-14", "Bone scan and CT chest/abdomen/pelvis: multiple sclerotic lesions "
          "(right ilium, L3, T11); no visceral metastases.", title="Restaging for bone pain")
c.stage("2026-09-28", "rcT0 cN0 cM1 (bone) - stage IV recurrence")
c.admin(FULV, "2026-10-20", dose="Day 1: fulvestrant 500 mg IM (250 mg each buttock)", reason=p)
c.admin(FULV, "2026-11-03", dose="Day 15: fulvestrant 500 mg IM (loading)", reason=p)
c.ecog("2026-11-03", 0)
c.ask(rx("1601374", text="Ibrance 125 mg tablet"), reason=p,
      dose="125 mg orally once daily, days 1-21 of 28-day cycles, with fulvestrant 500 mg "
           "(days 1, 15, 29, then monthly)")

# b03 abemaciclib with anastrozole, initial endocrine-based therapy (AI as dispenses)
c = case(3, "breast", "2026-11-04", svc(RX, "1946825"), S, None,
         "Abemaciclib with anastrozole - initial endocrine-based therapy, de novo metastatic",
         "First request for abemaciclib with anastrozole for de novo HR-positive, HER2-negative "
         "metastatic breast cancer (bone, lung) in a postmenopausal woman; anastrozole appears "
         "only as a pharmacy dispense (RxNorm SCD and NDC) a week before the request.",
         "Verzenio label section 1 (Indications and Usage): in combination with an aromatase "
         "inhibitor as initial endocrine-based therapy for HR-positive, HER2-negative advanced or "
         "metastatic breast cancer. Pivotal trial MONARCH 3. Record: ER 95% (percentage), PR "
         "positive, HER2 IHC 0, stage IV, postmenopausal, anastrozole dispensed, no prior "
         "endocrine therapy: supported.",
         "Verzenio 1: with an AI as initial endocrine-based therapy - anastrozole dispensed",
         "female", "1956-01-25", ("Castellano", "Irene"),
         regimen="abemaciclib + anastrozole", shape="dispenses")
p = c.cond(cc((ICD, "C50.912"), text="Malignant neoplasm of left breast, metastatic"),
           "2026-10-05")
c.secondary(cc((ICD, "C79.51")), "2026-10-12")
c.secondary(cc((ICD, "C78.01"), text="Secondary malignant neoplasm of right lung (nodules)"),
            "2026-10-12")
c.er("2026-10-05", qty(95, "%", "%"), issued="2026-10-09")
c.pr("2026-10-05", vcc(POS, text="Positive, 60%"), issued="2026-10-09")
c.her2_ihc("2026-10-05", vcc(NEG, text="0"), issued="2026-10-09")
c.stage("2026-10-19", "cT2 cN1 cM1 - stage IV", code=(SCT, "1222837003"))
c.obs(tcc("Menopausal status"), "2026-10-19", vcc(POSTMENO), cat="survey")
c.dispense(cc((RX, "84857"), (RX, "199224"), (NDC, "24979-725-06"), text="anastrozole 1 mg tablet"),
           "2026-10-28", 30, 30)
c.ecog("2026-10-28", 1)
c.ask(rx("1946825", text="Verzenio 150 mg tablet"), reason_code=cc((ICD, "C50.912")),
      dose="150 mg orally twice daily, continuous, with anastrozole 1 mg daily")

# b04 tucatinib with trastuzumab + capecitabine (partners only in the treatment-plan note)
c = case(4, "breast", "2026-11-05", svc(RX, "2361285"), S, None,
         "Tucatinib with trastuzumab and capecitabine - after THP and T-DXd, brain metastases",
         "First request for tucatinib for HER2-positive metastatic breast cancer with new brain "
         "metastases after first-line THP and second-line trastuzumab deruxtecan in the "
         "metastatic setting; the new regimen's trastuzumab and capecitabine appear only in the "
         "oncologist's treatment-plan note ('HER2CLIMB regimen').",
         "Tukysa label section 1 (Indications and Usage): in combination with trastuzumab and "
         "capecitabine for adults with advanced unresectable or metastatic HER2-positive breast "
         "cancer, including brain metastases, who have received one or more prior anti-HER2-based "
         "regimens in the metastatic setting. Pivotal trial HER2CLIMB. Record: HER2 3+, two prior "
         "anti-HER2 regimens for metastatic disease (administrations), brain progression; the "
         "partners are written in the plan note: supported.",
         "Tukysa 1: with trastuzumab + capecitabine after >=1 anti-HER2 regimen in the metastatic setting - partners in note",
         "female", "1974-06-30", ("Oyelaran", "Funmi"),
         regimen="tucatinib + trastuzumab + capecitabine", shape="note")
p = c.primary(cc((ICD, "C50.911"), text="HER2-positive carcinoma of right breast"), "2024-03-04",
              body=RIGHT)
c.secondary(cc((SCT, "94381002")), "2024-03-11")
c.secondary(cc((SCT, "94225005")), "2026-10-19",
            note="MRI brain: three enhancing lesions (largest 9 mm, left parietal).")
c.her2_ihc("2024-03-04", vcc(POS, text="3+"), issued="2024-03-08")
c.er("2024-03-04", vcc(POS, text="Positive, 20%"), issued="2024-03-08")
c.stage("2024-03-11", "cT2 cN2 cM1 (liver) - stage IV", code=(SCT, "1222837003"))
for m_, d_ in ((PERT, "pertuzumab 420 mg"), (TRAS, "trastuzumab 6 mg/kg"),
               (DOCE, "docetaxel 75 mg/m2")):
    c.cycles(m_, "2024-03-25", 6, 21, d_, reason=p)
c.cycles(PERT, "2024-07-29", 12, 21, "pertuzumab 420 mg (maintenance)", first=7, reason=p)
c.cycles(TRAS, "2024-07-29", 12, 21, "trastuzumab 6 mg/kg (maintenance)", first=7, reason=p)
c.imaging("2025-05-12", "CT: progression of liver metastases on HP maintenance.",
          title="CT restaging")
c.cycles(hc("J9358", "Enhertu 5.4 mg/kg"), "2025-05-26", 24, 21, "trastuzumab deruxtecan 5.4 mg/kg",
         reason=p)
c.imaging("2026-10-19", "MRI brain: three new enhancing metastases; CT body: liver disease "
          "stable on trastuzumab deruxtecan.", title="MRI brain and CT restaging")
c.status("2026-10-19", WORSE, focus=p, text="Intracranial progression on T-DXd")
c.doc("MEDICAL ONCOLOGY - TREATMENT PLAN 11/05/2026\nHER2+ MBC, now intracranial progression "
      "(3 lesions, asymptomatic) after THP (2024-2025) and T-DXd (2025-2026). Radiation "
      "oncology: SRS to all three lesions planned.\nPLAN (HER2CLIMB regimen): tucatinib 300 mg "
      "PO BID continuous + capecitabine 1,000 mg/m2 PO BID days 1-14 + trastuzumab 6 mg/kg IV "
      "every 21 days (loading 8 mg/kg), 21-day cycles. Start after SRS. Echo 10/30/2026 LVEF 58%.",
      "2026-11-05", kind="11506-3", title="Treatment plan")
c.ecog("2026-11-05", 1)
c.ask(rx("2361285", text="Tukysa 150 mg tablet"), reason=p, intent="proposal",
      dose="300 mg orally twice daily, continuous, in 21-day cycles")

# b05 pembrolizumab + gemcitabine/carboplatin, metastatic TNBC CPS 15 (regimen name only)
c = case(5, "breast", "2026-11-06", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab with gemcitabine/carboplatin - metastatic TNBC, PD-L1 CPS 15",
         "First request for pembrolizumab with chemotherapy for triple-negative breast cancer "
         "recurring in lung and nodes four years after adjuvant AC-T; the chemotherapy appears "
         "only as a regimen name ('GC + pembro': gemcitabine/carboplatin days 1 and 8) in a "
         "MedicationStatement and in the request's dosage text.",
         "Keytruda label section 1 (Indications and Usage): in combination with chemotherapy for "
         "locally recurrent unresectable or metastatic triple-negative breast cancer whose tumours "
         "express PD-L1 (CPS 10 or more) as determined by an FDA-approved test. Pivotal trial "
         "KEYNOTE-355. Record: ER/PR negative (ICD-10-CM Z17.1 and LOINC), HER2 0, 22C3 CPS 15, "
         "metastatic recurrence, chemotherapy partner named: supported.",
         "Keytruda 1: mTNBC with chemotherapy, CPS >=10 - CPS 15, 'GC + pembro'",
         "female", "1979-10-12", ("Mbeki", "Thandiwe"),
         regimen="pembrolizumab + gemcitabine/carboplatin", shape="name")
p = c.primary(cc((ICD, "C50.412"), text="Triple-negative carcinoma of left breast"), "2022-02-07",
              body=LEFT)
c.cond(cc((ICD, "Z17.1")), "2022-02-11")
c.secondary(cc((ICD, "C78.01")), "2026-10-05")
c.stmt(tcc("Adjuvant dose-dense AC then weekly paclitaxel"), "2022-04-04", end="2022-09-12")
c.er("2026-10-05", vcc(NEG, text="0% (lung biopsy)"), issued="2026-10-09")
c.pr("2026-10-05", vcc(NEG, text="0%"), issued="2026-10-09")
c.her2_ihc("2026-10-05", vcc(NEG, text="0"), issued="2026-10-09")
c.marker(cc((LN, "85147-7")), "2026-10-05", vstr("CPS 15 (PD-L1 IHC 22C3 pharmDx)"),
         issued="2026-10-14")
c.imaging("2026-09-28", "CT chest/abdomen/pelvis: multiple bilateral pulmonary nodules up to "
          "2.1 cm and mediastinal adenopathy, new since 2025; liver clear.", title="CT chest/abdomen/pelvis")
c.stage("2026-10-19", "rcTX cN2 cM1 (lung) - metastatic recurrence")
c.stmt(tcc("GC + pembro: gemcitabine 1,000 mg/m2 + carboplatin AUC 2, days 1 and 8 q21d"),
       "2026-11-06", status="intended")
c.ecog("2026-11-06", 0)
c.ask(PEMBRO, reason=p, dose="200 mg IV every 3 weeks with GC (gem/carbo) until progression")

# b06 alpelisib with fulvestrant, PIK3CA H1047R (TRANSFER: PIK3CA only in outside report)
c = case(6, "breast", "2026-11-09", svc(RX, "2169285"), S, None,
         "Alpelisib with fulvestrant - PIK3CA H1047R after progression on ribociclib/letrozole "
         "(transfer of care)",
         "First request for alpelisib with fulvestrant (fulvestrant ordered separately the same "
         "day) for HR-positive, HER2-negative metastatic breast cancer that progressed on "
         "first-line ribociclib + letrozole; the PIK3CA H1047R result arrived only as the outside "
         "therascreen PIK3CA report and the outside oncology summary.",
         "Piqray label section 1 (Indications and Usage): in combination with fulvestrant for "
         "HR-positive, HER2-negative, PIK3CA-mutated advanced or metastatic breast cancer as "
         "detected by an FDA-approved test following progression on or after an endocrine-based "
         "regimen. Pivotal trial SOLAR-1. Record: outside therascreen report PIK3CA H1047R, "
         "progression on ribociclib + letrozole, postmenopausal, fulvestrant ordered: supported.",
         "Piqray 1: with fulvestrant, PIK3CA-mutated, after an endocrine regimen - outside therascreen H1047R",
         "female", "1958-04-04", ("Sandoval", "Rosa"),
         regimen="alpelisib + fulvestrant", shape="orders", transfer=True)
p = c.cond(cc((ICD, "C50.911")), "2024-06-03", recorded="2026-10-27")
c.cond(cc((ICD, "Z17.0")), "2024-06-03", recorded="2026-10-27")
c.outside(
    "HARBORVIEW ONCOLOGY ASSOCIATES - TRANSFER SUMMARY (10/20/2026)\n"
    "Dx: right breast IDC, de novo metastatic to bone 06/2024. ER 85%, PR 10%, HER2 1+ "
    "(negative). Postmenopausal.\n"
    "Line 1 (metastatic): ribociclib 600 mg d1-21 + letrozole 2.5 mg, 07/01/2024 - "
    "09/28/2026; progression (new liver lesions) on CT 09/28/2026.\n"
    "Plasma PIK3CA testing (therascreen PIK3CA RGQ PCR, 10/06/2026): H1047R DETECTED - see "
    "attached report. HbA1c 5.6%.\nRecommendation: alpelisib + fulvestrant.",
    "2026-10-20", kind="11488-4", title="Outside oncology transfer summary (Harborview)",
    org="Harborview Oncology Associates")
c.outside(
    "MOLECULAR DIAGNOSTICS LABORATORY - REPORT\n"
    "Test: therascreen PIK3CA RGQ PCR Kit (plasma)    Collected: 10/06/2026    Reported: "
    "10/12/2026\nIndication: HR+/HER2- advanced breast cancer, candidate for alpelisib.\n"
    "RESULT: PIK3CA MUTATION DETECTED\n  Exon 20: H1047R (c.3140A>G, p.His1047Arg)\n"
    "Interpretation: patient is eligible for PIQRAY (alpelisib) per the FDA-approved companion "
    "diagnostic claim.",
    "2026-10-12", kind="51969-4", title="Outside molecular report: therascreen PIK3CA (plasma)",
    org="Harborview Oncology Associates")
c.stmt(rx("1873916", text="ribociclib 600 mg d1-21 (outside)"), "2024-07-01", end="2026-09-28",
       status="stopped", note="Progression.")
c.stmt(rx("72965", text="letrozole 2.5 mg (outside)"), "2024-07-01", end="2026-09-28",
       status="stopped")
c.obs(tcc("Menopausal status"), "2026-10-27", vcc(POSTMENO), cat="survey")
c.obs(tcc("Hemoglobin A1c"), "2026-10-27", qty(5.6, "%", "%"), cat="laboratory")
c.ecog("2026-11-09", 1)
c.partner(FULV, "fulvestrant 500 mg IM days 1, 15, 29, then every 28 days", reason=p)
c.ask(rx("2169285", text="Piqray 300 mg daily dose (2 x 150 mg tablets)"), reason=p,
      dose="300 mg orally once daily with food, with fulvestrant")

# b07 palbociclib requested with no endocrine partner recorded anywhere
c = case(7, "breast", "2026-11-10", svc(RX, "1601374"), ND, ["prior_therapy"],
         "Palbociclib - endocrine partner not recorded",
         "Request for palbociclib 125 mg for de novo HR-positive, HER2-negative metastatic breast "
         "cancer in a postmenopausal woman; the request, orders, medication list and notes name "
         "no aromatase inhibitor or fulvestrant (the consult says only 'start palbociclib').",
         "Ibrance label section 1 (Indications and Usage): HR-positive, HER2-negative advanced or "
         "metastatic breast cancer in combination with an aromatase inhibitor as initial "
         "endocrine-based therapy, or with fulvestrant after progression on endocrine therapy; "
         "there is no single-agent indication. Pivotal trials PALOMA-2 and PALOMA-3. The "
         "biomarkers, stage and menopause are documented but the endocrine partner is simply "
         "not recorded: needs-documentation (prior_therapy, the fact family for an unrecorded "
         "regimen partner).",
         "Ibrance 1: only with an AI or fulvestrant - no partner anywhere in the record",
         "female", "1955-11-19", ("Keller", "Dorothea"),
         regimen="palbociclib (+ endocrine partner not named)", shape="absent")
p = c.primary(cc((SCT, "254837009"), text="Carcinoma of right breast"), "2026-09-29", body=RIGHT)
c.secondary(cc((SCT, "94222008")), "2026-10-06")
c.er("2026-09-29", vcc(POS, text="Positive, 80%"), issued="2026-10-02")
c.pr("2026-09-29", vcc(POS, text="Positive, 40%"), issued="2026-10-02")
c.her2_ihc("2026-09-29", vcc(NEG, text="1+"), issued="2026-10-02")
c.stage("2026-10-12", "cT2 cN1 cM1 (bone) - stage IV", code=(SCT, "1222837003"))
c.obs(tcc("Menopausal status"), "2026-10-12", vcc(POSTMENO), cat="survey")
c.doc("Oncology consult 11/10/2026: de novo HR+/HER2- MBC, bone-only. Discussed CDK4/6 "
      "inhibitor therapy. Plan: start palbociclib. Denosumab for bone health. Return in 2 weeks "
      "with CBC.", "2026-11-10", kind="11488-4")
c.ecog("2026-11-10", 0)
c.ask(rx("1601374", text="palbociclib 125 mg capsule"), reason=p,
      dose="125 mg orally once daily, days 1-21 of 28-day cycles")

# b08 pertuzumab neoadjuvant within TCHP; tumour size and nodal status not documented
c = case(8, "breast", "2026-11-11", svc(HCPCS, "J9306"), ND, ["stage"],
         "Pertuzumab - neoadjuvant TCHP; tumour size and nodal status not yet documented",
         "Request for pertuzumab within neoadjuvant TCHP (docetaxel, carboplatin, trastuzumab "
         "ordered the same day) for HER2-positive breast cancer diagnosed on core biopsy; the "
         "breast MRI and axillary ultrasound are ordered but not resulted, and no tumour size, "
         "nodal status or stage is recorded.",
         "Perjeta label section 1 (Indications and Usage): in combination with trastuzumab and "
         "chemotherapy as neoadjuvant treatment of HER2-positive, locally advanced, inflammatory, "
         "or early stage breast cancer (either greater than 2 cm in diameter or node positive). "
         "Pivotal trials NeoSphere and TRYPHAENA. HER2 3+ and the partners are documented; the "
         "size/node gate is simply absent: needs-documentation (stage).",
         "Perjeta 1: neoadjuvant requires >2 cm or node positive - no size, nodes or stage yet",
         "female", "1983-12-01", ("Antonelli", "Chiara"),
         regimen="TCHP (docetaxel, carboplatin, trastuzumab, pertuzumab)", shape="orders")
p = c.primary(cc((ICD, "C50.912")), "2026-10-26", body=LEFT)
c.pathology("2026-10-26", "Left breast 1:00, core biopsy: invasive ductal carcinoma, grade 3. "
            "HER2 IHC 3+; ER negative; PR negative.", title="Core biopsy pathology",
            issued="2026-10-29")
c.her2_ihc("2026-10-26", vcc(POS, text="3+"), issued="2026-10-29")
c.er("2026-10-26", vcc(NEG, text="0%"), issued="2026-10-29")
c.order(tcc("MRI breasts bilateral with contrast; ultrasound left axilla"),
        "2026-11-04", reason=p, note="Extent of disease before neoadjuvant therapy.")
c.doc("Breast oncology 11/11/2026: palpable left breast mass, HER2+ on core. Imaging for size "
      "and axilla is scheduled. Plan neoadjuvant TCHP x6 then surgery. Echo LVEF 64%.",
      "2026-11-11", kind="11506-3")
c.partner(DOCE, "docetaxel 75 mg/m2 every 3 weeks x6 (TCHP)", reason=p)
c.partner(CARBO, "carboplatin AUC 6 every 3 weeks x6 (TCHP)", reason=p)
c.partner(TRAS, "trastuzumab 8 mg/kg then 6 mg/kg every 3 weeks (TCHP)", reason=p)
c.ask(PERT, reason=p, intent="proposal",
      dose="TCHP: pertuzumab 840 mg then 420 mg every 3 weeks x6 (neoadjuvant)")

# b09 ribociclib with fulvestrant; menopausal status never documented (49-year-old)
c = case(9, "breast", "2026-11-12", svc(RX, "1873916"), ND, ["menopause"],
         "Ribociclib with fulvestrant - menopausal status not documented",
         "Request for ribociclib with fulvestrant (loading doses already administered) for "
         "HR-positive, HER2-negative breast cancer recurring in the liver on adjuvant tamoxifen, "
         "in a 49-year-old woman; no menstrual history, FSH/estradiol, oophorectomy or ovarian "
         "suppression is recorded.",
         "Kisqali label section 1 (Indications and Usage): HR-positive, HER2-negative advanced or "
         "metastatic breast cancer in combination with fulvestrant as initial endocrine-based "
         "therapy or following disease progression on endocrine therapy in postmenopausal women "
         "or in men (with an aromatase inhibitor the label also covers pre/perimenopausal "
         "women). Pivotal trial MONALEESA-3. The partner is fulvestrant, so menopausal status is "
         "a gate and it is simply absent: needs-documentation (menopause).",
         "Kisqali 1: with fulvestrant only in postmenopausal women or men - menopause not recorded",
         "female", "1977-07-08", ("Novotna", "Jana"),
         regimen="ribociclib + fulvestrant", shape="admins")
p = c.primary(cc((ICD, "C50.411")), "2021-01-18", body=RIGHT)
c.cond(cc((ICD, "Z17.0")), "2021-01-22")
c.secondary(cc((ICD, "C78.7")), "2026-10-12",
            note="Liver biopsy: metastatic carcinoma consistent with breast primary.")
c.pr("2026-10-12", vcc(POS, text="Positive, 15%"), issued="2026-10-16")
c.marker(cc((LN, "48676-1")), "2026-10-12", vcc(NEG, text="Negative (IHC 1+)"),
         issued="2026-10-16")
c.stmt(rx("10324", text="tamoxifen 20 mg daily (adjuvant)"), "2021-04-05", end="2026-10-12",
       status="stopped", note="Recurrence on adjuvant tamoxifen.")
c.admin(FULV, "2026-10-28", dose="Day 1: fulvestrant 500 mg IM", reason=p)
c.admin(FULV, "2026-11-11", dose="Day 15: fulvestrant 500 mg IM", reason=p)
c.ecog("2026-11-12", 0)
c.ask(rx("1873916", text="Kisqali 200 mg tablet"), reason=p,
      dose="600 mg orally once daily, days 1-21 of 28-day cycles, with fulvestrant 500 mg monthly")

# b10 pertuzumab continued alone after trastuzumab stopped for cardiotoxicity
c = case(10, "breast", "2026-11-13", svc(HCPCS, "J9306"), RR, None,
         "Pertuzumab - continued as a single agent after trastuzumab stopped for cardiotoxicity",
         "Request to continue pertuzumab maintenance alone for HER2-positive metastatic breast "
         "cancer after trastuzumab was permanently stopped for a fall in LVEF to 38%; docetaxel "
         "was completed earlier. The note states pertuzumab will be given without trastuzumab.",
         "Perjeta label section 1 (Indications and Usage): every indication is in combination "
         "with trastuzumab (with docetaxel for metastatic disease; with chemotherapy for "
         "neoadjuvant and adjuvant treatment); there is no single-agent use. Pivotal trial "
         "CLEOPATRA. The record shows trastuzumab stopped and pertuzumab planned alone, which "
         "contradicts the label: refer-to-reviewer.",
         "Perjeta 1: only with trastuzumab - trastuzumab stopped, pertuzumab alone",
         "female", "1966-02-14", ("Hallberg", "Sigrid"),
         regimen="pertuzumab alone (trastuzumab stopped)", shape="alone")
p = c.primary(cc((ICD, "C50.412"), (SCT, "254837009")), "2025-08-11", body=LEFT)
c.secondary(cc((ICD, "C78.7")), "2025-08-18")
c.her2_ish("2025-08-11", vcc(POS, text="Amplified: HER2/CEP17 ratio 5.8"), issued="2025-08-19")
c.stage("2025-08-18", "cT2 cN1 cM1 (liver) - stage IV", code=(SCT, "1222837003"))
for m_, d_ in ((PERT, "pertuzumab 420 mg"), (TRAS, "trastuzumab 6 mg/kg"),
               (DOCE, "docetaxel 75 mg/m2")):
    c.cycles(m_, "2025-09-01", 6, 21, d_, reason=p)
c.cycles(PERT, "2026-01-05", 14, 21, "pertuzumab 420 mg (maintenance)", first=7, reason=p)
c.cycles(TRAS, "2026-01-05", 14, 21, "trastuzumab 6 mg/kg (maintenance)", first=7, reason=p)
c.obs(tcc("Left ventricular ejection fraction (echocardiogram)"), "2026-10-26", qty(38, "%", "%"),
      cat=None, note="Down from 60% at baseline; symptomatic (NYHA II).")
c.prior_order(TRAS, "2025-08-25", status="stopped", reason=p,
              note="Permanently discontinued 10/27/2026 for LVEF 38% (trastuzumab cardiotoxicity).")
c.doc("Cardio-oncology/oncology 11/13/2026: LVEF 38%, trastuzumab permanently stopped. Liver "
      "disease in remission on imaging. Plan: continue pertuzumab 420 mg q3w alone; no "
      "trastuzumab.", "2026-11-13")
c.ask(PERT, reason=p, note="Continue pertuzumab monotherapy; trastuzumab discontinued for cardiotoxicity.",
      dose="420 mg IV every 3 weeks (single agent)")

# b11 ribociclib with tamoxifen for metastatic disease
c = case(11, "breast", "2026-11-16", svc(RX, "1873916"), RR, None,
         "Ribociclib with tamoxifen - first-line metastatic, AI intolerance",
         "Request for ribociclib with tamoxifen (dispensed) as first-line therapy for HR-positive, "
         "HER2-negative metastatic breast cancer in a postmenopausal woman who stopped adjuvant "
         "letrozole after 3 months for arthralgia; the request names tamoxifen as the partner.",
         "Kisqali label section 1 (Indications and Usage): for advanced or metastatic disease "
         "ribociclib is indicated in combination with an aromatase inhibitor or with fulvestrant "
         "only; tamoxifen is not a labelled partner (and concomitant tamoxifen is advised against "
         "for QT prolongation in the Warnings). Pivotal trials MONALEESA-2/-3/-7. The recorded "
         "partner contradicts the label: refer-to-reviewer.",
         "Kisqali 1: partner must be an AI or fulvestrant - tamoxifen dispensed",
         "female", "1960-09-23", ("Duarte", "Helena"),
         regimen="ribociclib + tamoxifen", shape="dispenses")
p = c.primary(cc((ICD, "C50.911")), "2026-10-01", body=RIGHT)
c.secondary(cc((ICD, "C79.51")), "2026-10-08")
c.er("2026-10-01", vcc(POS, text="Positive, 70%"), issued="2026-10-05")
c.pr("2026-10-01", vcc(NEG, text="Negative"), issued="2026-10-05")
c.her2_ihc("2026-10-01", vcc(NEG, text="1+"), issued="2026-10-05")
c.stage("2026-10-12", "cT2 cN0 cM1 (bone) - stage IV", code=(SCT, "1222837003"))
c.obs(tcc("Menopausal status"), "2026-10-12", vcc(POSTMENO), cat="survey")
c.stmt(rx("72965", text="letrozole 2.5 mg"), "2026-10-13", end="2026-11-02", status="stopped",
       note="Severe arthralgia; patient declines all aromatase inhibitors.")
c.dispense(rx("10324", text="tamoxifen 20 mg tablet"), "2026-11-09", 30, 30)
c.ask(rx("1873916", text="Kisqali 200 mg tablet"),
      dose="600 mg orally days 1-21 q28d with tamoxifen 20 mg daily",
      note="AI intolerant - requesting ribociclib with tamoxifen.")

# b12 tucatinib + trastuzumab + capecitabine first line in a treatment-naive patient
c = case(12, "breast", "2026-11-17", svc(RX, "2361285"), RR, None,
         "Tucatinib with trastuzumab and capecitabine - first line, no prior anti-HER2 therapy",
         "Request for tucatinib with trastuzumab (ordered) and capecitabine (dispensed) as "
         "first-line therapy for de novo HER2-positive metastatic breast cancer; the consult "
         "states the patient is treatment-naive and declines taxane-based THP.",
         "Tukysa label section 1 (Indications and Usage): in combination with trastuzumab and "
         "capecitabine for metastatic HER2-positive breast cancer in patients who have received "
         "one or more prior anti-HER2-based regimens in the metastatic setting. Pivotal trial "
         "HER2CLIMB. The record states no prior therapy of any kind, contradicting the prior "
         "anti-HER2 regimen gate: refer-to-reviewer.",
         "Tukysa 1: requires >=1 prior anti-HER2 regimen for metastatic disease - treatment-naive",
         "female", "1969-05-05", ("Petrakis", "Eleni"),
         regimen="tucatinib + trastuzumab + capecitabine", shape="orders")
p = c.primary(cc((ICD, "C50.411")), "2026-10-19", body=RIGHT)
c.secondary(cc((SCT, "94381002")), "2026-10-26")
c.her2_ish("2026-10-19", vcc(POS, text="Amplified (HER2/CEP17 4.2; 9.1 copies/cell)"),
           issued="2026-10-27")
c.stage("2026-10-26", "cT3 cN1 cM1 (liver) - stage IV", code=(SCT, "1222837003"))
c.doc("Oncology consult 11/17/2026: de novo HER2+ MBC (liver). No prior systemic therapy of any "
      "kind. Offered THP (CLEOPATRA); patient declines docetaxel (alopecia, neuropathy concerns). "
      "Plan: tucatinib + trastuzumab + capecitabine first line.", "2026-11-17", kind="11488-4")
c.dispense(rx("194000", "200328", text="capecitabine 500 mg tablet"), "2026-11-17", 84, 21)
c.partner(TRAS, "trastuzumab 8 mg/kg then 6 mg/kg every 3 weeks", reason=p)
c.ask(rx("2361285", text="Tukysa 150 mg tablet"), reason=p,
      dose="300 mg orally twice daily with trastuzumab and capecitabine (first line)")


# ================================================================ NSCLC
# n01 pembrolizumab with pemetrexed + carboplatin, cycle 1 chemo given the same day
c = case(1, "nsclc", "2026-11-02", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab with pemetrexed and carboplatin - first-line metastatic nonsquamous",
         "First request for pembrolizumab on cycle 1 day 1 of carboplatin/pemetrexed/"
         "pembrolizumab for metastatic lung adenocarcinoma (liver, bone); carboplatin and "
         "pemetrexed were administered that morning (MedicationAdministrations). EGFR and ALK "
         "are reported absent as mCODE genomic-variant Observations; PD-L1 TPS 5%.",
         "Keytruda label section 1 (Indications and Usage): in combination with pemetrexed and "
         "platinum chemotherapy as first-line treatment of metastatic nonsquamous NSCLC with no "
         "EGFR or ALK genomic tumour aberrations. Pivotal trial KEYNOTE-189. Record: "
         "adenocarcinoma, stage IVB, EGFR and ALK absent, both partners given the same day: "
         "supported.",
         "Keytruda 1: with pemetrexed + platinum, nonsquamous, no EGFR/ALK - partners administered",
         "male", "1957-02-21", ("Okonkwo", "Emeka"),
         regimen="carboplatin + pemetrexed + pembrolizumab", shape="admins", uspatient=True)
p = c.primary(cc((ICD, "C34.12"), (SCT, "254637007"),
                 text="Adenocarcinoma of left upper lobe of lung"), "2026-10-05")
c.secondary(cc((ICD, "C78.7")), "2026-10-09")
c.secondary(cc((ICD, "C79.51")), "2026-10-09")
c.stage("2026-10-19", "cT3 cN2 cM1c - stage IVB")
c.variant("2026-10-05", "HGNC:3236", answer=ABSENT, issued="2026-10-21", text="EGFR: no "
          "pathogenic variant (exons 18-21)", report_title="Tissue NGS (Oncomine Dx Target Test)")
c.variant("2026-10-05", "HGNC:427", answer=ABSENT, issued="2026-10-21", text="ALK: no fusion")
c.marker(cc((LN, "85147-7")), "2026-10-05", qty(5, "%", "%"), issued="2026-10-14",
         method="22C3 pharmDx, tumour proportion score")
c.ecog("2026-11-02", 1)
c.admin(PEME, "2026-11-02", dose="Cycle 1: pemetrexed 500 mg/m2 IV", reason=p)
c.admin(CARBO, "2026-11-02", dose="Cycle 1: carboplatin AUC 5 IV", reason=p)
c.ask(PEMBRO, reason=p, uscore=True,
      dose="200 mg IV every 3 weeks with carboplatin/pemetrexed x4, then with pemetrexed maintenance")

# n02 pemetrexed maintenance with pembrolizumab after 4 cycles of carbo/pem/pembro (re-auth)
c = case(2, "nsclc", "2026-11-03", svc(HCPCS, "J9305"), S, None,
         "Pemetrexed - maintenance with pembrolizumab after carboplatin/pemetrexed/"
         "pembrolizumab induction (re-authorisation)",
         "Re-authorisation of pemetrexed for maintenance cycles 8-15 with pembrolizumab after "
         "four induction cycles of carboplatin/pemetrexed/pembrolizumab and three maintenance "
         "cycles, for metastatic nonsquamous NSCLC with partial response then stable disease; "
         "carboplatin was stopped after cycle 4 per protocol.",
         "Pemetrexed (Alimta) label section 1 (Indications and Usage): in combination with "
         "pembrolizumab and platinum chemotherapy for initial treatment of metastatic nonsquamous "
         "NSCLC with no EGFR or ALK genomic tumour aberrations; and as a single agent for "
         "maintenance of locally advanced or metastatic nonsquamous NSCLC that has not progressed "
         "after four cycles of platinum-based first-line chemotherapy. Pivotal trials KEYNOTE-189 "
         "and PARAMOUNT. Record: EGFR/ALK negative, four platinum cycles, no progression: "
         "supported.",
         "Alimta 1: maintenance after 4 platinum cycles without progression, nonsquamous - KEYNOTE-189 maintenance",
         "female", "1961-12-30", ("Farrow", "Judith"),
         regimen="pemetrexed + pembrolizumab maintenance", shape="maintenance")
p = c.primary(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2026-05-18")
c.secondary(cc((SCT, "94222008")), "2026-05-25")
c.stage("2026-06-01", "cT2b cN2 cM1b - stage IVA", code=(AJCC, "4A"))
c.text_obs("Tissue NGS (Oncomine Dx Target Test)", "2026-05-18", NGS_NEG, issued="2026-06-03")
c.marker(cc((LN, "85147-7")), "2026-05-18", vstr("TPS 20%"), issued="2026-05-27")
for m_, d_ in ((CARBO, "carboplatin AUC 5"), (PEME, "pemetrexed 500 mg/m2"),
               (PEMBRO, "pembrolizumab 200 mg")):
    c.cycles(m_, "2026-06-15", 4, 21, d_, reason=p)
c.imaging("2026-08-31", "CT chest/abdomen/pelvis after 4 cycles: partial response (RLL mass "
          "4.2 -> 2.3 cm; nodes decreased). No new lesions.", title="CT restaging")
o = c.prior_order(PEME, "2026-09-01", status="active", reason=p,
                  note="Maintenance pemetrexed with pembrolizumab, cycles 5-7 authorised.")
c.cycles(PEME, "2026-09-07", 3, 21, "pemetrexed 500 mg/m2 (maintenance)", first=5, reason=p,
         request=o)
c.cycles(PEMBRO, "2026-09-07", 3, 21, "pembrolizumab 200 mg (maintenance)", first=5, reason=p)
c.imaging("2026-10-26", "CT chest/abdomen/pelvis: stable disease compared with 08/31/2026.",
          title="CT restaging")
c.status("2026-10-26", STABLE, focus=p)
c.ecog("2026-11-02", 1)
c.ask(PEME, reason=p, prior=o,
      dose="500 mg/m2 IV every 3 weeks with pembrolizumab 200 mg, maintenance cycles 8-15")

# n03 nivolumab + ipilimumab + 2 cycles carboplatin/paclitaxel (partners only in the plan note)
c = case(3, "nsclc", "2026-11-04", svc(HCPCS, "J9299"), S, None,
         "Nivolumab - with ipilimumab and two cycles of chemotherapy, squamous, PD-L1 <1%",
         "First request for nivolumab within nivolumab + ipilimumab + 2 cycles of carboplatin/"
         "paclitaxel for metastatic squamous NSCLC with PD-L1 TPS <1% and no EGFR/ALK "
         "aberration; ipilimumab and the chemotherapy appear only in the thoracic oncology plan "
         "note.",
         "Opdivo label section 1 (Indications and Usage): in combination with ipilimumab and 2 "
         "cycles of platinum-doublet chemotherapy as first-line treatment of adults with "
         "metastatic or recurrent NSCLC with no EGFR or ALK genomic tumour aberrations (no PD-L1 "
         "threshold; without chemotherapy the combination requires PD-L1 1% or more). Pivotal "
         "trial CheckMate 9LA. Record: stage IVA, EGFR/ALK absent, plan note names ipilimumab and "
         "two chemotherapy cycles: supported.",
         "Opdivo 1: with ipilimumab + 2 cycles platinum doublet, no EGFR/ALK (any PD-L1) - partners in the plan note",
         "male", "1953-10-08", ("Brennan", "Padraig"),
         regimen="nivolumab + ipilimumab + carboplatin/paclitaxel x2", shape="note")
p = c.primary(cc((ICD, "C34.11"), (SCT, "254637007"), text="Squamous cell carcinoma, right "
                 "upper lobe"), "2026-10-01")
c.secondary(cc((ICD, "C79.51")), "2026-10-08")
c.stage("2026-10-15", "cT4 cN2 cM1b (single bone metastasis) - stage IVA", code=(AJCC, "4A"))
c.variant("2026-10-01", "HGNC:3236", answer=ABSENT, profile=P_GRVAR, issued="2026-10-20",
          text="EGFR: not detected")
c.variant("2026-10-01", "HGNC:427", answer=ABSENT, profile=P_GRVAR, issued="2026-10-20",
          text="ALK rearrangement: not detected")
c.marker(cc((LN, "85147-7")), "2026-10-01", qty(1, "%", "%", comparator="<"), issued="2026-10-09",
         method="22C3 pharmDx, TPS")
c.doc("THORACIC ONCOLOGY - PLAN 11/04/2026\nMetastatic squamous NSCLC, PD-L1 <1%, EGFR/ALK "
      "negative.\nRegimen (CheckMate 9LA): nivolumab 360 mg IV q3w + ipilimumab 1 mg/kg IV q6w "
      "+ carboplatin AUC 6 / paclitaxel 200 mg/m2 q3w for 2 cycles only; then nivolumab + "
      "ipilimumab up to 2 years. C1D1 planned for next Monday.", "2026-11-04", title="Treatment plan")
c.ecog("2026-11-04", 1)
c.ask(NIVO, reason=p, intent="proposal",
      dose="360 mg IV every 3 weeks (CheckMate 9LA regimen), up to 2 years")

# n04 osimertinib with pemetrexed + carboplatin (FLAURA2), partners ordered the same day
c = case(4, "nsclc", "2026-11-05", svc(RX, "1721560"), S, None,
         "Osimertinib with pemetrexed and carboplatin - first line, EGFR exon 19 deletion",
         "First request for osimertinib in combination with pemetrexed and carboplatin (both "
         "ordered the same day) for metastatic EGFR exon 19 deletion lung adenocarcinoma with "
         "brain metastases; the variant is an mCODE genomic-variant Observation in "
         "three-letter HGVS.",
         "Tagrisso label section 1 (Indications and Usage): in combination with pemetrexed and "
         "platinum-based chemotherapy for first-line treatment of adults with locally advanced or "
         "metastatic NSCLC whose tumours have EGFR exon 19 deletions or exon 21 L858R mutations, "
         "as detected by an FDA-approved test. Pivotal trial FLAURA2. Record: "
         "p.Glu746_Ala750del, stage IVB, treatment-naive, partners ordered: supported.",
         "Tagrisso 1: with pemetrexed + platinum, first line, ex19del/L858R - p.Glu746_Ala750del",
         "female", "1966-05-27", ("Nakamura", "Yoko"),
         regimen="osimertinib + pemetrexed + carboplatin", shape="orders")
p = c.primary(cc((ICD, "C34.90"), text="Lung adenocarcinoma"), "2026-10-12")
c.secondary(cc((SCT, "94225005")), "2026-10-19", note="MRI: two asymptomatic cerebellar lesions.")
c.secondary(cc((ICD, "C78.7")), "2026-10-19")
c.stage("2026-10-26", "cT2a cN2 cM1c - stage IVB")
c.variant("2026-10-12", "HGNC:3236", c="c.2235_2249del", p="p.Glu746_Ala750del",
          issued="2026-10-27", report_title="Tissue NGS")
c.ecog("2026-11-05", 1)
c.partner(PEME, "pemetrexed 500 mg/m2 every 3 weeks, then maintenance", reason=p)
c.partner(CARBO, "carboplatin AUC 5 every 3 weeks x4", reason=p)
c.ask(rx("1721560", text="Tagrisso 80 mg tablet"), reason=p, intent="proposal",
      dose="80 mg orally once daily with pemetrexed/carboplatin x4, then with pemetrexed")

# n05 dabrafenib with trametinib, BRAF V600E (TRANSFER: BRAF only in outside report)
c = case(5, "nsclc", "2026-11-06", svc(RX, "1424911"), S, None,
         "Dabrafenib with trametinib - metastatic NSCLC, BRAF V600E (transfer of care)",
         "First request for dabrafenib with trametinib (trametinib ordered the same day, coded "
         "by text only) for metastatic lung adenocarcinoma; the BRAF V600E result exists only "
         "in the outside comprehensive genomic profiling report of a patient transferring care.",
         "Tafinlar label section 1 (Indications and Usage): in combination with trametinib for "
         "metastatic NSCLC with BRAF V600E mutation as detected by an FDA-approved test. Pivotal "
         "trial BRF113928. Record: outside CGP report BRAF V600E, metastatic on imaging, "
         "trametinib ordered the same day: supported.",
         "Tafinlar 1: with trametinib, metastatic NSCLC, BRAF V600E - outside CGP report",
         "female", "1950-08-13", ("Gallo", "Teresa"),
         regimen="dabrafenib + trametinib", shape="orders", transfer=True)
p = c.cond(cc((ICD, "C34.12")), "2026-09-21", recorded="2026-10-30")
c.outside(
    "CEDAR VALLEY CANCER CENTER - MOLECULAR PATHOLOGY\n"
    "COMPREHENSIVE GENOMIC PROFILING (FoundationOne CDx)\n"
    "Specimen: left upper lobe core biopsy, collected 09/21/2026; reported 10/07/2026.\n"
    "Diagnosis: lung adenocarcinoma.\n"
    "GENOMIC FINDINGS: BRAF V600E (c.1799T>A) VAF 28%; TP53 R248Q.\n"
    "No EGFR, ALK, ROS1, RET, MET exon 14 or KRAS alterations. TMB 6 Muts/Mb; MSS.\n"
    "Companion diagnostic: BRAF V600E - dabrafenib in combination with trametinib (NSCLC).",
    "2026-10-07", kind="51969-4", title="Outside molecular report: FoundationOne CDx (Cedar Valley)",
    org="Cedar Valley Cancer Center")
c.outside(
    "CEDAR VALLEY IMAGING - PET/CT 09/30/2026\nIMPRESSION: FDG-avid 3.6 cm left upper lobe "
    "mass, left hilar and mediastinal nodes, malignant left pleural effusion and FDG-avid "
    "lesions in T7 and the right iliac bone, consistent with stage IV (M1c) disease.",
    "2026-09-30", kind="18748-4", title="Outside PET/CT report", org="Cedar Valley Cancer Center")
c.doc("Thoracic oncology new patient 10/30/2026: transferred after moving. Stage IV lung "
      "adenocarcinoma, BRAF V600E on outside FoundationOne CDx; no treatment given yet. Plan "
      "dabrafenib 150 mg BID + trametinib 2 mg daily.", "2026-10-30", kind="11488-4")
c.ecog("2026-10-30", 1)
c.partner(tcc("trametinib (Mekinist) 2 mg tablet"), "2 mg orally once daily with dabrafenib",
          reason=p)
c.ask(rx("1424911", text="Tafinlar 75 mg capsule"), reason=p,
      dose="150 mg orally twice daily with trametinib 2 mg once daily")

# n06 durvalumab with tremelimumab + carboplatin/nab-paclitaxel (POSEIDON), given the same day
c = case(6, "nsclc", "2026-11-09", svc(HCPCS, "J9173"), S, None,
         "Durvalumab with tremelimumab and platinum chemotherapy - first-line metastatic NSCLC",
         "First request for durvalumab on cycle 1 of durvalumab + tremelimumab + carboplatin/"
         "nab-paclitaxel for metastatic NSCLC; tremelimumab, carboplatin and nab-paclitaxel were "
         "administered the same day. EGFR and ALK are reported absent as Genomics Reporting "
         "variant Observations.",
         "Imfinzi label section 1 (Indications and Usage): in combination with tremelimumab-actl "
         "and platinum-based chemotherapy for adults with metastatic NSCLC with no sensitising "
         "EGFR mutations or ALK genomic tumour aberrations. Pivotal trial POSEIDON. Record: "
         "stage IVB, EGFR and ALK absent, all three partners administered: supported.",
         "Imfinzi 1: with tremelimumab + platinum chemotherapy, no EGFR/ALK - partners administered",
         "male", "1959-04-18", ("Lindqvist", "Anders"),
         regimen="durvalumab + tremelimumab + carboplatin/nab-paclitaxel", shape="admins")
p = c.primary(cc((SCT, "254637007"), text="Non-small cell carcinoma, right lung"), "2026-10-07")
c.secondary(cc((ICD, "C78.7")), "2026-10-14")
c.stage("2026-10-21", "cT3 cN3 cM1c (liver, adrenal) - stage IVB")
c.variant("2026-10-07", "HGNC:3236", answer=ABSENT, profile=P_GRVAR, issued="2026-10-23",
          report_title="Tissue NGS panel")
c.variant("2026-10-07", "HGNC:427", answer=ABSENT, profile=P_GRVAR, issued="2026-10-23")
c.marker(tcc("PD-L1 (SP263) tumour cells"), "2026-10-07", vstr("20%"), issued="2026-10-16")
c.ecog("2026-11-09", 1)
c.admin(TREME, "2026-11-09", dose="Cycle 1: tremelimumab-actl 75 mg IV", reason=p)
c.admin(CARBO, "2026-11-09", dose="Cycle 1: carboplatin AUC 6 IV", reason=p)
c.admin(NABPAC, "2026-11-09", dose="Cycle 1 day 1: nab-paclitaxel 100 mg/m2 IV", reason=p)
c.ask(DURVA,
      dose="1,500 mg IV every 3 weeks x4 with tremelimumab and chemotherapy, then every 4 weeks")

# n07 amivantamab ordered alone for EGFR exon 19 deletion; lazertinib never recorded
c = case(7, "nsclc", "2026-11-10", svc(HCPCS, "J9061"), ND, ["prior_therapy"],
         "Amivantamab - first line, EGFR exon 19 deletion; partner not recorded",
         "Request for amivantamab for treatment-naive metastatic EGFR exon 19 deletion NSCLC; "
         "no lazertinib, carboplatin or pemetrexed is ordered, dispensed or named anywhere in "
         "the record (the consult says 'start amivantamab').",
         "Rybrevant label section 1 (Indications and Usage): for EGFR exon 19 deletion or exon 21 "
         "L858R NSCLC, first-line in combination with lazertinib, or with carboplatin and "
         "pemetrexed after progression on an EGFR TKI; exon 20 insertion indications are "
         "separate. Pivotal trial MARIPOSA. The biomarker and setting are documented, but the "
         "required partner is simply not recorded: needs-documentation (prior_therapy).",
         "Rybrevant 1: first-line ex19del only with lazertinib - no partner recorded",
         "male", "1964-01-31", ("Cheng", "Wei"),
         regimen="amivantamab (+ lazertinib not recorded)", shape="absent")
p = c.primary(cc((ICD, "C34.11")), "2026-10-13")
c.secondary(cc((ICD, "C79.51")), "2026-10-20")
c.stage("2026-10-26", "cT2b cN1 cM1c - stage IVB")
c.variant("2026-10-13", "HGNC:3236", p="p.E746_A750del", issued="2026-10-28",
          report_title="Plasma ctDNA NGS (Guardant360 CDx)")
c.doc("Thoracic oncology 11/10/2026: EGFR exon 19 deletion NSCLC, stage IV, no prior therapy. "
      "Discussed options. Start amivantamab; premedication and infusion-reaction protocol "
      "reviewed.", "2026-11-10", kind="11488-4")
c.ecog("2026-11-10", 0)
c.ask(AMI, reason=p, dose="1,050 mg IV weekly x4 (split first dose), then every 2 weeks")

# n08 nivolumab + ipilimumab without chemotherapy; PD-L1 ordered but not resulted
c = case(8, "nsclc", "2026-11-11", svc(HCPCS, "J9299"), ND, ["pdl1"],
         "Nivolumab with ipilimumab (no chemotherapy) - PD-L1 pending",
         "Request for nivolumab with ipilimumab (ordered separately the same day), without "
         "chemotherapy, for metastatic NSCLC with EGFR/ALK-negative NGS; PD-L1 22C3 was ordered "
         "on the repeat biopsy and has not resulted.",
         "Opdivo label section 1 (Indications and Usage): in combination with ipilimumab as "
         "first-line treatment of adults with metastatic NSCLC whose tumours express PD-L1 (1% "
         "or more) as determined by an FDA-approved test, with no EGFR or ALK genomic tumour "
         "aberrations (the chemotherapy-containing 9LA regimen has no PD-L1 threshold, but no "
         "chemotherapy is planned). Pivotal trial CheckMate 227. PD-L1 is simply absent: "
         "needs-documentation (pdl1).",
         "Opdivo 1: nivo + ipi without chemo needs PD-L1 >=1% - PD-L1 pending",
         "female", "1955-09-02", ("Rasmussen", "Birgit"),
         regimen="nivolumab + ipilimumab", shape="orders")
p = c.primary(cc((ICD, "C34.12"), (SCT, "254637007")), "2026-10-06")
c.secondary(cc((ICD, "C78.01"), text="Contralateral (right) lung metastases"), "2026-10-13")
c.stage("2026-10-20", "cT2a cN2 cM1a - stage IVA", code=(AJCC, "4A"))
c.text_obs("Tissue NGS", "2026-10-06", NGS_NEG, issued="2026-10-26")
c.order(cc((LN, "85147-7"), text="PD-L1 22C3 on repeat core biopsy"), "2026-11-02", reason=p,
        note="Initial specimen insufficient for PD-L1; repeat biopsy 11/02/2026, result pending.")
c.ecog("2026-11-11", 1)
c.partner(IPI, "ipilimumab 1 mg/kg IV every 6 weeks", reason=p)
c.ask(NIVO, reason=p, dose="3 mg/kg IV every 2 weeks with ipilimumab 1 mg/kg every 6 weeks")

# n09 pembrolizumab with carbo/pem (regimen name only); EGFR/ALK NGS pending
c = case(9, "nsclc", "2026-11-12", svc(HCPCS, "J9271"), ND, ["egfr", "alk"],
         "Pembrolizumab - 'carbo/pem/pembro', EGFR and ALK results pending",
         "Request for pembrolizumab written as 'carbo/pem/pembro' for metastatic lung "
         "adenocarcinoma with PD-L1 TPS 30%; the tissue NGS panel (EGFR, ALK and others) was "
         "sent and has not resulted.",
         "Keytruda label section 1 (Indications and Usage): with pemetrexed and platinum "
         "chemotherapy for first-line metastatic nonsquamous NSCLC with no EGFR or ALK genomic "
         "tumour aberrations; as a single agent (PD-L1 TPS 1% or more) also only with no EGFR or "
         "ALK aberrations. Pivotal trials KEYNOTE-189 and KEYNOTE-042. EGFR and ALK status are "
         "simply absent: needs-documentation (egfr, alk).",
         "Keytruda 1: no EGFR/ALK aberration required - NGS pending",
         "male", "1962-03-15", ("Adeyemi", "Tunde"),
         regimen="carbo/pem/pembro", shape="name")
p = c.primary(cc((ICD, "C34.12"), text="Adenocarcinoma, left upper lobe"), "2026-10-19")
c.secondary(cc((ICD, "C79.51")), "2026-10-26")
c.stage("2026-10-26", "cT3 cN2 cM1b - stage IVA", code=(AJCC, "4A"))
c.marker(cc((LN, "85147-7")), "2026-10-19", vstr("TPS 30%"), issued="2026-10-27")
c.order(cc((CPT, "81455"), text="Tissue NGS solid tumour panel"), "2026-10-23", reason=p,
        note="Sent 10/23/2026; expected turnaround 3 weeks.")
c.ecog("2026-11-12", 1)
c.ask(PEMBRO, reason=p, dose="carbo/pem/pembro: pembrolizumab 200 mg IV q3w")

# n10 pembrolizumab with pemetrexed + carboplatin for squamous histology, PD-L1 <1%
c = case(10, "nsclc", "2026-11-13", svc(HCPCS, "J9271"), RR, None,
         "Pembrolizumab with pemetrexed and carboplatin - squamous histology, PD-L1 <1%",
         "Request for pembrolizumab with pemetrexed and carboplatin (both ordered the same day) "
         "for metastatic squamous cell carcinoma of the lung with PD-L1 TPS <1%.",
         "Keytruda label section 1 (Indications and Usage): with pemetrexed and platinum only for "
         "nonsquamous NSCLC; for metastatic squamous NSCLC only with carboplatin and paclitaxel "
         "or nab-paclitaxel; as a single agent only with PD-L1 TPS 1% or more (the pemetrexed "
         "label also excludes squamous histology). Pivotal trials KEYNOTE-189 and KEYNOTE-407. "
         "Squamous histology with a pemetrexed partner and TPS <1% contradicts every route: "
         "refer-to-reviewer.",
         "Keytruda 1: pemetrexed regimen is nonsquamous only - squamous, TPS <1%",
         "male", "1951-06-06", ("Szabo", "Laszlo"),
         regimen="pembrolizumab + pemetrexed + carboplatin", shape="orders")
p = c.primary(cc((ICD, "C34.11"), text="Squamous cell carcinoma, right upper lobe"),
              "2026-10-14")
c.secondary(cc((ICD, "C78.7")), "2026-10-21")
c.stage("2026-10-28", "cT4 cN2 cM1c - stage IVB")
c.text_obs("Histology", "2026-10-14", "Squamous cell carcinoma (p40 positive, TTF-1 negative)",
           cat=None, issued="2026-10-19")
c.text_obs("Tissue NGS", "2026-10-14", NGS_NEG, issued="2026-11-02")
c.marker(cc((LN, "85147-7")), "2026-10-14", qty(0, "%", "%"), issued="2026-10-22",
         method="22C3 pharmDx, TPS")
c.ecog("2026-11-13", 1)
c.partner(PEME, "pemetrexed 500 mg/m2 every 3 weeks", reason=p)
c.partner(CARBO, "carboplatin AUC 5 every 3 weeks x4", reason=p)
c.ask(PEMBRO, reason_code=cc((ICD, "C34.11")),
      dose="200 mg IV every 3 weeks with pemetrexed/carboplatin")

# n11 dabrafenib continued alone after trametinib stopped for toxicity
c = case(11, "nsclc", "2026-11-16", svc(RX, "1424911"), RR, None,
         "Dabrafenib - continued as a single agent after trametinib stopped (re-authorisation)",
         "Re-authorisation of dabrafenib for BRAF V600E metastatic NSCLC after trametinib was "
         "permanently stopped for recurrent pyrexia and a fall in LVEF; the note plans dabrafenib "
         "alone.",
         "Tafinlar label section 1 (Indications and Usage): for NSCLC dabrafenib is indicated "
         "only in combination with trametinib (single-agent use is labelled for BRAF V600E "
         "melanoma only). Pivotal trial BRF113928. Trametinib is recorded as stopped and "
         "dabrafenib planned alone, which contradicts the label: refer-to-reviewer.",
         "Tafinlar 1: NSCLC only with trametinib - trametinib stopped, dabrafenib alone",
         "male", "1958-11-11", ("Moreau", "Olivier"),
         regimen="dabrafenib alone (trametinib stopped)", shape="alone")
p = c.primary(cc((ICD, "C34.31"), (SCT, "254637007")), "2025-12-01")
c.secondary(cc((SCT, "94222008")), "2025-12-08")
c.stage("2025-12-15", "cT2 cN2 cM1c - stage IVB")
c.variant("2025-12-01", "HGNC:1097", c="c.1799T>A", p="p.V600E", issued="2025-12-16")
o = c.prior_order(rx("1424911", text="dabrafenib 75 mg capsule"), "2026-01-05", status="active",
                  reason=p, note="With trametinib 2 mg daily.")
c.stmt(tcc("trametinib (Mekinist) 2 mg daily"), "2026-01-05", end="2026-10-19", status="stopped",
       note="Permanently discontinued: recurrent grade 3 pyrexia and LVEF 60% -> 44%.")
c.fills(rx("1424911", text="dabrafenib 75 mg capsule"), "2026-01-05", 10, 30, 120, unit="capsule")
c.doc("Thoracic oncology 11/16/2026: partial response maintained. Trametinib stopped 10/19/2026 "
      "(pyrexia, LVEF 44%). Plan: continue dabrafenib 150 mg BID as a single agent.", "2026-11-16")
c.ask(rx("1424911", text="dabrafenib 75 mg capsule"), reason=p, prior=o,
      dose="150 mg orally twice daily, single agent")

# n12 osimertinib with pemetrexed/cisplatin for an EGFR exon 20 insertion
c = case(12, "nsclc", "2026-11-18", svc(RX, "1721560"), RR, None,
         "Osimertinib with pemetrexed/cisplatin - EGFR exon 20 insertion",
         "Request for osimertinib written as 'osimertinib + pem/cis (FLAURA2 regimen)' for "
         "metastatic lung adenocarcinoma whose only EGFR alteration is an exon 20 insertion "
         "(p.Ala767_Val769dup).",
         "Tagrisso label section 1 (Indications and Usage): first-line use, alone or with "
         "pemetrexed and platinum, is for EGFR exon 19 deletions or exon 21 L858R mutations "
         "(other settings: adjuvant, post-chemoradiation, T790M); exon 20 insertions are not "
         "covered. Pivotal trial FLAURA2. An exon 20 insertion contradicts the biomarker gate: "
         "refer-to-reviewer.",
         "Tagrisso 1: ex19del/L858R required - exon 20 insertion",
         "female", "1972-02-09", ("Huang", "Mei"),
         regimen="osimertinib + pemetrexed/cisplatin", shape="name")
p = c.primary(cc((ICD, "C34.90"), (SCT, "254637007")), "2026-10-20")
c.secondary(cc((SCT, "94381002")), "2026-10-27")
c.stage("2026-11-02", "cT3 cN1 cM1c - stage IVB")
c.variant("2026-10-20", "HGNC:3236", c="c.2300_2308dup", p="p.Ala767_Val769dup",
          issued="2026-11-04", text="EGFR exon 20 insertion (A767_V769dup); no exon 19 "
          "deletion, no L858R", report_title="Tissue NGS")
c.ecog("2026-11-18", 0)
c.ask(rx("1721560", text="osimertinib 80 mg tablet"), reason=p,
      dose="osimertinib + pem/cis (FLAURA2 regimen): osimertinib 80 mg daily")


# ================================================================ COLORECTAL
# c01 bevacizumab with FOLFOX, first line; FOLFOX administered the same day
c = case(1, "colorectal", "2026-11-02", svc(HCPCS, "J9035"), S, None,
         "Bevacizumab with FOLFOX - first-line metastatic colorectal cancer",
         "First request for bevacizumab on cycle 1 day 1 of FOLFOX-bevacizumab for KRAS G12D "
         "metastatic sigmoid adenocarcinoma (liver); oxaliplatin, leucovorin and fluorouracil "
         "(bolus and 46-hour infusion) were administered that morning.",
         "Avastin label section 1 (Indications and Usage): metastatic colorectal cancer in "
         "combination with intravenous fluorouracil-based chemotherapy for first- or second-line "
         "treatment. Pivotal trials AVF2107g and E3200. Record: stage IVA, first line, "
         "intravenous fluorouracil-based partner administered the same day: supported.",
         "Avastin 1: with IV fluorouracil-based chemotherapy, first line - FOLFOX administered",
         "male", "1960-07-19", ("Petrovic", "Dragan"),
         regimen="FOLFOX + bevacizumab", shape="admins", uspatient=True)
p = c.primary(cc((ICD, "C18.7"), (SCT, "363406005"), text="Adenocarcinoma of sigmoid colon"),
              "2026-09-28")
c.secondary(cc((ICD, "C78.7"), (SCT, "94381002")), "2026-10-05")
c.stage("2026-10-12", "cT3 cN1 cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.variant("2026-09-28", "HGNC:6407", p="p.G12D", c="c.35G>A", issued="2026-10-14",
          report_title="RAS/BRAF panel")
c.obs(cc((LN, "81695-9")), "2026-09-28", vcc(text="Microsatellite stable (MSS)"),
      issued="2026-10-09")
c.lab(cc((LN, "2039-6")), "2026-10-26", qty(48.2, "ng/mL", "ng/mL"))
c.ecog("2026-11-02", 1)
c.admin(OXALI, "2026-11-02", dose="Cycle 1: oxaliplatin 85 mg/m2 IV", reason=p)
c.admin(LV, "2026-11-02", dose="Cycle 1: leucovorin 400 mg/m2 IV", reason=p)
c.admin(FU, "2026-11-02", dose="Cycle 1: fluorouracil 400 mg/m2 IV bolus, then 2,400 mg/m2 "
        "over 46 h by pump", reason=p)
c.ask(BEV, reason=p, uscore=True, dose="5 mg/kg IV every 2 weeks with FOLFOX")

# c02 bevacizumab-bvzr maintenance with 5-FU/LV after oxaliplatin stopped for neuropathy
c = case(2, "colorectal", "2026-11-03", svc(HCPCS, "Q5118"), S, None,
         "Bevacizumab-bvzr - continued with 5-FU/leucovorin after oxaliplatin stopped for "
         "neuropathy (re-authorisation)",
         "Re-authorisation of bevacizumab-bvzr for metastatic rectal cancer after 8 cycles of "
         "FOLFOX-bevacizumab; oxaliplatin was stopped for grade 3 sensory neuropathy (order "
         "status stopped) and 5-FU/leucovorin with bevacizumab continues, administrations "
         "recorded through the last cycle.",
         "Avastin label section 1 (Indications and Usage; the Zirabev biosimilar label carries "
         "the same colorectal indications): in combination with intravenous fluorouracil-based "
         "chemotherapy for first- or second-line treatment of metastatic colorectal cancer. "
         "Pivotal trials AVF2107g and E3200. Stopping oxaliplatin leaves an intravenous "
         "fluorouracil-based partner, administered through the request date: supported.",
         "Avastin/Zirabev 1: with IV fluorouracil-based chemotherapy - oxaliplatin stopped, 5-FU/LV continues",
         "female", "1967-03-03", ("Ibarra", "Lucia"),
         regimen="5-FU/LV + bevacizumab-bvzr (oxaliplatin stopped)", shape="stopped")
p = c.primary(cc((ICD, "C20"), text="Adenocarcinoma of rectum"), "2026-04-20")
c.secondary(cc((ICD, "C78.7")), "2026-04-27")
c.secondary(cc((ICD, "C78.01")), "2026-04-27")
c.stage("2026-05-04", "cT3 cN2a cM1b (liver, lung) - stage IVB")
c.text_obs("KRAS/NRAS/BRAF (tissue)", "2026-04-20", "KRAS G13D detected; NRAS and BRAF wild-type",
           issued="2026-05-06")
ox = c.prior_order(OXALI, "2026-05-28", status="stopped", reason=p,
                   note="Stopped after cycle 8 (09/07/2026): grade 3 sensory neuropathy.")
o = c.prior_order(ZIRABEV, "2026-05-28", status="active", reason=p,
                  note="Authorised for 6 months with FOLFOX.")
for m_, d_ in ((OXALI, "oxaliplatin 85 mg/m2"), (LV, "leucovorin 400 mg/m2"),
               (FU, "fluorouracil 400 mg/m2 bolus + 2,400 mg/m2/46 h"),
               (ZIRABEV, "bevacizumab-bvzr 5 mg/kg")):
    c.cycles(m_, "2026-06-01", 8, 14, d_, reason=p, request=(ox if m_ is OXALI else
                                                             o if m_ is ZIRABEV else None))
for m_, d_ in ((LV, "leucovorin 400 mg/m2"), (FU, "fluorouracil 400 mg/m2 bolus + 2,400 mg/m2/46 h"),
               (ZIRABEV, "bevacizumab-bvzr 5 mg/kg")):
    c.cycles(m_, "2026-09-21", 4, 14, d_, first=9, reason=p,
             request=o if m_ is ZIRABEV else None)
c.imaging("2026-10-26", "CT chest/abdomen/pelvis: continued partial response of liver and lung "
          "metastases; no new lesions.", title="CT restaging")
c.status("2026-10-26", IMPROVED, focus=p)
c.ecog("2026-11-02", 1)
c.ask(hc("Q5118", "Zirabev 5 mg/kg q2w"), reason=p, prior=o,
      dose="5 mg/kg IV every 2 weeks with 5-FU/leucovorin (oxaliplatin discontinued), cycles 13-24")

# c03 cetuximab with FOLFIRI, first line, KRAS/NRAS wild-type (regimen name only)
c = case(3, "colorectal", "2026-11-04", svc(HCPCS, "J9055"), S, None,
         "Cetuximab with FOLFIRI - first line, RAS wild-type, left-sided",
         "First request for cetuximab with FOLFIRI for metastatic sigmoid adenocarcinoma (liver), "
         "KRAS and NRAS wild-type (mCODE 'Absent' variant Observations), EGFR expressed by IHC; "
         "FOLFIRI appears only as a regimen-name MedicationStatement.",
         "Erbitux label section 1 (Indications and Usage): K-Ras wild-type, EGFR-expressing "
         "metastatic colorectal cancer as determined by an FDA-approved test, in combination with "
         "FOLFIRI for first-line treatment. Pivotal trial CRYSTAL. Record: KRAS (and NRAS) "
         "absent, EGFR IHC positive, stage IVA, first line, FOLFIRI named: supported.",
         "Erbitux 1: K-Ras wild-type, with FOLFIRI first line - 'FOLFIRI' regimen name",
         "male", "1968-12-22", ("Haddad", "Karim"),
         regimen="FOLFIRI + cetuximab", shape="name")
p = c.primary(cc((ICD, "C18.7")), "2026-10-01")
c.secondary(cc((SCT, "94381002")), "2026-10-08")
c.stage("2026-10-15", "pT3 N1b M1a - stage IVA", code=(AJCC, "4A"))
c.variant("2026-10-01", "HGNC:6407", answer=ABSENT, issued="2026-10-16",
          text="KRAS exons 2, 3, 4: no mutation", report_title="Extended RAS panel (tissue)")
c.variant("2026-10-01", "HGNC:7989", answer=ABSENT, issued="2026-10-16",
          text="NRAS exons 2, 3, 4: no mutation")
c.text_obs("EGFR immunohistochemistry", "2026-10-01", "Positive (membranous staining, 60% of "
           "tumour cells)", cat=None, issued="2026-10-09")
c.stmt(tcc("FOLFIRI (irinotecan 180 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus + "
           "2,400 mg/m2/46 h) every 14 days"), "2026-11-04", status="intended")
c.ecog("2026-11-04", 0)
c.ask(CETUX, reason_code=cc((ICD, "C18.7")),
      dose="500 mg/m2 IV every 2 weeks with FOLFIRI")

# c04 encorafenib with cetuximab + mFOLFOX6, first line, BRAF V600E (partners ordered)
c = case(4, "colorectal", "2026-11-05", svc(RX, "2049106"), S, None,
         "Encorafenib with cetuximab and mFOLFOX6 - first line, BRAF V600E",
         "First request for encorafenib with cetuximab and mFOLFOX6 (cetuximab, oxaliplatin, "
         "leucovorin and fluorouracil each ordered the same day) for treatment-naive BRAF V600E "
         "metastatic ascending-colon adenocarcinoma; the variant is written in three-letter HGVS.",
         "Braftovi label section 1 (Indications and Usage): in combination with cetuximab and "
         "mFOLFOX6 for metastatic colorectal cancer with a BRAF V600E mutation, as detected by an "
         "FDA-approved test (and with cetuximab alone after prior therapy). Pivotal trial "
         "BREAKWATER. Record: p.Val600Glu, stage IVC, all partners ordered: supported.",
         "Braftovi 1: with cetuximab + mFOLFOX6, BRAF V600E mCRC - all partners ordered",
         "female", "1958-09-09", ("Whelan", "Maureen"),
         regimen="encorafenib + cetuximab + mFOLFOX6", shape="orders")
p = c.primary(cc((ICD, "C18.2"), (SCT, "363406005")), "2026-10-05")
c.secondary(cc((ICD, "C78.6")), "2026-10-12")
c.secondary(cc((ICD, "C78.7")), "2026-10-12")
c.stage("2026-10-19", "cT4a cN2 cM1c (peritoneum, liver) - stage IVC")
c.variant("2026-10-05", "HGNC:1097", c="c.1799T>A", p="p.Val600Glu", issued="2026-10-20",
          report_title="Colorectal NGS panel")
c.variant("2026-10-05", "HGNC:6407", answer=ABSENT, issued="2026-10-20")
c.obs(cc((LN, "81695-9")), "2026-10-05", vcc(text="MSS"), issued="2026-10-14")
c.ecog("2026-11-05", 1)
c.partner(CETUX, "cetuximab 500 mg/m2 every 2 weeks", reason=p)
c.partner(OXALI, "oxaliplatin 85 mg/m2 every 2 weeks (mFOLFOX6)", reason=p)
c.partner(LV, "leucovorin 400 mg/m2 every 2 weeks (mFOLFOX6)", reason=p)
c.partner(FU, "fluorouracil 400 mg/m2 bolus + 2,400 mg/m2/46 h every 2 weeks (mFOLFOX6)",
          reason=p)
c.ask(rx("2049106", text="Braftovi 75 mg capsule"), reason=p, intent="proposal",
      dose="300 mg orally once daily with cetuximab and mFOLFOX6")

# c05 sotorasib with panitumumab, KRAS G12C after FOLFOX and FOLFIRI (TRANSFER)
c = case(5, "colorectal", "2026-11-06", svc(RX, "2550714"), S, None,
         "Sotorasib with panitumumab - KRAS G12C after oxaliplatin and irinotecan "
         "(transfer of care)",
         "First request for sotorasib with panitumumab (panitumumab ordered the same day) for "
         "KRAS G12C metastatic colon cancer; the KRAS result and the prior FOLFOX-bevacizumab "
         "and FOLFIRI-bevacizumab lines exist only in the outside molecular report and the "
         "outside treatment summary.",
         "Lumakras label section 1 (Indications and Usage): in combination with panitumumab for "
         "adults with KRAS G12C-mutated metastatic colorectal cancer, as determined by an "
         "FDA-approved test, who have received prior fluoropyrimidine-, oxaliplatin- and "
         "irinotecan-based chemotherapy. Pivotal trial CodeBreaK 300. Record: outside reports "
         "document KRAS G12C and all three prior chemotherapy classes; panitumumab ordered: "
         "supported.",
         "Lumakras 1: with panitumumab, KRAS G12C, after FP/oxaliplatin/irinotecan - outside records",
         "male", "1963-04-28", ("Oduya", "Samuel"),
         regimen="sotorasib + panitumumab", shape="orders", transfer=True)
p = c.cond(cc((ICD, "C18.7")), "2024-11-04", recorded="2026-10-28")
c.outside(
    "LAKESHORE GI ONCOLOGY - TREATMENT SUMMARY FOR TRANSFER (10/21/2026)\n"
    "Dx 11/2024: sigmoid adenocarcinoma with synchronous liver metastases, KRAS G12C, MSS.\n"
    "Line 1: FOLFOX + bevacizumab 12/02/2024 - 07/14/2025 (12 cycles; oxaliplatin to cycle 8); "
    "progression in liver on CT 07/2025.\n"
    "Line 2: FOLFIRI + bevacizumab 08/04/2025 - 10/05/2026; progression (new lung nodules) on "
    "CT 10/05/2026.\nRecommend sotorasib + panitumumab (CodeBreaK 300).",
    "2026-10-21", kind="11488-4", title="Outside GI oncology treatment summary (Lakeshore)",
    org="Lakeshore GI Oncology")
c.outside(
    "LAKESHORE PATHOLOGY - MOLECULAR REPORT\nSpecimen: sigmoid colon biopsy, collected "
    "11/04/2024; reported 11/19/2024.\nKRAS exon 2 codon 12: c.34G>T, p.G12C - DETECTED.\n"
    "NRAS: wild-type. BRAF V600E: not detected. MMR proteins: intact (pMMR).",
    "2024-11-19", kind="51969-4", title="Outside molecular report (Lakeshore)",
    org="Lakeshore GI Oncology")
c.doc("GI oncology new patient 10/28/2026: transferred from Lakeshore. KRAS G12C mCRC after "
      "FOLFOX-bev and FOLFIRI-bev with progression. Plan sotorasib 960 mg daily + panitumumab "
      "6 mg/kg q2w.", "2026-10-28", kind="11488-4")
c.ecog("2026-10-28", 1)
c.partner(PANI, "panitumumab 6 mg/kg IV every 2 weeks", reason=p)
c.ask(rx("2550714", text="Lumakras 320 mg tablet"), reason=p,
      dose="960 mg orally once daily with panitumumab 6 mg/kg every 2 weeks")

# c06 ramucirumab with FOLFIRI, second line after FOLFOX-bevacizumab (FOLFIRI given same day)
c = case(6, "colorectal", "2026-11-09", svc(HCPCS, "J9308"), S, None,
         "Ramucirumab with FOLFIRI - second line after FOLFOX-bevacizumab",
         "First request for ramucirumab on cycle 1 of FOLFIRI-ramucirumab for metastatic rectal "
         "cancer progressing after first-line FOLFOX-bevacizumab; irinotecan, leucovorin and "
         "fluorouracil were administered that day and the first-line drugs are "
         "MedicationStatements.",
         "Cyramza label section 1 (Indications and Usage): in combination with FOLFIRI for "
         "metastatic colorectal cancer with disease progression on or after prior therapy with "
         "bevacizumab, oxaliplatin and a fluoropyrimidine. Pivotal trial RAISE. Record: "
         "bevacizumab, oxaliplatin and fluorouracil given, progression on CT, FOLFIRI "
         "administered: supported.",
         "Cyramza 1: with FOLFIRI after bevacizumab/oxaliplatin/FP - FOLFIRI administered",
         "female", "1970-01-16", ("Sokolova", "Irina"),
         regimen="FOLFIRI + ramucirumab", shape="admins")
p = c.primary(cc((ICD, "C20")), "2025-10-06")
c.secondary(cc((ICD, "C78.7")), "2025-10-13")
c.stage("2025-10-20", "cT3 cN1 cM1a - stage IVA", code=(AJCC, "4A"))
c.text_obs("KRAS/NRAS/BRAF", "2025-10-06", "KRAS G12V detected", issued="2025-10-21")
for m_, t_ in ((OXALI, "oxaliplatin 85 mg/m2 (FOLFOX)"), (FU, "fluorouracil (FOLFOX)"),
               (BEV, "bevacizumab 5 mg/kg")):
    c.stmt(cc(*m_["coding"], text=t_), "2025-11-03", end="2026-09-28", status="completed")
c.imaging("2026-10-12", "CT: progression - enlarging liver metastases and new peritoneal "
          "nodules.", title="CT restaging")
c.status("2026-10-12", WORSE, focus=p)
c.ecog("2026-11-09", 1)
c.admin(IRI, "2026-11-09", dose="Cycle 1: irinotecan 180 mg/m2 IV", reason=p)
c.admin(LV, "2026-11-09", dose="Cycle 1: leucovorin 400 mg/m2 IV", reason=p)
c.admin(FU, "2026-11-09", dose="Cycle 1: fluorouracil 400 mg/m2 bolus + 2,400 mg/m2/46 h", reason=p)
c.ask(RAMU, reason=p, dose="8 mg/kg IV every 2 weeks with FOLFIRI")

# c07 panitumumab with FOLFOX; RAS result pending (FOLFOX cycle 1 already given)
c = case(7, "colorectal", "2026-11-10", svc(HCPCS, "J9303"), ND, ["ras"],
         "Panitumumab with FOLFOX - RAS result pending",
         "Request for panitumumab to be added from cycle 2 of first-line FOLFOX for metastatic "
         "left-sided colon cancer; FOLFOX cycle 1 was administered while the extended RAS panel "
         "(ordered) is pending.",
         "Vectibix label section 1 (Indications and Usage): wild-type RAS (KRAS and NRAS, as "
         "determined by an FDA-approved test) metastatic colorectal cancer in combination with "
         "FOLFOX first line; limitation of use: not indicated for RAS-mutant disease or when RAS "
         "status is unknown. Pivotal trial PRIME. RAS is ordered and not resulted, so the gate "
         "fact is simply absent: needs-documentation (ras).",
         "Vectibix 1: wild-type RAS required - extended RAS panel pending",
         "male", "1965-10-30", ("Achterberg", "Jan"),
         regimen="FOLFOX + panitumumab", shape="admins")
p = c.primary(cc((ICD, "C18.7"), text="Adenocarcinoma of sigmoid colon"), "2026-10-12")
c.secondary(cc((ICD, "C78.7")), "2026-10-19")
c.stage("2026-10-26", "cT3 cN1 cM1a - stage IVA", code=(AJCC, "4A"))
c.order(tcc("Extended RAS panel (KRAS/NRAS exons 2-4) and BRAF V600E, tissue"), "2026-10-20",
        reason=p, note="Sent out 10/20/2026; result pending.")
c.admin(OXALI, "2026-10-27", dose="Cycle 1: oxaliplatin 85 mg/m2", reason=p)
c.admin(LV, "2026-10-27", dose="Cycle 1: leucovorin 400 mg/m2", reason=p)
c.admin(FU, "2026-10-27", dose="Cycle 1: fluorouracil 400 mg/m2 bolus + 2,400 mg/m2/46 h", reason=p)
c.ecog("2026-11-10", 0)
c.ask(PANI, reason=p, intent="proposal", dose="6 mg/kg IV every 2 weeks with FOLFOX from cycle 2")

# c08 ziv-aflibercept with FOLFIRI; the prior (oxaliplatin) regimen is not documented
c = case(8, "colorectal", "2026-11-11", svc(HCPCS, "J9400"), ND, ["prior_therapy"],
         "Ziv-aflibercept with FOLFIRI - prior oxaliplatin regimen not documented",
         "Request for ziv-aflibercept with FOLFIRI (irinotecan, leucovorin and fluorouracil "
         "ordered the same day) as second-line therapy for metastatic colon cancer in a new "
         "patient; the note says first-line therapy was given elsewhere and records have been "
         "requested, and no prior regimen is recorded.",
         "Zaltrap label section 1 (Indications and Usage): in combination with FOLFIRI for "
         "metastatic colorectal cancer that is resistant to or has progressed following an "
         "oxaliplatin-containing regimen. Pivotal trial VELOUR. The prior oxaliplatin regimen is "
         "simply not documented: needs-documentation (prior_therapy).",
         "Zaltrap 1: after an oxaliplatin-containing regimen - prior regimen not recorded",
         "female", "1961-05-14", ("Fontaine", "Sylvie"),
         regimen="FOLFIRI + ziv-aflibercept", shape="orders")
p = c.primary(cc((ICD, "C18.2"), text="Adenocarcinoma of ascending colon"), "2025-09-15")
c.secondary(cc((ICD, "C78.7")), "2026-10-19")
c.imaging("2026-10-19", "CT chest/abdomen/pelvis: multiple liver metastases, largest 4.2 cm, "
          "increased compared with the outside CT described in the referral.", title="CT")
c.stage("2026-10-26", "Metastatic (liver) - stage IVA", code=(AJCC, "4A"))
c.doc("GI oncology new patient 11/11/2026: metastatic colon cancer, progressed on first-line "
      "chemotherapy given at another practice; patient unsure of drug names. Records requested "
      "(not yet received). Plan FOLFIRI + ziv-aflibercept.", "2026-11-11", kind="11488-4")
c.ecog("2026-11-11", 1)
c.partner(IRI, "irinotecan 180 mg/m2 every 2 weeks (FOLFIRI)", reason=p)
c.partner(LV, "leucovorin 400 mg/m2 every 2 weeks (FOLFIRI)", reason=p)
c.partner(FU, "fluorouracil 400 mg/m2 bolus + 2,400 mg/m2/46 h (FOLFIRI)", reason=p)
c.ask(AFLI, reason_code=cc((ICD, "C18.2"), (ICD, "C78.7")),
      dose="4 mg/kg IV every 2 weeks with FOLFIRI")

# c09 encorafenib with cetuximab after prior therapy; BRAF result pending
c = case(9, "colorectal", "2026-11-12", svc(RX, "2049106"), ND, ["braf"],
         "Encorafenib with cetuximab - second line, BRAF result pending",
         "Request for encorafenib with cetuximab (cetuximab ordered the same day) after "
         "progression on first-line CAPOX for metastatic right-sided colon cancer; the NGS panel "
         "sent at progression has not resulted and the note says 'BRAF V600E suspected'.",
         "Braftovi label section 1 (Indications and Usage): in combination with cetuximab for "
         "adults with metastatic colorectal cancer with a BRAF V600E mutation, as detected by an "
         "FDA-approved test, after prior therapy. Pivotal trial BEACON CRC. Prior therapy is "
         "documented; BRAF status is simply absent: needs-documentation (braf).",
         "Braftovi 1: BRAF V600E required - NGS pending",
         "female", "1956-12-05", ("Lindahl", "Greta"),
         regimen="encorafenib + cetuximab", shape="orders")
p = c.primary(cc((ICD, "C18.2")), "2026-03-09")
c.secondary(cc((ICD, "C78.6")), "2026-03-16")
c.stage("2026-03-23", "cT4a cN2 cM1c - stage IVC")
c.stmt(tcc("CAPOX (capecitabine + oxaliplatin)"), "2026-04-06", end="2026-09-28",
       status="completed")
c.imaging("2026-10-05", "CT: progression of peritoneal disease, new ascites.", title="CT restaging")
c.order(cc((CPT, "81445"), text="Colorectal NGS panel (BRAF, RAS, HER2, MSI)"), "2026-10-08",
        reason=p, note="Sent 10/08/2026; pending.")
c.doc("GI oncology 11/12/2026: progression on CAPOX. Right-sided, mucinous, MSS - BRAF V600E "
      "suspected; NGS pending. Requesting encorafenib + cetuximab so treatment can start once "
      "the result is back.", "2026-11-12")
c.ecog("2026-11-12", 1)
c.partner(CETUX, "cetuximab 500 mg/m2 every 2 weeks", reason=p)
c.ask(rx("2049106", text="encorafenib 75 mg capsule"), reason=p,
      dose="300 mg orally once daily with cetuximab")

# c10 bevacizumab alone after oxaliplatin and fluorouracil both stopped
c = case(10, "colorectal", "2026-11-13", svc(HCPCS, "J9035"), RR, None,
         "Bevacizumab - single-agent maintenance after all chemotherapy stopped",
         "Request for bevacizumab as single-agent maintenance for metastatic colon cancer after "
         "FOLFOX-bevacizumab; oxaliplatin was stopped for neuropathy and fluorouracil for "
         "coronary vasospasm (capecitabine also contraindicated), both orders recorded as "
         "stopped.",
         "Avastin label section 1 (Indications and Usage): for metastatic colorectal cancer "
         "bevacizumab is indicated only in combination with intravenous fluorouracil-based "
         "chemotherapy (first or second line) or with fluoropyrimidine-irinotecan or "
         "fluoropyrimidine-oxaliplatin chemotherapy after a first-line bevacizumab regimen; no "
         "single-agent use. Pivotal trials AVF2107g, E3200 and ML18147. Both partners recorded "
         "as stopped, bevacizumab alone: refer-to-reviewer.",
         "Avastin 1: only with fluoropyrimidine-based chemotherapy - bevacizumab alone",
         "male", "1954-03-24", ("Kowalski", "Marek"),
         regimen="bevacizumab alone (oxaliplatin and 5-FU stopped)", shape="alone")
p = c.primary(cc((ICD, "C18.7"), (SCT, "363406005")), "2026-03-02")
c.secondary(cc((ICD, "C78.7")), "2026-03-09")
c.stage("2026-03-16", "cT3 cN2 cM1a - stage IVA", code=(AJCC, "4A"))
for m_, d_ in ((OXALI, "oxaliplatin 85 mg/m2"), (FU, "fluorouracil bolus + infusion"),
               (BEV, "bevacizumab 5 mg/kg")):
    c.cycles(m_, "2026-04-06", 10, 14, d_, reason=p)
c.prior_order(OXALI, "2026-04-01", status="stopped", reason=p,
              note="Stopped after cycle 10: grade 3 neuropathy.")
c.prior_order(FU, "2026-04-01", status="stopped", reason=p,
              note="Stopped: coronary vasospasm with chest pain and ST elevation during the "
                   "cycle 10 infusion; fluoropyrimidines (including capecitabine) contraindicated.")
c.imaging("2026-10-19", "CT: stable disease.", title="CT restaging")
c.doc("GI oncology 11/13/2026: no further fluoropyrimidine or oxaliplatin. Plan: bevacizumab "
      "5 mg/kg q2w as single-agent maintenance.", "2026-11-13")
c.ask(BEV, reason=p, dose="5 mg/kg IV every 2 weeks (single agent)")

# c11 sotorasib alone for KRAS G12C colorectal cancer
c = case(11, "colorectal", "2026-11-16", svc(RX, "2550714"), RR, None,
         "Sotorasib - single agent for KRAS G12C colorectal cancer",
         "Request for sotorasib monotherapy for KRAS G12C metastatic rectal cancer after FOLFOX "
         "and FOLFIRI; the note records that panitumumab was declined because of concern about "
         "skin toxicity.",
         "Lumakras label section 1 (Indications and Usage): for colorectal cancer sotorasib is "
         "indicated only in combination with panitumumab (single-agent use is labelled for KRAS "
         "G12C NSCLC). Pivotal trial CodeBreaK 300. The record states panitumumab will not be "
         "given, contradicting the combination requirement: refer-to-reviewer.",
         "Lumakras 1: CRC only with panitumumab - panitumumab declined, sotorasib alone",
         "female", "1966-08-01", ("Marsh", "Deborah"),
         regimen="sotorasib alone (panitumumab declined)", shape="alone")
p = c.primary(cc((ICD, "C20")), "2025-02-03")
c.secondary(cc((ICD, "C78.01")), "2025-02-10")
c.variant("2025-02-03", "HGNC:6407", c="c.34G>T", p="p.Gly12Cys", issued="2025-02-18")
c.stmt(tcc("FOLFOX"), "2025-03-03", end="2025-10-13", status="completed")
c.stmt(tcc("FOLFIRI"), "2025-11-03", end="2026-10-12", status="completed")
c.imaging("2026-10-12", "CT: progression of lung metastases.", title="CT restaging")
c.doc("GI oncology 11/16/2026: discussed sotorasib + panitumumab; patient declines panitumumab "
      "(acneiform rash concerns). Plan sotorasib 960 mg daily alone.", "2026-11-16")
c.ask(rx("2550714", text="sotorasib 120 mg tablet"), reason=p,
      dose="960 mg orally once daily, single agent")

# c12 panitumumab with FOLFOX for KRAS G12D disease (regimen name only)
c = case(12, "colorectal", "2026-11-17", svc(HCPCS, "J9303"), RR, None,
         "Panitumumab with FOLFOX - KRAS G12D",
         "Request for panitumumab with 'FOLFOX' (regimen name in the request and a "
         "MedicationStatement) for metastatic left-sided colon cancer carrying KRAS G12D.",
         "Vectibix label section 1 (Indications and Usage): wild-type RAS metastatic colorectal "
         "cancer only; limitation of use: not indicated for patients with RAS-mutant mCRC. "
         "Pivotal trial PRIME (harm signal in RAS-mutant disease). KRAS G12D contradicts the "
         "RAS gate: refer-to-reviewer.",
         "Vectibix 1: RAS-mutant excluded - KRAS G12D",
         "male", "1969-11-27", ("Ferrante", "Paolo"),
         regimen="FOLFOX + panitumumab", shape="name")
p = c.primary(cc((ICD, "C18.7")), "2026-10-05")
c.secondary(cc((ICD, "C78.7")), "2026-10-12")
c.stage("2026-10-19", "cT3 cN1 cM1a - stage IVA", code=(AJCC, "4A"))
c.variant("2026-10-05", "HGNC:6407", p="p.G12D", issued="2026-10-21", report_title="RAS panel")
c.stmt(tcc("FOLFOX (mFOLFOX6)"), "2026-11-17", status="intended")
c.ask(PANI, dose="FOLFOX + panitumumab 6 mg/kg every 2 weeks",
      note="Left-sided primary - requesting anti-EGFR therapy with FOLFOX.")


# ================================================================ PROSTATE
# p01 olaparib (NDC only) with abiraterone + prednisone, BRCA2 mCRPC (partners dispensed)
c = case(1, "prostate", "2026-11-02", svc(RX, "1597582"), S, None,
         "Olaparib with abiraterone and prednisone - BRCA2-mutated mCRPC",
         "First request for olaparib, coded only by the Lynparza 100 mg package NDC (renal dose "
         "200 mg twice daily), with abiraterone and prednisone dispensed by the pharmacy the same "
         "week, for first-line metastatic castration-resistant prostate cancer with a germline "
         "BRCA2 frameshift.",
         "Lynparza label section 1 (Indications and Usage): in combination with abiraterone and "
         "prednisone or prednisolone for adults with deleterious or suspected deleterious "
         "BRCA-mutated metastatic castration-resistant prostate cancer, as determined by an "
         "FDA-approved test. Pivotal trial PROpel. Record: BRCA2 p.Ser1982ArgfsTer22, bone "
         "metastases, PSA rise on leuprolide with castrate testosterone, both partners "
         "dispensed: supported.",
         "Lynparza 1: with abiraterone + prednisone, BRCAm mCRPC - partners dispensed",
         "male", "1954-05-12", ("Hargreaves", "Colin"),
         regimen="olaparib + abiraterone + prednisone", shape="dispenses", uspatient=True)
p = c.primary(cc((ICD, "C61"), (SCT, "399068003")), "2024-01-15")
c.secondary(cc((SCT, "94222008")), "2024-01-22")
c.cond(cc((ICD, "Z19.2")), "2026-10-19")
c.text_obs("Gleason score", "2024-01-15", "4+4=8 (Grade Group 4)", cat=None, issued="2024-01-19")
c.cycles(LEUP, "2024-02-05", 12, 84, "leuprolide 22.5 mg IM every 12 weeks", label="Dose",
         reason=p)
for d_, v_ in (("2025-06-02", 0.9), ("2026-04-06", 2.8), ("2026-07-06", 6.1),
               ("2026-10-05", 13.4)):
    c.psa(d_, v_)
c.testosterone("2026-10-05", 18)
c.variant("2026-09-14", "HGNC:1101", c="c.5946del", p="p.Ser1982ArgfsTer22", somatic=False,
          issued="2026-09-29", report_title="Germline hereditary cancer panel")
c.obs(tcc("Creatinine clearance (Cockcroft-Gault)"), "2026-10-26", qty(44, "mL/min", "mL/min"),
      cat="laboratory")
c.dispense(ABI, "2026-10-30", 120, 30)
c.dispense(PRED, "2026-10-30", 60, 30)
c.ecog("2026-11-02", 1)
c.ask(ndc("00310056960", "Lynparza 100 mg tablets, bottle of 60"), reason=p,
      dose="200 mg (2 x 100 mg) orally twice daily (CrCl 31-50 mL/min) with abiraterone 1,000 mg "
           "and prednisone 5 mg twice daily")

# p02 abiraterone with prednisone (ordered the same day) and continuing ADT, mCRPC
c = case(2, "prostate", "2026-11-03", svc(RX, "1100072"), S, None,
         "Abiraterone with prednisone - metastatic castration-resistant, on ADT",
         "First request for abiraterone with prednisone (prednisone ordered separately the same "
         "day) for mCRPC on continuous leuprolide (administrations), castration resistance "
         "recorded as ICD-10-CM Z19.2 with castrate testosterone and rising PSA.",
         "Zytiga label section 1 (Indications and Usage): in combination with prednisone for "
         "metastatic castration-resistant prostate cancer (and for metastatic high-risk "
         "castration-sensitive prostate cancer); section 2: patients should also receive a GnRH "
         "analogue concurrently or have had bilateral orchiectomy. Pivotal trial COU-AA-302. "
         "Record: bone metastases, Z19.2, testosterone 22 ng/dL on leuprolide, prednisone "
         "ordered: supported.",
         "Zytiga 1: with prednisone for mCRPC; 2: with ADT - prednisone ordered, leuprolide given",
         "male", "1949-09-30", ("Abernathy", "Walter"),
         regimen="abiraterone + prednisone + ADT", shape="orders")
p = c.cond(cc((ICD, "C61"), text="Prostate adenocarcinoma"), "2023-03-06")
c.secondary(cc((ICD, "C79.51")), "2026-10-12", note="Bone scan: new T10 and left sacral lesions.")
c.cond(cc((ICD, "Z19.2")), "2026-10-19")
c.cycles(LEUP, "2023-04-03", 16, 84, "leuprolide 22.5 mg IM", label="Dose", reason=p)
for d_, v_ in (("2026-03-02", 1.2), ("2026-06-01", 3.4), ("2026-09-07", 7.9)):
    c.psa(d_, v_)
c.testosterone("2026-09-07", 22)
c.imaging("2026-10-12", "Bone scan: new uptake T10 and left sacrum, consistent with metastases; "
          "CT: no visceral disease.", title="Bone scan and CT")
c.ecog("2026-11-03", 1)
c.partner(PRED, "prednisone 5 mg orally twice daily", reason=p)
c.ask(ABI, reason=p, dose="1,000 mg orally once daily with prednisone 5 mg twice daily; "
                          "continue leuprolide")

# p03 docetaxel with prednisone, mCRPC after abiraterone (prednisone only in the plan note)
c = case(3, "prostate", "2026-11-04", svc(HCPCS, "J9171"), S, None,
         "Docetaxel with prednisone - mCRPC after progression on abiraterone",
         "First request for docetaxel for mCRPC progressing on abiraterone; prednisone 5 mg "
         "twice daily appears only in the chemotherapy plan note.",
         "Docetaxel (Taxotere) label section 1 (Indications and Usage): in combination with "
         "prednisone for metastatic castration-resistant prostate cancer. Pivotal trial TAX 327. "
         "Record: castrate testosterone and PSA progression on ADT, bone and nodal metastases, "
         "prednisone named in the plan: supported.",
         "Taxotere 1: with prednisone for mCRPC - prednisone in the plan note",
         "male", "1952-12-18", ("Osei", "Kwame"),
         regimen="docetaxel + prednisone", shape="note")
p = c.primary(cc((ICD, "C61")), "2022-05-09")
c.secondary(cc((SCT, "94222008")), "2024-08-05")
c.cond(cc((ICD, "Z19.2")), "2025-01-13")
c.stmt(hc("J9217", "leuprolide depot (ADT)"), "2022-06-06")
c.fills(ABI, "2025-01-20", 22, 30, 120)
for d_, v_ in (("2026-05-04", 4.1), ("2026-08-03", 9.6), ("2026-10-26", 21.0)):
    c.psa(d_, v_)
c.testosterone("2026-10-26", 15)
c.imaging("2026-10-26", "CT and bone scan: progression - new rib and pelvic lesions, enlarging "
          "retroperitoneal nodes.", title="Restaging")
c.status("2026-10-26", WORSE, focus=p)
c.doc("GU oncology chemotherapy plan 11/04/2026: mCRPC progressing on abiraterone. Stop "
      "abiraterone. Docetaxel 75 mg/m2 IV every 3 weeks with prednisone 5 mg PO twice daily, up "
      "to 10 cycles. Continue ADT.", "2026-11-04", title="Chemotherapy plan")
c.ecog("2026-11-04", 1)
c.ask(DOCE, reason=p, intent="proposal", dose="75 mg/m2 IV every 3 weeks, up to 10 cycles")

# p04 cabazitaxel with prednisone after docetaxel (TRANSFER: docetaxel only in outside summary)
c = case(4, "prostate", "2026-11-05", svc(HCPCS, "J9043"), S, None,
         "Cabazitaxel with prednisone - after docetaxel (transfer of care)",
         "First request for cabazitaxel with prednisone (ordered the same day) for mCRPC in a "
         "patient transferring care; the six prior cycles of docetaxel and the prior "
         "enzalutamide are documented only in the outside treatment summary.",
         "Jevtana label section 1 (Indications and Usage): in combination with prednisone for "
         "metastatic castration-resistant prostate cancer previously treated with a "
         "docetaxel-containing treatment regimen. Pivotal trial TROPIC. Record: outside summary "
         "documents docetaxel x6 with progression; castrate on ADT; prednisone ordered: "
         "supported.",
         "Jevtana 1: with prednisone after a docetaxel-containing regimen - outside summary",
         "male", "1957-07-07", ("Lindqvist", "Per"),
         regimen="cabazitaxel + prednisone", shape="orders", transfer=True)
p = c.cond(cc((ICD, "C61")), "2021-02-01", recorded="2026-10-29")
c.cond(cc((ICD, "C79.51")), "2023-05-15", recorded="2026-10-29")
c.cond(cc((ICD, "Z19.2")), "2023-05-15", recorded="2026-10-29")
c.outside(
    "NORTHSHORE UROLOGIC ONCOLOGY - TREATMENT SUMMARY (10/22/2026)\n"
    "Metastatic prostate cancer (bone), Gleason 4+5=9. ADT (degarelix then leuprolide) since "
    "03/2021.\nmCRPC 05/2023: enzalutamide 160 mg 06/2023 - 12/2025 (PSA progression).\n"
    "Docetaxel 75 mg/m2 + prednisone x6 cycles, 01/12/2026 - 04/27/2026; PSA nadir 04/2026 "
    "then rise; new liver lesions on CT 09/28/2026.\nTestosterone 12 ng/dL (09/2026).\n"
    "Next: cabazitaxel 25 mg/m2 + prednisone (TROPIC/CARD).",
    "2026-10-22", kind="11488-4", title="Outside treatment summary (Northshore)",
    org="Northshore Urologic Oncology")
c.secondary(cc((ICD, "C78.7")), "2026-09-28", recorded="2026-10-29")
c.psa("2026-10-29", 48.5)
c.ecog("2026-11-05", 1)
c.partner(PRED, "prednisone 10 mg orally once daily", reason=p)
c.ask(CABA, reason=p, dose="25 mg/m2 IV every 3 weeks with prednisone 10 mg daily; G-CSF prophylaxis")

# p05 enzalutamide alone for nmCSPC with high-risk biochemical recurrence (EMBARK)
c = case(5, "prostate", "2026-11-06", svc(RX, "1307298"), S, None,
         "Enzalutamide without ADT - non-metastatic castration-sensitive, high-risk biochemical "
         "recurrence",
         "First request for enzalutamide monotherapy (patient declines leuprolide) for a rising "
         "PSA after radical prostatectomy and salvage radiotherapy: PSA doubling time about "
         "4 months, testosterone 412 ng/dL, CT and bone scan negative.",
         "Xtandi label section 1 (Indications and Usage): non-metastatic castration-sensitive "
         "prostate cancer with biochemical recurrence at high risk for metastasis (high-risk "
         "BCR); section 2 allows use with or without a GnRH analogue in this setting. Pivotal "
         "trial EMBARK (high risk = PSA doubling time 9 months or less). Record: non-castrate "
         "testosterone, conventional imaging negative, PSA doubling time about 4 months: "
         "supported.",
         "Xtandi 1: nmCSPC high-risk BCR, with or without GnRH analogue - monotherapy, PSADT ~4 months",
         "male", "1958-02-26", ("Delacroix", "Henri"),
         regimen="enzalutamide monotherapy (EMBARK arm)", shape="alone")
p = c.primary(cc((ICD, "C61"), (SCT, "399068003")), "2019-04-08")
c.proc(cc((SCT, "26294005")), "2019-05-20", reason=p, note="pT3a pN0, Gleason 4+3=7, margin positive.")
c.proc(cc((SCT, "33195004"), text="Salvage radiotherapy to prostate bed, 66 Gy"), "2022-03-07",
       end="2022-04-22", reason=p)
c.cond(cc((ICD, "R97.21")), "2026-10-19")
for d_, v_ in (("2025-11-03", 0.6), ("2026-03-02", 1.2), ("2026-07-06", 2.3),
               ("2026-10-12", 4.1)):
    c.psa(d_, v_)
c.text_obs("PSA doubling time", "2026-10-12", "4.1 months (log-linear, 4 values)", issued="2026-10-13")
c.testosterone("2026-10-12", 412)
c.imaging("2026-10-26", "CT chest/abdomen/pelvis and whole-body bone scan: no evidence of "
          "metastatic disease.", title="Conventional imaging for rising PSA")
c.doc("GU oncology 11/06/2026: high-risk BCR (PSADT ~4 mo) after RP + SRT. Conventional imaging "
      "negative. Offered enzalutamide + leuprolide vs enzalutamide alone (EMBARK); patient "
      "declines ADT (sexual function). Plan: enzalutamide 160 mg daily monotherapy.", "2026-11-06")
c.ecog("2026-11-06", 0)
c.ask(rx("1307298", text="Xtandi 80 mg tablet"), reason_code=cc((ICD, "R97.21")),
      dose="160 mg orally once daily, without GnRH analogue")

# p06 apalutamide with ADT (degarelix administered), metastatic castration-sensitive
c = case(6, "prostate", "2026-11-09", svc(RX, "1999574"), S, None,
         "Apalutamide with ADT - metastatic castration-sensitive",
         "First request for apalutamide for newly diagnosed low-volume metastatic "
         "castration-sensitive prostate cancer; ADT is degarelix, with the loading and first "
         "maintenance doses recorded as MedicationAdministrations.",
         "Erleada label section 1 (Indications and Usage): metastatic castration-sensitive "
         "prostate cancer (and non-metastatic castration-resistant); section 2: patients should "
         "also receive a GnRH analogue concurrently or have had bilateral orchiectomy. Pivotal "
         "trial TITAN. Record: bone metastases on imaging, castration-sensitive (ADT started "
         "5 weeks ago, PSA falling), degarelix administered: supported.",
         "Erleada 1: mCSPC with ADT - degarelix administered",
         "male", "1961-10-04", ("Ramos", "Ernesto"),
         regimen="apalutamide + ADT (degarelix)", shape="admins")
p = c.primary(cc((ICD, "C61")), "2026-09-14")
c.secondary(cc((SCT, "94222008")), "2026-09-28")
c.cond(cc((ICD, "Z19.1")), "2026-09-28")
c.text_obs("Gleason score", "2026-09-14", "4+3=7 (Grade Group 3)", cat=None, issued="2026-09-18")
c.imaging("2026-09-28", "Bone scan: two lesions (L4, right ilium); CT: no visceral disease.",
          title="Staging bone scan and CT")
c.stage("2026-10-01", "cT3a cN0 cM1b - stage IVB")
c.psa("2026-09-14", 38.0)
c.testosterone("2026-09-14", 455)
c.admin(DEGA, "2026-10-05", dose="Loading: degarelix 240 mg SC", reason=p)
c.admin(DEGA, "2026-11-02", dose="Maintenance: degarelix 80 mg SC", reason=p)
c.psa("2026-11-02", 9.4)
c.ecog("2026-11-09", 0)
c.ask(rx("1999574", text="Erleada 240 mg tablet"), reason_code=cc((ICD, "C61"), (ICD, "C79.51")),
      dose="240 mg orally once daily with continued degarelix")

# p07 olaparib with abiraterone + prednisone; BRCA testing pending
c = case(7, "prostate", "2026-11-10", svc(RX, "1597582"), ND, ["brca"],
         "Olaparib with abiraterone and prednisone - BRCA testing pending",
         "Request for olaparib with abiraterone and prednisone (both ordered the same day) for "
         "first-line mCRPC; germline BRCA1/2 testing and tumour NGS were ordered and have not "
         "resulted.",
         "Lynparza label section 1 (Indications and Usage): with abiraterone and prednisone or "
         "prednisolone only for BRCA-mutated mCRPC as determined by an FDA-approved test "
         "(single-agent use requires HRR-mutated mCRPC after enzalutamide or abiraterone). "
         "Pivotal trial PROpel. mCRPC is documented; BRCA status is simply absent: "
         "needs-documentation (brca).",
         "Lynparza 1: PROpel combination needs BRCAm - tests pending",
         "male", "1956-06-21", ("Baptiste", "Jean"),
         regimen="olaparib + abiraterone + prednisone", shape="orders")
p = c.primary(cc((ICD, "C61")), "2023-08-07")
c.secondary(cc((ICD, "C79.51")), "2026-09-21")
c.cond(cc((ICD, "Z19.2")), "2026-10-05")
c.cycles(LEUP, "2023-09-04", 14, 84, "leuprolide 22.5 mg IM", label="Dose", reason=p)
for d_, v_ in (("2026-04-06", 2.2), ("2026-07-06", 5.0), ("2026-10-05", 11.8)):
    c.psa(d_, v_)
c.testosterone("2026-10-05", 25)
c.order(cc((CPT, "81162"), text="Germline BRCA1/BRCA2 sequencing and del/dup"), "2026-10-19",
        reason=p, note="Sent 10/19/2026; pending.")
c.order(cc((CPT, "81455"), text="Tumour NGS (HRR genes)"), "2026-10-19", reason=p)
c.ecog("2026-11-10", 1)
c.partner(ABI, "abiraterone 1,000 mg orally once daily", reason=p)
c.partner(PRED, "prednisone 5 mg orally twice daily", reason=p)
c.ask(rx("1597582", text="olaparib 150 mg tablet"), reason=p, intent="proposal",
      dose="300 mg orally twice daily with abiraterone and prednisone")

# p08 cabazitaxel with prednisone; prior docetaxel not documented
c = case(8, "prostate", "2026-11-11", svc(HCPCS, "J9043"), ND, ["prior_therapy"],
         "Cabazitaxel with prednisone - prior docetaxel not documented",
         "Request for cabazitaxel with prednisone (ordered the same day) for mCRPC after "
         "abiraterone (dispenses recorded); the note says 'chemotherapy elsewhere in 2025' but "
         "no docetaxel administration, order or summary is in the record.",
         "Jevtana label section 1 (Indications and Usage): in combination with prednisone for "
         "mCRPC previously treated with a docetaxel-containing treatment regimen. Pivotal trial "
         "TROPIC. mCRPC is documented; the prior docetaxel regimen is simply not documented: "
         "needs-documentation (prior_therapy).",
         "Jevtana 1: prior docetaxel required - not in the record",
         "male", "1950-01-09", ("Kowalczyk", "Tadeusz"),
         regimen="cabazitaxel + prednisone", shape="orders")
p = c.primary(cc((ICD, "C61")), "2020-10-05")
c.secondary(cc((SCT, "94222008")), "2024-02-12")
c.cond(cc((ICD, "Z19.2")), "2024-02-12")
c.stmt(hc("J9217", "leuprolide depot (ADT)"), "2020-11-02")
c.fills(ABI, "2024-03-04", 12, 30, 120)
for d_, v_ in (("2026-06-01", 12.0), ("2026-09-07", 25.3), ("2026-10-26", 41.0)):
    c.psa(d_, v_)
c.testosterone("2026-10-26", 11)
c.imaging("2026-10-26", "Bone scan: progression with new lesions in ribs and femur.",
          title="Bone scan")
c.doc("GU oncology 11/11/2026: mCRPC, progressing. Had abiraterone 2024-2025 and 'chemotherapy "
      "elsewhere in 2025' per patient; outside records requested. Plan cabazitaxel + "
      "prednisone.", "2026-11-11")
c.ecog("2026-11-11", 1)
c.partner(PRED, "prednisone 10 mg orally once daily", reason=p)
c.ask(CABA, reason=p, dose="25 mg/m2 IV every 3 weeks with prednisone")

# p09 docetaxel with prednisone; castration resistance documented, metastases not yet imaged
c = case(9, "prostate", "2026-11-12", svc(HCPCS, "J9171"), ND, ["metastatic"],
         "Docetaxel with prednisone - castration-resistant, staging not yet resulted",
         "Request for docetaxel with prednisone (ordered the same day) for castration-resistant "
         "prostate cancer with a rapidly rising PSA on leuprolide; bone scan and CT are ordered "
         "but not resulted, and no imaging since the 2021 diagnosis is in the record.",
         "Docetaxel (Taxotere) label section 1 (Indications and Usage): in combination with "
         "prednisone for metastatic castration-resistant prostate cancer. Pivotal trial TAX 327. "
         "Castration resistance is documented; metastatic status is simply absent: "
         "needs-documentation (metastatic).",
         "Taxotere 1: mCRPC - metastases not yet imaged",
         "male", "1953-03-17", ("Nguyen", "Van Thanh"),
         regimen="docetaxel + prednisone", shape="orders")
p = c.primary(cc((ICD, "C61")), "2021-06-07")
c.cycles(LEUP, "2021-07-05", 24, 84, "leuprolide 22.5 mg IM", label="Dose", reason=p)
for d_, v_ in (("2026-05-04", 3.1), ("2026-08-03", 8.8), ("2026-10-26", 24.6)):
    c.psa(d_, v_)
c.testosterone("2026-10-26", 19)
c.cond(cc((ICD, "Z19.2")), "2026-10-26")
c.order(cc((CPT, "78306"), text="Whole-body bone scan"), "2026-11-09", reason=p)
c.order(tcc("CT chest/abdomen/pelvis with contrast"), "2026-11-09", reason=p)
c.ecog("2026-11-12", 1)
c.partner(PRED, "prednisone 5 mg orally twice daily", reason=p)
c.ask(DOCE, reason=p, dose="75 mg/m2 IV every 3 weeks with prednisone")

# p10 olaparib with abiraterone + prednisone; BRCA1/2 negative (ATM only), no prior ARPI
c = case(10, "prostate", "2026-11-13", svc(RX, "1597582"), RR, None,
         "Olaparib with abiraterone and prednisone - BRCA1/2 negative, ATM-mutated",
         "Request for olaparib with abiraterone and prednisone (dispensed) as first-line mCRPC "
         "therapy; germline and tumour testing show no BRCA1 or BRCA2 variant but a somatic ATM "
         "frameshift. No prior androgen receptor pathway inhibitor.",
         "Lynparza label section 1 (Indications and Usage): the abiraterone combination is for "
         "BRCA-mutated mCRPC only; HRR-mutated (including ATM) mCRPC is covered only as "
         "single-agent therapy after progression on enzalutamide or abiraterone. Pivotal trials "
         "PROpel and PROfound. BRCA1/2 negative with no prior ARPI contradicts both: "
         "refer-to-reviewer.",
         "Lynparza 1: combination needs BRCAm; ATM only as monotherapy after an ARPI - neither",
         "male", "1955-08-08", ("Eriksen", "Bjorn"),
         regimen="olaparib + abiraterone + prednisone", shape="dispenses")
p = c.primary(cc((ICD, "C61")), "2022-11-07")
c.secondary(cc((ICD, "C79.51")), "2026-09-28")
c.cond(cc((ICD, "Z19.2")), "2026-10-05")
c.cycles(LEUP, "2022-12-05", 18, 84, "leuprolide 22.5 mg IM", label="Dose", reason=p)
for d_, v_ in (("2026-04-06", 1.9), ("2026-07-06", 4.4), ("2026-10-05", 9.7)):
    c.psa(d_, v_)
c.testosterone("2026-10-05", 20)
c.variant("2026-10-12", "HGNC:1100", answer=ABSENT, somatic=False, issued="2026-10-26",
          text="germline: no pathogenic variant", report_title="Germline BRCA1/2 panel")
c.variant("2026-10-12", "HGNC:1101", answer=ABSENT, somatic=False, issued="2026-10-26",
          text="germline: no pathogenic variant")
c.variant("2026-10-12", "HGNC:795", c="c.5932G>T", p="p.Glu1978Ter", issued="2026-10-30",
          report_title="Tumour HRR NGS", text="somatic ATM nonsense variant; BRCA1/BRCA2 not "
          "altered")
c.dispense(ABI, "2026-11-09", 120, 30)
c.dispense(PRED, "2026-11-09", 60, 30)
c.ask(rx("1597582", text="olaparib 150 mg tablet"), reason=p,
      dose="300 mg orally twice daily with abiraterone and prednisone",
      note="ATM-mutated; requesting PARP inhibitor with abiraterone.")

# p11 cabazitaxel with prednisone in a docetaxel-naive patient (regimen name only)
c = case(11, "prostate", "2026-11-16", svc(HCPCS, "J9043"), RR, None,
         "Cabazitaxel with prednisone - docetaxel-naive",
         "Request for 'cabazitaxel/prednisone' as first chemotherapy for mCRPC after "
         "enzalutamide; the note records that docetaxel was offered and declined because of "
         "neuropathy concerns and that no taxane has been given.",
         "Jevtana label section 1 (Indications and Usage): in combination with prednisone for "
         "mCRPC previously treated with a docetaxel-containing treatment regimen. Pivotal trial "
         "TROPIC. A documented docetaxel-naive patient contradicts the prior-docetaxel gate: "
         "refer-to-reviewer.",
         "Jevtana 1: after docetaxel only - docetaxel-naive",
         "male", "1951-04-02", ("Fitzgerald", "Liam"),
         regimen="cabazitaxel/prednisone", shape="name")
p = c.primary(cc((ICD, "C61")), "2019-09-09")
c.secondary(cc((ICD, "C79.51")), "2023-01-16")
c.cond(cc((ICD, "Z19.2")), "2024-06-03")
c.stmt(hc("J9217", "leuprolide depot (ADT)"), "2019-10-07")
c.fills(rx("1307298", text="enzalutamide 80 mg tablet"), "2024-06-10", 28, 30, 60)
for d_, v_ in (("2026-06-01", 8.0), ("2026-10-19", 19.5)):
    c.psa(d_, v_)
c.testosterone("2026-10-19", 14)
c.doc("GU oncology 11/16/2026: mCRPC progressing on enzalutamide. Docetaxel offered; patient "
      "declines (pre-existing diabetic neuropathy). No prior taxane. Plan cabazitaxel/prednisone "
      "(lower neuropathy rate).", "2026-11-16")
c.ask(CABA, dose="cabazitaxel/prednisone: cabazitaxel 20 mg/m2 IV every 3 weeks")

# p12 abiraterone with prednisone for non-metastatic CRPC
c = case(12, "prostate", "2026-11-18", svc(RX, "1100072"), RR, None,
         "Abiraterone with prednisone - non-metastatic castration-resistant",
         "Request for abiraterone with prednisone (ordered the same day) on continuous ADT for "
         "castration-resistant prostate cancer with PSA doubling time 5 months; CT, bone scan and "
         "PSMA PET show no metastases.",
         "Zytiga label section 1 (Indications and Usage): metastatic castration-resistant and "
         "metastatic high-risk castration-sensitive prostate cancer only. Pivotal trials "
         "COU-AA-302 and LATITUDE. Imaging documenting M0 disease contradicts the metastatic "
         "gate: refer-to-reviewer.",
         "Zytiga 1: metastatic disease required - CT, bone scan and PSMA PET negative",
         "male", "1948-10-21", ("Sutherland", "Ian"),
         regimen="abiraterone + prednisone + ADT", shape="orders")
p = c.primary(cc((ICD, "C61")), "2020-02-03")
c.cond(cc((ICD, "Z19.2")), "2026-09-14")
c.cycles(LEUP, "2020-03-02", 30, 84, "leuprolide 22.5 mg IM", label="Dose", reason=p)
for d_, v_ in (("2026-03-02", 1.1), ("2026-06-01", 1.6), ("2026-09-07", 2.6)):
    c.psa(d_, v_)
c.testosterone("2026-09-07", 17)
c.imaging("2026-10-05", "CT chest/abdomen/pelvis and bone scan: no metastatic disease.",
          title="Conventional imaging")
c.proc(cc((CPT, "78815"), text="PSMA PET/CT (piflufolastat F 18)"), "2026-10-19", reason=p,
       note="No PSMA-avid disease outside the prostate bed.")
c.stage("2026-10-19", "cM0 (nmCRPC)")
c.ecog("2026-11-18", 0)
c.partner(PRED, "prednisone 5 mg orally twice daily", reason=p)
c.ask(ABI, reason=p, dose="1,000 mg orally once daily with prednisone; continue leuprolide",
      note="nmCRPC, PSADT 5 months - requesting abiraterone.")


SHAPE_OF = {c.cid: c.shape for c in CASES}


# ---------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ANY_DATE_RE = re.compile(r"(?<![0-9])(20\d{2}-\d{2}-\d{2})(?![0-9])")
US_DATE_RE = re.compile(r"(?<![0-9/])(\d{2})/(\d{2})/(\d{4})(?![0-9])")
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
SOURCE_RE = re.compile(r"label section [12]|NCD 90\.2|NCI PDQ")
TRIAL_RE = re.compile(r"[Pp]ivotal trial")
HISTORY = ("MedicationAdministration", "MedicationDispense", "MedicationStatement")
REQUEST_TYPES = {"MedicationRequest": "medicationCodeableConcept", "ServiceRequest": "code"}


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


def is_drug(s):
    return (s["system"], s["code"]) not in DRUG_SERVICES_EXCEPT


def the_ask(c):
    """The MedicationRequest or ServiceRequest authored on the case date that carries the
    requested service (for drugs, directly or as an NDC of the ingredient)."""
    out = []
    for ent in c["bundle"]["entry"]:
        r = ent["resource"]
        f = REQUEST_TYPES.get(r.get("resourceType"))
        if f and r.get("authoredOn") == c["date"] and carries(r.get(f), c["service"]):
            out.append(r)
    return out


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


def text_dates(text):
    """ISO and US (MM/DD/YYYY) dates written in free text, as ISO strings."""
    out = list(ANY_DATE_RE.findall(text))
    for mm, dd, yyyy in US_DATE_RE.findall(text):
        out.append(f"{yyyy}-{mm}-{dd}")
    return out


def is_transfer(c):
    """A case whose key facts arrive as outside records (DocumentReference with an author)."""
    return any(ent["resource"].get("resourceType") == "DocumentReference"
               and ent["resource"].get("author") for ent in c["bundle"]["entry"])


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
    with_reason_ref = 0
    intents = set()
    systems = set()
    ndc_only = 0
    with_history = 0
    for c in cases:
        cid = c["id"]
        e = lambda m, cid=cid: errs.append(f"{cid}: {m}")
        if not re.fullmatch(r"lab24-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]) or c["date"] > DATE_CAP:
            e("bad as-of date")
        if not WINDOW[0] <= c["date"] <= WINDOW[1]:
            e("case date outside the set's window")
        s = c["service"]
        systems.add(s["system"])
        if s["system"] not in SERVICE_SYSTEMS or (s["system"], s["code"]) not in VERIFIED:
            e("service not a verified RxNorm/HCPCS/CPT code")
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
        if not SOURCE_RE.search(c["basis"]):
            e("basis must name the label section (or the NCD / NCI PDQ basis)")
        if is_drug(s) and not TRIAL_RE.search(c["basis"]):
            e("drug basis must name a pivotal trial")
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
            e(f"{len(asks)} requests for the service on the case date (want 1)")
        else:
            a = asks[0]
            intents.add(a["intent"])
            want = "MedicationRequest" if is_drug(s) else "ServiceRequest"
            if a["resourceType"] != want:
                e(f"request is a {a['resourceType']}, want {want}")
            if (a["intent"], a["status"]) not in (("order", "active"), ("proposal", "draft")):
                e(f"request intent/status {a['intent']}/{a['status']}")
            f = REQUEST_TYPES[a["resourceType"]]
            if not any((cd.get("system"), cd.get("code")) == (s["system"], s["code"])
                       for cd in a[f].get("coding", [])):
                ndc_only += 1
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
                if r["id"] != "l24-" + cid[len("lab24-"):]:
                    e("patient id")
                if r["id"] in pids:
                    e("patient id reused")
                pids.add(r["id"])
            elif "urn:uuid:" + r["id"] != u:
                e("id/fullUrl mismatch")
            if t != "Patient" and r.get("subject", {}).get("reference") != b["entry"][0]["fullUrl"]:
                e(f"{t} subject is not the case's Patient")
            st = r.get("status")
            if t in STATUS and st not in STATUS[t]:
                e(f"{t}.status {st} not an R4 code")
            if t == "ServiceRequest" and r.get("intent") not in SR_INTENT:
                e("bad ServiceRequest.intent")
            if t == "MedicationRequest" and r.get("intent") not in MR_INTENT:
                e("bad MedicationRequest.intent")
            if t in REQUEST_TYPES and r not in asks:
                if r.get("authoredOn", "") > c["date"]:
                    e(f"another {t} authored after the request date")
                if carries(r.get(REQUEST_TYPES[t]), s) and r.get("authoredOn") == c["date"]:
                    e(f"a second {t} for the service on the request date")
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
                for d in text_dates(text):
                    try:
                        _date.fromisoformat(d)
                    except ValueError:
                        e(f"{t} text has an impossible date {d}")
                        continue
                    if d > c["date"] or d > DATE_CAP:
                        e(f"{t} text mentions {d}, after the request date")
        for text in (c["description"], c["basis"]):
            for d in text_dates(text):
                if d > c["date"]:
                    e(f"case text mentions {d}, after the request date")
        if patients != 1:
            e(f"{patients} patients")
        for m in check_shape(c, asks[0] if len(asks) == 1 else None):
            e(m)
        if n_hist:
            with_history += 1
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp), 0) != n:
                errs.append(f"{cancer} {exp}: {tally.get((cancer, exp), 0)} != {n}")
    if with_reason_ref < 36:
        errs.append(f"only {with_reason_ref} requests carry reasonReference (want most)")
    if systems != set(SERVICE_SYSTEMS):
        errs.append("services must use RxNorm and HCPCS")
    if intents != {"order", "proposal"}:
        errs.append("requests must vary intent (order and proposal)")
    if with_history < 24:
        errs.append(f"only {with_history} cases carry drug history (MA/MD/MS)")
    if not ndc_only:
        errs.append("at least one drug request should be coded by NDC only")
    n_transfer = sum(1 for c in cases if is_transfer(c))
    if not 4 <= n_transfer <= 12:
        errs.append(f"{n_transfer} transfer-of-care cases (want a few)")
    if any(not is_drug(c["service"]) for c in cases):
        errs.append("every service of this set is a drug of a regimen")
    shapes = {}
    for c in cases:
        sh = SHAPE_OF[c["id"]]
        shapes.setdefault(sh, set()).add(c["cancer"])
        if "expected_missing" in c and sh == "absent" and c["expected_missing"] != ["prior_therapy"]:
            errs.append(f"{c['id']}: an absent partner is listed as prior_therapy")
    for sh in SHAPES:
        if sh not in shapes:
            errs.append(f"partner-record shape '{sh}' not used")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        n = len({SHAPE_OF[c["id"]] for c in cases if c["cancer"] == cancer})
        if n < 5:
            errs.append(f"{cancer}: only {n} partner-record shapes")
    return errs


MED_TYPES = ("MedicationRequest", "MedicationAdministration", "MedicationDispense",
             "MedicationStatement")
MED_FIELD = "medicationCodeableConcept"


def check_shape(c, ask):
    """The bundle must carry the regimen partners the way the case's shape says."""
    sh = SHAPE_OF[c["id"]]
    ents = [x["resource"] for x in c["bundle"]["entry"]]
    others = [r for r in ents if r["resourceType"] in MED_TYPES and r is not ask
              and not carries(r.get(MED_FIELD), c["service"])]
    out = []
    if sh == "orders" and not any(r["resourceType"] == "MedicationRequest"
                                  and r.get("authoredOn") == c["date"] and r["status"] == "active"
                                  for r in others):
        out.append("shape 'orders' but no partner MedicationRequest on the request date")
    if sh == "admins" and not any(r["resourceType"] == "MedicationAdministration"
                                  for r in others):
        out.append("shape 'admins' but no partner MedicationAdministration")
    if sh == "dispenses" and not any(r["resourceType"] == "MedicationDispense" for r in others):
        out.append("shape 'dispenses' but no partner MedicationDispense")
    if sh == "stopped" and not any(r.get("status") == "stopped" for r in others):
        out.append("shape 'stopped' but no stopped partner")
    if sh == "maintenance" and not any(r["resourceType"] == "MedicationAdministration"
                                       for r in others):
        out.append("shape 'maintenance' but no induction administrations")
    if sh == "absent":
        current = [r for r in others if r.get("status") in ("active", "intended")
                   or r["resourceType"] == "MedicationDispense"]
        if current:
            out.append("shape 'absent' but a current partner drug is recorded")
    if sh in ("name", "note"):
        if any(r["resourceType"] == "MedicationRequest" and r.get("authoredOn") == c["date"]
               for r in others):
            out.append(f"shape '{sh}' but partners are also ordered")
        if sh == "note" and not any(r["resourceType"] == "DocumentReference" for r in ents):
            out.append("shape 'note' without a note")
    return out


# ---------------------------------------------------------------- markdown
DOC_KIND = {"11526-1": "pathology", "51969-4": "molecular", "18748-4": "imaging",
            "11488-4": "consult", "11506-3": "progress note"}


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
    """Per-case encoding notes (computed from the bundles)."""
    rows = {}
    for c in doc["cases"]:
        ents = [x["resource"] for x in c["bundle"]["entry"]]
        a = the_ask(c)[0]
        f = REQUEST_TYPES[a["resourceType"]]
        req = ("MR " if a["resourceType"] == "MedicationRequest" else "SR ") + "+".join(
            sorted({SYSNAME[cd["system"]] for cd in a[f]["coding"]}))
        hist = {}
        outside = []
        dx = set()
        for r in ents:
            t = r["resourceType"]
            if t in HISTORY:
                hist[t] = hist.get(t, 0) + 1
            if t == "MedicationRequest" and r is not a and r["authoredOn"] < c["date"]:
                hist["MedicationRequest"] = hist.get("MedicationRequest", 0) + 1
            if t == "MedicationRequest" and r is not a and r["authoredOn"] == c["date"]:
                hist["partner"] = hist.get("partner", 0) + 1
            if t == "DocumentReference" and r.get("author"):
                outside.append(DOC_KIND.get(code_of(r["type"], LN), "document"))
            if t == "Condition":
                for cd in r["code"].get("coding", []):
                    if cd["system"] in (ICD, SCT):
                        dx.add(SYSNAME[cd["system"]])
        short = {"MedicationAdministration": "MA", "MedicationDispense": "MD",
                 "MedicationStatement": "MS", "MedicationRequest": "MR", "partner": "same-day MR"}
        rows[c["id"]] = (
            req, f"{a['intent']}/{a['status']}",
            " ".join(f"{short[k]}x{v}" for k, v in sorted(hist.items())) or "-",
            ("transfer: outside " + ", ".join(outside)) if outside else "structured",
            "+".join(sorted(dx)),
            ("reasonReference" if a.get("reasonReference") else
             "reasonCode" if a.get("reasonCode") else "-")
            + (" + priorPrescription" if a.get("priorPrescription") else ""))
    return rows




JUDGEMENT = [
    ("partners written only in a note or as a regimen name (breast-04, breast-05, nsclc-03, "
     "nsclc-09, nsclc-12, colorectal-03, colorectal-12, prostate-03, prostate-11)",
     "The expectation treats a treatment-plan note, a regimen-name MedicationStatement or the "
     "request's own dosage text ('GC + pembro', 'carbo/pem/pembro', 'FOLFIRI', "
     "'cabazitaxel/prednisone') as documentation of the partner drugs, as a human reviewer "
     "would. An engine that reads only coded medication resources sees the requested drug "
     "alone. For nsclc-03 this matters most: nivolumab with ipilimumab and two chemotherapy "
     "cycles (CheckMate 9LA) has no PD-L1 threshold, while the same record read without the "
     "chemotherapy partners (nivolumab + ipilimumab only, PD-L1 <1%) would contradict the "
     "CheckMate 227 indication."),
    ("an unrecorded partner is needs-documentation, a recorded 'alone' is refer (breast-07, "
     "nsclc-07 vs breast-10, nsclc-11, colorectal-10, colorectal-11, prostate-05)",
     "When the record is silent about the partner that the label requires (palbociclib with no "
     "endocrine drug anywhere; amivantamab first line with no lazertinib), the partner is a gate "
     "fact that is simply absent: needs-documentation, listed as `prior_therapy` because "
     "ALLOWED_FACTS has no separate partner fact (as the brief directs). When the record says "
     "the drug will be given alone (trastuzumab or trametinib stopped, fluoropyrimidine "
     "contraindicated, panitumumab declined), it contradicts a combination-only label: "
     "refer-to-reviewer. prostate-05 is the counter-example: enzalutamide alone is labelled "
     "(EMBARK), so it is decided on its other gates."),
    ("a partner stopped for toxicity, regimen still within label (colorectal-02)",
     "Avastin's colorectal indication requires 'intravenous fluorouracil-based chemotherapy', "
     "not oxaliplatin. Oxaliplatin stopped for neuropathy with 5-FU/leucovorin continuing keeps "
     "the request within the label. The service is the Zirabev biosimilar; its label carries "
     "the reference product's colorectal indications, so the basis names the Avastin trials."),
    ("maintenance phase (nsclc-02)",
     "Pemetrexed with pembrolizumab after four induction cycles is the maintenance phase of the "
     "KEYNOTE-189 regimen that the pemetrexed label's first indication names (section 2 gives "
     "the maintenance dosing). The label's separate single-agent maintenance indication "
     "(PARAMOUNT) also needs four platinum cycles without progression, which the record shows. "
     "Either reading gives supported."),
    ("trametinib coded by text only (nsclc-05, nsclc-11)",
     "No ingredient RXCUI for trametinib could be confirmed from a public pairing with the "
     "search tools (openFDA NDC records list only product-level rxcuis), so trametinib is "
     "written as a text-only CodeableConcept ('trametinib (Mekinist) 2 mg tablet'). In nsclc-05 "
     "it is the partner that makes the request supported; in nsclc-11 it is the partner that "
     "was stopped. An engine that recognises partners only by code will miss it."),
    ("EMBARK high-risk definition (prostate-05)",
     "Xtandi section 1 names 'non-metastatic castration-sensitive prostate cancer with "
     "biochemical recurrence at high risk for metastasis'; 'high risk' is defined by the "
     "EMBARK population (PSA doubling time 9 months or less; section 14), and section 2 allows "
     "use with or without a GnRH analogue. The record gives a PSA doubling time of about 4 "
     "months (text Observation and four PSA values), non-castrate testosterone and negative "
     "conventional imaging. ALLOWED_FACTS has no PSA-doubling-time fact; a reviewer might want "
     "PSMA PET, which EMBARK did not use."),
    ("tamoxifen as a ribociclib partner (breast-11)",
     "The refer rests on the section 1 partner list for advanced disease (an aromatase "
     "inhibitor or fulvestrant), confirmed with the search tools in public summaries of the "
     "label and in the Faslodex label's combination indications. The statement that "
     "concomitant tamoxifen is advised against (QT prolongation) is the author's reading of the "
     "Warnings and was not fetched."),
    ("which gate is missing when staging is absent (breast-08, prostate-09)",
     "breast-08 has no tumour size, nodal status or distant staging; the neoadjuvant gate "
     "(>2 cm or node positive) is coded as `stage`, and an engine may also list `metastatic`. "
     "prostate-09 has castration resistance but no imaging; `metastatic` is listed and an "
     "engine may add `stage`."),
    ("pending or suspected results (nsclc-08, nsclc-09, colorectal-07, colorectal-09, "
     "prostate-07)",
     "An ordered test with no result, or a note that calls a variant 'suspected', is an absent "
     "fact (needs-documentation), not a contradiction. colorectal-07 reads the Vectibix "
     "limitation 'not indicated when RAS status is unknown' as 'absent while pending', as "
     "label-cases-22/23 did; a stricter reader could refer."),
    ("outside records as the only source of a gate (breast-06, nsclc-05, colorectal-05, "
     "prostate-04)",
     "PIK3CA H1047R, BRAF V600E, KRAS G12C with the three prior chemotherapy classes, and the "
     "prior docetaxel exist only in signed outside reports (DocumentReference, base64 "
     "text/plain). As in label-cases-23 they are treated as documentation; prostate-08, whose "
     "note only says 'chemotherapy elsewhere', is not."),
    ("the second route a refer case might take (nsclc-10, prostate-10, colorectal-10)",
     "nsclc-10: pembrolizumab single agent needs TPS 1% or more (TPS <1%), and the squamous "
     "combination names carboplatin with paclitaxel or nab-paclitaxel, not pemetrexed. "
     "prostate-10: the ATM variant would fit olaparib monotherapy (PROfound) only after "
     "progression on enzalutamide or abiraterone; the request is the abiraterone combination "
     "in first-line mCRPC. colorectal-10: the Avastin second-line indication after a "
     "bevacizumab regimen still requires fluoropyrimidine-based chemotherapy."),
    ("label wording checked only in summaries (colorectal-04, colorectal-05)",
     "Encorafenib with cetuximab and mFOLFOX6 (BREAKWATER, accelerated approval) and sotorasib "
     "with panitumumab (CodeBreaK 300) were confirmed as FDA label indications through a "
     "public knowledge-base release note found with the search tools; the section 1 wording "
     "quoted in `basis` is the author's reading of the current US prescribing information."),
    ("renal-dose olaparib by NDC only (prostate-01)",
     "The olaparib request is coded only by the Lynparza 100 mg package NDC (11-digit form), "
     "with the label's moderate-renal-impairment dose (200 mg twice daily); the case service is "
     "the RxNorm ingredient."),
    ("darolutamide and talazoparib not requested",
     "The brief lists darolutamide with docetaxel and talazoparib with enzalutamide. One RxNav-"
     "derived public table gives darolutamide as RXCUI 2180325, but another public file uses "
     "the same number for a different product, so it was not treated as verified; for "
     "talazoparib only product-level rxcuis and NDCs (Talzenna 0069-1501-30) were found. No "
     "request was written for either; abiraterone, olaparib, docetaxel, cabazitaxel, "
     "enzalutamide and apalutamide carry the prostate regimens."),
]


def render_md(doc):
    L = []
    cases = doc["cases"]
    meta = {c.cid: c for c in CASES}
    L.append("# Label cases 24: regimens, not drugs")
    L.append("")
    L.append("## How it was written")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-24.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace new to this set, fixed dates, no clock or randomness). Do "
             "not edit by hand; change the script and rerun it. `python3 "
             "scripts/gen-label-cases-24.py --check` regenerates in memory, validates and diffs "
             "with the files on disk. Validation: 48 cases, 6/3/3 per cancer; case dates within "
             f"{WINDOW[0]} .. {WINDOW[1]}; collection Bundles with `urn:uuid:` fullUrls, exactly "
             "one Patient `l24-*` (unique across the set), every resource's subject that Patient "
             "and every reference resolving; R4 status and intent codes; exactly one "
             "MedicationRequest carrying the requested drug authored on the case date (the "
             "coding itself or, for one case, an NDC that maps to the requested ingredient), "
             "intent `order`/status `active` or intent `proposal`/status `draft`; other "
             "MedicationRequests on that date only for regimen partners; the bundle carrying "
             "the partners the way the case's partner-record shape says (partner orders, "
             "administrations, dispenses, a stopped partner, or none at all); no date later "
             f"than the case date or {DATE_CAP} anywhere, including ISO and MM/DD/YYYY dates "
             "written in free text and inside base64 notes; every coding and meta.profile in "
             "the verified tables below with identical displays, HGVS expressions "
             "syntax-checked; each basis naming the label section and a pivotal trial and "
             "stating the expected answer.")
    L.append("")
    L.append("Expected answers follow the current FDA label Indications and Usage (section 1), "
             "read against the record as of the case date, including the partners the label "
             "names: supported = every gate is documented (in coded data, a signed outside "
             "report, a plan note or a regimen name); needs-documentation = a gate fact is "
             "simply absent - a test ordered but not resulted, staging not done, or a required "
             "partner the record never mentions (`expected_missing` lists the fact families that "
             "must be among the missing ones; an unrecorded partner is `prior_therapy`); "
             "refer-to-reviewer = the record contradicts a gate - the drug planned alone where "
             "its label requires a partner, a partner the label does not name, the wrong "
             "histology, biomarker, stage or line. The engine never denies.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read in the repository: `scripts/gen-label-cases-23.py` in full "
             "(case format, builders, validation, verified-code-table approach and .md writer, "
             "copied and adapted); `tests/fixtures/necessity/README.md`; and only the \"Code "
             "verification\" sections of `tests/fixtures/necessity/label-cases-15.md` through "
             "`label-cases-23.md`, extracted by heading with awk (the author also saw each "
             "file's list of `##` headings). Not read: anything under `src/`, `crates/` or "
             "`pathways/`; the top-level `README.md`; any `tests/fixtures/necessity/*.json`; "
             "any other `scripts/gen-*.py`; `tests/api/`; the case tables or other sections of "
             "the label-cases .md files. Cargo and the oncotwin binary were neither built nor "
             "run, so no expectation was checked against the engine or the pathway graph. "
             "Outside the repository only public sources were consulted with the search tools: "
             "snapshots of the two CMS HCPCS files the earlier sets cite (to read J0640, J9264, "
             "J9228 and J9400), public code pairing prednisone with RXCUI 8640, openFDA NDC and "
             "label records (darolutamide, talazoparib and trametinib codes, none adopted; the "
             "Faslodex Indications and Usage text naming ribociclib with fulvestrant in "
             "postmenopausal women and palbociclib or abemaciclib with fulvestrant after "
             "endocrine therapy; the June 2025 Nubeqa Indications change), a public Kisqali "
             "dosing summary (aromatase inhibitor in pre/peri/postmenopausal women or men; "
             "fulvestrant in men or postmenopausal women) and a knowledge-base release note "
             "listing the encorafenib + cetuximab + mFOLFOX6 and sotorasib + panitumumab FDA "
             "indications. The other label sentences are the author's reading of the current "
             "US prescribing information, not copied from a fetched page.")
    L.append("")
    L.append("## Theme")
    L.append("")
    n_tr = sum(1 for c in cases if is_transfer(c))
    n_ref = sum(1 for c in cases if the_ask(c)[0].get("reasonReference"))
    n_code = sum(1 for c in cases if not the_ask(c)[0].get("reasonReference")
                 and the_ask(c)[0].get("reasonCode"))
    L.append("Oncology is given in regimens, and a prior-authorisation request names one drug of "
             "a regimen. Each of the 48 requests is for one drug of a multi-drug regimen whose "
             "label requires partners - pertuzumab with trastuzumab and a taxane; CDK4/6 "
             "inhibitors with an aromatase inhibitor or fulvestrant; alpelisib with fulvestrant; "
             "tucatinib with trastuzumab and capecitabine; pembrolizumab with pemetrexed and "
             "platinum or with gemcitabine/carboplatin; pemetrexed maintenance with "
             "pembrolizumab; nivolumab with ipilimumab with or without two chemotherapy cycles; "
             "durvalumab with tremelimumab and chemotherapy; osimertinib with pemetrexed and "
             "platinum; amivantamab (lazertinib missing); dabrafenib with trametinib; "
             "bevacizumab, cetuximab, panitumumab, ramucirumab and ziv-aflibercept with FOLFOX "
             "or FOLFIRI; encorafenib with cetuximab (with or without mFOLFOX6); sotorasib with "
             "panitumumab; olaparib with abiraterone and prednisone; abiraterone, docetaxel and "
             "cabazitaxel with prednisone; apalutamide with ADT - or is the one drug of such a "
             "regimen given alone, where the label does (enzalutamide, EMBARK) or does not allow "
             "it.")
    L.append("")
    L.append("The partners are recorded on purpose in different ways, one shape per case:")
    L.append("")
    L.append("| shape | meaning | cases |")
    L.append("|---|---|---|")
    for sh, text in SHAPES.items():
        ids = [c["id"].replace("lab24-", "") for c in cases if SHAPE_OF[c["id"]] == sh]
        L.append(f"| {sh} | {text} | {', '.join(ids)} |")
    L.append("")
    L.append(f"Records are built to look like heterogeneous EHR exports. {n_tr} patients are "
             "transfers of care whose deciding fact arrives only as an outside record "
             "(DocumentReference with an author display, base64 text/plain molecular reports, "
             "treatment summaries and imaging reports with MM/DD/YYYY dates); the rest are "
             "structured in deliberately varied ways: diagnoses as ICD-10-CM only, SNOMED CT "
             "only, or both, plain or with mCODE primary/secondary or US Core Condition "
             "profiles; ER/PR/HER2 as LOINC answers, SNOMED CT qualifiers, a percentage, text "
             "or ICD-10-CM Z17.0/Z17.1; PD-L1 as a percentage (with a `<` comparator), a string "
             "or a text-coded SP263 result; genomic results as mCODE or Genomics Reporting "
             "variant Observations with HGNC gene and one- or three-letter protein HGVS "
             "(p.G12D, p.V600E, p.E746_A750del; p.Val600Glu, p.Glu746_Ala750del, "
             "p.Ala767_Val769dup, p.Ser1982ArgfsTer22), 'Absent' answers for negative genes, "
             "or text; stage as text, AJCC numeric code or the SNOMED CT stage IV qualifier; "
             "castration as ICD-10-CM Z19.2 with testosterone, or PSA on ADT; drug history "
             "and partners as MedicationAdministration cycles, MedicationDispense fills, "
             "MedicationStatement periods (some stopped) or earlier MedicationRequests (some "
             "stopped); requests coded RxNorm (ingredient, or NDC only), HCPCS J and Q codes; "
             f"{n_ref} of 48 carry reasonReference to the cancer Condition, {n_code} only an "
             f"ICD-10-CM reasonCode and {len(cases) - n_ref - n_code} no reason.")
    L.append("")
    enc = encodings(doc)
    L.append("| case | date | request | intent/status | regimen | partner shape | history | "
             "record shape | diagnosis coding | request reason |")
    L.append("|---|---|---|---|---|---|---|---|---|---|")
    for c in cases:
        req, ist, hist, shape, dx, rr = enc[c["id"]]
        m = meta[c["id"]]
        L.append(f"| {c['id'].replace('lab24-', '')} | {c['date']} | {req} | {ist} | "
                 f"{m.regimen} | {m.shape} | {hist} | {shape} | {dx} | {rr} |")
    L.append("")
    L.append("MR = MedicationRequest; history counts every drug resource in the bundle: MA = "
             "MedicationAdministration, MD = MedicationDispense, MS = MedicationStatement, MR = "
             "earlier MedicationRequest, same-day MR = partner orders on the request date.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total | transfers |")
    L.append("|---|---|---|---|---|---|")
    tot = [0] * 5
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        cs = [c for c in cases if c["cancer"] == cancer]
        row = [sum(1 for c in cs if c["expected"] == x)
               for x in ("supported", "needs-documentation", "refer-to-reviewer")]
        row += [len(cs), sum(1 for c in cs if is_transfer(c))]
        tot = [a + b for a, b in zip(tot, row)]
        L.append(f"| {cancer} | " + " | ".join(map(str, row)) + " |")
    L.append("| all | " + " | ".join(map(str, tot)) + " |")
    L.append("")
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        L.append(f"## {cancer}")
        L.append("")
        L.append("| id | date | request | code | regimen (partner record) | expected | "
                 "deciding label sentence - record |")
        L.append("|---|---|---|---|---|---|---|")
        for c in cases:
            if c["cancer"] != cancer:
                continue
            s = c["service"]
            exp = c["expected"]
            if exp == "needs-documentation":
                exp += " (" + ", ".join(c["expected_missing"]) + ")"
            m = meta[c["id"]]
            tr = " (transfer)" if is_transfer(c) and "transfer" not in m.label else ""
            L.append(f"| {c['id']} | {c['date']} | {m.label}{tr} | {SYSNAME[s['system']]} "
                     f"{s['code']} | {m.regimen} ({m.shape}) | {exp} | {m.reason} |")
        L.append("")
    L.append("## Judgement calls")
    L.append("")
    for head, text in JUDGEMENT:
        L.append(f"- **{head}**: {text}")
    L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services. Rows tagged ADDB24, "
             "ANWEB24 or GEN24 were verified for this set; every other row is a row of the "
             "label-cases-15..23 verification tables, with the sources those sets cite. NDC "
             "codings use the system `http://hl7.org/fhir/sid/ndc` in the form the source lists "
             "(11-digit 5-4-2 or hyphenated package). Status and intent values are FHIR `code` "
             "elements, not codings; the script checks them against the R4 value sets.")
    L.append("")
    L.append("| system | code | display | source |")
    L.append("|---|---|---|---|")
    used = used_codings(doc)
    order = [HCPCS, RX, NDC, CPT, ICD, SCT, AJCC, LN, HGNC]
    cited = set()
    for sysurl in order + sorted({k[0] for k in used} - set(order)):
        for (s, code) in sorted((k for k in used if k[0] == sysurl), key=lambda k: k[1]):
            disp, src = VERIFIED[(s, code)]
            cited.add(src)
            name = SYSNAME.get(s, "FHIR " + s.replace(TH, ""))
            L.append(f"| {name} | {code} | {disp}{' [service]' if used[(s, code)] else ''} | {src} |")
    L.append("| HGVS | (expressions) | c./p. variant descriptions in genomic-variant components | HGVS |")
    L.append("")
    L.append("Profile URLs written in `meta.profile`:")
    L.append("")
    L.append("| URL | source |")
    L.append("|---|---|")
    for url in sorted(used_profiles(doc)):
        cited.add(VERIFIED_URLS[url])
        L.append(f"| {url} | {VERIFIED_URLS[url]} |")
    L.append("")
    L.append("The Patient identifier system `urn:oid:2.16.840.1.113883.19.5.24` is under the HL7 "
             "example OID arc (fictitious). Outside organisations, clinicians and report headers "
             "are fictitious; assay and product names (FoundationOne CDx, Oncomine Dx Target "
             "Test, Guardant360 CDx, therascreen PIK3CA RGQ PCR, 22C3 pharmDx, SP263) are real "
             "tests named as a report would name them.")
    L.append("")
    L.append("Source tags:")
    L.append("")
    blob = " ".join(cited) + " HGVS"
    for tag, text in SOURCE_TAGS:
        if re.search(rf"(?<![A-Z0-9]){tag}(?![A-Z0-9])", blob):
            L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("Newly verified for this set: HCPCS J0640 'Injection, leucovorin calcium, per 50 mg' "
             "and J9264 'Injection, paclitaxel protein-bound particles, 1 mg' (ADDB24 short "
             "descriptor and status, ANWEB24 long descriptor); J9228 and J9400 re-read, now "
             "written with their long descriptors; RxNorm 8640 prednisone (GEN24). Rows of the "
             "label-cases-15..22 tables that set 23 did not write and this set reuses with their "
             "original sources: HCPCS J9043, J9061, J9206, J9308, J9347, J9395; RxNorm alpelisib, "
             "tucatinib, dabrafenib, sotorasib and anastrozole 1 mg SCD 199224; NDC 24979-725-06 "
             "and 00310056960; CPT 81162.")
    L.append("")
    L.append("Not coded: trametinib (text only, see judgement calls), FOLFOX/FOLFIRI/CAPOX/GC/"
             "AC-T as regimens (text MedicationStatements or dosage text), Gleason score, PSA "
             "doubling time, LVEF, HbA1c, creatinine clearance, EGFR IHC, histology and negative "
             "NGS panels (text-coded Observations); the PD-L1 SP263 result has a text code. "
             "Stage groups without a verified code (IVB, IVC as SNOMED; IIA) are text or an AJCC "
             "numeric code. No darolutamide, talazoparib or lazertinib code is written.")
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
