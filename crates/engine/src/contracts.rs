//! The engine's contracts with the catalogue: every procedure, workflow, status, action and
//! field name the engine's Rust relies on is declared here, once, and [`check`] verifies that
//! the catalogue honours them (`nafida catalog check`, and every start). Elsewhere the engine
//! uses these constants, never a spelled-out name, so a catalogue edit that would break a
//! command is refused with its file and line instead of failing at run time.

use nafida_domain::Role;
use nafida_domain::catalog::{Actor, Catalog, CatalogError, Phase, Procedure, Silence, Workflow};

/// Workflow actions the engine takes or offers by name.
pub mod action {
    /// An agent approves (the platform does it after a payment when the register holds the act).
    pub const APPROVE: &str = "approve";
    /// The person withdraws their request.
    pub const WITHDRAW: &str = "withdraw";
    /// The administration asks the person for documents of the list.
    pub const REQUEST_DOCUMENTS: &str = "request-documents";
    /// The person sends the documents asked for.
    pub const PROVIDE_DOCUMENTS: &str = "provide-documents";
    /// The platform approves a request the administration left unanswered (law 55-19).
    pub const TACIT_APPROVAL: &str = "tacit-approval";
    /// The person sends an answered complaint back.
    pub const REOPEN: &str = "reopen";
    /// The person appeals a refusal to the administration.
    pub const APPEAL: &str = "appeal";
    /// The platform closes an answered complaint once it may no longer be reopened.
    pub const CLOSE: &str = "close";
    /// What a production service's system may do on a document filed at another post: move it
    /// through the production stages, or return it; the post's own steps (biometrics, the
    /// handover) stay the post's.
    pub const PRODUCTION: &[&str] = &["mark-produced", "dispatch", "mark-ready", "return"];
}

/// Statuses the engine reads by name.
pub mod status {
    /// A complaint answered by the administration.
    pub const ANSWERED: &str = "answered";
    /// A complaint closed.
    pub const CLOSED: &str = "closed";
}

/// Workflows and procedures the engine names.
pub mod names {
    /// The complaint workflow (rating, reopening, closing, the Ombudsman's export).
    pub const COMPLAINT_WORKFLOW: &str = "complaint";
    /// The complaint procedure, which people may file without an account.
    pub const COMPLAINT_PROCEDURE: &str = "complaint";
    /// The MRE Services card: an approved request makes its holder a card holder, for whom
    /// every appointment calendar keeps places.
    pub const MRE_CARD_PROCEDURE: &str = "mre-card";
}

/// Form fields the engine reads by name outside an effect.
pub mod field {
    /// Number of copies (a fee per copy).
    pub const COPIES: &str = "copies";
    /// How the document is delivered (`electronic`, `post`, …).
    pub const DELIVERY: &str = "delivery";
    /// Country of the postal address (postage in Morocco or abroad).
    pub const POSTAL_COUNTRY: &str = "postal_country";
}

/// What `delivery` holds for a document sent by post, and one downloaded.
pub mod delivery {
    /// By registered post.
    pub const POST: &str = "post";
    /// Downloaded from the platform.
    pub const ELECTRONIC: &str = "electronic";
}

/// The fields naming the country where a birth, a marriage or a death took place abroad (read
/// when the form has them: the act is then a transcription).
pub const PLACE_FIELDS: [&str; 3] = ["birth_country", "marriage_country", "death_country"];

/// The civil-status documents the engine draws (`issue-document` kinds).
pub const DOCUMENT_KINDS: &[&str] = &[document::BIRTH_EXTRACT, document::BIRTH_FULL_COPY];

/// The attachment a representative's mandate is filed as (beside the procedure's documents).
pub const MANDATE_ATTACHMENT: &str = "mandate";

/// The registry's name of the effect that issues a post's certificate.
pub const EFFECT_ISSUE_CERTIFICATE: &str = "issue-certificate";

/// The registry's name of the effect that issues an "MRE Services" card.
pub const EFFECT_ISSUE_CARD: &str = "issue-card";

/// The registry's name of the effect that issues an urbanism permit.
pub const EFFECT_ISSUE_PERMIT: &str = "issue-permit";

/// The certificates of a post the engine draws (`issue-certificate` kinds).
pub const CERTIFICATE_KINDS: &[&str] = &[document::CONSULAR_REGISTRATION_CARD, document::LIFE_CERTIFICATE];

