//! The administrations' side of cases: the queue of an administration, the case as staff see
//! it (every opening recorded in the case's history, which the person sees), the transitions
//! the workflow allows the staff member's role, requests for documents of the procedure's list
//! only (anything else needs a written reason the person sees), internal notes, and claiming.

use nafida_domain::catalog::{FieldKind, Phase};
use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::OrgId;
use nafida_domain::flags::Flag;
use nafida_engine::Refusal;
use nafida_engine::cases::staff::{self as staff_cmd, BulkOp};
use nafida_engine::cases::transition::{self, Request, bulk_safe};
use nafida_engine::cases::{self as engine_cases, ViewReason};
use nafida_engine::orgs::OrgNames;
use nafida_store::cases::{self, CaseRow};
use serde::Deserialize;

use crate::auth::{Staff, deny};
use crate::casework;
use crate::error::AppError;
use crate::forms::{FormErrors, Kept};
use crate::page::{PageCtx, render};
use crate::state::AppState;
use crate::views::{
    DocLink, FileRow, TimelineRow, case_procedure, complaints_about, doc_links, file_rows, org_name, send_attachment,
    timeline,
};

fn now(state: &AppState) -> i64 {
    state.clock().now().millis()
}

/// A case of the queue.
pub struct QueueRow {
    reference: String,
    title: String,
    status: String,
    due: String,
    countdown: String,
    overdue: bool,
    mine: bool,
    assigned: bool,
    /// Flags worth a tag in the list (fast lane, possible duplicate).
    tags: Vec<String>,
}

/// A flag filter link.
pub struct FlagLink {
    href: String,
    label: String,
    current: bool,
}

/// Rows per queue page.
const PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "staff/queue.html")]
struct QueuePage {
    ctx: PageCtx,
    org_name: String,
    rows: Vec<QueueRow>,
    mine_only: bool,
    all: bool,
    org_id: String,
    flags: Vec<FlagLink>,
    statuses: Vec<FlagLink>,
    next_href: Option<String>,
    /// Workflow actions that can be applied to the selected cases at once: `(action, label)`.
    bulk_actions: Vec<(String, String)>,
    /// Colleagues a supervisor may assign the selected cases to: `(id, name)`.
    colleagues: Vec<(String, String)>,
    /// What the last bulk action did.
    notice: Option<String>,
    /// A status is chosen (its filters stay open).
    status_filtered: bool,
}

/// Queue filters.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    org: String,
    mine: String,
    all: String,
    flag: String,
    status: String,
    after: String,
    done: Option<usize>,
    skipped: Option<usize>,
}

use nafida_engine::cases::QUEUE_FILTERS as FLAGS;

/// A case of the staff member's scope by reference, else 404 (the denial logged).
pub async fn staff_case(
    state: &AppState,
    staff: &Staff,
    parts: &axum::http::request::Parts,
    reference: &str,
) -> Result<CaseRow, AppError> {
    match nafida_engine::cases::find(state.engine(), &staff.actor(), reference).await {
        Ok(c) => Ok(c),
        Err(nafida_engine::EngineError::NotFound) => {
            Err(deny(parts, Some(&staff.user.account), "case absent or out of scope", AppError::NotFound))
        }
        Err(e) => Err(e.into()),
    }
}

/// The staff page of a case, with errors.
pub async fn staff_case_page_pub(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    c: &CaseRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    staff_case_page(state, ctx, staff, c, errors).await
}

/// The staff page after a refusal of the engine: not allowed is 403 (logged), problems are
/// shown beside their fields, a case changed meanwhile is shown as it is now; what was typed in
/// the refused form stays in it.
pub async fn refused(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    parts: &axum::http::request::Parts,
    c: &CaseRow,
    refusal: Refusal,
    kept: Kept,
) -> Result<Response, AppError> {
    match refusal {
        Refusal::NotAllowed(why) | Refusal::Forbidden(why) => {
            Err(deny(parts, Some(&staff.user.account), why, AppError::Forbidden))
        }
        Refusal::Invalid(problems) => {
            let errors = FormErrors::from_problems(&ctx, &problems).keep(kept);
            staff_case_page(state, ctx, staff, c, errors).await
        }
        Refusal::Unavailable(code) => {
            let key = format!("err-{code}");
            let mut errors = FormErrors::default();
            errors.add_keyed("action", &key, ctx.t(&key));
            let page = staff_case_page(state, ctx, staff, c, errors.keep(kept)).await?;
            Ok(crate::forms::retry_later(page))
        }
        Refusal::Changed => {
            let mut errors = FormErrors::default();
            errors.add_keyed("action", "err-case-changed", ctx.t("err-case-changed"));
            let errors = errors.keep(kept);
            let fresh = nafida_engine::cases::reload(state.engine(), c).await?;
            staff_case_page(state, ctx, staff, &fresh, errors).await
        }
    }
}

