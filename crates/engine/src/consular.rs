//! The consular network (`data/consular/network.toml`, embedded): the posts serving the
//! province's emigrants and the province's own desks, read once when the engine is built and
//! checked against the catalogue (every service a procedure) and, at start, against the map
//! (every post an administration of the right kind).

use nafida_domain::consular::{Network, NetworkError};
use nafida_domain::{OrgKind, OrgMap};

/// The embedded network file.
pub const NETWORK: &str = include_str!("../../../data/consular/network.toml");

/// Its name in error messages.
pub const NETWORK_FILE: &str = "data/consular/network.toml";

/// Parses the embedded network against the catalogue's procedures.
pub fn embedded(procedures: &[&str]) -> Result<Network, NetworkError> {
    Network::from_toml(NETWORK_FILE, NETWORK, procedures)
}

/// What of the network the map does not hold: a post that is not a consular post of the map,
/// a desk that is not one of its administrations.
pub fn check_against_map(network: &Network, map: &OrgMap) -> Vec<String> {
    let mut problems = vec![];
    for p in &network.posts {
        match map.orgs().iter().find(|o| o.id.as_str() == p.org) {
            None => problems.push(format!("{NETWORK_FILE}: {:?} is not an administration of the map", p.org)),
            Some(o) if !p.desk && o.kind != OrgKind::ConsularPost => {
                problems.push(format!("{NETWORK_FILE}: {:?} is not a consular post", p.org));
            }
            Some(o) if !p.desk && o.country != p.country => {
                problems.push(format!("{NETWORK_FILE}: {:?} is in {} on the map", p.org, o.country));
            }
            Some(_) => {}
        }
    }
    problems
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_network_reads_and_matches_the_demo_map() {
        let catalog = crate::catalog::embedded().unwrap();
        let ids: Vec<&str> = catalog.procedures.keys().map(String::as_str).collect();
        let network = embedded(&ids).unwrap();
        let countries: std::collections::BTreeSet<&str> = network.abroad().map(|p| p.country.as_str()).collect();
        assert_eq!(countries.into_iter().collect::<Vec<_>>(), vec!["BE", "DE", "ES", "FR", "IT", "NL"]);
        let map = OrgMap::from_toml(include_str!("../../../data/orgmap/al-hoceima.toml")).unwrap();
        assert_eq!(check_against_map(&network, &map), Vec::<String>::new());
        let posts = map.orgs().iter().filter(|o| o.kind == OrgKind::ConsularPost).count();
        assert_eq!(network.abroad().count(), posts, "every post of the map is described");
    }

    #[test]
    fn which_consulate_is_mine() {
        let catalog = crate::catalog::embedded().unwrap();
        let ids: Vec<&str> = catalog.procedures.keys().map(String::as_str).collect();
        let network = embedded(&ids).unwrap();
        let first = |q: &str, c: Option<&str>| network.find(q, c).first().map(|(p, _)| p.org.clone());
        assert_eq!(first("92700", Some("FR")).as_deref(), Some("consulate-colombes"));
        assert_eq!(first("Nanterre", None).as_deref(), Some("consulate-colombes"));
        assert_eq!(first("4020", Some("BE")).as_deref(), Some("consulate-liege"));
        assert_eq!(first("1080", Some("BE")).as_deref(), Some("consulate-brussels"));
        assert_eq!(first("malaga", None).as_deref(), Some("consulate-algeciras"));
        assert_eq!(first("Köln", None).as_deref(), Some("consulate-dusseldorf"));
        assert_eq!(first("Lombardia", None).as_deref(), Some("consulate-milan"));
        assert_eq!(first("28013", Some("ES")).as_deref(), Some("consulate-madrid"));
    }
}
