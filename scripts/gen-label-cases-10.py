#!/usr/bin/env python3
"""Generate held-out label case set 10 (written blind) for the oncotwin necessity engine.

Outputs tests/fixtures/necessity/label-cases-10.json and label-cases-10.md.
`--check` regenerates in memory, validates, and compares with the files on disk.
Python 3 stdlib only; deterministic (uuid5 with a fixed namespace, fixed dates).

Code verification (service + companion/prior drugs):
  Service RxNorm ingredient codes taken from the brief's known-good list (verified by the
  requesting session): ribociclib 1873916, tucatinib 2361285, capivasertib 2669967,
  talazoparib 2099704, abemaciclib 1946825, palbociclib 1601374, elacestrant 2628469,
  osimertinib 1721560, alectinib 1727455, selpercatinib 2370147, nivolumab 1597876,
  lorlatinib 2103164, atezolizumab 1792776, sotorasib 2550714, panitumumab 263034,
  encorafenib 2049106, fruquintinib 2670179, pembrolizumab 1547545,
  trifluridine/tipiracil 1670310, bevacizumab 253337, regorafenib 1312397, cetuximab 318341,
  enzalutamide 1307298, darolutamide 2180325, cabazitaxel 996051, olaparib 1597582,
  abiraterone 1100072, trastuzumab 224905, pertuzumab 1298944, capecitabine 194000,
  docetaxel 72962.  HCPCS J9358 fam-trastuzumab deruxtecan-nxki (brief, known-good).
  Companion/prior drugs coded at SCD level, verified in this session via openFDA NDC JSON
  (openfda.rxcui of the listed product):
    letrozole 2.5 MG oral tablet 200064        (api.fda.gov ndc 80005-139, 24979-726)
    fulvestrant 50 MG/ML prefilled syringe 727762 (api.fda.gov ndc 0310-0720 Faslodex)
    oxaliplatin 5 MG/ML injection 1736776      (api.fda.gov ndc 25021-233, 0781-3317)
    fluorouracil 50 MG/ML injection 239177     (api.fda.gov ndc 25021-215, 46708-779)
    irinotecan HCl 20 MG/ML injection 1726324  (api.fda.gov ndc 0143-9583)
    carboplatin 10 MG/ML injection 597195      (api.fda.gov ndc 63323-172, 54288-164)
    paclitaxel 6 MG/ML injection 312199        (api.fda.gov ndc 72205-061, 16714-137)
    prednisone 5 MG oral tablet 312617         (api.fda.gov ndc 80425-0068, 51655-068)
    leuprolide acetate depot kit 2606516       (api.fda.gov ndc 69097-909)
"""
import json, sys, uuid, re, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_JSON = os.path.join(ROOT, "tests/fixtures/necessity/label-cases-10.json")
OUT_MD = os.path.join(ROOT, "tests/fixtures/necessity/label-cases-10.md")
NS = uuid.UUID("5b0c7e2a-10aa-4c6e-9a10-0c0ca5e5a010")

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LN = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
AJCC = "http://cancerstaging.org"
UCUM = "http://unitsofmeasure.org"
MC = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
USC = "http://hl7.org/fhir/us/core/StructureDefinition/"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

ALLOWED_MISSING = {"stage", "her2", "er", "pr", "brca", "pik3ca", "esr1", "menopause", "egfr", "alk",
                   "ros1", "met", "ret", "kras", "nras", "ras", "braf", "msi", "pdl1", "pdl1_cps",
                   "castration", "castration_resistant", "psa", "psma", "hrr", "ecog", "resectable",
                   "line", "prior_therapy"}

# ---- drug codes -------------------------------------------------------------------
D = {
    "ribociclib": (RX, "1873916", "ribociclib"), "tucatinib": (RX, "2361285", "tucatinib"),
    "capivasertib": (RX, "2669967", "capivasertib"), "talazoparib": (RX, "2099704", "talazoparib"),
    "abemaciclib": (RX, "1946825", "abemaciclib"), "palbociclib": (RX, "1601374", "palbociclib"),
    "elacestrant": (RX, "2628469", "elacestrant"), "osimertinib": (RX, "1721560", "osimertinib"),
    "alectinib": (RX, "1727455", "alectinib"), "selpercatinib": (RX, "2370147", "selpercatinib"),
    "nivolumab": (RX, "1597876", "nivolumab"), "lorlatinib": (RX, "2103164", "lorlatinib"),
    "atezolizumab": (RX, "1792776", "atezolizumab"), "sotorasib": (RX, "2550714", "sotorasib"),
    "panitumumab": (RX, "263034", "panitumumab"), "encorafenib": (RX, "2049106", "encorafenib"),
    "fruquintinib": (RX, "2670179", "fruquintinib"), "pembrolizumab": (RX, "1547545", "pembrolizumab"),
    "ftd_tpi": (RX, "1670310", "tipiracil / trifluridine"), "bevacizumab": (RX, "253337", "bevacizumab"),
    "regorafenib": (RX, "1312397", "regorafenib"), "cetuximab": (RX, "318341", "cetuximab"),
    "enzalutamide": (RX, "1307298", "enzalutamide"), "darolutamide": (RX, "2180325", "darolutamide"),
    "cabazitaxel": (RX, "996051", "cabazitaxel"), "olaparib": (RX, "1597582", "olaparib"),
    "abiraterone": (RX, "1100072", "abiraterone"), "trastuzumab": (RX, "224905", "trastuzumab"),
    "pertuzumab": (RX, "1298944", "pertuzumab"), "capecitabine": (RX, "194000", "capecitabine"),
    "docetaxel": (RX, "72962", "docetaxel"),
    "tdxd": (HCPCS, "J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg"),
    # SCD-level codes (openFDA NDC rxcui)
    "letrozole": (RX, "200064", "letrozole 2.5 MG Oral Tablet"),
    "fulvestrant": (RX, "727762", "fulvestrant 50 MG/ML Prefilled Syringe"),
    "oxaliplatin": (RX, "1736776", "oxaliplatin 5 MG/ML Injection"),
    "fluorouracil": (RX, "239177", "fluorouracil 50 MG/ML Injectable Solution"),
    "irinotecan": (RX, "1726324", "irinotecan hydrochloride 20 MG/ML Injection"),
    "carboplatin": (RX, "597195", "carboplatin 10 MG/ML Injectable Solution"),
    "paclitaxel": (RX, "312199", "paclitaxel 6 MG/ML Injectable Solution"),
    "prednisone": (RX, "312617", "prednisone 5 MG Oral Tablet"),
    "leuprolide": (RX, "2606516", "leuprolide acetate depot injection kit"),
}

HGNC_ID = {"EGFR": "HGNC:3236", "ALK": "HGNC:427", "RET": "HGNC:9967", "KRAS": "HGNC:6407",
           "NRAS": "HGNC:7989", "BRAF": "HGNC:1097", "BRCA1": "HGNC:1100", "BRCA2": "HGNC:1101",
           "PIK3CA": "HGNC:8975", "ESR1": "HGNC:3467", "ATM": "HGNC:795", "PALB2": "HGNC:26144",
           "CDK12": "HGNC:24224", "ROS1": "HGNC:10261", "AKT1": "HGNC:391", "PTEN": "HGNC:9588"}


def cc(system, code, display, text=None):
    d = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        d["text"] = text
    return d


def ref(u):
    return {"reference": u}


