//! The one mapping from errors to HTTP: OperationOutcome on FHIR routes, a JSON problem
//! (RFC 9457) on the JSON API.

use crate::fhir::outcome::FhirError;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

pub const FHIR_JSON: &str = "application/fhir+json; charset=utf-8";

/// A FHIR error as an HTTP response.
#[derive(Debug)]
pub struct FhirResponseError(pub FhirError);

impl std::fmt::Display for FhirResponseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<FhirError> for FhirResponseError {
    fn from(err: FhirError) -> Self {
        FhirResponseError(err)
    }
}

impl From<crate::store::StoreError> for FhirResponseError {
    fn from(err: crate::store::StoreError) -> Self {
        FhirResponseError(err.into())
    }
}

impl ResponseError for FhirResponseError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
    fn error_response(&self) -> HttpResponse {
        let mut builder = HttpResponse::build(self.status_code());
        if self.0.status == 503 {
            builder.insert_header(("Retry-After", "5"));
        }
        builder.content_type(FHIR_JSON).body(self.0.outcome().to_string())
    }
}

/// A JSON-API error: status, a short title and the detail.
#[derive(Debug)]
pub struct ApiError {
    pub status: u16,
    pub title: &'static str,
    pub detail: String,
}

impl ApiError {
    pub fn new(status: u16, title: &'static str, detail: impl Into<String>) -> Self {
        ApiError { status, title, detail: detail.into() }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status, self.title, self.detail)
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(err: crate::store::StoreError) -> Self {
        let fhir: FhirError = err.into();
        ApiError::new(
            fhir.status,
            "storage error",
            fhir.issues.first().map(|i| i.diagnostics.clone()).unwrap_or_default(),
        )
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
    fn error_response(&self) -> HttpResponse {
        let mut builder = HttpResponse::build(self.status_code());
        if self.status == 503 {
            builder.insert_header(("Retry-After", "5"));
        }
        builder.content_type("application/problem+json").body(
            json!({"type": "about:blank", "title": self.title, "status": self.status, "detail": self.detail})
                .to_string(),
        )
    }
}
