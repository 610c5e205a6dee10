//! The engine's commands called directly, as the pages, the API, the deadline job and the demo
//! call them: the same rules whoever acts, refusals as codes with their arguments.

use nafida_domain::{OrgId, Role};
use nafida_engine::cases::staff::{self, BulkOp};
use nafida_engine::cases::transition::{self, Request};
use nafida_engine::forms::Submitted;
use nafida_engine::i18n::Lang;
use nafida_engine::{Actor, Arg, EngineError, Refusal};
use nafida_store::cases::{CaseRow, Filed};
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![a_partner_may_do_what_an_agent_may_and_no_more, refusals_are_codes_translated_at_the_edge]
}

const OFFICE: &str = "commune-imzouren-civil-status";

fn extract_form(key: &str) -> Submitted {
    let values = [
        ("idempotency_key", key),
        ("field_office", OFFICE),
        ("field_for_whom", "self"),
        ("field_holder_name_ar", "أمينة الإدريسي"),
        ("field_birth_date", "1990-04-12"),
        ("field_copies", "1"),
        ("field_delivery", "electronic"),
    ];
    let mut s = Submitted {
        values: values.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        ..Submitted::default()
    };
    s.files.insert("doc_applicant-id".into(), vec![("cnie.pdf".into(), PDF.to_vec())]);
    s
}

async fn file(app: &TestApp, email: &str, key: &str) -> CaseRow {
    app.create_user(email, "correct horse battery", Role::Citizen, None).await;
    let account = nafida_store::accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap();
    let engine = app.state.engine();
    let p = engine.catalog().catalog.procedures.get("birth-extract").unwrap();
    match nafida_engine::cases::filing::file(engine, &account, p, &extract_form(key), Lang::Fr).await.unwrap() {
        Ok(Filed::Created(c)) => c,
        other => unreachable!("{other:?}"),
    }
}

async fn a_partner_may_do_what_an_agent_may_and_no_more(backend: Backend) {
    let app = TestApp::new(backend).await;
    let engine = app.state.engine();
    let c = file(&app, "engine.amina@example.be", "key-engine-0001-abcdef").await;
    let office = OrgId::parse(OFFICE).unwrap();
    let agent_id = app.create_user("engine.agent@example.ma", "correct horse battery", Role::Agent, Some(OFFICE)).await;
    let agent = Actor::Staff { account_id: agent_id.clone(), role: Role::Agent, org: office.clone() };
    let partner = Actor::Partner { org: office.clone() };
    let supervisor_id =
        app.create_user("engine.chief@example.ma", "correct horse battery", Role::Supervisor, Some(OFFICE)).await;
    let supervisor = Actor::Staff { account_id: supervisor_id, role: Role::Supervisor, org: office };
    let elsewhere = Actor::Partner { org: OrgId::parse("consulate-paris").unwrap() };

    // Out of scope: the case does not exist, whatever the command.
    assert!(matches!(nafida_engine::cases::find(engine, &elsewhere, &c.reference).await, Err(EngineError::NotFound)));
    assert!(matches!(staff::add_note(engine, &elsewhere, &c, "Une note.").await, Err(EngineError::NotFound)));
    let other_person = Actor::applicant("someone-else");
    let withdraw = transition::apply(engine, &other_person, &c, &Request::action("withdraw")).await;
    assert!(matches!(withdraw, Err(EngineError::NotFound)), "another person's case: {withdraw:?}");

    // Assigning and the fast lane are a supervisor's, for an agent and a partner alike.
    for actor in [&agent, &partner] {
        assert_eq!(
            staff::assign(engine, actor, &c, &agent_id).await.unwrap(),
            Err(Refusal::Forbidden("only-supervisors-assign"))
        );
        assert_eq!(
            staff::set_fast_lane(engine, actor, &c, true, "Retour au Maroc la semaine prochaine.").await.unwrap(),
            Err(Refusal::Forbidden("only-supervisors-fast-lane"))
        );
        assert_eq!(staff::add_note(engine, actor, &c, "Pièce vérifiée.").await.unwrap(), Ok(()));
        let op = BulkOp::Assign(agent_id.clone());
        let bulk = staff::bulk(engine, actor, std::slice::from_ref(&c.reference), &op).await.unwrap();
        assert_eq!(bulk, Err(Refusal::Forbidden("only-supervisors-assign")));
    }
    assert_eq!(staff::assign(engine, &supervisor, &c, &agent_id).await.unwrap(), Ok(()));

    // The same transition rules: an unpaid request is not approved, whoever asks.
    for actor in [&agent, &partner] {
        match transition::apply(engine, actor, &c, &Request::action("approve")).await.unwrap() {
            Err(Refusal::Invalid(problems)) => assert!(problems.iter().any(|p| p.code == "awaiting-payment")),
            other => unreachable!("{other:?}"),
        }
    }
    // A refusal without reasons is refused, then accepted with them.
    let bare = Request::action("reject");
    match transition::apply(engine, &partner, &c, &bare).await.unwrap() {
        Err(Refusal::Invalid(problems)) => assert_eq!(problems[0].code, "motivation-required"),
        other => unreachable!("{other:?}"),
    }
    // The case moved under the partner's feet: the stale copy is refused, nothing written.
    let with_reasons = Request { motivation: "Acte introuvable dans ce registre.".into(), ..bare };
    assert_eq!(transition::apply(engine, &partner, &c, &with_reasons).await.unwrap(), Ok(()));
    assert_eq!(transition::apply(engine, &agent, &c, &with_reasons).await.unwrap(), Err(Refusal::Changed));
    let fresh = nafida_engine::cases::reload(engine, &c).await.unwrap();
    assert_eq!(fresh.phase.as_str(), "rejected");
    let again = transition::apply(engine, &agent, &fresh, &with_reasons).await.unwrap();
    assert_eq!(again, Err(Refusal::NotAllowed("transition-not-allowed")));
    app.teardown().await;
}

