#!/usr/bin/env python3
"""Generate held-out label-based necessity cases, set 11 (written blind).

Writes tests/fixtures/necessity/label-cases-11.json and label-cases-11.md:
48 cases, 12 per cancer (breast, nsclc, colorectal, prostate), per cancer
6 supported, 3 needs-documentation, 3 refer-to-reviewer. Every chart is a
FHIR R4 collection Bundle, encoded on purpose in a different EHR style from
case to case. All patients, names and identifiers are fictitious.

Determinism: resource ids are uuid5(NS, "<case>:<n>:<type>") with a fixed
namespace; every date is a literal. Run with --check to regenerate in memory,
validate and compare with the files on disk (exit 1 on any difference).

Written blind: nothing under src/, crates/, pathways/, README.md, the other
fixtures in tests/fixtures/necessity/ or the other scripts/gen-*.py was read.

Service codes and where each was verified
-----------------------------------------
RxNorm ingredient (IN) RXCUIs were taken from an RxNav-derived ingredient
dictionary, github.com/adamcresnick/BRIM_Analytics
athena_views/data_dictionary/chemo_reference/drugs.csv (commit b2f096f,
column rxnorm_in; the table keeps IN and PIN rows apart, e.g. eribulin
1045453 vs eribulin mesylate 1045452), cross-checked where possible against
(a) openFDA NDC records (openfda.rxcui SCD/SBD codes minted next to the IN),
(b) cpicpgx/cpic-schema drug.sql (RxNorm:<IN> list), and
(c) CTS2OnFHIR NeoplasmCore Breast_Cancer_Drug_Core-RxNorm-Mappings.txt.
HCPCS J9358 was verified in the ENHERTU4U coding guide and a 2026 ASP page.

Format: code | display | source (parsed below into CODES).
  J9358 | Injection, fam-trastuzumab deruxtecan-nxki, 1 mg | HCPCS; ENHERTU4U coding & reimbursement guide; carecostestimate.com/drugs/enhertu (Q2 2026 ASP)
  2695422 | inavolisib | BRIM drugs.csv rxnorm_in; openFDA NDC 50242-084 (SCD 2695427)
  1940643 | neratinib | BRIM drugs.csv rxnorm_in (PIN 1940642)
  1547545 | pembrolizumab | BRIM drugs.csv rxnorm_in; RxNorm->SNOMED oncology map in a public trials-matching app
  1045453 | eribulin | BRIM drugs.csv rxnorm_in (PIN 1045452 in CTS2OnFHIR map)
  2360231 | sacituzumab govitecan | BRIM drugs.csv rxnorm_in (PIN 2360530); openFDA NDC 55135-132 (SCD 2360534)
  1597582 | olaparib | BRIM drugs.csv rxnorm_in; openFDA NDC 0310-0569
  2169285 | alpelisib | BRIM drugs.csv rxnorm_in; RxNorm->SNOMED oncology map in a public trials-matching app
  2703033 | datopotamab deruxtecan | BRIM drugs.csv rxnorm_in (PIN 2703034)
  2473851 | margetuximab | BRIM drugs.csv rxnorm_in (PIN 2473850)
  2691150 | lazertinib | BRIM drugs.csv rxnorm_in
  2549199 | amivantamab | BRIM drugs.csv rxnorm_in (PIN 2549198); openFDA NDC 57894-501 (SCD 2549734)
  2625882 | adagrasib | BRIM drugs.csv rxnorm_in
  1919503 | durvalumab | BRIM drugs.csv rxnorm_in
  2670644 | repotrectinib | BRIM drugs.csv rxnorm_in
  2049122 | binimetinib | BRIM drugs.csv rxnorm_in
  2477103 | tepotinib | BRIM drugs.csv rxnorm_in (PIN 2477104)
  1721560 | osimertinib | BRIM drugs.csv rxnorm_in (PIN 1721559)
  1424911 | dabrafenib | BRIM drugs.csv rxnorm_in; cpic-schema drug.sql
  2550714 | sotorasib | BRIM drugs.csv rxnorm_in
  1723738 | necitumumab | BRIM drugs.csv rxnorm_in
  2362165 | capmatinib | BRIM drugs.csv rxnorm_in
  10803 | trifluridine | BRIM drugs.csv rxnorm_in (Lonsurf = trifluridine/tipiracil)
  2670179 | fruquintinib | BRIM drugs.csv rxnorm_in; openFDA NDC 63020-210 (SCD 2670184)
  1094833 | ipilimumab | BRIM drugs.csv rxnorm_in
  2049106 | encorafenib | BRIM drugs.csv rxnorm_in
  2105628 | larotrectinib | BRIM drugs.csv rxnorm_in (PIN 2104548)
  1312397 | regorafenib | BRIM drugs.csv rxnorm_in
  2361285 | tucatinib | BRIM drugs.csv rxnorm_in
  1304475 | ziv-aflibercept | BRIM drugs.csv rxnorm_in
  1597876 | nivolumab | BRIM drugs.csv rxnorm_in
  1999574 | apalutamide | BRIM drugs.csv rxnorm_in
  2180325 | darolutamide | BRIM drugs.csv rxnorm_in
  2099704 | talazoparib | BRIM drugs.csv rxnorm_in (PIN 2099703); RxNorm->SNOMED oncology map in a public trials-matching app
  2597053 | lutetium Lu 177 vipivotide tetraxetan | BRIM drugs.csv rxnorm_in
  1424174 | radium-223 dichloride | BRIM drugs.csv; openFDA NDC 50419-208 (SCD 1424214); IN/PIN status not independently confirmed
  996051 | cabazitaxel | BRIM drugs.csv rxnorm_in
  1862579 | rucaparib | BRIM drugs.csv rxnorm_in (PIN 1862578)
Chart-only RxNorm ingredient codes (prior therapy, partners, noise):
  cpic-schema drug.sql + BRIM: capecitabine 194000, carboplatin 40048,
  cisplatin 2555, cyclophosphamide 3002, gemcitabine 12574, irinotecan 51499,
  cetuximab 318341, etoposide 4179, oxycodone 7804, atorvastatin 83367,
  metformin 6809, omeprazole 7646, ondansetron 26225.
  CTS2OnFHIR breast mapping + BRIM: paclitaxel 56946, docetaxel 72962,
  letrozole 72965, anastrozole 84857, fulvestrant 282357, trastuzumab 224905,
  palbociclib 1601374, everolimus 141704.
  BRIM only: abemaciclib 1946825, doxorubicin 3639, pemetrexed 68446,
  bevacizumab 253337, panitumumab 263034, enzalutamide 1307298,
  abiraterone 1100072, leuprolide 42375, degarelix 475230, prednisone 8640.
"""
import argparse
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-11.json"
OUT_MD = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-11.md"
NS = uuid.UUID("3d1f6c2e-7a41-5b9e-9c2d-0b11a5e4c011")

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LNC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
UCUM = "http://unitsofmeasure.org"
HGNC = "http://www.genenames.org"
CPT = "http://www.ama-assn.org/go/cpt"
HGVS = "http://varnomen.hgvs.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"

ALLOWED_MISSING = {
    "alk", "braf", "brca", "castration", "castration_resistant", "egfr", "er",
    "esr1", "her2", "hrr", "kras", "nras", "ras", "menopause", "met", "msi",
    "pdl1", "pdl1_cps", "pik3ca", "prior_therapy", "psa", "psma", "ret",
    "ros1", "stage"}

# code -> (display, source), parsed from the docstring table above
CODES = {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(
    r"^  (J\d{4}|\d+) \| ([^|]+?) \| (.+)$", __doc__, re.M)}
CHART_CODES = {c: n for n, c in re.findall(r"([a-z]+) (\d{4,7})[,.]", __doc__.split("Chart-only")[1])}

# ---------------------------------------------------------------- FHIR helpers


