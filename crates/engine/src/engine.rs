//! The engine's context: what every command needs (the database, the file store, the clock,
//! the catalogue, the translations that mails and issued documents are written with, and the
//! settings that name this deployment). Cloning it is cheap.

use std::sync::Arc;

use nafida_domain::Clock;
use nafida_store::{Db, FileStore};

use crate::catalog::CatalogIndex;
use crate::i18n::{I18n, I18nError};

/// Settings of the engine that a deployment chooses.
#[derive(Debug, Clone)]
pub struct EngineSettings {
    /// Public base URL for links in mails and on issued documents, without a trailing slash.
    pub public_url: String,
    /// Key for keyed hashes (CNIE look-up, rate-limit buckets); never printed.
    pub secret_key: Arc<Vec<u8>>,
    /// The key issued documents are sealed with.
    pub signing_key: nafida_docs::SigningKey,
    /// Whether the test payment provider is offered (demo and tests only).
    pub test_payments: bool,
    /// Whether the test electronic identity provider is offered (demo and tests only).
    pub test_identity: bool,
    /// The prefix of case references (two capital letters; `AH` for the first province).
    pub reference_prefix: String,
}

impl Default for EngineSettings {
    fn default() -> Self {
        EngineSettings {
            public_url: "http://127.0.0.1:8080".into(),
            secret_key: Arc::new(b"nafida-default-key-for-tests-only".to_vec()),
            signing_key: nafida_docs::SigningKey::from_seed([0x5A; 32]),
            test_payments: false,
            test_identity: false,
            reference_prefix: "AH".into(),
        }
    }
}

/// Why the engine could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The translations are broken.
    #[error(transparent)]
    I18n(#[from] I18nError),
    /// The catalogue has errors (each names its file and line).
    #[error("the procedure catalogue has errors: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Catalog(Vec<nafida_domain::catalog::CatalogError>),
    /// The consular network file has an error (it names its line).
    #[error("the consular network: {0}")]
    Network(#[from] nafida_domain::consular::NetworkError),
}

/// The case engine.
#[derive(Debug, Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db: Db,
    files: Arc<dyn FileStore>,
    clock: Arc<dyn Clock>,
    i18n: I18n,
    catalog: CatalogIndex,
    network: nafida_domain::consular::Network,
    etimbre: Arc<dyn crate::etimbre::Provider>,
    settings: EngineSettings,
    /// A fault injected after each effect has written its rows (tests of atomicity only).
    effect_fault: std::sync::atomic::AtomicBool,
    /// Documents issued that did not lay out well (overlapping or clipped lines, letters
    /// without glyphs): none, ever, is the goal the tests hold.
    layout_faults: std::sync::atomic::AtomicUsize,
}

impl Engine {
    /// Builds the engine over the embedded catalogue and translations; fails only if they are
    /// broken.
    pub fn new(
        db: Db,
        files: Arc<dyn FileStore>,
        clock: Arc<dyn Clock>,
        settings: EngineSettings,
    ) -> Result<Self, BuildError> {
        let catalog = crate::catalog::embedded().map_err(BuildError::Catalog)?;
        let network = {
            let ids: Vec<&str> = catalog.procedures.keys().map(String::as_str).collect();
            crate::consular::embedded(&ids)?
        };
        Ok(Engine {
            inner: Arc::new(Inner {
                db,
                files,
                clock,
                i18n: I18n::load()?,
                catalog: CatalogIndex::new(catalog),
                network,
                etimbre: if settings.test_payments {
                    Arc::new(crate::etimbre::TestProvider)
                } else {
                    Arc::new(crate::etimbre::NotConnected)
                },
                settings,
                effect_fault: std::sync::atomic::AtomicBool::new(false),
                layout_faults: std::sync::atomic::AtomicUsize::new(0),
            }),
        })
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    /// The file store.
    pub fn files(&self) -> &dyn FileStore {
        self.inner.files.as_ref()
    }

    /// The clock.
    pub fn clock(&self) -> &dyn Clock {
        self.inner.clock.as_ref()
    }

    /// Now, in milliseconds since the epoch.
    pub fn now(&self) -> i64 {
        self.inner.clock.now().millis()
    }

    /// Translations (mails and issued documents are written in them).
    pub fn i18n(&self) -> &I18n {
        &self.inner.i18n
    }

    /// The procedure catalogue.
    pub fn catalog(&self) -> &CatalogIndex {
        &self.inner.catalog
    }

    /// The consular network and the province's desks.
    pub fn network(&self) -> &nafida_domain::consular::Network {
        &self.inner.network
    }

    /// The service that tells an e-Timbre code's standing.
    pub fn etimbre(&self) -> &dyn crate::etimbre::Provider {
        self.inner.etimbre.as_ref()
    }

    /// The deployment's settings.
    pub fn settings(&self) -> &EngineSettings {
        &self.inner.settings
    }

    /// Makes every effect of this engine fail after writing its rows, so a test can show that
    /// nothing of the command persists. Never turned on outside tests.
    pub fn inject_effect_fault(&self, on: bool) {
        self.inner.effect_fault.store(on, std::sync::atomic::Ordering::SeqCst);
    }

    /// How many documents this engine issued that did not lay out well.
    pub fn layout_faults(&self) -> usize {
        self.inner.layout_faults.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub(crate) fn count_layout_fault(&self) {
        self.inner.layout_faults.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// Whether a fault is injected after effects.
    pub fn effect_fault(&self) -> bool {
        self.inner.effect_fault.load(std::sync::atomic::Ordering::SeqCst)
    }
}
