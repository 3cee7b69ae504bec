//! The requested service: a code (RxNorm, HCPCS, CPT or SNOMED CT) read from a bare
//! system/code pair, a MedicationRequest, ServiceRequest or DeviceRequest, or a Claim item.

use crate::twin::history::codes;
use chrono::NaiveDate;
use oncotwin_pathway::CodeSystem;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What cannot be read from a request.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RequestError {
    #[error("`{0}` is not a service request oncotwin reads (use MedicationRequest, ServiceRequest, DeviceRequest or a Claim item)")]
    UnsupportedResource(String),
    #[error("{0} carries no code in RxNorm, HCPCS, CPT, SNOMED CT or NDC")]
    NoCode(String),
    #[error("code system `{0}` is not one oncotwin decides on (RxNorm, HCPCS, CPT, SNOMED CT, NDC)")]
    UnknownSystem(String),
    #[error("{0}")]
    BadCode(String),
}

/// A service to decide on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestedService {
    /// `rxnorm`, `hcpcs`, `cpt`, `snomed` or `ndc`.
    pub system: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// RxNorm ingredient CUIs of a drug (a clinical-drug code maps to its ingredients).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ingredients: Vec<String>,
    /// Requested duration in days, where the request says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_days: Option<f64>,
    /// The resource the request came from (`MedicationRequest/abc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The Conditions the request says it is for (`reasonReference`, a claim's
    /// `diagnosisReference`): with more than one cancer on record, the cancer it treats.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// The order says the drug is given alone ("single agent", "monotherapy"): the nodes
    /// that give it with other drugs are not what is asked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub monotherapy: bool,
    /// The request is urgent (an order's `priority` urgent, asap or stat; a PAS Claim's
    /// `priority` stat; the API's `expedited`): its decision clock is 72 hours, not 7 days.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub expedited: bool,
}

/// Whether a request resource or a Claim is marked urgent: a request's `priority` (urgent,
/// asap, stat) or a Claim's `priority` coding (processpriority `stat`).
pub fn is_expedited(resource: &Value) -> bool {
    let code = resource["priority"]
        .as_str()
        .or_else(|| resource["priority"]["coding"].as_array()?.iter().find_map(|c| c["code"].as_str()));
    matches!(code, Some("urgent" | "asap" | "stat"))
}

/// The Conditions a request or claim names as its reason (`reasonReference`,
/// `Claim.diagnosis.diagnosisReference`).
pub fn reason_conditions(resource: &Value) -> Vec<String> {
    let reasons = resource["reasonReference"].as_array().into_iter().flatten();
    let diagnoses = resource["diagnosis"].as_array().into_iter().flatten().map(|d| &d["diagnosisReference"]);
    reasons
        .chain(diagnoses)
        .filter_map(|r| r["reference"].as_str())
        .filter(|r| r.starts_with("Condition/"))
        .map(str::to_string)
        .collect()
}

/// Whether an order's texts (the drug's text, the dosage instructions, the notes) say the
/// drug is given alone.
pub fn says_monotherapy(order: &Value) -> bool {
    static ALONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:mono-?therapy|single[- ]agent|as a single drug|without (?:concurrent )?chemotherapy)\b",
        )
        .expect("valid pattern")
    });
    let concept = ["medicationCodeableConcept", "code", "codeCodeableConcept"].map(|k| order[k]["text"].as_str());
    let dosage = order["dosageInstruction"].as_array().into_iter().flatten().map(|d| d["text"].as_str());
    let notes = order["note"].as_array().into_iter().flatten().map(|n| n["text"].as_str());
    // "as monotherapy or with ADT" leaves both open.
    let either = |t: &str| {
        let t = t.to_ascii_lowercase();
        t.contains("or with") || t.contains("with or without")
    };
    concept.into_iter().chain(dosage).chain(notes).flatten().any(|t| ALONE.is_match(t) && !either(t))
}

/// A code system's usual name, from its short prefix (`rxnorm` → "RxNorm").
pub fn system_label(prefix: &str) -> &'static str {
    match prefix {
        "rxnorm" => "RxNorm",
        "hcpcs" => "HCPCS",
        "cpt" => "CPT",
        "snomed" => "SNOMED CT",
        "icd10" => "ICD-10-CM",
        "loinc" => "LOINC",
        "ndc" => "NDC",
        _ => "code",
    }
}

/// Systems the decision reads, in the order a request's codings are preferred: an NDC (a
/// pharmacy-benefit request) is read through its product's ingredients.
const DECIDABLE: [CodeSystem; 5] =
    [CodeSystem::RxNorm, CodeSystem::Hcpcs, CodeSystem::Cpt, CodeSystem::Snomed, CodeSystem::Ndc];

