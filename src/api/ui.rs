//! The workspaces over HTTP: the front door (`GET /`), the development sign-in
//! (`POST /signin/dev`), sign-out, and the navigators' worklist page with its forms. Thin
//! handlers over `ui` (the HTML) and the twins.
//!
//! Forms are CSRF-protected twice: the session cookie is `SameSite=Lax` (no cross-site
//! POST carries it), and every form posts back a token — the session's own once signed in
//! (checked against [`SessionCsrf`]), a double-submit cookie for the sign-in form itself.
//! Nothing PHI goes into a URL: form posts carry patient ids in their bodies and come back
//! to the page with its filters only.

use super::auth::{Authed, SessionCsrf};
use super::error::ApiError;
use super::launch::{cookie, public_base, set_cookie, SESSION_COOKIE};
use super::navigation::{check_mark, check_note, check_path, mark_error, worklist_filter, WorklistParams};
use crate::auth::dev::DEV_ISSUER;
use crate::auth::scopes::ResourceScope;
use crate::auth::Principal;
use crate::ingest::entry::is_valid_id;
use crate::startup::AppState;
use crate::twin::navigation;
use crate::ui::patient::PatientCard;
use crate::ui::worklist::{WorklistChoices, WorklistView, PAGE_SIZE};
use crate::ui::{front, SignedIn};
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use serde::Deserialize;
use std::collections::HashMap;

/// The double-submit cookie of the sign-in form.
const SIGN_IN_COOKIE: &str = "oncotwin_signin";
/// How long a development sign-in lasts.
const DEV_SESSION_SECONDS: u64 = 8 * 3600;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(front_door))
        .route("/signin/dev", web::post().to(dev_sign_in))
        .route("/ui/signout", web::post().to(sign_out))
        .route("/ui/worklist", web::get().to(worklist_page))
        .route("/ui/worklist/addressed", web::post().to(mark_form))
        .route("/ui/worklist/reopen", web::post().to(reopen_form))
        .route("/ui/necessity", web::get().to(desk_page))
        .route("/ui/necessity/find", web::post().to(desk_find))
        .route("/ui/necessity/decide", web::post().to(desk_decide))
        .route("/ui/necessity/{id}/determination", web::post().to(determine_form));
}

fn html(status: u16, body: String) -> HttpResponse {
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or_default())
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

fn see_other(location: &str) -> actix_web::HttpResponseBuilder {
    let mut builder = HttpResponse::SeeOther();
    builder.insert_header(("Location", location.to_string())).insert_header(("Cache-Control", "no-store"));
    builder
}

/// The signed-in user of a request that came with a session (or a token).
fn signed_in(req: &HttpRequest, auth: &Authed) -> SignedIn {
    SignedIn {
        user: auth.0.subject.clone(),
        patient: auth.0.patient.clone(),
        csrf: req.extensions().get::<SessionCsrf>().map(|c| c.0.clone()).unwrap_or_default(),
    }
}

/// A `/ui/` path to go back to after signing in; anything else is dropped (no open redirect).
fn safe_next(next: Option<&str>) -> Option<String> {
    next.filter(|n| {
        n.starts_with("/ui/") && !n.contains("//") && !n.contains('\\') && n.bytes().all(|b| b.is_ascii_graphic())
    })
    .map(str::to_string)
}

#[derive(Deserialize)]
pub struct FrontParams {
    next: Option<String>,
    signed_out: Option<String>,
}

/// `GET /`: the front door.
#[utoipa::path(get, path = "/", tag = "ui",
    responses((status = 200, description = "What this server is, sign in, the workspaces (HTML; no PHI)", content_type = "text/html")))]
