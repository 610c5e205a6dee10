//! The case's history as types. `case_events` stores a kind and a text body; this module is
//! the one place that writes and reads that text: commands build a [`What`] and store it with
//! [`What::stored`]; readers get [`Event`]s parsed once from the rows. Pages, the API and the
//! engine's own rules match on the enum, never on spellings.

use nafida_store::cases::{EventActor, EventRow, NewEvent};

use crate::contracts::{action, status};

/// Why a staff member (or a partner system) opens a case; recorded and shown to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewReason {
    /// To work on it.
    Processing,
    /// A supervisor checking.
    Supervision,
    /// To give an opinion.
    Opinion,
    /// The provincial cell following the case of a person abroad.
    FollowUp,
}

impl ViewReason {
    /// Parses the reason given with the link (processing when unknown).
    pub fn parse(s: &str) -> Self {
        match s {
            "supervision" => ViewReason::Supervision,
            "opinion" => ViewReason::Opinion,
            "follow-up" => ViewReason::FollowUp,
            _ => ViewReason::Processing,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ViewReason::Processing => "processing",
            ViewReason::Supervision => "supervision",
            ViewReason::Opinion => "opinion",
            ViewReason::FollowUp => "follow-up",
        }
    }
}

/// What the administration asked for in a request for documents, as written in its event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentRequest {
    /// Documents of the procedure's list.
    pub listed: Vec<String>,
    /// A document outside the list, with the written reason.
    pub unlisted: Option<(String, String)>,
    /// The agent's comment.
    pub comment: String,
}

impl DocumentRequest {
    /// The stored body of the request's event.
    pub fn body(&self) -> String {
        let mut body = format!("documents: {}", self.listed.join(","));
        if let Some((doc, reason)) = &self.unlisted {
            body.push_str(&format!("\nunlisted: {doc}\nreason: {reason}"));
        }
        if !self.comment.is_empty() {
            body.push_str(&format!("\n{}", self.comment));
        }
        body
    }

    /// Parses a stored body (the one place that reads this format).
    pub fn parse(body: &str) -> Self {
        let mut r = DocumentRequest::default();
        let mut unlisted: Option<String> = None;
        let mut comment = vec![];
        for line in body.lines() {
            if let Some(l) = line.strip_prefix("documents: ") {
                r.listed = l.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            } else if line == "documents:" {
            } else if let Some(doc) = line.strip_prefix("unlisted: ") {
                unlisted = Some(doc.to_string());
            } else if let (Some(reason), Some(doc)) = (line.strip_prefix("reason: "), unlisted.take()) {
                r.unlisted = Some((doc, reason.to_string()));
            } else {
                comment.push(line);
            }
        }
        r.comment = comment.join("\n");
        r
    }
}

/// Who an escalation went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escalation {
    /// The supervisors of the administration (the deadline passed).
    Supervisor,
    /// The provincial cell (five days later).
    Cell,
    /// The supervisors, for a request not routed in time.
    Routing,
}

impl Escalation {
    /// Its stored spelling (the suffix of its message key).
    pub fn as_str(self) -> &'static str {
        match self {
            Escalation::Supervisor => "supervisor",
            Escalation::Cell => "cell",
            Escalation::Routing => "routing",
        }
    }

    fn parse(s: &str) -> Escalation {
        match s {
            "cell" => Escalation::Cell,
            "routing" => Escalation::Routing,
            _ => Escalation::Supervisor,
        }
    }
}

/// Why a paid request for a civil-status document waits for an agent instead of being issued
/// at once (only a holder whose checked identity matches the act is served without review).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// The account's identity was not checked by an agent or an electronic identity.
    Unverified,
    /// The checked identity does not match the act's holder (names or date of birth).
    Mismatch,
    /// The applicant is not the holder: the proof of the relation is checked.
    Relation,
}

