//! Measures load + validate time of the shipped pathways and prints nodes/edges per cancer.
//!
//! `cargo run --release -p oncotwin-pathway --example pathway_stats [DIR]`
//! With DIR, loads and lints the `*.toml` files there instead of the embedded ones.

use std::time::Instant;

use oncotwin_pathway::{lint_dir, PathwaySet};

fn main() {
    if let Some(dir) = std::env::args().nth(1) {
        let diags = lint_dir(&dir);
        for d in &diags {
            println!("{d}");
        }
        println!("{} finding(s)", diags.len());
        return;
    }
    const RUNS: u32 = 50;
    let mut best = f64::INFINITY;
    let mut total = 0.0;
    let mut set = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        let s = match PathwaySet::builtin() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        let findings = s.lint();
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        assert!(findings.iter().all(|d| d.severity != oncotwin_pathway::Severity::Error), "{findings:?}");
        best = best.min(ms);
        total += ms;
        set = Some(s);
    }
    let Some(set) = set else { return };
    println!(
        "load + lint of {} pathways: best {best:.2} ms, mean {:.2} ms over {RUNS} runs",
        set.pathways().len(),
        total / RUNS as f64
    );
    println!("{:<12} {:>6} {:>6}", "pathway", "nodes", "edges");
    for p in set.pathways() {
        let (n, e) = p.size();
        println!("{:<12} {:>6} {:>6}", p.id, n, e);
    }
}
