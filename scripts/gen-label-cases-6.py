#!/usr/bin/env python3
"""Held-out necessity label cases, set 6.

Writes tests/fixtures/necessity/label-cases-6.json and label-cases-6.md.

Stdlib only, deterministic (every id is uuid5 from NAMESPACE, no randomness, no network).
Expected outcomes come from the current US FDA label, section 1 (Indications and Usage), and
the pivotal trial of the requested drug only; they were written without reading the engine,
its pathways or the project's own case generators.

Run:  python3 scripts/gen-label-cases-6.py            (writes both files)
      python3 scripts/gen-label-cases-6.py --check    (writes, then validates)
"""

import base64
import json
import sys
import uuid
from collections import Counter, OrderedDict
from pathlib import Path

NAMESPACE = uuid.UUID("b7d3f0a2-6c5e-4e1b-9a47-3f2c8d61e905")
GENERATOR = "scripts/gen-label-cases-6.py"

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "tests/fixtures/necessity/label-cases-6.json"
OUT_MD = ROOT / "tests/fixtures/necessity/label-cases-6.md"

# ---------------------------------------------------------------- code systems
LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
ICDO3 = "http://terminology.hl7.org/CodeSystem/icd-o-3"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
NDC = "http://hl7.org/fhir/sid/ndc"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
UCUM = "http://unitsofmeasure.org"
AJCC = "http://cancerstaging.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
V20074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"

MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
P_PRIMARY = MCODE + "mcode-primary-cancer-condition"
P_SECONDARY = MCODE + "mcode-secondary-cancer-condition"
P_HISTOLOGY = MCODE + "mcode-histology-morphology-behavior"
P_DISEASE_STATUS = MCODE + "mcode-cancer-disease-status"
P_TNM_T = MCODE + "mcode-tnm-primary-tumor-category"
P_TNM_N = MCODE + "mcode-tnm-regional-nodes-category"
P_TNM_M = MCODE + "mcode-tnm-distant-metastases-category"
P_VARIANT = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"

SERVICE_SYSTEMS = {RXN, HCPCS}
FACT_KEYS = {
    "stage", "her2", "er", "pr", "brca", "pik3ca", "esr1", "menopause", "egfr", "alk", "ros1",
    "met", "ret", "kras", "nras", "ras", "braf", "msi", "pdl1", "pdl1_cps", "castration",
    "castration_resistant", "psa", "psma", "hrr", "ecog", "resectable", "line", "prior_therapy",
}


def cd(system, code, display=None):
    c = OrderedDict([("system", system), ("code", code)])
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = OrderedDict()
    if codings:
        out["coding"] = list(codings)
    if text:
        out["text"] = text
    return out


def txt(text):
    return OrderedDict([("text", text)])


