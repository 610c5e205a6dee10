//! Permits (building, renovation, demolition, habitation, licences): the commission. When a
//! file goes before the commission, every body its procedure names (the urban agency, civil
//! protection… of the file's province) is asked for its opinion at once, each with its own
//! deadline, in the transition's transaction. An opinion marked binding (the urban agency's
//! "avis conforme") must be given, and not unfavourable, before the file leaves the
//! commission other than by a refusal or a withdrawal. An opinion given after its deadline is
//! recorded, and shown late.

pub mod architects;
pub mod mandates;
pub mod markups;
pub mod meetings;
pub mod plans;

use nafida_domain::catalog::{CommissionBody, Procedure};
use nafida_domain::{Date, OrgId, OrgKind};
use nafida_store::cases::{CaseRow, Opinion};

use crate::refusal::{Arg, Problem};
use crate::{Engine, EngineError, Result};

/// The question of a commission's opinion (the views show it in the reader's language).
pub const QUESTION: &str = "commission";

/// The bodies a file goes to: for each body of the procedure's commission that applies to
/// the file's answers, the administration of its kind in the file's province; a problem naming
/// each kind the province has none of.
pub async fn bodies(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
) -> Result<std::result::Result<Vec<(OrgId, CommissionBody)>, Vec<Problem>>> {
    let Some(commission) = &p.commission else { return Ok(Ok(vec![])) };
    let answers: std::collections::BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let Some(province) = crate::orgs::province_of(engine, &c.org_id).await? else {
        return Ok(Err(vec![Problem::new("commission", "commission-no-province")]));
    };
    let below = nafida_store::orgs::subtree_ids(engine.db(), &province.id).await?;
    let all = nafida_store::orgs::list(engine.db()).await?;
    let mut out = vec![];
    let mut problems = vec![];
    for body in &commission.bodies {
        if let Some((field, equals)) = &body.only_if
            && answers.get(field) != Some(equals)
        {
            continue;
        }
        match all.iter().find(|o| o.kind == body.kind && below.contains(&o.id)) {
            Some(o) => out.push((o.id.clone(), body.clone())),
            None => problems.push(
                Problem::new("commission", "commission-body-missing").with("kind", Arg::Key(org_kind_key(body.kind))),
            ),
        }
    }
    Ok(if problems.is_empty() { Ok(out) } else { Err(problems) })
}

/// The translation key of a kind of administration.
fn org_kind_key(kind: OrgKind) -> &'static str {
    match kind {
        OrgKind::UrbanAgency => "org-kind-urban-agency",
        OrgKind::CivilProtection => "org-kind-civil-protection",
        OrgKind::UrbanismService => "org-kind-urbanism-service",
        OrgKind::Commune => "org-kind-commune",
        _ => "org-kind-other",
    }
}

/// Why the file cannot leave the commission yet: each binding opinion not given, or
/// unfavourable, named by its body.
pub async fn blockers(engine: &Engine, c: &CaseRow, lang: &str) -> Result<Vec<Problem>> {
    let mut problems = vec![];
    for o in nafida_store::cases::opinions_of(engine.db(), &c.id).await?.iter().filter(|o| o.binding) {
        let name = crate::orgs::name(engine, &o.org_id, lang).await?;
        match o.verdict.as_deref() {
            None => problems.push(Problem::new("commission", "binding-pending").with("org", Arg::Text(name))),
            Some("unfavourable") => {
                problems.push(Problem::new("commission", "binding-unfavourable").with("org", Arg::Text(name)))
            }
            Some(_) => {}
        }
    }
    Ok(problems)
}

/// Whether an opinion was (or is, not given yet) past its deadline at `now`.
pub fn late(o: &Opinion, now: i64) -> bool {
    let Ok(due) = Date::parse(&o.due_date) else { return false };
    Date::legal(o.answered_at.unwrap_or(now)) > due
}

/// A file's commission as its applicant and its agents follow it: each body's opinion, given
/// or awaited, binding or not, late or not.
pub async fn timeline(engine: &Engine, c: &CaseRow) -> Result<Vec<Opinion>> {
    Ok(nafida_store::cases::opinions_of(engine.db(), &c.id)
        .await?
        .into_iter()
        .filter(|o| o.kind == "opinion" && o.question == QUESTION)
        .collect())
}