pub async fn front_door(req: HttpRequest, params: web::Query<FrontParams>, state: web::Data<AppState>) -> HttpResponse {
    let signed_in = super::launch::session_principal(&state.launches, &req).map(|(p, csrf)| SignedIn {
        user: p.subject,
        patient: p.patient,
        csrf,
    });
    let token = cookie(&req, SIGN_IN_COOKIE)
        .filter(|t| t.len() >= 32 && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .unwrap_or_else(crate::auth::launch::random_token);
    let door = front::FrontDoor {
        signed_in,
        dev_sign_in: state.settings.dev_auth_key.is_some(),
        smart_ehr: state.settings.smart_launch.as_ref().map(|l| l.fhir_base.clone()),
        sign_in_csrf: token.clone(),
        next: safe_next(params.next.as_deref()),
        notice: params.signed_out.as_ref().map(|_| "You are signed out.".to_string()),
    };
    let secure = public_base(&req, &state).starts_with("https://");
    let mut response = html(200, front::render(&door));
    if let Ok(value) = set_cookie(SIGN_IN_COOKIE, &token, "/signin", 3600, secure).parse() {
        response.headers_mut().append(actix_web::http::header::SET_COOKIE, value);
    }
    response
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct DevSignIn {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    user: String,
    #[serde(default)]
    patient: String,
    next: Option<String>,
}

/// `POST /signin/dev`: opens a session as the development issuer's user (development mode
/// only), across patients or limited to one.
#[utoipa::path(post, path = "/signin/dev", tag = "ui",
    responses((status = 303, description = "Signed in: a session cookie, to `next` or the front door"), (status = 403, description = "The form's CSRF token is not its cookie's (HTML)"),
        (status = 404, description = "Development mode is off, or the patient is unknown (HTML)"), (status = 422, description = "No name, or a malformed patient id (HTML)")))]
pub async fn dev_sign_in(req: HttpRequest, form: web::Form<DevSignIn>, state: web::Data<AppState>) -> HttpResponse {
    if state.settings.dev_auth_key.is_none() {
        return html(404, crate::ui::problem(404, "The development sign-in is off on this server.", None));
    }
    let expected = cookie(&req, SIGN_IN_COOKIE).unwrap_or_default();
    if expected.is_empty() || form.csrf != expected {
        return html(
            403,
            crate::ui::problem(403, "This sign-in form has expired or did not come from this server: open the start page and sign in again.", None),
        );
    }
    let user = form.user.trim();
    if user.is_empty() || user.chars().count() > 80 || user.chars().any(char::is_control) {
        return html(422, crate::ui::problem(422, "Give your name (1 to 80 characters) to sign in.", None));
    }
    let patient = form.patient.trim();
    let patient = if patient.is_empty() {
        None
    } else if !is_valid_id(patient) {
        return html(
            422,
            crate::ui::problem(422, "A patient id is 1-64 characters of A-Z, a-z, 0-9, '-' and '.'.", None),
        );
    } else {
        match state.store.patient_exists(patient).await {
            Ok(true) => Some(patient.to_string()),
            Ok(false) => return html(404, crate::ui::problem(404, "No patient with this id is stored.", None)),
            Err(e) => {
                let e: ApiError = e.into();
                return html(e.status, crate::ui::problem(e.status, &e.detail, None));
            }
        }
    };
    let scope = if patient.is_some() { "patient/*.rs" } else { "user/*.cruds" };
    let principal = Principal {
        issuer: DEV_ISSUER.to_string(),
        subject: user.to_string(),
        client_id: Some("oncotwin-ui".to_string()),
        patient: patient.clone(),
        scopes: ResourceScope::parse(scope).into_iter().collect(),
        admin: false,
    };
    tracing::info!(patient_scoped = patient.is_some(), "development sign-in");
    let session = state.launches.open(principal, Some(DEV_SESSION_SECONDS));
    let secure = public_base(&req, &state).starts_with("https://");
    let next = safe_next(form.next.as_deref()).unwrap_or_else(|| "/".to_string());
    see_other(&next)
        .append_header(("Set-Cookie", set_cookie(SESSION_COOKIE, &session, "/", DEV_SESSION_SECONDS, secure)))
        .append_header(("Set-Cookie", set_cookie(SIGN_IN_COOKIE, "", "/signin", 0, secure)))
        .finish()
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// Whether a form's token is its session's.
fn csrf_ok(req: &HttpRequest, posted: &str) -> bool {
    req.extensions().get::<SessionCsrf>().is_some_and(|c| !c.0.is_empty() && c.0 == posted)
}

fn csrf_refused(req: &HttpRequest, auth: &Authed) -> HttpResponse {
    html(
        403,
        crate::ui::problem(
            403,
            "This form has expired or did not come from this page: reload the page and try again.",
            Some(&signed_in(req, auth)),
        ),
    )
}

/// `POST /ui/signout`: ends the session.
#[utoipa::path(post, path = "/ui/signout", tag = "ui",
    responses((status = 303, description = "Signed out, to the front door"), (status = 403, description = "Not the session's CSRF token (HTML)")))]
