//! The person's side of cases: starting a procedure from the catalogue, the receipt (law
//! 55-19), the dashboard of all own cases, and the case page with its timeline, messages,
//! requested documents and withdrawal. A case that is not the person's answers 404, exactly
//! like one that does not exist.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::catalog::{Actor, Procedure, Representation, Workflow};
use nafida_domain::profile::countries;
use nafida_domain::{CaseRef, Date, OrgKind};
use nafida_store::cases::{self, CaseRow, EventActor, Filed, NewCase, NewEvent};
use nafida_store::{orgs, profiles};
use serde::Deserialize;

use crate::auth::{Citizen, new_token};
use crate::casework::{self, Submitted};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A choice in a select.
pub struct Opt {
    value: String,
    label: String,
    selected: bool,
}

/// A form field ready for the template.
pub struct FieldView {
    name: String,
    label: String,
    hint: Option<String>,
    condition: Option<String>,
    widget: &'static str,
    input_type: &'static str,
    value: String,
    options: Vec<Opt>,
    required: bool,
    dir: &'static str,
}

/// A document input.
pub struct DocView {
    name: String,
    label: String,
    required: bool,
    /// "Up to N files" when more than one may be given, else empty.
    max_files: String,
}

impl DocView {
    fn new(ctx: &PageCtx, d: &nafida_domain::catalog::DocumentSpec, required: bool) -> DocView {
        DocView {
            name: format!("doc_{}", d.id),
            label: d.label.get(ctx.lang.code()).to_string(),
            required,
            max_files: if d.max_files > 1 { ctx.tn("start-max-files", i64::from(d.max_files)) } else { String::new() },
        }
    }
}

#[derive(Template)]
#[template(path = "cases/start.html")]
struct StartPage {
    ctx: PageCtx,
    procedure_id: String,
    title: String,
    fields: Vec<FieldView>,
    documents: Vec<DocView>,
    errors: FormErrors,
    idempotency_key: String,
    delay: String,
    /// Whether a representative may (`optional`) or must (`required`) file; empty if not.
    representation: &'static str,
    /// Whether the form asks for a civil-status office (then a search narrows the list).
    /// Which search the page offers above the form: `office`, `administration` or none.
    office_search: &'static str,
    office_q: String,
    /// Where the form goes: the signed-in filing, or the filing without an account (which
    /// also asks for the e-mail address).
    action: String,
    anonymous: bool,
    email: String,
    represented_name: String,
}

fn now(state: &AppState) -> i64 {
    state.clock().now().millis()
}

fn procedure<'a>(state: &'a AppState, id: &str) -> Result<&'a Procedure, AppError> {
    state.catalog().catalog.procedures.get(id).ok_or(AppError::NotFound)
}

async fn field_views(
    state: &AppState,
    ctx: &PageCtx,
    p: &Procedure,
    values: &BTreeMap<String, String>,
) -> Result<Vec<FieldView>, AppError> {
    let code = ctx.lang.code();
    let all_orgs = orgs::list(state.db()).await?;
    // The office search: spelling-tolerant, on the office's names and its commune's, in the
    // three languages ("Al Hoceima", "Alhoceima", "Al-Hoceima", "الحسيمة" all find it).
    // The whole query, or each of its words ("consulat Bruxelles") found in one of the names.
    let key = nafida_domain::civil::name_key;
    let wanted = values.get(OFFICE_QUERY).map(|q| key(q)).filter(|q| !q.is_empty());
    let words: Vec<String> = values
        .get(OFFICE_QUERY)
        .map(|q| q.split_whitespace().map(key).filter(|w| !w.is_empty()).collect())
        .unwrap_or_default();
    let office_matches = |o: &nafida_domain::Org| {
        let Some(q) = &wanted else { return true };
        let parent = o.parent.as_ref().and_then(|p| all_orgs.iter().find(|x| &x.id == p));
        [Some(o), parent].into_iter().flatten().any(|org| {
            [&org.name.ar, &org.name.fr, &org.name.en].iter().any(|n| {
                let n = key(n);
                n.contains(q.as_str()) || words.iter().all(|w| n.contains(w.as_str()))
            })
        })
    };
    let mut out = vec![];
    for f in &p.fields {
        let value = values.get(&f.name).cloned().unwrap_or_default();
        let org_opts = |kinds: &[OrgKind]| -> Vec<Opt> {
            let mut v: Vec<Opt> = all_orgs
                .iter()
                .filter(|o| kinds.contains(&o.kind))
                .map(|o| Opt {
                    value: o.id.to_string(),
                    label: o.name.get(code).to_string(),
                    selected: o.id.as_str() == value,
                })
                .collect();
            v.sort_by(|a, b| a.label.cmp(&b.label));
            v
        };
        let (widget, input_type, options) = match f.kind.as_str() {
            "choice" => (
                "select",
                "",
                f.options
                    .iter()
                    .map(|o| Opt {
                        value: o.value.clone(),
                        label: o.label.get(code).to_string(),
                        selected: o.value == value,
                    })
                    .collect(),
            ),
            "country" => {
                let mut v: Vec<Opt> = countries()
                    .iter()
                    .map(|c| Opt {
                        value: c.code.clone(),
                        label: match ctx.lang {
                            Lang::Ar => c.ar.clone(),
                            Lang::Fr => c.fr.clone(),
                            Lang::En => c.en.clone(),
                        },
                        selected: c.code == value,
                    })
                    .collect();
                v.sort_by(|a, b| a.label.cmp(&b.label));
                ("select", "", v)
            }
            "commune" => ("select", "", org_opts(&[OrgKind::Commune])),
            "consular-post" => ("select", "", org_opts(&[OrgKind::ConsularPost])),
            "civil-status-office" => {
                let mut v: Vec<Opt> = all_orgs
                    .iter()
                    .filter(|o| matches!(o.kind, OrgKind::CivilStatusOffice | OrgKind::ConsularPost))
                    .filter(|o| office_matches(o))
                    .map(|o| Opt {
                        value: o.id.to_string(),
                        label: o.name.get(code).to_string(),
                        selected: o.id.as_str() == value,
                    })
                    .collect();
                v.sort_by(|a, b| a.label.cmp(&b.label));
                if let [only] = v.as_mut_slice() {
                    only.selected = true;
                }
                ("select", "", v)
            }
            "administration" => {
                // Searchable like the offices; the chosen one stays offered whatever the search.
                let mut v = org_opts(OrgKind::ALL);
                v.retain(|o| {
                    o.selected || all_orgs.iter().any(|org| org.id.as_str() == o.value && office_matches(org))
                });
                if let [only] = v.as_mut_slice() {
                    only.selected = true;
                }
                ("select", "", v)
            }
            "complaint-topic" => ("select", "", topic_options(state, code, &value).await?),
            "long-text" => ("textarea", "", vec![]),
            "date" => ("input", "date", vec![]),
            "number" => ("input", "number", vec![]),
            "email" => ("input", "email", vec![]),
            "phone" => ("input", "tel", vec![]),
            _ => ("input", "text", vec![]),
        };
        let condition = f.show_if.as_ref().map(|(other, equals)| {
            let label = p
                .fields
                .iter()
                .find(|o| &o.name == other)
                .and_then(|o| o.options.iter().find(|opt| &opt.value == equals))
                .map_or_else(|| equals.clone(), |opt| opt.label.get(code).to_string());
            ctx.t1("form-only-if", "choice", &label)
        });
        let dir = match f.kind.as_str() {
            "text-ar" => "rtl",
            "text-latin" | "email" | "phone" | "idcs" | "cnie" | "etimbre" => "ltr",
            _ => "",
        };
        out.push(FieldView {
            name: format!("field_{}", f.name),
            label: f.label.get(code).to_string(),
            hint: f.hint.as_ref().map(|h| h.get(code).to_string()),
            condition,
            widget,
            input_type,
            value,
            options,
            required: f.required,
            dir,
        });
    }
    Ok(out)
}

