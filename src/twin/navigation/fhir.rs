//! `PlanDefinition/$apply` for a patient: a CarePlan (CPG-on-FHIR shape) whose activity is
//! a contained RequestGroup of the next actions. Each decision the patient faces is a
//! group action whose options are alternatives (`selectionBehavior: at-most-one`); each
//! option carries its applicability criteria, its due date, its sources, and sub-actions
//! for its drugs, procedures and services as contained draft MedicationRequests and
//! ServiceRequests. Position, deviations and gaps are CarePlan notes.

use super::core::{due_groups, CancerNavigation, Navigation, NextStepView};
use oncotwin_pathway::fhir::{fhir_id, CANONICAL_BASE, CRITERIA_LANGUAGE};
use oncotwin_pathway::{Code, CodeSystem, Pathway, Truth};
use serde_json::{json, Value};

fn coding(c: &Code) -> Value {
    json!({ "system": c.system.uri(), "code": c.code })
}

/// The CarePlan `$apply` returns for `nav`'s patient on `pathway`; `now` is an RFC 3339 instant.
pub fn apply(nav: &Navigation, pathway: &Pathway, now: &str) -> Value {
    let subject = json!({ "reference": format!("Patient/{}", nav.patient_id) });
    let canonical = pathway.plan_definition_url();
    let cancer = nav.cancers.iter().find(|c| c.pathway == pathway.id);
    let mut contained: Vec<Value> = Vec::new();
    let mut actions: Vec<Value> = Vec::new();
    let mut notes: Vec<Value> = Vec::new();
    match cancer {
        None => notes.push(json!({ "text": format!("Patient/{} has no diagnosis the {} pathway covers: no actions.", nav.patient_id, pathway.title.to_lowercase()) })),
        Some(c) => {
            notes.extend(position_notes(c));
            for (via, steps) in due_groups(&c.next_steps) {
                let options: Vec<Value> =
                    steps.iter().map(|s| step_action(s, pathway, &subject, &canonical, &mut contained)).collect();
                if let (Some(v), true) = (via, steps.len() > 1) {
                    actions.push(json!({
                        "id": format!("decision-{}", v.id),
                        "title": v.title,
                        "groupingBehavior": "logical-group",
                        "selectionBehavior": "at-most-one",
                        "action": options,
                    }));
                } else {
                    actions.extend(options);
                }
            }
        }
    }
    if let Some(d) = nav.deceased {
        notes.push(json!({ "text": format!("The patient died on {d}: no further actions.") }));
    }
    let mut rg = json!({
        "resourceType": "RequestGroup",
        "id": "next-actions",
        "instantiatesCanonical": [canonical],
        "status": "draft",
        "intent": "proposal",
        "subject": subject,
        "authoredOn": now,
    });
    if !actions.is_empty() {
        rg["action"] = Value::Array(actions);
    }
    let mut all_contained = vec![rg];
    all_contained.extend(contained);
    let mut care_plan = json!({
        "resourceType": "CarePlan",
        "id": fhir_id(&format!("{}-{}", pathway.id, nav.patient_id)),
        "contained": all_contained,
        "instantiatesCanonical": [canonical],
        "status": "active",
        "intent": "proposal",
        "title": format!("{} — next steps as of {}", pathway.title, nav.as_of),
        "subject": subject,
        "created": now,
        "activity": [{ "reference": { "reference": "#next-actions" } }],
    });
    if let Some(c) = cancer {
        let here: Vec<&str> = c.position.nodes.iter().map(|n| n.node.title.as_str()).collect();
        care_plan["description"] =
            json!(format!("Position on the {} pathway: {}.", pathway.title.to_lowercase(), here.join(" / ")));
    }
    if !notes.is_empty() {
        care_plan["note"] = Value::Array(notes);
    }
    care_plan
}

fn position_notes(c: &CancerNavigation) -> Vec<Value> {
    let mut notes = Vec::new();
    for d in &c.position.deviations {
        notes.push(json!({ "text": format!("Deviation ({}): {}", d.date, d.summary) }));
    }
    for g in &c.gaps {
        notes.push(json!({ "text": format!("Care gap: {}", g.summary) }));
    }
    notes
}