/// Kinds of issued documents the engine names.
pub mod document {
    /// An extract of a birth act (no parents' names).
    pub const BIRTH_EXTRACT: &str = "birth-extract";
    /// A full copy of a birth act (with the margin notes).
    pub const BIRTH_FULL_COPY: &str = "birth-full-copy";
    /// The law 55-19 receipt of a request.
    pub const RECEIPT: &str = "receipt";
    /// The receipt of a settled payment.
    pub const PAYMENT_RECEIPT: &str = "payment-receipt";
    /// The card of a consular registration.
    pub const CONSULAR_REGISTRATION_CARD: &str = "consular-registration-card";
    /// A life certificate.
    pub const LIFE_CERTIFICATE: &str = "life-certificate";
    /// An "MRE Services" card.
    pub const MRE_CARD: &str = "mre-card";
    /// An urbanism permit (building, renovation, demolition, habitation).
    pub const PERMIT: &str = "permit";
    /// A province's monthly report (the governor's figures).
    pub const MONTHLY_REPORT: &str = "monthly-report";
}

/// An effect the registry knows: its name in the catalogue, the kinds it accepts, and the
/// fields a procedure declaring it must have (for a kind).
#[derive(Debug, Clone, Copy)]
pub struct Contract {
    /// Its name in `effects = [{ name = … }]`.
    pub name: &'static str,
    /// The kinds it accepts (empty: it takes none).
    pub kinds: &'static [&'static str],
    /// The fields it needs, for a kind (`nafida catalog check` refuses a form without them).
    pub fields: fn(Option<&str>) -> &'static [&'static str],
    /// The fields it also reads when the form has them, for a kind.
    pub optional: fn(Option<&str>) -> &'static [&'static str],
}

/// Every effect the engine can carry out on approval.
pub const REGISTRY: &[Contract] = &[
    Contract {
        name: "issue-document",
        kinds: DOCUMENT_KINDS,
        fields: |_| &["holder_name_ar", "holder_name_latin", "birth_date", "act_number", "copies"],
        optional: |_| &[],
    },
    Contract {
        name: "register-act",
        kinds: &["birth", "marriage", "death"],
        fields: |kind| match kind {
            Some("birth") => &["child_name_ar", "child_birth_date"],
            Some("death") => &["deceased_name_ar", "death_date"],
            _ => &["spouse_name_latin", "marriage_date"],
        },
        optional: |kind| match kind {
            Some("birth") => &["child_name_latin", "child_sex", "birth_country"],
            Some("death") => &["deceased_idcs", "death_country"],
            _ => &["marriage_country"],
        },
    },
    Contract {
        name: EFFECT_ISSUE_CERTIFICATE,
        kinds: CERTIFICATE_KINDS,
        fields: |kind| match kind {
            Some(document::CONSULAR_REGISTRATION_CARD) => &["residence_address"],
            _ => &["pension_fund"],
        },
        optional: |kind| match kind {
            Some(document::CONSULAR_REGISTRATION_CARD) => &["residence_since"],
            _ => &["pension_number"],
        },
    },
    Contract { name: EFFECT_ISSUE_CARD, kinds: &[], fields: |_| &[], optional: |_| &[] },
    Contract {
        name: EFFECT_ISSUE_PERMIT,
        kinds: &[],
        fields: |_| &["commune", "land_title", "owner_name"],
        optional: |_| &["floor_area", "project_kind"],
    },
    Contract {
        name: "verify-identity",
        kinds: &[],
        fields: |_| &["document_kind", "name_ar", "name_latin", "birth_date"],
        optional: |_| &[],
    },
    Contract {
        name: "correct-name",
        kinds: &[],
        fields: |_| &["holder_name_ar", "spelling_in_act", "spelling_expected"],
        optional: |_| &[],
    },
];

/// The contract of an effect.
pub fn contract(name: &str) -> Option<&'static Contract> {
    REGISTRY.iter().find(|c| c.name == name)
}

fn error(file: &str, line: usize, message: String) -> CatalogError {
    CatalogError { file: file.to_string(), line, message }
}

fn has_field(p: &Procedure, name: &str) -> bool {
    p.fields.iter().any(|f| f.name == name)
}

fn leads_to_approval(w: &Workflow, action: &str, by: Actor) -> bool {
    w.transitions.iter().any(|t| {
        t.action == action && t.by.contains(&by) && w.status(&t.to).is_some_and(|s| s.phase == Phase::Approved)
    })
}

