//! `nafida admin …` and `nafida migrate`.

use std::collections::BTreeMap;

use anyhow::{Context, bail};
use nafida_domain::{Email, OrgId, OrgMap, Role};
use nafida_store::{StoreError, migrations, orgs, users};

use crate::cli::CreateUserArgs;
use crate::config::Config;
use crate::platform;

/// Shortest password accepted for an account.
pub const MIN_PASSWORD_LEN: usize = 12;

/// `nafida migrate`
pub async fn migrate(config: &Config) -> anyhow::Result<()> {
    let p = platform::open(config, false).await?;
    let version = migrations::current_version(&p.db).await?;
    println!("database is at migration {version} (latest known: {})", migrations::latest_version());
    p.db.close().await;
    Ok(())
}

/// `nafida admin import-orgs FILE`
pub async fn import_orgs(config: &Config, file: &std::path::Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let map = OrgMap::from_toml(&text).with_context(|| format!("{}", file.display()))?;
    let p = platform::open(config, false).await?;
    let report = orgs::import(&p.db, &map, p.clock.now().millis()).await?;
    println!(
        "imported {} administrations from {}: {} created, {} updated",
        map.orgs().len(),
        file.display(),
        report.created,
        report.updated
    );
    p.db.close().await;
    Ok(())
}

/// `nafida admin create-user …`
pub async fn create_user(config: &Config, args: &CreateUserArgs) -> anyhow::Result<()> {
    let email = Email::parse(&args.email).map_err(|e| anyhow::anyhow!("--email {:?}: {e}", args.email))?;
    let role = Role::parse(&args.role).map_err(|e| anyhow::anyhow!("--role: {e}"))?;
    let org = args.org.as_deref().map(OrgId::parse).transpose().map_err(|e| anyhow::anyhow!("--org: {e}"))?;
    if role.is_staff() && org.is_none() {
        bail!("--org is required for the {} role: staff belong to an administration", role.as_str());
    }
    if !role.is_staff() && org.is_some() {
        bail!("--org is only for staff; a citizen does not belong to an administration");
    }
    let name = args.name.trim();
    if name.is_empty() {
        bail!("--name must not be empty");
    }
    let (password, generated) = match &args.password_file {
        Some(path) => {
            let p = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            (p.trim_end_matches(['\n', '\r']).to_string(), false)
        }
        None => (generate_password()?, true),
    };
    if password.chars().count() < MIN_PASSWORD_LEN {
        bail!("the password must have at least {MIN_PASSWORD_LEN} characters");
    }
    let p = platform::open(config, false).await?;
    if let Some(org) = &org
        && orgs::get(&p.db, org).await?.is_none()
    {
        bail!("--org {org}: no such administration; load the map with `nafida admin import-orgs`");
    }
    let new = users::NewUser { email: &email, password: &password, role, org: org.as_ref(), display_name: name };
    let id = match users::create(&p.db, &new, p.clock.now().millis()).await {
        Ok(id) => id,
        Err(StoreError::Conflict(_)) => bail!("an account with the e-mail {} already exists", email.as_str()),
        Err(e) => return Err(e.into()),
    };
    println!("created {} account {id} for {}", role.as_str(), email.as_str());
    if generated {
        println!("password (shown once, give it over a safe channel): {password}");
    }
    p.db.close().await;
    Ok(())
}

fn generate_password() -> anyhow::Result<String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness available: {e}"))?;
    Ok(bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect())
}

/// `nafida admin create-api-token --org ID --name NAME`
/// `nafida admin rotate-office-key --office ID`.
pub async fn rotate_office_key(config: &Config, office: &str) -> anyhow::Result<()> {
    let org = OrgId::parse(office).map_err(|e| anyhow::anyhow!("--office: {e}"))?;
    let p = platform::open(config, false).await?;
    if orgs::get(&p.db, &org).await?.is_none() {
        bail!("--office {org}: no such administration");
    }
    let id = nafida_engine::documents::rotate_office_key(&p.db, &p.signing_key, org.as_str(), p.clock.now().millis())
        .await?;
    println!("{org} now seals with key {id}; its earlier keys still verify what they sealed");
    p.db.close().await;
    Ok(())
}