/// A request's answers as people read them: a choice by its label, an administration or a
/// country by its name, a topic by its name; the rest as typed.
pub(crate) async fn shown_fields(
    state: &AppState,
    names: &OrgNames,
    p: &nafida_domain::catalog::Procedure,
    values: &BTreeMap<String, String>,
    code: &str,
) -> Result<Vec<(String, String)>, AppError> {
    let mut fields = vec![];
    for f in &p.fields {
        let Some(v) = values.get(&f.name) else { continue };
        let shown = match f.kind {
            FieldKind::Choice => {
                f.options.iter().find(|o| &o.value == v).map_or(v.clone(), |o| o.label.get(code).to_string())
            }
            FieldKind::Commune | FieldKind::ConsularPost | FieldKind::CivilStatusOffice | FieldKind::Administration => {
                names.get(v)
            }
            FieldKind::Country => super::consulates::country_name(v, code),
            FieldKind::ComplaintTopic => nafida_store::topics::list(state.db())
                .await?
                .into_iter()
                .find(|t| &t.id == v)
                .map_or(v.clone(), |t| t.name.get(code).to_string()),
            _ => v.clone(),
        };
        fields.push((f.label.get(code).to_string(), shown));
    }
    Ok(fields)
}

/// Where a staff action sends the browser once done.
fn back_to(c: &CaseRow) -> Response {
    Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response()
}

/// `GET /staff/queue`: an administration's open cases, the most urgent first.
pub async fn show_queue(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Query(q): Query<QueueQuery>,
) -> Result<Response, AppError> {
    let org =
        if q.org.is_empty() { staff.org.clone() } else { OrgId::parse(&q.org).map_err(|_| AppError::NotFound)? };
    if !staff.covers(&state, &org).await? {
        return Err(deny(&parts, Some(&staff.user.account), "queue out of scope", AppError::NotFound));
    }
    let mine_only = !q.mine.is_empty();
    let flag = FLAGS.iter().find(|f| **f == q.flag).copied();
    let engine = state.engine();
    let calendars = nafida_engine::clock::Calendars::load(engine).await?;
    let window = match flag {
        Some(f) => nafida_engine::clock::due_window(engine, f).await?,
        None => None,
    };
    let filter = cases::QueueFilter {
        open_only: q.all.is_empty(),
        assignee: mine_only.then_some(staff.user.account.id.as_str()),
        due_window: window.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
        flag: flag.filter(|f| !matches!(*f, "overdue" | "due-soon")),
        status: (!q.status.is_empty() && q.status.len() <= 64).then_some(q.status.as_str()),
    };
    // Keyset pagination: `after` is the last row's `due_date/queue_key`.
    let after = q.after.split_once('/');
    let list = cases::queue(state.db(), org.as_str(), filter, after, PAGE + 1).await?;
    let next = (list.len() > PAGE as usize)
        .then(|| list.get(PAGE as usize - 1).map(|c| format!("{}/{}", c.due_date, c.queue_key())))
        .flatten();
    let list: Vec<CaseRow> = list.into_iter().take(PAGE as usize).collect();
    let code = ctx.lang.code();
    let mut rows = vec![];
    let mut bulk_actions: Vec<(String, String)> = vec![];
    for c in list {
        let (p, w) = case_procedure(&state, &c).await?;
        for t in w.allowed(&c.status, staff.actor().workflow()) {
            if bulk_safe(&w, t) && !bulk_actions.iter().any(|(a, _)| *a == t.action) {
                bulk_actions.push((t.action.clone(), t.label.get(code).to_string()));
            }
        }
        let left = nafida_engine::clock::clock_left(calendars.of(&c.org_id), now(&state), &c, p.deadline.count);
        let open = c.phase.is_open();
        rows.push(QueueRow {
            title: p.title.get(code).to_string(),
            status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
            due: casework::show_date(&c.due_date),
            countdown: if open { casework::countdown(&ctx, &c, left, p.deadline.count) } else { String::new() },
            overdue: open && left < 0,
            mine: c.assignee_id.as_deref() == Some(staff.user.account.id.as_str()),
            assigned: c.assignee_id.is_some(),
            tags: c
                .flags
                .clone()
                .iter()
                .filter(|f| {
                    matches!(f, Flag::FastLane | Flag::PossibleDuplicate | Flag::AwaitingPayment | Flag::RoutingOverdue)
                })
                .map(|f| ctx.t(&format!("flag-{}", f.as_str())))
                .collect(),
            reference: c.reference,
        });
    }
    let lang = ctx.lang;
    let org_name = org_name(&state, org.as_str(), code).await?;
    let flags = FLAGS
        .iter()
        .map(|f| FlagLink {
            href: format!("/staff/queue?org={}&flag={f}", org.as_str()),
            label: ctx.t(&format!("flag-{f}")),
            current: flag == Some(*f),
        })
        .collect();
    let next_href = next.map(|n| {
        format!(
            "/staff/queue?org={}&mine={}&all={}&flag={}&status={}&after={}",
            org.as_str(),
            q.mine,
            q.all,
            flag.unwrap_or(""),
            crate::page::encode_component(&q.status),
            crate::page::encode_component(&n)
        )
    });
    // The statuses of the workflows this administration (or one under it) handles.
    let all_orgs = nafida_store::orgs::list(state.db()).await?;
    let mut scope = vec![org.clone()];
    let mut i = 0;
    while let Some(id) = scope.get(i).cloned() {
        scope.extend(all_orgs.iter().filter(|o| o.parent.as_ref() == Some(&id)).map(|o| o.id.clone()));
        i += 1;
    }
    let kinds: Vec<nafida_domain::OrgKind> =
        all_orgs.iter().filter(|o| scope.contains(&o.id)).map(|o| o.kind).collect();
    let handled: Vec<&str> = state
        .catalog()
        .catalog
        .procedures
        .values()
        .filter(|p| kinds.contains(&p.responsible))
        .map(|p| p.workflow.as_str())
        .collect();
    let mut statuses: Vec<FlagLink> = vec![];
    for w in
        state.catalog().catalog.workflows.values().filter(|w| handled.is_empty() || handled.contains(&w.id.as_str()))
    {
        for st in w.statuses.iter().filter(|s| !s.terminal && s.phase.is_open()) {
            if !statuses.iter().any(|l| l.href.ends_with(&format!("status={}", st.id))) {
                statuses.push(FlagLink {
                    href: format!("/staff/queue?org={}&status={}", org.as_str(), st.id),
                    label: st.label.get(code).to_string(),
                    current: q.status == st.id,
                });
            }
        }
    }
    let colleagues = if staff.role() == nafida_domain::Role::Agent {
        vec![]
    } else {
        nafida_store::accounts::staff_under(state.db(), &org)
            .await?
            .into_iter()
            .filter(|a| a.org_id.as_ref() == Some(&org) && !a.disabled)
            .map(|a| (a.id, a.display_name))
            .collect()
    };
    let notice = match (q.done, q.skipped) {
        (Some(done), Some(skipped)) => {
            Some(format!("{} {}", ctx.tn("queue-bulk-done", done as i64), ctx.tn("queue-bulk-skipped", skipped as i64)))
        }
        _ => None,
    };
    render(
        &QueuePage {
            bulk_actions,
            colleagues,
            notice,
            ctx,
            org_name,
            rows,
            mine_only,
            all: !q.all.is_empty(),
            org_id: org.to_string(),
            flags,
            status_filtered: !q.status.is_empty(),
            statuses,
            next_href,
        },
        lang,
    )
}

