//! The mails the platform sends, rendered in the recipient's language from the Fluent files:
//! a plain-text part and an HTML part with the same words.

use fluent_bundle::{FluentArgs, FluentValue};
use nafida_store::mail::{EMAIL, NewMail, SMS};

use crate::Engine;
use crate::i18n::Lang;

/// What a mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// Confirm the address of a new account.
    Verify,
    /// Someone tried to sign up with an address that already has an account.
    AlreadyRegistered,
    /// Choose a new password.
    Reset,
    /// Confirm a new e-mail address.
    EmailChange,
    /// A staff member is invited to choose a password.
    Invite,
    /// Someone filed a request without an account: confirm the address to register it.
    ConfirmFiling,
}

impl MailKind {
    fn key(self) -> &'static str {
        match self {
            MailKind::Verify => "mail-verify",
            MailKind::AlreadyRegistered => "mail-already",
            MailKind::Reset => "mail-reset",
            MailKind::EmailChange => "mail-email-change",
            MailKind::Invite => "mail-invite",
            MailKind::ConfirmFiling => "mail-confirm-filing",
        }
    }
}

/// A rendered mail, or text message.
#[derive(Debug, Clone)]
pub struct RenderedMail {
    /// `email` or `sms` (see `nafida_store::mail`).
    pub channel: &'static str,
    /// Recipient: an address, or a phone number for a text message.
    pub to: String,
    /// Language.
    pub lang: Lang,
    /// Subject.
    pub subject: String,
    /// Plain text.
    pub text: String,
    /// HTML.
    pub html: String,
    /// An attachment (an appointment's calendar entry).
    pub attachment: Option<nafida_store::mail::Attachment>,
}

/// The outbox form of several messages.
pub fn outbox(mails: &[RenderedMail]) -> Vec<NewMail<'_>> {
    mails.iter().map(RenderedMail::as_new).collect()
}

impl RenderedMail {
    /// A text message (its text is also its subject in the outbox).
    pub fn sms(to: &str, lang: Lang, text: String) -> Self {
        RenderedMail {
            channel: SMS,
            to: to.to_string(),
            lang,
            subject: text.clone(),
            text,
            html: String::new(),
            attachment: None,
        }
    }

