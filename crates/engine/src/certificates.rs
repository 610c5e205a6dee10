//! Certificates a consular post issues on approval, through the effect registry
//! (`issue-certificate` of a kind): the consular registration card and the life certificate.
//! Each is a sealed bilingual document in the post's name, verifiable at `/verify` like any
//! other. It states the person as their identity was checked (else as their profile gives it;
//! a representative's request names the represented person), and only what the request and
//! the sources support: no validity period is printed, none having been found in the sources
//! (to be confirmed with the ministry).

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use nafida_domain::catalog::Procedure;
use nafida_store::cases::CaseRow;
use nafida_store::documents::IssuedDocument;

use crate::contracts::document;
use crate::dates::show_date;
use crate::i18n::Lang;
use crate::refusal::Problem;
use crate::{Engine, Result};

/// The registry's name of the effect.
pub const EFFECT: &str = crate::contracts::EFFECT_ISSUE_CERTIFICATE;

/// The kinds it issues.
pub const KINDS: &[&str] = crate::contracts::CERTIFICATE_KINDS;

/// The person a certificate is about: names in both scripts and birth date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holder {
    /// In Arabic script.
    pub name_ar: Option<String>,
    /// In Latin script.
    pub name_latin: Option<String>,
    /// Birth date, when known.
    pub birth_date: Option<String>,
}

/// Who the certificate is about: the represented person of a representative's request; else
/// the applicant as their identity was checked, or as their profile says.
pub async fn holder(engine: &Engine, c: &CaseRow) -> Result<Holder> {
    if let Some(name) = nafida_store::cases::represented_name(engine.db(), &c.id).await? {
        return Ok(Holder { name_latin: Some(name), ..Holder::default() });
    }
    if let Some(check) = nafida_store::identity::current(engine.db(), &c.applicant_id).await?
        && (check.name_ar.is_some() || check.name_latin.is_some())
    {
        return Ok(Holder { name_ar: check.name_ar, name_latin: check.name_latin, birth_date: check.birth_date });
    }
    let profile = nafida_store::profiles::get(engine.db(), &c.applicant_id).await?;
    Ok(Holder { name_ar: profile.name_ar, name_latin: profile.name_latin, birth_date: profile.birth_date })
}

/// Whether a certificate can be drawn: the person's name must be known.
pub async fn check(engine: &Engine, c: &CaseRow) -> Result<Option<Problem>> {
    let h = holder(engine, c).await?;
    Ok((h.name_ar.is_none() && h.name_latin.is_none()).then(|| Problem::new("holder", "certificate-names-missing")))
}

/// Draws, seals and stores the certificate of an approved case (its row is written by the
/// approval's transaction).
pub async fn prepare(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
    kind: &str,
    officer: &crate::documents::Officer,
) -> Result<IssuedDocument> {
    let h = holder(engine, c).await?;
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let i18n = engine.i18n();
    let t = |lang: Lang, key: &str| i18n.format(lang, key, None);
    let office_ar = crate::orgs::name(engine, &c.org_id, "ar").await?;
    let office_fr = crate::orgs::name(engine, &c.org_id, "fr").await?;
    let row = |key: &str, fr: String, ar: String| nafida_docs::Row {
        label_fr: t(Lang::Fr, key),
        value_fr: fr,
        label_ar: t(Lang::Ar, key),
        value_ar: ar,
    };
    let latin = h.name_latin.clone().or_else(|| h.name_ar.clone()).unwrap_or_default();
    let arabic = h.name_ar.clone().or_else(|| h.name_latin.clone()).unwrap_or_default();
    let mut rows = vec![row("doc-field-name-latin", latin.clone(), arabic.clone())];
    if let Some(b) = &h.birth_date {
        rows.push(row(
            "doc-field-birth-date",
            crate::dates::show_with_hijri(i18n, Lang::Fr, b),
            crate::dates::show_with_hijri(i18n, Lang::Ar, b),
        ));
    }
    let today = nafida_domain::Date::legal(engine.now()).to_string();
    let value = |k: &str| form.get(k).cloned().unwrap_or_default();
    if kind == document::CONSULAR_REGISTRATION_CARD {
        rows.push(row("doc-field-registration", c.reference.clone(), c.reference.clone()));
        rows.push(row("doc-field-residence-address", value("residence_address"), value("residence_address")));
        if let Some(since) = form.get("residence_since") {
            rows.push(row("doc-field-residence-since", show_date(since), show_date(since)));
        }
    } else {
        let mut args = FluentArgs::new();
        args.set("office", FluentValue::from(office_fr.clone()));
        args.set("date", FluentValue::from(show_date(&today)));
        let mut args_ar = FluentArgs::new();
        args_ar.set("office", FluentValue::from(office_ar.clone()));
        args_ar.set("date", FluentValue::from(show_date(&today)));
        rows.push(row(
            "doc-field-attestation",
            i18n.format(Lang::Fr, "doc-life-attestation", Some(&args)),
            i18n.format(Lang::Ar, "doc-life-attestation", Some(&args_ar)),
        ));
        rows.push(row("doc-field-pension-fund", value("pension_fund"), value("pension_fund")));
        if let Some(n) = form.get("pension_number").filter(|n| !n.is_empty()) {
            rows.push(row("doc-field-pension-number", n.clone(), n.clone()));
        }
    }
    let key = crate::documents::office_key(engine, &c.org_id).await?;
    let lines = |lang: Lang, office: &str, officer: &str| {
        let mut issued = FluentArgs::new();
        issued.set("date", FluentValue::from(crate::dates::show_with_hijri(i18n, lang, &today)));
        issued.set("reference", FluentValue::from(c.reference.clone()));
        issued.set("office", FluentValue::from(office.to_string()));
        let mut sealed = FluentArgs::new();
        sealed.set("key", FluentValue::from(key.id().to_string()));
        sealed.set("office", FluentValue::from(office.to_string()));
        sealed.set("officer", FluentValue::from(officer.to_string()));
        vec![
            i18n.format(lang, "doc-issued-line", Some(&issued)),
            i18n.format(lang, "doc-sealed-line", Some(&sealed)),
            t(lang, "doc-hijri-note"),
        ]
    };
    let document = nafida_docs::Document {
        header_ar: vec![t(Lang::Ar, "doc-state"), office_ar.clone()],
        header_fr: vec![t(Lang::Fr, "doc-state"), office_fr.clone()],
        title_ar: p.title.ar.clone(),
        title_fr: p.title.fr.clone(),
        rows,
        footer_fr: lines(Lang::Fr, &office_fr, &officer.fr),
        footer_ar: lines(Lang::Ar, &office_ar, &officer.ar),
        qr: String::new(),
        data: BTreeMap::from([
            ("name_ar".to_string(), arabic),
            ("name_latin".to_string(), latin),
            ("birth_date".to_string(), h.birth_date.unwrap_or_default()),
            ("reference".to_string(), c.reference.clone()),
            ("officer".to_string(), officer.fr.clone()),
        ]),
    };
    crate::documents::prepare(
        engine,
        crate::documents::Issue {
            kind,
            case_id: Some(&c.id),
            act_id: None,
            office_id: &c.org_id,
            document,
            expires_at: None,
        },
    )
    .await
}
