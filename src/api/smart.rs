//! `GET /.well-known/smart-configuration` (also under `/fhir`): SMART App Launch discovery.
//! Open: it carries no PHI.

use crate::auth::dev::DEV_ISSUER;
use crate::startup::AppState;
use actix_web::{web, HttpResponse};

/// `GET /.well-known/smart-configuration`
#[utoipa::path(get, path = "/.well-known/smart-configuration", tag = "ops",
    responses((status = 200, description = "SMART configuration: issuer, token/authorization endpoints of the configured issuer when it publishes them, capabilities, code_challenge_methods_supported")))]
pub async fn smart_configuration(state: web::Data<AppState>) -> HttpResponse {
    let dev = state.settings.dev_auth_key.as_ref().map(|_| DEV_ISSUER);
    let document = crate::auth::discovery::smart_configuration(&state.settings.auth_issuers, dev).await;
    HttpResponse::Ok().insert_header(("Cache-Control", "public, max-age=300")).json(document)
}