    /// The outbox form.
    pub fn as_new(&self) -> NewMail<'_> {
        NewMail {
            channel: self.channel,
            to: &self.to,
            lang: self.lang.code(),
            subject: &self.subject,
            text: &self.text,
            html: &self.html,
            attachment: self.attachment.as_ref(),
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A mail of a subject, a body (paragraphs apart by blank lines) and a link to act on.
pub fn simple(engine: &Engine, lang: Lang, to: &str, subject: &str, body: &str, link: &str) -> RenderedMail {
    let i18n = engine.i18n();
    let action = i18n.format(lang, "mail-receipt-action", None);
    let footer = i18n.format(lang, "mail-footer", None);
    let text = format!("{body}\n\n{action}:\n{link}\n\n-- \n{footer}\n");
    let paragraphs: String = body.split("\n\n").map(|p| format!("<p>{}</p>", escape(p))).collect();
    let html = format!(
        "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{s}</title></head>\
         <body style=\"font-family:sans-serif\">{paragraphs}<p><a href=\"{href}\">{a}</a></p><hr><p>{f}</p></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        s = escape(subject),
        href = escape(link),
        a = escape(&action),
        f = escape(&footer),
    );
    RenderedMail {
        channel: EMAIL,
        to: to.to_string(),
        lang,
        subject: subject.to_string(),
        text,
        html,
        attachment: None,
    }
}

/// Renders a mail. `path` is the link's path on this site (with its token).
pub fn render(engine: &Engine, lang: Lang, kind: MailKind, to: &str, path: &str) -> RenderedMail {
    let i18n = engine.i18n();
    let link = format!("{}{}", engine.settings().public_url, path);
    let mut args = FluentArgs::new();
    args.set("link", FluentValue::from(link.clone()));
    let key = kind.key();
    let subject = i18n.format(lang, &format!("{key}-subject"), None);
    let body = i18n.format(lang, &format!("{key}-body"), None);
    let action = i18n.format(lang, &format!("{key}-action"), None);
    let footer = i18n.format(lang, "mail-footer", None);
    let text = format!("{body}\n\n{action}:\n{link}\n\n-- \n{footer}\n");
    let paragraphs: String = body.split("\n\n").map(|p| format!("<p>{}</p>", escape(p))).collect();
    let html = format!(
        "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{subject}</title></head>\
         <body style=\"font-family:sans-serif\">{paragraphs}<p><a href=\"{href}\">{action}</a></p><p>{href}</p>\
         <hr><p>{footer}</p></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        subject = escape(&subject),
        href = escape(&link),
        action = escape(&action),
        footer = escape(&footer),
    );
    RenderedMail { channel: EMAIL, to: to.to_string(), lang, subject, text, html, attachment: None }
}

/// The receipt of a filing (law 55-19), by mail: reference, procedure, maximum decision date.
pub fn render_receipt(
    engine: &Engine,
    lang: Lang,
    to: &str,
    procedure: &nafida_domain::catalog::Procedure,
    reference: &str,
    due: &str,
) -> RenderedMail {
    let i18n = engine.i18n();
    let mut args = FluentArgs::new();
    args.set("reference", FluentValue::from(reference.to_string()));
    args.set("procedure", FluentValue::from(procedure.title.get(lang.code()).to_string()));
    args.set("due", FluentValue::from(crate::dates::show_date(due)));
    let subject = i18n.format(lang, "mail-receipt-subject", Some(&args));
    let body = i18n.format(lang, "mail-receipt-body", Some(&args));
    let action = i18n.format(lang, "mail-receipt-action", None);
    let footer = i18n.format(lang, "mail-footer", None);
    let link = format!("{}/cases/{reference}", engine.settings().public_url);
    let text = format!("{body}\n\n{action}:\n{link}\n\n-- \n{footer}\n");
    let paragraphs: String = body.split("\n\n").map(|p| format!("<p>{}</p>", escape(p))).collect();
    let html = format!(
        "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{s}</title></head><body>{paragraphs}\
         <p><a href=\"{href}\">{a}</a></p><hr><p>{f}</p></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        s = escape(&subject),
        href = escape(&link),
        a = escape(&action),
        f = escape(&footer),
    );
    RenderedMail { channel: EMAIL, to: to.to_string(), lang, subject, text, html, attachment: None }
}

/// What changed on a case, for the messages that tell the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseUpdate {
    /// The case was filed (the receipt mail goes anyway; this is the text message).
    Received,
    /// The administration asks for documents.
    Documents,
    /// A message from the administration.
    Message,
    /// A decision (approval, refusal, tacit approval).
    Decision,
    /// A document made for the person is ready at the counter (the place and the last day
    /// to collect it are told).
    Ready,
    /// Another step.
    Step,
    /// The administration let the legal time limit pass; the case went up to its supervisors.
    Overdue,
}

impl CaseUpdate {
    fn key(self) -> &'static str {
        match self {
            CaseUpdate::Received => "received",
            CaseUpdate::Documents => "documents",
            CaseUpdate::Message => "message",
            CaseUpdate::Decision => "decision",
            CaseUpdate::Ready => "ready",
            CaseUpdate::Step => "step",
            CaseUpdate::Overdue => "overdue",
        }
    }
}

/// The messages telling the person that their case moved, on the channels they chose in their
/// profile: an e-mail, a text message (to their phone), both or none (the in-app inbox always
/// shows it). They carry no detail of the case beyond its reference and procedure: the details
/// are behind sign-in.
pub async fn case_update(
    engine: &Engine,
    applicant_id: &str,
    reference: &str,
    procedure: &nafida_domain::catalog::Procedure,
    update: CaseUpdate,
) -> Result<Vec<RenderedMail>, crate::EngineError> {
    case_update_with(engine, applicant_id, reference, procedure, update, None).await
}

