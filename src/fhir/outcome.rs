//! OperationOutcome: how every FHIR error, and every quarantine reason, is said.

use serde_json::{json, Value};

/// Issue severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Fatal,
    Error,
    Warning,
    Information,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Fatal => "fatal",
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
        }
    }
}

/// One OperationOutcome issue.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeIssue {
    pub severity: Severity,
    /// IssueType code (`invalid`, `structure`, `not-found`, `too-costly`, …).
    pub code: String,
    pub diagnostics: String,
    /// FHIRPath expression of the location.
    pub expression: Option<String>,
}

impl OutcomeIssue {
    pub fn error(code: &str, diagnostics: impl Into<String>) -> Self {
        OutcomeIssue {
            severity: Severity::Error,
            code: code.to_string(),
            diagnostics: diagnostics.into(),
            expression: None,
        }
    }
    pub fn warning(code: &str, diagnostics: impl Into<String>) -> Self {
        OutcomeIssue { severity: Severity::Warning, ..Self::error(code, diagnostics) }
    }
    pub fn information(code: &str, diagnostics: impl Into<String>) -> Self {
        OutcomeIssue { severity: Severity::Information, ..Self::error(code, diagnostics) }
    }
    pub fn at(mut self, expression: impl Into<String>) -> Self {
        self.expression = Some(expression.into());
        self
    }
}

impl From<fhir_io::Issue> for OutcomeIssue {
    fn from(issue: fhir_io::Issue) -> Self {
        OutcomeIssue::error(issue.code, issue.message).at(issue.path)
    }
}

/// Renders issues as an OperationOutcome resource.
pub fn operation_outcome(issues: &[OutcomeIssue]) -> Value {
    let issues: Vec<Value> = issues
        .iter()
        .map(|i| {
            let mut issue = json!({"severity": i.severity.as_str(), "code": i.code, "diagnostics": i.diagnostics});
            if let Some(expression) = &i.expression {
                issue["expression"] = json!([expression]);
            }
            issue
        })
        .collect();
    let issues = if issues.is_empty() {
        vec![json!({"severity": "information", "code": "informational", "diagnostics": "ok"})]
    } else {
        issues
    };
    json!({"resourceType": "OperationOutcome", "issue": issues})
}

/// A FHIR error: an HTTP status and the issues that explain it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{status}: {}", .issues.iter().map(|i| i.diagnostics.as_str()).collect::<Vec<_>>().join("; "))]
pub struct FhirError {
    pub status: u16,
    pub issues: Vec<OutcomeIssue>,
}

impl FhirError {
    pub fn new(status: u16, code: &str, diagnostics: impl Into<String>) -> Self {
        FhirError { status, issues: vec![OutcomeIssue::error(code, diagnostics)] }
    }
    pub fn bad_request(diagnostics: impl Into<String>) -> Self {
        Self::new(400, "invalid", diagnostics)
    }
    pub fn not_found(diagnostics: impl Into<String>) -> Self {
        Self::new(404, "not-found", diagnostics)
    }
    pub fn unprocessable(issues: Vec<OutcomeIssue>) -> Self {
        FhirError { status: 422, issues }
    }
    pub fn outcome(&self) -> Value {
        operation_outcome(&self.issues)
    }
}

impl From<crate::store::StoreError> for FhirError {
    fn from(err: crate::store::StoreError) -> Self {
        use crate::store::StoreError;
        match err {
            StoreError::Unavailable(_) => {
                FhirError::new(503, "transient", "the database is unavailable; retry shortly")
            }
            StoreError::Conflict(msg) => {
                FhirError::new(409, "conflict", format!("conflicting concurrent update: {msg}"))
            }
            StoreError::PreconditionFailed(msg) => FhirError::new(412, "conflict", msg),
            StoreError::TooCostly(msg) => FhirError::new(503, "too-costly", msg),
            other => {
                tracing::error!(error = ?other, "store error");
                FhirError::new(500, "exception", "internal storage error")
            }
        }
    }
}