/// The value carrying the address of a filing without an account.
pub const ANONYMOUS_EMAIL: &str = "\u{0}email";

/// The start page of a procedure; with an empty `user_id`, the filing without an account.
pub async fn start_page(
    state: &AppState,
    ctx: PageCtx,
    p: &Procedure,
    user_id: &str,
    values: &BTreeMap<String, String>,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let mut fields = field_views(state, &ctx, p, values).await?;
    // A field naming one of the person's own requests lists them.
    if p.fields.iter().any(|f| f.kind == "own-case") && !user_id.is_empty() {
        let own = cases::for_applicant(state.db(), user_id, None, 100).await?;
        for (view, f) in fields.iter_mut().zip(&p.fields).filter(|(_, f)| f.kind == "own-case") {
            let value = values.get(&f.name).cloned().unwrap_or_default();
            view.widget = "select";
            view.options = own
                .iter()
                .filter(|c| c.procedure_id != p.id)
                .map(|c| Opt {
                    label: format!(
                        "{} — {}",
                        c.reference,
                        procedure(state, &c.procedure_id)
                            .map(|x| x.title.get(ctx.lang.code()).to_string())
                            .unwrap_or_default()
                    ),
                    selected: c.reference == value,
                    value: c.reference.clone(),
                })
                .collect();
        }
    }
    let code = ctx.lang.code();
    let documents = p.documents.iter().map(|d| DocView::new(&ctx, d, d.required)).collect();
    let delay = casework::delay_text(&ctx, p);
    let lang = ctx.lang;
    let page = StartPage {
        procedure_id: p.id.clone(),
        title: p.title.get(code).to_string(),
        fields,
        documents,
        errors,
        idempotency_key: values.get("idempotency_key").cloned().unwrap_or(new_token()?),
        delay,
        representation: match p.representation() {
            Representation::None => "",
            Representation::Optional => "optional",
            Representation::Required => "required",
        },
        represented_name: values.get("represented_name").cloned().unwrap_or_default(),
        office_search: if p.fields.iter().any(|f| f.kind == "civil-status-office") {
            "office"
        } else if p.fields.iter().any(|f| f.kind == "administration") {
            "administration"
        } else {
            ""
        },
        action: if user_id.is_empty() { "/complaints/new".to_string() } else { format!("/catalogue/{}/start", p.id) },
        anonymous: user_id.is_empty(),
        email: values.get(ANONYMOUS_EMAIL).cloned().unwrap_or_default(),
        office_q: values.get(OFFICE_QUERY).cloned().unwrap_or_default(),
        ctx,
    };
    render(&page, lang)
}

/// The sub-topics still offered, as "Topic — sub-topic".
async fn topic_options(state: &AppState, code: &str, value: &str) -> Result<Vec<Opt>, AppError> {
    let all = nafida_store::topics::list(state.db()).await?;
    Ok(all
        .iter()
        .filter(|t| !t.retired)
        .filter_map(|t| {
            let parent = all.iter().find(|p| Some(&p.id) == t.parent_id.as_ref())?;
            Some(Opt {
                value: t.id.clone(),
                label: format!("{} — {}", parent.name.get(code), t.name.get(code)),
                selected: t.id == value,
            })
        })
        .collect())
}

/// The value carrying the office search of a start page.
pub const OFFICE_QUERY: &str = "\u{0}office_q";

/// The start page's office search, and values to start with (`field_<name>`, as a link from
/// another page gives them: a complaint about a given request).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartQuery {
    office_q: String,
    #[serde(flatten)]
    prefill: BTreeMap<String, String>,
}