pub async fn sign_out(
    req: HttpRequest,
    form: web::Form<CsrfOnly>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    if !csrf_ok(&req, &form.csrf) {
        return csrf_refused(&req, &auth);
    }
    if let Some(id) = cookie(&req, SESSION_COOKIE) {
        state.launches.close(&id);
    }
    let secure = public_base(&req, &state).starts_with("https://");
    see_other("/?signed_out=1").append_header(("Set-Cookie", set_cookie(SESSION_COOKIE, "", "/", 0, secure))).finish()
}

#[derive(Deserialize)]
pub struct WorklistPageParams {
    cancer: Option<String>,
    team: Option<String>,
    kind: Option<String>,
    due_before: Option<String>,
    status: Option<String>,
    sort: Option<String>,
    page: Option<String>,
    /// What the last form did (addressed, reopened, already).
    done: Option<String>,
}

/// `GET /ui/worklist`: the navigators' worklist page.
#[utoipa::path(get, path = "/ui/worklist", tag = "ui",
    params(("cancer" = Option<String>, Query), ("kind" = Option<String>, Query), ("due_before" = Option<String>, Query), ("team" = Option<String>, Query, description = "a care-team member (Practitioner/abc)"), ("status" = Option<String>, Query, description = "open, addressed or all"),
        ("sort" = Option<String>, Query, description = "due or patient"), ("page" = Option<i64>, Query)),
    responses((status = 200, description = "The worklist (HTML)", content_type = "text/html"), (status = 303, description = "No session: to sign in"), (status = 422, description = "A bad filter (HTML)")))]
pub async fn worklist_page(
    req: HttpRequest,
    params: web::Query<WorklistPageParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    let who = signed_in(&req, &auth);
    let page_no = match params.page.as_deref().filter(|p| !p.is_empty()).map(str::parse::<i64>) {
        None => 1,
        Some(Ok(n)) if (1..=100_000).contains(&n) => n,
        Some(_) => return html(422, crate::ui::problem(422, "`page` is a page number from 1.", Some(&who))),
    };
    let api_params = WorklistParams {
        cancer: params.cancer.clone(),
        kind: params.kind.clone(),
        due_before: params.due_before.clone(),
        status: params.status.clone(),
        sort: params.sort.clone(),
        limit: Some(PAGE_SIZE),
        offset: Some((page_no - 1) * PAGE_SIZE),
        counts: Some(true),
        team: params.team.clone(),
    };
    let filter = match worklist_filter(&api_params, &state, &auth) {
        Ok(f) => f,
        Err(e) => {
            return html(
                if e.status == 400 { 422 } else { e.status },
                crate::ui::problem(e.status, &e.detail, Some(&who)),
            )
        }
    };
    let answer = async {
        let page = navigation::worklist(&state.store, &state.pathways, filter.clone()).await?;
        let counts = navigation::worklist_counts(&state.store, &filter).await?;
        let mut patients = HashMap::new();
        for item in &page.items {
            let Some(id) = item["patient_id"].as_str() else { continue };
            if !patients.contains_key(id) {
                patients.insert(id.to_string(), patient_card(&state, id).await?);
            }
        }
        Ok::<_, crate::store::StoreError>((page, counts, patients))
    };
    let (page, counts, patients) = match answer.await {
        Ok(answer) => answer,
        Err(e) => {
            let e: ApiError = e.into();
            return html(e.status, crate::ui::problem(e.status, &e.detail, Some(&who)));
        }
    };
    let choices = WorklistChoices {
        cancer: filter.pathway.clone(),
        kind: filter.kind.clone(),
        due_before: filter.due_before.clone(),
        team: filter.team.clone(),
        status: params.status.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "open".into()),
        sort: params.sort.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "due".into()),
        page: page_no,
    };
    let cancers = state.pathways.pathways().iter().map(|p| (p.id.clone(), p.title.clone())).collect();
    let notice = match params.done.as_deref() {
        Some("addressed") => {
            Some("Marked addressed. It has left the open worklist; the status filter “Addressed” shows it.")
        }
        Some("reopened") => Some("Reopened: the item is back on the open worklist."),
        Some("already") => Some("That item had already been marked addressed; the first mark stays."),
        _ => None,
    };
    let view = WorklistView {
        who: &who,
        choices: &choices,
        cancers,
        page: &page,
        counts: &counts,
        patients: &patients,
        notice,
    };
    html(200, crate::ui::worklist::render(&view))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct MarkForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    patient: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    note: String,
    /// The worklist view to come back to (its query string).
    #[serde(default)]
    back: String,
}

