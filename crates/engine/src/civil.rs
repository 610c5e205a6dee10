//! Civil-status documents: finding the act of the register a request is about, and drawing
//! its extract (or full copy) in Arabic and French from the act and its margin notes.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use nafida_domain::catalog::Procedure;
use nafida_store::cases::CaseRow;
use nafida_store::civil::{self, ActRow};
use nafida_store::documents::IssuedDocument;

use crate::i18n::Lang;
use crate::{Engine, EngineError, Result};

/// The documents this module draws.
pub const KINDS: &[&str] = crate::contracts::DOCUMENT_KINDS;

/// The civil-status documents (not receipts) issued for a case.
pub async fn issued_for_case(engine: &Engine, c: &CaseRow) -> Result<Vec<IssuedDocument>> {
    Ok(nafida_store::documents::of_case(engine.db(), &c.id)
        .await?
        .into_iter()
        .filter(|d| KINDS.contains(&d.kind.as_str()))
        .collect())
}

/// The civil-status document a procedure issues on approval, if it declares one drawn here.
pub fn issues_civil_document(p: &Procedure) -> Option<&str> {
    p.effect(EFFECT_ISSUE).and_then(|e| e.kind.as_deref()).filter(|k| KINDS.contains(k))
}

pub use crate::contracts::PLACE_FIELDS;

/// The registry's name of the effect that issues a document.
pub const EFFECT_ISSUE: &str = "issue-document";
/// The registry's name of the effect that enters an act in the register.
pub const EFFECT_REGISTER: &str = "register-act";
/// The registry's name of the effect that corrects a name in the register.
pub const EFFECT_CORRECT_NAME: &str = "correct-name";

/// The act a request is about: by its number and year when the person gave them (and the name
/// matches), else by name (either script, spelling-tolerant) and date of birth, at the office
/// the case is with.
pub async fn act_for_case(engine: &Engine, c: &CaseRow) -> Result<Option<ActRow>> {
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let get = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    let names = [get("holder_name_ar"), get("holder_name_latin")];
    let key = |n: &str| nafida_domain::civil::name_key(n);
    let name_matches = |a: &ActRow| {
        names
            .iter()
            .filter(|n| !n.is_empty())
            .any(|n| key(n) == key(&a.name_ar) || a.name_latin.as_deref().is_some_and(|l| key(n) == key(l)))
    };
    if let Some((number, year)) = get("act_number").split_once('/')
        && let (Ok(number), Ok(year)) = (number.trim().parse::<i64>(), year.trim().parse::<i64>())
    {
        let found = civil::find(engine.db(), &c.org_id, year, number).await?;
        return Ok(found.filter(|a| {
            a.kind == nafida_domain::civil::ActKind::Birth.as_str()
                && a.event_date == get("birth_date")
                && name_matches(a)
        }));
    }
    for n in names.iter().filter(|n| !n.is_empty()) {
        if let Some(a) =
            civil::matching(engine.db(), &c.org_id, "birth", get("birth_date"), n).await?.into_iter().next()
        {
            return Ok(Some(a));
        }
    }
    Ok(None)
}

/// Whether a request whose act was found needs an agent's review before its document is
/// issued, and why; `None` when the applicant declared being the holder and their checked
/// identity matches the act.
pub async fn review_needed(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
    act: &ActRow,
) -> Result<Option<crate::events::Review>> {
    use crate::events::Review;
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    if !p.relation(&form).is_some_and(|r| r.is_holder()) {
        return Ok(Some(Review::Relation));
    }
    let identity = crate::identity::of(engine, &c.applicant_id).await?;
    let Some(check) = identity.check.filter(|_| identity.level.checked()) else {
        return Ok(Some(Review::Unverified));
    };
    Ok((!crate::identity::compare(&check, act).is_empty()).then_some(Review::Mismatch))
}

