//! Coded concepts (`system:code`) and the shape checks each code system's codes must pass.
//!
//! Pathway files write a code as `rxnorm:1721560`, `hcpcs:J9355`, `cpt:19301`,
//! `snomed:254837009`, `icd10:C50.9` or `loinc:2857-1`. The checks are structural (digits,
//! shape, check digit) — they catch typos and transpositions, not codes that are well formed
//! but retired; no terminology server is consulted.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A code system the pathways use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeSystem {
    /// RxNorm concept (ingredient CUIs for drugs).
    RxNorm,
    /// HCPCS Level II (e.g. J-codes for injectable drugs).
    Hcpcs,
    /// CPT (AMA).
    Cpt,
    /// SNOMED CT.
    Snomed,
    /// ICD-10(-CM).
    Icd10,
    /// LOINC.
    Loinc,
    /// FDA National Drug Code (a product or package NDC; requests and pharmacy records).
    Ndc,
}

impl CodeSystem {
    /// Every system, in a stable order.
    pub const ALL: [CodeSystem; 7] = [
        CodeSystem::RxNorm,
        CodeSystem::Hcpcs,
        CodeSystem::Cpt,
        CodeSystem::Snomed,
        CodeSystem::Icd10,
        CodeSystem::Loinc,
        CodeSystem::Ndc,
    ];

    /// The short prefix used in pathway files (`rxnorm`, `hcpcs`, …).
    pub fn prefix(self) -> &'static str {
        match self {
            CodeSystem::RxNorm => "rxnorm",
            CodeSystem::Hcpcs => "hcpcs",
            CodeSystem::Cpt => "cpt",
            CodeSystem::Snomed => "snomed",
            CodeSystem::Icd10 => "icd10",
            CodeSystem::Loinc => "loinc",
            CodeSystem::Ndc => "ndc",
        }
    }

    /// The FHIR `Coding.system` URI.
    pub fn uri(self) -> &'static str {
        match self {
            CodeSystem::RxNorm => "http://www.nlm.nih.gov/research/umls/rxnorm",
            CodeSystem::Hcpcs => "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            CodeSystem::Cpt => "http://www.ama-assn.org/go/cpt",
            CodeSystem::Snomed => "http://snomed.info/sct",
            CodeSystem::Icd10 => "http://hl7.org/fhir/sid/icd-10-cm",
            CodeSystem::Loinc => "http://loinc.org",
            CodeSystem::Ndc => "http://hl7.org/fhir/sid/ndc",
        }
    }

    /// Accepts the short prefix or a FHIR system URI (including common variants such as the
    /// `http://` HCPCS URI and WHO ICD-10).
    pub fn parse(s: &str) -> Option<CodeSystem> {
        let s = s.trim();
        let lower = s.to_ascii_lowercase();
        let by_prefix = CodeSystem::ALL.into_iter().find(|c| c.prefix() == lower);
        if by_prefix.is_some() {
            return by_prefix;
        }
        match lower.trim_end_matches('/') {
            "http://www.nlm.nih.gov/research/umls/rxnorm" => Some(CodeSystem::RxNorm),
            "https://www.cms.gov/medicare/coding/hcpcsreleasecodesets"
            | "http://www.cms.gov/medicare/coding/hcpcsreleasecodesets"
            | "urn:oid:2.16.840.1.113883.6.285"
            | "https://bluebutton.cms.gov/resources/codesystem/hcpcs"
            | "http://www.ama-assn.org/go/hcpcs" => Some(CodeSystem::Hcpcs),
            "http://www.ama-assn.org/go/cpt" => Some(CodeSystem::Cpt),
            "http://snomed.info/sct" => Some(CodeSystem::Snomed),
            "http://hl7.org/fhir/sid/icd-10-cm" | "http://hl7.org/fhir/sid/icd-10" => Some(CodeSystem::Icd10),
            "http://loinc.org" => Some(CodeSystem::Loinc),
            "http://hl7.org/fhir/sid/ndc" | "urn:oid:2.16.840.1.113883.6.69" => Some(CodeSystem::Ndc),
            _ => None,
        }
    }

    /// Checks that `code` is well formed for this system; the error says what shape was expected.
    pub fn check(self, code: &str) -> Result<(), String> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        match self {
            CodeSystem::RxNorm => {
                if digits(code) && code.len() <= 8 && !code.starts_with('0') {
                    Ok(())
                } else {
                    Err(format!("RxNorm code `{code}` must be 1-8 digits (an RxCUI)"))
                }
            }
            CodeSystem::Hcpcs => {
                let b = code.as_bytes();
                if b.len() == 5 && (b'A'..=b'V').contains(&b[0]) && digits(&code[1..]) {
                    Ok(())
                } else {
                    Err(format!("HCPCS code `{code}` must be a letter A-V and 4 digits (like J9355)"))
                }
            }
            CodeSystem::Cpt => {
                let b = code.as_bytes();
                let cat23 = b.len() == 5 && digits(&code[..4]) && matches!(b[4], b'F' | b'T' | b'U');
                if (b.len() == 5 && digits(code)) || cat23 {
                    Ok(())
                } else {
                    Err(format!("CPT code `{code}` must be 5 digits (or 4 digits and F/T/U)"))
                }
            }
            CodeSystem::Snomed => {
                if !digits(code) || code.len() < 6 || code.len() > 18 || code.starts_with('0') {
                    Err(format!("SNOMED CT code `{code}` must be 6-18 digits"))
                } else if !verhoeff_valid(code) {
                    Err(format!("SNOMED CT code `{code}` fails its Verhoeff check digit (typo or transposition?)"))
                } else {
                    Ok(())
                }
            }
            CodeSystem::Icd10 => {
                if icd10_shape(code) {
                    Ok(())
                } else {
                    Err(format!(
                        "ICD-10 code `{code}` must look like C50 or C50.911 (letter, 2 digits, optional . and 1-4 characters)"
                    ))
                }
            }
            CodeSystem::Loinc => {
                let Some((body, check)) = code.split_once('-') else {
                    return Err(format!("LOINC code `{code}` must look like 2857-1"));
                };
                if !digits(body) || body.len() > 7 || check.len() != 1 || !digits(check) {
                    return Err(format!("LOINC code `{code}` must look like 2857-1"));
                }
                if loinc_check_digit(body) != check.as_bytes()[0] - b'0' {
                    return Err(format!(
                        "LOINC code `{code}` fails its mod-10 check digit (expected {}-{})",
                        body,
                        loinc_check_digit(body)
                    ));
                }
                Ok(())
            }
            CodeSystem::Ndc => {
                if ndc_product(code).is_empty() {
                    Err(format!(
                        "NDC `{code}` must be a product or package NDC: 4-4, 5-3 or 5-4 digits with an optional package \
                         (0002-6216, 0002-6216-45), 10 digits, or the 11-digit 5-4-2 form (00002621645)"
                    ))
                } else {
                    Ok(())
                }
            }
        }
    }
}