def cd(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = list(codings)
    if text:
        out["text"] = text
    return out


def T(text):
    return {"text": text}


def lnc(code, display, text=None):
    return cc(cd(LNC, code, display), text=text)


def rx(code, name, text=None):
    return cc(cd(RX, code, name), text=text or name)


def qty(v, unit, code=None):
    return {"valueQuantity": {"value": v, "unit": unit, "system": UCUM, "code": code or unit}}


def vcc(concept):
    return {"valueCodeableConcept": concept}


def vstr(s):
    return {"valueString": s}


def vint(i):
    return {"valueInteger": i}


PRESENT = cc(cd(LNC, "LA9633-4", "Present"))
ABSENT = cc(cd(LNC, "LA9634-2", "Absent"))
SIG = {"path": cd(LNC, "LA6668-3", "Pathogenic"),
       "vus": cd(LNC, "LA26333-7", "Uncertain significance")}
HG = {"PIK3CA": "8975", "EGFR": "3236", "KRAS": "6407", "NRAS": "7989", "BRAF": "1097",
      "BRCA1": "1100", "BRCA2": "1101", "ROS1": "10261", "MET": "7029", "ERBB2": "3430",
      "PALB2": "26144", "NTRK1": "8031", "ATM": "795"}
TX = {"PIK3CA": "NM_006218.4", "EGFR": "NM_005228.5", "KRAS": "NM_004985.5",
      "BRAF": "NM_004333.6", "BRCA2": "NM_000059.4", "PALB2": "NM_024675.4"}


class Chart:
    """One patient's record; builds a FHIR R4 collection Bundle."""

    def __init__(self, cid, sex, birth, family, given, mrn, style):
        self.cid, self.n, self.entries, self.style = cid, 0, [], style
        self.pid = self._id("Patient")
        pat = {"resourceType": "Patient", "id": self.pid,
               "identifier": [{"system": mrn[0], "value": mrn[1]}],
               "name": [{"family": family, "given": [given]}],
               "gender": sex, "birthDate": birth}
        if style == "mcode":
            pat["meta"] = {"profile": [MCODE + "mcode-cancer-patient"]}
        self.entries.append({"fullUrl": "urn:uuid:" + self.pid, "resource": pat})

    def _id(self, kind):
        self.n += 1
        return str(uuid.uuid5(NS, "%s:%d:%s" % (self.cid, self.n, kind)))

    def add(self, rtype, body, profile=None):
        rid = self._id(rtype)
        res = {"resourceType": rtype, "id": rid}
        if profile:
            res["meta"] = {"profile": [MCODE + profile]}
        res.update(body)
        res["subject"] = {"reference": "urn:uuid:" + self.pid}
        self.entries.append({"fullUrl": "urn:uuid:" + rid, "resource": res})
        return rid

    @staticmethod
    def ref(rid):
        return {"reference": "urn:uuid:" + rid}

    # ---- conditions
    def cond(self, icd, icd_disp, text, onset, sct=None, sct_disp=None, stage=None,
             category="problem-list-item", note=None, profile=None):
        codings = [cd(ICD, icd, icd_disp)]
        if sct:
            codings.append(cd(SCT, sct, sct_disp))
        body = {"clinicalStatus": cc(cd("http://terminology.hl7.org/CodeSystem/condition-clinical", "active")),
                "verificationStatus": cc(cd("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed")),
                "category": [cc(cd(CONDCAT, category))],
                "code": cc(*codings, text=text), "onsetDateTime": onset, "recordedDate": onset}
        if stage:
            body["stage"] = [{"summary": T(stage)}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", body, profile)

    # ---- observations
    def obs(self, code, date, value=None, cat="laboratory", comps=None, note=None,
            profile=None, interp=None, method=None, status="final"):
        body = {"status": status, "category": [cc(cd(OBSCAT, cat))], "code": code,
                "effectiveDateTime": date}
        if value:
            body.update(value)
        if interp:
            body["interpretation"] = [T(interp)]
        if method:
            body["method"] = T(method)
        if comps:
            body["component"] = comps
        if note:
            body["note"] = [{"text": note}]
        return self.add("Observation", body, profile)

    def text_obs(self, label, date, value, cat="laboratory", note=None):
        """Cerner-style: code text only, result as a string."""
        return self.obs(T(label), date, vstr(value), cat=cat, note=note)

    def stage(self, date, text, pathologic=False, coded=True, tnm=None):
        code = lnc("21902-2", "Stage group.pathology Cancer") if pathologic else \
            lnc("21908-9", "Stage group.clinical Cancer")
        if not coded:
            code = T("AJCC STAGE GROUP")
        comps = None
        if tnm:
            keys = (("21899-0", "Primary tumor.pathology Cancer"), ("21900-6", "Regional lymph nodes.pathology Cancer"),
                    ("21901-4", "Distant metastases.pathology Cancer")) if pathologic else \
                (("21905-5", "Primary tumor.clinical Cancer"), ("21906-3", "Regional lymph nodes.clinical Cancer"),
                 ("21907-1", "Distant metastases.clinical Cancer"))
            comps = [{"code": lnc(k, d), "valueCodeableConcept": T(v)} for (k, d), v in zip(keys, tnm)]
        prof = "mcode-tnm-stage-group" if self.style == "mcode" else None
        return self.obs(code, date, vcc(T(text)), cat="survey", comps=comps, profile=prof)

    def variant(self, gene, date, cdna=None, prot=None, sig="path", source="somatic",
                present=True, note=None, label=None):
        comps = [{"code": lnc("48018-6", "Gene studied [ID]"),
                  "valueCodeableConcept": cc(cd(HGNC, "HGNC:" + HG[gene], gene))}]
        if cdna:
            comps.append({"code": lnc("48004-9", "DNA change (c.HGVS)"),
                          "valueCodeableConcept": cc(cd(HGVS, "%s:%s" % (TX.get(gene, gene), cdna)), text=cdna)})
        if prot:
            comps.append({"code": lnc("48005-3", "Amino acid change (pHGVS)"),
                          "valueCodeableConcept": cc(cd(HGVS, prot), text=prot)})
        if label:
            comps.append({"code": lnc("81252-9", "Discrete genetic variant"), "valueCodeableConcept": T(label)})
        if present:
            comps.append({"code": lnc("53037-8", "Genetic variation clinical significance [Imp]"),
                          "valueCodeableConcept": cc(SIG[sig])})
        src = cd(LNC, "LA6684-0", "Somatic") if source == "somatic" else cd(LNC, "LA6683-2", "Germline")
        comps.append({"code": lnc("48002-0", "Genomic source class [Type]"), "valueCodeableConcept": cc(src)})
        return self.obs(lnc("69548-6", "Genetic variant assessment"), date, vcc(PRESENT if present else ABSENT),
                        comps=comps, note=note, profile="mcode-genomic-variant")

    def report(self, code, date, conclusion, cat="GE", results=None, codes=None):
        body = {"status": "final",
                "category": [cc(cd("http://terminology.hl7.org/CodeSystem/v2-0074", cat))],
                "code": code, "effectiveDateTime": date, "issued": date + "T16:00:00Z",
                "conclusion": conclusion}
        if results:
            body["result"] = [self.ref(r) for r in results]
        if codes:
            body["conclusionCode"] = codes
        return self.add("DiagnosticReport", body)

    def imaging(self, cpt, name, date, conclusion):
        code = cc(cd(CPT, cpt, name), text=name) if cpt else T(name)
        return self.report(code, date, conclusion, cat="RAD")

    def ngs(self, date, conclusion, name="Comprehensive genomic profiling (tissue)"):
        return self.report(cc(cd(LNC, "81247-9", "Master HL7 genetic variant reporting panel"), text=name),
                           date, conclusion)

    def ecog(self, date, score):
        if self.style in ("cerner", "text"):
            return self.text_obs("ECOG PERFORMANCE STATUS", date, str(score), cat="survey")
        la = {0: ("LA9622-7", "Fully active, able to carry on all pre-disease performance without restriction"),
              1: ("LA9623-5", "Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature"),
              2: ("LA9624-3", "Ambulatory and capable of all selfcare but unable to carry out any work activities")}[score]
        if self.style == "mcode":
            return self.obs(lnc("89247-1", "ECOG Performance Status score"), date, vcc(cc(cd(LNC, *la))),
                            cat="survey", profile="mcode-ecog-performance-status")
        return self.obs(lnc("89247-1", "ECOG Performance Status score"), date, vint(score), cat="survey")

    # ---- medications
    def medreq(self, med, date, dose, status="draft", intent="order", note=None):
        body = {"status": status, "intent": intent, "medicationCodeableConcept": med,
                "authoredOn": date, "dosageInstruction": [T(dose)]}
        if note:
            body["note"] = [{"text": note}]
        return self.add("MedicationRequest", body)

    def medstmt(self, med, start, end=None, status="completed", note=None):
        period = {"start": start}
        if end:
            period["end"] = end
        body = {"status": status, "medicationCodeableConcept": med, "effectivePeriod": period}
        if note:
            body["note"] = [{"text": note}]
        return self.add("MedicationStatement", body)

    def medadmin(self, med, date, dose=None):
        body = {"status": "completed", "medicationCodeableConcept": med, "effectiveDateTime": date}
        if dose:
            body["dosage"] = {"text": dose}
        return self.add("MedicationAdministration", body)

    def proc(self, code, date, note=None, end=None):
        body = {"status": "completed", "code": code}
        if end:
            body["performedPeriod"] = {"start": date, "end": end}
        else:
            body["performedDateTime"] = date
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", body)

    # ---- noise
    def vitals(self, date, wt, ht, sbp, dbp, hr):
        self.obs(lnc("29463-7", "Body weight"), date, qty(wt, "kg"), cat="vital-signs")
        self.obs(lnc("8302-2", "Body height"), date, qty(ht, "cm"), cat="vital-signs")
        self.obs(lnc("85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs",
                 comps=[{"code": lnc("8480-6", "Systolic blood pressure"), **qty(sbp, "mm[Hg]")},
                        {"code": lnc("8462-4", "Diastolic blood pressure"), **qty(dbp, "mm[Hg]")}])
        self.obs(lnc("8867-4", "Heart rate"), date, qty(hr, "/min"), cat="vital-signs")

    def cbc(self, date, hgb, wbc, plt, anc=None):
        self.obs(lnc("718-7", "Hemoglobin [Mass/volume] in Blood"), date, qty(hgb, "g/dL"))
        self.obs(lnc("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), date, qty(wbc, "10*3/uL"))
        self.obs(lnc("777-3", "Platelets [#/volume] in Blood by Automated count"), date, qty(plt, "10*3/uL"))
        if anc is not None:
            self.obs(lnc("751-8", "Neutrophils [#/volume] in Blood by Automated count"), date, qty(anc, "10*3/uL"))

    def cmp(self, date, cr, alt, ast, bili, glu=None):
        self.obs(lnc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), date, qty(cr, "mg/dL"))
        self.obs(lnc("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), date, qty(alt, "U/L"))
        self.obs(lnc("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), date, qty(ast, "U/L"))
        self.obs(lnc("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), date, qty(bili, "mg/dL"))
        if glu is not None:
            self.obs(lnc("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), date, qty(glu, "mg/dL"))

    def comorb(self, date, *items):
        table = {"htn": ("I10", "Essential (primary) hypertension", "Hypertension"),
                 "dm": ("E11.9", "Type 2 diabetes mellitus without complications", "Type 2 diabetes"),
                 "lipid": ("E78.5", "Hyperlipidemia, unspecified", "Hyperlipidemia"),
                 "thyroid": ("E03.9", "Hypothyroidism, unspecified", "Hypothyroidism"),
                 "gerd": ("K21.9", "Gastro-esophageal reflux disease without esophagitis", "GERD"),
                 "copd": ("J44.9", "Chronic obstructive pulmonary disease, unspecified", "COPD"),
                 "ckd": ("N18.31", "Chronic kidney disease, stage 3a", "CKD stage 3a"),
                 "afib": ("I48.91", "Unspecified atrial fibrillation", "Atrial fibrillation"),
                 "oa": ("M17.0", "Bilateral primary osteoarthritis of knee", "Osteoarthritis of knees"),
                 "depr": ("F32.A", "Depression, unspecified", "Depression"),
                 "bph": ("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "BPH")}
        for k in items:
            icd, disp, text = table[k]
            self.cond(icd, disp, text, date, category="problem-list-item")

    def home_meds(self, date, *items):
        table = {"atorva": rx("83367", "atorvastatin", "atorvastatin 40 MG Oral Tablet"),
                 "metformin": rx("6809", "metformin", "metformin 500 MG Oral Tablet"),
                 "omeprazole": rx("7646", "omeprazole", "omeprazole 20 MG Delayed Release Oral Capsule"),
                 "ondansetron": rx("26225", "ondansetron", "ondansetron 8 MG Oral Tablet PRN nausea"),
                 "lisinopril": T("Lisinopril 10 mg tablet daily"),
                 "levothyroxine": T("Synthroid 75 mcg daily"),
                 "amlodipine": T("amLODIPine 5 MG tablet"),
                 "apixaban": T("Eliquis 5 mg BID"),
                 "sertraline": T("Zoloft 50 mg daily"),
                 "tamsulosin": T("Flomax 0.4 mg capsule nightly"),
                 "vitd": T("Vitamin D3 2000 units daily"),
                 "calcium": T("Calcium carbonate 600 mg + D BID")}
        for k in items:
            self.medstmt(table[k], date, status="active")

    def bundle(self):
        return {"resourceType": "Bundle", "id": str(uuid.uuid5(NS, self.cid + ":bundle")),
                "type": "collection", "entry": self.entries}


# ------------------------------------------------------------- shared concepts
def cond_breast(ch, icd, icd_disp, text, onset, stage=None, profile=None):
    return ch.cond(icd, icd_disp, text, onset, sct="254837009", sct_disp="Malignant neoplasm of breast",
                   stage=stage, profile=profile)


def mets(ch, date, *sites):
    table = {"bone": ("C79.51", "Secondary malignant neoplasm of bone", "Bone metastases"),
             "liver": ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "Liver metastases"),
             "lung": ("C78.01", "Secondary malignant neoplasm of right lung", "Pulmonary metastases"),
             "brain": ("C79.31", "Secondary malignant neoplasm of brain", "Brain metastases"),
             "pleura": ("C78.2", "Secondary malignant neoplasm of pleura", "Malignant pleural effusion"),
             "perit": ("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum", "Peritoneal metastases"),
             "nodes": ("C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes", "Retroperitoneal nodal metastases"),
             "adrenal": ("C79.71", "Secondary malignant neoplasm of right adrenal gland", "Adrenal metastasis")}
    for s in sites:
        icd, disp, text = table[s]
        ch.cond(icd, disp, text, date, category="encounter-diagnosis",
                profile="mcode-secondary-cancer-condition" if ch.style == "mcode" else None)


def er_pr_her2(ch, date, er, pr, her2, ish=None, style="epic"):
    """Breast tumor markers in three EHR dialects."""
    if style == "cerner":
        ch.text_obs("ESTROGEN RECEPTOR IHC", date, er)
        ch.text_obs("PROGESTERONE RECEPTOR IHC", date, pr)
        if her2:
            ch.text_obs("HER2/NEU IHC (4B5)", date, her2)
        if ish:
            ch.text_obs("HER2 DUAL ISH", date, ish)
        return
    prof = "mcode-tumor-marker-test" if style == "mcode" else None
    ch.obs(lnc("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"), date,
           vcc(T(er)), profile=prof)
    ch.obs(lnc("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain"), date,
           vcc(T(pr)), profile=prof)
    if her2:
        ch.obs(lnc("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain"), date,
               vcc(T(her2)), profile=prof)
    if ish:
        ch.obs(lnc("85318-4", "HER2 [Presence] in Breast cancer specimen by FISH"), date, vcc(T(ish)), profile=prof)


def menopause(ch, date, text):
    ch.obs(T("Menopausal status"), date, vcc(cc(cd(SCT, "76498008", "Postmenopausal state"), text=text)) if
           text.lower().startswith("post") else vcc(T(text)), cat="social-history")


def psa(ch, series, unit="ng/mL"):
    for d, v in series:
        ch.obs(lnc("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), d, qty(v, unit))


def testo(ch, date, v, unit="ng/dL"):
    if unit == "nmol/L":
        ch.obs(lnc("14913-8", "Testosterone [Moles/volume] in Serum or Plasma"), date, qty(v, "nmol/L"))
    else:
        ch.obs(lnc("2986-8", "Testosterone [Mass/volume] in Serum or Plasma"), date, qty(v, "ng/dL"))


def cond_prostate(ch, text, onset, extra=None, stage=None):
    cid = ch.cond("C61", "Malignant neoplasm of prostate", text, onset, sct="399068003",
                  sct_disp="Malignant tumor of prostate", stage=stage,
                  profile="mcode-primary-cancer-condition" if ch.style == "mcode" else None)
    if extra:
        ch.cond(extra[0], extra[1], extra[1], onset, category="problem-list-item")
    return cid


def cond_lung(ch, icd, icd_disp, text, onset, stage=None):
    return ch.cond(icd, icd_disp, text, onset, sct="254637007", sct_disp="Non-small cell lung cancer",
                   stage=stage, profile="mcode-primary-cancer-condition" if ch.style == "mcode" else None)


def cond_crc(ch, icd, icd_disp, text, onset, stage=None):
    sct = ("363351006", "Malignant neoplasm of rectum") if icd.startswith("C20") else \
        ("363406005", "Malignant neoplasm of colon")
    return ch.cond(icd, icd_disp, text, onset, sct=sct[0], sct_disp=sct[1], stage=stage,
                   profile="mcode-primary-cancer-condition" if ch.style == "mcode" else None)


def mmr(ch, date, text):
    ch.text_obs("MISMATCH REPAIR PROTEIN IHC (MLH1, PMS2, MSH2, MSH6)", date, text)


def msi(ch, date, text):
    ch.obs(lnc("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"),
           date, vcc(T(text)), profile="mcode-tumor-marker-test" if ch.style == "mcode" else None)



def noise(ch, date, comorb=(), meds=(), cbc=None, cmp=None, vit=None, ecog=None):
    """Comorbidities, home meds, labs, vitals and ECOG in one call."""
    if comorb:
        ch.comorb("2015-06-01", *comorb)
    if meds:
        ch.home_meds("2016-01-15", *meds)
    if vit:
        ch.vitals(date, *vit)
    if cbc:
        ch.cbc(date, *cbc)
    if cmp:
        ch.cmp(date, *cmp)
    if ecog is not None:
        ch.ecog(date, ecog)

# drug concepts used in charts (prior therapy / partners)
D = {
    "letrozole": rx("72965", "letrozole"), "anastrozole": rx("84857", "anastrozole"),
    "fulvestrant": rx("282357", "fulvestrant"), "palbociclib": rx("1601374", "palbociclib"),
    "abemaciclib": rx("1946825", "abemaciclib"),
    "capecitabine": rx("194000", "capecitabine"), "paclitaxel": rx("56946", "paclitaxel"),
    "docetaxel": rx("72962", "docetaxel"), "carboplatin": rx("40048", "carboplatin"),
    "cisplatin": rx("2555", "cisplatin"), "cyclophosphamide": rx("3002", "cyclophosphamide"),
    "doxorubicin": rx("3639", "doxorubicin"), "trastuzumab": rx("224905", "trastuzumab"),
    "gemcitabine": rx("12574", "gemcitabine"), "pemetrexed": rx("68446", "pemetrexed"),
    "pembrolizumab": rx("1547545", "pembrolizumab"), "etoposide": rx("4179", "etoposide"),
    "everolimus": rx("141704", "everolimus"), "irinotecan": rx("51499", "irinotecan"), "bevacizumab": rx("253337", "bevacizumab"),
    "panitumumab": rx("263034", "panitumumab"), "cetuximab": rx("318341", "cetuximab"),
    "enzalutamide": rx("1307298", "enzalutamide"), "abiraterone": rx("1100072", "abiraterone"),
    "leuprolide": rx("42375", "leuprolide"), "degarelix": rx("475230", "degarelix"),
    "prednisone": rx("8640", "prednisone"), "oxycodone": rx("7804", "oxycodone"),
    "nivolumab": rx("1597876", "nivolumab"), "sacituzumab": rx("2360231", "sacituzumab govitecan"),
    "trifluridine": rx("10803", "trifluridine", "trifluridine / tipiracil (Lonsurf)"),
}


def svc(code):
    if code.startswith("J"):
        return {"system": HCPCS, "code": code, "display": CODES[code][0]}
    return {"system": RX, "code": code, "display": CODES[code][0]}


def svc_cc(code, text):
    s = svc(code)
    return cc(cd(s["system"], s["code"], s["display"]), text=text)


CASES = []


def case(cid, cancer, drug, code, expected, missing, date, desc, basis, reason, ch):
    CASES.append({"meta": {"drug": drug, "reason": reason, "style": ch.style},
                  "case": {"id": cid, "cancer": cancer, "description": desc, "basis": basis, "date": date,
                           "service": svc(code), "expected": expected, "expected_missing": missing,
                           "bundle": ch.bundle()}})


# =================================================================== BREAST
def breast():
    # 01 supported: T-DXd, HER2-ultralow HR+ after endocrine therapy (DESTINY-Breast06)
    d, ch = "2026-08-04", Chart("lab11-breast-01", "female", "1968-03-14", "Okafor", "Adaeze", ("urn:oid:2.16.840.1.113883.3.9991.1", "E4410927"), "epic")
    cond_breast(ch, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast",
                "Invasive ductal carcinoma of left breast, HR-positive, metastatic to bone and liver", "2019-02-11",
                stage="Stage IV (recurrent)")
    mets(ch, "2024-02-20", "bone", "liver")
    ch.stage("2024-02-20", "Stage IV (AJCC 8th) - rT0 N0 M1 (oss, hep)")
    er_pr_her2(ch, "2024-02-28", "Positive - 95% of cells, strong (Allred 8/8)", "Positive - 30%, moderate",
               "IHC 0 with faint, incomplete membrane staining in 5% of invasive tumor cells (HER2-ultralow)",
               "Not amplified (HER2/CEP17 ratio 1.2; mean HER2 copy number 2.4)")
    menopause(ch, "2024-02-28", "Postmenopausal since 2017")
    ch.medstmt(T("Adjuvant dose-dense AC x4 followed by weekly paclitaxel x12"), "2019-04-01", "2019-09-20")
    ch.medstmt(D["letrozole"], "2024-03-05", "2025-11-18")
    ch.medstmt(T("Ibrance 125 mg PO daily d1-21 q28d"), "2024-03-05", "2025-11-18",
               note="Stopped for progression (new liver lesions)")
    ch.medstmt(D["fulvestrant"], "2025-12-02", "2026-07-21")
    ch.medstmt(D["everolimus"], "2025-12-02", "2026-07-21")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-07-20",
               "Interval enlargement of segment 6 and 7 hepatic metastases with two new lesions. Findings consistent with progression of disease.")
    noise(ch, "2026-07-28", comorb=("htn", "lipid"), meds=("lisinopril", "atorva"), cbc=(11.9, 5.2, 214, 3.1), cmp=(0.8, 34, 41, 0.7), ecog=1)
    ch.obs(lnc("10230-1", "Left ventricular Ejection fraction"), "2026-07-28", qty(60, "%"), cat="imaging")
    ch.medreq(svc_cc("J9358", "ENHERTU (fam-trastuzumab deruxtecan-nxki) 5.4 mg/kg IV"), d, "5.4 mg/kg IV every 3 weeks")
    case("lab11-breast-01", "breast", "fam-trastuzumab deruxtecan (Enhertu)", "J9358", "supported", [], d,
         "58-year-old postmenopausal woman with HR+ HER2-ultralow metastatic breast cancer progressing after letrozole+palbociclib and fulvestrant+everolimus, no chemotherapy for metastatic disease; T-DXd requested.",
         "Enhertu label 1: unresectable or metastatic HR-positive, HER2-low or HER2-ultralow (IHC 0 with membrane staining) breast cancer that progressed on one or more endocrine therapies in the metastatic setting (DESTINY-Breast06).", "HER2-ultralow (IHC 0 with faint incomplete staining), HR+, progressed on 2 metastatic endocrine lines", ch)
    # 02 supported: inavolisib + palbociclib + fulvestrant (INAVO120)
    d, ch = "2026-08-18", Chart("lab11-breast-02", "female", "1963-05-02", "Lindqvist", "Maren", ("http://hospital.example.org/mrn", "MRN-771203"), "mcode")
    cond_breast(ch, "C50.911", "Malignant neoplasm of unspecified site of right female breast",
                "Recurrent HR+/HER2- breast cancer with osseous metastases", "2022-04-19",
                profile="mcode-primary-cancer-condition")
    ch.stage("2022-05-10", "Stage IIA", pathologic=True, tnm=("pT2", "pN0", "cM0"))
    ch.stage("2026-06-03", "Stage IV (recurrent, M1 bone)")
    mets(ch, "2026-05-28", "bone")
    ch.text_obs("ER (ALLRED)", "2022-04-19", "Allred 7/8 - POSITIVE")
    ch.text_obs("PR (ALLRED)", "2022-04-19", "Allred 5/8 - POSITIVE")
    ch.obs(lnc("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain"), "2022-04-19",
           vcc(T("1+")), profile="mcode-tumor-marker-test")
    ch.obs(lnc("85318-4", "HER2 [Presence] in Breast cancer specimen by FISH"), "2022-04-19",
           vcc(T("Not amplified")), profile="mcode-tumor-marker-test")
    ch.variant("PIK3CA", "2026-06-20", "c.3140A>G", "p.His1047Arg", label="PIK3CA H1047R (ctDNA, VAF 11%)",
               note="Plasma ctDNA assay (FDA-approved companion diagnostic).")
    menopause(ch, "2022-04-19", "Postmenopausal")
    ch.proc(cc(cd(CPT, "19301", "Mastectomy, partial"), text="Right lumpectomy with SLNB"), "2022-05-03")
    ch.proc(cc(cd(SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Whole breast RT 40 Gy/15"), "2022-06-06", end="2022-06-24")
    ch.medstmt(D["anastrozole"], "2022-07-01", "2026-05-30", note="Adjuvant; discontinued at recurrence (on therapy, year 4)")
    ch.imaging("78306", "NM bone scan whole body", "2026-05-28",
               "New foci of uptake in T8, L2 and right iliac bone compatible with osseous metastases.")
    ch.obs(lnc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-08-10", qty(5.6, "%"))
    noise(ch, "2026-08-10", comorb=("thyroid", "oa"), meds=("levothyroxine", "vitd"), cbc=(13.1, 6.0, 250, 3.9), vit=(71.4, 164, 128, 78, 72), ecog=0)
    ch.medreq(rx("2695422", "inavolisib", "Itovebi 9 mg tablet"), d, "9 mg PO once daily")
    ch.medreq(D["palbociclib"], d, "125 mg PO daily days 1-21 of 28")
    ch.medreq(D["fulvestrant"], d, "500 mg IM days 1, 15, 29 then monthly")
    case("lab11-breast-02", "breast", "inavolisib (Itovebi)", "2695422", "supported", [], d,
         "63-year-old postmenopausal woman whose HR+/HER2- breast cancer recurred in bone while on adjuvant anastrozole; PIK3CA H1047R on ctDNA; inavolisib with palbociclib and fulvestrant requested.",
         "Itovebi label: with palbociclib and fulvestrant for endocrine-resistant, PIK3CA-mutated, HR-positive, HER2-negative advanced breast cancer following recurrence on or after completing adjuvant endocrine therapy (INAVO120).", "PIK3CA-mutated, recurrence on adjuvant AI = endocrine resistant, partners palbociclib+fulvestrant ordered", ch)
    # 03 supported: neratinib extended adjuvant (ExteNET)
    d, ch = "2026-07-14", Chart("lab11-breast-03", "female", "1979-01-22", "Haddad", "Rania", ("urn:oid:2.16.840.1.113883.3.9991.2", "7730012"), "epic")
    cond_breast(ch, "C50.211", "Malignant neoplasm of upper-inner quadrant of right female breast",
                "HER2-positive invasive ductal carcinoma, right breast, early stage", "2025-01-08", stage="IIA")
    ch.stage("2025-02-14", "Stage IIA (pT2 pN0 M0), AJCC 8th", pathologic=True)
    er_pr_her2(ch, "2025-01-08", "Negative (<1%)", "Negative (0%)", "3+ (positive), complete intense circumferential membrane staining in 90% of cells")
    ch.proc(cc(cd(CPT, "19301", "Mastectomy, partial"), text="Right partial mastectomy + sentinel node biopsy"), "2025-02-10")
    for dd in ("2025-03-20", "2025-04-10", "2025-05-01", "2025-05-22", "2025-06-12", "2025-07-03"):
        ch.medadmin(T("TCHP: docetaxel 75 mg/m2 + carboplatin AUC6 + trastuzumab + pertuzumab"), dd)
    for dd in ("2025-09-15", "2025-12-01", "2026-02-16", "2026-03-10"):
        ch.medadmin(D["trastuzumab"], dd, "6 mg/kg IV (maintenance to complete 1 year)")
    ch.text_obs("DISEASE STATUS", "2026-06-30", "No evidence of disease on surveillance exam and imaging", cat="exam")
    ch.obs(lnc("10230-1", "Left ventricular Ejection fraction"), "2026-03-02", qty(58, "%"), cat="imaging")
    menopause(ch, "2026-06-30", "Premenopausal")
    noise(ch, "2026-06-30", comorb=("depr",), meds=("sertraline",), cmp=(0.7, 19, 22, 0.5), ecog=0)
    ch.medreq(rx("1940643", "neratinib", "Nerlynx 40 mg tablet"), d, "240 mg PO daily x 1 year (dose escalation wk1 120 mg)",
              note="Loperamide prophylaxis per protocol")
    case("lab11-breast-03", "breast", "neratinib (Nerlynx)", "1940643", "supported", [], d,
         "47-year-old woman with stage IIA HER2+ breast cancer who completed one year of adjuvant trastuzumab-based therapy in March 2026; extended adjuvant neratinib requested.",
         "Nerlynx label: as a single agent for the extended adjuvant treatment of adults with early-stage HER2-positive breast cancer, to follow adjuvant trastuzumab-based therapy (ExteNET).", "early-stage HER2 3+, adjuvant trastuzumab completed", ch)
    # 04 supported: pembrolizumab neoadjuvant high-risk early TNBC (KEYNOTE-522)
    d, ch = "2026-09-02", Chart("lab11-breast-04", "female", "1985-06-30", "Moreau", "Celine", ("http://hospital.example.org/mrn", "MRN-902118"), "cerner")
    ch.cond("C50.812", "Malignant neoplasm of overlapping sites of left female breast",
            "Triple negative invasive ductal carcinoma, left breast", "2026-08-12",
            sct="254837009", sct_disp="Malignant neoplasm of breast")
    ch.stage("2026-08-20", "cT2 cN1 cM0 - anatomic stage IIB", coded=False)
    ch.obs(lnc("21905-5", "Primary tumor.clinical Cancer"), "2026-08-20", vcc(T("cT2 (3.4 cm)")), cat="survey")
    ch.obs(lnc("21906-3", "Regional lymph nodes.clinical Cancer"), "2026-08-20", vcc(T("cN1 (biopsy-proven axillary node)")), cat="survey")
    er_pr_her2(ch, "2026-08-12", "NEGATIVE (0%)", "NEGATIVE (0%)", "1+ (NEGATIVE)", "NOT AMPLIFIED, ratio 1.3", style="cerner")
    ch.text_obs("KI-67 PROLIFERATION INDEX", "2026-08-12", "70%")
    ch.proc(cc(cd(CPT, "19083", "Biopsy, breast, with placement of localization device, percutaneous; ultrasound guidance"), text="US-guided core biopsy left breast + axillary node FNA"), "2026-08-10")
    ch.proc(cc(cd(CPT, "36561", "Insertion of tunneled centrally inserted central venous access device"), text="Port placement"), "2026-08-28")
    ch.text_obs("GERMLINE HEREDITARY CANCER PANEL", "2026-08-25", "No pathogenic variants identified (84 genes incl. BRCA1/2, PALB2)")
    ch.imaging("71260", "CT chest with contrast", "2026-08-18", "No evidence of distant metastatic disease.")
    menopause(ch, "2026-08-12", "Premenopausal")
    noise(ch, "2026-08-28", cbc=(13.4, 7.1, 288, 4.6), cmp=(0.6, 17, 20, 0.4), vit=(63.0, 168, 118, 72, 76), ecog=0)
    ch.medreq(D["pembrolizumab"], d, "200 mg IV every 3 weeks x 8 cycles (neoadjuvant), then adjuvant")
    ch.medreq(D["paclitaxel"], d, "80 mg/m2 IV weekly x 12")
    ch.medreq(D["carboplatin"], d, "AUC 5 IV every 3 weeks x 4")
    case("lab11-breast-04", "breast", "pembrolizumab (Keytruda)", "1547545", "supported", [], d,
         "41-year-old woman with newly diagnosed cT2 cN1 triple-negative breast cancer; neoadjuvant pembrolizumab with carboplatin/paclitaxel requested.",
         "Keytruda label: high-risk early-stage TNBC in combination with chemotherapy as neoadjuvant treatment, then continued as a single agent as adjuvant treatment after surgery (KEYNOTE-522).", "high-risk early TNBC (stage IIB), neoadjuvant with chemo partners ordered", ch)
    # 05 supported: eribulin after anthracycline + taxane and >=2 metastatic chemo regimens
    d, ch = "2026-10-06", Chart("lab11-breast-05", "female", "1971-09-09", "Petrovic", "Jelena", ("urn:oid:2.16.840.1.113883.3.9991.3", "P-558201"), "epic")
    cond_breast(ch, "C50.911", "Malignant neoplasm of unspecified site of right female breast",
                "Metastatic triple-negative breast cancer (lung, liver)", "2021-03-01", stage="Stage IV")
    mets(ch, "2024-06-11", "lung", "liver")
    ch.stage("2024-06-11", "Stage IV (AJCC 8th)")
    er_pr_her2(ch, "2024-06-20", "Negative", "Negative", "0 (no staining)")
    ch.medstmt(D["doxorubicin"], "2021-04-05", "2021-05-31", note="Adjuvant ddAC")
    ch.medstmt(D["cyclophosphamide"], "2021-04-05", "2021-05-31", note="Adjuvant ddAC")
    ch.medstmt(D["paclitaxel"], "2021-06-14", "2021-09-01", note="Adjuvant weekly paclitaxel")
    ch.medstmt(D["capecitabine"], "2024-07-01", "2025-02-20", note="1st line metastatic")
    ch.medstmt(D["gemcitabine"], "2025-03-10", "2025-09-22", note="2nd line metastatic with carboplatin")
    ch.medstmt(D["carboplatin"], "2025-03-10", "2025-09-22", note="2nd line metastatic with gemcitabine")
    ch.medstmt(D["sacituzumab"], "2025-10-06", "2026-09-01", note="3rd line; stopped for progression")
    ch.imaging("71260", "CT chest with contrast", "2026-09-15", "Enlarging bilateral pulmonary nodules and new right pleural-based lesion: progressive disease.")
    ch.text_obs("PD-L1 22C3 CPS", "2024-06-20", "CPS 2")
    noise(ch, "2026-09-29", comorb=("gerd",), meds=("omeprazole", "ondansetron"), cbc=(10.8, 4.4, 176, 2.6), cmp=(0.9, 45, 52, 0.9), ecog=1)
    case("lab11-breast-05", "breast", "eribulin (Halaven)", "1045453", "supported", [], d,
         "55-year-old woman with metastatic TNBC previously treated with adjuvant AC-paclitaxel and, for metastatic disease, capecitabine, gemcitabine/carboplatin and sacituzumab; eribulin requested.",
         "Halaven label: metastatic breast cancer after at least two chemotherapeutic regimens for metastatic disease; prior therapy should have included an anthracycline and a taxane in the adjuvant or metastatic setting (EMBRACE).", "anthracycline + taxane adjuvant, 2+ metastatic chemo regimens", ch)
    # 06 supported: sacituzumab HR+/HER2- after ET + >=2 systemic lines (TROPiCS-02)
    d, ch = "2026-08-25", Chart("lab11-breast-06", "female", "1959-11-17", "Brennan", "Margaret", ("http://hospital.example.org/mrn", "MRN-330871"), "cerner")
    ch.cond("C50.919", "Malignant neoplasm of unspecified site of unspecified female breast",
            "Metastatic ER+ breast carcinoma (bone, liver)", "2018-10-03")
    ch.cond("Z17.0", "Estrogen receptor positive status [ER+]", "ER positive status", "2018-10-03")
    mets(ch, "2023-04-18", "bone", "liver")
    er_pr_her2(ch, "2023-04-25", "POSITIVE 90% STRONG", "POSITIVE 5% WEAK", "1+", None, style="cerner")
    menopause(ch, "2023-04-25", "Postmenopausal")
    ch.medstmt(T("Kisqali 600 mg + Femara 2.5 mg"), "2023-05-08", "2024-08-30")
    ch.medstmt(T("Faslodex 500 mg IM + Afinitor 10 mg"), "2024-09-10", "2025-02-25")
    ch.medstmt(D["capecitabine"], "2025-03-05", "2025-10-14")
    ch.medstmt(T("Enhertu 5.4 mg/kg IV q3w"), "2025-10-28", "2026-07-30", note="Discontinued for progression")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-08-05", "Progression of hepatic metastases; stable sclerotic bone lesions.")
    noise(ch, "2026-08-19", comorb=("htn", "dm"), meds=("metformin", "amlodipine"), cbc=(11.4, 5.8, 190, 3.3), cmp=(0.9, 38, 44, 0.8, 142), ecog=1)
    ch.medreq(rx("2360231", "sacituzumab govitecan", "Trodelvy 10 mg/kg IV"), d, "10 mg/kg IV days 1 and 8 every 21 days")
    case("lab11-breast-06", "breast", "sacituzumab govitecan (Trodelvy)", "2360231", "supported", [], d,
         "66-year-old woman with HR+/HER2-low metastatic breast cancer after ribociclib+letrozole, fulvestrant+everolimus, capecitabine and T-DXd; sacituzumab govitecan requested.",
         "Trodelvy label: unresectable locally advanced or metastatic HR-positive, HER2-negative (IHC 0, 1+ or 2+/ISH-) breast cancer after endocrine-based therapy and at least two additional systemic therapies in the metastatic setting (TROPiCS-02).", "HR+ HER2 1+, endocrine therapy + 2 further metastatic systemic lines (capecitabine, T-DXd)", ch)
    # 07 needs-documentation: olaparib adjuvant (OlympiA) without any BRCA test
    d, ch = "2026-09-15", Chart("lab11-breast-07", "female", "1988-02-05", "Nakamura", "Emi", ("urn:oid:2.16.840.1.113883.3.9991.4", "N-201993"), "epic")
    cond_breast(ch, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast",
                "Triple-negative breast cancer, left, residual disease after neoadjuvant therapy", "2025-08-20", stage="IIB")
    ch.stage("2025-08-28", "Stage IIB (cT2 cN1 M0)")
    ch.stage("2026-04-14", "ypT1c ypN1a - residual cancer burden class II", pathologic=True)
    er_pr_her2(ch, "2025-08-20", "Negative (<1%)", "Negative (0%)", "0", None)
    ch.medstmt(T("KEYNOTE-522 regimen: pembrolizumab + carboplatin/paclitaxel then AC + pembrolizumab"), "2025-09-15", "2026-03-05")
    ch.proc(cc(cd(CPT, "19303", "Mastectomy, simple, complete"), text="Left total mastectomy + axillary dissection"), "2026-04-08")
    ch.medstmt(D["pembrolizumab"], "2026-05-12", status="active", note="Adjuvant pembrolizumab cycle 3 of 9")
    ch.imaging("71260", "CT chest with contrast", "2026-08-30", "No evidence of metastatic disease.")
    menopause(ch, "2026-08-30", "Premenopausal")
    noise(ch, "2026-09-08", cbc=(12.2, 5.0, 231, 2.9), cmp=(0.7, 22, 25, 0.5), ecog=0)
    ch.medreq(rx("1597582", "olaparib", "Lynparza 150 mg tablet"), d, "300 mg PO twice daily for 1 year")
    case("lab11-breast-07", "breast", "olaparib (Lynparza)", "1597582", "needs-documentation", ["brca"], d,
         "38-year-old woman with high-risk HER2-negative early breast cancer (TNBC with residual disease after neoadjuvant chemo-immunotherapy); adjuvant olaparib requested but no germline BRCA result in the chart.",
         "Lynparza label: adjuvant treatment of deleterious or suspected deleterious gBRCA-mutated, HER2-negative high-risk early breast cancer previously treated with neoadjuvant or adjuvant chemotherapy (OlympiA).", "all OlympiA criteria documented except the germline BRCA result", ch)
    # 08 needs-documentation: alpelisib without a PIK3CA test (SOLAR-1)
    d, ch = "2026-07-28", Chart("lab11-breast-08", "female", "1960-04-21", "Alvarez", "Rosa", ("http://hospital.example.org/mrn", "MRN-118840"), "mcode")
    cond_breast(ch, "C50.911", "Malignant neoplasm of unspecified site of right female breast",
                "HR-positive HER2-negative metastatic breast cancer (bone)", "2023-12-04",
                profile="mcode-primary-cancer-condition")
    mets(ch, "2023-12-04", "bone")
    ch.stage("2023-12-10", "Stage IV", tnm=("cT2", "cN1", "cM1"))
    er_pr_her2(ch, "2023-12-04", "Positive (85%)", "Positive (40%)", "2+ (equivocal)", "Not amplified (ratio 1.4, copy number 3.0)", style="mcode")
    menopause(ch, "2023-12-04", "Postmenopausal")
    ch.medstmt(D["letrozole"], "2024-01-08", "2026-06-30")
    ch.medstmt(D["abemaciclib"], "2024-01-08", "2026-06-30", note="Stopped for progression")
    ch.imaging("78306", "NM bone scan whole body", "2026-06-24", "Multiple new osseous lesions (ribs, pelvis): progression.")
    ch.obs(lnc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-07-20", qty(5.9, "%"))
    noise(ch, "2026-07-20", comorb=("htn", "lipid", "oa"), meds=("amlodipine", "atorva", "calcium"), cmp=(0.8, 20, 24, 0.6, 104), ecog=1)
    ch.medreq(rx("2169285", "alpelisib", "Piqray 300 mg daily dose"), d, "300 mg PO once daily with food")
    ch.medreq(D["fulvestrant"], d, "500 mg IM days 1, 15, 29 then monthly")
    case("lab11-breast-08", "breast", "alpelisib (Piqray)", "2169285", "needs-documentation", ["pik3ca"], d,
         "66-year-old postmenopausal woman with HR+/HER2- metastatic breast cancer progressing on letrozole+abemaciclib; alpelisib with fulvestrant requested with no PIK3CA test in the chart.",
         "Piqray label: with fulvestrant for HR-positive, HER2-negative, PIK3CA-mutated advanced or metastatic breast cancer (FDA-approved test) following progression on or after an endocrine-based regimen (SOLAR-1).", "HR+/HER2-, progression on endocrine therapy documented; PIK3CA status absent", ch)
    # 09 needs-documentation: datopotamab deruxtecan with no HER2 result (TROPION-Breast01)
    d, ch = "2026-10-20", Chart("lab11-breast-09", "female", "1965-07-13", "Osei", "Abena", ("urn:oid:2.16.840.1.113883.3.9991.5", "O-664120"), "cerner")
    ch.cond("C50.912", "Malignant neoplasm of unspecified site of left female breast",
            "Metastatic hormone receptor positive breast cancer, liver and nodes", "2020-03-12")
    mets(ch, "2023-02-01", "liver", "nodes")
    ch.text_obs("ESTROGEN RECEPTOR", "2023-02-09", "POSITIVE - 70% moderate to strong")
    ch.text_obs("PROGESTERONE RECEPTOR", "2023-02-09", "POSITIVE - 10%")
    ch.medstmt(T("Arimidex 1 mg + Ibrance 125 mg"), "2023-03-01", "2025-05-20")
    ch.medstmt(D["capecitabine"], "2025-06-02", "2026-09-25", note="Metastatic line 2; progression")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-09-22", "Enlarging liver metastases and new portacaval adenopathy: progression.")
    menopause(ch, "2023-02-09", "Postmenopausal")
    noise(ch, "2026-10-13", comorb=("thyroid",), meds=("levothyroxine",), cbc=(12.0, 5.5, 205, 3.4), ecog=1)
    ch.medreq(rx("2703033", "datopotamab deruxtecan", "Datroway 6 mg/kg IV"), d, "6 mg/kg IV every 3 weeks")
    case("lab11-breast-09", "breast", "datopotamab deruxtecan (Datroway)", "2703033", "needs-documentation", ["her2"], d,
         "61-year-old woman with ER+ metastatic breast cancer after anastrozole+palbociclib and capecitabine; datopotamab deruxtecan requested but HER2 status is not documented anywhere in the chart.",
         "Datroway label: unresectable or metastatic HR-positive, HER2-negative (IHC 0, 1+ or 2+/ISH-) breast cancer after prior endocrine-based therapy and chemotherapy for unresectable or metastatic disease (TROPION-Breast01).", "HR+, prior ET and metastatic chemo documented; no HER2 IHC/ISH", ch)
    # 10 refer: T-DXd for HER2-null (IHC 0, no staining) triple-negative disease
    d, ch = "2026-08-11", Chart("lab11-breast-10", "female", "1974-12-01", "Reyes", "Lucia", ("http://hospital.example.org/mrn", "MRN-448812"), "epic")
    cond_breast(ch, "C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast",
                "Metastatic triple-negative breast cancer (lung, nodes)", "2024-01-15", stage="Stage IV")
    mets(ch, "2024-11-02", "lung")
    er_pr_her2(ch, "2024-11-08", "Negative (0%)", "Negative (0%)",
               "IHC 0 - no membrane staining observed in any tumor cells (HER2-null, 4B5)", None)
    ch.text_obs("PD-L1 22C3 CPS", "2024-11-08", "CPS 12")
    ch.medstmt(D["pembrolizumab"], "2024-12-02", "2025-10-01", note="With paclitaxel, 1st line")
    ch.medstmt(D["paclitaxel"], "2024-12-02", "2025-06-01")
    ch.medstmt(D["sacituzumab"], "2025-10-20", "2026-07-15", note="2nd line, progression")
    ch.imaging("71260", "CT chest with contrast", "2026-07-10", "Increase in size of pulmonary metastases: progressive disease.")
    noise(ch, "2026-08-04", cbc=(11.0, 4.9, 198, 2.8), ecog=1)
    ch.medreq(svc_cc("J9358", "Enhertu 5.4 mg/kg IV"), d, "5.4 mg/kg IV every 3 weeks")
    case("lab11-breast-10", "breast", "fam-trastuzumab deruxtecan (Enhertu)", "J9358", "refer-to-reviewer", [], d,
         "51-year-old woman with metastatic TNBC whose tumor is HER2 IHC 0 with no membrane staining (HER2-null), after chemo-immunotherapy and sacituzumab; T-DXd requested.",
         "Enhertu label: HER2-positive, HER2-low (IHC 1+ or 2+/ISH-) after chemotherapy (DESTINY-Breast04), or HR-positive HER2-low/ultralow after endocrine therapy (DESTINY-Breast06); HER2-null HR-negative disease is in no indication.", "HER2-null (no staining) and HR-negative contradicts every breast indication", ch)
    # 11 refer: olaparib metastatic with only a BRCA2 VUS and negative tumor NGS (OlympiAD)
    d, ch = "2026-09-29", Chart("lab11-breast-11", "female", "1977-03-28", "Kowalski", "Anna", ("urn:oid:2.16.840.1.113883.3.9991.6", "K-993104"), "mcode")
    cond_breast(ch, "C50.912", "Malignant neoplasm of unspecified site of left female breast",
                "Metastatic HER2-negative breast cancer (bone, liver)", "2022-06-10", profile="mcode-primary-cancer-condition")
    mets(ch, "2025-01-12", "bone", "liver")
    er_pr_her2(ch, "2025-01-20", "Positive (60%)", "Negative", "1+", None, style="mcode")
    ch.variant("BRCA2", "2025-02-14", "c.7522G>A", "p.Gly2508Ser", sig="vus", source="germline",
               note="Germline 30-gene panel: BRCA2 variant of uncertain significance; no pathogenic or likely pathogenic variants in BRCA1 or BRCA2.")
    ch.ngs("2025-02-20", "Tumor CGP: PIK3CA wild-type; ESR1 wild-type; no BRCA1/BRCA2 alterations; TMB 3 mut/Mb; MSS.")
    ch.medstmt(D["paclitaxel"], "2025-03-01", "2025-08-15")
    ch.medstmt(D["capecitabine"], "2025-09-01", "2026-09-10", note="Progression")
    noise(ch, "2026-09-22", comorb=("depr",), cbc=(11.6, 5.1, 240, 3.0), ecog=1)
    ch.medreq(rx("1597582", "olaparib", "Lynparza 150 mg tablet"), d, "300 mg PO twice daily")
    case("lab11-breast-11", "breast", "olaparib (Lynparza)", "1597582", "refer-to-reviewer", [], d,
         "49-year-old woman with HER2-negative metastatic breast cancer after chemotherapy whose germline panel shows only a BRCA2 variant of uncertain significance and tumor NGS has no BRCA alteration; olaparib requested.",
         "Lynparza label: deleterious or suspected deleterious gBRCAm HER2-negative metastatic breast cancer previously treated with chemotherapy (OlympiAD); a VUS is not a deleterious mutation.", "BRCA testing done and negative for deleterious variants (VUS only)", ch)
    # 12 refer: margetuximab for HER2-low (IHC 2+, ISH not amplified)
    d, ch = "2026-11-03", Chart("lab11-breast-12", "female", "1969-08-08", "Fitzgerald", "Nora", ("http://hospital.example.org/mrn", "MRN-225519"), "cerner")
    ch.cond("C50.911", "Malignant neoplasm of unspecified site of right female breast",
            "Metastatic ER+ breast cancer, HER2 2+", "2021-05-05")
    mets(ch, "2023-09-01", "bone", "liver")
    er_pr_her2(ch, "2023-09-12", "POSITIVE 60%", "NEGATIVE", "2+ (EQUIVOCAL)",
               "NOT AMPLIFIED - HER2/CEP17 ratio 1.3, average HER2 copy number 3.1 signals/cell (ASCO/CAP group 5)", style="cerner")
    ch.medstmt(T("Ibrance + letrozole"), "2023-10-01", "2024-12-15")
    ch.medstmt(T("Faslodex"), "2025-01-05", "2025-06-10")
    ch.medstmt(D["capecitabine"], "2025-06-20", "2026-01-10")
    ch.medstmt(T("Enhertu 5.4 mg/kg (HER2-low)"), "2026-01-25", "2026-10-15", note="Progression")
    noise(ch, "2026-10-27", cbc=(11.2, 5.0, 180, 2.9), ecog=1)
    ch.medreq(rx("2473851", "margetuximab", "Margenza 15 mg/kg IV + vinorelbine"), d, "15 mg/kg IV every 3 weeks with chemotherapy")
    case("lab11-breast-12", "breast", "margetuximab (Margenza)", "2473851", "refer-to-reviewer", [], d,
         "57-year-old woman with ER+ metastatic breast cancer, HER2 IHC 2+ with ISH not amplified (HER2-low), after multiple lines including T-DXd; margetuximab requested.",
         "Margenza label: with chemotherapy for metastatic HER2-positive breast cancer after two or more prior anti-HER2 regimens, at least one for metastatic disease (SOPHIA); HER2-low is HER2-negative.", "HER2 IHC 2+/ISH-negative contradicts the HER2-positive requirement", ch)


# ==================================================================== NSCLC
def nsclc():
    # 01 supported: lazertinib + amivantamab, EGFR L858R, first line (MARIPOSA)
    d, ch = "2026-07-21", Chart("lab11-nsclc-01", "female", "1962-02-17", "Chen", "Mei-Ling", ("http://hospital.example.org/mrn", "MRN-610045"), "mcode")
    cond_lung(ch, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung",
              "Adenocarcinoma of right upper lobe, EGFR L858R", "2026-06-05")
    mets(ch, "2026-06-12", "brain", "bone")
    ch.stage("2026-06-15", "Stage IVB", tnm=("cT2a", "cN2", "cM1c"))
    ch.variant("EGFR", "2026-06-25", "c.2573T>G", "p.Leu858Arg", label="EGFR exon 21 L858R")
    ch.ngs("2026-06-25", "EGFR exon 21 p.L858R detected. No ALK, ROS1, RET or NTRK fusions. KRAS wild-type. TMB 4 mut/Mb.")
    ch.text_obs("PD-L1 22C3 TPS", "2026-06-25", "5%")
    ch.obs(lnc("72166-2", "Tobacco smoking status"), "2026-06-05", vcc(cc(cd(SCT, "266919005", "Never smoked tobacco"))), cat="social-history")
    ch.proc(cc(cd(CPT, "77372", "Radiation treatment delivery, stereotactic radiosurgery (SRS)"), text="SRS to 3 brain metastases"), "2026-07-02")
    noise(ch, "2026-07-14", comorb=("thyroid",), meds=("levothyroxine",), cbc=(12.8, 6.3, 260, 4.1),
          cmp=(0.7, 21, 25, 0.5), vit=(58.2, 158, 122, 76, 80), ecog=1)
    ch.medreq(rx("2691150", "lazertinib", "Lazcluze 240 mg tablet"), d, "240 mg PO once daily")
    ch.medreq(rx("2549199", "amivantamab"), d, "1050 mg IV weekly x4 then every 2 weeks (with lazertinib)")
    ch.medreq(T("Eliquis 2.5 mg BID (VTE prophylaxis first 4 months)"), d, "2.5 mg PO BID")
    case("lab11-nsclc-01", "nsclc", "lazertinib (Lazcluze) + amivantamab", "2691150", "supported", [], d,
         "64-year-old never-smoker with treatment-naive stage IVB lung adenocarcinoma harbouring EGFR L858R; first-line lazertinib with amivantamab requested.",
         "Lazcluze label: in combination with amivantamab for first-line treatment of locally advanced or metastatic NSCLC with EGFR exon 19 deletions or exon 21 L858R substitution mutations (MARIPOSA).", "EGFR L858R, metastatic, first line, amivantamab partner ordered", ch)
    # 02 supported: amivantamab + carboplatin/pemetrexed, EGFR exon 20 insertion (PAPILLON)
    d, ch = "2026-08-06", Chart("lab11-nsclc-02", "male", "1968-05-19", "Varga", "Tamas", ("urn:oid:2.16.840.1.113883.3.9991.7", "V-301122"), "cerner")
    ch.cond("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "NSCLC adenocarcinoma RLL with malignant pleural effusion", "2026-07-08")
    mets(ch, "2026-07-08", "pleura")
    ch.stage("2026-07-15", "IVA (cT3 cN1 cM1a)", coded=False)
    ch.text_obs("EGFR MUTATION ANALYSIS", "2026-07-22", "Exon 20 insertion p.A767_V769dup (c.2300_2308dup) DETECTED")
    ch.text_obs("ALK REARRANGEMENT IHC (D5F3)", "2026-07-22", "NEGATIVE")
    ch.text_obs("PD-L1 22C3 TPS", "2026-07-22", "<1%")
    ch.proc(cc(cd(CPT, "32555", "Thoracentesis, with imaging guidance"), text="Right thoracentesis, cytology positive"), "2026-07-08")
    noise(ch, "2026-07-30", comorb=("htn", "gerd"), meds=("lisinopril", "omeprazole"), cbc=(13.5, 8.1, 310, 5.6),
          cmp=(1.0, 28, 30, 0.6), ecog=1)
    ch.medreq(rx("2549199", "amivantamab", "Rybrevant 1400 mg IV (weight <80 kg)"), d, "1400 mg IV wk1-4 then 1750 mg q3w from week 7")
    ch.medreq(D["carboplatin"], d, "AUC 5 IV every 3 weeks x 4")
    ch.medreq(D["pemetrexed"], d, "500 mg/m2 IV every 3 weeks")
    case("lab11-nsclc-02", "nsclc", "amivantamab (Rybrevant)", "2549199", "supported", [], d,
         "58-year-old man with newly diagnosed stage IVA lung adenocarcinoma with an EGFR exon 20 insertion; first-line amivantamab with carboplatin and pemetrexed requested.",
         "Rybrevant label: in combination with carboplatin and pemetrexed for first-line treatment of locally advanced or metastatic NSCLC with EGFR exon 20 insertion mutations (PAPILLON).", "EGFR exon 20 insertion, first line, carboplatin+pemetrexed partners ordered", ch)
    # 03 supported: adagrasib, KRAS G12C after chemo-immunotherapy (KRYSTAL-1/-12)
    d, ch = "2026-09-09", Chart("lab11-nsclc-03", "male", "1955-01-30", "Whitfield", "George", ("http://hospital.example.org/mrn", "MRN-073391"), "foundation")
    cond_lung(ch, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "Metastatic NSCLC, adenocarcinoma, LUL", "2025-05-20", stage="Stage IV")
    mets(ch, "2025-05-20", "adrenal", "bone")
    ch.ngs("2025-06-04", "KRAS G12C (c.34G>T) detected; STK11 wild-type; KEAP1 wild-type; TMB 8 mut/Mb; MSS. No EGFR, ALK, ROS1, BRAF, MET or RET alterations.",
           name="FoundationOne CDx")
    ch.obs(lnc("72166-2", "Tobacco smoking status"), "2025-05-20", vcc(cc(cd(SCT, "8517006", "Ex-smoker"), text="Former smoker, 45 pack-years")), cat="social-history")
    ch.medstmt(T("Carboplatin AUC5 + pemetrexed 500 mg/m2 + Keytruda 200 mg q3w x4, then pemetrexed/Keytruda maintenance"), "2025-06-16", "2026-08-12")
    ch.imaging("71260", "CT chest with contrast", "2026-08-10", "New right adrenal enlargement and enlarging LUL mass: progression.")
    noise(ch, "2026-09-02", comorb=("copd", "htn"), meds=("amlodipine",), cbc=(12.1, 7.7, 244), cmp=(1.1, 18, 22, 0.7), ecog=1)
    ch.medreq(rx("2625882", "adagrasib", "Krazati 200 mg tablet"), d, "600 mg PO twice daily")
    case("lab11-nsclc-03", "nsclc", "adagrasib (Krazati)", "2625882", "supported", [], d,
         "71-year-old former smoker with KRAS G12C metastatic NSCLC progressing after carboplatin/pemetrexed/pembrolizumab; adagrasib requested.",
         "Krazati label: KRAS G12C-mutated locally advanced or metastatic NSCLC (FDA-approved test) after at least one prior systemic therapy (KRYSTAL-1, confirmed in KRYSTAL-12).", "KRAS G12C, one prior systemic line", ch)
    # 04 supported: durvalumab consolidation after concurrent chemoradiation (PACIFIC)
    d, ch = "2026-07-07", Chart("lab11-nsclc-04", "male", "1960-10-03", "Lindgren", "Erik", ("urn:oid:2.16.840.1.113883.3.9991.8", "L-118733"), "epic")
    cond_lung(ch, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung",
              "Squamous cell carcinoma of right upper lobe, locally advanced", "2026-02-20", stage="IIIA")
    ch.stage("2026-03-02", "Stage IIIA (AJCC 8th)")
    ch.text_obs("TUMOR BOARD", "2026-03-05", "Bulky multistation N2 disease - unresectable; concurrent chemoradiation recommended", cat="exam")
    ch.medstmt(D["cisplatin"], "2026-03-30", "2026-05-15", note="Concurrent with RT")
    ch.medstmt(D["etoposide"], "2026-03-30", "2026-05-15", note="Concurrent with RT")
    ch.proc(cc(cd(CPT, "77386", "Intensity modulated radiation treatment delivery, complex"), text="IMRT 60 Gy in 30 fractions to RUL primary and mediastinum"), "2026-03-30", end="2026-05-11")
    ch.imaging("71260", "CT chest with contrast", "2026-06-22", "Partial response of RUL mass and mediastinal nodes after chemoradiation. No new lesions. No evidence of progression.")
    ch.text_obs("PD-L1 22C3 TPS", "2026-02-28", "30%")
    ch.text_obs("EGFR/ALK", "2026-02-28", "EGFR not detected; ALK negative")
    noise(ch, "2026-06-30", comorb=("copd", "afib"), meds=("apixaban",), cbc=(11.8, 5.9, 201), cmp=(0.9, 25, 27, 0.6), ecog=1)
    ch.medreq(rx("1919503", "durvalumab", "Imfinzi 1500 mg IV"), d, "1500 mg IV every 4 weeks for up to 12 months")
    case("lab11-nsclc-04", "nsclc", "durvalumab (Imfinzi)", "1919503", "supported", [], d,
         "65-year-old man with unresectable stage IIIA squamous NSCLC without progression after concurrent cisplatin/etoposide and 60 Gy; consolidation durvalumab requested.",
         "Imfinzi label: unresectable Stage III NSCLC whose disease has not progressed following concurrent platinum-based chemotherapy and radiation therapy (PACIFIC).", "stage III unresectable, concurrent platinum CRT completed, no progression", ch)
    # 05 supported: repotrectinib, ROS1 fusion (TRIDENT-1)
    d, ch = "2026-10-13", Chart("lab11-nsclc-05", "female", "1982-04-11", "Ibrahim", "Salma", ("http://hospital.example.org/mrn", "MRN-557204"), "foundation")
    cond_lung(ch, "C34.32", "Malignant neoplasm of lower lobe, left bronchus or lung", "Metastatic lung adenocarcinoma, ROS1-rearranged", "2026-09-01", stage="IV")
    mets(ch, "2026-09-01", "bone", "liver")
    ch.ngs("2026-09-18", "CD74::ROS1 fusion detected (RNA). No EGFR, KRAS, ALK, BRAF, MET or RET alterations. TMB 2 mut/Mb.", name="Tissue RNA/DNA NGS panel")
    ch.text_obs("ROS1 REARRANGEMENT (FISH)", "2026-09-12", "POSITIVE - break-apart signals in 64% of nuclei")
    noise(ch, "2026-10-06", comorb=("depr",), meds=("sertraline",), cbc=(13.0, 6.6, 275, 4.0), cmp=(0.6, 30, 33, 0.5), vit=(54.0, 161, 110, 70, 84), ecog=0)
    ch.medreq(rx("2670644", "repotrectinib", "Augtyro 40 mg capsule"), d, "160 mg PO daily x14 days then 160 mg twice daily")
    case("lab11-nsclc-05", "nsclc", "repotrectinib (Augtyro)", "2670644", "supported", [], d,
         "44-year-old woman with metastatic lung adenocarcinoma harbouring a CD74-ROS1 fusion, TKI-naive; repotrectinib requested.",
         "Augtyro label: locally advanced or metastatic ROS1-positive NSCLC (TRIDENT-1).", "ROS1 fusion by NGS and FISH, metastatic", ch)
    # 06 supported: binimetinib + encorafenib, BRAF V600E (PHAROS)
    d, ch = "2026-08-27", Chart("lab11-nsclc-06", "male", "1957-07-07", "Dubois", "Henri", ("urn:oid:2.16.840.1.113883.3.9991.9", "D-442019"), "mcode")
    cond_lung(ch, "C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung", "Metastatic NSCLC, adenocarcinoma, BRAF V600E", "2026-07-29")
    mets(ch, "2026-07-29", "liver", "bone")
    ch.stage("2026-08-03", "Stage IVB", tnm=("cT3", "cN2", "cM1c"))
    ch.variant("BRAF", "2026-08-14", "c.1799T>A", "p.Val600Glu", label="BRAF V600E")
    ch.text_obs("PD-L1 22C3 TPS", "2026-08-14", "60%")
    noise(ch, "2026-08-20", comorb=("htn", "lipid", "ckd"), meds=("atorva", "lisinopril"), cbc=(13.2, 7.4, 229), cmp=(1.3, 24, 29, 0.8), ecog=1)
    ch.medreq(rx("2049106", "encorafenib"), d, "450 mg PO once daily")
    ch.medreq(rx("2049122", "binimetinib", "Mektovi 15 mg tablet"), d, "45 mg PO twice daily")
    case("lab11-nsclc-06", "nsclc", "binimetinib (Mektovi) + encorafenib", "2049122", "supported", [], d,
         "69-year-old man with treatment-naive metastatic NSCLC with BRAF V600E; binimetinib with encorafenib requested.",
         "Mektovi label: in combination with encorafenib for metastatic NSCLC with a BRAF V600E mutation (FDA-approved test) (PHAROS).", "BRAF V600E, metastatic, encorafenib partner ordered", ch)
    # 07 needs-documentation: tepotinib with no MET result (VISION)
    d, ch = "2026-09-22", Chart("lab11-nsclc-07", "female", "1948-03-03", "Sorensen", "Inge", ("http://hospital.example.org/mrn", "MRN-004417"), "cerner")
    ch.cond("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "Lung adenocarcinoma RUL, metastatic to bone", "2026-08-14")
    mets(ch, "2026-08-14", "bone")
    ch.stage("2026-08-20", "STAGE IVA", coded=False)
    ch.text_obs("EGFR MUTATION PCR (COBAS)", "2026-08-25", "NOT DETECTED")
    ch.text_obs("ALK IHC (D5F3)", "2026-08-25", "NEGATIVE")
    ch.text_obs("PD-L1 22C3 TPS", "2026-08-25", "20%")
    noise(ch, "2026-09-15", comorb=("htn", "oa"), meds=("amlodipine", "vitd"), cbc=(12.4, 6.2, 233), cmp=(1.0, 16, 20, 0.5), ecog=1)
    case("lab11-nsclc-07", "nsclc", "tepotinib (Tepmetko)", "2477103", "needs-documentation", ["met"], d,
         "78-year-old woman with metastatic lung adenocarcinoma (EGFR and ALK negative); tepotinib requested but no MET exon 14 skipping result is in the chart.",
         "Tepmetko label: metastatic NSCLC harboring MET exon 14 skipping alterations (VISION).", "metastatic NSCLC documented; MET status absent", ch)
    # 08 needs-documentation: osimertinib after chemoradiation, stage not documented (LAURA)
    d, ch = "2026-08-19", Chart("lab11-nsclc-08", "female", "1966-06-24", "Tanaka", "Yuko", ("urn:oid:2.16.840.1.113883.3.9991.10", "T-550193"), "mcode")
    cond_lung(ch, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "Adenocarcinoma of left upper lobe, EGFR exon 19 deletion", "2026-02-10")
    ch.variant("EGFR", "2026-02-24", "c.2235_2249del", "p.Glu746_Ala750del", label="EGFR exon 19 deletion")
    ch.text_obs("TUMOR BOARD", "2026-03-01", "Not a surgical candidate; definitive concurrent chemoradiation", cat="exam")
    ch.medstmt(D["carboplatin"], "2026-03-16", "2026-04-27", note="Weekly, concurrent with RT")
    ch.medstmt(D["paclitaxel"], "2026-03-16", "2026-04-27", note="Weekly, concurrent with RT")
    ch.proc(cc(cd(CPT, "77386", "Intensity modulated radiation treatment delivery, complex"), text="Thoracic IMRT 60 Gy/30 fx"), "2026-03-16", end="2026-04-27")
    ch.imaging("71260", "CT chest with contrast", "2026-07-30", "Post-radiation changes. Decrease in LUL primary. No new lesions; no progression.")
    noise(ch, "2026-08-12", comorb=("gerd",), meds=("omeprazole",), cbc=(12.6, 5.3, 212), cmp=(0.7, 19, 21, 0.4), ecog=0)
    ch.medreq(rx("1721560", "osimertinib", "Tagrisso 80 mg tablet"), d, "80 mg PO once daily")
    case("lab11-nsclc-08", "nsclc", "osimertinib (Tagrisso)", "1721560", "needs-documentation", ["stage"], d,
         "60-year-old woman with EGFR exon 19-deleted lung adenocarcinoma without progression after concurrent carboplatin/paclitaxel and 60 Gy; osimertinib requested but no stage is recorded.",
         "Tagrisso label: locally advanced, unresectable (stage III) NSCLC with EGFR exon 19 deletion or L858R whose disease has not progressed during or following platinum-based chemoradiation (LAURA); other indications are resected IB-IIIA or metastatic disease.", "EGFR ex19del and CRT documented; stage group absent", ch)
    # 09 needs-documentation: dabrafenib + trametinib with no BRAF result
    d, ch = "2026-10-27", Chart("lab11-nsclc-09", "male", "1969-09-15", "Moretti", "Paolo", ("http://hospital.example.org/mrn", "MRN-880312"), "epic")
    cond_lung(ch, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "Metastatic adenocarcinoma of lung", "2026-09-20", stage="Stage IVA")
    mets(ch, "2026-09-20", "pleura", "bone")
    ch.stage("2026-09-25", "Stage IVA (AJCC 8th)")
    ch.text_obs("EGFR PCR", "2026-10-02", "Negative")
    ch.text_obs("ALK IHC", "2026-10-02", "Negative")
    ch.text_obs("ROS1 FISH", "2026-10-02", "Negative")
    noise(ch, "2026-10-20", comorb=("htn",), meds=("lisinopril",), cbc=(14.0, 8.0, 301), cmp=(0.9, 22, 24, 0.6), ecog=1)
    ch.medreq(rx("1424911", "dabrafenib", "Tafinlar 75 mg capsule"), d, "150 mg PO twice daily")
    ch.medreq(T("Mekinist 2 mg tablet"), d, "2 mg PO once daily")
    case("lab11-nsclc-09", "nsclc", "dabrafenib (Tafinlar) + trametinib", "1424911", "needs-documentation", ["braf"], d,
         "57-year-old man with metastatic lung adenocarcinoma (EGFR, ALK, ROS1 negative); dabrafenib with trametinib requested but no BRAF result is documented.",
         "Tafinlar label: in combination with trametinib for metastatic NSCLC with BRAF V600E mutation (FDA-approved test) (BRF113928).", "metastatic NSCLC documented; BRAF status absent", ch)
    # 10 refer: sotorasib for KRAS G12V
    d, ch = "2026-07-30", Chart("lab11-nsclc-10", "female", "1958-08-02", "Nilsen", "Karin", ("urn:oid:2.16.840.1.113883.3.9991.11", "N-330871"), "mcode")
    cond_lung(ch, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "Metastatic NSCLC, adenocarcinoma", "2025-03-15")
    mets(ch, "2025-03-15", "liver")
    ch.stage("2025-03-20", "Stage IVB", tnm=("cT4", "cN3", "cM1c"))
    ch.variant("KRAS", "2025-04-01", "c.35G>T", "p.Gly12Val", label="KRAS G12V")
    ch.ngs("2025-04-01", "KRAS G12V (c.35G>T) detected; KRAS G12C not detected. TP53 R273H. TMB 11 mut/Mb.")
    ch.medstmt(T("Carboplatin/pemetrexed/pembrolizumab"), "2025-04-14", "2026-07-01", note="Progression")
    noise(ch, "2026-07-23", comorb=("copd",), cbc=(11.9, 6.8, 250), cmp=(0.8, 30, 35, 0.7), ecog=1)
    ch.medreq(rx("2550714", "sotorasib", "Lumakras 320 mg tablet"), d, "960 mg PO once daily")
    case("lab11-nsclc-10", "nsclc", "sotorasib (Lumakras)", "2550714", "refer-to-reviewer", [], d,
         "67-year-old woman with metastatic NSCLC with KRAS G12V (G12C not detected) after chemo-immunotherapy; sotorasib requested.",
         "Lumakras label: KRAS G12C-mutated locally advanced or metastatic NSCLC after at least one prior systemic therapy (CodeBreaK 100); G12V is a different KRAS variant.", "KRAS G12V, G12C explicitly not detected", ch)
    # 11 refer: necitumumab for non-squamous NSCLC
    d, ch = "2026-09-03", Chart("lab11-nsclc-11", "male", "1964-01-12", "Kaminski", "Piotr", ("http://hospital.example.org/mrn", "MRN-912004"), "cerner")
    ch.cond("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "Metastatic non-small cell lung carcinoma", "2026-08-05")
    mets(ch, "2026-08-05", "bone", "adrenal")
    ch.stage("2026-08-10", "IVB", coded=False)
    ch.text_obs("SURGICAL PATHOLOGY DIAGNOSIS", "2026-08-05", "ADENOCARCINOMA, acinar predominant; TTF-1 positive, Napsin A positive, p40 negative")
    ch.text_obs("EGFR/ALK/ROS1", "2026-08-12", "No EGFR mutation; ALK and ROS1 negative")
    ch.text_obs("PD-L1 22C3 TPS", "2026-08-12", "10%")
    noise(ch, "2026-08-27", comorb=("htn", "dm"), meds=("metformin", "lisinopril"), cbc=(13.1, 7.2, 266), cmp=(1.0, 20, 23, 0.6, 131), ecog=1)
    ch.medreq(rx("1723738", "necitumumab", "Portrazza 800 mg IV"), d, "800 mg IV days 1 and 8 every 3 weeks")
    ch.medreq(D["gemcitabine"], d, "1250 mg/m2 IV days 1 and 8")
    ch.medreq(D["cisplatin"], d, "75 mg/m2 IV day 1")
    case("lab11-nsclc-11", "nsclc", "necitumumab (Portrazza)", "1723738", "refer-to-reviewer", [], d,
         "62-year-old man with metastatic lung adenocarcinoma (TTF-1+, p40-) planned for gemcitabine/cisplatin; necitumumab requested.",
         "Portrazza label: with gemcitabine and cisplatin for first-line metastatic squamous NSCLC (SQUIRE); limitation of use: not indicated for non-squamous NSCLC.", "non-squamous histology falls under the label's limitation of use", ch)
    # 12 refer: capmatinib for MET amplification without exon 14 skipping
    d, ch = "2026-10-08", Chart("lab11-nsclc-12", "male", "1953-05-05", "O'Brien", "Declan", ("urn:oid:2.16.840.1.113883.3.9991.12", "O-117729"), "foundation")
    cond_lung(ch, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "Metastatic NSCLC", "2025-10-01", stage="Stage IVA")
    mets(ch, "2025-10-01", "pleura")
    ch.ngs("2025-10-20", "MET amplification (estimated copy number 9). MET exon 14 skipping alteration NOT detected. EGFR, ALK, ROS1, RET, BRAF negative. TMB 6 mut/Mb.")
    ch.medstmt(T("Carboplatin + paclitaxel + pembrolizumab"), "2025-11-03", "2026-09-15", note="Progression")
    noise(ch, "2026-10-01", comorb=("copd", "bph"), meds=("tamsulosin",), cbc=(12.9, 6.1, 230), cmp=(1.1, 18, 20, 0.6), ecog=1)
    ch.medreq(rx("2362165", "capmatinib", "Tabrecta 200 mg tablet"), d, "400 mg PO twice daily")
    case("lab11-nsclc-12", "nsclc", "capmatinib (Tabrecta)", "2362165", "refer-to-reviewer", [], d,
         "73-year-old man with metastatic NSCLC showing MET amplification but no MET exon 14 skipping, after chemo-immunotherapy; capmatinib requested.",
         "Tabrecta label: metastatic NSCLC whose tumors have a mutation that leads to MET exon 14 skipping (GEOMETRY mono-1); MET amplification alone is not labelled.", "MET exon 14 skipping explicitly not detected", ch)


# =============================================================== COLORECTAL
def colorectal():
    # 01 supported: trifluridine/tipiracil + bevacizumab, RAS-mutant (SUNLIGHT)
    d, ch = "2026-07-16", Chart("lab11-colorectal-01", "male", "1962-03-08", "Baptiste", "Jean", ("http://hospital.example.org/mrn", "MRN-301877"), "mcode")
    cond_crc(ch, "C18.7", "Malignant neoplasm of sigmoid colon", "Metastatic adenocarcinoma of sigmoid colon (liver)", "2024-08-02")
    mets(ch, "2024-08-02", "liver")
    ch.stage("2024-08-10", "Stage IVA", tnm=("cT3", "cN1", "cM1a"))
    ch.variant("KRAS", "2024-08-20", "c.35G>A", "p.Gly12Asp", label="KRAS G12D")
    msi(ch, "2024-08-20", "Microsatellite stable (MSS)")
    ch.medstmt(T("FOLFOX (oxaliplatin/leucovorin/5-FU) + bevacizumab"), "2024-09-03", "2025-06-10")
    ch.medstmt(T("FOLFIRI (irinotecan/leucovorin/5-FU) + bevacizumab"), "2025-06-24", "2026-06-23", note="Progression")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-06-20", "Enlarging hepatic metastases and new peritoneal nodules: progression.")
    ch.obs(lnc("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma"), "2026-07-08", qty(88.4, "ng/mL"))
    noise(ch, "2026-07-08", comorb=("htn", "dm"), meds=("metformin", "amlodipine"), cbc=(11.7, 5.0, 190, 2.9), cmp=(1.0, 35, 40, 0.8, 128), ecog=1)
    ch.medreq(D["trifluridine"], d, "35 mg/m2 PO BID days 1-5 and 8-12 every 28 days")
    ch.medreq(D["bevacizumab"], d, "5 mg/kg IV days 1 and 15")
    case("lab11-colorectal-01", "colorectal", "trifluridine/tipiracil (Lonsurf) + bevacizumab", "10803", "supported", [], d,
         "64-year-old man with KRAS G12D metastatic colon cancer after FOLFOX-bevacizumab and FOLFIRI-bevacizumab; trifluridine/tipiracil with bevacizumab requested.",
         "Lonsurf label: alone or with bevacizumab for mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF biological therapy, and if RAS wild-type an anti-EGFR therapy (RECOURSE, SUNLIGHT).", "all prior classes documented; RAS-mutant so no anti-EGFR required", ch)
    # 02 supported: fruquintinib after all standard lines (FRESCO-2)
    d, ch = "2026-08-13", Chart("lab11-colorectal-02", "female", "1967-04-25", "Novak", "Petra", ("urn:oid:2.16.840.1.113883.3.9991.13", "N-771002"), "epic")
    cond_crc(ch, "C18.2", "Malignant neoplasm of ascending colon", "Metastatic adenocarcinoma of ascending colon", "2023-10-05", stage="Stage IVB")
    mets(ch, "2023-10-05", "liver", "lung")
    ch.stage("2023-10-12", "Stage IVB (AJCC 8th)")
    ch.ngs("2023-10-25", "KRAS, NRAS (exons 2-4) and BRAF wild-type. HER2 not amplified. MSS. TMB 4 mut/Mb.", name="Colorectal NGS panel")
    ch.medstmt(T("FOLFOX + bevacizumab"), "2023-11-06", "2024-05-20")
    ch.medstmt(D["panitumumab"], "2024-06-03", "2025-04-14", note="With FOLFIRI")
    ch.medstmt(D["irinotecan"], "2024-06-03", "2025-04-14")
    ch.medstmt(D["trifluridine"], "2025-05-05", "2026-07-20", note="With bevacizumab; progression")
    ch.imaging("71260", "CT chest with contrast", "2026-07-18", "Multiple enlarging pulmonary metastases: progression.")
    noise(ch, "2026-08-06", comorb=("htn",), meds=("lisinopril",), cbc=(12.0, 6.1, 201), cmp=(0.8, 22, 27, 0.6), vit=(66.5, 165, 134, 82, 78), ecog=1)
    ch.medreq(rx("2670179", "fruquintinib", "Fruzaqla 5 mg capsule"), d, "5 mg PO daily days 1-21 every 28 days")
    case("lab11-colorectal-02", "colorectal", "fruquintinib (Fruzaqla)", "2670179", "supported", [], d,
         "59-year-old woman with RAS/BRAF wild-type MSS metastatic colon cancer after FOLFOX-bevacizumab, FOLFIRI-panitumumab and trifluridine/tipiracil-bevacizumab; fruquintinib requested.",
         "Fruzaqla label: mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, and if RAS wild-type and medically appropriate an anti-EGFR therapy (FRESCO-2).", "RAS wt with anti-EGFR given; all prior classes documented", ch)
    # 03 supported: ipilimumab + nivolumab, first line MSI-H/dMMR (CheckMate 8HW)
    d, ch = "2026-09-01", Chart("lab11-colorectal-03", "female", "1978-02-14", "Santos", "Beatriz", ("http://hospital.example.org/mrn", "MRN-664190"), "cerner")
    ch.cond("C18.0", "Malignant neoplasm of cecum", "Metastatic cecal adenocarcinoma, mismatch repair deficient", "2026-07-28")
    mets(ch, "2026-07-28", "perit", "liver")
    ch.stage("2026-08-04", "STAGE IVC", coded=False)
    mmr(ch, "2026-08-06", "Loss of nuclear expression of MLH1 and PMS2; MSH2 and MSH6 retained (dMMR)")
    msi(ch, "2026-08-06", "MSI-High (PCR, 4/5 markers unstable)")
    ch.text_obs("MLH1 PROMOTER METHYLATION", "2026-08-06", "DETECTED")
    ch.text_obs("KRAS/NRAS/BRAF", "2026-08-06", "KRAS wild-type; NRAS wild-type; BRAF V600E not detected")
    noise(ch, "2026-08-25", comorb=("thyroid",), meds=("levothyroxine",), cbc=(10.9, 7.5, 356, 5.2), cmp=(0.7, 14, 18, 0.4), ecog=0)
    ch.medreq(rx("1094833", "ipilimumab", "Yervoy 1 mg/kg IV"), d, "1 mg/kg IV every 3 weeks x 4 doses with nivolumab")
    ch.medreq(D["nivolumab"], d, "240 mg IV every 3 weeks x 4, then 480 mg every 4 weeks")
    case("lab11-colorectal-03", "colorectal", "ipilimumab (Yervoy) + nivolumab", "1094833", "supported", [], d,
         "48-year-old woman with newly diagnosed MSI-H/dMMR metastatic cecal cancer; first-line nivolumab plus ipilimumab requested.",
         "Yervoy/Opdivo labels: ipilimumab with nivolumab for adult and pediatric (12+) patients with unresectable or metastatic MSI-H or dMMR colorectal cancer (CheckMate 8HW, CheckMate 142).", "dMMR by IHC + MSI-H by PCR, metastatic, nivolumab partner ordered", ch)
    # 04 supported: encorafenib + cetuximab + mFOLFOX6, first line BRAF V600E (BREAKWATER)
    d, ch = "2026-07-23", Chart("lab11-colorectal-04", "female", "1965-11-30", "Kaur", "Harpreet", ("urn:oid:2.16.840.1.113883.3.9991.14", "K-220981"), "mcode")
    cond_crc(ch, "C18.4", "Malignant neoplasm of transverse colon", "Metastatic transverse colon adenocarcinoma, BRAF V600E", "2026-06-18")
    mets(ch, "2026-06-18", "liver", "nodes")
    ch.stage("2026-06-25", "Stage IVB", tnm=("cT4a", "cN2", "cM1b"))
    ch.variant("BRAF", "2026-07-02", "c.1799T>A", "p.Val600Glu", label="BRAF V600E")
    msi(ch, "2026-07-02", "Microsatellite stable")
    ch.variant("KRAS", "2026-07-02", present=False, note="KRAS exons 2-4 wild-type")
    noise(ch, "2026-07-16", comorb=("lipid",), meds=("atorva",), cbc=(11.2, 6.9, 322, 4.4), cmp=(0.8, 40, 46, 0.9), ecog=1)
    ch.medreq(rx("2049106", "encorafenib", "Braftovi 75 mg capsule"), d, "300 mg PO once daily")
    ch.medreq(D["cetuximab"], d, "500 mg/m2 IV every 2 weeks")
    ch.medreq(T("mFOLFOX6: oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus + 2400 mg/m2 46h"), d, "every 2 weeks")
    case("lab11-colorectal-04", "colorectal", "encorafenib (Braftovi) + cetuximab + mFOLFOX6", "2049106", "supported", [], d,
         "60-year-old woman with untreated BRAF V600E MSS metastatic colon cancer; encorafenib with cetuximab and mFOLFOX6 requested.",
         "Braftovi label: with cetuximab and mFOLFOX6 for mCRC with BRAF V600E (BREAKWATER), or with cetuximab after prior therapy (BEACON).", "BRAF V600E, first line, cetuximab + mFOLFOX6 partners ordered", ch)
    # 05 supported: sotorasib + panitumumab, KRAS G12C after chemo (CodeBreaK 300)
    d, ch = "2026-10-01", Chart("lab11-colorectal-05", "male", "1960-06-06", "Hughes", "Martin", ("http://hospital.example.org/mrn", "MRN-550332"), "foundation")
    cond_crc(ch, "C20", "Malignant neoplasm of rectum", "Metastatic rectal adenocarcinoma (lung, liver)", "2024-04-09", stage="Stage IV")
    mets(ch, "2024-04-09", "lung", "liver")
    ch.ngs("2024-04-30", "KRAS G12C detected; NRAS wild-type; BRAF wild-type; MSS; TMB 5 mut/Mb.", name="FoundationOne CDx")
    ch.medstmt(T("CAPOX (capecitabine + oxaliplatin)"), "2024-05-13", "2025-01-20")
    ch.medstmt(T("FOLFIRI + Avastin"), "2025-02-03", "2026-09-08", note="Progression")
    noise(ch, "2026-09-24", comorb=("htn", "gerd"), meds=("lisinopril", "omeprazole"), cbc=(12.5, 6.4, 215), cmp=(0.9, 26, 29, 0.7), ecog=1)
    ch.medreq(rx("2550714", "sotorasib", "Lumakras 240 mg tablet"), d, "960 mg PO once daily")
    ch.medreq(D["panitumumab"], d, "6 mg/kg IV every 2 weeks")
    case("lab11-colorectal-05", "colorectal", "sotorasib (Lumakras) + panitumumab", "2550714", "supported", [], d,
         "66-year-old man with KRAS G12C metastatic rectal cancer after CAPOX and FOLFIRI-bevacizumab; sotorasib with panitumumab requested.",
         "Lumakras label: with panitumumab for KRAS G12C-mutated mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (CodeBreaK 300).", "KRAS G12C, all three chemo backbones given, panitumumab partner ordered", ch)
    # 06 supported: larotrectinib, NTRK1 fusion (tumor-agnostic)
    d, ch = "2026-11-10", Chart("lab11-colorectal-06", "male", "1973-01-19", "Adeyemi", "Tunde", ("urn:oid:2.16.840.1.113883.3.9991.15", "A-881230"), "epic")
    cond_crc(ch, "C18.9", "Malignant neoplasm of colon, unspecified", "Metastatic colon adenocarcinoma, NTRK1 fusion", "2025-02-11", stage="Stage IV")
    mets(ch, "2025-02-11", "liver", "perit")
    ch.ngs("2025-03-05", "TPM3::NTRK1 fusion detected (RNA). No NTRK kinase-domain resistance mutations (G595R, G667C not detected). KRAS/NRAS/BRAF wild-type. MSS.",
           name="RNA fusion panel")
    ch.medstmt(T("FOLFOX"), "2025-03-17", "2025-10-06")
    ch.medstmt(T("FOLFIRI + bevacizumab"), "2025-10-20", "2026-10-19", note="Progression")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-10-15", "Progressive peritoneal carcinomatosis and new hepatic lesions.")
    noise(ch, "2026-11-03", cbc=(11.5, 5.6, 240), cmp=(0.9, 31, 36, 0.7), ecog=1)
    case("lab11-colorectal-06", "colorectal", "larotrectinib (Vitrakvi)", "2105628", "supported", [], d,
         "53-year-old man with metastatic colon cancer harbouring a TPM3-NTRK1 fusion that progressed on FOLFOX and FOLFIRI-bevacizumab; larotrectinib requested.",
         "Vitrakvi label: solid tumors with an NTRK gene fusion without a known acquired resistance mutation that are metastatic and have progressed following treatment or have no satisfactory alternative (LOXO-TRK-14001, SCOUT, NAVIGATE).", "NTRK1 fusion, no resistance mutation, metastatic, progressed on standard therapy", ch)
    # 07 needs-documentation: regorafenib with no RAS result (CORRECT)
    d, ch = "2026-08-20", Chart("lab11-colorectal-07", "male", "1956-09-27", "Larsen", "Bjorn", ("http://hospital.example.org/mrn", "MRN-190024"), "cerner")
    ch.cond("C18.6", "Malignant neoplasm of descending colon", "Metastatic descending colon adenocarcinoma", "2023-06-14")
    mets(ch, "2023-06-14", "liver")
    mmr(ch, "2023-06-20", "MLH1, PMS2, MSH2, MSH6: intact nuclear expression (proficient MMR)")
    ch.medstmt(T("FOLFOX + Avastin"), "2023-07-10", "2024-03-18")
    ch.medstmt(T("FOLFIRI + Avastin"), "2024-04-01", "2025-05-12")
    ch.medstmt(T("Lonsurf + Avastin"), "2025-05-26", "2026-07-27", note="Progression")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-07-25", "Increase in size and number of liver metastases.")
    noise(ch, "2026-08-13", comorb=("htn", "ckd"), meds=("amlodipine",), cbc=(11.0, 5.2, 170), cmp=(1.4, 38, 42, 1.0), ecog=1)
    ch.medreq(rx("1312397", "regorafenib", "Stivarga 40 mg tablet"), d, "80 mg daily week 1, titrate to 160 mg, days 1-21 q28d")
    case("lab11-colorectal-07", "colorectal", "regorafenib (Stivarga)", "1312397", "needs-documentation", ["ras"], d,
         "69-year-old man with pMMR metastatic colon cancer after FOLFOX-, FOLFIRI- and trifluridine/tipiracil-bevacizumab, never on anti-EGFR; regorafenib requested but no RAS result is in the chart.",
         "Stivarga label: mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, and if RAS wild-type an anti-EGFR therapy (CORRECT).", "without RAS status the anti-EGFR prerequisite cannot be judged", ch)
    # 08 needs-documentation: tucatinib + trastuzumab, RAS wt but no HER2 result (MOUNTAINEER)
    d, ch = "2026-09-17", Chart("lab11-colorectal-08", "female", "1970-05-03", "Duarte", "Ines", ("urn:oid:2.16.840.1.113883.3.9991.16", "D-300457"), "cerner")
    ch.cond("C18.7", "Malignant neoplasm of sigmoid colon", "Metastatic sigmoid adenocarcinoma, liver and lung", "2024-10-22")
    mets(ch, "2024-10-22", "liver", "lung")
    ch.text_obs("RAS MUTATION ANALYSIS", "2024-11-05", "KRAS exons 2, 3, 4 and NRAS exons 2, 3, 4: NO MUTATIONS DETECTED")
    ch.text_obs("BRAF V600E", "2024-11-05", "NOT DETECTED")
    mmr(ch, "2024-11-05", "Intact expression of all four MMR proteins")
    ch.medstmt(T("FOLFOX + bevacizumab"), "2024-11-18", "2025-07-14")
    ch.medstmt(T("FOLFIRI + bevacizumab"), "2025-07-28", "2026-08-31", note="Progression")
    noise(ch, "2026-09-10", comorb=("depr",), meds=("sertraline",), cbc=(12.3, 6.0, 222), cmp=(0.7, 24, 26, 0.5), ecog=0)
    ch.medreq(rx("2361285", "tucatinib", "Tukysa 150 mg tablet"), d, "300 mg PO twice daily")
    ch.medreq(D["trastuzumab"], d, "8 mg/kg loading then 6 mg/kg IV every 3 weeks")
    case("lab11-colorectal-08", "colorectal", "tucatinib (Tukysa) + trastuzumab", "2361285", "needs-documentation", ["her2"], d,
         "56-year-old woman with RAS wild-type metastatic sigmoid cancer after FOLFOX- and FOLFIRI-bevacizumab; tucatinib with trastuzumab requested but no HER2 test is documented.",
         "Tukysa label: with trastuzumab for RAS wild-type, HER2-positive unresectable or metastatic colorectal cancer that progressed following fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (MOUNTAINEER).", "RAS wt and prior chemo documented; HER2 status absent", ch)
    # 09 needs-documentation: ziv-aflibercept + FOLFIRI with no prior-therapy record (VELOUR)
    d, ch = "2026-10-15", Chart("lab11-colorectal-09", "male", "1964-12-09", "Papadopoulos", "Nikos", ("http://hospital.example.org/mrn", "MRN-720118"), "epic")
    cond_crc(ch, "C18.2", "Malignant neoplasm of ascending colon", "Metastatic colon cancer (liver, lung) - transferred care", "2025-09-30", stage="Stage IVB")
    mets(ch, "2025-09-30", "liver", "lung")
    ch.variant("KRAS", "2025-10-15", "c.38G>A", "p.Gly13Asp", label="KRAS G13D")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-10-02", "Interval enlargement of hepatic metastases compared with outside study of 2026-05: progression.")
    noise(ch, "2026-10-08", comorb=("htn", "lipid"), meds=("lisinopril", "atorva"), cbc=(12.8, 6.5, 248), cmp=(1.0, 29, 33, 0.6), ecog=1)
    ch.medreq(rx("1304475", "ziv-aflibercept", "Zaltrap 4 mg/kg IV"), d, "4 mg/kg IV every 2 weeks with FOLFIRI")
    ch.medreq(T("FOLFIRI: irinotecan 180 mg/m2, leucovorin 400 mg/m2, 5-FU bolus + 46h infusion"), d, "every 2 weeks")
    case("lab11-colorectal-09", "colorectal", "ziv-aflibercept (Zaltrap) + FOLFIRI", "1304475", "needs-documentation", ["prior_therapy"], d,
         "61-year-old man with KRAS G13D metastatic colon cancer who transferred care with progression on imaging; ziv-aflibercept with FOLFIRI requested but no prior oxaliplatin regimen is documented.",
         "Zaltrap label: with FOLFIRI for mCRC that is resistant to or has progressed following an oxaliplatin-containing regimen (VELOUR).", "progression documented but the prior oxaliplatin regimen is not", ch)
    # 10 refer: encorafenib + cetuximab for BRAF D594G (non-V600, class III)
    d, ch = "2026-07-09", Chart("lab11-colorectal-10", "male", "1959-02-22", "Yilmaz", "Emre", ("urn:oid:2.16.840.1.113883.3.9991.17", "Y-442871"), "mcode")
    cond_crc(ch, "C18.7", "Malignant neoplasm of sigmoid colon", "Metastatic sigmoid adenocarcinoma, BRAF non-V600", "2024-11-11")
    mets(ch, "2024-11-11", "liver")
    ch.stage("2024-11-20", "Stage IVA", tnm=("cT3", "cN2a", "cM1a"))
    ch.variant("BRAF", "2024-12-02", "c.1781A>G", "p.Asp594Gly", label="BRAF D594G (class III, kinase-impaired); V600E not detected")
    msi(ch, "2024-12-02", "Microsatellite stable")
    ch.medstmt(T("FOLFOX + bevacizumab"), "2024-12-16", "2025-08-04")
    ch.medstmt(T("FOLFIRI + bevacizumab"), "2025-08-18", "2026-06-15", note="Progression")
    noise(ch, "2026-07-02", comorb=("dm",), meds=("metformin",), cbc=(12.2, 6.2, 230), cmp=(0.9, 22, 25, 0.6, 150), ecog=1)
    ch.medreq(rx("2049106", "encorafenib"), d, "300 mg PO once daily with cetuximab")
    ch.medreq(D["cetuximab"], d, "500 mg/m2 IV every 2 weeks")
    case("lab11-colorectal-10", "colorectal", "encorafenib (Braftovi) + cetuximab", "2049106", "refer-to-reviewer", [], d,
         "67-year-old man with metastatic sigmoid cancer carrying BRAF D594G (V600E not detected) after FOLFOX and FOLFIRI; encorafenib with cetuximab requested.",
         "Braftovi label: mCRC with a BRAF V600E mutation, with cetuximab after prior therapy (BEACON) or with cetuximab and mFOLFOX6 (BREAKWATER); non-V600 BRAF is not labelled.", "BRAF D594G, V600E explicitly not detected", ch)
    # 11 refer: adagrasib + cetuximab for KRAS G12V
    d, ch = "2026-08-31", Chart("lab11-colorectal-11", "female", "1968-07-07", "Ferreira", "Ana", ("http://hospital.example.org/mrn", "MRN-339020"), "mcode")
    cond_crc(ch, "C20", "Malignant neoplasm of rectum", "Metastatic rectal cancer (lung)", "2024-03-03")
    mets(ch, "2024-03-03", "lung")
    ch.stage("2024-03-10", "Stage IVA", tnm=("cT3", "cN1b", "cM1a"))
    ch.variant("KRAS", "2024-03-25", "c.35G>T", "p.Gly12Val", label="KRAS G12V")
    ch.medstmt(T("FOLFOXIRI + bevacizumab"), "2024-04-08", "2025-02-10")
    ch.medstmt(T("FOLFIRI + bevacizumab rechallenge"), "2025-03-03", "2026-08-10", note="Progression")
    noise(ch, "2026-08-24", comorb=("thyroid",), meds=("levothyroxine",), cbc=(12.9, 5.7, 260), cmp=(0.7, 18, 21, 0.5), ecog=1)
    ch.medreq(rx("2625882", "adagrasib", "Krazati 200 mg tablet"), d, "600 mg PO twice daily with cetuximab")
    ch.medreq(D["cetuximab"], d, "500 mg/m2 IV every 2 weeks")
    case("lab11-colorectal-11", "colorectal", "adagrasib (Krazati) + cetuximab", "2625882", "refer-to-reviewer", [], d,
         "58-year-old woman with KRAS G12V metastatic rectal cancer after FOLFOXIRI- and FOLFIRI-bevacizumab; adagrasib with cetuximab requested.",
         "Krazati label: with cetuximab for KRAS G12C-mutated locally advanced or metastatic CRC after fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy (KRYSTAL-1); G12V is not G12C.", "KRAS G12V, not G12C", ch)
    # 12 refer: nivolumab + ipilimumab for pMMR/MSS disease
    d, ch = "2026-10-22", Chart("lab11-colorectal-12", "male", "1976-04-14", "Murphy", "Sean", ("urn:oid:2.16.840.1.113883.3.9991.18", "M-118204"), "cerner")
    ch.cond("C18.3", "Malignant neoplasm of hepatic flexure", "Metastatic colon adenocarcinoma, hepatic flexure", "2025-12-01")
    mets(ch, "2025-12-01", "liver", "perit")
    mmr(ch, "2025-12-10", "MLH1, PMS2, MSH2 and MSH6 retained - mismatch repair proficient")
    msi(ch, "2025-12-10", "MSS (0/5 markers unstable)")
    ch.text_obs("TUMOR MUTATIONAL BURDEN", "2025-12-10", "6 mut/Mb (low)")
    ch.medstmt(T("FOLFOX + bevacizumab"), "2026-01-05", "2026-10-05", note="Progression")
    noise(ch, "2026-10-15", comorb=("gerd",), meds=("omeprazole",), cbc=(12.4, 6.6, 276), cmp=(0.8, 27, 30, 0.6), ecog=0)
    ch.medreq(rx("1597876", "nivolumab", "Opdivo 240 mg IV"), d, "240 mg IV every 3 weeks with ipilimumab 1 mg/kg x4")
    ch.medreq(rx("1094833", "ipilimumab"), d, "1 mg/kg IV every 3 weeks x 4")
    case("lab11-colorectal-12", "colorectal", "nivolumab (Opdivo) + ipilimumab", "1597876", "refer-to-reviewer", [], d,
         "50-year-old man with mismatch-repair-proficient, microsatellite-stable metastatic colon cancer after FOLFOX-bevacizumab; nivolumab with ipilimumab requested.",
         "Opdivo label: colorectal use is limited to MSI-H or dMMR unresectable or metastatic CRC (with ipilimumab, CheckMate 8HW / 142); pMMR/MSS disease is outside every indication.", "pMMR by IHC and MSS by PCR", ch)


# ================================================================= PROSTATE
def prostate():
    # 01 supported: apalutamide, nmCRPC with short PSADT (SPARTAN)
    d, ch = "2026-07-27", Chart("lab11-prostate-01", "male", "1952-04-04", "Abernathy", "Walter", ("http://hospital.example.org/mrn", "MRN-402217"), "epic")
    cond_prostate(ch, "Prostate adenocarcinoma, castration-resistant, no metastases on conventional imaging", "2018-03-12",
                  extra=("Z19.2", "Hormone resistant malignancy status"))
    ch.stage("2018-05-02", "Stage IIIB (pT3b pN0, Grade Group 3)", pathologic=True)
    ch.proc(cc(cd(CPT, "55866", "Laparoscopy, surgical prostatectomy, retropubic radical"), text="Robotic radical prostatectomy"), "2018-04-16")
    for dd in ("2025-07-01", "2025-10-01", "2026-01-02", "2026-04-01", "2026-07-01"):
        ch.medadmin(T("Lupron Depot 22.5 mg IM (3-month)"), dd)
    ch.medstmt(D["leuprolide"], "2021-05-03", status="active")
    testo(ch, "2026-07-01", 14)
    psa(ch, [("2025-10-01", 1.2), ("2026-01-02", 2.1), ("2026-04-01", 3.9), ("2026-07-01", 7.2)])
    ch.text_obs("PSA DOUBLING TIME (calculated)", "2026-07-01", "3.4 months")
    ch.imaging("78306", "NM bone scan whole body", "2026-07-15", "No scintigraphic evidence of osseous metastatic disease.")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-07-15", "Post-prostatectomy bed unremarkable. No lymphadenopathy or visceral metastases.")
    noise(ch, "2026-07-20", comorb=("htn", "lipid", "oa"), meds=("lisinopril", "atorva", "vitd"), cbc=(13.3, 6.2, 221), cmp=(1.1, 20, 22, 0.6), ecog=0)
    ch.medreq(rx("1999574", "apalutamide", "Erleada 240 mg tablet"), d, "240 mg PO once daily (continue ADT)")
    case("lab11-prostate-01", "prostate", "apalutamide (Erleada)", "1999574", "supported", [], d,
         "74-year-old man on leuprolide since 2021 with castrate testosterone, PSA rising 1.2 to 7.2 ng/mL (PSADT 3.4 months) and negative CT and bone scan; apalutamide requested.",
         "Erleada label: non-metastatic castration-resistant prostate cancer (SPARTAN, PSADT <=10 months) and metastatic castration-sensitive prostate cancer (TITAN).", "nmCRPC: castrate testosterone, rising PSA, conventional imaging negative", ch)
    # 02 supported: darolutamide + docetaxel, de novo mHSPC (ARASENS)
    d, ch = "2026-08-10", Chart("lab11-prostate-02", "male", "1963-02-27", "Bianchi", "Marco", ("urn:oid:2.16.840.1.113883.3.9991.19", "B-771930"), "cerner")
    ch.cond("C61", "Malignant neoplasm of prostate", "Metastatic hormone-sensitive prostate adenocarcinoma, Gleason 4+5, high volume", "2026-07-06")
    ch.cond("Z19.1", "Hormone sensitive malignancy status", "Hormone sensitive", "2026-07-06")
    mets(ch, "2026-07-10", "bone")
    ch.imaging("78306", "NM bone scan whole body", "2026-07-10", "Innumerable osseous metastases involving spine, pelvis, ribs and both femora.")
    psa(ch, [("2026-07-02", 148.0)], unit="ug/L")
    ch.medadmin(D["degarelix"], "2026-07-20", "240 mg SC loading dose")
    ch.medadmin(D["degarelix"], "2026-08-03", "80 mg SC monthly maintenance")
    testo(ch, "2026-08-05", 1.6, unit="nmol/L")
    noise(ch, "2026-08-05", comorb=("dm", "htn"), meds=("metformin", "lisinopril"), cbc=(13.0, 7.0, 250, 4.5), cmp=(0.9, 21, 24, 0.5, 140), ecog=1)
    ch.medreq(rx("2180325", "darolutamide", "Nubeqa 300 mg tablet"), d, "600 mg PO twice daily")
    ch.medreq(D["docetaxel"], d, "75 mg/m2 IV every 3 weeks x 6 cycles")
    case("lab11-prostate-02", "prostate", "darolutamide (Nubeqa) + docetaxel", "2180325", "supported", [], d,
         "63-year-old man with de novo high-volume metastatic hormone-sensitive prostate cancer who started degarelix in July 2026; darolutamide with docetaxel requested.",
         "Nubeqa label: metastatic hormone-sensitive prostate cancer in combination with docetaxel (ARASENS) or alone (ARANOTE), and non-metastatic CRPC (ARAMIS).", "mHSPC on ADT, docetaxel partner ordered", ch)
    # 03 supported: talazoparib + enzalutamide, HRR (PALB2) mutated mCRPC (TALAPRO-2)
    d, ch = "2026-09-14", Chart("lab11-prostate-03", "male", "1957-05-21", "Okonkwo", "Chidi", ("http://hospital.example.org/mrn", "MRN-600813"), "mcode")
    cond_prostate(ch, "Metastatic castration-resistant prostate adenocarcinoma", "2023-11-02",
                  extra=("Z19.2", "Hormone resistant malignancy status"))
    mets(ch, "2023-11-02", "bone", "nodes")
    ch.stage("2023-11-10", "Stage IVB", tnm=("cT3a", "cN1", "cM1b"))
    ch.medstmt(D["leuprolide"], "2023-11-20", status="active")
    testo(ch, "2026-08-30", 11)
    psa(ch, [("2026-03-02", 4.2), ("2026-06-01", 9.8), ("2026-08-30", 21.0)])
    ch.imaging("78306", "NM bone scan whole body", "2026-08-28", "Three new foci in thoracic spine and left ilium consistent with progression.")
    ch.variant("PALB2", "2026-09-01", "c.3113G>A", "p.Trp1038Ter", label="PALB2 W1038* (HRR gene)")
    noise(ch, "2026-09-07", comorb=("htn", "bph"), meds=("amlodipine",), cbc=(12.6, 5.8, 205, 3.2), cmp=(1.0, 19, 23, 0.5), ecog=1)
    ch.medreq(rx("2099704", "talazoparib", "Talzenna 0.5 mg capsule"), d, "0.5 mg PO once daily")
    ch.medreq(T("Xtandi 160 mg daily"), d, "160 mg PO once daily")
    case("lab11-prostate-03", "prostate", "talazoparib (Talzenna) + enzalutamide", "2099704", "supported", [], d,
         "69-year-old man with newly castration-resistant metastatic prostate cancer (PSA 4.2 to 21 on leuprolide, new bone lesions) and a pathogenic PALB2 mutation; talazoparib with enzalutamide requested.",
         "Talzenna label: with enzalutamide for HRR gene-mutated metastatic castration-resistant prostate cancer (TALAPRO-2); FDA declined the all-comers expansion in 2025.", "mCRPC with PALB2 (HRR) mutation, enzalutamide partner ordered", ch)
    # 04 supported: Lu-177 vipivotide tetraxetan after ARPI and taxane (VISION)
    d, ch = "2026-10-05", Chart("lab11-prostate-04", "male", "1955-03-09", "Schneider", "Klaus", ("urn:oid:2.16.840.1.113883.3.9991.20", "S-905522"), "epic")
    cond_prostate(ch, "Metastatic castration-resistant prostate cancer (bone, nodes)", "2021-06-15", stage="Stage IVB")
    mets(ch, "2022-01-10", "bone", "nodes")
    ch.medstmt(D["leuprolide"], "2021-07-01", status="active")
    ch.medstmt(D["abiraterone"], "2023-02-01", "2025-05-12", note="With prednisone 5 mg BID; PSA progression")
    for dd in ("2025-06-02", "2025-06-23", "2025-07-14", "2025-08-04", "2025-08-25", "2025-09-15"):
        ch.medadmin(D["docetaxel"], dd, "75 mg/m2 IV")
    testo(ch, "2026-09-15", 9)
    psa(ch, [("2026-06-15", 18.0), ("2026-09-15", 46.0)])
    ch.imaging("78815", "PSMA PET/CT (Ga-68 gozetotide)", "2026-09-20",
               "Multiple PSMA-avid osseous and nodal metastases, SUVmax 24, uptake greater than liver. No PSMA-negative soft-tissue lesion. PSMA-positive disease.")
    noise(ch, "2026-09-28", comorb=("lipid", "ckd"), meds=("atorva",), cbc=(11.4, 4.8, 168, 2.7), cmp=(1.2, 17, 21, 0.5), ecog=1)
    ch.medreq(rx("2597053", "lutetium Lu 177 vipivotide tetraxetan", "Pluvicto 7.4 GBq IV"), d, "7.4 GBq (200 mCi) IV every 6 weeks x 6")
    case("lab11-prostate-04", "prostate", "lutetium Lu 177 vipivotide tetraxetan (Pluvicto)", "2597053", "supported", [], d,
         "71-year-old man with PSMA-PET-positive mCRPC after abiraterone and six cycles of docetaxel; Pluvicto requested.",
         "Pluvicto label: PSMA-positive mCRPC treated with an androgen receptor pathway inhibitor and either taxane-based chemotherapy (VISION) or considered appropriate to delay taxane chemotherapy (PSMAfore, 2025).", "PSMA-avid on PET, prior ARPI and taxane documented", ch)
    # 05 supported: radium-223, symptomatic bone-only mCRPC (ALSYMPCA)
    d, ch = "2026-07-13", Chart("lab11-prostate-05", "male", "1950-01-28", "Lambert", "Gerard", ("http://hospital.example.org/mrn", "MRN-114406"), "cerner")
    ch.cond("C61", "Malignant neoplasm of prostate", "Castration-resistant prostate cancer with painful bone metastases", "2019-09-09")
    mets(ch, "2024-02-01", "bone")
    ch.medstmt(T("Xtandi 160 mg daily"), "2024-03-01", "2026-06-01", note="Progression")
    ch.medstmt(T("Eligard 45 mg SC q6 months"), "2019-10-01", status="active")
    testo(ch, "2026-06-20", 9)
    psa(ch, [("2026-03-10", 12.5), ("2026-06-20", 27.9)])
    ch.imaging("78306", "NM bone scan whole body", "2026-06-22", "Multiple osseous metastases with new lesions in right femur and T11.")
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-06-22", "No hepatic, pulmonary or other visceral metastases. Sub-centimetre pelvic nodes. Sclerotic bone metastases.")
    ch.obs(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-07-06", vint(6), cat="survey",
           note="Bone pain right hip and thoracic spine, requiring scheduled opioid")
    ch.medreq(D["oxycodone"], "2026-06-25", "10 mg PO every 12 hours (extended release)", status="active")
    noise(ch, "2026-07-06", comorb=("afib", "htn"), meds=("apixaban",), cbc=(11.2, 5.1, 180, 2.8), cmp=(1.0, 15, 19, 0.4), ecog=1)
    ch.medreq(rx("1424174", "radium-223 dichloride", "Xofigo 55 kBq/kg IV"), d, "55 kBq/kg IV every 4 weeks x 6")
    case("lab11-prostate-05", "prostate", "radium-223 dichloride (Xofigo)", "1424174", "supported", [], d,
         "76-year-old man with castration-resistant prostate cancer after enzalutamide, painful bone metastases on scheduled oxycodone and no visceral disease on CT; radium-223 requested.",
         "Xofigo label: castration-resistant prostate cancer with symptomatic bone metastases and no known visceral metastatic disease (ALSYMPCA).", "CRPC, symptomatic bone mets (opioid, pain 6/10), CT without visceral mets", ch)
    # 06 supported: cabazitaxel after docetaxel (TROPIC)
    d, ch = "2026-08-24", Chart("lab11-prostate-06", "male", "1958-10-10", "Sato", "Hiroshi", ("urn:oid:2.16.840.1.113883.3.9991.21", "S-300188"), "mcode")
    cond_prostate(ch, "Metastatic castration-resistant prostate adenocarcinoma", "2020-04-20")
    mets(ch, "2022-08-01", "bone", "nodes")
    ch.stage("2022-08-05", "Stage IVB", tnm=("cT3b", "cN1", "cM1b"))
    ch.medstmt(D["leuprolide"], "2020-05-01", status="active")
    ch.medstmt(D["enzalutamide"], "2023-01-10", "2025-02-20")
    for dd in ("2025-03-10", "2025-03-31", "2025-04-21", "2025-05-12", "2025-06-02", "2025-06-23"):
        ch.medadmin(D["docetaxel"], dd, "75 mg/m2 IV with prednisone")
    testo(ch, "2026-08-10", 0.5, unit="nmol/L")
    psa(ch, [("2026-05-11", 22.0), ("2026-08-10", 61.0)])
    ch.imaging("78306", "NM bone scan whole body", "2026-08-12", "New lesions in sternum and L4: progression.")
    noise(ch, "2026-08-17", comorb=("dm",), meds=("metformin",), cbc=(11.9, 5.5, 199, 3.0), cmp=(0.9, 22, 24, 0.5, 118), ecog=1)
    ch.medreq(rx("996051", "cabazitaxel", "Jevtana 20 mg/m2 IV"), d, "20 mg/m2 IV every 3 weeks")
    ch.medreq(D["prednisone"], d, "10 mg PO daily")
    case("lab11-prostate-06", "prostate", "cabazitaxel (Jevtana)", "996051", "supported", [], d,
         "67-year-old man with mCRPC progressing after enzalutamide and six cycles of docetaxel; cabazitaxel with prednisone requested.",
         "Jevtana label: in combination with prednisone for metastatic castration-resistant prostate cancer previously treated with a docetaxel-containing regimen (TROPIC, CARD).", "mCRPC, prior docetaxel documented, prednisone partner ordered", ch)
    # 07 needs-documentation: olaparib monotherapy after enzalutamide, no HRR test (PROfound)
    d, ch = "2026-09-08", Chart("lab11-prostate-07", "male", "1954-06-30", "Horvath", "Laszlo", ("http://hospital.example.org/mrn", "MRN-508871"), "epic")
    cond_prostate(ch, "Metastatic castration-resistant prostate cancer", "2020-02-14", extra=("Z19.2", "Hormone resistant malignancy status"), stage="IVB")
    mets(ch, "2023-05-01", "bone")
    ch.medstmt(D["leuprolide"], "2020-03-01", status="active")
    ch.medstmt(T("Xtandi 160 mg daily"), "2024-01-15", "2026-08-01", note="Radiographic progression")
    testo(ch, "2026-08-20", 12)
    psa(ch, [("2026-05-20", 6.5), ("2026-08-20", 15.2)])
    ch.imaging("78306", "NM bone scan whole body", "2026-08-01", "Two new rib lesions and new sacral lesion: progression.")
    noise(ch, "2026-09-01", comorb=("htn",), meds=("lisinopril",), cbc=(12.7, 6.0, 214), cmp=(1.0, 18, 20, 0.5), ecog=1)
    ch.medreq(rx("1597582", "olaparib", "Lynparza 150 mg tablet"), d, "300 mg PO twice daily (monotherapy)")
    case("lab11-prostate-07", "prostate", "olaparib (Lynparza)", "1597582", "needs-documentation", ["hrr"], d,
         "72-year-old man with mCRPC progressing on enzalutamide; olaparib monotherapy requested but no HRR gene testing is documented.",
         "Lynparza label: deleterious or suspected deleterious germline or somatic HRR gene-mutated mCRPC that progressed following enzalutamide or abiraterone (PROfound).", "mCRPC after enzalutamide documented; HRR result absent", ch)
    # 08 needs-documentation: Pluvicto without PSMA imaging
    d, ch = "2026-10-19", Chart("lab11-prostate-08", "male", "1956-08-12", "Johansson", "Lars", ("urn:oid:2.16.840.1.113883.3.9991.22", "J-661203"), "cerner")
    ch.cond("C61", "Malignant neoplasm of prostate", "mCRPC - bone and nodal metastases", "2021-01-20")
    ch.cond("Z19.2", "Hormone resistant malignancy status", "Castration resistant", "2023-03-01")
    mets(ch, "2021-01-20", "bone", "nodes")
    ch.medstmt(T("Zytiga 1000 mg + prednisone 5 mg BID"), "2023-03-15", "2025-04-01")
    ch.medstmt(T("Docetaxel 75 mg/m2 q3w x 6"), "2025-04-21", "2025-08-04")
    ch.medstmt(T("Firmagon 80 mg SC monthly"), "2021-02-01", status="active")
    testo(ch, "2026-10-01", 13)
    psa(ch, [("2026-07-01", 35.0), ("2026-10-01", 79.0)])
    ch.imaging("78306", "NM bone scan whole body", "2026-10-03", "Progression of osseous metastatic disease.")
    noise(ch, "2026-10-12", comorb=("copd",), cbc=(11.6, 5.3, 188), cmp=(1.1, 20, 24, 0.6), ecog=1)
    ch.medreq(rx("2597053", "lutetium Lu 177 vipivotide tetraxetan", "Pluvicto 7.4 GBq"), d, "7.4 GBq IV every 6 weeks")
    case("lab11-prostate-08", "prostate", "lutetium Lu 177 vipivotide tetraxetan (Pluvicto)", "2597053", "needs-documentation", ["psma"], d,
         "70-year-old man with mCRPC after abiraterone and docetaxel with bone-scan progression; Pluvicto requested but no PSMA PET result is in the chart.",
         "Pluvicto label: PSMA-positive mCRPC (patients selected by PSMA PET) treated with an ARPI and taxane-based chemotherapy or appropriate to delay taxane (VISION, PSMAfore).", "prior ARPI + taxane and CRPC documented; PSMA imaging absent", ch)
    # 09 needs-documentation: rucaparib after ARPI, no BRCA result (TRITON3)
    d, ch = "2026-11-02", Chart("lab11-prostate-09", "male", "1960-09-03", "Castillo", "Rafael", ("http://hospital.example.org/mrn", "MRN-239915"), "mcode")
    cond_prostate(ch, "Metastatic castration-resistant prostate adenocarcinoma", "2022-10-10")
    mets(ch, "2022-10-10", "bone")
    ch.stage("2022-10-15", "Stage IVB", tnm=("cT3a", "cN0", "cM1b"))
    ch.medstmt(D["leuprolide"], "2022-11-01", status="active")
    ch.medstmt(D["abiraterone"], "2024-06-01", "2026-09-30", note="With prednisone; PSA and radiographic progression")
    testo(ch, "2026-10-20", 10)
    psa(ch, [("2026-07-20", 8.0), ("2026-10-20", 19.5)])
    noise(ch, "2026-10-26", comorb=("lipid",), meds=("atorva",), cbc=(13.0, 6.4, 236), cmp=(0.9, 21, 24, 0.5), ecog=0)
    case("lab11-prostate-09", "prostate", "rucaparib (Rubraca)", "1862579", "needs-documentation", ["brca"], d,
         "66-year-old man with mCRPC progressing on abiraterone; rucaparib requested but no BRCA test result is documented.",
         "Rubraca label: deleterious BRCA mutation (germline and/or somatic)-associated mCRPC previously treated with androgen receptor-directed therapy (TRITON3 regular approval).", "mCRPC after ARPI documented; BRCA status absent", ch)
    # 10 refer: radium-223 with liver metastases
    d, ch = "2026-07-20", Chart("lab11-prostate-10", "male", "1953-12-19", "Wojcik", "Tomasz", ("urn:oid:2.16.840.1.113883.3.9991.23", "W-880441"), "epic")
    cond_prostate(ch, "Metastatic castration-resistant prostate cancer (bone, liver)", "2019-05-05", stage="Stage IVB")
    mets(ch, "2026-06-30", "bone", "liver")
    ch.medstmt(T("Zytiga + prednisone"), "2023-01-01", "2026-05-15")
    ch.medstmt(D["leuprolide"], "2019-06-01", status="active")
    testo(ch, "2026-07-01", 8)
    ch.imaging("74177", "CT abdomen and pelvis with contrast", "2026-06-30",
               "Multiple new hepatic metastases, largest 2.8 cm in segment 8. Diffuse sclerotic osseous metastases.")
    ch.report(T("Liver biopsy pathology"), "2026-07-08", "Metastatic adenocarcinoma consistent with prostatic primary (NKX3.1 positive).", cat="SP")
    ch.obs(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-07-13", vint(7), cat="survey")
    ch.medreq(D["oxycodone"], "2026-07-01", "5 mg PO every 6 hours as needed", status="active")
    noise(ch, "2026-07-13", comorb=("htn",), cbc=(10.9, 5.0, 172), cmp=(1.0, 62, 70, 1.1), ecog=1)
    ch.medreq(rx("1424174", "radium-223 dichloride", "Xofigo"), d, "55 kBq/kg IV every 4 weeks x 6")
    case("lab11-prostate-10", "prostate", "radium-223 dichloride (Xofigo)", "1424174", "refer-to-reviewer", [], d,
         "72-year-old man with mCRPC, painful bone metastases and biopsy-proven liver metastases after abiraterone; radium-223 requested.",
         "Xofigo label: castration-resistant prostate cancer with symptomatic bone metastases and no known visceral metastatic disease (ALSYMPCA).", "documented visceral (liver) metastases", ch)
    # 11 refer: talazoparib + enzalutamide with HRR-negative testing
    d, ch = "2026-08-03", Chart("lab11-prostate-11", "male", "1959-04-16", "Petersen", "Ole", ("http://hospital.example.org/mrn", "MRN-771154"), "foundation")
    ch.cond("C61", "Malignant neoplasm of prostate", "mCRPC", "2022-03-03")
    mets(ch, "2022-03-03", "bone")
    ch.medstmt(T("Lupron Depot 22.5 mg q3 months"), "2022-03-15", status="active")
    testo(ch, "2026-07-15", 15)
    psa(ch, [("2026-04-15", 5.1), ("2026-07-15", 12.7)])
    ch.imaging("78306", "NM bone scan whole body", "2026-07-18", "New lesions in left scapula and L1.")
    ch.ngs("2026-07-25", "No pathogenic alterations in HRR genes (ATM, ATR, BRCA1, BRCA2, CDK12, CHEK2, FANCA, MLH1, MRE11A, NBN, PALB2, RAD51C). TMPRSS2::ERG fusion. MSS. TMB 2 mut/Mb.",
           name="FoundationOne CDx (tissue) + germline panel")
    noise(ch, "2026-07-27", comorb=("htn", "bph"), meds=("tamsulosin", "amlodipine"), cbc=(13.1, 6.7, 241), cmp=(1.0, 20, 22, 0.6), ecog=0)
    ch.medreq(rx("2099704", "talazoparib"), d, "0.5 mg PO once daily with enzalutamide 160 mg")
    case("lab11-prostate-11", "prostate", "talazoparib (Talzenna) + enzalutamide", "2099704", "refer-to-reviewer", [], d,
         "67-year-old man with newly castration-resistant metastatic prostate cancer whose tumor and germline testing found no HRR gene alteration; talazoparib with enzalutamide requested.",
         "Talzenna label: with enzalutamide only for HRR gene-mutated mCRPC (TALAPRO-2); the FDA declined the non-HRR expansion in June 2025.", "HRR panel negative", ch)
    # 12 refer: apalutamide for metastatic castration-RESISTANT disease
    d, ch = "2026-09-28", Chart("lab11-prostate-12", "male", "1951-07-25", "Grant", "Douglas", ("urn:oid:2.16.840.1.113883.3.9991.24", "G-220987"), "mcode")
    cond_prostate(ch, "Prostate adenocarcinoma, castration-resistant, now metastatic to bone", "2016-02-02",
                  extra=("Z19.2", "Hormone resistant malignancy status"))
    ch.proc(cc(cd(SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Definitive prostate EBRT 78 Gy"), "2016-04-01", end="2016-05-20")
    ch.medstmt(D["leuprolide"], "2023-01-10", status="active", note="Started for PSA recurrence after EBRT")
    testo(ch, "2026-09-10", 10)
    psa(ch, [("2026-03-10", 3.1), ("2026-06-10", 6.8), ("2026-09-10", 14.2)])
    ch.imaging("78306", "NM bone scan whole body", "2026-09-15", "New osseous metastases in T10 and right iliac wing.")
    mets(ch, "2026-09-15", "bone")
    ch.stage("2026-09-18", "Stage IVB", tnm=("rT0", "N0", "M1b"))
    noise(ch, "2026-09-21", comorb=("htn", "dm", "oa"), meds=("metformin", "lisinopril"), cbc=(13.4, 6.8, 228), cmp=(1.1, 18, 21, 0.5, 133), ecog=1)
    ch.medreq(rx("1999574", "apalutamide", "Erleada 240 mg"), d, "240 mg PO once daily")
    case("lab11-prostate-12", "prostate", "apalutamide (Erleada)", "1999574", "refer-to-reviewer", [], d,
         "75-year-old man on leuprolide since 2023 with castrate testosterone, rising PSA and new bone metastases (metastatic CRPC); apalutamide requested.",
         "Erleada label: metastatic castration-sensitive (TITAN) or non-metastatic castration-resistant (SPARTAN) prostate cancer; metastatic CRPC is in neither.", "metastatic AND castration-resistant: outside both indications", ch)


# ============================================================ build & check
STYLES = {
    "epic": "Epic-style export: Condition with ICD-10-CM + SNOMED CT codings and text, Condition.stage summary, stage Observation LOINC 21908-9/21902-2 with text-only value, LOINC tumor markers with text values",
    "cerner": "Cerner-style: Observation.code text only (e.g. 'EGFR MUTATION ANALYSIS', 'ER (ALLRED)') with valueString results, ICD-10-only Conditions, brand-name text medications",
    "mcode": "mCODE STU3/4 profiles: primary/secondary cancer condition, TNM stage group with T/N/M components, tumor marker tests, genomic variant (LOINC 69548-6 with 48018-6 HGNC gene, 48004-9/48005-3 HGVS, 81252-9, 53037-8, 48002-0), coded ECOG answers",
    "foundation": "NGS DiagnosticReport (LOINC 81247-9) with conclusion text only (Foundation-style), otherwise minimal coding",
}


# bundles that carry no draft order for the requested drug (request known only from the service line)
NO_DRAFT = {"lab11-breast-05", "lab11-nsclc-07", "lab11-colorectal-06", "lab11-prostate-09"}


def build():
    CASES.clear()
    breast()
    nsclc()
    colorectal()
    prostate()
    return {"cases": [c["case"] for c in CASES]}


def walk(node, fn):
    if isinstance(node, dict):
        for k, v in node.items():
            fn(k, v)
            walk(v, fn)
    elif isinstance(node, list):
        for v in node:
            walk(v, fn)


def validate(data):
    errs = []
    cases = data["cases"]
    if len(cases) != 48:
        errs.append("expected 48 cases, got %d" % len(cases))
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate case ids")
    tally = {}
    for c in cases:
        tally[(c["cancer"], c["expected"])] = tally.get((c["cancer"], c["expected"]), 0) + 1
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if tally.get((cancer, exp)) != n:
                errs.append("%s/%s: %s cases, want %d" % (cancer, exp, tally.get((cancer, exp)), n))
    all_uuids = set()
    for c in cases:
        cid, date = c["id"], c["date"]
        if not re.fullmatch(r"lab11-(breast|nsclc|colorectal|prostate)-\d\d", cid) or not cid.startswith("lab11-" + c["cancer"]):
            errs.append(cid + ": bad id")
        if not re.fullmatch(r"2026-\d\d-\d\d", date):
            errs.append(cid + ": bad date")
        s = c["service"]
        if s["system"] == RX:
            if s["code"] not in CODES or s["code"].startswith("J"):
                errs.append(cid + ": unverified RxNorm code " + s["code"])
        elif s["system"] == HCPCS:
            if not re.fullmatch(r"J\d{4}", s["code"]) or s["code"] not in CODES:
                errs.append(cid + ": bad HCPCS code")
        else:
            errs.append(cid + ": bad service system")
        if s.get("display") != CODES.get(s["code"], ("",))[0]:
            errs.append(cid + ": service display mismatch")
        miss = c["expected_missing"]
        if c["expected"] == "needs-documentation":
            if len(miss) != 1 or not set(miss) <= ALLOWED_MISSING:
                errs.append(cid + ": needs-documentation must name exactly one allowed fact family")
        elif miss:
            errs.append(cid + ": expected_missing must be empty")
        if len(c["description"]) < 40 or len(c["basis"]) < 40:
            errs.append(cid + ": description/basis too short")
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            errs.append(cid + ": bundle must be a collection Bundle")
        urls = [e["fullUrl"] for e in b["entry"]]
        if len(set(urls)) != len(urls) or set(urls) & all_uuids:
            errs.append(cid + ": duplicate fullUrl")
        all_uuids |= set(urls)
        for e in b["entry"]:
            if e["fullUrl"] != "urn:uuid:" + e["resource"]["id"]:
                errs.append(cid + ": fullUrl/id mismatch")
        refs = []
        walk(b, lambda k, v: refs.append(v) if k == "reference" else None)
        for r in refs:
            if r not in urls:
                errs.append(cid + ": dangling reference " + r)
        pats = [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "Patient"]
        if len(pats) != 1:
            errs.append(cid + ": need exactly one Patient")
            continue
        pat = pats[0]
        want = {"prostate": "male", "breast": "female"}.get(c["cancer"])
        if want and pat["gender"] != want:
            errs.append(cid + ": patient sex does not fit the cancer")
        by, bm, bd = (int(x) for x in pat["birthDate"].split("-"))
        y, m, dd = (int(x) for x in date.split("-"))
        age = y - by - ((m, dd) < (bm, bd))
        mo = re.match(r"(\d+)-year-old", c["description"])
        if not mo or int(mo.group(1)) != age:
            errs.append("%s: description age does not match birthDate (%d)" % (cid, age))
        dates = []
        walk({k: v for k, v in b.items()}, lambda k, v: dates.append((k, v)) if isinstance(v, str) and re.match(r"\d{4}-\d\d-\d\d", v) else None)
        for k, v in dates:
            if k != "birthDate" and v[:10] > date:
                errs.append("%s: %s %s is after the decision date" % (cid, k, v))
        rxs = []
        walk(b, lambda k, v: rxs.extend(x for x in v if x.get("system") == RX) if k == "coding" else None)
        for x in rxs:
            name = CODES[x["code"]][0] if x["code"] in CODES else CHART_CODES.get(x["code"])
            if name != x.get("display"):
                errs.append("%s: RxNorm %s (%s) not documented in the docstring" % (cid, x["code"], x.get("display")))
        drafts = [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "MedicationRequest"
                  and e["resource"]["status"] == "draft" and e["resource"]["authoredOn"] == date]
        if bool(drafts) == (cid in NO_DRAFT):
            errs.append(cid + ": draft MedicationRequest on the decision date %s" % ("unexpected" if drafts else "missing"))
    return errs


def render_md(data):
    meta = {c["case"]["id"]: c["meta"] for c in CASES}
    out = ["# Label cases, set 11 (held-out, written blind)", "",
           "Generated by `scripts/gen-label-cases-11.py`; do not edit by hand (run the script, then `--check`).", "",
           "**Written blind.** The author worked from the task brief only; inside the repository nothing was read beyond "
           "directory listings of `scripts/` and `tests/fixtures/`. Nothing under `src/`, `crates/`, `pathways/`, "
           "`README.md`, the other fixtures in `tests/fixtures/necessity/` or the other `scripts/gen-*.py` was opened, "
           "and neither cargo nor oncotwin was built or run. Outside material consulted: openFDA drug label / NDC / "
           "drugsfda records (2026 snapshots) for Indications and Usage wording and product RXCUIs; 2025-2026 FDA approval "
           "news (ASCO Post, OncLive, Targeted Oncology, Urology Times, CureToday) for label changes (Trodelvy first-line "
           "TNBC June 2026, Talzenna non-HRR expansion declined June 2025, Rubraca regular approval after TRITON3, Pluvicto "
           "PSMAfore March 2025, Inluriyo label); an RxNav-derived RxNorm ingredient table "
           "(adamcresnick/BRIM_Analytics `athena_views/data_dictionary/chemo_reference/drugs.csv`), "
           "cpicpgx/cpic-schema `drug.sql`, CTS2OnFHIR breast RxNorm mappings, and the ENHERTU4U HCPCS coding guide.", "",
           "Outcomes: **supported** = every criterion of one FDA-labelled indication is documented; "
           "**needs-documentation** = consistent with a labelled indication but exactly one criterion is simply absent "
           "(named in `expected_missing`); **refer-to-reviewer** = the chart documents something that contradicts every "
           "labelled indication. Decision dates are July-November 2026; all patients are fictitious.", "",
           "## Encodings used (varied case by case)", ""]
    for k, v in STYLES.items():
        out.append("- `%s` - %s (cases: %s)" % (k, v, ", ".join(sorted(i[6:] for i, m in meta.items() if m["style"] == k))))
    out += [("- Common: a draft MedicationRequest for the requested drug on the decision date (plus combination partners) "
             "in 44 of 48 bundles (absent in %s); prior therapy as MedicationStatement / MedicationAdministration with RxNorm "
             "ingredient codes or brand-name text; imaging DiagnosticReports (CPT-coded or text) whose conclusion states "
             "progression or PSMA avidity; Procedures (CPT / SNOMED); PSA (LOINC 2857-1, ng/mL or ug/L); testosterone "
             "(2986-8 ng/dL or 14913-8 nmol/L); MMR IHC text; MSI (81695-9, text values - SNOMED/LA answer codes were not "
             "used because none could be verified); PD-L1 22C3 TPS/CPS text; ECOG (89247-1 integer, LA answer codes or text); "
             "noise: comorbidities, home medications, vitals, CBC/CMP." % ", ".join(sorted(NO_DRAFT))), "",
            "## Cases", "", "| id | drug | code | expected | reason |", "|---|---|---|---|---|"]
    for c in data["cases"]:
        m = meta[c["id"]]
        exp = c["expected"] + (" (" + ", ".join(c["expected_missing"]) + ")" if c["expected_missing"] else "")
        sysname = "HCPCS " if c["service"]["system"] == HCPCS else "RxNorm "
        out.append("| %s | %s | %s%s | %s | %s |" % (c["id"], m["drug"], sysname, c["service"]["code"], exp, m["reason"]))
    out += ["", "## Code verification", "", "| drug | RXCUI / HCPCS | source |", "|---|---|---|"]
    used = []
    for c in data["cases"]:
        if c["service"]["code"] not in used:
            used.append(c["service"]["code"])
    for code in used:
        out.append("| %s | %s | %s |" % (CODES[code][0], code, CODES[code][1]))
    out += ["", "BRIM drugs.csv = github.com/adamcresnick/BRIM_Analytics, athena_views/data_dictionary/chemo_reference/drugs.csv "
            "at commit b2f096f (column `rxnorm_in`, RxNav-derived; IN and PIN rows are distinct). Live RxNav was not reachable, "
            "so each ingredient code rests on that table plus, where noted, openFDA product RXCUIs minted alongside it. "
            "fam-trastuzumab deruxtecan is requested by HCPCS J9358 because its RxNorm IN could not be confirmed. "
            "Chart-only RxNorm codes (prior therapy, partners, noise) and their sources are listed in the generator docstring.", ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="regenerate in memory, validate, compare with files on disk")
    args = ap.parse_args()
    data = build()
    errs = validate(data)
    if errs:
        print("\n".join("invalid: " + e for e in errs), file=sys.stderr)
        return 1
    js = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    md = render_md(data)
    if args.check:
        bad = [str(p) for p, text in ((OUT_JSON, js), (OUT_MD, md))
               if not p.exists() or p.read_text(encoding="utf-8") != text]
        if bad:
            print("out of date (rerun without --check): " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok: %d cases valid and files up to date" % len(data["cases"]))
        return 0
    OUT_JSON.write_text(js, encoding="utf-8")
    OUT_MD.write_text(md, encoding="utf-8")
    print("wrote %s and %s (%d cases)" % (OUT_JSON.relative_to(ROOT), OUT_MD.relative_to(ROOT), len(data["cases"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
