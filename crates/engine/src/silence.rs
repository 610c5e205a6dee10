//! The certificate of administrative silence (law 55-19): when the administration did not
//! decide by the due date on a request whose procedure says silence means consent, the
//! platform approves it and issues, in the same transaction, a sealed certificate in the name
//! of the governor of the province (his office's key), verifiable at `/verify` like any other
//! document.

use std::collections::BTreeMap;

use nafida_domain::OrgKind;
use nafida_domain::catalog::Procedure;
use nafida_store::cases::CaseRow;
use nafida_store::documents::IssuedDocument;

use crate::i18n::Lang;
use crate::{Engine, EngineError, Result};

/// The kind of the document.
pub const KIND: &str = "silence-certificate";

/// The governor's office of the province an administration belongs to.
pub async fn governor_of(engine: &Engine, org_id: &str) -> Result<Option<String>> {
    let Some(province) = crate::orgs::province_of(engine, org_id).await? else { return Ok(None) };
    let all = nafida_store::orgs::list(engine.db()).await?;
    Ok(all
        .iter()
        .find(|o| o.parent.as_ref() == Some(&province.id) && o.kind == OrgKind::GovernorOffice)
        .map(|o| o.id.to_string()))
}

/// Draws, seals and stores the certificate of a tacitly approved request (its row is written by
/// the approval's transaction).
pub async fn prepare(engine: &Engine, c: &CaseRow, p: &Procedure) -> Result<IssuedDocument> {
    let governor = governor_of(engine, &c.org_id)
        .await?
        .ok_or_else(|| EngineError::internal(format!("no governor's office above {}", c.org_id)))?;
    let i18n = engine.i18n();
    let t = |lang: Lang, key: &str| i18n.format(lang, key, None);
    let name = crate::orgs::name;
    let (gov_ar, gov_fr) = (name(engine, &governor, "ar").await?, name(engine, &governor, "fr").await?);
    let (office_ar, office_fr) = (name(engine, &c.org_id, "ar").await?, name(engine, &c.org_id, "fr").await?);
    let filed = crate::dates::show_instant(c.filed_at);
    let due = crate::dates::show_date(&c.due_date);
    let row = |key: &str, fr: String, ar: String| nafida_docs::Row {
        label_fr: t(Lang::Fr, key),
        value_fr: fr,
        label_ar: t(Lang::Ar, key),
        value_ar: ar,
    };
    let document = nafida_docs::Document {
        header_ar: vec![t(Lang::Ar, "doc-state"), gov_ar],
        header_fr: vec![t(Lang::Fr, "doc-state"), gov_fr],
        title_ar: t(Lang::Ar, "silence-title"),
        title_fr: t(Lang::Fr, "silence-title"),
        rows: vec![
            row("doc-field-reference", c.reference.clone(), c.reference.clone()),
            row("receipt-procedure", p.title.fr.clone(), p.title.ar.clone()),
            row("receipt-administration", office_fr, office_ar),
            row("receipt-filed", filed.clone(), filed.clone()),
            row("receipt-due", due.clone(), due.clone()),
        ],
        footer_fr: vec![t(Lang::Fr, "silence-statement")],
        footer_ar: vec![t(Lang::Ar, "silence-statement")],
        qr: String::new(),
        data: BTreeMap::from([
            ("reference".to_string(), c.reference.clone()),
            ("procedure".to_string(), p.id.clone()),
            ("administration".to_string(), c.org_id.clone()),
            ("due_date".to_string(), c.due_date.clone()),
        ]),
    };
    crate::documents::prepare(
        engine,
        crate::documents::Issue {
            kind: KIND,
            case_id: Some(&c.id),
            act_id: None,
            office_id: &governor,
            document,
            expires_at: None,
        },
    )
    .await
}
