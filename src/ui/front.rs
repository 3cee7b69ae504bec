//! The front door (`/`): what this server is, how to sign in (a SMART standalone launch
//! when an EHR is configured; in development, a one-click sign-in), and once signed in the
//! workspaces. Open to anyone: it shows no PHI.

use super::{csrf_field, escape, page, SignedIn, Workspace};

/// What the front door offers.
#[derive(Debug, Clone, Default)]
pub struct FrontDoor {
    pub signed_in: Option<SignedIn>,
    /// The development sign-in is on (`demo`, `serve --dev-auth`).
    pub dev_sign_in: bool,
    /// The FHIR base of the EHR a SMART standalone launch signs in with.
    pub smart_ehr: Option<String>,
    /// The CSRF token of the sign-in form (also in a cookie: double submit).
    pub sign_in_csrf: String,
    /// Where to go after signing in (a `/ui/` path).
    pub next: Option<String>,
    /// A line to show first ("You are signed out.").
    pub notice: Option<String>,
}

/// The page.
pub fn render(door: &FrontDoor) -> String {
    let mut main = String::from(
        r#"<h1>oncotwin</h1>
<p>A clinical digital twin for oncology over FHIR R4. From each patient's EHR record it builds
an oncology timeline, places the patient on an NCCN-structured care pathway built from FDA labels
and NCI PDQ, lists what is next and what is overdue, and answers prior-authorization questions with
the evidence behind each criterion. It never denies: a request is supported, needs documentation,
or goes to a human reviewer.</p>"#,
    );
    if let Some(notice) = &door.notice {
        main.push_str(&format!(r#"<p class="notice" role="status">{}</p>"#, escape(notice)));
    }
    match &door.signed_in {
        Some(who) => main.push_str(&workspaces(who)),
        None => main.push_str(&sign_in(door)),
    }
    main.push_str(
        r#"<h2>For integration teams</h2>
<ul>
<li><a href="/docs/">API documentation (OpenAPI)</a> — the twins' JSON API</li>
<li><a href="/fhir/metadata">FHIR CapabilityStatement</a> — the FHIR R4 facade</li>
<li><a href="/cds-services">CDS Hooks discovery</a> — order-select, order-sign (Da Vinci CRD), patient-view</li>
<li><a href="/.well-known/smart-configuration">SMART configuration</a></li>
<li><a href="/api/v1/pathways">Care pathways</a> (graphs: <a href="/api/v1/pathways/breast/render">breast</a>,
<a href="/api/v1/pathways/nsclc/render">lung</a>, <a href="/api/v1/pathways/colorectal/render">colorectal</a>,
<a href="/api/v1/pathways/prostate/render">prostate</a>)</li>
</ul>"#,
    );
    page("Start", Workspace::Home, door.signed_in.as_ref(), &main)
}

fn workspaces(who: &SignedIn) -> String {
    let patient_card = match &who.patient {
        Some(p) => format!(
            r#"<section class="card"><h2><a href="/ui/patients/{id}">Your patient's page</a></h2>
<p>This session is limited to patient {id}: the timeline, where the patient is on the pathway, next steps and care gaps.</p></section>"#,
            id = escape(p)
        ),
        None => r#"<section class="card"><h2>Patient pages</h2>
<p>Open a patient from the worklist: the oncology timeline, the pathway with the patient's route, next steps with the criteria met or missing, and care gaps.</p></section>"#
            .to_string(),
    };
    format!(
        r#"<h2>Workspaces</h2>
<div class="cards">
<section class="card"><h2><a href="/ui/worklist">Navigator worklist</a></h2>
<p>Every open care gap and upcoming step across patients: overdue steps, missing workup, stale results. Filter, sort, open the patient, mark a gap addressed.</p></section>
<section class="card"><h2><a href="/ui/necessity">Prior-authorization desk</a></h2>
<p>Find a patient, pick the service by brand, generic name, HCPCS or CPT code, and see the decision with the evidence for each criterion; the queue of decisions by outcome, origin and decision clock.</p></section>
{patient_card}
</div>"#
    )
}

fn sign_in(door: &FrontDoor) -> String {
    let mut out = String::from("<h2>Sign in</h2>");
    let next = door
        .next
        .as_deref()
        .map(|n| format!(r#"<input type="hidden" name="next" value="{}">"#, escape(n)))
        .unwrap_or_default();
    if let Some(ehr) = &door.smart_ehr {
        let iss: String = url::form_urlencoded::byte_serialize(ehr.as_bytes()).collect();
        out.push_str(&format!(
            r#"<p><a class="button" href="/launch?iss={iss}">Sign in with the EHR</a> <span class="muted">(SMART on FHIR; you pick a patient there)</span></p>"#
        ));
    }
    if door.dev_sign_in {
        out.push_str(&format!(
            r#"<form method="post" action="/signin/dev" class="card" aria-labelledby="dev-title">
<h2 id="dev-title">Development sign-in</h2>
<p class="muted">This server runs in development mode and trusts its own development issuer: sign in without an EHR.</p>
{csrf}{next}
<p><label for="dev-user">Your name</label><br><input id="dev-user" name="user" type="text" required maxlength="80" value="Demo navigator" autocomplete="name"></p>
<p><label for="dev-patient">Limit the session to one patient (optional)</label><br><input id="dev-patient" name="patient" type="text" maxlength="64" placeholder="patient id" autocomplete="off"></p>
<p><button type="submit">Sign in</button></p>
</form>"#,
            csrf = csrf_field(&door.sign_in_csrf),
        ));
    }
    if door.smart_ehr.is_none() && !door.dev_sign_in {
        out.push_str(
            r#"<p class="notice error" role="alert">No way to sign in is configured: set <code>smart_launch</code> (an EHR) or run in development mode (<code>serve --dev-auth</code>, <code>demo</code>).</p>"#,
        );
    }
    out
}
