//! The binding procedure catalogue (law 55-19): each procedure is a versioned TOML file that is
//! at once the form, the checklist of documents, the fee, the legal deadline, the silence rule
//! and the workflow. Workflows are data too (`catalog/workflows/*.toml`), shared by procedures.
//!
//! [`Catalog::load`] parses and checks everything; every error names the file and, where it
//! can, the line. Nothing here does I/O: the caller passes file names and contents.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::{Names, OrgKind, Role};

/// A problem in a catalogue file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct CatalogError {
    /// The file.
    pub file: String,
    /// 1-based line (0 when unknown).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

/// Themes of the public catalogue.
pub const THEMES: &[&str] = &["civil-status", "identity-travel", "consular", "urbanism", "complaints", "mre-services"];

/// A value of the person's profile that fills in a field of a form before they start (they
/// may change it: a request for a relative's act).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileValue {
    /// Name in Arabic script (a `text-ar` field).
    NameAr,
    /// Name in Latin letters (a `text-latin` field).
    NameLatin,
    /// Date of birth (a `date` field).
    BirthDate,
    /// Place of birth (a `text` field).
    BirthPlace,
    /// Country of residence (a `country` field).
    ResidenceCountry,
    /// City of residence (a `text` field).
    ResidenceCity,
    /// Consular post of attachment (a `consular-post` field).
    ConsularPost,
    /// Consular registration number (a `text` field).
    ConsularNumber,
    /// IDCS (an `idcs` field).
    Idcs,
    /// Phone (a `phone` field).
    Phone,
}

impl ProfileValue {
    /// Every value, with its spelling in the catalogue and the kinds of field it may fill.
    const ALL: [(ProfileValue, &'static str, &'static [FieldKind]); 10] = [
        (ProfileValue::NameAr, "name_ar", &[FieldKind::TextAr]),
        (ProfileValue::NameLatin, "name_latin", &[FieldKind::TextLatin]),
        (ProfileValue::BirthDate, "birth_date", &[FieldKind::Date]),
        (ProfileValue::BirthPlace, "birth_place", &[FieldKind::Text]),
        (ProfileValue::ResidenceCountry, "residence_country", &[FieldKind::Country]),
        (ProfileValue::ResidenceCity, "residence_city", &[FieldKind::Text]),
        (ProfileValue::ConsularPost, "consular_post", &[FieldKind::ConsularPost]),
        (ProfileValue::ConsularNumber, "consular_number", &[FieldKind::Text]),
        (ProfileValue::Idcs, "idcs", &[FieldKind::Idcs]),
        (ProfileValue::Phone, "phone", &[FieldKind::Phone]),
    ];

    /// Parses the catalogue's spelling.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, name, _)| *name == raw).map(|(v, _, _)| *v)
    }

    /// The kinds of field it may fill.
    pub fn fills(self) -> &'static [FieldKind] {
        Self::ALL.iter().find(|(v, _, _)| *v == self).map_or(&[], |(_, _, kinds)| kinds)
    }
}

/// The kind of a form field: what it holds, how it is checked and which widget offers it.
/// Parsed once when the catalogue is loaded; nothing matches on its spelling afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// One line in Arabic script.
    TextAr,
    /// One line in Latin script.
    TextLatin,
    /// Several lines of text.
    LongText,
    /// A calendar date.
    Date,
    /// A whole number.
    Number,
    /// One of the field's options.
    Choice,
    /// A country (ISO code).
    Country,
    /// A commune of the administrative map.
    Commune,
    /// A consular post.
    ConsularPost,
    /// A civil-status office (in Morocco or at a consular post).
    CivilStatusOffice,
    /// An administration of the kinds the field lists.
    Administration,
    /// An e-mail address.
    Email,
    /// A telephone number.
    Phone,
    /// A civil-status identifier (IDCS).
    Idcs,
    /// A national electronic identity card number.
    Cnie,
    /// An e-Timbre code (16 digits) proving a fee paid.
    Etimbre,
    /// A file.
    File,
    /// One of the applicant's own requests (a complaint about it).
    OwnCase,
    /// A sub-topic of the complaint topics administrators keep.
    ComplaintTopic,
}

impl FieldKind {
    /// Every kind, in the order the catalogue's documentation lists them.
    pub const ALL: [FieldKind; 20] = [
        FieldKind::Text,
        FieldKind::TextAr,
        FieldKind::TextLatin,
        FieldKind::LongText,
        FieldKind::Date,
        FieldKind::Number,
        FieldKind::Choice,
        FieldKind::Country,
        FieldKind::Commune,
        FieldKind::ConsularPost,
        FieldKind::CivilStatusOffice,
        FieldKind::Administration,
        FieldKind::Email,
        FieldKind::Phone,
        FieldKind::Idcs,
        FieldKind::Cnie,
        FieldKind::Etimbre,
        FieldKind::File,
        FieldKind::OwnCase,
        FieldKind::ComplaintTopic,
    ];

    /// Its spelling in the catalogue.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::TextAr => "text-ar",
            FieldKind::TextLatin => "text-latin",
            FieldKind::LongText => "long-text",
            FieldKind::Date => "date",
            FieldKind::Number => "number",
            FieldKind::Choice => "choice",
            FieldKind::Country => "country",
            FieldKind::Commune => "commune",
            FieldKind::ConsularPost => "consular-post",
            FieldKind::CivilStatusOffice => "civil-status-office",
            FieldKind::Administration => "administration",
            FieldKind::Email => "email",
            FieldKind::Phone => "phone",
            FieldKind::Idcs => "idcs",
            FieldKind::Cnie => "cnie",
            FieldKind::Etimbre => "etimbre",
            FieldKind::File => "file",
            FieldKind::OwnCase => "own-case",
            FieldKind::ComplaintTopic => "complaint-topic",
        }
    }

    /// The kind spelt so, if any.
    pub fn parse(s: &str) -> Option<FieldKind> {
        FieldKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether it chooses an administration (and may route the request to it).
    pub fn chooses_administration(self) -> bool {
        matches!(
            self,
            FieldKind::Commune | FieldKind::ConsularPost | FieldKind::CivilStatusOffice | FieldKind::Administration
        )
    }
}

impl std::fmt::Display for FieldKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How an applicant stands to the holder of an act they ask for (law 36-21 on civil status):
/// the holder, an ascendant, a descendant, the spouse, the guardian or legal representative, a
/// person holding the holder's mandate, a person authorised by the public prosecutor.
pub const RELATIONS: &[&str] =
    &["holder", "ascendant", "descendant", "spouse", "guardian", "mandated", "prosecutor-authorised"];

/// Who may file a procedure.
pub const APPLICANTS: &[&str] = &["self", "minor-child", "family", "representative", "architect"];

/// The citizen-facing phase of a status: one vocabulary across every procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// Filed, not yet taken up.
    Received,
    /// The administration works on it.
    InProgress,
    /// Waiting for the person (documents asked for); the clock stands still.
    WaitingForYou,
    /// Approved.
    Approved,
    /// Refused.
    Rejected,
    /// Withdrawn by the person.
    Withdrawn,
    /// Closed.
    Closed,
}

impl Phase {
    /// Every phase, in the order a case goes through them.
    pub const ALL: [Phase; 7] = [
        Phase::Received,
        Phase::InProgress,
        Phase::WaitingForYou,
        Phase::Approved,
        Phase::Rejected,
        Phase::Withdrawn,
        Phase::Closed,
    ];

