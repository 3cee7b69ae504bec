#!/usr/bin/env python3
"""Held-out necessity set 8: 48 oncology prior-authorization cases written BLIND.

Outputs (deterministic, stdlib only, no network at run time):
    tests/fixtures/necessity/label-cases-8.json   {"cases": [...48 cases...]}
    tests/fixtures/necessity/label-cases-8.md     table of the cases + provenance

Usage:
    python3 scripts/gen-label-cases-8.py           # write both files
    python3 scripts/gen-label-cases-8.py --check   # regenerate in memory, validate the
                                                   # written JSON (structure, counts,
                                                   # references, dates, keys) and that it
                                                   # is byte-identical to a fresh build

How it was written (blind)
--------------------------
The author did NOT open anything under src/, crates/, pathways/, any file in
tests/fixtures/necessity/, any scripts/gen-*.py, or the README beyond the brief it was
given, and did not build or run the engine.  What was read: the public FDA labels
(section 1, Indications and Usage; via DailyMed/drug-label pages, FDA/manufacturer
notices and payer policies quoting section 1, found with the search tool), HL7 FHIR IG
pages (mCODE, Genomics Reporting, ICHOM Breast Cancer) for LOINC/SNOMED codes, and
an NLM RxNorm release extract for RxNorm codes (see CODE PROVENANCE below).

What this set tests
-------------------
Earlier held-out sets used SNOMED/ICD-10 diagnoses, AJCC stage codes, mCODE profiles,
LOINC answer codes, local lab codes with valueString, hasMember panels, base64 pathology
text, Genomics-Reporting variants with HGVS, brand-only MedicationStatements and
cancelled orders.  Set 8 writes the same facts the way OTHER real systems write them,
one system style per case, deliberately varied:
  * Oracle Health/Cerner style: proprietary code-set codes + text, values as
    CodeableConcept text only, meaning carried by v3 interpretation codes (POS/NEG/H/L/N).
  * Epic style: LOINC 21908-9 (stage group, clinical) / 21902-2 (stage group,
    pathologic) with valueCodeableConcept.text "Stage IIB"; separate T/N/M
    Observations (21905-5/21906-3/21907-1 clinical, 21899-0/21900-6/21901-4 pathologic)
    with text values; ICD-10-CM + local EDG/IMO-style codes; Condition.stage.assessment
    and Condition.evidence references.
  * Registry abstract (Flatiron-like): ICD-O-3 morphology/topography (both the
    terminology.hl7.org URI and the 2.16.840.1.113883.6.43.1 OID), SEER summary stage text.
  * NGS vendor reports (Foundation/Tempus/Guardant-like): DiagnosticReport -> variant
    Observations (69548-6) with components 48018-6 (HGNC coding or text only), 48004-9,
    81290-9, 48005-3 (3-letter and 1-letter p. notation), 53037-8 text, 48002-0,
    81258-6; fusions as one text or as two gene components; TMB 94076-7, MSI 81695-9;
    plasma ctDNA reports; "no reportable alterations in KRAS/NRAS exons 2,3,4".
  * Lab units: PSA ng/mL vs ug/L; testosterone ng/dL (2986-8) vs nmol/L (14913-8);
    PD-L1 TPS as valueString / valueQuantity %, HER2 "1+" with ISH "not amplified",
    HER2/CEP17 ratio components.
  * Prior therapy as Procedure 367336001 + note, MedicationAdministration with RxNorm
    SCD/SBD codes, MedicationStatement text only, MedicationRequest completed/stopped,
    lines listed in Condition.note or a progress-note DiagnosticReport conclusion.
  * ECOG 89247-1 with LA codes vs Karnofsky 89243-0; menopause as SNOMED 161712005
    Observation (ICHOM) vs inferred from age / oophorectomy; castration from
    testosterone; progression from imaging conclusions.
Local code systems (Cerner tenant code sets, Epic urn:oid:1.2.840.114350.* ids, lab
and vendor systems under *.example hosts) are local by design and carry text.

CODE PROVENANCE (every requested-service code was verified; see CODES below)
----------------------------------------------------------------------------
RxNorm IN/PIN/MIN and the SCD/SBD codes used in the records: NLM RxNorm
"Current Prescribable Content" release of 2025-10-06 as extracted from the RRF files
by github.com/davidanderson3/rxnorm-ingredients (web/data/<letter>.json, commit
a8fcf13), read with the search tool's fetch; cross-checked where available against
openFDA NDC records (fam-trastuzumab deruxtecan SCD 2267576 / SBD 2267581; cetuximab SCD
1657658 / 1657663) and DailyMed (osimertinib SCD 1721565).  Note: in RxNorm the
ingredient (IN) of Enhertu is trastuzumab (224905) with precise ingredient
fam-trastuzumab deruxtecan-nxki (2267574); to keep the request unambiguous Enhertu is
requested by HCPCS J9358.
HCPCS: J9358 (Enhertu manufacturer coding guide ENHERTU4U), J9317 (Trodelvy coding
guide; QualChoice policy), J9119 (payer policies; Libtayo), J9347 (Aetna CPB 1019,
QualChoice policy), Q2043 (CMS MCD article A52926, Noridian).
LOINC/SNOMED: mCODE STU2/STU4 value sets (21908-9, 21902-2, 21914-7), MII/mCODE FSH
(21899-0 pT, 21900-6, 21901-4; 89247-1 + LA9622-7..LA9625-0; 89243-0), Genomics
Reporting IG (69548-6, 48018-6, 48004-9, 48005-3, 81290-9, 48002-0 + LA6683-2/LA6684-0,
81258-6, 94076-7, 81695-9, LA9633-4/LA9634-2), ICHOM Breast IG (SNOMED 161712005,
307429007/309606002), common lab LOINCs (2857-1, 2986-8, 14913-8, 718-7, 6690-2, 777-3,
751-8, 2160-0, 1742-6, 1920-8, 1975-2, 2345-7, 4548-4, 2039-6, 10230-1, 85337-4,
85339-0, 85319-2, 85318-4, 85147-7) cross-checked in public FHIR sources.
HGNC ids used as codings: EGFR 3236, KRAS 6407, PIK3CA 8975, BRAF 1097,
BRCA2 1101, TP53 11998 (other genes are written as text on purpose).
"""
import argparse
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-8.json"
OUT_MD = ROOT / "tests" / "fixtures" / "necessity" / "label-cases-8.md"

NS = uuid.UUID("8d0f6a3e-2b41-5c7e-9a10-3e5b7c2d9f18")  # fixed namespace for set 8

LNC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
HGNC = "http://www.genenames.org/geneId"
ICDO3 = "http://terminology.hl7.org/CodeSystem/icd-o-3"
ICDO3_OID = "urn:oid:2.16.840.1.113883.6.43.1"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
CERNER72 = "https://fhir.cerner.com/ec2458f2-1e24-41c8-b71b-0e701af7583d/codeSet/72"
CERNER400 = "https://fhir.cerner.com/ec2458f2-1e24-41c8-b71b-0e701af7583d/nomenclature"
EPIC_COMP = "urn:oid:1.2.840.114350.1.13.861.1.7.2.768282"
EPIC_EDG = "urn:oid:1.2.840.114350.1.13.861.1.7.2.728286"
EPIC_IMO = "urn:oid:1.2.840.114350.1.13.861.1.7.2.696871"

ALLOWED_MISSING = [
    "stage", "her2", "er", "pr", "brca", "pik3ca", "esr1", "menopause", "egfr", "alk",
    "ros1", "met", "ret", "kras", "nras", "ras", "braf", "msi", "pdl1", "pdl1_cps",
    "castration", "castration_resistant", "psa", "psma", "hrr", "ecog", "resectable",
    "line", "prior_therapy",
]

# ---------------------------------------------------------------------------
# Requested-service codes, each verified (source in the comment).
# ---------------------------------------------------------------------------
SVC = {
    # HCPCS Level II (CMS): verified via the search tool, source noted
    "tdxd": (HCPCS, "J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg"),  # ENHERTU4U coding guide
    "sacituzumab": (HCPCS, "J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg"),  # Trodelvy coding guide, QualChoice BI663
    "cemiplimab": (HCPCS, "J9119", "Injection, cemiplimab-rwlc, 1 mg"),  # payer policies (Aetna CPB 0942, NHPRI/Evolent)
    "tremelimumab": (HCPCS, "J9347", "Injection, tremelimumab-actl, 1 mg"),  # Aetna CPB 1019, QualChoice BI731
    "sipuleucel_hcpcs": (HCPCS, "Q2043", "Sipuleucel-T, minimum of 50 million autologous CD54+ cells activated with PAP-GM-CSF, including leukapheresis and all other preparatory procedures, per infusion"),  # CMS MCD A52926
    # RxNorm (NLM RxNorm 2025-10-06 prescribable release, davidanderson3/rxnorm-ingredients extract)
    "capivasertib": (RXN, "2669967", "capivasertib"),  # IN
    "neratinib": (RXN, "1940643", "neratinib"),  # IN
    "pembrolizumab": (RXN, "1547545", "pembrolizumab"),  # IN
    "datopotamab": (RXN, "2703033", "datopotamab deruxtecan"),  # IN
    "elacestrant": (RXN, "2628469", "elacestrant"),  # IN
    "talazoparib": (RXN, "2099704", "talazoparib"),  # IN
    "margetuximab": (RXN, "2473851", "margetuximab"),  # IN
    "ribociclib": (RXN, "1873916", "ribociclib"),  # IN
    "tucatinib": (RXN, "2361285", "tucatinib"),  # IN
    "inavolisib": (RXN, "2695422", "inavolisib"),  # IN
    "osimertinib": (RXN, "1721560", "osimertinib"),  # IN (SCD 1721565 also seen on DailyMed)
    "lorlatinib": (RXN, "2103164", "lorlatinib"),  # IN
    "lazertinib": (RXN, "2691150", "lazertinib"),  # IN
    "selpercatinib": (RXN, "2370147", "selpercatinib"),  # IN
    "repotrectinib": (RXN, "2670644", "repotrectinib"),  # IN
    "tepotinib": (RXN, "2477103", "tepotinib"),  # IN
    "sotorasib": (RXN, "2550714", "sotorasib"),  # IN
    "brigatinib": (RXN, "1921217", "brigatinib"),  # IN
    "dacomitinib": (RXN, "2058849", "dacomitinib"),  # IN
    "encorafenib": (RXN, "2049106", "encorafenib"),  # IN
    "fruquintinib": (RXN, "2670179", "fruquintinib"),  # IN
    "lonsurf": (RXN, "1670310", "tipiracil / trifluridine"),  # MIN (multiple-ingredient concept of Lonsurf)
    "regorafenib": (RXN, "1312397", "regorafenib"),  # IN
    "ramucirumab": (RXN, "1535922", "ramucirumab"),  # IN
    "nivolumab": (RXN, "1597876", "nivolumab"),  # IN
    "panitumumab": (RXN, "263034", "panitumumab"),  # IN
    "darolutamide": (RXN, "2180325", "darolutamide"),  # IN
    "relugolix": (RXN, "2472778", "relugolix"),  # IN
    "enzalutamide": (RXN, "1307298", "enzalutamide"),  # IN
    "lu_pin": (RXN, "2597053", "lutetium Lu 177 vipivotide tetraxetan"),  # PIN (Pluvicto)
    "lu_in": (RXN, "2597054", "vipivotide tetraxetan"),  # IN of Pluvicto's SCDC 2597042
    "niraparib": (RXN, "1918231", "niraparib"),  # IN (Akeega = niraparib / abiraterone acetate)
    "radium_in": (RXN, "1546450", "radium"),  # IN of Xofigo's SCDC 1745391
    "radium_pin": (RXN, "1424174", "radium chloride Ra-223"),  # PIN (Xofigo)
    "olaparib": (RXN, "1597582", "olaparib"),  # IN
    "cabazitaxel": (RXN, "996051", "cabazitaxel"),  # IN
    "sipuleucel": (RXN, "997261", "sipuleucel-T"),  # IN
}

# RxNorm SCD/SBD codes used inside records (same NLM extract)
RX = {
    "capecitabine500": ("200328", "capecitabine 500 MG Oral Tablet"),
    "fulvestrant": ("727762", "5 ML fulvestrant 50 MG/ML Prefilled Syringe"),
    "ibrance125cap": ("1601390", "palbociclib 125 MG Oral Capsule [Ibrance]"),
    "ibrance125tab": ("2284106", "palbociclib 125 MG Oral Tablet [Ibrance]"),
    "letrozole": ("200064", "letrozole 2.5 MG Oral Tablet"),
    "femara": ("153124", "letrozole 2.5 MG Oral Tablet [Femara]"),
    "kisqali": ("1873989", "ribociclib 200 MG Oral Tablet [Kisqali]"),
    "ondansetron8": ("312086", "ondansetron 8 MG Oral Tablet"),
    "xgeva": ("1046402", "1.7 ML denosumab 70 MG/ML Injection [Xgeva]"),
    "lisinopril10": ("314076", "lisinopril 10 MG Oral Tablet"),
    "lisinopril20": ("314077", "lisinopril 20 MG Oral Tablet"),
    "doxorubicin50": ("1790095", "doxorubicin hydrochloride 50 MG Injection"),
    "cyclophosphamide1000": ("1734919", "cyclophosphamide 1000 MG Injection"),
    "paclitaxel": ("312199", "paclitaxel 6 MG/ML Injectable Solution"),
    "carboplatin": ("597195", "carboplatin 10 MG/ML Injectable Solution"),
    "gemcitabine1000": ("1719003", "gemcitabine 1000 MG Injection"),
    "eribulin": ("1045456", "2 ML eribulin mesylate 0.5 MG/ML Injection"),
    "dexamethasone4": ("197582", "dexamethasone 4 MG Oral Tablet"),
    "metformin500": ("861007", "metformin hydrochloride 500 MG Oral Tablet"),
    "herceptin": ("1922512", "trastuzumab 150 MG Injection [Herceptin]"),
    "pertuzumab": ("1298948", "14 ML pertuzumab 30 MG/ML Injection"),
    "docetaxel80": ("1860485", "4 ML docetaxel 20 MG/ML Injection"),
    "cisplatin": ("309311", "cisplatin 1 MG/ML Injectable Solution"),
    "pemetrexed500": ("1728072", "pemetrexed 500 MG Injection"),
    "keytruda": ("1657751", "4 ML pembrolizumab 25 MG/ML Injection [Keytruda]"),
    "imfinzi": ("1919516", "10 ML durvalumab 50 MG/ML Injection [Imfinzi]"),
    "oxaliplatin100": ("1736786", "oxaliplatin 100 MG Injection"),
    "fluorouracil": ("239177", "fluorouracil 50 MG/ML Injectable Solution"),
    "leucovorin200": ("1803937", "leucovorin 200 MG Injection"),
    "irinotecan": ("1726324", "5 ML irinotecan hydrochloride 20 MG/ML Injection"),
    "avastin": ("1657068", "4 ML bevacizumab 25 MG/ML Injection [Avastin]"),
    "bevacizumab": ("1657066", "4 ML bevacizumab 25 MG/ML Injection"),
    "panitumumab": ("1657703", "5 ML panitumumab 20 MG/ML Injection"),
    "cetuximab": ("1657658", "50 ML cetuximab 2 MG/ML Injection"),
    "lonsurf15": ("1670311", "tipiracil 6.14 MG / trifluridine 15 MG Oral Tablet"),
    "ipilimumab": ("1657012", "10 ML ipilimumab 5 MG/ML Injection"),
    "eligard": ("825335", "0.375 ML leuprolide acetate 60 MG/ML Prefilled Syringe [Eligard]"),
    "lupron3m": ("1946520", "3-Month 1.5 ML leuprolide acetate 20 MG/ML Prefilled Syringe [Lupron]"),
    "xtandi40tab": ("2390646", "enzalutamide 40 MG Oral Tablet [Xtandi]"),
    "xtandi40cap": ("1307309", "enzalutamide 40 MG Oral Capsule [Xtandi]"),
    "prednisone5": ("312617", "prednisone 5 MG Oral Tablet"),
    "degarelix120": ("828751", "degarelix 120 MG Injection"),
    "oxycodone5": ("1049621", "oxycodone hydrochloride 5 MG Oral Tablet"),
    "tamsulosin": ("863669", "tamsulosin hydrochloride 0.4 MG Oral Capsule"),
    "metoprolol25": ("866924", "metoprolol tartrate 25 MG Oral Tablet"),
    "losartan50": ("979492", "losartan potassium 50 MG Oral Tablet"),
    "rosuvastatin10": ("2167557", "rosuvastatin 10 MG Oral Capsule"),
    "levothyroxine100": ("892246", "levothyroxine sodium 0.1 MG Oral Tablet"),
    "prochlorperazine10": ("198365", "prochlorperazine 10 MG Oral Tablet"),
    "loperamide": ("978010", "loperamide hydrochloride 2 MG Oral Tablet"),
    "pantoprazole_inj": ("283669", "pantoprazole 40 MG Injection"),
    "gabapentin100": ("476673", "gabapentin 100 MG Oral Tablet"),
    "zoledronic4": ("1865665", "zoledronic acid 4 MG Injection"),
    "insulin_glargine": ("847230", "3 ML insulin glargine 100 UNT/ML Pen Injector"),
    "empagliflozin10": ("1545658", "empagliflozin 10 MG Oral Tablet"),
    "tiotropium": ("485032", "tiotropium 0.018 MG Inhalation Powder"),
    "mirtazapine15": ("311725", "mirtazapine 15 MG Oral Tablet"),
    "sertraline50": ("312941", "sertraline 50 MG Oral Tablet"),
    "cholecalciferol": ("309263", "cholecalciferol 0.01 MG Oral Tablet"),
    "pegfilgrastim": ("727539", "0.6 ML pegfilgrastim 10 MG/ML Prefilled Syringe"),
    "nifedipine30": ("198034", "24 HR nifedipine 30 MG Extended Release Oral Tablet"),
    "hctz25": ("310798", "hydrochlorothiazide 25 MG Oral Tablet"),
    "tagrisso80": ("1721583", "osimertinib 80 MG Oral Tablet [Tagrisso]"),
    "orgovyx": ("2472789", "relugolix 120 MG Oral Tablet [Orgovyx]"),
    "nubeqa": ("2180336", "darolutamide 300 MG Oral Tablet [Nubeqa]"),
    "lazcluze240": ("2691166", "lazertinib 240 MG Oral Tablet [Lazcluze]"),
    "tukysa150": ("2361296", "tucatinib 150 MG Oral Tablet [Tukysa]"),
    "jevtana": ("1376084", "1.5 ML cabazitaxel 40 MG/ML Injection [Jevtana]"),
    "tdxd_sbd": ("2267581", "fam-trastuzumab deruxtecan-nxki 100 MG Injection [Enhertu]"),
    "datroway": ("2703040", "datopotamab deruxtecan-dlnk 100 MG Injection"),
    "lorlatinib100": ("2103177", "lorlatinib 100 MG Oral Tablet"),
    "nivolumab": ("1657195", "10 ML nivolumab 10 MG/ML Injection"),
    "regorafenib40": ("1312402", "regorafenib 40 MG Oral Tablet"),
    "ramucirumab": ("1657775", "10 ML ramucirumab 10 MG/ML Injection"),
    "trastuzumab": ("1922509", "trastuzumab 150 MG Injection"),
}


# ---------------------------------------------------------------------------
# FHIR building helpers
# ---------------------------------------------------------------------------
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


def txt(text):
    return {"text": text}


def qty(value, unit, code=None):
    q = {"value": value, "unit": unit, "system": UCUM}
    q["code"] = code if code is not None else unit
    return q


def interp(code, display):
    return [cc(cd(INTERP, code, display))]


def cat(code, display, system=OBSCAT):
    return [cc(cd(system, code, display))]


LAB = cat("laboratory", "Laboratory")
VITAL = cat("vital-signs", "Vital Signs")
IMAGING = cat("imaging", "Imaging")
SURVEY = cat("survey", "Survey")
EXAM = cat("exam", "Exam")


class Bundle:
    """Collects the resources of one case; uuid5 ids from the fixed namespace."""

    def __init__(self, case_id, patient_id):
        self.case_id = case_id
        self.patient_id = patient_id
        self.entries = []
        self.n = 0
        self.subject = None

    def _uid(self, tag):
        return str(uuid.uuid5(NS, f"{self.case_id}/{tag}"))

    def add(self, res):
        self.n += 1
        rt = res["resourceType"]
        uid = self._uid(f"{rt}/{self.n}")
        ordered = {"resourceType": rt, "id": self.patient_id if rt == "Patient" else uid}
        ordered.update({k: v for k, v in res.items() if k != "resourceType"})
        full = "urn:uuid:" + uid
        self.entries.append({"fullUrl": full, "resource": ordered})
        return {"reference": full}

    def ref(self, r, display=None):
        out = dict(r)
        if display:
            out["display"] = display
        return out

    def bundle(self):
        return {
            "resourceType": "Bundle",
            "id": self._uid("Bundle"),
            "type": "collection",
            "entry": self.entries,
        }

    # -- resources -------------------------------------------------------
    def patient(self, given, family, gender, birth, mrn_system, mrn, **extra):
        res = {
            "resourceType": "Patient",
            "identifier": [{"system": mrn_system, "value": mrn}],
            "name": [{"family": family, "given": [given]}],
            "gender": gender,
            "birthDate": birth,
        }
        res.update(extra)
        self.subject = self.add(res)
        return self.subject

    def encounter(self, date, text, cls="AMB", end=None, reason=None):
        res = {
            "resourceType": "Encounter",
            "status": "finished",
            "class": cd(ACT, cls, {"AMB": "ambulatory", "IMP": "inpatient encounter", "VR": "virtual"}[cls]),
            "type": [txt(text)],
            "subject": self.subject,
            "period": {"start": date, "end": end or date},
        }
        if reason:
            res["reasonCode"] = [txt(reason)]
        return self.add(res)

    def condition(self, code, onset, recorded=None, clinical="active", category="problem-list-item",
                  **extra):
        res = {
            "resourceType": "Condition",
            "clinicalStatus": cc(cd(CLIN, clinical)),
            "verificationStatus": cc(cd(VER, "confirmed")),
            "category": [cc(cd(CONDCAT, category))],
            "code": code,
            "subject": self.subject,
        }
        if onset:
            res["onsetDateTime"] = onset
        res["recordedDate"] = recorded or onset
        res.update(extra)
        return self.add(res)

    def obs(self, code, date, category=LAB, status="final", **extra):
        res = {
            "resourceType": "Observation",
            "status": status,
            "category": category,
            "code": code,
            "subject": self.subject,
            "effectiveDateTime": date,
        }
        res.update(extra)
        return self.add(res)

    def report(self, code, date, category, status="final", **extra):
        res = {
            "resourceType": "DiagnosticReport",
            "status": status,
            "category": [category],
            "code": code,
            "subject": self.subject,
            "effectiveDateTime": date,
            "issued": date + "T17:00:00Z" if len(date) == 10 else date,
        }
        res.update(extra)
        return self.add(res)

    def procedure(self, code, date, status="completed", end=None, **extra):
        res = {
            "resourceType": "Procedure",
            "status": status,
            "code": code,
            "subject": self.subject,
        }
        if end:
            res["performedPeriod"] = {"start": date, "end": end}
        else:
            res["performedDateTime"] = date
        res.update(extra)
        return self.add(res)

    def med_request(self, med, authored, status="active", intent="order", **extra):
        res = {
            "resourceType": "MedicationRequest",
            "status": status,
            "intent": intent,
            "medicationCodeableConcept": med,
            "subject": self.subject,
            "authoredOn": authored,
        }
        res.update(extra)
        return self.add(res)

    def med_statement(self, med, status, start=None, end=None, asserted=None, **extra):
        res = {
            "resourceType": "MedicationStatement",
            "status": status,
            "medicationCodeableConcept": med,
            "subject": self.subject,
        }
        if start:
            res["effectivePeriod"] = {"start": start}
            if end:
                res["effectivePeriod"]["end"] = end
        res["dateAsserted"] = asserted or end or start
        res.update(extra)
        return self.add(res)

    def med_admin(self, med, date, dose=None, **extra):
        res = {
            "resourceType": "MedicationAdministration",
            "status": "completed",
            "medicationCodeableConcept": med,
            "subject": self.subject,
            "effectiveDateTime": date,
        }
        if dose:
            res["dosage"] = {"dose": dose}
        res.update(extra)
        return self.add(res)

    def service_request(self, code, authored, status="active", **extra):
        res = {
            "resourceType": "ServiceRequest",
            "status": status,
            "intent": "order",
            "code": code,
            "subject": self.subject,
            "authoredOn": authored,
        }
        res.update(extra)
        return self.add(res)

    # -- noise helpers -----------------------------------------------------
    def vitals(self, date, weight_kg, sbp, dbp):
        self.obs(cc(cd(LNC, "29463-7", "Body weight"), text="Weight"), date, VITAL,
                 valueQuantity=qty(weight_kg, "kg"))
        self.obs(cc(cd(LNC, "85354-9", "Blood pressure panel with all children optional"), text="BP"),
                 date, VITAL, component=[
                     {"code": cc(cd(LNC, "8480-6", "Systolic blood pressure")),
                      "valueQuantity": qty(sbp, "mmHg", "mm[Hg]")},
                     {"code": cc(cd(LNC, "8462-4", "Diastolic blood pressure")),
                      "valueQuantity": qty(dbp, "mmHg", "mm[Hg]")},
                 ])

    def cbc(self, date, hgb, wbc, plt, anc):
        for code, disp, short, v, unit, ucum in [
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "HGB", hgb, "g/dL", "g/dL"),
            ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "WBC", wbc, "10*3/uL", "10*3/uL"),
            ("777-3", "Platelets [#/volume] in Blood by Automated count", "PLT", plt, "10*3/uL", "10*3/uL"),
            ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "ANC", anc, "10*3/uL", "10*3/uL"),
        ]:
            self.obs(cc(cd(LNC, code, disp), text=short), date, valueQuantity=qty(v, unit, ucum))

    def chem(self, date, creat, alt, ast, bili, glucose):
        for code, disp, short, v, unit in [
            ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Creatinine", creat, "mg/dL"),
            ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ALT", alt, "U/L"),
            ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "AST", ast, "U/L"),
            ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "T. bili", bili, "mg/dL"),
            ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glucose", glucose, "mg/dL"),
        ]:
            self.obs(cc(cd(LNC, code, disp), text=short), date, valueQuantity=qty(v, unit))

    def local_lab(self, system, code, text, date, value, unit=None, flag=None, ref_range=None):
        kw = {}
        if unit is None:
            kw["valueString"] = value
        else:
            kw["valueQuantity"] = {"value": value, "unit": unit}
        if flag:
            kw["interpretation"] = interp(*flag)
        if ref_range:
            kw["referenceRange"] = [{"text": ref_range}]
        return self.obs(cc(cd(system, code), text=text), date, **kw)

    def ecog(self, date, score):
        la = {0: ("LA9622-7", "Fully active, able to carry on all pre-disease performance without restriction"),
              1: ("LA9623-5", "Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature, e.g., light house work, office work"),
              2: ("LA9624-3", "Ambulatory and capable of all selfcare but unable to carry out any work activities. Up and about more than 50% of waking hours"),
              3: ("LA9625-0", "Capable of only limited selfcare, confined to bed or chair more than 50% of waking hours")}[score]
        return self.obs(cc(cd(LNC, "89247-1", "ECOG Performance Status score")), date, SURVEY,
                        valueCodeableConcept=cc(cd(LNC, la[0], la[1])))

    def karnofsky(self, date, score):
        return self.obs(cc(cd(LNC, "89243-0", "Karnofsky Performance Status score")), date, SURVEY,
                        valueInteger=score)