class Rec:
    """One patient record as a FHIR R4 collection Bundle."""

    def __init__(self, pid, gender, birth, date, alt):
        self.pid, self.date, self.alt, self.entries, self.n = pid, date, alt, [], 0
        self.pref = "urn:uuid:" + str(uuid.uuid5(NS, pid + "/Patient"))
        self.entries.append({"fullUrl": self.pref, "resource": {
            "resourceType": "Patient", "id": pid,
            "meta": {"profile": [MC + "mcode-cancer-patient" if alt else USC + "us-core-patient"]},
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.10", "value": "MRN-" + pid.upper()}],
            "name": [{"family": "Nec10", "given": [pid.split("-")[1].capitalize() + pid.split("-")[2]]}],
            "gender": gender, "birthDate": birth}})
        self.primary = None

    def add(self, rtype, body, profile=None):
        self.n += 1
        u = uuid.uuid5(NS, "%s/%s/%d" % (self.pid, rtype, self.n))
        res = {"resourceType": rtype, "id": str(u)}
        if profile:
            res["meta"] = {"profile": [profile]}
        res.update(body)
        res["subject"] = ref(self.pref)
        self.entries.append({"fullUrl": "urn:uuid:" + str(u), "resource": res})
        return "urn:uuid:" + str(u)

    # conditions
    def cancer(self, code, display, onset, hist, site=None, icd=None):
        c = cc(SCT, code, display)
        if icd:
            c["coding"].append({"system": ICD, "code": icd[0], "display": icd[1]})
        body = {"extension": [{"url": MC + "mcode-histology-morphology-behavior",
                               "valueCodeableConcept": cc(SCT, hist[0], hist[1])}],
                "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
                "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed"),
                "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")],
                "code": c, "onsetDateTime": onset, "recordedDate": onset}
        if site:
            body["bodySite"] = [cc(SCT, site[0], site[1])]
        self.primary = self.add("Condition", body, MC + "mcode-primary-cancer-condition")
        return self.primary

    def met(self, code, display, onset):
        return self.add("Condition", {
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
            "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed"),
            "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")],
            "code": cc(SCT, code, display), "onsetDateTime": onset, "recordedDate": onset,
            "extension": [{"url": MC + "mcode-related-primary-cancer-condition", "valueReference": ref(self.primary)}]},
            MC + "mcode-secondary-cancer-condition")

    def comorb(self, code, display, onset):
        return self.add("Condition", {
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
            "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")],
            "code": cc(SCT, code, display), "onsetDateTime": onset}, USC + "us-core-condition-problems-health-concerns")

    # observations
    def obs(self, code, date, value=None, cat="laboratory", profile=None, **kw):
        body = {"status": "final", "category": [cc(OBSCAT, cat, cat.replace("-", " ").title())],
                "code": code, "effectiveDateTime": date, "issued": date + "T12:00:00Z"}
        if value is not None:
            k, v = value
            body[k] = v
        body.update(kw)
        return self.add("Observation", body, profile)

    def stage(self, date, group, t, n, m, path=False):
        p = "p" if path else "c"
        codes = {"t": ("21899-0", "Primary tumor.pathology Cancer staging") if path else ("21905-5", "Primary tumor.clinical Cancer staging"),
                 "n": ("21900-6", "Regional lymph nodes.pathology Cancer staging") if path else ("21906-3", "Regional lymph nodes.clinical Cancer staging"),
                 "m": ("21901-4", "Distant metastases.pathology Cancer staging") if path else ("21907-1", "Distant metastases.clinical Cancer staging"),
                 "g": ("21902-2", "Stage group.pathology Cancer") if path else ("21908-9", "Stage group.clinical Cancer")}
        mem = []
        for k, val, prof in (("t", t, "mcode-tnm-primary-tumor-category"), ("n", n, "mcode-tnm-regional-nodes-category"),
                             ("m", m, "mcode-tnm-distant-metastases-category")):
            if val is None:
                continue
            mem.append(ref(self.obs(cc(LN, codes[k][0], codes[k][1]), date,
                                    ("valueCodeableConcept", cc(AJCC, val, val)), cat="survey",
                                    profile=MC + prof, focus=[ref(self.primary)],
                                    method=cc(SCT, "897275008", "American Joint Commission on Cancer, Cancer Staging Manual, 8th edition neoplasm staging system (tumor staging)"))))
        return self.obs(cc(LN, codes["g"][0], codes["g"][1]), date, ("valueCodeableConcept", cc(AJCC, group, group, "Stage " + group)),
                        cat="survey", profile=MC + "mcode-tnm-stage-group", focus=[ref(self.primary)], hasMember=mem,
                        method=cc(SCT, "897275008", "American Joint Commission on Cancer, Cancer Staging Manual, 8th edition neoplasm staging system (tumor staging)"))

    def marker(self, loinc, display, date, pos, text=None, pct=None):
        if self.alt:
            val = cc(LN, "LA6576-8", "Positive", text) if pos else cc(LN, "LA6577-6", "Negative", text)
        else:
            val = cc(SCT, "10828004", "Positive", text) if pos else cc(SCT, "260385009", "Negative", text)
        kw = {"focus": [ref(self.primary)]}
        if pct is not None:
            kw["component"] = [{"code": {"text": "Percent of tumor nuclei staining"},
                                "valueQuantity": {"value": pct, "unit": "%", "system": UCUM, "code": "%"}}]
        return self.obs(cc(LN, loinc, display), date, ("valueCodeableConcept", val), profile=MC + "mcode-tumor-marker-test", **kw)

    def er(self, date, pos, pct=None):
        if self.alt:
            return self.marker("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain", date, pos, pct=pct)
        return self.marker("16112-5", "Estrogen receptor [Interpretation] in Tissue", date, pos, pct=pct)

    def pr(self, date, pos, pct=None):
        if self.alt:
            return self.marker("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain", date, pos, pct=pct)
        return self.marker("16113-3", "Progesterone receptor [Interpretation] in Tissue", date, pos, pct=pct)

    def her2(self, date, pos, score):
        t = "IHC %s" % score
        if score == "1+":
            t += " (HER2-low)"
        if self.alt:
            return self.marker("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", date, pos, text=t)
        return self.marker("48676-1", "HER2 [Interpretation] in Tissue", date, pos, text=t)

    def pdl1(self, date, tps):
        return self.obs(cc(LN, "85147-7", "PD-L1 tumor proportion score by immune stain", "PD-L1 tumor proportion score (22C3)"), date,
                        ("valueQuantity", {"value": tps, "unit": "%", "system": UCUM, "code": "%"}),
                        profile=MC + "mcode-tumor-marker-test", focus=[ref(self.primary)])

    def variant(self, date, gene, present=True, p=None, c=None, source="somatic", sig="Pathogenic", text=None):
        comp = [{"code": cc(LN, "48018-6", "Gene studied [ID]"), "valueCodeableConcept": cc(HGNC, HGNC_ID[gene], gene)}]
        if c:
            comp.append({"code": cc(LN, "48004-9", "DNA change (c.HGVS)"), "valueCodeableConcept": cc(HGVS, c, c)})
        if p:
            comp.append({"code": cc(LN, "48005-3", "Amino acid change (pHGVS)"), "valueCodeableConcept": cc(HGVS, p, p)})
        if text:
            comp.append({"code": cc(LN, "48019-4", "DNA change type"), "valueCodeableConcept": {"text": text}})
        if present:
            sigc = {"Pathogenic": "LA6668-3", "Likely pathogenic": "LA26332-9"}[sig]
            comp.append({"code": cc(LN, "53037-8", "Genetic variation clinical significance [Imp]"), "valueCodeableConcept": cc(LN, sigc, sig)})
        src = cc(LN, "LA6684-0", "Somatic") if source == "somatic" else cc(LN, "LA6683-2", "Germline")
        comp.append({"code": cc(LN, "48002-0", "Genomic source class [Type]"), "valueCodeableConcept": src})
        val = cc(LN, "LA9633-4", "Present") if present else cc(LN, "LA9634-2", "Absent", "No pathogenic variant detected in " + gene)
        return self.obs(cc(LN, "69548-6", "Genetic variant assessment"), date, ("valueCodeableConcept", val),
                        profile=MC + "mcode-genomic-variant", component=comp)

    def genomics(self, date, results, panel="Comprehensive solid tumor NGS panel"):
        return self.add("DiagnosticReport", {
            "status": "final",
            "category": [cc("http://terminology.hl7.org/CodeSystem/v2-0074", "GE", "Genetics")],
            "code": cc(LN, "81247-9", "Master HL7 genetic variant reporting panel", panel),
            "effectiveDateTime": date, "issued": date + "T16:00:00Z", "result": [ref(r) for r in results],
            "conclusion": panel + " reported " + date}, MC + "mcode-genomics-report")

    def status(self, date, which):
        v = {"improved": ("268910001", "Patient's condition improved"), "stable": ("359746009", "Patient's condition stable"),
             "worse": ("271299001", "Patient's condition worsened")}[which]
        return self.obs(cc(LN, "97509-4", "Cancer disease progression"), date, ("valueCodeableConcept", cc(SCT, v[0], v[1])),
                        cat="survey", profile=MC + "mcode-cancer-disease-status", focus=[ref(self.primary)])

    def ecog(self, date, n):
        la = {0: ("LA9622-7", "Fully active, able to carry on all pre-disease performance without restriction"),
              1: ("LA9623-5", "Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature, e.g., light house work, office work"),
              2: ("LA9624-3", "Ambulatory and capable of all selfcare but unable to carry out any work activities. Up and about more than 50% of waking hours")}[n]
        return self.obs(cc(LN, "89247-1", "ECOG Performance Status score"), date,
                        ("valueCodeableConcept", cc(LN, la[0], la[1], "ECOG %d" % n)), cat="survey",
                        profile=MC + "mcode-ecog-performance-status")

    def menopause(self, date, post=True):
        v = cc(SCT, "76498008", "Postmenopausal state") if post else cc(SCT, "289903006", "Premenopausal state")
        return self.obs(cc(LN, "8678-5", "Menstrual status"), date, ("valueCodeableConcept", v), cat="social-history")

    def lab(self, code, display, date, value, unit, ucum=None):
        return self.obs(cc(LN, code, display), date,
                        ("valueQuantity", {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}),
                        profile=USC + "us-core-observation-lab")

    def psa(self, date, v):
        return self.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", date, v, "ng/mL")

    def testo(self, date, v):
        return self.lab("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", date, v, "ng/dL")

    def vitals(self, date, kg, sys_, dia):
        self.obs(cc(LN, "29463-7", "Body weight"), date, ("valueQuantity", {"value": kg, "unit": "kg", "system": UCUM, "code": "kg"}),
                 cat="vital-signs", profile=USC + "us-core-body-weight")
        self.obs(cc(LN, "85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs",
                 profile=USC + "us-core-blood-pressure", component=[
                     {"code": cc(LN, "8480-6", "Systolic blood pressure"), "valueQuantity": {"value": sys_, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}},
                     {"code": cc(LN, "8462-4", "Diastolic blood pressure"), "valueQuantity": {"value": dia, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}])

    def text_obs(self, text, date, value):
        return self.obs({"text": text}, date, ("valueCodeableConcept", {"text": value}), cat="exam")

    # treatment
    def med(self, drug, start, end=None, done="progression", curative=False, kind=None):
        s, c, d = D[drug]
        intent = cc(SCT, "373808002", "Curative - procedure intent") if curative else cc(SCT, "363676003", "Palliative - procedure intent")
        ext = [{"url": MC + "mcode-treatment-intent", "valueCodeableConcept": intent}]
        reason = {"progression": cc(SCT, "266721009", "Absent response to treatment (situation)"),
                  "completed": cc(SCT, "182992009", "Treatment completed (situation)")}.get(done)
        kind = kind or ("admin" if self.alt else "request")
        if kind == "admin":
            body = {"extension": ext, "status": "completed" if end else "in-progress",
                    "medicationCodeableConcept": cc(s, c, d),
                    "effectivePeriod": {"start": start, **({"end": end} if end else {})},
                    "reasonReference": [ref(self.primary)]}
            if end and reason:
                body["statusReason"] = [reason]
            return self.add("MedicationAdministration", body, MC + "mcode-cancer-related-medication-administration")
        body = {"extension": ext, "status": ("stopped" if done == "progression" else "completed") if end else "active",
                "intent": "order", "medicationCodeableConcept": cc(s, c, d), "authoredOn": start,
                "reasonReference": [ref(self.primary)],
                "dispenseRequest": {"validityPeriod": {"start": start, **({"end": end} if end else {})}}}
        if end and reason:
            body["statusReason"] = reason
        return self.add("MedicationRequest", body, MC + "mcode-cancer-related-medication-request")

    def request(self, service):
        s, c, d = service
        return self.add("MedicationRequest", {
            "status": "draft", "intent": "order", "medicationCodeableConcept": cc(s, c, d),
            "authoredOn": self.date, "reasonReference": [ref(self.primary)],
            "note": [{"text": "Prior authorization requested"}]}, MC + "mcode-cancer-related-medication-request")

    def surgery(self, code, display, date, curative=True):
        return self.add("Procedure", {
            "status": "completed", "code": cc(SCT, code, display), "performedDateTime": date,
            "reasonReference": [ref(self.primary)],
            "extension": [{"url": MC + "mcode-procedure-intent",
                           "valueCodeableConcept": cc(SCT, "373808002", "Curative - procedure intent") if curative else cc(SCT, "363676003", "Palliative - procedure intent")}]},
            MC + "mcode-cancer-related-surgical-procedure")

    def radiotherapy(self, start, end, site, fractions):
        return self.add("Procedure", {
            "status": "completed", "code": cc(SCT, "1217123003", "Radiotherapy course of treatment (regime/therapy)"),
            "performedPeriod": {"start": start, "end": end}, "reasonReference": [ref(self.primary)],
            "bodySite": [{"text": site}],
            "extension": [{"url": MC + "mcode-radiotherapy-sessions", "valueUnsignedInt": fractions}]},
            MC + "mcode-radiotherapy-course-summary")

    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "timestamp": self.date + "T18:00:00Z", "entry": self.entries}


BREAST = ("254837009", "Malignant neoplasm of breast")
IDC = ("82711000", "Infiltrating duct carcinoma")
ADENO = ("35917007", "Adenocarcinoma, no subtype")
SQ = ("28899001", "Squamous cell carcinoma, no ICD-O subtype")
NSCLC = ("254637007", "Non-small cell lung cancer")
COLON = ("363406005", "Malignant neoplasm of colon")
RECTUM = ("363351006", "Malignant neoplasm of rectum")
PROST = ("399068003", "Malignant neoplasm of prostate")
LIVER_M = ("94381002", "Secondary malignant neoplasm of liver")
BONE_M = ("94222008", "Secondary malignant neoplasm of bone")
LUNG_M = ("94391008", "Secondary malignant neoplasm of lung")
BRAIN_M = ("94225005", "Secondary malignant neoplasm of brain")
HTN = ("38341003", "Hypertensive disorder")
T2D = ("44054006", "Diabetes mellitus type 2")
HLD = ("55822004", "Hyperlipidemia")
HYPOT = ("40930008", "Hypothyroidism")
COPD = ("13645005", "Chronic obstructive lung disease")

CASES = []


def case(cancer, nn, expected, drug, desc, basis, date, build, missing=None, reason=""):
    CASES.append(dict(cancer=cancer, nn=nn, expected=expected, drug=drug, desc=desc, basis=basis,
                      date=date, build=build, missing=missing, reason=reason))

# ============================ BREAST =================================================


def b01(r):
    r.cancer(*BREAST, "2026-01-06", IDC, icd=("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"))
    r.met(*BONE_M, "2026-01-14")
    r.stage("2026-01-15", "IV", "cT2", "cN1", "cM1")
    r.er("2026-01-09", True, 95); r.pr("2026-01-09", True, 60); r.her2("2026-01-09", False, "0")
    r.menopause("2026-01-20"); r.ecog("2026-01-20", 0); r.comorb(*HTN, "2015-04-02")
    r.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-02-02", 12.9, "g/dL")
    r.vitals("2026-02-02", 71.2, 134, 82)
    r.med("letrozole", "2026-02-03", kind="request")
    r.request(D["ribociclib"])


case("breast", 1, "supported", "ribociclib",
     "Postmenopausal woman with de novo HR-positive, HER2-negative (IHC 0) breast cancer metastatic to bone; ribociclib with letrozole as initial endocrine-based therapy.",
     "Kisqali label 1: HR+/HER2- advanced or metastatic breast cancer with an aromatase inhibitor as initial endocrine-based therapy (MONALEESA-2).",
     "2026-02-10", b01, reason="HR+/HER2- metastatic, postmenopausal, first-line with AI")


def b02(r):
    r.cancer(*BREAST, "2023-11-20", IDC)
    r.stage("2024-01-10", "IV", "cT3", "cN2a", "cM1")
    r.met(*LIVER_M, "2024-01-08"); r.met(*BRAIN_M, "2025-08-20")
    r.er("2023-11-24", False); r.pr("2023-11-24", False); r.her2("2023-11-24", True, "3+")
    for d in ("trastuzumab", "pertuzumab", "paclitaxel"):
        r.med(d, "2024-01-22", "2025-08-05" if d != "paclitaxel" else "2024-06-10",
              done="progression" if d != "paclitaxel" else "completed", kind="admin")
    r.status("2025-08-20", "worse"); r.ecog("2025-09-02", 1)
    r.radiotherapy("2025-08-28", "2025-08-28", "Brain metastasis, stereotactic", 1)
    r.comorb(*HYPOT, "2012-06-11"); r.vitals("2025-09-02", 63.4, 121, 76)
    r.request(D["tucatinib"])


case("breast", 2, "supported", "tucatinib",
     "HER2-positive (IHC 3+) metastatic breast cancer with new brain metastases after first-line trastuzumab/pertuzumab/paclitaxel; tucatinib with trastuzumab and capecitabine requested.",
     "Tukysa label 1: with trastuzumab and capecitabine for advanced unresectable or metastatic HER2+ breast cancer, incl. brain metastases, after >=1 prior anti-HER2 regimen in the metastatic setting (HER2CLIMB).",
     "2025-09-15", b02, reason="HER2+ metastatic after one anti-HER2 regimen in metastatic setting")


def b03(r):
    r.cancer(*BREAST, "2023-04-12", IDC, icd=("C50.911", "Malignant neoplasm of unspecified site of right female breast"))
    r.met(*LIVER_M, "2023-04-25")
    r.stage("2023-04-28", "IV", "cT2", "cN1", "cM1")
    r.er("2023-04-15", True, 90); r.pr("2023-04-15", True, 20); r.her2("2023-04-15", False, "0")
    r.menopause("2023-05-01")
    r.med("letrozole", "2023-05-08", "2025-08-18", kind="request")
    r.med("palbociclib", "2023-05-08", "2025-08-18", kind="request")
    r.status("2025-08-14", "worse")
    v = r.variant("2025-09-05", "PIK3CA", p="p.His1047Arg", c="c.3140A>G")
    r.genomics("2025-09-05", [v])
    r.ecog("2025-09-22", 1); r.comorb(*T2D, "2018-02-01")
    r.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2025-09-22", 6.6, "%")
    r.med("fulvestrant", "2025-09-30", kind="request")
    r.request(D["capivasertib"])


case("breast", 3, "supported", "capivasertib",
     "Postmenopausal woman with HR+/HER2- breast cancer metastatic to liver, progressed on letrozole plus palbociclib; tumor NGS shows PIK3CA H1047R. Capivasertib with fulvestrant requested.",
     "Truqap label 1: with fulvestrant for HR+/HER2- locally advanced or metastatic breast cancer with >=1 PIK3CA/AKT1/PTEN alteration after progression on >=1 endocrine regimen in the metastatic setting (CAPItello-291).",
     "2025-10-01", b03, reason="PIK3CA-altered HR+/HER2- after endocrine therapy in metastatic setting")


def b04(r):
    r.cancer(*BREAST, "2022-09-01", IDC)
    r.stage("2022-09-20", "IV", "cT2", "cN1", "cM1")
    r.met(*LIVER_M, "2022-09-15")
    r.er("2022-09-05", True, 80); r.pr("2022-09-05", False); r.her2("2022-09-05", False, "1+")
    r.menopause("2022-09-20")
    r.med("letrozole", "2022-10-01", "2024-07-30", kind="request")
    r.med("palbociclib", "2022-10-01", "2024-07-30", kind="request")
    r.med("paclitaxel", "2024-08-12", "2025-03-03", kind="admin")
    r.status("2025-02-27", "worse"); r.ecog("2025-03-10", 1)
    r.comorb(*HLD, "2016-01-01"); r.vitals("2025-03-10", 68.0, 128, 79)
    r.request(D["tdxd"])


case("breast", 4, "supported", "fam-trastuzumab deruxtecan (J9358)",
     "HR+, HER2-low (IHC 1+) metastatic breast cancer that progressed on letrozole/palbociclib and then on paclitaxel in the metastatic setting; trastuzumab deruxtecan requested.",
     "Enhertu label 1: unresectable or metastatic HER2-low (IHC 1+ or 2+/ISH-) breast cancer after prior chemotherapy in the metastatic setting (DESTINY-Breast04).",
     "2025-03-18", b04, reason="HER2-low metastatic after chemotherapy in metastatic setting")


def b05(r):
    r.cancer(*BREAST, "2025-05-02", IDC)
    r.met(*LUNG_M, "2025-05-20")
    r.stage("2025-05-22", "IV", "cT2", "cN1", "cM1")
    r.er("2025-05-06", False, 0); r.pr("2025-05-06", False, 0); r.her2("2025-05-06", False, "0")
    r.menopause("2025-05-22", post=False); r.ecog("2025-06-30", 0)
    r.comorb("35489007", "Depressive disorder", "2019-03-03")
    r.vitals("2025-06-30", 59.8, 118, 72)
    r.request(D["talazoparib"])


case("breast", 5, "needs-documentation", "talazoparib",
     "Premenopausal woman with HER2-negative metastatic breast cancer; talazoparib requested but no germline BRCA test result is in the record.",
     "Talzenna label 1: deleterious or suspected deleterious germline BRCA-mutated HER2-negative locally advanced or metastatic breast cancer (EMBRACA).",
     "2025-07-08", b05, missing=["brca"], reason="gBRCA status absent")


def b06(r):
    r.cancer(*BREAST, "2025-01-28", IDC)
    r.er("2025-02-01", True, 85); r.pr("2025-02-01", True, 40)
    r.surgery("69031006", "Excision of breast tissue (mastectomy)", "2025-03-04")
    r.surgery("234262008", "Excision of axillary lymph node", "2025-03-04")
    r.stage("2025-03-12", "IIIA", "pT2", "pN2a", "cM0", path=True)
    r.radiotherapy("2025-04-14", "2025-05-23", "Chest wall and regional nodes", 25)
    r.menopause("2025-02-01")
    r.med("letrozole", "2025-06-02", kind="request", curative=True)
    r.ecog("2025-07-30", 0); r.comorb(*HTN, "2011-05-05")
    r.request(D["abemaciclib"])


case("breast", 6, "needs-documentation", "abemaciclib",
     "Resected HR-positive breast cancer with 5 positive axillary nodes (pT2 pN2a) on adjuvant letrozole; abemaciclib requested, but no HER2 result is documented.",
     "Verzenio label 1: with endocrine therapy for adjuvant treatment of HR+, HER2-negative, node-positive early breast cancer at high risk of recurrence (monarchE).",
     "2025-08-12", b06, missing=["her2"], reason="HER2 status absent")


def b07(r):
    r.cancer(*BREAST, "2025-09-15", IDC)
    r.met(*BONE_M, "2025-09-30")
    r.stage("2025-10-02", "IV", "cT3", "cN1", "cM1")
    r.er("2025-09-18", True, 70); r.pr("2025-09-18", True, 30); r.her2("2025-09-18", True, "3+")
    r.menopause("2025-10-02"); r.ecog("2025-10-20", 1)
    r.med("letrozole", "2025-10-27", kind="request")
    r.request(D["palbociclib"])


case("breast", 7, "refer-to-reviewer", "palbociclib",
     "Postmenopausal woman with ER+/PR+ but HER2-positive (IHC 3+) metastatic breast cancer; palbociclib with letrozole requested first-line.",
     "Ibrance label 1: HR+, HER2-negative advanced or metastatic breast cancer with an aromatase inhibitor or fulvestrant (PALOMA-2/-3).",
     "2025-11-03", b07, reason="HER2-positive contradicts HER2-negative requirement")


def b08(r):
    r.cancer(*BREAST, "2022-03-03", IDC)
    r.met(*BONE_M, "2022-03-20")
    r.stage("2022-03-22", "IV", "cT2", "cN0", "cM1")
    r.er("2022-03-07", True, 98); r.pr("2022-03-07", True, 50); r.her2("2022-03-07", False, "0")
    r.menopause("2022-03-22")
    r.med("letrozole", "2022-04-01", "2026-01-12", kind="admin")
    r.med("ribociclib", "2022-04-01", "2026-01-12", kind="admin")
    r.status("2026-01-08", "worse")
    r.genomics("2026-02-03", [r.variant("2026-02-03", "ESR1", present=False),
                              r.variant("2026-02-03", "PIK3CA", present=False)],
               panel="Plasma circulating tumor DNA NGS panel")
    r.ecog("2026-02-10", 1)
    r.request(D["elacestrant"])


case("breast", 8, "refer-to-reviewer", "elacestrant",
     "Postmenopausal woman with ER+/HER2- metastatic breast cancer progressing on letrozole plus ribociclib; ctDNA NGS found no ESR1 mutation, yet elacestrant is requested.",
     "Orserdu label 1: ER+, HER2-negative, ESR1-mutated advanced or metastatic breast cancer after >=1 line of endocrine therapy in postmenopausal women or adult men (EMERALD).",
     "2026-03-02", b08, reason="ESR1 tested negative contradicts ESR1-mutated requirement")

# ============================ NSCLC ==================================================


def n01(r):
    r.cancer(*NSCLC, "2025-04-10", ADENO, site=("44714003", "Left upper lobe of lung"))
    r.stage("2025-04-22", "IVA", "cT2a", "cN2", "cM1a")
    r.genomics("2025-05-02", [r.variant("2025-05-02", "EGFR", p="p.Glu746_Ala750del", c="c.2235_2249del"),
                              r.variant("2025-05-02", "ALK", present=False)])
    r.pdl1("2025-04-18", 10); r.ecog("2025-05-06", 1)
    r.comorb(*HYPOT, "2010-02-02"); r.vitals("2025-05-06", 57.1, 126, 78)
    r.request(D["osimertinib"])


case("nsclc", 1, "supported", "osimertinib",
     "Never-smoker with stage IVA lung adenocarcinoma harboring EGFR exon 19 deletion (E746_A750del), treatment-naive; first-line osimertinib requested.",
     "Tagrisso label 1: first-line metastatic NSCLC with EGFR exon 19 deletions or exon 21 L858R mutations (FLAURA).",
     "2025-05-14", n01, reason="EGFR ex19del metastatic, first-line")


def n02(r):
    r.cancer(*NSCLC, "2025-05-02", ADENO, site=("45653009", "Structure of lower lobe of right lung"))
    r.surgery("173171007", "Lobectomy of lung", "2025-06-10")
    r.stage("2025-06-20", "IIB", "pT3", "pN0", "cM0", path=True)
    r.obs(cc(LN, "21889-1", "Size Tumor"), "2025-06-20", ("valueQuantity", {"value": 5.5, "unit": "cm", "system": UCUM, "code": "cm"}))
    r.text_obs("ALK break-apart FISH", "2025-06-24", "Positive - ALK rearranged (58% of nuclei)")
    r.genomics("2025-07-01", [r.variant("2025-07-01", "ALK", text="EML4::ALK fusion (variant 1)"),
                              r.variant("2025-07-01", "EGFR", present=False)])
    r.ecog("2025-07-28", 0); r.comorb(*COPD, "2019-09-09")
    r.request(D["alectinib"])


case("nsclc", 2, "supported", "alectinib",
     "Completely resected stage IIB (pT3 pN0, 5.5 cm) ALK-rearranged lung adenocarcinoma; adjuvant alectinib requested.",
     "Alecensa label 1: adjuvant treatment after tumor resection of ALK-positive NSCLC (tumors >=4 cm or node positive) (ALINA); also metastatic ALK+ NSCLC.",
     "2025-08-04", n02, reason="ALK+ resected, tumor >=4 cm, adjuvant")


def n03(r):
    r.cancer(*NSCLC, "2025-10-20", ADENO)
    r.met(*BRAIN_M, "2025-11-02"); r.met(*BONE_M, "2025-11-02")
    r.stage("2025-11-05", "IVB", "cT2b", "cN2", "cM1c")
    r.genomics("2025-11-21", [r.variant("2025-11-21", "RET", text="KIF5B::RET fusion"),
                              r.variant("2025-11-21", "EGFR", present=False),
                              r.variant("2025-11-21", "ALK", present=False)])
    r.pdl1("2025-10-28", 0); r.ecog("2025-12-01", 1)
    r.vitals("2025-12-01", 54.3, 112, 70)
    r.request(D["selpercatinib"])


case("nsclc", 3, "supported", "selpercatinib",
     "Stage IVB lung adenocarcinoma with a KIF5B::RET fusion on NGS, untreated; selpercatinib requested.",
     "Retevmo label 1: locally advanced or metastatic NSCLC with a RET gene fusion (LIBRETTO-001, LIBRETTO-431).",
     "2025-12-09", n03, reason="RET fusion metastatic NSCLC")


def n04(r):
    r.cancer(*NSCLC, "2025-03-11", SQ, site=("45653009", "Structure of lower lobe of right lung"))
    r.stage("2025-03-28", "IIIA", "cT3", "cN1", "cM0")
    r.obs(cc(LN, "21889-1", "Size Tumor"), "2025-03-20", ("valueQuantity", {"value": 5.2, "unit": "cm", "system": UCUM, "code": "cm"}))
    r.text_obs("Tumor resectability (thoracic tumor board)", "2025-04-08", "Resectable - lobectomy planned after neoadjuvant therapy")
    r.genomics("2025-04-01", [r.variant("2025-04-01", "EGFR", present=False), r.variant("2025-04-01", "ALK", present=False)])
    r.pdl1("2025-03-18", 30); r.ecog("2025-04-08", 0); r.comorb(*COPD, "2017-01-15"); r.comorb(*HTN, "2014-06-01")
    r.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2025-04-15", 0.9, "mg/dL")
    r.request(D["nivolumab"])


case("nsclc", 4, "supported", "nivolumab",
     "Resectable stage IIIA (cT3 cN1, 5.2 cm) squamous NSCLC, EGFR/ALK negative; neoadjuvant nivolumab with platinum-doublet chemotherapy before lobectomy.",
     "Opdivo label 1: resectable (tumors >=4 cm or node positive) NSCLC in the neoadjuvant setting with platinum-doublet chemotherapy (CheckMate 816).",
     "2025-04-22", n04, reason="resectable >=4 cm, neoadjuvant with platinum doublet")


def n05(r):
    r.cancer(*NSCLC, "2025-09-22", ADENO)
    r.met(*BRAIN_M, "2025-10-03")
    r.stage("2025-10-06", "IVB", "cT3", "cN2", "cM1c")
    r.genomics("2025-10-14", [r.variant("2025-10-14", "EGFR", present=False)], panel="EGFR mutation PCR assay")
    r.ecog("2025-10-20", 1); r.comorb(*T2D, "2016-08-08")
    r.request(D["lorlatinib"])


case("nsclc", 5, "needs-documentation", "lorlatinib",
     "Stage IVB lung adenocarcinoma with brain metastases, EGFR negative; lorlatinib requested but no ALK result is documented.",
     "Lorbrena label 1: metastatic NSCLC whose tumors are ALK-positive (CROWN).",
     "2025-10-27", n05, missing=["alk"], reason="ALK status absent")


def n06(r):
    r.cancer(*NSCLC, "2024-12-02", ADENO)
    r.surgery("173171007", "Lobectomy of lung", "2025-01-14")
    r.stage("2025-01-24", "IIIA", "pT2b", "pN2", "cM0", path=True)
    r.genomics("2025-02-03", [r.variant("2025-02-03", "EGFR", present=False), r.variant("2025-02-03", "ALK", present=False)])
    for d in ("carboplatin", "paclitaxel"):
        r.med(d, "2025-02-17", "2025-04-21", done="completed", curative=True, kind="admin")
    r.ecog("2025-05-12", 1); r.comorb(*HLD, "2013-03-03")
    r.request(D["atezolizumab"])


case("nsclc", 6, "needs-documentation", "atezolizumab",
     "Resected stage IIIA lung adenocarcinoma after four cycles of adjuvant carboplatin/paclitaxel; adjuvant atezolizumab requested, but PD-L1 expression is not documented.",
     "Tecentriq label 1: adjuvant treatment after resection and platinum-based chemotherapy for stage II-IIIA NSCLC with PD-L1 >=1% of tumor cells (IMpower010).",
     "2025-05-20", n06, missing=["pdl1"], reason="PD-L1 absent")


def n07(r):
    r.cancer(*NSCLC, "2025-05-19", ADENO)
    r.met(*LIVER_M, "2025-06-02")
    r.stage("2025-06-04", "IVB", "cT2a", "cN3", "cM1c")
    r.genomics("2025-06-20", [r.variant("2025-06-20", "EGFR", p="p.Asn771_His773dup", c="c.2311_2319dup",
                                        text="Exon 20 insertion")])
    r.ecog("2025-06-24", 1); r.vitals("2025-06-24", 66.0, 130, 84)
    r.request(D["osimertinib"])


case("nsclc", 7, "refer-to-reviewer", "osimertinib",
     "Metastatic lung adenocarcinoma with an EGFR exon 20 insertion (N771_H773dup); first-line osimertinib requested.",
     "Tagrisso label 1: EGFR exon 19 deletion or exon 21 L858R (first-line, adjuvant, post-chemoradiation, with chemotherapy) or T790M after EGFR TKI (FLAURA, ADAURA, LAURA, FLAURA2, AURA3).",
     "2025-06-30", n07, reason="EGFR exon 20 insertion is not a labeled osimertinib mutation")


def n08(r):
    r.cancer(*NSCLC, "2025-02-10", ADENO)
    r.met(*BONE_M, "2025-02-20")
    r.stage("2025-02-24", "IVB", "cT3", "cN2", "cM1c")
    r.genomics("2025-03-05", [r.variant("2025-03-05", "KRAS", p="p.Gly12Asp", c="c.35G>A"),
                              r.variant("2025-03-05", "EGFR", present=False), r.variant("2025-03-05", "ALK", present=False)])
    r.pdl1("2025-02-18", 5)
    for d in ("carboplatin", "paclitaxel", "pembrolizumab"):
        r.med(d, "2025-03-12", "2025-12-15", kind="admin")
    r.status("2025-12-10", "worse"); r.ecog("2026-01-05", 1)
    r.request(D["sotorasib"])


case("nsclc", 8, "refer-to-reviewer", "sotorasib",
     "Metastatic lung adenocarcinoma with KRAS G12D, progressed after carboplatin/paclitaxel/pembrolizumab; sotorasib requested.",
     "Lumakras label 1: KRAS G12C-mutated locally advanced or metastatic NSCLC after >=1 prior systemic therapy (CodeBreaK 100).",
     "2026-01-13", n08, reason="KRAS G12D, not G12C")

# ============================ COLORECTAL =============================================


def c01(r):
    r.cancer(*COLON, "2025-02-03", ADENO, site=("60184004", "Sigmoid colon structure"))
    r.met(*LIVER_M, "2025-02-12")
    r.stage("2025-02-14", "IVA", "cT3", "cN1b", "cM1a")
    r.genomics("2025-03-04", [r.variant("2025-03-04", g, present=False) for g in ("KRAS", "NRAS", "BRAF")],
               panel="Colorectal NGS panel (KRAS/NRAS exons 2-4, BRAF)")
    r.text_obs("Microsatellite status", "2025-03-04", "Microsatellite stable (MSS)")
    r.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2025-03-04", 48.2, "ng/mL")
    r.ecog("2025-03-10", 0); r.comorb(*HTN, "2012-12-12")
    for d in ("oxaliplatin", "fluorouracil"):
        r.med(d, "2025-03-17", kind="request")
    r.request(D["panitumumab"])


case("colorectal", 1, "supported", "panitumumab",
     "Left-sided (sigmoid) colon adenocarcinoma with liver metastases, KRAS/NRAS/BRAF wild-type; first-line panitumumab with FOLFOX.",
     "Vectibix label 1: wild-type RAS (KRAS and NRAS) metastatic colorectal cancer, first-line with FOLFOX (PRIME); monotherapy after chemotherapy.",
     "2025-03-18", c01, reason="RAS wild-type mCRC, first-line with FOLFOX")


def c02(r):
    r.cancer(*COLON, "2024-06-04", ADENO, site=("9040008", "Ascending colon structure"))
    r.met(*LIVER_M, "2024-06-15")
    r.stage("2024-06-20", "IVC", "cT4a", "cN2a", "cM1c")
    r.genomics("2024-07-02", [r.variant("2024-07-02", "BRAF", p="p.Val600Glu", c="c.1799T>A"),
                              r.variant("2024-07-02", "KRAS", present=False), r.variant("2024-07-02", "NRAS", present=False)])
    r.text_obs("Mismatch repair status", "2024-07-02", "Mismatch repair proficient (pMMR)")
    for d in ("oxaliplatin", "fluorouracil", "bevacizumab"):
        r.med(d, "2024-07-08", "2025-06-30", kind="admin")
    r.status("2025-06-26", "worse"); r.ecog("2025-07-14", 1)
    r.request(D["encorafenib"])


case("colorectal", 2, "supported", "encorafenib",
     "BRAF V600E-mutant, pMMR metastatic right colon cancer that progressed on FOLFOX plus bevacizumab; encorafenib with cetuximab requested.",
     "Braftovi label 1: with cetuximab for BRAF V600E-mutated metastatic colorectal cancer after prior therapy (BEACON CRC).",
     "2025-07-22", c02, reason="BRAF V600E after prior therapy")


def c03(r):
    r.cancer(*RECTUM, "2023-01-09", ADENO)
    r.met(*LIVER_M, "2023-01-20"); r.met(*LUNG_M, "2024-05-02")
    r.stage("2023-01-25", "IVB", "cT3", "cN1a", "cM1b")
    r.genomics("2023-02-10", [r.variant("2023-02-10", "KRAS", p="p.Gly12Asp", c="c.35G>A")])
    for d in ("oxaliplatin", "fluorouracil", "bevacizumab"):
        r.med(d, "2023-02-20", "2024-04-22", kind="request")
    for d in ("irinotecan", "fluorouracil", "bevacizumab"):
        r.med(d, "2024-05-13", "2025-03-10", kind="request")
    r.med("ftd_tpi", "2025-03-24", "2025-10-27", kind="request")
    r.status("2025-10-20", "worse"); r.ecog("2025-11-10", 1)
    r.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2025-11-10", 31, "U/L")
    r.request(D["fruquintinib"])


case("colorectal", 3, "supported", "fruquintinib",
     "KRAS G12D metastatic rectal cancer previously treated with FOLFOX-bevacizumab, FOLFIRI-bevacizumab and trifluridine/tipiracil; fruquintinib requested.",
     "Fruzaqla label 1: mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, anti-VEGF therapy, and anti-EGFR therapy if RAS wild-type (FRESCO-2).",
     "2025-11-19", c03, reason="all required prior therapies given; RAS-mutant so no anti-EGFR needed")


def c04(r):
    r.cancer(*COLON, "2025-07-28", ADENO, site=("485005", "Transverse colon structure"))
    r.met(*LIVER_M, "2025-08-06"); r.met("94360002", "Secondary malignant neoplasm of peritoneum", "2025-08-06")
    r.stage("2025-08-08", "IVC", "cT4a", "cN1", "cM1c")
    r.text_obs("Microsatellite instability (PCR)", "2025-08-18", "MSI-High (MSI-H)")
    r.text_obs("Mismatch repair protein IHC", "2025-08-18", "Loss of MLH1 and PMS2 expression (dMMR)")
    r.ecog("2025-08-25", 1); r.comorb(*HYPOT, "2020-01-01")
    r.request(D["pembrolizumab"])


case("colorectal", 4, "supported", "pembrolizumab",
     "Newly diagnosed MSI-H/dMMR metastatic transverse colon cancer, no prior systemic therapy; first-line pembrolizumab.",
     "Keytruda label 1: unresectable or metastatic MSI-H or dMMR colorectal cancer (KEYNOTE-177).",
     "2025-09-03", c04, reason="MSI-H/dMMR metastatic CRC")


def c05(r):
    r.cancer(*COLON, "2023-08-14", ADENO)
    r.met(*LIVER_M, "2023-08-25")
    r.stage("2023-08-30", "IVA", "cT3", "cN2a", "cM1a")
    for d in ("oxaliplatin", "fluorouracil", "bevacizumab"):
        r.med(d, "2023-09-11", "2024-10-07", kind="admin")
    for d in ("irinotecan", "fluorouracil", "bevacizumab"):
        r.med(d, "2024-10-21", "2026-01-26", kind="admin")
    r.status("2026-01-20", "worse"); r.ecog("2026-02-16", 1); r.comorb(*T2D, "2009-04-04"); r.comorb(*HTN, "2009-04-04")
    r.request(D["ftd_tpi"])


case("colorectal", 5, "needs-documentation", "trifluridine/tipiracil",
     "Metastatic colon cancer after FOLFOX-bevacizumab and FOLFIRI-bevacizumab; trifluridine/tipiracil with bevacizumab requested, but no RAS result is documented so the anti-EGFR requirement cannot be assessed.",
     "Lonsurf label 1: mCRC (alone or with bevacizumab) previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, anti-VEGF, and anti-EGFR if RAS wild-type (RECOURSE, SUNLIGHT).",
     "2026-02-24", c05, missing=["ras"], reason="RAS status absent")


def c06(r):
    r.cancer(*COLON, "2025-04-07", ADENO, site=("32713005", "Cecum structure"))
    r.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2025-04-10", 22.5, "ng/mL")
    r.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2025-04-10", 10.4, "g/dL")
    r.ecog("2025-04-28", 1); r.comorb(*HLD, "2015-10-10")
    for d in ("oxaliplatin", "fluorouracil"):
        r.med(d, "2025-05-05", kind="request")
    r.request(D["bevacizumab"])


case("colorectal", 6, "needs-documentation", "bevacizumab",
     "Cecal adenocarcinoma starting first-line FOLFOX; bevacizumab requested, but no stage or metastatic disease is documented.",
     "Avastin label 1: metastatic colorectal cancer with intravenous fluorouracil-based chemotherapy, first- or second-line (AVF2107g, E3200).",
     "2025-05-06", c06, missing=["stage"], reason="metastatic stage absent")


def c07(r):
    r.cancer(*COLON, "2024-09-02", ADENO)
    r.met(*LIVER_M, "2024-09-10")
    r.stage("2024-09-12", "IVA", "cT3", "cN1", "cM1a")
    r.genomics("2024-09-25", [r.variant("2024-09-25", "KRAS", p="p.Gly12Val", c="c.35G>T")])
    for d in ("oxaliplatin", "fluorouracil"):
        r.med(d, "2024-10-01", "2025-09-22", kind="admin")
    r.status("2025-09-18", "worse"); r.ecog("2025-10-06", 1)
    r.request(D["regorafenib"])


case("colorectal", 7, "refer-to-reviewer", "regorafenib",
     "KRAS G12V metastatic colon cancer that progressed on first-line FOLFOX only (no irinotecan, no anti-VEGF); regorafenib requested.",
     "Stivarga label 1: mCRC previously treated with fluoropyrimidine-, oxaliplatin- and irinotecan-based chemotherapy, anti-VEGF therapy and, if RAS wild-type, anti-EGFR therapy (CORRECT).",
     "2025-10-14", c07, reason="no prior irinotecan or anti-VEGF therapy in a complete history")


def c08(r):
    r.cancer(*RECTUM, "2025-10-13", ADENO)
    r.met(*LIVER_M, "2025-10-22")
    r.stage("2025-10-24", "IVA", "cT3", "cN2a", "cM1a")
    r.genomics("2025-11-12", [r.variant("2025-11-12", "KRAS", p="p.Gly12Val", c="c.35G>T"),
                              r.variant("2025-11-12", "BRAF", present=False)])
    r.ecog("2025-11-24", 0)
    for d in ("irinotecan", "fluorouracil"):
        r.med(d, "2025-11-30", kind="request")
    r.request(D["cetuximab"])


case("colorectal", 8, "refer-to-reviewer", "cetuximab",
     "Metastatic rectal adenocarcinoma with KRAS G12V; cetuximab with FOLFIRI requested first-line.",
     "Erbitux label 1: K-Ras wild-type, EGFR-expressing mCRC (with FOLFIRI first-line, CRYSTAL); not indicated for RAS-mutant CRC. BRAF V600E use with encorafenib.",
     "2025-12-01", c08, reason="KRAS-mutant contradicts RAS wild-type requirement")

# ============================ PROSTATE ===============================================


def p01(r):
    r.cancer(*PROST, "2022-11-01", ADENO, icd=("C61", "Malignant neoplasm of prostate"))
    r.met(*BONE_M, "2022-11-15")
    r.stage("2022-11-18", "IVB", "cT3b", "cN1", "cM1b")
    r.text_obs("Gleason score", "2022-11-01", "Gleason 4+4=8 (Grade Group 4)")
    r.med("leuprolide", "2022-12-01", kind="admin")
    r.testo("2025-05-20", 18); r.psa("2025-01-14", 4.2); r.psa("2025-03-18", 9.8); r.psa("2025-05-20", 15.1)
    r.text_obs("Prostate cancer castration status", "2025-05-28", "Castration-resistant (PSA progression on ADT with castrate testosterone)")
    r.status("2025-05-28", "worse"); r.ecog("2025-06-02", 1); r.comorb(*HTN, "2008-01-01")
    r.request(D["enzalutamide"])


case("prostate", 1, "supported", "enzalutamide",
     "Metastatic prostate cancer on leuprolide since 2022 with castrate testosterone (18 ng/dL) and rising PSA (4.2 -> 15.1 ng/mL); enzalutamide requested.",
     "Xtandi label 1: castration-resistant prostate cancer; also metastatic and non-metastatic castration-sensitive with biochemical recurrence (PREVAIL, AFFIRM).",
     "2025-06-10", p01, reason="castration-resistant, metastatic")


def p02(r):
    r.cancer(*PROST, "2025-01-06", ADENO)
    r.met(*BONE_M, "2025-01-14"); r.met("94392001", "Secondary malignant neoplasm of lymph node", "2025-01-14")
    r.stage("2025-01-16", "IVB", "cT3a", "cN1", "cM1b")
    r.psa("2025-01-03", 88.0); r.testo("2025-01-03", 412)
    r.text_obs("Prostate cancer castration status", "2025-01-16", "Castration-sensitive (hormone-naive)")
    r.med("leuprolide", "2025-01-20", kind="admin")
    r.med("docetaxel", "2025-02-04", kind="request")
    r.ecog("2025-01-30", 0); r.comorb(*T2D, "2017-07-07")
    r.request(D["darolutamide"])


case("prostate", 2, "supported", "darolutamide",
     "De novo metastatic castration-sensitive prostate cancer (bone and nodal metastases, testosterone 412 ng/dL before ADT) starting leuprolide and docetaxel; darolutamide requested.",
     "Nubeqa label 1: metastatic hormone-sensitive prostate cancer in combination with docetaxel (ARASENS); also mHSPC and non-metastatic CRPC.",
     "2025-02-05", p02, reason="mHSPC with docetaxel")


def p03(r):
    r.cancer(*PROST, "2021-06-01", ADENO)
    r.met(*BONE_M, "2021-06-10")
    r.stage("2021-06-14", "IVB", "cT3a", "cN0", "cM1b")
    r.med("leuprolide", "2021-06-20", kind="request")
    for d in ("docetaxel", "prednisone"):
        r.med(d, "2023-09-04", "2024-01-08", done="completed", kind="admin")
    r.med("enzalutamide", "2024-03-01", "2025-07-28", kind="request")
    r.testo("2025-08-05", 12); r.psa("2025-05-05", 22.0); r.psa("2025-08-05", 41.6)
    r.status("2025-08-05", "worse"); r.ecog("2025-08-18", 1)
    r.request(D["cabazitaxel"])


case("prostate", 3, "supported", "cabazitaxel",
     "mCRPC (testosterone 12 ng/dL on leuprolide) previously treated with docetaxel and then enzalutamide, now progressing; cabazitaxel with prednisone requested.",
     "Jevtana label 1: with prednisone for mCRPC previously treated with a docetaxel-containing regimen (TROPIC, CARD).",
     "2025-08-26", p03, reason="mCRPC after docetaxel")


def p04(r):
    r.cancer(*PROST, "2022-02-14", ADENO)
    r.met(*BONE_M, "2022-02-25")
    r.stage("2022-03-01", "IVB", "cT4", "cN1", "cM1b")
    r.med("leuprolide", "2022-03-07", kind="admin")
    for d in ("abiraterone", "prednisone"):
        r.med(d, "2023-05-02", "2025-03-17", kind="admin")
    r.testo("2025-03-25", 15); r.psa("2025-01-06", 6.1); r.psa("2025-03-25", 19.4)
    r.genomics("2025-03-28", [r.variant("2025-03-28", "BRCA2", p="p.Ser1982ArgfsTer22", c="c.5946del", source="germline")],
               panel="Germline hereditary cancer panel")
    r.status("2025-03-25", "worse"); r.ecog("2025-04-07", 1); r.comorb(*HLD, "2010-10-10")
    r.request(D["olaparib"])


case("prostate", 4, "supported", "olaparib",
     "mCRPC progressing on abiraterone/prednisone with castrate testosterone; germline BRCA2 c.5946del pathogenic variant; olaparib requested.",
     "Lynparza label 1: deleterious germline or somatic HRR gene-mutated mCRPC after progression on enzalutamide or abiraterone (PROfound); BRCAm mCRPC with abiraterone (PROpel).",
     "2025-04-15", p04, reason="HRR (BRCA2) mCRPC after abiraterone")


def p05(r):
    r.cancer(*PROST, "2020-03-03", ADENO)
    r.surgery("26294005", "Radical prostatectomy", "2020-05-12")
    r.med("leuprolide", "2022-08-01", kind="request")
    r.testo("2025-09-10", 22); r.psa("2025-05-12", 3.9); r.psa("2025-09-10", 8.7)
    r.text_obs("Prostate cancer castration status", "2025-09-15", "Castration-resistant")
    r.ecog("2025-09-22", 0); r.comorb(*HTN, "2005-05-05")
    r.request(D["abiraterone"])


case("prostate", 5, "needs-documentation", "abiraterone",
     "Castration-resistant prostate cancer after prostatectomy (testosterone 22 ng/dL on leuprolide, PSA rising); abiraterone requested, but no stage or metastatic disease is documented.",
     "Zytiga label 1: with prednisone for metastatic CRPC and metastatic high-risk castration-sensitive prostate cancer (COU-AA-301/302, LATITUDE).",
     "2025-09-30", p05, missing=["stage"], reason="metastatic status absent")


def p06(r):
    r.cancer(*PROST, "2021-10-04", ADENO)
    r.met(*BONE_M, "2021-10-15")
    r.stage("2021-10-18", "IVB", "cT3b", "cN1", "cM1b")
    r.med("leuprolide", "2021-11-01", kind="admin")
    r.testo("2025-12-15", 20); r.psa("2025-09-15", 5.0); r.psa("2025-12-15", 12.3)
    r.text_obs("Prostate cancer castration status", "2025-12-20", "Castration-resistant")
    r.status("2025-12-20", "worse"); r.ecog("2025-12-29", 1)
    r.request(D["talazoparib"])


case("prostate", 6, "needs-documentation", "talazoparib",
     "mCRPC (testosterone 20 ng/dL on leuprolide, PSA rising) with no HRR gene testing in the record; talazoparib with enzalutamide requested.",
     "Talzenna label 1: with enzalutamide for HRR gene-mutated metastatic CRPC (TALAPRO-2).",
     "2026-01-08", p06, missing=["hrr"], reason="HRR status absent")


def p07(r):
    r.cancer(*PROST, "2022-04-04", ADENO)
    r.met(*BONE_M, "2022-04-12")
    r.stage("2022-04-15", "IVB", "cT3a", "cN1", "cM1b")
    r.med("leuprolide", "2022-04-25", kind="admin")
    for d in ("abiraterone", "prednisone"):
        r.med(d, "2023-08-01", "2025-10-20", kind="admin")
    r.testo("2025-10-27", 14); r.psa("2025-07-21", 8.0); r.psa("2025-10-27", 26.5)
    r.status("2025-10-27", "worse"); r.ecog("2025-11-03", 1); r.comorb(*T2D, "2012-02-02")
    r.request(D["cabazitaxel"])


case("prostate", 7, "refer-to-reviewer", "cabazitaxel",
     "mCRPC progressing on abiraterone; complete therapy history (leuprolide, abiraterone/prednisone) shows no docetaxel; cabazitaxel requested.",
     "Jevtana label 1: with prednisone for mCRPC previously treated with a docetaxel-containing regimen (TROPIC).",
     "2025-11-11", p07, reason="required prior docetaxel not given")


def p08(r):
    r.cancer(*PROST, "2021-01-11", ADENO)
    r.met(*BONE_M, "2021-01-20")
    r.stage("2021-01-22", "IVB", "cT3b", "cN0", "cM1b")
    r.med("leuprolide", "2021-02-01", kind="request")
    r.med("enzalutamide", "2023-03-01", "2026-02-16", kind="request")
    r.testo("2026-02-23", 16); r.psa("2025-11-17", 7.7); r.psa("2026-02-23", 21.9)
    genes = ("BRCA1", "BRCA2", "ATM", "CDK12", "PALB2")
    r.genomics("2026-03-02", [r.variant("2026-03-02", g, present=False) for g in genes],
               panel="Tumor tissue HRR gene NGS panel")
    r.genomics("2026-03-02", [r.variant("2026-03-02", g, present=False, source="germline") for g in ("BRCA1", "BRCA2")],
               panel="Germline BRCA1/2 sequencing")
    r.status("2026-02-23", "worse"); r.ecog("2026-03-09", 1)
    r.request(D["olaparib"])


case("prostate", 8, "refer-to-reviewer", "olaparib",
     "mCRPC progressing on enzalutamide; tumor HRR panel and germline BRCA1/2 testing found no pathogenic variants; olaparib requested.",
     "Lynparza label 1: HRR gene-mutated mCRPC after enzalutamide or abiraterone (PROfound); BRCA-mutated mCRPC with abiraterone (PROpel).",
     "2026-03-17", p08, reason="HRR testing negative")

# ============================ build / check ===========================================

BIRTH = {"breast": ("female", ["1961-05-14", "1973-02-02", "1958-09-30", "1967-12-01", "1980-03-19", "1966-07-07", "1963-11-23", "1956-08-08"]),
         "nsclc": (None, ["1967-03-03", "1970-01-21", "1976-06-06", "1959-10-10", "1973-04-04", "1954-02-28", "1960-12-12", "1962-05-05"]),
         "colorectal": (None, ["1966-01-01", "1963-03-15", "1957-07-19", "1978-09-09", "1952-11-11", "1969-06-16", "1961-04-04", "1965-08-18"]),
         "prostate": ("male", ["1953-02-02", "1960-10-01", "1956-03-03", "1959-09-09", "1951-01-31", "1955-05-25", "1954-04-14", "1957-07-27"])}
NSCLC_G = ["female", "male", "female", "male", "male", "male", "female", "male"]
CRC_G = ["male", "female", "male", "female", "male", "female", "male", "female"]


def build():
    out = []
    for c in CASES:
        pid = "nec10-%s-%02d" % (c["cancer"], c["nn"])
        g, births = BIRTH[c["cancer"]]
        i = c["nn"] - 1
        gender = g or (NSCLC_G[i] if c["cancer"] == "nsclc" else CRC_G[i])
        r = Rec(pid, gender, births[i], c["date"], alt=(c["nn"] % 2 == 0))
        c["build"](r)
        svc = r.entries[-1]["resource"]["medicationCodeableConcept"]["coding"][0]
        item = {"id": "lab10-%s-%02d" % (c["cancer"], c["nn"]), "cancer": c["cancer"], "description": c["desc"],
                "basis": c["basis"], "date": c["date"],
                "service": {"system": svc["system"], "code": svc["code"], "display": svc["display"]},
                "expected": c["expected"]}
        if c["missing"]:
            item["expected_missing"] = c["missing"]
        item["bundle"] = r.bundle()
        out.append(item)
    return {"cases": out}


def md(doc):
    L = ["# Label cases 10 (held-out, written blind)", "",
         "Generated by `scripts/gen-label-cases-10.py`. Written blind: the author did not read src/, crates/, pathways/,",
         "other fixtures in tests/fixtures/necessity/, other scripts/gen-*.py, or README.md, and did not build or run oncotwin.",
         "Sources read: the task brief, the `scripts/` directory listing (names only), and openFDA NDC/label JSON via search",
         "(to verify RxNorm codes). Clinical content is paraphrased from FDA label section 1 and pivotal trials, from memory.", "",
         "Encodings: FHIR R4 collection Bundles, US Core + mCODE STU3-style profiles. PrimaryCancerCondition (SNOMED, some with",
         "ICD-10-CM) with histology-morphology-behavior extension; SecondaryCancerCondition for metastases; TNM stage group",
         "(LOINC 21908-9 clinical / 21902-2 pathologic, AJCC values) with hasMember T/N/M Observations; TumorMarkerTest for",
         "ER/PR/HER2 (even cases: 85337-4/85339-0/85319-2 with LOINC LA6576-8/LA6577-6; odd cases: 16112-5/16113-3/48676-1 with",
         "SNOMED 10828004/260385009; HER2 IHC score in text), PD-L1 TPS as 85147-7 valueQuantity %; GenomicsReport",
         "(81247-9, category GE) with 69548-6 variant Observations (48018-6 HGNC gene, 48004-9 c.HGVS, 48005-3 p.HGVS, 53037-8,",
         "48002-0; value LA9633-4 Present / LA9634-2 Absent for negative results); CancerDiseaseStatus 97509-4 (SNOMED",
         "268910001/359746009/271299001); ECOG 89247-1 (LA9622-7...); menstrual status 8678-5 with SNOMED 76498008/289903006;",
         "PSA 2857-1 ng/mL, testosterone 2986-8 ng/dL (UCUM); cancer-related MedicationAdministration (even cases) or",
         "MedicationRequest (odd cases) with treatment-intent extension and statusReason; surgical Procedures and",
         "radiotherapy course summary (SNOMED 1217123003). MSI/MMR, resectability, Gleason and castration status are",
         "text-only Observations. Each bundle ends with a draft MedicationRequest for the requested service on the decision date.",
         "Noise: comorbidities, vitals, HbA1c/Hb/creatinine/ALT/CEA.", "",
         "Codes: service RxNorm ingredient codes and HCPCS J9358 are from the brief's known-good list. Companion/prior drugs",
         "use SCD codes verified via openFDA NDC `openfda.rxcui`: letrozole 200064, fulvestrant 727762,",
         "oxaliplatin 1736776, fluorouracil 239177, irinotecan 1726324, carboplatin 597195, paclitaxel 312199, prednisone 312617,",
         "leuprolide depot 2606516. SCD display strings are written from memory (code verified, exact RxNorm name not).", "",
         "| id | drug | code | expected | reason |", "|---|---|---|---|---|"]
    for c, it in zip(CASES, doc["cases"]):
        exp = it["expected"] + (" (" + ", ".join(it["expected_missing"]) + ")" if "expected_missing" in it else "")
        L.append("| %s | %s | %s | %s | %s |" % (it["id"], c["drug"], it["service"]["code"], exp, c["reason"]))
    return "\n".join(L) + "\n"


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def walk(x, fn):
    if isinstance(x, dict):
        for k, v in x.items():
            fn(k, v)
            walk(v, fn)
    elif isinstance(x, list):
        for v in x:
            walk(v, fn)


def check(doc):
    errs = []
    cases = doc["cases"]
    if len(cases) != 32:
        errs.append("expected 32 cases")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    drugs = {}
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        sub = [c for c in cases if c["cancer"] == cancer]
        cnt = {e: sum(1 for c in sub if c["expected"] == e) for e in ("supported", "needs-documentation", "refer-to-reviewer")}
        if len(sub) != 8 or cnt != {"supported": 4, "needs-documentation": 2, "refer-to-reviewer": 2}:
            errs.append("%s counts %s" % (cancer, cnt))
    for c in cases:
        cid = c["id"]
        for k in ("id", "cancer", "description", "basis", "date", "service", "expected", "bundle"):
            if k not in c:
                errs.append(cid + " missing " + k)
        if not re.match(r"^lab10-(breast|nsclc|colorectal|prostate)-\d\d$", cid):
            errs.append(cid + " bad id")
        s = c["service"]
        if s["system"] not in (RX, HCPCS) or not s["code"]:
            errs.append(cid + " bad service")
        drugs[s["code"]] = drugs.get(s["code"], 0) + 1
        if c["expected"] == "needs-documentation":
            m = c.get("expected_missing")
            if not m or not set(m) <= ALLOWED_MISSING:
                errs.append(cid + " bad expected_missing")
        elif "expected_missing" in c:
            errs.append(cid + " expected_missing on non-ND case")
        b = c["bundle"]
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            errs.append(cid + " not a collection bundle")
        urls = set()
        pats = []
        for e in b["entry"]:
            if not e["fullUrl"].startswith("urn:uuid:"):
                errs.append(cid + " fullUrl not urn:uuid")
            if e["fullUrl"] in urls:
                errs.append(cid + " dup fullUrl")
            urls.add(e["fullUrl"])
            if e["resource"]["resourceType"] == "Patient":
                pats.append(e["resource"])
        pid = cid.replace("lab10-", "nec10-")
        if len(pats) != 1 or pats[0]["id"] != pid:
            errs.append(cid + " patient id")

        def fn(k, v):
            if k == "reference" and v not in urls:
                errs.append("%s unresolved reference %s" % (cid, v))
            if isinstance(v, str) and DATE_RE.match(v) and v[:10] > c["date"] and k != "timestamp":
                errs.append("%s date %s=%s after decision date" % (cid, k, v))
        walk(b, fn)
        # the requested service is present as the final draft MedicationRequest
        last = b["entry"][-1]["resource"]
        if last["resourceType"] != "MedicationRequest" or last["medicationCodeableConcept"]["coding"][0]["code"] != s["code"]:
            errs.append(cid + " request mismatch")
    for code, n in drugs.items():
        if n > 2:
            errs.append("service %s used %d times" % (code, n))
    return errs


def main():
    doc = build()
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    mdt = md(doc)
    errs = check(doc)
    if "--check" in sys.argv:
        for p, t in ((OUT_JSON, text), (OUT_MD, mdt)):
            if not os.path.exists(p) or open(p, encoding="utf-8").read() != t:
                errs.append("%s is stale or missing" % os.path.relpath(p, ROOT))
        if errs:
            print("\n".join(errs))
            sys.exit(1)
        print("ok: %d cases" % len(doc["cases"]))
        return
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with open(OUT_JSON, "w", encoding="utf-8") as f:
        f.write(text)
    with open(OUT_MD, "w", encoding="utf-8") as f:
        f.write(mdt)
    print("wrote %d cases" % len(doc["cases"]))


if __name__ == "__main__":
    main()
