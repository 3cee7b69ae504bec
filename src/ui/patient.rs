//! A patient as a person recognises them on a page: name, birth date, sex and record number,
//! read from the stored Patient resource. Shown on authenticated pages only; never logged.

use serde_json::Value;

/// What a page shows to identify a patient.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PatientCard {
    pub id: String,
    /// "Given Family" of the official (else first) name; empty when the record has none.
    pub name: String,
    pub birth_date: Option<String>,
    pub gender: Option<String>,
    /// The medical record number (an identifier typed MR), else the first identifier.
    pub mrn: Option<String>,
}

impl PatientCard {
    /// Reads a Patient resource's JSON; an unreadable one gives a card with the id only.
    pub fn from_json(id: &str, content: &str) -> PatientCard {
        let patient: Value = serde_json::from_str(content).unwrap_or(Value::Null);
        let names = patient["name"].as_array().cloned().unwrap_or_default();
        let name = names.iter().find(|n| n["use"] == "official").or(names.first());
        let name = name.map(human_name).unwrap_or_default();
        let identifiers = patient["identifier"].as_array().cloned().unwrap_or_default();
        let is_mrn = |i: &&Value| {
            i["type"]["coding"].as_array().into_iter().flatten().any(|c| c["code"] == "MR")
                || i["type"]["text"].as_str().is_some_and(|t| t.to_ascii_lowercase().contains("medical record"))
        };
        let mrn = identifiers.iter().find(is_mrn).or(identifiers.first()).and_then(|i| i["value"].as_str());
        PatientCard {
            id: id.to_string(),
            name,
            birth_date: patient["birthDate"].as_str().map(str::to_string),
            gender: patient["gender"].as_str().map(str::to_string),
            mrn: mrn.map(str::to_string),
        }
    }

    /// The name, or "Patient {id}" when the record has none.
    pub fn display_name(&self) -> String {
        if self.name.is_empty() {
            format!("Patient {}", self.id)
        } else {
            self.name.clone()
        }
    }
}

/// "Given Family" (Synthea's digits after names, "Jane123", are dropped), or the text.
fn human_name(name: &Value) -> String {
    if let Some(text) = name["text"].as_str().filter(|t| !t.trim().is_empty()) {
        return text.trim().to_string();
    }
    let tidy = |s: &str| s.trim_end_matches(|c: char| c.is_ascii_digit()).to_string();
    let mut parts: Vec<String> =
        name["given"].as_array().into_iter().flatten().filter_map(Value::as_str).map(tidy).collect();
    if let Some(family) = name["family"].as_str() {
        parts.push(tidy(family));
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_record_numbers_as_ehrs_write_them() {
        let synthea = r#"{"resourceType":"Patient","name":[{"use":"official","family":"Kuhn96","given":["Marta","Lou"],"prefix":["Mrs."]}],
            "identifier":[{"system":"https://github.com/synthetichealth/synthea","value":"3f96"},{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"MRN-0042"}],
            "birthDate":"1961-04-02","gender":"female"}"#;
        let card = PatientCard::from_json("p1", synthea);
        assert_eq!(card.name, "Marta Lou Kuhn");
        assert_eq!(card.mrn.as_deref(), Some("MRN-0042"));
        assert_eq!(card.birth_date.as_deref(), Some("1961-04-02"));
        let text_only = r#"{"name":[{"use":"usual","text":"J. Doe"}]}"#;
        assert_eq!(PatientCard::from_json("p2", text_only).display_name(), "J. Doe");
        let nameless = PatientCard::from_json("p3", "not json");
        assert_eq!(nameless.display_name(), "Patient p3");
        assert_eq!(nameless.mrn, None);
    }
}