def rx(key):
    code, disp = RX[key]
    return cc(cd(RXN, code, disp), text=disp)


def rxt(text):
    return txt(text)


def icd(code, display):
    return cd(ICD10, code, display)


def sct(code, display):
    return cd(SCT, code, display)


def lnc(code, display):
    return cd(LNC, code, display)


def hgnc(code, symbol):
    return cd(HGNC, code, symbol)


def note(text, date=None):
    n = {"text": text}
    if date:
        n["time"] = date
    return [n]


def variant(b, date, gene, *, gene_code=None, cdna=None, gdna=None, protein=None, vaf=None,
            significance=None, source="Somatic", present=True, extra_components=None,
            specimen_text=None, method_text=None):
    """Genomics-Reporting-style variant Observation (69548-6) with vendor variations."""
    comps = []
    gene_val = cc(hgnc(gene_code, gene), text=gene) if gene_code else txt(gene)
    comps.append({"code": cc(lnc("48018-6", "Gene studied [ID]")), "valueCodeableConcept": gene_val})
    if cdna:
        comps.append({"code": cc(lnc("48004-9", "DNA change (c.HGVS)")), "valueCodeableConcept": txt(cdna)})
    if gdna:
        comps.append({"code": cc(lnc("81290-9", "Genomic DNA change (gHGVS)")), "valueCodeableConcept": txt(gdna)})
    if protein:
        comps.append({"code": cc(lnc("48005-3", "Amino acid change (pHGVS)")), "valueCodeableConcept": txt(protein)})
    if vaf is not None:
        comps.append({"code": cc(lnc("81258-6", "Sample variant allelic frequency [NFr]")),
                      "valueQuantity": {"value": vaf, "system": UCUM, "code": "1"}})
    if significance:
        comps.append({"code": cc(lnc("53037-8", "Genetic variation clinical significance [Imp]")),
                      "valueCodeableConcept": txt(significance)})
    if source:
        sc = {"Somatic": ("LA6684-0", "Somatic"), "Germline": ("LA6683-2", "Germline")}[source]
        comps.append({"code": cc(lnc("48002-0", "Genomic source class [Type]")),
                      "valueCodeableConcept": cc(lnc(*sc))})
    comps.extend(extra_components or [])
    value = cc(lnc("LA9633-4", "Present")) if present else cc(lnc("LA9634-2", "Absent"))
    kw = {"valueCodeableConcept": value, "component": comps}
    if method_text:
        kw["method"] = txt(method_text)
    if specimen_text:
        kw["note"] = note(specimen_text)
    return b.obs(cc(lnc("69548-6", "Genetic variant assessment")), date,
                 cat("laboratory", "Laboratory") + [txt("Genetics")], **kw)


# ---------------------------------------------------------------------------
# Case registry
# ---------------------------------------------------------------------------
CASES = []


def case(cancer, num, expected, svc, date, drug, description, basis, reason, missing=None):
    def deco(fn):
        CASES.append({
            "cancer": cancer, "num": num, "expected": expected, "svc": svc, "date": date,
            "drug": drug, "description": description, "basis": basis, "reason": reason,
            "missing": missing, "build": fn,
        })
        return fn
    return deco


def cerner(code, text):
    return cc(cd(CERNER72, code), text=text)


# ===========================================================================
# BREAST
# ===========================================================================
@case("breast", 1, "supported", "tdxd", "2026-03-10", "fam-trastuzumab deruxtecan",
      "61-year-old woman with HR-positive, HER2-low (IHC 1+, ISH not amplified) breast cancer "
      "recurrent with liver and bone metastases, progressed on fulvestrant + palbociclib and then on "
      "capecitabine in the metastatic setting; fam-trastuzumab deruxtecan requested 2026-03-10.",
      "ENHERTU (fam-trastuzumab deruxtecan-nxki) 1.1: unresectable or metastatic HER2-low (IHC 1+ or "
      "IHC 2+/ISH-) breast cancer after prior chemotherapy in the metastatic setting (or recurrence "
      "within 6 months of adjuvant chemotherapy); DESTINY-Breast04.",
      "HER2-low metastatic disease after capecitabine in the metastatic setting (Cerner-style text values + POS/NEG)")
def b01(b):
    b.patient("Maria", "Delgado", "female", "1964-08-21", "urn:oid:2.16.840.1.113883.3.13.6", "CRN-7718204")
    b.encounter("2026-03-10", "Oncology Follow Up", reason="Metastatic breast cancer")
    b.encounter("2026-02-23", "CT Outpatient")
    b.condition(cc(icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"),
                   cd(CERNER400, "5961318", "Breast cancer, left upper outer quadrant"),
                   text="Left breast cancer"), "2019-05-14")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"),
                   text="Liver metastases"), "2024-11-05")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone"), text="Bone metastases"), "2024-11-05")
    b.condition(cc(icd("I10", "Essential (primary) hypertension"), text="Hypertension"), "2015-03-02")
    b.condition(cc(icd("K21.9", "Gastro-esophageal reflux disease without esophagitis"), text="GERD"), "2017-06-11")
    b.procedure(txt("Partial mastectomy, left, with sentinel node biopsy"), "2019-06-03")
    b.procedure(txt("Whole breast radiation, left, 40 Gy/15 fx"), "2019-07-08", end="2019-07-26")
    # 2019 primary and 2024 liver biopsy receptors, Cerner code set 72 events
    for d, er, pr in (("2019-05-20", "Positive 95% strong", "Positive 40%"),
                      ("2024-11-12", "Positive 90% strong", "Positive 20%")):
        b.obs(cerner("2921402351", "ER Receptor Status"), d, valueCodeableConcept=txt(er),
              interpretation=interp("POS", "Positive"))
        b.obs(cerner("2921402365", "PR Receptor Status"), d, valueCodeableConcept=txt(pr),
              interpretation=interp("POS", "Positive"))
        b.obs(cerner("2921402379", "HER2/neu IHC"), d, valueCodeableConcept=txt("1+"))
    b.obs(cerner("2921402393", "HER2 ISH Dual Probe"), "2024-11-14",
          valueCodeableConcept=txt("Not Amplified (HER2/CEP17 ratio 1.3; average HER2 copy number 2.4)"),
          interpretation=interp("NEG", "Negative"))
    b.obs(cerner("2921402407", "Ki-67 Proliferation Index"), "2024-11-12", valueCodeableConcept=txt("25%"))
    b.obs(cerner("4150713", "Cancer Staging Clinical Stage Group"), "2024-11-20",
          valueCodeableConcept=txt("Stage IV (recurrent, metastatic)"))
    b.med_statement(txt("anastrozole 1 mg PO daily"), "stopped", "2019-08-20", "2024-11-05",
                    statusReason=[txt("Disease recurrence")])
    b.med_request(rx("fulvestrant"), "2024-12-02", status="stopped", statusReason=txt("Disease progression"),
                  dosageInstruction=[{"text": "500 mg IM days 1, 15, 29 then monthly"}])
    b.med_request(rx("ibrance125tab"), "2024-12-02", status="stopped", statusReason=txt("Disease progression"),
                  dosageInstruction=[{"text": "125 mg PO daily x21 days q28d"}])
    b.obs(cerner("4160210", "CT Chest/Abdomen/Pelvis Impression"), "2025-07-15", IMAGING,
          valueCodeableConcept=txt("Enlarging hepatic metastases; progression on fulvestrant/palbociclib"))
    b.med_request(rx("capecitabine500"), "2025-08-04", status="stopped", statusReason=txt("Progressive disease"),
                  dosageInstruction=[{"text": "1000 mg/m2 PO BID days 1-14 q21d"}])
    ct = b.report(txt("CT Chest Abdomen Pelvis w Contrast"), "2026-02-23", cc(cd(V2_0074, "RAD", "Radiology")),
                  conclusion="Interval enlargement of hepatic metastases (segment VII 3.4 cm, previously 2.1 cm) and "
                             "a new segment II lesion, consistent with progression on capecitabine. Stable sclerotic "
                             "osseous metastases.")
    b.obs(cerner("4154126", "ECOG Performance Status"), "2026-03-10", SURVEY,
          valueCodeableConcept=txt("1 - Restricted in strenuous activity"))
    b.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction")), "2026-03-02", IMAGING,
          valueQuantity=qty(58, "%"))
    b.cbc("2026-03-05", 11.2, 5.1, 214, 3.2)
    b.chem("2026-03-05", 0.8, 41, 48, 0.9, 102)
    b.vitals("2026-03-10", 68.4, 134, 82)
    b.med_request(rx("ondansetron8"), "2026-03-10", dosageInstruction=[{"text": "8 mg PO q8h PRN nausea"}])
    b.med_admin(rx("xgeva"), "2026-02-10", dose=qty(120, "mg"))
    b.med_request(rx("lisinopril10"), "2025-01-15")
    b.med_request(cc(cd(HCPCS, "J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg"),
                     cd(RXN, *RX["tdxd_sbd"]), text="Enhertu 5.4 mg/kg IV q21d"), "2026-03-10",
                  reasonReference=[ct])


@case("breast", 2, "supported", "sacituzumab", "2025-11-18", "sacituzumab govitecan",
      "46-year-old woman with triple-negative breast cancer (ER 0%, PR 0%, HER2 IHC 0), stage IIB treated "
      "with neoadjuvant ddAC-T, surgery and adjuvant capecitabine; lung/nodal recurrence treated with "
      "gemcitabine-carboplatin then eribulin with progression; sacituzumab govitecan requested 2025-11-18.",
      "TRODELVY (sacituzumab govitecan-hziy) 1.1: unresectable locally advanced or metastatic TNBC after two "
      "or more prior systemic therapies, at least one of them for metastatic disease; ASCENT.",
      "mTNBC after 2 metastatic lines (Epic LOINC stage groups, valueString receptors, Condition.stage.assessment)")
def b02(b):
    b.patient("Keisha", "Brown", "female", "1979-02-03", "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14", "E3391027")
    b.encounter("2025-11-18", "Office Visit - Hematology/Oncology")
    cstage = b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2023-02-20",
                   valueCodeableConcept=txt("Stage IIB"), method=txt("AJCC 8th edition"))
    t = b.obs(cc(lnc("21905-5", "Primary tumor.clinical [Class] Cancer")), "2023-02-20", valueCodeableConcept=txt("cT2"))
    n = b.obs(cc(lnc("21906-3", "Regional lymph nodes.clinical [Class] Cancer")), "2023-02-20", valueCodeableConcept=txt("cN1"))
    m = b.obs(cc(lnc("21907-1", "Distant metastases.clinical [Class] Cancer")), "2023-02-20", valueCodeableConcept=txt("cM0"))
    rstage = b.obs(cc(lnc("21914-7", "Stage group.other Cancer")), "2024-10-30",
                   valueCodeableConcept=txt("Stage IV (recurrence, rM1 lung)"))
    panel1 = []
    for code, disp, comp, val in (("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain", "1230012", "Negative (<1%)"),
                                  ("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain", "1230013", "Negative (0%)"),
                                  ("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", "1230014", "0")):
        panel1.append(b.obs(cc(lnc(code, disp), cd(EPIC_COMP, comp)), "2023-02-14", valueString=val))
    panel1.append(b.obs(cc(cd(EPIC_COMP, "1230015"), text="KI-67"), "2023-02-14", valueString="70%"))
    b.report(cc(cd(EPIC_COMP, "1230010"), text="BREAST PROGNOSTIC PANEL"), "2023-02-14",
             cc(cd(V2_0074, "SP", "Surgical Pathology")), result=panel1)
    panel2 = []
    for code, disp, comp, val in (("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain", "1230012", "Negative (0%)"),
                                  ("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain", "1230013", "Negative (0%)"),
                                  ("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", "1230014", "0")):
        panel2.append(b.obs(cc(lnc(code, disp), cd(EPIC_COMP, comp)), "2024-10-22", valueString=val))
    panel2.append(b.obs(cc(lnc("85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report")), "2024-10-22",
                        valueString="CPS 3"))
    b.report(cc(cd(EPIC_COMP, "1230010"), text="BREAST PROGNOSTIC PANEL (lung biopsy)"), "2024-10-22",
             cc(cd(V2_0074, "SP", "Surgical Pathology")), result=panel2)
    b.condition(cc(icd("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
                   cd(EPIC_IMO, "1045712", "Triple negative malignant neoplasm of right breast"),
                   text="Triple negative breast cancer, right"), "2023-02-10",
                stage=[{"summary": txt("Stage IIB"), "assessment": [cstage, t, n, m]},
                       {"summary": txt("Stage IV"), "assessment": [rstage]}],
                evidence=[{"detail": panel1 + panel2}])
    b.condition(cc(icd("C78.01", "Secondary malignant neoplasm of right lung"), cd(EPIC_EDG, "88120")), "2024-10-22")
    b.condition(cc(icd("C77.3", "Secondary and unspecified malignant neoplasm of axilla and upper limb lymph nodes"),
                   cd(EPIC_EDG, "88121")), "2024-10-22")
    b.condition(cc(icd("F41.1", "Generalized anxiety disorder"), cd(EPIC_EDG, "40210")), "2023-04-01")
    for d in ("2023-03-07", "2023-03-21", "2023-04-04", "2023-04-18"):
        b.med_admin(rx("doxorubicin50"), d, dose=qty(60, "mg/m2", "mg/m2"))
        b.med_admin(rx("cyclophosphamide1000"), d, dose=qty(600, "mg/m2", "mg/m2"))
    for d in ("2023-05-02", "2023-06-13", "2023-07-25"):
        b.med_admin(rx("paclitaxel"), d, dose=qty(80, "mg/m2", "mg/m2"))
    b.procedure(cc(cd(EPIC_COMP, "SURG2231"), text="Right mastectomy with axillary dissection"), "2023-09-12",
                note=note("ypT1c ypN1a; residual disease"))
    b.med_request(rx("capecitabine500"), "2023-10-10", status="completed",
                  dosageInstruction=[{"text": "1250 mg/m2 BID d1-14 q21d x 8 cycles (adjuvant, CREATE-X)"}])
    for d in ("2024-11-05", "2024-12-17", "2025-01-28", "2025-03-11", "2025-04-01"):
        b.med_admin(rx("gemcitabine1000"), d, dose=qty(1000, "mg/m2", "mg/m2"))
        b.med_admin(rx("carboplatin"), d, dose=qty(2, "AUC", "1"))
    b.report(cc(cd(EPIC_COMP, "IMG1140"), text="CT CHEST W CONTRAST"), "2025-04-22", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Enlarging right lung nodules; new left lower lobe nodule. Progression.")
    for d in ("2025-05-06", "2025-06-17", "2025-07-29", "2025-09-09", "2025-10-14"):
        b.med_admin(rx("eribulin"), d, dose=qty(1.4, "mg/m2", "mg/m2"))
    b.report(cc(cd(EPIC_COMP, "IMG1140"), text="CT CHEST W CONTRAST"), "2025-10-28", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Further enlargement of bilateral pulmonary metastases and new mediastinal adenopathy; "
                        "progressive disease on eribulin.")
    b.ecog("2025-11-18", 1)
    b.cbc("2025-11-12", 10.8, 4.4, 188, 2.6)
    b.chem("2025-11-12", 0.7, 22, 25, 0.5, 94)
    b.vitals("2025-11-18", 77.1, 128, 78)
    b.med_request(rx("sertraline50"), "2023-04-01")
    b.med_request(rx("dexamethasone4"), "2025-11-18", dosageInstruction=[{"text": "premedication"}])
    b.med_request(cc(cd(HCPCS, "J9317", "Injection, sacituzumab govitecan-hziy, 2.5 mg"),
                     text="sacituzumab govitecan-hziy (Trodelvy) 10 mg/kg IV days 1 and 8 q21d"), "2025-11-18")


@case("breast", 3, "supported", "capivasertib", "2026-05-06", "capivasertib",
      "64-year-old postmenopausal woman with HR-positive, HER2-negative breast cancer metastatic to bone and "
      "lung, progressed on letrozole + ribociclib in the metastatic setting; Tempus tumor NGS shows AKT1 "
      "E17K; capivasertib with fulvestrant requested 2026-05-06.",
      "TRUQAP (capivasertib) 1.1: with fulvestrant for HR-positive, HER2-negative locally advanced or "
      "metastatic breast cancer with one or more PIK3CA/AKT1/PTEN alterations after progression on at least "
      "one endocrine-based regimen in the metastatic setting or recurrence on/within 12 months of adjuvant "
      "therapy; CAPItello-291.",
      "AKT1 E17K (1-letter p. notation, gene as text), progression on AI + CDK4/6i, ICHOM menopause Observation")
def b03(b):
    b.patient("Helen", "Novak", "female", "1961-11-30", "http://hospital.westlake.example/mrn", "WL-0049217")
    b.encounter("2026-05-06", "Breast oncology clinic")
    b.condition(cc(sct("254837009", "Malignant neoplasm of breast"), text="Carcinoma of right breast"),
                "2018-03-12", bodySite=[txt("Right breast")])
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone"), text="Osseous metastases"), "2024-05-14")
    b.condition(cc(icd("C78.00", "Secondary malignant neoplasm of unspecified lung"), text="Pulmonary metastases"), "2024-05-14")
    b.condition(cc(icd("E11.9", "Type 2 diabetes mellitus without complications"), sct("44054006", "Diabetes mellitus type 2")),
                "2016-09-01")
    b.obs(cc(sct("161712005", "Menopause, function")), "2024-05-20", SURVEY,
          valueCodeableConcept=cc(sct("307429007", "After menopause")))
    b.med_statement(txt("Letrozole 2.5 mg daily (adjuvant)"), "completed", "2018-05-01", "2023-05-01")
    lab = "https://lis.westlake.example/codes"
    b.local_lab(lab, "ERPCT", "Estrogen receptor, % positive nuclei", "2024-05-20", 95, "%")
    b.local_lab(lab, "PRPCT", "Progesterone receptor, % positive nuclei", "2024-05-20", 10, "%")
    b.local_lab(lab, "HER2IHC", "HER2 (4B5) IHC score", "2024-05-20", "0", flag=("NEG", "Negative"))
    b.med_request(rx("femara"), "2024-06-10", status="stopped", statusReason=txt("Disease progression"))
    b.med_request(rx("kisqali"), "2024-06-10", status="stopped", statusReason=txt("Disease progression"),
                  dosageInstruction=[{"text": "600 mg daily d1-21 q28d"}])
    b.report(txt("MRI thoracolumbar spine"), "2026-03-24", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="New enhancing lesions at T10 and L2 vertebral bodies compared with 09/2025; disease progression.")
    results = [
        variant(b, "2026-04-15", "AKT1", cdna="NM_005163.2:c.49G>A", protein="p.E17K", vaf=0.31,
                significance="Pathogenic - Tier I", method_text="Tempus xT 648-gene DNA panel, tumor/normal"),
        variant(b, "2026-04-15", "PIK3CA", gene_code="HGNC:8975", present=False, source=None,
                method_text="Tempus xT 648-gene DNA panel"),
        variant(b, "2026-04-15", "TP53", gene_code="HGNC:11998", cdna="NM_000546.6:c.818G>A", protein="p.R273H",
                vaf=0.22, significance="Pathogenic - Tier II"),
        b.obs(cc(lnc("94076-7", "Mutations/Megabase [# Ratio] in Tumor")), "2026-04-15",
              valueQuantity={"value": 3.2, "unit": "mutations/Mb"}),
        b.obs(cc(lnc("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")),
              "2026-04-15", valueCodeableConcept=txt("Microsatellite stable (MSS)")),
    ]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="Tempus xT"), "2026-04-15",
             cc(cd(V2_0074, "GE", "Genetics")), result=results,
             conclusion="AKT1 p.E17K (VAF 31%) - potential benefit: capivasertib + fulvestrant. No PIK3CA alteration.")
    b.ecog("2026-05-06", 1)
    b.local_lab(lab, "HBA1C", "Hemoglobin A1c", "2026-04-28", 6.4, "%")
    b.cbc("2026-04-28", 12.1, 6.0, 240, 3.9)
    b.chem("2026-04-28", 0.9, 25, 31, 0.6, 131)
    b.vitals("2026-05-06", 81.0, 138, 84)
    b.med_request(rx("metformin500"), "2016-09-01", dosageInstruction=[{"text": "500 mg BID"}])
    b.med_admin(rx("zoledronic4"), "2026-04-02")
    b.med_request(cc(cd(RXN, "2669967", "capivasertib"), text="Truqap 400 mg PO BID 4 days on / 3 days off"), "2026-05-06")
    b.med_request(rx("fulvestrant"), "2026-05-06", dosageInstruction=[{"text": "500 mg IM d1, d15, then q28d"}])


