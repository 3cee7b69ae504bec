//! `/fhir`: the FHIR R4 facade (metadata, transaction/batch ingest, read, vread, update,
//! create, search, `$everything`). Thin handlers: parsing and storage live in `fhir/`,
//! `ingest/` and `store/`.

use super::auth::{AuditPatient, Authed};
use super::error::{FhirResponseError, FHIR_JSON};
use crate::auth::scopes::Interaction;
use crate::fhir::capability::capability_statement;
use crate::fhir::outcome::{operation_outcome, FhirError, OutcomeIssue};
use crate::fhir::params::index_resource;
use crate::fhir::search::{
    parse_includes, parse_search, parse_token, searchset, Include, Included, DEFAULT_COUNT, MAX_COUNT,
};
use crate::ingest::conditional;
use crate::ingest::entry::{check_entry, is_valid_id, IncomingEntry, Unit, UnitMode};
use crate::ingest::source::{entry_types, units_of_text};
use crate::ingest::{
    apply_unit, ingest_units, outcome_issues, EntryOutcome, EntryResult, FailedTransaction, IngestError,
};
use crate::startup::AppState;
use crate::store::{SearchQuery, SearchSort, StoredResource, WriteOutcome};
use actix_web::http::header;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::{json, Value};

pub type FhirResult = Result<HttpResponse, FhirResponseError>;

/// The facade's absolute base URL (`…/fhir`).
pub fn base_url(req: &HttpRequest, state: &AppState) -> String {
    format!("{}/fhir", public_origin(req, state))
}

/// The server's public origin (`https://host[:port]`): `base_url` when configured, else the
/// request's scheme and Host.
pub fn public_origin(req: &HttpRequest, state: &AppState) -> String {
    match &state.settings.base_url {
        Some(base) => base.trim_end_matches('/').to_string(),
        None => {
            let info = req.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        }
    }
}

fn fhir_json(status: u16, body: &Value) -> HttpResponse {
    fhir_text(status, body.to_string())
}

fn fhir_text(status: u16, body: String) -> HttpResponse {
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or(actix_web::http::StatusCode::OK))
        .content_type(FHIR_JSON)
        .body(body)
}

fn query_pairs(req: &HttpRequest) -> Vec<(String, String)> {
    url::form_urlencoded::parse(req.query_string().as_bytes()).into_owned().collect()
}

fn check_type(resource_type: &str) -> Result<(), FhirError> {
    if fhir_io::is_known_resource_type(resource_type) {
        Ok(())
    } else {
        Err(FhirError::new(
            404,
            "not-supported",
            format!("`{resource_type}` is not a FHIR R4 resource type this server supports"),
        ))
    }
}

/// Reads a JSON request body, enforcing the content type and the size limit.
pub async fn read_body(req: &HttpRequest, payload: web::Payload, limit: usize) -> Result<String, FhirError> {
    if let Some(content_type) = req.headers().get(header::CONTENT_TYPE) {
        let essence = content_type.to_str().unwrap_or("").split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if !matches!(essence.as_str(), "application/fhir+json" | "application/json" | "application/json+fhir" | "") {
            return Err(FhirError::new(
                415,
                "not-supported",
                format!("content type `{essence}` is not supported: send application/fhir+json"),
            ));
        }
    }
    let body = read_bytes(req, payload, limit).await?;
    if body.is_empty() {
        return Err(FhirError::bad_request("the request body is empty"));
    }
    String::from_utf8(body.to_vec()).map_err(|e| FhirError::bad_request(format!("the request body is not UTF-8: {e}")))
}

