//! The timeline as FHIR R4: a `collection` Bundle holding a `List` (the timeline, in order),
//! one derived resource per event (Condition, Observation, Procedure), one `CarePlan` per
//! line of therapy and per regimen (activities = the drugs at ingredient level), and one
//! `Provenance` per derived resource whose entities point at the stored source resources.
//! Individual drug administrations are not repeated: their regimen's Provenance lists them.

use super::document::TimelineDocument;
use super::event::{Category, Coding, EventValue, TimelineEvent};
use super::therapy::{LineOfTherapy, RadiotherapyCourse, Regimen};
use serde_json::{json, Value};

/// A deterministic UUID for a derived resource.
fn uuid_of(patient_id: &str, key: &str) -> String {
    let hex = blake3::hash(format!("{patient_id}\u{0}{key}").as_bytes()).to_hex().to_string();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

fn system_uri(short: &str) -> String {
    match short {
        "snomed" => super::codes::SNOMED.into(),
        "loinc" => super::codes::LOINC.into(),
        "rxnorm" => super::codes::RXNORM.into(),
        "icd10" => super::codes::ICD10CM.into(),
        "icdo3" => super::codes::ICDO3.into(),
        "ncit" => "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl".into(),
        other => other.into(),
    }
}

fn codeable(code: Option<&Coding>, text: &str) -> Value {
    match code {
        Some(c) => {
            let mut coding = json!({"system": system_uri(&c.system), "code": c.code});
            if let Some(d) = &c.display {
                coding["display"] = json!(d);
            }
            json!({"coding": [coding], "text": text})
        }
        None => json!({"text": text}),
    }
}

fn identifier(key: &str) -> Value {
    json!([{"system": "urn:oncotwin:timeline", "value": key}])
}

fn details_note(e: &TimelineEvent) -> Option<Value> {
    if e.details.is_empty() {
        return None;
    }
    let text = e.details.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("; ");
    Some(json!([{"text": text}]))
}

fn event_resource(patient: &str, e: &TimelineEvent) -> Option<Value> {
    let subject = json!({"reference": format!("Patient/{patient}")});
    let mut r = match e.category {
        Category::Patient | Category::Death | Category::SystemicTherapy | Category::Medication => return None,
        Category::Diagnosis if matches!(e.kind.as_str(), "primary_cancer" | "metastasis") => json!({
            "resourceType": "Condition",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
            "code": codeable(e.code.as_ref(), &e.label),
            "subject": subject,
            "onsetDateTime": e.date.to_string(),
        }),
        Category::Surgery | Category::Imaging | Category::Radiotherapy => {
            let mut p = json!({
                "resourceType": "Procedure",
                "status": "completed",
                "code": codeable(e.code.as_ref(), &e.label),
                "subject": subject,
            });
            match e.end {
                Some(end) => p["performedPeriod"] = json!({"start": e.date.to_string(), "end": end.to_string()}),
                None => p["performedDateTime"] = json!(e.date.to_string()),
            }
            p
        }
        Category::Diagnosis if e.kind == "biopsy" => json!({
            "resourceType": "Procedure",
            "status": "completed",
            "code": codeable(e.code.as_ref(), &e.label),
            "subject": subject,
            "performedDateTime": e.date.to_string(),
        }),
        _ => {
            let category = match e.category {
                Category::PerformanceStatus => "survey",
                Category::Staging | Category::DiseaseStatus => "exam",
                _ => "laboratory",
            };
            let mut o = json!({
                "resourceType": "Observation",
                "status": "final",
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
                "code": codeable(e.code.as_ref(), &e.label),
                "subject": subject,
                "effectiveDateTime": e.date.to_string(),
            });
            match &e.value {
                Some(EventValue::Quantity { value, unit }) => {
                    o["valueQuantity"] = json!({"value": value});
                    if let Some(u) = unit {
                        o["valueQuantity"]["unit"] = json!(u);
                    }
                }
                Some(EventValue::Graded { text, prefix }) => {
                    o["valueCodeableConcept"] = json!({"text": format!("{prefix}{text}")})
                }
                Some(EventValue::Result { result }) => o["valueCodeableConcept"] = json!({"text": result}),
                Some(EventValue::Variant { gene, present, alteration, .. }) => {
                    o["valueCodeableConcept"] = json!({"text": if *present { "present" } else { "absent" }});
                    let mut components = vec![
                        json!({"code": {"coding": [{"system": super::codes::LOINC, "code": "48018-6"}]}, "valueCodeableConcept": {"text": gene}}),
                    ];
                    if let Some(a) = alteration {
                        components.push(json!({"code": {"coding": [{"system": super::codes::LOINC, "code": "48005-3"}]}, "valueCodeableConcept": {"text": a}}));
                    }
                    o["component"] = json!(components);
                }
                _ => o["valueString"] = json!(e.label),
            }
            o
        }
    };
    if let Some(note) = details_note(e) {
        r["note"] = note;
    }
    r["identifier"] = identifier(&e.id);
    Some(r)
}

fn drugs_activity(drugs: &[super::therapy::DrugRef]) -> Value {
    json!(drugs
        .iter()
        .map(|d| json!({"detail": {
            "kind": "MedicationRequest",
            "productCodeableConcept": {"coding": [{"system": super::codes::RXNORM, "code": d.rxcui, "display": d.name}]},
            "status": "completed",
        }}))
        .collect::<Vec<_>>())
}

fn line_resource(patient: &str, l: &LineOfTherapy) -> Value {
    let mut description = format!("Line {} ({}): {}; started: {}", l.number, l.setting, l.name, l.start_reason);
    if let Some(r) = &l.end_reason {
        description.push_str(&format!("; ended: {r}"));
    }
    json!({
        "resourceType": "CarePlan",
        "identifier": identifier(&format!("line-{}", l.number)),
        "status": if l.end_reason.is_some() { "completed" } else { "active" },
        "intent": "plan",
        "category": [{"text": "line-of-therapy"}],
        "title": format!("Line {} — {}", l.number, l.name),
        "description": description,
        "subject": {"reference": format!("Patient/{patient}")},
        "period": {"start": l.start.to_string(), "end": l.end.to_string()},
        "activity": drugs_activity(&l.drugs),
    })
}

fn regimen_resource(patient: &str, r: &Regimen, line_uuid: Option<&str>) -> Value {
    let mut v = json!({
        "resourceType": "CarePlan",
        "identifier": identifier(&r.id),
        "status": "completed",
        "intent": "plan",
        "category": [{"text": "regimen"}],
        "title": r.name,
        "description": format!("{} — {} cycle{}", r.name, r.cycles.len(), if r.cycles.len() == 1 { "" } else { "s" }),
        "subject": {"reference": format!("Patient/{patient}")},
        "period": {"start": r.start.to_string(), "end": r.end.to_string()},
        "activity": drugs_activity(&r.drugs),
    });
    if let Some(u) = line_uuid {
        v["partOf"] = json!([{"reference": format!("urn:uuid:{u}")}]);
    }
    if !r.changes.is_empty() {
        v["note"] =
            json!(r.changes.iter().map(|c| json!({"text": format!("{}: {}", c.date, c.note)})).collect::<Vec<_>>());
    }
    v
}

fn course_resource(patient: &str, c: &RadiotherapyCourse) -> Value {
    let mut v = json!({
        "resourceType": "Procedure",
        "identifier": identifier(&c.id),
        "status": "completed",
        "code": {"coding": [{"system": super::codes::SNOMED, "code": "1217123003", "display": "Radiotherapy course of treatment"}], "text": c.label},
        "subject": {"reference": format!("Patient/{patient}")},
        "performedPeriod": {"start": c.start.to_string(), "end": c.end.to_string()},
    });
    if let Some(d) = &c.dose {
        v["note"] = json!([{"text": d}]);
    }
    v
}

fn provenance(uuid: &str, target: &str, recorded: &str, sources: &[String]) -> Value {
    json!({
        "resourceType": "Provenance",
        "id": uuid,
        "target": [{"reference": format!("urn:uuid:{target}")}],
        "recorded": recorded,
        "activity": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-DataOperation", "code": "DERIVE", "display": "derive"}]},
        "agent": [{
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "assembler"}]},
            "who": {"display": "oncotwin clinical-history twin"},
        }],
        "entity": sources.iter().map(|s| json!({"role": "source", "what": {"reference": s}})).collect::<Vec<_>>(),
    })
}

