//! What the case pages of both sides share: reading a submitted form against a procedure,
//! checking uploaded files by their content, the legal calendar, and the labels of statuses.

use std::collections::BTreeMap;

use axum::extract::Multipart;
use nafida_domain::calendar::Calendar;
use nafida_domain::catalog::{DayCount, Field, Procedure, Representation};
use nafida_domain::profile::parse_birth_date;
use nafida_domain::{
    CnieNumber, Country, Date, Email, Idcs, NameAr, NameLatin, OrgId, OrgKind, Phone, PlaceName, profile::ETimbre,
};
use nafida_store::cases::NewAttachment;
use nafida_store::{catalog as store_catalog, orgs};

use crate::error::AppError;
use crate::forms::{FormErrors, domain_error_key};
use crate::page::PageCtx;
use crate::state::AppState;

/// Largest file accepted, per file.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// What a multipart form carried: text fields and files.
#[derive(Debug, Default)]
pub struct Submitted {
    /// Text values by name.
    pub values: BTreeMap<String, String>,
    /// Files by field name, in the order given: (file name, bytes).
    pub files: BTreeMap<String, Vec<(String, Vec<u8>)>>,
}

impl Submitted {
    /// The first file given for a field.
    pub fn file(&self, name: &str) -> Option<&(String, Vec<u8>)> {
        self.files.get(name).and_then(|f| f.first())
    }

    /// The values of the procedure's fields (`field_<name>`), by name.
    pub fn fields(&self) -> BTreeMap<String, String> {
        self.values.iter().filter_map(|(k, v)| k.strip_prefix("field_").map(|n| (n.to_string(), v.clone()))).collect()
    }
}

/// Reads a multipart form; a file larger than [`MAX_FILE_BYTES`] is an error for that field.
pub async fn read_multipart(mut form: Multipart) -> Result<(Submitted, Vec<String>), AppError> {
    let mut out = Submitted::default();
    let mut too_large = vec![];
    while let Some(field) = form.next_field().await.map_err(|_| AppError::PayloadTooLarge)? {
        let name = field.name().unwrap_or_default().to_string();
        match field.file_name().map(str::to_string) {
            Some(file_name) => {
                let bytes = field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?;
                if bytes.is_empty() {
                    continue;
                }
                if bytes.len() > MAX_FILE_BYTES {
                    too_large.push(name);
                    continue;
                }
                out.files.entry(name).or_default().push((file_name, bytes.to_vec()));
            }
            None => {
                let text = field.text().await.map_err(|_| AppError::PayloadTooLarge)?;
                out.values.insert(name, text);
            }
        }
    }
    Ok((out, too_large))
}

/// The media type of a file, from its first bytes: PDF, JPEG or PNG, nothing else.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else {
        None
    }
}

/// The kinds of administration a field of this kind may name.
fn org_kinds(kind: &str) -> Option<&'static [OrgKind]> {
    match kind {
        "commune" => Some(&[OrgKind::Commune]),
        "consular-post" => Some(&[OrgKind::ConsularPost]),
        "civil-status-office" => Some(&[OrgKind::CivilStatusOffice, OrgKind::ConsularPost]),
        "administration" => Some(OrgKind::ALL),
        _ => None,
    }
}

/// Whether a field applies given the other values (its `show_if`).
pub fn applies(field: &Field, values: &BTreeMap<String, String>) -> bool {
    field.show_if.as_ref().is_none_or(|(other, equals)| values.get(other).is_some_and(|v| v == equals))
}

