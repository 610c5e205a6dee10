//! Reading what a person sent against a procedure: the values of its fields, the files of its
//! documents (checked by their content), the person represented and their mandate. Every
//! problem is reported at once, as a coded [`Problem`](crate::Problem).

use std::collections::BTreeMap;

use nafida_domain::catalog::{Field, FieldKind, Procedure, Representation};
use nafida_domain::profile::{ETimbre, parse_birth_date};
use nafida_domain::{
    CnieNumber, Country, Date, DomainError, Email, Idcs, NameAr, NameLatin, OrgId, OrgKind, Phone, PlaceName,
};
use nafida_store::cases::NewAttachment;

use crate::refusal::{Arg, Outcome, Problem, Problems, Refusal};
use crate::{Engine, Result};

/// Largest file accepted, per file.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// What a form carried: text values and files, whatever front end read it.
#[derive(Debug, Default, Clone)]
pub struct Submitted {
    /// Text values by name.
    pub values: BTreeMap<String, String>,
    /// Files by field name, in the order given: (file name, bytes).
    pub files: BTreeMap<String, Vec<(String, Vec<u8>)>>,
    /// Inputs whose file was larger than [`MAX_FILE_BYTES`] (the bytes were not kept), or
    /// than the plan set's limit for a plan.
    pub too_large: Vec<String>,
    /// Plans (`plan_<id>`), spooled to the file store's staging folder as they arrived, never
    /// held whole in memory: (file name, the spooled file).
    pub spooled: BTreeMap<String, Vec<(String, std::sync::Arc<nafida_store::files::Spooled>)>>,
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

/// The media type of an uploaded file by its content, or the code of the problem: not a PDF,
/// JPEG or PNG (`file-type`), or one that cannot be read (`file-unreadable`).
pub fn content_type(bytes: &[u8]) -> std::result::Result<&'static str, &'static str> {
    match sniff(bytes) {
        None => Err("file-type"),
        Some(t) if !readable(bytes, t) => Err("file-unreadable"),
        Some(t) => Ok(t),
    }
}

/// Whether a file of this media type is whole enough to be read: a PDF with objects and its
/// end-of-file marker, a JPEG from its start marker to its end marker, a PNG with its header
/// and end chunks. A file that only begins like one (a few bytes typed after `%PDF-`, a
/// truncated upload) is not.
pub fn readable(bytes: &[u8], media_type: &str) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    let has = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    match media_type {
        "application/pdf" => has(tail, b"%%EOF") && has(bytes, b" obj") && bytes.len() >= 32,
        "image/jpeg" => bytes.len() > 4 && has(&bytes[bytes.len().saturating_sub(16)..], &[0xFF, 0xD9]),
        "image/png" => bytes.len() > 24 && &bytes[12..16] == b"IHDR" && has(tail, b"IEND"),
        _ => false,
    }
}

/// The code of a domain error's message.
pub fn domain_code(e: &DomainError) -> String {
    e.code().replace('.', "-")
}

/// The kinds of administration a field of this kind may name.
fn org_kinds(kind: FieldKind) -> Option<&'static [OrgKind]> {
    match kind {
        FieldKind::Commune => Some(&[OrgKind::Commune]),
        FieldKind::ConsularPost => Some(&[OrgKind::ConsularPost]),
        FieldKind::CivilStatusOffice => Some(&[OrgKind::CivilStatusOffice, OrgKind::ConsularPost]),
        FieldKind::Administration => Some(OrgKind::ALL),
        _ => None,
    }
}

/// The kinds of administration a field of an organisation kind offers and accepts.
pub fn accepted_org_kinds(field: &Field) -> Option<&[OrgKind]> {
    if field.kind == FieldKind::Administration && !field.org_kinds.is_empty() {
        return Some(&field.org_kinds);
    }
    org_kinds(field.kind)
}

/// Whether a field applies given the other values (its `show_if`).
pub fn applies(field: &Field, values: &BTreeMap<String, String>) -> bool {
    field.show_if.as_ref().is_none_or(|(other, equals)| values.get(other).is_some_and(|v| v == equals))
}

