//! A patient's care team, for the worklist's care-team filter: the members of the patient's
//! active CareTeams (every participant but the patient and their relatives) and the
//! Patient's `generalPractitioner`, each named as a navigator reads it ("Dr. Ada Lovelace",
//! "Oncology nurse navigation"). Where the data has no care team, the patient has none and
//! only the "every care team" choice lists them.

use crate::store::{Store, StoreError};
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Whether a CareTeam is in force on `as_of`: active, or with no status and a period that
/// has not ended.
fn in_force(team: &Value, as_of: NaiveDate) -> bool {
    let ended = team["period"]["end"]
        .as_str()
        .and_then(|e| NaiveDate::parse_from_str(e.get(..10)?, "%Y-%m-%d").ok())
        .is_some_and(|end| end < as_of);
    match team["status"].as_str() {
        Some("active") => !ended,
        None => !ended,
        _ => false,
    }
}

/// A person's or organisation's name from its resource: `name[0].text`, else prefix, given
/// and family names; an Organization's or CareTeam's `name`.
pub fn name_of(resource: &Value) -> Option<String> {
    if let Some(name) = resource["name"].as_str() {
        return Some(name.trim().to_string()).filter(|n| !n.is_empty());
    }
    let name = resource["name"].as_array()?.iter().find(|n| n["use"] != "old")?;
    if let Some(text) = name["text"].as_str().filter(|t| !t.trim().is_empty()) {
        return Some(text.trim().to_string());
    }
    let words = |v: &Value| -> Vec<String> {
        v.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_string).collect()
    };
    let mut parts = words(&name["prefix"]);
    parts.extend(words(&name["given"]));
    parts.extend(name["family"].as_str().map(str::to_string));
    let joined = parts.join(" ");
    Some(joined).filter(|n| !n.trim().is_empty())
}

/// The members of a patient's team from its CareTeam and Patient resources: member key
/// (`Practitioner/abc`, or the display when there is no reference) → the display, if the
/// data gives one.
pub fn members(patient_id: &str, sources: &[Value], as_of: NaiveDate) -> BTreeMap<String, Option<String>> {
    let mut out: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut add = |reference: &Value| {
        let r = reference["reference"].as_str().filter(|r| !r.is_empty());
        let display = reference["display"].as_str().map(str::trim).filter(|d| !d.is_empty()).map(str::to_string);
        let key = match (r, &display) {
            (Some(r), _) => r.to_string(),
            (None, Some(d)) => d.clone(),
            (None, None) => return,
        };
        if key == format!("Patient/{patient_id}") || key.starts_with("Patient/") || key.starts_with("RelatedPerson/") {
            return;
        }
        let slot = out.entry(key).or_default();
        if slot.is_none() {
            *slot = display;
        }
    };
    for resource in sources {
        match resource["resourceType"].as_str() {
            Some("CareTeam") if in_force(resource, as_of) => {
                for p in resource["participant"].as_array().into_iter().flatten() {
                    let ended = p["period"]["end"]
                        .as_str()
                        .and_then(|e| NaiveDate::parse_from_str(e.get(..10)?, "%Y-%m-%d").ok())
                        .is_some_and(|end| end < as_of);
                    if !ended {
                        add(&p["member"]);
                    }
                }
            }
            Some("Patient") if resource["id"].as_str() == Some(patient_id) => {
                for gp in resource["generalPractitioner"].as_array().into_iter().flatten() {
                    add(gp);
                }
            }
            _ => {}
        }
    }
    out
}

/// The care team of each of `patients`: (member, name) pairs, names read from the
/// members' own resources where the reference carries no display (`names` caches them
/// across calls).
pub async fn care_teams(
    store: &Store,
    patients: &[String],
    as_of: NaiveDate,
    names: &mut HashMap<String, String>,
) -> Result<HashMap<String, Vec<(String, String)>>, StoreError> {
    let mut sources: HashMap<String, Vec<Value>> = HashMap::new();
    for (patient, content) in store.care_team_sources(patients).await? {
        if let Ok(v) = serde_json::from_str::<Value>(&content) {
            sources.entry(patient).or_default().push(v);
        }
    }
    let mut out = HashMap::new();
    for (patient, resources) in sources {
        let mut team = Vec::new();
        for (member, display) in members(&patient, &resources, as_of) {
            let name = match display {
                Some(d) => d,
                None => match names.get(&member) {
                    Some(n) => n.clone(),
                    None => {
                        let read = match member.split_once('/') {
                            Some((rt, id)) => store.read(rt, id).await?,
                            None => None,
                        };
                        let name = read
                            .and_then(|r| serde_json::from_str::<Value>(&r.content).ok())
                            .and_then(|v| name_of(&v))
                            .unwrap_or_else(|| member.clone());
                        names.insert(member.clone(), name.clone());
                        name
                    }
                },
            };
            team.push((member, name));
        }
        if !team.is_empty() {
            out.insert(patient, team);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn members_of_active_teams_and_the_general_practitioner() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let sources = vec![
            json!({"resourceType": "CareTeam", "status": "active", "participant": [
                {"member": {"reference": "Patient/p1"}},
                {"member": {"reference": "Practitioner/nav", "display": "Nora Navigator, RN"}},
                {"member": {"reference": "Practitioner/old"}, "period": {"end": "2020-01-01"}},
                {"member": {"display": "Breast tumor board"}},
                {"member": {"reference": "RelatedPerson/spouse"}}]}),
            json!({"resourceType": "CareTeam", "status": "inactive", "participant": [{"member": {"reference": "Practitioner/gone"}}]}),
            json!({"resourceType": "CareTeam", "period": {"start": "2019-01-01", "end": "2019-06-01"}, "participant": [{"member": {"reference": "Practitioner/ended"}}]}),
            json!({"resourceType": "Patient", "id": "p1", "generalPractitioner": [{"reference": "Practitioner/gp"}]}),
        ];
        let got = members("p1", &sources, today);
        assert_eq!(
            got.into_iter().collect::<Vec<_>>(),
            vec![
                ("Breast tumor board".to_string(), Some("Breast tumor board".to_string())),
                ("Practitioner/gp".to_string(), None),
                ("Practitioner/nav".to_string(), Some("Nora Navigator, RN".to_string())),
            ]
        );
        let synthea = json!({"resourceType": "Practitioner", "name": [{"family": "Kuhn96", "given": ["Lucien408"], "prefix": ["Dr."]}]});
        assert_eq!(name_of(&synthea).as_deref(), Some("Dr. Lucien408 Kuhn96"));
        assert_eq!(
            name_of(&json!({"resourceType": "Organization", "name": "Oncology clinic"})).as_deref(),
            Some("Oncology clinic")
        );
        assert_eq!(name_of(&json!({"resourceType": "Practitioner"})), None);
    }
}