/// The registry's name of the effect that issues the permit.
pub const EFFECT: &str = crate::contracts::EFFECT_ISSUE_PERMIT;

/// The commune a file is handled for: the parent of its urbanism service (the service itself
/// if it has none).
async fn commune_of(engine: &Engine, c: &CaseRow) -> Result<String> {
    let id = OrgId::parse(&c.org_id).map_err(EngineError::internal)?;
    let org = nafida_store::orgs::get(engine.db(), &id).await?.ok_or(EngineError::NotFound)?;
    Ok(match (org.kind, org.parent) {
        (OrgKind::UrbanismService, Some(parent)) => parent.to_string(),
        _ => c.org_id.clone(),
    })
}

/// Draws, seals and stores the permit of an approved file, in the name of the commune's
/// president: the owner, the land, the project, the plans it was granted on (by file and
/// content hash), the conditions of the commission's opinions, and until when the works may
/// begin (its row is written by the approval's transaction).
pub async fn prepare(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
    officer: &crate::documents::Officer,
) -> Result<nafida_store::documents::IssuedDocument> {
    use crate::i18n::Lang;
    use fluent_bundle::{FluentArgs, FluentValue};
    let form: std::collections::BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let i18n = engine.i18n();
    let t = |lang: Lang, key: &str| i18n.format(lang, key, None);
    let value = |k: &str| form.get(k).cloned().unwrap_or_default();
    let row = |key: &str, fr: String, ar: String| nafida_docs::Row {
        label_fr: t(Lang::Fr, key),
        value_fr: fr,
        label_ar: t(Lang::Ar, key),
        value_ar: ar,
    };
    let commune = commune_of(engine, c).await?;
    let (commune_fr, commune_ar) =
        (crate::orgs::name(engine, &commune, "fr").await?, crate::orgs::name(engine, &commune, "ar").await?);
    let mut rows = vec![
        row("doc-field-owner", value("owner_name"), value("owner_name")),
        row("doc-field-land", value("land_title"), value("land_title")),
        row("doc-field-commune", commune_fr.clone(), commune_ar.clone()),
    ];
    if let Some(area) = form.get("floor_area").filter(|a| !a.is_empty()) {
        rows.push(row("doc-field-floor-area", format!("{area} m²"), format!("{area} م²")));
    }
    // The plans it was granted on: each plan file, the latest version of each kind, by name and
    // the start of its content hash.
    let plans: Vec<String> = plans::current(engine, c)
        .await?
        .iter()
        .map(|v| {
            let a = &v.attachment;
            format!("{} v{} ({})", a.filename, v.version, a.file_key.chars().take(10).collect::<String>())
        })
        .collect();
    if !plans.is_empty() {
        rows.push(row("doc-field-plans", plans.join(" · "), plans.join(" · ")));
    }
    // The conditions the commission set.
    let names_fr = crate::orgs::OrgNames::load(engine, "fr").await?;
    let names_ar = crate::orgs::OrgNames::load(engine, "ar").await?;
    let mut conditions = (vec![], vec![]);
    for o in timeline(engine, c).await?.iter().filter(|o| o.verdict.as_deref() == Some("reserves")) {
        let text = o.answer.clone().unwrap_or_default();
        conditions.0.push(format!("{} : {text}", names_fr.get(&o.org_id)));
        conditions.1.push(format!("{}: {text}", names_ar.get(&o.org_id)));
    }
    if conditions.0.is_empty() {
        rows.push(row(
            "doc-field-conditions",
            t(Lang::Fr, "doc-permit-no-conditions"),
            t(Lang::Ar, "doc-permit-no-conditions"),
        ));
    } else {
        rows.push(row("doc-field-conditions", conditions.0.join(" ; "), conditions.1.join(" ؛ ")));
    }
    let now = engine.now();
    let today = Date::legal(now);
    // A building permit lapses if the works do not begin in time; a habitation permit does not.
    let until = p.valid_days.map(|days| Date::from_days_since_epoch(today.days_since_epoch() + i64::from(days)));
    if let Some(until) = until {
        let validity = |lang: Lang| {
            let mut args = FluentArgs::new();
            args.set("date", FluentValue::from(crate::dates::show_date(&until.to_string())));
            i18n.format(lang, "doc-permit-validity", Some(&args))
        };
        rows.push(row("doc-field-validity", validity(Lang::Fr), validity(Lang::Ar)));
    }
    let key = crate::documents::office_key(engine, &commune).await?;
    let lines = |lang: Lang, office: &str, officer: &str| {
        let mut issued = FluentArgs::new();
        issued.set("date", FluentValue::from(crate::dates::show_with_hijri(i18n, lang, &today.to_string())));
        issued.set("reference", FluentValue::from(c.reference.clone()));
        issued.set("office", FluentValue::from(office.to_string()));
        let mut sealed = FluentArgs::new();
        sealed.set("key", FluentValue::from(key.id().to_string()));
        sealed.set("office", FluentValue::from(office.to_string()));
        sealed.set("officer", FluentValue::from(officer.to_string()));
        vec![i18n.format(lang, "doc-issued-line", Some(&issued)), i18n.format(lang, "doc-sealed-line", Some(&sealed))]
    };
    let end = until.and_then(|until| {
        nafida_domain::legal_time::local_to_millis(
            nafida_domain::legal_time::ZONE,
            Date::from_days_since_epoch(until.days_since_epoch() + 1),
            0,
        )
    });
    let document = nafida_docs::Document {
        header_ar: vec![t(Lang::Ar, "doc-state"), commune_ar.clone(), t(Lang::Ar, "doc-permit-president")],
        header_fr: vec![t(Lang::Fr, "doc-state"), commune_fr.clone(), t(Lang::Fr, "doc-permit-president")],
        title_ar: p.title.ar.clone(),
        title_fr: p.title.fr.clone(),
        rows,
        footer_fr: lines(Lang::Fr, &commune_fr, &officer.fr),
        footer_ar: lines(Lang::Ar, &commune_ar, &officer.ar),
        qr: String::new(),
        data: std::collections::BTreeMap::from([
            ("reference".to_string(), c.reference.clone()),
            ("procedure".to_string(), p.id.clone()),
            ("owner".to_string(), value("owner_name")),
            ("land_title".to_string(), value("land_title")),
            ("valid_until".to_string(), until.map(|u| u.to_string()).unwrap_or_default()),
            ("conditions".to_string(), conditions.0.join(" ; ")),
            ("officer".to_string(), officer.fr.clone()),
        ]),
    };
    crate::documents::prepare(
        engine,
        crate::documents::Issue {
            kind: crate::contracts::document::PERMIT,
            case_id: Some(&c.id),
            act_id: None,
            office_id: &commune,
            document,
            expires_at: end,
        },
    )
    .await
}

