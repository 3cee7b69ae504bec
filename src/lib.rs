//! oncotwin: a clinical digital-twin backend for oncology over FHIR R4.
//!
//! # Layout
//!
//! - [`ingest`]: FHIR R4 in (Bundles, NDJSON, gzip, folders); every entry stored verbatim or
//!   quarantined with an OperationOutcome.
//! - [`store`]: sqlx over SQLite (embedded default) and PostgreSQL; raw versions, search
//!   index, quarantine. The only module that writes SQL.
//! - [`fhir`]: the FHIR boundary — search parameters, dates, references, OperationOutcome,
//!   CapabilityStatement. Typed model checks live in the `fhir-io` crate.
//! - [`pathway`]: loading the care-pathway graph (the `oncotwin-pathway` crate holds the
//!   format, criteria language, lint, queries, rendering and PlanDefinition exchange).
//! - [`twin`]: the twins; [`twin::history`] builds each patient's oncology timeline and facts;
//!   [`twin::necessity`] decides the medical necessity of a requested service.
//! - [`cds`]: CDS Hooks 2.0 services, Da Vinci CRD coverage information, hook JWTs.
//! - [`twin`]: the twins; [`twin::history`] builds each patient's oncology timeline and facts.
//! - [`notes`]: clinical notes → timeline events (rule-based or LLM), from a database job
//!   queue run by background workers; merged into the timeline with provenance.
//! - [`ui`]: the workspaces' pages (front door, navigators' worklist), server-rendered HTML.
//! - [`api`]: HTTP only (actix-web): the `/fhir` facade, operations, OpenAPI.
//! - [`connector`]: pulling patients from an EHR (SMART Backend Services, search, Bulk Data).
//! - [`auth`], [`audit`]: bearer JWTs and SMART scopes; the audit trail of PHI access.
//! - [`startup`]: builds the server (tests bind port 0 through it).
//! - [`cli`], [`config`], [`telemetry`]: command line, settings, logs and metrics.
//! - [`demo`], [`bench`], [`rebuild`]: the bundled demo, benchmarks, recomputing derived data.

pub mod api;
pub mod audit;
pub mod auth;
pub mod bench;
pub mod cds;
pub mod cli;
pub mod config;
pub mod connector;
pub mod demo;
pub mod fhir;
pub mod ingest;
pub mod notes;
pub mod pathway;
pub mod rebuild;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod twin;
pub mod ui;