    /// Its stored spelling (also the suffix of its translation key, `phase-<…>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Received => "received",
            Phase::InProgress => "in-progress",
            Phase::WaitingForYou => "waiting-for-you",
            Phase::Approved => "approved",
            Phase::Rejected => "rejected",
            Phase::Withdrawn => "withdrawn",
            Phase::Closed => "closed",
        }
    }

    /// The phase of a stored spelling.
    pub fn parse(s: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Whether a case in this phase is still open (received, in progress, waiting).
    pub fn is_open(self) -> bool {
        matches!(self, Phase::Received | Phase::InProgress | Phase::WaitingForYou)
    }

    /// Whether the administration's clock runs in this phase (open and not waiting).
    pub fn clock_runs(self) -> bool {
        matches!(self, Phase::Received | Phase::InProgress)
    }
}

impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The spellings of every phase.
pub const PHASES: &[&str] =
    &["received", "in-progress", "waiting-for-you", "approved", "rejected", "withdrawn", "closed"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorkflow {
    id: Spanned<String>,
    initial: Spanned<String>,
    status: Vec<RawStatus>,
    transition: Vec<RawTransition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatus {
    id: Spanned<String>,
    phase: Spanned<String>,
    label: Names,
    #[serde(default)]
    terminal: bool,
    #[serde(default)]
    waits_for_applicant: bool,
    #[serde(default)]
    awaits_pickup: bool,
    #[serde(default)]
    commission: bool,
    #[serde(default)]
    visit: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransition {
    action: Spanned<String>,
    from: Vec<Spanned<String>>,
    to: Spanned<String>,
    by: Vec<Spanned<String>>,
    label: Names,
    #[serde(default)]
    needs_motivation: bool,
}

/// A status of a workflow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Identifier.
    pub id: String,
    /// Citizen-facing phase.
    pub phase: Phase,
    /// Names.
    pub label: Names,
    /// No transition leaves it.
    pub terminal: bool,
    /// The administration waits for the applicant: the legal clock stops.
    pub waits_for_applicant: bool,
    /// A document made for the person waits at the counter for them to collect it, within
    /// the procedure's pickup period ([`Procedure::pickup`]).
    pub awaits_pickup: bool,
    /// The file is before the commission: entering it asks every body of the procedure's
    /// [`Procedure::commission`] for its opinion; leaving it (but to a refusal or a
    /// withdrawal) needs every binding opinion given and none unfavourable.
    pub commission: bool,
    /// An inspection visit on the site: the person books it through the appointment engine
    /// (a desk of the administration for the procedure); leaving it (but to a refusal or a
    /// withdrawal) needs the visit done (the appointment served).
    pub visit: bool,
}

/// Who takes a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// The applicant.
    Applicant,
    /// A staff role.
    Staff(Role),
    /// The platform itself (deadlines, tacit approval).
    System,
}

/// An allowed move between statuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// Identifier of the action (`approve`, `request-documents`…).
    pub action: String,
    /// Statuses it may start from.
    pub from: Vec<String>,
    /// Status it leads to.
    pub to: String,
    /// Who may take it.
    pub by: Vec<Actor>,
    /// Button label.
    pub label: Names,
    /// A written motivation is required (refusals).
    pub needs_motivation: bool,
}

/// A workflow: statuses and transitions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workflow {
    /// Identifier.
    pub id: String,
    /// First status of a filed case.
    pub initial: String,
    /// Statuses, in display order.
    pub statuses: Vec<Status>,
    /// Transitions.
    pub transitions: Vec<Transition>,
    /// The catalogue file it was read from.
    pub file: String,
}

impl Workflow {
    /// A status by id.
    pub fn status(&self, id: &str) -> Option<&Status> {
        self.statuses.iter().find(|s| s.id == id)
    }