/// What an agent of the issuing office sees to decide on a request for a civil-status
/// document: the relation the applicant declared and the listed proofs of it, the applicant's
/// checked identity, the act found and how the two compare.
#[derive(Debug, Clone)]
pub struct IssuanceReview {
    /// The act found in the register, if any.
    pub act: Option<ActRow>,
    /// The relation declared (under a version of the procedure that asked it).
    pub relation: Option<nafida_domain::catalog::Relation>,
    /// The applicant's identity.
    pub identity: crate::identity::Identity,
    /// How the checked identity differs from the act's holder (empty when it matches or was
    /// never checked).
    pub mismatches: Vec<crate::identity::Mismatch>,
}

/// The review of a request for a civil-status document, while none is issued for it.
pub async fn issuance_review(engine: &Engine, c: &CaseRow, p: &Procedure) -> Result<Option<IssuanceReview>> {
    if issues_civil_document(p).is_none() || !issued_for_case(engine, c).await?.is_empty() {
        return Ok(None);
    }
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let act = act_for_case(engine, c).await?;
    let identity = crate::identity::of(engine, &c.applicant_id).await?;
    let mismatches = match (&act, &identity.check) {
        (Some(a), Some(check)) if identity.level.checked() => crate::identity::compare(check, a),
        _ => vec![],
    };
    Ok(Some(IssuanceReview { act, relation: p.relation(&form).cloned(), identity, mismatches }))
}

/// The ground a document is issued on: the relation the applicant declared to the act's
/// holder (`undeclared` under an older version of the procedure that did not ask it).
pub fn ground_of(c: &CaseRow, p: &Procedure) -> String {
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    p.relation(&form).map_or_else(|| "undeclared".to_string(), |r| r.relation.clone())
}