/// Reads a request body of any type up to `limit` bytes (413 `too-costly` beyond: one limit
/// and one OperationOutcome for every route that takes a body).
pub async fn read_bytes(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
) -> Result<web::BytesMut, FhirError> {
    let too_large = || FhirError::new(413, "too-costly", format!("request body exceeds the limit of {limit} bytes"));
    if let Some(length) =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok())
    {
        if length > limit {
            return Err(too_large());
        }
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| FhirError::bad_request(format!("could not read the request body: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// `GET /fhir/metadata`
#[utoipa::path(get, path = "/fhir/metadata", tag = "fhir", responses((status = 200, description = "CapabilityStatement (FHIR 4.0.1)")))]
pub async fn metadata(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let dev = state.settings.dev_auth_key.as_ref().map(|_| crate::auth::dev::DEV_ISSUER);
    let smart = crate::auth::discovery::smart_configuration(&state.settings.auth_issuers, dev).await;
    fhir_json(200, &capability_statement(&base_url(&req, &state), env!("CARGO_PKG_VERSION"), &smart))
}

#[derive(Deserialize)]
struct BundleHead {
    #[serde(rename = "resourceType")]
    resource_type: Option<String>,
    #[serde(rename = "type")]
    bundle_type: Option<String>,
    /// Read only to refuse an `entry` that is not an array (its items are read later).
    #[serde(default)]
    #[allow(dead_code)]
    entry: Option<Vec<serde::de::IgnoredAny>>,
}

/// `POST /fhir`: a transaction (all or nothing) or batch (per entry) Bundle.
#[utoipa::path(post, path = "/fhir", tag = "fhir", request_body(content = String, content_type = "application/fhir+json", description = "transaction or batch Bundle"),
    responses((status = 200, description = "transaction-response or batch-response Bundle"), (status = 400, description = "OperationOutcome"), (status = 409, description = "OperationOutcome"), (status = 413, description = "OperationOutcome"), (status = 415, description = "OperationOutcome")))]
pub async fn transaction(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    auth: Authed,
) -> FhirResult {
    let text = read_body(&req, payload, state.settings.max_body_bytes).await?;
    let head: BundleHead = serde_json::from_str(&text).map_err(|e| {
        if e.is_data() {
            FhirError::bad_request(format!("POST /fhir expects a Bundle: {e}"))
        } else {
            FhirError::new(400, "structure", format!("malformed JSON: {e}"))
        }
    })?;
    if head.resource_type.as_deref() != Some("Bundle") {
        return Err(FhirError::new(
            400,
            "structure",
            "POST /fhir expects a transaction or batch Bundle (resourceType is not Bundle)",
        )
        .into());
    }
    let bundle_type = head.bundle_type.unwrap_or_default();
    if bundle_type != "transaction" && bundle_type != "batch" {
        return Err(FhirError::bad_request(format!(
            "POST /fhir takes a Bundle of type transaction or batch, not `{bundle_type}`"
        ))
        .into());
    }
    // Bulk writes are a user or system activity: every type in the Bundle must be writable
    // outside a single patient's compartment.
    let mut units = units_of_text(&text, "http");
    for resource_type in entry_types(&units) {
        auth.check(&resource_type, Interaction::Create, None)?;
        auth.check(&resource_type, Interaction::Update, None)?;
    }
    // Conditional references resolve to one stored resource each, or nothing is written.
    for unit in &mut units {
        let references = conditional::conditional_references(unit);
        for reference in &references {
            auth.check(conditional::type_of(reference), Interaction::Search, None)?;
        }
        let constraints = |t: &str| auth.0.constraints(t, Interaction::Search);
        conditional::resolve(&state.store, unit, &references, &constraints).await?;
    }
    let (report, results) = match ingest_units(&state.store, units, "http", FailedTransaction::Reject).await {
        Ok(done) => done,
        Err(IngestError::Rejected(error)) => return Err(error.into()),
        Err(IngestError::Store(error)) => return Err(error.into()),
    };
    tracing::info!(bundle = %bundle_type, received = report.received, created = report.created, updated = report.updated,
        unchanged = report.unchanged, quarantined = report.quarantined_total(), "bundle ingested");
    let entries: Vec<Value> = results.iter().map(response_entry).collect();
    Ok(fhir_json(200, &json!({"resourceType": "Bundle", "type": format!("{bundle_type}-response"), "entry": entries})))
}

fn status_of_reason(reason: &str) -> u16 {
    match reason {
        "invalid-resource" | "invalid-id" => 422,
        _ => 400,
    }
}

fn status_line(status: u16) -> String {
    let reason = actix_web::http::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("");
    format!("{status} {reason}")
}

fn response_entry(result: &EntryResult) -> Value {
    match &result.outcome {
        EntryOutcome::Stored { resource_type, id, write } => {
            let status = if matches!(write, WriteOutcome::Created { .. }) { 201 } else { 200 };
            json!({"response": {
                "status": status_line(status),
                "location": format!("{resource_type}/{id}/_history/{}", write.version_id()),
                "etag": format!("W/\"{}\"", write.version_id()),
                "lastModified": write.last_updated(),
            }})
        }
        EntryOutcome::Quarantined { reason, outcome } => json!({"response": {
            "status": status_line(status_of_reason(reason)),
            "outcome": outcome,
        }}),
    }
}

/// Stores one resource sent to `PUT /fhir/{type}/{id}` or `POST /fhir/{type}`.
async fn write_one(
    req: &HttpRequest,
    state: &AppState,
    auth: &Authed,
    text: String,
    resource_type: &str,
    id: Option<&str>,
) -> FhirResult {
    check_type(resource_type).map_err(|e| FhirError { status: 400, ..e })?;
    let entry = IncomingEntry {
        ordinal: 0,
        location: "body".into(),
        full_url: None,
        method: Some(if id.is_some() { "PUT" } else { "POST" }.into()),
        url: Some(match id {
            Some(id) => format!("{resource_type}/{id}"),
            None => resource_type.to_string(),
        }),
        raw: text,
        precondition: {
            let header = |name: &str| req.headers().get(name).map(|v| v.to_str().unwrap_or("\u{fffd}"));
            crate::store::Precondition::parse(header("If-Match"), header("If-None-Match"))
                .map_err(FhirError::bad_request)?
        },
    };
    if let Ok(Some(body_type)) = crate::ingest::entry::resource_type_of(&entry.raw) {
        if body_type != resource_type {
            return Err(
                FhirError::bad_request(format!("the body is a {body_type} but the URL names {resource_type}")).into()
            );
        }
    }
    // Check here so that a bad body is answered, not quarantined: the client still has it.
    let checked = match check_entry(entry.clone(), "http") {
        Ok(checked) => checked,
        Err(record) => {
            return Err(
                FhirError { status: status_of_reason(&record.reason), issues: outcome_issues(&record.outcome) }.into()
            )
        }
    };
    let interaction = if id.is_some() { Interaction::Update } else { Interaction::Create };
    let compartment = index_resource(&checked.resource_type, &checked.id, &checked.value).patient_id;
    if let Some(patient) = &compartment {
        req.extensions_mut().insert(AuditPatient(patient.clone()));
    }
    auth.check(resource_type, interaction, compartment.as_deref())?;
    // Moving an existing resource out of a compartment needs access to the old one too.
    if let Some(existing) = state.store.read(resource_type, &checked.id).await? {
        if let Some(patient) = existing.patient_id.as_ref().filter(|p| Some(*p) != compartment.as_ref()) {
            req.extensions_mut().insert(AuditPatient(patient.clone()));
        }
        auth.check(resource_type, Interaction::Update, existing.patient_id.as_deref())?;
    }
    let unit =
        Unit { mode: UnitMode::Independent, entries: vec![entry], broken: Vec::new(), resolved: Default::default() };
    let (results, _) =
        apply_unit(&state.store, unit, "http", FailedTransaction::Reject).await.map_err(|e| match e {
            IngestError::Rejected(error) => FhirResponseError(error),
            IngestError::Store(error) => error.into(),
        })?;
    let Some(EntryResult { outcome: EntryOutcome::Stored { resource_type, id, write }, .. }) =
        results.into_iter().next()
    else {
        return Err(FhirError::new(500, "exception", "the resource was not stored").into());
    };
    let stored = state
        .store
        .read(&resource_type, &id)
        .await?
        .ok_or_else(|| FhirError::new(500, "exception", "stored resource vanished"))?;
    let status = if matches!(write, WriteOutcome::Created { .. }) { 201 } else { 200 };
    let location = format!("{}/{resource_type}/{id}/_history/{}", base_url(req, state), stored.version_id);
    let prefer = req.headers().get("Prefer").and_then(|v| v.to_str().ok()).unwrap_or("");
    let mut response = resource_response(status, &stored);
    response.headers_mut().insert(
        header::LOCATION,
        header::HeaderValue::from_str(&location).unwrap_or(header::HeaderValue::from_static("")),
    );
    if prefer.contains("return=minimal") {
        let mut minimal = HttpResponse::build(response.status());
        for (name, value) in response.headers() {
            if name != header::CONTENT_TYPE {
                minimal.insert_header((name.clone(), value.clone()));
            }
        }
        return Ok(minimal.finish());
    }
    if prefer.contains("return=OperationOutcome") {
        return Ok(fhir_json(
            status,
            &operation_outcome(&[OutcomeIssue::information(
                "informational",
                format!("{resource_type}/{id} stored as version {}", stored.version_id),
            )]),
        ));
    }
    Ok(response)
}

fn resource_response(status: u16, stored: &StoredResource) -> HttpResponse {
    let mut builder =
        HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or(actix_web::http::StatusCode::OK));
    builder.content_type(FHIR_JSON).insert_header((header::ETAG, format!("W/\"{}\"", stored.version_id)));
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(&stored.last_updated) {
        builder.insert_header((
            header::LAST_MODIFIED,
            t.with_timezone(&chrono::Utc).format("%a, %d %b %Y %H:%M:%S GMT").to_string(),
        ));
    }
    builder.body(stored.content.clone())
}

