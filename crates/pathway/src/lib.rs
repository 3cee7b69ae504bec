//! Care pathways for oncotwin: one graph per cancer, authored as TOML in `pathways/`,
//! loaded into `petgraph`, validated, queried by the three twins, rendered, and exchanged
//! as FHIR PlanDefinitions.
//!
//! # Layout
//!
//! - [`code`]: coded concepts (`rxnorm:224905`) and per-system shape checks (Verhoeff for
//!   SNOMED CT, mod-10 for LOINC, J-code shape for HCPCS …).
//! - [`codetable`]: the verified code table (`pathways/codes/*.csv`): every code's display,
//!   the words its label must contain, and where it was verified.
//! - [`drugs`]: each drug's role in a regimen (backbone or partner) and its classes, from
//!   `pathways/valuesets/antineoplastics.csv`.
//! - [`facts`]: the patient-facts vocabulary and [`PatientFacts`], each value with evidence.
//! - [`criteria`]: the criteria language — parse, type-check, print, three-valued evaluation.
//! - [`model`]: nodes, edges, the [`Pathway`] graph.
//! - [`load`]: the TOML file format and its loader (errors carry file and line).
//! - [`lint`]: graph-wide rules (reachability, cycles, exhaustive decisions, codes, sources).
//! - [`set`]: [`PathwaySet`] and the queries: supporting nodes, paths, next steps, placement.
//! - [`render`]: DOT, Mermaid and SVG.
//! - [`fhir`]: PlanDefinition export and import.
//! - [`write`]: writing a [`Pathway`] back as a pathway file ([`Pathway::to_toml`]).
//!
//! # Example
//!
//! ```
//! use oncotwin_pathway::{CodeSystem, PathwaySet, PatientFacts, Truth};
//! let set = PathwaySet::builtin().expect("shipped pathways load");
//! assert!(set.lint().iter().all(|d| d.severity != oncotwin_pathway::Severity::Error));
//! let as_of = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
//! let facts = PatientFacts::from_text(as_of, "dx=icd10:C50.911; stage=IV; her2=positive; er=negative; pr=negative").unwrap();
//! // Is pertuzumab (HCPCS J9306) supported for this patient?
//! let support = set.support(CodeSystem::Hcpcs, "J9306");
//! assert!(support.iter().any(|s| s.criteria.evaluate(&facts).truth == Truth::Met));
//! ```

pub mod code;
pub mod codetable;
pub mod criteria;
pub mod diag;
pub mod drugs;
pub mod facts;
pub mod fhir;
pub mod lint;
pub mod load;
pub mod model;
pub mod render;
pub mod set;
pub mod write;

pub use code::{ndc_product, Code, CodeSystem};
pub use codetable::{CodeRow, CodeTable, RetiredCode};
pub use criteria::{Criterion, Explanation, Outcome, Truth};
pub use diag::{Diagnostic, LoadError, Severity};
pub use facts::{FactEntry, FactValue, PatientFacts, ServiceRecord, FACTS};
pub use model::{Category, Drug, Edge, Guard, Node, NodeKind, Pathway, PathwayHeader, Procedure, Timing};
pub use set::{
    lint_dir, lint_str, lint_str_with, Move, NextStep, NodeKey, PathToNode, PathwaySet, Placement, Replay, Support,
};