/// Draws the document of an approved request from its act, seals and stores it; its row is
/// written by the approval's transaction.
pub async fn prepare_for_case(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
    kind: &str,
    act: &ActRow,
    officer: &crate::documents::Officer,
) -> Result<IssuedDocument> {
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let copies = form.get("copies").cloned().unwrap_or_else(|| "1".into());
    let i18n = engine.i18n();
    let t = |lang: Lang, key: &str| i18n.format(lang, key, None);
    let office = |lang: Lang| async move { crate::orgs::name(engine, &c.org_id, lang.code()).await };
    let (office_ar, office_fr) = (office(Lang::Ar).await?, office(Lang::Fr).await?);
    let parent = org_parent_names(engine, &c.org_id).await?;
    let mut header_ar = vec![t(Lang::Ar, "doc-state")];
    let mut header_fr = vec![t(Lang::Fr, "doc-state")];
    if let Some((ar, fr)) = parent {
        header_ar.push(ar);
        header_fr.push(fr);
    }
    header_ar.push(office_ar.clone());
    header_fr.push(office_fr.clone());
    let mut act_args = FluentArgs::new();
    act_args.set("number", FluentValue::from(act.number.to_string()));
    act_args.set("year", FluentValue::from(act.year.to_string()));
    let row = |key: &str, fr: String, ar: String| nafida_docs::Row {
        label_fr: t(Lang::Fr, key),
        value_fr: fr,
        label_ar: t(Lang::Ar, key),
        value_ar: ar,
    };
    let latin_or_ar = |latin: &Option<String>, ar: &str| latin.clone().unwrap_or_else(|| ar.to_string());
    let ar_or = |ar: &Option<String>, latin: &Option<String>| ar.clone().or_else(|| latin.clone()).unwrap_or_default();
    let mut rows = vec![row("doc-field-name-latin", latin_or_ar(&act.name_latin, &act.name_ar), act.name_ar.clone())];
    if let Some(tif) = &act.name_tifinagh {
        rows.push(row("doc-field-name-tifinagh", tif.clone(), tif.clone()));
    }
    if let Some(sex) = &act.sex {
        let key = format!("doc-sex-{sex}");
        rows.push(row("doc-field-sex", t(Lang::Fr, &key), t(Lang::Ar, &key)));
    }
    rows.push(row(
        "doc-field-event-date",
        crate::dates::show_with_hijri(i18n, Lang::Fr, &act.event_date),
        crate::dates::show_with_hijri(i18n, Lang::Ar, &act.event_date),
    ));
    rows.push(row("doc-field-place", act.place.clone(), act.place.clone()));
    let r = &act.relatives;
    if r.father_ar.is_some() || r.father_latin.is_some() {
        rows.push(row(
            "doc-field-father",
            latin_or_ar(&r.father_latin, &ar_or(&r.father_ar, &None)),
            ar_or(&r.father_ar, &r.father_latin),
        ));
    }
    if r.mother_ar.is_some() || r.mother_latin.is_some() {
        rows.push(row(
            "doc-field-mother",
            latin_or_ar(&r.mother_latin, &ar_or(&r.mother_ar, &None)),
            ar_or(&r.mother_ar, &r.mother_latin),
        ));
    }
    rows.push(row(
        "doc-field-act",
        i18n.format(Lang::Fr, "doc-act-value", Some(&act_args)),
        i18n.format(Lang::Ar, "doc-act-value", Some(&act_args)),
    ));
    if kind == crate::contracts::document::BIRTH_FULL_COPY {
        let notes = civil::margin_notes(engine.db(), &act.id).await?;
        if notes.is_empty() {
            rows.push(row("doc-field-margin", t(Lang::Fr, "doc-margin-none"), t(Lang::Ar, "doc-margin-none")));
        }
        for n in notes {
            let text = format!("{} — {}", show_date(&n.note_date), n.text);
            rows.push(row("doc-field-margin", text.clone(), text));
        }
    }
    rows.push(row("doc-field-copies", copies.clone(), copies.clone()));
    let now = nafida_domain::Date::legal(engine.clock().now().millis());
    let issued_args = |office: String, lang: Lang| {
        let mut a = FluentArgs::new();
        a.set("date", FluentValue::from(crate::dates::show_with_hijri(i18n, lang, &now.to_string())));
        a.set("reference", FluentValue::from(c.reference.clone()));
        a.set("office", FluentValue::from(office));
        a
    };
    let key = crate::documents::office_key(engine, &c.org_id).await?;
    let sealed = |office: String, officer: &str| {
        let mut a = FluentArgs::new();
        a.set("key", FluentValue::from(key.id().to_string()));
        a.set("office", FluentValue::from(office));
        a.set("officer", FluentValue::from(officer.to_string()));
        a
    };
    let (sealed_ar, sealed_fr) = (sealed(office_ar.clone(), &officer.ar), sealed(office_fr.clone(), &officer.fr));
    let (issued, issued_fr) = (issued_args(office_ar, Lang::Ar), issued_args(office_fr, Lang::Fr));
    let document = nafida_docs::Document {
        header_ar,
        header_fr,
        title_ar: p.title.ar.clone(),
        title_fr: p.title.fr.clone(),
        rows,
        footer_fr: vec![
            i18n.format(Lang::Fr, "doc-issued-line", Some(&issued_fr)),
            i18n.format(Lang::Fr, "doc-sealed-line", Some(&sealed_fr)),
            t(Lang::Fr, "doc-hijri-note"),
        ],
        footer_ar: vec![
            i18n.format(Lang::Ar, "doc-issued-line", Some(&issued)),
            i18n.format(Lang::Ar, "doc-sealed-line", Some(&sealed_ar)),
            t(Lang::Ar, "doc-hijri-note"),
        ],
        qr: String::new(),
        data: BTreeMap::from([
            ("name_ar".to_string(), act.name_ar.clone()),
            ("name_latin".to_string(), act.name_latin.clone().unwrap_or_default()),
            ("event_date".to_string(), act.event_date.clone()),
            ("place".to_string(), act.place.clone()),
            ("act".to_string(), format!("{}/{}", act.number, act.year)),
            ("reference".to_string(), c.reference.clone()),
            ("copies".to_string(), copies),
            ("officer".to_string(), officer.fr.clone()),
        ]),
    };
    crate::documents::prepare(
        engine,
        crate::documents::Issue {
            kind,
            case_id: Some(&c.id),
            act_id: Some(&act.id),
            office_id: &c.org_id,
            document,
            expires_at: None,
        },
    )
    .await
}

