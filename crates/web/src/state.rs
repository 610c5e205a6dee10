//! The state every handler shares: the database, the file store, the clock, translations,
//! assets, metrics and the web settings. Cloning it is cheap.

use std::sync::Arc;
use std::time::Duration;

use nafida_domain::Clock;
use nafida_store::{Db, FileStore};

use nafida_engine::{Engine, EngineSettings};

use crate::assets::Assets;
use crate::catalog::CatalogIndex;
use crate::i18n::I18n;
use crate::metrics::Metrics;

/// Why the web state could not be built: the engine's embedded catalogue or translations are
/// broken.
pub type StateError = nafida_engine::BuildError;

/// Settings of the HTTP layer.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Largest request body accepted, in bytes.
    pub body_limit_bytes: usize,
    /// Time after which a request is abandoned with 408.
    pub request_timeout: Duration,
    /// Whether the platform runs with demo data (enables demo-only pages).
    pub demo_mode: bool,
    /// Whether the test payment provider is offered (demo and tests only).
    pub test_payments: bool,
    /// Whether the test electronic identity provider is offered (demo and tests only).
    pub test_identity: bool,
    /// Whether cookies carry `Secure` (true when served over HTTPS).
    pub secure_cookies: bool,
    /// Public base URL for links in mails, without a trailing slash.
    pub public_url: String,
    /// Key for keyed hashes (CNIE look-up) and tokens; never printed.
    pub secret_key: std::sync::Arc<Vec<u8>>,
    /// The key issued documents are sealed with.
    pub signing_key: nafida_docs::SigningKey,
    /// A session ends after this long without a request.
    pub session_idle: Duration,
    /// A session ends this long after sign-in, whatever happens.
    pub session_absolute: Duration,
    /// When set, `/metrics` answers only requests bearing it.
    pub metrics_token: Option<String>,
    /// Reverse proxies whose `X-Forwarded-For` is believed (none: the header is ignored).
    pub trusted_proxies: Vec<crate::proxies::Network>,
    /// The prefix of case references (two capital letters).
    pub reference_prefix: String,
}

impl Default for WebSettings {
    fn default() -> Self {
        WebSettings {
            body_limit_bytes: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            demo_mode: false,
            test_payments: false,
            test_identity: false,
            secure_cookies: false,
            public_url: "http://127.0.0.1:8080".into(),
            secret_key: std::sync::Arc::new(b"nafida-default-key-for-tests-only".to_vec()),
            signing_key: nafida_docs::SigningKey::from_seed([0x5A; 32]),
            session_idle: Duration::from_secs(60 * 60),
            session_absolute: Duration::from_secs(12 * 60 * 60),
            metrics_token: None,
            trusted_proxies: vec![],
            reference_prefix: "AH".into(),
        }
    }
}

/// Shared state of the web layer.
#[derive(Debug, Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    engine: Engine,
    assets: Assets,
    metrics: Metrics,
    settings: WebSettings,
    /// The facts behind the public statistics of complaints, with when they were read.
    complaint_facts: std::sync::Mutex<Option<(i64, Arc<Vec<nafida_store::stats::ComplaintFacts>>)>>,
}

impl AppState {
    /// Builds the state; fails only if the embedded translations or catalogue are broken.
    pub fn new(
        db: Db,
        files: Arc<dyn FileStore>,
        clock: Arc<dyn Clock>,
        settings: WebSettings,
    ) -> Result<Self, StateError> {
        let engine_settings = EngineSettings {
            public_url: settings.public_url.clone(),
            secret_key: settings.secret_key.clone(),
            signing_key: settings.signing_key.clone(),
            test_payments: settings.test_payments,
            test_identity: settings.test_identity,
            reference_prefix: settings.reference_prefix.clone(),
        };
        let engine = Engine::new(db, files, clock, engine_settings)?;
        Ok(AppState {
            inner: Arc::new(Inner {
                engine,
                assets: Assets::load(),
                metrics: Metrics::default(),
                settings,
                complaint_facts: std::sync::Mutex::new(None),
            }),
        })
    }

    /// The facts of the public statistics if they were read at or after `since`.
    pub fn cached_complaint_facts(&self, since: i64) -> Option<Arc<Vec<nafida_store::stats::ComplaintFacts>>> {
        let cached = self.inner.complaint_facts.lock().ok()?;
        cached.as_ref().filter(|(at, _)| *at >= since).map(|(_, facts)| facts.clone())
    }

    /// Keeps the facts of the public statistics read at `at`.
    pub fn keep_complaint_facts(&self, at: i64, facts: Arc<Vec<nafida_store::stats::ComplaintFacts>>) {
        if let Ok(mut cached) = self.inner.complaint_facts.lock() {
            *cached = Some((at, facts));
        }
    }

    /// The case engine every page and API handler calls.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The database.
    pub fn db(&self) -> &Db {
        self.inner.engine.db()
    }

    /// The file store.
    pub fn files(&self) -> &dyn FileStore {
        self.inner.engine.files()
    }

    /// The clock.
    pub fn clock(&self) -> &dyn Clock {
        self.inner.engine.clock()
    }

    /// Translations.
    pub fn i18n(&self) -> &I18n {
        self.inner.engine.i18n()
    }

    /// The procedure catalogue.
    pub fn catalog(&self) -> &CatalogIndex {
        self.inner.engine.catalog()
    }

    /// Embedded assets.
    pub fn assets(&self) -> &Assets {
        &self.inner.assets
    }

    /// Request metrics.
    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }

    /// HTTP settings.
    pub fn settings(&self) -> &WebSettings {
        &self.inner.settings
    }
}
