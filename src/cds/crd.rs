//! A necessity decision as CDS Hooks output: the card a clinician sees, and the Da Vinci CRD
//! (STU 2.1) coverage-information extension, added to the draft order by an `update` system
//! action. Mapping (never `not-covered`: the twin does not deny):
//!
//! | outcome             | covered | pa-needed   | doc-needed | doc-purpose |
//! |---------------------|---------|-------------|------------|-------------|
//! | supported           | covered | satisfied (satisfied-pa-id = decision id) | — | — |
//! | needs-documentation | covered | auth-needed | clinical   | withpa      |
//! | refer-to-reviewer   | covered | auth-needed | clinical   | withpa      |

use crate::twin::necessity::{shorten, Decision, Verdict};
use serde_json::{json, Value};

pub const COVERAGE_INFORMATION: &str =
    "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
const CRD_CODES: &str = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes";

/// The card for one decision. `page` is the absolute URL of the decision's page.
pub fn card(d: &Decision, page: &str) -> Value {
    let indicator = match d.outcome {
        Verdict::Supported => "info",
        Verdict::NeedsDocumentation | Verdict::ReferToReviewer => "warning",
    };
    let mut detail = String::new();
    for r in &d.reasons {
        detail.push_str(&format!("- {r}\n"));
    }
    if !d.missing.is_empty() {
        detail.push_str("\n**Document before prior authorization:**\n");
        for m in &d.missing {
            detail.push_str(&format!("- {}\n", m.message));
        }
    }
    if !d.contradicted.is_empty() {
        detail.push_str("\n**Contradicted by the record:**\n");
        for c in &d.contradicted {
            detail.push_str(&format!("- `{}` ({})\n", c.criterion, c.evidence.join(", ")));
        }
    }
    let inferred = d.inferred_facts();
    if !inferred.is_empty() {
        detail.push_str("\n**Inferred from the chart:**\n");
        for line in &inferred {
            detail.push_str(&format!("- {line}\n"));
        }
    }
    let conflicts = d.fact_conflicts();
    if !conflicts.is_empty() {
        detail.push_str("\n**Documented values the chart contradicts:**\n");
        for line in &conflicts {
            detail.push_str(&format!("- {line}\n"));
        }
    }
    if let Some(c) = d.chosen() {
        detail.push_str(&format!(
            "\nPathway node: {} (`{}/{}`). Sources: {}.\n",
            c.title,
            c.pathway,
            c.node,
            c.sources.join("; ")
        ));
    }
    detail.push_str("\noncotwin never denies: it supports, asks for documentation, or refers to a human reviewer.");
    json!({
        "uuid": d.id,
        "summary": shorten(&d.summary, 139),
        "indicator": indicator,
        "detail": detail,
        "source": {
            "label": "oncotwin medical-necessity twin",
            "url": page,
            "topic": {
                "system": "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp",
                "code": "coverage-info",
                "display": "Coverage information"
            }
        },
        "links": [{ "label": "Open the necessity checklist", "url": page, "type": "absolute", "autoLaunchable": false }],
    })
}

fn sub(url: &str, key: &str, value: Value) -> Value {
    let mut e = json!({ "url": url });
    e[key] = value;
    e
}

fn code(url: &str, c: &str) -> Value {
    sub(url, "valueCode", json!(c))
}

/// The coverage-information extension for a decision. `coverage` is `Coverage/{id}` when the
/// request carried one.
pub fn coverage_information(d: &Decision, coverage: Option<&str>, page: &str) -> Value {
    let coverage_ref = match coverage {
        Some(r) => json!({ "reference": r }),
        None => json!({ "display": "no active Coverage was sent with the request" }),
    };
    let mut ext = vec![sub("coverage", "valueReference", coverage_ref), code("covered", "covered")];
    match d.outcome {
        Verdict::Supported => {
            ext.push(code("pa-needed", "satisfied"));
            ext.push(sub("satisfied-pa-id", "valueString", json!(d.id)));
        }
        Verdict::NeedsDocumentation | Verdict::ReferToReviewer => {
            ext.push(code("pa-needed", "auth-needed"));
            ext.push(code("doc-needed", "clinical"));
            ext.push(code("doc-purpose", "withpa"));
        }
    }
    ext.push(sub(
        "reason",
        "valueCodeableConcept",
        json!({ "text": shorten(&d.summary, 255), "coding": [{ "system": CRD_CODES, "code": match d.outcome {
            Verdict::Supported => "satisfied",
            _ => "auth-needed",
        }}]}),
    ));
    for m in &d.missing {
        ext.push(sub(
            "detail",
            "extension",
            json!([
                { "url": "code", "valueCodeableConcept": { "text": "documentation needed" } },
                { "url": "value", "valueString": m.message },
            ]),
        ));
    }
    ext.push(sub("date", "valueDate", json!(d.as_of.to_string())));
    ext.push(sub("coverage-assertion-id", "valueString", json!(d.id)));
    ext.push(sub(
        "contact",
        "valueContactDetail",
        json!({ "name": "oncotwin necessity checklist", "telecom": [{ "system": "url", "value": page }] }),
    ));
    json!({ "url": COVERAGE_INFORMATION, "extension": ext })
}

/// The draft order with the coverage-information extension added (replacing one oncotwin
/// added before), as the resource of an `update` system action.
pub fn annotated_order(order: &Value, d: &Decision, coverage: Option<&str>, page: &str) -> Value {
    let mut order = order.clone();
    let ext = coverage_information(d, coverage, page);
    let list = order.as_object_mut().map(|o| o.entry("extension").or_insert_with(|| json!([])));
    if let Some(Value::Array(list)) = list {
        list.retain(|e| e["url"] != COVERAGE_INFORMATION);
        list.push(ext);
    }
    order
}

/// The system action for one decided order.
pub fn system_action(order: &Value, d: &Decision, coverage: Option<&str>, page: &str) -> Value {
    json!({
        "type": "update",
        "description": format!("Coverage information: {}", d.outcome.as_str()),
        "resource": annotated_order(order, d, coverage, page),
    })
}
