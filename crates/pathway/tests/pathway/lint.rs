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

#[test]
fn shipped_pathways_lint_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pathways");
    let diags = lint_dir(&dir);
    assert!(diags.is_empty(), "{}", diags.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"));
    let set = crate::builtin();
    assert!(set.lint().is_empty());
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
    assert!(findings.is_empty());
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