/// The worklist view to return to after a form: only the page's own choices survive.
fn back_to(back: &str, done: &str) -> String {
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in url::form_urlencoded::parse(back.as_bytes()) {
        if ["cancer", "kind", "due_before", "team", "status", "sort", "page"].contains(&k.as_ref()) {
            q.append_pair(&k, &v);
        }
    }
    q.append_pair("done", done);
    format!("/ui/worklist?{}", q.finish())
}

/// A row form checked (session token, shapes, scope, note length): who posted it, or the
/// page that says why not. The patient goes to the audit record.
fn check_row_form(req: &HttpRequest, form: &MarkForm, auth: &Authed) -> Result<SignedIn, Box<HttpResponse>> {
    if !csrf_ok(req, &form.csrf) {
        return Err(Box::new(csrf_refused(req, auth)));
    }
    let who = signed_in(req, auth);
    req.extensions_mut().insert(super::auth::AuditPatient(form.patient.clone()));
    let checked = check_path(&form.patient, &form.key)
        .and_then(|_| check_mark(auth, &form.patient))
        .and_then(|_| check_note(&form.note));
    match checked {
        Ok(()) => Ok(who),
        Err(e) => Err(Box::new(problem_page(e, &who))),
    }
}

/// An API error as a page (a malformed field is the form's 422).
fn problem_page(e: ApiError, who: &SignedIn) -> HttpResponse {
    let status = if e.status == 400 { 422 } else { e.status };
    html(status, crate::ui::problem(status, &e.detail, Some(who)))
}

/// `POST /ui/worklist/addressed`: marks a work item addressed (the form of a row).
#[utoipa::path(post, path = "/ui/worklist/addressed", tag = "ui",
    responses((status = 303, description = "Marked: back to the worklist view"), (status = 403, description = "Not the session's CSRF token, or no scope to mark (HTML)"),
        (status = 404, description = "No such work item (HTML)"), (status = 422, description = "Malformed patient id or key, or a note over 500 characters (HTML)")))]
pub async fn mark_form(
    req: HttpRequest,
    form: web::Form<MarkForm>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    let who = match check_row_form(&req, &form, &auth) {
        Ok(who) => who,
        Err(page) => return *page,
    };
    match navigation::mark_addressed(&state.store, &form.patient, &form.key, form.note.trim(), &auth.0.subject).await {
        Ok((_, new)) => see_other(&back_to(&form.back, if new { "addressed" } else { "already" })).finish(),
        Err(e) => problem_page(mark_error(e), &who),
    }
}

/// `POST /ui/worklist/reopen`: takes a mark back.
#[utoipa::path(post, path = "/ui/worklist/reopen", tag = "ui",
    responses((status = 303, description = "Reopened: back to the worklist view"), (status = 403, description = "Not the session's CSRF token, or no scope (HTML)"), (status = 404, description = "Not marked (HTML)")))]