impl RequestedService {
    /// From a system (URI or short name) and a code.
    pub fn from_code(system: &str, code: &str, display: Option<&str>) -> Result<RequestedService, RequestError> {
        let sys = CodeSystem::parse(system)
            .filter(|s| DECIDABLE.contains(s))
            .ok_or_else(|| RequestError::UnknownSystem(system.to_string()))?;
        let code = code.trim();
        sys.check(code).map_err(RequestError::BadCode)?;
        let display = display.map(str::trim).filter(|d| !d.is_empty()).map(str::to_string);
        let ingredients = match sys {
            CodeSystem::RxNorm => codes::ingredients_of(Some(code), display.as_deref().unwrap_or("")).0,
            CodeSystem::Ndc => {
                let by_product = codes::ingredients_of_ndc(code);
                if by_product.is_empty() {
                    codes::ingredients_by_name(display.as_deref().unwrap_or(""))
                } else {
                    by_product
                }
            }
            _ => Vec::new(),
        }
        .iter()
        .map(|i| i.rxcui.to_string())
        .collect();
        Ok(RequestedService {
            system: sys.prefix().to_string(),
            code: code.to_string(),
            display,
            ingredients,
            duration_days: None,
            source: None,
            reasons: Vec::new(),
            monotherapy: false,
            expedited: false,
        })
    }

    /// From the first decidable coding of a CodeableConcept (RxNorm preferred).
    fn from_concept(concept: &Value, what: &str) -> Result<RequestedService, RequestError> {
        let codings = concept["coding"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        let mut decidable: Vec<(CodeSystem, &Value)> = codings
            .iter()
            .filter_map(|c| {
                let sys = CodeSystem::parse(c["system"].as_str()?)?;
                DECIDABLE.contains(&sys).then_some((sys, c))
            })
            .collect();
        decidable.sort_by_key(|(s, _)| DECIDABLE.iter().position(|d| d == s));
        let text = concept["text"].as_str();
        match decidable.first() {
            Some((_, coding)) => RequestedService::from_code(
                coding["system"].as_str().unwrap_or_default(),
                coding["code"].as_str().unwrap_or_default(),
                coding["display"].as_str().or(text),
            ),
            None => match codings.iter().find_map(|c| c["system"].as_str()) {
                Some(system) => Err(RequestError::UnknownSystem(system.to_string())),
                None => Err(RequestError::NoCode(what.to_string())),
            },
        }
    }

    /// From a MedicationRequest, ServiceRequest or DeviceRequest.
    pub fn from_resource(resource: &Value) -> Result<RequestedService, RequestError> {
        let rt = resource["resourceType"].as_str().unwrap_or("(no resourceType)");
        let what = match resource["id"].as_str() {
            Some(id) => format!("{rt}/{id}"),
            None => rt.to_string(),
        };
        let mut service = match rt {
            "MedicationRequest" => {
                if resource["medicationCodeableConcept"].is_object() {
                    Self::from_concept(&resource["medicationCodeableConcept"], &what)?
                } else {
                    let reference = resource["medicationReference"]["reference"].as_str().unwrap_or_default();
                    let contained = reference
                        .strip_prefix('#')
                        .and_then(|id| resource["contained"].as_array()?.iter().find(|c| c["id"].as_str() == Some(id)));
                    match contained {
                        Some(med) => Self::from_concept(&med["code"], &what)?,
                        None => return Err(RequestError::NoCode(what)),
                    }
                }
            }
            "ServiceRequest" => Self::from_concept(&resource["code"], &what)?,
            "DeviceRequest" => Self::from_concept(&resource["codeCodeableConcept"], &what)?,
            other => return Err(RequestError::UnsupportedResource(other.to_string())),
        };
        service.duration_days = order_days(resource);
        service.source = resource["id"].as_str().map(|id| format!("{rt}/{id}"));
        service.reasons = reason_conditions(resource);
        service.monotherapy = says_monotherapy(resource);
        service.expedited = is_expedited(resource);
        Ok(service)
    }

    /// Whether an order names this service (a coding with its code), so a request made by
    /// code alone can take the order's reason.
    pub fn named_by(&self, order: &Value) -> bool {
        let concept = match order["resourceType"].as_str() {
            Some("MedicationRequest") => &order["medicationCodeableConcept"],
            Some("ServiceRequest") => &order["code"],
            Some("DeviceRequest") => &order["codeCodeableConcept"],
            _ => return false,
        };
        concept["coding"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c["code"].as_str().map(str::trim) == Some(&self.code))
    }

    /// From a Claim item.
    pub fn from_claim_item(item: &Value) -> Result<RequestedService, RequestError> {
        let seq = item["sequence"].as_u64().unwrap_or(0);
        let mut service = Self::from_concept(&item["productOrService"], &format!("Claim item {seq}"))?;
        service.duration_days = period_days(&item["servicedPeriod"]);
        Ok(service)
    }

    /// The codes to look up in the pathways: the code itself and a drug's ingredients.
    pub fn lookup_codes(&self) -> Vec<(CodeSystem, String)> {
        let mut out = Vec::new();
        if let Some(sys) = CodeSystem::parse(&self.system) {
            out.push((sys, self.code.clone()));
        }
        for i in &self.ingredients {
            if !out.iter().any(|(s, c)| *s == CodeSystem::RxNorm && c == i) {
                out.push((CodeSystem::RxNorm, i.clone()));
            }
        }
        out
    }

    /// A short name for messages: the display, else the ingredient, else the code.
    pub fn name(&self) -> String {
        if let Some(d) = &self.display {
            return d.clone();
        }
        let names: Vec<&str> =
            self.ingredients.iter().filter_map(|i| codes::ingredient_by_rxcui(i)).map(|i| i.name).collect();
        if !names.is_empty() {
            return names.join(" + ");
        }
        format!("{} {}", self.system_label(), self.code)
    }

    /// The system's usual name.
    pub fn system_label(&self) -> &'static str {
        system_label(&self.system)
    }