/// A transition the staff member may take.
pub struct ActionView {
    action: String,
    label: String,
    needs_motivation: bool,
    request: bool,
}

impl ActionView {
    /// The name its form's typed values are kept under.
    pub fn form(&self) -> String {
        format!("action-{}", self.action)
    }
}

/// A document of the list, to request.
pub struct DocChoice {
    id: String,
    label: String,
}

#[derive(Template)]
#[template(path = "staff/case.html")]
struct StaffCasePage {
    ctx: PageCtx,
    review: Option<ReviewView>,
    reference: String,
    title: String,
    org_name: String,
    status: String,
    due: String,
    countdown: String,
    /// The nearest date something is due on the case: its answer, or an awaited opinion.
    next_deadline: Option<(String, String)>,
    fields: Vec<(String, String)>,
    files: Vec<FileRow>,
    /// The latest events of its history, always in view…
    timeline: Vec<TimelineRow>,
    /// …and the earlier ones, folded.
    history_earlier: Vec<TimelineRow>,
    earlier_count: i64,
    actions: Vec<ActionView>,
    documents: Vec<DocChoice>,
    assigned_to_me: bool,
    errors: FormErrors,
    transfer_targets: Vec<(String, String)>,
    colleagues: Vec<(String, String)>,
    can_assign: bool,
    opinions: Vec<OpinionView>,
    opinion_orgs: Vec<(String, String)>,
    extend_days: i64,
    represented: Option<String>,
    /// Other open cases of the same person with the same form, when flagged.
    twins: Vec<String>,
    fast_lane: bool,
    /// Paid with an e-Timbre to check at the counter.
    stamp_to_check: bool,
    issued: Vec<DocLink>,
    /// An approved request for a civil-status document that has none yet.
    can_issue: bool,
    /// What is to pay, when the request waits for its payment.
    to_pay: Option<String>,
    /// An approved request to send by post.
    to_post: bool,
    /// Complaints about this request: `(reference, status)`.
    complaints: Vec<(String, String)>,
    /// Opened by the provincial cell following it: it coordinates, it does not decide.
    follow_only: bool,
    /// Its permit side: the owner, the commission's opinions.
    permit: casework::PermitView,
}

/// An opinion as pages show it.
pub struct OpinionView {
    org_name: String,
    question: String,
    due: String,
    verdict_key: Option<String>,
    answer: Option<String>,
}

/// Why a staff member opens a case; recorded and shown to the person.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OpenQuery {
    reason: String,
}

