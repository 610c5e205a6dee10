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

/// The query behind [`complaint_facts`]: the complaints through their partial index, and the
/// first answer of each from the partial index of answers (not from every event).
pub const COMPLAINT_FACTS: &str = "SELECT c.org_id, c.filed_at, c.due_date, a.answered_at, r.stars FROM cases c \
     LEFT JOIN (SELECT case_id, MIN(at) AS answered_at FROM case_events \
                WHERE kind = 'transition' AND to_status = 'answered' GROUP BY case_id) a ON a.case_id = c.id \
     LEFT JOIN complaint_ratings r ON r.case_id = c.id \
     WHERE c.procedure_id = 'complaint' ORDER BY c.filed_at";

/// Every complaint's facts.
pub async fn complaint_facts(db: &Db) -> Result<Vec<ComplaintFacts>, StoreError> {
    type Row = (String, i64, String, Option<i64>, Option<i64>);
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(COMPLAINT_FACTS)
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