use crate::dates::show_date;

/// The names of the administration above an office (its commune, or its consulate's
/// ministry), in Arabic and French.
async fn org_parent_names(engine: &Engine, org_id: &str) -> Result<Option<(String, String)>> {
    let Ok(id) = nafida_domain::OrgId::parse(org_id) else { return Ok(None) };
    let Some(org) = nafida_store::orgs::get(engine.db(), &id).await? else { return Ok(None) };
    let Some(parent) = org.parent else { return Ok(None) };
    Ok(nafida_store::orgs::get(engine.db(), &parent).await?.map(|p| (p.name.ar, p.name.fr)))
}

/// The law 55-19 receipt of a case as a sealed PDF: issued the first time it is asked for,
/// the same file afterwards.
pub async fn receipt_for_case(engine: &Engine, c: &CaseRow, p: &Procedure) -> Result<IssuedDocument> {
    if let Some(d) = nafida_store::documents::of_case(engine.db(), &c.id)
        .await?
        .into_iter()
        .find(|d| d.kind == crate::contracts::document::RECEIPT)
    {
        return Ok(d);
    }
    let i18n = engine.i18n();
    let t = |lang: Lang, key: &str| i18n.format(lang, key, None);
    let office_ar = crate::orgs::name(engine, &c.org_id, "ar").await?;
    let office_fr = crate::orgs::name(engine, &c.org_id, "fr").await?;
    let filed = crate::dates::show_instant(c.filed_at);
    let due = show_date(&c.due_date);
    let row = |key: &str, fr: String, ar: String| nafida_docs::Row {
        label_fr: t(Lang::Fr, key),
        value_fr: fr,
        label_ar: t(Lang::Ar, key),
        value_ar: ar,
    };
    // The documents deposited, by their names in the procedure's list.
    let attachments = nafida_store::cases::attachments(engine.db(), &c.id).await?;
    let deposited = |lang: Lang, separator: &str| {
        let names: Vec<String> = attachments
            .iter()
            .map(|a| match p.documents.iter().find(|d| d.id == a.document_id) {
                Some(d) => d.label.get(lang.code()).to_string(),
                None if a.document_id == crate::contracts::MANDATE_ATTACHMENT => t(lang, "start-mandate"),
                None => a.document_id.clone(),
            })
            .collect();
        if names.is_empty() { t(lang, "receipt-none") } else { names.join(separator) }
    };
    let silence = match p.silence {
        nafida_domain::catalog::Silence::TacitApproval => "receipt-silence-approval",
        nafida_domain::catalog::Silence::None => "receipt-silence-none",
    };
    let document = nafida_docs::Document {
        header_ar: vec![t(Lang::Ar, "doc-state"), office_ar.clone()],
        header_fr: vec![t(Lang::Fr, "doc-state"), office_fr.clone()],
        title_ar: t(Lang::Ar, "receipt-title"),
        title_fr: t(Lang::Fr, "receipt-title"),
        rows: vec![
            row("doc-field-reference", c.reference.clone(), c.reference.clone()),
            row("receipt-procedure", p.title.fr.clone(), p.title.ar.clone()),
            row("receipt-administration", office_fr, office_ar),
            row("receipt-filed", filed.clone(), filed.clone()),
            row("receipt-documents", deposited(Lang::Fr, " ; "), deposited(Lang::Ar, "، ")),
            row("receipt-due", due.clone(), due.clone()),
            row("receipt-silence", t(Lang::Fr, silence), t(Lang::Ar, silence)),
        ],
        footer_fr: vec![t(Lang::Fr, "receipt-legal")],
        footer_ar: vec![t(Lang::Ar, "receipt-legal")],
        qr: String::new(),
        data: BTreeMap::from([
            ("reference".to_string(), c.reference.clone()),
            ("filed_at".to_string(), filed),
            ("due_date".to_string(), c.due_date.clone()),
            ("procedure".to_string(), p.id.clone()),
        ]),
    };
    issue_on_case(engine, c, crate::contracts::document::RECEIPT, document).await
}

