//! Fixed-window counters in the database, shared by every node: rate limits on sign-in and
//! sign-up, and lock-out after repeated failures.

use crate::{Db, StoreError, on_db};

/// Counts one hit in `bucket` for the window containing `now`; returns the hits so far in it.
pub async fn hit(db: &Db, bucket: &str, window_ms: i64, now: i64) -> Result<i64, StoreError> {
    let window_start = now - now.rem_euclid(window_ms);
    Ok(on_db!(write db, pool => {
        sqlx::query_scalar(
            "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
             ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
        )
        .bind(bucket)
        .bind(window_start)
        .fetch_one(pool)
        .await?
    }))
}

/// Takes back one hit of the window containing `now` (an attempt that turned out legitimate).
pub async fn give_back(db: &Db, bucket: &str, window_ms: i64, now: i64) -> Result<(), StoreError> {
    let window_start = now - now.rem_euclid(window_ms);
    on_db!(write db, pool => {
        sqlx::query("UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0")
            .bind(bucket)
            .bind(window_start)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Forgets a bucket (after a successful sign-in).
pub async fn clear(db: &Db, bucket: &str) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("DELETE FROM rate_limits WHERE bucket = $1").bind(bucket).execute(pool).await?;
    });
    Ok(())
}

/// Drops windows older than `before` (housekeeping).
pub async fn purge(db: &Db, before: i64) -> Result<u64, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(before).execute(pool).await?.rows_affected()
    }))
}