    /// The transitions `actor` may take from `status`.
    pub fn allowed(&self, status: &str, actor: Actor) -> Vec<&Transition> {
        self.transitions.iter().filter(|t| t.from.iter().any(|f| f == status) && t.by.contains(&actor)).collect()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProcedure {
    id: Spanned<String>,
    version: u32,
    theme: Spanned<String>,
    responsible: Spanned<String>,
    routing: RawRouting,
    applicants: Vec<Spanned<String>>,
    workflow: Spanned<String>,
    title: Names,
    summary: Names,
    #[serde(rename = "where")]
    where_to_go: Names,
    fee_mad: u32,
    fee_per_copy: Option<Spanned<bool>>,
    fee_paid_with: Option<Spanned<String>>,
    postage: Option<Spanned<Postage>>,
    fee_note: Option<Names>,
    deadline: RawDeadline,
    #[serde(default = "default_silence")]
    silence: Spanned<String>,
    #[serde(default)]
    effects: Vec<RawEffect>,
    // The three keys that declared effects before `effects` (versions of procedures that
    // cases still pin are read back with them).
    issues: Option<Spanned<String>>,
    registers: Option<Spanned<String>>,
    corrects_name: Option<Spanned<bool>>,
    route_within_days: Option<u32>,
    valid_days: Option<u32>,
    document_requests: Option<Spanned<u32>>,
    #[serde(default)]
    field: Vec<RawField>,
    #[serde(default)]
    document: Vec<RawDocument>,
    entitlement: Option<RawEntitlement>,
    legal_basis: Option<RawLegalBasis>,
    archive: Option<RawArchive>,
    #[serde(default)]
    investment: bool,
    appeal: Option<RawAppeal>,
    pickup: Option<RawPickup>,
    commission: Option<RawCommission>,
    tax: Option<RawTax>,
    plans: Option<RawPlans>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlans {
    max_mb: Spanned<u32>,
    plan: Vec<RawPlan>,
    #[serde(default)]
    to_confirm: bool,
    source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    id: Spanned<String>,
    label: Names,
    only_if: Option<RawCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTax {
    kind: Spanned<String>,
    area_field: Spanned<String>,
    due_at: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommission {
    body: Vec<RawBody>,
    meeting: Option<RawMeeting>,
    #[serde(default)]
    to_confirm: bool,
    source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeeting {
    only_if: Option<RawCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBody {
    kind: Spanned<String>,
    days: Spanned<u32>,
    #[serde(default)]
    binding: bool,
    only_if: Option<RawCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPickup {
    within_days: Spanned<u32>,
    #[serde(default)]
    to_confirm: bool,
    source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAppeal {
    within_days: u32,
    decided_within_days: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegalBasis {
    text: Names,
    reference: Names,
    #[serde(default)]
    to_confirm: bool,
    #[serde(default)]
    longer_deadline: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArchive {
    years: Spanned<u32>,
    at_end: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntitlement {
    field: Spanned<String>,
    source: String,
    #[serde(default)]
    to_confirm: bool,
    relations: Vec<RawRelation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelation {
    value: Spanned<String>,
    relation: Spanned<String>,
    #[serde(default)]
    proof: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEffect {
    name: Spanned<String>,
    kind: Option<String>,
}

fn default_silence() -> Spanned<String> {
    Spanned::new(0..0, "none".to_string())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRouting {
    field: Option<Spanned<String>>,
    org: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    days: u32,
    count: Spanned<String>,
    #[serde(default)]
    extendable_days: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    name: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    required: bool,
    label: Names,
    hint: Option<Names>,
    #[serde(default)]
    options: Vec<RawOption>,
    show_if: Option<RawCondition>,
    max_days_ago: Option<Spanned<u32>>,
    #[serde(default)]
    org_kinds: Vec<Spanned<String>>,
    profile: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    value: String,
    label: Names,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    field: Spanned<String>,
    equals: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: Spanned<String>,
    #[serde(default)]
    required: bool,
    label: Names,
    max_files: Option<Spanned<u8>>,
}

/// How working days are counted for a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayCount {
    /// Every day counts.
    Calendar,
    /// Weekends and public holidays do not count.
    Working,
}

/// The legal deadline of a procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// Number of days.
    pub days: u32,
    /// How they are counted.
    pub count: DayCount,
    /// Extension the administration may take once, with a reason (0: none).
    pub extendable_days: u32,
}

/// What happens when the deadline passes without a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Silence {
    /// Nothing automatic; the case is overdue and escalates.
    None,
    /// Silence means consent: a certificate of administrative silence is issued.
    TacitApproval,
}

/// Where a case goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Routing {
    /// The administration chosen in this form field.
    Field(String),
    /// Always this administration.
    Org(String),
}

/// A choice of a choice field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldOption {
    /// Submitted value.
    pub value: String,
    /// Names.
    pub label: Names,
}

/// A form field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: FieldKind,
    /// Required.
    pub required: bool,
    /// Label.
    pub label: Names,
    /// Help text.
    pub hint: Option<Names>,
    /// Choices of a `choice` field.
    pub options: Vec<FieldOption>,
    /// Shown (and required) only when another field has a value.
    pub show_if: Option<(String, String)>,
    /// For a date: at most this many days before the filing (a declaration within 30 days).
    pub max_days_ago: Option<u32>,
    /// For an `administration` field: the kinds of administration it offers and accepts
    /// (empty: any, as a complaint may go to any administration).
    pub org_kinds: Vec<OrgKind>,
    /// The value of the person's profile it starts with.
    pub profile: Option<ProfileValue>,
}

/// A document of the binding list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSpec {
    /// Identifier.
    pub id: String,
    /// Required at filing.
    pub required: bool,
    /// Names.
    pub label: Names,
    /// How many files may be given for it at once (1 to 10; 1 unless the catalogue says).
    pub max_files: u8,
}

/// One version of a procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    /// Identifier.
    pub id: String,
    /// Version; a change of content needs a new version.
    pub version: u32,
    /// Theme.
    pub theme: String,
    /// Kind of the responsible administration.
    pub responsible: OrgKind,
    /// Routing rule.
    pub routing: Routing,
    /// Who may apply.
    pub applicants: Vec<String>,
    /// Workflow id.
    pub workflow: String,
    /// Title.
    pub title: Names,
    /// What it is for.
    pub summary: Names,
    /// Where to go.
    pub where_to_go: Names,
    /// Fee in dirhams.
    pub fee_mad: u32,
    /// Whether the fee is per copy (the form's `copies` field).
    pub fee_per_copy: bool,
    /// Postage of a delivery by post (the form's `delivery` = `post`, to `postal_country`).
    pub postage: Option<Postage>,
    /// About the fee.
    pub fee_note: Option<Names>,
    /// Legal deadline.
    pub deadline: Deadline,
    /// Silence rule.
    pub silence: Silence,
    /// The catalogue file it was read from.
    pub file: String,
    /// The line of each top-level key the contract check may point at (`workflow`, `silence`,
    /// `fee_per_copy`, `postage`).
    pub lines: BTreeMap<String, usize>,
    /// What approving it carries out, in order: effects the engine's registry dispatches
    /// (`issue-document` of a kind, `register-act` of a kind, `correct-name`…), each checked
    /// against the registry's contract by `nafida catalog check`.
    pub effects: Vec<EffectDecl>,
    /// Calendar days within which a request must leave its first status (a complaint is
    /// routed within 15 days); later it is flagged `routing-overdue` and escalated.
    pub route_within_days: Option<u32>,
    /// How long the document it issues allows its holder to act (a building permit: the days
    /// within which the works must begin); `None` for one that does not lapse.
    pub valid_days: Option<u32>,
    /// Form.
    pub fields: Vec<Field>,
    /// Binding list of documents.
    pub documents: Vec<DocumentSpec>,
    /// Who may obtain what it issues, when it issues something about a person.
    pub entitlement: Option<Entitlement>,
    /// The e-Timbre field whose code proves the fee paid (then nothing is charged again).
    pub fee_paid_with: Option<String>,
    /// The legal text it applies (every current procedure names one: `nafida catalog check`).
    pub legal_basis: Option<LegalBasis>,
    /// Its archiving rule (every current procedure has one).
    pub archive: Option<Archive>,
    /// An investment act (law 55-19's shorter ceiling on time limits).
    pub investment: bool,
    /// Days after a refusal during which the person may appeal to the administration.
    pub appeal_within_days: u32,
    /// Calendar days the administration has to decide an appeal.
    pub appeal_decided_within_days: u32,
    /// How many times the administration may stop the clock to ask for documents of the list
    /// (law 55-19: once, unless the procedure's legal basis provides more).
    pub document_requests: u32,
    /// How long a document made for the person waits at the counter once ready (procedures
    /// whose workflow has a status that awaits pickup).
    pub pickup: Option<Pickup>,
    /// The bodies whose opinion the file needs before a decision (permits), when it has a
    /// commission.
    pub commission: Option<Commission>,
    /// A tax computed from the form and the commune's rate, due when the file reaches a
    /// status (the tax on construction operations, before the permit is delivered).
    pub tax: Option<Tax>,
    /// The plan set the file carries (permits): each plan a PDF, large ones streamed.
    pub plans: Option<PlanSet>,
}

/// Whether an id is a lowercase slug (`a-z`, digits, `-`), 1 to 40 characters.
fn is_slug(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The plans a permit's file carries, by category of project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSet {
    /// Largest plan accepted, in MiB.
    pub max_mb: u32,
    /// The plans, each required where its condition holds.
    pub plans: Vec<Plan>,
    /// Whether the list is still to be confirmed.
    pub to_confirm: bool,
    /// Where it was read, when it was.
    pub source: Option<String>,
}

impl PlanSet {
    /// Largest plan accepted, in bytes.
    pub fn max_bytes(&self) -> u64 {
        u64::from(self.max_mb) * 1024 * 1024
    }

    /// The plans a file with these answers needs.
    pub fn required<'a>(&'a self, values: &'a BTreeMap<String, String>) -> impl Iterator<Item = &'a Plan> + 'a {
        self.plans.iter().filter(move |p| p.only_if.as_ref().is_none_or(|(f, v)| values.get(f) == Some(v)))
    }

    /// A plan by id.
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }
}

/// One plan of a set (situation, ground plan, façades, sections, structure…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Its id: the form's input is `plan_<id>`.
    pub id: String,
    /// What it is called.
    pub label: Names,
    /// Required only when this field has this value.
    pub only_if: Option<(String, String)>,
}

/// A tax due at a status: the covered area in a field times the commune's rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tax {
    /// The field holding the area in m².
    pub area_field: String,
    /// The status at which it becomes due (the file waits for its payment there).
    pub due_at: String,
}

/// The bodies a file is sent to at once when it goes before the commission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commission {
    /// The bodies, in the order they are shown.
    pub bodies: Vec<CommissionBody>,
    /// Whether the file is examined in a meeting of the commission the service schedules:
    /// `Some(None)` always, `Some(Some((field, value)))` only when a field has a value.
    pub meeting: Option<Option<(String, String)>>,
    /// Whether the list and its delays are still to be confirmed.
    pub to_confirm: bool,
    /// Where they were read, when they were.
    pub source: Option<String>,
}

/// A body of a commission: the administration of a kind in the file's province.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommissionBody {
    /// The kind of administration (the one of that kind in the case's province).
    pub kind: OrgKind,
    /// Working days it has to give its opinion.
    pub days: u32,
    /// Its opinion binds the decision (an unfavourable one blocks approval).
    pub binding: bool,
    /// Asked only when this field has this value.
    pub only_if: Option<(String, String)>,
}

/// The period within which a ready document is to be collected in person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pickup {
    /// Calendar days from the day it is ready.
    pub within_days: u32,
    /// Whether the period is still to be confirmed with the administration.
    pub to_confirm: bool,
    /// Where the period was read, when it was.
    pub source: Option<String>,
}