/// The product an NDC names, as the 5-4 key `LLLLL-PPPP` (labeler and product zero-padded
/// the way the 11-digit HIPAA form pads them), from a product NDC (`0002-6216`, `50242-061`), a
/// package NDC with hyphens (`0002-6216-45`), the 11-digit form with or without hyphens
/// (`00002621645`, `00002-6216-45`) or 10 digits without hyphens, which can be read three ways
/// (4-4-2, 5-3-2 or 5-4-1): every reading is returned, and the caller looks each up. Empty when
/// the code is not an NDC.
pub fn ndc_product(code: &str) -> Vec<String> {
    let code = code.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let key = |labeler: &str, product: &str| format!("{labeler:0>5}-{product:0>4}");
    let parts: Vec<&str> = code.split('-').collect();
    if !parts.iter().all(|p| digits(p)) {
        return Vec::new();
    }
    match parts.as_slice() {
        [all] if all.len() == 11 => vec![key(&all[..5], &all[5..9])],
        [all] if all.len() == 10 => {
            vec![key(&all[..4], &all[4..8]), key(&all[..5], &all[5..8]), key(&all[..5], &all[5..9])]
        }
        [l, p] | [l, p, _]
            if (4..=5).contains(&l.len()) && (3..=4).contains(&p.len()) && matches!(l.len() + p.len(), 8 | 9) =>
        {
            match parts.get(2) {
                // A package NDC: 10 digits in all (4-4-2, 5-3-2, 5-4-1), or 11 (5-4-2).
                Some(pkg) if !matches!(l.len() + p.len() + pkg.len(), 10 | 11) || pkg.len() > 2 => Vec::new(),
                _ => vec![key(l, p)],
            }
        }
        _ => Vec::new(),
    }
}

impl fmt::Display for CodeSystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.prefix())
    }
}

fn icd10_shape(code: &str) -> bool {
    let b = code.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_digit() {
        return false;
    }
    if !(b[2].is_ascii_digit() || b[2].is_ascii_uppercase()) {
        return false;
    }
    match &code[3..] {
        "" => true,
        rest => {
            let Some(ext) = rest.strip_prefix('.') else {
                return false;
            };
            (1..=4).contains(&ext.len()) && ext.bytes().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        }
    }
}

/// Verhoeff check over a digit string whose last digit is the check digit (SNOMED CT).
pub fn verhoeff_valid(digits: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut c = 0u8;
    for (i, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        c = D[c as usize][P[i % 8][(b - b'0') as usize] as usize];
    }
    c == 0
}

