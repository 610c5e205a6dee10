//! The topics and sub-topics of complaints, as shipped (`data/complaint-topics.toml`) and
//! then kept by administrators.

use serde::Deserialize;

use crate::{DomainError, Names};

/// A topic with its sub-topics.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Identifier.
    pub id: String,
    /// Names.
    pub name: Names,
    /// Sub-topics.
    #[serde(default)]
    pub sub: Vec<SubTopic>,
}

/// A sub-topic.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubTopic {
    /// Identifier.
    pub id: String,
    /// Names.
    pub name: Names,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    topic: Vec<Topic>,
}

/// A topic identifier: 2 to 40 lowercase letters, digits and hyphens.
pub fn valid_id(id: &str) -> bool {
    (2..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses and checks the shipped list: ids well formed and unique, names in three languages.
pub fn parse(text: &str) -> Result<Vec<Topic>, DomainError> {
    let file: File = toml::from_str(text).map_err(|e| DomainError::InvalidTopics(e.message().to_string()))?;
    let mut seen = std::collections::HashSet::new();
    for t in &file.topic {
        for (id, name) in std::iter::once((&t.id, &t.name)).chain(t.sub.iter().map(|s| (&s.id, &s.name))) {
            if !valid_id(id) || !seen.insert(id.clone()) {
                return Err(DomainError::InvalidTopics(format!("topic id {id:?} is malformed or repeated")));
            }
            if [&name.ar, &name.fr, &name.en].iter().any(|n| n.trim().is_empty()) {
                return Err(DomainError::InvalidTopics(format!("topic {id:?} lacks a name in a language")));
            }
        }
    }
    Ok(file.topic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_topics_are_valid() {
        let topics = parse(include_str!("../../../data/complaint-topics.toml")).expect("topics");
        assert_eq!(topics.len(), 6);
        assert!(topics.iter().all(|t| !t.sub.is_empty()));
        assert!(parse("[[topic]]\nid = \"A\"\nname = { ar = \"ع\", fr = \"a\", en = \"a\" }\n").is_err());
    }
}
