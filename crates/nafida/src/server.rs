//! `nafida serve` and `nafida demo`: bind, serve, run the background workers, and stop
//! cleanly — requests in flight finish (within the configured grace), workers stop, the node
//! is marked stopped and the database closed.

use std::time::Duration;

use anyhow::Context;
use nafida_store::nodes;
use nafida_web::{AppState, WebSettings, build_router};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::config::Config;
use crate::demo;
use crate::platform::{self, Platform};

const HEARTBEAT: Duration = Duration::from_secs(15);
/// How often the deadline engine looks at running cases (any node may run it; see
/// `nafida_web::deadlines`).
const DEADLINE_PASS: Duration = Duration::from_secs(600);
/// How often the history's new events are sealed.
const SEAL_PASS: Duration = Duration::from_secs(5);

/// Records a job's pass for the job-lag metric (a failure only logs: the job did run).
async fn job_ran(engine: &nafida_engine::Engine, job: &str, node: &str) {
    if let Err(e) = nafida_store::audit::job_ran(engine.db(), job, node, engine.now()).await {
        tracing::warn!(error = %e, job, "recording the job's pass failed");
    }
}

/// The settings of the web layer and the engine, from the configuration (the server's, and
/// the commands' that run the engine without serving).
pub fn web_settings(
    config: &Config,
    demo_mode: bool,
    secret_key: Vec<u8>,
    signing_key: nafida_docs::SigningKey,
) -> WebSettings {
    WebSettings {
        body_limit_bytes: config.http_body_limit_bytes,
        request_timeout: config.http_request_timeout,
        demo_mode,
        test_payments: demo_mode || config.payment_test_provider,
        test_identity: demo_mode || config.identity_test_provider,
        secure_cookies: config.public_url.starts_with("https://"),
        public_url: config.public_url.clone(),
        secret_key: std::sync::Arc::new(secret_key),
        signing_key,
        metrics_token: config.http_metrics_token.as_ref().map(|t| t.expose().to_string()),
        trusted_proxies: config
            .http_trusted_proxies
            .iter()
            .filter_map(|p| nafida_web::proxies::Network::parse(p))
            .collect(),
        reference_prefix: config.reference_prefix.clone(),
        ..WebSettings::default()
    }
}

