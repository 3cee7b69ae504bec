//! HTTP only: routes and thin handlers that call the domain. No SQL here.
//!
//! - `/fhir` — the FHIR R4 facade ([`fhir`]); errors are OperationOutcome.
//! - `/healthz`, `/readyz`, `/metrics` — operations ([`ops`]).
//! - `/api/v1/patients/{id}/timeline|facts`, `/ui/patients/{id}` — the clinical-history twin ([`history`]).
//! - `/openapi.json`, `/docs` — the OpenAPI document and its Swagger UI (vendored).

pub mod error;
pub mod fhir;
pub mod history;
pub mod middleware;
pub mod ops;

use actix_web::{web, HttpResponse};
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

/// The OpenAPI document of every route.
#[derive(OpenApi)]
#[openapi(
    info(title = "oncotwin", description = "Clinical digital-twin backend for oncology over FHIR R4"),
    paths(
        ops::healthz, ops::readyz, ops::metrics,
        fhir::metadata, fhir::transaction, fhir::read, fhir::vread, fhir::update, fhir::create, fhir::search, fhir::everything,
        history::timeline, history::timeline_fhir, history::facts,
    ),
    tags((name = "fhir", description = "FHIR R4 facade"), (name = "ops", description = "Operations"))
)]
pub struct ApiDoc;

/// Registers every route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(ops::healthz))
        .route("/readyz", web::get().to(ops::readyz))
        .route("/metrics", web::get().to(ops::metrics))
        .route(
            "/docs",
            web::get().to(|| async { HttpResponse::Found().insert_header(("Location", "/docs/")).finish() }),
        )
        .service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", ApiDoc::openapi()))
        .service(
            web::scope("/fhir")
                .service(
                    web::resource("/metadata")
                        .route(web::get().to(fhir::metadata))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .service(
                    web::resource("")
                        .route(web::post().to(fhir::transaction))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .service(
                    web::resource("/")
                        .route(web::post().to(fhir::transaction))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .service(
                    web::resource("/Patient/{id}/$everything")
                        .route(web::get().to(fhir::everything))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .service(
                    web::resource("/{type}/_search")
                        .route(web::post().to(fhir::search_post))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .service(
                    web::resource("/{type}/{id}/_history/{vid}")
                        .route(web::get().to(fhir::vread))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .service(
                    web::resource("/{type}/{id}")
                        .route(web::get().to(fhir::read))
                        .route(web::put().to(fhir::update))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .service(
                    web::resource("/{type}")
                        .route(web::get().to(fhir::search))
                        .route(web::post().to(fhir::create))
                        .default_service(web::to(fhir::method_not_allowed)),
                )
                .default_service(web::to(fhir::not_found)),
        );
    history::configure(cfg);
}
