//! The effects of an approval, dispatched by one registry: what a procedure declares it does
//! when approved (issue a civil-status document of a kind, enter an act in the register,
//! correct a name). Each effect is checked first (can it be done? a coded problem when not),
//! prepared once every check of the command passed (a document is drawn, sealed and stored by
//! content: no drawing for a refused command), and applied inside the command's transaction, so
//! the case, its event and the effect's rows commit together or not at all.

use nafida_domain::catalog::Procedure;
use nafida_store::Tx;
use nafida_store::cases::{self, CaseRow, EventActor};
use nafida_store::civil::ActRow;
use nafida_store::documents::IssuedDocument;

use crate::events::What;
use crate::refusal::{Problem, Problems};
use crate::{Engine, EngineError, Result, civil};

/// An effect that can be carried out, before anything is drawn.
#[derive(Debug)]
pub enum Planned {
    /// A civil-status document of a kind, to draw from its act.
    IssueDocument {
        /// The kind of document.
        kind: String,
        /// The act it reproduces.
        act: Box<ActRow>,
    },
    /// As [`Prepared::RegisterAct`].
    RegisterAct(Box<civil::Transcription>),
    /// As [`Prepared::CorrectName`].
    CorrectName {
        /// The act.
        act: Box<ActRow>,
        /// The corrected spelling.
        new_name: String,
    },
    /// The identity the person typed, checked against the document they sent.
    VerifyIdentity(Box<nafida_store::identity::IdentityCheck>),
    /// A certificate of a post of a kind (consular registration card, life certificate).
    IssueCertificate {
        /// The kind of certificate.
        kind: String,
    },
    /// An "MRE Services" card for the applicant.
    IssueCard,
    /// An urbanism permit in the name of the commune's president.
    IssuePermit,
}

/// An effect ready to be written.
#[derive(Debug)]
pub enum Prepared {
    /// A civil-status document drawn from its act (its file stored, its row not yet), with the
    /// ground it is issued on (the applicant's relation to the holder).
    IssueDocument(Box<IssuedDocument>, String),
    /// An act to enter in the register under the next number (a transcription, a
    /// declaration), with what else it writes.
    RegisterAct(Box<civil::Transcription>),
    /// A Latin spelling to correct on an act, with its margin note.
    CorrectName {
        /// The act.
        act: Box<ActRow>,
        /// The corrected spelling.
        new_name: String,
    },
    /// The account's identity, checked by the approving agent.
    VerifyIdentity(Box<nafida_store::identity::IdentityCheck>),
    /// An "MRE Services" card drawn and signed (its file stored, its rows not yet).
    IssueCard(Box<crate::cards::Prepared>),
}

/// The registry's name of the effect that raises the applicant's identity to checked.
pub const EFFECT_VERIFY_IDENTITY: &str = "verify-identity";

