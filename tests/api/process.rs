//! oncotwin as its operators run it: a separate `serve` (or `worker`) process, started,
//! stopped, killed and restarted; and a private PostgreSQL server a test may restart.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `oncotwin` process.
pub struct Process {
    child: Option<Child>,
    args: Vec<String>,
    pub base: String,
    log: PathBuf,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A token from the development issuer whose key is `key` (`system/*.cruds oncotwin/admin`).
pub fn dev_token(key: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .args(["--dev-key", key.to_str().unwrap(), "dev-token", "--scope", "system/*.cruds oncotwin/admin"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// POSTs a Bundle to `base/fhir` with a bearer token; the status.
pub async fn post_bundle(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    body: String,
) -> Result<u16, reqwest::Error> {
    let r = client
        .post(format!("{base}/fhir"))
        .bearer_auth(token)
        .header("Content-Type", "application/fhir+json")
        .body(body)
        .send()
        .await?;
    Ok(r.status().as_u16())
}

impl Process {
    /// `oncotwin --database-url URL --dev-key KEY serve --dev-auth --listen 127.0.0.1:PORT EXTRA…`,
    /// logs to `dir/NAME.log`; returns once `/healthz` answers.
    pub async fn serve(name: &str, url: &str, dir: &Path, extra: &[&str]) -> Process {
        let port = free_port();
        let mut args: Vec<String> =
            ["--database-url", url, "--dev-key", dir.join("dev.pem").to_str().unwrap(), "serve", "--dev-auth"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        args.extend(["--listen".to_string(), format!("127.0.0.1:{port}")]);
        args.extend(extra.iter().map(|s| s.to_string()));
        Self::start(name, args, format!("http://127.0.0.1:{port}"), dir).await
    }

    /// `oncotwin --database-url URL worker --listen 127.0.0.1:PORT EXTRA…`.
    pub async fn worker(name: &str, url: &str, dir: &Path, extra: &[&str]) -> Process {
        let port = free_port();
        let mut args: Vec<String> = vec!["--database-url".into(), url.into(), "worker".into()];
        args.extend(["--listen".to_string(), format!("127.0.0.1:{port}")]);
        args.extend(extra.iter().map(|s| s.to_string()));
        Self::start(name, args, format!("http://127.0.0.1:{port}"), dir).await
    }

    async fn start(name: &str, args: Vec<String>, base: String, dir: &Path) -> Process {
        let mut process = Process { child: None, args, base, log: dir.join(format!("{name}.log")) };
        process.spawn().await;
        process
    }

    async fn spawn(&mut self) {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_oncotwin"))
            .args(&self.args)
            .env_remove("ONCOTWIN_DATABASE_URL")
            .env_remove("ONCOTWIN_CONFIG")
            .env_remove("ONCOTWIN_LISTEN")
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .unwrap();
        self.child = Some(child);
        let client = reqwest::Client::new();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(r) = client.get(format!("{}/healthz", self.base)).send().await {
                if r.status().is_success() {
                    return;
                }
            }
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("oncotwin exited with {status} at start: {}", self.logs());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("oncotwin did not answer /healthz within 60 s: {}", self.logs());
    }

    /// What the process printed so far.
    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// `kill -9`: no shutdown, no flush.
    pub fn kill9(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    /// SIGTERM (graceful), then waits; returns whether it exited successfully.
    pub fn terminate(&mut self) -> bool {
        let Some(mut child) = self.child.take() else { return false };
        let _ = Command::new("kill").arg(child.id().to_string()).status();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(30) {
            if let Some(status) = child.try_wait().unwrap() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        false
    }

    /// Starts the same command again (same port, same database).
    pub async fn restart(&mut self) {
        assert!(self.child.is_none(), "stop the process first");
        self.spawn().await;
    }

    /// The Prometheus text of `/metrics`.
    pub async fn metrics(&self) -> String {
        reqwest::get(format!("{}/metrics", self.base)).await.unwrap().text().await.unwrap()
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// The value of one Prometheus sample line (`name{labels} value`), 0 when absent.
pub fn metric(text: &str, sample: &str) -> f64 {
    text.lines().find_map(|l| l.strip_prefix(sample).and_then(|rest| rest.trim().parse().ok())).unwrap_or(0.0)
}

/// A PostgreSQL server of the test's own (initdb in a temp folder, its own port), so a
/// test can stop and start it without touching the machine's shared server.
pub struct PrivatePostgres {
    bin: PathBuf,
    data: PathBuf,
    pub port: u16,
    _dir: tempfile::TempDir,
}

fn as_postgres(cmd: &Path) -> Command {
    // PostgreSQL refuses to run as root; the machine's `postgres` user runs it.
    let mut c = if running_as_root() { Command::new("runuser") } else { Command::new(cmd) };
    if running_as_root() {
        c.args(["-u", "postgres", "--"]).arg(cmd);
    }
    c
}

fn running_as_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0\n")).unwrap_or(false)
}

impl PrivatePostgres {
    pub fn start() -> PrivatePostgres {
        let version = std::fs::read_dir("/usr/lib/postgresql")
            .expect("PostgreSQL server binaries under /usr/lib/postgresql")
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .max()
            .expect("a PostgreSQL version");
        let bin = PathBuf::from(format!("/usr/lib/postgresql/{version}/bin"));
        let dir = tempfile::Builder::new().prefix("oncotwin-pg").tempdir_in("/tmp").unwrap();
        let data = dir.path().join("data");
        if running_as_root() {
            let _ = Command::new("chown").args(["-R", "postgres:postgres"]).arg(dir.path()).status();
        }
        let out = as_postgres(&bin.join("initdb"))
            .args(["-D", data.to_str().unwrap(), "-A", "trust", "-U", "postgres", "--no-sync"])
            .output()
            .unwrap();
        assert!(out.status.success(), "initdb: {}", String::from_utf8_lossy(&out.stderr));
        let pg = PrivatePostgres { bin, data, port: free_port(), _dir: dir };
        pg.start_server();
        pg
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// `pg_ctl start`, waiting until it accepts connections.
    pub fn start_server(&self) {
        let options = format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", self.port, self.data.display());
        let out = as_postgres(&self.bin.join("pg_ctl"))
            .args(["-D", self.data.to_str().unwrap(), "-o", &options, "-l"])
            .arg(self.data.join("server.log"))
            .args(["-w", "start"])
            .output()
            .unwrap();
        assert!(out.status.success(), "pg_ctl start: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// `pg_ctl stop -m fast`: every session is terminated.
    pub fn stop_server(&self) {
        let out = as_postgres(&self.bin.join("pg_ctl"))
            .args(["-D", self.data.to_str().unwrap(), "-m", "fast", "-w", "stop"])
            .output()
            .unwrap();
        assert!(out.status.success(), "pg_ctl stop: {}", String::from_utf8_lossy(&out.stderr));
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let _ = as_postgres(&self.bin.join("pg_ctl"))
            .args(["-D", self.data.to_str().unwrap(), "-m", "immediate", "stop"])
            .output();
    }
}
