//! CDS Hooks 2.0 `patient-view`: the service description, the cards naming a patient's care
//! gaps, and timeline events from a request's prefetch (so [`super::navigate`] can run on
//! what the EHR sent). The `/cds-services` routes themselves live with the CDS Hooks server.

use super::core::{clip, Gap, GapKind, Navigation, Severity};
use crate::twin::history::TimelineEvent;
use serde_json::{json, Value};

/// The service id in discovery and in the service URL.
pub const SERVICE_ID: &str = "oncotwin-navigation";

/// The discovery entry of the `patient-view` navigation service.
pub fn patient_view_service() -> Value {
    json!({
        "hook": "patient-view",
        "id": SERVICE_ID,
        "title": "oncotwin care navigation",
        "description": "Where the patient is on the guideline pathway of each cancer (breast, non-small-cell lung, colorectal, prostate), and the care gaps: overdue steps, missing workup, out-of-date facts.",
        "prefetch": {
            "patient": "Patient/{{context.patientId}}",
            "conditions": "Condition?patient={{context.patientId}}",
            "observations": "Observation?patient={{context.patientId}}",
            "procedures": "Procedure?patient={{context.patientId}}",
            "medicationRequests": "MedicationRequest?patient={{context.patientId}}",
            "medicationAdministrations": "MedicationAdministration?patient={{context.patientId}}",
            "medicationStatements": "MedicationStatement?patient={{context.patientId}}",
            "imagingStudies": "ImagingStudy?patient={{context.patientId}}",
            "diagnosticReports": "DiagnosticReport?patient={{context.patientId}}"
        },
        "usageRequirements": "Reads the patient's cancer diagnoses, staging, biomarkers, therapies, operations and imaging; prefetch or fhirServer access to these is needed."
    })
}

/// Timeline events from a `patient-view` prefetch: each value may be a resource or a
/// searchset Bundle; resources of other types (or without an id) give no events.
pub fn events_from_prefetch(prefetch: &Value) -> Vec<TimelineEvent> {
    let values: Vec<Value> = prefetch.as_object().map(|o| o.values().cloned().collect()).unwrap_or_default();
    let mut events = crate::twin::necessity::events_from_resources(&crate::cds::resources_of(values));
    crate::twin::history::event::sort_events(&mut events);
    events
}

fn indicator(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Critical => "critical",
    }
}

/// A stable card id: the same gap gives the same uuid on every call (for feedback).
fn card_uuid(patient: &str, pathway: &str, gap: &Gap) -> String {
    let nodes: Vec<&str> = gap.nodes.iter().map(|n| n.id.as_str()).collect();
    let key = format!("{patient}|{pathway}|{}|{}|{}", gap.kind.as_str(), nodes.join(","), gap.facts.join(","));
    let hash = blake3::hash(key.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&hash.as_bytes()[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid().to_string()
}

/// The `patient-view` cards for a navigation: one per care gap, naming it, with the
/// evidence in the detail and a link to the patient's navigation page. A patient with no
/// cancer, or no gaps, gets no cards.
pub fn patient_view_cards(nav: &Navigation, decision_base_url: &str) -> Vec<Value> {
    let base = decision_base_url.trim_end_matches('/');
    nav.gaps()
        .map(|(cancer, gap)| {
            let mut detail =
                format!("**{}** — {}\n\n{}\n", cancer.pathway_title, kind_label(gap.kind), gap.detail.trim_end());
            if let Some(pos) = (!cancer.position.nodes.is_empty())
                .then(|| cancer.position.nodes.iter().map(|n| n.node.title.as_str()).collect::<Vec<_>>().join(" / "))
            {
                detail.push_str(&format!("\nCurrent position: {pos}.\n"));
            }
            if !gap.evidence.is_empty() {
                detail.push_str("\nEvidence: ");
                detail.push_str(&gap.evidence.iter().map(|e| format!("`{e}`")).collect::<Vec<_>>().join(", "));
                detail.push('\n');
            }
            json!({
                "uuid": card_uuid(&nav.patient_id, &cancer.pathway, gap),
                "summary": clip(&gap.summary),
                "indicator": indicator(gap.severity),
                "detail": detail,
                "source": {
                    "label": format!("oncotwin care navigation — {} pathway", cancer.pathway_title.to_lowercase()),
                    "url": format!("{base}/api/v1/pathways/{}", cancer.pathway),
                },
                "links": [{
                    "label": "Open the care-navigation view",
                    "url": format!("{base}/ui/patients/{}#navigation", nav.patient_id),
                    "type": "absolute",
                    "autoLaunchable": false,
                }],
            })
        })
        .collect()
}

fn kind_label(kind: GapKind) -> &'static str {
    match kind {
        GapKind::OverdueStep => "overdue step",
        GapKind::MissingWorkup => "missing workup",
        GapKind::StaleFact => "out-of-date fact",
    }
}
