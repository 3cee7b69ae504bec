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
        if findings.iter().any(|d| d.severity == oncotwin_pathway::Severity::Error) {
            for d in &findings {
                eprintln!("{d}");
            }
            eprintln!("the shipped pathways do not lint clean");
            std::process::exit(1);
        }
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
    println!("{:<12} {:>6} {:>6} {:>10} {:>12}", "pathway", "nodes", "edges", "max paths", "drugs (IN)");
    for p in set.pathways() {
        let (n, e) = p.size();
        // Routes enumerated to the node with the most (what a necessity checklist walks).
        let max_paths = p.nodes().map(|node| set.paths_to(&p.id, &node.id).map_or(0, |v| v.len())).max().unwrap_or(0);
        let mut drugs: Vec<&str> =
            p.nodes().flat_map(|node| node.drugs.iter().map(|d| d.rxnorm.code.as_str())).collect();
        drugs.sort_unstable();
        drugs.dedup();
        println!("{:<12} {:>6} {:>6} {:>10} {:>12}", p.id, n, e, max_paths, drugs.len());
    }
}
