//! The verified code table: every code a pathway file uses, with its official display, the
//! words a pathway label for it must contain, and where the code was verified.
//!
//! The table lives beside the pathway files as CSV (`pathways/codes/*.csv`, one file per
//! cancer, header `system,code,display,terms,source`). Structural checks ([`crate::code`])
//! catch typos; this table catches a well-formed code that means something else — SNOMED CT
//! 49795001 is a pneumonectomy, and a lint that only checks its Verhoeff digit lets it stand
//! under "lobectomy". A code that is not in the table, or whose pathway label names none of
//! the row's `terms`, fails lint with the file and line of its use.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::code::{Code, CodeSystem};
use crate::criteria::{Criterion, Literal};
use crate::diag::{Diagnostic, LoadError};
use crate::model::{Guard, Pathway};

/// One verified code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    /// The official display (RxNorm name, HCPCS descriptor, SNOMED CT FSN, LOINC name …).
    pub display: String,
    /// Lower-case words or phrases; a pathway label for this code must contain one.
    pub terms: Vec<String>,
    /// Where the code was verified (a page or release file).
    pub source: String,
    /// The CSV file and 1-based line it was read from.
    pub file: String,
    pub line: usize,
}

impl CodeRow {
    /// A row whose source says it could not be verified against an outside reference.
    pub fn unverified(&self) -> bool {
        self.source.trim_start().to_ascii_uppercase().starts_with("UNVERIFIED")
    }
}

/// A code end-dated by its publisher and the code that replaced it (HCPCS J8520 and J8521,
/// oral capecitabine, end-dated 2024-09-30; J8522 since 2024-10-01). A request still written
/// with it is decided as its successor, and the decision says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetiredCode {
    /// The retired code's last official display.
    pub display: String,
    /// The code that replaced it (in the table).
    pub replaced_by: Code,
    /// The last day it was valid.
    pub end_date: chrono::NaiveDate,
    /// Where the retirement was verified.
    pub source: String,
    /// The CSV file and 1-based line it was read from.
    pub file: String,
    pub line: usize,
}

/// The code table: (system, code) → row, and the retired codes with their successors.
#[derive(Debug, Clone, Default)]
pub struct CodeTable {
    rows: BTreeMap<(CodeSystem, String), CodeRow>,
    retired: BTreeMap<(CodeSystem, String), RetiredCode>,
}

const HEADER: [&str; 5] = ["system", "code", "display", "terms", "source"];
/// The header of a file of retired codes (`pathways/codes/retired.csv`).
const RETIRED_HEADER: [&str; 6] = ["system", "code", "display", "replaced_by", "end_date", "source"];