/// `GET /catalogue/{id}/start`: the procedure's form, pre-filled from the profile; `office_q`
/// narrows the list of civil-status offices.
pub async fn show_start(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<StartQuery>,
) -> Result<Response, AppError> {
    let p = procedure(&state, &id)?;
    let profile = profiles::get(state.db(), &user.account.id).await?;
    let mut values = BTreeMap::new();
    if !q.office_q.trim().is_empty() {
        values.insert(OFFICE_QUERY.to_string(), q.office_q.chars().take(80).collect());
    }
    for f in &p.fields {
        if let Some(v) = q.prefill.get(&format!("field_{}", f.name)) {
            values.insert(f.name.clone(), v.chars().take(200).collect());
        }
    }
    for f in &p.fields {
        let prefill = match f.kind.as_str() {
            "consular-post" => profile.consular_post_id.clone(),
            "country" if f.name.contains("residence") => profile.residence_country.clone(),
            "idcs" => profile.idcs.clone(),
            "phone" => profile.phone.clone(),
            _ => None,
        };
        if let Some(v) = prefill {
            values.insert(f.name.clone(), v);
        }
    }
    start_page(&state, ctx, p, &user.account.id, &values, FormErrors::default()).await
}

/// `POST /catalogue/{id}/start`: files the case (once, whatever the retries) and shows the
/// receipt.
pub async fn file_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
    form: Multipart,
) -> Result<Response, AppError> {
    let p = procedure(&state, &id)?;
    let (submitted, too_large) = casework::read_multipart(form).await?;
    match file_submission(&state, &ctx, &user.account, p, &submitted, &too_large).await? {
        Filing::Invalid(mut errors, values) => {
            errors.add("documents", ctx.t("form-files-again"));
            start_page(&state, ctx, p, &user.account.id, &values, errors).await
        }
        Filing::Done(filed) => {
            let (Filed::Created(c) | Filed::AlreadyFiled(c)) = *filed;
            Ok(Redirect::to(&format!("/cases/{}/receipt", c.reference)).into_response())
        }
    }
}

/// What a filing gave: the case (new, or the one this submission already filed), or every
/// error at once with what was typed.
pub enum Filing {
    /// Filed.
    Done(Box<Filed>),
    /// Refused: the errors and the values to show again.
    Invalid(FormErrors, BTreeMap<String, String>),
}

/// Files a case from a submitted form (`field_<name>`, `doc_<id>`, `represented_name`,
/// `idempotency_key`), for the form page and the JSON API alike: checks every field and file,
/// routes it, computes its deadline, and writes it with its receipt mail in one transaction.
pub async fn file_submission(
    state: &AppState,
    ctx: &PageCtx,
    account: &nafida_store::accounts::Account,
    p: &Procedure,
    submitted: &Submitted,
    too_large: &[String],
) -> Result<Filing, AppError> {
    let fields = submitted.fields();
    let mut errors = FormErrors::default();
    let clean = casework::check_fields(state, ctx, p, &fields, &mut errors).await?;
    // A field naming one of the person's own requests: theirs, or refused (the same answer as
    // for a reference that does not exist).
    let mut related = None;
    for f in p.fields.iter().filter(|f| f.kind == "own-case") {
        let Some(reference) = clean.get(&f.name) else { continue };
        match own_case(state, &account.id, reference).await {
            Ok(c) => related = Some(c.id),
            Err(AppError::NotFound) => {
                errors.add_keyed(format!("field_{}", f.name), "err-own-case", ctx.t("err-own-case"))
            }
            Err(e) => return Err(e),
        }
    }
    let key = submitted.values.get("idempotency_key").cloned().unwrap_or_default();
    if !(16..=128).contains(&key.len()) {
        errors.add_keyed("idempotency_key", "err-idempotency-key", ctx.t("error-csrf-text"));
    }
    let represented = casework::check_represented(ctx, p, submitted, &mut errors);
    let mut attachments = if errors.is_empty() {
        casework::check_documents(state, ctx, p, submitted, too_large, None, &mut errors).await?
    } else {
        vec![]
    };
    if errors.is_empty() && represented.is_some() {
        attachments.extend(casework::check_mandate(state, ctx, submitted, too_large, &mut errors).await?);
    }
    if !errors.is_empty() {
        let mut values = fields;
        values.insert("idempotency_key".into(), key);
        values.insert("represented_name".into(), submitted.values.get("represented_name").cloned().unwrap_or_default());
        return Ok(Filing::Invalid(errors, values));
    }
    let org = match &p.routing {
        nafida_domain::catalog::Routing::Field(f) => clean.get(f).cloned(),
        nafida_domain::catalog::Routing::Org(o) => Some(o.clone()),
    }
    .ok_or(AppError::NotFound)?;
    // A field naming any administration (complaints, passports) routes to the one chosen; a
    // commune or a post routes to its service of the responsible kind.
    let any = matches!(&p.routing, nafida_domain::catalog::Routing::Field(f) if p.fields.iter().any(|x| &x.name == f && x.kind == "administration"));
    let org = if any { org } else { responsible_org(state, &org, p.responsible).await? };
    let workflow = state.catalog().catalog.workflow_of(p).ok_or(AppError::Internal("workflow".into()))?;
    let initial = workflow.status(&workflow.initial).ok_or(AppError::Internal("initial status".into()))?;
    let t = now(state);
    let cal = casework::calendar(state).await?;
    let due = cal.due_date(Date::from_millis(t), p.deadline.days, p.deadline.count, 0).to_string();
    let mut random = [0u8; 7];
    getrandom::fill(&mut random).map_err(|e| AppError::Internal(e.to_string()))?;
    let reference = CaseRef::generate("AH", Date::from_millis(t).year, random);
    let form_data = serde_json::to_string(&clean).map_err(|e| AppError::Internal(e.to_string()))?;
    let mail_lang = Lang::parse(&account.preferred_lang).unwrap_or(ctx.lang);
    let receipt = crate::mails::render_receipt(state, mail_lang, &account.email, p, reference.as_str(), &due);
    // The same person filing the same form again while the first is open: the administration
    // sees a possible duplicate (a second request may be deliberate, so it is not refused).
    let twins = cases::open_twins(state.db(), &account.id, &p.id, &form_data, represented.as_deref()).await?;
    // Something to pay: the request waits for its payment before the office takes it up.
    let mut flags: Vec<&str> = vec![];
    if p.price(&clean).total() > 0 {
        flags.push(crate::payments::AWAITING);
    }
    if !twins.is_empty() {
        flags.push("possible-duplicate");
    }
    let flags = flags.join(",");
    let new = NewCase {
        reference: reference.as_str(),
        procedure_id: &p.id,
        procedure_version: i64::from(p.version),
        applicant_id: &account.id,
        org_id: &org,
        status: &initial.id,
        phase: &initial.phase,
        form_data: &form_data,
        due_date: &due,
        idempotency_key: &key,
        represented_name: represented.as_deref(),
        flags: &flags,
        related_case_id: related.as_deref(),
        // The administration's clock starts once the request is paid.
        clock_stopped: flags.split(',').any(|f| f == crate::payments::AWAITING),
    };
    // The receipt goes by e-mail whatever the channels (law 55-19); a text message too if
    // the person chose it.
    let mut mails = vec![receipt];
    mails.extend(
        crate::mails::case_update(state, &account.id, reference.as_str(), p, crate::mails::CaseUpdate::Received)
            .await?,
    );
    let outbox = crate::mails::outbox(&mails);
    Ok(Filing::Done(Box::new(cases::file(state.db(), &new, &attachments, &outbox, t).await?)))
}

