//! The provincial cell's reception desk: tickets for walk-in visitors by service, the MRE card
//! holders' called first; each counter calls the next ticket, then records it served or absent;
//! the hall display shows the tickets called and the waiting times.

use nafida_domain::{Date, OrgKind};
use nafida_store::reception::{self as store, NewTicket, TicketRow};

use crate::refusal::Refusal;
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// The services a visitor may ask for, each with the letter of its tickets.
pub const SERVICES: &[(&str, char)] =
    &[("information", 'I'), ("cell-request", 'A'), ("mre-card", 'C'), ("assisted-filing", 'D')];

/// A ticket's label: its service's letter and its number (`A-007`).
pub fn label(t: &TicketRow) -> String {
    let letter = SERVICES.iter().find(|(s, _)| *s == t.service).map_or('X', |(_, l)| *l);
    format!("{letter}-{:03}", t.number)
}

/// The desk's day now (Morocco's legal time).
fn today(engine: &Engine) -> String {
    Date::legal(engine.now()).to_string()
}

/// The cell the actor works at, if they are staff of one.
async fn desk_of(engine: &Engine, actor: &Actor) -> Result<String> {
    let Actor::Staff { org, .. } = actor else { return Err(EngineError::NotFound) };
    let cell = nafida_store::orgs::get(engine.db(), org).await?.ok_or(EngineError::NotFound)?;
    if cell.kind != OrgKind::MreCell {
        return Err(EngineError::NotFound);
    }
    Ok(cell.id.to_string())
}

/// Issues a ticket for a walk-in visitor: a service of [`SERVICES`]; with the number of an MRE
/// Services card valid today, a priority ticket (a card that is not valid is refused, saying
/// why, so the visitor is not given a priority they do not have).
pub async fn issue(engine: &Engine, actor: &Actor, service: &str, card: &str) -> Outcome<TicketRow> {
    let org = desk_of(engine, actor).await?;
    if !SERVICES.iter().any(|(s, _)| *s == service) {
        return Ok(Err(Refusal::invalid("service", "choice-invalid")));
    }
    let card = card.trim();
    let priority = if card.is_empty() {
        false
    } else {
        match crate::cards::verify(engine, card).await? {
            crate::cards::Verdict::Number { standing: crate::cards::Standing::Valid, .. }
            | crate::cards::Verdict::Credential(_, crate::cards::Standing::Valid) => true,
            _ => return Ok(Err(Refusal::invalid("card", "ticket-card-invalid"))),
        }
    };
    let id = crate::ids::new_id();
    let day = today(engine);
    let new = NewTicket { id: &id, org_id: &org, day: &day, service, priority, issued_by: actor.account_id() };
    Ok(Ok(store::issue(engine.db(), &new, engine.now()).await?))
}

/// A ticket of the actor's desk; not found for any other.
pub async fn ticket(engine: &Engine, actor: &Actor, id: &str) -> Result<TicketRow> {
    let org = desk_of(engine, actor).await?;
    store::get(engine.db(), id).await?.filter(|t| t.org_id == org).ok_or(EngineError::NotFound)
}

/// Calls the next ticket to a counter (1 to 20 characters: `Guichet 2`); `None` when nobody
/// waits.
pub async fn call_next(engine: &Engine, actor: &Actor, counter: &str) -> Outcome<Option<TicketRow>> {
    let org = desk_of(engine, actor).await?;
    let counter = counter.trim();
    if !(1..=20).contains(&counter.chars().count()) {
        return Ok(Err(Refusal::invalid("counter", "ticket-counter")));
    }
    Ok(Ok(store::call_next(engine.db(), &org, &today(engine), counter, engine.now()).await?))
}

/// Records a called ticket served or absent, once.
pub async fn close(engine: &Engine, actor: &Actor, id: &str, status: &str) -> Outcome<()> {
    let t = ticket(engine, actor, id).await?;
    if !["served", "absent"].contains(&status) {
        return Ok(Err(Refusal::invalid("status", "choice-invalid")));
    }
    if !store::close(engine.db(), &t.id, status, engine.now()).await? {
        return Ok(Err(Refusal::NotAllowed("ticket-not-called")));
    }
    Ok(Ok(()))
}

/// What the hall display and the counters show of a desk's day.
#[derive(Debug, Clone, Default)]
pub struct Board {
    /// The tickets called, the latest first (at most eight).
    pub called: Vec<TicketRow>,
    /// The tickets waiting, in the order they will be called.
    pub waiting: Vec<TicketRow>,
    /// The average wait of the tickets called today, in minutes.
    pub average_wait: Option<i64>,
    /// Tickets served today.
    pub served: usize,
    /// Tickets whose visitor was absent when called.
    pub absent: usize,
}

/// The day's board of a cell's reception desk (public: ticket numbers only).
pub async fn board(engine: &Engine, org: &str) -> Result<Board> {
    let known = nafida_domain::OrgId::parse(org).map_err(|_| EngineError::NotFound)?;
    let cell = nafida_store::orgs::get(engine.db(), &known).await?.ok_or(EngineError::NotFound)?;
    if cell.kind != OrgKind::MreCell {
        return Err(EngineError::NotFound);
    }
    let day = store::of_day(engine.db(), org, &today(engine)).await?;
    let mut called: Vec<TicketRow> = day.iter().filter(|t| t.called_at.is_some()).cloned().collect();
    called.sort_by_key(|t| std::cmp::Reverse(t.called_at));
    let waits: Vec<i64> = called.iter().filter_map(|t| t.called_at.map(|c| c - t.created_at)).collect();
    let average_wait = (!waits.is_empty()).then(|| waits.iter().sum::<i64>() / waits.len() as i64 / 60_000);
    let mut waiting: Vec<TicketRow> = day.iter().filter(|t| t.status == "waiting").cloned().collect();
    waiting.sort_by_key(|t| (!t.priority, t.number));
    Ok(Board {
        served: day.iter().filter(|t| t.status == "served").count(),
        absent: day.iter().filter(|t| t.status == "absent").count(),
        called: called.into_iter().take(8).collect(),
        waiting,
        average_wait,
    })
}

/// The reception desk of the actor's cell.
pub async fn my_board(engine: &Engine, actor: &Actor) -> Result<(String, Board)> {
    let org = desk_of(engine, actor).await?;
    let b = board(engine, &org).await?;
    Ok((org, b))
}
