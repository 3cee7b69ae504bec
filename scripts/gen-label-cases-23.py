#!/usr/bin/env python3
"""Generate tests/fixtures/necessity/label-cases-23.{json,md}: a held-out, blind set
of 48 oncology prior-authorisation cases (breast, NSCLC, colorectal, prostate; 12
each: 6 supported / 3 needs-documentation / 3 refer-to-reviewer).

Theme: a representative week at an oncology prior-authorisation desk. The 48
requests arrive Monday 2026-11-16 to Friday 2026-11-20 and are drawn from what a US
oncology PA desk receives most often -- mostly first requests, a few
re-authorisations: PD-1/PD-L1 inhibitors (pembrolizumab, nivolumab, atezolizumab,
durvalumab, cemiplimab) in their labelled settings; HER2-directed therapy
(trastuzumab biosimilar, pertuzumab/Phesgo, T-DM1, T-DXd); CDK4/6 inhibitors with an
endocrine partner; osimertinib and alectinib; ARPIs (enzalutamide, abiraterone,
apalutamide) and a GnRH antagonist; bevacizumab biosimilar and reference product;
anti-EGFR antibodies; oxaliplatin and capecitabine; olaparib; sacituzumab govitecan;
Lu-177 vipivotide tetraxetan; and five non-drug services (21-gene assay, two NGS
panels, two PSMA PET radiotracers). About a quarter of the patients are transfers of
care whose key facts arrive only as outside records (DocumentReference, base64
text/plain pathology, cytology, molecular, imaging and consult reports written the
way such reports read); the others are structured in deliberately varied ways.

Written blind: the author read scripts/gen-label-cases-22.py in full (its machinery
is copied and adapted here), tests/fixtures/necessity/README.md, and only the
"Code verification" sections of tests/fixtures/necessity/label-cases-15.md ..
label-cases-22.md (extracted by heading with awk). Not read: src/, crates/,
pathways/, the top-level README.md, any tests/fixtures/necessity/*.json, any other
scripts/gen-*.py, and the case tables or other sections of those .md files. Cargo
and the oncotwin binary were neither built nor run.

Usage:
    python3 scripts/gen-label-cases-23.py           # write the .json and .md
    python3 scripts/gen-label-cases-23.py --check   # regenerate in memory,
                                                    # validate, diff with disk

Deterministic: uuid5 ids under a fixed namespace (new for this set), fixed dates, no
clock, no randomness, stdlib only.

Dates: the case `date` is the day the request reached the desk (the authoredOn of
the MedicationRequest or ServiceRequest under review). Every resource dates on or
before it, and no date anywhere -- ISO dates and the US MM/DD/YYYY dates that the
outside reports use, including inside free text and base64 notes -- is later than
the case date or 2026-11-30.

Codes: every coding written is looked up in VERIFIED below (system, code -> display,
source tags); the .md code-verification table is generated from the codings actually
used. Rows reuse the label-cases-15..22 verification tables and their sources; rows
tagged GEN23 or USCORE23 were verified for this set with the search tools (SNOMED CT
result qualifiers, LOINC 11526-1, four US Core profile URLs). HGVS expressions are
checked for syntax only.
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
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-23.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-23.md"
NS = uuid.UUID("7c3a9e23-4b1d-4e23-8f23-23feedface23")
DATE_CAP = "2026-11-30"
WEEK = ("2026-11-16", "2026-11-20")

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
SERVICE_SYSTEMS = (RX, HCPCS, CPT)
DRUG_SERVICES_EXCEPT = {(CPT, "81519"), (CPT, "81455"), (CPT, "81445"), (HCPCS, "A9595"),
                        (HCPCS, "A9608")}
# Fact families an expected_missing list may name (the label-cases-22 list).
ALLOWED_FACTS = {"her2", "er", "pr", "hr", "menopause", "stage", "metastatic", "pdl1",
                 "egfr", "alk", "ros1", "braf", "kras", "ras", "msi", "hrr", "brca",
                 "pik3ca", "esr1", "psa", "castration", "prior_therapy", "ecog",
                 "resection", "histology", "progression"}
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
                 basis, reason, gender, birth, name, *, transfer=False, uspatient=False):
        self.cid = f"lab23-{cancer}-{num:02d}"
        self.cancer, self.date, self.service = cancer, date, service
        self.expected, self.missing = expected, missing
        self.label = label
        self.description, self.basis, self.reason = description, basis, reason
        self.transfer = transfer
        self.n = 0
        self.entries = []
        self.pid = "l23-" + self.cid[len("lab23-"):]
        self.purl = "urn:uuid:" + str(uuid.uuid5(NS, self.cid + "/patient"))
        fam, given = name
        pat = {"resourceType": "Patient", "id": self.pid}
        if uspatient:
            pat["meta"] = {"profile": [P_USPAT]}
        pat.update({
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.23",
                            "value": f"MRN23{num:02d}{cancer[:2].upper()}"}],
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
TRAS = hc("J9355", "trastuzumab (Herceptin) IV")
PERT = hc("J9306", "pertuzumab (Perjeta) IV")
DOCE = hc("J9171", "docetaxel")
CARBO = hc("J9045", "carboplatin")
CIS = hc("J9060", "cisplatin")
PACLI = hc("J9267", "paclitaxel")
PEME = hc("J9305", "pemetrexed")
PEMBRO = hc("J9271", "pembrolizumab (Keytruda)")
OXALI = hc("J9263", "oxaliplatin")
FU = hc("J9190", "fluorouracil")
BEV = hc("J9035", "bevacizumab (Avastin)")
GEM = hc("J9201", "gemcitabine")
LEUP = hc("J9217", "leuprolide acetate depot")
DEGA = hc("J9155", "degarelix (Firmagon)")
NGS_NEG = ("No EGFR, ALK, ROS1, BRAF V600E, MET exon 14, RET, NTRK or KRAS G12C alteration "
           "detected")


# ================================================================ BREAST
# b01 pembrolizumab, KEYNOTE-522 neoadjuvant (first request; structured, SNOMED qualifiers)
c = case(1, "breast", "2026-11-16", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab - neoadjuvant, high-risk early triple-negative breast cancer",
         "First request for pembrolizumab with carboplatin/paclitaxel (then AC) as neoadjuvant "
         "treatment, continued as single-agent adjuvant therapy, for a cT2 cN1 (FNA-proven) M0 "
         "grade 3 triple-negative left breast cancer; ER 0%, PR <1%, HER2 IHC 1+; staging CT and "
         "bone scan negative.",
         "Keytruda label section 1 (Indications and Usage): high-risk early-stage triple-negative "
         "breast cancer in combination with chemotherapy as neoadjuvant treatment, and then "
         "continued as a single agent as adjuvant treatment after surgery. Pivotal trial "
         "KEYNOTE-522 (high risk = T1c N1-2 or T2-4 N0-2). Record: ER/PR negative and HER2 "
         "IHC 1+ (SNOMED CT qualifiers), cT2 cN1 cM0 clinical stage IIB, no prior therapy: "
         "supported.",
         "Keytruda 1: high-risk early TNBC, neoadjuvant with chemotherapy - cT2 cN1, ER/PR/HER2 negative",
         "female", "1981-02-11", ("Delgado", "Marisol"), uspatient=True)
p = c.primary(cc((SCT, "254837009"), text="Invasive ductal carcinoma, left breast, grade 3"),
              "2026-10-19", body=LEFT)
c.er("2026-10-19", vcc(SNEG, text="0% nuclear staining (negative)"), issued="2026-10-23")
c.pr("2026-10-19", vcc(SNEG, text="<1% (negative)"), issued="2026-10-23")
c.her2_ihc("2026-10-19", vcc(SNEG, text="IHC 1+ (negative)"), issued="2026-10-23")
c.text_obs("Left axillary lymph node, FNA cytology", "2026-10-19",
           "Positive for metastatic carcinoma", cat=None, issued="2026-10-21")
c.imaging("2026-10-26", "MRI breasts: 3.1 cm irregular enhancing mass, left breast 2 o'clock; "
          "1.8 cm left axillary level I node with cortical thickening (FNA-proven). Right breast "
          "negative.", title="Breast MRI")
c.imaging("2026-10-30", "CT chest/abdomen/pelvis with contrast and whole-body bone scan: no "
          "evidence of distant metastatic disease.", title="Staging CT and bone scan")
c.tnm("2026-11-02", "cT2 (3.1 cm)", "cN1 (FNA-proven)", "cM0")
c.stage("2026-11-02", "cT2 cN1 cM0 - clinical anatomic stage IIB", code=(SCT, "1222769001"))
c.obs(tcc("Left ventricular ejection fraction (echocardiogram)"), "2026-11-05", qty(64, "%", "%"),
      cat=None)
c.ecog("2026-11-09", 0)
c.partner(PACLI, "paclitaxel 80 mg/m2 weekly x12 (KEYNOTE-522 neoadjuvant)", reason=p)
c.partner(CARBO, "carboplatin AUC 5 every 3 weeks x4", reason=p)
c.ask(PEMBRO, reason=p, uscore=True,
      dose="200 mg IV every 3 weeks x8 (with paclitaxel/carboplatin, then AC), then 200 mg every "
           "3 weeks x9 as adjuvant after surgery")

# b02 Phesgo neoadjuvant (TRANSFER: HER2 and nodes only in outside reports)
c = case(2, "breast", "2026-11-16", svc(HCPCS, "J9316"), S, None,
         "Pertuzumab/trastuzumab/hyaluronidase (Phesgo) - neoadjuvant, transfer of care",
         "First request for Phesgo with docetaxel/carboplatin (TCHP) as neoadjuvant therapy for "
         "a right breast cancer in a patient who moved from another health system; HER2 3+, ER "
         "60%, PR 5% and the biopsy-proven axillary node are documented only in the outside core "
         "biopsy report and outside breast MRI report scanned into the chart.",
         "Phesgo label section 1 (Indications and Usage): in combination with chemotherapy as "
         "neoadjuvant treatment of patients with HER2-positive, locally advanced, inflammatory, "
         "or early stage breast cancer (either greater than 2 cm in diameter or node positive) "
         "as part of a complete treatment regimen for early breast cancer; section 2: select "
         "patients based on HER2 protein overexpression or gene amplification. Pivotal trials "
         "NeoSphere/TRYPHAENA (neoadjuvant pertuzumab) and FeDeriCa (SC vs IV). Record: outside "
         "pathology HER2 IHC 3+ (4B5), 3.4 cm mass, node biopsy positive, no metastases on "
         "staging: supported.",
         "Phesgo 1: HER2+ early breast cancer >2 cm or node positive, neoadjuvant - outside report HER2 3+",
         "female", "1980-07-02", ("Ferreira", "Lucia"), transfer=True)
p = c.cond(cc((ICD, "C50.411")), "2026-10-05", cat="encounter-diagnosis",
           recorded="2026-11-09")
c.outside(
    "RIVERBEND REGIONAL MEDICAL CENTER - DEPARTMENT OF PATHOLOGY\n"
    "SURGICAL PATHOLOGY REPORT\n"
    "Patient: FERREIRA, LUCIA    DOB: 07/02/1980    Sex: F\n"
    "Accession: S26-18342    Collected: 10/05/2026    Received: 10/05/2026    "
    "Reported: 10/09/2026\n\n"
    "CLINICAL HISTORY: Right breast mass 10:00, 3.4 cm on ultrasound, BI-RADS 5. Enlarged right "
    "axillary lymph node.\n\n"
    "SPECIMENS:\nA. Right breast, 10:00, 6 cm FN, US-guided core biopsy (4 cores)\n"
    "B. Right axilla, lymph node, US-guided core biopsy (2 cores)\n\n"
    "FINAL DIAGNOSIS:\n"
    "A. BREAST, RIGHT, 10:00, CORE BIOPSY:\n"
    "   - INVASIVE DUCTAL CARCINOMA (NO SPECIAL TYPE), NOTTINGHAM GRADE 3 (3+3+2 = 8/9).\n"
    "   - DUCTAL CARCINOMA IN SITU, HIGH NUCLEAR GRADE, SOLID TYPE.\n"
    "   - Lymphovascular invasion: not identified in cores.\n"
    "B. LYMPH NODE, RIGHT AXILLA, CORE BIOPSY:\n"
    "   - METASTATIC CARCINOMA, CONSISTENT WITH BREAST PRIMARY.\n\n"
    "BREAST BIOMARKER RESULTS (block A1; cold ischemia < 1 h; fixation 6-72 h in 10% NBF):\n"
    "   Estrogen receptor (SP1):     POSITIVE, 60% of tumor nuclei, moderate intensity\n"
    "   Progesterone receptor (1E2): POSITIVE (low), 5%, weak intensity\n"
    "   HER2 (4B5) IHC:              POSITIVE (3+) - complete, intense circumferential membrane "
    "staining in >10% of invasive tumor cells\n"
    "   Ki-67 (30-9):                40%\n"
    "   HER2 ISH: not performed (IHC 3+). Interpretation per ASCO/CAP guideline.\n\n"
    "Electronically signed out: Ana Whitcombe, MD, 10/09/2026 14:22",
    "2026-10-09", kind="11526-1", title="Outside pathology: right breast and axillary node core "
    "biopsy (Riverbend S26-18342)", org="Riverbend Regional Medical Center")
c.outside(
    "RIVERBEND REGIONAL MEDICAL CENTER - BREAST IMAGING\n"
    "EXAM: MRI BILATERAL BREASTS WITH AND WITHOUT CONTRAST    DATE: 10/12/2026\n"
    "INDICATION: Newly diagnosed right breast carcinoma, extent of disease.\n"
    "FINDINGS: Right breast 10:00, 6 cm from the nipple: irregular heterogeneously enhancing "
    "mass measuring 3.4 x 2.9 x 2.6 cm with biopsy clip, washout kinetics. No additional "
    "suspicious enhancement. Right axilla: level I lymph node 1.6 cm with cortical thickening "
    "(biopsy-proven metastasis). Left breast: no suspicious enhancement. \n"
    "IMPRESSION: 1. Known right breast malignancy, 3.4 cm. 2. Biopsy-proven right axillary "
    "nodal metastasis. 3. No contralateral disease. BI-RADS 6.",
    "2026-10-12", kind="18748-4", title="Outside breast MRI (Riverbend)",
    org="Riverbend Regional Medical Center")
c.doc("MEDICAL ONCOLOGY NEW PATIENT CONSULT 11/09/2026. 46-year-old woman transferring care "
      "after relocation. Right breast IDC grade 3, ER 60% / PR 5% / HER2 3+ on outside core "
      "biopsy (Riverbend S26-18342), node-positive (core biopsy). Staging CT chest/abdomen/"
      "pelvis and bone scan at Riverbend 10/20/2026 (per referral letter): no distant "
      "disease. Clinical stage cT2 cN1 cM0. Echo LVEF 62%. Plan: neoadjuvant docetaxel/carboplatin with "
      "pertuzumab/trastuzumab given as Phesgo SC every 3 weeks x6, then surgery.",
      "2026-11-09", kind="11488-4", title="New patient consult (transfer of care)")
c.ecog("2026-11-09", 0)
c.partner(DOCE, "docetaxel 75 mg/m2 every 3 weeks x6", reason=p)
c.partner(CARBO, "carboplatin AUC 6 every 3 weeks x6", reason=p)
c.ask(hc("J9316", "Phesgo 1,200 mg/600 mg/30,000 units loading, then 600 mg/600 mg/20,000 units SC q3w"),
      reason=p, dose="Loading dose SC cycle 1, then maintenance dose every 3 weeks, cycles 2-6 "
                     "(neoadjuvant TCHP)")

# b03 ribociclib + letrozole first line (NDC-only request; ER as ICD-10-CM Z17.0)
c = case(3, "breast", "2026-11-17", svc(RX, "1873916"), S, None,
         "Ribociclib with letrozole - first-line HR-positive HER2-negative metastatic",
         "First request for ribociclib (ordered by NDC only) with letrozole, already started, as "
         "initial endocrine-based therapy for de novo metastatic (bone, liver) breast cancer in a "
         "postmenopausal woman; ER recorded only as ICD-10-CM Z17.0, PR and HER2 as LOINC answers.",
         "Kisqali label section 1 (Indications and Usage): HR-positive, HER2-negative advanced or "
         "metastatic breast cancer in combination with an aromatase inhibitor as initial "
         "endocrine-based therapy. Pivotal trial MONALEESA-2 (postmenopausal, no prior therapy "
         "for advanced disease). Record: Z17.0 ER-positive, PR positive, HER2 interpretation "
         "negative (IHC 1+), stage IV, postmenopausal, letrozole started 8 days before: "
         "supported.",
         "Kisqali 1: HR+/HER2- metastatic, with an AI as initial endocrine-based therapy",
         "female", "1959-05-30", ("Brandt", "Heidi"))
p = c.cond(cc((ICD, "C50.912"), text="Metastatic carcinoma of left breast"), "2026-10-12")
c.cond(cc((ICD, "Z17.0")), "2026-10-16")
c.secondary(cc((ICD, "C79.51")), "2026-10-12", note="Biopsy of L2 lesion: metastatic breast carcinoma.")
c.secondary(cc((SCT, "94381002")), "2026-10-12")
c.pr("2026-10-12", vcc(POS, text="Positive, 40%"), issued="2026-10-16")
c.marker(cc((LN, "48676-1")), "2026-10-12", vcc(NEG, text="Negative (IHC 1+)"),
         issued="2026-10-16")
c.stage("2026-10-19", "cT2 cN1 cM1 (bone, liver) - stage IV", code=(SCT, "1222837003"))
c.obs(tcc("Menopausal status"), "2026-10-19", vcc((SCT, "76498008"), text="postmenopausal"),
      cat="survey")
c.dispense(cc((RX, "72965"), (RX, "200064"), (NDC, "24979-726-07"), text="letrozole 2.5 mg tablet"),
           "2026-11-09", 90, 90)
c.ecog("2026-11-09", 1)
c.ask(ndc("00078086742", "Kisqali 200 mg tablets, 3 blister packs of 14"), reason=p,
      dose="600 mg (3 x 200 mg) orally once daily, days 1-21 of each 28-day cycle, with "
           "letrozole 2.5 mg daily")

# b04 adjuvant abemaciclib (TRANSFER: node count and receptors only in outside pathology)
c = case(4, "breast", "2026-11-17", svc(RX, "1946825"), S, None,
         "Abemaciclib - adjuvant, node-positive high-risk (transfer of care)",
         "First request for adjuvant abemaciclib with anastrozole after modified radical "
         "mastectomy (5/18 nodes) and dose-dense AC-T at another hospital; the node count, "
         "grade and ER/PR/HER2 results exist only in the outside surgical pathology report and "
         "the outside oncologist's treatment summary.",
         "Verzenio label section 1 (Indications and Usage): in combination with endocrine "
         "therapy (tamoxifen or an aromatase inhibitor) for the adjuvant treatment of adults with "
         "HR-positive, HER2-negative, node-positive early breast cancer at high risk of "
         "recurrence. Pivotal trial monarchE (cohort 1: 4 or more positive nodes, or 1-3 with "
         "grade 3 or tumour 5 cm or more). Record: outside pathology pT2 pN2a (5/18), ER 95%, PR "
         "30%, HER2 1+, adjuvant chemotherapy completed, anastrozole started: supported.",
         "Verzenio 1: adjuvant HR+/HER2- node-positive high risk - 5/18 nodes (outside report)",
         "female", "1968-09-14", ("Okafor", "Grace"), transfer=True, uspatient=True)
p = c.uscond(cc((SCT, "254837009"), text="Carcinoma of right breast, status post mastectomy"),
             "2026-04-20", body=RIGHT, recorded="2026-11-03")
c.outside(
    "ST. AUGUSTINE HEALTH - ANATOMIC PATHOLOGY\n"
    "SURGICAL PATHOLOGY REPORT    Accession: SA26-07781\n"
    "Procedure date: 05/18/2026    Report date: 05/22/2026\n"
    "SPECIMEN: Right breast and axillary contents, modified radical mastectomy.\n\n"
    "DIAGNOSIS:\n"
    "- Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclear 2, mitoses 2 = 7/9).\n"
    "- Tumor size: 2.6 cm (greatest dimension, gross and microscopic).\n"
    "- Margins: negative for invasive carcinoma (closest: posterior, 4 mm).\n"
    "- Lymphovascular invasion: present.\n"
    "- Lymph nodes: METASTATIC CARCINOMA IN 5 OF 18 LYMPH NODES (largest deposit 9 mm; "
    "extranodal extension 2 mm).\n"
    "- Pathologic stage (AJCC 8th ed.): pT2 pN2a.\n\n"
    "BIOMARKERS (performed on core biopsy SA26-06120, 04/20/2026):\n"
    "   ER: positive, 95%, strong.  PR: positive, 30%, moderate.\n"
    "   HER2 IHC (4B5): 1+ (NEGATIVE).  Ki-67: 15%.\n\n"
    "Signed: R. Castellanos, MD, 05/22/2026",
    "2026-05-22", kind="11526-1", title="Outside surgical pathology: right modified radical "
    "mastectomy (St. Augustine SA26-07781)", org="St. Augustine Health")
c.outside(
    "ST. AUGUSTINE HEALTH - HEMATOLOGY/ONCOLOGY\nTREATMENT SUMMARY FOR TRANSFER OF CARE "
    "(10/30/2026)\n"
    "Diagnosis: right breast IDC, pT2 pN2a (5/18), ER 95% / PR 30% / HER2 1+ negative.\n"
    "Surgery: right MRM 05/18/2026.\n"
    "Adjuvant chemotherapy: dose-dense doxorubicin/cyclophosphamide x4 (06/15/2026 - "
    "07/27/2026), then weekly paclitaxel x12 (08/10/2026 - 10/26/2026). Tolerated well; grade 1 "
    "neuropathy.\n"
    "Radiation: post-mastectomy RT to be arranged at the new center.\n"
    "Recommendations: endocrine therapy (postmenopausal - AI) plus adjuvant abemaciclib for "
    "2 years (high-risk, >=4 positive nodes).",
    "2026-10-30", kind="11488-4", title="Outside oncology treatment summary",
    org="St. Augustine Health")
c.stmt(tcc("Adjuvant dose-dense AC then weekly paclitaxel (outside)"), "2026-06-15",
       end="2026-10-26")
c.obs(tcc("Menopausal status"), "2026-11-03", vcc((SCT, "76498008")), cat="survey")
c.stmt(rx("84857", text="anastrozole 1 mg daily"), "2026-11-03")
c.ecog("2026-11-10", 0)
c.ask(rx("1946825", text="abemaciclib 150 mg tablet"), reason=p, intent="proposal", uscore=True,
      dose="150 mg orally twice daily with anastrozole, for 2 years")

# b05 sacituzumab govitecan, metastatic TNBC after two lines for metastatic disease
c = case(5, "breast", "2026-11-18", svc(HCPCS, "J9317"), S, None,
         "Sacituzumab govitecan - metastatic TNBC, third line",
         "First request for sacituzumab govitecan for metastatic triple-negative breast cancer "
         "(lung, liver) after progression on first-line carboplatin/gemcitabine (PD-L1 CPS 2) and "
         "second-line capecitabine, both given for metastatic disease; adjuvant AC-T in 2022.",
         "Trodelvy label section 1 (Indications and Usage): unresectable locally advanced or "
         "metastatic triple-negative breast cancer in adults who have received two or more "
         "prior systemic therapies, at least one of them for metastatic disease. Pivotal trial "
         "ASCENT. Record: ER/PR/HER2 negative on the liver biopsy, two metastatic lines "
         "(administrations and dispenses) each ending in progression: supported.",
         "Trodelvy 1: mTNBC after >=2 prior systemic therapies, >=1 metastatic - two metastatic lines",
         "female", "1972-12-03", ("Haddad", "Rima"))
p = c.primary(cc((ICD, "C50.911"), text="Triple-negative breast carcinoma, right"), "2022-03-14",
              body=RIGHT)
c.secondary(cc((ICD, "C78.01")), "2026-01-19")
c.secondary(cc((SCT, "94381002")), "2026-01-19", note="Liver biopsy: metastatic carcinoma, "
            "breast primary (GATA3+).")
c.er("2026-01-19", vcc(NEG, text="Negative (0%) on liver biopsy"), issued="2026-01-23")
c.pr("2026-01-19", vcc(NEG, text="Negative (0%)"), issued="2026-01-23")
c.her2_ihc("2026-01-19", vcc(NEG, text="0"), issued="2026-01-23")
c.marker(cc((LN, "85147-7")), "2026-01-19", vstr("CPS 2 (22C3 pharmDx)"), issued="2026-01-27")
c.stmt(tcc("Adjuvant dose-dense AC-T (2022)"), "2022-04-18", end="2022-09-26")
c.cycles(CARBO, "2026-02-02", 6, 21, "carboplatin AUC 2 d1,8 (first line, metastatic)")
c.cycles(GEM, "2026-02-02", 6, 21, "gemcitabine 1,000 mg/m2 d1,8")
c.imaging("2026-06-08", "CT chest/abdomen/pelvis: progression - liver lesions enlarging "
          "(sum 38 -> 55 mm), new right lung nodules.", title="CT restaging")
c.fills(rx("194000", "200328", text="capecitabine 500 mg tablet"), "2026-06-22", 6, 21, 112)
c.imaging("2026-10-26", "CT chest/abdomen/pelvis: progressive disease on capecitabine - new "
          "liver lesions, lung nodules enlarging.", title="CT restaging")
c.status("2026-10-26", WORSE, focus=p, text="Progression on second-line capecitabine")
c.ecog("2026-11-11", 1)
c.ask(hc("J9317", "Trodelvy 10 mg/kg d1,8 q21d"), reason=p,
      dose="10 mg/kg IV on days 1 and 8 of 21-day cycles until progression")

# b06 T-DXd for HER2-low (IHC 2+/ISH-negative) after one chemotherapy in the metastatic setting
c = case(6, "breast", "2026-11-18", svc(HCPCS, "J9358"), S, None,
         "Trastuzumab deruxtecan - HER2-low (IHC 2+/ISH-negative) metastatic",
         "First request for trastuzumab deruxtecan for HR-positive, HER2-low (IHC 2+, ISH not "
         "amplified) metastatic breast cancer after progression on palbociclib/letrozole and then "
         "weekly paclitaxel in the metastatic setting; ER given as a percentage only.",
         "Enhertu label section 1 (Indications and Usage): unresectable or metastatic HER2-low "
         "(IHC 1+ or IHC 2+/ISH-) breast cancer, as determined by an FDA-approved test, in "
         "patients who have received a prior chemotherapy in the metastatic setting or "
         "developed recurrence during or within 6 months of adjuvant chemotherapy. Pivotal "
         "trial DESTINY-Breast04. Record: HER2 IHC 2+ with ISH not amplified, paclitaxel for "
         "metastatic disease with progression: supported.",
         "Enhertu 1: HER2-low after chemotherapy in the metastatic setting - IHC 2+/ISH-",
         "female", "1963-04-22", ("Lindqvist", "Karin"))
p = c.primary(cc((SCT, "254837009"), text="Carcinoma of left breast, metastatic"), "2024-02-05",
              body=LEFT)
c.secondary(cc((SCT, "94222008")), "2024-02-05")
c.secondary(cc((ICD, "C78.7")), "2026-05-11")
c.er("2024-02-05", qty(90, "%", "%"), issued="2024-02-09")
c.pr("2024-02-05", vcc(POS, text="Positive, 20%"), issued="2024-02-09")
c.her2_ihc("2026-05-11", vcc(text="2+ (equivocal), VENTANA HER2 (4B5), liver biopsy"),
           issued="2026-05-15")
c.her2_ish("2026-05-11", vcc(NEG, text="Not amplified: HER2/CEP17 ratio 1.3, average HER2 "
                                       "copy number 3.1 signals/cell"), issued="2026-05-20")
c.stmt(rx("1601374", text="palbociclib 125 mg d1-21 q28d"), "2024-02-19", end="2026-04-27",
       note="Stopped for progression (new liver metastases).")
c.stmt(rx("72965", text="letrozole 2.5 mg daily"), "2024-02-19", end="2026-04-27")
c.cycles(PACLI, "2026-06-01", 18, 7, "paclitaxel 80 mg/m2 weekly (metastatic)", label="Week")
c.imaging("2026-10-19", "CT chest/abdomen/pelvis: progression of liver metastases (sum 24 -> "
          "41 mm) on weekly paclitaxel; bone disease stable.", title="CT restaging")
c.ecog("2026-11-10", 1)
c.ask(hc("J9358", "Enhertu 5.4 mg/kg q3w"), reason=p,
      dose="5.4 mg/kg IV every 3 weeks until progression or unacceptable toxicity")

# b07 pertuzumab neoadjuvant; HER2 IHC 2+ with FISH pending (TRANSFER)
c = case(7, "breast", "2026-11-19", svc(HCPCS, "J9306"), ND, ["her2"],
         "Pertuzumab - neoadjuvant; outside HER2 IHC 2+ with reflex FISH still pending",
         "Request for pertuzumab with trastuzumab, docetaxel and carboplatin as neoadjuvant "
         "therapy for a 3.8 cm left breast cancer in a transferred patient; the outside core "
         "biopsy report gives HER2 IHC 2+ (equivocal) with reflex FISH sent to a reference "
         "laboratory and 'to be reported as an addendum' - no addendum is in the chart.",
         "Perjeta label section 1 (Indications and Usage): in combination with trastuzumab and "
         "chemotherapy as neoadjuvant treatment of HER2-positive, locally advanced, inflammatory "
         "or early stage breast cancer (greater than 2 cm or node positive); section 2: HER2 "
         "positivity by protein overexpression or gene amplification (IHC 2+ requires ISH). "
         "Pivotal trial NeoSphere. HER2 status is not established in the record (equivocal IHC, "
         "ISH pending): needs-documentation (her2).",
         "Perjeta 1: HER2-positive required - IHC 2+ with ISH pending (outside report)",
         "female", "1975-01-28", ("Novak", "Petra"), transfer=True)
p = c.cond(cc((ICD, "C50.412")), "2026-10-28", recorded="2026-11-12")
c.outside(
    "LAKEVIEW COMMUNITY HOSPITAL LABORATORY - PATHOLOGY REPORT\n"
    "Case: LV26-4471    Collected: 10/28/2026    Signed: 10/30/2026\n"
    "SPECIMEN: Left breast, 2:00, ultrasound-guided core needle biopsy.\n"
    "DIAGNOSIS: Invasive carcinoma of no special type (ductal), grade 3. No lymphovascular "
    "invasion identified.\n"
    "PROGNOSTIC MARKERS:\n"
    "  ER (SP1): NEGATIVE (0%).\n"
    "  PR (1E2): NEGATIVE (<1%).\n"
    "  HER2 (4B5): EQUIVOCAL (2+) - weak to moderate complete membrane staining in 30% of tumor "
    "cells.\n"
    "  Ki-67: 55%.\n"
    "COMMENT: Reflex HER2 FISH has been sent to the reference laboratory (sent 10/30/2026). "
    "The result will be issued as an addendum to this report.\n"
    "Pathologist: M. Ortega, MD",
    "2026-10-30", kind="11526-1", title="Outside pathology: left breast core biopsy (Lakeview "
    "LV26-4471)", org="Lakeview Community Hospital")
c.imaging("2026-11-05", "Breast ultrasound and MRI: 3.8 cm left breast mass at 2:00; axillary "
          "nodes normal in size and morphology. No distant disease on staging CT.",
          title="Breast imaging and staging CT")
c.stage("2026-11-05", "cT2 (3.8 cm) cN0 cM0 - clinical stage IIA")
c.doc("Oncology consult 11/12/2026 (transfer): left breast carcinoma, ER/PR negative, HER2 2+ "
      "on outside core biopsy; FISH addendum not received - outside laboratory called, still "
      "pending. Plan neoadjuvant TCHP if HER2 amplified; requesting authorization now to avoid "
      "delay.", "2026-11-12", kind="11488-4")
c.ecog("2026-11-12", 0)
c.partner(TRAS, "trastuzumab 8 mg/kg load then 6 mg/kg q3w", reason=p)
c.partner(DOCE, "docetaxel 75 mg/m2 q3w x6", reason=p)
c.ask(hc("J9306", "Perjeta 840 mg load, then 420 mg q3w"), reason=p, intent="proposal",
      dose="840 mg IV loading dose, then 420 mg every 3 weeks x5 (neoadjuvant)")

# b08 palbociclib + letrozole; menopausal status never documented (51-year-old)
c = case(8, "breast", "2026-11-19", svc(RX, "1601374"), ND, ["menopause"],
         "Palbociclib with letrozole - menopausal status not documented",
         "First request for palbociclib with letrozole as initial therapy for HR-positive, "
         "HER2-negative bone-metastatic breast cancer in a 51-year-old woman; there is no "
         "menopausal status, no ovarian suppression and no oophorectomy in the record (the "
         "note says FSH/estradiol are ordered).",
         "Ibrance label section 1 (Indications and Usage): HR-positive, HER2-negative advanced "
         "or metastatic breast cancer in combination with an aromatase inhibitor as initial "
         "endocrine-based therapy in postmenopausal women or in men (or with fulvestrant after "
         "progression on endocrine therapy). Pivotal trial PALOMA-2 (postmenopausal women). "
         "Receptors and stage are documented; menopausal status, the gate for the AI "
         "combination in a woman of 51, is absent: needs-documentation (menopause).",
         "Ibrance 1: with an AI in postmenopausal women - menopausal status absent",
         "female", "1975-06-08", ("Marchetti", "Giulia"))
p = c.primary(cc((ICD, "C50.911"), (SCT, "254837009")), "2026-10-26", body=RIGHT)
c.secondary(cc((SCT, "94222008"), text="Bone metastases (T7, T11, sacrum)"), "2026-10-26")
c.er("2026-10-26", vcc(SPOS, text="Positive, 95%, strong"), issued="2026-10-30")
c.pr("2026-10-26", vcc(SPOS, text="Positive, 70%"), issued="2026-10-30")
c.her2_ihc("2026-10-26", vcc(SNEG, text="0"), issued="2026-10-30")
c.stage("2026-11-02", "cT2 cN1 cM1 (bone) - stage IV", code=(SCT, "1222837003"))
c.stmt(rx("72965", text="letrozole 2.5 mg daily"), "2026-11-09")
c.order(tcc("FSH and estradiol (menopausal status)"), "2026-11-12", reason=p)
c.doc("Oncology note 11/12/2026: de novo HR+/HER2- breast cancer with bone-only metastases. "
      "Started letrozole; plan palbociclib 125 mg d1-21. Menopausal status not yet established "
      "- FSH/estradiol ordered. Denosumab started.", "2026-11-12")
c.ecog("2026-11-12", 1)
c.ask(rx("1601374", text="palbociclib 125 mg capsule"), reason_code=cc((ICD, "C50.911")),
      dose="125 mg orally once daily, days 1-21 of 28-day cycles, with letrozole")

# b09 21-gene assay; sentinel node result not yet reported
c = case(9, "breast", "2026-11-20", svc(CPT, "81519"), ND, ["stage"],
         "21-gene recurrence score (Oncotype DX) - nodal status not yet reported",
         "Request for the 21-gene breast recurrence score on a 1.6 cm ER/PR-positive, "
         "HER2-negative lumpectomy specimen in a postmenopausal woman; the sentinel lymph node "
         "specimen was sent separately and its result is not in the record.",
         "No FDA label (laboratory test). Basis: NCI PDQ Breast Cancer Treatment (gene "
         "expression profiling for HR-positive, HER2-negative early breast cancer) and the "
         "pivotal trials TAILORx (node-negative) and RxPONDER (1-3 positive nodes, "
         "postmenopausal); CMS MolDX coverage likewise requires node-negative or 1-3 node "
         "disease. Receptors are documented; nodal status (and so the stage that decides "
         "eligibility) is absent: needs-documentation (stage).",
         "21-gene assay: HR+/HER2-, N0 or N1mi-N1 - nodal status pending",
         "female", "1961-08-17", ("Abernathy", "Joan"))
p = c.primary(cc((ICD, "C50.411")), "2026-10-05", body=RIGHT)
c.cond(cc((ICD, "Z17.0")), "2026-10-09")
c.pr("2026-10-05", vcc(POS, text="Positive, 80%"), issued="2026-10-09")
c.her2_ihc("2026-10-05", vcc(NEG, text="1+"), issued="2026-10-09")
c.obs(tcc("Menopausal status"), "2026-10-12", vcc((SCT, "76498008")), cat="survey")
c.proc(cc((SCT, "392021009")), "2026-11-02", reason=p, body=RIGHT,
       note="Lumpectomy with sentinel lymph node biopsy (2 nodes sent separately).")
c.tnm("2026-11-02", "pT1c (1.6 cm)", None, path=True, issued="2026-11-09")
u = c.text_obs("Nottingham grade", "2026-11-02", "Grade 2 (3+2+1 = 6/9)", cat=None,
               issued="2026-11-09")
c.pathology("2026-11-02", "Right breast lumpectomy: invasive ductal carcinoma, grade 2, 1.6 cm, "
            "margins negative (closest 3 mm). Sentinel lymph nodes: submitted as a separate "
            "specimen - see separate report (pending).", title="Surgical pathology: right "
            "lumpectomy", issued="2026-11-09", results=[u])
c.doc("Surgical oncology note 11/16/2026: post-lumpectomy check, healing well. Sentinel node "
      "final pathology still pending at the reference laboratory (frozen section not done). "
      "Medical oncology requests Oncotype DX on the lumpectomy block.", "2026-11-16")
c.ask_service(cc((CPT, "81519"), text="Oncotype DX Breast Recurrence Score"), reason=p,
              intent="proposal")

# b10 trastuzumab-anns for HER2 IHC 2+ / ISH not amplified (HER2-low) metastatic disease
c = case(10, "breast", "2026-11-20", svc(HCPCS, "Q5117"), RR, None,
         "Trastuzumab-anns (Kanjinti) - requested for HER2 IHC 2+, ISH not amplified",
         "Request for biosimilar trastuzumab-anns with docetaxel for metastatic breast cancer "
         "after progression on ribociclib/letrozole; HER2 is IHC 2+ with ISH not amplified "
         "(ratio 1.4); the oncologist's note calls the tumour 'HER2 2+, will treat as "
         "HER2-positive'.",
         "Kanjinti label section 1 (Indications and Usage): HER2-overexpressing metastatic breast "
         "cancer (with paclitaxel, or after chemotherapy); section 2: select patients by HER2 "
         "protein overexpression (IHC 3+) or gene amplification by an FDA-approved test. "
         "Pivotal trials H0648g/H0649g (reference product, HER2 3+ or amplified) and LILAC "
         "(biosimilar equivalence). IHC 2+ with a negative ISH is HER2-negative (HER2-low); the "
         "record contradicts the HER2 gate: refer-to-reviewer.",
         "Kanjinti 1: HER2-overexpressing only - IHC 2+/ISH not amplified",
         "female", "1966-03-09", ("Papadopoulos", "Eleni"))
p = c.primary(cc((SCT, "254837009"), text="Breast carcinoma, left, metastatic to liver"),
              "2023-09-11", body=LEFT)
c.secondary(cc((ICD, "C78.7")), "2026-09-28")
c.er("2026-09-28", vcc(POS, text="Positive, 80%"), issued="2026-10-02")
c.pr("2026-09-28", vcc(NEG, text="Negative"), issued="2026-10-02")
c.her2_ihc("2026-09-28", vcc(text="2+ (equivocal)"), issued="2026-10-02")
c.her2_ish("2026-09-28", vcc(NEG, text="Not amplified (HER2/CEP17 1.4; 3.2 copies/cell)"),
           issued="2026-10-08")
c.stmt(rx("1873916", text="ribociclib 600 mg d1-21"), "2024-10-07", end="2026-09-21",
       note="Stopped for progression.")
c.stmt(rx("72965", text="letrozole"), "2024-10-07", end="2026-09-21")
c.doc("Oncology note 11/13/2026: progression on ribociclib/letrozole (new liver lesions). HER2 "
      "2+ on the liver biopsy - will treat as HER2-positive: docetaxel + trastuzumab "
      "(biosimilar per plan formulary).", "2026-11-13")
c.partner(DOCE, "docetaxel 75 mg/m2 q3w", reason=p)
c.ask(hc("Q5117", "Kanjinti (trastuzumab-anns) 8 mg/kg load, then 6 mg/kg q3w", (RX, "224905")),
      reason=p, dose="8 mg/kg IV loading dose, then 6 mg/kg every 3 weeks with docetaxel")

# b11 abemaciclib adjuvant requested for node-negative disease
c = case(11, "breast", "2026-11-16", svc(RX, "1946825"), RR, None,
         "Abemaciclib - adjuvant, requested for node-negative disease",
         "Request for adjuvant abemaciclib with letrozole for a grade 3, Ki-67 30%, pT2 (2.4 cm) "
         "HR-positive HER2-negative breast cancer with 0 of 3 sentinel nodes involved; the "
         "request cites 'high proliferation'.",
         "Verzenio label section 1 (Indications and Usage): adjuvant treatment of HR-positive, "
         "HER2-negative, node-positive early breast cancer at high risk of recurrence. Pivotal "
         "trial monarchE (node-positive only). Pathological pN0 (0/3 sentinel nodes) contradicts "
         "the node-positive gate: refer-to-reviewer.",
         "Verzenio 1: node-positive required - pN0 (0/3)",
         "female", "1970-10-01", ("Kowalczyk", "Anna"))
p = c.primary(cc((ICD, "C50.912")), "2026-08-31", body=LEFT)
c.cond(cc((ICD, "Z17.0")), "2026-09-04")
c.er("2026-08-31", vcc(POS, text="Positive, 90%"), issued="2026-09-04")
c.pr("2026-08-31", vcc(POS, text="Positive, 15%"), issued="2026-09-04")
c.her2_ihc("2026-08-31", vcc(NEG, text="1+"), issued="2026-09-04")
c.proc(cc((SCT, "392021009")), "2026-09-21", reason=p, body=LEFT,
       note="Lumpectomy with sentinel lymph node biopsy.")
c.nodes("2026-09-21", 0, 3, issued="2026-09-28")
c.tnm("2026-09-21", "pT2 (2.4 cm)", "pN0(sn) (0/3)", path=True, issued="2026-09-28")
c.stage("2026-09-21", "pT2 pN0(sn) cM0 - pathological stage IIA", path=True, issued="2026-09-28")
c.text_obs("Ki-67 proliferation index", "2026-09-21", "30%", cat=None, issued="2026-09-28")
c.stmt(rx("72965", text="letrozole 2.5 mg daily"), "2026-11-02")
c.ask(rx("1946825", text="Verzenio 150 mg"), reason=p,
      dose="150 mg orally twice daily with letrozole, 2 years",
      note="High grade, Ki-67 30% - requesting adjuvant abemaciclib.")

# b12 T-DM1 after pathological complete response
c = case(12, "breast", "2026-11-17", svc(HCPCS, "J9354"), RR, None,
         "Ado-trastuzumab emtansine - adjuvant, requested after pathological complete response",
         "Request for adjuvant T-DM1 x14 after neoadjuvant TCHP and lumpectomy showing no "
         "residual invasive carcinoma in breast or nodes (ypT0 ypN0, pathological complete "
         "response), for HER2-positive breast cancer.",
         "Kadcyla label section 1 (Indications and Usage): adjuvant treatment of HER2-positive "
         "early breast cancer in patients who have residual invasive disease after neoadjuvant "
         "taxane and trastuzumab-based treatment (and HER2-positive metastatic breast cancer "
         "after trastuzumab and a taxane). Pivotal trial KATHERINE (residual invasive disease "
         "only). ypT0 ypN0 contradicts the residual-disease gate: refer-to-reviewer.",
         "Kadcyla 1: residual invasive disease required - ypT0 ypN0 (pCR)",
         "female", "1977-11-25", ("Moreau", "Celine"))
p = c.primary(cc((ICD, "C50.411")), "2026-03-16", body=RIGHT)
c.her2_ihc("2026-03-16", vcc(POS, text="3+"), issued="2026-03-20")
c.er("2026-03-16", vcc(NEG, text="Negative"), issued="2026-03-20")
c.stage("2026-03-23", "cT2 cN1 cM0 - clinical stage IIB", code=(SCT, "1222769001"))
for m_, d_ in ((DOCE, "docetaxel 75 mg/m2"), (CARBO, "carboplatin AUC 6"),
               (TRAS, "trastuzumab 8 -> 6 mg/kg"), (PERT, "pertuzumab 840 -> 420 mg")):
    c.cycles(m_, "2026-04-06", 6, 21, d_, reason=p)
c.proc(cc((SCT, "392021009")), "2026-08-24", reason=p, body=RIGHT,
       note="Lumpectomy and targeted axillary dissection.")
c.tnm("2026-08-24", "ypT0", "ypN0 (0/4)", path=True, issued="2026-08-31")
c.pathology("2026-08-24", "Right breast lumpectomy and axillary nodes: no residual invasive "
            "carcinoma (ypT0 ypN0, 0/4 nodes); treatment effect present. Pathological complete "
            "response (RCB-0).", title="Surgical pathology after neoadjuvant therapy",
            issued="2026-08-31")
c.ask(hc("J9354", "Kadcyla 3.6 mg/kg q3w"), reason=p, intent="proposal",
      dose="3.6 mg/kg IV every 3 weeks x14 cycles (adjuvant)")

# ================================================================ NSCLC
# n01 cemiplimab single agent, PD-L1 TPS 80% (valueQuantity), EGFR/ALK/ROS1 negative
c = case(1, "nsclc", "2026-11-16", svc(HCPCS, "J9119"), S, None,
         "Cemiplimab - first-line single agent, PD-L1 TPS 80%",
         "First request for single-agent cemiplimab for metastatic (bone) squamous-predominant "
         "NSCLC with PD-L1 TPS 80% (22C3, recorded as a percentage) and a negative NGS panel "
         "(EGFR, ALK, ROS1 among others).",
         "Libtayo label section 1 (Indications and Usage): first-line treatment of adults with "
         "NSCLC whose tumours have high PD-L1 expression (TPS 50% or more) as determined by an "
         "FDA-approved test, with no EGFR, ALK or ROS1 aberrations, that is locally advanced and "
         "not a candidate for surgical resection or definitive chemoradiation, or metastatic. "
         "Pivotal trial EMPOWER-Lung 1. Record: TPS 80%, NGS negative for EGFR/ALK/ROS1, stage "
         "IVA, treatment-naive: supported.",
         "Libtayo 1: first-line single agent TPS >=50%, no EGFR/ALK/ROS1 - TPS 80%",
         "male", "1952-09-30", ("Sorensen", "Nils"))
p = c.primary(cc((ICD, "C34.31"), (SCT, "254637007"),
                 text="Non-small cell carcinoma, squamous, right lower lobe"), "2026-10-13")
c.secondary(cc((ICD, "C79.51")), "2026-10-20")
c.stage("2026-10-26", "cT3 cN2 cM1b (single osseous metastasis) - stage IVA", code=(AJCC, "4A"))
c.marker(cc((LN, "85147-7")), "2026-10-13", qty(80, "%", "%"), issued="2026-10-20",
         method="PD-L1 IHC 22C3 pharmDx, tumour proportion score")
c.text_obs("Tissue NGS (lung core)", "2026-10-13", NGS_NEG, issued="2026-10-30")
c.ecog("2026-11-09", 1)
c.ask(hc("J9119", "Libtayo 350 mg IV q3w"),
      dose="350 mg IV every 3 weeks until progression or unacceptable toxicity")

# n02 osimertinib first line (TRANSFER: EGFR L858R only in the outside molecular report)
c = case(2, "nsclc", "2026-11-17", svc(RX, "1721560"), S, None,
         "Osimertinib - first line, EGFR L858R (outside molecular report, transfer of care)",
         "First request for osimertinib for metastatic lung adenocarcinoma (lung, liver, bone) "
         "in a patient transferred after diagnosis elsewhere; the EGFR L858R result and the "
         "staging CT exist only as the outside comprehensive genomic profiling report and the "
         "outside CT report.",
         "Tagrisso label section 1 (Indications and Usage): first-line treatment of adults with "
         "metastatic NSCLC whose tumours have EGFR exon 19 deletions or exon 21 L858R mutations, "
         "as detected by an FDA-approved test (as monotherapy or with pemetrexed and platinum). "
         "Pivotal trial FLAURA. Record: outside FoundationOne CDx report EGFR L858R "
         "(c.2573T>G), metastatic on outside CT, no prior systemic therapy: supported.",
         "Tagrisso 1: first-line metastatic EGFR L858R - outside CGP report",
         "female", "1958-12-19", ("Tran", "Linh"), transfer=True)
p = c.cond(cc((ICD, "C34.12")), "2026-09-29", recorded="2026-11-10")
c.outside(
    "COMPREHENSIVE GENOMIC PROFILING REPORT\n"
    "Test: FoundationOne CDx (tissue)    Ordering site: Pinecrest Cancer Institute\n"
    "Specimen: lung, left upper lobe, CT-guided core biopsy; collected 09/29/2026; received "
    "10/02/2026; reported 10/14/2026. Tumor nuclei: 40%.\n\n"
    "DISEASE: Lung adenocarcinoma\n\n"
    "GENOMIC FINDINGS\n"
    "  EGFR  L858R (c.2573T>G, exon 21)   VAF 23%\n"
    "  TP53  R273H                        VAF 31%\n"
    "  CDKN2A/B  loss\n"
    "BIOMARKER FINDINGS: Tumor Mutational Burden 3 Muts/Mb; Microsatellite status MS-Stable.\n\n"
    "THERAPIES WITH CLINICAL BENEFIT (companion diagnostic indication): EGFR exon 21 L858R - "
    "osimertinib, erlotinib, gefitinib, afatinib, dacomitinib.\n"
    "No reportable alterations identified in ALK, ROS1, RET, MET, BRAF, KRAS, ERBB2, NTRK1-3.",
    "2026-10-14", kind="51969-4", title="Outside molecular report: FoundationOne CDx (Pinecrest)",
    org="Pinecrest Cancer Institute")
c.outside(
    "PINECREST IMAGING - CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST    09/24/2026\n"
    "FINDINGS: 4.1 cm spiculated left upper lobe mass. Multiple bilateral pulmonary nodules up "
    "to 1.2 cm. Two hypodense hepatic lesions (segment VI 2.2 cm, segment II 1.4 cm). Lytic "
    "lesion of T9 vertebral body. Enlarged left hilar and AP window nodes.\n"
    "IMPRESSION: Left upper lobe primary lung malignancy with contralateral pulmonary, hepatic "
    "and osseous metastases (M1c).",
    "2026-09-24", kind="18748-4", title="Outside staging CT (Pinecrest)",
    org="Pinecrest Cancer Institute")
c.doc("Thoracic oncology new patient 11/10/2026: transferred from Pinecrest (moved to be near "
      "family). Stage IVB lung adenocarcinoma, EGFR L858R per outside FoundationOne CDx. MRI "
      "brain here: no metastases. Not yet treated. Plan osimertinib 80 mg daily.",
      "2026-11-10", kind="11488-4", title="New patient consult (transfer of care)")
c.ecog("2026-11-10", 1)
c.ask(rx("1721560", text="Tagrisso 80 mg tablet"), reason=p, dose="80 mg orally once daily")

# n03 alectinib adjuvant after lobectomy, ALK IHC positive (SNOMED qualifier), pT2b pN2
c = case(3, "nsclc", "2026-11-18", svc(RX, "1727455"), S, None,
         "Alectinib - adjuvant after resection of ALK-positive NSCLC",
         "First request for adjuvant alectinib after lobectomy with mediastinal node dissection "
         "for ALK-positive (VENTANA ALK (D5F3) CDx) adenocarcinoma, pT2b (4.6 cm) pN2 (2/14), "
         "stage IIIA; the diagnosis is a SNOMED CT-only US Core Condition.",
         "Alecensa label section 1 (Indications and Usage): adjuvant treatment in adults "
         "following tumour resection of ALK-positive NSCLC (tumours 4 cm or larger or node "
         "positive), as detected by an FDA-approved test. Pivotal trial ALINA. Record: "
         "lobectomy, 4.6 cm and node positive, ALK D5F3 CDx positive: supported.",
         "Alecensa 1: adjuvant after resection, ALK+, >=4 cm or node positive - pT2b pN2",
         "male", "1969-03-03", ("Ramirez", "Diego"), uspatient=True)
p = c.uscond(cc((SCT, "254637007"), text="Adenocarcinoma of right upper lobe of lung"),
             "2026-08-10")
c.proc(cc((CPT, "32663")), "2026-09-14", reason=p,
       note="VATS right upper lobectomy with mediastinal lymph node dissection.")
c.nodes("2026-09-14", 2, 14, issued="2026-09-21")
c.tnm("2026-09-14", "pT2b (4.6 cm)", "pN2 (station 7, 2/14)", path=True, issued="2026-09-21")
c.stage("2026-09-14", "pT2b pN2 M0 - pathological stage IIIA", code=(AJCC, "3A"), path=True,
        issued="2026-09-21")
c.marker(tcc("ALK (D5F3) immunohistochemistry, VENTANA ALK (D5F3) CDx Assay"), "2026-09-14",
         vcc(SPOS, text="Positive (strong granular cytoplasmic staining)"), issued="2026-09-24")
c.text_obs("PD-L1 (22C3) tumour proportion score", "2026-09-14", "TPS 10%", cat=None,
           issued="2026-09-24")
c.imaging("2026-10-26", "Post-operative CT chest/abdomen and MRI brain: no residual or "
          "metastatic disease.", title="Post-operative staging")
c.ecog("2026-11-09", 0)
c.ask(rx("1727455", text="Alecensa 150 mg capsule"), reason=p, uscore=True,
      dose="600 mg (4 x 150 mg) orally twice daily with food, for 2 years")

# n04 durvalumab re-authorisation after concurrent chemoradiation, stable disease
c = case(4, "nsclc", "2026-11-18", svc(HCPCS, "J9173"), S, None,
         "Durvalumab - consolidation after concurrent chemoradiation (re-authorisation)",
         "Re-authorisation of consolidation durvalumab (doses 8-13) for unresectable stage IIIB "
         "squamous NSCLC after concurrent weekly carboplatin/paclitaxel with 60 Gy; the post-"
         "CRT and latest restaging CTs show no progression.",
         "Imfinzi label section 1 (Indications and Usage): adults with unresectable stage III "
         "NSCLC whose disease has not progressed following concurrent platinum-based "
         "chemotherapy and radiation therapy; section 2: until progression, unacceptable "
         "toxicity or a maximum of 12 months. Pivotal trial PACIFIC. Record: stage IIIB, "
         "concurrent CRT documented, no progression, 7 doses over 6 months: supported.",
         "Imfinzi 1: unresectable stage III, no progression after concurrent CRT; 2: 12 months max",
         "male", "1955-07-21", ("Gallagher", "Sean"))
p = c.primary(cc((ICD, "C34.11"), text="Squamous cell carcinoma, right upper lobe"),
              "2026-01-19")
c.stage("2026-02-02", "cT3 cN2 cM0 (multistation N2, unresectable) - stage IIIB",
        code=(AJCC, "3B"))
c.proc(cc((SCT, "33195004"), text="Thoracic radiotherapy 60 Gy in 30 fractions"), "2026-03-02",
       end="2026-04-10", reason=p)
c.cycles(CARBO, "2026-03-02", 6, 7, "carboplatin AUC 2 weekly with RT", label="Week")
c.cycles(PACLI, "2026-03-02", 6, 7, "paclitaxel 45 mg/m2 weekly with RT", label="Week")
c.imaging("2026-05-04", "CT chest 3 weeks after chemoradiation: partial response of the right "
          "upper lobe mass (5.6 -> 3.1 cm); no new lesions.", title="Post-CRT CT")
o = c.prior_order(hc("J9173", "Imfinzi 1,500 mg q4w"), "2026-05-06", status="active", reason=p,
                  note="Original authorization: 6 months.")
c.cycles(hc("J9173", "Imfinzi 1,500 mg"), "2026-05-11", 7, 28, "durvalumab 1,500 mg",
         label="Dose", reason=p, request=o)
c.imaging("2026-11-02", "CT chest: residual right upper lobe opacity 2.8 cm with post-radiation "
          "fibrosis, unchanged; no new nodules or adenopathy. Stable disease.", title="CT restaging")
c.status("2026-11-02", STABLE, focus=p)
c.ecog("2026-11-09", 1)
c.ask(hc("J9173", "Imfinzi 1,500 mg q4w"), reason=p, prior=o,
      dose="1,500 mg IV every 4 weeks, doses 8-13 (to 12 months from 2026-05-11)")

# n05 nivolumab neoadjuvant with platinum doublet (resectable, cT3 cN1)
c = case(5, "nsclc", "2026-11-19", svc(HCPCS, "J9299"), S, None,
         "Nivolumab - neoadjuvant with platinum doublet, resectable stage IIIA",
         "First request for nivolumab with cisplatin/pemetrexed x3 before lobectomy for "
         "resectable cT3 (5.2 cm) cN1 (EBUS-positive) M0 adenocarcinoma; EGFR not detected and "
         "ALK IHC negative.",
         "Opdivo label section 1 (Indications and Usage): adults with resectable (tumours 4 cm "
         "or larger or node positive) NSCLC in the neoadjuvant setting, in combination with "
         "platinum-doublet chemotherapy (and perioperatively for tumours with no known EGFR "
         "mutations or ALK rearrangements). Pivotal trial CheckMate 816. Record: 5.2 cm and "
         "N1, resectable per thoracic surgery, EGFR/ALK negative, platinum doublet ordered: "
         "supported.",
         "Opdivo 1: resectable >=4 cm or N+, neoadjuvant with platinum doublet - cT3 cN1",
         "female", "1961-05-25", ("Whitaker", "Dana"))
p = c.primary(cc((ICD, "C34.31"), (SCT, "254637007"), text="Adenocarcinoma, right lower lobe"),
              "2026-10-19")
c.proc(cc((CPT, "31652")), "2026-10-26", reason=p, note="EBUS-TBNA stations 11R (positive), "
       "4R and 7 (negative).")
c.tnm("2026-10-30", "cT3 (5.2 cm)", "cN1 (11R, EBUS)", "cM0")
c.stage("2026-10-30", "cT3 cN1 cM0 - clinical stage IIIA", code=(AJCC, "3A"))
c.variant("2026-10-19", "HGNC:3236", answer=ABSENT, text="EGFR mutation test (cobas EGFR v2): "
          "no mutation detected", report_title="EGFR mutation analysis", issued="2026-10-28")
c.marker(tcc("ALK (D5F3) immunohistochemistry"), "2026-10-19",
         vcc(SNEG, text="Negative"), issued="2026-10-28")
c.marker(cc((LN, "85147-7")), "2026-10-19", vstr("TPS 30%"), issued="2026-10-28")
c.doc("Thoracic tumor board 11/11/2026: cT3N1M0 RLL adenocarcinoma, resectable by lobectomy; "
      "PFTs adequate. Recommend neoadjuvant nivolumab + cisplatin/pemetrexed x3 then surgery.",
      "2026-11-11")
c.ecog("2026-11-11", 0)
c.partner(CIS, "cisplatin 75 mg/m2 q3w x3", reason=p)
c.partner(PEME, "pemetrexed 500 mg/m2 q3w x3", reason=p)
c.ask(hc("J9299", "Opdivo 360 mg q3w x3 (neoadjuvant)"), reason=p,
      dose="360 mg IV every 3 weeks x3 with platinum doublet, then surgery")

# n06 comprehensive genomic profiling at diagnosis of stage IV adenocarcinoma (NCD 90.2)
c = case(6, "nsclc", "2026-11-20", svc(CPT, "81455"), S, None,
         "Comprehensive genomic profiling (NGS, 51+ genes) - new stage IVB adenocarcinoma",
         "Request for tissue comprehensive genomic profiling (FoundationOne CDx, billed as a 51+ "
         "gene panel) on the diagnostic biopsy of a newly diagnosed stage IVB lung "
         "adenocarcinoma (brain, bone) in a patient planning systemic therapy; no prior NGS.",
         "CMS NCD 90.2 (Next Generation Sequencing) section B.1: covered for a patient with "
         "recurrent, relapsed, refractory, metastatic, or advanced stage III or IV cancer, not "
         "previously tested with the same NGS test for the same primary diagnosis, who has "
         "decided to seek further cancer treatment, when the test is an FDA-approved or "
         "-cleared companion in vitro diagnostic. Record: stage IVB, first NGS, treatment "
         "planned: supported.",
         "NCD 90.2 B.1: stage IV, not previously tested, seeking treatment - first CGP",
         "male", "1964-02-14", ("Becker", "Thomas"))
p = c.primary(cc((SCT, "254637007"), (ICD, "C34.90"), text="Adenocarcinoma of lung"),
              "2026-11-06")
c.secondary(cc((SCT, "94225005")), "2026-11-06")
c.secondary(cc((ICD, "C79.51")), "2026-11-06")
c.stage("2026-11-10", "cT4 cN3 cM1c (brain, bone) - stage IVB", code=(SCT, "1222837003"))
c.pathology("2026-11-06", "CT-guided biopsy, left upper lobe mass: adenocarcinoma, TTF-1 "
            "positive, napsin A positive. Tumour cellularity about 50%; adequate tissue for "
            "molecular testing.", title="Surgical pathology: lung core biopsy",
            issued="2026-11-11")
c.doc("Oncology note 11/13/2026: new stage IVB lung adenocarcinoma, 2 small brain metastases "
      "(SRS planned). Wishes to pursue systemic therapy. No prior molecular testing. Send "
      "FoundationOne CDx on the core biopsy; PD-L1 22C3 also ordered.", "2026-11-13")
c.ecog("2026-11-13", 1)
c.ask_service(cc((CPT, "81455"), text="FoundationOne CDx (tissue comprehensive genomic profiling)"),
              reason=p)

# n07 adjuvant osimertinib; EGFR never tested (TRANSFER: outside lobectomy pathology)
c = case(7, "nsclc", "2026-11-16", svc(RX, "1721560"), ND, ["egfr"],
         "Osimertinib - adjuvant; EGFR status not yet known (transfer of care)",
         "Request for adjuvant osimertinib after an outside lobectomy (pT2b pN0, stage IIA "
         "adenocarcinoma) and 4 cycles of adjuvant cisplatin/pemetrexed here; the outside "
         "pathology report states that no molecular studies were performed and the note says "
         "EGFR testing of the outside block is pending.",
         "Tagrisso label section 1 (Indications and Usage): adjuvant therapy after tumour "
         "resection in adults with NSCLC whose tumours have EGFR exon 19 deletions or exon 21 "
         "L858R mutations, as detected by an FDA-approved test. Pivotal trial ADAURA. "
         "Resection and stage are documented; the EGFR mutation is not: needs-documentation "
         "(egfr).",
         "Tagrisso 1: adjuvant requires EGFR ex19del/L858R - EGFR pending",
         "female", "1966-04-04", ("Yamamoto", "Keiko"), transfer=True)
p = c.cond(cc((ICD, "C34.11")), "2026-07-20", recorded="2026-08-24")
c.outside(
    "HARBOR POINT MEDICAL CENTER - SURGICAL PATHOLOGY\n"
    "Accession HP26-S-09912    Surgery: 08/17/2026    Final report: 08/21/2026\n"
    "SPECIMENS: (A) Right upper lobe, VATS lobectomy; (B-E) lymph nodes, stations 4R, 7, 10R, 11R.\n"
    "FINAL DIAGNOSIS:\n"
    "A. Invasive non-mucinous adenocarcinoma, acinar predominant (acinar 60%, papillary 30%, "
    "lepidic 10%). Size 3.9 cm. Visceral pleural invasion: not identified (PL0). Bronchial, "
    "vascular and parenchymal margins negative. Lymphovascular invasion: not identified.\n"
    "B-E. Twelve lymph nodes, negative for carcinoma (0/12).\n"
    "PATHOLOGIC STAGE (AJCC 8th): pT2b pN0.\n"
    "ANCILLARY STUDIES: None performed on this specimen. Block A5 is recommended for "
    "biomarker testing (EGFR, ALK, PD-L1) if clinically indicated.\n"
    "Electronically signed: J. Okonkwo, MD, 08/21/2026",
    "2026-08-21", kind="11526-1", title="Outside surgical pathology: right upper lobectomy "
    "(Harbor Point HP26-S-09912)", org="Harbor Point Medical Center")
c.stage("2026-08-24", "pT2b pN0 M0 - stage IIA (outside pathology)", path=True)
c.cycles(CIS, "2026-08-31", 4, 21, "cisplatin 75 mg/m2 (adjuvant)")
c.cycles(PEME, "2026-08-31", 4, 21, "pemetrexed 500 mg/m2 (adjuvant)")
c.order(tcc("EGFR mutation analysis on outside block A5 (cobas EGFR v2)"), "2026-11-09",
        reason=p, note="Block requested from Harbor Point; received 11/12/2026; result pending.")
c.doc("Oncology note 11/13/2026: completed adjuvant cisplatin/pemetrexed x4 (last 11/02/2026). "
      "EGFR status unknown - outside block received, EGFR test sent, pending. Submitting "
      "osimertinib authorization in parallel so that it can start promptly if EGFR-mutated.",
      "2026-11-13")
c.ask(rx("1721560", text="osimertinib 80 mg"), reason=p, intent="proposal",
      dose="80 mg orally once daily for up to 3 years")

# n08 adjuvant atezolizumab; PD-L1 ordered on the resection specimen, not resulted
c = case(8, "nsclc", "2026-11-17", svc(HCPCS, "J9022"), ND, ["pdl1"],
         "Atezolizumab - adjuvant; PD-L1 not resulted",
         "Request for adjuvant atezolizumab after lobectomy (pT3 pN1, stage IIIA) and 4 cycles of "
         "adjuvant cisplatin/pemetrexed; EGFR and ALK are negative but the PD-L1 (SP263) test "
         "ordered on the resection specimen has not resulted.",
         "Tecentriq label section 1 (Indications and Usage): adjuvant treatment following "
         "resection and platinum-based chemotherapy for adults with stage II to IIIA NSCLC whose "
         "tumours have PD-L1 expression on 1% or more of tumour cells, as determined by an "
         "FDA-approved test. Pivotal trial IMpower010. Resection, stage and adjuvant platinum "
         "are documented; PD-L1 is absent: needs-documentation (pdl1).",
         "Tecentriq 1: adjuvant stage II-IIIA with PD-L1 TC >=1% - PD-L1 absent",
         "male", "1957-01-12", ("Nakamura", "Hideo"))
p = c.primary(cc((ICD, "C34.12"), (SCT, "254637007"), text="Adenocarcinoma, left upper lobe"),
              "2026-04-20")
c.proc(cc((SCT, "173171007")), "2026-05-18", reason=p)
c.tnm("2026-05-18", "pT3 (5.5 cm)", "pN1 (2/15)", path=True, issued="2026-05-25")
c.stage("2026-05-18", "pT3 pN1 M0 - pathological stage IIIA", code=(SCT, "1222802001"),
        path=True, issued="2026-05-25")
c.text_obs("Tissue NGS (resection)", "2026-05-18", NGS_NEG, issued="2026-06-05")
c.cycles(CIS, "2026-06-29", 4, 21, "cisplatin 75 mg/m2 (adjuvant)")
c.cycles(PEME, "2026-06-29", 4, 21, "pemetrexed 500 mg/m2 (adjuvant)")
c.order(tcc("PD-L1 (SP263) immunohistochemistry, resection block"), "2026-11-03", reason=p,
        note="Sent to reference laboratory; not resulted.")
c.imaging("2026-10-12", "CT chest/abdomen: post-lobectomy changes, no recurrence.",
          title="Surveillance CT")
c.ecog("2026-11-10", 0)
c.ask(hc("J9022", "Tecentriq 1,200 mg q3w"), reason=p,
      dose="1,200 mg IV every 3 weeks for up to 1 year (adjuvant)")

# n09 pembrolizumab + pemetrexed + carboplatin; EGFR/ALK pending (TRANSFER: outside cytology)
c = case(9, "nsclc", "2026-11-18", svc(HCPCS, "J9271"), ND, ["egfr", "alk"],
         "Pembrolizumab with pemetrexed/carboplatin - EGFR and ALK not yet known",
         "Request for first-line pembrolizumab with carboplatin/pemetrexed for metastatic "
         "(malignant pleural effusion) lung adenocarcinoma diagnosed on outside pleural-fluid "
         "cytology whose cell block was insufficient for molecular testing; the plasma NGS sent "
         "here has not resulted.",
         "Keytruda label section 1 (Indications and Usage): in combination with pemetrexed and "
         "platinum chemotherapy as first-line treatment of metastatic non-squamous NSCLC with no "
         "EGFR or ALK genomic tumour aberrations. Pivotal trial KEYNOTE-189. Non-squamous "
         "histology and metastatic stage are documented (outside cytology); EGFR and ALK status "
         "are absent: needs-documentation (egfr, alk).",
         "Keytruda 1: with pemetrexed/platinum, non-squamous, no EGFR/ALK - molecular pending",
         "male", "1960-10-27", ("Kowalski", "Marek"), transfer=True)
p = c.cond(cc((ICD, "C34.90"), text="Adenocarcinoma of lung with malignant pleural effusion"),
           "2026-10-22", recorded="2026-11-06")
c.outside(
    "GREENFIELD UNIVERSITY HOSPITAL - CYTOPATHOLOGY REPORT\n"
    "Case: GC26-3318    Received: 10/22/2026    Final: 10/26/2026\n"
    "SPECIMEN: Pleural fluid, right, thoracentesis (1,150 mL).\n"
    "DIAGNOSIS: POSITIVE FOR MALIGNANT CELLS. Metastatic adenocarcinoma.\n"
    "Immunohistochemistry on cell block: TTF-1 positive, Napsin A positive, CK7 positive, "
    "p40 negative, CK20 negative, GATA3 negative - consistent with pulmonary origin.\n"
    "COMMENT: The cell block contains approximately 80 tumor cells; this is INSUFFICIENT for "
    "molecular (EGFR, ALK, ROS1 and other driver) and PD-L1 testing. Plasma-based genotyping "
    "or tissue biopsy is recommended.\n"
    "Cytopathologist: L. Fairbanks, MD",
    "2026-10-26", kind="11526-1", title="Outside cytology: pleural fluid (Greenfield GC26-3318)",
    org="Greenfield University Hospital")
c.stage("2026-11-06", "cT2a cN2 cM1a (malignant pleural effusion) - stage IVA",
        code=(AJCC, "4A"))
c.order(tcc("Plasma NGS (Guardant360 CDx)"), "2026-11-10", reason=p,
        note="Drawn 11/10/2026; result expected in 7-10 days.")
c.doc("Thoracic oncology 11/12/2026 (transfer from Greenfield): symptomatic recurrent right "
      "effusion, PleurX placed. Adenocarcinoma on outside cytology; insufficient for molecular "
      "studies. Liquid biopsy pending. Plan carboplatin/pemetrexed/pembrolizumab; patient "
      "declines re-biopsy.", "2026-11-12", kind="11488-4")
c.ecog("2026-11-12", 1)
c.partner(CARBO, "carboplatin AUC 5 q3w x4", reason=p)
c.partner(PEME, "pemetrexed 500 mg/m2 q3w", reason=p)
c.ask(PEMBRO, reason=p, dose="200 mg IV every 3 weeks with carboplatin/pemetrexed x4, then "
                             "with pemetrexed maintenance")

# n10 adjuvant atezolizumab with PD-L1 TC < 1%
c = case(10, "nsclc", "2026-11-19", svc(HCPCS, "J9022"), RR, None,
         "Atezolizumab - adjuvant, PD-L1 tumour-cell expression below 1%",
         "Request for adjuvant atezolizumab after lobectomy (pT2a pN1, stage IIB) and adjuvant "
         "cisplatin/pemetrexed, although PD-L1 (SP263) shows 0% tumour-cell staining.",
         "Tecentriq label section 1 (Indications and Usage): adjuvant treatment following "
         "resection and platinum-based chemotherapy of stage II to IIIA NSCLC whose tumours "
         "have PD-L1 expression on 1% or more of tumour cells (FDA-approved test: VENTANA PD-L1 "
         "(SP263)). Pivotal trial IMpower010. PD-L1 TC 0% contradicts the PD-L1 gate: "
         "refer-to-reviewer.",
         "Tecentriq 1: adjuvant requires PD-L1 TC >=1% - TC 0% (SP263)",
         "female", "1959-09-09", ("Olsen", "Ingrid"))
p = c.primary(cc((ICD, "C34.31"), text="Adenocarcinoma, right lower lobe"), "2026-04-13")
c.proc(cc((CPT, "32663")), "2026-05-11", reason=p)
c.tnm("2026-05-11", "pT2a (3.4 cm)", "pN1 (1/13)", path=True, issued="2026-05-18")
c.stage("2026-05-11", "pT2a pN1 M0 - pathological stage IIB", code=(SCT, "1222769001"),
        path=True, issued="2026-05-18")
c.marker(tcc("PD-L1 (SP263) tumour cell staining, VENTANA PD-L1 (SP263) Assay"), "2026-05-11",
         vcc(SNEG, text="TC 0% (<1%)"), issued="2026-05-22")
c.text_obs("Tissue NGS (resection)", "2026-05-11", NGS_NEG, issued="2026-05-29")
c.cycles(CIS, "2026-06-15", 4, 21, "cisplatin 75 mg/m2 (adjuvant)")
c.cycles(PEME, "2026-06-15", 4, 21, "pemetrexed 500 mg/m2 (adjuvant)")
c.doc("Oncology note 11/12/2026: completed adjuvant chemotherapy. PD-L1 negative (SP263 TC "
      "0%). Patient keen on 'immunotherapy to lower recurrence risk'; will request adjuvant "
      "atezolizumab.", "2026-11-12")
c.ask(hc("J9022", "Tecentriq 1,680 mg q4w"), reason=p, intent="proposal",
      dose="1,680 mg IV every 4 weeks for 1 year")

# n11 osimertinib for EGFR exon 20 insertion (three-letter HGVS dup)
c = case(11, "nsclc", "2026-11-19", svc(RX, "1721560"), RR, None,
         "Osimertinib - requested for EGFR exon 20 insertion",
         "Request for first-line osimertinib (160 mg) for metastatic adenocarcinoma with an EGFR "
         "exon 20 insertion (p.Ala767_Val769dup); no exon 19 deletion, L858R or T790M.",
         "Tagrisso label section 1 (Indications and Usage): EGFR exon 19 deletions or exon 21 "
         "L858R mutations (first line, adjuvant, stage III after chemoradiation) or EGFR T790M "
         "after progression on an EGFR TKI, as detected by an FDA-approved test. Pivotal trials "
         "FLAURA and AURA3. An exon 20 insertion is none of the labelled mutations; the record "
         "contradicts the EGFR gate: refer-to-reviewer.",
         "Tagrisso 1: ex19del/L858R/T790M only - exon 20 insertion",
         "male", "1971-06-16", ("Huang", "Wei"))
p = c.primary(cc((ICD, "C34.12"), text="Adenocarcinoma, left upper lobe"), "2026-10-05")
c.secondary(cc((SCT, "94381002")), "2026-10-12")
c.stage("2026-10-12", "cT2b cN2 cM1c (liver) - stage IVB", code=(SCT, "1222837003"))
c.variant("2026-10-05", "HGNC:3236", c="c.2300_2308dup", p="p.Ala767_Val769dup",
          text="EGFR exon 20 insertion (A767_V769dupASV), somatic", issued="2026-10-23",
          report_title="Tissue NGS (Oncomine Dx Target Test)")
c.doc("Oncology note 11/13/2026: EGFR exon 20 insertion. Amivantamab-based therapy discussed; "
      "patient declines IV therapy and infusion reactions risk. Requesting high-dose "
      "osimertinib 160 mg off-label.", "2026-11-13")
c.ecog("2026-11-13", 1)
c.ask(rx("1721560", text="osimertinib 80 mg tablet"), reason=p,
      dose="160 mg (2 x 80 mg) orally once daily")

# n12 pembrolizumab single agent requested for EGFR L858R-positive disease (one-letter HGVS)
c = case(12, "nsclc", "2026-11-20", svc(HCPCS, "J9271"), RR, None,
         "Pembrolizumab - first-line single agent for EGFR L858R-mutant NSCLC",
         "Request for first-line single-agent pembrolizumab for metastatic adenocarcinoma with "
         "PD-L1 TPS 60% that carries an EGFR L858R mutation (recorded in one-letter HGVS); no "
         "EGFR TKI has been given.",
         "Keytruda label section 1 (Indications and Usage): single agent for first-line "
         "treatment of NSCLC expressing PD-L1 (TPS 1% or more) with no EGFR or ALK genomic "
         "tumour aberrations; after platinum chemotherapy, patients with EGFR or ALK aberrations "
         "should have progressed on FDA-approved therapy for those aberrations. Pivotal trials "
         "KEYNOTE-024/-042 (EGFR/ALK excluded). An EGFR L858R mutation without prior EGFR TKI "
         "contradicts the label: refer-to-reviewer.",
         "Keytruda 1: no EGFR/ALK aberrations - EGFR L858R present",
         "female", "1956-02-29", ("Castillo", "Rosa"))
p = c.primary(cc((SCT, "254637007"), text="Adenocarcinoma of lung, right upper lobe"),
              "2026-10-12")
c.secondary(cc((ICD, "C79.51")), "2026-10-19")
c.stage("2026-10-19", "cT2a cN1 cM1b (bone) - stage IVA", code=(AJCC, "4A"))
c.variant("2026-10-12", "HGNC:3236", c="c.2573T>G", p="p.L858R", profile=P_GRVAR,
          text="EGFR L858R, somatic, VAF 18%", issued="2026-10-29",
          report_title="Tissue NGS panel")
c.marker(cc((LN, "85147-7")), "2026-10-12", qty(60, "%", "%"), issued="2026-10-19")
c.doc("Oncology note 11/16/2026: PD-L1 60%, EGFR L858R. Osimertinib discussed; patient "
      "prefers immunotherapy (friend did well on Keytruda). Will request pembrolizumab "
      "monotherapy.", "2026-11-16")
c.ecog("2026-11-16", 0)
c.ask(PEMBRO, reason=p, dose="200 mg IV every 3 weeks")

# ================================================================ COLORECTAL
MSS = "Microsatellite stable (MSS)"

# c01 adjuvant FOLFOX (oxaliplatin) for resected stage IIIB colon cancer
c = case(1, "colorectal", "2026-11-16", svc(HCPCS, "J9263"), S, None,
         "Oxaliplatin (FOLFOX) - adjuvant, resected stage III colon cancer",
         "First request for adjuvant oxaliplatin with infusional 5-FU/leucovorin (mFOLFOX6, 12 "
         "cycles) after laparoscopic sigmoid colectomy for pT3 pN1b (2/21) adenocarcinoma; "
         "staging CT without metastases.",
         "Eloxatin label section 1 (Indications and Usage): in combination with infusional "
         "fluorouracil/leucovorin for adjuvant treatment of stage III colon cancer in patients "
         "who have undergone complete resection of the primary tumour (and for advanced "
         "colorectal cancer). Pivotal trial MOSAIC. Record: R0 resection, pN1b, AJCC stage IIIB "
         "code, no metastases: supported.",
         "Eloxatin 1: adjuvant stage III colon after complete resection - pT3 pN1b",
         "male", "1962-01-07", ("Fitzgerald", "Liam"))
p = c.primary(cc((ICD, "C18.7"), text="Adenocarcinoma, sigmoid colon"), "2026-09-14")
c.imaging("2026-09-21", "CT chest/abdomen/pelvis: sigmoid wall thickening; no hepatic or "
          "pulmonary metastases.", title="Staging CT")
c.proc(cc((CPT, "44204")), "2026-10-05", reason=p, note="R0 resection.")
c.nodes("2026-10-05", 2, 21, issued="2026-10-12")
c.tnm("2026-10-05", "pT3", "pN1b (2/21)", path=True, issued="2026-10-12")
c.stage("2026-10-05", "pT3 pN1b cM0 - stage IIIB", code=(AJCC, "3B"), path=True,
        issued="2026-10-12")
c.text_obs("Mismatch repair IHC", "2026-10-05", "MLH1, PMS2, MSH2, MSH6 retained (proficient)",
           cat=None, issued="2026-10-14")
c.lab(cc((LN, "2039-6")), "2026-11-02", qty(1.9, "ng/mL", "ng/mL"))
c.ecog("2026-11-09", 0)
c.partner(FU, "5-FU 400 mg/m2 bolus + 2,400 mg/m2 46-h infusion q2w (with leucovorin)", reason=p)
c.ask(hc("J9263", "oxaliplatin 85 mg/m2 q2w (mFOLFOX6)"), reason=p,
      dose="85 mg/m2 IV every 2 weeks x12 cycles with infusional 5-FU/leucovorin")

# c02 adjuvant capecitabine (TRANSFER: stage only in the outside surgical pathology)
C500 = rx("194000", "200328", text="capecitabine 500 mg tablet")
C500["coding"].append(coding(NDC, "00093747489"))
c = case(2, "colorectal", "2026-11-17", svc(RX, "194000"), S, None,
         "Capecitabine - adjuvant single agent, stage III colon (transfer of care)",
         "First request for 8 cycles of adjuvant capecitabine after an outside right "
         "hemicolectomy; pT3 pN1b (3/22) and the MMR results appear only in the outside "
         "surgical pathology report; oxaliplatin omitted for pre-existing neuropathy.",
         "Xeloda label section 1 (Indications and Usage): adjuvant treatment of adults with "
         "stage III colon cancer as a single agent or as a component of a combination "
         "chemotherapy regimen; section 2: 8 cycles. Pivotal trial X-ACT. Record: outside "
         "pathology pT3 pN1b, margins negative, staging CT here without metastases: supported.",
         "Xeloda 1: adjuvant stage III colon - outside pathology pT3 pN1b",
         "female", "1955-10-30", ("Lindgren", "Astrid"), transfer=True)
p = c.cond(cc((ICD, "C18.2")), "2026-09-28", recorded="2026-11-04")
c.outside(
    "MERCY VALLEY HOSPITAL - DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE\n"
    "SURGICAL PATHOLOGY    MV26-22190    Collected 09/28/2026    Signed 10/02/2026\n"
    "SPECIMEN: Terminal ileum, cecum, ascending colon (right hemicolectomy).\n"
    "DIAGNOSIS:\n"
    "  Adenocarcinoma, moderately differentiated (low grade), ascending colon, 4.5 cm.\n"
    "  Tumor invades through the muscularis propria into pericolonic adipose tissue.\n"
    "  Lymphovascular invasion: present. Perineural invasion: not identified.\n"
    "  Tumor deposits: none.\n"
    "  Margins (proximal, distal, radial): negative.\n"
    "  Lymph nodes: 3 of 22 positive for metastatic adenocarcinoma.\n"
    "  PATHOLOGIC STAGE CLASSIFICATION (pTNM, AJCC 8th Edition): pT3 pN1b.\n"
    "  Mismatch repair IHC: MLH1, PMS2, MSH2 and MSH6 - intact nuclear expression "
    "(MMR-proficient).\n"
    "Pathologist: S. Adeyemi, MD",
    "2026-10-02", kind="11526-1", title="Outside surgical pathology: right hemicolectomy "
    "(Mercy Valley MV26-22190)", org="Mercy Valley Hospital")
c.imaging("2026-11-02", "CT chest/abdomen/pelvis: post right hemicolectomy; no evidence of "
          "metastatic disease.", title="Post-operative staging CT")
c.lab(cc((LN, "2039-6")), "2026-11-02", qty(2.4, "ng/mL", "ng/mL"))
c.doc("GI oncology new patient 11/09/2026 (transfer from Mercy Valley): stage IIIB (pT3 pN1b) "
      "right colon cancer, MMR-proficient. Baseline grade 2 diabetic neuropathy - oxaliplatin "
      "not advisable. Plan capecitabine 1,250 mg/m2 BID d1-14 q21d x8.", "2026-11-09",
      kind="11488-4", uscore=True)
c.ecog("2026-11-09", 1)
c.ask(C500, reason=p, dose="1,250 mg/m2 orally twice daily, days 1-14 every 21 days, 8 cycles")

# c03 bevacizumab-bvzr re-authorisation with first-line FOLFOX, partial response
c = case(3, "colorectal", "2026-11-18", svc(HCPCS, "Q5118"), S, None,
         "Bevacizumab-bvzr (Zirabev) - re-authorisation with first-line FOLFOX",
         "Re-authorisation of biosimilar bevacizumab-bvzr with mFOLFOX6 after 12 cycles of "
         "first-line treatment for KRAS G12V-mutant, MSS metastatic colon cancer (liver); "
         "restaging shows a partial response.",
         "Zirabev label section 1 (Indications and Usage): metastatic colorectal cancer in "
         "combination with intravenous fluorouracil-based chemotherapy for first- or "
         "second-line treatment; section 2: until progression or unacceptable toxicity. "
         "Pivotal trials AVF2107g/NO16966 (reference product) and B7391003 (biosimilarity). "
         "Record: mCRC, first line with FOLFOX, partial response: supported.",
         "Zirabev 1: mCRC with IV 5-FU-based chemotherapy, first line - partial response",
         "male", "1958-08-12", ("O'Brien", "Kevin"))
p = c.primary(cc((SCT, "363406005"), text="Adenocarcinoma of transverse colon"), "2026-04-20")
c.secondary(cc((ICD, "C78.7")), "2026-04-27", note="Multiple bilobar liver metastases, "
            "unresectable (HPB tumour board).")
c.stage("2026-04-27", "cT3 cN1 cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.variant("2026-04-20", "HGNC:6407", c="c.35G>T", p="p.G12V", profile=P_GRVAR,
          issued="2026-05-05", report_title="Colorectal NGS panel", answer=SDET)
c.marker(cc((LN, "81695-9")), "2026-04-20", vcc(text=MSS), issued="2026-05-05")
o = c.prior_order(hc("Q5118", "Zirabev 5 mg/kg q2w"), "2026-05-06", reason=p,
                  note="Initial authorization, 6 months.")
c.cycles(hc("Q5118", "Zirabev 5 mg/kg"), "2026-05-11", 12, 14, "bevacizumab-bvzr 5 mg/kg",
         reason=p, request=o)
c.cycles(OXALI, "2026-05-11", 12, 14, "mFOLFOX6: oxaliplatin 85 mg/m2")
c.imaging("2026-11-02", "CT chest/abdomen/pelvis: partial response - liver metastases sum "
          "96 -> 51 mm (-47%); no new lesions.", title="CT restaging")
c.status("2026-11-02", IMPROVED, focus=p, text="Partial response")
c.ecog("2026-11-09", 1)
c.ask(hc("Q5118", "Zirabev (bevacizumab-bvzr) 5 mg/kg q2w"), reason=p, prior=o,
      dose="5 mg/kg IV every 2 weeks with mFOLFOX6 / 5-FU-leucovorin maintenance, 6 months")

# c04 panitumumab + FOLFOX first line; extended RAS negative as HGNC-coded 'Absent' variants
c = case(4, "colorectal", "2026-11-19", svc(HCPCS, "J9303"), S, None,
         "Panitumumab with FOLFOX - first line, RAS wild-type left-sided",
         "First request for panitumumab with mFOLFOX6 for metastatic sigmoid cancer (liver) whose "
         "extended RAS panel found no KRAS or NRAS mutation (exons 2-4) and no BRAF V600E; "
         "results are mCODE genomic-variant Observations answered 'Absent'.",
         "Vectibix label section 1 (Indications and Usage): wild-type RAS (KRAS and NRAS, as "
         "determined by an FDA-approved test) metastatic colorectal cancer in combination with "
         "FOLFOX for first-line treatment; limitation of use: not indicated for RAS-mutant mCRC "
         "or unknown RAS status. Pivotal trial PRIME. Record: KRAS and NRAS absent by the "
         "extended RAS panel, metastatic, first line: supported.",
         "Vectibix 1: RAS wild-type (KRAS+NRAS), first line with FOLFOX",
         "female", "1965-11-02", ("Schultz", "Monika"))
p = c.primary(cc((ICD, "C18.7"), text="Adenocarcinoma of sigmoid colon"), "2026-09-28")
c.secondary(cc((ICD, "C78.7")), "2026-10-05")
c.stage("2026-10-05", "cT4a cN1 cM1a (liver) - stage IVA", code=(SCT, "1222837003"))
for g in ("HGNC:6407", "HGNC:7989"):
    c.variant("2026-09-28", g, answer=ABSENT, issued="2026-10-16",
              text="Extended RAS panel (exons 2, 3 and 4): no mutation detected",
              report_title="Extended RAS panel (FDA-approved)")
c.variant("2026-09-28", "HGNC:1097", answer=ABSENT, issued="2026-10-16",
          text="BRAF V600E not detected")
c.marker(cc((LN, "81695-9")), "2026-09-28", vcc(text=MSS), issued="2026-10-16")
c.ecog("2026-11-09", 0)
c.partner(OXALI, "oxaliplatin 85 mg/m2 q2w", reason=p)
c.partner(FU, "5-FU 400 mg/m2 bolus + 2,400 mg/m2 infusion q2w", reason=p)
c.ask(hc("J9303", "Vectibix 6 mg/kg q2w"), reason_code=cc((ICD, "C18.7")),
      dose="6 mg/kg IV every 14 days with mFOLFOX6")

# c05 pembrolizumab first line, dMMR (TRANSFER: MMR IHC + MSI PCR only in outside report)
c = case(5, "colorectal", "2026-11-20", svc(HCPCS, "J9271"), S, None,
         "Pembrolizumab - first-line dMMR/MSI-H metastatic colon cancer (transfer of care)",
         "First request for single-agent pembrolizumab for unresectable metastatic (peritoneum, "
         "liver) right colon cancer; MLH1/PMS2 loss and MSI-high PCR appear only in the outside "
         "pathology report, and the extent of disease only in the outside CT report.",
         "Keytruda label section 1 (Indications and Usage): first-line treatment of "
         "unresectable or metastatic MSI-H or dMMR colorectal cancer as determined by an "
         "FDA-approved test. Pivotal trial KEYNOTE-177. Record: outside VENTANA MMR RxDx panel "
         "with MLH1/PMS2 loss and MSI-H by PCR, unresectable metastatic disease, no prior "
         "systemic therapy: supported.",
         "Keytruda 1: first-line MSI-H/dMMR mCRC - outside MMR IHC and MSI PCR",
         "female", "1949-03-18", ("Hartmann", "Ilse"), transfer=True, uspatient=True)
p = c.cond(cc((ICD, "C18.2"), text="Adenocarcinoma of ascending colon"), "2026-10-06",
           recorded="2026-11-12", profile=P_USCOND)
c.cond(cc((ICD, "C78.6")), "2026-10-13", recorded="2026-11-12")
c.outside(
    "NORTHGATE MEDICAL LABORATORIES - ANATOMIC PATHOLOGY\n"
    "Case NG26-14702    Procedure: colonoscopy with biopsy 10/06/2026    Signed: 10/09/2026\n"
    "ADDENDUM (10/16/2026): MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY (VENTANA MMR RxDx "
    "Panel)\n"
    "  MLH1: LOSS of nuclear expression\n"
    "  PMS2: LOSS of nuclear expression\n"
    "  MSH2: intact\n"
    "  MSH6: intact\n"
    "  Interpretation: MISMATCH REPAIR DEFICIENT (dMMR).\n"
    "  MLH1 promoter hypermethylation: DETECTED (favors sporadic origin; genetic counseling "
    "at clinician discretion).\n"
    "MICROSATELLITE INSTABILITY (PCR, 5 mononucleotide markers): MSI-HIGH (4/5 markers "
    "unstable).\n"
    "Original diagnosis: Ascending colon, biopsy: invasive adenocarcinoma, poorly differentiated, "
    "with mucinous features.",
    "2026-10-16", kind="11526-1", title="Outside pathology with MMR/MSI addendum (Northgate "
    "NG26-14702)", org="Northgate Medical Laboratories")
c.outside(
    "NORTHGATE RADIOLOGY - CT ABDOMEN AND PELVIS WITH CONTRAST, CT CHEST    10/13/2026\n"
    "FINDINGS: Circumferential mass of the ascending colon. Omental caking and peritoneal "
    "nodules in the right paracolic gutter and pelvis (largest 2.8 cm). Small-volume ascites. "
    "1.9 cm segment VII liver lesion. Chest clear.\n"
    "IMPRESSION: Ascending colon primary with peritoneal carcinomatosis and a hepatic "
    "metastasis.",
    "2026-10-13", kind="18748-4", title="Outside staging CT (Northgate)",
    org="Northgate Medical Laboratories")
c.doc("GI oncology 11/12/2026 (transfer): dMMR/MSI-H right colon cancer with peritoneal and "
      "liver metastases, unresectable (surgical oncology: PCI too high for CRS). No prior "
      "systemic therapy. Plan pembrolizumab 400 mg q6w.", "2026-11-12", kind="11488-4",
      uscore=True)
c.ecog("2026-11-12", 1)
c.ask(hc("J9271", "Keytruda 400 mg q6w"), reason=p, uscore=True,
      dose="400 mg IV every 6 weeks, up to 24 months")

# c06 cetuximab + encorafenib second line, BRAF V600E (three-letter HGVS)
c = case(6, "colorectal", "2026-11-16", svc(HCPCS, "J9055"), S, None,
         "Cetuximab with encorafenib - second line, BRAF V600E",
         "First request for cetuximab with encorafenib after progression on first-line "
         "FOLFOX-bevacizumab, for BRAF V600E-mutant, MSS metastatic colon cancer (liver).",
         "Erbitux label section 1 (Indications and Usage): in combination with encorafenib for "
         "adults with metastatic colorectal cancer with a BRAF V600E mutation, as detected by "
         "an FDA-approved test, after prior therapy. Pivotal trial BEACON CRC. Record: BRAF "
         "p.Val600Glu by FoundationOne CDx, first-line FOLFOX-bevacizumab with documented "
         "progression: supported.",
         "Erbitux 1: with encorafenib, BRAF V600E mCRC after prior therapy",
         "male", "1967-12-22", ("Rossi", "Marco"))
p = c.primary(cc((SCT, "363406005"), text="Adenocarcinoma of ascending colon"), "2026-01-12")
c.secondary(cc((SCT, "94381002")), "2026-01-19")
c.stage("2026-01-19", "cT4a cN2a cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.variant("2026-01-12", "HGNC:1097", c="c.1799T>A", p="p.Val600Glu", issued="2026-01-30",
          report_title="Tumour NGS (FoundationOne CDx)")
c.marker(cc((LN, "81695-9")), "2026-01-12", vcc(text=MSS), issued="2026-01-30")
for m_, d_ in ((OXALI, "mFOLFOX6: oxaliplatin 85 mg/m2"), (BEV, "bevacizumab 5 mg/kg")):
    c.cycles(m_, "2026-02-09", 16, 14, d_, reason=p)
c.imaging("2026-10-19", "CT chest/abdomen/pelvis: progressive disease - liver metastases sum "
          "44 -> 67 mm, new 9 mm lung nodule.", title="CT restaging")
c.status("2026-10-19", WORSE, focus=p, text="Progression on FOLFOX-bevacizumab")
c.ecog("2026-11-09", 1)
c.partner(rx("2049106", text="Braftovi 75 mg capsule"), "300 mg orally once daily", reason=p)
c.ask(hc("J9055", "Erbitux 500 mg/m2 q2w"), reason=p,
      dose="500 mg/m2 IV every 2 weeks with encorafenib 300 mg daily")

# c07 panitumumab first line; RAS pending at the outside laboratory (TRANSFER)
c = case(7, "colorectal", "2026-11-17", svc(HCPCS, "J9303"), ND, ["ras"],
         "Panitumumab with FOLFOX - RAS result pending (transfer of care)",
         "Request for first-line panitumumab with FOLFOX for left-sided (rectosigmoid) cancer "
         "with liver metastases in a transferred patient; the referring oncologist's letter "
         "says the RAS/BRAF testing sent by the outside hospital was still pending at transfer, "
         "and no result has arrived.",
         "Vectibix label section 1 (Indications and Usage): wild-type RAS (KRAS and NRAS) "
         "metastatic colorectal cancer as determined by an FDA-approved test, with FOLFOX first "
         "line; limitation of use: not indicated for RAS-mutant disease or when RAS status is "
         "unknown. Pivotal trial PRIME. Metastatic disease and line are documented; the RAS "
         "result is absent from the record: needs-documentation (ras).",
         "Vectibix 1: RAS wild-type required - result pending (outside letter)",
         "male", "1963-05-09", ("Dubois", "Etienne"), transfer=True)
p = c.cond(cc((ICD, "C20"), text="Adenocarcinoma of rectosigmoid"), "2026-10-12",
           recorded="2026-11-05")
c.cond(cc((ICD, "C78.7")), "2026-10-19", recorded="2026-11-05")
c.outside(
    "SUMMIT ONCOLOGY ASSOCIATES\nREFERRAL LETTER - 10/30/2026\n"
    "Re: DUBOIS, Etienne (DOB 05/09/1963)\n"
    "Dear colleague, thank you for seeing Mr Dubois, who is relocating. He presented with rectal "
    "bleeding; colonoscopy 10/12/2026 showed a near-obstructing rectosigmoid mass (biopsy: "
    "adenocarcinoma, moderately differentiated, MMR proficient). CT 10/19/2026: three liver "
    "metastases (largest 3.4 cm), no lung lesions. CEA 48.\n"
    "Molecular testing (KRAS/NRAS/BRAF) was sent by our pathology department to an outside "
    "reference laboratory; results were PENDING at the time of this letter and will be "
    "forwarded. He has not started treatment.\n"
    "Kind regards, P. Hallorann, MD",
    "2026-10-30", kind="11488-4", title="Outside referral letter (Summit Oncology)",
    org="Summit Oncology Associates")
c.stage("2026-11-05", "cT3 cN1 cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.doc("GI oncology 11/10/2026 (transfer): left-sided mCRC, liver-limited, potentially "
      "convertible. RAS/BRAF results not yet received - outside lab contacted. Plan FOLFOX + "
      "panitumumab if RAS wild-type.", "2026-11-10")
c.ecog("2026-11-10", 0)
c.partner(OXALI, "oxaliplatin 85 mg/m2 q2w", reason=p)
c.ask(hc("J9303", "Vectibix 6 mg/kg q2w"), reason=p, intent="proposal",
      dose="6 mg/kg IV every 14 days with mFOLFOX6")

# c08 pembrolizumab first line; MMR/MSI testing ordered, not resulted
c = case(8, "colorectal", "2026-11-18", svc(HCPCS, "J9271"), ND, ["msi"],
         "Pembrolizumab - first-line mCRC; MSI/MMR testing not resulted",
         "Request for first-line pembrolizumab for metastatic right colon cancer (liver) in a "
         "41-year-old with a family history suggestive of Lynch syndrome; MMR IHC and MSI PCR "
         "were ordered on the biopsy but have not resulted.",
         "Keytruda label section 1 (Indications and Usage): first-line unresectable or "
         "metastatic MSI-H or dMMR colorectal cancer as determined by an FDA-approved test "
         "(other Keytruda solid-tumour indications also require MSI-H/dMMR or TMB-H). Pivotal "
         "trial KEYNOTE-177. Metastatic disease and line are documented; MSI/MMR status is "
         "absent: needs-documentation (msi).",
         "Keytruda 1: MSI-H/dMMR required - MMR/MSI ordered, not resulted",
         "male", "1985-07-19", ("Nguyen", "Bao"))
p = c.primary(cc((ICD, "C18.2")), "2026-10-26")
c.secondary(cc((ICD, "C78.7")), "2026-11-02")
c.stage("2026-11-02", "cT4a cN2 cM1a (liver) - stage IVA", code=(AJCC, "4A"))
c.order(tcc("Mismatch repair IHC (MLH1, PMS2, MSH2, MSH6) and MSI PCR"), "2026-11-09",
        reason=p, note="Sent 11/09/2026.")
c.doc("GI oncology 11/13/2026: 41M, metastatic right colon adenocarcinoma. Father colon cancer "
      "at 45, aunt endometrial cancer at 50 - Lynch suspected. MMR/MSI ordered 11/09/2026, "
      "pending. If dMMR: first-line pembrolizumab; submitting authorization now.",
      "2026-11-13")
c.ecog("2026-11-13", 0)
c.ask(PEMBRO, reason=p, intent="proposal", dose="200 mg IV every 3 weeks, up to 24 months")

# c09 encorafenib second line; BRAF test pending
c = case(9, "colorectal", "2026-11-19", svc(RX, "2049106"), ND, ["braf"],
         "Encorafenib with cetuximab - BRAF V600E test pending",
         "Request for encorafenib with cetuximab after progression on first-line FOLFOXIRI for "
         "metastatic right colon cancer (RAS wild-type, MSS); BRAF V600E PCR was ordered on the "
         "archival block and has not resulted.",
         "Braftovi label section 1 (Indications and Usage): in combination with cetuximab for "
         "adults with metastatic colorectal cancer with a BRAF V600E mutation, as detected by "
         "an FDA-approved test, after prior therapy (and with mFOLFOX6 first line). Pivotal "
         "trial BEACON CRC. Prior therapy and progression are documented; the BRAF V600E result "
         "is absent: needs-documentation (braf).",
         "Braftovi 1: BRAF V600E required - PCR pending",
         "female", "1971-09-03", ("Ibrahim", "Amira"))
p = c.primary(cc((ICD, "C18.2")), "2026-03-30")
c.secondary(cc((ICD, "C78.7")), "2026-04-06")
c.stage("2026-04-06", "stage IVA (liver-only)", code=(AJCC, "4A"))
c.text_obs("KRAS/NRAS (PCR, exons 2-4)", "2026-03-30", "Wild-type", issued="2026-04-10")
c.marker(cc((LN, "81695-9")), "2026-03-30", vcc(text=MSS), issued="2026-04-10")
c.stmt(tcc("First-line FOLFOXIRI"), "2026-04-20", end="2026-09-28",
       note="12 cycles; progression on CT 10/26/2026.")
c.imaging("2026-10-26", "CT chest/abdomen/pelvis: progressive liver metastases, new portocaval "
          "adenopathy.", title="CT restaging")
c.order(tcc("BRAF V600E mutation PCR (archival block)"), "2026-11-10", reason=p,
        note="Pending.")
c.doc("GI oncology 11/13/2026: progression after FOLFOXIRI. Right-sided, rapid progression - "
      "BRAF V600E suspected; PCR on the archival block sent 11/10/2026, pending. Requesting "
      "encorafenib + cetuximab.", "2026-11-13")
c.ecog("2026-11-13", 1)
c.partner(hc("J9055", "cetuximab 500 mg/m2 q2w"), "500 mg/m2 IV every 2 weeks", reason=p)
c.ask(rx("2049106", text="Braftovi 75 mg capsule"), reason=p,
      dose="300 mg (4 x 75 mg) orally once daily with cetuximab")

# c10 panitumumab requested for KRAS G12D (TRANSFER: outside molecular report)
c = case(10, "colorectal", "2026-11-20", svc(HCPCS, "J9303"), RR, None,
         "Panitumumab - requested for KRAS G12D-mutant disease (transfer of care)",
         "Request for panitumumab with FOLFIRI as second-line treatment of metastatic sigmoid "
         "cancer (lung) after FOLFOX-bevacizumab; the outside molecular report (the only "
         "molecular result in the chart) shows KRAS p.G12D.",
         "Vectibix label section 1 (Indications and Usage): wild-type RAS metastatic colorectal "
         "cancer only; limitation of use: not indicated for patients with RAS-mutant mCRC. "
         "Pivotal trials PRIME and 20020408 (benefit confined to RAS wild-type). KRAS G12D "
         "contradicts the RAS gate: refer-to-reviewer.",
         "Vectibix 1: not indicated for RAS-mutant mCRC - KRAS G12D (outside report)",
         "female", "1960-02-17", ("Morgan", "Bethany"), transfer=True)
p = c.cond(cc((ICD, "C18.7")), "2025-11-17", recorded="2026-11-11")
c.cond(cc((ICD, "C78.01")), "2025-11-24", recorded="2026-11-11")
c.outside(
    "TUMOR MOLECULAR PROFILE - CARIS-STYLE REPORT\n"
    "Ordering facility: Westbrook Cancer Center    Specimen: sigmoid colon, resection "
    "(12/08/2025)\nReport date: 12/22/2025\n"
    "Biomarker results:\n"
    "  KRAS    c.35G>A  p.G12D    Pathogenic variant    VAF 31%\n"
    "  NRAS    wild type (exons 2, 3, 4)\n"
    "  BRAF    wild type\n"
    "  MSI     stable (MSS);  MMR proteins intact\n"
    "  TMB     4 mut/Mb\n"
    "  HER2 (ERBB2) amplification: not detected\n"
    "Interpretation: KRAS mutation predicts lack of benefit from anti-EGFR antibodies "
    "(cetuximab, panitumumab).",
    "2025-12-22", kind="51969-4", title="Outside molecular report (Westbrook)",
    org="Westbrook Cancer Center")
c.stmt(tcc("First-line FOLFOX + bevacizumab (outside)"), "2026-01-05", end="2026-10-12",
       note="Progression on CT 10/2026 (lung).")
c.doc("GI oncology 11/16/2026 (transfer from Westbrook): progression on FOLFOX-bevacizumab. "
      "Plan second-line FOLFIRI with panitumumab.", "2026-11-16", kind="11488-4")
c.ecog("2026-11-16", 1)
c.ask(hc("J9303", "Vectibix 6 mg/kg q2w"), reason=p,
      dose="6 mg/kg IV every 14 days with FOLFIRI")

# c11 NGS panel for resected stage IIA colon cancer, no further treatment planned
c = case(11, "colorectal", "2026-11-16", svc(CPT, "81445"), RR, None,
         "Tumour NGS panel (5-50 genes) - resected stage IIA colon cancer on surveillance",
         "Request for a targeted tumour NGS panel on the resection specimen of a pT3 pN0 (0/24) "
         "MMR-proficient sigmoid cancer; no metastases, no adjuvant therapy planned (surveillance "
         "only); the note says the patient 'would like genetic testing of the tumor'.",
         "CMS NCD 90.2 (Next Generation Sequencing) section B.1 (and the MAC pathway in "
         "section D): coverage requires recurrent, relapsed, refractory, metastatic, or advanced "
         "stage III or IV cancer in a patient who has decided to seek further cancer treatment. "
         "Record: stage IIA, resected, on surveillance with no treatment planned - contradicts "
         "both conditions: refer-to-reviewer.",
         "NCD 90.2 B.1: advanced/metastatic and seeking treatment - stage IIA on surveillance",
         "female", "1958-04-26", ("Andersen", "Birgit"))
p = c.primary(cc((ICD, "C18.7")), "2026-09-07")
c.proc(cc((CPT, "44204")), "2026-10-12", reason=p, note="R0 resection.")
c.nodes("2026-10-12", 0, 24, issued="2026-10-19")
c.tnm("2026-10-12", "pT3", "pN0 (0/24)", path=True, issued="2026-10-19")
c.stage("2026-10-12", "pT3 pN0 cM0 - stage IIA", path=True, issued="2026-10-19")
c.text_obs("Mismatch repair IHC", "2026-10-12", "Intact (proficient)", cat=None,
           issued="2026-10-21")
c.imaging("2026-09-14", "CT chest/abdomen/pelvis: no distant metastases.", title="Staging CT")
c.lab(cc((LN, "2039-6")), "2026-11-09", qty(1.2, "ng/mL", "ng/mL"))
c.doc("Colorectal surgery follow-up 11/13/2026: stage IIA, low-risk features (no LVI, 24 nodes, "
      "no obstruction). Medical oncology: surveillance, no adjuvant chemotherapy. Patient "
      "would like genetic testing of the tumor for peace of mind - NGS panel ordered.",
      "2026-11-13")
c.ask_service(cc((CPT, "81445"), text="Solid tumour NGS panel (50 genes)"), reason=p,
              intent="proposal")

# c12 bevacizumab added to adjuvant FOLFOX for stage IIIC
c = case(12, "colorectal", "2026-11-17", svc(HCPCS, "J9035"), RR, None,
         "Bevacizumab - requested with adjuvant FOLFOX for stage IIIC colon cancer",
         "Request to add bevacizumab to adjuvant mFOLFOX6 after right hemicolectomy for "
         "pT4a pN2a (5/19) stage IIIC colon cancer with no distant metastases, 'given the high "
         "recurrence risk'.",
         "Avastin label section 1 (Indications and Usage): metastatic colorectal cancer with "
         "intravenous fluorouracil-based chemotherapy; limitation of use: Avastin is not "
         "indicated for adjuvant treatment of colon cancer. Pivotal trials NSABP C-08 and AVANT "
         "(no adjuvant benefit). A resected, non-metastatic stage IIIC colon cancer in the "
         "adjuvant setting contradicts the label: refer-to-reviewer.",
         "Avastin 1 (limitation): not indicated for adjuvant colon cancer - stage IIIC, M0",
         "male", "1968-06-06", ("Kaplan", "David"))
p = c.primary(cc((ICD, "C18.2")), "2026-08-24")
c.proc(cc((CPT, "44160")), "2026-09-21", reason=p)
c.nodes("2026-09-21", 5, 19, issued="2026-09-28")
c.tnm("2026-09-21", "pT4a", "pN2a (5/19)", path=True, issued="2026-09-28")
c.stage("2026-09-21", "pT4a pN2a cM0 - stage IIIC", code=(SCT, "1222806003"), path=True,
        issued="2026-09-28")
c.imaging("2026-10-05", "CT chest/abdomen/pelvis: post-operative changes; no metastases.",
          title="Post-operative CT")
c.cycles(OXALI, "2026-10-26", 2, 14, "adjuvant mFOLFOX6: oxaliplatin 85 mg/m2", reason=p)
c.ask(hc("J9035", "Avastin 5 mg/kg q2w"), reason=p, intent="proposal",
      dose="5 mg/kg IV every 2 weeks with adjuvant mFOLFOX6, cycles 3-12")

# ================================================================ PROSTATE
XT = rx("1307298", text="Xtandi 80 mg tablet")
XT["coding"].append(coding(NDC, "00469072560"))
LU = hc("A9607", "Pluvicto 7.4 GBq (200 mCi)")

# p01 enzalutamide for mCRPC (ADT alone before), request coded RxNorm + NDC
c = case(1, "prostate", "2026-11-16", svc(RX, "1307298"), S, None,
         "Enzalutamide - metastatic castration-resistant prostate cancer",
         "First request for enzalutamide for bone-metastatic prostate cancer that has become "
         "castration-resistant on leuprolide alone (PSA 0.4 -> 7.9 ng/mL over 9 months with "
         "testosterone 18 ng/dL); no prior ARPI or chemotherapy.",
         "Xtandi label section 1 (Indications and Usage): castration-resistant prostate cancer; "
         "metastatic castration-sensitive prostate cancer; non-metastatic castration-sensitive "
         "prostate cancer with high-risk biochemical recurrence. Pivotal trial PREVAIL "
         "(chemotherapy-naive mCRPC). Record: PSA rise on ADT with castrate testosterone, "
         "Z19.2, bone metastases: supported.",
         "Xtandi 1: CRPC - PSA progression with castrate testosterone",
         "male", "1950-03-12", ("Walsh", "Gerald"))
p = c.primary(cc((ICD, "C61")), "2023-02-13")
c.secondary(cc((ICD, "C79.51")), "2023-02-20")
c.cond(cc((ICD, "Z19.2")), "2026-11-09", cat="encounter-diagnosis")
c.cycles(LEUP, "2025-12-01", 4, 84, "leuprolide depot 22.5 mg (3-month)", label="Injection",
         reason=p)
c.stmt(LEUP, "2023-03-06", note="Continuous ADT since diagnosis (de novo M1b).")
for d_, v_ in (("2026-02-09", 0.4), ("2026-05-11", 1.2), ("2026-08-10", 3.8),
               ("2026-11-02", 7.9)):
    c.psa(d_, v_)
c.testosterone("2026-11-02", 18)
c.proc(cc((CPT, "78306")), "2026-11-09", reason=p,
       note="Bone scan: known pelvic and rib lesions; two new lesions (L3, left femur).")
c.ecog("2026-11-09", 1)
c.ask(XT, reason=p, dose="160 mg (2 x 80 mg) orally once daily with continued ADT")

# p02 abiraterone re-authorisation, high-risk mCSPC (Gleason 9, >10 bone lesions, liver)
c = case(2, "prostate", "2026-11-17", svc(RX, "1100072"), S, None,
         "Abiraterone - re-authorisation, high-risk metastatic castration-sensitive",
         "Re-authorisation after 6 months of abiraterone with prednisone and leuprolide for de "
         "novo high-risk metastatic castration-sensitive prostate cancer (Gleason 4+5, more than "
         "10 bone lesions, liver metastasis); PSA 86 -> 0.4 ng/mL.",
         "Zytiga label section 1 (Indications and Usage): in combination with prednisone for "
         "metastatic castration-resistant prostate cancer and metastatic high-risk "
         "castration-sensitive prostate cancer. Pivotal trial LATITUDE (high risk = 2 of "
         "Gleason 8 or more, 3 or more bone lesions, measurable visceral metastasis). Record: "
         "all three high-risk features, Z19.1, ADT ongoing, PSA response: supported.",
         "Zytiga 1: metastatic high-risk CSPC - Gleason 9, >10 bone lesions, liver",
         "male", "1956-10-04", ("Petrov", "Ivan"))
p = c.primary(cc((SCT, "399068003"), (ICD, "C61")), "2026-04-13")
c.secondary(cc((ICD, "C79.51")), "2026-04-20")
c.secondary(cc((ICD, "C78.7")), "2026-04-20", note="Two liver lesions, 1.8 and 2.3 cm.")
c.cond(cc((ICD, "Z19.1")), "2026-04-27")
c.text_obs("Gleason score (prostate biopsy)", "2026-04-13", "4+5 = 9 (Grade Group 5), 11/12 "
           "cores", cat=None, issued="2026-04-17")
c.proc(cc((CPT, "78306")), "2026-04-20", reason=p,
       note="Bone scan: more than 10 lesions (spine, pelvis, ribs, skull).")
c.cycles(LEUP, "2026-05-04", 3, 84, "leuprolide 22.5 mg", label="Injection", reason=p)
o = c.prior_order(rx("1100072", text="abiraterone 1,000 mg daily + prednisone 5 mg"),
                  "2026-05-04", reason=p, note="Initial authorization 6 months.")
c.fills(rx("1100072", text="abiraterone 250 mg tablet"), "2026-05-11", 6, 30, 120)
for d_, v_ in (("2026-04-13", 86.0), ("2026-07-20", 2.1), ("2026-10-19", 0.4)):
    c.psa(d_, v_)
c.ecog("2026-11-09", 1)
c.ask(rx("1100072", text="abiraterone acetate 250 mg tablet"), reason=p, prior=o,
      dose="1,000 mg orally once daily with prednisone 5 mg daily, 12 months")

# p03 apalutamide for mCSPC; ADT (degarelix) started; request RxNorm + NDC, reasonCode only
ER240 = rx("1999574", text="Erleada 240 mg tablet")
ER240["coding"].append(coding(NDC, "59676-604-30"))
c = case(3, "prostate", "2026-11-18", svc(RX, "1999574"), S, None,
         "Apalutamide - metastatic castration-sensitive prostate cancer",
         "First request for apalutamide with ADT (degarelix started 3 weeks earlier) for newly "
         "diagnosed prostate cancer with pelvic nodal and bone metastases; the request carries "
         "only an ICD-10-CM reasonCode.",
         "Erleada label section 1 (Indications and Usage): metastatic castration-sensitive "
         "prostate cancer and non-metastatic castration-resistant prostate cancer. Pivotal "
         "trial TITAN. Record: bone metastases (SNOMED CT secondary condition), stage IVB, "
         "Z19.1 hormone-sensitive, ADT started: supported.",
         "Erleada 1: mCSPC - bone metastases, ADT started",
         "male", "1959-01-23", ("Santos", "Joao"), uspatient=True)
p = c.primary(cc((ICD, "C61"), text="Adenocarcinoma of prostate, Gleason 4+4"), "2026-09-28")
c.secondary(cc((SCT, "94222008"), text="Bone metastases (L4, right ilium, T8)"), "2026-10-12")
c.cond(cc((ICD, "Z19.1")), "2026-10-19")
c.stage("2026-10-19", "cT3b cN1 cM1b - stage IVB", code=(SCT, "1222837003"))
c.psa("2026-09-21", 64.0, uscore=False)
c.cycles(DEGA, "2026-10-26", 1, 28, "degarelix 240 mg loading dose (2 x 120 mg SC)",
         label="Dose", reason=p)
c.ecog("2026-11-09", 0)
c.ask(ER240, reason_code=cc((ICD, "C61")), uscore=True,
      dose="240 mg orally once daily with continuous ADT")

# p04 degarelix for newly diagnosed metastatic disease with a T10 lesion
c = case(4, "prostate", "2026-11-19", svc(HCPCS, "J9155"), S, None,
         "Degarelix - advanced prostate cancer, new bone metastases",
         "First request for degarelix (no testosterone flare) for newly diagnosed prostate "
         "cancer, PSA 212 ng/mL, with multiple bone metastases including a T10 lesion abutting "
         "the spinal canal.",
         "Firmagon label section 1 (Indications and Usage): treatment of adults with advanced "
         "prostate cancer. Pivotal trial CS21 (degarelix vs leuprolide). Record: prostate "
         "adenocarcinoma with bone metastases (advanced), castration-naive: supported.",
         "Firmagon 1: advanced prostate cancer - bone metastases",
         "male", "1948-05-15", ("Mbeki", "Sipho"))
p = c.primary(cc((ICD, "C61")), "2026-11-02")
c.secondary(cc((ICD, "C79.51")), "2026-11-09")
c.psa("2026-10-26", 212.0)
c.text_obs("Gleason score (prostate biopsy)", "2026-11-02", "4+4 = 8 (Grade Group 4)",
           cat=None, issued="2026-11-06")
c.proc(cc((CPT, "78306")), "2026-11-09", reason=p,
       note="Bone scan: multiple lesions (T10, L1, pelvis, ribs).")
c.imaging("2026-11-10", "MRI thoracic spine: T10 metastasis with posterior cortical "
          "breach abutting the canal; no cord compression.", title="MRI spine")
c.ecog("2026-11-12", 1)
c.ask(hc("J9155", "Firmagon 240 mg SC loading dose, then 80 mg monthly"), reason=p,
      dose="240 mg SC loading dose, then 80 mg SC every 28 days")

# p05 Lu-177 vipivotide tetraxetan (TRANSFER: PSMA PET and prior ARPI/taxane in outside records)
c = case(5, "prostate", "2026-11-20", svc(HCPCS, "A9607"), S, None,
         "Lu-177 vipivotide tetraxetan - PSMA-positive mCRPC after ARPI and taxane (transfer)",
         "First request for lutetium Lu 177 vipivotide tetraxetan for mCRPC in a transferred "
         "patient; the PSMA PET and the prior enzalutamide and docetaxel are documented only in "
         "the outside PSMA PET report and the outside treatment summary.",
         "Pluvicto label section 1 (Indications and Usage): PSMA-positive metastatic "
         "castration-resistant prostate cancer in adults treated with an androgen receptor "
         "pathway inhibitor and either taxane-based chemotherapy or considered appropriate to "
         "delay it. Pivotal trials VISION and PSMAfore. Record: outside Ga-68 gozetotide PSMA "
         "PET positive (VISION criteria), enzalutamide and docetaxel with progression, "
         "Z19.2: supported.",
         "Pluvicto 1: PSMA+ mCRPC after ARPI and taxane - outside PET and treatment summary",
         "male", "1951-11-30", ("Lambert", "Henri"), transfer=True)
p = c.cond(cc((ICD, "C61")), "2021-06-14", cat="encounter-diagnosis", recorded="2026-11-06")
c.cond(cc((ICD, "C79.51")), "2022-09-12", cat="encounter-diagnosis", recorded="2026-11-06")
c.cond(cc((ICD, "Z19.2")), "2023-02-06", recorded="2026-11-06")
c.outside(
    "EASTSHORE NUCLEAR MEDICINE\n"
    "EXAM: PSMA PET/CT (Ga-68 gozetotide, Illuccix), skull base to mid-thigh    DATE: 10/20/2026\n"
    "HISTORY: Metastatic castration-resistant prostate cancer, progression after enzalutamide "
    "and docetaxel. Evaluation for PSMA-targeted radioligand therapy.\n"
    "FINDINGS: Multiple intensely PSMA-avid osseous metastases (axial and appendicular skeleton; "
    "SUVmax 38.2, right iliac bone). PSMA-avid retroperitoneal and left supraclavicular lymph "
    "nodes (SUVmax 24.5). Liver background SUVmean 5.1. No PSMA-negative soft tissue lesion "
    "meeting size criteria (short axis >= 2.5 cm nodal, >= 1.0 cm solid organ, >= 1.0 cm bone "
    "with soft tissue component).\n"
    "IMPRESSION: PSMA-positive metastatic disease. Meets VISION PSMA PET eligibility criteria.",
    "2026-10-20", kind="18748-4", title="Outside PSMA PET/CT report (Eastshore)",
    org="Eastshore Medical Center")
c.outside(
    "EASTSHORE MEDICAL CENTER - GU ONCOLOGY TREATMENT SUMMARY (for transfer, 10/28/2026)\n"
    "Diagnosis: prostate adenocarcinoma, Gleason 4+5, 06/2021; bone metastases 09/2022.\n"
    "Treatment:\n"
    " - ADT (leuprolide) continuous since 07/2021; testosterone castrate.\n"
    " - Enzalutamide 160 mg daily 03/2023 - 06/2025: PSA progression and new bone lesions.\n"
    " - Docetaxel 75 mg/m2 q3w x6, 08/2025 - 12/2025: progression 09/2026 (PSA 41 -> 88).\n"
    "Plan discussed: Lu-177 PSMA-617 (Pluvicto); PSMA PET 10/20/2026 positive.\n"
    "Signed: R. Iyer, MD",
    "2026-10-28", kind="11488-4", title="Outside GU oncology treatment summary (Eastshore)",
    org="Eastshore Medical Center")
c.stmt(LEUP, "2021-07-12", note="Continuous ADT (per outside summary).")
c.psa("2026-11-09", 96.0)
c.testosterone("2026-11-09", 14)
c.ecog("2026-11-09", 1)
c.ask(LU, reason=p, dose="7.4 GBq (200 mCi) IV every 6 weeks, up to 6 doses")

# p06 PSMA PET (piflufolastat) for biochemical recurrence after prostatectomy
c = case(6, "prostate", "2026-11-16", svc(HCPCS, "A9595"), S, None,
         "PSMA PET (piflufolastat F 18, Pylarify) - biochemical recurrence after prostatectomy",
         "Request for piflufolastat F 18 PSMA PET/CT for a PSA rising from undetectable to "
         "0.46 ng/mL (three consecutive rises) 3.5 years after radical prostatectomy (pT3a pN0, "
         "Gleason 4+3), before salvage radiotherapy planning.",
         "Pylarify label section 1 (Indications and Usage): PET of PSMA-positive lesions in men "
         "with prostate cancer with suspected metastasis who are candidates for initial "
         "definitive therapy, or with suspected recurrence based on elevated serum PSA level. "
         "Pivotal trials OSPREY and CONDOR (biochemical recurrence). Record: post-prostatectomy "
         "PSA 0.08 -> 0.21 -> 0.46 ng/mL, ICD-10-CM R97.21: supported.",
         "Pylarify 1: suspected recurrence based on elevated PSA - PSA 0.46 after RP",
         "male", "1957-08-08", ("Harrison", "Neil"))
p = c.primary(cc((ICD, "C61")), "2023-02-27")
c.proc(cc((SCT, "26294005")), "2023-04-10", reason=p)
c.text_obs("Prostatectomy pathology", "2023-04-10", "Acinar adenocarcinoma, Gleason 4+3 = 7 "
           "(Grade Group 3); pT3a (focal extraprostatic extension); pN0 (0/9); margins "
           "negative", cat=None, issued="2023-04-17")
for d_, v_, cmp_ in (("2023-07-10", 0.02, "<"), ("2026-02-09", 0.08, None),
                     ("2026-07-13", 0.21, None), ("2026-11-02", 0.46, None)):
    c.psa(d_, v_, comparator=cmp_)
c.cond(cc((ICD, "R97.21")), "2026-11-09", cat="encounter-diagnosis")
c.stmt(tcc("No androgen deprivation therapy since prostatectomy"), "2023-04-10",
       status="not-taken")
c.doc("Radiation oncology consult 11/12/2026: biochemical recurrence after RP, PSA 0.46. "
      "Candidate for salvage RT +/- ADT. PSMA PET (Pylarify) to localise disease before "
      "planning.", "2026-11-12", kind="11488-4")
c.ask_service(cc((HCPCS, "A9595"), (CPT, "78815"), text="PSMA PET/CT with piflufolastat F 18 "
                                                        "(Pylarify)"),
              reason_code=cc((ICD, "R97.21")))

# p07 olaparib after enzalutamide; HRR testing pending (TRANSFER)
c = case(7, "prostate", "2026-11-17", svc(RX, "1597582"), ND, ["hrr"],
         "Olaparib - mCRPC after enzalutamide; HRR testing pending (transfer of care)",
         "Request for olaparib monotherapy for mCRPC progressing on enzalutamide in a "
         "transferred patient; the outside GU oncology note states tissue and germline HRR "
         "testing were sent and are pending; no result is in the chart.",
         "Lynparza label section 1 (Indications and Usage): deleterious or suspected deleterious "
         "germline or somatic HRR gene-mutated mCRPC, as detected by an FDA-approved test, "
         "after progression on enzalutamide or abiraterone (and with abiraterone for "
         "BRCA-mutated mCRPC). Pivotal trial PROfound. Castration resistance and prior "
         "enzalutamide are documented; the HRR gene mutation is absent: needs-documentation "
         "(hrr).",
         "Lynparza 1: HRR gene-mutated mCRPC after ARPI - HRR result pending",
         "male", "1953-12-01", ("Fischer", "Rolf"), transfer=True)
p = c.cond(cc((ICD, "C61")), "2021-01-18", recorded="2026-11-02")
c.cond(cc((ICD, "C79.51")), "2023-11-06", recorded="2026-11-02")
c.cond(cc((ICD, "Z19.2")), "2024-01-22", recorded="2026-11-02")
c.outside(
    "CEDAR HILLS UROLOGIC ONCOLOGY - CLINIC NOTE 10/28/2026\n"
    "72M with metastatic prostate cancer (bone), on leuprolide since 02/2021. CRPC since "
    "01/2024; enzalutamide 160 mg 02/2024 - 10/2026. Now PSA 6.2 -> 23.5 with two new bone "
    "lesions on bone scan 10/19/2026: progression on enzalutamide.\n"
    "Plan: tissue NGS (FoundationOne CDx) on the 2021 biopsy and germline testing (Invitae "
    "multi-cancer panel) sent 10/28/2026 - results pending. Patient moving to live with his "
    "daughter; care transferring. Consider olaparib if HRR alteration; otherwise docetaxel or "
    "Lu-PSMA.\n"
    "Signed: A. Moretti, MD",
    "2026-10-28", kind="11488-4", title="Outside GU oncology note (Cedar Hills)",
    org="Cedar Hills Urologic Oncology")
c.stmt(LEUP, "2021-02-01")
c.stmt(rx("1307298", text="enzalutamide 160 mg daily"), "2024-02-05", end="2026-10-19",
       note="Stopped for progression (per outside note).")
c.psa("2026-11-09", 27.1)
c.ecog("2026-11-10", 1)
c.ask(rx("1597582", text="Lynparza 150 mg tablet"), reason=p, intent="proposal",
      dose="300 mg orally twice daily with continued ADT")

# p08 PSMA PET (flotufolastat) after radiotherapy; no PSA value anywhere in the record
c = case(8, "prostate", "2026-11-18", svc(HCPCS, "A9608"), ND, ["psa"],
         "PSMA PET (flotufolastat F 18, Posluma) - suspected recurrence, PSA value absent",
         "Request for flotufolastat F 18 PSMA PET/CT for suspected recurrence 5 years after IMRT "
         "with 6 months of ADT; the urology note says the PSA is 'rising on PCP labs' but no PSA "
         "value is in the record (outside results requested).",
         "Posluma label section 1 (Indications and Usage): PET of PSMA-positive lesions in men "
         "with prostate cancer with suspected metastasis who are candidates for initial "
         "definitive therapy, or with suspected recurrence based on elevated serum PSA level. "
         "Pivotal trials LIGHTHOUSE and SPOTLIGHT. The patient is past initial therapy, so the "
         "recurrence indication applies and its gate, an elevated PSA, is absent: "
         "needs-documentation (psa).",
         "Posluma 1: suspected recurrence based on elevated PSA - no PSA value",
         "male", "1949-04-30", ("Murphy", "Dennis"))
p = c.primary(cc((ICD, "C61")), "2020-12-07")
c.proc(cc((SCT, "441799006"), text="IMRT prostate 78 Gy in 39 fractions"), "2021-03-01",
       end="2021-04-23", reason=p)
c.stmt(LEUP, "2021-01-11", end="2021-07-12", note="6 months short-term ADT with RT.")
c.doc("Urology note 11/12/2026: 5 years after IMRT + 6 months ADT for intermediate-risk "
      "prostate cancer. PCP reports PSA rising on recent labs (values not in our system - "
      "requested from the PCP office). No bone pain. Request PSMA PET (Posluma) for suspected "
      "biochemical recurrence; repeat PSA here ordered.", "2026-11-12")
c.order(tcc("PSA, total"), "2026-11-12", reason=p, note="Not yet drawn.")
c.ask_service(cc((HCPCS, "A9608"), (CPT, "78815"), text="PSMA PET/CT with flotufolastat F 18 "
                                                        "(Posluma)"), reason=p)

# p09 apalutamide; metastatic status unknown - outside staging reports not received (TRANSFER)
c = case(9, "prostate", "2026-11-19", svc(RX, "1999574"), ND, ["metastatic"],
         "Apalutamide - castration-sensitive disease, staging not yet documented (transfer)",
         "Request for apalutamide with degarelix for newly diagnosed Grade Group 5 prostate "
         "cancer (PSA 48.6) in a transferred patient; the outside urology note says staging CT "
         "and bone scan were done at an outside imaging centre but their reports are not "
         "available, and none is in the chart.",
         "Erleada label section 1 (Indications and Usage): metastatic castration-sensitive "
         "prostate cancer and non-metastatic castration-resistant prostate cancer. Pivotal "
         "trials TITAN and SPARTAN. The disease is castration-sensitive (ADT just started, "
         "Z19.1), so metastatic status decides and it is absent: needs-documentation "
         "(metastatic).",
         "Erleada 1: castration-sensitive requires metastases - staging reports absent",
         "male", "1955-02-07", ("Novak", "Tomas"), transfer=True)
p = c.cond(cc((ICD, "C61")), "2026-09-14", recorded="2026-11-03")
c.cond(cc((ICD, "Z19.1")), "2026-10-05", recorded="2026-11-03")
c.outside(
    "RIVERSIDE UROLOGY GROUP - PROGRESS NOTE 10/08/2026\n"
    "71M. TRUS/MRI-fusion biopsy 09/14/2026: acinar adenocarcinoma, Gleason 4+5 = 9 (Grade "
    "Group 5) in 10 of 12 cores, perineural invasion present. PSA 48.6 ng/mL (09/02/2026).\n"
    "Staging CT abdomen/pelvis and whole-body bone scan performed 10/02/2026 at Lakeside "
    "Imaging - formal reports not yet available at the time of this note.\n"
    "Degarelix 240 mg loading dose given 10/05/2026. Patient relocating; records to follow.\n"
    "Signed: B. Carter, MD",
    "2026-10-08", kind="11506-3", title="Outside urology note (Riverside Urology)",
    org="Riverside Urology Group")
c.cycles(DEGA, "2026-10-05", 2, 28, "degarelix (240 mg loading, then 80 mg)", label="Dose",
         reason=p)
c.doc("GU oncology new patient 11/13/2026: high-risk prostate cancer, GG5, PSA 48.6. Outside "
      "staging CT/bone scan reports requested from Lakeside Imaging (not received). Plan ADT + "
      "apalutamide.", "2026-11-13", kind="11488-4")
c.ecog("2026-11-13", 0)
c.ask(rx("1999574", text="apalutamide 240 mg"), reason=p,
      dose="240 mg orally once daily with continuous ADT")

# p10 abiraterone requested for non-metastatic CRPC
c = case(10, "prostate", "2026-11-20", svc(RX, "1100072"), RR, None,
         "Abiraterone - requested for non-metastatic castration-resistant prostate cancer",
         "Request for abiraterone with prednisone for castration-resistant prostate cancer (PSA "
         "2.1 -> 8.9 ng/mL on leuprolide, testosterone 15 ng/dL) with CT and bone scan showing "
         "no metastases.",
         "Zytiga label section 1 (Indications and Usage): in combination with prednisone for "
         "metastatic castration-resistant and metastatic high-risk castration-sensitive "
         "prostate cancer only. Pivotal trials COU-AA-301/302 and LATITUDE (all metastatic). "
         "Conventional imaging negative for metastases (M0) contradicts the metastatic gate: "
         "refer-to-reviewer.",
         "Zytiga 1: metastatic disease required - nmCRPC (M0 on CT and bone scan)",
         "male", "1946-12-18", ("Bauer", "Heinrich"))
p = c.primary(cc((ICD, "C61")), "2016-03-14")
c.cond(cc((ICD, "Z19.2")), "2026-11-09", cat="encounter-diagnosis")
c.stmt(tcc("Radical prostatectomy 2016; salvage RT 2019"), "2016-04-18", end="2019-08-30")
c.cycles(LEUP, "2025-11-24", 4, 84, "leuprolide 22.5 mg", label="Injection", reason=p)
for d_, v_ in (("2026-05-04", 2.1), ("2026-08-03", 4.4), ("2026-11-02", 8.9)):
    c.psa(d_, v_)
c.testosterone("2026-11-02", 15)
c.imaging("2026-11-09", "CT chest/abdomen/pelvis and whole-body bone scan: no nodal, visceral "
          "or osseous metastases.", title="CT and bone scan")
c.doc("GU oncology 11/16/2026: nmCRPC, PSA doubling time about 3 months. Requesting "
      "abiraterone + prednisone (patient prefers it over darolutamide/apalutamide).",
      "2026-11-16")
c.ask(rx("1100072", text="abiraterone 500 mg tablet"), reason=p, intent="proposal",
      dose="1,000 mg orally once daily with prednisone 5 mg twice daily")

# p11 olaparib for mCRPC with no HRR alteration (NGS and germline negative)
c = case(11, "prostate", "2026-11-16", svc(RX, "1597582"), RR, None,
         "Olaparib - mCRPC without an HRR gene alteration",
         "Request for olaparib monotherapy for mCRPC progressing after abiraterone although "
         "tumour NGS and germline testing found no alteration in BRCA1, BRCA2, ATM or any other "
         "HRR gene.",
         "Lynparza label section 1 (Indications and Usage): deleterious or suspected deleterious "
         "germline or somatic HRR gene-mutated mCRPC (monotherapy, after enzalutamide or "
         "abiraterone) or BRCA-mutated mCRPC (with abiraterone). Pivotal trials PROfound and "
         "PROpel. A documented absence of HRR alterations contradicts the biomarker gate: "
         "refer-to-reviewer.",
         "Lynparza 1: HRR/BRCA-mutated only - NGS and germline negative",
         "male", "1952-06-21", ("Costa", "Rui"))
p = c.primary(cc((ICD, "C61")), "2020-10-05")
c.secondary(cc((ICD, "C79.51")), "2022-03-14")
c.cond(cc((ICD, "Z19.2")), "2024-03-18")
c.stmt(LEUP, "2020-11-02")
c.prior_order(rx("1100072", text="abiraterone 1,000 mg + prednisone"), "2024-04-01",
              status="stopped", reason=p, note="Stopped 10/2026 for progression.")
c.stmt(rx("1100072", text="abiraterone"), "2024-04-08", end="2026-10-05")
for g in ("HGNC:1100", "HGNC:1101", "HGNC:795"):
    c.variant("2026-10-12", g, answer=ABSENT, issued="2026-10-30",
              text="No pathogenic alteration (tumour NGS, FoundationOne CDx)")
c.report(cc((LN, "51969-4"), text="Tumour NGS and germline panel"), "2026-10-12",
         "No alterations detected in HRR genes (BRCA1, BRCA2, ATM, BARD1, BRIP1, CDK12, CHEK1, "
         "CHEK2, FANCL, PALB2, RAD51B, RAD51C, RAD51D, RAD54L). Germline multi-gene panel: "
         "negative. MSS, TMB 2 mut/Mb.", cat="GE", issued="2026-10-30")
for d_, v_ in (("2026-08-03", 12.0), ("2026-10-05", 25.4), ("2026-11-09", 39.0)):
    c.psa(d_, v_)
c.ask(rx("1597582", text="olaparib 300 mg BID"), reason=p,
      dose="300 mg orally twice daily",
      note="No HRR alteration found; requesting olaparib after abiraterone failure.")

# p12 Lu-177 requested without any prior ARPI
c = case(12, "prostate", "2026-11-18", svc(HCPCS, "A9607"), RR, None,
         "Lu-177 vipivotide tetraxetan - requested without prior ARPI therapy",
         "Request for lutetium Lu 177 vipivotide tetraxetan for PSMA-positive mCRPC in a man "
         "treated with ADT and docetaxel only; the note states he has never received an "
         "androgen receptor pathway inhibitor.",
         "Pluvicto label section 1 (Indications and Usage): PSMA-positive mCRPC in adults who "
         "have been treated with an androgen receptor pathway inhibitor (and taxane-based "
         "chemotherapy, or considered appropriate to delay it). Pivotal trials VISION and "
         "PSMAfore (all ARPI-pretreated). A record stating that no ARPI was ever given "
         "contradicts the prior-therapy gate: refer-to-reviewer.",
         "Pluvicto 1: prior ARPI required - ARPI-naive (ADT + docetaxel only)",
         "male", "1954-09-27", ("Olsen", "Per"))
p = c.primary(cc((ICD, "C61")), "2022-11-21")
c.secondary(cc((ICD, "C79.51")), "2022-11-28")
c.cond(cc((ICD, "Z19.2")), "2025-06-09")
c.stmt(LEUP, "2022-12-05")
c.cycles(DOCE, "2023-01-09", 6, 21, "docetaxel 75 mg/m2 (with ADT, for mHSPC)")
for d_, v_ in (("2026-04-06", 18.0), ("2026-07-06", 34.0), ("2026-10-12", 61.0)):
    c.psa(d_, v_)
c.proc(cc((CPT, "78815"), text="PSMA PET/CT (piflufolastat F 18)"), "2026-10-26", reason=p,
       note="Multiple PSMA-avid bone and nodal metastases; no PSMA-negative lesions.")
c.doc("GU oncology 11/13/2026: mCRPC. Treated with ADT + docetaxel x6 (2023). Has never "
      "received an androgen receptor pathway inhibitor (declined abiraterone and enzalutamide "
      "over fatigue concerns). PSMA PET positive. Requesting Pluvicto.", "2026-11-13")
c.ecog("2026-11-13", 1)
c.ask(LU, reason=p, intent="proposal", dose="7.4 GBq IV every 6 weeks, up to 6 doses")


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
        if not re.fullmatch(r"lab23-(breast|nsclc|colorectal|prostate)-\d{2}", cid):
            e("bad id")
        if c["cancer"] not in cid:
            e("cancer/id mismatch")
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
        if not DATE_RE.match(c["date"]) or c["date"] > DATE_CAP:
            e("bad as-of date")
        if not WEEK[0] <= c["date"] <= WEEK[1]:
            e("case date outside the desk week")
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
                if r["id"] != "l23-" + cid[len("lab23-"):]:
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
        if n_hist:
            with_history += 1
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp), 0) != n:
                errs.append(f"{cancer} {exp}: {tally.get((cancer, exp), 0)} != {n}")
    if with_reason_ref < 36:
        errs.append(f"only {with_reason_ref} requests carry reasonReference (want most)")
    if systems != set(SERVICE_SYSTEMS):
        errs.append("services must use RxNorm, HCPCS and CPT")
    if intents != {"order", "proposal"}:
        errs.append("requests must vary intent (order and proposal)")
    if with_history < 24:
        errs.append(f"only {with_history} cases carry drug history (MA/MD/MS)")
    if not ndc_only:
        errs.append("at least one drug request should be coded by NDC only")
    n_transfer = sum(1 for c in cases if is_transfer(c))
    if not 10 <= n_transfer <= 14:
        errs.append(f"{n_transfer} transfer-of-care cases (want about a quarter)")
    n_nondrug = sum(1 for c in cases if not is_drug(c["service"]))
    if not 4 <= n_nondrug <= 6:
        errs.append(f"{n_nondrug} non-drug services (want 4-6)")
    return errs


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
            if t == "DocumentReference" and r.get("author"):
                outside.append(DOC_KIND.get(code_of(r["type"], LN), "document"))
            if t == "Condition":
                for cd in r["code"].get("coding", []):
                    if cd["system"] in (ICD, SCT):
                        dx.add(SYSNAME[cd["system"]])
        short = {"MedicationAdministration": "MA", "MedicationDispense": "MD",
                 "MedicationStatement": "MS", "MedicationRequest": "MR"}
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
    ("outside records as the only source of a gate (breast-02, breast-04, nsclc-02, "
     "colorectal-02, colorectal-05, prostate-05: supported; colorectal-10: refer)",
     "In these transfers the deciding fact (HER2 3+, node count, EGFR L858R, pN1b, dMMR/MSI-H, "
     "PSMA PET and prior ARPI/taxane, KRAS G12D) exists only in a scanned outside report "
     "(DocumentReference, base64 text/plain). The expectation treats a signed outside "
     "pathology, molecular or imaging report as documentation of the fact, as a human PA "
     "reviewer would. An engine that reads only coded data will answer needs-documentation "
     "instead; that is the behaviour this set is meant to expose, not an ambiguity in the label."),
    ("pending results (breast-07, breast-09, nsclc-07, nsclc-08, nsclc-09, colorectal-07, "
     "colorectal-08, colorectal-09, prostate-07)",
     "A test that was ordered but has not resulted is treated as an absent fact "
     "(needs-documentation), not as a contradiction. breast-07 in particular has an equivocal "
     "HER2 IHC 2+: the label requires HER2 positivity, and IHC 2+ is neither positive nor "
     "negative until ISH is reported."),
    ("RAS status 'unknown' (colorectal-07)",
     "The Vectibix limitation of use says it is not indicated when RAS status is unknown. The "
     "set reads 'unknown' as 'absent from the record while the result is pending' and expects "
     "needs-documentation (ras), as label-cases-22 did; a stricter reader could refer."),
    ("metastatic status undetermined (prostate-09)",
     "Erleada covers mCSPC and nmCRPC. With castration-sensitive disease the decision turns on "
     "metastases; the outside staging reports were never received, so the expected answer is "
     "needs-documentation (metastatic). An engine may also list stage."),
    ("21-gene assay and NGS panels (breast-09, nsclc-06, colorectal-11)",
     "These services have no FDA label. breast-09 rests on NCI PDQ and the TAILORx/RxPONDER "
     "populations (node-negative or 1-3 nodes); the missing sentinel-node result is coded as "
     "the `stage` fact family, the nearest ALLOWED_FACTS name. nsclc-06 and colorectal-11 rest "
     "on CMS NCD 90.2 section B.1 (advanced or metastatic cancer, not previously tested with "
     "the same NGS test, seeking further treatment); FoundationOne CDx is billed here as CPT "
     "81455 rather than its PLA code, which is not in the verified tables."),
    ("PSMA PET agent and CPT pairing (prostate-06, prostate-08)",
     "The ServiceRequest carries the radiotracer HCPCS code (the service) and CPT 78815 for "
     "the PET/CT acquisition. prostate-08 is past initial definitive therapy, so only the "
     "'suspected recurrence based on elevated serum PSA' indication can apply."),
    ("off-label reasoning in the note (breast-10, breast-11, nsclc-11, nsclc-12, prostate-10)",
     "Each refer case has a note giving the clinician's reason (HER2 2+ 'treated as positive', "
     "high Ki-67, exon 20 insertion, patient preference, PSA doubling time). The label settles "
     "each one; the reasons are there because real requests carry them. For breast-11, "
     "ribociclib (NATALEE) would be labelled for this node-negative stage IIA patient; the "
     "request is abemaciclib, whose label is node-positive only."),
    ("nivolumab neoadjuvant EGFR/ALK (nsclc-05)",
     "The Opdivo neoadjuvant indication (CheckMate 816) is written for resectable tumours of "
     "4 cm or more or node positive; the perioperative indication adds 'no known EGFR "
     "mutations or ALK rearrangements'. Both are documented negative so the answer does not "
     "depend on which wording applies."),
    ("NDC-only request (breast-03)",
     "The ribociclib request is coded only by the Kisqali package NDC 00078-0867-42 (11-digit "
     "form), as many pharmacy systems send it; the case service is the RxNorm ingredient. An "
     "engine that does not map NDCs may fail to recognise the request, though the case service "
     "field names the drug."),
    ("darolutamide not requested",
     "The brief lists darolutamide among the ARPIs. No ingredient RXCUI for darolutamide could "
     "be confirmed from two public sources with the search tools (as in label-cases-16..22), "
     "so no darolutamide request was written; enzalutamide, abiraterone and apalutamide cover "
     "the ARPI class."),
]


def render_md(doc):
    L = []
    cases = doc["cases"]
    L.append("# Label cases 23: a representative week at an oncology prior-authorisation desk")
    L.append("")
    L.append("## How it was written")
    L.append("")
    L.append("Written by `scripts/gen-label-cases-23.py` (stdlib Python, deterministic: uuid5 ids "
             "under a fixed namespace new to this set, fixed dates, no clock or randomness). Do "
             "not edit by hand; change the script and rerun it. `python3 "
             "scripts/gen-label-cases-23.py --check` regenerates in memory, validates and diffs "
             "with the files on disk. Validation: 48 cases, 6/3/3 per cancer; case dates within "
             f"the desk week {WEEK[0]} .. {WEEK[1]}; collection Bundles with `urn:uuid:` "
             "fullUrls, exactly one Patient `l23-*` (unique across the set), every resource's "
             "subject that Patient and every reference resolving; R4 status and intent codes; "
             "exactly one request carrying the requested service authored on the case date - a "
             "MedicationRequest for drugs (the coding itself or, for one case, an NDC that maps "
             "to the requested ingredient) and a ServiceRequest for the five non-drug services - "
             "with intent `order`/status `active` or intent `proposal`/status `draft`; other "
             "requests on that date only for regimen partners; no date later than the case "
             f"date or {DATE_CAP} anywhere, including ISO and MM/DD/YYYY dates written in free "
             "text and inside base64 outside reports; every coding and meta.profile in the "
             "verified tables below with identical displays, HGVS expressions syntax-checked; "
             "each basis naming the label section (or NCD / NCI PDQ basis) and, for drugs, a "
             "pivotal trial, and stating the expected answer; 10-14 transfer-of-care cases and "
             "4-6 non-drug services.")
    L.append("")
    L.append("Expected answers follow the current FDA label Indications and Usage (section 1), "
             "read against the record as of the case date: supported = every label gate is "
             "documented (in coded data or in a signed outside report); needs-documentation = a "
             "gate fact is simply absent, typically a test ordered but not resulted "
             "(`expected_missing` lists the fact families that must be among the missing ones); "
             "refer-to-reviewer = the record contradicts a gate (wrong biomarker, wrong stage or "
             "setting, missing required prior therapy, label limitation of use). Non-drug "
             "services rest on the CMS NCD, FDA radiotracer label or NCI PDQ/pivotal-trial basis "
             "named in `basis`.")
    L.append("")
    L.append("## Blind statement")
    L.append("")
    L.append("Written blind. Read in the repository: `scripts/gen-label-cases-22.py` in full "
             "(case format, builders, validation, verified-code-table approach and .md writer, "
             "copied and adapted); `tests/fixtures/necessity/README.md`; and only the \"Code "
             "verification\" sections of `tests/fixtures/necessity/label-cases-15.md` through "
             "`label-cases-22.md`, extracted by heading with awk (the author also saw each "
             "file's list of `##` headings). Not read: anything under `src/`, `crates/` or "
             "`pathways/`; the top-level `README.md`; any `tests/fixtures/necessity/*.json`; "
             "any other `scripts/gen-*.py`; the case tables or other sections of the "
             "label-cases .md files. Cargo and the oncotwin binary were neither built nor run, "
             "so no expectation was checked against the engine or the pathway graph. Outside "
             "the repository only public sources were consulted with the search tools: to verify "
             "new codes (tags GEN23, USCORE23), to look for a darolutamide RXCUI (not found), and "
             "openFDA label records whose search excerpts showed the Indications and Usage text "
             "of Posluma, Pylarify, Zytiga and the opening of Pluvicto's (PSMA-positive mCRPC "
             "treated with an ARPI). The other label sentences are the author's reading of the "
             "current US prescribing information, not copied from a fetched page; full label "
             "text could not be retrieved.")
    L.append("")
    L.append("## Theme")
    L.append("")
    n_tr = sum(1 for c in cases if is_transfer(c))
    n_nd = sum(1 for c in cases if not is_drug(c["service"]))
    n_ref = sum(1 for c in cases if the_ask(c)[0].get("reasonReference"))
    n_code = sum(1 for c in cases if not the_ask(c)[0].get("reasonReference")
                 and the_ask(c)[0].get("reasonCode"))
    n_none = len(cases) - n_ref - n_code
    L.append("A representative week at a US oncology prior-authorisation desk: 48 requests "
             f"arriving Monday {WEEK[0]} to Friday {WEEK[1]}, drawn from what such a desk "
             "receives most - mostly first requests, with three re-authorisations (durvalumab "
             "consolidation, bevacizumab-bvzr with FOLFOX, abiraterone in high-risk mCSPC). "
             "Drugs: PD-1/PD-L1 inhibitors (pembrolizumab x5, atezolizumab x2, nivolumab, "
             "durvalumab, cemiplimab), HER2-directed therapy (Phesgo, pertuzumab, "
             "trastuzumab-anns, T-DM1, T-DXd), CDK4/6 inhibitors (ribociclib, palbociclib, "
             "abemaciclib x2), osimertinib x3 and alectinib, ARPIs (enzalutamide, abiraterone "
             "x2, apalutamide x2) and degarelix, bevacizumab (reference and biosimilar), "
             "panitumumab x3 and cetuximab, oxaliplatin and capecitabine, encorafenib, olaparib "
             "x2, sacituzumab govitecan, Lu-177 vipivotide tetraxetan x2; and "
             f"{n_nd} non-drug services (21-gene assay, two NGS panels, PSMA PET with "
             "piflufolastat and with flotufolastat).")
    L.append("")
    L.append(f"Records are built to look like heterogeneous EHR exports. {n_tr} of 48 patients "
             "are transfers of care whose key facts arrive as outside records: "
             "DocumentReferences (several with the US Core DocumentReference profile and an "
             "author display naming the outside organisation) holding base64 text/plain "
             "surgical pathology, cytology, MMR/MSI addenda, comprehensive genomic profiling "
             "reports, CT, MRI and PSMA PET reports, referral letters and treatment summaries, "
             "written the way such reports read (accession numbers, MM/DD/YYYY dates, synoptic "
             "lines). The rest are structured in deliberately varied ways: diagnoses as "
             "ICD-10-CM only, SNOMED CT only, or both, plain or with mCODE primary/secondary or "
             "US Core Condition profiles, problem-list or encounter-diagnosis; ER/PR/HER2 as "
             "LOINC answers, SNOMED CT qualifiers (10828004 / 260385009), percentages, text, or "
             "ICD-10-CM Z17.0; HER2 ISH as a separate LOINC 85318-4 result; PD-L1 as a "
             "percentage, a string or an SNOMED-qualified SP263 result; genomic results as mCODE "
             "or Genomics Reporting variant Observations with HGNC gene and one- or "
             "three-letter protein HGVS (p.L858R, p.G12V; p.Val600Glu, p.Ala767_Val769dup), as "
             "'Absent' answers for negative panels, or as text; stage as text, AJCC numeric "
             "code, SNOMED CT stage qualifier or TNM components only; drug history as "
             "MedicationAdministration cycles, MedicationDispense fills, MedicationStatement "
             "periods or earlier MedicationRequests; requests coded RxNorm (ingredient, with "
             "SCD and/or NDC, or NDC only), HCPCS J and Q codes (one with the ingredient RXCUI), "
             f"or CPT/HCPCS on a ServiceRequest; {n_ref} of 48 carry reasonReference to the "
             f"cancer Condition, {n_code} only an ICD-10-CM reasonCode and {n_none} no reason.")
    L.append("")
    days = {}
    for c in cases:
        days.setdefault(c["date"], []).append(c["id"].replace("lab23-", ""))
    L.append("| day | requests |")
    L.append("|---|---|")
    for d in sorted(days):
        wd = _date.fromisoformat(d).strftime("%A")
        L.append(f"| {wd} {d} | {', '.join(days[d])} |")
    L.append("")
    enc = encodings(doc)
    L.append("| case | request | intent/status | history | record shape | diagnosis coding | request reason |")
    L.append("|---|---|---|---|---|---|---|")
    for c in cases:
        req, ist, hist, shape, dx, rr = enc[c["id"]]
        L.append(f"| {c['id'].replace('lab23-', '')} | {req} | {ist} | {hist} | {shape} | {dx} | {rr} |")
    L.append("")
    L.append("MR = MedicationRequest, SR = ServiceRequest; history counts: MA = "
             "MedicationAdministration, MD = MedicationDispense, MS = MedicationStatement, MR = "
             "earlier MedicationRequest (all drugs in the bundle). Record shape lists the kinds "
             "of outside documents of a transfer.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| cancer | supported | needs-documentation | refer-to-reviewer | total | transfers | non-drug |")
    L.append("|---|---|---|---|---|---|---|")
    tot = [0] * 6
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        cs = [c for c in cases if c["cancer"] == cancer]
        row = [sum(1 for c in cs if c["expected"] == x)
               for x in ("supported", "needs-documentation", "refer-to-reviewer")]
        row += [len(cs), sum(1 for c in cs if is_transfer(c)),
                sum(1 for c in cs if not is_drug(c["service"]))]
        tot = [a + b for a, b in zip(tot, row)]
        L.append(f"| {cancer} | " + " | ".join(map(str, row)) + " |")
    L.append("| all | " + " | ".join(map(str, tot)) + " |")
    L.append("")
    meta = {c.cid: (c.label, c.reason) for c in CASES}
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        L.append(f"## {cancer}")
        L.append("")
        L.append("| id | date | request | code | expected | deciding label sentence - record |")
        L.append("|---|---|---|---|---|---|")
        for c in cases:
            if c["cancer"] != cancer:
                continue
            s = c["service"]
            exp = c["expected"]
            if exp == "needs-documentation":
                exp += " (" + ", ".join(c["expected_missing"]) + ")"
            label, reason = meta[c["id"]]
            tr = " (transfer)" if is_transfer(c) and "transfer" not in label else ""
            L.append(f"| {c['id']} | {c['date']} | {label}{tr} | {SYSNAME[s['system']]} "
                     f"{s['code']} | {exp} | {reason} |")
        L.append("")
    L.append("## Judgement calls")
    L.append("")
    for head, text in JUDGEMENT:
        L.append(f"- **{head}**: {text}")
    L.append("")
    L.append("## Code verification")
    L.append("")
    L.append("Every code written into a bundle or requested as a service, with the display used "
             "and where it was verified. [service] marks requested services. Rows tagged GEN23 "
             "(and profile URLs tagged USCORE23) were verified for this set; every other row is a row of the label-cases-15..22 "
             "verification tables, with the sources those sets cite. NDC codings use the "
             "system `http://hl7.org/fhir/sid/ndc` in the form the source lists (11-digit "
             "5-4-2 or hyphenated package). Status and intent values are FHIR `code` elements, "
             "not codings; the script checks them against the R4 value sets.")
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
    L.append("The Patient identifier system `urn:oid:2.16.840.1.113883.19.5.23` is under the HL7 "
             "example OID arc (fictitious). Outside organisations, pathologists, accession "
             "numbers and report headers in the outside records are fictitious; assay and "
             "product names (FoundationOne CDx, VENTANA MMR RxDx, VENTANA ALK (D5F3) CDx, "
             "Illuccix, Guardant360 CDx, Oncomine Dx) are real FDA-approved tests named as a "
             "report would name them.")
    L.append("")
    L.append("Source tags:")
    L.append("")
    blob = " ".join(cited) + " HGVS"
    for tag, text in SOURCE_TAGS:
        if re.search(rf"(?<![A-Z0-9]){tag}(?![A-Z0-9])", blob):
            L.append(f"- **{tag}**: {text}")
    L.append("")
    L.append("Newly verified for this set (search tools, find_string ids in the source column): "
             "SNOMED CT 10828004 'Positive (qualifier value)', 260385009 'Negative (qualifier "
             "value)', 260373001 'Detected (qualifier value)'; LOINC 11526-1 'Pathology study'; "
             "US Core profile URLs us-core-condition, us-core-medicationrequest, "
             "us-core-documentreference and us-core-patient. Variant Observations answer "
             "'Present' (LOINC LA9633-4), 'Absent' (LA9634-2) or, in one case, SNOMED CT "
             "'Detected' (260373001).")
    L.append("")
    L.append("Not coded: leucovorin, prednisone, FOLFIRI/FOLFOXIRI/AC-T as regimens (text "
             "MedicationStatements or dosage text); Gleason score, Ki-67, LVEF, mismatch-repair "
             "IHC, tissue NGS reported as negative, nodal FNA and prostatectomy pathology are "
             "text-coded Observations; ALK IHC and PD-L1 SP263 have a text code with an SNOMED "
             "CT qualifier value. Stage groups without a verified code (IIA, IVB, IVC as "
             "SNOMED) are text, an AJCC numeric code or the SNOMED CT stage IV qualifier with "
             "the finer group in text. No darolutamide, relugolix or FoundationOne CDx PLA code "
             "is written because none is in the verified tables.")
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