pub async fn reopen_form(
    req: HttpRequest,
    form: web::Form<MarkForm>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    let who = match check_row_form(&req, &form, &auth) {
        Ok(who) => who,
        Err(page) => return *page,
    };
    match state.store.reopen_gap(&form.patient, &form.key).await {
        Ok(true) => see_other(&back_to(&form.back, "reopened")).finish(),
        Ok(false) => html(404, crate::ui::problem(404, "That item was not marked addressed.", Some(&who))),
        Err(e) => problem_page(e.into(), &who),
    }
}

#[derive(Deserialize, Default)]
pub struct DeskParams {
    outcome: Option<String>,
    origin: Option<String>,
    page: Option<String>,
}

/// What a desk page shows besides the queue: the last search and its matches, the service
/// typed, and a refusal.
#[derive(Default)]
struct DeskForm<'a> {
    query: &'a str,
    found: Option<Vec<PatientCard>>,
    service: &'a str,
    error: Option<&'a str>,
}

/// The desk page: the new-request form and the queue (filtered by `params`).
async fn render_desk(
    req: &HttpRequest,
    state: &AppState,
    auth: &Authed,
    params: &DeskParams,
    form: DeskForm<'_>,
    status: u16,
) -> HttpResponse {
    let who = signed_in(req, auth);
    let patient = match auth.0.twin_search_compartment() {
        Ok(p) => p.map(str::to_string),
        Err(e) => return problem_page(e.into(), &who),
    };
    let known = |v: &Option<String>, list: &[(&str, &str)]| v.clone().filter(|v| list.iter().any(|(k, _)| k == v));
    let page_no =
        params.page.as_deref().and_then(|p| p.parse::<i64>().ok()).filter(|p| (1..=100_000).contains(p)).unwrap_or(1);
    let choices = crate::ui::desk::QueueChoices {
        outcome: known(&params.outcome, crate::ui::desk::OUTCOMES),
        origin: known(&params.origin, crate::ui::desk::ORIGINS),
        page: page_no,
    };
    let filter = crate::store::DecisionFilter {
        outcome: choices.outcome.clone(),
        origin: choices.origin.clone(),
        patient,
        limit: crate::ui::desk::QUEUE_PAGE,
        offset: (page_no - 1) * crate::ui::desk::QUEUE_PAGE,
    };
    state.decisions.flush().await;
    let answer = async {
        let (total, rows) = state.store.decision_queue(&filter).await?;
        let counts = state.store.decision_counts(&filter).await?;
        let mut patients = HashMap::new();
        for row in &rows {
            if !patients.contains_key(&row.patient_id) {
                patients.insert(row.patient_id.clone(), patient_card(state, &row.patient_id).await?);
            }
        }
        Ok::<_, crate::store::StoreError>((total, rows, counts, patients))
    };
    let (total, rows, counts, patients) = match answer.await {
        Ok(a) => a,
        Err(e) => return problem_page(e.into(), &who),
    };
    let (mut by_outcome, mut by_origin) = (std::collections::BTreeMap::new(), std::collections::BTreeMap::new());
    for (outcome, origin, n) in counts {
        if choices.origin.as_deref().is_none_or(|o| o == origin) {
            *by_outcome.entry(outcome.clone()).or_insert(0) += n;
        }
        if choices.outcome.as_deref().is_none_or(|o| o == outcome) {
            *by_origin.entry(origin).or_insert(0) += n;
        }
    }
    static OPTIONS: std::sync::OnceLock<Vec<crate::ui::desk::ServiceOption>> = std::sync::OnceLock::new();
    let options = OPTIONS.get_or_init(|| crate::ui::desk::service_options(&state.pathways));
    let view = crate::ui::desk::DeskView {
        who: &who,
        query: form.query,
        found: form.found,
        service: form.service,
        options,
        choices: &choices,
        queue: &rows,
        total,
        by_outcome,
        by_origin,
        patients: &patients,
        error: form.error,
        now: chrono::Utc::now(),
    };
    html(status, crate::ui::desk::render(&view))
}

/// The card of a stored patient (the id alone when the Patient resource is missing).
async fn patient_card(state: &AppState, id: &str) -> Result<PatientCard, crate::store::StoreError> {
    Ok(match state.store.read("Patient", id).await? {
        Some(stored) => PatientCard::from_json(id, &stored.content),
        None => PatientCard { id: id.to_string(), ..Default::default() },
    })
}

