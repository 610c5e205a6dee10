//! Nafida's case engine: every use case of every service, as commands over the store.
//!
//! A command takes the [`Engine`] (database, files, clock, catalogue), an
//! [`Actor`](actor::Actor) and typed input; it checks the actor's right on *that* record and
//! the domain's rules, writes everything it changes in one transaction (the case, its event,
//! its outbox mail, its effects), and returns a typed outcome or a coded
//! [`Refusal`](refusal::Refusal). It knows nothing of HTTP or templates: the HTML pages, the
//! JSON API, the deadline job and the demo call the same commands and translate refusals at
//! their edge.

pub mod actor;
pub mod acts;
pub mod appointments;
pub mod audit;
pub mod cards;
pub mod cases;
pub mod catalog;
pub mod cell;
pub mod certificates;
pub mod civil;
pub mod clock;
pub mod complaints;
pub mod consular;
pub mod contracts;
pub mod dates;
pub mod deadlines;
pub mod documents;
pub mod effects;
pub mod engine;
pub mod error;
pub mod etimbre;
pub mod events;
pub mod figures;
pub mod forms;
pub mod i18n;
pub mod identity;
pub mod ids;
pub mod mails;
pub mod orgs;
pub mod payments;
pub mod permits;
pub mod reception;
pub mod refusal;
pub mod silence;
pub mod tasks;
pub mod tracking;

pub use actor::Actor;
pub use engine::{BuildError, Engine, EngineSettings};
pub use error::{EngineError, Result};
/// The flags of a case (a domain type, re-exported where the engine's users look for it).
pub use nafida_domain::flags;
pub use refusal::{Arg, Outcome, Problem, Problems, Refusal};