async fn staff_case_page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    c: &CaseRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (p, w) = case_procedure(state, c).await?;
    let flags = &c.flags;
    let code = ctx.lang.code();
    let all_orgs = nafida_store::orgs::list(state.db()).await?;
    let names = OrgNames::from_orgs(&all_orgs, code);
    let values: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let fields = shown_fields(state, &names, &p, &values, code).await?;
    let cal = nafida_engine::clock::calendar_for(state.engine(), &c.org_id).await?;
    let left = nafida_engine::clock::clock_left(&cal, now(state), c, p.deadline.count);
    let follow_only = !staff.actor().handles(state.engine(), c).await?;
    let actions = w
        .allowed(&c.status, staff.actor().workflow())
        .into_iter()
        .filter(|_| !follow_only)
        .map(|t| ActionView {
            action: t.action.clone(),
            label: t.label.get(code).to_string(),
            needs_motivation: t.needs_motivation,
            request: w.status(&t.to).is_some_and(|s| s.waits_for_applicant),
        })
        .collect();
    let review = review_view(state, &ctx, staff, c, &p).await?;
    let opinions = cases::opinions_of(state.db(), &c.id).await?;
    // The nearest date due: the answer to the person while the case is open, an opinion awaited.
    let mut due_dates: Vec<(String, String)> = opinions
        .iter()
        .filter(|o| o.verdict.is_none())
        .map(|o| (o.due_date.clone(), ctx.t1("case-next-deadline-opinion", "org", &names.get(&o.org_id))))
        .collect();
    if c.phase.is_open() {
        due_dates.push((c.due_date.clone(), ctx.t("case-next-deadline-answer")));
    }
    let next_deadline =
        due_dates.into_iter().min_by(|a, b| a.0.cmp(&b.0)).map(|(date, what)| (casework::show_date(&date), what));
    let mut history = timeline(state, &ctx, c, (&p, &w), true, &names).await?;
    const IN_VIEW: usize = 5;
    let history_earlier: Vec<TimelineRow> = history.drain(..history.len().saturating_sub(IN_VIEW)).collect();
    let page = StaffCasePage {
        next_deadline,
        review,
        reference: c.reference.clone(),
        title: p.title.get(code).to_string(),
        org_name: org_name(state, &c.org_id, code).await?,
        status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
        due: casework::show_date(&c.due_date),
        // A decided case has no time left to count.
        countdown: if c.phase.is_open() { casework::countdown(&ctx, c, left, p.deadline.count) } else { String::new() },
        fields,
        files: file_rows(state, &ctx, c, &p, &format!("/staff/cases/{}", c.reference)).await?,
        earlier_count: history_earlier.len() as i64,
        history_earlier,
        timeline: history,
        actions,
        documents: p
            .documents
            .iter()
            .map(|d| DocChoice { id: d.id.clone(), label: d.label.get(code).to_string() })
            .collect(),
        assigned_to_me: c.assignee_id.as_deref() == Some(staff.user.account.id.as_str()),
        errors,
        transfer_targets: {
            let mut v: Vec<(String, String)> = all_orgs
                .iter()
                .filter(|o| o.kind == p.responsible && o.id.as_str() != c.org_id)
                .map(|o| (o.id.to_string(), o.name.get(code).to_string()))
                .collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v
        },
        colleagues: match OrgId::parse(&c.org_id) {
            Ok(org) => nafida_store::accounts::staff_under(state.db(), &org)
                .await?
                .into_iter()
                .filter(|a| a.org_id.as_ref() == Some(&org) && !a.disabled)
                .map(|a| (a.id, a.display_name))
                .collect(),
            Err(_) => vec![],
        },
        can_assign: staff.role() != nafida_domain::Role::Agent && !follow_only,
        follow_only,
        extend_days: if !follow_only && staff_cmd::can_extend(state.engine(), c).await? {
            i64::from(p.deadline.extendable_days)
        } else {
            0
        },
        represented: cases::represented_name(state.db(), &c.id).await?,
        twins: if flags.has(Flag::PossibleDuplicate) {
            let represented = cases::represented_name(state.db(), &c.id).await?;
            cases::open_twins(state.db(), &c.applicant_id, &c.procedure_id, &c.form_data, represented.as_deref())
                .await?
                .into_iter()
                .filter(|r| *r != c.reference)
                .collect()
        } else {
            vec![]
        },
        fast_lane: flags.has(Flag::FastLane),
        stamp_to_check: flags.has(Flag::StampToCheck),
        issued: doc_links(state, &ctx, c, &format!("/staff/cases/{}", c.reference)).await?,
        to_post: staff_cmd::by_post_and_approved(c),
        complaints: complaints_about(state, &ctx, c).await?,
        permit: casework::permit_view(state, &ctx, c, &p, &format!("/staff/cases/{}", c.reference), false).await?,
        to_pay: if flags.has(Flag::AwaitingPayment) {
            let price = nafida_engine::payments::price_of(state.engine(), &p, c).await?;
            Some(ctx.tn("pay-amount", i64::from(price.total())))
        } else {
            None
        },
        can_issue: c.phase == Phase::Approved
            && nafida_engine::civil::issues_civil_document(&p).is_some()
            && nafida_engine::civil::issued_for_case(state.engine(), c).await?.is_empty(),
        opinions: {
            let mut v = vec![];
            for o in opinions {
                // A coordination request is the cell's, asked of the case's administration.
                let coordination = o.kind == staff_cmd::COORDINATION;
                let prefix = if coordination { "coordination" } else { "verdict" };
                v.push(OpinionView {
                    org_name: if coordination {
                        ctx.t1("coordination-from", "org", &names.get(o.asker_org_id.as_deref().unwrap_or_default()))
                    } else {
                        names.get(&o.org_id)
                    },
                    question: casework::opinion_question(&ctx, &o.question),
                    due: casework::show_date(&o.due_date),
                    verdict_key: o.verdict.map(|v| format!("{prefix}-{v}")),
                    answer: o.answer,
                });
            }
            v
        },
        opinion_orgs: {
            let mut v: Vec<(String, String)> = all_orgs
                .iter()
                .filter(|o| {
                    o.id.as_str() != c.org_id
                        && !matches!(o.kind, nafida_domain::OrgKind::State | nafida_domain::OrgKind::Ministry)
                })
                .map(|o| (o.id.to_string(), o.name.get(code).to_string()))
                .collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v
        },
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

/// What the issuing office's agent sees of the right to a civil-status document.
pub struct ReviewView {
    relation: String,
    holder: bool,
    proofs: Vec<(String, bool)>,
    level: String,
    checked: Option<String>,
    act: Option<Vec<(String, String)>>,
    mismatches: Vec<String>,
}

/// The review panel of a request for a civil-status document; showing the act to staff is a
/// reading logged against it, for its holder to see.
async fn review_view(
    state: &AppState,
    ctx: &PageCtx,
    staff: &Staff,
    c: &nafida_store::cases::CaseRow,
    p: &nafida_domain::catalog::Procedure,
) -> Result<Option<ReviewView>, AppError> {
    let Some(r) = nafida_engine::civil::issuance_review(state.engine(), c, p).await? else { return Ok(None) };
    if let Some(act) = &r.act {
        nafida_engine::acts::consulted(state.engine(), &staff.actor(), act, Some(&c.id), "case-review").await?;
    }
    let code = ctx.lang.code();
    let attached: Vec<String> =
        cases::attachments(state.db(), &c.id).await?.into_iter().map(|a| a.document_id).collect();
    let field = p.entitlement.as_ref().and_then(|e| p.fields.iter().find(|f| f.name == e.field));
    let relation = match (&r.relation, field) {
        (Some(rel), Some(f)) => {
            f.options.iter().find(|o| o.value == rel.value).map_or(rel.value.clone(), |o| o.label.get(code).to_string())
        }
        _ => ctx.t("acts-ground-undeclared"),
    };
    let proofs = r
        .relation
        .iter()
        .flat_map(|rel| rel.proof.iter())
        .filter_map(|id| p.documents.iter().find(|d| &d.id == id))
        .map(|d| (d.label.get(code).to_string(), attached.contains(&d.id)))
        .collect();
    let checked = r.identity.check.as_ref().filter(|_| r.identity.level.checked()).map(|c| {
        [c.name_ar.as_deref(), c.name_latin.as_deref(), c.birth_date.as_deref(), c.cnie_masked.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let act = r.act.as_ref().map(|a| {
        let rel = &a.relatives;
        let mut rows = vec![
            (ctx.t("review-act-number"), format!("{}/{}", a.number, a.year)),
            (ctx.t("doc-field-name-latin"), format!("{} · {}", a.name_ar, a.name_latin.clone().unwrap_or_default())),
            (ctx.t("doc-field-event-date"), a.event_date.clone()),
            (ctx.t("doc-field-place"), nafida_domain::places::show(&a.place, ctx.lang.code())),
        ];
        for (key, ar, latin) in [
            ("doc-field-father", &rel.father_ar, &rel.father_latin),
            ("doc-field-mother", &rel.mother_ar, &rel.mother_latin),
        ] {
            let names: Vec<&str> = [ar.as_deref(), latin.as_deref()].into_iter().flatten().collect();
            if !names.is_empty() {
                rows.push((ctx.t(key), names.join(" · ")));
            }
        }
        rows
    });
    Ok(Some(ReviewView {
        relation,
        holder: r.relation.as_ref().is_some_and(|x| x.is_holder()),
        proofs,
        level: ctx.t(&format!("identity-level-{}", r.identity.level.as_str())),
        checked,
        act,
        mismatches: r.mismatches.iter().map(|m| ctx.t(&format!("review-mismatch-{}", m.as_str()))).collect(),
    }))
}

/// `GET /staff/cases/{ref}`: opening a case is recorded, with its reason, in the history the
/// person sees ("who looked at my file").
pub async fn show_staff_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Query(q): Query<OpenQuery>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    // The provincial cell opens a case of another administration to follow it, and says so.
    let reason = if staff.actor().handles(state.engine(), &c).await? {
        ViewReason::parse(&q.reason)
    } else {
        ViewReason::FollowUp
    };
    engine_cases::record_view(state.engine(), &staff.actor(), &c, reason).await?;
    staff_case_page(&state, ctx, &staff, &c, FormErrors::default()).await
}

fn parse_action_form(body: &[u8]) -> Request {
    // Repeated `documents` fields: decode pairs by hand.
    let pairs = crate::csrf::form_urlencoded_pairs(body);
    let mut f = Request::default();
    for (k, v) in pairs {
        match k.as_str() {
            "action" => f.action = v,
            "motivation" => f.motivation = v,
            "documents" => f.documents.push(v),
            "other_document" => f.other_document = v,
            "other_reason" => f.other_reason = v,
            _ => {}
        }
    }
    f
}

/// What was typed in a workflow action's form, kept apart from the other actions' forms.
fn action_kept(r: &Request) -> Kept {
    let mut values = vec![
        ("motivation", r.motivation.as_str()),
        ("other_document", r.other_document.as_str()),
        ("other_reason", r.other_reason.as_str()),
    ];
    values.extend(r.documents.iter().map(|d| ("documents", d.as_str())));
    Kept::new(&format!("action-{}", r.action), values)
}

/// A posting.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PostedForm {
    tracking: String,
}

/// `POST /staff/cases/{ref}/posted`: the office records that an approved request's document
/// left by registered post, with the tracking number the person then sees.
pub async fn record_posting(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<PostedForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::record_posting(state.engine(), &staff.actor(), &c, &form.tracking).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => {
            refused(&state, ctx, &staff, &parts, &c, r, Kept::new("posted", [("tracking", form.tracking.as_str())]))
                .await
        }
    }
}

/// `POST /staff/cases/{ref}/issue`: issues the document of an approved case that has none
/// yet (approved before its act was in the register, or interrupted while issuing).
pub async fn issue_missing_document(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::issue_missing_document(state.engine(), &staff.actor(), &c).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => refused(&state, ctx, &staff, &parts, &c, r, Kept::none()).await,
    }
}