/// Checks the values of a procedure's form; returns the normalised values to store (the CNIE
/// only masked) and every error at once.
pub async fn check_fields(
    state: &AppState,
    ctx: &PageCtx,
    p: &Procedure,
    values: &BTreeMap<String, String>,
    errors: &mut FormErrors,
) -> Result<BTreeMap<String, String>, AppError> {
    let today = Date::from_millis(state.clock().now().millis());
    let keyed = |key: &str| (key.to_string(), ctx.t(key));
    let dom = |e: nafida_domain::DomainError| keyed(&domain_error_key(&e));
    let mut clean = BTreeMap::new();
    for f in &p.fields {
        let raw = values.get(&f.name).map(|v| v.trim()).unwrap_or("");
        if !applies(f, values) {
            continue;
        }
        let name = format!("field_{}", f.name);
        if raw.is_empty() {
            if f.required {
                errors.add_keyed(
                    name,
                    "err-field-required",
                    ctx.t1("err-field-required", "field", f.label.get(ctx.lang.code())),
                );
            }
            continue;
        }
        let value: Result<String, (String, String)> = match f.kind.as_str() {
            "text" | "long-text" => {
                let limit: i64 = if f.kind == "text" { 200 } else { 4000 };
                if raw.chars().count() as i64 > limit || raw.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
                    Err(("err-text-too-long".to_string(), ctx.tn("err-text-too-long", limit)))
                } else {
                    Ok(raw.to_string())
                }
            }
            "text-ar" => NameAr::parse(raw).map(|n| n.as_str().to_string()).map_err(dom),
            "text-latin" => NameLatin::parse(raw).map(|n| n.as_str().to_string()).map_err(dom),
            "date" if f.name.contains("birth") => parse_birth_date(raw, today).map(|d| d.to_string()).map_err(dom),
            "date" => Date::parse(raw).map(|d| d.to_string()).map_err(dom),
            "number" => match raw.parse::<u32>() {
                Ok(n) if (1..=1_000_000).contains(&n) && (f.name != "copies" || n <= 5) => Ok(n.to_string()),
                _ => Err(keyed("err-number-invalid")),
            },
            "choice" => {
                if f.options.iter().any(|o| o.value == raw) {
                    Ok(raw.to_string())
                } else {
                    Err(keyed("err-choice-invalid"))
                }
            }
            "country" => Country::parse(raw).map(|c| c.code().to_string()).map_err(dom),
            "email" => Email::parse(raw).map(|e| e.as_str().to_string()).map_err(dom),
            "phone" => Phone::parse(raw).map(|p| p.as_str().to_string()).map_err(dom),
            "idcs" => Idcs::parse(raw).map(|i| i.as_str().to_string()).map_err(dom),
            "cnie" => CnieNumber::parse(raw).map(|c| c.masked()).map_err(dom),
            "etimbre" => ETimbre::parse(raw).map(|t| t.as_str().to_string()).map_err(dom),
            "complaint-topic" => {
                let offered = nafida_store::topics::list(state.db())
                    .await?
                    .into_iter()
                    .any(|t| t.id == raw && t.parent_id.is_some() && !t.retired);
                if offered { Ok(raw.to_string()) } else { Err(keyed("err-choice-invalid")) }
            }
            kind => match org_kinds(kind) {
                Some(kinds) => match OrgId::parse(raw) {
                    Ok(id) => match orgs::get(state.db(), &id).await? {
                        Some(o) if kinds.contains(&o.kind) => Ok(id.to_string()),
                        _ => Err(keyed("err-choice-invalid")),
                    },
                    Err(_) => Err(keyed("err-choice-invalid")),
                },
                None => PlaceName::parse(raw).map(|p| p.as_str().to_string()).map_err(dom),
            },
        };
        // A declaration made within its legal window (a birth or a death within 30 days).
        let value = match (value, f.max_days_ago) {
            (Ok(v), Some(days)) => match Date::parse(&v) {
                Ok(d) if d > today || today.days_since_epoch() - d.days_since_epoch() > i64::from(days) => {
                    Err(("err-date-within-days".to_string(), ctx.tn("err-date-within-days", i64::from(days))))
                }
                _ => Ok(v),
            },
            (value, _) => value,
        };
        match value {
            Ok(v) => {
                clean.insert(f.name.clone(), v);
            }
            Err((key, message)) => errors.add_keyed(name, &key, message),
        }
    }
    Ok(clean)
}

/// Checks uploaded files against the procedure's list: required documents present, every file
/// a PDF, JPEG or PNG by content. Returns the attachments to store (bytes saved to the file
/// store).
pub async fn check_documents(
    state: &AppState,
    ctx: &PageCtx,
    p: &Procedure,
    submitted: &Submitted,
    too_large: &[String],
    only: Option<&[String]>,
    errors: &mut FormErrors,
) -> Result<Vec<NewAttachment>, AppError> {
    let mut out = vec![];
    for d in &p.documents {
        if only.is_some_and(|o| !o.contains(&d.id)) {
            continue;
        }
        let input = format!("doc_{}", d.id);
        let name = input.clone();
        let label = d.label.get(ctx.lang.code());
        if too_large.contains(&input) {
            errors.add_keyed(name, "err-file-too-large", ctx.t1("err-file-too-large", "document", label));
            continue;
        }
        let given = submitted.files.get(&input).map(Vec::as_slice).unwrap_or_default();
        if given.is_empty() {
            if d.required || only.is_some() {
                errors.add_keyed(name, "err-document-required", ctx.t1("err-document-required", "document", label));
            }
            continue;
        }
        if given.len() > usize::from(d.max_files) {
            let text = ctx.tn1("err-too-many-files", i64::from(d.max_files), "document", label);
            errors.add_keyed(name, "err-too-many-files", text);
            continue;
        }
        for (filename, bytes) in given {
            match sniff(bytes) {
                None => {
                    errors.add_keyed(name, "err-file-type", ctx.t1("err-file-type", "document", label));
                    break;
                }
                Some(media_type) => out.push(attachment(state, &d.id, filename, bytes, media_type).await?),
            }
        }
    }
    Ok(out)
}