/// Builds the Bundle. `recorded` is the Provenance time (the derived data's computed_at).
pub fn bundle(doc: &TimelineDocument, recorded: &str) -> Value {
    let patient = doc.patient_id.as_str();
    let recorded = if recorded.is_empty() { "1970-01-01T00:00:00Z" } else { recorded };
    let mut entries: Vec<Value> = Vec::new();
    let mut items: Vec<Value> = Vec::new();
    let add = |entries: &mut Vec<Value>,
               items: &mut Vec<Value>,
               key: &str,
               mut resource: Value,
               sources: &[String],
               date: String| {
        let uuid = uuid_of(patient, key);
        resource["id"] = json!(uuid);
        entries.push(json!({"fullUrl": format!("urn:uuid:{uuid}"), "resource": resource}));
        let prov = uuid_of(patient, &format!("provenance:{key}"));
        entries.push(
            json!({"fullUrl": format!("urn:uuid:{prov}"), "resource": provenance(&prov, &uuid, recorded, sources)}),
        );
        items.push(json!({"date": date, "item": {"reference": format!("urn:uuid:{uuid}")}}));
    };
    for l in &doc.lines {
        let sources: Vec<String> =
            doc.regimens.iter().filter(|r| r.line == l.number).flat_map(|r| r.sources.iter().cloned()).collect();
        add(
            &mut entries,
            &mut items,
            &format!("line-{}", l.number),
            line_resource(patient, l),
            &sources,
            l.start.to_string(),
        );
    }
    for r in &doc.regimens {
        let line_uuid = uuid_of(patient, &format!("line-{}", r.line));
        let has_line = doc.lines.iter().any(|l| l.number == r.line);
        add(
            &mut entries,
            &mut items,
            &r.id,
            regimen_resource(patient, r, has_line.then_some(line_uuid.as_str())),
            &r.sources,
            r.start.to_string(),
        );
    }
    for c in &doc.radiotherapy_courses {
        if c.events.len() > 1 {
            add(&mut entries, &mut items, &c.id, course_resource(patient, c), &c.sources, c.start.to_string());
        }
    }
    for e in &doc.events {
        if let Some(resource) = event_resource(patient, e) {
            add(&mut entries, &mut items, &e.id, resource, &e.sources, e.date.to_string());
        }
    }
    items.sort_by(|a, b| a["date"].as_str().cmp(&b["date"].as_str()));
    let list_uuid = uuid_of(patient, "timeline");
    let list = json!({
        "resourceType": "List",
        "id": list_uuid,
        "status": "current",
        "mode": "snapshot",
        "title": "Oncology timeline",
        "code": {"text": "oncology timeline"},
        "subject": {"reference": format!("Patient/{patient}")},
        "date": recorded,
        "entry": items,
    });
    let mut all = vec![json!({"fullUrl": format!("urn:uuid:{list_uuid}"), "resource": list})];
    all.extend(entries);
    json!({
        "resourceType": "Bundle",
        "id": uuid_of(patient, "bundle"),
        "type": "collection",
        "timestamp": recorded,
        "entry": all,
    })
}
