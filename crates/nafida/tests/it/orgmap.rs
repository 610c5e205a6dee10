//! The administrative map of the demo province: it loads, it is one tree, and it holds what
//! the province needs.

use nafida_domain::{OrgId, OrgKind, OrgMap};
use nafida_store::orgs;
use nafida_test_support::{Backend, DEMO_MAP, T0, TestDb};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![demo_map_loads_as_one_tree, reimport_updates_without_duplicates]
}

async fn demo_map_loads_as_one_tree(backend: Backend) {
    let map = OrgMap::from_toml(DEMO_MAP).unwrap();
    let t = TestDb::migrated(backend).await;
    let report = orgs::import(&t.db, &map, T0.millis()).await.unwrap();
    assert_eq!(report.created, map.orgs().len());
    let total = orgs::count(&t.db).await.unwrap();
    // Every administration is reachable from the root: one tree.
    let root = map.root().unwrap().id.clone();
    assert_eq!(orgs::subtree_ids(&t.db, &root).await.unwrap().len() as i64, total);

    // The province, its governor's office and cell, its services.
    let province = OrgId::parse("al-hoceima").unwrap();
    let below: Vec<String> = orgs::subtree_ids(&t.db, &province).await.unwrap().iter().map(|i| i.to_string()).collect();
    for id in [
        "al-hoceima-governor",
        "al-hoceima-mre-cell",
        "al-hoceima-urban-agency",
        "al-hoceima-civil-protection",
        "al-hoceima-passports",
    ] {
        assert!(below.contains(&id.to_string()), "{id} under the province");
    }
    // Each required commune, with its civil-status office and urbanism service below it.
    for commune in ["al-hoceima-city", "imzouren", "beni-bouayach", "targuist", "ajdir", "bni-hadifa"] {
        let id = OrgId::parse(&format!("commune-{commune}")).unwrap();
        let sub = orgs::subtree_ids(&t.db, &id).await.unwrap();
        assert!(below.contains(&id.to_string()), "{commune} in the province");
        let kinds: Vec<OrgKind> = {
            let mut v = vec![];
            for s in &sub {
                v.push(orgs::get(&t.db, s).await.unwrap().unwrap().kind);
            }
            v
        };
        assert!(kinds.contains(&OrgKind::CivilStatusOffice), "{commune} civil-status office");
        assert!(kinds.contains(&OrgKind::UrbanismService), "{commune} urbanism service");
    }
    // The consular posts of the diaspora, with names in the three languages.
    let all = orgs::list(&t.db).await.unwrap();
    for city in [
        "Brussels",
        "Antwerp",
        "Amsterdam",
        "Rotterdam",
        "Düsseldorf",
        "Frankfurt",
        "Barcelona",
        "Madrid",
        "Paris",
        "Montpellier",
    ] {
        let post = all.iter().find(|o| o.kind == OrgKind::ConsularPost && o.city.as_deref() == Some(city));
        let post = post.unwrap_or_else(|| panic!("consular post in {city}"));
        assert!(!post.name.ar.is_empty() && post.name.ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
        assert!(post.name.fr.starts_with("Consulat général"), "{}", post.name.fr);
        assert!(post.name.en.contains(city) || city == "Düsseldorf", "{}", post.name.en);
        assert_ne!(post.country, "MA");
    }
    t.teardown().await;
}

async fn reimport_updates_without_duplicates(backend: Backend) {
    let t = TestDb::migrated(backend).await;
    let map = OrgMap::from_toml(DEMO_MAP).unwrap();
    orgs::import(&t.db, &map, T0.millis()).await.unwrap();
    let renamed = DEMO_MAP.replace("Service des passeports d’Al Hoceima", "Service provincial des passeports");
    let map2 = OrgMap::from_toml(&renamed).unwrap();
    let report = orgs::import(&t.db, &map2, T0.millis()).await.unwrap();
    assert_eq!((report.created, report.updated), (0, map.orgs().len()));
    let passports = orgs::get(&t.db, &OrgId::parse("al-hoceima-passports").unwrap()).await.unwrap().unwrap();
    assert_eq!(passports.name.fr, "Service provincial des passeports");
    assert_eq!(orgs::count(&t.db).await.unwrap() as usize, map.orgs().len());
    t.teardown().await;
}
