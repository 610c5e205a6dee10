//! The questions and answers of `/help` (from `data/help.toml`), by topic; each procedure's
//! page lists those that name it.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::org::Names;

const HELP: &str = include_str!("../../../data/help.toml");

/// A group of questions.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Identifier (its anchor on the page).
    pub id: String,
    /// Title.
    pub title: Names,
}

/// A question and its answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Identifier (its anchor: `/help#q-<id>`).
    pub id: String,
    /// Its topic.
    pub topic: String,
    /// The procedures it belongs to (none: a general question).
    #[serde(default)]
    pub procedures: Vec<String>,
    /// The question.
    pub q: Names,
    /// The answer.
    pub a: Names,
    /// Pages of the platform the answer points to.
    #[serde(default)]
    pub links: Vec<String>,
}

/// Every topic and question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Help {
    /// Topics, in the page's order.
    pub topic: Vec<Topic>,
    /// Questions, in the page's order.
    pub question: Vec<Question>,
}

impl Help {
    /// The questions of a topic.
    pub fn of_topic<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        self.question.iter().filter(move |q| q.topic == topic)
    }

    /// The questions that name a procedure.
    pub fn of_procedure<'a>(&'a self, procedure: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        self.question.iter().filter(move |q| q.procedures.iter().any(|p| p == procedure))
    }
}

/// The shipped questions (checked by the tests: every topic known, every id unique).
pub fn help() -> &'static Help {
    static HELP_DATA: OnceLock<Help> = OnceLock::new();
    HELP_DATA.get_or_init(|| toml::from_str(HELP).unwrap_or(Help { topic: vec![], question: vec![] }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_questions_are_whole() {
        let parsed: Help = toml::from_str(HELP).expect("data/help.toml parses");
        assert!(parsed.question.len() >= 10);
        let mut ids = std::collections::BTreeSet::new();
        for q in &parsed.question {
            assert!(ids.insert(q.id.clone()), "{} twice", q.id);
            assert!(parsed.topic.iter().any(|t| t.id == q.topic), "{}: unknown topic {}", q.id, q.topic);
            for text in [&q.q, &q.a] {
                assert!(!text.ar.is_empty() && !text.fr.is_empty() && !text.en.is_empty(), "{}", q.id);
                assert!(text.ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{}", q.id);
            }
            assert!(q.links.iter().all(|l| l.starts_with('/')), "{}", q.id);
        }
        for t in &parsed.topic {
            assert!(parsed.of_topic(&t.id).next().is_some(), "topic {} has no question", t.id);
        }
    }
}