@case("breast", 4, "supported", "neratinib", "2025-09-02", "neratinib",
      "44-year-old woman with stage IIB (pT2 pN1a M0) HR-positive, HER2-positive (IHC 3+) left breast cancer "
      "who completed one year of adjuvant trastuzumab-based therapy (TCHP then HP) in 04/2025; extended "
      "adjuvant neratinib requested 2025-09-02.",
      "NERLYNX (neratinib) 1.1: as a single agent for the extended adjuvant treatment of adults with "
      "early-stage HER2-positive breast cancer, to follow adjuvant trastuzumab-based therapy; ExteNET.",
      "registry abstract: ICD-O-3 topography/morphology, NAACCR-style summary fields, AJCC '2B', chemo as Procedure")
def b04(b):
    b.patient("Priya", "Raman", "female", "1981-06-17", "urn:oid:2.16.840.1.113883.19.5.88", "REG-552310")
    b.encounter("2025-09-02", "Survivorship / adjuvant therapy visit")
    b.condition(cc(cd(ICDO3, "C50.2", "Upper-inner quadrant of breast"),
                   icd("C50.212", "Malignant neoplasm of upper-inner quadrant of left female breast"),
                   text="Infiltrating duct carcinoma, left breast UIQ"), "2024-02-19",
                extension=[{"url": "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior",
                            "valueCodeableConcept": cc(cd(ICDO3, "8500/3", "Infiltrating duct carcinoma, NOS"))}],
                bodySite=[cc(cd(ICDO3, "C50.2", "Upper-inner quadrant of breast"), text="Left breast")])
    reg = "urn:naaccr:item"
    b.obs(cc(cd(reg, "764", "Summary Stage 2018"), text="SEER Summary Stage 2018"), "2024-03-28",
          valueCodeableConcept=txt("3 - Regional, lymph nodes only"))
    b.obs(cc(cd(reg, "1011", "Derived AJCC Pathologic Stage Group"), lnc("21902-2", "Stage group.pathology Cancer")),
          "2024-03-28", valueCodeableConcept=txt("2B"))
    b.obs(cc(cd(reg, "1012", "AJCC TNM Path"), text="Pathologic TNM"), "2024-03-28", valueString="pT2 pN1a M0")
    b.obs(cc(cd(reg, "3827", "Estrogen Receptor Summary")), "2024-02-23", valueCodeableConcept=txt("1 - Positive"))
    b.obs(cc(cd(reg, "3915", "Progesterone Receptor Summary")), "2024-02-23", valueCodeableConcept=txt("0 - Negative"))
    b.obs(cc(cd(reg, "3851", "HER2 IHC Summary")), "2024-02-23", valueCodeableConcept=txt("3 - Positive (3+)"))
    b.obs(cc(cd(reg, "3855", "HER2 Overall Summary")), "2024-02-23", valueCodeableConcept=txt("1 - Positive"))
    b.procedure(txt("Modified radical mastectomy, left"), "2024-03-26")
    b.procedure(cc(sct("367336001", "Chemotherapy"), text="Chemotherapy"), "2024-04-22", end="2024-08-05",
                note=note("Adjuvant TCHP (docetaxel, carboplatin, trastuzumab, pertuzumab) x 6 cycles"))
    b.med_statement(txt("Trastuzumab (Herceptin) 6 mg/kg IV q3w + pertuzumab (Perjeta) 420 mg q3w, "
                        "adjuvant, to complete 1 year of HER2-directed therapy"), "completed",
                    "2024-04-22", "2025-04-10")
    b.procedure(txt("Post-mastectomy radiation therapy, chest wall and regional nodes"), "2024-09-03", end="2024-10-11")
    b.med_request(cc(cd(RXN, "313195", "tamoxifen 20 MG Oral Tablet"), text="tamoxifen 20 mg daily"), "2024-10-20")
    b.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction")), "2025-08-20", IMAGING, valueQuantity=qty(61, "%"))
    b.report(txt("Mammogram, right, diagnostic"), "2025-08-18", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="BI-RADS 1. No evidence of malignancy.")
    b.condition(cc(icd("E03.9", "Hypothyroidism, unspecified")), "2021-01-10")
    b.med_request(rx("levothyroxine100"), "2021-01-10")
    b.cbc("2025-08-20", 13.0, 6.2, 255, 3.8)
    b.chem("2025-08-20", 0.7, 18, 20, 0.4, 88)
    b.vitals("2025-09-02", 63.2, 118, 74)
    b.ecog("2025-09-02", 0)
    b.med_request(cc(cd(RXN, "1940643", "neratinib"), text="Nerlynx 240 mg PO daily x 1 year (dose escalation)"), "2025-09-02")
    b.med_request(rx("loperamide"), "2025-09-02", dosageInstruction=[{"text": "prophylaxis 4 mg then 2 mg q4h"}])


@case("breast", 5, "supported", "pembrolizumab", "2026-01-14", "pembrolizumab",
      "37-year-old woman with newly diagnosed clinical stage IIB (cT2 cN1 cM0) triple-negative breast cancer "
      "(ER 0%, PR 0%, HER2 IHC 0); neoadjuvant pembrolizumab with carboplatin/paclitaxel (KEYNOTE-522) "
      "requested 2026-01-14.",
      "KEYTRUDA (pembrolizumab) 1.x: high-risk early-stage TNBC in combination with chemotherapy as "
      "neoadjuvant treatment, then continued as a single agent as adjuvant treatment after surgery; KEYNOTE-522.",
      "clinical cT/cN/cM as separate LOINC Observations with bare text ('IIB'), receptors as local valueString")
def b05(b):
    b.patient("Aaliyah", "Jordan", "female", "1988-09-09", "http://stmarys.example/patients", "SM-1180443")
    b.encounter("2026-01-14", "New patient consult - breast medical oncology")
    b.condition(cc(icd("C50.811", "Malignant neoplasm of overlapping sites of right female breast"),
                   sct("254837009", "Malignant neoplasm of breast"), text="Right breast carcinoma"), "2025-12-18")
    aj = txt("AJCC Cancer Staging Manual, 8th edition")
    b.obs(cc(lnc("21905-5", "Primary tumor.clinical [Class] Cancer")), "2026-01-05", valueCodeableConcept=txt("cT2"), method=aj)
    b.obs(cc(lnc("21906-3", "Regional lymph nodes.clinical [Class] Cancer")), "2026-01-05", valueCodeableConcept=txt("cN1"), method=aj)
    b.obs(cc(lnc("21907-1", "Distant metastases.clinical [Class] Cancer")), "2026-01-05", valueCodeableConcept=txt("cM0"), method=aj)
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2026-01-05", valueCodeableConcept=txt("IIB"), method=aj)
    lab = "https://pathology.stmarys.example/results"
    res = [b.local_lab(lab, "ER", "Estrogen receptor", "2025-12-19", "ER: Negative (0%)"),
           b.local_lab(lab, "PR", "Progesterone receptor", "2025-12-19", "PR: Negative (0%)"),
           b.local_lab(lab, "HER2", "HER2", "2025-12-19", "HER2: Negative (IHC 0)"),
           b.local_lab(lab, "KI67", "Ki-67", "2025-12-19", "85%")]
    b.report(txt("Surgical pathology - core biopsy right breast 10:00 and right axillary node"), "2025-12-19",
             cc(cd(V2_0074, "SP", "Surgical Pathology")), result=res,
             conclusion="Invasive ductal carcinoma, Nottingham grade 3, 2.8 cm by imaging. Axillary lymph node: "
                        "metastatic carcinoma. Triple negative phenotype.")
    b.report(txt("PET/CT skull base to mid-thigh"), "2025-12-29", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="FDG-avid right breast mass and single right axillary node. No distant metastatic disease.")
    b.report(txt("Hereditary cancer panel (germline, 84 genes)"), "2026-01-09", cc(cd(V2_0074, "GE", "Genetics")),
             conclusion="No pathogenic or likely pathogenic germline variants identified (BRCA1, BRCA2, PALB2 negative).")
    b.procedure(txt("Insertion of tunneled central venous port"), "2026-01-08")
    b.karnofsky("2026-01-14", 90)
    b.condition(cc(icd("F41.1", "Generalized anxiety disorder")), "2024-05-02")
    b.med_request(rx("sertraline50"), "2024-05-02")
    b.cbc("2026-01-12", 12.9, 7.4, 302, 4.6)
    b.chem("2026-01-12", 0.6, 15, 19, 0.3, 86)
    b.vitals("2026-01-14", 71.5, 122, 76)
    b.med_request(rx("keytruda"), "2026-01-14", dosageInstruction=[{"text": "200 mg IV q3w x8 neoadjuvant, then 9 adjuvant"}])
    b.med_request(rx("carboplatin"), "2026-01-14", dosageInstruction=[{"text": "AUC 5 q3w x4 (KEYNOTE-522)"}])
    b.med_request(rx("paclitaxel"), "2026-01-14", dosageInstruction=[{"text": "80 mg/m2 weekly x12"}])


@case("breast", 6, "supported", "datopotamab", "2026-07-21", "datopotamab deruxtecan",
      "58-year-old woman with ER-positive, HER2-negative (IHC 0) breast cancer metastatic to bone and liver, "
      "treated with anastrozole + palbociclib and then capecitabine for metastatic disease with progression; "
      "datopotamab deruxtecan requested 2026-07-21.",
      "DATROWAY (datopotamab deruxtecan-dlnk) 1.1: unresectable or metastatic HR-positive, HER2-negative "
      "(IHC 0, IHC 1+ or IHC 2+/ISH-) breast cancer after prior endocrine-based therapy and chemotherapy for "
      "unresectable or metastatic disease; TROPION-Breast01.",
      "receptor panel as one Observation with components; chemo as Procedure 367336001 + note; ET as text")
def b06(b):
    b.patient("Janet", "Kowalski", "female", "1968-01-25", "http://lakeshore.example/mrn", "LS-30192")
    b.encounter("2026-07-21", "Oncology clinic")
    b.condition(cc(sct("254837009", "Malignant neoplasm of breast"), text="Metastatic breast cancer, ER+/HER2-"), "2021-04-06")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2023-08-14")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-09-10")
    b.procedure(txt("Laparoscopic bilateral salpingo-oophorectomy"), "2019-11-04")
    b.med_statement(txt("tamoxifen 20 mg daily (adjuvant)"), "stopped", "2021-06-01", "2023-08-14")
    b.med_statement(txt("anastrozole 1 mg daily + palbociclib (Ibrance) 125 mg d1-21 - first-line metastatic"),
                    "stopped", "2023-09-05", "2025-09-10", statusReason=[txt("progression (new liver lesions)")])
    b.obs(cc(cd("https://lis.lakeshore.example", "BRRECPANEL"), text="Breast receptor panel (liver biopsy)"),
          "2025-09-18", component=[
              {"code": txt("Estrogen receptor"), "valueString": "Positive (85%, moderate-strong)"},
              {"code": txt("Progesterone receptor"), "valueString": "Negative (<1%)"},
              {"code": txt("HER2 IHC (4B5)"), "valueString": "0"},
              {"code": txt("HER2 overall"), "valueString": "Negative"},
          ])
    b.procedure(cc(sct("367336001", "Chemotherapy")), "2025-10-01", end="2026-06-30",
                note=note("Metastatic line 2: capecitabine 1000 mg/m2 BID d1-14 q21d; stopped 2026-06-30 for "
                          "progression (new liver lesions on MRI 2026-06-26)"))
    b.report(txt("MRI abdomen with and without contrast"), "2026-06-26", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="New hepatic metastases in segments IV and VI; enlarging segment VIII lesion. Progression.")
    b.ecog("2026-07-21", 1)
    b.condition(cc(icd("E03.9", "Hypothyroidism, unspecified")), "2012-03-01")
    b.med_request(rx("levothyroxine100"), "2012-03-01")
    b.med_admin(rx("xgeva"), "2026-06-23", dose=qty(120, "mg"))
    b.cbc("2026-07-15", 11.6, 4.9, 176, 2.9)
    b.chem("2026-07-15", 0.8, 52, 61, 1.0, 97)
    b.vitals("2026-07-21", 70.2, 126, 80)
    b.med_request(rx("datroway"), "2026-07-21", dosageInstruction=[{"text": "6 mg/kg IV q3w"}])


@case("breast", 7, "needs-documentation", "elacestrant", "2025-08-12", "elacestrant",
      "69-year-old postmenopausal woman with ER-positive, HER2-negative breast cancer metastatic to bone, "
      "progressed on letrozole + palbociclib; a ctDNA ESR1 test is ordered but no ESR1 result is on record; "
      "elacestrant requested 2025-08-12.",
      "ORSERDU (elacestrant) 1.1: postmenopausal women or adult men with ER-positive, HER2-negative, "
      "ESR1-mutated advanced or metastatic breast cancer with disease progression after at least one line "
      "of endocrine therapy; EMERALD.",
      "ESR1 mutation status absent (only a pending Guardant360 order); everything else documented",
      missing=["esr1"])
def b07(b):
    b.patient("Gloria", "Santos", "female", "1956-04-02", "urn:oid:2.16.840.1.113883.3.1010.2", "AS-77120")
    b.encounter("2025-08-12", "Follow-up, medical oncology")
    b.condition(cc(icd("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast")), "2017-10-03")
    b.condition(cc(icd("Z17.0", "Estrogen receptor positive status [ER+]")), "2017-10-03")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2023-01-17")
    b.condition(cc(icd("M81.0", "Age-related osteoporosis without current pathological fracture")), "2019-02-11")
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2010-05-05")
    lab = "urn:oid:2.16.840.1.113883.3.1010.5.1"
    b.local_lab(lab, "87654", "ESTROGEN RECEPTOR", "2023-01-24", "POSITIVE, 95% STRONG")
    b.local_lab(lab, "87655", "PROGESTERONE RECEPTOR", "2023-01-24", "POSITIVE, 30%")
    b.local_lab(lab, "87656", "HER2 BY IHC", "2023-01-24", "1+ NEGATIVE")
    b.obs(cc(sct("161712005", "Menopause, function")), "2023-01-17", SURVEY,
          valueCodeableConcept=cc(sct("307429007", "After menopause")))
    b.med_request(rx("femara"), "2023-02-06", status="stopped", statusReason=txt("Progressive disease"))
    b.med_request(rx("ibrance125cap"), "2023-02-06", status="stopped", statusReason=txt("Progressive disease"))
    b.report(txt("NM bone scan whole body"), "2025-07-21", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="New foci of uptake in the right iliac bone and T7; progression of osseous metastatic disease.")
    b.service_request(txt("Guardant360 CDx liquid biopsy (ESR1)"), "2025-08-05")
    b.karnofsky("2025-08-12", 80)
    b.med_admin(rx("zoledronic4"), "2025-07-28")
    b.med_request(rx("losartan50"), "2010-05-05")
    b.cbc("2025-08-05", 12.4, 5.5, 230, 3.4)
    b.chem("2025-08-05", 1.0, 19, 24, 0.5, 99)
    b.vitals("2025-08-12", 64.0, 142, 86)
    b.med_request(cc(cd(RXN, "2628469", "elacestrant"), text="Orserdu 345 mg PO daily"), "2025-08-12")


@case("breast", 8, "needs-documentation", "talazoparib", "2026-02-03", "talazoparib",
      "51-year-old woman with HR-positive, HER2-negative (IHC 1+, FISH not amplified) breast cancer metastatic "
      "to bone and liver after endocrine therapy and capecitabine; germline BRCA testing sent but not "
      "resulted; talazoparib requested 2026-02-03.",
      "TALZENNA (talazoparib) 1.1: deleterious or suspected deleterious germline BRCA-mutated, HER2-negative "
      "locally advanced or metastatic breast cancer; EMBRACA.",
      "gBRCA status absent (test pending); facts otherwise in a progress-note report conclusion",
      missing=["brca"])
def b08(b):
    b.patient("Linda", "Okafor", "female", "1974-12-12", "http://metrohealth.example/mrn", "MH-442918")
    b.encounter("2026-02-03", "Oncology progress visit")
    b.condition(cc(icd("C50.912", "Malignant neoplasm of unspecified site of left female breast"), text="Left breast cancer"),
                "2022-04-11", note=note("Stage IIIA at diagnosis 2022; recurrence 06/2024 (bone, liver)."))
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2024-06-20")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2024-06-20")
    b.condition(cc(icd("E66.9", "Obesity, unspecified")), "2019-01-01")
    b.local_lab("http://metrohealth.example/lab", "HER2FISH", "HER2 FISH", "2024-06-27",
                "NOT AMPLIFIED (HER2/CEP17 1.2)", flag=("NEG", "Negative"))
    b.med_statement(txt("doxorubicin/cyclophosphamide -> paclitaxel (adjuvant)"), "completed", "2022-05-10", "2022-10-25")
    b.med_statement(txt("fulvestrant + ribociclib (first-line metastatic)"), "stopped", "2024-07-08", "2025-06-16")
    b.med_statement(txt("capecitabine (second-line metastatic)"), "stopped", "2025-07-01", "2026-01-12")
    b.service_request(txt("Germline BRCA1/BRCA2 sequencing and large rearrangement analysis (BRACAnalysis CDx)"),
                      "2026-01-20")
    b.report(txt("Oncology Progress Note"), "2026-02-03", cc(cd(V2_0074, "OTH", "Other")),
             conclusion="51F with metastatic HR+/HER2-negative breast cancer (ER 60%, PR 5%, HER2 IHC 1+, FISH not "
                        "amplified) to bone and liver. Dx 04/2022 stage IIIA; s/p AC-T, mastectomy, RT, letrozole; "
                        "recurrence 06/2024. s/p fulvestrant + ribociclib (PD 06/2025), capecitabine (PD 01/2026, "
                        "enlarging liver lesions). ECOG 1. Germline genetic testing sent 01/20/2026 - result pending. "
                        "Plan: talazoparib 1 mg daily.")
    b.cbc("2026-01-27", 11.9, 5.8, 201, 3.5)
    b.chem("2026-01-27", 0.9, 44, 50, 0.8, 118)
    b.vitals("2026-02-03", 96.3, 136, 88)
    b.med_request(rx("ondansetron8"), "2026-02-03")
    b.med_request(cc(cd(RXN, "2099704", "talazoparib"), text="Talzenna 1 mg PO daily"), "2026-02-03")


@case("breast", 9, "needs-documentation", "margetuximab", "2025-10-07", "margetuximab",
      "55-year-old woman with HER2-positive (IHC 3+) metastatic breast cancer (lung, bone) treated since 2022 at "
      "an outside institution whose records are not available; margetuximab with capecitabine requested "
      "2025-10-07.",
      "MARGENZA (margetuximab-cmkb) 1.1: with chemotherapy for metastatic HER2-positive breast cancer after two "
      "or more prior anti-HER2 regimens, at least one for metastatic disease; SOPHIA.",
      "prior anti-HER2 regimens not documented (outside records pending)",
      missing=["prior_therapy"])
def b09(b):
    b.patient("Rosa", "Whitfield", "female", "1970-07-07", "http://valleyonc.example/mrn", "VO-20931")
    b.encounter("2025-10-07", "New patient - transfer of care")
    b.condition(cc(icd("C50.912", "Malignant neoplasm of unspecified site of left female breast"),
                   text="HER2-positive breast cancer, metastatic"), "2022-03-01",
                stage=[{"summary": txt("Stage IV")}],
                note=note("Metastatic HER2+ breast cancer diagnosed 2022 at Mercy Regional; treated there. "
                          "Outside treatment records requested 09/2025, not yet received."))
    b.condition(cc(icd("C78.02", "Secondary malignant neoplasm of left lung")), "2022-03-01")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2025-09-15")
    b.obs(cc(lnc("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")), "2025-09-19",
          valueCodeableConcept=txt("3+"), interpretation=interp("POS", "Positive"))
    b.obs(cc(lnc("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")), "2025-09-19",
          valueCodeableConcept=txt("Negative"), interpretation=interp("NEG", "Negative"))
    b.obs(cc(lnc("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")), "2025-09-19",
          valueCodeableConcept=txt("Negative"), interpretation=interp("NEG", "Negative"))
    b.report(txt("CT chest abdomen pelvis"), "2025-09-15", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Multiple bilateral pulmonary nodules, enlarged vs outside CT 03/2025; new lytic lesion L4. "
                        "Progressive metastatic disease.")
    b.ecog("2025-10-07", 1)
    b.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction")), "2025-09-30", IMAGING, valueQuantity=qty(57, "%"))
    b.condition(cc(icd("E11.9", "Type 2 diabetes mellitus without complications")), "2015-02-02")
    b.med_request(rx("metformin500"), "2015-02-02")
    b.cbc("2025-10-01", 12.2, 6.6, 260, 4.0)
    b.chem("2025-10-01", 0.8, 21, 23, 0.5, 140)
    b.vitals("2025-10-07", 74.9, 130, 80)
    b.med_request(cc(cd(RXN, "2473851", "margetuximab"), text="margetuximab-cmkb 15 mg/kg IV q3w"), "2025-10-07")
    b.med_request(rx("capecitabine500"), "2025-10-07", dosageInstruction=[{"text": "1000 mg/m2 BID d1-14 q21d"}])


@case("breast", 10, "refer-to-reviewer", "ribociclib", "2025-06-24", "ribociclib",
      "60-year-old postmenopausal woman with pathologic stage IA (pT1c pN0(sn) M0) HR-positive, HER2-negative "
      "breast cancer after lumpectomy and radiation, on letrozole; adjuvant ribociclib requested 2025-06-24.",
      "KISQALI (ribociclib) 1.x: with an aromatase inhibitor for the adjuvant treatment of adults with "
      "HR-positive, HER2-negative stage II and III early breast cancer at high risk of recurrence; NATALEE.",
      "stage IA contradicts the stage II-III requirement")
def b10(b):
    b.patient("Susan", "Harper", "female", "1965-03-15", "urn:oid:1.2.840.114350.1.13.220.2.7.5.737384.14", "E8830215")
    b.encounter("2025-06-24", "Office Visit")
    aj = txt("AJCC 8th edition")
    t = b.obs(cc(lnc("21899-0", "Primary tumor.pathology Cancer")), "2025-04-25", valueCodeableConcept=txt("pT1c"), method=aj)
    n = b.obs(cc(lnc("21900-6", "Regional lymph nodes.pathology Cancer")), "2025-04-25", valueCodeableConcept=txt("pN0(sn)"), method=aj)
    g = b.obs(cc(lnc("21902-2", "Stage group.pathology Cancer")), "2025-04-25", valueCodeableConcept=txt("Stage IA"), method=aj)
    b.condition(cc(icd("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"),
                   cd(EPIC_EDG, "77102", "Malignant neoplasm of upper-outer quadrant of right breast in female, estrogen receptor positive")),
                "2025-03-20", stage=[{"summary": txt("Stage IA"), "assessment": [t, n, g]}])
    lab = "urn:oid:1.2.840.114350.1.13.220.2.7.2.768282"
    b.local_lab(lab, "5521", "ER IHC", "2025-03-24", "Positive, 95%, strong", flag=("POS", "Positive"))
    b.local_lab(lab, "5522", "PR IHC", "2025-03-24", "Positive, 60%", flag=("POS", "Positive"))
    b.local_lab(lab, "5523", "HER2 IHC", "2025-03-24", "0", flag=("NEG", "Negative"))
    b.local_lab(lab, "5524", "Ki-67", "2025-03-24", "15%")
    b.procedure(txt("Lumpectomy, right, with sentinel lymph node biopsy (0/2 nodes)"), "2025-04-22")
    b.procedure(txt("Whole-breast radiation, right"), "2025-05-12", end="2025-05-30")
    b.obs(txt("Menstrual history - last menstrual period"), "2025-03-20", SURVEY, valueString="LMP 2012; postmenopausal")
    b.med_request(rx("femara"), "2025-06-02", dosageInstruction=[{"text": "2.5 mg daily x 5 years"}])
    b.condition(cc(icd("E78.5", "Hyperlipidemia, unspecified")), "2014-08-08")
    b.med_request(rx("rosuvastatin10"), "2014-08-08")
    b.cbc("2025-06-16", 13.4, 6.1, 244, 3.7)
    b.chem("2025-06-16", 0.8, 20, 22, 0.6, 95)
    b.vitals("2025-06-24", 69.8, 124, 78)
    b.ecog("2025-06-24", 0)
    b.med_request(rx("kisqali"), "2025-06-24", dosageInstruction=[{"text": "400 mg daily d1-21 q28d x 3 years"}])


