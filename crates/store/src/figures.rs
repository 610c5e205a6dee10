//! The figures of a province, month by month: requests filed and decided by each of its
//! administrations, decided late (past their legal deadline, as the deadline job flagged them),
//! the days they took, the fast lane, complaints, the open ones now, and the visitors its
//! cells' reception desks received. Months are given as instants (their legal-time starts), so
//! the same portable SQL buckets them on both databases.

use crate::{Db, StoreError, on_db};

/// The sub-tree of administrations below `$1`.
const SUBTREE: &str = "WITH RECURSIVE sub(id) AS (SELECT id FROM orgs WHERE id = $1 \
                       UNION ALL SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) ";

/// `CASE` giving the index of the month `column` falls in, `bounds` being `$2…$(n+2)`
/// (months `0..n`).
fn bucket(column: &str, months: usize) -> String {
    if months <= 1 {
        return "0".into();
    }
    let mut s = String::from("CASE");
    for i in 1..months {
        s.push_str(&format!(" WHEN {column} < ${} THEN {}", i + 2, i - 1));
    }
    s.push_str(&format!(" ELSE {} END", months - 1));
    s
}

/// Requests filed in a month at an administration.
#[derive(Debug, Clone, PartialEq)]
pub struct Filed {
    /// The month's index.
    pub month: i64,
    /// The administration.
    pub org_id: String,
    /// How many.
    pub filed: i64,
    /// Of them, complaints.
    pub complaints: i64,
    /// Of them, in the fast lane.
    pub fast: i64,
}

/// Requests decided in a month at an administration.
#[derive(Debug, Clone, PartialEq)]
pub struct Decided {
    /// The month's index.
    pub month: i64,
    /// The administration.
    pub org_id: String,
    /// How many.
    pub decided: i64,
    /// Of them, past their legal deadline.
    pub late: i64,
    /// Their days from filing to decision, summed.
    pub days: f64,
    /// Of them, complaints answered.
    pub complaints: i64,
    /// Of them, in the fast lane.
    pub fast: i64,
    /// The fast lane's days, summed.
    pub fast_days: f64,
}

/// The open requests of an administration now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open {
    /// The administration.
    pub org_id: String,
    /// How many are open.
    pub open: i64,
    /// Past their deadline.
    pub overdue: i64,
    /// Reported to the supervisors.
    pub escalated: i64,
    /// Reported to the provincial cell.
    pub escalated_cell: i64,
}

/// The visitors of a month at the reception desks below the province.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Visitors {
    /// The month's index.
    pub month: i64,
    /// Tickets issued.
    pub tickets: i64,
    /// Visitors served.
    pub served: i64,
    /// Called and absent.
    pub absent: i64,
    /// Card holders' tickets.
    pub priority: i64,
    /// Tickets called.
    pub called: i64,
    /// Their minutes from issue to call, summed.
    pub wait_minutes: f64,
}

const LANE: &str = "(',' || flags || ',') LIKE '%,fast-lane,%'";