/// The messages of [`case_update`], telling where and until when a ready document is to be
/// collected when `pickup` is given.
pub async fn case_update_with(
    engine: &Engine,
    applicant_id: &str,
    reference: &str,
    procedure: &nafida_domain::catalog::Procedure,
    update: CaseUpdate,
    pickup: Option<&crate::cases::PickupDue>,
) -> Result<Vec<RenderedMail>, crate::EngineError> {
    let Some(account) = nafida_store::accounts::get(engine.db(), applicant_id).await? else { return Ok(vec![]) };
    let profile = nafida_store::profiles::get(engine.db(), &account.id).await?;
    let channels = nafida_domain::Channels::from_stored(&profile.channels);
    let lang = Lang::parse(&account.preferred_lang).unwrap_or(Lang::DEFAULT);
    let i18n = engine.i18n();
    let mut args = FluentArgs::new();
    args.set("reference", FluentValue::from(reference.to_string()));
    args.set("procedure", FluentValue::from(procedure.title.get(lang.code()).to_string()));
    if let Some(due) = pickup {
        args.set("place", FluentValue::from(crate::orgs::name(engine, &due.org_id, lang.code()).await?));
        args.set("until", FluentValue::from(crate::dates::show_date(&due.until.to_string())));
    }
    let link = format!("{}/cases/{reference}", engine.settings().public_url);
    let mut out = vec![];
    if let (true, Some(phone)) = (channels.sms, profile.phone.as_ref()) {
        args.set("link", FluentValue::from(link.clone()));
        out.push(RenderedMail::sms(
            phone,
            lang,
            i18n.format(lang, &format!("sms-update-{}", update.key()), Some(&args)),
        ));
    }
    if !channels.email || update == CaseUpdate::Received {
        return Ok(out);
    }
    let key = format!("mail-update-{}", update.key());
    let subject = i18n.format(lang, &format!("{key}-subject"), Some(&args));
    let body = i18n.format(lang, &format!("{key}-body"), Some(&args));
    let action = i18n.format(lang, "mail-receipt-action", None);
    let footer = i18n.format(lang, "mail-footer", None);
    let text = format!("{body}\n\n{action}:\n{link}\n\n-- \n{footer}\n");
    let html = format!(
        "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{s}</title></head><body><p>{b}</p>\
         <p><a href=\"{href}\">{a}</a></p><hr><p>{f}</p></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        s = escape(&subject),
        b = escape(&body),
        href = escape(&link),
        a = escape(&action),
        f = escape(&footer),
    );
    out.push(RenderedMail { channel: EMAIL, to: account.email, lang, subject, text, html, attachment: None });
    Ok(out)
}

/// The mail telling staff that a case is overdue and now theirs to follow.
pub fn render_escalation(
    engine: &Engine,
    lang: Lang,
    to: &str,
    procedure: &nafida_domain::catalog::Procedure,
    reference: &str,
    org_name: &str,
) -> RenderedMail {
    let i18n = engine.i18n();
    let mut args = FluentArgs::new();
    args.set("reference", FluentValue::from(reference.to_string()));
    args.set("procedure", FluentValue::from(procedure.title.get(lang.code()).to_string()));
    args.set("org", FluentValue::from(org_name.to_string()));
    let subject = i18n.format(lang, "mail-escalation-subject", Some(&args));
    let body = i18n.format(lang, "mail-escalation-body", Some(&args));
    let footer = i18n.format(lang, "mail-footer", None);
    let link = format!("{}/staff/cases/{reference}?reason=supervision", engine.settings().public_url);
    let text = format!("{body}\n\n{link}\n\n-- \n{footer}\n");
    let html = format!(
        "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{s}</title></head><body><p>{b}</p>\
         <p><a href=\"{href}\">{href}</a></p><hr><p>{f}</p></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        s = escape(&subject),
        b = escape(&body),
        href = escape(&link),
        f = escape(&footer),
    );
    RenderedMail { channel: EMAIL, to: to.to_string(), lang, subject, text, html, attachment: None }
}