/// Runs the server until SIGTERM or SIGINT.
pub async fn run(config: Config, demo_mode: bool) -> anyhow::Result<()> {
    let listener = TcpListener::bind(config.listen).await.with_context(|| {
        format!("cannot listen on {}; choose another address with --listen or NAFIDA_LISTEN", config.listen)
    })?;
    let Platform { db, files, clock, secret_key, signing_key } = platform::open(&config, demo_mode).await?;
    if demo_mode {
        demo::seed(&db, clock.now().millis()).await?;
    }
    let settings = web_settings(&config, demo_mode, secret_key, signing_key);
    if demo_mode {
        // A few months of requests and complaints, replayed through the platform's own rules.
        demo::seed_history(&db, files.clone(), clock.now().millis(), &settings).await?;
    }
    let state = AppState::new(db.clone(), files, clock.clone(), settings).context("loading translations")?;
    if demo_mode {
        // Desks added since a demo folder was first made appear in it too.
        demo::seed_desks(state.engine()).await?;
    }
    let router = build_router(state.clone());

    let node_id = uuid::Uuid::now_v7().to_string();
    let hostname = std::env::var("HOSTNAME").unwrap_or_else(|_| "localhost".into());
    nodes::register(&db, &node_id, &hostname, env!("CARGO_PKG_VERSION"), clock.now().millis()).await?;

    let (stop_workers, workers_stopped) = watch::channel(false);
    let heartbeat = tokio::spawn({
        let db = db.clone();
        let clock = clock.clone();
        let node_id = node_id.clone();
        let mut stop = workers_stopped.clone();
        async move {
            loop {
                tokio::select! {
                    _ = stop.changed() => break,
                    _ = tokio::time::sleep(HEARTBEAT) => {
                        if let Err(e) = nodes::heartbeat(&db, &node_id, clock.now().millis()).await {
                            tracing::warn!(error = %e, "heartbeat failed");
                        }
                    }
                }
            }
        }
    });

    let deadline_worker = tokio::spawn({
        let state = state.clone();
        let node = node_id.clone();
        let mut stop = workers_stopped.clone();
        async move {
            loop {
                match nafida_engine::deadlines::housekeeping(state.engine()).await {
                    Ok((mails, windows, accounts)) if mails + windows + accounts > 0 => {
                        tracing::info!(mails, windows, accounts, "housekeeping erased expired data")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
                }
                match nafida_engine::deadlines::run_once(state.engine()).await {
                    Ok(pass) => {
                        if pass.flagged + pass.tacit > 0 {
                            tracing::info!(?pass, "deadline pass");
                        }
                        job_ran(state.engine(), "deadlines", &node).await;
                    }
                    Err(e) => tracing::warn!(error = %e, "deadline pass failed"),
                }
                tokio::select! {
                    _ = stop.changed() => break,
                    () = tokio::time::sleep(DEADLINE_PASS) => {}
                }
            }
        }
    });
    // The history's seal: every few seconds, whichever node holds the lock seals the events
    // written since, and signs the day's digest once.
    let audit_worker = tokio::spawn({
        let state = state.clone();
        let node = node_id.clone();
        let mut stop = workers_stopped.clone();
        async move {
            loop {
                match nafida_engine::audit::seal_and_sign(state.engine()).await {
                    Ok((_, signed)) => {
                        if signed {
                            tracing::info!("the day's digest of the history is signed");
                        }
                        job_ran(state.engine(), "seal", &node).await;
                    }
                    Err(e) => tracing::warn!(error = %e, "sealing the history failed"),
                }
                tokio::select! {
                    _ = stop.changed() => break,
                    () = tokio::time::sleep(SEAL_PASS) => {}
                }
            }
        }
    });
    let mail_worker = match &config.smtp {
        Some(smtp) => {
            let smtp = crate::mailer::Smtp::new(smtp)?;
            Some(tokio::spawn(crate::outbox::run(
                db.clone(),
                smtp,
                clock.clone(),
                config.mail_poll,
                workers_stopped.clone(),
            )))
        }
        None => {
            tracing::warn!("no SMTP relay configured (NAFIDA_SMTP_HOST): mails stay in the outbox");
            None
        }
    };

    let sms_worker = match &config.sms {
        Some(sms) => {
            let gateway = crate::sms::Gateway::new(sms)?;
            Some(tokio::spawn(crate::outbox::run(
                db.clone(),
                gateway,
                clock.clone(),
                config.mail_poll,
                workers_stopped.clone(),
            )))
        }
        None => {
            tracing::info!("no SMS gateway configured (NAFIDA_SMS_URL): text messages stay in the outbox");
            None
        }
    };

    let local = listener.local_addr().context("reading the bound address")?;
    tracing::info!(address = %local, database = ?db.kind(), node = %node_id, "listening");
    if demo_mode {
        println!("{}", demo::banner(&format!("http://{local}")));
    }

    let (begin_shutdown, shutdown_begun) = watch::channel(false);
    let mut server = tokio::spawn(async move {
        let mut begun = shutdown_begun;
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .with_graceful_shutdown(async move {
                let _ = begun.changed().await;
            })
            .await
    });
    let served = tokio::select! {
        result = &mut server => result,
        () = shutdown_signal() => {
            tracing::info!("stopping: finishing requests in flight");
            let _ = begin_shutdown.send(true);
            match tokio::time::timeout(config.http_shutdown_grace, &mut server).await {
                Ok(result) => result,
                Err(_) => {
                    tracing::warn!(grace_secs = config.http_shutdown_grace.as_secs(), "requests still running after the grace period; stopping anyway");
                    server.abort();
                    Ok(Ok(()))
                }
            }
        }
    };
    let _ = stop_workers.send(true);
    let _ = heartbeat.await;
    let _ = deadline_worker.await;
    let _ = audit_worker.await;
    for worker in [mail_worker, sms_worker].into_iter().flatten() {
        let _ = worker.await;
    }
    if let Err(e) = nodes::stopped(&db, &node_id, clock.now().millis()).await {
        tracing::warn!(error = %e, "could not mark the node stopped");
    }
    db.close().await;
    tracing::info!("stopped");
    served.context("server task")?.context("serving HTTP")?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
