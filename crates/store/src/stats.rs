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

/// The facts of one decided permit: where, from the complete file to the decision, and
/// whether it went past its legal deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermitFacts {
    /// The administration that decided it.
    pub org_id: String,
    /// When the file was complete: sent to the commission, or filed when it has none.
    pub complete_at: i64,
    /// When it was decided.
    pub decided_at: i64,
    /// Past its legal deadline (flagged by the deadline job).
    pub late: bool,
}

/// Every decided request of these procedures.
pub async fn permit_facts(db: &Db, procedures: &[&str]) -> Result<Vec<PermitFacts>, StoreError> {
    if procedures.is_empty() {
        return Ok(vec![]);
    }
    let list: Vec<String> = (1..=procedures.len()).map(|i| format!("${i}")).collect();
    // Assembled from parameter numbers only: every value is bound.
    let sql = format!(
        "SELECT c.org_id, COALESCE(s.sent_at, c.filed_at), c.decided_at, \
         CAST(CASE WHEN (',' || c.flags || ',') LIKE '%,escalated,%' THEN 1 ELSE 0 END AS BIGINT) FROM cases c \
         LEFT JOIN (SELECT case_id, MIN(at) AS sent_at FROM case_events \
                    WHERE kind = 'transition' AND action = 'send-to-commission' GROUP BY case_id) s ON s.case_id = c.id \
         WHERE c.decided_at IS NOT NULL AND c.procedure_id IN ({}) ORDER BY c.decided_at",
        list.join(", ")
    );
    type Row = (String, i64, i64, i64);
    let rows: Vec<Row> = on_db!(read db, pool => {
        let mut q = sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.clone()));
        for p in procedures {
            q = q.bind(*p);
        }
        q.fetch_all(pool).await?
    });
    Ok(rows
        .into_iter()
        .map(|(org_id, complete_at, decided_at, late)| PermitFacts { org_id, complete_at, decided_at, late: late == 1 })
        .collect())
}
