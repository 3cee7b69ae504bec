//! The rule-based extractor: deterministic, no network, the default.
//!
//! One pass of an Aho-Corasick automaton over the lower-cased note finds dictionary
//! concepts — antineoplastic drugs (to their RxNorm ingredient, from the history twin's
//! [`codes::ingredients`]), oncology procedures (SNOMED CT, kinds as `pathways/valuesets/procedures.csv`),
//! cancer diagnoses ([`codes::cancers`] and common phrasings) — and regular expressions find
//! stages, TNM categories, receptor and tumour-marker results and gene variants. Each mention
//! is checked for ConText modifiers ([`super::context`]) in its sentence and section; a
//! modified mention never becomes an event. Its date is the nearest date written in its
//! sentence, else the note's date.

use super::context::{self, Modifier, SectionKind};
use super::dates;
use super::patterns;
use super::{evidence, note_event, Extraction, Note};
use crate::twin::history::codes::{self, DrugClass, Ingredient, ProcedureKind};
use crate::twin::history::event::{Category, Coding, EventValue, TimelineEvent};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

/// Version of the rules: part of every event's provenance.
pub const RULES_VERSION: &str = "rules-2";

/// A concept the dictionary knows.
#[derive(Debug, Clone, Copy)]
enum Concept {
    Drug(&'static Ingredient),
    Procedure { snomed: &'static str, kind: ProcedureKind, label: &'static str },
    Cancer { snomed: Option<&'static str>, label: &'static str, secondary: bool },
}

/// Procedure phrases (English, and Spanish for pathology reports) → SNOMED CT code, kind and
/// label. Codes are those of `pathways/valuesets/procedures.csv`, so note and structured events agree.
static PROCEDURE_TERMS: &[(&str, &str, ProcedureKind, &str)] = &[
    ("lumpectomy", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("lumpectomy of breast", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("breast-conserving surgery", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("tumorectomía", "392021009", ProcedureKind::Surgery, "Lumpectomy of breast"),
    ("partial mastectomy", "64368001", ProcedureKind::Surgery, "Partial mastectomy"),
    ("mastectomy", "69031006", ProcedureKind::Surgery, "Mastectomy"),
    ("mastectomía", "69031006", ProcedureKind::Surgery, "Mastectomy"),
    ("simple mastectomy", "172043006", ProcedureKind::Surgery, "Simple mastectomy"),
    ("modified radical mastectomy", "406505007", ProcedureKind::Surgery, "Modified radical mastectomy"),
    ("skin-sparing mastectomy", "428564008", ProcedureKind::Surgery, "Skin sparing mastectomy"),
    ("skin sparing mastectomy", "428564008", ProcedureKind::Surgery, "Skin sparing mastectomy"),
    ("sentinel lymph node biopsy", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("sentinel node biopsy", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("slnb", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("biopsia selectiva de ganglio centinela", "396487001", ProcedureKind::Surgery, "Sentinel lymph node biopsy"),
    ("excision of sentinel lymph node", "443497002", ProcedureKind::Surgery, "Excision of sentinel lymph node"),
    ("axillary lymph node dissection", "234262008", ProcedureKind::Surgery, "Axillary lymph node dissection"),
    ("axillary dissection", "234262008", ProcedureKind::Surgery, "Axillary lymph node dissection"),
    ("alnd", "234262008", ProcedureKind::Surgery, "Axillary lymph node dissection"),
    ("partial resection of colon", "43075005", ProcedureKind::Surgery, "Partial resection of colon"),
    ("colectomy", "23968004", ProcedureKind::Surgery, "Colectomy"),
    ("colectomía", "23968004", ProcedureKind::Surgery, "Colectomy"),
    ("total colectomy", "26390003", ProcedureKind::Surgery, "Total colectomy"),
    ("hemicolectomy", "43075005", ProcedureKind::Surgery, "Partial resection of colon"),
    ("left hemicolectomy", "43075005", ProcedureKind::Surgery, "Partial resection of colon"),
    // Right or left, a hemicolectomy is read as the partial colectomy it is (one concept, so a
    // note's "right hemicolectomy" and another's "hemicolectomy" agree).
    ("right hemicolectomy", "43075005", ProcedureKind::Surgery, "Partial resection of colon"),
    ("hemicolectomía", "43075005", ProcedureKind::Surgery, "Partial resection of colon"),
    ("lobectomy", "173171007", ProcedureKind::Surgery, "Lobectomy of lung"),
    ("lobectomy of lung", "173171007", ProcedureKind::Surgery, "Lobectomy of lung"),
    ("lobectomía", "173171007", ProcedureKind::Surgery, "Lobectomy of lung"),
    ("wedge resection", "359615001", ProcedureKind::Surgery, "Partial lobectomy of lung"),
    ("partial lobectomy of lung", "359615001", ProcedureKind::Surgery, "Partial lobectomy of lung"),
    ("pneumonectomy", "49795001", ProcedureKind::Surgery, "Pneumonectomy"),
    ("segmentectomy", "173172000", ProcedureKind::Surgery, "Excision of segment of lung"),
    ("low anterior resection", "314592008", ProcedureKind::Surgery, "Low anterior resection of rectum"),
    ("lar", "314592008", ProcedureKind::Surgery, "Low anterior resection of rectum"),
    ("abdominoperineal resection", "265414003", ProcedureKind::Surgery, "Abdominoperineal resection of rectum"),
    ("total mesorectal excision", "395136002", ProcedureKind::Surgery, "Total mesorectal excision"),
    ("hartmann procedure", "16564004", ProcedureKind::Surgery, "Hartmann operation"),
    ("hartmann's procedure", "16564004", ProcedureKind::Surgery, "Hartmann operation"),
    ("ileostomy", "173977007", ProcedureKind::Surgery, "Creation of ileostomy"),
    ("loop ileostomy", "173977007", ProcedureKind::Surgery, "Creation of ileostomy"),
    ("diverting ileostomy", "173977007", ProcedureKind::Surgery, "Creation of ileostomy"),
    ("colostomy", "398740003", ProcedureKind::Surgery, "Colostomy"),
    ("hepatectomy", "107963000", ProcedureKind::Surgery, "Excision of liver"),
    ("partial hepatectomy", "71273005", ProcedureKind::Surgery, "Partial hepatectomy"),
    ("liver resection", "71273005", ProcedureKind::Surgery, "Partial hepatectomy"),
    ("hepatic metastasectomy", "307616002", ProcedureKind::Surgery, "Excision of liver metastasis"),
    ("liver metastasectomy", "307616002", ProcedureKind::Surgery, "Excision of liver metastasis"),
    ("laminectomy", "387731002", ProcedureKind::Surgery, "Laminectomy"),
    ("pelvic lymph node dissection", "234250009", ProcedureKind::Surgery, "Block dissection of pelvic lymph nodes"),
    ("plnd", "234250009", ProcedureKind::Surgery, "Block dissection of pelvic lymph nodes"),
    ("turp", "90199006", ProcedureKind::Surgery, "Transurethral prostatectomy"),
    ("transurethral resection of the prostate", "90199006", ProcedureKind::Surgery, "Transurethral prostatectomy"),
    ("transurethral resection of prostate", "90199006", ProcedureKind::Surgery, "Transurethral prostatectomy"),
    ("radical prostatectomy", "26294005", ProcedureKind::Surgery, "Radical prostatectomy"),
    ("prostatectomía radical", "26294005", ProcedureKind::Surgery, "Radical prostatectomy"),
    ("prostatectomy", "90470006", ProcedureKind::Surgery, "Prostatectomy"),
    ("ralp", "26294005", ProcedureKind::Surgery, "Radical prostatectomy"),
    ("rarp", "26294005", ProcedureKind::Surgery, "Radical prostatectomy"),
    ("robotic prostatectomy", "26294005", ProcedureKind::Surgery, "Radical prostatectomy"),
    ("prostatectomía", "90470006", ProcedureKind::Surgery, "Prostatectomy"),
    ("orchiectomy", "236334001", ProcedureKind::Surgery, "Total orchidectomy"),
    ("orchidectomy", "236334001", ProcedureKind::Surgery, "Total orchidectomy"),
    ("bilateral orchiectomy", "236334001", ProcedureKind::Surgery, "Total orchidectomy"),
    ("biopsy of breast", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("bone biopsy", "13861005", ProcedureKind::Biopsy, "Biopsy of bone"),
    ("biopsy of bone", "13861005", ProcedureKind::Biopsy, "Biopsy of bone"),
    ("breast biopsy", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    (
        "fine needle aspiration biopsy of lung",
        "432231006",
        ProcedureKind::Biopsy,
        "Fine needle aspiration biopsy of lung",
    ),
    ("biopsy of prostate", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("prostate biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("bone marrow aspiration", "49401003", ProcedureKind::Biopsy, "Bone marrow aspiration"),
    ("core needle biopsy of breast", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("core biopsy of the breast", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("breast core biopsy", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("breast core needle biopsy", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("breast bx", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("core needle biopsy of the breast", "122548005", ProcedureKind::Biopsy, "Biopsy of breast"),
    ("ebus-tbna", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("ebus tbna", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("ebus/tbna", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("ebus", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("endobronchial ultrasound", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("transbronchial biopsy", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("transbronchial needle aspiration", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("bronchoscopy with biopsy", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("bronchoscopic biopsy", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("radial ebus", "55198006", ProcedureKind::Biopsy, "Bronchoscopy with biopsy"),
    ("ct-guided lung biopsy", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("ct guided lung biopsy", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("ct-guided biopsy of the lung", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("ct-guided core biopsy of the lung", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("needle biopsy of lung", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("percutaneous lung biopsy", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("lung biopsy", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("ct-guided needle biopsy of the lung", "274319000", ProcedureKind::Biopsy, "Needle biopsy of lung"),
    ("colonoscopy with biopsy", "25732003", ProcedureKind::Biopsy, "Fiberoptic colonoscopy with biopsy"),
    ("colonoscopy with biopsies", "25732003", ProcedureKind::Biopsy, "Fiberoptic colonoscopy with biopsy"),
    ("colonoscopy biopsy", "25732003", ProcedureKind::Biopsy, "Fiberoptic colonoscopy with biopsy"),
    ("colonoscopic biopsy", "25732003", ProcedureKind::Biopsy, "Fiberoptic colonoscopy with biopsy"),
    ("colonoscopy w/ biopsy", "25732003", ProcedureKind::Biopsy, "Fiberoptic colonoscopy with biopsy"),
    ("colonoscopy w/ bx", "25732003", ProcedureKind::Biopsy, "Fiberoptic colonoscopy with biopsy"),
    ("colonoscopy with bx", "25732003", ProcedureKind::Biopsy, "Fiberoptic colonoscopy with biopsy"),
    ("liver biopsy", "86259008", ProcedureKind::Biopsy, "Biopsy of liver"),
    ("biopsy of liver", "86259008", ProcedureKind::Biopsy, "Biopsy of liver"),
    ("liver bx", "86259008", ProcedureKind::Biopsy, "Biopsy of liver"),
    ("biopsy of the liver", "86259008", ProcedureKind::Biopsy, "Biopsy of liver"),
    ("liver lesion biopsy", "86259008", ProcedureKind::Biopsy, "Biopsy of liver"),
    ("prostate bx", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("trus biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("trus bx", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("trus-guided biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("mri fusion biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("mri-fusion biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("fusion biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("mri-targeted biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("transperineal biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("transperineal prostate biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("prostate needle biopsy", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("biopsy of the prostate", "65575008", ProcedureKind::Biopsy, "Biopsy of prostate"),
    ("radiotherapy", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("radiation therapy", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("radioterapia", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("external beam radiation therapy", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("teleradiotherapy", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("stereotactic body radiation therapy", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("sbrt", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("imrt", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    ("brachytherapy", "152198000", ProcedureKind::Radiotherapy, "Brachytherapy"),
    ("whole breast radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("whole brain radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("chest wall radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("adjuvant radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("palliative radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("radiation treatment", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("xrt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("wbrt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("pmrt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("ebrt", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    // "RT" and "radiation" alone are too ambiguous (right, radiation exposure, radiation
    // pneumonitis); with the site, the intent or a verb of receiving they are a course.
    ("whole-breast rt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("whole breast rt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("whole-breast radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("breast rt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("chest wall rt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("palliative rt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("pelvic rt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("prostate bed rt", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("had radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("received radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("completed radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("underwent radiation", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("and radiation,", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("and radiation.", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("and radiation in", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("and radiation then", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("radiation to the", "108290001", ProcedureKind::Radiotherapy, "Radiotherapy"),
    ("stereotactic radiosurgery", "33195004", ProcedureKind::Radiotherapy, "External beam radiation therapy"),
    (
        "combined chemotherapy and radiation therapy",
        "703423002",
        ProcedureKind::Chemoradiation,
        "Combined chemotherapy and radiation therapy",
    ),
    ("chemoradiation", "703423002", ProcedureKind::Chemoradiation, "Combined chemotherapy and radiation therapy"),
    ("chemoradiotherapy", "703423002", ProcedureKind::Chemoradiation, "Combined chemotherapy and radiation therapy"),
    ("quimiorradioterapia", "703423002", ProcedureKind::Chemoradiation, "Combined chemotherapy and radiation therapy"),
    ("chemotherapy", "367336001", ProcedureKind::Chemotherapy, "Chemotherapy"),
    ("quimioterapia", "367336001", ProcedureKind::Chemotherapy, "Chemotherapy"),
    ("oral chemotherapy", "266719004", ProcedureKind::Chemotherapy, "Oral chemotherapy"),
    ("screening mammography", "24623002", ProcedureKind::Imaging, "Screening mammography"),
    ("mammography", "71651007", ProcedureKind::Imaging, "Mammography"),
    ("mammogram", "71651007", ProcedureKind::Imaging, "Mammography"),
    ("mri of breast", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    ("breast mri", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    ("ct of chest", "169069000", ProcedureKind::Imaging, "CT of chest"),
    ("ct chest", "169069000", ProcedureKind::Imaging, "CT of chest"),
    // CT of chest, abdomen and pelvis: its chest part (the dictionary holds no code for all three).
    ("ct c/a/p", "169069000", ProcedureKind::Imaging, "CT of chest"),
    ("ct cap", "169069000", ProcedureKind::Imaging, "CT of chest"),
    ("pet/ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("pet-ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("bone scan", "41747008", ProcedureKind::Imaging, "Bone scan"),
    (
        "high resolution computed tomography of chest without contrast",
        "16335031000119103",
        ProcedureKind::Imaging,
        "HRCT of chest without contrast",
    ),
    ("computed tomography of chest and abdomen", "418891003", ProcedureKind::Imaging, "CT of chest and abdomen"),
    ("ct of chest and abdomen", "418891003", ProcedureKind::Imaging, "CT of chest and abdomen"),
    ("computed tomography of chest", "169069000", ProcedureKind::Imaging, "CT of chest"),
    ("plain x-ray of chest", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("plain chest x-ray", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("chest x-ray", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("magnetic resonance imaging of breast", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    (
        "magnetic resonance imaging for measurement of brain volume",
        "698354004",
        ProcedureKind::Imaging,
        "MRI for measurement of brain volume",
    ),
    // Imaging and endoscopy as notes name them (codes verified in procedures.csv).
    ("brain mri", "816077007", ProcedureKind::Imaging, "MRI of brain"),
    ("mri brain", "816077007", ProcedureKind::Imaging, "MRI of brain"),
    ("mri of brain", "816077007", ProcedureKind::Imaging, "MRI of brain"),
    ("mri of the brain", "816077007", ProcedureKind::Imaging, "MRI of brain"),
    ("mri head", "816077007", ProcedureKind::Imaging, "MRI of brain"),
    ("magnetic resonance imaging of brain", "816077007", ProcedureKind::Imaging, "MRI of brain"),
    ("mri pelvis", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("pelvic mri", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("pelvis mri", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("mri of pelvis", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("mri of the pelvis", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("rectal mri", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("mri rectum", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("rectal protocol mri", "2690005", ProcedureKind::Imaging, "MRI of pelvis"),
    ("prostate mri", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("mri prostate", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("mri of prostate", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("mri of the prostate", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("mpmri", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("mp-mri", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("multiparametric mri", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("multiparametric prostate mri", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("prostate mpmri", "75691003", ProcedureKind::Imaging, "MRI of prostate"),
    ("mri spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("spine mri", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri of spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri of the spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri t-spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri l-spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri c-spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri thoracic spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri lumbar spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri cervical spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri whole spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("mri total spine", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("whole spine mri", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("total spine mri", "241645008", ProcedureKind::Imaging, "MRI of spine"),
    ("liver mri", "241622002", ProcedureKind::Imaging, "MRI of liver"),
    ("mri liver", "241622002", ProcedureKind::Imaging, "MRI of liver"),
    ("mri of liver", "241622002", ProcedureKind::Imaging, "MRI of liver"),
    ("mri of the liver", "241622002", ProcedureKind::Imaging, "MRI of liver"),
    ("ct abdomen/pelvis", "419394006", ProcedureKind::Imaging, "CT of abdomen and pelvis"),
    ("ct abdomen and pelvis", "419394006", ProcedureKind::Imaging, "CT of abdomen and pelvis"),
    ("ct a/p", "419394006", ProcedureKind::Imaging, "CT of abdomen and pelvis"),
    ("ct abd/pelvis", "419394006", ProcedureKind::Imaging, "CT of abdomen and pelvis"),
    ("ct abd/pel", "419394006", ProcedureKind::Imaging, "CT of abdomen and pelvis"),
    ("ct of the abdomen and pelvis", "419394006", ProcedureKind::Imaging, "CT of abdomen and pelvis"),
    ("ct of abdomen and pelvis", "419394006", ProcedureKind::Imaging, "CT of abdomen and pelvis"),
    ("ct abdomen", "169070004", ProcedureKind::Imaging, "CT of abdomen"),
    ("ct of abdomen", "169070004", ProcedureKind::Imaging, "CT of abdomen"),
    ("ct of the abdomen", "169070004", ProcedureKind::Imaging, "CT of abdomen"),
    ("abdominal ct", "169070004", ProcedureKind::Imaging, "CT of abdomen"),
    ("ct head", "303653007", ProcedureKind::Imaging, "CT of head"),
    ("head ct", "303653007", ProcedureKind::Imaging, "CT of head"),
    ("ct of the head", "303653007", ProcedureKind::Imaging, "CT of head"),
    ("ct of head", "303653007", ProcedureKind::Imaging, "CT of head"),
    ("ct brain", "34227000", ProcedureKind::Imaging, "CT of brain"),
    ("brain ct", "34227000", ProcedureKind::Imaging, "CT of brain"),
    ("ct of the brain", "34227000", ProcedureKind::Imaging, "CT of brain"),
    ("ct scan", "77477000", ProcedureKind::Imaging, "CT"),
    ("ct scans", "77477000", ProcedureKind::Imaging, "CT"),
    ("cat scan", "77477000", ProcedureKind::Imaging, "CT"),
    ("pet scan", "82918005", ProcedureKind::Imaging, "PET"),
    ("pet/ct scan", "82918005", ProcedureKind::Imaging, "PET"),
    ("psma pet", "82918005", ProcedureKind::Imaging, "PET"),
    ("psma-pet", "82918005", ProcedureKind::Imaging, "PET"),
    ("psma pet/ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("psma pet-ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("fdg pet", "82918005", ProcedureKind::Imaging, "PET"),
    ("fdg-pet", "82918005", ProcedureKind::Imaging, "PET"),
    ("fdg pet/ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("fdg pet-ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("pylarify", "82918005", ProcedureKind::Imaging, "PET"),
    ("piflufolastat", "82918005", ProcedureKind::Imaging, "PET"),
    ("gozetotide", "82918005", ProcedureKind::Imaging, "PET"),
    ("breast ultrasound", "47079000", ProcedureKind::Imaging, "Ultrasonography of breast"),
    ("ultrasound of the breast", "47079000", ProcedureKind::Imaging, "Ultrasonography of breast"),
    ("ultrasound of breast", "47079000", ProcedureKind::Imaging, "Ultrasonography of breast"),
    ("breast us", "47079000", ProcedureKind::Imaging, "Ultrasonography of breast"),
    ("us breast", "47079000", ProcedureKind::Imaging, "Ultrasonography of breast"),
    ("breast sonogram", "47079000", ProcedureKind::Imaging, "Ultrasonography of breast"),
    ("breast sonography", "47079000", ProcedureKind::Imaging, "Ultrasonography of breast"),
    ("liver ultrasound", "105377009", ProcedureKind::Imaging, "Ultrasonography of liver"),
    ("ultrasound of the liver", "105377009", ProcedureKind::Imaging, "Ultrasonography of liver"),
    ("us liver", "105377009", ProcedureKind::Imaging, "Ultrasonography of liver"),
    ("hepatic ultrasound", "105377009", ProcedureKind::Imaging, "Ultrasonography of liver"),
    ("abdominal ultrasound", "45036003", ProcedureKind::Imaging, "Ultrasonography of abdomen"),
    ("ultrasound abdomen", "45036003", ProcedureKind::Imaging, "Ultrasonography of abdomen"),
    ("ultrasound of the abdomen", "45036003", ProcedureKind::Imaging, "Ultrasonography of abdomen"),
    ("us abdomen", "45036003", ProcedureKind::Imaging, "Ultrasonography of abdomen"),
    ("echocardiogram", "40701008", ProcedureKind::Imaging, "Echocardiography"),
    ("echocardiography", "40701008", ProcedureKind::Imaging, "Echocardiography"),
    ("transthoracic echocardiogram", "40701008", ProcedureKind::Imaging, "Echocardiography"),
    ("tte", "40701008", ProcedureKind::Imaging, "Echocardiography"),
    ("muga", "85606007", ProcedureKind::Imaging, "Radionuclide cardiac ventriculography"),
    ("muga scan", "85606007", ProcedureKind::Imaging, "Radionuclide cardiac ventriculography"),
    ("dexa", "241686001", ProcedureKind::Imaging, "Dual energy X-ray absorptiometry"),
    ("dxa", "241686001", ProcedureKind::Imaging, "Dual energy X-ray absorptiometry"),
    ("dexa scan", "241686001", ProcedureKind::Imaging, "Dual energy X-ray absorptiometry"),
    ("bone density scan", "241686001", ProcedureKind::Imaging, "Dual energy X-ray absorptiometry"),
    ("bone densitometry", "241686001", ProcedureKind::Imaging, "Dual energy X-ray absorptiometry"),
    ("bone mineral density scan", "241686001", ProcedureKind::Imaging, "Dual energy X-ray absorptiometry"),
    ("endoscopic ultrasound", "450556004", ProcedureKind::Endoscopy, "Endoscopic ultrasonography"),
    ("eus", "450556004", ProcedureKind::Endoscopy, "Endoscopic ultrasonography"),
    ("flexible sigmoidoscopy", "44441009", ProcedureKind::Endoscopy, "Flexible sigmoidoscopy"),
    ("flex sig", "44441009", ProcedureKind::Endoscopy, "Flexible sigmoidoscopy"),
    ("sigmoidoscopy", "24420007", ProcedureKind::Endoscopy, "Sigmoidoscopy"),
    ("pet ct", "82918005", ProcedureKind::Imaging, "PET"),
    ("mri breast", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    ("bilateral breast mri", "241615005", ProcedureKind::Imaging, "MRI of breast"),
    ("chest xray", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("chest x ray", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("cxr", "399208008", ProcedureKind::Imaging, "Plain X-ray of chest"),
    ("colonoscopy", "73761001", ProcedureKind::Endoscopy, "Colonoscopy"),
    ("bronchoscopy", "10847001", ProcedureKind::Endoscopy, "Bronchoscopy"),
];

/// Cancer phrasings besides the [`codes::cancers`] displays.
static CANCER_TERMS: &[(&str, Option<&str>, &str, bool)] = &[
    ("breast cancer", Some("254837009"), "Malignant neoplasm of breast", false),
    ("carcinoma of breast", Some("254837009"), "Malignant neoplasm of breast", false),
    ("carcinoma de mama", Some("254837009"), "Malignant neoplasm of breast", false),
    ("lung cancer", Some("363358000"), "Malignant tumor of lung", false),
    ("non-small cell lung cancer", Some("254637007"), "Non-small cell lung cancer", false),
    ("nsclc", Some("254637007"), "Non-small cell lung cancer", false),
    ("small cell lung cancer", Some("254632001"), "Small cell carcinoma of lung", false),
    ("colon cancer", Some("363406005"), "Malignant neoplasm of colon", false),
    ("colorectal cancer", Some("363406005"), "Malignant neoplasm of colon", false),
    ("carcinoma de colon", Some("363406005"), "Malignant neoplasm of colon", false),
    ("rectal cancer", Some("363351006"), "Malignant neoplasm of rectum", false),
    ("prostate cancer", Some("399068003"), "Malignant tumor of prostate", false),
    ("adenocarcinoma of prostate", Some("399068003"), "Malignant tumor of prostate", false),
    ("adenocarcinoma de próstata", Some("399068003"), "Malignant tumor of prostate", false),
    ("invasive ductal carcinoma", Some("254837009"), "Malignant neoplasm of breast", false),
    ("invasive lobular carcinoma", Some("254837009"), "Malignant neoplasm of breast", false),
    ("idc", Some("254837009"), "Malignant neoplasm of breast", false),
    ("breast ca", Some("254837009"), "Malignant neoplasm of breast", false),
    ("tnbc", Some("254837009"), "Malignant neoplasm of breast", false),
    ("lung adenocarcinoma", Some("254637007"), "Non-small cell lung cancer", false),
    ("adenocarcinoma of the lung", Some("254637007"), "Non-small cell lung cancer", false),
    ("non-small cell lung carcinoma", Some("254637007"), "Non-small cell lung cancer", false),
    ("squamous cell carcinoma of the lung", Some("254637007"), "Non-small cell lung cancer", false),
    ("sclc", Some("254632001"), "Small cell carcinoma of lung", false),
    ("colon adenocarcinoma", Some("363406005"), "Malignant neoplasm of colon", false),
    ("adenocarcinoma of the colon", Some("363406005"), "Malignant neoplasm of colon", false),
    ("colon ca", Some("363406005"), "Malignant neoplasm of colon", false),
    ("crc", Some("363406005"), "Malignant neoplasm of colon", false),
    ("mcrc", Some("363406005"), "Malignant neoplasm of colon", false),
    ("rectal adenocarcinoma", Some("363351006"), "Malignant neoplasm of rectum", false),
    ("rectal ca", Some("363351006"), "Malignant neoplasm of rectum", false),
    ("prostate adenocarcinoma", Some("399068003"), "Malignant tumor of prostate", false),
    ("prostatic adenocarcinoma", Some("399068003"), "Malignant tumor of prostate", false),
    ("prostate ca", Some("399068003"), "Malignant tumor of prostate", false),
    ("mcrpc", Some("399068003"), "Malignant tumor of prostate", false),
    ("crpc", Some("399068003"), "Malignant tumor of prostate", false),
    ("mhspc", Some("399068003"), "Malignant tumor of prostate", false),
    ("mets", Some("128462008"), "Metastatic malignant neoplasm", true),
    ("bone mets", Some("94222008"), "Secondary malignant neoplasm of bone", true),
    ("osseous metastases", Some("94222008"), "Secondary malignant neoplasm of bone", true),
    ("hepatic metastases", Some("94381002"), "Secondary malignant neoplasm of liver", true),
    ("liver mets", Some("94381002"), "Secondary malignant neoplasm of liver", true),
    ("brain mets", Some("94225005"), "Secondary malignant neoplasm of brain", true),
    ("metastatic disease", Some("128462008"), "Metastatic malignant neoplasm", true),
    ("metastases", Some("128462008"), "Metastatic malignant neoplasm", true),
    ("metastasis", Some("128462008"), "Metastatic malignant neoplasm", true),
    ("bone metastases", Some("94222008"), "Secondary malignant neoplasm of bone", true),
    ("brain metastases", Some("94225005"), "Secondary malignant neoplasm of brain", true),
    ("liver metastases", Some("94381002"), "Secondary malignant neoplasm of liver", true),
];

struct Dictionary {
    matcher: AhoCorasick,
    concepts: Vec<Concept>,
}

static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut concepts: Vec<Concept> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut add = |p: &str, c: Concept, patterns: &mut Vec<String>, concepts: &mut Vec<Concept>| {
        let p = p.to_ascii_lowercase();
        if seen.insert(p.clone()) {
            patterns.push(p);
            concepts.push(c);
        }
    };
    for i in codes::ingredients().iter().chain(codes::medications()) {
        add(i.name, Concept::Drug(i), &mut patterns, &mut concepts);
        for s in i.synonyms {
            add(s, Concept::Drug(i), &mut patterns, &mut concepts);
        }
    }
    for (p, snomed, kind, label) in PROCEDURE_TERMS {
        add(p, Concept::Procedure { snomed, kind: *kind, label }, &mut patterns, &mut concepts);
    }
    for (p, snomed, label, secondary) in CANCER_TERMS {
        add(p, Concept::Cancer { snomed: *snomed, label, secondary: *secondary }, &mut patterns, &mut concepts);
    }
    for c in codes::cancers() {
        let display = c.display.to_ascii_lowercase();
        add(
            &display,
            Concept::Cancer { snomed: Some(c.snomed), label: c.display, secondary: c.secondary },
            &mut patterns,
            &mut concepts,
        );
    }
    let matcher = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("valid dictionary patterns");
    Dictionary { matcher, concepts }
});

/// The rule-based extractor.
#[derive(Debug, Default, Clone)]
pub struct RuleExtractor;

/// One mention before its modifiers are checked.
pub(super) struct Mention {
    pub(super) span: Range<usize>,
    pub(super) event: TimelineEvent,
    pub(super) confidence: f32,
    /// Negation words are results for markers ("HER2 negative"): only other modifiers count.
    pub(super) is_result: bool,
    /// A radiotherapy course with its dose: the sentence's bare "radiotherapy" is the same.
    pub(super) course: bool,
}

impl Mention {
    /// A result (stage, marker, variant): a negation word in its sentence is its value.
    pub(super) fn result(span: Range<usize>, event: TimelineEvent, confidence: f32) -> Mention {
        Mention { span, event, confidence, is_result: true, course: false }
    }
}

pub(super) fn blank(category: Category, kind: &str, label: String) -> TimelineEvent {
    TimelineEvent {
        id: String::new(),
        category,
        kind: kind.to_string(),
        date: NaiveDate::MIN,
        end: None,
        label,
        code: None,
        value: None,
        details: BTreeMap::new(),
        sources: Vec::new(),
        notes: Vec::new(),
    }
}

fn coding(system: &str, code: &str, display: &str) -> Option<Coding> {
    Some(Coding { system: system.into(), code: code.into(), display: Some(display.into()) })
}

fn concept_event(concept: Concept) -> TimelineEvent {
    match concept {
        Concept::Drug(i) => {
            let (category, kind) = if i.class == DrugClass::Supportive {
                (Category::Medication, "medication")
            } else {
                (Category::SystemicTherapy, "drug")
            };
            let mut e = blank(category, kind, i.name.to_string());
            e.code = coding("rxnorm", i.rxcui, i.name);
            e.value = Some(EventValue::Drug { rxcui: i.rxcui.into(), name: i.name.into(), class: i.class });
            e
        }
        Concept::Procedure { snomed, kind, label } => {
            let (category, kind_name) = procedure_category(kind);
            let mut e = blank(category, kind_name, label.to_string());
            e.code = coding("snomed", snomed, label);
            e
        }
        Concept::Cancer { snomed, label, secondary } => {
            let kind = if secondary { "metastasis" } else { "primary_cancer" };
            let mut e = blank(Category::Diagnosis, kind, label.to_string());
            e.code = snomed.and_then(|s| coding("snomed", s, label));
            e
        }
    }
}

/// The category and kind of a procedure, as the structured normaliser files them.
pub fn procedure_category(kind: ProcedureKind) -> (Category, &'static str) {
    match kind {
        ProcedureKind::Surgery => (Category::Surgery, "surgery"),
        ProcedureKind::Biopsy => (Category::Diagnosis, "biopsy"),
        ProcedureKind::Radiotherapy => (Category::Radiotherapy, "radiotherapy_session"),
        ProcedureKind::Chemoradiation => (Category::Radiotherapy, "chemoradiation_session"),
        ProcedureKind::Chemotherapy => (Category::SystemicTherapy, "chemotherapy_session"),
        ProcedureKind::Imaging => (Category::Imaging, "imaging"),
        ProcedureKind::Endoscopy => (Category::Imaging, "endoscopy"),
    }
}

/// A nodal dissection, a total mesorectal excision or a diverting stoma done in the same
/// operation as a resection is part of it ("RALP + PLND", "LAR with TME and diverting loop
/// ileostomy"): one surgery, the adjunct named in its `with` detail.
fn fold_adjunct_procedures(events: &mut Vec<TimelineEvent>) {
    const RESECTIONS: &[&str] = &[
        "26294005",
        "90470006",
        "314592008",
        "265414003",
        "43075005",
        "23968004",
        "26390003",
        "173171007",
        "16564004",
    ];
    const ADJUNCTS: &[&str] = &["234250009", "395136002", "173977007", "398740003"];
    let surgery = |e: &TimelineEvent, codes: &[&str]| {
        e.category == Category::Surgery && e.code.as_ref().is_some_and(|c| codes.contains(&c.code.as_str()))
    };
    let mut folded = Vec::new();
    for (i, adjunct) in events.iter().enumerate().filter(|(_, e)| surgery(e, ADJUNCTS)) {
        if let Some(j) = events.iter().position(|e| surgery(e, RESECTIONS) && e.date == adjunct.date) {
            folded.push((i, j, adjunct.label.clone()));
        }
    }
    for (_, j, label) in &folded {
        let with = events[*j].details.entry("with".into()).or_default();
        if !with.is_empty() {
            with.push_str("; ");
        }
        with.push_str(label);
    }
    let gone: HashSet<usize> = folded.iter().map(|(i, ..)| *i).collect();
    let mut index = 0..;
    events.retain(|_| !gone.contains(&index.next().unwrap_or_default()));
}

/// A gene found altered is not also "not detected" for another kind of alteration ("MET
/// exon 14 skipping" beside "MET amplification: not detected"); a variant tested negative
/// beside another stays ("EGFR T790M not detected" after exon 19 deletion).
fn drop_kinds_not_found_beside_alterations(events: &mut Vec<TimelineEvent>) {
    let altered: HashSet<String> = events
        .iter()
        .filter_map(|e| match &e.value {
            Some(EventValue::Variant { gene, present: true, .. }) => Some(gene.clone()),
            _ => None,
        })
        .collect();
    let other_kind = |d: &Option<String>| {
        let d = d.as_deref().unwrap_or("").to_ascii_lowercase();
        ["amplif", "fusion", "rearrang", "translocation"].iter().any(|k| d.contains(k))
    };
    events.retain(|e| {
        !matches!(&e.value, Some(EventValue::Variant { gene, present: false, description, .. })
            if altered.contains(gene) && other_kind(description))
    });
}

/// A primary cancer the note names without a date ("DIAGNOSIS: metastatic prostate
/// adenocarcinoma") was diagnosed by the note's earliest dated biopsy, when the note writes
/// one ("01/16/2026 TRUS-guided prostate bx: Gleason 4+5=9"); the note's own date is only the
/// day it was written down. A benign biopsy diagnosed nothing.
fn date_diagnosis_by_biopsy(events: &mut [TimelineEvent], text: &str, note_date: NaiveDate) {
    let benign = |e: &TimelineEvent| {
        e.notes.iter().any(|ev| {
            let s = context::sentence(text, ev.start..ev.end);
            let s = text[s].to_ascii_lowercase();
            ["benign", "no malignancy", "negative for malignancy", "no evidence of malignancy", "no carcinoma"]
                .iter()
                .any(|w| s.contains(w))
        })
    };
    let biopsy = events
        .iter()
        .filter(|e| e.kind == "biopsy" && e.detail("date_from") == Some("text") && e.date < note_date)
        .filter(|e| !benign(e))
        .map(|e| e.date)
        .min();
    let Some(biopsy) = biopsy else { return };
    for e in events.iter_mut().filter(|e| e.kind == "primary_cancer" && e.detail("date_from") == Some("note")) {
        e.date = biopsy;
        e.details.insert("date_from".into(), "biopsy".into());
    }
}

/// An operation that includes another by definition is one event: a modified radical
/// mastectomy includes its axillary dissection ("L modified radical mastectomy (level I/II
/// ALND)"), so an ALND on the same day is not a second operation.
fn drop_included_procedures(events: &mut Vec<TimelineEvent>) {
    const INCLUDES: &[(&str, &str)] = &[("406505007", "234262008")];
    let code = |e: &TimelineEvent| e.code.as_ref().map(|c| c.code.clone()).unwrap_or_default();
    let days: Vec<(String, NaiveDate)> = events.iter().map(|e| (code(e), e.date)).collect();
    events.retain(|e| {
        !INCLUDES.iter().any(|(whole, part)| code(e) == *part && days.iter().any(|(c, d)| c == whole && *d == e.date))
    });
}

/// The part of `sentence` between semicolons that holds `span`.
fn clause_of(text: &str, sentence: Range<usize>, span: &Range<usize>) -> Range<usize> {
    let here = &text[sentence.clone()];
    let at = span.start.saturating_sub(sentence.start).min(here.len());
    let start = here[..at].rfind(';').map_or(0, |i| i + 1);
    let end = here[at..].find(';').map_or(here.len(), |i| at + i);
    sentence.start + start..sentence.start + end
}

fn bounded(lower: &[u8], span: &Range<usize>) -> bool {
    let alnum = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    (span.start == 0 || !alnum(lower[span.start - 1])) && (span.end >= lower.len() || !alnum(lower[span.end]))
}

fn dictionary_mentions(lower: &str, out: &mut Vec<Mention>) {
    let bytes = lower.as_bytes();
    for m in DICTIONARY.matcher.find_iter(lower) {
        let span = m.start()..m.end();
        if !bounded(bytes, &span) {
            continue;
        }
        let concept = DICTIONARY.concepts[m.pattern().as_usize()];
        out.push(Mention { span, event: concept_event(concept), confidence: 0.9, is_result: false, course: false });
    }
}

/// Biopsies as clinicians write them ("US-guided core needle biopsy, R breast", "CT-guided
/// percutaneous core needle biopsy" of an RLL mass, "cold forceps biopsies" at colonoscopy):
/// a biopsy word and the organ its sentence names. Organs without a verified code of their
/// own (bone, omentum) are left to the dictionary.
fn biopsy_mentions(text: &str, out: &mut Vec<Mention>) {
    static BIOPSY: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:core(?:\s+needle)?\s+(?:biops(?:y|ies)|bx)|needle\s+biops(?:y|ies)|biops(?:y|ies|ied)|bx)\b",
        )
        .expect("valid biopsy pattern")
    });
    static SITES: LazyLock<Vec<(regex::Regex, &'static str, &'static str)>> = LazyLock::new(|| {
        [
            (r"\b(?:bone|osseous|iliac|vertebra\w*|sacr\w*|rib)\b", "13861005", "Biopsy of bone"),
            // Organs with no verified biopsy code: the biopsy is theirs, and not read.
            (r"\b(?:omentum|omental|peritone\w*|pleura\w*|skin|lymph|node|nodal|axilla\w*|adrenal|brain)\b", "", ""),
            (r"\b(?:ebus|endobronchial|transbronchial|bronchoscop\w*)\b", "55198006", "Bronchoscopy with biopsy"),
            (r"\b(?:lung|pulmonary|rul|rml|rll|lul|lll|lingula\w*|(?:upper|middle|lower) lobe)\b", "274319000", "Needle biopsy of lung"),
            (r"\bbreast\b", "122548005", "Biopsy of breast"),
            (r"\b(?:liver|hepatic)\b", "86259008", "Biopsy of liver"),
            (r"\bprostat\w*\b", "65575008", "Biopsy of prostate"),
            (r"\b(?:colonoscop\w*|colon|cecum|cecal|caecum|ascending|transverse|descending|sigmoid|rectum|rectal|hepatic flexure|splenic flexure)\b", "25732003", "Fiberoptic colonoscopy with biopsy"),
        ]
        .into_iter()
        .map(|(p, code, label)| (regex::Regex::new(&format!("(?i){p}")).expect("valid site pattern"), code, label))
        .collect()
    });
    for m in BIOPSY.find_iter(text) {
        // "biopsy-proven IDC" says how a diagnosis was made, not when a biopsy was done.
        if text[m.end()..].starts_with("-proven") || text[m.end()..].starts_with(" proven") {
            continue;
        }
        let sentence = context::sentence(text, m.range());
        // Nodes sampled at EBUS are a bronchoscopic biopsy; a liver lesion beside a colon
        // primary is the liver's: the first organ the sentence names after the biopsy word,
        // else the last one before it.
        let at = m.start() - sentence.start;
        let words = &text[sentence.clone()];
        let site = SITES
            .iter()
            .filter_map(|(re, code, label)| {
                let hits: Vec<usize> = re.find_iter(words).map(|h| h.start()).collect();
                let after = hits.iter().copied().filter(|&h| h >= at).min();
                let before = hits.iter().copied().filter(|&h| h < at).max();
                let distance = after.map(|h| h - at).or(before.map(|h| at - h + 10_000))?;
                Some((distance, *code, *label))
            })
            .min_by_key(|(d, ..)| *d);
        // No organ in its sentence ("Diagnosed on biopsy in 2015", "- TP fusion bx 3/28/25"):
        // the organ the sentence or line before names ("… prostate cancer.", "- MRI prostate").
        let site = site.or_else(|| {
            let end = sentence.start.checked_sub(1).filter(|e| *e > 0)?;
            let before = context::sentence(text, end - 1..end);
            let words = &text[before];
            // The last organ named there.
            SITES
                .iter()
                .filter_map(|(re, code, label)| re.find_iter(words).last().map(|h| (h.start(), *code, *label)))
                .max_by_key(|(at, ..)| *at)
        });
        let Some((_, snomed, label)) = site.filter(|(_, snomed, _)| !snomed.is_empty()) else { continue };
        let event = concept_event(Concept::Procedure { snomed, kind: ProcedureKind::Biopsy, label });
        out.push(Mention { span: m.range(), event, confidence: 0.8, is_result: false, course: false });
    }
}

/// A histology written without its organ ("SQUAMOUS CELL CARCINOMA, KERATINIZING" under
/// "RIGHT LOWER LOBE, CT-GUIDED CORE BIOPSY:", "lobectomy 2016 for stage IB
/// adenocarcinoma"): a primary cancer of the organ its sentence, else the line before it,
/// names. In situ and metastatic carcinoma are not read here.
fn histology_mentions(text: &str, out: &mut Vec<Mention>) {
    static HISTOLOGY: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:(?:invasive\s+)?(?:ductal|lobular|mucinous|squamous\s+cell|large\s+cell|acinar)\s+)?(?:adeno)?carcinoma\b",
        )
        .expect("valid histology pattern")
    });
    static ORGANS: LazyLock<Vec<(regex::Regex, &'static str, &'static str)>> = LazyLock::new(|| {
        [
            (r"\b(?:lung|pulmonary|lobectomy|segmentectomy|pneumonectomy|rul|rml|rll|lul|lll|(?:upper|middle|lower)\s+lobe|bronch\w*)\b", "254637007", "Non-small cell lung cancer"),
            (r"\b(?:breast|mastectomy|lumpectomy)\b", "254837009", "Malignant neoplasm of breast"),
            (r"\b(?:rectum|rectal|proctectomy|low\s+anterior\s+resection)\b", "363351006", "Malignant neoplasm of rectum"),
            (r"\b(?:colon|colonic|cecum|cecal|sigmoid|colectomy|hemicolectomy)\b", "363406005", "Malignant neoplasm of colon"),
            (r"\b(?:prostate|prostatic|prostatectomy)\b", "399068003", "Malignant tumor of prostate"),
        ]
        .into_iter()
        .map(|(p, code, label)| (regex::Regex::new(&format!("(?i){p}")).expect("valid organ pattern"), code, label))
        .collect()
    });
    for m in HISTOLOGY.find_iter(text) {
        let after = text[m.end()..].trim_start().to_ascii_lowercase();
        let before = text[..m.start()].trim_end().to_ascii_lowercase();
        if before.ends_with("metastatic") {
            // "bone bx -> metastatic carcinoma c/w breast primary": a metastasis, dated where
            // the biopsy is; in a lymph node it is the N category, not a distant metastasis.
            let sentence = text[context::sentence(text, m.range())].to_ascii_lowercase();
            let nodal = ["node", "lymph", "axilla", "nodal", "sentinel", " ln", "(ln", "lns"]
                .iter()
                .any(|w| sentence.contains(w));
            if nodal {
                continue;
            }
            let start = m.start() - (text[..m.start()].len() - text[..m.start()].trim_end().len()) - "metastatic".len();
            let event = concept_event(Concept::Cancer {
                snomed: Some("128462008"),
                label: "Metastatic malignant neoplasm",
                secondary: true,
            });
            out.push(Mention { span: start..m.end(), event, confidence: 0.7, is_result: false, course: false });
            continue;
        }
        if after.starts_with("in situ") || before.ends_with("of unknown primary") {
            continue;
        }
        let sentence = context::sentence(text, m.range());
        let line_start = text[..sentence.start].trim_end_matches(['\n', ' ']).rfind('\n').map_or(0, |i| i + 1);
        let previous = &text[line_start..sentence.start];
        let organ = |words: &str| ORGANS.iter().find(|(re, ..)| re.is_match(words)).map(|(_, c, l)| (*c, *l));
        let Some((snomed, label)) = organ(&text[sentence.clone()]).or_else(|| organ(previous)) else { continue };
        let event = concept_event(Concept::Cancer { snomed: Some(snomed), label, secondary: false });
        out.push(Mention { span: m.range(), event, confidence: 0.7, is_result: false, course: false });
    }
}

/// Every pattern mention of `text` (stages, TNM, markers, genes, performance status,
/// radiotherapy courses, disease status, regimens).
fn pattern_mentions(text: &str, out: &mut Vec<Mention>) {
    patterns::staging(text, out);
    patterns::markers(text, out);
    patterns::lab_tables(text, out);
    patterns::genes(text, out);
    patterns::performance(text, out);
    patterns::castration_status(text, out);
    patterns::resectability(text, out);
    patterns::psma_result(text, out);
    patterns::history_pending(text, out);
    patterns::radiotherapy(text, out);
    patterns::disease_status(text, out);
    patterns::regimens(text, out);
}

/// A key for "the same concept twice in one note" (dates aside).
fn same_key(e: &TimelineEvent) -> String {
    format!("{}|{}|{}|{}", e.category.as_str(), e.kind, e.code.as_ref().map(|c| c.code.as_str()).unwrap_or(""), e.label)
}

/// The date of a mention: the nearest plausible date of its clause (";", "->", "then" part
/// a sentence: "started 2/10/2025; then AC, 5/5/2025 - 7/28/2025"), else of its sentence; a
/// date closing a range ("5/5/2025 - 7/28/2025") stands for the range's start.
fn date_of<'a>(
    text: &str,
    sentence: Range<usize>,
    mentioned: &'a [dates::DateMention],
    span: Range<usize>,
    note_date: NaiveDate,
) -> Option<&'a dates::DateMention> {
    static CLAUSE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(?i);|->|→|\bthen\b|\bswitched to\b").expect("valid clause pattern"));
    let here = &text[sentence.clone()];
    let at = span.start.saturating_sub(sentence.start);
    let end = span.end.saturating_sub(sentence.start);
    // Characters between the mention and the date; a date after it wins a tie ("6.8 (1/2025)"
    // in "4.1 (2022), 6.8 (1/2025)").
    let distance = |d: &dates::DateMention| {
        if d.range.start >= end {
            2 * (d.range.start - end)
        } else if d.range.end <= at {
            2 * (at - d.range.end) + 1
        } else {
            0
        }
    };
    let mut clause = 0..here.len();
    for b in CLAUSE.find_iter(here) {
        if b.end() <= at {
            clause.start = b.end();
        } else if b.start() >= at.max(end) {
            clause.end = b.start();
            break;
        }
    }
    let plausible = || mentioned.iter().filter(|d| dates::plausible(d.date, note_date));
    let nearest = |within: Option<&Range<usize>>| {
        plausible()
            .filter(|d| within.is_none_or(|c| c.start <= d.range.start && d.range.end <= c.end))
            .min_by_key(|d| distance(d))
    };
    let chosen = nearest(Some(&clause)).or_else(|| nearest(None))?;
    // The start of "A - B", "A to B", "A through B".
    let start = plausible().filter(|p| p.range.end <= chosen.range.start).max_by_key(|p| p.range.end).filter(|p| {
        let between = here[p.range.end..chosen.range.start].trim().to_ascii_lowercase();
        ["-", "–", "—", "to", "through", "thru", "until"].contains(&between.as_str())
    });
    Some(start.unwrap_or(chosen))
}

/// A treatment written with a past date between it and the sentence's first hypothetical
/// trigger after it, and no such trigger before it ("abiraterone 1000 mg daily since 11/2024
/// (planned 24 months)", "alectinib since 9/2024, planned 2 years").
fn given_before_plan(
    lower: &str,
    sentence: Range<usize>,
    span: &Range<usize>,
    mentioned: &[dates::DateMention],
    note_date: NaiveDate,
) -> bool {
    let Some(plan) = context::first_hypothetical_after(lower, span.clone()) else {
        return false;
    };
    if context::hypothetical_before(lower, span.clone()) {
        return false;
    }
    mentioned.iter().any(|d| {
        let at = sentence.start + d.range.start;
        at >= span.end && at < plan && d.date <= note_date && dates::plausible(d.date, note_date)
    })
}

/// The date of a report's "Procedure date:" (or "Date of surgery:", "Collected:") field.
fn procedure_date(text: &str, note_date: NaiveDate) -> Option<NaiveDate> {
    static FIELD: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?im)(?:^[ \t]*|[ \t]{2,})(?:procedure\s+date|date\s+of\s+(?:procedure|surgery|operation|implant|service|collection)|(?:surgery|operation|implant)\s+date|collected|collection\s+date|procedure\s+performed)\s*:\s*(?P<value>[^\n]+)")
            .expect("valid procedure date pattern")
    });
    // A procedure note's own "Date:" line ("UROLOGY PROCEDURE NOTE / Procedure: … / Date:
    // 5/9/2025") dates its procedure; elsewhere "Date:" is the visit's.
    static DATE_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?im)^[ \t]*date\s*:\s*(?P<value>[^\n]+)").expect("valid date-line pattern")
    });
    let head = patterns::floor_slice(text, 0, 300.min(text.len())).unwrap_or(text);
    let value = FIELD
        .captures(text)
        .or_else(|| head.to_ascii_lowercase().contains("procedure").then(|| DATE_LINE.captures(head)).flatten())?
        .name("value")?;
    dates::find_dates(value.as_str(), note_date).into_iter().map(|d| d.date).find(|d| dates::plausible(*d, note_date))
}

/// Whether the date at `start..end` is the note's heading: at the start of its first line,
/// after at most a few words ("Consult 2026-06-01:", "Note 05/12/2026 -"), and followed by a
/// colon or a dash.
fn heading_date(text: &str, start: usize, end: usize) -> bool {
    let lead = text[..start].trim_start();
    let words = lead.split_whitespace().count();
    !lead.contains('\n')
        && words <= 3
        && lead.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-')
        && text[end..].trim_start().starts_with([':', '-', '–'])
}

/// Where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The date a history list item opens with ("- Mar-2014: TRUS bx -> adenocarcinoma … PSA at
/// dx 22.4 ng/mL."; "2024: biochemical recurrence"): it dates everything in the item that
/// names no date of its own.
fn item_date(text: &str, at: usize, note_date: NaiveDate) -> Option<NaiveDate> {
    let line = &text[line_start(text, at)..at];
    let item = line.trim_start().trim_start_matches(['-', '*', '•']).trim_start();
    let offset = line.len() - item.len();
    let first = dates::find_dates(line, note_date).into_iter().next()?;
    let gap = &line[first.range.end..];
    let rest = gap.trim_start();
    // "2019     IMRT to prostate …": a date column set off by spaces or a tab.
    let column = gap.starts_with("  ") || gap.starts_with('\t');
    (first.range.start == offset
        && !first.relative
        && (rest.starts_with(':') || rest.starts_with('-') || rest.starts_with('–') || column))
        .then_some(first.date)
        .filter(|d| *d <= note_date)
}

/// The date on the indented line that continues a treatment line ending in a colon
/// ("- Neoadjuvant TCHP (docetaxel / carboplatin / …) q3w x6:" / "   C1 2/9/26 ... C6
/// 5/26/26."): the first past date there, which is when the treatment began.
fn continuation_date(text: &str, sentence: Range<usize>, note_date: NaiveDate) -> Option<NaiveDate> {
    let line_end = text[sentence.start..].find('\n').map_or(text.len(), |i| sentence.start + i);
    let line = &text[line_start(text, sentence.start)..line_end];
    if !line.trim_end().ends_with(':') {
        return None;
    }
    let next = text.get(line_end + 1..)?.split('\n').next()?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    if next.trim().is_empty() || indent(next) <= indent(line) || next.trim_start().starts_with(['-', '*', '•']) {
        return None;
    }
    dates::find_dates(next, note_date)
        .into_iter()
        .map(|d| d.date)
        .find(|d| dates::plausible(*d, note_date) && *d <= note_date)
}

/// The date of the study a status line reports ("CT C/A/P 3/4/2025 - IMPRESSION: … Overall
/// partial response."): the first date on the mention's line before it, in the past.
fn study_date(text: &str, at: usize, note_date: NaiveDate) -> Option<NaiveDate> {
    dates::find_dates(&text[line_start(text, at)..at], note_date).into_iter().map(|d| d.date).find(|d| *d <= note_date)
}

/// The date of a radiotherapy course whose sentence gives none, from a neighbouring line of
/// the same block that dates the course ("- Dose: 50 Gy in 25 fx" / "- Dates: 10/14/2024 -
/// 11/15/2024"): the first date of the nearest such line, after the course line first.
fn course_date(text: &str, sentence: Range<usize>, note_date: NaiveDate) -> Option<NaiveDate> {
    static DATING: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:start(?:ed)?|dates?|from|began|begun|completed|finished|delivered|treated|course)\b",
        )
        .expect("valid course-dating pattern")
    });
    let line_start = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[sentence.end..].find('\n').map_or(text.len(), |i| sentence.end + i);
    let dated = |line: &str| {
        if !DATING.is_match(line) {
            return None;
        }
        dates::find_dates(line, note_date)
            .into_iter()
            .map(|d| d.date)
            .find(|d| dates::plausible(*d, note_date) && *d <= note_date)
    };
    let after = text[line_end..].split('\n').skip(1).take(3).take_while(|l| !l.trim().is_empty());
    let before = text[..line_start].trim_end_matches('\n').rsplit('\n').take(3).take_while(|l| !l.trim().is_empty());
    after.chain(before).find_map(dated)
}

/// The concepts of a short phrase (a model's "name value"), without modifiers or dates.
pub fn read_phrase(phrase: &str) -> Vec<TimelineEvent> {
    let mut mentions = Vec::new();
    dictionary_mentions(&phrase.to_ascii_lowercase(), &mut mentions);
    pattern_mentions(phrase, &mut mentions);
    if !mentions.iter().any(|m| m.event.category == Category::Staging) {
        // A model may answer a stage group alone ("IIIA").
        let bare = phrase.trim().trim_start_matches("Stage").trim();
        let staged = format!("stage {bare}");
        let whole = |c: &regex::Captures| c.get(0).is_some_and(|m| m.len() == staged.len());
        if let Some(c) = patterns::STAGE.captures(&staged).filter(whole) {
            let e = patterns::stage_event(&c["g"], c.name("sub").map(|s| s.as_str()).unwrap_or(""), "");
            mentions.push(Mention::result(0..0, e, 0.8));
        }
    }
    mentions.sort_by_key(|m| m.span.start);
    mentions.into_iter().map(|m| m.event).collect()
}

/// A procedure of a known kind whose name the dictionary lacks (no code).
pub fn generic_procedure(kind: ProcedureKind, name: &str) -> Option<TimelineEvent> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let (category, kind_name) = procedure_category(kind);
    Some(blank(category, kind_name, name.to_string()))
}

/// A cancer diagnosis the dictionary lacks, when its words read as one.
pub fn generic_cancer(name: &str) -> Option<TimelineEvent> {
    let secondary = codes::cancer_by_text(name)?;
    Some(blank(Category::Diagnosis, if secondary { "metastasis" } else { "primary_cancer" }, name.trim().to_string()))
}

/// A PSMA result read beside the PET it was read from ("PSMA PET 10/20/2026 positive") is that
/// study's result: the PET of the same date becomes the PSMA PET with the result, not a second
/// study. A result whose study the note does not name stays on its own.
fn fold_psma_results(events: &mut Vec<TimelineEvent>) {
    let mut i = 0;
    while i < events.len() {
        if events[i].kind != "psma_pet" {
            i += 1;
            continue;
        }
        let date = events[i].date;
        // The study of that date, or the nearest PET within two weeks ("PSMA PET/CT 09/19 and
        // bone scan 09/22: … PSMA-avid pelvic nodes").
        let study = events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.category == Category::Imaging && e.kind != "psma_pet" && e.label.contains("PET"))
            .map(|(j, e)| (j, (e.date - date).num_days().abs()))
            .filter(|(_, gap)| *gap <= 14)
            .min_by_key(|(_, gap)| *gap)
            .map(|(j, _)| j);
        match study {
            Some(j) => {
                let result = events.remove(i);
                let j = if j > i { j - 1 } else { j };
                let pet = &mut events[j];
                pet.kind = "psma_pet".into();
                pet.value = result.value;
                pet.notes.extend(result.notes);
                if let Some(f) = result.details.get("finding") {
                    pet.details.insert("finding".into(), f.clone());
                }
            }
            None => i += 1,
        }
    }
}

impl RuleExtractor {
    /// Reads the events of one note; a bug that panics on some text reads nothing from that
    /// note (logged with its document id, never its text) instead of taking the caller down.
    pub fn extract(&self, note: &Note) -> Extraction {
        self.try_extract(note).unwrap_or_default()
    }

    /// [`Self::extract`], saying when the extractor failed on the note.
    pub fn try_extract(&self, note: &Note) -> Result<Extraction, String> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.read(note))).map_err(|_| {
            tracing::error!(document = %note.document, "the rule extractor failed on a note; nothing read from it");
            "the rule extractor failed on this note".to_string()
        })
    }

    fn read(&self, note: &Note) -> Extraction {
        let text = note.text.as_str();
        let lower = text.to_ascii_lowercase();
        let sections = context::sections(text);
        let mut mentions: Vec<Mention> = Vec::new();
        dictionary_mentions(&lower, &mut mentions);
        pattern_mentions(text, &mut mentions);
        biopsy_mentions(text, &mut mentions);
        histology_mentions(text, &mut mentions);
        // A dose course ("50 Gy/25 fx") and "radiotherapy" in its sentence are one course.
        let courses: Vec<Range<usize>> =
            mentions.iter().filter(|m| m.course).map(|m| context::sentence(text, m.span.clone())).collect();
        mentions.retain(|m| {
            m.course
                || m.event.kind != "radiotherapy_session"
                || !courses.iter().any(|s| s.start <= m.span.start && m.span.end <= s.end)
        });
        mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        // A mention inside another (a drug inside a variant's text …) is the outer one's; one
        // phrase may say several things ("AC" is two drugs, "triple negative" three results).
        // Disease status phrases hold diagnoses ("new liver metastases"): both count.
        let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            let status = |x: &Mention| x.event.category == Category::DiseaseStatus;
            let inside = kept.iter().rev().take(8).any(|k| {
                m.span.start < k.span.end
                    && k.is_result == m.is_result
                    && !status(k)
                    && !status(&m)
                    && (k.span != m.span || same_key(&k.event) == same_key(&m.event))
            });
            if inside {
                continue;
            }
            kept.push(m);
        }
        // "Chemotherapy" beside the drugs it names ("Concurrent chemotherapy: weekly
        // carboplatin/paclitaxel", a table row "| Chemotherapy | CAPOX … |") is those drugs,
        // not another event.
        let drug_sentences: Vec<Range<usize>> =
            kept.iter().filter(|m| m.event.kind == "drug").map(|m| context::sentence(text, m.span.clone())).collect();
        kept.retain(|m| {
            m.event.kind != "chemotherapy_session"
                || !drug_sentences.iter().any(|s| s.start <= m.span.start && m.span.end <= s.end)
        });
        let procedure_date = procedure_date(text, note.date);
        let mut out = Extraction::default();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for m in kept {
            let section = context::section_at(&sections, m.span.start);
            // Section modifiers (family history, medication lists …) always hold; of the
            // sentence's triggers, a negation is a result's value ("HER2 negative"), and a
            // historical trigger ("s/p 4 cycles of AC", "progressed on FOLFOX in 2023") keeps
            // a treatment, or anything the sentence dates: it happened, before this note.
            let triggers = context::modifiers(&lower, m.span.clone(), SectionKind::Current);
            let sentence = context::sentence(text, m.span.clone());
            let treatment =
                matches!(m.event.category, Category::SystemicTherapy | Category::Surgery | Category::Radiotherapy);
            let mut mentioned = dates::find_dates(&text[sentence.clone()], note.date);
            // The note's own heading date ("Consult 2026-06-01: first recurrence 4 years after
            // adjuvant TCH") is when it was written, not when a treatment it names was given;
            // one given that day is dated by the note all the same.
            if treatment {
                mentioned.retain(|d| !heading_date(text, sentence.start + d.range.start, sentence.start + d.range.end));
            }
            let nearest = date_of(text, sentence.clone(), &mentioned, m.span.clone(), note.date);
            let historical_kept = treatment || nearest.is_some_and(|d| !d.relative || d.date < note.date);
            // "abiraterone since 11/2024 (planned 24 months)": a treatment dated in the past
            // before the sentence's first hypothetical word after it was given; the plan is its
            // duration.
            let begun = treatment && given_before_plan(&lower, sentence.clone(), &m.span, &mentioned, note.date);
            // A statement about the record itself ("outside records requested, not yet
            // received") carries its own negation and waiting words.
            let about_the_record = m.event.kind == "history_pending";
            // A marker followed by a doubt ("BRAF V600E suspected; PCR pending") is no result.
            let doubted_marker = m.event.category == Category::Biomarker && {
                let after = lower[m.span.end..].trim_start_matches([' ', ',', '-']);
                ["suspected", "is suspected", "possible", "likely", "?"].iter().any(|w| after.starts_with(w))
            };
            let blocking = !about_the_record
                && (doubted_marker
                    || section.modifier().is_some()
                    || triggers.iter().any(|x| match x {
                        Modifier::Negated => !m.is_result,
                        Modifier::Historical => !historical_kept,
                        Modifier::Hypothetical => !begun,
                        _ => true,
                    }));
            // A treatment dated after the note is planned, not given.
            let planned = treatment && nearest.is_some_and(|d| d.date > note.date + chrono::Duration::days(1));
            if blocking || planned {
                out.suppressed += 1;
                continue;
            }
            let mut event = m.event;
            // A gene named in a report's "NOT DETECTED" list was tested and is unaltered.
            if section == SectionKind::NotDetected {
                if let Some(EventValue::Variant { present, alteration, .. }) = &mut event.value {
                    *present = false;
                    *alteration = None;
                }
            }
            // A report's "Procedure date:" dates its surgery and biopsies.
            // So it dates what was given during the procedure (local anaesthetic, sedation).
            let procedure =
                matches!(event.category, Category::Surgery | Category::Medication) || event.kind == "biopsy";
            let undated = nearest.is_none();
            let study_finding = event.category == Category::DiseaseStatus || event.kind == "metastasis";
            let fallback = procedure_date
                .filter(|_| procedure)
                .map(|d| (d, "procedure_date"))
                .or_else(|| {
                    (event.category == Category::Radiotherapy && undated)
                        .then(|| course_date(text, sentence.clone(), note.date).map(|d| (d, "procedure_date")))
                        .flatten()
                })
                .or_else(|| {
                    (study_finding && undated)
                        .then(|| study_date(text, m.span.start, note.date).map(|d| (d, "study_line")))
                        .flatten()
                })
                .or_else(|| {
                    (treatment && undated)
                        .then(|| continuation_date(text, sentence.clone(), note.date).map(|d| (d, "text")))
                        .flatten()
                })
                .or_else(|| {
                    undated.then(|| item_date(text, m.span.start, note.date).map(|d| (d, "list_item"))).flatten()
                });
            let (date, from) = match (nearest, fallback) {
                (Some(d), _) => (d.date, "text"),
                (None, Some(f)) => f,
                (None, None) => (note.date, "note"),
            };
            event.date = date;
            event.details.insert("date_from".into(), from.into());
            if triggers.contains(&Modifier::Historical) {
                event.details.insert("historical".into(), "true".into());
            }
            // "KRAS G12C known from the 2021 colon cancer; lung NGS pending": the organ its
            // clause names says whose result it is, for a patient with two cancers.
            if matches!(event.category, Category::Biomarker | Category::Staging) {
                let clause = clause_of(text, sentence.clone(), &m.span);
                if let Some(organ) = crate::twin::navigation::cancers::organ_named(&text[clause]) {
                    event.details.insert("organ_named".into(), organ.into());
                }
            }
            if event.category == Category::SystemicTherapy {
                if let Some((c, d)) = patterns::cycle(&text[sentence.clone()]) {
                    event.details.insert("cycle".into(), c.to_string());
                    event.details.insert("cycle_day".into(), d.to_string());
                }
            }
            let ev = evidence(note, m.span.clone(), "rules", None, RULES_VERSION, m.confidence, event.date);
            // The same concept again in this note: one event with both spans as evidence, dated
            // where the note wrote a date ("Lumpectomy … received 2018-01-19" and
            // "Procedure: lumpectomy" are one surgery). Two written dates are two events.
            let written = nearest.is_some();
            let same = seen.get(&same_key(&event)).copied().filter(|&i| {
                let other: &TimelineEvent = &out.events[i];
                other.date == event.date || !written || other.detail("date_from") == Some("note")
            });
            if let Some(i) = same {
                let other = &mut out.events[i];
                if written && other.detail("date_from") == Some("note") {
                    other.date = event.date;
                    other.details.insert("date_from".into(), "text".into());
                }
                other.notes.push(ev);
                continue;
            }
            seen.insert(same_key(&event), out.events.len());
            let n = out.events.len() + 1;
            out.events.push(note_event(note, n, event, ev));
        }
        date_diagnosis_by_biopsy(&mut out.events, text, note.date);
        drop_included_procedures(&mut out.events);
        fold_adjunct_procedures(&mut out.events);
        drop_kinds_not_found_beside_alterations(&mut out.events);
        fold_psma_results(&mut out.events);
        // Prednisone counts only next to an antineoplastic drug (it is also an asthma drug).
        let oncology_drug = out.events.iter().any(|e| {
            matches!(&e.value, Some(EventValue::Drug { class, rxcui, .. })
                if !matches!(class, DrugClass::Companion | DrugClass::Supportive) || rxcui == "6313")
        });
        if !oncology_drug {
            out.events.retain(|e| !matches!(&e.value, Some(EventValue::Drug { rxcui, .. }) if rxcui == "8640"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(text: &str) -> Note {
        Note {
            document: "DocumentReference/n1".into(),
            date: NaiveDate::from_ymd_opt(2021, 6, 15).unwrap(),
            text: text.into(),
        }
    }

    fn labels(text: &str) -> Vec<String> {
        let x = RuleExtractor.extract(&note(text));
        x.events.iter().map(|e| format!("{} {} {}", e.kind, e.label, e.date)).collect()
    }

    #[test]
    fn synthea_plan_items() {
        let text = "2021-06-15\n\n# History of Present Illness\nPatient has a history of malignant neoplasm of breast (disorder).\n\n# Medications\ntamoxifen 10 mg oral tablet\n\n# Assessment and Plan\n\n## Plan\nThe following procedures were conducted:\n- chemotherapy (procedure)\n- lumpectomy of breast (procedure)\nThe patient was prescribed the following medications:\n- 100 ml epirubicin hydrochloride 2 mg/ml injection\n";
        let x = RuleExtractor.extract(&note(text));
        let got: Vec<String> = x.events.iter().map(|e| format!("{} {}", e.kind, e.label)).collect();
        assert_eq!(got, ["chemotherapy_session Chemotherapy", "surgery Lumpectomy of breast", "drug epirubicin"]);
        assert_eq!(x.suppressed, 2, "the history and the medication list");
        let drug = &x.events[2];
        assert_eq!(drug.code.as_ref().unwrap().code, "3995");
        assert_eq!(drug.sources, ["DocumentReference/n1"]);
        let ev = &drug.notes[0];
        assert_eq!(&text[ev.start..ev.end], "epirubicin");
        assert_eq!((ev.extractor.as_str(), ev.prompt_version.as_str()), ("rules", RULES_VERSION));
    }

    #[test]
    fn modifiers_keep_non_events_out() {
        assert!(labels("CT chest/abdomen: no evidence of metastatic disease.").iter().all(|l| !l.contains("metasta")));
        assert!(labels("Her mother had breast cancer at 52.").is_empty());
        assert!(labels("If she progresses we would consider docetaxel.").is_empty());
        assert!(labels("Suspected lung cancer, biopsy pending.").is_empty());
        assert_eq!(labels("She started letrozole 2.5 mg daily 3 weeks ago."), ["drug letrozole 2021-05-25"]);
        assert!(labels("Prednisone 40 mg for COPD flare.").is_empty());
    }

    #[test]
    fn dates_stages_and_markers() {
        assert_eq!(
            labels("Right hemicolectomy on 03/02/2021. Pathology pT3 pN1b cM0, stage IIIB."),
            [
                "surgery Partial resection of colon 2021-03-02",
                "t pT3 2021-06-15",
                "n pN1b 2021-06-15",
                "m cM0 2021-06-15",
                "stage_group Stage IIIB 2021-06-15",
            ]
        );
        assert_eq!(
            labels("ER positive, PR negative, HER2 negative (IHC 1+). PSA 4.5 ng/mL."),
            [
                "er ER positive 2021-06-15",
                "pr PR negative 2021-06-15",
                "her2 HER2 negative (HER2-low) 2021-06-15",
                "psa PSA 4.5 ng/mL 2021-06-15"
            ]
        );
        assert_eq!(labels("Receptor de estrógenos (RE): positivo, inmunohistoquímica"), ["er ER positive 2021-06-15"]);
        let v = RuleExtractor.extract(&note("EGFR exon 19 deletion detected; KRAS wild-type."));
        let genes: Vec<(String, bool)> = v
            .events
            .iter()
            .filter_map(|e| match &e.value {
                Some(EventValue::Variant { gene, present, .. }) => Some((gene.clone(), *present)),
                _ => None,
            })
            .collect();
        assert_eq!(genes, [("EGFR".to_string(), true), ("KRAS".to_string(), false)]);
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "Tumorectomía de mama izquierda; después radioterapia.";
        let x = RuleExtractor.extract(&note(text));
        let rt = x.events.iter().find(|e| e.kind == "radiotherapy_session").expect("radiotherapy");
        let ev = &rt.notes[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[ev.start..ev.end].iter().collect::<String>(), "radioterapia");
    }

    /// `kind key` of every event (the key is the evaluation's: value, gene, code).
    fn keys(text: &str) -> Vec<String> {
        let x = RuleExtractor.extract(&note(text));
        x.events
            .iter()
            .filter_map(|e| super::super::eval::type_and_key(e).map(|(_, k)| format!("{} {k}", e.kind)))
            .collect()
    }

    /// `(kind, result)` of every event read from the text.
    fn kinds_and_results(text: &str) -> Vec<(String, Option<String>)> {
        RuleExtractor
            .extract(&note(text))
            .events
            .iter()
            .map(|e| (e.kind.clone(), e.result().map(str::to_string)))
            .collect()
    }

    fn has(text: &str, want: &str) -> bool {
        keys(text).iter().any(|k| k == want)
    }

    /// What re-authorisation letters and restaging reports say: a result quoted with its
    /// FDA-approved test; a marker only suspected; a letter's condition for renewal; the
    /// absence of new lesions; a PSMA PET's result folded into the PET; a drug the patient is
    /// off.
    #[test]
    fn letters_restaging_reports_and_psma_results() {
        let results = kinds_and_results;
        let letter = "Clinical criteria met: metastatic NSCLC (adenocarcinoma); ALK rearrangement POSITIVE by VENTANA ALK (D5F3) CDx Assay (FDA-approved companion diagnostic), Meridian Pathology.";
        assert!(has(letter, "variant ALK:true"), "{:?}", keys(letter));
        let ras = "RAS WILD-TYPE - KRAS and NRAS exons 2, 3 and 4 no mutation detected (Praxis Extended RAS Panel, FDA-approved), specimen 2025-12-15.";
        assert!(has(ras, "variant KRAS:false") && has(ras, "variant NRAS:false"), "{:?}", keys(ras));
        // "FDA-approved" still makes options of what follows it or what it is said of.
        assert!(!keys("FDA-approved options include osimertinib.").iter().any(|k| k.starts_with("drug")));
        assert!(keys("Encorafenib + cetuximab is FDA-approved after prior therapy.")
            .iter()
            .all(|k| !k.starts_with("drug")));
        let suspected = "Right-sided, rapid progression - BRAF V600E suspected; PCR on the archival block pending.";
        assert!(!keys(suspected).iter().any(|k| k.starts_with("braf")), "{:?}", keys(suspected));
        let renewal = results("Renewal requires documentation of response or stable disease.");
        assert!(!renewal.iter().any(|(k, _)| k == "disease_status"), "{renewal:?}");
        let stable = results("Sclerotic metastases unchanged; no new osseous lesion on bone scan. IMPRESSION: stable disease, no new lesions.");
        let statuses: Vec<&Option<String>> =
            stable.iter().filter(|(k, _)| k == "disease_status").map(|(_, r)| r).collect();
        assert_eq!(statuses, [&Some("stable".to_string())], "{stable:?}");
        assert!(results("CT: new hepatic lesions.").contains(&("disease_status".into(), Some("progression".into()))));
        // PSMA PET results: the PET of that date carries them; VISION's exclusion says nothing.
        let pet = results("Progression after docetaxel. PSMA PET 10/20/2026 positive.");
        assert_eq!(pet.iter().filter(|(k, _)| k == "psma_pet").count(), 1, "{pet:?}");
        assert!(pet.contains(&("psma_pet".into(), Some("positive".into()))), "{pet:?}");
        assert!(results("IMPRESSION: PSMA-positive metastatic disease.")
            .contains(&("psma_pet".into(), Some("positive".into()))));
        assert!(results("PSMA PET/CT: no PSMA-avid disease.").contains(&("psma_pet".into(), Some("negative".into()))));
        assert!(!results("No PSMA-negative soft tissue lesion meeting size criteria.")
            .iter()
            .any(|(k, _)| k == "psma_pet"));
        // Off a drug since a date: stopped, not given.
        assert!(!keys("Intermittent ADT. Off triptorelin since 2025-08; PSA now 11.6.")
            .iter()
            .any(|k| k.starts_with("drug")));
        assert!(keys("Off-label use of trastuzumab was approved.").iter().any(|k| k.starts_with("drug")));
    }

    #[test]
    fn record_statements_castration_status_and_tests_not_yet_resulted() {
        let kinds = kinds_and_results;
        let k = kinds("Metastatic castration-resistant prostate cancer on degarelix with PSA progression.");
        assert!(k.contains(&("castration_status".into(), Some("resistant".into()))), "{k:?}");
        let k = kinds("Low-volume mHSPC on leuprolide.");
        assert!(k.contains(&("castration_status".into(), Some("sensitive".into()))), "{k:?}");
        // Resectability as surgeons and tumour boards state it.
        let resectable = |text: &str| -> Vec<Option<String>> {
            kinds(text).into_iter().filter(|(k, _)| k == "resectability").map(|(_, r)| r).collect()
        };
        assert_eq!(
            resectable("Not a candidate for lobectomy or sublobar resection. Refer for SBRT."),
            [Some("false".into())]
        );
        assert_eq!(resectable("Thoracic tumour board: bulky multistation N2 - unresectable."), [Some("false".into())]);
        assert_eq!(
            resectable("Age 85, severe COPD; prohibitive operative risk. Recommend SBRT."),
            [Some("false".into())]
        );
        assert_eq!(resectable("Liver-only disease, resectable after 4 cycles of FOLFOX."), [Some("true".into())]);
        assert_eq!(resectable("Good surgical candidate; plan VATS lobectomy."), [Some("true".into())]);
        assert!(resectable("Borderline resectable pancreatic-head involvement; not operable today.")
            .iter()
            .all(|r| r.as_deref() == Some("false")));
        // Doubted, negated further back, asked, or a form's field: nothing said, or "no".
        assert_eq!(resectable("Liver lesions not felt to be resectable at this time."), [Some("false".into())]);
        assert_eq!(resectable("Disease is no longer resectable after progression."), [Some("false".into())]);
        assert!(resectable("Referred to thoracic surgery to determine whether she is a surgical candidate.").is_empty());
        assert!(resectable("Resectable: No").is_empty());
        assert!(resectable("Potentially resectable after conversion chemotherapy.").is_empty());
        // A statement about the record keeps its own "not yet received".
        let k = kinds("Outside treatment records requested, not yet received. CT 02/2025: progression.");
        assert!(k.iter().any(|(kind, _)| kind == "history_pending"), "{k:?}");
        assert!(!kinds("Outside records reviewed in full.").iter().any(|(kind, _)| kind == "history_pending"));
        // A test sent or only reported is no result.
        assert!(keys("Repeat EGFR testing (including T790M) sent 12/30/2024; results pending.").is_empty());
        assert!(!keys("A KRAS alteration was reportedly found on an outside panel.")
            .iter()
            .any(|k| k.ends_with("KRAS:true")));
    }

    #[test]
    fn not_detected_lists_wrapped_prose_and_annotated_series() {
        // A report's NOT DETECTED list: each gene tested, none altered (a gene alone on its
        // line is no heading).
        let got = keys("RESULT SUMMARY\nTIER I\n EGFR\n  p.L858R (exon 21)\nNOT DETECTED\n KRAS\n BRAF\n ALK fusion\n ROS1 fusion\nGENOMIC SIGNATURES\n MSI: stable (MSS)\n");
        for want in ["KRAS:false", "BRAF:false", "ALK:false", "ROS1:false"] {
            assert!(got.iter().any(|k| k.ends_with(want)), "{want}: {got:?}");
        }
        // Prose wrapped at a fixed width keeps its sentence (and its date) across the break.
        let x = RuleExtractor.extract(&Note {
            date: NaiveDate::from_ymd_opt(2025, 6, 3).unwrap(),
            ..note("A diagnostic mammogram and ultrasound showed a 2.1 cm mass. A week later, on\n5/9/25, she had an ultrasound-guided core needle biopsy of the left breast mass.")
        });
        let biopsy = x.events.iter().find(|e| e.kind == "biopsy").expect("the biopsy");
        assert_eq!(biopsy.date, NaiveDate::from_ymd_opt(2025, 5, 9).unwrap());
        // A series whose first date carries a word.
        let x = RuleExtractor.extract(&Note {
            date: NaiveDate::from_ymd_opt(2026, 9, 15).unwrap(),
            ..note("PSA 48.2 ng/mL (06/22/2026, baseline) -> 19.7 (08/03/2026) -> 8.9 (09/14/2026).")
        });
        let psa: Vec<String> =
            x.events.iter().filter(|e| e.kind == "psa").map(|e| format!("{} {}", e.label, e.date)).collect();
        assert_eq!(psa.len(), 3, "{psa:?}");
        assert!(psa.iter().any(|p| p.ends_with("2026-08-03")), "{psa:?}");
    }

    #[test]
    fn a_biopsy_without_its_organ_takes_the_one_named_just_before() {
        assert!(has(
            "Metastatic castration-resistant prostate cancer. Diagnosed on biopsy in 2015: Gleason 4+4=8.",
            "biopsy 65575008"
        ));
        assert!(has(
            "- MRI prostate 3/14/25: PI-RADS 5 lesion\n- TP fusion bx 3/28/25: GG4, 8/12 cores",
            "biopsy 65575008"
        ));
        // An organ in its own sentence still wins.
        assert!(has("Prostate MRI was benign. A liver biopsy showed adenocarcinoma.", "biopsy 86259008"));
    }

    #[test]
    fn response_abbreviations_in_their_contexts() {
        assert!(has(
            "- Letrozole + Kisqali from 04/2022 -> PD on CT 02/2024.",
            "disease_status disease_status:progression"
        ));
        assert!(has(
            "2 new brain mets = intracranial PD; extracranial disease stable",
            "disease_status disease_status:progression"
        ));
        assert!(has("Overall RECIST 1.1 response: PR (partial response).", "disease_status disease_status:response"));
        assert!(has("on 2L Enhertu with ongoing PR at 15 months.", "disease_status disease_status:response"));
        // The receptors are not responses.
        assert!(!has("ER 80%, PR 5%, HER2 1+.", "disease_status disease_status:response"));
    }

    #[test]
    fn stages_as_notes_write_them() {
        for (text, want) in [
            ("Non-small cell carcinoma of lung, TNM stage 1.", "stage_group stage_group:I"),
            ("Clinical stage IIB breast cancer.", "stage_group stage_group:IIB"),
            ("Stage 3A NSCLC.", "stage_group stage_group:IIIA"),
            ("pStage IB after resection.", "stage_group stage_group:IB"),
            ("AJCC 8th stage IVB.", "stage_group stage_group:IVB"),
        ] {
            assert!(has(text, want), "{text}: {:?}", keys(text));
        }
        assert_eq!(
            keys("Synoptic: pT2N1a(2/15)M0."),
            ["t t:T2", "n n:N1a", "m m:M0"],
            "a compound TNM string, the node count is not a date"
        );
        assert_eq!(keys("After neoadjuvant therapy: ypT0N0."), ["t t:T0", "n n:N0"]);
        assert_eq!(keys("cT3N2M1c"), ["t t:T3", "n n:N2", "m m:M1c"]);
        assert_eq!(keys("cT2b N0 M0"), ["t t:T2b", "n n:N0", "m m:M0"]);
        // Other diseases' stages and MRI sequences are not cancer stages.
        assert!(keys("PMH: stage 1 hypertension, CKD stage 3.").is_empty());
        assert!(keys("Assessment: stage 2 pressure ulcer of sacrum").is_empty());
        assert!(keys("T2-weighted images show no lesion.").is_empty());
    }

    #[test]
    fn receptors_and_markers() {
        let k = keys("ER 95% strong, PR negative (<1%), HER2 2+ by IHC, FISH not amplified (ratio 1.3). Ki-67 30%.");
        assert_eq!(k, ["er er:positive", "pr pr:negative", "her2 her2:negative", "ki67 ki67:30"]);
        let x = RuleExtractor.extract(&note("ER 95% strong"));
        assert_eq!(x.events[0].detail("percent"), Some("95"));
        assert_eq!(x.events[0].detail("intensity"), Some("strong"));
        assert_eq!(keys("HER2 2+ by IHC, FISH amplified (ratio 3.4)"), ["her2 her2:positive"]);
        assert_eq!(keys("HER2 2+ (IHC); ISH pending"), ["her2 her2:equivocal"]);
        let low = RuleExtractor.extract(&note("IDC, HER2-low."));
        let her2 = low.events.iter().find(|e| e.kind == "her2").expect("HER2-low");
        assert_eq!((her2.result(), her2.detail("her2_low")), (Some("negative"), Some("true")));
        assert_eq!(
            keys("ER+/PR-/HER2- IDC"),
            ["er er:positive", "pr pr:negative", "her2 her2:negative", "primary_cancer primary_cancer"]
        );
        assert!(has("Triple-negative breast cancer.", "pr pr:negative"));
        assert_eq!(keys("PD-L1 TPS 60% (22C3)."), ["pdl1_tps pdl1_tps:60"]);
        assert_eq!(keys("PD-L1 CPS 10."), ["pdl1_cps pdl1_cps:10"]);
        assert_eq!(keys("PSA 12.4 ng/mL."), ["psa psa:12.4"]);
        assert_eq!(keys("PSA 0.24 (12/2020) and 0.41 (5/14/2021)."), ["psa psa:0.24", "psa psa:0.41"]);
        assert_eq!(
            labels("PSA 0.24 (12/2020) and 0.41 (5/14/2021)."),
            ["psa PSA 0.24 2020-12-01", "psa PSA 0.41 2021-05-14"],
            "each value its date"
        );
        assert!(keys("PSA doubling time 4 months; CEA q6 months; repeat PSA q3w.").is_empty());
        assert!(keys("HR 76/min, BP 120/80").is_empty(), "HR is a heart rate");
        assert_eq!(keys("HR+/HER2- MBC"), ["er_pr er_pr:positive", "her2 her2:negative"]);
        assert_eq!(keys("ECOG 1."), ["ecog ecog:1"]);
        assert!(keys("Eligible: ECOG 0-1.").is_empty(), "a range is not an assessment");
    }

    #[test]
    fn genes_msi_and_mismatch_repair() {
        assert_eq!(keys("KRAS G12C (c.34G>T) detected."), ["variant KRAS:true"]);
        assert_eq!(keys("EGFR exon 19 deletion."), ["variant EGFR:true"]);
        assert_eq!(keys("EML4-ALK fusion detected."), ["variant ALK:true"]);
        assert_eq!(keys("BRCA2 pathogenic variant (c.5946delT)."), ["variant BRCA2:true"]);
        assert_eq!(
            keys("No pathogenic variants in EGFR, KRAS and BRAF."),
            ["variant EGFR:false", "variant KRAS:false", "variant BRAF:false"]
        );
        assert_eq!(keys("ALK, ROS1 negative."), ["variant ALK:false", "variant ROS1:false"]);
        assert_eq!(keys("BRCA1/2 negative."), ["variant BRCA1:false", "variant BRCA2:false"]);
        assert_eq!(keys("PIK3CA wild type."), ["variant PIK3CA:false"]);
        assert_eq!(keys("Reordenamiento ALK::EML4 detectado por RNA-seq."), ["variant ALK:true"]);
        assert_eq!(keys("KRAS: no detectado."), ["variant KRAS:false"]);
        assert!(keys("BRCA2 variant of uncertain significance.").is_empty());
        // The kind or the variant first, the negative result after: never a positive.
        assert_eq!(
            keys("ALK, ROS1 and RET fusions not detected."),
            ["variant ALK:false", "variant ROS1:false", "variant RET:false"]
        );
        assert_eq!(keys("NRAS and BRAF V600E not detected."), ["variant NRAS:false", "variant BRAF:false"]);
        assert_eq!(keys("EGFR mutation was not detected."), ["variant EGFR:false"]);
        assert_eq!(keys("EGFR: no mutation detected (exons 18-21)."), ["variant EGFR:false"]);
        assert_eq!(
            keys("Extended RAS analysis (KRAS and NRAS codons 12, 13, 59, 61, 117, 146): no mutation detected."),
            ["variant KRAS:false", "variant NRAS:false"]
        );
        assert_eq!(keys("MET: no exon 14 skipping, no amplification."), ["variant MET:false"]);
        assert_eq!(keys("Combined Positive Score (CPS): 15"), ["pdl1_cps pdl1_cps:15"]);
        assert!(keys("BRCA2 p.T2515I: variant of uncertain significance.").is_empty());
        assert!(keys("PIK3CA p.I391M classified as VUS.").is_empty());
        // Other medications: read as medications, never as antineoplastic drugs; allergies are not given.
        assert_eq!(keys("Zofran 8 mg PRN nausea; Neulasta on day 2."), ["medication 26225", "medication 338036"]);
        assert!(keys("Allergies: ondansetron (rash)").is_empty(), "{:?}", keys("Allergies: ondansetron (rash)"));
        assert_eq!(keys("Tumor proportion score: 60%"), ["pdl1_tps pdl1_tps:60"]);
        assert_eq!(
            keys("KRAS exons 2-4 and NRAS exons 2-4: no mutations detected (RAS wild-type)."),
            ["variant KRAS:false", "variant NRAS:false"]
        );
        assert_eq!(keys("NRAS exon 3: no mutation detected."), ["variant NRAS:false"]);
        assert_eq!(keys("KRAS exon 2 mutation detected: G12D."), ["variant KRAS:true"]);
        assert_eq!(
            keys("ROS1, RET, NTRK1/2/3: no fusions detected."),
            ["variant ROS1:false", "variant RET:false", "variant NTRK1:false"]
        );
        assert_eq!(keys("MSI-H."), ["msi msi:high"]);
        assert_eq!(keys("Tumor is MSS."), ["msi msi:stable"]);
        assert_eq!(keys("IHC: loss of MLH1 and PMS2 expression."), ["mmr mmr:deficient"]);
        assert_eq!(keys("pMMR (MLH1, PMS2, MSH2, MSH6 retained)."), ["mmr mmr:proficient"]);
        assert_eq!(keys("cT3N2M0. MMR proficient."), ["t t:T3", "n n:N2", "m m:M0", "mmr mmr:proficient"]);
    }

    #[test]
    fn radiotherapy_courses_and_disease_status() {
        let x = RuleExtractor.extract(&note("Whole breast RT 50 Gy/25 fx to the left breast, completed 5/2021."));
        assert_eq!(x.events.len(), 1, "{:?}", x.events);
        let rt = &x.events[0];
        assert_eq!((rt.kind.as_str(), rt.date.to_string()), ("radiotherapy_course", "2021-05-01".into()));
        assert_eq!(rt.detail("dose"), Some("50 Gy in 25 fractions"));
        assert_eq!((rt.detail("body_site"), rt.detail("laterality")), (Some("left breast"), Some("left")));
        assert_eq!(keys("SBRT 54 Gy in 3 fractions."), ["radiotherapy_course radiotherapy"]);
        for (text, want) in [
            ("IMPRESSION: new hepatic metastases, consistent with disease progression.", "progression"),
            ("Partial response by RECIST 1.1.", "response"),
            ("Stable disease.", "stable"),
            ("No evidence of disease.", "remission"),
            ("Assessment: NED at 3 years.", "remission"),
            ("No evidence of progression.", "stable"),
        ] {
            assert!(has(text, &format!("disease_status disease_status:{want}")), "{text}: {:?}", keys(text));
        }
        assert!(!has(
            "If she progresses or shows progression, consider docetaxel.",
            "disease_status disease_status:progression"
        ));
        assert!(keys("Median progression-free survival was 11 months.").is_empty());
        assert!(keys("A: Clinical course stable, no significant change. Vitals remain stable.").is_empty());
        assert!(keys("The PRAPARE protocol for responding to patients' risks.").is_empty());
    }

    #[test]
    fn therapies_regimens_and_what_was_not_given() {
        assert_eq!(keys("Here for C3D1 of dose-dense AC today."), ["drug 3639", "drug 3002"]);
        let x = RuleExtractor.extract(&note("Here for C3D1 of dose-dense AC today."));
        assert_eq!(x.events[0].detail("cycle"), Some("3"));
        assert_eq!(x.events[0].detail("regimen"), Some("AC"));
        assert!(has("Completed 4 cycles of AC in 2019.", "drug 3639"));
        assert!(has("s/p 4 cycles of AC", "drug 3002"), "a past treatment happened");
        assert_eq!(keys("Carbo/pem/pembro x4 cycles."), ["drug 40048", "drug 68446", "drug 1547545"]);
        assert!(has("C1D1 mFOLFOX6 today.", "drug 32592"));
        assert!(has("On Keytruda since 3/2023.", "drug 1547545"), "brand names");
        assert!(keys("Discussed AC with the patient's family.").is_empty(), "AC needs a treatment context");
        for text in [
            "Options: docetaxel, cabazitaxel or radium-223.",
            "Pt declined docetaxel.",
            "Would not add abiraterone given cross-resistance.",
            "Plan to start enzalutamide if PSA rises.",
            "Consider olaparib at progression.",
            "Recommend adjuvant capecitabine.",
            "Lumpectomy scheduled for next week.",
            "C1D1 TCHP on 11/30/2021.",
            "Start anastrozole in 2 weeks.",
            "Chemotherapy not indicated (RS 11).",
            "Not a candidate for cisplatin.",
        ] {
            assert!(
                keys(text)
                    .iter()
                    .all(|k| !(k.starts_with("drug") || k.starts_with("surgery") || k.starts_with("chemo"))),
                "{text}: {:?}",
                keys(text)
            );
        }
        // A one-line heading covers its line; the next line is the note's again.
        assert!(keys("FHx: mother with breast cancer at 61.\nECOG 0.") == ["ecog ecog:0"]);
        assert!(keys("Options:\n- docetaxel\n- cabazitaxel").is_empty());
    }

    #[test]
    fn reports_and_histories_as_written() {
        let late = |text: &str| Note { date: NaiveDate::from_ymd_opt(2026, 6, 15).unwrap(), ..note(text) };
        let keys = |text: &str| -> Vec<String> {
            let x = RuleExtractor.extract(&late(text));
            x.events
                .iter()
                .filter_map(|e| super::super::eval::type_and_key(e).map(|(_, k)| format!("{} {k}", e.kind)))
                .collect()
        };
        let has = |text: &str, want: &str| keys(text).iter().any(|k| k == want);
        // Dates: the drug's own clause, a range's start; a past start before the plan words.
        let dated = |text: &str, drug: &str| {
            let x = RuleExtractor.extract(&late(text));
            x.events.iter().filter(|e| e.label == drug).map(|e| e.date.to_string()).collect::<Vec<_>>()
        };
        let kn522 = "Paclitaxel + carboplatin started 2/10/2025; then AC (doxorubicin / cyclophosphamide) q3w x 4, 5/5/2025 - 7/28/2025.";
        assert_eq!(dated(kn522, "doxorubicin"), ["2025-05-05"]);
        assert_eq!(dated(kn522, "paclitaxel"), ["2025-02-10"]);
        assert_eq!(
            dated("Abiraterone 1000 mg daily since 11/2024 (planned 24 months).", "abiraterone"),
            ["2024-11-01"]
        );
        assert!(keys("Planned: abiraterone for 24 months.").is_empty());
        // A list a trigger introduces, and approval statements, are not treatment.
        assert!(keys("Therapies associated with potential benefit: osimertinib; afatinib; gefitinib.").is_empty());
        assert!(keys("Encorafenib + cetuximab is FDA-approved after prior therapy.").is_empty());
        // Genes negated after the kind, by a line label; MMR intact; MSI-H unlikely.
        for text in [
            "ALK, ROS1 and RET fusions assessed - negative.",
            "Not detected: EGFR (exons 18-21) mutations; BRAF V600E; ALK, ROS1 and RET fusions.",
        ] {
            let k = keys(text);
            assert!(
                k.iter().all(|k| k.ends_with(":false")) && k.contains(&"variant ALK:false".to_string()),
                "{text}: {k:?}"
            );
        }
        assert!(has("NRAS and BRAF V600E: not detected.", "variant BRAF:false"));
        assert_eq!(
            keys("MMR IHC: no loss of nuclear expression of MLH1, MSH2, MSH6 and PMS2 (low probability of MSI-H)."),
            ["mmr mmr:proficient"]
        );
        // Serum series and a date between name and value; testosterone.
        let x = RuleExtractor
            .extract(&late("Rising PSA: 4.1 (2022), 6.8 (1/2025), 8.9 (4/2/2025). Testosterone 9/29/2024: 388 ng/dL."));
        let got: Vec<String> = x.events.iter().map(|e| format!("{} {}", e.label, e.date)).collect();
        for want in
            ["PSA 4.1 2022-01-01", "PSA 6.8 2025-01-01", "PSA 8.9 2025-04-02", "Testosterone 388 ng/dL 2024-09-29"]
        {
            assert!(got.iter().any(|g| g == want), "{want}: {got:?}");
        }
        // Courses written "21 Gy x 1 fx to R frontal 6 mm met"; a fraction's dose is no course.
        assert_eq!(keys("SRS 21 Gy x 1 fx to R frontal 6 mm brain met 2/2025."), ["radiotherapy_course radiotherapy"]);
        assert!(keys("Dose 1.8 Gy/fx.").is_empty());
        // A histology under its organ's line, never in situ or metastatic.
        assert!(has(
            "RIGHT LOWER LOBE, CORE BIOPSY:\n- SQUAMOUS CELL CARCINOMA, KERATINIZING.",
            "primary_cancer primary_cancer"
        ));
        assert!(!has("Left breast: ductal carcinoma in situ.", "primary_cancer primary_cancer"));
    }

    #[test]
    fn consents_reports_and_diagnosis_dates() {
        let late = |text: &str| Note { date: NaiveDate::from_ymd_opt(2026, 2, 17).unwrap(), ..note(text) };
        let events = |text: &str| -> Vec<String> {
            let x = RuleExtractor.extract(&late(text));
            x.events.iter().map(|e| format!("{} {} {}", e.kind, e.label, e.date)).collect()
        };
        // Headings in capitals: what was consented to, its risks and its alternatives are
        // not given.
        let consent = "DIAGNOSIS\nMetastatic prostate adenocarcinoma.\n\nTREATMENT CONSENTED\nDocetaxel 75 mg/m2 q21 days x 6.\n\nRISKS DISCUSSED\nDarolutamide: fatigue, rash.\n\nALTERNATIVES DISCUSSED (handout given)\nADT + abiraterone/prednisone; enzalutamide.\n\nTHERAPY AND TRIAL ASSOCIATIONS\n- PARP inhibitors (olaparib): no genomic rationale.\n";
        let got = events(consent);
        assert!(got.iter().all(|e| !e.starts_with("drug")), "{got:?}");
        assert!(events("Informed consent for chemotherapy signed.").is_empty());
        // "Chemotherapy" beside the drugs it names is those drugs; a checked-off "none" is none.
        assert_eq!(
            events("Concurrent chemotherapy: weekly carboplatin/paclitaxel from 1/5/2026."),
            ["drug carboplatin 2026-01-05", "drug paclitaxel 2026-01-05"]
        );
        assert!(events("[ ] Prior chemotherapy - none.").is_empty());
        // A homozygous deletion is an alteration.
        assert!(events("| PTEN | homozygous deletion (exons 1-9) | CN 0 |")
            .iter()
            .any(|e| e.starts_with("variant PTEN")));
        // An undated primary takes the date of the biopsy that diagnosed it, not a benign one.
        let got = events("Metastatic prostate adenocarcinoma.\nTRUS biopsy in 2021 - benign.\n01/16/2026 prostate biopsy: Gleason 4+5=9.");
        assert!(got.iter().any(|e| e.starts_with("primary_cancer") && e.ends_with("2026-01-16")), "{got:?}");
        // "MSI by PCR" is no pathologic complete response (pCR is written in its case).
        assert!(events("MSI by PCR: MSI-high.").iter().all(|e| !e.starts_with("disease_status")));
        assert!(events("Mastectomy 1/5/2026: pCR.")
            .iter()
            .any(|e| e == "disease_status Disease status: response 2026-01-05"));
        // A status on a study's line is dated by the study.
        assert_eq!(
            events("CT C/A/P 2/3/2026 - IMPRESSION: 1. Decrease of hepatic metastases. 2. Overall partial response."),
            [
                "imaging CT of chest 2026-02-03",
                "metastasis Secondary malignant neoplasm of liver 2026-02-03",
                "disease_status Disease status: response 2026-02-03"
            ]
        );
        // A gene list across a line break (its last gene's clause starts on the next line).
        assert!(events("Genes tested:\nEGFR\nALK negative").iter().any(|e| e.starts_with("variant EGFR")));
        // Rectal, liver and nodal surgery by name; a metastatic carcinoma in a bone biopsy is a
        // metastasis, in a lymph node it is not (that is N).
        let got = events("s/p LAR with diverting loop ileostomy 11/29/2025; RALP + PLND 2016. Loop ileostomy on 1/2/2026 for obstruction.");
        for want in [
            "surgery Low anterior resection of rectum 2025-11-29",
            "surgery Radical prostatectomy 2016-01-01",
            "surgery Creation of ileostomy 2026-01-02",
        ] {
            assert!(got.iter().any(|e| e == want), "{want}: {got:?}");
        }
        // The adjuncts of the same operation are its detail, not surgeries of their own.
        assert!(!got.iter().any(|e| e == "surgery Creation of ileostomy 2025-11-29"), "{got:?}");
        assert!(!got.iter().any(|e| e.contains("pelvic lymph nodes")), "{got:?}");
        assert!(events("- 2025-01-22: CT-guided bone bx R iliac bone -> metastatic carcinoma c/w breast primary.")
            .iter()
            .any(|e| e == "metastasis Metastatic malignant neoplasm 2025-01-22"));
        assert!(events("03/09/2026 FNA of the R axillary LN: metastatic carcinoma.")
            .iter()
            .all(|e| !e.starts_with("metastasis")));
        // What was tested is in the parenthesis, the result after it; a kind of alteration not
        // found beside one found is dropped, a variant tested negative is kept.
        let got = events("EGFR (including exon 19 deletions, L858R): not detected\nMSI-High NOT DETECTED (microsatellite stable)\n| MET | exon 14 skipping | 1.8% |\nMET amplification: not detected");
        assert!(got.iter().any(|e| e.starts_with("variant EGFR not detected")), "{got:?}");
        assert!(
            got.iter().all(|e| !e.starts_with("msi MSI high") && !e.starts_with("variant MET not detected")),
            "{got:?}"
        );
        assert!(events("EGFR exon 19 deletion detected; T790M: EGFR T790M not detected.")
            .iter()
            .any(|e| e.starts_with("variant EGFR not detected")));
        // ERBB2 amplified or not is HER2; more genes of NGS panels.
        let got = events("COPY NUMBER: ERBB2 (HER2) not amplified. CDKN2A homozygous deletion. STK11 p.Q37* detected.");
        for want in ["variant ERBB2 not detected", "her2 HER2 negative", "variant CDKN2A", "variant STK11"] {
            assert!(got.iter().any(|e| e.starts_with(want)), "{want}: {got:?}");
        }
        // A history item's leading date dates what the item names without a date.
        let got = events("- Mar-2014: TRUS bx -> adenocarcinoma, Gleason 4+4. PSA at dx 22.4 ng/mL.");
        assert!(got.iter().any(|e| e == "psa PSA 22.4 ng/mL 2014-03-01"), "{got:?}");
        // A table of serial values: each number under its marker, dated by its row.
        let got = events("| date | PSA (ng/mL) | testosterone (ng/dL) |\n|---|---|---|\n| 03/2025 | 0.04 | - |\n| 09/22/2025 | <0.02 | 12 |\n");
        assert_eq!(
            got,
            [
                "psa PSA 0.04 ng/mL 2025-03-01",
                "psa PSA <0.02 2025-09-22",
                "testosterone Testosterone 12 ng/dL 2025-09-22"
            ]
        );
        // A procedure note's "Date:" line dates the procedure and what was given during it.
        let got = events("UROLOGY PROCEDURE NOTE\nProcedure: transperineal prostate biopsy\nDate: 2/9/2026\nLocal: 1% lidocaine 20 mL.");
        assert!(got.iter().any(|e| e.starts_with("medication lidocaine 2026-02-09")), "{got:?}");
    }

    #[test]
    fn a_report_procedure_date_dates_its_surgery() {
        let text = "Specimen: left breast, lumpectomy.\nProcedure date: 03/28/2021\nFINAL DIAGNOSIS: invasive ductal carcinoma.";
        assert!(labels(text).contains(&"surgery Lumpectomy of breast 2021-03-28".to_string()), "{:?}", labels(text));
    }

    #[test]
    fn note_text_never_panics() {
        for text in [
            "PSA 88.2 (prior 31.5) (12/2024",
            "CEA (",
            "HER2",
            "ER",
            "pT",
            "T2N",
            "50 Gy/",
            "stage",
            "Ki-67 ¾%",
            "PSA ≤0.1 ng/mL — é",
            "BRCA1/2",
            "EGFR,",
            "Options:",
        ] {
            let _ = RuleExtractor.extract(&note(text));
        }
    }

    proptest::proptest! {
        /// Any mix of the tokens the patterns read never panics (slicing, offsets, dates).
        #[test]
        fn token_soup_never_panics(tokens in proptest::collection::vec(proptest::sample::select(vec![
            "PSA", "CEA", " ", "12.4", "0", "(", ")", "/", "ER", "PR", "HER2", "+", "-", "%", "pT2", "N1a", "M0", "T",
            "Gy", "fx", "stage", "IIB", "3", "2/15", "3/2024", "on", "no", "KRAS", "G12C", ":", ";", ".", "\n", "é",
            "≤", "<", "AC", "cycles", "C3D1", "carbo", "pem", "and", "prior", "FISH", "ratio", "ECOG", "Options",
            "EGFR", "ALK", ",", "|", "Not detected", "deletion", "RISKS", "DATE", "- ", "Mar-2014", "bx", "PCR",
        ]), 0..40)) {
            let _ = RuleExtractor.extract(&note(&tokens.concat()));
        }
    }
}