/// What a province's administrations received and decided in each month between
/// `bounds[0]` and `bounds[n]` (month `i` from `bounds[i]`), `complaint` naming the complaint
/// procedure.
pub async fn months(
    db: &Db,
    province: &str,
    bounds: &[i64],
    complaint: &str,
) -> Result<(Vec<Filed>, Vec<Decided>, Vec<Visitors>), StoreError> {
    let n = bounds.len().saturating_sub(1);
    if n == 0 {
        return Ok((vec![], vec![], vec![]));
    }
    let last = n + 2;
    let filed_sql = format!(
        "{SUBTREE}SELECT CAST({b} AS BIGINT) AS m, org_id, COUNT(*), \
         CAST(SUM(CASE WHEN procedure_id = ${c} THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN {LANE} THEN 1 ELSE 0 END) AS BIGINT) \
         FROM cases WHERE org_id IN (SELECT id FROM sub) AND filed_at >= $2 AND filed_at < ${last} \
         GROUP BY 1, 2 ORDER BY 1, 2",
        b = bucket("filed_at", n),
        c = last + 1,
    );
    let decided_sql = format!(
        "{SUBTREE}SELECT CAST({b} AS BIGINT) AS m, org_id, COUNT(*), \
         CAST(SUM(CASE WHEN (',' || flags || ',') LIKE '%,escalated,%' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CAST(decided_at - filed_at AS DOUBLE PRECISION)) / 86400000.0 AS DOUBLE PRECISION), \
         CAST(SUM(CASE WHEN procedure_id = ${c} THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN {LANE} THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN {LANE} THEN CAST(decided_at - filed_at AS DOUBLE PRECISION) ELSE 0.0 END) / 86400000.0 AS DOUBLE PRECISION) \
         FROM cases WHERE org_id IN (SELECT id FROM sub) AND decided_at IS NOT NULL AND decided_at >= $2 AND decided_at < ${last} \
         GROUP BY 1, 2 ORDER BY 1, 2",
        b = bucket("decided_at", n),
        c = last + 1,
    );
    let visitors_sql = format!(
        "{SUBTREE}SELECT CAST({b} AS BIGINT) AS m, COUNT(*), \
         CAST(SUM(CASE WHEN status = 'served' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN status = 'absent' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN priority THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN called_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(COALESCE(SUM(CAST(called_at - created_at AS DOUBLE PRECISION)), 0.0) / 60000.0 AS DOUBLE PRECISION) \
         FROM reception_tickets WHERE org_id IN (SELECT id FROM sub) AND created_at >= $2 AND created_at < ${last} \
         GROUP BY 1 ORDER BY 1",
        b = bucket("created_at", n),
    );
    type F = (i64, String, i64, i64, i64);
    type D = (i64, String, i64, i64, f64, i64, i64, f64);
    type V = (i64, i64, i64, i64, i64, i64, f64);
    let (filed, decided, visitors): (Vec<F>, Vec<D>, Vec<V>) = on_db!(read db, pool => {
        let mut f = sqlx::query_as::<_, F>(sqlx::AssertSqlSafe(filed_sql.clone())).bind(province);
        let mut d = sqlx::query_as::<_, D>(sqlx::AssertSqlSafe(decided_sql.clone())).bind(province);
        let mut v = sqlx::query_as::<_, V>(sqlx::AssertSqlSafe(visitors_sql.clone())).bind(province);
        for b in bounds {
            f = f.bind(*b);
            d = d.bind(*b);
            v = v.bind(*b);
        }
        let f = f.bind(complaint).fetch_all(pool).await?;
        let d = d.bind(complaint).fetch_all(pool).await?;
        let v = v.fetch_all(pool).await?;
        (f, d, v)
    });
    Ok((
        filed
            .into_iter()
            .map(|(month, org_id, filed, complaints, fast)| Filed { month, org_id, filed, complaints, fast })
            .collect(),
        decided
            .into_iter()
            .map(|(month, org_id, decided, late, days, complaints, fast, fast_days)| Decided {
                month,
                org_id,
                decided,
                late,
                days,
                complaints,
                fast,
                fast_days,
            })
            .collect(),
        visitors
            .into_iter()
            .map(|(month, tickets, served, absent, priority, called, wait_minutes)| Visitors {
                month,
                tickets,
                served,
                absent,
                priority,
                called,
                wait_minutes,
            })
            .collect(),
    ))
}

/// The open requests of each administration of a province now.
pub async fn open(db: &Db, province: &str) -> Result<Vec<Open>, StoreError> {
    let sql = format!(
        "{SUBTREE}SELECT org_id, COUNT(*), \
         CAST(SUM(CASE WHEN (',' || flags || ',') LIKE '%,overdue,%' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN (',' || flags || ',') LIKE '%,escalated,%' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN (',' || flags || ',') LIKE '%,escalated-cell,%' THEN 1 ELSE 0 END) AS BIGINT) \
         FROM cases WHERE org_id IN (SELECT id FROM sub) AND phase IN ('received', 'in-progress', 'waiting-for-you') \
         GROUP BY org_id ORDER BY org_id"
    );
    let rows: Vec<(String, i64, i64, i64, i64)> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(province).fetch_all(pool).await?
    });
    Ok(rows
        .into_iter()
        .map(|(org_id, open, overdue, escalated, escalated_cell)| Open {
            org_id,
            open,
            overdue,
            escalated,
            escalated_cell,
        })
        .collect())
}