/// Checks the values of a procedure's form; returns the normalised values to store (the CNIE
/// only masked), adding every problem to `problems`.
pub async fn check_fields(
    engine: &Engine,
    p: &Procedure,
    values: &BTreeMap<String, String>,
    problems: &mut Problems,
) -> Result<BTreeMap<String, String>> {
    let today = Date::legal(engine.now());
    let dom = |e: DomainError| domain_code(&e);
    let mut clean = BTreeMap::new();
    for f in &p.fields {
        let raw = values.get(&f.name).map(|v| v.trim()).unwrap_or("");
        if !applies(f, values) {
            continue;
        }
        let name = format!("field_{}", f.name);
        if raw.is_empty() {
            if f.required {
                problems.push(Problem::new(name, "field-required").with("field", Arg::Label(f.label.clone())));
            }
            continue;
        }
        let value: Result<String, Problem> = match f.kind {
            FieldKind::Text | FieldKind::LongText => {
                let limit: i64 = if f.kind == FieldKind::Text { 200 } else { 4000 };
                if raw.chars().count() as i64 > limit || raw.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
                    Err(Problem::new(&name, "text-too-long").with("count", Arg::Count(limit)))
                } else {
                    Ok(raw.to_string())
                }
            }
            kind => {
                let coded: Result<String, String> = match kind {
                    FieldKind::TextAr => NameAr::parse(raw).map(|n| n.as_str().to_string()).map_err(dom),
                    FieldKind::TextLatin => NameLatin::parse(raw).map(|n| n.as_str().to_string()).map_err(dom),
                    FieldKind::Date if f.name.contains("birth") => {
                        parse_birth_date(raw, today).map(|d| d.to_string()).map_err(dom)
                    }
                    FieldKind::Date => Date::parse(raw).map(|d| d.to_string()).map_err(dom),
                    FieldKind::Number => match raw.parse::<u32>() {
                        Ok(n)
                            if (1..=1_000_000).contains(&n)
                                && (f.name != crate::contracts::field::COPIES || n <= 5) =>
                        {
                            Ok(n.to_string())
                        }
                        _ => Err("number-invalid".into()),
                    },
                    FieldKind::Choice => {
                        if f.options.iter().any(|o| o.value == raw) {
                            Ok(raw.to_string())
                        } else {
                            Err("choice-invalid".into())
                        }
                    }
                    FieldKind::Country => Country::parse(raw).map(|c| c.code().to_string()).map_err(dom),
                    FieldKind::Email => Email::parse(raw).map(|e| e.as_str().to_string()).map_err(dom),
                    FieldKind::Phone => Phone::parse(raw).map(|p| p.as_str().to_string()).map_err(dom),
                    FieldKind::Idcs => Idcs::parse(raw).map(|i| i.as_str().to_string()).map_err(dom),
                    FieldKind::Cnie => CnieNumber::parse(raw).map(|c| c.masked()).map_err(dom),
                    FieldKind::Etimbre => ETimbre::parse(raw).map(|t| t.as_str().to_string()).map_err(dom),
                    FieldKind::ComplaintTopic => {
                        let offered = nafida_store::topics::list(engine.db())
                            .await?
                            .into_iter()
                            .any(|t| t.id == raw && t.parent_id.is_some() && !t.retired);
                        if offered { Ok(raw.to_string()) } else { Err("choice-invalid".into()) }
                    }
                    kind => match accepted_org_kinds(f).filter(|_| org_kinds(kind).is_some()) {
                        Some(kinds) => match OrgId::parse(raw) {
                            Ok(id) => match nafida_store::orgs::get(engine.db(), &id).await? {
                                Some(o) if kinds.contains(&o.kind) => Ok(id.to_string()),
                                _ => Err("choice-invalid".into()),
                            },
                            Err(_) => Err("choice-invalid".into()),
                        },
                        None => PlaceName::parse(raw).map(|p| p.as_str().to_string()).map_err(dom),
                    },
                };
                coded.map_err(|code| Problem::new(&name, code))
            }
        };
        // A declaration made within its legal window (a birth or a death within 30 days).
        let value = match (value, f.max_days_ago) {
            (Ok(v), Some(days)) => match Date::parse(&v) {
                Ok(d) if d > today || today.days_since_epoch() - d.days_since_epoch() > i64::from(days) => {
                    Err(Problem::new(&name, "date-within-days").with("count", Arg::Count(i64::from(days))))
                }
                _ => Ok(v),
            },
            (value, _) => value,
        };
        match value {
            Ok(v) => {
                clean.insert(f.name.clone(), v);
            }
            Err(problem) => problems.push(problem),
        }
    }
    Ok(clean)
}