/// The act a transcription enters in the register, built from its form and the applicant's
/// profile; `None` when something the register needs is missing (the reason's key).
pub async fn transcribed_act(
    engine: &Engine,
    c: &CaseRow,
    kind: nafida_domain::civil::ActKind,
) -> Result<Result<nafida_domain::civil::Act, &'static str>> {
    use nafida_domain::civil::{Act, ActKind, ActNumber};
    use nafida_domain::{Date, NameAr, NameLatin, PlaceName};
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let get = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    let country = |code: &str| {
        nafida_domain::profile::countries().iter().find(|x| x.code == code).map(|x| x.fr.clone()).unwrap_or_default()
    };
    let profile = nafida_store::profiles::get(engine.db(), &c.applicant_id).await?;
    let number = ActNumber::parse("1").map_err(|e| EngineError::Internal(e.to_string()))?;
    let year = Date::legal(engine.clock().now().millis()).year;
    // A declaration happens where the office is (its commune); a transcription, abroad.
    let place_field = match kind {
        ActKind::Birth => PLACE_FIELDS[0],
        ActKind::Death => PLACE_FIELDS[2],
        _ => PLACE_FIELDS[1],
    };
    let place = if get(place_field).is_empty() {
        let org = match nafida_domain::OrgId::parse(&c.org_id) {
            Ok(id) => nafida_store::orgs::get(engine.db(), &id).await?,
            Err(_) => None,
        };
        match org.and_then(|o| o.parent) {
            Some(p) => nafida_store::orgs::get(engine.db(), &p).await?.map(|p| p.name.fr).unwrap_or_default(),
            None => String::new(),
        }
    } else {
        country(get(place_field))
    };
    // The person, the date and the place each kind of act is about; the rest per kind below.
    let (name_ar, date_field, missing) = match kind {
        ActKind::Birth => (NameAr::parse(get("child_name_ar")).ok(), "child_birth_date", "act-data-invalid"),
        ActKind::Death => (NameAr::parse(get("deceased_name_ar")).ok(), "death_date", "act-data-invalid"),
        _ => {
            (profile.name_ar.as_deref().and_then(|n| NameAr::parse(n).ok()), "marriage_date", "act-profile-incomplete")
        }
    };
    let (Some(name_ar), Ok(event_date), Ok(place)) = (name_ar, Date::parse(get(date_field)), PlaceName::parse(&place))
    else {
        return Ok(Err(missing));
    };
    let act = Act {
        kind,
        year,
        number,
        name_ar,
        name_latin: None,
        name_tifinagh: None,
        sex: None,
        event_date,
        place,
        father_ar: None,
        father_latin: None,
        mother_ar: None,
        mother_latin: None,
        spouse_ar: None,
        spouse_latin: None,
        idcs: None,
    };
    let act = match kind {
        ActKind::Birth => Act {
            name_latin: NameLatin::parse(get("child_name_latin")).ok(),
            sex: nafida_domain::Sex::parse(get("child_sex")).ok(),
            ..act
        },
        ActKind::Death => Act { idcs: nafida_domain::Idcs::parse(get("deceased_idcs")).ok(), ..act },
        _ => Act {
            name_latin: profile.name_latin.as_deref().and_then(|n| NameLatin::parse(n).ok()),
            spouse_latin: NameLatin::parse(get("spouse_name_latin")).ok(),
            idcs: profile.idcs.as_deref().and_then(|i| nafida_domain::Idcs::parse(i).ok()),
            ..act
        },
    };
    Ok(Ok(act))
}