impl Review {
    /// Its stored spelling (the suffix of its message key).
    pub fn as_str(self) -> &'static str {
        match self {
            Review::Unverified => "unverified",
            Review::Mismatch => "mismatch",
            Review::Relation => "relation",
        }
    }

    fn parse(s: &str) -> Review {
        match s {
            "mismatch" => Review::Mismatch,
            "relation" => Review::Relation,
            _ => Review::Unverified,
        }
    }
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// The request was filed.
    Filed,
    /// A workflow transition, with its reasons (or the documents asked for).
    Transition {
        /// The workflow action.
        action: String,
        /// The status before.
        from: Option<String>,
        /// The status after.
        to: Option<String>,
        /// Reasons, an answer, or a comment.
        text: Option<String>,
        /// What a request for documents asked for.
        request: Option<DocumentRequest>,
    },
    /// A message to or from the person.
    Message(String),
    /// A note staff see.
    Note(String),
    /// A staff member or a partner system opened the file.
    Viewed(ViewReason),
    /// The case was claimed or assigned.
    Assigned,
    /// The case went up.
    Escalated(Escalation),
    /// Another administration was asked for an opinion.
    OpinionRequested {
        /// The administration asked.
        org: String,
    },
    /// An opinion was given.
    OpinionGiven {
        /// `favourable`, `reserves` or `unfavourable`.
        verdict: String,
        /// Its reasons.
        text: String,
    },
    /// The provincial cell asked the administration handling the case to act, by a date.
    CoordinationRequested {
        /// The cell.
        org: String,
    },
    /// The provincial cell filed the request for a visitor without an account, who consented
    /// (`signed` the cell's form, or `in-person` before the agent).
    FiledForVisitor {
        /// The cell.
        org: String,
        /// How the consent was given.
        consent: String,
    },
    /// The visitor claimed the request filed for them into their own account.
    Claimed,
    /// The administration answered the cell's coordination request.
    CoordinationAnswered {
        /// `done`, `scheduled` or `not-possible`.
        verdict: String,
        /// What it says.
        text: String,
    },
    /// The time limit was extended.
    Extended {
        /// By how many days.
        days: i64,
        /// Why.
        reason: String,
    },
    /// The case went to another administration.
    Transferred {
        /// The administration it went to.
        org: String,
        /// Why.
        reason: String,
    },
    /// Put in the fast lane, with the reason the person sees.
    FastLane(String),
    /// Taken out of the fast lane.
    FastLaneOff,
    /// In the fast lane at filing, its applicant holding this MRE Services card.
    FastLaneCard(String),
    /// A document was issued.
    DocumentIssued {
        /// Its verification code.
        code: String,
    },
    /// A document was revoked.
    DocumentRevoked {
        /// Its verification code.
        code: String,
        /// Why.
        reason: String,
    },
    /// A payment was settled.
    Paid {
        /// Amount in dirhams.
        amount: i64,
        /// The receipt number.
        receipt: String,
    },
    /// The administration asked for a document outside the procedure's published list: a
    /// message only (the clock runs on); the person is offered the complaint the law gives.
    AskedUnlisted {
        /// The document asked for.
        document: String,
        /// The administration's reason.
        reason: String,
    },
    /// The public holidays changed and the due date moved.
    DueDateMoved {
        /// The former date.
        from: String,
        /// The new one.
        to: String,
    },
    /// The payment of a refused request was refunded.
    Refunded {
        /// Amount in dirhams.
        amount: i64,
        /// `online` (through the provider that took it) or `counter`.
        channel: String,
    },
    /// No act of the register matched the request.
    NoActMatch,
    /// Paid, its act found: the office checks the applicant's right to it before issuing.
    ReviewBeforeIssuance(Review),
    /// An act was entered in the register.
    Registered {
        /// `number/year`.
        act: String,
    },
    /// The document left by registered post.
    Posted {
        /// The tracking number.
        tracking: String,
    },
    /// The person rated the answer.
    Rated {
        /// One to five.
        stars: i64,
    },
    /// The person exported the complaint for the Ombudsman.
    MediateurExport,
    /// The person corrected the details of the request.
    Corrected,
    /// New versions of plans were filed (so many plans).
    PlansFiled(i64),
    /// A body of the commission filed a marked-up file with its opinion.
    MarkupFiled,
    /// The commission's meeting was scheduled (or moved).
    MeetingScheduled {
        /// When it starts (milliseconds).
        at: i64,
        /// Where.
        place: String,
    },
    /// A kind this version does not know (kept readable, never dropped).
    /// An agent checked the purchase of an e-Timbre the DGI could not be asked about.
    StampChecked,
    Other {
        /// Its stored kind.
        kind: String,
        /// Its stored body.
        body: Option<String>,
    },
}

