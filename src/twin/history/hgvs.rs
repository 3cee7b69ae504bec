//! HGVS expressions as molecular reports write them (`NM_004985.5(KRAS):c.34G>T`,
//! `p.Gly12Cys`, `p.G12C`, `p.(Leu858Arg)`, `p.E746_A750del`, `c.3028+1G>T`): found in a
//! variant description and checked against the HGVS grammar (varnomen.hgvs.org), so that a
//! malformed expression is ignored rather than read as a different variant.

use regex::Regex;
use std::sync::LazyLock;

/// An amino acid: three-letter (`Gly`), one-letter (`G`) or a stop (`*`, `Ter`, `X`).
const AA: &str = r"(?:[A-Z][a-z]{2}|[A-Z*])";

/// Where an expression starts: `c.`, `g.`, `m.`, `n.`, `r.` (nucleotide) or `p.` (protein),
/// after the start, a space, `(`, `:`, `,` or `;`; it runs to a space, `,` or `;` (a protein
/// change may be wrapped in parentheses).
static EXPRESSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s(:;,])([cgmnrp])\.(\([^\s)]*\)|[^\s,;]+)").expect("valid regex"));

static NUCLEOTIDE: LazyLock<Regex> = LazyLock::new(|| {
    let pos = r"[-*]?\d+(?:[+-]\d+)?";
    Regex::new(&format!(
        r"^\(?{pos}(?:_{pos})?\)?(?:[ACGTUNacgtun]+>[ACGTUNacgtun]+|delins[ACGTUNacgtun]+|del[ACGTUNacgtun]*\d*|dup[ACGTUNacgtun]*\d*|ins[ACGTUNacgtun]+|ins\d+|inv\d*|=|\[\d+\]|[ACGTacgt]+\[\d+\])$"
    ))
    .expect("valid regex")
});

static PROTEIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\(?{AA}\d+(?:_{AA}\d+)?(?:{AA}(?:fs(?:{AA})?\d*)?|=|\?|del|dup|delins{AA}+|ins{AA}+|ins\d+|fs(?:{AA})?\d*|ext\S*)\)?$"
    ))
    .expect("valid regex")
});

/// One HGVS expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expression<'a> {
    /// `c`, `g`, `m`, `n`, `r` or `p`.
    pub kind: char,
    /// The whole expression as written (`p.Gly12Cys`).
    pub text: &'a str,
    /// Whether it follows the HGVS grammar.
    pub valid: bool,
}

/// The HGVS expressions a text holds, in order.
pub fn expressions(text: &str) -> Vec<Expression<'_>> {
    EXPRESSION
        .captures_iter(text)
        .filter_map(|c| {
            let kind = c.get(1)?;
            let body = c.get(2)?;
            // A sentence's full stop or a closing parenthesis of the surrounding text.
            let mut b = body.as_str().trim_end_matches('.');
            if b.ends_with(')') && !b.starts_with('(') {
                b = &b[..b.len() - 1];
            }
            let kind_char = kind.as_str().chars().next()?;
            let valid = match kind_char {
                'p' => matches!(b, "?" | "0" | "=" | "(=)") || PROTEIN.is_match(b),
                _ => NUCLEOTIDE.is_match(b),
            };
            let start = kind.start();
            let end = body.start() + b.len();
            Some(Expression { kind: kind_char, text: &text[start..end], valid })
        })
        .collect()
}

/// The text without its malformed HGVS expressions (blanked), and how many there were.
pub fn without_malformed(text: &str) -> (String, usize) {
    let bad: Vec<&str> = expressions(text).into_iter().filter(|e| !e.valid).map(|e| e.text).collect();
    let mut out = text.to_string();
    for b in &bad {
        out = out.replacen(b, &" ".repeat(b.len()), 1);
    }
    (out, bad.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_expressions_as_reports_write_them() {
        for s in [
            "NM_005228.5:c.2573T>G (p.Leu858Arg)",
            "NM_004985.5(KRAS):c.34G>T (p.Gly12Cys)",
            "p.G12C",
            "p.(Gly12Cys)",
            "p.Val600Glu",
            "p.E746_A750del",
            "p.Leu747_Pro753delinsSer",
            "p.Ala767_Val769dup",
            "p.D770_N771insSVD",
            "c.3028+1G>T (exon 14 skipping)",
            "c.2235_2249del15",
            "c.2235_2249delGGAATTAAGAGAAGC",
            "NM_024675.3(PALB2):c.3549C>A (p.Tyr1183Ter)",
            "p.Arg1443GlyfsTer7",
            "p.Gln61fs*5",
            "p.T790M",
        ] {
            let found = expressions(s);
            assert!(!found.is_empty() && found.iter().all(|e| e.valid), "{s}: {found:?}");
        }
        assert!(expressions("EGFR exon 19 deletion").is_empty(), "no HGVS in plain words");
        assert!(expressions("KIF5B-RET fusion").is_empty());
    }

    #[test]
    fn malformed_expressions_are_found_and_blanked() {
        for s in ["p.Leu858", "p.858R", "c.2573T>", "p.Gly12Cyss", "c.G>T", "p.746_750del"] {
            let found = expressions(s);
            assert!(found.iter().any(|e| !e.valid), "{s}: {found:?}");
        }
        let (clean, n) = without_malformed("KRAS c.34G>T (p.Gly12Cyss)");
        assert_eq!(n, 1);
        assert!(clean.contains("c.34G>T") && !clean.contains("Cyss"), "{clean}");
    }
}