/// The administration that handles a case routed to `chosen`: the chosen one if it is of the
/// responsible kind, else its service of that kind (a commune's urbanism service or
/// civil-status office).
async fn responsible_org(state: &AppState, chosen: &str, kind: OrgKind) -> Result<String, AppError> {
    let all = orgs::list(state.db()).await?;
    let Some(org) = all.iter().find(|o| o.id.as_str() == chosen) else { return Err(AppError::NotFound) };
    if org.kind == kind || matches!((org.kind, kind), (OrgKind::ConsularPost, OrgKind::CivilStatusOffice)) {
        return Ok(org.id.to_string());
    }
    all.iter()
        .find(|o| o.parent.as_ref() == Some(&org.id) && o.kind == kind)
        .map(|o| o.id.to_string())
        .ok_or_else(|| AppError::Internal(format!("no {} under {chosen}", kind.as_str())))
}

/// The case of this reference if it belongs to the person, else 404 (the same answer as for a
/// reference that does not exist).
pub async fn own_case(state: &AppState, user_id: &str, reference: &str) -> Result<CaseRow, AppError> {
    let r = CaseRef::parse(reference).map_err(|_| AppError::NotFound)?;
    match cases::by_reference(state.db(), r.as_str()).await? {
        Some(c) if c.applicant_id == user_id => Ok(c),
        _ => Err(AppError::NotFound),
    }
}

/// The procedure version a case was filed under, with its workflow as it was then.
pub async fn case_procedure(state: &AppState, c: &CaseRow) -> Result<crate::catalog::Pinned, AppError> {
    state.catalog().version(state.db(), &c.procedure_id, c.procedure_version).await.map_err(AppError::Internal)
}

#[derive(Template)]
#[template(path = "cases/receipt.html")]
struct ReceiptPage {
    ctx: PageCtx,
    reference: String,
    title: String,
    org_name: String,
    filed: String,
    due: String,
    delay: String,
    /// The request waits for its payment: the date moves with it.
    awaiting_payment: bool,
}

/// `GET /cases/{ref}/receipt`: the receipt of law 55-19, printable.
pub async fn show_receipt(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let (p, _) = case_procedure(&state, &c).await?;
    let code = ctx.lang.code();
    let org_name = org_name(&state, &c.org_id, code).await?;
    let delay = casework::delay_text(&ctx, &p);
    let lang = ctx.lang;
    render(
        &ReceiptPage {
            reference: c.reference.clone(),
            title: p.title.get(code).to_string(),
            org_name,
            filed: casework::show_instant(c.filed_at),
            due: casework::show_date(&c.due_date),
            delay,
            awaiting_payment: c.flags.split(',').any(|f| f == crate::payments::AWAITING),
            ctx,
        },
        lang,
    )
}

/// The names of every administration in one language, read once for a page that names many
/// (a history, an inbox, a list) instead of once per line.
pub struct OrgNames(BTreeMap<String, String>);

impl OrgNames {
    /// Reads the names.
    pub async fn load(state: &AppState, lang: &str) -> Result<Self, AppError> {
        Ok(Self::from_orgs(&orgs::list(state.db()).await?, lang))
    }

    /// The names of administrations already read.
    pub fn from_orgs(all: &[nafida_domain::Org], lang: &str) -> Self {
        OrgNames(all.iter().map(|o| (o.id.to_string(), o.name.get(lang).to_string())).collect())
    }