/// The person a representative files for: required when the procedure is only filed by
/// representatives, optional when it may be; a name of 2 to 120 characters.
pub fn check_represented(
    ctx: &PageCtx,
    p: &Procedure,
    submitted: &Submitted,
    errors: &mut FormErrors,
) -> Option<String> {
    let rule = p.representation();
    if rule == Representation::None {
        return None;
    }
    let name = submitted.values.get("represented_name").map(|v| v.trim()).unwrap_or_default();
    if name.is_empty() {
        if rule == Representation::Required {
            errors.add_keyed("represented_name", "err-represented-required", ctx.t("err-represented-required"));
        }
        return None;
    }
    let length = name.chars().count();
    if !(2..=120).contains(&length) || name.chars().any(char::is_control) {
        errors.add_keyed("represented_name", "err-represented-name", ctx.t("err-represented-name"));
        return None;
    }
    Some(name.to_string())
}

/// The mandate a representative files with: required, a PDF, JPEG or PNG by content.
pub async fn check_mandate(
    state: &AppState,
    ctx: &PageCtx,
    submitted: &Submitted,
    too_large: &[String],
    errors: &mut FormErrors,
) -> Result<Option<NewAttachment>, AppError> {
    let label = ctx.t("start-mandate");
    if too_large.iter().any(|n| n == "doc_mandate") {
        errors.add_keyed("doc_mandate", "err-file-too-large", ctx.t1("err-file-too-large", "document", &label));
        return Ok(None);
    }
    let Some((filename, bytes)) = submitted.file("doc_mandate") else {
        errors.add_keyed("doc_mandate", "err-document-required", ctx.t1("err-document-required", "document", &label));
        return Ok(None);
    };
    let Some(media_type) = sniff(bytes) else {
        errors.add_keyed("doc_mandate", "err-file-type", ctx.t1("err-file-type", "document", &label));
        return Ok(None);
    };
    Ok(Some(attachment(state, "mandate", filename, bytes, media_type).await?))
}

async fn attachment(
    state: &AppState,
    document_id: &str,
    filename: &str,
    bytes: &[u8],
    media_type: &str,
) -> Result<NewAttachment, AppError> {
    let key = state.files().put(bytes).await?;
    Ok(NewAttachment {
        document_id: document_id.to_string(),
        file_key: key.as_str().to_string(),
        filename: filename.chars().filter(|c| !c.is_control() && *c != '/' && *c != '\\').take(120).collect(),
        media_type: media_type.to_string(),
        size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
    })
}

/// The legal calendar, from the holidays table.
pub async fn calendar(state: &AppState) -> Result<Calendar, AppError> {
    Ok(Calendar::new(store_catalog::holidays(state.db()).await?.into_iter().map(|h| h.day)))
}

/// Days left on a case's clock (negative when overdue), in the procedure's count; while the
/// clock stands still (waiting for the person, or for a payment) the count stays where it
/// stopped.
pub fn clock_left(cal: &Calendar, now_millis: i64, c: &nafida_store::cases::CaseRow, count: DayCount) -> i64 {
    let at = c.waiting_since.map_or(now_millis, |since| since.min(now_millis));
    days_left(cal, Date::from_millis(at), &c.due_date, count)
}

/// Days left before the due date (negative when overdue), in the procedure's count.
pub fn days_left(cal: &Calendar, today: Date, due: &str, count: DayCount) -> i64 {
    Date::parse(due).map_or(0, |d| cal.days_between(today, d, count))
}

/// "12 days left" or "overdue by 3 days", in the reader's language.
pub fn countdown(ctx: &PageCtx, c: &nafida_store::cases::CaseRow, left: i64, count: DayCount) -> String {
    let unit = match count {
        DayCount::Working => "working",
        DayCount::Calendar => "calendar",
    };
    if c.waiting_since.is_some() {
        ctx.tn(&format!("countdown-stopped-{unit}"), left.max(0))
    } else if left >= 0 {
        ctx.tn(&format!("countdown-left-{unit}"), left)
    } else {
        ctx.tn(&format!("countdown-overdue-{unit}"), -left)
    }
}

/// A date for people: `30/11/2026`.
pub fn show_date(d: &str) -> String {
    Date::parse(d).map_or_else(|_| d.to_string(), |d| format!("{:02}/{:02}/{}", d.day, d.month, d.year))
}

/// An instant for people, in UTC: `30/11/2026 14:05 UTC`.
pub fn show_instant(millis: i64) -> String {
    let d = Date::from_millis(millis);
    let secs = millis.div_euclid(1000).rem_euclid(86_400);
    format!("{:02}/{:02}/{} {:02}:{:02} UTC", d.day, d.month, d.year, secs / 3600, (secs / 60) % 60)
}

/// The legal delay of a procedure in words ("7 working days").
pub fn delay_text(ctx: &PageCtx, p: &Procedure) -> String {
    match p.deadline.count {
        DayCount::Working => ctx.tn("delay-working", i64::from(p.deadline.days)),
        DayCount::Calendar => ctx.tn("delay-calendar", i64::from(p.deadline.days)),
    }
}

/// Whether a case was approved because the administration stayed silent past the deadline.
pub async fn tacitly_approved(state: &AppState, case_id: &str) -> Result<bool, AppError> {
    Ok(nafida_store::cases::events(state.db(), case_id, false)
        .await?
        .iter()
        .any(|e| e.action.as_deref() == Some("tacit-approval")))
}