/// An event of a case's history, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// When.
    pub at: i64,
    /// The account, when a person acted.
    pub actor_id: Option<String>,
    /// `applicant`, `agent`, `supervisor`, `admin` or `system`.
    pub actor_role: String,
    /// The administration of the staff member (or the partner system) that acted.
    pub actor_org_id: Option<String>,
    /// Seen by staff only.
    pub internal: bool,
    /// What happened.
    pub what: What,
}

fn split(body: &Option<String>) -> (String, String) {
    let b = body.as_deref().unwrap_or("");
    match b.split_once('\n') {
        Some((first, rest)) => (first.to_string(), rest.to_string()),
        None => (b.to_string(), String::new()),
    }
}

impl What {
    /// Reads a stored kind and body.
    pub fn parse(
        kind: &str,
        action_name: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        body: &Option<String>,
    ) -> What {
        let text = || body.clone().unwrap_or_default();
        match kind {
            "filed" => What::Filed,
            "transition" => {
                let action_name = action_name.unwrap_or_default().to_string();
                let request = (action_name == action::REQUEST_DOCUMENTS)
                    .then(|| DocumentRequest::parse(body.as_deref().unwrap_or("")));
                What::Transition {
                    text: if request.is_some() { None } else { body.clone() },
                    request,
                    action: action_name,
                    from: from.map(str::to_string),
                    to: to.map(str::to_string),
                }
            }
            "message" => What::Message(text()),
            "note" => What::Note(text()),
            "viewed" => What::Viewed(ViewReason::parse(body.as_deref().unwrap_or(""))),
            "assigned" => What::Assigned,
            "escalated" => What::Escalated(Escalation::parse(body.as_deref().unwrap_or(""))),
            "opinion-requested" => What::OpinionRequested { org: text() },
            "opinion-given" => {
                let (verdict, text) = split(body);
                What::OpinionGiven { verdict, text }
            }
            "coordination-requested" => What::CoordinationRequested { org: text() },
            "filed-for-visitor" => {
                let (org, consent) = split(body);
                What::FiledForVisitor { org, consent }
            }
            "claimed" => What::Claimed,
            "coordination-answered" => {
                let (verdict, text) = split(body);
                What::CoordinationAnswered { verdict, text }
            }
            "extended" => {
                let (days, reason) = split(body);
                What::Extended { days: days.parse().unwrap_or(0), reason }
            }
            "transferred" => {
                let (org, reason) = split(body);
                What::Transferred { org, reason }
            }
            "fast-lane" => What::FastLane(text()),
            "fast-lane-off" => What::FastLaneOff,
            "fast-lane-card" => What::FastLaneCard(text()),
            "document-issued" => What::DocumentIssued { code: text() },
            "document-revoked" => {
                let (code, reason) = split(body);
                What::DocumentRevoked { code, reason }
            }
            "paid" => {
                let (amount, receipt) = split(body);
                What::Paid { amount: amount.parse().unwrap_or(0), receipt }
            }
            "asked-unlisted" => {
                let (document, reason) = split(body);
                What::AskedUnlisted { document, reason }
            }
            "due-date-moved" => {
                let (from, to) = split(body);
                What::DueDateMoved { from, to }
            }
            "refunded" => {
                let (amount, channel) = split(body);
                What::Refunded { amount: amount.parse().unwrap_or(0), channel }
            }
            "no-act-match" => What::NoActMatch,
            "review-before-issuance" => What::ReviewBeforeIssuance(Review::parse(body.as_deref().unwrap_or(""))),
            "registered" => What::Registered { act: text() },
            "posted" => What::Posted { tracking: text() },
            "rated" => What::Rated { stars: text().parse().unwrap_or(0) },
            "mediateur-export" => What::MediateurExport,
            "corrected" => What::Corrected,
            "plans-filed" => What::PlansFiled(text().parse().unwrap_or(0)),
            "markup-filed" => What::MarkupFiled,
            "meeting-scheduled" => {
                let (at, place) = split(body);
                What::MeetingScheduled { at: at.parse().unwrap_or(0), place }
            }
            "stamp-checked" => What::StampChecked,
            other => What::Other { kind: other.to_string(), body: body.clone() },
        }
    }