    /// The name of an administration (its id when unknown).
    pub fn get(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// The name of an administration in a language.
pub async fn org_name(state: &AppState, id: &str, lang: &str) -> Result<String, AppError> {
    let id = nafida_domain::OrgId::parse(id).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(orgs::get(state.db(), &id).await?.map_or_else(|| id.to_string(), |o| o.name.get(lang).to_string()))
}

/// A case in the dashboard.
pub struct DashRow {
    reference: String,
    title: String,
    org_name: String,
    phase_key: String,
    status: String,
    countdown: String,
    overdue: bool,
    next_action_key: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "cases/dashboard.html")]
struct DashboardPage {
    ctx: PageCtx,
    rows: Vec<DashRow>,
}

fn is_open(phase: &str) -> bool {
    matches!(phase, "received" | "in-progress" | "waiting-for-you")
}

/// `GET /cases`: every own case across administrations, one status vocabulary.
pub async fn list_cases(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let list = cases::for_applicant(state.db(), &user.account.id, None, 100).await?;
    let cal = casework::calendar(&state).await?;
    let code = ctx.lang.code();
    let names = OrgNames::load(&state, code).await?;
    let mut rows = vec![];
    for c in list {
        let (p, w) = case_procedure(&state, &c).await?;
        let left = casework::clock_left(&cal, now(&state), &c, p.deadline.count);
        rows.push(DashRow {
            title: p.title.get(code).to_string(),
            org_name: names.get(&c.org_id),
            phase_key: format!("phase-{}", c.phase),
            status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
            countdown: if is_open(&c.phase) {
                casework::countdown(&ctx, &c, left, p.deadline.count)
            } else {
                String::new()
            },
            overdue: is_open(&c.phase) && c.phase != "waiting-for-you" && left < 0,
            next_action_key: (c.phase == "waiting-for-you").then_some("next-send-documents"),
            reference: c.reference,
        });
    }
    let lang = ctx.lang;
    render(&DashboardPage { ctx, rows }, lang)
}

/// An event of the timeline as the person sees it.
pub struct TimelineRow {
    pub(crate) when: String,
    pub(crate) text: String,
    pub(crate) body: Option<String>,
    pub(crate) viewed: bool,
}

/// Renders an event for people (both sides and the inbox use it).
pub fn describe(names: &OrgNames, ctx: &PageCtx, w: &Workflow, e: &cases::EventRow) -> TimelineRow {
    let code = ctx.lang.code();
    let who = match (&e.actor_org_id, e.actor_role.as_str()) {
        (Some(org), role) => format!("{} ({})", names.get(org), ctx.t(&format!("role-{role}"))),
        (None, "system") => ctx.t("actor-system"),
        _ => ctx.t("actor-you"),
    };
    let label = |s: &Option<String>| {
        s.as_deref().and_then(|s| w.status(s)).map(|s| s.label.get(code).to_string()).unwrap_or_default()
    };
    let text = match e.kind.as_str() {
        "filed" => ctx.t("event-filed"),
        "transition" => format!("{} — {who}", ctx.t1("event-transition", "status", &label(&e.to_status))),
        "message" => ctx.t1("event-message", "who", &who),
        "note" => ctx.t1("event-note", "who", &who),
        "viewed" => ctx.t1("event-viewed", "who", &who),
        "assigned" => ctx.t1("event-assigned", "who", &who),
        "escalated" => ctx.t(&format!("event-escalated-{}", e.body.as_deref().unwrap_or("supervisor"))),
        "opinion-requested" => ctx.t1("event-opinion-requested", "org", &names.get(e.body.as_deref().unwrap_or(""))),
        "opinion-given" => {
            let verdict = e.body.as_deref().and_then(|b| b.lines().next()).unwrap_or("");
            format!("{} — {}", ctx.t1("event-opinion-given", "who", &who), ctx.t(&format!("verdict-{verdict}")))
        }
        "extended" => ctx.tn(
            "event-extended",
            e.body.as_deref().and_then(|b| b.lines().next()).and_then(|d| d.parse().ok()).unwrap_or(0),
        ),
        "transferred" => {
            let to = e.body.as_deref().and_then(|b| b.lines().next()).unwrap_or("");
            ctx.t1("event-transferred", "org", &names.get(to))
        }
        "fast-lane" => ctx.t1("event-fast-lane", "who", &who),
        "document-issued" => ctx.t1("event-document-issued", "code", e.body.as_deref().unwrap_or("")),
        "paid" => ctx.tn(
            "event-paid",
            e.body.as_deref().and_then(|b| b.lines().next()).and_then(|a| a.parse().ok()).unwrap_or(0),
        ),
        "no-act-match" => ctx.t("event-no-act-match"),
        "registered" => ctx.t1("event-registered", "act", e.body.as_deref().unwrap_or("")),
        "posted" => ctx.t1("event-posted", "tracking", e.body.as_deref().unwrap_or("")),
        "rated" => ctx.tn("event-rated", e.body.as_deref().and_then(|b| b.parse().ok()).unwrap_or(0)),
        "mediateur-export" => ctx.t("event-mediateur-export"),
        "corrected" => ctx.t("event-corrected"),
        "document-revoked" => {
            ctx.t1("event-document-revoked", "code", e.body.as_deref().and_then(|b| b.lines().next()).unwrap_or(""))
        }
        "fast-lane-off" => ctx.t1("event-fast-lane-off", "who", &who),
        other => other.to_string(),
    };
    let body = match e.kind.as_str() {
        "viewed" => e.body.as_deref().map(|r| ctx.t(&format!("view-reason-{r}"))),
        "escalated" => None,
        "transferred" | "opinion-given" => {
            e.body.as_deref().and_then(|b| b.split_once('\n')).map(|(_, text)| text.to_string())
        }
        "opinion-requested" | "document-issued" | "corrected" | "registered" | "posted" | "rated" => None,
        "paid" => {
            e.body.as_deref().and_then(|b| b.split_once('\n')).map(|(_, r)| ctx.t1("event-paid-receipt", "receipt", r))
        }
        "no-act-match" => Some(ctx.t("event-no-act-match-text")),
        "document-revoked" => e.body.as_deref().and_then(|b| b.split_once('\n')).map(|(_, r)| r.to_string()),
        "transition" if e.action.as_deref() == Some("tacit-approval") => Some(ctx.t("event-tacit-approval")),
        _ => e.body.clone(),
    };
    TimelineRow { when: casework::show_instant(e.at), text, body, viewed: e.kind == "viewed" }
}

/// The history of a case for people; internal notes only for staff.
pub async fn timeline(
    state: &AppState,
    ctx: &PageCtx,
    c: &CaseRow,
    w: &Workflow,
    staff_view: bool,
    names: &OrgNames,
) -> Result<Vec<TimelineRow>, AppError> {
    let mut out = vec![];
    for e in cases::events(state.db(), &c.id, staff_view).await? {
        out.push(describe(names, ctx, w, &e));
    }
    Ok(out)
}

/// An inbox entry for the template.
pub struct InboxRow {
    reference: String,
    title: String,
    row: TimelineRow,
    unread: bool,
}

#[derive(Template)]
#[template(path = "cases/inbox.html")]
struct InboxPage {
    ctx: PageCtx,
    rows: Vec<InboxRow>,
}

/// `GET /inbox`: one timeline across every administration — what they wrote on the person's
/// cases, newest first. Opening it marks it read.
pub async fn show_inbox(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let read_at = cases::inbox_read_at(state.db(), &user.account.id).await?;
    let code = ctx.lang.code();
    let names = OrgNames::load(&state, code).await?;
    let mut rows = vec![];
    for entry in cases::inbox(state.db(), &user.account.id, 100).await? {
        let (p, w) = state
            .catalog()
            .version(state.db(), &entry.procedure_id, entry.procedure_version)
            .await
            .map_err(AppError::Internal)?;
        rows.push(InboxRow {
            reference: entry.reference.clone(),
            title: p.title.get(code).to_string(),
            unread: entry.event.at > read_at,
            row: describe(&names, &ctx, &w, &entry.event),
        });
    }
    cases::mark_inbox_read(state.db(), &user.account.id, now(&state)).await?;
    let lang = ctx.lang;
    render(&InboxPage { ctx, rows }, lang)
}

/// A file of the case as pages list it.
pub struct FileRow {
    pub(crate) label: String,
    pub(crate) filename: String,
    pub(crate) href: String,
}

/// The files of a case, labelled by their document of the list.
pub async fn file_rows(
    state: &AppState,
    ctx: &PageCtx,
    c: &CaseRow,
    p: &Procedure,
    base: &str,
) -> Result<Vec<FileRow>, AppError> {
    let code = ctx.lang.code();
    Ok(cases::attachments(state.db(), &c.id)
        .await?
        .into_iter()
        .map(|a| FileRow {
            label: match p.documents.iter().find(|d| d.id == a.document_id) {
                Some(d) => d.label.get(code).to_string(),
                None if a.document_id == "mandate" => ctx.t("start-mandate"),
                None => a.document_id.clone(),
            },
            filename: a.filename,
            href: format!("{base}/files/{}", a.id),
        })
        .collect())
}

#[derive(Template)]
#[template(path = "cases/show.html")]
struct CasePage {
    ctx: PageCtx,
    reference: String,
    title: String,
    org_name: String,
    phase_key: String,
    status: String,
    due: String,
    countdown: String,
    timeline: Vec<TimelineRow>,
    files: Vec<FileRow>,
    can_withdraw: bool,
    requested: Vec<DocView>,
    errors: FormErrors,
    open: bool,
    tacit: bool,
    represented: Option<String>,
    documents: Vec<DocLink>,
    /// What is to pay, when the request waits for its payment.
    to_pay: Option<PriceView>,
    /// Whether an online payment is offered.
    pay_online: bool,
    /// The details the person may correct (names, birth date, act number), when no act matched.
    correction: Vec<CorrectionField>,
    /// Complaints about this request: `(reference, status)`.
    complaints: Vec<(String, String)>,
    /// Where to complain about a document asked outside the list (law 55-19).
    complain_href: Option<String>,
    /// An answered complaint: the rating given, and until when it may be reopened.
    answered: Option<AnsweredView>,
}

/// What the page shows of an answered complaint.
pub struct AnsweredView {
    /// The answer: favourable or not (the action's name), its text, and when it was given.
    answer: Option<(String, String, String)>,
    given: Option<String>,
    comment: Option<String>,
    reopen_until: Option<String>,
    choices: Vec<(i64, String)>,
}

/// The complaints filed about a case, with their status in the reader's language.
pub async fn complaints_about(state: &AppState, ctx: &PageCtx, c: &CaseRow) -> Result<Vec<(String, String)>, AppError> {
    let mut out = vec![];
    for r in cases::related_to(state.db(), &c.id).await? {
        let (_, w) = case_procedure(state, &r).await?;
        let status = w.status(&r.status).map(|s| s.label.get(ctx.lang.code()).to_string()).unwrap_or_default();
        out.push((r.reference, status));
    }
    Ok(out)
}

/// A detail the person may correct.
pub struct CorrectionField {
    name: &'static str,
    label: String,
    input_type: &'static str,
    dir: &'static str,
    value: String,
}

/// A price as pages show it, in words.
pub struct PriceView {
    pub(crate) fee: String,
    pub(crate) copies: Option<String>,
    pub(crate) postage: Option<String>,
    pub(crate) total: String,
}

impl PriceView {
    /// From a computed price.
    pub fn of(ctx: &PageCtx, p: nafida_domain::catalog::Price) -> Self {
        PriceView {
            fee: ctx.tn("pay-amount", i64::from(p.fee)),
            copies: (p.copies > 1).then(|| ctx.tn("pay-copies", i64::from(p.copies))),
            postage: (p.postage > 0).then(|| ctx.tn("pay-amount", i64::from(p.postage))),
            total: ctx.tn("pay-amount", i64::from(p.total())),
        }
    }
}

/// An issued document as a case page lists it.
pub struct DocLink {
    pub(crate) title: String,
    pub(crate) code: String,
    pub(crate) href: String,
    pub(crate) revoked: bool,
}

/// The documents issued for a case, with their download addresses under `base`.
pub async fn doc_links(state: &AppState, ctx: &PageCtx, c: &CaseRow, base: &str) -> Result<Vec<DocLink>, AppError> {
    Ok(nafida_store::documents::of_case(state.db(), &c.id)
        .await?
        .into_iter()
        .map(|d| DocLink {
            title: ctx.t(&format!("doc-kind-{}", d.kind)),
            href: format!("{base}/documents/{}", d.code),
            revoked: d.revoked_at.is_some(),
            code: d.code,
        })
        .collect())
}

/// The person's page of a case, with errors.
pub async fn case_page_pub(
    state: &AppState,
    ctx: PageCtx,
    c: &CaseRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    case_page(state, ctx, c, errors).await
}

async fn case_page(state: &AppState, ctx: PageCtx, c: &CaseRow, errors: FormErrors) -> Result<Response, AppError> {
    let (p, w) = case_procedure(state, c).await?;
    let code = ctx.lang.code();
    let cal = casework::calendar(state).await?;
    let left = casework::clock_left(&cal, now(state), c, p.deadline.count);
    let can_withdraw = w.allowed(&c.status, Actor::Applicant).iter().any(|t| t.action == "withdraw");
    let waiting = w.status(&c.status).is_some_and(|s| s.waits_for_applicant);
    let requested = if waiting {
        let wanted = requested_documents(state, c).await?;
        p.documents.iter().filter(|d| wanted.contains(&d.id)).map(|d| DocView::new(&ctx, d, true)).collect()
    } else {
        vec![]
    };
    let page = CasePage {
        reference: c.reference.clone(),
        title: p.title.get(code).to_string(),
        org_name: org_name(state, &c.org_id, code).await?,
        phase_key: format!("phase-{}", c.phase),
        status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
        due: casework::show_date(&c.due_date),
        countdown: if is_open(&c.phase) { casework::countdown(&ctx, c, left, p.deadline.count) } else { String::new() },
        tacit: casework::tacitly_approved(state, &c.id).await?,
        timeline: timeline(state, &ctx, c, &w, false, &OrgNames::load(state, code).await?).await?,
        files: file_rows(state, &ctx, c, &p, &format!("/cases/{}", c.reference)).await?,
        can_withdraw,
        requested,
        errors,
        open: is_open(&c.phase),
        represented: cases::represented_name(state.db(), &c.id).await?,
        documents: doc_links(state, &ctx, c, &format!("/cases/{}", c.reference)).await?,
        to_pay: c
            .flags
            .split(',')
            .any(|f| f == crate::payments::AWAITING)
            .then(|| PriceView::of(&ctx, crate::payments::price_of(&p, c))),
        pay_online: crate::payments::provider(state).is_some(),
        correction: if crate::payments::can_correct(state, c, &p).await? {
            let values: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
            [
                ("holder_name_ar", "correct-name-ar", "text", "rtl"),
                ("holder_name_latin", "correct-name-latin", "text", "ltr"),
                ("birth_date", "correct-birth-date", "date", "ltr"),
                ("act_number", "correct-act-number", "text", "ltr"),
            ]
            .into_iter()
            .map(|(name, label, input_type, dir)| CorrectionField {
                name,
                label: ctx.t(label),
                input_type,
                dir,
                value: values.get(name).cloned().unwrap_or_default(),
            })
            .collect()
        } else {
            vec![]
        },
        complaints: complaints_about(state, &ctx, c).await?,
        answered: if w.id == "complaint" && matches!(c.status.as_str(), "answered" | "closed") {
            let rating = nafida_store::topics::rating(state.db(), &c.id).await?;
            let answer = crate::complaints::last_answer(state, c).await?.map(|e| {
                let label = e
                    .action
                    .as_deref()
                    .and_then(|a| w.transitions.iter().find(|t| t.action == a))
                    .map(|t| t.label.get(code).to_string())
                    .unwrap_or_default();
                (label, e.body.unwrap_or_default(), casework::show_instant(e.at))
            });
            Some(AnsweredView {
                answer,
                given: rating.as_ref().map(|r| ctx.tn("rating-given", r.0)),
                comment: rating.and_then(|r| r.1),
                choices: (1..=5).map(|n| (n, ctx.tn("rating-given", n))).collect(),
                reopen_until: crate::complaints::reopen_until(state, c).await?.map(casework::show_instant),
            })
        } else {
            None
        },
        complain_href: unlisted_request(state, c).await?.then(|| {
            format!(
                "/catalogue/complaint/start?field_kind=unlisted-document&field_target={}&field_unlisted_case={}",
                c.org_id, c.reference
            )
        }),
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

/// Whether the administration asked for a document outside the procedure's list on this case.
async fn unlisted_request(state: &AppState, c: &CaseRow) -> Result<bool, AppError> {
    Ok(cases::events(state.db(), &c.id, false).await?.iter().any(|e| {
        e.action.as_deref() == Some("request-documents")
            && e.body.as_deref().is_some_and(|b| b.lines().any(|l| l.starts_with("unlisted: ")))
    }))
}

/// The documents the administration asked for in its last request (stored in the request's
/// event as `documents: id,id`).
pub async fn requested_documents(state: &AppState, c: &CaseRow) -> Result<Vec<String>, AppError> {
    let events = cases::events(state.db(), &c.id, false).await?;
    Ok(events
        .iter()
        .rev()
        .find(|e| e.action.as_deref() == Some("request-documents"))
        .and_then(|e| e.body.as_deref())
        .and_then(|b| b.lines().find_map(|l| l.strip_prefix("documents: ")))
        .map(|l| l.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default())
}

/// `GET /cases/{ref}`
pub async fn show_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    case_page(&state, ctx, &c, FormErrors::default()).await
}

/// A message.
#[derive(Debug, Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    message: String,
}

/// `POST /cases/{ref}/messages`
pub async fn post_message(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    if !applicant_message(&state, &c, &user.account.id, &form.message).await? {
        let mut errors = FormErrors::default();
        errors.add("message", ctx.tn("err-message-length", 4000));
        return case_page(&state, ctx, &c, errors).await;
    }
    Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response())
}

/// Adds the person's message to their case; false when the text is empty or over 4,000
/// characters.
pub async fn applicant_message(state: &AppState, c: &CaseRow, user_id: &str, text: &str) -> Result<bool, AppError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 4000 {
        return Ok(false);
    }
    let actor = EventActor { id: Some(user_id), role: "applicant", org_id: None };
    let event = NewEvent::other(actor, "message", Some(text), false);
    cases::add_event(state.db(), &c.id, &event, now(state)).await?;
    Ok(true)
}

