//! The prior-authorization desk (`/ui/necessity`): find a patient (name, record number or
//! birth date; the search is posted, so no name goes into a URL), pick the service by brand
//! or generic name, HCPCS or CPT code (autocomplete from the pathway codes), and see the
//! decision; below, the queue of decisions by outcome and origin with each request's
//! received time and its due time on the decision clock.

use super::patient::PatientCard;
use super::{csrf_field, escape, option, page, SignedIn, Workspace};
use crate::store::DecisionRow;
use chrono::{DateTime, Duration, Utc};
use oncotwin_pathway::{CodeSystem, PathwaySet};
use std::collections::{BTreeMap, HashMap};

/// Rows per queue page.
pub const QUEUE_PAGE: i64 = 25;

/// The decision clock of a standard (non-urgent) prior-authorization request: 7 calendar
/// days (CMS Interoperability and Prior Authorization final rule, CMS-0057-F, from 2026).
pub const STANDARD_CLOCK_DAYS: i64 = 7;
/// The decision clock of an expedited (urgent) request: 72 hours (the same rule).
pub const EXPEDITED_CLOCK_HOURS: i64 = 72;

/// When a queued request is due: received plus 72 hours when expedited, else 7 days.
pub fn due(received: DateTime<Utc>, expedited: bool) -> DateTime<Utc> {
    if expedited {
        received + Duration::hours(EXPEDITED_CLOCK_HOURS)
    } else {
        received + Duration::days(STANDARD_CLOCK_DAYS)
    }
}

/// The outcomes and origins the queue filters on, as the page names them.
pub const OUTCOMES: &[(&str, &str)] = &[
    ("needs-documentation", "Needs documentation"),
    ("refer-to-reviewer", "Refer to a reviewer"),
    ("supported", "Supported"),
];
pub const ORIGINS: &[(&str, &str)] = &[
    ("api", "API"),
    ("order-sign", "CDS Hooks order-sign"),
    ("order-select", "CDS Hooks order-select"),
    ("pas", "Da Vinci PAS"),
    ("cli", "Command line"),
    ("desk", "This desk"),
];

/// One choice of the service field: the value posted and what the list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceOption {
    pub value: String,
}