    /// The stored kind.
    pub fn kind(&self) -> &str {
        match self {
            What::Filed => "filed",
            What::Transition { .. } => "transition",
            What::Message(_) => "message",
            What::Note(_) => "note",
            What::Viewed(_) => "viewed",
            What::Assigned => "assigned",
            What::Escalated(_) => "escalated",
            What::OpinionRequested { .. } => "opinion-requested",
            What::OpinionGiven { .. } => "opinion-given",
            What::CoordinationRequested { .. } => "coordination-requested",
            What::FiledForVisitor { .. } => "filed-for-visitor",
            What::Claimed => "claimed",
            What::CoordinationAnswered { .. } => "coordination-answered",
            What::Extended { .. } => "extended",
            What::Transferred { .. } => "transferred",
            What::FastLane(_) => "fast-lane",
            What::FastLaneOff => "fast-lane-off",
            What::FastLaneCard(_) => "fast-lane-card",
            What::DocumentIssued { .. } => "document-issued",
            What::DocumentRevoked { .. } => "document-revoked",
            What::Paid { .. } => "paid",
            What::Refunded { .. } => "refunded",
            What::DueDateMoved { .. } => "due-date-moved",
            What::AskedUnlisted { .. } => "asked-unlisted",
            What::NoActMatch => "no-act-match",
            What::ReviewBeforeIssuance(_) => "review-before-issuance",
            What::Registered { .. } => "registered",
            What::Posted { .. } => "posted",
            What::Rated { .. } => "rated",
            What::MediateurExport => "mediateur-export",
            What::Corrected => "corrected",
            What::PlansFiled(_) => "plans-filed",
            What::MarkupFiled => "markup-filed",
            What::MeetingScheduled { .. } => "meeting-scheduled",
            What::StampChecked => "stamp-checked",
            What::Other { kind, .. } => kind,
        }
    }

    /// The stored body.
    pub fn body(&self) -> Option<String> {
        match self {
            What::Filed
            | What::Assigned
            | What::FastLaneOff
            | What::NoActMatch
            | What::MediateurExport
            | What::StampChecked
            | What::Claimed
            | What::MarkupFiled
            | What::Corrected => None,
            What::Transition { text, request, .. } => match request {
                Some(r) => Some(r.body()),
                None => text.clone(),
            },
            What::Message(t) | What::Note(t) | What::FastLane(t) | What::FastLaneCard(t) => Some(t.clone()),
            What::PlansFiled(n) => Some(n.to_string()),
            What::Viewed(r) => Some(r.as_str().to_string()),
            What::ReviewBeforeIssuance(r) => Some(r.as_str().to_string()),
            What::Escalated(e) => Some(e.as_str().to_string()),
            What::OpinionRequested { org } => Some(org.clone()),
            What::OpinionGiven { verdict, text } | What::CoordinationAnswered { verdict, text } => {
                Some(format!("{verdict}\n{text}"))
            }
            What::CoordinationRequested { org } => Some(org.clone()),
            What::FiledForVisitor { org, consent } => Some(format!("{org}\n{consent}")),
            What::Extended { days, reason } => Some(format!("{days}\n{reason}")),
            What::Transferred { org, reason } => Some(format!("{org}\n{reason}")),
            What::MeetingScheduled { at, place } => Some(format!("{at}\n{place}")),
            What::DocumentIssued { code } => Some(code.clone()),
            What::DocumentRevoked { code, reason } => Some(format!("{code}\n{reason}")),
            What::Paid { amount, receipt } => Some(format!("{amount}\n{receipt}")),
            What::Refunded { amount, channel } => Some(format!("{amount}\n{channel}")),
            What::DueDateMoved { from, to } => Some(format!("{from}\n{to}")),
            What::AskedUnlisted { document, reason } => Some(format!("{document}\n{reason}")),
            What::Registered { act } => Some(act.clone()),
            What::Posted { tracking } => Some(tracking.clone()),
            What::Rated { stars } => Some(stars.to_string()),
            What::Other { body, .. } => body.clone(),
        }
    }