/// Checks what approving this case carries out, effect by effect as the procedure declares
/// them (the registry is [`crate::contracts::REGISTRY`]); every problem at once. An effect a
/// pinned old version declares that the registry no longer knows is skipped.
pub async fn check(engine: &Engine, c: &CaseRow, p: &Procedure) -> Result<Result<Vec<Planned>, Problems>> {
    let mut out = vec![];
    let mut problems = vec![];
    for e in &p.effects {
        match e.name.as_str() {
            civil::EFFECT_ISSUE => {
                let Some(kind) = e.kind.as_deref().filter(|k| civil::KINDS.contains(k)) else { continue };
                match civil::act_for_case(engine, c).await? {
                    Some(act) => out.push(Planned::IssueDocument { kind: kind.to_string(), act: Box::new(act) }),
                    None => problems.push(Problem::new("act", "act-not-in-register")),
                }
            }
            civil::EFFECT_CORRECT_NAME => match civil::name_correction(engine, c).await? {
                Ok((act, new_name)) => out.push(Planned::CorrectName { act: Box::new(act), new_name }),
                Err(code) => problems.push(Problem::new("act", code)),
            },
            EFFECT_VERIFY_IDENTITY => {
                let form: std::collections::BTreeMap<String, String> =
                    serde_json::from_str(&c.form_data).unwrap_or_default();
                let get = |k: &str| form.get(k).cloned().filter(|v| !v.is_empty());
                out.push(Planned::VerifyIdentity(Box::new(nafida_store::identity::IdentityCheck {
                    user_id: c.applicant_id.clone(),
                    level: crate::identity::Level::AgentChecked.as_str().to_string(),
                    method: "document-review".into(),
                    org_id: Some(c.org_id.clone()),
                    case_id: Some(c.id.clone()),
                    document_kind: get("document_kind"),
                    name_ar: get("name_ar"),
                    name_latin: get("name_latin"),
                    birth_date: get("birth_date"),
                    ..Default::default()
                })));
            }
            civil::EFFECT_REGISTER => {
                let kind = e.kind.as_deref().and_then(|k| nafida_domain::civil::ActKind::parse(k).ok());
                let Some(kind) = kind else { continue };
                match civil::transcribed_act(engine, c, kind).await? {
                    Ok(act) => {
                        out.push(Planned::RegisterAct(Box::new(civil::plan_transcription(engine, c, act).await?)))
                    }
                    Err(code) => problems.push(Problem::new("act", code)),
                }
            }
            crate::certificates::EFFECT => {
                let Some(kind) = e.kind.as_deref().filter(|k| crate::certificates::KINDS.contains(k)) else { continue };
                match crate::certificates::check(engine, c).await? {
                    None => out.push(Planned::IssueCertificate { kind: kind.to_string() }),
                    Some(problem) => problems.push(problem),
                }
            }
            crate::cards::EFFECT => match crate::cards::check(engine, c).await? {
                None => out.push(Planned::IssueCard),
                Some(problem) => problems.push(problem),
            },
            crate::permits::EFFECT => out.push(Planned::IssuePermit),
            other => tracing::warn!(effect = other, procedure = %p.id, "an effect the registry does not know; skipped"),
        }
    }
    Ok(if problems.is_empty() { Ok(out) } else { Err(problems) })
}

/// Prepares checked effects: draws, seals and stores the documents to issue.
pub async fn prepare(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
    planned: Vec<Planned>,
    actor: &crate::Actor,
) -> Result<Vec<Prepared>> {
    let mut out = vec![];
    let mut officer = None;
    for effect in planned {
        out.push(match effect {
            Planned::IssueDocument { kind, act } => {
                if officer.is_none() {
                    officer = Some(crate::documents::officer_of(engine, actor).await?);
                }
                let Some(officer) = &officer else { unreachable!("set above") };
                let document = civil::prepare_for_case(engine, c, p, &kind, &act, officer).await?;
                Prepared::IssueDocument(Box::new(document), civil::ground_of(c, p))
            }
            Planned::IssueCertificate { kind } => {
                if officer.is_none() {
                    officer = Some(crate::documents::officer_of(engine, actor).await?);
                }
                let Some(officer) = &officer else { unreachable!("set above") };
                let document = crate::certificates::prepare(engine, c, p, &kind, officer).await?;
                Prepared::IssueDocument(Box::new(document), "holder".into())
            }
            Planned::IssueCard => {
                if officer.is_none() {
                    officer = Some(crate::documents::officer_of(engine, actor).await?);
                }
                let Some(officer) = &officer else { unreachable!("set above") };
                Prepared::IssueCard(Box::new(crate::cards::prepare(engine, c, officer).await?))
            }
            Planned::IssuePermit => {
                if officer.is_none() {
                    officer = Some(crate::documents::officer_of(engine, actor).await?);
                }
                let Some(officer) = &officer else { unreachable!("set above") };
                Prepared::IssueDocument(
                    Box::new(crate::permits::prepare(engine, c, p, officer).await?),
                    "holder".into(),
                )
            }
            Planned::RegisterAct(t) => Prepared::RegisterAct(t),
            Planned::CorrectName { act, new_name } => Prepared::CorrectName { act, new_name },
            Planned::VerifyIdentity(mut check) => {
                check.checked_by = actor.account_id().map(str::to_string);
                check.created_at = engine.now();
                Prepared::VerifyIdentity(check)
            }
        });
    }
    Ok(out)
}

