//! The person's side of cases: starting a procedure from the catalogue, the receipt (law
//! 55-19), the dashboard of all own cases, and the case page with its timeline, messages,
//! requested documents and withdrawal. A case that is not the person's answers 404, exactly
//! like one that does not exist.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::OrgKind;
use nafida_domain::catalog::{FieldKind, Phase, Procedure, Representation};
use nafida_domain::profile::countries;
use nafida_store::cases::{self, CaseRow, Filed};
use nafida_store::{orgs, profiles};
use serde::Deserialize;

use crate::auth::{Citizen, new_token};
use nafida_engine::Refusal;
use nafida_engine::cases::{applicant, filing};
use nafida_engine::forms::Submitted;
use nafida_engine::orgs::OrgNames;
use nafida_engine::payments;

use crate::casework;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::page::{PageCtx, render};
use crate::state::AppState;
use crate::views::{
    DocLink, FileRow, TimelineRow, case_procedure, complaints_about, describe, describe_all, doc_links, file_rows,
    org_name, own_case,
};
use nafida_engine::events::{History, What};

/// A choice in a select.
pub struct Opt {
    /// What the form sends.
    pub value: String,
    /// What the person reads.
    pub label: String,
    /// Chosen already.
    pub selected: bool,
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
    /// Filled in from the person's profile.
    from_profile: bool,
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
    /// Where "back" goes.
    back: String,
    anonymous: bool,
    email: String,
    represented_name: String,
    /// The visitor's block of a filing by the provincial cell for a visitor.
    visitor: Option<VisitorView>,
    /// Where an architect files for an owner: the owners' mandates they may file under.
    mandates: Option<Vec<Opt>>,
    /// The plan set's inputs (a plan required only for some categories says which).
    plans: Vec<DocView>,
    /// The plans' limit and format, in words.
    plans_hint: String,
    /// The office search found nothing (the page says so, with a way back to the whole list).
    office_none: bool,
}

/// Who a start page files for.
pub enum Filer<'a> {
    /// The signed-in person (their account).
    Own(&'a str),
    /// Someone without an account (the complaint procedure), who gives an e-mail address.
    Anonymous,
    /// A visitor at the provincial cell, for whom an agent files (what was typed of them).
    Visitor(&'a BTreeMap<String, String>),
}

/// The visitor's block of the assisted filing form, as typed.
pub struct VisitorView {
    name: String,
    countries: Vec<Opt>,
    phone: String,
    email: String,
    consent: String,
    agrees: bool,
    consents: &'static [&'static str],
}

