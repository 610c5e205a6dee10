//! The demo data set: the Al Hoceima map and one account per kind of user, so a newcomer can
//! see the platform from every side. Seeding is idempotent: it reuses what is already there.

use anyhow::Context;
use nafida_domain::{Email, OrgId, OrgMap, Role};
use nafida_store::{Db, orgs, users};

/// The administrative map shipped with the repository.
pub const DEMO_MAP: &str = include_str!("../../../data/orgmap/al-hoceima.toml");

/// One demo account.
#[derive(Debug)]
pub struct DemoAccount {
    /// What this account shows.
    pub label: &'static str,
    /// Role.
    pub role: Role,
    /// Sign-in address.
    pub email: &'static str,
    /// Password (demo data only).
    pub password: &'static str,
    /// Administration of a staff member.
    pub org: Option<&'static str>,
    /// Display name.
    pub name: &'static str,
}

/// The demo accounts.
pub const DEMO_ACCOUNTS: [DemoAccount; 11] = [
    DemoAccount {
        label: "citizen living in Brussels",
        role: Role::Citizen,
        email: "amina@demo.nafida.ma",
        password: "demo-Amina-2026!",
        org: None,
        name: "Amina El Idrissi",
    },
    DemoAccount {
        label: "agent, civil-status office of Al Hoceima",
        role: Role::Agent,
        email: "agent.etatcivil@demo.nafida.ma",
        password: "demo-Agent-2026!",
        org: Some("commune-al-hoceima-city-civil-status"),
        name: "Karim Bouzidi",
    },
    DemoAccount {
        label: "agent, consulate general in Brussels (counter, appointments)",
        role: Role::Agent,
        email: "agent.bruxelles@demo.nafida.ma",
        password: "demo-Consulat-2026!",
        org: Some("consulate-brussels"),
        name: "Samira Azzouzi",
    },
    DemoAccount {
        label: "agent, passport service of Al Hoceima (summer visits)",
        role: Role::Agent,
        email: "agent.passeports@demo.nafida.ma",
        password: "demo-Passeports-2026!",
        org: Some("al-hoceima-passports"),
        name: "Hicham Tahiri",
    },
    DemoAccount {
        label: "agent, provincial MRE cell (reception, cards, follow-up)",
        role: Role::Agent,
        email: "agent.cellule@demo.nafida.ma",
        password: "demo-Accueil-2026!",
        org: Some("al-hoceima-mre-cell"),
        name: "Rachid Benhaddou",
    },
    DemoAccount {
        label: "supervisor, provincial MRE cell",
        role: Role::Supervisor,
        email: "cellule@demo.nafida.ma",
        password: "demo-Cellule-2026!",
        org: Some("al-hoceima-mre-cell"),
        name: "Nadia Ouariachi",
    },
    DemoAccount {
        label: "head of the urbanism service of Imzouren (permits: completeness, commission, signature)",
        role: Role::Supervisor,
        email: "urbanisme@demo.nafida.ma",
        password: "demo-Urbanisme-2026!",
        org: Some("commune-imzouren-urbanism"),
        name: "Khalid Mansouri",
    },
    DemoAccount {
        label: "agent, urban agency of Al Hoceima (the commission's binding opinion)",
        role: Role::Agent,
        email: "agence.urbaine@demo.nafida.ma",
        password: "demo-Agence-2026!",
        org: Some("al-hoceima-urban-agency"),
        name: "Salma Haddou",
    },
    DemoAccount {
        label: "agent, provincial civil protection (the commission's opinion on large projects)",
        role: Role::Agent,
        email: "protection.civile@demo.nafida.ma",
        password: "demo-Protection-2026!",
        org: Some("al-hoceima-civil-protection"),
        name: "Omar Ziani",
    },
    DemoAccount {
        label: "architect, files building permits for owners",
        role: Role::Citizen,
        email: "architecte@demo.nafida.ma",
        password: "demo-Architecte-2026!",
        org: None,
        name: "Leïla Chraibi",
    },
    DemoAccount {
        label: "administrator, province of Al Hoceima",
        role: Role::Admin,
        email: "admin@demo.nafida.ma",
        password: "demo-Admin-2026!",
        org: Some("al-hoceima"),
        name: "Youssef Amrani",
    },
];

