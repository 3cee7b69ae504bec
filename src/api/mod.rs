//! HTTP only: routes and thin handlers that call the domain. No SQL here.
//!
//! - `/fhir` — the FHIR R4 facade ([`fhir`]); errors are OperationOutcome.
//! - `/api/v1` — the JSON API of the twins ([`pathways`] so far).
//! - `/healthz`, `/readyz`, `/metrics` — operations ([`ops`]).
//! - `/api/v1/patients/{id}/timeline|facts`, `/ui/patients/{id}` — the clinical-history twin ([`history`]).
//! - `/api/v1/necessity`, `/ui/necessity/{id}` — the medical-necessity twin ([`necessity`]).
//! - `/cds-services` — CDS Hooks discovery, the necessity hooks and feedback ([`cds`]).
//! - `/api/v1/patients/{id}/notes` — note extraction status ([`notes`]).
//! - `/api/v1/patients/{id}/navigation`, `/api/v1/worklist`, `/fhir/PlanDefinition/{id}/$apply` —
//!   the care-navigation twin ([`navigation`]).
//! - `/`, `/signin/dev`, `/ui/worklist`, `/ui/signout` — the front door and the workspaces ([`ui`]).
//! - `/launch`, `/launch/callback` — SMART App Launch of the timeline page ([`launch`]).
//! - `/.well-known/smart-configuration` — SMART discovery ([`smart`]).
//! - `/openapi.json`, `/docs` — the OpenAPI document and its Swagger UI (vendored).

pub mod admin;
pub mod auth;
pub mod cds;
pub mod error;
pub mod fhir;
pub mod history;
pub mod launch;
pub mod middleware;
pub mod navigation;
pub mod necessity;
pub mod notes;
pub mod ops;
pub mod pas;
pub mod pathways;
pub mod smart;
pub mod ui;

use actix_web::{web, HttpResponse};
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

/// The OpenAPI document of every route.
#[derive(OpenApi)]
#[openapi(
    info(title = "oncotwin", description = "Clinical digital-twin backend for oncology over FHIR R4"),
    paths(
        ops::healthz, ops::readyz, ops::metrics, smart::smart_configuration,
        fhir::metadata, fhir::transaction, fhir::read, fhir::vread, fhir::update, fhir::create, fhir::search, fhir::everything,
        admin::audit, admin::quarantine,
        pathways::list, pathways::get, pathways::render, pathways::search_plan_definitions, pathways::read_plan_definition,
        history::timeline, history::timeline_fhir, history::facts, notes::status,
        navigation::patient_navigation, navigation::worklist, navigation::mark_addressed, navigation::reopen, navigation::apply,
        fhir::search_post, pas::submit, pas::inquire,
        necessity::create, necessity::get, necessity::determine, necessity::page, history::page,
        cds::discovery, cds::call, cds::feedback, launch::start, launch::callback,
        ui::front_door, ui::dev_sign_in, ui::sign_out, ui::worklist_page, ui::mark_form, ui::reopen_form, ui::desk_page, ui::desk_find, ui::desk_decide, ui::determine_form,
    ),
    tags((name = "fhir", description = "FHIR R4 facade"), (name = "navigation", description = "Care-navigation twin"), (name = "pathways", description = "Care-pathway graph"), (name = "admin", description = "Admin (oncotwin/admin scope)"), (name = "ops", description = "Operations"),
        (name = "history", description = "Clinical-history twin"), (name = "necessity", description = "Medical-necessity twin"),
        (name = "cds", description = "CDS Hooks (CDS client JWT, not SMART scopes)"), (name = "launch", description = "SMART App Launch (open)"),
        (name = "ui", description = "Workspaces: the front door, sign-in, the navigators' worklist (HTML; forms carry a CSRF token)"))
)]
pub struct ApiDoc;

/// A `/fhir` resource that answers a wrong method with a 405 OperationOutcome.
fn fhir_resource(path: &str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(fhir::method_not_allowed))
}

/// Registers every route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(ops::healthz))
        .route("/readyz", web::get().to(ops::readyz))
        .route("/metrics", web::get().to(ops::metrics))
        .route("/.well-known/smart-configuration", web::get().to(smart::smart_configuration))
        .route(
            "/docs",
            web::get().to(|| async { HttpResponse::Found().insert_header(("Location", "/docs/")).finish() }),
        )
        .service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", ApiDoc::openapi()));
    // Before the /api/v1 scope, whose default answers every other /api/v1 path with a 404.
    history::configure(cfg);
    necessity::configure(cfg);
    cds::configure(cfg);
    notes::configure(cfg);
    navigation::configure(cfg);
    launch::configure(cfg);
    ui::configure(cfg);
    cfg.service(
        web::scope("/api/v1")
            .route("/audit", web::get().to(admin::audit))
            .route("/quarantine", web::get().to(admin::quarantine))
            .route("/pathways", web::get().to(pathways::list))
            .route("/pathways/{id}", web::get().to(pathways::get))
            .route("/pathways/{id}/render", web::get().to(pathways::render))
            .default_service(web::to(|req: actix_web::HttpRequest| async move {
                Err::<HttpResponse, _>(error::ApiError::new(
                    404,
                    "not found",
                    format!("no API route at {} {}", req.method(), req.path()),
                ))
            })),
    )
    .service(
        web::scope("/fhir")
            .wrap(actix_web::middleware::from_fn(middleware::fhir_json_only))
            .service(fhir_resource("/metadata").route(web::get().to(fhir::metadata)))
            .service(fhir_resource("/.well-known/smart-configuration").route(web::get().to(smart::smart_configuration)))
            .service(fhir_resource("").route(web::post().to(fhir::transaction)))
            .service(fhir_resource("/").route(web::post().to(fhir::transaction)))
            .service(fhir_resource("/PlanDefinition").route(web::get().to(pathways::search_plan_definitions)))
            .service(fhir_resource("/PlanDefinition/{id}").route(web::get().to(pathways::read_plan_definition)))
            .service(fhir_resource("/Claim/$submit").route(web::post().to(pas::submit)))
            .service(fhir_resource("/Claim/$inquire").route(web::post().to(pas::inquire)))
            .service(fhir_resource("/Patient/{id}/$everything").route(web::get().to(fhir::everything)))
            .service(fhir_resource("/{type}/_search").route(web::post().to(fhir::search_post)))
            .service(fhir_resource("/{type}/{id}/_history/{vid}").route(web::get().to(fhir::vread)))
            .service(fhir_resource("/{type}/{id}").route(web::get().to(fhir::read)).route(web::put().to(fhir::update)))
            .service(fhir_resource("/{type}").route(web::get().to(fhir::search)).route(web::post().to(fhir::create)))
            .default_service(web::to(fhir::not_found)),
    );
}