/// An effect a procedure declares, with where it is declared (for the contract check).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectDecl {
    /// The registry's name of the effect.
    pub name: String,
    /// Its kind, for effects that have kinds (the document issued, the act registered).
    pub kind: Option<String>,
    /// The catalogue file declaring it.
    pub file: String,
    /// The line declaring it.
    pub line: usize,
}

impl Procedure {
    /// The declared effect of this name, if any.
    pub fn effect(&self, name: &str) -> Option<&EffectDecl> {
        self.effects.iter().find(|e| e.name == name)
    }
}

/// Postage of a registered letter, in dirhams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Postage {
    /// To an address in Morocco.
    pub morocco: u32,
    /// To an address abroad.
    pub abroad: u32,
}

/// The legal text a procedure applies, shown on its public page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalBasis {
    /// What it says, for people.
    pub text: Names,
    /// The reference of the text (law, decree, article), in each language.
    pub reference: Names,
    /// Whether the reference is still to be confirmed against the published text.
    pub to_confirm: bool,
    /// Whether the text provides a time limit beyond law 55-19's ceiling.
    pub longer_deadline: bool,
}

/// How long the cases of a procedure are kept, and what becomes of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Archive {
    /// Years after the decision.
    pub years: u32,
    /// Destroyed, or handed to the archives (law 69-99 on archives).
    pub to_archives: bool,
}

/// The longest time limit law 55-19 allows for a decision, in calendar days (30 for
/// investment acts), unless a procedure's legal basis provides more.
pub const DEADLINE_CEILING_DAYS: u32 = 60;
/// The period to appeal a refusal, and to decide the appeal, unless a procedure says otherwise
/// (a strict reading of law 55-19's administrative appeal, to be confirmed).
pub const DEFAULT_APPEAL_DAYS: u32 = 30;

/// The ceiling for investment acts.
pub const INVESTMENT_CEILING_DAYS: u32 = 30;

/// Who may obtain what a procedure issues: the choice field where the applicant says how they
/// stand to the holder, and, for each of its options, the relation it is and the documents of
/// the procedure's list that prove it (required when that option is chosen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entitlement {
    /// The choice field.
    pub field: String,
    /// Each option's relation and proof.
    pub relations: Vec<Relation>,
    /// The legal text the rule follows.
    pub source: String,
    /// Whether the rule is a strict reading still to confirm against the published text.
    pub to_confirm: bool,
}

/// One option of an [`Entitlement`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// The option's value.
    pub value: String,
    /// One of [`RELATIONS`].
    pub relation: String,
    /// Document ids of the procedure that prove it.
    pub proof: Vec<String>,
}

impl Relation {
    /// Whether the applicant is the act's holder.
    pub fn is_holder(&self) -> bool {
        self.relation == "holder"
    }
}

/// What a request costs, shown before payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Price {
    /// The fee (times the copies where it is per copy).
    pub fee: u32,
    /// Copies counted.
    pub copies: u32,
    /// Postage, when sent by post.
    pub postage: u32,
}

impl Price {
    /// Everything to pay.
    pub fn total(self) -> u32 {
        self.fee.saturating_add(self.postage)
    }
}

/// Whether a procedure may be filed by a mandated representative for another person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Representation {
    /// Only for oneself or one's family.
    None,
    /// For oneself, or as a representative.
    Optional,
    /// Only by a representative.
    Required,
}

/// Applicant kinds that act for another person under a general mandate (an architect's mandate
/// is the contract the building procedures already list among their documents).
const MANDATED: &[&str] = &["representative"];

impl Procedure {
    /// The price of a request with these (checked) form values.
    pub fn price(&self, values: &BTreeMap<String, String>) -> Price {
        // A fee already paid with an electronic stamp is not charged again.
        if self.fee_paid_with.as_ref().is_some_and(|f| values.get(f).is_some_and(|v| !v.is_empty())) {
            return Price::default();
        }
        let copies = if self.fee_per_copy { values.get("copies").and_then(|c| c.parse().ok()).unwrap_or(1) } else { 1 };
        let postage = match (self.postage, values.get("delivery").map(String::as_str)) {
            (Some(p), Some("post")) if values.get("postal_country").map(String::as_str) == Some("MA") => p.morocco,
            (Some(p), Some("post")) => p.abroad,
            _ => 0,
        };
        Price { fee: self.fee_mad.saturating_mul(copies), copies, postage }
    }

    /// The relation the applicant declared (by the entitlement's field), if the procedure has
    /// an entitlement and the value is one of its options.
    pub fn relation(&self, values: &BTreeMap<String, String>) -> Option<&Relation> {
        let e = self.entitlement.as_ref()?;
        let chosen = values.get(&e.field)?;
        e.relations.iter().find(|r| &r.value == chosen)
    }

    /// Whether a document of the list is required with these values: always, or because it
    /// proves the relation declared.
    pub fn requires_document(&self, id: &str, values: &BTreeMap<String, String>) -> bool {
        self.documents.iter().any(|d| d.id == id && d.required)
            || self.relation(values).is_some_and(|r| r.proof.iter().any(|p| p == id))
    }

    /// The longest time limit it may have in calendar days without a legal basis providing more,
    /// and its own (with any extension), in calendar days (a working day counted as 7/5 of a
    /// day, rounded up).
    pub fn deadline_against_ceiling(&self) -> (u32, u32) {
        let days = self.deadline.days + self.deadline.extendable_days;
        let calendar = match self.deadline.count {
            DayCount::Calendar => days,
            DayCount::Working => (days * 7).div_ceil(5),
        };
        (if self.investment { INVESTMENT_CEILING_DAYS } else { DEADLINE_CEILING_DAYS }, calendar)
    }

    /// Whether a representative may, or must, file it.
    pub fn representation(&self) -> Representation {
        let mandated = self.applicants.iter().filter(|a| MANDATED.contains(&a.as_str())).count();
        match mandated {
            0 => Representation::None,
            n if n == self.applicants.len() => Representation::Required,
            _ => Representation::Optional,
        }
    }
}

/// The whole catalogue: procedures and workflows, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// Procedures by id.
    pub procedures: BTreeMap<String, Procedure>,
    /// Workflows by id.
    pub workflows: BTreeMap<String, Workflow>,
}

struct Ctx<'a> {
    file: &'a str,
    text: &'a str,
}