/// Loads the demo map and creates the demo accounts that do not exist yet.
pub async fn seed(db: &Db, now_millis: i64) -> anyhow::Result<()> {
    let map = OrgMap::from_toml(DEMO_MAP).context("the demo map")?;
    orgs::import(db, &map, now_millis).await.context("loading the demo map")?;
    for account in &DEMO_ACCOUNTS {
        let email = Email::parse(account.email).context("demo e-mail")?;
        if users::exists(db, &email).await? {
            continue;
        }
        let org = account.org.map(OrgId::parse).transpose().context("demo administration")?;
        let new = users::NewUser {
            email: &email,
            password: account.password,
            role: account.role,
            org: org.as_ref(),
            display_name: account.name,
        };
        users::create(db, &new, now_millis).await.with_context(|| format!("creating {}", account.email))?;
    }
    // The demo agent's office holds a few acts, so an extract ordered from it (Amina El Idrissi,
    // born 12 April 1990) is found as soon as it is paid, for the agent to review and issue.
    // Loading it again changes nothing.
    let today = nafida_domain::Date::legal(now_millis);
    let acts: Vec<_> = nafida_domain::civil::parse_csv(DEMO_REGISTER.as_bytes(), today)
        .map_err(|e| {
            anyhow::anyhow!("the demo register: {}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
        })?
        .into_iter()
        .map(|(_, act)| act)
        .collect();
    nafida_store::civil::import(db, "commune-al-hoceima-city-civil-status", &acts, "import", now_millis)
        .await
        .context("loading the demo register")?;
    Ok(())
}

/// The demo's appointment desks: (administration, desk, procedure, hours, minutes per slot,
/// people per slot, places kept for MRE card holders). The hours are the demo's choice, not the
/// posts' published ones (which the sources did not give).
const DEMO_DESKS: [(&str, &str, &str, &str, &str, &str, &str); 9] = [
    ("consulate-brussels", "passport", "passport", "mon-fri 09:00-15:00; sat 10:00-13:00", "20", "3", "1"),
    ("consulate-brussels", "cnie", "cnie", "mon-fri 09:00-15:00", "20", "2", "1"),
    ("consulate-brussels", "certified-copy", "certified-copy", "mon,wed,fri 13:00-15:00", "10", "2", "0"),
    ("consulate-brussels", "legalisation", "signature-legalisation", "mon-fri 09:00-12:00", "15", "2", "0"),
    ("consulate-brussels", "life-certificate", "life-certificate", "tue,thu 09:00-12:00", "15", "2", "0"),
    ("consulate-antwerp", "passport", "passport", "mon-fri 09:00-15:00", "20", "3", "1"),
    ("al-hoceima-passports", "passport", "passport", "mon-fri 08:30-16:00", "15", "4", "1"),
    ("al-hoceima-mre-cell", "reception", "cell-request", "mon-fri 09:00-16:00", "30", "2", "1"),
    // Inspection visits on the site before a habitation permit.
    ("commune-imzouren-urbanism", "inspection", "habitation-permit", "mon-fri 09:00-13:00", "60", "1", "0"),
];

/// Sets up the demo's appointment desks that do not exist yet (a supervisor's later changes
/// are kept).
pub async fn seed_desks(engine: &nafida_engine::Engine) -> anyhow::Result<()> {
    for (org, desk, procedure, hours, minutes, capacity, quota) in DEMO_DESKS {
        let existing = nafida_store::appointments::calendars_of(engine.db(), org).await?;
        if existing.iter().any(|c| c.desk == desk) {
            continue;
        }
        let chief = nafida_engine::Actor::Staff {
            account_id: "demo".into(),
            role: Role::Supervisor,
            org: OrgId::parse(org).context("a demo desk's administration")?,
        };
        let input = nafida_engine::appointments::DeskInput {
            desk: desk.into(),
            procedure_id: procedure.into(),
            hours: hours.into(),
            slot_minutes: minutes.into(),
            capacity: capacity.into(),
            card_quota: quota.into(),
            horizon_days: "60".into(),
            cancel_hours: "24".into(),
        };
        match nafida_engine::appointments::save_desk(engine, &chief, org, &input)
            .await
            .map_err(|e| anyhow::anyhow!("demo desk: {e:?}"))?
        {
            Ok(_) => {}
            Err(refusal) => anyhow::bail!("the demo desk {org}/{desk} was refused: {refusal:?}"),
        }
    }
    Ok(())
}

/// Books Amina's appointment at the Brussels consulate's passport desk (its first free time,
/// once).
async fn book_amina(engine: &nafida_engine::Engine, amina: &nafida_store::accounts::Account) -> anyhow::Result<()> {
    let Some(desk) = nafida_engine::appointments::desks_of(engine, "consulate-brussels")
        .await?
        .into_iter()
        .find(|d| d.row.desk == "passport")
    else {
        return Ok(());
    };
    let tomorrow =
        nafida_domain::Date::from_days_since_epoch(nafida_domain::Date::legal(engine.now()).days_since_epoch() + 2);
    let free = nafida_engine::appointments::free_slots(engine, &desk, tomorrow, 30, false, 1).await?;
    let Some(slot) = free.first() else { return Ok(()) };
    let booking = nafida_engine::appointments::Booking {
        starts_at: slot.starts_at,
        case: None,
        idempotency_key: "demo-appointment-amina-passport",
    };
    let actor = nafida_engine::Actor::applicant(&amina.id);
    match nafida_engine::appointments::book(engine, &actor, &desk, &booking)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?
    {
        Ok(_) => Ok(()),
        Err(refusal) => anyhow::bail!("the demo appointment was refused: {refusal:?}"),
    }
}

/// The acts of the demo register.
const DEMO_REGISTER: &str = include_str!("../../../data/civil/imzouren-sample.csv");

/// What `nafida demo` prints once the server listens.
pub fn banner(url: &str) -> String {
    let mut out = format!("\nNafida demo is running at {url}\n\nDemo accounts (demo data only):\n");
    for a in &DEMO_ACCOUNTS {
        out.push_str(&format!("  {:<11} {:<32} {:<20} {}\n", a.role.as_str(), a.email, a.password, a.label));
    }
    out.push_str("\nStop with Ctrl-C. The data stays in the data folder for the next run.\n");
    out
}

const DAY_MS: i64 = 86_400_000;

/// People of the demo history besides Amina (they do not sign in; their requests fill the
/// queues and the statistics).
const DEMO_PEOPLE: [(&str, &str); 3] = [
    ("said@demo.nafida.ma", "Saïd Amrani"),
    ("fatima@demo.nafida.ma", "Fatima Bakkali"),
    ("youssef@demo.nafida.ma", "Youssef Ouali"),
];

/// A complaint of the demo history: who (0 is Amina, then [`DEMO_PEOPLE`]), filed how many days
/// before today, about which administration and sub-topic, with what subject and text; then,
/// if it was answered: days to route it, days to answer it, favourable or not, the answer, and
/// the stars the person gave.
struct DemoComplaint {
    author: usize,
    filed_days_ago: i64,
    target: &'static str,
    topic: &'static str,
    subject: &'static str,
    description: &'static str,
    answer: Option<(i64, i64, bool, &'static str, Option<i64>)>,
}

const DEMO_COMPLAINTS: [DemoComplaint; 8] = [
    DemoComplaint {
        author: 1,
        filed_days_ago: 140,
        target: "consulate-brussels",
        topic: "consular-passport-cnie",
        subject: "Rendez-vous CNIE introuvable",
        description: "Aucun créneau de rendez-vous pour la carte d’identité depuis trois semaines.",
        answer: Some((
            2,
            12,
            true,
            "Des créneaux supplémentaires sont ouverts le samedi matin ; un rendez-vous vous a été proposé par courrier électronique.",
            Some(4),
        )),
    },
    DemoComplaint {
        author: 2,
        filed_days_ago: 118,
        target: "commune-imzouren-civil-status",
        topic: "civil-extracts",
        subject: "Extrait reçu avec une faute",
        description: "Le prénom de ma mère est mal orthographié sur l’extrait reçu par courrier.",
        answer: Some((
            5,
            40,
            true,
            "L’extrait a été refait et renvoyé ; la faute venait d’une saisie, le registre est juste.",
            Some(5),
        )),
    },
    DemoComplaint {
        author: 3,
        filed_days_ago: 104,
        target: "commune-al-hoceima-city",
        topic: "local-roads-cleanliness",
        subject: "Route de Sabadia impraticable",
        description: "La route qui mène au quartier Sabadia est défoncée depuis les pluies d’hiver.",
        answer: Some((
            9,
            75,
            false,
            "Les travaux sont programmés au budget de l’an prochain ; un rebouchage provisoire a été fait.",
            Some(2),
        )),
    },
    DemoComplaint {
        author: 1,
        filed_days_ago: 80,
        target: "al-hoceima-urban-agency",
        topic: "land-permits",
        subject: "Avis sur un permis de construire",
        description: "L’avis de l’agence sur mon permis de construire à Ajdir attend depuis deux mois.",
        answer: Some((
            3,
            21,
            false,
            "L’avis a été rendu le mois dernier ; il demande un plan de façade conforme au règlement du lotissement.",
            None,
        )),
    },
    DemoComplaint {
        author: 2,
        filed_days_ago: 55,
        target: "consulate-amsterdam",
        topic: "consular-registration",
        subject: "Immatriculation consulaire",
        description: "Ma demande d’immatriculation attend depuis deux mois sans nouvelle.",
        answer: Some((1, 6, true, "Votre immatriculation est faite ; la carte est à retirer au consulat.", Some(5))),
    },
    DemoComplaint {
        author: 3,
        filed_days_ago: 30,
        target: "commune-targuist",
        topic: "local-water-power",
        subject: "Coupures d’eau répétées",
        description: "L’eau est coupée chaque après-midi dans le centre de Targuist depuis juillet.",
        answer: None,
    },
    DemoComplaint {
        author: 0,
        filed_days_ago: 20,
        target: "consulate-brussels",
        topic: "consular-reception",
        subject: "Attente au guichet",
        description: "Plus de trois heures d’attente au guichet pour une simple légalisation de signature.",
        answer: Some((
            1,
            9,
            true,
            "Un second guichet ouvre le matin pour les légalisations ; merci de votre signalement.",
            None,
        )),
    },
    DemoComplaint {
        author: 0,
        filed_days_ago: 3,
        target: "commune-al-hoceima-city",
        topic: "local-municipal",
        subject: "Horaires du bureau d’état civil",
        description: "Les horaires affichés ne sont pas ceux pratiqués pendant l’été.",
        answer: None,
    },
];

/// A small PDF standing for a scanned document in the demo.
const DEMO_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

/// One step of the demo history, at a day counted from its start.
enum Step {
    File(usize),
    Act(usize, &'static str, &'static str),
    Rate(usize, i64),
    Extract,
    PaidExtract,
    /// Amina's passport renewal at the Brussels consulate.
    Passport,
    /// Saïd's passport renewal filed at the province's passport service during his visit.
    SummerPassport,
    /// An MRE Services card for a demo person, requested and issued by the cell.
    Card(usize),
    /// A demo person declares their card stolen.
    StolenCard(usize),
    /// Fatima's complaint to the Imzouren urbanism service, which the cell then asks to act.
    UrbanismComplaint,
    /// The cell's coordination request on it, still waiting.
    Coordination,
    /// A morning of walk-in visitors at the cell's reception desk.
    Tickets,
    /// The cell files a birth extract for a walk-in visitor without an account (not claimed).
    AssistedFiling,
    /// A building permit filed by the architect, through the commission (its bodies' opinions
    /// given) and, when `signed`, signed: the permit issued.
    Permit {
        /// Its owner.
        owner: &'static str,
        /// The owner's account, which gives the architect the mandate.
        owner_email: &'static str,
        /// `small` or `large`.
        kind: &'static str,
        /// Signed, or left before the commission.
        signed: bool,
    },
    /// A stage of it, by the administration that moves it (the post, or the passport service).
    PassportStage(&'static str, &'static str),
}

/// The demo's history: five months of complaints and requests by the demo people, replayed
/// through the platform's own rules (filing, routing, answers, ratings, a counter payment) on a
/// clock that walks from the past to today, so the queues, dashboards and public statistics
/// have something to show. Done once: skipped when Amina already has requests.
pub async fn seed_history(
    db: &Db,
    files: std::sync::Arc<dyn nafida_store::FileStore>,
    now: i64,
    settings: &nafida_web::WebSettings,
) -> anyhow::Result<()> {
    use nafida_domain::Clock;
    let amina = account(db, DEMO_ACCOUNTS[0].email).await?;
    if !nafida_store::cases::for_applicant(db, &amina.id, None, 1).await?.is_empty() {
        return Ok(());
    }
    let mut people = vec![amina];
    for (email, name) in DEMO_PEOPLE {
        let address = Email::parse(email).context("demo e-mail")?;
        if !users::exists(db, &address).await? {
            let mut secret = [0u8; 24];
            getrandom::fill(&mut secret).map_err(|e| anyhow::anyhow!("random: {e}"))?;
            let password = hex::encode(secret);
            let new = users::NewUser {
                email: &address,
                password: &password,
                role: Role::Citizen,
                org: None,
                display_name: name,
            };
            users::create(db, &new, now).await.with_context(|| format!("creating {email}"))?;
        }
        people.push(account(db, email).await?);
    }
    let start = now - 150 * DAY_MS;
    let clock = std::sync::Arc::new(nafida_domain::FixedClock::new(nafida_domain::Timestamp(start)));
    let state = nafida_web::AppState::new(db.clone(), files, clock.clone(), settings.clone())?;
    let engine = state.engine().clone();

    let mut steps: Vec<(i64, Step)> = vec![];
    for (i, c) in DEMO_COMPLAINTS.iter().enumerate() {
        let filed = 150 - c.filed_days_ago;
        steps.push((filed, Step::File(i)));
        if let Some((route, answer, favourable, _, stars)) = c.answer {
            steps.push((filed + route, Step::Act(i, "route", "")));
            let action = if favourable { "answer-favourable" } else { "answer-unfavourable" };
            steps.push((filed + answer, Step::Act(i, action, "answer")));
            if let Some(s) = stars {
                steps.push((filed + answer + 1, Step::Rate(i, s)));
            }
        } else if c.filed_days_ago > 15 {
            steps.push((filed + 4, Step::Act(i, "route", "")));
        }
    }
    steps.push((148, Step::PaidExtract));
    // Amina's passport renewal: filed with its e-Timbre at the Brussels consulate, biometrics
    // taken there, produced and sent back by the passport service, now ready for pickup.
    steps.push((126, Step::Passport));
    steps.push((127, Step::PassportStage("record-biometrics", "consulate-brussels")));
    steps.push((127, Step::PassportStage("send-for-production", "consulate-brussels")));
    steps.push((136, Step::PassportStage("mark-produced", "al-hoceima-passports")));
    steps.push((141, Step::PassportStage("dispatch", "al-hoceima-passports")));
    steps.push((147, Step::PassportStage("mark-ready", "consulate-brussels")));
    steps.push((149, Step::SummerPassport));
    // Amina's card (her later requests go in the fast lane); Youssef's, declared stolen.
    steps.push((100, Step::Card(0)));
    steps.push((110, Step::Card(3)));
    steps.push((131, Step::StolenCard(3)));
    steps.push((140, Step::UrbanismComplaint));
    steps.push((143, Step::Coordination));
    steps.push((150, Step::Tickets));
    steps.push((150, Step::AssistedFiling));
    // Saïd's house, permitted in the spring; Amina's, before the commission now.
    steps.push((
        60,
        Step::Permit { owner: "Saïd Amrani", owner_email: "said@demo.nafida.ma", kind: "small", signed: true },
    ));
    steps.push((
        145,
        Step::Permit { owner: "Amina El Idrissi", owner_email: "amina@demo.nafida.ma", kind: "large", signed: false },
    ));
    steps.push((150, Step::Extract));
    steps.sort_by_key(|(day, _)| *day);

    let mut references: Vec<Option<String>> = vec![None; DEMO_COMPLAINTS.len()];
    let amina_account = people[0].clone();
    let mut passport = String::new();
    let mut urbanism = String::new();
    let mut today = 0;
    for (day, step) in steps {
        clock.advance_seconds((day - today) * DAY_MS / 1000);
        today = day;
        let at = clock.now().millis();
        match step {
            Step::File(i) => {
                let c = &DEMO_COMPLAINTS[i];
                let values = [
                    ("idempotency_key", format!("demo-complaint-{i:04}-history")),
                    ("field_kind", "complaint".into()),
                    ("field_target", c.target.into()),
                    ("field_topic", c.topic.into()),
                    ("field_subject", c.subject.into()),
                    ("field_description", c.description.into()),
                ];
                let reference = file(&engine, &people[c.author], "complaint", &values, &[]).await?;
                references[i] = Some(reference);
            }
            Step::Act(i, action, motivation) => {
                let c = &DEMO_COMPLAINTS[i];
                let text = match (motivation, c.answer) {
                    ("answer", Some((_, _, _, text, _))) => text,
                    _ => "",
                };
                let reference = references[i].clone().unwrap_or_default();
                act(&engine, &reference, c.target, action, text).await?;
            }
            Step::Rate(i, stars) => {
                let reference = references[i].clone().unwrap_or_default();
                let case = case(db, &reference).await?;
                nafida_store::topics::rate(db, &case.id, stars, None, at).await?;
            }
            Step::PaidExtract => {
                // Saïd's extract, paid at the provincial office's counter: in the demo agent's
                // queue, waiting to be examined.
                let mut values =
                    extract_values("demo-extract-said-history", "سعيد العمراني", "Said Amrani", "1985-09-03");
                // To collect at the provincial cell during his summer visit.
                values[8].1 = "cell".into();
                let reference =
                    file(&engine, &people[1], "birth-extract", &values, &[("doc_applicant-id", "cnie.pdf")]).await?;
                let c = case(db, &reference).await?;
                let org = OrgId::parse("commune-al-hoceima-city-civil-status").context("the demo office")?;
                let counter = nafida_engine::Actor::Partner { org };
                match nafida_engine::payments::record_counter(&engine, &counter, &c, "Q-2026/0042")
                    .await
                    .map_err(|e| anyhow::anyhow!("demo payment: {e:?}"))?
                {
                    Ok(()) => {}
                    Err(refusal) => anyhow::bail!("the demo payment was refused: {refusal:?}"),
                }
            }
            Step::Passport => {
                let values = [
                    ("idempotency_key", "demo-passport-amina-history".to_string()),
                    ("field_deposit_place", "consulate-brussels".into()),
                    ("field_etimbre", "4711 2026 0000 0042".into()),
                    ("field_urgent", "no".into()),
                    ("field_application", "renewal".into()),
                ];
                let documents = [("doc_photo", "photo.pdf"), ("doc_birth-extract", "extrait.pdf")];
                passport = file(&engine, &people[0], "passport", &values, &documents).await?;
            }
            Step::PassportStage(action, org) => act(&engine, &passport, org, action, "").await?,
            Step::Card(i) => {
                let who = &people[i];
                let (latin, arabic) = if i == 0 {
                    ("Amina El Idrissi", "أمينة الإدريسي")
                } else {
                    ("Youssef Ouali", "يوسف والي")
                };
                let mut profile = nafida_store::profiles::get(db, &who.id).await?;
                profile.name_latin = Some(latin.into());
                profile.name_ar = Some(arabic.into());
                profile.residence_country = Some(if i == 0 { "BE" } else { "NL" }.into());
                if i == 0 {
                    profile.birth_date = Some("1990-04-12".into());
                }
                nafida_store::profiles::save(db, &who.id, &profile, at).await?;
                let values = [
                    ("idempotency_key", format!("demo-card-{i}-history")),
                    ("field_residence_country", if i == 0 { "BE" } else { "NL" }.to_string()),
                    (
                        "field_consular_post",
                        if i == 0 { "consulate-brussels" } else { "consulate-amsterdam" }.to_string(),
                    ),
                ];
                let documents = [("doc_identity", "cnie.pdf"), ("doc_residence-proof", "residence.pdf")];
                let reference = file(&engine, who, "mre-card", &values, &documents).await?;
                act(&engine, &reference, "al-hoceima-mre-cell", "approve", "").await?;
            }
            Step::StolenCard(i) => {
                let holder = nafida_engine::Actor::applicant(&people[i].id);
                let card = nafida_store::cards::of_account(db, &people[i].id)
                    .await?
                    .into_iter()
                    .next()
                    .context("the demo card")?;
                match nafida_engine::cards::revoke(&engine, &holder, &card.number, "stolen")
                    .await
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?
                {
                    Ok(()) => {}
                    Err(refusal) => anyhow::bail!("the demo card revocation was refused: {refusal:?}"),
                }
            }
            Step::UrbanismComplaint => {
                let fatima = &people[2];
                let mut profile = nafida_store::profiles::get(db, &fatima.id).await?;
                profile.residence_country = Some("NL".into());
                nafida_store::profiles::save(db, &fatima.id, &profile, at).await?;
                let values = [
                    ("idempotency_key", "demo-complaint-urbanism-cell".to_string()),
                    ("field_kind", "complaint".into()),
                    ("field_target", "commune-imzouren-urbanism".into()),
                    ("field_topic", "land-permits".into()),
                    ("field_subject", "Permis de construire sans réponse".into()),
                    (
                        "field_description",
                        "Mon dossier de permis de construire à Imzouren est sans réponse depuis mon dépôt en juin."
                            .into(),
                    ),
                ];
                urbanism = file(&engine, fatima, "complaint", &values, &[]).await?;
            }
            Step::Coordination => {
                let cell = account(db, "agent.cellule@demo.nafida.ma").await?;
                let actor = nafida_engine::Actor::Staff {
                    account_id: cell.id,
                    role: Role::Agent,
                    org: OrgId::parse("al-hoceima-mre-cell").context("the cell")?,
                };
                let c = case(db, &urbanism).await?;
                let question =
                    "Mme Bakkali repart aux Pays-Bas à la fin du mois : pouvez-vous lui dire où en est son permis ?";
                match nafida_engine::cell::ask_coordination(&engine, &actor, &c, question, "5")
                    .await
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?
                {
                    Ok(_) => {}
                    Err(refusal) => anyhow::bail!("the demo coordination request was refused: {refusal:?}"),
                }
            }
            Step::Tickets => {
                let cell = account(db, "agent.cellule@demo.nafida.ma").await?;
                let actor = nafida_engine::Actor::Staff {
                    account_id: cell.id,
                    role: Role::Agent,
                    org: OrgId::parse("al-hoceima-mre-cell").context("the cell")?,
                };
                let amina_card =
                    nafida_store::cards::of_account(db, &people[0].id).await?.into_iter().next().map(|c| c.number);
                let visitors = [
                    ("information", None),
                    ("cell-request", None),
                    ("mre-card", None),
                    ("assisted-filing", amina_card.as_deref()),
                    ("information", None),
                    ("cell-request", None),
                ];
                for (minutes, (service, card)) in visitors.iter().enumerate() {
                    clock.advance_seconds(60 * (minutes as i64 + 3));
                    match nafida_engine::reception::issue(&engine, &actor, service, card.unwrap_or(""))
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?
                    {
                        Ok(_) => {}
                        Err(refusal) => anyhow::bail!("the demo ticket was refused: {refusal:?}"),
                    }
                }
                // Three visitors seen (one absent), a fourth at the counter now, two waiting.
                for status in ["served", "served", "absent", "called"] {
                    clock.advance_seconds(6 * 60);
                    let called = nafida_engine::reception::call_next(&engine, &actor, "Guichet 1")
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
                    if let (Ok(Some(t)), true) = (called, status != "called") {
                        let _ = nafida_engine::reception::close(&engine, &actor, &t.id, status).await;
                    }
                }
            }
            Step::AssistedFiling => {
                let cell = account(db, "agent.cellule@demo.nafida.ma").await?;
                let actor = nafida_engine::Actor::Staff {
                    account_id: cell.id,
                    role: Role::Agent,
                    org: OrgId::parse("al-hoceima-mre-cell").context("the cell")?,
                };
                let p = engine.catalog().catalog.procedures.get("birth-extract").context("the extract")?;
                let values = [
                    ("idempotency_key", "demo-assisted-visitor-extract"),
                    ("visitor_name", "Mohamed Amrani"),
                    ("visitor_country", "ES"),
                    ("visitor_consent", "signed"),
                    ("visitor_agrees", "yes"),
                    ("field_office", "commune-imzouren-civil-status"),
                    ("field_for_whom", "self"),
                    ("field_holder_name_ar", "محمد العمراني"),
                    ("field_birth_date", "1979-03-02"),
                    ("field_copies", "1"),
                    ("field_delivery", "electronic"),
                ];
                let mut submitted = nafida_engine::forms::Submitted {
                    values: values.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect(),
                    ..Default::default()
                };
                submitted.files.insert("doc_applicant-id".into(), vec![("cnie.pdf".into(), DEMO_PDF.to_vec())]);
                match nafida_engine::cell::assist::file_for_visitor(
                    &engine,
                    &actor,
                    p,
                    &submitted,
                    nafida_engine::i18n::Lang::Fr,
                )
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?
                {
                    Ok(_) => {}
                    Err(refusal) => anyhow::bail!("the demo assisted filing was refused: {refusal:?}"),
                }
            }
            Step::Permit { owner, owner_email, kind, signed } => {
                let architect = account(db, "architecte@demo.nafida.ma").await?;
                // Her registration number with the Order, checked by the urbanism service.
                if !nafida_engine::permits::architects::is_checked(&engine, &architect.id).await? {
                    let head = account(db, "urbanisme@demo.nafida.ma").await?;
                    nafida_store::architects::declare(db, &architect.id, "OA-2011/0457", at).await?;
                    nafida_store::architects::check(db, &architect.id, &head.id, at).await?;
                }
                // The owner gives her the mandate online, from abroad.
                let land = if signed { "TF 2231/24" } else { "TF 4471/24" };
                let owner_account = account(db, owner_email).await?;
                let mandate = nafida_engine::permits::mandates::give(
                    &engine,
                    &owner_account,
                    "OA-2011/0457",
                    "building-permit",
                    land,
                )
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?
                .map_err(|r| anyhow::anyhow!("the demo mandate was refused: {r:?}"))?;
                let values = [
                    ("idempotency_key", format!("demo-permit-{kind}-history")),
                    ("mandate", mandate),
                    ("field_commune", "commune-imzouren".to_string()),
                    ("field_land_title", land.to_string()),
                    ("field_owner_name", owner.to_string()),
                    ("field_floor_area", if signed { "120".into() } else { "240".into() }),
                    ("field_project_kind", kind.to_string()),
                ];
                let mut documents = vec![
                    ("plan_situation", "plan-situation.pdf"),
                    ("plan_ground", "plan-masse-niveaux.pdf"),
                    ("plan_facades", "facades.pdf"),
                    ("plan_sections", "coupes.pdf"),
                    ("doc_land-certificate", "certificat-propriete.pdf"),
                    ("doc_topographic-plan", "plan-topographique.pdf"),
                    ("doc_architect-contract", "contrat-architecte.pdf"),
                ];
                if kind == "large" {
                    documents.push(("plan_structure", "beton-arme.pdf"));
                }
                let reference = file(&engine, &architect, "building-permit", &values, &documents).await?;
                let head = account(db, "urbanisme@demo.nafida.ma").await?;
                let head = nafida_engine::Actor::Staff {
                    account_id: head.id,
                    role: Role::Supervisor,
                    org: OrgId::parse("commune-imzouren-urbanism").context("the urbanism service")?,
                };
                for action in ["check-completeness", "send-to-commission"] {
                    act_as(&engine, &reference, &head, action).await?;
                }
                let opinions = [
                    (
                        "agence.urbaine@demo.nafida.ma",
                        "al-hoceima-urban-agency",
                        "reserves",
                        "Conforme au plan d’aménagement, sous réserve d’un recul de 3 m sur la voie et d’une hauteur limitée à R+2.",
                    ),
                    (
                        "protection.civile@demo.nafida.ma",
                        "al-hoceima-civil-protection",
                        "favourable",
                        "Accès des secours et issues conformes au plan déposé.",
                    ),
                ];
                let c = case(db, &reference).await?;
                for o in nafida_store::cases::opinions_of(db, &c.id).await? {
                    let Some((email, org, verdict, text)) = opinions.iter().find(|x| x.1 == o.org_id) else { continue };
                    let agent = account(db, email).await?;
                    let agent = nafida_engine::Actor::Staff {
                        account_id: agent.id,
                        role: Role::Agent,
                        org: OrgId::parse(org).context("a commission body")?,
                    };
                    match nafida_engine::cases::staff::give_opinion(&engine, &agent, &o, verdict, text)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?
                    {
                        Ok(()) => {}
                        Err(refusal) => anyhow::bail!("the demo opinion was refused: {refusal:?}"),
                    }
                }
                if kind == "large" {
                    // A large project: the service schedules the commission's meeting, ten days on.
                    let c = case(db, &reference).await?;
                    let day = nafida_domain::Date::from_days_since_epoch(
                        nafida_domain::Date::legal(engine.now()).days_since_epoch() + 10,
                    );
                    match nafida_engine::permits::meetings::schedule(
                        &engine,
                        &head,
                        &c,
                        &day.to_string(),
                        "10:00",
                        "Salle du conseil, commune d’Imzouren",
                    )
                    .await
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?
                    {
                        Ok(()) => {}
                        Err(refusal) => anyhow::bail!("the demo meeting was refused: {refusal:?}"),
                    }
                }
                if signed {
                    // The tax on construction operations, paid at the commune's counter, then
                    // the signature.
                    act_as(&engine, &reference, &head, "send-to-signature").await?;
                    let c = case(db, &reference).await?;
                    match nafida_engine::payments::record_counter(&engine, &head, &c, "QC-2026-0412")
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?
                    {
                        Ok(()) => {}
                        Err(refusal) => anyhow::bail!("the demo tax payment was refused: {refusal:?}"),
                    }
                    act_as(&engine, &reference, &head, "sign").await?;
                }
            }
            Step::SummerPassport => {
                let values = [
                    ("idempotency_key", "demo-passport-said-summer".to_string()),
                    ("field_deposit_place", "al-hoceima-passports".into()),
                    ("field_etimbre", "4711 2026 0000 0077".into()),
                    ("field_urgent", "no".into()),
                    ("field_application", "renewal".into()),
                ];
                file(&engine, &people[1], "passport", &values, &[("doc_photo", "photo.pdf")]).await?;
            }
            Step::Extract => {
                // Amina's own extract, to pay online: her act is in the office's register, so
                // once she pays it waits for the agent's review, then is issued.
                let values =
                    extract_values("demo-extract-amina-history", "أمينة الإدريسي", "Amina El Idrissi", "1990-04-12");
                file(&engine, &people[0], "birth-extract", &values, &[("doc_applicant-id", "passeport.pdf")]).await?;
            }
        }
    }
    seed_desks(&engine).await?;
    book_amina(&engine, &amina_account).await?;
    Ok(())
}

fn extract_values(key: &str, name_ar: &str, name_latin: &str, born: &str) -> [(&'static str, String); 9] {
    [
        ("idempotency_key", key.to_string()),
        ("field_office", "commune-al-hoceima-city-civil-status".into()),
        ("field_for_whom", "self".into()),
        ("field_holder_name_ar", name_ar.into()),
        ("field_holder_name_latin", name_latin.into()),
        ("field_birth_date", born.into()),
        ("field_act_number", String::new()),
        ("field_copies", "1".into()),
        ("field_delivery", "electronic".into()),
    ]
}

async fn account(db: &Db, email: &str) -> anyhow::Result<nafida_store::accounts::Account> {
    let address = Email::parse(email).context("demo e-mail")?;
    nafida_store::accounts::find_by_email(db, &address).await?.with_context(|| format!("the demo account {email}"))
}

async fn case(db: &Db, reference: &str) -> anyhow::Result<nafida_store::cases::CaseRow> {
    nafida_store::cases::by_reference(db, reference).await?.with_context(|| format!("the demo request {reference}"))
}

/// Files a request as its author would, through the engine's same checks; returns its
/// reference.
async fn file(
    engine: &nafida_engine::Engine,
    author: &nafida_store::accounts::Account,
    procedure: &str,
    values: &[(&str, String)],
    documents: &[(&str, &str)],
) -> anyhow::Result<String> {
    let p = engine.catalog().catalog.procedures.get(procedure).with_context(|| format!("procedure {procedure}"))?;
    let mut submitted = nafida_engine::forms::Submitted {
        values: values.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect(),
        ..Default::default()
    };
    for (input, name) in documents {
        if input.starts_with("plan_") {
            // A plan arrives as the web's would: spooled to the file store's staging folder.
            let mut spool = nafida_store::files::Spool::create(&engine.files().staging_dir(), u64::MAX).await?;
            spool.write(DEMO_PDF).await?;
            let spooled = spool.finish().await?.context("a demo plan")?;
            submitted.spooled.insert((*input).to_string(), vec![((*name).to_string(), std::sync::Arc::new(spooled))]);
        } else {
            submitted.files.insert((*input).to_string(), vec![((*name).to_string(), DEMO_PDF.to_vec())]);
        }
    }
    let lang = nafida_engine::i18n::Lang::Fr;
    match nafida_engine::cases::filing::file(engine, author, p, &submitted, lang)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?
    {
        Ok(nafida_store::cases::Filed::Created(c) | nafida_store::cases::Filed::AlreadyFiled(c)) => Ok(c.reference),
        Err(refusal) => Err(anyhow::anyhow!("the demo {procedure} was refused: {refusal:?}")),
    }
}

/// Takes a workflow action on a request as this staff member.
async fn act_as(
    engine: &nafida_engine::Engine,
    reference: &str,
    actor: &nafida_engine::Actor,
    action: &str,
) -> anyhow::Result<()> {
    use nafida_engine::cases::transition::{Request, apply};
    let c = case(engine.db(), reference).await?;
    match apply(engine, actor, &c, &Request::action(action)).await.map_err(|e| anyhow::anyhow!("{e:?}"))? {
        Ok(()) => Ok(()),
        Err(refusal) => Err(anyhow::anyhow!("the demo action {action} on {reference} was refused: {refusal:?}")),
    }
}

/// Takes a workflow action on a request as an agent of its administration would.
async fn act(
    engine: &nafida_engine::Engine,
    reference: &str,
    org: &str,
    action: &str,
    motivation: &str,
) -> anyhow::Result<()> {
    use nafida_engine::cases::transition::{Request, apply};
    let c = case(engine.db(), reference).await?;
    let agent = nafida_engine::Actor::Partner { org: OrgId::parse(org).context("the demo administration")? };
    let request = Request { motivation: motivation.into(), ..Request::action(action) };
    match apply(engine, &agent, &c, &request).await.map_err(|e| anyhow::anyhow!("{e:?}"))? {
        Ok(()) => Ok(()),
        Err(refusal) => Err(anyhow::anyhow!("the demo action {action} on {reference} was refused: {refusal:?}")),
    }
}