/// The countries, in the reader's language, `selected` chosen.
pub fn country_options(ctx: &PageCtx, selected: &str) -> Vec<Opt> {
    let mut v: Vec<Opt> = countries()
        .iter()
        .map(|c| Opt {
            value: c.code.clone(),
            label: match ctx.lang {
                Lang::Ar => c.ar.clone(),
                Lang::Fr => c.fr.clone(),
                Lang::En => c.en.clone(),
            },
            selected: c.code == selected,
        })
        .collect();
    v.sort_by(|a, b| a.label.cmp(&b.label));
    v
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
        let (widget, input_type, options) = match f.kind {
            FieldKind::Choice => (
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
            FieldKind::Country => ("select", "", country_options(ctx, &value)),
            FieldKind::Commune => ("select", "", org_opts(&[OrgKind::Commune])),
            FieldKind::ConsularPost => ("select", "", org_opts(&[OrgKind::ConsularPost])),
            FieldKind::CivilStatusOffice => {
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
            FieldKind::Administration => {
                // Searchable like the offices; the chosen one stays offered whatever the search.
                let mut v = org_opts(nafida_engine::forms::accepted_org_kinds(f).unwrap_or(OrgKind::ALL));
                v.retain(|o| {
                    o.selected || all_orgs.iter().any(|org| org.id.as_str() == o.value && office_matches(org))
                });
                if let [only] = v.as_mut_slice() {
                    only.selected = true;
                }
                ("select", "", v)
            }
            FieldKind::ComplaintTopic => ("select", "", topic_options(state, code, &value).await?),
            FieldKind::LongText => ("textarea", "", vec![]),
            FieldKind::Date => ("input", "date", vec![]),
            FieldKind::Number => ("input", "number", vec![]),
            FieldKind::Email => ("input", "email", vec![]),
            FieldKind::Phone => ("input", "tel", vec![]),
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
        let dir = match f.kind {
            FieldKind::TextAr => "rtl",
            FieldKind::TextLatin
            | FieldKind::Email
            | FieldKind::Phone
            | FieldKind::Idcs
            | FieldKind::Cnie
            | FieldKind::Etimbre => "ltr",
            _ => "",
        };
        out.push(FieldView {
            from_profile: values.contains_key(&format!("{FROM_PROFILE}{}", f.name)),
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

/// The start page of a procedure for `filer`.
pub async fn start_page(
    state: &AppState,
    ctx: PageCtx,
    p: &Procedure,
    filer: Filer<'_>,
    values: &BTreeMap<String, String>,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let mut fields = field_views(state, &ctx, p, values).await?;
    let user_id = match filer {
        Filer::Own(id) => id,
        Filer::Anonymous | Filer::Visitor(_) => "",
    };
    // A field naming one of the person's own requests lists them.
    if p.fields.iter().any(|f| f.kind == FieldKind::OwnCase) && !user_id.is_empty() {
        let own = cases::for_applicant(state.db(), user_id, None, 100).await?;
        for (view, f) in fields.iter_mut().zip(&p.fields).filter(|(_, f)| f.kind == FieldKind::OwnCase) {
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
    // An architect files for an owner under the mandate the owner gave online.
    let mandates = if nafida_engine::permits::architects::required(p) && !user_id.is_empty() {
        let chosen = values.get(nafida_engine::permits::mandates::FIELD).cloned().unwrap_or_default();
        let open = nafida_engine::permits::mandates::open_for(state.engine(), user_id, &p.id).await?;
        Some(
            open.into_iter()
                .map(|m| Opt {
                    label: format!("{} — {}", m.owner_name, m.land_title),
                    selected: m.id == chosen,
                    value: m.id,
                })
                .collect(),
        )
    } else {
        None
    };
    let code = ctx.lang.code();
    let documents = p.documents.iter().map(|d| DocView::new(&ctx, d, d.required)).collect();
    let delay = casework::delay_text(&ctx, p);
    // The plan set: each plan one PDF; one needed only for a category says for which.
    let plans = p.plans.as_ref().map_or_else(Vec::new, |set| {
        set.plans
            .iter()
            .map(|plan| DocView {
                name: nafida_engine::forms::plan_input(&plan.id),
                label: plan.label.get(code).to_string(),
                required: plan.only_if.is_none(),
                max_files: plan.only_if.as_ref().map_or_else(String::new, |(field, equals)| {
                    let label = p
                        .fields
                        .iter()
                        .find(|f| &f.name == field)
                        .and_then(|f| f.options.iter().find(|o| &o.value == equals))
                        .map_or_else(|| equals.clone(), |o| o.label.get(code).to_string());
                    ctx.t1("form-only-if", "choice", &label)
                }),
            })
            .collect()
    });
    let plans_hint = p.plans.as_ref().map_or_else(String::new, |set| ctx.tn("plans-hint", i64::from(set.max_mb)));
    let office_none = values.get(OFFICE_QUERY).is_some_and(|q| !q.trim().is_empty())
        && p.fields.iter().zip(&fields).any(|(f, v)| {
            matches!(f.kind, FieldKind::CivilStatusOffice | FieldKind::Administration) && v.options.is_empty()
        });
    let lang = ctx.lang;
    let page = StartPage {
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
        office_search: if p.fields.iter().any(|f| f.kind == FieldKind::CivilStatusOffice) {
            "office"
        } else if p.fields.iter().any(|f| f.kind == FieldKind::Administration) {
            "administration"
        } else {
            ""
        },
        action: match filer {
            Filer::Own(_) => format!("/catalogue/{}/start", p.id),
            Filer::Anonymous => "/complaints/new".to_string(),
            Filer::Visitor(_) => format!("/staff/assist/{}", p.id),
        },
        back: match filer {
            Filer::Visitor(_) => "/staff/assist".to_string(),
            Filer::Own(_) | Filer::Anonymous => format!("/catalogue/{}", p.id),
        },
        anonymous: matches!(filer, Filer::Anonymous),
        visitor: match filer {
            Filer::Visitor(v) => {
                let get = |k: &str| v.get(k).cloned().unwrap_or_default();
                Some(VisitorView {
                    name: get("visitor_name"),
                    countries: country_options(&ctx, &get("visitor_country")),
                    phone: get("visitor_phone"),
                    email: get("visitor_email"),
                    consent: get("visitor_consent"),
                    agrees: get("visitor_agrees") == "yes",
                    consents: nafida_engine::cell::assist::CONSENTS,
                })
            }
            Filer::Own(_) | Filer::Anonymous => None,
        },
        email: values.get(ANONYMOUS_EMAIL).cloned().unwrap_or_default(),
        office_q: values.get(OFFICE_QUERY).cloned().unwrap_or_default(),
        office_none,
        mandates,
        plans,
        plans_hint,
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

impl StartQuery {
    /// The values the start page begins with: the office search and the given fields.
    pub fn values(&self, p: &Procedure) -> BTreeMap<String, String> {
        let mut values = BTreeMap::new();
        if !self.office_q.trim().is_empty() {
            values.insert(OFFICE_QUERY.to_string(), self.office_q.chars().take(80).collect());
        }
        for f in &p.fields {
            if let Some(v) = self.prefill.get(&format!("field_{}", f.name)) {
                let limit = if f.kind == FieldKind::LongText { 4000 } else { 200 };
                values.insert(f.name.clone(), v.chars().take(limit).collect());
            }
        }
        // The rest of the form, as an office search sends it back (what was typed stays).
        for (name, key) in [
            ("represented_name", "represented_name"),
            ("email", ANONYMOUS_EMAIL),
            (nafida_engine::permits::mandates::FIELD, nafida_engine::permits::mandates::FIELD),
        ] {
            if let Some(v) = self.prefill.get(name) {
                values.insert(key.to_string(), v.chars().take(200).collect());
            }
        }
        values
    }

    /// The visitor's block of an assisted filing, as an office search sends it back.
    pub fn visitor(&self) -> BTreeMap<String, String> {
        self.prefill
            .iter()
            .filter(|(k, _)| k.starts_with("visitor_"))
            .map(|(k, v)| (k.clone(), v.chars().take(200).collect()))
            .collect()
    }
}

/// Marks a value that came from the profile (the page says so beside its field).
pub const FROM_PROFILE: &str = "\u{0}profile:";

/// A value of the profile, as a form field holds it.
fn profile_value(profile: &profiles::Profile, v: nafida_domain::catalog::ProfileValue) -> Option<String> {
    use nafida_domain::catalog::ProfileValue as P;
    match v {
        P::NameAr => profile.name_ar.clone(),
        P::NameLatin => profile.name_latin.clone(),
        P::BirthDate => profile.birth_date.clone(),
        P::BirthPlace => profile.birth_place.clone(),
        P::ResidenceCountry => profile.residence_country.clone(),
        P::ResidenceCity => profile.residence_city.clone(),
        P::ConsularPost => profile.consular_post_id.clone(),
        P::ConsularNumber => profile.consular_number.clone(),
        P::Idcs => profile.idcs.clone(),
        P::Phone => profile.phone.clone(),
    }
    .filter(|v| !v.is_empty())
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
    let mut values = q.values(p);
    // What the profile knows fills in the fields the procedure says it fills; what the page was
    // given (a search sent back, a link) wins.
    for f in &p.fields {
        let Some(from) = f.profile else { continue };
        if values.contains_key(&f.name) {
            continue;
        }
        if let Some(v) = profile_value(&profile, from) {
            values.insert(f.name.clone(), v);
            values.insert(format!("{FROM_PROFILE}{}", f.name), String::new());
        }
    }
    start_page(&state, ctx, p, Filer::Own(&user.account.id), &values, FormErrors::default()).await
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
    let submitted = casework::read_filing(&state, form, p).await?;
    match filing::file(state.engine(), &user.account, p, &submitted, ctx.lang).await? {
        Ok(Filed::Created(c) | Filed::AlreadyFiled(c)) => {
            Ok(Redirect::to(&format!("/cases/{}/receipt", c.reference)).into_response())
        }
        Err(refusal) => {
            let values = typed_values(&submitted);
            let unavailable = matches!(refusal, Refusal::Unavailable(_));
            let mut errors = FormErrors::from_refusal(&ctx, refusal);
            errors.add("documents", ctx.t("form-files-again"));
            let page = start_page(&state, ctx, p, Filer::Own(&user.account.id), &values, errors).await?;
            Ok(if unavailable { crate::forms::retry_later(page) } else { page })
        }
    }
}

/// What the person typed, to show again after a refusal (files are not kept).
pub fn typed_values(submitted: &Submitted) -> BTreeMap<String, String> {
    let mut values = submitted.fields();
    values.insert("idempotency_key".into(), submitted.values.get("idempotency_key").cloned().unwrap_or_default());
    values.insert("represented_name".into(), submitted.values.get("represented_name").cloned().unwrap_or_default());
    if let Some(m) = submitted.values.get(nafida_engine::permits::mandates::FIELD) {
        values.insert(nafida_engine::permits::mandates::FIELD.into(), m.clone());
    }
    values
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
    /// It can be paid online from here.
    pay_online: bool,
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
            filed: ctx.when(c.filed_at),
            due: casework::show_date(&c.due_date),
            delay,
            awaiting_payment: payments::awaiting(&c),
            pay_online: payments::provider(state.engine()).is_some(),
            ctx,
        },
        lang,
    )
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
    /// How many requests wait for something from the person (listed first).
    waiting_count: i64,
}

/// `GET /cases`: every own case across administrations, one status vocabulary.
pub async fn list_cases(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let list = cases::for_applicant(state.db(), &user.account.id, None, 100).await?;
    let calendars = nafida_engine::clock::Calendars::load(state.engine()).await?;
    let code = ctx.lang.code();
    let names = OrgNames::load(state.engine(), code).await?;
    let mut rows = vec![];
    for c in list {
        let (p, w) = case_procedure(&state, &c).await?;
        let left = nafida_engine::clock::clock_left(calendars.of(&c.org_id), now(&state), &c, p.deadline.count);
        rows.push(DashRow {
            title: p.title.get(code).to_string(),
            org_name: names.get(&c.org_id),
            phase_key: format!("phase-{}", c.phase),
            status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
            countdown: if c.phase.is_open() {
                casework::countdown(&ctx, &c, left, p.deadline.count)
            } else {
                String::new()
            },
            overdue: c.phase.is_open() && c.phase != Phase::WaitingForYou && left < 0,
            next_action_key: nafida_engine::tasks::next_step(state.engine(), &c, &w).await?.map(|s| s.key()),
            reference: c.reference,
        });
    }
    // What waits for the person first, then the rest.
    rows.sort_by_key(|r| r.next_action_key.is_none());
    let waiting_count = i64::try_from(rows.iter().filter(|r| r.next_action_key.is_some()).count()).unwrap_or(0);
    let lang = ctx.lang;
    render(&DashboardPage { ctx, rows, waiting_count }, lang)
}

/// A request that waits for something from the person, as their account's home lists it.
pub struct TaskView {
    pub reference: String,
    pub title: String,
    /// The translation key of what to do ("To do: pay…").
    pub key: &'static str,
}

/// What the person's requests wait for from them now, and how many requests they have.
pub async fn tasks_of(state: &AppState, ctx: &PageCtx, user_id: &str) -> Result<(Vec<TaskView>, i64), AppError> {
    let list = cases::for_applicant(state.db(), user_id, None, 100).await?;
    let mut tasks = vec![];
    for c in &list {
        let (p, w) = case_procedure(state, c).await?;
        if let Some(step) = nafida_engine::tasks::next_step(state.engine(), c, &w).await? {
            tasks.push(TaskView {
                reference: c.reference.clone(),
                title: p.title.get(ctx.lang.code()).to_string(),
                key: step.key(),
            });
        }
    }
    Ok((tasks, i64::try_from(list.len()).unwrap_or(i64::MAX)))
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
    let names = OrgNames::load(state.engine(), code).await?;
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
            row: describe(&names, ctx.tr(), &p, &w, &nafida_engine::events::Event::from_row(entry.event)),
        });
    }
    cases::mark_inbox_read(state.db(), &user.account.id, now(&state)).await?;
    let lang = ctx.lang;
    render(&InboxPage { ctx, rows }, lang)
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
    appeal_until: Option<String>,
    /// Refused: the grounds, and the refund of what was paid.
    refusal: Option<RefusalView>,
    /// The last attempt to pay was declined.
    declined: bool,
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
    /// The desks where an appointment can be booked for this open request (or to collect it).
    book_at: Vec<String>,
    /// Where and until when the ready document is to be collected, and whether the period is
    /// to be confirmed.
    pickup: Option<(String, bool)>,
    /// The details the person may correct (names, birth date, act number), when no act matched.
    correction: Vec<CorrectionField>,
    refused_civil: bool,
    /// Complaints about this request: `(reference, status)`.
    complaints: Vec<(String, String)>,
    /// Where to complain about a document asked outside the list (law 55-19).
    complain_href: Option<String>,
    /// An answered complaint: the rating given, and until when it may be reopened.
    answered: Option<AnsweredView>,
    /// Its permit side: the owner, the commission's opinions.
    permit: casework::PermitView,
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

/// A refusal as the top of the case page states it.
pub struct RefusalView {
    /// The grounds the administration gave.
    grounds: Option<String>,
    /// What becomes of the money paid, when there was some.
    refund: Option<String>,
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
    // The history, read once: the timeline and every answer drawn from it below.
    let history = History::of_case(state.engine(), &c.id).await?;
    let code = ctx.lang.code();
    let cal = nafida_engine::clock::calendar_for(state.engine(), &c.org_id).await?;
    let left = nafida_engine::clock::clock_left(&cal, now(state), c, p.deadline.count);
    let can_withdraw = w
        .allowed(&c.status, nafida_domain::catalog::Actor::Applicant)
        .iter()
        .any(|t| t.action == nafida_engine::contracts::action::WITHDRAW);
    // A refusal may be appealed within the procedure's period.
    let appeal_until = nafida_engine::cases::transition::appeal_until(c, &p)
        .filter(|until| *until >= now(state))
        .filter(|_| {
            w.allowed(&c.status, nafida_domain::catalog::Actor::Applicant)
                .iter()
                .any(|t| t.action == nafida_engine::contracts::action::APPEAL)
        })
        .map(|until| ctx.when(until));
    let waiting = w.status(&c.status).is_some_and(|s| s.waits_for_applicant);
    let pickup = match nafida_engine::cases::pickup_due(&p, &w, c, history.status_since(c.filed_at)) {
        Some(due) => Some((super::tracking::pickup_sentence(state, &ctx, &due).await?, due.to_confirm)),
        None => None,
    };
    let requested = if waiting {
        let wanted = history.last_document_request().map(|r| r.listed).unwrap_or_default();
        p.documents.iter().filter(|d| wanted.contains(&d.id)).map(|d| DocView::new(&ctx, d, true)).collect()
    } else {
        vec![]
    };
    // A refusal says at the top why, what becomes of the money paid, and the way to appeal.
    let refusal = (c.phase == Phase::Rejected).then(|| {
        let grounds = history.0.iter().rev().find_map(|e| match &e.what {
            What::Transition { to: Some(to), text, .. } if w.status(to).is_some_and(|s| s.phase == Phase::Rejected) => {
                text.clone()
            }
            _ => None,
        });
        let refund = history.0.iter().rev().find_map(|e| match &e.what {
            What::Refunded { amount, channel } => {
                Some(format!("{} {}", ctx.tn("event-refunded", *amount), ctx.t(&format!("event-refunded-{channel}"))))
            }
            _ => None,
        });
        RefusalView { grounds, refund }
    });
    let page = CasePage {
        refusal,
        permit: casework::permit_view(state, &ctx, c, &p, &format!("/cases/{}", c.reference), true).await?,
        reference: c.reference.clone(),
        title: p.title.get(code).to_string(),
        org_name: org_name(state, &c.org_id, code).await?,
        phase_key: format!("phase-{}", c.phase),
        status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
        due: casework::show_date(&c.due_date),
        countdown: if c.phase.is_open() { casework::countdown(&ctx, c, left, p.deadline.count) } else { String::new() },
        tacit: history.tacitly_approved(),
        timeline: describe_all(&OrgNames::load(state.engine(), code).await?, ctx.tr(), &p, &w, &history.0),
        files: file_rows(state, &ctx, c, &p, &format!("/cases/{}", c.reference)).await?,
        can_withdraw,
        appeal_until,
        requested,
        errors,
        open: c.phase.is_open(),
        represented: cases::represented_name(state.db(), &c.id).await?,
        documents: doc_links(state, &ctx, c, &format!("/cases/{}", c.reference)).await?,
        to_pay: if payments::awaiting(c) {
            Some(PriceView::of(&ctx, payments::price_of(state.engine(), &p, c).await?))
        } else {
            None
        },
        pay_online: payments::provider(state.engine()).is_some(),
        declined: payments::last_declined(state.engine(), c).await?,
        book_at: if nafida_engine::appointments::booking_open(&w, c, pickup.is_some()) {
            nafida_engine::appointments::desks_of(state.engine(), &c.org_id)
                .await?
                .into_iter()
                .filter(|d| d.row.procedure_id == c.procedure_id)
                .map(|d| d.row.id)
                .collect()
        } else {
            vec![]
        },
        pickup,
        refused_civil: c.phase == Phase::Rejected && nafida_engine::civil::issues_civil_document(&p).is_some(),
        correction: if payments::can_correct_given(c, &p, &history) {
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
        answered: if w.id == nafida_engine::contracts::names::COMPLAINT_WORKFLOW
            && nafida_engine::complaints::is_answered(c)
        {
            let rating = nafida_store::topics::rating(state.db(), &c.id).await?;
            let answer = history.last_answer().map(|e| {
                let label = e
                    .what
                    .action()
                    .and_then(|a| w.transitions.iter().find(|t| t.action == a))
                    .map(|t| t.label.get(code).to_string())
                    .unwrap_or_default();
                (label, e.what.body().unwrap_or_default(), ctx.when(e.at))
            });
            Some(AnsweredView {
                answer,
                given: rating.as_ref().map(|r| ctx.tn("rating-given", r.0)),
                comment: rating.and_then(|r| r.1),
                choices: (1..=5).map(|n| (n, ctx.tn("rating-given", n))).collect(),
                reopen_until: nafida_engine::complaints::reopen_until_given(c, &history, now(state))
                    .map(|at| ctx.when(at)),
            })
        } else {
            None
        },
        complain_href: history.asked_unlisted().then(|| {
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
    match applicant::message(state.engine(), &user.applicant(), &c, &form.message).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
        Err(refusal) => case_page(&state, ctx.clone(), &c, FormErrors::from_refusal(&ctx, refusal)).await,
    }
}

/// An appeal's reasons.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AppealForm {
    reason: String,
}

/// `POST /cases/{ref}/appeal`: the person appeals a refusal, with reasons.
pub async fn appeal_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    Form(form): Form<AppealForm>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    match applicant::appeal(state.engine(), &user.applicant(), &c, &form.reason).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
        Err(refusal) => {
            let errors = FormErrors::from_refusal(&ctx, refusal).rename("motivation", "reason");
            case_page(&state, ctx.clone(), &c, errors).await
        }
    }
}

/// `POST /cases/{ref}/withdraw`
pub async fn withdraw_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    match applicant::withdraw(state.engine(), &user.applicant(), &c, form.confirm == "yes").await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
        Err(Refusal::Invalid(problems)) => {
            let mut r = case_page(&state, ctx.clone(), &c, FormErrors::from_problems(&ctx, &problems)).await?;
            *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(_) => Err(AppError::Forbidden),
    }
}

/// What the withdrawal carries: the person's confirmation (it cannot be undone).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WithdrawForm {
    confirm: String,
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
    let submitted = casework::read_multipart(form).await?;
    match applicant::provide_documents(state.engine(), &user.applicant(), &c, &submitted).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
        Err(Refusal::Invalid(problems)) => {
            case_page(&state, ctx.clone(), &c, FormErrors::from_problems(&ctx, &problems)).await
        }
        Err(refusal @ Refusal::Unavailable(_)) => {
            let page = case_page(&state, ctx.clone(), &c, FormErrors::from_refusal(&ctx, refusal)).await?;
            Ok(crate::forms::retry_later(page))
        }
        Err(_) => Err(AppError::Forbidden),
    }
}

/// `POST /cases/{ref}/plans`: corrected plans, each a new version of its plan (streamed).
pub async fn file_plans(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    form: Multipart,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let (p, _) = case_procedure(&state, &c).await?;
    let submitted = casework::read_filing(&state, form, &p).await?;
    match nafida_engine::permits::plans::correct(state.engine(), &user.applicant(), &c, &submitted).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}#f-plans", c.reference)).into_response()),
        Err(refusal) => {
            let unavailable = matches!(refusal, Refusal::Unavailable(_));
            let mut r = case_page(&state, ctx.clone(), &c, FormErrors::from_refusal(&ctx, refusal)).await?;
            *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(if unavailable { crate::forms::retry_later(r) } else { r })
        }
    }
}

/// `GET /cases/{ref}/receipt.pdf`: the receipt (law 55-19) as a sealed PDF anyone can verify.
pub async fn download_receipt(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let (p, _) = case_procedure(&state, &c).await?;
    let d = nafida_engine::civil::receipt_for_case(state.engine(), &c, &p).await?;
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
    crate::views::send_attachment(&state, &c, &file_id).await
}

/// `GET /cases/{ref}/silence-certificate`: the sealed certificate of administrative silence
/// of a request approved because the administration did not decide in time.
pub async fn show_silence_certificate(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let certificate = nafida_store::documents::of_case(state.db(), &c.id)
        .await?
        .into_iter()
        .find(|d| d.kind == nafida_engine::silence::KIND)
        .ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&format!("/cases/{}/documents/{}", c.reference, certificate.code)).into_response())
}