/// What entering a transcribed act writes besides the act itself, read before the
/// transaction: the birth act that gets a margin note (a marriage beside the person's own; a
/// death beside the deceased's), and the office's name for the note.
#[derive(Debug, Clone)]
pub struct Transcription {
    /// The act to enter (numbered in the transaction).
    pub act: nafida_domain::civil::Act,
    /// `transcription` or `declaration`.
    source: &'static str,
    /// The birth act the note is written beside, if the register holds it.
    birth_id: Option<String>,
    /// The office's name in French, for the margin note.
    office: String,
}

/// Reads what entering a transcribed act needs.
pub async fn plan_transcription(engine: &Engine, c: &CaseRow, act: nafida_domain::civil::Act) -> Result<Transcription> {
    use nafida_domain::civil::ActKind;
    // The register records where an act came from: transcribed from a foreign act (the event
    // happened in a country the form names), or declared at the office.
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let abroad = PLACE_FIELDS.iter().any(|f| form.get(*f).is_some_and(|v| !v.is_empty()));
    let source = if abroad { "transcription" } else { "declaration" };
    let birth = match act.kind {
        // A death is written beside the deceased's birth act, wherever the register holds it.
        ActKind::Death => match act.idcs.as_ref() {
            Some(idcs) => civil::find_birth(engine.db(), Some(idcs.as_str()), "", "").await?,
            None => None,
        },
        ActKind::Marriage => {
            let profile = nafida_store::profiles::get(engine.db(), &c.applicant_id).await?;
            civil::find_birth(
                engine.db(),
                profile.idcs.as_deref(),
                profile.name_ar.as_deref().unwrap_or(""),
                profile.birth_date.as_deref().unwrap_or(""),
            )
            .await?
        }
        _ => None,
    };
    let office = crate::orgs::name(engine, &c.org_id, "fr").await?;
    Ok(Transcription { act, source, birth_id: birth.map(|b| b.id), office })
}

/// Enters a transcribed act in the register of the case's office under the next number,
/// writes the margin note of a marriage (or a death) beside the birth act when the register
/// holds it, and adds the acts to the person's family booklet, inside the approval's
/// transaction (writes only). Returns the act's `number/year`.
pub async fn register_transcription_in(
    tx: &mut nafida_store::Tx,
    c: &CaseRow,
    t: &Transcription,
    now: i64,
) -> Result<String> {
    use nafida_domain::civil::ActKind;
    let act = &t.act;
    let (act_id, number) = civil::register_next_in(tx, &c.org_id, act, t.source, now).await?;
    let entered = format!("{number}/{}", act.year);
    if act.kind != ActKind::Death {
        civil::add_to_booklet_in(tx, &c.applicant_id, &act_id, now).await?;
    }
    if let (Some(birth_id), ActKind::Death | ActKind::Marriage) = (&t.birth_id, act.kind) {
        let text = match act.kind {
            ActKind::Marriage => {
                let spouse = act.spouse_latin.as_ref().map(|n| n.as_str().to_string()).unwrap_or_default();
                format!("{spouse} — {} n° {entered}", t.office)
            }
            _ => format!("{} n° {entered}", t.office),
        };
        let kind = if act.kind == ActKind::Death { "death" } else { "marriage" };
        let note = civil::MarginNote { kind: kind.into(), note_date: act.event_date.to_string(), text };
        civil::add_margin_note_in(tx, birth_id, &note, Some(&c.id), now).await?;
        if act.kind == ActKind::Marriage {
            civil::add_to_booklet_in(tx, &c.applicant_id, birth_id, now).await?;
        }
    }
    Ok(entered)
}

/// The act a name-correction request is about, and the corrected Latin spelling: the birth act
/// of the office with this Arabic name whose Latin spelling is the one the person says is
/// wrong. `Err` with the reason's key when there is none, or the new spelling is not a name.
pub async fn name_correction(engine: &Engine, c: &CaseRow) -> Result<Result<(ActRow, String), &'static str>> {
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let get = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    let Ok(expected) = nafida_domain::NameLatin::parse(get("spelling_expected")) else {
        return Ok(Err("act-data-invalid"));
    };
    let wrong = nafida_domain::civil::name_key(get("spelling_in_act"));
    let found = civil::births_named(engine.db(), &c.org_id, get("holder_name_ar"))
        .await?
        .into_iter()
        .find(|a| a.name_latin.as_deref().is_some_and(|l| nafida_domain::civil::name_key(l) == wrong));
    Ok(found.map(|a| (a, expected.as_str().to_string())).ok_or("act-not-in-register"))
}

