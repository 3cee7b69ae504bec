//! Seeded broken pathway files are each caught with the right rule, message and line; the
//! shipped pathways are clean and load fast.

use std::path::Path;
use std::time::Instant;

use oncotwin_pathway::{lint_dir, lint_str, Severity};

#[test]
fn every_broken_file_is_caught_with_its_line_and_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/broken exists").map(|e| e.expect("dir entry").path()).collect();
    files.sort();
    assert!(files.len() >= 15, "expected the seeded broken files, found {}", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable");
        let header = text.lines().next().unwrap_or_default();
        let spec = header
            .strip_prefix("# expect: ")
            .unwrap_or_else(|| panic!("{}: first line must be `# expect: LINE RULE MESSAGE`", path.display()));
        let mut parts = spec.splitn(3, ' ');
        let line: usize = parts.next().and_then(|l| l.parse().ok()).expect("line number");
        let rule = parts.next().expect("rule");
        let message = parts.next().unwrap_or("");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let diags = lint_str(name, &text);
        let hit = diags.iter().any(|d| {
            d.line == line
                && d.rule == rule
                && d.message.contains(message)
                && d.severity == Severity::Error
                && d.file == name
        });
        if !hit {
            failures.push(format!(
                "{name}: expected line {line} [{rule}] containing {message:?}, got:\n{}",
                diags.iter().map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A ratchet: codes still marked UNVERIFIED in pathways/codes/*.csv may only decrease.
const MAX_UNVERIFIED_CODES: usize = 4;

#[test]
fn shipped_pathways_lint_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pathways");
    let diags = lint_dir(&dir);
    // Every finding left is a code the table marks as not yet verified against an outside
    // reference (printed, counted, and listed in the README); nothing else.
    let other: Vec<String> = diags.iter().filter(|d| d.rule != "unverified-code").map(|d| d.to_string()).collect();
    assert!(other.is_empty(), "{}", other.join("\n"));
    let mut unverified: Vec<&str> = diags.iter().map(|d| d.message.split('`').nth(1).unwrap_or("")).collect();
    unverified.sort_unstable();
    unverified.dedup();
    println!("{} code(s) not verified against an outside reference: {}", unverified.len(), unverified.join(", "));
    assert!(unverified.len() <= MAX_UNVERIFIED_CODES, "{} unverified codes: {unverified:?}", unverified.len());
    let set = crate::builtin();
    assert_eq!(set.lint().len(), diags.len(), "the embedded set lints like the files");
    let ids: Vec<_> = set.pathways().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["breast", "nsclc", "colorectal", "prostate"]);
}

#[test]
fn embedded_pathways_match_the_files_on_disk() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pathways");
    for (name, text) in oncotwin_pathway::PathwaySet::builtin_sources() {
        let disk = std::fs::read_to_string(root.join(name)).expect("pathway file on disk");
        assert_eq!(&disk, text, "{name}");
    }
}

#[test]
fn load_and_lint_time_and_sizes() {
    // Debug builds are ~10x slower than release; the 50 ms target is for release
    // (`cargo run --release --example pathway_stats`). This bounds the debug build loosely
    // and prints the numbers.
    let t = Instant::now();
    let set = crate::builtin();
    let findings = set.lint();
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    assert!(findings.iter().all(|d| d.severity != Severity::Error), "{findings:?}");
    println!("load + lint of all pathways: {ms:.1} ms (this build)");
    for p in set.pathways() {
        let (n, e) = p.size();
        println!("{:<12} {n:>4} nodes {e:>4} edges", p.id);
        assert!(n >= 20 && e >= n, "{} is too small to cover workup through second line", p.id);
    }
    assert!(ms < 2000.0, "load + lint took {ms} ms");
}

#[test]
fn unknown_fact_error_names_file_and_line() {
    let text = "[pathway]\nid = \"x\"\ntitle = \"X\"\nentry = \"a\"\n\n[[node]]\nid = \"a\"\nkind = \"workup\"\ntitle = \"A\"\nsource = \"s\"\nwhen = \"ecog <= 1 and\\nkras = g12c and smoker = true\"\n";
    let err = oncotwin_pathway::PathwaySet::from_strs(&[("x.toml", text)]).expect_err("unknown fact");
    let d = &err.diagnostics[0];
    assert_eq!((d.file.as_str(), d.line, d.rule), ("x.toml", 11, "unknown-fact"), "{d}");
    assert!(d.to_string().starts_with("x.toml:11: error[unknown-fact]: "), "{d}");
}

const TABLE_HEADER: &str = "system,code,display,terms,source\n";

/// A small pathway with one drug and one procedure, for the code-table checks.
const SMALL: &str = r#"[pathway]
id = "small"
title = "Small"
version = "1"
entry = "start"

[[node]]
id = "start"
kind = "treatment"
title = "Osimertinib"
when = "dx in [icd10:C34]"
drugs = [ { name = "osimertinib", rxnorm = "1721560" } ]
procedures = [ { name = "lobectomy, open", codes = ["cpt:32480", "snomed:49795001"] } ]
source = "FDA label: osimertinib (Tagrisso), 1 Indications and Usage, 2024"
"#;

fn table(rows: &str) -> oncotwin_pathway::CodeTable {
    oncotwin_pathway::CodeTable::parse(&[("codes/t.csv", &format!("{TABLE_HEADER}{rows}"))]).expect("table parses")
}

#[test]
fn a_code_missing_from_the_table_fails_lint_with_its_line() {
    let t = table(
        "rxnorm,1721560,osimertinib,osimertinib,RxNav\n\
         cpt,32480,\"Lobectomy, open\",lobectomy,CMS\n\
         icd10,C34,Malignant neoplasm of bronchus and lung,,CMS ICD-10-CM\n",
    );
    let diags = oncotwin_pathway::lint_str_with("small.toml", SMALL, Some(&t));
    let hit = diags.iter().find(|d| d.rule == "unknown-code").expect("the SNOMED code is not in the table");
    assert_eq!((hit.file.as_str(), hit.line, hit.severity), ("small.toml", 13, Severity::Error), "{hit}");
    assert!(hit.message.contains("snomed:49795001"), "{hit}");
}

#[test]
fn a_code_whose_meaning_disagrees_with_its_label_fails_lint() {
    // 49795001 is a total pneumonectomy: listed under "lobectomy, open" it must fail even
    // though its check digit is right.
    let t = table(
        "rxnorm,1721560,osimertinib,osimertinib,RxNav\n\
         cpt,32480,\"Lobectomy, open\",lobectomy,CMS\n\
         snomed,49795001,Total pneumonectomy (procedure),pneumonectomy,SNOMED CT browser\n\
         icd10,C34,Malignant neoplasm of bronchus and lung,,CMS ICD-10-CM\n",
    );
    let diags = oncotwin_pathway::lint_str_with("small.toml", SMALL, Some(&t));
    let hit = diags.iter().find(|d| d.rule == "code-label").expect("label disagreement caught");
    assert_eq!((hit.line, hit.severity), (13, Severity::Error), "{hit}");
    assert!(hit.message.contains("Total pneumonectomy") && hit.message.contains("lobectomy, open"), "{hit}");
    // The same table with a drug label that names another ingredient.
    let wrong_drug = SMALL.replace("name = \"osimertinib\"", "name = \"erlotinib\"");
    let diags = oncotwin_pathway::lint_str_with("small.toml", &wrong_drug, Some(&t));
    assert!(diags.iter().any(|d| d.rule == "code-label" && d.message.contains("rxnorm:1721560")), "{diags:?}");
}

#[test]
fn bad_code_tables_fail_to_load_with_file_and_line() {
    let bad = [
        ("rxnorm,1721560,osimertinib,osimertinib,RxNav\nrxnorm,1721560,erlotinib,erlotinib,RxNav\n", 3, "listed as"),
        ("rxnorm,1721560,osimertinib,osimertinib,\n", 2, "source"),
        ("loinc,2857-2,PSA,,LOINC\n", 2, "check digit"),
        ("rxnorm,1721560,osimertinib\n", 2, "expected 5 fields"),
        ("atc,L01,antineoplastics,,WHO\n", 2, "unknown code system"),
    ];
    for (rows, line, what) in bad {
        let err = oncotwin_pathway::CodeTable::parse(&[("codes/t.csv", &format!("{TABLE_HEADER}{rows}"))])
            .expect_err("a bad table fails");
        assert!(
            err.diagnostics.iter().any(|d| d.file == "codes/t.csv" && d.line == line && d.message.contains(what)),
            "{rows:?}: {err}"
        );
    }
    let err = oncotwin_pathway::CodeTable::parse(&[("codes/t.csv", "code,system\n")]).expect_err("bad header");
    assert!(err.to_string().contains("header"), "{err}");
}

#[test]
fn a_directory_without_a_code_table_fails_lint() {
    let dir = tempdir();
    std::fs::write(dir.join("small.toml"), SMALL).expect("write");
    let diags = lint_dir(&dir);
    assert!(diags.iter().any(|d| d.rule == "no-code-table" && d.severity == Severity::Error), "{diags:?}");
    std::fs::create_dir_all(dir.join("codes")).expect("mkdir");
    std::fs::write(
        dir.join("codes/small.csv"),
        format!("{TABLE_HEADER}rxnorm,1721560,osimertinib,osimertinib,RxNav\ncpt,32480,\"Lobectomy, open\",lobectomy,CMS\nsnomed,49795001,Total pneumonectomy (procedure),pneumonectomy,SNOMED CT browser\nicd10,C34,Malignant neoplasm of bronchus and lung,,CMS ICD-10-CM\n"),
    )
    .expect("write");
    let diags = lint_dir(&dir);
    assert!(diags.iter().any(|d| d.rule == "code-label" && d.line == 13), "{diags:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempdir() -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("oncotwin-lint-{}-{:?}", std::process::id(), std::thread::current().id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn embedded_code_tables_match_the_files_on_disk() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pathways");
    for (name, text) in oncotwin_pathway::CodeTable::builtin_sources() {
        let disk = std::fs::read_to_string(root.join(name)).expect("code table on disk");
        assert_eq!(&disk, text, "{name}");
    }
    let on_disk = std::fs::read_dir(root.join("codes")).expect("codes dir").count();
    assert_eq!(
        on_disk,
        oncotwin_pathway::CodeTable::builtin_sources().len(),
        "every CSV in pathways/codes is embedded"
    );
}

#[test]
fn retired_codes_name_a_successor_in_the_table() {
    let current = format!("{TABLE_HEADER}hcpcs,J8522,Capecitabine (Xeloda),capecitabine,CGS\n");
    let retired_header = "system,code,display,replaced_by,end_date,source\n";
    let ok = oncotwin_pathway::CodeTable::parse(&[
        ("codes/c.csv", &current),
        (
            "codes/retired.csv",
            &format!("{retired_header}hcpcs,J8520,\"Capecitabine, oral, 150 mg\",J8522,2024-09-30,Noridian\n"),
        ),
    ])
    .expect("parses");
    let r = ok.retired(oncotwin_pathway::CodeSystem::Hcpcs, "J8520").expect("J8520 is retired");
    assert_eq!(r.replaced_by.code, "J8522");
    assert_eq!(r.end_date.to_string(), "2024-09-30");
    assert!(ok.get(oncotwin_pathway::CodeSystem::Hcpcs, "J8520").is_none(), "a retired code is not a current one");
    let bad = [
        ("hcpcs,J8520,x,J9999,2024-09-30,src\n", "not in the code table"),
        ("hcpcs,J8520,x,J8522,30/09/2024,src\n", "not a date"),
        ("hcpcs,J8522,x,J8522,2024-09-30,src\n", "listed as a current code"),
        ("hcpcs,J8520,x,J8522,2024-09-30,\n", "needs a display and a source"),
        ("hcpcs,J8520,x,J8522\n", "expected 6 fields"),
    ];
    for (row, what) in bad {
        let err = oncotwin_pathway::CodeTable::parse(&[
            ("codes/c.csv", &current),
            ("codes/retired.csv", &format!("{retired_header}{row}")),
        ])
        .expect_err("a bad retired row fails");
        assert!(
            err.diagnostics.iter().any(|d| d.file == "codes/retired.csv" && d.line == 2 && d.message.contains(what)),
            "{row:?}: {err}"
        );
    }
    // The shipped table retires oral capecitabine's 2024 codes in favour of J8522.
    let shipped = oncotwin_pathway::CodeTable::builtin().expect("shipped table");
    for code in ["J8520", "J8521"] {
        let r = shipped.retired(oncotwin_pathway::CodeSystem::Hcpcs, code).expect("retired");
        assert_eq!(r.replaced_by.code, "J8522");
    }
}
