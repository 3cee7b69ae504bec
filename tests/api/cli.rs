//! The `oncotwin` binary as a user runs it.

use crate::helpers::{fresh_database, Db};
use std::process::Command;

fn oncotwin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_oncotwin"));
    cmd.env_remove("ONCOTWIN_DATABASE_URL").env_remove("ONCOTWIN_CONFIG");
    cmd
}

#[tokio::test]
async fn ingest_exit_codes_and_summary() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(Db::Sqlite, dir.path()).await;
    let good = dir.path().join("good.ndjson");
    std::fs::write(&good, "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{\"resourceType\":\"Patient\",\"id\":\"b\"}\n")
        .unwrap();
    let bad = dir.path().join("mixed.ndjson");
    std::fs::write(&bad, "{\"resourceType\":\"Patient\",\"id\":\"c\"}\n{oops\n{\"resourceType\":\"Patient\",\"id\":\"d\",\"gender\":\"\"}\n").unwrap();

    let out = oncotwin().args(["--database-url", &url, "ingest"]).arg(&good).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("created 2"), "{stdout}");

    let out = oncotwin().args(["--database-url", &url, "ingest"]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "quarantine makes the exit code non-zero");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("invalid-json") && stdout.contains("invalid-resource"), "{stdout}");

    let out = oncotwin()
        .args(["--database-url", &url, "ingest", "--allow-quarantine", "--json"])
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["received"], 5);
    assert_eq!(report["unchanged"], 3, "re-ingest stores nothing new: {report}");
    assert_eq!(report["quarantined"]["invalid-json"], 1);

    let out =
        oncotwin().args(["--database-url", &url, "ingest"]).arg(dir.path().join("missing.json")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}

#[tokio::test]
async fn migrate_and_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(Db::Sqlite, dir.path()).await;
    let out = oncotwin().args(["--database-url", &url, "migrate"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file = dir.path().join("p.json");
    std::fs::write(&file, "{\"resourceType\":\"Observation\",\"id\":\"o\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\"Patient/p\"}}").unwrap();
    assert!(oncotwin().args(["--database-url", &url, "ingest"]).arg(&file).status().unwrap().success());
    let out = oncotwin().args(["--database-url", &url, "rebuild"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("rebuilt the derived data of 1 resources"));
}

#[test]
fn bad_settings_are_clear_errors() {
    let out = oncotwin().args(["--database-url", "mysql://x", "migrate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported database URL"));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("c.toml");
    std::fs::write(&config, "listen = 5\n").unwrap();
    let out = oncotwin().args(["--config"]).arg(&config).arg("migrate").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid settings file"));
}
