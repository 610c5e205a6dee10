//! The one outbox delivery loop. Each medium (e-mail over SMTP, text messages through an SMS
//! gateway) is a [`Channel`]; the loop claims due messages of its medium with a lease (so two
//! nodes never send the same one), hands each to the channel, and records it sent, or failed
//! with the outbox's back-off and retention. Errors are logged without addresses, numbers or
//! contents.

use std::future::Future;
use std::time::Duration;

use nafida_domain::Clock;
use nafida_store::{Db, mail};
use tokio::sync::watch;

/// How long a claimed message is reserved for the node that claimed it.
const LEASE_MS: i64 = 120_000;

/// Messages claimed at a time.
const BATCH: i64 = 20;

/// A medium messages leave by.
pub trait Channel: Send + Sync {
    /// The outbox's name of the medium (`email`, `sms`).
    fn medium(&self) -> &'static str;

    /// Sends one message; the error names the kind of failure only (it is logged and stored).
    fn send(&self, m: &mail::QueuedMail) -> impl Future<Output = Result<(), &'static str>> + Send;
}

/// Sends every due message of the channel's medium once; returns how many were sent.
pub async fn deliver_due(
    db: &Db,
    channel: &impl Channel,
    clock: &dyn Clock,
) -> Result<usize, nafida_store::StoreError> {
    let mut sent = 0;
    loop {
        let batch = mail::claim_due(db, channel.medium(), clock.now().millis(), LEASE_MS, BATCH).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for m in &batch {
            match channel.send(m).await {
                Ok(()) => {
                    mail::mark_sent(db, &m.id, clock.now().millis()).await?;
                    sent += 1;
                }
                Err(why) => {
                    let medium = channel.medium();
                    tracing::warn!(message = %m.id, medium, attempts = m.attempts + 1, why, "not sent; will retry");
                    mail::mark_attempt_failed(db, &m.id, m.attempts, why, clock.now().millis()).await?;
                }
            }
        }
    }
}

/// Runs the loop for one channel until `stop` turns true.
pub async fn run(
    db: Db,
    channel: impl Channel,
    clock: std::sync::Arc<dyn Clock>,
    poll: Duration,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        if let Err(e) = deliver_due(&db, &channel, clock.as_ref()).await {
            tracing::warn!(error = %e, medium = channel.medium(), "outbox worker could not read the outbox");
        }
        tokio::select! {
            _ = stop.changed() => break,
            () = tokio::time::sleep(poll) => {}
        }
    }
}