/// `POST /staff/cases/{ref}/action`: a transition the workflow allows this role. A refusal
/// needs a motivation; a request for documents names documents of the procedure's list, and
/// anything else needs a written reason that the person sees.
pub async fn act_on_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let request = parse_action_form(&body);
    match transition::apply(state.engine(), &staff.actor(), &c, &request).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => refused(&state, ctx, &staff, &parts, &c, r, action_kept(&request)).await,
    }
}

/// A note or a message.
#[derive(Debug, Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    note: String,
}

/// `POST /staff/cases/{ref}/notes`: seen by staff only.
pub async fn add_note(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<NoteForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::add_note(state.engine(), &staff.actor(), &c, &form.note).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => refused(&state, ctx, &staff, &parts, &c, r, Kept::new("note", [("note", form.note.as_str())])).await,
    }
}

/// `POST /staff/cases/{ref}/messages`: a message to the person.
pub async fn message_applicant(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<NoteForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::message_applicant(state.engine(), &staff.actor(), &c, &form.note).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => {
            refused(&state, ctx, &staff, &parts, &c, r, Kept::new("message", [("note", form.note.as_str())])).await
        }
    }
}

/// `POST /staff/cases/{ref}/claim`: the staff member takes the case.
pub async fn claim_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::claim(state.engine(), &staff.actor(), &c).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => refused(&state, ctx, &staff, &parts, &c, r, Kept::none()).await,
    }
}