@case("breast", 11, "refer-to-reviewer", "tucatinib", "2026-04-15", "tucatinib",
      "53-year-old woman with ER-positive breast cancer metastatic to brain and bone whose tumor is HER2 IHC 1+ "
      "with HER2/CEP17 ratio 1.1 (not amplified), i.e. HER2-negative; tucatinib + trastuzumab + capecitabine "
      "requested 2026-04-15.",
      "TUKYSA (tucatinib) 1.1: with trastuzumab and capecitabine for advanced unresectable or metastatic "
      "HER2-positive breast cancer, including brain metastases, after one or more prior anti-HER2-based regimens "
      "in the metastatic setting; HER2CLIMB.",
      "HER2-negative (IHC 1+, FISH ratio 1.1) contradicts HER2-positive")
def b11(b):
    b.patient("Diane", "Mercer", "female", "1972-10-30", "http://northshore.example/mrn", "NS-664012")
    b.encounter("2026-04-15", "Medical oncology visit")
    b.condition(cc(icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")), "2020-02-14")
    b.condition(cc(icd("C79.31", "Secondary malignant neoplasm of brain")), "2024-09-10")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2024-09-10")
    lab = "http://northshore.example/lab"
    b.local_lab(lab, "ER", "Estrogen receptor (SP1)", "2024-09-16", "Positive, 80%", flag=("POS", "Positive"))
    b.local_lab(lab, "HER2IHC", "HER2 IHC (4B5)", "2024-09-16", "1+")
    b.obs(cc(cd(lab, "HER2FISH"), text="HER2 FISH (PathVysion)"), "2024-09-18",
          interpretation=interp("NEG", "Negative"),
          valueCodeableConcept=txt("Not amplified (ASCO/CAP group 5)"),
          component=[{"code": txt("HER2/CEP17 ratio"), "valueQuantity": {"value": 1.1}},
                     {"code": txt("Average HER2 copy number per cell"), "valueQuantity": {"value": 2.3}}])
    b.procedure(txt("Stereotactic radiosurgery, 2 brain lesions"), "2024-10-02")
    b.med_request(rx("femara"), "2024-10-14", status="completed")
    b.med_request(rx("ibrance125tab"), "2024-10-14", status="stopped", statusReason=txt("Progression"))
    b.report(txt("MRI brain with and without contrast"), "2026-03-30", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Two new enhancing lesions (left frontal 6 mm, right cerebellar 8 mm). Progression.")
    b.ecog("2026-04-15", 1)
    b.cbc("2026-04-08", 12.6, 5.4, 210, 3.3)
    b.chem("2026-04-08", 0.8, 28, 30, 0.6, 101)
    b.vitals("2026-04-15", 66.3, 128, 79)
    b.med_request(rx("dexamethasone4"), "2026-03-30")
    b.med_request(rx("tukysa150"), "2026-04-15", dosageInstruction=[{"text": "300 mg PO BID"}])
    b.med_request(rx("trastuzumab"), "2026-04-15", dosageInstruction=[{"text": "8 mg/kg then 6 mg/kg q3w"}])
    b.med_request(rx("capecitabine500"), "2026-04-15", dosageInstruction=[{"text": "1000 mg/m2 BID d1-14 q21d"}])


@case("breast", 12, "refer-to-reviewer", "inavolisib", "2025-12-09", "inavolisib",
      "62-year-old woman with HR-positive, HER2-negative breast cancer that recurred in the lungs while on "
      "adjuvant letrozole; FoundationOne Liquid CDx shows no PIK3CA alteration (ESR1 Y537S detected); "
      "inavolisib + palbociclib + fulvestrant requested 2025-12-09.",
      "ITOVEBI (inavolisib) 1.1: with palbociclib and fulvestrant for endocrine-resistant, PIK3CA-mutated, "
      "HR-positive, HER2-negative locally advanced or metastatic breast cancer following recurrence on or after "
      "adjuvant endocrine therapy; INAVO120.",
      "PIK3CA not detected on plasma NGS contradicts PIK3CA-mutated")
def b12(b):
    b.patient("Carol", "Nguyen", "female", "1963-05-19", "http://pacificcancer.example/mrn", "PC-118273")
    b.encounter("2025-12-09", "Return visit")
    b.condition(cc(icd("C50.511", "Malignant neoplasm of lower-outer quadrant of right female breast")), "2021-06-02")
    b.condition(cc(icd("C78.01", "Secondary malignant neoplasm of right lung")), "2025-10-21")
    lab = "http://pacificcancer.example/lab"
    b.local_lab(lab, "ER", "ER", "2021-06-07", "Positive (90%)", flag=("POS", "Positive"))
    b.local_lab(lab, "PR", "PR", "2021-06-07", "Positive (50%)", flag=("POS", "Positive"))
    b.local_lab(lab, "HER2", "HER2 IHC", "2021-06-07", "0", flag=("NEG", "Negative"))
    b.local_lab(lab, "ER", "ER", "2025-10-28", "Positive (80%)", flag=("POS", "Positive"))
    b.local_lab(lab, "HER2", "HER2 IHC", "2025-10-28", "0", flag=("NEG", "Negative"))
    b.med_request(rx("letrozole"), "2021-08-16", status="stopped", statusReason=txt("Recurrence on adjuvant letrozole"))
    b.report(txt("CT chest"), "2025-10-21", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Multiple new bilateral pulmonary nodules up to 1.8 cm, suspicious for metastases.")
    res = [
        variant(b, "2025-11-20", "PIK3CA", gene_code="HGNC:8975", present=False, source=None,
                method_text="FoundationOne Liquid CDx (cfDNA)"),
        variant(b, "2025-11-20", "ESR1", cdna="NM_000125.4:c.1610A>C", protein="p.Tyr537Ser", vaf=0.021,
                significance="Pathogenic", method_text="FoundationOne Liquid CDx (cfDNA)"),
        variant(b, "2025-11-20", "TP53", gene_code="HGNC:11998", cdna="NM_000546.6:c.743G>A",
                protein="p.Arg248Gln", vaf=0.017, significance="Pathogenic"),
        b.local_lab("https://foundationmedicine.example/codes", "TF", "Tumor fraction (ctDNA)", "2025-11-20", 4.0, "%"),
    ]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="FoundationOne Liquid CDx"), "2025-11-20",
             cc(cd(V2_0074, "GE", "Genetics")), result=res,
             conclusion="ESR1 Y537S; TP53 R248Q. No reportable alterations in PIK3CA, AKT1 or PTEN. "
                        "Tumor fraction 4%.")
    b.ecog("2025-12-09", 0)
    b.condition(cc(icd("E78.5", "Hyperlipidemia, unspecified")), "2018-01-01")
    b.med_request(rx("rosuvastatin10"), "2018-01-01")
    b.local_lab(lab, "A1C", "HbA1c", "2025-12-01", 5.6, "%")
    b.cbc("2025-12-01", 13.1, 6.3, 250, 4.1)
    b.chem("2025-12-01", 0.7, 17, 21, 0.4, 92)
    b.vitals("2025-12-09", 59.5, 120, 72)
    b.med_request(cc(cd(RXN, "2695422", "inavolisib"), text="Itovebi 9 mg PO daily"), "2025-12-09")
    b.med_request(rx("ibrance125tab"), "2025-12-09")
    b.med_request(rx("fulvestrant"), "2025-12-09")


# ===========================================================================
# NSCLC
# ===========================================================================
def nsclc_dx(b, icd_code, icd_disp, onset, **extra):
    return b.condition(cc(icd(icd_code, icd_disp), sct("254637007", "Non-small cell lung cancer")), onset, **extra)


@case("nsclc", 1, "supported", "osimertinib", "2025-10-20", "osimertinib",
      "67-year-old man with resected stage IIIA (pT2b pN2) lung adenocarcinoma harboring an EGFR exon 19 "
      "deletion, after right upper lobectomy and four cycles of adjuvant cisplatin/pemetrexed, no evidence of "
      "disease; adjuvant osimertinib requested 2025-10-20.",
      "TAGRISSO (osimertinib) 1.1: adjuvant therapy after tumor resection in adults with NSCLC whose tumors "
      "have EGFR exon 19 deletions or exon 21 L858R mutations; ADAURA.",
      "Epic pathologic stage 21902-2 + pT/pN text; EGFR as Epic component valueString; adjuvant chemo as SCD administrations")
def n01(b):
    b.patient("Walter", "Chen", "male", "1958-02-11", "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14", "E1120874")
    b.encounter("2025-10-20", "Office Visit - Thoracic Oncology")
    surg = b.procedure(cc(cd(EPIC_COMP, "PRC3318"), text="VATS right upper lobectomy with mediastinal lymph node dissection"),
                       "2025-06-10")
    aj = txt("AJCC 8th edition")
    t = b.obs(cc(lnc("21899-0", "Primary tumor.pathology Cancer")), "2025-06-14", valueCodeableConcept=txt("pT2b"), method=aj)
    n = b.obs(cc(lnc("21900-6", "Regional lymph nodes.pathology Cancer")), "2025-06-14", valueCodeableConcept=txt("pN2"), method=aj)
    g = b.obs(cc(lnc("21902-2", "Stage group.pathology Cancer")), "2025-06-14", valueCodeableConcept=txt("Stage IIIA"), method=aj)
    egfr = b.obs(cc(cd(EPIC_COMP, "31208"), text="EGFR MUTATION ANALYSIS"), "2025-06-20",
                 valueString="POSITIVE - EGFR exon 19 deletion (p.E746_A750del) detected", interpretation=interp("DET", "Detected"))
    b.obs(cc(cd(EPIC_COMP, "31209"), text="ALK IHC (D5F3)"), "2025-06-20", valueString="Negative")
    b.obs(cc(cd(EPIC_COMP, "31210"), text="PD-L1 22C3 TPS"), "2025-06-20", valueString="20%")
    nsclc_dx(b, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "2025-05-02",
             stage=[{"summary": txt("Stage IIIA"), "assessment": [t, n, g]}], evidence=[{"detail": [egfr, surg]}])
    for d in ("2025-07-08", "2025-07-29", "2025-08-19", "2025-09-09"):
        b.med_admin(rx("cisplatin"), d, dose=qty(75, "mg/m2", "mg/m2"))
        b.med_admin(rx("pemetrexed500"), d, dose=qty(500, "mg/m2", "mg/m2"))
    b.report(cc(cd(EPIC_COMP, "IMG2201"), text="CT CHEST W CONTRAST"), "2025-10-06", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Postsurgical changes of right upper lobectomy. No evidence of recurrent or metastatic disease.")
    b.condition(cc(icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), cd(EPIC_EDG, "40112")), "2014-02-10")
    b.condition(cc(icd("Z87.891", "Personal history of nicotine dependence"), cd(EPIC_EDG, "40118")), "2014-02-10")
    b.med_request(rx("tiotropium"), "2014-02-10")
    b.ecog("2025-10-20", 1)
    b.cbc("2025-10-14", 12.8, 6.8, 232, 4.2)
    b.chem("2025-10-14", 1.1, 24, 26, 0.7, 104)
    b.vitals("2025-10-20", 78.6, 132, 80)
    b.med_request(rx("tagrisso80"), "2025-10-20", dosageInstruction=[{"text": "80 mg daily up to 3 years"}])


@case("nsclc", 2, "supported", "lorlatinib", "2026-02-17", "lorlatinib",
      "41-year-old never-smoking woman with newly diagnosed stage IVB lung adenocarcinoma (brain, liver, bone) "
      "with ALK rearrangement by FISH and ALK IHC positive, EGFR not detected; first-line lorlatinib "
      "requested 2026-02-17.",
      "LORBRENA (lorlatinib) 1.1: adults with metastatic NSCLC whose tumors are ALK-positive as detected by an "
      "FDA-approved test; CROWN.",
      "ALK FISH break-apart valueString + POS, stage only in Condition.stage.summary, Karnofsky")
def n02(b):
    b.patient("Sofia", "Marquez", "female", "1984-08-30", "http://baycity.example/mrn", "BC-90011")
    b.encounter("2026-02-17", "Thoracic oncology new patient")
    nsclc_dx(b, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "2026-01-26",
             stage=[{"summary": txt("Stage IVB (cT2a cN2 cM1c), AJCC 8th"), "type": txt("Clinical")}])
    b.condition(cc(icd("C79.31", "Secondary malignant neoplasm of brain")), "2026-01-28")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-01-26")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2026-01-26")
    lab = "http://baycity.example/molpath"
    b.local_lab(lab, "ALKFISH", "ALK (2p23) FISH break-apart", "2026-01-30",
                "POSITIVE: ALK rearrangement detected in 58% of nuclei (cutoff 15%)", flag=("POS", "Positive"))
    b.local_lab(lab, "ALKIHC", "ALK IHC (D5F3)", "2026-01-30", "Positive (strong granular cytoplasmic)", flag=("POS", "Positive"))
    b.local_lab(lab, "EGFRPCR", "EGFR mutation (cobas v2)", "2026-01-30", "Not detected", flag=("ND", "Not detected"))
    b.local_lab(lab, "PDL1", "PD-L1 (22C3) TPS", "2026-01-30", "5%")
    b.report(txt("MRI brain with and without contrast"), "2026-01-28", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Four subcentimeter enhancing lesions consistent with metastases, no mass effect.")
    b.karnofsky("2026-02-17", 80)
    b.local_lab(lab, "CHOL", "Cholesterol, total", "2026-02-10", 188, "mg/dL")
    b.cbc("2026-02-10", 12.5, 7.9, 312, 5.1)
    b.chem("2026-02-10", 0.6, 33, 38, 0.5, 90)
    b.vitals("2026-02-17", 58.2, 116, 70)
    b.med_request(rx("dexamethasone4"), "2026-01-28", status="completed")
    b.med_request(rx("lorlatinib100"), "2026-02-17", dosageInstruction=[{"text": "100 mg PO daily"}])


@case("nsclc", 3, "supported", "lazertinib", "2025-12-01", "lazertinib",
      "70-year-old man with treatment-naive stage IVA lung adenocarcinoma (malignant pleural effusion) with "
      "EGFR L858R on a plasma ctDNA assay; first-line lazertinib with amivantamab requested 2025-12-01.",
      "LAZCLUZE (lazertinib) 1.1: with amivantamab for first-line treatment of adults with locally advanced "
      "or metastatic NSCLC with EGFR exon 19 deletions or exon 21 L858R substitution mutations; MARIPOSA.",
      "Guardant-style plasma report, p.Leu858Arg (3-letter) with HGNC coding and VAF; stage 21908-9 text 'IVA'")
def n03(b):
    b.patient("Kenji", "Watanabe", "male", "1955-10-10", "http://harborview.example/mrn", "HV-553091")
    b.encounter("2025-12-01", "Oncology consult")
    nsclc_dx(b, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "2025-11-04",
             note=note("No prior systemic therapy."))
    b.condition(cc(icd("J91.0", "Malignant pleural effusion")), "2025-11-04")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2025-11-10", valueCodeableConcept=txt("IVA"))
    b.report(txt("Cytology, pleural fluid"), "2025-11-06", cc(cd(V2_0074, "CP", "Cytopathology")),
             conclusion="Metastatic adenocarcinoma, TTF-1 and Napsin A positive, consistent with lung primary.")
    res = [
        variant(b, "2025-11-18", "EGFR", gene_code="HGNC:3236", cdna="NM_005228.5:c.2573T>G",
                gdna="NC_000007.14:g.55191822T>G", protein="p.Leu858Arg", vaf=0.042,
                method_text="Guardant360 CDx, cell-free DNA (plasma)"),
        variant(b, "2025-11-18", "TP53", gene_code="HGNC:11998", cdna="NM_000546.6:c.524G>A",
                protein="p.Arg175His", vaf=0.031),
    ]
    b.report(txt("Guardant360 CDx"), "2025-11-18", cc(cd(V2_0074, "GE", "Genetics")), result=res,
             conclusion="EGFR L858R (4.2% cfDNA) - FDA-approved therapies: osimertinib, amivantamab + lazertinib, "
                        "erlotinib, afatinib, gefitinib, dacomitinib. ALK, ROS1, RET fusions not detected.",
             specimen=[b.ref(b.add({"resourceType": "Specimen", "type": txt("Peripheral blood plasma (Streck tube)"),
                                    "subject": b.subject, "collection": {"collectedDateTime": "2025-11-10"}}))])
    b.ecog("2025-12-01", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2008-01-01")
    b.condition(cc(icd("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2016-01-01")
    b.med_request(rx("losartan50"), "2008-01-01")
    b.med_request(rx("tamsulosin"), "2016-01-01")
    b.procedure(txt("Thoracentesis, left, ultrasound-guided"), "2025-11-04")
    b.cbc("2025-11-25", 13.5, 7.0, 281, 4.7)
    b.chem("2025-11-25", 1.0, 21, 23, 0.8, 109)
    b.vitals("2025-12-01", 66.0, 138, 84)
    b.med_request(rx("lazcluze240"), "2025-12-01", dosageInstruction=[{"text": "240 mg PO daily"}])
    b.med_request(txt("amivantamab-vmjw (Rybrevant) 1050 mg IV weekly x4 then q2w"), "2025-12-01")


@case("nsclc", 4, "supported", "selpercatinib", "2026-06-09", "selpercatinib",
      "35-year-old woman with stage IVB lung adenocarcinoma (bone, liver) with a KIF5B-RET fusion on RNA NGS; "
      "selpercatinib requested 2026-06-09.",
      "RETEVMO (selpercatinib) 1.1: adults with locally advanced or metastatic NSCLC with a RET gene fusion, "
      "as detected by an FDA-approved test; LIBRETTO-001/431.",
      "fusion as two gene-studied components (KIF5B, RET) with a breakpoint component")
def n04(b):
    b.patient("Emily", "Foster", "female", "1990-12-01", "http://uplandmed.example/mrn", "UM-70023")
    b.encounter("2026-06-09", "Oncology visit")
    nsclc_dx(b, "C34.32", "Malignant neoplasm of lower lobe, left bronchus or lung", "2026-05-05")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2026-05-05")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-05-05")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2026-05-12", valueCodeableConcept=txt("Stage IVB"))
    fusion = b.obs(cc(lnc("69548-6", "Genetic variant assessment"), text="Gene fusion"), "2026-05-26",
                   cat("laboratory", "Laboratory"), valueCodeableConcept=cc(lnc("LA9633-4", "Present")),
                   method=txt("Targeted RNA fusion panel (anchored multiplex PCR)"),
                   component=[
                       {"code": cc(lnc("48018-6", "Gene studied [ID]")), "valueCodeableConcept": txt("KIF5B")},
                       {"code": cc(lnc("48018-6", "Gene studied [ID]")), "valueCodeableConcept": txt("RET")},
                       {"code": txt("Fusion breakpoint"), "valueString": "KIF5B exon 15 :: RET exon 12, in-frame"},
                   ])
    neg = [variant(b, "2026-05-26", "EGFR", gene_code="HGNC:3236", present=False, source=None),
           variant(b, "2026-05-26", "ALK", present=False, source=None),
           variant(b, "2026-05-26", "ROS1", present=False, source=None)]
    b.report(txt("Comprehensive lung cancer panel (DNA + RNA)"), "2026-05-26", cc(cd(V2_0074, "GE", "Genetics")),
             result=[fusion] + neg, conclusion="KIF5B-RET fusion detected. No EGFR, ALK or ROS1 alteration.")
    b.ecog("2026-06-09", 1)
    b.med_request(rx("oxycodone5"), "2026-05-20", dosageInstruction=[{"text": "5 mg q6h PRN bone pain"}])
    b.cbc("2026-06-02", 11.8, 8.2, 355, 5.9)
    b.chem("2026-06-02", 0.7, 30, 35, 0.6, 88)
    b.vitals("2026-06-09", 55.1, 112, 70)
    b.med_request(cc(cd(RXN, "2370147", "selpercatinib"), text="Retevmo 160 mg PO BID"), "2026-06-09")


@case("nsclc", 5, "supported", "repotrectinib", "2026-09-15", "repotrectinib",
      "47-year-old woman with treatment-naive stage IVA lung adenocarcinoma with a CD74-ROS1 fusion (RNA NGS) "
      "and ROS1 IHC positive; repotrectinib requested 2026-09-15.",
      "AUGTYRO (repotrectinib) 1.1: adults with locally advanced or metastatic ROS1-positive NSCLC; TRIDENT-1.",
      "registry ICD-O-3 by OID (2.16.840.1.113883.6.43.1), SEER 'Distant', ROS1 fusion as valueCodeableConcept text")
def n05(b):
    b.patient("Grace", "Lin", "female", "1979-04-04", "urn:oid:2.16.840.1.113883.3.72.5.9.1", "FLT-88231")
    b.encounter("2026-09-15", "Oncology visit")
    b.condition(cc(cd(ICDO3_OID, "C34.1", "Upper lobe, lung"), icd("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"),
                   text="Adenocarcinoma of right upper lobe"), "2026-08-18",
                extension=[{"url": "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior",
                            "valueCodeableConcept": cc(cd(ICDO3_OID, "8140/3", "Adenocarcinoma, NOS"))}])
    b.obs(txt("SEER Summary Stage 2018"), "2026-08-25", valueCodeableConcept=txt("7 - Distant"))
    b.obs(txt("AJCC 8 clinical stage group (abstracted)"), "2026-08-25", valueCodeableConcept=txt("4A"))
    b.condition(cc(icd("C78.01", "Secondary malignant neoplasm of right lung"), text="Contralateral lung nodules"), "2026-08-18")
    mol = "https://molecular.fl-network.example/tests"
    b.obs(cc(cd(mol, "RNAFUS"), text="NGS RNA fusion panel"), "2026-09-01",
          valueCodeableConcept=txt("CD74-ROS1 fusion DETECTED"), interpretation=interp("POS", "Positive"))
    b.local_lab(mol, "ROS1IHC", "ROS1 IHC (D4D6)", "2026-09-01", "Positive, diffuse", flag=("POS", "Positive"))
    b.local_lab(mol, "EGFR", "EGFR (NGS)", "2026-09-01", "No mutation detected", flag=("ND", "Not detected"))
    b.local_lab(mol, "ALK", "ALK (NGS RNA)", "2026-09-01", "No fusion detected", flag=("ND", "Not detected"))
    b.obs(txt("Line of therapy (abstracted)"), "2026-09-15", valueString="No prior systemic therapy")
    b.ecog("2026-09-15", 0)
    b.cbc("2026-09-08", 13.2, 6.5, 260, 4.0)
    b.chem("2026-09-08", 0.7, 18, 22, 0.5, 91)
    b.vitals("2026-09-15", 57.0, 118, 76)
    b.med_request(cc(cd(RXN, "2670644", "repotrectinib"), text="Augtyro 160 mg daily x14 days then 160 mg BID"), "2026-09-15")


@case("nsclc", 6, "supported", "tdxd", "2026-04-28", "fam-trastuzumab deruxtecan",
      "64-year-old man with metastatic lung adenocarcinoma with an ERBB2 (HER2) exon 20 insertion "
      "(p.Tyr772_Ala775dup) who progressed on first-line carboplatin/pemetrexed/pembrolizumab; "
      "fam-trastuzumab deruxtecan requested 2026-04-28.",
      "ENHERTU (fam-trastuzumab deruxtecan-nxki) 1.x: unresectable or metastatic NSCLC whose tumors have "
      "activating HER2 (ERBB2) mutations and who received a prior systemic therapy; DESTINY-Lung02.",
      "prior platinum/pembrolizumab as SCD/SBD MedicationAdministrations; progression as RECIST text Observation")
def n06(b):
    b.patient("Robert", "Haynes", "male", "1962-01-19", "http://riverbend.example/mrn", "RB-28814")
    b.encounter("2026-04-28", "Oncology follow-up")
    nsclc_dx(b, "C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung", "2025-05-20")
    b.condition(cc(icd("C79.71", "Secondary malignant neoplasm of right adrenal gland")), "2026-04-08")
    b.condition(cc(icd("C78.01", "Secondary malignant neoplasm of right lung")), "2025-05-20")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2025-05-28", valueCodeableConcept=txt("Stage IVA"))
    res = [variant(b, "2025-06-05", "ERBB2", cdna="NM_004448.4:c.2313_2324dup", protein="p.Tyr772_Ala775dup",
                   vaf=0.27, significance="Pathogenic", method_text="FoundationOne CDx (tissue)",
                   extra_components=[{"code": txt("Variant type"), "valueString": "HER2 (ERBB2) exon 20 insertion"}]),
           variant(b, "2025-06-05", "EGFR", gene_code="HGNC:3236", present=False, source=None),
           variant(b, "2025-06-05", "KRAS", gene_code="HGNC:6407", present=False, source=None)]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="FoundationOne CDx"), "2025-06-05",
             cc(cd(V2_0074, "GE", "Genetics")), result=res)
    b.local_lab("http://riverbend.example/path", "PDL1", "PD-L1 22C3 TPS", "2025-06-02", "5%")
    for d in ("2025-06-16", "2025-07-07", "2025-07-28", "2025-08-18"):
        b.med_admin(rx("carboplatin"), d, dose=qty(5, "AUC", "1"))
        b.med_admin(rx("pemetrexed500"), d, dose=qty(500, "mg/m2", "mg/m2"))
        b.med_admin(rx("keytruda"), d, dose=qty(200, "mg"))
    for d in ("2025-10-20", "2025-12-22", "2026-02-23", "2026-03-16"):
        b.med_admin(rx("keytruda"), d, dose=qty(200, "mg"))
        b.med_admin(rx("pemetrexed500"), d, dose=qty(500, "mg/m2", "mg/m2"))
    ct = b.report(txt("CT chest/abdomen/pelvis"), "2026-04-08", cc(cd(V2_0074, "RAD", "Radiology")),
                  conclusion="New 3.1 cm right adrenal metastasis and enlarging right lower lobe mass.")
    b.obs(txt("RECIST 1.1 overall response"), "2026-04-08", IMAGING, valueCodeableConcept=txt("Progressive disease (PD)"),
          derivedFrom=[ct])
    b.ecog("2026-04-28", 1)
    b.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction")), "2026-04-20", IMAGING, valueQuantity=qty(55, "%"))
    b.condition(cc(icd("J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2012-01-01")
    b.med_request(rx("tiotropium"), "2012-01-01")
    b.cbc("2026-04-21", 11.0, 5.6, 198, 3.4)
    b.chem("2026-04-21", 1.0, 20, 24, 0.6, 100)
    b.vitals("2026-04-28", 73.0, 130, 78)
    b.med_request(cc(cd(HCPCS, "J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg"),
                     text="Enhertu 5.4 mg/kg IV q3w"), "2026-04-28")


@case("nsclc", 7, "needs-documentation", "tepotinib", "2025-07-22", "tepotinib",
      "76-year-old man with stage IVB lung adenocarcinoma metastatic to bone; EGFR, ALK and ROS1 negative, "
      "PD-L1 30%; tissue insufficient for NGS and plasma NGS pending, so no MET exon 14 result; tepotinib "
      "requested 2025-07-22.",
      "TEPMETKO (tepotinib) 1.1: adults with metastatic NSCLC harboring MET exon 14 skipping alterations; VISION.",
      "MET exon 14 status absent (plasma NGS pending)",
      missing=["met"])
def n07(b):
    b.patient("Harold", "Briggs", "male", "1948-09-14", "http://countymed.example/mrn", "CM-47710")
    b.encounter("2025-07-22", "Oncology visit")
    nsclc_dx(b, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "2025-06-24")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2025-06-24")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2025-07-01", valueCodeableConcept=txt("Stage IVB"))
    lab = "http://countymed.example/lab"
    b.local_lab(lab, "EGFRPCR", "EGFR mutation PCR", "2025-07-03", "Negative", flag=("NEG", "Negative"))
    b.local_lab(lab, "ALKIHC", "ALK IHC", "2025-07-03", "Negative", flag=("NEG", "Negative"))
    b.local_lab(lab, "ROS1IHC", "ROS1 IHC", "2025-07-03", "Negative", flag=("NEG", "Negative"))
    b.local_lab(lab, "PDL1", "PD-L1 TPS", "2025-07-03", 30, "%")
    b.report(txt("Molecular pathology addendum"), "2025-07-08", cc(cd(V2_0074, "SP", "Surgical Pathology")),
             conclusion="Tumor cellularity ~10%; specimen insufficient for DNA/RNA next-generation sequencing.")
    b.service_request(txt("Plasma comprehensive genomic profiling (cfDNA NGS)"), "2025-07-15")
    b.ecog("2025-07-22", 1)
    b.condition(cc(icd("I48.91", "Unspecified atrial fibrillation")), "2019-04-04")
    b.condition(cc(icd("N18.30", "Chronic kidney disease, stage 3 unspecified")), "2020-08-08")
    b.med_request(rx("metoprolol25"), "2019-04-04")
    b.cbc("2025-07-15", 12.0, 7.7, 290, 5.2)
    b.chem("2025-07-15", 1.5, 19, 22, 0.7, 98)
    b.vitals("2025-07-22", 72.4, 128, 74)
    b.med_request(cc(cd(RXN, "2477103", "tepotinib"), text="Tepmetko 450 mg PO daily"), "2025-07-22")


@case("nsclc", 8, "needs-documentation", "sotorasib", "2026-08-04", "sotorasib",
      "69-year-old man with KRAS G12C-mutated stage IV lung adenocarcinoma (liver) since 02/2025, transferred "
      "from an outside practice without treatment records, now progressing; sotorasib requested 2026-08-04.",
      "LUMAKRAS (sotorasib) 1.1: KRAS G12C-mutated locally advanced or metastatic NSCLC after at least one prior "
      "systemic therapy; CodeBreaK 100/200.",
      "prior systemic therapy not documented (outside records unavailable)",
      missing=["prior_therapy"])
def n08(b):
    b.patient("Dennis", "Kaminski", "male", "1957-06-06", "http://lakesideonc.example/mrn", "LO-63301")
    b.encounter("2026-08-04", "New patient - transfer of care")
    nsclc_dx(b, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "2025-02-11",
             note=note("Transferred care 07/2026 from an outside oncology practice. Prior systemic treatment details "
                       "are not available in our records; request sent."))
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-02-11")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2025-02-18", valueCodeableConcept=txt("Stage IVB"))
    res = [variant(b, "2025-02-25", "KRAS", gene_code="HGNC:6407", cdna="NM_004985.5:c.34G>T",
                   protein="p.Gly12Cys", vaf=0.24, significance="Pathogenic", method_text="Tissue NGS (outside report)"),
           variant(b, "2025-02-25", "STK11", cdna="NM_000455.5:c.109C>T", protein="p.Gln37Ter", vaf=0.21,
                   significance="Likely pathogenic")]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="Outside NGS report (scanned, abstracted)"),
             "2025-02-25", cc(cd(V2_0074, "GE", "Genetics")), result=res)
    b.report(txt("CT chest/abdomen/pelvis"), "2026-07-20", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Compared with outside CT 01/2026: enlarging hepatic metastases and new right pleural nodules. "
                        "Progressive disease.")
    b.ecog("2026-08-04", 1)
    b.condition(cc(icd("E11.9", "Type 2 diabetes mellitus without complications")), "2013-05-05")
    b.med_request(rx("insulin_glargine"), "2020-01-10")
    b.cbc("2026-07-28", 11.4, 8.8, 322, 6.0)
    b.chem("2026-07-28", 0.9, 56, 64, 1.1, 162)
    b.vitals("2026-08-04", 80.5, 136, 82)
    b.med_request(cc(cd(RXN, "2550714", "sotorasib"), text="Lumakras 960 mg PO daily"), "2026-08-04")