    /// The FHIR system URI.
    pub fn system_uri(&self) -> &'static str {
        CodeSystem::parse(&self.system).map(CodeSystem::uri).unwrap_or("")
    }
}

fn supply_days(duration: &Value) -> Option<f64> {
    let value = duration["value"].as_f64()?;
    let unit = duration["code"].as_str().or(duration["unit"].as_str())?;
    let per = match unit.trim_end_matches('s') {
        "d" | "day" => 1.0,
        "wk" | "week" => 7.0,
        "mo" | "month" => 30.4375,
        "a" | "year" => 365.25,
        _ => return None,
    };
    Some(value * per)
}

/// How long an order asks for: a medication order's supply or validity period, else the
/// cycles its dosage names; a service order's occurrence period.
pub fn order_days(order: &Value) -> Option<f64> {
    match order["resourceType"].as_str() {
        Some("MedicationRequest") => supply_days(&order["dispenseRequest"]["expectedSupplyDuration"])
            .or_else(|| period_days(&order["dispenseRequest"]["validityPeriod"]))
            .or_else(|| cycles_days(order)),
        _ => period_days(&order["occurrencePeriod"]),
    }
}

/// The time the cycles an order asks for take, as its dosage or note writes them: "cycles 9-12"
/// (or "cycles 9 to 12", "C9-12", "4 more cycles", "x4 cycles") with a cycle length ("q21d",
/// "q3w", "every 3 weeks", "every 14 days", "d1-14 q21d").
fn cycles_days(order: &Value) -> Option<f64> {
    static RANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(?:cycles?|C)\s*(\d{1,2})\s*(?:-|–|to|through)\s*(?:C\s*)?(\d{1,2})\b")
            .expect("valid pattern")
    });
    static COUNT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:x\s*)?(\d{1,2})\s+(?:more\s+|further\s+|additional\s+)?cycles\b|\bx\s*(\d{1,2})\s+cycles\b",
        )
        .expect("valid pattern")
    });
    static LENGTH: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(?:q\s*(\d{1,2})\s*(d|days?|w|wks?|weeks?)|every\s+(\d{1,2})\s+(days?|weeks?))\b")
            .expect("valid pattern")
    });
    let texts: Vec<&str> = order["dosageInstruction"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["text"].as_str())
        .chain(order["note"].as_array().into_iter().flatten().filter_map(|n| n["text"].as_str()))
        .collect();
    let text = texts.join(" ");
    let cycles: f64 = if let Some(c) = RANGE.captures(&text) {
        let (a, b): (f64, f64) = (c[1].parse().ok()?, c[2].parse().ok()?);
        (b >= a).then_some(b - a + 1.0)?
    } else {
        let c = COUNT.captures(&text)?;
        c.get(1).or(c.get(2))?.as_str().parse().ok()?
    };
    let l = LENGTH.captures(&text)?;
    let (n, unit) = match (l.get(1), l.get(2), l.get(3), l.get(4)) {
        (Some(n), Some(u), _, _) | (_, _, Some(n), Some(u)) => (n.as_str().parse::<f64>().ok()?, u.as_str()),
        _ => return None,
    };
    let days = if unit.to_ascii_lowercase().starts_with('w') { n * 7.0 } else { n };
    (cycles > 0.0 && days > 0.0).then_some(cycles * days)
}

