//! The text-message worker: claims due text messages from the outbox (on any node, with a
//! lease) and hands each to an SMS gateway speaking Kannel's `sendsms` HTTP interface (Kannel
//! is the open-source gateway operators and administrations run next to their SMSC link; the
//! same interface is offered by several hosted gateways). The gateway is reached over plain
//! HTTP on the local network, as Kannel is deployed. Messages go as UTF-8 in UCS-2 coding, so
//! Arabic text arrives intact. The delivery loop (leases, retries,
//! retention) is `outbox`'s.

use std::time::Duration;

use nafida_store::mail;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::config::SmsConfig;
use crate::outbox::Channel;

/// A Kannel `sendsms` endpoint.
#[derive(Clone)]
pub struct Gateway {
    host_port: String,
    path: String,
    username: String,
    password: String,
    from: String,
}

impl std::fmt::Debug for Gateway {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gateway").field("host_port", &self.host_port).finish_non_exhaustive()
    }
}

impl Gateway {
    /// From the configuration (the URL was checked when it was read).
    pub fn new(config: &SmsConfig) -> anyhow::Result<Self> {
        let rest =
            config.url.strip_prefix("http://").ok_or_else(|| anyhow::anyhow!("NAFIDA_SMS_URL must be http://"))?;
        let (host_port, path) = match rest.split_once('/') {
            Some((h, p)) => (h.to_string(), format!("/{p}")),
            None => (rest.to_string(), "/cgi-bin/sendsms".to_string()),
        };
        let host_port = if host_port.contains(':') { host_port } else { format!("{host_port}:80") };
        Ok(Gateway {
            host_port,
            path,
            username: config.username.clone(),
            password: config.password.as_ref().map(|p| p.expose().to_string()).unwrap_or_default(),
            from: config.from.clone(),
        })
    }

    /// Sends one message; the error names the kind of failure only.
    pub async fn send_text(&self, to: &str, text: &str) -> Result<(), &'static str> {
        let query = serde_urlencoded::to_string([
            ("username", self.username.as_str()),
            ("password", self.password.as_str()),
            ("from", self.from.as_str()),
            ("to", to),
            ("text", text),
            ("charset", "UTF-8"),
            ("coding", "2"),
        ])
        .map_err(|_| "message could not be encoded")?;
        let request = format!(
            "GET {}?{query} HTTP/1.1\r\nHost: {}\r\nUser-Agent: nafida\r\nConnection: close\r\n\r\n",
            self.path, self.host_port
        );
        let exchange = async {
            let mut stream = TcpStream::connect(&self.host_port).await.map_err(|_| "gateway unreachable")?;
            stream.write_all(request.as_bytes()).await.map_err(|_| "gateway unreachable")?;
            let mut head = vec![0u8; 1024];
            let mut read = 0;
            while read < 12 {
                let n = stream.read(&mut head[read..]).await.map_err(|_| "gateway hung up")?;
                if n == 0 {
                    break;
                }
                read += n;
            }
            let line = String::from_utf8_lossy(&head[..read]).to_string();
            let status: u16 = line
                .strip_prefix("HTTP/1.")
                .and_then(|r| r.get(2..5))
                .and_then(|s| s.parse().ok())
                .ok_or("gateway answered something else than HTTP")?;
            match status {
                200..=299 => Ok(()),
                400..=499 => Err("refused by the gateway"),
                _ => Err("temporary gateway failure"),
            }
        };
        tokio::time::timeout(Duration::from_secs(20), exchange).await.map_err(|_| "gateway timed out")?
    }
}

impl Channel for Gateway {
    fn medium(&self) -> &'static str {
        mail::SMS
    }

    async fn send(&self, m: &mail::QueuedMail) -> Result<(), &'static str> {
        self.send_text(&m.to, &m.text).await
    }
}