/// Applies a workflow action of the applicant; false when the workflow does not allow it now.
pub async fn applicant_action(
    state: &AppState,
    c: &CaseRow,
    user_id: &str,
    action: &str,
    body: Option<&str>,
    attachments: &[nafida_store::cases::NewAttachment],
) -> Result<bool, AppError> {
    let (p, w) = case_procedure(state, c).await?;
    let Some(t) = w.allowed(&c.status, Actor::Applicant).into_iter().find(|t| t.action == action) else {
        return Ok(false);
    };
    let to = w.status(&t.to).ok_or(AppError::Internal("status".into()))?;
    let change = crate::pages::staff_cases::change_for(state, c, &p, &w, to).await?;
    let event = NewEvent {
        actor: EventActor { id: Some(user_id), role: "applicant", org_id: None },
        kind: "transition",
        action: Some(action),
        from_status: Some(&c.status),
        to_status: Some(&to.id),
        body,
        internal: false,
    };
    Ok(cases::transition(state.db(), &c.id, &change, &event, attachments, &[], now(state)).await?)
}

/// `POST /cases/{ref}/withdraw`
pub async fn withdraw_case(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    if !applicant_action(&state, &c, &user.account.id, "withdraw", None, &[]).await? {
        return Err(AppError::Forbidden);
    }
    Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response())
}