/// `POST /staff/cases/{ref}/stamp-checked`: the agent checked the purchase of an e-Timbre
/// the DGI could not be asked about.
pub async fn check_stamp(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::check_stamp(state.engine(), &staff.actor(), &c).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => refused(&state, ctx, &staff, &parts, &c, r, Kept::none()).await,
    }
}

/// A coordination request of the cell.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CoordinationForm {
    question: String,
    days: String,
}

/// `POST /staff/cases/{ref}/coordination`: the provincial cell asks the administration
/// handling a case it follows to act, by a deadline.
pub async fn ask_coordination(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<CoordinationForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match nafida_engine::cell::ask_coordination(state.engine(), &staff.actor(), &c, &form.question, &form.days).await? {
        Ok(_) => Ok(back_to(&c)),
        Err(r) => {
            refused(
                &state,
                ctx,
                &staff,
                &parts,
                &c,
                r,
                Kept::new("coordination", [("question", form.question.as_str()), ("days", form.days.as_str())])
                    .renaming("question", "coordination_question"),
            )
            .await
        }
    }
}

/// `GET /staff/cases/{ref}/files/{id}`
pub async fn download_staff_file(
    State(state): State<AppState>,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path((reference, file_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    send_attachment(&state, &c, &file_id).await
}

/// A transfer to another administration.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TransferForm {
    org: String,
    reason: String,
}

/// `POST /staff/cases/{ref}/transfer`: the case goes to the competent administration, with a
/// reason the person sees; the legal clock keeps running from the filing.
pub async fn transfer_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<TransferForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::transfer(state.engine(), &staff.actor(), &c, &form.org, &form.reason).await? {
        // The sender may no longer see the case; back to the queue.
        Ok(()) => Ok(Redirect::to("/staff/queue").into_response()),
        Err(r) => {
            refused(
                &state,
                ctx,
                &staff,
                &parts,
                &c,
                r,
                Kept::new("transfer", [("org", form.org.as_str()), ("reason", form.reason.as_str())]),
            )
            .await
        }
    }
}

/// Assigning a case to a colleague.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    assignee: String,
}

/// `POST /staff/cases/{ref}/assign`: a supervisor or an administrator gives the case to a staff
/// member of its administration.
pub async fn assign_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<AssignForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::assign(state.engine(), &staff.actor(), &c, &form.assignee).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => {
            refused(&state, ctx, &staff, &parts, &c, r, Kept::new("assign", [("assignee", form.assignee.as_str())]))
                .await
        }
    }
}

/// Asking another administration for an opinion.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AskOpinionForm {
    org: String,
    question: String,
}

/// `POST /staff/cases/{ref}/opinions`: asks another administration for an opinion, due in
/// ten working days.
pub async fn ask_opinion(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<AskOpinionForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::ask_opinion(state.engine(), &staff.actor(), &c, &form.org, &form.question).await? {
        Ok(_) => Ok(back_to(&c)),
        Err(r) => {
            refused(
                &state,
                ctx,
                &staff,
                &parts,
                &c,
                r,
                Kept::new("opinion", [("org", form.org.as_str()), ("question", form.question.as_str())])
                    .renaming("org", "opinion_org"),
            )
            .await
        }
    }
}

/// An opinion awaited from the staff member's administration.
pub struct PendingView {
    id: String,
    reference: String,
    title: String,
    asked_by: String,
    due: String,
    /// A coordination request of the provincial cell.
    coordination: bool,
}

#[derive(Template)]
#[template(path = "staff/opinions.html")]
struct OpinionsPage {
    ctx: PageCtx,
    rows: Vec<PendingView>,
}

/// `GET /staff/opinions`: the opinions the staff member's administration owes.
pub async fn list_opinions(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let names = OrgNames::load(state.engine(), code).await?;
    let mut rows = vec![];
    for o in nafida_store::cases::pending_opinions(state.db(), staff.org.as_str()).await? {
        let (p, _) =
            state.catalog().version(state.db(), &o.procedure.0, o.procedure.1).await.map_err(AppError::Internal)?;
        rows.push(PendingView {
            id: o.id,
            reference: o.reference,
            title: p.title.get(code).to_string(),
            asked_by: names.get(&o.asked_by),
            due: casework::show_date(&o.due_date),
            coordination: o.kind == staff_cmd::COORDINATION,
        });
    }
    let lang = ctx.lang;
    render(&OpinionsPage { ctx, rows }, lang)
}