/// `PUT /fhir/{type}/{id}`: create or update with a client-chosen id.
#[utoipa::path(put, path = "/fhir/{type}/{id}", tag = "fhir", params(("type" = String, Path), ("id" = String, Path)),
    request_body(content = String, content_type = "application/fhir+json"),
    responses((status = 200, description = "updated (or unchanged)"), (status = 201, description = "created"), (status = 400, description = "OperationOutcome"), (status = 415, description = "OperationOutcome"), (status = 422, description = "OperationOutcome")))]
pub async fn update(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    payload: web::Payload,
    state: web::Data<AppState>,
    auth: Authed,
) -> FhirResult {
    let (resource_type, id) = path.into_inner();
    if !is_valid_id(&id) {
        return Err(FhirError::bad_request(format!("`{id}` is not a valid FHIR id")).into());
    }
    let text = read_body(&req, payload, state.settings.max_body_bytes).await?;
    write_one(&req, &state, &auth, text, &resource_type, Some(&id)).await
}

/// `POST /fhir/{type}`: create (the resource's own id is kept; without one, a content-derived id).
#[utoipa::path(post, path = "/fhir/{type}", tag = "fhir", params(("type" = String, Path)),
    request_body(content = String, content_type = "application/fhir+json"),
    responses((status = 201, description = "created"), (status = 200, description = "identical resource already stored"), (status = 400, description = "OperationOutcome"), (status = 422, description = "OperationOutcome")))]