impl CodeTable {
    /// Parses one or more CSV files (name, text). The same code may appear in several files
    /// (cisplatin is used by three cancers) when every row agrees on its display; a code
    /// listed twice with different displays, a malformed row, an unknown system, a malformed
    /// code or an empty source is an error with its file and line.
    ///
    /// A file whose header is `system,code,display,replaced_by,end_date,source` lists retired
    /// codes; each successor must be in the table, and a retired code must not be.
    pub fn parse(files: &[(&str, &str)]) -> Result<CodeTable, LoadError> {
        let mut table = CodeTable::default();
        let mut errors = Vec::new();
        let mut retired_records = Vec::new();
        for (file, text) in files {
            let records = csv_records(text);
            let is_retired = matches!(records.first(), Some(Ok((_, fields)))
                if fields.iter().map(|f| f.trim().to_ascii_lowercase()).eq(RETIRED_HEADER.iter().map(|h| h.to_string())));
            if is_retired {
                retired_records.push((*file, records));
                continue;
            }
            for (ix, record) in records.into_iter().enumerate() {
                let (line, fields) = match record {
                    Ok(r) => r,
                    Err((line, message)) => {
                        errors.push(Diagnostic::error(file, line, "code-table", message));
                        continue;
                    }
                };
                if ix == 0 {
                    if fields.iter().map(|f| f.trim().to_ascii_lowercase()).ne(HEADER.iter().map(|h| h.to_string())) {
                        errors.push(Diagnostic::error(
                            file,
                            line,
                            "code-table",
                            format!("the header must be `{}`", HEADER.join(",")),
                        ));
                        break;
                    }
                    continue;
                }
                if fields.len() != HEADER.len() {
                    errors.push(Diagnostic::error(
                        file,
                        line,
                        "code-table",
                        format!("expected {} fields ({}), found {}", HEADER.len(), HEADER.join(","), fields.len()),
                    ));
                    continue;
                }
                let text = format!("{}:{}", fields[0].trim(), fields[1].trim());
                let code: Code = match text.parse() {
                    Ok(c) => c,
                    Err(e) => {
                        errors.push(Diagnostic::error(file, line, "code-table", format!("`{text}`: {e}")));
                        continue;
                    }
                };
                if let Err(e) = code.system.check(&code.code) {
                    errors.push(Diagnostic::error(file, line, "code-table", format!("`{code}`: {e}")));
                    continue;
                }
                let display = fields[2].trim().to_string();
                let source = fields[4].trim().to_string();
                if display.is_empty() || source.is_empty() {
                    errors.push(Diagnostic::error(
                        file,
                        line,
                        "code-table",
                        format!("`{code}` needs a display and a source (where it was verified)"),
                    ));
                    continue;
                }
                let terms = fields[3].split(';').map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()).collect();
                let row = CodeRow { display, terms, source, file: file.to_string(), line };
                let key = (code.system, code.code.clone());
                match table.rows.get(&key) {
                    Some(first) if !same_display(&first.display, &row.display) => errors.push(Diagnostic::error(
                        file,
                        line,
                        "code-table",
                        format!(
                            "`{code}` is listed as {:?} here and as {:?} at {}:{}",
                            row.display, first.display, first.file, first.line
                        ),
                    )),
                    Some(_) => {
                        // The same code used by several cancers: one concept, every file's
                        // label words accepted.
                        if let Some(first) = table.rows.get_mut(&key) {
                            for t in row.terms {
                                if !first.terms.contains(&t) {
                                    first.terms.push(t);
                                }
                            }
                        }
                    }
                    None => {
                        table.rows.insert(key, row);
                    }
                }
            }
        }
        for (file, records) in retired_records {
            for record in records.into_iter().skip(1) {
                match record.and_then(|(line, fields)| table.retired_row(file, line, &fields).map_err(|m| (line, m))) {
                    Ok((key, row)) => {
                        table.retired.insert(key, row);
                    }
                    Err((line, message)) => errors.push(Diagnostic::error(file, line, "code-table", message)),
                }
            }
        }
        if errors.is_empty() {
            Ok(table)
        } else {
            Err(LoadError { diagnostics: errors })
        }
    }

    fn retired_row(
        &self,
        file: &str,
        line: usize,
        fields: &[String],
    ) -> Result<((CodeSystem, String), RetiredCode), String> {
        if fields.len() != RETIRED_HEADER.len() {
            return Err(format!(
                "expected {} fields ({}), found {}",
                RETIRED_HEADER.len(),
                RETIRED_HEADER.join(","),
                fields.len()
            ));
        }
        let parse = |system: &str, code: &str| -> Result<Code, String> {
            let text = format!("{}:{}", system.trim(), code.trim());
            let c: Code = text.parse().map_err(|e| format!("`{text}`: {e}"))?;
            c.system.check(&c.code).map_err(|e| format!("`{c}`: {e}"))?;
            Ok(c)
        };
        let code = parse(&fields[0], &fields[1])?;
        let replaced_by = parse(&fields[0], &fields[3])?;
        let end_date = chrono::NaiveDate::parse_from_str(fields[4].trim(), "%Y-%m-%d")
            .map_err(|_| format!("`{code}`: end_date `{}` is not a date (YYYY-MM-DD)", fields[4].trim()))?;
        let (display, source) = (fields[2].trim().to_string(), fields[5].trim().to_string());
        if display.is_empty() || source.is_empty() {
            return Err(format!("`{code}` needs a display and a source (where its retirement was verified)"));
        }
        if self.get(code.system, &code.code).is_some() {
            return Err(format!("`{code}` is retired here but listed as a current code in the table"));
        }
        if self.get(replaced_by.system, &replaced_by.code).is_none() {
            return Err(format!("`{code}` is replaced by `{replaced_by}`, which is not in the code table"));
        }
        let key = (code.system, code.code.clone());
        Ok((key, RetiredCode { display, replaced_by, end_date, source, file: file.to_string(), line }))
    }

    /// The retirement of a code, when its publisher end-dated it.
    pub fn retired(&self, system: CodeSystem, code: &str) -> Option<&RetiredCode> {
        self.retired.get(&(system, code.to_string()))
    }

    /// The shipped table (`pathways/codes/*.csv`, compiled in).
    pub fn builtin() -> Result<Arc<CodeTable>, LoadError> {
        CodeTable::parse(BUILTIN_TABLE).map(Arc::new)
    }

    /// The shipped CSV files as (file name, text).
    pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
        BUILTIN_TABLE
    }

    /// The row of one code.
    pub fn get(&self, system: CodeSystem, code: &str) -> Option<&CodeRow> {
        self.rows.get(&(system, code.to_string()))
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Every row, in (system, code) order.
    pub fn rows(&self) -> impl Iterator<Item = (CodeSystem, &str, &CodeRow)> {
        self.rows.iter().map(|((s, c), r)| (*s, c.as_str(), r))
    }
}

const BUILTIN_TABLE: &[(&str, &str)] = &[
    ("codes/breast.csv", include_str!("../../../pathways/codes/breast.csv")),
    ("codes/nsclc.csv", include_str!("../../../pathways/codes/nsclc.csv")),
    ("codes/colorectal.csv", include_str!("../../../pathways/codes/colorectal.csv")),
    ("codes/prostate.csv", include_str!("../../../pathways/codes/prostate.csv")),
    ("codes/retired.csv", include_str!("../../../pathways/codes/retired.csv")),
];