/// `nafida admin create-api-token`.
pub async fn create_api_token(config: &Config, org: &str, name: &str, days: u32) -> anyhow::Result<()> {
    let org = OrgId::parse(org).map_err(|e| anyhow::anyhow!("--org: {e}"))?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        bail!("--name must have 1 to 100 characters");
    }
    if !(1..=730).contains(&days) {
        bail!("--expires-in-days must be from 1 to 730");
    }
    let p = platform::open(config, false).await?;
    if orgs::get(&p.db, &org).await?.is_none() {
        bail!("--org {org}: no such administration");
    }
    let now = p.clock.now().millis();
    let expires = now + i64::from(days) * 86_400_000;
    let token = nafida_web::auth::issue_api_token(&p.db, org.as_str(), name, now, Some(expires))
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    println!("API token for {org} ({name}), valid {days} days, shown once: {token}");
    p.db.close().await;
    Ok(())
}

/// `nafida admin run-jobs`: one pass of the deadline job and its reminders.
pub async fn run_jobs(config: &Config) -> anyhow::Result<()> {
    let p = platform::open(config, false).await?;
    let settings = crate::server::web_settings(config, false, p.secret_key, p.signing_key);
    let state = nafida_web::state::AppState::new(p.db.clone(), p.files, p.clock, settings)
        .map_err(|e| anyhow::anyhow!("loading translations: {e}"))?;
    let (mails, windows, accounts) =
        nafida_engine::deadlines::housekeeping(state.engine()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let pass = nafida_engine::deadlines::run_once(state.engine()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let (sealed, _) = nafida_engine::audit::seal_and_sign(state.engine()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("history: {sealed} events sealed");
    println!(
        "cases checked {}, flagged {}, escalated {}, tacitly approved {}, closed {}; reminders sent {}; erased: mails {}, windows {}, accounts {}",
        pass.checked, pass.flagged, pass.escalated, pass.tacit, pass.closed, pass.reminders, mails, windows, accounts
    );
    p.db.close().await;
    Ok(())
}

/// `nafida admin list-api-tokens`.
pub async fn list_api_tokens(config: &Config) -> anyhow::Result<()> {
    let p = platform::open(config, false).await?;
    let now = p.clock.now().millis();
    println!("id\tadministration\tname\tcreated\texpires\tstate");
    for t in nafida_store::api_tokens::list(&p.db).await? {
        let state = match (t.revoked_at, t.expires_at) {
            (Some(_), _) => "revoked",
            (None, Some(e)) if e <= now => "expired",
            _ => "active",
        };
        let day = |ms: i64| nafida_domain::Date::legal(ms).to_string();
        println!(
            "{}\t{}\t{}\t{}\t{}\t{state}",
            t.id,
            t.org_id,
            t.name,
            day(t.created_at),
            t.expires_at.map_or_else(|| "never".to_string(), day)
        );
    }
    p.db.close().await;
    Ok(())
}

/// `nafida admin revoke-api-token ID`.
pub async fn revoke_api_token(config: &Config, id: &str) -> anyhow::Result<()> {
    let p = platform::open(config, false).await?;
    let done = nafida_store::api_tokens::revoke(&p.db, id.trim(), p.clock.now().millis()).await?;
    p.db.close().await;
    if !done {
        bail!("{id}: no live token has this id (see nafida admin list-api-tokens)");
    }
    println!("token {id} revoked: it answers 401 from now on, on every node");
    Ok(())
}

/// `nafida civil import FILE --office ID`
pub async fn import_acts(config: &Config, file: &std::path::Path, office: &str) -> anyhow::Result<()> {
    let office = OrgId::parse(office).map_err(|e| anyhow::anyhow!("--office: {e}"))?;
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let p = platform::open(config, false).await?;
    let result = import_acts_into(&p, &bytes, &office).await;
    p.db.close().await;
    match result? {
        Ok((added, same)) => {
            println!("{}: {added} acts added to the register of {office}, {same} already there", file.display());
            Ok(())
        }
        Err(rejected) => {
            for line in &rejected {
                eprintln!("{}: {line}", file.display());
            }
            bail!("{} rows rejected; nothing was loaded", rejected.len())
        }
    }
}

async fn import_acts_into(
    p: &platform::Platform,
    bytes: &[u8],
    office: &OrgId,
) -> anyhow::Result<Result<(usize, usize), Vec<String>>> {
    let org = orgs::get(&p.db, office).await?.ok_or_else(|| anyhow::anyhow!("--office: no administration {office}"))?;
    if !matches!(org.kind, nafida_domain::OrgKind::CivilStatusOffice | nafida_domain::OrgKind::ConsularPost) {
        bail!("--office: {office} is not a civil-status office or a consular post");
    }
    let today = nafida_domain::Date::legal(p.clock.now().millis());
    let (lines, acts): (Vec<usize>, Vec<_>) = match nafida_domain::civil::parse_csv(bytes, today) {
        Ok(acts) => acts.into_iter().unzip(),
        Err(rows) => return Ok(Err(rows.iter().map(ToString::to_string).collect())),
    };
    match nafida_store::civil::import(&p.db, office.as_str(), &acts, "import", p.clock.now().millis()).await? {
        nafida_store::civil::Imported::Done(added, same) => Ok(Ok((added, same))),
        nafida_store::civil::Imported::Conflicts(list) => Ok(Err(list
            .iter()
            .map(|(i, year, number)| {
                let line = lines.get(*i).copied().unwrap_or_default();
                format!("line {line}: act {number}/{year} is already in the register with other data")
            })
            .collect())),
    }
}

fn read_document(file: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))
}

/// The card credential a file holds (what its QR code says), if it holds one.
fn credential_in(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?.trim();
    text.starts_with("NFC1.").then(|| text.to_string())
}

/// What a checked card says.
fn describe_card(c: &nafida_docs::credential::Card, sealer: Option<&str>) -> String {
    format!(
        "valid MRE Services card {} of {} ({}), from {} to {}, issued by {}; signed with key {}",
        c.number,
        c.name_latin,
        c.name_ar,
        c.valid_from,
        c.valid_until,
        sealer.unwrap_or(&c.issuer),
        c.key
    )
}

/// What a verified document says of itself and of who sealed it; `sealer` names the office
/// whose key sealed it, from the published keys.
fn describe(v: &nafida_docs::Verified, sealer: Option<&str>) -> String {
    let get = |k: &str| v.data.get(k).map_or("?", String::as_str);
    let officer = v.data.get("officer").map(|o| format!(", approved by {o}")).unwrap_or_default();
    format!(
        "authentic: {} {} issued on {} by {}{officer}; sealed by {} with key {}",
        get("kind"),
        get("code"),
        get("issued_on"),
        get("office"),
        sealer.unwrap_or("the Nafida platform"),
        v.key_id
    )
}

/// `nafida verify FILE --keys KEYS.json`: fully offline.
pub fn verify_with_keys_file(
    file: &std::path::Path,
    keys: &std::path::Path,
    revocations: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(keys).with_context(|| format!("cannot read {}", keys.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|_| anyhow::anyhow!("{}: not the JSON of /verify/keys", keys.display()))?;
    let mut known = nafida_docs::PublicKeys::default();
    let mut sealers = BTreeMap::new();
    for k in json["keys"].as_array().into_iter().flatten() {
        let public = k["public_key"].as_str().unwrap_or_default();
        let id = known.add_base64(public).map_err(|_| anyhow::anyhow!("{}: a key cannot be read", keys.display()))?;
        if let Some(name) = k["office"]["name"]["fr"].as_str() {
            sealers.insert(id, name.to_string());
        }
    }
    let list = match revocations {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            Some(
                nafida_docs::credential::RevocationList::read(&text, &known)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
            )
        }
        None => None,
    };
    let bytes = read_document(file)?;
    let today = nafida_domain::Date::legal(nafida_domain::Clock::now(&nafida_domain::SystemClock).millis()).to_string();
    if let Some(credential) = credential_in(&bytes) {
        let card = nafida_docs::credential::check(&credential, &known, &today, list.as_ref())
            .map_err(|e| anyhow::anyhow!("{}: NOT VALID: {e}", file.display()))?;
        println!("{}: {}", file.display(), describe_card(&card, sealers.get(&card.key).map(String::as_str)));
        match &list {
            Some(l) => println!("(checked offline, against the list of revoked cards of {})", l.issued_at),
            None => println!("(checked offline, without a list of revoked cards: give --revocations to know of them)"),
        }
        return Ok(());
    }
    let verified =
        nafida_docs::verify(&bytes, &known).map_err(|e| anyhow::anyhow!("{}: NOT VALID: {e}", file.display()))?;
    // A card's file is checked against the list of revoked cards too.
    if let (Some(l), Some(number)) = (&list, verified.data.get("number"))
        && let Some(r) = l.revoked.iter().find(|r| &r.number == number)
    {
        bail!("{}: NOT VALID: the card was revoked on {} ({})", file.display(), r.at, r.reason);
    }
    println!("{}: {}", file.display(), describe(&verified, sealers.get(&verified.key_id).map(String::as_str)));
    println!(
        "(checked offline; its revocation status is at /verify/{})",
        verified.data.get("code").map_or("", String::as_str)
    );
    Ok(())
}

/// `nafida verify FILE`: with the keys and the standing from the platform's database.
pub async fn verify_with_database(config: &Config, file: &std::path::Path) -> anyhow::Result<()> {
    let bytes = read_document(file)?;
    let p = platform::open(config, false).await?;
    let result = match credential_in(&bytes) {
        Some(credential) => verify_card_in(&p, &credential).await,
        None => verify_in(&p, &bytes).await,
    };
    p.db.close().await;
    match result? {
        Ok(line) => {
            println!("{}: {line}", file.display());
            Ok(())
        }
        Err(why) => bail!("{}: NOT VALID: {why}", file.display()),
    }
}

/// The published keys and the offices they seal for.
async fn published(p: &platform::Platform) -> anyhow::Result<(nafida_docs::PublicKeys, BTreeMap<String, String>)> {
    let mut known = nafida_docs::PublicKeys::default();
    let mut sealers = BTreeMap::new();
    for k in nafida_store::documents::published_keys(&p.db).await? {
        let id = known.add_base64(&k.public_key).map_err(|_| anyhow::anyhow!("a published key cannot be read"))?;
        if let Some(office) = &k.office_id
            && let Ok(org) = nafida_domain::OrgId::parse(office)
            && let Some(o) = nafida_store::orgs::get(&p.db, &org).await?
        {
            sealers.insert(id, o.name.fr);
        }
    }
    Ok((known, sealers))
}

/// A card's credential, with the keys and the standing from the database.
async fn verify_card_in(p: &platform::Platform, credential: &str) -> anyhow::Result<Result<String, String>> {
    let (known, sealers) = published(p).await?;
    let today = nafida_domain::Date::legal(p.clock.now().millis()).to_string();
    let card = match nafida_docs::credential::check(credential, &known, &today, None) {
        Ok(card) => card,
        Err(e) => return Ok(Err(e.to_string())),
    };
    if let Some(row) = nafida_store::cards::by_number(&p.db, &card.number).await?
        && let Some(at) = row.revoked_at
    {
        let day = nafida_domain::Date::legal(at);
        return Ok(Err(format!("the card was revoked on {day} ({})", row.revoked_reason.unwrap_or_default())));
    }
    Ok(Ok(describe_card(&card, sealers.get(&card.key).map(String::as_str))))
}

async fn verify_in(p: &platform::Platform, bytes: &[u8]) -> anyhow::Result<Result<String, String>> {
    let (known, sealers) = published(p).await?;
    let verified = match nafida_docs::verify(bytes, &known) {
        Ok(v) => v,
        Err(e) => return Ok(Err(e.to_string())),
    };
    let code = verified.data.get("code").cloned().unwrap_or_default();
    let Some(record) = nafida_store::documents::get(&p.db, &code).await? else {
        return Ok(Err(format!("sealed, but no document {code} was issued here")));
    };
    if let Some(reason) = &record.revoked_reason {
        return Ok(Err(format!("revoked: {reason}")));
    }
    if record.expires_at.is_some_and(|e| e <= p.clock.now().millis()) {
        return Ok(Err("expired".into()));
    }
    Ok(Ok(format!("{}; valid", describe(&verified, sealers.get(&verified.key_id).map(String::as_str)))))
}

/// `nafida audit verify`: the whole chain and every signed digest.
pub async fn verify_history(config: &Config) -> anyhow::Result<()> {
    let p = platform::open(config, false).await?;
    let keys = nafida_engine::audit::published_keys(&p.db).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let report = nafida_engine::audit::verify(&p.db, &keys).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    p.db.close().await;
    if let Some(problem) = report.problem {
        anyhow::bail!("the history was altered: {problem}");
    }
    println!(
        "the history is intact: {} events sealed and checked, {} signed digests checked, {} events not sealed yet",
        report.sealed, report.digests, report.unsealed
    );
    Ok(())
}