pub async fn create(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
    auth: Authed,
) -> FhirResult {
    let resource_type = path.into_inner();
    let text = read_body(&req, payload, state.settings.max_body_bytes).await?;
    write_one(&req, &state, &auth, text, &resource_type, None).await
}

/// `GET /fhir/{type}/{id}`
#[utoipa::path(get, path = "/fhir/{type}/{id}", tag = "fhir", params(("type" = String, Path), ("id" = String, Path)),
    responses((status = 200, description = "the resource"), (status = 404, description = "OperationOutcome")))]
pub async fn read(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
    auth: Authed,
) -> FhirResult {
    let (resource_type, id) = path.into_inner();
    check_type(&resource_type)?;
    if !is_valid_id(&id) {
        return Err(FhirError::bad_request(format!("`{id}` is not a valid FHIR id")).into());
    }
    let stored = state
        .store
        .read(&resource_type, &id)
        .await?
        .ok_or_else(|| FhirError::not_found(format!("{resource_type}/{id} is not known")))?;
    check_read(&req, &auth, &stored)?;
    Ok(resource_response(200, &stored))
}

/// `GET /fhir/{type}/{id}/_history/{vid}`
#[utoipa::path(get, path = "/fhir/{type}/{id}/_history/{vid}", tag = "fhir", params(("type" = String, Path), ("id" = String, Path), ("vid" = i64, Path)),
    responses((status = 200, description = "that version"), (status = 404, description = "OperationOutcome")))]