@case("nsclc", 9, "needs-documentation", "cemiplimab", "2025-09-30", "cemiplimab",
      "72-year-old man with treatment-naive stage IVA lung adenocarcinoma, PD-L1 TPS 70%, EGFR wild-type on NGS "
      "and ROS1 FISH negative; ALK testing not performed; first-line cemiplimab monotherapy requested 2025-09-30.",
      "LIBTAYO (cemiplimab-rwlc) 1.x: first-line monotherapy for NSCLC with PD-L1 TPS >= 50% and no EGFR, ALK or "
      "ROS1 aberrations, locally advanced not candidate for resection/definitive chemoradiation, or metastatic; "
      "EMPOWER-Lung 1.",
      "ALK status absent (not performed) while EGFR/ROS1/PD-L1 are documented",
      missing=["alk"])
def n09(b):
    b.patient("Frank", "Russo", "male", "1953-03-03", "http://stvincent.example/mrn", "SV-22019")
    b.encounter("2025-09-30", "Oncology consult")
    nsclc_dx(b, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "2025-09-02",
             note=note("Treatment-naive."))
    b.condition(cc(icd("C77.1", "Secondary and unspecified malignant neoplasm of intrathoracic lymph nodes")), "2025-09-02")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2025-09-02")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2025-09-10", valueCodeableConcept=txt("Stage IVA"))
    b.obs(cc(cd("http://stvincent.example/lab", "PDL1SP263"), text="PD-L1 (SP263) tumor proportion score"),
          "2025-09-15", valueQuantity=qty(70, "%"))
    egfr = variant(b, "2025-09-19", "EGFR", gene_code="HGNC:3236", present=False, source=None,
                   method_text="DNA hotspot NGS panel (exons 18-21)")
    b.report(txt("Lung hotspot NGS panel"), "2025-09-19", cc(cd(V2_0074, "GE", "Genetics")), result=[egfr],
             conclusion="No EGFR, KRAS or BRAF hotspot mutation detected.")
    b.local_lab("http://stvincent.example/lab", "ROS1FISH", "ROS1 FISH", "2025-09-19", "Negative", flag=("NEG", "Negative"))
    b.ecog("2025-09-30", 1)
    b.condition(cc(icd("Z87.891", "Personal history of nicotine dependence")), "2010-01-01")
    b.condition(cc(icd("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")), "2017-03-03")
    b.med_request(rx("metoprolol25"), "2017-03-03")
    b.med_request(rx("rosuvastatin10"), "2017-03-03")
    b.cbc("2025-09-23", 13.9, 9.1, 301, 6.2)
    b.chem("2025-09-23", 1.1, 22, 25, 0.7, 105)
    b.vitals("2025-09-30", 84.2, 140, 86)
    b.med_request(cc(cd(HCPCS, "J9119", "Injection, cemiplimab-rwlc, 1 mg"), text="Libtayo 350 mg IV q3w"), "2025-09-30")


@case("nsclc", 10, "refer-to-reviewer", "brigatinib", "2026-01-27", "brigatinib",
      "59-year-old woman with metastatic lung adenocarcinoma whose tumor is ALK-negative by FISH and IHC and "
      "carries EGFR L858R; brigatinib requested 2026-01-27.",
      "ALUNBRIG (brigatinib) 1.1: adults with ALK-positive metastatic NSCLC as detected by an FDA-approved test; "
      "ALTA-1L.",
      "ALK negative (FISH 4% split, IHC negative) contradicts ALK-positive")
def n10(b):
    b.patient("Anita", "Desai", "female", "1966-07-21", "http://eastgate.example/mrn", "EG-90311")
    b.encounter("2026-01-27", "Oncology visit")
    nsclc_dx(b, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung", "2026-01-05")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2026-01-05")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2026-01-09", valueCodeableConcept=txt("Stage IVB"))
    lab = "http://eastgate.example/molpath"
    b.local_lab(lab, "ALKFISH", "ALK break-apart FISH", "2026-01-14",
                "NEGATIVE for ALK rearrangement (4% split signals; cutoff 15%)", flag=("NEG", "Negative"))
    b.local_lab(lab, "ALKIHC", "ALK IHC (D5F3)", "2026-01-14", "Negative", flag=("NEG", "Negative"))
    res = [variant(b, "2026-01-16", "EGFR", gene_code="HGNC:3236", cdna="NM_005228.5:c.2573T>G",
                   protein="p.L858R", vaf=0.35, significance="Pathogenic", method_text="Tissue NGS")]
    b.report(cc(lnc("51969-4", "Genetic analysis report")), "2026-01-16", cc(cd(V2_0074, "GE", "Genetics")),
             result=res, conclusion="EGFR L858R detected. No ALK, ROS1 or RET fusion detected.")
    b.ecog("2026-01-27", 1)
    b.cbc("2026-01-20", 12.7, 6.4, 244, 3.8)
    b.chem("2026-01-20", 0.8, 19, 23, 0.5, 93)
    b.vitals("2026-01-27", 62.0, 126, 78)
    b.med_request(cc(cd(RXN, "1921217", "brigatinib"), text="Alunbrig 90 mg daily x7 days then 180 mg daily"), "2026-01-27")


@case("nsclc", 11, "refer-to-reviewer", "dacomitinib", "2026-10-13", "dacomitinib",
      "65-year-old man with treatment-naive metastatic lung adenocarcinoma harboring an EGFR exon 20 insertion "
      "(p.Ala767_Val769dup) without exon 19 deletion or L858R; first-line dacomitinib requested 2026-10-13.",
      "VIZIMPRO (dacomitinib) 1.1: first-line treatment of metastatic NSCLC with EGFR exon 19 deletion or exon 21 "
      "L858R substitution mutations; ARCHER 1050.",
      "EGFR exon 20 insertion is not an exon 19 deletion/L858R")
def n11(b):
    b.patient("Thomas", "Ward", "male", "1960-11-25", "http://granitepeak.example/mrn", "GP-55120")
    b.encounter("2026-10-13", "Oncology visit")
    nsclc_dx(b, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung", "2026-09-15",
             note=note("No prior systemic therapy."))
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-09-15")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2026-09-22", valueCodeableConcept=txt("Stage IVB"))
    res = [variant(b, "2026-09-30", "EGFR", gene_code="HGNC:3236", cdna="NM_005228.5:c.2300_2308dup",
                   protein="p.Ala767_Val769dup", vaf=0.29, significance="Pathogenic",
                   extra_components=[{"code": txt("Variant type"), "valueString": "EGFR exon 20 insertion"}]),
           b.obs(txt("EGFR exon 19 deletion / L858R"), "2026-09-30", valueString="Not detected",
                 interpretation=interp("ND", "Not detected"))]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="Tissue NGS (Tempus xT)"), "2026-09-30",
             cc(cd(V2_0074, "GE", "Genetics")), result=res)
    b.ecog("2026-10-13", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2012-06-06")
    b.med_request(rx("hctz25"), "2012-06-06")
    b.cbc("2026-10-06", 13.6, 7.2, 266, 4.5)
    b.chem("2026-10-06", 1.0, 37, 40, 0.9, 101)
    b.vitals("2026-10-13", 88.1, 134, 82)
    b.med_request(cc(cd(RXN, "2058849", "dacomitinib"), text="Vizimpro 45 mg PO daily"), "2026-10-13")


@case("nsclc", 12, "refer-to-reviewer", "tremelimumab", "2025-05-20", "tremelimumab",
      "64-year-old woman with metastatic lung adenocarcinoma with an EGFR exon 19 deletion and PD-L1 TPS 10%; "
      "tremelimumab + durvalumab + carboplatin/pemetrexed requested first line 2025-05-20.",
      "IMJUDO (tremelimumab-actl) 1.x: with durvalumab and platinum-based chemotherapy for metastatic NSCLC with "
      "no sensitizing EGFR mutation or ALK genomic tumor aberrations; POSEIDON.",
      "sensitizing EGFR exon 19 deletion contradicts 'no sensitizing EGFR mutation'")
def n12(b):
    b.patient("Margaret", "Ellis", "female", "1961-02-28", "http://cedarhill.example/mrn", "CH-10982")
    b.encounter("2025-05-20", "Oncology visit")
    nsclc_dx(b, "C34.91", "Malignant neoplasm of unspecified part of right bronchus or lung", "2025-04-15")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2025-04-15")
    b.condition(cc(icd("C78.01", "Secondary malignant neoplasm of right lung")), "2025-04-15")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2025-04-22", valueCodeableConcept=txt("Stage IVB"))
    res = [variant(b, "2025-05-02", "EGFR", gene_code="HGNC:3236", cdna="NM_005228.5:c.2235_2249del",
                   protein="p.Glu746_Ala750del", vaf=0.41, significance="Pathogenic",
                   method_text="Oncomine Dx Target Test",
                   extra_components=[{"code": txt("Variant type"), "valueString": "EGFR exon 19 deletion"}])]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="Oncomine Dx Target Test"), "2025-05-02",
             cc(cd(V2_0074, "GE", "Genetics")), result=res)
    b.local_lab("http://cedarhill.example/lab", "PDL1", "PD-L1 22C3 TPS", "2025-04-28", "10%")
    b.local_lab("http://cedarhill.example/lab", "ALK", "ALK IHC (D5F3)", "2025-04-28", "Negative", flag=("NEG", "Negative"))
    b.ecog("2025-05-20", 1)
    b.cbc("2025-05-13", 12.3, 6.9, 275, 4.4)
    b.chem("2025-05-13", 0.8, 18, 21, 0.5, 96)
    b.vitals("2025-05-20", 64.8, 122, 76)
    b.med_request(cc(cd(HCPCS, "J9347", "Injection, tremelimumab-actl, 1 mg"), text="Imjudo 75 mg IV q3w x4 + 5th dose wk16"),
                  "2025-05-20")
    b.med_request(rx("imfinzi"), "2025-05-20", dosageInstruction=[{"text": "1500 mg IV q3w x4 then q4w"}])
    b.med_request(rx("carboplatin"), "2025-05-20")
    b.med_request(rx("pemetrexed500"), "2025-05-20")


# ===========================================================================
# COLORECTAL
# ===========================================================================
def crc_cycles(b, dates, *keys, dose_text=None):
    for d in dates:
        for k in keys:
            b.med_admin(rx(k), d)


@case("colorectal", 1, "supported", "encorafenib", "2025-08-26", "encorafenib",
      "65-year-old woman with newly diagnosed BRAF V600E-mutant, MSS/pMMR ascending colon adenocarcinoma with "
      "liver metastases (SEER distant); first-line encorafenib + cetuximab + mFOLFOX6 requested 2025-08-26.",
      "BRAFTOVI (encorafenib) 1.x: with cetuximab and mFOLFOX6 (fluorouracil-based chemotherapy) for metastatic "
      "colorectal cancer with a BRAF V600E mutation (and with cetuximab after prior therapy); BREAKWATER.",
      "registry abstract: ICD-O-3 C18.2 + 8140/3 extension, SEER 'Distant', BRAF result as abstracted text")
