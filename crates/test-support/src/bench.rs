//! Pieces shared by the benchmarks (not tests): a fast deterministic generator and bulk
//! loading of applicant accounts.

use nafida_store::{Db, on_db};

/// The next number of a xorshift generator: the same sequence for the same seed, every run.
pub fn rng(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// The version of a procedure the catalogue serves (the one generated cases must pin).
pub async fn current_version(db: &Db, procedure: &str) -> Result<i64, nafida_store::StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT MAX(version) FROM procedure_versions WHERE procedure_id = $1")
            .bind(procedure)
            .fetch_one(pool)
            .await?
    }))
}

/// Inserts `count` citizen accounts `u000000`… (a multiple of 1 000), in batches.
pub async fn insert_users(db: &Db, count: i64) -> Result<(), nafida_store::StoreError> {
    let hash = nafida_store::users::hash_password("benchmark password")?;
    for chunk in 0..(count / 1000) {
        let mut sql = String::from(
            "INSERT INTO users (id, email, email_key, password_hash, role, display_name, created_at) VALUES ",
        );
        for i in 0..1000 {
            let n = chunk * 1000 + i;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!("('u{n:06}', 'u{n}@bench.ma', 'u{n}@bench.ma', '{hash}', 'citizen', 'U {n}', 0)"));
        }
        on_db!(write db, pool => { sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(pool).await?; });
    }
    Ok(())
}