pub async fn vread(
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    state: web::Data<AppState>,
    auth: Authed,
) -> FhirResult {
    let (resource_type, id, vid) = path.into_inner();
    check_type(&resource_type)?;
    let version: i64 = vid.parse().map_err(|_| FhirError::bad_request(format!("`{vid}` is not a version id")))?;
    let stored = state
        .store
        .read_version(&resource_type, &id, version)
        .await?
        .ok_or_else(|| FhirError::not_found(format!("{resource_type}/{id} has no version {version}")))?;
    check_read(&req, &auth, &stored)?;
    Ok(resource_response(200, &stored))
}

fn is_strict(req: &HttpRequest) -> bool {
    req.headers().get("Prefer").and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("handling=strict"))
}

/// `GET /fhir/{type}?…`: search.
#[utoipa::path(get, path = "/fhir/{type}", tag = "fhir", params(("type" = String, Path),
        ("patient" = Option<String>, Query), ("subject" = Option<String>, Query), ("_id" = Option<String>, Query), ("code" = Option<String>, Query),
        ("date" = Option<String>, Query), ("_lastUpdated" = Option<String>, Query), ("_count" = Option<i64>, Query), ("_offset" = Option<i64>, Query)),
    responses((status = 200, description = "searchset Bundle with next links"), (status = 400, description = "OperationOutcome"), (status = 403, description = "OperationOutcome")))]
pub async fn search(req: HttpRequest, path: web::Path<String>, state: web::Data<AppState>, auth: Authed) -> FhirResult {
    let pairs = query_pairs(&req);
    run_search(&req, &state, &auth, &path.into_inner(), pairs).await
}

/// `POST /fhir/{type}/_search`: the same search with form-encoded parameters.
#[utoipa::path(post, path = "/fhir/{type}/_search", tag = "fhir", params(("type" = String, Path)),
    request_body(content = String, content_type = "application/x-www-form-urlencoded"),
    responses((status = 200, description = "searchset Bundle"), (status = 400, description = "OperationOutcome"), (status = 503, description = "too costly (OperationOutcome)")))]
pub async fn search_post(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
    auth: Authed,
) -> FhirResult {
    let body = read_bytes(&req, payload, state.settings.max_body_bytes).await?;
    let mut pairs = query_pairs(&req);
    pairs.extend(url::form_urlencoded::parse(&body).into_owned());
    run_search(&req, &state, &auth, &path.into_inner(), pairs).await
}

async fn run_search(
    req: &HttpRequest,
    state: &AppState,
    auth: &Authed,
    resource_type: &str,
    pairs: Vec<(String, String)>,
) -> FhirResult {
    check_type(resource_type)?;
    let mut parsed = parse_search(resource_type, &pairs, is_strict(req))?;
    // Patient scopes limit the search to the token's patient; asking for another is refused.
    if let Some(own) = auth.0.search_compartment(resource_type).map_err(FhirError::from)? {
        if parsed.query.patient.as_deref().is_some_and(|asked| asked != own) {
            return Err(FhirError::new(
                403,
                "forbidden",
                "the token's patient scopes do not reach the patient searched for",
            )
            .into());
        }
        parsed.query.patient = Some(own.to_string());
    }
    for (param, value) in auth.0.constraints(resource_type, Interaction::Search) {
        parsed.query.tokens.push((param, vec![parse_token(&value)]));
    }
    let includes = parse_includes(resource_type, &pairs)?;
    let page = state.store.search(&parsed.query).await?;
    let included = included_resources(state, auth, &page.resources, &includes).await?;
    let base = base_url(req, state);
    let path = format!("/{resource_type}");
    Ok(fhir_text(200, searchset(&page, &parsed.query, (&base, &path), &pairs, &parsed.ignored, included)))
}

