//! AJCC 8th edition anatomic stage groups from T, N and M, as data
//! (`pathways/valuesets/ajcc-anatomic-stage.csv`, one row per combination, each with its
//! source): a chart that records pT2 pN1a cM0 but no stage group is stage IIB, inferred, with
//! that reason. Breast (anatomic, not prognostic, groups), colorectal and non-small-cell lung
//! cancer; prostate needs PSA and grade group and is not derived.
//!
//! Rows are read top-down and the first that matches wins. A row's `t`, `n` or `m` is `*`
//! (any), a category written exactly (`T1mi`), or a category that also covers its
//! subcategories (`T1` covers `T1a`, `T1b`, `T1c` and `T1mi` unless a more specific row comes
//! first).

use std::sync::OnceLock;

/// The shipped table.
pub const FILE: (&str, &str) =
    ("pathways/valuesets/ajcc-anatomic-stage.csv", include_str!("../../../pathways/valuesets/ajcc-anatomic-stage.csv"));

/// The cancers the table covers.
pub const CANCERS: [&str; 3] = ["breast", "colorectal", "nsclc"];

/// The stage groups a row may give.
const STAGES: &[&str] = &[
    "0", "I", "IA", "IA1", "IA2", "IA3", "IB", "IIA", "IIB", "IIC", "IIIA", "IIIB", "IIIC", "IV", "IVA", "IVB", "IVC",
];

/// One row: the cancer, the T, N and M patterns, the stage group, the source, the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cancer: String,
    pub t: String,
    pub n: String,
    pub m: String,
    pub stage: String,
    pub source: String,
    pub line: usize,
}