/// `GET /ui/necessity`: the prior-authorization desk.
#[utoipa::path(get, path = "/ui/necessity", tag = "ui",
    params(("outcome" = Option<String>, Query), ("origin" = Option<String>, Query), ("page" = Option<i64>, Query)),
    responses((status = 200, description = "The desk: a new request, the queue of decisions (HTML)", content_type = "text/html"), (status = 303, description = "No session: to sign in")))]
pub async fn desk_page(
    req: HttpRequest,
    params: web::Query<DeskParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    render_desk(&req, &state, &auth, &params, DeskForm::default(), 200).await
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct FindForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    q: String,
}

/// Patients matching a desk search: a birth date (YYYY-MM-DD), else a name (family or given,
/// by prefix) or a record number; at most 20, only the caller's own with patient scopes.
async fn find_patients(state: &AppState, auth: &Authed, q: &str) -> Result<Vec<PatientCard>, ApiError> {
    let own = auth.0.search_compartment("Patient")?.map(str::to_string);
    let searches: Vec<&str> = if chrono::NaiveDate::parse_from_str(q, "%Y-%m-%d").is_ok() {
        vec!["birthdate"]
    } else {
        vec!["name", "identifier"]
    };
    let mut found: Vec<PatientCard> = Vec::new();
    for param in searches {
        let pairs = [(param.to_string(), q.to_string()), ("_count".to_string(), "20".to_string())];
        let mut parsed = crate::fhir::search::parse_search("Patient", &pairs, false).map_err(|e| {
            ApiError::new(422, "bad search", e.issues.first().map(|i| i.diagnostics.clone()).unwrap_or_default())
        })?;
        if let Some(own) = &own {
            parsed.query.ids = vec![own.clone()];
        }
        for stored in state.store.search(&parsed.query).await?.resources {
            if !found.iter().any(|c| c.id == stored.id) {
                found.push(PatientCard::from_json(&stored.id, &stored.content));
            }
        }
    }
    found.truncate(20);
    Ok(found)
}

/// `POST /ui/necessity/find`: the desk with the patients matching a search (posted: no name
/// in a URL).
#[utoipa::path(post, path = "/ui/necessity/find", tag = "ui",
    responses((status = 200, description = "The desk with the matches (HTML)"), (status = 403, description = "Not the session's CSRF token (HTML)"), (status = 422, description = "An empty or overlong search (HTML)")))]
pub async fn desk_find(
    req: HttpRequest,
    form: web::Form<FindForm>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    if !csrf_ok(&req, &form.csrf) {
        return csrf_refused(&req, &auth);
    }
    let q = form.q.trim();
    let params = DeskParams::default();
    if q.is_empty() || q.chars().count() > 100 {
        let error = Some("Give a name, a record number or a birth date (up to 100 characters).");
        return render_desk(&req, &state, &auth, &params, DeskForm { query: q, error, ..Default::default() }, 422)
            .await;
    }
    match find_patients(&state, &auth, q).await {
        Ok(found) => {
            render_desk(
                &req,
                &state,
                &auth,
                &params,
                DeskForm { query: q, found: Some(found), ..Default::default() },
                200,
            )
            .await
        }
        Err(e) => problem_page(e, &signed_in(&req, &auth)),
    }
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct DecideForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    patient: String,
    #[serde(default)]
    service: String,
    /// A checkbox: present (`true`) when the request is urgent.
    #[serde(default)]
    expedited: Option<String>,
}

/// `POST /ui/necessity/decide`: decides a service for a patient and opens the decision.
#[utoipa::path(post, path = "/ui/necessity/decide", tag = "ui",
    responses((status = 303, description = "Decided: to the decision's checklist page"), (status = 403, description = "Not the session's CSRF token, or no scope for the patient (HTML)"),
        (status = 404, description = "Unknown patient (HTML)"), (status = 422, description = "A malformed patient id or a service not recognised (HTML)")))]