/// At most this many resources are included in one page (`_include` + `_revinclude`).
const MAX_INCLUDED: usize = 1000;

/// The resources `_include` and `_revinclude` bring for one page of matches: each read
/// only when the token may read it (scope, patient compartment, query constraints; others
/// are left out silently, as FHIR asks), none twice, none already a match.
async fn included_resources(
    state: &AppState,
    auth: &Authed,
    matches: &[StoredResource],
    includes: &[Include],
) -> Result<Included, FhirError> {
    if matches.is_empty() {
        return Ok(Included::default());
    }
    let mut seen: std::collections::HashSet<(String, String)> =
        matches.iter().map(|r| (r.resource_type.clone(), r.id.clone())).collect();
    let mut out: Vec<StoredResource> = Vec::new();
    let mut truncated = false;
    let mut keep = |r: StoredResource, out: &mut Vec<StoredResource>, truncated: &mut bool| {
        if out.len() >= MAX_INCLUDED {
            *truncated = true;
            return;
        }
        if seen.insert((r.resource_type.clone(), r.id.clone())) && authorize_read(auth, &r).is_ok() {
            out.push(r);
        }
    };
    for inc in includes {
        if inc.reverse {
            // One search for the whole page: resources whose parameter names any match.
            let references = matches
                .iter()
                .map(|m| crate::store::TokenMatch {
                    system: crate::store::SystemMatch::Any,
                    code: Some(format!("{}/{}", m.resource_type, m.id)),
                })
                .collect();
            let query = SearchQuery {
                types: vec![inc.source.clone()],
                tokens: vec![(inc.param.clone(), references)],
                count: MAX_INCLUDED as i64,
                count_cap: Some(MAX_INCLUDED as i64),
                ..Default::default()
            };
            let found = state.store.search(&query).await?;
            truncated |= found.total_capped;
            for r in found.resources {
                keep(r, &mut out, &mut truncated);
            }
        } else {
            for m in matches {
                let value: Value = serde_json::from_str(&m.content).unwrap_or(Value::Null);
                let index = index_resource(&m.resource_type, &m.id, &value);
                for (_, _, reference) in index.tokens.iter().filter(|(p, _, _)| *p == inc.param) {
                    let Some((t, id)) = reference.split_once('/') else { continue };
                    if inc.target.as_deref().is_some_and(|want| want != t) || !is_valid_id(id) || id.contains('/') {
                        continue;
                    }
                    if let Some(r) = state.store.read(t, id).await? {
                        keep(r, &mut out, &mut truncated);
                    }
                }
            }
        }
    }
    let warning = truncated.then(|| format!("included resources cut at {MAX_INCLUDED}: page with a smaller _count"));
    Ok(Included { resources: out, warning })
}

/// Read access to one stored resource: scope, compartment and any v2 query constraint. The
/// audit record names the resource's patient, whether access is granted or not.
fn check_read(req: &HttpRequest, auth: &Authed, stored: &StoredResource) -> Result<(), FhirError> {
    if let Some(patient) = &stored.patient_id {
        req.extensions_mut().insert(AuditPatient(patient.clone()));
    }
    authorize_read(auth, stored)
}

