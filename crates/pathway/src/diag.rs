//! Diagnostics: load errors and lint findings, each with a file and line.

use std::fmt;

use serde::Serialize;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed: the pathway is wrong or unusable.
    Error,
    /// Worth a look.
    Warning,
}

/// One finding, printed as `file:line: error[rule]: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The pathway file (or `PlanDefinition/<id>` for an import).
    pub file: String,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// A stable rule name (`syntax`, `unknown-fact`, `unreachable`, `cycle`, `not-exhaustive`,
    /// `bad-code`, `no-source`, …).
    pub rule: &'static str,
    /// What is wrong and, where possible, how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// An error.
    pub fn error(file: &str, line: usize, rule: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: file.to_string(), line, severity: Severity::Error, rule, message: message.into() }
    }
    /// A warning.
    pub fn warning(file: &str, line: usize, rule: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, line, rule, message) }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {sev}[{}]: {}", self.file, self.line, self.rule, self.message)
    }
}

/// Pathway content that failed to load, with every problem found.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{} problem(s) loading pathways:\n{}", .diagnostics.len(), .diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct LoadError {
    /// The problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
}