/// Every service the pathways name, with its official display and, for drugs, each brand
/// name: "rxnorm 2267574 · fam-trastuzumab deruxtecan (Enhertu)".
pub fn service_options(set: &PathwaySet) -> Vec<ServiceOption> {
    let table = crate::twin::history::codes::code_table();
    let mut seen: BTreeMap<(String, String), ()> = BTreeMap::new();
    let mut out = Vec::new();
    for pathway in set.pathways() {
        for node in pathway.graph.node_weights() {
            for code in node.all_services() {
                if !matches!(code.system, CodeSystem::RxNorm | CodeSystem::Hcpcs | CodeSystem::Cpt) {
                    continue;
                }
                let key = (code.system.prefix().to_string(), code.code.clone());
                if seen.insert(key, ()).is_some() {
                    continue;
                }
                let display =
                    table.and_then(|t| t.get(code.system, &code.code)).map(|r| r.display.clone()).unwrap_or_default();
                let prefix = format!("{} {}", code.system.prefix(), code.code);
                out.push(ServiceOption { value: format!("{prefix} · {display}") });
                if code.system == CodeSystem::RxNorm {
                    if let Some(ingredient) = crate::twin::history::codes::ingredient_by_rxcui(&code.code) {
                        for brand in ingredient.synonyms.iter().filter(|s| !s.contains(' ')) {
                            out.push(ServiceOption {
                                value: format!("{prefix} · {} ({})", title_case(brand), ingredient.name),
                            });
                        }
                    }
                }
            }
        }
    }
    out.sort_by(|a, b| a.value.cmp(&b.value));
    out
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The service a desk user typed or picked: (system, code), from a list value
/// ("rxnorm 2267574 · …"), a bare HCPCS ("J9358") or CPT ("77427") code, or a brand or
/// generic drug name ("Enhertu", "trastuzumab deruxtecan").
pub fn parse_service(text: &str) -> Option<(String, String)> {
    let text = text.trim();
    let head = text.split('·').next().unwrap_or("").trim();
    let mut words = head.split_whitespace();
    if let (Some(system), Some(code), None) = (words.next(), words.next(), words.next()) {
        if let Some(system) = CodeSystem::parse(system) {
            return Some((system.prefix().to_string(), code.to_string()));
        }
    }
    let upper = head.to_ascii_uppercase();
    let is_hcpcs =
        upper.len() == 5 && upper.as_bytes()[0].is_ascii_alphabetic() && upper[1..].bytes().all(|b| b.is_ascii_digit());
    if is_hcpcs {
        return Some(("hcpcs".into(), upper));
    }
    let is_cpt = upper.len() == 5
        && upper[..4].bytes().all(|b| b.is_ascii_digit())
        && upper.as_bytes()[4].is_ascii_alphanumeric();
    if is_cpt {
        return Some(("cpt".into(), upper));
    }
    if !head.is_empty() && head.bytes().all(|b| b.is_ascii_digit()) {
        return Some(("rxnorm".into(), head.to_string()));
    }
    crate::twin::history::codes::ingredients_by_name(text).first().map(|i| ("rxnorm".to_string(), i.rxcui.to_string()))
}

/// The queue's choices (none is PHI: they go into links).
#[derive(Debug, Clone, Default)]
pub struct QueueChoices {
    pub outcome: Option<String>,
    pub origin: Option<String>,
    pub page: i64,
}

impl QueueChoices {
    fn query(&self, page: i64) -> String {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        if let Some(o) = &self.outcome {
            q.append_pair("outcome", o);
        }
        if let Some(o) = &self.origin {
            q.append_pair("origin", o);
        }
        if page > 1 {
            q.append_pair("page", &page.to_string());
        }
        q.finish()
    }
}

/// Everything the desk shows.
pub struct DeskView<'a> {
    pub who: &'a SignedIn,
    /// What the last patient search asked (echoed into its field, never into a URL).
    pub query: &'a str,
    /// Its matches; `None` before any search.
    pub found: Option<Vec<PatientCard>>,
    /// The service field's value (after a refused request).
    pub service: &'a str,
    pub options: &'a [ServiceOption],
    pub choices: &'a QueueChoices,
    pub queue: &'a [DecisionRow],
    pub total: i64,
    /// Per outcome (within the chosen origin) and per origin (within the chosen outcome).
    pub by_outcome: BTreeMap<String, i64>,
    pub by_origin: BTreeMap<String, i64>,
    pub patients: &'a HashMap<String, PatientCard>,
    /// A refusal to show above the form.
    pub error: Option<&'a str>,
    pub now: DateTime<Utc>,
}

/// The service's name for the queue: the pathway code table's display, else the code.
pub fn service_display(system: &str, code: &str) -> String {
    let table = crate::twin::history::codes::code_table();
    let display = CodeSystem::parse(system).and_then(|s| table?.get(s, code)).map(|r| r.display.clone());
    match display {
        Some(d) => format!("{d} ({system} {code})"),
        None => format!("{system} {code}"),
    }
}

