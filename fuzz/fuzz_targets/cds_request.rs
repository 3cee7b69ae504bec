//! CDS Hooks requests, as `POST /cds-services/{id}` handles them up to the store and the
//! network: `HookRequest::parse` for each service, the prefetch flattened into resources
//! (`cds::fetch::patient_resources` with no `fhirServer`, so it never reaches the
//! network), the draft orders, the timeline events and facts, and — as the handler does —
//! the necessity decision with its CRD card and system action (order-sign/order-select),
//! or the navigation and its cards (patient-view), against the shipped pathways.
//!
//! The input is the request body; it is offered to all three services (the body's `hook`
//! picks the one that accepts it).

#![no_main]

use std::future::Future;
use std::sync::OnceLock;
use std::task::{Context, Poll, Waker};

use libfuzzer_sys::fuzz_target;
use oncotwin::cds::{self, crd, fetch, HookError, HookRequest};
use oncotwin::twin::history;
use oncotwin::twin::navigation;
use oncotwin::twin::necessity::{self, RequestedService};
use oncotwin_pathway::PathwaySet;
use serde_json::Value;

const BASE: &str = "https://oncotwin.example";

fn pathways() -> &'static PathwaySet {
    static SET: OnceLock<PathwaySet> = OnceLock::new();
    SET.get_or_init(|| oncotwin::pathway::load(None).expect("shipped pathways load"))
}

fn http() -> &'static reqwest::Client {
    static HTTP: OnceLock<reqwest::Client> = OnceLock::new();
    HTTP.get_or_init(fetch::http_client)
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("date")
}

/// The request's resources from its prefetch alone. With no `fhirServer` the future never
/// waits, so one poll finishes it.
fn prefetched(request: &mut HookRequest, templates: &Value) -> Result<Option<Vec<Value>>, HookError> {
    request.fhir_server = None;
    let prefetch = request.prefetch.take();
    let mut future = std::pin::pin!(fetch::patient_resources(http(), request, prefetch, templates, &[]));
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(r) => r,
        Poll::Pending => panic!("patient_resources waited with no fhirServer"),
    }
}

fn necessity_hook(body: &[u8], service_id: &str, hook: &str) {
    let Ok(mut request) = HookRequest::parse(body, service_id, hook) else { return };
    let patient = request.patient_id().expect("parse checked patientId").to_string();
    let _ = request.fill_template("Condition?patient={{context.patientId}}&x={{context.userId}}");
    if let Some(bundle) = request.context.get("draftOrders") {
        if bundle["resourceType"] != "Bundle" {
            return;
        }
    }
    let Ok(resources) = prefetched(&mut request, &cds::necessity_prefetch()) else { return };
    let Ok(orders) = cds::draft_orders(&request, resources.as_deref()) else { return };
    let (report, coverage) = match &resources {
        Some(resources) => {
            let events = necessity::events_from_resources(resources);
            let coverage = cds::coverage_reference(resources);
            (history::facts_as_of(&patient, &events, today()), coverage)
        }
        None => (history::facts_as_of(&patient, &[], today()), None),
    };
    for order in &orders {
        let Ok(service) = RequestedService::from_resource(order) else { continue };
        let _ = service.name();
        let decision = necessity::decide(pathways(), report.clone(), service);
        let page = format!("{BASE}/ui/necessity/{}", decision.id);
        let card = crd::card(&decision, &page);
        assert!(card["summary"].as_str().is_some_and(|s| s.chars().count() <= 140), "card summary over 140");
        let _ = crd::system_action(order, &decision, coverage.as_deref(), &page);
        let _ = necessity::page::text(&decision);
    }
}

fn patient_view_hook(body: &[u8]) {
    let Ok(mut request) = HookRequest::parse(body, navigation::cds::SERVICE_ID, "patient-view") else {
        return;
    };
    let patient = request.patient_id().expect("parse checked patientId").to_string();
    if let Some(prefetch) = &request.prefetch {
        let _ = navigation::cds::events_from_prefetch(&Value::Object(prefetch.clone()));
    }
    let templates = navigation::cds::patient_view_service()["prefetch"].clone();
    let Ok(Some(resources)) = prefetched(&mut request, &templates) else { return };
    let events = necessity::events_from_resources(&resources);
    let nav = navigation::navigate(&patient, &events, today(), pathways());
    let _ = navigation::cds::patient_view_cards(&nav, BASE);
}

fuzz_target!(
    init: {
        let _ = pathways();
        let _ = http();
    },
    |data: &[u8]| {
        necessity_hook(data, cds::ORDER_SIGN, "order-sign");
        necessity_hook(data, cds::ORDER_SELECT, "order-select");
        patient_view_hook(data);
    }
);