/// Whether the token may read a stored resource: scope, compartment and any v2 query
/// constraint (for a read, an `_include`, a `_revinclude`).
fn authorize_read(auth: &Authed, stored: &StoredResource) -> Result<(), FhirError> {
    auth.check(&stored.resource_type, Interaction::Read, stored.patient_id.as_deref())?;
    let constraints = auth.0.constraints(&stored.resource_type, Interaction::Read);
    if !constraints.is_empty() {
        let value: Value = serde_json::from_str(&stored.content).unwrap_or(Value::Null);
        let index = index_resource(&stored.resource_type, &stored.id, &value);
        let met = constraints.iter().any(|(param, wanted)| {
            let token = parse_token(wanted);
            index.tokens.iter().any(|(p, system, code)| p == param && token.matches(system.as_deref(), code))
        });
        if !met {
            return Err(FhirError::new(403, "forbidden", "the resource is outside the token's scope constraints"));
        }
    }
    Ok(())
}

/// `GET /fhir/Patient/{id}/$everything`: the patient and every resource in its compartment.
#[utoipa::path(get, path = "/fhir/Patient/{id}/$everything", tag = "fhir", params(("id" = String, Path), ("_type" = Option<String>, Query), ("_since" = Option<String>, Query), ("_count" = Option<i64>, Query)),
    responses((status = 200, description = "searchset Bundle"), (status = 404, description = "OperationOutcome")))]
pub async fn everything(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
    auth: Authed,
) -> FhirResult {
    let id = path.into_inner();
    auth.check("Patient", Interaction::Read, Some(&id))?;
    if state.store.read("Patient", &id).await?.is_none() {
        return Err(FhirError::not_found(format!("Patient/{id} is not known")).into());
    }
    let pairs = query_pairs(&req);
    let mut query = SearchQuery {
        patient: Some(id.clone()),
        include_patient: true,
        count: MAX_COUNT,
        sort: SearchSort::Key,
        ..Default::default()
    };
    for (name, value) in &pairs {
        match name.as_str() {
            "_type" => {
                for t in value.split(',') {
                    check_type(t).map_err(|e| FhirError { status: 400, ..e })?;
                    query.types.push(t.to_string());
                }
            }
            "_since" => {
                let range = crate::fhir::dates::date_range(value)
                    .map_err(|e| FhirError::bad_request(format!("_since: {e}")))?;
                query.dates.push(crate::store::DateFilter {
                    param: "_lastUpdated".into(),
                    prefix: crate::store::DatePrefix::Ge,
                    start: range.start,
                    end: range.end,
                });
            }
            "_count" => {
                query.count = value
                    .parse::<i64>()
                    .map_err(|_| FhirError::bad_request("_count must be an integer"))?
                    .clamp(0, MAX_COUNT)
            }
            "_offset" => {
                query.offset =
                    value.parse::<i64>().map_err(|_| FhirError::bad_request("_offset must be an integer"))?.max(0)
            }
            _ => {}
        }
    }
    if query.count == 0 {
        query.count = DEFAULT_COUNT;
    }
    // Only the types the token may read.
    if auth.0.granting("*", Interaction::Read).iter().all(|s| s.resource_type != "*") {
        let readable = |t: &str| !auth.0.granting(t, Interaction::Read).is_empty();
        if query.types.is_empty() {
            query.types = fhir_io::R4_RESOURCE_TYPES.iter().filter(|t| readable(t)).map(|t| t.to_string()).collect();
        } else {
            query.types.retain(|t| readable(t));
        }
    }
    let page = state.store.search(&query).await?;
    let base = base_url(&req, &state);
    let path = format!("/Patient/{id}/$everything");
    Ok(fhir_text(200, searchset(&page, &query, (&base, &path), &pairs, &[], Included::default())))
}

/// Unknown paths under `/fhir`.
pub async fn not_found(req: HttpRequest) -> FhirResult {
    Err(FhirError::not_found(format!("no FHIR interaction at {} {}", req.method(), req.path())).into())
}

/// Known paths, wrong method.
pub async fn method_not_allowed(req: HttpRequest) -> FhirResult {
    Err(FhirError::new(405, "not-supported", format!("{} is not supported on {}", req.method(), req.path())).into())
}
