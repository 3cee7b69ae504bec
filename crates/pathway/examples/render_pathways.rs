//! Writes every shipped pathway as DOT, Mermaid, SVG and FHIR PlanDefinition JSON.
//!
//! `cargo run -p oncotwin-pathway --example render_pathways OUTDIR`

use oncotwin_pathway::PathwaySet;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/pathways".into());
    let set = match PathwaySet::builtin() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("{out}: {e}");
        std::process::exit(1);
    }
    for p in set.pathways() {
        let json = serde_json::to_string_pretty(&p.to_plan_definition()).unwrap_or_default();
        for (ext, text) in
            [("dot", p.to_dot()), ("mmd", p.to_mermaid()), ("svg", p.to_svg()), ("plandefinition.json", json)]
        {
            let path = format!("{out}/{}.{ext}", p.id);
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
            println!("wrote {path}");
        }
    }
}
