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
pub const DEMO_ACCOUNTS: [DemoAccount; 4] = [
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
        label: "supervisor, provincial MRE cell",
        role: Role::Supervisor,
        email: "cellule@demo.nafida.ma",
        password: "demo-Cellule-2026!",
        org: Some("al-hoceima-mre-cell"),
        name: "Nadia Ouariachi",
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
    // born 12 April 1990) is issued as soon as it is paid. Loading it again changes nothing.
    let today = nafida_domain::Date::from_millis(now_millis);
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