/// Writes prepared effects, with the events the person sees, inside the command's
/// transaction. It only writes: everything it needs was read by [`prepare`], so the
/// transaction stays short (SQLite has one writer).
pub async fn apply_in(engine: &Engine, tx: &mut Tx, c: &CaseRow, prepared: Vec<Prepared>) -> Result<()> {
    let system = EventActor { id: None, role: "system", org_id: Some(&c.org_id) };
    let now = engine.now();
    for effect in prepared {
        match effect {
            Prepared::IssueDocument(record, ground) => {
                crate::documents::record_in(tx, &record).await?;
                if let Some(act_id) = &record.act_id {
                    let access = nafida_store::identity::ActAccess {
                        act_id: act_id.clone(),
                        kind: "issued".into(),
                        by_user_id: Some(c.applicant_id.clone()),
                        by_role: "applicant".into(),
                        org_id: Some(c.org_id.clone()),
                        case_id: Some(c.id.clone()),
                        document_kind: Some(record.kind.clone()),
                        document_code: Some(record.code.clone()),
                        ground: ground.clone(),
                        created_at: now,
                    };
                    nafida_store::identity::log_access_in(tx, &access).await?;
                    // Issued to its holder, the act is theirs: they see who else obtains it.
                    if ground == "holder" {
                        nafida_store::identity::link_holder_in(tx, act_id, &c.applicant_id, Some(&c.id), now).await?;
                    }
                }
                let stored = What::DocumentIssued { code: record.code.clone() }.by(system.clone());
                cases::add_event_in(tx, &c.id, &stored.new_event(), &[], now).await?;
            }
            Prepared::CorrectName { act, new_name } => {
                civil::apply_name_correction_in(tx, c, &act, &new_name, now).await?;
            }
            Prepared::VerifyIdentity(check) => {
                nafida_store::identity::record_in(tx, &check).await?;
            }
            Prepared::IssueCard(card) => {
                crate::cards::apply_in(tx, &card).await?;
                let stored = What::DocumentIssued { code: card.document.code.clone() }.by(system.clone());
                cases::add_event_in(tx, &c.id, &stored.new_event(), &[], now).await?;
            }
            Prepared::RegisterAct(transcription) => {
                let entered = civil::register_transcription_in(tx, c, &transcription, now).await?;
                let stored = What::Registered { act: entered }.by(system.clone());
                cases::add_event_in(tx, &c.id, &stored.new_event(), &[], now).await?;
            }
        }
        if engine.effect_fault() {
            return Err(EngineError::Internal("fault injected after an effect".into()));
        }
    }
    Ok(())
}

/// Issues the document of an approved case that has none yet (approved before its act was
/// in the register, or before issuance existed); a problem when the act is still missing.
pub async fn issue_missing(
    engine: &Engine,
    actor: &crate::Actor,
    c: &CaseRow,
    p: &Procedure,
) -> Result<Result<(), Problems>> {
    let Some(kind) = civil::issues_civil_document(p) else { return Err(EngineError::NotFound) };
    let Some(act) = civil::act_for_case(engine, c).await? else {
        return Ok(Err(vec![Problem::new("act", "act-not-in-register")]));
    };
    let planned = vec![Planned::IssueDocument { kind: kind.to_string(), act: Box::new(act) }];
    let prepared = prepare(engine, c, p, planned, actor).await?;
    let mut tx = engine.db().begin().await?;
    apply_in(engine, &mut tx, c, prepared).await?;
    tx.commit().await?;
    Ok(Ok(()))
}