#[derive(Template)]
#[template(path = "staff/opinion.html")]
struct OpinionPage {
    ctx: PageCtx,
    id: String,
    reference: String,
    title: String,
    asked_by: String,
    question: String,
    due: String,
    fields: Vec<(String, String)>,
    given: Option<(String, String)>,
    errors: FormErrors,
    /// A coordination request of the provincial cell (its answers differ from an opinion's).
    coordination: bool,
    /// The file's current plans and documents, as the body reads them: (label, file, href).
    files: Vec<(String, String, String)>,
    /// The marked-up files this body filed: (file, href).
    markups: Vec<(String, String)>,
    /// Whether it may file one now (a permit's file being examined).
    may_mark_up: bool,
    /// Largest marked-up file, in MiB.
    max_mb: i64,
    /// The commission's meeting the file is examined in, once scheduled: (when, where).
    meeting: Option<(String, String)>,
}

async fn opinion_for(
    state: &AppState,
    staff: &Staff,
    parts: &axum::http::request::Parts,
    id: &str,
) -> Result<(nafida_store::cases::Opinion, CaseRow), AppError> {
    match staff_cmd::opinion_for(state.engine(), &staff.actor(), id).await {
        Err(nafida_engine::EngineError::NotFound) => {
            Err(deny(parts, Some(&staff.user.account), "opinion absent or out of scope", AppError::NotFound))
        }
        other => Ok(other?),
    }
}

async fn opinion_page(
    state: &AppState,
    ctx: PageCtx,
    o: nafida_store::cases::Opinion,
    c: &CaseRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (p, _) = case_procedure(state, c).await?;
    let code = ctx.lang.code();
    let values: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let names = OrgNames::load(state.engine(), code).await?;
    let fields = shown_fields(state, &names, &p, &values, code).await?;
    let lang = ctx.lang;
    let coordination = o.kind == staff_cmd::COORDINATION;
    let prefix = if coordination { "coordination" } else { "verdict" };
    let href = |file: &str| format!("/staff/opinions/{}/files/{file}", o.id);
    let label = |a: &nafida_store::cases::AttachmentRow| match nafida_engine::permits::plans::plan_of(a) {
        Some(plan) => p
            .plans
            .as_ref()
            .and_then(|set| set.plan(plan))
            .map_or_else(|| plan.to_string(), |x| x.label.get(code).to_string()),
        None => p
            .documents
            .iter()
            .find(|d| d.id == a.document_id)
            .map_or_else(|| a.document_id.clone(), |d| d.label.get(code).to_string()),
    };
    let files = if coordination {
        vec![]
    } else {
        nafida_engine::permits::markups::readable_by_body(state.engine(), c)
            .await?
            .iter()
            .map(|a| (label(a), a.filename.clone(), href(&a.id)))
            .collect()
    };
    let markups = nafida_store::cases::attachments(state.db(), &c.id)
        .await?
        .into_iter()
        .filter(|a| nafida_engine::permits::markups::opinion_of(a) == Some(o.id.as_str()))
        .map(|a| (a.filename.clone(), href(&a.id)))
        .collect();
    let meeting = nafida_engine::permits::meetings::of(state.engine(), c).await?.map(|m| (ctx.when(m.at), m.place));
    let page = OpinionPage {
        meeting,
        files,
        markups,
        may_mark_up: !coordination && nafida_engine::permits::plans::takes_corrections(&p, c),
        max_mb: p.plans.as_ref().map_or(0, |s| i64::from(s.max_mb)),
        id: o.id.clone(),
        reference: c.reference.clone(),
        title: p.title.get(code).to_string(),
        asked_by: org_name(state, o.asker_org_id.as_deref().unwrap_or(&c.org_id), code).await?,
        coordination,
        question: casework::opinion_question(&ctx, &o.question),
        due: casework::show_date(&o.due_date),
        fields,
        given: o.verdict.clone().map(|v| (format!("{prefix}-{v}"), o.answer.clone().unwrap_or_default())),
        errors,
        ctx,
    };
    render(&page, lang)
}

/// `GET /staff/opinions/{id}`: the case as the administration asked sees it (the opening is
/// recorded in the case's history, with the reason "opinion").
pub async fn show_opinion(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (o, c) = opinion_for(&state, &staff, &parts, &id).await?;
    engine_cases::record_view(state.engine(), &staff.actor(), &c, ViewReason::Opinion).await?;
    opinion_page(&state, ctx, o, &c, FormErrors::default()).await
}

/// An opinion given.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GiveOpinionForm {
    verdict: String,
    answer: String,
}

/// `POST /staff/opinions/{id}`: favourable, with reserves, or unfavourable, with its text.
pub async fn give_opinion(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(id): Path<String>,
    Form(form): Form<GiveOpinionForm>,
) -> Result<Response, AppError> {
    let (o, c) = opinion_for(&state, &staff, &parts, &id).await?;
    match staff_cmd::give_opinion(state.engine(), &staff.actor(), &o, &form.verdict, &form.answer).await? {
        Ok(()) => Ok(Redirect::to("/staff/opinions").into_response()),
        Err(Refusal::Invalid(problems)) => {
            let errors = FormErrors::from_problems(&ctx, &problems);
            opinion_page(&state, ctx, o, &c, errors).await
        }
        Err(_) => Err(AppError::NotFound),
    }
}

