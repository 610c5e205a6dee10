//! Operational endpoints: liveness, readiness, metrics, and the hashed static assets.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use nafida_store::{migrations, nodes};
use serde_json::json;

use crate::error::AppError;
use crate::state::AppState;

/// `GET /healthz`: the process is up and answering.
pub async fn show_health() -> Response {
    (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ok\n").into_response()
}

/// `GET /readyz`: the database answers, its migrations are current, and files can be written.
pub async fn show_readiness(State(state): State<AppState>) -> Response {
    let expected = migrations::latest_version();
    let (database, current) = match state.db().ping().await {
        Ok(()) => match migrations::current_version(state.db()).await {
            Ok(v) => ("ok", Some(v)),
            Err(_) => ("error", None),
        },
        Err(_) => ("unreachable", None),
    };
    let files = if state.files().check_writable().await.is_ok() { "ok" } else { "error" };
    let ready = database == "ok" && current == Some(expected) && files == "ok";
    let status = if ready { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    if !ready {
        tracing::warn!(database, ?current, expected, files, "not ready");
    }
    let body = json!({
        "ready": ready,
        "database": database,
        "migrations": { "current": current, "expected": expected },
        "files": files,
    });
    (status, [(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// A node that has not refreshed its row for this long is not counted as live.
const NODE_LIVENESS_MILLIS: i64 = 60_000;

/// `GET /metrics`: Prometheus text format: this process's request counters and latency
/// histograms, and the number of live nodes sharing the database.
pub async fn show_metrics(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
    // With a token configured, only the scraper that bears it reads the figures.
    if let Some(token) = &state.settings().metrics_token {
        let sent =
            headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
        if !sent.is_some_and(|s| crate::csrf::constant_time_eq(s.trim().as_bytes(), token.as_bytes())) {
            return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")], "").into_response();
        }
    }
    let mut text = state.metrics().render();
    let since = state.clock().now().millis() - NODE_LIVENESS_MILLIS;
    if let Ok(live) = nodes::live_count(state.db(), since).await {
        text.push_str("# HELP nafida_live_nodes Nodes serving this database that reported in the last minute.\n");
        text.push_str("# TYPE nafida_live_nodes gauge\n");
        text.push_str(&format!("nafida_live_nodes {live}\n"));
    }
    text.push_str(&operations(&state).await);
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"), (header::CACHE_CONTROL, "no-store")],
        text,
    )
        .into_response()
}

/// The platform's background work as figures: the outbox's backlog, each job's lag, the
/// events not sealed yet and this process's file-store failures. A figure that cannot be read
/// now (the database down) is left out, never shown as zero.
async fn operations(state: &AppState) -> String {
    let now = state.clock().now().millis();
    let mut text = String::new();
    if let Ok(backlog) = nafida_store::mail::backlog(state.db(), now).await {
        text.push_str("# HELP nafida_outbox_backlog Messages waiting to be sent, per channel.\n");
        text.push_str("# TYPE nafida_outbox_backlog gauge\n");
        for channel in ["mail", "sms"] {
            let n = backlog.iter().find(|(c, _, _)| c == channel).map_or(0, |(_, n, _)| *n);
            text.push_str(&format!("nafida_outbox_backlog{{channel=\"{channel}\"}} {n}\n"));
        }
        text.push_str("# HELP nafida_outbox_oldest_seconds Age of the oldest message waiting, per channel.\n");
        text.push_str("# TYPE nafida_outbox_oldest_seconds gauge\n");
        for channel in ["mail", "sms"] {
            let age = backlog.iter().find(|(c, _, _)| c == channel).map_or(0, |(_, _, a)| *a);
            text.push_str(&format!("nafida_outbox_oldest_seconds{{channel=\"{channel}\"}} {}\n", age / 1000));
        }
    }
    if let Ok(runs) = nafida_store::audit::job_runs(state.db()).await {
        text.push_str("# HELP nafida_job_lag_seconds Time since the job last completed a pass on any node.\n");
        text.push_str("# TYPE nafida_job_lag_seconds gauge\n");
        for (job, last_at) in runs {
            text.push_str(&format!("nafida_job_lag_seconds{{job=\"{job}\"}} {}\n", (now - last_at).max(0) / 1000));
        }
    }
    if let Ok(n) = nafida_store::audit::unsealed(state.db()).await {
        text.push_str("# HELP nafida_history_unsealed_events Case events written but not sealed into the chain yet.\n");
        text.push_str("# TYPE nafida_history_unsealed_events gauge\n");
        text.push_str(&format!("nafida_history_unsealed_events {n}\n"));
    }
    text.push_str("# HELP nafida_storage_errors_total File-store operations that failed in this process.\n");
    text.push_str("# TYPE nafida_storage_errors_total counter\n");
    text.push_str(&format!("nafida_storage_errors_total {}\n", nafida_store::files::storage_errors()));
    text
}

/// `GET /audit/digests`: the signed daily digests of the history, for anyone to keep outside
/// the platform; with the keys of `/verify/keys`, each proves what the history held that day.
pub async fn show_digests(State(state): State<AppState>) -> Result<Response, AppError> {
    let digests = nafida_store::audit::digests(state.db()).await?;
    let list: Vec<serde_json::Value> = digests
        .iter()
        .map(|d| {
            json!({
                "day": d.day,
                "events": d.seq,
                "head": d.hash,
                "key_id": d.key_id,
                "signature": d.signature,
                "signed_text": nafida_store::audit::Digest::message(&d.day, d.seq, &d.hash),
            })
        })
        .collect();
    let body = json!({ "algorithm": "sha256 chain, Ed25519 signatures (keys at /verify/keys)", "digests": list });
    Ok(([(header::CACHE_CONTROL, "no-cache")], Json(body)).into_response())
}

/// `GET /static/{name}`: an embedded asset under its content-hashed name, cached for a year.
pub async fn show_asset(State(state): State<AppState>, request: Request) -> Result<Response, AppError> {
    let asset = state.assets().find(request.uri().path()).ok_or(AppError::NotFound)?;
    let mut response = asset.bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    Ok(response)
}