/// Checks uploaded files against the procedure's list (or only the documents `only` names):
/// required documents present, every file a PDF, JPEG or PNG by content. Returns the
/// attachments to record; their bytes are already in the content-addressed file store, which
/// is harmless if the command is then refused (nothing refers to them).
pub fn check_documents<'a>(
    p: &Procedure,
    submitted: &'a Submitted,
    only: Option<&[String]>,
    problems: &mut Problems,
) -> Vec<Upload<'a>> {
    let mut out = vec![];
    let values = submitted.fields();
    for d in &p.documents {
        if only.is_some_and(|o| !o.contains(&d.id)) {
            continue;
        }
        let input = format!("doc_{}", d.id);
        let label = || Arg::Label(d.label.clone());
        if submitted.too_large.contains(&input) {
            problems.push(Problem::new(&input, "file-too-large").with("document", label()));
            continue;
        }
        let given = submitted.files.get(&input).map(Vec::as_slice).unwrap_or_default();
        if given.is_empty() {
            if only.is_some() || d.required {
                problems.push(Problem::new(&input, "document-required").with("document", label()));
            } else if p.requires_document(&d.id, &values) {
                // The proof of the relation the person declared to the act's holder.
                problems.push(Problem::new(&input, "proof-required").with("document", label()));
            }
            continue;
        }
        if given.len() > usize::from(d.max_files) {
            problems.push(
                Problem::new(&input, "too-many-files")
                    .with("count", Arg::Count(i64::from(d.max_files)))
                    .with("document", label()),
            );
            continue;
        }
        for (filename, bytes) in given {
            match content_type(bytes) {
                Err(code) => {
                    problems.push(Problem::new(&input, code).with("document", label()));
                    break;
                }
                Ok(media_type) => out.push(Upload { document_id: d.id.clone(), filename, bytes, media_type }),
            }
        }
    }
    out
}

/// The input of a plan.
pub fn plan_input(id: &str) -> String {
    format!("plan_{id}")
}

/// The attachment's document id of a plan (its versions share it).
pub fn plan_document(id: &str) -> String {
    format!("plan-{id}")
}

/// A plan checked by its content, spooled, not stored yet.
#[derive(Debug, Clone)]
pub struct PlanUpload<'a> {
    /// The plan of the set it is.
    pub plan_id: String,
    /// The name it was sent with.
    pub filename: &'a str,
    /// The file.
    pub file: &'a nafida_store::files::Spooled,
}

/// Checks the plans of a form against the procedure's plan set: with `only`, just those plans
/// (a correction; at least one); otherwise every plan the file's answers need, one problem
/// naming each plan missing. Each is one PDF (by content) within the set's limit.
pub fn check_plans<'a>(
    p: &Procedure,
    submitted: &'a Submitted,
    values: &BTreeMap<String, String>,
    only: Option<&[String]>,
    problems: &mut Problems,
) -> Vec<PlanUpload<'a>> {
    let Some(set) = &p.plans else { return vec![] };
    let mut out = vec![];
    let limit = Arg::Count(i64::from(set.max_mb));
    let wanted: Vec<_> = match only {
        Some(ids) => set.plans.iter().filter(|plan| ids.contains(&plan.id)).collect(),
        None => set.required(values).collect(),
    };
    for plan in wanted {
        let input = plan_input(&plan.id);
        let label = || Arg::Label(plan.label.clone());
        if submitted.too_large.contains(&input) {
            problems.push(Problem::new(&input, "plan-too-large").with("plan", label()).with("limit", limit.clone()));
            continue;
        }
        let given = submitted.spooled.get(&input).map(Vec::as_slice).unwrap_or_default();
        match given {
            [] if only.is_none() => problems.push(Problem::new(&input, "plan-required").with("plan", label())),
            [] => {}
            [(filename, file)] => {
                if spooled_pdf(file) {
                    out.push(PlanUpload { plan_id: plan.id.clone(), filename, file });
                } else {
                    problems.push(Problem::new(&input, "plan-not-pdf").with("plan", label()));
                }
            }
            _ => problems.push(Problem::new(&input, "plan-one-file").with("plan", label())),
        }
    }
    if only.is_some() && out.is_empty() && problems.is_empty() {
        problems.push(Problem::new("plans", "plan-none"));
    }
    out
}

