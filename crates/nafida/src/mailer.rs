//! The e-mail channel of the outbox: each mail goes over SMTP as text and HTML. The delivery
//! loop (leases, retries, retention) is `outbox`'s.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment as LettreAttachment, Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use nafida_store::mail;

use crate::config::SmtpConfig;
use crate::outbox::Channel;

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

    async fn send_mail(&self, m: &mail::QueuedMail) -> Result<(), &'static str> {
        let to: Mailbox = m.to.parse().map_err(|_| "invalid recipient address")?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .multipart(match &m.attachment {
                None => MultiPart::alternative_plain_html(m.text.clone(), m.html.clone()),
                Some(a) => {
                    let media_type = ContentType::parse(&a.media_type).map_err(|_| "attachment type is not valid")?;
                    MultiPart::mixed()
                        .multipart(MultiPart::alternative_plain_html(m.text.clone(), m.html.clone()))
                        .singlepart(LettreAttachment::new(a.name.clone()).body(a.body.clone(), media_type))
                }
            })
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

impl Channel for Smtp {
    fn medium(&self) -> &'static str {
        mail::EMAIL
    }

    async fn send(&self, m: &mail::QueuedMail) -> Result<(), &'static str> {
        self.send_mail(m).await
    }
}