fn period_days(period: &Value) -> Option<f64> {
    let start = period["start"].as_str()?.get(..10)?;
    let end = period["end"].as_str()?.get(..10)?;
    let start = NaiveDate::parse_from_str(start, "%Y-%m-%d").ok()?;
    let end = NaiveDate::parse_from_str(end, "%Y-%m-%d").ok()?;
    (end >= start).then(|| (end - start).num_days() as f64 + 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_cycles_an_order_asks_for_are_its_duration() {
        let order = |text: &str| {
            json!({"resourceType": "MedicationRequest", "status": "draft", "intent": "order",
                "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "194000"}]},
                "dosageInstruction": [{"text": text}]})
        };
        assert_eq!(order_days(&order("1,250 mg/m2 BID d1-14 q21d, cycles 9-12")), Some(84.0));
        assert_eq!(order_days(&order("every 2 weeks, 4 more cycles")), Some(56.0));
        assert_eq!(order_days(&order("C5-8 every 3 weeks")), Some(84.0));
        assert_eq!(order_days(&order("600 mg orally twice daily with food")), None);
        assert_eq!(order_days(&order("cycles 9-12")), None, "no cycle length: no duration");
        // A supply stated outright wins over the text.
        let mut o = order("cycles 9-12 q21d");
        o["dispenseRequest"] = json!({"expectedSupplyDuration": {"value": 30, "code": "d"}});
        assert_eq!(order_days(&o), Some(30.0));
    }

    #[test]
    fn clinical_drug_code_maps_to_its_ingredient() {
        // 1790099: doxorubicin 2 MG/ML injection (in the clinical-drug table).
        let s = RequestedService::from_code("http://www.nlm.nih.gov/research/umls/rxnorm", "1790099", None).unwrap();
        assert_eq!(s.ingredients, vec!["3639".to_string()]);
        assert!(s.lookup_codes().contains(&(CodeSystem::RxNorm, "3639".into())));
    }

    #[test]
    fn pharmacy_requests_by_ndc_map_to_the_ingredient() {
        // Tagrisso 40 mg: product NDC 0310-1248, requested as the 11-digit package form.
        let s = RequestedService::from_code("http://hl7.org/fhir/sid/ndc", "00310124830", None).unwrap();
        assert_eq!((s.system.as_str(), s.ingredients.clone()), ("ndc", vec!["1721560".to_string()]));
        assert!(s.lookup_codes().contains(&(CodeSystem::RxNorm, "1721560".into())));
        assert_eq!(s.system_label(), "NDC");
        // An NDC not in the product table is read by its display's drug name.
        let s = RequestedService::from_code("ndc", "99999-999-99", Some("Lorbrena 100 mg tablet")).unwrap();
        assert_eq!(s.ingredients, vec!["2103164".to_string()]);
        // A MedicationRequest carrying RxNorm and NDC prefers RxNorm; NDC alone is decidable.
        let mr = json!({"resourceType": "MedicationRequest", "id": "m2", "medicationCodeableConcept": {"coding": [
            {"system": "http://hl7.org/fhir/sid/ndc", "code": "0310-1248-30"}]}});
        assert_eq!(RequestedService::from_resource(&mr).unwrap().ingredients, vec!["1721560".to_string()]);
        let e = RequestedService::from_code("ndc", "12-34", None).unwrap_err();
        assert!(e.to_string().contains("product or package NDC"), "{e}");
    }

    #[test]
    fn medication_request_with_contained_medication_and_supply() {
        let mr = json!({"resourceType": "MedicationRequest", "id": "m1",
            "contained": [{"resourceType": "Medication", "id": "med", "code": {"coding": [
                {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "224905", "display": "trastuzumab"}]}}],
            "medicationReference": {"reference": "#med"},
            "dispenseRequest": {"expectedSupplyDuration": {"value": 12, "unit": "weeks", "code": "wk"}}});
        let s = RequestedService::from_resource(&mr).unwrap();
        assert_eq!((s.system.as_str(), s.code.as_str()), ("rxnorm", "224905"));
        assert_eq!(s.duration_days, Some(84.0));
        assert_eq!(s.source.as_deref(), Some("MedicationRequest/m1"));
    }

    #[test]
    fn unreadable_requests_say_why() {
        let e = RequestedService::from_code("http://loinc.org", "1234-5", None).unwrap_err();
        assert!(matches!(e, RequestError::UnknownSystem(_)));
        let e = RequestedService::from_code("rxnorm", "abc", None).unwrap_err();
        assert!(e.to_string().contains("1-8 digits"), "{e}");
        let e = RequestedService::from_resource(&json!({"resourceType": "Observation"})).unwrap_err();
        assert!(matches!(e, RequestError::UnsupportedResource(_)));
        let e = RequestedService::from_resource(
            &json!({"resourceType": "ServiceRequest", "id": "x", "code": {"text": "scan"}}),
        )
        .unwrap_err();
        assert_eq!(e, RequestError::NoCode("ServiceRequest/x".into()));
    }
}