/// `POST /cases/{ref}/documents`: the documents the administration asked for.
pub async fn provide_documents(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    form: Multipart,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let (submitted, too_large): (Submitted, Vec<String>) = casework::read_multipart(form).await?;
    match provide_submission(&state, &ctx, &c, &user.account.id, &submitted, &too_large).await? {
        Err(errors) => case_page(&state, ctx, &c, errors).await,
        Ok(false) => Err(AppError::Forbidden),
        Ok(true) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
    }
}

/// The person sends the documents the administration asked for (`doc_<id>` files): every one
/// asked, each a PDF, JPEG or PNG by content. `Ok(false)` when nothing is asked of them now.
pub async fn provide_submission(
    state: &AppState,
    ctx: &PageCtx,
    c: &CaseRow,
    user_id: &str,
    submitted: &Submitted,
    too_large: &[String],
) -> Result<Result<bool, FormErrors>, AppError> {
    let (p, w) = case_procedure(state, c).await?;
    if !w.allowed(&c.status, Actor::Applicant).iter().any(|t| t.action == "provide-documents") {
        return Ok(Ok(false));
    }
    let wanted = requested_documents(state, c).await?;
    let mut errors = FormErrors::default();
    let attachments =
        casework::check_documents(state, ctx, &p, submitted, too_large, Some(&wanted), &mut errors).await?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    Ok(Ok(applicant_action(state, c, user_id, "provide-documents", None, &attachments).await?))
}