fn has_action(w: &Workflow, action: &str, from: &str, by: Actor) -> bool {
    w.transitions.iter().any(|t| t.action == action && t.by.contains(&by) && t.from.iter().any(|f| f == from))
}

/// Every way the catalogue breaks a contract, each with its file and line.
pub fn check(catalog: &Catalog) -> Vec<CatalogError> {
    let mut errors = vec![];
    for p in catalog.procedures.values() {
        let Some(w) = catalog.workflow_of(p) else { continue };
        let line = |key: &str| p.lines.get(key).copied().unwrap_or(1);
        if let Some(t) = &p.tax
            && w.status(&t.due_at).is_none_or(|s| s.terminal)
        {
            let file = format!("catalog/{}.toml", p.id);
            errors.push(error(
                &file,
                line("tax"),
                format!("tax.due_at {:?} is not an open status of its workflow", t.due_at),
            ));
        }
        for e in &p.effects {
            let Some(c) = contract(&e.name) else {
                let known: Vec<&str> = REGISTRY.iter().map(|c| c.name).collect();
                errors.push(error(
                    &e.file,
                    e.line,
                    format!("effect {:?} is not one the engine knows ({})", e.name, known.join(", ")),
                ));
                continue;
            };
            match (&e.kind, c.kinds.is_empty()) {
                (Some(k), false) if !c.kinds.contains(&k.as_str()) => errors.push(error(
                    &e.file,
                    e.line,
                    format!("effect {:?} has no kind {k:?} (kinds: {})", e.name, c.kinds.join(", ")),
                )),
                (None, false) => errors.push(error(
                    &e.file,
                    e.line,
                    format!("effect {:?} needs a kind ({})", e.name, c.kinds.join(", ")),
                )),
                (Some(k), true) => {
                    errors.push(error(&e.file, e.line, format!("effect {:?} takes no kind, not {k:?}", e.name)))
                }
                _ => {}
            }
            for f in (c.fields)(e.kind.as_deref()) {
                if !has_field(p, f) {
                    errors.push(error(&e.file, e.line, format!("effect {:?} needs the field {f:?}", e.name)));
                }
            }
            if !w.statuses.iter().any(|s| s.phase == Phase::Approved) {
                errors.push(error(
                    &e.file,
                    e.line,
                    format!("effect {:?} runs on approval, but workflow {:?} approves nothing", e.name, w.id),
                ));
            }
        }
        if p.silence == Silence::TacitApproval && !leads_to_approval(w, action::TACIT_APPROVAL, Actor::System) {
            errors.push(error(
                &p.file,
                line("silence"),
                format!(
                    "silence means approval, but workflow {:?} has no {:?} the platform takes to an approved status",
                    w.id,
                    action::TACIT_APPROVAL
                ),
            ));
        }
        if p.fee_per_copy && !has_field(p, field::COPIES) {
            errors.push(error(
                &p.file,
                line("fee_per_copy"),
                format!("a fee per copy needs the field {:?}", field::COPIES),
            ));
        }
        if p.postage.is_some() {
            for f in [field::DELIVERY, field::POSTAL_COUNTRY] {
                if !has_field(p, f) {
                    errors.push(error(&p.file, line("postage"), format!("postage needs the field {f:?}")));
                }
            }
        }
        // A document that waits at the counter says for how long.
        if w.statuses.iter().any(|s| s.awaits_pickup) && p.pickup.is_none() {
            errors.push(error(
                &p.file,
                line("workflow"),
                format!(
                    "workflow {:?} has a status awaiting pickup: the procedure needs a [pickup] period (within_days)",
                    w.id
                ),
            ));
        }
        // Every procedure names its legal basis and its archiving rule; law 55-19's ceiling on
        // time limits holds unless the basis provides more.
        if p.legal_basis.is_none() {
            errors.push(error(&p.file, 1, "a procedure needs a [legal_basis]: its text and reference".into()));
        }
        if p.archive.is_none() {
            errors.push(error(
                &p.file,
                1,
                "a procedure needs an [archive] rule: years, and destroy or archives".into(),
            ));
        }
        let (ceiling, days) = p.deadline_against_ceiling();
        if days > ceiling && !p.legal_basis.as_ref().is_some_and(|b| b.longer_deadline) {
            errors.push(error(
                &p.file,
                line("deadline"),
                format!(
                    "a time limit of {days} days (with any extension) passes law 55-19's ceiling of {ceiling} days; name the legal basis that provides it (legal_basis.longer_deadline)"
                ),
            ));
        }
        // A document about a person says who may obtain it (law 36-21).
        let about_a_person = p
            .effects
            .iter()
            .find(|e| e.name == "issue-document" && e.kind.as_deref().is_some_and(|k| DOCUMENT_KINDS.contains(&k)));
        if let Some(e) = about_a_person
            && p.entitlement.is_none()
        {
            errors.push(error(
                &e.file,
                e.line,
                "a civil-status document needs an [entitlement]: who may obtain it and the proof of each relation"
                    .into(),
            ));
        }
        // A document is issued by an agent's approval, after the office's review.
        if p.effect("issue-document").is_some() && !leads_to_approval(w, action::APPROVE, Actor::Staff(Role::Agent)) {
            errors.push(error(
                &p.file,
                line("workflow"),
                format!("issuing a document needs an agent's {:?} in workflow {:?}", action::APPROVE, w.id),
            ));
        }
    }
    for w in catalog.workflows.values() {
        // Every status that waits for the person lets them send what was asked.
        for s in w.statuses.iter().filter(|s| s.waits_for_applicant) {
            if !has_action(w, action::PROVIDE_DOCUMENTS, &s.id, Actor::Applicant) {
                errors.push(error(
                    &w.file,
                    1,
                    format!(
                        "status {:?} waits for the person but has no {:?} of theirs",
                        s.id,
                        action::PROVIDE_DOCUMENTS
                    ),
                ));
            }
        }
    }
    match catalog.workflows.get(names::COMPLAINT_WORKFLOW) {
        Some(w) => {
            let needs = [
                (status::ANSWERED, action::REOPEN, Actor::Applicant),
                (status::ANSWERED, action::CLOSE, Actor::System),
            ];
            for (from, act, by) in needs {
                if !has_action(w, act, from, by) {
                    errors.push(error(&w.file, 1, format!("the complaint workflow needs {act:?} from {from:?}")));
                }
            }
            if w.status(status::CLOSED).is_none() {
                errors.push(error(&w.file, 1, format!("the complaint workflow needs the status {:?}", status::CLOSED)));
            }
        }
        None => errors.push(error(
            "catalog/workflows",
            0,
            format!("the workflow {:?} is missing", names::COMPLAINT_WORKFLOW),
        )),
    }
    match catalog.procedures.get(names::COMPLAINT_PROCEDURE) {
        Some(p) if p.workflow == names::COMPLAINT_WORKFLOW => {}
        Some(p) => errors.push(error(
            &p.file,
            p.lines.get("workflow").copied().unwrap_or(1),
            format!("the complaint procedure must use the {:?} workflow", names::COMPLAINT_WORKFLOW),
        )),
        None => errors.push(error("catalog", 0, format!("the procedure {:?} is missing", names::COMPLAINT_PROCEDURE))),
    }
    if !catalog.procedures.contains_key(names::MRE_CARD_PROCEDURE) {
        errors.push(error("catalog", 0, format!("the procedure {:?} is missing", names::MRE_CARD_PROCEDURE)));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(procedure: &str) -> Vec<CatalogError> {
        let files = |dir: &str| -> Vec<(String, String)> {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog").join(dir);
            let mut v: Vec<(String, String)> = std::fs::read_dir(&root)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .map(|p| {
                    let name =
                        format!("catalog/{dir}{}", p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
                    (name.replace("catalog//", "catalog/"), std::fs::read_to_string(&p).unwrap_or_default())
                })
                .collect();
            v.sort();
            v
        };
        let mut procedures = files("");
        procedures.retain(|(n, _)| n != "catalog/birth-extract.toml");
        procedures.push(("catalog/birth-extract.toml".into(), procedure.into()));
        match Catalog::load(&files("workflows/"), &procedures) {
            Ok(c) => check(&c),
            Err(e) => e,
        }
    }

    const EXTRACT: &str = include_str!("../../../catalog/birth-extract.toml");

    #[test]
    fn the_fields_a_transcription_reads_are_declared() {
        let register = contract("register-act").map(|c| c.optional);
        let Some(optional) = register else { unreachable!("register-act is in the registry") };
        for (kind, field) in ["birth", "marriage", "death"].into_iter().zip(PLACE_FIELDS) {
            assert!(optional(Some(kind)).contains(&field), "{kind}: {field}");
        }
    }

    #[test]
    fn the_shipped_catalogue_honours_every_contract() {
        assert_eq!(load(EXTRACT), vec![]);
    }

    #[test]
    fn an_unknown_effect_or_a_missing_field_is_named_with_its_line() {
        let unknown = EXTRACT.replace("name = \"issue-document\"", "name = \"issue-passport\"");
        let errors = load(&unknown);
        assert_eq!(errors.len(), 1, "{errors:?}");
        let line = EXTRACT.lines().position(|l| l.contains("issue-document")).map_or(0, |i| i + 1);
        assert_eq!((errors[0].file.as_str(), errors[0].line), ("catalog/birth-extract.toml", line));
        assert!(errors[0].message.contains("issue-passport"));

        let wrong_kind = EXTRACT.replace("kind = \"birth-extract\"", "kind = \"mre-card\"");
        assert!(load(&wrong_kind)[0].message.contains("no kind \"mre-card\""));

        let start = EXTRACT.find("[entitlement]").unwrap_or(EXTRACT.len());
        let errors = load(&EXTRACT[..start]);
        assert!(errors.iter().any(|e| e.message.contains("needs an [entitlement]") && e.line == line), "{errors:?}");
        let no_proof = EXTRACT.replace("proof = [\"marriage-act\"]", "proof = []");
        let errors = load(&no_proof);
        assert!(errors.iter().any(|e| e.message.contains("\"spouse\" needs a document")), "{errors:?}");
        let not_listed = EXTRACT.replace("proof = [\"mandate\"]", "proof = [\"power-of-attorney\"]");
        let errors = load(&not_listed);
        assert!(errors.iter().any(|e| e.message.contains("not a document of the list")), "{errors:?}");
        let forgotten =
            EXTRACT.replace("    { value = \"prosecutor\", relation", "    # { value = \"prosecutor\", relation");
        let errors = load(&forgotten);
        assert!(
            errors.iter().any(|e| e.message.contains("\"prosecutor\" of \"for_whom\" has no relation")),
            "{errors:?}"
        );

        // Law 55-19's ceiling: 60 days (30 for an investment act) unless the basis provides more.
        let long = EXTRACT
            .replace("deadline = { days = 7, count = \"working\" }", "deadline = { days = 90, count = \"calendar\" }");
        let errors = load(&long);
        assert!(errors.iter().any(|e| e.message.contains("passes law 55-19's ceiling of 60 days")), "{errors:?}");
        let provided =
            long.replace("to_confirm = true\n\n# How long", "to_confirm = true\nlonger_deadline = true\n\n# How long");
        assert_eq!(load(&provided), vec![], "a basis that provides more");
        let working = EXTRACT.replace("days = 7, count = \"working\"", "days = 45, count = \"working\"");
        assert!(load(&working).iter().any(|e| e.message.contains("63 days")), "45 working days are 63 calendar days");
        let invest = EXTRACT.replace(
            "deadline = { days = 7, count = \"working\" }",
            "investment = true\ndeadline = { days = 40, count = \"calendar\" }",
        );
        assert!(load(&invest).iter().any(|e| e.message.contains("ceiling of 30 days")));
        let start = EXTRACT.find("[legal_basis]").unwrap_or(EXTRACT.len());
        let end = EXTRACT.find("# How long").unwrap_or(EXTRACT.len());
        let errors = load(&format!("{}{}", &EXTRACT[..start], &EXTRACT[end..]));
        assert!(errors.iter().any(|e| e.message.contains("needs a [legal_basis]")), "{errors:?}");

        // A document waiting at the counter needs its pickup period.
        let produced = EXTRACT.replace("workflow = \"standard\"", "workflow = \"document-production\"");
        let errors = load(&produced);
        assert!(errors.iter().any(|e| e.message.contains("needs a [pickup] period")), "{errors:?}");
        let with_period = format!("{produced}\n[pickup]\nwithin_days = 30\n");
        assert!(!load(&with_period).iter().any(|e| e.message.contains("[pickup]")));

        let no_field = EXTRACT.replace("name = \"act_number\"", "name = \"act_reference\"");
        let errors = load(&no_field);
        assert!(
            errors.iter().any(|e| e.message.contains("needs the field \"act_number\"") && e.line == line),
            "{errors:?}"
        );
    }
}