/// The communes' rates of the tax on construction operations (shipped data, to confirm).
pub fn tax_rates() -> &'static nafida_domain::urbanism::TaxRates {
    static RATES: std::sync::OnceLock<nafida_domain::urbanism::TaxRates> = std::sync::OnceLock::new();
    RATES.get_or_init(|| {
        nafida_domain::urbanism::TaxRates::from_toml(include_str!("../../../../data/urbanism/construction-tax.toml"))
            .unwrap_or_default()
    })
}

/// The tax a file owes when it reaches its procedure's `due_at` status: the covered area in
/// the form times the commune's rate; a problem when the commune has no rate or the area is not
/// a whole number of m².
pub async fn tax_due(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
) -> Result<std::result::Result<nafida_store::payments::TaxDue, Problem>> {
    let Some(tax) = &p.tax else { return Err(EngineError::NotFound) };
    let form: std::collections::BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let Some(area) = form.get(&tax.area_field).and_then(|a| a.trim().parse::<u32>().ok()).filter(|a| *a > 0) else {
        return Ok(Err(Problem::new("tax", "tax-area-missing")));
    };
    let commune = commune_of(engine, c).await?;
    match tax_rates().tax(&commune, area) {
        Some((rate, amount)) => Ok(Ok(nafida_store::payments::TaxDue {
            area_m2: i64::from(area),
            rate_mad: i64::from(rate),
            amount_mad: i64::from(amount),
        })),
        None => Ok(Err(Problem::new("tax", "tax-rate-missing"))),
    }
}