impl Ctx<'_> {
    /// An `only_if` condition, checked to name a field of the form: (field, value).
    fn condition(&self, cond: RawCondition, fields: &[Field]) -> Result<(String, String), CatalogError> {
        if !fields.iter().any(|f| &f.name == cond.field.get_ref()) {
            return self.err(
                Some(cond.field.span()),
                format!("only_if names {:?}, which is not a field", cond.field.get_ref()),
            );
        }
        Ok((cond.field.into_inner(), cond.equals))
    }

    fn err<T>(&self, span: Option<std::ops::Range<usize>>, message: impl Into<String>) -> Result<T, CatalogError> {
        Err(CatalogError {
            file: self.file.to_string(),
            line: span.map_or(0, |s| if s.is_empty() && s.start == 0 { 0 } else { line_of(self.text, s.start) }),
            message: message.into(),
        })
    }

    fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, CatalogError> {
        toml::from_str(self.text).map_err(|e| CatalogError {
            file: self.file.to_string(),
            line: e.span().map_or(0, |s| line_of(self.text, s.start)),
            message: e.message().to_string(),
        })
    }
}

fn check_names(ctx: &Ctx<'_>, names: &Names, what: &str) -> Result<(), CatalogError> {
    for (lang, text) in [("ar", &names.ar), ("fr", &names.fr), ("en", &names.en)] {
        if text.trim().is_empty() {
            return ctx.err(None, format!("{what}: the {lang} text is empty"));
        }
    }
    Ok(())
}

fn parse_workflow(ctx: &Ctx<'_>) -> Result<Workflow, CatalogError> {
    let raw: RawWorkflow = ctx.parse()?;
    let mut ids = HashSet::new();
    let mut statuses = vec![];
    for s in raw.status {
        if !ids.insert(s.id.get_ref().clone()) {
            return ctx.err(Some(s.id.span()), format!("status {:?} is listed twice", s.id.get_ref()));
        }
        let Some(phase) = Phase::parse(s.phase.get_ref()) else {
            return ctx.err(
                Some(s.phase.span()),
                format!("unknown phase {:?}; expected one of {PHASES:?}", s.phase.get_ref()),
            );
        };
        check_names(ctx, &s.label, &format!("status {}", s.id.get_ref()))?;
        statuses.push(Status {
            id: s.id.into_inner(),
            phase,
            label: s.label,
            terminal: s.terminal,
            waits_for_applicant: s.waits_for_applicant,
            awaits_pickup: s.awaits_pickup,
            commission: s.commission,
            visit: s.visit,
        });
    }
    if !ids.contains(raw.initial.get_ref()) {
        return ctx
            .err(Some(raw.initial.span()), format!("the initial status {:?} is not a status", raw.initial.get_ref()));
    }
    let mut transitions = vec![];
    let mut actions = HashSet::new();
    for t in raw.transition {
        if !actions.insert(t.action.get_ref().clone()) {
            return ctx.err(Some(t.action.span()), format!("action {:?} is listed twice", t.action.get_ref()));
        }
        for f in &t.from {
            if !ids.contains(f.get_ref()) {
                return ctx.err(Some(f.span()), format!("unknown status {:?}", f.get_ref()));
            }
            if statuses.iter().any(|s| &s.id == f.get_ref() && s.terminal) {
                return ctx.err(Some(f.span()), format!("status {:?} is terminal: nothing may leave it", f.get_ref()));
            }
        }
        if !ids.contains(t.to.get_ref()) {
            return ctx.err(Some(t.to.span()), format!("unknown status {:?}", t.to.get_ref()));
        }
        let mut by = vec![];
        for b in &t.by {
            by.push(match b.get_ref().as_str() {
                "applicant" => Actor::Applicant,
                "system" => Actor::System,
                other => match Role::parse(other) {
                    Ok(r) if r.is_staff() => Actor::Staff(r),
                    _ => {
                        return ctx.err(
                            Some(b.span()),
                            format!("unknown actor {other:?}; expected applicant, agent, supervisor, admin or system"),
                        );
                    }
                },
            });
        }
        check_names(ctx, &t.label, &format!("transition {}", t.action.get_ref()))?;
        transitions.push(Transition {
            action: t.action.into_inner(),
            from: t.from.into_iter().map(Spanned::into_inner).collect(),
            to: t.to.into_inner(),
            by,
            label: t.label,
            needs_motivation: t.needs_motivation,
        });
    }
    // Every non-terminal status must have a way out, every status must be reachable.
    for s in &statuses {
        if !s.terminal && !transitions.iter().any(|t| t.from.contains(&s.id)) {
            return ctx.err(None, format!("status {:?} is not terminal but no transition leaves it", s.id));
        }
        if s.id != *raw.initial.get_ref() && !transitions.iter().any(|t| t.to == s.id) {
            return ctx.err(None, format!("status {:?} cannot be reached", s.id));
        }
    }
    Ok(Workflow {
        id: raw.id.into_inner(),
        initial: raw.initial.into_inner(),
        statuses,
        transitions,
        file: ctx.file.to_string(),
    })
}

