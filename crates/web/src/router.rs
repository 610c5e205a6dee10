//! Every route of the platform, in one place.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::api;
use crate::auth::load_actor;
use crate::csrf;
use crate::documents;
use crate::error::AppError;
use crate::middleware::{html_errors, limit_body, observe, security_headers};
use crate::pages::{
    account, admin, administrations, anonymous, api_tokens, appointments, apps, architects, assist, auth, cards, cases,
    catalogue, cell, complaints, consulates, counter, demo_mail, family, figures, help, holidays, home, identity, lang,
    mandates, my_acts, payments, privacy, reception, staff, staff_cases, topics, tracking,
};
use crate::state::AppState;
use crate::statistics;
use crate::system;

async fn not_found() -> AppError {
    AppError::NotFound
}

/// The application: routes, then the layers every request goes through.
pub fn build_router(state: AppState) -> Router {
    let settings = state.settings().clone();
    // Where a plan set is filed: every plan at its limit, streamed to storage as it arrives.
    let plans_limit = crate::casework::plans_body_limit(&state).max(settings.body_limit_bytes);
    let mut router = Router::new()
        .route("/", get(home::show_home))
        .route("/administrations", get(administrations::list_administrations))
        .route("/administrations/{id}", get(help::show_administration))
        .route("/help", get(help::show_help))
        .route("/contact", get(help::show_contact))
        .route("/track", get(tracking::show_track).post(tracking::track_request))
        .route("/consulates", get(consulates::list_consulates))
        .route("/consulates/{id}", get(consulates::show_consulate))
        .route("/appointments", get(appointments::list_appointments).post(appointments::book_appointment))
        .route("/appointments/new", get(appointments::show_new_appointment))
        .route("/appointments/waitlist", post(appointments::join_waitlist))
        .route("/appointments/feed", post(appointments::create_feed))
        .route("/appointments/feed/{file}", get(appointments::calendar_feed))
        .route("/appointments/{id}", get(appointments::show_appointment))
        .route("/appointments/{id}/cancel", get(appointments::confirm_cancel).post(appointments::cancel_appointment))
        .route("/appointments/{id}/move", get(appointments::show_move).post(appointments::move_appointment))
        .route("/appointments/{id}/appointment.ics", get(appointments::download_ics))
        .route("/privacy", get(privacy::show_privacy))
        .route("/statistics/complaints", get(statistics::show_complaint_statistics))
        .route("/complaints/new", get(anonymous::show_form).post(anonymous::file))
        .route("/complaints/confirm/{token}", get(anonymous::show_confirm).post(anonymous::confirm))
        .route("/statistics/complaints.csv", get(statistics::complaint_statistics_csv))
        .route("/statistics/permits", get(statistics::show_permit_statistics))
        .route("/statistics/permits.csv", get(statistics::permit_statistics_csv))
        .route("/catalogue", get(catalogue::list_procedures))
        .route("/catalogue/{id}", get(catalogue::show_procedure))
        .route(
            "/catalogue/{id}/start",
            get(cases::show_start).post(cases::file_case).layer(DefaultBodyLimit::max(plans_limit)),
        )
        .route("/cases/{reference}/plans", post(cases::file_plans).layer(DefaultBodyLimit::max(plans_limit)))
        // Cases, the person's side
        .route("/cases", get(cases::list_cases))
        .route("/inbox", get(cases::show_inbox))
        .route("/cases/{reference}", get(cases::show_case))
        .route("/cases/{reference}/receipt", get(cases::show_receipt))
        .route("/cases/{reference}/receipt.pdf", get(cases::download_receipt))
        .route("/cases/{reference}/pay", post(payments::start_payment))
        .route("/cases/{reference}/correct", post(payments::correct_details))
        .route("/cases/{reference}/rating", post(complaints::rate_answer))
        .route("/cases/{reference}/reopen", post(complaints::reopen_complaint))
        .route("/cases/{reference}/mediateur.json", get(complaints::export_for_mediateur))
        .route("/cases/{reference}/mediateur.pdf", get(complaints::export_pdf_for_mediateur))
        .route("/payments/test/{id}", get(payments::show_test_checkout).post(payments::test_checkout_outcome))
        .route("/cases/{reference}/silence-certificate", get(cases::show_silence_certificate))
        .route("/cases/{reference}/messages", post(cases::post_message))
        .route("/cases/{reference}/withdraw", post(cases::withdraw_case))
        .route("/cases/{reference}/appeal", post(cases::appeal_case))
        .route("/cases/{reference}/documents", post(cases::provide_documents))
        .route("/cases/{reference}/files/{file}", get(cases::download_file))
        .route("/cases/{reference}/documents/{code}", get(cases::download_document))
        // Cases, the administrations' side
        .route("/staff/queue", get(staff_cases::show_queue))
        .route("/staff/queue/bulk", post(staff_cases::bulk_action))
        .route("/staff/cases/{reference}", get(staff_cases::show_staff_case))
        .route("/staff/cases/{reference}/action", post(staff_cases::act_on_case))
        .route("/staff/cases/{reference}/notes", post(staff_cases::add_note))
        .route("/staff/cases/{reference}/messages", post(staff_cases::message_applicant))
        .route("/staff/cases/{reference}/claim", post(staff_cases::claim_case))
        .route("/staff/cases/{reference}/coordination", post(staff_cases::ask_coordination))
        .route("/staff/cases/{reference}/stamp-checked", post(staff_cases::check_stamp))
        .route("/staff/cases/{reference}/assign", post(staff_cases::assign_case))
        .route("/staff/cases/{reference}/transfer", post(staff_cases::transfer_case))
        .route("/staff/cases/{reference}/extend", post(staff_cases::extend_case))
        .route("/staff/cases/{reference}/meeting", post(staff_cases::schedule_meeting))
        .route("/staff/cases/{reference}/fast-lane", post(staff_cases::set_fast_lane))
        .route("/staff/cases/{reference}/issue", post(staff_cases::issue_missing_document))
        .route("/staff/cases/{reference}/payments", post(payments::record_counter_payment))
        .route("/staff/cases/{reference}/posted", post(staff_cases::record_posting))
        .route("/staff/cases/{reference}/opinions", post(staff_cases::ask_opinion))
        .route("/staff/opinions", get(staff_cases::list_opinions))
        .route("/staff/appointments", get(counter::show_counter))
        .route("/staff/appointments/desks", post(counter::save_desk))
        .route("/staff/appointments/desks/{id}/closures", post(counter::set_closure))
        .route("/staff/appointments/{id}/record", post(counter::record_at_counter))
        .route("/staff/opinions/{id}", get(staff_cases::show_opinion).post(staff_cases::give_opinion))
        .route("/staff/opinions/{id}/files/{file}", get(staff_cases::download_opinion_file))
        .route("/staff/opinions/{id}/markup", post(staff_cases::file_markup).layer(DefaultBodyLimit::max(plans_limit)))
        .route("/staff/cases/{reference}/files/{file}", get(staff_cases::download_staff_file))
        .route("/lang/{code}", get(lang::switch_lang))
        // Issued documents: verification by anyone, revocation by staff
        .route("/verify", get(documents::show_verify_form))
        .route("/verify/lookup", get(documents::lookup_code))
        .route("/verify/keys", get(documents::published_keys))
        .route("/audit/digests", get(system::show_digests))
        .route("/verify/file", post(documents::verify_upload))
        .route("/verify/{code}", get(documents::show_verification))
        .route("/staff/documents/{code}/revoke", post(documents::revoke_document))
        // Accounts
        .route("/signup", get(auth::show_signup).post(auth::create_account))
        .route("/confirm/resend", post(auth::resend_verification))
        .route("/confirm/{token}", get(auth::show_verify).post(auth::confirm_email))
        .route("/signin", get(auth::show_signin).post(auth::create_session))
        .route("/signin/totp", get(auth::show_totp).post(auth::verify_totp))
        .route("/signin/totp/enrol", get(auth::show_enrol).post(auth::complete_enrol))
        .route("/signout", post(auth::delete_session))
        .route("/password/forgot", get(auth::show_forgot).post(auth::request_reset))
        .route("/password/reset/{token}", get(auth::show_reset).post(auth::reset_password))
        .route("/account", get(account::show_account))
        .route("/account/profile", get(account::show_profile).post(account::update_profile))
        .route("/account/security", get(account::show_security))
        .route("/account/password", post(account::change_password))
        .route("/account/email", post(account::request_email_change))
        .route("/account/email/confirm/{token}", get(account::show_email_confirm).post(account::confirm_email_change))
        .route("/account/sessions/end-all", post(account::end_all_sessions))
        .route("/account/apps", get(apps::show_apps).post(apps::create_token))
        .route("/account/family", get(family::show_family))
        .route("/account/identity", get(identity::show_identity))
        .route("/account/acts", get(my_acts::show_my_acts))
        .route("/account/cards", get(cards::show_my_cards))
        .route("/account/cards/{number}/qr.png", get(cards::card_qr))
        .route("/account/cards/{number}/revoke", post(cards::revoke_my_card))
        .route("/cards/check", get(cards::show_check).post(cards::check_card))
        .route("/cards/revocations/{file}", get(cards::revocation_list))
        .route("/staff/cards/{number}/withdraw", post(cards::withdraw_card))
        .route("/staff/follow", get(cell::show_followed))
        .route("/account/architect", get(architects::show_architect).post(architects::declare_architect))
        .route("/account/mandates", get(mandates::show_mandates).post(mandates::give_mandate))
        .route("/account/mandates/{id}/revoke", post(mandates::revoke_mandate))
        .route("/staff/architects", get(architects::show_pending))
        .route("/staff/architects/{user}/check", post(architects::check_architect))
        .route("/staff/figures", get(figures::show_figures))
        .route("/staff/figures/{month}/report.csv", get(figures::figures_csv))
        .route("/staff/figures/{month}/report.pdf", get(figures::report_pdf))
        .route("/staff/figures/{month}/monthly.svg", get(figures::monthly_svg))
        .route("/staff/figures/{month}/administrations.svg", get(figures::orgs_svg))
        .route("/staff/assist", get(assist::show_assist))
        .route("/staff/assist/{procedure}", get(assist::show_form).post(assist::file))
        .route("/staff/assist/cases/{reference}", get(assist::show_filed))
        .route("/staff/assist/cases/{reference}/code", post(assist::reprint))
        .route("/account/claim", get(assist::show_claim).post(assist::claim))
        .route("/cell", get(consulates::show_cell))
        .route("/staff/reception", get(reception::show_desk))
        .route("/staff/reception/tickets", post(reception::issue_ticket))
        .route("/staff/reception/tickets/{id}", get(reception::show_ticket))
        .route("/staff/reception/tickets/{id}/close", post(reception::close_ticket))
        .route("/staff/reception/call", post(reception::call_next))
        .route("/reception/{org}/hall", get(reception::show_hall))
        .route("/account/identity/eid", post(identity::start_eid))
        .route("/identity/test/{request}", get(identity::show_test_provider).post(identity::test_provider_outcome))
        .route("/account/apps/{id}/revoke", post(apps::revoke_token))
        // Staff and administration
        .route("/staff", get(staff::show_staff_home))
        .route("/staff/orgs/{id}", get(staff::show_org))
        .route("/staff/identity", get(identity::show_counter).post(identity::check_at_counter))
        .route("/admin/staff", get(admin::list_staff))
        .route("/admin/staff/new", get(admin::show_invite).post(admin::invite_staff))
        .route("/admin/staff/{id}/disable", post(admin::disable_staff))
        .route("/admin/staff/{id}/enable", post(admin::enable_staff))
        .route("/admin/holidays", get(holidays::list_holidays).post(holidays::save_holiday))
        .route("/admin/holidays/delete", post(holidays::delete_holiday))
        .route("/admin/topics", get(topics::list_topics).post(topics::add_topic))
        .route("/admin/api-tokens", get(api_tokens::list_tokens).post(api_tokens::create_token))
        .route("/admin/api-tokens/{id}/revoke", post(api_tokens::revoke_token))
        .route("/admin/topics/retire", post(topics::retire_topic))
        // JSON API
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api/v1/procedures", get(api::list_procedures))
        .route("/api/v1/procedures/{id}", get(api::show_procedure))
        .route("/api/v1/me/inbox", get(api::me::my_inbox))
        .route(
            "/api/v1/me/cases",
            get(api::me::list_my_cases).post(api::me::file_my_case).layer(DefaultBodyLimit::max(plans_limit)),
        )
        .route("/api/v1/me/cases/{reference}", get(api::me::show_my_case))
        .route("/api/v1/me/cases/{reference}/messages", post(api::me::post_my_message))
        .route("/api/v1/me/cases/{reference}/documents", post(api::me::provide_my_documents))
        .route("/api/v1/me/cases/{reference}/withdraw", post(api::me::withdraw_my_case))
        .route("/api/v1/me/cases/{reference}/files/{file}", get(api::me::download_my_file))
        .route("/api/v1/cases", get(api::list_cases))
        .route("/api/v1/cases/{reference}", get(api::show_case))
        .route("/api/v1/cases/{reference}/transitions", post(api::post_transition))
        .route("/api/v1/cases/{reference}/messages", post(api::post_message))
        .route("/api/v1/cases/{reference}/transfer", post(api::post_transfer))
        .route("/api/v1/cases/{reference}/notes", post(api::post_note))
        .route("/api/v1/cases/{reference}/assignee", post(api::post_assignee))
        .route("/api/v1/cases/{reference}/extension", post(api::post_extension))
        .route("/api/v1/cases/{reference}/opinions", post(api::post_opinion_request))
        .route("/api/v1/opinions", get(api::list_opinions))
        .route("/api/v1/opinions/{id}", get(api::show_opinion).post(api::post_opinion))
        // Demo mode only
        .route("/demo/mail", get(demo_mail::list_demo_mail))
        .route("/demo/mail/{id}", get(demo_mail::show_demo_mail))
        .route("/healthz", get(system::show_health))
        .route("/readyz", get(system::show_readiness))
        .route("/metrics", get(system::show_metrics))
        .route("/static/{name}", get(system::show_asset))
        .fallback(not_found)
        // Innermost first: the anti-forgery check, then error pages (which need the actor's
        // language), then the actor, then observation of the whole.
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        // The plans' routes take large bodies (streamed); every other route keeps the general
        // limit.
        .layer(from_fn_with_state(state.clone(), limit_body))
        .layer(from_fn_with_state(state.clone(), html_errors))
        .layer(from_fn_with_state(state.clone(), load_actor))
        .layer(from_fn_with_state(state.clone(), observe))
        .layer(DefaultBodyLimit::max(settings.body_limit_bytes))
        .with_state(state);
    for (name, value) in security_headers() {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, value));
    }
    // Nothing is kept by a browser or a proxy unless its handler says so (the static assets,
    // immutable by name): personal pages, files, tokens shown once and API answers never are.
    router = router.layer(SetResponseHeaderLayer::if_not_present(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    ));
    if settings.secure_cookies {
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::STRICT_TRANSPORT_SECURITY,
            axum::http::HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    router.layer(
        ServiceBuilder::new()
            .layer(CompressionLayer::new())
            .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, settings.request_timeout)),
    )
}