/// Parses the table; every error names the file and line.
pub fn parse(file: &str, text: &str) -> Result<Vec<Row>, Vec<String>> {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (ix, record) in oncotwin_pathway::codetable::csv_records(text).into_iter().enumerate() {
        let (line, fields) = match record {
            Ok(r) => r,
            Err((line, message)) => {
                errors.push(format!("{file}:{line}: {message}"));
                continue;
            }
        };
        let fields: Vec<String> = fields.iter().map(|f| f.trim().to_string()).collect();
        if ix == 0 {
            if fields != ["cancer", "t", "n", "m", "stage", "source"] {
                errors.push(format!("{file}:{line}: the header must be `cancer,t,n,m,stage,source`"));
                break;
            }
            continue;
        }
        let [cancer, t, n, m, stage, source] = match <[String; 6]>::try_from(fields) {
            Ok(f) => f,
            Err(f) => {
                errors.push(format!("{file}:{line}: expected 6 fields (cancer,t,n,m,stage,source), found {}", f.len()));
                continue;
            }
        };
        let mut bad = |why: String| errors.push(format!("{file}:{line}: {why}"));
        if !CANCERS.contains(&cancer.as_str()) {
            bad(format!("unknown cancer `{cancer}` (expected {})", CANCERS.join(", ")));
            continue;
        }
        let axis_ok = |v: &str, letter: char| {
            v == "*"
                || (v.starts_with(letter)
                    && v.len() > 1
                    && v[1..].chars().all(|c| c.is_ascii_alphanumeric())
                    && (v[1..].starts_with(|c: char| c.is_ascii_digit()) || v[1..].starts_with("is")))
        };
        if !axis_ok(&t, 'T') || !axis_ok(&n, 'N') || !axis_ok(&m, 'M') {
            bad(format!("`{t} {n} {m}` is not a T, N and M (a category such as T1c, N2a, M0, or *)"));
            continue;
        }
        if !STAGES.contains(&stage.as_str()) {
            bad(format!("unknown stage group `{stage}`"));
            continue;
        }
        if source.is_empty() {
            bad(format!("`{cancer} {t} {n} {m}` needs a source"));
            continue;
        }
        rows.push(Row { cancer, t, n, m, stage, source, line });
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

fn table() -> &'static [Row] {
    static TABLE: OnceLock<Vec<Row>> = OnceLock::new();
    // A bad table fails `valuesets::check` before the server binds; here it derives nothing.
    TABLE.get_or_init(|| parse(FILE.0, FILE.1).unwrap_or_default())
}

/// Whether a row's pattern covers a category: `*`, the same category, or its subcategory
/// (`T1` covers `T1c` and `T1mi`; `N1` covers `N1a`; never `T1` for `T10`).
fn covers(pattern: &str, value: &str) -> bool {
    pattern == "*"
        || pattern == value
        || value.strip_prefix(pattern).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// The stage group of a T, N and M (prefixes such as `p`, `c`, `yp` already dropped), with
/// the row that gave it; None when the table has no row for it.
pub fn stage(cancer: &str, t: &str, n: &str, m: &str) -> Option<&'static Row> {
    table().iter().find(|r| r.cancer == cancer && covers(&r.t, t) && covers(&r.n, n) && covers(&r.m, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_loads_and_resolves_each_grid() {
        let rows = parse(FILE.0, FILE.1).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(rows.len() > 50, "{}", rows.len());
        for (cancer, ts, ns) in [
            ("breast", &["T1mi", "T1a", "T1c", "T2", "T3", "T4b"][..], &["N0", "N1mi", "N1", "N2a", "N3c"][..]),
            ("colorectal", &["T1", "T2", "T3", "T4a", "T4b"][..], &["N0", "N1a", "N1c", "N2a", "N2b"][..]),
            ("nsclc", &["T1a", "T1b", "T1c", "T2a", "T2b", "T3", "T4"][..], &["N0", "N1", "N2", "N3"][..]),
        ] {
            for t in ts {
                for n in ns {
                    assert!(stage(cancer, t, n, "M0").is_some(), "{cancer} {t} {n} M0 has no stage");
                }
            }
        }
        // Spot checks from the AJCC 8th tables (NCI PDQ).
        for (cancer, t, n, m, want) in [
            ("breast", "T2", "N1a", "M0", "IIB"),
            ("breast", "T1c", "N0", "M0", "IA"),
            ("breast", "T1", "N1mi", "M0", "IB"),
            ("breast", "T0", "N1mi", "M0", "IB"),
            ("breast", "Tis", "N0", "M0", "0"),
            ("colorectal", "T2", "N0", "M0", "I"),
            ("breast", "T3", "N3", "M0", "IIIC"),
            ("breast", "T2", "N0", "M1", "IV"),
            ("colorectal", "T3", "N0", "M0", "IIA"),
            ("colorectal", "T4b", "N0", "M0", "IIC"),
            ("colorectal", "T3", "N1b", "M0", "IIIB"),
            ("colorectal", "T4b", "N2a", "M0", "IIIC"),
            ("nsclc", "T2b", "N0", "M0", "IIA"),
            ("nsclc", "T3", "N2", "M0", "IIIB"),
            ("nsclc", "T1a", "N0", "M0", "IA1"),
        ] {
            assert_eq!(stage(cancer, t, n, m).map(|r| r.stage.as_str()), Some(want), "{cancer} {t} {n} {m}");
        }
    }

    #[test]
    fn bad_rows_fail_with_file_and_line() {
        let head = "cancer,t,n,m,stage,source\n";
        for (row, what) in [
            ("liver,T1,N0,M0,I,src\n", "unknown cancer"),
            ("breast,X1,N0,M0,IA,src\n", "is not a T, N and M"),
            ("breast,T1,N0,M0,V,src\n", "unknown stage group"),
            ("breast,T1,N0,M0,IA,\n", "needs a source"),
            ("breast,T1,N0\n", "expected 6 fields"),
        ] {
            let err = parse("t.csv", &format!("{head}{row}")).expect_err(row);
            assert!(err.iter().any(|e| e.starts_with("t.csv:2:") && e.contains(what)), "{row}: {err:?}");
        }
        assert!(covers("T1", "T1mi") && covers("T1", "T1c") && !covers("T1", "T2") && covers("*", "T4"));
        assert!(covers("N1", "N1") && !covers("N1", "N10"));
    }
}