fn parse_procedure(ctx: &Ctx<'_>, workflows: &BTreeMap<String, Workflow>) -> Result<Procedure, CatalogError> {
    let raw: RawProcedure = ctx.parse()?;
    let id = raw.id.get_ref().clone();
    let expected_file = format!("{id}.toml");
    if !ctx.file.ends_with(&expected_file) {
        return ctx.err(Some(raw.id.span()), format!("the procedure {id:?} must be in a file named {expected_file}"));
    }
    if !THEMES.contains(&raw.theme.get_ref().as_str()) {
        return ctx.err(
            Some(raw.theme.span()),
            format!("unknown theme {:?}; expected one of {THEMES:?}", raw.theme.get_ref()),
        );
    }
    let Some(responsible) = OrgKind::parse(raw.responsible.get_ref()) else {
        return ctx.err(
            Some(raw.responsible.span()),
            format!("unknown kind of administration {:?}", raw.responsible.get_ref()),
        );
    };
    for a in &raw.applicants {
        if !APPLICANTS.contains(&a.get_ref().as_str()) {
            return ctx
                .err(Some(a.span()), format!("unknown applicant {:?}; expected one of {APPLICANTS:?}", a.get_ref()));
        }
    }
    if raw.applicants.is_empty() {
        return ctx.err(None, "applicants must name who may file");
    }
    if !workflows.contains_key(raw.workflow.get_ref()) {
        return ctx.err(Some(raw.workflow.span()), format!("unknown workflow {:?}", raw.workflow.get_ref()));
    }
    check_names(ctx, &raw.title, "title")?;
    check_names(ctx, &raw.summary, "summary")?;
    check_names(ctx, &raw.where_to_go, "where")?;
    if let Some(n) = &raw.fee_note {
        check_names(ctx, n, "fee_note")?;
    }
    let count = match raw.deadline.count.get_ref().as_str() {
        "calendar" => DayCount::Calendar,
        "working" => DayCount::Working,
        other => {
            return ctx.err(
                Some(raw.deadline.count.span()),
                format!("deadline count {other:?} is neither calendar nor working"),
            );
        }
    };
    if raw.deadline.days == 0 || raw.deadline.days > 365 {
        return ctx.err(None, "the deadline must be between 1 and 365 days");
    }
    let silence = match raw.silence.get_ref().as_str() {
        "none" => Silence::None,
        "tacit-approval" => Silence::TacitApproval,
        other => {
            return ctx.err(Some(raw.silence.span()), format!("silence {other:?} is neither none nor tacit-approval"));
        }
    };
    let mut names = HashSet::new();
    let mut fields = vec![];
    for f in raw.field {
        if !names.insert(f.name.get_ref().clone()) {
            return ctx.err(Some(f.name.span()), format!("field {:?} is listed twice", f.name.get_ref()));
        }
        let Some(kind) = FieldKind::parse(f.kind.get_ref()) else {
            return ctx.err(Some(f.kind.span()), format!("unknown field kind {:?}", f.kind.get_ref()));
        };
        if kind == FieldKind::Choice && f.options.is_empty() {
            return ctx.err(Some(f.kind.span()), format!("choice field {:?} has no options", f.name.get_ref()));
        }
        check_names(ctx, &f.label, &format!("field {}", f.name.get_ref()))?;
        if let Some(days) = &f.max_days_ago
            && kind != FieldKind::Date
        {
            return ctx
                .err(Some(days.span()), format!("max_days_ago is for date fields; {:?} is not one", f.name.get_ref()));
        }
        let mut org_kinds = vec![];
        for k in &f.org_kinds {
            if kind != FieldKind::Administration {
                return ctx.err(
                    Some(k.span()),
                    format!("org_kinds is for administration fields; {:?} is not one", f.name.get_ref()),
                );
            }
            match OrgKind::parse(k.get_ref()) {
                Some(kind) => org_kinds.push(kind),
                None => return ctx.err(Some(k.span()), format!("unknown kind of administration {:?}", k.get_ref())),
            }
        }
        let profile = match &f.profile {
            Some(raw) => match ProfileValue::parse(raw.get_ref()) {
                Some(v) if v.fills().contains(&kind) => Some(v),
                Some(_) => {
                    return ctx.err(
                        Some(raw.span()),
                        format!(
                            "profile value {:?} cannot fill field {:?} of its kind",
                            raw.get_ref(),
                            f.name.get_ref()
                        ),
                    );
                }
                None => return ctx.err(Some(raw.span()), format!("unknown profile value {:?}", raw.get_ref())),
            },
            None => None,
        };
        let show_if = match f.show_if {
            Some(c) => {
                if !names.contains(c.field.get_ref()) {
                    return ctx.err(
                        Some(c.field.span()),
                        format!("show_if names {:?}, which is not an earlier field", c.field.get_ref()),
                    );
                }
                Some((c.field.into_inner(), c.equals))
            }
            None => None,
        };
        fields.push(Field {
            name: f.name.into_inner(),
            kind,
            required: f.required,
            label: f.label,
            hint: f.hint,
            options: f.options.into_iter().map(|o| FieldOption { value: o.value, label: o.label }).collect(),
            show_if,
            max_days_ago: f.max_days_ago.map(Spanned::into_inner),
            org_kinds,
            profile,
        });
    }
    let routing = match (raw.routing.field, raw.routing.org) {
        (Some(field), None) => {
            let Some(f) = fields.iter().find(|f| &f.name == field.get_ref()) else {
                return ctx
                    .err(Some(field.span()), format!("routing names {:?}, which is not a field", field.get_ref()));
            };
            let fits = match f.kind {
                FieldKind::Commune => {
                    matches!(responsible, OrgKind::Commune | OrgKind::UrbanismService | OrgKind::CivilStatusOffice)
                }
                FieldKind::ConsularPost => responsible == OrgKind::ConsularPost,
                FieldKind::CivilStatusOffice => {
                    matches!(responsible, OrgKind::CivilStatusOffice | OrgKind::ConsularPost)
                }
                // An administration field routes to the kinds it lists (which must include the
                // one responsible), or to any administration when it lists none.
                FieldKind::Administration => f.org_kinds.is_empty() || f.org_kinds.contains(&responsible),
                _ => false,
            };
            if !fits || !f.required {
                return ctx.err(
                    Some(field.span()),
                    format!("routing field {:?} must be a required field choosing a {}", f.name, responsible.as_str()),
                );
            }
            Routing::Field(field.into_inner())
        }
        (None, Some(org)) => Routing::Org(org.into_inner()),
        _ => return ctx.err(None, "routing must give exactly one of field or org"),
    };
    let mut doc_ids = HashSet::new();
    let mut documents = vec![];
    for d in raw.document {
        if !doc_ids.insert(d.id.get_ref().clone()) {
            return ctx.err(Some(d.id.span()), format!("document {:?} is listed twice", d.id.get_ref()));
        }
        check_names(ctx, &d.label, &format!("document {}", d.id.get_ref()))?;
        let max_files = match d.max_files {
            None => 1,
            Some(m) if (1..=10).contains(m.get_ref()) => *m.get_ref(),
            Some(m) => return ctx.err(Some(m.span()), "max_files must be from 1 to 10"),
        };
        documents.push(DocumentSpec { id: d.id.into_inner(), required: d.required, label: d.label, max_files });
    }
    let fee_paid_with = match &raw.fee_paid_with {
        None => None,
        Some(name) => match fields.iter().find(|f| &f.name == name.get_ref()) {
            Some(f) if f.kind == FieldKind::Etimbre && f.required && f.show_if.is_none() => Some(f.name.clone()),
            _ => {
                return ctx.err(
                    Some(name.span()),
                    format!("fee_paid_with names {:?}, which is not a required e-Timbre field", name.get_ref()),
                );
            }
        },
    };
    let legal_basis = match raw.legal_basis {
        None => None,
        Some(b) => {
            check_names(ctx, &b.text, "legal_basis.text")?;
            check_names(ctx, &b.reference, "legal_basis.reference")?;
            Some(LegalBasis {
                text: b.text,
                reference: b.reference,
                to_confirm: b.to_confirm,
                longer_deadline: b.longer_deadline,
            })
        }
    };
    let archive = match raw.archive {
        None => None,
        Some(a) => {
            if !(1..=100).contains(a.years.get_ref()) {
                return ctx.err(Some(a.years.span()), "archive.years must be from 1 to 100");
            }
            let to_archives = match a.at_end.get_ref().as_str() {
                "destroy" => false,
                "archives" => true,
                other => {
                    return ctx.err(
                        Some(a.at_end.span()),
                        format!("archive.at_end {other:?} is neither destroy nor archives"),
                    );
                }
            };
            Some(Archive { years: *a.years.get_ref(), to_archives })
        }
    };
    let document_requests = match &raw.document_requests {
        None => 1,
        Some(n) if (1..=3).contains(n.get_ref()) => *n.get_ref(),
        Some(n) => return ctx.err(Some(n.span()), "document_requests must be from 1 to 3"),
    };
    let entitlement = match raw.entitlement {
        None => None,
        Some(e) => Some(parse_entitlement(ctx, e, &fields, &documents)?),
    };
    let pickup = match raw.pickup {
        None => None,
        Some(p) if (1..=366).contains(p.within_days.get_ref()) => {
            Some(Pickup { within_days: *p.within_days.get_ref(), to_confirm: p.to_confirm, source: p.source })
        }
        Some(p) => return ctx.err(Some(p.within_days.span()), "pickup.within_days must be from 1 to 366"),
    };
    let commission = match raw.commission {
        None => None,
        Some(c) => {
            let mut bodies = vec![];
            for b in c.body {
                let Some(kind) = OrgKind::parse(b.kind.get_ref()) else {
                    return ctx
                        .err(Some(b.kind.span()), format!("unknown kind of administration {:?}", b.kind.get_ref()));
                };
                if !(1..=90).contains(b.days.get_ref()) {
                    return ctx.err(Some(b.days.span()), "a commission body's days must be from 1 to 90");
                }
                let only_if = b.only_if.map(|cond| ctx.condition(cond, &fields)).transpose()?;
                bodies.push(CommissionBody { kind, days: *b.days.get_ref(), binding: b.binding, only_if });
            }
            let meeting =
                c.meeting.map(|m| m.only_if.map(|cond| ctx.condition(cond, &fields)).transpose()).transpose()?;
            Some(Commission { bodies, meeting, to_confirm: c.to_confirm, source: c.source })
        }
    };
    let tax = match raw.tax {
        None => None,
        Some(t) if t.kind.get_ref() != "construction" => {
            return ctx.err(Some(t.kind.span()), "the only tax known is \"construction\"");
        }
        Some(t) if !fields.iter().any(|f| &f.name == t.area_field.get_ref() && f.kind == FieldKind::Number) => {
            return ctx.err(Some(t.area_field.span()), "tax.area_field must name a number field");
        }
        Some(t) => Some(Tax { area_field: t.area_field.into_inner(), due_at: t.due_at }),
    };
    let plans = match raw.plans {
        None => None,
        Some(set) if !(1..=200).contains(set.max_mb.get_ref()) => {
            return ctx.err(Some(set.max_mb.span()), "plans.max_mb must be from 1 to 200");
        }
        Some(set) => {
            let mut plans: Vec<Plan> = vec![];
            for plan in set.plan {
                let id = plan.id.get_ref();
                if !is_slug(id) || plans.iter().any(|p| &p.id == id) {
                    return ctx.err(Some(plan.id.span()), format!("plan id {id:?} must be a new lowercase slug"));
                }
                let only_if = plan.only_if.map(|cond| ctx.condition(cond, &fields)).transpose()?;
                plans.push(Plan { id: plan.id.into_inner(), label: plan.label, only_if });
            }
            Some(PlanSet { max_mb: *set.max_mb.get_ref(), plans, to_confirm: set.to_confirm, source: set.source })
        }
    };
    let line = |span: std::ops::Range<usize>| line_of(ctx.text, span.start);
    let declared = |name: &str, kind: Option<String>, span: std::ops::Range<usize>| EffectDecl {
        name: name.to_string(),
        kind,
        file: ctx.file.to_string(),
        line: line(span),
    };
    let mut lines = BTreeMap::new();
    lines.insert("workflow".to_string(), line(raw.workflow.span()));
    lines.insert("deadline".to_string(), line(raw.deadline.count.span()));
    if raw.silence.span() != (0..0) {
        lines.insert("silence".to_string(), line(raw.silence.span()));
    }
    if let Some(f) = &raw.fee_per_copy {
        lines.insert("fee_per_copy".to_string(), line(f.span()));
    }
    if let Some(p) = &raw.postage {
        lines.insert("postage".to_string(), line(p.span()));
    }
    let mut effects: Vec<EffectDecl> = vec![];
    if let Some(k) = &raw.issues {
        effects.push(declared("issue-document", Some(k.get_ref().clone()), k.span()));
    }
    if let Some(k) = &raw.registers {
        effects.push(declared("register-act", Some(k.get_ref().clone()), k.span()));
    }
    if let Some(c) = raw.corrects_name.as_ref().filter(|c| *c.get_ref()) {
        effects.push(declared("correct-name", None, c.span()));
    }
    for e in raw.effects {
        let span = e.name.span();
        effects.push(declared(e.name.get_ref(), e.kind, span));
    }
    Ok(Procedure {
        id,
        version: raw.version,
        theme: raw.theme.into_inner(),
        responsible,
        routing,
        applicants: raw.applicants.into_iter().map(Spanned::into_inner).collect(),
        workflow: raw.workflow.into_inner(),
        title: raw.title,
        summary: raw.summary,
        where_to_go: raw.where_to_go,
        fee_mad: raw.fee_mad,
        fee_per_copy: raw.fee_per_copy.is_some_and(|f| *f.get_ref()),
        postage: raw.postage.map(Spanned::into_inner),
        fee_note: raw.fee_note,
        deadline: Deadline { days: raw.deadline.days, count, extendable_days: raw.deadline.extendable_days },
        silence,
        file: ctx.file.to_string(),
        lines,
        effects,
        route_within_days: raw.route_within_days,
        valid_days: raw.valid_days,
        fields,
        documents,
        entitlement,
        fee_paid_with,
        legal_basis,
        archive,
        investment: raw.investment,
        appeal_within_days: raw.appeal.as_ref().map_or(DEFAULT_APPEAL_DAYS, |a| a.within_days),
        appeal_decided_within_days: raw.appeal.as_ref().map_or(DEFAULT_APPEAL_DAYS, |a| a.decided_within_days),
        document_requests,
        pickup,
        commission,
        tax,
        plans,
    })
}