/// LOINC's mod-10 check digit (the Luhn scheme) for the digits before the hyphen.
pub fn loinc_check_digit(body: &str) -> u8 {
    let mut sum = 0u32;
    for (i, b) in body.bytes().rev().enumerate() {
        let mut d = (b - b'0') as u32;
        if i % 2 == 0 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    ((10 - sum % 10) % 10) as u8
}

/// A validated code: a system and a code that passed the system's shape check.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Code {
    /// The code system.
    pub system: CodeSystem,
    /// The code itself, as written (e.g. `J9355`, `C50.911`).
    pub code: String,
}

impl Code {
    /// Builds a code, checking its shape.
    pub fn new(system: CodeSystem, code: &str) -> Result<Code, String> {
        system.check(code)?;
        Ok(Code { system, code: code.to_string() })
    }

    /// Parses `system:code` (system by short prefix or URI, e.g. `http://loinc.org|2857-1`
    /// also works with `|` as the separator).
    pub fn parse(s: &str) -> Result<Code, String> {
        let (sys, code) = s
            .rsplit_once('|')
            .or_else(|| s.split_once(':').filter(|(p, _)| !p.contains('/')))
            .ok_or_else(|| format!("`{s}` is not a code; write it as system:code, e.g. rxnorm:224905"))?;
        let system = CodeSystem::parse(sys).ok_or_else(|| {
            format!("unknown code system `{sys}` (expected rxnorm, hcpcs, cpt, snomed, icd10 or loinc)")
        })?;
        Code::new(system, code.trim())
    }

    /// Whether a patient's code `other` falls under this code. ICD-10 codes match their
    /// descendants by prefix (`C50` covers `C50.911`); other systems match exactly, since
    /// subsumption in SNOMED CT or RxNorm needs a terminology server.
    pub fn covers(&self, other: &Code) -> bool {
        if self.system != other.system {
            return false;
        }
        match self.system {
            CodeSystem::Icd10 => {
                let a = self.code.replace('.', "");
                let b = other.code.replace('.', "");
                b.starts_with(&a)
            }
            _ => self.code == other.code,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.system.prefix(), self.code)
    }
}

impl FromStr for Code {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Code::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ndc_forms_name_one_product() {
        // Verzenio 0002-6216: product, package, 11-digit with and without hyphens.
        for form in ["0002-6216", "0002-6216-45", "00002-6216-45", "00002621645"] {
            assert_eq!(ndc_product(form), vec!["00002-6216".to_string()], "{form}");
        }
        // 5-3 (Tukysa-style labeler 51144-001) pads the product; 5-4-1 keeps it.
        assert_eq!(ndc_product("51144-001-60"), vec!["51144-0001".to_string()]);
        assert_eq!(ndc_product("50242-0610-1"), vec!["50242-0610".to_string()]);
        // Ten digits without hyphens: the three readings.
        assert_eq!(ndc_product("0002621645"), vec!["00002-6216", "00026-0216", "00026-2164"]);
        for bad in ["", "abc", "0002-62", "123-4567-89", "0002-6216-456", "0002-6216-45-1", "123456789"] {
            assert!(ndc_product(bad).is_empty(), "{bad}");
            assert!(CodeSystem::Ndc.check(bad).is_err(), "{bad}");
        }
        assert!(CodeSystem::Ndc.check("00002621645").is_ok());
        assert_eq!(CodeSystem::parse("http://hl7.org/fhir/sid/ndc"), Some(CodeSystem::Ndc));
        // Blue Button's own HCPCS URI, as claims carry it.
        assert_eq!(CodeSystem::parse("https://bluebutton.cms.gov/resources/codesystem/hcpcs"), Some(CodeSystem::Hcpcs));
    }

    #[test]
    fn snomed_check_digits() {
        for good in ["254837009", "254637007", "363406005", "399068003", "363346000"] {
            assert!(CodeSystem::Snomed.check(good).is_ok(), "{good}");
        }
        assert!(CodeSystem::Snomed.check("254837008").is_err());
        assert!(CodeSystem::Snomed.check("254873009").is_err());
    }

    #[test]
    fn loinc_check_digits() {
        assert!(CodeSystem::Loinc.check("2857-1").is_ok());
        assert!(CodeSystem::Loinc.check("2039-6").is_ok());
        assert!(CodeSystem::Loinc.check("718-7").is_ok());
        assert!(CodeSystem::Loinc.check("2857-2").is_err());
    }

    #[test]
    fn shapes() {
        assert!(Code::parse("hcpcs:J9355").is_ok());
        assert!(Code::parse("hcpcs:J935").is_err());
        assert!(Code::parse("cpt:19301").is_ok());
        assert!(Code::parse("cpt:1930").is_err());
        assert!(Code::parse("icd10:C50.911").is_ok());
        assert!(Code::parse("icd10:C5").is_err());
        assert!(Code::parse("rxnorm:224905").is_ok());
        assert!(Code::parse("rxnorm:22490a").is_err());
        assert!(Code::parse("http://loinc.org|2857-1").is_ok());
        assert!(Code::parse("icd10:C50").unwrap().covers(&Code::parse("icd10:C50.911").unwrap()));
    }
}