    /// The action of a transition.
    pub fn action(&self) -> Option<&str> {
        match self {
            What::Transition { action, .. } => Some(action),
            _ => None,
        }
    }
}

impl Event {
    /// Parses a stored row (once, where rows are read).
    pub fn from_row(r: EventRow) -> Event {
        let what = What::parse(&r.kind, r.action.as_deref(), r.from_status.as_deref(), r.to_status.as_deref(), &r.body);
        Event {
            at: r.at,
            actor_id: r.actor_id,
            actor_role: r.actor_role,
            actor_org_id: r.actor_org_id,
            internal: r.internal,
            what,
        }
    }
}

/// An event of a kind other than a transition, as it will be stored.
#[derive(Debug, Clone)]
pub struct Stored<'a> {
    actor: EventActor<'a>,
    kind: String,
    body: Option<String>,
    internal: bool,
}

impl What {
    /// This event, done by `actor`, seen by the person.
    pub fn by<'a>(&self, actor: EventActor<'a>) -> Stored<'a> {
        Stored { actor, kind: self.kind().to_string(), body: self.body(), internal: false }
    }
}

impl Stored<'_> {
    /// Seen by staff only.
    pub fn internal(mut self) -> Self {
        self.internal = true;
        self
    }

    /// The row to append.
    pub fn new_event(&self) -> NewEvent<'_> {
        NewEvent::other(self.actor.clone(), &self.kind, self.body.as_deref(), self.internal)
    }
}

/// The history of a case, parsed; internal notes only when asked.
pub async fn of_case(engine: &crate::Engine, case_id: &str, include_internal: bool) -> crate::Result<Vec<Event>> {
    Ok(nafida_store::cases::events(engine.db(), case_id, include_internal)
        .await?
        .into_iter()
        .map(Event::from_row)
        .collect())
}

/// A case's history, read once, and what the rules derive from it (so a page that needs
/// several of these answers reads the history once).
#[derive(Debug, Clone, Default)]
pub struct History(pub Vec<Event>);

impl History {
    /// Reads the history of a case the person sees (no internal notes).
    pub async fn of_case(engine: &crate::Engine, case_id: &str) -> crate::Result<History> {
        Ok(History(of_case(engine, case_id, false).await?))
    }

    /// The administration's last request for documents.
    pub fn last_document_request(&self) -> Option<DocumentRequest> {
        self.0.iter().rev().find_map(|e| match &e.what {
            What::Transition { request: Some(r), .. } => Some(r.clone()),
            _ => None,
        })
    }

    /// Whether the administration ever asked for a document outside the procedure's list (as a
    /// message, or inside a request for documents before that was refused).
    pub fn asked_unlisted(&self) -> bool {
        self.0.iter().any(|e| match &e.what {
            What::AskedUnlisted { .. } => true,
            What::Transition { request: Some(r), .. } => r.unlisted.is_some(),
            _ => false,
        })
    }