def qty(value, unit, code=None):
    q = OrderedDict([("value", value), ("unit", unit), ("system", UCUM), ("code", code or unit)])
    return q


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, cid, cancer, expected, service, date, description, basis, missing=(),
                 encodings=(), ref_style="patient"):
        self.cid = cid
        self.cancer = cancer
        self.expected = expected
        self.service = service
        self.date = date
        self.description = description
        self.basis = basis
        self.missing = list(missing)
        self.encodings = list(encodings)
        self.ref_style = ref_style  # "patient" -> Patient/<id>; "urn" -> urn:uuid:<id>
        self.n = 0
        self.entries = []
        self.primary_onset = None
        self.pid = None

    def _uuid(self, label):
        self.n += 1
        return str(uuid.uuid5(NAMESPACE, f"{self.cid}/{self.n}/{label}"))

    def add(self, res):
        rid = self._uuid(res["resourceType"])
        out = OrderedDict([("resourceType", res.pop("resourceType")), ("id", rid)])
        out.update(res)
        self.entries.append(OrderedDict([("fullUrl", f"urn:uuid:{rid}"), ("resource", out)]))
        return rid

    def ref(self, rid=None, rtype=None):
        """Reference to the patient (default) or to another resource of this bundle."""
        if rid is None:
            rid, rtype = self.pid, "Patient"
        if self.ref_style == "urn":
            return OrderedDict([("reference", f"urn:uuid:{rid}")])
        return OrderedDict([("reference", f"{rtype}/{rid}")])

    # -- resources -------------------------------------------------------------
    def patient(self, gender, birth, family, given):
        self.pid = self.add(OrderedDict([
            ("resourceType", "Patient"),
            ("identifier", [OrderedDict([("system", "urn:oid:2.16.840.1.113883.3.6.lab6"),
                                         ("value", "MRN-" + self.cid.split("-", 1)[1].upper())])]),
            ("name", [OrderedDict([("family", family), ("given", [given])])]),
            ("gender", gender),
            ("birthDate", birth),
        ]))
        return self.pid

    def condition(self, code, onset, category="problem-list-item", primary=False, profile=None,
                  histology=None, body_site=None, stage_summary=None, stage_assessment=None,
                  note=None, related=None, recorded=None):
        r = OrderedDict([("resourceType", "Condition")])
        if profile:
            r["meta"] = OrderedDict([("profile", [profile])])
        ext = []
        if histology:
            ext.append(OrderedDict([("url", P_HISTOLOGY), ("valueCodeableConcept", histology)]))
        if related:
            ext.append(OrderedDict([
                ("url", "http://hl7.org/fhir/StructureDefinition/condition-related"),
                ("valueReference", self.ref(related, "Condition"))]))
        if ext:
            r["extension"] = ext
        r["clinicalStatus"] = cc(cd(CONDCLIN, "active"))
        r["verificationStatus"] = cc(cd(CONDVER, "confirmed"))
        r["category"] = [cc(cd(CONDCAT, category))]
        r["code"] = code
        if body_site:
            r["bodySite"] = [body_site]
        r["subject"] = self.ref()
        r["onsetDateTime"] = onset
        r["recordedDate"] = recorded or onset
        if stage_summary or stage_assessment:
            st = OrderedDict()
            if stage_summary:
                st["summary"] = stage_summary
            if stage_assessment:
                st["assessment"] = [self.ref(stage_assessment, "Observation")]
            r["stage"] = [st]
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        rid = self.add(r)
        if primary:
            self.primary_onset = onset
        return rid

    def obs(self, code, date, value=None, category="laboratory", components=None,
            interpretation=None, note=None, profile=None, method=None, derived=None,
            focus=None, status="final"):
        r = OrderedDict([("resourceType", "Observation")])
        if profile:
            r["meta"] = OrderedDict([("profile", [profile])])
        r["status"] = status
        cats = [cc(cd(OBSCAT, category))]
        r["category"] = cats
        r["code"] = code
        r["subject"] = self.ref()
        if focus:
            r["focus"] = [self.ref(focus, "Condition")]
        r["effectiveDateTime"] = date
        if value is not None:
            key, val = value
            r[key] = val
        if interpretation:
            r["interpretation"] = [interpretation]
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        if method:
            r["method"] = method
        if derived:
            r["derivedFrom"] = [self.ref(d, "Observation") for d in derived]
        if components:
            r["component"] = [self._component(c) for c in components]
        return self.add(r)

    @staticmethod
    def _component(c):
        code, value = c
        out = OrderedDict([("code", code)])
        if value is not None:
            key, val = value
            out[key] = val
        return out

    def variant(self, date, gene, present=True, value_text=None, protein=None, dna=None,
                exon=None, source=None, significance=None, fusion=None, interpretation_only=False,
                note=None, profile=True):
        comps = [(cc(cd(LOINC, "48018-6", "Gene studied [ID]")),
                  ("valueCodeableConcept", cc(cd(HGNC, gene[0], gene[1]))))]
        if dna:
            comps.append((cc(cd(LOINC, "48004-6", "DNA change (c.HGVS)")),
                          ("valueCodeableConcept", cc(cd(HGVS, dna, dna)))))
        if protein:
            comps.append((cc(cd(LOINC, "48005-3", "Amino acid change (pHGVS)")),
                          ("valueCodeableConcept", cc(cd(HGVS, protein, protein)))))
        if exon:
            comps.append((txt("Variant exon"), ("valueString", exon)))
        if fusion:
            comps.append((txt("Structural variant / gene fusion"), ("valueString", fusion)))
        if source:
            codes = {"germline": ("LA6683-2", "Germline"), "somatic": ("LA6684-0", "Somatic")}
            comps.append((cc(cd(LOINC, "48002-0", "Genomic source class")),
                          ("valueCodeableConcept", cc(cd(LOINC, *codes[source])))))
        if significance:
            comps.append((cc(cd(LOINC, "53037-8", "Genetic variation clinical significance [Imp]")),
                          ("valueCodeableConcept", cc(cd(LOINC, *significance)))))
        value = None
        interp = None
        if interpretation_only:
            interp = cc(cd(INTERP, "POS" if present else "NEG",
                           "Positive" if present else "Negative"))
        elif value_text is not None:
            value = ("valueCodeableConcept", txt(value_text))
        else:
            value = ("valueCodeableConcept",
                     cc(cd(LOINC, "LA9633-4", "Present")) if present
                     else cc(cd(LOINC, "LA9634-2", "Absent")))
        r = OrderedDict([("resourceType", "Observation")])
        if profile:
            r["meta"] = OrderedDict([("profile", [P_VARIANT])])
        r["status"] = "final"
        r["category"] = [cc(cd(OBSCAT, "laboratory")), cc(cd(V20074, "GE"))]
        r["code"] = cc(cd(LOINC, "69548-6", "Genetic variant assessment"))
        r["subject"] = self.ref()
        r["effectiveDateTime"] = date
        if value:
            r[value[0]] = value[1]
        if interp:
            r["interpretation"] = [interp]
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        r["component"] = [self._component(c) for c in comps]
        return self.add(r)

    def med_admin(self, med, date, status="completed", note=None):
        r = OrderedDict([("resourceType", "MedicationAdministration"), ("status", status),
                         ("medicationCodeableConcept", med), ("subject", self.ref()),
                         ("effectiveDateTime", date)])
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        return self.add(r)

    def med_request(self, med, authored, status="active", intent="order", note=None,
                    reason_text=None):
        r = OrderedDict([("resourceType", "MedicationRequest"), ("status", status),
                         ("intent", intent), ("medicationCodeableConcept", med),
                         ("subject", self.ref()), ("authoredOn", authored)])
        if reason_text:
            r["statusReason"] = txt(reason_text)
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        return self.add(r)

    def med_statement(self, med, start, end=None, status="completed", reason_text=None,
                      note=None):
        period = OrderedDict([("start", start)])
        if end:
            period["end"] = end
        r = OrderedDict([("resourceType", "MedicationStatement"), ("status", status)])
        if reason_text:
            r["statusReason"] = [txt(reason_text)]
        r["medicationCodeableConcept"] = med
        r["subject"] = self.ref()
        r["effectivePeriod"] = period
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        return self.add(r)

    def procedure(self, code, date=None, period=None, body_site=None, outcome=None, note=None):
        r = OrderedDict([("resourceType", "Procedure"), ("status", "completed"), ("code", code),
                         ("subject", self.ref())])
        if period:
            r["performedPeriod"] = OrderedDict([("start", period[0]), ("end", period[1])])
        else:
            r["performedDateTime"] = date
        if body_site:
            r["bodySite"] = [body_site]
        if outcome:
            r["outcome"] = outcome
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        return self.add(r)

    def report(self, code, date, conclusion=None, category="RAD", presented=None, results=None,
               title=None):
        r = OrderedDict([("resourceType", "DiagnosticReport"), ("status", "final"),
                         ("category", [cc(cd(V20074, category))]), ("code", code),
                         ("subject", self.ref()), ("effectiveDateTime", date),
                         ("issued", date + "T17:00:00Z")])
        if results:
            r["result"] = [self.ref(x, "Observation") for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if presented:
            r["presentedForm"] = [OrderedDict([("contentType", "text/plain"),
                                               ("language", "en-US"),
                                               ("data", b64(presented)),
                                               ("title", title or "Report")])]
        return self.add(r)

    def service_request(self, code, authored, status="active", note=None):
        r = OrderedDict([("resourceType", "ServiceRequest"), ("status", status),
                         ("intent", "order"), ("code", code), ("subject", self.ref()),
                         ("authoredOn", authored)])
        if note:
            r["note"] = [OrderedDict([("text", note)])]
        return self.add(r)

    def note_obs(self, title, date, text):
        """Free-text clinician statement as a text-coded survey Observation."""
        return self.obs(txt(title), date, ("valueString", text), category="survey")

    def ecog(self, date, grade):
        answers = {0: ("LA9622-7", "ECOG 0"), 1: ("LA9623-5", "ECOG 1"),
                   2: ("LA9624-3", "ECOG 2")}
        return self.obs(cc(cd(LOINC, "89247-1", "ECOG Performance Status score")), date,
                        ("valueCodeableConcept", cc(cd(LOINC, *answers[grade]))),
                        category="survey")

    def disease_status(self, date, code, display, focus=None):
        return self.obs(cc(cd(LOINC, "97509-4", "Cancer disease status")), date,
                        ("valueCodeableConcept", cc(cd(SCT, code, display))),
                        category="survey", profile=P_DISEASE_STATUS, focus=focus)

    # -- output ----------------------------------------------------------------
    def to_json(self):
        out = OrderedDict([
            ("id", self.cid), ("cancer", self.cancer), ("description", self.description),
            ("basis", self.basis), ("date", self.date), ("service", self.service),
            ("expected", self.expected)])
        if self.expected == "needs-documentation":
            out["expected_missing"] = self.missing
        out["bundle"] = OrderedDict([("resourceType", "Bundle"), ("type", "collection"),
                                     ("entry", self.entries)])
        return out


# ---------------------------------------------------------------- shared codings
def rx(code, display):
    return cc(cd(RXN, code, display))


def hc(code, display):
    return cc(cd(HCPCS, code, display))


def svc_rx(code, display):
    return OrderedDict([("system", RXN), ("code", code), ("display", display)])


def svc_hc(code, display):
    return OrderedDict([("system", HCPCS), ("code", code), ("display", display)])


# LOINC codes (all check digits validated in --check)
L_ER_IHC = cd(LOINC, "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")
L_PR_IHC = cd(LOINC, "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain")
L_ER_INT = cd(LOINC, "16112-5", "Estrogen receptor [Interpretation] in Tissue")
L_PR_INT = cd(LOINC, "16113-3", "Progesterone receptor [Interpretation] in Tissue")
L_HER2_IHC = cd(LOINC, "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")
L_HER2_ISH = cd(LOINC, "85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH")
L_HER2_INT = cd(LOINC, "48676-1", "HER2 [Interpretation] in Tissue")
L_HER2_TISSUE = cd(LOINC, "18474-7", "HER2 Ag [Presence] in Tissue by Immune stain")
L_KI67 = cd(LOINC, "85330-9", "Cells.Ki-67 nuclear Ag/100 cells in Breast cancer specimen by Immune stain")
L_PDL1 = cd(LOINC, "85147-7", "PD-L1 by clone 22C3 in Tissue by Immune stain Report")
L_MSI = cd(LOINC, "81695-9", "Microsatellite instability [Interpretation] in Cancer specimen Qualitative")
L_MENS = cd(LOINC, "8678-5", "Menstrual status")
L_CT = cd(LOINC, "21905-5", "Primary tumor.clinical [Class] Cancer")
L_CN = cd(LOINC, "21906-3", "Regional lymph nodes.clinical [Class] Cancer")
L_CM = cd(LOINC, "21907-1", "Distant metastases.clinical [Class] Cancer")
L_PT = cd(LOINC, "21899-0", "Primary tumor.pathology Cancer")
L_PN = cd(LOINC, "21900-6", "Regional lymph nodes.pathology [Class] Cancer")
L_PM = cd(LOINC, "21901-4", "Distant metastases.pathology [Class] Cancer")
L_STAGE_C = cd(LOINC, "21908-9", "Stage group.clinical Cancer")
L_STAGE_P = cd(LOINC, "21902-2", "Stage group.pathology Cancer")
L_HISTO = cd(LOINC, "59847-4", "Histology and Behavior ICD-O-3 Cancer")
L_PSA = cd(LOINC, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")
L_TESTO = cd(LOINC, "2986-8", "Testosterone [Mass/volume] in Serum or Plasma")
L_TESTO_MOL = cd(LOINC, "14913-8", "Testosterone [Moles/volume] in Serum or Plasma")
L_GLEASON = cd(LOINC, "35266-6", "Gleason score in Specimen Qualitative")
L_KPS = cd(LOINC, "89243-0", "Karnofsky Performance Status score")
L_GENREP = cd(LOINC, "51969-4", "Genetic analysis report")

LA_POS = cd(LOINC, "LA6576-8", "Positive")
LA_NEG = cd(LOINC, "LA6577-6", "Negative")
LA_HER2 = {0: cd(LOINC, "LA6111-4", "0"), 1: cd(LOINC, "LA11841-6", "1+"),
           2: cd(LOINC, "LA11842-4", "2+"), 3: cd(LOINC, "LA11843-2", "3+")}
LA_PATHOGENIC = ("LA6668-3", "Pathogenic")
S_POS = cd(SCT, "10828004", "Positive (qualifier value)")
S_NEG = cd(SCT, "260385009", "Negative (qualifier value)")

# SNOMED CT AJCC TNM qualifiers (mCODE value sets)
T_SCT = {"cT1": "1228889001", "cT2": "1228929004", "cT3": "1228938002", "cT4": "1228944003",
         "pT1": "1228957006", "pT2": "1229852009", "pT3": "1229859000", "pT4": "1229864001"}
N_SCT = {"cN0": "1229967007", "cN1": "1229973008", "cN2": "1229978004", "cN3": "1229984001",
         "pN0": "1229947003", "pN1": "1229951001", "pN2": "1229957002", "pN3": "1229962001"}
M_SCT = {"cM0": "1229901006", "cM1": "1229903009", "pM1": "1229916009"}


def tnm_value(cat, text=None):
    table = {**T_SCT, **N_SCT, **M_SCT}
    return ("valueCodeableConcept",
            cc(cd(SCT, table[cat], f"American Joint Committee on Cancer {cat} (qualifier value)"),
               text=text))


def icdo3(code, display):
    return cc(cd(ICDO3, code, display), text=display)


BREAST_SCT = cd(SCT, "254837009", "Malignant neoplasm of breast (disorder)")
NSCLC_SCT = cd(SCT, "254637007", "Non-small cell lung cancer (disorder)")
COLON_SCT = cd(SCT, "363406005", "Malignant tumor of colon (disorder)")
RECTUM_SCT = cd(SCT, "363351006", "Malignant tumor of rectum (disorder)")
PROSTATE_SCT = cd(SCT, "399068003", "Malignant tumor of prostate (disorder)")
BONE_MET_SCT = cd(SCT, "94222008", "Secondary malignant neoplasm of bone (disorder)")
LIVER_MET_SCT = cd(SCT, "94381002", "Secondary malignant neoplasm of liver (disorder)")
STAGE_IV_SCT = cd(SCT, "1222837003", "American Joint Committee on Cancer stage IV (qualifier value)")

HGNC_G = {"EGFR": ("HGNC:3236", "EGFR"), "ALK": ("HGNC:427", "ALK"), "ROS1": ("HGNC:10261", "ROS1"),
          "KRAS": ("HGNC:6407", "KRAS"), "NRAS": ("HGNC:7989", "NRAS"), "BRAF": ("HGNC:1097", "BRAF"),
          "BRCA1": ("HGNC:1100", "BRCA1"), "BRCA2": ("HGNC:1101", "BRCA2")}

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =============================================================================== BREAST
@case
def breast_01():
    c = Case("lab6-breast-01", "breast", "supported",
             svc_hc("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg"), "2025-04-07",
             "49-year-old woman after partial mastectomy with axillary dissection for pT2 pN1a ER/PR-negative "
             "breast cancer, HER2 IHC 2+ with ISH ratio 2.6 and 6.4 copies/cell; four cycles of dose-dense AC given, "
             "weekly paclitaxel ordered; adjuvant trastuzumab requested with the paclitaxel.",
             "Herceptin (trastuzumab) label section 1.1: adjuvant treatment of HER2-overexpressing node-positive or "
             "node-negative (ER/PR-negative or with one high-risk feature) breast cancer as part of a regimen of "
             "doxorubicin, cyclophosphamide and either paclitaxel or docetaxel; select patients with an FDA-approved "
             "companion diagnostic; NSABP B-31 / NCCTG N9831.",
             encodings=["service HCPCS J9355", "Condition ICD-10-CM only (C50.411)",
                        "HER2 IHC 85319-2 = LA11842-4 (2+) plus separate ISH 85318-4 with text-coded ratio and copy-number components (valueQuantity, no top-level value)",
                        "pathologic T/N 21899-0/21900-6 SNOMED AJCC qualifiers + clinical M 21907-1",
                        "AC as MedicationAdministration with HCPCS J9000/J9070 only",
                        "paclitaxel MedicationRequest coded HCPCS J9267", "surgery CPT 19302, biopsy CPT 19083",
                        "Karnofsky 89243-0"])
    c.patient("female", "1976-05-12", "Okafor", "Adaeze")
    c.condition(cc(cd(ICD10, "C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast")),
                "2024-12-10", category="encounter-diagnosis", primary=True)
    c.procedure(cc(cd(CPT, "19083", "Biopsy, breast, with placement of localization device, percutaneous; first lesion, including ultrasound guidance")),
                "2024-12-10")
    c.obs(cc(L_ER_INT), "2024-12-13", ("valueCodeableConcept", cc(S_NEG)))
    c.obs(cc(L_PR_INT), "2024-12-13", ("valueCodeableConcept", cc(S_NEG)))
    c.obs(cc(L_HER2_IHC), "2024-12-13", ("valueCodeableConcept", cc(LA_HER2[2], text="2+ (equivocal)")))
    c.obs(cc(L_HER2_ISH, text="HER2 dual-probe ISH"), "2024-12-18", None,
          components=[(txt("HER2/CEP17 signal ratio"), ("valueQuantity", qty(2.6, "ratio", "{ratio}"))),
                      (txt("Average HER2 signals per nucleus"), ("valueQuantity", qty(6.4, "copies/cell", "{copies}/{cell}")))],
          note="ASCO/CAP 2018 ISH group 1 (ratio >= 2.0, average HER2 copy number >= 4.0).")
    c.procedure(cc(cd(CPT, "19302", "Mastectomy, partial; with axillary lymphadenectomy")), "2025-01-08")
    c.obs(cc(L_PT), "2025-01-10", tnm_value("pT2", "pT2 (2.7 cm)"), profile=P_TNM_T)
    c.obs(cc(L_PN), "2025-01-10", tnm_value("pN1", "pN1a (2/14 axillary nodes)"), profile=P_TNM_N)
    c.obs(cc(L_CM), "2025-01-10", tnm_value("cM0"), profile=P_TNM_M)
    for d in ("2025-02-05", "2025-02-19", "2025-03-05", "2025-03-19"):
        c.med_admin(hc("J9000", "Injection, doxorubicin hydrochloride, 10 mg"), d)
        c.med_admin(hc("J9070", "Cyclophosphamide, 100 mg"), d)
    c.obs(cc(L_KPS), "2025-04-02", ("valueInteger", 90), category="survey")
    c.med_request(hc("J9267", "Injection, paclitaxel, 1 mg"), "2025-04-03",
                  note="Weekly paclitaxel 80 mg/m2 x 12 with trastuzumab, then trastuzumab to complete 1 year.")
    return c


@case
def breast_02():
    c = Case("lab6-breast-02", "breast", "supported", svc_rx("1298944", "pertuzumab"), "2025-09-15",
             "56-year-old woman with de novo HER2 3+ breast cancer metastatic to liver and bone, no prior "
             "therapy of any kind; pertuzumab requested with trastuzumab and docetaxel first line.",
             "Perjeta (pertuzumab) label section 1: with trastuzumab and docetaxel for HER2-positive metastatic "
             "breast cancer in patients who have not received prior anti-HER2 therapy or chemotherapy for "
             "metastatic disease; CLEOPATRA.",
             encodings=["mCODE primary condition with ICD-O-3 8500/3 in histology-morphology-behavior extension, bodySite left breast",
                        "breast biomarker panel as ONE Observation with ER/PR/HER2/Ki-67 components",
                        "clinical T/N/M SNOMED AJCC qualifiers + stage group 21908-9 SNOMED stage IV",
                        "metastases ICD-10-CM C78.7 / C79.51 only", "partners MedicationRequest RxNorm",
                        "ECOG 89247-1 = LA9623-5"], ref_style="urn")
    c.patient("female", "1968-09-30", "Lindqvist", "Maria")
    c.condition(cc(BREAST_SCT), "2025-08-12", primary=True, profile=P_PRIMARY,
                histology=icdo3("8500/3", "Infiltrating duct carcinoma, NOS"),
                body_site=cc(cd(SCT, "80248007", "Left breast structure")))
    c.condition(cc(cd(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                "2025-08-20", category="encounter-diagnosis")
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-08-20",
                category="encounter-diagnosis")
    c.obs(txt("Breast cancer biomarker panel (IHC)"), "2025-08-15", None,
          components=[(cc(L_ER_IHC), ("valueCodeableConcept", cc(LA_NEG))),
                      (cc(L_PR_IHC), ("valueCodeableConcept", cc(LA_NEG))),
                      (cc(L_HER2_IHC), ("valueCodeableConcept", cc(LA_HER2[3]))),
                      (cc(L_KI67), ("valueQuantity", qty(45, "%")))])
    c.obs(cc(L_CT), "2025-08-22", tnm_value("cT2"), profile=P_TNM_T)
    c.obs(cc(L_CN), "2025-08-22", tnm_value("cN1"), profile=P_TNM_N)
    c.obs(cc(L_CM), "2025-08-22", tnm_value("cM1", "cM1 (liver, bone)"), profile=P_TNM_M)
    c.obs(cc(L_STAGE_C), "2025-08-22", ("valueCodeableConcept", cc(STAGE_IV_SCT, text="Stage IV")))
    c.report(txt("CT chest/abdomen/pelvis with contrast"), "2025-08-20",
             "Multiple hepatic metastases (largest 3.1 cm, segment VII); sclerotic lesions T8 and L2.")
    c.ecog("2025-09-10", 1)
    c.med_request(rx("224905", "trastuzumab"), "2025-09-12")
    c.med_request(rx("72962", "docetaxel"), "2025-09-12")
    return c


@case
def breast_03():
    c = Case("lab6-breast-03", "breast", "supported",
             svc_hc("J9354", "Injection, ado-trastuzumab emtansine, 1 mg"), "2025-11-20",
             "63-year-old woman with HER2-amplified breast cancer metastatic to lung since 2023, treated first line "
             "with docetaxel, trastuzumab and pertuzumab then HP maintenance, now RECIST progression; "
             "ado-trastuzumab emtansine requested second line.",
             "Kadcyla (ado-trastuzumab emtansine) label section 1: single agent for HER2-positive metastatic breast "
             "cancer in patients who previously received trastuzumab and a taxane, separately or in combination, "
             "and either received prior therapy for metastatic disease or recurred within six months of adjuvant "
             "therapy; EMILIA.",
             encodings=["service HCPCS J9354", "Condition ICD-10-CM + free text",
                        "HER2 FISH 85318-4 SNOMED Positive + ratio in text",
                        "prior therapy as MedicationAdministration with HCPCS J-codes only (J9171, J9355, J9306)",
                        "progression only in a radiology DiagnosticReport conclusion (RECIST text)"])
    c.patient("female", "1962-02-17", "Haddad", "Leila")
    c.condition(cc(cd(ICD10, "C50.911", "Malignant neoplasm of unspecified site of right female breast"),
                   text="Invasive ductal carcinoma right breast, metastatic to lungs"),
                "2023-04-03", primary=True)
    c.condition(cc(cd(ICD10, "C78.01", "Secondary malignant neoplasm of right lung")), "2023-04-03")
    c.obs(cc(L_HER2_ISH), "2023-04-07", ("valueCodeableConcept", cc(S_POS, text="Amplified, HER2/CEP17 ratio 5.2")))
    c.obs(cc(L_ER_INT), "2023-04-07", ("valueCodeableConcept", cc(S_POS)))
    c.obs(cc(L_PR_INT), "2023-04-07", ("valueCodeableConcept", cc(S_NEG)))
    for d in ("2023-04-20", "2023-05-11", "2023-06-01", "2023-06-22", "2023-07-13", "2023-08-03"):
        c.med_admin(hc("J9171", "Injection, docetaxel, 1 mg"), d)
        c.med_admin(hc("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg"), d)
        c.med_admin(hc("J9306", "Injection, pertuzumab, 1 mg"), d)
    for d in ("2025-07-24", "2025-08-14", "2025-09-04"):
        c.med_admin(hc("J9355", "Injection, trastuzumab, excludes biosimilar, 10 mg"), d)
        c.med_admin(hc("J9306", "Injection, pertuzumab, 1 mg"), d)
    c.report(txt("CT chest abdomen pelvis with contrast"), "2025-10-28",
             "Compared with 2025-07-15: enlarging bilateral pulmonary nodules (sum of diameters +34%) and two new "
             "hepatic lesions. RECIST 1.1: progressive disease.")
    return c


@case
def breast_04():
    c = Case("lab6-breast-04", "breast", "supported", svc_hc("J9271", "Injection, pembrolizumab, 1 mg"),
             "2025-10-06",
             "44-year-old woman with triple-negative breast cancer treated with dose-dense AC-T and mastectomy "
             "in 2021, now with biopsy-proven lung metastases; PD-L1 22C3 CPS 15 stated only in the pathology "
             "report text; pembrolizumab requested with paclitaxel.",
             "Keytruda (pembrolizumab) label section 1 (TNBC): with chemotherapy for locally recurrent unresectable "
             "or metastatic TNBC whose tumors express PD-L1 (CPS >= 10) as determined by an FDA-approved test; "
             "KEYNOTE-355.",
             encodings=["service HCPCS J9271", "Condition SNOMED only", "lung metastasis ICD-10-CM C78.01",
                        "ER/PR/HER2 LOINC interpretation codes with SNOMED Negative",
                        "PD-L1 CPS only in DiagnosticReport.presentedForm (text/plain, base64), report coded 85147-7, no conclusion",
                        "prior neoadjuvant chemotherapy as text-only MedicationStatement", "mastectomy CPT 19303"])
    c.patient("female", "1981-11-03", "Mendez", "Carolina")
    c.condition(cc(BREAST_SCT), "2021-03-15", primary=True)
    c.med_statement(txt("Dose-dense AC x4 then weekly paclitaxel x12 (neoadjuvant)"), "2021-04-12",
                    "2021-09-20", status="completed")
    c.procedure(cc(cd(CPT, "19303", "Mastectomy, simple, complete")), "2021-10-05")
    c.condition(cc(cd(ICD10, "C78.01", "Secondary malignant neoplasm of right lung")), "2025-08-20")
    c.obs(cc(L_ER_INT), "2025-08-27", ("valueCodeableConcept", cc(S_NEG)))
    c.obs(cc(L_PR_INT), "2025-08-27", ("valueCodeableConcept", cc(S_NEG)))
    c.obs(cc(L_HER2_INT), "2025-08-27", ("valueCodeableConcept", cc(S_NEG, text="HER2 negative (IHC 0)")))
    c.report(cc(L_PDL1), "2025-09-02", category="SP", title="PD-L1 IHC report",
             presented="SURGICAL PATHOLOGY - PD-L1 IHC\nSpecimen: right lower lobe lung nodule, CT-guided core "
                       "(metastatic breast carcinoma, triple negative)\nAssay: PD-L1 IHC 22C3 pharmDx (Agilent/Dako)\n"
                       "Combined Positive Score (CPS): 15\nInterpretation: PD-L1 expression present, CPS >= 10.\n")
    c.ecog("2025-09-30", 0)
    c.med_request(rx("56946", "paclitaxel"), "2025-10-01")
    return c


@case
def breast_05():
    c = Case("lab6-breast-05", "breast", "supported", svc_rx("1601374", "palbociclib"), "2025-08-18",
             "67-year-old woman with ER 90% / PR 20% / HER2 1+ breast cancer who developed bone metastases "
             "while on adjuvant anastrozole; palbociclib requested with fulvestrant.",
             "Ibrance (palbociclib) label section 1: HR-positive, HER2-negative advanced or metastatic breast cancer "
             "in combination with fulvestrant in patients with disease progression following endocrine therapy; "
             "PALOMA-3.",
             encodings=["Condition SNOMED + ICD-10-CM C50.912", "ER/PR as percent of cells (85337-4/85339-0 valueQuantity %) with no interpretation",
                        "HER2 IHC LA11841-6 (1+)", "anastrozole MedicationStatement stopped, statusReason text 'disease recurrence'",
                        "fulvestrant partner MedicationRequest coded HCPCS J9395", "bone metastasis ICD-10-CM C79.51"])
    c.patient("female", "1958-04-22", "Novak", "Jana")
    c.condition(cc(BREAST_SCT, cd(ICD10, "C50.912", "Malignant neoplasm of unspecified site of left female breast")),
                "2019-02-14", primary=True)
    c.med_statement(rx("84857", "anastrozole"), "2019-05-01", "2025-06-30", status="stopped",
                    reason_text="disease recurrence (bone metastases)")
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-06-24")
    c.obs(cc(L_ER_IHC), "2025-07-02", ("valueQuantity", qty(90, "%")))
    c.obs(cc(L_PR_IHC), "2025-07-02", ("valueQuantity", qty(20, "%")))
    c.obs(cc(L_HER2_IHC), "2025-07-02", ("valueCodeableConcept", cc(LA_HER2[1])))
    c.med_request(hc("J9395", "Injection, fulvestrant, 25 mg"), "2025-08-11",
                  note="Fulvestrant 500 mg IM days 1, 15, 29 then monthly.")
    return c


@case
def breast_06():
    c = Case("lab6-breast-06", "breast", "supported", svc_rx("1873916", "ribociclib"), "2026-01-12",
             "65-year-old postmenopausal woman (ICD-10 Z78.0) with de novo HR-positive, HER2-negative lobular "
             "breast cancer metastatic to bone, no prior endocrine therapy; ribociclib requested with fulvestrant "
             "as initial endocrine-based therapy.",
             "Kisqali (ribociclib) label section 1: HR-positive, HER2-negative advanced or metastatic breast cancer "
             "in combination with fulvestrant as initial endocrine-based therapy or following disease progression "
             "on endocrine therapy (postmenopausal women or men); MONALEESA-3.",
             encodings=["menopause only as ICD-10-CM Z78.0 Condition",
                        "mCODE primary condition ICD-10-CM C50.811 with ICD-O-3 8520/3 histology extension",
                        "stage only in Condition.stage.summary text", "ER/PR LOINC 16112-5/16113-3 = LA6576-8",
                        "HER2 48676-1 = LA6577-6 with text 'IHC 1+'", "bone metastasis SNOMED only",
                        "fulvestrant partner MedicationRequest RxNorm"], ref_style="urn")
    c.patient("female", "1960-12-01", "Brennan", "Siobhan")
    c.condition(cc(cd(ICD10, "Z78.0", "Asymptomatic menopausal state")), "2012-06-01")
    c.condition(cc(cd(ICD10, "C50.811", "Malignant neoplasm of overlapping sites of right female breast")),
                "2025-12-02", primary=True, profile=P_PRIMARY,
                histology=icdo3("8520/3", "Lobular carcinoma, NOS"),
                stage_summary=txt("Stage IV (cT2 cN0 M1, osseous)"))
    c.condition(cc(BONE_MET_SCT), "2025-12-09")
    c.obs(cc(L_ER_INT), "2025-12-05", ("valueCodeableConcept", cc(LA_POS)))
    c.obs(cc(L_PR_INT), "2025-12-05", ("valueCodeableConcept", cc(LA_POS)))
    c.obs(cc(L_HER2_INT), "2025-12-05", ("valueCodeableConcept", cc(LA_NEG, text="HER2 negative (IHC 1+)")))
    c.med_request(rx("282357", "fulvestrant"), "2026-01-08")
    return c


@case
def breast_07():
    c = Case("lab6-breast-07", "breast", "needs-documentation",
             svc_hc("J9395", "Injection, fulvestrant, 25 mg"), "2025-07-21",
             "51-year-old woman with de novo ER/PR-positive, HER2 0 breast cancer metastatic to bone and nodes, "
             "endocrine-naive, who declined a CDK4/6 inhibitor; fulvestrant monotherapy requested. No menstrual "
             "status, oophorectomy or ovarian suppression is recorded.",
             "Faslodex (fulvestrant) label section 1: monotherapy for HR-positive, HER2-negative advanced breast "
             "cancer in postmenopausal women not previously treated with endocrine therapy (FALCON), or after "
             "endocrine therapy; the combinations require ribociclib (postmenopausal) or palbociclib/abemaciclib "
             "after endocrine therapy. Menopausal status is the missing gate.",
             missing=["menopause"],
             encodings=["service HCPCS J9395", "Condition text only", "ER/PR 85337-4/85339-0 = LA6576-8",
                        "HER2 IHC LA6111-4 (0)", "only an M category (21907-1 cM1), no stage group",
                        "treatment plan as text survey Observation"])
    c.patient("female", "1974-03-09", "Petrova", "Irina")
    c.condition(txt("Carcinoma of left breast with osseous and axillary nodal metastases"), "2025-06-16",
                primary=True)
    c.obs(cc(L_ER_IHC), "2025-06-19", ("valueCodeableConcept", cc(LA_POS)))
    c.obs(cc(L_PR_IHC), "2025-06-19", ("valueCodeableConcept", cc(LA_POS)))
    c.obs(cc(L_HER2_IHC), "2025-06-19", ("valueCodeableConcept", cc(LA_HER2[0])))
    c.obs(cc(L_CM), "2025-06-30", tnm_value("cM1", "cM1 (bone)"), profile=P_TNM_M)
    c.note_obs("Oncology treatment plan", "2025-07-14",
               "First-line endocrine therapy: fulvestrant 500 mg monotherapy. CDK4/6 inhibitor discussed; "
               "patient declines. No prior endocrine therapy.")
    return c


@case
def breast_08():
    c = Case("lab6-breast-08", "breast", "needs-documentation", svc_rx("1946825", "abemaciclib"),
             "2025-05-27",
             "70-year-old postmenopausal woman with newly diagnosed breast cancer metastatic to bone; outside "
             "core biopsy reported HER2 FISH not amplified, but no estrogen or progesterone receptor result is in "
             "the record; abemaciclib requested with anastrozole as initial therapy.",
             "Verzenio (abemaciclib) label section 1: HR-positive, HER2-negative advanced or metastatic breast "
             "cancer with an aromatase inhibitor as initial endocrine-based therapy (MONARCH 3), with fulvestrant "
             "after endocrine therapy (MONARCH 2) or as monotherapy after endocrine therapy and chemotherapy "
             "(MONARCH 1); every route needs HR-positive disease.",
             missing=["er"],
             encodings=["Condition ICD-10-CM + SNOMED", "menstrual status 8678-5 = SNOMED 307429007 'After menopause'",
                        "HER2 FISH 85318-4 = LA6577-6", "no ER/PR Observation at all",
                        "anastrozole partner MedicationRequest RxNorm"])
    c.patient("female", "1955-07-19", "Whitfield", "Dorothy")
    c.condition(cc(cd(ICD10, "C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"),
                   BREAST_SCT), "2025-04-22", primary=True)
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-04-30")
    c.obs(cc(L_MENS), "2025-04-22", ("valueCodeableConcept", cc(cd(SCT, "307429007", "After menopause"))),
          category="social-history")
    c.obs(cc(L_HER2_ISH), "2025-04-28", ("valueCodeableConcept", cc(LA_NEG, text="Not amplified")))
    c.note_obs("Pathology follow-up", "2025-05-15",
               "Outside core biopsy report received (HER2 only). Hormone receptor immunostains not in the report.")
    c.med_request(rx("84857", "anastrozole"), "2025-05-20")
    return c


@case
def breast_09():
    c = Case("lab6-breast-09", "breast", "needs-documentation",
             svc_hc("Q5117", "Injection, trastuzumab-anns, biosimilar, (kanjinti), 10 mg"), "2025-04-14",
             "54-year-old woman with ER/PR-negative breast cancer metastatic to liver; HER2 IHC 2+ (equivocal) with "
             "reflex ISH ordered but not resulted; trastuzumab (Kanjinti) requested with paclitaxel first line.",
             "Herceptin / trastuzumab-anns (Kanjinti) label section 1: with paclitaxel for first-line treatment of "
             "HER2-overexpressing metastatic breast cancer; select patients by an FDA-approved companion "
             "diagnostic. IHC 2+ without ISH does not establish HER2 overexpression.",
             missing=["her2"],
             encodings=["service HCPCS biosimilar Q5117", "Condition SNOMED + ICD-10-CM + text",
                        "HER2 IHC LA11842-4 with interpretation IND (indeterminate)",
                        "pending reflex ISH as ServiceRequest", "liver metastasis SNOMED 94381002",
                        "paclitaxel partner as draft MedicationRequest"])
    c.patient("female", "1970-10-10", "Abara", "Ngozi")
    c.condition(cc(BREAST_SCT, cd(ICD10, "C50.912", "Malignant neoplasm of unspecified site of left female breast"),
                   text="Left breast carcinoma"), "2025-03-18", primary=True)
    c.condition(cc(LIVER_MET_SCT), "2025-03-25")
    c.obs(cc(L_ER_IHC), "2025-03-21", ("valueCodeableConcept", cc(LA_NEG)))
    c.obs(cc(L_PR_IHC), "2025-03-21", ("valueCodeableConcept", cc(LA_NEG)))
    c.obs(cc(L_HER2_IHC), "2025-03-21", ("valueCodeableConcept", cc(LA_HER2[2])),
          interpretation=cc(cd(INTERP, "IND", "Indeterminate"), text="Equivocal"))
    c.service_request(txt("HER2 dual ISH, reflex from equivocal IHC"), "2025-03-21",
                      note="Send-out; result pending.")
    c.med_request(rx("56946", "paclitaxel"), "2025-04-10", status="draft", intent="proposal")
    return c


@case
def breast_10():
    c = Case("lab6-breast-10", "breast", "refer-to-reviewer", svc_rx("224905", "Herceptin (trastuzumab)"),
             "2025-03-10",
             "46-year-old woman after lumpectomy and sentinel node biopsy for pT2 pN1a ER-positive breast cancer, "
             "HER2 IHC 2+ with ISH ratio 1.4 and 3.1 copies/cell (not amplified), on adjuvant AC; adjuvant "
             "trastuzumab requested.",
             "Herceptin (trastuzumab) label section 1.1: adjuvant use only for HER2-overexpressing breast cancer "
             "(FDA-approved companion diagnostic); NSABP B-31/N9831 and HERA enrolled HER2-positive disease. "
             "ISH group 5 (not amplified) contradicts the label.",
             encodings=["service RxNorm ingredient with brand name in display",
                        "Condition ICD-10-CM only (C50.211)",
                        "HER2 IHC 2+ + ISH components (ratio, copy number) + HER2 interpretation 48676-1 = LA6577-6",
                        "pathologic T/N SNOMED qualifiers", "SLNB as SNOMED 396487001, lumpectomy CPT 19301",
                        "AC MedicationAdministration RxNorm ingredients"], ref_style="urn")
    c.patient("female", "1979-01-25", "Sato", "Yuki")
    c.condition(cc(cd(ICD10, "C50.211", "Malignant neoplasm of upper-inner quadrant of right female breast")),
                "2024-10-01", primary=True)
    c.obs(cc(L_ER_IHC), "2024-10-04", ("valueCodeableConcept", cc(LA_POS)))
    c.obs(cc(L_HER2_IHC), "2024-10-04", ("valueCodeableConcept", cc(LA_HER2[2])))
    c.obs(cc(L_HER2_ISH), "2024-10-09", None,
          components=[(txt("HER2/CEP17 signal ratio"), ("valueQuantity", qty(1.4, "ratio", "{ratio}"))),
                      (txt("Average HER2 signals per nucleus"), ("valueQuantity", qty(3.1, "copies/cell", "{copies}/{cell}")))],
          note="ASCO/CAP 2018 ISH group 5: not amplified.")
    c.obs(cc(L_HER2_INT), "2024-10-09", ("valueCodeableConcept", cc(LA_NEG)))
    c.procedure(cc(cd(CPT, "19301", "Mastectomy, partial (eg, lumpectomy)")), "2024-11-05")
    c.procedure(cc(cd(SCT, "396487001", "Sentinel lymph node biopsy")), "2024-11-05")
    c.obs(cc(L_PT), "2024-11-08", tnm_value("pT2", "pT2 (2.3 cm)"), profile=P_TNM_T)
    c.obs(cc(L_PN), "2024-11-08", tnm_value("pN1", "pN1a (1/3 sentinel nodes, macrometastasis)"), profile=P_TNM_N)
    for d in ("2024-12-09", "2024-12-23", "2025-01-06", "2025-01-20"):
        c.med_admin(rx("3639", "doxorubicin"), d)
        c.med_admin(rx("3002", "cyclophosphamide"), d)
    return c


@case
def breast_11():
    c = Case("lab6-breast-11", "breast", "refer-to-reviewer", svc_rx("1547545", "KEYTRUDA (pembrolizumab)"),
             "2025-12-01",
             "59-year-old woman with de novo metastatic triple-negative breast cancer (lung, liver) whose PD-L1 "
             "22C3 combined positive score is 4; pembrolizumab requested with gemcitabine and carboplatin.",
             "Keytruda (pembrolizumab) label section 1 (TNBC): metastatic use requires PD-L1 CPS >= 10 by an "
             "FDA-approved test (KEYNOTE-355); the other TNBC indication (KEYNOTE-522) is neoadjuvant/adjuvant "
             "for high-risk early-stage disease. CPS 4 in metastatic disease contradicts the label.",
             encodings=["service RxNorm ingredient with brand in display", "mCODE primary condition SNOMED + ICD-O-3 8500/3",
                        "ER/PR valueString 'Negative (<1%)'", "HER2 IHC LA11841-6",
                        "PD-L1 85147-7 with valueQuantity 4 {score} and text 'CPS'",
                        "metastases ICD-10-CM", "partners MedicationRequest RxNorm"])
    c.patient("female", "1966-06-06", "Kowalczyk", "Ewa")
    c.condition(cc(BREAST_SCT), "2025-10-20", primary=True, profile=P_PRIMARY,
                histology=icdo3("8500/3", "Infiltrating duct carcinoma, NOS"))
    c.condition(cc(cd(ICD10, "C78.02", "Secondary malignant neoplasm of left lung")), "2025-10-28")
    c.condition(cc(cd(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                "2025-10-28")
    c.obs(cc(L_ER_IHC), "2025-10-23", ("valueString", "Negative (<1%)"))
    c.obs(cc(L_PR_IHC), "2025-10-23", ("valueString", "Negative (<1%)"))
    c.obs(cc(L_HER2_IHC), "2025-10-23", ("valueCodeableConcept", cc(LA_HER2[1])))
    c.obs(cc(L_PDL1, text="PD-L1 22C3 combined positive score (CPS)"), "2025-11-04",
          ("valueQuantity", qty(4, "{score}")))
    c.med_request(rx("12574", "gemcitabine"), "2025-11-24")
    c.med_request(rx("40048", "carboplatin"), "2025-11-24")
    return c


@case
def breast_12():
    c = Case("lab6-breast-12", "breast", "refer-to-reviewer", svc_hc("J9306", "Injection, pertuzumab, 1 mg"),
             "2025-10-27",
             "61-year-old woman with HER2 3+ breast cancer metastatic to bone since January 2024, treated first "
             "line with weekly paclitaxel and trastuzumab (Trazimera) then trastuzumab maintenance, now "
             "progressing; pertuzumab requested with trastuzumab and docetaxel as second line.",
             "Perjeta (pertuzumab) label section 1: metastatic use only in patients who have not received prior "
             "anti-HER2 therapy or chemotherapy for metastatic disease (CLEOPATRA); the early-breast-cancer "
             "indications do not apply to metastatic disease. Prior metastatic paclitaxel + trastuzumab "
             "contradicts the label.",
             encodings=["service HCPCS J9306", "Condition SNOMED only", "HER2 IHC LA11843-2 (3+)",
                        "first-line therapy as MedicationAdministration: paclitaxel RxNorm, trastuzumab biosimilar HCPCS Q5116",
                        "progression as mCODE Cancer Disease Status 97509-4 = SNOMED 271299001",
                        "bone metastasis SNOMED"])
    c.patient("female", "1964-08-14", "Ferreira", "Ana")
    prim = c.condition(cc(BREAST_SCT), "2024-01-15", primary=True)
    c.condition(cc(BONE_MET_SCT), "2024-01-22")
    c.obs(cc(L_HER2_IHC), "2024-01-19", ("valueCodeableConcept", cc(LA_HER2[3])))
    for d in ("2024-02-05", "2024-02-12", "2024-02-19", "2024-03-04", "2024-03-11", "2024-03-18"):
        c.med_admin(rx("56946", "paclitaxel"), d)
    for d in ("2024-02-05", "2024-03-04", "2024-06-03", "2025-01-06", "2025-09-08"):
        c.med_admin(hc("Q5116", "Injection, trastuzumab-qyyp, biosimilar, (trazimera), 10 mg"), d)
    c.disease_status("2025-09-30", "271299001", "Patient's condition worsened (finding)", focus=prim)
    c.note_obs("Oncology plan", "2025-10-20",
               "Progression on first-line paclitaxel/trastuzumab. Plan: docetaxel + trastuzumab + pertuzumab.")
    return c


# =============================================================================== NSCLC
@case
def nsclc_01():
    c = Case("lab6-nsclc-01", "nsclc", "supported", svc_rx("1727455", "alectinib"), "2025-02-18",
             "45-year-old never-smoker with treatment-naive stage IVB lung adenocarcinoma and brain metastases; "
             "ALK (D5F3) immunohistochemistry positive, EGFR negative; first-line alectinib requested.",
             "Alecensa (alectinib) label section 1: ALK-positive metastatic NSCLC as detected by an FDA-approved "
             "test (VENTANA ALK (D5F3) CDx is an approved companion test); ALEX.",
             encodings=["Condition ICD-10-CM only with ICD-O-3 8140/3 histology extension",
                        "stage group 21908-9 valueCodeableConcept text only 'IVB'",
                        "ALK IHC text-coded Observation with interpretation POS only (no value)",
                        "EGFR Genomics Reporting variant Absent (LA9634-2)", "brain metastasis ICD-10-CM C79.31"])
    c.patient("male", "1979-04-04", "Tran", "Minh")
    c.condition(cc(cd(ICD10, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")),
                "2025-01-20", primary=True, histology=icdo3("8140/3", "Adenocarcinoma, NOS"))
    c.condition(cc(cd(ICD10, "C79.31", "Secondary malignant neoplasm of brain")), "2025-01-28")
    c.obs(cc(L_STAGE_C), "2025-01-30", ("valueCodeableConcept", txt("IVB")))
    c.obs(txt("ALK (D5F3) CDx immunohistochemistry, VENTANA"), "2025-01-27", None,
          interpretation=cc(cd(INTERP, "POS", "Positive")),
          note="Strong granular cytoplasmic staining in tumor cells.")
    c.variant("2025-02-05", HGNC_G["EGFR"], present=False)
    c.obs(cc(L_PDL1), "2025-01-29", ("valueString", "TPS 30%"))
    return c


@case
def nsclc_02():
    c = Case("lab6-nsclc-02", "nsclc", "supported", svc_hc("J9305", "Injection, pemetrexed, 10 mg"), "2025-05-05",
             "67-year-old man with untreated metastatic lung adenocarcinoma (adrenal metastasis), NGS negative "
             "for EGFR and ALK, PD-L1 TPS 15%; pemetrexed requested with carboplatin and pembrolizumab.",
             "Pemetrexed (Alimta) label section 1: with pembrolizumab and platinum chemotherapy for initial "
             "treatment of metastatic non-squamous NSCLC with no EGFR or ALK genomic tumor aberrations "
             "(KEYNOTE-189); limitation of use: not indicated for squamous cell NSCLC.",
             encodings=["service HCPCS J9305", "Condition SNOMED with ICD-O-3 8140/3 histology extension",
                        "clinical T/N/M SNOMED qualifiers (cT3 cN2 cM1 with text)",
                        "EGFR/ALK negative as variant Observations with text value 'No pathogenic variants detected' / 'No fusion detected', grouped in a 51969-4 DiagnosticReport",
                        "adrenal metastasis ICD-10-CM C79.71", "PD-L1 85147-7 valueQuantity %",
                        "partners MedicationRequest: carboplatin RxNorm, pembrolizumab HCPCS"], ref_style="urn")
    c.patient("male", "1958-02-11", "Iversen", "Lars")
    c.condition(cc(NSCLC_SCT), "2025-04-08", primary=True, histology=icdo3("8140/3", "Adenocarcinoma, NOS"))
    c.condition(cc(cd(ICD10, "C79.71", "Secondary malignant neoplasm of right adrenal gland")), "2025-04-10")
    c.obs(cc(L_CT), "2025-04-14", tnm_value("cT3"), profile=P_TNM_T)
    c.obs(cc(L_CN), "2025-04-14", tnm_value("cN2"), profile=P_TNM_N)
    c.obs(cc(L_CM), "2025-04-14", tnm_value("cM1", "cM1b (single adrenal metastasis)"), profile=P_TNM_M)
    e = c.variant("2025-04-22", HGNC_G["EGFR"], value_text="No pathogenic variants detected")
    a = c.variant("2025-04-22", HGNC_G["ALK"], value_text="No fusion detected")
    c.report(cc(L_GENREP, text="Lung cancer NGS panel (DNA + RNA)"), "2025-04-22",
             "No EGFR mutation; no ALK, ROS1 or RET fusion; KRAS wild-type.", category="GE", results=[e, a])
    c.obs(cc(L_PDL1), "2025-04-18", ("valueQuantity", qty(15, "%")))
    c.med_request(rx("40048", "carboplatin"), "2025-04-29")
    c.med_request(hc("J9271", "Injection, pembrolizumab, 1 mg"), "2025-04-29")
    return c


@case
def nsclc_03():
    c = Case("lab6-nsclc-03", "nsclc", "supported", svc_rx("1547545", "KEYTRUDA (pembrolizumab)"),
             "2025-08-11",
             "72-year-old man with untreated squamous cell carcinoma of the left lower lobe with malignant "
             "pleural effusion (stage IVA), PD-L1 TPS <1%; pembrolizumab requested with carboplatin and paclitaxel.",
             "Keytruda (pembrolizumab) label section 1 (NSCLC): with carboplatin and either paclitaxel or "
             "paclitaxel protein-bound as first-line treatment of metastatic squamous NSCLC, regardless of PD-L1; "
             "KEYNOTE-407.",
             encodings=["service RxNorm ingredient with brand in display", "Condition text only",
                        "stage only in Condition.stage.summary text", "PD-L1 85147-7 valueString 'TPS <1%'",
                        "ECOG 89247-1 valueInteger", "partners: carboplatin RxNorm, paclitaxel HCPCS J9267"])
    c.patient("male", "1952-09-27", "Kuznetsov", "Pavel")
    c.condition(txt("Squamous cell carcinoma of left lower lobe of lung"), "2025-07-14", primary=True,
                stage_summary=txt("IVA (M1a, malignant pleural effusion)"))
    c.obs(cc(L_PDL1), "2025-07-22", ("valueString", "TPS <1%"))
    c.obs(cc(cd(LOINC, "89247-1", "ECOG Performance Status score")), "2025-08-04", ("valueInteger", 1),
          category="survey")
    c.med_request(rx("40048", "carboplatin"), "2025-08-06")
    c.med_request(hc("J9267", "Injection, paclitaxel, 1 mg"), "2025-08-06")
    return c


@case
def nsclc_04():
    c = Case("lab6-nsclc-04", "nsclc", "supported", svc_rx("1721560", "osimertinib"), "2025-11-10",
             "62-year-old woman with unresectable stage IIIB (cT2 cN3 cM0) lung adenocarcinoma with EGFR exon 19 "
             "deletion (p.Leu747_Pro753delinsSer), treated with concurrent carboplatin/paclitaxel and 60 Gy, "
             "without progression on follow-up CT; consolidation osimertinib requested.",
             "Tagrisso (osimertinib) label section 1: locally advanced, unresectable (stage III) NSCLC whose "
             "disease has not progressed during or following concurrent or sequential platinum-based "
             "chemoradiation and whose tumors have EGFR exon 19 deletions or exon 21 L858R; LAURA.",
             encodings=["Condition ICD-10-CM + SNOMED, stage in Condition.stage.summary text",
                        "clinical T/N/M SNOMED qualifiers",
                        "EGFR Genomics Reporting variant: three-letter delins pHGVS, cHGVS with transcript, text-coded 'Variant exon' component",
                        "radiotherapy as text-only Procedure with performedPeriod",
                        "disease status 97509-4 = SNOMED 359746009 stable", "tumor-board resectability note"])
    c.patient("female", "1963-03-03", "Delgado", "Rosa")
    prim = c.condition(cc(cd(ICD10, "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung"),
                          NSCLC_SCT), "2025-04-15", primary=True, stage_summary=txt("IIIB"))
    c.obs(cc(L_CT), "2025-04-22", tnm_value("cT2", "cT2b"), profile=P_TNM_T)
    c.obs(cc(L_CN), "2025-04-22", tnm_value("cN3", "cN3 (contralateral mediastinal)"), profile=P_TNM_N)
    c.obs(cc(L_CM), "2025-04-22", tnm_value("cM0"), profile=P_TNM_M)
    c.variant("2025-04-29", HGNC_G["EGFR"], dna="NM_005228.5:c.2240_2257del",
              protein="p.(Leu747_Pro753delinsSer)", exon="exon 19", source="somatic")
    c.note_obs("Thoracic tumor board", "2025-04-30",
               "Unresectable (N3). Recommend definitive concurrent chemoradiation.")
    for d in ("2025-05-05", "2025-05-12", "2025-05-19", "2025-05-26", "2025-06-02", "2025-06-09"):
        c.med_admin(rx("40048", "carboplatin"), d)
        c.med_admin(rx("56946", "paclitaxel"), d)
    c.procedure(txt("IMRT to chest, 60 Gy in 30 fractions"), period=("2025-05-05", "2025-06-16"))
    c.report(txt("CT chest with contrast"), "2025-10-20",
             "Post-radiation changes right lower lobe. Primary mass decreased. No new lesions. No progression.")
    c.disease_status("2025-10-22", "359746009", "Patient's condition stable (finding)", focus=prim)
    return c


@case
def nsclc_05():
    c = Case("lab6-nsclc-05", "nsclc", "supported",
             svc_hc("Q5107", "Injection, bevacizumab-awwb, biosimilar, (mvasi), 10 mg"), "2025-06-30",
             "65-year-old man with myasthenia gravis (immunotherapy avoided) and untreated stage IVA lung "
             "adenocarcinoma without driver alterations; bevacizumab (Mvasi) requested with carboplatin and paclitaxel.",
             "Avastin / bevacizumab-awwb (Mvasi) label section 1: with carboplatin and paclitaxel for first-line "
             "treatment of unresectable, locally advanced, recurrent or metastatic non-squamous NSCLC; E4599.",
             encodings=["service HCPCS biosimilar Q5107", "Condition SNOMED + ICD-10-CM C34.12 with ICD-O-3 8140/3 extension",
                        "stage group 21908-9 SNOMED stage IV + text 'IVA'",
                        "driver panel only as DiagnosticReport conclusion text",
                        "comorbidity ICD-10-CM G70.00", "partners MedicationRequest RxNorm"], ref_style="urn")
    c.patient("male", "1960-06-18", "Ozturk", "Emre")
    c.condition(cc(NSCLC_SCT, cd(ICD10, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")),
                "2025-05-20", primary=True, histology=icdo3("8140/3", "Adenocarcinoma, NOS"))
    c.condition(cc(cd(ICD10, "G70.00", "Myasthenia gravis without (acute) exacerbation")), "2016-03-01")
    c.obs(cc(L_STAGE_C), "2025-05-29", ("valueCodeableConcept", cc(STAGE_IV_SCT, text="IVA")))
    c.report(cc(L_GENREP, text="Comprehensive genomic profile (tissue)"), "2025-06-10",
             "No EGFR, ALK, ROS1, BRAF, KRAS G12C, MET exon 14, RET or ERBB2 alterations detected.", category="GE")
    c.obs(cc(L_PDL1), "2025-06-02", ("valueQuantity", qty(5, "%")))
    c.note_obs("Oncology note", "2025-06-24",
               "Immune checkpoint inhibitors avoided because of myasthenia gravis. Plan carboplatin/paclitaxel "
               "+ bevacizumab. No hemoptysis.")
    c.med_request(rx("40048", "carboplatin"), "2025-06-25")
    c.med_request(rx("56946", "paclitaxel"), "2025-06-25")
    return c


@case
def nsclc_06():
    c = Case("lab6-nsclc-06", "nsclc", "supported", svc_rx("1430438", "afatinib"), "2025-03-24",
             "76-year-old woman with treatment-naive stage IV lung adenocarcinoma metastatic to bone carrying the "
             "uncommon EGFR exon 18 mutation p.Gly719Ala; first-line afatinib requested.",
             "Gilotrif (afatinib) label section 1: first-line treatment of metastatic NSCLC whose tumors have "
             "non-resistant EGFR mutations as detected by an FDA-approved test (G719X, L861Q and S768I added "
             "from pooled LUX-Lung 2/3/6); limitation of use: resistant EGFR mutations.",
             encodings=["Condition SNOMED only", "stage in Condition.stage.summary SNOMED stage IV",
                        "EGFR variant: three-letter pHGVS p.Gly719Ala, cHGVS c.2156G>C, exon 18 text component, Present",
                        "bone metastasis SNOMED"])
    c.patient("female", "1948-12-12", "Yamamoto", "Keiko")
    c.condition(cc(NSCLC_SCT), "2025-02-27", primary=True, stage_summary=cc(STAGE_IV_SCT))
    c.condition(cc(BONE_MET_SCT), "2025-03-04")
    c.variant("2025-03-12", HGNC_G["EGFR"], dna="c.2156G>C", protein="p.Gly719Ala", exon="exon 18",
              source="somatic")
    return c


@case
def nsclc_07():
    c = Case("lab6-nsclc-07", "nsclc", "needs-documentation", svc_rx("2370147", "selpercatinib"), "2025-09-02",
             "54-year-old never-smoker with stage IVB lung adenocarcinoma (liver metastases); DNA NGS negative for "
             "EGFR, ALK, ROS1, KRAS, BRAF and MET, RNA fusion panel still pending; selpercatinib requested "
             "without a RET result.",
             "Retevmo (selpercatinib) label section 1: locally advanced or metastatic NSCLC with a RET gene fusion "
             "as detected by an FDA-approved test; LIBRETTO-001/-431.",
             missing=["ret"],
             encodings=["Condition ICD-10-CM + text", "stage group 21908-9 text only", "liver metastasis ICD-10-CM C78.7",
                        "negative DNA panel only in DiagnosticReport conclusion",
                        "pending RNA fusion panel as ServiceRequest", "PD-L1 85147-7 valueString"])
    c.patient("female", "1971-08-08", "Achterberg", "Ingrid")
    c.condition(cc(cd(ICD10, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"),
                   text="Lung adenocarcinoma RUL"), "2025-07-28", primary=True)
    c.condition(cc(cd(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                "2025-07-30")
    c.obs(cc(L_STAGE_C), "2025-08-04", ("valueCodeableConcept", txt("Stage IVB")))
    c.report(cc(L_GENREP, text="DNA hotspot NGS panel"), "2025-08-15",
             "No pathogenic variants detected in EGFR, ALK, ROS1, KRAS, BRAF or MET. RNA fusion testing sent separately.",
             category="GE")
    c.service_request(txt("RNA fusion panel (RET, NTRK1-3, NRG1)"), "2025-08-15", note="In progress at reference lab.")
    c.obs(cc(L_PDL1), "2025-08-06", ("valueString", "TPS 5%"))
    return c


@case
def nsclc_08():
    c = Case("lab6-nsclc-08", "nsclc", "needs-documentation", svc_rx("1148495", "crizotinib"), "2025-12-08",
             "40-year-old man with stage IV lung adenocarcinoma; ALK (D5F3) IHC negative and EGFR wild-type, ROS1 "
             "never tested; crizotinib requested.",
             "Xalkori (crizotinib) label section 1: metastatic NSCLC whose tumors are ALK- or ROS1-positive as "
             "detected by an FDA-approved test. ALK is documented negative; ROS1 is simply absent.",
             missing=["ros1"],
             encodings=["Condition SNOMED + ICD-10-CM", "stage group 21908-9 SNOMED stage IV",
                        "ALK IHC as text-coded Observation with SNOMED Negative", "EGFR variant Absent without profile"],
             ref_style="urn")
    c.patient("male", "1985-05-05", "Haddadi", "Reza")
    c.condition(cc(NSCLC_SCT, cd(ICD10, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")),
                "2025-11-10", primary=True)
    c.obs(cc(L_STAGE_C), "2025-11-18", ("valueCodeableConcept", cc(STAGE_IV_SCT)))
    c.obs(txt("ALK (D5F3) immunohistochemistry"), "2025-11-14", ("valueCodeableConcept", cc(S_NEG)))
    c.variant("2025-11-21", HGNC_G["EGFR"], present=False, profile=False)
    return c


@case
def nsclc_09():
    c = Case("lab6-nsclc-09", "nsclc", "needs-documentation", svc_rx("1721560", "osimertinib"), "2026-02-02",
             "59-year-old man with EGFR L858R lung adenocarcinoma treated elsewhere with concurrent cisplatin/"
             "etoposide and 60 Gy; follow-up CT shows no progression, but no stage, TNM or extent of disease "
             "was transcribed; osimertinib requested.",
             "Tagrisso (osimertinib) label section 1: after chemoradiation only for locally advanced, unresectable "
             "stage III NSCLC (LAURA); otherwise adjuvant after resection (ADAURA) or metastatic disease "
             "(FLAURA/FLAURA2). Without stage no route can be confirmed or excluded.",
             missing=["stage"],
             encodings=["Condition SNOMED only, no stage anywhere",
                        "EGFR variant with interpretation POS only (no value), three-letter pHGVS",
                        "chemoradiation: MedicationAdministration RxNorm cisplatin/etoposide, radiotherapy text-only Procedure",
                        "post-treatment CT DiagnosticReport conclusion"])
    c.patient("male", "1966-10-30", "Abernathy", "Glenn")
    c.condition(cc(NSCLC_SCT), "2025-06-09", primary=True)
    c.variant("2025-06-20", HGNC_G["EGFR"], protein="p.(Leu858Arg)", interpretation_only=True)
    for d in ("2025-07-07", "2025-07-14", "2025-08-04", "2025-08-11"):
        c.med_admin(rx("2555", "cisplatin"), d)
        c.med_admin(rx("4179", "etoposide"), d)
    c.procedure(txt("Definitive thoracic radiotherapy 60 Gy / 30 fx"), period=("2025-07-07", "2025-08-15"))
    c.report(txt("CT chest"), "2026-01-19", "Stable post-treatment changes. No new or enlarging lesions.")
    return c


@case
def nsclc_10():
    c = Case("lab6-nsclc-10", "nsclc", "refer-to-reviewer", svc_hc("J9305", "Injection, pemetrexed, 10 mg"),
             "2025-04-22",
             "70-year-old man with untreated metastatic squamous cell carcinoma of the lung (ICD-O-3 8070/3), "
             "PD-L1 TPS 40%, EGFR/ALK negative; pemetrexed requested with carboplatin and pembrolizumab.",
             "Pemetrexed (Alimta) label section 1: all NSCLC indications are for non-squamous histology; "
             "limitation of use: not indicated for the treatment of patients with squamous cell NSCLC. "
             "Squamous histology contradicts the label.",
             encodings=["service HCPCS J9305", "Condition ICD-10-CM with ICD-O-3 8070/3 histology extension",
                        "stage group 21908-9 SNOMED stage IV", "EGFR/ALK variants Absent", "PD-L1 valueQuantity %"])
    c.patient("male", "1955-01-19", "Brandt", "Werner")
    c.condition(cc(cd(ICD10, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")),
                "2025-03-25", primary=True, histology=icdo3("8070/3", "Squamous cell carcinoma, NOS"))
    c.obs(cc(L_STAGE_C), "2025-04-01", ("valueCodeableConcept", cc(STAGE_IV_SCT, text="IVA")))
    c.variant("2025-04-08", HGNC_G["EGFR"], present=False)
    c.variant("2025-04-08", HGNC_G["ALK"], present=False)
    c.obs(cc(L_PDL1), "2025-04-02", ("valueQuantity", qty(40, "%")))
    c.med_request(rx("40048", "carboplatin"), "2025-04-16")
    c.med_request(rx("1547545", "pembrolizumab"), "2025-04-16")
    return c


@case
def nsclc_11():
    c = Case("lab6-nsclc-11", "nsclc", "refer-to-reviewer", svc_rx("1727455", "alectinib"), "2025-07-07",
             "35-year-old woman with stage IV lung adenocarcinoma and brain metastases; ALK break-apart FISH "
             "negative, NGS shows a CD74::ROS1 fusion; alectinib requested.",
             "Alecensa (alectinib) label section 1: ALK-positive metastatic NSCLC by an FDA-approved test, or "
             "adjuvant after resection of ALK-positive NSCLC (ALINA); a negative ALK FISH with a ROS1 fusion "
             "contradicts the label.",
             encodings=["Condition SNOMED + ICD-10-CM", "stage only in Condition.stage.summary text",
                        "ALK FISH text-coded Observation valueString 'Negative ...'",
                        "ROS1 fusion as Genomics Reporting variant with text structural-variant component",
                        "brain metastasis SNOMED 94225005"], ref_style="urn")
    c.patient("female", "1990-02-14", "Lindgren", "Sofia")
    c.condition(cc(NSCLC_SCT, cd(ICD10, "C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung")),
                "2025-06-02", primary=True, stage_summary=txt("Stage IVB"))
    c.condition(cc(cd(SCT, "94225005", "Secondary malignant neoplasm of brain (disorder)")), "2025-06-09")
    c.obs(txt("ALK break-apart FISH (Vysis LSI ALK)"), "2025-06-12",
          ("valueString", "Negative: 4% of nuclei with split signals (cut-off 15%)"))
    c.variant("2025-06-20", HGNC_G["ROS1"], fusion="CD74::ROS1 (CD74 exon 6 :: ROS1 exon 34)", source="somatic")
    return c


@case
def nsclc_12():
    c = Case("lab6-nsclc-12", "nsclc", "refer-to-reviewer", svc_hc("J9035", "Injection, bevacizumab, 10 mg"),
             "2025-10-14",
             "67-year-old man with untreated stage IVA squamous cell carcinoma of the right upper lobe; "
             "bevacizumab requested with carboplatin and paclitaxel.",
             "Avastin (bevacizumab) label section 1: NSCLC use limited to non-squamous NSCLC with carboplatin and "
             "paclitaxel (E4599 excluded squamous histology because of pulmonary hemorrhage). Squamous histology "
             "contradicts the label.",
             encodings=["service HCPCS J9035", "Condition SNOMED with text",
                        "histology as separate Observation 59847-4 with ICD-O-3 value 8070/3",
                        "stage group 21908-9 text only"])
    c.patient("male", "1957-11-11", "Costa", "Joao")
    prim = c.condition(cc(NSCLC_SCT, text="Carcinoma of right upper lobe of lung"), "2025-09-08", primary=True)
    c.obs(cc(L_HISTO), "2025-09-10", ("valueCodeableConcept", icdo3("8070/3", "Squamous cell carcinoma, NOS")),
          focus=prim)
    c.obs(cc(L_STAGE_C), "2025-09-18", ("valueCodeableConcept", txt("Stage IVA")))
    c.med_request(rx("40048", "carboplatin"), "2025-10-08")
    c.med_request(rx("56946", "paclitaxel"), "2025-10-08")
    return c


# =============================================================================== COLORECTAL
@case
def crc_01():
    c = Case("lab6-colorectal-01", "colorectal", "supported", svc_rx("2625882", "adagrasib"), "2025-09-23",
             "63-year-old woman with KRAS p.Gly12Cys sigmoid cancer metastatic to liver, progressing after "
             "FOLFOX-bevacizumab and then FOLFIRI; adagrasib requested with cetuximab.",
             "Krazati (adagrasib) label section 1: with cetuximab for KRAS G12C-mutated locally advanced or "
             "metastatic colorectal cancer (FDA-approved test) after fluoropyrimidine-, oxaliplatin- and "
             "irinotecan-based chemotherapy; KRYSTAL-1.",
             encodings=["Condition ICD-10-CM only (C18.7)", "liver metastasis ICD-10-CM C78.7",
                        "KRAS variant: three-letter pHGVS, cHGVS, exon 2 text component",
                        "FOLFOX-bev and FOLFIRI as MedicationAdministration with HCPCS J-codes only (J9263, J9190, J0640, J9035, J9206)",
                        "progression in radiology DiagnosticReport conclusion", "cetuximab partner MedicationRequest HCPCS J9055"])
    c.patient("female", "1962-07-07", "Santangelo", "Lucia")
    c.condition(cc(cd(ICD10, "C18.7", "Malignant neoplasm of sigmoid colon")), "2023-06-12", primary=True)
    c.condition(cc(cd(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                "2023-06-20")
    c.variant("2023-07-03", HGNC_G["KRAS"], dna="c.34G>T", protein="p.Gly12Cys", exon="exon 2", source="somatic")
    for d in ("2023-07-10", "2023-07-24", "2023-08-07", "2024-04-22"):
        for code, disp in (("J9263", "Injection, oxaliplatin, 0.5 mg"), ("J9190", "Injection, fluorouracil, 500 mg"),
                           ("J0640", "Injection, leucovorin calcium, per 50 mg"), ("J9035", "Injection, bevacizumab, 10 mg")):
            c.med_admin(hc(code, disp), d)
    for d in ("2024-06-03", "2024-06-17", "2025-02-10", "2025-08-04"):
        for code, disp in (("J9206", "Injection, irinotecan, 20 mg"), ("J9190", "Injection, fluorouracil, 500 mg"),
                           ("J0640", "Injection, leucovorin calcium, per 50 mg")):
            c.med_admin(hc(code, disp), d)
    c.report(txt("CT abdomen/pelvis with contrast"), "2025-09-02",
             "Interval enlargement of hepatic metastases and new segment II lesion: progressive disease (RECIST 1.1).")
    c.med_request(hc("J9055", "Injection, cetuximab, 10 mg"), "2025-09-16")
    return c


@case
def crc_02():
    c = Case("lab6-colorectal-02", "colorectal", "supported",
             svc_hc("Q5118", "Injection, bevacizumab-bvzr, biosimilar, (zirabev), 10 mg"), "2025-05-12",
             "55-year-old man with KRAS G12D ascending-colon cancer metastatic to liver and lung who progressed "
             "on first-line FOLFOX plus bevacizumab; bevacizumab (Zirabev) requested with FOLFIRI second line.",
             "Avastin / bevacizumab-bvzr (Zirabev) label section 1: with fluoropyrimidine-irinotecan- or "
             "fluoropyrimidine-oxaliplatin-based chemotherapy for second-line mCRC after progression on a "
             "first-line bevacizumab product-containing regimen (ML18147); also with IV fluorouracil-based "
             "chemotherapy first or second line (E3200).",
             encodings=["service HCPCS biosimilar Q5118", "mCODE primary condition SNOMED + ICD-10-CM C18.2",
                        "KRAS p.G12D one-letter pHGVS", "first-line FOLFOX-bev as MedicationStatement completed with statusReason 'progression'",
                        "progression 97509-4 = 271299001", "FOLFIRI partners MedicationRequest RxNorm"], ref_style="urn")
    c.patient("male", "1969-12-19", "Adeyemi", "Tunde")
    prim = c.condition(cc(COLON_SCT, cd(ICD10, "C18.2", "Malignant neoplasm of ascending colon")), "2024-08-01",
                       primary=True, profile=P_PRIMARY, histology=icdo3("8140/3", "Adenocarcinoma, NOS"))
    c.condition(cc(LIVER_MET_SCT), "2024-08-07", profile=P_SECONDARY)
    c.condition(cc(cd(SCT, "94391008", "Secondary malignant neoplasm of lung (disorder)")), "2024-08-07",
                profile=P_SECONDARY)
    c.variant("2024-08-20", HGNC_G["KRAS"], protein="p.G12D", source="somatic")
    for ing, disp in (("32592", "oxaliplatin"), ("4492", "fluorouracil"), ("6313", "leucovorin"), ("253337", "bevacizumab")):
        c.med_statement(rx(ing, disp), "2024-09-02", "2025-04-14", status="completed", reason_text="progression")
    c.disease_status("2025-04-21", "271299001", "Patient's condition worsened (finding)", focus=prim)
    for ing, disp in (("51499", "irinotecan"), ("4492", "fluorouracil"), ("6313", "leucovorin")):
        c.med_request(rx(ing, disp), "2025-05-06")
    return c


@case
def crc_03():
    c = Case("lab6-colorectal-03", "colorectal", "supported", svc_hc("J9206", "Injection, irinotecan, 20 mg"),
             "2025-02-24",
             "49-year-old woman with newly diagnosed descending-colon adenocarcinoma metastatic to liver "
             "(KRAS G13D, MSS); irinotecan requested with infusional 5-FU and leucovorin (FOLFIRI) first line.",
             "Camptosar (irinotecan) label section 1: first-line therapy in combination with 5-fluorouracil and "
             "leucovorin for metastatic carcinoma of the colon or rectum (Saltz, Douillard trials).",
             encodings=["service HCPCS J9206", "Condition text only", "liver metastasis ICD-10-CM C78.7",
                        "cM1 SNOMED qualifier only (no stage group)", "MSI 81695-9 valueString 'MSS'",
                        "KRAS variant without profile", "partners MedicationRequest HCPCS J9190/J0640"])
    c.patient("female", "1975-04-30", "Whitaker", "Hannah")
    c.condition(txt("Adenocarcinoma of descending colon"), "2025-01-27", primary=True)
    c.condition(cc(cd(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                "2025-02-03")
    c.obs(cc(L_CM), "2025-02-05", tnm_value("cM1", "cM1a (liver only)"), profile=P_TNM_M)
    c.obs(cc(L_MSI), "2025-02-10", ("valueString", "MSS (microsatellite stable)"))
    c.variant("2025-02-12", HGNC_G["KRAS"], protein="p.Gly13Asp", dna="c.38G>A", profile=False)
    c.med_request(hc("J9190", "Injection, fluorouracil, 500 mg"), "2025-02-19")
    c.med_request(hc("J0640", "Injection, leucovorin calcium, per 50 mg"), "2025-02-19")
    return c


@case
def crc_04():
    c = Case("lab6-colorectal-04", "colorectal", "supported", svc_rx("194000", "XELODA (capecitabine)"),
             "2025-03-31",
             "58-year-old man with MRI-staged cT3 cN1 cM0 (stage IIIB) mid-rectal adenocarcinoma planned for "
             "long-course pelvic chemoradiation before total mesorectal excision; capecitabine requested as the "
             "radiosensitizer.",
             "Xeloda (capecitabine) label section 1 (12/2022 Project Renewal revision): perioperative treatment of "
             "adults with locally advanced rectal cancer as a component of chemoradiotherapy (NSABP R-04, "
             "Hofheinz et al.).",
             encodings=["service RxNorm ingredient with brand in display", "Condition ICD-10-CM C20 + SNOMED 363351006",
                        "clinical T/N/M SNOMED qualifiers", "stage group 21908-9 text 'IIIB'",
                        "MRI DiagnosticReport conclusion", "radiation plan as ServiceRequest"])
    c.patient("male", "1967-03-21", "Lindahl", "Per")
    c.condition(cc(cd(ICD10, "C20", "Malignant neoplasm of rectum"), RECTUM_SCT), "2025-02-20", primary=True)
    c.report(txt("MRI pelvis rectal protocol"), "2025-03-04",
             "Mid-rectal tumor 8 cm from anal verge, mrT3c, two mesorectal nodes with irregular borders (mrN1), "
             "CRM clear (4 mm), EMVI negative.")
    c.obs(cc(L_CT), "2025-03-06", tnm_value("cT3"), profile=P_TNM_T)
    c.obs(cc(L_CN), "2025-03-06", tnm_value("cN1"), profile=P_TNM_N)
    c.obs(cc(L_CM), "2025-03-06", tnm_value("cM0"), profile=P_TNM_M)
    c.obs(cc(L_STAGE_C), "2025-03-06", ("valueCodeableConcept", txt("IIIB")))
    c.service_request(txt("Long-course pelvic chemoradiation, 50.4 Gy in 28 fractions, then TME"), "2025-03-20")
    return c


@case
def crc_05():
    c = Case("lab6-colorectal-05", "colorectal", "supported",
             svc_hc("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg"), "2026-01-20",
             "66-year-old woman with KRAS G12V, HER2 IHC 3+ colon cancer metastatic to lung and peritoneum after "
             "mFOLFOX6-bevacizumab, FOLFIRI-bevacizumab and trifluridine/tipiracil-bevacizumab; tumor board "
             "finds no satisfactory alternative; fam-trastuzumab deruxtecan requested.",
             "Enhertu (fam-trastuzumab deruxtecan-nxki) label section 1: unresectable or metastatic HER2-positive "
             "(IHC 3+) solid tumors after prior systemic treatment with no satisfactory alternative treatment "
             "options (accelerated approval; DESTINY-PanTumor02, DESTINY-CRC02).",
             encodings=["service HCPCS J9358", "Condition SNOMED + text", "peritoneal metastasis ICD-10-CM C78.6",
                        "HER2 18474-7 (tissue IHC) = LA11843-2", "KRAS p.Gly12Val",
                        "prior lines as text-only / brand-name MedicationStatements (mFOLFOX6 + Avastin, Lonsurf)",
                        "tumor-board free-text survey Observation"])
    c.patient("female", "1959-09-09", "Grunewald", "Helga")
    c.condition(cc(COLON_SCT, text="Adenocarcinoma of transverse colon"), "2022-11-14", primary=True)
    c.condition(cc(cd(SCT, "94391008", "Secondary malignant neoplasm of lung (disorder)")), "2022-11-20")
    c.condition(cc(cd(ICD10, "C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum")),
                "2024-09-02")
    c.variant("2022-12-01", HGNC_G["KRAS"], protein="p.Gly12Val", source="somatic")
    c.obs(cc(L_HER2_TISSUE), "2022-12-01", ("valueCodeableConcept", cc(LA_HER2[3])))
    c.med_statement(txt("mFOLFOX6 + Avastin"), "2022-12-12", "2023-10-30", status="completed",
                    reason_text="progression")
    c.med_statement(txt("FOLFIRI + bevacizumab"), "2023-11-13", "2024-12-16", status="completed",
                    reason_text="progression")
    c.med_statement(txt("Lonsurf 35 mg/m2 BID d1-5, d8-12 + bevacizumab"), "2025-01-06", "2025-12-15",
                    status="stopped", reason_text="progression")
    c.note_obs("GI tumor board", "2026-01-14",
               "HER2 IHC 3+. KRAS-mutant: anti-EGFR and tucatinib/trastuzumab not appropriate. Progressed on "
               "fluoropyrimidine, oxaliplatin, irinotecan, anti-VEGF and trifluridine/tipiracil. No satisfactory "
               "alternative treatment options; recommend trastuzumab deruxtecan.")
    return c


@case
def crc_06():
    c = Case("lab6-colorectal-06", "colorectal", "supported", svc_hc("J9055", "Injection, cetuximab, 10 mg"),
             "2025-07-14",
             "75-year-old man with KRAS/NRAS/BRAF wild-type, EGFR-expressing rectosigmoid cancer metastatic to liver "
             "after CAPOX and then FOLFIRI; single-agent cetuximab requested.",
             "Erbitux (cetuximab) label section 1: K-Ras wild-type, EGFR-expressing metastatic colorectal cancer as "
             "a single agent in patients who have failed oxaliplatin- and irinotecan-based chemotherapy or are "
             "intolerant to irinotecan (CO.17); limitation of use: not for Ras-mutant disease or unknown Ras status.",
             encodings=["service HCPCS J9055", "Condition ICD-10-CM only (C19)",
                        "KRAS/NRAS/BRAF as Genomics Reporting variants Absent (LA9634-2)",
                        "EGFR expression as text-coded IHC Observation valueString",
                        "prior CAPOX / FOLFIRI as MedicationRequest completed/stopped RxNorm with statusReason text"])
    c.patient("male", "1950-05-15", "Pellegrini", "Marco")
    c.condition(cc(cd(ICD10, "C19", "Malignant neoplasm of rectosigmoid junction")), "2023-09-04", primary=True)
    c.condition(cc(cd(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                "2023-09-12")
    for g in ("KRAS", "NRAS", "BRAF"):
        c.variant("2023-09-25", HGNC_G[g], present=False)
    c.obs(txt("EGFR immunohistochemistry (pharmDx)"), "2023-09-25",
          ("valueString", "Positive: membranous staining in 70% of tumor cells"))
    c.med_request(rx("32592", "oxaliplatin"), "2023-10-02", status="completed")
    c.med_request(rx("194000", "capecitabine"), "2023-10-02", status="completed")
    c.med_request(rx("51499", "irinotecan"), "2024-05-06", status="stopped", reason_text="disease progression")
    c.med_request(rx("4492", "fluorouracil"), "2024-05-06", status="stopped", reason_text="disease progression")
    c.report(txt("CT chest/abdomen/pelvis"), "2025-06-23",
             "New and enlarging liver metastases: progressive disease after FOLFIRI.")
    return c


@case
def crc_07():
    c = Case("lab6-colorectal-07", "colorectal", "needs-documentation", svc_rx("2625882", "adagrasib"),
             "2025-11-03",
             "61-year-old man with colon cancer metastatic to liver progressing after FOLFOX and FOLFIRI; KRAS/NRAS/"
             "BRAF NGS ordered but not resulted; adagrasib with cetuximab requested.",
             "Krazati (adagrasib) label section 1: with cetuximab for KRAS G12C-mutated locally advanced or "
             "metastatic CRC (FDA-approved test) after fluoropyrimidine-, oxaliplatin- and irinotecan-based "
             "chemotherapy; KRYSTAL-1. The KRAS result is absent.",
             missing=["kras"],
             encodings=["Condition SNOMED only", "liver metastasis SNOMED", "prior lines MedicationStatement RxNorm",
                        "pending NGS as ServiceRequest", "MSI 81695-9 = SNOMED Negative + text 'MSS'"])
    c.patient("male", "1964-02-02", "Osei", "Kwame")
    c.condition(cc(COLON_SCT), "2024-01-22", primary=True)
    c.condition(cc(LIVER_MET_SCT), "2024-01-30")
    c.obs(cc(L_MSI), "2024-02-06", ("valueCodeableConcept", cc(S_NEG, text="MSS")))
    for ing, disp in (("32592", "oxaliplatin"), ("4492", "fluorouracil")):
        c.med_statement(rx(ing, disp), "2024-02-19", "2024-09-30", status="completed")
    for ing, disp in (("51499", "irinotecan"), ("4492", "fluorouracil")):
        c.med_statement(rx(ing, disp), "2024-10-21", "2025-10-06", status="stopped", reason_text="progression")
    c.service_request(txt("KRAS/NRAS/BRAF next-generation sequencing, tissue"), "2025-10-09")
    c.med_request(rx("318341", "cetuximab"), "2025-10-28", status="draft", intent="proposal")
    return c


@case
def crc_08():
    c = Case("lab6-colorectal-08", "colorectal", "needs-documentation", svc_rx("194000", "capecitabine"),
             "2025-05-19",
             "52-year-old woman with biopsy-proven rectal adenocarcinoma; CT shows no distant metastases but the "
             "staging pelvic MRI has not been done, so T and N are unknown; capecitabine requested with pelvic "
             "radiation.",
             "Xeloda (capecitabine) label section 1: perioperative treatment of locally advanced rectal cancer as a "
             "component of chemoradiotherapy; without T/N staging 'locally advanced' can be neither confirmed nor "
             "excluded.",
             missing=["stage"],
             encodings=["Condition ICD-10-CM only (C20)", "colonoscopy with biopsy CPT 45380",
                        "cM0 from CT report text only", "pelvic MRI as ServiceRequest, no T/N"], ref_style="urn")
    c.patient("female", "1973-08-27", "Moreau", "Claire")
    c.condition(cc(cd(ICD10, "C20", "Malignant neoplasm of rectum")), "2025-04-22", primary=True)
    c.procedure(cc(cd(CPT, "45380", "Colonoscopy, flexible; with biopsy, single or multiple")), "2025-04-22")
    c.report(txt("CT chest/abdomen/pelvis"), "2025-04-30", "No evidence of distant metastatic disease.")
    c.service_request(txt("MRI pelvis, rectal cancer staging protocol"), "2025-04-30", note="Not yet scheduled.")
    c.note_obs("Oncology plan", "2025-05-12", "Plan neoadjuvant chemoradiation with capecitabine.")
    return c


@case
def crc_09():
    c = Case("lab6-colorectal-09", "colorectal", "needs-documentation", svc_rx("1547545", "pembrolizumab"),
             "2025-06-09",
             "77-year-old man with untreated cecal adenocarcinoma metastatic to liver; the pathology report says "
             "mismatch-repair immunostains will follow in an addendum and no MSI/MMR result exists; first-line "
             "pembrolizumab requested.",
             "Keytruda (pembrolizumab) label section 1 (CRC): unresectable or metastatic MSI-H or dMMR colorectal "
             "cancer as determined by an FDA-approved test (KEYNOTE-177); the MSI/MMR result is absent.",
             missing=["msi"],
             encodings=["Condition SNOMED + ICD-10-CM C18.0", "liver metastasis ICD-10-CM",
                        "stage group 21908-9 SNOMED stage IV",
                        "pathology DiagnosticReport with presentedForm text/plain (base64) mentioning the pending MMR addendum"])
    c.patient("male", "1947-10-10", "Gallagher", "Seamus")
    c.condition(cc(COLON_SCT, cd(ICD10, "C18.0", "Malignant neoplasm of cecum")), "2025-05-01", primary=True)
    c.condition(cc(cd(ICD10, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")),
                "2025-05-08")
    c.obs(cc(L_STAGE_C), "2025-05-12", ("valueCodeableConcept", cc(STAGE_IV_SCT, text="IVA")))
    c.report(txt("Surgical pathology report"), "2025-05-06", category="SP", title="Surgical pathology",
             presented="SURGICAL PATHOLOGY\nSpecimen: cecal mass, endoscopic biopsies\nDiagnosis: invasive "
                       "adenocarcinoma, moderately differentiated.\nComment: mismatch repair protein "
                       "immunohistochemistry (MLH1, PMS2, MSH2, MSH6) to follow in an addendum.\n")
    return c


@case
def crc_10():
    c = Case("lab6-colorectal-10", "colorectal", "refer-to-reviewer", svc_rx("2625882", "adagrasib"),
             "2025-08-04",
             "54-year-old woman with newly diagnosed KRAS G12C transverse-colon cancer metastatic to lung, no prior "
             "systemic therapy (declines chemotherapy); first-line adagrasib with cetuximab requested.",
             "Krazati (adagrasib) label section 1: the CRC indication requires prior fluoropyrimidine-, "
             "oxaliplatin- and irinotecan-based chemotherapy (KRYSTAL-1 enrolled previously treated patients); "
             "a documented treatment-naive patient contradicts the label.",
             encodings=["Condition ICD-10-CM C18.4 + SNOMED", "KRAS Genomics Reporting variant, one-letter p.G12C + cHGVS",
                        "oncology note stating no prior systemic therapy", "lung metastasis SNOMED"])
    c.patient("female", "1971-01-31", "Nakamura", "Aiko")
    c.condition(cc(cd(ICD10, "C18.4", "Malignant neoplasm of transverse colon"), COLON_SCT), "2025-07-08",
                primary=True)
    c.condition(cc(cd(SCT, "94391008", "Secondary malignant neoplasm of lung (disorder)")), "2025-07-15")
    c.variant("2025-07-22", HGNC_G["KRAS"], protein="p.G12C", dna="c.34G>T", source="somatic")
    c.note_obs("Medical oncology consult", "2025-07-29",
               "Newly diagnosed metastatic colon cancer. No prior systemic therapy. Patient declines cytotoxic "
               "chemotherapy; requests first-line adagrasib + cetuximab.")
    return c


@case
def crc_11():
    c = Case("lab6-colorectal-11", "colorectal", "refer-to-reviewer",
             svc_hc("J9358", "Injection, fam-trastuzumab deruxtecan-nxki, 1 mg"), "2025-12-15",
             "64-year-old man with KRAS G12D rectal cancer metastatic to liver and lung after three lines of "
             "therapy; HER2 IHC 2+ with ISH not amplified; fam-trastuzumab deruxtecan requested.",
             "Enhertu (fam-trastuzumab deruxtecan-nxki) label section 1: the tumor-agnostic indication requires "
             "HER2-positive (IHC 3+) solid tumors (DESTINY-PanTumor02); IHC 2+ / ISH-negative contradicts it.",
             encodings=["service HCPCS J9358", "Condition SNOMED rectum + ICD-10-CM C20",
                        "HER2 18474-7 = LA11842-4 (2+)", "HER2 ISH as text-coded Observation valueString",
                        "prior lines MedicationStatement RxNorm and brand text"], ref_style="urn")
    c.patient("male", "1961-03-13", "Hoffmann", "Jurgen")
    c.condition(cc(RECTUM_SCT, cd(ICD10, "C20", "Malignant neoplasm of rectum")), "2023-02-06", primary=True)
    c.condition(cc(LIVER_MET_SCT), "2023-02-14")
    c.variant("2023-02-27", HGNC_G["KRAS"], protein="p.Gly12Asp", source="somatic")
    c.obs(cc(L_HER2_TISSUE), "2025-11-10", ("valueCodeableConcept", cc(LA_HER2[2])))
    c.obs(txt("HER2 ISH (colorectal)"), "2025-11-18", ("valueString", "Not amplified (HER2/CEP17 ratio 1.6)"))
    c.med_statement(rx("32592", "oxaliplatin"), "2023-03-06", "2023-11-20", status="completed")
    c.med_statement(rx("51499", "irinotecan"), "2023-12-11", "2024-10-14", status="completed")
    c.med_statement(txt("Lonsurf (trifluridine/tipiracil)"), "2024-11-04", "2025-10-27", status="stopped",
                    reason_text="progression")
    return c


@case
def crc_12():
    c = Case("lab6-colorectal-12", "colorectal", "refer-to-reviewer", svc_rx("194000", "capecitabine"),
             "2025-10-20",
             "67-year-old man with MRI-staged cT2 cN0 cM0 (stage I) low rectal adenocarcinoma; capecitabine "
             "requested with pelvic radiation before surgery.",
             "Xeloda (capecitabine) label section 1: the rectal indication is perioperative chemoradiotherapy for "
             "locally advanced rectal cancer; the other CRC indications are stage III colon (adjuvant) and "
             "unresectable/metastatic disease. Stage I (T2 N0 M0) rectal cancer contradicts all three.",
             encodings=["Condition SNOMED only (363351006)", "clinical T/N/M SNOMED qualifiers",
                        "stage group 21908-9 text 'I'"])
    c.patient("male", "1958-06-25", "Eriksen", "Anders")
    c.condition(cc(RECTUM_SCT), "2025-09-15", primary=True)
    c.obs(cc(L_CT), "2025-09-29", tnm_value("cT2"), profile=P_TNM_T)
    c.obs(cc(L_CN), "2025-09-29", tnm_value("cN0"), profile=P_TNM_N)
    c.obs(cc(L_CM), "2025-09-29", tnm_value("cM0"), profile=P_TNM_M)
    c.obs(cc(L_STAGE_C), "2025-09-29", ("valueCodeableConcept", txt("I")))
    c.note_obs("Oncology plan", "2025-10-14", "Plan: capecitabine with pelvic radiotherapy, then TME.")
    return c


# =============================================================================== PROSTATE
@case
def prostate_01():
    c = Case("lab6-prostate-01", "prostate", "supported", svc_rx("1307298", "XTANDI (enzalutamide)"),
             "2025-04-28",
             "74-year-old man on leuprolide since 2021 with testosterone 0.6 nmol/L (~17 ng/dL), PSA rising "
             "2.1 -> 4.8 -> 9.6 ng/mL and new bone metastases; enzalutamide requested.",
             "Xtandi (enzalutamide) label section 1: castration-resistant prostate cancer (CRPC); PREVAIL / AFFIRM.",
             encodings=["service RxNorm ingredient with brand in display", "Condition ICD-10-CM C61 only",
                        "castration resistance only from labs: testosterone 14913-8 in nmol/L + PSA 2857-1 series",
                        "ADT as text-only brand MedicationStatement ('Lupron Depot 22.5 mg')",
                        "bone metastasis ICD-10-CM C79.51 + bone scan conclusion"])
    c.patient("male", "1951-04-19", "Bianchi", "Giorgio")
    c.condition(cc(cd(ICD10, "C61", "Malignant neoplasm of prostate")), "2021-06-03", primary=True)
    c.med_statement(txt("Lupron Depot 22.5 mg IM every 3 months"), "2021-07-01", status="active")
    c.obs(cc(L_PSA), "2024-10-14", ("valueQuantity", qty(2.1, "ng/mL")))
    c.obs(cc(L_PSA), "2025-01-13", ("valueQuantity", qty(4.8, "ng/mL")))
    c.obs(cc(L_PSA), "2025-04-10", ("valueQuantity", qty(9.6, "ng/mL")))
    c.obs(cc(L_TESTO_MOL), "2025-04-10", ("valueQuantity", qty(0.6, "nmol/L")))
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-04-17")
    c.report(txt("Whole-body bone scan"), "2025-04-17", "New osseous metastases at L3 and right iliac bone.")
    return c


@case
def prostate_02():
    c = Case("lab6-prostate-02", "prostate", "supported", svc_rx("1100072", "abiraterone"), "2025-09-08",
             "76-year-old man with castration-resistant prostate cancer metastatic to bone who completed six "
             "cycles of docetaxel in February 2025 and is progressing; abiraterone requested with prednisone.",
             "Zytiga (abiraterone acetate) label section 1: with prednisone for metastatic castration-resistant "
             "prostate cancer (COU-AA-301 after docetaxel, COU-AA-302) or metastatic high-risk CSPC.",
             encodings=["mCODE primary condition SNOMED + ICD-10-CM with ICD-O-3 8140/3",
                        "castration resistance as ICD-10-CM Z19.2 with text 'castration-resistant'",
                        "docetaxel MedicationAdministration RxNorm", "testosterone 2986-8 ng/dL",
                        "bone metastasis mCODE secondary condition SNOMED", "prednisone MedicationRequest RxNorm"],
             ref_style="urn")
    c.patient("male", "1949-08-08", "Olsen", "Bjorn")
    prim = c.condition(cc(PROSTATE_SCT, cd(ICD10, "C61", "Malignant neoplasm of prostate")), "2022-03-01",
                       primary=True, profile=P_PRIMARY, histology=icdo3("8140/3", "Adenocarcinoma, NOS"))
    c.condition(cc(BONE_MET_SCT), "2024-08-12", profile=P_SECONDARY, related=prim)
    c.condition(cc(cd(ICD10, "Z19.2", "Hormone resistant malignancy status"), text="castration-resistant"),
                "2024-08-12")
    for d in ("2024-09-16", "2024-10-07", "2024-10-28", "2024-11-18", "2024-12-09", "2025-02-03"):
        c.med_admin(rx("72962", "docetaxel"), d)
    c.obs(cc(L_TESTO), "2025-08-25", ("valueQuantity", qty(18, "ng/dL")))
    c.obs(cc(L_PSA), "2025-08-25", ("valueQuantity", qty(31.0, "ng/mL")))
    c.med_request(rx("8640", "prednisone"), "2025-09-02")
    return c


@case
def prostate_03():
    c = Case("lab6-prostate-03", "prostate", "supported", svc_hc("J9155", "Injection, degarelix, 1 mg"),
             "2025-02-03",
             "68-year-old man with newly diagnosed Gleason 4+4 prostate adenocarcinoma, PSA 86 ng/mL, pelvic nodal "
             "and bone metastases; degarelix requested.",
             "Firmagon (degarelix) label section 1: treatment of adult patients with advanced prostate cancer; "
             "CS21.",
             encodings=["service HCPCS J9155", "Condition text only", "metastases ICD-10-CM C79.51 / C77.5",
                        "stage group 21908-9 text 'IVB' + M category text 'cM1b'", "PSA 2857-1"])
    c.patient("male", "1956-12-05", "Quinn", "Desmond")
    c.condition(txt("Adenocarcinoma of prostate, Gleason 4+4=8"), "2025-01-09", primary=True)
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-01-20")
    c.condition(cc(cd(ICD10, "C77.5", "Secondary and unspecified malignant neoplasm of intrapelvic lymph nodes")),
                "2025-01-20")
    c.obs(cc(L_PSA), "2025-01-06", ("valueQuantity", qty(86, "ng/mL")))
    c.obs(cc(L_CM), "2025-01-22", ("valueCodeableConcept", txt("cM1b")), profile=P_TNM_M)
    c.obs(cc(L_STAGE_C), "2025-01-22", ("valueCodeableConcept", txt("IVB")))
    return c


@case
def prostate_04():
    c = Case("lab6-prostate-04", "prostate", "supported", svc_rx("2099704", "talazoparib"), "2025-06-16",
             "71-year-old man after bilateral orchiectomy (2020) with rising PSA at testosterone <20 ng/dL and bone "
             "metastases, somatic BRCA2 frameshift on tissue NGS, no prior therapy for CRPC; talazoparib requested "
             "with enzalutamide.",
             "Talzenna (talazoparib) label section 1: with enzalutamide for HRR gene-mutated metastatic "
             "castration-resistant prostate cancer; TALAPRO-2.",
             encodings=["Condition SNOMED only", "hormone-refractory status SNOMED 427492003",
                        "orchiectomy as text-only Procedure", "testosterone valueQuantity with comparator '<'",
                        "BRCA2 variant: frameshift three-letter pHGVS with transcript cHGVS, somatic, pathogenic",
                        "enzalutamide partner MedicationRequest RxNorm"])
    c.patient("male", "1954-03-30", "Varga", "Laszlo")
    c.condition(cc(PROSTATE_SCT), "2020-09-14", primary=True)
    c.procedure(txt("Bilateral simple orchiectomy"), "2020-10-01")
    c.condition(cc(cd(SCT, "427492003", "Hormone refractory prostate cancer (disorder)")), "2025-04-14")
    c.condition(cc(BONE_MET_SCT), "2025-04-14")
    tq = qty(20, "ng/dL")
    tq["comparator"] = "<"
    tq.move_to_end("comparator", last=False)
    c.obs(cc(L_TESTO), "2025-03-31", ("valueQuantity", tq))
    for d, v in (("2024-10-07", 1.4), ("2025-01-06", 3.9), ("2025-03-31", 8.8)):
        c.obs(cc(L_PSA), d, ("valueQuantity", qty(v, "ng/mL")))
    c.variant("2025-05-20", HGNC_G["BRCA2"], dna="NM_000059.4:c.9097dup", protein="p.(Thr3033AsnfsTer11)",
              source="somatic", significance=LA_PATHOGENIC)
    c.med_request(rx("1307298", "enzalutamide"), "2025-06-10")
    return c


@case
def prostate_05():
    c = Case("lab6-prostate-05", "prostate", "supported",
             svc_rx("1918231", "AKEEGA (niraparib and abiraterone acetate)"), "2025-10-13",
             "68-year-old man on leuprolide with castration-resistant prostate cancer metastatic to bone and "
             "nodes and a germline pathogenic BRCA1 variant; the niraparib/abiraterone fixed-dose tablet "
             "(Akeega) requested with prednisone.",
             "Akeega (niraparib and abiraterone acetate) label section 1: with prednisone for adults with "
             "deleterious or suspected deleterious BRCA-mutated metastatic castration-resistant prostate cancer, "
             "selected by an FDA-approved test; MAGNITUDE cohort 1.",
             encodings=["service RxNorm ingredient niraparib with brand Akeega in display",
                        "the order itself as a draft MedicationRequest coded by NDC 57894-050-60",
                        "Condition ICD-10-CM + SNOMED, castration resistance ICD-10-CM Z19.2",
                        "leuprolide MedicationAdministration HCPCS J9217",
                        "BRCA1 variant: germline LA6683-2, pathogenic LA6668-3, three-letter frameshift"],
             ref_style="urn")
    c.patient("male", "1957-05-25", "Reyes", "Alejandro")
    c.condition(cc(cd(ICD10, "C61", "Malignant neoplasm of prostate"), PROSTATE_SCT), "2019-05-06", primary=True)
    c.condition(cc(cd(ICD10, "Z19.2", "Hormone resistant malignancy status")), "2025-08-18")
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-08-18")
    c.condition(cc(cd(ICD10, "C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes")),
                "2025-08-18")
    for d in ("2025-01-13", "2025-04-14", "2025-07-14"):
        c.med_admin(hc("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), d,
                    note="22.5 mg depot (3 units)")
    c.obs(cc(L_TESTO), "2025-08-11", ("valueQuantity", qty(14, "ng/dL")))
    c.variant("2025-09-15", HGNC_G["BRCA1"], dna="NM_007294.4:c.5266dup", protein="p.(Gln1756ProfsTer74)",
              source="germline", significance=LA_PATHOGENIC)
    c.med_request(cc(cd(NDC, "57894-050-60", "AKEEGA (niraparib 50 mg / abiraterone acetate 500 mg) tablet")),
                  "2025-10-06", status="draft", intent="order")
    c.med_request(rx("8640", "prednisone"), "2025-10-06", status="draft", intent="order")
    return c


@case
def prostate_06():
    c = Case("lab6-prostate-06", "prostate", "supported",
             svc_hc("J9202", "Goserelin acetate implant, per 3.6 mg"), "2025-12-08",
             "80-year-old man with newly diagnosed prostate cancer, PSA 240 ng/mL and widespread bone metastases; "
             "goserelin 10.8 mg implant requested.",
             "Zoladex (goserelin implant) label section 1: palliative treatment of advanced carcinoma of the "
             "prostate (also, with flutamide and radiation, locally confined stage T2b-T4 disease).",
             encodings=["service HCPCS J9202", "Condition SNOMED only", "stage group 21908-9 SNOMED stage IV + text 'IVB'",
                        "bone metastasis SNOMED", "bone scan DiagnosticReport conclusion"])
    c.patient("male", "1945-11-02", "Mbeki", "Thabo")
    c.condition(cc(PROSTATE_SCT), "2025-11-10", primary=True)
    c.condition(cc(BONE_MET_SCT), "2025-11-20")
    c.obs(cc(L_PSA), "2025-11-03", ("valueQuantity", qty(240, "ng/mL")))
    c.report(txt("Whole-body bone scan"), "2025-11-20",
             "Innumerable osseous metastases involving spine, pelvis, ribs and proximal femora.")
    c.obs(cc(L_STAGE_C), "2025-11-24", ("valueCodeableConcept", cc(STAGE_IV_SCT, text="IVB")))
    return c


@case
def prostate_07():
    c = Case("lab6-prostate-07", "prostate", "needs-documentation", svc_rx("2099704", "talazoparib"),
             "2025-08-25",
             "74-year-old man on degarelix with metastatic castration-resistant prostate cancer (testosterone "
             "11 ng/dL, PSA rising, bone metastases); liquid-biopsy HRR panel ordered but not resulted; "
             "talazoparib requested with enzalutamide.",
             "Talzenna (talazoparib) label section 1: with enzalutamide for HRR gene-mutated mCRPC "
             "(TALAPRO-2); the HRR result is absent.",
             missing=["hrr"],
             encodings=["Condition ICD-10-CM C61 + Z19.2", "degarelix MedicationStatement RxNorm active (open period)",
                        "pending HRR panel as ServiceRequest", "PSA series + testosterone 2986-8"])
    c.patient("male", "1950-10-21", "Kerr", "Angus")
    c.condition(cc(cd(ICD10, "C61", "Malignant neoplasm of prostate")), "2022-05-09", primary=True)
    c.med_statement(rx("475230", "degarelix"), "2022-06-01", status="active")
    c.condition(cc(cd(ICD10, "Z19.2", "Hormone resistant malignancy status")), "2025-07-21")
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-07-21")
    c.obs(cc(L_TESTO), "2025-07-14", ("valueQuantity", qty(11, "ng/dL")))
    for d, v in (("2025-01-13", 0.9), ("2025-04-14", 2.6), ("2025-07-14", 6.1)):
        c.obs(cc(L_PSA), d, ("valueQuantity", qty(v, "ng/mL")))
    c.service_request(txt("FoundationOne Liquid CDx (HRR genes)"), "2025-08-04", note="Specimen sent 2025-08-05.")
    c.med_request(rx("1307298", "enzalutamide"), "2025-08-18", status="draft", intent="order")
    return c


@case
def prostate_08():
    c = Case("lab6-prostate-08", "prostate", "needs-documentation", svc_rx("1100072", "abiraterone"),
             "2025-11-24",
             "72-year-old man with Gleason 3+4 prostate cancer and two bone metastases (no visceral disease) "
             "started on Eligard in January 2025; PSA fell then rose 3.1 -> 3.9 -> 6.2 ng/mL, but no testosterone "
             "level is on file; abiraterone requested with prednisone.",
             "Zytiga (abiraterone acetate) label section 1: with prednisone for metastatic CRPC or metastatic "
             "high-risk CSPC (LATITUDE high risk: >= 2 of Gleason >= 8, >= 3 bone lesions, visceral metastasis). "
             "This patient is not high-risk, so only the CRPC route remains, and castration resistance "
             "(castrate testosterone with PSA progression) is not documented.",
             missing=["castration_resistant"],
             encodings=["Condition SNOMED + text", "Gleason 35266-6 valueInteger 7",
                        "bone lesion count only in bone-scan conclusion text", "ADT as brand text MedicationStatement 'Eligard 45 mg'",
                        "PSA series, no testosterone"])
    c.patient("male", "1953-01-14", "Dubois", "Henri")
    c.condition(cc(PROSTATE_SCT, text="Prostate adenocarcinoma, Gleason 3+4=7"), "2018-02-05", primary=True)
    c.obs(cc(L_GLEASON), "2018-02-05", ("valueInteger", 7))
    c.report(txt("Whole-body bone scan"), "2025-01-08",
             "Two osseous metastases (T10 vertebral body, left ilium). No other lesions.")
    c.report(txt("CT chest/abdomen/pelvis"), "2025-01-08", "No visceral or nodal metastases.")
    c.med_statement(txt("Eligard 45 mg SC every 6 months"), "2025-01-15", status="active")
    for d, v in (("2025-01-06", 24.0), ("2025-04-07", 3.1), ("2025-08-04", 3.9), ("2025-11-03", 6.2)):
        c.obs(cc(L_PSA), d, ("valueQuantity", qty(v, "ng/mL")))
    c.med_request(rx("8640", "prednisone"), "2025-11-17", status="draft", intent="order")
    return c


@case
def prostate_09():
    c = Case("lab6-prostate-09", "prostate", "needs-documentation", svc_hc("J9155", "Injection, degarelix, 1 mg"),
             "2025-03-17",
             "62-year-old man with newly diagnosed Gleason 4+3 prostate cancer, PSA 14.2 ng/mL; staging PSMA PET "
             "ordered but not done and no clinical stage recorded; degarelix requested.",
             "Firmagon (degarelix) label section 1: advanced prostate cancer; without any staging the record "
             "neither shows nor excludes advanced disease.",
             missing=["stage"],
             encodings=["Condition ICD-10-CM C61 only", "prostate biopsy CPT 55700", "Gleason 35266-6 valueString '4+3=7'",
                        "PSMA PET as ServiceRequest only"], ref_style="urn")
    c.patient("male", "1962-07-17", "Novotny", "Tomas")
    c.condition(cc(cd(ICD10, "C61", "Malignant neoplasm of prostate")), "2025-02-20", primary=True)
    c.procedure(cc(cd(CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach")),
                "2025-02-20")
    c.obs(cc(L_GLEASON), "2025-02-24", ("valueString", "4+3=7"))
    c.obs(cc(L_PSA), "2025-02-10", ("valueQuantity", qty(14.2, "ng/mL")))
    c.service_request(txt("PSMA PET/CT (piflufolastat F 18), initial staging"), "2025-03-03")
    return c


@case
def prostate_10():
    c = Case("lab6-prostate-10", "prostate", "refer-to-reviewer", svc_rx("2099704", "talazoparib"), "2025-05-05",
             "77-year-old man with mCRPC (testosterone 0.5 nmol/L, Z19.2, bone metastases) whose tissue HRR panel "
             "found no pathogenic variant in any of the 12 HRR genes; talazoparib requested with enzalutamide.",
             "Talzenna (talazoparib) label section 1: prostate use limited to HRR gene-mutated mCRPC with "
             "enzalutamide (TALAPRO-2); a negative HRR panel contradicts the label.",
             encodings=["Condition ICD-10-CM C61 + Z19.2", "testosterone 14913-8 nmol/L",
                        "HRR panel DiagnosticReport 51969-4 conclusion 'no pathogenic variants detected' with BRCA1/BRCA2 Absent results",
                        "bone metastasis ICD-10-CM"])
    c.patient("male", "1948-06-06", "Fitzgerald", "Brendan")
    c.condition(cc(cd(ICD10, "C61", "Malignant neoplasm of prostate")), "2017-11-20", primary=True)
    c.condition(cc(cd(ICD10, "Z19.2", "Hormone resistant malignancy status")), "2025-03-10")
    c.condition(cc(cd(ICD10, "C79.51", "Secondary malignant neoplasm of bone")), "2025-03-10")
    c.obs(cc(L_TESTO_MOL), "2025-03-03", ("valueQuantity", qty(0.5, "nmol/L")))
    b1 = c.variant("2025-04-14", HGNC_G["BRCA1"], present=False)
    b2 = c.variant("2025-04-14", HGNC_G["BRCA2"], present=False)
    c.report(cc(L_GENREP, text="Prostate HRR gene panel (tissue)"), "2025-04-14",
             "No pathogenic variants detected in ATM, ATR, BRCA1, BRCA2, CDK12, CHEK2, FANCA, MLH1, MRE11A, NBN, "
             "PALB2 or RAD51C.", category="GE", results=[b1, b2])
    c.med_request(rx("1307298", "enzalutamide"), "2025-04-28", status="draft", intent="order")
    return c


@case
def prostate_11():
    c = Case("lab6-prostate-11", "prostate", "refer-to-reviewer", svc_hc("J9155", "Injection, degarelix, 1 mg"),
             "2025-09-29",
             "57-year-old man on active surveillance for cT1c N0 M0 Gleason 3+3 prostate cancer, PSA 5.4 ng/mL; "
             "degarelix requested.",
             "Firmagon (degarelix) label section 1: advanced prostate cancer only (CS21 enrolled patients "
             "needing androgen deprivation); low-risk localized disease on active surveillance contradicts it.",
             encodings=["service HCPCS J9155", "Condition SNOMED + ICD-10-CM", "clinical T/N/M SNOMED qualifiers with text 'cT1c'",
                        "stage group 21908-9 text 'I'", "Gleason valueString '3+3=6'", "active-surveillance note"])
    c.patient("male", "1968-09-09", "Andersson", "Nils")
    c.condition(cc(PROSTATE_SCT, cd(ICD10, "C61", "Malignant neoplasm of prostate")), "2024-08-12", primary=True)
    c.obs(cc(L_GLEASON), "2024-08-15", ("valueString", "3+3=6"))
    c.obs(cc(L_CT), "2024-08-20", tnm_value("cT1", "cT1c"), profile=P_TNM_T)
    c.obs(cc(L_CN), "2024-08-20", tnm_value("cN0"), profile=P_TNM_N)
    c.obs(cc(L_CM), "2024-08-20", tnm_value("cM0"), profile=P_TNM_M)
    c.obs(cc(L_STAGE_C), "2024-08-20", ("valueCodeableConcept", txt("I")))
    c.obs(cc(L_PSA), "2025-09-15", ("valueQuantity", qty(5.4, "ng/mL")))
    c.note_obs("Urology note", "2025-09-22", "Low-risk disease on active surveillance; stable PSA.")
    return c


@case
def prostate_12():
    c = Case("lab6-prostate-12", "prostate", "refer-to-reviewer", svc_rx("1100072", "abiraterone"), "2026-02-09",
             "73-year-old man after radical prostatectomy (2016) on ADT with castrate testosterone and rising PSA "
             "(non-metastatic CRPC), CT and bone scan negative for metastases; abiraterone requested with prednisone.",
             "Zytiga (abiraterone acetate) label section 1: metastatic CRPC or metastatic high-risk CSPC only; "
             "documented M0 disease on conventional imaging contradicts the label.",
             encodings=["Condition ICD-10-CM C61 + Z19.2", "prostatectomy CPT 55866", "PSA series + testosterone 2986-8",
                        "distant metastasis category 21907-1 = SNOMED cM0", "negative imaging DiagnosticReport conclusion"])
    c.patient("male", "1952-02-29", "Schultz", "Dieter")
    c.condition(cc(cd(ICD10, "C61", "Malignant neoplasm of prostate")), "2016-05-02", primary=True)
    c.procedure(cc(cd(CPT, "55866", "Laparoscopy, surgical prostatectomy, retropubic radical, including nerve sparing, includes robotic assistance")),
                "2016-06-14")
    c.med_statement(rx("42375", "leuprolide"), "2021-03-01", status="active")
    c.condition(cc(cd(ICD10, "Z19.2", "Hormone resistant malignancy status")), "2025-12-15")
    c.obs(cc(L_TESTO), "2026-01-12", ("valueQuantity", qty(12, "ng/dL")))
    for d, v in (("2025-06-09", 1.2), ("2025-09-08", 2.3), ("2026-01-12", 4.4)):
        c.obs(cc(L_PSA), d, ("valueQuantity", qty(v, "ng/mL")))
    c.report(txt("CT chest/abdomen/pelvis and whole-body bone scan"), "2026-01-20",
             "No evidence of nodal, visceral or osseous metastatic disease.")
    c.obs(cc(L_CM), "2026-01-20", tnm_value("cM0"), profile=P_TNM_M)
    c.med_request(rx("8640", "prednisone"), "2026-02-02", status="draft", intent="order")
    return c


# ---------------------------------------------------------------- output
def build():
    return [fn() for fn in CASES]


def md_escape(s):
    return s.replace("|", "\\|")


def write(cases):
    OUT_JSON.write_text(json.dumps({"cases": [c.to_json() for c in cases]}, indent=1, ensure_ascii=False) + "\n")
    counts = Counter((c.cancer, c.expected) for c in cases)
    lines = [
        "# Necessity label cases, set 6 (held out)",
        "",
        f"Generated by `{GENERATOR}` (stdlib Python, deterministic, uuid5 namespace `{NAMESPACE}`); "
        "do not edit `label-cases-6.json` or this file by hand.",
        "",
        "Written blind (without reading the engine, `pathways/` or the project's case generators) from the "
        "current US FDA label section 1 (Indications and Usage) and the pivotal trial of each requested drug. "
        "Expected values: `supported` = every label requirement is documented in the record; "
        "`needs-documentation` = one required fact is simply absent (listed in `expected_missing`; an engine may "
        "list more); `refer-to-reviewer` = the record contradicts the label. The engine never denies.",
        "",
        "The set deliberately uses drugs, settings and encodings that sets 1-5 did not: first-line pertuzumab, "
        "metastatic T-DM1, adjuvant/metastatic trastuzumab (and biosimilar HCPCS Q-codes), KEYNOTE-355, "
        "palbociclib/ribociclib/abemaciclib with fulvestrant or an AI, fulvestrant monotherapy, first-line "
        "alectinib, pemetrexed, KEYNOTE-407, LAURA osimertinib, bevacizumab (biosimilar) in NSCLC and CRC, "
        "afatinib for G719A, crizotinib, adagrasib + cetuximab in CRC, irinotecan, capecitabine chemoradiation for "
        "rectal cancer, tumor-agnostic trastuzumab deruxtecan, single-agent cetuximab, enzalutamide for mCRPC, "
        "abiraterone after docetaxel, degarelix, goserelin, talazoparib + enzalutamide and Akeega.",
        "",
        "## Counts",
        "",
        "| cancer | supported | needs-documentation | refer-to-reviewer | total |",
        "|---|---|---|---|---|",
    ]
    tot = Counter()
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        row = [counts[(cancer, e)] for e in ("supported", "needs-documentation", "refer-to-reviewer")]
        for e, n in zip(("supported", "needs-documentation", "refer-to-reviewer"), row):
            tot[e] += n
        lines.append(f"| {cancer} | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    lines.append(f"| all | {tot['supported']} | {tot['needs-documentation']} | {tot['refer-to-reviewer']} | "
                 f"{sum(tot.values())} |")
    lines += ["", "## Cases", "",
              "| id | cancer | expected | service | description | label basis |",
              "|---|---|---|---|---|---|"]
    for c in cases:
        exp = c.expected + (f" (missing: {', '.join(c.missing)})" if c.missing else "")
        sysname = "RxNorm" if c.service["system"] == RXN else "HCPCS"
        svc = f"{c.service['display']} ({sysname} {c.service['code']})"
        lines.append(f"| `{c.cid}` | {c.cancer} | {exp} | {md_escape(svc)} | {md_escape(c.description)} "
                     f"Decision date {c.date}. | {md_escape(c.basis)} |")
    lines += ["", "## Encodings per case", ""]
    for c in cases:
        lines.append(f"- `{c.cid}`: " + "; ".join(c.encodings) + ".")
    lines += ["", CODE_NOTES.strip(), ""]
    OUT_MD.write_text("\n".join(lines))


CODE_NOTES = """
## Code provenance

- **RxNorm ingredients** (NLM RxTerms ingredient table, `assets/drug-ingredients.json` in the public
  repository GiulianoTaliano/pill-o-clock): afatinib 1430438, alectinib 1727455, crizotinib 1148495,
  selpercatinib 2370147, osimertinib 1721560, pembrolizumab 1547545, adagrasib 2625882, capecitabine 194000,
  irinotecan 51499, oxaliplatin 32592, fluorouracil 4492, leucovorin 6313, bevacizumab 253337, cetuximab
  318341, enzalutamide 1307298, abiraterone 1100072, degarelix 475230, talazoparib 2099704, niraparib 1918231,
  prednisone 8640, leuprolide 42375, docetaxel 72962, trastuzumab 224905, pertuzumab 1298944, palbociclib
  1601374, ribociclib 1873916, abemaciclib 1946825, fulvestrant 282357, anastrozole 84857, paclitaxel 56946,
  doxorubicin 3639, cyclophosphamide 3002, carboplatin 40048, cisplatin 2555, etoposide 4179, gemcitabine
  12574.
- **HCPCS** (CMS Level II file as published in the public repository wamuir/hcpcs): J9355, J9354, J9306,
  J9395, J9271, J9267, J9000, J9070, J9171, J9305, J9035, Q5107, Q5116, Q5117, Q5118, J9055, J9206, J9263,
  J9190, J0640, J9155, J9202, J9217. J9358 (fam-trastuzumab deruxtecan) from a 2026 billing reference page
  (carecostestimate.com), not from the CMS file.
- **NDC** 57894-050-60 (Akeega 50/500 mg, 60 tablets): openFDA NDC directory.
- **LOINC**: stage/TNM 21899-0, 21900-6, 21901-4, 21905-5, 21906-3, 21907-1, 21902-2, 21908-9 (mCODE);
  59847-4 Histology and Behavior ICD-O-3 Cancer; 85330-9 Ki-67; 14913-8 Testosterone [Moles/volume];
  LA11841-6 / LA11842-4 / LA11843-2 / LA6111-4 (HER2 1+/2+/3+/0); LA9622-7 / LA9623-5 / LA9624-3 (ECOG);
  the rest as in sets 4-5. Every LOINC term code's mod-10 check digit is validated by `--check`
  (answer codes LA... do not use that algorithm and are only checked for shape).
  LOINC 48001-2 is "Cytogenetic (chromosome) location", not an exon code, so variant exons are written as a
  text-coded component ("Variant exon"). No LOINC was found for the HER2/CEP17 ratio or HER2 copy number,
  so those ISH components are text-coded with UCUM annotation units.
- **SNOMED CT**: AJCC T/N/M qualifiers (cT1 1228889001, cT2 1228929004, cT3 1228938002, pT2 1229852009,
  cN0 1229967007, cN1 1229973008, cN2 1229978004, cN3 1229984001, pN1 1229951001, cM0 1229901006,
  cM1 1229903009) from a public mCODE-derived FSH value set; 307429007 After menopause; 363351006 Malignant
  tumor of rectum; 396487001 Sentinel lymph node biopsy; 1222837003 AJCC stage IV as in set 5.
- **ICD-O-3** morphology (`http://terminology.hl7.org/CodeSystem/icd-o-3`): 8140/3, 8500/3, 8520/3, 8070/3.
- **ICD-10-CM**: C18.0, C18.2, C18.4, C18.7, C19, C20, C34.11, C34.12, C34.31, C50.211, C50.411, C50.811,
  C50.911, C50.912, C61, C77.2, C77.5, C78.01, C78.02, C78.6, C78.7, C79.31, C79.51, C79.71, G70.00, Z19.2, Z78.0.
- **CPT**: 19083, 19301, 19302, 19303, 45380, 55700, 55866 (standard descriptors, not checked against an
  AMA source).

## Known judgement calls

- `lab6-breast-07`: the request is fulvestrant monotherapy (plan note). The palbociclib/abemaciclib
  combinations need prior endocrine therapy, which this endocrine-naive de novo patient has not had; the
  FALCON and ribociclib routes need postmenopausal status, which is missing.
- `lab6-breast-08`: receptor status is absent even though the patient is treated as HR-positive by the
  plan; only `er` is listed as missing (an engine may also list `pr`).
- `lab6-breast-09`: HER2 IHC 2+ with ISH pending is indeterminate, hence `her2` missing, not refer.
- `lab6-nsclc-09`: chemoradiation strongly suggests stage III, but the label gate (unresectable stage III)
  is not documented; `stage` missing.
- `lab6-colorectal-05`: "no satisfactory alternative treatment options" is documented only as tumor-board
  text.
- `lab6-colorectal-11`: DESTINY-CRC02 included IHC 2+/ISH+ tumors, but the label wording is IHC 3+;
  this tumor is IHC 2+ and ISH-negative, so it contradicts the label either way.
- `lab6-prostate-05`: the service is the niraparib ingredient with the brand Akeega in the display; niraparib
  alone (Zejula) has no prostate indication.
- `lab6-prostate-08`: a PSA rise on ADT without a testosterone value does not establish castration
  resistance; the high-risk mCSPC route is excluded by Gleason 7 and two bone lesions without visceral
  disease (LATITUDE criteria).
- `lab6-prostate-10`: TALAPRO-2 also enrolled HRR-unselected patients, but the US label is limited to
  HRR gene-mutated mCRPC.
"""


# ---------------------------------------------------------------- validation
def loinc_ok(code):
    """LOINC mod-10 check digit for term codes. LOINC answer codes (LA...) do not follow this
    algorithm (e.g. LA6576-8 'Positive' would fail it), so they are only checked for shape."""
    if code.startswith("LA"):
        num, _, check = code[2:].partition("-")
        return num.isdigit() and check.isdigit() and len(check) == 1
    body = code
    if "-" not in body:
        return False
    num, check = body.rsplit("-", 1)
    if not (num.isdigit() and check.isdigit() and len(check) == 1):
        return False
    digits = [int(d) for d in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10 == int(check)


def walk(x, fn, path=""):
    fn(x, path)
    if isinstance(x, dict):
        for k, v in x.items():
            walk(v, fn, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            walk(v, fn, f"{path}[{i}]")


DATE_KEYS = {"onsetDateTime", "recordedDate", "effectiveDateTime", "authoredOn", "performedDateTime",
             "start", "end", "issued", "birthDate"}


def check():
    data = json.loads(OUT_JSON.read_text())
    cases = data["cases"]
    errs = []
    assert len(cases) == 48, len(cases)
    counts = Counter((c["cancer"], c["expected"]) for c in cases)
    for cancer in ("breast", "nsclc", "colorectal", "prostate"):
        for e, n in (("supported", 6), ("needs-documentation", 3), ("refer-to-reviewer", 3)):
            if counts[(cancer, e)] != n:
                errs.append(f"count {cancer}/{e} = {counts[(cancer, e)]}")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate case ids")
    all_uuids = []
    for c in cases:
        cid = c["id"]
        if c["service"]["system"] not in SERVICE_SYSTEMS:
            errs.append(f"{cid}: service system")
        if c["expected"] == "needs-documentation":
            if not c.get("expected_missing") or not set(c["expected_missing"]) <= FACT_KEYS:
                errs.append(f"{cid}: expected_missing")
        elif "expected_missing" in c:
            errs.append(f"{cid}: expected_missing on non-ND case")
        if not (c["date"].startswith("2025") or c["date"].startswith("2026")):
            errs.append(f"{cid}: decision date year")
        b = c["bundle"]
        if b["resourceType"] != "Bundle" or b["type"] != "collection":
            errs.append(f"{cid}: bundle type")
        entries = b["entry"]
        patients = [e for e in entries if e["resource"]["resourceType"] == "Patient"]
        if len(patients) != 1:
            errs.append(f"{cid}: {len(patients)} patients")
            continue
        p = patients[0]["resource"]
        if not p.get("gender") or not p.get("birthDate"):
            errs.append(f"{cid}: patient gender/birthDate")
        targets = set()
        for e in entries:
            r = e["resource"]
            if e["fullUrl"] != f"urn:uuid:{r['id']}":
                errs.append(f"{cid}: fullUrl/id mismatch")
            targets.add(e["fullUrl"])
            targets.add(f"{r['resourceType']}/{r['id']}")
            all_uuids.append(r["id"])
        pid_refs = {f"Patient/{p['id']}", f"urn:uuid:{p['id']}"}
        dates = []
        loincs = []

        def visit(x, path):
            if isinstance(x, dict):
                if "reference" in x and isinstance(x["reference"], str):
                    if x["reference"] not in targets:
                        errs.append(f"{cid}: unresolved reference {x['reference']} at {path}")
                if x.get("system") == LOINC and "code" in x:
                    loincs.append(x["code"])
                for k, v in x.items():
                    if k in DATE_KEYS and isinstance(v, str):
                        dates.append((k, v[:10], path))
        for e in entries:
            r = e["resource"]
            walk(r, visit)
            if r["resourceType"] != "Patient":
                subj = r.get("subject")
                if not subj or subj.get("reference") not in pid_refs:
                    errs.append(f"{cid}: {r['resourceType']} subject does not point to the patient")
        for code in loincs:
            if not loinc_ok(code):
                errs.append(f"{cid}: LOINC check digit fails for {code}")
        birth = p["birthDate"]
        for k, d, path in dates:
            if d > c["date"] or (k == "end" and d >= c["date"]):
                errs.append(f"{cid}: date {d} ({k}) not before decision date {c['date']}")
            if k != "birthDate" and d < birth:
                errs.append(f"{cid}: date {d} before birth")
        # diagnosis before treatment: the primary cancer Condition is the earliest cancer-related event
        prim = min((e["resource"]["onsetDateTime"] for e in entries
                    if e["resource"]["resourceType"] == "Condition"
                    and "Z78.0" not in json.dumps(e["resource"]["code"])
                    and "G70.00" not in json.dumps(e["resource"]["code"])), default=None)
        for e in entries:
            r = e["resource"]
            if r["resourceType"] in ("MedicationAdministration", "MedicationStatement", "MedicationRequest",
                                     "Procedure"):
                d = (r.get("effectiveDateTime") or r.get("authoredOn") or r.get("performedDateTime")
                     or (r.get("effectivePeriod") or r.get("performedPeriod") or {}).get("start"))
                if d and prim and d[:10] < prim:
                    errs.append(f"{cid}: {r['resourceType']} {d} before diagnosis {prim}")
    if len(set(all_uuids)) != len(all_uuids):
        errs.append("duplicate resource ids across the set")
    # determinism: a second build gives identical JSON
    again = json.dumps({"cases": [c.to_json() for c in build()]}, indent=1, ensure_ascii=False) + "\n"
    if again != OUT_JSON.read_text():
        errs.append("output is not deterministic")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"ok: {len(cases)} cases, {sum(len(c['bundle']['entry']) for c in cases)} resources, "
          f"counts {dict(sorted(Counter(c['expected'] for c in cases).items()))}")


def main():
    cases = build()
    write(cases)
    print(f"wrote {OUT_JSON.relative_to(ROOT)} and {OUT_MD.relative_to(ROOT)} ({len(cases)} cases)")
    if "--check" in sys.argv:
        check()


if __name__ == "__main__":
    main()
