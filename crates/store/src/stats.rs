//! What public statistics are computed from: no person in it.

use crate::{Db, StoreError, on_db};

/// The facts of one complaint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintFacts {
    /// The administration concerned.
    pub org_id: String,
    /// Filing instant.
    pub filed_at: i64,
    /// Due date (`YYYY-MM-DD`).
    pub due_date: String,
    /// When it was first answered.
    pub answered_at: Option<i64>,
    /// The rating of the answer.
    pub stars: Option<i64>,
}

/// Every complaint's facts: the complaints through their partial index, the first answer of
/// each through the index of answers (work proportional to the complaints, not to every case
/// and event).
pub async fn complaint_facts(db: &Db) -> Result<Vec<ComplaintFacts>, StoreError> {
    type Row = (String, i64, String, Option<i64>, Option<i64>);
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT c.org_id, c.filed_at, c.due_date, \
             (SELECT MIN(e.at) FROM case_events e \
              WHERE e.case_id = c.id AND e.kind = 'transition' AND e.to_status = 'answered') AS answered_at, \
             r.stars FROM cases c \
             LEFT JOIN complaint_ratings r ON r.case_id = c.id \
             WHERE c.procedure_id = 'complaint' ORDER BY c.filed_at",
        )
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|(org_id, filed_at, due_date, answered_at, stars)| ComplaintFacts {
            org_id,
            filed_at,
            due_date,
            answered_at,
            stars,
        })
        .collect())
}