/// One next step as an action, its services as contained draft requests.
fn step_action(
    s: &NextStepView,
    pathway: &Pathway,
    subject: &Value,
    canonical: &str,
    contained: &mut Vec<Value>,
) -> Value {
    let mut action = json!({
        "id": format!("{}{}", s.node.id, if s.repeat { "-repeat" } else { "" }),
        "title": s.node.title,
        "code": [{ "coding": [{ "system": format!("{CANONICAL_BASE}/CodeSystem/pathway-node-kind"), "code": s.node.kind.as_str() }] }],
    });
    let mut description = Vec::new();
    if s.status == Truth::Unknown {
        description.push(format!("Not yet decidable: missing {}.", s.missing.join(", ")));
    }
    if let Some(rule) = &s.due_rule {
        description.push(format!("Start {rule}."));
    }
    if !description.is_empty() {
        action["description"] = json!(description.join(" "));
    }
    if let Some(due) = s.due {
        action["timingPeriod"] = json!({ "end": due.to_string() });
    }
    if !s.sources.is_empty() {
        action["documentation"] =
            Value::Array(s.sources.iter().map(|c| json!({ "type": "citation", "citation": c })).collect());
    }
    let criteria: Vec<String> = s.criteria.iter().map(|c| c.criterion.clone()).filter(|c| c != "true").collect();
    if !criteria.is_empty() {
        action["condition"] = json!([{ "kind": "applicability", "expression": { "language": CRITERIA_LANGUAGE, "expression": criteria.iter().map(|c| format!("({c})")).collect::<Vec<_>>().join(" and ") } }]);
    }
    let Some(node) = pathway.node(&s.node.id) else { return action };
    let mut subs = Vec::new();
    let mut add = |title: &str, mut request: Value, extra: Value, contained: &mut Vec<Value>| {
        let id = fhir_id(&format!("req-{}-{}", s.node.id, contained.len() + 1));
        request["id"] = json!(id);
        request["status"] = json!("draft");
        request["intent"] = json!("proposal");
        request["subject"] = subject.clone();
        request["instantiatesCanonical"] = json!([canonical]);
        contained.push(request);
        let mut sub = json!({ "title": title, "resource": { "reference": format!("#{id}") } });
        if let (Some(sub), Value::Object(extra)) = (sub.as_object_mut(), extra) {
            sub.extend(extra);
        }
        subs.push(sub);
    };
    let mut left_out = Vec::new();
    for d in &node.drugs {
        // A drug with a gate of its own label (pemetrexed: not squamous) is proposed only
        // when the patient may meet it, and carries the gate as its condition.
        let gate = s.drug_gates.iter().find(|g| g.drug == d.name);
        let gate = gate.map(|g| &g.gate);
        if let Some(g) = gate.filter(|g| g.result == Truth::NotMet) {
            left_out.push(format!(
                "{} is not proposed: its label requires {} ({}).",
                d.name,
                g.criterion,
                g.evidence.join("; ")
            ));
            continue;
        }
        let mut codings = vec![coding(&d.rxnorm)];
        codings.extend(d.hcpcs.iter().map(coding));
        let mut extra = json!({});
        if let Some(g) = gate {
            extra["condition"] = json!([{ "kind": "applicability", "expression": { "language": CRITERIA_LANGUAGE, "expression": g.criterion } }]);
            if g.result == Truth::Unknown {
                extra["description"] = json!(format!("Not yet decidable: missing {}.", g.missing.join(", ")));
            }
        }
        add(
            &d.name,
            json!({ "resourceType": "MedicationRequest", "medicationCodeableConcept": { "coding": codings, "text": d.name } }),
            extra,
            contained,
        );
    }
    for p in node.procedures.iter().chain(&node.radiotherapy) {
        add(
            &p.name,
            json!({ "resourceType": "ServiceRequest", "code": { "coding": p.codes.iter().map(coding).collect::<Vec<_>>(), "text": p.name } }),
            json!({}),
            contained,
        );
    }
    for c in &node.services {
        let body = if c.system == CodeSystem::RxNorm {
            json!({ "resourceType": "MedicationRequest", "medicationCodeableConcept": { "coding": [coding(c)] } })
        } else {
            json!({ "resourceType": "ServiceRequest", "code": { "coding": [coding(c)] } })
        };
        add(&c.to_string(), body, json!({}), contained);
    }
    if !left_out.is_empty() {
        let before = action.get("description").and_then(Value::as_str).map(|d| format!("{d} ")).unwrap_or_default();
        action["description"] = json!(format!("{before}{}", left_out.join(" ")));
    }
    if !subs.is_empty() {
        action["selectionBehavior"] = json!("any");
        action["action"] = Value::Array(subs);
    }
    action
}