fn same_display(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// One CSV record: its first line and fields, or (line, what is wrong).
pub type Record = Result<(usize, Vec<String>), (usize, String)>;

/// RFC 4180 records: fields separated by commas, optionally in double quotes (a quote inside
/// doubled); blank lines and lines starting with `#` are skipped.
pub fn csv_records(text: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate().peekable();
    while let Some((ix, line)) = lines.next() {
        let first = ix + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut current = line.to_string();
        let mut ok = true;
        loop {
            let mut chars = current.chars().peekable();
            while let Some(c) = chars.next() {
                match (quoted, c) {
                    (true, '"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    (true, '"') => quoted = false,
                    (true, c) => field.push(c),
                    (false, '"') if field.trim().is_empty() => {
                        field.clear();
                        quoted = true;
                    }
                    (false, ',') => fields.push(std::mem::take(&mut field)),
                    (false, c) => field.push(c),
                }
            }
            if !quoted {
                break;
            }
            // A quoted field continues on the next line.
            match lines.next() {
                Some((_, next)) => {
                    field.push('\n');
                    current = next.to_string();
                }
                None => {
                    out.push(Err((first, "unterminated quoted field".to_string())));
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            fields.push(field);
            out.push(Ok((first, fields)));
        }
    }
    out
}

/// Every code a pathway uses, with the label it is written under (a drug's or procedure's
/// name) and the node's line: services, drugs, procedures, and codes inside criteria.
fn used_codes(p: &Pathway) -> Vec<(&Code, Option<&str>, usize)> {
    let mut out = Vec::new();
    for ix in p.graph.node_indices() {
        let n = &p.graph[ix];
        for c in &n.services {
            out.push((c, None, n.line));
        }
        for d in &n.drugs {
            out.push((&d.rxnorm, Some(d.name.as_str()), n.line));
            if let Some(h) = &d.hcpcs {
                out.push((h, Some(d.name.as_str()), n.line));
            }
        }
        for pr in n.procedures.iter().chain(&n.radiotherapy) {
            for c in &pr.codes {
                out.push((c, Some(pr.name.as_str()), n.line));
            }
        }
        if let Some(w) = &n.when {
            push_criterion_codes(w, n.line, &mut out);
        }
    }
    for e in p.graph.edge_weights() {
        if let Guard::When(c) = &e.guard {
            push_criterion_codes(c, e.line, &mut out);
        }
    }
    out
}

fn push_criterion_codes<'a>(c: &'a Criterion, line: usize, out: &mut Vec<(&'a Code, Option<&'a str>, usize)>) {
    for t in c.tests() {
        for l in &t.values {
            if let Literal::Code(code) = l {
                out.push((code, None, line));
            }
        }
    }
}

/// The line of `code` at or after `from` in the file's text (the node or edge line when the
/// text is not at hand or the code is written elsewhere, e.g. in `[defs]`).
fn line_of(text: Option<&str>, code: &Code, from: usize) -> usize {
    let Some(text) = text else { return from };
    let bare = format!("\"{}\"", code.code);
    let prefixed = code.to_string();
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.contains(&prefixed) || (l.contains(&bare) && l.contains("name")))
        .map(|(ix, _)| ix + 1)
        .unwrap_or(from)
}

/// Checks every code of `p` against `table`: listed, and named by its label. `text` is the
/// pathway file's text, for exact lines.
pub fn lint_codes(p: &Pathway, table: &CodeTable, text: Option<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let file = p.file.as_str();
    let mut seen = std::collections::HashSet::new();
    for (code, label, line) in used_codes(p) {
        if !seen.insert((code.system, code.code.as_str(), label, line)) {
            continue;
        }
        let at = line_of(text, code, line);
        let Some(row) = table.get(code.system, &code.code) else {
            out.push(Diagnostic::error(
                file,
                at,
                "unknown-code",
                format!("`{code}` is not in the code table (pathways/codes/*.csv): verify it and add a row with its display and source"),
            ));
            continue;
        };
        if let Some(label) = label {
            let lower = label.to_lowercase();
            if row.terms.is_empty() {
                out.push(Diagnostic::error(
                    file,
                    at,
                    "code-label",
                    format!("`{code}` ({}) is used under the label {label:?} but its table row ({}:{}) lists no terms to check the label against", row.display, row.file, row.line),
                ));
            } else if !row.terms.iter().any(|t| lower.contains(t.as_str())) {
                out.push(Diagnostic::error(
                    file,
                    at,
                    "code-label",
                    format!(
                        "`{code}` is {:?} (table {}:{}), but it is listed under {label:?}, which names none of: {}",
                        row.display,
                        row.file,
                        row.line,
                        row.terms.join(", ")
                    ),
                ));
            }
        }
        if row.unverified() {
            out.push(Diagnostic::warning(
                file,
                at,
                "unverified-code",
                format!("`{code}` ({}) is not verified against an outside reference: {}", row.display, row.source),
            ));
        }
    }
    out
}