/// Checks an entitlement against the procedure's fields and documents: it names a choice
/// field; each option of that field has exactly one known relation; only the holder needs no
/// proof; each proof is a document of the list that is not required of everyone.
fn parse_entitlement(
    ctx: &Ctx<'_>,
    e: RawEntitlement,
    fields: &[Field],
    documents: &[DocumentSpec],
) -> Result<Entitlement, CatalogError> {
    let Some(f) = fields.iter().find(|f| &f.name == e.field.get_ref()) else {
        return ctx
            .err(Some(e.field.span()), format!("entitlement names {:?}, which is not a field", e.field.get_ref()));
    };
    if f.kind != FieldKind::Choice || !f.required || f.show_if.is_some() {
        return ctx.err(
            Some(e.field.span()),
            format!("entitlement field {:?} must be a required choice asked of everyone", f.name),
        );
    }
    if e.source.trim().is_empty() {
        return ctx.err(Some(e.field.span()), "entitlement must name its legal source");
    }
    let mut relations: Vec<Relation> = vec![];
    for r in e.relations {
        if !f.options.iter().any(|o| &o.value == r.value.get_ref()) {
            return ctx.err(Some(r.value.span()), format!("{:?} is not an option of {:?}", r.value.get_ref(), f.name));
        }
        if relations.iter().any(|x| &x.value == r.value.get_ref()) {
            return ctx.err(Some(r.value.span()), format!("option {:?} is given two relations", r.value.get_ref()));
        }
        if !RELATIONS.contains(&r.relation.get_ref().as_str()) {
            return ctx.err(
                Some(r.relation.span()),
                format!("unknown relation {:?}; expected one of {RELATIONS:?}", r.relation.get_ref()),
            );
        }
        let holder = r.relation.get_ref() == "holder";
        if holder && !r.proof.is_empty() {
            return ctx.err(Some(r.relation.span()), "the holder proves who they are, not a relation: no proof");
        }
        if !holder && r.proof.is_empty() {
            return ctx.err(
                Some(r.relation.span()),
                format!("relation {:?} needs a document that proves it", r.relation.get_ref()),
            );
        }
        for p in &r.proof {
            match documents.iter().find(|d| &d.id == p.get_ref()) {
                None => {
                    return ctx.err(Some(p.span()), format!("proof {:?} is not a document of the list", p.get_ref()));
                }
                Some(d) if d.required => {
                    return ctx.err(
                        Some(p.span()),
                        format!("proof {:?} is required of everyone; a proof is asked for its relation only", d.id),
                    );
                }
                Some(_) => {}
            }
        }
        relations.push(Relation {
            value: r.value.into_inner(),
            relation: r.relation.into_inner(),
            proof: r.proof.into_iter().map(Spanned::into_inner).collect(),
        });
    }
    if let Some(o) = f.options.iter().find(|o| !relations.iter().any(|r| r.value == o.value)) {
        return ctx.err(Some(e.field.span()), format!("option {:?} of {:?} has no relation", o.value, f.name));
    }
    Ok(Entitlement { field: e.field.into_inner(), relations, source: e.source, to_confirm: e.to_confirm })
}