/// `GET /staff/opinions/{id}/files/{file}`: a file of the case the body reads for its opinion
/// (a current plan, a document, its own marked-up files).
pub async fn download_opinion_file(
    State(state): State<AppState>,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (o, c) = opinion_for(&state, &staff, &parts, &id).await?;
    let readable = nafida_engine::permits::markups::readable_by_body(state.engine(), &c).await?;
    let own = nafida_store::cases::attachments(state.db(), &c.id)
        .await?
        .into_iter()
        .any(|a| a.id == file && nafida_engine::permits::markups::opinion_of(&a) == Some(o.id.as_str()));
    if !own && !readable.iter().any(|a| a.id == file) {
        return Err(AppError::NotFound);
    }
    crate::views::send_attachment(&state, &c, &file).await
}

/// `POST /staff/opinions/{id}/markup`: the body files a marked-up PDF with its opinion
/// (streamed, as large as a plan).
pub async fn file_markup(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(id): Path<String>,
    form: axum::extract::Multipart,
) -> Result<Response, AppError> {
    let (o, c) = opinion_for(&state, &staff, &parts, &id).await?;
    let (p, _) = case_procedure(&state, &c).await?;
    let submitted = casework::read_filing(&state, form, &p).await?;
    match nafida_engine::permits::markups::attach(state.engine(), &staff.actor(), &o, &c, &submitted).await? {
        Ok(()) => Ok(Redirect::to(&format!("/staff/opinions/{id}")).into_response()),
        Err(refusal) => {
            let errors = FormErrors::from_refusal(&ctx, refusal);
            let mut r = opinion_page(&state, ctx, o, &c, errors).await?;
            *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
    }
}

/// `POST /staff/queue/bulk`: one action on every selected case of the staff member's scope:
/// claim them, assign them to a colleague (supervisors), or take a workflow action that needs
/// no reasons. Each case is checked as if acted on alone; the queue then says how many were
/// done and how many skipped.
pub async fn bulk_action(
    State(state): State<AppState>,
    staff: Staff,
    parts: axum::http::request::Parts,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let (mut references, mut op, mut assignee) = (vec![], String::new(), String::new());
    for (k, v) in crate::csrf::form_urlencoded_pairs(&body) {
        match k.as_str() {
            "case" if references.len() < PAGE as usize * 4 => references.push(v),
            "op" => op = v,
            "assignee" => assignee = v,
            _ => {}
        }
    }
    let op = match op.as_str() {
        "claim" => BulkOp::Claim,
        "assign" => BulkOp::Assign(assignee),
        action => BulkOp::Action(action.to_string()),
    };
    match staff_cmd::bulk(state.engine(), &staff.actor(), &references, &op).await? {
        Ok(done) => {
            Ok(Redirect::to(&format!("/staff/queue?done={}&skipped={}", done.done, done.skipped)).into_response())
        }
        Err(r) => Err(deny(&parts, Some(&staff.user.account), r.code(), AppError::Forbidden)),
    }
}

/// Putting a case in the fast lane, or taking it out.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FastLaneForm {
    on: String,
    reason: String,
}

/// `POST /staff/cases/{ref}/fast-lane`: a supervisor (or the provincial cell above) puts an
/// open case in the fast lane, with a reason the person sees (a death, a return date), or
/// takes it out; the queues filter on it.
pub async fn set_fast_lane(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<FastLaneForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::set_fast_lane(state.engine(), &staff.actor(), &c, form.on == "1", &form.reason).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => {
            refused(&state, ctx, &staff, &parts, &c, r, Kept::new("fast-lane", [("reason", form.reason.as_str())]))
                .await
        }
    }
}

/// A legal extension of the time limit.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExtendForm {
    reason: String,
}

/// The commission's meeting as scheduled.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MeetingForm {
    meeting_day: String,
    meeting_time: String,
    meeting_place: String,
}

/// `POST /staff/cases/{ref}/meeting`: the urbanism service schedules (or moves) the meeting of
/// the commission that examines the file.
pub async fn schedule_meeting(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<MeetingForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let engine = state.engine();
    let actor = staff.actor();
    match nafida_engine::permits::meetings::schedule(
        engine,
        &actor,
        &c,
        &form.meeting_day,
        &form.meeting_time,
        &form.meeting_place,
    )
    .await?
    {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => {
            refused(
                &state,
                ctx,
                &staff,
                &parts,
                &c,
                r,
                Kept::new(
                    "meeting",
                    [
                        ("meeting_day", form.meeting_day.as_str()),
                        ("meeting_time", form.meeting_time.as_str()),
                        ("meeting_place", form.meeting_place.as_str()),
                    ],
                ),
            )
            .await
        }
    }
}

/// `POST /staff/cases/{ref}/extend`: where the procedure allows it, the administration extends
/// the time limit once, by the procedure's number of days, with a reason the person sees.
pub async fn extend_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<ExtendForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match staff_cmd::extend(state.engine(), &staff.actor(), &c, &form.reason).await? {
        Ok(()) => Ok(back_to(&c)),
        Err(r) => {
            refused(
                &state,
                ctx,
                &staff,
                &parts,
                &c,
                r,
                Kept::new("extend", [("reason", form.reason.as_str())]).renaming("reason", "extend_reason"),
            )
            .await
        }
    }
}
