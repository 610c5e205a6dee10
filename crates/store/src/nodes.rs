//! The processes serving this database. Each node registers at start, refreshes its row from a
//! background worker, and marks it stopped on a clean shutdown, so operators can see which
//! nodes are alive.

use crate::{Db, StoreError, on_db};

/// Registers a node that has just started.
pub async fn register(db: &Db, id: &str, hostname: &str, version: &str, now_millis: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO nodes (id, hostname, version, started_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(id)
        .bind(hostname)
        .bind(version)
        .bind(now_millis)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Records that a node is alive.
pub async fn heartbeat(db: &Db, id: &str, now_millis: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE nodes SET last_seen_at = $2 WHERE id = $1").bind(id).bind(now_millis).execute(pool).await?;
    });
    Ok(())
}

/// Records a clean stop.
pub async fn stopped(db: &Db, id: &str, now_millis: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE nodes SET stopped_at = $2, last_seen_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now_millis)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Nodes seen since `since_millis` and not stopped.
pub async fn live_count(db: &Db, since_millis: i64) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM nodes WHERE stopped_at IS NULL AND last_seen_at >= $1")
            .bind(since_millis)
            .fetch_one(pool)
            .await?
    }))
}
