//! `/api/v1/pathways` (graph JSON and renderings) and the pathways as FHIR PlanDefinitions.

use super::error::{ApiError, FhirResponseError, FHIR_JSON};
use crate::fhir::outcome::FhirError;
use crate::startup::AppState;
use actix_web::{web, HttpRequest, HttpResponse};
use oncotwin_pathway::Pathway;
use serde::Deserialize;
use serde_json::{json, Value};

fn find<'a>(state: &'a AppState, id: &str) -> Result<&'a Pathway, ApiError> {
    state.pathways.get(id).ok_or_else(|| ApiError::new(404, "pathway not found", format!("no pathway `{id}`")))
}

/// `GET /api/v1/pathways`
#[utoipa::path(get, path = "/api/v1/pathways", tag = "pathways", responses((status = 200, description = "every loaded pathway with its size")))]
pub async fn list(state: web::Data<AppState>) -> HttpResponse {
    let pathways: Vec<Value> = state.pathways.pathways().iter().map(crate::pathway::summary_json).collect();
    HttpResponse::Ok().json(json!({"pathways": pathways}))
}

/// `GET /api/v1/pathways/{id}`
#[utoipa::path(get, path = "/api/v1/pathways/{id}", tag = "pathways", params(("id" = String, Path)),
    responses((status = 200, description = "the graph: nodes (services, timing, sources) and edges (criteria)"), (status = 404, description = "problem")))]
pub async fn get(path: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let pathway = find(&state, &path)?;
    Ok(HttpResponse::Ok().json(crate::pathway::graph_json(pathway)))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct RenderQuery {
    /// svg (default), dot or mermaid
    format: Option<String>,
    /// Comma-separated node ids to highlight (SVG only).
    highlight: Option<String>,
}

/// `GET /api/v1/pathways/{id}/render?format=svg|dot|mermaid`
#[utoipa::path(get, path = "/api/v1/pathways/{id}/render", tag = "pathways", params(("id" = String, Path), RenderQuery),
    responses((status = 200, description = "SVG, DOT or Mermaid text"), (status = 400, description = "problem"), (status = 404, description = "problem")))]
pub async fn render(
    path: web::Path<String>,
    query: web::Query<RenderQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let pathway = find(&state, &path)?;
    let (content_type, body) = match query.format.as_deref().unwrap_or("svg") {
        "svg" => {
            let highlight: Vec<&str> = query.highlight.as_deref().map(|h| h.split(',').collect()).unwrap_or_default();
            ("image/svg+xml", pathway.to_svg_highlighting(&highlight))
        }
        "dot" => ("text/vnd.graphviz; charset=utf-8", pathway.to_dot()),
        "mermaid" => ("text/plain; charset=utf-8", pathway.to_mermaid()),
        other => {
            return Err(ApiError::new(400, "unknown format", format!("format `{other}`: use svg, dot or mermaid")))
        }
    };
    Ok(HttpResponse::Ok().content_type(content_type).body(body))
}

fn plan_definitions(state: &AppState) -> Vec<Value> {
    state.pathways.pathways().iter().map(Pathway::to_plan_definition).collect()
}

/// `GET /fhir/PlanDefinition`: every pathway as a CPG-on-FHIR pathway PlanDefinition.
#[utoipa::path(get, path = "/fhir/PlanDefinition", tag = "fhir", responses((status = 200, description = "searchset Bundle of PlanDefinitions")))]
pub async fn search_plan_definitions(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let base = super::fhir::base_url(&req, &state);
    let wanted: Option<Vec<String>> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "_id")
        .map(|(_, v)| v.split(',').map(str::to_string).collect());
    let entries: Vec<Value> = plan_definitions(&state)
        .into_iter()
        .filter(|pd| wanted.as_ref().is_none_or(|ids| ids.iter().any(|id| pd["id"] == id.as_str())))
        .map(|pd| json!({"fullUrl": format!("{base}/PlanDefinition/{}", pd["id"].as_str().unwrap_or("")), "resource": pd, "search": {"mode": "match"}}))
        .collect();
    HttpResponse::Ok().content_type(FHIR_JSON).body(
        json!({"resourceType": "Bundle", "type": "searchset", "total": entries.len(), "link": [{"relation": "self", "url": format!("{base}/PlanDefinition")}], "entry": entries}).to_string(),
    )
}

/// `GET /fhir/PlanDefinition/{id}`
#[utoipa::path(get, path = "/fhir/PlanDefinition/{id}", tag = "fhir", params(("id" = String, Path)),
    responses((status = 200, description = "PlanDefinition with contained ActivityDefinitions"), (status = 404, description = "OperationOutcome")))]
pub async fn read_plan_definition(
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, FhirResponseError> {
    let id = path.into_inner();
    let pd = plan_definitions(&state)
        .into_iter()
        .find(|pd| pd["id"] == id.as_str())
        .ok_or_else(|| FhirError::not_found(format!("PlanDefinition/{id} is not known")))?;
    Ok(HttpResponse::Ok().content_type(FHIR_JSON).body(pd.to_string()))
}