def c01(b):
    b.patient("Patricia", "Lowe", "female", "1959-09-09", "urn:oid:2.16.840.1.113883.3.72.5.9.1", "FLT-40412")
    b.encounter("2025-08-26", "GI oncology new patient")
    b.condition(cc(cd(ICDO3, "C18.2", "Ascending colon"), icd("C18.2", "Malignant neoplasm of ascending colon"),
                   text="Adenocarcinoma of ascending colon"), "2025-07-22",
                extension=[{"url": "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior",
                            "valueCodeableConcept": cc(cd(ICDO3, "8140/3", "Adenocarcinoma, NOS"))}])
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-07-22")
    b.obs(txt("SEER Summary Stage 2018"), "2025-08-01", valueCodeableConcept=txt("Distant"))
    b.obs(txt("Metastatic sites (abstracted)"), "2025-08-01", valueString="Liver (multiple, bilobar)")
    mol = "https://abstraction.example/biomarker"
    b.local_lab(mol, "BRAF", "BRAF status", "2025-08-08",
                "BRAF V600E mutation detected (therascreen BRAF V600E RGQ PCR)", flag=("POS", "Positive"))
    b.local_lab(mol, "RAS", "KRAS/NRAS status", "2025-08-08", "Wild-type", flag=("NEG", "Negative"))
    b.local_lab(mol, "MMR", "MMR IHC", "2025-08-08", "Proficient (MLH1, MSH2, MSH6, PMS2 retained)")
    b.obs(txt("Line of therapy (abstracted)"), "2025-08-26", valueString="First line (no prior systemic therapy)")
    b.local_lab(mol, "CEA", "CEA", "2025-08-15", 48.2, "ng/mL", flag=("H", "High"))
    b.ecog("2025-08-26", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2011-01-01")
    b.med_request(rx("lisinopril20"), "2011-01-01")
    b.cbc("2025-08-20", 10.9, 7.5, 356, 5.0)
    b.chem("2025-08-20", 0.8, 38, 42, 0.8, 99)
    b.vitals("2025-08-26", 72.0, 132, 80)
    b.med_request(cc(cd(RXN, "2049106", "encorafenib"), text="Braftovi 300 mg PO daily"), "2025-08-26")
    b.med_request(rx("cetuximab"), "2025-08-26", dosageInstruction=[{"text": "500 mg/m2 IV q2w"}])
    b.med_request(rx("oxaliplatin100"), "2025-08-26", dosageInstruction=[{"text": "mFOLFOX6 85 mg/m2 q2w"}])
    b.med_request(rx("leucovorin200"), "2025-08-26")
    b.med_request(rx("fluorouracil"), "2025-08-26")


@case("colorectal", 2, "supported", "pembrolizumab", "2026-03-03", "pembrolizumab",
      "74-year-old man with untreated sigmoid adenocarcinoma with peritoneal metastases that is MSI-high "
      "(5/5 markers) with MLH1/PMS2 loss; first-line pembrolizumab requested 2026-03-03.",
      "KEYTRUDA (pembrolizumab) 1.x: unresectable or metastatic MSI-H or dMMR colorectal cancer as determined "
      "by an FDA-approved test; KEYNOTE-177.",
      "MSI via LOINC 81695-9 text 'MSI-High', MMR IHC as components, TMB 94076-7")
def c02(b):
    b.patient("George", "Albright", "male", "1951-05-05", "http://sunvalley.example/mrn", "SVH-30029")
    b.encounter("2026-03-03", "Oncology consult")
    b.condition(cc(icd("C18.7", "Malignant neoplasm of sigmoid colon")), "2026-01-27")
    b.condition(cc(icd("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum")), "2026-01-27")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2026-02-05", valueCodeableConcept=txt("Stage IVC"))
    b.obs(cc(lnc("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")),
          "2026-02-10", valueCodeableConcept=txt("MSI-High (5/5 markers unstable)"))
    b.obs(txt("Mismatch repair protein IHC"), "2026-02-10", component=[
        {"code": txt("MLH1"), "valueString": "Loss of nuclear expression"},
        {"code": txt("PMS2"), "valueString": "Loss of nuclear expression"},
        {"code": txt("MSH2"), "valueString": "Intact"},
        {"code": txt("MSH6"), "valueString": "Intact"}],
        interpretation=interp("A", "Abnormal"))
    b.obs(cc(lnc("94076-7", "Mutations/Megabase [# Ratio] in Tumor")), "2026-02-12",
          valueQuantity={"value": 42, "unit": "mutations/Mb"})
    b.local_lab("http://sunvalley.example/lab", "CEA", "CEA", "2026-02-20", 12.4, "ng/mL", flag=("H", "High"))
    b.obs(txt("Treatment history"), "2026-03-03", valueString="No prior systemic therapy for colorectal cancer")
    b.ecog("2026-03-03", 1)
    b.condition(cc(icd("E11.9", "Type 2 diabetes mellitus without complications")), "2005-05-05")
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2004-04-04")
    b.med_request(rx("metformin500"), "2005-05-05")
    b.med_request(rx("lisinopril10"), "2004-04-04")
    b.cbc("2026-02-24", 10.4, 6.9, 330, 4.9)
    b.chem("2026-02-24", 1.2, 17, 20, 0.5, 142)
    b.vitals("2026-03-03", 77.7, 138, 76)
    b.med_request(rx("keytruda"), "2026-03-03", dosageInstruction=[{"text": "200 mg IV q3w"}])


@case("colorectal", 3, "supported", "sotorasib", "2025-11-04", "sotorasib",
      "58-year-old man with KRAS G12C-mutated metastatic rectal adenocarcinoma (liver, lung) after FOLFOX + "
      "bevacizumab and FOLFIRI + bevacizumab with progression; sotorasib + panitumumab requested 2025-11-04.",
      "LUMAKRAS (sotorasib) 1.x: with panitumumab for KRAS G12C-mutated metastatic colorectal cancer after prior "
      "fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy; CodeBreaK 300.",
      "lines only in Condition.note ('1L FOLFOX + bev ... PD'), KRAS 'p.G12C' 1-letter with HGNC coding")
def c03(b):
    b.patient("Victor", "Alvarez", "male", "1966-12-12", "http://desertsun.example/mrn", "DS-66120")
    b.encounter("2025-11-04", "Oncology visit")
    b.condition(cc(icd("C20", "Malignant neoplasm of rectum"), text="Rectal adenocarcinoma, metastatic"), "2024-02-12",
                note=note("Treatment history: 1L FOLFOX + bevacizumab 03/2024-10/2024 (PD, new liver lesions); "
                          "2L FOLFIRI + bevacizumab 11/2024-09/2025, PD 09/2025 (new lung nodules).", "2025-11-04"))
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2024-02-12")
    b.condition(cc(icd("C78.00", "Secondary malignant neoplasm of unspecified lung")), "2025-09-22")
    res = [variant(b, "2024-03-01", "KRAS", gene_code="HGNC:6407", cdna="c.34G>T", protein="p.G12C", vaf=0.38,
                   significance="Pathogenic", method_text="Tempus xT"),
           variant(b, "2024-03-01", "NRAS", present=False, source=None),
           b.obs(cc(lnc("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")),
                 "2024-03-01", valueCodeableConcept=txt("MSS"))]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="Tempus xT"), "2024-03-01",
             cc(cd(V2_0074, "GE", "Genetics")), result=res)
    b.report(txt("CT chest"), "2025-09-22", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Multiple new bilateral pulmonary nodules up to 1.4 cm, consistent with metastases.")
    b.ecog("2025-11-04", 1)
    b.local_lab("http://desertsun.example/lab", "CEA", "CEA", "2025-10-28", 86.0, "ng/mL", flag=("H", "High"))
    b.condition(cc(icd("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2015-01-01")
    b.cbc("2025-10-28", 11.3, 5.2, 199, 3.1)
    b.chem("2025-10-28", 0.9, 35, 44, 0.9, 97)
    b.vitals("2025-11-04", 79.4, 128, 80)
    b.med_request(cc(cd(RXN, "2550714", "sotorasib"), text="Lumakras 960 mg PO daily"), "2025-11-04")
    b.med_request(rx("panitumumab"), "2025-11-04", dosageInstruction=[{"text": "6 mg/kg IV q2w"}])


@case("colorectal", 4, "supported", "fruquintinib", "2026-05-19", "fruquintinib",
      "68-year-old woman with KRAS G12D-mutant metastatic cecal adenocarcinoma (liver) previously treated with "
      "FOLFOX + bevacizumab, FOLFIRI + bevacizumab and trifluridine/tipiracil, now progressing; fruquintinib "
      "requested 2026-05-19.",
      "FRUZAQLA (fruquintinib) 1.1: metastatic colorectal cancer previously treated with fluoropyrimidine-, "
      "oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy and, if RAS wild-type and medically "
      "appropriate, an anti-EGFR therapy; FRESCO-2.",
      "prior lines as SCD/SBD MedicationAdministrations + Lonsurf SCD MedicationStatement; RAS-mutant so no anti-EGFR needed")
def c04(b):
    b.patient("Beverly", "Shaw", "female", "1957-08-08", "http://oakridge.example/mrn", "OR-18291")
    b.encounter("2026-05-19", "Oncology visit")
    b.condition(cc(icd("C18.0", "Malignant neoplasm of cecum")), "2023-11-20")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2023-11-20")
    res = [variant(b, "2023-12-05", "KRAS", cdna="NM_004985.5:c.35G>A", protein="p.Gly12Asp", vaf=0.33,
                   significance="Pathogenic")]
    b.report(cc(lnc("51969-4", "Genetic analysis report")), "2023-12-05", cc(cd(V2_0074, "GE", "Genetics")), result=res,
             conclusion="KRAS G12D. MSS. BRAF wild-type.")
    crc_cycles(b, ("2024-01-08", "2024-03-04", "2024-05-06", "2024-06-17"), "oxaliplatin100", "fluorouracil",
               "leucovorin200", "avastin")
    crc_cycles(b, ("2024-08-05", "2024-11-11", "2025-02-17", "2025-05-26"), "irinotecan", "fluorouracil",
               "leucovorin200", "avastin")
    b.med_statement(rx("lonsurf15"), "stopped", "2025-07-07", "2026-04-27",
                    statusReason=[txt("Disease progression")])
    b.report(txt("CT abdomen/pelvis with contrast"), "2026-04-28", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Enlarging hepatic metastases (sum of diameters +28%) and new peritoneal nodularity. Progression.")
    b.ecog("2026-05-19", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2009-01-01")
    b.med_request(rx("nifedipine30"), "2009-01-01")
    b.local_lab("http://oakridge.example/lab", "UPCR", "Urine protein/creatinine ratio", "2026-05-12", 0.2, "mg/mg")
    b.cbc("2026-05-12", 10.6, 4.8, 170, 2.7)
    b.chem("2026-05-12", 0.8, 40, 48, 1.1, 96)
    b.vitals("2026-05-19", 61.7, 136, 84)
    b.med_request(cc(cd(RXN, "2670179", "fruquintinib"), text="Fruzaqla 5 mg PO daily d1-21 q28d"), "2026-05-19")


@case("colorectal", 5, "supported", "lonsurf", "2025-06-10", "trifluridine/tipiracil",
      "62-year-old man with RAS/BRAF wild-type, MSS metastatic descending-colon adenocarcinoma (lung) after "
      "FOLFOX + bevacizumab and FOLFIRI + panitumumab; trifluridine/tipiracil with bevacizumab requested "
      "2025-06-10.",
      "LONSURF (trifluridine and tipiracil) 1.1: as a single agent or with bevacizumab for metastatic colorectal "
      "cancer previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, an "
      "anti-VEGF biological therapy, and if RAS wild-type an anti-EGFR therapy; SUNLIGHT.",
      "'no reportable alterations in KRAS/NRAS exons 2,3,4' report + Absent variants; service coded as RxNorm MIN")
def c05(b):
    b.patient("Raymond", "Ortiz", "male", "1963-03-23", "http://mesaverde.example/mrn", "MV-45533")
    b.encounter("2025-06-10", "Oncology visit")
    b.condition(cc(icd("C18.6", "Malignant neoplasm of descending colon")), "2023-04-18")
    b.condition(cc(icd("C78.01", "Secondary malignant neoplasm of right lung"), icd("C78.02", "Secondary malignant neoplasm of left lung")),
                "2023-04-18")
    res = [variant(b, "2023-05-02", "KRAS", gene_code="HGNC:6407", present=False, source=None),
           variant(b, "2023-05-02", "NRAS", present=False, source=None),
           variant(b, "2023-05-02", "BRAF", gene_code="HGNC:1097", present=False, source=None)]
    b.report(txt("Colorectal hotspot panel (KRAS, NRAS, BRAF)"), "2023-05-02", cc(cd(V2_0074, "GE", "Genetics")),
             result=res, conclusion="No reportable alterations in KRAS or NRAS (exons 2, 3, 4) or BRAF (V600). "
                                    "RAS/BRAF wild-type. MSS by PCR.")
    b.med_request(rx("oxaliplatin100"), "2023-05-15", status="completed")
    b.med_request(rx("fluorouracil"), "2023-05-15", status="completed")
    b.med_request(rx("bevacizumab"), "2023-05-15", status="completed",
                  note=note("FOLFOX + bevacizumab 05/2023-01/2024; PD 01/2024"))
    b.med_request(rx("irinotecan"), "2024-02-05", status="completed")
    b.med_request(rx("panitumumab"), "2024-02-05", status="completed",
                  note=note("FOLFIRI + panitumumab 02/2024-05/2025; PD 05/2025"))
    b.report(txt("CT chest/abdomen/pelvis"), "2025-05-20", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Progression of bilateral pulmonary metastases; new mediastinal node.")
    b.ecog("2025-06-10", 1)
    b.condition(cc(icd("E78.5", "Hyperlipidemia, unspecified")), "2014-01-01")
    b.med_request(rx("rosuvastatin10"), "2014-01-01")
    b.cbc("2025-06-03", 11.8, 5.9, 205, 3.6)
    b.chem("2025-06-03", 0.9, 22, 26, 0.6, 98)
    b.vitals("2025-06-10", 83.3, 130, 82)
    b.med_request(cc(cd(RXN, "1670310", "tipiracil / trifluridine"), text="Lonsurf 35 mg/m2 BID d1-5, d8-12 q28d"),
                  "2025-06-10")
    b.med_request(rx("avastin"), "2025-06-10", dosageInstruction=[{"text": "5 mg/kg IV q2w"}])


@case("colorectal", 6, "supported", "tucatinib", "2026-07-07", "tucatinib",
      "57-year-old man with RAS wild-type, HER2-amplified (IHC 3+, ERBB2 copy number 22) metastatic sigmoid "
      "adenocarcinoma that progressed after FOLFOX and FOLFIRI + bevacizumab; tucatinib + trastuzumab "
      "requested 2026-07-07.",
      "TUKYSA (tucatinib) 1.x: with trastuzumab for RAS wild-type, HER2-positive unresectable or metastatic "
      "colorectal cancer that progressed after fluoropyrimidine-, oxaliplatin- and irinotecan-based "
      "chemotherapy; MOUNTAINEER.",
      "prior chemotherapy only as Procedure 367336001 with regimen notes; HER2 amplification as copy-number text")
def c06(b):
    b.patient("Samuel", "Greene", "male", "1969-06-14", "http://northfork.example/mrn", "NF-70113")
    b.encounter("2026-07-07", "GI oncology")
    b.condition(cc(icd("C18.7", "Malignant neoplasm of sigmoid colon")), "2024-12-09")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2024-12-09")
    lab = "http://northfork.example/path"
    b.local_lab(lab, "HER2IHC", "HER2 IHC (colorectal, HERACLES criteria)", "2025-01-06",
                "3+ in >50% of tumor cells - POSITIVE", flag=("POS", "Positive"))
    res = [b.obs(txt("ERBB2 copy number"), "2025-01-10", valueString="ERBB2 amplification, copy number 22"),
           variant(b, "2025-01-10", "KRAS", gene_code="HGNC:6407", present=False, source=None),
           variant(b, "2025-01-10", "NRAS", present=False, source=None),
           variant(b, "2025-01-10", "BRAF", gene_code="HGNC:1097", present=False, source=None)]
    b.report(txt("Solid tumor NGS panel"), "2025-01-10", cc(cd(V2_0074, "GE", "Genetics")), result=res,
             conclusion="ERBB2 amplification (CN 22). KRAS, NRAS, BRAF wild-type. MSS.")
    b.procedure(cc(sct("367336001", "Chemotherapy")), "2025-01-06", end="2025-06-16",
                note=note("FOLFOX (oxaliplatin/leucovorin/5-FU) x 12 cycles; PD 06/2025"))
    b.procedure(cc(sct("367336001", "Chemotherapy")), "2025-07-07", end="2026-06-01",
                note=note("FOLFIRI (irinotecan/leucovorin/5-FU) + bevacizumab; PD on CT 2026-06-08"))
    b.report(txt("CT chest/abdomen/pelvis"), "2026-06-08", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Enlarging liver metastases; new portacaval adenopathy. Progressive disease.")
    b.ecog("2026-07-07", 0)
    b.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction")), "2026-06-29", IMAGING, valueQuantity=qty(62, "%"))
    b.cbc("2026-06-30", 12.5, 6.0, 220, 3.9)
    b.chem("2026-06-30", 0.9, 30, 33, 0.7, 94)
    b.vitals("2026-07-07", 90.2, 126, 80)
    b.med_request(rx("tukysa150"), "2026-07-07", dosageInstruction=[{"text": "300 mg PO BID"}])
    b.med_request(rx("trastuzumab"), "2026-07-07", dosageInstruction=[{"text": "8 mg/kg then 6 mg/kg q3w"}])


@case("colorectal", 7, "needs-documentation", "regorafenib", "2025-10-28", "regorafenib",
      "71-year-old woman with metastatic rectosigmoid adenocarcinoma (liver) after FOLFOX + bevacizumab, "
      "FOLFIRI + bevacizumab and trifluridine/tipiracil, now progressing; no RAS result is on record "
      "(mutation analysis still pending) and no anti-EGFR therapy given; regorafenib requested 2025-10-28.",
      "STIVARGA (regorafenib) 1.1: metastatic colorectal cancer previously treated with fluoropyrimidine-, "
      "oxaliplatin- and irinotecan-based chemotherapy, an anti-VEGF therapy, and if RAS wild-type an anti-EGFR "
      "therapy; CORRECT.",
      "RAS status absent, so whether anti-EGFR therapy was required cannot be judged",
      missing=["ras"])
def c07(b):
    b.patient("Marilyn", "Fischer", "female", "1954-04-04", "http://brookside.example/mrn", "BR-22871")
    b.encounter("2025-10-28", "Oncology visit")
    b.condition(cc(icd("C19", "Malignant neoplasm of rectosigmoid junction")), "2023-06-12")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2023-06-12")
    b.med_statement(cc(cd(RXN, "32592", "oxaliplatin"), text="FOLFOX + bevacizumab"), "completed", "2023-07-10", "2024-02-12")
    b.med_statement(cc(cd(RXN, "51499", "irinotecan"), text="FOLFIRI + bevacizumab"), "completed", "2024-03-04", "2025-03-24")
    b.med_statement(cc(cd(RXN, "253337", "bevacizumab")), "completed", "2023-07-10", "2025-03-24")
    b.med_statement(rx("lonsurf15"), "stopped", "2025-04-14", "2025-10-06", statusReason=[txt("Progression")])
    b.report(txt("CT abdomen/pelvis"), "2025-10-14", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Interval growth of hepatic metastases; new lesion segment V. Progressive disease.")
    b.service_request(txt("KRAS/NRAS/BRAF mutation analysis on archival tissue"), "2025-10-20")
    b.ecog("2025-10-28", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2003-01-01")
    b.condition(cc(icd("E03.9", "Hypothyroidism, unspecified")), "2008-01-01")
    b.med_request(rx("losartan50"), "2003-01-01")
    b.med_request(rx("levothyroxine100"), "2008-01-01")
    b.cbc("2025-10-21", 10.9, 4.6, 160, 2.5)
    b.chem("2025-10-21", 0.9, 31, 39, 1.0, 101)
    b.vitals("2025-10-28", 60.2, 140, 84)
    b.med_request(rx("regorafenib40"), "2025-10-28", dosageInstruction=[{"text": "80 mg daily wk1, escalate to 160 mg (ReDOS)"}])


@case("colorectal", 8, "needs-documentation", "ramucirumab", "2026-02-10", "ramucirumab",
      "64-year-old man with metastatic transverse-colon adenocarcinoma (liver), KRAS G13D, diagnosed 01/2025 "
      "and treated first line at an outside institution with no regimen details on record, now progressing; "
      "ramucirumab + FOLFIRI requested 2026-02-10.",
      "CYRAMZA (ramucirumab) 1.x: with FOLFIRI for metastatic colorectal cancer with disease progression on or "
      "after prior therapy with bevacizumab, oxaliplatin and a fluoropyrimidine; RAISE.",
      "prior bevacizumab/oxaliplatin/fluoropyrimidine therapy not documented",
      missing=["prior_therapy"])
def c08(b):
    b.patient("Curtis", "Bell", "male", "1961-10-31", "http://hilltop.example/mrn", "HT-61031")
    b.encounter("2026-02-10", "Oncology visit - second opinion / transfer")
    b.condition(cc(icd("C18.4", "Malignant neoplasm of transverse colon")), "2025-01-14",
                note=note("Received first-line chemotherapy at an outside institution 2025; regimen details not "
                          "available. Records requested."))
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-01-14")
    res = [variant(b, "2025-02-03", "KRAS", gene_code="HGNC:6407", cdna="NM_004985.5:c.38G>A",
                   protein="p.Gly13Asp", vaf=0.29, significance="Pathogenic")]
    b.report(cc(lnc("51969-4", "Genetic analysis report")), "2025-02-03", cc(cd(V2_0074, "GE", "Genetics")), result=res)
    b.report(txt("CT chest/abdomen/pelvis"), "2026-01-30", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Compared with outside study 08/2025: enlarging hepatic metastases and new lung nodules. "
                        "Progression.")
    b.ecog("2026-02-10", 1)
    b.condition(cc(icd("E11.9", "Type 2 diabetes mellitus without complications")), "2012-01-01")
    b.med_request(rx("empagliflozin10"), "2021-01-01")
    b.cbc("2026-02-03", 11.7, 6.4, 240, 4.1)
    b.chem("2026-02-03", 1.0, 34, 37, 0.8, 150)
    b.vitals("2026-02-10", 92.0, 134, 84)
    b.med_request(rx("ramucirumab"), "2026-02-10", dosageInstruction=[{"text": "8 mg/kg IV q2w with FOLFIRI"}])
    b.med_request(rx("irinotecan"), "2026-02-10")
    b.med_request(rx("leucovorin200"), "2026-02-10")
    b.med_request(rx("fluorouracil"), "2026-02-10")


@case("colorectal", 9, "needs-documentation", "nivolumab", "2026-06-23", "nivolumab",
      "78-year-old woman with newly diagnosed, untreated ascending-colon adenocarcinoma with liver and "
      "peritoneal metastases; MMR/MSI testing ordered but not resulted; first-line nivolumab + ipilimumab "
      "requested 2026-06-23.",
      "OPDIVO (nivolumab) 1.x: with ipilimumab (or alone after fluoropyrimidine, oxaliplatin and irinotecan) for "
      "unresectable or metastatic MSI-H or dMMR colorectal cancer; CheckMate 8HW.",
      "MSI/MMR status absent (ordered, pending)",
      missing=["msi"])
def c09(b):
    b.patient("Irene", "Walsh", "female", "1947-12-20", "http://coastal.example/mrn", "CO-47122")
    b.encounter("2026-06-23", "Oncology consult")
    b.condition(cc(icd("C18.2", "Malignant neoplasm of ascending colon")), "2026-05-19", note=note("Untreated."))
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-05-19")
    b.condition(cc(icd("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum")), "2026-05-19")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2026-05-28", valueCodeableConcept=txt("Stage IVC"))
    b.service_request(txt("Mismatch repair IHC panel (MLH1/MSH2/MSH6/PMS2) and MSI PCR"), "2026-06-02")
    b.ecog("2026-06-23", 1)
    b.condition(cc(icd("I48.91", "Unspecified atrial fibrillation")), "2018-01-01")
    b.med_request(rx("metoprolol25"), "2018-01-01")
    b.cbc("2026-06-16", 10.1, 7.1, 301, 5.0)
    b.chem("2026-06-16", 1.1, 29, 34, 0.9, 104)
    b.vitals("2026-06-23", 58.9, 130, 74)
    b.med_request(rx("nivolumab"), "2026-06-23", dosageInstruction=[{"text": "240 mg IV q3w x4 with ipilimumab, then 480 mg q4w"}])
    b.med_request(rx("ipilimumab"), "2026-06-23", dosageInstruction=[{"text": "1 mg/kg IV q3w x4"}])


@case("colorectal", 10, "refer-to-reviewer", "panitumumab", "2025-09-16", "panitumumab",
      "61-year-old man with untreated metastatic left-sided (sigmoid) colon adenocarcinoma with liver "
      "metastases whose tumor carries KRAS G12D; first-line FOLFOX + panitumumab requested 2025-09-16.",
      "VECTIBIX (panitumumab) 1.x: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer, first line with "
      "FOLFOX or as monotherapy after fluoropyrimidine/oxaliplatin/irinotecan (and with sotorasib for KRAS "
      "G12C); PRIME.",
      "KRAS G12D contradicts RAS wild-type (and is not G12C)")
def c10(b):
    b.patient("Leonard", "Price", "male", "1964-07-01", "http://summitmed.example/mrn", "SM-64070")
    b.encounter("2025-09-16", "Oncology consult")
    b.condition(cc(icd("C18.7", "Malignant neoplasm of sigmoid colon")), "2025-08-12", note=note("No prior systemic therapy."))
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-08-12")
    res = [variant(b, "2025-08-29", "KRAS", gene_code="HGNC:6407", cdna="NM_004985.5:c.35G>A", protein="p.Gly12Asp",
                   vaf=0.41, significance="Pathogenic", method_text="Caris MI Profile (tissue)"),
           variant(b, "2025-08-29", "NRAS", present=False, source=None)]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="Caris MI Profile"), "2025-08-29",
             cc(cd(V2_0074, "GE", "Genetics")), result=res, conclusion="KRAS G12D mutated. MSS. BRAF wild-type.")
    b.ecog("2025-09-16", 0)
    b.cbc("2025-09-09", 13.0, 7.0, 280, 4.4)
    b.chem("2025-09-09", 0.9, 27, 31, 0.6, 96)
    b.vitals("2025-09-16", 86.6, 128, 80)
    b.med_request(rx("panitumumab"), "2025-09-16", dosageInstruction=[{"text": "6 mg/kg IV q2w with FOLFOX"}])
    b.med_request(rx("oxaliplatin100"), "2025-09-16")
    b.med_request(rx("leucovorin200"), "2025-09-16")
    b.med_request(rx("fluorouracil"), "2025-09-16")


@case("colorectal", 11, "refer-to-reviewer", "nivolumab", "2026-10-06", "nivolumab",
      "68-year-old woman with untreated metastatic colon adenocarcinoma that is microsatellite stable with intact "
      "MMR proteins (TMB 4); first-line nivolumab + ipilimumab requested 2026-10-06.",
      "OPDIVO (nivolumab) 1.x: with ipilimumab for unresectable or metastatic MSI-H or dMMR colorectal cancer; "
      "CheckMate 8HW.",
      "MSS / MMR-proficient contradicts MSI-H/dMMR")
def c11(b):
    b.patient("Judith", "Kline", "female", "1958-01-08", "http://fairview.example/mrn", "FV-58010")
    b.encounter("2026-10-06", "Oncology visit")
    b.condition(cc(icd("C18.3", "Malignant neoplasm of hepatic flexure")), "2026-09-01")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-09-01")
    b.obs(cc(lnc("81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")),
          "2026-09-15", valueCodeableConcept=txt("Microsatellite stable (MSS)"))
    b.local_lab("http://fairview.example/path", "MMR", "MMR IHC", "2026-09-15",
                "MLH1, PMS2, MSH2, MSH6: retained (proficient)")
    b.obs(cc(lnc("94076-7", "Mutations/Megabase [# Ratio] in Tumor")), "2026-09-15",
          valueQuantity={"value": 4, "unit": "mutations/Mb"})
    b.ecog("2026-10-06", 1)
    b.cbc("2026-09-29", 11.9, 6.3, 265, 4.0)
    b.chem("2026-09-29", 0.8, 26, 29, 0.7, 95)
    b.vitals("2026-10-06", 67.5, 124, 76)
    b.med_request(rx("nivolumab"), "2026-10-06")
    b.med_request(rx("ipilimumab"), "2026-10-06")


@case("colorectal", 12, "refer-to-reviewer", "regorafenib", "2026-01-20", "regorafenib",
      "59-year-old man after sigmoid colectomy for pathologic stage IIA (pT3 pN0 (0/22) M0) colon cancer with no "
      "evidence of metastatic disease and no prior chemotherapy; 'adjuvant' regorafenib requested 2026-01-20.",
      "STIVARGA (regorafenib) 1.1: metastatic colorectal cancer previously treated with fluoropyrimidine-, "
      "oxaliplatin- and irinotecan-based chemotherapy, anti-VEGF and (if RAS wild-type) anti-EGFR therapy; CORRECT.",
      "non-metastatic stage IIA adjuvant setting contradicts previously treated metastatic CRC")
def c12(b):
    b.patient("Howard", "Simmons", "male", "1966-02-02", "http://prairie.example/mrn", "PR-66020")
    b.encounter("2026-01-20", "Post-operative oncology visit")
    aj = txt("AJCC 8th")
    t = b.obs(cc(lnc("21899-0", "Primary tumor.pathology Cancer")), "2025-11-21", valueCodeableConcept=txt("pT3"), method=aj)
    n = b.obs(cc(lnc("21900-6", "Regional lymph nodes.pathology Cancer")), "2025-11-21", valueCodeableConcept=txt("pN0 (0/22)"), method=aj)
    m = b.obs(cc(lnc("21901-4", "Distant metastases.pathology Cancer")), "2025-11-21", valueCodeableConcept=txt("cM0"), method=aj)
    g = b.obs(cc(lnc("21902-2", "Stage group.pathology Cancer")), "2025-11-21", valueCodeableConcept=txt("Stage IIA"), method=aj)
    b.condition(cc(icd("C18.7", "Malignant neoplasm of sigmoid colon")), "2025-10-28",
                stage=[{"summary": txt("Stage IIA"), "assessment": [t, n, m, g]}])
    b.procedure(txt("Laparoscopic sigmoid colectomy"), "2025-11-18")
    b.report(txt("CT chest/abdomen/pelvis (staging)"), "2025-10-30", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Sigmoid wall thickening. No hepatic, pulmonary or peritoneal metastases.")
    b.local_lab("http://prairie.example/lab", "CEA", "CEA", "2026-01-13", 1.8, "ng/mL", flag=("N", "Normal"))
    b.local_lab("http://prairie.example/lab", "MMR", "MMR IHC", "2025-11-21", "Proficient (all retained)")
    b.ecog("2026-01-20", 0)
    b.cbc("2026-01-13", 13.3, 6.7, 250, 4.1)
    b.chem("2026-01-13", 1.0, 21, 24, 0.6, 97)
    b.vitals("2026-01-20", 88.0, 130, 82)
    b.med_request(rx("regorafenib40"), "2026-01-20", dosageInstruction=[{"text": "160 mg daily d1-21 q28d (adjuvant)"}])


# ===========================================================================
# PROSTATE
# ===========================================================================
def psa(b, date, value, unit="ng/mL", flag=None):
    ucum = {"ng/mL": "ng/mL", "ug/L": "ug/L"}[unit]
    kw = {}
    if flag:
        kw["interpretation"] = interp(*flag)
    return b.obs(cc(lnc("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), text="PSA"), date,
                 valueQuantity=qty(value, unit, ucum), **kw)


def testosterone_ngdl(b, date, value, flag=None):
    kw = {"interpretation": interp(*flag)} if flag else {}
    return b.obs(cc(lnc("2986-8", "Testosterone [Mass/volume] in Serum or Plasma"), text="Testosterone, total"),
                 date, valueQuantity=qty(value, "ng/dL"), **kw)


def testosterone_nmol(b, date, value, flag=None):
    kw = {"interpretation": interp(*flag)} if flag else {}
    return b.obs(cc(lnc("14913-8", "Testosterone [Moles/volume] in Serum or Plasma"), text="Testosterone"),
                 date, valueQuantity=qty(value, "nmol/L"), **kw)


def prostate_dx(b, onset, *extra_codes, **kw):
    return b.condition(cc(icd("C61", "Malignant neoplasm of prostate"), sct("399068003", "Malignant tumor of prostate"),
                          *extra_codes), onset, **kw)


@case("prostate", 1, "supported", "darolutamide", "2025-07-15", "darolutamide",
      "80-year-old man with biochemically recurrent prostate cancer on leuprolide since 2021 (testosterone "
      "14 ng/dL) whose PSA rose from 1.2 to 5.1 ng/mL over 9 months with negative CT and bone scan (non-metastatic "
      "castration-resistant); darolutamide requested 2025-07-15.",
      "NUBEQA (darolutamide) 1.x: non-metastatic castration-resistant prostate cancer (also mCSPC alone or with "
      "docetaxel); ARAMIS.",
      "castration from testosterone 2986-8 + rising PSA series + Z19.2; M0 from imaging conclusion")
def p01(b):
    b.patient("Arthur", "Pennington", "male", "1945-03-30", "http://capitalurology.example/mrn", "CU-45033")
    b.encounter("2025-07-15", "Urologic oncology visit")
    prostate_dx(b, "2016-02-22", note=note("Radical prostatectomy 2016 (pT2c N0, Gleason 3+4). BCR 2021; ADT since 09/2021."))
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2025-07-15")
    for d in ("2024-01-10", "2024-07-09", "2025-01-07"):
        b.med_admin(rx("eligard"), d, dose=qty(45, "mg"))
    psa(b, "2024-10-08", 1.2, flag=("H", "High"))
    psa(b, "2025-01-07", 2.0, flag=("H", "High"))
    psa(b, "2025-04-08", 3.4, flag=("H", "High"))
    psa(b, "2025-07-01", 5.1, flag=("H", "High"))
    testosterone_ngdl(b, "2025-07-01", 14, flag=("L", "Low"))
    b.obs(txt("PSA doubling time"), "2025-07-01", valueQuantity={"value": 4.5, "unit": "months"})
    b.report(txt("CT abdomen/pelvis and whole-body bone scan"), "2025-07-08", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="No evidence of nodal, visceral or osseous metastatic disease (M0 by conventional imaging).")
    b.ecog("2025-07-15", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "1999-01-01")
    b.condition(cc(icd("M81.0", "Age-related osteoporosis without current pathological fracture")), "2023-03-03")
    b.med_request(rx("lisinopril20"), "1999-01-01")
    b.med_request(rx("cholecalciferol"), "2023-03-03")
    b.cbc("2025-07-01", 12.9, 6.0, 210, 3.7)
    b.chem("2025-07-01", 1.2, 18, 21, 0.6, 102)
    b.vitals("2025-07-15", 76.4, 142, 80)
    b.med_request(rx("nubeqa"), "2025-07-15", dosageInstruction=[{"text": "600 mg PO BID with food"}])


@case("prostate", 2, "supported", "relugolix", "2026-02-24", "relugolix",
      "69-year-old man with newly diagnosed Gleason 4+5 prostate adenocarcinoma, PSA 86 ug/L and multiple bone "
      "metastases (stage IVB, cM1b); relugolix requested 2026-02-24.",
      "ORGOVYX (relugolix) 1.1: adults with advanced prostate cancer; HERO.",
      "PSA reported in ug/L; stage 21908-9 'Stage IVB'; bone mets as Condition")
def p02(b):
    b.patient("Marcus", "Johnson", "male", "1956-06-19", "http://greenbriar.example/mrn", "GB-56061")
    b.encounter("2026-02-24", "Urology oncology visit")
    prostate_dx(b, "2026-01-20")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2026-02-05")
    psa(b, "2026-01-08", 86, unit="ug/L", flag=("H", "High"))
    b.report(txt("Prostate biopsy, 12 cores"), "2026-01-20", cc(cd(V2_0074, "SP", "Surgical Pathology")),
             conclusion="Prostatic adenocarcinoma, Gleason score 4+5=9 (Grade Group 5), 10/12 cores.")
    b.report(txt("Whole-body bone scan"), "2026-02-05", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Multiple foci in spine, pelvis and ribs consistent with osseous metastases.")
    b.obs(cc(lnc("21908-9", "Stage group.clinical Cancer")), "2026-02-10", valueCodeableConcept=txt("Stage IVB"))
    testosterone_ngdl(b, "2026-02-10", 512)
    b.ecog("2026-02-24", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2010-01-01")
    b.condition(cc(icd("E78.5", "Hyperlipidemia, unspecified")), "2010-01-01")
    b.med_request(rx("nifedipine30"), "2010-01-01")
    b.med_request(rx("rosuvastatin10"), "2010-01-01")
    b.cbc("2026-02-17", 13.1, 6.8, 233, 4.0)
    b.chem("2026-02-17", 1.0, 20, 23, 0.5, 99)
    b.vitals("2026-02-24", 94.5, 146, 88)
    b.med_request(rx("orgovyx"), "2026-02-24", dosageInstruction=[{"text": "360 mg loading dose, then 120 mg daily"}])


@case("prostate", 3, "supported", "enzalutamide", "2026-04-07", "enzalutamide",
      "67-year-old man 7 years after radical prostatectomy (pT3a N0) with biochemical recurrence: PSA 0.4 -> 2.6 "
      "ng/mL over 11 months (doubling time ~3.7 months), testosterone 14.6 nmol/L (non-castrate), negative CT "
      "and bone scan; enzalutamide requested 2026-04-07.",
      "XTANDI (enzalutamide) 1.x: non-metastatic castration-sensitive prostate cancer with biochemical recurrence "
      "at high risk for metastasis (high-risk BCR); EMBARK.",
      "testosterone in nmol/L (14913-8), PSA doubling time as local Observation, R97.21")
def p03(b):
    b.patient("Douglas", "Carter", "male", "1958-09-27", "http://lakeview-uro.example/mrn", "LU-58092")
    b.encounter("2026-04-07", "Urologic oncology visit")
    prostate_dx(b, "2019-01-15", note=note("Robotic radical prostatectomy 03/2019: pT3a pN0, Gleason 4+3. "
                                           "Undetectable PSA until 2024. Biochemical recurrence 2025, high risk "
                                           "(PSA doubling time < 9 months, PSA > 1 ng/mL); non-metastatic on CT and "
                                           "bone scan; no ADT to date."))
    b.condition(cc(icd("R97.21", "Rising PSA following treatment for malignant neoplasm of prostate")), "2025-08-12")
    b.procedure(txt("Robotic-assisted laparoscopic radical prostatectomy with pelvic lymph node dissection"), "2019-03-11")
    psa(b, "2024-10-15", 0.1)
    psa(b, "2025-04-15", 0.4, flag=("H", "High"))
    psa(b, "2025-08-12", 0.9, flag=("H", "High"))
    psa(b, "2025-12-09", 1.8, flag=("H", "High"))
    psa(b, "2026-03-10", 2.6, flag=("H", "High"))
    b.obs(cc(cd("http://lakeview-uro.example/calc", "PSADT"), text="PSA doubling time"), "2026-03-10",
          valueQuantity={"value": 3.7, "unit": "months"})
    testosterone_nmol(b, "2026-03-10", 14.6)
    b.report(txt("CT chest/abdomen/pelvis and Tc-99m bone scan"), "2026-03-20", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="No evidence of metastatic disease on conventional imaging.")
    b.ecog("2026-04-07", 0)
    b.condition(cc(icd("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2015-01-01")
    b.cbc("2026-03-10", 14.6, 6.2, 221, 3.9)
    b.chem("2026-03-10", 1.0, 24, 22, 0.8, 93)
    b.vitals("2026-04-07", 91.8, 134, 82)
    b.med_request(rx("xtandi40tab"), "2026-04-07", dosageInstruction=[{"text": "160 mg PO daily"}])


@case("prostate", 4, "supported", "lu_pin", "2025-10-14", "lutetium Lu 177 vipivotide tetraxetan",
      "75-year-old man with metastatic castration-resistant prostate cancer (bone, nodes; testosterone <20 ng/dL) "
      "after enzalutamide and 6 cycles of docetaxel, with PSMA-positive disease on Ga-68 gozetotide PET; "
      "lutetium Lu 177 vipivotide tetraxetan requested 2025-10-14 (coded with the RxNorm precise ingredient).",
      "PLUVICTO (lutetium Lu 177 vipivotide tetraxetan) 1.1: PSMA-positive mCRPC treated with an androgen "
      "receptor pathway inhibitor and considered appropriate to delay taxane chemotherapy, or after ARPI and "
      "taxane-based chemotherapy; VISION / PSMAfore.",
      "service coded with RxNorm PIN 2597053; docetaxel as SCD administrations; PSMA from PET conclusion")
def p04(b):
    b.patient("Stanley", "Brooks", "male", "1950-01-12", "http://midstate.example/mrn", "MS-50011")
    b.encounter("2025-10-14", "GU oncology / nuclear medicine")
    prostate_dx(b, "2021-05-03")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2022-02-01")
    b.condition(cc(icd("C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes")), "2022-02-01")
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2023-01-20")
    b.med_admin(rx("degarelix120"), "2022-02-03", dose=qty(240, "mg"))
    for d in ("2024-06-04", "2024-09-03", "2024-12-03", "2025-03-04", "2025-06-03", "2025-09-02"):
        b.med_admin(rx("lupron3m"), d)
    b.med_request(rx("xtandi40cap"), "2023-02-06", status="stopped", statusReason=txt("PSA and radiographic progression"))
    for d in ("2025-02-11", "2025-03-04", "2025-03-25", "2025-04-15", "2025-05-06", "2025-05-27"):
        b.med_admin(rx("docetaxel80"), d, dose=qty(75, "mg/m2", "mg/m2"))
    for d, v in (("2025-06-17", 14.2), ("2025-08-12", 22.5), ("2025-09-23", 31.8)):
        psa(b, d, v, flag=("H", "High"))
    testosterone_ngdl(b, "2025-09-23", 12, flag=("L", "Low"))
    b.report(txt("PET/CT Ga-68 gozetotide (PSMA-11)"), "2025-09-22", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Multiple PSMA-avid osseous (T8, L3, bilateral pelvis) and retroperitoneal nodal lesions with "
                        "uptake greater than liver. No PSMA-negative measurable lesions. PSMA-positive disease.")
    b.ecog("2025-10-14", 1)
    b.condition(cc(icd("N18.30", "Chronic kidney disease, stage 3 unspecified")), "2019-01-01")
    b.med_admin(rx("xgeva"), "2025-09-23", dose=qty(120, "mg"))
    b.cbc("2025-10-07", 10.8, 5.1, 176, 3.0)
    b.chem("2025-10-07", 1.4, 16, 22, 0.5, 100)
    b.vitals("2025-10-14", 79.0, 128, 76)
    b.med_request(cc(cd(RXN, "2597053", "lutetium Lu 177 vipivotide tetraxetan"),
                     text="Pluvicto 7.4 GBq (200 mCi) IV q6w x6"), "2025-10-14")


@case("prostate", 5, "supported", "niraparib", "2026-08-18", "niraparib / abiraterone acetate",
      "73-year-old man with metastatic castration-resistant prostate cancer (bone; testosterone 12 ng/dL, PSA "
      "rising on leuprolide) carrying a pathogenic germline BRCA2 frameshift; niraparib/abiraterone acetate "
      "(Akeega) with prednisone requested 2026-08-18.",
      "AKEEGA (niraparib and abiraterone acetate) 1.1: with prednisone for deleterious or suspected deleterious "
      "BRCA-mutated metastatic castration-resistant prostate cancer; MAGNITUDE.",
      "germline report: BRCA2 with HGNC coding, germline source class LA6683-2, 3-letter frameshift notation")
def p05(b):
    b.patient("Gerald", "Fitzgerald", "male", "1953-07-07", "http://westhills.example/mrn", "WH-53077")
    b.encounter("2026-08-18", "GU oncology visit")
    prostate_dx(b, "2024-03-12")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2024-03-12")
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2026-07-28")
    b.condition(cc(icd("Z15.09", "Genetic susceptibility to other malignant neoplasm")), "2026-07-02")
    for d in ("2025-08-05", "2025-11-04", "2026-02-03", "2026-05-05", "2026-08-04"):
        b.med_admin(rx("lupron3m"), d)
    for d, v in (("2026-03-03", 4.1), ("2026-05-05", 7.9), ("2026-07-28", 15.3)):
        psa(b, d, v, flag=("H", "High"))
    testosterone_ngdl(b, "2026-07-28", 12, flag=("L", "Low"))
    b.report(txt("Bone scan"), "2026-07-30", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="New foci in the left femur and T11 compared with 01/2026: progression of osseous metastases.")
    res = [variant(b, "2026-07-02", "BRCA2", gene_code="HGNC:1101", cdna="NM_000059.4:c.5946del",
                   protein="p.Ser1982ArgfsTer22", source="Germline", significance="Pathogenic",
                   method_text="Multigene hereditary cancer panel (germline, saliva)",
                   extra_components=[{"code": txt("Zygosity"), "valueString": "Heterozygous"}])]
    b.report(cc(lnc("51969-4", "Genetic analysis report"), text="Hereditary cancer panel (germline)"), "2026-07-02",
             cc(cd(V2_0074, "GE", "Genetics")), result=res,
             conclusion="POSITIVE: pathogenic BRCA2 variant c.5946del (p.Ser1982Argfs*22) identified.")
    b.ecog("2026-08-18", 1)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2002-01-01")
    b.med_request(rx("losartan50"), "2002-01-01")
    b.cbc("2026-08-11", 12.0, 5.8, 199, 3.5)
    b.chem("2026-08-11", 1.1, 20, 24, 0.6, 104)
    b.vitals("2026-08-18", 82.3, 138, 82)
    b.med_request(cc(cd(RXN, "1918231", "niraparib"),
                     text="AKEEGA (niraparib 100 mg / abiraterone acetate 500 mg) 2 tablets PO daily"), "2026-08-18")
    b.med_request(rx("prednisone5"), "2026-08-18", dosageInstruction=[{"text": "10 mg PO daily"}])


@case("prostate", 6, "supported", "radium_in", "2025-12-16", "radium-223 dichloride",
      "81-year-old man with castration-resistant prostate cancer (testosterone 9 ng/dL) with painful bone "
      "metastases requiring opioids, progressed on enzalutamide, and no visceral disease on CT; radium-223 "
      "requested 2025-12-16 (coded with the RxNorm ingredient 'radium').",
      "XOFIGO (radium Ra 223 dichloride) 1.1: castration-resistant prostate cancer with symptomatic bone "
      "metastases and no known visceral metastatic disease; ALSYMPCA.",
      "symptoms from G89.3 + opioid order; 'no visceral metastatic disease' only in CT conclusion")
def p06(b):
    b.patient("Lawrence", "Hayes", "male", "1944-11-11", "http://ridgeway.example/mrn", "RW-44111")
    b.encounter("2025-12-16", "GU oncology visit")
    prostate_dx(b, "2018-06-01")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2022-09-09")
    b.condition(cc(icd("G89.3", "Neoplasm related pain (acute) (chronic)"), text="Bone pain from osseous metastases"),
                "2025-10-20")
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2023-05-05")
    b.med_statement(txt("leuprolide depot q3 months (ongoing ADT since 2018)"), "active", "2018-07-01")
    b.med_request(rx("xtandi40tab"), "2023-05-15", status="stopped", statusReason=txt("Progression"))
    for d, v in (("2025-08-19", 18.0), ("2025-11-18", 29.4)):
        psa(b, d, v, flag=("H", "High"))
    testosterone_ngdl(b, "2025-11-18", 9, flag=("L", "Low"))
    b.local_lab("http://ridgeway.example/lab", "ALP", "Alkaline phosphatase", "2025-11-18", 312, "U/L", flag=("H", "High"))
    b.report(txt("CT chest/abdomen/pelvis with contrast"), "2025-12-02", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Diffuse sclerotic osseous metastases, increased. No visceral (liver, lung, adrenal) "
                        "metastatic disease. No lymphadenopathy > 3 cm.")
    b.med_request(rx("oxycodone5"), "2025-10-20", dosageInstruction=[{"text": "5-10 mg q4h PRN bone pain"}])
    b.ecog("2025-12-16", 2)
    b.condition(cc(icd("I48.91", "Unspecified atrial fibrillation")), "2015-01-01")
    b.med_request(rx("metoprolol25"), "2015-01-01")
    b.cbc("2025-12-09", 11.1, 5.3, 168, 3.2)
    b.chem("2025-12-09", 1.3, 15, 20, 0.5, 96)
    b.vitals("2025-12-16", 70.5, 126, 72)
    b.med_request(cc(cd(RXN, "1546450", "radium"), text="Xofigo (radium Ra 223 dichloride) 55 kBq/kg IV q4w x6"),
                  "2025-12-16")


@case("prostate", 7, "needs-documentation", "olaparib", "2026-03-31", "olaparib",
      "76-year-old man with metastatic castration-resistant prostate cancer (testosterone 11 ng/dL, new bone "
      "lesions) that progressed on enzalutamide; HRR gene testing is ordered but no result is on record; olaparib "
      "requested 2026-03-31.",
      "LYNPARZA (olaparib) 1.x: deleterious or suspected deleterious germline or somatic HRR gene-mutated mCRPC "
      "after progression on enzalutamide or abiraterone (and with abiraterone for BRCA-mutated mCRPC); PROfound.",
      "HRR mutation status absent (test pending)",
      missing=["hrr"])
def p07(b):
    b.patient("Norman", "Reid", "male", "1949-04-18", "http://tallpines.example/mrn", "TP-49041")
    b.encounter("2026-03-31", "GU oncology visit")
    prostate_dx(b, "2021-10-10")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2023-03-01")
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2024-04-01")
    for d in ("2025-06-03", "2025-09-02", "2025-12-02", "2026-03-03"):
        b.med_admin(rx("lupron3m"), d)
    b.med_request(rx("xtandi40tab"), "2024-04-15", status="stopped", statusReason=txt("Progressive disease"))
    for d, v in (("2025-11-04", 6.2), ("2026-01-06", 11.9), ("2026-03-10", 20.4)):
        psa(b, d, v, flag=("H", "High"))
    testosterone_ngdl(b, "2026-03-10", 11, flag=("L", "Low"))
    b.report(txt("Bone scan"), "2026-03-12", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Several new osseous lesions (ribs, sacrum). Progression.")
    b.service_request(txt("FoundationOne CDx - homologous recombination repair genes"), "2026-03-17")
    b.ecog("2026-03-31", 1)
    b.condition(cc(icd("E11.9", "Type 2 diabetes mellitus without complications")), "2010-01-01")
    b.med_request(rx("metformin500"), "2010-01-01")
    b.cbc("2026-03-24", 11.5, 5.6, 188, 3.4)
    b.chem("2026-03-24", 1.1, 17, 19, 0.5, 132)
    b.vitals("2026-03-31", 85.0, 136, 80)
    b.med_request(cc(cd(RXN, "1597582", "olaparib"), text="Lynparza 300 mg PO BID"), "2026-03-31")


@case("prostate", 8, "needs-documentation", "cabazitaxel", "2025-05-06", "cabazitaxel",
      "73-year-old man with metastatic castration-resistant prostate cancer (bone, nodes; testosterone 18 ng/dL, "
      "rising PSA) after enzalutamide; outside chemotherapy records are missing so prior docetaxel is not "
      "documented; cabazitaxel with prednisone requested 2025-05-06.",
      "JEVTANA (cabazitaxel) 1.1: with prednisone for metastatic castration-resistant prostate cancer previously "
      "treated with a docetaxel-containing regimen; TROPIC / CARD.",
      "prior docetaxel not documented (records missing)",
      missing=["prior_therapy"])
def p08(b):
    b.patient("Eugene", "Foster", "male", "1951-08-22", "http://brightwater.example/mrn", "BW-51082")
    b.encounter("2025-05-06", "GU oncology - transfer of care")
    prostate_dx(b, "2020-01-15", note=note("Treated 2020-2024 at an outside cancer center. Outside chemotherapy "
                                           "records not available; prior chemotherapy history not documented."))
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2022-06-01")
    b.condition(cc(icd("C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes")), "2022-06-01")
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2023-06-01")
    b.med_statement(txt("leuprolide (ADT), ongoing"), "active", "2020-02-01")
    b.med_statement(txt("enzalutamide 160 mg daily"), "stopped", "2023-06-10", "2025-03-20",
                    statusReason=[txt("PSA and radiographic progression")])
    for d, v in (("2025-01-14", 9.8), ("2025-03-11", 17.6), ("2025-04-22", 26.3)):
        psa(b, d, v, flag=("H", "High"))
    testosterone_ngdl(b, "2025-04-22", 18, flag=("L", "Low"))
    b.report(txt("CT abdomen/pelvis and bone scan"), "2025-04-24", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Enlarging retroperitoneal nodes and new osseous lesions; progressive disease.")
    b.ecog("2025-05-06", 1)
    b.condition(cc(icd("E78.5", "Hyperlipidemia, unspecified")), "2009-01-01")
    b.med_request(rx("rosuvastatin10"), "2009-01-01")
    b.cbc("2025-04-29", 12.2, 6.1, 205, 3.8)
    b.chem("2025-04-29", 1.0, 19, 22, 0.6, 98)
    b.vitals("2025-05-06", 78.8, 132, 78)
    b.med_request(rx("jevtana"), "2025-05-06", dosageInstruction=[{"text": "20 mg/m2 IV q3w"}])
    b.med_request(rx("prednisone5"), "2025-05-06", dosageInstruction=[{"text": "10 mg daily"}])
    b.med_request(rx("pegfilgrastim"), "2025-05-06")


@case("prostate", 9, "needs-documentation", "sipuleucel_hcpcs", "2026-05-26", "sipuleucel-T",
      "75-year-old asymptomatic man with castration-resistant prostate cancer (testosterone 16 ng/dL on leuprolide, "
      "PSA 1.8 -> 7.2 ng/mL) with no staging imaging on record (bone scan and CT ordered); sipuleucel-T requested "
      "2026-05-26.",
      "PROVENGE (sipuleucel-T) 1.1: asymptomatic or minimally symptomatic metastatic castrate-resistant "
      "(hormone-refractory) prostate cancer; IMPACT.",
      "metastatic status absent (no imaging/stage), CRPC and symptoms documented",
      missing=["stage"])
def p09(b):
    b.patient("Calvin", "Morris", "male", "1950-10-03", "http://elmgrove.example/mrn", "EG-50100")
    b.encounter("2026-05-26", "GU oncology visit")
    prostate_dx(b, "2019-09-09", note=note("Definitive radiation 2019; ADT since 2023 for biochemical recurrence."))
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2026-05-12")
    for d in ("2025-05-13", "2025-08-12", "2025-11-11", "2026-02-10", "2026-05-12"):
        b.med_admin(rx("lupron3m"), d)
    for d, v in (("2025-11-11", 1.8), ("2026-02-10", 3.9), ("2026-05-12", 7.2)):
        psa(b, d, v, flag=("H", "High"))
    testosterone_ngdl(b, "2026-05-12", 16, flag=("L", "Low"))
    b.obs(txt("Review of systems - pain"), "2026-05-26", EXAM, valueString="Denies bone pain; no analgesic use. Asymptomatic.")
    b.service_request(txt("Whole-body bone scan and CT abdomen/pelvis"), "2026-05-26")
    b.ecog("2026-05-26", 0)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2000-01-01")
    b.med_request(rx("hctz25"), "2000-01-01")
    b.cbc("2026-05-19", 13.8, 6.4, 227, 4.0)
    b.chem("2026-05-19", 1.0, 22, 24, 0.7, 97)
    b.vitals("2026-05-26", 81.1, 136, 80)
    b.med_request(cc(cd(HCPCS, "Q2043", SVC["sipuleucel_hcpcs"][2]), text="Provenge, 3 infusions q2w"), "2026-05-26")


@case("prostate", 10, "refer-to-reviewer", "radium_pin", "2026-09-08", "radium-223 dichloride",
      "78-year-old man with castration-resistant prostate cancer with painful bone metastases and biopsy-proven "
      "liver metastases; radium-223 requested 2026-09-08 (coded with the RxNorm precise ingredient).",
      "XOFIGO (radium Ra 223 dichloride) 1.1: castration-resistant prostate cancer with symptomatic bone "
      "metastases and no known visceral metastatic disease; ALSYMPCA.",
      "visceral (liver) metastases contradict 'no known visceral metastatic disease'")
def p10(b):
    b.patient("Ronald", "Baker", "male", "1948-05-15", "http://stonebridge.example/mrn", "SB-48051")
    b.encounter("2026-09-08", "GU oncology visit")
    prostate_dx(b, "2019-04-04")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2022-01-01")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-08-27")
    b.condition(cc(icd("G89.3", "Neoplasm related pain (acute) (chronic)")), "2026-07-01")
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2024-01-01")
    b.med_statement(txt("goserelin 10.8 mg q12 weeks (ADT)"), "active", "2019-05-01")
    testosterone_ngdl(b, "2026-08-20", 10, flag=("L", "Low"))
    psa(b, "2026-08-20", 64.0, flag=("H", "High"))
    b.report(txt("CT chest/abdomen/pelvis"), "2026-08-20", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Multiple new hepatic metastases, largest 2.8 cm in segment VI. Diffuse osseous metastases.")
    b.report(txt("Liver biopsy, core"), "2026-08-27", cc(cd(V2_0074, "SP", "Surgical Pathology")),
             conclusion="Metastatic adenocarcinoma, NKX3.1 and PSA positive, consistent with prostatic origin.")
    b.med_request(rx("oxycodone5"), "2026-07-01")
    b.ecog("2026-09-08", 2)
    b.cbc("2026-09-01", 10.2, 4.9, 150, 2.8)
    b.chem("2026-09-01", 1.1, 66, 80, 1.3, 101)
    b.vitals("2026-09-08", 68.0, 118, 70)
    b.med_request(cc(cd(RXN, "1424174", "radium chloride Ra-223"), text="Xofigo 55 kBq/kg IV q4w x6"), "2026-09-08")


@case("prostate", 11, "refer-to-reviewer", "sipuleucel", "2025-11-25", "sipuleucel-T",
      "65-year-old man with newly diagnosed, hormone-naive prostate cancer with bone metastases who has never "
      "received ADT (testosterone 455 ng/dL); sipuleucel-T requested 2025-11-25.",
      "PROVENGE (sipuleucel-T) 1.1: asymptomatic or minimally symptomatic metastatic castrate-resistant "
      "(hormone-refractory) prostate cancer; IMPACT.",
      "castration-sensitive, untreated disease contradicts castrate-resistant")
def p11(b):
    b.patient("Peter", "Novak", "male", "1960-02-14", "http://clearwater.example/mrn", "CW-60021")
    b.encounter("2025-11-25", "GU oncology new patient")
    prostate_dx(b, "2025-10-14", note=note("Hormone-naive; no androgen deprivation therapy to date."))
    b.condition(cc(icd("Z19.1", "Hormone sensitive malignancy status")), "2025-10-14")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2025-10-28")
    psa(b, "2025-10-07", 38.5, flag=("H", "High"))
    testosterone_ngdl(b, "2025-11-04", 455)
    b.report(txt("Bone scan"), "2025-10-28", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Three foci (L2, right ilium, left 6th rib) consistent with metastases.")
    b.ecog("2025-11-25", 0)
    b.condition(cc(icd("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2012-01-01")
    b.cbc("2025-11-18", 14.2, 6.6, 240, 4.1)
    b.chem("2025-11-18", 0.9, 20, 22, 0.6, 94)
    b.vitals("2025-11-25", 83.4, 128, 80)
    b.med_request(cc(cd(RXN, "997261", "sipuleucel-T"), text="Provenge autologous cellular immunotherapy x3"), "2025-11-25")


@case("prostate", 12, "refer-to-reviewer", "lu_in", "2026-11-10", "lutetium Lu 177 vipivotide tetraxetan",
      "73-year-old man with metastatic castration-resistant prostate cancer after enzalutamide and docetaxel whose "
      "PSMA PET shows no PSMA-avid disease while FDG PET shows liver and bone lesions (PSMA-negative); Pluvicto "
      "requested 2026-11-10 (coded with the RxNorm ingredient vipivotide tetraxetan).",
      "PLUVICTO (lutetium Lu 177 vipivotide tetraxetan) 1.1: PSMA-positive mCRPC after ARPI (and taxane, or "
      "appropriate to delay taxane); VISION / PSMAfore.",
      "PSMA-negative PET contradicts PSMA-positive")
def p12(b):
    b.patient("Frederick", "Lang", "male", "1952-12-30", "http://riverton.example/mrn", "RT-52123")
    b.encounter("2026-11-10", "GU oncology / theranostics clinic")
    prostate_dx(b, "2020-08-08")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2023-02-02")
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-10-20")
    b.condition(cc(icd("Z19.2", "Hormone resistant malignancy status")), "2024-02-02")
    for d in ("2026-02-03", "2026-05-05", "2026-08-04"):
        b.med_admin(rx("lupron3m"), d)
    b.med_request(rx("xtandi40tab"), "2024-02-12", status="stopped", statusReason=txt("Progression"))
    for d in ("2025-09-02", "2025-10-14", "2025-11-25", "2026-01-06"):
        b.med_admin(rx("docetaxel80"), d, dose=qty(75, "mg/m2", "mg/m2"))
    testosterone_ngdl(b, "2026-10-13", 8, flag=("L", "Low"))
    psa(b, "2026-10-13", 44.0, flag=("H", "High"))
    b.report(txt("FDG PET/CT"), "2026-10-20", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="Multiple FDG-avid hepatic and osseous lesions.")
    b.report(txt("PET/CT F-18 piflufolastat (PSMA)"), "2026-10-27", cc(cd(V2_0074, "RAD", "Radiology")),
             conclusion="No PSMA-avid disease. FDG-avid hepatic and osseous lesions show no PSMA uptake above "
                        "background (PSMA-negative phenotype). Not a candidate for PSMA-targeted radioligand therapy "
                        "by imaging criteria.")
    b.ecog("2026-11-10", 1)
    b.cbc("2026-11-03", 10.7, 5.0, 161, 3.1)
    b.chem("2026-11-03", 1.0, 48, 57, 0.9, 98)
    b.vitals("2026-11-10", 72.6, 124, 76)
    b.med_request(cc(cd(RXN, "2597054", "vipivotide tetraxetan"), text="Pluvicto 7.4 GBq IV q6w"), "2026-11-10")


# ===========================================================================
# Build, validate, write
# ===========================================================================
SERVICE_SOURCES = {
    HCPCS: "CMS HCPCS Level II; verified on the manufacturer coding guide / CMS MCD article / payer policy pages",
    RXN: "NLM RxNorm 2025-10-06 prescribable release (IN/PIN/MIN), via davidanderson3/rxnorm-ingredients",
}

CODE_NOTES = {
    "tdxd": "ENHERTU4U coding guide (J9358); RxNorm IN of Enhertu is trastuzumab 224905, so HCPCS is used",
    "sacituzumab": "Trodelvy reimbursement guide; QualChoice BI663 (J9317)",
    "cemiplimab": "Aetna CPB 0942 / Evolent policy (J9119)",
    "tremelimumab": "Aetna CPB 1019, QualChoice BI731 (J9347)",
    "sipuleucel_hcpcs": "CMS MCD article A52926 (Q2043)",
    "lonsurf": "RxNorm MIN 'tipiracil / trifluridine' (SCD 1670311 under it)",
    "lu_pin": "RxNorm PIN of Pluvicto (SCD 2597057)",
    "lu_in": "RxNorm IN linked to Pluvicto SCDC 2597042",
    "radium_in": "RxNorm IN linked to Xofigo SCDC 1745391",
    "radium_pin": "RxNorm PIN of Xofigo (SCD 1424214)",
    "niraparib": "RxNorm IN; Akeega = niraparib / abiraterone acetate",
    "osimertinib": "RxNorm IN; SCD 1721565 also seen on DailyMed",
}


def build_case(meta):
    cid = f"lab8-{meta['cancer']}-{meta['num']:02d}"
    pid = f"nec8-{meta['cancer']}-{meta['num']:02d}"
    b = Bundle(cid, pid)
    meta["build"](b)
    system, code, display = SVC[meta["svc"]]
    out = {
        "id": cid,
        "cancer": meta["cancer"],
        "description": meta["description"],
        "basis": meta["basis"],
        "date": meta["date"],
        "service": {"system": system, "code": code, "display": display},
        "expected": meta["expected"],
    }
    if meta["expected"] == "needs-documentation":
        out["expected_missing"] = list(meta["missing"])
    out["bundle"] = b.bundle()
    return out


ORDER = ["breast", "nsclc", "colorectal", "prostate"]


def build_all():
    metas = sorted(CASES, key=lambda m: (ORDER.index(m["cancer"]), m["num"]))
    return {"cases": [build_case(m) for m in metas]}


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$")


def _walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{path}[{i}]")
    else:
        yield path, node


def validate(data):
    errors = []
    cases = data.get("cases")
    if not isinstance(cases, list) or len(cases) != 48:
        return [f"expected 48 cases, got {len(cases) if isinstance(cases, list) else cases!r}"]
    counts = {}
    drug_counts = {}
    ids = set()
    meta_by_id = {f"lab8-{m['cancer']}-{m['num']:02d}": m for m in CASES}
    for c in cases:
        cid = c.get("id")
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        ids.add(cid)
        m = re.fullmatch(r"lab8-(breast|nsclc|colorectal|prostate)-(\d{2})", cid or "")
        if not m or m.group(1) != c.get("cancer") or not 1 <= int(m.group(2)) <= 12:
            errors.append(f"{cid}: bad id/cancer")
            continue
        for key in ("description", "basis", "date", "service", "expected", "bundle"):
            if key not in c:
                errors.append(f"{cid}: missing {key}")
        date = c["date"]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            errors.append(f"{cid}: bad date {date}")
        if date not in c["description"]:
            errors.append(f"{cid}: description does not name the decision date")
        exp = c["expected"]
        if exp not in ("supported", "needs-documentation", "refer-to-reviewer"):
            errors.append(f"{cid}: bad expected {exp}")
        counts[(c["cancer"], exp)] = counts.get((c["cancer"], exp), 0) + 1
        miss = c.get("expected_missing")
        if exp == "needs-documentation":
            if not miss or any(k not in ALLOWED_MISSING for k in miss):
                errors.append(f"{cid}: bad expected_missing {miss}")
        elif miss is not None:
            errors.append(f"{cid}: expected_missing on a {exp} case")
        svc = c["service"]
        if svc.get("system") not in (RXN, HCPCS) or not svc.get("code") or not svc.get("display"):
            errors.append(f"{cid}: bad service {svc}")
        if svc.get("system") == HCPCS and not re.fullmatch(r"[JQ]\d{4}", svc.get("code", "")):
            errors.append(f"{cid}: HCPCS service must be a J/Q code")
        if svc.get("system") == RXN and not re.fullmatch(r"\d+", svc.get("code", "")):
            errors.append(f"{cid}: RxNorm code must be numeric")
        drug = meta_by_id[cid]["drug"]
        drug_counts[drug] = drug_counts.get(drug, 0) + 1
        bundle = c["bundle"]
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection":
            errors.append(f"{cid}: bundle must be a collection Bundle")
        full = set()
        rids = set()
        patients = []
        for e in bundle.get("entry", []):
            fu = e.get("fullUrl", "")
            if not re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", fu):
                errors.append(f"{cid}: bad fullUrl {fu}")
            if fu in full:
                errors.append(f"{cid}: duplicate fullUrl {fu}")
            full.add(fu)
            res = e.get("resource", {})
            rid = (res.get("resourceType"), res.get("id"))
            if rid in rids:
                errors.append(f"{cid}: duplicate resource id {rid}")
            rids.add(rid)
            if res.get("resourceType") == "Patient":
                patients.append((fu, res))
        pid = f"nec8-{c['cancer']}-{m.group(2)}"
        if len(patients) != 1 or patients[0][1].get("id") != pid:
            errors.append(f"{cid}: need exactly one Patient with id {pid}")
            continue
        pat_url = patients[0][0]
        for e in bundle["entry"]:
            res = e["resource"]
            if res["resourceType"] != "Patient" and "subject" in res and res["subject"].get("reference") != pat_url:
                errors.append(f"{cid}: {res['resourceType']} subject is not the Patient")
            for path, val in _walk(res):
                if path.endswith(".reference"):
                    if val not in full:
                        errors.append(f"{cid}: unresolved reference {val} at {path}")
                elif isinstance(val, str) and DATE_RE.match(val) and val[:10] > date:
                    errors.append(f"{cid}: {res['resourceType']}{path} = {val} is after {date}")
    for cancer in ORDER:
        for exp, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if counts.get((cancer, exp), 0) != n:
                errors.append(f"{cancer}/{exp}: {counts.get((cancer, exp), 0)} cases, want {n}")
    for drug, n in drug_counts.items():
        if n > 2:
            errors.append(f"drug {drug} requested {n} times (max 2)")
    return errors


def render_json(data):
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def render_md(data):
    meta_by_id = {f"lab8-{m['cancer']}-{m['num']:02d}": m for m in CASES}
    lines = [
        "# Held-out necessity set 8 (label-cases-8)",
        "",
        "Generated by `scripts/gen-label-cases-8.py` (deterministic; `--check` validates this set).",
        "",
        "**Written blind.** The author did not open `src/`, `crates/`, `pathways/`, any file in "
        "`tests/fixtures/necessity/`, any `scripts/gen-*.py`, or the README beyond the task brief, and did not "
        "build or run the engine. What was read: FDA labels, section 1 Indications and Usage (DailyMed/label pages, "
        "FDA and manufacturer notices and payer policies quoting section 1), HL7 FHIR IG pages (mCODE, Genomics "
        "Reporting, ICHOM Breast Cancer) for LOINC/SNOMED codes, and an extract of the NLM RxNorm 2025-10-06 "
        "prescribable release for RxNorm codes.",
        "",
        "48 cases: breast, nsclc, colorectal, prostate x (6 supported, 3 needs-documentation, 3 refer-to-reviewer).",
        "",
        "## What it tests: the same facts written the way other systems write them",
        "",
        "- Oracle Health/Cerner style: proprietary code-set 72 codes + text, values as CodeableConcept text, "
        "meaning in v3 interpretation POS/NEG/H/L/N (breast-01).",
        "- Epic style: LOINC 21908-9 / 21902-2 / 21914-7 stage groups with text values, separate T/N/M "
        "Observations (21905-5..21907-1, 21899-0..21901-4), ICD-10-CM + local EDG/IMO codes, "
        "Condition.stage.assessment and Condition.evidence references (breast-02, breast-10, nsclc-01).",
        "- Registry abstract: ICD-O-3 topography/morphology (terminology.hl7.org URI and OID 2.16.840.1.113883.6.43.1), "
        "SEER summary stage, NAACCR-style summary fields, AJCC '2B'/'4A' (breast-04, nsclc-05, colorectal-01).",
        "- NGS vendor reports: variant Observations 69548-6 with 48018-6 (HGNC coding or text only), 48004-9, "
        "81290-9, 48005-3 (1- and 3-letter), 53037-8 text, 48002-0 (somatic/germline), 81258-6; two-gene fusion "
        "components; TMB 94076-7 and MSI 81695-9; plasma ctDNA; 'no reportable alterations in KRAS/NRAS exons 2,3,4'.",
        "- Units and formats: PSA ng/mL vs ug/L; testosterone ng/dL (2986-8) vs nmol/L (14913-8); PD-L1 TPS as "
        "valueString and as valueQuantity %; HER2 1+ with ISH not amplified; HER2/CEP17 ratio components.",
        "- Prior therapy: Procedure 367336001 + note, MedicationAdministration with RxNorm SCD/SBD, "
        "MedicationStatement text only, MedicationRequest completed/stopped with statusReason, lines in "
        "Condition.note and in a progress-note DiagnosticReport conclusion.",
        "- Performance status ECOG 89247-1 (LA codes) vs Karnofsky 89243-0; menopause as SNOMED 161712005 "
        "Observation (ICHOM) vs inferred; castration from testosterone; progression from imaging conclusions "
        "and a RECIST text Observation.",
        "- Service coding: RxNorm IN in most cases, RxNorm PIN/MIN in some (Pluvicto, Xofigo, Lonsurf), HCPCS J/Q "
        "codes in six.",
        "",
        "## Requested-service codes and where they were verified",
        "",
        "| drug | system | code | display | source |",
        "|---|---|---|---|---|",
    ]
    seen = set()
    for c in data["cases"]:
        m = meta_by_id[c["id"]]
        key = m["svc"]
        if key in seen:
            continue
        seen.add(key)
        s = c["service"]
        sysname = "HCPCS" if s["system"] == HCPCS else "RxNorm"
        src = CODE_NOTES.get(key, SERVICE_SOURCES[s["system"]] if s["system"] == HCPCS else "RxNorm IN, NLM 2025-10-06 release")
        lines.append(f"| {m['drug']} | {sysname} | {s['code']} | {s['display']} | {src} |")
    lines += [
        "",
        "Codes inside the records: RxNorm SCD/SBD from the same NLM extract (cross-checked: Enhertu SCD 2267576 / SBD "
        "2267581 and cetuximab SCD 1657658 / 1657663 against openFDA NDC records, osimertinib SCD 1721565 on DailyMed); "
        "LOINC and SNOMED as listed in the script docstring (mCODE, Genomics Reporting, ICHOM IGs and public FHIR "
        "sources); HGNC ids only for EGFR, KRAS, PIK3CA, BRAF, BRCA2, TP53. Local code systems are local by design.",
        "",
        "## Cases",
        "",
        "| id | drug | expected | missing | reason |",
        "|---|---|---|---|---|",
    ]
    for c in data["cases"]:
        m = meta_by_id[c["id"]]
        miss = ", ".join(c.get("expected_missing", [])) or ""
        lines.append(f"| {c['id']} | {m['drug']} | {c['expected']} | {miss} | {m['reason']} |")
    lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate the written files against a fresh build")
    args = ap.parse_args()
    data = build_all()
    errors = validate(data)
    if errors:
        print("generator produced an invalid set:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    js, md = render_json(data), render_md(data)
    if args.check:
        problems = []
        if not OUT_JSON.exists():
            problems.append(f"{OUT_JSON} missing")
        else:
            text = OUT_JSON.read_text(encoding="utf-8")
            written = json.loads(text)
            problems += validate(written)
            if text != js:
                problems.append(f"{OUT_JSON.name} differs from a fresh build (re-run the generator)")
        if not OUT_MD.exists() or OUT_MD.read_text(encoding="utf-8") != md:
            problems.append(f"{OUT_MD.name} missing or differs from a fresh build")
        if problems:
            for p in problems:
                print("FAIL: " + p, file=sys.stderr)
            return 1
        n = len(data["cases"])
        res = sum(len(c["bundle"]["entry"]) for c in data["cases"])
        print(f"ok: {n} cases, {res} resources, references resolve, dates <= decision dates")
        return 0
    OUT_JSON.write_text(js, encoding="utf-8")
    OUT_MD.write_text(md, encoding="utf-8")
    print(f"wrote {OUT_JSON.relative_to(ROOT)} ({len(data['cases'])} cases) and {OUT_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