/// Stores checked plans (content-addressed, moved from the staging folder), once the whole
/// command passed its checks.
/// An unreachable file store refuses the command ("try again later") instead of failing it, so
/// the page shows the form again with what was typed.
pub async fn store_plans(engine: &Engine, plans: &[PlanUpload<'_>]) -> Outcome<Vec<NewAttachment>> {
    let mut out = Vec::with_capacity(plans.len());
    for u in plans {
        let key = match stored(engine.files().put_spooled(u.file).await)? {
            Ok(key) => key,
            Err(refusal) => return Ok(Err(refusal)),
        };
        out.push(NewAttachment {
            document_id: plan_document(&u.plan_id),
            file_key: key.as_str().to_string(),
            filename: clean_filename(u.filename),
            media_type: "application/pdf".to_string(),
            size_bytes: i64::try_from(u.file.size()).unwrap_or(i64::MAX),
        });
    }
    Ok(Ok(out))
}

/// A file-store write: done, refused as unavailable when the store does not answer (or its
/// disk fails), or another error.
pub fn stored<T>(r: std::result::Result<T, nafida_store::StoreError>) -> Outcome<T> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(e @ (nafida_store::StoreError::Unavailable(_) | nafida_store::StoreError::Io(_))) => {
            tracing::warn!(error = %e, "file store unavailable: the request is refused, to be sent again");
            Ok(Err(Refusal::Unavailable("files-unavailable")))
        }
        Err(e) => Err(e.into()),
    }
}

/// Whether a spooled file is a whole PDF by its content: its start, an object, its end marker.
pub fn spooled_pdf(file: &nafida_store::files::Spooled) -> bool {
    file.head().starts_with(b"%PDF-")
        && file.tail().windows(5).any(|w| w == b"%%EOF")
        && file.head().windows(4).any(|w| w == b" obj")
}

/// A file name as kept: no control characters nor path separators, 120 characters at most.
pub fn clean_filename(name: &str) -> String {
    name.chars().filter(|c| !c.is_control() && *c != '/' && *c != '\\').take(120).collect()
}

/// The person a representative files for: required when the procedure is only filed by
/// representatives, optional when it may be; a name of 2 to 120 characters.
pub fn check_represented(p: &Procedure, submitted: &Submitted, problems: &mut Problems) -> Option<String> {
    let rule = p.representation();
    if rule == Representation::None {
        return None;
    }
    let name = submitted.values.get("represented_name").map(|v| v.trim()).unwrap_or_default();
    if name.is_empty() {
        if rule == Representation::Required {
            problems.push(Problem::new("represented_name", "represented-required"));
        }
        return None;
    }
    let length = name.chars().count();
    if !(2..=120).contains(&length) || name.chars().any(char::is_control) {
        problems.push(Problem::new("represented_name", "represented-name"));
        return None;
    }
    Some(name.to_string())
}

/// The mandate a representative files with: required, a PDF, JPEG or PNG by content.
pub fn check_mandate<'a>(submitted: &'a Submitted, problems: &mut Problems) -> Option<Upload<'a>> {
    let label = || Arg::Key("start-mandate");
    let problem = |code: &str| Problem::new("doc_mandate", code).with("document", label());
    if submitted.too_large.iter().any(|n| n == "doc_mandate") {
        problems.push(problem("file-too-large"));
        return None;
    }
    let Some((filename, bytes)) = submitted.file("doc_mandate") else {
        problems.push(problem("document-required"));
        return None;
    };
    let media_type = match content_type(bytes) {
        Ok(media_type) => media_type,
        Err(code) => {
            problems.push(problem(code));
            return None;
        }
    };
    Some(Upload { document_id: crate::contracts::MANDATE_ATTACHMENT.into(), filename, bytes, media_type })
}

/// A file checked by its content, not stored yet: nothing is written for a form that is
/// refused.
#[derive(Debug, Clone)]
pub struct Upload<'a> {
    /// The document of the list it is.
    pub document_id: String,
    /// The name it was sent with.
    pub filename: &'a str,
    /// Its bytes.
    pub bytes: &'a [u8],
    /// Its media type, by content.
    pub media_type: &'static str,
}

/// Stores checked files (content-addressed), once the whole command passed its checks; refused
/// as unavailable when the file store does not answer.
pub async fn store(engine: &Engine, uploads: &[Upload<'_>]) -> Outcome<Vec<NewAttachment>> {
    let mut out = Vec::with_capacity(uploads.len());
    for u in uploads {
        let key = match stored(engine.files().put(u.bytes).await)? {
            Ok(key) => key,
            Err(refusal) => return Ok(Err(refusal)),
        };
        out.push(NewAttachment {
            document_id: u.document_id.clone(),
            file_key: key.as_str().to_string(),
            filename: clean_filename(u.filename),
            media_type: u.media_type.to_string(),
            size_bytes: i64::try_from(u.bytes.len()).unwrap_or(i64::MAX),
        });
    }
    Ok(Ok(out))
}