async fn refusals_are_codes_translated_at_the_edge(backend: Backend) {
    let app = TestApp::new(backend).await;
    let engine = app.state.engine();
    app.create_user("engine.karim@example.be", "correct horse battery", Role::Citizen, None).await;
    let account = nafida_store::accounts::find_by_email(
        &app.db.db,
        &nafida_domain::Email::parse("engine.karim@example.be").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let p = engine.catalog().catalog.procedures.get("birth-extract").unwrap();
    let mut form = extract_form("key-engine-0002-abcdef");
    form.values.remove("field_holder_name_ar");
    form.values.insert("field_copies".into(), "9".into());
    form.values.remove("idempotency_key");
    let Ok(Err(Refusal::Invalid(problems))) =
        nafida_engine::cases::filing::file(engine, &account, p, &form, Lang::Fr).await
    else {
        unreachable!("refused")
    };
    let codes: Vec<(&str, &str)> = problems.iter().map(|p| (p.field.as_str(), p.code.as_str())).collect();
    assert!(codes.contains(&("field_holder_name_ar", "field-required")), "{codes:?}");
    assert!(codes.contains(&("field_copies", "number-invalid")), "{codes:?}");
    assert!(codes.contains(&("idempotency_key", "idempotency-key")), "{codes:?}");
    // The argument is the catalogue's label, shown in each reader's language.
    let required = problems.iter().find(|p| p.code == "field-required").unwrap();
    assert!(matches!(required.args.first(), Some(("field", Arg::Label(_)))));
    let i18n = engine.i18n();
    let (ar, fr, en) =
        (required.message(i18n, Lang::Ar), required.message(i18n, Lang::Fr), required.message(i18n, Lang::En));
    assert!(fr.contains("Nom complet du titulaire, en arabe"), "{fr}");
    assert!(en.contains("Holder's full name, in Arabic"), "{en}");
    assert!(ar.contains("الاسم الكامل لصاحب الرسم بالعربية"), "{ar}");
    // Nothing was filed.
    assert!(nafida_store::cases::for_applicant(&app.db.db, &account.id, None, 10).await.unwrap().is_empty());
    app.teardown().await;
}