/// The page.
pub fn render(view: &DeskView<'_>) -> String {
    let mut main = String::from("<h1>Prior-authorization desk</h1>");
    if let Some(error) = view.error {
        main.push_str(&format!(r#"<p class="notice error" role="alert">{}</p>"#, escape(error)));
    }
    main.push_str(&new_request(view));
    main.push_str(&queue(view));
    page("Prior-authorization desk", Workspace::Desk, Some(view.who), &main)
}

fn new_request(view: &DeskView<'_>) -> String {
    let csrf = csrf_field(&view.who.csrf);
    let mut out = format!(
        r#"<section aria-labelledby="new-title"><h2 id="new-title">A new request</h2>
<form method="post" action="/ui/necessity/find" class="filters" role="search" aria-label="Find a patient">{csrf}
<div><label for="find-q">Find a patient</label><input id="find-q" name="q" type="search" required maxlength="100" value="{q}" placeholder="name, MRN or birth date (YYYY-MM-DD)" size="36"></div>
<div><button type="submit">Find</button></div></form>"#,
        q = escape(view.query),
    );
    let patient_field = match &view.found {
        Some(found) if found.is_empty() => r#"<p class="notice error" role="status">No patient matches. Try the family name, the MRN or the birth date.</p>"#.to_string(),
        Some(found) => {
            let mut f = String::from(r#"<fieldset><legend>Patient</legend>"#);
            for (i, card) in found.iter().enumerate() {
                let born = card.birth_date.as_deref().map(|b| format!(", born {b}")).unwrap_or_default();
                let mrn = card.mrn.as_deref().map(|m| format!(", MRN {m}")).unwrap_or_default();
                f.push_str(&format!(
                    r#"<div><input type="radio" id="p-{i}" name="patient" value="{id}"{checked} required> <label for="p-{i}">{name}{born}{mrn}</label></div>"#,
                    id = escape(&card.id),
                    checked = if found.len() == 1 { " checked" } else { "" },
                    name = escape(&card.display_name()),
                    born = escape(&born),
                    mrn = escape(&mrn),
                ));
            }
            f.push_str("</fieldset>");
            f
        }
        None => r#"<p><label for="desk-patient">Patient id</label><br><input id="desk-patient" name="patient" type="text" required maxlength="64" placeholder="or find the patient above" size="40"></p>"#.to_string(),
    };
    let options: String =
        view.options.iter().map(|o| format!(r#"<option value="{}"></option>"#, escape(&o.value))).collect();
    out.push_str(&format!(
        r#"<form method="post" action="/ui/necessity/decide" class="card" aria-label="Ask for a decision">{csrf}
{patient_field}
<p><label for="desk-service">Service</label><br><input id="desk-service" name="service" type="text" required maxlength="200" list="services" value="{service}" placeholder="brand or generic drug name, HCPCS or CPT code" size="60" autocomplete="off">
<datalist id="services">{options}</datalist></p>
<p><input type="checkbox" id="desk-expedited" name="expedited" value="true"> <label for="desk-expedited">Expedited: the patient's health could be seriously harmed by waiting (decision due in {hours} hours)</label></p>
<p><button type="submit">Decide</button> <span class="muted">The twin answers supported, needs documentation, or refer to a reviewer — never a denial.</span></p>
</form></section>"#,
        service = escape(view.service),
        hours = EXPEDITED_CLOCK_HOURS,
    ));
    out
}

fn queue(view: &DeskView<'_>) -> String {
    let c = view.choices;
    let mut outcome = option("", "Every outcome", c.outcome.is_none());
    for (v, l) in OUTCOMES {
        let n = view.by_outcome.get(*v).copied().unwrap_or(0);
        outcome.push_str(&option(v, &format!("{l} ({n})"), c.outcome.as_deref() == Some(v)));
    }
    let mut origin = option("", "Every origin", c.origin.is_none());
    for (v, l) in ORIGINS {
        let n = view.by_origin.get(*v).copied().unwrap_or(0);
        origin.push_str(&option(v, &format!("{l} ({n})"), c.origin.as_deref() == Some(v)));
    }
    let mut out = format!(
        r#"<section aria-labelledby="queue-title"><h2 id="queue-title">Decisions</h2>
<form class="filters" method="get" action="/ui/necessity" aria-label="Filter the decisions">
<div><label for="q-outcome">Outcome</label><select id="q-outcome" name="outcome">{outcome}</select></div>
<div><label for="q-origin">Origin</label><select id="q-origin" name="origin">{origin}</select></div>
<div><button type="submit">Apply</button></div><div><a href="/ui/necessity">Clear</a></div></form>
<p id="queue-summary"><b>{total}</b> decision{s}. A request that needs documentation or a reviewer is due {days} calendar days after it was received ({hours} hours when expedited), until a reviewer records a determination.</p>"#,
        total = view.total,
        s = if view.total == 1 { "" } else { "s" },
        days = STANDARD_CLOCK_DAYS,
        hours = EXPEDITED_CLOCK_HOURS,
    );
    if view.queue.is_empty() {
        out.push_str(r#"<p class="muted">No decision for this selection.</p></section>"#);
        return out;
    }
    out.push_str(r#"<table class="items"><caption class="visually-hidden">Decisions, newest first</caption><thead><tr><th scope="col">Received</th><th scope="col">Due</th><th scope="col">Patient</th><th scope="col">Service</th><th scope="col">Outcome</th><th scope="col">Reviewer</th><th scope="col">Origin</th></tr></thead><tbody>"#);
    for d in view.queue {
        let received = DateTime::parse_from_rfc3339(&d.created_at).map(|t| t.with_timezone(&Utc)).ok();
        let urgency = if d.expedited { r#"<br><span class="badge critical">expedited</span>"# } else { "" };
        let due = match (received, d.outcome.as_str(), &d.determination) {
            (_, _, Some(h)) if h.determination != "pended" => r#"<span class="muted">determined</span>"#.to_string(),
            (Some(r), "needs-documentation" | "refer-to-reviewer", _) => {
                let due_at = due(r, d.expedited);
                if due_at < view.now {
                    format!(r#"{}<br><span class="overdue">overdue</span>{urgency}"#, due_at.format("%Y-%m-%d %H:%M"))
                } else {
                    format!("{}{urgency}", due_at.format("%Y-%m-%d %H:%M"))
                }
            }
            _ => r#"<span class="muted">decided</span>"#.to_string(),
        };
        let reviewer = match &d.determination {
            Some(h) => format!(
                "{} by {}",
                escape(crate::twin::necessity::determination::label(&h.determination)),
                escape(&h.reviewer)
            ),
            None => r#"<span class="muted">none yet</span>"#.to_string(),
        };
        let card = view
            .patients
            .get(&d.patient_id)
            .cloned()
            .unwrap_or_else(|| PatientCard { id: d.patient_id.clone(), ..Default::default() });
        let badge = match d.outcome.as_str() {
            "supported" => "addressed",
            "needs-documentation" => "warning",
            _ => "critical",
        };
        let outcome_label = OUTCOMES.iter().find(|(v, _)| *v == d.outcome).map_or(d.outcome.as_str(), |(_, l)| l);
        let origin_label = ORIGINS.iter().find(|(v, _)| *v == d.origin).map_or(d.origin.as_str(), |(_, l)| l);
        out.push_str(&format!(
            r#"<tr data-decision="{id}"><td data-label="Received">{received}</td><td data-label="Due">{due}</td><td data-label="Patient"><a href="/ui/patients/{pid}">{name}</a></td><td data-label="Service"><a href="/ui/necessity/{id}">{service}</a></td><td data-label="Outcome"><span class="badge {badge}">{outcome}</span></td><td data-label="Reviewer">{reviewer}</td><td data-label="Origin">{origin}</td></tr>"#,
            id = escape(&d.id),
            received = escape(&received.map(|r| r.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_else(|| d.created_at.clone())),
            pid = escape(&d.patient_id),
            name = escape(&card.display_name()),
            service = escape(&service_display(&d.service_system, &d.service_code)),
            outcome = escape(outcome_label),
            origin = escape(origin_label),
        ));
    }
    out.push_str("</tbody></table>");
    out.push_str(&super::pages_nav("/ui/necessity", c.page, view.total, QUEUE_PAGE, |p| c.query(p)));
    out.push_str("</section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_as_a_desk_types_them() {
        assert_eq!(
            parse_service("rxnorm 2267574 · fam-trastuzumab deruxtecan (Enhertu)"),
            Some(("rxnorm".into(), "2267574".into()))
        );
        assert_eq!(parse_service("Enhertu"), Some(("rxnorm".into(), "2267574".into())));
        assert_eq!(parse_service("keytruda"), Some(("rxnorm".into(), "1547545".into())));
        assert_eq!(parse_service("j9355"), Some(("hcpcs".into(), "J9355".into())));
        assert_eq!(parse_service("77427"), Some(("cpt".into(), "77427".into())));
        assert_eq!(parse_service("224905"), Some(("rxnorm".into(), "224905".into())));
        assert_eq!(parse_service("something else"), None);
        let set = PathwaySet::builtin().unwrap();
        let options = service_options(&set);
        assert!(options.iter().any(|o| o.value.starts_with("rxnorm 2267574 · Enhertu (")), "brands listed");
        assert!(options.iter().any(|o| o.value.starts_with("hcpcs J")), "HCPCS listed");
        assert!(options.len() > 100, "{}", options.len());
    }
}