pub async fn desk_decide(
    req: HttpRequest,
    form: web::Form<DecideForm>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    if !csrf_ok(&req, &form.csrf) {
        return csrf_refused(&req, &auth);
    }
    let patient = form.patient.trim();
    let params = DeskParams::default();
    let refuse =
        |error: &'static str| DeskForm { service: form.service.as_str(), error: Some(error), ..Default::default() };
    if !is_valid_id(patient) {
        return render_desk(
            &req,
            &state,
            &auth,
            &params,
            refuse("Choose a patient (find one by name, record number or birth date)."),
            422,
        )
        .await;
    }
    req.extensions_mut().insert(super::auth::AuditPatient(patient.to_string()));
    if let Err(e) = auth.0.check_twin(patient) {
        return problem_page(e.into(), &signed_in(&req, &auth));
    }
    match state.store.patient_exists(patient).await {
        Ok(true) => {}
        Ok(false) => {
            return render_desk(&req, &state, &auth, &params, refuse("No patient with this id is stored."), 404).await
        }
        Err(e) => return problem_page(e.into(), &signed_in(&req, &auth)),
    }
    let service = crate::ui::desk::parse_service(&form.service).and_then(|(system, code)| {
        crate::twin::necessity::request::RequestedService::from_code(&system, &code, None).ok()
    });
    let Some(mut service) = service else {
        return render_desk(
            &req,
            &state,
            &auth,
            &params,
            refuse("This service is not recognised: pick one from the list, or give a brand or generic drug name, an HCPCS or a CPT code."),
            422,
        )
        .await;
    };
    service.expedited = form.expedited.is_some();
    let today = chrono::Utc::now().date_naive();
    match crate::twin::necessity::decide_stored(&state.store, &state.pathways, patient, service, today, "desk").await {
        Ok(decision) => {
            crate::telemetry::metrics::record_decision(decision.outcome.as_str(), "desk");
            see_other(&format!("/ui/necessity/{}", decision.id)).finish()
        }
        Err(e) => {
            let e: ApiError = e.into();
            problem_page(e, &signed_in(&req, &auth))
        }
    }
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct DetermineForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    determination: String,
    #[serde(default)]
    reason: String,
}

/// `POST /ui/necessity/{id}/determination`: a reviewer signs a determination on the
/// checklist page.
#[utoipa::path(post, path = "/ui/necessity/{id}/determination", tag = "ui", params(("id" = String, Path, description = "decision id")),
    responses((status = 303, description = "Recorded: back to the checklist page"), (status = 403, description = "Not the session's CSRF token, or no reviewer scopes (HTML)"),
        (status = 404, description = "Unknown decision (HTML)"), (status = 422, description = "No determination chosen, no reason, or a reason over 1000 characters (the page again, saying so)")))]
pub async fn determine_form(
    req: HttpRequest,
    path: web::Path<String>,
    form: web::Form<DetermineForm>,
    state: web::Data<AppState>,
    auth: Authed,
) -> HttpResponse {
    if !csrf_ok(&req, &form.csrf) {
        return csrf_refused(&req, &auth);
    }
    let who = signed_in(&req, &auth);
    let decision = match super::necessity::readable(&req, &path, &state, &auth).await {
        Ok(d) => d,
        Err(e) => return problem_page(e, &who),
    };
    if let Err(e) = super::necessity::check_reviewer(&auth, &decision.patient_id) {
        return problem_page(e, &who);
    }
    use crate::twin::necessity::determination::{self, DeterminationError};
    match determination::record(&state.store, &decision, &form.determination, &form.reason, &auth.0.subject).await {
        Ok(_) => see_other(&format!("/ui/necessity/{}#review-title", decision.id)).finish(),
        Err(DeterminationError::Store(e)) => problem_page(e.into(), &who),
        Err(e) => {
            let message = match e {
                DeterminationError::NoReason => "Give the reason for your determination.".to_string(),
                DeterminationError::ReasonTooLong => {
                    format!("A reason is at most {} characters.", determination::REASON_MAX)
                }
                _ => "Choose approved, pended for documentation or denied.".to_string(),
            };
            super::necessity::render_page(&req, &state, &auth, &decision, Some(&message), 422).await
        }
    }
}