    /// How many times the administration stopped the clock to ask for documents.
    pub fn document_requests(&self) -> u32 {
        let n = self.0.iter().filter(|e| matches!(&e.what, What::Transition { request: Some(_), .. })).count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// Whether the case was approved because the administration stayed silent.
    pub fn tacitly_approved(&self) -> bool {
        self.0.iter().any(|e| e.what.action() == Some(action::TACIT_APPROVAL))
    }

    /// The transition that last answered a complaint.
    pub fn last_answer(&self) -> Option<&Event> {
        self.0.iter().rev().find(|e| matches!(&e.what, What::Transition { to: Some(to), .. } if to == status::ANSWERED))
    }

    /// Whether the register matched nothing since the person last corrected the details.
    pub fn no_act_match_pending(&self) -> bool {
        let last = self.0.iter().rev().find(|e| matches!(e.what, What::NoActMatch | What::Corrected));
        last.is_some_and(|e| e.what == What::NoActMatch)
    }

    /// Whether the time limit was extended already.
    pub fn extended(&self) -> bool {
        self.0.iter().any(|e| matches!(e.what, What::Extended { .. }))
    }

    /// Since when the case is at its current status: its last status change, or its filing.
    pub fn status_since(&self, filed_at: i64) -> i64 {
        self.0.iter().rev().find(|e| matches!(&e.what, What::Transition { to: Some(_), .. })).map_or(filed_at, |e| e.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_as_written() {
        let request = DocumentRequest { listed: vec!["photo".into()], unlisted: None, comment: "merci".into() };
        let all = [
            What::Filed,
            What::Transition {
                action: action::REQUEST_DOCUMENTS.into(),
                from: Some("submitted".into()),
                to: Some("waiting".into()),
                text: None,
                request: Some(request),
            },
            What::Transition {
                action: "reject".into(),
                from: None,
                to: None,
                text: Some("Hors délai.".into()),
                request: None,
            },
            What::Message("Bonjour".into()),
            What::Note("interne".into()),
            What::Viewed(ViewReason::Supervision),
            What::Assigned,
            What::Escalated(Escalation::Cell),
            What::OpinionRequested { org: "commune-imzouren".into() },
            What::OpinionGiven { verdict: "reserves".into(), text: "Une issue\\nde plus".into() },
            What::CoordinationRequested { org: "al-hoceima-mre-cell".into() },
            What::FiledForVisitor { org: "al-hoceima-mre-cell".into(), consent: "signed".into() },
            What::Claimed,
            What::CoordinationAnswered { verdict: "scheduled".into(), text: "Rendez-vous le 12".into() },
            What::Extended { days: 30, reason: "Expertise".into() },
            What::Transferred { org: "consulate-paris".into(), reason: "Compétence".into() },
            What::FastLane("Décès".into()),
            What::FastLaneOff,
            What::DocumentIssued { code: "ABCDEFGHJ".into() },
            What::DocumentRevoked { code: "ABCDEFGHJ".into(), reason: "Erreur".into() },
            What::Paid { amount: 45, receipt: "Q-1".into() },
            What::NoActMatch,
            What::Refunded { amount: 20, channel: "online".into() },
            What::DueDateMoved { from: "2027-05-20".into(), to: "2027-05-21".into() },
            What::AskedUnlisted { document: "certificat".into(), reason: "adresse".into() },
            What::ReviewBeforeIssuance(Review::Unverified),
            What::ReviewBeforeIssuance(Review::Mismatch),
            What::ReviewBeforeIssuance(Review::Relation),
            What::Registered { act: "1/2026".into() },
            What::Posted { tracking: "RR1".into() },
            What::Rated { stars: 4 },
            What::MediateurExport,
            What::Corrected,
            What::PlansFiled(2),
            What::MarkupFiled,
            What::MeetingScheduled { at: 1_796_000_000_000, place: "Salle du conseil".into() },
            What::Other { kind: "future-kind".into(), body: Some("x".into()) },
        ];
        for w in all {
            let (from, to) = match &w {
                What::Transition { from, to, .. } => (from.clone(), to.clone()),
                _ => (None, None),
            };
            let back = What::parse(w.kind(), w.action(), from.as_deref(), to.as_deref(), &w.body());
            assert_eq!(back, w);
        }
    }

    #[test]
    fn a_document_request_reads_back_as_written() {
        let r = DocumentRequest {
            listed: vec!["passport".into(), "photo".into()],
            unlisted: Some(("residence certificate".into(), "the address changed since".into())),
            comment: "thank you".into(),
        };
        assert_eq!(DocumentRequest::parse(&r.body()), r);
        let empty = DocumentRequest { listed: vec![], unlisted: None, comment: String::new() };
        assert_eq!(DocumentRequest::parse(&empty.body()), empty);
    }
}