/// `GET /cases/{ref}/receipt.pdf`: the receipt (law 55-19) as a sealed PDF anyone can verify.
pub async fn download_receipt(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let (p, _) = case_procedure(&state, &c).await?;
    let d = crate::civil_docs::receipt_for_case(&state, &c, &p).await?;
    crate::documents::send_pdf(&state, &d).await
}

/// `GET /cases/{ref}/documents/{code}`: a document issued on one's own case, as its sealed PDF.
pub async fn download_document(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path((reference, code)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let d =
        nafida_store::documents::get(state.db(), &code).await?.filter(|d| d.case_id.as_deref() == Some(c.id.as_str()));
    crate::documents::send_pdf(&state, &d.ok_or(AppError::NotFound)?).await
}

/// `GET /cases/{ref}/files/{id}`: a file of one's own case.
pub async fn download_file(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path((reference, file_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    crate::pages::staff_cases::send_attachment(&state, &c, &file_id).await
}

#[derive(Template)]
#[template(path = "cases/silence_certificate.html")]
struct SilencePage {
    ctx: PageCtx,
    reference: String,
    title: String,
    org_name: String,
    filed: String,
    due: String,
    applicant: String,
}

/// `GET /cases/{ref}/silence-certificate`: the certificate of administrative silence, for a
/// request approved because the administration did not decide in time.
pub async fn show_silence_certificate(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    if !casework::tacitly_approved(&state, &c.id).await? {
        return Err(AppError::NotFound);
    }
    let (p, _) = case_procedure(&state, &c).await?;
    let code = ctx.lang.code();
    let lang = ctx.lang;
    render(
        &SilencePage {
            reference: c.reference.clone(),
            title: p.title.get(code).to_string(),
            org_name: org_name(&state, &c.org_id, code).await?,
            filed: casework::show_instant(c.filed_at),
            due: casework::show_date(&c.due_date),
            applicant: user.account.display_name.clone(),
            ctx,
        },
        lang,
    )
}