impl Catalog {
    /// Loads workflows then procedures from `(file name, contents)` pairs. All errors are
    /// returned, not only the first.
    pub fn load(
        workflow_files: &[(String, String)],
        procedure_files: &[(String, String)],
    ) -> Result<Catalog, Vec<CatalogError>> {
        let mut errors = vec![];
        let mut workflows = BTreeMap::new();
        for (file, text) in workflow_files {
            match parse_workflow(&Ctx { file, text }) {
                Ok(w) => {
                    workflows.insert(w.id.clone(), w);
                }
                Err(e) => errors.push(e),
            }
        }
        let mut procedures = BTreeMap::new();
        for (file, text) in procedure_files {
            match parse_procedure(&Ctx { file, text }, &workflows) {
                Ok(p) => {
                    if procedures.contains_key(&p.id) {
                        errors.push(CatalogError {
                            file: file.clone(),
                            line: 1,
                            message: format!("procedure {:?} is defined twice", p.id),
                        });
                    }
                    procedures.insert(p.id.clone(), p);
                }
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() { Ok(Catalog { procedures, workflows }) } else { Err(errors) }
    }

    /// Parses one procedure file against these workflows (to read back an older version of a
    /// procedure that cases were filed under).
    pub fn parse_procedure(&self, file: &str, text: &str) -> Result<Procedure, CatalogError> {
        parse_procedure(&Ctx { file, text }, &self.workflows)
    }

    /// Reads back a pinned version: a procedure file with the workflow file it was served
    /// with (a workflow changed later never changes the cases filed under the older one).
    pub fn parse_pinned(
        &self,
        file: &str,
        text: &str,
        workflow_file: &str,
        workflow_text: &str,
    ) -> Result<(Procedure, Workflow), CatalogError> {
        let w = parse_workflow(&Ctx { file: workflow_file, text: workflow_text })?;
        let mut one = BTreeMap::new();
        one.insert(w.id.clone(), w);
        let p = parse_procedure(&Ctx { file, text }, &one)?;
        let w = one.remove(&p.workflow).ok_or_else(|| CatalogError {
            file: file.to_string(),
            line: 0,
            message: format!("workflow {:?} was not stored with this version", p.workflow),
        })?;
        Ok((p, w))
    }

    /// The workflow of a procedure.
    pub fn workflow_of(&self, p: &Procedure) -> Option<&Workflow> {
        self.workflows.get(&p.workflow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn representation_follows_who_may_apply() {
        let with = |a: &[&str]| {
            let text = procedure("").replace("applicants = [\"self\"]", &format!("applicants = {a:?}"));
            load(&text).map(|c| c.procedures.values().next().map(Procedure::representation)).ok().flatten()
        };
        assert_eq!(with(&["self"]), Some(Representation::None));
        let priced = load(&procedure("fee_per_copy = true\npostage = { morocco = 25, abroad = 70 }"))
            .map(|c| c.procedures.values().next().cloned())
            .ok()
            .flatten()
            .map(|p| {
                let v = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
                (
                    p.price(&v(&[("copies", "3"), ("delivery", "electronic")])).total(),
                    p.price(&v(&[("copies", "2"), ("delivery", "post"), ("postal_country", "MA")])).total(),
                    p.price(&v(&[("copies", "1"), ("delivery", "post"), ("postal_country", "BE")])).total(),
                )
            });
        assert_eq!(priced, Some((0, 25, 70)), "fee 0 per copy in the test procedure; postage by destination");
        assert_eq!(with(&["self", "minor-child", "representative"]), Some(Representation::Optional));
        assert_eq!(with(&["representative"]), Some(Representation::Required));
        assert_eq!(with(&["architect"]), Some(Representation::None), "the architect's contract is a listed document");
    }

    const WF: &str = r#"
id = "wf"
initial = "new"
[[status]]
id = "new"
phase = "received"
label = { ar = "ج", fr = "n", en = "n" }
[[status]]
id = "done"
phase = "approved"
label = { ar = "م", fr = "d", en = "d" }
terminal = true
[[transition]]
action = "finish"
from = ["new"]
to = "done"
by = ["agent"]
label = { ar = "م", fr = "f", en = "f" }
"#;

    fn procedure(extra: &str) -> String {
        format!(
            r#"id = "p1"
version = 1
theme = "consular"
responsible = "consular-post"
routing = {{ field = "post" }}
applicants = ["self"]
workflow = "wf"
fee_mad = 0
deadline = {{ days = 10, count = "working" }}
title = {{ ar = "ع", fr = "t", en = "t" }}
summary = {{ ar = "ع", fr = "s", en = "s" }}
where = {{ ar = "ع", fr = "w", en = "w" }}
{extra}
[[field]]
name = "post"
kind = "consular-post"
required = true
label = {{ ar = "ع", fr = "p", en = "p" }}
"#
        )
    }

    fn load(p: &str) -> Result<Catalog, Vec<CatalogError>> {
        Catalog::load(&[("catalog/workflows/wf.toml".into(), WF.into())], &[("catalog/p1.toml".into(), p.into())])
    }

    #[test]
    fn a_valid_procedure_loads() {
        let c = load(&procedure("")).map_err(|e| format!("{e:?}"));
        assert_eq!(c.map(|c| c.procedures.len()), Ok(1));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let bad_theme = procedure("").replace("theme = \"consular\"", "theme = \"cooking\"");
        let err = load(&bad_theme).err().and_then(|e| e.into_iter().next()).map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("catalog/p1.toml:3: unknown theme \"cooking\""), "{err}");
        let bad_kind = procedure("").replace("kind = \"consular-post\"", "kind = \"banana\"");
        let err = load(&bad_kind).err().and_then(|e| e.into_iter().next()).map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("catalog/p1.toml:16: unknown field kind"), "{err}");
        let unknown_key = procedure("colour = \"red\"");
        let err =
            load(&unknown_key).err().and_then(|e| e.into_iter().next()).map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("catalog/p1.toml:13") && err.contains("colour"), "{err}");
        let bad_route = procedure("").replace("routing = { field = \"post\" }", "routing = { field = \"nowhere\" }");
        let err = load(&bad_route).err().and_then(|e| e.into_iter().next()).map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("routing names \"nowhere\""), "{err}");
        let doc = |max: &str| {
            format!(
                "{}[[document]]\nid = \"photos\"\nlabel = {{ ar = \"ص\", fr = \"p\", en = \"p\" }}\n{max}\n",
                procedure("")
            )
        };
        let err = load(&doc("max_files = 11")).err().and_then(|e| e.into_iter().next()).map(|e| e.to_string());
        assert!(err.unwrap_or_default().contains("max_files must be from 1 to 10"));
        let files = |c: Catalog| c.procedures.get("p1").map(|p| p.documents[0].max_files);
        assert_eq!(load(&doc("max_files = 4")).ok().and_then(files), Some(4));
        assert_eq!(load(&doc("")).ok().and_then(files), Some(1), "one file unless the catalogue says");
        let bad_wf = WF.replace("to = \"done\"", "to = \"limbo\"");
        let errs = Catalog::load(&[("catalog/workflows/wf.toml".into(), bad_wf)], &[]).err().unwrap_or_default();
        assert!(
            errs.iter().any(|e| e.to_string().starts_with("catalog/workflows/wf.toml:") && e.message.contains("limbo"))
        );
    }
}
