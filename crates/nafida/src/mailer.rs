//! The mail worker: claims due mails from the outbox (on any node, with a lease), sends each
//! over SMTP as text and HTML, and records the delivery status; failures are retried with
//! back-off. Errors are logged without addresses or contents.

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use nafida_domain::Clock;
use nafida_store::{Db, mail};
use tokio::sync::watch;

use crate::config::SmtpConfig;

/// How long a claimed mail is reserved for the node that claimed it.
const LEASE_MS: i64 = 120_000;

/// An SMTP connection to the relay.
#[derive(Clone)]
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp").finish_non_exhaustive()
    }
}

impl Smtp {
    /// Prepares the transport (connections are opened when sending).
    pub fn new(config: &SmtpConfig) -> anyhow::Result<Self> {
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.host)
            .port(config.port)
            .timeout(Some(Duration::from_secs(20)));
        if let (Some(user), Some(password)) = (&config.username, &config.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.expose().to_string()));
        }
        let from: Mailbox =
            config.from.parse().map_err(|_| anyhow::anyhow!("NAFIDA_SMTP_FROM is not an e-mail address"))?;
        Ok(Smtp { transport: builder.build(), from })
    }

    async fn send(&self, m: &mail::QueuedMail) -> Result<(), &'static str> {
        let to: Mailbox = m.to.parse().map_err(|_| "invalid recipient address")?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .multipart(MultiPart::alternative_plain_html(m.text.clone(), m.html.clone()))
            .map_err(|_| "message could not be built")?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| {
            if e.is_permanent() {
                "rejected by the relay"
            } else if e.is_transient() {
                "temporary relay failure"
            } else {
                "relay unreachable"
            }
        })
    }
}

/// Sends every due mail once; returns how many were sent.
pub async fn deliver_due(db: &Db, smtp: &Smtp, clock: &dyn Clock) -> Result<usize, nafida_store::StoreError> {
    let mut sent = 0;
    loop {
        let batch = mail::claim_due(db, mail::EMAIL, clock.now().millis(), LEASE_MS, 20).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for m in &batch {
            match smtp.send(m).await {
                Ok(()) => {
                    mail::mark_sent(db, &m.id, clock.now().millis()).await?;
                    sent += 1;
                }
                Err(why) => {
                    tracing::warn!(mail = %m.id, attempts = m.attempts + 1, why, "mail not sent; will retry");
                    mail::mark_attempt_failed(db, &m.id, m.attempts, why, clock.now().millis()).await?;
                }
            }
        }
    }
}

/// Runs the worker until `stop` turns true.
pub async fn run(
    db: Db,
    smtp: Smtp,
    clock: std::sync::Arc<dyn Clock>,
    poll: Duration,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        if let Err(e) = deliver_due(&db, &smtp, clock.as_ref()).await {
            tracing::warn!(error = %e, "mail worker could not read the outbox");
        }
        tokio::select! {
            _ = stop.changed() => break,
            () = tokio::time::sleep(poll) => {}
        }
    }
}
