//! Helpers to run the real `nafida` binary: one-shot commands and servers on a free port.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_nafida");

/// How many procedures the shipped catalogue holds (its `catalog/*.toml` files).
/// The version of a procedure the catalogue ships now.
pub fn shipped_version(id: &str) -> i64 {
    let path = format!("{}/../../catalog/{id}.toml", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(path).unwrap();
    source.lines().find_map(|l| l.strip_prefix("version = ")).unwrap().trim().parse().unwrap()
}

pub fn shipped_procedures() -> usize {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .count()
}

/// A `nafida` command with a clean environment: no `NAFIDA_*` configuration inherited.
pub fn nafida(args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("NAFIDA_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("NAFIDA_LOG_FORMAT", "json");
    cmd
}

/// What a finished command printed.
#[derive(Debug)]
pub struct Output {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

/// Runs a command to completion.
pub fn run(mut cmd: Command) -> Output {
    let out = cmd.output().expect("running nafida");
    Output {
        status: out.status,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Asserts that a command failed with one clear line and no panic.
pub fn assert_clean_failure(out: &Output, expected: &str) {
    assert!(!out.status.success(), "expected failure, got success: {out:?}");
    let lines: Vec<&str> = out.stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(lines.len(), 1, "expected one error line: {}", out.stderr);
    assert!(lines[0].contains(expected), "expected {expected:?} in {:?}", lines[0]);
    assert!(!out.stderr.contains("panicked") && !out.stderr.contains("backtrace"), "{}", out.stderr);
}

/// A running `nafida serve` or `nafida demo` process.
pub struct Server {
    child: Child,
    pub addr: String,
    pub logs: Arc<Mutex<Vec<String>>>,
    pub stdout: Arc<Mutex<String>>,
}

impl Server {
    /// Starts a server on a free port and waits until it listens.
    pub fn start(subcommand: &str, data_dir: &Path, env: &[(&str, &str)]) -> Server {
        let mut cmd = nafida(&[subcommand, "--listen", "127.0.0.1:0", "--data-dir", &data_dir.display().to_string()]);
        // On the object-store leg the process keeps its files where the test's own store does.
        cmd.envs(nafida_test_support::s3_env(data_dir));
        cmd.envs(env.iter().copied()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawning nafida");
        let stderr = child.stderr.take().expect("stderr");
        let mut child_stdout = child.stdout.take().expect("stdout");
        let stdout = Arc::new(Mutex::new(String::new()));
        let out_sink = stdout.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = std::io::Read::read(&mut child_stdout, &mut buf) {
                if n == 0 {
                    break;
                }
                out_sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let logs = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let sink = logs.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line)
                    && v["fields"]["message"] == "listening"
                    && let Some(addr) = v["fields"]["address"].as_str()
                {
                    let _ = tx.send(addr.to_string());
                }
                sink.lock().unwrap().push(line);
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(addr) => addr,
            Err(_) => {
                let _ = child.kill();
                panic!("server did not start: {:?}", logs.lock().unwrap());
            }
        };
        Server { child, addr, logs, stdout }
    }

    /// `GET path` on this server.
    pub async fn get(&self, path: &str) -> (u16, String) {
        nafida_test_support::http_get(&self.addr, path).await.expect("request to the server")
    }

    /// `GET path` on this server with extra request headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
        nafida_test_support::http_get_with(&self.addr, path, headers).await.expect("request to the server")
    }

    /// Sends SIGTERM and waits for the process to exit.
    pub fn stop(mut self) -> ExitStatus {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status().expect("kill");
        assert!(sent.success());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().expect("waiting") {
                return status;
            }
            assert!(Instant::now() < deadline, "server did not stop after SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until standard output contains `needle`; returns all of it.
    pub fn wait_stdout(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let out = self.stdout.lock().unwrap().clone();
            if out.contains(needle) {
                return out;
            }
            assert!(Instant::now() < deadline, "{needle:?} never printed; stdout: {out}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The log lines so far.
    pub fn log_lines(&self) -> Vec<String> {
        self.logs.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary folder removed when dropped.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        let dir = std::env::temp_dir().join(format!("nafida-it-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