/// Applies an approved name correction to the register, with its margin note, inside the
/// approval's transaction.
pub async fn apply_name_correction_in(
    tx: &mut nafida_store::Tx,
    c: &CaseRow,
    act: &ActRow,
    new_name: &str,
    now: i64,
) -> Result<()> {
    let note = civil::MarginNote {
        kind: "correction".into(),
        note_date: nafida_domain::Date::legal(now).to_string(),
        text: format!("{} → {new_name} ({})", act.name_latin.clone().unwrap_or_default(), c.reference),
    };
    civil::correct_latin_name_in(tx, &act.id, new_name, &note, Some(&c.id), now).await?;
    Ok(())
}

/// The receipt of a payment as a sealed PDF (amount, receipt number, request), drawn and
/// stored; its row is written by the settlement's transaction.
pub async fn payment_receipt(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
    amount_mad: i64,
    receipt_number: &str,
) -> Result<IssuedDocument> {
    let i18n = engine.i18n();
    let t = |lang: Lang, key: &str| i18n.format(lang, key, None);
    let amount = |lang: Lang| {
        let mut a = FluentArgs::new();
        a.set("count", FluentValue::from(amount_mad));
        i18n.format(lang, "pay-amount", Some(&a))
    };
    let office_ar = crate::orgs::name(engine, &c.org_id, "ar").await?;
    let office_fr = crate::orgs::name(engine, &c.org_id, "fr").await?;
    let row = |key: &str, fr: String, ar: String| nafida_docs::Row {
        label_fr: t(Lang::Fr, key),
        value_fr: fr,
        label_ar: t(Lang::Ar, key),
        value_ar: ar,
    };
    let paid_on = crate::dates::show_instant(engine.clock().now().millis());
    let document = nafida_docs::Document {
        header_ar: vec![t(Lang::Ar, "doc-state"), office_ar],
        header_fr: vec![t(Lang::Fr, "doc-state"), office_fr],
        title_ar: t(Lang::Ar, "doc-kind-payment-receipt"),
        title_fr: t(Lang::Fr, "doc-kind-payment-receipt"),
        rows: vec![
            row("doc-field-reference", c.reference.clone(), c.reference.clone()),
            row("receipt-procedure", p.title.fr.clone(), p.title.ar.clone()),
            row("pay-total", amount(Lang::Fr), amount(Lang::Ar)),
            row("doc-field-receipt-number", receipt_number.to_string(), receipt_number.to_string()),
            row("doc-field-paid-on", paid_on.clone(), paid_on),
        ],
        footer_fr: vec![],
        footer_ar: vec![],
        qr: String::new(),
        data: BTreeMap::from([
            ("reference".to_string(), c.reference.clone()),
            ("amount_mad".to_string(), amount_mad.to_string()),
            ("receipt_number".to_string(), receipt_number.to_string()),
        ]),
    };
    let issue = crate::documents::Issue {
        kind: crate::contracts::document::PAYMENT_RECEIPT,
        case_id: Some(&c.id),
        act_id: None,
        office_id: &c.org_id,
        document,
        expires_at: None,
    };
    crate::documents::prepare(engine, issue).await
}

/// Issues a document of a case that reproduces no act (a receipt).
async fn issue_on_case(
    engine: &Engine,
    c: &CaseRow,
    kind: &str,
    document: nafida_docs::Document,
) -> Result<IssuedDocument> {
    let issue = crate::documents::Issue {
        kind,
        case_id: Some(&c.id),
        act_id: None,
        office_id: &c.org_id,
        document,
        expires_at: None,
    };
    crate::documents::issue(engine, issue).await
}
